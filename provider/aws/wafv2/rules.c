/*
 * wafv2/rules.c: AWS WAF's (web ACLs, rule groups, IP sets, regex pattern
 * sets, logging configurations, web ACL associations) rows of the one table
 * of checks (checks/row.h) on the awscc types of a service terrace's own
 * code does not call (its objects are made through Cloud Control alone):
 * AWS's words of the census's third scope (checks/words/gen_words.py,
 * sentences.py's THIRD_SCOPE). Its ledger: checks/words/wafv2.words.
 *
 * A rule's statement nests (an AND, OR or NOT statement's, a rate-based or
 * managed rule group statement's scope-down statement), and below a few
 * levels the awscc schema takes it as JSON written in either spelling: what
 * AWS says of every statement (its field to match, its text
 * transformations, where a rule group or rate-based statement may stand)
 * is the written rule rule_wafv2_statements, which walks them all; what
 * AWS says of a rule itself, or of a statement that stands at the top
 * alone, is a words row.
 */
#include "provider/aws/checks/rules.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define WAF "wafv2 "
#define RULE_STMT "statement.rate_based_statement."
#define CUSTOM_KEYS RULE_STMT "custom_keys"
#define IMMUNITY "challenge_config.immunity_time_property.immunity_time"
#define ANTI_DDOS "Rules.Statement.ManagedRuleGroupStatement.ManagedRuleGroupConfigs." \
	"AWSManagedRulesAntiDDoSRuleSet.ClientSideActionConfig.Challenge." \
	"ExemptUriRegularExpressions"

/* ---- every statement, however deep (the written rule) ---- */

/* A value the stack does not know yet (text holding ${...}, or not a string
 * or number where one is judged): never refused here. */
static bool not_known_text(const json_t *v)
{
	return !json_is_string(v) || strstr(json_string_value(v), "${");
}

/* A path of a message into at (PATH_SIZE bytes, cut where longer). */
#define PATH_SIZE 512
static void path_of(char *at, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void path_of(char *at, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(at, PATH_SIZE, fmt, ap);
	va_end(ap);
}

struct walk {
	const char *op;  /* the operation that sends it: "CreateWebACL" */
	bool rule_group; /* the statements of a rule group's rules */
	struct strbuf *err;
};

/* Refuse the value at `path`, `what` saying how it breaks AWS's sentence
 * `words`, documented on member `member` of w's operation. */
static int refuse(const struct walk *w, const char *path, const char *what, const char *words,
		  const char *member)
{
	strbuf_addf(w->err, "%s: %s: AWS says \"%s\" (" WAF "%s %s)", path, what, words, w->op,
		    member);
	return -1;
}

/* A match pattern (of cookies, headers or a JSON body) at path: exactly
 * one of its settings. */
static int match_pattern(const struct walk *w, const json_t *pattern, const char *path,
			 const char *const *settings, const char *words, const char *member)
{
	size_t n = 0;
	char what[256];

	if (!json_is_object(pattern))
		return 0;
	for (size_t i = 0; settings[i]; i++)
		n += aws_doc_member(pattern, settings[i]) != NULL;
	if (n == 1)
		return 0;
	snprintf(what, sizeof(what), n ? "%zu of its settings are set" : "none of its settings "
		 "is set", n);
	return refuse(w, path, what, words, member);
}

/* No two values of lists a and b (a list of strings or numbers) the same:
 * a response inspection's success and failure values. */
static int unique_across(const struct walk *w, const json_t *o, const char *path,
			 const char *a, const char *b, const char *words, const char *member)
{
	const char *names[2] = { a, b }, *key;
	const json_t *lists[2] = { NULL, NULL }, *m;
	json_t *seen = json_array();
	int rc = 0;

	if (json_is_object(o))
		json_object_foreach((json_t *)o, key, m)
			for (size_t l = 0; l < 2; l++)
				if (aws_doc_name_is(key, names[l])) {
					lists[l] = m;
					names[l] = key; /* as written */
				}

	for (size_t l = 0; l < 2 && !rc; l++) {
		size_t i, j;
		const json_t *v, *s;
		if (!json_is_array(lists[l]))
			continue;
		json_array_foreach(lists[l], i, v) {
			if (!json_is_string(v) && !json_is_integer(v))
				continue;
			json_array_foreach(seen, j, s)
				if (json_equal(s, v))
					break;
			if (j < json_array_size(seen)) {
				char at[PATH_SIZE], *text = json_dumps(v, JSON_ENCODE_ANY);
				path_of(at, "%s.%s[%zu]", path, names[l], i);
				rc = refuse(w, at, text, words, member);
				free(text);
				break;
			}
			json_array_append(seen, (json_t *)v);
		}
	}
	json_decref(seen);
	return rc;
}

/* The JSON of a statement given as text (a json attribute written as a
 * string), else the value itself; *own set when the caller frees it. */
static const json_t *as_json(const json_t *v, json_t **own)
{
	const json_t *doc = aws_doc_json(v, own);

	return doc ? doc : v;
}

static int walk_value(const struct walk *w, const json_t *v, const char *path, bool nested);

/* Member `key` (value v, at path) of an object met in a statement's tree:
 * what AWS says of it, then what is below it. `nested`: below a rule's own
 * statement, within another. */
static int walk_member(const struct walk *w, const char *key, const json_t *v, const char *path,
		       bool nested)
{
	static const char *const cookies[] = { "All", "IncludedCookies", "ExcludedCookies", NULL };
	static const char *const headers[] = { "All", "IncludedHeaders", "ExcludedHeaders", NULL };
	static const char *const json_body[] = { "All", "IncludedPaths", NULL };
	bool group = aws_doc_name_is(key, "ManagedRuleGroupStatement"),
	     reference = aws_doc_name_is(key, "RuleGroupReferenceStatement");

	if (json_is_null(v))
		return 0;
	if ((group || reference) && nested)
		return refuse(w, path, "nested in another statement", group
			      ? "You cannot nest a ManagedRuleGroupStatement, for example for use "
				"inside a NotStatement or OrStatement."
			      : "You cannot nest a RuleGroupReferenceStatement, for example for use "
				"inside a NotStatement or OrStatement.",
			      group ? "Rules.Statement.ManagedRuleGroupStatement"
				    : "Rules.Statement.RuleGroupReferenceStatement");
	if ((group || reference) && w->rule_group)
		return refuse(w, path, "in a rule group's rule", group
			      ? "You cannot use a managed rule group inside another rule group."
			      : "You cannot use a rule group reference statement inside another rule "
				"group.",
			      group ? "Rules.Statement.ManagedRuleGroupStatement"
				    : "Rules.Statement.RuleGroupReferenceStatement");
	if (aws_doc_name_is(key, "RateBasedStatement") && nested)
		return refuse(w, path, "nested in another statement", "You cannot nest a "
			      "RateBasedStatement inside another statement, for example inside a "
			      "NotStatement or OrStatement.", "Rules.Statement.RateBasedStatement");
	if (aws_doc_name_is(key, "Cookies") &&
	    match_pattern(w, aws_doc_member(v, "MatchPattern"), path, cookies,
			  "You must specify exactly one setting: either All, IncludedCookies, or "
			  "ExcludedCookies.", "Rules.Statement.ByteMatchStatement.FieldToMatch."
			  "Cookies.MatchPattern"))
		return -1;
	if (aws_doc_name_is(key, "Headers") &&
	    match_pattern(w, aws_doc_member(v, "MatchPattern"), path, headers,
			  "You must specify exactly one setting: either All, IncludedHeaders, or "
			  "ExcludedHeaders.", "Rules.Statement.ByteMatchStatement.FieldToMatch."
			  "Headers.MatchPattern"))
		return -1;
	if (aws_doc_name_is(key, "JsonBody") &&
	    match_pattern(w, aws_doc_member(v, "MatchPattern"), path, json_body,
			  "You must specify either this setting or the IncludedPaths setting, but "
			  "not both.", "Rules.Statement.ByteMatchStatement.FieldToMatch.JsonBody."
			  "MatchPattern.All"))
		return -1;
	if (aws_doc_name_is(key, "TextTransformations") && json_is_array(v)) {
		size_t i, j;
		const json_t *t, *u;
		json_array_foreach(v, i, t) {
			const json_t *p = aws_doc_member(t, "Priority");
			for (j = 0; json_is_number(p) && j < i; j++) {
				u = aws_doc_member(json_array_get(v, j), "Priority");
				if (json_is_number(u) && json_number_value(u) == json_number_value(p)) {
					char at[PATH_SIZE], what[64];
					path_of(at, "%s[%zu].priority", path, i);
					snprintf(what, sizeof(what), "%.15g is also element %zu's",
						 json_number_value(p), j);
					return refuse(w, at, what, "The priorities don't need to be "
						      "consecutive, but they must all be different.",
						      "Rules.Statement.ByteMatchStatement."
						      "TextTransformations.Priority");
				}
			}
		}
	}
	if (aws_doc_name_is(key, "ByteMatchStatement") && json_is_object(v)) {
		const json_t *pos = aws_doc_member(v, "PositionalConstraint"),
			     *s = aws_doc_member(v, "SearchString"),
			     *b64 = aws_doc_member(v, "SearchStringBase64");
		char at[PATH_SIZE];
		if (!not_known_text(s) && json_is_string(pos) &&
		    !strcmp(json_string_value(pos), "CONTAINS_WORD") &&
		    json_string_value(s)[strspn(json_string_value(s), "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
						"abcdefghijklmnopqrstuvwxyz0123456789_")]) {
			path_of(at, "%s.search_string", path);
			return refuse(w, at, "not only letters, digits and _ with CONTAINS_WORD",
				      "The specified part of the web request must include the value "
				      "of SearchString, and SearchString must contain only "
				      "alphanumeric characters or underscore (A-Z, a-z, 0-9, or _).",
				      "Rules.Statement.ByteMatchStatement.PositionalConstraint");
		}
		if (!not_known_text(s) && strlen(json_string_value(s)) > 200) {
			path_of(at, "%s.search_string", path);
			return refuse(w, at, "more than 200 bytes", "The maximum length of the value "
				      "is 200 bytes.", "Rules.Statement.ByteMatchStatement."
				      "SearchString");
		}
		if (!not_known_text(b64)) {
			const char *t = json_string_value(b64);
			size_t n = strlen(t), pad = (n && t[n - 1] == '=') + (n > 1 && t[n - 2] == '=');
			if (n / 4 * 3 + (n % 4 ? n % 4 - 1 : 0) - pad > 200) {
				path_of(at, "%s.search_string_base_64", path);
				return refuse(w, at, "more than 200 bytes before base64 encoding",
					      "The maximum length of the value before you base64-encode "
					      "it is 200 bytes.", "Rules.Statement.ByteMatchStatement."
					      "SearchString");
			}
		}
	}
	if (aws_doc_name_is(key, "ResponseInspection") && json_is_object(v)) {
		static const struct {
			const char *part, *success, *failure, *words;
		} pairs[] = {
			{ "BodyContains", "SuccessStrings", "FailureStrings",
			  "Each string must be unique among the success and failure strings." },
			{ "Header", "SuccessValues", "FailureValues",
			  "Each value must be unique among the success and failure values." },
			{ "Json", "SuccessValues", "FailureValues",
			  "Each value must be unique among the success and failure values." },
			{ "StatusCode", "SuccessCodes", "FailureCodes",
			  "Each code must be unique among the success and failure status codes." },
		};
		const char *part;
		const json_t *m;
		json_object_foreach((json_t *)v, part, m) {
			for (size_t i = 0; i < sizeof(pairs) / sizeof(*pairs); i++) {
				char at[PATH_SIZE];
				json_t *own;
				int rc;
				if (!aws_doc_name_is(part, pairs[i].part))
					continue;
				path_of(at, "%s.%s", path, part);
				rc = unique_across(w, as_json(m, &own), at, pairs[i].success,
						   pairs[i].failure, pairs[i].words,
						   "Rules.Statement.ManagedRuleGroupStatement."
						   "ManagedRuleGroupConfigs.AWSManagedRulesATPRuleSet."
						   "ResponseInspection");
				json_decref(own);
				if (rc)
					return -1;
			}
		}
	}
	/* a client-side action (the anti-DDoS rule set's challenge) */
	if (json_is_object(v) && aws_doc_member(v, "UsageOfAction")) {
		const json_t *use = aws_doc_member(v, "UsageOfAction"),
			     *exempt = aws_doc_member(v, "ExemptUriRegularExpressions");
		bool enabled = json_is_string(use) && !strcmp(json_string_value(use), "ENABLED");
		char at[PATH_SIZE], what[64];
		path_of(at, "%s.exempt_uri_regular_expressions", path);
		if (enabled && !exempt)
			return refuse(w, at, "not set, with usage_of_action ENABLED", "This setting "
				      "is required if UsageOfAction is set to ENABLED.", ANTI_DDOS);
		if (json_is_array(exempt) && (json_array_size(exempt) > 5 ||
					      (enabled && !json_array_size(exempt)))) {
			snprintf(what, sizeof(what), "%zu regex objects", json_array_size(exempt));
			return refuse(w, at, what, "If required, you can provide between 1 and 5 regex "
				      "objects in the array of settings.", ANTI_DDOS);
		}
	}
	/* what is below it: within a statement nested in this one, nested */
	return walk_value(w, v, path, nested || aws_doc_name_is(key, "Statements") ||
			  aws_doc_name_is(key, "Statement") ||
			  aws_doc_name_is(key, "ScopeDownStatement"));
}

/* Every member of v (an object, a list's elements), path its place. */
static int walk_value(const struct walk *w, const json_t *v, const char *path, bool nested)
{
	json_t *own;
	const char *key;
	const json_t *m;
	size_t i;
	int rc = 0;

	v = as_json(v, &own);
	if (json_is_object(v)) {
		json_object_foreach((json_t *)v, key, m) {
			char at[PATH_SIZE];
			path_of(at, "%s.%s", path, key);
			if ((rc = walk_member(w, key, m, at, nested)))
				break;
		}
	} else if (json_is_array(v)) {
		json_array_foreach(v, i, m) {
			char at[PATH_SIZE];
			path_of(at, "%s[%zu]", path, i);
			if ((rc = walk_value(w, m, at, nested)))
				break;
		}
	}
	json_decref(own);
	return rc;
}

/* A web ACL's or rule group's rules (the resource v's type told by its
 * default action, which a web ACL alone has): each rule's statement and
 * every statement within it. */
static int rule_wafv2_statements(const json_t *v, const json_t *r, struct strbuf *err)
{
	bool web_acl = json_object_get(v, "default_action") != NULL;
	struct walk w = { web_acl ? "CreateWebACL" : "CreateRuleGroup", !web_acl, err };
	const json_t *rule;
	size_t i;

	(void)r;
	json_array_foreach(json_object_get(v, "rules"), i, rule) {
		char at[PATH_SIZE];
		path_of(at, "rules[%zu].statement", i);
		if (walk_value(&w, aws_doc_member(rule, "Statement"), at, false))
			return -1;
	}
	return 0;
}

/* Every Region of the aws partition but US East (N. Virginia), where a
 * CloudFront-scoped object is not made (China's and GovCloud's not named:
 * never refused there). */
#define NOT_US_EAST_1 \
	"af-south-1", "ap-east-1", "ap-east-2", "ap-northeast-1", "ap-northeast-2", \
	"ap-northeast-3", "ap-south-1", "ap-south-2", "ap-southeast-1", "ap-southeast-2", \
	"ap-southeast-3", "ap-southeast-4", "ap-southeast-5", "ap-southeast-6", \
	"ap-southeast-7", "ca-central-1", "ca-west-1", "eu-central-1", "eu-central-2", \
	"eu-north-1", "eu-south-1", "eu-south-2", "eu-west-1", "eu-west-2", "eu-west-3", \
	"il-central-1", "me-central-1", "me-south-1", "mx-central-1", "sa-east-1", \
	"us-east-2", "us-west-1", "us-west-2"

/* The resources AssociateWebACL takes, as its ResourceArn's documentation
 * lists their ARNs: an Application Load Balancer, an API Gateway REST API's
 * stage, an AppSync GraphQL API, a Cognito user pool, an App Runner
 * service, a Verified Access instance, an Amplify application. */
#define ASSOCIABLE_ARN "^arn:[^:]+:(" \
	"elasticloadbalancing:[^:]+:[0-9]+:loadbalancer/app/[^/]+/[^/]+" \
	"|apigateway:[^:]+::/restapis/[^/]+/stages/[^/]+|appsync:[^:]+:[0-9]+:apis/[^/]+" \
	"|cognito-idp:[^:]+:[0-9]+:userpool/.+|apprunner:[^:]+:[0-9]+:service/[^/]+/[^/]+" \
	"|ec2:[^:]+:[0-9]+:verified-access-instance/.+|amplify:[^:]+:[0-9]+:apps/.+)$"

#define PRIORITIES "The priorities don't need to be consecutive, but they must all be different."
#define CHALLENGE_300 "For the Challenge action, the minimum setting is 300."
#define METRIC_RESERVED "It can't contain whitespace or metric names that are reserved for WAF, " \
	"for example All and Default_Action."
#define ONE_OTHER_KEY "When you specify an IP or forwarded IP in the custom key settings, you " \
	"must also specify at least one other key to use."
#define FORWARDED_IP_WORDS "This is required if you specify a forwarded IP in the rule's " \
	"aggregate key settings."

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. A rule group's and a web ACL's rules are alike ("awscc.wafv2.*":
 * the other types have no rules); a rate-based statement stands at the top
 * of its rule alone (rule_wafv2_statements refuses it nested). */
const struct aws_check_row aws_rules_wafv2[] = {
	RULE("awscc.wafv2.web_acl", "", rule_wafv2_statements,
	     WAF "CreateWebACL Rules.Statement"),
	RULE("awscc.wafv2.rule_group", "", rule_wafv2_statements,
	     WAF "CreateRuleGroup Rules.Statement"),
	AWS_SAYS("wafv2.ip_set_addresses_cidr", "awscc.wafv2.ip_set", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("addresses", ALWAYS, THEN(MATCHES("", "/[0-9]{1,3}$")))),
		 "All addresses must be specified using Classless Inter-Domain Routing (CIDR) "
		 "notation.", WAF "CreateIPSet Addresses"),
	AWS_SAYS("wafv2.cloudfront_us_east_1", "awscc.wafv2.*", AWS_CALL_ANY,
		 WHEN(REGION_IS(NOT_US_EAST_1)), THEN(IS_NOT("scope", "CLOUDFRONT")),
		 "To work with CloudFront, you must also specify the Region US East (N.",
		 WAF "CreateWebACL Scope"),
	AWS_SAYS("wafv2.application_config_kept", "awscc.wafv2.web_acl", AWS_CALL_UPDATE,
		 WHEN(WAS(SET("application_config")), SET("application_config")),
		 THEN(UNCHANGED("application_config")),
		 "If you include ApplicationConfig, entries must match the existing values exactly.",
		 WAF "UpdateWebACL ApplicationConfig"),
	AWS_SAYS("wafv2.rule_group_capacity_kept", "awscc.wafv2.rule_group", AWS_CALL_UPDATE,
		 ALWAYS, THEN(UNCHANGED("capacity")),
		 "When you create your own rule group, you define this, and you cannot change it "
		 "after creation.", WAF "CreateRuleGroup Capacity"),
	AWS_SAYS("wafv2.web_acl_challenge_immunity", "awscc.wafv2.web_acl", AWS_CALL_ANY, ALWAYS,
		 THEN(IN(IMMUNITY, 300, 259200)), CHALLENGE_300,
		 WAF "CreateWebACL ChallengeConfig.ImmunityTimeProperty.ImmunityTime"),
	AWS_SAYS("wafv2.rule_challenge_immunity", "awscc.wafv2.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("rules", ALWAYS, THEN(IN(IMMUNITY, 300, 259200)))), CHALLENGE_300,
		 WAF "CreateWebACL Rules.ChallengeConfig.ImmunityTimeProperty.ImmunityTime"),
	AWS_SAYS("wafv2.metric_name_reserved", "awscc.wafv2.*", AWS_CALL_ANY, ALWAYS,
		 THEN(IS_NOT("visibility_config.metric_name", "All", "Default_Action")),
		 METRIC_RESERVED, WAF "CreateWebACL VisibilityConfig.MetricName"),
	AWS_SAYS("wafv2.rule_metric_name_reserved", "awscc.wafv2.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("rules", ALWAYS, THEN(IS_NOT("visibility_config.metric_name", "All",
							 "Default_Action")))),
		 METRIC_RESERVED, WAF "CreateWebACL Rules.VisibilityConfig.MetricName"),
	AWS_SAYS("wafv2.token_domains_not_public_suffixes", "awscc.wafv2.web_acl", AWS_CALL_ANY,
		 ALWAYS, THEN(EACH("token_domains", ALWAYS, THEN(IS_NOT("", "gov.au", "co.uk")))),
		 "For example, you can't use gov.au or co.uk as token domains.",
		 WAF "CreateWebACL TokenDomains"),
	AWS_SAYS("wafv2.rules_priorities_unique", "awscc.wafv2.*", AWS_CALL_ANY, ALWAYS,
		 THEN(UNIQUE("rules[].priority")), PRIORITIES, WAF "CreateWebACL Rules.Priority"),
	AWS_SAYS("wafv2.rule_action_or_override", "awscc.wafv2.web_acl", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("rules", ALWAYS,
			   THEN(EXACTLY_ONE_OF(SET("action"), SET("override_action"))))),
		 "You must specify either this Action setting or the rule OverrideAction setting, "
		 "but not both:", WAF "CreateWebACL Rules.Action"),
	/* a rule group's rules reference no rule group: an action each */
	AWS_SAYS("wafv2.rule_group_rule_action", "awscc.wafv2.rule_group", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("rules", ALWAYS, THEN(SET("action")))),
		 "You must specify either this Action setting or the rule OverrideAction setting, "
		 "but not both:", WAF "CreateRuleGroup Rules.Action"),
	AWS_SAYS("wafv2.override_action_group_statements", "awscc.wafv2.web_acl", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("rules", WHEN(SET("override_action")),
			   THEN(ANY_OF(SET("statement.rule_group_reference_statement"),
				       SET("statement.managed_rule_group_statement"))))),
		 "You can only use this for rule statements that reference a rule group, like "
		 "RuleGroupReferenceStatement and ManagedRuleGroupStatement.",
		 WAF "CreateWebACL Rules.OverrideAction"),
	AWS_SAYS("wafv2.rate_constant_scope_down", "awscc.wafv2.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("rules", WHEN(IS(RULE_STMT "aggregate_key_type", "CONSTANT")),
			   THEN(SET(RULE_STMT "scope_down_statement")))),
		 "With this option, you must configure the ScopeDownStatement property.",
		 WAF "CreateWebACL Rules.Statement.RateBasedStatement.AggregateKeyType"),
	AWS_SAYS("wafv2.rate_custom_keys", "awscc.wafv2.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("rules", WHEN(IS(RULE_STMT "aggregate_key_type", "CUSTOM_KEYS")),
			   THEN(SET(CUSTOM_KEYS), LEN_IN(CUSTOM_KEYS, 1, 5)))),
		 "With this option, you must specify the aggregate keys in the CustomKeys property.",
		 WAF "CreateWebACL Rules.Statement.RateBasedStatement.AggregateKeyType"),
	AWS_SAYS("wafv2.rate_forwarded_ip_config", "awscc.wafv2.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("rules", WHEN(IS(RULE_STMT "aggregate_key_type", "FORWARDED_IP")),
			   THEN(SET(RULE_STMT "forwarded_ip_config")))),
		 "With this option, you must specify the header to use in the ForwardedIPConfig "
		 "property.", WAF "CreateWebACL Rules.Statement.RateBasedStatement.AggregateKeyType"),
	AWS_SAYS("wafv2.rate_custom_forwarded_ip_config", "awscc.wafv2.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("rules", WHEN(SOME(CUSTOM_KEYS, SET("forwarded_ip"))),
			   THEN(SET(RULE_STMT "forwarded_ip_config")))),
		 "With this option, you must specify the header to use in the rate-based rule's "
		 "ForwardedIPConfig property.",
		 WAF "CreateWebACL Rules.Statement.RateBasedStatement.CustomKeys.ForwardedIP"),
	AWS_SAYS("wafv2.rate_custom_ip_not_alone", "awscc.wafv2.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("rules", WHEN(SOME(CUSTOM_KEYS, SET("ip"))),
			   THEN(LEN_IN(CUSTOM_KEYS, 2, 5)))),
		 ONE_OTHER_KEY, WAF "CreateWebACL Rules.Statement.RateBasedStatement.CustomKeys.IP"),
	AWS_SAYS("wafv2.rate_custom_forwarded_ip_not_alone", "awscc.wafv2.*", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("rules", WHEN(SOME(CUSTOM_KEYS, SET("forwarded_ip"))),
			   THEN(LEN_IN(CUSTOM_KEYS, 2, 5)))),
		 ONE_OTHER_KEY,
		 WAF "CreateWebACL Rules.Statement.RateBasedStatement.CustomKeys.ForwardedIP"),
	AWS_SAYS("wafv2.logging_label_fully_qualified", "awscc.wafv2.logging_configuration",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("logging_filter.filters", ALWAYS,
			   THEN(EACH("conditions", ALWAYS,
				     THEN(MATCHES("label_name_condition.label_name",
						  "^awswaf:")))))),
		 "This must be a fully qualified label name.",
		 WAF "PutLoggingConfiguration LoggingConfiguration.LoggingFilter.Filters.Conditions."
		 "LabelNameCondition.LabelName"),
	AWS_SAYS("wafv2.association_resource_arn", "awscc.wafv2.web_acl_association",
		 AWS_CALL_ANY, ALWAYS, THEN(MATCHES("resource_arn", ASSOCIABLE_ARN)),
		 "The ARN must be in one of the following formats:",
		 WAF "AssociateWebACL ResourceArn"),
	{ NULL },
};
