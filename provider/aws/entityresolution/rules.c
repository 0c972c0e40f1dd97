/*
 * entityresolution/rules.c: AWS Entity Resolution's (schema mappings,
 * matching and ID mapping workflows, ID namespaces, policy statements) rows
 * of the one table of checks (checks/row.h) on the awscc types of a service
 * terrace's own code does not call (its objects are made through Cloud
 * Control alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE). Its ledger:
 * checks/words/entityresolution.words.
 */
#include "provider/aws/checks/rules.h"

#define ER "entityresolution "
#define ER_CFN "CloudFormation registry: AWS::EntityResolution::"
#define KEYS_IN_SCHEMA "The MatchingKeys must have been defined in the SchemaMapping."
/* What a workflow's rules name is read across each input source's schema
 * mapping (the stack's, by reference or ARN: "schema_arn->"; a matching
 * workflow's sources each name one). A source of an ID mapping workflow
 * may be an ID namespace, one of an ID namespace a matching workflow,
 * whose keys are their own schema mappings': the row judges a workflow or
 * namespace of other sources alone (a source named by reference, its kind
 * not known yet, leaves it too), and one of a source at least. */
#define NO_SOURCE_IS(ERE) \
	WHEN(LEN_IN("input_source_config", 1, 20), \
	     COUNT_WHERE("input_source_config", 0, 0, MATCHES("input_source_arn", ERE)))

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_entityresolution[] = {
	AWS_SAYS("entityresolution.provider_id_sub_type", "awscc.entityresolution.schema_mapping",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("mapped_input_fields", WHEN(IS("type", "PROVIDER_ID")),
			   THEN(SET("sub_type")))),
		 "Would be required only when type is PROVIDER_ID",
		 ER_CFN "SchemaMapping SchemaInputAttribute.SubType"),
	AWS_SAYS("entityresolution.cfn_tag_keys_not_aws", "awscc.entityresolution.*",
		 AWS_CALL_ANY, ALWAYS, THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", "^aws:")))),
		 "You can specify a value that is 1 to 128 Unicode characters in length and cannot "
		 "be prefixed with aws:.", ER_CFN "MatchingWorkflow Tag.Key"),
	AWS_SAYS("entityresolution.real_time_rule_conditions",
		 "awscc.entityresolution.matching_workflow", AWS_CALL_ANY,
		 WHEN(IS("resolution_techniques.enable_real_time_matching", "true")),
		 THEN(IS("resolution_techniques.resolution_type", "RULE_MATCHING"),
		      SET("resolution_techniques.rule_condition_properties")),
		 "Can only be set on creation for RULE_MATCHING workflows that define "
		 "RuleConditionProperties.",
		 ER_CFN "MatchingWorkflow ResolutionTechniques.EnableRealTimeMatching"),
	AWS_SAYS("entityresolution.no_incremental_ml_or_provider",
		 "awscc.entityresolution.matching_workflow", AWS_CALL_ANY,
		 WHEN(IS("resolution_techniques.resolution_type", "ML_MATCHING", "PROVIDER")),
		 THEN(UNSET("incremental_run_config")),
		 "For workflows where resolutionType is ML_MATCHING or PROVIDER, incremental "
		 "processing is not supported.", ER "CreateMatchingWorkflow incrementalRunConfig"),
	/* rules and outputs name what the input sources' schema mappings define */
	AWS_SAYS("entityresolution.matching_keys_in_schema",
		 "awscc.entityresolution.matching_workflow", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(AMONG("resolution_techniques.rule_based_properties.rules[].matching_keys[]",
			    "input_source_config[].schema_arn->mapped_input_fields[].match_key")),
		 KEYS_IN_SCHEMA,
		 ER "CreateMatchingWorkflow resolutionTechniques.ruleBasedProperties.rules."
		 "matchingKeys"),
	AWS_SAYS("entityresolution.id_mapping_keys_in_schema",
		 "awscc.entityresolution.id_mapping_workflow", AWS_CALL_ANY,
		 NO_SOURCE_IS(":idnamespace/"),
		 THEN(AMONG("id_mapping_techniques.rule_based_properties.rules[].matching_keys[]",
			    "input_source_config[].schema_arn->mapped_input_fields[].match_key")),
		 KEYS_IN_SCHEMA,
		 ER "CreateIdMappingWorkflow idMappingTechniques.ruleBasedProperties.rules."
		 "matchingKeys"),
	AWS_SAYS("entityresolution.namespace_keys_in_schema", "awscc.entityresolution.id_namespace",
		 AWS_CALL_ANY, NO_SOURCE_IS(":matchingworkflow/"),
		 THEN(AMONG("id_mapping_workflow_properties[].rule_based_properties.rules[]."
			    "matching_keys[]",
			    "input_source_config[].schema_name->mapped_input_fields[].match_key")),
		 KEYS_IN_SCHEMA,
		 ER "CreateIdNamespace idMappingWorkflowProperties.ruleBasedProperties.rules."
		 "matchingKeys"),
	AWS_SAYS("entityresolution.output_names_in_schema",
		 "awscc.entityresolution.matching_workflow", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(AMONG("output_source_config[].output[].name",
			    "input_source_config[].schema_arn->mapped_input_fields[].field_name")),
		 "This must be an InputField name in the schema mapping.",
		 ER "CreateMatchingWorkflow outputSourceConfig.output.name"),
	{ NULL },
};
