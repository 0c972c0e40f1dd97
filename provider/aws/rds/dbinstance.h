/*
 * rds/dbinstance.h: helpers aws.rds.instance (rds/instance.c) and aws.redshift.cluster
 * (redshift/cluster.c) call: the create call and the converge of their
 * create/update contract (adopt.h),
 * reading and waiting (bounded) until a state, deleting with a final
 * snapshot, tag sync, the identifier rule, the master password compared
 * with state, and the tags and fields of their XML answers (both APIs spell
 * tags Tags.Tag.N.Key / <Tag><Key/><Value/></Tag>). Each type declares its
 * contract and writes its delete from these; a struct db_api only names
 * its API's actions, codes and states.
 */
#ifndef TERRACE_AWS_DBINSTANCE_H
#define TERRACE_AWS_DBINSTANCE_H

#include <jansson.h>
#include <libxml/tree.h>
#include <stdbool.h>
#include <stddef.h>

#include "provider/aws/transport/transport.h"
#include "provider/base/strbuf.h"
#include "provider/provider.h"

/* The names an RDS or Redshift API gives its actions, codes and states:
 * data the helpers below read, nothing they call. */
struct db_api {
	const char *type_name;       /* "aws.rds.instance" */
	const char *kind;            /* "RDS instance" */
	const struct aws_service *service; /* &aws_service_rds */
	const char *id_attr;         /* "identifier": the attribute that is the id */
	const char *id_param;        /* "DBInstanceIdentifier" */
	const char *create_action;   /* "CreateDBInstance" */
	const char *exists_code;     /* "DBInstanceAlreadyExists" */
	const char *delete_action;   /* "DeleteDBInstance" */
	const char *not_found_code;  /* "DBInstanceNotFound" */
	const char *busy_code;       /* "InvalidDBInstanceState" */
	const char *describe_action; /* "DescribeDBInstances" */
	const char *describe_path;   /* its item: "DescribeDBInstancesResult/DBInstances/DBInstance" */
	const char *status_field;    /* "DBInstanceStatus" */
	const char *const *gone_states;  /* statuses read as gone: { "deleting", NULL } */
	const char *const *stuck_states; /* statuses it does not leave by itself for available */
	const char *const *ready_states; /* available ones: { "available", NULL } */
	const char *tag_action;      /* "AddTagsToResource" */
	const char *untag_action;    /* "RemoveTagsFromResource" */
	const char *untag_keys;      /* its key list: "TagKeys.member" (".N" follows) */
	const char *snapshot_param;  /* a delete's final snapshot: "FinalDBSnapshotIdentifier" */
	const char *skip_snapshot_param; /* true when it takes none: "SkipFinalSnapshot" */
	bool skip_snapshot_said;     /* skip_snapshot_param is sent false beside a snapshot too */
	double update_timeout, delete_timeout; /* seconds, for db_delete's waits */
};

/* Every db_api of provider/aws by "FOLDER/FILE.c:NAME", ending with a
 * {NULL, NULL} entry: provider/aws/gen/waiter_rows.gen.c (gen_waiter_rows.py),
 * for the test that drives each one's states (tests/unit/test_waiter_rows.c). */
struct db_api_row {
	const char *name;
	const struct db_api *api;
};
extern const struct db_api_row db_api_rows[];

/* What a type's create and update add to its db_api (db_send,
 * db_converge, db_settle_update), apart so that only they reach the writes (the
 * permissions generator follows what each phase's functions name): its
 * read of an object that must exist (`written` shaping the read); what else
 * it waits for beyond a ready state (NULL: nothing); bringing `id` from
 * `have` to `want` (password_known: have's password is the one set). */
struct db_writes {
	const struct db_api *api;
	double create_timeout;       /* seconds: a create's wait */
	int (*read_existing)(void *client, const char *id, const json_t *written, json_t **out,
			     struct strbuf *err);
	int (*settled)(xmlNodePtr node, struct strbuf *status);
	int (*converge)(struct aws_client *c, const char *id, const json_t *have,
			const json_t *want, bool password_known, struct strbuf *err);
};

/* A type's reading of one described item `node`: 0 with *out, or -1;
 * `wanted` (may be NULL) may shape how it reads. */
typedef int (*db_from_xml_fn)(struct aws_client *c, const char *id, xmlNodePtr node,
			      const json_t *wanted, json_t **out, struct strbuf *err);
/* In a ready state with nothing pending: 1 when it is settled, else 0 with
 * what it waits for added to status. */
typedef int (*db_settled_fn)(xmlNodePtr node, struct strbuf *status);

/* One call of t's service: aws_query_call_xml (client.h). */
int db_call(const struct db_api *t, struct aws_client *c, const char *action,
	    const json_t *params, const char *secret, const char *const *tolerated,
	    xmlDocPtr *doc, struct strbuf *err);
/* Everything read() reports about `id`, read by from_xml: 0 with *out, 1
 * when it does not exist or is being deleted, -1 on error. */
int db_read(const struct db_api *t, struct aws_client *c, const char *id,
	    db_from_xml_fn from_xml, const json_t *wanted, json_t **out, struct strbuf *err);
/* db_read where "gone" is an error ("KIND ID is gone or being deleted"):
 * after a write, the object should be there. 0 or -1. */
int db_read_existing(const struct db_api *t, struct aws_client *c, const char *id,
		     db_from_xml_fn from_xml, const json_t *wanted, json_t **out,
		     struct strbuf *err);
/* Wait, bounded by db_wait_limit(timeout) and polling from every 2 s, until
 * `id` is available with none of `pending` (PendingModifiedValues fields)
 * pending and settled (NULL: always settled), or with until_gone until it
 * is gone. */
int db_wait(const struct db_api *t, struct aws_client *c, const char *id,
	    db_settled_fn settled, bool until_gone, const char *const *pending, double timeout,
	    struct strbuf *err);
/* A wait for `id` to become available judged on its status `state` alone:
 * -1 with err ("KIND ID is STATE: it will not become available by itself")
 * for one of t->stuck_states, 1 for one of t->ready_states (db_wait then
 * weighs the pending changes and settled), 0 for any other: poll again.
 * Pure, for the test that drives every state row of every db_api
 * (tests/unit/test_waiter_rows.c). */
int db_state_verdict(const struct db_api *t, const char *id, const char *state,
		     struct strbuf *err);
/* Bring the tags of `arn` from `have` to `want` (maps; anything else is no tags). */
int db_sync_tags(const struct db_api *t, struct aws_client *c, const char *arn,
		 const json_t *have, const json_t *want, struct strbuf *err);

/*
 * The create call of `ident` with `params` (borrowed; `secret`, a value in
 * them, is cut out of messages) as a native type's send (the contract,
 * adopt.h): 0 with
 * sent->id (ident) when it made it, or with sent->exists, its attempts
 * and why when the service answered t->exists_code, for the driver to
 * weigh by the type's declared policy; -1 with err set.
 */
struct aws_sent;
int db_send_create(const struct db_api *t, struct aws_client *c, const char *ident,
		   const json_t *params, const char *secret, struct aws_sent *sent,
		   struct strbuf *err);

/*
 * A type's contract (rds instance, redshift cluster alike; adopt.h), each
 * declared function the type's own naming these with its db_writes:
 *
 * db_send: the create call (db_send_create, the master password cut out of
 * messages), and for one made the wait until it is available (sent->id set
 * even when that fails, so the core keeps tracking it).
 *
 * db_converge: a create's (prior NULL) adopted object waited for and read
 * again; an update's from `have` (the driver's live read after
 * db_settle_update, as desired spells it) with prior's master password,
 * which no read returns (exception (a)); then w->converge, *out read back.
 *
 * db_settle_update: the wait for an earlier create or modify still running,
 * before the update's read.
 */
int db_send(const struct db_writes *w, struct aws_client *c, const char *ident,
	    const json_t *params, const json_t *desired, struct aws_sent *sent,
	    struct strbuf *err);
int db_converge(const struct db_writes *w, struct aws_client *c, const char *id,
		const json_t *have, const json_t *desired, const json_t *prior, json_t **out,
		struct strbuf *err);
int db_settle_update(const struct db_writes *w, struct aws_client *c, const char *id,
		     struct strbuf *err);

/*
 * Delete `id` (its delete call: t->id_param, and the final snapshot prior
 * asks for, final_snapshot_identifier, or skip_final_snapshot true; "KIND
 * ID was not deleted: ..." when neither is set) and wait until it is gone.
 * A resource that is busy (still being made or changed) is waited for
 * (from_xml and settled as for db_read and db_wait) and asked again; one
 * already gone is success.
 */
int db_delete(const struct db_api *t, struct aws_client *c, const char *id, const json_t *prior,
	      db_from_xml_fn from_xml, db_settled_fn settled, struct strbuf *err);

/* A wait's limit: `seconds`, or TERRACE_DB_WAIT_SECONDS when that is set
 * to a positive number. */
double db_wait_limit(double seconds);

/* state is one of the NULL-terminated states (a NULL state is none). */
bool db_state_in(const char *state, const char *const *states);

/* The first of `fields` that node's PendingModifiedValues still lists, or NULL. */
const char *db_pending_field(xmlNodePtr node, const char *const *fields);

/* True when the state's value of a secret attribute (a hash) is `value`. */
bool db_stored_secret_is(const json_t *stored, const char *value);

/* Names RDS and Redshift keep in lower case (an RDS instance's identifier,
 * subnet group names): desired's attribute `attr` lowered, when it is a
 * known string, so that what is sent, kept in the state and read back
 * agree. Their rules are rows of the one table (rds/rules.c). */
void db_lower_name(json_t *desired, const char *attr);

/* Tags.Tag.N.Key / .Value for every entry of a tags map. */
void db_add_tag_params(json_t *params, const json_t *tags);
/* {"key": "value"} from a list of <Tag><Key/><Value/></Tag> (new reference). */
json_t *db_tags_from_xml(xmlNodePtr list);

/* Set o's key to the whole number at `path` below node (left out when
 * absent or empty); its text: xml_set_child_text (transport/xml.h). */
void db_set_integer(json_t *o, const char *key, xmlNodePtr node, const char *path);

#endif
