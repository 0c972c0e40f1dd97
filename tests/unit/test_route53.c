/*
 * test_route53.c: what Route 53's two types send and compare
 * (provider/aws/route53/api.h): the ChangeBatch document of several
 * changes, its members in the order of the API's ResourceRecordSet and
 * escaped as XML, an alias without TTL or values, a zone id given with its
 * /hostedzone/ prefix sent without it; a record's name made normal as Route
 * 53 answers it (case, final dot, \052 for a wildcard); the key that says
 * which record set a record is.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "provider/aws/route53/api.h"

static void test_change_batch_in_the_schema_order(void **state)
{
	json_t *weighted = json_pack("{s:s, s:s, s:s, s:i, s:i, s:[s,s], s:s}", "name",
				     "api.example.com", "record_type", "TXT", "set_identifier", "blue",
				     "ttl", 60, "weight", 70, "records", "\"a<b&c\"", "two",
				     "health_check_id", "hc-1");
	json_t *alias = json_pack("{s:s, s:s, s:{s:s, s:s, s:b}}", "name", "www.example.com",
				  "record_type", "A", "alias", "name", "lb.example.com", "zone_id",
				  "/hostedzone/Z2", "evaluate_target_health", 1);
	struct route53_change changes[] = { { "UPSERT", weighted }, { "DELETE", alias } };
	char *xml = route53_change_batch_xml(changes, 2);

	(void)state;
	assert_string_equal(
		xml,
		"<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
		"<ChangeResourceRecordSetsRequest xmlns=\"https://route53.amazonaws.com/doc/2013-04-01/\">"
		"<ChangeBatch><Changes>"
		"<Change><Action>UPSERT</Action><ResourceRecordSet><Name>api.example.com</Name>"
		"<Type>TXT</Type><SetIdentifier>blue</SetIdentifier><Weight>70</Weight><TTL>60</TTL>"
		"<ResourceRecords><ResourceRecord><Value>&quot;a&lt;b&amp;c&quot;</Value></ResourceRecord>"
		"<ResourceRecord><Value>two</Value></ResourceRecord></ResourceRecords>"
		"<HealthCheckId>hc-1</HealthCheckId></ResourceRecordSet></Change>"
		"<Change><Action>DELETE</Action><ResourceRecordSet><Name>www.example.com</Name>"
		"<Type>A</Type><AliasTarget><HostedZoneId>Z2</HostedZoneId>"
		"<DNSName>lb.example.com</DNSName><EvaluateTargetHealth>true</EvaluateTargetHealth>"
		"</AliasTarget></ResourceRecordSet></Change>"
		"</Changes></ChangeBatch></ChangeResourceRecordSetsRequest>");
	free(xml);
	json_decref(weighted);
	json_decref(alias);
}

static void test_names_as_route53_answers_them(void **state)
{
	static const char *const cases[][2] = {
		{ "WWW.Example.com.", "www.example.com" },
		{ "\\052.example.com.", "*.example.com" },
		{ "example.com", "example.com" },
		{ ".", "." },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		char *n = route53_name_normal(cases[i][0]);

		assert_string_equal(n, cases[i][1]);
		free(n);
	}
	assert_string_equal(route53_zone_path_id("/hostedzone/Z1"), "Z1");
	assert_string_equal(route53_zone_path_id("Z1"), "Z1");
}

static void test_record_key_names_its_identity(void **state)
{
	json_t *plain = json_pack("{s:s, s:s, s:i}", "name", "WWW.example.com.", "record_type", "A",
				  "ttl", 300);
	json_t *weighted = json_pack("{s:s, s:s, s:s}", "name", "www.example.com", "record_type",
				     "A", "set_identifier", "blue");
	char *a = route53_record_key(plain), *b = route53_record_key(weighted);

	(void)state;
	assert_string_equal(a, "www.example.com A");
	assert_string_equal(b, "www.example.com A blue");
	free(a);
	free(b);
	json_decref(plain);
	json_decref(weighted);
}

static void test_record_matches_what_the_stack_writes(void **state)
{
	json_t *desired = json_pack("{s:s, s:s, s:{s:s, s:s}}", "name", "app.example.com",
				    "record_type", "A", "alias", "name", "www.example.com",
				    "zone_id", "Z1");
	json_t *want = route53_record_want(desired);
	json_t *have = json_pack("{s:s, s:s, s:{s:s, s:s, s:b}}", "name", "app.example.com",
				 "record_type", "A", "alias", "name", "www.example.com", "zone_id",
				 "Z1", "evaluate_target_health", 0);

	(void)state;
	/* evaluate_target_health's default is what the stack means unset */
	assert_true(route53_record_matches(have, want));
	json_object_set_new(have, "ttl", json_integer(60));
	assert_false(route53_record_matches(have, want));
	json_decref(desired);
	json_decref(want);
	json_decref(have);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_change_batch_in_the_schema_order),
		cmocka_unit_test(test_names_as_route53_answers_them),
		cmocka_unit_test(test_record_key_names_its_identity),
		cmocka_unit_test(test_record_matches_what_the_stack_writes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
