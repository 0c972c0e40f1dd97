/*
 * sweep.h: what terrace made in an AWS account, found without its state,
 * for `terrace sweep` (cmd/sweep.c).
 *
 * One kind per resource type that has a list() hook (provider.h): a
 * listing of the objects that may be terrace's. For a type with tags,
 * every object with its tags (the caller keeps those whose terrace:stack
 * tag names its stack, and may show those without one that the lab's
 * name_prefix names: not the lab's); for a type without (Glue databases,
 * tables, Scheduler schedules, ...), those the lab's name_prefix names
 * (aws_sweep_named). The kinds come in the order they are deleted in (the types'
 * list_rank). Deleting goes through each type's own delete(), with the
 * settings that leave nothing behind.
 *
 * Errors follow provider.h: -1 with one line in err. Nothing here prints.
 */
#ifndef TERRACE_AWS_SWEEP_H
#define TERRACE_AWS_SWEEP_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "provider/aws/transport/transport.h"
#include "provider/provider.h"
#include "provider/base/strbuf.h"

struct aws_sweep_kind {
	const char *type;                /* "aws.glue.job" */
	const struct resource_type *rt;  /* its type, which has a list() hook */
	int rank;                        /* rt->list_rank: lower ranks go first; one
					    rank may be deleted in parallel */
	bool global;                     /* rt->list_account_wide */
};

/* Every aws type with a list() hook, in deletion order: by rank, then in
 * the registry's order (provider/aws/types.def); the last entry's type is
 * NULL. Built once, static. */
const struct aws_sweep_kind *aws_sweep_kinds(void);

/* The same with kinds of `more` (n types with a list() hook, the awscc
 * types a stack declares: sweep cannot list every type the registry has)
 * first, one rank each, in the order given, then every kind above; the
 * last entry's type is NULL. A new array: free() it. */
struct aws_sweep_kind *aws_sweep_kinds_with(const struct resource_type *const *more, size_t n);

/* Found by tags (the type has tags: rtype_tags_schema), else by name prefix. */
bool aws_sweep_kind_tagged(const struct aws_sweep_kind *k);

/*
 * Whether the lab's name_prefix names the object (listing.h,
 * aws_has_name_prefix): its name, its id or its parent's name (a Glue
 * table's database) is the prefix itself or starts with it followed by -, _,
 * . or /. A KMS alias's name is what follows alias/, a Lake Formation
 * grant's its principal's name, a Scheduler schedule's id GROUP/NAME.
 */
bool aws_sweep_named(const struct resource_item *it, const char *prefix);

/*
 * Append to out the objects of kind k the client sees: for a type with
 * tags every one, with its tags (from the listing where it gives them, else
 * from the type's read()); for a type without, those prefix names
 * (aws_sweep_named; NULL or "": none are looked for). Objects deleted between the
 * listing and the read are left out. -1 with err set on a failure, and
 * *why (may be NULL) what kind of failure it was (client.h: denied, not
 * offered, no such operation, throttled, failed); what was found before it
 * stays in out.
 */
int aws_sweep_find(struct aws_client *c, const struct aws_sweep_kind *k, const char *prefix,
		   struct resource_items *out, struct aws_failure *why, struct strbuf *err);

/*
 * The CloudFormation type of kind k: a written type's from cfn.map (via
 * checks/row.h's aws_cfn_types), an awscc type's from its schema's row;
 * NULL when it has none (an S3 object, a security group rule).
 */
const char *aws_sweep_kind_cfn(const struct aws_sweep_kind *k);

/*
 * Whether a (an object of kind ka) and b (of kind kb), found through the
 * same configuration, are one object: their kinds are one CloudFormation
 * type (a written type and its awscc twin: aws.kinesis.stream and
 * awscc.kinesis.stream) and an identifier of one is an identifier of the
 * other: their ids, their names, or what an ARN or URL among them names
 * (its last part: an awscc AWS::SQS::Queue is its URL, with AWS's host,
 * and an aws.sqs.queue is named by the queue's name).
 */
bool aws_sweep_same_object(const struct aws_sweep_kind *ka, const struct resource_item *a,
			   const struct aws_sweep_kind *kb, const struct resource_item *b);

/*
 * Delete one object through its type's delete(), asking for what leaves
 * nothing: a bucket emptied of every object version and delete marker
 * first, an RDS instance or Redshift cluster without a final snapshot, a
 * secret without a recovery window. An object already gone is success.
 */
int aws_sweep_delete(struct aws_client *c, const struct aws_sweep_kind *k, const char *id,
		     struct strbuf *err);

#endif
