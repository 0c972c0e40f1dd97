/*
 * stack.c: loading a stack: the entry points (stack_load and its kinds),
 * reading its files (stacks/yaml.c), merging their top levels into one, then
 * the model built from it (stack_model.c) and checked (validate.c); the
 * stack's name; freeing it. Which files are a stack is stack_files.c; the
 * backend, lab, environments, moved, removed and import blocks are
 * stack_blocks.c; variable values vars.c; the finders over the model, the
 * resources a resource depends on and the positions and messages the
 * checks share stack_find.c. stack.c is on top: those files never call it;
 * a module's stack, which stack_model.c loads, is loaded through the
 * load_module of struct stack_merged that stack.c sets.
 *
 * Choices made here:
 * - `stack:` is optional; the name defaults to the folder's name, or to the
 *   file's name without its .yaml / .yml extension.
 */
#include "stacks/stack.h"
#include "provider/base/input_file.h"
#include "stacks/stack_internal.h"
#include "stacks/expr.h"
#include "stacks/yaml.h"
#include "provider/provider.h"
#include "provider/base/text.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Top-level sections holding NAME: definition maps, with the word used for
 * one entry in messages. */
static const struct {
	const char *key;
	const char *what;
} sections[] = {
	{ "variables", "variable" },
	{ "providers", "provider" },
	{ "resources", "resource" },
	{ "outputs", "output" },
	{ "locals", "local value" },
	{ "modules", "module" },
	{ "checks", "check" },
	{ "data", "lookup" },
};
#define N_SECTIONS (sizeof(sections) / sizeof(sections[0]))
_Static_assert(N_SECTIONS == STACK_N_SECTIONS, "struct stack_merged has a slot per section");

/* ---- freeing ------------------------------------------------------------- */

void stack_free(struct stack *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->n_vars; i++) {
		free(s->vars[i].name);
		free(s->vars[i].type);
		json_decref(s->vars[i].type_tree);
		json_decref(s->vars[i].validations);
		json_decref(s->vars[i].default_value);
		json_decref(s->vars[i].default_written);
		free(s->vars[i].description);
	}
	free(s->vars);
	for (size_t i = 0; i < s->n_providers; i++) {
		free(s->providers[i].name);
		free(s->providers[i].type);
		json_decref(s->providers[i].config);
	}
	free(s->providers);
	for (size_t i = 0; i < s->n_resources; i++) {
		struct stack_resource *r = &s->resources[i];
		free(r->name);
		free(r->type);
		free(r->provider);
		json_decref(r->config);
		text_list_free(r->depends_on, r->n_depends_on);
		text_list_free(r->ignore_changes, r->n_ignore_changes);
		json_decref(r->conditions);
		json_decref(r->for_each);
		json_decref(r->count);
	}
	free(s->resources);
	json_decref(s->resource_index);
	for (size_t i = 0; i < s->n_lookups; i++) {
		struct stack_lookup *l = &s->lookups[i];
		free(l->name);
		free(l->address);
		free(l->type);
		free(l->provider);
		json_decref(l->config);
		json_decref(l->for_each);
		json_decref(l->count);
	}
	free(s->lookups);
	for (size_t i = 0; i < s->n_locals; i++) {
		free(s->locals[i].name);
		json_decref(s->locals[i].value);
	}
	free(s->locals);
	for (size_t i = 0; i < s->n_modules; i++) {
		struct stack_module *m = &s->modules[i];
		free(m->name);
		free(m->source);
		stack_free(m->stack);
		json_decref(m->inputs);
		json_decref(m->for_each);
		json_decref(m->count);
		json_decref(m->providers);
		text_list_free(m->depends_on, m->n_depends_on);
	}
	free(s->modules);
	for (size_t i = 0; i < s->n_outputs; i++) {
		free(s->outputs[i].name);
		json_decref(s->outputs[i].value);
		free(s->outputs[i].description);
	}
	free(s->outputs);
	free(s->name);
	free(s->path);
	free(s->dir);
	free(s->module_dir);
	json_decref(s->backend);
	json_decref(s->lab);
	json_decref(s->environments);
	json_decref(s->moved);
	json_decref(s->removed);
	json_decref(s->imports);
	json_decref(s->checks);
	json_decref(s->variable_files);
	yaml_positions_free(s->positions);
	free(s);
}

/* ---- merging the files --------------------------------------------------- */

/* "stack, variables, ... and data": the list for messages. */
static void list_top_level_keys(struct strbuf *sb)
{
	for (size_t i = 0; i < STACK_N_TOP_LEVEL_KEYS; i++)
		strbuf_addf(sb, "%s%s", i == 0 ? "" : i + 1 == STACK_N_TOP_LEVEL_KEYS ? " and " : ", ",
			    stack_top_level_keys[i]);
}

/* Add one file's top level to m. */
static void merge_document(struct stack *s, struct stack_merged *m, json_t *doc, struct diags *d)
{
	const char *key;
	json_t *value;
	if (json_is_null(doc))
		return;
	if (!json_is_object(doc)) {
		struct strbuf keys = STRBUF_INIT;
		list_top_level_keys(&keys);
		diag_errorf(d, yaml_pos_of(s->positions, doc),
			    "a stack file must be a map with the keys %s; got %s", keys.buf,
			    yaml_type_name(doc));
		strbuf_release(&keys);
		return;
	}
	if (!stack_has_top_level_key(doc)) {
		/* NAME: value lines, not all of them the stack's variables (or a
		 * file given as the stack): a variable file, or a stack file
		 * whose keys went wrong. Report the first key that is no
		 * variable. */
		const char *first = json_object_iter_key(json_object_iter(doc));
		json_object_foreach(doc, key, value)
			if (!json_object_get(m->declared, key))
				break;
		if (!key)
			key = first;
		diag_errorf(d, yaml_key_pos(s->positions, doc, key), "unknown top-level key \"%s\"",
			    key);
		const char *section = diag_suggest(key, stack_top_level_keys, STACK_N_TOP_LEVEL_KEYS);
		size_t n_names = 0;
		const char **names = xcalloc(json_object_size(m->declared) + 1, sizeof(*names));
		const char *name;
		json_object_foreach(m->declared, name, value)
			names[n_names++] = name;
		const char *variable = diag_suggest(key, names, n_names);
		if (section)
			diag_set_detail(d, "did you mean \"%s\"? (is this a variable file? pass it with "
					"-var-file or name it *.vars.yaml)", section);
		else if (variable)
			diag_set_detail(d, "is this a variable file? pass it with -var-file or name it "
					"*.vars.yaml (the stack declares no variable \"%s\"; did you mean "
					"\"%s\"?)", key, variable);
		else
			diag_set_detail(d, "is this a variable file? pass it with -var-file or name it "
					"*.vars.yaml (the stack declares no variable \"%s\")", key);
		free(names);
		return;
	}
	json_object_foreach(doc, key, value) {
		const struct src_pos *kpos = yaml_key_pos(s->positions, doc, key);
		if (!strcmp(key, "stack")) {
			if (m->name) {
				stack_report_twice(d, kpos, "top-level key", "stack",
					     yaml_key_pos(s->positions, m->name_doc, "stack"));
			} else if (!json_is_string(value)) {
				diag_errorf(d, stack_value_pos(s, doc, key, value),
					    "the stack name must be a string, got %s", yaml_type_name(value));
			} else if (!stack_name_valid(json_string_value(value))) {
				char *shown = text_quoted(json_string_value(value));
				diag_errorf(d, stack_value_pos(s, doc, key, value),
					    "invalid stack name %s: use letters, digits, \"_\" and \"-\", "
					    "starting with a letter or \"_\"", shown);
				free(shown);
			} else {
				m->name = value;
				m->name_doc = doc;
			}
			continue;
		}
		if (!strcmp(key, "backend") && s->module_depth) {
			diag_errorf(d, kpos, "a module cannot have a backend: state belongs to the "
				    "stack that calls it");
			continue;
		}
		if (stack_merge_block(s, doc, key, value, d))
			continue;
		size_t k;
		for (k = 0; k < N_SECTIONS; k++)
			if (!strcmp(key, sections[k].key))
				break;
		if (k == N_SECTIONS) {
			diag_errorf(d, kpos, "unknown top-level key \"%s\"", key);
			const char *hint = diag_suggest(key, stack_top_level_keys, STACK_N_TOP_LEVEL_KEYS);
			if (json_object_get(m->declared, key))
				diag_set_detail(d, "\"%s\" is a variable of the stack: its value goes in a "
						"variable file (-var-file, or a file named *.vars.yaml) or in "
						"its default", key);
			else if (hint)
				diag_set_detail(d, "did you mean \"%s\"?", hint);
			else {
				struct strbuf keys = STRBUF_INIT;
				list_top_level_keys(&keys);
				diag_set_detail(d, "the top-level keys are %s", keys.buf);
				strbuf_release(&keys);
			}
			continue;
		}
		if (json_is_null(value))
			continue;
		if (!json_is_object(value)) {
			diag_errorf(d, stack_value_pos(s, doc, key, value),
				    "%s must be a map of NAME: definition, got %s", key,
				    yaml_type_name(value));
			continue;
		}
		json_t *section = m->sections[k];
		const char *name;
		json_t *def;
		json_object_foreach(value, name, def) {
			const struct src_pos *npos = yaml_key_pos(s->positions, value, name);
			if (json_object_get(section, name)) {
				stack_report_twice(d, npos, sections[k].what, name,
					     yaml_key_pos(s->positions, section, name));
				continue;
			}
			json_object_set(section, name, def);
			yaml_set_key_pos(s->positions, section, name, npos);
		}
	}
}

/* The default stack name: the folder's name (of the real path, so "." is
 * named too), or the file's name without its extension. */
static char *default_name(const char *path, bool is_dir)
{
	char *real = is_dir ? realpath(path, NULL) : NULL;
	const char *p = real ? real : path;
	size_t n = strlen(p);
	while (n > 1 && p[n - 1] == '/')
		n--;
	size_t start = n;
	while (start > 0 && p[start - 1] != '/')
		start--;
	char *base = xstrndup(p + start, n - start);
	free(real);
	if (!is_dir) {
		char *dot = strrchr(base, '.');
		if (dot && dot != base)
			*dot = '\0';
	}
	if (!strcmp(base, ".") || !strcmp(base, "..") || !strcmp(base, "/") || !*base) {
		free(base);
		return xstrdup("stack");
	}
	return base;
}

/* Before a after b? Problems without a position come first, then in file
 * (name) order, line, column. */
static bool diag_after(const struct diag *a, const struct diag *b)
{
	if (!a->pos.line || !b->pos.line)
		return a->pos.line && !b->pos.line;
	int c = strcmp(a->file, b->file);
	if (c)
		return c > 0;
	if (a->pos.line != b->pos.line)
		return a->pos.line > b->pos.line;
	return a->pos.col > b->pos.col;
}

/* The checks run section by section; report in reading order instead
 * (a stable insertion sort: the lists are short). */
static void sort_by_position(struct diags *d)
{
	for (size_t i = 1; i < d->n; i++) {
		struct diag cur = d->items[i];
		size_t j = i;
		while (j > 0 && diag_after(&d->items[j - 1], &cur)) {
			d->items[j] = d->items[j - 1];
			j--;
		}
		d->items[j] = cur;
	}
}

static int load(const char *path, int depth, bool settings_only, bool as_created,
		const char *const *var_files, struct stack **out, struct diags *d);

int stack_load(const char *path, struct stack **out, struct diags *d)
{
	return load(path, 0, false, false, NULL, out, d);
}

int stack_load_settings(const char *path, struct stack **out, struct diags *d)
{
	return load(path, 0, true, false, NULL, out, d);
}

int stack_load_except(const char *path, const char *const *var_files, struct stack **out,
		      struct diags *d)
{
	return load(path, 0, false, false, var_files, out, d);
}

int stack_load_settings_except(const char *path, const char *const *var_files,
			       struct stack **out, struct diags *d)
{
	return load(path, 0, true, false, var_files, out, d);
}

int stack_load_to_validate(const char *path, const char *const *var_files, struct stack **out,
			   struct diags *d)
{
	return load(path, 0, false, true, var_files, out, d);
}

/* struct stack_merged's load_module: stack_model.c loads a module's stack
 * through it. */
static int stack_load_module(const char *path, const struct stack *caller, struct stack **out,
			     struct diags *d)
{
	return load(path, caller->module_depth + 1, false, caller->judged_as_created, NULL, out,
		    d);
}

static int load(const char *path, int depth, bool settings_only, bool as_created,
		const char *const *var_files, struct stack **out, struct diags *d)
{
	struct diags local = DIAGS_INIT;
	struct stat st;
	char **files = NULL;
	size_t n_files = 0;
	struct stack *s = NULL;
	struct stack_merged m;
	memset(&m, 0, sizeof(m));
	m.load_module = stack_load_module;

	*out = NULL;
	if (stat(path, &st) < 0)
		return diag_errorf(d, NULL, "cannot read %s: %s", path, input_file_errno_text(errno));
	bool is_dir = S_ISDIR(st.st_mode);
	if (is_dir) {
		if (stack_list_files(path, var_files, &files, &n_files, d) < 0) {
			text_list_free(files, n_files);
			return -1;
		}
	} else {
		files = xcalloc(1, sizeof(*files));
		files[n_files++] = xstrdup(path);
	}

	s = xcalloc(1, sizeof(*s));
	s->module_depth = depth;
	s->settings_only = settings_only;
	s->judged_as_created = as_created;
	s->path = xstrdup(path);
	s->dir = is_dir ? xstrdup(path) : path_dir(path);
	s->module_dir = xstrdup("."); /* a module's: set by its caller (stack_model.c) */
	s->positions = yaml_positions_new();
	for (size_t k = 0; k < N_SECTIONS; k++) {
		m.sections[k] = json_object();
		yaml_positions_hold(s->positions, m.sections[k]);
		json_decref(m.sections[k]); /* held by the positions map */
	}

	/* Read every file first: a syntax error in one stops before the
	 * structure is checked, since everything it defines would be missing. */
	json_t **docs = xcalloc(n_files + 1, sizeof(*docs));
	bool syntax_ok = true;
	/* Finding the state needs the name and these blocks whole, the
	 * sections' names at most (defined twice?), never their definitions. */
	static const char *const settings_keys[] = {
		"stack", "backend", "lab", "moved", "removed", "import", "environments", NULL,
	};
	for (size_t i = 0; i < n_files; i++)
		if ((settings_only ? yaml_load_file_top(files[i], settings_keys, s->positions,
							&docs[i], &local)
				   : yaml_load_file(files[i], s->positions, &docs[i], &local)) < 0)
			syntax_ok = false;
	if (syntax_ok) {
		/* A file given by its path is the stack, whatever it holds;
		 * a folder's variable files are left out. */
		m.declared = stack_declared_variables(docs, n_files);
		size_t n_merged = 0;
		for (size_t i = 0; i < n_files; i++) {
			if (is_dir && stack_is_variable_file(docs[i], m.declared, settings_only)) {
				if (!settings_only)
					stack_note_variable_file(s, files[i], docs[i]);
				continue;
			}
			if (is_dir && stack_is_definition_file(files[i], docs[i]))
				continue; /* a state machine's, for file() */
			merge_document(s, &m, docs[i], &local);
			n_merged++;
		}
		json_decref(m.declared);
		m.declared = NULL;
		if (!n_merged) {
			diag_errorf(&local, NULL, "no stack files in %s", path);
			diag_set_detail(&local, "its *.yaml / *.yml files have none of a stack file's "
					"top-level keys: variable files, not a stack");
		}
		s->name = m.name ? xstrdup(json_string_value(m.name)) : default_name(path, is_dir);
		if (!settings_only) {
			stack_build(s, &m, &local);
			stack_validate(s, &local);
			stack_check_environment_names(s, &local);
		}
	}
	for (size_t i = 0; i < n_files; i++)
		json_decref(docs[i]);
	free(docs);
	text_list_free(files, n_files);

	sort_by_position(&local);
	bool failed = diags_has_errors(&local);
	diags_append(d, &local);
	if (failed) {
		stack_free(s);
		return -1;
	}
	*out = s;
	return 0;
}
