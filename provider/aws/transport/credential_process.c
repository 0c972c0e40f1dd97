/*
 * credential_process.c: running a profile's credential_process command
 * (through /bin/sh, as the AWS CLI does) and reading the JSON "Version": 1
 * document it prints. Its stderr is kept for the error message; its stdout
 * is never shown, since it carries the secret.
 */
#include "provider/aws/transport/credential_process.h"

#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "provider/aws/transport/client.h"

/* At most this much stderr goes into a message. */
#define STDERR_SHOWN_MAX 2000

/* Run `command`; fill *stdout_text and *stderr_text; return the wait status or -1. */
static int run_capturing(const char *command, struct strbuf *stdout_text,
			 struct strbuf *stderr_text, struct strbuf *err)
{
	int out_pipe[2], err_pipe[2], status;
	pid_t pid;
	struct pollfd fds[2];

	if (pipe2(out_pipe, O_CLOEXEC) < 0)
		goto pipe_failed;
	if (pipe2(err_pipe, O_CLOEXEC) < 0) {
		close(out_pipe[0]);
		close(out_pipe[1]);
		goto pipe_failed;
	}
	pid = fork();
	if (pid < 0) {
		strbuf_addf(err, "cannot start credential_process: %s", strerror(errno));
		close(out_pipe[0]); close(out_pipe[1]); close(err_pipe[0]); close(err_pipe[1]);
		return -1;
	}
	if (pid == 0) {
		dup2(out_pipe[1], STDOUT_FILENO);
		dup2(err_pipe[1], STDERR_FILENO);
		execl("/bin/sh", "sh", "-c", command, (char *)NULL);
		_exit(127);
	}
	close(out_pipe[1]);
	close(err_pipe[1]);
	fds[0] = (struct pollfd){ .fd = out_pipe[0], .events = POLLIN };
	fds[1] = (struct pollfd){ .fd = err_pipe[0], .events = POLLIN };
	while (fds[0].fd >= 0 || fds[1].fd >= 0) {
		if (poll(fds, 2, -1) < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		for (int i = 0; i < 2; i++) {
			char chunk[4096];
			ssize_t n;

			if (fds[i].fd < 0 || !fds[i].revents)
				continue;
			n = read(fds[i].fd, chunk, sizeof(chunk));
			if (n > 0) {
				strbuf_add(i == 0 ? stdout_text : stderr_text, chunk, (size_t)n);
				explicit_bzero(chunk, sizeof(chunk));
			} else if (n == 0 || errno != EINTR) {
				close(fds[i].fd);
				fds[i].fd = -1;
			}
		}
	}
	for (int i = 0; i < 2; i++)
		if (fds[i].fd >= 0)
			close(fds[i].fd);
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR) {
			strbuf_addf(err, "credential_process: waitpid: %s", strerror(errno));
			return -1;
		}
	return status;
pipe_failed:
	strbuf_addf(err, "cannot start credential_process: %s", strerror(errno));
	return -1;
}

static void add_stderr(struct strbuf *err, const struct strbuf *stderr_text)
{
	size_t len = stderr_text->len;

	while (len && (stderr_text->buf[len - 1] == '\n' || stderr_text->buf[len - 1] == '\r'))
		len--;
	if (!len)
		return;
	if (len > STDERR_SHOWN_MAX)
		len = STDERR_SHOWN_MAX;
	strbuf_addf(err, "; its stderr: %.*s", (int)len, stderr_text->buf);
}

static const char *string_member(json_t *doc, const char *name)
{
	json_t *v = json_object_get(doc, name);
	return json_is_string(v) && *json_string_value(v) ? json_string_value(v) : NULL;
}

int aws_credential_process_run(const char *command, const char *profile,
			       struct aws_credentials *out, struct strbuf *err)
{
	struct strbuf stdout_text = STRBUF_INIT, stderr_text = STRBUF_INIT;
	json_t *doc = NULL;
	json_error_t jerr;
	json_t *version;
	const char *key_id, *secret, *token, *expiration;
	int status, rc = -1;

	status = run_capturing(command, &stdout_text, &stderr_text, err);
	if (status < 0)
		goto out;
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		if (WIFEXITED(status))
			strbuf_addf(err, "credential_process of profile \"%s\" exited with status %d",
				    profile, WEXITSTATUS(status));
		else
			strbuf_addf(err, "credential_process of profile \"%s\" was killed by signal %d",
				    profile, WTERMSIG(status));
		add_stderr(err, &stderr_text);
		goto out;
	}
	doc = json_loadb(stdout_text.buf ? stdout_text.buf : "", stdout_text.len, 0, &jerr);
	if (!json_is_object(doc)) {
		strbuf_addf(err, "credential_process of profile \"%s\" did not print a JSON object"
			    " on stdout", profile);
		add_stderr(err, &stderr_text);
		goto out;
	}
	version = json_object_get(doc, "Version");
	if (!json_is_integer(version) || json_integer_value(version) != 1) {
		strbuf_addf(err, "credential_process of profile \"%s\" printed a document without"
			    " \"Version\": 1 (the only version there is)", profile);
		goto out;
	}
	key_id = string_member(doc, "AccessKeyId");
	secret = string_member(doc, "SecretAccessKey");
	token = string_member(doc, "SessionToken");
	expiration = string_member(doc, "Expiration");
	if (!key_id || !secret) {
		strbuf_addf(err, "credential_process of profile \"%s\" printed no %s", profile,
			    key_id ? "SecretAccessKey" : "AccessKeyId");
		goto out;
	}
	out->expiration = 0;
	if (expiration) {
		time_t when;

		if (aws_parse_timestamp(expiration, &when) < 0) {
			strbuf_addf(err, "credential_process of profile \"%s\" printed an Expiration"
				    " that is not an ISO 8601 time: \"%s\"", profile, expiration);
			goto out;
		}
		if (when <= time(NULL)) {
			strbuf_addf(err, "credential_process of profile \"%s\" printed credentials"
				    " that expired at %s", profile, expiration);
			goto out;
		}
		out->expiration = when;
	}
	out->access_key_id = xstrdup(key_id);
	out->secret_access_key = xstrdup(secret);
	out->session_token = token ? xstrdup(token) : NULL;
	out->source = xasprintf("credential_process of profile \"%s\"", profile);
	rc = 0;
out:
	if (doc) {
		/* Wipe the secret held by jansson before freeing the document. */
		json_t *s = json_object_get(doc, "SecretAccessKey");
		if (json_is_string(s))
			explicit_bzero((char *)json_string_value(s), json_string_length(s));
		json_decref(doc);
	}
	strbuf_release_wiped(&stdout_text);
	strbuf_release(&stderr_text);
	return rc;
}
