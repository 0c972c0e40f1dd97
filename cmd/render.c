/*
 * render.c: plans and attributes as people read them (Terraform's layout:
 * + create, ~ update in place, -/+ replace, - destroy) and as machines read
 * them: state values with sensitive ones redacted (the JSON plan itself is
 * cmd/plan_json.c); a list of blocks changed shows each element's changed
 * fields; and the plan as Markdown for a pull request (show -markdown).
 */
#include "cmd/cli.h"
#include "cmd/plan_json.h"
#include "provider/build/build.h"
#include "stacks/expand.h"
#include "stacks/builtin_lookups.h"
#include "stacks/expr_path.h"
#include "provider/provider.h"

#include <stdlib.h>
#include <string.h>

#define SENSITIVE_TEXT "(sensitive value)"
#define UNKNOWN_TEXT "(known after apply)"

static void indent_to(struct strbuf *sb, int n)
{
	for (int i = 0; i < n; i++)
		strbuf_addch(sb, ' ');
}

void render_value(struct strbuf *sb, const json_t *v, int indent)
{
	if (!v || json_is_null(v)) {
		strbuf_addstr(sb, "null");
	} else if (value_is_unknown(v)) {
		strbuf_addstr(sb, UNKNOWN_TEXT);
	} else if (value_is_hashed(v)) {
		strbuf_addstr(sb, SENSITIVE_TEXT);
	} else if (json_is_real(v)) {
		/* Display only, so Terraform's text whatever the deployment's
		 * edition: 0.3, not the double's 0.29999999999999999, and
		 * 100000000000000000000, 0.000001 without an exponent. */
		expr_number_text(v, sb);
	} else if (json_is_string(v)) { /* controls and bidi shown, not acting (text.h) */
		strbuf_add_safe(sb, json_string_value(v), json_string_length(v), TEXT_VALUE_WHOLE);
	} else if (json_is_number(v) || json_is_boolean(v)) {
		char *t = json_dumps(v, JSON_ENCODE_ANY);
		strbuf_addstr(sb, t);
		free(t);
	} else if (json_is_array(v)) {
		if (!json_array_size(v)) {
			strbuf_addstr(sb, "[]");
			return;
		}
		strbuf_addstr(sb, "[\n");
		size_t i;
		json_t *e;
		json_array_foreach(v, i, e) {
			indent_to(sb, indent + 4);
			render_value(sb, e, indent + 4);
			strbuf_addstr(sb, ",\n");
		}
		indent_to(sb, indent);
		strbuf_addch(sb, ']');
	} else if (json_is_object(v)) {
		if (!json_object_size(v)) {
			strbuf_addstr(sb, "{}");
			return;
		}
		strbuf_addstr(sb, "{\n");
		size_t width = 0;
		const char *k;
		json_t *e;
		json_object_foreach((json_t *)v, k, e)
			if (strlen(k) + 2 > width)
				width = strlen(k) + 2;
		const char **keys = xcalloc(json_object_size(v), sizeof(*keys));
		size_t n = 0;
		json_object_foreach((json_t *)v, k, e)
			keys[n++] = k;
		for (size_t a = 1; a < n; a++)
			for (size_t b = a; b > 0 && strcmp(keys[b - 1], keys[b]) > 0; b--) {
				const char *t = keys[b]; keys[b] = keys[b - 1]; keys[b - 1] = t;
			}
		for (size_t i = 0; i < n; i++) {
			indent_to(sb, indent + 4);
			strbuf_add_safe(sb, keys[i], strlen(keys[i]), TEXT_VALUE_WHOLE);
			indent_to(sb, (int)(width - strlen(keys[i]) - 2));
			strbuf_addstr(sb, " = ");
			render_value(sb, json_object_get(v, keys[i]), indent + 4);
			strbuf_addch(sb, '\n');
		}
		free(keys);
		indent_to(sb, indent);
		strbuf_addch(sb, '}');
	}
}

static void attr_value(struct strbuf *sb, const json_t *sensitive, const char *name,
		       const json_t *v, int indent)
{
	if (v && !json_is_null(v) && value_list_has_string(sensitive, name))
		strbuf_addstr(sb, SENSITIVE_TEXT);
	else
		render_value(sb, v, indent);
}

/* A map that changed: one line per key added (+), removed (-) or changed (~). */
void render_map_diff(struct strbuf *sb, const json_t *before, const json_t *after, int indent)
{
	json_t *keys = json_object();
	const char *k;
	json_t *v;
	json_object_foreach((json_t *)before, k, v)
		json_object_set(keys, k, json_true());
	json_object_foreach((json_t *)after, k, v)
		json_object_set(keys, k, json_true());
	size_t width = 0;
	json_object_foreach(keys, k, v)
		if (strlen(k) + 2 > width)
			width = strlen(k) + 2;
	strbuf_addstr(sb, "{\n");
	size_t n;
	const char **names = value_sorted_keys(keys, &n);
	for (size_t i = 0; i < n; i++) {
		const json_t *b = json_object_get(before, names[i]);
		const json_t *a = json_object_get(after, names[i]);
		if (value_equal(a, b))
			continue;
		char sym = !b || json_is_null(b) ? '+' : !a || json_is_null(a) ? '-' : '~';
		const char *col = sym == '+' ? "\033[32m" : sym == '-' ? "\033[31m" : "\033[33m";
		indent_to(sb, indent + 2);
		strbuf_addf(sb, "%s%c%s ", ui_c(col), sym, ui_c("\033[0m"));
		strbuf_add_safe(sb, names[i], strlen(names[i]), TEXT_VALUE_WHOLE);
		indent_to(sb, (int)(width - strlen(names[i]) - 2));
		strbuf_addstr(sb, " = ");
		if (sym == '~' && json_is_object(a) && json_is_object(b) && !value_is_unknown(a) &&
		    !value_is_hashed(a) && !value_is_hashed(b)) {
			/* Nested maps (JSON documents): only what changed inside. */
			render_map_diff(sb, b, a, indent + 2);
			strbuf_addch(sb, '\n');
			continue;
		}
		if (sym == '~') {
			render_value(sb, b, indent + 4);
			strbuf_addstr(sb, " -> ");
		}
		render_value(sb, sym == '-' ? b : a, indent + 4);
		if (sym == '-')
			strbuf_addstr(sb, " -> null");
		strbuf_addch(sb, '\n');
	}
	free(names);
	json_decref(keys);
	indent_to(sb, indent);
	strbuf_addch(sb, '}');
}

/* Whether v is a non-empty list of objects (a list of blocks), none of
 * them unknown. */
static bool objects_only(const json_t *v)
{
	size_t i;
	json_t *e;
	if (!json_is_array(v) || !json_array_size(v) || value_is_unknown(v))
		return false;
	json_array_foreach(v, i, e)
		if (!json_is_object(e) || value_is_unknown(e))
			return false;
	return true;
}

/* The key the elements of before and after are told apart by: the first
 * of these fields that every element has as a distinct string (a set's
 * elements, as Terraform shows them), else NULL (by index). */
static const char *element_key(const json_t *before, const json_t *after)
{
	static const char *const keys[] = { "key", "name", "id", "arn", "rule_number", NULL };
	for (const char *const *k = keys; *k; k++) {
		bool ok = true;
		const json_t *lists[2] = { before, after };
		for (int l = 0; l < 2 && ok; l++) {
			json_t *seen = json_object();
			size_t i;
			json_t *e;
			json_array_foreach(lists[l], i, e) {
				const char *v = json_string_value(json_object_get(e, *k));
				if (!v || json_object_get(seen, v)) {
					ok = false;
					break;
				}
				json_object_set_new(seen, v, json_true());
			}
			json_decref(seen);
		}
		if (ok)
			return *k;
	}
	return NULL;
}

/* The element of list whose field key is v, or NULL. */
static const json_t *element_by(const json_t *list, const char *key, const char *v)
{
	size_t i;
	json_t *e;
	json_array_foreach(list, i, e)
		if (!strcmp(json_string_value(json_object_get(e, key)), v))
			return e;
	return NULL;
}

/* A list of blocks that changed: one entry per element added (+), removed
 * (-) or changed (~, with only its changed fields), matched by a key
 * field when every element has a distinct one, else by index; unchanged
 * elements are counted, not shown. */
static void render_list_diff(struct strbuf *sb, const json_t *before, const json_t *after,
			     int indent)
{
	const char *key = element_key(before, after);
	size_t same = 0, nb = json_array_size(before), na = json_array_size(after);
	json_t *none = json_object();
	strbuf_addstr(sb, "[\n");
	for (size_t i = 0; i < (nb > na ? nb : na) + (key ? nb : 0); i++) {
		const json_t *b, *a;
		struct strbuf label = STRBUF_INIT;
		if (key && i < na) { /* each of after, then what before had alone */
			a = json_array_get(after, i);
			const char *v = json_string_value(json_object_get(a, key));
			b = element_by(before, key, v);
			strbuf_addf(&label, "%s = ", key);
			render_value(&label, json_object_get(a, key), 0);
		} else if (key) {
			if (i - na >= nb)
				break;
			b = json_array_get(before, i - na);
			if (element_by(after, key, json_string_value(json_object_get(b, key))))
				continue;
			a = NULL;
			strbuf_addf(&label, "%s = ", key);
			render_value(&label, json_object_get(b, key), 0);
		} else {
			b = json_array_get(before, i);
			a = json_array_get(after, i);
			strbuf_addf(&label, "[%zu]", i);
		}
		if (value_equal(a, b)) {
			same++;
			strbuf_release(&label);
			continue;
		}
		char sym = !b ? '+' : !a ? '-' : '~';
		const char *col = sym == '+' ? "\033[32m" : sym == '-' ? "\033[31m" : "\033[33m";
		indent_to(sb, indent + 2);
		strbuf_addf(sb, "%s%c%s %s ", ui_c(col), sym, ui_c("\033[0m"), label.buf);
		render_map_diff(sb, b ? b : none, a ? a : none, indent + 2);
		strbuf_addch(sb, '\n');
		strbuf_release(&label);
	}
	if (same) {
		indent_to(sb, indent + 4);
		strbuf_addf(sb, "# (%zu unchanged element%s hidden)\n", same, same == 1 ? "" : "s");
	}
	json_decref(none);
	indent_to(sb, indent);
	strbuf_addch(sb, ']');
}

struct line {
	const char *name;
	char sym;         /* '+', '-', '~' */
	const json_t *before, *after;
	bool forces;
};

static void render_lines(struct strbuf *sb, struct line *lines, size_t n, const json_t *sensitive,
			 int indent)
{
	size_t width = 0;
	for (size_t i = 0; i < n; i++)
		if (strlen(lines[i].name) > width)
			width = strlen(lines[i].name);
	for (size_t i = 0; i < n; i++) {
		struct line *l = &lines[i];
		const char *col = l->sym == '+' ? "\033[32m" : l->sym == '-' ? "\033[31m" : "\033[33m";
		indent_to(sb, indent);
		strbuf_addf(sb, "%s%c%s %s", ui_c(col), l->sym, ui_c("\033[0m"), l->name);
		indent_to(sb, (int)(width - strlen(l->name)));
		strbuf_addstr(sb, " = ");
		if (l->sym == '~' && json_is_object(l->before) && json_is_object(l->after) &&
		    !value_is_unknown(l->after) && !value_is_hashed(l->before) &&
		    !value_is_hashed(l->after) && !value_list_has_string(sensitive, l->name)) {
			render_map_diff(sb, l->before, l->after, indent + 2);
		} else if (l->sym == '~' && objects_only(l->before) && objects_only(l->after) &&
			   !value_list_has_string(sensitive, l->name)) {
			render_list_diff(sb, l->before, l->after, indent + 2);
		} else if (l->sym == '~') {
			attr_value(sb, sensitive, l->name, l->before, indent + 2);
			strbuf_addstr(sb, " -> ");
			attr_value(sb, sensitive, l->name, l->after, indent + 2);
		} else if (json_is_object(l->sym == '+' ? l->after : l->before) &&
			   !value_is_hashed(l->sym == '+' ? l->after : l->before) &&
			   json_object_size(l->sym == '+' ? l->after : l->before) &&
			   !value_is_unknown(l->after) && !value_list_has_string(sensitive, l->name)) {
			/* A whole map added or removed: every key with its symbol. */
			json_t *none = json_object();
			render_map_diff(sb, l->sym == '+' ? none : l->before,
					l->sym == '+' ? l->after : none, indent + 2);
			json_decref(none);
		} else {
			attr_value(sb, sensitive, l->name, l->sym == '+' ? l->after : l->before, indent + 2);
		}
		if (l->forces)
			strbuf_addf(sb, " %s# forces replacement%s", ui_c("\033[31m"), ui_c("\033[0m"));
		strbuf_addch(sb, '\n');
	}
}

void render_drift_lines(struct strbuf *sb, const struct resource_type *rt, const json_t *was,
			const json_t *now, const json_t *sensitive)
{
	struct line *lines = xcalloc(schema_count(rt->attrs) + 1, sizeof(*lines));
	json_t *secret = json_is_array(sensitive) ? json_copy((json_t *)sensitive) : json_array();
	size_t n = 0;
	for (const struct attr_schema *a = rt->attrs; a->name; a++) {
		const json_t *b = json_object_get(was, a->name), *af = json_object_get(now, a->name);
		if (!af || value_matches_stored(af, b) || (!b && json_is_null(af)))
			continue;
		bool had = b && !json_is_null(b), has = !json_is_null(af);
		lines[n++] = (struct line){ a->name, had && has ? '~' : has ? '+' : '-', b, af, false };
		if (a->flags & ATTR_SENSITIVE)
			json_array_append_new(secret, json_string(a->name));
	}
	render_lines(sb, lines, n, secret, 6);
	json_decref(secret);
	free(lines);
}

/* A resource built from inputs (provider/build/build.h): which of them
 * changed, or that it was not built before. */
static void render_build_line(struct strbuf *sb, const struct planned_change *c)
{
	const json_t *after = c->action == ACTION_DELETE ? NULL : json_object_get(c->after, "build");
	const json_t *before = json_object_get(c->before, "build");
	struct strbuf why = STRBUF_INIT;

	if (!json_is_string(json_object_get(after, "inputs_sha256")))
		return;
	build_describe_changes(json_is_string(json_object_get(before, "inputs_sha256"))
				       ? json_object_get(before, "input_digests") : NULL,
			       json_object_get(after, "input_digests"), &why);
	if (why.len)
		strbuf_addf(sb, "  # build: %s\n", why.buf);
	strbuf_release(&why);
}

static void render_change(struct strbuf *sb, const struct planned_change *c)
{
	const char *what, *sym, *col;
	if (c->action == ACTION_NOOP) {
		if (c->forget)
			strbuf_addf(sb, "  %s# %s%s will no longer be managed by terrace (removed:); "
				    "the object stays\n\n", ui_c("\033[1m"), c->name, ui_c("\033[0m"));
		else if (c->import_id)
			strbuf_addf(sb, "  %s# %s%s will be imported (import:)\n      id = \"%s\"\n\n",
				    ui_c("\033[1m"), c->name, ui_c("\033[0m"), c->import_id);
		else if (c->moved_from)
			strbuf_addf(sb, "  %s# %s%s has moved to %s%s%s (moved:)\n\n", ui_c("\033[1m"),
				    c->moved_from, ui_c("\033[0m"), ui_c("\033[1m"), c->name,
				    ui_c("\033[0m"));
		else if (c->confirmed)
			strbuf_addf(sb, "  %s# %s%s was made by an apply that failed before it was "
				    "confirmed; it reads back as the stack has it and will be "
				    "recorded as confirmed\n      id = \"%s\"\n\n", ui_c("\033[1m"),
				    c->name, ui_c("\033[0m"), c->id ? c->id : "");
		return;
	}
	switch (c->action) {
	case ACTION_CREATE: what = "will be created"; sym = "  +"; col = "\033[32m"; break;
	case ACTION_UPDATE: what = "will be updated in-place"; sym = "  ~"; col = "\033[33m"; break;
	case ACTION_REPLACE: what = "must be replaced"; sym = "-/+"; col = "\033[31m"; break;
	case ACTION_DELETE: what = "will be destroyed"; sym = "  -"; col = "\033[31m"; break;
	default: return;
	}
	if (c->action == ACTION_REPLACE && c->tainted)
		what = "is tainted, so must be replaced";
	const char *why = c->gone ? " (it was deleted outside terrace)"
			  : c->pending ? " (an earlier apply was interrupted while creating it)"
			  : c->tainted ? " (its create failed after making it)"
			  : c->unconfirmed ? " (made by an apply that failed before it was confirmed)"
			  : c->drifted ? " (it changed outside terrace)"
			  : c->replace_requested ? ", as requested (-replace)" : "";
	char *type_changed = c->prior_type && c->action == ACTION_REPLACE
			     ? xasprintf(" (its type changes from %s)", c->prior_type) : NULL;
	if (type_changed)
		why = type_changed;
	strbuf_addf(sb, "  %s# %s%s %s%s\n", ui_c("\033[1m"), c->name, ui_c("\033[0m"), what, why);
	if (c->moved_from)
		strbuf_addf(sb, "  # (moved from %s)\n", c->moved_from);
	if (c->import_id)
		strbuf_addf(sb, "  # (imported from \"%s\")\n", c->import_id);
	render_build_line(sb, c);
	free(type_changed);
	char *short_name = address_name(c->name);
	strbuf_addf(sb, "%s%s%s resource \"%s\" \"%s\" {\n", ui_c(col), sym, ui_c("\033[0m"),
		    c->prior_type && c->action == ACTION_DELETE ? c->prior_type : c->type,
		    short_name);
	free(short_name);

	size_t n_attrs = schema_count(c->rtype->attrs);
	struct line *lines = xcalloc(n_attrs + 1, sizeof(*lines));
	size_t n = 0;
	json_t *after = c->after ? value_redacted(c->after, c->sensitive, c->before, false) : NULL;
	for (const struct attr_schema *a = c->rtype->attrs; a->name; a++) {
		const json_t *b = c->before ? json_object_get(c->before, a->name) : NULL;
		const json_t *af = after ? json_object_get(after, a->name) : NULL;
		struct line l = { a->name, 0, b, af, false };
		if (c->action == ACTION_CREATE) {
			if (!af || json_is_null(af))
				continue;
			l.sym = '+';
		} else if (c->action == ACTION_DELETE) {
			if (!b || json_is_null(b))
				continue;
			l.sym = '-';
		} else {
			bool changed = false;
			size_t i;
			json_t *v;
			json_array_foreach(c->changed, i, v)
				if (!strcmp(json_string_value(v), a->name))
					changed = true;
			json_array_foreach(c->forces_new, i, v)
				if (!strcmp(json_string_value(v), a->name))
					l.forces = true;
			if (changed) {
				l.sym = '~';
			} else if (c->action == ACTION_REPLACE && value_is_unknown(af)) {
				l.sym = '~';
			} else {
				continue;
			}
		}
		lines[n++] = l;
	}
	render_lines(sb, lines, n, c->sensitive, 6);
	json_decref(after);
	free(lines);
	strbuf_addstr(sb, "    }\n\n");
}

/* The lookups, one line each: read now, or at apply. */
static void render_reads(struct strbuf *sb, const struct plan *p)
{
	if (!p->n_reads)
		return;
	strbuf_addch(sb, '\n');
	for (size_t i = 0; i < p->n_reads; i++) {
		bool other_first = p->reads[i].deferred &&
				   p->reads[i].ltype == &terrace_stack_lookup &&
				   getenv("TERRACE_STACKS_PLANNED");
		const json_t *changing =
			json_object_get(p->reads[i].after, "outputs_changing");
		if (other_first && changing) {
			/* Its plan said which outputs change (plan/stack_read.c). */
			strbuf_addf(sb, "%s: read at apply (plan -all applies the stack it reads "
				    "first; of the outputs used here, ", p->reads[i].name);
			size_t k;
			json_t *name;
			json_array_foreach(changing, k, name)
				strbuf_addf(sb, "%s%s", k ? ", " : "", json_string_value(name));
			strbuf_addstr(sb, json_array_size(changing) == 0 ? "none changes there)"
				      : json_array_size(changing) == 1 ? " changes there)"
				      : " change there)");
		} else {
			strbuf_addf(sb, "%s: %s", p->reads[i].name, other_first
				    ? "read at apply (plan -all applies the stack it reads first: its "
				      "outputs are known after apply)"
				    : p->reads[i].deferred
				    ? "read at apply (its arguments use what the apply makes)" : "read");
		}
		/* Another stack's outputs (terrace.stack): which state, how new. */
		const json_t *a = p->reads[i].after;
		const char *other = json_string_value(json_object_get(a, "name"));
		const char *changed = json_string_value(json_object_get(a, "outputs_changed_at"));
		if (other && p->reads[i].ltype == &terrace_stack_lookup)
			strbuf_addf(sb, " stack \"%s\" (workspace %s, serial %lld, outputs last "
				    "changed %s)", other,
				    json_string_value(json_object_get(a, "read_workspace")),
				    (long long)json_integer_value(json_object_get(a, "serial")),
				    changed && *changed ? changed : "before terrace recorded it");
		strbuf_addch(sb, '\n');
	}
}

void render_environment(struct strbuf *sb, const json_t *env)
{
	const char *name = json_string_value(json_object_get(env, "name"));
	if (!name)
		return;
	const char *user = json_string_value(json_object_get(env, "user"));
	strbuf_addf(sb, "Environment: %s (%s)", name,
		    json_string_value(json_object_get(env, "mode")));
	const char *mode = json_string_value(json_object_get(env, "mode"));
	if (user && mode && !strcmp(mode, "development"))
		strbuf_addf(sb, ", user %s: names start with dev-%s-", user, user);
	else if (user)
		strbuf_addf(sb, ", run by %s", user);
	strbuf_addch(sb, '\n');
}

/* The plan's output changes (plan_json_output_changes, as the JSON plan
 * has them) as Terraform lists them under "Changes to Outputs:": + a new
 * output, ~ a changed one, - one the stack no longer declares (or that a
 * destroy removes), by name, names aligned over all outputs; a sensitive
 * value as (sensitive value), an unknown one as (known after apply). The
 * number of lines. */
static size_t render_output_changes(struct strbuf *sb, const json_t *changes)
{
	size_t n, width = 0, lines = 0;
	const char **names = value_sorted_keys(changes, &n);
	json_t *oc;
	for (size_t i = 0; i < n; i++)
		if (strlen(names[i]) > width)
			width = strlen(names[i]);
	for (size_t i = 0; i < n; i++) {
		oc = json_object_get(changes, names[i]);
		const char *action = json_string_value(json_array_get(json_object_get(oc, "actions"), 0));
		char sym = !action ? 0 : !strcmp(action, "create") ? '+'
			 : !strcmp(action, "delete") ? '-' : !strcmp(action, "update") ? '~' : 0;
		if (!sym)
			continue;
		const json_t *before = json_object_get(oc, "before");
		const json_t *after = json_object_get(oc, "after");
		bool unknown = json_is_true(json_object_get(oc, "after_unknown"));
		bool secret = json_is_true(json_object_get(oc, "before_sensitive")) ||
			      json_is_true(json_object_get(oc, "after_sensitive"));
		const char *col = sym == '+' ? "\033[32m" : sym == '-' ? "\033[31m" : "\033[33m";
		strbuf_addf(sb, "  %s%c%s %s", ui_c(col), sym, ui_c("\033[0m"), names[i]);
		indent_to(sb, (int)(width - strlen(names[i])));
		strbuf_addstr(sb, " = ");
		if (secret) {
			strbuf_addstr(sb, SENSITIVE_TEXT);
		} else if (sym == '+') {
			if (unknown)
				strbuf_addstr(sb, UNKNOWN_TEXT);
			else
				render_value(sb, after, 4);
		} else if (sym == '-') {
			render_value(sb, before, 4);
		} else if (json_is_object(before) && json_is_object(after) && !unknown) {
			render_map_diff(sb, before, after, 4);
		} else {
			render_value(sb, before, 4);
			strbuf_addstr(sb, " -> ");
			if (unknown)
				strbuf_addstr(sb, UNKNOWN_TEXT);
			else
				render_value(sb, after, 4);
		}
		if (sym == '-')
			strbuf_addstr(sb, " -> null");
		strbuf_addch(sb, '\n');
		lines++;
	}
	free(names);
	return lines;
}

/* The plan text goes out in pieces of about this size, each change whole
 * (so the redaction filter sees every value whole): a 10,000-resource plan
 * no longer holds its 8 MB of text at once. */
#define RENDER_CHUNK (64 * 1024)

void render_plan(const struct plan *p, const json_t *prior_state, FILE *out)
{
	struct strbuf sb = STRBUF_INIT, outputs = STRBUF_INIT;
	json_t *out_changes = plan_json_output_changes(p, prior_state);
	size_t n_outputs = render_output_changes(&outputs, out_changes);
	json_decref(out_changes);
	render_environment(&sb, json_object_get(p->snapshot, "environment"));
	render_reads(&sb, p);
	if (!plan_has_changes(p)) {
		/* Only outputs change: Terraform's words, the state for its. */
		if (n_outputs)
			strbuf_addf(&sb, "\nChanges to Outputs:\n%s\nYou can apply this plan to save "
				    "these new output values to the terrace state, without changing "
				    "any real infrastructure.\n", outputs.buf);
		else
			strbuf_addf(&sb, "\n%sNo changes.%s Your infrastructure matches the "
				    "configuration.\n", ui_c("\033[1;32m"), ui_c("\033[0m"));
		ui_write(out, sb.buf);
		strbuf_release(&sb);
		strbuf_release(&outputs);
		return;
	}
	strbuf_addstr(&sb, "\nterrace will perform the following actions:\n\n");
	for (size_t i = 0; i < p->n_changes; i++) {
		render_change(&sb, &p->changes[i]);
		if (sb.len >= RENDER_CHUNK) { /* written as it is rendered, not whole */
			ui_write(out, sb.buf);
			strbuf_reset(&sb);
		}
	}
	int add, change, destroy;
	plan_counts(p, &add, &change, &destroy);
	int forget = plan_count_forgotten(p), import = plan_count_imported(p);
	strbuf_addf(&sb, "%sPlan:%s ", ui_c("\033[1m"), ui_c("\033[0m"));
	if (import)
		strbuf_addf(&sb, "%d to import, ", import);
	strbuf_addf(&sb, "%d to add, %d to change, %d to destroy", add, change, destroy);
	if (forget)
		strbuf_addf(&sb, ", %d to forget", forget);
	strbuf_addstr(&sb, ".\n");
	if (n_outputs)
		strbuf_addf(&sb, "\nChanges to Outputs:\n%s", outputs.buf);
	ui_write(out, sb.buf);
	strbuf_release(&sb);
	strbuf_release(&outputs);
}

/* ---- Markdown (show -markdown) ------------------------------------------- */

/* text as one line of a Markdown table cell: | escaped, newlines as
 * spaces. */
static void md_cell_text(struct strbuf *sb, const char *text)
{
	for (; *text; text++) {
		if (*text == '|')
			strbuf_addstr(sb, "\\|");
		else if (*text == '\n')
			strbuf_addch(sb, ' ');
		else
			strbuf_addch(sb, *text);
	}
}

/* text as inline code in a table cell (a backtick inside: two around). */
static void md_code(struct strbuf *sb, const char *text)
{
	const char *fence = strchr(text, '`') ? "`` " : "`";
	strbuf_addstr(sb, fence);
	md_cell_text(sb, text);
	strbuf_addstr(sb, strchr(text, '`') ? " ``" : "`");
}

#define MD_MAX_FIELDS 8
#define MD_INLINE_MAX 160

/* Whether v is a SHA-256 in hex (a file's or a build's content digest). */
static bool md_is_digest(const json_t *v)
{
	const char *t = json_string_value(v);
	if (!t || strlen(t) != 64)
		return false;
	return strspn(t, "0123456789abcdef") == 64;
}

/* v on one line, as a cell shows a list element or a setting: a block as
 * { key = value, ... } (keys sorted, null and empty values left out), a
 * list as [a, b]; a secret or unknown as its words. */
static void md_inline(struct strbuf *sb, const json_t *v)
{
	if (value_is_hashed(v)) {
		strbuf_addstr(sb, SENSITIVE_TEXT);
	} else if (value_is_unknown(v)) {
		strbuf_addstr(sb, UNKNOWN_TEXT);
	} else if (json_is_array(v)) {
		strbuf_addch(sb, '[');
		size_t i;
		json_t *e;
		json_array_foreach(v, i, e) {
			strbuf_addstr(sb, i ? ", " : "");
			md_inline(sb, e);
		}
		strbuf_addch(sb, ']');
	} else if (json_is_object(v)) {
		size_t n, shown = 0;
		const char **keys = value_sorted_keys(v, &n);
		strbuf_addch(sb, '{');
		for (size_t i = 0; i < n; i++) {
			const json_t *e = json_object_get(v, keys[i]);
			if (json_is_null(e) || (json_is_array(e) && !json_array_size(e)) ||
			    (json_is_object(e) && !json_object_size(e)))
				continue;
			strbuf_addf(sb, "%s %s = ", shown++ ? "," : "", keys[i]);
			md_inline(sb, e);
		}
		free(keys);
		strbuf_addstr(sb, shown ? " }" : "}");
	} else {
		render_value(sb, v, 0);
	}
}

/* v as inline code on one line, cut at MD_INLINE_MAX characters. */
static void md_inline_code(struct strbuf *sb, const json_t *v)
{
	struct strbuf t = STRBUF_INIT;
	md_inline(&t, v);
	if (t.len > MD_INLINE_MAX) {
		size_t cut = MD_INLINE_MAX;
		while (cut && ((unsigned char)t.buf[cut] & 0xC0) == 0x80)
			cut--; /* not inside a UTF-8 character */
		strbuf_setlen(&t, cut);
		strbuf_addstr(&t, "…");
	}
	md_code(sb, t.buf);
	strbuf_release(&t);
}

/* A value in a cell: a scalar as its text, a list or map on one line, by
 * its size when that line would be longer than MD_INLINE_MAX. */
static void md_value(struct strbuf *sb, const json_t *v, bool secret)
{
	if (v && !json_is_null(v) && (secret || value_is_hashed(v))) {
		strbuf_addstr(sb, SENSITIVE_TEXT);
	} else if (value_is_unknown(v)) {
		strbuf_addstr(sb, UNKNOWN_TEXT);
	} else if (json_is_array(v) || json_is_object(v)) {
		struct strbuf t = STRBUF_INIT;
		md_inline(&t, v);
		if (t.len <= MD_INLINE_MAX && !value_contains_unknown(v))
			md_code(sb, t.buf);
		else if (json_is_array(v))
			strbuf_addf(sb, "%zu element%s", json_array_size(v),
				    json_array_size(v) == 1 ? "" : "s");
		else
			strbuf_addf(sb, "%zu key%s", json_object_size(v),
				    json_object_size(v) == 1 ? "" : "s");
		strbuf_release(&t);
	} else {
		struct strbuf t = STRBUF_INIT;
		render_value(&t, v, 0);
		md_code(sb, t.buf);
		strbuf_release(&t);
	}
}

static void md_fields(struct strbuf *sb, const char *path, const json_t *b, const json_t *a,
		      bool secret, size_t *n);

/* One element of a list added (+) or removed (-), as path[index]. */
static void md_element(struct strbuf *sb, const char *path, size_t index, char sym,
		       const json_t *v, size_t *n)
{
	if ((*n)++ >= MD_MAX_FIELDS)
		return;
	char *at = xasprintf("%s[%zu]", path, index);
	strbuf_addstr(sb, *n > 1 ? "<br>" : "");
	md_code(sb, at);
	strbuf_addf(sb, ": %c ", sym);
	md_inline_code(sb, v);
	free(at);
}

/* A list that changed, element by element (as the plan's text shows it):
 * blocks matched by their key field when each has a distinct one (their
 * changed fields), else each element after that before lacks (+) and
 * each before had that after lacks (-), by its index on its side. */
static void md_list_fields(struct strbuf *sb, const char *path, const json_t *b, const json_t *a,
			   size_t *n)
{
	bool blocks = (objects_only(a) || !json_array_size(a)) &&
		      (objects_only(b) || !json_array_size(b));
	const char *key = blocks ? element_key(b, a) : NULL;
	size_t i;
	json_t *e;
	json_array_foreach(a, i, e) {
		const json_t *was = NULL;
		if (key) {
			was = element_by(b, key, json_string_value(json_object_get(e, key)));
		} else {
			size_t j;
			json_t *o;
			json_array_foreach(b, j, o)
				if (value_equal(o, e)) {
					was = o;
					break;
				}
		}
		if (!was) {
			md_element(sb, path, i, '+', e, n);
		} else if (!value_equal(was, e)) {
			char *at = xasprintf("%s[%zu]", path, i);
			md_fields(sb, at, was, e, false, n);
			free(at);
		}
	}
	json_array_foreach(b, i, e) {
		bool kept = false;
		size_t j;
		json_t *o;
		json_array_foreach(a, j, o)
			if (key ? !strcmp(json_string_value(json_object_get(o, key)),
					  json_string_value(json_object_get(e, key)))
				: value_equal(o, e)) {
				kept = true;
				break;
			}
		if (!kept)
			md_element(sb, path, i, '-', e, n);
	}
}

/* The changed leaves between before and after under `path`, each as
 * "`path`: before → after", at most MD_MAX_FIELDS (*n counts them all):
 * into maps and into lists of blocks (by index), a list of another
 * length or of scalars whole. */
static void md_fields(struct strbuf *sb, const char *path, const json_t *b, const json_t *a,
		      bool secret, size_t *n)
{
	if (value_equal(a, b))
		return;
	if (!secret && json_is_object(a) && json_is_object(b) && !value_is_unknown(a) &&
	    !value_is_hashed(b)) {
		json_t *keys = json_object();
		const char *k;
		json_t *v;
		json_object_foreach((json_t *)b, k, v)
			json_object_set(keys, k, json_true());
		json_object_foreach((json_t *)a, k, v)
			json_object_set(keys, k, json_true());
		size_t m;
		const char **names = value_sorted_keys(keys, &m);
		for (size_t i = 0; i < m; i++) {
			char *sub = xasprintf("%s.%s", path, names[i]);
			md_fields(sb, sub, json_object_get(b, names[i]), json_object_get(a, names[i]),
				  false, n);
			free(sub);
		}
		free(names);
		json_decref(keys);
		return;
	}
	if (!secret && objects_only(a) && objects_only(b) &&
	    json_array_size(a) == json_array_size(b)) {
		for (size_t i = 0; i < json_array_size(a); i++) {
			char *sub = xasprintf("%s[%zu]", path, i);
			md_fields(sb, sub, json_array_get(b, i), json_array_get(a, i), false, n);
			free(sub);
		}
		return;
	}
	if (!secret && json_is_array(a) && json_is_array(b) && !value_is_unknown(a)) {
		md_list_fields(sb, path, b, a, n);
		return;
	}
	if ((*n)++ >= MD_MAX_FIELDS)
		return;
	strbuf_addstr(sb, *n > 1 ? "<br>" : "");
	md_code(sb, path);
	strbuf_addstr(sb, ": ");
	if (!secret && md_is_digest(a) && md_is_digest(b)) {
		strbuf_addf(sb, "content changed (sha256 `%.12s…` → `%.12s…`)", json_string_value(b),
			    json_string_value(a));
	} else if (!b || json_is_null(b)) {
		strbuf_addstr(sb, "+ ");
		md_value(sb, a, secret);
	} else if (!a || json_is_null(a)) {
		md_value(sb, b, secret);
		strbuf_addstr(sb, " → null");
	} else {
		md_value(sb, b, secret);
		strbuf_addstr(sb, " → ");
		md_value(sb, a, secret);
	}
}

/* The file a resource uploads or runs (its source setting), when a digest
 * of its content is what changed: a reviewer reads the path, not two
 * SHA-256s. */
static const char *md_changed_file(const struct planned_change *c, const char *attr)
{
	const json_t *after = json_object_get(c->after, attr);
	const char *source = json_string_value(json_object_get(c->after, "source"));
	if (!source || !md_is_digest(after) || !md_is_digest(json_object_get(c->before, attr)))
		return NULL;
	return source;
}

#define MD_CREATE_FIELDS 4

/* What a create's row shows: its name first (the attribute a development
 * environment prefixes), then the other settings the stack gives it in
 * the type's order (not its tags), at most MD_CREATE_FIELDS. */
static void md_create_fields(struct strbuf *sb, const struct plan *p,
			     const struct planned_change *c, size_t *n)
{
	const json_t *config = json_object_get(json_object_get(json_object_get(p->snapshot,
		"resources"), c->name), "config");
	json_t *after = value_redacted(c->after, c->sensitive, NULL, false);
	const char *name_attr = plan_name_attr(c->type);
	size_t more = 0;
	for (int pass = 0; pass < 2; pass++)
		for (const struct attr_schema *a = c->rtype->attrs; a && a->name; a++) {
			bool is_name = name_attr && !strcmp(a->name, name_attr);
			const json_t *v = json_object_get(after, a->name);
			/* The settings the stack gives it; without its
			 * configuration, those a stack can set. */
			bool settable = config ? json_object_get(config, a->name) != NULL
					       : !(a->flags & ATTR_COMPUTED) || (a->flags & ATTR_OPTIONAL);
			if ((pass == 0) != is_name || !v || json_is_null(v) ||
			    !strcmp(a->name, "tags") || !settable)
				continue;
			if (*n >= MD_CREATE_FIELDS) {
				more++;
				continue;
			}
			strbuf_addstr(sb, (*n)++ ? "<br>" : "");
			md_code(sb, a->name);
			strbuf_addstr(sb, ": ");
			md_value(sb, v, value_list_has_string(c->sensitive, a->name));
		}
	if (more)
		strbuf_addf(sb, "<br>and %zu more setting%s", more, more == 1 ? "" : "s");
	json_decref(after);
}

/* The changed fields of an update or replacement, the file named for a
 * changed digest of its content. */
static void md_update_fields(struct strbuf *sb, const struct planned_change *c, size_t *n)
{
	json_t *after = value_redacted(c->after, c->sensitive, c->before, false);
	bool file_shown = false;
	for (const struct attr_schema *a = c->rtype->attrs; a && a->name; a++) {
		if (!value_list_has_string(c->changed, a->name))
			continue;
		size_t before = *n;
		const char *file = md_changed_file(c, a->name);
		if (file && !file_shown && (*n)++ < MD_MAX_FIELDS) {
			strbuf_addstr(sb, *n > 1 ? "<br>file " : "file ");
			md_code(sb, file);
			strbuf_addstr(sb, " changed");
			file_shown = true;
		} else if (!file) {
			md_fields(sb, a->name, json_object_get(c->before, a->name),
				  json_object_get(after, a->name), value_list_has_string(c->sensitive, a->name), n);
		}
		if (value_list_has_string(c->forces_new, a->name) && *n > before && before < MD_MAX_FIELDS)
			strbuf_addstr(sb, " (forces replacement)");
	}
	json_decref(after);
	if (*n > MD_MAX_FIELDS)
		strbuf_addf(sb, "<br>and %zu more", *n - MD_MAX_FIELDS);
	if (!*n && c->replace_requested)
		strbuf_addstr(sb, "replaced as requested (-replace)");
}

/* One table row of change c. */
static void md_change_row(struct strbuf *sb, const struct plan *p, const struct planned_change *c)
{
	const char *what = c->action == ACTION_REPLACE ? "-/+ replace"
			   : c->action == ACTION_DELETE ? "- destroy"
			   : c->action == ACTION_UPDATE ? "~ update" : "+ create";
	strbuf_addf(sb, "| %s | ", what);
	md_code(sb, c->name);
	strbuf_addstr(sb, " | ");
	md_cell_text(sb, c->prior_type && c->action == ACTION_DELETE ? c->prior_type : c->type);
	strbuf_addstr(sb, " | ");
	size_t n = 0;
	if (c->action == ACTION_UPDATE || c->action == ACTION_REPLACE)
		md_update_fields(sb, c, &n);
	else if (c->action == ACTION_CREATE && c->rtype)
		md_create_fields(sb, p, c, &n);
	const char *why = c->gone ? "deleted outside terrace"
			  : c->drifted && c->action != ACTION_CREATE ? "changed outside terrace" : NULL;
	if (why)
		strbuf_addf(sb, "%s%s", n ? "<br>" : "", why);
	strbuf_addstr(sb, " |\n");
}

/* One row of a refresh-only plan: what changed outside terrace, from the
 * stored entry (the plan's prior state) to what refresh read. */
static void md_drift_row(struct strbuf *sb, const struct planned_change *c, const json_t *entry)
{
	strbuf_addstr(sb, c->gone ? "| - deleted | " : "| ~ changed | ");
	md_code(sb, c->name);
	strbuf_addstr(sb, " | ");
	md_cell_text(sb, c->type);
	strbuf_addstr(sb, " | ");
	size_t n = 0;
	const json_t *stored = json_object_get(entry, "attributes");
	const json_t *secret = json_object_get(entry, "sensitive_attributes");
	for (const struct attr_schema *a = c->gone ? NULL : c->rtype->attrs; a && a->name; a++) {
		const json_t *was = json_object_get(stored, a->name);
		const json_t *now = json_object_get(c->before, a->name);
		if (!now || value_matches_stored(now, was) || (!was && json_is_null(now)))
			continue;
		md_fields(sb, a->name, was, now, value_list_has_string(secret, a->name) ||
			  (a->flags & ATTR_SENSITIVE), &n);
	}
	if (n > MD_MAX_FIELDS)
		strbuf_addf(sb, "<br>and %zu more", n - MD_MAX_FIELDS);
	strbuf_addstr(sb, c->gone ? "deleted outside terrace |\n"
				  : n ? " |\n" : "changed outside terrace |\n");
}

/* The heading: which plan of which stack, workspace and environment, so
 * that a dev and a prod plan of one stack never read alike. */
static void md_heading(struct strbuf *sb, const struct plan *p)
{
	const json_t *env = json_object_get(p->snapshot, "environment");
	const char *stack = json_string_value(json_object_get(p->snapshot, "stack"));
	const char *workspace = json_string_value(json_object_get(p->snapshot, "workspace"));
	strbuf_addf(sb, "### terrace plan%s: stack ", p->destroy ? " -destroy"
				: p->refresh_only ? " -refresh-only" : "");
	md_code(sb, stack && *stack ? stack : "(unnamed)");
	strbuf_addstr(sb, ", workspace ");
	md_code(sb, workspace ? workspace : "default");
	const char *env_name = json_string_value(json_object_get(env, "name"));
	if (env_name) {
		const char *mode = json_string_value(json_object_get(env, "mode"));
		const char *user = json_string_value(json_object_get(env, "user"));
		strbuf_addstr(sb, ", environment ");
		md_code(sb, env_name);
		strbuf_addf(sb, " (%s", mode ? mode : "?");
		if (user && mode && !strcmp(mode, "development"))
			strbuf_addf(sb, ", user %s: names start with `dev-%s-`", user, user);
		else if (user)
			strbuf_addf(sb, ", run by %s", user);
		strbuf_addch(sb, ')');
	}
	strbuf_addstr(sb, "\n\n");
}

void render_plan_markdown(const struct plan *p, const json_t *prior_state, FILE *out)
{
	struct strbuf sb = STRBUF_INIT;
	json_t *out_changes = plan_json_output_changes(p, prior_state);
	int add, change, destroy;

	md_heading(&sb, p);
	plan_counts(p, &add, &change, &destroy);
	if (p->refresh_only) {
		int changed = 0, gone = 0;
		const json_t *stored = json_object_get(prior_state ? prior_state : p->prior,
						       "resources");
		for (size_t i = 0; i < p->n_changes; i++) {
			changed += p->changes[i].drifted && !p->changes[i].gone;
			gone += p->changes[i].gone;
		}
		if (!changed && !gone) {
			strbuf_addstr(&sb, "No changes. Your infrastructure still matches the "
				      "configuration.\n");
		} else {
			strbuf_addf(&sb, "**Drift:** %d changed, %d deleted outside terrace. Applying "
				    "this plan records them in the state; it changes no remote "
				    "object.\n\n| Drift | Resource | Type | Changes |\n|---|---|---|---|\n",
				    changed, gone);
			for (size_t i = 0; i < p->n_changes; i++)
				if ((p->changes[i].drifted || p->changes[i].gone) && p->changes[i].rtype)
					md_drift_row(&sb, &p->changes[i],
						     json_object_get(stored, p->changes[i].name));
		}
	} else if (!plan_has_changes(p)) {
		strbuf_addstr(&sb, plan_json_outputs_changed(out_changes)
			      ? "**Plan:** only outputs change: applying saves their new values to "
				"the state, without changing any real infrastructure.\n"
			      : "No changes. Your infrastructure matches the configuration.\n");
	} else {
		strbuf_addf(&sb, "**Plan:** %d to add, %d to change, %d to destroy.\n\n", add, change,
			    destroy);
		strbuf_addstr(&sb, "| Action | Resource | Type | Changes |\n|---|---|---|---|\n");
		/* replacements, deletions, updates, creations: what a reviewer
		 * must not miss first */
		static const enum plan_action order[] = { ACTION_REPLACE, ACTION_DELETE, ACTION_UPDATE,
							  ACTION_CREATE };
		for (size_t o = 0; o < sizeof(order) / sizeof(*order); o++)
			for (size_t i = 0; i < p->n_changes; i++)
				if (p->changes[i].action == order[o])
					md_change_row(&sb, p, &p->changes[i]);
	}
	size_t n, shown = 0;
	const char **names = value_sorted_keys(out_changes, &n);
	json_t *oc;
	for (size_t i = 0; i < n; i++) {
		oc = json_object_get(out_changes, names[i]);
		const char *action = json_string_value(json_array_get(json_object_get(oc, "actions"), 0));
		const char *sym = !action ? NULL : !strcmp(action, "create") ? "+"
				  : !strcmp(action, "delete") ? "-" : !strcmp(action, "update") ? "~" : NULL;
		if (!sym)
			continue;
		if (!shown++)
			strbuf_addstr(&sb, "\n**Outputs:**\n\n| | Output | Value |\n|---|---|---|\n");
		bool secret = json_is_true(json_object_get(oc, "before_sensitive")) ||
			      json_is_true(json_object_get(oc, "after_sensitive"));
		json_t *unknown = json_is_true(json_object_get(oc, "after_unknown"))
				  ? json_string(UNKNOWN_TEXT) : NULL;
		strbuf_addf(&sb, "| %s | ", sym);
		md_code(&sb, names[i]);
		strbuf_addstr(&sb, " | ");
		if (secret)
			strbuf_addstr(&sb, SENSITIVE_TEXT);
		else if (unknown)
			strbuf_addstr(&sb, UNKNOWN_TEXT);
		else if (*sym == '-')
			md_value(&sb, json_object_get(oc, "before"), false);
		else if (*sym == '+')
			md_value(&sb, json_object_get(oc, "after"), false);
		else {
			md_value(&sb, json_object_get(oc, "before"), false);
			strbuf_addstr(&sb, " → ");
			md_value(&sb, json_object_get(oc, "after"), false);
		}
		strbuf_addstr(&sb, " |\n");
		json_decref(unknown);
	}
	free(names);
	json_decref(out_changes);
	ui_write(out, sb.buf);
	strbuf_release(&sb);
}

void render_attributes(const struct resource_type *rt, const json_t *attrs,
		       const json_t *sensitive, FILE *out, int indent)
{
	struct strbuf sb = STRBUF_INIT;
	size_t width = 0;
	for (const struct attr_schema *a = rt->attrs; a->name; a++)
		if (json_object_get(attrs, a->name) && strlen(a->name) > width)
			width = strlen(a->name);
	for (const struct attr_schema *a = rt->attrs; a->name; a++) {
		const json_t *v = json_object_get(attrs, a->name);
		if (!v)
			continue;
		indent_to(&sb, indent);
		strbuf_addstr(&sb, a->name);
		indent_to(&sb, (int)(width - strlen(a->name)));
		strbuf_addstr(&sb, " = ");
		attr_value(&sb, sensitive, a->name, v, indent);
		strbuf_addch(&sb, '\n');
	}
	ui_write(out, sb.buf);
	strbuf_release(&sb);
}

/* ---- state values (the JSON plan is in cmd/plan_json.c) ---- */

json_t *render_value_type(const json_t *v)
{
	if (json_is_string(v))
		return json_string("string");
	if (json_is_number(v))
		return json_string("number");
	if (json_is_boolean(v))
		return json_string("bool");
	if (json_is_array(v)) {
		json_t *elems = json_array();
		size_t i;
		json_t *e;
		json_array_foreach(v, i, e)
			json_array_append_new(elems, render_value_type(e));
		return json_pack("[s, o]", "tuple", elems);
	}
	if (json_is_object(v)) {
		json_t *attrs = json_object();
		const char *k;
		json_t *e;
		json_object_foreach((json_t *)v, k, e)
			json_object_set_new(attrs, k, render_value_type(e));
		return json_pack("[s, o]", "object", attrs);
	}
	return json_string("dynamic");
}

json_t *render_state_values(const json_t *entry)
{
	json_t *stored = json_object_get(entry, "attributes");
	const json_t *secrets = json_object_get(entry, "sensitive_attributes");
	/* Shared when nothing is redacted; else a copy with each hash in it
	 * masked (a map's key, a block's leaf: plan_json_masked) and each
	 * attribute secret whole masked too (one null or unknown there). */
	if (!json_array_size(secrets))
		return json_incref(stored);
	json_t *attrs = plan_json_masked(stored);
	size_t i;
	json_t *s;
	json_array_foreach(json_object_get(entry, "sensitive_attributes"), i, s)
		if (json_object_get(attrs, json_string_value(s)))
			json_object_set_new(attrs, json_string_value(s), json_string(SENSITIVE_TEXT));
	return attrs;
}

void render_state_resource(const char *name, const json_t *entry, FILE *out)
{
	const char *type = json_string_value(json_object_get(entry, "type"));
	const struct resource_type *rt = resource_type_find(type ? type : "", NULL);
	char *short_name = address_name(name);
	ui_printf(out, "# %s:\n", name);
	if (json_is_true(json_object_get(entry, "unconfirmed")))
		ui_printf(out, "# (unconfirmed: made by an apply that failed before it was "
			  "confirmed; the next apply finishes it, destroy deletes it)\n");
	ui_printf(out, "resource \"%s\" \"%s\" {\n", type ? type : "?", short_name);
	free(short_name);
	if (rt)
		render_attributes(rt, json_object_get(entry, "attributes"),
				  json_object_get(entry, "sensitive_attributes"), out, 4);
	ui_printf(out, "}\n");
}
