/*
 * s3/api.h: what other files use of the S3 rules
 * (s3/rules.c): the rule functions their rows, checks and tests call; and
 * what s3/object.c and s3/artifact.c share (s3/object_id.c: their
 * "BUCKET/KEY" id and delete, a header of their HeadObject answers).
 */
#ifndef TERRACE_AWS_S3_API_H
#define TERRACE_AWS_S3_API_H

#include <jansson.h>

#include "provider/aws/checks/row.h"
#include "provider/base/strbuf.h"
#include "provider/provider.h"

/* S3 general purpose bucket names. */
int rule_s3_bucket_name(const json_t *v, const json_t *r, struct strbuf *err);
/* S3 lifecycle rules: expiration days of 1 or more, a transition's
 * storage class one S3 transitions to, IA classes from 30 days, expiration
 * after every transition of its rule, an action in every rule and an ID
 * no other rule has. */
int rule_s3_lifecycle(const json_t *v, const json_t *r, struct strbuf *err);
/* Where a service reads or writes S3 objects: an s3:// URI. */
int rule_s3_uri(const json_t *v, const json_t *r, struct strbuf *err);
/* S3 object keys: at most 1024 bytes of UTF-8 (bytes, not characters). */
int rule_s3_key(const json_t *v, const json_t *r, struct strbuf *err);
/* An aws.s3.object's tags: at most 10 written (S3's limit per object);
 * terrace's own two are added only while they fit (s3/object.c's
 * max_tags). A row for the whole resource: rule_tags has the attribute. */
int rule_s3_object_tags(const json_t *v, const json_t *r, struct strbuf *err);
/* A bucket's folder: a prefix with something besides slashes. */
int rule_s3_folder(const json_t *v, const json_t *r, struct strbuf *err);
/* An object's bytes: exactly one of source and content (a row for the
 * whole resource). */
int rule_s3_object_body(const json_t *v, const json_t *r, struct strbuf *err);
/* A public bucket policy against the bucket's Block Public Access (on for
 * every new bucket since April 2023: a row of an AWS account's defaults). */
int rule_s3_public_policy(const json_t *v, const json_t *r, struct strbuf *err);

/* ---- its rules (s3/rules.c) that other files use ---- */

/* A bucket's region against the client's (s3/rules.c): where the client
 * talks to AWS itself (no endpoint of its own), a region other than its
 * own is refused, as requests are signed for the provider's region; -1
 * with one line in err. s3/rules.c's STACK row holds it at plan on each
 * bucket the plan creates or replaces (written_resource.client), the
 * bucket's create again for a client only apply makes. */
struct aws_client;
int aws_s3_region_refused(struct aws_client *c, const char *region, struct strbuf *err);

/* ---- s3/object_id.c: what s3/object.c and s3/artifact.c share ---- */

/* Split an object's id (bucket names hold no '/'): 0 with *bucket and
 * *path ("/KEY"), both to free(); -1 with "TYPE: id \"ID\" is not
 * BUCKET/KEY" in err. */
int aws_s3_split_object_id(const char *type, const char *id, char **bucket, char **path,
			   struct strbuf *err);
/* Delete the object an id names (DeleteObject; one already gone, or its
 * bucket, is deleted). */
int aws_s3_delete_object_id(struct aws_client *c, const char *type, const char *id,
			    struct strbuf *err);
/* The answer's header `name` as a JSON string, or JSON null when it has
 * none (a new reference). */
struct aws_response;
json_t *aws_s3_header_string(const struct aws_response *resp, const char *name);

#endif
