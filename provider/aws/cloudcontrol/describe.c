/*
 * describe.c: what an awscc type's schema says of it beyond its attributes'
 * types and flags, for `terrace providers schema -json -awscc` and editors:
 * its CloudFormation type and documentation page, and for each attribute
 * (nested ones under "nested", as the attributes are) the property it is,
 * whether the schema lists it read-only, create-only or write-only, and its
 * constraints (a list's item counts, then its element's enum, pattern,
 * length and range, and the values of a list AWS grows: "grows"), refs
 * followed as types.c follows them; and the node at a property's path
 * (cc_node_at).
 */
#include "provider/aws/cloudcontrol/cloudcontrol.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* An awscc type's schema beside its attributes: each attribute's path as
 * the schema's lists of paths write it ("a[].b"), and in CloudFormation's
 * names as growingEnums' "at" writes it, slash-separated, a list's items
 * as a star. */
struct walk {
	const json_t *schema, *defs;
	struct strbuf path, cfn;
};

/* The values of the list AWS grows that holds the value at w->cfn (the API
 * model's: one list, not one per region; with elements, the list's items
 * at w->cfn), or NULL. */
static const json_t *grown_values(const struct walk *w, bool elements)
{
	size_t i, k;
	json_t *r, *seg;
	json_array_foreach(json_object_get(w->schema, "growingEnums"), i, r) {
		struct strbuf at = STRBUF_INIT;
		if (json_object_get(r, "regions") || json_object_get(r, "cases"))
			continue;
		json_array_foreach(json_object_get(r, "at"), k, seg)
			strbuf_addf(&at, "%s%s", k ? "/" : "", json_string_value(seg));
		bool same = elements ? at.len == w->cfn.len + 2 && !strncmp(at.buf, w->cfn.buf, w->cfn.len) &&
					       !strcmp(at.buf + w->cfn.len, "/*")
				     : !strcmp(at.buf, w->cfn.buf);
		strbuf_release(&at);
		if (same)
			return json_array_get(json_object_get(r, "sets"), 0);
	}
	return NULL;
}

static bool node_is(const json_t *node, const char *type)
{
	const char *t = json_string_value(json_object_get(node, "type"));
	return t && !strcmp(t, type);
}

static bool listed(const struct walk *w, const char *list)
{
	size_t i;
	json_t *p;
	json_array_foreach(json_object_get(w->schema, list), i, p)
		if (json_is_string(p) && !strcmp(json_string_value(p), w->path.buf))
			return true;
	return false;
}

/* The constraints of node; NULL when none. */
static json_t *constraints(const struct walk *w, const json_t *node, int refs)
{
	static const struct { const char *from, *to; } keys[] = {
		{ "enum", "enum" }, { "pattern", "pattern" },
		{ "minLength", "min_length" }, { "maxLength", "max_length" },
		{ "minimum", "minimum" }, { "maximum", "maximum" },
	};
	const json_t *n = cc_schema_resolve(w->defs, node, &refs), *elem = n;
	json_t *j = json_object();
	if (n && node_is(n, "array")) {
		if (json_object_get(n, "minItems"))
			json_object_set(j, "min_items", json_object_get(n, "minItems"));
		if (json_object_get(n, "maxItems"))
			json_object_set(j, "max_items", json_object_get(n, "maxItems"));
		elem = cc_schema_resolve(w->defs, json_object_get(n, "items"), &refs);
	} else if (n && node_is(n, "object") && json_object_get(n, "map")) {
		elem = cc_schema_resolve(w->defs, json_object_get(n, "map"), &refs);
	}
	if (elem && !node_is(elem, "object") && !node_is(elem, "array"))
		for (size_t i = 0; i < sizeof(keys) / sizeof(*keys); i++)
			if (json_object_get(elem, keys[i].from))
				json_object_set(j, keys[i].to, json_object_get(elem, keys[i].from));
	/* a list AWS grows: its known values, a warning outside them */
	const json_t *grows = grown_values(w, elem != n);
	if (grows)
		json_object_set(j, "grows", (json_t *)grows);
	if (!json_object_size(j)) {
		json_decref(j);
		return NULL;
	}
	return j;
}

static json_t *describe_attributes(const struct attr_schema *attrs, struct walk *w,
				   const json_t *props, int refs);

static json_t *describe_attribute(const struct attr_schema *a, struct walk *w,
				  const json_t *node, int refs)
{
	static const struct { const char *list, *key; } lists[] = {
		{ "readOnly", "read_only" }, { "createOnly", "create_only" },
		{ "writeOnly", "write_only" },
	};
	json_t *j = json_object();
	if (!node)
		return j;
	const char *cfn = json_string_value(json_object_get(node, "name"));
	if (cfn)
		json_object_set_new(j, "cloudformation_name", json_string(cfn));
	/* an old name of the attribute beside it (gen_schemas.py's aliases) */
	const char *alias_of = json_string_value(json_object_get(node, "aliasOf"));
	if (alias_of)
		json_object_set_new(j, "alias_of", json_string(alias_of));
	for (size_t i = 0; i < sizeof(lists) / sizeof(*lists); i++)
		if (listed(w, lists[i].list))
			json_object_set_new(j, lists[i].key, json_true());
	json_t *cons = constraints(w, node, refs);
	if (cons)
		json_object_set_new(j, "constraints", cons);
	if (a->nested) {
		/* the node whose properties the block's attributes are: its
		 * object, or its list's items */
		const json_t *inner = cc_schema_resolve(w->defs, node, &refs);
		if (inner && node_is(inner, "array"))
			inner = cc_schema_resolve(w->defs, json_object_get(inner, "items"), &refs);
		if (inner) {
			size_t at = w->path.len, cfn_at = w->cfn.len;
			if (a->type == ATTR_OBJECT_LIST) {
				strbuf_addstr(&w->path, "[]");
				strbuf_addstr(&w->cfn, "/*");
			}
			json_object_set_new(j, "nested",
					    describe_attributes(a->nested, w,
								json_object_get(inner, "properties"), refs));
			strbuf_setlen(&w->path, at);
			strbuf_setlen(&w->cfn, cfn_at);
		}
	}
	return j;
}

static json_t *describe_attributes(const struct attr_schema *attrs, struct walk *w,
				   const json_t *props, int refs)
{
	json_t *j = json_object();
	for (; attrs && attrs->name; attrs++) {
		size_t at = w->path.len, cfn_at = w->cfn.len;
		const json_t *node = json_object_get(props, attrs->name);
		const char *cfn = json_string_value(json_object_get(node, "name"));
		strbuf_addf(&w->path, "%s%s", at ? "." : "", attrs->name);
		strbuf_addf(&w->cfn, "%s%s", cfn_at ? "/" : "", cfn ? cfn : attrs->name);
		json_object_set_new(j, attrs->name, describe_attribute(attrs, w, node, refs));
		strbuf_setlen(&w->path, at);
		strbuf_setlen(&w->cfn, cfn_at);
	}
	return j;
}

/* The AWS documentation page of CloudFormation type cfn
 * (AWS::Kinesis::Stream: .../aws-resource-kinesis-stream.html), new. */
static char *doc_url(const char *cfn)
{
	struct strbuf s = STRBUF_INIT;
	const char *rest = strstr(cfn, "::");
	strbuf_addstr(&s, "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-");
	for (const char *p = rest ? rest + 2 : cfn; *p; p++) {
		if (p[0] == ':' && p[1] == ':') {
			strbuf_addch(&s, '-');
			p++;
		} else {
			strbuf_addch(&s, (char)tolower((unsigned char)*p));
		}
	}
	strbuf_addstr(&s, ".html");
	return strbuf_detach(&s);
}

json_t *cc_type_describe(const struct resource_type *rt)
{
	const struct cc_type *cc = rt && rt->typed == &cc_type_functions ? cc_type_of(rt) : NULL;
	if (!cc)
		return NULL;
	struct walk w = { cc->schema, json_object_get(cc->schema, "defs"), STRBUF_INIT, STRBUF_INIT };
	char *url = doc_url(cc->row->cfn_type);
	json_t *j = json_pack("{s:s, s:s, s:o}", "cloudformation_type", cc->row->cfn_type,
			      "documentation", url, "attributes",
			      describe_attributes(rt->attrs, &w,
						  json_object_get(cc->schema, "properties"), 0));
	free(url);
	strbuf_release(&w.path);
	strbuf_release(&w.cfn);
	return j;
}

const json_t *cc_node_at(const char *type, const char *path)
{
	const struct resource_type *rt = type ? cc_type_find(type) : NULL;
	const struct cc_type *cc = rt ? cc_type_of(rt) : NULL;
	if (!cc || !path)
		return NULL;
	const json_t *defs = json_object_get(cc->schema, "defs");
	const json_t *n = cc->schema;
	int refs = 0;
	for (const char *p = path; n && *p;) {
		size_t len = strcspn(p, ".");
		char part[128];
		if (len >= sizeof(part))
			return NULL;
		memcpy(part, p, len);
		part[len] = '\0';
		n = cc_schema_resolve(defs, n, &refs);
		while (n && node_is(n, "array"))
			n = cc_schema_resolve(defs, json_object_get(n, "items"), &refs);
		n = json_object_get(json_object_get(n, "properties"), part);
		p += len + (p[len] == '.');
	}
	n = cc_schema_resolve(defs, n, &refs);
	while (n && node_is(n, "array"))
		n = cc_schema_resolve(defs, json_object_get(n, "items"), &refs);
	return n;
}

const json_t *cc_kinds_at(const char *type, const char *path)
{
	const json_t *kinds = json_object_get(cc_node_at(type, path), "kinds");
	return json_array_size(kinds) ? kinds : NULL;
}
