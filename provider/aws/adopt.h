/*
 * adopt.h: helpers every aws resource type may call in its create and
 * update: the one rule for an object a create finds already there (adopt it
 * when it is ours, else refuse, naming the object and suggesting import),
 * reading an object back after writing it, the attributes a create stores
 * when it does not read the object back, and the plan-time check of a
 * setting that takes one of a few values. Waiting until a state is
 * aws_wait (transport/wait.h); tags are tags.h and each service's helper
 * file. A type calls these from its own create/read/update/delete: nothing
 * here calls the type back.
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
 * The one rule for an object a create finds already there: it is ours only
 * when an attempt of this create may have made it (aws_adopt_check:
 * f->call->may_exist, or f->attempts > 1) and it carries this stack's
 * ownership tags, which the create sets (aws_adopt_tagged). In between, the
 * wait f->settled when given (a table still CREATING shows no tags), then
 * the object read with read() (f->have: the type has read it already, and
 * nothing is read). 0 when ours, with *found (a new reference; not with
 * f->have) when found is not NULL; -1 with err set: not this create's, the
 * read failed or found nothing ("OBJECT exists but its read does not find
 * it"), the wait failed. The types whose objects have no name carry the
 * create's token instead (aws_create_tokened, below).
 */
struct aws_found {
	const struct create_call *call; /* the create's; NULL: its service's create call has
					   let it through already (iam_create_entity,
					   db_create_call) */
	int attempts;       /* the transport's sends of the create call; 0 when the object
			       was looked up before creating */
	const char *noun;   /* what the user would choose another of: "name" */
	const char *why;    /* the service's words for its being there, or NULL */
	const struct aws_waiter *settled; /* waited for before the read, or NULL */
	const json_t *have; /* the object as the type read it, or NULL */
};
int aws_adopt_found(const struct aws_found *f, aws_read_fn read, void *client, const char *id,
		    const json_t *desired, json_t **found, struct strbuf *err,
		    const char *object_fmt, ...)
	__attribute__((format(printf, 8, 9)));

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

/*
 * The update of a type whose converge starts from the object as read:
 * `id` read live with read() (given `shape` as its prior: what that read
 * takes its attributes' shape from, as the type's read wants: NULL, prior
 * or desired), then converge() from it to desired. 0 with *out; -1 with
 * err set, formatted from gone_fmt when the read finds nothing ("TYPE:
 * queue NAME is gone").
 */
int aws_update_converging(aws_read_fn read, aws_converge_fn converge, void *client,
			  const char *id, const json_t *shape, const json_t *desired,
			  json_t **out, struct strbuf *err, const char *gone_fmt, ...)
	__attribute__((format(printf, 9, 10)));

/* A copy of desired (new reference) in which every attribute of attrs that
 * is unset (absent or null) and has a schema default gets it. */
json_t *aws_with_defaults(const struct attr_schema *attrs, const json_t *desired);

#endif
