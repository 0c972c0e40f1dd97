/*
 * run.c: `terrace run` for ssh.command and ssh.cron: the command runs now
 * on the host over SSH as the resource would run it (ssh.command: with its
 * environment, as the login user; ssh.cron: its command line as cron reads
 * it, as its user (su as root, else sudo -n), with its environment), stdout and stderr sent line by
 * line as they come, its exit status the run's outcome.
 *
 * The command runs in a session of its own on the host (`setsid -w`, which
 * every util-linux has) whose first stderr line gives its process id, so
 * stopping a run is `kill -TERM -- -PID` over a second channel: libssh2
 * 1.10 cannot send the channel's "signal" request. The connection is held
 * for the whole run.
 */
#include <stdlib.h>
#include <string.h>

#include "provider/ssh/resources.h"
#include "provider/ssh/run.h"

#define PID_MARK "terrace-run-pid "

struct ssh_run {
	struct ssh_client *client;
	struct ssh_conn *conn;
	LIBSSH2_CHANNEL *ch;
	struct strbuf out, err;  /* partial lines */
	long pid;                /* the remote session's leader, 0 until known */
	bool stopped;
};

/* A crontab's command line as cron runs it: "\%" is a "%", and the text after
 * the first other "%" is the command's stdin, each further "%" a newline. */
static void cron_command(const char *line, struct strbuf *cmd, struct strbuf *in)
{
	struct strbuf *to = cmd;
	for (const char *p = line; *p; p++) {
		if (p[0] == '\\' && p[1] == '%') {
			strbuf_addch(to, '%');
			p++;
		} else if (*p == '%') {
			if (to == in)
				strbuf_addch(in, '\n');
			to = in;
		} else {
			strbuf_addch(to, *p);
		}
	}
	if (in->len)
		strbuf_addch(in, '\n');
}

static int ssh_run_start(void *client, const char *id, const json_t *attrs,
			 const struct run_request *rq, const struct run_sink *sink, void **handle,
			 char **run_id, struct strbuf *err)
{
	struct ssh_client *cl = client;
	struct strbuf inner = STRBUF_INIT, cmd = STRBUF_INIT, in = STRBUF_INIT;
	(void)sink;
	ssh_add_exports(&inner, value_get(attrs, "environment"));
	const char *user = NULL;
	if (value_get_string(attrs, "schedule")) { /* ssh.cron */
		cron_command(value_get_string(attrs, "command") ?: "", &inner, &in);
		user = value_get_string(attrs, "user");
	} else {
		strbuf_addstr(&inner, value_get_string(attrs, "command") ?: "");
	}
	if (rq->no_wait) {
		strbuf_addf(err, "ssh: -no-wait is not offered for %s: a host command ends with the "
			    "SSH session that runs it", id);
		strbuf_release(&inner);
		strbuf_release(&in);
		return -1;
	}
	struct ssh_conn *conn = ssh_client_acquire(cl, err);
	if (!conn) {
		strbuf_release(&inner);
		strbuf_release(&in);
		return -1;
	}
	/* An ssh.command trusts the host key it first ran on (command.c): a
	 * host offering another one runs nothing. */
	const char *recorded = value_get_string(attrs, "host_key");
	char fp[64];
	ssh_conn_host_fingerprint(conn, fp);
	if (recorded && strcmp(recorded, fp)) {
		strbuf_addf(err, "ssh %s: HOST KEY CHANGED since terrace first ran this command: "
			    "state records %s, the host now offers %s; refusing to run it",
			    conn->where, recorded, fp);
		ssh_client_release(cl);
		strbuf_release(&inner);
		strbuf_release(&in);
		return -1;
	}
	if (user && conn->target.user && !strcmp(user, conn->target.user))
		user = NULL;
	strbuf_addstr(&cmd, "exec setsid -w sh -c ");
	struct strbuf script = STRBUF_INIT;
	strbuf_addf(&script, "echo \"" PID_MARK "$$\" >&2; ");
	if (user) {
		/* As cron would: root becomes the user with su, anyone else
		 * with sudo (which must not ask for a password). */
		strbuf_addstr(&script, "if [ \"$(id -u)\" = 0 ]; then exec su -s /bin/sh ");
		ssh_shell_quote(&script, user);
		strbuf_addstr(&script, " -c ");
		ssh_shell_quote(&script, inner.buf);
		strbuf_addstr(&script, "; else exec sudo -n -u ");
		ssh_shell_quote(&script, user);
		strbuf_addstr(&script, " -- sh -c ");
		ssh_shell_quote(&script, inner.buf);
		strbuf_addstr(&script, "; fi");
	} else {
		strbuf_addstr(&script, inner.buf);
	}
	ssh_shell_quote(&cmd, script.buf);
	strbuf_release(&script);
	strbuf_release(&inner);
	LIBSSH2_CHANNEL *ch = ssh_channel_start(conn, cmd.buf, err);
	strbuf_release(&cmd);
	if (ch && in.len)
		libssh2_channel_write(ch, in.buf, in.len);
	if (ch)
		libssh2_channel_send_eof(ch);
	strbuf_release(&in);
	if (!ch) {
		ssh_client_release(cl);
		return -1;
	}
	struct ssh_run *r = xcalloc(1, sizeof(*r));
	r->client = cl;
	r->conn = conn;
	r->ch = ch;
	strbuf_init(&r->out);
	strbuf_init(&r->err);
	*handle = r;
	*run_id = xasprintf("%s@%s", id, conn->where);
	return 0;
}

/* Send the whole lines of buf as "log" events of stream; keep the rest. */
static void send_lines(struct ssh_run *r, struct strbuf *buf, const char *stream, bool all,
		       const struct run_sink *sink)
{
	size_t start = 0;
	for (;;) {
		char *nl = memchr(buf->buf + start, '\n', buf->len - start);
		size_t len = nl ? (size_t)(nl - (buf->buf + start)) : buf->len - start;
		if (!nl && (!all || !len))
			break;
		const char *line = buf->buf + start;
		if (!r->pid && !strcmp(stream, "stderr") && len > strlen(PID_MARK) &&
		    !strncmp(line, PID_MARK, strlen(PID_MARK))) {
			r->pid = strtol(line + strlen(PID_MARK), NULL, 10);
		} else {
			json_t *ev = run_event_new("log");
			json_object_set_new(ev, "stream", json_string(stream));
			json_object_set_new(ev, "message", json_stringn(line, len));
			run_sink_emit(sink, ev);
		}
		start += len + (nl != NULL);
	}
	memmove(buf->buf, buf->buf + start, buf->len - start);
	strbuf_setlen(buf, buf->len - start);
}

static ssize_t drain(struct ssh_run *r, int stream, struct strbuf *sb, int *blocked)
{
	char buf[16384];
	ssize_t n, total = 0;
	while ((n = libssh2_channel_read_ex(r->ch, stream, buf, sizeof(buf))) > 0) {
		strbuf_add(sb, buf, (size_t)n);
		total += n;
	}
	if (n == LIBSSH2_ERROR_EAGAIN)
		ssh_note_blocked(r->conn->session, blocked);
	return n < 0 && n != LIBSSH2_ERROR_EAGAIN ? n : total;
}

static int ssh_run_poll(void *handle, const struct run_sink *sink, enum run_outcome *outcome,
			struct strbuf *message, struct strbuf *err)
{
	struct ssh_run *r = handle;
	*outcome = RUN_GOING;
	libssh2_session_set_blocking(r->conn->session, 0);
	int blocked = 0;
	ssize_t a = drain(r, 0, &r->out, &blocked);
	ssize_t b = drain(r, SSH_EXTENDED_DATA_STDERR, &r->err, &blocked);
	bool eof = libssh2_channel_eof(r->ch);
	if (a == 0 && b == 0 && !eof) {
		ssh_conn_wait(r->conn, blocked, 1000);
		a = drain(r, 0, &r->out, &blocked);
		b = drain(r, SSH_EXTENDED_DATA_STDERR, &r->err, &blocked);
		eof = libssh2_channel_eof(r->ch);
	}
	libssh2_session_set_blocking(r->conn->session, 1);
	if (a < 0 || b < 0) {
		strbuf_addf(err, "ssh %s: the command's output: %s", r->conn->where,
			    ssh_conn_last_error(r->conn));
		return -1;
	}
	send_lines(r, &r->err, "stderr", eof, sink);
	send_lines(r, &r->out, "stdout", eof, sink);
	if (!eof)
		return 0;
	char *signal = NULL;
	libssh2_channel_close(r->ch);
	libssh2_channel_wait_closed(r->ch);
	int status = libssh2_channel_get_exit_status(r->ch);
	libssh2_channel_get_exit_signal(r->ch, &signal, NULL, NULL, NULL, NULL, NULL);
	if (signal)
		libssh2_free(r->conn->session, signal);
	if (status == 0 && !signal) {
		*outcome = RUN_SUCCEEDED;
	} else if (r->stopped) {
		*outcome = RUN_STOPPED;
		strbuf_addf(message, "the command on %s was stopped", r->conn->where);
	} else {
		*outcome = RUN_FAILED;
		if (signal)
			strbuf_addf(message, "the command on %s was killed by a signal",
				    r->conn->where);
		else
			strbuf_addf(message, "the command on %s exited with status %d",
				    r->conn->where, status);
	}
	json_t *ev = run_event_new("detail");
	json_object_set_new(ev, "name", json_string("exit_status"));
	json_object_set_new(ev, "value", json_integer(signal ? -1 : status));
	run_sink_emit(sink, ev);
	return 0;
}

static int ssh_run_stop(void *handle, struct strbuf *err)
{
	struct ssh_run *r = handle;
	if (!r->pid) {
		strbuf_addf(err, "ssh %s: the command has not said its process id yet: try again",
			    r->conn->where);
		return -1;
	}
	r->stopped = true;
	char *kill = xasprintf("kill -TERM -- -%ld", r->pid);
	int rc = ssh_run(r->conn, kill, "stopping the command", err);
	free(kill);
	return rc;
}

static void ssh_run_release(void *handle)
{
	struct ssh_run *r = handle;
	if (!r)
		return;
	if (r->ch)
		libssh2_channel_free(r->ch);
	ssh_client_release(r->client);
	strbuf_release(&r->out);
	strbuf_release(&r->err);
	free(r);
}

const struct resource_runner ssh_command_runner = {
	.start = ssh_run_start,
	.poll = ssh_run_poll,
	.stop = ssh_run_stop,
	.release = ssh_run_release,
	.poll_waits = true,
};
