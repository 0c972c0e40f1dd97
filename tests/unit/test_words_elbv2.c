/*
 * test_words_elbv2.c: the words rows (AWS_SAYS, checks/words.c) of Elastic
 * Load Balancing v2's awscc types (elbv2/rules.c; the ledger
 * checks/words/elbv2.words), the census's third scope, each through
 * aws_constraints_check: a resource it refuses, whose message names the
 * attribute, quotes AWS's sentence and names its document, and its passing
 * twin; every such row has a case here (a row that crosses a reference:
 * test_words_crossing.c's).
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

#define TG_ARN "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0a1b2c3d"
#define LB_ARN "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/0a1b"
#define LISTENER_ARN "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/web/0a/1b"
/* a rule of actions ACTIONS and conditions CONDITIONS */
#define LRULE(ACTIONS, CONDITIONS) "{'listener_arn': '" LISTENER_ARN "', 'priority': 10, " \
	"'actions': [" ACTIONS "], 'conditions': [" CONDITIONS "]}"
#define FORWARD "{'type': 'forward', 'target_group_arn': '" TG_ARN "'}"
#define PATHS "{'field': 'path-pattern', 'path_pattern_config': {'values': ['/a/*']}}"
/* a rule forwarding, with one condition COND */
#define RULE_IF(COND) LRULE(FORWARD, COND)
/* a rule of one action ACTION on the path condition */
#define RULE_DO(ACTION) LRULE(ACTION, PATHS)
/* a listener of protocol PROTO and default actions ACTIONS, and MORE */
#define LISTENER(PROTO, ACTIONS, MORE) "{'load_balancer_arn': '" LB_ARN "', 'protocol': '" \
	PROTO "', 'port': 443, 'default_actions': [" ACTIONS "]" MORE "}"
#define OIDC(MORE) "{'type': 'authenticate-oidc', 'order': 1, 'authenticate_oidc_config': {" \
	"'authorization_endpoint': 'https://idp.example.com/auth', 'issuer': " \
	"'https://idp.example.com', 'token_endpoint': 'https://idp.example.com/token', " \
	"'user_info_endpoint': 'https://idp.example.com/user', 'client_id': 'c'" MORE "}}"
#define JWT(MORE) "{'type': 'jwt-validation', 'order': 1, 'jwt_validation_config': {" \
	"'issuer': 'https://idp.example.com', 'jwks_endpoint': 'https://idp.example.com/keys'" \
	MORE "}}"
#define CLAIM(NAME, FORMAT, VALUES) ", 'additional_claims': [{'name': '" NAME "', 'format': '" \
	FORMAT "', 'values': [" VALUES "]}]"
#define FORWARD2 ", {'type': 'forward', 'order': 2, 'target_group_arn': '" TG_ARN "'}"
#define FIXED(TYPE) "{'type': 'fixed-response', 'fixed_response_config': {'status_code': '200', " \
	"'content_type': '" TYPE "'}}"
#define STICKY(ON, MORE) "{'type': 'forward', 'forward_config': {'target_groups': [{" \
	"'target_group_arn': '" TG_ARN "'}], 'target_group_stickiness_config': {'enabled': " ON \
	MORE "}}}"
#define TGROUP(MORE) "{'name': 'web', 'protocol': 'HTTP', 'port': 80, 'vpc_id': 'vpc-1'" MORE "}"
#define NLB_TG(PROTO, MORE) "{'name': 'udp', 'protocol': '" PROTO "', 'port': 53, " \
	"'vpc_id': 'vpc-1'" MORE "}"
#define TGA(KEY, VALUE) "{'key': '" KEY "', 'value': '" VALUE "'}"
#define ATTRS(...) ", 'target_group_attributes': [" __VA_ARGS__ "]"
#define LB(MORE) "{'subnets': ['subnet-1', 'subnet-2']" MORE "}"
#define LBA(...) ", 'load_balancer_attributes': [" __VA_ARGS__ "]"
#define SECONDARY(N) LB(LBA(TGA("secondary_ips.auto_assigned.per_subnet", N)))

/* Each row's refused resource and its passing twin. */
static const struct words_case cases[] = {
	{ "elbv2.cognito_config_by_type", "awscc.elasticloadbalancingv2.listener_rule",
	  "actions[0].type",
	  RULE_DO("{'type': 'forward', 'target_group_arn': '" TG_ARN "', "
		  "'authenticate_cognito_config': {'user_pool_arn': 'p', 'user_pool_client_id': "
		  "'c', 'user_pool_domain': 'd'}}"), NULL,
	  RULE_DO("{'type': 'authenticate-cognito', 'order': 1, 'authenticate_cognito_config': {"
		  "'user_pool_arn': 'p', 'user_pool_client_id': 'c', 'user_pool_domain': 'd'}}, "
		  "{'type': 'forward', 'order': 2, 'target_group_arn': '" TG_ARN "'}"), NULL },
	{ "elbv2.oidc_config_by_type", "awscc.elasticloadbalancingv2.listener", "default_actions[0].type",
	  LISTENER("HTTPS", "{'type': 'fixed-response', 'fixed_response_config': {'status_code': "
		   "'200'}, 'authenticate_oidc_config': {'issuer': 'https://i.example.com'}}",
		   ", 'certificates': [{'certificate_arn': 'c'}]"), NULL,
	  LISTENER("HTTPS", "{'type': 'fixed-response', 'fixed_response_config': {'status_code': "
		   "'200'}}", ", 'certificates': [{'certificate_arn': 'c'}]"), NULL },
	{ "elbv2.fixed_response_by_type", "awscc.elasticloadbalancingv2.listener_rule",
	  "actions[0].type",
	  RULE_DO("{'type': 'forward', 'target_group_arn': '" TG_ARN "', 'fixed_response_config': "
		  "{'status_code': '200'}}"), NULL, RULE_DO(FIXED("text/plain")), NULL },
	{ "elbv2.forward_config_by_type", "awscc.elasticloadbalancingv2.listener_rule",
	  "actions[0].type",
	  RULE_DO("{'type': 'redirect', 'redirect_config': {'status_code': 'HTTP_301'}, "
		  "'forward_config': {'target_groups': [{'target_group_arn': '" TG_ARN "'}]}}"), NULL,
	  RULE_DO("{'type': 'forward', 'forward_config': {'target_groups': [{'target_group_arn': '"
		  TG_ARN "'}]}}"), NULL },
	{ "elbv2.jwt_config_by_type", "awscc.elasticloadbalancingv2.listener_rule",
	  "actions[0].type",
	  RULE_DO("{'type': 'forward', 'target_group_arn': '" TG_ARN "', 'jwt_validation_config': "
		  "{'issuer': 'https://i.example.com', 'jwks_endpoint': 'https://i.example.com/k'}}"),
	  NULL, RULE_DO(JWT("") FORWARD2), NULL },
	{ "elbv2.redirect_config_by_type", "awscc.elasticloadbalancingv2.listener_rule",
	  "actions[0].type",
	  RULE_DO("{'type': 'fixed-response', 'fixed_response_config': {'status_code': '200'}, "
		  "'redirect_config': {'status_code': 'HTTP_301'}}"), NULL,
	  RULE_DO("{'type': 'redirect', 'redirect_config': {'status_code': 'HTTP_301'}}"), NULL },
	{ "elbv2.target_group_arn_by_type", "awscc.elasticloadbalancingv2.listener_rule",
	  "actions[0].type",
	  RULE_DO("{'type': 'redirect', 'redirect_config': {'status_code': 'HTTP_301'}, "
		  "'target_group_arn': '" TG_ARN "'}"), NULL, RULE_DO(FORWARD), NULL },
	{ "elbv2.oidc_endpoints_https", "awscc.elasticloadbalancingv2.listener_rule",
	  "actions[0].authenticate_oidc_config.authorization_endpoint",
	  RULE_DO("{'type': 'authenticate-oidc', 'order': 1, 'authenticate_oidc_config': {"
		  "'authorization_endpoint': 'http://idp.example.com/auth', 'issuer': "
		  "'https://idp.example.com', 'token_endpoint': 'https://idp.example.com/token', "
		  "'user_info_endpoint': 'https://idp.example.com/user', 'client_id': 'c', "
		  "'client_secret': 's'}}" FORWARD2), NULL,
	  RULE_DO(OIDC(", 'client_secret': 's'") FORWARD2), NULL },
	{ "elbv2.oidc_client_secret", "awscc.elasticloadbalancingv2.listener_rule",
	  "actions[0].authenticate_oidc_config.client_secret", RULE_DO(OIDC("") FORWARD2), NULL,
	  RULE_DO(OIDC(", 'client_secret': 's'") FORWARD2), NULL },
	{ "elbv2.fixed_response_content_type", "awscc.elasticloadbalancingv2.listener_rule",
	  "actions[0].fixed_response_config.content_type", RULE_DO(FIXED("text/xml")), NULL,
	  RULE_DO(FIXED("application/json")), NULL },
	{ "elbv2.forward_one_same_group", "awscc.elasticloadbalancingv2.listener_rule",
	  "actions[0].target_group_arn",
	  RULE_DO("{'type': 'forward', 'target_group_arn': '" TG_ARN "', 'forward_config': {"
		  "'target_groups': [{'target_group_arn': '" TG_ARN "x'}]}}"), NULL,
	  RULE_DO("{'type': 'forward', 'target_group_arn': '" TG_ARN "', 'forward_config': {"
		  "'target_groups': [{'target_group_arn': '" TG_ARN "'}]}}"), NULL },
	{ "elbv2.stickiness_duration", "awscc.elasticloadbalancingv2.listener_rule",
	  "actions[0].forward_config.target_group_stickiness_config.duration_seconds",
	  RULE_DO(STICKY("true", "")), NULL, RULE_DO(STICKY("true", ", 'duration_seconds': 60")),
	  NULL },
	{ "elbv2.jwt_claims_at_most_10", "awscc.elasticloadbalancingv2.listener_rule",
	  "actions[0].jwt_validation_config.additional_claims[0].values",
	  RULE_DO(JWT(CLAIM("scope", "string-array", "'1', '2', '3', '4', '5', '6', '7', '8', '9', "
			    "'10', '11'")) FORWARD2), NULL,
	  RULE_DO(JWT(CLAIM("scope", "string-array", "'1', '2'")) FORWARD2), NULL },
	{ "elbv2.jwt_claim_names", "awscc.elasticloadbalancingv2.listener_rule",
	  "actions[0].jwt_validation_config.additional_claims[0].name",
	  RULE_DO(JWT(CLAIM("exp", "single-string", "'1'")) FORWARD2), NULL,
	  RULE_DO(JWT(CLAIM("aud", "single-string", "'1'")) FORWARD2), NULL },
	{ "elbv2.jwt_space_separated_values", "awscc.elasticloadbalancingv2.listener_rule",
	  "actions[0].jwt_validation_config.additional_claims[0].values[0]",
	  RULE_DO(JWT(CLAIM("scope", "space-separated-values", "'read write'")) FORWARD2), NULL,
	  RULE_DO(JWT(CLAIM("scope", "string-array", "'read write'")) FORWARD2), NULL },
	{ "elbv2.jwt_issuer_256", "awscc.elasticloadbalancingv2.listener_rule",
	  "actions[0].jwt_validation_config.issuer",
	  RULE_DO("{'type': 'jwt-validation', 'order': 1, 'jwt_validation_config': {'issuer': "
		  "'https://" X100 X100 X100 "', 'jwks_endpoint': 'https://i.example.com/k'}}"
		  FORWARD2), NULL, RULE_DO(JWT("") FORWARD2), NULL },
	{ "elbv2.order_with_many_actions", "awscc.elasticloadbalancingv2.listener_rule", "actions",
	  RULE_DO("{'type': 'authenticate-cognito', 'authenticate_cognito_config': {'user_pool_arn': "
		  "'p', 'user_pool_client_id': 'c', 'user_pool_domain': 'd'}}" FORWARD2), NULL,
	  RULE_DO("{'type': 'authenticate-cognito', 'order': 1, 'authenticate_cognito_config': {"
		  "'user_pool_arn': 'p', 'user_pool_client_id': 'c', 'user_pool_domain': 'd'}}"
		  FORWARD2), NULL },
	{ "elbv2.rule_one_final_action", "awscc.elasticloadbalancingv2.listener_rule", "actions",
	  RULE_DO("{'type': 'forward', 'order': 1, 'target_group_arn': '" TG_ARN "'}" FORWARD2), NULL,
	  RULE_DO(FORWARD), NULL },
	{ "elbv2.listener_redirect_not_to_http", "awscc.elasticloadbalancingv2.listener",
	  "default_actions[0].redirect_config.protocol",
	  LISTENER("HTTPS", "{'type': 'redirect', 'redirect_config': {'status_code': 'HTTP_301', "
		   "'protocol': 'HTTP'}}", ", 'certificates': [{'certificate_arn': 'c'}]"), NULL,
	  LISTENER("HTTP", "{'type': 'redirect', 'redirect_config': {'status_code': 'HTTP_301', "
		   "'protocol': 'HTTPS'}}", ""), NULL },
	{ "elbv2.host_header_by_field", "awscc.elasticloadbalancingv2.listener_rule",
	  "conditions[0].field",
	  RULE_IF("{'field': 'path-pattern', 'host_header_config': {'values': ['a.example.com']}}"),
	  NULL, RULE_IF("{'field': 'host-header', 'host_header_config': {'values': "
			"['a.example.com']}}"), NULL },
	{ "elbv2.http_header_by_field", "awscc.elasticloadbalancingv2.listener_rule",
	  "conditions[0].field",
	  RULE_IF("{'field': 'host-header', 'http_header_config': {'http_header_name': 'X-A', "
		  "'values': ['1']}}"), NULL,
	  RULE_IF("{'field': 'http-header', 'http_header_config': {'http_header_name': 'X-A', "
		  "'values': ['1']}}"), NULL },
	{ "elbv2.request_method_by_field", "awscc.elasticloadbalancingv2.listener_rule",
	  "conditions[0].field",
	  RULE_IF("{'field': 'path-pattern', 'http_request_method_config': {'values': ['GET']}}"),
	  NULL, RULE_IF("{'field': 'http-request-method', 'http_request_method_config': {'values': "
			"['GET']}}"), NULL },
	{ "elbv2.path_pattern_by_field", "awscc.elasticloadbalancingv2.listener_rule",
	  "conditions[0].field",
	  RULE_IF("{'field': 'host-header', 'path_pattern_config': {'values': ['/a']}}"), NULL,
	  RULE_IF(PATHS), NULL },
	{ "elbv2.query_string_by_field", "awscc.elasticloadbalancingv2.listener_rule",
	  "conditions[0].field",
	  RULE_IF("{'field': 'path-pattern', 'query_string_config': {'values': [{'key': 'a', "
		  "'value': '1'}]}}"), NULL,
	  RULE_IF("{'field': 'query-string', 'query_string_config': {'values': [{'key': 'a', "
		  "'value': '1'}]}}"), NULL },
	{ "elbv2.source_ip_by_field", "awscc.elasticloadbalancingv2.listener_rule",
	  "conditions[0].field",
	  RULE_IF("{'field': 'path-pattern', 'source_ip_config': {'values': ['10.0.0.0/8']}}"), NULL,
	  RULE_IF("{'field': 'source-ip', 'source_ip_config': {'values': ['10.0.0.0/8']}}"), NULL },
	{ "elbv2.regex_values_by_field", "awscc.elasticloadbalancingv2.listener_rule",
	  "conditions[0].field",
	  RULE_IF("{'field': 'source-ip', 'regex_values': ['^a'], 'source_ip_config': {'values': "
		  "['10.0.0.0/8']}}"), NULL,
	  RULE_IF("{'field': 'path-pattern', 'regex_values': ['^/a']}"), NULL },
	{ "elbv2.values_by_field", "awscc.elasticloadbalancingv2.listener_rule",
	  "conditions[0].field",
	  RULE_IF("{'field': 'source-ip', 'values': ['10.0.0.0/8']}"), NULL,
	  RULE_IF("{'field': 'path-pattern', 'values': ['/a']}"), NULL },
	{ "elbv2.condition_strings_128", "awscc.elasticloadbalancingv2.listener_rule",
	  "conditions[0].path_pattern_config.values[0]",
	  RULE_IF("{'field': 'path-pattern', 'path_pattern_config': {'values': ['/" X100 X10 X10
		  X10 "']}}"), NULL,
	  RULE_IF("{'field': 'path-pattern', 'path_pattern_config': {'values': ['/" X100 X10
		  X10 "']}}"), NULL },
	{ "elbv2.host_header_dot", "awscc.elasticloadbalancingv2.listener_rule",
	  "conditions[0].host_header_config.values[0]",
	  RULE_IF("{'field': 'host-header', 'host_header_config': {'values': ['localhost']}}"), NULL,
	  RULE_IF("{'field': 'host-header', 'host_header_config': {'values': ['*.example.com']}}"),
	  NULL },
	{ "elbv2.http_header_not_host", "awscc.elasticloadbalancingv2.listener_rule",
	  "conditions[0].http_header_config.http_header_name",
	  RULE_IF("{'field': 'http-header', 'http_header_config': {'http_header_name': 'Host', "
		  "'values': ['a.example.com']}}"), NULL,
	  RULE_IF("{'field': 'http-header', 'http_header_config': {'http_header_name': 'X-Host', "
		  "'values': ['a.example.com']}}"), NULL },
	{ "elbv2.header_name_and_method_40", "awscc.elasticloadbalancingv2.listener_rule",
	  "conditions[0].http_header_config.http_header_name",
	  RULE_IF("{'field': 'http-header', 'http_header_config': {'http_header_name': 'X-" X10 X10
		  X10 X10 "', 'values': ['1']}}"), NULL,
	  RULE_IF("{'field': 'http-header', 'http_header_config': {'http_header_name': 'X-" X10 X10
		  X10 "', 'values': ['1']}}"), NULL },
	{ "elbv2.condition_no_wildcards", "awscc.elasticloadbalancingv2.listener_rule",
	  "conditions[0].http_request_method_config.values[0]",
	  RULE_IF("{'field': 'http-request-method', 'http_request_method_config': {'values': "
		  "['P*']}}"), NULL,
	  RULE_IF("{'field': 'http-request-method', 'http_request_method_config': {'values': "
		  "['POST']}}"), NULL },
	{ "elbv2.source_ips_at_most_5", "awscc.elasticloadbalancingv2.listener_rule",
	  "conditions[0].source_ip_config.values",
	  RULE_IF("{'field': 'source-ip', 'source_ip_config': {'values': ['10.0.0.1/32', "
		  "'10.0.0.2/32', '10.0.0.3/32', '10.0.0.4/32', '10.0.0.5/32', '10.0.0.6/32']}}"), NULL,
	  RULE_IF("{'field': 'source-ip', 'source_ip_config': {'values': ['10.0.0.1/32', "
		  "'10.0.0.2/32', '10.0.0.3/32', '10.0.0.4/32', '10.0.0.5/32']}}"), NULL },
	{ "elbv2.host_rewrite_by_type", "awscc.elasticloadbalancingv2.listener_rule",
	  "transforms[0].type",
	  "{'listener_arn': '" LISTENER_ARN "', 'priority': 1, 'actions': [" FORWARD "], "
	  "'conditions': [" PATHS "], 'transforms': [{'type': 'url-rewrite', "
	  "'host_header_rewrite_config': {'rewrites': [{'regex': 'a', 'replace': 'b'}]}}]}", NULL,
	  "{'listener_arn': '" LISTENER_ARN "', 'priority': 1, 'actions': [" FORWARD "], "
	  "'conditions': [" PATHS "], 'transforms': [{'type': 'host-header-rewrite', "
	  "'host_header_rewrite_config': {'rewrites': [{'regex': 'a', 'replace': 'b'}]}}]}", NULL },
	{ "elbv2.url_rewrite_by_type", "awscc.elasticloadbalancingv2.listener_rule",
	  "transforms[0].type",
	  "{'listener_arn': '" LISTENER_ARN "', 'priority': 1, 'actions': [" FORWARD "], "
	  "'conditions': [" PATHS "], 'transforms': [{'type': 'host-header-rewrite', "
	  "'url_rewrite_config': {'rewrites': [{'regex': 'a', 'replace': 'b'}]}}]}", NULL,
	  "{'listener_arn': '" LISTENER_ARN "', 'priority': 1, 'actions': [" FORWARD "], "
	  "'conditions': [" PATHS "], 'transforms': [{'type': 'url-rewrite', "
	  "'url_rewrite_config': {'rewrites': [{'regex': 'a', 'replace': 'b'}]}}]}", NULL },
	{ "elbv2.rewrite_1024", "awscc.elasticloadbalancingv2.listener_rule",
	  "transforms[0].url_rewrite_config.rewrites[0].replace",
	  "{'listener_arn': '" LISTENER_ARN "', 'priority': 1, 'actions': [" FORWARD "], "
	  "'conditions': [" PATHS "], 'transforms': [{'type': 'url-rewrite', "
	  "'url_rewrite_config': {'rewrites': [{'regex': 'a', 'replace': '" X1000 X100 "'}]}}]}",
	  NULL,
	  "{'listener_arn': '" LISTENER_ARN "', 'priority': 1, 'actions': [" FORWARD "], "
	  "'conditions': [" PATHS "], 'transforms': [{'type': 'url-rewrite', "
	  "'url_rewrite_config': {'rewrites': [{'regex': 'a', 'replace': '" X1000 "'}]}}]}", NULL },
	{ "elbv2.secure_listener_one_certificate", "awscc.elasticloadbalancingv2.listener",
	  "certificates", LISTENER("TLS", FORWARD, ""), NULL,
	  LISTENER("TLS", FORWARD, ", 'certificates': [{'certificate_arn': 'c'}]"), NULL },
	{ "elbv2.listener_alb_attributes", "awscc.elasticloadbalancingv2.listener",
	  "listener_attributes",
	  LISTENER("TCP", FORWARD, ", 'listener_attributes': [" TGA("routing.http.response.server."
						"enabled", "false") "]"), NULL,
	  LISTENER("TCP", FORWARD, ", 'listener_attributes': [" TGA("tcp.idle_timeout.seconds",
								"600") "]"), NULL },
	{ "elbv2.load_balancer_name", "awscc.elasticloadbalancingv2.load_balancer", "name",
	  LB(", 'name': 'internal-web'"), NULL, LB(", 'name': 'web-internal'"), NULL },
	{ "elbv2.gwlb_no_scheme", "awscc.elasticloadbalancingv2.load_balancer", "scheme",
	  LB(", 'load_balancer_type': 'gateway', 'scheme': 'internal'"), NULL,
	  LB(", 'load_balancer_type': 'gateway'"), NULL },
	{ "elbv2.ipv6_nat_prefix_dualstack", "awscc.elasticloadbalancingv2.load_balancer",
	  "ip_address_type",
	  LB(", 'load_balancer_type': 'network', 'enable_prefix_for_ipv_6_source_nat': 'on', "
	     "'ip_address_type': 'ipv4'"), NULL,
	  LB(", 'load_balancer_type': 'network', 'enable_prefix_for_ipv_6_source_nat': 'on', "
	     "'ip_address_type': 'dualstack'"), NULL },
	{ "elbv2.nlb_enforce_needs_groups", "awscc.elasticloadbalancingv2.load_balancer",
	  "security_groups",
	  LB(", 'load_balancer_type': 'network', "
	     "'enforce_security_group_inbound_rules_on_private_link_traffic': 'on'"), NULL,
	  LB(", 'load_balancer_type': 'network', 'security_groups': ['sg-1'], "
	     "'enforce_security_group_inbound_rules_on_private_link_traffic': 'on'"), NULL },
	{ "elbv2.subnets_or_mappings", "awscc.elasticloadbalancingv2.load_balancer", "subnets",
	  LB(", 'subnet_mappings': [{'subnet_id': 'subnet-3'}]"), NULL, LB(""), NULL },
	{ "elbv2.alb_no_elastic_ips", "awscc.elasticloadbalancingv2.load_balancer",
	  "subnet_mappings[0].allocation_id",
	  "{'subnet_mappings': [{'subnet_id': 'subnet-1', 'allocation_id': 'eipalloc-1'}, "
	  "{'subnet_id': 'subnet-2'}]}", NULL,
	  "{'load_balancer_type': 'network', 'subnet_mappings': [{'subnet_id': 'subnet-1', "
	  "'allocation_id': 'eipalloc-1'}]}", NULL },
	{ "elbv2.log_bucket_when_enabled", "awscc.elasticloadbalancingv2.load_balancer",
	  "load_balancer_attributes",
	  LB(LBA(TGA("access_logs.s3.enabled", "true"))), NULL,
	  LB(LBA(TGA("access_logs.s3.enabled", "true") ", " TGA("access_logs.s3.bucket", "logs"))),
	  NULL },
	{ "elbv2.alb_cross_zone_on", "awscc.elasticloadbalancingv2.load_balancer",
	  "load_balancer_attributes",
	  LB(LBA(TGA("load_balancing.cross_zone.enabled", "false"))), NULL,
	  LB(", 'load_balancer_type': 'network'" LBA(TGA("load_balancing.cross_zone.enabled",
							 "false"))), NULL },
	{ "elbv2.secondary_ips_not_decreased", "awscc.elasticloadbalancingv2.load_balancer",
	  "load_balancer_attributes", SECONDARY("2"), SECONDARY("3"), SECONDARY("4"),
	  SECONDARY("3") },
	{ "elbv2.target_group_name", "awscc.elasticloadbalancingv2.target_group", "name",
	  "{'name': 'web-', 'protocol': 'HTTP', 'port': 80, 'vpc_id': 'vpc-1'}", NULL, TGROUP(""),
	  NULL },
	{ "elbv2.target_group_vpc", "awscc.elasticloadbalancingv2.target_group", "vpc_id",
	  "{'name': 'web', 'protocol': 'HTTP', 'port': 80, 'target_type': 'ip'}", NULL,
	  "{'name': 'fn', 'target_type': 'lambda'}", NULL },
	{ "elbv2.health_check_always_on", "awscc.elasticloadbalancingv2.target_group",
	  "target_type", TGROUP(", 'health_check_enabled': false"), NULL,
	  "{'name': 'fn', 'target_type': 'lambda', 'health_check_enabled': false}", NULL },
	{ "elbv2.health_check_protocols", "awscc.elasticloadbalancingv2.target_group",
	  "health_check_protocol", NLB_TG("UDP", ", 'health_check_protocol': 'UDP'"), NULL,
	  NLB_TG("UDP", ", 'health_check_protocol': 'TCP'"), NULL },
	{ "elbv2.tcp_health_check_not_http", "awscc.elasticloadbalancingv2.target_group",
	  "health_check_protocol", TGROUP(", 'health_check_protocol': 'TCP'"), NULL,
	  TGROUP(", 'health_check_protocol': 'HTTP'"), NULL },
	{ "elbv2.grpc_codes", "awscc.elasticloadbalancingv2.target_group", "matcher.grpc_code",
	  TGROUP(", 'protocol_version': 'GRPC', 'matcher': {'grpc_code': '0-100'}"), NULL,
	  TGROUP(", 'protocol_version': 'GRPC', 'matcher': {'grpc_code': '0-99'}"), NULL },
	{ "elbv2.gwlb_http_code", "awscc.elasticloadbalancingv2.target_group", "matcher.http_code",
	  "{'name': 'gw', 'protocol': 'GENEVE', 'port': 6081, 'vpc_id': 'vpc-1', 'matcher': "
	  "{'http_code': '200'}}", NULL,
	  "{'name': 'gw', 'protocol': 'GENEVE', 'port': 6081, 'vpc_id': 'vpc-1', 'matcher': "
	  "{'http_code': '200-399'}}", NULL },
	{ "elbv2.draining_interval_without_termination", "awscc.elasticloadbalancingv2.target_group",
	  "target_group_attributes",
	  NLB_TG("TCP", ATTRS(TGA("target_health_state.unhealthy.connection_termination.enabled",
				  "true") ", "
			      TGA("target_health_state.unhealthy.draining_interval_seconds", "60"))),
	  NULL,
	  NLB_TG("TCP", ATTRS(TGA("target_health_state.unhealthy.connection_termination.enabled",
				  "false") ", "
			      TGA("target_health_state.unhealthy.draining_interval_seconds", "60"))),
	  NULL },
	{ "elbv2.alb_instance_ip_attributes", "awscc.elasticloadbalancingv2.target_group",
	  "target_group_attributes",
	  NLB_TG("TCP", ATTRS(TGA("slow_start.duration_seconds", "60"))), NULL,
	  TGROUP(ATTRS(TGA("slow_start.duration_seconds", "60"))), NULL },
	{ "elbv2.lambda_multi_value_headers", "awscc.elasticloadbalancingv2.target_group",
	  "target_type", TGROUP(ATTRS(TGA("lambda.multi_value_headers.enabled", "true"))), NULL,
	  "{'name': 'fn', 'target_type': 'lambda'" ATTRS(TGA("lambda.multi_value_headers.enabled",
							     "true")) "}", NULL },
	{ "elbv2.lambda_no_deregistration_delay", "awscc.elasticloadbalancingv2.target_group",
	  "target_group_attributes",
	  "{'name': 'fn', 'target_type': 'lambda'" ATTRS(TGA("deregistration_delay.timeout_seconds",
							     "30")) "}", NULL,
	  TGROUP(ATTRS(TGA("deregistration_delay.timeout_seconds", "30"))), NULL },
	{ "elbv2.min_healthy_count_form", "awscc.elasticloadbalancingv2.target_group",
	  "target_group_attributes[0].value",
	  TGROUP(ATTRS(TGA("target_group_health.unhealthy_state_routing.minimum_healthy_targets."
			   "count", "off"))), NULL,
	  TGROUP(ATTRS(TGA("target_group_health.dns_failover.minimum_healthy_targets.count",
			   "off"))), NULL },
	{ "elbv2.udp_client_ip_preserved", "awscc.elasticloadbalancingv2.target_group",
	  "target_group_attributes",
	  NLB_TG("UDP", ATTRS(TGA("preserve_client_ip.enabled", "false"))), NULL,
	  NLB_TG("TCP", ATTRS(TGA("preserve_client_ip.enabled", "false"))), NULL },
	{ "elbv2.udp_no_unhealthy_termination", "awscc.elasticloadbalancingv2.target_group",
	  "target_group_attributes",
	  NLB_TG("TCP_UDP", ATTRS(TGA("target_health_state.unhealthy.connection_termination."
				      "enabled", "true"))), NULL,
	  NLB_TG("TCP_UDP", ATTRS(TGA("target_health_state.unhealthy.connection_termination."
				      "enabled", "false"))), NULL },
	{ "elbv2.target_failover_together", "awscc.elasticloadbalancingv2.target_group",
	  "target_group_attributes",
	  "{'name': 'gw', 'protocol': 'GENEVE', 'port': 6081, 'vpc_id': 'vpc-1'"
	  ATTRS(TGA("target_failover.on_deregistration", "rebalance") ", "
		TGA("target_failover.on_unhealthy", "no_rebalance")) "}", NULL,
	  "{'name': 'gw', 'protocol': 'GENEVE', 'port': 6081, 'vpc_id': 'vpc-1'"
	  ATTRS(TGA("target_failover.on_deregistration", "rebalance") ", "
		TGA("target_failover.on_unhealthy", "rebalance")) "}", NULL },
	{ "elbv2.target_zone_not_instance", "awscc.elasticloadbalancingv2.target_group",
	  "targets[0].availability_zone",
	  TGROUP(", 'targets': [{'id': 'i-0123', 'availability_zone': 'us-east-1a'}]"), NULL,
	  TGROUP(", 'target_type': 'ip', 'targets': [{'id': '10.0.0.1', 'availability_zone': "
		 "'us-east-1a'}]"), NULL },
	{ "elbv2.lambda_target_zone_all", "awscc.elasticloadbalancingv2.target_group",
	  "targets[0].availability_zone",
	  "{'name': 'fn', 'target_type': 'lambda', 'targets': [{'id': 'arn:aws:lambda:us-east-1:"
	  "123456789012:function:f', 'availability_zone': 'us-east-1a'}]}", NULL,
	  "{'name': 'fn', 'target_type': 'lambda', 'targets': [{'id': 'arn:aws:lambda:us-east-1:"
	  "123456789012:function:f', 'availability_zone': 'all'}]}", NULL },
	{ "elbv2.quic_server_id_lowercase", "awscc.elasticloadbalancingv2.target_group",
	  "targets[0].quic_server_id",
	  NLB_TG("QUIC", ", 'targets': [{'id': 'i-0123', 'quic_server_id': '0A1B'}]"), NULL,
	  NLB_TG("QUIC", ", 'targets': [{'id': 'i-0123', 'quic_server_id': '0a1b'}]"), NULL },
	{ "elbv2.quic_server_id_required", "awscc.elasticloadbalancingv2.target_group",
	  "targets[0].quic_server_id", NLB_TG("TCP_QUIC", ", 'targets': [{'id': 'i-0123'}]"), NULL,
	  NLB_TG("TCP_QUIC", ", 'targets': [{'id': 'i-0123', 'quic_server_id': '0a1b'}]"), NULL },
	{ "elbv2.quic_server_id_only_quic", "awscc.elasticloadbalancingv2.target_group",
	  "targets[0].quic_server_id",
	  NLB_TG("UDP", ", 'targets': [{'id': 'i-0123', 'quic_server_id': '0a1b'}]"), NULL,
	  NLB_TG("UDP", ", 'targets': [{'id': 'i-0123'}]"), NULL },
	{ "elbv2.quic_server_ids_unique", "awscc.elasticloadbalancingv2.target_group",
	  "targets[1].quic_server_id",
	  NLB_TG("QUIC", ", 'targets': [{'id': 'i-0123', 'quic_server_id': '0a1b'}, {'id': "
		 "'i-0456', 'quic_server_id': '0a1b'}]"), NULL,
	  NLB_TG("QUIC", ", 'targets': [{'id': 'i-0123', 'quic_server_id': '0a1b'}, {'id': "
		 "'i-0456', 'quic_server_id': '0a1c'}]"), NULL },
};

static const char *const services[] = { "elbv2.", NULL };

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
					 "test_words_elbv2.c");
}

/* What the rows leave alone: an application load balancer's subnets not
 * known yet, a rule's action of a type not known yet, a listener of no
 * protocol (a gateway's) with attributes, a load balancer's secondary IPs
 * raised. */
static void test_elbv2_leaves(void **state)
{
	static const char *const passing[][3] = {
		{ "awscc.elasticloadbalancingv2.load_balancer", "{'subnets': '${var.subnets}'}", NULL },
		{ "awscc.elasticloadbalancingv2.listener_rule",
		  RULE_DO("{'type': '${var.type}', 'target_group_arn': '" TG_ARN "'}"), NULL },
		{ "awscc.elasticloadbalancingv2.listener",
		  "{'load_balancer_arn': '" LB_ARN "', 'default_actions': [" FORWARD "], "
		  "'listener_attributes': [" TGA("tcp.idle_timeout.seconds", "600") "]}", NULL },
		{ "awscc.elasticloadbalancingv2.load_balancer", SECONDARY("5"), SECONDARY("3") },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(passing) / sizeof(*passing); i++) {
		struct strbuf err = STRBUF_INIT;
		if (words_judge(passing[i][0], passing[i][1], passing[i][2], NULL, &err))
			fail_msg("refused %s: %s", passing[i][1], err.buf);
		strbuf_release(&err);
	}
}

int main(void)
{
	setenv("AWS_REGION", "us-east-1", 1);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_row_and_its_twin),
		cmocka_unit_test(test_every_row_has_a_case),
		cmocka_unit_test(test_elbv2_leaves),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
