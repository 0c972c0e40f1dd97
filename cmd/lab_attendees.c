/*
 * lab_attendees.c: the attendee list of `terrace lab`: a CSV file (an id
 * column, the other columns variables) or a YAML list (ids, or maps with
 * an id), each id checked as a workspace name and each column as a
 * variable of the stack; and -shard K/N, the K-th slice of the list.
 */
#include "cmd/lab.h"
#include "provider/base/input_file.h"
#include "stacks/expr_path.h"
#include "stacks/yaml.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

void lab_attendee_release(struct attendee *a)
{
	free(a->id);
	json_decref(a->vars);
	json_decref(a->extra);
	free(a->log);
	free(a->summary);
	free(a->state_arg);
	json_decref(a->left);
}

void lab_attendees_free(struct lab *l)
{
	for (size_t i = 0; i < l->n; i++)
		lab_attendee_release(&l->a[i]);
	free(l->a);
	json_decref(l->listed);
	json_decref(l->extra_columns);
}

/* Add attendee id (from file:line); -1 after printing why it cannot be one. */
static int add_attendee(struct lab *l, const char *file, int line, const char *id, json_t *vars,
			json_t *extra)
{
	if (!ws_name_valid(id) || !strcmp(id, "default")) {
		json_decref(vars);
		json_decref(extra);
		return ui_error("%s:%d: attendee id \"%s\" cannot name a workspace: use letters, digits, "
				"\"-\" and \"_\"%s", file, line, id,
				strchr(id, '@') ? " (a mail address is refused, not trimmed: write the "
						  "part before the @ as the id)" : "");
	}
	for (size_t i = 0; i < l->n; i++)
		if (!strcmp(l->a[i].id, id)) {
			json_decref(vars);
			json_decref(extra);
			return ui_error("%s:%d: attendee \"%s\" is listed twice", file, line, id);
		}
	if (!l->listed)
		l->listed = json_array();
	json_array_append_new(l->listed, json_string(id));
	l->a = xrealloc(l->a, (l->n + 1) * sizeof(*l->a));
	struct attendee *a = &l->a[l->n++];
	memset(a, 0, sizeof(*a));
	a->id = xstrdup(id);
	a->vars = vars ? vars : json_object();
	a->extra = extra ? extra : json_object();
	a->exit_code = -1;
	return 0;
}

/* The edit distance of a and b (insertions, deletions, substitutions),
 * counted up to 3. */
static size_t distance(const char *a, const char *b)
{
	size_t n = strlen(a), m = strlen(b);
	if (n > 32 || m > 32)
		return 3;
	size_t d[33][33];
	for (size_t i = 0; i <= n; i++)
		d[i][0] = i;
	for (size_t j = 0; j <= m; j++)
		d[0][j] = j;
	for (size_t i = 1; i <= n; i++)
		for (size_t j = 1; j <= m; j++) {
			size_t best = d[i - 1][j - 1] + (tolower((unsigned char)a[i - 1]) !=
							 tolower((unsigned char)b[j - 1]));
			if (d[i - 1][j] + 1 < best)
				best = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < best)
				best = d[i][j - 1] + 1;
			d[i][j] = best;
		}
	return d[n][m];
}

/* Note a hand-out column (one not a variable) once, in the order met. */
static void add_extra_column(struct lab *l, const char *file, const char *name)
{
	if (!l->extra_columns)
		l->extra_columns = json_array();
	size_t k;
	json_t *c;
	json_array_foreach(l->extra_columns, k, c)
		if (!strcmp(json_string_value(c), name))
			return;
	json_array_append_new(l->extra_columns, json_string(name));
	ui_warn("%s: column \"%s\" is no variable of the stack %s: it is carried into the "
		"hand-out (lab output) and sets nothing", file, name, l->path);
}

/* Whether a column (a key) of the attendee file names a variable of the
 * stack (0) or is a column of the hand-out (1: email, a full name); -1
 * after saying which does not, at file:line, with the variables it has,
 * when it looks like a typo of one (two edits or fewer, case aside):
 * checked before any attendee starts, so a typo fails once. */
static int check_column(struct lab *l, const char *file, int line, const char *name)
{
	struct strbuf names = STRBUF_INIT;

	if (!strcmp(name, "id") || stack_find_variable(l->stack, name))
		return 0;
	bool typo = false;
	for (size_t i = 0; i < l->stack->n_vars && !typo; i++)
		typo = distance(name, l->stack->vars[i].name) <= (strlen(name) > 3 ? 2 : 1);
	if (!typo) {
		add_extra_column(l, file, name);
		return 1;
	}
	for (size_t i = 0; i < l->stack->n_vars; i++)
		strbuf_addf(&names, "%s%s", i ? ", " : "", l->stack->vars[i].name);
	ui_error("%s:%d: column \"%s\" is no variable of the stack %s (its variables: %s): "
		 "each column but id sets the variable it names", file, line, name, l->path,
		 names.len ? names.buf : "none");
	strbuf_release(&names);
	return -1;
}

/* One CSV record from *p (quotes, "" inside quotes); fields into a new array. */
static json_t *csv_record(const char **p)
{
	json_t *fields = json_array();
	struct strbuf f = STRBUF_INIT;
	const char *c = *p;
	bool quoted = false;
	for (;; c++) {
		if (quoted) {
			if (*c == '"' && c[1] == '"') {
				strbuf_addch(&f, '"');
				c++;
			} else if (*c == '"') {
				quoted = false;
			} else if (*c) {
				strbuf_addch(&f, *c);
			} else {
				break;
			}
			continue;
		}
		if (*c == '"') {
			quoted = true;
		} else if (*c == ',' || *c == '\n' || *c == '\r' || !*c) {
			json_array_append_new(fields, json_string(f.buf));
			strbuf_reset(&f);
			if (*c != ',') {
				if (*c == '\r' && c[1] == '\n')
					c++;
				if (*c)
					c++;
				break;
			}
		} else {
			strbuf_addch(&f, *c);
		}
	}
	strbuf_release(&f);
	*p = c;
	return fields;
}

static int read_csv(struct lab *l, const char *file, const char *text)
{
	const char *p = text;
	int line = 1;
	json_t *header = csv_record(&p);
	size_t id_col = (size_t)-1, k;
	json_t *h;
	json_array_foreach(header, k, h)
		if (!strcmp(json_string_value(h), "id"))
			id_col = k;
	int rc = 0;
	if (id_col == (size_t)-1) {
		rc = ui_error("%s:1: the header has no \"id\" column (the attendee ids); other columns "
			      "are variables", file);
		goto out;
	}
	int *kind = xcalloc(json_array_size(header) + 1, sizeof(*kind));
	json_array_foreach(header, k, h)
		if ((kind[k] = check_column(l, file, 1, json_string_value(h))) < 0) {
			rc = -1;
			free(kind);
			goto out;
		}
	while (*p && rc == 0) {
		line++;
		json_t *rec = csv_record(&p);
		if (json_array_size(rec) == 1 && !*json_string_value(json_array_get(rec, 0))) {
			json_decref(rec); /* an empty line */
			continue;
		}
		if (json_array_size(rec) != json_array_size(header)) {
			rc = ui_error("%s:%d: %zu fields, but the header has %zu", file, line,
				      json_array_size(rec), json_array_size(header));
			json_decref(rec);
			break;
		}
		json_t *vars = json_object(), *extra = json_object();
		json_array_foreach(header, k, h)
			if (k != id_col && *json_string_value(json_array_get(rec, k)))
				json_object_set(kind[k] ? extra : vars, json_string_value(h),
						json_array_get(rec, k));
		rc = add_attendee(l, file, line, json_string_value(json_array_get(rec, id_col)), vars,
				  extra);
		json_decref(rec);
	}
	free(kind);
out:
	json_decref(header);
	return rc;
}

static int read_yaml(struct lab *l, const char *file)
{
	struct yaml_positions *pos = yaml_positions_new();
	struct diags d = DIAGS_INIT;
	json_t *doc = NULL;
	int rc = 0;
	if (yaml_load_file(file, pos, &doc, &d) < 0) {
		ui_diags(&d);
		rc = -1;
		goto out;
	}
	if (!json_is_array(doc)) {
		rc = ui_error("%s: the attendee list must be a list of ids or of maps with an id", file);
		goto out;
	}
	size_t i;
	json_t *item;
	json_array_foreach(doc, i, item) {
		const struct src_pos *p = yaml_pos_of(pos, item);
		int line = p ? p->line : 0;
		const char *id = json_string_value(json_is_object(item) ? json_object_get(item, "id")
									 : item);
		if (!id) {
			rc = ui_error("%s:%d: an attendee is an id or a map with an \"id\" string", file,
				      line);
			break;
		}
		json_t *vars = json_object(), *extra = json_object();
		const char *k;
		json_t *v;
		json_object_foreach(json_is_object(item) ? item : NULL, k, v) {
			if (!strcmp(k, "id"))
				continue;
			int kind = check_column(l, file, line, k);
			if (kind < 0) {
				rc = -1;
				json_decref(vars);
				json_decref(extra);
				goto out;
			}
			json_t *into = kind ? extra : vars;
			if (json_is_number(v) && !kind) {
				json_object_set(vars, k, v);
				continue;
			}
			struct strbuf s = STRBUF_INIT;
			if (expr_stringify(v, &s) < 0) {
				char *text = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
				strbuf_addstr(&s, text);
				free(text);
			}
			json_object_set_new(into, k, json_string(s.buf));
			strbuf_release(&s);
		}
		if ((rc = add_attendee(l, file, line, id, vars, extra)))
			break;
	}
out:
	json_decref(doc);
	diags_free(&d);
	yaml_positions_free(pos);
	return rc;
}

/*
 * -shard K/N: keep the K-th of N slices of the attendee list, so N runners
 * (a CI job matrix) share a class: attendee i (from 0, in the file's order)
 * belongs to slice i mod N + 1. The slices are disjoint, together the whole
 * list, and differ in size by one at most; the same list and N always give
 * the same slices. -1 after printing why spec is not K/N.
 */
int lab_take_shard(struct lab *l, const char *spec)
{
	char *end = NULL;
	long k = strtol(spec, &end, 10), n = 0;
	if (end && *end == '/' && end > spec)
		n = strtol(end + 1, &end, 10);
	if (!end || *end || n < 1 || n > 10000 || k < 1 || k > n)
		return ui_error("-shard \"%s\": give K/N, the K-th of N slices of the attendee list "
				"(1 <= K <= N, e.g. -shard 2/3)", spec);
	size_t kept = 0, total = l->n;
	for (size_t i = 0; i < l->n; i++) {
		if ((long)(i % (size_t)n) + 1 == k) {
			l->a[kept++] = l->a[i];
			continue;
		}
		lab_attendee_release(&l->a[i]);
	}
	l->n = kept;
	l->first_slice = k == 1;
	free(l->slice);
	l->slice = xasprintf(" (shard %ld/%ld of %zu)", k, n, total);
	return 0;
}

int lab_read_attendees(struct lab *l, const char *file)
{
	size_t n = strlen(file);
	if (n > 4 && !strcmp(file + n - 4, ".csv")) {
		struct strbuf text = STRBUF_INIT;
		const char *why;
		int rc = input_file_read(file, &text, &why);
		if (rc < 0)
			rc = ui_error("%s: cannot read: %s", file, why);
		else
			rc = read_csv(l, file, text.buf);
		strbuf_release(&text);
		return rc;
	}
	return read_yaml(l, file);
}
