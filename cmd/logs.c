/*
 * logs.c: `terrace logs ADDRESS [-follow] [-since 1h] [-run ID]`: the log
 * lines of what is deployed at ADDRESS (a Glue job's runs, a function's, a
 * state machine's log group, a host job's log file) merged by time, through
 * its type's log reader (provider.h, struct resource_runner's logs_*); with
 * -follow, read again every 2 seconds (or as often as the reader says: a
 * host's file every second) until interrupted. Each line once, in order: the
 * readers keep their place across pages and reads. The target and the
 * printing are run's (cmd/run.c).
 */
#include "cmd/cli.h"

#include <string.h>
#include <sys/time.h>
#include <time.h>

static const struct cli_command logs_cmd = {
	"logs", "terrace logs [options] ADDRESS",
	"Print the log lines of what is deployed at ADDRESS (a Glue job's runs, a Lambda\n"
	"function, a state machine's log group, an ECS task definition's awslogs groups, a\n"
	"Batch job definition's jobs, the Spark drivers of an EMR Serverless application's\n"
	"runs, the log_file of an ssh.command or ssh.cron), merged by time; -follow keeps\n"
	"reading until interrupted. Exit 2 on usage or setup errors.",
	1,
};

#define FOLLOW_PAUSE 2.0 /* seconds between reads with -follow, unless the reader says */

/* The printer's sink, counting the log lines that pass. */
struct counted_sink {
	struct run_printer *p;
	size_t lines;
};

static void count_event(void *ctx, json_t *event)
{
	struct counted_sink *c = ctx;

	const char *type = json_string_value(json_object_get(event, "type"));

	if (type && !strcmp(type, "log"))
		c->lines++;
	c->p->sink.event(c->p->sink.ctx, event);
}

/* Nothing to print is said, on stderr (stdout holds the lines alone; the
 * exit code stays 0, as `aws logs tail` gives when it finds none): "No log
 * lines of ADDRESS since 2026-11-25 22:14:03 UTC (-since 1h)." */
static void say_none(const char *address, const char *run_id, const char *since_arg,
		     long long since_ms)
{
	struct strbuf sb = STRBUF_INIT;
	time_t t = (time_t)(since_ms / 1000);
	char when[32];
	struct tm tm;

	strbuf_addf(&sb, "No log lines of %s", address);
	if (run_id)
		strbuf_addf(&sb, " in run %s", run_id);
	if (since_arg && gmtime_r(&t, &tm) &&
	    strftime(when, sizeof(when), "%Y-%m-%d %H:%M:%S UTC", &tm))
		strbuf_addf(&sb, " since %s (-since %s)", when, since_arg);
	ui_printf(stderr, "%s.\n", sb.buf);
	strbuf_release(&sb);
}

int cmd_logs(int argc, char **argv)
{
	struct cli_setup o;
	bool follow_lines = false;
	const char *since_arg = NULL, *run_id = NULL;
	const struct cli_option options[] = {
		OPT_SETUP(SETUP_STACK | SETUP_STATE | SETUP_VARS | SETUP_BACKEND_CONFIG |
			  SETUP_JSON | SETUP_NO_COLOR),
		OPT_BOOL("follow", "keep reading new lines until interrupted", &follow_lines),
		OPT_STRING("since", "DURATION", "only lines of the last DURATION (e.g. 1h, 30m)",
			   &since_arg),
		OPT_STRING("run", "ID", "only the lines of this run (a Glue job run's id)", &run_id),
		OPT_END(),
	};
	enum cli_parsed parsed = cli_parse(&logs_cmd, options, argc, argv, &o);
	if (parsed != CLI_RUN)
		return parsed == CLI_HELP_SHOWN ? 0 : RUN_EXIT_SETUP;
	int code = RUN_EXIT_SETUP;
	double since = 0;
	if (o.n_positional != 1 || !*o.positional[0]) {
		ui_error("logs: expected one ADDRESS, as in: terrace logs nightly_job (see terrace "
			 "logs -help)");
		goto out;
	}
	if (since_arg && (ctx_parse_duration(since_arg, &since) || since <= 0)) {
		ui_error("-since: \"%s\" is not a duration (examples: 30m, 1h, 2d is 48h)", since_arg);
		goto out;
	}
	struct run_target t;
	code = run_target_open(&t, &o, o.positional[0], true);
	if (code) {
		run_target_close(&t);
		goto out;
	}
	long long since_ms = 0;
	if (since > 0) {
		struct timeval now;
		gettimeofday(&now, NULL);
		since_ms = (long long)now.tv_sec * 1000 + now.tv_usec / 1000 -
			   (long long)(since * 1000);
	}
	const struct resource_runner *rn = t.rt->run;
	void *reader = NULL;
	struct strbuf err = STRBUF_INIT;
	struct run_printer p;
	run_printer_init(&p, t.address, o.json);
	p.live = false;
	struct counted_sink counted = { &p, 0 };
	const struct run_sink sink = { &counted, count_event };
	run_catch_interrupts("\nInterrupted again: terrace quits.\n");
	int opened = rn->logs_open(t.client, t.id, json_object_get(t.entry, "attributes"), run_id,
				   since_ms, &reader, &err);
	if (opened) {
		ui_error("%s: %s", t.address, err.buf);
		code = opened == 2 ? RUN_EXIT_SETUP : 1;
	} else {
		code = 0;
		for (;;) {
			strbuf_reset(&err);
			if (rn->logs_read(reader, &sink, &err)) {
				ui_error("%s: %s", t.address, err.buf);
				code = 1;
				if (!follow_lines)
					break;
			}
			if (!follow_lines || run_interrupted())
				break;
			run_pause(rn->logs_pause > 0 ? rn->logs_pause : FOLLOW_PAUSE);
			if (run_interrupted())
				break;
		}
		if (rn->logs_end)
			rn->logs_end(reader, &sink);
		rn->logs_close(reader);
		if (code == 0 && !counted.lines && !follow_lines)
			say_none(t.address, run_id, since_arg, since_ms);
	}
	strbuf_release(&err);
	run_printer_release(&p);
	run_target_close(&t);
out:
	cli_setup_release(&o);
	return code;
}
