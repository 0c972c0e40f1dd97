/*
 * scheduler/rules.c: EventBridge Scheduler's rows (checks/rules.h): its
 * schedule expressions and times (the grammar checks/schedule.c shares with
 * events/ and glue/), IANA time zones, and the settings of a schedule that
 * go together; AWS's words (checks/words/scheduler.words) on the written and
 * the awscc schedule, whose templated input is judged as the written one's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "provider/aws/checks/kinds/api.h"
#include "provider/aws/checks/rules.h"
#include "provider/aws/checks/schedule.h"
#include "provider/aws/checks/shared.h"
#include "provider/aws/scheduler/api.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

/* ---- time zones ------------------------------------------------------------ */

/* An IANA time zone name (EventBridge Scheduler ScheduleExpressionTimezone:
 * "the timezone in which the scheduling expression is evaluated", an IANA
 * name), held against the system's zoneinfo: the zones and links of
 * $TZDIR/tzdata.zi (TZDIR defaults to /usr/share/zoneinfo; Debian's tzdata
 * installs it), compared without case. 1 known, 0 not, -1 when there is no
 * list to read: the check then passes, never refuses. */
static int time_zone_known(const char *name)
{
	const char *dir = getenv("TZDIR");
	char *path = xasprintf("%s/tzdata.zi", dir && *dir ? dir : "/usr/share/zoneinfo");
	FILE *f = fopen(path, "r");
	char line[512];
	int found = 0;
	free(path);
	if (!f)
		return -1;
	while (!found && fgets(line, sizeof(line), f)) {
		char *zone = NULL, *save = NULL, *w = strtok_r(line, " \t\n", &save);
		if (w && !strcmp(w, "Z"))
			zone = strtok_r(NULL, " \t\n", &save);
		else if (w && !strcmp(w, "L") && strtok_r(NULL, " \t\n", &save))
			zone = strtok_r(NULL, " \t\n", &save);
		found = zone && !strcasecmp(zone, name);
	}
	fclose(f);
	return found;
}

int rule_time_zone(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = value_known_string(v);
	(void)r;
	if (!s || time_zone_known(s) != 0)
		return 0;
	strbuf_addf(err, "\"%s\" is not an IANA time zone name (this system's zoneinfo has none "
		    "such; e.g. \"Europe/Paris\", \"America/New_York\", \"UTC\")", s);
	return -1;
}

/* ---- settings that go together (a row for the whole resource) ------------ */

/* Scheduler FlexibleTimeWindow: MaximumWindowInMinutes with FLEXIBLE, and
 * only with it. */
static int rule_scheduler_window(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *mode = value_known_member(v, "mode");
	(void)r;
	if (mode && !strcmp(mode, "FLEXIBLE") && !is_set(v, "maximum_window_in_minutes")) {
		strbuf_addstr(err, "mode FLEXIBLE needs maximum_window_in_minutes");
		return -1;
	}
	if (mode && !strcmp(mode, "OFF") && is_set(v, "maximum_window_in_minutes")) {
		strbuf_addstr(err, "maximum_window_in_minutes is only allowed with mode FLEXIBLE");
		return -1;
	}
	return 0;
}

/* Scheduler CreateSchedule Target Input: "If you are configuring a
 * templated Lambda, AWS Step Functions, or Amazon EventBridge target, the
 * input must be a well-formed JSON." A templated target is the ARN of the
 * function, state machine or event bus itself (a universal target's is
 * arn:aws:scheduler:::aws-sdk:...). A row for the whole resource (v), so
 * that the target's attributes keep their own rows. */
static int rule_scheduler_input(const json_t *v, const json_t *r, struct strbuf *err)
{
	static const char *const templated[] = { "lambda", "states", "events", NULL };
	const json_t *target = json_object_get(v, "target");
	const char *input = value_known_member(target, "input");
	char service[64];
	json_t *doc;
	(void)r;
	/* the target's service, as its ARN says or the kind of what a
	 * reference names (${fn.arn}: a Lambda function's) */
	if (!aws_arn_service_of(json_object_get(target, "arn"), service, sizeof(service)) || !input)
		return 0;
	for (const char *const *t = templated; *t; t++) {
		if (strcmp(service, *t))
			continue;
		if ((doc = json_loads(input, JSON_DECODE_ANY, NULL)) != NULL) {
			json_decref(doc);
			return 0;
		}
		strbuf_addf(err, "target.input is not well-formed JSON, which a %s target takes: "
			    "AWS says "
			    "\"If you are configuring a templated Lambda, AWS Step Functions, or "
			    "Amazon EventBridge target, the input must be a well-formed JSON.\" "
			    "(e.g. input: '{\"run\": \"nightly\"}')", *t);
		return -1;
	}
	return 0;
}

/* Scheduler CreateSchedule StartDate and EndDate: "the date, in UTC, after
 * which the schedule can begin invoking its target" and "before which the
 * schedule can invoke its target" (ignored for one-time schedules). An end
 * not after the start leaves no time to invoke the target: a warning (a
 * `warn` row; the reference states no refusal), for recurring schedules. */
static int rule_scheduler_dates(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *start = value_known_member(v, "start_date");
	const char *end = value_known_member(v, "end_date");
	const char *expr = value_known_member(v, "schedule_expression");
	time_t from, to;
	(void)r;
	if (!start || !end || !expr || !strncmp(expr, "at(", 3) ||
	    aws_parse_timestamp(start, &from) || aws_parse_timestamp(end, &to) || to > from)
		return 0;
	strbuf_addf(err, "end_date %s is not after start_date %s: the schedule never invokes its "
		    "target", end, start);
	return -1;
}

/*
 * The EventBridge Scheduler rows of the one table of checks (checks/row.h), in the order
 * they run: a type's rows for single values before its rows for the whole
 * resource; aws_rules_tables (checks/tables.c) lists this table.
 */
WORDS(scheduler_window_modes, "OFF", "FLEXIBLE");

const struct aws_check_row aws_rules_scheduler[] = {
	RULE("aws.scheduler.schedule", "schedule_expression", rule_scheduler_schedule, SCHEDULES),
	RULE("aws.scheduler.schedule", "schedule_expression_timezone", rule_time_zone,
	     "Scheduler API reference: CreateSchedule ScheduleExpressionTimezone (IANA names)"),
	ONE_OF("aws.scheduler.schedule", "flexible_time_window.mode", scheduler_window_modes,
	       "Scheduler API reference: FlexibleTimeWindow Mode"),
	RULE("aws.scheduler.schedule", "start_date", rule_iso_time,
	     "Scheduler API reference: CreateSchedule StartDate (a timestamp)"),
	RULE("aws.scheduler.schedule", "end_date", rule_iso_time,
	     "Scheduler API reference: CreateSchedule EndDate (a timestamp)"),
	RULE("aws.scheduler.schedule", "flexible_time_window", rule_scheduler_window,
	     "Scheduler API reference: FlexibleTimeWindow"),
	RULE("aws.scheduler.schedule", "", rule_scheduler_input,
	     "scheduler CreateSchedule Target.Input"),
	RULE("awscc.scheduler.schedule", "", rule_scheduler_input,
	     "CloudFormation registry: AWS::Scheduler::Schedule Target.Input"),
	/* AWS's words (checks/words/scheduler.words). A launch type left out
	 * (the cluster's capacity providers) passes. */
	AWS_SAYS("scheduler.ecs_public_ip_fargate", "aws.scheduler.schedule", AWS_CALL_ANY,
		 WHEN(IS("target.ecs_parameters.network_configuration.assign_public_ip", "true")),
		 THEN(IS("target.ecs_parameters.launch_type", "FARGATE")),
		 "You can specify ENABLED only when LaunchType in EcsParameters is set to FARGATE.",
		 "scheduler CreateSchedule "
		 "Target.EcsParameters.NetworkConfiguration.awsvpcConfiguration.AssignPublicIp"),
	/* On the awscc type: the API's sentence on its twin's value (ENABLED,
	 * not a boolean); what the registry's schema describes but its
	 * keywords do not hold (an ECS attribute is named attribute:NAME). */
	AWS_SAYS("scheduler.cfn_ecs_public_ip_fargate", "awscc.scheduler.schedule", AWS_CALL_ANY,
		 WHEN(IS("target.ecs_parameters.network_configuration.awsvpc_configuration."
			 "assign_public_ip", "ENABLED")),
		 THEN(IS("target.ecs_parameters.launch_type", "FARGATE")),
		 "You can specify ENABLED only when LaunchType in EcsParameters is set to FARGATE.",
		 "CloudFormation registry: AWS::Scheduler::Schedule AssignPublicIp"),
	AWS_SAYS("scheduler.cfn_binpack_field", "awscc.scheduler.schedule", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("target.ecs_parameters.placement_strategy", WHEN(IS("type", "binpack")),
			   THEN(IS("field", "cpu", "memory")))),
		 "For the binpack placement strategy, valid values are cpu and memory.",
		 "CloudFormation registry: AWS::Scheduler::Schedule PlacementStrategy.Field"),
	AWS_SAYS("scheduler.cfn_spread_field", "awscc.scheduler.schedule", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("target.ecs_parameters.placement_strategy", WHEN(IS("type", "spread")),
			   THEN(ANY_OF(IS("field", "instanceId", "host"),
				       MATCHES("field", "^attribute:."))))),
		 "For the spread placement strategy, valid values are instanceId (or host, which has "
		 "the same effect), or any platform or custom attribute that is applied to a "
		 "container instance, such as attribute:ecs.availability-zone.",
		 "CloudFormation registry: AWS::Scheduler::Schedule PlacementStrategy.Field"),
	AWS_SAYS("scheduler.cfn_distinct_instance_no_expression", "awscc.scheduler.schedule",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("target.ecs_parameters.placement_constraints",
			   WHEN(IS("type", "distinctInstance")), THEN(UNSET("expression")))),
		 "You cannot specify an expression if the constraint type is distinctInstance.",
		 "CloudFormation registry: AWS::Scheduler::Schedule PlacementConstraint.Expression"),
	WARN_RULE("aws.scheduler.schedule", "", rule_scheduler_dates,
		  "Scheduler API reference: CreateSchedule StartDate, EndDate"),
	/* The roles its types give: each must trust the service (checks/roles.c
	 * runs these rows). */
	/* docs.aws.amazon.com/scheduler/latest/UserGuide/setting-up.html#setting-up-execution-role;
	 * CreateSchedule: ValidationException "The execution role you provide
	 * must allow AWS EventBridge Scheduler to assume the role". */
	ROLE_TRUST("aws.scheduler.schedule", "target", "role_arn", "target.role_arn", "scheduler", true,
		   "EventBridge Scheduler refuses to create a schedule whose role it cannot assume",
		   "https://docs.aws.amazon.com/scheduler/latest/UserGuide/setting-up.html#setting-up-execution-role"),
	{ NULL },
};
