/*
 * stack.c: loading a stack: finding its files, reading them (stacks/yaml.c),
 * merging their top-level sections, and building struct stack from the
 * merged trees (variables, providers, resources, outputs). The checks that
 * need the whole stack are in validate.c; variable values in vars.c.
 *
 * Choices made here:
 * - `stack:` is optional; the name defaults to the folder's name, or to the
 *   file's name without its .yaml / .yml extension.
 * - In a folder, every *.yaml / *.yml file is read in name order, except
 *   hidden files, terrace.stacks.yaml (the stacks `-all` runs) and variable
 *   files: *.vars.yaml / *.vars.yml, the files
 *   given to -var-file, and a file with none of a stack file's top-level
 *   keys whose keys are all variables the stack declares (any such file
 *   when only the settings are read). docs/stack-language.md, "Which files
 *   are a stack", says why; a variable file is never read for values unless
 *   given to -var-file.
 * - A resource without `provider:` uses the configuration named like its
 *   provider type ("aws"). When the stack defines no such configuration, an
 *   implicit empty one is added to s->providers (its pos.line is 0), so every
 *   resource's provider names an entry of s->providers.
 * - A variable without `type:` takes the type of its default, or "string".
 */
#include "stacks/stack.h"
#include "stacks/builtin_lookups.h"
#include "stacks/stack_internal.h"
#include "stacks/expr.h"
#include "stacks/expand.h"
#include "stacks/yaml.h"
#include "provider/provider.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *const top_level_keys[] = {
	"stack", "variables", "providers", "locals", "resources", "modules", "outputs", "backend",
	"environments", "lab", "moved", "removed", "import", "checks", "data",
};
#define N_TOP_LEVEL_KEYS (sizeof(top_level_keys) / sizeof(top_level_keys[0]))

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

/* ---- small helpers shared with validate.c and vars.c --------------------- */

bool stack_name_valid(const char *name)
{
	if (!((name[0] >= 'a' && name[0] <= 'z') || (name[0] >= 'A' && name[0] <= 'Z') ||
	      name[0] == '_'))
		return false;
	for (const char *c = name + 1; *c; c++)
		if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
		      (*c >= '0' && *c <= '9') || *c == '_' || *c == '-'))
			return false;
	return true;
}

const struct src_pos *stack_value_pos(const struct stack *s, const json_t *parent,
				      const char *key, const json_t *value)
{
	const struct src_pos *pos = yaml_pos_of(s->positions, value);
	if (!pos && parent && key)
		pos = yaml_key_pos(s->positions, parent, key);
	if (!pos && parent)
		pos = yaml_pos_of(s->positions, parent);
	return pos;
}

const char *stack_article(const char *word)
{
	return strchr("aeiouAEIOU", word[0]) && word[0] ? "an" : "a";
}

const struct src_pos *stack_pos_of(const struct stack *s, const json_t *node)
{
	return yaml_pos_of(s->positions, node);
}

const struct src_pos *stack_key_pos(const struct stack *s, const json_t *object, const char *key)
{
	return yaml_key_pos(s->positions, object, key);
}

/* The resource called name[0..len), looked up in the index of names (a
 * stack of thousands of resources makes as many lookups while validating). */
static const struct stack_resource *resource_named(const struct stack *s, const char *name,
						   size_t len)
{
	json_t *at = s->resource_index ? json_object_getn(s->resource_index, name, len) : NULL;
	return at ? &s->resources[json_integer_value(at)] : NULL;
}

const struct stack_resource *stack_find_resource(const struct stack *s, const char *name)
{
	return resource_named(s, name, strlen(name));
}

const struct stack_provider *stack_find_provider(const struct stack *s, const char *name)
{
	for (size_t i = 0; i < s->n_providers; i++)
		if (!strcmp(s->providers[i].name, name))
			return &s->providers[i];
	return NULL;
}

const struct stack_variable *stack_find_variable(const struct stack *s, const char *name)
{
	for (size_t i = 0; i < s->n_vars; i++)
		if (!strcmp(s->vars[i].name, name))
			return &s->vars[i];
	return NULL;
}

const struct stack_module *stack_find_module(const struct stack *s, const char *name)
{
	for (size_t i = 0; i < s->n_modules; i++)
		if (!strcmp(s->modules[i].name, name))
			return &s->modules[i];
	return NULL;
}

const struct stack_lookup *stack_find_lookup(const struct stack *s, const char *name)
{
	if (!strncmp(name, "data.", 5))
		name += 5;
	for (size_t i = 0; i < s->n_lookups; i++)
		if (!strcmp(s->lookups[i].name, name))
			return &s->lookups[i];
	return NULL;
}

const struct stack_local *stack_find_local(const struct stack *s, const char *name)
{
	for (size_t i = 0; i < s->n_locals; i++)
		if (!strcmp(s->locals[i].name, name))
			return &s->locals[i];
	return NULL;
}

const struct stack_resource *stack_resource_of_root(const struct stack *s, const char *root,
						    const char **key)
{
	size_t n = strcspn(root, "[");
	if (key)
		*key = root[n] ? root + n : NULL;
	return resource_named(s, root, n);
}

/* ---- freeing ------------------------------------------------------------- */

static void free_strings(char **items, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(items[i]);
	free(items);
}

void stack_free(struct stack *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->n_vars; i++) {
		free(s->vars[i].name);
		free(s->vars[i].type);
		json_decref(s->vars[i].default_value);
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
		free_strings(r->depends_on, r->n_depends_on);
		free_strings(r->ignore_changes, r->n_ignore_changes);
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
		free_strings(m->depends_on, m->n_depends_on);
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

/* ---- finding and merging the files --------------------------------------- */

static bool has_suffix(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && !strcmp(s + n - m, suffix);
}

static bool is_stack_file_name(const char *name)
{
	if (name[0] == '.')
		return false;
	if (has_suffix(name, ".vars.yaml") || has_suffix(name, ".vars.yml"))
		return false;
	if (!strcmp(name, STACK_SYSTEM_LIST))
		return false; /* the stacks -all runs, not a stack */
	return has_suffix(name, ".yaml") || has_suffix(name, ".yml");
}

static int cmp_strings(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *join_path(const char *dir, const char *name)
{
	size_t n = strlen(dir);
	return xasprintf("%s%s%s", dir, n && dir[n - 1] == '/' ? "" : "/", name);
}

/* Is path one of the files given to -var-file (the same file, by inode)? */
static bool is_var_file(const struct stat *st, const char *const *var_files)
{
	for (size_t i = 0; var_files && var_files[i]; i++) {
		struct stat vst;
		if (stat(var_files[i], &vst) == 0 && vst.st_dev == st->st_dev &&
		    vst.st_ino == st->st_ino)
			return true;
	}
	return false;
}

/* The stack files of a folder but the -var-file ones, sorted; -1 when it
 * cannot be read. */
static int list_stack_files(const char *dir, const char *const *var_files, char ***files,
			    size_t *n, struct diags *d)
{
	DIR *dp = opendir(dir);
	*files = NULL;
	*n = 0;
	if (!dp)
		return diag_errorf(d, NULL, "cannot read %s: %s", dir, strerror(errno));
	struct dirent *de;
	while ((de = readdir(dp))) {
		if (!is_stack_file_name(de->d_name))
			continue;
		char *path = join_path(dir, de->d_name);
		struct stat st;
		if (stat(path, &st) < 0 || !S_ISREG(st.st_mode) || is_var_file(&st, var_files)) {
			free(path);
			continue;
		}
		*files = xrealloc(*files, (*n + 1) * sizeof(**files));
		(*files)[(*n)++] = path;
	}
	closedir(dp);
	if (*n)
		qsort(*files, *n, sizeof(**files), cmp_strings);
	if (!*n) {
		char *list = join_path(dir, STACK_SYSTEM_LIST);
		bool system = access(list, F_OK) == 0;
		free(list);
		return diag_errorf(d, NULL, "no stack files (*.yaml, *.yml) in %s%s", dir,
				   system ? ": its " STACK_SYSTEM_LIST " lists stacks; run the command "
					    "with -all" : "");
	}
	return 0;
}

/* The merged top level: the stack name and one object per section. */
struct merged {
	json_t *name;            /* the stack: value, borrowed from name_doc */
	json_t *name_doc;
	json_t *sections[N_SECTIONS];
	json_t *declared;        /* the variables the stack files declare: name -> true */
};

static void report_twice(struct diags *d, const struct src_pos *pos, const char *what,
			 const char *name, const struct src_pos *first)
{
	diag_errorf(d, pos, "%s \"%s\" is defined twice", what, name);
	if (first)
		diag_set_detail(d, "first defined at %s:%d:%d", first->file, first->line, first->col);
}

/* ---- the backend: block ---------------------------------------------------- */

static const char *const backend_local_settings[] = {
	"type", "path", "encryption_key_file", NULL,
};
static const char *const backend_s3_settings[] = {
	"type", "bucket", "key", "region", "endpoint", "path_style", "access_key",
	"secret_key", "profile", "encryption_key_file", "ca_bundle", "insecure",
	"skip_region_validation", NULL,
};

const char *const *stack_backend_settings(const char *type)
{
	if (!type)
		return NULL;
	if (!strcmp(type, "s3"))
		return backend_s3_settings;
	if (!strcmp(type, "local"))
		return backend_local_settings;
	return NULL;
}

static bool key_listed(const char *const *keys, const char *key)
{
	for (size_t i = 0; keys[i]; i++)
		if (!strcmp(keys[i], key))
			return true;
	return false;
}

/* Like Terraform's, the block is read before variables exist: its values are
 * plain strings, booleans or numbers, never ${...}. Returns 0 when valid. */
static int check_backend(struct stack *s, json_t *block, struct diags *d)
{
	int errors = 0;
	const char *type = json_string_value(json_object_get(block, "type"));
	const char *const *keys = stack_backend_settings(type);
	if (!type) {
		diag_errorf(d, yaml_pos_of(s->positions, block),
			    "backend: \"type\" is required (local or s3)");
		errors++;
	} else if (!keys) {
		diag_errorf(d, stack_value_pos(s, block, "type", json_object_get(block, "type")),
			    "backend: unknown type \"%s\" (types: local, s3)", type);
		errors++;
	}
	const char *key;
	json_t *v;
	json_object_foreach(block, key, v) {
		const struct src_pos *pos = stack_value_pos(s, block, key, v);
		if (keys && !key_listed(keys, key)) {
			diag_errorf(d, yaml_key_pos(s->positions, block, key),
				    "backend %s: unknown setting \"%s\"", type, key);
			size_t n = 0;
			while (keys[n])
				n++;
			const char *hint = diag_suggest(key, keys, n);
			if (hint)
				diag_set_detail(d, "did you mean \"%s\"?", hint);
			errors++;
		} else if (!json_is_string(v) && !json_is_boolean(v) && !json_is_number(v)) {
			diag_errorf(d, pos, "backend: \"%s\" must be a string, got %s", key,
				    yaml_type_name(v));
			errors++;
		} else if (json_is_string(v) && strstr(json_string_value(v), "${")) {
			diag_errorf(d, pos, "backend: \"%s\" cannot use ${...}: the backend is read "
				    "before variables and resources; use -backend-config or "
				    "TERRACE_BACKEND_%s instead", key, key);
			errors++;
		}
	}
	return errors ? -1 : 0;
}

static void merge_backend(struct stack *s, json_t *doc, json_t *value, struct diags *d)
{
	const struct src_pos *kpos = yaml_key_pos(s->positions, doc, "backend");
	if (s->backend) {
		report_twice(d, kpos, "top-level key", "backend", yaml_pos_of(s->positions, s->backend));
		return;
	}
	if (!json_is_object(value)) {
		diag_errorf(d, stack_value_pos(s, doc, "backend", value),
			    "backend must be a map (type: s3, bucket: ..., key: ...), got %s",
			    yaml_type_name(value));
		return;
	}
	if (check_backend(s, value, d) == 0)
		s->backend = json_incref(value);
}

/* ---- the lab: block -------------------------------------------------------- */

const char *const stack_lab_keys[] = {
	"allowed_accounts", "allowed_endpoints", "parallel", "attendee_variable", "name_prefix",
	"credentials_output", NULL,
};

static void unknown_key(struct diags *d, const struct src_pos *pos, const char *key,
			const char *where, const char *const *known, size_t n_known);

static void merge_lab(struct stack *s, json_t *doc, json_t *block, struct diags *d)
{
	const struct src_pos *kpos = yaml_key_pos(s->positions, doc, "lab");
	if (s->lab) {
		report_twice(d, kpos, "top-level key", "lab", yaml_pos_of(s->positions, s->lab));
		return;
	}
	if (!json_is_object(block)) {
		diag_errorf(d, stack_value_pos(s, doc, "lab", block),
			    "lab must be a map (allowed_accounts, allowed_endpoints, parallel, ...), "
			    "got %s", yaml_type_name(block));
		return;
	}
	size_t before = d->n;
	const char *key;
	json_t *v;
	json_object_foreach(block, key, v) {
		const struct src_pos *pos = stack_value_pos(s, block, key, v);
		bool list = !strcmp(key, "allowed_accounts") || !strcmp(key, "allowed_endpoints");
		if (!key_listed(stack_lab_keys, key)) {
			size_t n = 0;
			while (stack_lab_keys[n])
				n++;
			unknown_key(d, yaml_key_pos(s->positions, block, key), key, "lab",
				    stack_lab_keys, n);
		} else if (list && !json_is_array(v)) {
			diag_errorf(d, pos, "lab: \"%s\" must be a list of strings, got %s", key,
				    yaml_type_name(v));
		} else if (!strcmp(key, "parallel") &&
			   (!json_is_integer(v) || json_integer_value(v) < 1)) {
			diag_errorf(d, pos, "lab: \"parallel\" must be a whole number of at least 1");
		} else if (!list && strcmp(key, "parallel") && !json_is_string(v)) {
			diag_errorf(d, pos, "lab: \"%s\" must be a string, got %s", key,
				    yaml_type_name(v));
		} else if (list) {
			size_t i;
			json_t *item;
			json_array_foreach(v, i, item)
				if (!json_is_string(item) && !json_is_integer(item))
					diag_errorf(d, stack_value_pos(s, v, NULL, item),
						    "lab: \"%s\" must be a list of strings; item %zu is %s",
						    key, i, value_kind(item));
		}
	}
	if (d->n == before)
		s->lab = json_incref(block);
}

/* ---- the environments: block --------------------------------------------- */

const char *const stack_environment_keys[] = {
	"mode", "variables", "providers", "backend", "git_branch", NULL,
};

static size_t count_keys(const char *const *keys)
{
	size_t n = 0;
	while (keys[n])
		n++;
	return n;
}

/* One entry of environments: (NAME: {mode, variables, providers, backend,
 * git_branch}); 0 when valid. What its variables and providers name is
 * checked when it is selected (stack_use_environment), against the whole
 * stack. */
static int check_environment(struct stack *s, const char *name, json_t *env, struct diags *d)
{
	size_t before = d->n;
	if (!stack_environment_name_valid(name))
		diag_errorf(d, yaml_key_pos(s->positions, s->environments, name),
			    "invalid environment name \"%s\": use letters, digits, \"-\" and \"_\" "
			    "(up to 32), starting with a letter", name);
	if (!json_is_object(env)) {
		diag_errorf(d, stack_value_pos(s, s->environments, name, env),
			    "environment \"%s\" must be a map (mode: development or production, "
			    "variables, providers, backend, git_branch), got %s", name,
			    yaml_type_name(env));
		return -1;
	}
	const char *mode = json_string_value(json_object_get(env, "mode"));
	const char *key;
	json_t *v;
	json_object_foreach(env, key, v) {
		const struct src_pos *pos = stack_value_pos(s, env, key, v);
		if (!key_listed(stack_environment_keys, key)) {
			char *where = xasprintf("environment \"%s\"", name);
			unknown_key(d, yaml_key_pos(s->positions, env, key), key, where,
				    stack_environment_keys, count_keys(stack_environment_keys));
			free(where);
		} else if (!strcmp(key, "mode") && (!mode || (strcmp(mode, "development") &&
							      strcmp(mode, "production")))) {
			diag_errorf(d, pos, "environment \"%s\": mode must be development or "
				    "production, got %s", name,
				    json_is_string(v) ? json_string_value(v) : yaml_type_name(v));
		} else if (!strcmp(key, "git_branch") && !json_is_string(v)) {
			diag_errorf(d, pos, "environment \"%s\": git_branch must be a string, got %s",
				    name, yaml_type_name(v));
		} else if (!strcmp(key, "git_branch") && mode && strcmp(mode, "production")) {
			diag_errorf(d, pos, "environment \"%s\": git_branch is checked in production "
				    "mode only; this environment is in %s mode", name, mode);
		} else if ((!strcmp(key, "variables") || !strcmp(key, "providers")) &&
			   !json_is_object(v)) {
			diag_errorf(d, pos, "environment \"%s\": %s must be a map, got %s", name, key,
				    yaml_type_name(v));
		} else if (!strcmp(key, "backend")) {
			if (!json_is_object(v))
				diag_errorf(d, pos, "environment \"%s\": backend must be a map (type: s3, "
					    "bucket: ..., key: ...), got %s", name, yaml_type_name(v));
			else
				check_backend(s, v, d);
		} else if (!strcmp(key, "providers")) {
			const char *pname;
			json_t *p;
			json_object_foreach(v, pname, p)
				if (!json_is_object(p))
					diag_errorf(d, stack_value_pos(s, v, pname, p),
						    "environment \"%s\": providers.%s must be a map of "
						    "the provider's settings, got %s", name, pname,
						    yaml_type_name(p));
		}
	}
	if (!json_object_get(env, "mode"))
		diag_errorf(d, yaml_key_pos(s->positions, s->environments, name),
			    "environment \"%s\": mode is required (development or production)", name);
	return d->n == before ? 0 : -1;
}

static void merge_environments(struct stack *s, json_t *doc, json_t *block, struct diags *d)
{
	const struct src_pos *kpos = yaml_key_pos(s->positions, doc, "environments");
	if (s->environments) {
		report_twice(d, kpos, "top-level key", "environments",
			     yaml_pos_of(s->positions, s->environments));
		return;
	}
	if (s->module_depth) {
		diag_errorf(d, kpos, "a module cannot have environments: they belong to the stack "
			    "that calls it");
		return;
	}
	if (!json_is_object(block)) {
		diag_errorf(d, stack_value_pos(s, doc, "environments", block),
			    "environments must be a map of NAME: {mode: development or production, "
			    "...}, got %s", yaml_type_name(block));
		return;
	}
	s->environments = json_incref(block);
	int errors = 0;
	const char *name;
	json_t *env;
	json_object_foreach(block, name, env)
		if (check_environment(s, name, env, d))
			errors++;
	if (errors) {
		json_decref(s->environments);
		s->environments = NULL;
	}
}

bool stack_environment_name_valid(const char *name)
{
	size_t n = strlen(name);
	if (n == 0 || n > 32 || !((name[0] >= 'a' && name[0] <= 'z') ||
				  (name[0] >= 'A' && name[0] <= 'Z')))
		return false;
	for (const char *c = name; *c; c++)
		if (!(*c >= 'a' && *c <= 'z') && !(*c >= 'A' && *c <= 'Z') &&
		    !(*c >= '0' && *c <= '9') && *c != '-' && *c != '_')
			return false;
	return true;
}

const json_t *stack_environment(const struct stack *s, const char *name, struct strbuf *err)
{
	const json_t *env = json_object_get(s->environments, name);
	if (env)
		return env;
	if (!json_object_size(s->environments)) {
		strbuf_addf(err, "environment \"%s\": stack \"%s\" has no environments: block", name,
			    s->name);
		return NULL;
	}
	strbuf_addf(err, "unknown environment \"%s\" (stack \"%s\" has: ", name, s->name);
	const char *known;
	json_t *v;
	bool first = true;
	json_object_foreach(s->environments, known, v) {
		strbuf_addf(err, "%s%s", first ? "" : ", ", known);
		first = false;
	}
	strbuf_addch(err, ')');
	return NULL;
}

/* What environment `name` names of the stack (variables, provider
 * configurations and their settings) must exist; with apply, its values
 * then take their places. 0 when all exist. */
static int environment_into(struct stack *s, const char *name, const json_t *env, bool apply,
			    struct diags *d)
{
	size_t before = d->n;
	/* Variable values: in place of the stack's defaults, so -var-file,
	 * -var and TERRACE_VAR_<name> still come first. */
	json_t *vars = json_object_get(env, "variables");
	const char *key;
	json_t *v;
	json_object_foreach(vars, key, v) {
		struct stack_variable *var = (struct stack_variable *)stack_find_variable(s, key);
		if (!var) {
			diag_errorf(d, yaml_key_pos(s->positions, vars, key),
				    "environment \"%s\": unknown variable \"%s\"", name, key);
			continue;
		}
		if (apply) {
			json_decref(var->default_value);
			var->default_value = json_incref(v);
		}
	}
	/* Provider settings: over the stack's, setting by setting. */
	json_t *providers = json_object_get(env, "providers");
	json_t *settings;
	json_object_foreach(providers, key, settings) {
		struct stack_provider *p = (struct stack_provider *)stack_find_provider(s, key);
		if (!p) {
			diag_errorf(d, yaml_key_pos(s->positions, providers, key),
				    "environment \"%s\": unknown provider \"%s\" (the stack's providers: "
				    "section names its configurations)", name, key);
			continue;
		}
		const char *setting;
		json_object_foreach(settings, setting, v) {
			if (p->ptype && !schema_find(p->ptype->config_attrs, setting)) {
				diag_errorf(d, yaml_key_pos(s->positions, settings, setting),
					    "environment \"%s\": provider %s has no setting \"%s\"", name,
					    key, setting);
				continue;
			}
			if (!apply)
				continue;
			json_t *config = json_copy(p->config);
			json_object_set(config, setting, v);
			json_decref(p->config);
			p->config = config;
		}
	}
	return d->n == before ? 0 : -1;
}

/* Every environment's names checked against the whole stack, so validate
 * finds a mistake in one that is not selected. */
static void check_environment_names(struct stack *s, struct diags *d)
{
	const char *name;
	json_t *env;
	json_object_foreach(s->environments, name, env)
		environment_into(s, name, env, false, d);
}

int stack_use_environment(struct stack *s, const char *name, struct diags *d)
{
	struct strbuf err = STRBUF_INIT;
	const json_t *env = stack_environment(s, name, &err);
	if (!env) {
		diag_errorf(d, NULL, "%s", err.buf);
		strbuf_release(&err);
		return -1;
	}
	strbuf_release(&err);
	json_t *backend = json_object_get(env, "backend");
	if (backend) {
		json_decref(s->backend);
		s->backend = json_incref(backend);
	}
	if (s->settings_only)
		return 0;
	return environment_into(s, name, env, true, d);
}

/* ---- moved:, removed: and import: (Terraform's blocks of those names) ------ */

/* The lists of address entries: their keys, the first n_required of them
 * required, and what one looks like. */
static const struct address_block {
	const char *key;
	const char *keys[4];
	size_t n_required;
	const char *example;
} address_blocks[] = {
	{ "moved", { "from", "to", NULL }, 2, "- from: OLD_ADDRESS\n    to: NEW_ADDRESS" },
	{ "removed", { "from", "destroy", NULL }, 1, "- from: ADDRESS" },
	/* type: what plan -generate-config-out writes for an address not in the stack. */
	{ "import", { "to", "id", "type", NULL }, 2, "- to: ADDRESS\n    id: ID" },
};

static json_t **address_block_list(struct stack *s, const char *key)
{
	return !strcmp(key, "moved") ? &s->moved : !strcmp(key, "removed") ? &s->removed
									   : &s->imports;
}

/* A list of maps with the block's keys (strings; destroy: a bool); entries
 * without problems are appended to the stack's list. */
static void merge_address_block(struct stack *s, json_t *doc, const struct address_block *b,
				json_t *list, struct diags *d)
{
	const char *key = b->key;
	if (s->module_depth) {
		diag_errorf(d, yaml_key_pos(s->positions, doc, key),
			    "%s: belongs to the root stack, which names a module's resources as "
			    "module.NAME.RESOURCE", key);
		return;
	}
	if (!json_is_array(list)) {
		diag_errorf(d, stack_value_pos(s, doc, key, list),
			    "%s must be a list of entries, as in:\n  %s:\n  %s", key, key, b->example);
		return;
	}
	json_t **out = address_block_list(s, key);
	if (!*out)
		*out = json_array();
	size_t i;
	json_t *entry;
	json_array_foreach(list, i, entry) {
		const struct src_pos *pos = stack_value_pos(s, list, NULL, entry);
		if (!json_is_object(entry)) {
			diag_errorf(d, pos, "%s: entry %zu must be a map (%s, %s), got %s", key, i + 1,
				    b->keys[0], b->keys[1], yaml_type_name(entry));
			continue;
		}
		size_t before = d->n;
		const char *k;
		json_t *v;
		json_object_foreach(entry, k, v) {
			bool flag = !strcmp(k, "destroy");
			if (!key_listed(b->keys, k)) {
				size_t n_keys = 0;
				while (b->keys[n_keys])
					n_keys++;
				unknown_key(d, yaml_key_pos(s->positions, entry, k), k, key, b->keys,
					    n_keys);
			} else if (flag ? !json_is_boolean(v) : !json_is_string(v) ||
				   !*json_string_value(v)) {
				diag_errorf(d, stack_value_pos(s, entry, k, v),
					    "%s: \"%s\" must be %s, got %s", key, k,
					    flag ? "true or false" : !strcmp(k, "id") ? "a string"
					    : !strcmp(k, "type") ? "a resource type"
					    : "a resource address", yaml_type_name(v));
			}
		}
		for (size_t n = 0; n < b->n_required; n++)
			if (!json_object_get(entry, b->keys[n]))
				diag_errorf(d, pos, "%s: entry %zu has no \"%s\"", key, i + 1, b->keys[n]);
		if (!strcmp(key, "moved") && d->n == before &&
		    !strcmp(json_string_value(json_object_get(entry, "from")),
			    json_string_value(json_object_get(entry, "to"))))
			diag_errorf(d, pos, "moved: \"from\" and \"to\" are the same address");
		if (d->n == before)
			json_array_append(*out, entry);
	}
}

static bool is_top_level_key(const char *key)
{
	for (size_t i = 0; i < N_TOP_LEVEL_KEYS; i++)
		if (!strcmp(key, top_level_keys[i]))
			return true;
	return false;
}

/* Does a non-empty map have at least one key a stack file may have? (An
 * empty map is an empty stack file.) */
static bool has_top_level_key(json_t *doc)
{
	const char *key;
	json_t *value;
	if (!json_object_size(doc))
		return true;
	json_object_foreach(doc, key, value)
		if (is_top_level_key(key))
			return true;
	return false;
}

/* ---- which files are a stack ---------------------------------------------- */

/* The names of the variables that the documents with a stack file's keys
 * declare (either read gives the variables: map its names at least), as
 * name -> true. */
static json_t *declared_variables(json_t *const *docs, size_t n)
{
	json_t *names = json_object();
	for (size_t i = 0; i < n; i++) {
		if (!json_is_object(docs[i]) || !has_top_level_key(docs[i]))
			continue;
		const char *name;
		json_t *def;
		json_object_foreach(json_object_get(docs[i], "variables"), name, def)
			json_object_set_new(names, name, json_true());
	}
	return names;
}

/*
 * Is this document of a stack folder a variable file, never read as a stack
 * file (docs/stack-language.md, "Which files are a stack")? A map with none
 * of a stack file's top-level keys is one when every key is a variable the
 * stack declares; a read for the settings alone (what finds the state) skips
 * every such map, since nothing in it could name the state. Any other map of
 * unknown keys is left to merge_document, which reports it: a stack file
 * whose keys went wrong (resource:, a lost resources: line) must not
 * silently drop what it defines.
 */
static bool is_variable_file(const json_t *doc, const json_t *declared, bool settings_only)
{
	if (!json_is_object(doc) || has_top_level_key((json_t *)doc))
		return false;
	if (settings_only)
		return true;
	const char *key;
	json_t *value;
	json_object_foreach((json_t *)doc, key, value)
		if (!json_object_get(declared, key))
			return false;
	return true;
}

/* Which variables a variable file of the folder sets (stack.h,
 * variable_files): for the message of a variable without a value. */
static void note_variable_file(struct stack *s, const char *path, const json_t *doc)
{
	const char *key;
	json_t *value;
	if (!s->variable_files)
		s->variable_files = json_object();
	json_object_foreach((json_t *)doc, key, value)
		if (!json_object_get(s->variable_files, key))
			json_object_set_new(s->variable_files, key, json_string(path));
}

/* "stack, variables, ... and data": the list for messages. */
static void list_top_level_keys(struct strbuf *sb)
{
	for (size_t i = 0; i < N_TOP_LEVEL_KEYS; i++)
		strbuf_addf(sb, "%s%s", i == 0 ? "" : i + 1 == N_TOP_LEVEL_KEYS ? " and " : ", ",
			    top_level_keys[i]);
}

/* Add one file's top level to m. */
static void merge_document(struct stack *s, struct merged *m, json_t *doc, struct diags *d)
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
	if (!has_top_level_key(doc)) {
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
		const char *section = diag_suggest(key, top_level_keys, N_TOP_LEVEL_KEYS);
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
				report_twice(d, kpos, "top-level key", "stack",
					     yaml_key_pos(s->positions, m->name_doc, "stack"));
			} else if (!json_is_string(value)) {
				diag_errorf(d, stack_value_pos(s, doc, key, value),
					    "the stack name must be a string, got %s", yaml_type_name(value));
			} else if (!stack_name_valid(json_string_value(value))) {
				diag_errorf(d, stack_value_pos(s, doc, key, value),
					    "invalid stack name \"%s\": use letters, digits, \"_\" and \"-\", "
					    "starting with a letter or \"_\"", json_string_value(value));
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
		if (!strcmp(key, "lab")) {
			merge_lab(s, doc, value, d);
			continue;
		}
		if (!strcmp(key, "environments")) {
			merge_environments(s, doc, value, d);
			continue;
		}
		const struct address_block *ab = NULL;
		for (size_t b = 0; b < sizeof(address_blocks) / sizeof(address_blocks[0]); b++)
			if (!strcmp(key, address_blocks[b].key))
				ab = &address_blocks[b];
		if (ab) {
			merge_address_block(s, doc, ab, value, d);
			continue;
		}
		if (!strcmp(key, "backend")) {
			merge_backend(s, doc, value, d);
			continue;
		}
		size_t k;
		for (k = 0; k < N_SECTIONS; k++)
			if (!strcmp(key, sections[k].key))
				break;
		if (k == N_SECTIONS) {
			diag_errorf(d, kpos, "unknown top-level key \"%s\"", key);
			const char *hint = diag_suggest(key, top_level_keys, N_TOP_LEVEL_KEYS);
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
				report_twice(d, npos, sections[k].what, name,
					     yaml_key_pos(s->positions, section, name));
				continue;
			}
			json_object_set(section, name, def);
			yaml_set_key_pos(s->positions, section, name, npos);
		}
	}
}

/* ---- building the model -------------------------------------------------- */

/* A shallow copy of obj without the keys in skip; keys keep their positions
 * and the copy gets obj's position. */
static json_t *copy_without(struct stack *s, const json_t *obj, const char *const *skip,
			    size_t n_skip)
{
	json_t *copy = json_object();
	const char *key;
	json_t *value;
	json_object_foreach((json_t *)obj, key, value) {
		size_t i;
		for (i = 0; i < n_skip; i++)
			if (!strcmp(key, skip[i]))
				break;
		if (i < n_skip)
			continue;
		json_object_set(copy, key, value);
		yaml_set_key_pos(s->positions, copy, key, yaml_key_pos(s->positions, obj, key));
	}
	yaml_set_pos(s->positions, copy, yaml_pos_of(s->positions, obj));
	return copy;
}

static const struct src_pos *pos_or(const struct src_pos *pos, const struct src_pos *fallback)
{
	return pos ? pos : fallback;
}

static void unknown_key(struct diags *d, const struct src_pos *pos, const char *key,
			const char *where, const char *const *known, size_t n_known)
{
	diag_errorf(d, pos, "unknown key \"%s\" in %s", key, where);
	const char *hint = diag_suggest(key, known, n_known);
	if (hint) {
		diag_set_detail(d, "did you mean \"%s\"?", hint);
		return;
	}
	struct strbuf list = STRBUF_INIT;
	for (size_t i = 0; i < n_known; i++)
		strbuf_addf(&list, "%s%s", i ? ", " : "", known[i]);
	diag_set_detail(d, "the keys are %s", list.buf);
	strbuf_release(&list);
}

static bool check_name(struct diags *d, const struct src_pos *pos, const char *what,
		       const char *name)
{
	if (stack_name_valid(name))
		return true;
	diag_errorf(d, pos, "invalid %s name \"%s\": use letters, digits, \"_\" and \"-\", "
		    "starting with a letter or \"_\"", what, name);
	return false;
}

/* A string-valued key of def, or NULL; an error when present but not a string. */
static const char *string_key(struct stack *s, const json_t *def, const char *key,
			      const char *where, struct diags *d)
{
	json_t *v = json_object_get(def, key);
	if (!v || json_is_null(v))
		return NULL;
	if (!json_is_string(v)) {
		diag_errorf(d, stack_value_pos(s, def, key, v), "%s of %s must be a string, got %s",
			    key, where, yaml_type_name(v));
		return NULL;
	}
	return json_string_value(v);
}

static bool bool_key(struct stack *s, const json_t *def, const char *key, const char *where,
		     struct diags *d)
{
	json_t *v = json_object_get(def, key);
	if (!v || json_is_null(v))
		return false;
	if (!json_is_boolean(v)) {
		diag_errorf(d, stack_value_pos(s, def, key, v), "%s of %s must be a bool, got %s",
			    key, where, yaml_type_name(v));
		return false;
	}
	return json_is_true(v);
}

/* A list of strings; NULL with an error when it is anything else. */
static char **string_list(struct stack *s, const json_t *def, const char *key, size_t *n,
			  const char *where, struct diags *d)
{
	json_t *v = json_object_get(def, key);
	*n = 0;
	if (!v || json_is_null(v))
		return NULL;
	if (!json_is_array(v)) {
		diag_errorf(d, stack_value_pos(s, def, key, v), "%s of %s must be a list of names, got %s",
			    key, where, yaml_type_name(v));
		return NULL;
	}
	char **items = xcalloc(json_array_size(v) + 1, sizeof(*items));
	size_t i;
	json_t *item;
	json_array_foreach(v, i, item) {
		if (!json_is_string(item)) {
			diag_errorf(d, stack_value_pos(s, def, key, item),
				    "%s of %s must be a list of names; item %zu is %s", key, where, i,
				    value_kind(item));
			continue;
		}
		items[(*n)++] = xstrdup(json_string_value(item));
	}
	return items;
}

static const char *const variable_keys[] = { "type", "default", "description", "sensitive" };

static void build_variable(struct stack *s, const char *name, const json_t *def,
			   const struct src_pos *pos, struct diags *d)
{
	struct stack_variable *v = &s->vars[s->n_vars++];
	v->name = xstrdup(name);
	if (pos)
		v->pos = *pos;
	check_name(d, pos, "variable", name);

	char *where = xasprintf("variable \"%s\"", name);
	if (json_is_null(def)) {
		v->type = xstrdup("string");
		goto done;
	}
	if (!json_is_object(def)) {
		diag_errorf(d, pos_or(stack_pos_of(s, def), pos),
			    "%s must be a map with type, default, description and sensitive, got %s",
			    where, yaml_type_name(def));
		v->type = xstrdup("string");
		goto done;
	}
	const char *key;
	json_t *value;
	json_object_foreach((json_t *)def, key, value) {
		size_t i;
		for (i = 0; i < sizeof(variable_keys) / sizeof(variable_keys[0]); i++)
			if (!strcmp(key, variable_keys[i]))
				break;
		if (i == sizeof(variable_keys) / sizeof(variable_keys[0]))
			unknown_key(d, yaml_key_pos(s->positions, def, key), key, where, variable_keys,
				    sizeof(variable_keys) / sizeof(variable_keys[0]));
	}
	const char *type = string_key(s, def, "type", where, d);
	json_t *dflt = json_object_get(def, "default");
	if (type && !stack_var_type_known(type)) {
		json_t *tv = json_object_get(def, "type");
		diag_errorf(d, stack_value_pos(s, def, "type", tv), "unknown type \"%s\" of %s", type,
			    where);
		const char *hint = diag_suggest(type, stack_var_types, STACK_N_VAR_TYPES);
		if (hint)
			diag_set_detail(d, "did you mean \"%s\"?", hint);
		else
			diag_set_detail(d, "the types are string, number, bool, list and map");
		type = NULL;
	}
	if (!type && dflt && !json_is_null(dflt) && !json_object_get(def, "type")) {
		/* No type written: the default's. */
		type = json_is_array(dflt) ? "list" : json_is_object(dflt) ? "map" :
		       json_is_number(dflt) ? "number" : json_is_boolean(dflt) ? "bool" : "string";
	}
	v->type = xstrdup(type ? type : "string");
	if (dflt && !json_is_null(dflt) && type) {
		struct strbuf why = STRBUF_INIT;
		if (stack_var_convert(v->type, dflt, &v->default_value, &why) < 0)
			diag_errorf(d, stack_value_pos(s, def, "default", dflt),
				    "default of %s %s", where, why.buf);
		strbuf_release(&why);
	}
	const char *desc = string_key(s, def, "description", where, d);
	v->description = desc ? xstrdup(desc) : NULL;
	v->sensitive = bool_key(s, def, "sensitive", where, d);
done:
	free(where);
}

static void build_provider(struct stack *s, const char *name, const json_t *def,
			   const struct src_pos *pos, struct diags *d)
{
	struct stack_provider *p = &s->providers[s->n_providers++];
	p->name = xstrdup(name);
	if (pos)
		p->pos = *pos;
	check_name(d, pos, "provider", name);
	char *where = xasprintf("provider \"%s\"", name);
	if (!json_is_null(def) && !json_is_object(def)) {
		diag_errorf(d, pos_or(stack_pos_of(s, def), pos),
			    "%s must be a map of attributes, got %s", where,
			    yaml_type_name(def));
		def = NULL;
	}
	const char *type = def ? string_key(s, def, "type", where, d) : NULL;
	p->type = xstrdup(type ? type : name);
	p->ptype = provider_type_find(p->type);
	if (!p->ptype) {
		const struct src_pos *tpos = type ? stack_value_pos(s, def, "type",
								   json_object_get(def, "type")) : pos;
		diag_errorf(d, tpos, "unknown provider type \"%s\"", p->type);
		/* The provider types, from the resource types they hold. */
		size_t n_names;
		const char *const *names = resource_type_names(&n_names);
		const char **ptypes = xcalloc(n_names + 1, sizeof(*ptypes));
		size_t n_ptypes = 0;
		for (size_t i = 0; i < n_names; i++) {
			const struct provider_type *pt = NULL;
			if (!resource_type_find(names[i], &pt) || !pt)
				continue;
			size_t k;
			for (k = 0; k < n_ptypes; k++)
				if (!strcmp(ptypes[k], pt->name))
					break;
			if (k == n_ptypes)
				ptypes[n_ptypes++] = pt->name;
		}
		const char *hint = diag_suggest(p->type, ptypes, n_ptypes);
		if (hint) {
			diag_set_detail(d, "did you mean \"%s\"?", hint);
		} else {
			struct strbuf list = STRBUF_INIT;
			for (size_t i = 0; i < n_ptypes; i++)
				strbuf_addf(&list, "%s%s", i ? ", " : "", ptypes[i]);
			diag_set_detail(d, "the provider types are %s", list.buf);
			strbuf_release(&list);
		}
		free(ptypes);
	}
	static const char *const reserved[] = { "type" };
	if (def) {
		p->config = copy_without(s, def, reserved, 1);
	} else {
		p->config = json_object();
		yaml_set_pos(s->positions, p->config, pos);
	}
	free(where);
}

/* ignore_changes names attributes of the resource's type. */
static void check_ignore_changes(struct stack *s, const struct stack_resource *r,
				 const json_t *lc, struct diags *d)
{
	json_t *list = json_object_get(lc, "ignore_changes");
	size_t i;
	json_t *item;
	if (!r->rtype || !json_is_array(list))
		return;
	json_array_foreach(list, i, item) {
		if (!json_is_string(item))
			continue;
		const char *path = json_string_value(item);
		char *name = xstrndup(path, strcspn(path, ".["));
		if (!schema_find(r->rtype->attrs, name)) {
			diag_errorf(d, stack_value_pos(s, list, NULL, item),
				    "unknown attribute \"%s\" in ignore_changes of resource \"%s\"",
				    name, r->name);
			stack_suggest_attr(d, name, r->rtype->attrs, false);
		}
		free(name);
	}
}

/* One depends_on entry: a resource or module.NAME of the stack. */
static void check_depends_on_item(struct stack *s, const json_t *def, const json_t *item,
				  const char *where, struct diags *d)
{
	const char *name = json_string_value(item);
	if (!name || stack_find_resource(s, name) ||
	    (!strncmp(name, "module.", 7) && stack_find_module(s, name + 7)))
		return;
	diag_errorf(d, stack_value_pos(s, def, "depends_on", item),
		    "depends_on of %s names unknown resource \"%s\"", where, name);
	const char **names = xcalloc(s->n_resources + 1, sizeof(*names));
	for (size_t k = 0; k < s->n_resources; k++)
		names[k] = s->resources[k].name;
	const char *hint = diag_suggest(name, names, s->n_resources);
	if (hint)
		diag_set_detail(d, "did you mean \"%s\"?", hint);
	free(names);
}

/* depends_on names resources or modules (module.NAME) of the stack. */
static void check_depends_on(struct stack *s, const json_t *sections[2], struct diags *d)
{
	static const char *const kinds[] = { "resource", "module" };
	for (size_t k = 0; k < 2; k++) {
		const char *name;
		json_t *def;
		json_object_foreach((json_t *)sections[k], name, def) {
			json_t *list = json_object_get(def, "depends_on");
			size_t i;
			json_t *item;
			if (!json_is_array(list))
				continue;
			char *where = xasprintf("%s \"%s\"", kinds[k], name);
			json_array_foreach(list, i, item)
				check_depends_on_item(s, def, item, where, d);
			free(where);
		}
	}
}

static const char *const resource_meta_keys[] = {
	"type", "provider", "depends_on", "lifecycle", "for_each", "count",
};

static bool reserved_name(const char *name)
{
	static const char *const words[] = { "var", "terrace", "local", "each", "count", "module",
					     "path", "data" };
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (!strcmp(name, words[i]))
			return true;
	return false;
}

/* for_each and count of a resource or module: at most one of them. */
static void repeat_keys(struct stack *s, const json_t *def, const char *where, json_t **for_each,
			json_t **count, struct diags *d)
{
	json_t *fe = json_object_get(def, "for_each"), *c = json_object_get(def, "count");
	if (fe && c) {
		diag_errorf(d, yaml_key_pos(s->positions, def, "count"),
			    "%s has both for_each and count; use one of them", where);
		return;
	}
	if (fe && !json_is_array(fe) && !json_is_object(fe) && !json_is_string(fe)) {
		diag_errorf(d, stack_value_pos(s, def, "for_each", fe),
			    "for_each of %s must be a list of strings or a map, got %s", where,
			    yaml_type_name(fe));
		return;
	}
	/* A literal count is checked here; a wrong one still counts as a count,
	 * so count.index in the resource is not reported too. */
	*for_each = fe ? json_incref(fe) : NULL;
	*count = c ? json_incref(c) : NULL;
	char *text = c && json_is_number(c) ? json_dumps(c, JSON_ENCODE_ANY) : NULL;
	if (c && !json_is_number(c) && !json_is_string(c))
		diag_errorf(d, stack_value_pos(s, def, "count", c),
			    "count of %s must be a whole number, got %s", where, yaml_type_name(c));
	else if (c && json_is_number(c) && json_number_value(c) > STACK_MAX_INSTANCES)
		diag_errorf(d, stack_value_pos(s, def, "count", c),
			    "count of %s is %s; one resource or module has at most %d instances",
			    where, text, STACK_MAX_INSTANCES);
	else if (c && json_is_number(c) && (json_number_value(c) < 0 ||
		 json_number_value(c) != (double)(long long)json_number_value(c)))
		diag_errorf(d, stack_value_pos(s, def, "count", c),
			    "count of %s must be a whole number of at least 0, got %s", where, text);
	free(text);
}
static const char *const lifecycle_keys[] = { "prevent_destroy", "ignore_changes",
					      "precondition", "postcondition" };
#define N_LIFECYCLE_KEYS (sizeof(lifecycle_keys) / sizeof(lifecycle_keys[0]))

static const char *const condition_keys[] = { "condition", "error_message" };

static bool refers_to_self(const json_t *value)
{
	struct expr_refs refs = { 0 };
	struct diags ignored = DIAGS_INIT;
	expr_collect_refs(value, NULL, NULL, &refs, &ignored);
	bool self = false;
	for (size_t i = 0; i < refs.n; i++)
		if (!strcmp(refs.items[i].root, "self"))
			self = true;
	expr_refs_free(&refs);
	diags_free(&ignored);
	return self;
}

/* A list of {condition, error_message} (a lifecycle precondition or
 * postcondition, a check's assert) appended to *out as {"kind",
 * "condition", "error_message", "at"}. The condition is an expression of a
 * bool; error_message a string, which may use ${...} too. */
static void condition_list(struct stack *s, const json_t *parent, const char *key,
			   const char *kind, const char *where, json_t **out, struct diags *d)
{
	json_t *list = json_object_get(parent, key);
	if (!list || json_is_null(list))
		return;
	if (json_is_object(list)) /* one, written without the list */
		list = json_pack("[O]", list);
	else if (json_is_array(list))
		json_incref(list);
	else {
		diag_errorf(d, stack_value_pos(s, parent, key, list),
			    "%s of %s must be a list of {condition, error_message}, got %s", key,
			    where, yaml_type_name(list));
		return;
	}
	size_t i;
	json_t *c;
	json_array_foreach(list, i, c) {
		const struct src_pos *pos = stack_pos_of(s, c);
		if (!pos)
			pos = stack_value_pos(s, parent, key, json_object_get(parent, key));
		if (!json_is_object(c)) {
			diag_errorf(d, pos, "each %s of %s must be a map with condition and "
				    "error_message, got %s", key, where, yaml_type_name(c));
			continue;
		}
		const char *k;
		json_t *v;
		json_object_foreach(c, k, v)
			if (strcmp(k, "condition") && strcmp(k, "error_message"))
				unknown_key(d, yaml_key_pos(s->positions, c, k), k, where,
					    condition_keys, 2);
		json_t *cond = json_object_get(c, "condition");
		json_t *msg = json_object_get(c, "error_message");
		if (!cond || !(json_is_string(cond) || json_is_boolean(cond)))
			diag_errorf(d, cond ? stack_value_pos(s, c, "condition", cond) : pos,
				    "%s of %s needs a condition: an expression of true or false, "
				    "like \"${length(var.buckets) > 0}\"", key, where);
		if (!json_is_string(msg) || !json_string_length(msg))
			diag_errorf(d, msg ? stack_value_pos(s, c, "error_message", msg) : pos,
				    "%s of %s needs an error_message: what is wrong, said to the "
				    "user", key, where);
		if (!cond || !json_is_string(msg))
			continue;
		const struct src_pos *at = stack_value_pos(s, c, "condition", cond);
		if (strcmp(kind, "postcondition") && refers_to_self(c))
			diag_errorf(d, at, "self is known only in a resource's postcondition, not in "
				    "%s of %s", key, where);
		if (!*out)
			*out = json_array();
		json_array_append_new(*out, json_pack("{s:s, s:O, s:O, s:o}", "kind", kind,
			"condition", cond, "error_message", msg, "at",
			at && at->line ? json_sprintf("%s:%d:%d", at->file, at->line, at->col)
				       : json_string(where)));
	}
	json_decref(list);
}

static void build_resource(struct stack *s, const char *name, const json_t *def,
			   const struct src_pos *pos, struct diags *d)
{
	if (!s->resource_index)
		s->resource_index = json_object();
	if (!json_object_get(s->resource_index, name))
		json_object_set_new(s->resource_index, name, json_integer((json_int_t)s->n_resources));
	struct stack_resource *r = &s->resources[s->n_resources++];
	r->name = xstrdup(name);
	if (pos)
		r->pos = *pos;
	if (check_name(d, pos, "resource", name) && reserved_name(name))
		diag_errorf(d, pos, "\"%s\" cannot be a resource name: ${%s.NAME} means something else",
			    name, name);
	char *where = xasprintf("resource \"%s\"", name);
	if (!json_is_object(def)) {
		diag_errorf(d, pos_or(stack_pos_of(s, def), pos),
			    "%s must be a map with a type and attributes, got %s", where,
			    yaml_type_name(def));
		r->type = xstrdup("");
		r->provider = xstrdup("");
		r->config = json_object();
		free(where);
		return;
	}

	const char *type = string_key(s, def, "type", where, d);
	if (!type && !json_object_get(def, "type"))
		diag_errorf(d, pos, "%s has no type", where);
	r->type = xstrdup(type ? type : "");
	if (type) {
		r->rtype = resource_type_find(type, &r->ptype);
		if (!r->rtype) {
			diag_errorf(d, stack_value_pos(s, def, "type", json_object_get(def, "type")),
				    "unknown resource type \"%s\"", type);
			size_t n_names;
			const char *const *names = resource_type_names(&n_names);
			const char *hint = diag_suggest(type, names, n_names);
			if (hint)
				diag_set_detail(d, "did you mean \"%s\"?", hint);
		}
	}

	const char *provider = string_key(s, def, "provider", where, d);
	if (provider)
		r->provider = xstrdup(provider);
	else if (r->ptype)
		r->provider = xstrdup(r->ptype->name);
	else
		r->provider = xstrndup(r->type, strcspn(r->type, "."));

	r->depends_on = string_list(s, def, "depends_on", &r->n_depends_on, where, d);

	json_t *lc = json_object_get(def, "lifecycle");
	if (lc && !json_is_null(lc) && !json_is_object(lc)) {
		diag_errorf(d, stack_value_pos(s, def, "lifecycle", lc),
			    "lifecycle of %s must be a map with prevent_destroy, ignore_changes, "
			    "precondition or postcondition, got %s", where, yaml_type_name(lc));
	} else if (json_is_object(lc)) {
		char *lc_where = xasprintf("the lifecycle of %s", where);
		const char *key;
		json_t *value;
		json_object_foreach(lc, key, value) {
			size_t k = 0;
			while (k < N_LIFECYCLE_KEYS && strcmp(key, lifecycle_keys[k]))
				k++;
			if (k == N_LIFECYCLE_KEYS)
				unknown_key(d, yaml_key_pos(s->positions, lc, key), key, lc_where,
					    lifecycle_keys, N_LIFECYCLE_KEYS);
		}
		condition_list(s, lc, "precondition", "precondition", lc_where, &r->conditions, d);
		condition_list(s, lc, "postcondition", "postcondition", lc_where, &r->conditions, d);
		r->prevent_destroy = bool_key(s, lc, "prevent_destroy", lc_where, d);
		r->ignore_changes = string_list(s, lc, "ignore_changes", &r->n_ignore_changes,
						lc_where, d);
		check_ignore_changes(s, r, lc, d);
		free(lc_where);
	}
	repeat_keys(s, def, where, &r->for_each, &r->count, d);
	r->config = copy_without(s, def, resource_meta_keys,
				 sizeof(resource_meta_keys) / sizeof(resource_meta_keys[0]));
	free(where);
}

static const char *const lookup_meta_keys[] = { "type", "provider" };

/* data: NAME: {type, provider, ...arguments}. Lookups are the root stack's:
 * a module gets what it needs as inputs. */
static void build_lookup(struct stack *s, const char *name, const json_t *def,
			 const struct src_pos *pos, struct diags *d)
{
	struct stack_lookup *l = &s->lookups[s->n_lookups++];
	l->name = xstrdup(name);
	l->address = xasprintf("data.%s", name);
	if (pos)
		l->pos = *pos;
	check_name(d, pos, "lookup", name);
	if (s->module_depth)
		diag_errorf(d, pos, "lookups (data:) belong to the root stack, not to a module: "
			    "look it up there and pass what the module needs as an input");
	char *where = xasprintf("lookup \"data.%s\"", name);
	if (!json_is_object(def)) {
		diag_errorf(d, pos_or(stack_pos_of(s, def), pos),
			    "%s must be a map with a type and arguments, got %s", where,
			    yaml_type_name(def));
		l->type = xstrdup("");
		l->provider = xstrdup("");
		l->config = json_object();
		free(where);
		return;
	}
	const char *type = string_key(s, def, "type", where, d);
	if (!type && !json_object_get(def, "type"))
		diag_errorf(d, pos, "%s has no type", where);
	l->type = xstrdup(type ? type : "");
	if (type) {
		l->ltype = lookup_kind_find(type, &l->ptype);
		if (!l->ltype) {
			const struct src_pos *tpos =
				stack_value_pos(s, def, "type", json_object_get(def, "type"));
			size_t n_names;
			const char *const *names = lookup_type_names(&n_names);
			const char *hint = diag_suggest(type, names, n_names);
			diag_errorf(d, tpos, "unknown lookup type \"%s\"%s", type,
				    resource_type_find(type, NULL) ? " (it is a resource type: "
				    "resources: makes one, data: reads what exists)" : "");
			if (hint) {
				diag_set_detail(d, "did you mean \"%s\"?", hint);
			} else {
				struct strbuf list = STRBUF_INIT;
				for (size_t i = 0; i < n_names; i++)
					strbuf_addf(&list, "%s%s", i ? ", " : "", names[i]);
				diag_set_detail(d, "the lookup types are %s", list.buf);
				strbuf_release(&list);
			}
		}
	}
	const char *provider = string_key(s, def, "provider", where, d);
	if (provider)
		l->provider = xstrdup(provider);
	else if (l->ptype)
		l->provider = xstrdup(l->ptype->name);
	else
		l->provider = xstrndup(l->type, strcspn(l->type, "."));
	l->config = copy_without(s, def, lookup_meta_keys,
				 sizeof(lookup_meta_keys) / sizeof(lookup_meta_keys[0]));
	free(where);
}

static void build_local(struct stack *s, const char *name, json_t *def,
			const struct src_pos *pos, struct diags *d)
{
	struct stack_local *l = &s->locals[s->n_locals++];
	l->name = xstrdup(name);
	if (pos)
		l->pos = *pos;
	check_name(d, pos, "local value", name);
	l->value = json_incref(def);
}

#define MAX_MODULE_DEPTH 16
#define CATALOG_PREFIX "terrace/"

/* A folder, if it exists; else NULL (path is freed). */
static char *existing_dir(char *path)
{
	struct stat st;
	char *real = stat(path, &st) == 0 && S_ISDIR(st.st_mode) ? realpath(path, NULL) : NULL;
	free(path);
	return real;
}

/*
 * The folder (absolute) of catalog module NAME (source: terrace/NAME): the first of
 * each folder in TERRACE_MODULES_PATH (colon-separated), then, next to the
 * running binary, ../share/terrace/modules (installed) and ../modules (the
 * source tree, for build/terrace). NULL when none has it.
 */
static char *catalog_module(const char *name)
{
	if (!*name || strstr(name, "..") || strchr(name, '/'))
		return NULL;
	const char *env = getenv("TERRACE_MODULES_PATH");
	char *found = NULL;
	if (env && *env) {
		char *list = xstrdup(env), *save = NULL;
		for (char *dir = strtok_r(list, ":", &save); dir && !found;
		     dir = strtok_r(NULL, ":", &save))
			found = existing_dir(xasprintf("%s/%s", dir, name));
		free(list);
		if (found)
			return found;
	}
	char exe[4096];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n <= 0)
		return NULL;
	exe[n] = '\0';
	char *slash = strrchr(exe, '/');
	if (slash)
		*slash = '\0';
	found = existing_dir(xasprintf("%s/../share/terrace/modules/%s", exe, name));
	if (!found)
		found = existing_dir(xasprintf("%s/../modules/%s", exe, name));
	return found;
}

static int load(const char *path, int depth, bool settings_only, const char *const *var_files,
		struct stack **out, struct diags *d);

static const char *const module_meta_keys[] = {
	"source", "for_each", "count", "depends_on", "providers",
};

static void build_module(struct stack *s, const char *name, const json_t *def,
			 const struct src_pos *pos, struct diags *d)
{
	struct stack_module *m = &s->modules[s->n_modules++];
	m->name = xstrdup(name);
	if (pos)
		m->pos = *pos;
	check_name(d, pos, "module", name);
	char *where = xasprintf("module \"%s\"", name);
	if (!json_is_object(def)) {
		diag_errorf(d, pos_or(stack_pos_of(s, def), pos),
			    "%s must be a map with a source and inputs, got %s", where,
			    yaml_type_name(def));
		m->inputs = json_object();
		free(where);
		return;
	}
	const char *source = string_key(s, def, "source", where, d);
	const json_t *sv = json_object_get(def, "source");
	if (!sv)
		diag_errorf(d, pos, "%s has no source (a path such as ./modules/lake)", where);
	if (json_object_get(def, "providers"))
		diag_errorf(d, yaml_key_pos(s->positions, def, "providers"),
			    "%s: modules use the calling stack's provider configurations; "
			    "\"providers\" cannot be set", where);
	m->source = source ? xstrdup(source) : NULL;
	m->depends_on = string_list(s, def, "depends_on", &m->n_depends_on, where, d);
	repeat_keys(s, def, where, &m->for_each, &m->count, d);
	m->inputs = copy_without(s, def, module_meta_keys,
				 sizeof(module_meta_keys) / sizeof(module_meta_keys[0]));
	char *catalog = NULL;
	if (source && !strncmp(source, CATALOG_PREFIX, strlen(CATALOG_PREFIX))) {
		catalog = catalog_module(source + strlen(CATALOG_PREFIX));
		if (!catalog)
			diag_errorf(d, stack_value_pos(s, def, "source", sv),
				    "%s: no module \"%s\" in terrace's catalog (searched "
				    "TERRACE_MODULES_PATH, then the modules/ folder shipped with terrace)",
				    where, source + strlen(CATALOG_PREFIX));
		source = catalog;
	} else if (source && strncmp(source, "./", 2) && strncmp(source, "../", 3) &&
		   source[0] != '/') {
		diag_errorf(d, stack_value_pos(s, def, "source", sv),
			    "%s: source \"%s\" must be a local path starting with ./ or ../, or "
			    "terrace/NAME for a module of terrace's catalog", where, source);
		source = NULL;
	}
	if (source && s->module_depth >= MAX_MODULE_DEPTH) {
		diag_errorf(d, stack_value_pos(s, def, "source", sv),
			    "%s: modules nest more than %d deep; does a module call itself?", where,
			    MAX_MODULE_DEPTH);
	} else if (source) {
		while (!strncmp(source, "./", 2))
			source += 2;
		char *path = source[0] == '/' || !strcmp(s->dir, ".") ? xstrdup(source)
								       : join_path(s->dir, source);
		struct stat st;
		if (stat(path, &st) < 0)
			diag_errorf(d, stack_value_pos(s, def, "source", sv), "%s: cannot read %s: %s",
				    where, path, strerror(errno));
		else if (load(path, s->module_depth + 1, false, NULL, &m->stack, d) < 0)
			diag_errorf(d, stack_value_pos(s, def, "source", sv),
				    "%s: the module at %s has errors", where, path);
		free(path);
	}
	free(catalog);
	free(where);
}

static const char *const output_keys[] = { "value", "description", "sensitive" };

static void build_output(struct stack *s, const char *name, json_t *def,
			 const struct src_pos *pos, struct diags *d)
{
	struct stack_output *o = &s->outputs[s->n_outputs++];
	o->name = xstrdup(name);
	if (pos)
		o->pos = *pos;
	check_name(d, pos, "output", name);
	bool long_form = false;
	if (json_is_object(def))
		for (size_t i = 0; i < 3; i++)
			if (json_object_get(def, output_keys[i]))
				long_form = true;
	if (!long_form) {
		o->value = json_incref(def);
		return;
	}
	char *where = xasprintf("output \"%s\"", name);
	const char *key;
	json_t *value;
	json_object_foreach(def, key, value)
		if (strcmp(key, "value") && strcmp(key, "description") && strcmp(key, "sensitive"))
			unknown_key(d, yaml_key_pos(s->positions, def, key), key, where, output_keys, 3);
	json_t *v = json_object_get(def, "value");
	if (!v)
		diag_errorf(d, pos, "%s has no value", where);
	o->value = json_incref(v ? v : json_null());
	const char *desc = string_key(s, def, "description", where, d);
	o->description = desc ? xstrdup(desc) : NULL;
	o->sensitive = bool_key(s, def, "sensitive", where, d);
	free(where);
}

/* Add the implicit empty configuration of every provider type that a
 * resource uses by default and the stack does not configure. Not in a
 * module: its resources use the calling stack's configurations (an empty
 * ssh configuration would fail validation for want of a host). */
static void add_implicit_providers(struct stack *s)
{
	if (s->module_depth)
		return;
	for (size_t i = 0; i < s->n_resources; i++) {
		const struct stack_resource *r = &s->resources[i];
		if (!r->ptype || strcmp(r->provider, r->ptype->name) || stack_find_provider(s, r->provider))
			continue;
		s->providers = xrealloc(s->providers, (s->n_providers + 1) * sizeof(*s->providers));
		struct stack_provider *p = &s->providers[s->n_providers++];
		memset(p, 0, sizeof(*p));
		p->name = xstrdup(r->ptype->name);
		p->type = xstrdup(r->ptype->name);
		p->ptype = r->ptype;
		p->config = json_object();
	}
	for (size_t i = 0; i < s->n_lookups; i++) {
		const struct stack_lookup *l = &s->lookups[i];
		if (!l->ptype || strcmp(l->provider, l->ptype->name) || stack_find_provider(s, l->provider))
			continue;
		s->providers = xrealloc(s->providers, (s->n_providers + 1) * sizeof(*s->providers));
		struct stack_provider *p = &s->providers[s->n_providers++];
		memset(p, 0, sizeof(*p));
		p->name = xstrdup(l->ptype->name);
		p->type = xstrdup(l->ptype->name);
		p->ptype = l->ptype;
		p->config = json_object();
	}
}

static const char *const check_keys[] = { "assert" };

/* checks: NAME: {assert: [{condition, error_message}, ...]}, Terraform's
 * check blocks: looked at after plan and apply, a failure is a warning. */
static void build_check(struct stack *s, const char *name, json_t *def,
			const struct src_pos *pos, struct diags *d)
{
	check_name(d, pos, "check", name);
	if (s->module_depth) {
		diag_errorf(d, pos, "checks belong to the root stack, not to a module");
		return;
	}
	char *where = xasprintf("check \"%s\"", name);
	if (!json_is_object(def) || !json_object_get(def, "assert")) {
		diag_errorf(d, pos, "%s must be a map with assert: a list of {condition, "
			    "error_message}", where);
		free(where);
		return;
	}
	const char *k;
	json_t *v;
	json_object_foreach(def, k, v)
		if (strcmp(k, "assert"))
			unknown_key(d, yaml_key_pos(s->positions, def, k), k, where, check_keys, 1);
	json_t *asserts = NULL;
	condition_list(s, def, "assert", "assert", where, &asserts, d);
	if (asserts) {
		if (!s->checks)
			s->checks = json_object();
		json_object_set_new(s->checks, name, asserts);
	}
	free(where);
}

static void build_stack(struct stack *s, struct merged *m, struct diags *d)
{
	const char *name;
	json_t *def;
	json_t *vars = m->sections[0], *providers = m->sections[1];
	json_t *resources = m->sections[2], *outputs = m->sections[3];
	json_t *locals = m->sections[4], *modules = m->sections[5];

	s->vars = xcalloc(json_object_size(vars) + 1, sizeof(*s->vars));
	json_object_foreach(vars, name, def)
		build_variable(s, name, def, yaml_key_pos(s->positions, vars, name), d);
	if (s->module_depth && json_object_size(providers))
		diag_errorf(d, yaml_key_pos(s->positions, providers,
					    json_object_iter_key(json_object_iter(providers))),
			    "a module uses the provider configurations of the stack that calls it; "
			    "move providers: to that stack");
	s->providers = xcalloc(json_object_size(providers) + 1, sizeof(*s->providers));
	json_object_foreach(providers, name, def)
		build_provider(s, name, def, yaml_key_pos(s->positions, providers, name), d);
	s->locals = xcalloc(json_object_size(locals) + 1, sizeof(*s->locals));
	json_object_foreach(locals, name, def)
		build_local(s, name, def, yaml_key_pos(s->positions, locals, name), d);
	s->resources = xcalloc(json_object_size(resources) + 1, sizeof(*s->resources));
	json_object_foreach(resources, name, def)
		build_resource(s, name, def, yaml_key_pos(s->positions, resources, name), d);
	s->modules = xcalloc(json_object_size(modules) + 1, sizeof(*s->modules));
	json_object_foreach(modules, name, def)
		build_module(s, name, def, yaml_key_pos(s->positions, modules, name), d);
	const json_t *with_depends_on[2] = { resources, modules };
	check_depends_on(s, with_depends_on, d);
	s->outputs = xcalloc(json_object_size(outputs) + 1, sizeof(*s->outputs));
	json_object_foreach(outputs, name, def)
		build_output(s, name, def, yaml_key_pos(s->positions, outputs, name), d);
	json_t *checks = m->sections[6];
	json_object_foreach(checks, name, def)
		build_check(s, name, def, yaml_key_pos(s->positions, checks, name), d);
	json_t *data = m->sections[7];
	s->lookups = xcalloc(json_object_size(data) + 1, sizeof(*s->lookups));
	json_object_foreach(data, name, def)
		build_lookup(s, name, def, yaml_key_pos(s->positions, data, name), d);
	add_implicit_providers(s);
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

static char *dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	return xstrndup(path, (size_t)(slash - path));
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

int stack_load(const char *path, struct stack **out, struct diags *d)
{
	return load(path, 0, false, NULL, out, d);
}

int stack_load_settings(const char *path, struct stack **out, struct diags *d)
{
	return load(path, 0, true, NULL, out, d);
}

int stack_load_except(const char *path, const char *const *var_files, struct stack **out,
		      struct diags *d)
{
	return load(path, 0, false, var_files, out, d);
}

int stack_load_settings_except(const char *path, const char *const *var_files,
			       struct stack **out, struct diags *d)
{
	return load(path, 0, true, var_files, out, d);
}

static int load(const char *path, int depth, bool settings_only, const char *const *var_files,
		struct stack **out, struct diags *d)
{
	struct diags local = DIAGS_INIT;
	struct stat st;
	char **files = NULL;
	size_t n_files = 0;
	struct stack *s = NULL;
	struct merged m;
	memset(&m, 0, sizeof(m));

	*out = NULL;
	if (stat(path, &st) < 0)
		return diag_errorf(d, NULL, "cannot read %s: %s", path, strerror(errno));
	bool is_dir = S_ISDIR(st.st_mode);
	if (is_dir) {
		if (list_stack_files(path, var_files, &files, &n_files, d) < 0) {
			free_strings(files, n_files);
			return -1;
		}
	} else {
		files = xcalloc(1, sizeof(*files));
		files[n_files++] = xstrdup(path);
	}

	s = xcalloc(1, sizeof(*s));
	s->module_depth = depth;
	s->settings_only = settings_only;
	s->path = xstrdup(path);
	s->dir = is_dir ? xstrdup(path) : dir_of(path);
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
		m.declared = declared_variables(docs, n_files);
		size_t n_merged = 0;
		for (size_t i = 0; i < n_files; i++) {
			if (is_dir && is_variable_file(docs[i], m.declared, settings_only)) {
				if (!settings_only)
					note_variable_file(s, files[i], docs[i]);
				continue;
			}
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
			build_stack(s, &m, &local);
			stack_validate(s, &local);
			check_environment_names(s, &local);
		}
	}
	for (size_t i = 0; i < n_files; i++)
		json_decref(docs[i]);
	free(docs);
	free_strings(files, n_files);

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

/* ---- dependencies -------------------------------------------------------- */

static void add_dep(const char ***deps, size_t *n, const char *name)
{
	for (size_t i = 0; i < *n; i++)
		if (!strcmp((*deps)[i], name))
			return;
	*deps = xrealloc(*deps, (*n + 2) * sizeof(**deps));
	(*deps)[(*n)++] = name;
	(*deps)[*n] = NULL;
}

/* The resources that the references in value lead to, directly or through
 * local values (depth bounds a local that refers to itself). */
static void deps_of_value(const struct stack *s, const json_t *value, const char ***deps,
			  size_t *n, int depth)
{
	struct expr_refs refs = { NULL, 0, 0 };
	struct diags ignored = DIAGS_INIT; /* syntax errors were reported by stack_load */
	expr_collect_refs(value, NULL, NULL, &refs, &ignored);
	for (size_t i = 0; i < refs.n; i++) {
		const struct expr_ref *ref = &refs.items[i];
		if (!strcmp(ref->root, "local") && ref->path && depth < 32) {
			char *name = xstrndup(ref->path, strcspn(ref->path, ".["));
			const struct stack_local *l = stack_find_local(s, name);
			free(name);
			if (l)
				deps_of_value(s, l->value, deps, n, depth + 1);
			continue;
		}
		if (!ref->prefix_len && !strncmp(ref->root, "data.", 5)) {
			const struct stack_lookup *l = stack_find_lookup(s, ref->root);
			if (l)
				add_dep(deps, n, l->address);
			continue;
		}
		const struct stack_resource *dep = ref->prefix_len ? NULL :
						   stack_resource_of_root(s, ref->root, NULL);
		if (dep)
			add_dep(deps, n, dep->name);
	}
	expr_refs_free(&refs);
	diags_free(&ignored);
}

const char **stack_resource_deps(const struct stack *s, const struct stack_resource *r, size_t *n)
{
	const char **deps = xcalloc(1, sizeof(*deps));
	*n = 0;
	deps_of_value(s, r->config, &deps, n, 0);
	if (r->for_each)
		deps_of_value(s, r->for_each, &deps, n, 0);
	if (r->count)
		deps_of_value(s, r->count, &deps, n, 0);
	/* What the resource's provider configuration uses must exist before the
	 * provider can reach the resource (a database's endpoint). */
	const struct stack_provider *p = r->provider ? stack_find_provider(s, r->provider) : NULL;
	if (p)
		deps_of_value(s, p->config, &deps, n, 0);
	for (size_t i = 0; i < r->n_depends_on; i++) {
		const struct stack_resource *dep = stack_find_resource(s, r->depends_on[i]);
		if (dep)
			add_dep(&deps, n, dep->name);
	}
	return deps;
}

const char **stack_lookup_deps(const struct stack *s, const struct stack_lookup *l, size_t *n)
{
	const char **deps = xcalloc(1, sizeof(*deps));
	*n = 0;
	deps_of_value(s, l->config, &deps, n, 0);
	const struct stack_provider *p = l->provider ? stack_find_provider(s, l->provider) : NULL;
	if (p)
		deps_of_value(s, p->config, &deps, n, 0);
	return deps;
}
