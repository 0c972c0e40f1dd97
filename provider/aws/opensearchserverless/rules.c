/*
 * opensearchserverless/rules.c: Amazon OpenSearch Serverless's
 * (collections, collection groups, policies, security configurations, VPC
 * endpoints, indexes) rows of the one table of checks (checks/row.h) on the
 * awscc types of a service terrace's own code does not call (its objects
 * are made through Cloud Control alone): AWS's words of the census's third
 * scope (checks/words/gen_words.py, sentences.py's THIRD_SCOPE). Its
 * ledger: checks/words/opensearchserverless.words.
 */
#include "provider/aws/checks/rules.h"

#define OSS "opensearchserverless "
#define CONFIG_TYPE "security_config_type"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_opensearchserverless[] = {
	/* a security configuration's options, of its type */
	AWS_SAYS("opensearchserverless.saml_options", "awscc.opensearchserverless.security_config",
		 AWS_CALL_CREATE, WHEN(IS(CONFIG_TYPE, "saml")), THEN(SET("saml_options")),
		 "This field is required if you specify SAML for the type parameter.",
		 OSS "CreateSecurityConfig samlOptions"),
	AWS_SAYS("opensearchserverless.identity_center_options",
		 "awscc.opensearchserverless.security_config", AWS_CALL_CREATE,
		 WHEN(IS(CONFIG_TYPE, "iamidentitycenter")), THEN(SET("iam_identity_center_options")),
		 "This field is required if you specify iamidentitycenter for the type parameter.",
		 OSS "CreateSecurityConfig iamIdentityCenterOptions"),
	AWS_SAYS("opensearchserverless.federation_options",
		 "awscc.opensearchserverless.security_config", AWS_CALL_CREATE,
		 WHEN(IS(CONFIG_TYPE, "iamfederation")), THEN(SET("iam_federation_options")),
		 "This field is required if you specify iamFederation for the type parameter.",
		 OSS "CreateSecurityConfig iamFederationOptions"),
	/* tags: keys once each */
	AWS_SAYS("opensearchserverless.tag_keys_unique", "awscc.opensearchserverless.*",
		 AWS_CALL_ANY, ALWAYS, THEN(UNIQUE("tags[].key")),
		 "All tag keys in the request must be unique.", OSS "TagResource tags"),
	{ NULL },
};
