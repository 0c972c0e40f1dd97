/*
 * resource.c: the functions of every awscc type (cc_type_functions), each
 * given the type: create, read, update, delete, find_made and list through
 * AWS Cloud Control API (its json protocol's facts: services.def's row), with
 * the aws provider's client.
 *
 * CreateResource, UpdateResource and DeleteResource answer a ProgressEvent
 * at once; GetResourceRequestStatus follows its request until SUCCESS or
 * FAILED, paced by the timing engine (aws_wait, request_poll below) and
 * bounded by the handler's timeout where the registry's schema gives one
 * (an RDS cluster's create: 2,160 minutes), else the engine's 2 hours. A request that FAILED with a handler error code
 * the CloudFormation CLI's handler contract calls retriable (Throttling,
 * ServiceInternalError, NetworkFailure, ResourceConflict) is sent again,
 * a few times, with the rule schedule's pauses; any other is an error
 * naming the type, the resource's identifier where known, the error code
 * and the handler's StatusMessage.
 *
 * Exactly once: a create's ClientToken is the engine's create token
 * (aws_create_token), so the transport's resend after a lost answer, and a
 * later run's retry of an interrupted create with the same properties,
 * answer the first request's ProgressEvent instead of making a second
 * resource (a retry after a retriable FAILED sends TOKEN-N). A taggable
 * type's create also carries the token as the tag terrace:create-token
 * (left out of what is read back), by which find_made finds what an
 * interrupted create made among ListResourceRequests' CREATE requests
 * (their ResourceModel, else GetResource of their Identifier): a destroy
 * after an interrupted create, and a retry whose properties changed since
 * (ClientTokenConflictException). The identifier is said the moment a
 * ProgressEvent shows it (create_call_made).
 *
 * What the handler made before it failed is never made twice nor lost: a
 * create that FAILED retriably with an Identifier made that resource (this
 * request's, by its ClientToken): it is taken and the create finished in
 * the same run (an update of what the read shows differently); FAILED
 * retriably without one, what it made is looked for by the token's tag
 * before any resend (find_made, then the type's listing), and a named
 * type's resend that meets AlreadyExists adopts it as an earlier attempt's.
 * A type with neither tags nor a primary identifier the stack can give (a
 * gateway attachment's AttachmentType|VpcId, a route's
 * RouteTableId|CidrBlock: match.c, read from its schema) is listed
 * before the create and again before the resend, and the one new object
 * with the properties the stack set is taken; two such are refused,
 * naming them.
 * A create that FAILED for good naming what it made returns
 * RESOURCE_CREATE_TAINTED: kept in state, replaced by the next plan.
 *
 * Read after write: Cloud Control's GetResource may not see a write at once
 * (pulumi-aws-native 1714). A create's read back waits, within the
 * client's consistency window, until it finds the resource; an update's
 * until no property it changed still reads as before it, and past the
 * window the state records what was written.
 *
 * Write-only properties are never read back: read keeps prior's, create and
 * update desired's, and every update sends them again ("add"), as Cloud
 * Control requires.
 */
#include "provider/aws/cloudcontrol/cloudcontrol.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "provider/aws/adopt.h"
#include "provider/aws/listing.h"
#include "provider/aws/tags.h"
#include "provider/aws/transport/transport.h"
#include "provider/base/log.h"
#include "provider/base/progress.h"
#include "provider/base/encoding.h"

/* The tag a taggable type's create carries: the create's token. */
#define CC_TOKEN_TAG "terrace:create-token"
/* How many times a request that FAILED retriably is sent in all. */
#define CC_SENDS 5
/* Pages of a listing read at most (ListResources, ListResourceRequests). */
#define CC_MAX_PAGES 10000

static const char *const retriable[] = {
	"Throttling", "ServiceInternalError", "NetworkFailure", "ResourceConflict", NULL
};

static const struct cc_type *type_of(const struct resource_type *rt)
{
	return cc_type_of(rt);
}

static const char *cfn_type(const struct resource_type *rt)
{
	return type_of(rt)->row->cfn_type;
}

/* A token for an update or a delete: random, the same for the transport's
 * resends of the request (32 hex digits). */
static int random_token(char out[33], const char *noun, struct strbuf *err)
{
	if (random_hex(16, out)) {
		strbuf_addf(err, "%s: no random bytes for the request's ClientToken", noun);
		return -1;
	}
	return 0;
}

/* A request that FAILED retriably is sent again through the timing
 * engine's wait (aws_wait: paced, bounded, stopped by an interrupt), at most
 * CC_SENDS times in all; these bound the wait itself. */
#define CC_RESEND_PAUSE_S 1.0
#define CC_RESEND_LIMIT_S 300.0
/* The first pause of a read back that does not see the write yet. */
#define CC_READ_BACK_PAUSE_S 0.5

/* ---- the tag of the create's token ---- */

/* Add the create token's tag to props; false when the type has no tags. */
static bool add_token_tag(const json_t *schema, json_t *props, const char *token)
{
	bool is_list;
	const char *name = cc_tag_property(schema, &is_list);
	json_t *tags;

	if (!name)
		return false;
	tags = json_object_get(props, name);
	if (is_list) {
		if (!json_is_array(tags)) {
			tags = json_array();
			json_object_set_new(props, name, tags);
		}
		json_array_append_new(tags, json_pack("{s:s, s:s}", "Key", CC_TOKEN_TAG,
						      "Value", token));
	} else {
		if (!json_is_object(tags)) {
			tags = json_object();
			json_object_set_new(props, name, tags);
		}
		json_object_set_new(tags, CC_TOKEN_TAG, json_string(token));
	}
	return true;
}

/* The token tag's value in props (borrowed), or NULL; with strip, it is
 * taken out of props (what is read back never shows it). */
static const char *token_tag(const json_t *schema, json_t *props, bool strip, char **value)
{
	bool is_list;
	const char *name = cc_tag_property(schema, &is_list);
	json_t *tags = name ? json_object_get(props, name) : NULL;
	size_t i;

	*value = NULL;
	if (!name)
		return NULL;
	if (is_list && json_is_array(tags)) {
		for (i = 0; i < json_array_size(tags); i++) {
			json_t *e = json_array_get(tags, i);
			const char *k = value_get_string(e, "Key");
			if (k && !strcmp(k, CC_TOKEN_TAG)) {
				const char *v = value_get_string(e, "Value");
				*value = v ? xstrdup(v) : NULL;
				if (strip)
					json_array_remove(tags, i);
				break;
			}
		}
		if (strip && !json_array_size(tags))
			json_object_del(props, name);
	} else if (name && json_is_object(tags)) {
		const char *v = value_get_string(tags, CC_TOKEN_TAG);
		*value = v ? xstrdup(v) : NULL;
		if (strip) {
			json_object_del(tags, CC_TOKEN_TAG);
			if (!json_object_size(tags))
				json_object_del(props, name);
		}
	}
	return *value;
}

/* ---- following a request ---- */

struct follow {
	struct aws_client *c;
	const struct resource_type *rt;
	json_t *event;       /* the last ProgressEvent (owned) */
	const struct create_call *call; /* a create's, to say what it made; or NULL */
	char *said;          /* the identifier said made (CREATE), or NULL */
};

static void say_made(struct follow *f)
{
	const char *id = value_get_string(f->event, "Identifier");
	const char *op = value_get_string(f->event, "Operation");

	if (!id || !*id || !op || strcmp(op, "CREATE") || (f->said && !strcmp(f->said, id)))
		return;
	free(f->said);
	f->said = xstrdup(id);
	create_call_made(f->call, id);
}

static bool event_done(const json_t *event)
{
	const char *s = value_get_string(event, "OperationStatus");
	return s && (!strcmp(s, "SUCCESS") || !strcmp(s, "FAILED") ||
		     !strcmp(s, "CANCEL_COMPLETE"));
}

/* No row serves: it follows a request token's progress events, whose answer
 * (its ProgressEvent, its error code) the caller goes on with. */
static int follow_check(void *ctx, struct strbuf *status, struct strbuf *err)
{
	struct follow *f = ctx;
	json_t *in, *out = NULL;
	int rc;

	if (event_done(f->event))
		return 1;
	in = json_pack("{s:s?}", "RequestToken", value_get_string(f->event, "RequestToken"));
	rc = cc_call(f->c, "GetResourceRequestStatus", in, NULL, &out, NULL, NULL, err);
	json_decref(in);
	if (rc) {
		strbuf_prefixf(err, "%s: ", f->rt->name);
		return -1;
	}
	if (json_is_object(json_object_get(out, "ProgressEvent"))) {
		json_decref(f->event);
		f->event = json_incref(json_object_get(out, "ProgressEvent"));
	}
	json_decref(out);
	say_made(f);
	if (event_done(f->event))
		return 1;
	strbuf_addstr(status, value_get_string_or(f->event, "OperationStatus", "PENDING"));
	return 0;
}

/* Cloud Control API user guide, "Managing resource operation requests":
 * CreateResource, UpdateResource and DeleteResource answer at once with a
 * request IN_PROGRESS, which GetResourceRequestStatus follows until SUCCESS
 * or FAILED; the CloudFormation CLI's schema gives a handler 120 minutes
 * unless its timeoutInMinutes says other. */
static const struct aws_poll request_poll = { .timeout_s = 7200.0, .interval_s = 1.0 };

/* How long a request of `operation` ("CREATE") is followed: its handler's
 * timeout where the registry's schema gives one (a minute more, for the
 * request's own end), else request_poll's bound (the CloudFormation CLI's
 * default handler timeout). */
double cc_follow_timeout_s(const struct resource_type *rt, const char *operation)
{
	static const char *const handlers[][2] = {
		{ "CREATE", "create" }, { "UPDATE", "update" }, { "DELETE", "delete" },
	};
	const json_t *h = json_object_get(type_of(rt)->schema, "handlers");

	for (size_t i = 0; operation && i < sizeof(handlers) / sizeof(handlers[0]); i++) {
		const json_t *minutes = json_object_get(json_object_get(h, handlers[i][1]),
							"timeout");
		if (!strcmp(operation, handlers[i][0]) && json_is_integer(minutes) &&
		    json_integer_value(minutes) > 0)
			return 60.0 * (double)json_integer_value(minutes) + 60.0;
	}
	return request_poll.timeout_s;
}

/* Follow the request `event` (taken) answered until it ends: 0 with
 * *final (the last ProgressEvent, a new reference), -1 with err set when
 * it could not be followed or did not end in its handler's time. A
 * create's call (else NULL) is told the identifier as soon as an event
 * names it. */
static int follow(struct aws_client *c, const struct resource_type *rt, json_t *event,
		  const struct create_call *call, json_t **final, struct strbuf *err)
{
	struct follow f = { c, rt, event, call, NULL };
	char *what = xasprintf("%s %s request %s", rt->name,
			       value_get_string_or(event, "Operation", ""),
			       value_get_string_or(event, "RequestToken", ""));
	int rc;

	say_made(&f);
	rc = aws_wait(what, cc_follow_timeout_s(rt, value_get_string(event, "Operation")),
		      request_poll.interval_s, follow_check, &f, err);
	free(what);
	free(f.said);
	if (rc) {
		json_decref(f.event);
		return -1;
	}
	*final = f.event;
	return 0;
}

static const char *event_status(const json_t *event)
{
	const char *s = value_get_string(event, "OperationStatus");
	return s ? s : "";
}

static const char *event_code(const json_t *event)
{
	const char *s = value_get_string(event, "ErrorCode");
	return s ? s : "";
}

/* "awscc.sqs.queue: CreateResource of AWS::SQS::Queue ID: FAILED
 * AlreadyExists: MESSAGE (request TOKEN)". */
static void event_error(const struct resource_type *rt, const char *op, const char *id,
			const json_t *event, struct strbuf *err)
{
	const char *msg = value_get_string(event, "StatusMessage");

	if (!id)
		id = value_get_string(event, "Identifier");
	strbuf_addf(err, "%s: %s of %s%s%s: %s", rt->name, op, cfn_type(rt), id ? " " : "",
		    id ? id : "", event_status(event));
	if (*event_code(event))
		strbuf_addf(err, " %s", event_code(event));
	if (msg && *msg)
		strbuf_addf(err, ": %s", msg);
	strbuf_addf(err, " (request %s)", value_get_string_or(event, "RequestToken", "?"));
}

static bool retriable_failure(const json_t *event)
{
	return !strcmp(event_status(event), "FAILED") &&
	       aws_error_code_in(event_code(event), retriable);
}

/* ---- reading ---- */

/* GetResource of a resource known to exist (a create answered
 * AlreadyExists for it): a read that does not find it yet is asked again
 * within the client's consistency window. */
struct found_read {
	struct aws_client *c;
	const struct resource_type *rt;
	const char *id;
	json_t *props;
};

/* No row serves: it waits for a read (GetResource's properties), not a status. */
static int found_check(void *ctx, struct strbuf *status, struct strbuf *err)
{
	struct found_read *fr = ctx;

	if (cc_get_properties(fr->c, fr->rt, fr->id, &fr->props, err))
		return -1;
	if (fr->props)
		return 1;
	strbuf_addstr(status, "not found yet");
	return 0;
}

static int get_existing_properties(struct aws_client *c, const struct resource_type *rt,
				   const char *id, json_t **props, struct strbuf *err)
{
	struct found_read fr = { c, rt, id, NULL };
	char *what = xasprintf("%s %s, which exists, to be read", rt->name, id);
	struct strbuf waited = STRBUF_INIT;
	int rc = aws_wait(what, aws_client_timing(c)->consistency_s, CC_READ_BACK_PAUSE_S,
			  found_check, &fr, &waited);

	free(what);
	*props = fr.props;
	if (rc && !fr.props && !strstr(waited.buf, "timed out"))
		strbuf_addstr(err, waited.buf);
	strbuf_release(&waited);
	return rc && !fr.props && err->len ? -1 : 0;
}

/* props as attributes, the token tag left out, unordered lists in the
 * order of `from`'s and write-only values from it (a new object). */
static json_t *attributes_of(const struct resource_type *rt, json_t *props, const json_t *from)
{
	const json_t *schema = type_of(rt)->schema;
	char *token;
	json_t *attrs;

	token_tag(schema, props, true, &token);
	free(token);
	attrs = cc_from_properties(schema, props);
	if (from) {
		cc_follow_order(schema, attrs, from);
		cc_carry_write_only(schema, attrs, from);
	}
	return attrs;
}

int cc_read(const struct resource_type *rt, void *client, const char *id,
		   const json_t *prior, json_t **out, struct strbuf *err)
{
	json_t *props;

	*out = NULL;
	if (cc_get_properties(client, rt, id, &props, err))
		return -1;
	if (props)
		*out = attributes_of(rt, props, prior);
	json_decref(props);
	return 0;
}

/* The schema's list `list` names attribute `attr` itself. */
static bool listed(const json_t *schema, const char *list, const char *attr);

/* The top-level attributes an update from prior to desired changes that a
 * read can show (not read-only, create-only or write-only): a new list of
 * names. */
static json_t *changed_attrs(const struct resource_type *rt, const json_t *prior,
			     const json_t *desired)
{
	const json_t *schema = type_of(rt)->schema;
	json_t *names = json_array(), *p;
	const char *attr;

	json_object_foreach(json_object_get(schema, "properties"), attr, p) {
		const json_t *was = json_object_get(prior, attr);
		const json_t *want = json_object_get(desired, attr);

		(void)p;
		if (cc_alias_shadowed(json_object_get(schema, "properties"), attr, desired))
			continue;
		if (listed(schema, "readOnly", attr) || listed(schema, "createOnly", attr) ||
		    cc_path_in(schema, "writeOnly", attr))
			continue;
		if (value_is_set(was) && value_is_set(want) && !value_equal(was, want))
			json_array_append_new(names, json_string(attr));
	}
	return names;
}

/* A read back following a write (aws_wait's check): done when GetResource
 * finds the resource and no attribute the write changed reads as prior's. */
struct read_back {
	struct aws_client *c;
	const struct resource_type *rt;
	const char *id;
	const json_t *desired, *prior, *changed;
	json_t *out;          /* the last read (owned), or NULL: not found */
	const char *stale;    /* an attribute still read as prior's */
};

/* No row serves: it compares what reads back with what was written. */
static int read_back_check(void *ctx, struct strbuf *status, struct strbuf *err)
{
	struct read_back *rb = ctx;
	size_t i;
	json_t *v;

	json_decref(rb->out);
	rb->out = NULL;
	rb->stale = NULL;
	if (cc_read(rb->rt, rb->c, rb->id, rb->desired, &rb->out, err))
		return -1;
	if (!rb->out) {
		strbuf_addstr(status, "not found yet");
		return 0;
	}
	json_array_foreach(rb->changed, i, v) {
		const char *attr = json_string_value(v);
		if (value_equal(json_object_get(rb->out, attr), json_object_get(rb->prior, attr))) {
			rb->stale = attr;
			strbuf_addf(status, "%s still reads as before the update", attr);
			return 0;
		}
	}
	return 1;
}

/* Read back what a create (prior NULL) or an update from prior wrote into
 * *out, waiting out Cloud Control's read after write within the client's
 * consistency window; an update read as before it past the window records
 * what was written. -1 with err set: not found (a create), or the read
 * failed. */
static int read_written(struct aws_client *c, const struct resource_type *rt, const char *id,
			const json_t *prior, const json_t *desired, json_t **out,
			struct strbuf *err)
{
	json_t *changed = prior ? changed_attrs(rt, prior, desired) : json_array();
	struct read_back rb = { c, rt, id, desired, prior, changed, NULL, NULL };
	char *what = xasprintf("%s %s to read back as written", rt->name, id);
	struct strbuf waited = STRBUF_INIT;
	int rc = aws_wait(what, aws_client_timing(c)->consistency_s, CC_READ_BACK_PAUSE_S,
			  read_back_check, &rb, &waited);

	free(what);
	*out = NULL;
	if (rc && rb.out && rb.stale) {
		/* Past the window: what the update wrote, not the stale read. */
		size_t i;
		json_t *v;
		log_debugf("%s %s: %s; recording what the update wrote", rt->name, id, waited.buf);
		json_array_foreach(changed, i, v)
			json_object_set(rb.out, json_string_value(v),
					json_object_get(desired, json_string_value(v)));
		rc = 0;
	} else if (rc && !rb.out && !strstr(waited.buf, "timed out")) {
		strbuf_addstr(err, waited.buf);
	} else if (rc && !rb.out) {
		strbuf_addf(err, "%s: %s was written, but GetResource does not find it (%s)",
			    rt->name, id, waited.buf);
	}
	strbuf_release(&waited);
	json_decref(changed);
	if (rc) {
		json_decref(rb.out);
		return -1;
	}
	*out = rb.out;
	return 0;
}

/* ---- finding what a create made ---- */

struct made {
	struct aws_client *c;
	const struct resource_type *rt;
	const char *token;
	json_t *ids;          /* the identifiers found (new list) */
};

static int made_entry(void *ctx, const json_t *e, struct strbuf *err)
{
	struct made *m = ctx;
	const json_t *schema = type_of(m->rt)->schema;
	const char *type = value_get_string(e, "TypeName");
	const char *id = value_get_string(e, "Identifier");
	const char *model = value_get_string(e, "ResourceModel");
	json_t *props = NULL;
	char *tag = NULL;
	bool ours;
	size_t i;
	json_t *v;

	if (!type || strcmp(type, cfn_type(m->rt)) || !id || !*id)
		return 0;
	json_array_foreach(m->ids, i, v)
		if (!strcmp(json_string_value(v), id))
			return 0;
	if (model)
		props = json_loads(model, 0, NULL);
	if (!token_tag(schema, props, false, &tag)) {
		/* The request's model does not show the tags: what it made
		 * does, when it is still there. */
		json_decref(props);
		if (cc_get_properties(m->c, m->rt, id, &props, err))
			return -1;
		token_tag(schema, props, false, &tag);
	}
	ours = tag && !strcmp(tag, m->token);
	free(tag);
	json_decref(props);
	if (ours)
		json_array_append_new(m->ids, json_string(id));
	return 0;
}

/* The identifiers of the resources carrying the token's tag that the
 * account's CREATE requests (the last 7 days: Cloud Control keeps them
 * that long) made and that still exist. */
static int find_made_ids(struct aws_client *c, const struct resource_type *rt,
			 const char *token, json_t **ids, struct strbuf *err)
{
	bool is_list;
	struct made m = { c, rt, token, json_array() };
	json_t *in;
	int rc;
	size_t i;
	json_t *v;

	*ids = NULL;
	if (!cc_tag_property(type_of(rt)->schema, &is_list)) {
		json_decref(m.ids);
		strbuf_addf(err, "%s: its objects take no tags, so what an interrupted create "
			    "made cannot be found by the create's token: run `terrace apply` to "
			    "finish that create (Cloud Control answers its resend with the same "
			    "ClientToken with what the first made), or check by hand and use "
			    "`terrace state rm`", rt->name);
		return -1;
	}
	in = json_pack("{s:{s:[s]}}", "ResourceRequestStatusFilter", "Operations", "CREATE");
	rc = aws_json_pages(c, &aws_service_cloudcontrol, "ListResourceRequests", in, CC_MAX_PAGES,
			    made_entry,
			    &m, err);
	json_decref(in);
	if (rc) {
		json_decref(m.ids);
		strbuf_prefixf(err, "%s: looking for what the create of token %s made: ", rt->name,
			       token);
		return -1;
	}
	/* A request's model may name what is gone since. */
	*ids = json_array();
	json_array_foreach(m.ids, i, v) {
		json_t *props;
		if (cc_get_properties(c, rt, json_string_value(v), &props, err)) {
			json_decref(m.ids);
			json_decref(*ids);
			*ids = NULL;
			return -1;
		}
		if (props)
			json_array_append(*ids, v);
		json_decref(props);
	}
	json_decref(m.ids);
	return 0;
}

int cc_find_made(const struct resource_type *rt, void *client, const char *token,
			json_t **ids, struct strbuf *err)
{
	return find_made_ids(client, rt, token, ids, err);
}

/* A listed resource carries the token's tag (ListResources' properties,
 * else GetResource's when the listing leaves the tags out). */
struct tagged_scan {
	struct aws_client *c;
	const struct resource_type *rt;
	const char *token;
	json_t *ids;
};

static int tagged_entry(void *ctx, const json_t *e, struct strbuf *err)
{
	struct tagged_scan *ts = ctx;
	const json_t *schema = type_of(ts->rt)->schema;
	const char *id = value_get_string(e, "Identifier");
	const char *text = value_get_string(e, "Properties");
	json_t *props = text ? json_loads(text, 0, NULL) : NULL;
	bool is_list;
	const char *tags = cc_tag_property(schema, &is_list);
	char *tag = NULL;

	if (!id)
		goto out;
	if (!json_object_get(props, tags)) {
		json_decref(props);
		if (cc_get_properties(ts->c, ts->rt, id, &props, err))
			return -1;
	}
	if (token_tag(schema, props, false, &tag) && !strcmp(tag, ts->token))
		json_array_append_new(ts->ids, json_string(id));
out:
	free(tag);
	json_decref(props);
	return 0;
}

/* What the create of `token` made, when a request of it FAILED without
 * naming it: by its CREATE requests (find_made_ids), else among the type's
 * resources (ListResources), by the token's tag. 0 with *id (a new string)
 * or NULL: nothing found; -1 with err: more than one, or it could not be
 * looked for. A type found by its properties (cc_found_by_match) is listed
 * and matched (match.c); another type without tags, or a type
 * without a list handler, finds nothing. */
static int made_by_failed_create(struct aws_client *c, const struct resource_type *rt,
				 const json_t *desired, const json_t *before, const char *token,
				 char **id, struct strbuf *err)
{
	struct tagged_scan ts = { c, rt, token, NULL };
	const unsigned handlers = type_of(rt)->row->handlers;
	const bool listable = !(handlers & CC_HANDLERS_KNOWN) || (handlers & CC_HANDLER_LIST);
	bool is_list;
	json_t *in;
	int rc;

	*id = NULL;
	if (cc_found_by_match(type_of(rt)->schema))
		return listable ? cc_made_by_match(c, rt, desired, before, id, err) : 0;
	if (!cc_tag_property(type_of(rt)->schema, &is_list))
		return 0;
	if (find_made_ids(c, rt, token, &ts.ids, err))
		return -1;
	if (!json_array_size(ts.ids) && listable) {
		in = json_pack("{s:s}", "TypeName", cfn_type(rt));
		rc = aws_json_pages(c, &aws_service_cloudcontrol, "ListResources", in, CC_MAX_PAGES,
				    tagged_entry,
				    &ts, err);
		json_decref(in);
		if (rc) {
			json_decref(ts.ids);
			strbuf_prefixf(err, "%s: looking for what the create of token %s made: ",
				       rt->name, token);
			return -1;
		}
	}
	if (json_array_size(ts.ids) > 1) {
		strbuf_addf(err, "%s: more than one resource carries the tag of create token %s "
			    "(%s, %s): import the one the stack means and delete the other",
			    rt->name, token, json_string_value(json_array_get(ts.ids, 0)),
			    json_string_value(json_array_get(ts.ids, 1)));
		json_decref(ts.ids);
		return -1;
	}
	if (json_array_size(ts.ids))
		*id = xstrdup(json_string_value(json_array_get(ts.ids, 0)));
	json_decref(ts.ids);
	return 0;
}

/* ---- create ---- */

/* The identifier desired gives (its primaryIdentifier's values joined with
 * '|', as Cloud Control joins them), or NULL (a new string). */
static char *config_identifier(const json_t *schema, const json_t *desired)
{
	struct strbuf id = STRBUF_INIT;
	size_t i;
	json_t *p;

	json_array_foreach(json_object_get(schema, "primaryIdentifier"), i, p) {
		const json_t *v = cc_attr_value(json_object_get(schema, "properties"), desired,
						json_string_value(p) ? json_string_value(p) : "");
		if (!json_is_string(v) || !*json_string_value(v)) {
			strbuf_release(&id);
			return NULL;
		}
		strbuf_addf(&id, "%s%s", i ? "|" : "", json_string_value(v));
	}
	return id.len ? strbuf_detach(&id) : (strbuf_release(&id), NULL);
}

/* A create whose token was used before with other properties (a retry
 * after the stack changed): what that request made, found by the token's
 * tag, is adopted. */
static int adopt_conflict(struct aws_client *c, const struct resource_type *rt,
			  const char *token, char **id, struct strbuf *err)
{
	json_t *ids = NULL;

	if (find_made_ids(c, rt, token, &ids, err))
		return -1;
	if (json_array_size(ids) == 1) {
		*id = xstrdup(json_string_value(json_array_get(ids, 0)));
		log_debugf("%s: adopting %s, made by an earlier attempt of this create "
			   "(ClientToken %s)", rt->name, *id, token);
	} else {
		strbuf_addf(err, "%s: CreateResource: ClientTokenConflictException: an earlier "
			    "attempt of this create sent token %s with other properties, and %s "
			    "carrying it: check the account's Cloud Control requests (aws "
			    "cloudcontrol list-resource-requests), import what it made, and "
			    "`terrace state rm` this resource", rt->name, token,
			    json_array_size(ids) ? "more than one resource is found"
						 : "no resource is found");
	}
	json_decref(ids);
	return *id ? 0 : -1;
}

/* A create that FAILED AlreadyExists: ours when the object found carries
 * the token's tag, or for a type without tags when an earlier attempt may
 * have made it (aws_adopt_check). */
static int adopt_existing(struct aws_client *c, const struct resource_type *rt,
			  const json_t *desired, bool tagged, bool may_exist, int attempts,
			  const char *token, const json_t *event, char **id, struct strbuf *err)
{
	const json_t *schema = type_of(rt)->schema;
	char *found = value_get_string(event, "Identifier") ?
		      xstrdup(value_get_string(event, "Identifier")) :
		      config_identifier(schema, desired);
	json_t *props = NULL;
	char *tag = NULL;
	int rc = -1;

	if (!found) {
		event_error(rt, "CreateResource", NULL, event, err);
		return -1;
	}
	if (get_existing_properties(c, rt, found, &props, err))
		goto out;
	if (!props) {
		event_error(rt, "CreateResource", found, event, err);
		goto out;
	}
	if (tagged) {
		token_tag(schema, props, false, &tag);
		rc = aws_adopt_evidence(tag && !strcmp(tag, token),
					tag ? "it carries another create's token" :
					      "it does not carry this create's token",
					"name", err, "%s %s", rt->name, found);
	} else {
		rc = aws_adopt_check(may_exist, attempts, "name", NULL, err, "%s %s", rt->name,
				     found);
	}
	if (!rc) {
		*id = found;
		found = NULL;
	}
out:
	free(tag);
	json_decref(props);
	free(found);
	return rc;
}

/* One CreateResource of a create (the first with the create's token as
 * ClientToken, a resend after a retriable FAILED with TOKEN-N), followed to
 * its end: aws_wait's check. 1 when the create ended (cs->rc: 0 made,
 * -1 failed, err set), 0 to send it again. */
struct create_send {
	struct aws_client *c;
	const struct resource_type *rt;
	const json_t *desired;
	const struct create_call *call;
	bool tagged;
	const char *token, *state;
	char **id;
	int send, rc;
	bool finish;         /* taken from a request that FAILED after making it */
	json_t *before;      /* cc_found_by_match types: the objects before it */
};

/* No row serves: each poll sends the create again (a resend, not a status read). */
static int create_once(void *ctx, struct strbuf *status, struct strbuf *err)
{
	static const char *const conflict[] = { "ClientTokenConflictException", NULL };
	struct create_send *cs = ctx;
	const struct resource_type *rt = cs->rt;
	int send = cs->send++;
	char *client_token = send ? xasprintf("%s-%d", cs->token, send) : xstrdup(cs->token);
	json_t *in = json_pack("{s:s, s:s, s:s}", "TypeName", cfn_type(rt), "DesiredState",
			       cs->state, "ClientToken", client_token);
	json_t *ans = NULL, *event = NULL;
	int attempts = 0, rc;

	rc = cc_call(cs->c, "CreateResource", in, conflict, &ans, NULL, &attempts, err);
	json_decref(in);
	free(client_token);
	if (rc == 1) {
		cs->rc = adopt_conflict(cs->c, rt, cs->token, cs->id, err);
		return 1;
	}
	if (rc) {
		strbuf_prefixf(err, "%s: ", rt->name);
		return 1;
	}
	rc = follow(cs->c, rt, json_incref(json_object_get(ans, "ProgressEvent")), cs->call, &event,
		    err);
	json_decref(ans);
	if (rc)
		return 1;
	if (!strcmp(event_status(event), "SUCCESS")) {
		const char *made = value_get_string(event, "Identifier");
		if (made && *made) {
			*cs->id = xstrdup(made);
			cs->rc = 0;
		} else {
			strbuf_addf(err, "%s: CreateResource succeeded (request %s) but names no "
				    "identifier", rt->name, value_get_string(event, "RequestToken"));
		}
	} else if (!strcmp(event_code(event), "AlreadyExists")) {
		/* An earlier send of this create that FAILED may have made it. */
		cs->rc = adopt_existing(cs->c, rt, cs->desired, cs->tagged,
					cs->call->may_exist || send > 0, attempts, cs->token, event,
					cs->id, err);
	} else if (retriable_failure(event) && value_get_string(event, "Identifier")) {
		/* The handler made it, then failed: this request's resource. */
		*cs->id = xstrdup(value_get_string(event, "Identifier"));
		log_debugf("%s: CreateResource FAILED %s after making %s (request %s): taking it",
			   rt->name, event_code(event), *cs->id,
			   value_get_string(event, "RequestToken"));
		cs->rc = 0;
		cs->finish = true;
	} else if (retriable_failure(event) && cs->send < CC_SENDS) {
		/* Nothing named: what it made, if anything, is looked for
		 * before the create is sent again as a new request. */
		char *found = NULL;
		if (made_by_failed_create(cs->c, rt, cs->desired, cs->before, cs->token, &found,
					  err)) {
			json_decref(event);
			return 1;
		}
		if (found) {
			log_debugf("%s: CreateResource FAILED %s; %s is what it made (%s): "
				   "taking it", rt->name, event_code(event), found,
				   cc_found_by_match(type_of(rt)->schema) ?
				   "the one object with the properties the stack sets" :
				   "it carries its token's tag");
			*cs->id = found;
			cs->rc = 0;
			cs->finish = true;
		} else {
			strbuf_addf(status, "FAILED %s (%s): sending it again", event_code(event),
				    value_get_string(event, "StatusMessage"));
			json_decref(event);
			return 0;
		}
	} else if (value_get_string(event, "Identifier") &&
		   *value_get_string(event, "Identifier")) {
		/* FAILED for good after making it: kept, to be replaced. */
		*cs->id = xstrdup(value_get_string(event, "Identifier"));
		event_error(rt, "CreateResource", NULL, event, err);
		strbuf_addstr(err, "; what it made is kept in state, tainted: the next apply "
			      "replaces it");
		cs->rc = RESOURCE_CREATE_TAINTED;
	} else {
		event_error(rt, "CreateResource", NULL, event, err);
	}
	json_decref(event);
	return 1;
}

/* A create taken from a request that FAILED after making its resource: what
 * the handler did not finish (*out, read back, differs from desired in a
 * property a read shows) is finished by an update, whose read replaces
 * *out. */
static int finish_create(struct aws_client *c, const struct resource_type *rt, const char *id,
			 const json_t *desired, json_t **out, struct strbuf *err)
{
	const json_t *schema = type_of(rt)->schema;
	json_t *patch = cc_patch(rt, *out, desired), *op, *done;
	bool needed = false;
	size_t i;

	json_array_foreach(patch, i, op) {
		const char *path = value_get_string(op, "path");
		const char *attr = NULL, *a;
		json_t *p;
		json_object_foreach(json_object_get(schema, "properties"), a, p)
			if (path && !strcmp(path + 1, value_get_string_or(p, "name", "")))
				attr = a;
		if (attr && !cc_path_in(schema, "writeOnly", attr))
			needed = true;
	}
	json_decref(patch);
	if (!needed)
		return 0;
	if (cc_update(rt, c, id, *out, desired, &done, err))
		return -1;
	json_decref(*out);
	*out = done;
	return 0;
}

int cc_create(const struct resource_type *rt, void *client, const json_t *desired,
		     const struct create_call *call, char **id, json_t **out, struct strbuf *err)
{
	struct aws_client *c = client;
	const json_t *schema = type_of(rt)->schema;
	char own[33], *state;
	const char *token = aws_create_token(call, own, rt->name, err);
	json_t *props;
	bool tagged;
	int rc = -1;

	*id = NULL;
	*out = NULL;
	if (!token)
		return -1;
	props = cc_to_properties(schema, desired);
	tagged = add_token_tag(schema, props, token);
	state = json_dumps(props, JSON_COMPACT | JSON_SORT_KEYS);
	json_decref(props);
	struct create_send cs = { c, rt, desired, call, tagged, token, state, id, 0, -1,
				  false, NULL };
	const unsigned handlers = type_of(rt)->row->handlers;
	if (cc_found_by_match(schema) &&
	    (!(handlers & CC_HANDLERS_KNOWN) || (handlers & CC_HANDLER_LIST)))
		cs.before = cc_objects_before(c, rt, desired);
	if (aws_wait("Cloud Control to take the create again", CC_RESEND_LIMIT_S,
		     CC_RESEND_PAUSE_S, create_once, &cs, err) < 0 && !err->len)
		strbuf_addf(err, "%s: CreateResource did not end", rt->name);
	rc = cs.rc;
	json_decref(cs.before);
	free(state);
	if (rc == RESOURCE_CREATE_TAINTED && *id)
		return rc;
	if (rc || !*id) {
		free(*id);
		*id = NULL;
		return -1;
	}
	create_call_made(call, *id);
	if (read_written(c, rt, *id, NULL, desired, out, err)) {
		/* Made: *id stays set, the core keeps tracking it. */
		return -1;
	}
	if (cs.finish)
		return finish_create(c, rt, *id, desired, out, err);
	return 0;
}

/* ---- update ---- */

/* "/Name" as an RFC 6901 pointer (~ and / escaped). */
static char *pointer(const char *name)
{
	struct strbuf p = STRBUF_INIT;

	strbuf_addch(&p, '/');
	for (; *name; name++) {
		if (*name == '~')
			strbuf_addstr(&p, "~0");
		else if (*name == '/')
			strbuf_addstr(&p, "~1");
		else
			strbuf_addch(&p, *name);
	}
	return strbuf_detach(&p);
}

static void patch_op(json_t *patch, const char *op, const char *name, json_t *value)
{
	char *path = pointer(name);
	json_t *o = json_pack("{s:s, s:s}", "op", op, "path", path);

	if (value)
		json_object_set_new(o, "value", value);
	json_array_append_new(patch, o);
	free(path);
}

/* The schema's list `list` names attribute `attr` itself. */
static bool listed(const json_t *schema, const char *list, const char *attr)
{
	size_t i;
	json_t *p;

	json_array_foreach(json_object_get(schema, list), i, p)
		if (json_is_string(p) && !strcmp(json_string_value(p), attr))
			return true;
	return false;
}

json_t *cc_patch(const struct resource_type *rt, const json_t *prior, const json_t *desired)
{
	const json_t *schema = type_of(rt)->schema;
	json_t *patch = json_array(), *p;
	const char *attr;

	json_object_foreach(json_object_get(schema, "properties"), attr, p) {
		const char *name = json_string_value(json_object_get(p, "name"));
		const json_t *was = json_object_get(prior, attr);
		const json_t *want = json_object_get(desired, attr);
		const struct attr_schema *a = rt->attrs ? schema_find(rt->attrs, attr) : NULL;

		/* The server's (read-only), or replaced by the core when it
		 * changes (create-only). */
		if (!name || listed(schema, "readOnly", attr) || listed(schema, "createOnly", attr) ||
		    cc_alias_shadowed(json_object_get(schema, "properties"), attr, desired))
			continue;
		if (cc_path_in(schema, "writeOnly", attr)) {
			/* Never read back: sent on every update. */
			if (value_is_set(want))
				patch_op(patch, "add", name, cc_value_to_property(schema, attr, want));
		} else if (!value_is_set(want)) {
			/* Unset where the server fills it in: its value stays. */
			if (value_is_set(was) && !(a && (a->flags & ATTR_COMPUTED)))
				patch_op(patch, "remove", name, NULL);
		} else if (!value_is_set(was)) {
			patch_op(patch, "add", name, cc_value_to_property(schema, attr, want));
		} else if (!value_equal(was, want)) {
			patch_op(patch, "replace", name, cc_value_to_property(schema, attr, want));
		}
	}
	return patch;
}

/* Send a mutating request (UpdateResource, DeleteResource) until it ends,
 * again while it FAILS retriably, each time with a new ClientToken.
 * 0 with *final; -1 with err set. `gone` (may be NULL) are the error codes
 * that answer the call itself when the resource is not there: 1. */
struct mutate_send {
	struct aws_client *c;
	const struct resource_type *rt;
	const char *op;
	json_t *in;
	const char *const *gone;
	json_t **final;
	int send, rc;
};

/* One send of a mutate(), followed to its end: aws_wait's check. 1 when it
 * ended (ms->rc as mutate() returns), 0 to send it again. */
/* No row serves: each poll sends the request again (a resend, not a status read). */
static int mutate_once(void *ctx, struct strbuf *status, struct strbuf *err)
{
	struct mutate_send *ms = ctx;
	json_t *in = ms->in, *ans = NULL;
	char token[33];
	int rc;

	ms->send++;
	if (random_token(token, ms->rt->name, err))
		return 1;
	json_object_set_new(in, "ClientToken", json_string(token));
	rc = cc_call(ms->c, ms->op, in, ms->gone, &ans, NULL, NULL, err);
	if (rc == 1) {
		ms->rc = 1;
		return 1;
	}
	if (rc) {
		strbuf_prefixf(err, "%s %s: ", ms->rt->name, value_get_string(in, "Identifier"));
		return 1;
	}
	rc = follow(ms->c, ms->rt, json_incref(json_object_get(ans, "ProgressEvent")), NULL,
		    ms->final, err);
	json_decref(ans);
	if (rc)
		return 1;
	if (!retriable_failure(*ms->final) || ms->send >= CC_SENDS) {
		ms->rc = 0;
		return 1;
	}
	strbuf_addf(status, "%s FAILED %s (%s): sending it again", ms->op,
		    event_code(*ms->final), value_get_string(*ms->final, "StatusMessage"));
	json_decref(*ms->final);
	*ms->final = NULL;
	return 0;
}

static int mutate(struct aws_client *c, const struct resource_type *rt, const char *op,
		  json_t *in, const char *const *gone, json_t **final, struct strbuf *err)
{
	struct mutate_send ms = { c, rt, op, in, gone, final, 0, -1 };

	*final = NULL;
	if (aws_wait("Cloud Control to take the request again", CC_RESEND_LIMIT_S,
		     CC_RESEND_PAUSE_S, mutate_once, &ms, err) < 0 && !err->len)
		strbuf_addf(err, "%s: %s did not end", rt->name, op);
	if (ms.rc < 0) {
		json_decref(*final);
		*final = NULL;
	}
	return ms.rc;
}

int cc_update(const struct resource_type *rt, void *client, const char *id,
		     const json_t *prior, const json_t *desired, json_t **out, struct strbuf *err)
{
	struct aws_client *c = client;
	json_t *patch = cc_patch(rt, prior, desired), *event = NULL, *in;
	char *text;
	int rc;

	*out = NULL;
	if (!json_array_size(patch)) {
		json_decref(patch);
		return read_written(c, rt, id, prior, desired, out, err);
	}
	text = json_dumps(patch, JSON_COMPACT);
	json_decref(patch);
	in = json_pack("{s:s, s:s, s:s}", "TypeName", cfn_type(rt), "Identifier", id,
		       "PatchDocument", text);
	free(text);
	rc = mutate(c, rt, "UpdateResource", in, NULL, &event, err);
	json_decref(in);
	if (rc)
		return -1;
	if (strcmp(event_status(event), "SUCCESS")) {
		event_error(rt, "UpdateResource", id, event, err);
		json_decref(event);
		return -1;
	}
	json_decref(event);
	return read_written(c, rt, id, prior, desired, out, err);
}

/* ---- delete ---- */

int cc_delete(const struct resource_type *rt, void *client, const char *id,
		     const json_t *prior, struct strbuf *err)
{
	static const char *const gone[] = { "ResourceNotFoundException", NULL };
	json_t *in = json_pack("{s:s, s:s}", "TypeName", cfn_type(rt), "Identifier", id);
	json_t *event = NULL;
	int rc = mutate(client, rt, "DeleteResource", in, gone, &event, err);

	(void)prior;
	json_decref(in);
	if (rc)
		return rc == 1 ? 0 : -1;
	if (strcmp(event_status(event), "SUCCESS") && strcmp(event_code(event), "NotFound")) {
		event_error(rt, "DeleteResource", id, event, err);
		rc = -1;
	}
	json_decref(event);
	return rc;
}

/* ---- list (sweep) ---- */

struct listing {
	const struct resource_type *rt;
	struct resource_items *out;
};

static int list_entry(void *ctx, const json_t *e, struct strbuf *err)
{
	struct listing *l = ctx;
	const json_t *schema = type_of(l->rt)->schema;
	const char *id = value_get_string(e, "Identifier");
	const char *text = value_get_string(e, "Properties");
	json_t *props = text ? json_loads(text, 0, NULL) : NULL;
	struct resource_item *item;
	bool is_list;
	const char *name;

	(void)err;
	if (!id)
		return 0;
	item = resource_items_add(l->out, id, NULL, 0);
	name = cc_tag_property(schema, &is_list);
	if (name && json_object_get(props, name)) {
		json_t *tags = json_object_get(props, name);
		item->tags = is_list ? aws_tag_map(tags, "Key", "Value") : json_deep_copy(tags);
	}
	json_decref(props);
	return 0;
}

int cc_list(const struct resource_type *rt, void *client, const struct resource_query *q,
		   struct resource_items *out, struct strbuf *err)
{
	struct listing l = { rt, out };
	const unsigned handlers = type_of(rt)->row->handlers;
	json_t *in;
	int rc;

	(void)q;
	if ((handlers & CC_HANDLERS_KNOWN) && !(handlers & CC_HANDLER_LIST)) {
		strbuf_addf(err, "%s: its objects cannot be found: the CloudFormation registry's "
			    "schema of %s lists no list handler, so Cloud Control cannot list "
			    "them (ListResources); what the state does not name is left: look for "
			    "it in the service's console or API", rt->name, cfn_type(rt));
		return -1;
	}
	in = json_pack("{s:s}", "TypeName", cfn_type(rt));
	rc = aws_json_pages(client, &aws_service_cloudcontrol, "ListResources", in, CC_MAX_PAGES,
			    list_entry, &l,
			    err);
	json_decref(in);
	if (rc)
		strbuf_prefixf(err, "%s: ", rt->name);
	return rc;
}

