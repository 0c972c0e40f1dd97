/*
 * run/run_job.c: what the runs of a job in a container share (api.h, struct
 * job_run): an ECS task (ecs/run.c), a Batch job (batch/run.c) and an EMR
 * Serverless job run (emrserverless/run.c) are each looked at with one
 * describe call of their service, and then alike: the log lines that came
 * (read after the call, so those of a run that just ended are all there),
 * the state when it changed, the exit code of the container (or driver)
 * when the service gives one, and at the end the outcome and the service's
 * reasons; a run that ended after terrace asked it to stop is stopped, not
 * failed; and what a service's word for a run's state means (struct
 * run_states). The follow loop, the pacing and the stop on Ctrl-C or -timeout
 * are cmd/run.c's, for every runner. Also the stack's one resource of a
 * type, which these runners take when no flag names one.
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/run/api.h"

void job_run_init(struct job_run *j, struct aws_client *c)
{
	memset(j, 0, sizeof(*j));
	j->c = c;
	j->logs = cwl_reader_new(c);
}

void job_run_release(struct job_run *j)
{
	free(j->last_state);
	cwl_reader_free(j->logs);
	j->last_state = NULL;
	j->logs = NULL;
}

void run_sink_detail(const struct run_sink *sink, const char *name, json_t *value)
{
	json_t *ev = run_event_new("detail");

	json_object_set_new(ev, "name", json_string(name));
	json_object_set_new(ev, "value", value);
	run_sink_emit(sink, ev);
}

int job_run_report(struct job_run *j, const struct job_look *look, const struct run_sink *sink,
		   enum run_outcome *outcome, struct strbuf *message, struct strbuf *err)
{
	const json_t *code = look->exit_code;

	*outcome = RUN_GOING;
	if (cwl_read(j->logs, sink, err))
		return -1;
	run_sink_state(sink, &j->last_state, look->state);
	if (look->outcome == RUN_GOING)
		return 0;
	if (json_is_integer(code)) {
		run_sink_detail(sink, "exit_code", json_incref((json_t *)code));
		if (json_integer_value(code))
			strbuf_addf(message, "%s exited %lld", look->who ? look->who : "job",
				    (long long)json_integer_value(code));
	}
	*outcome = look->outcome;
	/* One that ended on a stop asked for is stopped (-timeout: timed out). */
	if (j->stop_asked && *outcome != RUN_SUCCEEDED)
		*outcome = RUN_STOPPED;
	if (*outcome != RUN_SUCCEEDED)
		for (size_t i = 0; i < sizeof(look->reasons) / sizeof(*look->reasons); i++)
			if (look->reasons[i] && *look->reasons[i])
				strbuf_addf(message, "%s%s", message->len ? ": " : "",
					    look->reasons[i]);
	return 0;
}

enum run_outcome run_states_outcome(const struct run_states *t, const char *state)
{
	if (!state)
		return RUN_GOING;
	for (const struct run_state_row *r = t->rows; r->state; r++)
		if (!strcmp(r->state, state))
			return r->outcome;
	return t->unknown;
}

const json_t *run_stack_one(const json_t *resources, const char *type,
			    bool (*fits)(const json_t *attrs), int *count)
{
	const json_t *entry, *one = NULL;
	const char *address;

	*count = 0;
	json_object_foreach((json_t *)resources, address, entry) {
		const char *its = value_get_string(entry, "type");
		const json_t *attrs = value_get(entry, "attributes");

		if (!its || strcmp(its, type) || (fits && !fits(attrs)))
			continue;
		if ((*count)++ == 0)
			one = attrs;
	}
	return *count == 1 ? one : NULL;
}
