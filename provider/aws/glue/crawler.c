/*
 * glue/crawler.c: the resource type aws.glue.crawler, a Glue crawler that
 * catalogs S3 data as tables of a Glue database (glue/api.h for Glue's call,
 * ARNs and tags). Identified by its name.
 *
 * CreateCrawler and UpdateCrawler pass a role: they retry for IAM role
 * propagation. A running crawler refuses updates and deletion: those wait,
 * bounded, for its crawl to end. A role Glue answers by name is reported as
 * the ARN the stack wrote.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/glue/api.h"
#include "provider/aws/listing.h"
#include "provider/aws/run/api.h"
#include "provider/aws/resources.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

static const char *const not_found[] = { "EntityNotFoundException", NULL };

#define CRAWLER_TYPE "aws.glue.crawler"

static const struct attr_schema crawler_s3_target_attrs[] = {
	{ .name = "path", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "s3:// URI of the data to crawl" },
	{ .name = "exclusions", .type = ATTR_LIST, .flags = ATTR_OPTIONAL,
	  .elem_type = ATTR_STRING, .description = "glob patterns left out of the crawl",
	  .default_json = "[]" },
	{ .name = NULL },
};

static const struct attr_schema crawler_schema_policy_attrs[] = {
	{ .name = "update_behavior", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "UPDATE_IN_DATABASE or LOG",
	  .default_json = "\"UPDATE_IN_DATABASE\"" },
	{ .name = "delete_behavior", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "DEPRECATE_IN_DATABASE, DELETE_FROM_DATABASE or LOG",
	  .default_json = "\"DEPRECATE_IN_DATABASE\"" },
	{ .name = NULL },
};

#define CRAWLER_POLICY_DEFAULT \
	"{\"update_behavior\": \"UPDATE_IN_DATABASE\", \"delete_behavior\": \"DEPRECATE_IN_DATABASE\"}"

static const struct attr_schema crawler_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "crawler name" },
	{ .name = "role", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "IAM role the crawler runs as: ${role.arn} (a role name works too)" },
	{ .name = "database_name", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "Glue database the crawler writes tables to" },
	{ .name = "s3_targets", .type = ATTR_OBJECT_LIST, .flags = ATTR_REQUIRED,
	  .description = "S3 locations to crawl: path, exclusions",
	  .nested = crawler_s3_target_attrs },
	{ .name = "schedule", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "cron expression, like \"cron(0 3 * * ? *)\"; unset: on demand only" },
	{ .name = "table_prefix", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "prefix of the tables the crawler creates", .default_json = "\"\"" },
	{ .name = "description", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "description", .default_json = "\"\"" },
	{ .name = "schema_change_policy", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL,
	  .description = "update_behavior, delete_behavior", .nested = crawler_schema_policy_attrs,
	  .default_json = CRAWLER_POLICY_DEFAULT },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "crawler tags", .default_json = "{}" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "ARN of the crawler" },
	{ .name = NULL },
};

/* The crawler definition shared by CreateCrawler and UpdateCrawler. For an
 * update, cleared values are sent empty (UpdateCrawler keeps what is left
 * out); a create leaves them out. */
static json_t *crawler_definition(const json_t *desired, bool for_update)
{
	const json_t *policy = value_get(desired, "schema_change_policy");
	json_t *def = json_object(), *targets = json_array();
	size_t i;
	json_t *t;

	json_object_set(def, "Role", value_get(desired, "role"));
	json_object_set(def, "DatabaseName", value_get(desired, "database_name"));
	json_array_foreach(value_get(desired, "s3_targets"), i, t) {
		json_t *target = json_object();

		json_object_set(target, "Path", value_get(t, "path"));
		json_object_set_new(target, "Exclusions", glue_list_or_empty(t, "exclusions"));
		json_array_append_new(targets, target);
	}
	json_object_set_new(def, "Targets", json_pack("{s:o}", "S3Targets", targets));
	if (for_update) {
		json_object_set_new(def, "Schedule", glue_string_or(desired, "schedule", ""));
		json_object_set_new(def, "TablePrefix", glue_string_or(desired, "table_prefix", ""));
		json_object_set_new(def, "Description", glue_string_or(desired, "description", ""));
	} else {
		glue_set_if_nonempty(def, "Schedule", value_get(desired, "schedule"));
		glue_set_if_nonempty(def, "TablePrefix", value_get(desired, "table_prefix"));
		glue_set_if_nonempty(def, "Description", value_get(desired, "description"));
	}
	json_object_set_new(def, "SchemaChangePolicy",
			    json_pack("{s:o, s:o}",
				      "UpdateBehavior",
				      glue_string_or(policy, "update_behavior", "UPDATE_IN_DATABASE"),
				      "DeleteBehavior",
				      glue_string_or(policy, "delete_behavior", "DEPRECATE_IN_DATABASE")));
	return def;
}

static int get_crawler(struct aws_client *c, const char *name, json_t **crawler,
		       struct strbuf *err)
{
	json_t *input = json_pack("{s:s}", "Name", name);
	json_t *body;
	int rc = glue_call(c, "GetCrawler", input, not_found, &body, NULL, NULL, err);

	json_decref(input);
	*crawler = NULL;
	if (rc == 0)
		*crawler = json_incref(value_get(body, "Crawler"));
	json_decref(body);
	return rc < 0 ? -1 : 0;
}

/* Crawler `crawler` as GetCrawler and GetCrawlers give it, as attributes,
 * with its tags read: for read() and for the listing alike. */
static int crawler_attrs_of(struct aws_client *c, const char *name, const json_t *crawler,
			    const json_t *prior, json_t **out, struct strbuf *err)
{
	const json_t *policy;
	json_t *o, *targets = json_array();
	size_t i;
	json_t *t;

	*out = NULL;
	o = json_object();
	json_object_set_new(o, "name", glue_string_or(crawler, "Name", name));
	json_object_set_new(o, "role", glue_role_as_written(value_get_string(crawler, "Role"), prior));
	json_object_set_new(o, "database_name", glue_string_or(crawler, "DatabaseName", NULL));
	json_array_foreach(value_get(value_get(crawler, "Targets"), "S3Targets"), i, t)
		json_array_append_new(targets, json_pack("{s:o, s:o}", "path",
							 glue_string_or(t, "Path", NULL), "exclusions",
							 glue_list_or_empty(t, "Exclusions")));
	json_object_set_new(o, "s3_targets", targets);
	json_object_set_new(o, "schedule",
			    glue_string_or(value_get(crawler, "Schedule"), "ScheduleExpression", NULL));
	if (json_is_string(json_object_get(o, "schedule")) &&
	    !json_string_length(json_object_get(o, "schedule")))
		json_object_set_new(o, "schedule", json_null());
	json_object_set_new(o, "table_prefix", glue_string_or(crawler, "TablePrefix", ""));
	json_object_set_new(o, "description", glue_string_or(crawler, "Description", ""));
	policy = value_get(crawler, "SchemaChangePolicy");
	json_object_set_new(o, "schema_change_policy",
			    json_pack("{s:o, s:o}",
				      "update_behavior",
				      glue_string_or(policy, "UpdateBehavior", "UPDATE_IN_DATABASE"),
				      "delete_behavior",
				      glue_string_or(policy, "DeleteBehavior", "DEPRECATE_IN_DATABASE")));
	if (glue_read_arn_and_tags(c, "crawler", name, prior, o, err)) {
		json_decref(o);
		return -1;
	}
	*out = o;
	return 0;
}

static int crawler_read(void *client, const char *name, const json_t *prior, json_t **out,
			struct strbuf *err)
{
	json_t *crawler;
	int rc;

	*out = NULL;
	if (get_crawler(client, name, &crawler, err))
		return -1;
	if (!crawler)
		return 0;
	rc = crawler_attrs_of(client, name, crawler, prior, out, err);
	json_decref(crawler);
	return rc;
}

static const char *const crawler_ready[] = { "READY", NULL };

/* Glue API reference, Crawler State: RUNNING, then STOPPING, then READY; a
 * call the crawl refuses (CrawlerRunningException) waits. */
static const struct aws_poll crawler_poll = { .timeout_s = 900.0, .interval_s = 2.0 };

/* A crawl ends in the background (RUNNING, STOPPING, READY); gone is done. */
const struct aws_waiter crawler_idle = {
	.what = "glue crawler %s to finish its crawl", .service = &aws_service_glue,
	.operation = "GetCrawler", .id_param = "Name",
	.status_path = "Crawler/State",
	.done = crawler_ready, .gone = not_found, .gone_is_done = true,
	.poll = &crawler_poll,
};

/*
 * A crawler operation that a running crawl refuses (CrawlerRunningException):
 * wait, bounded, for the crawl to end, then try once more. `accepted` as for
 * glue_call.
 */
static int crawler_request(struct aws_client *c, const char *op, const json_t *input,
			   const char *const *accepted,
			   struct strbuf *err)
{
	const char *first[8] = { "CrawlerRunningException" };
	const char *name = value_get_string(input, "Name");
	const char *code;
	size_t n = 1;
	int rc;

	for (const char *const *a = accepted; a && *a && n < 7; a++)
		first[n++] = *a;
	rc = glue_call(c, op, input, first, NULL, &code, NULL, err);
	if (rc != 1 || strcmp(code, "CrawlerRunningException"))
		return rc;
	/* The message says which call waits: "... its crawl before UpdateCrawler". */
	struct aws_waiter before_op = crawler_idle;
	char *what = xasprintf("%s before %s", crawler_idle.what, op);

	before_op.what = what;
	rc = aws_waiter_run(c, &before_op, name, err);
	free(what);
	if (rc)
		return -1;
	return glue_call(c, op, input, accepted, NULL, NULL, NULL, err);
}

static const char *const crawler_tag_attrs[] = { "tags", NULL };

/* The converge (the contract, provider/aws/adopt.h): from `have` (the crawler as read()
 * gives it) to `desired`, then read back. */
static int crawler_converge(struct aws_client *c, const char *name, const json_t *have,
			    const json_t *desired, json_t **out, struct strbuf *err)
{
	*out = NULL;
	if (glue_definition_differs(crawler_attrs, have, desired, crawler_tag_attrs)) {
		json_t *input = crawler_definition(desired, true);
		int rc;

		json_object_set_new(input, "Name", json_string(name));
		rc = crawler_request(c, "UpdateCrawler", input, NULL, err);
		json_decref(input);
		if (rc)
			return -1;
	}
	if (glue_sync_tags(c, "crawler", name, have, desired, err))
		return -1;
	return aws_read_written(crawler_read, c, name, desired, out, err,
				CRAWLER_TYPE ": crawler %s was written but GetCrawler "
				"does not find it", name);
}

static int crawler_send_create(struct aws_client *c, const json_t *desired,
			       const struct create_call *call, struct aws_sent *sent,
			       struct strbuf *err)
{
	const char *name = value_get_string(desired, "name");
	json_t *input;

	(void)call;
	if (!name) {
		strbuf_addstr(err, CRAWLER_TYPE ": name has no value to send");
		return -1;
	}
	input = crawler_definition(desired, false);
	json_object_set_new(input, "Name", json_string(name));
	return glue_send_create(c, "CreateCrawler", input, desired, sent, err);
}

/*
 * Create and update (the contract, provider/aws/adopt.h): an update converges from a
 * live read (GetCrawler as the crawler is now, shaped by desired as read()
 * shapes what it reports, the calls for what differs, then read back).
 * `prior` is not used (neither exception: no write-only attribute, the
 * name addresses it).
 */
static const struct aws_native_ops crawler_native = {
	.send_create = crawler_send_create,
	.adopt = { .by = AWS_ADOPT_BY_NAME_AND_TAGS, .noun = "name",
		   .object = CRAWLER_TYPE ": a crawler named %s" },
	.converge = crawler_converge,
	.read = crawler_read,
	.created_shape = AWS_SHAPE_DESIRED,
	.update_shape = AWS_SHAPE_DESIRED,
	.made_missing = CRAWLER_TYPE ": crawler %s was written but GetCrawler does not find it",
	.gone = CRAWLER_TYPE ": crawler %s is in the state but GetCrawler does not find it",
};

AWS_NATIVE_FUNCTIONS(crawler, crawler_native)

static int crawler_delete(void *client, const char *id, const json_t *prior,
			  struct strbuf *err)
{
	json_t *input = json_pack("{s:s}", "Name", id);
	int rc;

	(void)prior;
	rc = crawler_request(client, "DeleteCrawler", input, not_found, err);
	json_decref(input);
	return rc < 0 ? -1 : 0;
}

/* For sweep (listing.h). */
static const struct aws_json_listing crawler_listing = {
	&aws_service_glue, "GetCrawlers", NULL, "Name", NULL, "CreationTime", NULL,
};

static int crawler_list(void *client, const struct resource_query *q,
			struct resource_items *out, struct strbuf *err)
{
	return aws_list_json(client, &crawler_listing, q, out, err);
}

/* Refresh by listing (provider.h read_many): GetCrawlers gives each crawler
 * as GetCrawler does; the tags still take one GetTags each. */
static const struct aws_json_listing crawler_pages = {
	&aws_service_glue, "GetCrawlers", "{\"MaxResults\": 1000}", "Name", NULL, NULL, NULL,
};

static int crawler_read_many(void *client, size_t n, const char *const *ids,
			     const json_t *const *priors, size_t max_pages, json_t **out,
			     struct strbuf *err)
{
	return aws_json_read_many(client, &crawler_pages, n, ids, priors, max_pages, out,
				  crawler_attrs_of, err);
}


const struct resource_type aws_glue_crawler_type = {
	.name = "aws.glue.crawler",
	.description = "a Glue crawler: catalogs S3 data as tables of a Glue database",
	.attrs = crawler_attrs,
	.terraform_type = "aws_glue_crawler",
	.terraform_attrs = "name database_name description role schedule table_prefix "
			   "s3_targets=s3_target schema_change_policy tags arn",
	.read = crawler_read,
	.create = crawler_create,
	.update = crawler_update,
	.native = &crawler_native,
	.delete = crawler_delete,
	.import_id = "its name",
	.id_attr = "name",
	.list = crawler_list,
	.list_rank = 3,
	.read_many = crawler_read_many,
	.run = &aws_glue_crawler_runner,
};
