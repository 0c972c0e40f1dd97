/*
 * iam.h: IAM helpers shared by the aws.iam.* resource types and usable by
 * any service that reads IAM policy documents: one IAM query-protocol call
 * with tolerated error codes, and the policy document codec (IAM answers
 * documents URL-encoded per RFC 3986; terrace stores them parsed).
 *
 * Errors follow provider.h: -1 with one line in err naming the operation,
 * status and AWS error code. Nothing here prints.
 */
#ifndef TERRACE_AWS_IAM_H
#define TERRACE_AWS_IAM_H

#include <jansson.h>
#include <libxml/tree.h>

#include "provider/aws/client.h"
#include "provider/base/strbuf.h"

#define IAM_API_VERSION "2010-05-08"

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

/* Add Tags.member.N.Key / .Value (prefix "Tags") for every entry of tags to
 * the flattened params object. */
void iam_tags_params(json_t *params, const char *prefix, const json_t *tags);

/*
 * Collect the members of a paged IAM listing (Marker / IsTruncated).
 * `members` is the path of the first member element under the result
 * ("PolicyNames/member"). Each item is the text of the member's child
 * element `text_of` ("" for the member's own text) or, when `fields` is not
 * NULL, an object of the named child elements' texts. Returns 0 with *out
 * (a new list), 1 when IAM answers NoSuchEntity, -1 on error.
 */
int iam_list(struct aws_client *c, const char *action, const json_t *params,
	     const char *members, const char *text_of, const char *const *fields,
	     json_t **out, struct strbuf *err);

/*
 * Bring the tags of one IAM entity from `current` to `desired`: tag_action
 * (TagRole, TagPolicy, TagUser) for new and changed keys, untag_action for
 * removed ones. id_param names the entity ("RoleName", "PolicyArn").
 */
int iam_sync_tags(struct aws_client *c, const char *tag_action, const char *untag_action,
		  const char *id_param, const char *id, const json_t *current,
		  const json_t *desired, struct strbuf *err);

/*
 * Send a Create* call (CreateRole, CreateUser, ...). IAM_CREATED with *doc
 * (xmlFreeDoc it); IAM_EXISTS_OURS when the entity exists and may be ours
 * (may_exist: an interrupted apply; or a retry whose first answer was lost);
 * IAM_CREATE_FAILED with err set, saying "KIND NAME already exists but is
 * not in this state" when it exists and is not known to be ours.
 */
enum iam_create_outcome { IAM_CREATED, IAM_EXISTS_OURS, IAM_CREATE_FAILED };
enum iam_create_outcome iam_create_entity(struct aws_client *c, const char *action,
					  const json_t *params, const char *kind,
					  const char *name, bool may_exist, xmlDocPtr *doc,
					  struct strbuf *err);

/*
 * An initial console password for an IAM user (iam_user.c): `len` (at
 * least 20) characters drawn with OpenSSL's RAND_bytes, uniformly, from
 * upper and lower case letters, digits and the symbols !@#%^&*()_+-=[]{},
 * with at least one of each, so it meets IAM's default password policy.
 * out must hold len + 1 bytes. -1 with err set when no randomness is there.
 */
int iam_user_password(char *out, size_t len, struct strbuf *err);

#endif
