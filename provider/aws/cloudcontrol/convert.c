/*
 * convert.c: an awscc type's attributes (awscc's snake_case names, nested
 * objects, lists and maps as the type's schema says, gen_schemas.py's
 * docstring) to the CloudFormation properties document Cloud Control takes
 * (DesiredState, a patch's values), and the properties it answers
 * (GetResource's ResourceDescription.Properties) back to attributes; and
 * the write-only properties, which Cloud Control never reads back, carried
 * from what the stack said.
 *
 * Both directions walk the schema: a node's "ref" is followed into "defs";
 * an object with "properties" maps each member's snake_case key to its
 * "name"; an object with "map" keeps its keys and converts the values; a
 * list converts its items; "json" and scalars pass as they are, but for a
 * scalar read back in another JSON type than its schema's (an integer as
 * text, a string as a number), which is given the schema's type so that it
 * compares equal with what the stack wrote. What the schema does not know
 * is left out.
 *
 * A list the schema calls unordered (insertionOrder false), and the tag
 * list of a taggable type, is read back in whatever order the service
 * keeps (Route 53 and EventBridge answer tags in their own order): read back, its
 * elements are put in the order of the list the read was given (the
 * stack's at a create, update or import, the state's at a refresh), those
 * it lacks after them, so that the same elements in another order are no
 * change.
 */
#include "provider/aws/cloudcontrol/cloudcontrol.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* A ref followed this deep is a definition naming itself: left alone. */

const json_t *cc_node(const json_t *schema, const json_t *node)
{
	int refs = 0;
	return cc_schema_resolve(json_object_get(schema, "defs"), node, &refs);
}

static const char *node_type(const json_t *node)
{
	const char *t = json_string_value(json_object_get(node, "type"));
	return t ? t : "json";
}

const char *cc_alias_of(const json_t *props, const char *key)
{
	return json_string_value(json_object_get(json_object_get(props, key), "aliasOf"));
}

bool cc_has_alias(const json_t *props, const char *key)
{
	const char *k;
	json_t *p;

	if (cc_alias_of(props, key))
		return true;
	json_object_foreach((json_t *)props, k, p)
		if (!strcmp(json_string_value(json_object_get(p, "aliasOf")) ?: "", key))
			return true;
	return false;
}

const json_t *cc_attr_value(const json_t *props, const json_t *values, const char *key)
{
	const json_t *v = json_object_get(values, key);
	const char *k;
	json_t *p;

	if (value_is_set(v))
		return v;
	json_object_foreach((json_t *)props, k, p)
		if (!strcmp(json_string_value(json_object_get(p, "aliasOf")) ?: "", key) &&
		    value_is_set(json_object_get(values, k)))
			return json_object_get(values, k);
	return v;
}

bool cc_alias_shadowed(const json_t *props, const char *key, const json_t *values)
{
	const char *canon = cc_alias_of(props, key);
	const char *k;
	json_t *p;

	if (canon)
		return value_is_set(json_object_get(values, canon));
	if (value_is_set(json_object_get(values, key)))
		return false;
	json_object_foreach((json_t *)props, k, p)
		if (!strcmp(json_string_value(json_object_get(p, "aliasOf")) ?: "", key) &&
		    value_is_set(json_object_get(values, k)))
			return true;
	return false;
}

/* A scalar in the schema's JSON type, where it is another that says the
 * same (new reference). */
static json_t *scalar_as(const char *type, const json_t *v)
{
	if (!strcmp(type, "string")) {
		if (json_is_integer(v))
			return json_sprintf("%" JSON_INTEGER_FORMAT, json_integer_value(v));
		if (json_is_real(v))
			return json_sprintf("%.17g", json_real_value(v));
		if (json_is_boolean(v))
			return json_string(json_is_true(v) ? "true" : "false");
	} else if (!strcmp(type, "integer") || !strcmp(type, "number")) {
		if (json_is_real(v) && !strcmp(type, "integer")) {
			double d = json_real_value(v);
			if (d == floor(d) && fabs(d) < 9e15)
				return json_integer((json_int_t)d);
		}
		if (json_is_string(v) && *json_string_value(v)) {
			const char *s = json_string_value(v);
			char *end;
			errno = 0;
			if (!strcmp(type, "integer")) {
				long long n = strtoll(s, &end, 10);
				if (!*end && !errno)
					return json_integer(n);
			}
			double d = strtod(s, &end);
			if (!*end && !errno && isfinite(d))
				return d == floor(d) && fabs(d) < 9e15 ? json_integer((json_int_t)d)
								       : json_real(d);
		}
	} else if (!strcmp(type, "boolean") && json_is_string(v)) {
		if (!strcmp(json_string_value(v), "true"))
			return json_true();
		if (!strcmp(json_string_value(v), "false"))
			return json_false();
	}
	return json_deep_copy(v);
}

/* ---- documents written with awscc's names -------------------------------
 *
 * A property types.c makes a JSON document although its schema describes
 * it (a oneOf/anyOf node: DynamoDB's KeySchema; a definition past
 * CC_MAX_REF_DEPTH: a WAF statement inside statements) is written as awscc
 * writes it, with snake_case keys, or as today, with CloudFormation's: a key
 * that names a property of the node, or of one of its forms, when case and
 * '_' are ignored (attribute_name: AttributeName) is sent as that
 * property's name, at every depth the value goes; others go as written
 * (validate.c judges them against the forms). Read back, a document's keys
 * are spelled as the stack's or the state's were (respell). */

#define DOC_DEPTH 64 /* a document nested deeper goes as written */

/* The nodes a document value of `node` may be (node, and the forms of its
 * oneOf/anyOf/allOf, each with its refs followed without a bound) into
 * `out`. */
static void doc_forms(const json_t *schema, const json_t *node, json_t *out, int depth)
{
	static const char *const lists[] = { "oneOfSchemas", "anyOfSchemas", "oneOf", "anyOf",
					     "allOf" };
	const json_t *defs = json_object_get(schema, "defs");

	for (int hops = 0; json_is_object(node) && json_object_get(node, "ref") && hops < 8; hops++)
		node = json_object_get(defs, json_string_value(json_object_get(node, "ref")));
	if (!json_is_object(node) || depth > 8)
		return;
	json_array_append(out, (json_t *)node);
	for (size_t k = 0; k < sizeof(lists) / sizeof(lists[0]); k++) {
		size_t i;
		json_t *alt;
		json_array_foreach(json_object_get(node, lists[k]), i, alt)
			doc_forms(schema, alt, out, depth + 1);
	}
}

/* The CloudFormation name of a property `key` of a "properties" map (a
 * definition's snake_case key: its "name"; a form's: the key itself). */
static const char *doc_prop_name(const json_t *props, const char *key)
{
	const char *name = json_string_value(json_object_get(json_object_get(props, key), "name"));
	return name ? name : key;
}

static json_t *doc_to_cfn(const json_t *schema, const json_t *nodes, const json_t *v, int depth);

/* Member `key` of a document object whose nodes are `forms`: its name as
 * sent (*name) and the nodes its value may be (a new array). */
static json_t *doc_member(const json_t *forms, const char *key, const char **name)
{
	json_t *inner = json_array(), *f;
	size_t i;

	*name = NULL;
	for (int loose = 0; loose < 2 && !*name; loose++)
		json_array_foreach(forms, i, f) {
			const json_t *props = json_object_get(f, "properties");
			const char *k;
			json_t *p;
			json_object_foreach((json_t *)props, k, p) {
				const char *n = doc_prop_name(props, k);
				const char *one[] = { n };
				if (json_is_boolean(p) || json_object_get(p, "aliasOf"))
					continue;
				if (loose ? !schema_name_like(key, one, 1) : strcmp(key, n))
					continue;
				if (!*name)
					*name = n;
				if (!strcmp(*name, n))
					json_array_append(inner, p);
			}
		}
	if (!*name) {
		json_array_foreach(forms, i, f)
			if (json_object_get(f, "map"))
				json_array_append(inner, json_object_get(f, "map"));
		*name = key;
	}
	return inner;
}

static json_t *doc_to_cfn(const json_t *schema, const json_t *nodes, const json_t *v, int depth)
{
	json_t *forms = json_array(), *n, *out;
	size_t i;

	if (depth > DOC_DEPTH || (!json_is_object(v) && !json_is_array(v))) {
		json_decref(forms);
		return json_deep_copy(v);
	}
	json_array_foreach(nodes, i, n)
		doc_forms(schema, n, forms, 0);
	if (json_is_array(v)) {
		json_t *items = json_array(), *f, *e;
		json_array_foreach(forms, i, f)
			if (json_object_get(f, "items"))
				json_array_append(items, json_object_get(f, "items"));
		out = json_array();
		json_array_foreach(v, i, e)
			json_array_append_new(out, doc_to_cfn(schema, items, e, depth + 1));
		json_decref(items);
	} else {
		const char *k;
		json_t *e;
		out = json_object();
		json_object_foreach((json_t *)v, k, e) {
			const char *name;
			json_t *inner = doc_member(forms, k, &name);
			/* a key written twice (AttributeName and attribute_name):
			 * the one spelled as sent */
			if (!json_object_get(out, name) || !strcmp(name, k))
				json_object_set_new(out, name, doc_to_cfn(schema, inner, e, depth + 1));
			json_decref(inner);
		}
	}
	json_decref(forms);
	return out;
}

json_t *cc_doc_to_cfn(const json_t *schema, const json_t *node, const json_t *v)
{
	json_t *nodes = json_array();
	json_array_append(nodes, (json_t *)node);
	json_t *out = doc_to_cfn(schema, nodes, v, 0);
	json_decref(nodes);
	return out;
}

/* Document v read back (CloudFormation's keys) spelled as `like` (what the
 * read was given) spells the same keys: attribute_name where like has it. */
static void respell(json_t *v, const json_t *like, int depth)
{
	size_t i;

	if (depth > DOC_DEPTH || !like)
		return;
	if (json_is_array(v) && json_is_array(like)) {
		for (i = 0; i < json_array_size(v) && i < json_array_size(like); i++)
			respell(json_array_get(v, i), json_array_get(like, i), depth + 1);
		return;
	}
	if (!json_is_object(v) || !json_is_object(like))
		return;
	const char *k, *lk;
	json_t *e, *le;
	void *tmp;
	json_object_foreach_safe(v, tmp, k, e) {
		const json_t *same = json_object_get(like, k);
		if (!same) {
			json_object_foreach((json_t *)like, lk, le) {
				const char *one[] = { k };
				if (!json_object_get(v, lk) && schema_name_like(lk, one, 1)) {
					json_object_set(v, lk, e);
					json_object_del(v, k);
					same = le;
					e = json_object_get(v, lk);
					break;
				}
			}
		}
		respell(e, same, depth + 1);
	}
}

/* One value through one node, either way (to_cfn: attribute to property);
 * `refs`: the definitions followed on the way to it, counted as types.c
 * counts them, so that what it made a JSON document (past
 * CC_MAX_REF_DEPTH) goes through as written. */
static json_t *convert(const json_t *schema, const json_t *node, const json_t *v, bool to_cfn,
		       int refs)
{
	const json_t *written = node;
	node = cc_schema_resolve(json_object_get(schema, "defs"), node, &refs);
	const char *type = node_type(node);

	if (!node || !strcmp(type, "json"))
		return to_cfn && written ? cc_doc_to_cfn(schema, written, v) : json_deep_copy(v);
	if (!strcmp(type, "array")) {
		if (!json_is_array(v))
			return json_deep_copy(v);
		const json_t *items = json_object_get(node, "items");
		json_t *out = json_array(), *e;
		size_t i;
		json_array_foreach((json_t *)v, i, e)
			json_array_append_new(out, convert(schema, items, e, to_cfn, refs));
		return out;
	}
	if (!strcmp(type, "object")) {
		if (!json_is_object(v))
			return json_deep_copy(v);
		const json_t *props = json_object_get(node, "properties");
		const json_t *map = json_object_get(node, "map");
		json_t *out = json_object(), *e;
		const char *k;
		json_object_foreach((json_t *)v, k, e) {
			if (json_is_null(e))
				continue;
			if (map) {
				json_object_set_new(out, k, convert(schema, map, e, to_cfn, refs));
			} else if (to_cfn) {
				const json_t *p = json_object_get(props, k);
				const char *name = json_string_value(json_object_get(p, "name"));
				/* an old name and its new one both written: the new one's */
				if (name && !cc_alias_shadowed(props, k, v))
					json_object_set_new(out, name, convert(schema, p, e, to_cfn, refs));
			} else {
				/* at the top, every attribute of the property's
				 * name: the old name beside the new one reads back
				 * as either (the core compares top-level attributes
				 * one by one); inside a block the new one, which
				 * cc_follow_order spells as the stack or the state
				 * did */
				bool top = props == json_object_get(schema, "properties");
				const char *key;
				const json_t *p;
				json_object_foreach((json_t *)props, key, p) {
					const char *n = json_string_value(json_object_get(p, "name"));
					if (n && !strcmp(n, k) &&
					    (top || !json_object_get(p, "aliasOf")))
						json_object_set_new(out, key,
								    convert(schema, p, e, to_cfn, refs));
				}
			}
		}
		return out;
	}
	return to_cfn ? json_deep_copy(v) : scalar_as(type, v);
}

json_t *cc_value_to_property(const json_t *schema, const char *attr, const json_t *v)
{
	const json_t *p = json_object_get(json_object_get(schema, "properties"), attr);
	return p ? convert(schema, p, v, true, 0) : NULL;
}

json_t *cc_node_to_cfn(const json_t *schema, const json_t *node, const json_t *v, int refs)
{
	return convert(schema, node, v, true, refs);
}

const char *cc_property_name(const json_t *schema, const char *attr)
{
	const json_t *p = json_object_get(json_object_get(schema, "properties"), attr);
	return json_string_value(json_object_get(p, "name"));
}

json_t *cc_to_properties(const json_t *schema, const json_t *attrs)
{
	json_t *top = json_pack("{s:s}", "type", "object");
	json_object_set(top, "properties", json_object_get(schema, "properties"));
	json_t *out = convert(schema, top, attrs, true, 0);
	json_decref(top);
	return out;
}

json_t *cc_from_properties(const json_t *schema, const json_t *props)
{
	json_t *top = json_pack("{s:s}", "type", "object");
	json_object_set(top, "properties", json_object_get(schema, "properties"));
	json_t *out = convert(schema, top, json_is_object(props) ? props : NULL, false, 0);
	json_decref(top);
	if (!json_is_object(out)) {
		json_decref(out);
		out = json_object();
	}
	return out;
}

/* Carry the value at the dotted path `path` ("a.b", "a[].b") of `from`
 * into `to` where `to` has none. */
static void carry(json_t *to, const json_t *from, const char *path)
{
	const char *dot = strchr(path, '.');
	size_t len = dot ? (size_t)(dot - path) : strlen(path);
	bool list = len > 2 && !strncmp(path + len - 2, "[]", 2);
	char key[256];

	if (!json_is_object(to) || !json_is_object(from) || len - (list ? 2 : 0) >= sizeof(key))
		return;
	memcpy(key, path, len - (list ? 2 : 0));
	key[len - (list ? 2 : 0)] = 0;
	const json_t *src = json_object_get(from, key);
	json_t *dst = json_object_get(to, key);
	if (!value_is_set(src))
		return;
	if (!dot && !list) {
		if (!value_is_set(dst))
			json_object_set_new(to, key, json_deep_copy(src));
		return;
	}
	if (list) {
		/* Elements paired by position: a list read back in the order it
		 * was written. */
		if (!json_is_array(src) || !json_is_array(dst))
			return;
		for (size_t i = 0; dot && i < json_array_size(src) && i < json_array_size(dst); i++)
			carry(json_array_get(dst, i), json_array_get(src, i), dot + 1);
		return;
	}
	if (!value_is_set(dst) && json_is_object(src)) {
		dst = json_object();
		json_object_set_new(to, key, dst);
	}
	carry(dst, src, dot + 1);
}

void cc_carry_write_only(const json_t *schema, json_t *attrs, const json_t *from)
{
	size_t i;
	json_t *p;

	json_array_foreach(json_object_get(schema, "writeOnly"), i, p)
		if (json_is_string(p))
			carry(attrs, from, json_string_value(p));
}

bool cc_path_in(const json_t *schema, const char *list, const char *attr)
{
	size_t i, n = strlen(attr);
	json_t *p;

	json_array_foreach(json_object_get(schema, list), i, p) {
		const char *s = json_string_value(p);
		if (s && !strncmp(s, attr, n) && (!s[n] || s[n] == '.' || s[n] == '['))
			return true;
	}
	return false;
}

/* Put the elements of v in the order of the equal ones of `like`, those
 * without an equal one after them in their order. */
static void reorder(json_t *v, const json_t *like)
{
	size_t n = json_array_size(v), i, j;
	bool *used = xcalloc(n ? n : 1, sizeof(*used));
	json_t *out = json_array(), *want;

	json_array_foreach((json_t *)like, i, want)
		for (j = 0; j < n; j++)
			if (!used[j] && value_equal(json_array_get(v, j), want)) {
				used[j] = true;
				json_array_append(out, json_array_get(v, j));
				break;
			}
	for (j = 0; j < n; j++)
		if (!used[j])
			json_array_append(out, json_array_get(v, j));
	json_array_clear(v);
	json_array_extend(v, out);
	json_decref(out);
	free(used);
}

/* follow_order of one value through its node, reached through `refs`
 * definitions as convert() counts them (past CC_MAX_REF_DEPTH a document);
 * set: v is a list compared as a set whatever its node says. */
static void follow(const json_t *schema, const json_t *node, json_t *v, const json_t *like,
		   bool set, int refs)
{
	const json_t *written = node;
	node = cc_schema_resolve(json_object_get(schema, "defs"), node, &refs);
	const char *type = node_type(node);
	size_t i;

	if (written && like && (!node || !strcmp(type, "json"))) {
		respell(v, like, 0);
		return;
	}
	if (!node || !like)
		return;
	if (!strcmp(type, "array") && json_is_array(v) && json_is_array(like)) {
		if (set || json_is_true(json_object_get(node, "unordered")))
			reorder(v, like);
		/* Lists inside the elements, paired by position. */
		for (i = 0; i < json_array_size(v) && i < json_array_size(like); i++)
			follow(schema, json_object_get(node, "items"), json_array_get(v, i),
			       json_array_get(like, i), false, refs);
	} else if (!strcmp(type, "object") && json_is_object(v) && json_is_object(like)) {
		const json_t *props = json_object_get(node, "properties");
		const json_t *map = json_object_get(node, "map");
		const char *k;
		json_t *e;
		/* an old name the stack or the state wrote inside a block
		 * (cnam_es): the value read back under the new one goes there */
		json_object_foreach((json_t *)props, k, e) {
			const char *canon = json_string_value(json_object_get(e, "aliasOf"));
			if (canon && json_object_get(like, k) && !json_object_get(like, canon) &&
			    json_object_get(v, canon) && !json_object_get(v, k)) {
				json_object_set(v, k, json_object_get(v, canon));
				json_object_del(v, canon);
			}
		}
		json_object_foreach(v, k, e)
			follow(schema, map ? map : json_object_get(props, k), e,
			       json_object_get(like, k), false, refs);
	}
}

void cc_follow_order(const json_t *schema, json_t *attrs, const json_t *like)
{
	const json_t *props = json_object_get(schema, "properties");
	const char *tags = json_string_value(json_object_get(json_object_get(schema, "tagging"),
							     "property"));
	const char *k;
	json_t *v;

	if (!json_is_object(like))
		return;
	json_object_foreach(attrs, k, v)
		follow(schema, json_object_get(props, k), v, json_object_get(like, k),
		       tags && !strcmp(k, tags), 0);
}
