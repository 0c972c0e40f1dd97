/*
 * provider.h: the one small interface every provider implements.
 *
 * A provider type (aws, postgres, ssh) has a configuration schema, a
 * configure() that turns an evaluated configuration into a client, and a list
 * of resource types. A resource type is data (an attribute schema) plus four
 * functions: read, create, update, delete. Everything else — validation, diff,
 * plan rendering, redaction of secrets, state — is generic over the schema and
 * lives in stacks/ and plan/.
 *
 * Values are jansson json_t trees. Ownership follows jansson: a function that
 * returns json_t ** gives the caller a new reference; `const json_t *`
 * parameters are borrowed. A value that is not known until apply is the
 * object {"$unknown": true} (see value_unknown()); it survives serialization
 * into plan files.
 *
 * Errors: provider functions return 0 on success and -1 on failure with a
 * one-line message in err (no trailing newline). The message must name the
 * service, operation, status and AWS error code where there is one, and must
 * never contain a sensitive value.
 */
#ifndef TERRACE_PROVIDER_H
#define TERRACE_PROVIDER_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "provider/base/strbuf.h"
#include "provider/base/text.h"
#include "provider/value.h"

struct op_result; /* provider/base/progress.h */

enum attr_type {
	ATTR_STRING,
	ATTR_NUMBER,
	ATTR_BOOL,
	ATTR_LIST,        /* list of `elem` values (elem_type) */
	ATTR_MAP,         /* string keys to elem_type values */
	ATTR_JSON,        /* a JSON document, written as YAML or as a JSON string;
	                     stored parsed, compared by meaning not text */
	ATTR_OBJECT,      /* one nested block described by `nested` */
	ATTR_OBJECT_LIST, /* a list of nested blocks described by `nested` */
};

enum attr_flags {
	ATTR_REQUIRED    = 1 << 0, /* the user must set it */
	ATTR_OPTIONAL    = 1 << 1, /* the user may set it */
	ATTR_COMPUTED    = 1 << 2, /* the provider sets it (with OPTIONAL: when the user does not) */
	ATTR_FORCE_NEW   = 1 << 3, /* a change replaces the resource */
	ATTR_SENSITIVE   = 1 << 4, /* never shown in plan, logs, errors or JSON output */
	ATTR_CONFIG_ONLY = 1 << 5, /* not observable through the API (force_destroy, a
	                              local source path): read() leaves it out and the
	                              core carries it over from state */
	ATTR_ONE_OR_LIST = 1 << 6, /* ATTR_LIST: a single value stands for a list of
	                              that one value */
	ATTR_MADE        = 1 << 7, /* ATTR_COMPUTED: every object has it once made (an
	                              identifier the server assigns): attr_always_made */
};

struct attr_schema {
	const char *name;
	enum attr_type type;
	unsigned flags;
	const char *description;
	enum attr_type elem_type;          /* for ATTR_LIST and ATTR_MAP */
	const struct attr_schema *nested;  /* for ATTR_OBJECT(_LIST); ends with {NULL} */
	const char *default_json;          /* default when unset, as JSON text, or NULL */
	const char *api_wrapper;           /* ATTR_MAP: the key the API nests the map
	                                      under ("Variables"); a stack written in
	                                      that shape gets a message showing the flat one */
	const char *digest_of;             /* a computed digest of that attribute (an
	                                      object's content_sha256 of its content):
	                                      sensitive when that one is, so the state
	                                      keeps no fast hash of a secret */
};

/* A schema array ends with an entry whose name is NULL. */
const struct attr_schema *schema_find(const struct attr_schema *attrs, const char *name);
/* What every object of its type has once it is made, so that plan knows it
 * set before apply knows its value (value_unknown_set): a computed-only
 * "id" or "arn", or an attribute marked ATTR_MADE (an awscc type's primary
 * identifier the server assigns). */
bool attr_always_made(const struct attr_schema *a);
size_t schema_count(const struct attr_schema *attrs);
const char *attr_type_name(enum attr_type t);
/* The name among names[0..n) that word is when case and separators are
 * ignored ("MaxRecordSizeInKiB" is max_record_size_in_ki_b, "immutable"
 * IMMUTABLE, "ondemand" ON_DEMAND), or NULL. */
const char *schema_name_like(const char *word, const char *const *names, size_t n);

/*
 * What a resource type's list() finds of its objects without any state
 * (`terrace sweep`): one item per object.
 */
struct resource_item {
	char *id;        /* what the type's read() and delete() take */
	char *name;      /* the object's own name, for display and name patterns */
	char *parent;    /* the name of what holds it, where its id joins the two (a
			    Glue table's database, an EventBridge rule's bus); NULL */
	json_t *tags;    /* {"key": "value"}; NULL for a type without tags */
	time_t created;  /* when it was made (a Lambda function: last changed); 0: unknown */
};

struct resource_items {
	struct resource_item *v;
	size_t n;
};

/* What the caller of list() asks for. */
struct resource_query {
	const char *prefix; /* types without tags: the lab's name_prefix, which
			       their names start with (the API filters where it
			       can; the caller checks again, at a boundary:
			       aws_sweep_named); NULL for types with tags */
	bool tagged;        /* fetch tags where the listing's own calls can */
};

/* Append an item with copies of id and name (NULL name: the id), no tags. */
struct resource_item *resource_items_add(struct resource_items *out, const char *id,
					 const char *name, time_t created);
/* Free what an item holds (not the item itself). */
void resource_item_release(struct resource_item *item);

/*
 * Running what is deployed (`terrace run`, `terrace logs`): a resource type
 * that can be run (a Glue job, a state machine, a function, a host's
 * command) offers a runner. A run is started, then looked at (poll) until
 * it ends; what it does in between (log lines, states entered, its output)
 * goes to the sink as events, one JSON object each, documented in
 * docs/run-and-develop.md and tests/schemas/run-event.schema.json:
 *   {"type": "state", "state": "RUNNING"}
 *   {"type": "log", "stream": "output", "timestamp": MS, "message": TEXT}
 *   {"type": "step", "name": N, "status": "entered|succeeded|failed", "duration": S}
 *   {"type": "output", "output": VALUE}
 *   {"type": "detail", "name": "dpu_seconds", "value": V}
 * Library code: nothing here prints or sleeps between looks; the caller
 * paces the polls.
 */
struct run_sink {
	void *ctx;
	void (*event)(void *ctx, json_t *event); /* event: a new object, taken */
};

struct run_request {
	const json_t *args;   /* {"KEY": "VALUE"} from -arg (an object, maybe empty) */
	const char *payload;  /* JSON text (-payload), or NULL */
	bool no_wait;         /* only start it: the caller will not poll */
	/* Where a task runs (-cluster, -subnets, -security-groups): an ECS
	 * cluster's name or ARN and lists of ids; NULL when not given. */
	const char *cluster;
	const json_t *subnets, *security_groups;
	/* Where a job runs and as whom (-queue, -role, -entry-point): a Batch
	 * job queue's name or ARN; an EMR Serverless job run's execution role
	 * ARN and Spark entry point (an S3 URI); NULL when not given. */
	const char *queue, *role, *entry_point;
	/* The state's resources ({ADDRESS: {type, id, attributes}}), for what a
	 * runner takes from the stack when no flag says it. */
	const json_t *resources;
	/* Whether to stop waiting (may be NULL): true after an interrupt or
	 * once -timeout has passed. A start that waits for the run's end (an
	 * EXPRESS state machine's StartSyncExecution) gives up its call then. */
	bool (*give_up)(void);
};

/* An event for a sink: {"type": type} (a new object); and sending one. */
static inline json_t *run_event_new(const char *type)
{
	return json_pack("{s:s}", "type", type);
}

static inline void run_sink_emit(const struct run_sink *sink, json_t *event)
{
	if (sink && sink->event)
		sink->event(sink->ctx, event);
	else
		json_decref(event);
}

/* A "state" event when state (may be NULL) differs from *last, which then
 * holds a copy of it (free it with the run). */
static inline void run_sink_state(const struct run_sink *sink, char **last, const char *state)
{
	if (!state || (*last && !strcmp(*last, state)))
		return;
	free(*last);
	*last = xstrdup(state);
	json_t *ev = run_event_new("state");
	json_object_set_new(ev, "state", json_string(state));
	run_sink_emit(sink, ev);
}

enum run_outcome { RUN_GOING, RUN_SUCCEEDED, RUN_FAILED, RUN_STOPPED, RUN_TIMED_OUT };

struct resource_runner {
	/* Start a run of resource id (attrs: its state attributes, borrowed):
	 * *handle for the calls below, *run_id (a new string) what the
	 * service calls the run. -1 with err set: nothing started. */
	int (*start)(void *client, const char *id, const json_t *attrs,
		     const struct run_request *rq, const struct run_sink *sink,
		     void **handle, char **run_id, struct strbuf *err);
	/* One look: sends what is new to sink and sets *outcome; when the
	 * run ended badly, message gets the service's error. -1 with err set
	 * when the look itself failed (the run may go on). */
	int (*poll)(void *handle, const struct run_sink *sink, enum run_outcome *outcome,
		    struct strbuf *message, struct strbuf *err);
	/* Ask the service to stop the run; poll then tells when it has. */
	int (*stop)(void *handle, struct strbuf *err);
	void (*release)(void *handle);
	/* poll itself waits up to about a second for output (a host's
	 * command): the caller polls again at once. */
	bool poll_waits;
	/* Instead of start, poll, stop and release: a resource whose run is
	 * the run of others (a schedule's target, an event rule's targets):
	 * *targets gets a new list of {"arn": ARN, "input": TEXT or null}; the
	 * caller runs each that a resource of its state is, through that
	 * resource's own runner, with the input as its payload. */
	int (*targets)(const json_t *attrs, json_t **targets, struct strbuf *err);
	/* Optional, for `terrace logs`: a reader of the resource's log lines
	 * since `since_ms` (epoch milliseconds; 0: all), of run `run_id` only
	 * when that is not NULL. read sends the lines that arrived since the
	 * last read to sink, each once, in time order. open returns -1 with
	 * err set when it failed, 2 with err set when this resource has no
	 * logs to read as deployed (a setup error: which attribute to set). */
	int (*logs_open)(void *client, const char *id, const json_t *attrs, const char *run_id,
			 long long since_ms, void **reader, struct strbuf *err);
	int (*logs_read)(void *reader, const struct run_sink *sink, struct strbuf *err);
	/* Optional: no read follows: send what the reader held back (a file's
	 * last line that has no newline yet). */
	void (*logs_end)(void *reader, const struct run_sink *sink);
	void (*logs_close)(void *reader);
	/* Seconds between reads with `terrace logs -follow` (0: 2 s). */
	double logs_pause;
};

struct resource_type_typed;
struct aws_native_ops;

/*
 * What the core gives one create beside the desired attributes, and how the
 * create says what it has made; passed down to whatever helper needs it,
 * never kept in a global.
 *
 * may_exist: an earlier attempt may already have made the object (an
 * interrupted apply left a pending record in state): an "already exists"
 * answer for an object that is ours then means success, never a duplicate
 * and never a failure.
 * token: the create's token (a UUID, made by the core before the create is
 * sent and kept in its pending record, so that a later run's retry of the
 * same create carries the same one), or NULL outside the core's apply. A
 * type whose objects have no name to be found by (an EC2 VPC, a KMS key)
 * sends it with the create (a tag, a client token) and finds its object by
 * it after a lost answer.
 * made: a create whose id the server assigns says it the moment the answer
 * names it, before any follow-up call (create_call_made): the core records
 * it then (marked unconfirmed until the create returns success), so a
 * follow-up that fails or an apply killed meanwhile never loses it. NULL
 * when nobody listens.
 */
struct create_call {
	bool may_exist;
	const char *token;
	void (*made)(void *ctx, const char *id);
	void *made_ctx;
};

/* Say that the create `call` describes has made `id` (see above). */
static inline void create_call_made(const struct create_call *call, const char *id)
{
	if (call && call->made && id && *id)
		call->made(call->made_ctx, id);
}

/* What a create returns when what it made failed for good (create, below). */
#define RESOURCE_CREATE_TAINTED (-2)

/* The family of a resource type: its provider's own, written in C (the
 * default: aws.*, every postgres and ssh type), or made at run time from
 * data, one struct per type and one set of functions for all (aws: the
 * awscc types, which provider/aws/cloudcontrol/types.c builds from Cloud
 * Control's registry schemas). Code that treats the two apart asks the
 * type's family, never the spelling of its name. */
enum type_family {
	TYPE_FAMILY_WRITTEN = 0,
	TYPE_FAMILY_FROM_DATA,
};

struct resource_type {
	const char *name;        /* "aws.s3.bucket": provider type, then service, then kind */
	const char *description;
	const struct attr_schema *attrs;

	/*
	 * read: the current attributes of the resource with this id, or *out =
	 * NULL when it no longer exists (deleted outside terrace). `prior` is the
	 * state's last known attributes (borrowed). CONFIG_ONLY attributes may be
	 * omitted: the core copies them from prior.
	 */
	int (*read)(void *client, const char *id, const json_t *prior,
		    json_t **out, struct strbuf *err);
	/*
	 * create: make the resource from fully known desired attributes, as
	 * `call` says (struct create_call, above: whether an earlier attempt may
	 * have made it, the create's token, where to say what it made). On
	 * success *id and *out (all attributes, computed ones filled) belong to
	 * the caller. On failure, setting *id says the resource was made but not
	 * fully configured: the core keeps tracking it, and the next plan
	 * finishes the job as an update. With *id NULL nothing was made, unless
	 * the create said so before failing (create_call_made).
	 * RESOURCE_CREATE_TAINTED (instead of -1) with *id set says the object
	 * was made but its create failed for good (the service says it cannot
	 * finish it): the core keeps it, marked tainted, and the next plan
	 * replaces it, as Terraform's tainted resources are.
	 */
	int (*create)(void *client, const json_t *desired, const struct create_call *call,
		      char **id, json_t **out, struct strbuf *err);
	/* update in place; *out gets the new attributes. */
	int (*update)(void *client, const char *id, const json_t *prior,
		      const json_t *desired, json_t **out, struct strbuf *err);
	/* delete; a resource that is already gone is success. */
	int (*delete)(void *client, const char *id, const json_t *prior,
		      struct strbuf *err);
	/*
	 * Optional. At plan time, fill in attributes that follow from the
	 * configuration without asking the API (a local file's content hash),
	 * so the diff sees a change in them. `desired` may be modified; values
	 * that cannot be known yet are left out. `prior` (borrowed) is what
	 * this run's refresh read of the resource (what state holds when the
	 * plan does not refresh), NULL when there is none (a create, an
	 * import, `terrace build`): a check of the configuration against what
	 * exists (postgres.sql's applied migrations) reads it there. May be
	 * NULL.
	 */
	int (*plan_desired)(json_t *desired, const json_t *prior, struct strbuf *err);
	/*
	 * Optional: the stored attributes `stored` in the form this release
	 * gives `desired` (after plan_desired), when a release before wrote
	 * them in another form that stands for the same (a new object the diff
	 * compares instead), or NULL: they are compared as they are. So an
	 * unchanged stack plans no change after an upgrade (plan/diff.c).
	 */
	json_t *(*upgrade_stored)(const json_t *stored, const json_t *desired);
	/*
	 * Optional: checks of the attributes as the stack writes them, which
	 * `terrace validate` (and every command that loads the stack) runs
	 * before anything is evaluated: `config` is the resource's attributes
	 * unevaluated (a string holding ${...} is not known yet and should
	 * pass; so should a nested block written as one reference). -1 with a
	 * message in err and *attr set to the dotted path of the attribute at
	 * fault ("block" or "block.member", static storage): the error takes
	 * that attribute's position, or its nearest written parent's. A check
	 * that needs evaluated values belongs in plan_desired. May be NULL.
	 */
	int (*check_config)(const json_t *config, const char **attr, struct strbuf *err);
	/* Why `terrace import` cannot adopt an object of this type (its identity
	 * follows from local files, say), or NULL: it can, by the id create()
	 * returns, with read() given the evaluated configuration (secrets and
	 * unknown values left out) as prior. */
	const char *not_importable;
	/* For importable types: the ID `terrace import` takes, ending the
	 * sentence "TYPE is imported by ..." ("its name", "its ARN",
	 * "DATABASE:TABLE"); errors of an import that finds nothing show it. */
	const char *import_id;
	/* Its counterpart in the Terraform provider, for the JSON plan's
	 * -terraform-names view (cmd/plan_json_tf.c): the type
	 * ("aws_s3_bucket") and the attributes that have one, separated by
	 * spaces, "from=to" where the names differ ("name=bucket tags arn");
	 * the others are left out of that view. NULL: terrace's names. */
	const char *terraform_type;
	const char *terraform_attrs;
	/* The attribute whose value is the id create() returns (the object's
	 * name), when the id follows from the configuration alone; NULL when
	 * it does not (ARNs, ids the server assigns). A destroy uses it to look
	 * up what an interrupted create may have made (plan/apply.c). */
	const char *id_attr;
	/* Optional: the attributes besides the id that read() and delete()
	 * find the object by (the principals an inline policy is put on, the
	 * record sets of a group), NULL-terminated. The state keeps them in
	 * clear as it keeps ids, even when made from a sensitive value (a
	 * hash could not be read by; plan.c warns of it as of an id); shown,
	 * they are still "(sensitive value)". */
	const char *const *found_by;
	/* Optional: a resource type of the same provider whose resources in the
	 * stack must be made before this type's when they name one of the
	 * resources this one names (stacks/expand.c adds them to its
	 * dependencies): what AWS tests when this one is written, as S3 tests
	 * a notification's function against its aws.lambda.permission. */
	const char *waits_for;
	/* Optional, for a type with tags: the most tags the service takes on
	 * one object when that is fewer than its written tags and terrace's
	 * own together may need (S3 objects: 10). terrace's own tags
	 * (plan_add_stack_tags) go on only while the written ones leave room
	 * for them; 0: always (the 50 AWS's other services take leaves
	 * room, which validate keeps). */
	unsigned max_tags;
	/* Optional: the attribute that holds the object's tags when it is not
	 * "tags" (an awscc type's schema names it: Route 53's
	 * hosted_zone_tags). Tags are a map (ATTR_MAP) or a list of blocks
	 * with a key and a value (ATTR_OBJECT_LIST: CloudFormation's form);
	 * the core reads and writes them through rtype_tags() and
	 * rtype_tags_put() (provider/value.c) whichever form they have. */
	const char *tags_attr;
	/* Optional, for a type whose id follows from the configuration but is
	 * made of several attributes (an S3 object's "BUCKET/KEY"): a new
	 * string, the id create() returns for `desired`, or NULL when an
	 * attribute it needs is not set. Used where id_attr is (a type sets
	 * one or the other). */
	char *(*config_id)(const json_t *desired);
	/*
	 * Optional, for types without id_attr whose creates mark what they
	 * make with the create's token (create_call.token; EC2's
	 * terrace:create-token tag): *ids gets a new list of the ids of the
	 * objects that carry `token` (an interrupted create may have made more
	 * than one), so that a destroy deletes them, or forgets the entry when
	 * there is none (plan/apply.c). -1 with err set.
	 */
	int (*find_made)(void *client, const char *token, json_t **ids, struct strbuf *err);
	/*
	 * Optional, for `terrace sweep`: append to out the objects of this
	 * type that the client sees, found without state, page after page
	 * (provider/aws/listing.h has the listings AWS types use). -1 with err
	 * set; what was found before the failure stays in out. NULL: sweep
	 * does not look for this type.
	 */
	int (*list)(void *client, const struct resource_query *q, struct resource_items *out,
		    struct strbuf *err);
	/* With list: sweep deletes the types of a lower rank first, the objects
	 * of one rank in parallel: what points at others first (schedules,
	 * triggers, rules), what others point at last (roles, policies).
	 * Within a rank, the registry's order. */
	int list_rank;
	/* With list: one listing per account (IAM, S3), not one per region. */
	bool list_account_wide;
	/*
	 * Optional: refresh by listing. The plan's refresh calls it before the
	 * reads, once per provider configuration, type and scope (below), when
	 * at least two resources share them: n resources, ids[i] with their
	 * state attributes priors[i]. For each resource the listing shows, it
	 * sets out[i] to exactly what read() would return (CONFIG_ONLY ones may
	 * be left out, as for read()), asking per-resource calls itself for
	 * what the listing cannot show (tags); the rest stay NULL and are read
	 * by read(), one by one: a resource missing from a listing is never
	 * taken as gone by it, and anything the listing shows differently from
	 * prior in a way it cannot judge (a changed version) is left to read().
	 * It stops after max_pages pages, leaving what it has not reached.
	 * -1 with err set: every resource it did not fill is read.
	 */
	int (*read_many)(void *client, size_t n, const char *const *ids,
			 const json_t *const *priors, size_t max_pages, json_t **out,
			 struct strbuf *err);
	/* With read_many, optional: append to scope the parent one listing
	 * covers (a Glue table's database); NULL: one listing per type. */
	void (*read_many_scope)(const char *id, const json_t *prior, struct strbuf *scope);
	/* Optional: how `terrace run` starts and follows it (above). */
	const struct resource_runner *run;
	/* A type made at run time from data (the awscc types: one struct per
	 * type, one set of functions for all) has its functions here, each
	 * given the type, and none of read..list above; `data` is what they
	 * know the type by. The core calls a type's functions through
	 * rtype_read() and its kin (below), whichever way the type has them. */
	const struct resource_type_typed *typed;
	const void *data;
	/* TYPE_FAMILY_FROM_DATA for such a type; the written ones keep the
	 * default (enum type_family, above). */
	enum type_family family;
	/* The create/update contract (issue 70): an aws type whose create and
	 * update run through provider/aws/adopt.c declares it here (struct
	 * aws_native_ops: its send, adopt policy, converge and read); its
	 * .create and .update are then the driver's (AWS_NATIVE_FUNCTIONS).
	 * NULL: a type not on it (docs/design.md lists the aws ones). */
	const struct aws_native_ops *native;
};

struct resource_type_typed {
	int (*read)(const struct resource_type *rt, void *client, const char *id,
		    const json_t *prior, json_t **out, struct strbuf *err);
	int (*create)(const struct resource_type *rt, void *client, const json_t *desired,
		      const struct create_call *call, char **id, json_t **out, struct strbuf *err);
	int (*update)(const struct resource_type *rt, void *client, const char *id,
		      const json_t *prior, const json_t *desired, json_t **out,
		      struct strbuf *err);
	int (*delete)(const struct resource_type *rt, void *client, const char *id,
		      const json_t *prior, struct strbuf *err);
	int (*find_made)(const struct resource_type *rt, void *client, const char *token,
			 json_t **ids, struct strbuf *err);
	int (*list)(const struct resource_type *rt, void *client, const struct resource_query *q,
		    struct resource_items *out, struct strbuf *err);
	int (*check_config)(const struct resource_type *rt, const json_t *config,
			    const char **attr, struct strbuf *err);
};

/* Calling a type's functions (provider/registry.c): as resource_type's
 * members say; rtype_has_find_made, rtype_has_list and rtype_has_check_config tell
 * whether it has the optional ones. */
int rtype_read(const struct resource_type *rt, void *client, const char *id, const json_t *prior,
	    json_t **out, struct strbuf *err);
int rtype_create(const struct resource_type *rt, void *client, const json_t *desired,
	      const struct create_call *call, char **id, json_t **out, struct strbuf *err);
int rtype_update(const struct resource_type *rt, void *client, const char *id,
	      const json_t *prior, const json_t *desired, json_t **out, struct strbuf *err);
int rtype_delete(const struct resource_type *rt, void *client, const char *id,
	      const json_t *prior, struct strbuf *err);
bool rtype_has_find_made(const struct resource_type *rt);
int rtype_find_made(const struct resource_type *rt, void *client, const char *token,
		 json_t **ids, struct strbuf *err);
bool rtype_has_list(const struct resource_type *rt);
int rtype_list(const struct resource_type *rt, void *client, const struct resource_query *q,
	    struct resource_items *out, struct strbuf *err);
bool rtype_has_check_config(const struct resource_type *rt);
/* The kind of identifier attribute `attr` of rt gives, as its provider
 * says (provider_type.gives_kind), or NULL; *prefix the text every
 * identifier of the kind begins with, or NULL. */
const char *rtype_gives_kind(const struct resource_type *rt, const char *attr, const char **prefix);
int rtype_check_config(const struct resource_type *rt, const json_t *config, const char **attr,
		    struct strbuf *err);

/*
 * A lookup kind: what a stack's `data:` entry reads (Terraform's data
 * sources). It reads what exists and never owns it: no create, update or
 * delete, never swept. Its schema lists the arguments (REQUIRED or
 * OPTIONAL: what to look for; OPTIONAL|COMPUTED: a filter that the result
 * fills in, as an AMI's name) and the results (COMPUTED).
 */
struct lookup_type {
	const char *name;        /* "aws.ec2.vpc" */
	const char *description;
	const struct attr_schema *attrs;
	/*
	 * read: with every argument known (`args`, borrowed, defaults filled),
	 * *out gets every attribute of the result (a new object). Finding
	 * nothing, or more than one where the kind stands for one object, is
	 * -1 with err saying what was looked for: never an empty result.
	 */
	int (*read)(void *client, const json_t *args, json_t **out, struct strbuf *err);
	/* Its counterpart among Terraform's data sources, for the JSON plan
	 * (see resource_type.terraform_type): "aws_vpc", "id cidr_block ...". */
	const char *terraform_type;
	const char *terraform_attrs;
};

/* A resource as the stack writes it, for the checks across resources. */
struct written_resource {
	const char *name;      /* its name in the stack */
	const char *type;      /* "aws.ec2.subnet" */
	const struct resource_type *rtype; /* that type (its attributes) */
	const char *provider;  /* its provider configuration's name */
	const json_t *config;  /* its attributes, unevaluated (${...} not known yet) */
	bool repeated;         /* count or for_each: several objects of one configuration */
	/* At plan, for a resource the plan creates, replaces or updates: its
	 * provider configuration's client (NULL at validate, for what plan
	 * does not change, and for a client only apply can make), for a
	 * check of what the client is (its region); `may_read` when the
	 * check may also read with it what the resource names and no stack
	 * makes (not with -refresh=false, which skips every read); `creating`
	 * when the plan creates or replaces it, and for `terrace validate`
	 * (which judges every resource as created); `known` its attributes as
	 * plan knows them (NULL at validate: with neither, as the stack is
	 * loaded for plan, whether it is created is not known yet). */
	void *client;
	bool may_read;
	bool creating;
	const json_t *known;
};

#define WRITTEN_NONE ((size_t)-1)

/* When a stack's values are judged (struct check_request's moment). */
enum check_moment {
	/* `terrace validate`: as the stack writes them (${...} is not known
	 * yet and passes); the types' and providers' checks of what is
	 * written (check_config) run first. */
	CHECK_AS_WRITTEN,
	/* plan, and `terrace validate -var`: evaluated with what is known. */
	CHECK_AS_KNOWN,
	/* apply's audit before a request (and import and build, which
	 * evaluate as apply does): evaluated, about to be sent. */
	CHECK_AS_SENT,
};

/* What to run, in this order (struct check_request's scopes). */
enum check_scope {
	/* Each subject's refusals: as written, its type's check_config (a
	 * provider configuration's: its provider type's), then, when that
	 * passed, the provider's constraints on what the resource sends. */
	CHECK_OWN = 1,
	/* Each resource's warnings (said, not refused; validate -strict
	 * refuses them), unless its check_config refused it in the same
	 * request. */
	CHECK_WARNINGS = 2,
	/* The checks across the resources given (each provider type's on
	 * its own: the drivers give those whose own checks passed). */
	CHECK_ACROSS = 4,
	/* At plan: the reads of what a resource is about to send and no
	 * stack makes, on each resource with a client that may read. */
	CHECK_READS = 8,
};

/* A resource (or a provider configuration) to check. */
struct check_subject {
	/* Its name, type and, for the checks across and the reads, what
	 * they look at (written_resource's fields: its provider's name, its
	 * configuration as written with what plan knows put in, its known
	 * attributes, its client, may_read, creating, repeated). */
	struct written_resource resource;
	/* A provider configuration (resource.rtype NULL): its type, whose
	 * checks judge `attrs` as written. NULL for a resource. */
	const struct provider_type *ptype;
	/* What its own checks, warnings and reads judge: as written, as
	 * evaluated, or (reads) what plan may read as a literal. */
	const json_t *attrs;
	/* Its provider's configuration as the stack writes it (NULL: the
	 * stack writes none; the unknown value: not at hand yet): what some
	 * checks hold to (aws: whether the server is AWS). */
	const json_t *provider_config;
	/* The object its request goes to: its attributes now, for an update
	 * (what it sends anew is what attrs has and prior has not); NULL for
	 * a create, a replacement, and at `terrace validate`; the unknown
	 * value (value_unknown) for the stack as loaded for the other
	 * commands, before the state says whether it exists. The reads read
	 * only what is sent anew; the own checks and warnings judge what AWS
	 * judges only on a create only when there is none (a warning when
	 * there is one; nothing while it is not known: plan judges it). */
	const json_t *prior;
	/* With prior NULL: judged as a create, but whether the object exists
	 * is not known (`terrace validate`, which reads no state, and validate
	 * -var): what AWS holds creates to from a date on (a Lambda runtime's
	 * block date), which an object made before keeps, is a warning. */
	bool may_exist;
};

/* One thing a check found, the one shape every check reports in: subject
 * `which`'s attribute `attr` (a dotted path, valid for the call; NULL or
 * "": the resource as a whole) is wrong for the one-line `message`;
 * `other` (a subject's index, or WRITTEN_NONE) and `other_attr` name what
 * it was held against, whose position the message then gives too. A
 * warning is said, not refused (AWS may accept it: what it lacks may come
 * from outside the stack). A check of one resource reports it as `which`
 * 0, the subject at hand. */
struct check_finding {
	bool warning;
	size_t which;
	const char *attr;
	size_t other;
	const char *other_attr;
	const char *message;
};
typedef void (*check_report_fn)(void *ctx, const struct check_finding *found);

/* What to check (provider/checks.h runs it, and hands a provider type's
 * check hook its part): the moment, the scopes, the subjects, and where
 * each finding goes. */
struct check_request {
	enum check_moment moment;
	unsigned scopes;                       /* enum check_scope, or'ed */
	const struct check_subject *subjects;
	size_t n;
	check_report_fn report;
	void *ctx;
};

/* What names an object of a resource type, for a development environment's
 * prefix (plan/environment.c, plan_dev_name): the attribute, the most bytes
 * a name may have, and what joins the prefix's words ('-', or '_' where
 * names hold no '-'). A name inside another named object (an S3 object's
 * key, a Glue table in its database) has none: its container is prefixed;
 * a row with attr NULL says so (aws: types.def's UNNAMED). */
struct provider_name_rule {
	const char *type;
	const char *attr;
	size_t max_len;
	char separator;
};

struct provider_type {
	const char *name;                       /* "aws" */
	const struct attr_schema *config_attrs; /* provider configuration schema */
	const struct resource_type *const *resources; /* NULL-terminated */
	const struct lookup_type *const *lookups;     /* NULL-terminated, or NULL: none */
	/* Build a client from an evaluated configuration (borrowed). The client
	 * must be safe to use from several executor threads at once. */
	int (*configure)(const json_t *config, void **client, struct strbuf *err);
	void (*close)(void *client);
	/* Optional: a client for one operation of the core (a create, update
	 * or delete), which speaks as `client` does and whose calls fill
	 * `result` (struct op_result, provider/base/progress.h: an outcome
	 * unknown, a note for the user): the results travel with the
	 * operation, not with a thread. op_client_free releases it (not
	 * client). NULL: the operation gets `client` and reports nothing
	 * (provider_op_client, below). */
	void *(*op_client)(void *client, struct op_result *result);
	void (*op_client_free)(void *op_client);
	/*
	 * Optional: the provider's one check hook, which the core calls only
	 * through provider_checks_run (provider/checks.h), on subjects of this
	 * provider type, with the scopes of one step (CHECK_OWN and
	 * CHECK_WARNINGS of one subject together, else one scope), so that
	 * the core keeps the order the drivers say findings in: every finding
	 * through req->report, -1 when one was an error (not a warning).
	 *   - CHECK_OWN, one subject: as written, a provider configuration's
	 *     checks (a value holding ${...} is not known yet and passes);
	 *     a resource's, the constraints the provider's API puts on what
	 *     it sends (aws: lengths, enums, ranges and list sizes from the
	 *     service models, provider/aws/checks/row.h), as written or as
	 *     evaluated, the subject's provider_config and prior as
	 *     struct check_subject says. The core runs the resource type's
	 *     check_config first, and calls this only when it passed; a
	 *     provider that judges a type's schema itself (aws: the awscc
	 *     types') does so first, and as written a refusal of it says all:
	 *     no warnings of that subject follow.
	 *   - CHECK_WARNINGS, one subject: what is worth a warning but not a
	 *     refusal in what it sends (aws: a value of an enum AWS grows
	 *     every few weeks that the installed models do not list yet);
	 *     `terrace validate -strict` makes them errors.
	 *   - CHECK_ACROSS, the resources of the types check_resources_types
	 *     names, written as an object, whose own checks passed: checks
	 *     across them (aws: a subnet's block inside its VPC's and apart
	 *     from its sibling subnets'), each problem once; what is not
	 *     known yet (${...}) passes. `terrace validate` runs it, and plan
	 *     again with the values known then put in.
	 *   - CHECK_READS, one subject with a client that may read: checks at
	 *     plan that read (never change) what it names and no stack makes
	 *     (aws: the AWS managed policies a role attaches, by IAM
	 *     GetPolicy), on the values it is about to send for the first
	 *     time (those of attrs not in prior). A value not known yet
	 *     passes, and so does an answer that cannot tell (no permission
	 *     to read): AWS judges those at apply.
	 * May be NULL.
	 */
	int (*check)(const struct check_request *req);
	/* The types CHECK_ACROSS looks at (NULL-terminated; "aws.*" names
	 * every type of that prefix): only resources of those are handed to
	 * it. */
	const char *const *check_resources_types;
	/* Optional: the kind of identifier attribute `attr` of resource type
	 * `type` gives ("AWS::SQS::Queue.Arn": aws's kinds, the CloudFormation
	 * formats), static storage, or NULL: plan's unknown value of it before
	 * the object is made carries it (value_unknown_of_kind), so that a
	 * check judges `${queue.arn}` as a queue's ARN. *prefix (set to NULL
	 * before the call): the text every identifier of the kind begins with
	 * ("arn:" for an ARN), static storage, which the unknown value carries
	 * as its known text. */
	const char *(*gives_kind)(const char *type, const char *attr, const char **prefix);
	/*
	 * Optional: whether a configured client can work, found out without
	 * changing anything (aws: who its credentials are, by STS
	 * GetCallerIdentity). The commands that read before they change
	 * (plan, apply and destroy without a saved plan, import) call it once
	 * per client, before any resource or lookup is read, so that wrong
	 * keys fail there and not halfway. -1 with err saying what failed and
	 * where the credentials came from. May be NULL (postgres, ssh).
	 */
	int (*verify)(void *client, struct strbuf *err);
	/*
	 * Optional: how long after its create an object of resource type
	 * `type` may still be reported missing by a read (aws: its service's
	 * window, from AWS's page for it: EC2's up to the setting
	 * consistency_timeout, SQS's 1 s, 0 for a service that documents no
	 * lag), in seconds; 0: a read is to be believed at once. A refresh
	 * whose read says an object this stack created less than that long
	 * ago is gone reads again, with backoff, until that time has passed
	 * before it concludes the object was deleted outside terrace; a
	 * destroy does not wait, it asks the delete (plan/refresh.c). NULL
	 * (postgres, ssh): 0.
	 */
	double (*consistency_seconds)(void *client, const char *type);
	/* Optional: how the user sets that window, for the messages of such
	 * a wait (aws: "consistency_timeout (TERRACE_AWS_CONSISTENCY_TIMEOUT)"). */
	const char *consistency_setting;
	/*
	 * Optional: the pause before read number `retry` (0 for the first) of
	 * such an object: the provider's one schedule for what its service is
	 * catching up on (aws: timing.c's, 1 s growing by half up to 10 s).
	 * NULL: 1 s each.
	 */
	double (*consistency_pause_s)(int retry);
	/*
	 * Optional: object `id` of resource type `type` was made age_s
	 * seconds ago by another run (the state's created_at), and is about to
	 * be deleted (plan/apply.c): where the provider's service says a
	 * delete may answer that an object made moments ago does not exist
	 * (aws: EC2), the client waits such an answer out within the type's
	 * window, as for what it made itself; elsewhere a delete answering
	 * NotFound is final. NULL: nothing to note.
	 */
	void (*note_made)(void *client, const char *type, const char *id, double age_s);
	/* Optional: the names of this provider's types and their limits, one
	 * row per type, ending with { NULL } (aws: checks/tables.c, from the
	 * rules that check them; postgres: its identifiers). */
	const struct provider_name_rule *name_rules;
	/* Optional: the types made at run time from data (aws: the awscc
	 * types, provider/aws/cloudcontrol), which `resources` does not list:
	 * the type named `name`, built on first use and kept, or NULL; and
	 * every such name (sorted, static), for "did you mean". */
	const struct resource_type *(*find_type)(const char *name);
	const char *const *(*type_names)(size_t *n);
};

/* The registry (provider/registry.c). */
const struct provider_type *provider_type_find(const char *name);
/* Whether pt's check hook looks across resources of `type` (CHECK_ACROSS). */
bool provider_checks_across(const struct provider_type *pt, const char *type);
/* The client pt gives one operation of the core, whose calls fill result
 * (provider_type.op_client), or client itself when pt gives none; and
 * its release (nothing when it was client itself). */
void *provider_op_client(const struct provider_type *pt, void *client, struct op_result *result);
void provider_op_client_free(const struct provider_type *pt, void *client, void *op_client);
/* Every provider type, NULL-terminated, static. */
const struct provider_type *const *provider_types_all(void);
/* Find a resource type by full name; *pt gets its provider type. */
const struct resource_type *resource_type_find(const char *name,
					       const struct provider_type **pt);
/* All resource type names, for "did you mean"; NULL-terminated, static. */
const char *const *resource_type_names(size_t *n);
/* The type a user meant by `name`, which names none, or NULL: the same
 * type as Terraform (aws_s3_bucket, awscc_kinesis_stream) or
 * CloudFormation (AWS::Kinesis::Stream) names it, case and separators
 * aside, the written type first, then one made at run time (awscc.*),
 * then a near misspelling. *also, when not NULL: the run-time type of the
 * same name when the written one is suggested. */
const char *resource_type_suggest(const char *name, const char **also);
/* The same for lookup kinds ("aws.availability_zones"). */
const struct lookup_type *lookup_type_find(const char *name, const struct provider_type **pt);
const char *const *lookup_type_names(size_t *n);
/* Values: provider/value.h (provider/value.c), included above. */
/* The paths of a's sensitive leaves ("a.b", "a[].b.c"), appended to paths:
 * a block's nested attributes flagged ATTR_SENSITIVE, a itself not. */
void schema_sensitive_leaves(const struct attr_schema *a, json_t *paths);
/* Whether a is sensitive or holds a sensitive leaf at any depth: what must
 * not be shown, guessed or generated whole. */
bool schema_is_sensitive(const struct attr_schema *a);

/*
 * Normalize a user-supplied (evaluated) attribute value to its schema type:
 * "true"/"false" strings to bools for ATTR_BOOL, numeric strings to numbers,
 * JSON text to a parsed document for ATTR_JSON, etc. Returns a new
 * reference, or NULL with a message in err naming the expected type.
 */
json_t *schema_coerce(const struct attr_schema *a, const json_t *v, struct strbuf *err);
/* The schema default of an attribute as a new reference, or NULL if none. */
json_t *schema_default(const struct attr_schema *a);
/* A resource type's tags (resource_type.tags_attr): the attribute's
 * schema, or NULL when the type has no tags in a form terrace reads (a map,
 * or a list of blocks with a key and a value); the tags in attrs as a map
 * {"key": "value"} (a new reference; NULL when attrs has none, or they are
 * not known yet); and attrs' tags set from such a map, in the type's form
 * (a list: one block per key, in key order). */
const struct attr_schema *rtype_tags_schema(const struct resource_type *rt);
json_t *rtype_tags(const struct resource_type *rt, const json_t *attrs);
void rtype_tags_put(const struct resource_type *rt, json_t *attrs, const json_t *tags);

/* A copy of attrs with every sensitive attribute replaced by the string
 * "(sensitive)". */
json_t *schema_redact(const struct attr_schema *attrs, const json_t *values);

#endif
