/*
 * iam/policy.c: the resource type aws.iam.policy, a customer managed
 * policy; the id is its ARN. Shapes:
 *   name, path, description, arn, policy_id, default_version_id   strings
 *   policy                                    parsed JSON (the default version)
 *   tags                                      {"k": "v"}
 * A changed document becomes a new default version; IAM keeps at most five,
 * so the oldest non-default one is deleted first when five exist. IAM's
 * calls and documents are iam/api.h's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/iam/api.h"
#include "provider/aws/listing.h"
#include "provider/aws/resources.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

static const char *const no_such_entity[] = { "NoSuchEntity", NULL };

#define IAM_MAX_POLICY_VERSIONS 5

static const struct attr_schema policy_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "policy name, unique in the account" },
	{ .name = "path", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "path of the policy, like \"/data/\"", .default_json = "\"/\"" },
	{ .name = "description", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "what the policy is for (IAM cannot change it later)",
	  .default_json = "\"\"" },
	{ .name = "policy", .type = ATTR_JSON, .flags = ATTR_REQUIRED,
	  .description = "the policy document" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "policy tags", .default_json = "{}" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "arn:aws:iam::ACCOUNT:policy/PATH/NAME" },
	{ .name = "policy_id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the stable id IAM gives the policy (ANPA...)" },
	{ .name = "default_version_id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the version in effect, like \"v3\"" },
	{ .name = NULL },
};

static json_t *policy_arn_params(const char *arn)
{
	return json_pack("{s:s}", "PolicyArn", arn);
}

/* What a Policy element (GetPolicy's) and a ManagedPolicyDetail
 * (GetAccountAuthorizationDetails') both have: all read() reports but the
 * document and the tags. */
static json_t *policy_of(xmlNodePtr policy, const char *arn)
{
	json_t *o = json_object();

	iam_set_xml_string(o, "name", policy, "PolicyName", "");
	iam_set_xml_string(o, "path", policy, "Path", "/");
	iam_set_xml_string(o, "description", policy, "Description", "");
	iam_set_xml_string(o, "arn", policy, "Arn", arn);
	iam_set_xml_string(o, "policy_id", policy, "PolicyId", "");
	iam_set_xml_string(o, "default_version_id", policy, "DefaultVersionId", "");
	return o;
}

/* The document of one version of the policy, parsed: 0 with *document, 1
 * when the policy or the version does not exist. */
static int version_document(struct aws_client *c, const char *arn, const char *version_id,
			    json_t **document, struct strbuf *err)
{
	json_t *params = json_pack("{s:s, s:s}", "PolicyArn", arn, "VersionId", version_id);
	xmlDocPtr doc;
	char *text;
	int ret = iam_call(c, "GetPolicyVersion", params, no_such_entity, &doc, NULL, err);

	json_decref(params);
	*document = NULL;
	if (ret)
		return ret;
	text = xml_child_text(xmlDocGetRootElement(doc), "GetPolicyVersionResult/PolicyVersion/Document");
	*document = iam_policy_document_parse(text);
	free(text);
	xmlFreeDoc(doc);
	return 0;
}

int iam_policy_read(struct aws_client *c, const char *arn, json_t **out, struct strbuf *err)
{
	json_t *params = policy_arn_params(arn);
	json_t *o;
	xmlDocPtr doc;
	xmlNodePtr policy;
	int ret = iam_call(c, "GetPolicy", params, no_such_entity, &doc, NULL, err);

	json_decref(params);
	*out = NULL;
	if (ret)
		return ret;
	policy = xml_child(xmlDocGetRootElement(doc), "GetPolicyResult/Policy");
	o = policy_of(policy, arn);
	json_object_set_new(o, "tags", iam_tags_parse(xml_child(policy, "Tags")));
	xmlFreeDoc(doc);

	json_t *document = NULL;
	ret = version_document(c, arn, iam_attr_string(o, "default_version_id", ""), &document, err);
	if (ret) {
		json_decref(o);
		return ret;
	}
	json_object_set_new(o, "policy", document);
	*out = o;
	return 0;
}

static int policy_read(void *client, const char *id, const json_t *prior,
		       json_t **out, struct strbuf *err)
{
	(void)prior;
	return iam_policy_read(client, id, out, err) < 0 ? -1 : 0;
}

static const char *const version_fields[] = { "VersionId", "IsDefaultVersion", "CreateDate", NULL };

static long version_number(const json_t *version)
{
	const char *id = iam_attr_string(version, "VersionId", "v0");

	return strtol(id[0] == 'v' ? id + 1 : id, NULL, 10);
}

static bool version_is_default(const json_t *version)
{
	return !strcmp(iam_attr_string(version, "IsDefaultVersion", "false"), "true");
}

/* Older first: by creation time, then by version number. */
static bool version_older(const json_t *a, const json_t *b)
{
	int by_date = strcmp(iam_attr_string(a, "CreateDate", ""), iam_attr_string(b, "CreateDate", ""));

	return by_date ? by_date < 0 : version_number(a) < version_number(b);
}

static int delete_policy_version(struct aws_client *c, const char *arn, const json_t *version,
				 struct strbuf *err)
{
	json_t *params = json_pack("{s:s, s:s}", "PolicyArn", arn, "VersionId",
				   iam_attr_string(version, "VersionId", ""));
	int ret = iam_call(c, "DeletePolicyVersion", params, no_such_entity, NULL, NULL, err);

	json_decref(params);
	return ret < 0 ? -1 : 0;
}

static bool version_listed(const json_t *versions, const char *version_id)
{
	size_t i;
	json_t *v;

	json_array_foreach(versions, i, v)
		if (!strcmp(iam_attr_string(v, "VersionId", ""), version_id))
			return true;
	return false;
}

/*
 * After a CreatePolicyVersion the transport sent more than once (an answer
 * lost): the versions not in `before` that hold `document` are what its
 * attempts made. One is kept, the default one: the version answered
 * (*version_id, when not NULL), else the one IAM has as default, else the
 * newest; the others are deleted, so a lost answer leaves no extra version.
 * 0 with *version_id the one kept; 1 when no attempt made one; -1 with err.
 */
static int settle_resent_version(struct aws_client *c, const char *arn, const json_t *document,
				 const json_t *before, char **version_id, struct strbuf *err)
{
	json_t *params = policy_arn_params(arn), *now = NULL, *ours = json_array(), *v;
	const json_t *keep = NULL;
	size_t i;
	int ret = -1;

	if (iam_list(c, "ListPolicyVersions", params, NULL, version_fields, &now, err))
		goto out;
	json_array_foreach(now, i, v) {
		const char *id = iam_attr_string(v, "VersionId", "");
		json_t *got = NULL;
		int rc;

		if (version_listed(before, id))
			continue;
		rc = version_document(c, arn, id, &got, err);
		if (rc < 0)
			goto out;
		if (rc == 0 && value_equal(got, document))
			json_array_append(ours, v);
		json_decref(got);
	}
	json_array_foreach(ours, i, v) {
		if (*version_id) {
			if (!strcmp(iam_attr_string(v, "VersionId", ""), *version_id))
				keep = v;
		} else if (!keep || version_is_default(v) ||
			   (!version_is_default(keep) && version_older(keep, v))) {
			keep = v;
		}
	}
	if (!keep) {
		ret = 1;
		goto out;
	}
	if (!version_is_default(keep)) {
		json_object_set_new(params, "VersionId", json_string(iam_attr_string(keep, "VersionId", "")));
		if (iam_call(c, "SetDefaultPolicyVersion", params, NULL, NULL, NULL, err))
			goto out;
	}
	json_array_foreach(ours, i, v)
		if (v != keep && delete_policy_version(c, arn, v, err))
			goto out;
	free(*version_id);
	*version_id = xstrdup(iam_attr_string(keep, "VersionId", ""));
	ret = 0;
out:
	json_decref(params);
	json_decref(now);
	json_decref(ours);
	return ret;
}

/*
 * Make `document` the policy's default version. IAM keeps at most five
 * versions: when five exist, the oldest non-default ones go first.
 * *version_id gets the new version's id (malloc'd).
 */
static int new_policy_version(struct aws_client *c, const char *arn, const json_t *document,
			      char **version_id, struct strbuf *err)
{
	static const char *const limit_exceeded[] = { "LimitExceeded", NULL };
	struct strbuf doc_err = STRBUF_INIT, call_err = STRBUF_INIT;
	json_t *params = policy_arn_params(arn), *versions = NULL;
	char *text = NULL;
	xmlDocPtr doc;
	int ret = -1, call, attempts = 0;

	*version_id = NULL;
	text = iam_policy_document_text(document, &doc_err);
	if (!text) {
		strbuf_addf(err, "aws.iam.policy %s: policy: %s", arn, doc_err.buf);
		goto out;
	}
	if (iam_list(c, "ListPolicyVersions", params, NULL, version_fields, &versions, err)) {
		if (!err->len)
			strbuf_addf(err, "policy %s was deleted while it was being updated", arn);
		goto out;
	}
	while (json_array_size(versions) >= IAM_MAX_POLICY_VERSIONS) {
		size_t i, oldest = (size_t)-1;
		json_t *v;

		json_array_foreach(versions, i, v)
			if (!version_is_default(v) &&
			    (oldest == (size_t)-1 || version_older(v, json_array_get(versions, oldest))))
				oldest = i;
		if (oldest == (size_t)-1)
			break;
		if (delete_policy_version(c, arn, json_array_get(versions, oldest), err))
			goto out;
		json_array_remove(versions, oldest);
	}
	json_object_set_new(params, "PolicyDocument", json_string(text));
	json_object_set_new(params, "SetAsDefault", json_true());
	call = aws_query_call_xml(c, &aws_service_iam, "CreatePolicyVersion", params,
				  NULL, limit_exceeded, &doc, NULL, &attempts, &call_err);
	if (call == 0) {
		*version_id = xml_child_text(xmlDocGetRootElement(doc),
					     "CreatePolicyVersionResult/PolicyVersion/VersionId");
		xmlFreeDoc(doc);
		if (!*version_id) {
			strbuf_addf(err, "iam CreatePolicyVersion: the answer for %s has no VersionId",
				    arn);
			goto out;
		}
	}
	/* Sent more than once: every attempt that reached IAM made a version
	 * (a resend can also be refused with LimitExceeded). */
	if (attempts > 1) {
		int settled = settle_resent_version(c, arn, document, versions, version_id, err);
		if (settled < 0)
			goto out;
		if (settled == 0)
			call = 0;
	}
	if (call != 0) {
		if (call == 1)
			strbuf_addf(err, "iam CreatePolicyVersion: HTTP 409 LimitExceeded: policy %s "
				    "already has %d versions", arn, IAM_MAX_POLICY_VERSIONS);
		else
			strbuf_addstr(err, call_err.buf);
		goto out;
	}
	ret = 0;
out:
	strbuf_release(&call_err);
	strbuf_release(&doc_err);
	json_decref(params);
	json_decref(versions);
	free(text);
	return ret;
}

/* Bring a policy from `current` to `desired`: a new default version when the
 * document changed (*version_id then gets its id, else stays NULL), and tags. */
static int policy_apply(struct aws_client *c, const char *arn, const json_t *current,
			const json_t *desired, char **version_id, struct strbuf *err)
{
	int ret = -1;

	*version_id = NULL;
	if (!value_equal(value_get(current, "policy"), value_get(desired, "policy")) &&
	    new_policy_version(c, arn, value_get(desired, "policy"), version_id, err))
		goto out;
	if (iam_sync_tags(c, "TagPolicy", "UntagPolicy", "PolicyArn", arn,
			  value_get(current, "tags"), value_get(desired, "tags"), err))
		goto out;
	ret = 0;
out:
	return ret;
}

/*
 * The converge create and update end in (docs/design.md): what differs
 * between `have` (the policy as read) and desired is sent, then the policy
 * is read back. IAM cannot change a policy's description: a policy a
 * create adopted with another is refused here, once it is the create's
 * (its id kept), for the next plan to replace.
 */
static int policy_converge(struct aws_client *c, const char *arn, const json_t *have,
			   const json_t *desired, json_t **out, struct strbuf *err)
{
	char *new_version = NULL;
	int rc;

	if (strcmp(iam_attr_string(have, "description", ""),
		   iam_attr_string(desired, "description", ""))) {
		strbuf_addf(err, "policy %s already exists with another description: the next "
			    "plan replaces it", iam_attr_string(desired, "name", arn));
		return -1;
	}
	rc = policy_apply(c, arn, have, desired, &new_version, err);
	free(new_version);
	if (rc)
		return -1;
	return aws_read_written(policy_read, c, arn, NULL, out, err,
				"policy %s was written but GetPolicy does not find it", arn);
}

/* The ARN of the customer managed policy `name` under `path`, or NULL. */
static int find_policy_arn(struct aws_client *c, const char *name, const char *path,
			   char **arn, struct strbuf *err)
{
	static const char *const fields[] = { "PolicyName", "Path", "Arn", NULL };
	json_t *params = json_pack("{s:s, s:s}", "Scope", "Local", "PathPrefix", path);
	json_t *policies = NULL, *p;
	size_t i;
	int ret = iam_list(c, "ListPolicies", params, NULL, fields, &policies, err);

	*arn = NULL;
	json_decref(params);
	if (ret < 0)
		return -1;
	json_array_foreach(policies, i, p)
		if (!strcmp(iam_attr_string(p, "PolicyName", ""), name) &&
		    !strcmp(iam_attr_string(p, "Path", "/"), path))
			*arn = xstrdup(iam_attr_string(p, "Arn", ""));
	json_decref(policies);
	return 0;
}

static const struct iam_document_kind policy_document = {
	.type = "aws.iam.policy", .kind = "policy", .action = "CreatePolicy",
	.name_param = "PolicyName", .doc_attr = "policy", .doc_param = "PolicyDocument",
};

/* CreatePolicy sends it all: the id is the ARN its answer gives (a policy
 * found there is named by its name, and located by it). */
static int policy_send_create(struct aws_client *c, const json_t *desired,
			      const struct create_call *call, struct aws_sent *sent,
			      struct strbuf *err)
{
	const char *name = iam_attr_string(desired, "name", NULL);
	json_t *params = json_pack("{s:s}", "Path", iam_attr_string(desired, "path", "/"));
	xmlDocPtr doc;
	char *arn;

	(void)call;
	if (iam_send_with_document(c, &policy_document, name, params, desired, sent, &doc, err))
		return -1;
	if (sent->exists)
		return 0;
	arn = xml_child_text(xml_child(xmlDocGetRootElement(doc), "CreatePolicyResult/Policy"),
			     "Arn");
	xmlFreeDoc(doc);
	free(sent->id);
	sent->id = NULL;
	if (!arn || !*arn) {
		strbuf_addf(err, "iam CreatePolicy: the answer for policy %s has no Arn", name);
		free(arn);
		return -1;
	}
	sent->id = arn;
	return 0;
}

/* The ARN of the policy the create found there by its name. */
static int policy_locate(struct aws_client *c, const json_t *desired, const char *name,
			 char **arn, struct strbuf *err)
{
	if (find_policy_arn(c, name, iam_attr_string(desired, "path", "/"), arn, err))
		return -1;
	if (!*arn)
		strbuf_addf(err, "policy %s: IAM said it exists, then that it does not: "
			    "apply again", name);
	return *arn ? 0 : -1;
}

/*
 * Create and update (the contract, provider/aws/adopt.h): a policy found
 * there is ours when an attempt of this create may have made it and it
 * carries this stack's tags, which CreatePolicy sets; its ARN, the id, is
 * found by its name and path. An update converges from a live read of its
 * default version. `prior` is not used: a policy has no write-only
 * attribute and its ARN addresses it.
 */
static const struct aws_native_ops policy_native = {
	.send_create = policy_send_create,
	.adopt = { .by = AWS_ADOPT_BY_NAME_AND_TAGS, .noun = "name", .object = "policy %s",
		   .locate = policy_locate },
	.converge = policy_converge,
	.read = policy_read,
	.created_shape = AWS_SHAPE_NONE,
	.update_shape = AWS_SHAPE_NONE,
	.made_missing = "policy %s was written but GetPolicy does not find it",
	.gone = "policy %s was deleted while it was being updated",
};

AWS_NATIVE_FUNCTIONS(policy, policy_native)

/* "role a, role b, user c": who the policy is attached to ("" when nobody). */
static int policy_attachments(struct aws_client *c, const char *arn, struct strbuf *who,
			      int *gone, struct strbuf *err)
{
	static const struct { const char *list, *name, *kind; } kinds[] = {
		{ "ListEntitiesForPolicyResult/PolicyRoles/member", "RoleName", "role" },
		{ "ListEntitiesForPolicyResult/PolicyUsers/member", "UserName", "user" },
		{ "ListEntitiesForPolicyResult/PolicyGroups/member", "GroupName", "group" },
	};
	json_t *params = policy_arn_params(arn);
	xmlDocPtr doc;
	int ret = iam_call(c, "ListEntitiesForPolicy", params, no_such_entity, &doc, NULL, err);

	json_decref(params);
	*gone = ret == 1;
	if (ret)
		return ret < 0 ? -1 : 0;
	for (size_t k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++) {
		for (xmlNodePtr n = xml_child(xmlDocGetRootElement(doc), kinds[k].list); n;
		     n = xml_next_same(n)) {
			char *name = xml_child_text(n, kinds[k].name);

			strbuf_addf(who, "%s%s %s", who->len ? ", " : "", kinds[k].kind,
				    name ? name : "?");
			free(name);
		}
	}
	xmlFreeDoc(doc);
	return 0;
}

static int policy_delete(void *client, const char *id, const json_t *prior,
			 struct strbuf *err)
{
	static const char *const delete_outcomes[] = { "NoSuchEntity", "DeleteConflict", NULL };
	struct aws_client *c = client;
	struct strbuf who = STRBUF_INIT;
	json_t *params = policy_arn_params(id), *versions = NULL, *v;
	const char *code;
	size_t i;
	int gone, ret = -1;

	(void)prior;
	/* IAM refuses to delete an attached policy: say where it is attached
	 * before deleting any of its versions. */
	if (policy_attachments(c, id, &who, &gone, err))
		goto out;
	if (gone) {
		ret = 0;
		goto out;
	}
	if (who.len) {
		strbuf_addf(err, "policy %s is still attached to %s: detach it from them (or remove "
			    "it from their managed_policy_arns) before destroying it", id, who.buf);
		goto out;
	}
	ret = iam_list(c, "ListPolicyVersions", params, NULL, version_fields, &versions, err);
	if (ret) {
		ret = ret < 0 ? -1 : 0;
		goto out;
	}
	ret = -1;
	json_array_foreach(versions, i, v)
		if (!version_is_default(v) && delete_policy_version(c, id, v, err))
			goto out;
	if (iam_call(c, "DeletePolicy", params, delete_outcomes, NULL, &code, err) < 0)
		goto out;
	if (code && !strcmp(code, "DeleteConflict")) {
		strbuf_addf(err, "policy %s cannot be deleted: IAM says it is still attached or has "
			    "versions besides the default one (iam DeletePolicy: HTTP 409 "
			    "DeleteConflict); detach it everywhere and apply again", id);
		goto out;
	}
	ret = 0;
out:
	strbuf_release(&who);
	json_decref(params);
	json_decref(versions);
	return ret;
}

/* ---- refresh by listing ---- */

/*
 * GetAccountAuthorizationDetails' ManagedPolicyDetail has all that read()
 * reports, every version's document included, but the tags: one
 * ListPolicyTags each (IAM allows 50 tags a policy; the call gives up to
 * 100 unpaged).
 */
static const char *const policy_needs[] = {
	"PolicyName", "Path", "PolicyId", "DefaultVersionId", NULL
};
static const struct iam_listing policy_details = {
	"GetAccountAuthorizationDetails", "LocalManagedPolicy", "Policies/member", "Arn",
	policy_needs,
};

static int policy_listed(void *ctx, struct aws_client *c, const char *id, xmlNodePtr entry,
			 const json_t *prior, json_t **out, struct strbuf *err)
{
	json_t *o = policy_of(entry, id), *params;
	const char *default_id = iam_attr_string(o, "default_version_id", "");
	xmlNodePtr version = xml_child(entry, "PolicyVersionList/member");
	xmlDocPtr doc;
	char *text = NULL;
	int ret;

	(void)ctx;
	/* IAM cannot change a policy's description: one the listing leaves
	 * out is the one state has, as long as it is the same policy (its
	 * policy_id); else read() says. */
	if (!xml_child(entry, "Description")) {
		if (strcmp(iam_attr_string(o, "policy_id", ""), iam_attr_string(prior, "policy_id", "-"))) {
			json_decref(o);
			return 0;
		}
		json_object_set_new(o, "description",
				    json_string(iam_attr_string(prior, "description", "")));
	}
	for (; version; version = xml_next_same(version)) {
		char *vid = xml_child_text(version, "VersionId");
		bool found = vid && !strcmp(vid, default_id);

		free(vid);
		if (found)
			break;
	}
	if (!version) {         /* no default version listed: read() */
		json_decref(o);
		return 0;
	}
	text = xml_child_text(version, "Document");
	json_object_set_new(o, "policy", iam_policy_document_parse(text));
	free(text);
	params = policy_arn_params(id);
	ret = iam_call(c, "ListPolicyTags", params, no_such_entity, &doc, NULL, err);
	json_decref(params);
	if (ret) {              /* gone meanwhile (read() says so), or failed */
		json_decref(o);
		return ret < 0 ? -1 : 0;
	}
	json_object_set_new(o, "tags", iam_tags_parse(xml_child(xmlDocGetRootElement(doc),
								 "ListPolicyTagsResult/Tags")));
	xmlFreeDoc(doc);
	*out = o;
	return 0;
}

static int policy_read_many(void *client, size_t n, const char *const *ids,
			    const json_t *const *priors, size_t max_pages, json_t **out,
			    struct strbuf *err)
{
	return iam_read_many(client, &policy_details, n, ids, priors, max_pages, out,
				 policy_listed, NULL, err);
}

/* For sweep (listing.h). */
static const struct aws_query_listing policy_listing = {
	&aws_service_iam, "ListPolicies", "Local", "PolicyName", "Arn", "CreateDate",
	"ListPolicyTags", "PolicyArn", iam_listed_tags,
};

static int policy_list(void *client, const struct resource_query *q,
		       struct resource_items *out, struct strbuf *err)
{
	return aws_list_query(client, &policy_listing, q, out, err);
}




const struct resource_type aws_iam_policy_type = {
	.name = "aws.iam.policy",
	.description = "a customer managed IAM policy; a changed document becomes its new "
		       "default version",
	.attrs = policy_attrs,
	.terraform_type = "aws_iam_policy",
	.terraform_attrs = "name path description policy tags arn policy_id",
	.read = policy_read,
	.create = policy_create,
	.update = policy_update,
	.native = &policy_native,
	.delete = policy_delete,
	.import_id = "its ARN, arn:aws:iam::ACCOUNT:policy/NAME",
	.list = policy_list,
	.list_rank = 14,
	.list_account_wide = true,
	.read_many = policy_read_many,
};
