/*
 * test_words_awscc_only.c: the words rows (AWS_SAYS, checks/words.c) on the
 * awscc types of the services terrace's own code does not call, the
 * census's third scope (cloudcontrol/rules.c; the ledgers
 * checks/words/apigateway.words, connect.words), each through
 * aws_constraints_check: a resource it refuses, whose message names the
 * attribute, quotes AWS's sentence and names its document, and its passing
 * twin; every such row has a case here. And what the rows leave alone: a
 * value not known yet, API Gateway's other request id in an access log's
 * format, the root and every resource as a method setting's path.
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

#define STAGE(MORE) "{'rest_api_id': 'a1b2c3d4e5', 'stage_name': 'prod', " MORE "}"
#define DEPLOYMENT(MORE) "{'rest_api_id': 'a1b2c3d4e5', " MORE "}"
#define FIREHOSE "arn:aws:firehose:us-east-1:123456789012:deliverystream/"
#define LOG_FORMAT(F) "'access_log_setting': {'destination_arn': " \
	"'arn:aws:logs:us-east-1:123456789012:log-group:api', 'format': '" F "'}"

static const struct words_case cases[] = {
	{ "apigateway.cfn_stage_description_needs_stage_name", "awscc.apigateway.deployment",
	  "stage_name", DEPLOYMENT("'stage_description': {'description': 'v2'}"), NULL,
	  DEPLOYMENT("'stage_description': {'description': 'v2'}, 'stage_name': 'prod'"), NULL },
	{ "apigateway.cfn_rest_api_mode", "awscc.apigateway.rest_api", "mode",
	  "{'name': 'orders', 'body': {'openapi': '3.0.1'}, 'mode': 'replace'}", NULL,
	  "{'name': 'orders', 'body': {'openapi': '3.0.1'}, 'mode': 'merge'}", NULL },
	{ "apigateway.cfn_rest_api_name_without_openapi", "awscc.apigateway.rest_api", "name",
	  "{'description': 'orders API'}", NULL,
	  "{'body_s3_location': {'bucket': 'specs', 'key': 'orders.yaml'}}", NULL },
	{ "apigateway.cfn_method_setting_path_and_method", "awscc.apigateway.stage",
	  "method_settings[1].http_method",
	  STAGE("'method_settings': [{'resource_path': '/*', 'http_method': '*', "
		"'metrics_enabled': true}, {'resource_path': '/~1orders', "
		"'throttling_rate_limit': 10}]"), NULL,
	  STAGE("'method_settings': [{'resource_path': '/*', 'http_method': '*', "
		"'metrics_enabled': true}, {'resource_path': '/~1orders', 'http_method': 'GET', "
		"'throttling_rate_limit': 10}]"), NULL },
	{ "apigateway.cfn_stage_method_path_encoded", "awscc.apigateway.stage",
	  "method_settings[0].resource_path",
	  STAGE("'method_settings': [{'resource_path': '/orders/items', 'http_method': 'GET'}]"),
	  NULL,
	  STAGE("'method_settings': [{'resource_path': '/~1orders~1items', 'http_method': 'GET'}]"),
	  NULL },
	{ "apigateway.cfn_deployment_method_path_encoded", "awscc.apigateway.deployment",
	  "stage_description.method_settings[0].resource_path",
	  DEPLOYMENT("'stage_name': 'prod', 'stage_description': {'method_settings': "
		     "[{'resource_path': '/orders/items', 'http_method': 'GET'}]}"), NULL,
	  DEPLOYMENT("'stage_name': 'prod', 'stage_description': {'method_settings': "
		     "[{'resource_path': '/~1orders~1items', 'http_method': 'GET'}]}"), NULL },
	{ "apigateway.cfn_firehose_log_stream_prefix", "awscc.apigateway.stage",
	  "access_log_setting.destination_arn",
	  STAGE("'access_log_setting': {'destination_arn': '" FIREHOSE "api-logs', "
		"'format': '$context.requestId'}"), NULL,
	  STAGE("'access_log_setting': {'destination_arn': '" FIREHOSE "amazon-apigateway-logs', "
		"'format': '$context.requestId'}"), NULL },
	{ "apigateway.cfn_access_log_format_request_id", "awscc.apigateway.stage",
	  "access_log_setting.format", STAGE(LOG_FORMAT("$context.identity.sourceIp $context.status")),
	  NULL, STAGE(LOG_FORMAT("$context.requestId $context.status")), NULL },
};

static const char *const services[] = { "apigateway.", "connect.", NULL };

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
					 "test_words_awscc_only.c");
}

/* What the rows leave alone: API Gateway's extended request id in a log
 * format (its guide takes either), the root and every resource as a
 * method setting's path, a log group as the destination, a stream's ARN
 * not known yet, a REST API named by its OpenAPI definition. */
static void test_what_passes(void **state)
{
	static const char *const passing[][2] = {
		{ "awscc.apigateway.stage", STAGE(LOG_FORMAT("$context.extendedRequestId")) },
		{ "awscc.apigateway.stage",
		  STAGE("'method_settings': [{'resource_path': '/', 'http_method': 'GET'}, "
			"{'resource_path': '/*', 'http_method': '*'}]") },
		{ "awscc.apigateway.stage",
		  STAGE("'access_log_setting': {'destination_arn': {'$unknown': 'set'}, "
			"'format': '$context.requestId'}") },
		{ "awscc.apigateway.rest_api", "{'body': {'openapi': '3.0.1'}}" },
		{ "awscc.apigateway.deployment", DEPLOYMENT("'description': 'v2'") },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(passing) / sizeof(*passing); i++) {
		struct strbuf err = STRBUF_INIT;
		if (words_judge(passing[i][0], passing[i][1], NULL, NULL, &err))
			fail_msg("%s refused %s: %s", passing[i][0], passing[i][1], err.buf);
		strbuf_release(&err);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_row_and_its_twin),
		cmocka_unit_test(test_every_row_has_a_case),
		cmocka_unit_test(test_what_passes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
