/*
 * test_words_census18.c: the words rows (AWS_SAYS, checks/words.c) of the
 * census's third scope as the eighteenth census helper judged them
 * (s3vectors/rules.c, smsvoice/rules.c, workspacesweb/rules.c, xray/rules.c,
 * ce/rules.c; the ledgers checks/words/s3vectors.words,
 * pinpoint-sms-voice-v2.words, workspaces-web.words, xray.words, ce.words),
 * each through aws_constraints_check: a resource it
 * refuses, whose message names the attribute, quotes AWS's sentence and
 * names its document, and its passing twin; every such row has a case here
 * (a row crossing a reference has its case in test_words_crossing.c:
 * workspacesweb.two_subnets_two_zones and three_subnets_two_zones). And the
 * written rules rule_workspacesweb_localized_strings on a user settings'
 * locales and ce/rules.c's on Cost Explorer's expressions and rules.
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

#define KMS_KEY "'kms_key_arn': 'arn:aws:kms:us-east-1:123456789012:key/1234abcd'"
/* A vector bucket whose encryption is ENCRYPTION. */
#define VECTOR_BUCKET(ENCRYPTION) "{'vector_bucket_name': 'vectors-1', " \
	"'encryption_configuration': {" ENCRYPTION "}}"
/* An index of a vector bucket with the rest of its attributes MORE. */
#define VECTOR_INDEX(MORE) "{'vector_bucket_name': 'vectors-1', 'index_name': 'idx', " \
	"'data_type': 'float32', 'dimension': 128, 'distance_metric': 'cosine'" MORE "}"
/* An SMS configuration set whose one event destination matches TYPES. */
#define SMS_CONFIGURATION_SET(TYPES) "{'configuration_set_name': 'alerts', " \
	"'event_destinations': [{'event_destination_name': 'logs', 'enabled': true, " \
	"'matching_event_types': [" TYPES "], 'sns_destination': {'topic_arn': " \
	"'arn:aws:sns:us-east-1:123456789012:sms'}}]}"
/* A WorkSpaces Secure Browser user settings branded BRANDING. */
#define USER_SETTINGS(BRANDING) "{'copy_allowed': 'Enabled', 'download_allowed': 'Enabled', " \
	"'paste_allowed': 'Enabled', 'print_allowed': 'Enabled', 'upload_allowed': " \
	"'Enabled'" BRANDING "}"
#define BRANDED(MORE) ", 'branding_configuration': {'color_theme': 'Dark'" MORE "}"
#define PNG "iVBORw0KGgoAAAANSUhEUg=="
#define GIF "R0lGODlhAQABAIAAAP=="
#define JPEG "/9j/4AAQSkZJRgABAQ=="
#define ICO "AAABAAEAEBAAAAEAIA=="
#define LOCALES(STRINGS) ", 'localized_strings': {'en-US': {'BrowserTabTitle': 'Web', " \
	"'WelcomeText': 'Hello'}, 'fr-FR': " STRINGS "}"
#define WHOLE_BRANDING BRANDED(", 'logo': '" PNG "', 'favicon': '" ICO "'" \
	LOCALES("{'BrowserTabTitle': 'Web', 'WelcomeText': 'Salut'}"))
/* A data protection settings' one redaction pattern PATTERN. */
#define REDACTION(PATTERN) "{'display_name': 'pii', 'inline_redaction_configuration': " \
	"{'inline_redaction_patterns': [{'redaction_place_holder': " \
	"{'redaction_place_holder_type': 'CustomText'}" PATTERN "}]}}"
/* An X-Ray group with the rest of its attributes MORE. */
#define XRAY_GROUP(MORE) "{'group_name': 'api'" MORE "}"
#define INSIGHTS(INSIGHTS_ON) ", 'insights_configuration': {'insights_enabled': " INSIGHTS_ON \
	", 'notifications_enabled': true}"
/* A sampling rule (its RULE, the rest of it MORE). */
#define XRAY_RULE(RULE, MORE) "{'" RULE "': {'rule_name': 'api', 'fixed_rate': 0.05, " \
	"'host': '*', 'http_method': '*', 'priority': 100, 'reservoir_size': 1, " \
	"'resource_arn': '*', 'service_name': '*', 'service_type': '*', 'url_path': '*', " \
	"'version': 1" MORE "}}"
#define RULE_ARN ", 'rule_arn': 'arn:aws:xray:us-east-1:123456789012:sampling-rule/api'"
/* Five tags whose keys begin P; fifty. */
#define T5(P) "{'key': '" P "a', 'value': 'a'}, {'key': '" P "b', 'value': 'a'}, {'key': '" \
	P "c', 'value': 'a'}, {'key': '" P "d', 'value': 'a'}, {'key': '" P "e', 'value': 'a'}"
#define T50 T5("a") ", " T5("b") ", " T5("c") ", " T5("d") ", " T5("e") ", " T5("f") ", " \
	T5("g") ", " T5("h") ", " T5("i") ", " T5("j")
/* A Cost Explorer anomaly monitor of TYPE, the rest MORE. */
#define CE_MONITOR(TYPE, MORE) "{'monitor_name': 'm', 'monitor_type': '" TYPE "'" MORE "}"
#define CE_SUBSCRIPTION(MORE) "{'subscription_name': 's', 'frequency': 'DAILY', " \
	"'monitor_arn_list': ['arn:aws:ce::123456789012:anomalymonitor/1'], 'subscribers': " \
	"[{'address': 'a@example.com', 'type': 'EMAIL'}]" MORE "}"
/* A double quote within JSON text (a string attribute's). */
#define Q "\\\""
#define DIMENSION(KEY, MORE) "{" Q "Dimensions" Q ": {" Q "Key" Q ": " Q KEY Q MORE "}}"
#define IMPACT(OPTION, VALUE) "'" DIMENSION("ANOMALY_TOTAL_IMPACT_ABSOLUTE", ", " Q "MatchOptions" \
	Q ": [" Q OPTION Q "], " Q "Values" Q ": [" Q VALUE Q "]") "'"
/* Split charge rules: a source and its targets, twice. */
#define SPLIT(S1, T1, S2, T2) ", 'split_charge_rules': '[{" Q "Source" Q ": " Q S1 Q ", " Q \
	"Targets" Q ": [" Q T1 Q "], " Q "Method" Q ": " Q "EVEN" Q "}, {" Q "Source" Q ": " Q S2 \
	Q ", " Q "Targets" Q ": [" Q T2 Q "], " Q "Method" Q ": " Q "EVEN" Q "}]'"
#define RULE_KEYS_IN "LINKED_ACCOUNT_NAME and SERVICE_CODE can only be used in CostCategoryRule"
#define CE_CATEGORY(MORE) "{'name': 'c', 'rule_version': 'CostCategoryExpression.v1'" MORE "}"
#define TAG(KEY, VALUE) ", 'tags': [{'key': '" KEY "', 'value': '" VALUE "'}]"

static const struct words_case cases[] = {
	{ "s3vectors.kms_key_only_with_kms", "awscc.s3vectors.vector_bucket",
	  "encryption_configuration.sse_type",
	  VECTOR_BUCKET("'sse_type': 'AES256', " KMS_KEY), NULL,
	  VECTOR_BUCKET("'sse_type': 'aws:kms', " KMS_KEY), NULL },
	{ "s3vectors.tag_key_not_aws", "awscc.s3vectors.index", "tags[0].key",
	  VECTOR_INDEX(TAG("aws:team", "a")), NULL,
	  VECTOR_INDEX(TAG("team", "a")), NULL },
	{ "s3vectors.tag_key_chars", "awscc.s3vectors.vector_bucket", "tags[0].key",
	  "{'vector_bucket_name': 'vectors-1'" TAG("team#1", "a") "}", NULL,
	  "{'vector_bucket_name': 'vectors-1'" TAG("team:1 @x_y.z/=+-", "a") "}", NULL },
	{ "s3vectors.tag_value_chars", "awscc.s3vectors.index", "tags[0].value",
	  VECTOR_INDEX(TAG("team", "a,b")), NULL,
	  VECTOR_INDEX(TAG("team", "a b_c.d/e=f+g-h@i")), NULL },
	{ "smsvoice.no_text_sent_event", "awscc.smsvoice.configuration_set",
	  "event_destinations[0].matching_event_types[1]",
	  SMS_CONFIGURATION_SET("'TEXT_DELIVERED', 'TEXT_SENT'"), NULL,
	  SMS_CONFIGURATION_SET("'TEXT_DELIVERED', 'TEXT_PENDING'"), NULL },
	{ "smsvoice.cfn_tag_keys_not_aws", "awscc.smsvoice.opt_out_list", "tags[0].key",
	  "{'opt_out_list_name': 'out'" TAG("aws:team", "a") "}", NULL,
	  "{'opt_out_list_name': 'out'" TAG("team", "aws:a") "}", NULL },
	{ "workspacesweb.logo_image", "awscc.workspacesweb.user_settings",
	  "branding_configuration.logo", USER_SETTINGS(BRANDED(", 'logo': '" GIF "'")), NULL,
	  USER_SETTINGS(BRANDED(", 'logo': '" PNG "', 'wallpaper': 's3://brand-1/w.gif'")),
	  NULL },
	{ "workspacesweb.favicon_image", "awscc.workspacesweb.user_settings",
	  "branding_configuration.favicon", USER_SETTINGS(BRANDED(", 'favicon': '" GIF "'")), NULL,
	  USER_SETTINGS(BRANDED(", 'favicon': '" ICO "'")), NULL },
	{ "workspacesweb.wallpaper_image", "awscc.workspacesweb.user_settings",
	  "branding_configuration.wallpaper", USER_SETTINGS(BRANDED(", 'wallpaper': '" ICO "'")),
	  NULL, USER_SETTINGS(BRANDED(", 'wallpaper': '" JPEG "'")), NULL },
	{ "workspacesweb.first_branding_whole", "awscc.workspacesweb.user_settings",
	  "branding_configuration.favicon",
	  USER_SETTINGS(BRANDED(", 'logo': '" PNG "'" LOCALES("{'BrowserTabTitle': 'Web', "
							       "'WelcomeText': 'Salut'}"))),
	  USER_SETTINGS(""), USER_SETTINGS(WHOLE_BRANDING), USER_SETTINGS("") },
	{ "workspacesweb.pattern_built_in_or_custom", "awscc.workspacesweb.data_protection_settings",
	  "inline_redaction_configuration.inline_redaction_patterns[0].built_in_pattern_id",
	  REDACTION(""), NULL, REDACTION(", 'built_in_pattern_id': 'EmailAddress'"), NULL },
	{ "xray.group_name_not_default", "awscc.xray.group", "group_name",
	  "{'group_name': 'Default'}", NULL, "{'group_name': 'default-api'}", NULL },
	{ "xray.notifications_with_insights", "awscc.xray.group",
	  "insights_configuration.insights_enabled", XRAY_GROUP(INSIGHTS("false")), NULL,
	  XRAY_GROUP(INSIGHTS("true")), NULL },
	{ "xray.rule_name_or_arn", "awscc.xray.sampling_rule", "sampling_rule.rule_arn",
	  XRAY_RULE("sampling_rule", RULE_ARN), NULL, XRAY_RULE("sampling_rule", ""), NULL },
	{ "xray.rule_update_name_or_arn", "awscc.xray.sampling_rule",
	  "sampling_rule_update.rule_arn", XRAY_RULE("sampling_rule_update", RULE_ARN), NULL,
	  XRAY_RULE("sampling_rule_update", ""), NULL },
	{ "xray.tags_at_most_50", "awscc.xray.group", "tags",
	  XRAY_GROUP(", 'tags': [" T50 ", {'key': 'f', 'value': 'a'}]"), NULL,
	  XRAY_GROUP(", 'tags': [" T50 "]"), NULL },
	{ "xray.tag_keys_not_system", "awscc.xray.sampling_rule", "tags[0].key",
	  "{'rule_name': 'api'" TAG("aws:team", "a") "}", NULL,
	  "{'rule_name': 'api'" TAG("team", "aws:a") "}", NULL },
	{ "xray.tag_key_chars", "awscc.xray.group", "tags[0].key",
	  XRAY_GROUP(TAG("team!", "a")), NULL, XRAY_GROUP(TAG("équipe @x_y.z:/=+-", "a")), NULL },
	{ "xray.tag_value_chars", "awscc.xray.group", "tags[0].value",
	  XRAY_GROUP(TAG("team", "a;b")), NULL, XRAY_GROUP(TAG("team", "a b_c.d:e/f=g+h-i@j")),
	  NULL },
	{ "ce.custom_monitor_no_dimension", "awscc.ce.anomaly_monitor", "monitor_dimension",
	  CE_MONITOR("CUSTOM", ", 'monitor_dimension': 'SERVICE'"), NULL,
	  CE_MONITOR("DIMENSIONAL", ", 'monitor_dimension': 'SERVICE'"), NULL },
	{ "ce.tag_monitor_specification", "awscc.ce.anomaly_monitor", "monitor_specification",
	  CE_MONITOR("DIMENSIONAL", ", 'monitor_dimension': 'TAG'"), NULL,
	  CE_MONITOR("DIMENSIONAL", ", 'monitor_dimension': 'TAG', 'monitor_specification': '"
		     DIMENSION("LINKED_ACCOUNT", "") "'"), NULL },
	{ "ce.service_monitor_no_specification", "awscc.ce.anomaly_monitor",
	  "monitor_specification",
	  CE_MONITOR("DIMENSIONAL", ", 'monitor_dimension': 'SERVICE', 'monitor_specification': '"
		     DIMENSION("LINKED_ACCOUNT", "") "'"), NULL,
	  CE_MONITOR("DIMENSIONAL", ", 'monitor_dimension': 'SERVICE'"), NULL },
	{ "ce.one_threshold", "awscc.ce.anomaly_subscription", "threshold",
	  CE_SUBSCRIPTION(", 'threshold': 100, 'threshold_expression': "
			  IMPACT("GREATER_THAN_OR_EQUAL", "100")), NULL,
	  CE_SUBSCRIPTION(", 'threshold_expression': " IMPACT("GREATER_THAN_OR_EQUAL", "100")),
	  NULL },
	{ "ce.effective_start_month", "awscc.ce.cost_category", "effective_start",
	  CE_CATEGORY(", 'rules': '[]', 'effective_start': '2026-11-15T00:00:00Z'"), NULL,
	  CE_CATEGORY(", 'rules': '[]', 'effective_start': '2026-11-01T00:00:00Z'"), NULL },
	{ "ce.tags_at_most_50", "awscc.ce.anomaly_monitor", "resource_tags",
	  CE_MONITOR("CUSTOM", ", 'resource_tags': [" T50 ", {'key': 'f', 'value': 'a'}]"), NULL,
	  CE_MONITOR("CUSTOM", ", 'resource_tags': [" T50 "]"), NULL },
	{ "ce.tag_keys_unique", "awscc.ce.cost_category", "tags[1].key",
	  CE_CATEGORY(", 'rules': '[]', 'tags': [{'key': 'team', 'value': 'a'}, {'key': 'team', "
		      "'value': 'b'}]"), NULL,
	  CE_CATEGORY(", 'rules': '[]', 'tags': [{'key': 'team', 'value': 'a'}, {'key': 'owner', "
		      "'value': 'a'}]"), NULL },
	{ "ce.tag_chars", "awscc.ce.anomaly_subscription", "resource_tags[0].value",
	  CE_SUBSCRIPTION(", 'threshold': 100, 'resource_tags': [{'key': 'team', 'value': 'a&b'}]"),
	  NULL,
	  CE_SUBSCRIPTION(", 'threshold': 100, 'resource_tags': [{'key': 'team', 'value': "
			  "'a b_c.d:e/f=g+h@i-j'}]"), NULL },
};

/* The written rule's refused stacks and their passing twins. */
static const struct words_written_case written[] = {
	{ "awscc.workspacesweb.user_settings",
	  USER_SETTINGS(BRANDED(LOCALES("{'BrowserTabTitle': 'Web'}"))),
	  "branding_configuration.localized_strings.fr-FR: no WelcomeText",
	  "Each locale must provide the required fields browserTabTitle and welcomeText.",
	  USER_SETTINGS(BRANDED(LOCALES("{'browser_tab_title': 'Web', 'welcome_text': 'Salut'}"))) },
	{ "awscc.workspacesweb.user_settings",
	  USER_SETTINGS(BRANDED(LOCALES("{'BrowserTabTitle': 'Web', 'WelcomeText': 'Salut', "
					"'ContactLink': 'http://help.example.com'}"))),
	  "branding_configuration.localized_strings.fr-FR.ContactLink",
	  "The URL must start with https:// or mailto:.",
	  USER_SETTINGS(BRANDED(LOCALES("{'BrowserTabTitle': 'Web', 'WelcomeText': 'Salut', "
					"'ContactLink': 'mailto:help@example.com'}"))) },
	{ "awscc.ce.anomaly_monitor",
	  CE_MONITOR("CUSTOM", ", 'monitor_specification': '{" Q "Or" Q ": [" DIMENSION("SERVICE",
		     "") ", " DIMENSION("SERVICE_CODE", "") "]}'"),
	  "monitor_specification: SERVICE_CODE", RULE_KEYS_IN,
	  CE_MONITOR("CUSTOM", ", 'monitor_specification': '{" Q "Or" Q ": [" DIMENSION("SERVICE",
		     "") ", " DIMENSION("LINKED_ACCOUNT", "") "]}'") },
	{ "awscc.ce.anomaly_subscription",
	  CE_SUBSCRIPTION(", 'threshold_expression': " IMPACT("GREATER_THAN", "100")),
	  "threshold_expression: no GREATER_THAN_OR_EQUAL",
	  "The match option GREATER_THAN_OR_EQUAL is required.",
	  CE_SUBSCRIPTION(", 'threshold_expression': " IMPACT("GREATER_THAN_OR_EQUAL", "100")) },
	{ "awscc.ce.anomaly_subscription",
	  CE_SUBSCRIPTION(", 'threshold_expression': " IMPACT("GREATER_THAN_OR_EQUAL", "1e11")),
	  "threshold_expression: a value not a number",
	  "Values must be numbers between 0 and 10,000,000,000 in string format.",
	  CE_SUBSCRIPTION(", 'threshold_expression': " IMPACT("GREATER_THAN_OR_EQUAL",
							    "10000000000")) },
	{ "awscc.ce.cost_category",
	  CE_CATEGORY(", 'rules': '[{" Q "Value" Q ": " Q "a" Q ", " Q "Type" Q ": " Q "INHERITED"
		      Q "}]'"), "rules: a type", "either REGULAR or INHERITED_VALUE",
	  CE_CATEGORY(", 'rules': '[{" Q "Value" Q ": " Q "a" Q ", " Q "Type" Q ": " Q
		      "INHERITED_VALUE" Q "}]'") },
	{ "awscc.ce.cost_category",
	  CE_CATEGORY(", 'rules': '[{" Q "Value" Q ": " Q "a" Q ", " Q "Rule" Q ": "
		      DIMENSION("ANOMALY_TOTAL_IMPACT_PERCENTAGE", "") "}]'"),
	  "rules: ANOMALY_TOTAL_IMPACT_PERCENTAGE", "can only be used in AnomalySubscriptions.",
	  CE_CATEGORY(", 'rules': '[{" Q "Value" Q ": " Q "a" Q ", " Q "Rule" Q ": "
		      DIMENSION("SERVICE_CODE", "") "}]'") },
	{ "awscc.ce.cost_category", CE_CATEGORY(", 'rules': '[]'" SPLIT("a", "b", "c", "a")),
	  "split_charge_rules: a", "can't be used as a source in other split charge rules.",
	  CE_CATEGORY(", 'rules': '[]'" SPLIT("a", "b", "c", "d")) },
	{ "awscc.ce.cost_category", CE_CATEGORY(", 'rules': '[]'" SPLIT("a", "b", "a", "d")),
	  "split_charge_rules: a", "can't be used as a source or a target in other split charge",
	  CE_CATEGORY(", 'rules': '[]'" SPLIT("a", "b", "c", "d")) },
	{ "awscc.ce.cost_category", CE_CATEGORY(", 'rules': '[]', 'split_charge_rules': '[{" Q
		      "Source" Q ": " Q "a" Q ", " Q "Targets" Q ": [" Q "b" Q "], " Q "Method" Q
		      ": " Q "FIXED" Q "}]'"),
	  "split_charge_rules: a FIXED method", "This is only required for the FIXED method.",
	  CE_CATEGORY(", 'rules': '[]', 'split_charge_rules': '[{" Q "Source" Q ": " Q "a" Q ", "
		      Q "Targets" Q ": [" Q "b" Q "], " Q "Method" Q ": " Q "FIXED" Q ", " Q
		      "Parameters" Q ": [{" Q "Type" Q ": " Q "ALLOCATION_PERCENTAGES" Q ", " Q
		      "Values" Q ": [" Q "100" Q "]}]}]'") },
};

static const char *const services[] = { "s3vectors.", "smsvoice.", "workspacesweb.", "xray.",
					 "ce.", NULL };

/* The written rule refuses its case, naming the attribute and quoting AWS;
 * its twin passes. */
static void test_written_rules(void **state)
{
	(void)state;
	words_check_written(written, sizeof(written) / sizeof(*written));
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
					 "test_words_census18.c");
}

int main(void)
{
	setenv("AWS_REGION", "us-east-1", 1);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_row_and_its_twin),
		cmocka_unit_test(test_every_row_has_a_case),
		cmocka_unit_test(test_written_rules),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
