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
#include "stacks/strbuf.h"

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

#endif
