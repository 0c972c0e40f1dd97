/*
 * providers.c: `terrace providers` (the provider types and their resource
 * types) and `terrace providers schema -json`: every provider's
 * configuration schema, every resource type's attributes and every lookup
 * kind's (data_source_schemas, as Terraform names them), read from the
 * registry, for tools and for docs/gen-reference.py; and how `terrace sweep`
 * finds a type's objects ("sweep": "by tag" or "by name", from sweep's own
 * list of kinds, provider/aws/sweep.h).
 */
#include "cmd/cli.h"

#include <string.h>

#include "provider/aws/sweep.h"
#include "provider/provider.h"

static const struct cli_command providers_cmd = {
	"providers", "terrace providers [schema -json]",
	"List the provider types and their resource types; `schema -json` prints every\n"
	"schema (configuration, attributes, flags, defaults, nested blocks, import id, how\n"
	"`terrace sweep` finds the type's objects).",
	1, "schema",
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

static json_t *attributes_json(const struct attr_schema *attrs);

static json_t *attribute_json(const struct attr_schema *a)
{
	static const struct { unsigned flag; const char *key; } flags[] = {
		{ ATTR_REQUIRED, "required" }, { ATTR_OPTIONAL, "optional" },
		{ ATTR_COMPUTED, "computed" }, { ATTR_FORCE_NEW, "force_new" },
		{ ATTR_SENSITIVE, "sensitive" }, { ATTR_CONFIG_ONLY, "config_only" },
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
	if (a->nested)
		json_object_set_new(j, "nested", attributes_json(a->nested));
	return j;
}

/* An object of attributes in schema order. */
static json_t *attributes_json(const struct attr_schema *attrs)
{
	json_t *j = json_object();
	for (; attrs && attrs->name; attrs++)
		json_object_set_new(j, attrs->name, attribute_json(attrs));
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
	json_object_set_new(j, "attributes", attributes_json(rt->attrs));
	return j;
}

/* A lookup kind (data:), as Terraform's data_source_schemas. */
static json_t *lookup_json(const struct lookup_type *lt)
{
	json_t *j = json_object();
	if (lt->description)
		json_object_set_new(j, "description", json_string(lt->description));
	json_object_set_new(j, "attributes", attributes_json(lt->attrs));
	return j;
}

static json_t *schema_json(void)
{
	json_t *providers = json_object();
	for (const struct provider_type *const *p = provider_types_all(); *p; p++) {
		json_t *resources = json_object();
		for (size_t i = 0; (*p)->resources[i]; i++)
			json_object_set_new(resources, (*p)->resources[i]->name,
					    resource_json((*p)->resources[i]));
		json_t *entry = json_pack("{s:{s:o}, s:o}", "provider", "attributes",
					  attributes_json((*p)->config_attrs),
					  "resource_schemas", resources);
		if ((*p)->lookups && (*p)->lookups[0]) {
			json_t *lookups = json_object();
			for (size_t i = 0; (*p)->lookups[i]; i++)
				json_object_set_new(lookups, (*p)->lookups[i]->name,
						    lookup_json((*p)->lookups[i]));
			json_object_set_new(entry, "data_source_schemas", lookups);
		}
		json_object_set_new(providers, (*p)->name, entry);
	}
	return json_pack("{s:s, s:s, s:o}", "format_version", "1.0",
			 "terrace_version", TERRACE_VERSION, "provider_schemas", providers);
}

static void print_list(void)
{
	for (const struct provider_type *const *p = provider_types_all(); *p; p++) {
		printf("%s\n", (*p)->name);
		for (size_t i = 0; (*p)->resources[i]; i++)
			printf("  %s\n", (*p)->resources[i]->name);
	}
}

int cmd_providers(int argc, char **argv)
{
	struct cli_setup o;
	const struct cli_option options[] = {
		OPT_SETUP(SETUP_JSON),
		OPT_END(),
	};
	enum cli_parsed parsed = cli_parse(&providers_cmd, options, argc, argv, &o);
	if (parsed != CLI_RUN)
		return CLI_EXIT_CODE(parsed);
	int code = 0;
	if (!o.n_positional) {
		print_list();
	} else if (strcmp(o.positional[0], "schema")) {
		code = ui_error("unknown subcommand \"providers %s\"; try `terrace providers schema -json`",
				o.positional[0]);
	} else if (!o.json) {
		code = ui_error("`terrace providers schema` prints JSON only: add -json");
	} else {
		json_t *doc = schema_json();
		json_dumpf(doc, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
		fputc('\n', stdout);
		json_decref(doc);
	}
	cli_setup_release(&o);
	return code;
}
