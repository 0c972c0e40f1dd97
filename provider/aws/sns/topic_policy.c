/*
 * sns/topic_policy.c: the resource type aws.sns.topic_policy, an access
 * policy set on each of a set of SNS topics (CloudFormation's
 * AWS::SNS::TopicPolicy; Terraform's aws_sns_topic_policy is a set of
 * one): SetTopicAttributes Policy on each topic, and on a topic dropped
 * or at delete the default policy SNS gives a new topic (its owner's
 * account may do all it may), as CloudFormation puts back. Its id is the
 * first topic's ARN; the rest (read, update, delete by the state's topics)
 * is sns/api.h's sns_policy_*. aws.sns.topic's own `policy` is kept as
 * AWS has it when the stack sets none, so the two fight only over a topic
 * whose policy the stack writes both ways: sns/rules.c refuses that.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/resources.h"
#include "provider/aws/sns/api.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

#define TOPIC_POLICY "aws.sns.topic_policy"

static const char *const not_found[] = { "NotFound", NULL };

static const struct attr_schema topic_policy_attrs[] = {
	{ .name = "topics", .type = ATTR_LIST, .flags = ATTR_REQUIRED, .elem_type = ATTR_STRING,
	  .description = "the ARNs of the topics it is set on (a set: order does not matter)" },
	{ .name = "policy", .type = ATTR_JSON, .flags = ATTR_REQUIRED,
	  .description = "the access policy document" },
	{ .name = NULL },
};

static int topic_get(struct aws_client *c, const char *arn, bool *there, json_t **doc,
		     struct strbuf *err)
{
	json_t *p = json_pack("{s:s}", "TopicArn", arn), *a;
	xmlDocPtr answer = NULL;
	int rc = sns_call(c, "GetTopicAttributes", p, not_found, &answer, NULL, err);

	json_decref(p);
	*there = rc == 0;
	*doc = NULL;
	if (rc)
		return rc < 0 ? -1 : 0;
	a = sns_attributes(answer, "GetTopicAttributes");
	xmlFreeDoc(answer);
	*doc = sns_json_value(value_get_string(a, "Policy"));
	json_decref(a);
	return 0;
}

/* The policy SNS gives a new topic: its owner (the ARN's account) may do
 * what an owner may (the SNS Developer Guide's default topic policy); a
 * format of the topic's ARN and its account. */
static const char default_policy_format[] =
	"{\"Version\":\"2008-10-17\",\"Id\":\"__default_policy_ID\",\"Statement\":"
	"[{\"Sid\":\"__default_statement_ID\",\"Effect\":\"Allow\",\"Principal\":"
	"{\"AWS\":\"*\"},\"Action\":[\"SNS:GetTopicAttributes\",\"SNS:SetTopicAttributes\","
	"\"SNS:AddPermission\",\"SNS:RemovePermission\",\"SNS:DeleteTopic\",\"SNS:Subscribe\","
	"\"SNS:ListSubscriptionsByTopic\",\"SNS:Publish\"],\"Resource\":\"%s\",\"Condition\":"
	"{\"StringEquals\":{\"AWS:SourceOwner\":\"%s\"}}}]}";

static char *default_policy(const char *arn)
{
	char account[32] = "";
	const char *p = arn;

	for (int i = 0; i < 4 && p; i++)
		p = strchr(p, ':') ? strchr(p, ':') + 1 : NULL;
	if (p)
		snprintf(account, sizeof(account), "%.*s", (int)strcspn(p, ":"), p);
	return xasprintf(default_policy_format, arn, account);
}

static int topic_set(struct aws_client *c, const char *arn, const char *text,
		     struct strbuf *err)
{
	char *fallback = text ? NULL : default_policy(arn);
	int rc = sns_set_attribute(c, "SetTopicAttributes", "TopicArn", arn, "Policy",
				   text ? text : fallback, err);

	free(fallback);
	/* S3 checks a topic's policy at once when told to deliver to it:
	 * noted for the propagation wait (timing.h), as aws.sns.topic does. */
	if (!rc && text)
		aws_client_note_grant(c, arn);
	return rc;
}

static const struct sns_policy_kind topic_kind = {
	TOPIC_POLICY, "topics", topic_get, topic_set,
};

static int topic_policy_read(void *client, const char *id, const json_t *prior, json_t **out,
			     struct strbuf *err)
{
	return sns_policy_read(&topic_kind, client, id, prior, out, err);
}

static int topic_policy_converge(struct aws_client *c, const char *id, const json_t *have,
				 const json_t *desired, json_t **out, struct strbuf *err)
{
	if (sns_policy_put(&topic_kind, c, have, desired, err))
		return -1;
	return aws_read_written(topic_policy_read, c, id, desired, out, err,
				TOPIC_POLICY " %s: set, but GetTopicAttributes finds no topic of it", id);
}

static char *topic_policy_id(const json_t *desired)
{
	return sns_policy_id(&topic_kind, desired);
}

/* The create's send: the policy set on every topic. */
static int topic_policy_send_create(struct aws_client *c, const json_t *desired,
				    const struct create_call *call, struct aws_sent *sent,
				    struct strbuf *err)
{
	char *id = topic_policy_id(desired);

	(void)call;
	if (!id) {
		strbuf_addstr(err, TOPIC_POLICY ": topics has no topic to set it on");
		return -1;
	}
	if (sns_policy_put(&topic_kind, c, NULL, desired, err)) {
		free(id);
		return -1;
	}
	sent->id = id;
	return 0;
}

/* Create and update (the contract, provider/aws/adopt.h): a set replaces
 * the policy there, so the send never finds one; read() takes the topics
 * from desired after a create and from the state before an update. */
static const struct aws_native_ops topic_policy_native = {
	.send_create = topic_policy_send_create,
	.adopt = { .by = AWS_ADOPT_BY_OVERWRITE, .noun = "topic",
		   .object = TOPIC_POLICY ": the policy of topic %s" },
	.converge = topic_policy_converge,
	.read = topic_policy_read,
	.created_shape = AWS_SHAPE_DESIRED,
	.update_shape = AWS_SHAPE_PRIOR,
	.made_missing = TOPIC_POLICY " %s: set, but GetTopicAttributes finds no topic of it",
	.gone = TOPIC_POLICY " %s: in the state but none of its topics is there",
};

AWS_NATIVE_FUNCTIONS(topic_policy, topic_policy_native)

static int topic_policy_delete(void *client, const char *id, const json_t *prior,
			       struct strbuf *err)
{
	return sns_policy_delete(&topic_kind, client, id, prior, err);
}

/* plan_desired: the topics are a set, compared sorted. */
static int topic_policy_plan_desired(json_t *desired, const json_t *prior, struct strbuf *err)
{
	json_t *sorted = value_string_set(json_object_get(desired, "topics"));

	(void)prior;
	(void)err;
	if (sorted)
		json_object_set_new(desired, "topics", sorted);
	return 0;
}

/* read() and delete() find the policy on the topics the state lists. */
static const char *const topic_policy_found_by[] = { "topics", NULL };

const struct resource_type aws_sns_topic_policy_type = {
	.name = TOPIC_POLICY,
	.description = "an access policy set on each of a set of SNS topics",
	.attrs = topic_policy_attrs,
	.terraform_type = "aws_sns_topic_policy",
	.terraform_attrs = "policy",
	.read = topic_policy_read,
	.create = topic_policy_create,
	.update = topic_policy_update,
	.delete = topic_policy_delete,
	.native = &topic_policy_native,
	.plan_desired = topic_policy_plan_desired,
	.import_id = "a topic's ARN (read on the topics the stack gives it)",
	.config_id = topic_policy_id,
	.found_by = topic_policy_found_by,
};
