/*
 * test_words_census22.c: the words rows (AWS_SAYS, checks/words.c) of the
 * census's third scope as the twenty-second census helper judged them
 * (rolesanywhere/rules.c, refactorspaces/rules.c, s3outposts/rules.c,
 * servicecatalog/rules.c; the ledgers checks/words/rolesanywhere.words,
 * migration-hub-refactor-spaces.words, s3outposts.words,
 * servicecatalog.words), each through aws_constraints_check: a resource it
 * refuses, whose message names the attribute, quotes AWS's sentence and
 * names its document, and its passing twin; every such row has a case here
 * (a row crossing a reference has its case in test_words_crossing.c:
 * s3outposts.endpoint_subnet_on_outpost). And the written rules
 * the ledgers name, each case with its twin: a Refactor Spaces service's
 * health URL against its URL, an application's default route and a
 * Service Catalog product and portfolio's constraints (across the stack).
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

/* A Roles Anywhere trust anchor of a certificate bundle whose notification
 * settings are SETTINGS. */
#define RA_ANCHOR(SETTINGS) "{'name': 'ta', 'source': {'source_type': 'CERTIFICATE_BUNDLE', " \
	"'source_data': {'x509_certificate_data': 'pem'}}, 'notification_settings': [" SETTINGS "]}"
#define RA_EXPIRY(ENABLED, MORE) "{'enabled': " ENABLED ", 'event': " \
	"'CA_CERTIFICATE_EXPIRY'" MORE "}"
/* A Refactor Spaces URL service at URL, its health URL HEALTH. */
#define RS_SERVICE(URL, HEALTH) "{'name': 'legacy', 'environment_identifier': 'env-0123456789', " \
	"'application_identifier': 'app-0123456789', 'endpoint_type': 'URL', 'url_endpoint': " \
	"{'url': '" URL "'" HEALTH "}}"
#define RS_HEALTH(URL) ", 'health_url': '" URL "'"
/* An S3 on Outposts endpoint with the rest MORE; a bucket of one lifecycle
 * rule filtering by AND_OPERATOR. */
#define SO_ENDPOINT(MORE) "{'outpost_id': 'op-0123456789abcdef0', 'security_group_id': " \
	"'sg-0123456789abcdef0', 'subnet_id': 'subnet-0123456789abcdef0'" MORE "}"
#define SO_BUCKET(AND_OPERATOR) "{'bucket_name': 'logs-1', 'outpost_id': " \
	"'op-0123456789abcdef0', 'lifecycle_configuration': {'rules': [{'status': 'Enabled', " \
	"'expiration_in_days': 30, 'filter': {'and_operator': " AND_OPERATOR "}}]}}"
#define SO_TAG(K) "{'key': '" K "', 'value': 'v'}"
/* A Service Catalog product of one provisioning artifact ARTIFACT, the rest
 * MORE. */
#define SC_PRODUCT(ARTIFACT, MORE) "{'name': 'reports', 'owner': 'data', " \
	"'provisioning_artifact_parameters': [" ARTIFACT "]" MORE "}"
#define SC_URL "'load_template_from_url': 'https://s3.amazonaws.com/templates/reports.json'"
#define SC_STACK "'import_from_physical_id': " \
	"'arn:aws:cloudformation:us-east-1:123456789012:stack/reports/1'"
#define SC_CODESTAR(TYPE) ", 'source_connection': {'type': '" TYPE "', " \
	"'connection_parameters': {'code_star': {'artifact_path': 'reports.json', 'branch': " \
	"'main', 'repository': 'data/reports', 'connection_arn': " \
	"'arn:aws:codestar-connections:us-east-1:123456789012:connection/1'}}}"
/* A stack's constraint NAME of TYPE ("launch_role" or "stack_set") on
 * product PRODUCT of portfolio port. */
#define SC_CONSTRAINT(NAME, TYPE, PRODUCT) "'" NAME "': {'type': 'awscc.servicecatalog." TYPE \
	"_constraint', 'portfolio_id': '${port.id}', 'product_id': '" PRODUCT "', " \
	"'local_role_name': 'Launch', 'description': 'd', 'stack_instance_control': 'ALLOWED', " \
	"'region_list': ['us-east-1'], 'admin_role': 'arn:aws:iam::123456789012:role/Admin', " \
	"'account_list': ['123456789012'], 'execution_role': 'Exec'}"
/* A stack's Refactor Spaces application and ROUTES of it. */
#define RS_APP "'app': {'type': 'awscc.refactorspaces.application', 'name': 'app', " \
	"'environment_identifier': 'env-0123456789', 'proxy_type': 'API_GATEWAY', " \
	"'vpc_id': 'vpc-0123456789abcdef0'}"
#define RS_ROUTE(NAME, TYPE, APP) "'" NAME "': {'type': 'awscc.refactorspaces.route', " \
	"'environment_identifier': 'env-0123456789', 'application_identifier': '" APP "', " \
	"'service_identifier': 'svc-0123456789', 'route_type': '" TYPE "'}"

static const struct words_case cases[] = {
	{ "rolesanywhere.enabled_notification_threshold", "awscc.rolesanywhere.trust_anchor",
	  "notification_settings[1].threshold",
	  RA_ANCHOR(RA_EXPIRY("false", "") ", " RA_EXPIRY("true", ", 'channel': 'ALL'")), NULL,
	  RA_ANCHOR(RA_EXPIRY("false", "") ", " RA_EXPIRY("true", ", 'threshold': 45")), NULL },
	{ "refactorspaces.https_host_tld_delegated", "awscc.refactorspaces.service",
	  "url_endpoint.url", RS_SERVICE("https://orders.corp/api", ""), NULL,
	  RS_SERVICE("https://orders.example.com/api", ""), NULL },
	{ "s3outposts.customer_owned_ip_pool", "awscc.s3outposts.endpoint",
	  "customer_owned_ipv4_pool", SO_ENDPOINT(", 'access_type': 'CustomerOwnedIp'"), NULL,
	  SO_ENDPOINT(", 'access_type': 'CustomerOwnedIp', 'customer_owned_ipv4_pool': "
		      "'ipv4pool-coip-0123456789abcdef0'"), NULL },
	{ "s3outposts.and_operator_tags", "awscc.s3outposts.bucket",
	  "lifecycle_configuration.rules[0].filter.and_operator.tags",
	  SO_BUCKET("{'tags': [" SO_TAG("a") "]}"), NULL,
	  SO_BUCKET("{'tags': [" SO_TAG("a") ", " SO_TAG("b") "]}"), NULL },
	{ "s3outposts.and_operator_tags", "awscc.s3outposts.bucket",
	  "lifecycle_configuration.rules[0].filter.and_operator.tags",
	  SO_BUCKET("{'tags': [" SO_TAG("a") "]}"), NULL,
	  SO_BUCKET("{'prefix': 'logs/', 'tags': [" SO_TAG("a") "]}"), NULL },
	{ "servicecatalog.one_template_source", "awscc.servicecatalog.cloudformation_product",
	  "provisioning_artifact_parameters[0].info.import_from_physical_id",
	  SC_PRODUCT("{'info': {" SC_URL ", " SC_STACK "}}", ""), NULL,
	  SC_PRODUCT("{'info': {" SC_STACK "}}", ""), NULL },
	{ "servicecatalog.one_template_source", "awscc.servicecatalog.cloudformation_product",
	  "provisioning_artifact_parameters[0].info.load_template_from_url",
	  SC_PRODUCT("{'info': {}}", ""), NULL,
	  SC_PRODUCT("{'info': {}}", SC_CODESTAR("CODESTAR")), NULL },
	{ "servicecatalog.source_connection_codestar", "awscc.servicecatalog.cloudformation_product",
	  "source_connection.type", SC_PRODUCT("{'info': {" SC_URL "}}", SC_CODESTAR("GITHUB")),
	  NULL, SC_PRODUCT("{'info': {" SC_URL "}}", SC_CODESTAR("CODESTAR")), NULL },
	{ "servicecatalog.artifact_type_values", "awscc.servicecatalog.cloudformation_product",
	  "provisioning_artifact_parameters[0].type",
	  SC_PRODUCT("{'info': {" SC_URL "}, 'type': 'TERRAFORM'}", ""), NULL,
	  SC_PRODUCT("{'info': {" SC_URL "}, 'type': 'TERRAFORM_OPEN_SOURCE'}", ""), NULL },
};

/* The written rule's refused services and their passing twins. */
static const struct {
	const char *refused, *at, *words, *passing;
} written[] = {
	{ RS_SERVICE("http://10.0.1.5:8080/api", RS_HEALTH("http://10.0.1.6:8080/health")),
	  "url_endpoint.health_url: ", "and the host must be the same as the URL.",
	  RS_SERVICE("http://10.0.1.5:8080/api", RS_HEALTH("http://10.0.1.5:8081/health")) },
	{ RS_SERVICE("http://203.0.113.7/api", RS_HEALTH("http://192.168.1.7/health")),
	  "url_endpoint.health_url: ", "the HealthUrl must also be a public endpoint.",
	  RS_SERVICE("http://203.0.113.7/api", RS_HEALTH("http://health.example.com/health")) },
};

static const char *const services[] = { "rolesanywhere.", "refactorspaces.", "s3outposts.",
					"servicecatalog.", NULL };

/* The written rule refuses its case, naming the attribute and quoting AWS;
 * its twin passes. */
static void test_written_rules(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(written) / sizeof(*written); i++) {
		struct strbuf err = STRBUF_INIT;
		const char *attr = NULL;

		if (!words_judge("awscc.refactorspaces.service", written[i].refused, NULL, &attr, &err))
			fail_msg("written case %zu: accepted %s", i, written[i].refused);
		if (strncmp(err.buf, written[i].at, strlen(written[i].at)) ||
		    !strstr(err.buf, written[i].words))
			fail_msg("written case %zu: message \"%s\"", i, err.buf);
		strbuf_reset(&err);
		if (words_judge("awscc.refactorspaces.service", written[i].passing, NULL, &attr, &err))
			fail_msg("written case %zu: refused its twin: %s", i, err.buf);
		strbuf_release(&err);
	}
}

/* A URI_PATH route of an application the stack makes needs a DEFAULT route
 * of it in the stack; an application named by a literal id is the
 * account's, which may have its default route. */
static void test_refactorspaces_default_route(void **state)
{
	(void)state;
	const char *words = "2 route_type: a URI_PATH route of application app, which the stack "
			    "makes with no DEFAULT route: AWS says \"Applications must have a "
			    "default route before any other routes can be created.\"";
	const char *lone = "{" RS_APP ", " RS_ROUTE("dflt", "DEFAULT", "app-0123456789") ", "
			   RS_ROUTE("orders", "URI_PATH", "${app.application_identifier}") "}";
	const char *both = "{" RS_APP ", " RS_ROUTE("dflt", "DEFAULT",
						     "${app.application_identifier}") ", "
			   RS_ROUTE("orders", "URI_PATH", "${app.application_identifier}") "}";
	const char *theirs = "{" RS_APP ", " RS_ROUTE("orders", "URI_PATH", "app-0123456789") "}";

	assert_true(words_says(words_across_stack(lone, NULL), words));
	assert_false(words_says(words_across_stack(both, NULL), "URI_PATH"));
	assert_false(words_says(words_across_stack(theirs, NULL), "URI_PATH"));
}

/* Two constraints of the stack on one product and portfolio: two LAUNCH,
 * two STACKSET, or one of each are refused (the second); on two products,
 * neither is. */
static void test_servicecatalog_constraints(void **state)
{
	(void)state;
#define SC_STACK_OF(A, B) "{'port': {'type': 'awscc.servicecatalog.portfolio', " \
	"'display_name': 'p', 'provider_name': 'data'}, " A ", " B "}"
	assert_true(words_says(words_across_stack(SC_STACK_OF(
		SC_CONSTRAINT("a", "launch_role", "prod-abcdefghijklm"),
		SC_CONSTRAINT("b", "launch_role", "prod-abcdefghijklm")), NULL),
		"2 product_id: a LAUNCH constraint on the product and portfolio of a, a LAUNCH "
		"constraint: AWS says \"You also cannot have more than one LAUNCH constraint"));
	assert_true(words_says(words_across_stack(SC_STACK_OF(
		SC_CONSTRAINT("a", "stack_set", "prod-abcdefghijklm"),
		SC_CONSTRAINT("b", "stack_set", "prod-abcdefghijklm")), NULL),
		"more than one STACKSET constraint on a product and portfolio."));
	assert_true(words_says(words_across_stack(SC_STACK_OF(
		SC_CONSTRAINT("a", "launch_role", "prod-abcdefghijklm"),
		SC_CONSTRAINT("b", "stack_set", "prod-abcdefghijklm")), NULL),
		"You cannot have both a LAUNCH and a STACKSET constraint."));
	assert_false(words_says(words_across_stack(SC_STACK_OF(
		SC_CONSTRAINT("a", "launch_role", "prod-abcdefghijklm"),
		SC_CONSTRAINT("b", "launch_role", "prod-bcdefghijklmn")), NULL), "constraint"));
#undef SC_STACK_OF
}

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
					 "test_words_census22.c");
}

int main(void)
{
	setenv("AWS_REGION", "us-east-1", 1);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_row_and_its_twin),
		cmocka_unit_test(test_every_row_has_a_case),
		cmocka_unit_test(test_written_rules),
		cmocka_unit_test(test_refactorspaces_default_route),
		cmocka_unit_test(test_servicecatalog_constraints),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
