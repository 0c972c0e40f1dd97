/*
 * finspace/rules.c: Amazon FinSpace's (environments) rows of the one table
 * of checks (checks/row.h) on the awscc types of a service terrace's own
 * code does not call (its objects are made through Cloud Control alone):
 * AWS's words of the census's third scope (checks/words/gen_words.py,
 * sentences.py's THIRD_SCOPE), an environment's SAML attribute map and its
 * tags. Its ledger: checks/words/finspace.words.
 */
#include "provider/aws/checks/rules.h"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_finspace[] = {
	/* each name of the SAML attribute map (its value, the IdP's attribute
	 * definition, is the IdP's to say) */
	AWS_SAYS("finspace.attribute_map_email", "awscc.finspace.environment", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("federation_parameters.attribute_map", ALWAYS,
			   THEN(IS("key", "Email")))),
		 "The name must always be Email and the value should be set to the attribute "
		 "definition in which user email is set.",
		 "finspace CreateEnvironment federationParameters.attributeMap"),
	/* the tags, whose registry Tag.Key has no pattern against aws: */
	RULE("awscc.finspace.*", "tags", rule_tag_list_keys,
	     "CloudFormation registry: AWS::FinSpace::Environment Tag.Key"),
	{ NULL },
};
