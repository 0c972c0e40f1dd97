/*
 * glue/api.c: what the Glue resource types share (glue/api.h): the call to Glue's
 * json protocol, the ARNs of Glue objects and their tagging, the shapes
 * their attributes take on the way to the API and back, plan-time checks,
 * and the create call that finds its object already there.
 */
#include "provider/aws/glue/api.h"
#include "provider/aws/iam/api.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/listing.h"
#include "provider/provider.h"


const struct aws_json_tagging glue_tagging = {
	.service = &aws_service_glue, .arn_param = "ResourceArn", .list_op = "GetTags",
	.list_member = "Tags", .add_member = "TagsToAdd", .remove_member = "TagsToRemove",
};

int glue_call(struct aws_client *c, const char *op, const json_t *input,
	      const char *const *accepted, json_t **output, const char **code, int *attempts,
	      struct strbuf *err)
{
	return aws_json_call_codes(c, &aws_service_glue, op,
				   input, accepted, output, code, attempts, err);
}

char *glue_arn(struct aws_client *c, const char *account, const char *kind, const char *name,
	       struct strbuf *err)
{
	const char *region = aws_client_region(c);
	char *own = NULL, *arn;

	if (!account || !*account) {
		if (aws_client_account_id(c, &own, err))
			return NULL;
		account = own;
	}
	arn = xasprintf("arn:%s:glue:%s:%s:%s/%s", aws_partition(region), region, account, kind,
			name);
	free(own);
	return arn;
}

bool glue_str_is(const char *s, const char *want)
{
	return s && !strcmp(s, want);
}

bool glue_str_in(const char *s, const char *const *set)
{
	for (; s && *set; set++)
		if (!strcmp(s, *set))
			return true;
	return false;
}

/* A string member as a new reference, else dflt (or null). */
json_t *glue_string_or(const json_t *o, const char *name, const char *dflt)
{
	json_t *v = value_get(o, name);

	if (json_is_string(v))
		return json_incref(v);
	return dflt ? json_string(dflt) : json_null();
}

/* A member that must be an object (a map), copied; {} when absent. */
json_t *glue_object_or_empty(const json_t *o, const char *name)
{
	json_t *v = value_get(o, name);

	return json_is_object(v) ? json_deep_copy(v) : json_object();
}

/* A list member, copied; [] when absent. */
json_t *glue_list_or_empty(const json_t *o, const char *name)
{
	json_t *v = value_get(o, name);

	return json_is_array(v) ? json_deep_copy(v) : json_array();
}

json_t *glue_number_or_null(const json_t *o, const char *name)
{
	json_t *v = value_get(o, name);

	return json_is_number(v) ? json_incref(v) : json_null();
}

/* A whole-number attribute as the integer Glue expects. */
json_t *glue_whole(const json_t *v)
{
	return json_integer((json_int_t)json_number_value(v));
}

/* Set key only when v is set; v is borrowed. */
void glue_set_if(json_t *o, const char *key, const json_t *v)
{
	if (value_is_set(v))
		json_object_set(o, key, (json_t *)v);
}

/* Set key only when v is a non-empty string (or a non-empty map/list). */
void glue_set_if_nonempty(json_t *o, const char *key, const json_t *v)
{
	if ((json_is_string(v) && json_string_length(v)) ||
	    (json_is_object(v) && json_object_size(v)) ||
	    (json_is_array(v) && json_array_size(v)))
		json_object_set(o, key, (json_t *)v);
}

/*
 * A nested attribute that the prior attributes leave unset is Glue's to
 * choose: leave it out of what read() reports, as the core does for
 * top-level OPTIONAL|COMPUTED attributes. Without prior attributes (a
 * resource being adopted) the server's value stands.
 */
void glue_unset_where_prior_unset(json_t *obj, const json_t *prior_obj, const char *key)
{
	if (json_is_object(prior_obj) && !value_is_set(json_object_get(prior_obj, key)))
		json_object_del(obj, key);
}

/* Glue answers some role ARNs with the role's name (or path/name): the
 * spelling the stack wrote when it names the same role (iam/api.h). */
json_t *glue_role_as_written(const char *server, const json_t *prior)
{
	return iam_role_as_written(server, value_get_string(prior, "role"));
}

/* Whether any settable attribute other than those in `skip` differs between
 * the current and the desired attributes. Unset OPTIONAL|COMPUTED ones are
 * the server's and never differ. */
bool glue_definition_differs(const struct attr_schema *attrs, const json_t *current,
			     const json_t *desired, const char *const *skip)
{
	for (const struct attr_schema *a = attrs; a->name; a++) {
		const json_t *d = value_get(desired, a->name);

		if (!(a->flags & (ATTR_REQUIRED | ATTR_OPTIONAL)) || glue_str_in(a->name, skip))
			continue;
		if (!value_is_set(d) && (a->flags & ATTR_COMPUTED))
			continue;
		if (!value_equal(d, value_get(current, a->name)))
			return true;
	}
	return false;
}


/* The ARN of the Glue resource KIND/NAME: the one in prior when it names
 * this resource in this region, else built from the caller's account. */
static int glue_object_arn(struct aws_client *c, const char *kind, const char *name,
			   const json_t *prior, char **arn, struct strbuf *err)
{
	const char *known = value_get_string(prior, "arn");
	char *tail = xasprintf(":glue:%s:", aws_client_region(c));
	char *suffix = xasprintf(":%s/%s", kind, name);
	size_t klen = known ? strlen(known) : 0, slen = strlen(suffix);
	int rc = 0;

	if (known && !strncmp(known, "arn:", 4) && strstr(known, tail) && klen > slen &&
	    !strcmp(known + klen - slen, suffix)) {
		*arn = xstrdup(known);
	} else if (!(*arn = glue_arn(c, NULL, kind, name, err))) {
		strbuf_prefixf(err, "the account id for Glue ARNs: ");
		rc = -1;
	}
	free(tail);
	free(suffix);
	return rc;
}

/* ---- tags ---- */

/* Read the tags at KIND/NAME into o["tags"] and its ARN into o["arn"]. */
int glue_read_arn_and_tags(struct aws_client *c, const char *kind, const char *name,
			   const json_t *prior, json_t *o, struct strbuf *err)
{
	char *arn;
	json_t *tags;

	if (glue_object_arn(c, kind, name, prior, &arn, err))
		return -1;
	if (aws_json_read_tags(c, &glue_tagging, arn, &tags, err)) {
		free(arn);
		return -1;
	}
	json_object_set_new(o, "arn", json_string(arn));
	json_object_set_new(o, "tags", tags);
	free(arn);
	return 0;
}

/* Sync the tags of KIND/NAME from current["tags"] to desired["tags"]. */
int glue_sync_tags(struct aws_client *c, const char *kind, const char *name,
		   const json_t *current, const json_t *desired, struct strbuf *err)
{
	const json_t *have = value_get(current, "tags"), *want = value_get(desired, "tags");
	json_t *none = json_object();
	char *arn = NULL;
	int rc = 0;

	if (!json_is_object(have))
		have = none;
	if (!json_is_object(want))
		want = none;
	if (!value_equal(have, want)) {
		rc = glue_object_arn(c, kind, name, current, &arn, err);
		if (rc == 0)
			rc = aws_json_sync_tags(c, &glue_tagging, arn, have, want, err);
	}
	free(arn);
	json_decref(none);
	return rc;
}

/* ======================= aws.glue.job ======================= */

/* ---- create ---- */

int glue_send_create(struct aws_client *c, const char *op, json_t *input,
		     const json_t *desired, struct aws_sent *sent, struct strbuf *err)
{
	static const char *const already_exists[] = {
		"AlreadyExistsException", "IdempotentParameterMismatchException", NULL,
	};
	const char *code;
	int rc;

	sent->id = xstrdup(value_get_string(input, "Name"));
	glue_set_if_nonempty(input, "Tags", value_get(desired, "tags"));
	rc = glue_call(c, op, input, already_exists, NULL, &code, &sent->attempts, err);
	json_decref(input);
	if (rc == 1) {
		sent->exists = true;
		snprintf(sent->why, sizeof(sent->why), "glue %s: %s", op, code);
		rc = 0;
	}
	if (rc) {
		free(sent->id);
		sent->id = NULL;
	}
	return rc ? -1 : 0;
}

int glue_catalog_evidence(struct aws_client *c, const char *get_op, json_t *get_req,
			  const char *member, json_t *input, const char *created_field,
			  json_t **sent, json_t **got, time_t *created, struct strbuf *err)
{
	static const char *const gone[] = { "EntityNotFoundException", NULL };
	json_t *resp = NULL;
	int rc = glue_call(c, get_op, get_req, gone, &resp, NULL, NULL, err);

	json_decref(get_req);
	if (rc) {
		json_decref(input);
		return rc < 0 ? -1 : 1;
	}
	*sent = input;
	*got = json_incref(value_get(resp, member));
	*created = aws_time_of(value_get(*got, created_field));
	json_decref(resp);
	return 0;
}

/* ---- catalog shapes (databases, tables, connections) ---- */

/*
 * A top-level optional string read back from the API: set when the API
 * returns a non-empty one; "" when it returns none and the prior state
 * holds "" (the user wrote an empty string); otherwise left out.
 */
void glue_read_string(json_t *out, const char *key, const json_t *api, const char *field,
		      const json_t *prior)
{
	const char *s = value_get_string(api, field);
	const char *before = value_get_string(prior, key);

	if (s && *s)
		json_object_set_new(out, key, json_string(s));
	else if (before && !*before)
		json_object_set_new(out, key, json_string(""));
}

/* A string-to-string map as a new object: the string members of v ({} when v is no object). */
json_t *glue_string_map(const json_t *v)
{
	json_t *out = json_object();
	const char *k;
	json_t *e;

	json_object_foreach((json_t *)v, k, e)
		if (json_is_string(e))
			json_object_set(out, k, e);
	return out;
}

/*
 * True when a nested block says nothing: every member is null, "", false,
 * [] or {} (recursively). Glue may keep no such block at all, so read()
 * gives back the prior state's empty block when the API has none.
 */
bool glue_says_nothing(const json_t *v)
{
	const char *k;
	json_t *e;
	size_t i;

	switch (json_typeof(v)) {
	case JSON_NULL:
	case JSON_FALSE:
		return true;
	case JSON_STRING:
		return json_string_length(v) == 0;
	case JSON_ARRAY:
		json_array_foreach(v, i, e)
			if (!glue_says_nothing(e))
				return false;
		return true;
	case JSON_OBJECT:
		json_object_foreach((json_t *)v, k, e)
			if (!glue_says_nothing(e))
				return false;
		return true;
	default:
		return false;
	}
}

/* A nested block read back (v, taken): NULL when it says nothing, unless the
 * prior state holds an empty block there, which is then given back. */
json_t *glue_nothing_or_prior(json_t *v, const json_t *prior)
{
	if (v && !glue_says_nothing(v))
		return v;
	json_decref(v);
	return value_is_set(prior) && glue_says_nothing(prior) ? json_deep_copy(prior) : NULL;
}


/*
 * Give back o (taken) as *out with o["arn"] the ARN of KIND/NAME in
 * `account`'s catalog (the caller's when unset): 0, or -1 with err set and
 * o freed when the caller's account cannot be had.
 */
int glue_with_arn(struct aws_client *c, json_t *o, const char *account, const char *kind,
		  const char *name, json_t **out, struct strbuf *err)
{
	char *arn = glue_arn(c, account, kind, name, err);

	if (!arn) {
		json_decref(o);
		return -1;
	}
	json_object_set_new(o, "arn", json_string(arn));
	free(arn);
	*out = o;
	return 0;
}
