/*
 * test_words_census14.c: the words rows (AWS_SAYS, checks/words.c) of the
 * census's third scope as the fourteenth census helper judged them
 * (wafv2/rules.c, config/rules.c; the ledgers checks/words/wafv2.words,
 * config.words), each through
 * aws_constraints_check: a resource it refuses, whose message names the
 * attribute, quotes AWS's sentence and names its document, and its passing
 * twin; every such row has a case here. And the written rule
 * rule_wafv2_statements on statements however deep, in either spelling
 * (config/rules.c's conformance pack template bucket, a check across the
 * stack, has its case in test_words_crossing.c).
 * The provider's region is eu-west-1 (a CloudFront-scoped object's row).
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

#define VISIBILITY(NAME) "'visibility_config': {'sampled_requests_enabled': true, " \
	"'cloudwatch_metrics_enabled': true, 'metric_name': '" NAME "'}"
/* A web ACL's or rule group's rules RULES, with more. */
#define WAF_ACL(RULES, MORE) "{'name': 'acl', 'scope': 'REGIONAL', 'default_action': " \
	"{'allow': {}}, " VISIBILITY("acl") ", 'rules': [" RULES "]" MORE "}"
#define WAF_GROUP(RULES, MORE) "{'name': 'grp', 'scope': 'REGIONAL', 'capacity': 100, " \
	VISIBILITY("grp") ", 'rules': [" RULES "]" MORE "}"
/* A rule of priority PRIORITY on STATEMENT, with more (its action ...). */
#define WAF_RULE(PRIORITY, STATEMENT, MORE) "{'name': 'r" PRIORITY "', 'priority': " \
	PRIORITY ", 'statement': " STATEMENT ", " VISIBILITY("r") MORE "}"
#define BLOCK ", 'action': {'block': {}}"
/* A byte match statement on FIELD with more. */
#define BYTE_MATCH(FIELD, MORE) "{'byte_match_statement': {'field_to_match': " FIELD ", " \
	"'positional_constraint': 'CONTAINS', 'search_string': 'abc', 'text_transformations': " \
	"[{'priority': 0, 'type': 'NONE'}]" MORE "}}"
#define URI "{'uri_path': {}}"
#define GEO "{'geo_match_statement': {'country_codes': ['US']}}"
/* A rate-based statement keyed by KEY, with more. */
#define RATE(KEY, MORE) "{'rate_based_statement': {'limit': 100, 'aggregate_key_type': '" KEY \
	"'" MORE "}}"
#define FWD ", 'forwarded_ip_config': {'header_name': 'X-Forwarded-For', " \
	"'fallback_behavior': 'MATCH'}"
#define MANAGED(MORE) "{'managed_rule_group_statement': {'vendor_name': 'AWS', 'name': " \
	"'AWSManagedRulesCommonRuleSet'" MORE "}}"
#define IP_SET(SCOPE, ADDRESS) "{'name': 's', 'scope': '" SCOPE "', 'ip_address_version': " \
	"'IPV4', 'addresses': ['" ADDRESS "']}"
#define LOGGING(LABEL) "{'resource_arn': 'arn:aws:wafv2:eu-west-1:123456789012:regional/" \
	"webacl/acl/1234', 'log_destination_configs': ['arn:aws:logs:eu-west-1:123456789012:" \
	"log-group:aws-waf-logs-a'], 'logging_filter': {'default_behavior': 'KEEP', " \
	"'filters': [{'behavior': 'DROP', 'requirement': 'MEETS_ANY', 'conditions': " \
	"[{'label_name_condition': {'label_name': '" LABEL "'}}]}]}}"
#define ASSOCIATION(ARN) "{'resource_arn': '" ARN "', 'web_acl_arn': 'arn:aws:wafv2:" \
	"eu-west-1:123456789012:regional/webacl/acl/1234'}"
#define APP_CONFIG(VALUE) ", 'application_config': {'attributes': [{'name': 'app', " \
	"'values': ['" VALUE "']}]}"
#define CHALLENGE(SECONDS) "'challenge_config': {'immunity_time_property': " \
	"{'immunity_time': " SECONDS "}}"
#define RATE_AT "rules[0].statement.rate_based_statement."
/* An AWS Config rule of scope SCOPE, source owner OWNER, with more. */
#define CONFIG_RULE(SCOPE, OWNER, MORE) "{'config_rule_name': 'r', 'scope': {" SCOPE "}, " \
	"'source': {'owner': '" OWNER "'" MORE "}}"
#define CUSTOM_LAMBDA(FREQUENCY, TYPE) ", 'source_identifier': 'arn:aws:lambda:eu-west-1:" \
	"123456789012:function:check', 'source_details': [{'event_source': 'aws.config', " \
	FREQUENCY "'message_type': '" TYPE "'}]"
#define MODES(A, B) "{'config_rule_name': 'r', 'source': {'owner': 'AWS', 'source_identifier': " \
	"'S3_BUCKET_VERSIONING_ENABLED'}, 'evaluation_modes': [{'mode': '" A "'}, {'mode': '" B \
	"'}]}"
#define ORG_PACK(BUCKET) "{'organization_conformance_pack_name': 'p', 'template_s3_uri': " \
	"'s3://packs/p.yaml', 'delivery_s3_bucket': '" BUCKET "'}"
#define PACK(MORE) "{'conformance_pack_name': 'p', 'template_body': 'Resources: {}'" MORE "}"
#define AGGREGATOR(KEY) "{'configuration_aggregator_name': 'a', 'account_aggregation_sources': " \
	"[{'account_ids': ['123456789012'], 'all_aws_regions': true}], 'tags': [{'key': '" KEY \
	"', 'value': 'a'}]}"

static const struct words_case cases[] = {
	{ "wafv2.ip_set_addresses_cidr", "awscc.wafv2.ip_set", "addresses[0]",
	  IP_SET("REGIONAL", "192.0.2.44"), NULL, IP_SET("REGIONAL", "192.0.2.44/32"), NULL },
	{ "wafv2.cloudfront_us_east_1", "awscc.wafv2.ip_set", "scope",
	  IP_SET("CLOUDFRONT", "192.0.2.0/24"), NULL, IP_SET("REGIONAL", "192.0.2.0/24"), NULL },
	{ "wafv2.application_config_kept", "awscc.wafv2.web_acl", "application_config",
	  WAF_ACL("", APP_CONFIG("shop")), WAF_ACL("", APP_CONFIG("store")),
	  WAF_ACL("", APP_CONFIG("store")), WAF_ACL("", APP_CONFIG("store")) },
	{ "wafv2.rule_group_capacity_kept", "awscc.wafv2.rule_group", "capacity",
	  WAF_GROUP("", ", 'capacity': 200"), WAF_GROUP("", ""),
	  WAF_GROUP("", ", 'description': 'x'"), WAF_GROUP("", "") },
	{ "wafv2.web_acl_challenge_immunity", "awscc.wafv2.web_acl",
	  "challenge_config.immunity_time_property.immunity_time",
	  WAF_ACL("", ", " CHALLENGE("120")), NULL, WAF_ACL("", ", " CHALLENGE("300")), NULL },
	{ "wafv2.rule_challenge_immunity", "awscc.wafv2.rule_group",
	  "rules[0].challenge_config.immunity_time_property.immunity_time",
	  WAF_GROUP(WAF_RULE("1", GEO, BLOCK ", " CHALLENGE("60")), ""), NULL,
	  WAF_GROUP(WAF_RULE("1", GEO, BLOCK ", " CHALLENGE("600")), ""), NULL },
	{ "wafv2.metric_name_reserved", "awscc.wafv2.rule_group", "visibility_config.metric_name",
	  WAF_GROUP("", ", " VISIBILITY("All")), NULL, WAF_GROUP("", ", " VISIBILITY("Alls")),
	  NULL },
	{ "wafv2.rule_metric_name_reserved", "awscc.wafv2.web_acl",
	  "rules[0].visibility_config.metric_name",
	  WAF_ACL(WAF_RULE("1", GEO, BLOCK ", " VISIBILITY("Default_Action")), ""), NULL,
	  WAF_ACL(WAF_RULE("1", GEO, BLOCK ", " VISIBILITY("Default_Actions")), ""), NULL },
	{ "wafv2.token_domains_not_public_suffixes", "awscc.wafv2.web_acl", "token_domains[1]",
	  WAF_ACL("", ", 'token_domains': ['example.co.uk', 'co.uk']"), NULL,
	  WAF_ACL("", ", 'token_domains': ['example.co.uk', 'example.gov.au']"), NULL },
	{ "wafv2.rules_priorities_unique", "awscc.wafv2.web_acl", "rules[1].priority",
	  WAF_ACL(WAF_RULE("1", GEO, BLOCK) ", " WAF_RULE("1", GEO, BLOCK), ""), NULL,
	  WAF_ACL(WAF_RULE("1", GEO, BLOCK) ", " WAF_RULE("2", GEO, BLOCK), ""), NULL },
	{ "wafv2.rule_action_or_override", "awscc.wafv2.web_acl", "rules[0].action",
	  WAF_ACL(WAF_RULE("1", MANAGED(""), BLOCK ", 'override_action': {'none': {}}"), ""),
	  NULL, WAF_ACL(WAF_RULE("1", MANAGED(""), ", 'override_action': {'none': {}}"), ""),
	  NULL },
	{ "wafv2.rule_group_rule_action", "awscc.wafv2.rule_group", "rules[0].action",
	  WAF_GROUP(WAF_RULE("1", GEO, ""), ""), NULL, WAF_GROUP(WAF_RULE("1", GEO, BLOCK), ""),
	  NULL },
	{ "wafv2.override_action_group_statements", "awscc.wafv2.web_acl",
	  "rules[0].statement.rule_group_reference_statement",
	  WAF_ACL(WAF_RULE("1", GEO, ", 'override_action': {'count': {}}"), ""), NULL,
	  WAF_ACL(WAF_RULE("1", MANAGED(""), ", 'override_action': {'count': {}}"), ""), NULL },
	{ "wafv2.rate_constant_scope_down", "awscc.wafv2.web_acl",
	  RATE_AT "scope_down_statement",
	  WAF_ACL(WAF_RULE("1", RATE("CONSTANT", ""), BLOCK), ""), NULL,
	  WAF_ACL(WAF_RULE("1", RATE("CONSTANT", ", 'scope_down_statement': " GEO), BLOCK), ""),
	  NULL },
	{ "wafv2.rate_custom_keys", "awscc.wafv2.rule_group", RATE_AT "custom_keys",
	  WAF_GROUP(WAF_RULE("1", RATE("CUSTOM_KEYS", ""), BLOCK), ""), NULL,
	  WAF_GROUP(WAF_RULE("1", RATE("CUSTOM_KEYS", ", 'custom_keys': [{'http_method': {}}]"),
			     BLOCK), ""), NULL },
	{ "wafv2.rate_forwarded_ip_config", "awscc.wafv2.web_acl", RATE_AT "forwarded_ip_config",
	  WAF_ACL(WAF_RULE("1", RATE("FORWARDED_IP", ""), BLOCK), ""), NULL,
	  WAF_ACL(WAF_RULE("1", RATE("FORWARDED_IP", FWD), BLOCK), ""), NULL },
	{ "wafv2.rate_custom_forwarded_ip_config", "awscc.wafv2.web_acl",
	  RATE_AT "forwarded_ip_config",
	  WAF_ACL(WAF_RULE("1", RATE("CUSTOM_KEYS", ", 'custom_keys': [{'forwarded_ip': {}}, "
				     "{'http_method': {}}]"), BLOCK), ""), NULL,
	  WAF_ACL(WAF_RULE("1", RATE("CUSTOM_KEYS", ", 'custom_keys': [{'forwarded_ip': {}}, "
				     "{'http_method': {}}]" FWD), BLOCK), ""), NULL },
	{ "wafv2.rate_custom_ip_not_alone", "awscc.wafv2.web_acl", RATE_AT "custom_keys",
	  WAF_ACL(WAF_RULE("1", RATE("CUSTOM_KEYS", ", 'custom_keys': [{'ip': {}}]"), BLOCK), ""),
	  NULL,
	  WAF_ACL(WAF_RULE("1", RATE("CUSTOM_KEYS", ", 'custom_keys': [{'ip': {}}, "
				     "{'http_method': {}}]"), BLOCK), ""), NULL },
	{ "wafv2.rate_custom_forwarded_ip_not_alone", "awscc.wafv2.rule_group",
	  RATE_AT "custom_keys",
	  WAF_GROUP(WAF_RULE("1", RATE("CUSTOM_KEYS", ", 'custom_keys': [{'forwarded_ip': {}}]"
				       FWD), BLOCK), ""), NULL,
	  WAF_GROUP(WAF_RULE("1", RATE("CUSTOM_KEYS", ", 'custom_keys': [{'forwarded_ip': {}}, "
				       "{'uri_path': {'text_transformations': [{'priority': 0, "
				       "'type': 'NONE'}]}}]" FWD), BLOCK), ""), NULL },
	{ "wafv2.logging_label_fully_qualified", "awscc.wafv2.logging_configuration",
	  "logging_filter.filters[0].conditions[0].label_name_condition.label_name",
	  LOGGING("bot:verified"), NULL,
	  LOGGING("awswaf:managed:aws:bot-control:bot:verified"), NULL },
	{ "wafv2.association_resource_arn", "awscc.wafv2.web_acl_association", "resource_arn",
	  ASSOCIATION("arn:aws:s3:::my-bucket"), NULL,
	  ASSOCIATION("arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/"
		      "web/50dc6c495c0c9188"), NULL },
	{ "config.rule_resource_id_one_type", "awscc.config.config_rule",
	  "scope.compliance_resource_types",
	  CONFIG_RULE("'compliance_resource_id': 'my-bucket', 'compliance_resource_types': "
		      "['AWS::S3::Bucket', 'AWS::EC2::Instance']", "AWS",
		      ", 'source_identifier': 'S3_BUCKET_VERSIONING_ENABLED'"), NULL,
	  CONFIG_RULE("'compliance_resource_id': 'my-bucket', 'compliance_resource_types': "
		      "['AWS::S3::Bucket']", "AWS",
		      ", 'source_identifier': 'S3_BUCKET_VERSIONING_ENABLED'"), NULL },
	{ "config.rule_tag_value_with_key", "awscc.config.config_rule", "scope.tag_key",
	  CONFIG_RULE("'tag_value': 'prod'", "AWS", ", 'source_identifier': 'REQUIRED_TAGS'"),
	  NULL, CONFIG_RULE("'tag_key': 'env', 'tag_value': 'prod'", "AWS",
			    ", 'source_identifier': 'REQUIRED_TAGS'"), NULL },
	{ "config.rule_custom_policy_details", "awscc.config.config_rule",
	  "source.custom_policy_details", CONFIG_RULE("", "CUSTOM_POLICY", ""), NULL,
	  CONFIG_RULE("", "CUSTOM_POLICY", ", 'custom_policy_details': {'policy_runtime': "
		      "'guard-2.x.x', 'policy_text': 'rule x {}'}"), NULL },
	{ "config.rule_frequency_scheduled", "awscc.config.config_rule",
	  "source.source_details[0].message_type",
	  CONFIG_RULE("", "CUSTOM_LAMBDA", CUSTOM_LAMBDA("'maximum_execution_frequency': "
							 "'One_Hour', ",
							 "ConfigurationItemChangeNotification")),
	  NULL,
	  CONFIG_RULE("", "CUSTOM_LAMBDA", CUSTOM_LAMBDA("'maximum_execution_frequency': "
							 "'One_Hour', ", "ScheduledNotification")),
	  NULL },
	{ "config.rule_evaluation_modes_distinct", "awscc.config.config_rule",
	  "evaluation_modes[1].mode", MODES("DETECTIVE", "DETECTIVE"), NULL,
	  MODES("DETECTIVE", "PROACTIVE"), NULL },
	{ "config.rule_evaluation_mode", "awscc.config.config_rule", "evaluation_modes[1].mode",
	  MODES("DETECTIVE", "PERIODIC"), NULL, MODES("Detective", "Proactive"), NULL },
	{ "config.org_pack_delivery_bucket_prefix", "awscc.config.organization_conformance_pack",
	  "delivery_s3_bucket", ORG_PACK("pack-results"), NULL,
	  ORG_PACK("awsconfigconforms-pack-results"), NULL },
	{ "config.pack_one_template", "awscc.config.conformance_pack", "template_s3_uri",
	  PACK(", 'template_s3_uri': 's3://packs/p.yaml'"), NULL, PACK(""), NULL },
	{ "config.cfn_tag_keys_not_aws", "awscc.config.configuration_aggregator", "tags[0].key",
	  AGGREGATOR("aws:team"), NULL, AGGREGATOR("team"), NULL },
};

static const char *const services[] = { "wafv2.", "config.", NULL };

/* A written rule's case (words_support.h's words_written_case): a resource
 * of TYPE it refuses (its message beginning with the attribute AT and
 * quoting AWS's WORDS), and its twin. */

/* Statements within statements: an AND's, a NOT's. */
#define AND(A, B) "{'and_statement': {'statements': [" A ", " B "]}}"
#define NOT(S) "{'not_statement': {'statement': " S "}}"
#define COOKIES(PATTERN) "{'cookies': {'match_pattern': " PATTERN ", 'match_scope': 'ALL', " \
	"'oversize_handling': 'MATCH'}}"
#define HEADERS(PATTERN) "{'headers': {'match_pattern': " PATTERN ", 'match_scope': 'ALL', " \
	"'oversize_handling': 'MATCH'}}"
#define JSON_BODY(PATTERN) "{'json_body': {'match_pattern': " PATTERN ", 'match_scope': 'ALL'}}"
#define REGEX(PRIORITIES) "{'regex_match_statement': {'regex_string': 'a+', " \
	"'field_to_match': " URI ", 'text_transformations': [" PRIORITIES "]}}"
#define WORD(SEARCH) "{'byte_match_statement': {'field_to_match': " URI ", " \
	"'positional_constraint': 'CONTAINS_WORD', 'search_string': '" SEARCH "', " \
	"'text_transformations': [{'priority': 0, 'type': 'NONE'}]}}"
#define ATP(CODES) ", 'managed_rule_group_configs': [{'aws_managed_rules_atp_rule_set': " \
	"{'login_path': '/login', 'response_inspection': {'status_code': " CODES "}}}]"
#define ANTI_DDOS(REGEXES) ", 'managed_rule_group_configs': [{'aws_managed_rules_anti_d_do_s" \
	"_rule_set': {'client_side_action_config': {'challenge': {'usage_of_action': 'ENABLED', " \
	"'exempt_uri_regular_expressions': [" REGEXES "]}}}}]"
#define RGX "{'regex_string': 'a'}"
#define CONTINUE ", 'override_action': {'none': {}}"
#define IN_AND "rules[0].statement.and_statement.statements[0]."

static const struct words_written_case written[] = {
	{ "awscc.wafv2.web_acl",
	  WAF_ACL(WAF_RULE("1", AND(BYTE_MATCH(COOKIES("{'all': {}, 'included_cookies': ['a']}"),
					       ""), GEO), BLOCK), ""),
	  IN_AND "byte_match_statement.field_to_match.cookies",
	  "You must specify exactly one setting: either All, IncludedCookies, or ExcludedCookies.",
	  WAF_ACL(WAF_RULE("1", AND(BYTE_MATCH(COOKIES("{'included_cookies': ['a']}"), ""), GEO),
			   BLOCK), "") },
	{ "awscc.wafv2.rule_group",
	  WAF_GROUP(WAF_RULE("1", BYTE_MATCH(HEADERS("{}"), ""), BLOCK), ""),
	  "rules[0].statement.byte_match_statement.field_to_match.headers",
	  "You must specify exactly one setting: either All, IncludedHeaders, or ExcludedHeaders.",
	  WAF_GROUP(WAF_RULE("1", BYTE_MATCH(HEADERS("{'excluded_headers': ['a']}"), ""), BLOCK),
		    "") },
	{ "awscc.wafv2.web_acl",
	  WAF_ACL(WAF_RULE("1", BYTE_MATCH(JSON_BODY("{'all': {}, 'included_paths': ['/a']}"), ""),
			   BLOCK), ""),
	  "rules[0].statement.byte_match_statement.field_to_match.json_body",
	  "You must specify either this setting or the IncludedPaths setting, but not both.",
	  WAF_ACL(WAF_RULE("1", BYTE_MATCH(JSON_BODY("{'included_paths': ['/a']}"), ""), BLOCK),
		  "") },
	{ "awscc.wafv2.web_acl",
	  WAF_ACL(WAF_RULE("1", NOT(REGEX("{'priority': 1, 'type': 'NONE'}, {'priority': 1, "
					  "'type': 'LOWERCASE'}")), BLOCK), ""),
	  "rules[0].statement.not_statement.statement.regex_match_statement.text_"
	  "transformations[1].priority",
	  "The priorities don't need to be consecutive, but they must all be different.",
	  WAF_ACL(WAF_RULE("1", NOT(REGEX("{'priority': 1, 'type': 'NONE'}, {'priority': 2, "
					  "'type': 'LOWERCASE'}")), BLOCK), "") },
	/* deep in the schema's JSON, CloudFormation's spelling */
	{ "awscc.wafv2.web_acl",
	  WAF_ACL(WAF_RULE("1", AND(NOT("{'NotStatement': {'Statement': {'SqliMatchStatement': "
					"{'FieldToMatch': {'UriPath': {}}, 'TextTransformations': "
					"[{'Priority': 0, 'Type': 'NONE'}, {'Priority': 0, 'Type': "
					"'URL_DECODE'}]}}}}"), GEO), BLOCK), ""),
	  IN_AND "not_statement.statement.NotStatement.Statement.SqliMatchStatement."
	  "TextTransformations[1].priority",
	  "they must all be different.",
	  WAF_ACL(WAF_RULE("1", AND(NOT("{'NotStatement': {'Statement': {'SqliMatchStatement': "
					"{'FieldToMatch': {'UriPath': {}}, 'TextTransformations': "
					"[{'Priority': 0, 'Type': 'NONE'}, {'Priority': 1, 'Type': "
					"'URL_DECODE'}]}}}}"), GEO), BLOCK), "") },
	{ "awscc.wafv2.web_acl", WAF_ACL(WAF_RULE("1", WORD("bad-word"), BLOCK), ""),
	  "rules[0].statement.byte_match_statement.search_string",
	  "SearchString must contain only alphanumeric characters or underscore (A-Z, a-z, 0-9, "
	  "or _).", WAF_ACL(WAF_RULE("1", WORD("bad_word"), BLOCK), "") },
	{ "awscc.wafv2.web_acl", WAF_ACL(WAF_RULE("1", WORD(X100 X100 "x"), BLOCK), ""),
	  "rules[0].statement.byte_match_statement.search_string",
	  "The maximum length of the value is 200 bytes.",
	  WAF_ACL(WAF_RULE("1", WORD(X100 X100), BLOCK), "") },
	{ "awscc.wafv2.web_acl",
	  WAF_ACL(WAF_RULE("1", NOT(MANAGED("")), CONTINUE), ""),
	  "rules[0].statement.not_statement.statement.managed_rule_group_statement",
	  "You cannot nest a ManagedRuleGroupStatement",
	  WAF_ACL(WAF_RULE("1", MANAGED(", 'scope_down_statement': " NOT(GEO)), CONTINUE), "") },
	{ "awscc.wafv2.web_acl",
	  WAF_ACL(WAF_RULE("1", AND("{'rule_group_reference_statement': {'arn': 'arn:aws:wafv2:"
				    "eu-west-1:123456789012:regional/rulegroup/g/1'}}", GEO),
			   CONTINUE), ""),
	  IN_AND "rule_group_reference_statement",
	  "You cannot nest a RuleGroupReferenceStatement",
	  WAF_ACL(WAF_RULE("1", "{'rule_group_reference_statement': {'arn': 'arn:aws:wafv2:"
			   "eu-west-1:123456789012:regional/rulegroup/g/1'}}", CONTINUE), "") },
	{ "awscc.wafv2.web_acl",
	  WAF_ACL(WAF_RULE("1", AND(RATE("IP", ""), GEO), BLOCK), ""),
	  IN_AND "rate_based_statement", "You cannot nest a RateBasedStatement",
	  WAF_ACL(WAF_RULE("1", RATE("IP", ", 'scope_down_statement': " AND(GEO, GEO)), BLOCK),
		  "") },
	{ "awscc.wafv2.rule_group",
	  WAF_GROUP(WAF_RULE("1", RATE("CONSTANT", ", 'scope_down_statement': " MANAGED("")),
			     BLOCK), ""),
	  "rules[0].statement.rate_based_statement.scope_down_statement."
	  "managed_rule_group_statement", "You cannot nest a ManagedRuleGroupStatement",
	  WAF_GROUP(WAF_RULE("1", RATE("CONSTANT", ", 'scope_down_statement': " GEO), BLOCK),
		    "") },
	{ "awscc.wafv2.web_acl",
	  WAF_ACL(WAF_RULE("1", MANAGED(ATP("{'success_codes': [200, 302], 'failure_codes': "
					    "[401, 302]}")), CONTINUE), ""),
	  "rules[0].statement.managed_rule_group_statement.managed_rule_group_configs[0]."
	  "aws_managed_rules_atp_rule_set.response_inspection.status_code.failure_codes[1]",
	  "Each code must be unique among the success and failure status codes.",
	  WAF_ACL(WAF_RULE("1", MANAGED(ATP("{'success_codes': [200, 302], 'failure_codes': "
					    "[401, 403]}")), CONTINUE), "") },
	{ "awscc.wafv2.web_acl",
	  WAF_ACL(WAF_RULE("1", MANAGED(ANTI_DDOS(RGX ", " RGX ", " RGX ", " RGX ", " RGX ", "
						  RGX)), CONTINUE), ""),
	  "rules[0].statement.managed_rule_group_statement.managed_rule_group_configs[0]."
	  "aws_managed_rules_anti_d_do_s_rule_set.client_side_action_config.challenge."
	  "exempt_uri_regular_expressions",
	  "If required, you can provide between 1 and 5 regex objects in the array of settings.",
	  WAF_ACL(WAF_RULE("1", MANAGED(ANTI_DDOS(RGX ", " RGX ", " RGX ", " RGX ", " RGX)),
			   CONTINUE), "") },
	{ "awscc.wafv2.web_acl",
	  WAF_ACL(WAF_RULE("1", MANAGED(", 'managed_rule_group_configs': [{'aws_managed_rules_"
					"anti_d_do_s_rule_set': {'client_side_action_config': "
					"{'challenge': {'UsageOfAction': 'ENABLED'}}}}]"), CONTINUE),
		  ""),
	  "rules[0].statement.managed_rule_group_statement.managed_rule_group_configs[0]."
	  "aws_managed_rules_anti_d_do_s_rule_set.client_side_action_config.challenge."
	  "exempt_uri_regular_expressions",
	  "This setting is required if UsageOfAction is set to ENABLED.",
	  WAF_ACL(WAF_RULE("1", MANAGED(", 'managed_rule_group_configs': [{'aws_managed_rules_"
					"anti_d_do_s_rule_set': {'client_side_action_config': "
					"{'challenge': {'UsageOfAction': 'DISABLED'}}}}]"), CONTINUE),
		  "") },
};

/* Each written rule refuses its case, naming the attribute and quoting
 * AWS; its twin passes. */
static void test_written_rules(void **state)
{
	(void)state;
	words_check_written(written, sizeof(written) / sizeof(*written));
}

/* A rule group's rule names no rule group at all: the registry's rule
 * group statement has none, and AWS says one is never inside another. */
static void test_rule_group_holds_no_group(void **state)
{
	(void)state;
	struct strbuf err = STRBUF_INIT;
	const char *attr = NULL;
	json_t *rules = js("[" WAF_RULE("1", "{'and_statement': {'statements': [" GEO ", "
					"{'ManagedRuleGroupStatement': {'VendorName': 'AWS', "
					"'Name': 'AWSManagedRulesCommonRuleSet'}}]}}", BLOCK) "]");
	const struct aws_check_row *row = NULL;

	for (const struct aws_check_row *c = aws_rules_next(NULL); c; c = aws_rules_next(c))
		if (c->kind == 'r' && !strcmp(c->type, "awscc.wafv2.rule_group") &&
		    !*c->attr)
			row = c;
	assert_non_null(row);
	json_t *group = js(WAF_GROUP("", ""));
	json_object_set(group, "rules", rules);
	assert_int_equal(row->rule(group, group, &err), -1);
	assert_non_null(strstr(err.buf, "nested in another statement"));
	(void)attr;
	strbuf_release(&err);
	json_decref(rules);
	json_decref(group);
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
					 "test_words_census14.c");
}

int main(void)
{
	setenv("AWS_REGION", "eu-west-1", 1);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_row_and_its_twin),
		cmocka_unit_test(test_every_row_has_a_case),
		cmocka_unit_test(test_written_rules),
		cmocka_unit_test(test_rule_group_holds_no_group),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
