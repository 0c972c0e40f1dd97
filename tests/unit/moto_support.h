/*
 * moto_support.h: a moto server for the unit tests that call AWS APIs
 * (include after cmocka.h). moto_start() runs tests/servers/moto_run.py
 * (moto with terrace's server-side patches) in a process group of its own,
 * with its output in LOG.PID, and waits until it has written the port
 * it listens on to LOG.PID.port; moto_stop() ends the group. moto_aws_client()
 * gives an aws provider client for it; moto_fixture_setup() and
 * moto_fixture_teardown() are a cmocka group's setup and teardown of both.
 * Unit tests run from the repository's root.
 */
#ifndef TERRACE_TEST_MOTO_SUPPORT_H
#define TERRACE_TEST_MOTO_SUPPORT_H

#include <fcntl.h>
#include <jansson.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "provider/provider.h"
#include "provider/base/strbuf.h"

struct moto {
	pid_t pid;          /* 0: not running */
	int port;
	char endpoint[64];  /* http://127.0.0.1:PORT */
};

/* The port moto wrote to path once it listened; -1 while there is none. */
static inline int moto_read_port(const char *path)
{
	FILE *f = fopen(path, "r");
	int port = -1;

	if (f) {
		if (fscanf(f, "%d", &port) != 1)
			port = -1;
		fclose(f);
	}
	return port;
}

static inline void moto_stop(struct moto *m)
{
	if (m->pid > 0) {
		kill(-m->pid, SIGTERM);
		waitpid(m->pid, NULL, 0);
	}
	m->pid = 0;
}

/*
 * Start moto, its output to log. no_auth_count (may be NULL) turns on
 * moto's request authentication (signatures checked) after that many
 * unauthenticated requests. 0 once it answers; -1 (nothing left running)
 * when it cannot be started, with a note on stderr.
 */
static inline int moto_start(struct moto *m, const char *log, const char *no_auth_count)
{
	char log_file[512], port_file[sizeof(log_file) + 8];

	/* Per process: two checkouts' `make unit` at once must not read each
	 * other's port. */
	snprintf(log_file, sizeof(log_file), "%s.%ld", log, (long)getpid());
	snprintf(port_file, sizeof(port_file), "%s.port", log_file);
	log = log_file;
	unlink(port_file);
	m->port = -1;
	m->pid = fork();
	if (m->pid == 0) {
		int fd = open(log, O_WRONLY | O_CREAT | O_TRUNC, 0644);

		setpgid(0, 0);
		if (fd >= 0) {
			dup2(fd, STDOUT_FILENO);
			dup2(fd, STDERR_FILENO);
		}
		if (no_auth_count)
			setenv("INITIAL_NO_AUTH_ACTION_COUNT", no_auth_count, 1);
		execlp("python3", "python3", "tests/servers/moto_run.py", "-H", "127.0.0.1",
		       "--port-file", port_file, (char *)NULL);
		_exit(127);
	}
	if (m->pid < 0) {
		m->pid = 0;
		return -1;
	}
	setpgid(m->pid, m->pid);
	/* A wide margin: moto imports for seconds on a quiet machine and for
	 * tens of them on a loaded one (30 s was once too short at load 8). */
	for (int i = 0; i < 1800; i++) {
		struct timespec ts = { 0, 100 * 1000 * 1000 };

		m->port = moto_read_port(port_file);
		if (m->port > 0) {
			snprintf(m->endpoint, sizeof(m->endpoint), "http://127.0.0.1:%d", m->port);
			return 0;
		}
		if (waitpid(m->pid, NULL, WNOHANG) == m->pid) {
			m->pid = 0;
			fprintf(stderr, "moto exited: see %s\n", log);
			return -1;
		}
		nanosleep(&ts, NULL);
	}
	moto_stop(m);
	fprintf(stderr, "moto did not listen within 180 s: see %s\n", log);
	return -1;
}

/* An aws provider client for m (access key "testing", path-style, three
 * attempts); 0, or -1 with a note on stderr. */
static inline int moto_aws_client(const struct moto *m, const struct provider_type **aws,
				   void **client)
{
	struct strbuf err = STRBUF_INIT;
	json_t *config = json_pack("{s:s, s:s, s:b, s:s, s:s, s:i}", "region", "us-east-1",
				   "endpoint", m->endpoint, "path_style", 1, "access_key",
				   "testing", "secret_key", "testing", "max_attempts", 3);
	int rc = 0;

	*aws = provider_type_find("aws");
	if (!*aws || (*aws)->configure(config, client, &err)) {
		fprintf(stderr, "configure: %s\n", err.buf);
		rc = -1;
	}
	json_decref(config);
	strbuf_release(&err);
	return rc;
}

/* What a test group against one moto holds: the server and an aws client
 * for it. A test's own fixture may begin with one and add its fields. */
struct moto_fixture {
	struct moto moto;
	const struct provider_type *aws;
	void *client;
};

/* A cmocka group's setup: a new fixture of size bytes (at least a struct
 * moto_fixture, which it begins with; the rest zeroed) in *state, moto
 * started with its output to log and a client configured for it. 0, or
 * -1 with nothing left running or allocated. */
static inline int moto_fixture_setup(void **state, const char *log, size_t size)
{
	struct moto_fixture *f = calloc(1, size);

	if (!f || moto_start(&f->moto, log, NULL)) {
		free(f);
		return -1;
	}
	if (moto_aws_client(&f->moto, &f->aws, &f->client)) {
		moto_stop(&f->moto);
		free(f);
		return -1;
	}
	*state = f;
	return 0;
}

/* The group's teardown: the client closed, moto stopped, the fixture freed. */
static inline int moto_fixture_teardown(void **state)
{
	struct moto_fixture *f = *state;

	f->aws->close(f->client);
	moto_stop(&f->moto);
	free(f);
	return 0;
}

#endif
