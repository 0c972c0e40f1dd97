/*
 * lab_outputs.c: each attendee's outputs after `terrace lab up`: a table of
 * the non-sensitive ones; the sensitive ones, and the credentials secret
 * lab.credentials_output names (read with the stack's aws provider), only
 * in .terrace/lab/ID.credentials.json, mode 0600.
 */
#include "cmd/lab.h"
#include "plan/eval.h"
#include "plan/state.h"
#include "stacks/expr_path.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* A value as a table cell, a number as the text of the attendee's
 * deployment's function results (plan/state.h): 100000000000000000000, or
 * the earlier releases' 1e+20. */
static char *cell(const json_t *v, enum func_edition edition)
{
	struct strbuf s = STRBUF_INIT;
	if (expr_stringify_as(v, edition, &s) < 0) {
		char *text = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
		strbuf_addstr(&s, text ? text : "");
		free(text);
	}
	return strbuf_detach(&s);
}

/* Add column name to columns unless it is there. */
static void add_column(json_t *columns, const char *name)
{
	size_t k;
	json_t *c;
	json_array_foreach(columns, k, c)
		if (!strcmp(json_string_value(c), name))
			return;
	json_array_append_new(columns, json_string(name));
}

/* Output name's value v into row (and its columns): as one cell, or for
 * -csv (flat) a map's or a list's leaves each in a column of its own,
 * NAME.KEY or NAME.INDEX, so that no cell of a spreadsheet holds JSON. */
static void add_output(json_t *columns, json_t *row, const char *name, const json_t *v,
		       enum func_edition edition, bool flat)
{
	if (flat && json_is_object(v) && json_object_size(v)) {
		const char *k;
		json_t *e;
		json_object_foreach((json_t *)v, k, e) {
			char *sub = xasprintf("%s.%s", name, k);
			add_output(columns, row, sub, e, edition, flat);
			free(sub);
		}
		return;
	}
	if (flat && json_is_array(v) && json_array_size(v)) {
		size_t i;
		json_t *e;
		json_array_foreach(v, i, e) {
			char *sub = xasprintf("%s.%zu", name, i);
			add_output(columns, row, sub, e, edition, flat);
			free(sub);
		}
		return;
	}
	add_column(columns, name);
	char *text = flat && (json_is_object(v) || json_is_array(v)) ? xstrdup("") : cell(v, edition);
	json_object_set_new(row, name, json_string(text));
	free(text);
}

struct secret_reader {
	const struct provider_type *pt;
	const struct resource_type *rt;
	void *client;
};

/* A client to read credentials secrets with (lab_aws_client). */
static int secret_reader_open(struct lab *l, struct secret_reader *sr)
{
	memset(sr, 0, sizeof(*sr));
	sr->rt = resource_type_find("aws.secretsmanager.secret", &sr->pt);
	int rc = lab_aws_client(l, &sr->client);
	if (rc == 1)
		ui_error("lab: credentials_output needs an aws provider to read the secret with");
	return rc ? -1 : 0;
}

/* The secret's value (parsed when it is JSON), or NULL after a warning. */
static json_t *read_secret(struct secret_reader *sr, const char *id, const char *attendee)
{
	json_t *out = NULL;
	struct strbuf err = STRBUF_INIT;
	if (rtype_read(sr->rt, sr->client, id, NULL, &out, &err) || !out) {
		ui_warn("%s: cannot read the credentials secret: %s", attendee,
			err.len ? err.buf : "it does not exist");
		strbuf_release(&err);
		json_decref(out);
		return NULL;
	}
	strbuf_release(&err);
	const char *text = json_string_value(json_object_get(out, "value"));
	json_t *v = text ? json_loads(text, 0, NULL) : NULL;
	if (!v && text)
		v = json_string(text);
	json_decref(out);
	return v;
}

static int write_private(const char *file, const json_t *doc)
{
	char *text = json_dumps(doc, JSON_INDENT(2) | JSON_SORT_KEYS);
	int fd = open(file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	int rc = fd < 0 ? -1 : 0;
	if (fd >= 0) {
		if (fchmod(fd, 0600) < 0 || write(fd, text, strlen(text)) < 0 || write(fd, "\n", 1) < 0)
			rc = -1;
		if (close(fd) < 0)
			rc = -1;
	}
	if (rc)
		ui_error("%s: cannot write: %s", file, strerror(errno));
	free(text);
	return rc;
}

/* Attendee a's output `name` from its state st (new reference): a sensitive
 * one is computed again from the stack with the attendee's variables, as
 * `terrace output NAME` does (the state keeps only its hash). NULL after
 * printing why not. */
static json_t *attendee_output(struct lab *l, const struct attendee *a, const json_t *st,
			       const char *name)
{
	struct cli_setup o = *l->o;
	size_t n = o.vars.n;
	const char **vars = xcalloc(n + 1 + json_object_size(a->vars), sizeof(*vars));
	if (n)
		memcpy(vars, o.vars.items, n * sizeof(*vars));
	vars[n++] = xasprintf("%s=%s", l->attendee_var, a->id);
	const char *k;
	json_t *v;
	json_object_foreach(a->vars, k, v)
		vars[n++] = xasprintf("%s=%s", k, json_string_value(v));
	o.vars.items = vars;
	o.vars.n = n;
	o.stack_path = l->path;
	struct strbuf err = STRBUF_INIT;
	json_t *out = ctx_sensitive_output(&o, a->id, st, name, &err);
	if (!out)
		ui_error("%s: %s", a->id, err.buf);
	strbuf_release(&err);
	for (size_t i = l->o->vars.n; i < n; i++)
		free((char *)vars[i]);
	free(vars);
	return out;
}

/*
 * Each attendee's outputs: out->rows[i] maps the non-sensitive ones' names
 * to their text, out->columns lists the names as first met. With write
 * (after lab up), the sensitive ones and the credentials secret's value go
 * to ID.credentials.json (0600); without (lab output), an earlier up's file
 * is named when it is there. Either way rows[i]'s " credentials" names the
 * file. Only attendees whose outcome is LAB_OK have outputs (after lab up,
 * the interrupted and not started too: their earlier lab's). -1 when a
 * value could not be had (after saying why).
 */
int lab_gather_outputs(struct lab *l, bool write, struct lab_outputs *out)
{
	const char *cred_output = write ? json_string_value(json_object_get(l->stack->lab,
									   "credentials_output"))
					: NULL;
	struct secret_reader sr = { 0 };
	bool reader = cred_output && secret_reader_open(l, &sr) == 0;
	json_t *columns = json_array();
	json_t **rows = xcalloc(l->n + 1, sizeof(*rows));
	int rc = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct attendee *a = &l->a[i];
		rows[i] = json_object();
		/* lab up's interrupted and not started attendees: the lab an
		 * earlier up made, as lab output shows it (no secret read, an
		 * earlier credentials file named), never "-" for a lab that is up. */
		bool earlier = write && (a->outcome == LAB_INTERRUPTED ||
					 a->outcome == LAB_NOT_STARTED);
		bool w = write && !earlier;
		json_t *st = a->outcome == LAB_OK || earlier ? lab_load_state(l, a) : NULL;
		json_t *private = json_object();
		const char *name;
		json_t *o;
		json_object_foreach(json_object_get(st, "outputs"), name, o) {
			json_t *v = json_object_get(o, "value");
			if (json_is_true(json_object_get(o, "sensitive"))) {
				if (!w)
					continue;
				json_t *clear = attendee_output(l, a, st, name);
				if (!clear) {
					rc = -1;
					continue;
				}
				redact_add_value(clear); /* never printed, even by accident */
				json_object_set_new(private, name, clear);
				continue;
			}
			add_output(columns, rows[i], name, v, state_functions(st), l->csv);
		}
		if (reader && w && json_is_string(json_object_get(json_object_get(json_object_get(st,
				"outputs"), cred_output), "value"))) {
			const char *id = json_string_value(json_object_get(json_object_get(
				json_object_get(st, "outputs"), cred_output), "value"));
			json_t *creds = read_secret(&sr, id, a->id);
			if (creds) {
				/* The secret parts (aws.iam.user's keys; others stay readable). */
				static const char *const secret_keys[] = { "password", "secret_access_key" };
				for (size_t k = 0; k < 2; k++)
					if (json_is_string(json_object_get(creds, secret_keys[k])))
						redact_add(json_string_value(json_object_get(creds,
									secret_keys[k])));
				if (json_is_string(creds))
					redact_add(json_string_value(creds));
				json_object_set_new(private, "credentials", creds);
			}
		}
		char *file = xasprintf("%s/%s.credentials.json", l->dir, a->id);
		json_t *merged = !w && st && l->merge_credentials
				 ? json_load_file(file, 0, NULL) : NULL;
		if (json_is_object(merged)) {
			/* lab output -credentials: the file's values in the hand-out,
			 * in its place (asked for; lab output writes no log). */
			json_object_foreach(merged, name, o)
				add_output(columns, rows[i], name, o, state_functions(st), l->csv);
		} else if (w && json_object_size(private)) {
			if (write_private(file, private))
				rc = -1;
			json_object_set_new(rows[i], " credentials", json_string(file));
		} else if (!w && st && access(file, F_OK) == 0) {
			json_object_set_new(rows[i], " credentials", json_string(file));
		}
		free(file);
		json_decref(merged);
		json_decref(private);
		json_decref(st);
	}
	if (reader)
		sr.pt->close(sr.client);
	bool any_private = false;
	for (size_t i = 0; i < l->n; i++)
		any_private = any_private || json_object_get(rows[i], " credentials");
	if (any_private)
		json_array_append_new(columns, json_string(" credentials"));
	out->columns = columns;
	out->rows = rows;
	return rc;
}

void lab_outputs_release(struct lab_outputs *out, size_t n)
{
	for (size_t i = 0; i < n && out->rows; i++)
		json_decref(out->rows[i]);
	free(out->rows);
	json_decref(out->columns);
}

/* The name -columns knows head `head` by: "id" for the attendee's
 * column, "credentials" for the credentials file's, else the head. */
static const char *column_name(const char *head, size_t at)
{
	if (at == 0)
		return "id";
	return !strncmp(head, "credentials", 11) ? "credentials" : head;
}

/* lab output -columns LIST (comma-separated names, in the order wanted):
 * heads and each row cut to those columns. -1, with the columns there are
 * said, when a name is none of them. */
static int choose_columns(const char *list, json_t **heads, json_t *rows)
{
	json_t *picked = json_array(), *chosen = json_array();
	size_t i, k;
	json_t *h, *row;
	for (const char *p = list; *p;) {
		size_t len = strcspn(p, ",");
		size_t found = (size_t)-1;
		json_array_foreach(*heads, k, h) {
			const char *name = column_name(json_string_value(h), k);
			if (strlen(name) == len && !strncmp(name, p, len))
				found = k;
		}
		if (found == (size_t)-1) {
			struct strbuf there = STRBUF_INIT;
			json_array_foreach(*heads, k, h)
				strbuf_addf(&there, "%s%s", k ? ", " : "",
					    column_name(json_string_value(h), k));
			ui_error("lab output: -columns: no column \"%.*s\"; the hand-out's columns: %s",
				 (int)len, p, there.buf);
			strbuf_release(&there);
			json_decref(picked);
			json_decref(chosen);
			return -1;
		}
		json_array_append_new(picked, json_integer((json_int_t)found));
		json_array_append(chosen, json_array_get(*heads, found));
		p += len + (p[len] == ',');
	}
	json_array_foreach(rows, i, row) {
		json_t *cut = json_array();
		json_array_foreach(picked, k, h)
			json_array_append(cut, json_array_get(row, (size_t)json_integer_value(h)));
		json_array_clear(row);
		json_array_extend(row, cut);
		json_decref(cut);
	}
	json_decref(*heads);
	*heads = chosen;
	json_decref(picked);
	return 0;
}

/* lab up's whole table, uncut, in .terrace/lab/up.txt: its path (new), or
 * NULL when it could not be written (said). */
static char *write_whole_table(const struct lab *l, const json_t *heads, const json_t *rows)
{
	char *path = xasprintf("%s/up.txt", l->dir);
	FILE *f = fopen(path, "w");
	if (!f) {
		ui_warn("lab: %s: %s", path, strerror(errno));
		free(path);
		return NULL;
	}
	lab_write_table(f, heads, rows, 0);
	fclose(f);
	return path;
}

/* The outputs as a table (attendee, with_state: its state, each output, the
 * credentials file), or with -csv as CSV; with -columns those columns
 * alone, in its order. -1 when -columns names a column there is not. */
int lab_print_outputs(const struct lab *l, const struct lab_outputs *out, bool with_state,
		      bool csv)
{
	json_t *heads = json_array(), *rows = json_array();
	size_t k;
	json_t *c;
	json_array_append_new(heads, json_string(csv ? "id" : "ATTENDEE"));
	if (with_state)
		json_array_append_new(heads, json_string("STATUS"));
	/* The hand-out carries the list's own columns (email, a full name). */
	const json_t *extra = with_state ? NULL : l->extra_columns;
	json_array_foreach(extra, k, c)
		json_array_append(heads, c);
	json_array_foreach(out->columns, k, c) {
		const char *name = json_string_value(c);
		json_array_append_new(heads, json_string(name[0] != ' ' ? name : csv ? "credentials"
							 : "credentials (0600)"));
	}
	for (size_t i = 0; i < l->n; i++) {
		json_t *row = json_array();
		json_array_append_new(row, json_string(l->a[i].id));
		if (with_state)
			json_array_append_new(row, json_string(lab_state_word(l, &l->a[i])));
		json_array_foreach(extra, k, c) {
			const json_t *v = json_object_get(l->a[i].extra, json_string_value(c));
			json_array_append_new(row, v ? json_incref((json_t *)v)
						    : json_string(csv ? "" : "-"));
		}
		json_array_foreach(out->columns, k, c) {
			const json_t *v = json_object_get(out->rows[i], json_string_value(c));
			json_array_append_new(row, v ? json_incref((json_t *)v)
						    : json_string(csv ? "" : "-"));
		}
		json_array_append_new(rows, row);
	}
	if (!with_state && l->columns && choose_columns(l->columns, &heads, rows)) {
		json_decref(heads);
		json_decref(rows);
		return -1;
	}
	int room = with_state ? lab_term_rows() - 6 : 0;
	if (csv) {
		lab_print_csv(heads, rows);
	} else if (room > 0 && json_array_size(rows) > (size_t)room) {
		/* lab up on a terminal the class is taller than: the attendees
		 * that are not ready, as many as fit, and the whole table, uncut,
		 * in a file (as the board keeps to the terminal). */
		char *path = write_whole_table(l, heads, rows);
		json_t *shown = json_array();
		size_t ready = 0, left = 0;
		for (size_t i = 0; i < l->n; i++) {
			if (l->a[i].outcome == LAB_OK)
				ready++;
			else if (json_array_size(shown) + 1 < (size_t)room)
				json_array_append(shown, json_array_get(rows, i));
			else
				left++;
		}
		ui_printf(stdout, "\n");
		lab_print_table(heads, shown);
		char *more = left ? xasprintf(" and %zu more", left) : xstrdup("");
		ui_printf(stdout, "%zu ready%s not shown; the whole table: %s (and `terrace lab "
			  "output`, `-json`)\n", ready, more, path ? path : "none, as said");
		free(more);
		json_decref(shown);
		free(path);
	} else if (with_state) {
		/* lab up's table fits the terminal, or 80 columns without one
		 * (a CI log): its long cells cut, the whole table in a file. */
		int width = lab_table_width() > 0 ? lab_table_width() : 80;
		char *path = write_whole_table(l, heads, rows);
		ui_printf(stdout, "\n");
		lab_write_table(stdout, heads, rows, width);
		if (path && lab_table_natural_width(heads, rows) > width)
			ui_printf(stdout, "Long cells cut to fit %d columns; the whole table: %s (and "
				  "`terrace lab output`, `-json`)\n", width, path);
		free(path);
	} else {
		ui_printf(stdout, "\n");
		lab_print_table(heads, rows);
	}
	json_decref(heads);
	json_decref(rows);
	return 0;
}

/* Each attendee's outputs into the -json list (lab_json's, in the same
 * order): "outputs" (name -> text) and "credentials_file" when there is one;
 * none for the leavers added after the outputs were gathered (lab up). */
void lab_json_outputs(const struct lab *l, const struct lab_outputs *out, json_t *list)
{
	for (size_t i = 0; i < l->n && !l->a[i].leaver; i++) {
		json_t *o = json_array_get(list, i);
		json_t *values = json_deep_copy(out->rows[i]);
		json_t *file = json_object_get(values, " credentials");
		if (file)
			json_object_set(o, "credentials_file", file);
		json_object_del(values, " credentials");
		json_object_set_new(o, "outputs", values);
		if (json_object_size(l->a[i].extra))
			json_object_set(o, "columns", l->a[i].extra);
	}
}
