/*
 * kms/key.c: the resource type aws.kms.key, a customer-managed KMS key with
 * its description, usage, spec, key policy, rotation, enabled state and
 * tags, over KMS's json protocol (its target prefix and JSON version:
 * services.def's row). Its id is the key id AWS assigns.
 *
 * CreateKey has no name and no idempotency token, so a create sent twice
 * makes two keys: each create carries the engine's create token as the tag
 * KMS_TOKEN_TAG in CreateKey's Tags, and a retried create (may_exist), one
 * the transport had to resend, or one whose call failed finds the keys that
 * carry the token (ListKeys, ListResourceTags), adopts one (the answered one
 * when there is an answer) and schedules the others' deletion. The tag
 * stays on the key and is left out of the tags read back.
 *
 * AWS never deletes a key at once: destroy schedules its deletion after
 * deletion_window_in_days (7 to 30, CONFIG_ONLY: AWS keeps no such setting)
 * and says when (aws_client_note_for_user: a warning of the destroy); a key
 * pending deletion reads as gone. The policy is AWS's default key policy
 * when the stack sets none (optional and computed).
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/resources.h"
#include "provider/aws/tags.h"
#include "provider/aws/transport/transport.h"
#include "provider/aws/kms/api.h"
#include "provider/base/log.h"
#include "provider/base/progress.h"
#include "provider/provider.h"

#define KEY_TYPE "aws.kms.key"
#define KMS_TOKEN_TAG "terrace:create-token"

static const char *const not_found[] = { "NotFoundException", NULL };

static const struct aws_json_tagging kms_tagging = {
	.service = &aws_service_kms, .arn_param = "KeyId",
	.list_op = "ListResourceTags", .list_member = "Tags", .add_member = "Tags",
	.remove_member = "TagKeys", .key = "TagKey", .value = "TagValue",
};

static const struct attr_schema key_attrs[] = {
	{ .name = "description", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "what the key protects, e.g. the retail lake's buckets",
	  .default_json = "\"\"" },
	{ .name = "key_usage", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "ENCRYPT_DECRYPT, SIGN_VERIFY, GENERATE_VERIFY_MAC or KEY_AGREEMENT",
	  .default_json = "\"ENCRYPT_DECRYPT\"" },
	{ .name = "customer_master_key_spec", .type = ATTR_STRING,
	  .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "the key's spec (sent as KeySpec): SYMMETRIC_DEFAULT, RSA_2048, "
			 "ECC_NIST_P256, HMAC_256, ...",
	  .default_json = "\"SYMMETRIC_DEFAULT\"" },
	{ .name = "policy", .type = ATTR_JSON, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "the key policy document; unset: AWS's default policy, which "
			 "gives the account's IAM policies access" },
	{ .name = "enable_key_rotation", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "rotate the key material every year (symmetric keys only)",
	  .default_json = "false" },
	{ .name = "is_enabled", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "whether the key may be used", .default_json = "true" },
	{ .name = "multi_region", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "a multi-Region primary key", .default_json = "false" },
	{ .name = "deletion_window_in_days", .type = ATTR_NUMBER,
	  .flags = ATTR_OPTIONAL | ATTR_CONFIG_ONLY,
	  .description = "on destroy, days before AWS deletes the key (7 to 30): destroy "
			 "schedules the deletion", .default_json = "30" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "key tags", .default_json = "{}" },
	{ .name = "key_id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the key's id, e.g. 1234abcd-12ab-34cd-56ef-1234567890ab" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "arn:aws:kms:REGION:ACCOUNT:key/KEY_ID" },
	{ .name = NULL },
};

/* The member `name` of o as a bool, or fallback when it is no bool. */
static bool get_bool(const json_t *o, const char *name, bool fallback)
{
	json_t *v = value_get(o, name);

	return json_is_boolean(v) ? json_is_true(v) : fallback;
}

/* DescribeKey's KeyMetadata: 0 with *md, 1 when there is no such key or it
 * is pending deletion, -1 on error. */
static int describe_key(struct aws_client *c, const char *id, json_t **md, struct strbuf *err)
{
	json_t *req = json_pack("{s:s}", "KeyId", id), *resp = NULL;
	const char *state;
	int rc = kms_call(c, "DescribeKey", req, not_found, &resp, NULL, err);

	json_decref(req);
	*md = NULL;
	if (rc) {
		json_decref(resp);
		return rc < 0 ? -1 : 1;
	}
	*md = json_incref(value_get(resp, "KeyMetadata"));
	json_decref(resp);
	state = value_get_string(*md, "KeyState");
	if (!*md || (state && (!strcmp(state, "PendingDeletion") ||
			       !strcmp(state, "PendingReplicaDeletion"))))
		return 1;
	return 0;
}

/* The key's tags, KMS_TOKEN_TAG left out: 0 with *tags, -1. */
static int key_tags(struct aws_client *c, const char *id, json_t **tags, struct strbuf *err)
{
	if (aws_json_read_tags(c, &kms_tagging, id, tags, err))
		return -1;
	json_object_del(*tags, KMS_TOKEN_TAG);
	return 0;
}

static int key_read(void *client, const char *id, const json_t *prior, json_t **out,
		    struct strbuf *err)
{
	struct aws_client *c = client;
	json_t *md = NULL, *req, *resp = NULL, *o, *tags = NULL;
	const char *spec, *s;
	bool symmetric;
	int rc;

	(void)prior;
	*out = NULL;
	rc = describe_key(c, id, &md, err);
	if (rc) {
		json_decref(md);
		return rc < 0 ? -1 : 0;
	}
	o = json_object();
	json_object_set_new(o, "key_id", json_string(value_get_string_or(md, "KeyId", id)));
	if ((s = value_get_string(md, "Arn")))
		json_object_set_new(o, "arn", json_string(s));
	s = value_get_string(md, "Description");
	json_object_set_new(o, "description", json_string(s ? s : ""));
	s = value_get_string(md, "KeyUsage");
	json_object_set_new(o, "key_usage", json_string(s ? s : "ENCRYPT_DECRYPT"));
	spec = value_get_string(md, "KeySpec");
	if (!spec)
		spec = value_get_string(md, "CustomerMasterKeySpec");
	if (!spec)
		spec = "SYMMETRIC_DEFAULT";
	json_object_set_new(o, "customer_master_key_spec", json_string(spec));
	symmetric = !strcmp(spec, "SYMMETRIC_DEFAULT");
	json_object_set_new(o, "is_enabled", json_boolean(get_bool(md, "Enabled", true)));
	json_object_set_new(o, "multi_region",
			    json_boolean(get_bool(md, "MultiRegion", false)));
	json_decref(md);

	req = json_pack("{s:s, s:s}", "KeyId", id, "PolicyName", "default");
	rc = kms_call(c, "GetKeyPolicy", req, NULL, &resp, NULL, err);
	json_decref(req);
	if (!rc && (s = value_get_string(resp, "Policy"))) {
		json_t *doc = json_loads(s, 0, NULL);

		if (doc)
			json_object_set_new(o, "policy", doc);
	}
	json_decref(resp);
	resp = NULL;
	/* Rotation exists for symmetric encryption keys only. */
	if (!rc && symmetric) {
		req = json_pack("{s:s}", "KeyId", id);
		rc = kms_call(c, "GetKeyRotationStatus", req, NULL, &resp, NULL, err);
		json_decref(req);
		if (!rc)
			json_object_set_new(o, "enable_key_rotation",
					    json_boolean(get_bool(resp, "KeyRotationEnabled",
									false)));
		json_decref(resp);
	} else if (!rc) {
		json_object_set_new(o, "enable_key_rotation", json_false());
	}
	if (!rc)
		rc = key_tags(c, id, &tags, err);
	if (rc) {
		json_decref(o);
		return -1;
	}
	json_object_set_new(o, "tags", tags);
	*out = o;
	return 0;
}

/* ScheduleKeyDeletion after `days`: 0 (also when the key is gone or already
 * pending deletion), -1. *when, when asked for, gets AWS's DeletionDate. */
static int schedule_deletion(struct aws_client *c, const char *id, json_int_t days,
			     char **when, struct strbuf *err)
{
	static const char *const gone[] = { "NotFoundException", "KMSInvalidStateException",
					    NULL };
	json_t *req = json_pack("{s:s, s:I}", "KeyId", id, "PendingWindowInDays", days);
	json_t *resp = NULL;
	int rc = kms_call(c, "ScheduleKeyDeletion", req, gone, &resp, NULL, err);

	json_decref(req);
	if (when)
		*when = NULL;
	if (rc == 1) {
		/* Refused for its state: fine when it is pending deletion already. */
		json_t *md = NULL;
		int drc = describe_key(c, id, &md, err);

		json_decref(md);
		json_decref(resp);
		if (drc == 0) {
			strbuf_addf(err, "kms ScheduleKeyDeletion: key %s is in a state that cannot "
				    "be scheduled for deletion", id);
			return -1;
		}
		return drc < 0 ? -1 : 0;
	}
	if (rc == 0 && when) {
		time_t t = aws_time_of(value_get(resp, "DeletionDate"));
		char buf[32];

		if (t && strftime(buf, sizeof(buf), "%Y-%m-%dT%H:%M:%SZ", gmtime(&t)))
			*when = xstrdup(buf);
	}
	json_decref(resp);
	return rc ? -1 : 0;
}

struct key_walk {
	int (*each)(void *ctx, const char *id, struct strbuf *err);
	void *ctx;
};

/* A page of ListKeys: each key's id to each(). */
static int key_page(void *ctx, const json_t *page, const json_t *keys, struct strbuf *err)
{
	struct key_walk *kw = ctx;
	const json_t *k;
	size_t i;

	(void)page;
	json_array_foreach(keys, i, k) {
		const char *id = value_get_string(k, "KeyId");

		if (id && kw->each(kw->ctx, id, err))
			return -1;
	}
	return 0;
}

/* Every key ListKeys gives, page after page as its paginator says (Marker
 * from NextMarker while Truncated): each(ctx, key id) returns 0 to go on,
 * -1 with err set to stop. 0 or -1. */
static int key_pages(struct aws_client *c, int (*each)(void *ctx, const char *id,
						       struct strbuf *err),
		     void *ctx, struct strbuf *err)
{
	struct key_walk kw = { each, ctx };
	json_t *req = json_object();
	int rc = aws_json_paged(c, &aws_service_kms, "ListKeys",
				req, NULL, 0, key_page, &kw, err);

	json_decref(req);
	return rc ? -1 : 0;
}

struct token_search {
	struct aws_client *c;
	const char *token;
	json_t *ids;
};

/* A key carrying the token and not pending deletion joins ts->ids. */
static int key_tokened(void *ctx, const char *id, struct strbuf *err)
{
	struct token_search *ts = ctx;
	json_t *tags = NULL, *md = NULL;
	const char *t;
	int rc = 0;

	/* Another's key may refuse its tags to us: not ours. */
	if (aws_json_read_tags(ts->c, &kms_tagging, id, &tags, err)) {
		strbuf_reset(err);
		return 0;
	}
	t = value_get_string(tags, KMS_TOKEN_TAG);
	if (t && !strcmp(t, ts->token)) {
		rc = describe_key(ts->c, id, &md, err);
		if (rc == 0)
			json_array_append_new(ts->ids, json_string(id));
		json_decref(md);
	}
	json_decref(tags);
	return rc < 0 ? -1 : 0;
}

/* Each key carrying KMS_TOKEN_TAG = token and not pending deletion: its id
 * appended to *ids (a new list). 0 or -1. */
static int tokened_keys(struct aws_client *c, const char *token, json_t **ids,
			struct strbuf *err)
{
	struct token_search ts = { c, token, json_array() };
	int rc = key_pages(c, key_tokened, &ts, err);

	*ids = ts.ids;
	return rc;
}

/* From `have` (the key as key_read gives it), bring description, policy,
 * rotation, enabled state and tags of key `id` to desired (each only when it
 * differs), then read it back (aws_converge_fn). */
static int key_converge(struct aws_client *c, const char *id, const json_t *have,
			const json_t *desired, json_t **out, struct strbuf *err)
{
	json_t *req, *want_tags = value_get(desired, "tags");
	const json_t *policy = value_get(desired, "policy");
	const char *desc = value_get_string(desired, "description");
	bool rotate = get_bool(desired, "enable_key_rotation", false);
	bool enabled = get_bool(desired, "is_enabled", true);
	int rc = 0;

	*out = NULL;
	if (strcmp(desc ? desc : "", value_get_string_or(have, "description", ""))) {
		req = json_pack("{s:s, s:s}", "KeyId", id, "Description", desc ? desc : "");
		rc = kms_call(c, "UpdateKeyDescription", req, NULL, NULL, NULL, err);
		json_decref(req);
	}
	if (!rc && value_is_set(policy) && !json_equal((json_t *)policy, value_get(have, "policy"))) {
		char *text = json_dumps(policy, JSON_COMPACT);

		req = json_pack("{s:s, s:s, s:s}", "KeyId", id, "PolicyName", "default", "Policy",
				text ? text : "");
		free(text);
		rc = kms_call(c, "PutKeyPolicy", req, NULL, NULL, NULL, err);
		json_decref(req);
	}
	if (!rc && enabled != get_bool(have, "is_enabled", true)) {
		req = json_pack("{s:s}", "KeyId", id);
		rc = kms_call(c, enabled ? "EnableKey" : "DisableKey", req, NULL, NULL, NULL, err);
		json_decref(req);
	}
	if (!rc && rotate != get_bool(have, "enable_key_rotation", false)) {
		req = json_pack("{s:s}", "KeyId", id);
		rc = kms_call(c, rotate ? "EnableKeyRotation" : "DisableKeyRotation", req, NULL, NULL, NULL, err);
		json_decref(req);
	}
	if (!rc)
		rc = aws_json_sync_tags(c, &kms_tagging, id, value_get(have, "tags"),
					want_tags, err);
	if (rc)
		return -1;
	return aws_read_written(key_read, c, id, desired, out, err,
				KEY_TYPE ": key %s was written but DescribeKey does not find it", id);
}

/* CreateKey from desired, carrying the create's token (aws_sent.token) as
 * the tag KMS_TOKEN_TAG; what it cannot carry (enabled state, rotation) is
 * converge's (left_out). */
static int key_send(struct aws_client *c, const json_t *desired, const struct create_call *call,
		    struct aws_sent *sent, struct strbuf *err)
{
	const char *desc = value_get_string(desired, "description");
	const char *usage = value_get_string(desired, "key_usage");
	const char *spec = value_get_string(desired, "customer_master_key_spec");
	const json_t *policy = value_get(desired, "policy"), *tags = value_get(desired, "tags");
	json_t *req = json_object(), *with_token, *resp = NULL;
	const char *made;
	int rc;

	if (desc && *desc)
		json_object_set_new(req, "Description", json_string(desc));
	json_object_set_new(req, "KeyUsage", json_string(usage ? usage : "ENCRYPT_DECRYPT"));
	json_object_set_new(req, "KeySpec", json_string(spec ? spec : "SYMMETRIC_DEFAULT"));
	if (value_is_set(policy)) {
		char *text = json_dumps(policy, JSON_COMPACT);

		json_object_set_new(req, "Policy", json_string(text ? text : ""));
		free(text);
	}
	if (get_bool(desired, "multi_region", false))
		json_object_set_new(req, "MultiRegion", json_true());
	with_token = json_is_object(tags) ? json_copy((json_t *)tags) : json_object();
	json_object_set_new(with_token, KMS_TOKEN_TAG, json_string(sent->token));
	json_object_set_new(req, "Tags", aws_tag_list(with_token, "TagKey", "TagValue"));
	json_decref(with_token);
	(void)call;
	rc = kms_call(c, "CreateKey", req, NULL, &resp, &sent->attempts, err);
	json_decref(req);
	made = rc ? NULL : value_get_string(value_get(resp, "KeyMetadata"), "KeyId");
	if (!rc && !made) {
		strbuf_addstr(err, "kms CreateKey: the answer has no KeyMetadata.KeyId");
		rc = -1;
	}
	sent->id = made ? xstrdup(made) : NULL;
	sent->left_out = true;
	json_decref(resp);
	if (!rc)
		aws_client_note_made(c, sent->id);
	return rc ? -1 : 0;
}

/* What an attempt of this create made: the keys carrying its token. */
static int key_find_made(struct aws_client *c, const json_t *desired, const char *token,
			 json_t **ids, struct strbuf *err)
{
	(void)desired;
	return tokened_keys(c, token, ids, err);
}

/* A second key made by one CreateKey sent twice: its deletion scheduled. */
static int key_discard(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	(void)prior;
	return schedule_deletion(client, id, 7, NULL, err);
}

static const struct aws_native_ops key_native = {
	.send_create = key_send,
	.adopt = { .by = AWS_ADOPT_BY_CREATE_TOKEN, .noun = "key",
		   .object = KEY_TYPE ": key %s", .type = KEY_TYPE, .action = "CreateKey",
		   .find_made = key_find_made, .discard = key_discard },
	.converge = key_converge,
	.read = key_read,
	.created_shape = AWS_SHAPE_NONE,
	.update_shape = AWS_SHAPE_NONE,
	.made_missing = KEY_TYPE ": key %s was written but DescribeKey does not find it",
	.gone = KEY_TYPE ": key %s was written but DescribeKey does not find it",
};

AWS_NATIVE_FUNCTIONS(key, key_native)

static int key_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	json_t *window = value_get(prior, "deletion_window_in_days");
	json_int_t days = json_is_number(window) ? (json_int_t)json_number_value(window) : 30;
	char *when = NULL, *status;

	if (schedule_deletion(client, id, days, &when, err))
		return -1;
	status = xasprintf(KEY_TYPE " %s: deletion scheduled after %lld days, on %s (AWS "
			   "deletes the key then; until then aws kms cancel-key-deletion restores it)",
			   id, (long long)days, when ? when : "(AWS did not say)");
	log_debugf("%s", status);
	aws_client_note_for_user(client, status);
	free(status);
	free(when);
	return 0;
}

static int key_listed(void *ctx, const char *id, struct strbuf *err)
{
	(void)err;
	resource_items_add(ctx, id, NULL, 0);
	return 0;
}

/* For sweep: every key ListKeys gives; its tags (and whether it is pending
 * deletion, which reads as gone) come from read(). AWS's own keys carry no
 * stack's tags, so sweep never takes them. */
static int key_list(void *client, const struct resource_query *q, struct resource_items *out,
		    struct strbuf *err)
{
	(void)q;
	return key_pages(client, key_listed, out, err);
}

const struct resource_type aws_kms_key_type = {
	.name = KEY_TYPE,
	.description = "a customer-managed KMS key with its policy, rotation and tags",
	.attrs = key_attrs,
	.terraform_type = "aws_kms_key",
	.terraform_attrs = "description key_usage customer_master_key_spec policy "
			   "enable_key_rotation is_enabled multi_region deletion_window_in_days "
			   "tags key_id arn",
	.read = key_read,
	.create = key_create,
	.update = key_update,
	.native = &key_native,
	.delete = key_delete,
	.import_id = "its key id",
	.list = key_list,
	.list_rank = 11,
};
