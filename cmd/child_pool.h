/*
 * child_pool.h: the child processes `-all` (cmd/all.c) and `terrace lab`
 * (cmd/lab.c) run: this binary again, its output to a log, at most a limit
 * of them at once, waited for one by one; and, for lab, SIGINT and SIGTERM
 * caught so that nothing new starts while the running children (which got
 * the signal too) stop and unlock.
 */
#ifndef TERRACE_CHILD_POOL_H
#define TERRACE_CHILD_POOL_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

struct child_pool {
	size_t limit;    /* at most this many running at once */
	size_t running;
	pid_t *pids;     /* the running ones */
	size_t cap;
};

/* An environment entry set in the child; a NULL value unsets it. */
struct child_env {
	const char *name;
	const char *value;
};

/* The log a child's output goes to, created (mode 0600) or emptied: its
 * file descriptor, or -1 after "Error: LOG: cannot write: ...". */
int child_pool_open_log(const char *log);

/*
 * Start this binary with argv, its standard output and error to log_fd
 * (closed here), in dir (NULL: this folder), with env's entries set or
 * unset. Its pid, counted as running; -1 after "Error: cannot start a
 * process: ...". A child that cannot chdir or exec exits 127.
 */
pid_t child_pool_start(struct child_pool *p, char **argv, int log_fd, const char *dir,
		       const struct child_env *env, size_t n_env);

/* Whether another child may start now. */
bool child_pool_has_room(const struct child_pool *p);

/* waitpid(pid, status, options); a child of the pool it returns is no
 * longer running. */
pid_t child_pool_wait(struct child_pool *p, pid_t pid, int *status, int options);

/* Free what the pool holds (its children are not waited for). */
void child_pool_release(struct child_pool *p);

/* The handlers SIGINT and SIGTERM had before child_pool_catch_signals. */
struct child_pool_signals {
	struct sigaction old_int, old_term;
};

/* Catch SIGINT and SIGTERM (child_pool_interrupted then says one came)
 * until child_pool_uncatch_signals puts the saved handlers back. */
void child_pool_catch_signals(struct child_pool_signals *saved);
void child_pool_uncatch_signals(const struct child_pool_signals *saved);

/* Whether SIGINT or SIGTERM came while they were caught (for good: a
 * later run of the pool starts nothing either). */
bool child_pool_interrupted(void);

#endif
