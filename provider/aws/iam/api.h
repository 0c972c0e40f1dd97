/*
 * iam/api.h: IAM helpers shared by the aws.iam.* resource types and usable by
 * any service that reads IAM policy documents: one IAM query-protocol call
 * with tolerated error codes, and the policy document codec (IAM answers
 * documents URL-encoded per RFC 3986; terrace stores them parsed). And
 * every service's IAM actions and condition keys (iam_actions.h), which
 * the permissions of a plan (permissions.c) look up as IAM's own checks do.
 *
 * Errors follow provider.h: -1 with one line in err naming the operation,
 * status and AWS error code. Nothing here prints.
 */
#ifndef TERRACE_AWS_IAM_H
#define TERRACE_AWS_IAM_H

#include <jansson.h>
#include <stdbool.h>
#include <libxml/tree.h>
#include <time.h>

#include "provider/aws/checks/row.h"
#include "provider/aws/iam/iam_actions.h"
#include "provider/aws/listing.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"
#include "provider/base/strbuf.h"

/* IAM: query protocol, its signing name and Version, once. */

/*
 * One IAM call (query protocol, Version 2010-05-08). params is a JSON object
 * of flattened names (borrowed, may be NULL). On success returns 0 and, when
 * doc is not NULL, sets *doc to the parsed response (free with xmlFreeDoc).
 * When the AWS error code is one of `tolerated` (NULL-terminated, may be
 * NULL) returns 1 with err untouched and *doc NULL; if `code` is not NULL it
 * gets that code (static storage: one of the `tolerated` strings).
 * Otherwise -1 with err set.
 */
int iam_call(struct aws_client *c, const char *action, const json_t *params,
	     const char *const *tolerated, xmlDocPtr *doc, const char **code,
	     struct strbuf *err);

/* A managed policy by ARN, as aws.iam.policy reads it (its name, path,
 * description, tags, arn, policy_id, default_version_id and the default
 * version's document as `policy`): 0 with *out, 1 when IAM has no such
 * policy (err untouched), -1 with err. iam/policy.c. */
int iam_policy_read(struct aws_client *c, const char *arn, json_t **out, struct strbuf *err);

/* Decode %XX escapes (RFC 3986; '+' stays '+'). Returns a new string. */
char *iam_url_decode(const char *s);

/*
 * A policy document as IAM returns it (URL-encoded, or plain JSON as some
 * servers send) parsed into JSON: a new reference. Text that is not JSON
 * even after decoding comes back as a JSON string of the decoded text, so a
 * comparison with the desired document shows the difference.
 */
json_t *iam_policy_document_parse(const char *text);

/* The text to send for a desired policy document: a JSON string is sent as
 * it is, anything else as compact JSON. Returns a new string, or NULL with
 * err set when it cannot be serialised. */
char *iam_policy_document_text(const json_t *doc, struct strbuf *err);

/* A <Tags> element's member Key/Value pairs as {"key": "value"} (new
 * reference; {} when tags is NULL). */
json_t *iam_tags_parse(xmlNodePtr tags);

/* A policy list element of GetAccountAuthorizationDetails (RolePolicyList,
 * GroupPolicyList: members with PolicyName and PolicyDocument) as
 * {"name": parsed document} (new reference; {} when list is NULL). */
json_t *iam_policy_list_parse(xmlNodePtr list);

/* The texts of a list element's members' child `text_of` ("" for the
 * member's own text) as a sorted set of strings (new reference; [] when
 * list is NULL): AttachedManagedPolicies' PolicyArn, a GroupList. */
json_t *iam_member_set(xmlNodePtr list, const char *text_of);

/* Add Tags.member.N.Key / .Value (prefix "Tags") for every entry of tags to
 * the flattened params object. */
void iam_tags_params(json_t *params, const char *prefix, const json_t *tags);

/*
 * Collect the results of a paged IAM listing, paged and found where its
 * paginator says (transport/paging.h). Each item is the text of the member's child
 * element `text_of` ("" for the member's own text) or, when `fields` is not
 * NULL, an object of the named child elements' texts. Returns 0 with *out
 * (a new list), 1 when IAM answers NoSuchEntity, -1 on error.
 */
int iam_list(struct aws_client *c, const char *action, const json_t *params,
	     const char *text_of, const char *const *fields, json_t **out, struct strbuf *err);

/*
 * Bring the tags of one IAM entity from `current` to `desired`: tag_action
 * (TagRole, TagPolicy, TagUser) for new and changed keys, untag_action for
 * removed ones. id_param names the entity ("RoleName", "PolicyArn").
 */
int iam_sync_tags(struct aws_client *c, const char *tag_action, const char *untag_action,
		  const char *id_param, const char *id, const json_t *current,
		  const json_t *desired, struct strbuf *err);

/*
 * A Create* call (CreateRole, CreateUser, ...) as a native type's send
 * (the contract, adopt.h): 0 with sent->id (the name) and *doc (xmlFreeDoc
 * it) when made, or with sent->exists, its attempts and why when IAM
 * answered EntityAlreadyExists, for the driver to weigh by the type's
 * declared policy; -1 with err set.
 */
struct aws_sent;
int iam_send_entity(struct aws_client *c, const char *action, const json_t *params,
		    const char *kind, const char *name, struct aws_sent *sent, xmlDocPtr *doc,
		    struct strbuf *err);

/*
 * An initial console password for an IAM user (iam/user.c): `len` (at
 * least 20) characters drawn with OpenSSL's RAND_bytes, uniformly, from
 * upper and lower case letters, digits and the symbols !@#%^&*()_+-=[]{},
 * with at least one of each, so it meets IAM's default password policy.
 * out must hold len + 1 bytes. -1 with err set when no randomness is there.
 */
int iam_user_password(char *out, size_t len, struct strbuf *err);

/* ---- shared by the IAM types ---- */

/* A string attribute, or `fallback` when it is unset or no string. */
const char *iam_attr_string(const json_t *o, const char *name, const char *fallback);
/* An attribute's value, or `fallback` (borrowed) when it is unset. */
json_t *iam_attr_or(const json_t *o, const char *name, json_t *fallback);
/* Set key in o to the text of an element, or to `fallback` when absent. */
void iam_set_xml_string(json_t *o, const char *key, xmlNodePtr node, const char *path,
			const char *fallback);

/*
 * Whether the entity `name` that a create found already there, of a kind
 * that takes no tags here (a group, an instance profile), is the one an
 * attempt of this create made: the evidence its type's declared policy
 * weighs (AWS_ADOPT_BY_READ_BACK, adopt.h): *sent {"Path": path}, *got the
 * Path get_action (name_param=name) answers at entity_path
 * ("GetGroupResult/Group"), *created its CreateDate (0 when unsaid). 1
 * when there is no such entity; -1 with err set.
 */
int iam_entity_evidence(struct aws_client *c, const char *get_action, const char *name_param,
			const char *name, const char *entity_path, const char *path,
			json_t **sent, json_t **got, time_t *created, struct strbuf *err);

/* What the creates of roles and policies differ in (iam_send_with_document). */
struct iam_document_kind {
	const char *type;       /* "aws.iam.role", in messages */
	const char *kind;       /* "role", in messages */
	const char *action;     /* "CreateRole" */
	const char *name_param; /* "RoleName" */
	const char *doc_attr;   /* "assume_role_policy": the attribute holding the document */
	const char *doc_param;  /* "AssumeRolePolicyDocument" */
};

/*
 * The create call of a role or policy named `name` (may be NULL), as a
 * native type's send: params (taken; the kind's own settings) get the
 * name, the document as text, the description when there is one and the
 * tags, then go as iam_send_entity sends them; -1 with err set also when
 * the name is missing or the document cannot be written.
 */
int iam_send_with_document(struct aws_client *c, const struct iam_document_kind *k,
			   const char *name, json_t *params, const json_t *desired,
			   struct aws_sent *sent, xmlDocPtr *doc, struct strbuf *err);

/* ---- what groups and users share ---- */

const char *iam_str_or(const char *s, const char *fallback);

/*
 * One IAM call with the parameters k1=v1 and, when k2 is not NULL, k2=v2.
 * NoSuchEntity is tolerated (1) when tolerate_missing; 0 done, -1 error.
 */
int iam_call2(struct aws_client *c, const char *action, const char *k1, const char *v1,
	      const char *k2, const char *v2, bool tolerate_missing, struct strbuf *err);

/* A listing of one entity (key_param=key) as a sorted set of the members'
 * `text_of` texts: 0 with *out, 1 when the entity is gone, -1 on error. */
int iam_list_set(struct aws_client *c, const char *action, const char *key_param,
		 const char *key, const char *text_of, json_t **out, struct strbuf *err);

/*
 * Bring the set `have` to `want`: `add` (entity_param=entity,
 * member_param=MEMBER) for each missing member first, then `remove` for
 * each extra one (a member already gone counts as removed). AddUserToGroup,
 * AttachUserPolicy, AttachGroupPolicy and their opposites.
 */
int iam_sync_set(struct aws_client *c, const char *add, const char *remove,
		 const char *entity_param, const char *entity, const char *member_param,
		 const json_t *have, const json_t *want, struct strbuf *err);

/*
 * Call `action` (entity_param=entity, param=ITEM) for every item of a
 * listing, tolerating items that went meanwhile: what a delete removes
 * first. 0 done, 1 the entity is gone, -1 error.
 */
int iam_remove_each(struct aws_client *c, const char *entity_param, const char *entity,
		    const char *list_action, const char *text_of,
		    const char *action, const char *param, struct strbuf *err);

/* name, path, arn and the entity's id (element id_element, stored as
 * id_attr) of a Group or User element, as a new object. */
json_t *iam_entity_attrs(xmlNodePtr node, const char *name, const char *id_element,
			 const char *id_attr);

/* Fill schema defaults into a copy of desired and sort its string sets. */
json_t *iam_stored_base(const struct attr_schema *attrs, const json_t *desired,
			const char *const *sets);

/* plan_desired of both types: their string sets are compared sorted. */
void iam_sort_sets(json_t *desired, const char *const *sets);

/*
 * A role, as every type that takes one accepts it: its ARN or its name (a
 * role name is unique in an account whatever its path). One spelling is
 * documented (the ARN, ${role.arn}); the name works wherever a role goes.
 */
/* The ARN to send for `role`: as written when it is an ARN, else
 * arn:PARTITION:iam::ACCOUNT:role/NAME with the caller's account
 * (GetCallerIdentity, asked once per client). *arn is new; -1 with err set. */
int iam_role_arn(struct aws_client *c, const char *role, char **arn, struct strbuf *err);
/* The name to send for `role`: the last part of an ARN's "role/PATH/NAME",
 * else the text itself (borrowed from role). */
const char *iam_role_name(const char *role);
/* Whether two spellings (ARN or name) name the same role: the same names,
 * and the same ARN when both are ARNs. */
bool iam_role_same(const char *a, const char *b);
/* What read() reports for a role the API answers as `server` (its ARN or its
 * name): `written` (the stack's spelling, from prior) when it names the
 * same role, so neither spelling plans a change; else the server's. A new
 * value (null when server is NULL). */
json_t *iam_role_as_written(const char *server, const char *written);
/* The same in place: shape[attr] becomes written[attr]'s spelling when both
 * name the same role (written may be NULL). */
void iam_role_keep_written(json_t *shape, const char *attr, const json_t *written);
/* The same for a set of roles (a list of strings, kept sorted as
 * value_string_set sorts it): each entry spelled as a written entry that
 * names the same role. */
void iam_roles_keep_written(json_t *shape, const char *attr, const json_t *written);
/* Whether list (of strings) has a spelling of role. */
bool iam_role_list_has(const json_t *list, const char *role);
/* A new list with iam_role_arn of each entry of roles (not a list: an empty
 * one); -1 with err set. */
int iam_role_arn_list(struct aws_client *c, const json_t *roles, json_t **arns,
		      struct strbuf *err);

/* ---- its rules (iam/rules.c) that other files use ---- */

/* IAM policy documents: a managed (identity) policy, a role's trust policy,
 * a role's inline policies (a map name: document). */
int rule_managed_policy(const json_t *v, const json_t *r, struct strbuf *err);
int rule_trust_policy(const json_t *v, const json_t *r, struct strbuf *err);
int rule_role_inline_policies(const json_t *v, const json_t *r, struct strbuf *err);
/* The grammar of a resource policy (an S3 bucket's, an SNS topic's, an
 * SQS queue's: Principal required), which those services' rules hold their
 * documents to: 0, or -1 with one line in err; `limit` characters without
 * whitespace, named `limit_rule` ("a bucket policy"), or 0: the size is
 * left to the service. */
int aws_iam_resource_policy(const json_t *v, size_t limit, const char *limit_rule,
			    struct strbuf *err);
/* Whether two policy documents as written (values, or JSON text) are both
 * known and differ; one not known yet does not (plan, which knows it, asks
 * again): what a policy written two ways is refused on (iam/rules.c,
 * sns/rules.c). */
bool iam_documents_differ(const json_t *a, const json_t *b);
/* The warnings of those documents (aws_warn_fn): an action no service of
 * AWS's Service Authorization Reference has (with the nearest one), a
 * service prefix none has, a wildcard that matches no action of its
 * service, a condition key of a service, or a global one (aws:...), that
 * the reference does not list (iam_actions.h); one document, or a map of
 * name: document (inline policies) as well. */
void warn_policy_names(const json_t *v, const char *attr, check_report_fn report, void *ctx);
void warn_bucket_policy_names(const json_t *v, const char *attr, check_report_fn report,
			      void *ctx);
void warn_inline_policy_names(const json_t *v, const char *attr, check_report_fn report,
			      void *ctx);

/* A listed IAM entity's tags, for aws_list_query (listing.h's tags_of):
 * l->tags_action (ListRoleTags) with l->tags_param = id. */
int iam_listed_tags(struct aws_client *c, const struct aws_query_listing *l, const char *id,
		    json_t **tags, struct strbuf *err);

/* ---- refresh by listing (listing.h's read_many) ---- */

/*
 * An IAM listing for refresh: `action` (GetAccountAuthorizationDetails with
 * Filter.member.1 = filter; ListRoles, filter NULL) in pages of
 * IAM_PAGE entities, Marker after Marker while IsTruncated; its entries
 * at ACTIONResult/members ("RoleDetailList/member"), named by id_field
 * ("RoleName"; "Arn" for policies, whose id is the ARN).
 */
#define IAM_PAGE 1000
struct iam_listing {
	const char *action;   /* "GetAccountAuthorizationDetails" */
	const char *filter;   /* "Role", "User", "Group", "LocalManagedPolicy", or NULL */
	const char *members;  /* "RoleDetailList/member" */
	const char *id_field; /* "RoleName" */
	const char *const *needs; /* for refresh: aws_listed_has_fields */
};

/* Every entry of the listing l, page after page, through each(ctx, entry);
 * each returns 0 or -1 with err set, which stops the listing. At most
 * max_pages pages. */
int iam_pages(struct aws_client *c, const struct iam_listing *l, size_t max_pages,
		  int (*each)(void *ctx, xmlNodePtr entry, struct strbuf *err), void *ctx,
		  struct strbuf *err);

/* A listed IAM entry as the type's read() reads it; as aws_listed_fn, with
 * the hook's own ctx. */
typedef int (*iam_listed_fn)(void *ctx, struct aws_client *c, const char *id,
				 xmlNodePtr entry, const json_t *prior, json_t **out,
				 struct strbuf *err);

/* A whole read_many hook over the IAM listing l: each entry of a resource
 * asked for goes through fn. At most max_pages pages. */
int iam_read_many(struct aws_client *c, const struct iam_listing *l, size_t n,
		      const char *const *ids, const json_t *const *priors, size_t max_pages,
		      json_t **out, iam_listed_fn fn, void *ctx, struct strbuf *err);

/* arn is an AWS managed policy's, arn:PARTITION:iam::aws:policy/...
 * (iam/rules.c; what plan reads of IAM, and the permissions of a plan). */
bool aws_arn_is_aws_managed_policy(const char *arn);

#endif
