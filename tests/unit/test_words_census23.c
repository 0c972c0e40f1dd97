/*
 * test_words_census23.c: the words rows (AWS_SAYS, checks/words.c) of the
 * census's third scope as the twenty-third census helper judged them
 * (supportapp/rules.c, arczonalshift/rules.c; the ledgers
 * checks/words/support-app.words, arc-zonal-shift.words), each through
 * aws_constraints_check: a resource it refuses, whose message names
 * the attribute, quotes AWS's sentence and names its document, and its
 * passing twin; every such row has a case here.
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
};

static const char *const services[] = { "supportapp.", "arczonalshift.", NULL };

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
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
