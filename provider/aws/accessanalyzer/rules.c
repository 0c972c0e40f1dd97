/*
 * accessanalyzer/rules.c: IAM Access Analyzer's (analyzers and their
 * archive rules) rows of the one table of checks (checks/row.h) on the
 * awscc types of a service terrace's own code does not call (its objects
 * are made through Cloud Control alone): AWS's words of the census's third
 * scope (checks/words/gen_words.py, sentences.py's THIRD_SCOPE). Its
 * ledger: checks/words/accessanalyzer.words.
 */
#include "provider/aws/checks/rules.h"

#define AA "accessanalyzer "
#define UNUSED "analyzer_configuration.unused_access_configuration.analysis_rule.exclusions"
#define INTERNAL "analyzer_configuration.internal_access_configuration." \
	"internal_access_analysis_rule.inclusions"
#define ORGANIZATION_LEVEL IS("/analyzer_type", "ORGANIZATION", "ORGANIZATION_UNUSED_ACCESS", \
			      "ORGANIZATION_INTERNAL_ACCESS")

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_accessanalyzer[] = {
	/* the registry's Type is any string up to 1,024 characters */
	AWS_SAYS("accessanalyzer.analyzer_type_values", "awscc.accessanalyzer.analyzer",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(IS("analyzer_type", "ACCOUNT", "ORGANIZATION", "ACCOUNT_INTERNAL_ACCESS",
			 "ORGANIZATION_INTERNAL_ACCESS", "ACCOUNT_UNUSED_ACCESS",
			 "ORGANIZATION_UNUSED_ACCESS")),
		 "The type of the analyzer, must be one of ACCOUNT, ORGANIZATION, "
		 "ACCOUNT_INTERNAL_ACCESS, ORGANIZATION_INTERNAL_ACCESS, ACCOUNT_UNUSED_ACCESS and "
		 "ORGANIZATION_UNUSED_ACCESS",
		 "CloudFormation registry: AWS::AccessAnalyzer::Analyzer Type"),
	/* the unused access rule's exclusions and the internal access rule's
	 * inclusions (whether a list names the organization's owner account
	 * is the organization's) */
	AWS_SAYS("accessanalyzer.account_ids_organization", "awscc.accessanalyzer.analyzer",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(UNUSED, WHEN(LEN_IN("account_ids", 1, 1e9)), THEN(ORGANIZATION_LEVEL)),
		      EACH(INTERNAL, WHEN(LEN_IN("account_ids", 1, 1e9)), THEN(ORGANIZATION_LEVEL))),
		 "Account IDs can only be applied to the analysis rule criteria for "
		 "organization-level analyzers.",
		 AA "CreateAnalyzer configuration.unusedAccess.analysisRule.exclusions.accountIds"),
	/* the registry's AccountIds has no maxItems */
	AWS_SAYS("accessanalyzer.exclusion_account_ids_2000", "awscc.accessanalyzer.analyzer",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(UNUSED, ALWAYS, THEN(LEN_IN("account_ids", 0, 2000)))),
		 "The list cannot include more than 2,000 account IDs.",
		 AA "CreateAnalyzer configuration.unusedAccess.analysisRule.exclusions.accountIds"),
	/* each exclusion's resource tags, a list of lists of tags; their
	 * lengths the registry's Tag holds */
	AWS_SAYS("accessanalyzer.exclusion_tag_keys", "awscc.accessanalyzer.analyzer",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(UNUSED, ALWAYS,
			   THEN(EACH("resource_tags", ALWAYS,
				     THEN(EACH("", ALWAYS,
					       THEN(NOT_MATCHES("key", "^[aA][wW][sS]:")))))))),
		 "For the tag key, you can specify a value that is 1 to 128 characters in length and "
		 "cannot be prefixed with aws:.",
		 AA "CreateAnalyzer configuration.unusedAccess.analysisRule.exclusions.resourceTags"),
	/* the analyzer's tags, a list the registry's Tag.Key (no pattern)
	 * takes any key of */
	RULE("awscc.accessanalyzer.analyzer", "tags", rule_tag_list_keys,
	     "CloudFormation registry: AWS::AccessAnalyzer::Analyzer Tag.Key"),
	{ NULL },
};
