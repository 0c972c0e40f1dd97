/*
 * batch/job_queue.c: the resource type aws.batch.job_queue, an AWS Batch
 * job queue: its state, priority, the compute environments it places jobs
 * on in order, and tags, over Batch's rest-json protocol (batch/api.h). Its id
 * is its name.
 *
 * Batch changes a job queue asynchronously, as a compute environment:
 * CreateJobQueue and UpdateJobQueue wait until it is VALID, DeleteJobQueue
 * until it is gone; a queue is deleted only once DISABLED ("you must first
 * set its state to DISABLED", API reference, DeleteJobQueue), so delete
 * disables it first. Its compute environments must be VALID when it is
 * made, which their own create waits for. Batch answers each compute
 * environment of the order as its ARN: read() gives the stack's name back
 * where the ARN is that name's. A queue already there under the name is
 * adopted only when it is this create's own (batch_send_create, adopt.h).
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/batch/api.h"
#include "provider/aws/resources.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

#define QUEUE_TYPE "aws.batch.job_queue"

static const struct batch_kind queue_kind = {
	.noun = "job queue", .describe = "DescribeJobQueues", .list = "jobQueues",
	.name_key = "jobQueueName", .arn_key = "jobQueueArn",
};

static const struct attr_schema order_attrs[] = {
	{ .name = "order", .type = ATTR_NUMBER, .flags = ATTR_REQUIRED,
	  .description = "where the compute environment comes: lower first, e.g. 1" },
	{ .name = "compute_environment", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the compute environment's name or ARN: ${fargate.arn}" },
	{ .name = NULL },
};

static const struct attr_schema queue_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "job queue name (letters, digits, - and _, up to 128), e.g. nightly" },
	{ .name = "state", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "ENABLED (takes jobs) or DISABLED", .default_json = "\"ENABLED\"" },
	{ .name = "priority", .type = ATTR_NUMBER, .flags = ATTR_REQUIRED,
	  .description = "among queues sharing compute environments, the higher first, e.g. 1" },
	{ .name = "compute_environment_order", .type = ATTR_OBJECT_LIST, .flags = ATTR_REQUIRED,
	  .description = "the compute environments jobs are placed on (1 to 3, all Fargate or "
			 "all EC2): order, compute_environment", .nested = order_attrs },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "job queue tags", .default_json = "{}" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "arn:aws:batch:REGION:ACCOUNT:job-queue/NAME" },
	{ .name = NULL },
};

/* What the stack calls the compute environment Batch names `got`: prior's
 * name when got is that name or its ARN (".../compute-environment/NAME"). */
static const char *stack_name(const char *got, const json_t *prior_order)
{
	const json_t *e;
	size_t i;

	json_array_foreach(prior_order, i, e) {
		const char *had = value_get_string(e, "compute_environment");
		const char *slash = got ? strrchr(got, '/') : NULL;

		if (had && got && (!strcmp(had, got) || (slash && !strcmp(had, slash + 1) &&
							  strstr(got, ":compute-environment/"))))
			return had;
	}
	return got;
}

static json_t *queue_attributes(const json_t *q, const json_t *prior)
{
	json_t *o = json_object(), *order = json_array(), *e, *tags = value_get(q, "tags");
	const json_t *prior_order = value_get(prior, "compute_environment_order");
	size_t i;

	json_object_set_new(o, "name", json_string(value_get_string_or(q, "jobQueueName", "")));
	if (value_get_string(q, "state"))
		json_object_set_new(o, "state", json_string(value_get_string(q, "state")));
	json_object_set_new(o, "priority", json_integer(value_get_integer(q, "priority", 0)));
	json_array_foreach(value_get(q, "computeEnvironmentOrder"), i, e) {
		const char *ce = stack_name(value_get_string(e, "computeEnvironment"), prior_order);

		json_array_append_new(order, json_pack("{s:I, s:s}", "order",
						       (json_int_t)value_get_integer(e, "order", 0),
						       "compute_environment", ce ? ce : ""));
	}
	json_object_set_new(o, "compute_environment_order", order);
	json_object_set_new(o, "tags", json_is_object(tags) ? json_deep_copy(tags) : json_object());
	if (value_get_string(q, "jobQueueArn"))
		json_object_set_new(o, "arn", json_string(value_get_string(q, "jobQueueArn")));
	return o;
}

static int queue_read(void *client, const char *id, const json_t *prior, json_t **out,
		      struct strbuf *err)
{
	return batch_read(client, &queue_kind, id, prior, queue_attributes, out, err);
}

static json_t *environment_order(const json_t *desired)
{
	json_t *list = json_array(), *e;
	size_t i;

	json_array_foreach(value_get(desired, "compute_environment_order"), i, e)
		json_array_append_new(list, json_pack("{s:I, s:s}", "order",
						      (json_int_t)value_get_integer(e, "order", 0),
						      "computeEnvironment",
						      value_get_string_or(e, "compute_environment", "")));
	return list;
}

/* State, priority, order and tags of `have` to desired, then read back. */
static int queue_converge(struct aws_client *c, const char *name, const json_t *have,
			  const json_t *desired, json_t **out, struct strbuf *err)
{
	json_t *req = json_pack("{s:s}", "jobQueue", name), *none = json_object();
	const json_t *want_tags = value_get(desired, "tags");
	int rc = 0;

	if (!value_equal(value_get(desired, "state"), value_get(have, "state")) &&
	    value_get_string(desired, "state"))
		json_object_set_new(req, "state", json_string(value_get_string(desired, "state")));
	if (!value_equal(value_get(desired, "priority"), value_get(have, "priority")))
		json_object_set_new(req, "priority",
				    json_integer(value_get_integer(desired, "priority", 0)));
	if (!value_equal(value_get(desired, "compute_environment_order"),
			 value_get(have, "compute_environment_order")))
		json_object_set_new(req, "computeEnvironmentOrder", environment_order(desired));
	if (json_object_size(req) > 1) {
		rc = batch_call(c, "UpdateJobQueue", req, NULL, NULL, NULL, err);
		if (!rc)
			rc = batch_wait(c, &queue_kind, name, false, err);
	}
	json_decref(req);
	if (!rc && value_get_string(have, "arn"))
		rc = batch_sync_tags(c, value_get_string(have, "arn"), value_get(have, "tags"),
				     json_is_object(want_tags) ? want_tags : none, err);
	json_decref(none);
	if (rc)
		return -1;
	return aws_read_written(queue_read, c, name, desired, out, err,
				QUEUE_TYPE ": job queue %s was written but DescribeJobQueues "
				"does not find it", name);
}

static int queue_send_create(struct aws_client *c, const json_t *desired,
			     const struct create_call *call, struct aws_sent *sent,
			     struct strbuf *err)
{
	const char *name = value_get_string(desired, "name");
	const char *state = value_get_string(desired, "state");
	const json_t *tags = value_get(desired, "tags");
	json_t *req;
	int rc;

	if (!name) {
		strbuf_addstr(err, QUEUE_TYPE ": name has no value to send");
		return -1;
	}
	req = json_pack("{s:s, s:I, s:o}", "jobQueueName", name, "priority",
			(json_int_t)value_get_integer(desired, "priority", 0),
			"computeEnvironmentOrder", environment_order(desired));
	if (state)
		json_object_set_new(req, "state", json_string(state));
	if (json_object_size(tags))
		json_object_set(req, "tags", (json_t *)tags);
	rc = batch_send_create(c, &queue_kind, "CreateJobQueue", req, name, sent, err);
	json_decref(req);
	if (rc || sent->exists)
		return rc;
	create_call_made(call, sent->id);
	/* VALID, then converged from what reads back */
	sent->left_out = true;
	return batch_wait(c, &queue_kind, name, false, err);
}

/* A job queue found there takes changes once VALID. */
static int queue_settle(struct aws_client *c, const char *name, struct strbuf *err)
{
	return batch_wait(c, &queue_kind, name, false, err);
}

/*
 * Create and update (the contract, provider/aws/adopt.h): an update converges from a
 * live read (DescribeJobQueues as the job queue is now, shaped by desired
 * as read() shapes what it reports). `prior` is not used (neither
 * exception: nothing write-only, the name addresses it).
 */
static const struct aws_native_ops queue_native = {
	.send_create = queue_send_create,
	.adopt = { .by = AWS_ADOPT_BY_NAME_AND_TAGS, .noun = "name",
		   .object = "Batch job queue %s", .settle = queue_settle },
	.converge = queue_converge,
	.read = queue_read,
	.created_shape = AWS_SHAPE_DESIRED,
	.update_shape = AWS_SHAPE_DESIRED,
	.made_missing = QUEUE_TYPE ": job queue %s was made but DescribeJobQueues does not "
			"find it",
	.gone = QUEUE_TYPE ": job queue %s is in the state but DescribeJobQueues does not "
		"find it",
};

AWS_NATIVE_FUNCTIONS(queue, queue_native)

static int queue_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	(void)prior;
	return batch_delete(client, &queue_kind, "UpdateJobQueue", "DeleteJobQueue", "jobQueue", id,
			    err);
}

static int queue_list(void *client, const struct resource_query *q, struct resource_items *out,
		      struct strbuf *err)
{
	(void)q;
	return batch_list(client, &queue_kind, out, err);
}

const struct resource_type aws_batch_job_queue_type = {
	.name = QUEUE_TYPE,
	.description = "an AWS Batch job queue on its compute environments",
	.attrs = queue_attrs,
	.terraform_type = "aws_batch_job_queue",
	.terraform_attrs = "name state priority compute_environment_order tags arn",
	.read = queue_read,
	.create = queue_create,
	.update = queue_update,
	.native = &queue_native,
	.delete = queue_delete,
	.import_id = "its name",
	.id_attr = "name",
	.list = queue_list,
	.list_rank = 2,
};
