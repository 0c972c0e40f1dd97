/*
 * run/run_targets.c: `terrace run` for aws.scheduler.schedule and
 * aws.events.rule: what they start is their targets, so running one now is
 * running its targets with the input they would get (provider.h, struct
 * resource_runner's targets): the caller finds each target among the
 * resources of its state and runs it through that resource's own runner.
 */
#include "provider/aws/run/api.h"

static void add_target(json_t *list, const json_t *target)
{
	const char *arn = value_get_string(target, "arn");
	const char *input = value_get_string(target, "input");
	if (arn)
		json_array_append_new(list, json_pack("{s:s, s:o}", "arn", arn, "input",
						      input ? json_string(input) : json_null()));
}

static int schedule_targets(const json_t *attrs, json_t **targets, struct strbuf *err)
{
	(void)err;
	*targets = json_array();
	add_target(*targets, value_get(attrs, "target"));
	return 0;
}

static int rule_targets(const json_t *attrs, json_t **targets, struct strbuf *err)
{
	(void)err;
	*targets = json_array();
	size_t i;
	json_t *t;
	json_array_foreach(value_get(attrs, "targets"), i, t)
		add_target(*targets, t);
	return 0;
}

const struct resource_runner aws_scheduler_schedule_runner = { .targets = schedule_targets };
const struct resource_runner aws_events_rule_runner = { .targets = rule_targets };
