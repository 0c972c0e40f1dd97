/*
 * force_unlock.c: `terrace force-unlock LOCK_ID`: remove a state lock that
 * outlived its holder (a killed apply on a remote backend), only when its id
 * is the one given, saying whose it was.
 */
#include "cmd/cli.h"
#include "plan/state.h"

#include <stdlib.h>

static const char *const force_unlock_options[] = {
	"stack", "state", "backend-config", "no-color", NULL,
};
static const struct cli_command force_unlock_cmd = {
	"force-unlock", "terrace force-unlock LOCK_ID [options]",
	"Remove the state lock whose id is LOCK_ID (printed by the command that found it\n"
	"held). Only for a holder that is gone: a running terrace would lose its lock.",
	force_unlock_options, 1,
};

int cmd_force_unlock(int argc, char **argv)
{
	struct cli_opts o;
	if (cli_parse(&force_unlock_cmd, argc, argv, &o))
		return 1;
	if (o.help || o.n_positional != 1) {
		cli_print_help(&force_unlock_cmd, o.help ? stdout : stderr);
		cli_opts_release(&o);
		return o.help ? 0 : 1;
	}
	int code = 1;
	char *path = NULL;
	o.any_backend = true; /* a lock met while migrating is on the new backend */
	struct backend *b = ctx_backend_for(&o, &path);
	if (!b)
		goto out;
	if (!b->ops->force_unlock) {
		ui_error("force-unlock: the %s backend's lock is released by the system when its "
			 "holder exits; there is nothing to remove", b->ops->name);
		goto out_backend;
	}
	struct state_lock_info was = { 0 };
	struct strbuf err = STRBUF_INIT;
	if (b->ops->force_unlock(b, o.positional[0], &was, &err)) {
		ui_error("force-unlock: %s", err.buf);
	} else {
		ui_printf(stdout, "Removed the state lock %s held by %s (pid %ld) for %s since %s.\n",
			  was.id, was.who, was.pid, was.operation, was.created);
		code = 0;
	}
	strbuf_release(&err);
	state_lock_info_free(&was);
out_backend:
	b->ops->free(b);
out:
	free(path);
	cli_opts_release(&o);
	return code;
}
