/*
 * cleanroomsml/rules.c: AWS Clean Rooms ML's (configured model algorithms,
 * their associations with a collaboration, training datasets) rows of the
 * one table of checks (checks/row.h) on the awscc types of a service
 * terrace's own code does not call (its objects are made through Cloud
 * Control alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE: botocore's
 * cleanroomsml, signed cleanrooms-ml), a log redaction's custom entities
 * and the tags of each type. Its ledger: checks/words/cleanroomsml.words.
 */
#include "provider/aws/checks/rules.h"

#define CA "cleanroomsml CreateConfiguredModelAlgorithmAssociation "
#define POLICIES "privacy_configuration.policies."
/* Within a policy's container logs: custom entities set, and CUSTOM among
 * the entities to redact. */
#define CUSTOM_SET WHEN(SET("log_redaction_configuration.custom_entity_config"))
#define CUSTOM_REDACTED THEN(HAS("log_redaction_configuration.entities_to_redact", "CUSTOM"))

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_cleanroomsml[] = {
	/* the trained models' logs and the inference jobs' */
	AWS_SAYS("cleanroomsml.custom_entities_if_custom",
		 "awscc.cleanroomsml.configured_model_algorithm_association", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(POLICIES "trained_models.container_logs", CUSTOM_SET, CUSTOM_REDACTED),
		      EACH(POLICIES "trained_model_inference_jobs.container_logs", CUSTOM_SET,
			   CUSTOM_REDACTED)),
		 "Provide this only if CUSTOM redaction is configured.",
		 CA "privacyConfiguration.policies.trainedModels.containerLogs."
		 "logRedactionConfiguration.customEntityConfig.customDataIdentifiers"),
	/* the tags of each type ("Tags with only the key prefix of aws do not
	 * count against your tags per resource limit": such a key AWS keeps
	 * for itself, and a stack's are counted all) */
	AWS_SAYS("cleanroomsml.tags_at_most_50", "awscc.cleanroomsml.*", AWS_CALL_ANY, ALWAYS,
		 THEN(LEN_IN("tags", 0, 50)), "Maximum number of tags per resource - 50.",
		 "cleanroomsml CreateTrainingDataset tags"),
	AWS_SAYS("cleanroomsml.tag_keys_unique", "awscc.cleanroomsml.*", AWS_CALL_ANY, ALWAYS,
		 THEN(UNIQUE("tags[].key")),
		 "For each resource, each tag key must be unique, and each tag key can have only "
		 "one value.", "cleanroomsml CreateTrainingDataset tags"),
	{ NULL },
};
