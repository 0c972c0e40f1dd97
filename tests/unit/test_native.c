/*
 * test_native.c: the driver of the aws create/update contract
 * (provider/aws/adopt.c): which of a type's declared functions run, in
 * which order, for a create that made its object, left some out, found it
 * there (each adopt policy) or failed, and for an update; and that every
 * aws type that declares the contract declares it whole (its read is the
 * type's read, its policy has what it needs). Error cases check the exact
 * message.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "provider/aws/adopt.h"
#include "provider/aws/resources.h"
#include "tests/unit/json_support.h"

/* What the fake type does, and the calls it saw ("send read converge"). */
static struct script {
	int send_rc;
	bool exists;
	int attempts;
	bool left_out;
	const char *live;     /* what read() finds (JSON text), or NULL */
	const char *found_id; /* BY_MATCH: what find() finds, or NULL */
	int evidence_rc;
	const char *evidence_got; /* BY_READ_BACK: what reads back */
	bool refuse;
	struct strbuf calls;
	const json_t *read_prior;  /* the prior read() was last given */
	char read_id[32];          /* the id read() was last given */
	char converge_id[32];      /* the id converge() was last given */
	bool converge_had_have;
	char converge_have[160];   /* the have converge was last given (JSON text) */
	const json_t *converge_prior; /* the prior converge_prior() was last given */
	bool no_id;                /* the send names nothing it made */
	const char *send_id;       /* the id the send names, when not "n" */
	const char *made_ids;      /* BY_CREATE_TOKEN: what find_made() finds (JSON text) */
	int discard_rc;            /* BY_CREATE_TOKEN: what discard() answers */
	char token[64];            /* the token the last send was given */
	const char *named;         /* what the send says messages call it, or NULL */
	int settle_rc;             /* what settle() and settle_update() answer */
	const char *tags;          /* BY_LATER_TAGS: what tags() finds (JSON text), or NULL: fails */
	int untagged_rc;           /* BY_LATER_TAGS: what untagged() answers */
	time_t untagged_since;     /* the first_sent untagged() was last given */
	char untagged_object[64];  /* the object untagged() was last given */
} sc;

static void saw(const char *what)
{
	if (sc.calls.len)
		strbuf_addch(&sc.calls, ' ');
	strbuf_addstr(&sc.calls, what);
}

static int fake_send(struct aws_client *c, const json_t *desired, const struct create_call *call,
		     struct aws_sent *sent, struct strbuf *err)
{
	(void)c, (void)desired, (void)call;
	saw("send");
	snprintf(sc.token, sizeof(sc.token), "%s", sent->token ? sent->token : "");
	sent->id = sc.no_id ? NULL : xstrdup(sc.send_id ? sc.send_id : "n");
	sent->exists = sc.exists;
	sent->attempts = sc.attempts;
	sent->left_out = sc.left_out;
	if (sc.exists)
		snprintf(sent->why, sizeof(sent->why), "svc Create: AlreadyExists");
	if (sc.named)
		snprintf(sent->named, sizeof(sent->named), "%s", sc.named);
	if (sc.send_rc)
		strbuf_addstr(err, "svc Create: 500");
	return sc.send_rc;
}

static int fake_read(void *client, const char *id, const json_t *prior, json_t **out,
		     struct strbuf *err)
{
	(void)client, (void)id, (void)err;
	saw("read");
	sc.read_prior = prior;
	snprintf(sc.read_id, sizeof(sc.read_id), "%s", id);
	*out = sc.live ? js(sc.live) : NULL;
	return 0;
}

static int fake_converge(struct aws_client *c, const char *id, const json_t *have,
			 const json_t *desired, json_t **out, struct strbuf *err)
{
	(void)c, (void)err;
	saw("converge");
	snprintf(sc.converge_id, sizeof(sc.converge_id), "%s", id);
	sc.converge_had_have = have != NULL;
	if (have) {
		char *text = json_dumps(have, JSON_SORT_KEYS | JSON_COMPACT);

		snprintf(sc.converge_have, sizeof(sc.converge_have), "%s", text);
		free(text);
	}
	*out = json_deep_copy(desired);
	return 0;
}

static int fake_converge_prior(struct aws_client *c, const char *id, const json_t *have,
			       const json_t *desired, const json_t *prior, json_t **out,
			       struct strbuf *err)
{
	(void)c, (void)id, (void)err;
	saw("converge_prior");
	sc.converge_had_have = have != NULL;
	sc.converge_prior = prior;
	*out = json_deep_copy(desired);
	return 0;
}

/* update_shape_of: the prior itself, as a copy (NULL stays NULL). */
static json_t *fake_shape_of(const json_t *prior, const json_t *desired)
{
	(void)desired;
	return prior ? json_deep_copy(prior) : NULL;
}

/* settle_update: fails when sc.settle_rc says so. */
static int fake_settle_update(struct aws_client *c, const char *id, struct strbuf *err)
{
	(void)c, (void)id;
	saw("settle_update");
	if (sc.settle_rc)
		strbuf_addstr(err, "x: still modifying");
	return sc.settle_rc;
}

/* locate: the send's "n" is "arn:n"; "gone" is not found. */
static int fake_locate(struct aws_client *c, const json_t *desired, const char *found,
		       char **id, struct strbuf *err)
{
	(void)c, (void)desired;
	saw("locate");
	if (!strcmp(found, "gone")) {
		strbuf_addstr(err, "x gone: apply again");
		return -1;
	}
	*id = xasprintf("arn:%s", found);
	return 0;
}

static int fake_refuse(const json_t *found, const json_t *desired, struct strbuf *err)
{
	(void)found, (void)desired;
	saw("refuse");
	if (sc.refuse)
		strbuf_addstr(err, "x: of another kind");
	return sc.refuse ? -1 : 0;
}

static int fake_settle(struct aws_client *c, const char *id, struct strbuf *err)
{
	(void)c, (void)id;
	saw("settle");
	if (sc.settle_rc)
		strbuf_addstr(err, "x: failed: no capacity");
	return sc.settle_rc;
}

static int fake_evidence(struct aws_client *c, const char *id, const json_t *desired,
			 const json_t *have, json_t **sent, json_t **got, time_t *created,
			 struct strbuf *err)
{
	(void)c, (void)id, (void)desired, (void)have, (void)err;
	saw("evidence");
	if (sc.evidence_rc)
		return sc.evidence_rc;
	*sent = js("{'Target': 'k'}");
	*got = js(sc.evidence_got);
	*created = time(NULL);
	return 0;
}

static int fake_find(struct aws_client *c, const json_t *desired, char **id, struct strbuf *err)
{
	(void)c, (void)desired, (void)err;
	saw("find");
	*id = sc.found_id ? xstrdup(sc.found_id) : NULL;
	return 0;
}

static int fake_find_made(struct aws_client *c, const json_t *desired, const char *token,
			  json_t **ids, struct strbuf *err)
{
	(void)c, (void)err;
	assert_non_null(desired);
	saw("find_made");
	assert_string_equal(token, sc.token[0] ? sc.token : "t-1");
	*ids = js(sc.made_ids ? sc.made_ids : "[]");
	return 0;
}

static int fake_discard(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	(void)client, (void)prior;
	saw("discard");
	saw(id);
	if (sc.discard_rc)
		strbuf_addstr(err, "svc Delete: 500");
	return sc.discard_rc;
}

/* BY_LATER_TAGS: the found object's tags, as sc.tags says. */
static int fake_tags(struct aws_client *c, const char *id, json_t **tags, struct strbuf *err)
{
	(void)c, (void)id;
	saw("tags");
	if (!sc.tags) {
		strbuf_addstr(err, "svc GetTags: 500");
		return -1;
	}
	*tags = js(sc.tags);
	return 0;
}

/* BY_LATER_TAGS: the evidence for an untagged one, as sc.untagged_rc says. */
static int fake_untagged(struct aws_client *c, const char *id, const char *object,
			 time_t first_sent, struct strbuf *err)
{
	(void)c, (void)id;
	saw("untagged");
	sc.untagged_since = first_sent;
	snprintf(sc.untagged_object, sizeof(sc.untagged_object), "%s", object);
	if (sc.untagged_rc)
		strbuf_addf(err, "%s already exists and no attempt of this create made it (it "
			    "holds objects): import it or choose another name", object);
	return sc.untagged_rc ? -1 : 0;
}

/* read_there: the read of an object known to be there (no existence check). */
static int fake_read_there(void *client, const char *id, const json_t *prior, json_t **out,
			   struct strbuf *err)
{
	(void)client, (void)id, (void)err;
	saw("read_there");
	sc.read_prior = prior;
	*out = sc.live ? js(sc.live) : NULL;
	return 0;
}

static struct aws_native_ops ops_by(enum aws_adopt_by by)
{
	struct aws_native_ops ops = {
		.send_create = fake_send,
		.adopt = { .by = by, .noun = "name", .object = "aws.x: a thing named %s",
			   .refuse = fake_refuse, .settle = fake_settle,
			   .evidence = fake_evidence, .find = fake_find,
			   .type = "aws.x", .action = "CreateX", .find_made = fake_find_made,
			   .discard = fake_discard, .tags = fake_tags,
			   .untagged = fake_untagged },
		.converge = fake_converge,
		.read = fake_read,
		.created_shape = AWS_SHAPE_DESIRED,
		.update_shape = AWS_SHAPE_PRIOR,
		.made_missing = "aws.x: %s was made but its read does not find it",
		.gone = "aws.x: %s is gone",
	};
	return ops;
}

static const char *const ours = "{'name': 'n', 'tags': {'terrace:stack': 'lake', "
				"'terrace:workspace': 'default'}}";
static const char *const desired_text = "{'name': 'n', 'tags': {'terrace:stack': 'lake', "
					"'terrace:workspace': 'default'}}";

/* Run one create; the calls it made in sc.calls, its message in *err. */
static int create(const struct aws_native_ops *ops, bool may_exist, char **id, json_t **out,
		  struct strbuf *err)
{
	const struct create_call call = { may_exist, NULL, NULL, NULL };
	json_t *desired = js(desired_text);
	int rc;

	strbuf_reset(&sc.calls);
	rc = aws_native_create(ops, NULL, desired, &call, id, out, err);
	json_decref(desired);
	return rc;
}

static void reset(void)
{
	strbuf_release(&sc.calls);
	memset(&sc, 0, sizeof(sc));
	strbuf_init(&sc.calls);
}

static void test_create_made(void **state)
{
	struct aws_native_ops ops = ops_by(AWS_ADOPT_BY_NAME_AND_TAGS);
	struct strbuf err = STRBUF_INIT;
	json_t *out = NULL;
	char *id = NULL;

	(void)state;
	reset();
	sc.live = ours;
	/* sent it all: read back (with desired as its prior), no converge */
	assert_int_equal(create(&ops, false, &id, &out, &err), 0);
	assert_string_equal(sc.calls.buf, "send read");
	assert_non_null(sc.read_prior);
	assert_string_equal(id, "n");
	assert_non_null(out);
	free(id), json_decref(out);
	/* left some out: read back, then converge from what was read */
	sc.left_out = true;
	assert_int_equal(create(&ops, false, &id, &out, &err), 0);
	assert_string_equal(sc.calls.buf, "send read converge");
	assert_true(sc.converge_had_have);
	free(id), json_decref(out);
	/* made, then nothing reads back: the type's message, the id kept */
	sc.left_out = false;
	sc.live = NULL;
	assert_int_equal(create(&ops, false, &id, &out, &err), -1);
	assert_string_equal(err.buf, "aws.x: n was made but its read does not find it");
	assert_string_equal(id, "n");
	assert_null(out);
	free(id);
	/* a send that says it made something but names nothing: refused, nothing read */
	strbuf_reset(&err);
	sc.send_rc = 0;
	sc.no_id = true;
	assert_int_equal(create(&ops, false, &id, &out, &err), -1);
	assert_string_equal(sc.calls.buf, "send");
	assert_string_equal(err.buf, "the create's send named no object it made");
	assert_null(id);
	sc.no_id = false;
	/* a send that failed after making it keeps the id for the core */
	strbuf_reset(&err);
	sc.send_rc = -1;
	assert_int_equal(create(&ops, false, &id, &out, &err), -1);
	assert_string_equal(sc.calls.buf, "send");
	assert_string_equal(err.buf, "svc Create: 500");
	assert_string_equal(id, "n");
	free(id);
	strbuf_release(&err);
	reset();
}

static void test_create_adopt_name_and_tags(void **state)
{
	struct aws_native_ops ops = ops_by(AWS_ADOPT_BY_NAME_AND_TAGS);
	struct strbuf err = STRBUF_INIT;
	json_t *out = NULL;
	char *id = NULL;

	(void)state;
	reset();
	sc.exists = true;
	sc.attempts = 1;
	sc.live = ours;
	/* a first attempt meets it: not this create's, nothing read */
	assert_int_equal(create(&ops, false, &id, &out, &err), -1);
	assert_string_equal(sc.calls.buf, "send");
	assert_string_equal(err.buf, "aws.x: a thing named n already exists but is not in this "
			    "state: import it or choose another name (svc Create: AlreadyExists)");
	assert_null(id);
	/* retried, ours: read, weighed, settled, converged from what was read */
	assert_int_equal(create(&ops, true, &id, &out, &err), 0);
	assert_string_equal(sc.calls.buf, "send settle read refuse converge");
	assert_true(sc.converge_had_have);
	assert_string_equal(id, "n");
	free(id), json_decref(out);
	/* the transport's second send is evidence enough that this create made it */
	sc.attempts = 2;
	assert_int_equal(create(&ops, false, &id, &out, &err), 0);
	free(id), json_decref(out);
	/* untagged: refused, never converged */
	strbuf_reset(&err);
	sc.live = "{'name': 'n'}";
	assert_int_equal(create(&ops, true, &id, &out, &err), -1);
	assert_string_equal(sc.calls.buf, "send settle read refuse");
	assert_string_equal(err.buf, "aws.x: a thing named n already exists without this "
			    "stack's tags (terrace:stack, terrace:workspace), which its create "
			    "sets, so no attempt of this create made it: import it or choose "
			    "another name");
	assert_null(id);
	/* the type's refusal comes before the tags */
	strbuf_reset(&err);
	sc.refuse = true;
	assert_int_equal(create(&ops, true, &id, &out, &err), -1);
	assert_string_equal(err.buf, "x: of another kind");
	/* found by the send but not by the read */
	strbuf_reset(&err);
	sc.refuse = false;
	sc.live = NULL;
	assert_int_equal(create(&ops, true, &id, &out, &err), -1);
	assert_string_equal(err.buf, "aws.x: a thing named n exists but its read does not find it");
	strbuf_release(&err);
	reset();
}

/* An object whose id is not its name (an ARN) is named in the messages
 * by what the send says (aws_sent.named), the id still what is stored. */
static void test_create_adopt_named(void **state)
{
	struct aws_native_ops ops = ops_by(AWS_ADOPT_BY_NAME_AND_TAGS);
	struct strbuf err = STRBUF_INIT;
	json_t *out = NULL;
	char *id = NULL;

	(void)state;
	reset();
	sc.exists = true;
	sc.named = "machine-1";
	sc.live = ours;
	assert_int_equal(create(&ops, false, &id, &out, &err), -1);
	assert_string_equal(err.buf, "aws.x: a thing named machine-1 already exists but is not "
			    "in this state: import it or choose another name (svc Create: "
			    "AlreadyExists)");
	strbuf_reset(&err);
	sc.live = NULL;
	assert_int_equal(create(&ops, true, &id, &out, &err), -1);
	assert_string_equal(err.buf, "aws.x: a thing named machine-1 exists but its read does "
			    "not find it");
	sc.live = ours;
	assert_int_equal(create(&ops, true, &id, &out, &err), 0);
	assert_string_equal(id, "n");
	free(id), json_decref(out);
	strbuf_release(&err);
	reset();
}

static void test_create_adopt_read_back(void **state)
{
	struct aws_native_ops ops = ops_by(AWS_ADOPT_BY_READ_BACK);
	struct strbuf err = STRBUF_INIT;
	json_t *out = NULL;
	char *id = NULL;

	(void)state;
	reset();
	ops.adopt.refuse = NULL;
	ops.adopt.settle = NULL;
	sc.exists = true;
	sc.attempts = 2;
	sc.live = "{'name': 'n'}";
	sc.evidence_got = "{'Target': 'k'}";
	assert_int_equal(create(&ops, false, &id, &out, &err), 0);
	assert_string_equal(sc.calls.buf, "send evidence read converge");
	free(id), json_decref(out);
	/* what the create sent does not read back */
	sc.evidence_got = "{'Target': 'other'}";
	assert_int_equal(create(&ops, false, &id, &out, &err), -1);
	assert_string_equal(sc.calls.buf, "send evidence");
	assert_non_null(strstr(err.buf, "aws.x: a thing named n already exists and no attempt of "
				       "this create made it"));
	assert_null(id);
	/* no time to weigh: what was sent must read back on every attempt */
	strbuf_reset(&err);
	ops.adopt.differs = "its configuration differs";
	assert_int_equal(create(&ops, true, &id, &out, &err), -1);
	assert_string_equal(err.buf, "aws.x: a thing named n already exists and no attempt of "
			    "this create made it (its configuration differs): import it or choose "
			    "another name");
	sc.evidence_got = "{'Target': 'k'}";
	assert_int_equal(create(&ops, true, &id, &out, &err), 0);
	free(id), json_decref(out);
	ops.adopt.differs = NULL;
	/* gone between the two answers */
	strbuf_reset(&err);
	sc.evidence_rc = 1;
	assert_int_equal(create(&ops, false, &id, &out, &err), -1);
	assert_string_equal(err.buf, "aws.x: a thing named n: the create said it exists, then its "
			    "read that it does not: apply again");
	strbuf_release(&err);
	reset();
}

/*
 * A named object whose tags its create call cannot carry (they follow it:
 * an S3 bucket's PutBucketTagging): once an attempt may have made it, its
 * tags alone are read first; this stack's are enough, another's refuse, and
 * none leaves it to the type's evidence (given this run's first send only
 * for a create this run resent, 0 for an earlier run's). Only then is it
 * read whole (read_there, when declared: it is there) and converged.
 */
static void test_create_adopt_later_tags(void **state)
{
	struct aws_native_ops ops = ops_by(AWS_ADOPT_BY_LATER_TAGS);
	struct strbuf err = STRBUF_INIT;
	json_t *out = NULL;
	char *id = NULL;
	time_t before = time(NULL);

	(void)state;
	reset();
	ops.adopt.refuse = NULL;
	ops.adopt.settle = NULL;
	ops.read_there = fake_read_there;
	sc.exists = true;
	sc.attempts = 1;
	sc.live = ours;
	sc.tags = "{'terrace:stack': 'lake', 'terrace:workspace': 'default'}";
	/* a first attempt meets it: not this create's, its tags not even read */
	assert_int_equal(create(&ops, false, &id, &out, &err), -1);
	assert_string_equal(sc.calls.buf, "send");
	assert_string_equal(err.buf, "aws.x: a thing named n already exists but is not in this "
			    "state: import it or choose another name (svc Create: AlreadyExists)");
	assert_null(id);
	/* retried, this stack's tags: read whole, then converged */
	assert_int_equal(create(&ops, true, &id, &out, &err), 0);
	assert_string_equal(sc.calls.buf, "send tags read_there converge");
	assert_string_equal(id, "n");
	free(id), json_decref(out);
	/* another stack's: refused by the tags alone */
	strbuf_reset(&err);
	sc.tags = "{'terrace:stack': 'other', 'terrace:workspace': 'default'}";
	assert_int_equal(create(&ops, true, &id, &out, &err), -1);
	assert_string_equal(sc.calls.buf, "send tags");
	assert_string_equal(err.buf, "aws.x: a thing named n already exists and is stack "
			    "\"other\"'s (workspace \"default\"), not this one's: import it or "
			    "choose another name");
	assert_null(id);
	/* none, an earlier run's attempt: the type's evidence, with no time */
	sc.tags = "{'team': 'data'}";
	assert_int_equal(create(&ops, true, &id, &out, &err), 0);
	assert_string_equal(sc.calls.buf, "send tags untagged read_there converge");
	assert_int_equal(sc.untagged_since, 0);
	assert_string_equal(sc.untagged_object, "aws.x: a thing named n");
	free(id), json_decref(out);
	/* none, a create this run sent twice: given when it first sent it */
	sc.attempts = 2;
	assert_int_equal(create(&ops, false, &id, &out, &err), 0);
	assert_true(sc.untagged_since >= before && sc.untagged_since <= time(NULL));
	free(id), json_decref(out);
	/* the evidence refuses it: never read whole, nothing kept */
	strbuf_reset(&err);
	sc.untagged_rc = -1;
	assert_int_equal(create(&ops, false, &id, &out, &err), -1);
	assert_string_equal(sc.calls.buf, "send tags untagged");
	assert_string_equal(err.buf, "aws.x: a thing named n already exists and no attempt of "
			    "this create made it (it holds objects): import it or choose another "
			    "name");
	assert_null(id);
	/* ours by its tags, then its read fails: kept (the core tracks it) */
	strbuf_reset(&err);
	sc.tags = "{'terrace:stack': 'lake', 'terrace:workspace': 'default'}";
	sc.live = NULL;
	assert_int_equal(create(&ops, true, &id, &out, &err), -1);
	assert_string_equal(sc.calls.buf, "send tags read_there");
	assert_string_equal(err.buf, "aws.x: a thing named n exists but its read does not find it");
	assert_string_equal(id, "n");
	assert_null(out);
	free(id);
	id = NULL;
	/* the tags' read fails */
	strbuf_reset(&err);
	sc.tags = NULL;
	assert_int_equal(create(&ops, true, &id, &out, &err), -1);
	assert_string_equal(sc.calls.buf, "send tags");
	assert_string_equal(err.buf, "svc GetTags: 500");
	assert_null(id);
	strbuf_release(&err);
	reset();
}

/* An update reads with read_there when the type declares it: the object
 * is in the state, and the type's read would first ask whether it is. */
static void test_update_read_there(void **state)
{
	struct aws_native_ops ops = ops_by(AWS_ADOPT_BY_NAME_AND_TAGS);
	json_t *prior = js("{'name': 'was'}"), *desired = js(desired_text), *out = NULL;
	struct strbuf err = STRBUF_INIT;
	char *id = NULL;

	(void)state;
	reset();
	ops.read_there = fake_read_there;
	sc.live = ours;
	assert_int_equal(aws_native_update(&ops, NULL, "n", prior, desired, &out, &err), 0);
	assert_string_equal(sc.calls.buf, "read_there converge");
	assert_ptr_equal(sc.read_prior, prior);
	json_decref(out);
	/* so does the read back of what a create made */
	assert_int_equal(create(&ops, false, &id, &out, &err), 0);
	assert_string_equal(sc.calls.buf, "send read_there");
	free(id), json_decref(out);
	json_decref(prior);
	json_decref(desired);
	strbuf_release(&err);
	reset();
}

static void test_create_adopt_match_and_token(void **state)
{
	struct aws_native_ops ops = ops_by(AWS_ADOPT_BY_MATCH);
	struct strbuf err = STRBUF_INIT;
	json_t *out = NULL;
	char *id = NULL;

	(void)state;
	reset();
	ops.adopt.settle = NULL;
	ops.adopt.refuse = NULL;
	sc.live = "{'name': 'n'}";
	/* a fresh create never looks */
	assert_int_equal(create(&ops, false, &id, &out, &err), 0);
	assert_string_equal(sc.calls.buf, "send read");
	free(id), json_decref(out);
	/* retried: looks first; what matches is adopted and converged, nothing sent */
	sc.found_id = "m";
	assert_int_equal(create(&ops, true, &id, &out, &err), 0);
	assert_string_equal(sc.calls.buf, "find read converge");
	assert_string_equal(id, "m");
	free(id), json_decref(out);
	/* retried, nothing matches: sent */
	sc.found_id = NULL;
	assert_int_equal(create(&ops, true, &id, &out, &err), 0);
	assert_string_equal(sc.calls.buf, "find send read");
	free(id), json_decref(out);
	/* the service's own token: an "exists" answer cannot be the create's */
	ops = ops_by(AWS_ADOPT_BY_SERVICE_TOKEN);
	sc.exists = true;
	assert_int_equal(create(&ops, true, &id, &out, &err), -1);
	assert_string_equal(err.buf, "aws.x: a thing named n: the create's answer says it "
			    "exists, which its token rules out");
	assert_null(id);
	/* a new revision each send: nothing there to find, so "exists" is refused too */
	strbuf_reset(&err);
	ops = ops_by(AWS_ADOPT_BY_NEW_REVISION);
	assert_int_equal(create(&ops, true, &id, &out, &err), -1);
	assert_string_equal(sc.calls.buf, "send");
	assert_string_equal(err.buf, "aws.x: a thing named n: the create's answer says it "
			    "exists, which its new revision rules out");
	assert_null(id);
	/* made: read back, never converged */
	sc.exists = false;
	assert_int_equal(create(&ops, true, &id, &out, &err), 0);
	assert_string_equal(sc.calls.buf, "send read");
	free(id), json_decref(out);
	strbuf_release(&err);
	reset();
}

/* Run one create whose call carries the engine's token "t-1". */
static int create_with_token(const struct aws_native_ops *ops, bool may_exist, char **id,
			     json_t **out, struct strbuf *err)
{
	const struct create_call call = { may_exist, "t-1", NULL, NULL };
	json_t *desired = js(desired_text);
	int rc;

	strbuf_reset(&sc.calls);
	sc.token[0] = '\0';
	rc = aws_native_create(ops, NULL, desired, &call, id, out, err);
	json_decref(desired);
	return rc;
}

static void test_create_adopt_create_token(void **state)
{
	struct aws_native_ops ops = ops_by(AWS_ADOPT_BY_CREATE_TOKEN);
	struct strbuf err = STRBUF_INIT;
	json_t *out = NULL, *desired;
	char *id = NULL;

	(void)state;
	reset();
	ops.adopt.settle = NULL;
	ops.adopt.refuse = NULL;
	sc.live = "{'name': 'n'}";
	/* a fresh create sends the engine's token and looks for nothing */
	assert_int_equal(create_with_token(&ops, false, &id, &out, &err), 0);
	assert_string_equal(sc.calls.buf, "send read");
	assert_string_equal(sc.token, "t-1");
	assert_string_equal(id, "n");
	free(id), json_decref(out);
	/* without the engine's token (call NULL): a random one of 32 hex digits */
	strbuf_reset(&sc.calls);
	desired = js(desired_text);
	assert_int_equal(aws_native_create(&ops, NULL, desired, NULL, &id, &out, &err), 0);
	assert_int_equal(strlen(sc.token), 32);
	free(id), json_decref(out), json_decref(desired);
	/* retried: what an earlier run's attempt made is adopted, nothing sent */
	sc.made_ids = "['e']";
	assert_int_equal(create_with_token(&ops, true, &id, &out, &err), 0);
	assert_string_equal(sc.calls.buf, "find_made read converge");
	assert_string_equal(id, "e");
	assert_true(sc.converge_had_have);
	free(id), json_decref(out);
	/* retried, nothing made yet: sent */
	sc.made_ids = NULL;
	assert_int_equal(create_with_token(&ops, true, &id, &out, &err), 0);
	assert_string_equal(sc.calls.buf, "find_made send read");
	free(id), json_decref(out);
	/* sent twice: the answered one kept, a second one carrying the token removed */
	sc.attempts = 2;
	sc.left_out = true;
	sc.made_ids = "['x', 'n']";
	assert_int_equal(create_with_token(&ops, false, &id, &out, &err), 0);
	assert_string_equal(sc.calls.buf, "send find_made discard x read converge");
	assert_string_equal(id, "n");
	free(id), json_decref(out);
	/* ... and when it cannot be removed: the one kept named for the core */
	sc.discard_rc = -1;
	assert_int_equal(create_with_token(&ops, false, &id, &out, &err), -1);
	assert_string_equal(err.buf, "svc Delete: 500 (aws.x: removing x, a second object made "
			    "by one CreateX)");
	assert_string_equal(id, "n");
	assert_null(out);
	free(id);
	sc.discard_rc = 0;
	sc.attempts = 1;
	sc.left_out = false;
	/* refused as a same-named object's: ours when it carries the token */
	strbuf_reset(&err);
	sc.exists = true;
	sc.made_ids = "['e']";
	assert_int_equal(create_with_token(&ops, false, &id, &out, &err), 0);
	assert_string_equal(sc.calls.buf, "send find_made read converge");
	assert_string_equal(id, "e");
	assert_int_equal(err.len, 0);
	free(id), json_decref(out);
	sc.made_ids = NULL;
	assert_int_equal(create_with_token(&ops, false, &id, &out, &err), -1);
	assert_string_equal(err.buf, "svc Create: AlreadyExists: an object of that name exists "
			    "and no attempt of this create made it (it does not carry its token): "
			    "import it or choose another name");
	assert_null(id);
	sc.exists = false;
	/* failed: what an unanswered attempt made is adopted */
	strbuf_reset(&err);
	sc.send_rc = -1;
	sc.no_id = true;
	sc.made_ids = "['e']";
	assert_int_equal(create_with_token(&ops, false, &id, &out, &err), 0);
	assert_string_equal(sc.calls.buf, "send find_made read converge");
	assert_string_equal(id, "e");
	free(id), json_decref(out);
	/* failed and nothing made: the send's message */
	sc.made_ids = NULL;
	assert_int_equal(create_with_token(&ops, false, &id, &out, &err), -1);
	assert_string_equal(err.buf, "svc Create: 500");
	assert_null(id);
	/* failed after making it (it names it) and the token finds nothing yet: kept */
	strbuf_reset(&err);
	sc.no_id = false;
	assert_int_equal(create_with_token(&ops, false, &id, &out, &err), -1);
	assert_string_equal(id, "n");
	free(id);
	/* adopted, then its read finds nothing */
	strbuf_reset(&err);
	sc.send_rc = 0;
	sc.live = NULL;
	sc.made_ids = "['e']";
	assert_int_equal(create_with_token(&ops, true, &id, &out, &err), -1);
	assert_string_equal(err.buf, "aws.x: a thing named e exists but its read does not find it");
	assert_null(out);
	free(id);
	/* with settle (a NAT gateway until available): what the create made is
	 * settled once the token has said which it keeps, answered or found,
	 * before it is read; a settle that fails keeps the id for the core */
	ops.adopt.settle = fake_settle;
	sc.live = "{'name': 'n'}";
	sc.made_ids = NULL;
	assert_int_equal(create_with_token(&ops, false, &id, &out, &err), 0);
	assert_string_equal(sc.calls.buf, "send settle read");
	free(id), json_decref(out);
	sc.attempts = 2;
	sc.made_ids = "['x', 'n']";
	assert_int_equal(create_with_token(&ops, false, &id, &out, &err), 0);
	assert_string_equal(sc.calls.buf, "send find_made discard x settle read");
	free(id), json_decref(out);
	sc.attempts = 1;
	sc.made_ids = "['e']";
	assert_int_equal(create_with_token(&ops, true, &id, &out, &err), 0);
	assert_string_equal(sc.calls.buf, "find_made settle read converge");
	free(id), json_decref(out);
	strbuf_reset(&err);
	sc.made_ids = NULL;
	sc.settle_rc = -1;
	assert_int_equal(create_with_token(&ops, false, &id, &out, &err), -1);
	assert_string_equal(sc.calls.buf, "send settle");
	assert_string_equal(err.buf, "x: failed: no capacity");
	assert_string_equal(id, "n");
	assert_null(out);
	free(id);
	strbuf_release(&err);
	reset();
}

/* The prior update_shape_of was last given, and whether it was called. */
static const json_t *shape_prior;
static bool shape_called;

static json_t *fake_shape(const json_t *prior, const json_t *desired)
{
	(void)desired;
	shape_called = true;
	shape_prior = prior;
	return js("{'role': 'r'}");
}

/* A type's own shape of the read's prior (update_shape_of) is given the
 * state's prior in an update, and none (NULL) when a create adopts what it
 * found: the state has no record of that object (a function's code in S3,
 * exception (a), is deployed again then). */
static void test_update_shape_of(void **state)
{
	struct aws_native_ops ops = ops_by(AWS_ADOPT_BY_NAME_AND_TAGS);
	json_t *prior = js("{'name': 'was'}"), *desired = js(desired_text), *out = NULL;
	struct strbuf err = STRBUF_INIT;
	char *id = NULL;

	(void)state;
	reset();
	ops.update_shape_of = fake_shape;
	sc.live = ours;
	assert_int_equal(aws_native_update(&ops, NULL, "n", prior, desired, &out, &err), 0);
	assert_true(shape_called);
	assert_ptr_equal(shape_prior, prior);
	assert_non_null(sc.read_prior);
	json_decref(out);
	shape_called = false;
	sc.exists = true;
	assert_int_equal(create(&ops, true, &id, &out, &err), 0);
	assert_string_equal(sc.calls.buf, "send settle read refuse converge");
	assert_true(shape_called);
	assert_null(shape_prior);
	free(id), json_decref(out);
	json_decref(prior);
	json_decref(desired);
	strbuf_release(&err);
	reset();
}

static void test_update(void **state)
{
	struct aws_native_ops ops = ops_by(AWS_ADOPT_BY_NAME_AND_TAGS);
	json_t *prior = js("{'name': 'was'}"), *desired = js(desired_text), *out = NULL;
	struct strbuf err = STRBUF_INIT;

	(void)state;
	reset();
	sc.live = ours;
	/* read (given the prior update_shape names), then converge from it */
	assert_int_equal(aws_native_update(&ops, NULL, "n", prior, desired, &out, &err), 0);
	assert_string_equal(sc.calls.buf, "read converge");
	assert_ptr_equal(sc.read_prior, prior);
	assert_true(sc.converge_had_have);
	json_decref(out);
	strbuf_reset(&sc.calls);
	sc.live = NULL;
	assert_int_equal(aws_native_update(&ops, NULL, "n", prior, desired, &out, &err), -1);
	assert_string_equal(sc.calls.buf, "read");
	assert_string_equal(err.buf, "aws.x: n is gone");
	assert_null(out);
	json_decref(prior);
	json_decref(desired);
	strbuf_release(&err);
	reset();
}

/* aws_converge_nothing: an update of a type whose objects do not change in
 * place reads, sends nothing, and hands back what it read. */
static void test_converge_nothing(void **state)
{
	struct aws_native_ops ops = ops_by(AWS_ADOPT_BY_NAME_AND_TAGS);
	json_t *prior = js("{'name': 'was'}"), *out = NULL;
	json_t *desired = js("{'name': 'n', 'description': 'wanted'}");
	struct strbuf err = STRBUF_INIT;

	(void)state;
	reset();
	sc.live = ours;
	ops.converge = aws_converge_nothing;
	assert_int_equal(aws_native_update(&ops, NULL, "n", prior, desired, &out, &err), 0);
	assert_string_equal(sc.calls.buf, "read");
	assert_non_null(out);
	assert_string_equal(json_string_value(json_object_get(json_object_get(out, "tags"),
							      "terrace:stack")),
			    "lake");
	assert_null(json_object_get(out, "description"));
	json_decref(out);
	json_decref(prior);
	json_decref(desired);
	strbuf_release(&err);
	reset();
}

/* A converge given the prior (converge_prior) has the update's, and NULL on
 * a create; a found object is read with update_shape_of given no prior. */
static void test_converge_given_prior(void **state)
{
	struct aws_native_ops ops = ops_by(AWS_ADOPT_BY_NAME_AND_TAGS);
	json_t *prior = js("{'name': 'was'}"), *desired = js(desired_text), *out = NULL;
	struct strbuf err = STRBUF_INIT;
	char *id = NULL;

	(void)state;
	reset();
	ops.converge = NULL;
	ops.converge_prior = fake_converge_prior;
	ops.update_shape_of = fake_shape_of;
	ops.adopt.settle = NULL;
	ops.adopt.refuse = NULL;
	sc.live = ours;
	/* made, some left out: read back, converged with no prior */
	sc.left_out = true;
	sc.converge_prior = prior;
	assert_int_equal(create(&ops, false, &id, &out, &err), 0);
	assert_string_equal(sc.calls.buf, "send read converge_prior");
	assert_null(sc.converge_prior);
	free(id), json_decref(out);
	/* found and ours: read with no prior, converged with none */
	sc.left_out = false;
	sc.exists = true;
	sc.read_prior = sc.converge_prior = prior;
	assert_int_equal(create(&ops, true, &id, &out, &err), 0);
	assert_string_equal(sc.calls.buf, "send read converge_prior");
	assert_null(sc.read_prior);
	assert_null(sc.converge_prior);
	assert_true(sc.converge_had_have);
	free(id), json_decref(out);
	/* the update: read with the prior's shape, converged with the prior */
	strbuf_reset(&sc.calls);
	assert_int_equal(aws_native_update(&ops, NULL, "n", prior, desired, &out, &err), 0);
	assert_string_equal(sc.calls.buf, "read converge_prior");
	assert_ptr_equal(sc.converge_prior, prior);
	json_decref(out);
	json_decref(prior);
	json_decref(desired);
	strbuf_release(&err);
	reset();
}

/* An update settles first when the type says how; its failure is the
 * update's, nothing read. A create never settles so. */
static void test_update_settled(void **state)
{
	struct aws_native_ops ops = ops_by(AWS_ADOPT_BY_NAME_AND_TAGS);
	json_t *prior = js("{'name': 'was'}"), *desired = js(desired_text), *out = NULL;
	struct strbuf err = STRBUF_INIT;
	char *id = NULL;

	(void)state;
	reset();
	ops.settle_update = fake_settle_update;
	sc.live = ours;
	assert_int_equal(aws_native_update(&ops, NULL, "n", prior, desired, &out, &err), 0);
	assert_string_equal(sc.calls.buf, "settle_update read converge");
	json_decref(out);
	strbuf_reset(&sc.calls);
	sc.settle_rc = -1;
	assert_int_equal(aws_native_update(&ops, NULL, "n", prior, desired, &out, &err), -1);
	assert_string_equal(sc.calls.buf, "settle_update");
	assert_string_equal(err.buf, "x: still modifying");
	assert_null(out);
	assert_int_equal(create(&ops, false, &id, &out, &err), 0);
	assert_string_equal(sc.calls.buf, "send read");
	free(id), json_decref(out);
	json_decref(prior);
	json_decref(desired);
	strbuf_release(&err);
	reset();
}

/* A found object the type's id names otherwise is located once it may be
 * the create's: read, converged and stored by what locate says; the
 * messages name what the send found. */
static void test_create_adopt_located(void **state)
{
	struct aws_native_ops ops = ops_by(AWS_ADOPT_BY_NAME_AND_TAGS);
	struct strbuf err = STRBUF_INIT;
	json_t *out = NULL;
	char *id = NULL;

	(void)state;
	reset();
	ops.adopt.locate = fake_locate;
	ops.adopt.settle = NULL;
	ops.adopt.refuse = NULL;
	sc.exists = true;
	sc.attempts = 1;
	sc.live = ours;
	/* a first attempt meets it: refused before it is looked up */
	assert_int_equal(create(&ops, false, &id, &out, &err), -1);
	assert_string_equal(sc.calls.buf, "send");
	assert_null(id);
	/* retried, ours: located, then read and converged by the located id */
	assert_int_equal(create(&ops, true, &id, &out, &err), 0);
	assert_string_equal(sc.calls.buf, "send locate read converge");
	assert_string_equal(sc.read_id, "arn:n");
	assert_string_equal(sc.converge_id, "arn:n");
	assert_string_equal(id, "arn:n");
	free(id), json_decref(out);
	/* untagged: the refusal names what the send found */
	strbuf_reset(&err);
	sc.live = "{'name': 'n'}";
	assert_int_equal(create(&ops, true, &id, &out, &err), -1);
	assert_string_equal(sc.calls.buf, "send locate read");
	assert_non_null(strstr(err.buf, "aws.x: a thing named n already exists without"));
	assert_null(id);
	strbuf_release(&err);
	reset();
}

/* Every aws type on the contract declares it whole. */
static const struct resource_type *const aws_types[] = {
#define RESOURCE_TYPE(name, ...) &name,
#include "provider/aws/types.def"
#undef RESOURCE_TYPE
	NULL,
};

static void test_declared_whole(void **state)
{
	size_t on = 0;

	(void)state;
	for (size_t i = 0; aws_types[i]; i++) {
		const struct resource_type *t = aws_types[i];
		const struct aws_native_ops *n = t->native;

		if (!n)
			continue;
		on++;
		if (!n->send_create || (!n->converge && !n->converge_prior) || n->read != t->read || !t->create ||
		    !t->update || !n->adopt.object || !strstr(n->adopt.object, "%s") ||
		    !n->adopt.noun || !n->made_missing || !strstr(n->made_missing, "%s") ||
		    !n->gone || !strstr(n->gone, "%s") ||
		    (n->adopt.by == AWS_ADOPT_BY_READ_BACK && !n->adopt.evidence) ||
		    (n->adopt.by == AWS_ADOPT_BY_MATCH && !n->adopt.find) ||
		    (n->adopt.by == AWS_ADOPT_BY_LATER_TAGS &&
		     (!n->adopt.tags || !n->adopt.untagged)) ||
		    (n->adopt.by == AWS_ADOPT_BY_CREATE_TOKEN &&
		     (!n->adopt.find_made || !n->adopt.discard || !n->adopt.type ||
		      !n->adopt.action)))
			fail_msg("%s declares the contract in part", t->name);
	}
	assert_true(on >= 6);
}

/* docs/design.md lists, between its not-on-native-contract markers, exactly
 * the aws types that do not declare the contract (run from the tree's top,
 * as make unit does). */
static void test_design_lists_the_rest(void **state)
{
	static const char open_mark[] = "<!-- not-on-native-contract -->";
	FILE *f = fopen("docs/design.md", "r");
	struct strbuf doc = STRBUF_INIT;
	char buf[4096], *list, *end;
	size_t n, listed = 0, commas = 0;

	(void)state;
	assert_non_null(f);
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		strbuf_add(&doc, buf, n);
	fclose(f);
	list = strstr(doc.buf, open_mark);
	assert_non_null(list);
	list += sizeof(open_mark) - 1;
	end = strstr(list, "<!-- /not-on-native-contract -->");
	assert_non_null(end);
	*end = '\0';
	for (size_t i = 0; aws_types[i]; i++) {
		const char *name = aws_types[i]->name;
		const char *at = strstr(list, name);
		bool in_list = at && (at[strlen(name)] == ',' || at[strlen(name)] == '.');

		if (!aws_types[i]->native != in_list)
			fail_msg("%s %s the contract but docs/design.md %s it among those not on it",
				 name, aws_types[i]->native ? "declares" : "does not declare",
				 in_list ? "lists" : "does not list");
		listed += in_list;
	}
	/* nothing listed that is no type: the names are one more than the commas,
	 * and none when the list is empty (every type on the contract) */
	for (const char *p = list; *p; p++)
		commas += *p == ',';
	assert_int_equal(listed, list[strspn(list, " \n")] ? commas + 1 : 0);
	strbuf_release(&doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_create_made),
		cmocka_unit_test(test_create_adopt_name_and_tags),
		cmocka_unit_test(test_create_adopt_named),
		cmocka_unit_test(test_create_adopt_read_back),
		cmocka_unit_test(test_create_adopt_later_tags),
		cmocka_unit_test(test_update_read_there),
		cmocka_unit_test(test_create_adopt_match_and_token),
		cmocka_unit_test(test_create_adopt_create_token),
		cmocka_unit_test(test_update),
		cmocka_unit_test(test_update_shape_of),
		cmocka_unit_test(test_converge_given_prior),
		cmocka_unit_test(test_converge_nothing),
		cmocka_unit_test(test_create_adopt_located),
		cmocka_unit_test(test_update_settled),
		cmocka_unit_test(test_declared_whole),
		cmocka_unit_test(test_design_lists_the_rest),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
