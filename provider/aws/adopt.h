/*
 * adopt.h: helpers every aws resource type may call in its create and
 * update: the one rule for an object a create finds already there (adopt it
 * when it is ours, else refuse, naming the object and suggesting import),
 * reading an object back after writing it, the attributes a create stores
 * when it does not read the object back, and the plan-time check of a
 * setting that takes one of a few values; and, at its end, the contract a
 * type declares for its create and update with the driver that runs it
 * (struct aws_native_ops). Waiting until a state is aws_wait
 * (transport/wait.h); tags are tags.h and each service's helper file. A
 * type calls the helpers from its own functions: nothing but the driver
 * calls the type back.
 */
#ifndef TERRACE_AWS_ADOPT_H
#define TERRACE_AWS_ADOPT_H

#include <jansson.h>
#include <stdbool.h>
#include <time.h>

#include "provider/provider.h"
#include "provider/aws/transport/transport.h" /* struct aws_waiter */
#include "provider/base/strbuf.h"

/* A resource type's read() (provider.h). */
typedef int (*aws_read_fn)(void *client, const char *id, const json_t *prior, json_t **out,
			   struct strbuf *err);

/*
 * An object a create found already there is ours when an earlier attempt
 * may have made it (may_exist: the core retries a create whose answer an
 * interrupted apply lost) or when the transport retried this very call
 * (attempts > 1: its first, unanswered attempt made it); pass 0 attempts
 * where the object was looked up before creating. Returns 0 when it is
 * ours; otherwise -1 with err set to "OBJECT already exists but is not in
 * this state: import it or choose another NOUN", then " (WHY)" when why is
 * not NULL, OBJECT formatted from object_fmt.
 */
int aws_adopt_check(bool may_exist, int attempts, const char *noun, const char *why,
		    struct strbuf *err, const char *object_fmt, ...)
	__attribute__((format(printf, 6, 7)));

/*
 * For types whose create request itself carries the tags: every object
 * such a create makes carries this stack's ownership tags from the start,
 * so the object found is ours only when its "terrace:stack" and
 * "terrace:workspace" tags equal desired's (when desired has none, only
 * another stack's or workspace's tags refuse it). Otherwise -1 with err set to
 * "OBJECT already exists and is stack S's (workspace W), not this one's:
 * ..." or, untagged, "OBJECT already exists without this stack's tags,
 * which its create sets, so no attempt of this create made it: import it
 * or choose another NOUN"; 0 when ours.
 */
int aws_adopt_tagged(const json_t *found, const json_t *desired, const char *noun,
		     struct strbuf *err, const char *object_fmt, ...)
	__attribute__((format(printf, 5, 6)));

/*
 * Evidence for types without tags: true when every member of `sent` (what
 * the create request gave, a JSON object or value) reads back equal in
 * `got` (what the API answers for the object now): objects member by
 * member (members only in got are ignored: the API adds its own; an empty
 * object or list sent may be absent in got, as AWS leaves them out), lists
 * element by element, numbers by value, everything else by json_equal.
 */
bool aws_sent_reads_back(const json_t *sent, const json_t *got);

/*
 * How far the server's clock may be from ours: SigV4 refuses requests
 * whose time is further off (RequestTimeTooSkewed, 5 minutes), so any
 * request AWS accepted came from a clock at most this far off.
 */
#define AWS_CLOCK_SKEW_S 300

/*
 * Whether an object the server says it created at `created` (its clock)
 * may have been made by a request this process started sending at
 * `first_sent` (our clock): created no earlier than first_sent minus
 * AWS_CLOCK_SKEW_S. first_sent 0 (an earlier run's attempt, whose time is
 * not known) is always true.
 */
bool aws_created_since(time_t created, time_t first_sent);

/*
 * The message of a create that found an object and has evidence it is not
 * its own: -1 with err set to "OBJECT already exists and no attempt of
 * this create made it (WHY): import it or choose another NOUN"; 0 when
 * ours is true.
 */
int aws_adopt_evidence(bool ours, const char *why, const char *noun, struct strbuf *err,
		       const char *object_fmt, ...)
	__attribute__((format(printf, 5, 6)));

/*
 * The evidence of a type without tags, both of the above at once, for a
 * create this run sent more than once (first_sent: when it was first
 * sent): the object found is ours when `got` (what the API reads back) has
 * every member of `sent` (what the create request gave) and it was created
 * at `created` (the server's time; 0 when the API does not say) no earlier
 * than first_sent allows. first_sent 0 is an earlier run's create (a
 * pending record), whose request may have differed from this run's (the
 * stack changed since) and whose time is not known: the record is the
 * evidence, and 0 is returned. 0 when ours; -1 with err set as
 * aws_adopt_evidence, saying which evidence failed.
 */
int aws_adopt_read_back(const json_t *sent, const json_t *got, time_t created,
			time_t first_sent, const char *noun, struct strbuf *err,
			const char *object_fmt, ...)
	__attribute__((format(printf, 7, 8)));

/*
 * The token a create sends so that its object can be found after a lost
 * answer (a tag, a client token): the engine's create token (call->token),
 * which a later run's retry of the same create reuses; without one (call
 * NULL: a start of `terrace run`; a test calling the type), a random one
 * written into own (32 hex digits). NULL with err set ("NOUN: no random
 * bytes for the create's token") when there are no random bytes.
 */
const char *aws_create_token(const struct create_call *call, char own[33], const char *noun,
			     struct strbuf *err);

/*
 * The create of an object that has no name to be found by (an EC2 VPC, a
 * KMS key, an ECS task definition's revision), made exactly once by its
 * create's token: every attempt sends the token (a tag, a client token),
 * and what an attempt made is found by it (find: the ids of the live
 * objects carrying it; the type's find_made). The one kept is the id the
 * create's answer named, else the first found; any other carries the token
 * too, so it is a second object made by one create sent twice, and
 * discard() removes it (a delete, a deregister, a deletion scheduled).
 *
 * send(): the create call carrying token: 0 with *answered (a new string,
 * the id it made) and *attempts (the transport's sends); 1 when the service
 * answered that a same-named object exists (err saying which answer); -1
 * with err set.
 */
struct aws_tokened_create {
	const char *type;     /* "aws.ec2.vpc", for messages */
	const char *action;   /* "CreateVpc" */
	int (*send)(void *ctx, const char *token, char **answered, int *attempts,
		    struct strbuf *err);
	int (*find)(void *ctx, const char *token, json_t **ids, struct strbuf *err);
	int (*discard)(void *ctx, const char *id, struct strbuf *err);
	void *ctx;
};

/*
 * Carry out k's create as `call` says: a retried create (call->may_exist)
 * first looks for what an earlier run's attempt made; a create sent more
 * than once, one refused as a same-named object's, and one whose call
 * failed look for what an unanswered attempt made. 0 with *id (a new
 * string: made, or found and adopted); -1 with err set, *id then naming
 * what the answer said was made (for the core to keep tracking) or NULL.
 * The id is not said to call (create_call_made): the type does, once it
 * has it.
 */
int aws_create_tokened(const struct aws_tokened_create *k, const struct create_call *call,
		       char **id, struct strbuf *err);

/*
 * A start that carries nothing its service recognises a resend by (Batch's
 * SubmitJob, Glue's StartJobRun), made exactly once by evidence instead:
 * send() sends it at most once (aws_json_call_once, aws_rest_json_call_once)
 * and sets *unknown when its answer was lost after it went out; then find()
 * looks for what it made by the evidence the request carries (a job name,
 * an argument holding the run's token): 1 found (adopted), 0 not found (sent
 * again, up to AWS_START_SENDS sends in all), -1 with err. Both give the
 * caller what they got through ctx. 0 when sent or found; -1 with err.
 */
#define AWS_START_SENDS 4
struct aws_start_once {
	int (*send)(void *ctx, bool *unknown, struct strbuf *err);
	int (*find)(void *ctx, struct strbuf *err);
	void *ctx;
};
int aws_start_once(const struct aws_start_once *s, struct strbuf *err);

/*
 * Read back the object `id` that a create or update just wrote (or that a
 * create found and adopts): 0 with *out; -1 with err set when read fails,
 * or with the message formatted from missing_fmt ("TYPE: job NAME was
 * written but GetJob does not find it") when read finds nothing.
 */
int aws_read_written(aws_read_fn read, void *client, const char *id, const json_t *prior,
		     json_t **out, struct strbuf *err, const char *missing_fmt, ...)
	__attribute__((format(printf, 7, 8)));

/* A type's converge (the update contract, docs/design.md): from `have`, the
 * object as its read gives it, send what differs from desired, then read
 * it back into *out. 0, or -1 with err set. */
typedef int (*aws_converge_fn)(struct aws_client *c, const char *id, const json_t *have,
			       const json_t *desired, json_t **out, struct strbuf *err);

/* The converge of a type whose objects do not change in place (every
 * attribute that reaches an update changes nothing in AWS: a Lambda layer's
 * version, a permission's statement): nothing is sent, and `have`, read just
 * now, is the object (a copy in *out). */
int aws_converge_nothing(struct aws_client *c, const char *id, const json_t *have,
			 const json_t *desired, json_t **out, struct strbuf *err);

/* A copy of desired (new reference) in which every attribute of attrs that
 * is unset (absent or null) and has a schema default gets it. */
json_t *aws_with_defaults(const struct attr_schema *attrs, const json_t *desired);

/*
 * The contract a native aws type declares for its create and update, and
 * the one driver that runs it (aws_native_create, aws_native_update). A
 * type declares what its create sends, how an object that create finds
 * already there is adopted (a policy: data, not code of the type's), its
 * converge and its read; the driver runs
 *
 *   create: send -> adopt (when the send says the object may be there
 *           already) -> converge (what the send left out, or the object
 *           adopted) -> read back
 *   update: (settle_update ->) read -> converge
 *
 * so that what a create or an update stores is what AWS holds. One
 * converge signature (aws_converge_fn, above): from `have`, the object as
 * read() gives it, send what differs from desired, then read back into
 * *out. Unlike the helpers above, the driver calls the type back (its
 * declared functions). docs/design.md ("How a resource type works") says
 * which types run on it and lists those that do not yet.
 */
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
	char named[256]; /* exists: what the adopt's messages call it when its id is
			    not its name (a state machine's ARN: its name), or "": the id */
	bool left_out;   /* made, but the create call could not carry all of desired:
			    the driver converges from `have` */
	json_t *have;    /* a new reference or NULL. With left_out: what converge starts
			    from (NULL: the driver reads it back first, as created_shape
			    says). With exists: the object as the send read it, looking
			    before it sent (NULL: the driver reads it) */
	json_t *out;     /* made and not left_out: the object as the send has read it
			    already (a new reference; a queue read by the URL the answer
			    gave), which the driver stores instead of reading it back */
	/* Given by the driver, not set by the send: */
	const char *token; /* BY_CREATE_TOKEN: the create's token, which the send
			      carries (a tag, a client token) */
};

/*
 * A send's record of its create call by name, a call that took the
 * service's "already there" answer as an outcome: rc is the call's (-1 an
 * error, 0 made, 1 there already). 0 and 1 set sent->id to a copy of
 * name; 1 also sets sent->exists and sent->why, from the format ("kms
 * CreateAlias: AlreadyExistsException"). Returns rc.
 */
int aws_sent_from_call(struct aws_sent *sent, int rc, const char *name, const char *why, ...)
	__attribute__((format(printf, 4, 5)));

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
	/* Each send makes a new object that has no name of its own to be found
	 * by (a revision: Batch's RegisterJobDefinition), so the send never
	 * finds one there; a send that may have gone more than once (the
	 * transport resent it, or an earlier run's was interrupted) removes its
	 * twins itself, the others that read back as it sent, its tags too. */
	AWS_ADOPT_BY_NEW_REVISION,
	/* Nothing names it and it has no tags: a retried create (may_exist)
	 * first looks for an object that matches desired (`find`) and adopts
	 * it rather than sending. */
	AWS_ADOPT_BY_MATCH,
	/* Nothing names it; every attempt carries the create's token (a tag, a
	 * client token; aws_sent.token) and what an attempt made is found by
	 * it (`find_made`): the driver runs the send through
	 * aws_create_tokened, so a retried create adopts what an earlier run's
	 * attempt made without sending, and a create sent more than once,
	 * refused as a same-named object's or failed adopts what an
	 * unanswered attempt made, a second object carrying the token removed
	 * (`discard`). An object adopted is read and converged. */
	AWS_ADOPT_BY_CREATE_TOKEN,
	/* Named, and its tags follow the create call, which cannot carry them
	 * (S3's CreateBucket; PutBucketTagging is the first thing converged):
	 * ours only when an attempt of this create may have made it
	 * (aws_adopt_check) and its tags, read alone first (`tags`), are this
	 * stack's (aws_adopt_tagged); with no ownership tags (an attempt cut
	 * off before its tags were put), the type's `untagged` evidence says
	 * whether an attempt made it (a bucket: it holds nothing, and for a
	 * create this run resent, ListBuckets says it was made since). Then it
	 * is read whole and converged; a read that fails then keeps its id
	 * (the core tracks what the create adopted). */
	AWS_ADOPT_BY_LATER_TAGS,
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
	 * changes: one still being made may not). BY_CREATE_TOKEN: on what the
	 * create keeps, made or found, once the token has said which (a NAT
	 * gateway until available), before it is read; its failure keeps the
	 * id for the core. */
	int (*settle)(struct aws_client *c, const char *id, struct strbuf *err);
	/* Optional: the id (*id, a new string) of the object the send found
	 * by `found` (what the service's answer names: an IAM policy's name),
	 * when the type's id is another (its ARN), looked up once an attempt
	 * of this create may have made it; the read, the converge and the id
	 * stored take it, the messages keep naming `found`. -1 with err set
	 * (it is not found). */
	int (*locate)(struct aws_client *c, const json_t *desired, const char *found, char **id,
		      struct strbuf *err);
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
	/* BY_CREATE_TOKEN: the type and its create call in messages
	 * ("aws.ec2.vpc", "CreateVpc"); the ids (*ids, a new list) of the live objects carrying the token
	 * (desired: what the create sends, for a type that looks among its
	 * family); the removal of a second one (its delete). */
	const char *type, *action;
	int (*find_made)(struct aws_client *c, const json_t *desired, const char *token,
			 json_t **ids, struct strbuf *err);
	int (*discard)(void *client, const char *id, const json_t *prior, struct strbuf *err);
	/* BY_LATER_TAGS: the found object's tags (*tags, a new object; {}
	 * when it has none), read before anything else of it. */
	int (*tags)(struct aws_client *c, const char *id, json_t **tags, struct strbuf *err);
	/* BY_LATER_TAGS: whether the object found without ownership tags is
	 * one an attempt of this create made, by the type's evidence.
	 * first_sent: when this run first sent the create, for a create this
	 * run sent more than once (aws_created_since); 0 for an earlier run's
	 * (a pending record), whose time is not known. 0 when it is; -1 with
	 * err set ("OBJECT already exists and no attempt of this create made
	 * it (WHY)...", aws_adopt_evidence, object the formatted `object`). */
	int (*untagged)(struct aws_client *c, const char *id, const char *object,
			time_t first_sent, struct strbuf *err);
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
	/* Optional, instead of converge: the same, given the update's prior
	 * too (NULL on a create, made or adopted), for a type whose converge
	 * needs what only the state knows (exception (a), docs/design.md: a
	 * write-only value, aws.iam.user's credentials). */
	int (*converge_prior)(struct aws_client *c, const char *id, const json_t *have,
			      const json_t *desired, const json_t *prior, json_t **out,
			      struct strbuf *err);
	aws_read_fn read;
	/* Optional: read() less its asking first whether the object is there
	 * (a bucket's HeadBucket), for the driver's reads of one it knows is
	 * there: what a create made or adopts, what an update reads. NULL:
	 * read(). */
	aws_read_fn read_there;
	enum aws_read_shape created_shape; /* the read back after a create that sent all */
	enum aws_read_shape update_shape;  /* the update's read before converge */
	/* Optional: run before the update's read (wait until the object takes
	 * changes: an earlier create's or modify's may still be running), its
	 * failure the update's. */
	int (*settle_update)(struct aws_client *c, const char *id, struct strbuf *err);
	/* Optional, instead of update_shape: the prior the update's read takes,
	 * a new value (or NULL), when it is neither of the above. prior is
	 * NULL for an object a create found and adopts (no state records it). */
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
