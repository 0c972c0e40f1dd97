/*
 * logs/log_group.c: the resource type aws.logs.log_group, a CloudWatch Logs
 * log group with its retention, KMS key and tags, over the Logs json
 * protocol. Its id is its name. read() finds it with DescribeLogGroups
 * (logGroupNamePrefix, then the exact name among the answers); tags are
 * read and changed with ListTagsForResource / TagResource / UntagResource on
 * the group's ARN without the ":*" the listing appends. The KMS key is
 * given at creation and changed in place, as Terraform does: AssociateKmsKey
 * (DisassociateKmsKey when it is taken away); CloudWatch Logs encrypts the
 * events ingested from then on with the new key and can still decrypt the
 * earlier ones (CloudWatch Logs API reference, AssociateKmsKey).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/listing.h"
#include "provider/aws/resources.h"
#include "provider/aws/tags.h"
#include "provider/aws/transport/transport.h"
#include "provider/aws/logs/api.h"
#include "provider/provider.h"


static const char *const not_found[] = { "ResourceNotFoundException", NULL };
static const char *const already_exists[] = { "ResourceAlreadyExistsException", NULL };

static const struct aws_json_tagging logs_tagging = {
	.service = &aws_service_logs, .arn_param = "resourceArn",
	.list_op = "ListTagsForResource", .list_member = "tags", .add_member = "tags",
	.remove_member = "tagKeys",
};

static const struct attr_schema log_group_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "log group name, e.g. /aws-glue/jobs/retail-nightly" },
	{ .name = "retention_in_days", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "days events are kept (1, 3, 5, 7, 14, 30, ... 3653); 0 or unset: never expire",
	  .default_json = "0" },
	{ .name = "kms_key_id", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "ARN of the KMS key that encrypts the events; a change is made in place" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "log group tags", .default_json = "{}" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "arn:aws:logs:REGION:ACCOUNT:log-group:NAME" },
	{ .name = NULL },
};

/* The group's ARN without the ":*" that DescribeLogGroups' "arn" ends with. */
static char *group_arn(const json_t *group)
{
	const char *arn = value_get_string(group, "logGroupArn");
	size_t n;

	if (arn && *arn)
		return xstrdup(arn);
	arn = value_get_string(group, "arn");
	if (!arn)
		return NULL;
	n = strlen(arn);
	if (n >= 2 && !strcmp(arn + n - 2, ":*"))
		n -= 2;
	return xstrndup(arn, n);
}

/* The group named `name`: 0 with *group (a new reference) or NULL when there
 * is none; -1 with err set. */
static int find_group(struct aws_client *c, const char *name, json_t **group,
		      struct strbuf *err)
{
	json_t *req = json_pack("{s:s}", "logGroupNamePrefix", name);
	int rc = aws_json_find(c, &aws_service_logs, "DescribeLogGroups", req, "logGroupName", name,
			       group, err);

	json_decref(req);
	return rc;
}

/* The attributes of log group `name` as DescribeLogGroups gave it (`group`),
 * its tags read with them: for read() and for the listing alike. */
static int group_attrs(struct aws_client *c, const char *name, const json_t *group,
		       json_t **out, struct strbuf *err)
{
	json_t *tags = NULL, *o;
	char *arn = group_arn(group);

	*out = NULL;
	if (arn && aws_json_read_tags(c, &logs_tagging, arn, &tags, err)) {
		free(arn);
		return -1;
	}
	o = json_object();
	json_object_set_new(o, "name", json_string(name));
	json_object_set_new(o, "retention_in_days",
			    json_integer(value_get_integer(group, "retentionInDays", 0)));
	if (value_get_string(group, "kmsKeyId"))
		json_object_set_new(o, "kms_key_id",
				    json_string(value_get_string(group, "kmsKeyId")));
	json_object_set_new(o, "tags", tags ? tags : json_object());
	if (arn)
		json_object_set_new(o, "arn", json_string(arn));
	free(arn);
	*out = o;
	return 0;
}

static int log_group_read(void *client, const char *id, const json_t *prior, json_t **out,
			  struct strbuf *err)
{
	struct aws_client *c = client;
	json_t *group = NULL;
	int rc;

	(void)prior;
	*out = NULL;
	if (find_group(c, id, &group, err))
		return -1;
	if (!group)
		return 0;
	rc = group_attrs(c, id, group, out, err);
	json_decref(group);
	return rc;
}

/* PutRetentionPolicy, or DeleteRetentionPolicy for 0 (never expire). */
static int set_retention(struct aws_client *c, const char *name, json_int_t days,
			 struct strbuf *err)
{
	json_t *req = json_pack("{s:s}", "logGroupName", name);
	int rc;

	if (days > 0) {
		json_object_set_new(req, "retentionInDays", json_integer(days));
		rc = logs_call(c, "PutRetentionPolicy", req, NULL, NULL, NULL, err);
	} else {
		rc = logs_call(c, "DeleteRetentionPolicy", req, NULL, NULL, NULL, err);
	}
	json_decref(req);
	if (rc)
		strbuf_addf(err, " (aws.logs.log_group %s: retention_in_days)", name);
	return rc ? -1 : 0;
}

/* AssociateKmsKey with `key`, or DisassociateKmsKey when it is NULL or "". */
static int set_key(struct aws_client *c, const char *name, const char *key, struct strbuf *err)
{
	json_t *req = json_pack("{s:s}", "logGroupName", name);
	int rc;

	if (key && *key)
		json_object_set_new(req, "kmsKeyId", json_string(key));
	rc = logs_call(c, key && *key ? "AssociateKmsKey" : "DisassociateKmsKey", req, NULL, NULL, NULL, err);
	json_decref(req);
	if (rc)
		strbuf_addf(err, " (aws.logs.log_group %s: kms_key_id)", name);
	return rc ? -1 : 0;
}

/* The converge (the contract, provider/aws/adopt.h): retention, key and
 * tags of the group from `have` (what read() gives) to `desired`, then read
 * back. */
static int log_group_converge(struct aws_client *c, const char *name, const json_t *have,
			      const json_t *desired, json_t **out, struct strbuf *err)
{
	json_t *want_tags = value_get(desired, "tags");
	const char *want_key = value_get_string(desired, "kms_key_id");
	json_int_t want_days = value_get_integer(desired, "retention_in_days", 0);
	int rc = 0;

	*out = NULL;
	if (value_get_integer(have, "retention_in_days", 0) != want_days)
		rc = set_retention(c, name, want_days, err);
	if (!rc && strcmp(want_key ? want_key : "", value_get_string_or(have, "kms_key_id", "")))
		rc = set_key(c, name, want_key, err);
	if (!rc)
		rc = aws_json_sync_tags(c, &logs_tagging, value_get_string(have, "arn"),
					value_get(have, "tags"), want_tags, err);
	if (rc)
		return -1;
	return aws_read_written(log_group_read, c, name, NULL, out, err,
				"aws.logs.log_group %s: not found after it was written", name);
}

static int log_group_send_create(struct aws_client *c, const json_t *desired,
				 const struct create_call *call, struct aws_sent *sent,
				 struct strbuf *err)
{
	const char *name = value_get_string(desired, "name");
	const char *kms = value_get_string(desired, "kms_key_id");
	const json_t *tags = value_get(desired, "tags");
	json_t *req;
	int rc;

	(void)call;
	if (!name) {
		strbuf_addstr(err, "aws.logs.log_group: name has no value to send");
		return -1;
	}
	req = json_pack("{s:s}", "logGroupName", name);
	if (kms && *kms)
		json_object_set_new(req, "kmsKeyId", json_string(kms));
	if (json_object_size(tags))
		json_object_set(req, "tags", (json_t *)tags);
	rc = logs_call(c, "CreateLogGroup", req, already_exists, NULL, &sent->attempts, err);
	json_decref(req);
	if (aws_sent_from_call(sent, rc, name,
			       "logs CreateLogGroup: ResourceAlreadyExistsException") < 0)
		return -1;
	/* the retention CreateLogGroup does not carry */
	sent->left_out = true;
	return 0;
}

/* Create and update (the contract, provider/aws/adopt.h): an update
 * converges from a live read. `prior` is not used. */
static const struct aws_native_ops log_group_native = {
	.send_create = log_group_send_create,
	.adopt = { .by = AWS_ADOPT_BY_NAME_AND_TAGS, .noun = "name", .object = "log group %s" },
	.converge = log_group_converge,
	.read = log_group_read,
	.created_shape = AWS_SHAPE_NONE,
	.update_shape = AWS_SHAPE_NONE,
	.made_missing = "aws.logs.log_group %s: not found after it was written",
	.gone = "aws.logs.log_group %s: not found after it was written",
};

AWS_NATIVE_FUNCTIONS(log_group, log_group_native)

static int log_group_delete(void *client, const char *id, const json_t *prior,
			    struct strbuf *err)
{
	json_t *req = json_pack("{s:s}", "logGroupName", id);
	int rc;

	(void)prior;
	rc = logs_call(client, "DeleteLogGroup", req, not_found, NULL, NULL, err);
	json_decref(req);
	return rc < 0 ? -1 : 0;
}

/* For sweep (listing.h): the tags come from read(). */
static const struct aws_json_listing log_group_listing = {
	&aws_service_logs, "DescribeLogGroups", NULL, "logGroupName", NULL, NULL, NULL,
};

static int log_group_list(void *client, const struct resource_query *q,
			  struct resource_items *out, struct strbuf *err)
{
	return aws_list_json(client, &log_group_listing, q, out, err);
}

static int log_group_read_many(void *client, size_t n, const char *const *ids,
			       const json_t *const *priors, size_t max_pages, json_t **out,
			       struct strbuf *err);




const struct resource_type aws_logs_log_group_type = {
	.name = "aws.logs.log_group",
	.description = "a CloudWatch Logs log group with its retention, KMS key and tags",
	.attrs = log_group_attrs,
	.terraform_type = "aws_cloudwatch_log_group",
	.terraform_attrs = "name retention_in_days kms_key_id tags arn",
	.read = log_group_read,
	.create = log_group_create,
	.update = log_group_update,
	.native = &log_group_native,
	.delete = log_group_delete,
	.import_id = "its name",
	.list = log_group_list,
	.list_rank = 6,
	.read_many = log_group_read_many,
};

/*
 * ---- refresh by listing (provider.h read_many) ----
 * DescribeLogGroups under the names' common prefix gives what read() finds
 * with one call per group; the tags still take one ListTagsForResource each.
 */

struct log_group_listing_ctx {
	struct aws_read_many m;
	struct aws_client *c;
};

/* A listed group as log_group_read() reads it. */
static int log_group_listed(void *ctx, const json_t *group, struct strbuf *err)
{
	struct log_group_listing_ctx *lc = ctx;
	const char *name = value_get_string(group, "logGroupName");
	long pos = aws_read_many_find(&lc->m, name);

	if (pos < 0)
		return 0;
	return group_attrs(lc->c, name, group, &lc->m.out[pos], err);
}

static int log_group_read_many(void *client, size_t n, const char *const *ids,
			       const json_t *const *priors, size_t max_pages, json_t **out,
			       struct strbuf *err)
{
	struct log_group_listing_ctx lc = { .c = client };
	json_t *req = json_pack("{s:i}", "limit", 50);
	size_t common = n ? strlen(ids[0]) : 0;
	int rc;

	for (size_t i = 1; i < n; i++) {
		size_t k = 0;

		while (k < common && ids[i][k] == ids[0][k])
			k++;
		common = k;
	}
	if (common)
		json_object_set_new(req, "logGroupNamePrefix", json_stringn(ids[0], common));
	aws_read_many_init(&lc.m, n, ids, priors, out);
	rc = aws_json_pages(client, &aws_service_logs, "DescribeLogGroups", req, max_pages,
			    log_group_listed, &lc, err);
	json_decref(req);
	aws_read_many_release(&lc.m);
	return rc;
}
