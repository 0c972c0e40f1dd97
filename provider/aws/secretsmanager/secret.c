/*
 * secretsmanager/secret.c: the aws.secretsmanager.secret resource type — a secret
 * with its string value, description, KMS key and tags — over Secrets
 * Manager's json protocol (X-Amz-Target secretsmanager.<Operation>, JSON
 * 1.1). The id is the secret's ARN, so a secret deleted outside terrace and
 * made again under the same name is a different secret.
 *
 * The value is SENSITIVE: the core stores only its hash and compares by
 * hash, so read() returns the real value (GetSecretValue) for drift to
 * show. It is never logged and never put into an error message: a message
 * from AWS that should echo it has it replaced.
 *
 * A secret deleted with a recovery window is only scheduled for deletion;
 * read() counts it as gone. recovery_window_in_days is CONFIG_ONLY (AWS
 * keeps no such setting on the secret): 0 deletes at once
 * (ForceDeleteWithoutRecovery), 7 to 30 schedules the deletion.
 */
#include <stdlib.h>
#include <string.h>


#include "provider/aws/adopt.h"
#include "provider/aws/listing.h"
#include "provider/aws/resources.h"
#include "provider/aws/tags.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"
#include "provider/base/encoding.h"

/* The key AWS uses when a secret names none; read as "no kms_key_id". */
#define DEFAULT_KMS_KEY "alias/aws/secretsmanager"

static const struct attr_schema secret_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "secret name, e.g. lake/warehouse/password" },
	{ .name = "description", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "what the secret is for" },
	{ .name = "kms_key_id", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "KMS key id, ARN or alias that encrypts the value; "
			 "default the account's aws/secretsmanager key" },
	{ .name = "value", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_SENSITIVE,
	  .description = "the secret string (JSON text for several fields)" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "secret tags", .default_json = "{}" },
	{ .name = "recovery_window_in_days", .type = ATTR_NUMBER,
	  .flags = ATTR_OPTIONAL | ATTR_CONFIG_ONLY,
	  .description = "on destroy, days AWS keeps the secret restorable (7 to 30); "
			 "0 deletes it at once", .default_json = "30" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the secret's ARN" },
	{ .name = "version_id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "id of the current (AWSCURRENT) version of the value" },
	{ .name = NULL },
};

static const char *const not_found[] = { "ResourceNotFoundException", NULL };

/*
 * Call a Secrets Manager operation. Returns 0 on success (*output, when
 * asked for, is the parsed response); 1 when the error code is one of
 * `tolerated` (err is left alone); -1 with the message in err, cleaned of
 * `secret`. *attempts, when given, gets
 * the number of attempts the transport made.
 */
/* Secrets Manager's json protocol (X-Amz-Target secretsmanager.OP, 1.1). */
static int sm_call(struct aws_client *c, const char *operation, const json_t *input,
		   const char *secret, const char *const *tolerated, json_t **output,
		   int *attempts, struct strbuf *err)
{
	struct aws_response resp;
	struct strbuf call_err = STRBUF_INIT;
	int rc = aws_json_call(c, &aws_service_secretsmanager, operation, input, output, &resp,
			       &call_err);

	if (attempts)
		*attempts = resp.attempts;
	if (rc && aws_error_code_in(resp.error_code, tolerated)) {
		rc = 1;
	} else if (rc) {
		strbuf_redact(&call_err, 0, secret);
		strbuf_addstr(err, call_err.buf);
	}
	strbuf_release(&call_err);
	aws_response_free(&resp);
	return rc;
}

/* A random version id (ClientRequestToken), a UUID v4: AWS asks callers of
 * the plain HTTP API to make one, and a retried request carrying the same one
 * is not applied twice. */
static int request_token(char out[37], struct strbuf *err)
{
	if (random_uuid(out)) {
		strbuf_addstr(err, "secretsmanager: cannot make a random request token");
		return -1;
	}
	return 0;
}

/* [{"Key": k, "Value": v}] from a tags map. */
static json_t *tag_list(const json_t *tags)
{
	json_t *list = json_array();
	const char *k;
	json_t *v;

	json_object_foreach((json_t *)tags, k, v)
		if (json_is_string(v))
			json_array_append_new(list, json_pack("{s:s, s:O}", "Key", k, "Value", v));
	return list;
}

/*
 * DescribeSecret: 0 with *secret set, 1 when there is no such secret or it
 * is scheduled for deletion (*secret is still set then when it exists), -1
 * on error.
 */
static int describe_secret(struct aws_client *c, const char *secret_id, json_t **secret,
			   struct strbuf *err)
{
	json_t *req = json_pack("{s:s}", "SecretId", secret_id);
	int rc = sm_call(c, "DescribeSecret", req, NULL, not_found, secret, NULL, err);

	json_decref(req);
	if (rc == 0 && value_is_set(value_get(*secret, "DeletedDate")))
		rc = 1;
	return rc;
}

/* GetSecretValue: 0 with *value set (a new string, or NULL when the current
 * version holds binary) and *version_id; 1 when there is no value or the
 * secret is gone; -1 on error. */
static int get_value(struct aws_client *c, const char *secret_id, char **value,
		     char **version_id, struct strbuf *err)
{
	static const char *const absent[] = {
		"ResourceNotFoundException", "InvalidRequestException", NULL };
	json_t *req = json_pack("{s:s}", "SecretId", secret_id);
	json_t *resp = NULL;
	int rc = sm_call(c, "GetSecretValue", req, NULL, absent, &resp, NULL, err);

	json_decref(req);
	*value = NULL;
	*version_id = NULL;
	if (rc == 0) {
		const char *s = value_get_string(resp, "SecretString");
		const char *v = value_get_string(resp, "VersionId");

		*value = s ? xstrdup(s) : NULL;
		*version_id = v ? xstrdup(v) : NULL;
	}
	json_decref(resp);
	return rc;
}

static const char *kms_key_of(const json_t *secret)
{
	const char *key = value_get_string(secret, "KmsKeyId");

	return key && *key && strcmp(key, DEFAULT_KMS_KEY) ? key : NULL;
}

static bool strings_differ(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "");
}

/* A secret's name, description and key as DescribeSecret or a ListSecrets
 * entry gives them, prior shaping the description ("" as the user wrote
 * it) and the key (the default one when the user named it): a new object. */
static json_t *secret_from_answer(const json_t *secret, const json_t *prior)
{
	json_t *o = json_object();
	const char *description = value_get_string(secret, "Description");
	const char *key = kms_key_of(secret);

	json_object_set_new(o, "name", json_string(value_get_string_or(secret, "Name", "")));
	if (description && *description)
		json_object_set_new(o, "description", json_string(description));
	else if (value_get_string(prior, "description") && !*value_get_string(prior, "description"))
		json_object_set_new(o, "description", json_string(""));
	if (!key && strings_differ(value_get_string(prior, "kms_key_id"), DEFAULT_KMS_KEY) == 0)
		key = DEFAULT_KMS_KEY; /* the user named the default key */
	if (key)
		json_object_set_new(o, "kms_key_id", json_string(key));
	return o;
}

static int secret_read(void *client, const char *id, const json_t *prior, json_t **out,
		       struct strbuf *err)
{
	struct aws_client *c = client;
	json_t *secret = NULL, *o;
	char *value = NULL, *version_id = NULL;
	int rc;

	*out = NULL;
	rc = describe_secret(c, id, &secret, err);
	/* A secret without a current string value reads without one. */
	if (rc == 0 && get_value(c, id, &value, &version_id, err) < 0)
		rc = -1;
	if (rc) {
		json_decref(secret);
		return rc < 0 ? -1 : 0;
	}
	o = secret_from_answer(secret, prior);
	if (value)
		json_object_set_new(o, "value", json_string(value));
	json_object_set_new(o, "tags", aws_tag_map(value_get(secret, "Tags"), "Key", "Value"));
	json_object_set_new(o, "arn", json_string(value_get_string_or(secret, "ARN", id)));
	if (version_id)
		json_object_set_new(o, "version_id", json_string(version_id));
	free(value);
	free(version_id);
	json_decref(secret);
	*out = o;
	return 0;
}

/* Bring tags from `have` to `want` (both maps). */
static int sync_tags(struct aws_client *c, const char *id, const json_t *have,
		     const json_t *want, struct strbuf *err)
{
	json_t *removed, *changed;
	int rc = 0;

	value_map_diff(have, want, &removed, &changed);
	if (json_array_size(removed)) {
		json_t *req = json_pack("{s:s, s:O}", "SecretId", id, "TagKeys", removed);

		rc = sm_call(c, "UntagResource", req, NULL, NULL, NULL, NULL, err);
		json_decref(req);
	}
	if (!rc && json_object_size(changed)) {
		json_t *req = json_pack("{s:s, s:o}", "SecretId", id, "Tags", tag_list(changed));

		rc = sm_call(c, "TagResource", req, NULL, NULL, NULL, NULL, err);
		json_decref(req);
	}
	json_decref(removed);
	json_decref(changed);
	return rc;
}

/*
 * Bring the secret `id`, now `have` (as secret_read gives it), to desired:
 * description and KMS key (UpdateSecret), value (PutSecretValue, only when
 * it differs), tags; then read it back. The value is read, not write-only
 * (GetSecretValue gives it): it is compared with the live one, never with
 * the state's record. recovery_window_in_days, which AWS keeps no record
 * of, comes from desired (ATTR_CONFIG_ONLY).
 */
static int secret_converge(struct aws_client *c, const char *id, const json_t *have,
			   const json_t *desired, json_t **out, struct strbuf *err)
{
	const char *want_value = value_get_string(desired, "value");
	const char *want_description = value_get_string(desired, "description");
	const char *want_key = value_get_string(desired, "kms_key_id");
	const char *have_value = value_get_string(have, "value");
	const char *have_key = value_get_string(have, "kms_key_id");

	*out = NULL;
	/* read() names the default key only when the prior did: AWS's is none */
	if (have_key && !strcmp(have_key, DEFAULT_KMS_KEY))
		have_key = NULL;
	if (strings_differ(want_description, value_get_string(have, "description")) ||
	    strings_differ(want_key, have_key)) {
		char token[37];
		json_t *req;
		int urc;

		/* An idempotency token, as the SDKs send on every UpdateSecret. */
		if (request_token(token, err))
			return -1;
		req = json_pack("{s:s, s:s, s:s}", "SecretId", id, "Description",
				want_description ? want_description : "", "ClientRequestToken", token);
		if (strings_differ(want_key, have_key))
			json_object_set_new(req, "KmsKeyId",
					    json_string(want_key && *want_key ? want_key
									      : DEFAULT_KMS_KEY));
		urc = sm_call(c, "UpdateSecret", req, NULL, NULL, NULL, NULL, err);
		json_decref(req);
		if (urc)
			return -1;
	}
	if (want_value && (!have_value || strcmp(have_value, want_value))) {
		char token[37];
		json_t *req;
		int prc;

		if (request_token(token, err))
			return -1;
		req = json_pack("{s:s, s:s, s:s}", "SecretId", id, "SecretString", want_value,
				"ClientRequestToken", token);
		prc = sm_call(c, "PutSecretValue", req, want_value, NULL, NULL, NULL, err);
		json_decref(req);
		if (prc)
			return -1;
	}
	if (sync_tags(c, id, value_get(have, "tags"), value_get(desired, "tags"), err))
		return -1;
	return aws_read_written(secret_read, c, id, desired, out, err,
				"aws.secretsmanager.secret: secret %s was written but "
				"DescribeSecret does not find it", id);
}

static void add_scheduled_hint(struct strbuf *err, const char *name)
{
	strbuf_addf(err, "secret %s is scheduled for deletion (it was deleted with a recovery "
		    "window): restore it with `aws secretsmanager restore-secret --secret-id %s` "
		    "and import it, or wait until the window ends (recovery_window_in_days: 0 "
		    "deletes a secret at once)", name, name);
}

/* True when a secret of this name exists but is scheduled for deletion. */
static bool scheduled_for_deletion(struct aws_client *c, const char *name)
{
	struct strbuf ignored = STRBUF_INIT;
	json_t *secret = NULL;
	bool scheduled = describe_secret(c, name, &secret, &ignored) == 1 &&
			 value_get_string(secret, "ARN");

	json_decref(secret);
	strbuf_release(&ignored);
	return scheduled;
}

/*
 * A CreateSecret that found the name taken: the secret there (its ARN in
 * sent->id), for the driver to weigh by name and tags; one scheduled for
 * deletion is an error that says what to do.
 */
static int name_taken(struct aws_client *c, const char *name, struct aws_sent *sent,
		      struct strbuf *err)
{
	json_t *secret = NULL;
	int rc = describe_secret(c, name, &secret, err);
	const char *arn = value_get_string(secret, "ARN");

	if (rc == 1 && arn) {
		add_scheduled_hint(err, name);
		rc = -1;
	} else if (rc == 1) {
		strbuf_addf(err, "secretsmanager CreateSecret: secret %s already exists, yet "
			    "DescribeSecret does not find it", name);
		rc = -1;
	} else if (rc == 0) {
		sent->id = xstrdup(arn ? arn : name);
		sent->exists = true;
		/* in messages by its name, as the stack names it (its id is the ARN) */
		snprintf(sent->named, sizeof(sent->named), "%s", name);
		snprintf(sent->why, sizeof(sent->why),
			 "secretsmanager CreateSecret: ResourceExistsException");
	}
	json_decref(secret);
	return rc;
}

/* CreateSecret with the value, description, key and tags: all of desired. */
static int secret_send_create(struct aws_client *c, const json_t *desired,
			      const struct create_call *call, struct aws_sent *sent,
			      struct strbuf *err)
{
	static const char *const taken[] = { "ResourceExistsException", NULL };
	const char *name = value_get_string(desired, "name");
	const char *value = value_get_string(desired, "value");
	const char *description = value_get_string(desired, "description");
	const char *key = value_get_string(desired, "kms_key_id");
	json_t *tags = value_get(desired, "tags");
	json_t *req, *resp = NULL;
	char token[37];
	int rc;

	(void)call;
	if (!name || !value) {
		strbuf_addstr(err, "aws.secretsmanager.secret: name or value has no value to send");
		return -1;
	}
	if (request_token(token, err))
		return -1;
	req = json_pack("{s:s, s:s, s:s}", "Name", name, "SecretString", value,
			"ClientRequestToken", token);
	if (description && *description)
		json_object_set_new(req, "Description", json_string(description));
	if (key && *key)
		json_object_set_new(req, "KmsKeyId", json_string(key));
	if (json_object_size(tags))
		json_object_set_new(req, "Tags", tag_list(tags));
	rc = sm_call(c, "CreateSecret", req, value, taken, &resp, &sent->attempts, err);
	json_decref(req);
	if (rc < 0 && scheduled_for_deletion(c, name)) {
		/* AWS refuses such a name with InvalidRequestException. */
		strbuf_addstr(err, ": ");
		add_scheduled_hint(err, name);
	} else if (rc == 0) {
		const char *arn = value_get_string(resp, "ARN");

		sent->id = xstrdup(arn ? arn : name);
	} else if (rc == 1) {
		rc = name_taken(c, name, sent, err);
	}
	json_decref(resp);
	return rc ? -1 : 0;
}

/* Create and update (the contract, provider/aws/adopt.h): a secret found
 * under its name is adopted when an attempt of this create may have made it
 * and it carries this stack's tags; an update converges from a live read,
 * given the prior (which says whether the user named the default key or an
 * empty description). */
static const struct aws_native_ops secret_native = {
	.send_create = secret_send_create,
	.adopt = { .by = AWS_ADOPT_BY_NAME_AND_TAGS, .noun = "name", .object = "secret %s" },
	.converge = secret_converge,
	.read = secret_read,
	.created_shape = AWS_SHAPE_DESIRED,
	.update_shape = AWS_SHAPE_PRIOR,
	.made_missing = "aws.secretsmanager.secret: secret %s was written but DescribeSecret "
			"does not find it",
	.gone = "secret %s does not exist or is scheduled for deletion",
};

AWS_NATIVE_FUNCTIONS(secret, secret_native)

static int secret_delete(void *client, const char *id, const json_t *prior,
			 struct strbuf *err)
{
	struct aws_client *c = client;
	json_t *window = value_get(prior, "recovery_window_in_days");
	json_int_t days = json_is_number(window) ? (json_int_t)json_number_value(window) : 30;
	json_t *req = json_pack("{s:s}", "SecretId", id);
	struct strbuf call_err = STRBUF_INIT;
	int rc;

	if (days == 0)
		json_object_set_new(req, "ForceDeleteWithoutRecovery", json_true());
	else
		json_object_set_new(req, "RecoveryWindowInDays", json_integer(days));
	rc = sm_call(c, "DeleteSecret", req, NULL, not_found, NULL, NULL, &call_err);
	json_decref(req);
	if (rc < 0) {
		/* Refused because it is already scheduled for deletion (deleted
		 * outside terrace): it is gone for us. */
		struct strbuf ignored = STRBUF_INIT;
		json_t *secret = NULL;

		if (describe_secret(c, id, &secret, &ignored) == 1)
			rc = 0;
		else
			strbuf_addstr(err, call_err.buf);
		json_decref(secret);
		strbuf_release(&ignored);
	}
	strbuf_release(&call_err);
	return rc < 0 ? -1 : 0;
}



/* For sweep (listing.h). */
static const struct aws_json_listing secret_listing = {
	&aws_service_secretsmanager, "ListSecrets", NULL, "Name", "ARN", "CreatedDate", "Tags",
};

static int secret_list(void *client, const struct resource_query *q,
		       struct resource_items *out, struct strbuf *err)
{
	return aws_list_json(client, &secret_listing, q, out, err);
}

static int secret_read_many(void *client, size_t n, const char *const *ids,
			    const json_t *const *priors, size_t max_pages, json_t **out,
			    struct strbuf *err);


const struct resource_type aws_secretsmanager_secret_type = {
	.name = "aws.secretsmanager.secret",
	.description = "a Secrets Manager secret with its string value, description, KMS key "
		       "and tags",
	.attrs = secret_attrs,
	.terraform_type = "aws_secretsmanager_secret",
	.terraform_attrs = "name description kms_key_id recovery_window_in_days tags arn",
	.read = secret_read,
	.create = secret_create,
	.update = secret_update,
	.native = &secret_native,
	.delete = secret_delete,
	.import_id = "its ARN or its name",
	.id_attr = "name",
	.list = secret_list,
	.list_rank = 8,
	.read_many = secret_read_many,
};

/*
 * ---- refresh by listing (provider.h read_many) ----
 * ListSecrets gives what DescribeSecret does, and in SecretVersionsToStages
 * which version is AWSCURRENT. A listing never shows the value: a secret
 * whose current version is still the one state recorded has the value
 * state recorded (every new value is a new version), and reads here without
 * it, so the core keeps state's hash of it; any other secret (a new
 * version, none recorded) is left to read().
 */

struct secret_listing_ctx {
	struct aws_read_many m;
};

/* The version id holding AWSCURRENT in a listed secret, or NULL. */
static const char *current_version(const json_t *secret)
{
	const char *version;
	json_t *stages;

	json_object_foreach(value_get(secret, "SecretVersionsToStages"), version, stages)
		if (value_list_has_string(stages, "AWSCURRENT"))
			return version;
	return NULL;
}

/* A listed secret as secret_read() reads it, but for the value. */
/* What a listed secret must have to stand for read() (aws_listed_has_fields). */
static const char *const secret_needs[] = { "Name", NULL };

static int secret_listed(void *ctx, const json_t *secret, struct strbuf *err)
{
	struct secret_listing_ctx *sc = ctx;
	long pos = aws_read_many_find(&sc->m, value_get_string(secret, "ARN"));
	const char *version = current_version(secret);
	const json_t *prior;
	json_t *o;

	(void)err;
	if (pos < 0 || !aws_listed_has_fields(NULL, secret, secret_needs))
		return 0;
	prior = sc->m.priors[pos];
	if (!version || strings_differ(version, value_get_string(prior, "version_id")) ||
	    value_is_set(value_get(secret, "DeletedDate")))
		return 0;
	o = secret_from_answer(secret, prior);
	json_object_set_new(o, "tags", aws_tag_map(value_get(secret, "Tags"), "Key", "Value"));
	json_object_set_new(o, "arn", json_string(value_get_string(secret, "ARN")));
	json_object_set_new(o, "version_id", json_string(version));
	sc->m.out[pos] = o;
	return 0;
}

static int secret_read_many(void *client, size_t n, const char *const *ids,
			    const json_t *const *priors, size_t max_pages, json_t **out,
			    struct strbuf *err)
{
	struct secret_listing_ctx sc;
	json_t *req = json_pack("{s:i}", "MaxResults", 100);
	int rc;

	aws_read_many_init(&sc.m, n, ids, priors, out);
	rc = aws_json_pages(client, &aws_service_secretsmanager, "ListSecrets", req, max_pages,
			    secret_listed, &sc, err);
	json_decref(req);
	aws_read_many_release(&sc.m);
	return rc;
}
