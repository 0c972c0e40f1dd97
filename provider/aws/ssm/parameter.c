/*
 * ssm/parameter.c: the resource type aws.ssm.parameter, a Systems Manager
 * Parameter Store parameter (String, StringList or SecureString) with its
 * description, KMS key, tier, allowed pattern and tags, over SSM's json
 * protocol (its target prefix and JSON version: services.def's row). Its id is its
 * name.
 *
 * The value is SENSITIVE whatever the type: the core stores only its hash
 * and compares by hash, so read() returns the real value (GetParameter
 * WithDecryption) for drift to show. It is never logged and never put into
 * an error message: a message from AWS that echoes it has it cut out.
 *
 * PutParameter with Overwrite false refuses a second create of a name
 * (ParameterAlreadyExists): the parameter found is this create's when it
 * reads back with the type and value this create sent and was last written
 * since the create was first sent (or the engine's pending record says an
 * earlier run's attempt may have made it). The tags go with the create;
 * later they are changed with AddTagsToResource / RemoveTagsFromResource,
 * as PutParameter takes no tags with Overwrite. key_id is left out of what
 * read() reports when it is AWS's own alias/aws/ssm and the stack set none.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/listing.h"
#include "provider/aws/resources.h"
#include "provider/aws/tags.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

#define PARAM_TYPE "aws.ssm.parameter"
/* The key AWS uses for a SecureString that names none. */
#define DEFAULT_SSM_KEY "alias/aws/ssm"

static const char *const not_found[] = { "ParameterNotFound", NULL };
static const char *const already_exists[] = { "ParameterAlreadyExists", NULL };

static const struct attr_schema parameter_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "parameter name, e.g. /retail/nightly/watermark (not starting with "
			 "aws or ssm)" },
	{ .name = "parameter_type", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "String, StringList (comma-separated) or SecureString (encrypted "
			 "with key_id)" },
	{ .name = "value", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_SENSITIVE,
	  .description = "the value (state keeps only its hash)" },
	{ .name = "description", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "what the parameter is for", .default_json = "\"\"" },
	{ .name = "key_id", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "KMS key id, ARN or alias that encrypts a SecureString; default the "
			 "account's aws/ssm key" },
	{ .name = "tier", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "Standard (values up to 4 KB) or Advanced (up to 8 KB)",
	  .default_json = "\"Standard\"" },
	{ .name = "allowed_pattern", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "a regular expression every value must match, e.g. ^\\d+$" },
	{ .name = "data_type", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "text, aws:ec2:image or aws:ssm:integration", .default_json = "\"text\"" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "parameter tags", .default_json = "{}" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "arn:aws:ssm:REGION:ACCOUNT:parameter/NAME (/team/x: parameter/team/x)" },
	{ .name = "version", .type = ATTR_NUMBER, .flags = ATTR_COMPUTED,
	  .description = "the value's version, 1 and up" },
	{ .name = NULL },
};

/*
 * An SSM operation: 0 (*out, when asked for, the answer), 1 when the error
 * code is one of `codes` (err left alone), -1 with the message in err,
 * `secret` (the value sent, may be NULL) cut out of it.
 */
static int ssm_call(struct aws_client *c, const char *op, const json_t *in, const char *secret,
		    const char *const *codes, json_t **out, int *attempts, struct strbuf *err)
{
	struct aws_response resp;
	struct strbuf call_err = STRBUF_INIT;
	int rc = aws_json_call(c, &aws_service_ssm, op, in, out,
			       &resp, &call_err);

	if (attempts)
		*attempts = resp.attempts;
	if (rc && aws_error_code_in(resp.error_code, codes)) {
		rc = 1;
	} else if (rc) {
		strbuf_redact(&call_err, 0, secret);
		strbuf_addstr(err, call_err.buf);
		rc = -1;
	}
	strbuf_release(&call_err);
	aws_response_free(&resp);
	return rc;
}

/* DescribeParameters' entry of `name`: 0 with *p (NULL when there is none). */
static int describe_parameter(struct aws_client *c, const char *name, json_t **p,
			      struct strbuf *err)
{
	json_t *req = json_pack("{s:[{s:s, s:s, s:[s]}]}", "ParameterFilters", "Key", "Name",
				"Option", "Equals", "Values", name);
	json_t *resp = NULL, *e;
	size_t i;
	int rc = ssm_call(c, "DescribeParameters", req, NULL, NULL, &resp, NULL, err);

	json_decref(req);
	*p = NULL;
	if (!rc)
		json_array_foreach(value_get(resp, "Parameters"), i, e)
			if (value_get_string(e, "Name") && !strcmp(value_get_string(e, "Name"), name))
				*p = json_incref(e);
	json_decref(resp);
	return rc ? -1 : 0;
}

/* GetParameter WithDecryption: 0 with *p, 1 when there is none, -1. */
static int get_parameter(struct aws_client *c, const char *name, json_t **p, struct strbuf *err)
{
	json_t *req = json_pack("{s:s, s:b}", "Name", name, "WithDecryption", 1), *resp = NULL;
	int rc = ssm_call(c, "GetParameter", req, NULL, not_found, &resp, NULL, err);

	json_decref(req);
	*p = rc == 0 ? json_incref(value_get(resp, "Parameter")) : NULL;
	json_decref(resp);
	return rc;
}

static int read_tags(struct aws_client *c, const char *name, json_t **tags, struct strbuf *err)
{
	json_t *req = json_pack("{s:s, s:s}", "ResourceType", "Parameter", "ResourceId", name);
	json_t *resp = NULL;
	int rc = ssm_call(c, "ListTagsForResource", req, NULL, NULL, &resp, NULL, err);

	json_decref(req);
	*tags = rc ? NULL : aws_tag_map(value_get(resp, "TagList"), "Key", "Value");
	json_decref(resp);
	return rc ? -1 : 0;
}

static int sync_tags(struct aws_client *c, const char *name, const json_t *have,
		     const json_t *want, struct strbuf *err)
{
	json_t *removed, *changed;
	int rc = 0;

	value_map_diff(have, want, &removed, &changed);
	if (json_array_size(removed)) {
		json_t *req = json_pack("{s:s, s:s, s:O}", "ResourceType", "Parameter",
					"ResourceId", name, "TagKeys", removed);

		rc = ssm_call(c, "RemoveTagsFromResource", req, NULL, NULL, NULL, NULL, err);
		json_decref(req);
	}
	if (!rc && json_object_size(changed)) {
		json_t *req = json_pack("{s:s, s:s, s:o}", "ResourceType", "Parameter",
					"ResourceId", name, "Tags",
					aws_tag_list(changed, "Key", "Value"));

		rc = ssm_call(c, "AddTagsToResource", req, NULL, NULL, NULL, NULL, err);
		json_decref(req);
	}
	json_decref(removed);
	json_decref(changed);
	return rc ? -1 : 0;
}

static int parameter_read(void *client, const char *id, const json_t *prior, json_t **out,
			  struct strbuf *err)
{
	struct aws_client *c = client;
	json_t *p = NULL, *d = NULL, *tags = NULL, *o;
	const char *key;
	int rc;

	*out = NULL;
	rc = get_parameter(c, id, &p, err);
	if (rc) {
		json_decref(p);
		return rc < 0 ? -1 : 0;
	}
	if (describe_parameter(c, id, &d, err) || read_tags(c, id, &tags, err)) {
		json_decref(p);
		json_decref(d);
		return -1;
	}
	o = json_object();
	json_object_set_new(o, "name", json_string(id));
	value_copy_string(o, "parameter_type", p, "Type", NULL);
	value_copy_string(o, "value", p, "Value", NULL);
	value_copy_string(o, "description", d, "Description", "");
	key = value_get_string(d, "KeyId");
	if (key && *key && (strcmp(key, DEFAULT_SSM_KEY) ||
			    value_get_string(prior, "key_id")))
		json_object_set_new(o, "key_id", json_string(key));
	value_copy_string(o, "tier", d, "Tier", "Standard");
	value_copy_string(o, "allowed_pattern", d, "AllowedPattern", NULL);
	value_copy_string(o, "data_type", p, "DataType", "text");
	json_object_set_new(o, "tags", tags);
	value_copy_string(o, "arn", p, "ARN", NULL);
	json_object_set_new(o, "version", json_integer(value_get_integer(p, "Version", 1)));
	json_decref(p);
	json_decref(d);
	*out = o;
	return 0;
}

/* PutParameter's request from desired (Overwrite as given). */
static json_t *put_request(const json_t *desired, bool overwrite)
{
	json_t *req = json_object();
	const char *s;

	value_copy_string(req, "Name", desired, "name", NULL);
	value_copy_string(req, "Type", desired, "parameter_type", NULL);
	value_copy_string(req, "Value", desired, "value", NULL);
	value_copy_string(req, "Description", desired, "description", "");
	if ((s = value_get_string(desired, "key_id")) && *s)
		json_object_set_new(req, "KeyId", json_string(s));
	value_copy_string(req, "Tier", desired, "tier", "Standard");
	if ((s = value_get_string(desired, "allowed_pattern")) && *s)
		json_object_set_new(req, "AllowedPattern", json_string(s));
	value_copy_string(req, "DataType", desired, "data_type", "text");
	json_object_set_new(req, "Overwrite", json_boolean(overwrite));
	return req;
}

static bool differs(const json_t *a, const char *an, const json_t *b, const char *bn)
{
	const char *x = value_get_string(a, an), *y = value_get_string(b, bn);

	return strcmp(x ? x : "", y ? y : "");
}

/* The converge (the contract, provider/aws/adopt.h): the parameter `name`
 * from `have` (what read() gives) to desired: PutParameter (Overwrite) when
 * its value or settings differ, then its tags; read back. */
static int parameter_converge(struct aws_client *c, const char *name, const json_t *have,
			      const json_t *desired, json_t **out, struct strbuf *err)
{
	json_t *want_tags = value_get(desired, "tags");
	const char *value = value_get_string(desired, "value");
	int rc = 0;

	*out = NULL;
	if ((differs(have, "value", desired, "value") ||
		    differs(have, "parameter_type", desired, "parameter_type") ||
		    differs(have, "description", desired, "description") ||
		    differs(have, "tier", desired, "tier") ||
		    differs(have, "allowed_pattern", desired, "allowed_pattern") ||
		    differs(have, "data_type", desired, "data_type") ||
		    (value_get_string(desired, "key_id") &&
		     differs(have, "key_id", desired, "key_id")))) {
		json_t *req = put_request(desired, true);

		rc = ssm_call(c, "PutParameter", req, value, NULL, NULL, NULL, err);
		json_decref(req);
	}
	if (!rc)
		rc = sync_tags(c, name, value_get(have, "tags"), want_tags, err);
	if (rc)
		return -1;
	return aws_read_written(parameter_read, c, name, desired, out, err,
				PARAM_TYPE ": parameter %s was written but GetParameter does not "
				"find it", name);
}

static int parameter_send_create(struct aws_client *c, const json_t *desired,
				 const struct create_call *call, struct aws_sent *sent,
				 struct strbuf *err)
{
	const char *name = value_get_string(desired, "name");
	const char *value = value_get_string(desired, "value");
	const json_t *tags = value_get(desired, "tags");
	json_t *req;
	int rc;

	(void)call;
	if (!name || !value) {
		strbuf_addstr(err, PARAM_TYPE ": name and value need values to send");
		return -1;
	}
	req = put_request(desired, false);
	if (json_object_size(tags))
		json_object_set_new(req, "Tags", aws_tag_list(tags, "Key", "Value"));
	rc = ssm_call(c, "PutParameter", req, value, already_exists, NULL, &sent->attempts, err);
	json_decref(req);
	if (aws_sent_from_call(sent, rc, name, "ssm PutParameter: ParameterAlreadyExists") < 0)
		return -1;
	/* converged from what reads back, as every write of it is */
	sent->left_out = true;
	return 0;
}

/* The evidence of a parameter found there: the type and value this create
 * sent, read back, and when it was last written. */
static int parameter_evidence(struct aws_client *c, const char *name, const json_t *desired,
			      const json_t *have, json_t **sent, json_t **seen, time_t *created,
			      struct strbuf *err)
{
	const char *value = value_get_string(desired, "value");
	json_t *got = NULL;
	int rc = get_parameter(c, name, &got, err);

	(void)have;
	if (rc) {
		json_decref(got);
		return rc;
	}
	*sent = json_pack("{s:s, s:s}", "Type", value_get_string_or(desired, "parameter_type", ""), "Value",
			  value ? value : "");
	*seen = json_pack("{s:s, s:s}", "Type", value_get_string_or(got, "Type", ""), "Value",
			  value_get_string_or(got, "Value", ""));
	*created = aws_time_of(value_get(got, "LastModifiedDate"));
	json_decref(got);
	return 0;
}

/* Create and update (the contract, provider/aws/adopt.h): an update
 * converges from a live read (shaped by desired). `prior` is not used. */
static const struct aws_native_ops parameter_native = {
	.send_create = parameter_send_create,
	.adopt = { .by = AWS_ADOPT_BY_READ_BACK, .noun = "name", .object = "SSM parameter %s",
		   .evidence = parameter_evidence },
	.converge = parameter_converge,
	.read = parameter_read,
	.created_shape = AWS_SHAPE_DESIRED,
	.update_shape = AWS_SHAPE_DESIRED,
	.made_missing = PARAM_TYPE ": parameter %s was written but GetParameter does not find it",
	.gone = PARAM_TYPE ": parameter %s was written but GetParameter does not find it",
};

AWS_NATIVE_FUNCTIONS(parameter, parameter_native)

static int parameter_delete(void *client, const char *id, const json_t *prior,
			    struct strbuf *err)
{
	json_t *req = json_pack("{s:s}", "Name", id);
	int rc;

	(void)prior;
	rc = ssm_call(client, "DeleteParameter", req, NULL, not_found, NULL, NULL, err);
	json_decref(req);
	return rc < 0 ? -1 : 0;
}

/* For sweep (listing.h): the tags come from read(). */
static const struct aws_json_listing parameter_listing = {
	&aws_service_ssm, "DescribeParameters", NULL, "Name", NULL, "LastModifiedDate", NULL,
};

static int parameter_list(void *client, const struct resource_query *q,
			  struct resource_items *out, struct strbuf *err)
{
	return aws_list_json(client, &parameter_listing, q, out, err);
}

const struct resource_type aws_ssm_parameter_type = {
	.name = PARAM_TYPE,
	.description = "a Parameter Store parameter (String, StringList or SecureString)",
	.attrs = parameter_attrs,
	.terraform_type = "aws_ssm_parameter",
	.terraform_attrs = "name parameter_type=type value description key_id tier allowed_pattern data_type "
			   "tags arn version",
	.read = parameter_read,
	.create = parameter_create,
	.update = parameter_update,
	.native = &parameter_native,
	.delete = parameter_delete,
	.import_id = "its name",
	.id_attr = "name",
	.list = parameter_list,
	.list_rank = 8,
};
