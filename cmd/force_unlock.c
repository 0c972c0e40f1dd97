/*
 * force_unlock.c: `terrace force-unlock LOCK_ID`: remove a state lock that
 * outlived its holder (a killed apply on a remote backend), only when its id
 * is the one given, saying whose it was. As Terraform's: asked on a
 * terminal, and where no one can answer (CI, -input=false, no terminal)
 * refused unless -force says it.
 */
#include "cmd/cli.h"
#include "plan/state.h"

#include <stdlib.h>

static const struct cli_command force_unlock_cmd = {
	"force-unlock", "terrace force-unlock [-force] LOCK_ID [options]",
	"Remove the state lock whose id is LOCK_ID (printed by the command that found it\n"
	"held). Only for a holder that is gone: a running terrace would lose its lock.\n"
	"Asks for \"yes\" first; -force does not ask (CI, no terminal: -force is needed).",
	1,
};

int cmd_force_unlock(int argc, char **argv)
{
	bool force = false;
	const struct cli_option options[] = {
		OPT_SETUP(SETUP_STACK | SETUP_STATE | SETUP_BACKEND_CONFIG | SETUP_NO_COLOR |
			  SETUP_ENV | SETUP_INPUT),
		OPT_BOOL("force", "remove the lock without asking for confirmation", &force),
		OPT_END(),
	};
	struct cli_setup o;
	enum cli_parsed parsed = cli_parse(&force_unlock_cmd, options, argc, argv, &o);
	if (parsed != CLI_RUN)
		return CLI_EXIT_CODE(parsed);
	if (o.n_positional != 1) {
		cli_print_help(&force_unlock_cmd, options, stderr);
		cli_setup_release(&o);
		return 1;
	}
	int code = 1;
	char *path = NULL;
	if (!force && !ui_confirm("Do you really want to force-unlock?\n  terrace will remove the "
				  "lock on the state: a terrace still holding it would no\n  longer "
				  "keep another from changing the state under it.", "force-unlock",
				  "-force", NULL))
		goto out;
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
	cli_setup_release(&o);
	return code;
}
