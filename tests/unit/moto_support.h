/*
 * moto_support.h: a moto server for the unit tests that call AWS APIs
 * (include after cmocka.h). moto_start() runs tests/servers/moto_run.py
 * (moto with terrace's server-side patches) on a free loopback port in a
 * process group of its own, with its output in a log file, and waits until
 * it answers; moto_stop() ends the group. moto_aws_client() gives an aws
 * provider client for it. Unit tests run from the repository's root.
 */
#ifndef TERRACE_TEST_MOTO_SUPPORT_H
#define TERRACE_TEST_MOTO_SUPPORT_H

#include <arpa/inet.h>
#include <fcntl.h>
#include <jansson.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "provider/provider.h"
#include "stacks/strbuf.h"

struct moto {
	pid_t pid;          /* 0: not running */
	int port;
	char endpoint[64];  /* http://127.0.0.1:PORT */
};

/* A loopback port nobody listens on right now; -1 on failure. */
static inline int moto_free_port(void)
{
	struct sockaddr_in addr = { .sin_family = AF_INET };
	socklen_t len = sizeof(addr);
	int fd = socket(AF_INET, SOCK_STREAM, 0), port = -1;

	addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (fd >= 0 && !bind(fd, (struct sockaddr *)&addr, sizeof(addr)) &&
	    !getsockname(fd, (struct sockaddr *)&addr, &len))
		port = ntohs(addr.sin_port);
	if (fd >= 0)
		close(fd);
	return port;
}

static inline bool moto_port_answers(int port)
{
	struct sockaddr_in addr = { .sin_family = AF_INET, .sin_port = htons((uint16_t)port) };
	int fd = socket(AF_INET, SOCK_STREAM, 0);
	bool ok;

	addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	ok = fd >= 0 && connect(fd, (struct sockaddr *)&addr, sizeof(addr)) == 0;
	if (fd >= 0)
		close(fd);
	return ok;
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
	char port[16];

	m->pid = 0;
	m->port = moto_free_port();
	if (m->port < 0)
		return -1;
	snprintf(port, sizeof(port), "%d", m->port);
	snprintf(m->endpoint, sizeof(m->endpoint), "http://127.0.0.1:%d", m->port);
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
		execlp("python3", "python3", "tests/servers/moto_run.py", "-H", "127.0.0.1", "-p",
		       port, (char *)NULL);
		_exit(127);
	}
	if (m->pid < 0) {
		m->pid = 0;
		return -1;
	}
	setpgid(m->pid, m->pid);
	for (int i = 0; i < 300; i++) {
		struct timespec ts = { 0, 100 * 1000 * 1000 };

		if (moto_port_answers(m->port))
			return 0;
		if (waitpid(m->pid, NULL, WNOHANG) == m->pid) {
			m->pid = 0;
			fprintf(stderr, "moto exited: see %s\n", log);
			return -1;
		}
		nanosleep(&ts, NULL);
	}
	moto_stop(m);
	fprintf(stderr, "moto did not answer within 30 s: see %s\n", log);
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

#endif
