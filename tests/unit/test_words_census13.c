/*
 * test_words_census13.c: the words rows (AWS_SAYS, checks/words.c) of the
 * census's third scope of ranks 68 to 83, as the thirteenth census helper
 * judged them (frauddetector/, globalaccelerator/, guardduty/,
 * organizations/rules.c; the ledgers checks/words/frauddetector.words,
 * globalaccelerator.words, guardduty.words, organizations.words ...; Route
 * 53's awscc rows have their cases in test_words_route53.c), each through aws_constraints_check: a resource
 * it refuses, whose message names the attribute, quotes AWS's sentence and
 * names its document, and its passing twin; every such row has a case here
 * (a row crossing a reference has its case in test_words_crossing.c).
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

/* A Fraud Detector list with more (", 'tags': ..."). */
#define FD_LIST(MORE) "{'name': 'blocked_emails', 'elements': ['a@example.com']" MORE "}"
/* A Global Accelerator accelerator named NAME; an endpoint group checked
 * every SECONDS. */
#define GA_ACCELERATOR(NAME) "{'name': '" NAME "', 'enabled': true}"
#define GA_GROUP(SECONDS) "{'listener_arn': 'arn:aws:globalaccelerator::123456789012:" \
	"accelerator/1234abcd-abcd-1234-abcd-1234abcdefgh/listener/0123vxyz', " \
	"'endpoint_group_region': 'us-east-1', 'health_check_interval_seconds': " SECONDS "}"
/* A GuardDuty member invited at EMAIL; a filter named NAME; an entity set
 * of type TYPE whose file is at LOCATION. */
#define GD_MEMBER(EMAIL) "{'detector_id': 'd1', 'member_id': '123456789012', 'email': '" \
	EMAIL "'}"
#define GD_FILTER(NAME) "{'detector_id': 'd1', 'name': '" NAME "', 'finding_criteria': " \
	"{'criterion': {'severity': {'gte': 7}}}}"
#define GD_SET(LOCATION) "{'format': 'TXT', 'location': '" LOCATION "'}"
/* An Organizations account of address EMAIL, with more. */
#define ORG_ACCOUNT(EMAIL, MORE) "{'account_name': 'dev', 'email': '" EMAIL "'" MORE "}"

static const struct words_case cases[] = {
	{ "frauddetector.cfn_tag_keys_not_aws", "awscc.frauddetector.list", "tags[0].key",
	  FD_LIST(", 'tags': [{'key': 'aws:team', 'value': 'a'}]"), NULL,
	  FD_LIST(", 'tags': [{'key': 'team', 'value': 'aws:a'}]"), NULL },
	{ "frauddetector.list_variable_type_kept", "awscc.frauddetector.list", "variable_type",
	  FD_LIST(", 'variable_type': 'IP_ADDRESS'"), FD_LIST(", 'variable_type': 'EMAIL_ADDRESS'"),
	  FD_LIST(", 'variable_type': 'EMAIL_ADDRESS'"), FD_LIST("") },
	{ "globalaccelerator.name_ends", "awscc.globalaccelerator.accelerator", "name",
	  GA_ACCELERATOR("web-"), NULL, GA_ACCELERATOR("web-1"), NULL },
	{ "globalaccelerator.health_check_interval_10_or_30",
	  "awscc.globalaccelerator.endpoint_group", "health_check_interval_seconds",
	  GA_GROUP("15"), NULL, GA_GROUP("10"), NULL },
	{ "guardduty.member_email_length", "awscc.guardduty.member", "email",
	  GD_MEMBER("a@b.c"), NULL, GD_MEMBER("ab@b.co"), NULL },
	{ "guardduty.member_email_ascii", "awscc.guardduty.member", "email",
	  GD_MEMBER("jos\xc3\xa9@example.com"), NULL, GD_MEMBER("jose@example.com"), NULL },
	{ "guardduty.member_email_one_at", "awscc.guardduty.member", "email",
	  GD_MEMBER("a@b@example.com"), NULL, GD_MEMBER("ab@example.com"), NULL },
	{ "guardduty.member_email_local_chars", "awscc.guardduty.member", "email",
	  GD_MEMBER("a%b@example.com"), NULL, GD_MEMBER("a.b+c@example.com"), NULL },
	{ "guardduty.member_email_local_first", "awscc.guardduty.member", "email",
	  GD_MEMBER(".ab@example.com"), NULL, GD_MEMBER("ab.@example.com"), NULL },
	{ "guardduty.member_email_domain_ends", "awscc.guardduty.member", "email",
	  GD_MEMBER("ab@example.com-"), NULL, GD_MEMBER("ab@example-1.com"), NULL },
	{ "guardduty.member_email_domain_dot", "awscc.guardduty.member", "email",
	  GD_MEMBER("ab@localhost"), NULL, GD_MEMBER("ab@local.host"), NULL },
	{ "guardduty.filter_name_chars", "awscc.guardduty.filter", "name",
	  GD_FILTER("my filter"), NULL, GD_FILTER("my-filter_1.0"), NULL },
	{ "guardduty.entity_set_location_url", "awscc.guardduty.threat_entity_set", "location",
	  GD_SET("my-bucket/threats.txt"), NULL, GD_SET("s3://my-bucket/threats.txt"), NULL },
	{ "guardduty.trusted_set_location_url", "awscc.guardduty.trusted_entity_set", "location",
	  GD_SET("my-bucket/trusted.txt"),
	  NULL, GD_SET("https://my-bucket.s3.us-east-1.amazonaws.com/trusted.txt"), NULL },
	{ "organizations.account_email_ascii", "awscc.organizations.account", "email",
	  ORG_ACCOUNT("d\xc3\xa9v@example.com", ""), NULL, ORG_ACCOUNT("dev@example.com", ""),
	  NULL },
	{ "organizations.account_email_one_at", "awscc.organizations.account", "email",
	  ORG_ACCOUNT("dev@ops@example.com", ""), NULL, ORG_ACCOUNT("dev+ops@example.com", ""),
	  NULL },
	{ "organizations.account_email_local_chars", "awscc.organizations.account", "email",
	  ORG_ACCOUNT("dev[1]@example.com", ""), NULL, ORG_ACCOUNT("dev.1@example.com", ""), NULL },
	{ "organizations.account_email_local_first", "awscc.organizations.account", "email",
	  ORG_ACCOUNT(".dev@example.com", ""), NULL, ORG_ACCOUNT("d.ev@example.com", ""), NULL },
	{ "organizations.account_email_domain_ends", "awscc.organizations.account", "email",
	  ORG_ACCOUNT("dev@-example.com", ""), NULL, ORG_ACCOUNT("dev@ex-ample.com", ""), NULL },
	{ "organizations.account_one_parent", "awscc.organizations.account", "parent_ids",
	  ORG_ACCOUNT("dev@example.com", ", 'parent_ids': ['r-ab12', 'ou-ab12-abcdefgh']"), NULL,
	  ORG_ACCOUNT("dev@example.com", ", 'parent_ids': ['ou-ab12-abcdefgh']"), NULL },
};

static const char *const services[] = { "frauddetector.", "globalaccelerator.", "guardduty.",
					"organizations.", NULL };

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
					 "test_words_census13.c");
}

int main(void)
{
	setenv("AWS_REGION", "us-east-1", 1);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_row_and_its_twin),
		cmocka_unit_test(test_every_row_has_a_case),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
