/*
 * command.c: the ssh.command resource type — a shell command run once on a
 * host when the resource is created, run again when its command, its
 * environment or one of its `triggers` changes, and (optionally) undone by
 * `destroy_command` when it is destroyed. Nothing on the host can be read
 * back, so read() returns what state holds: only terrace's own record of
 * the last run decides whether to run again.
 *
 * A command that exits non-zero fails the create or update with its exit
 * status and the last lines of what it printed (stdout and stderr); every
 * value of sensitive_environment is blanked out of that text first. The
 * command text itself is never repeated in a message. A failed create
 * leaves nothing in state, so the next apply runs it again. The id is a
 * random hex string: there is no name on the host to take.
 *
 * Trust on first use: create records the host key's fingerprint
 * (host_key) in state; refresh, update and destroy compare the key the host
 * offers then with it and refuse a changed one, so a host reached with
 * host_key_check: false (a host made in the same stack, not in any
 * known_hosts yet) is trusted once, not every time.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "provider/provider.h"
#include "provider/ssh/run.h"
#include "provider/ssh/resources.h"
#include "provider/base/encoding.h"

#define OUTPUT_LINES 20 /* lines of output shown with a failure */

static const struct attr_schema command_attrs[] = {
	{ .name = "command", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "shell text run by the login user's shell on the host; a change runs "
			 "it again" },
	{ .name = "triggers", .type = ATTR_MAP, .flags = ATTR_OPTIONAL,
	  .elem_type = ATTR_STRING, .default_json = "{}",
	  .description = "any values (a file's hash, a resource's id): a change of one runs "
			 "the command again; nothing else happens with them" },
	{ .name = "environment", .type = ATTR_MAP, .flags = ATTR_OPTIONAL,
	  .elem_type = ATTR_STRING, .default_json = "{}",
	  .description = "variables exported to command and destroy_command (names: letters, "
			 "digits, _); a change runs the command again" },
	{ .name = "sensitive_environment", .type = ATTR_MAP,
	  .flags = ATTR_OPTIONAL | ATTR_SENSITIVE, .elem_type = ATTR_STRING,
	  .description = "variables exported to command only, never shown: their values are "
			 "blanked out of the output a failure shows, state keeps only a hash, "
			 "so destroy_command does not get them; a change runs the command again" },
	{ .name = "destroy_command", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "shell text run when the resource is destroyed (with environment); a "
			 "non-zero exit fails the destroy. Changing it runs nothing" },
	{ .name = "log_file", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_CONFIG_ONLY,
	  .description = "absolute path of the file on the host the command writes its log to "
			 "(the command itself writes it): terrace logs reads it, terrace run "
			 "-no-wait appends the command's output to it. Changing it runs nothing" },
	{ .name = "host_key", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "SHA-256 fingerprint of the host key when the command first ran "
			 "(trust on first use): a host offering another key later is refused" },
	{ .name = NULL },
};

static int check_env(const json_t *env, const char *attr, struct strbuf *err)
{
	const char *k;
	json_t *v;

	json_object_foreach((json_t *)env, k, v) {
		if (!ssh_env_name_ok(k)) {
			strbuf_addf(err, "attribute %s: \"%s\" is not a variable name (letters, "
				    "digits and _, not starting with a digit)", attr, k);
			return -1;
		}
	}
	return 0;
}

static int command_plan_desired(json_t *desired, const json_t *prior, struct strbuf *err)
{
	json_t *sens = value_get(desired, "sensitive_environment");

	(void)prior;
	if (check_env(value_get(desired, "environment"), "environment", err))
		return -1;
	if (ssh_check_log_file(value_get(desired, "log_file"), err))
		return -1;
	if (json_is_object(sens) && check_env(sens, "sensitive_environment", err))
		return -1;
	return 0;
}

/* export NAME='value'; for each string member of env. */
/* The last OUTPUT_LINES lines of text, each indented, appended to sb. */
static void add_tail(struct strbuf *sb, const char *label, const struct strbuf *text)
{
	size_t len = text->len, start;
	int lines = 0;

	while (len && text->buf[len - 1] == '\n')
		len--;
	if (!len)
		return;
	start = len;
	while (start > 0) {
		if (text->buf[start - 1] == '\n' && ++lines == OUTPUT_LINES)
			break;
		start--;
	}
	strbuf_addf(sb, "\n  %s%s:", label, start ? " (last lines)" : "");
	for (size_t i = start; i < len;) {
		const char *nl = memchr(text->buf + i, '\n', len - i);
		size_t end = nl ? (size_t)(nl - text->buf) : len;

		strbuf_addf(sb, "\n    | %.*s", (int)(end - i), text->buf + i);
		i = end + 1;
	}
}

/*
 * Run `what` (command or destroy_command) of attrs with the exports in
 * front. A non-zero exit is an error naming the exit status and showing
 * the output, with the values of `secrets` (a map or NULL) blanked out.
 */
/* The session's host key is the one recorded (when one is): 0, or -1 with
 * a message naming both fingerprints. */
static int check_tofu(struct ssh_conn *conn, const char *recorded, char fp[64],
		      struct strbuf *err)
{
	ssh_conn_host_fingerprint(conn, fp);
	if (!recorded || !strcmp(recorded, fp))
		return 0;
	strbuf_addf(err, "ssh %s: HOST KEY CHANGED since terrace first ran this command: state "
		    "records %s, the host now offers %s; refusing to run anything (if the host "
		    "was replaced on purpose, `terrace state rm` this resource and apply again)",
		    conn->where, recorded, fp);
	return -1;
}

static int run(void *client, const char *label, const char *text, const json_t *env,
	       const json_t *secrets, const char *recorded_key, char fp[64], struct strbuf *err)
{
	struct ssh_client *cl = client;
	struct strbuf cmd = STRBUF_INIT, msg = STRBUF_INIT;
	struct ssh_exec_result r;
	struct ssh_conn *conn;
	int rc;

	ssh_add_exports(&cmd, env);
	ssh_add_exports(&cmd, secrets);
	strbuf_addstr(&cmd, text);
	ssh_exec_result_init(&r);
	conn = ssh_client_acquire(cl, err);
	if (!conn) {
		strbuf_release(&cmd);
		return -1;
	}
	rc = check_tofu(conn, recorded_key, fp, err);
	if (rc == 0)
		rc = ssh_exec(conn, cmd.buf, NULL, 0, &r, err);
	ssh_client_release(cl);
	if (rc == 0 && r.exit_status != 0) {
		if (r.exit_status < 0)
			strbuf_addf(&msg, "%s was killed by a signal", label);
		else
			strbuf_addf(&msg, "%s exited with status %d", label, r.exit_status);
		add_tail(&msg, "stdout", &r.out);
		add_tail(&msg, "stderr", &r.err);
		if (json_is_object(secrets)) {
			const char *k;
			json_t *v;

			json_object_foreach((json_t *)secrets, k, v)
				if (json_is_string(v))
					strbuf_redact(&msg, 0, json_string_value(v));
		}
		strbuf_addstr(err, msg.buf);
		rc = -1;
	}
	strbuf_release(&msg);
	strbuf_release(&cmd);
	ssh_exec_result_release(&r);
	return rc;
}

static char *random_id(void)
{
	unsigned char b[8] = { 0 };
	int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
	char *id = xmalloc(2 * sizeof(b) + 1);

	if (fd < 0 || read(fd, b, sizeof(b)) != (ssize_t)sizeof(b)) {
		/* no urandom: time and pid still tell runs apart */
		unsigned long long t = (unsigned long long)time(NULL) ^
				       ((unsigned long long)getpid() << 32);
		memcpy(b, &t, sizeof(b));
	}
	if (fd >= 0)
		close(fd);
	hex_text(b, sizeof(b), id);
	return id;
}

static int command_read(void *client, const char *id, const json_t *prior, json_t **out,
			struct strbuf *err)
{
	struct ssh_client *cl = client;
	const char *recorded = value_get_string(prior, "host_key");
	struct ssh_conn *conn;
	char fp[64];
	int rc = 0;

	(void)id;
	*out = NULL;
	if (recorded) {
		conn = ssh_client_acquire(cl, err);
		if (!conn)
			return -1;
		rc = check_tofu(conn, recorded, fp, err);
		ssh_client_release(cl);
	}
	if (rc == 0)
		*out = json_deep_copy(prior);
	return rc;
}

static int command_create(void *client, const json_t *desired, const struct create_call *call,
			  char **id, json_t **out, struct strbuf *err)
{
	char fp[64];

	(void)call->may_exist; /* a command cannot be adopted: an interrupted run runs again */
	*id = NULL;
	*out = NULL;
	if (run(client, "command", value_get_string(desired, "command"),
		value_get(desired, "environment"), value_get(desired, "sensitive_environment"),
		NULL, fp, err))
		return -1;
	*id = random_id();
	*out = json_deep_copy(desired);
	json_object_set_new(*out, "host_key", json_string(fp));
	return 0;
}

static bool runs_again(const json_t *prior, const json_t *desired)
{
	static const char *const inputs[] = { "command", "triggers", "environment", NULL };

	for (size_t i = 0; inputs[i]; i++)
		if (!value_equal(value_get(prior, inputs[i]), value_get(desired, inputs[i])))
			return true;
	return !value_matches_stored(value_get(desired, "sensitive_environment"),
				     value_get(prior, "sensitive_environment"));
}

static int command_update(void *client, const char *id, const json_t *prior,
			  const json_t *desired, json_t **out, struct strbuf *err)
{
	const char *recorded = value_get_string(prior, "host_key");
	char fp[64];

	(void)id;
	*out = NULL;
	if (runs_again(prior, desired) &&
	    run(client, "command", value_get_string(desired, "command"),
		value_get(desired, "environment"), value_get(desired, "sensitive_environment"),
		recorded, fp, err))
		return -1;
	*out = json_deep_copy(desired);
	if (recorded)
		json_object_set_new(*out, "host_key", json_string(recorded));
	return 0;
}

static int command_delete(void *client, const char *id, const json_t *prior,
			  struct strbuf *err)
{
	const char *text = value_get_string(prior, "destroy_command");
	char fp[64];

	(void)id;
	if (!text || !*text)
		return 0;
	return run(client, "destroy_command", text, value_get(prior, "environment"), NULL,
		   value_get_string(prior, "host_key"), fp, err);
}

const struct resource_type ssh_command_type = {
	.name = "ssh.command",
	.description = "a shell command run on a host at create, again when its command, "
		       "environment or triggers change, and destroy_command at destroy",
	.attrs = command_attrs,
	.read = command_read,
	.create = command_create,
	.update = command_update,
	.delete = command_delete,
	.plan_desired = command_plan_desired,
	.check_config = ssh_check_log_file_config,
	.not_importable = "a command leaves nothing on the host that terrace could read back",
	.run = &ssh_command_runner,
};
