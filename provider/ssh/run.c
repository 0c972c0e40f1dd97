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
 *
 * -no-wait starts it with `setsid` in the background of a short SSH
 * command, every descriptor redirected (output appended to the resource's
 * log_file, else /dev/null), so it outlives the session; the run id is its
 * process id on the host.
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

/* The shell text that runs inner (the command with its exports) as user
 * (NULL: the login user), as cron would: root becomes the user with su,
 * anyone else with sudo (which must not ask for a password). */
static void add_as_user(struct strbuf *script, const char *user, const char *inner)
{
	if (!user) {
		strbuf_addstr(script, inner);
		return;
	}
	strbuf_addstr(script, "if [ \"$(id -u)\" = 0 ]; then exec su -s /bin/sh ");
	ssh_shell_quote(script, user);
	strbuf_addstr(script, " -c ");
	ssh_shell_quote(script, inner);
	strbuf_addstr(script, "; else exec sudo -n -u ");
	ssh_shell_quote(script, user);
	strbuf_addstr(script, " -- sh -c ");
	ssh_shell_quote(script, inner);
	strbuf_addstr(script, "; fi");
}

/* -no-wait: start script in a session of its own that outlives the SSH
 * session (setsid, every descriptor redirected: stdin from `in`, output
 * appended to log_file, else /dev/null); *run_id gets its process id. */
static int start_detached(struct ssh_conn *conn, const char *script, const struct strbuf *in,
			  const char *log_file, char **run_id, struct strbuf *err)
{
	struct strbuf cmd = STRBUF_INIT;
	struct ssh_exec_result r;
	int rc;

	if (in->len) {
		strbuf_addstr(&cmd, "printf '%s' ");
		ssh_shell_quote(&cmd, in->buf);
		strbuf_addstr(&cmd, " | ");
	}
	strbuf_addstr(&cmd, "setsid sh -c ");
	ssh_shell_quote(&cmd, script);
	if (!in->len)
		strbuf_addstr(&cmd, " </dev/null");
	strbuf_addstr(&cmd, " >>");
	ssh_shell_quote(&cmd, log_file ? log_file : "/dev/null");
	strbuf_addstr(&cmd, " 2>&1 & echo $!");
	ssh_exec_result_init(&r);
	rc = ssh_exec(conn, cmd.buf, NULL, 0, &r, err);
	strbuf_release(&cmd);
	char *end = NULL;
	long pid = rc == 0 ? strtol(r.out.buf, &end, 10) : 0;
	if (rc == 0 && (r.exit_status != 0 || pid <= 0 || (*end && *end != '\n'))) {
		strbuf_addf(err, "ssh %s: starting the command detached: ", conn->where);
		ssh_exec_describe(&r, err);
		rc = -1;
	}
	if (rc == 0)
		*run_id = xasprintf("%ld", pid);
	ssh_exec_result_release(&r);
	return rc;
}

static int ssh_run_start(void *client, const char *id, const json_t *attrs,
			 const struct run_request *rq, const struct run_sink *sink, void **handle,
			 char **run_id, struct strbuf *err)
{
	struct ssh_client *cl = client;
	struct strbuf inner = STRBUF_INIT, cmd = STRBUF_INIT, in = STRBUF_INIT;
	struct strbuf script = STRBUF_INIT;
	LIBSSH2_CHANNEL *ch = NULL;
	(void)sink;
	ssh_add_exports(&inner, value_get(attrs, "environment"));
	const char *user = NULL;
	if (value_get_string(attrs, "schedule")) { /* ssh.cron */
		cron_command(value_get_string(attrs, "command") ?: "", &inner, &in);
		user = value_get_string(attrs, "user");
	} else {
		strbuf_addstr(&inner, value_get_string(attrs, "command") ?: "");
	}
	struct ssh_conn *conn = ssh_client_acquire(cl, err);
	if (!conn)
		goto out;
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
		goto out;
	}
	if (user && conn->target.user && !strcmp(user, conn->target.user))
		user = NULL;
	if (rq->no_wait) {
		add_as_user(&script, user, inner.buf);
		int rc = start_detached(conn, script.buf, &in,
					value_get_string(attrs, "log_file"), run_id, err);
		ssh_client_release(cl);
		if (rc == 0)
			*handle = NULL;
		strbuf_release(&inner);
		strbuf_release(&in);
		strbuf_release(&script);
		return rc;
	}
	strbuf_addf(&script, "echo \"" PID_MARK "$$\" >&2; ");
	add_as_user(&script, user, inner.buf);
	strbuf_addstr(&cmd, "exec setsid -w sh -c ");
	ssh_shell_quote(&cmd, script.buf);
	ch = ssh_channel_start(conn, cmd.buf, err);
	if (ch && in.len)
		libssh2_channel_write(ch, in.buf, in.len);
	if (ch)
		libssh2_channel_send_eof(ch);
	if (!ch) {
		ssh_client_release(cl);
		goto out;
	}
	struct ssh_run *r = xcalloc(1, sizeof(*r));
	r->client = cl;
	r->conn = conn;
	r->ch = ch;
	strbuf_init(&r->out);
	strbuf_init(&r->err);
	*handle = r;
	*run_id = xasprintf("%s@%s", id, conn->where);
out:
	strbuf_release(&cmd);
	strbuf_release(&script);
	strbuf_release(&inner);
	strbuf_release(&in);
	return ch ? 0 : -1;
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
	.logs_open = ssh_logs_open,
	.logs_read = ssh_logs_read,
	.logs_end = ssh_logs_end,
	.logs_close = ssh_logs_close,
	.logs_pause = 1.0,
};
