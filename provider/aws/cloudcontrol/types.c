/*
 * types.c: an awscc type as a struct resource_type, built from its schema
 * (schema.h) the first time a stack names it and kept for the process, one
 * per type however many resources use it; the list of every awscc name for
 * "did you mean".
 *
 * Attributes follow the schema's properties (gen_schemas.py's docstring):
 * string, integer, number, boolean -> ATTR_STRING, ATTR_NUMBER, ATTR_BOOL;
 * an object with properties -> ATTR_OBJECT; a list of such objects ->
 * ATTR_OBJECT_LIST; a list of scalars -> ATTR_LIST; a map of scalars ->
 * ATTR_MAP; anything else (a free-form document, a list of lists or of
 * maps, a map of objects, a definition reached through more than
 * CC_MAX_REF_DEPTH references: awscc makes such recursion a JSON string)
 * -> ATTR_JSON, written as YAML or as JSON text.
 *
 * Flags, at the top: required (and not read-only) -> ATTR_REQUIRED;
 * read-only -> ATTR_COMPUTED alone; write-only, or holding a write-only
 * property at any depth (login_profile, whose password is) -> ATTR_OPTIONAL
 * (or REQUIRED) | ATTR_CONFIG_ONLY, kept from the stack whole, never read
 * back; write-only itself also ATTR_SENSITIVE (unless its schema lists
 * every value it may hold: an enum keeps no secret), shown as (sensitive value)
 * and kept in state as a hash, while a block holding one shows and keeps
 * the rest of itself (its write-only leaf alone is: schema_sensitive_
 * leaves); the rest ATTR_OPTIONAL | ATTR_COMPUTED (what the server fills in
 * when the stack does not say is not drift); create-only -> ATTR_FORCE_NEW,
 * and so is every attribute of a type whose schema lists no update handler
 * (Cloud Control could only answer UnsupportedActionException: a change is
 * a replacement).
 * A property named as terrace named it before it followed awscc's names
 * ("aliasOf": id beside fleet_id, o_tel_... beside otel_...) is an
 * attribute too, with the same flags, so that a stack and a state written
 * with the old name keep it; a required one is required as either.
 * Inside a block the core honors fewer flags (plan/diff.c compares a
 * top-level attribute as a whole; CONFIG_ONLY is per top-level attribute:
 * plan/desired.c): a nested attribute is
 * REQUIRED (stacks/validate.c and schema_coerce refuse a block without it),
 * COMPUTED alone when read-only (validate refuses setting it) or OPTIONAL,
 * and SENSITIVE when write-only (that leaf alone); a nested create-only
 * property is left to Cloud Control, which answers NotUpdatable.
 */
#include "provider/aws/cloudcontrol/cloudcontrol.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* What building one type looks at. */
struct build {
	const json_t *schema, *defs;
	const json_t *read_only, *write_only, *create_only; /* dotted paths */
	bool no_update;      /* the type has no update handler */
	struct strbuf path;  /* the attribute being built: "a.b", "a[].b" */
};

static bool listed(const json_t *paths, const char *path)
{
	size_t i;
	json_t *p;

	json_array_foreach(paths, i, p)
		if (json_is_string(p) && !strcmp(json_string_value(p), path))
			return true;
	return false;
}

static bool node_is(const json_t *node, const char *type)
{
	const char *t = json_string_value(json_object_get(node, "type"));
	return t && !strcmp(t, type);
}

/* The attr_type of a scalar node, or -1. */
static int scalar_type(const json_t *node)
{
	if (node_is(node, "string"))
		return ATTR_STRING;
	if (node_is(node, "integer") || node_is(node, "number"))
		return ATTR_NUMBER;
	if (node_is(node, "boolean"))
		return ATTR_BOOL;
	return -1;
}

static struct attr_schema *build_attrs(struct build *b, const json_t *props,
				       const json_t *required, int refs, bool top);

/* a's type (and nested schema) from schema node `node`. */
static void build_type(struct build *b, struct attr_schema *a, const json_t *node, int refs)
{
	const json_t *n = cc_schema_resolve(b->defs, node, &refs);
	int t;

	a->type = ATTR_JSON;
	if (!n) {
		/* Past CC_MAX_REF_DEPTH a definition is a JSON document, as awscc
		 * makes a recursion; a scalar's (a Kendra Salesforce field
		 * mapping's data_source_field_name, seven deep) recurses into
		 * nothing and stays what it is. */
		int again = 0;
		n = cc_schema_resolve(b->defs, node, &again);
		if (n && (t = scalar_type(n)) >= 0)
			a->type = (enum attr_type)t;
		return;
	}
	if ((t = scalar_type(n)) >= 0) {
		a->type = (enum attr_type)t;
	} else if (node_is(n, "object") && json_object_size(json_object_get(n, "properties"))) {
		a->type = ATTR_OBJECT;
		a->nested = build_attrs(b, json_object_get(n, "properties"),
					json_object_get(n, "required"), refs, false);
	} else if (node_is(n, "object") && json_object_get(n, "map")) {
		int r = refs;
		const json_t *v = cc_schema_resolve(b->defs, json_object_get(n, "map"), &r);
		if (v && (t = scalar_type(v)) >= 0) {
			a->type = ATTR_MAP;
			a->elem_type = (enum attr_type)t;
		}
	} else if (node_is(n, "array")) {
		int r = refs;
		const json_t *item = cc_schema_resolve(b->defs, json_object_get(n, "items"), &r);
		if (item && (t = scalar_type(item)) >= 0) {
			a->type = ATTR_LIST;
			a->elem_type = (enum attr_type)t;
		} else if (item && node_is(item, "object") &&
			   json_object_size(json_object_get(item, "properties"))) {
			size_t at = b->path.len;
			strbuf_addstr(&b->path, "[]");
			a->type = ATTR_OBJECT_LIST;
			a->nested = build_attrs(b, json_object_get(item, "properties"),
						json_object_get(item, "required"), r, false);
			strbuf_setlen(&b->path, at);
		}
	}
}

/* A property whose schema lists every value it may hold (an enum: a
 * parameter's tier) keeps no secret even when write-only: it is shown and
 * stored as it is written. A state that kept it hashed still matches it
 * (value_matches_stored), so nothing applied before plans a change. */
static bool names_its_values(const struct build *b, const json_t *node, int refs)
{
	const json_t *n = cc_schema_resolve(b->defs, node, &refs);
	return n && json_is_array(json_object_get(n, "enum"));
}

static struct attr_schema *build_attrs(struct build *b, const json_t *props,
				       const json_t *required, int refs, bool top)
{
	struct attr_schema *attrs = xcalloc(json_object_size(props) + 1, sizeof(*attrs));
	size_t k = 0, at = b->path.len;
	const char *name;
	json_t *node;

	json_object_foreach((json_t *)props, name, node) {
		struct attr_schema *a = &attrs[k++];
		bool req = false;
		size_t i;
		json_t *r;

		json_array_foreach(required, i, r)
			if (json_is_string(r) && !strcmp(json_string_value(r), name))
				req = true;
		/* A property with an old name beside it (an alias: id beside
		 * fleet_id) is required as either: validate.c's check_object
		 * says so, not the core, which knows one name per attribute. */
		if (req && cc_has_alias(props, name))
			req = false;
		strbuf_addf(&b->path, "%s%s", at ? "." : "", name);
		a->name = name; /* the schema's key, kept with the type */
		bool ro = listed(b->read_only, b->path.buf);
		/* At the top, an attribute holding a write-only property
		 * (login_profile.password) is never read back whole: the core
		 * keeps what is not read back per top-level attribute; only
		 * the write-only property is sensitive (the state hashes that
		 * leaf, a plan shows the rest: schema_sensitive_leaves). */
		bool wo = listed(b->write_only, b->path.buf);
		bool holds = top && cc_path_in(b->schema, "writeOnly", name);
		if (ro)
			a->flags = ATTR_COMPUTED |
				   (top && listed(json_object_get(b->schema, "primaryIdentifier"), name)
					    ? ATTR_MADE : 0);
		else if (req)
			a->flags = ATTR_REQUIRED;
		else
			a->flags = ATTR_OPTIONAL | (top && !holds ? ATTR_COMPUTED : 0);
		if (wo && !names_its_values(b, node, refs))
			a->flags |= ATTR_SENSITIVE;
		if (holds)
			a->flags |= ATTR_CONFIG_ONLY;
		if (top && !ro && (b->no_update || listed(b->create_only, b->path.buf)))
			a->flags |= ATTR_FORCE_NEW;
		build_type(b, a, node, refs);
		strbuf_setlen(&b->path, at);
	}
	return attrs;
}

/* The functions every awscc type shares are resource.c's; what it says
 * when import is named: its primary identifier's properties. */
static char *import_text(const json_t *schema)
{
	struct strbuf s = STRBUF_INIT;
	size_t i;
	json_t *p;

	strbuf_addstr(&s, "its primary identifier (");
	json_array_foreach(json_object_get(schema, "primaryIdentifier"), i, p)
		strbuf_addf(&s, "%s%s", i ? "|" : "", json_string_value(p));
	strbuf_addch(&s, ')');
	return strbuf_detach(&s);
}

static struct cc_type *build_type_of(const struct cc_schema_row *row)
{
	struct strbuf err = STRBUF_INIT;
	json_t *schema = cc_schema_load(row, &err);

	strbuf_release(&err);
	if (!schema)
		return NULL;
	struct cc_type *t = xcalloc(1, sizeof(*t));
	struct build b = {
		.schema = schema,
		.defs = json_object_get(schema, "defs"),
		.read_only = json_object_get(schema, "readOnly"),
		.write_only = json_object_get(schema, "writeOnly"),
		.create_only = json_object_get(schema, "createOnly"),
		.no_update = (row->handlers & CC_HANDLERS_KNOWN) &&
			     !(row->handlers & CC_HANDLER_UPDATE),
		.path = STRBUF_INIT,
	};
	t->row = row;
	t->schema = schema;
	t->attrs = build_attrs(&b, json_object_get(schema, "properties"),
			       json_object_get(schema, "required"), 0, true);
	strbuf_release(&b.path);
	t->rt.name = row->name;
	t->rt.description = row->cfn_type;
	t->rt.attrs = t->attrs;
	t->rt.import_id = import_text(schema);
	/* terrace's own tags go into the schema's tag property, in its form
	 * (rtype_tags_put: a map, or key/value blocks) */
	t->rt.tags_attr = json_string_value(json_object_get(json_object_get(schema, "tagging"),
							    "property"));
	t->rt.typed = &cc_type_functions;
	t->rt.family = TYPE_FAMILY_FROM_DATA;
	t->rt.data = t;
	return t;
}

/* The types built so far, by their row (cc_schema_rows' index). */
static pthread_mutex_t types_lock = PTHREAD_MUTEX_INITIALIZER;
static struct cc_type **types;

const struct resource_type *cc_type_find(const char *name)
{
	const struct cc_schema_row *row = name && !strncmp(name, "awscc.", 6)
						  ? cc_schema_find(name) : NULL;
	struct cc_type *t;

	if (!row)
		return NULL;
	pthread_mutex_lock(&types_lock);
	if (!types)
		types = xcalloc(cc_schema_count, sizeof(*types));
	t = types[row - cc_schema_rows];
	if (!t)
		t = types[row - cc_schema_rows] = build_type_of(row);
	pthread_mutex_unlock(&types_lock);
	return t ? &t->rt : NULL;
}

const json_t *cc_handler_permissions(const char *type, const char *handler)
{
	const struct cc_type *t = cc_type_of(cc_type_find(type));

	if (!t)
		return NULL;
	return json_object_get(json_object_get(json_object_get(t->schema, "handlers"), handler),
			       "permissions");
}

bool cc_handlers_known(const char *type)
{
	const struct cc_schema_row *row = type ? cc_schema_find(type) : NULL;

	return row && (row->handlers & CC_HANDLERS_KNOWN);
}

bool cc_can_make(const char *type)
{
	const struct cc_schema_row *row = type ? cc_schema_find(type) : NULL;

	return row && (row->handlers & CC_HANDLERS_KNOWN) && cc_row_provisionable(row);
}

bool cc_create_lists(const char *type)
{
	const struct cc_type *t = cc_type_of(cc_type_find(type));

	return t && cc_found_by_match(t->schema);
}

const char *cc_cfn_type(const char *type)
{
	const struct cc_schema_row *row = type ? cc_schema_find(type) : NULL;

	return row ? row->cfn_type : NULL;
}

char *cc_written_identity(const char *type, const json_t *config, const char **cfn_type,
			  const char **attr)
{
	const struct cc_type *t = cc_type_of(cc_type_find(type));
	struct strbuf id = STRBUF_INIT;
	size_t i;
	json_t *p;

	if (!t || !json_is_object(config))
		return NULL;
	*cfn_type = t->row->cfn_type;
	*attr = json_string_value(json_array_get(json_object_get(t->schema, "primaryIdentifier"), 0));
	/* the name the stack wrote it by (an old one: id) */
	if (*attr && !value_is_set(json_object_get(config, *attr))) {
		const char *k;
		json_t *q;
		json_object_foreach(json_object_get(t->schema, "properties"), k, q)
			if (!strcmp(json_string_value(json_object_get(q, "aliasOf")) ?: "", *attr) &&
			    value_is_set(json_object_get(config, k)))
				*attr = k;
	}
	json_array_foreach(json_object_get(t->schema, "primaryIdentifier"), i, p) {
		const json_t *v = cc_attr_value(json_object_get(t->schema, "properties"), config,
						json_string_value(p) ? json_string_value(p) : "");
		if (!json_is_string(v) || !*json_string_value(v) ||
		    strstr(json_string_value(v), "${")) {
			strbuf_release(&id);
			return NULL;
		}
		strbuf_addf(&id, "%s%s", i ? "|" : "", json_string_value(v));
	}
	return id.len ? strbuf_detach(&id) : (strbuf_release(&id), NULL);
}

static pthread_once_t names_once = PTHREAD_ONCE_INIT;
static const char **names;
static size_t names_count;

static void make_names(void)
{
	names = xcalloc(cc_schema_count + 1, sizeof(*names));
	for (size_t i = 0; i < cc_schema_count; i++)
		if (!(cc_schema_rows[i].handlers & CC_ROW_ALIAS))
			names[names_count++] = cc_schema_rows[i].name;
}

const char *const *cc_type_names(size_t *n)
{
	pthread_once(&names_once, make_names);
	if (n)
		*n = names_count;
	return names;
}


const struct resource_type_typed cc_type_functions = {
	.read = cc_read,
	.create = cc_create,
	.update = cc_update,
	.delete = cc_delete,
	.find_made = cc_find_made,
	.list = cc_list,
};
