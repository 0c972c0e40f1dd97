/*
 * athena/workgroup.c: the resource type aws.athena.workgroup, an Athena
 * workgroup with its query result location and encryption, whether its
 * settings override the client's, its per-query scan cutoff, CloudWatch
 * metrics and tags, over Athena's json protocol (athena/api.h). Its id is its
 * name; its ARN (arn:PARTITION:athena:REGION:ACCOUNT:workgroup/NAME) is
 * built from the caller's account.
 *
 * The stack's settings are flat; Athena nests them under Configuration
 * (CreateWorkGroup) and ConfigurationUpdates (UpdateWorkGroup, where a
 * setting the stack drops is removed with its Remove* flag). A workgroup
 * that holds named queries or query history is deleted only with
 * force_destroy (DeleteWorkGroup's RecursiveDeleteOption).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/athena/api.h"
#include "provider/aws/listing.h"
#include "provider/aws/resources.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

#define WG_TYPE "aws.athena.workgroup"


static const struct attr_schema workgroup_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "workgroup name (letters, digits, '.', '_', '-'), e.g. movies-analysts" },
	{ .name = "description", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "what the workgroup is for" },
	{ .name = "state", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "ENABLED or DISABLED (a disabled workgroup runs no queries)",
	  .default_json = "\"ENABLED\"" },
	{ .name = "output_location", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "where query results are written, e.g. s3://movies-athena/results/" },
	{ .name = "encryption", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "how query results are encrypted: SSE_S3, SSE_KMS or CSE_KMS; unset: not encrypted" },
	{ .name = "kms_key", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "the KMS key (ARN or id) for SSE_KMS and CSE_KMS" },
	{ .name = "enforce_workgroup_configuration", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "the workgroup's settings override those a query brings", .default_json = "true" },
	{ .name = "bytes_scanned_cutoff_per_query", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "a query that scans more bytes is cancelled (at least 10000000); unset: no limit" },
	{ .name = "publish_cloudwatch_metrics", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "publish query metrics to CloudWatch", .default_json = "true" },
	{ .name = "force_destroy", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL | ATTR_CONFIG_ONLY,
	  .description = "on destroy, delete the workgroup's named queries and query history with it",
	  .default_json = "false" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "workgroup tags", .default_json = "{}" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "arn:aws:athena:REGION:ACCOUNT:workgroup/NAME" },
	{ .name = NULL },
};

static char *workgroup_arn(struct aws_client *c, const char *name, struct strbuf *err)
{
	const char *region = aws_client_region(c);
	char *account = NULL, *arn;

	if (aws_client_account_id(c, &account, err))
		return NULL;
	arn = xasprintf("arn:%s:athena:%s:%s:workgroup/%s", aws_partition(region), region, account,
			name);
	free(account);
	return arn;
}

static int workgroup_read(void *client, const char *id, const json_t *prior, json_t **out,
			  struct strbuf *err)
{
	struct aws_client *c = client;
	json_t *req = json_pack("{s:s}", "WorkGroup", id), *resp = NULL, *tags = NULL, *o;
	const json_t *wg, *conf, *result, *enc;
	const char *s;
	char *arn;
	int rc;

	(void)prior;
	*out = NULL;
	rc = athena_call_or_missing(c, "GetWorkGroup", req, &resp, err);
	json_decref(req);
	wg = value_get(resp, "WorkGroup");
	if (rc || !json_is_object(wg)) {
		/* moto answers a missing workgroup with {"WorkGroup": null} */
		json_decref(resp);
		return rc < 0 ? -1 : 0;
	}
	arn = workgroup_arn(c, id, err);
	if (!arn || aws_json_read_tags(c, &athena_tagging, arn, &tags, err)) {
		free(arn);
		json_decref(resp);
		return -1;
	}
	conf = value_get(wg, "Configuration");
	result = value_get(conf, "ResultConfiguration");
	enc = value_get(result, "EncryptionConfiguration");
	o = json_object();
	json_object_set_new(o, "name", json_string(id));
	if ((s = value_get_string(wg, "Description")) && *s)
		json_object_set_new(o, "description", json_string(s));
	s = value_get_string(wg, "State");
	json_object_set_new(o, "state", json_string(s ? s : "ENABLED"));
	if ((s = value_get_string(result, "OutputLocation")) && *s)
		json_object_set_new(o, "output_location", json_string(s));
	if ((s = value_get_string(enc, "EncryptionOption")) && *s)
		json_object_set_new(o, "encryption", json_string(s));
	if ((s = value_get_string(enc, "KmsKey")) && *s)
		json_object_set_new(o, "kms_key", json_string(s));
	json_object_set_new(o, "enforce_workgroup_configuration",
			    json_boolean(!json_is_false(value_get(conf, "EnforceWorkGroupConfiguration"))));
	if (json_is_number(value_get(conf, "BytesScannedCutoffPerQuery")))
		json_object_set_new(o, "bytes_scanned_cutoff_per_query",
				    json_integer(value_get_integer(conf, "BytesScannedCutoffPerQuery", 0)));
	json_object_set_new(o, "publish_cloudwatch_metrics",
			    json_boolean(json_is_true(value_get(conf, "PublishCloudWatchMetricsEnabled"))));
	json_object_set_new(o, "tags", tags);
	json_object_set_new(o, "arn", json_string(arn));
	free(arn);
	json_decref(resp);
	*out = o;
	return 0;
}

/* {EncryptionOption, KmsKey} from desired, or NULL when it sets none. */
static json_t *encryption_to_api(const json_t *desired)
{
	const char *opt = value_get_string(desired, "encryption");
	const char *key = value_get_string(desired, "kms_key");
	json_t *e;

	if (!opt || !*opt)
		return NULL;
	e = json_pack("{s:s}", "EncryptionOption", opt);
	if (key && *key && strcmp(opt, "SSE_S3"))
		json_object_set_new(e, "KmsKey", json_string(key));
	return e;
}

static void set_whole(json_t *o, const char *key, const json_t *v)
{
	json_object_set_new(o, key, json_integer((json_int_t)json_number_value(v)));
}

/* CreateWorkGroup's Configuration. */
static json_t *configuration(const json_t *desired)
{
	json_t *conf = json_object(), *result = json_object(), *enc = encryption_to_api(desired);
	const char *loc = value_get_string(desired, "output_location");
	const json_t *cutoff = value_get(desired, "bytes_scanned_cutoff_per_query");

	if (loc && *loc)
		json_object_set_new(result, "OutputLocation", json_string(loc));
	if (enc)
		json_object_set_new(result, "EncryptionConfiguration", enc);
	if (json_object_size(result))
		json_object_set_new(conf, "ResultConfiguration", result);
	else
		json_decref(result);
	json_object_set_new(conf, "EnforceWorkGroupConfiguration",
			    json_boolean(!json_is_false(value_get(desired, "enforce_workgroup_configuration"))));
	json_object_set_new(conf, "PublishCloudWatchMetricsEnabled",
			    json_boolean(!json_is_false(value_get(desired, "publish_cloudwatch_metrics"))));
	if (json_is_number(cutoff))
		set_whole(conf, "BytesScannedCutoffPerQuery", cutoff);
	return conf;
}

/* UpdateWorkGroup's ConfigurationUpdates: every setting as desired says,
 * and a Remove* flag for each one it leaves unset. */
static json_t *configuration_updates(const json_t *desired)
{
	json_t *conf = json_object(), *result = json_object(), *enc = encryption_to_api(desired);
	const char *loc = value_get_string(desired, "output_location");
	const json_t *cutoff = value_get(desired, "bytes_scanned_cutoff_per_query");

	if (loc && *loc)
		json_object_set_new(result, "OutputLocation", json_string(loc));
	else
		json_object_set_new(result, "RemoveOutputLocation", json_true());
	if (enc)
		json_object_set_new(result, "EncryptionConfiguration", enc);
	else
		json_object_set_new(result, "RemoveEncryptionConfiguration", json_true());
	json_object_set_new(conf, "ResultConfigurationUpdates", result);
	json_object_set_new(conf, "EnforceWorkGroupConfiguration",
			    json_boolean(!json_is_false(value_get(desired, "enforce_workgroup_configuration"))));
	json_object_set_new(conf, "PublishCloudWatchMetricsEnabled",
			    json_boolean(!json_is_false(value_get(desired, "publish_cloudwatch_metrics"))));
	if (json_is_number(cutoff))
		set_whole(conf, "BytesScannedCutoffPerQuery", cutoff);
	else
		json_object_set_new(conf, "RemoveBytesScannedCutoffPerQuery", json_true());
	return conf;
}

/* The converge (the contract, provider/aws/adopt.h): settings, description, state and
 * tags of the workgroup `name` from `have` (what read() gives) to desired;
 * then *out, read back. UpdateWorkGroup carries the whole of what the
 * stack sets, as it always has. */
static int workgroup_converge(struct aws_client *c, const char *name, const json_t *have,
			      const json_t *desired, json_t **out, struct strbuf *err)
{
	const char *desc = value_get_string(desired, "description");
	const char *state = value_get_string(desired, "state");
	json_t *req, *want_tags = value_get(desired, "tags"), *none = json_object();
	int rc;

	*out = NULL;
	req = json_pack("{s:s, s:s, s:s, s:o}", "WorkGroup", name, "Description", desc ? desc : "",
			"State", state && *state ? state : "ENABLED", "ConfigurationUpdates",
			configuration_updates(desired));
	rc = athena_call(c, "UpdateWorkGroup", req, NULL, NULL, NULL, err);
	json_decref(req);
	if (!rc)
		rc = aws_json_sync_tags(c, &athena_tagging, value_get_string(have, "arn"),
					value_get(have, "tags"),
					json_is_object(want_tags) ? want_tags : none, err);
	json_decref(none);
	if (rc) {
		strbuf_addf(err, " (" WG_TYPE " %s)", name);
		return -1;
	}
	return aws_read_written(workgroup_read, c, name, NULL, out, err,
				WG_TYPE ": workgroup %s was written but GetWorkGroup does not find it",
				name);
}

static int workgroup_send_create(struct aws_client *c, const json_t *desired,
				 const struct create_call *call, struct aws_sent *sent,
				 struct strbuf *err)
{
	const char *name = value_get_string(desired, "name");
	const char *desc = value_get_string(desired, "description");
	const char *state = value_get_string(desired, "state");
	const json_t *tags = value_get(desired, "tags");
	struct strbuf e = STRBUF_INIT;
	json_t *req;
	int rc;

	(void)call;
	req = json_pack("{s:s, s:o}", "Name", name, "Configuration", configuration(desired));
	if (desc && *desc)
		json_object_set_new(req, "Description", json_string(desc));
	if (json_object_size(tags))
		json_object_set_new(req, "Tags", aws_tag_list(tags, "Key", "Value"));
	rc = athena_call(c, "CreateWorkGroup", req, NULL, NULL, &sent->attempts, &e);
	json_decref(req);
	/* Athena: InvalidRequestException "WorkGroup is already created"
	 * (moto: "WorkGroup already exists"). */
	if (rc && !(strstr(e.buf, "InvalidRequestException") && strstr(e.buf, "already"))) {
		strbuf_addstr(err, e.buf);
		strbuf_release(&e);
		return -1;
	}
	strbuf_release(&e);
	sent->id = xstrdup(name);
	if (rc) {
		sent->exists = true;
		snprintf(sent->why, sizeof(sent->why),
			 "athena CreateWorkGroup: the workgroup is already created");
	}
	/* to be disabled: CreateWorkGroup has no State */
	sent->left_out = !state || strcmp(state, "ENABLED");
	return 0;
}

/*
 * Create and update (the contract, provider/aws/adopt.h): an update converges from a
 * live read (GetWorkGroup and its tags as the workgroup is now). `prior`
 * is not used (neither exception: nothing write-only, the name addresses
 * it).
 */
static const struct aws_native_ops workgroup_native = {
	.send_create = workgroup_send_create,
	.adopt = { .by = AWS_ADOPT_BY_NAME_AND_TAGS, .noun = "name",
		   .object = "athena workgroup %s" },
	.converge = workgroup_converge,
	.read = workgroup_read,
	.created_shape = AWS_SHAPE_NONE,
	.update_shape = AWS_SHAPE_NONE,
	.made_missing = WG_TYPE ": workgroup %s was created but GetWorkGroup does not find it",
	.gone = WG_TYPE ": workgroup %s is in the state but GetWorkGroup does not find it",
};

AWS_NATIVE_FUNCTIONS(workgroup, workgroup_native)

static int workgroup_delete(void *client, const char *id, const json_t *prior,
			    struct strbuf *err)
{
	json_t *req = json_pack("{s:s}", "WorkGroup", id);
	int rc;

	if (json_is_true(value_get(prior, "force_destroy")))
		json_object_set_new(req, "RecursiveDeleteOption", json_true());
	rc = athena_call_or_missing(client, "DeleteWorkGroup", req, NULL, err);
	json_decref(req);
	if (rc < 0) {
		if (strstr(err->buf, "not empty") || strstr(err->buf, "contains"))
			strbuf_addf(err, " (" WG_TYPE " %s: set force_destroy: true to delete its "
				    "named queries and query history with it)", id);
		else
			strbuf_addf(err, " (" WG_TYPE " %s)", id);
		return -1;
	}
	return 0;
}

/* For sweep (listing.h): the tags come from read(). */
static const struct aws_json_listing workgroup_listing = {
	&aws_service_athena, "ListWorkGroups", NULL, "Name", NULL, "CreationTime", NULL,
};

static int workgroup_list(void *client, const struct resource_query *q,
			  struct resource_items *out, struct strbuf *err)
{
	return aws_list_json(client, &workgroup_listing, q, out, err);
}


const struct resource_type aws_athena_workgroup_type = {
	.name = "aws.athena.workgroup",
	.description = "an Athena workgroup: query result location and encryption, enforced "
		       "settings, a per-query scan cutoff, CloudWatch metrics and tags",
	.attrs = workgroup_attrs,
	.terraform_type = "aws_athena_workgroup",
	.terraform_attrs = "name description state force_destroy tags arn",
	.read = workgroup_read,
	.create = workgroup_create,
	.update = workgroup_update,
	.native = &workgroup_native,
	.delete = workgroup_delete,
	.import_id = "its name",
	.id_attr = "name",
	.list = workgroup_list,
	.list_rank = 6,
};
