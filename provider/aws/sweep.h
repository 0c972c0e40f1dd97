/*
 * sweep.h: what terrace made in an AWS account, found without its state,
 * for `terrace sweep` (cmd/sweep.c).
 *
 * One kind per resource type: a listing of the objects that may be
 * terrace's. For a type with tags, every object with its tags (the caller
 * keeps those whose terrace:stack tag names its stack); for a type without
 * (Glue databases, tables, connections, Scheduler schedules), those whose
 * name starts with a prefix. The kinds come in the order they are deleted
 * in: what points at others first (schedules, triggers, rules), what others
 * point at last (roles, policies). Deleting goes through each type's own
 * delete() (provider.h), with the settings that leave nothing behind.
 *
 * Errors follow provider.h: -1 with one line in err. Nothing here prints.
 */
#ifndef TERRACE_AWS_SWEEP_H
#define TERRACE_AWS_SWEEP_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "provider/aws/client.h"
#include "provider/base/strbuf.h"

struct aws_sweep_item {
	char *id;        /* what the type's read() and delete() take */
	char *name;      /* the object's own name, for display and name patterns */
	json_t *tags;    /* {"key": "value"}; NULL for a type without tags */
	time_t created;  /* when it was made (a Lambda function: last changed); 0: unknown */
};

struct aws_sweep_items {
	struct aws_sweep_item *v;
	size_t n;
};

struct aws_sweep_query;

struct aws_sweep_kind {
	const char *type;   /* "aws.glue.job" */
	int rank;           /* deletion order: lower ranks go first; one rank
			       may be deleted in parallel */
	bool global;        /* one listing per account (IAM, S3), not per region */
	/* Append the objects of this kind to out (internal: see aws_sweep_find). */
	int (*list)(struct aws_client *c, const struct aws_sweep_kind *k,
		    const struct aws_sweep_query *q, struct aws_sweep_items *out,
		    struct strbuf *err);
	const void *arg;    /* what list() needs to know of this kind */
};

/* Every kind, in deletion order; the last entry's type is NULL. A kind
 * whose type is not registered (resource_type_find) is to be skipped. */
extern const struct aws_sweep_kind aws_sweep_kinds[];

/* Found by tags (the type has a `tags` attribute), else by name prefix. */
bool aws_sweep_kind_tagged(const struct aws_sweep_kind *k);

/*
 * Append to out the objects of kind k the client sees: for a type with
 * tags every one, with its tags (from the listing where it gives them, else
 * from the type's read()); for a type without, those whose name or id starts
 * with prefix (NULL or "": none are looked for). Objects deleted between the
 * listing and the read are left out. -1 with err set on a failure; what was
 * found before it stays in out.
 */
int aws_sweep_find(struct aws_client *c, const struct aws_sweep_kind *k, const char *prefix,
		   struct aws_sweep_items *out, struct strbuf *err);

/*
 * Delete one object through its type's delete(), asking for what leaves
 * nothing: a bucket emptied of every object version and delete marker
 * first, an RDS instance or Redshift cluster without a final snapshot, a
 * secret without a recovery window. An object already gone is success.
 */
int aws_sweep_delete(struct aws_client *c, const struct aws_sweep_kind *k, const char *id,
		     struct strbuf *err);

/* Free what an item holds (not the item itself). */
void aws_sweep_item_release(struct aws_sweep_item *item);

#endif
