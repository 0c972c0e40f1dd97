/*
 * sqs/queue_policy.c: the resource type aws.sqs.queue_policy, an access
 * policy set on each of a set of SQS queues, named by their URLs
 * (CloudFormation's AWS::SQS::QueuePolicy; Terraform's aws_sqs_queue_policy
 * is a set of one): SetQueueAttributes Policy on each queue, and on a
 * queue dropped or at delete an empty Policy (a queue has none until one
 * is set), as CloudFormation does. Its id is the first queue's URL; the
 * rest (read, update, delete by the state's queues) is sns/api.h's
 * sns_policy_*, which SNS and SQS share. aws.sqs.queue's own `policy`
 * unset means none (one set outside is removed), so a policy of this type
 * on a queue the stack writes as aws.sqs.queue would be removed by it on
 * every apply: sns/rules.c refuses that at validate.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/resources.h"
#include "provider/aws/sns/api.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

#define QUEUE_POLICY "aws.sqs.queue_policy"

static const char *const not_found[] = { "QueueDoesNotExist", "NonExistentQueue", NULL };

static const struct attr_schema queue_policy_attrs[] = {
	{ .name = "queues", .type = ATTR_LIST, .flags = ATTR_REQUIRED, .elem_type = ATTR_STRING,
	  .description = "the URLs of the queues it is set on (a set: order does not matter)" },
	{ .name = "policy", .type = ATTR_JSON, .flags = ATTR_REQUIRED,
	  .description = "the access policy document" },
	{ .name = NULL },
};

static int queue_get(struct aws_client *c, const char *url, bool *there, json_t **doc,
		     struct strbuf *err)
{
	json_t *in = json_pack("{s:s, s:[s]}", "QueueUrl", url, "AttributeNames", "Policy");
	json_t *resp = NULL;
	int rc = aws_json_call_codes(c, &aws_service_sqs, "GetQueueAttributes", in, not_found,
				     &resp, NULL, NULL, err);

	json_decref(in);
	*there = rc == 0;
	*doc = rc ? NULL : sns_json_value(value_get_string(value_get(resp, "Attributes"), "Policy"));
	json_decref(resp);
	return rc < 0 ? -1 : 0;
}

/* The queue's ARN from its URL (.../ACCOUNT/NAME) and the client's region:
 * what S3's check of a notification's queue is noted by (timing.h). */
static void note_policy(struct aws_client *c, const char *url)
{
	const char *name = strrchr(url, '/'), *account = name;
	const char *region = aws_client_region(c);
	char *arn;

	while (account && account > url && account[-1] != '/')
		account--;
	if (!name || !account || account == name)
		return;
	arn = xasprintf("arn:%s:sqs:%s:%.*s:%s", aws_partition(region), region ? region : "",
			(int)(name - account), account, name + 1);
	aws_client_note_grant(c, arn);
	free(arn);
}

static int queue_set(struct aws_client *c, const char *url, const char *text,
		     struct strbuf *err)
{
	json_t *in = json_pack("{s:s, s:{s:s}}", "QueueUrl", url, "Attributes", "Policy",
			       text ? text : "");
	int rc = aws_json_call_codes(c, &aws_service_sqs, "SetQueueAttributes", in, NULL, NULL,
				     NULL, NULL, err);

	json_decref(in);
	if (!rc && text)
		note_policy(c, url);
	return rc ? -1 : 0;
}

static const struct sns_policy_kind queue_kind = {
	QUEUE_POLICY, "queues", queue_get, queue_set,
};

static int queue_policy_read(void *client, const char *id, const json_t *prior, json_t **out,
			     struct strbuf *err)
{
	return sns_policy_read(&queue_kind, client, id, prior, out, err);
}

static int queue_policy_converge(struct aws_client *c, const char *id, const json_t *have,
				 const json_t *desired, json_t **out, struct strbuf *err)
{
	if (sns_policy_put(&queue_kind, c, have, desired, err))
		return -1;
	return aws_read_written(queue_policy_read, c, id, desired, out, err,
				QUEUE_POLICY " %s: set, but GetQueueAttributes finds no queue of it", id);
}

static char *queue_policy_id(const json_t *desired)
{
	return sns_policy_id(&queue_kind, desired);
}

/* The create's send: the policy set on every queue. */
static int queue_policy_send_create(struct aws_client *c, const json_t *desired,
				    const struct create_call *call, struct aws_sent *sent,
				    struct strbuf *err)
{
	char *id = queue_policy_id(desired);

	(void)call;
	if (!id) {
		strbuf_addstr(err, QUEUE_POLICY ": queues has no queue to set it on");
		return -1;
	}
	if (sns_policy_put(&queue_kind, c, NULL, desired, err)) {
		free(id);
		return -1;
	}
	sent->id = id;
	return 0;
}

/* Create and update (the contract, provider/aws/adopt.h): a set replaces
 * the policy there, so the send never finds one; read() takes the queues
 * from desired after a create and from the state before an update. */
static const struct aws_native_ops queue_policy_native = {
	.send_create = queue_policy_send_create,
	.adopt = { .by = AWS_ADOPT_BY_OVERWRITE, .noun = "queue",
		   .object = QUEUE_POLICY ": the policy of queue %s" },
	.converge = queue_policy_converge,
	.read = queue_policy_read,
	.created_shape = AWS_SHAPE_DESIRED,
	.update_shape = AWS_SHAPE_PRIOR,
	.made_missing = QUEUE_POLICY " %s: set, but GetQueueAttributes finds no queue of it",
	.gone = QUEUE_POLICY " %s: in the state but none of its queues is there",
};

AWS_NATIVE_FUNCTIONS(queue_policy, queue_policy_native)

static int queue_policy_delete(void *client, const char *id, const json_t *prior,
			       struct strbuf *err)
{
	return sns_policy_delete(&queue_kind, client, id, prior, err);
}

/* plan_desired: the queues are a set, compared sorted. */
static int queue_policy_plan_desired(json_t *desired, const json_t *prior, struct strbuf *err)
{
	json_t *sorted = value_string_set(json_object_get(desired, "queues"));

	(void)prior;
	(void)err;
	if (sorted)
		json_object_set_new(desired, "queues", sorted);
	return 0;
}

/* read() and delete() find the policy on the queues the state lists. */
static const char *const queue_policy_found_by[] = { "queues", NULL };

const struct resource_type aws_sqs_queue_policy_type = {
	.name = QUEUE_POLICY,
	.description = "an access policy set on each of a set of SQS queues",
	.attrs = queue_policy_attrs,
	.terraform_type = "aws_sqs_queue_policy",
	.terraform_attrs = "policy",
	.read = queue_policy_read,
	.create = queue_policy_create,
	.update = queue_policy_update,
	.delete = queue_policy_delete,
	.native = &queue_policy_native,
	.plan_desired = queue_policy_plan_desired,
	.import_id = "a queue's URL (read on the queues the stack gives it)",
	.config_id = queue_policy_id,
	.found_by = queue_policy_found_by,
};
