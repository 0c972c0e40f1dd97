/*
 * codecommit/repository.c: the resource type aws.codecommit.repository, a
 * CodeCommit Git repository with its description, default branch, KMS key,
 * triggers and tags, over CodeCommit's json protocol (its target prefix and JSON
 * version: services.def's row); CloudFormation's AWS::CodeCommit::Repository,
 * which Cloud Control cannot make, and hashicorp/aws's
 * aws_codecommit_repository. Its id is its name.
 *
 * A new name replaces the repository: hashicorp/aws renames in place
 * (UpdateRepositoryName), but a terrace id never changes in an update, so
 * the plan says the new name forces replacement (and the repository's
 * content goes with the old one). The default branch can be set only to a
 * branch that exists (UpdateDefaultBranch, BranchDoesNotExistException): a
 * new repository has none until the first push, which makes the pushed
 * branch its default. So, as hashicorp/aws, an empty repository's
 * default_branch waits: read() reports the state's value while CodeCommit
 * reports no default branch, and the converge leaves it; once the
 * repository has branches a branch that is not one of them is refused,
 * naming the attribute. Unset, default_branch and kms_key_id keep what
 * the repository has (CodeCommit's aws/codecommit key when made without
 * one); a new key is UpdateRepositoryEncryptionKey. CreateRepository
 * carries the tags, so a name taken (RepositoryNameExistsException) is
 * adopted only when the repository there carries this stack's tags
 * (AWS_ADOPT_BY_NAME_AND_TAGS): the name is unique in the account and
 * region. Its triggers (CloudFormation's Triggers; hashicorp/aws's separate
 * aws_codecommit_trigger) are the whole list PutRepositoryTriggers sets and
 * GetRepositoryTriggers reads; unset, the repository keeps its own.
 * CloudFormation's Code (a first commit from a zip in S3) is not carried:
 * terrace writes no repository content (docs/providers/aws.md).
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

#define REPO_TYPE "aws.codecommit.repository"

static const char *const not_found[] = { "RepositoryDoesNotExistException", NULL };
static const char *const name_taken[] = { "RepositoryNameExistsException", NULL };
static const char *const no_branch[] = { "BranchDoesNotExistException", NULL };

static const struct aws_json_tagging codecommit_tagging = {
	.service = &aws_service_codecommit, .arn_param = "resourceArn",
	.list_op = "ListTagsForResource", .list_member = "tags", .add_member = "tags",
	.remove_member = "tagKeys",
};

static const struct attr_schema trigger_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the trigger's name, e.g. notify-builds" },
	{ .name = "destination_arn", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the SNS topic or Lambda function it notifies (its ARN)" },
	{ .name = "events", .type = ATTR_LIST, .flags = ATTR_REQUIRED, .elem_type = ATTR_STRING,
	  .description = "what runs it: all (alone), or any of updateReference, createReference, "
			 "deleteReference" },
	{ .name = "branches", .type = ATTR_LIST, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "the branches it watches; unset: every branch" },
	{ .name = "custom_data", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "text sent with each notification" },
	{ .name = NULL },
};

static const struct attr_schema repo_attrs[] = {
	{ .name = "repository_name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "repository name (letters, digits, '.', '_', '-'; at most 100), "
			 "unique in the account and region, e.g. data-pipelines; a new name "
			 "replaces the repository" },
	{ .name = "description", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "what the repository holds (at most 1000 characters)" },
	{ .name = "default_branch", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "the branch a clone checks out, e.g. main: it must exist; in a "
			 "repository with no branch yet it waits for the first push; unset: "
			 "the repository keeps its own (the first branch pushed)" },
	{ .name = "kms_key_id", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "the KMS key (its ARN or id) that encrypts the repository; unset: "
			 "the AWS managed key aws/codecommit" },
	{ .name = "triggers", .type = ATTR_OBJECT_LIST, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .nested = trigger_attrs,
	  .description = "notifications of pushes to SNS topics or Lambda functions, the whole "
			 "list; unset: the repository keeps its own ([] removes every one)" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "repository tags", .default_json = "{}" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "arn:aws:codecommit:REGION:ACCOUNT:NAME" },
	{ .name = "repository_id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the repository's id CodeCommit gave it (a UUID)" },
	{ .name = "clone_url_http", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the HTTPS clone URL, "
			 "https://git-codecommit.REGION.amazonaws.com/v1/repos/NAME" },
	{ .name = "clone_url_ssh", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the SSH clone URL, ssh://git-codecommit.REGION.amazonaws.com/v1/repos/NAME" },
	{ .name = NULL },
};

static int codecommit_call(struct aws_client *c, const char *op, const json_t *in,
			   const char *const *codes, json_t **out, int *attempts,
			   struct strbuf *err)
{
	return aws_json_call_codes(c, &aws_service_codecommit, op, in, codes, out, NULL,
				   attempts, err);
}

/* The key `want` (as a stack writes it: an ARN or a key id) is the key
 * `have` (as CodeCommit reports it, an ARN): the same, or have's key id. */
static bool same_key(const char *want, const char *have)
{
	const char *id;

	if (!want || !have)
		return want == have;
	if (!strcmp(want, have))
		return true;
	id = strrchr(have, '/');
	return id && !strchr(want, '/') && !strcmp(id + 1, want);
}

/* GetRepository's repositoryMetadata of `name` (*meta, a new reference), or
 * NULL when there is none: 0, or -1 with err set. */
static int repo_metadata(struct aws_client *c, const char *name, json_t **meta,
			 struct strbuf *err)
{
	json_t *req = json_pack("{s:s}", "repositoryName", name), *resp = NULL;
	int rc;

	*meta = NULL;
	rc = codecommit_call(c, "GetRepository", req, not_found, &resp, NULL, err);
	json_decref(req);
	if (!rc && json_is_object(value_get(resp, "repositoryMetadata")))
		*meta = json_incref(value_get(resp, "repositoryMetadata"));
	json_decref(resp);
	return rc < 0 ? -1 : 0;
}

/* The triggers as terrace writes them, from GetRepositoryTriggers' list (or
 * the stack's own): the optional members only when they say something. */
static json_t *triggers_of(const json_t *list, const char *dest, const char *data)
{
	json_t *out = json_array();
	size_t i;
	json_t *t;

	json_array_foreach(list, i, t) {
		json_t *o = json_object();
		const json_t *branches = value_get(t, "branches");

		value_copy_string(o, "name", t, "name", NULL);
		value_copy_string(o, "destination_arn", t, dest, NULL);
		json_object_set_new(o, "events", json_is_array(value_get(t, "events"))
						 ? json_incref(value_get(t, "events")) : json_array());
		if (json_array_size(branches))
			json_object_set(o, "branches", (json_t *)branches);
		value_copy_nonempty(o, "custom_data", t, data);
		json_array_append_new(out, o);
	}
	return out;
}

/* read(): `prior` gives default_branch while the repository has none (see
 * the opening comment) and the form of kms_key_id the stack wrote. */
static int repo_read(void *client, const char *id, const json_t *prior, json_t **out,
		     struct strbuf *err)
{
	struct aws_client *c = client;
	const char *key, *had_key = value_get_string(prior, "kms_key_id");
	json_t *meta, *o, *tags = NULL, *req, *resp = NULL;
	int rc;

	*out = NULL;
	if (repo_metadata(c, id, &meta, err))
		return -1;
	if (!meta)
		return 0;
	o = json_object();
	json_object_set_new(o, "repository_name", json_string(id));
	value_copy_nonempty(o, "description", meta, "repositoryDescription");
	value_copy_nonempty(o, "default_branch", meta, "defaultBranch");
	if (!value_is_set(value_get(o, "default_branch")))
		value_copy_nonempty(o, "default_branch", prior, "default_branch");
	key = value_get_string(meta, "kmsKeyId");
	if (key && *key)
		json_object_set_new(o, "kms_key_id",
				    json_string(same_key(had_key, key) ? had_key : key));
	value_copy_string(o, "arn", meta, "Arn", NULL);
	value_copy_string(o, "repository_id", meta, "repositoryId", NULL);
	value_copy_string(o, "clone_url_http", meta, "cloneUrlHttp", NULL);
	value_copy_string(o, "clone_url_ssh", meta, "cloneUrlSsh", NULL);
	json_decref(meta);
	req = json_pack("{s:s}", "repositoryName", id);
	rc = codecommit_call(c, "GetRepositoryTriggers", req, NULL, &resp, NULL, err);
	json_decref(req);
	if (rc) {
		json_decref(o);
		return -1;
	}
	json_object_set_new(o, "triggers",
			    triggers_of(value_get(resp, "triggers"), "destinationArn", "customData"));
	json_decref(resp);
	if (value_get_string(o, "arn") &&
	    aws_json_read_tags(c, &codecommit_tagging, value_get_string(o, "arn"), &tags, err)) {
		json_decref(o);
		return -1;
	}
	json_object_set_new(o, "tags", tags ? tags : json_object());
	*out = o;
	return 0;
}

/* UpdateDefaultBranch to desired's branch; a branch that does not exist is
 * left waiting while the repository has no branch at all (GetRepository
 * reports no default branch), else refused naming the attribute. */
static int repo_set_default_branch(struct aws_client *c, const char *name, const char *branch,
				   struct strbuf *err)
{
	json_t *req = json_pack("{s:s, s:s}", "repositoryName", name, "defaultBranchName", branch);
	json_t *meta = NULL;
	int rc;

	rc = codecommit_call(c, "UpdateDefaultBranch", req, no_branch, NULL, NULL, err);
	json_decref(req);
	if (rc != 1)
		return rc;
	if (repo_metadata(c, name, &meta, err))
		return -1;
	rc = value_get_string(meta, "defaultBranch") ? -1 : 0;
	json_decref(meta);
	if (rc)
		strbuf_addf(err, REPO_TYPE ": repository %s has no branch %s for default_branch "
			    "(codecommit UpdateDefaultBranch: BranchDoesNotExistException): push "
			    "it first, or name a branch it has", name, branch);
	return rc;
}

/* PutRepositoryTriggers with desired's whole list, when it differs from
 * `had` (read()'s): a refusal names the attribute. */
static int repo_put_triggers(struct aws_client *c, const char *name, const json_t *had,
			     const json_t *want, struct strbuf *err)
{
	json_t *mine = triggers_of(want, "destination_arn", "custom_data"), *list, *req;
	size_t i;
	json_t *t;
	int rc = 0;

	if (!json_equal(mine, had ? had : json_null())) {
		list = json_array();
		json_array_foreach(mine, i, t) {
			json_t *sent = json_pack("{s:O, s:O, s:O, s:o}", "name", value_get(t, "name"),
						 "destinationArn", value_get(t, "destination_arn"),
						 "events", value_get(t, "events"), "branches",
						 json_is_array(value_get(t, "branches"))
						 ? json_incref(value_get(t, "branches")) : json_array());

			if (value_get_string(t, "custom_data"))
				json_object_set(sent, "customData", value_get(t, "custom_data"));
			json_array_append_new(list, sent);
		}
		req = json_pack("{s:s, s:o}", "repositoryName", name, "triggers", list);
		rc = codecommit_call(c, "PutRepositoryTriggers", req, NULL, NULL, NULL, err);
		json_decref(req);
		if (rc)
			strbuf_addf(err, " (" REPO_TYPE " %s: triggers)", name);
	}
	json_decref(mine);
	return rc;
}

/* Description, default branch, key, triggers and tags of repository `name`
 * from `have` (read()) to desired, each only when it differs; then read back. */
static int repo_converge(struct aws_client *c, const char *name, const json_t *have,
			 const json_t *desired, json_t **out, struct strbuf *err)
{
	const char *desc = value_get_string(desired, "description");
	const char *had_desc = value_get_string(have, "description");
	const char *branch = value_get_string(desired, "default_branch");
	const char *key = value_get_string(desired, "kms_key_id");
	json_t *req;
	int rc = 0;

	*out = NULL;
	if (strcmp(desc ? desc : "", had_desc ? had_desc : "")) {
		req = json_pack("{s:s}", "repositoryName", name);
		if (desc && *desc)
			json_object_set_new(req, "repositoryDescription", json_string(desc));
		rc = codecommit_call(c, "UpdateRepositoryDescription", req, NULL, NULL, NULL, err);
		json_decref(req);
	}
	if (!rc && branch && *branch &&
	    strcmp(branch, value_get_string_or(have, "default_branch", "")))
		rc = repo_set_default_branch(c, name, branch, err);
	if (!rc && key && *key && !same_key(key, value_get_string(have, "kms_key_id"))) {
		req = json_pack("{s:s, s:s}", "repositoryName", name, "kmsKeyId", key);
		rc = codecommit_call(c, "UpdateRepositoryEncryptionKey", req, NULL, NULL, NULL, err);
		json_decref(req);
		if (rc)
			strbuf_addf(err, " (" REPO_TYPE " %s: kms_key_id %s)", name, key);
	}
	if (!rc && json_is_array(value_get(desired, "triggers")))
		rc = repo_put_triggers(c, name, value_get(have, "triggers"),
				       value_get(desired, "triggers"), err);
	if (!rc && value_get_string(have, "arn"))
		rc = aws_json_sync_tags(c, &codecommit_tagging, value_get_string(have, "arn"),
					value_get(have, "tags"), value_get(desired, "tags"), err);
	if (rc)
		return -1;
	return aws_read_written(repo_read, c, name, desired, out, err,
				REPO_TYPE ": repository %s was written but GetRepository does not "
				"find it", name);
}

/* The create's send: CreateRepository with the description, key and tags
 * (the default branch is the converge's: it needs a branch). */
static int repo_send_create(struct aws_client *c, const json_t *desired,
			    const struct create_call *call, struct aws_sent *sent,
			    struct strbuf *err)
{
	const char *name = value_get_string(desired, "repository_name");
	const char *desc = value_get_string(desired, "description");
	const char *key = value_get_string(desired, "kms_key_id");
	const json_t *tags = value_get(desired, "tags");
	json_t *req;
	int rc;

	(void)call;
	if (!name) {
		strbuf_addstr(err, REPO_TYPE ": repository_name has no value to send");
		return -1;
	}
	req = json_pack("{s:s}", "repositoryName", name);
	if (desc && *desc)
		json_object_set_new(req, "repositoryDescription", json_string(desc));
	if (key && *key)
		json_object_set_new(req, "kmsKeyId", json_string(key));
	if (json_object_size(tags))
		json_object_set(req, "tags", (json_t *)tags);
	rc = codecommit_call(c, "CreateRepository", req, name_taken, NULL, &sent->attempts, err);
	json_decref(req);
	if (rc < 0 && key && *key)
		strbuf_addf(err, " (" REPO_TYPE " %s: kms_key_id %s)", name, key);
	if (aws_sent_from_call(sent, rc, name,
			       "codecommit CreateRepository: RepositoryNameExistsException") < 0)
		return -1;
	sent->left_out = value_get_string(desired, "default_branch") ||
			 json_array_size(value_get(desired, "triggers"));
	return 0;
}

/*
 * Create and update (the contract, provider/aws/adopt.h): an update
 * converges from a live read shaped by the state's prior (exception (b):
 * the default branch an empty repository waits for, the key's form).
 */
static const struct aws_native_ops repo_native = {
	.send_create = repo_send_create,
	.adopt = { .by = AWS_ADOPT_BY_NAME_AND_TAGS, .noun = "repository_name",
		   .object = "CodeCommit repository %s" },
	.converge = repo_converge,
	.read = repo_read,
	.created_shape = AWS_SHAPE_DESIRED,
	.update_shape = AWS_SHAPE_PRIOR,
	.made_missing = REPO_TYPE ": repository %s was made but GetRepository does not find it",
	.gone = REPO_TYPE ": repository %s is in the state but GetRepository does not find it",
};

AWS_NATIVE_FUNCTIONS(repo, repo_native)

/* DeleteRepository answers a repository that is not there with no id. */
static int repo_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	json_t *req = json_pack("{s:s}", "repositoryName", id);
	int rc;

	(void)prior;
	rc = codecommit_call(client, "DeleteRepository", req, NULL, NULL, NULL, err);
	json_decref(req);
	return rc < 0 ? -1 : 0;
}

/* For sweep: ListRepositories pages every repository's name (tags from read()). */
static const struct aws_json_listing repo_listing = {
	&aws_service_codecommit, "ListRepositories", NULL, "repositoryName", NULL, NULL, NULL,
	NULL,
};

static int repo_list(void *client, const struct resource_query *q, struct resource_items *out,
		     struct strbuf *err)
{
	return aws_list_json(client, &repo_listing, q, out, err);
}

const struct resource_type aws_codecommit_repository_type = {
	.name = REPO_TYPE,
	.description = "a CodeCommit Git repository with its description, default branch, KMS "
		       "key, triggers and tags",
	.attrs = repo_attrs,
	.terraform_type = "aws_codecommit_repository",
	.terraform_attrs = "repository_name description default_branch kms_key_id tags arn "
			   "repository_id clone_url_http clone_url_ssh",
	.read = repo_read,
	.create = repo_create,
	.update = repo_update,
	.native = &repo_native,
	.delete = repo_delete,
	.import_id = "its name",
	.id_attr = "repository_name",
	.list = repo_list,
	.list_rank = 6,
};
