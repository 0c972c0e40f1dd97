/*
 * batch/api.c: the AWS Batch helpers of batch/api.h: the rest-json call, the
 * Describe* lookup of one object, the wait for VALID or gone, tags and the
 * sweep listing.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/batch/api.h"
#include "provider/aws/transport/transport.h"

/* POST /v1/<operation lower-cased> */
static void op_path(struct strbuf *path, const char *operation)
{
	strbuf_addstr(path, "/v1/");
	for (const char *p = operation; *p; p++)
		strbuf_addch(path, (char)tolower((unsigned char)*p));
}

int batch_call(struct aws_client *c, const char *operation, const json_t *in,
	       const char *const *codes, json_t **out, int *attempts, struct strbuf *err)
{
	struct strbuf path = STRBUF_INIT;
	int rc;

	op_path(&path, operation);
	rc = aws_rest_json_call_codes(c, &aws_service_batch, operation, "POST", path.buf, NULL, in,
				      codes, out, NULL, attempts, err);
	strbuf_release(&path);
	return rc;
}

int batch_pages(struct aws_client *c, const char *operation, const json_t *in,
		aws_json_page_fn each, void *ctx, struct strbuf *err)
{
	struct strbuf path = STRBUF_INIT;
	int rc;

	op_path(&path, operation);
	rc = aws_rest_json_paged(c, &aws_service_batch, operation, "POST", path.buf, NULL, in, NULL,
				 0,
				 each, ctx, err);
	strbuf_release(&path);
	return rc;
}

int batch_describe_one(struct aws_client *c, const struct batch_kind *k, const char *name,
		       json_t **found, struct strbuf *err)
{
	json_t *req = json_pack("{s:[s]}", k->list, name), *resp = NULL, *e;
	size_t i;
	int rc = batch_call(c, k->describe, req, NULL, &resp, NULL, err);

	json_decref(req);
	*found = NULL;
	if (rc) {
		json_decref(resp);
		return -1;
	}
	json_array_foreach(value_get(resp, k->list), i, e) {
		const char *status = value_get_string(e, "status");

		if (status && !strcmp(status, "DELETED"))
			continue;
		*found = json_incref(e);
		break;
	}
	json_decref(resp);
	return 0;
}

int batch_read(struct aws_client *c, const struct batch_kind *k, const char *name,
	       const json_t *prior, json_t *(*attributes)(const json_t *found, const json_t *prior),
	       json_t **out, struct strbuf *err)
{
	json_t *found = NULL;
	const char *status;

	*out = NULL;
	if (batch_describe_one(c, k, name, &found, err))
		return -1;
	if (!found)
		return 0;
	status = value_get_string(found, "status");
	if (!status || strcmp(status, "DELETING"))
		*out = attributes(found, prior);
	json_decref(found);
	return 0;
}

struct batch_wait_ctx {
	struct aws_client *c;
	const struct batch_kind *k;
	const char *name;
	bool gone;
};

int batch_wait_verdict(const struct batch_kind *k, const char *name, const json_t *found,
		       bool gone, struct strbuf *status, struct strbuf *err)
{
	const char *s = value_get_string(found, "status");

	if (!found) {
		if (gone)
			return 1;
		strbuf_addf(err, "batch %s %s disappeared while terrace waited for it to be VALID",
			    k->noun, name);
		return -1;
	}
	strbuf_addstr(status, s ? s : "");
	if (!gone && s && !strcmp(s, "VALID"))
		return 1;
	if (!gone && s && !strcmp(s, "INVALID")) {
		const char *why = value_get_string(found, "statusReason");

		strbuf_addf(err, "batch %s %s is INVALID: %s", k->noun, name,
			    why ? why : "Batch gives no reason");
		return -1;
	}
	return 0;
}

/* No row serves: Batch's describe is a POST naming a list, and the object is
 * the answer's first entry not DELETED (a row reads one path of a GET). */
static int batch_wait_check(void *ctx, struct strbuf *status, struct strbuf *err)
{
	struct batch_wait_ctx *w = ctx;
	json_t *found = NULL;
	int rc;

	if (batch_describe_one(w->c, w->k, w->name, &found, err))
		return -1;
	rc = batch_wait_verdict(w->k, w->name, found, w->gone, status, err);
	json_decref(found);
	return rc;
}

/* AWS Batch User Guide, "Compute environment" and "Job queues" (and the
 * API reference's CreateComputeEnvironment, UpdateComputeEnvironment,
 * DeleteComputeEnvironment, CreateJobQueue...): each answers at once while
 * the object is CREATING, UPDATING or DELETING, then VALID, INVALID or
 * gone; Terraform allows 10 minutes for each. */
static const struct aws_poll batch_poll = { .timeout_s = 600.0, .interval_s = 1.0 };

int batch_wait(struct aws_client *c, const struct batch_kind *k, const char *name, bool gone,
	       struct strbuf *err)
{
	struct batch_wait_ctx w = { c, k, name, gone };
	char *what = xasprintf("batch %s %s to be %s", k->noun, name, gone ? "deleted" : "VALID");
	int rc = aws_wait(what, batch_poll.timeout_s, batch_poll.interval_s, batch_wait_check, &w,
			  err);

	free(what);
	return rc;
}

int batch_send_create(struct aws_client *c, const struct batch_kind *k, const char *op,
		      const json_t *req, const char *name, struct aws_sent *sent,
		      struct strbuf *err)
{
	json_t *found = NULL;
	int rc;

	if (batch_describe_one(c, k, name, &found, err))
		return -1;
	if (found) {
		json_decref(found);
		found = NULL;
		sent->id = xstrdup(name);
		sent->exists = true;
		snprintf(sent->why, sizeof(sent->why), "it is already there");
		return 0;
	}
	rc = batch_call(c, op, req, NULL, NULL, &sent->attempts, err);
	if (rc && sent->attempts > 1) {
		/* Refused after a resend: the first attempt may have made it. */
		snprintf(sent->why, sizeof(sent->why), "batch %s: %s", op, err->buf);
		if (batch_describe_one(c, k, name, &found, err) == 0 && found) {
			strbuf_reset(err);
			sent->exists = true;
			rc = 0;
		}
		json_decref(found);
	}
	if (rc)
		return -1;
	sent->id = xstrdup(name);
	return 0;
}

int batch_delete(struct aws_client *c, const struct batch_kind *k, const char *update_op,
		 const char *delete_op, const char *id_param, const char *name,
		 struct strbuf *err)
{
	json_t *found = NULL, *req;
	const char *state;
	int rc = 0;

	if (batch_describe_one(c, k, name, &found, err))
		return -1;
	if (!found)
		return 0;
	state = value_get_string(found, "state");
	if (!state || strcmp(state, "DISABLED")) {
		req = json_pack("{s:s, s:s}", id_param, name, "state", "DISABLED");
		rc = batch_call(c, update_op, req, NULL, NULL, NULL, err);
		json_decref(req);
		if (!rc)
			rc = batch_wait(c, k, name, false, err);
	}
	json_decref(found);
	if (rc)
		return -1;
	req = json_pack("{s:s}", id_param, name);
	rc = batch_call(c, delete_op, req, NULL, NULL, NULL, err);
	json_decref(req);
	if (rc)
		return -1;
	return batch_wait(c, k, name, true, err);
}

int batch_sync_tags(struct aws_client *c, const char *arn, const json_t *have,
		    const json_t *want, struct strbuf *err)
{
	struct strbuf path = STRBUF_INIT;
	json_t *removed, *set, *k;
	size_t i;
	int rc = 0;

	/* The ARN is one label of /v1/tags/{resourceArn}: encoded whole, its '/' too. */
	strbuf_addstr(&path, "/v1/tags/");
	sigv4_uri_encode(&path, arn, strlen(arn), false);
	value_map_diff(have, want, &removed, &set);
	if (json_array_size(removed)) {
		struct strbuf query = STRBUF_INIT;

		json_array_foreach(removed, i, k) {
			if (query.len)
				strbuf_addch(&query, '&');
			strbuf_addstr(&query, "tagKeys=");
			sigv4_uri_encode(&query, json_string_value(k), json_string_length(k), false);
		}
		rc = aws_rest_json_call_encoded(c, &aws_service_batch, "UntagResource", "DELETE",
						path.buf, query.buf, NULL, NULL, NULL, NULL, NULL, err);
		strbuf_release(&query);
	}
	if (!rc && json_object_size(set)) {
		json_t *in = json_pack("{s:O}", "tags", set);

		rc = aws_rest_json_call_encoded(c, &aws_service_batch, "TagResource", "POST",
						path.buf,
						NULL, in, NULL, NULL, NULL, NULL, err);
		json_decref(in);
	}
	json_decref(removed);
	json_decref(set);
	strbuf_release(&path);
	return rc ? -1 : 0;
}

struct kind_listing {
	const struct batch_kind *k;
	struct resource_items *out;
};

/* A page of k's Describe*: its objects but the DELETED. */
static int list_page(void *ctx, const json_t *page, const json_t *results, struct strbuf *err)
{
	struct kind_listing *kl = ctx;
	json_t *e;
	size_t i;

	(void)results;
	(void)err;
	json_array_foreach(value_get(page, kl->k->list), i, e) {
		const char *name = value_get_string(e, kl->k->name_key);
		const char *status = value_get_string(e, "status");
		struct resource_item *item;

		if (!name || (status && !strcmp(status, "DELETED")))
			continue;
		item = resource_items_add(kl->out, name, name, 0);
		if (json_is_object(value_get(e, "tags")))
			item->tags = json_deep_copy(value_get(e, "tags"));
	}
	return 0;
}

int batch_list(struct aws_client *c, const struct batch_kind *k, struct resource_items *out,
	       struct strbuf *err)
{
	struct kind_listing kl = { k, out };
	json_t *req = json_object();
	int rc = batch_pages(c, k->describe, req, list_page, &kl, err);

	json_decref(req);
	return rc ? -1 : 0;
}
