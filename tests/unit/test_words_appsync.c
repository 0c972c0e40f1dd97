/*
 * test_words_appsync.c: the words rows (AWS_SAYS, checks/words.c) of AWS
 * AppSync's awscc types (appsync/rules.c; the ledger
 * checks/words/appsync.words), the census's third scope, each through
 * aws_constraints_check: a resource it refuses, whose message names the
 * attribute, quotes AWS's sentence and names its document, and its passing
 * twin; every such row has a case here but those that cross a reference
 * (test_words_crossing.c's). And the written rule of a GraphQL API's
 * environment variables' keys (rule_appsync_environment_keys).
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

#define LAMBDA_ARN "arn:aws:lambda:us-east-1:123456789012:function:auth"
#define GQL(AUTH, MORE) "{'name': 'api', 'authentication_type': '" AUTH "'" MORE "}"
#define EXTRA(AUTH) "{'authentication_type': '" AUTH "', 'lambda_authorizer_config': " \
	"{'authorizer_uri': '" LAMBDA_ARN "'}}"
#define LAMBDA_CONFIG ", 'lambda_authorizer_config': {'authorizer_uri': '" LAMBDA_ARN "'}"
#define MODE(TYPE) "{'auth_type': '" TYPE "'}"
#define EVENT_API(PROVIDERS) "{'name': 'events', 'event_config': {'auth_providers': [" \
	PROVIDERS "], 'connection_auth_modes': [" MODE("API_KEY") "], " \
	"'default_publish_auth_modes': [" MODE("API_KEY") "], 'default_subscribe_auth_modes': [" \
	MODE("API_KEY") "]}}"
#define LAMBDA_PROVIDER "{'auth_type': 'AWS_LAMBDA', 'lambda_authorizer_config': " \
	"{'authorizer_uri': '" LAMBDA_ARN "'}}"
#define RUNTIME "'runtime': {'name': 'APPSYNC_JS', 'runtime_version': '1.0.0'}"
#define FN(MORE) "{'api_id': 'abc', 'data_source_name': 'ds', 'name': 'fn'" MORE "}"
#define RESOLVER(MORE) "{'api_id': 'abc', 'type_name': 'Query', 'field_name': 'get'" MORE "}"
#define CACHE(MORE) ", 'caching_config': {" MORE "}"
#define HTTP(URL) "{'api_id': 'abc', 'name': 'web', 'data_source_type': 'HTTP', 'http_config': " \
	"{'endpoint': '" URL "'}}"

/* Each row's refused resource and its passing twin (a visibility's update,
 * with the API as it is). */
static const struct words_case cases[] = {
	{ "appsync.one_lambda_authorizer", "awscc.appsync.graph_ql_api", "authentication_type",
	  GQL("AWS_LAMBDA", LAMBDA_CONFIG ", 'additional_authentication_providers': ["
	      EXTRA("AWS_LAMBDA") "]"), NULL,
	  GQL("AWS_LAMBDA", LAMBDA_CONFIG ", 'additional_authentication_providers': ["
	      EXTRA("AWS_IAM") "]"), NULL },
	{ "appsync.one_event_lambda_authorizer", "awscc.appsync.api",
	  "event_config.auth_providers",
	  EVENT_API(LAMBDA_PROVIDER ", " LAMBDA_PROVIDER ", " MODE("API_KEY")), NULL,
	  EVENT_API(LAMBDA_PROVIDER ", " MODE("API_KEY")), NULL },
	{ "appsync.visibility_kept", "awscc.appsync.graph_ql_api", "visibility",
	  GQL("API_KEY", ", 'visibility': 'PRIVATE'"), GQL("API_KEY", ", 'visibility': 'GLOBAL'"),
	  GQL("API_KEY", ", 'visibility': 'GLOBAL'"), GQL("API_KEY", ", 'visibility': 'GLOBAL'") },
	{ "appsync.code_runtime", "awscc.appsync.function_configuration", "runtime",
	  FN(", 'code': 'export function request(ctx) { return {}; }'"), NULL,
	  FN(", 'code': 'export function request(ctx) { return {}; }', " RUNTIME), NULL },
	{ "appsync.runtime_code", "awscc.appsync.resolver", "code",
	  RESOLVER(", 'kind': 'PIPELINE', " RUNTIME), NULL,
	  RESOLVER(", 'kind': 'PIPELINE', " RUNTIME ", 'code_s3_location': "
		   "'s3://bucket/resolver.js'"), NULL },
	{ "appsync.function_version_vtl", "awscc.appsync.function_configuration",
	  "function_version",
	  FN(", 'request_mapping_template': '{}', 'response_mapping_template': '{}'"), NULL,
	  FN(", 'request_mapping_template': '{}', 'response_mapping_template': '{}', "
	     "'function_version': '2018-05-29'"), NULL },
	{ "appsync.cache_ttl", "awscc.appsync.resolver", "caching_config.ttl",
	  RESOLVER(CACHE("'ttl': 3601")), NULL, RESOLVER(CACHE("'ttl': 3600")), NULL },
	{ "appsync.caching_keys_context", "awscc.appsync.resolver",
	  "caching_config.caching_keys[0]",
	  RESOLVER(CACHE("'ttl': 60, 'caching_keys': ['$context.request.headers.host']")), NULL,
	  RESOLVER(CACHE("'ttl': 60, 'caching_keys': ['$context.identity.sub', "
			 "'$context.arguments.id']")), NULL },
	{ "appsync.http_endpoint_scheme", "awscc.appsync.data_source", "http_config.endpoint",
	  HTTP("ftp://files.example.com"), NULL, HTTP("https://api.example.com"), NULL },
};

static const char *const services[] = { "appsync.", NULL };

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
					 "test_words_appsync.c");
}

/* A GraphQL API's environment variables' keys
 * (rule_appsync_environment_keys): a letter, then one or more letters,
 * numbers or '_'. */
static void test_appsync_environment_keys(void **state)
{
	static const char *const refused[] = {
		GQL("API_KEY", ", 'environment_variables': {'A': 'v'}"),
		GQL("API_KEY", ", 'environment_variables': {'_TABLE': 'v'}"),
		GQL("API_KEY", ", 'environment_variables': {'1TABLE': 'v'}"),
		GQL("API_KEY", ", 'environment_variables': {'TABLE-NAME': 'v'}") };
	static const char *const passing[] = {
		GQL("API_KEY", ", 'environment_variables': {'TABLE_NAME': 'v', 'Ab': 'w', "
		    "'a1': 'x'}"),
		GQL("API_KEY", "") };

	(void)state;
	for (size_t i = 0; i < sizeof(refused) / sizeof(*refused); i++) {
		struct strbuf err = STRBUF_INIT;
		if (!words_judge("awscc.appsync.graph_ql_api", refused[i], NULL, NULL, &err))
			fail_msg("accepted %s", refused[i]);
		if (!strstr(err.buf, "Keys must begin with a letter.") ||
		    !strstr(err.buf, "PutGraphqlApiEnvironmentVariables"))
			fail_msg("message \"%s\" lacks AWS's words", err.buf);
		strbuf_release(&err);
	}
	for (size_t i = 0; i < sizeof(passing) / sizeof(*passing); i++) {
		struct strbuf err = STRBUF_INIT;
		if (words_judge("awscc.appsync.graph_ql_api", passing[i], NULL, NULL, &err))
			fail_msg("refused %s: %s", passing[i], err.buf);
		strbuf_release(&err);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_row_and_its_twin),
		cmocka_unit_test(test_every_row_has_a_case),
		cmocka_unit_test(test_appsync_environment_keys),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
