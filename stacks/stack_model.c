/*
 * stack_model.c: building struct stack from the merged top level: variables,
 * providers, locals, resources (their lifecycle, conditions, for_each and
 * count), modules (loaded from their folders or terrace's catalog, through
 * struct stack_merged's load_module: stack.c's loader), outputs,
 * checks and lookups, each checked as it is built.
 *
 * Choices made here:
 * - A resource without `provider:` uses the configuration named like its
 *   provider type ("aws"). When the stack defines no such configuration, an
 *   implicit empty one is added to s->providers (its pos.line is 0), so every
 *   resource's provider names an entry of s->providers.
 * - A variable without `type:` takes the type of its default, or "string".
 */
#include "stacks/stack.h"
#include "stacks/builtin_lookups.h"
#include "provider/base/input_file.h"
#include "stacks/stack_internal.h"
#include "stacks/expr.h"
#include "stacks/expand.h"
#include "stacks/yaml.h"
#include "stacks/var_type.h"
#include "provider/provider.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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

static bool check_name(struct diags *d, const struct src_pos *pos, const char *what,
		       const char *name)
{
	if (stack_name_valid(name))
		return true;
	char *shown = text_quoted(name);
	diag_errorf(d, pos, "invalid %s name %s: use letters, digits, \"_\" and \"-\", "
		    "starting with a letter or \"_\"", what, shown);
	free(shown);
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

static const char *const variable_keys[] = { "type", "default", "description", "sensitive",
					     "nullable", "validation" };
#define N_VARIABLE_KEYS (sizeof(variable_keys) / sizeof(variable_keys[0]))

static void condition_list(struct stack *s, const json_t *parent, const char *key,
			   const char *kind, const char *where, json_t **out, struct diags *d);

/* A validation condition may use variables only: it is judged before
 * anything else is known. */
static void check_validation_refs(struct stack *s, const json_t *rules, struct diags *d)
{
	size_t i;
	json_t *rule;
	json_array_foreach(rules, i, rule) {
		const json_t *cond = json_object_get(rule, "condition");
		struct expr_refs refs = { 0 };
		struct diags ignored = DIAGS_INIT;
		expr_collect_refs(cond, NULL, NULL, &refs, &ignored);
		for (size_t k = 0; k < refs.n; k++) {
			if (!strcmp(refs.items[k].root, "var"))
				continue;
			diag_errorf(d, stack_pos_of(s, cond), "a validation condition may use "
				    "variables only (var.NAME), not %s: it is judged before "
				    "anything is planned", refs.items[k].root);
			break;
		}
		expr_refs_free(&refs);
		diags_free(&ignored);
	}
}

static void build_variable(struct stack *s, const char *name, const json_t *def,
			   const struct src_pos *pos, struct diags *d)
{
	struct stack_variable *v = &s->vars[s->n_vars++];
	v->name = xstrdup(name);
	v->nullable = true;
	if (pos)
		v->pos = *pos;
	check_name(d, pos, "variable", name);

	char *where = xasprintf("variable \"%s\"", name);
	if (json_is_null(def))
		goto done;
	if (!json_is_object(def)) {
		diag_errorf(d, pos_or(stack_pos_of(s, def), pos),
			    "%s must be a map with type, default, description and sensitive, got %s",
			    where, yaml_type_name(def));
		goto done;
	}
	const char *key;
	json_t *value;
	json_object_foreach((json_t *)def, key, value) {
		size_t i;
		for (i = 0; i < N_VARIABLE_KEYS; i++)
			if (!strcmp(key, variable_keys[i]))
				break;
		if (i == N_VARIABLE_KEYS)
			stack_unknown_key(d, yaml_key_pos(s->positions, def, key), key, where,
					  variable_keys, N_VARIABLE_KEYS);
	}
	v->sensitive = bool_key(s, def, "sensitive", where, d);
	if (json_object_get(def, "nullable") && !json_is_null(json_object_get(def, "nullable")))
		v->nullable = bool_key(s, def, "nullable", where, d);
	const char *type = string_key(s, def, "type", where, d);
	json_t *dflt = json_object_get(def, "default");
	if (type) {
		struct strbuf why = STRBUF_INIT;
		v->type_tree = var_type_parse(type, &why);
		v->typed = v->type_tree && !json_is_string(v->type_tree) ? true
			 : v->type_tree && strcmp(type, "list") && strcmp(type, "map");
		if (!v->type_tree) {
			json_t *tv = json_object_get(def, "type");
			diag_errorf(d, stack_value_pos(s, def, "type", tv), "type of %s: %s", where,
				    why.buf);
			static const char *const names[] = { "string", "number", "bool", "any", "list",
							     "set", "map", "object", "tuple" };
			size_t n = strspn(type, "abcdefghijklmnopqrstuvwxyz_");
			const char *hint = !type[n] ? diag_suggest(type, names, 9) : NULL;
			for (size_t k = 0; !type[n] && !hint && k < 9; k++)
				if (!strncmp(type, names[k], strlen(names[k])))
					hint = names[k]; /* boolean: bool */
			if (hint)
				diag_set_detail(d, "did you mean \"%s\"?", hint);
			else
				diag_set_detail(d, "the types are string, number, bool, any, list(T), "
						"set(T), map(T), object({NAME = T, ...}) and "
						"tuple([T, ...])");
			type = NULL;
		}
		strbuf_release(&why);
	} else if (dflt && !json_is_null(dflt) && !json_object_get(def, "type")) {
		/* No type written: the default's. */
		type = json_is_array(dflt) ? "list" : json_is_object(dflt) ? "map" :
		       json_is_number(dflt) ? "number" : json_is_boolean(dflt) ? "bool" : "string";
	}
	v->type = xstrdup(type ? type : "string");
	if (!v->type_tree)
		v->type_tree = json_string(v->type);
	if (dflt && json_is_null(dflt)) {
		/* default: null, as in Terraform: the variable may be left out. */
		if (!v->nullable)
			diag_errorf(d, stack_value_pos(s, def, "default", dflt),
				    "default of %s is null, which nullable: false refuses", where);
		else
			v->default_value = json_null();
	} else if (dflt && type) {
		struct strbuf why = STRBUF_INIT;
		char *path = xasprintf("var.%s", name);
		const json_t *at = NULL;
		v->default_value = var_type_convert(v->type_tree, dflt, path, v->sensitive, false,
						     &at, &why);
		v->default_written = json_incref(dflt);
		if (!v->default_value)
			diag_errorf(d, pos_or(at ? stack_pos_of(s, at) : NULL,
					      stack_value_pos(s, def, "default", dflt)),
				    "default of %s: %s", where, why.buf);
		free(path);
		strbuf_release(&why);
	}
	const char *desc = string_key(s, def, "description", where, d);
	v->description = desc ? xstrdup(desc) : NULL;
	condition_list(s, def, "validation", "validation", where, &v->validations, d);
	check_validation_refs(s, v->validations, d);
done:
	if (!v->type)
		v->type = xstrdup("string");
	if (!v->type_tree)
		v->type_tree = json_string(v->type);
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

bool stack_reserved_name(const char *name)
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
	/* A literal count or for_each is checked here, as plan checks their
	 * values; a wrong one still counts as one, so count.index or each.key
	 * in the resource is not reported too. */
	if (fe && !json_is_string(fe))
		stack_too_many_instances(d, stack_value_pos(s, def, "for_each", fe), where, true,
					 (double)(json_is_array(fe) ? json_array_size(fe)
								    : json_object_size(fe)));
	*for_each = fe ? json_incref(fe) : NULL;
	*count = c ? json_incref(c) : NULL;
	char *text = c && json_is_number(c) ? json_dumps(c, JSON_ENCODE_ANY) : NULL;
	if (c && !json_is_number(c) && !json_is_string(c))
		diag_errorf(d, stack_value_pos(s, def, "count", c),
			    "count of %s must be a whole number, got %s", where, yaml_type_name(c));
	else if (c && json_is_number(c) &&
		 !stack_too_many_instances(d, stack_value_pos(s, def, "count", c), where, false,
					   json_number_value(c)) && (json_number_value(c) < 0 ||
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
				stack_unknown_key(d, yaml_key_pos(s->positions, c, k), k, where,
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
	if (check_name(d, pos, "resource", name) && stack_reserved_name(name))
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
			/* as Terraform or CloudFormation names it, the written
			 * type first, else a misspelling */
			const char *also = NULL;
			const char *hint = resource_type_suggest(type, &also);
			if (hint && also)
				diag_set_detail(d, "did you mean \"%s\" (terrace's own type) or \"%s\" "
						"(through Cloud Control API)?", hint, also);
			else if (hint)
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
				stack_unknown_key(d, yaml_key_pos(s->positions, lc, key), key, lc_where,
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

static const char *const lookup_meta_keys[] = { "type", "provider", "for_each", "count" };

/* data: NAME: {type, provider, ...arguments}, in the root stack or a module
 * (read once per instance of the module: stacks/expand.c). */
static void build_lookup(struct stack *s, const char *name, const json_t *def,
			 const struct src_pos *pos, struct diags *d)
{
	struct stack_lookup *l = &s->lookups[s->n_lookups++];
	l->name = xstrdup(name);
	l->address = xasprintf("data.%s", name);
	if (pos)
		l->pos = *pos;
	check_name(d, pos, "lookup", name);
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
	repeat_keys(s, def, where, &l->for_each, &l->count, d);
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

static const char *const module_meta_keys[] = {
	"source", "for_each", "count", "depends_on", "providers",
};

/* A module call's providers: {NAME: CALLER_NAME}: the configuration of the
 * caller's that the module's NAME is (its resources' provider, their
 * type's name by default), as Terraform's `providers = { aws = aws.west }`;
 * NULL when not set. Whether CALLER_NAME is defined is the expansion's to
 * say (a module's names are the root stack's). */
static json_t *module_providers(const struct stack *s, const json_t *def, const char *where,
				struct diags *d)
{
	const json_t *given = json_object_get(def, "providers");
	const char *name;
	json_t *caller_name;

	if (!given)
		return NULL;
	if (!json_is_object(given)) {
		diag_errorf(d, pos_or(stack_pos_of(s, given), yaml_key_pos(s->positions, def,
									      "providers")),
			    "%s: providers must be a map of the module's provider names to the "
			    "caller's (providers: {aws: west}), got %s", where,
			    yaml_type_name(given));
		return NULL;
	}
	json_object_foreach((json_t *)given, name, caller_name)
		if (!json_is_string(caller_name) || !*json_string_value(caller_name))
			diag_errorf(d, pos_or(stack_pos_of(s, caller_name),
					      yaml_key_pos(s->positions, given, name)),
				    "%s: providers.%s must name a provider configuration of the "
				    "caller (providers: {%s: west}), got %s", where, name, name,
				    yaml_type_name(caller_name));
	return json_deep_copy(given);
}

/* A module's ${path.module}: its folder from the root stack's, whatever
 * the folder terrace runs in (as Terraform's, which runs in the root
 * module's): the caller's module_dir joined with source, source itself
 * when the caller is the root (so a stack planned from its own folder
 * keeps the value it always had); a catalog module's absolute. */
static void set_module_dir(struct stack *m, const struct stack *caller, const char *source,
			   bool catalog)
{
	char buf[PATH_MAX];
	free(m->module_dir);
	if (catalog)
		m->module_dir = xstrdup(realpath(source, buf) ? buf : source);
	else if (source[0] == '/' || !strcmp(caller->module_dir, "."))
		m->module_dir = xstrdup(source);
	else
		m->module_dir = stack_join_path(caller->module_dir, source);
}

static void build_module(struct stack *s, stack_load_module_fn load_module, const char *name,
			 const json_t *def, const struct src_pos *pos, struct diags *d)
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
	m->providers = module_providers(s, def, where, d);
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
								       : stack_join_path(s->dir, source);
		struct stat st;
		if (stat(path, &st) < 0)
			diag_errorf(d, stack_value_pos(s, def, "source", sv), "%s: cannot read %s: %s",
				    where, path, input_file_errno_text(errno));
		else if (load_module(path, s, &m->stack, d) < 0)
			diag_errorf(d, stack_value_pos(s, def, "source", sv),
				    "%s: the module at %s has errors", where, path);
		else
			set_module_dir(m->stack, s, source, catalog != NULL);
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
			stack_unknown_key(d, yaml_key_pos(s->positions, def, key), key, where, output_keys, 3);
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
			stack_unknown_key(d, yaml_key_pos(s->positions, def, k), k, where, check_keys, 1);
	json_t *asserts = NULL;
	condition_list(s, def, "assert", "assert", where, &asserts, d);
	if (asserts) {
		if (!s->checks)
			s->checks = json_object();
		json_object_set_new(s->checks, name, asserts);
	}
	free(where);
}

void stack_build(struct stack *s, struct stack_merged *m, struct diags *d)
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
		build_module(s, m->load_module, name, def, yaml_key_pos(s->positions, modules, name), d);
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

