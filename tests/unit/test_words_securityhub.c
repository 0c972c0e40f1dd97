/*
 * test_words_securityhub.c: the words rows (AWS_SAYS, checks/words.c) of
 * AWS Security Hub's awscc types (securityhub/rules.c; the ledger
 * checks/words/securityhub.words), the census's third scope, each through
 * aws_constraints_check: a resource it refuses, whose message names the
 * attribute, quotes AWS's sentence and names its document, and its passing
 * twin; every such row has a case here. And the written rules: the
 * comparisons of one field of a findings filter
 * (rule_securityhub_filter_comparisons), an automation rule's criteria
 * lists (rule_securityhub_criteria_items), a control's custom parameters
 * (rule_securityhub_custom_parameters), a hub's tag keys
 * (rule_securityhub_tag_keys).
 *
 * JSON is written with single quotes (json_support.h).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/checks/checks.h"
#include "provider/aws/checks/words.h"
#include "provider/provider.h"
#include "tests/unit/json_support.h"
#include "tests/unit/words_support.h"

#define STANDARD(CONTROL) "{'standards_arn': 'arn:aws:securityhub:us-east-1::standards/" \
	"aws-foundational-security-best-practices/v/1.0.0', 'disabled_standards_controls': [{" \
	"'standards_control_arn': 'arn:aws:securityhub:us-east-1:123456789012:control/" \
	"aws-foundational-security-best-practices/v/1.0.0/IAM.1'" CONTROL "}]}"
#define ORG(ENABLE, STANDARDS) "{'auto_enable': " ENABLE ", 'auto_enable_standards': '" \
	STANDARDS "', 'configuration_type': 'CENTRAL'}"
/* an insight of filters FILTERS */
#define INSIGHT(FILTERS) "{'name': 'i', 'group_by_attribute': 'ResourceId', 'filters': {" \
	FILTERS "}}"
/* an automation rule of criteria CRITERIA */
#define RULE_OF(CRITERIA) "{'rule_name': 'r', 'rule_order': 1, 'description': 'd', " \
	"'actions': [{'type': 'FINDING_FIELDS_UPDATE', 'finding_fields_update': {'workflow': {" \
	"'status': 'SUPPRESSED'}}}], 'criteria': {" CRITERIA "}}"
/* an OCSF automation rule of composite filters COMPOSITE */
#define RULE_V2(COMPOSITE) "{'rule_name': 'r', 'rule_order': 1, 'description': 'd', " \
	"'actions': [{'type': 'FINDING_FIELDS_UPDATE', 'finding_fields_update': {'status_id': " \
	"3}}], 'criteria': {'ocsf_finding_criteria': {'composite_filters': [{" COMPOSITE "}]}}}"
#define F(COMPARISON, VALUE) "{'comparison': '" COMPARISON "', 'value': '" VALUE "'}"
#define M(KEY, COMPARISON) "{'key': '" KEY "', 'comparison': '" COMPARISON "', 'value': 'x'}"
#define S2(FIELD, COMPARISON) "{'field_name': '" FIELD "', 'filter': {'comparison': '" \
	COMPARISON "', 'value': 'x'}}"

/* Each row's refused resource and its passing twin. */
static const struct words_case cases[] = {
	{ "securityhub.disabled_control_reason", "awscc.securityhub.standard",
	  "disabled_standards_controls[0].reason", STANDARD(""), NULL,
	  STANDARD(", 'reason': 'not used'"), NULL },
	{ "securityhub.central_auto_enable", "awscc.securityhub.organization_configuration",
	  "auto_enable", ORG("true", "NONE"), NULL, ORG("false", "NONE"), NULL },
	{ "securityhub.central_auto_enable_standards",
	  "awscc.securityhub.organization_configuration", "auto_enable_standards",
	  ORG("false", "DEFAULT"), NULL, ORG("false", "NONE"), NULL },
};

static const char *const services[] = { "securityhub.", NULL };

/* Each row refuses its case naming the attribute, AWS's words and the
 * document; its twin passes. */
static void test_each_row_and_its_twin(void **state)
{
	(void)state;
	words_check_cases(cases, sizeof(cases) / sizeof(*cases));
}

static void test_every_row_has_a_case(void **state)
{
	(void)state;
	words_check_every_row_has_a_case(cases, sizeof(cases) / sizeof(*cases), services,
					 "test_words_securityhub.c");
}

/* What the rows leave alone: a control enabled again needs no reason (not
 * listed), an organization configured locally may enable what it likes. */
static void test_securityhub_leaves(void **state)
{
	static const char *const passing[][2] = {
		{ "awscc.securityhub.standard", "{'standards_arn': 'arn:aws:securityhub:us-east-1"
						"::standards/cis/v/1.4.0'}" },
		{ "awscc.securityhub.organization_configuration",
		  "{'auto_enable': true, 'auto_enable_standards': 'DEFAULT', "
		  "'configuration_type': 'LOCAL'}" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(passing) / sizeof(*passing); i++) {
		struct strbuf err = STRBUF_INIT;
		if (words_judge(passing[i][0], passing[i][1], NULL, NULL, &err))
			fail_msg("refused %s: %s", passing[i][1], err.buf);
		strbuf_release(&err);
	}
}

/* Each of refused (type, resource, what the message names) is refused
 * quoting AWS; each of passing (type, resource) passes. */
static void judge_all(const char *const (*refused)[3], size_t n_refused,
		      const char *const (*passing)[2], size_t n_passing)
{
	for (size_t i = 0; i < n_refused; i++) {
		struct strbuf err = STRBUF_INIT;
		if (!words_judge(refused[i][0], refused[i][1], NULL, NULL, &err))
			fail_msg("accepted %s", refused[i][1]);
		if (!strstr(err.buf, refused[i][2]) || !strstr(err.buf, "AWS says"))
			fail_msg("message \"%s\" lacks \"%s\"", err.buf, refused[i][2]);
		strbuf_release(&err);
	}
	for (size_t i = 0; i < n_passing; i++) {
		struct strbuf err = STRBUF_INIT;
		if (words_judge(passing[i][0], passing[i][1], NULL, NULL, &err))
			fail_msg("refused %s: %s", passing[i][1], err.buf);
		strbuf_release(&err);
	}
}

/* The comparisons of one field (rule_securityhub_filter_comparisons): an
 * insight's, an automation rule's (a map filter's field its key), an OCSF
 * rule's (its field name). */
static void test_securityhub_filter_comparisons(void **state)
{
	static const char *const refused[][3] = {
		{ "awscc.securityhub.insight",
		  INSIGHT("'title': [" F("CONTAINS", "a") ", " F("EQUALS", "b") "]"),
		  "filters.title[0].comparison" },
		{ "awscc.securityhub.insight",
		  INSIGHT("'title': [" F("EQUALS", "a") ", " F("PREFIX_NOT_EQUALS", "b") "]"),
		  "NOT_EQUALS or PREFIX_NOT_EQUALS" },
		{ "awscc.securityhub.automation_rule",
		  RULE_OF("'resource_tags': [" M("team", "NOT_CONTAINS") ", "
			  M("team", "NOT_EQUALS") "]"), "criteria.resource_tags[0].comparison" },
		{ "awscc.securityhub.automation_rule_v2",
		  RULE_V2("'string_filters': [" S2("finding_info.title", "CONTAINS") ", "
			  S2("finding_info.title", "PREFIX") "]"),
		  "composite_filters[0].string_filters[0].comparison" },
	};
	static const char *const passing[][2] = {
		{ "awscc.securityhub.insight",
		  INSIGHT("'title': [" F("CONTAINS", "a") ", " F("CONTAINS", "b") "], "
			  "'aws_account_id': [" F("EQUALS", "1") "]") },
		{ "awscc.securityhub.insight",
		  INSIGHT("'title': [" F("NOT_EQUALS", "a") ", " F("PREFIX_NOT_EQUALS", "b") "]") },
		{ "awscc.securityhub.insight",
		  INSIGHT("'title': [" F("CONTAINS", "a") ", {'comparison': '${var.c}', 'value': "
			  "'b'}]") },
		{ "awscc.securityhub.automation_rule",
		  RULE_OF("'resource_tags': [" M("team", "CONTAINS") ", " M("owner", "EQUALS") "]") },
		{ "awscc.securityhub.automation_rule_v2",
		  RULE_V2("'string_filters': [" S2("finding_info.title", "CONTAINS") ", "
			  S2("cloud.region", "EQUALS") "]") },
	};

	(void)state;
	judge_all(refused, sizeof(refused) / sizeof(*refused), passing,
		  sizeof(passing) / sizeof(*passing));
}

/* An automation rule's criteria lists (rule_securityhub_criteria_items), a
 * control's custom parameters (rule_securityhub_custom_parameters), a
 * hub's tag keys (rule_securityhub_tag_keys). */
static void test_securityhub_written(void **state)
{
#define CONTROL(PARAMS) "{'security_control_id': 'ACM.1', 'parameters': " PARAMS "}"
#define POLICY(PARAMS) "{'name': 'p', 'configuration_policy': {'security_hub': {" \
	"'security_controls_configuration': {'security_control_custom_parameters': [{" \
	"'security_control_id': 'ACM.1', 'parameters': " PARAMS "}]}}}}"
	static const char *const refused[][3] = {
		{ "awscc.securityhub.automation_rule", RULE_OF("'title': []"),
		  "criteria.title is an empty list" },
		{ "awscc.securityhub.security_control",
		  CONTROL("{'daysToExpiration': {'value_type': 'CUSTOM'}}"),
		  "parameters.daysToExpiration" },
		{ "awscc.securityhub.security_control",
		  CONTROL("'{\\\"daysToExpiration\\\": {\\\"ValueType\\\": \\\"CUSTOM\\\", "
			  "\\\"Value\\\": {}}}'"), "is empty" },
		{ "awscc.securityhub.configuration_policy",
		  POLICY("{'daysToExpiration': {'value_type': 'CUSTOM'}}"),
		  "security_control_custom_parameters[0].parameters.daysToExpiration" },
		{ "awscc.securityhub.hub_v2", "{'tags': {'aws:team': 'x'}}", "begins with aws:" },
		{ "awscc.securityhub.hub_v2", "{'tags': {'" X100 "xxxxxxxxxxxxxxxxxxxxxxxxxxxxx': "
					      "'x'}}", "is not 1 to 128 long" },
	};
	static const char *const passing[][2] = {
		{ "awscc.securityhub.automation_rule",
		  RULE_OF("'title': [" F("EQUALS", "a") "]") },
		{ "awscc.securityhub.security_control",
		  CONTROL("{'daysToExpiration': {'value_type': 'CUSTOM', 'value': {'integer': 14}}}") },
		{ "awscc.securityhub.security_control",
		  CONTROL("{'daysToExpiration': {'value_type': 'DEFAULT'}}") },
		{ "awscc.securityhub.security_control", CONTROL("'${var.parameters}'") },
		{ "awscc.securityhub.configuration_policy",
		  POLICY("{'daysToExpiration': {'ValueType': 'CUSTOM', 'Value': {'Integer': 14}}}") },
		{ "awscc.securityhub.hub_v2", "{'tags': {'team': 'x'}}" },
	};
#undef CONTROL
#undef POLICY

	(void)state;
	judge_all(refused, sizeof(refused) / sizeof(*refused), passing,
		  sizeof(passing) / sizeof(*passing));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_row_and_its_twin),
		cmocka_unit_test(test_every_row_has_a_case),
		cmocka_unit_test(test_securityhub_leaves),
		cmocka_unit_test(test_securityhub_filter_comparisons),
		cmocka_unit_test(test_securityhub_written),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
