/*
 * devopsguru/rules.c: Amazon DevOps Guru's (resource collections,
 * notification channels, log anomaly detection) rows of the one table of
 * checks (checks/row.h) on the awscc types of a service terrace's own code
 * does not call (its objects are made through Cloud Control alone): AWS's
 * words of the census's third scope (checks/words/gen_words.py,
 * sentences.py's THIRD_SCOPE: botocore's devops-guru), a resource
 * collection's tag keys. Its ledger: checks/words/devops-guru.words.
 */
#include "provider/aws/checks/rules.h"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_devopsguru[] = {
	/* each tag collection's key: the prefix in any case ("When you create a
	 * key, the case of characters in the key can be whatever you choose":
	 * DevOps-Guru-deployment-application, devops-guru-rds-application) */
	AWS_SAYS("devopsguru.app_boundary_key_prefix", "awscc.devopsguru.resource_collection",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("resource_collection_filter.tags", ALWAYS,
			   THEN(MATCHES("app_boundary_key",
					"^[Dd][Ee][Vv][Oo][Pp][Ss]-[Gg][Uu][Rr][Uu]-")))),
		 "The string used for a key in a tag that you use to define your resource coverage "
		 "must begin with the prefix Devops-guru-.",
		 "devops-guru UpdateResourceCollection ResourceCollection.Tags.AppBoundaryKey"),
	{ NULL },
};
