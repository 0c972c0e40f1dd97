/*
 * cron.c: the ssh.cron resource type — one job in a user's crontab on a
 * host, kept in a block terrace owns:
 *
 *   # BEGIN terrace <name>
 *   # <comment>
 *   VAR=value
 *   <schedule> <command>
 *   # END terrace <name>
 *
 * The crontab is read with `crontab -l`, only that block is rewritten (a
 * new one goes at the end), and the result is written back with
 * `crontab -` on stdin; with `-u USER` when the job belongs to another user
 * than the login user (which needs root there). Every line outside the
 * block is kept byte for byte. read() parses the block back, so a hand edit
 * shows as drift. The client lock is held from the read to the write, so
 * the jobs of one run never overwrite each other's changes. The id is the
 * job's name.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "provider/provider.h"
#include "provider/ssh/run.h"
#include "provider/ssh/resources.h"
#include "provider/base/log.h"

static const struct attr_schema cron_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "job name, unique in the crontab (letters, digits, . _ -); it marks "
			 "the block terrace owns" },
	{ .name = "schedule", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "five fields (minute hour day-of-month month day-of-week), e.g. "
			 "\"0 2 * * *\", or @reboot, @hourly, @daily, @weekly, @monthly, @yearly" },
	{ .name = "command", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the command line, as cron runs it (a % starts the command's stdin "
			 "unless written \\%)" },
	{ .name = "user", .type = ATTR_STRING,
	  .flags = ATTR_OPTIONAL | ATTR_COMPUTED | ATTR_FORCE_NEW,
	  .description = "whose crontab; default the login user (another user needs root)" },
	{ .name = "environment", .type = ATTR_MAP, .flags = ATTR_OPTIONAL,
	  .elem_type = ATTR_STRING, .default_json = "{}",
	  .description = "variables for the job: VAR=value lines in its block (cron applies "
			 "them to the lines below too)" },
	{ .name = "log_file", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_CONFIG_ONLY,
	  .description = "absolute path of the file on the host the job writes its log to (the "
			 "command itself writes it, e.g. >> FILE 2>&1; not in the crontab): "
			 "terrace logs reads it, terrace run -no-wait appends the output to it" },
	{ .name = "comment", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "a comment line in the block" },
	{ .name = NULL },
};

#define BEGIN_MARK "# BEGIN terrace "
#define END_MARK "# END terrace "

/* ---- validation ---- */

static const char *const cron_keywords[] = {
	"@reboot", "@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight",
	"@hourly", NULL,
};

static const char *const month_names[] = {
	"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", NULL,
};

static const char *const day_names[] = { "sun", "mon", "tue", "wed", "thu", "fri", "sat", NULL };

struct cron_field {
	const char *name;
	int min, max;
	const char *const *names; /* names[i] stands for min + i (months from 1, days from 0) */
	const char *hint;
};

static const struct cron_field cron_fields[5] = {
	{ "minute", 0, 59, NULL, "0-59" },
	{ "hour", 0, 23, NULL, "0-23" },
	{ "day-of-month", 1, 31, NULL, "1-31" },
	{ "month", 1, 12, month_names, "1-12 or jan-dec" },
	{ "day-of-week", 0, 7, day_names, "0-7 or sun-sat" },
};

/* One value of a field: a number in range or a name; its length, or 0. */
static size_t field_value(const struct cron_field *f, const char *s)
{
	size_t n = strspn(s, "0123456789");

	if (n) {
		long v = n <= 4 ? strtol(s, NULL, 10) : -1;

		return v >= f->min && v <= f->max ? n : 0;
	}
	for (size_t i = 0; f->names && f->names[i]; i++)
		if (!strncasecmp(s, f->names[i], 3) && !isalpha((unsigned char)s[3]))
			return 3;
	return 0;
}

/* "*" or a value or a-b, then an optional /step. */
static bool field_item_ok(const struct cron_field *f, const char *s, size_t len)
{
	size_t i = 0, n;

	if (s[0] == '*') {
		i = 1;
	} else {
		if (!(n = field_value(f, s)))
			return false;
		i = n;
		if (i < len && s[i] == '-') {
			if (!(n = field_value(f, s + i + 1)))
				return false;
			i += n + 1;
		}
	}
	if (i < len && s[i] == '/') {
		n = strspn(s + i + 1, "0123456789");
		if (!n || n > 4 || !atoi(s + i + 1))
			return false;
		i += n + 1;
	}
	return i == len;
}

static bool field_ok(const struct cron_field *f, const char *s)
{
	while (*s) {
		size_t len = strcspn(s, ",");

		if (!len || !field_item_ok(f, s, len))
			return false;
		s += len;
		if (*s == ',' && !*++s)
			return false;
	}
	return true;
}

static void add_keyword_list(struct strbuf *err)
{
	for (size_t i = 0; cron_keywords[i]; i++)
		strbuf_addf(err, "%s%s", i ? " " : "", cron_keywords[i]);
}

/* Check a schedule and write it with single spaces into norm. */
static int check_schedule(const char *schedule, struct strbuf *norm, struct strbuf *err)
{
	char *copy = xstrdup(schedule), *save = NULL, *fields[6];
	int n = 0, rc = 0;

	for (char *f = strtok_r(copy, " \t", &save); f; f = strtok_r(NULL, " \t", &save))
		if (n < 6)
			fields[n++] = f;
		else
			n++;
	if (n == 1 && fields[0][0] == '@') {
		rc = -1;
		for (size_t i = 0; cron_keywords[i]; i++)
			if (!strcmp(fields[0], cron_keywords[i]))
				rc = 0;
		if (rc) {
			strbuf_addf(err, "ssh.cron: schedule \"%s\" is not one of ", schedule);
			add_keyword_list(err);
		}
	} else if (n != 5) {
		strbuf_addf(err, "ssh.cron: schedule \"%s\" has %d field%s: write 5 (minute hour "
			    "day-of-month month day-of-week), e.g. \"0 2 * * *\", or one of ",
			    schedule, n, n == 1 ? "" : "s");
		add_keyword_list(err);
		rc = -1;
	} else {
		for (int i = 0; i < 5 && rc == 0; i++)
			if (!field_ok(&cron_fields[i], fields[i])) {
				strbuf_addf(err, "ssh.cron: schedule \"%s\": %s \"%s\" is not valid "
					    "(%s; *, a-b, a,b and /step are allowed)", schedule,
					    cron_fields[i].name, fields[i], cron_fields[i].hint);
				rc = -1;
			}
	}
	for (int i = 0; rc == 0 && i < n; i++)
		strbuf_addf(norm, "%s%s", i ? " " : "", fields[i]);
	free(copy);
	return rc;
}

static bool valid_name(const char *s)
{
	return s && *s && strlen(s) <= 128 &&
	       strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-") ==
	       strlen(s);
}

static bool valid_env_name(const char *s)
{
	return s && (isalpha((unsigned char)*s) || *s == '_') &&
	       strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") ==
	       strlen(s);
}

static bool one_line(const char *s)
{
	return !s || !strpbrk(s, "\r\n");
}

/* A value cron would change unless quoted: blanks at its ends, or quotes
 * around it. */
static bool needs_quotes(const char *v)
{
	size_t n = strlen(v);

	return !n || isspace((unsigned char)v[0]) || isspace((unsigned char)v[n - 1]) ||
	       ((v[0] == '"' || v[0] == '\'') && n > 1 && v[n - 1] == v[0]);
}

static int check_environment(const json_t *env, struct strbuf *err)
{
	const char *k;
	json_t *v;

	json_object_foreach((json_t *)env, k, v) {
		const char *s = json_string_value(v);

		if (!valid_env_name(k)) {
			strbuf_addf(err, "ssh.cron: environment name \"%s\" must be letters, digits "
				    "and _, not starting with a digit", k);
			return -1;
		}
		if (!s || !one_line(s)) {
			strbuf_addf(err, "ssh.cron: environment %s must be a one-line string", k);
			return -1;
		}
		if (strchr(s, '"') && strchr(s, '\'') && needs_quotes(s)) {
			strbuf_addf(err, "ssh.cron: environment %s: cron cannot keep blanks around a "
				    "value that holds both kinds of quotes", k);
			return -1;
		}
	}
	return 0;
}

static int cron_plan_desired(json_t *desired, const json_t *prior, struct strbuf *err)
{
	const char *name = value_get_string(desired, "name");
	const char *schedule = value_get_string(desired, "schedule");
	const char *command = value_get_string(desired, "command");
	const char *user = value_get_string(desired, "user");
	struct strbuf norm = STRBUF_INIT;

	(void)prior;
	if (name && !valid_name(name)) {
		strbuf_addf(err, "ssh.cron: name \"%s\" must be letters, digits, '.', '_' and '-'",
			    name);
		return -1;
	}
	if (command && (!*command || !one_line(command))) {
		strbuf_addstr(err, "ssh.cron: command must be one non-empty line");
		return -1;
	}
	if (!one_line(value_get_string(desired, "comment")) ||
	    strstr(value_get_string(desired, "comment") ? value_get_string(desired, "comment")
							 : "", "terrace ")) {
		strbuf_addstr(err, "ssh.cron: comment must be one line, without \"terrace \" "
			      "(which marks terrace's blocks)");
		return -1;
	}
	if (user && (!*user || *user == '-' || strpbrk(user, " \t\r\n:"))) {
		strbuf_addf(err, "ssh.cron: user \"%s\" is not a user name", user);
		return -1;
	}
	if (json_is_object(value_get(desired, "environment")) &&
	    check_environment(value_get(desired, "environment"), err))
		return -1;
	if (ssh_check_log_file(value_get(desired, "log_file"), err)) {
		strbuf_prefixf(err, "ssh.cron: ");
		return -1;
	}
	/* An empty comment writes no line, so it reads back as none. */
	if (value_get_string(desired, "comment") && !*value_get_string(desired, "comment"))
		json_object_del(desired, "comment");
	if (schedule) {
		if (check_schedule(schedule, &norm, err)) {
			strbuf_release(&norm);
			return -1;
		}
		json_object_set_new(desired, "schedule", json_string(norm.buf));
	}
	strbuf_release(&norm);
	return 0;
}

/* ---- the crontab ---- */

/* Whose crontab, and the crontab command that reaches it. */
struct crontab {
	const char *user;
	struct strbuf command; /* "crontab" or "crontab -u 'user'" */
};

static void crontab_init(struct crontab *ct, struct ssh_conn *c, const char *user)
{
	ct->user = user && *user ? user : c->target.user;
	strbuf_init(&ct->command);
	strbuf_addstr(&ct->command, "crontab");
	if (strcmp(ct->user, c->target.user)) {
		strbuf_addstr(&ct->command, " -u ");
		ssh_shell_quote(&ct->command, ct->user);
	}
}

static int crontab_read(struct ssh_conn *c, struct crontab *ct, struct strbuf *text,
			struct strbuf *err)
{
	struct strbuf cmd = STRBUF_INIT;
	struct ssh_exec_result r;
	int rc;

	strbuf_addf(&cmd, "%s -l", ct->command.buf);
	ssh_exec_result_init(&r);
	rc = ssh_exec(c, cmd.buf, NULL, 0, &r, err);
	if (rc == 0 && r.exit_status == 0) {
		strbuf_add(text, r.out.buf, r.out.len);
	} else if (rc == 0 && !strstr(r.err.buf, "no crontab for")) {
		strbuf_addf(err, "ssh %s: %s (the crontab of %s): ", c->where, cmd.buf, ct->user);
		ssh_exec_describe(&r, err);
		rc = -1;
	}
	ssh_exec_result_release(&r);
	strbuf_release(&cmd);
	return rc;
}

static int crontab_write(struct ssh_conn *c, struct crontab *ct, const struct strbuf *text,
			 struct strbuf *err)
{
	struct strbuf cmd = STRBUF_INIT;
	struct ssh_exec_result r;
	int rc;

	strbuf_addf(&cmd, "%s -", ct->command.buf);
	ssh_exec_result_init(&r);
	rc = ssh_exec(c, cmd.buf, text->buf, text->len, &r, err);
	if (rc == 0 && r.exit_status != 0) {
		strbuf_addf(err, "ssh %s: %s (the crontab of %s): ", c->where, cmd.buf, ct->user);
		ssh_exec_describe(&r, err);
		rc = -1;
	}
	if (rc == 0)
		log_debugf("ssh %s: wrote the crontab of %s", c->where, ct->user);
	ssh_exec_result_release(&r);
	strbuf_release(&cmd);
	return rc;
}

/* ---- the block ---- */

struct block {
	bool found;
	size_t start, end; /* bytes of the BEGIN line .. the END line with its newline */
	size_t body, body_end; /* the lines between them */
};

static bool line_is(const char *line, size_t len, const char *mark, const char *name)
{
	size_t m = strlen(mark), n = strlen(name);

	return len == m + n && !strncmp(line, mark, m) && !strncmp(line + m, name, n);
}

static int find_block(const char *text, const char *name, const char *user, struct block *b,
		      struct strbuf *err)
{
	const char *p = text;

	memset(b, 0, sizeof(*b));
	while (*p) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		size_t at = (size_t)(p - text), next = at + len + (nl ? 1 : 0);

		if (line_is(p, len, BEGIN_MARK, name)) {
			if (b->found) {
				strbuf_addf(err, "the crontab of %s has two \"" BEGIN_MARK "%s\" "
					    "lines: fix it by hand", user, name);
				return -1;
			}
			b->found = true;
			b->start = at;
			b->body = next;
			b->end = 0;
		} else if (line_is(p, len, END_MARK, name) && b->found && !b->end) {
			b->body_end = at;
			b->end = next;
		}
		p = text + next;
	}
	if (b->found && !b->end) {
		strbuf_addf(err, "the crontab of %s has \"" BEGIN_MARK "%s\" without its \""
			    END_MARK "%s\" line: fix it by hand", user, name, name);
		return -1;
	}
	return 0;
}

static void render_environment(struct strbuf *sb, const json_t *env)
{
	size_t n, i;
	const char **keys = value_sorted_keys(env, &n);

	for (i = 0; i < n; i++) {
		const char *val = json_string_value(json_object_get(env, keys[i]));

		if (!val)
			continue;
		if (!needs_quotes(val))
			strbuf_addf(sb, "%s=%s\n", keys[i], val);
		else if (!strchr(val, '"'))
			strbuf_addf(sb, "%s=\"%s\"\n", keys[i], val);
		else
			strbuf_addf(sb, "%s='%s'\n", keys[i], val);
	}
	free(keys);
}

static void render_block(struct strbuf *sb, const json_t *desired)
{
	const char *name = value_get_string(desired, "name");
	const char *comment = value_get_string(desired, "comment");

	strbuf_addf(sb, BEGIN_MARK "%s\n", name);
	if (comment && *comment)
		strbuf_addf(sb, "# %s\n", comment);
	if (json_is_object(value_get(desired, "environment")))
		render_environment(sb, value_get(desired, "environment"));
	strbuf_addf(sb, "%s %s\n", value_get_string(desired, "schedule"),
		    value_get_string(desired, "command"));
	strbuf_addf(sb, END_MARK "%s\n", name);
}

/* text with the block replaced by `with` (which may be empty), or `with`
 * appended when there is no block. */
static void splice(struct strbuf *out, const char *text, const struct block *b,
		   const struct strbuf *with)
{
	size_t len = strlen(text);

	if (b->found) {
		strbuf_add(out, text, b->start);
		strbuf_addstr(out, with->buf);
		strbuf_addstr(out, text + b->end);
		return;
	}
	strbuf_addstr(out, text);
	if (len && text[len - 1] != '\n' && with->len)
		strbuf_addch(out, '\n');
	strbuf_addstr(out, with->buf);
}

/* ---- parsing a block back ---- */

/* NAME=value (blanks allowed around =, value quotes removed). */
static bool parse_env_line(const char *line, json_t *env)
{
	size_t n = strspn(line, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");
	const char *v = line + n;
	char *name, *val;
	size_t len;

	if (!n || isdigit((unsigned char)line[0]))
		return false;
	v += strspn(v, " \t");
	if (*v != '=')
		return false;
	v++;
	v += strspn(v, " \t");
	len = strlen(v);
	while (len && isspace((unsigned char)v[len - 1]))
		len--;
	if (len >= 2 && (v[0] == '"' || v[0] == '\'') && v[len - 1] == v[0]) {
		v++;
		len -= 2;
	}
	name = xstrndup(line, n);
	val = xstrndup(v, len);
	json_object_set_new(env, name, json_string(val));
	free(name);
	free(val);
	return true;
}

/* "<schedule> <command>": 5 fields or an @keyword, then the rest. */
static void parse_job_line(const char *line, json_t *o)
{
	int fields = line[0] == '@' ? 1 : 5;
	const char *p = line;
	struct strbuf schedule = STRBUF_INIT;

	for (int i = 0; i < fields && *p; i++) {
		size_t n = strcspn(p, " \t");

		strbuf_addf(&schedule, "%s%.*s", i ? " " : "", (int)n, p);
		p += n;
		p += strspn(p, " \t");
	}
	json_object_set_new(o, "schedule", json_string(schedule.buf));
	json_object_set_new(o, "command", json_string(p));
	strbuf_release(&schedule);
}

/* A line that is not the job's: kept visible as part of the command, so a
 * hand-added line shows as drift and the next apply removes it. */
static void add_stray_line(json_t *o, const char *line)
{
	const char *cmd = value_get_string(o, "command");
	char *joined = xasprintf("%s\n%s", cmd ? cmd : "", line);

	json_object_set_new(o, "command", json_string(joined));
	free(joined);
}

static json_t *parse_block(const char *text, const struct block *b, const char *name,
			   const char *user)
{
	json_t *o = json_pack("{s:s, s:s}", "name", name, "user", user);
	json_t *env = json_object();
	struct strbuf comment = STRBUF_INIT;
	const char *p = text + b->body, *end = text + b->body_end;
	bool job = false;

	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		char *line = xstrndup(p, nl ? (size_t)(nl - p) : (size_t)(end - p));
		const char *s = line + strspn(line, " \t");

		if (*s == '#')
			strbuf_addf(&comment, "%s%s", comment.len ? "\n" : "",
				    s + 1 + (s[1] == ' '));
		else if (!*s || parse_env_line(s, env))
			;
		else if (!job && (job = true))
			parse_job_line(s, o);
		else
			add_stray_line(o, s);
		free(line);
		p = nl ? nl + 1 : end;
	}
	if (!job)
		json_object_set_new(o, "command", json_string(""));
	if (comment.len)
		json_object_set_new(o, "comment", json_string(comment.buf));
	json_object_set_new(o, "environment", env);
	strbuf_release(&comment);
	return o;
}

/* ---- operations ---- */

/* The crontab of the job's user and its block, under the client lock. */
struct cron_op {
	struct ssh_client *client;
	struct ssh_conn *conn;
	struct crontab ct;
	struct strbuf text;
	struct block block;
};

static int op_begin(struct cron_op *op, void *client, const char *name, const char *user,
		    struct strbuf *err)
{
	memset(op, 0, sizeof(*op));
	op->client = client;
	strbuf_init(&op->text);
	strbuf_init(&op->ct.command);
	op->conn = ssh_client_acquire(op->client, err);
	if (!op->conn)
		return -1;
	crontab_init(&op->ct, op->conn, user);
	if (crontab_read(op->conn, &op->ct, &op->text, err) ||
	    find_block(op->text.buf, name, op->ct.user, &op->block, err))
		return -1;
	return 0;
}

static void op_end(struct cron_op *op)
{
	if (op->conn)
		ssh_client_release(op->client);
	strbuf_release(&op->ct.command);
	strbuf_release(&op->text);
}

/* Write the crontab with the block replaced by `with`. */
static int op_write(struct cron_op *op, const struct strbuf *with, struct strbuf *err)
{
	struct strbuf next = STRBUF_INIT;
	int rc;

	splice(&next, op->text.buf, &op->block, with);
	rc = crontab_write(op->conn, &op->ct, &next, err);
	strbuf_release(&next);
	return rc;
}

static json_t *stored(const json_t *desired, const char *user)
{
	json_t *o = json_deep_copy(desired);

	json_object_set_new(o, "user", json_string(user));
	if (!json_is_object(json_object_get(o, "environment")))
		json_object_set_new(o, "environment", json_object());
	return o;
}

static int cron_read(void *client, const char *id, const json_t *prior, json_t **out,
		     struct strbuf *err)
{
	struct cron_op op;
	int rc = op_begin(&op, client, id, value_get_string(prior, "user"), err);

	*out = NULL;
	if (rc == 0 && op.block.found)
		*out = parse_block(op.text.buf, &op.block, id, op.ct.user);
	if (rc)
		strbuf_prefixf(err, "ssh.cron %s: ", id);
	op_end(&op);
	return rc;
}

static int cron_create(void *client, const json_t *desired, const struct create_call *call,
		       char **id, json_t **out, struct strbuf *err)
{
	const char *name = value_get_string(desired, "name");
	struct strbuf block = STRBUF_INIT;
	struct cron_op op;
	int rc;

	*id = NULL;
	*out = NULL;
	rc = op_begin(&op, client, name, value_get_string(desired, "user"), err);
	if (rc == 0 && op.block.found && !call->may_exist) {
		strbuf_addf(err, "the crontab of %s already has a terrace block for %s that is "
			    "not in this state: remove the block or choose another name",
			    op.ct.user, name);
		rc = -1;
	}
	if (rc == 0) {
		render_block(&block, desired);
		rc = op_write(&op, &block, err);
	}
	if (rc == 0) {
		*id = xstrdup(name);
		*out = stored(desired, op.ct.user);
	} else {
		strbuf_prefixf(err, "ssh.cron %s: ", name);
	}
	op_end(&op);
	strbuf_release(&block);
	return rc;
}

static int cron_update(void *client, const char *id, const json_t *prior,
		       const json_t *desired, json_t **out, struct strbuf *err)
{
	const char *user = value_get_string(desired, "user");
	struct strbuf block = STRBUF_INIT;
	struct cron_op op;
	int rc = op_begin(&op, client, id, user ? user : value_get_string(prior, "user"), err);

	*out = NULL;
	if (rc == 0) {
		render_block(&block, desired);
		rc = op_write(&op, &block, err);
	}
	if (rc == 0)
		*out = stored(desired, op.ct.user);
	else
		strbuf_prefixf(err, "ssh.cron %s: ", id);
	op_end(&op);
	strbuf_release(&block);
	return rc;
}

static int cron_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	struct strbuf none = STRBUF_INIT;
	struct cron_op op;
	int rc = op_begin(&op, client, id, value_get_string(prior, "user"), err);

	if (rc == 0 && op.block.found)
		rc = op_write(&op, &none, err);
	if (rc)
		strbuf_prefixf(err, "ssh.cron %s: ", id);
	op_end(&op);
	return rc;
}

const struct resource_type ssh_cron_type = {
	.name = "ssh.cron",
	.description = "a cron job in a user's crontab on a host, in a block terrace owns",
	.attrs = cron_attrs,
	.read = cron_read,
	.create = cron_create,
	.update = cron_update,
	.delete = cron_delete,
	.plan_desired = cron_plan_desired,
	.check_config = ssh_check_log_file_config,
	.import_id = "its name",
	.run = &ssh_command_runner,
};
