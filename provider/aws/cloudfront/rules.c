/*
 * cloudfront/rules.c: CloudFront's rows of the one table of checks
 * (checks/row.h) on the awscc types of a service terrace's own code does
 * not call (its objects are made through Cloud Control alone): AWS's words
 * of the census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE). Its ledger: checks/words/cloudfront.words.
 */
#include "provider/aws/checks/rules.h"

#define CF "cloudfront "
#define D "distribution_config."
#define DCB D "default_cache_behavior."
#define CB D "cache_behaviors"
#define VC D "viewer_certificate."
#define CDP "continuous_deployment_policy_config."
/* a staging policy's header and weight, in its traffic_config and in the
 * older single_*_policy_config the registry keeps beside it */
#define HEADER_NOW CDP "traffic_config.single_header_config.header"
#define HEADER_OLD CDP "single_header_policy_config.header"
#define WEIGHT_NOW CDP "traffic_config.single_weight_config."
#define WEIGHT_OLD CDP "single_weight_policy_config."
#define MULTI_TENANT "You can't specify this field for multi-tenant distributions."
#define POLICY_OR_FORWARDED(WHO) "A " WHO " must include either a CachePolicyId or ForwardedValues."
#define WHITELIST "Required if you specify whitelist for the value of Forward."
#define VIEWER_EVENTS "The event type of the function, either viewer-request or viewer-response. " \
	"You cannot use origin-facing event types (origin-request and origin-response) with a " \
	"CloudFront function."
#define VERSION_ARN "You must specify the ARN of a function version; you can't specify an alias " \
	"or $LATEST."
#define ALL_HEADERS "You must specify 0 for MinTTL if you configure CloudFront to forward all " \
	"headers to your origin (under Headers, if you specify 1 for Quantity and * for Name)."
#define CACHED "Valid values are 2 (for caching responses to GET and HEAD requests) and 3 (for " \
	"caching responses to GET, HEAD, and OPTIONS requests)."
#define ALLOWED "Valid values are 2 (for GET and HEAD requests), 3 (for GET, HEAD, and OPTIONS " \
	"requests) and 7 (for GET, HEAD, OPTIONS, PUT, PATCH, POST, and DELETE requests)."
#define GRPC "To enable your distribution to handle gRPC requests, you must include HTTP/2 as " \
	"one of the supported HTTP versions and allow HTTP methods, including POST."
/* a cache behavior's fields a multi-tenant distribution may not have
 * (a boolean refused when true alone: false is its default, which AWS does
 * not say it takes for a field specified) */
#define TENANT_BEHAVIOR(P) UNSET(P "default_ttl"), UNSET(P "max_ttl"), UNSET(P "min_ttl"), \
	IS_NOT(P "smooth_streaming", "true"), UNSET(P "trusted_signers"), \
	UNSET(P "forwarded_values")
#define ORIGIN_TIMEOUTS(P) IN(P "origin_read_timeout", 1, 1e15), \
	IN(P "origin_keepalive_timeout", 1, 1e15)
#define TAG_LENGTHS THEN(LEN_IN("key", 1, 128), LEN_IN("value", 0, 256))
#define COMMENT(P) LEN_IN(P ".comment", 0, 128)

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_cloudfront[] = {
	/* a comment, on each type whose config has one */
	AWS_SAYS("cloudfront.comment_128", "awscc.cloudfront.*", AWS_CALL_ANY, ALWAYS,
		 THEN(COMMENT("cache_policy_config"),
		      COMMENT("cloudfront_origin_access_identity_config"),
		      COMMENT("connection_function_config"), COMMENT("distribution_config"),
		      COMMENT("function_config"), COMMENT("key_group_config"),
		      COMMENT("origin_request_policy_config"), COMMENT("public_key_config"),
		      COMMENT("response_headers_policy_config")),
		 "The comment cannot be longer than 128 characters.",
		 CF "CreateCachePolicy CachePolicyConfig.Comment"),

	/* a multi-tenant distribution (connection mode tenant-only) and a
	 * standard one */
	AWS_SAYS("cloudfront.multi_tenant_fields", "awscc.cloudfront.distribution", AWS_CALL_ANY,
		 WHEN(IS(D "connection_mode", "tenant-only")),
		 THEN(UNSET(D "aliases"), UNSET(D "continuous_deployment_policy_id"),
		      UNSET(D "price_class"), IS_NOT(D "staging", "true"),
		      UNSET(VC "iam_certificate_id"), TENANT_BEHAVIOR(DCB),
		      EACH(CB, ALWAYS, THEN(TENANT_BEHAVIOR("")))),
		 MULTI_TENANT, CF "CreateDistribution DistributionConfig.Aliases"),
	AWS_SAYS("cloudfront.tenant_config_multi_tenant", "awscc.cloudfront.distribution",
		 AWS_CALL_ANY, WHEN(SET(D "tenant_config")),
		 THEN(SET(D "connection_mode"), IS(D "connection_mode", "tenant-only")),
		 "You can't specify this field for standard distributions.",
		 CF "CreateDistribution DistributionConfig.TenantConfig"),

	/* a cache behavior: its cache policy or forwarded values, cookies named
	 * when whitelisted, methods, functions */
	AWS_SAYS("cloudfront.default_policy_or_forwarded", "awscc.cloudfront.distribution",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(ANY_OF(SET(DCB "cache_policy_id"), SET(DCB "forwarded_values"))),
		 POLICY_OR_FORWARDED("DefaultCacheBehavior"),
		 CF "CreateDistribution DistributionConfig.DefaultCacheBehavior.CachePolicyId"),
	AWS_SAYS("cloudfront.behavior_policy_or_forwarded", "awscc.cloudfront.distribution",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(CB, ALWAYS,
			   THEN(ANY_OF(SET("cache_policy_id"), SET("forwarded_values"))))),
		 POLICY_OR_FORWARDED("CacheBehavior"),
		 CF "CreateDistribution DistributionConfig.CacheBehaviors.Items.CachePolicyId"),
	AWS_SAYS("cloudfront.whitelist_names", "awscc.cloudfront.distribution", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(ANY_OF(IS_NOT(DCB "forwarded_values.cookies.forward", "whitelist"),
			     SET(DCB "forwarded_values.cookies.whitelisted_names")),
		      EACH(CB, WHEN(IS("forwarded_values.cookies.forward", "whitelist")),
			   THEN(SET("forwarded_values.cookies.whitelisted_names")))),
		 WHITELIST, CF "CreateDistribution DistributionConfig.DefaultCacheBehavior."
			       "ForwardedValues.Cookies.WhitelistedNames"),
	AWS_SAYS("cloudfront.all_headers_min_ttl", "awscc.cloudfront.distribution", AWS_CALL_ANY,
		 WHEN(HAS(DCB "forwarded_values.headers", "*")), THEN(IS(DCB "min_ttl", "0")),
		 ALL_HEADERS, CF "CreateDistribution DistributionConfig.DefaultCacheBehavior.MinTTL"),
	AWS_SAYS("cloudfront.behavior_all_headers_min_ttl", "awscc.cloudfront.distribution",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(CB, WHEN(HAS("forwarded_values.headers", "*")), THEN(IS("min_ttl", "0")))),
		 ALL_HEADERS, CF "CreateDistribution DistributionConfig.CacheBehaviors.Items.MinTTL"),
	AWS_SAYS("cloudfront.cached_methods", "awscc.cloudfront.distribution", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(LEN_IN(DCB "cached_methods", 2, 3),
		      EACH(DCB "cached_methods", ALWAYS, THEN(IS("", "GET", "HEAD", "OPTIONS"))),
		      EACH(CB, ALWAYS,
			   THEN(LEN_IN("cached_methods", 2, 3),
				EACH("cached_methods", ALWAYS,
				     THEN(IS("", "GET", "HEAD", "OPTIONS")))))),
		 CACHED, CF "CreateDistribution DistributionConfig.DefaultCacheBehavior."
			    "AllowedMethods.CachedMethods.Quantity"),
	AWS_SAYS("cloudfront.allowed_methods_count", "awscc.cloudfront.distribution", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(ANY_OF(LEN_IN(DCB "allowed_methods", 2, 3), LEN_IN(DCB "allowed_methods", 7, 7)),
		      EACH(CB, ALWAYS,
			   THEN(ANY_OF(LEN_IN("allowed_methods", 2, 3),
				       LEN_IN("allowed_methods", 7, 7))))),
		 ALLOWED, CF "CreateDistribution DistributionConfig.DefaultCacheBehavior."
			     "AllowedMethods.Quantity"),
	AWS_SAYS("cloudfront.function_viewer_events", "awscc.cloudfront.distribution",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(DCB "function_associations", ALWAYS,
			   THEN(IS("event_type", "viewer-request", "viewer-response"))),
		      EACH(CB, ALWAYS,
			   THEN(EACH("function_associations", ALWAYS,
				     THEN(IS("event_type", "viewer-request", "viewer-response")))))),
		 VIEWER_EVENTS, CF "CreateDistribution DistributionConfig.DefaultCacheBehavior."
				   "FunctionAssociations.Items.EventType"),
	AWS_SAYS("cloudfront.lambda_version_arn", "awscc.cloudfront.distribution", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH(DCB "lambda_function_associations", ALWAYS,
			   THEN(MATCHES("lambda_function_arn", ":[0-9]+$"))),
		      EACH(CB, ALWAYS,
			   THEN(EACH("lambda_function_associations", ALWAYS,
				     THEN(MATCHES("lambda_function_arn", ":[0-9]+$")))))),
		 VERSION_ARN, CF "CreateDistribution DistributionConfig.DefaultCacheBehavior."
				 "LambdaFunctionAssociations.Items.LambdaFunctionARN"),
	/* gRPC: POST allowed, and a version of HTTP/2 (http1.1 alone refused:
	 * whether http3 serves HTTP/2 AWS leaves to another page) */
	AWS_SAYS("cloudfront.grpc_post_http2", "awscc.cloudfront.distribution", AWS_CALL_ANY,
		 WHEN(IS(DCB "grpc_config.enabled", "true")),
		 THEN(HAS(DCB "allowed_methods", "POST"), IS_NOT(D "http_version", "http1.1")),
		 GRPC, "CloudFormation registry: AWS::CloudFront::Distribution GrpcConfig"),
	AWS_SAYS("cloudfront.behavior_grpc_post_http2", "awscc.cloudfront.distribution",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(CB, WHEN(IS("grpc_config.enabled", "true")),
			   THEN(HAS("allowed_methods", "POST"),
				IS_NOT("/" D "http_version", "http1.1")))),
		 GRPC, "CloudFormation registry: AWS::CloudFront::Distribution GrpcConfig"),

	/* custom error responses: a response code and a page, each with the other */
	AWS_SAYS("cloudfront.error_code_needs_page", "awscc.cloudfront.distribution", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH(D "custom_error_responses", WHEN(SET("response_code")),
			   THEN(SET("response_page_path")))),
		 "If you specify a value for ResponseCode, you must also specify a value for "
		 "ResponsePagePath.",
		 CF "CreateDistribution DistributionConfig.CustomErrorResponses.Items.ResponseCode"),
	AWS_SAYS("cloudfront.error_page_needs_code", "awscc.cloudfront.distribution", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH(D "custom_error_responses", WHEN(SET("response_page_path")),
			   THEN(SET("response_code")))),
		 "If you specify a value for ResponsePagePath, you must also specify a value for "
		 "ResponseCode.",
		 CF "CreateDistribution DistributionConfig.CustomErrorResponses.Items."
		    "ResponsePagePath"),
	AWS_SAYS("cloudfront.root_object_no_slash", "awscc.cloudfront.distribution", AWS_CALL_ANY,
		 ALWAYS, THEN(NOT_MATCHES(D "default_root_object", "^/")),
		 "Your string can't begin with a forward slash (/).",
		 CF "CreateDistribution DistributionConfig.DefaultRootObject"),

	/* origins: their ids, attempts and timeouts (a read or keep-alive
	 * timeout's maximum is the account's quota, raised on request: its
	 * minimum alone), Origin Shield's region, SSL protocols and policy */
	AWS_SAYS("cloudfront.origins_or_groups", "awscc.cloudfront.distribution", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(ANY_OF(SET(D "origins"), SET(D "origin_groups"), SET(D "custom_origin"),
			     SET(D "s3_origin"))),
		 "Specify a value for either the Origins or OriginGroups property.",
		 "CloudFormation registry: AWS::CloudFront::Distribution DistributionConfig.Origins"),
	AWS_SAYS("cloudfront.origin_ids_unique", "awscc.cloudfront.distribution", AWS_CALL_ANY,
		 ALWAYS, THEN(UNIQUE(D "origins[].id")),
		 "This value must be unique within the distribution.",
		 CF "CreateDistribution DistributionConfig.Origins.Items.Id"),
	AWS_SAYS("cloudfront.origin_connection_attempts", "awscc.cloudfront.distribution",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(D "origins", ALWAYS, THEN(IN("connection_attempts", 1, 3)))),
		 "The minimum number is 1, the maximum is 3, and the default (if you don't specify "
		 "otherwise) is 3.",
		 CF "CreateDistribution DistributionConfig.Origins.Items.ConnectionAttempts"),
	AWS_SAYS("cloudfront.origin_connection_timeout", "awscc.cloudfront.distribution",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(D "origins", ALWAYS, THEN(IN("connection_timeout", 1, 10)))),
		 "The minimum timeout is 1 second, the maximum is 10 seconds, and the default (if you "
		 "don't specify otherwise) is 10 seconds.",
		 CF "CreateDistribution DistributionConfig.Origins.Items.ConnectionTimeout"),
	AWS_SAYS("cloudfront.origin_timeouts_from_one", "awscc.cloudfront.distribution",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(D "origins", ALWAYS,
			   THEN(ORIGIN_TIMEOUTS("custom_origin_config."),
				ORIGIN_TIMEOUTS("s3_origin_config."),
				ORIGIN_TIMEOUTS("vpc_origin_config.")))),
		 "The minimum timeout is 1 second, the maximum is 120 seconds, and the default (if "
		 "you don't specify otherwise) is 30 seconds.",
		 CF "CreateDistribution DistributionConfig.Origins.Items.CustomOriginConfig."
		    "OriginReadTimeout"),
	AWS_SAYS("cloudfront.completion_after_read", "awscc.cloudfront.distribution",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(D "origins", ALWAYS,
			   THEN(AT_MOST("custom_origin_config.origin_read_timeout",
					"response_completion_timeout"),
				AT_MOST("s3_origin_config.origin_read_timeout",
					"response_completion_timeout"),
				AT_MOST("vpc_origin_config.origin_read_timeout",
					"response_completion_timeout")))),
		 "The value for ResponseCompletionTimeout must be equal to or greater than the value "
		 "for OriginReadTimeout.",
		 CF "CreateDistribution DistributionConfig.Origins.Items.ResponseCompletionTimeout"),
	AWS_SAYS("cloudfront.origin_shield_region", "awscc.cloudfront.distribution", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH(D "origins", WHEN(IS("origin_shield.enabled", "true")),
			   THEN(SET("origin_shield.origin_shield_region")))),
		 "When you enable CloudFront Origin Shield, you must specify the Amazon Web Services "
		 "Region for Origin Shield.",
		 CF "CreateDistribution DistributionConfig.Origins.Items.OriginShield."
		    "OriginShieldRegion"),
	AWS_SAYS("cloudfront.origin_ssl_protocols", "awscc.cloudfront.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(D "origins", ALWAYS,
			   THEN(EACH("custom_origin_config.origin_ssl_protocols", ALWAYS,
				     THEN(IS("", "SSLv3", "TLSv1", "TLSv1.1", "TLSv1.2"))))),
		      EACH("vpc_origin_endpoint_config.origin_ssl_protocols", ALWAYS,
			   THEN(IS("", "SSLv3", "TLSv1", "TLSv1.1", "TLSv1.2")))),
		 "Valid values include SSLv3, TLSv1, TLSv1.1, and TLSv1.2.",
		 CF "CreateDistribution DistributionConfig.Origins.Items.CustomOriginConfig."
		    "OriginSslProtocols"),
	AWS_SAYS("cloudfront.origin_protocol_policy", "awscc.cloudfront.distribution",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(D "origins", ALWAYS,
			   THEN(IS("custom_origin_config.origin_protocol_policy", "http-only",
				   "match-viewer", "https-only")))),
		 "Valid values are: http-only [...] match-viewer [...] https-only",
		 CF "CreateDistribution DistributionConfig.Origins.Items.CustomOriginConfig."
		    "OriginProtocolPolicy"),

	/* the viewer certificate */
	AWS_SAYS("cloudfront.certificate_protocol_and_method", "awscc.cloudfront.distribution",
		 AWS_CALL_ANY,
		 WHEN(ANY_OF(SET(VC "acm_certificate_arn"), SET(VC "iam_certificate_id"))),
		 THEN(SET(VC "minimum_protocol_version"), SET(VC "ssl_support_method")),
		 "If you specify an ACM certificate ARN, you must also specify values for "
		 "MinimumProtocolVersion and SSLSupportMethod.",
		 CF "CreateDistribution DistributionConfig.ViewerCertificate.ACMCertificateArn"),
	AWS_SAYS("cloudfront.certificate_acm_or_iam", "awscc.cloudfront.distribution",
		 AWS_CALL_ANY, WHEN(SET(VC "acm_certificate_arn")),
		 THEN(UNSET(VC "iam_certificate_id")),
		 "ACMCertificateArn or IAMCertificateId (specify a value for one, not both)",
		 CF "CreateDistribution DistributionConfig.ViewerCertificate."
		    "CloudFrontDefaultCertificate"),
	AWS_SAYS("cloudfront.sni_protocol", "awscc.cloudfront.distribution", AWS_CALL_ANY,
		 WHEN(IS(VC "ssl_support_method", "sni-only")),
		 THEN(IS_NOT(VC "minimum_protocol_version", "SSLv3")),
		 "When you're using SNI only (you set SSLSupportMethod to sni-only), you must specify "
		 "TLSv1 or higher.",
		 CF "CreateDistribution DistributionConfig.ViewerCertificate.MinimumProtocolVersion"),

	/* a continuous deployment (staging) policy */
	AWS_SAYS("cloudfront.staging_header_prefix", "awscc.cloudfront.continuous_deployment_policy",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES(HEADER_NOW, "^aws-cf-cd-"), MATCHES(HEADER_OLD, "^aws-cf-cd-")),
		 "The header must contain the prefix aws-cf-cd-.",
		 CF "CreateContinuousDeploymentPolicy ContinuousDeploymentPolicyConfig."
		    "TrafficConfig.SingleHeaderConfig.Header"),
	AWS_SAYS("cloudfront.session_idle_within_maximum",
		 "awscc.cloudfront.continuous_deployment_policy", AWS_CALL_ANY, ALWAYS,
		 THEN(AT_MOST(WEIGHT_NOW "session_stickiness_config.idle_ttl",
			      WEIGHT_NOW "session_stickiness_config.maximum_ttl"),
		      AT_MOST(WEIGHT_OLD "session_stickiness_config.idle_ttl",
			      WEIGHT_OLD "session_stickiness_config.maximum_ttl")),
		 "The value must be less than or equal to MaximumTTL.",
		 CF "CreateContinuousDeploymentPolicy ContinuousDeploymentPolicyConfig."
		    "TrafficConfig.SingleWeightConfig.SessionStickinessConfig.IdleTTL"),
	AWS_SAYS("cloudfront.staging_weight", "awscc.cloudfront.continuous_deployment_policy",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(IN(WEIGHT_NOW "weight", 0, 0.15), IN(WEIGHT_OLD "weight", 0, 0.15)),
		 "The percentage of traffic to send to a staging distribution, expressed as a decimal "
		 "number between 0 and 0.15.",
		 CF "CreateContinuousDeploymentPolicy ContinuousDeploymentPolicyConfig."
		    "TrafficConfig.SingleWeightConfig.Weight"),

	/* a response headers policy's XSS protection */
	AWS_SAYS("cloudfront.xss_report_uri", "awscc.cloudfront.response_headers_policy",
		 AWS_CALL_ANY,
		 WHEN(IS("response_headers_policy_config.security_headers_config.xss_protection."
			 "mode_block", "true")),
		 THEN(UNSET("response_headers_policy_config.security_headers_config.xss_protection."
			    "report_uri")),
		 "You cannot specify a ReportUri when ModeBlock is true.",
		 CF "CreateResponseHeadersPolicy ResponseHeadersPolicyConfig.SecurityHeadersConfig."
		    "XSSProtection.ReportUri"),

	/* a real-time log's endpoints, an anycast IP list's size, a tenant's
	 * domains, every type's tags */
	AWS_SAYS("cloudfront.realtime_kinesis", "awscc.cloudfront.realtime_log_config",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("end_points", ALWAYS, THEN(IS("stream_type", "Kinesis")))),
		 "The only valid value is Kinesis.",
		 CF "CreateRealtimeLogConfig EndPoints.StreamType"),
	AWS_SAYS("cloudfront.anycast_ip_count", "awscc.cloudfront.anycast_ip_list", AWS_CALL_ANY,
		 ALWAYS, THEN(IS("ip_count", "21", "3")), "Valid values: 21 or 3.",
		 CF "CreateAnycastIpList IpCount"),
	AWS_SAYS("cloudfront.tenant_domains", "awscc.cloudfront.distribution_tenant", AWS_CALL_ANY,
		 ALWAYS, THEN(LEN_IN("domains", 1, 1e9)),
		 "You must specify at least one domain in the request.",
		 CF "CreateDistributionTenant Domains"),
	AWS_SAYS("cloudfront.tag_lengths", "awscc.cloudfront.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, TAG_LENGTHS), EACH("tags.items", ALWAYS, TAG_LENGTHS)),
		 "The string length should be between 1 and 128 characters.",
		 CF "TagResource Tags.Items.Key"),
	{ NULL },
};
