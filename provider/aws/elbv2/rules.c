/*
 * elbv2/rules.c: Elastic Load Balancing's (v2: application, network and
 * gateway load balancers) rows of the one table of checks (checks/row.h)
 * on the awscc types of a service terrace's own code does not call (its
 * objects are made through Cloud Control alone): AWS's words of the
 * census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE), a target group's health check timeout below its interval
 * (the API's answer), and the checks across the stack of its listener rules'
 * priorities and (at plan) its load balancers' log buckets' Region. Its
 * ledger: checks/words/elbv2.words.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "provider/aws/checks/kinds/api.h"
#include "provider/aws/checks/rules.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

#define ELB "elbv2 "
#define LB "awscc.elasticloadbalancingv2.load_balancer"
#define TG "awscc.elasticloadbalancingv2.target_group"
#define LISTENER "awscc.elasticloadbalancingv2.listener"
#define RULE_T "awscc.elasticloadbalancingv2.listener_rule"
/* a listener's default actions and a rule's actions alike */
#define LISTENERS "awscc.elasticloadbalancingv2.listener*"
#define ACTIONS(WHEN_, THEN_) EACH("actions", WHEN_, THEN_), EACH("default_actions", WHEN_, THEN_)
/* an action's configuration CONFIG only in an action of type TYPE */
#define BY_TYPE(CONFIG, TYPE) \
	THEN(ACTIONS(WHEN(SET(CONFIG)), THEN(SET("type"), IS("type", TYPE))))
/* a rule condition's configuration CONFIG only with its field one of ... */
#define BY_FIELD(CONFIG, ...) \
	THEN(EACH("conditions", WHEN(SET(CONFIG)), THEN(IS("field", __VA_ARGS__))))
#define BY_TRANSFORM(CONFIG, TYPE) \
	THEN(EACH("transforms", WHEN(SET(CONFIG)), THEN(IS("type", TYPE))))
/* the attribute KEY of list LIST set (to one of the values ...) */
#define HAS_ATTR(LIST, KEY) SOME(LIST, IS("key", KEY))
#define ATTR_IS(LIST, KEY, ...) SOME(LIST, IS("key", KEY), IS("value", __VA_ARGS__))
#define NO_ATTR(LIST, KEY) COUNT_WHERE(LIST, 0, 0, IS("key", KEY))
#define NO_ATTR_IS(LIST, KEY, ...) COUNT_WHERE(LIST, 0, 0, IS("key", KEY), IS("value", __VA_ARGS__))
#define TGA "target_group_attributes"
#define LBA "load_balancer_attributes"
/* when the first attribute is set (to V), the second is too (to V) */
#define FAILOVER_WITH(A, B) ANY_OF(NO_ATTR(TGA, A), HAS_ATTR(TGA, B))
#define FAILOVER_SAME(A, B, V) ANY_OF(NO_ATTR_IS(TGA, A, V), ATTR_IS(TGA, B, V))
#define DEREGISTRATION "target_failover.on_deregistration"
#define UNHEALTHY "target_failover.on_unhealthy"
/* a log's bucket when the log is on */
#define LOG_BUCKET(LOG) \
	ANY_OF(NO_ATTR_IS(LBA, LOG ".s3.enabled", "true"), HAS_ATTR(LBA, LOG ".s3.bucket"))
/* secondary_ips.auto_assigned.per_subnet (0 to 7) not below N, what the
 * load balancer had */
#define SECONDARY "secondary_ips.auto_assigned.per_subnet"
#define NOT_BELOW(N, ...) \
	ANY_OF(WAS(NO_ATTR_IS(LBA, SECONDARY, N)), NO_ATTR_IS(LBA, SECONDARY, __VA_ARGS__))
/* an application load balancer: its type given so, or none (the default) */
#define APPLICATION ANY_OF(UNSET("load_balancer_type"), IS("load_balancer_type", "application"))
/* a zone that is not a plain Availability Zone (a Local Zone's or a
 * Wavelength Zone's name runs on past the region's number) */
#define OTHER_ZONE "^[a-z]+-[a-z]+-[0-9]+-"
#define HTTPS_URL "^[Hh][Tt][Tt][Pp][Ss]://"
#define ALB_ONLY_TG(KEY) NO_ATTR(TGA, KEY)
#define NOT_ALB_PROTOCOLS "TCP", "TLS", "UDP", "TCP_UDP", "GENEVE", "QUIC", "TCP_QUIC"
#define URL_WORDS "This must be a full URL, including the HTTPS protocol, the domain, and the path."
#define ELB_NAME "^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$"

/* Whether written resource R is of the registry's type CFN_TYPE. */
#define OF_TYPE(R, CFN_TYPE) aws_awscc_type_is((R).type, "AWS::ElasticLoadBalancingV2::" CFN_TYPE)

/* Two listener rules of the stack on one listener (its listener_arn
 * written alike) with one priority: the later refused, naming the earlier
 * (aws_check_one_per_parent). Rules made outside the stack are the
 * listener's at the call. */
static void check_elbv2_rule_priorities(const struct written_resource *rs, size_t n,
					check_report_fn report, void *ctx)
{
	static const struct aws_one_per_parent u = {
		"AWS::ElasticLoadBalancingV2::ListenerRule", "listener_arn", "priority",
		"listener rule", "listener",
		"A listener can't have multiple rules with the same priority.",
		ELB "CreateRule Priority" };

	aws_check_one_per_parent(rs, n, &u, report, ctx);
}

/* Whether a load balancer attribute's key names a log's bucket: its access,
 * connection or health check logs'. */
static bool log_bucket_key(const char *key)
{
	return !strcmp(key, "access_logs.s3.bucket") || !strcmp(key, "connection_logs.s3.bucket") ||
	       !strcmp(key, "health_check_logs.s3.bucket");
}

/* At plan, a load balancer's access, connection or health check log bucket
 * of the stack made in another Region than the load balancer. */
static void check_elbv2_log_bucket_region(const struct written_resource *rs, size_t n,
					  check_report_fn report, void *ctx)
{

	for (size_t i = 0; i < n; i++) {
		const char *mine = rs[i].client ? aws_client_region(rs[i].client) : NULL;
		const json_t *a;
		size_t k;

		if (!OF_TYPE(rs[i], "LoadBalancer") || !mine)
			continue;
		json_array_foreach(json_object_get(rs[i].config, LBA), k, a) {
			const char *key = json_string_value(json_object_get(a, "key"));
			const char *value = json_string_value(json_object_get(a, "value"));
			const char *theirs;
			char attr[64], msg[800];
			size_t b;

			if (!key || !value || !log_bucket_key(key) ||
			    (b = aws_stack_bucket_named(rs, n, value)) == WRITTEN_NONE ||
			    !(theirs = aws_stack_bucket_region(&rs[b])) || !strcmp(theirs, mine))
				continue;
			snprintf(attr, sizeof(attr), LBA "[%zu].value", k);
			snprintf(msg, sizeof(msg),
				 "%s: bucket \"%s\" of %s is made in %s, and the load balancer in %s: "
				 "AWS says \"The bucket must exist in the same region as the load "
				 "balancer and have a bucket policy that grants Elastic Load Balancing "
				 "permissions to write to the bucket.\" (" ELB
				 "ModifyLoadBalancerAttributes Attributes.Key)",
				 attr, rs[b].name, key, theirs, mine);
			report(ctx, &(struct check_finding){
				.warning = false, .which = i, .attr = attr, .other = b,
				.other_attr = "", .message = msg });
		}
	}
}

/* A target group's health check timeout below its interval: the ELBv2 API
 * refuses CreateTargetGroup and ModifyTargetGroup otherwise, in its words
 * "ValidationError: Health check interval must be greater than the
 * timeout." (its answer; the models' documentation gives each a range
 * alone: 2-120 and 5-300 seconds). Judged where both are written and
 * known: each left out is AWS's default by protocol and target type. */
#define ELB_TIMEOUT_SAYS "Health check interval must be greater than the timeout."
static int rule_elbv2_timeout_below_interval(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *t = json_object_get(v, "health_check_timeout_seconds");
	const json_t *i = json_object_get(v, "health_check_interval_seconds");

	(void)r;
	if (!json_is_number(t) || !json_is_number(i) ||
	    json_number_value(t) < json_number_value(i))
		return 0;
	strbuf_addf(err, "health_check_timeout_seconds %g is not below health_check_interval_seconds "
		    "%g: AWS answers \"ValidationError: " ELB_TIMEOUT_SAYS "\" (" ELB
		    "CreateTargetGroup, ModifyTargetGroup HealthCheckTimeoutSeconds): a timeout under "
		    "%g seconds, or a longer interval", json_number_value(t), json_number_value(i),
		    json_number_value(i));
	return -1;
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_elbv2[] = {
	RULE(TG, "", rule_elbv2_timeout_below_interval,
	     ELB "CreateTargetGroup HealthCheckTimeoutSeconds (ValidationError)"),
	ACROSS_ROW(RULE_T, check_elbv2_rule_priorities, ELB "CreateRule Priority"),
	ACROSS_ROW(LB, check_elbv2_log_bucket_region,
		   ELB "ModifyLoadBalancerAttributes Attributes.Key (a log bucket of the region)"),
	/* an action's configuration by its type */
	AWS_SAYS("elbv2.cognito_config_by_type", "awscc.elasticloadbalancingv2.listener*",
		 AWS_CALL_ANY, ALWAYS,
		 BY_TYPE("authenticate_cognito_config", "authenticate-cognito"),
		 "Specify only when Type is authenticate-cognito.",
		 ELB "CreateRule Actions.AuthenticateCognitoConfig"),
	AWS_SAYS("elbv2.oidc_config_by_type", "awscc.elasticloadbalancingv2.listener*",
		 AWS_CALL_ANY, ALWAYS,
		 BY_TYPE("authenticate_oidc_config", "authenticate-oidc"),
		 "Specify only when Type is authenticate-oidc.",
		 ELB "CreateRule Actions.AuthenticateOidcConfig"),
	AWS_SAYS("elbv2.fixed_response_by_type", "awscc.elasticloadbalancingv2.listener*",
		 AWS_CALL_ANY, ALWAYS,
		 BY_TYPE("fixed_response_config", "fixed-response"),
		 "Specify only when Type is fixed-response.",
		 ELB "CreateRule Actions.FixedResponseConfig"),
	AWS_SAYS("elbv2.forward_config_by_type", "awscc.elasticloadbalancingv2.listener*",
		 AWS_CALL_ANY, ALWAYS,
		 BY_TYPE("forward_config", "forward"),
		 "Specify only when Type is forward.", ELB "CreateRule Actions.ForwardConfig"),
	AWS_SAYS("elbv2.jwt_config_by_type", "awscc.elasticloadbalancingv2.listener*", AWS_CALL_ANY,
		 ALWAYS,
		 BY_TYPE("jwt_validation_config", "jwt-validation"),
		 "Specify only when Type is jwt-validation.",
		 ELB "CreateRule Actions.JwtValidationConfig"),
	AWS_SAYS("elbv2.redirect_config_by_type", "awscc.elasticloadbalancingv2.listener*",
		 AWS_CALL_ANY, ALWAYS,
		 BY_TYPE("redirect_config", "redirect"),
		 "Specify only when Type is redirect.", ELB "CreateRule Actions.RedirectConfig"),
	AWS_SAYS("elbv2.target_group_arn_by_type", "awscc.elasticloadbalancingv2.listener*",
		 AWS_CALL_ANY, ALWAYS,
		 BY_TYPE("target_group_arn", "forward"),
		 "Specify only when Type is forward and you want to route to a single target group.",
		 ELB "CreateRule Actions.TargetGroupArn"),

	/* an action's own values */
	AWS_SAYS("elbv2.oidc_endpoints_https", "awscc.elasticloadbalancingv2.listener*",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(ACTIONS(ALWAYS,
			      THEN(MATCHES("authenticate_oidc_config.authorization_endpoint",
		 HTTPS_URL),
				   MATCHES("authenticate_oidc_config.issuer", HTTPS_URL),
				   MATCHES("authenticate_oidc_config.token_endpoint", HTTPS_URL),
				   MATCHES("authenticate_oidc_config.user_info_endpoint",
		 HTTPS_URL),
				   MATCHES("jwt_validation_config.jwks_endpoint", HTTPS_URL)))),
		 URL_WORDS, ELB "CreateRule Actions.AuthenticateOidcConfig.Issuer"),
	AWS_SAYS("elbv2.oidc_client_secret", "awscc.elasticloadbalancingv2.listener*",
		 AWS_CALL_CREATE, ALWAYS,
		 THEN(ACTIONS(WHEN(SET("authenticate_oidc_config")),
			      THEN(SET("authenticate_oidc_config.client_secret")))),
		 "This parameter is required if you are creating a rule.",
		 ELB "CreateRule Actions.AuthenticateOidcConfig.ClientSecret"),
	AWS_SAYS("elbv2.fixed_response_content_type", "awscc.elasticloadbalancingv2.listener*",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(ACTIONS(ALWAYS,
			      THEN(IS("fixed_response_config.content_type", "text/plain",
		 "text/css",
				      "text/html", "application/javascript", "application/json")))),
		 "Valid Values: text/plain | text/css | text/html | application/javascript | "
		 "application/json", ELB "CreateRule Actions.FixedResponseConfig.ContentType"),
	AWS_SAYS("elbv2.forward_one_same_group", "awscc.elasticloadbalancingv2.listener*",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(ACTIONS(WHEN(SET("target_group_arn"), SET("forward_config.target_groups")),
			      THEN(LEN_IN("forward_config.target_groups", 1, 1),
				   SAME("forward_config.target_groups[].target_group_arn",
					"target_group_arn")))),
		 "If you specify both ForwardConfig and TargetGroupArn, you can specify only one "
		 "target group using ForwardConfig and it must be the same target group specified "
		 "in TargetGroupArn.", ELB "CreateRule Actions.ForwardConfig"),
	AWS_SAYS("elbv2.stickiness_duration", "awscc.elasticloadbalancingv2.listener*",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(ACTIONS(WHEN(IS("forward_config.target_group_stickiness_config.enabled",
				      "true")),
			      THEN(SET("forward_config.target_group_stickiness_config."
				       "duration_seconds")))),
		 "You must specify this value when enabling target group stickiness.",
		 ELB "CreateRule Actions.ForwardConfig.TargetGroupStickinessConfig.DurationSeconds"),
	AWS_SAYS("elbv2.jwt_claims_at_most_10", "awscc.elasticloadbalancingv2.listener*",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(ACTIONS(ALWAYS,
			      THEN(LEN_IN("jwt_validation_config.additional_claims", 0, 10),
				   EACH("jwt_validation_config.additional_claims", ALWAYS,
					THEN(LEN_IN("values", 0, 10)))))),
		 "The maximum size of the list is 10.",
		 ELB "CreateRule Actions.JwtValidationConfig.AdditionalClaims"),
	AWS_SAYS("elbv2.jwt_claim_names", "awscc.elasticloadbalancingv2.listener*", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(ACTIONS(ALWAYS,
			      THEN(EACH("jwt_validation_config.additional_claims", ALWAYS,
					THEN(IS_NOT("name", "exp", "iss", "nbf", "iat")))))),
		 "You can't specify exp, iss, nbf, or iat because we validate them by default.",
		 ELB "CreateRule Actions.JwtValidationConfig.AdditionalClaims.Name"),
	AWS_SAYS("elbv2.jwt_space_separated_values", "awscc.elasticloadbalancingv2.listener*",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(ACTIONS(ALWAYS,
			      THEN(EACH("jwt_validation_config.additional_claims",
					WHEN(IS("format", "space-separated-values")),
					THEN(EACH("values", ALWAYS,
						  THEN(NOT_MATCHES("", " ")))))))),
		 "If the format is space-separated-values, the values can't include spaces.",
		 ELB "CreateRule Actions.JwtValidationConfig.AdditionalClaims.Values"),
	AWS_SAYS("elbv2.jwt_issuer_256", "awscc.elasticloadbalancingv2.listener*", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(ACTIONS(ALWAYS, THEN(LEN_IN("jwt_validation_config.issuer", 0, 256),
					   LEN_IN("jwt_validation_config.jwks_endpoint", 0, 256)))),
		 "The maximum length is 256 characters.",
		 ELB "CreateRule Actions.JwtValidationConfig.Issuer"),
	AWS_SAYS("elbv2.order_with_many_actions", "awscc.elasticloadbalancingv2.listener*",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(ANY_OF(LEN_IN("actions", 0, 1), EACH("actions", ALWAYS, THEN(SET("order")))),
		      ANY_OF(LEN_IN("default_actions", 0, 1),
			     EACH("default_actions", ALWAYS, THEN(SET("order"))))),
		 "This value is required for rules with multiple actions.",
		 ELB "CreateRule Actions.Order"),
	AWS_SAYS("elbv2.rule_one_final_action", "awscc.elasticloadbalancingv2.listener_rule",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(COUNT_WHERE("actions", 1, 1, IS("type", "forward", "fixed-response",
		 "redirect"))),
		 "The rule must include exactly one of the following types of actions: forward, "
		 "fixed-response, or redirect, and it must be the last action to be performed.",
		 "CloudFormation registry: AWS::ElasticLoadBalancingV2::ListenerRule Actions"),
	/* no redirect from HTTPS to HTTP: a listener's own protocol, a rule's
	 * listener's */
	AWS_SAYS("elbv2.listener_redirect_not_to_http", "awscc.elasticloadbalancingv2.listener",
		 AWS_CALL_ANY,
		 WHEN(IS("protocol", "HTTPS")),
		 THEN(EACH("default_actions", ALWAYS, THEN(IS_NOT("redirect_config.protocol",
		 "HTTP")))),
		 "You can't redirect HTTPS to HTTP.",
		 ELB "CreateListener DefaultActions.RedirectConfig."
						       "Protocol"),
	AWS_SAYS("elbv2.rule_redirect_not_to_http", "awscc.elasticloadbalancingv2.listener_rule",
		 AWS_CALL_ANY,
		 WHEN(IS("listener_arn->protocol", "HTTPS")),
		 THEN(EACH("actions", ALWAYS, THEN(IS_NOT("redirect_config.protocol", "HTTP")))),
		 "You can't redirect HTTPS to HTTP.",
		 ELB "CreateRule Actions.RedirectConfig.Protocol"),

	/* a rule's conditions by their field */
	AWS_SAYS("elbv2.host_header_by_field", "awscc.elasticloadbalancingv2.listener_rule",
		 AWS_CALL_ANY, ALWAYS,
		 BY_FIELD("host_header_config", "host-header"),
		 "Specify only when Field is host-header.",
		 ELB "CreateRule Conditions.HostHeaderConfig"),
	AWS_SAYS("elbv2.http_header_by_field", "awscc.elasticloadbalancingv2.listener_rule",
		 AWS_CALL_ANY, ALWAYS,
		 BY_FIELD("http_header_config", "http-header"),
		 "Specify only when Field is http-header.",
		 ELB "CreateRule Conditions.HttpHeaderConfig"),
	AWS_SAYS("elbv2.request_method_by_field", "awscc.elasticloadbalancingv2.listener_rule",
		 AWS_CALL_ANY, ALWAYS,
		 BY_FIELD("http_request_method_config", "http-request-method"),
		 "Specify only when Field is http-request-method.",
		 ELB "CreateRule Conditions.HttpRequestMethodConfig"),
	AWS_SAYS("elbv2.path_pattern_by_field", "awscc.elasticloadbalancingv2.listener_rule",
		 AWS_CALL_ANY, ALWAYS,
		 BY_FIELD("path_pattern_config", "path-pattern"),
		 "Specify only when Field is path-pattern.",
		 ELB "CreateRule Conditions.PathPatternConfig"),
	AWS_SAYS("elbv2.query_string_by_field", "awscc.elasticloadbalancingv2.listener_rule",
		 AWS_CALL_ANY, ALWAYS,
		 BY_FIELD("query_string_config", "query-string"),
		 "Specify only when Field is query-string.",
		 ELB "CreateRule Conditions.QueryStringConfig"),
	AWS_SAYS("elbv2.source_ip_by_field", "awscc.elasticloadbalancingv2.listener_rule",
		 AWS_CALL_ANY, ALWAYS,
		 BY_FIELD("source_ip_config", "source-ip"),
		 "Specify only when Field is source-ip.",
		 ELB "CreateRule Conditions.SourceIpConfig"),
	AWS_SAYS("elbv2.regex_values_by_field", "awscc.elasticloadbalancingv2.listener_rule",
		 AWS_CALL_ANY, ALWAYS,
		 BY_FIELD("regex_values", "http-header", "host-header", "path-pattern"),
		 "Specify only when Field is http-header, host-header, or path-pattern.",
		 ELB "CreateRule Conditions.RegexValues"),
	AWS_SAYS("elbv2.values_by_field", "awscc.elasticloadbalancingv2.listener_rule",
		 AWS_CALL_ANY, ALWAYS,
		 BY_FIELD("values", "host-header", "path-pattern"),
		 "Specify only when Field is host-header or path-pattern.",
		 ELB "CreateRule Conditions.Values"),
	AWS_SAYS("elbv2.condition_strings_128", "awscc.elasticloadbalancingv2.listener_rule",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("conditions", ALWAYS,
			   THEN(EACH("host_header_config.values", ALWAYS, THEN(LEN_IN("", 0, 128))),
				EACH("host_header_config.regex_values", ALWAYS,
				     THEN(LEN_IN("", 0, 128))),
				EACH("http_header_config.values", ALWAYS, THEN(LEN_IN("", 0, 128))),
				EACH("http_header_config.regex_values", ALWAYS,
				     THEN(LEN_IN("", 0, 128))),
				EACH("path_pattern_config.values", ALWAYS, THEN(LEN_IN("", 0,
		 128))),
				EACH("path_pattern_config.regex_values", ALWAYS,
				     THEN(LEN_IN("", 0, 128))),
				EACH("query_string_config.values", ALWAYS,
				     THEN(LEN_IN("key", 0, 128), LEN_IN("value", 0, 128))),
				EACH("regex_values", ALWAYS, THEN(LEN_IN("", 0, 128))),
				EACH("values", ALWAYS, THEN(LEN_IN("", 0, 128)))))),
		 "The maximum length of each string is 128 characters.",
		 ELB "CreateRule Conditions.HostHeaderConfig.Values"),
	AWS_SAYS("elbv2.host_header_dot", "awscc.elasticloadbalancingv2.listener_rule",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("conditions", ALWAYS,
			   THEN(EACH("host_header_config.values", ALWAYS,
				     THEN(MATCHES("", "[.]")))))),
		 "You must include at least one \".\" character.",
		 ELB "CreateRule Conditions.HostHeaderConfig.Values"),
	AWS_SAYS("elbv2.http_header_not_host", "awscc.elasticloadbalancingv2.listener_rule",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("conditions", ALWAYS,
			   THEN(NOT_MATCHES("http_header_config.http_header_name",
					    "^[Hh][Oo][Ss][Tt]$")))),
		 "You can't use an HTTP header condition to specify the host header.",
		 ELB "CreateRule Conditions.HttpHeaderConfig.HttpHeaderName"),
	AWS_SAYS("elbv2.header_name_and_method_40", "awscc.elasticloadbalancingv2.listener_rule",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("conditions", ALWAYS,
			   THEN(LEN_IN("http_header_config.http_header_name", 0, 40),
				EACH("http_request_method_config.values", ALWAYS,
				     THEN(LEN_IN("", 0, 40)))))),
		 "The maximum length is 40 characters.",
		 ELB "CreateRule Conditions.HttpHeaderConfig.HttpHeaderName"),
	AWS_SAYS("elbv2.condition_no_wildcards", "awscc.elasticloadbalancingv2.listener_rule",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("conditions", ALWAYS,
			   THEN(NOT_MATCHES("http_header_config.http_header_name", "[*?]"),
				EACH("http_request_method_config.values", ALWAYS,
				     THEN(NOT_MATCHES("", "[*?]"))),
				EACH("source_ip_config.values", ALWAYS,
				     THEN(NOT_MATCHES("", "[*?]")))))),
		 "Wildcards are not supported.",
		 ELB "CreateRule Conditions.HttpHeaderConfig.HttpHeaderName"),
	AWS_SAYS("elbv2.source_ips_at_most_5", "awscc.elasticloadbalancingv2.listener_rule",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("conditions", ALWAYS, THEN(LEN_IN("source_ip_config.values", 0, 5)))),
		 "The total number of values must be less than, or equal to five.",
		 ELB "CreateRule Conditions.SourceIpConfig.Values"),
	AWS_SAYS("elbv2.host_rewrite_by_type", "awscc.elasticloadbalancingv2.listener_rule",
		 AWS_CALL_ANY, ALWAYS,
		 BY_TRANSFORM("host_header_rewrite_config", "host-header-rewrite"),
		 "Specify only when Type is host-header-rewrite.",
		 ELB "CreateRule Transforms.HostHeaderRewriteConfig"),
	AWS_SAYS("elbv2.url_rewrite_by_type", "awscc.elasticloadbalancingv2.listener_rule",
		 AWS_CALL_ANY, ALWAYS,
		 BY_TRANSFORM("url_rewrite_config", "url-rewrite"),
		 "Specify only when Type is url-rewrite.",
		 ELB "CreateRule Transforms.UrlRewriteConfig"),
	AWS_SAYS("elbv2.rewrite_1024", "awscc.elasticloadbalancingv2.listener_rule", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("transforms", ALWAYS,
			   THEN(EACH("host_header_rewrite_config.rewrites", ALWAYS,
				     THEN(LEN_IN("regex", 0, 1024), LEN_IN("replace", 0, 1024))),
				EACH("url_rewrite_config.rewrites", ALWAYS,
				     THEN(LEN_IN("regex", 0, 1024), LEN_IN("replace", 0, 1024)))))),
		 "The maximum length of the string is 1,024 characters.",
		 ELB "CreateRule Transforms.UrlRewriteConfig.Rewrites.Regex"),

	/* a listener: its certificate, its attributes, a gateway's, the
	 * protocol of the target group it forwards to */
	AWS_SAYS("elbv2.secure_listener_one_certificate", "awscc.elasticloadbalancingv2.listener",
		 AWS_CALL_ANY,
		 WHEN(IS("protocol", "HTTPS", "TLS")),
		 THEN(SET("certificates"), LEN_IN("certificates", 1, 1)),
		 "You must provide exactly one certificate if the listener protocol is HTTPS or TLS.",
		 ELB "CreateListener Certificates"),
	AWS_SAYS("elbv2.listener_alb_attributes", "awscc.elasticloadbalancingv2.listener",
		 AWS_CALL_ANY,
		 WHEN(IS("protocol", NOT_ALB_PROTOCOLS)),
		 THEN(COUNT_WHERE("listener_attributes", 0, 0, MATCHES("key",
		 "^routing[.]http[.]"))),
		 "The following attributes are only supported by Application Load Balancers.",
		 ELB "ModifyListenerAttributes Attributes.Key"),
	AWS_SAYS("elbv2.gwlb_listener_no_port_protocol", "awscc.elasticloadbalancingv2.listener",
		 AWS_CALL_ANY,
		 WHEN(IS("load_balancer_arn->load_balancer_type", "gateway")),
		 THEN(UNSET("port"), UNSET("protocol")),
		 "You can't specify a port for a Gateway Load Balancer. You can't specify a "
		 "protocol for a Gateway Load Balancer.", ELB "CreateListener Port"),
	AWS_SAYS("elbv2.tcp_udp_listener_group", "awscc.elasticloadbalancingv2.listener",
		 AWS_CALL_ANY,
		 WHEN(IS("protocol", "TCP_UDP")),
		 THEN(EACH("default_actions", ALWAYS,
			   THEN(IS("target_group_arn->protocol", "TCP_UDP")))),
		 "A TCP_UDP listener must be associated with a TCP_UDP target group.",
		 ELB "CreateTargetGroup Protocol"),
	AWS_SAYS("elbv2.tcp_quic_listener_group", "awscc.elasticloadbalancingv2.listener",
		 AWS_CALL_ANY,
		 WHEN(IS("protocol", "TCP_QUIC")),
		 THEN(EACH("default_actions", ALWAYS,
			   THEN(IS("target_group_arn->protocol", "TCP_QUIC")))),
		 "A TCP_QUIC listener must be associated with a TCP_QUIC target group.",
		 ELB "CreateTargetGroup Protocol"),

	/* a load balancer: its name, scheme, subnets, attributes */
	AWS_SAYS("elbv2.load_balancer_name", "awscc.elasticloadbalancingv2.load_balancer",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(LEN_IN("name", 1, 32), MATCHES("name", ELB_NAME),
		      NOT_MATCHES("name", "^internal-")),
		 "This name must be unique per region per account, can have a maximum of 32 "
		 "characters, must contain only alphanumeric characters or hyphens, must not begin "
		 "or end with a hyphen, and must not begin with \"internal-\".",
		 ELB "CreateLoadBalancer Name"),
	AWS_SAYS("elbv2.gwlb_no_scheme", "awscc.elasticloadbalancingv2.load_balancer", AWS_CALL_ANY,
		 WHEN(IS("load_balancer_type", "gateway")),
		 THEN(UNSET("scheme")), "You can't specify a scheme for a Gateway Load Balancer.",
		 ELB "CreateLoadBalancer Scheme"),
	AWS_SAYS("elbv2.ipv6_nat_prefix_dualstack", "awscc.elasticloadbalancingv2.load_balancer",
		 AWS_CALL_ANY,
		 WHEN(IS("enable_prefix_for_ipv_6_source_nat", "on")),
		 THEN(SET("ip_address_type"), MATCHES("ip_address_type", "^dualstack")),
		 "The IP address type must be dualstack.",
		 ELB "CreateLoadBalancer EnablePrefixForIpv6SourceNat"),
	AWS_SAYS("elbv2.nlb_enforce_needs_groups", "awscc.elasticloadbalancingv2.load_balancer",
		 AWS_CALL_ANY,
		 WHEN(SET("enforce_security_group_inbound_rules_on_private_link_traffic"),
		      IS("load_balancer_type", "network")),
		 THEN(SET("security_groups")),
		 "You can't configure this property on a Network Load Balancer unless you "
		 "associated a security group with the load balancer when you created it.",
		 "CloudFormation registry: AWS::ElasticLoadBalancingV2::LoadBalancer "
		 "EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic"),
	AWS_SAYS("elbv2.subnets_or_mappings", "awscc.elasticloadbalancingv2.load_balancer",
		 AWS_CALL_CREATE, ALWAYS,
		 THEN(ANY_OF(SET("subnets"), SET("subnet_mappings")),
		      EXACTLY_ONE_OF(SET("subnets"), SET("subnet_mappings"))),
		 "You must specify either subnets or subnet mappings, but not both.",
		 ELB "CreateLoadBalancer Subnets"),
	/* an application load balancer's one subnet: of an Outpost, or of a
	 * zone past a plain Availability Zone, else two zones (one subnet each) */
	AWS_SAYS("elbv2.alb_two_zones", "awscc.elasticloadbalancingv2.load_balancer", AWS_CALL_ANY,
		 WHEN(APPLICATION, LEN_IN("subnets", 1, 1)),
		 THEN(ANY_OF(SET("subnets[0]->outpost_arn"),
			     MATCHES("subnets[0]->availability_zone", OTHER_ZONE))),
		 "[Application Load Balancers] You must specify subnets from at least two "
		 "Availability Zones.", ELB "CreateLoadBalancer Subnets"),
	AWS_SAYS("elbv2.alb_two_zones_mappings", "awscc.elasticloadbalancingv2.load_balancer",
		 AWS_CALL_ANY,
		 WHEN(APPLICATION, LEN_IN("subnet_mappings", 1, 1)),
		 THEN(ANY_OF(SET("subnet_mappings[0].subnet_id->outpost_arn"),
			     MATCHES("subnet_mappings[0].subnet_id->availability_zone",
		 OTHER_ZONE))),
		 "[Application Load Balancers] You must specify subnets from at least two "
		 "Availability Zones.", ELB "CreateLoadBalancer SubnetMappings"),
	AWS_SAYS("elbv2.alb_outpost_one_subnet", "awscc.elasticloadbalancingv2.load_balancer",
		 AWS_CALL_ANY,
		 WHEN(APPLICATION, SET("subnets[0]->outpost_arn")), THEN(LEN_IN("subnets", 1, 1)),
		 "[Application Load Balancers on Outposts] You must specify one Outpost subnet.",
		 ELB "CreateLoadBalancer Subnets"),
	AWS_SAYS("elbv2.alb_no_elastic_ips", "awscc.elasticloadbalancingv2.load_balancer",
		 AWS_CALL_ANY, WHEN(APPLICATION),
		 THEN(EACH("subnet_mappings", ALWAYS, THEN(UNSET("allocation_id")))),
		 "You can't specify Elastic IP addresses for your subnets.",
		 ELB "CreateLoadBalancer SubnetMappings"),
	AWS_SAYS("elbv2.log_bucket_when_enabled", "awscc.elasticloadbalancingv2.load_balancer",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(LOG_BUCKET("access_logs"), LOG_BUCKET("connection_logs"),
		      LOG_BUCKET("health_check_logs")),
		 "This attribute is required if access logs are enabled.",
		 ELB "ModifyLoadBalancerAttributes Attributes.Key"),
	AWS_SAYS("elbv2.alb_cross_zone_on", "awscc.elasticloadbalancingv2.load_balancer",
		 AWS_CALL_ANY, WHEN(APPLICATION),
		 THEN(NO_ATTR_IS(LBA, "load_balancing.cross_zone.enabled", "false")),
		 "The default for Application Load Balancers is true, and can't be changed.",
		 ELB "ModifyLoadBalancerAttributes Attributes.Key"),
	AWS_SAYS("elbv2.secondary_ips_not_decreased", "awscc.elasticloadbalancingv2.load_balancer",
		 AWS_CALL_UPDATE, ALWAYS,
		 THEN(NOT_BELOW("1", "0"), NOT_BELOW("2", "0", "1"), NOT_BELOW("3", "0", "1", "2"),
		      NOT_BELOW("4", "0", "1", "2", "3"), NOT_BELOW("5", "0", "1", "2", "3", "4"),
		      NOT_BELOW("6", "0", "1", "2", "3", "4", "5"),
		      NOT_BELOW("7", "0", "1", "2", "3", "4", "5", "6")),
		 "After you set this value, you can't decrease it.",
		 ELB "ModifyLoadBalancerAttributes Attributes.Key"),

	/* a target group: its name, VPC, health checks, attributes, targets */
	AWS_SAYS("elbv2.target_group_name", "awscc.elasticloadbalancingv2.target_group",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(LEN_IN("name", 1, 32), MATCHES("name", ELB_NAME)),
		 "This name must be unique per region per account, can have a maximum of 32 "
		 "characters, must contain only alphanumeric characters or hyphens, and must not "
		 "begin or end with a hyphen.", ELB "CreateTargetGroup Name"),
	AWS_SAYS("elbv2.target_group_vpc", "awscc.elasticloadbalancingv2.target_group",
		 AWS_CALL_CREATE,
		 WHEN(ANY_OF(UNSET("target_type"), IS("target_type", "instance", "ip", "alb"))),
		 THEN(SET("vpc_id")), "Otherwise, this parameter is required.",
		 ELB "CreateTargetGroup VpcId"),
	AWS_SAYS("elbv2.health_check_always_on", "awscc.elasticloadbalancingv2.target_group",
		 AWS_CALL_ANY,
		 WHEN(IS("health_check_enabled", "false")),
		 THEN(SET("target_type"), IS("target_type", "lambda")),
		 "If the target type is instance, ip, or alb, health checks are always enabled and "
		 "can't be disabled.", ELB "CreateTargetGroup HealthCheckEnabled"),
	AWS_SAYS("elbv2.health_check_protocols", "awscc.elasticloadbalancingv2.target_group",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(IS_NOT("health_check_protocol", "GENEVE", "TLS", "UDP", "TCP_UDP", "QUIC",
			     "TCP_QUIC")),
		 "The GENEVE, TLS, UDP, TCP_UDP, QUIC, and TCP_QUIC protocols are not supported for "
		 "health checks.", ELB "CreateTargetGroup HealthCheckProtocol"),
	AWS_SAYS("elbv2.tcp_health_check_not_http", "awscc.elasticloadbalancingv2.target_group",
		 AWS_CALL_ANY,
		 WHEN(IS("protocol", "HTTP", "HTTPS")), THEN(IS_NOT("health_check_protocol",
		 "TCP")),
		 "The TCP protocol is not supported for health checks if the protocol of the target "
		 "group is HTTP or HTTPS.", ELB "CreateTargetGroup HealthCheckProtocol"),
	AWS_SAYS("elbv2.grpc_codes", "awscc.elasticloadbalancingv2.target_group", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(MATCHES("matcher.grpc_code", "^[0-9]{1,2}([,-][0-9]{1,2})*$")),
		 "You can specify values between 0 and 99.",
		 ELB "CreateTargetGroup Matcher.GrpcCode"),
	AWS_SAYS("elbv2.gwlb_http_code", "awscc.elasticloadbalancingv2.target_group", AWS_CALL_ANY,
		 WHEN(IS("protocol", "GENEVE")),
		 THEN(IS("matcher.http_code", "200-399")),
		 "For Gateway Load Balancers, this must be \"200-399\".",
		 ELB "CreateTargetGroup Matcher.HttpCode"),
	AWS_SAYS("elbv2.draining_interval_without_termination",
		 "awscc.elasticloadbalancingv2.target_group", AWS_CALL_ANY,
		 WHEN(ATTR_IS(TGA, "target_health_state.unhealthy.connection_termination.enabled",
			      "true")),
		 THEN(NO_ATTR(TGA, "target_health_state.unhealthy.draining_interval_seconds")),
		 "Note: This attribute can only be configured when "
		 "target_health_state.unhealthy.connection_termination.enabled is false.",
		 ELB "ModifyTargetGroupAttributes Attributes.Key"),
	AWS_SAYS("elbv2.alb_instance_ip_attributes", "awscc.elasticloadbalancingv2.target_group",
		 AWS_CALL_ANY,
		 WHEN(ANY_OF(IS("target_type", "lambda"), IS("protocol", NOT_ALB_PROTOCOLS))),
		 THEN(ALB_ONLY_TG("load_balancing.algorithm.type"),
		      ALB_ONLY_TG("load_balancing.algorithm.anomaly_mitigation"),
		      ALB_ONLY_TG("slow_start.duration_seconds"),
		      ALB_ONLY_TG("stickiness.app_cookie.cookie_name"),
		      ALB_ONLY_TG("stickiness.app_cookie.duration_seconds"),
		      ALB_ONLY_TG("stickiness.lb_cookie.duration_seconds")),
		 "The following attributes are supported only if the load balancer is an "
		 "Application Load Balancer and the target is an instance or an IP address:",
		 ELB "ModifyTargetGroupAttributes Attributes.Key"),
	AWS_SAYS("elbv2.lambda_multi_value_headers", "awscc.elasticloadbalancingv2.target_group",
		 AWS_CALL_ANY,
		 WHEN(HAS_ATTR(TGA, "lambda.multi_value_headers.enabled")),
		 THEN(SET("target_type"), IS("target_type", "lambda")),
		 "The following attribute is supported only if the load balancer is an Application "
		 "Load Balancer and the target is a Lambda function:",
		 ELB "ModifyTargetGroupAttributes Attributes.Key"),
	AWS_SAYS("elbv2.lambda_no_deregistration_delay",
		 "awscc.elasticloadbalancingv2.target_group", AWS_CALL_ANY,
		 WHEN(IS("target_type", "lambda")),
		 THEN(NO_ATTR(TGA, "deregistration_delay.timeout_seconds")),
		 "If the target is a Lambda function, this attribute is not supported.",
		 ELB "ModifyTargetGroupAttributes Attributes.Key"),
	AWS_SAYS("elbv2.min_healthy_count_form", "awscc.elasticloadbalancingv2.target_group",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(TGA, WHEN(IS("key", "target_group_health.dns_failover.minimum_healthy_"
					"targets.count")),
			   THEN(MATCHES("value", "^(off|[1-9][0-9]*)$"))),
		      EACH(TGA, WHEN(IS("key", "target_group_health.unhealthy_state_routing."
					"minimum_healthy_targets.count")),
			   THEN(MATCHES("value", "^[1-9][0-9]*$")))),
		 "The possible values are off or an integer from 1 to the maximum number of targets.",
		 ELB "ModifyTargetGroupAttributes Attributes.Key"),
	AWS_SAYS("elbv2.udp_client_ip_preserved", "awscc.elasticloadbalancingv2.target_group",
		 AWS_CALL_ANY,
		 WHEN(IS("protocol", "UDP", "TCP_UDP")),
		 THEN(NO_ATTR_IS(TGA, "preserve_client_ip.enabled", "false")),
		 "Client IP preservation can't be disabled for UDP and TCP_UDP target groups.",
		 ELB "ModifyTargetGroupAttributes Attributes.Key"),
	AWS_SAYS("elbv2.udp_no_unhealthy_termination", "awscc.elasticloadbalancingv2.target_group",
		 AWS_CALL_ANY,
		 WHEN(IS("protocol", "UDP", "TCP_UDP")),
		 THEN(NO_ATTR_IS(TGA,
		 "target_health_state.unhealthy.connection_termination.enabled",
				 "true")),
		 "This attribute can't be enabled for UDP and TCP_UDP target groups.",
		 ELB "ModifyTargetGroupAttributes Attributes.Key"),
	AWS_SAYS("elbv2.target_failover_together", "awscc.elasticloadbalancingv2.target_group",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(FAILOVER_WITH(DEREGISTRATION, UNHEALTHY), FAILOVER_WITH(UNHEALTHY,
		 DEREGISTRATION),
		      FAILOVER_SAME(DEREGISTRATION, UNHEALTHY, "rebalance"),
		      FAILOVER_SAME(DEREGISTRATION, UNHEALTHY, "no_rebalance")),
		 "The two attributes (target_failover.on_deregistration and "
		 "target_failover.on_unhealthy) can't be set independently. The value you set for "
		 "both attributes must be the same.",
		 ELB "ModifyTargetGroupAttributes Attributes.Key"),
	AWS_SAYS("elbv2.target_zone_not_instance", "awscc.elasticloadbalancingv2.target_group",
		 AWS_CALL_ANY,
		 WHEN(ANY_OF(UNSET("target_type"), IS("target_type", "instance", "alb"))),
		 THEN(EACH("targets", ALWAYS, THEN(UNSET("availability_zone")))),
		 "This parameter is not supported if the target type of the target group is "
		 "instance or alb.", ELB "RegisterTargets Targets.AvailabilityZone"),
	AWS_SAYS("elbv2.lambda_target_zone_all", "awscc.elasticloadbalancingv2.target_group",
		 AWS_CALL_ANY, WHEN(IS("target_type", "lambda")),
		 THEN(EACH("targets", ALWAYS, THEN(IS("availability_zone", "all")))),
		 "If the target type is lambda, this parameter is optional and the only supported "
		 "value is all.", ELB "RegisterTargets Targets.AvailabilityZone"),
	AWS_SAYS("elbv2.quic_server_id_lowercase", "awscc.elasticloadbalancingv2.target_group",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("targets", ALWAYS, THEN(NOT_MATCHES("quic_server_id", "[A-Z]")))),
		 "Any letters must be lowercase.", ELB "RegisterTargets Targets.QuicServerId"),
	AWS_SAYS("elbv2.quic_server_id_required", "awscc.elasticloadbalancingv2.target_group",
		 AWS_CALL_ANY,
		 WHEN(IS("protocol", "QUIC", "TCP_QUIC")),
		 THEN(EACH("targets", ALWAYS, THEN(SET("quic_server_id")))),
		 "This value is required if the protocol is QUIC or TCP_QUIC and can't be used with "
		 "other protocols.", ELB "RegisterTargets Targets.QuicServerId"),
	AWS_SAYS("elbv2.quic_server_id_only_quic", "awscc.elasticloadbalancingv2.target_group",
		 AWS_CALL_ANY,
		 WHEN(IS("protocol", "GENEVE", "HTTP", "HTTPS", "TCP", "TCP_UDP", "TLS", "UDP")),
		 THEN(EACH("targets", ALWAYS, THEN(UNSET("quic_server_id")))),
		 "This value is required if the protocol is QUIC or TCP_QUIC and can't be used with "
		 "other protocols.", ELB "RegisterTargets Targets.QuicServerId"),
	AWS_SAYS("elbv2.quic_server_ids_unique", "awscc.elasticloadbalancingv2.target_group",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(UNIQUE("targets[].quic_server_id")),
		 "The value must be unique at the listener level.",
		 ELB "RegisterTargets Targets.QuicServerId"),
	{ NULL },
};
