/*
 * test_words_census23.c: the words rows (AWS_SAYS, checks/words.c) of the
 * census's third scope as the twenty-third census helper judged them
 * (supportapp/rules.c, arczonalshift/rules.c, accessanalyzer/rules.c,
 * amazonmq/rules.c, appintegrations/rules.c, appstream/rules.c; the
 * ledgers checks/words/support-app.words, arc-zonal-shift.words,
 * accessanalyzer.words, mq.words, appintegrations.words, appstream.words),
 * each through
 * aws_constraints_check: a resource it refuses, whose message names
 * the attribute, quotes AWS's sentence and names its document, and its
 * passing twin; every such row has a case here (a row crossing a reference
 * has its case in test_words_crossing.c: mq.subnets_distinct_zones,
 * appstream.app_block_builder_subnet_zones). And
 * the written rules the ledgers name, each case with its twin: an
 * analyzer's tag keys, an MQ user's password.
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

/* A Support App Slack channel configuration of case severity SEVERITY, the
 * rest (its notification flags) MORE. */
#define SA_CHANNEL(SEVERITY, MORE) "{'team_id': 'T012ABCDEFG', 'channel_id': 'C012ABCDEFG', " \
	"'channel_role_arn': 'arn:aws:iam::123456789012:role/SupportApp', " \
	"'notify_on_case_severity': '" SEVERITY "'" MORE "}"
#define SA_FLAGS(ADD, OPEN, RESOLVE) ", 'notify_on_add_correspondence_to_case': " ADD ", " \
	"'notify_on_create_or_reopen_case': " OPEN ", 'notify_on_resolve_case': " RESOLVE
/* An ARC zonal autoshift configuration whose practice runs are RUNS. */
#define ZS_AUTOSHIFT(RUNS) "{'resource_identifier': " \
	"'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/0123456789abcdef', " \
	"'zonal_autoshift_status': 'ENABLED', 'practice_run_configuration': {" RUNS "}}"
#define ZS_ALARM(TYPE) "{'type': '" TYPE "', 'alarm_identifier': " \
	"'arn:aws:cloudwatch:us-east-1:123456789012:alarm:web-health'}"
#define ZS_OUTCOME "'outcome_alarms': [" ZS_ALARM("CLOUDWATCH") "]"
/* An Access Analyzer analyzer of type TYPE whose configuration is CONFIG. */
#define AA_ANALYZER(TYPE, CONFIG) "{'analyzer_name': 'audit', 'analyzer_type': '" TYPE "'" \
	CONFIG "}"
#define AA_UNUSED(EXCLUSION) ", 'analyzer_configuration': {'unused_access_configuration': " \
	"{'unused_access_age': 90, 'analysis_rule': {'exclusions': [" EXCLUSION "]}}}"
#define AA_INTERNAL(INCLUSION) ", 'analyzer_configuration': {'internal_access_configuration': " \
	"{'internal_access_analysis_rule': {'inclusions': [" INCLUSION "]}}}"
/* 2,000 and 2,001 account IDs (AA_N: N of them, each followed by ", "). */
#define AA_1 "'111122223333', "
#define AA_3 AA_1 AA_1 AA_1
#define AA_9 AA_3 AA_3 AA_3
#define AA_10 AA_9 AA_1
#define AA_90 AA_10 AA_10 AA_10 AA_10 AA_10 AA_10 AA_10 AA_10 AA_10
#define AA_100 AA_90 AA_10
#define AA_900 AA_100 AA_100 AA_100 AA_100 AA_100 AA_100 AA_100 AA_100 AA_100
#define AA_1000 AA_900 AA_100
#define ACCOUNTS_2000 AA_1000 AA_900 AA_90 AA_9 "'111122223333'"
#define ACCOUNTS_2001 AA_1000 AA_1000 "'111122223333'"
#define AA_TAGS(K) "{'resource_tags': [[{'key': '" K "', 'value': 'v'}]]}"
/* An Amazon MQ broker of engine ENGINE at VERSION, the rest MORE. */
#define MQ_BROKER(ENGINE, VERSION, MORE) "{'broker_name': 'orders', 'engine_type': '" ENGINE \
	"', 'engine_version': '" VERSION "', 'deployment_mode': 'SINGLE_INSTANCE', " \
	"'host_instance_type': 'mq.m5.large', 'publicly_accessible': false" MORE "}"
#define MQ_USER(NAME) "{'username': '" NAME "', 'password': 'correct-horse-battery'}"
#define NAME_10 "settings-1"
#define NAME_150 NAME_10 NAME_10 NAME_10 NAME_10 NAME_10 NAME_10 NAME_10 NAME_10 NAME_10 \
	NAME_10 NAME_10 NAME_10 NAME_10 NAME_10 NAME_10
#define NAME_151 NAME_150 "x"
#define MQ_USERS(...) ", 'users': [" __VA_ARGS__ "]"
/* An AppIntegrations application that is a service, the rest MORE. */
#define AI_SERVICE(MORE) "{'name': 'agent-panel', 'namespace': 'agent-panel', " \
	"'application_source_config': {'external_url_config': {'access_url': " \
	"'https://panel.example.com'}}, 'is_service': true" MORE "}"
/* An AppStream stack whose agents' access is AGENT, the rest MORE. */
#define AS_STACK(AGENT, MORE) "{'name': 'desktops', 'agent_access_config': {'screen_resolution': " \
	"'1920x1080', 'screen_image_format': 'PNG'" AGENT "}" MORE "}"
#define AS_SETTING(ACTION, PERMISSION) "{'agent_action': '" ACTION "', 'permission': '" \
	PERMISSION "'}"
#define AS_SETTINGS(...) ", 'settings': [" __VA_ARGS__ "]"
#define AS_VISION AS_SETTINGS(AS_SETTING("COMPUTER_VISION", "ENABLED"))
#define AS_CLIPBOARD(PERMISSION, MORE) ", 'user_settings': [{'action': " \
	"'CLIPBOARD_COPY_TO_LOCAL_DEVICE', 'permission': '" PERMISSION "'" MORE "}]"
/* An app block of packaging type TYPE, the rest MORE. */
#define AS_BLOCK(TYPE, MORE) "{'name': 'tools', 'packaging_type': '" TYPE "', " \
	"'source_s3_location': {'s3_bucket': 'apps', 's3_key': 'tools.zip'}" MORE "}"
#define AS_SCRIPT(WHICH, KEY) ", '" WHICH "': {'executable_path': 'C:\\\\setup.bat', " \
	"'timeout_in_seconds': 60, 'script_s3_location': {'s3_bucket': 'apps'" KEY "}}"
#define AS_KEY ", 's3_key': 'setup.bat'"
#define AS_BUILDER(PLATFORM, SUBNETS) "{'name': 'builder', 'platform': '" PLATFORM "', " \
	"'instance_type': 'stream.standard.small', 'vpc_config': {'subnet_ids': [" SUBNETS "]}}"
#define AS_SUBNETS_2 "'subnet-0123456789abcdef0', 'subnet-0123456789abcdef1'"

static const struct words_case cases[] = {
	{ "supportapp.high_or_all_notifies", "awscc.supportapp.slack_channel_configuration",
	  "notify_on_resolve_case", SA_CHANNEL("high", ", 'notify_on_resolve_case': false"), NULL,
	  SA_CHANNEL("high", ", 'notify_on_create_or_reopen_case': true"), NULL },
	{ "supportapp.high_or_all_notifies", "awscc.supportapp.slack_channel_configuration",
	  "notify_on_resolve_case", SA_CHANNEL("all", SA_FLAGS("false", "false", "false")), NULL,
	  SA_CHANNEL("all", SA_FLAGS("false", "false", "true")), NULL },
	{ "supportapp.high_or_all_notifies_sent", "awscc.supportapp.slack_channel_configuration",
	  "notify_on_add_correspondence_to_case",
	  SA_CHANNEL("high", SA_FLAGS("false", "false", "false")),
	  SA_CHANNEL("high", SA_FLAGS("true", "false", "false")),
	  SA_CHANNEL("high", ""), SA_CHANNEL("high", SA_FLAGS("true", "false", "false")) },
	{ "supportapp.none_notifies_nothing", "awscc.supportapp.slack_channel_configuration",
	  "notify_on_create_or_reopen_case",
	  SA_CHANNEL("none", ", 'notify_on_create_or_reopen_case': true"), NULL,
	  SA_CHANNEL("none", SA_FLAGS("false", "false", "false")), NULL },
	{ "arczonalshift.window_within_a_day", "awscc.arczonalshift.zonal_autoshift_configuration",
	  "practice_run_configuration.blocked_windows[1]",
	  ZS_AUTOSHIFT(ZS_OUTCOME ", 'blocked_windows': ['Mon:09:00-Mon:17:00', "
		       "'Fri:22:00-Sat:02:00']"), NULL,
	  ZS_AUTOSHIFT(ZS_OUTCOME ", 'blocked_windows': ['Mon:09:00-Mon:17:00', "
		       "'Fri:22:00-Fri:23:59']"), NULL },
	{ "arczonalshift.alarm_type_cloudwatch", "awscc.arczonalshift.zonal_autoshift_configuration",
	  "practice_run_configuration.outcome_alarms[0].type",
	  ZS_AUTOSHIFT("'outcome_alarms': [" ZS_ALARM("CloudWatch") "]"), NULL,
	  ZS_AUTOSHIFT(ZS_OUTCOME), NULL },
	{ "arczonalshift.alarm_type_cloudwatch", "awscc.arczonalshift.zonal_autoshift_configuration",
	  "practice_run_configuration.blocking_alarms[0].type",
	  ZS_AUTOSHIFT(ZS_OUTCOME ", 'blocking_alarms': [" ZS_ALARM("CUSTOMAL") "]"), NULL,
	  ZS_AUTOSHIFT(ZS_OUTCOME ", 'blocking_alarms': [" ZS_ALARM("CLOUDWATCH") "]"), NULL },
	{ "accessanalyzer.analyzer_type_values", "awscc.accessanalyzer.analyzer", "analyzer_type",
	  AA_ANALYZER("ACCOUNT_EXTERNAL_ACCESS", ""), NULL, AA_ANALYZER("ACCOUNT", ""), NULL },
	{ "accessanalyzer.account_ids_organization", "awscc.accessanalyzer.analyzer",
	  "analyzer_type",
	  AA_ANALYZER("ACCOUNT_UNUSED_ACCESS", AA_UNUSED("{'account_ids': ['111122223333']}")), NULL,
	  AA_ANALYZER("ORGANIZATION_UNUSED_ACCESS", AA_UNUSED("{'account_ids': ['111122223333']}")),
	  NULL },
	{ "accessanalyzer.account_ids_organization", "awscc.accessanalyzer.analyzer",
	  "analyzer_type",
	  AA_ANALYZER("ACCOUNT_INTERNAL_ACCESS", AA_INTERNAL("{'account_ids': ['111122223333']}")),
	  NULL, AA_ANALYZER("ACCOUNT_INTERNAL_ACCESS",
			    AA_INTERNAL("{'resource_types': ['AWS::S3::Bucket']}")), NULL },
	{ "accessanalyzer.exclusion_account_ids_2000", "awscc.accessanalyzer.analyzer",
	  "analyzer_configuration.unused_access_configuration.analysis_rule.exclusions[0]."
	  "account_ids",
	  AA_ANALYZER("ORGANIZATION_UNUSED_ACCESS", AA_UNUSED("{'account_ids': [" ACCOUNTS_2001 "]}")),
	  NULL,
	  AA_ANALYZER("ORGANIZATION_UNUSED_ACCESS", AA_UNUSED("{'account_ids': [" ACCOUNTS_2000 "]}")),
	  NULL },
	{ "accessanalyzer.exclusion_tag_keys", "awscc.accessanalyzer.analyzer",
	  "analyzer_configuration.unused_access_configuration.analysis_rule.exclusions[0]."
	  "resource_tags[0][0].key",
	  AA_ANALYZER("ACCOUNT_UNUSED_ACCESS", AA_UNUSED(AA_TAGS("aws:team"))), NULL,
	  AA_ANALYZER("ACCOUNT_UNUSED_ACCESS", AA_UNUSED(AA_TAGS("team"))), NULL },
	{ "mq.activemq_518_minor_upgrades", "awscc.amazonmq.broker", "auto_minor_version_upgrade",
	  MQ_BROKER("ACTIVEMQ", "5.18", ", 'auto_minor_version_upgrade': false"), NULL,
	  MQ_BROKER("ACTIVEMQ", "5.17.6", ", 'auto_minor_version_upgrade': false"), NULL },
	{ "mq.rabbitmq_313_minor_upgrades", "awscc.amazonmq.broker", "auto_minor_version_upgrade",
	  MQ_BROKER("RabbitMQ", "3.13", MQ_USERS(MQ_USER("admin"))
		    ", 'auto_minor_version_upgrade': false"), NULL,
	  MQ_BROKER("RabbitMQ", "3.13", MQ_USERS(MQ_USER("admin"))), NULL },
	{ "mq.crdr_primary_broker", "awscc.amazonmq.broker", "data_replication_primary_broker_arn",
	  MQ_BROKER("ACTIVEMQ", "5.18", ", 'data_replication_mode': 'CRDR'"), NULL,
	  MQ_BROKER("ACTIVEMQ", "5.18", ", 'data_replication_mode': 'CRDR', "
		    "'data_replication_primary_broker_arn': "
		    "'arn:aws:mq:us-west-2:123456789012:broker:orders:b-1234'"), NULL },
	{ "mq.rabbitmq_one_admin_user", "awscc.amazonmq.broker", "users",
	  MQ_BROKER("RABBITMQ", "3.13", MQ_USERS(MQ_USER("admin") ", " MQ_USER("app"))), NULL,
	  MQ_BROKER("RABBITMQ", "3.13", MQ_USERS(MQ_USER("admin"))), NULL },
	{ "mq.rabbitmq_simple_admin_user", "awscc.amazonmq.broker", "users",
	  MQ_BROKER("RABBITMQ", "3.13", ", 'authentication_strategy': 'SIMPLE'"), NULL,
	  MQ_BROKER("RABBITMQ", "3.13", ", 'authentication_strategy': 'CONFIG_MANAGED'"), NULL },
	{ "mq.rabbitmq_username_no_tilde", "awscc.amazonmq.broker", "users[0].username",
	  MQ_BROKER("RABBITMQ", "3.13", MQ_USERS(MQ_USER("ops~admin"))), NULL,
	  MQ_BROKER("ACTIVEMQ", "5.18", MQ_USERS(MQ_USER("ops~admin"))), NULL },
	{ "mq.configuration_name_length", "awscc.amazonmq.configuration", "name",
	  "{'engine_type': 'ACTIVEMQ', 'data': 'PGJyb2tlci8+', 'name': '" NAME_151 "'}", NULL,
	  "{'engine_type': 'ACTIVEMQ', 'data': 'PGJyb2tlci8+', 'name': '" NAME_150 "'}", NULL },
	{ "appintegrations.service_initialization_timeout", "awscc.appintegrations.application",
	  "initialization_timeout", AI_SERVICE(""), NULL,
	  AI_SERVICE(", 'initialization_timeout': 30000"), NULL },
	{ "appintegrations.service_no_application_config", "awscc.appintegrations.application",
	  "application_config", AI_SERVICE(", 'initialization_timeout': 30000, "
					   "'application_config': {'contact_handling': "
					   "{'scope': 'PER_CONTACT'}}"), NULL,
	  AI_SERVICE(", 'initialization_timeout': 30000"), NULL },
	{ "appstream.screenshots_bucket", "awscc.appstream.stack",
	  "agent_access_config.s3_bucket_arn",
	  AS_STACK(AS_VISION ", 'screenshots_upload_enabled': true", ""), NULL,
	  AS_STACK(AS_VISION ", 'screenshots_upload_enabled': true, 's3_bucket_arn': "
		   "'arn:aws:s3:::agent-shots'", ""), NULL },
	{ "appstream.agent_settings_one", "awscc.appstream.stack", "agent_access_config.settings",
	  AS_STACK(", 'settings': []", ""), NULL, AS_STACK(AS_VISION, ""), NULL },
	{ "appstream.agent_action_values", "awscc.appstream.stack",
	  "agent_access_config.settings[0].agent_action",
	  AS_STACK(AS_SETTINGS(AS_SETTING("SCREEN_READ", "ENABLED")), ""), NULL,
	  AS_STACK(AS_SETTINGS(AS_SETTING("FORWARD_MCP_TOOLS", "ENABLED")), ""), NULL },
	{ "appstream.input_needs_vision", "awscc.appstream.stack", "agent_access_config.settings",
	  AS_STACK(AS_SETTINGS(AS_SETTING("COMPUTER_INPUT", "ENABLED") ", "
			       AS_SETTING("COMPUTER_VISION", "DISABLED")), ""), NULL,
	  AS_STACK(AS_SETTINGS(AS_SETTING("COMPUTER_INPUT", "ENABLED") ", "
			       AS_SETTING("COMPUTER_VISION", "ENABLED")), ""), NULL },
	{ "appstream.user_control_mode_values", "awscc.appstream.stack",
	  "agent_access_config.user_control_mode",
	  AS_STACK(AS_VISION ", 'user_control_mode': 'VIEW'", ""), NULL,
	  AS_STACK(AS_VISION ", 'user_control_mode': 'VIEW_STOP'", ""), NULL },
	{ "appstream.user_setting_length_range", "awscc.appstream.stack",
	  "user_settings[0].maximum_length",
	  AS_STACK(AS_VISION, AS_CLIPBOARD("ENABLED", ", 'maximum_length': 20971521")), NULL,
	  AS_STACK(AS_VISION, AS_CLIPBOARD("ENABLED", ", 'maximum_length': 20971520")), NULL },
	{ "appstream.user_setting_length_disabled", "awscc.appstream.stack",
	  "user_settings[0].maximum_length",
	  AS_STACK(AS_VISION, AS_CLIPBOARD("DISABLED", ", 'maximum_length': 1024")), NULL,
	  AS_STACK(AS_VISION, AS_CLIPBOARD("DISABLED", "")), NULL },
	{ "appstream.user_association_userpool", "awscc.appstream.stack_user_association",
	  "authentication_type",
	  "{'stack_name': 'desktops', 'user_name': 'ana@example.com', "
	  "'authentication_type': 'SAML'}", NULL,
	  "{'stack_name': 'desktops', 'user_name': 'ana@example.com', "
	  "'authentication_type': 'USERPOOL'}", NULL },
	{ "appstream.post_setup_appstream2", "awscc.appstream.app_block", "packaging_type",
	  AS_BLOCK("CUSTOM", AS_SCRIPT("setup_script_details", AS_KEY)
		   AS_SCRIPT("post_setup_script_details", AS_KEY)), NULL,
	  AS_BLOCK("APPSTREAM2", AS_SCRIPT("post_setup_script_details", AS_KEY)), NULL },
	{ "appstream.custom_setup_script", "awscc.appstream.app_block", "setup_script_details",
	  AS_BLOCK("CUSTOM", ""), NULL,
	  AS_BLOCK("CUSTOM", AS_SCRIPT("setup_script_details", AS_KEY)), NULL },
	{ "appstream.script_s3_key", "awscc.appstream.app_block",
	  "post_setup_script_details.script_s3_location.s3_key",
	  AS_BLOCK("APPSTREAM2", AS_SCRIPT("post_setup_script_details", "")), NULL,
	  AS_BLOCK("APPSTREAM2", AS_SCRIPT("post_setup_script_details", AS_KEY)), NULL },
	{ "appstream.custom_source_s3_key", "awscc.appstream.app_block",
	  "source_s3_location.s3_key",
	  "{'name': 'tools', 'packaging_type': 'CUSTOM', 'source_s3_location': "
	  "{'s3_bucket': 'apps'}" AS_SCRIPT("setup_script_details", AS_KEY) "}", NULL,
	  "{'name': 'tools', 'packaging_type': 'APPSTREAM2', 'source_s3_location': "
	  "{'s3_bucket': 'apps'}}", NULL },
	{ "appstream.app_block_builder_platform", "awscc.appstream.app_block_builder", "platform",
	  AS_BUILDER("WINDOWS_SERVER_2022", AS_SUBNETS_2), NULL,
	  AS_BUILDER("WINDOWS_SERVER_2019", AS_SUBNETS_2), NULL },
	{ "appstream.app_block_builder_two_subnets", "awscc.appstream.app_block_builder",
	  "vpc_config.subnet_ids",
	  AS_BUILDER("WINDOWS_SERVER_2019", "'subnet-0123456789abcdef0'"), NULL,
	  AS_BUILDER("WINDOWS_SERVER_2019", AS_SUBNETS_2), NULL },
	{ "appstream.image_builder_one_subnet", "awscc.appstream.image_builder",
	  "vpc_config.subnet_ids",
	  "{'name': 'ib', 'instance_type': 'stream.standard.medium', 'image_name': 'base', "
	  "'vpc_config': {'subnet_ids': [" AS_SUBNETS_2 "]}}", NULL,
	  "{'name': 'ib', 'instance_type': 'stream.standard.medium', 'image_name': 'base', "
	  "'vpc_config': {'subnet_ids': ['subnet-0123456789abcdef0']}}", NULL },
	{ "appstream.instance_families_values", "awscc.appstream.application",
	  "instance_families[1]",
	  "{'name': 'paint', 'launch_path': 'C:\\\\paint.exe', 'platforms': ['WINDOWS_SERVER_2019'], "
	  "'app_block_arn': 'arn:aws:appstream:us-east-1:123456789012:app-block/tools', "
	  "'icon_s3_location': {'s3_bucket': 'apps', 's3_key': 'paint.png'}, "
	  "'instance_families': ['GENERAL_PURPOSE', 'GRAPHICS_PRO']}", NULL,
	  "{'name': 'paint', 'launch_path': 'C:\\\\paint.exe', 'platforms': ['WINDOWS_SERVER_2019'], "
	  "'app_block_arn': 'arn:aws:appstream:us-east-1:123456789012:app-block/tools', "
	  "'icon_s3_location': {'s3_bucket': 'apps', 's3_key': 'paint.png'}, "
	  "'instance_families': ['GENERAL_PURPOSE', 'GRAPHICS_G4']}", NULL },
	{ "appstream.entitlement_attribute_names", "awscc.appstream.entitlement",
	  "attributes[0].name",
	  "{'name': 'finance', 'stack_name': 'desktops', 'app_visibility': 'ALL', "
	  "'attributes': [{'name': 'role', 'value': 'finance'}]}", NULL,
	  "{'name': 'finance', 'stack_name': 'desktops', 'app_visibility': 'ALL', "
	  "'attributes': [{'name': 'roles', 'value': 'finance'}]}", NULL },
};

static const char *const services[] = { "supportapp.", "arczonalshift.", "accessanalyzer.",
					"mq.", "appintegrations.", "appstream.", NULL };

/* The written rules the ledgers name: each refuses its case, naming the
 * attribute and quoting AWS; its twin passes. */
static const struct words_written_case written[] = {
	{ "awscc.accessanalyzer.analyzer",
	  AA_ANALYZER("ACCOUNT", ", 'tags': [{'key': 'team', 'value': 'a'}, "
			"{'key': 'AWS:team', 'value': 'b'}]"),
	  "tags: [1].key \"AWS:team\"", "cannot be prefixed with aws:",
	  AA_ANALYZER("ACCOUNT", ", 'tags': [{'key': 'team', 'value': 'a'}, "
			"{'key': 'acme:team', 'value': 'b'}]") },
	{ "awscc.amazonmq.broker",
	  MQ_BROKER("ACTIVEMQ", "5.18", MQ_USERS(MQ_USER("app") ", {'username': 'ops', "
						  "'password': 'abcabcabcabc'}")),
	  "users: [1].password: it has fewer than 4 different characters",
	  "must contain at least 4 unique characters",
	  MQ_BROKER("ACTIVEMQ", "5.18", MQ_USERS(MQ_USER("app") ", {'username': 'ops', "
						  "'password': 'abcdabcdabcd'}")) },
};

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
					 "test_words_census23.c");
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
