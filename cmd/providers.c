/*
 * providers.c: `terrace providers` (every resource type, written and awscc,
 * sorted and grouped by provider and service; -json), `terrace providers
 * schema -json`: every provider's configuration schema, every resource
 * type's attributes and every lookup kind's (data_source_schemas, as
 * Terraform names them), read from the registry, for tools and for
 * docs/gen-reference.py, the awscc types as a provider "awscc" of their own
 * (as Terraform's awscc provider) with their constraints; how `terrace
 * sweep` finds a type's objects ("sweep": "by tag" or "by name", from
 * sweep's own list of kinds, provider/aws/sweep.h); and `terrace providers
 * schema TYPE`: one type for a person; `terrace providers schema
 * -json-schema`: the stack file as a JSON Schema for editors, the blocks
 * types share written once.
 */
#include "cmd/cli.h"

#include <stdlib.h>
#include <string.h>

#include "provider/aws/cloudcontrol/api.h"
#include "provider/aws/sweep.h"
#include "provider/provider.h"
#include "stacks/stack_internal.h"

static const struct cli_command providers_cmd = {
	"providers", "terrace providers [-json] | providers schema -json [-written] |\n"
	"       providers schema TYPE | providers schema -json-schema",
	"List every resource type (written and awscc), sorted and grouped by provider and\n"
	"service; `schema -json` prints every type's schema, written and awscc (the awscc\n"
	"types as a provider \"awscc\", about 18 MB), as Terraform's `providers schema\n"
	"-json` does (configuration, attributes, flags, defaults, nested blocks,\n"
	"constraints, import id, how `terrace sweep` finds the type's objects), with\n"
	"-written the written types alone; `schema TYPE` prints one type's attributes for\n"
	"a person; `schema -json-schema` a JSON Schema of the stack file for editors.",
	2, "schema",
};

/* Machine names of attribute types (attr_type_name() is for messages). */
static const char *type_key(enum attr_type t)
{
	switch (t) {
	case ATTR_STRING: return "string";
	case ATTR_NUMBER: return "number";
	case ATTR_BOOL: return "bool";
	case ATTR_LIST: return "list";
	case ATTR_MAP: return "map";
	case ATTR_JSON: return "json";
	case ATTR_OBJECT: return "object";
	case ATTR_OBJECT_LIST: return "object_list";
	}
	return "?";
}

static json_t *attributes_json(const struct attr_schema *attrs, const json_t *described);

/* Attribute a's schema; described: what an awscc type's schema says of it
 * beyond (cc_type_describe's entry for it), NULL for a written type. */
static json_t *attribute_json(const struct attr_schema *a, const json_t *described)
{
	static const struct { unsigned flag; const char *key; } flags[] = {
		{ ATTR_REQUIRED, "required" }, { ATTR_OPTIONAL, "optional" },
		{ ATTR_COMPUTED, "computed" }, { ATTR_FORCE_NEW, "force_new" },
		{ ATTR_SENSITIVE, "sensitive" }, { ATTR_CONFIG_ONLY, "config_only" },
		{ ATTR_ONE_OR_LIST, "one_or_list" },
	};
	json_t *j = json_pack("{s:s}", "type", type_key(a->type));
	if (a->type == ATTR_LIST || a->type == ATTR_MAP)
		json_object_set_new(j, "element_type", json_string(type_key(a->elem_type)));
	for (size_t i = 0; i < sizeof(flags) / sizeof(*flags); i++)
		if (a->flags & flags[i].flag)
			json_object_set_new(j, flags[i].key, json_true());
	json_t *def = schema_default(a);
	if (def)
		json_object_set_new(j, "default", def);
	if (a->description)
		json_object_set_new(j, "description", json_string(a->description));
	const char *key;
	json_t *value;
	json_object_foreach((json_t *)described, key, value)
		if (strcmp(key, "nested"))
			json_object_set(j, key, value);
	if (a->nested)
		json_object_set_new(j, "nested",
				    attributes_json(a->nested, json_object_get(described, "nested")));
	return j;
}

/* An object of attributes in schema order. */
static json_t *attributes_json(const struct attr_schema *attrs, const json_t *described)
{
	json_t *j = json_object();
	for (; attrs && attrs->name; attrs++)
		json_object_set_new(j, attrs->name,
				    attribute_json(attrs, json_object_get(described, attrs->name)));
	return j;
}

/* "by tag" or "by name" for a type sweep finds (sweep's kinds), else NULL. */
static const char *sweep_found(const struct resource_type *rt)
{
	for (const struct aws_sweep_kind *k = aws_sweep_kinds(); k->type; k++)
		if (k->rt == rt)
			return aws_sweep_kind_tagged(k) ? "by tag" : "by name";
	return NULL;
}

static json_t *resource_json(const struct resource_type *rt)
{
	json_t *j = json_object();
	const char *sweep = sweep_found(rt);
	if (rt->description)
		json_object_set_new(j, "description", json_string(rt->description));
	if (rt->not_importable)
		json_object_set_new(j, "not_importable", json_string(rt->not_importable));
	else if (rt->import_id)
		json_object_set_new(j, "import_id", json_string(rt->import_id));
	if (sweep)
		json_object_set_new(j, "sweep", json_string(sweep));
	json_t *described = cc_type_describe(rt);
	if (described) {
		json_object_set(j, "cloudformation_type", json_object_get(described, "cloudformation_type"));
		json_object_set(j, "documentation", json_object_get(described, "documentation"));
	}
	json_object_set_new(j, "attributes",
			    attributes_json(rt->attrs, json_object_get(described, "attributes")));
	json_decref(described);
	return j;
}

/* A lookup kind (data:), as Terraform's data_source_schemas. */
static json_t *lookup_json(const struct lookup_type *lt)
{
	json_t *j = json_object();
	if (lt->description)
		json_object_set_new(j, "description", json_string(lt->description));
	json_object_set_new(j, "attributes", attributes_json(lt->attrs, NULL));
	return j;
}

static json_t *schema_json(bool awscc)
{
	json_t *providers = json_object();
	for (const struct provider_type *const *p = provider_types_all(); *p; p++) {
		json_t *resources = json_object();
		for (size_t i = 0; (*p)->resources[i]; i++)
			json_object_set_new(resources, (*p)->resources[i]->name,
					    resource_json((*p)->resources[i]));
		json_t *entry = json_pack("{s:{s:o}, s:o}", "provider", "attributes",
					  attributes_json((*p)->config_attrs, NULL),
					  "resource_schemas", resources);
		if ((*p)->lookups && (*p)->lookups[0]) {
			json_t *lookups = json_object();
			for (size_t i = 0; (*p)->lookups[i]; i++)
				json_object_set_new(lookups, (*p)->lookups[i]->name,
						    lookup_json((*p)->lookups[i]));
			json_object_set_new(entry, "data_source_schemas", lookups);
		}
		json_object_set_new(providers, (*p)->name, entry);
		/* the types made at run time (awscc.*), a provider of their own
		 * as Terraform's awscc is, configured by this one */
		size_t n = 0;
		const char *const *names = awscc && (*p)->type_names ? (*p)->type_names(&n) : NULL;
		if (!n)
			continue;
		json_t *made = json_object();
		for (size_t i = 0; i < n; i++) {
			const struct resource_type *rt = resource_type_find(names[i], NULL);
			if (rt)
				json_object_set_new(made, names[i], resource_json(rt));
		}
		char *prefix = xstrndup(names[0], strcspn(names[0], "."));
		json_object_set_new(providers, prefix,
				    json_pack("{s:s, s:{s:o}, s:o}", "configured_by", (*p)->name,
					      "provider", "attributes",
					      attributes_json((*p)->config_attrs, NULL),
					      "resource_schemas", made));
		free(prefix);
	}
	return json_pack("{s:s, s:s, s:o}", "format_version", "1.0",
			 "terrace_version", TERRACE_VERSION, "provider_schemas", providers);
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Every resource type's name, written and made at run time, sorted: a new
 * array of borrowed strings, NULL-terminated. */
static const char **all_type_names(size_t *count)
{
	size_t n = 0, cap = 0;
	const char **names = NULL;
	for (const struct provider_type *const *p = provider_types_all(); *p; p++) {
		size_t m = 0;
		const char *const *made = (*p)->type_names ? (*p)->type_names(&m) : NULL;
		size_t w = 0;
		while ((*p)->resources[w])
			w++;
		if (n + w + m + 1 > cap) {
			cap = n + w + m + 1;
			names = realloc(names, cap * sizeof(*names));
			if (!names)
				abort();
		}
		for (size_t i = 0; i < w; i++)
			names[n++] = (*p)->resources[i]->name;
		for (size_t i = 0; i < m; i++)
			names[n++] = made[i];
	}
	qsort(names, n, sizeof(*names), by_name);
	names[n] = NULL;
	*count = n;
	return names;
}

/* name's provider ("awscc") and service ("kinesis"; "" for a type of two
 * parts: postgres.role), into p and svc. */
static void split_name(const char *name, struct strbuf *p, struct strbuf *svc)
{
	size_t a = strcspn(name, ".");
	strbuf_setlen(p, 0);
	strbuf_setlen(svc, 0);
	strbuf_add(p, name, a);
	const char *rest = name[a] ? name + a + 1 : "";
	if (strchr(rest, '.'))
		strbuf_add(svc, rest, strcspn(rest, "."));
}

/* `terrace providers`: by provider, then service, each sorted. */
static void print_list(bool json)
{
	size_t n;
	const char **names = all_type_names(&n);
	struct strbuf p = STRBUF_INIT, svc = STRBUF_INIT, last_p = STRBUF_INIT,
		      last_svc = STRBUF_INIT;
	json_t *doc = json_object(), *types = json_array(), *providers = json_object();
	for (size_t i = 0; i < n; i++) {
		split_name(names[i], &p, &svc);
		bool new_p = !i || strcmp(p.buf, last_p.buf);
		if (json) {
			json_t *pj = json_object_get(providers, p.buf);
			if (!pj) {
				const struct provider_type *pt = NULL;
				resource_type_find(names[i], &pt);
				pj = json_pack("{s:s, s:o}", "configured_by", pt ? pt->name : p.buf,
					       "services", json_object());
				json_object_set_new(providers, p.buf, pj);
			}
			json_t *services = json_object_get(pj, "services");
			json_t *list = json_object_get(services, svc.buf);
			if (!list)
				json_object_set_new(services, svc.buf, list = json_array());
			json_array_append_new(list, json_string(names[i]));
			json_array_append_new(types, json_pack("{s:s, s:s, s:s}", "name", names[i],
							       "provider", p.buf, "service", svc.buf));
		} else {
			if (new_p)
				printf("%s\n", p.buf);
			if (svc.len && (new_p || strcmp(svc.buf, last_svc.buf)))
				printf("  %s\n", svc.buf);
			printf("%s%s\n", svc.len ? "    " : "  ", names[i]);
		}
		strbuf_setlen(&last_p, 0);
		strbuf_addstr(&last_p, p.buf);
		strbuf_setlen(&last_svc, 0);
		strbuf_addstr(&last_svc, svc.buf);
	}
	if (json) {
		json_object_set_new(doc, "format_version", json_string("1.0"));
		json_object_set_new(doc, "providers", providers);
		json_object_set_new(doc, "types", types);
		json_dumpf(doc, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
		fputc('\n', stdout);
	} else {
		json_decref(providers);
		json_decref(types);
	}
	json_decref(doc);
	strbuf_release(&p);
	strbuf_release(&svc);
	strbuf_release(&last_p);
	strbuf_release(&last_svc);
	free(names);
}

/* ---- one type for a person ------------------------------------------------ */

static void type_text(struct strbuf *out, const json_t *a)
{
	const char *t = json_string_value(json_object_get(a, "type"));
	const char *e = json_string_value(json_object_get(a, "element_type"));
	if (!strcmp(t, "list"))
		strbuf_addf(out, "list of %s", e);
	else if (!strcmp(t, "map"))
		strbuf_addf(out, "map of %s", e);
	else if (!strcmp(t, "object"))
		strbuf_addstr(out, "block");
	else if (!strcmp(t, "object_list"))
		strbuf_addstr(out, "list of blocks");
	else if (!strcmp(t, "json"))
		strbuf_addstr(out, "JSON document");
	else
		strbuf_addstr(out, t);
}

static bool has(const json_t *a, const char *key)
{
	return json_is_true(json_object_get(a, key));
}

static void add_json(struct strbuf *out, const json_t *v)
{
	char *text = json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT);
	strbuf_addstr(out, text ? text : "?");
	free(text);
}

static void range(struct strbuf *out, const json_t *c, const char *what, const char *lo,
		  const char *hi)
{
	const json_t *min = json_object_get(c, lo), *max = json_object_get(c, hi);
	if (!min && !max)
		return;
	strbuf_addf(out, "; %s ", what);
	if (min && max)
		strbuf_addf(out, "%.15g to %.15g", json_number_value(min), json_number_value(max));
	else if (min)
		strbuf_addf(out, "at least %.15g", json_number_value(min));
	else
		strbuf_addf(out, "at most %.15g", json_number_value(max));
}

/* What a person needs of attribute a: required or not, who sets it, what
 * a change does, its default and constraints. */
static void what_text(struct strbuf *out, const json_t *a, bool top)
{
	bool required = has(a, "required"), optional = has(a, "optional"),
	     computed = has(a, "computed");
	if (required)
		strbuf_addstr(out, "required");
	else if (computed && !optional)
		strbuf_addstr(out, "read-only");
	else if (computed && top)
		strbuf_addstr(out, "optional (the server's when unset)");
	else
		strbuf_addstr(out, "optional");
	if (has(a, "force_new"))
		strbuf_addstr(out, ", create-only (a change replaces it)");
	else if (has(a, "create_only"))
		strbuf_addstr(out, ", create-only");
	if (has(a, "write_only"))
		strbuf_addstr(out, ", write-only (never read back)");
	else if (has(a, "sensitive"))
		strbuf_addstr(out, ", sensitive");
	if (json_is_string(json_object_get(a, "alias_of")))
		strbuf_addf(out, "; the old name of %s", json_string_value(json_object_get(a, "alias_of")));
	if (json_object_get(a, "default")) {
		strbuf_addstr(out, "; default ");
		add_json(out, json_object_get(a, "default"));
	}
	const json_t *c = json_object_get(a, "constraints");
	if (json_array_size(json_object_get(c, "enum"))) {
		size_t i;
		json_t *e;
		strbuf_addstr(out, "; one of ");
		json_array_foreach(json_object_get(c, "enum"), i, e) {
			strbuf_addstr(out, i ? ", " : "");
			add_json(out, e);
		}
	}
	if (json_array_size(json_object_get(c, "grows"))) {
		size_t i;
		json_t *e;
		strbuf_addstr(out, "; values AWS's API model lists, which AWS adds to (another "
			      "is a warning): ");
		json_array_foreach(json_object_get(c, "grows"), i, e) {
			strbuf_addstr(out, i ? ", " : "");
			add_json(out, e);
		}
	}
	range(out, c, "length", "min_length", "max_length");
	range(out, c, "value", "minimum", "maximum");
	range(out, c, "items", "min_items", "max_items");
	if (json_object_get(c, "pattern")) {
		strbuf_addstr(out, "; pattern ");
		strbuf_addstr(out, json_string_value(json_object_get(c, "pattern")));
	}
}

static size_t name_width(const json_t *attrs, size_t depth)
{
	size_t w = 0;
	const char *k;
	json_t *a;
	json_object_foreach((json_t *)attrs, k, a) {
		size_t n = depth * 2 + strlen(k);
		size_t in = name_width(json_object_get(a, "nested"), depth + 1);
		w = n > w ? n : w;
		w = in > w ? in : w;
	}
	return w;
}

static void print_attrs(const json_t *attrs, size_t depth, size_t width)
{
	const char *k;
	json_t *a;
	struct strbuf t = STRBUF_INIT, what = STRBUF_INIT;
	json_object_foreach((json_t *)attrs, k, a) {
		strbuf_setlen(&t, 0);
		strbuf_setlen(&what, 0);
		type_text(&t, a);
		what_text(&what, a, !depth);
		printf("  %*s%-*s  %-15s %s\n", (int)(depth * 2), "", (int)(width - depth * 2), k,
		       t.buf, what.buf);
		if (json_object_get(a, "description") && !json_object_get(a, "cloudformation_name"))
			printf("  %*s%*s  %s\n", (int)(depth * 2), "", (int)(width - depth * 2), "",
			       json_string_value(json_object_get(a, "description")));
		print_attrs(json_object_get(a, "nested"), depth + 1, width);
	}
	strbuf_release(&t);
	strbuf_release(&what);
}

static int print_type(const char *name, bool json)
{
	const struct provider_type *pt = NULL;
	const struct resource_type *rt = resource_type_find(name, &pt);
	if (!rt) {
		const char *also = NULL, *hint = resource_type_suggest(name, &also);
		if (hint && also)
			return ui_error("unknown resource type \"%s\"; did you mean \"%s\" (terrace's own "
					"type) or \"%s\" (through Cloud Control API)? `terrace providers` "
					"lists them all", name, hint, also);
		if (hint)
			return ui_error("unknown resource type \"%s\"; did you mean \"%s\"? `terrace "
					"providers` lists them all", name, hint);
		return ui_error("unknown resource type \"%s\"; `terrace providers` lists them all", name);
	}
	json_t *j = resource_json(rt);
	if (json) {
		json_t *doc = json_pack("{s:s, s:s, s:o}", "name", rt->name, "provider", pt->name,
					"schema", j);
		json_dumpf(doc, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
		fputc('\n', stdout);
		json_decref(doc);
		return 0;
	}
	const json_t *attrs = json_object_get(j, "attributes");
	const char *cfn = json_string_value(json_object_get(j, "cloudformation_type"));
	if (cfn) {
		printf("%s: CloudFormation's %s, through AWS Cloud Control API (provider %s)\n",
		       rt->name, cfn, pt->name);
		printf("documentation: %s\n",
		       json_string_value(json_object_get(j, "documentation")));
	} else {
		printf("%s (provider %s)\n", rt->name, pt->name);
		if (rt->description)
			printf("%s\n", rt->description);
	}
	if (json_object_get(j, "import_id"))
		printf("import id: %s\n", json_string_value(json_object_get(j, "import_id")));
	else if (json_object_get(j, "not_importable"))
		printf("not importable: %s\n", json_string_value(json_object_get(j, "not_importable")));
	size_t width = name_width(attrs, 0);
	if (width < 9)
		width = 9;
	printf("\n  %-*s  %-15s %s\n", (int)width, "ATTRIBUTE", "TYPE", "WHAT");
	print_attrs(attrs, 0, width);
	json_decref(j);
	return 0;
}

/* ---- the stack file as a JSON Schema (-json-schema) ----------------------- */

/* Any value holding ${...}: what validate checks only once evaluated. */
static json_t *js_expr(void)
{
	return json_pack("{s:s}", "$ref", "#/definitions/expression");
}

/* What the YAML of a scalar of type t may be (validate coerces "5" to a
 * number and "true" to a bool, and a number or bool to a string). */
static json_t *js_scalar(enum attr_type t)
{
	switch (t) {
	case ATTR_NUMBER: /* patternErrorMessage: the language server's words */
		return json_pack("{s:[s,s], s:s, s:s}", "type", "number", "string",
				 "pattern", "^\\s*-?[0-9][0-9_]*(\\.[0-9]*)?([eE][-+]?[0-9]+)?\\s*$|\\$\\{",
				 "patternErrorMessage", "a number is wanted (or ${...})");
	case ATTR_BOOL:
		return json_pack("{s:[s,s], s:s, s:s}", "type", "boolean", "string",
				 "pattern", "^(true|false|True|False|TRUE|FALSE)$|\\$\\{",
				 "patternErrorMessage", "true or false is wanted (or ${...})");
	case ATTR_STRING:
		return json_pack("{s:[s,s,s]}", "type", "string", "number", "boolean");
	default:
		return json_object();
	}
}

static json_t *js_attrs(const json_t *attrs, bool top);

/* node accepting ${...} too: a list, map or block also as a string
 * holding one (type [T, "string"] and a pattern only strings heed), a
 * string with an enum or a length through anyOf; numbers, bools and other
 * strings take it already (js_scalar). A new reference. */
static json_t *js_or_expr(json_t *node)
{
	const json_t *t = json_object_get(node, "type");
	const char *one = json_string_value(t);
	if (one && (!strcmp(one, "array") || !strcmp(one, "object"))) {
		json_object_set_new(node, "type", json_pack("[s,s]", one, "string"));
		json_object_set_new(node, "pattern", json_string("\\$\\{"));
		return node;
	}
	if (json_object_get(node, "enum") || json_object_get(node, "minLength") ||
	    json_object_get(node, "maxLength"))
		return json_pack("{s:[o,o]}", "anyOf", node, js_expr());
	return node;
}

/* One attribute (its providers schema -json entry, a) as JSON Schema: its
 * shape, its constraints (not the pattern, which validate checks with
 * PCRE2 and an editor's engine may not take), a description terrace
 * writes, and ${...} accepted in its place (js_or_expr: without anyOf where
 * it can, which halves what the language server reads). */
static json_t *js_attr(const json_t *a, bool top)
{
	const char *t = json_string_value(json_object_get(a, "type"));
	const char *e = json_string_value(json_object_get(a, "element_type"));
	const json_t *c = json_object_get(a, "constraints");
	json_t *j;
	enum attr_type et = !e ? ATTR_JSON : !strcmp(e, "number") ? ATTR_NUMBER
			    : !strcmp(e, "bool") ? ATTR_BOOL : !strcmp(e, "string") ? ATTR_STRING : ATTR_JSON;
	static const struct { const char *from, *to; } keys[] = {
		{ "enum", "enum" }, { "min_length", "minLength" }, { "max_length", "maxLength" },
		{ "minimum", "minimum" }, { "maximum", "maximum" },
		{ "grows", "examples" }, /* offered, not required: AWS adds values */
	};
	bool scalar = !strcmp(t, "string") || !strcmp(t, "number") || !strcmp(t, "bool");
	/* a scalar's (or a list's or map's element's) constraints */
	json_t *elem = scalar ? js_scalar(!strcmp(t, "string") ? ATTR_STRING
					  : !strcmp(t, "number") ? ATTR_NUMBER : ATTR_BOOL)
			      : js_scalar(et);
	for (size_t i = 0; i < sizeof(keys) / sizeof(*keys); i++)
		if (json_object_get(c, keys[i].from))
			json_object_set(elem, keys[i].to, json_object_get(c, keys[i].from));
	if (scalar) {
		j = elem;
	} else if (!strcmp(t, "list")) {
		bool one = has(a, "one_or_list"); /* a single value stands for a list of it */
		json_t *single = one ? json_deep_copy(elem) : NULL;
		j = json_pack("{s:s, s:o}", "type", "array", "items", js_or_expr(elem));
		if (one)
			j = json_pack("{s:[o,o]}", "anyOf", js_or_expr(j), js_or_expr(single));
	} else if (!strcmp(t, "map")) {
		j = json_pack("{s:s, s:o}", "type", "object", "additionalProperties",
			      js_or_expr(elem));
	} else if (!strcmp(t, "object")) {
		json_decref(elem);
		j = js_attrs(json_object_get(a, "nested"), false);
	} else if (!strcmp(t, "object_list")) {
		json_decref(elem);
		j = json_pack("{s:s, s:o}", "type", "array", "items",
			      js_or_expr(js_attrs(json_object_get(a, "nested"), false)));
	} else {
		json_decref(elem);
		j = json_object(); /* a JSON document: anything */
	}
	if (!strcmp(t, "list") || !strcmp(t, "object_list")) {
		json_t *arr = has(a, "one_or_list") ? json_array_get(json_object_get(j, "anyOf"), 0) : j;
		if (json_object_get(c, "min_items"))
			json_object_set(arr, "minItems", json_object_get(c, "min_items"));
		if (json_object_get(c, "max_items"))
			json_object_set(arr, "maxItems", json_object_get(c, "max_items"));
	}
	/* a one-line description: what kind of value, who sets it */
	struct strbuf d = STRBUF_INIT;
	type_text(&d, a);
	strbuf_addstr(&d, ", ");
	what_text(&d, a, top);
	if (json_object_get(a, "description") && !json_object_get(a, "cloudformation_name"))
		strbuf_addf(&d, ": %s", json_string_value(json_object_get(a, "description")));
	json_t *out = js_or_expr(j);
	json_object_set_new(out, "description", json_string(d.buf));
	strbuf_release(&d);
	return out;
}

/* A block's attributes (an object of -json entries) as an object schema:
 * the settable ones (read-only ones are the server's), required ones
 * required, no other key. */
static json_t *js_attrs(const json_t *attrs, bool top)
{
	json_t *props = json_object(), *req = json_array();
	const char *k;
	json_t *a;
	(void)top;
	json_object_foreach((json_t *)attrs, k, a) {
		if (!has(a, "required") && !has(a, "optional"))
			continue;
		json_object_set_new(props, k, js_attr(a, top));
		if (has(a, "required"))
			json_array_append_new(req, json_string(k));
	}
	json_t *j = json_pack("{s:s, s:o, s:b}", "type", "object", "properties", props,
			      "additionalProperties", 0);
	if (json_array_size(req))
		json_object_set_new(j, "required", req);
	else
		json_decref(req);
	return j;
}

/* ---- blocks written once ------------------------------------------------ */

/* The awscc types repeat their schemas' definitions wherever they use them
 * (QuickSight's dashboard alone came to 355 KB of 9.7 MB). A block met twice
 * or more, of JS_SHARED_MIN bytes or more, is written once, as the
 * definition "block-N" (numbered as written; a longer name costs a megabyte
 * over the 23,000 references), and referenced wherever it is met: the
 * language server then parses, indexes and resolves a third less
 * (bench/editor.sh). Blocks are compared by their text with sorted keys,
 * their children by what the first pass found them to be. */
#define JS_SHARED_MIN 100

struct js_share {
	json_t *by_text; /* a node's text (children as "#id") -> its entry */
	json_t *by_node; /* "%p" of a node -> its entry: {id, size, uses, children[, top, ref]} */
	json_t *defs;    /* where the "block-N" definitions go */
	json_int_t next_id;
	size_t blocks;
};

/* The schema-valued members of node: each property's value, items, a map's
 * additionalProperties, anyOf's branches; fn gets each one's slot (an
 * object and key, or an array and index) to read or replace it. */
typedef void (*js_slot_fn)(struct js_share *s, json_t *holder, const char *key, size_t index,
			   void *ctx);

static void js_each_slot(struct js_share *s, json_t *node, js_slot_fn fn, void *ctx)
{
	json_t *props = json_object_get(node, "properties"), *v;
	const char *k;
	void *iter;
	json_object_foreach_safe(props, iter, k, v)
		if (json_is_object(v))
			fn(s, props, k, 0, ctx);
	static const char *const members[] = { "items", "additionalProperties" };
	for (size_t i = 0; i < sizeof(members) / sizeof(*members); i++)
		if (json_is_object(json_object_get(node, members[i])))
			fn(s, node, members[i], 0, ctx);
	json_t *any = json_object_get(node, "anyOf");
	for (size_t i = 0; i < json_array_size(any); i++)
		if (json_is_object(json_array_get(any, i)))
			fn(s, any, NULL, i, ctx);
}

static json_t *js_slot_get(json_t *holder, const char *key, size_t index)
{
	return key ? json_object_get(holder, key) : json_array_get(holder, index);
}

static json_t *js_entry(struct js_share *s, const json_t *node)
{
	char at[32];
	snprintf(at, sizeof(at), "%p", (const void *)node);
	return json_object_get(s->by_node, at);
}

static json_int_t js_int(const json_t *entry, const char *key)
{
	return json_integer_value(json_object_get(entry, key));
}

/* The first pass's view of one node: the copy it is compared by (its
 * children as their entries' ids) and the size of all it holds. */
struct js_measuring {
	json_t *node, *copy;
	json_int_t size;
	json_t *children; /* the entries of its children, as met */
};

static json_t *js_measure(struct js_share *s, json_t *node);

static void js_measure_slot(struct js_share *s, json_t *holder, const char *key, size_t index,
			    void *ctx)
{
	struct js_measuring *m = ctx;
	json_t *e = js_measure(s, js_slot_get(holder, key, index));
	char id[32];
	snprintf(id, sizeof(id), "#%" JSON_INTEGER_FORMAT, js_int(e, "id"));
	m->size += js_int(e, "size");
	json_array_append(m->children, e);
	if (!key)
		json_array_set_new(json_object_get(m->copy, "anyOf"), index, json_string(id));
	else if (holder == m->node)
		json_object_set_new(m->copy, key, json_string(id));
	else
		json_object_set_new(json_object_get(m->copy, "properties"), key, json_string(id));
}

/* The first pass: each node's entry, counted once per place it is met. */
static json_t *js_measure(struct js_share *s, json_t *node)
{
	struct js_measuring m = { node, json_copy(node), 0, json_array() };
	static const char *const holders[] = { "properties", "anyOf" };
	for (size_t i = 0; i < sizeof(holders) / sizeof(*holders); i++)
		if (json_object_get(node, holders[i]))
			json_object_set_new(m.copy, holders[i], json_copy(json_object_get(node, holders[i])));
	js_each_slot(s, node, js_measure_slot, &m);
	char *text = json_dumps(m.copy, JSON_COMPACT | JSON_SORT_KEYS);
	json_decref(m.copy);
	json_t *e = json_object_get(s->by_text, text);
	if (!e) {
		e = json_pack("{s:I, s:I, s:i, s:o}", "id", s->next_id++, "size",
			      m.size + (json_int_t)strlen(text), "uses", 0, "children", m.children);
		json_object_set_new(s->by_text, text, e);
	} else {
		json_decref(m.children);
	}
	free(text);
	char at[32];
	snprintf(at, sizeof(at), "%p", (const void *)node);
	json_object_set(s->by_node, at, e);
	return e;
}

/* Whether a block is written once and referenced: it is met twice or more
 * where the second pass goes (js_count_uses), and is big enough to gain. */
static bool js_written_once(const json_t *entry)
{
	return js_int(entry, "uses") >= 2 && js_int(entry, "size") >= JS_SHARED_MIN &&
	       !json_is_true(json_object_get(entry, "top"));
}

static int by_size_down(const void *a, const void *b)
{
	json_int_t x = js_int(*(json_t *const *)a, "size"), y = js_int(*(json_t *const *)b, "size");
	return (x < y) - (x > y);
}

/* How often the second pass meets each block: a block written once is
 * walked once, so what it holds is met once through it, however often it
 * is referenced (a block met only inside two copies of a bigger one is not
 * written apart). Parents before children: a child is smaller. */
static void js_count_uses(struct js_share *s)
{
	size_t n = json_object_size(s->by_text), i = 0;
	json_t **all = xmalloc((n ? n : 1) * sizeof(*all)), *e;
	const char *text;
	json_object_foreach(s->by_text, text, e)
		all[i++] = e;
	qsort(all, n, sizeof(*all), by_size_down);
	for (i = 0; i < n; i++) {
		json_int_t uses = js_int(all[i], "uses"), walked = js_written_once(all[i]) ? 1 : uses;
		size_t k;
		json_t *child;
		json_array_foreach(json_object_get(all[i], "children"), k, child)
			json_object_set_new(child, "uses", json_integer(js_int(child, "uses") + walked));
	}
	free(all);
}

static void js_share_within(struct js_share *s, json_t *node);

/* The second pass, over one slot: a block met more than once becomes a
 * reference to its definition, written (and shared within) the first time. */
static void js_share_slot(struct js_share *s, json_t *holder, const char *key, size_t index,
			  void *ctx)
{
	(void)ctx;
	json_t *child = js_slot_get(holder, key, index);
	json_t *e = js_entry(s, child);
	if (!js_written_once(e)) {
		js_share_within(s, child);
		return;
	}
	if (!json_object_get(e, "ref")) {
		char *name = xasprintf("block-%zu", ++s->blocks);
		char *ref = xasprintf("#/definitions/%s", name);
		json_object_set(s->defs, name, child);
		json_object_set_new(e, "ref", json_string(ref));
		js_share_within(s, child);
		free(ref);
		free(name);
	}
	json_t *to = json_pack("{s:O}", "$ref", json_object_get(e, "ref"));
	if (key)
		json_object_set_new(holder, key, to);
	else
		json_array_set_new(holder, index, to);
}

static void js_share_within(struct js_share *s, json_t *node)
{
	js_each_slot(s, node, js_share_slot, NULL);
}

/* Every type's definition in defs, its repeated blocks written once. */
static void js_share_blocks(json_t *defs)
{
	struct js_share s = { json_object(), json_object(), defs, 0, 0 };
	json_t *types = json_copy(defs), *body;
	const char *name;
	json_object_foreach(types, name, body) {
		json_t *e = js_measure(&s, body);
		json_object_set_new(e, "uses", json_integer(js_int(e, "uses") + 1));
		json_object_set_new(e, "top", json_true());
	}
	js_count_uses(&s);
	json_object_foreach(types, name, body)
		js_share_within(&s, body);
	json_decref(types);
	json_decref(s.by_text);
	json_decref(s.by_node);
}

/* The stack file: its top-level keys, and each resource's attributes
 * chosen by its type (if/then on `type`), for every type. */
static json_t *json_schema(void)
{
	json_t *defs = json_object(), *names = json_array(), *cases = json_array();
	size_t n;
	const char **all = all_type_names(&n);
	for (size_t i = 0; i < n; i++) {
		const struct resource_type *rt = resource_type_find(all[i], NULL);
		if (!rt)
			continue;
		json_t *rj = resource_json(rt);
		json_t *body = js_attrs(json_object_get(rj, "attributes"), true);
		json_t *props = json_object_get(body, "properties");
		static const char *const meta[] = { "type", "provider", "depends_on", "lifecycle",
						    "for_each", "count" };
		for (size_t m = 0; m < sizeof(meta) / sizeof(*meta); m++)
			if (!json_object_get(props, meta[m]))
				json_object_set_new(props, meta[m], json_true());
		const char *cfn = json_string_value(json_object_get(rj, "cloudformation_type"));
		char *desc = cfn ? xasprintf("%s: CloudFormation's %s through AWS Cloud Control API (%s)",
					     all[i], cfn,
					     json_string_value(json_object_get(rj, "documentation")))
				 : xasprintf("%s: %s", all[i], rt->description ? rt->description : "");
		json_object_set_new(body, "description", json_string(desc));
		free(desc);
		json_object_set_new(defs, all[i], body);
		json_array_append_new(names, json_string(all[i]));
		json_decref(rj);
	}
	free(all);
	js_share_blocks(defs);
	/* each type's body in its case's `then`, not a definition the case
	 * references: the language server walks one node fewer per type and
	 * resolves no reference to reach it, 0.3 s of its CPU before the first
	 * answer at load 8 (bench/editor.sh); titled by the type, which the
	 * server names the completion of the whole block by (the definition's
	 * name did that before) */
	size_t i;
	json_t *name;
	json_array_foreach(names, i, name) {
		const char *type = json_string_value(name);
		json_object_set_new(json_object_get(defs, type), "title", json_string(type));
		json_array_append_new(cases, json_pack("{s:{s:{s:{s:s}}, s:[s]}, s:O}", "if",
						       "properties", "type", "const", type,
						       "required", "type", "then",
						       json_object_get(defs, type)));
		json_object_del(defs, type);
	}
	json_object_set_new(defs, "expression", json_pack(
		"{s:s, s:s, s:s}", "type", "string", "pattern", "\\$\\{",
		"description", "an expression, ${...}: checked by terrace validate once evaluated"));
	json_t *resource = json_pack(
		"{s:s, s:s, s:{s:{s:s, s:[{s:s, s:o}, o]}}, s:[s], s:o}",
		"type", "object", "description", "a resource: its type, then that type's attributes",
		"properties", "type", "description", "the resource type (terrace providers lists them)",
		"anyOf", "type", "string", "enum", names, js_expr(),
		"required", "type", "allOf", cases);
	json_object_set_new(defs, "resource", resource);
	json_t *top = json_object();
	for (size_t i = 0; i < STACK_N_TOP_LEVEL_KEYS; i++)
		json_object_set_new(top, stack_top_level_keys[i], json_object());
	json_object_set_new(top, "stack", json_pack("{s:[s,s,s], s:s}", "type", "string", "number",
						    "boolean", "description", "the stack's name"));
	json_object_set_new(top, "resources", json_pack(
		"{s:[s,s], s:s, s:{s:s}}", "type", "object", "null", "description",
		"the resources: NAME: {type: TYPE, ...attributes}", "additionalProperties", "$ref",
		"#/definitions/resource"));
	json_object_set_new(top, "variables", json_pack(
		"{s:[s,s], s:s}", "type", "object", "null", "description",
		"the stack's inputs: NAME: {type, default, description, sensitive, validation}"));
	json_object_set_new(top, "outputs", json_pack(
		"{s:[s,s], s:s}", "type", "object", "null", "description",
		"the stack's outputs: NAME: {value, description, sensitive}"));
	json_object_set_new(top, "providers", json_pack(
		"{s:[s,s], s:s}", "type", "object", "null", "description",
		"the providers' configurations: aws, postgres, ssh (or NAME: {type: ...})"));
	/* Draft 7, not declared by a $schema: the language server would then
	 * check the 5 MB against draft 7's meta-schema at every start, 0.3 s of
	 * its CPU before the first answer at load 8-12 (bench/editor.sh); it
	 * reads a schema without one as draft 7, which t0703 checks this one
	 * against once, and the schema means the same under 2019-09 and 2020-12
	 * (no $ref with siblings, no array of items). */
	return json_pack("{s:s, s:s, s:s, s:o, s:o}",
			 "$id", "https://terrace.dev/schemas/stack-" TERRACE_VERSION ".json",
			 "title", "terrace stack file",
			 "type", "object", "properties", top, "definitions", defs);
}

int cmd_providers(int argc, char **argv)
{
	bool json_schema_wanted = false, written_only = false, awscc_said = false;
	struct cli_setup o;
	const struct cli_option options[] = {
		OPT_SETUP(SETUP_JSON),
		OPT_BOOL("json-schema", "with schema: a JSON Schema (draft 7) of the stack file, for "
			 "editors through the YAML language server", &json_schema_wanted),
		OPT_BOOL("written", "with schema -json: the written types alone, without the "
			 "1,582 awscc types (about 260 KB instead of about 18 MB)", &written_only),
		OPT_BOOL("awscc", "with schema -json: the awscc types too (the default; kept for "
			 "the scripts that said it)", &awscc_said),
		OPT_END(),
	};
	enum cli_parsed parsed = cli_parse(&providers_cmd, options, argc, argv, &o);
	if (parsed != CLI_RUN)
		return CLI_EXIT_CODE(parsed);
	int code = 0;
	if (!o.n_positional) {
		print_list(o.json);
	} else if (strcmp(o.positional[0], "schema")) {
		code = ui_error("unknown subcommand \"providers %s\"; try `terrace providers schema -json`",
				o.positional[0]);
	} else if (json_schema_wanted) {
		json_t *doc = json_schema();
		json_dumpf(doc, stdout, JSON_COMPACT | JSON_PRESERVE_ORDER);
		fputc('\n', stdout);
		json_decref(doc);
	} else if (o.n_positional == 2) {
		code = print_type(o.positional[1], o.json);
	} else if (!o.json) {
		code = ui_error("`terrace providers schema` prints every type as JSON (add -json), "
				"or one type for a person: `terrace providers schema TYPE`");
	} else {
		if (written_only && awscc_said) {
			code = ui_error("-written leaves the awscc types out, -awscc asks for them: "
					"choose one");
			goto out;
		}
		json_t *doc = schema_json(!written_only);
		json_dumpf(doc, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
		fputc('\n', stdout);
		json_decref(doc);
	}
out:
	cli_setup_release(&o);
	return code;
}
