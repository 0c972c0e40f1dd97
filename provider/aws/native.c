/*
 * native.c: the one driver of a native aws type's create and update (the
 * contract in native.h): create as send -> adopt -> converge -> read back,
 * update as read -> converge. The adopt policies are adopt.h's rules
 * (aws_adopt_check, aws_adopt_tagged, aws_adopt_read_back) chosen by the
 * type's declaration.
 */
#include "provider/aws/native.h"

#include <stdio.h>
#include <stdlib.h>


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

/* Read the object found there, `id`, into *found as the update reads it
 * (desired standing for the prior it has not); -1 with err when the read
 * fails or finds nothing. */
static int read_found(const struct aws_native_ops *ops, struct aws_client *c, const char *id,
		      const json_t *desired, const char *object, json_t **found,
		      struct strbuf *err)
{
	json_t *own = ops->update_shape_of ? ops->update_shape_of(desired, desired) : NULL;
	const json_t *shape = ops->update_shape_of ? own
						   : shape_of(ops->update_shape, desired, desired);
	int rc = aws_read_written(ops->read, c, id, shape, found, err,
				  "%s exists but its read does not find it", object);

	json_decref(own);
	return rc;
}

/*
 * The object the send found there (sent->id), weighed as ops->adopt says:
 * first whether an attempt of this create may have made it, then (settled,
 * when the type says how) read, then the evidence. 0 with *found (the
 * object as read, a new reference) when it is the create's own; -1 with
 * err set.
 */
static int adopt(const struct aws_native_ops *ops, struct aws_client *c,
		 const struct create_call *call, const struct aws_sent *sent,
		 const json_t *desired, time_t first_sent, json_t **found, struct strbuf *err)
{
	const struct aws_adopt_policy *p = &ops->adopt;
	bool may_exist = call && call->may_exist;
	struct strbuf object = STRBUF_INIT;
	const char *why = sent->why[0] ? sent->why : NULL;
	json_t *was_sent = NULL, *got = NULL;
	time_t created = 0;
	int rc = 0;

	*found = NULL;
	add_message(&object, p->object, sent->id);
	switch (p->by) {
	case AWS_ADOPT_BY_NAME_AND_TAGS:
	case AWS_ADOPT_BY_READ_BACK:
		rc = aws_adopt_check(may_exist, sent->attempts, p->noun, why, err, "%s", object.buf);
		break;
	case AWS_ADOPT_BY_MATCH:
		break; /* found by matching desired: the match is the evidence */
	case AWS_ADOPT_BY_SERVICE_TOKEN:
	case AWS_ADOPT_BY_OVERWRITE:
		strbuf_addf(err, "%s: the create's answer says it exists, which its %s rules "
			    "out", object.buf, p->by == AWS_ADOPT_BY_OVERWRITE ? "write" : "token");
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

int aws_native_create(const struct aws_native_ops *ops, void *client, const json_t *desired,
		      const struct create_call *call, char **id, json_t **out,
		      struct strbuf *err)
{
	struct aws_client *c = client;
	struct aws_sent sent = { 0 };
	json_t *found = NULL;
	time_t first_sent;
	int rc;

	*id = NULL;
	*out = NULL;
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
	if (!sent.exists) {
		/* made: converge what the create left out, else read it back */
		*id = sent.id;
		if (sent.out) {
			*out = sent.out;
			sent.out = NULL;
			rc = 0;
		} else if (sent.left_out && sent.have) {
			rc = ops->converge(c, *id, sent.have, desired, out, err);
		} else {
			/* read back; what the create left out converges from it */
			struct strbuf missing = STRBUF_INIT;
			json_t *have = NULL;

			add_message(&missing, ops->made_missing, *id);
			rc = aws_read_written(ops->read, c, *id,
					      shape_of(ops->created_shape, desired, desired),
					      sent.left_out ? &have : out, err, "%s", missing.buf);
			strbuf_release(&missing);
			if (!rc && sent.left_out)
				rc = ops->converge(c, *id, have, desired, out, err);
			json_decref(have);
		}
		json_decref(sent.have);
		json_decref(sent.out);
		return rc ? -1 : 0;
	}
	json_decref(sent.out);
	rc = adopt(ops, c, call, &sent, desired, first_sent, &found, err);
	json_decref(sent.have);
	if (rc) {
		free(sent.id);
		return -1;
	}
	*id = sent.id;
	rc = ops->converge(c, *id, found, desired, out, err);
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
	add_message(&gone, ops->gone, id);
	rc = aws_read_written(ops->read, client, id, shape, &have, err, "%s", gone.buf);
	strbuf_release(&gone);
	json_decref(own);
	if (!rc)
		rc = ops->converge(client, id, have, desired, out, err);
	json_decref(have);
	return rc ? -1 : 0;
}
