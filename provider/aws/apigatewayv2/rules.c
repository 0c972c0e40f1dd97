/*
 * apigatewayv2/rules.c: API Gateway's HTTP and WebSocket APIs' (API
 * Gateway V2) rows of the one table of checks (checks/row.h) on the awscc
 * types of a service terrace's own code does not call (its objects are
 * made through Cloud Control alone): AWS's words of the census's third
 * scope (checks/words/gen_words.py, sentences.py's THIRD_SCOPE), and the
 * written rule they need, and the check across the stack of its routing
 * rules' priorities.
 * Its ledger: checks/words/apigatewayv2.words.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "provider/aws/checks/rules.h"
#include "provider/provider.h"

#define APIGW2 "CloudFormation registry: AWS::ApiGatewayV2::"
#define RESPONSE_PARAMETERS "apigatewayv2 CreateIntegrationResponse ResponseParameters"

/* A WebSocket integration response's response parameters: each key a method
 * response header (method.response.header.{name}), each value not in single
 * quotes (a static value) an integration response's header or body (the
 * whole body too, integration.response.body). apigatewayv2.words: a map's
 * keys and values, which the rows' conditions do not walk. A key or value
 * not known yet passes. */
int rule_apigatewayv2_response_parameters(const json_t *v, const json_t *r, struct strbuf *err)
{
	static const char key_prefix[] = "method.response.header.";
	json_t *parsed;
	const char *key, *text;
	const json_t *mapped;
	int rc = 0;

	(void)r;
	v = aws_doc_json(v, &parsed);
	if (!json_is_object(v) || value_is_unknown(v)) {
		json_decref(parsed);
		return 0;
	}
	json_object_foreach((json_t *)v, key, mapped) {
		if (value_key_not_known(key))
			continue;
		if (strncmp(key, key_prefix, strlen(key_prefix)) || !key[strlen(key_prefix)]) {
			strbuf_addf(err, "key \"%s\" is no method response header: AWS says \"The "
				    "mapping key must match the pattern of method.response.header.{name}, "
				    "where {name} is a valid and unique header name.\" (%s)",
				    key, RESPONSE_PARAMETERS);
			rc = -1;
			break;
		}
		text = value_known_string(mapped);
		if (!text || text[0] == '\'' || !strncmp(text, "integration.response.header.", 28) ||
		    (!strncmp(text, "integration.response.body", 25) && strchr(".", text[25])))
			continue;
		strbuf_addf(err, "%s: \"%s\" is neither a static value in single quotes nor an "
			    "integration response's header or body: AWS says \"The mapped non-static "
			    "value must match the pattern of integration.response.header.{name} or "
			    "integration.response.body.{JSON-expression}\" (%s)",
			    key, text, RESPONSE_PARAMETERS);
		rc = -1;
		break;
	}
	json_decref(parsed);
	return rc;
}

/* Two routing rules of the stack on one domain name (its domain_name_arn
 * written alike) with one priority (aws_check_one_per_parent); the domain
 * name's rules made outside the stack are its own at the call. */
static void check_apigatewayv2_routing_priorities(const struct written_resource *rs, size_t n,
						  check_report_fn report, void *ctx)
{
	static const struct aws_one_per_parent u = {
		"AWS::ApiGatewayV2::RoutingRule", "domain_name_arn", "priority", "routing rule",
		"domain name", "Rules can't have the same priority.",
		APIGW2 "RoutingRule Priority" };

	aws_check_one_per_parent(rs, n, &u, report, ctx);
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. Its handlers' permissions name HTTP methods (apigateway:POST),
 * save the routing rule's (CreateRoutingRule), so its sentences are the
 * registry's. A path "api_id->protocol_type" reads the protocol of the API
 * the resource names (checks/words.c's crossing). */
const struct aws_check_row aws_rules_apigatewayv2[] = {
	ACROSS_ROW("awscc.apigatewayv2.routing_rule", check_apigatewayv2_routing_priorities,
		   APIGW2 "RoutingRule Priority (the stack's rules on one domain name)"),
	AWS_SAYS("apigatewayv2.cfn_api_protocol_type", "awscc.apigatewayv2.api", AWS_CALL_ANY,
		 ALWAYS, THEN(IS("protocol_type", "WEBSOCKET", "HTTP")),
		 "Valid values are ``WEBSOCKET`` or ``HTTP``.", APIGW2 "Api ProtocolType"),
	AWS_SAYS("apigatewayv2.cfn_api_base_path", "awscc.apigatewayv2.api", AWS_CALL_ANY,
		 ALWAYS, THEN(IS("base_path", "ignore", "prepend", "split")),
		 "Valid values are ``ignore``, ``prepend``, and ``split``.", APIGW2 "Api BasePath"),
	AWS_SAYS("apigatewayv2.cfn_api_body_s3_location", "awscc.apigatewayv2.api", AWS_CALL_ANY,
		 WHEN(SET("body_s3_location")),
		 THEN(SET("body_s3_location.bucket"), SET("body_s3_location.key")),
		 "Required if you specify a ``BodyS3Location`` for an API.",
		 APIGW2 "Api BodyS3Location.Bucket, Key"),
	/* the protocol is create-only: a WebSocket API without one was never made */
	AWS_SAYS("apigatewayv2.cfn_websocket_route_selection", "awscc.apigatewayv2.api",
		 AWS_CALL_CREATE, WHEN(IS("protocol_type", "WEBSOCKET")),
		 THEN(SET("route_selection_expression")),
		 "This property is required for WebSocket APIs.",
		 APIGW2 "Api RouteSelectionExpression"),
	/* the expression written as a stack writes it ($${request.method}) is
	 * a value not known yet to the checks, and passes */
	AWS_SAYS("apigatewayv2.cfn_http_route_selection", "awscc.apigatewayv2.api", AWS_CALL_ANY,
		 WHEN(IS("protocol_type", "HTTP")),
		 THEN(IS("route_selection_expression", "${request.method} ${request.path}")),
		 "For HTTP APIs, the ``routeSelectionExpression`` must be "
		 "``${request.method} ${request.path}``.", APIGW2 "Api RouteSelectionExpression"),
	AWS_SAYS("apigatewayv2.cfn_request_authorizer_lambda_uri", "awscc.apigatewayv2.authorizer",
		 AWS_CALL_ANY, WHEN(IS("authorizer_type", "REQUEST")),
		 THEN(MATCHES("authorizer_uri", "^arn:[^:]+:apigateway:[^:]+:lambda:path/")),
		 "For ``REQUEST`` authorizers, this must be a well-formed Lambda function URI, for "
		 "example, ``arn:aws:apigateway:us-west-2:lambda:path/2015-03-31/functions/"
		 "arn:aws:lambda:us-west-2:{account_id}:function:{lambda_function_name}/"
		 "invocations``.", APIGW2 "Authorizer AuthorizerUri"),
	AWS_SAYS("apigatewayv2.cfn_jwt_authorizer_configuration", "awscc.apigatewayv2.authorizer",
		 AWS_CALL_ANY, WHEN(IS("authorizer_type", "JWT")),
		 THEN(SET("jwt_configuration.audience"), SET("jwt_configuration.issuer")),
		 "Required for the ``JWT`` authorizer type.",
		 APIGW2 "Authorizer JwtConfiguration, JWTConfiguration.Audience, Issuer"),
	AWS_SAYS("apigatewayv2.cfn_http_lambda_authorizer_payload_version",
		 "awscc.apigatewayv2.authorizer", AWS_CALL_ANY,
		 WHEN(IS("authorizer_type", "REQUEST"), IS("api_id->protocol_type", "HTTP")),
		 THEN(SET("authorizer_payload_format_version")),
		 "Required for HTTP API Lambda authorizers.",
		 APIGW2 "Authorizer AuthorizerPayloadFormatVersion"),
	AWS_SAYS("apigatewayv2.cfn_authorizer_result_ttl", "awscc.apigatewayv2.authorizer",
		 AWS_CALL_ANY, ALWAYS, THEN(IN("authorizer_result_ttl_in_seconds", 0, 3600)),
		 "The maximum value is 3600, or 1 hour.",
		 APIGW2 "Authorizer AuthorizerResultTtlInSeconds"),
	AWS_SAYS("apigatewayv2.cfn_domain_name_lowercase", "awscc.apigatewayv2.domain_name",
		 AWS_CALL_ANY, ALWAYS, THEN(NOT_MATCHES("domain_name", "[A-Z_]")),
		 "Uppercase letters and the underscore (``_``) character are not supported.",
		 APIGW2 "DomainName DomainName"),
	AWS_SAYS("apigatewayv2.cfn_domain_certificate_acm", "awscc.apigatewayv2.domain_name",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("domain_name_configurations", ALWAYS,
			   THEN(MATCHES("certificate_arn", "^arn:[^:]+:acm:")))),
		 "AWS Certificate Manager is the only supported source.",
		 APIGW2 "DomainName DomainNameConfiguration.CertificateArn"),
	AWS_SAYS("apigatewayv2.cfn_domain_security_policy", "awscc.apigatewayv2.domain_name",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("domain_name_configurations", ALWAYS,
			   THEN(IS("security_policy", "TLS_1_0", "TLS_1_2")))),
		 "The valid values are ``TLS_1_0`` and ``TLS_1_2``.",
		 APIGW2 "DomainName DomainNameConfiguration.SecurityPolicy"),
	/* a private CA's certificate: one the stack makes naming a certificate
	 * authority (an imported certificate is no resource of a stack) */
	AWS_SAYS("apigatewayv2.cfn_domain_ownership_verification", "awscc.apigatewayv2.domain_name",
		 AWS_CALL_ANY, WHEN(SET("mutual_tls_authentication.truststore_uri")),
		 THEN(EACH("domain_name_configurations",
			   WHEN(SET("certificate_arn->certificate_authority_arn")),
			   THEN(SET("ownership_verification_certificate_arn")))),
		 "It's required only if you configure mutual TLS and use either an ACM-imported or a "
		 "private CA certificate ARN as the regionalCertificateArn.",
		 APIGW2 "DomainName DomainNameConfiguration.OwnershipVerificationCertificateArn"),
	AWS_SAYS("apigatewayv2.cfn_integration_passthrough", "awscc.apigatewayv2.integration",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(IS("passthrough_behavior", "WHEN_NO_MATCH", "WHEN_NO_TEMPLATES", "NEVER")),
		 "There are three valid values: WHEN_NO_MATCH, WHEN_NO_TEMPLATES, and NEVER.",
		 APIGW2 "Integration PassthroughBehavior"),
	AWS_SAYS("apigatewayv2.cfn_http_integration_payload_version",
		 "awscc.apigatewayv2.integration", AWS_CALL_ANY,
		 WHEN(IS("api_id->protocol_type", "HTTP")), THEN(SET("payload_format_version")),
		 "Required for HTTP APIs.", APIGW2 "Integration PayloadFormatVersion"),
	/* a Lambda proxy integration: AWS_PROXY without a subtype (a subtype
	 * names another service's action) */
	AWS_SAYS("apigatewayv2.cfn_lambda_proxy_payload_versions", "awscc.apigatewayv2.integration",
		 AWS_CALL_ANY, WHEN(IS("integration_type", "AWS_PROXY"), UNSET("integration_subtype")),
		 THEN(IS("payload_format_version", "1.0", "2.0")),
		 "For HTTP APIs, supported values for Lambda proxy integrations are 1.0 and 2.0 For "
		 "all other integrations, 1.0 is the only supported value.",
		 APIGW2 "Integration PayloadFormatVersion"),
	AWS_SAYS("apigatewayv2.cfn_other_integration_payload_1_0", "awscc.apigatewayv2.integration",
		 AWS_CALL_ANY,
		 WHEN(ANY_OF(IS_NOT("integration_type", "AWS_PROXY"), SET("integration_subtype"))),
		 THEN(IS("payload_format_version", "1.0")),
		 "For HTTP APIs, supported values for Lambda proxy integrations are 1.0 and 2.0 For "
		 "all other integrations, 1.0 is the only supported value.",
		 APIGW2 "Integration PayloadFormatVersion"),
	RULE("awscc.apigatewayv2.integration_response", "response_parameters",
	     rule_apigatewayv2_response_parameters, RESPONSE_PARAMETERS),
	AWS_SAYS("apigatewayv2.cfn_route_authorization_type", "awscc.apigatewayv2.route",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(IS("authorization_type", "NONE", "JWT", "AWS_IAM", "CUSTOM")),
		 "For HTTP APIs, valid values are ``NONE`` for open access, ``JWT`` for using JSON "
		 "Web Tokens, ``AWS_IAM`` for using AWS IAM permissions, and ``CUSTOM`` for using a "
		 "Lambda authorizer.", APIGW2 "Route AuthorizationType"),
	AWS_SAYS("apigatewayv2.cfn_websocket_route_authorization_type", "awscc.apigatewayv2.route",
		 AWS_CALL_ANY, WHEN(IS("api_id->protocol_type", "WEBSOCKET")),
		 THEN(IS("authorization_type", "NONE", "AWS_IAM", "CUSTOM")),
		 "For WebSocket APIs, valid values are ``NONE`` for open access, ``AWS_IAM`` for "
		 "using AWS IAM permissions, and ``CUSTOM`` for using a Lambda authorizer.",
		 APIGW2 "Route AuthorizationType"),
	/* a method's name (any case) and a path from "/" */
	AWS_SAYS("apigatewayv2.cfn_http_route_key", "awscc.apigatewayv2.route", AWS_CALL_ANY,
		 WHEN(IS("api_id->protocol_type", "HTTP")),
		 THEN(MATCHES("route_key", "^(\\$default|[A-Za-z]+ /.*)$")),
		 "For HTTP APIs, the route key can be either ``$default``, or a combination of an "
		 "HTTP method and resource path, for example, ``GET /pets``.",
		 APIGW2 "Route RouteKey"),
	/* a star first, last or both (*prefix-match, suffix-match*, *infix*) */
	AWS_SAYS("apigatewayv2.cfn_header_glob_wildcard", "awscc.apigatewayv2.routing_rule",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("conditions", ALWAYS,
			   THEN(EACH("match_headers.any_of", ALWAYS,
				     THEN(MATCHES("value_glob", "^\\*?[^*]*\\*?$")))))),
		 "Wildcard matching is supported for header glob values but must be for "
		 "``*prefix-match``, ``suffix-match*``, or ``*infix*-match``.",
		 APIGW2 "RoutingRule MatchHeaderValue.ValueGlob"),
	AWS_SAYS("apigatewayv2.cfn_header_glob_chars", "awscc.apigatewayv2.routing_rule",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("conditions", ALWAYS,
			   THEN(EACH("match_headers.any_of", ALWAYS,
				     THEN(LEN_IN("value_glob", 0, 127),
					  MATCHES("value_glob",
						  "^[A-Za-z0-9*?!#$%&'.^_`|~-]*$")))))),
		 "The header glob value must be less than 128 characters and the only allowed "
		 "characters are ``a-z``, ``A-Z``, ``0-9``, and the following special characters: "
		 "``*?-!#$%&'.^_`|~``.", APIGW2 "RoutingRule MatchHeaderValue.ValueGlob"),
	AWS_SAYS("apigatewayv2.cfn_stage_name_length", "awscc.apigatewayv2.stage", AWS_CALL_ANY,
		 ALWAYS, THEN(LEN_IN("stage_name", 0, 128)), "Maximum length is 128 characters.",
		 APIGW2 "Stage StageName"),
	/* an update while the stage deploys itself, before and after */
	AWS_SAYS("apigatewayv2.cfn_stage_deployment_auto_deploy", "awscc.apigatewayv2.stage",
		 AWS_CALL_UPDATE, WHEN(IS("auto_deploy", "true"), WAS(IS("auto_deploy", "true"))),
		 THEN(UNCHANGED("deployment_id")), "Can't be updated if autoDeploy is enabled.",
		 APIGW2 "Stage DeploymentId"),

	{ NULL },
};
