/*
 * batch/api.h: what the AWS Batch types (batch/compute_environment.c,
 * batch/job_queue.c) share: Batch's rest-json call (every operation but the
 * tag ones is POST /v1/<operation in lower case> with a JSON body), the one
 * object a Describe* call finds by name, the wait until an object that
 * Batch changes asynchronously is VALID (or gone), the tags of an ARN, and
 * the paged listing sweep uses.
 */
#ifndef TERRACE_AWS_BATCH_H
#define TERRACE_AWS_BATCH_H

#include <stdbool.h>

#include <jansson.h>

#include "provider/aws/checks/row.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"


/* What a Describe* call of one kind of Batch object is. */
struct batch_kind {
	const char *noun;     /* "compute environment" */
	const char *describe; /* "DescribeComputeEnvironments" */
	const char *list;     /* its input's list of names and its answer's list:
				 "computeEnvironments" */
	const char *name_key; /* "computeEnvironmentName" */
	const char *arn_key;  /* "computeEnvironmentArn" */
};

/* One Batch operation, POST /v1/<operation lower-cased> with body `in`:
 * aws_rest_json_call_codes's outcomes (0, 1 for one of `codes`, -1). */
int batch_call(struct aws_client *c, const char *operation, const json_t *in,
	       const char *const *codes, json_t **out, int *attempts, struct strbuf *err);

/* The object of kind k named (or with the ARN) `name`: 0 with *found (a new
 * reference) or NULL when there is none or its status is DELETED; -1. */
int batch_describe_one(struct aws_client *c, const struct batch_kind *k, const char *name,
		       json_t **found, struct strbuf *err);

/* A read of object `name` of kind k: 0 with *out from `attributes` (of the
 * object and the prior state), or NULL when there is none or it is
 * DELETING (gone as far as the stack is concerned); -1. */
int batch_read(struct aws_client *c, const struct batch_kind *k, const char *name,
	       const json_t *prior, json_t *(*attributes)(const json_t *found, const json_t *prior),
	       json_t **out, struct strbuf *err);

/* Wait until object `name` of kind k is VALID after a create or update
 * (gone false; INVALID fails with its statusReason) or gone after a delete
 * (gone true), bounded by api.c's batch_poll (10 minutes). */
int batch_wait(struct aws_client *c, const struct batch_kind *k, const char *name, bool gone,
	       struct strbuf *err);
/* batch_wait's judgement of one look: `found` as batch_describe_one gives it
 * (NULL: none, or DELETED). 1 done (VALID; gone: none found), -1 with err
 * (INVALID and its statusReason; none found while waiting for VALID), 0
 * again (CREATING, UPDATING, DELETING ...); status gets the status. Pure,
 * for tests/unit/test_waiter_rows.c, which drives every status Batch gives. */
int batch_wait_verdict(const struct batch_kind *k, const char *name, const json_t *found,
		       bool gone, struct strbuf *status, struct strbuf *err);

/*
 * The send of a create of an object of kind k named `name` (a native
 * type's send_create, provider/aws/adopt.h): request `req` to operation
 * `op`. Batch's creates are not idempotent by name, so the name is looked
 * up first; an object found then, or after a resent create was refused
 * (its first attempt may have made it), is said with sent->exists, its
 * attempts and why, for the driver to weigh (AWS_ADOPT_BY_NAME_AND_TAGS:
 * the request sends the tags). 0 with sent->id; -1 with err set.
 */
struct aws_sent;
int batch_send_create(struct aws_client *c, const struct batch_kind *k, const char *op,
		      const json_t *req, const char *name, struct aws_sent *sent,
		      struct strbuf *err);

/*
 * The delete of object `name` of kind k, as Batch requires it: one not
 * DISABLED is disabled first (`update_op` with {id_param: name, state:
 * DISABLED}, waited VALID), then `delete_op` {id_param: name} is sent and
 * the object waited gone. One already gone is done.
 */
int batch_delete(struct aws_client *c, const struct batch_kind *k, const char *update_op,
		 const char *delete_op, const char *id_param, const char *name,
		 struct strbuf *err);

/* Bring the tags of `arn` from `have` to `want` (TagResource, UntagResource). */
int batch_sync_tags(struct aws_client *c, const char *arn, const json_t *have,
		    const json_t *want, struct strbuf *err);

/* Batch operation `operation` with body `in` (may be NULL), page after
 * page as its paginator says (transport/paging.h: nextToken in the body),
 * each(ctx, page, results) once a page; aws_rest_json_paged's outcomes. */
int batch_pages(struct aws_client *c, const char *operation, const json_t *in,
		aws_json_page_fn each, void *ctx, struct strbuf *err);

/* For sweep: every object of kind k (Describe* page after page), its id
 * the name, with its tags (the answer carries them). */
int batch_list(struct aws_client *c, const struct batch_kind *k, struct resource_items *out,
	       struct strbuf *err);

/* ---- its rules (batch/rules.c) that other files use ---- */

/* A Batch compute environment's compute resources by its type and theirs, a
 * job queue's compute environment order, a Fargate job definition's vCPU and
 * memory (batch/rules.c; the names are rows, NAME_CHARS_IN). */
int rule_batch_compute_resources(const json_t *v, const json_t *r, struct strbuf *err);
int rule_batch_queue_order(const json_t *v, const json_t *r, struct strbuf *err);
int rule_batch_job_definition(const json_t *v, const json_t *r, struct strbuf *err);

#endif
