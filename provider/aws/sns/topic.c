/*
 * sns/topic.c: the resource type aws.sns.topic, an SNS topic with its
 * display name, access policy, KMS key, FIFO settings and tags, over SNS's
 * query protocol (sns/api.h). Its id is its name (the ARN follows from it, the
 * account and the region). read() is GetTopicAttributes
 * and ListTagsForResource; what it leaves out is unset: DisplayName "" and
 * no KmsMasterKeyId, FifoTopic and ContentBasedDeduplication false. The
 * policy is the service's default (which names the account) when the stack
 * sets none: optional and computed, kept as AWS has it.
 *
 * CreateTopic is idempotent by name: for a topic that is already there it
 * answers that topic's ARN as if it had made it. So create first looks the
 * name up (GetTopicAttributes on the ARN the name gives): a topic found is
 * adopted only when an earlier attempt may have made it (may_exist) and it
 * carries this stack's tags, which the create sends; else it is refused.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/resources.h"
#include "provider/aws/sns/api.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

#define TOPIC_TYPE "aws.sns.topic"

static const char *const not_found[] = { "NotFound", NULL };

static const struct attr_schema topic_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "topic name (letters, digits, - and _; a FIFO topic's ends in .fifo), "
			 "e.g. retail-pipeline-alerts" },
	{ .name = "display_name", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "the name SMS and email messages show as their sender", .default_json = "\"\"" },
	{ .name = "policy", .type = ATTR_JSON, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "the topic's access policy; unset: SNS's default (the account's own "
			 "principals), kept as SNS has it" },
	{ .name = "kms_master_key_id", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "the KMS key (id, ARN or alias) that encrypts messages at rest, "
			 "e.g. alias/aws/sns" },
	{ .name = "fifo_topic", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "a FIFO topic (ordered, deduplicated; its name ends in .fifo)",
	  .default_json = "false" },
	{ .name = "content_based_deduplication", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "a FIFO topic deduplicates by a hash of the message body",
	  .default_json = "false" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "topic tags", .default_json = "{}" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "arn:aws:sns:REGION:ACCOUNT:NAME" },
	{ .name = NULL },
};

/* The topic's name: what follows the ARN's last ':'. */
static const char *arn_name(const char *arn)
{
	const char *colon = arn ? strrchr(arn, ':') : NULL;

	return colon ? colon + 1 : arn;
}

/* The ARN of topic `name`: a new string, NULL with err set. */
static char *topic_arn(struct aws_client *c, const char *name, struct strbuf *err)
{
	const char *region = aws_client_region(c);
	char *account = NULL, *arn;

	if (aws_client_account_id(c, &account, err))
		return NULL;
	arn = xasprintf("arn:%s:sns:%s:%s:%s", aws_partition(region), region ? region : "",
			account, name);
	free(account);
	return arn;
}

static int topic_read(void *client, const char *id, const json_t *prior, json_t **out,
		      struct strbuf *err)
{
	struct aws_client *c = client;
	char *arn = topic_arn(c, id, err);
	json_t *p, *a, *o, *tags = NULL;
	xmlDocPtr doc = NULL;
	const char *v;
	int rc;

	(void)prior;
	*out = NULL;
	if (!arn)
		return -1;
	p = json_pack("{s:s}", "TopicArn", arn);
	rc = sns_call(c, "GetTopicAttributes", p, not_found, &doc, NULL, err);
	json_decref(p);
	if (!rc) {
		a = sns_attributes(doc, "GetTopicAttributes");
		xmlFreeDoc(doc);
		rc = sns_read_tags(c, arn, &tags, err);
		if (rc)
			json_decref(a);
	}
	if (rc) {
		free(arn);
		return rc < 0 ? -1 : 0;
	}
	o = json_object();
	json_object_set_new(o, "name", json_string(id));
	v = value_get_string(a, "DisplayName");
	json_object_set_new(o, "display_name", json_string(v ? v : ""));
	v = value_get_string(a, "Policy");
	if (v && *v)
		json_object_set_new(o, "policy", sns_json_value(v));
	v = value_get_string(a, "KmsMasterKeyId");
	if (v && *v)
		json_object_set_new(o, "kms_master_key_id", json_string(v));
	v = value_get_string(a, "FifoTopic");
	json_object_set_new(o, "fifo_topic", json_boolean(v && !strcmp(v, "true")));
	v = value_get_string(a, "ContentBasedDeduplication");
	json_object_set_new(o, "content_based_deduplication", json_boolean(v && !strcmp(v, "true")));
	json_object_set_new(o, "tags", tags);
	json_object_set_new(o, "arn", json_string(arn));
	json_decref(a);
	free(arn);
	*out = o;
	return 0;
}

/* What CreateTopic's Attributes carry of desired: the settings it sets. */
static json_t *topic_create_attributes(const json_t *desired)
{
	json_t *a = json_object();
	const char *v = value_get_string(desired, "display_name");
	char *policy = sns_json_text(value_get(desired, "policy"));

	if (v && *v)
		json_object_set_new(a, "DisplayName", json_string(v));
	if (policy)
		json_object_set_new(a, "Policy", json_string(policy));
	free(policy);
	v = value_get_string(desired, "kms_master_key_id");
	if (v && *v)
		json_object_set_new(a, "KmsMasterKeyId", json_string(v));
	if (json_is_true(value_get(desired, "fifo_topic")))
		json_object_set_new(a, "FifoTopic", json_string("true"));
	if (json_is_true(value_get(desired, "content_based_deduplication")))
		json_object_set_new(a, "ContentBasedDeduplication", json_string("true"));
	return a;
}

/* S3 checks a topic's policy at once when told to deliver to it, before
 * it has reached S3: a policy written here is noted by the topic's ARN,
 * for the propagation wait (timing.h). */
static void note_policy(struct aws_client *c, const char *arn)
{
	aws_client_note_grant(c, arn);
}

/* Bring the topic `arn`, now `have`, to desired: one SetTopicAttributes per
 * setting that differs, then the tags. */
static int topic_converge(struct aws_client *c, const char *name, const json_t *have,
			  const json_t *desired, json_t **out, struct strbuf *err)
{
	const char *arn = value_get_string(have, "arn");
	const char *want_name = value_get_string(desired, "display_name");
	const char *want_kms = value_get_string(desired, "kms_master_key_id");
	const char *have_kms = value_get_string(have, "kms_master_key_id");
	const json_t *want_policy = value_get(desired, "policy");
	const json_t *want_tags = value_get(desired, "tags");
	bool want_dedup = json_is_true(value_get(desired, "content_based_deduplication"));
	int rc = 0;

	*out = NULL;
	if (!want_name)
		want_name = "";
	if (strcmp(want_name, value_get_string_or(have, "display_name", "")))
		rc = sns_set_attribute(c, "SetTopicAttributes", "TopicArn", arn, "DisplayName",
				       want_name, err);
	if (!rc && value_is_set(want_policy) &&
	    !json_equal(want_policy, value_get(have, "policy"))) {
		char *text = sns_json_text(want_policy);

		rc = sns_set_attribute(c, "SetTopicAttributes", "TopicArn", arn, "Policy", text, err);
		free(text);
		if (!rc)
			note_policy(c, arn);
	}
	if (!rc && strcmp(want_kms ? want_kms : "", have_kms ? have_kms : ""))
		rc = sns_set_attribute(c, "SetTopicAttributes", "TopicArn", arn, "KmsMasterKeyId",
				       want_kms ? want_kms : "", err);
	if (!rc && want_dedup != json_is_true(value_get(have, "content_based_deduplication")))
		rc = sns_set_attribute(c, "SetTopicAttributes", "TopicArn", arn,
				       "ContentBasedDeduplication", want_dedup ? "true" : "false",
				       err);
	if (!rc)
		rc = sns_sync_tags(c, arn, value_get(have, "tags"), want_tags, err);
	if (rc) {
		strbuf_addf(err, " (" TOPIC_TYPE " %s)", name);
		return -1;
	}
	return aws_read_written(topic_read, c, name, desired, out, err,
				TOPIC_TYPE ": topic %s was written but GetTopicAttributes does "
				"not find it", name);
}

static int topic_send_create(struct aws_client *c, const json_t *desired,
			     const struct create_call *call, struct aws_sent *sent,
			     struct strbuf *err)
{
	const char *name = value_get_string(desired, "name");
	json_t *found = NULL, *p;
	int rc;

	(void)call;
	if (!name) {
		strbuf_addstr(err, TOPIC_TYPE ": name has no value to send");
		return -1;
	}
	/* CreateTopic would answer a topic already there as its own: look first. */
	if (topic_read(c, name, NULL, &found, err))
		return -1;
	if (found) {
		sent->have = found;
		sent->id = xstrdup(name);
		sent->exists = true;
		snprintf(sent->why, sizeof(sent->why), "sns CreateTopic: the topic is there already");
		return 0;
	}
	p = json_pack("{s:s}", "Name", name);
	found = topic_create_attributes(desired);
	sns_put_attributes(p, found);
	json_decref(found);
	if (json_object_size(value_get(desired, "tags")))
		sns_put_tags(p, "Tags", value_get(desired, "tags"));
	rc = sns_call(c, "CreateTopic", p, NULL, NULL, NULL, err);
	json_decref(p);
	if (rc)
		return -1;
	sent->id = xstrdup(name);
	/* read back here: a policy it carries is noted by the ARN read */
	rc = aws_read_written(topic_read, c, name, desired, &sent->out, err,
			      TOPIC_TYPE ": topic %s was made but GetTopicAttributes does not "
			      "find it", name);
	if (!rc && value_is_set(value_get(desired, "policy")))
		note_policy(c, value_get_string(sent->out, "arn"));
	return rc;
}

/* Create and update (the contract, provider/aws/adopt.h): an update converges from a
 * live read. `prior` is not used. */
static const struct aws_native_ops topic_native = {
	.send_create = topic_send_create,
	.adopt = { .by = AWS_ADOPT_BY_NAME_AND_TAGS, .noun = "name", .object = "SNS topic %s" },
	.converge = topic_converge,
	.read = topic_read,
	.created_shape = AWS_SHAPE_DESIRED,
	.update_shape = AWS_SHAPE_NONE,
	.made_missing = TOPIC_TYPE ": topic %s was made but GetTopicAttributes does not find it",
	.gone = TOPIC_TYPE ": topic %s is gone",
};

AWS_NATIVE_FUNCTIONS(topic, topic_native)

static int topic_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	char *arn = topic_arn(client, id, err);
	json_t *p;
	int rc;

	(void)prior;
	if (!arn)
		return -1;
	p = json_pack("{s:s}", "TopicArn", arn);
	rc = sns_call(client, "DeleteTopic", p, not_found, NULL, NULL, err);
	json_decref(p);
	free(arn);
	return rc < 0 ? -1 : 0;
}

/* For sweep: every topic of the region (ListTopics gives only ARNs; the
 * tags come from read()). */
static int topic_list(void *client, const struct resource_query *q, struct resource_items *out,
		      struct strbuf *err)
{
	static const char *const fields[] = { "TopicArn", NULL };
	json_t *all = NULL, *e;
	size_t i;

	(void)q;
	if (aws_query_list(client, &aws_service_sns, "ListTopics", NULL, NULL, NULL,
			   fields, &all, err))
		return -1;
	json_array_foreach(all, i, e) {
		const char *arn = value_get_string(e, "TopicArn");

		if (arn)
			resource_items_add(out, arn_name(arn), NULL, 0);
	}
	json_decref(all);
	return 0;
}

const struct resource_type aws_sns_topic_type = {
	.name = TOPIC_TYPE,
	.description = "an SNS topic with its display name, policy, KMS key, FIFO settings and tags",
	.attrs = topic_attrs,
	.terraform_type = "aws_sns_topic",
	.terraform_attrs = "name display_name policy kms_master_key_id fifo_topic "
			   "content_based_deduplication tags arn",
	.read = topic_read,
	.create = topic_create,
	.update = topic_update,
	.native = &topic_native,
	.delete = topic_delete,
	.import_id = "its name",
	.id_attr = "name",
	.list = topic_list,
	.list_rank = 6,
};
