/*
 * native.h: the contract a native aws type declares for its create and
 * update, and the one driver that runs it (native.c). A type declares
 * what its create sends, how an object that create finds already there
 * is adopted (a policy: data, not code of the type's), its converge and
 * its read; the driver runs
 *
 *   create: send -> adopt (when the send says the object may be there
 *           already) -> converge (what the send left out, or the object
 *           adopted) -> read back
 *   update: read -> converge
 *
 * so that what a create or an update stores is what AWS holds. One
 * converge signature (aws_converge_fn, adopt.h): from `have`, the object
 * as read() gives it, send what differs from desired, then read back into
 * *out. docs/design.md ("How a resource type works") says which types run
 * on it and lists those that do not yet.
 */
#ifndef TERRACE_AWS_NATIVE_H
#define TERRACE_AWS_NATIVE_H

#include <jansson.h>
#include <stdbool.h>
#include <time.h>

#include "provider/aws/adopt.h"
#include "provider/provider.h"
#include "provider/base/strbuf.h"

struct aws_client;

/* What a type's send_create says of its one create call. */
struct aws_sent {
	char *id;        /* a new string: the id of what it made, or of the object the
			    service says is there already (a name); set also when the
			    send fails after making it (the core keeps tracking it) */
	bool exists;     /* the service answered that the object is there already */
	int attempts;    /* the transport's sends of the create call (exists) */
	char why[160];   /* the service's words for its being there ("glue CreateJob:
			    AlreadyExistsException"), or "" */
	bool left_out;   /* made, but the create call could not carry all of desired:
			    the driver converges from `have` */
	json_t *have;    /* a new reference or NULL. With left_out: what converge starts
			    from (NULL: the driver reads it back first, as created_shape
			    says). With exists: the object as the send read it, looking
			    before it sent (NULL: the driver reads it) */
	json_t *out;     /* made and not left_out: the object as the send has read it
			    already (a new reference; a queue read by the URL the answer
			    gave), which the driver stores instead of reading it back */
};

/* How an object a create finds already there becomes the create's. */
enum aws_adopt_by {
	/* The object has a name the service refuses twice ("already exists"):
	 * ours only when an attempt of this create may have made it
	 * (aws_adopt_check) and it carries this stack's ownership tags, which
	 * the create sets (aws_adopt_tagged). */
	AWS_ADOPT_BY_NAME_AND_TAGS,
	/* Named, but it takes no tags: ours only when an attempt may have made
	 * it, what the create sent reads back and it was made no earlier than
	 * this run first sent it (aws_adopt_read_back; `evidence`). */
	AWS_ADOPT_BY_READ_BACK,
	/* The create sends the service's own idempotency token (the engine's
	 * create token, kept in its pending record): a resend is answered with
	 * what the first attempt made, so the send never finds one there. */
	AWS_ADOPT_BY_SERVICE_TOKEN,
	/* The create's write replaces whatever is there (S3's PutObject): a
	 * resend is the same write, and the send never finds one there. */
	AWS_ADOPT_BY_OVERWRITE,
	/* Nothing names it and it has no tags: a retried create (may_exist)
	 * first looks for an object that matches desired (`find`) and adopts
	 * it rather than sending. */
	AWS_ADOPT_BY_MATCH,
};

struct aws_adopt_policy {
	enum aws_adopt_by by;
	const char *noun;   /* what the user would choose another of: "name" */
	const char *object; /* the object in messages, with one %s for its id:
			       "aws.glue.job: a job named %s" */
	/* Optional: a found object this create could never make its own
	 * whatever its tags (a trigger of another type): -1 with err set. */
	int (*refuse)(const json_t *found, const json_t *desired, struct strbuf *err);
	/* Optional: run on a found object, once an attempt of this create may
	 * have made it, before it is read and converged (wait until it takes
	 * changes: one still being made may not). */
	int (*settle)(struct aws_client *c, const char *id, struct strbuf *err);
	/* BY_READ_BACK: the members the create sends that must read back
	 * (*sent), as the service reads them now (*got; `have`: the object as
	 * the send read it, or NULL), and when it was made (*created, the
	 * service's clock; 0: it does not say). 1 when there is no such
	 * object, -1 with err set. */
	int (*evidence)(struct aws_client *c, const char *id, const json_t *desired,
			const json_t *have, json_t **sent, json_t **got, time_t *created,
			struct strbuf *err);
	/* BY_READ_BACK, optional: for an object that says no time it was made,
	 * what the create sends must read back on every attempt (a retried
	 * create's too), and this is the refusal's reason when it does not
	 * (aws_adopt_evidence): "its configuration differs from the one this
	 * create sends". */
	const char *differs;
	/* BY_MATCH: *id (a new string) of an object that matches desired, or
	 * NULL; -1 with err set. */
	int (*find)(struct aws_client *c, const json_t *desired, char **id, struct strbuf *err);
};

/* Which prior the type's read() is given (it shapes what read reports). */
enum aws_read_shape {
	AWS_SHAPE_NONE,    /* NULL */
	AWS_SHAPE_DESIRED, /* desired */
	AWS_SHAPE_PRIOR,   /* the state's attributes (an update's prior; a create's desired) */
};

struct aws_native_ops {
	/*
	 * The create call, and what it alone must do before the object can be
	 * read (wait until made; say the server's id with create_call_made).
	 * 0 with sent->id and sent->exists, attempts, why or left_out, have
	 * set; -1 with err set (sent->id when it made something).
	 */
	int (*send_create)(struct aws_client *c, const json_t *desired,
			   const struct create_call *call, struct aws_sent *sent,
			   struct strbuf *err);
	struct aws_adopt_policy adopt;
	aws_converge_fn converge;
	aws_read_fn read;
	enum aws_read_shape created_shape; /* the read back after a create that sent all */
	enum aws_read_shape update_shape;  /* the update's read before converge */
	/* Optional, instead of update_shape: the prior the update's read takes,
	 * a new value (or NULL), when it is neither of the above. */
	json_t *(*update_shape_of)(const json_t *prior, const json_t *desired);
	/* Messages, with one %s for the id: the read back after a create finds
	 * nothing ("aws.glue.job: job %s was written but GetJob does not find
	 * it"); the update's read finds nothing ("... is in the state but ..."). */
	const char *made_missing;
	const char *gone;
};

/* The driver: create and update as the contract above says. */
int aws_native_create(const struct aws_native_ops *ops, void *client, const json_t *desired,
		      const struct create_call *call, char **id, json_t **out,
		      struct strbuf *err);
int aws_native_update(const struct aws_native_ops *ops, void *client, const char *id,
		      const json_t *prior, const json_t *desired, json_t **out,
		      struct strbuf *err);

/*
 * A native type's create and update as struct resource_type takes them,
 * running `ops` through the driver: PREFIX_create and PREFIX_update. The
 * type's struct then names .create, .update and .native = &ops.
 */
#define AWS_NATIVE_FUNCTIONS(prefix, ops)                                                   \
	static int prefix##_create(void *client, const json_t *desired,                      \
				   const struct create_call *call, char **id, json_t **out,  \
				   struct strbuf *err)                                       \
	{                                                                                    \
		return aws_native_create(&(ops), client, desired, call, id, out, err);       \
	}                                                                                    \
	static int prefix##_update(void *client, const char *id, const json_t *prior,        \
				   const json_t *desired, json_t **out, struct strbuf *err)  \
	{                                                                                    \
		return aws_native_update(&(ops), client, id, prior, desired, out, err);      \
	}

#endif
