/*
 * apigateway/rules.c: API Gateway's
 * rows of the one table of checks (checks/row.h) on the awscc types of
 * a service terrace's own code does not call (its objects are made
 * through Cloud Control alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE), and the written
 * rules they need; a usage plan's quota period, the API model's enum.
 * Its ledger: checks/words/apigateway.words.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "provider/aws/checks/rules.h"
#include "provider/provider.h"

#define APIGW "CloudFormation registry: AWS::ApiGateway::"
/* A usage plan's quota period: botocore's apigateway model, QuotaSettings
 * period (QuotaPeriodType's enum), which the registry's QuotaSettings.Period
 * leaves a bare string. Its handlers name no operation (apigateway:POST),
 * so the census holds none of the API's sentences: a written row, quoting
 * the model's. */
WORDS(apigw_quota_periods, "DAY", "WEEK", "MONTH");
#define APIGW_QUOTA_PERIOD "apigateway CreateUsagePlan quota.period (QuotaPeriodType): AWS " \
	"says \"The time period in which the limit applies. Valid values are \"DAY\", \"WEEK\" " \
	"or \"MONTH\".\""
/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_apigateway[] = {
	/* API Gateway (apigateway.words): its handlers' permissions name HTTP
	 * methods (apigateway:POST), no operation, so its sentences are the
	 * registry's. */
	ONE_OF("awscc.apigateway.usage_plan", "quota.period", apigw_quota_periods,
	       APIGW_QUOTA_PERIOD),
	AWS_SAYS("apigateway.cfn_stage_description_needs_stage_name", "awscc.apigateway.deployment",
		 AWS_CALL_ANY, WHEN(SET("stage_description")), THEN(SET("stage_name")),
		 "To specify a stage description, you must also provide a stage name.",
		 APIGW "Deployment StageDescription"),
	AWS_SAYS("apigateway.cfn_rest_api_mode", "awscc.apigateway.rest_api", AWS_CALL_ANY, ALWAYS,
		 THEN(IS("mode", "overwrite", "merge")),
		 "Valid values are ``overwrite`` or ``merge``.", APIGW "RestApi Mode"),
	/* CreateRestApi's name, unless ImportRestApi takes the definition's title */
	AWS_SAYS("apigateway.cfn_rest_api_name_without_openapi", "awscc.apigateway.rest_api",
		 AWS_CALL_CREATE, WHEN(UNSET("body"), UNSET("body_s3_location")),
		 THEN(SET("name")),
		 "A name is required if the REST API is not based on an OpenAPI specification.",
		 APIGW "RestApi Name"),
	AWS_SAYS("apigateway.cfn_method_setting_path_and_method", "awscc.apigateway.stage",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("method_settings", ALWAYS,
			   THEN(SET("http_method"), SET("resource_path")))),
		 "This parameter is required when you specify a ``MethodSetting``.",
		 APIGW "Stage MethodSetting.HttpMethod"),
	/* A method setting's path is the setting's patch path's head
	 * (/{resource_path}/{http_method}/...): a slash after the first, not
	 * encoded, splits it. "/" (the root) and "/" followed by a star (every resource) have
	 * none. */
	AWS_SAYS("apigateway.cfn_stage_method_path_encoded", "awscc.apigateway.stage",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("method_settings", ALWAYS, THEN(NOT_MATCHES("resource_path", "^/.*/")))),
		 "For example, the path value ``/resource/subresource`` must be encoded as "
		 "``/~1resource~1subresource``.", APIGW "Stage MethodSetting.ResourcePath"),
	AWS_SAYS("apigateway.cfn_deployment_method_path_encoded", "awscc.apigateway.deployment",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("stage_description.method_settings", ALWAYS,
			   THEN(NOT_MATCHES("resource_path", "^/.*/")))),
		 "For example, the path value ``/resource/subresource`` must be encoded as "
		 "``/~1resource~1subresource``.", APIGW "Deployment MethodSetting.ResourcePath"),
	AWS_SAYS("apigateway.cfn_firehose_log_stream_prefix", "awscc.apigateway.stage",
		 AWS_CALL_ANY,
		 WHEN(MATCHES("access_log_setting.destination_arn", "^arn:[^:]+:firehose:")),
		 THEN(MATCHES("access_log_setting.destination_arn",
			      ":deliverystream/amazon-apigateway-")),
		 "If you specify a Kinesis Data Firehose delivery stream, the stream name must "
		 "begin with ``amazon-apigateway-``.", APIGW "Stage AccessLogSetting.DestinationArn"),
	/* API Gateway's guide takes $context.extendedRequestId as well ("The log
	 * format must include $context.requestId or $context.extendedRequestId"):
	 * either passes. */
	AWS_SAYS("apigateway.cfn_access_log_format_request_id", "awscc.apigateway.stage",
		 AWS_CALL_ANY, WHEN(SET("access_log_setting.format")),
		 THEN(MATCHES("access_log_setting.format", "\\$context\\.(requestId|extendedRequestId)")),
		 "The format must include at least ``$context.requestId``.",
		 APIGW "Stage AccessLogSetting.Format"),

	{ NULL },
};
