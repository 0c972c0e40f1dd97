/*
 * cleanrooms/rules.c: AWS Clean Rooms' (collaborations, memberships,
 * configured tables, analysis templates, ...) rows of the one table of
 * checks (checks/row.h) on the awscc types of a service terrace's own code
 * does not call (its objects are made through Cloud Control alone): AWS's
 * words of the census's third scope (checks/words/gen_words.py,
 * sentences.py's THIRD_SCOPE), and the written rule on a configured table's
 * custom analysis rule, which the registry takes as a JSON document. Its
 * ledger: checks/words/cleanrooms.words.
 */
#include <string.h>

#include "provider/aws/checks/rules.h"

#define CR "cleanrooms "
#define PROVIDERS_WORDS "Required when allowedAnalyses is ANY_QUERY."
#define SINGLE_FILE "default_result_configuration.output_configuration.s3.single_file_output"

/* The custom analysis rule of analysis rule `rule`'s policy v1 (written as
 * an object or as its JSON text, its members by awscc's keys or
 * CloudFormation's); NULL: none, or not known. *parsed: the new reference
 * to release. */
static const json_t *custom_rule(const json_t *rule, json_t **parsed)
{
	return aws_doc_member(aws_doc_json(aws_doc_member(aws_doc_member(rule, "policy"), "v1"),
					   parsed), "custom");
}

/* A configured table's custom analysis rule that allows ANY_QUERY names the
 * accounts allowed to query (its allowed analysis providers). A value not
 * known yet passes. */
static int rule_cleanrooms_custom_providers(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *rule, *custom, *a;
	size_t i, j;
	int rc = 0;

	(void)r;
	json_array_foreach(v, i, rule) {
		json_t *parsed;
		bool any_query = false;

		custom = custom_rule(rule, &parsed);
		json_array_foreach(aws_doc_member(custom, "allowed_analyses"), j, a)
			any_query |= json_is_string(a) && !strcmp(json_string_value(a), "ANY_QUERY");
		if (any_query && !aws_doc_member(custom, "allowed_analysis_providers")) {
			strbuf_addf(err, "[%zu].policy.v1.Custom: allowed analyses "
				    "ANY_QUERY without allowed analysis providers: AWS says \""
				    PROVIDERS_WORDS "\" (" CR "CreateConfiguredTableAnalysisRule "
				    "analysisRulePolicy.v1.custom.allowedAnalysisProviders)", i);
			rc = -1;
		}
		json_decref(parsed);
		if (rc)
			break;
	}
	return rc;
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. A membership's single-file output by its collaboration's
 * analytics engine, read across the reference "collaboration_identifier->". */
const struct aws_check_row aws_rules_cleanrooms[] = {
	AWS_SAYS("cleanrooms.parameter_name_chars", "awscc.cleanrooms.analysis_template",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("analysis_parameters", ALWAYS, THEN(NOT_MATCHES("name", "[^0-9a-zA-Z_]")))),
		 "The name must use only alphanumeric or underscore (_) characters.",
		 CR "CreateAnalysisTemplate analysisParameters.name"),
	AWS_SAYS("cleanrooms.selected_methods_two", "awscc.cleanrooms.configured_table",
		 AWS_CALL_ANY, WHEN(SET("selected_analysis_methods")),
		 THEN(LEN_IN("selected_analysis_methods", 2, 1e9)),
		 "When configured, you must specify at least two analysis methods.",
		 CR "CreateConfiguredTable selectedAnalysisMethods"),
	AWS_SAYS("cleanrooms.single_file_output_spark", "awscc.cleanrooms.membership",
		 AWS_CALL_ANY,
		 WHEN(IS("collaboration_identifier->analytics_engine", "CLEAN_ROOMS_SQL")),
		 THEN(ANY_OF(UNSET(SINGLE_FILE), IS(SINGLE_FILE, "false"))),
		 "This parameter is only supported for analyses with the Spark analytics engine.",
		 CR "CreateMembership defaultResultConfiguration.outputConfiguration.s3."
		 "singleFileOutput"),
	RULE("awscc.cleanrooms.configured_table", "analysis_rules", rule_cleanrooms_custom_providers,
	     CR "CreateConfiguredTableAnalysisRule analysisRulePolicy.v1.custom."
	     "allowedAnalysisProviders"),
	{ NULL },
};
