/*
 * dynamodb/table_global.h: what aws.dynamodb.table (table.c) uses of
 * table_global.c, a table's server-side encryption and its replicas in
 * other Regions (global tables, version 2019.11.21).
 */
#ifndef TERRACE_AWS_DYNAMODB_TABLE_GLOBAL_H
#define TERRACE_AWS_DYNAMODB_TABLE_GLOBAL_H

#include <jansson.h>

#include "provider/aws/transport/transport.h"
#include "provider/base/strbuf.h"
#include "provider/provider.h"

/* The nested schemas of server_side_encryption and replica. */
extern const struct attr_schema table_sse_attrs[];
extern const struct attr_schema table_replica_attrs[];

/* desired's server_side_encryption and replica as the diff compares them:
 * a key left unset (kms_key_arn, which AWS fills with its managed key) is
 * prior's, nulls are dropped, replicas sorted by region_name with their
 * flags false by default. */
void table_global_settle(json_t *desired, const json_t *prior);
/* CreateTable's SSESpecification for desired, or NULL (encryption unset or
 * off: AWS's own key). */
json_t *table_sse_spec(const json_t *desired);
/* Into o (a table as read): server_side_encryption from DescribeTable's
 * `t`, and replica from its Replicas, each replica's point-in-time recovery
 * read in its Region, propagate_tags prior's (no call reads it). */
int table_global_read(struct aws_client *c, const json_t *t, const json_t *prior, json_t *o,
		      struct strbuf *err);
/* Table `name`, as read in `have`, to desired's encryption and replicas
 * (each only when set and different): UpdateTable's SSESpecification, then
 * one ReplicaUpdates Delete, Create or Update a call, each waited for, then
 * each replica's point-in-time recovery and (propagate_tags) tags in its
 * Region. `up` waits for the table ACTIVE after a change (table.c's). */
int table_global_converge(struct aws_client *c, const char *name, const json_t *have,
			  const json_t *desired, const struct aws_waiter *up,
			  struct strbuf *err);
/* A member of a table that DescribeTable lists with a status of its own:
 * a global index, a replica. */
struct table_member {
	const char *noun;   /* "index", "replica" */
	const char *list;   /* the table's list: "GlobalSecondaryIndexes" */
	const char *key;    /* its name in an entry: "IndexName" */
	const char *status; /* its status in an entry: "IndexStatus" */
	const char *const *failed; /* statuses that end the wait as failed (NULL: none) */
};
/* Wait, bounded by poll, for table `table` ACTIVE and its member `name`
 * ACTIVE (with gone, absent). */
int table_member_wait(struct aws_client *c, const char *table, const struct table_member *m,
		      const char *name, bool gone, const struct aws_poll *poll,
		      struct strbuf *err);
/* Every replica of table `name` deleted (before the table is). */
int table_replicas_delete(struct aws_client *c, const char *name, struct strbuf *err);

#endif
