/*
 * kms/alias.c: the resource type aws.kms.alias, a KMS alias (alias/NAME)
 * pointing at a key, over KMS's json protocol. Its id is its name. An alias
 * moves to another key in place (UpdateAlias). read() finds it with
 * ListAliases (AWS has no call that reads one alias) and reports the
 * target as the stack wrote it (a key id or a key ARN) while it names the
 * same key AWS answers with (always a key id).
 *
 * Aliases take no tags: a create that finds the name taken adopts it only
 * with the evidence of a type without tags (aws_adopt_read_back): it points
 * at the key this create sent and was made since the create was first
 * sent, or the engine's pending record of an earlier run's attempt.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/resources.h"
#include "provider/aws/transport/transport.h"
#include "provider/aws/kms/api.h"
#include "provider/aws/listing.h"
#include "provider/provider.h"

#define ALIAS_TYPE "aws.kms.alias"

static const char *const not_found[] = { "NotFoundException", NULL };
static const char *const already_exists[] = { "AlreadyExistsException", NULL };

static const struct attr_schema alias_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "the alias, alias/ then letters, digits, /_-, e.g. alias/retail-lake "
			 "(alias/aws/ is AWS's own)" },
	{ .name = "target_key_id", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the key it points at: its key id or ARN, e.g. "
			 "${resources.lake_key.key_id}; a change moves the alias" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "arn:aws:kms:REGION:ACCOUNT:alias/NAME" },
	{ .name = "target_key_arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the ARN of the key it points at" },
	{ .name = NULL },
};

/* The key id in a key id or key ARN (arn:...:key/ID). */
static const char *key_id_of(const char *key)
{
	const char *slash = key ? strstr(key, ":key/") : NULL;

	return slash ? slash + 5 : key;
}

/* The ListAliases entry of alias `name`: 0 with *alias (a new reference, or
 * NULL when there is none), -1. */
static int find_alias(struct aws_client *c, const char *name, json_t **alias,
		      struct strbuf *err)
{
	json_t *req = json_object();
	int rc = aws_json_find(c, &aws_service_kms, "ListAliases", req, "AliasName", name, alias,
			       err);

	json_decref(req);
	return rc;
}

/* The ARN of key `key` (DescribeKey), or NULL when it is not found. */
static int key_arn(struct aws_client *c, const char *key, char **arn, struct strbuf *err)
{
	json_t *req = json_pack("{s:s}", "KeyId", key), *resp = NULL;
	int rc = kms_call(c, "DescribeKey", req, not_found, &resp, NULL, err);
	const char *s = value_get_string(value_get(resp, "KeyMetadata"), "Arn");

	json_decref(req);
	*arn = rc == 0 && s ? xstrdup(s) : NULL;
	json_decref(resp);
	return rc < 0 ? -1 : 0;
}

static int alias_read(void *client, const char *id, const json_t *prior, json_t **out,
		      struct strbuf *err)
{
	struct aws_client *c = client;
	const char *target, *written = value_get_string(prior, "target_key_id"), *s;
	json_t *alias = NULL, *o;
	char *arn = NULL;

	*out = NULL;
	if (find_alias(c, id, &alias, err))
		return -1;
	/* An alias without a target is AWS's own, made when a service first uses it. */
	if (!alias || !(target = value_get_string(alias, "TargetKeyId"))) {
		json_decref(alias);
		return 0;
	}
	if (key_arn(c, target, &arn, err)) {
		json_decref(alias);
		return -1;
	}
	o = json_object();
	json_object_set_new(o, "name", json_string(id));
	/* As the stack wrote it, while it names the same key. */
	if (written && !strcmp(key_id_of(written), target))
		json_object_set_new(o, "target_key_id", json_string(written));
	else
		json_object_set_new(o, "target_key_id", json_string(target));
	if ((s = value_get_string(alias, "AliasArn")))
		json_object_set_new(o, "arn", json_string(s));
	if (arn)
		json_object_set_new(o, "target_key_arn", json_string(arn));
	free(arn);
	json_decref(alias);
	*out = o;
	return 0;
}

static int alias_send_create(struct aws_client *c, const json_t *desired,
			     const struct create_call *call, struct aws_sent *sent,
			     struct strbuf *err)
{
	const char *name = value_get_string(desired, "name");
	const char *target = value_get_string(desired, "target_key_id");
	json_t *req;
	int rc;

	(void)call;
	if (!name || !target) {
		strbuf_addstr(err, ALIAS_TYPE ": name and target_key_id need values to send");
		return -1;
	}
	req = json_pack("{s:s, s:s}", "AliasName", name, "TargetKeyId", target);
	rc = kms_call(c, "CreateAlias", req, already_exists, NULL, &sent->attempts, err);
	json_decref(req);
	rc = aws_sent_from_call(sent, rc, name, "kms CreateAlias: AlreadyExistsException");
	return rc < 0 ? -1 : 0;
}

/* An alias takes no tags: it is ours when it names the key the create sent
 * (ListAliases: TargetKeyId) and was made since (CreationDate). */
static int alias_evidence(struct aws_client *c, const char *name, const json_t *desired,
			  const json_t *have, json_t **sent, json_t **got, time_t *created,
			  struct strbuf *err)
{
	const char *target = value_get_string(desired, "target_key_id");
	json_t *found = NULL;

	(void)have;
	if (find_alias(c, name, &found, err))
		return -1;
	if (!found)
		return 1;
	*sent = json_pack("{s:s}", "TargetKeyId", key_id_of(target ? target : ""));
	*got = json_pack("{s:s}", "TargetKeyId", value_get_string_or(found, "TargetKeyId", ""));
	*created = aws_time_of(value_get(found, "CreationDate"));
	json_decref(found);
	return 0;
}

/* The converge (the contract, provider/aws/adopt.h): UpdateAlias when the target in
 * `have` (as the stack writes it while it names the same key) differs
 * from desired, then read back. */
static int alias_converge(struct aws_client *c, const char *id, const json_t *have,
			  const json_t *desired, json_t **out, struct strbuf *err)
{
	const char *target = value_get_string(desired, "target_key_id");
	int rc = 0;

	*out = NULL;
	if (!value_equal(value_get(have, "target_key_id"), value_get(desired, "target_key_id"))) {
		json_t *req = json_pack("{s:s, s:s}", "AliasName", id, "TargetKeyId",
					target ? target : "");

		rc = kms_call(c, "UpdateAlias", req, NULL, NULL, NULL, err);
		json_decref(req);
	}
	if (rc)
		return -1;
	return aws_read_written(alias_read, c, id, desired, out, err,
				ALIAS_TYPE ": alias %s was written but ListAliases does not find it",
				id);
}

/*
 * Create and update (the contract, provider/aws/adopt.h): an update converges from a
 * live read (ListAliases as the alias is now). `prior` is not used
 * (neither exception: nothing write-only, the name addresses the alias).
 */
static const struct aws_native_ops alias_native = {
	.send_create = alias_send_create,
	.adopt = { .by = AWS_ADOPT_BY_READ_BACK, .noun = "name", .object = "KMS alias %s",
		   .evidence = alias_evidence },
	.converge = alias_converge,
	.read = alias_read,
	.created_shape = AWS_SHAPE_DESIRED,
	.update_shape = AWS_SHAPE_DESIRED,
	.made_missing = ALIAS_TYPE ": alias %s was written but ListAliases does not find it",
	.gone = ALIAS_TYPE ": alias %s is in the state but ListAliases does not find it",
};

AWS_NATIVE_FUNCTIONS(alias, alias_native)

static int alias_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	json_t *req = json_pack("{s:s}", "AliasName", id);
	int rc;

	(void)prior;
	rc = kms_call(client, "DeleteAlias", req, not_found, NULL, NULL, err);
	json_decref(req);
	return rc < 0 ? -1 : 0;
}

struct alias_listing {
	const struct resource_query *q;
	struct resource_items *out;
};

static int alias_listed(void *ctx, const json_t *a, struct strbuf *err)
{
	struct alias_listing *al = ctx;
	const char *n = value_get_string(a, "AliasName");

	(void)err;
	if (!n || strncmp(n, "alias/", 6) || !strncmp(n, "alias/aws/", 10) ||
	    !value_get_string(a, "TargetKeyId"))
		return 0;
	if (al->q->prefix && strncmp(n + 6, al->q->prefix, strlen(al->q->prefix)))
		return 0;
	resource_items_add(al->out, n, n + 6, aws_time_of(value_get(a, "CreationDate")));
	return 0;
}

/* For sweep: the account's aliases that point at a key, but AWS's own
 * (alias/aws/...); they take no tags, so sweep finds them by the lab's name
 * prefix, which follows "alias/". */
static int alias_list(void *client, const struct resource_query *q, struct resource_items *out,
		      struct strbuf *err)
{
	struct alias_listing al = { q, out };

	json_t *req = json_object();
	int rc = aws_json_pages(client, &aws_service_kms, "ListAliases", req, 0, alias_listed, &al,
				err);

	json_decref(req);
	return rc;
}

const struct resource_type aws_kms_alias_type = {
	.name = ALIAS_TYPE,
	.description = "a KMS alias (alias/NAME) pointing at a key",
	.attrs = alias_attrs,
	.terraform_type = "aws_kms_alias",
	.terraform_attrs = "name target_key_id arn target_key_arn",
	.read = alias_read,
	.create = alias_create,
	.update = alias_update,
	.native = &alias_native,
	.delete = alias_delete,
	.import_id = "its name, alias/NAME",
	.id_attr = "name",
	.list = alias_list,
	.list_rank = 9,
};
