/*
 * adopt.c: whether a create may adopt the object it found (and the
 * evidence it weighs: ownership tags, what reads back, when the object was
 * made), reading an object back after a write, the attributes creates
 * store, the check of a setting's allowed values, a start made once by
 * evidence, and the one driver of the create/update contract a type
 * declares: create as send -> adopt -> converge -> read back, update as
 * read -> converge (see adopt.h).
 */
#include "provider/aws/adopt.h"

#include <stdarg.h>
#include <stdio.h>


#include "provider/aws/transport/transport.h"
#include "provider/base/log.h"
#include "provider/base/encoding.h"

int aws_adopt_check(bool may_exist, int attempts, const char *noun, const char *why,
		    struct strbuf *err, const char *object_fmt, ...)
{
	va_list ap;

	if (may_exist || attempts > 1)
		return 0;
	va_start(ap, object_fmt);
	strbuf_vaddf(err, object_fmt, ap);
	va_end(ap);
	strbuf_addf(err, " already exists but is not in this state: import it or choose another %s",
		    noun);
	if (why)
		strbuf_addf(err, " (%s)", why);
	return -1;
}

int aws_adopt_tagged(const json_t *found, const json_t *desired, const char *noun,
		     struct strbuf *err, const char *object_fmt, ...)
{
	static const char *const owner[] = { "terrace:stack", "terrace:workspace", NULL };
	const json_t *have = json_object_get(found, "tags"), *want = json_object_get(desired, "tags");
	const char *stack = json_string_value(json_object_get(have, owner[0]));
	const char *ws = json_string_value(json_object_get(have, owner[1]));
	bool tagged = false, ours = true;
	va_list ap;

	for (size_t i = 0; owner[i]; i++) {
		const json_t *h = json_object_get(have, owner[i]), *w = json_object_get(want, owner[i]);

		if (!json_is_string(w))
			continue;
		tagged = tagged || json_is_string(h);
		if (!json_equal(h, w))
			ours = false;
	}
	if (ours)
		return 0;
	va_start(ap, object_fmt);
	strbuf_vaddf(err, object_fmt, ap);
	va_end(ap);
	if (tagged)
		strbuf_addf(err, " already exists and is stack \"%s\"'s (workspace \"%s\"), not "
			    "this one's: import it or choose another %s",
			    stack ? stack : "", ws ? ws : "", noun);
	else
		strbuf_addf(err, " already exists without this stack's tags (terrace:stack, "
			    "terrace:workspace), which its create sets, so no attempt of this "
			    "create made it: import it or choose another %s", noun);
	return -1;
}

bool aws_sent_reads_back(const json_t *sent, const json_t *got)
{
	const char *key;
	json_t *v;
	size_t i;

	/* AWS leaves empty collections out of its answers. */
	if (!got && (json_is_object(sent) || json_is_array(sent)))
		return json_is_object(sent) ? !json_object_size(sent) : !json_array_size(sent);
	if (json_is_object(sent)) {
		if (!json_is_object(got))
			return false;
		json_object_foreach((json_t *)sent, key, v)
			if (!aws_sent_reads_back(v, json_object_get(got, key)))
				return false;
		return true;
	}
	if (json_is_array(sent)) {
		if (!json_is_array(got) || json_array_size(sent) != json_array_size(got))
			return false;
		json_array_foreach(sent, i, v)
			if (!aws_sent_reads_back(v, json_array_get(got, i)))
				return false;
		return true;
	}
	if (json_is_number(sent))
		return json_is_number(got) && json_number_value(sent) == json_number_value(got);
	return json_equal(sent, got);
}

bool aws_created_since(time_t created, time_t first_sent)
{
	return !first_sent || created >= first_sent - AWS_CLOCK_SKEW_S;
}

/* err = "OBJECT already exists and no attempt of this create made it
 * (WHY): import it or choose another NOUN"; -1. */
static int refuse_unmade(const char *why, const char *noun, struct strbuf *err,
			 const char *object_fmt, va_list ap)
{
	strbuf_vaddf(err, object_fmt, ap);
	strbuf_addf(err, " already exists and no attempt of this create made it (%s): import it "
		    "or choose another %s", why, noun);
	return -1;
}

int aws_adopt_evidence(bool ours, const char *why, const char *noun, struct strbuf *err,
		       const char *object_fmt, ...)
{
	va_list ap;
	int rc;

	if (ours)
		return 0;
	va_start(ap, object_fmt);
	rc = refuse_unmade(why, noun, err, object_fmt, ap);
	va_end(ap);
	return rc;
}

int aws_adopt_read_back(const json_t *sent, const json_t *got, time_t created,
			time_t first_sent, const char *noun, struct strbuf *err,
			const char *object_fmt, ...)
{
	const char *why = NULL;
	va_list ap;

	if (!first_sent)
		return 0;
	if (!aws_sent_reads_back(sent, got))
		why = "what reads back differs from what this create sent";
	else if (!created)
		why = "the API does not say when it was created";
	else if (!aws_created_since(created, first_sent))
		why = "it was created before this create was sent";
	if (!why)
		return 0;
	va_start(ap, object_fmt);
	int rc = refuse_unmade(why, noun, err, object_fmt, ap);
	va_end(ap);
	return rc;
}

int aws_read_written(aws_read_fn read, void *client, const char *id, const json_t *prior,
		     json_t **out, struct strbuf *err, const char *missing_fmt, ...)
{
	va_list ap;

	if (read(client, id, prior, out, err))
		return -1;
	if (*out)
		return 0;
	va_start(ap, missing_fmt);
	strbuf_vaddf(err, missing_fmt, ap);
	va_end(ap);
	return -1;
}

json_t *aws_with_defaults(const struct attr_schema *attrs, const json_t *desired)
{
	json_t *o = json_deep_copy(desired);

	for (const struct attr_schema *a = attrs; a->name; a++) {
		json_t *d;

		if (value_is_set(json_object_get(o, a->name)))
			continue;
		d = schema_default(a);
		if (d)
			json_object_set_new(o, a->name, d);
	}
	return o;
}

const char *aws_create_token(const struct create_call *call, char own[33], const char *noun,
			     struct strbuf *err)
{
	const char *token = call ? call->token : NULL;

	if (token)
		return token;
	if (random_hex(16, own)) {
		strbuf_addf(err, "%s: no random bytes for the create's token", noun);
		return NULL;
	}
	return own;
}

/* Keep `answered` when given, else the first object carrying the token;
 * discard every other (made by one create sent twice: ours). *id gets the
 * one kept, or NULL when none carries the token. 0; -1 with err (*id then
 * still `answered`, which was made). */
static int adopt_tokened(const struct aws_tokened_create *k, const char *token,
			 const char *answered, char **id, struct strbuf *err)
{
	json_t *ids = NULL, *v;
	size_t i;
	int rc = 0;

	*id = answered ? xstrdup(answered) : NULL;
	if (k->find(k->ctx, token, &ids, err)) {
		strbuf_addf(err, " (%s: looking for what an earlier attempt of %s made)", k->type,
			    k->action);
		json_decref(ids);
		return -1;
	}
	json_array_foreach(ids, i, v) {
		const char *extra = json_string_value(v);

		if (!*id) {
			*id = xstrdup(extra);
			continue;
		}
		if (rc || !strcmp(extra, *id))
			continue;
		log_debugf("%s: %s made %s and %s (a create sent twice: both carry its token); "
			   "keeping %s, removing %s", k->type, k->action, *id, extra, *id, extra);
		rc = k->discard(k->ctx, extra, err);
		if (rc)
			strbuf_addf(err, " (%s: removing %s, a second object made by one %s)",
				    k->type, extra, k->action);
	}
	json_decref(ids);
	return rc;
}

int aws_create_tokened(const struct aws_tokened_create *k, const struct create_call *call,
		       char **id, struct strbuf *err)
{
	char own[33], *answered = NULL;
	const char *token = aws_create_token(call, own, k->type, err);
	int rc, attempts = 0;

	*id = NULL;
	if (!token)
		return -1;
	/* An earlier run's attempt may have made it. */
	if (call && call->may_exist) {
		if (adopt_tokened(k, token, NULL, id, err))
			return -1;
		if (*id) {
			log_debugf("%s: adopting %s, made by an earlier attempt of %s", k->type, *id,
				   k->action);
			return 0;
		}
	}
	rc = k->send(k->ctx, token, &answered, &attempts, err);
	if (rc == 0) {
		if (attempts <= 1) {
			*id = answered;
			return 0;
		}
		/* Sent more than once: an unanswered attempt may have made one too. */
		rc = adopt_tokened(k, token, answered, id, err);
		free(answered);
		return rc;
	}
	if (rc == 1) {
		/* A same-named object: ours only if it carries the token. */
		if (adopt_tokened(k, token, NULL, id, err))
			return -1;
		if (!*id) {
			strbuf_addstr(err, ": an object of that name exists and no attempt of this "
				      "create made it (it does not carry its token): import it or "
				      "choose another name");
			return -1;
		}
		strbuf_reset(err);
		return 0;
	}
	/* Failed: an attempt whose answer was lost may still have made it. */
	struct strbuf why = STRBUF_INIT;

	if (!adopt_tokened(k, token, NULL, &answered, &why) && answered) {
		log_debugf("%s: %s failed (%s) but an attempt of it made %s: adopting it", k->type,
			   k->action, err->buf, answered);
		strbuf_reset(err);
		*id = answered;
	} else {
		free(answered);
	}
	strbuf_release(&why);
	return *id ? 0 : -1;
}

int aws_start_once(const struct aws_start_once *s, struct strbuf *err)
{
	for (int sends = 1;; sends++) {
		struct strbuf send_err = STRBUF_INIT, find_err = STRBUF_INIT;
		bool unknown = false;
		int found;

		if (!s->send(s->ctx, &unknown, &send_err)) {
			strbuf_release(&send_err);
			return 0;
		}
		if (!unknown || sends >= AWS_START_SENDS) {
			strbuf_addstr(err, send_err.buf);
			if (unknown)
				strbuf_addf(err, "; sent %d times, each answer lost, and what the "
					    "first %d may have started not found", sends, sends - 1);
			strbuf_release(&send_err);
			return -1;
		}
		log_debugf("%s; looking for what it started", send_err.buf);
		found = s->find(s->ctx, &find_err);
		if (found < 0)
			strbuf_addf(err, "%s; looking for what it may have started: %s", send_err.buf,
				    find_err.buf);
		strbuf_release(&send_err);
		strbuf_release(&find_err);
		if (found)
			return found > 0 ? 0 : -1;
	}
}

/* ---- the create/update contract (adopt.h: struct aws_native_ops) ---- */

/* A message of the type's, with one %s for the id, appended to err. */
static void add_message(struct strbuf *err, const char *fmt, const char *id)
{
	strbuf_addf(err, fmt, id);
}

/* The prior a read takes, as `shape` says (borrowed). */
static const json_t *shape_of(enum aws_read_shape shape, const json_t *prior,
			      const json_t *desired)
{
	switch (shape) {
	case AWS_SHAPE_DESIRED:
		return desired;
	case AWS_SHAPE_PRIOR:
		return prior;
	case AWS_SHAPE_NONE:
		break;
	}
	return NULL;
}

/* The read of an object the driver knows is there (made, adopted, in the
 * state): the type's read_there when it declares one, else its read. */
static aws_read_fn read_there(const struct aws_native_ops *ops)
{
	return ops->read_there ? ops->read_there : ops->read;
}

int aws_converge_nothing(struct aws_client *c, const char *id, const json_t *have,
			 const json_t *desired, json_t **out, struct strbuf *err)
{
	(void)c, (void)id, (void)desired, (void)err;
	*out = json_deep_copy(have);
	return 0;
}

/* The type's converge, given prior when it declares converge_prior (NULL:
 * a create's). */
static int run_converge(const struct aws_native_ops *ops, struct aws_client *c, const char *id,
			const json_t *have, const json_t *desired, const json_t *prior,
			json_t **out, struct strbuf *err)
{
	if (ops->converge_prior)
		return ops->converge_prior(c, id, have, desired, prior, out, err);
	return ops->converge(c, id, have, desired, out, err);
}

/* Read the object found there, `id`, into *found as the update reads it
 * (desired standing for the prior it has not; a type's update_shape_of is
 * given no prior, NULL: the state has no record of the object); -1 with
 * err when the read fails or finds nothing. */
static int read_found(const struct aws_native_ops *ops, struct aws_client *c, const char *id,
		      const json_t *desired, const char *object, json_t **found,
		      struct strbuf *err)
{
	json_t *own = ops->update_shape_of ? ops->update_shape_of(NULL, desired) : NULL;
	const json_t *shape = ops->update_shape_of ? own
						   : shape_of(ops->update_shape, desired, desired);
	int rc = aws_read_written(read_there(ops), c, id, shape, found, err,
				  "%s exists but its read does not find it", object);

	json_decref(own);
	return rc;
}

/* AWS_ADOPT_BY_LATER_TAGS: the found object's tags (p->tags) are this
 * stack's, or, with no ownership tags, the type's evidence says an attempt
 * of this create made it (p->untagged, given first_sent). 0 when ours; -1
 * with err set. */
static int later_tags_say_ours(const struct aws_adopt_policy *p, struct aws_client *c,
			       const char *id, const json_t *desired, const char *object,
			       time_t first_sent, struct strbuf *err)
{
	json_t *tags = NULL, *found;
	int rc;

	if (p->tags(c, id, &tags, err))
		return -1;
	if (!json_object_get(tags, "terrace:stack") && !json_object_get(tags, "terrace:workspace")) {
		json_decref(tags);
		return p->untagged(c, id, object, first_sent, err) ? -1 : 0;
	}
	found = json_pack("{s:o}", "tags", tags);
	rc = aws_adopt_tagged(found, desired, p->noun, err, "%s", object);
	json_decref(found);
	return rc;
}

/*
 * The object the send found there (sent->id), weighed as ops->adopt says:
 * first whether an attempt of this create may have made it, then (located
 * and settled, when the type says how: sent->id becomes the located id)
 * read, then the evidence. 0 with *found (the object as read, a new
 * reference) when it is the create's own; -1 with err set, *kept when
 * the policy had made it the create's before what failed (its read).
 */
static int adopt(const struct aws_native_ops *ops, struct aws_client *c,
		 const struct create_call *call, struct aws_sent *sent,
		 const json_t *desired, time_t first_sent, json_t **found, bool *kept,
		 struct strbuf *err)
{
	const struct aws_adopt_policy *p = &ops->adopt;
	bool may_exist = call && call->may_exist;
	struct strbuf object = STRBUF_INIT;
	const char *why = sent->why[0] ? sent->why : NULL;
	json_t *was_sent = NULL, *got = NULL;
	time_t created = 0;
	int rc = 0;

	*found = NULL;
	add_message(&object, p->object, sent->named[0] ? sent->named : sent->id);
	switch (p->by) {
	case AWS_ADOPT_BY_NAME_AND_TAGS:
	case AWS_ADOPT_BY_READ_BACK:
	case AWS_ADOPT_BY_LATER_TAGS:
		rc = aws_adopt_check(may_exist, sent->attempts, p->noun, why, err, "%s", object.buf);
		break;
	case AWS_ADOPT_BY_MATCH:
		break; /* found by matching desired: the match is the evidence */
	case AWS_ADOPT_BY_SERVICE_TOKEN:
	case AWS_ADOPT_BY_CREATE_TOKEN: /* never here: create_by_token adopts */
	case AWS_ADOPT_BY_OVERWRITE:
	case AWS_ADOPT_BY_NEW_REVISION:
		strbuf_addf(err, "%s: the create's answer says it exists, which its %s rules "
			    "out", object.buf, p->by == AWS_ADOPT_BY_OVERWRITE ? "write"
			    : p->by == AWS_ADOPT_BY_NEW_REVISION ? "new revision" : "token");
		rc = -1;
		break;
	}
	if (!rc && p->by == AWS_ADOPT_BY_READ_BACK) {
		rc = p->evidence(c, sent->id, desired, sent->have, &was_sent, &got, &created, err);
		if (rc == 1) {
			strbuf_addf(err, "%s: the create said it exists, then its read that it does "
				    "not: apply again", object.buf);
			rc = -1;
		}
		if (!rc && p->differs)
			rc = aws_adopt_evidence(aws_sent_reads_back(was_sent, got), p->differs,
						p->noun, err, "%s", object.buf);
		else if (!rc)
			rc = aws_adopt_read_back(was_sent, got, created, may_exist ? 0 : first_sent,
						 p->noun, err, "%s", object.buf);
	}
	if (!rc && p->by == AWS_ADOPT_BY_LATER_TAGS)
		rc = later_tags_say_ours(p, c, sent->id, desired, object.buf,
					 may_exist ? 0 : first_sent, err);
	/* ours before it is read: a read that fails keeps it */
	*kept = !rc && p->by == AWS_ADOPT_BY_LATER_TAGS;
	/* found by what the answer names, kept by the type's own id */
	if (!rc && p->locate) {
		char *located = NULL;

		rc = p->locate(c, desired, sent->id, &located, err);
		if (!rc) {
			free(sent->id);
			sent->id = located;
		}
	}
	/* one still being made may not take changes yet: settled before it is read */
	if (!rc && p->settle)
		rc = p->settle(c, sent->id, err);
	if (!rc && sent->have && !p->settle)
		*found = json_incref(sent->have);
	else if (!rc)
		rc = read_found(ops, c, sent->id, desired, object.buf, found, err);
	if (!rc && p->refuse)
		rc = p->refuse(*found, desired, err);
	if (!rc && p->by == AWS_ADOPT_BY_NAME_AND_TAGS)
		rc = aws_adopt_tagged(*found, desired, p->noun, err, "%s", object.buf);
	json_decref(was_sent);
	json_decref(got);
	strbuf_release(&object);
	if (rc) {
		json_decref(*found);
		*found = NULL;
		return -1;
	}
	return 0;
}

/* The object the send made (sent->id, which *id holds already): stored as
 * the send read it, converged from what it read when the create left some
 * out, else read back (and converged when it left some out). Frees what
 * sent holds but its id. */
static int made(const struct aws_native_ops *ops, struct aws_client *c, const json_t *desired,
		struct aws_sent *sent, json_t **out, struct strbuf *err)
{
	const char *id = sent->id;
	int rc;

	if (sent->out) {
		*out = sent->out;
		sent->out = NULL;
		rc = 0;
	} else if (sent->left_out && sent->have) {
		rc = run_converge(ops, c, id, sent->have, desired, NULL, out, err);
	} else {
		/* read back; what the create left out converges from it */
		struct strbuf missing = STRBUF_INIT;
		json_t *have = NULL;

		add_message(&missing, ops->made_missing, id);
		rc = aws_read_written(read_there(ops), c, id,
				      shape_of(ops->created_shape, desired, desired),
				      sent->left_out ? &have : out, err, "%s", missing.buf);
		strbuf_release(&missing);
		if (!rc && sent->left_out)
			rc = run_converge(ops, c, id, have, desired, NULL, out, err);
		json_decref(have);
	}
	json_decref(sent->have);
	json_decref(sent->out);
	sent->have = sent->out = NULL;
	return rc ? -1 : 0;
}

/* One create by token under way: aws_create_tokened's ctx. */
struct by_token {
	const struct aws_native_ops *ops;
	struct aws_client *c;
	const json_t *desired;
	const struct create_call *call;
	struct aws_sent sent; /* the last send's */
	bool answered;        /* it answered what it made */
};

static int by_token_send(void *ctx, const char *token, char **answered, int *attempts,
			 struct strbuf *err)
{
	struct by_token *t = ctx;
	struct aws_sent *s = &t->sent;

	free(s->id);
	json_decref(s->have);
	json_decref(s->out);
	memset(s, 0, sizeof(*s));
	t->answered = false;
	s->token = token;
	if (t->ops->send_create(t->c, t->desired, t->call, s, err))
		return -1;
	*attempts = s->attempts;
	if (s->exists) {
		strbuf_addstr(err, s->why[0] ? s->why : "the create's answer says it exists");
		return 1;
	}
	if (!s->id) {
		strbuf_addstr(err, "the create's send named no object it made");
		return -1;
	}
	*answered = xstrdup(s->id);
	t->answered = true;
	return 0;
}

static int by_token_find(void *ctx, const char *token, json_t **ids, struct strbuf *err)
{
	struct by_token *t = ctx;

	return t->ops->adopt.find_made(t->c, t->desired, token, ids, err);
}

static int by_token_discard(void *ctx, const char *id, struct strbuf *err)
{
	struct by_token *t = ctx;

	return t->ops->adopt.discard(t->c, id, NULL, err);
}

/*
 * AWS_ADOPT_BY_CREATE_TOKEN: the send run through aws_create_tokened, and
 * what it keeps settled (the policy's settle, when given). What this run's
 * send made and answered is stored as made() says; what an attempt made
 * and the token found (an earlier run's, an unanswered one's) is adopted:
 * read as the update reads it, then converged.
 */
static int create_by_token(const struct aws_native_ops *ops, struct aws_client *c,
			   const json_t *desired, const struct create_call *call, char **id,
			   json_t **out, struct strbuf *err)
{
	struct by_token t = { ops, c, desired, call, { 0 }, false };
	const struct aws_tokened_create k = { ops->adopt.type, ops->adopt.action,
					      by_token_send, by_token_find, by_token_discard,
					      &t };
	struct strbuf object = STRBUF_INIT;
	json_t *found = NULL;
	int rc = aws_create_tokened(&k, call, id, err);

	if (!*id && t.sent.id && !t.sent.exists && rc) /* the send made it, then failed */
		*id = xstrdup(t.sent.id);
	create_call_made(call, *id);
	/* what it keeps, answered or found, settled before it is read (a NAT
	 * gateway until available): a settle that fails keeps the id */
	if (!rc && ops->adopt.settle)
		rc = ops->adopt.settle(c, *id, err);
	if (rc) {
		free(t.sent.id);
		json_decref(t.sent.have);
		json_decref(t.sent.out);
		return -1;
	}
	if (t.answered && !strcmp(t.sent.id, *id)) {
		free(t.sent.id);
		t.sent.id = *id;
		return made(ops, c, desired, &t.sent, out, err);
	}
	free(t.sent.id);
	json_decref(t.sent.have);
	json_decref(t.sent.out);
	add_message(&object, ops->adopt.object, *id);
	rc = read_found(ops, c, *id, desired, object.buf, &found, err);
	strbuf_release(&object);
	if (!rc)
		rc = run_converge(ops, c, *id, found, desired, NULL, out, err);
	json_decref(found);
	return rc ? -1 : 0;
}

int aws_sent_from_call(struct aws_sent *sent, int rc, const char *name, const char *why, ...)
{
	va_list ap;

	if (rc < 0)
		return -1;
	sent->id = xstrdup(name);
	if (rc == 1) {
		sent->exists = true;
		va_start(ap, why);
		vsnprintf(sent->why, sizeof(sent->why), why, ap);
		va_end(ap);
	}
	return rc;
}

int aws_native_create(const struct aws_native_ops *ops, void *client, const json_t *desired,
		      const struct create_call *call, char **id, json_t **out,
		      struct strbuf *err)
{
	struct aws_client *c = client;
	struct aws_sent sent = { 0 };
	json_t *found = NULL;
	bool kept = false;
	time_t first_sent;
	int rc;

	*id = NULL;
	*out = NULL;
	if (ops->adopt.by == AWS_ADOPT_BY_CREATE_TOKEN)
		return create_by_token(ops, c, desired, call, id, out, err);
	/* A retried create of an object nothing names looks before it sends. */
	if (ops->adopt.by == AWS_ADOPT_BY_MATCH && call && call->may_exist) {
		if (ops->adopt.find(c, desired, &sent.id, err))
			return -1;
		sent.exists = sent.id != NULL;
	}
	first_sent = time(NULL);
	if (!sent.exists && ops->send_create(c, desired, call, &sent, err)) {
		*id = sent.id;
		json_decref(sent.have);
		json_decref(sent.out);
		return -1;
	}
	if (!sent.exists && !sent.id && !sent.out) {
		strbuf_addstr(err, "the create's send named no object it made");
		json_decref(sent.have);
		return -1;
	}
	if (!sent.exists) {
		*id = sent.id;
		return made(ops, c, desired, &sent, out, err);
	}
	json_decref(sent.out);
	rc = adopt(ops, c, call, &sent, desired, first_sent, &found, &kept, err);
	json_decref(sent.have);
	if (rc && kept) {
		*id = sent.id; /* the core keeps tracking what the create adopted */
		return -1;
	}
	if (rc) {
		free(sent.id);
		return -1;
	}
	*id = sent.id;
	rc = run_converge(ops, c, *id, found, desired, NULL, out, err);
	json_decref(found);
	return rc ? -1 : 0;
}

int aws_native_update(const struct aws_native_ops *ops, void *client, const char *id,
		      const json_t *prior, const json_t *desired, json_t **out,
		      struct strbuf *err)
{
	json_t *own = ops->update_shape_of ? ops->update_shape_of(prior, desired) : NULL;
	const json_t *shape = ops->update_shape_of ? own
						   : shape_of(ops->update_shape, prior, desired);
	struct strbuf gone = STRBUF_INIT;
	json_t *have = NULL;
	int rc;

	*out = NULL;
	if (ops->settle_update && ops->settle_update(client, id, err)) {
		json_decref(own);
		return -1;
	}
	add_message(&gone, ops->gone, id);
	rc = aws_read_written(read_there(ops), client, id, shape, &have, err, "%s", gone.buf);
	strbuf_release(&gone);
	json_decref(own);
	if (!rc)
		rc = run_converge(ops, client, id, have, desired, prior, out, err);
	json_decref(have);
	return rc ? -1 : 0;
}
