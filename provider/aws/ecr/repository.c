/*
 * ecr/repository.c: the resource type aws.ecr.repository, an ECR image
 * repository with its tag mutability, scan on push, encryption and tags,
 * over ECR's json protocol (its target prefix and JSON version: services.def's
 * row). Its id is its name.
 *
 * The encryption is fixed when the repository is made (a change replaces
 * it); unset, ECR encrypts with AES256. read() reports a KMS key ECR chose
 * (encryption KMS without kms_key) only when the prior state has no
 * encryption without a key: a stack that leaves the key to ECR keeps
 * leaving it. A create that finds the name taken
 * (RepositoryAlreadyExistsException) adopts the repository only when it
 * carries this stack's tags, which CreateRepository sets with it
 * (AWS_ADOPT_BY_NAME_AND_TAGS). Destroy refuses a repository that holds images unless
 * force_delete is set (DeleteRepository's force).
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

#define REPO_TYPE "aws.ecr.repository"

static const char *const not_found[] = { "RepositoryNotFoundException", NULL };
static const char *const already_exists[] = { "RepositoryAlreadyExistsException", NULL };

static const struct aws_json_tagging ecr_tagging = {
	.service = &aws_service_ecr, .arn_param = "resourceArn",
	.list_op = "ListTagsForResource", .list_member = "tags", .add_member = "tags",
	.remove_member = "tagKeys", .key = "Key", .value = "Value",
};

static const struct attr_schema scanning_attrs[] = {
	{ .name = "scan_on_push", .type = ATTR_BOOL, .flags = ATTR_REQUIRED,
	  .description = "scan each image for vulnerabilities when it is pushed" },
	{ .name = NULL },
};

static const struct attr_schema encryption_attrs[] = {
	{ .name = "encryption_type", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "AES256 (S3-managed keys), KMS or KMS_DSSE", .default_json = "\"AES256\"" },
	{ .name = "kms_key", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "the KMS key's ARN for KMS or KMS_DSSE; unset: ECR's AWS managed key "
			 "(aws/ecr)" },
	{ .name = NULL },
};

static const struct attr_schema repo_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "repository name (lower case, digits, . _ - and / for a namespace), "
			 "e.g. data/dbt" },
	{ .name = "image_tag_mutability", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "MUTABLE (a tag may move to another image) or IMMUTABLE",
	  .default_json = "\"MUTABLE\"" },
	{ .name = "image_scanning_configuration", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL,
	  .description = "scan_on_push: scan images as they are pushed", .nested = scanning_attrs,
	  .default_json = "{\"scan_on_push\": false}" },
	{ .name = "encryption_configuration", .type = ATTR_OBJECT,
	  .flags = ATTR_OPTIONAL | ATTR_COMPUTED | ATTR_FORCE_NEW,
	  .description = "encryption_type, kms_key; fixed once made; unset: AES256",
	  .nested = encryption_attrs },
	{ .name = "force_delete", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL | ATTR_CONFIG_ONLY,
	  .description = "destroy deletes the repository with the images it holds (else it is "
			 "refused while it holds any)", .default_json = "false" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "repository tags", .default_json = "{}" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "arn:aws:ecr:REGION:ACCOUNT:repository/NAME" },
	{ .name = "registry_id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the account id of the registry" },
	{ .name = "repository_url", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "where images are pushed and pulled: "
			 "ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME" },
	{ .name = NULL },
};

static int ecr_call(struct aws_client *c, const char *op, const json_t *in,
		    const char *const *codes, json_t **out, int *attempts, struct strbuf *err)
{
	return aws_json_call_codes(c, &aws_service_ecr, op, in,
				   codes, out, NULL, attempts, err);
}

/* The encryption as read: the key ECR chose is left out when the prior state
 * left it to ECR (see the opening comment). */
static json_t *read_encryption(const json_t *e, const json_t *prior)
{
	const json_t *had = value_get(prior, "encryption_configuration");
	const char *type = value_get_string(e, "encryptionType");
	json_t *o = json_pack("{s:s}", "encryption_type", type ? type : "AES256");

	if (value_get_string(e, "kmsKey") &&
	    !(value_is_set(had) && !value_get_string(had, "kms_key")))
		value_copy_string(o, "kms_key", e, "kmsKey", NULL);
	return o;
}

static int repo_read(void *client, const char *id, const json_t *prior, json_t **out,
		     struct strbuf *err)
{
	struct aws_client *c = client;
	json_t *req = json_pack("{s:[s]}", "repositoryNames", id), *resp = NULL, *o, *tags = NULL;
	const json_t *r;
	const char *arn;
	int rc;

	*out = NULL;
	rc = ecr_call(c, "DescribeRepositories", req, not_found, &resp, NULL, err);
	json_decref(req);
	r = json_array_get(value_get(resp, "repositories"), 0);
	if (rc || !r) {
		json_decref(resp);
		return rc < 0 ? -1 : 0;
	}
	o = json_object();
	json_object_set_new(o, "name", json_string(id));
	value_copy_string(o, "image_tag_mutability", r, "imageTagMutability", NULL);
	json_object_set_new(o, "image_scanning_configuration",
			    json_pack("{s:b}", "scan_on_push",
				      json_is_true(value_get(value_get(r, "imageScanningConfiguration"),
							     "scanOnPush"))));
	json_object_set_new(o, "encryption_configuration",
			    read_encryption(value_get(r, "encryptionConfiguration"), prior));
	value_copy_string(o, "arn", r, "repositoryArn", NULL);
	value_copy_string(o, "registry_id", r, "registryId", NULL);
	value_copy_string(o, "repository_url", r, "repositoryUri", NULL);
	json_decref(resp);
	arn = value_get_string(o, "arn");
	if (arn && aws_json_read_tags(c, &ecr_tagging, arn, &tags, err)) {
		json_decref(o);
		return -1;
	}
	json_object_set_new(o, "tags", tags ? tags : json_object());
	*out = o;
	return 0;
}

static const char *mutability(const json_t *desired)
{
	const char *m = value_get_string(desired, "image_tag_mutability");

	return m ? m : "MUTABLE";
}

static bool scan_on_push(const json_t *desired)
{
	return json_is_true(value_get(value_get(desired, "image_scanning_configuration"),
				      "scan_on_push"));
}

/* Tag mutability, scanning and tags of repository `name` from `have` to
 * desired (each only when it differs), then read back. */
static int repo_converge(struct aws_client *c, const char *name, const json_t *have,
			 const json_t *desired, json_t **out, struct strbuf *err)
{
	const json_t *want_tags = value_get(desired, "tags");
	json_t *req;
	const char *had = value_get_string(have, "image_tag_mutability");
	int rc = 0;

	*out = NULL;
	if (strcmp(mutability(desired), had ? had : "")) {
		req = json_pack("{s:s, s:s}", "repositoryName", name, "imageTagMutability",
				mutability(desired));
		rc = ecr_call(c, "PutImageTagMutability", req, NULL, NULL, NULL, err);
		json_decref(req);
	}
	if (!rc && scan_on_push(desired) !=
		   json_is_true(value_get(value_get(have, "image_scanning_configuration"),
					  "scan_on_push"))) {
		req = json_pack("{s:s, s:{s:b}}", "repositoryName", name,
				"imageScanningConfiguration", "scanOnPush", scan_on_push(desired));
		rc = ecr_call(c, "PutImageScanningConfiguration", req, NULL, NULL, NULL, err);
		json_decref(req);
	}
	if (!rc && value_get_string(have, "arn"))
		rc = aws_json_sync_tags(c, &ecr_tagging, value_get_string(have, "arn"),
					value_get(have, "tags"), want_tags, err);
	if (rc)
		return -1;
	return aws_read_written(repo_read, c, name, desired, out, err,
				REPO_TYPE ": repository %s was written but DescribeRepositories "
				"does not find it", name);
}

static int repo_send_create(struct aws_client *c, const json_t *desired,
			    const struct create_call *call, struct aws_sent *sent,
			    struct strbuf *err)
{
	const char *name = value_get_string(desired, "name");
	const json_t *tags = value_get(desired, "tags");
	const json_t *enc = value_get(desired, "encryption_configuration");
	json_t *req;
	int rc;

	(void)call;
	if (!name) {
		strbuf_addstr(err, REPO_TYPE ": name has no value to send");
		return -1;
	}
	req = json_pack("{s:s, s:s, s:{s:b}}", "repositoryName", name, "imageTagMutability",
			mutability(desired), "imageScanningConfiguration", "scanOnPush",
			scan_on_push(desired));
	if (value_is_set(enc)) {
		json_t *e = json_pack("{s:s}", "encryptionType",
				      value_get_string_or(enc, "encryption_type", "AES256"));

		if (value_get_string(enc, "kms_key"))
			json_object_set_new(e, "kmsKey",
					    json_string(value_get_string(enc, "kms_key")));
		json_object_set_new(req, "encryptionConfiguration", e);
	}
	if (json_object_size(tags))
		json_object_set_new(req, "tags", aws_tag_list(tags, "Key", "Value"));
	rc = ecr_call(c, "CreateRepository", req, already_exists, NULL, &sent->attempts, err);
	json_decref(req);
	if (aws_sent_from_call(sent, rc, name,
			       "ecr CreateRepository: RepositoryAlreadyExistsException") < 0)
		return -1;
	/* the lifecycle policy and what else CreateRepository does not carry */
	sent->left_out = true;
	return 0;
}

/* Create and update (the contract, provider/aws/adopt.h): an update converges from a
 * live read, shaped by the state's prior (the key ECR chose). */
static const struct aws_native_ops repo_native = {
	.send_create = repo_send_create,
	.adopt = { .by = AWS_ADOPT_BY_NAME_AND_TAGS, .noun = "name",
		   .object = "ECR repository %s" },
	.converge = repo_converge,
	.read = repo_read,
	.created_shape = AWS_SHAPE_NONE,
	.update_shape = AWS_SHAPE_PRIOR,
	.made_missing = REPO_TYPE ": repository %s was made but DescribeRepositories does not "
			"find it",
	.gone = REPO_TYPE ": repository %s is gone",
};

AWS_NATIVE_FUNCTIONS(repo, repo_native)

static int repo_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	static const char *const codes[] = { "RepositoryNotFoundException",
					     "RepositoryNotEmptyException", NULL };
	json_t *req = json_pack("{s:s, s:b}", "repositoryName", id, "force",
				json_is_true(value_get(prior, "force_delete")));
	const char *code = NULL;
	int rc;

	rc = aws_json_call_codes(client, &aws_service_ecr,
				 "DeleteRepository", req, codes, NULL, &code, NULL, err);
	json_decref(req);
	if (rc == 1 && code && !strcmp(code, "RepositoryNotEmptyException")) {
		strbuf_addf(err, REPO_TYPE ": repository %s still holds images "
			    "(RepositoryNotEmptyException): delete them, or set force_delete: "
			    "true to delete them with it", id);
		return -1;
	}
	return rc < 0 ? -1 : 0;
}

/* For sweep: DescribeRepositories pages every repository (tags from read()). */
static const struct aws_json_listing repo_listing = {
	&aws_service_ecr, "DescribeRepositories", NULL, "repositoryName", NULL, "createdAt", NULL,
	NULL,
};

static int repo_list(void *client, const struct resource_query *q, struct resource_items *out,
		     struct strbuf *err)
{
	return aws_list_json(client, &repo_listing, q, out, err);
}

const struct resource_type aws_ecr_repository_type = {
	.name = REPO_TYPE,
	.description = "an ECR image repository with its tag mutability, scanning, encryption "
		       "and tags",
	.attrs = repo_attrs,
	.terraform_type = "aws_ecr_repository",
	.terraform_attrs = "name image_tag_mutability image_scanning_configuration "
			   "encryption_configuration force_delete tags arn registry_id "
			   "repository_url",
	.read = repo_read,
	.create = repo_create,
	.update = repo_update,
	.native = &repo_native,
	.delete = repo_delete,
	.import_id = "its name",
	.id_attr = "name",
	.list = repo_list,
	.list_rank = 6,
};
