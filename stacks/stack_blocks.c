/*
 * stack_blocks.c: the top-level blocks that are not NAME: definition maps:
 * backend:, lab:, environments: (and selecting one: stack_use_environment),
 * moved:, removed: and import:, each checked as it is merged.
 */
#include "stacks/stack.h"
#include "stacks/stack_internal.h"
#include "stacks/yaml.h"
#include "provider/provider.h"
#include "provider/base/text.h"

#include <stdlib.h>
#include <string.h>

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
		if (keys && !text_listed(keys, key)) {
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
		stack_report_twice(d, kpos, "top-level key", "backend", yaml_pos_of(s->positions, s->backend));
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

static void merge_lab(struct stack *s, json_t *doc, json_t *block, struct diags *d)
{
	const struct src_pos *kpos = yaml_key_pos(s->positions, doc, "lab");
	if (s->lab) {
		stack_report_twice(d, kpos, "top-level key", "lab", yaml_pos_of(s->positions, s->lab));
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
		if (!text_listed(stack_lab_keys, key)) {
			size_t n = 0;
			while (stack_lab_keys[n])
				n++;
			stack_unknown_key(d, yaml_key_pos(s->positions, block, key), key, "lab",
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
	"mode", "variables", "providers", "backend", "git_branch", "git_tag", NULL,
};

static size_t count_keys(const char *const *keys)
{
	size_t n = 0;
	while (keys[n])
		n++;
	return n;
}

/* One entry of environments: (NAME: {mode, variables, providers, backend,
 * git_branch, git_tag}); 0 when valid. What its variables and providers name is
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
			    "variables, providers, backend, git_branch, git_tag), got %s", name,
			    yaml_type_name(env));
		return -1;
	}
	const char *mode = json_string_value(json_object_get(env, "mode"));
	const char *key;
	json_t *v;
	json_object_foreach(env, key, v) {
		const struct src_pos *pos = stack_value_pos(s, env, key, v);
		if (!text_listed(stack_environment_keys, key)) {
			char *where = xasprintf("environment \"%s\"", name);
			stack_unknown_key(d, yaml_key_pos(s->positions, env, key), key, where,
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
		} else if (!strcmp(key, "git_tag") && (!json_is_string(v) || !*json_string_value(v))) {
			diag_errorf(d, pos, "environment \"%s\": git_tag must be a tag name pattern "
				    "(v*, release-*), got %s", name,
				    json_is_string(v) ? "\"\"" : yaml_type_name(v));
		} else if ((!strcmp(key, "git_branch") || !strcmp(key, "git_tag")) && mode &&
			   strcmp(mode, "production")) {
			diag_errorf(d, pos, "environment \"%s\": %s is checked in production "
				    "mode only; this environment is in %s mode", name, key, mode);
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
		stack_report_twice(d, kpos, "top-level key", "environments",
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
			json_decref(var->default_written);
			var->default_written = NULL;
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
void stack_check_environment_names(struct stack *s, struct diags *d)
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
			if (!text_listed(b->keys, k)) {
				size_t n_keys = 0;
				while (b->keys[n_keys])
					n_keys++;
				stack_unknown_key(d, yaml_key_pos(s->positions, entry, k), k, key, b->keys,
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

/* ---- which block a top-level key is ---------------------------------------- */

bool stack_merge_block(struct stack *s, json_t *doc, const char *key, json_t *value,
		       struct diags *d)
{
	if (!strcmp(key, "lab")) {
		merge_lab(s, doc, value, d);
		return true;
	}
	if (!strcmp(key, "environments")) {
		merge_environments(s, doc, value, d);
		return true;
	}
	const struct address_block *ab = NULL;
	for (size_t b = 0; b < sizeof(address_blocks) / sizeof(address_blocks[0]); b++)
		if (!strcmp(key, address_blocks[b].key))
			ab = &address_blocks[b];
	if (ab) {
		merge_address_block(s, doc, ab, value, d);
		return true;
	}
	if (!strcmp(key, "backend")) {
		merge_backend(s, doc, value, d);
		return true;
	}
	return false;
}
