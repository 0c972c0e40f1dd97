/*
 * match.c: what a failed create of an awscc type made, for a type that has
 * neither tags (no create token's tag to find it by) nor a primary
 * identifier the stack can give (a gateway attachment's AttachmentType|
 * VpcId, a route's RouteTableId|CidrBlock: cc_found_by_match, read from
 * the schema): the type's objects are listed before the create
 * (cc_objects_before) and again after a failure that named nothing, and
 * the one new object whose properties equal what the stack set is what it
 * made (cc_made_by_match). resource.c's create calls them.
 */
#include "provider/aws/cloudcontrol/cloudcontrol.h"

#include <stdlib.h>
#include <string.h>

#include "provider/aws/transport/transport.h"
#include "provider/base/log.h"
#include "provider/provider.h"

/* Pages of a listing read at most. */
#define CC_MATCH_MAX_PAGES 10000

/* The type's objects are found after a create that FAILED without naming
 * what it made by listing them and matching what the stack set: it takes
 * no tags (no create token's tag to find them by) and its primary
 * identifier holds a property only the create's answer gives (a gateway
 * attachment's AttachmentType, a route's CidrBlock), so neither can the
 * resend's AlreadyExists be named from the stack. Read from the schema. */
bool cc_found_by_match(const json_t *schema)
{
	bool is_list;
	size_t i;
	json_t *p;

	if (cc_tag_property(schema, &is_list))
		return false;
	json_array_foreach(json_object_get(schema, "primaryIdentifier"), i, p)
		if (json_is_string(p) && cc_path_in(schema, "readOnly", json_string_value(p)))
			return true;
	return false;
}

/* A listing of the type's objects: with want NULL (before the create),
 * every listed identifier into `ids`; else (after it) each object `before`
 * does not name into `found` (identifier -> its properties, read again with
 * GetResource where the listing left out one the stack set), for
 * cc_match_candidates to weigh against want (the create's DesiredState). */
struct match_scan {
	struct aws_client *c;
	const struct resource_type *rt;
	const json_t *want;
	json_t *ids, *found;
	const json_t *before;
};

/* Whether have equals want in the properties it set, of the create-only
 * ones only or of all a read shows (never a read-only one: what the server
 * gives, not the stack); *missing when have lacks one (the listing left it
 * out). */
static bool props_match(const json_t *schema, const json_t *want, const json_t *have,
			bool create_only, bool *missing)
{
	const char *attr;
	json_t *p;

	json_object_foreach(json_object_get(schema, "properties"), attr, p) {
		const char *name = value_get_string(p, "name");
		const json_t *w = name ? json_object_get(want, name) : NULL;
		if (!w || json_object_get(p, "aliasOf") || cc_path_in(schema, "writeOnly", attr) ||
		    cc_path_in(schema, "readOnly", attr) ||
		    (create_only && !cc_path_in(schema, "createOnly", attr)))
			continue;
		if (!json_object_get(have, name)) {
			*missing = true;
			return false;
		}
		if (!json_equal(w, json_object_get(have, name)))
			return false;
	}
	return true;
}

int cc_match_candidates(const json_t *schema, const json_t *want, const json_t *candidates,
			const char *name, const char *cfn_type, char **id, struct strbuf *err)
{
	json_t *same = json_array(), *exact = json_array(), *ids, *props;
	const char *key;
	int rc = 0;

	*id = NULL;
	json_object_foreach((json_t *)candidates, key, props) {
		bool missing = false;
		if (!props_match(schema, want, props, true, &missing))
			continue;
		json_array_append_new(same, json_string(key));
		if (props_match(schema, want, props, false, &missing))
			json_array_append_new(exact, json_string(key));
	}
	ids = json_array_size(same) > 1 && json_array_size(exact) ? exact : same;
	if (json_array_size(ids) > 1) {
		strbuf_addf(err, "%s: its create FAILED after making an object without naming "
			    "it, and %zu objects of %s have the properties the stack sets (%s, "
			    "%s): import the one the stack means (`terrace import`) and delete "
			    "the other", name, json_array_size(ids), cfn_type,
			    json_string_value(json_array_get(ids, 0)),
			    json_string_value(json_array_get(ids, 1)));
		rc = -1;
	} else if (json_array_size(ids)) {
		*id = xstrdup(json_string_value(json_array_get(ids, 0)));
	}
	json_decref(same);
	json_decref(exact);
	return rc;
}

static int match_entry(void *ctx, const json_t *e, struct strbuf *err)
{
	struct match_scan *ms = ctx;
	const json_t *schema = cc_type_of(ms->rt)->schema;
	const char *id = value_get_string(e, "Identifier");
	const char *text = value_get_string(e, "Properties");
	json_t *props = text ? json_loads(text, 0, NULL) : NULL;
	bool missing = false;

	if (!id || value_list_has_string(ms->before, id))
		goto out;
	if (!ms->want) {
		json_array_append_new(ms->ids, json_string(id));
		goto out;
	}
	if (!props_match(schema, ms->want, props, true, &missing) && missing) {
		/* the listing leaves properties out: GetResource's */
		json_decref(props);
		if (cc_get_properties(ms->c, ms->rt, id, &props, err))
			return -1;
	}
	if (props)
		json_object_set(ms->found, id, props);
out:
	json_decref(props);
	return 0;
}

/* The ResourceModel a list handler that lists one parent's objects needs
 * (a route's RouteTableId): the properties of the primary identifier the
 * stack set, as JSON text, or NULL when it set none. */
static char *parent_model(const json_t *schema, const json_t *want)
{
	json_t *model = json_object(), *p;
	char *text = NULL;
	size_t i;

	json_array_foreach(json_object_get(schema, "primaryIdentifier"), i, p) {
		const char *attr = json_string_value(p);
		const char *name = attr ? value_get_string(value_get(json_object_get(
						schema, "properties"), attr), "name") : NULL;
		if (name && !cc_path_in(schema, "readOnly", attr) && json_object_get(want, name))
			json_object_set(model, name, json_object_get(want, name));
	}
	if (json_object_size(model))
		text = json_dumps(model, JSON_COMPACT | JSON_SORT_KEYS);
	json_decref(model);
	return text;
}

/* ListResources of the type through match_entry, every page. A list
 * handler that answers InvalidRequestException without a ResourceModel
 * (it lists one parent's objects: "Missing Or Invalid ResourceModel
 * property in AWS::EC2::Route list handler request input") is asked
 * again with the parent the stack set (in parent, the create's properties). */
static int list_matching(struct match_scan *ms, const json_t *parent, struct strbuf *err)
{
	static const char *const refused[] = { "InvalidRequestException", NULL };
	const json_t *schema = cc_type_of(ms->rt)->schema;
	char *model = NULL, *next = NULL;
	int rc = 0, pages = 0;

	for (;;) {
		json_t *in = json_pack("{s:s}", "TypeName", cc_type_of(ms->rt)->row->cfn_type), *out = NULL, *e;
		size_t i;
		if (model)
			json_object_set_new(in, "ResourceModel", json_string(model));
		if (next)
			json_object_set_new(in, "NextToken", json_string(next));
		rc = cc_call(ms->c, "ListResources", in, model ? NULL : refused, &out, NULL, NULL,
			     err);
		json_decref(in);
		free(next);
		next = NULL;
		if (rc == 1) {
			model = parent_model(schema, parent);
			if (!model) {
				strbuf_addf(err, "ListResources answered InvalidRequestException "
					    "without a ResourceModel, and the stack sets no part "
					    "of %s's primary identifier to give it", cc_type_of(ms->rt)->row->cfn_type);
				rc = -1;
				break;
			}
			rc = 0;
			continue;
		}
		json_array_foreach(value_get(out, "ResourceDescriptions"), i, e)
			if (!rc)
				rc = match_entry(ms, e, err);
		if (value_get_string(out, "NextToken"))
			next = xstrdup(value_get_string(out, "NextToken"));
		json_decref(out);
		if (rc || !next || ++pages >= CC_MATCH_MAX_PAGES)
			break;
	}
	free(next);
	free(model);
	return rc ? -1 : 0;
}

/* The identifiers of the type's objects before a create of `desired`
 * (cc_found_by_match types; the parent's only, where the list handler
 * lists one parent's), so that what the create made is told from what was
 * there: a new array, or NULL when they could not be listed (the create
 * goes on; what a failure of it made is then not looked for). */
json_t *cc_objects_before(struct aws_client *c, const struct resource_type *rt,
			      const json_t *desired)
{
	json_t *want = cc_to_properties(cc_type_of(rt)->schema, desired);
	struct match_scan ms = { c, rt, NULL, json_array(), NULL, NULL };
	struct strbuf err = STRBUF_INIT;

	if (list_matching(&ms, want, &err)) {
		const char *cfn = cc_type_of(rt)->row->cfn_type;
		char *note = xasprintf("the objects of %s could not be listed before its create "
				       "(%s): should a create fail after making one, it will not "
				       "be found and adopted; grant cloudformation:ListResources "
				       "and the permissions of %s's list handler (`terrace "
				       "policy` lists them)", cfn, err.buf, cfn);
		log_debugf("%s: %s", rt->name, note);
		aws_client_note_for_user(c, note);
		free(note);
		json_decref(ms.ids);
		ms.ids = NULL;
	}
	strbuf_release(&err);
	json_decref(want);
	return ms.ids;
}

/* What the create of `desired` made, found among the type's objects by
 * what the stack set (cc_found_by_match types), leaving out those listed
 * before it (`before`; NULL: not known, so nothing is taken): 0 with *id
 * (a new string) when one object matches, or NULL when none does; -1 with
 * err when more than one does (naming them), or the listing failed. */
int cc_made_by_match(struct aws_client *c, const struct resource_type *rt,
			 const json_t *desired, const json_t *before, char **id,
			 struct strbuf *err)
{
	json_t *want = cc_to_properties(cc_type_of(rt)->schema, desired);
	struct match_scan ms = { c, rt, want, NULL, json_object(), before };
	int rc = -1;

	*id = NULL;
	if (!before) {
		log_debugf("%s: what its failed create made is not looked for: the objects of "
			   "%s before it are not known", rt->name, cc_type_of(rt)->row->cfn_type);
		rc = 0;
		goto out;
	}
	if (list_matching(&ms, want, err)) {
		strbuf_prefixf(err, "%s: looking for what its failed create made among the "
			       "objects of %s: ", rt->name, cc_type_of(rt)->row->cfn_type);
		goto out;
	}
	rc = cc_match_candidates(cc_type_of(rt)->schema, want, ms.found, rt->name,
				 cc_type_of(rt)->row->cfn_type, id, err);
out:
	json_decref(ms.found);
	json_decref(want);
	return rc;
}
