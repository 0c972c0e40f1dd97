/*
 * stack_dir.c: the stack's folder, entered while a plan, an apply, a build
 * or an output's evaluation reads the stack's relative paths
 * (plan_enter_dir, plan_leave_dir), and the folder terrace runs in, which
 * it left (plan_entered_from). Below run.c and outputs.c, which both enter.
 */
#include "plan/plan.h"
#include "plan/plan_internal.h"

#include "provider/base/log.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

/* The folder the last plan_enter_dir left: the one terrace runs in. */
static char entered_from[4096];

const char *plan_entered_from(void)
{
	return entered_from[0] ? entered_from : NULL;
}

int plan_enter_dir(const json_t *snapshot, int *saved, struct strbuf *err)
{
	*saved = -1;
	const char *dir = json_string_value(json_object_get(snapshot, "dir"));
	if (!dir)
		return 0;
	/* Entered again from inside (a run's passes nest): the folder
	 * terrace runs in is still the one first left. */
	char here_path[sizeof(entered_from)];
	if (getcwd(here_path, sizeof(here_path)) && strcmp(here_path, dir))
		memcpy(entered_from, here_path, sizeof(entered_from));
	int here = open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (here < 0) {
		strbuf_addf(err, "cannot open the current folder: %s", strerror(errno));
		return -1;
	}
	if (chdir(dir) < 0) {
		strbuf_addf(err, "the stack's folder %s: %s", dir, strerror(errno));
		close(here);
		return -1;
	}
	*saved = here;
	return 0;
}

void plan_leave_dir(int saved)
{
	if (saved < 0)
		return;
	/* Back where the caller's paths are; the folder cannot have gone
	 * (an open descriptor holds it). */
	if (fchdir(saved) < 0)
		log_debugf("cannot go back to the first folder: %s", strerror(errno));
	close(saved);
}
