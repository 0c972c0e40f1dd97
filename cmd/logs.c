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

static const struct cli_command logs_cmd = {
	"logs", "terrace logs [options] ADDRESS",
	"Print the log lines of what is deployed at ADDRESS (a Glue job's runs, a Lambda\n"
	"function, a state machine's log group, the log_file of an ssh.command or ssh.cron),\n"
	"merged by time; -follow keeps reading until interrupted. Exit 2 on usage or setup errors.",
	1,
};

#define FOLLOW_PAUSE 2.0 /* seconds between reads with -follow, unless the reader says */

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
			if (rn->logs_read(reader, &p.sink, &err)) {
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
			rn->logs_end(reader, &p.sink);
		rn->logs_close(reader);
	}
	strbuf_release(&err);
	run_printer_release(&p);
	run_target_close(&t);
out:
	cli_setup_release(&o);
	return code;
}
