/*
 * child_pool.c: the pool of child processes behind `-all` (cmd/all.c) and
 * `terrace lab` (cmd/lab.c): starting this binary (/proc/self/exe) with
 * its output to a log, in a folder, with its environment entries; counting
 * the running ones against a limit; waiting for them; and the SIGINT and
 * SIGTERM handler that stops new starts while the running children, which
 * got the signal too, stop and unlock. Which child starts next, and what
 * its exit means, stay with the command.
 */
#include "cmd/child_pool.h"
#include "cmd/cli.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile sig_atomic_t interrupted;

static void on_interrupt(int sig)
{
	(void)sig;
	interrupted = 1; /* the children got it too: they stop and unlock; we wait */
}

int child_pool_open_log(const char *log)
{
	int fd = open(log, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd < 0)
		ui_error("%s: cannot write: %s", log, strerror(errno));
	return fd;
}

pid_t child_pool_start(struct child_pool *p, char **argv, int log_fd, const char *dir,
		       const struct child_env *env, size_t n_env)
{
	fflush(NULL);
	pid_t pid = fork();
	if (pid == 0) {
		dup2(log_fd, STDOUT_FILENO);
		dup2(log_fd, STDERR_FILENO);
		if (dir && chdir(dir))
			_exit(127);
		for (size_t i = 0; i < n_env; i++) {
			if (env[i].value)
				setenv(env[i].name, env[i].value, 1);
			else
				unsetenv(env[i].name);
		}
		execv("/proc/self/exe", argv);
		dprintf(STDERR_FILENO, "Error: cannot run terrace: %s\n", strerror(errno));
		_exit(127);
	}
	close(log_fd);
	if (pid < 0) {
		ui_error("cannot start a process: %s", strerror(errno));
		return -1;
	}
	if (p->running == p->cap) {
		p->cap = p->cap ? 2 * p->cap : 8;
		p->pids = xrealloc(p->pids, p->cap * sizeof(*p->pids));
	}
	p->pids[p->running++] = pid;
	return pid;
}

bool child_pool_has_room(const struct child_pool *p)
{
	return p->running < p->limit;
}

pid_t child_pool_wait(struct child_pool *p, pid_t pid, int *status, int options)
{
	pid_t done = waitpid(pid, status, options);
	for (size_t i = 0; done > 0 && i < p->running; i++) {
		if (p->pids[i] != done)
			continue;
		p->pids[i] = p->pids[--p->running];
		break;
	}
	if (done > 0 && !p->running)
		child_pool_release(p);
	return done;
}

void child_pool_release(struct child_pool *p)
{
	free(p->pids);
	p->pids = NULL;
	p->cap = 0;
	p->running = 0;
}

void child_pool_catch_signals(struct child_pool_signals *saved)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_interrupt;
	sigaction(SIGINT, &sa, &saved->old_int);
	sigaction(SIGTERM, &sa, &saved->old_term);
}

void child_pool_uncatch_signals(const struct child_pool_signals *saved)
{
	sigaction(SIGINT, &saved->old_int, NULL);
	sigaction(SIGTERM, &saved->old_term, NULL);
}

bool child_pool_interrupted(void)
{
	return interrupted;
}
