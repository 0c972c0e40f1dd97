/*
 * sns/subscription.c: the resource type aws.sns.subscription, one
 * endpoint (a queue, a function, an address) subscribed to an SNS topic,
 * with its delivery settings, over SNS's query protocol (sns/api.h). Its id is
 * the subscription's ARN, which Subscribe answers with ReturnSubscriptionArn
 * even while the subscription waits for its confirmation.
 *
 * An email, email-json, http or https subscription stays "pending
 * confirmation" until its owner confirms it (the link in the message), and
 * AWS deletes it when nobody does within three days. While it is pending,
 * GetSubscriptionAttributes gives only what identifies it
 * (PendingConfirmation "true"): read() then keeps what the state holds for
 * the delivery settings, so a pending subscription plans no change
 * however long it waits; pending_confirmation says it is.
 *
 * Subscribe is idempotent: for a topic, protocol and endpoint already
 * subscribed it answers that subscription. So create first lists the
 * topic's subscriptions (ListSubscriptionsByTopic): one already there is
 * adopted only when an earlier attempt may have made it (may_exist), else
 * refused. Its subscriptions go with a topic when it is deleted, so sweep
 * finds them through their topics and they have no listing of their own.
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/resources.h"
#include "provider/aws/sns/api.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

#define SUB_TYPE "aws.sns.subscription"

static const char *const not_found[] = { "NotFound", NULL };

static const struct attr_schema subscription_attrs[] = {
	{ .name = "topic_arn", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "the topic's ARN, e.g. ${alerts.arn}" },
	{ .name = "protocol", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "how messages are delivered: sqs, lambda, email, email-json, http, "
			 "https, sms, firehose or application" },
	{ .name = "endpoint", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "where to: a queue's or function's ARN, an email address, a URL" },
	{ .name = "raw_message_delivery", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "deliver the message body alone, without SNS's JSON envelope "
			 "(sqs, http, https and firehose)", .default_json = "false" },
	{ .name = "filter_policy", .type = ATTR_JSON, .flags = ATTR_OPTIONAL,
	  .description = "which messages the endpoint gets, e.g. {status: [FAILED]}" },
	{ .name = "filter_policy_scope", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "what filter_policy matches: MessageAttributes (SNS's default) or "
			 "MessageBody" },
	{ .name = "redrive_policy", .type = ATTR_JSON, .flags = ATTR_OPTIONAL,
	  .description = "where undeliverable messages go: {deadLetterTargetArn: QUEUE_ARN}" },
	{ .name = "pending_confirmation", .type = ATTR_BOOL, .flags = ATTR_COMPUTED,
	  .description = "true while the endpoint's owner has not confirmed the subscription "
			 "(email, http)" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "arn:aws:sns:REGION:ACCOUNT:TOPIC:ID" },
	{ .name = NULL },
};

/* The delivery settings: attribute, SNS's name, and whether it is JSON. */
static const struct setting {
	const char *attr, *sns;
	bool json, flag;
} settings[] = {
	{ "raw_message_delivery", "RawMessageDelivery", false, true },
	{ "filter_policy", "FilterPolicy", true, false },
	{ "filter_policy_scope", "FilterPolicyScope", false, false },
	{ "redrive_policy", "RedrivePolicy", true, false },
};

#define N_SETTINGS (sizeof(settings) / sizeof(*settings))

/* A setting as SNS reads it, or NULL when the answer `a` has none. */
static json_t *setting_read(const struct setting *s, const json_t *a)
{
	const char *v = value_get_string(a, s->sns);

	if (s->flag)
		return json_boolean(v && !strcmp(v, "true"));
	if (s->json)
		return sns_json_value(v);
	return v && *v ? json_string(v) : NULL;
}

/* A setting of desired as SNS takes it (new string), NULL when unset. */
static char *setting_text(const struct setting *s, const json_t *desired)
{
	const json_t *v = value_get(desired, s->attr);

	if (s->flag)
		return xstrdup(json_is_true(v) ? "true" : "false");
	if (s->json)
		return sns_json_text(v);
	return json_is_string(v) ? xstrdup(json_string_value(v)) : NULL;
}

static int subscription_read(void *client, const char *id, const json_t *prior, json_t **out,
			     struct strbuf *err)
{
	json_t *p = json_pack("{s:s}", "SubscriptionArn", id), *a, *o;
	xmlDocPtr doc = NULL;
	const char *pending;
	int rc = sns_call(client, "GetSubscriptionAttributes", p, not_found, &doc, NULL, err);

	json_decref(p);
	*out = NULL;
	if (rc)
		return rc < 0 ? -1 : 0;
	a = sns_attributes(doc, "GetSubscriptionAttributes");
	xmlFreeDoc(doc);
	pending = value_get_string(a, "PendingConfirmation");
	o = json_object();
	json_object_set_new(o, "topic_arn", json_string(value_get_string(a, "TopicArn") ?
							value_get_string(a, "TopicArn") : ""));
	json_object_set_new(o, "protocol", json_string(value_get_string(a, "Protocol") ?
						       value_get_string(a, "Protocol") : ""));
	json_object_set_new(o, "endpoint", json_string(value_get_string(a, "Endpoint") ?
						       value_get_string(a, "Endpoint") : ""));
	for (size_t i = 0; i < N_SETTINGS; i++) {
		const struct setting *s = &settings[i];
		json_t *v;

		/* Pending, SNS leaves the settings out: they are what was sent. */
		if (pending && !strcmp(pending, "true") && !json_object_get(a, s->sns)) {
			if (value_is_set(value_get(prior, s->attr)))
				json_object_set(o, s->attr, value_get(prior, s->attr));
			continue;
		}
		v = setting_read(s, a);
		if (v)
			json_object_set_new(o, s->attr, v);
	}
	json_object_set_new(o, "pending_confirmation",
			    json_boolean(pending && !strcmp(pending, "true")));
	json_object_set_new(o, "arn", json_string(id));
	json_decref(a);
	*out = o;
	return 0;
}

/* SetSubscriptionAttributes for each setting that differs from `have`. */
static int subscription_converge(struct aws_client *c, const char *arn, const json_t *have,
				 const json_t *desired, json_t **out, struct strbuf *err)
{
	int rc = 0;

	*out = NULL;
	for (size_t i = 0; !rc && i < N_SETTINGS; i++) {
		const struct setting *s = &settings[i];
		const json_t *want = value_get(desired, s->attr);
		char *text;

		if (json_equal(want, value_get(have, s->attr)) ||
		    (!value_is_set(want) && (s->flag || !value_is_set(value_get(have, s->attr)))))
			continue;
		/* filter_policy_scope is computed: unset keeps what SNS has. */
		if (!value_is_set(want) && !strcmp(s->attr, "filter_policy_scope"))
			continue;
		text = setting_text(s, desired);
		rc = sns_set_attribute(c, "SetSubscriptionAttributes", "SubscriptionArn", arn,
				       s->sns, text ? text : "", err);
		free(text);
	}
	if (rc) {
		strbuf_addf(err, " (" SUB_TYPE " %s)", arn);
		return -1;
	}
	return aws_read_written(subscription_read, c, arn, desired, out, err,
				SUB_TYPE ": subscription %s was written but "
				"GetSubscriptionAttributes does not find it", arn);
}

/* The subscription of `topic` to protocol:endpoint already there: 0 with
 * *found (its listing entry, or NULL), -1 with err set. */
static int subscription_find(struct aws_client *c, const char *topic, const char *protocol,
			     const char *endpoint, json_t **found, struct strbuf *err)
{
	static const char *const fields[] = { "SubscriptionArn", "Protocol", "Endpoint", NULL };
	json_t *p = json_pack("{s:s}", "TopicArn", topic), *all = NULL, *e;
	size_t i;
	int rc = aws_query_list(c, &aws_service_sns, "ListSubscriptionsByTopic", p,
				NULL, NULL, fields, &all, err);

	json_decref(p);
	*found = NULL;
	if (rc)
		return -1;
	json_array_foreach(all, i, e) {
		const char *pr = value_get_string(e, "Protocol");
		const char *ep = value_get_string(e, "Endpoint");

		if (pr && ep && !strcmp(pr, protocol) && !strcmp(ep, endpoint)) {
			*found = json_incref(e);
			break;
		}
	}
	json_decref(all);
	return 0;
}

static int subscription_create(void *client, const json_t *desired, const struct create_call *call,
			       char **id, json_t **out, struct strbuf *err)
{
	struct aws_client *c = client;
	const char *topic = value_get_string(desired, "topic_arn");
	const char *protocol = value_get_string(desired, "protocol");
	const char *endpoint = value_get_string(desired, "endpoint");
	json_t *found = NULL, *p, *attrs;
	xmlDocPtr doc = NULL;
	char *arn;
	int rc;

	*id = NULL;
	*out = NULL;
	if (!topic || !protocol || !endpoint) {
		strbuf_addstr(err, SUB_TYPE ": topic_arn, protocol and endpoint need values to send");
		return -1;
	}
	if (subscription_find(c, topic, protocol, endpoint, &found, err))
		return -1;
	if (found) {
		json_decref(found);
		if (aws_adopt_check(call->may_exist, 0, "endpoint", "sns Subscribe: the topic has this "
				    "subscription already", err, "subscription of %s to %s %s",
				    topic, protocol, endpoint))
			return -1;
	}
	p = json_pack("{s:s, s:s, s:s, s:s}", "TopicArn", topic, "Protocol", protocol,
		      "Endpoint", endpoint, "ReturnSubscriptionArn", "true");
	attrs = json_object();
	for (size_t i = 0; i < N_SETTINGS; i++) {
		char *text = setting_text(&settings[i], desired);

		/* Only what differs from SNS's defaults: false flags are left out. */
		if (text && *text && strcmp(text, "false"))
			json_object_set_new(attrs, settings[i].sns, json_string(text));
		free(text);
	}
	sns_put_attributes(p, attrs);
	json_decref(attrs);
	rc = sns_call(c, "Subscribe", p, NULL, &doc, NULL, err);
	json_decref(p);
	if (rc)
		return -1;
	arn = xml_child_text(xmlDocGetRootElement(doc), "SubscribeResult/SubscriptionArn");
	xmlFreeDoc(doc);
	if (!arn || strncmp(arn, "arn:", 4)) {
		strbuf_addf(err, SUB_TYPE ": Subscribe of %s to %s %s answered no subscription ARN "
			    "(%s)", topic, protocol, endpoint, arn ? arn : "nothing");
		free(arn);
		return -1;
	}
	*id = arn;
	if (aws_read_written(subscription_read, c, arn, desired, &found, err,
			     SUB_TYPE ": subscription %s was made but GetSubscriptionAttributes "
			     "does not find it", arn))
		return -1;
	/* An adopted one may have other settings than this stack's. */
	rc = subscription_converge(c, arn, found, desired, out, err);
	json_decref(found);
	return rc;
}

static int subscription_update(void *client, const char *id, const json_t *prior,
			       const json_t *desired, json_t **out, struct strbuf *err)
{
	return aws_update_converging(subscription_read, subscription_converge, client, id, prior,
				     desired, out, err, SUB_TYPE ": subscription %s is gone", id);
}

static int subscription_delete(void *client, const char *id, const json_t *prior,
			       struct strbuf *err)
{
	json_t *p = json_pack("{s:s}", "SubscriptionArn", id);
	int rc = sns_call(client, "Unsubscribe", p, not_found, NULL, NULL, err);

	(void)prior;
	json_decref(p);
	return rc < 0 ? -1 : 0;
}

const struct resource_type aws_sns_subscription_type = {
	.name = SUB_TYPE,
	.description = "an endpoint subscribed to an SNS topic, with its delivery settings",
	.attrs = subscription_attrs,
	.terraform_type = "aws_sns_topic_subscription",
	.terraform_attrs = "topic_arn protocol endpoint raw_message_delivery filter_policy "
			   "filter_policy_scope redrive_policy pending_confirmation arn",
	.read = subscription_read,
	.create = subscription_create,
	.update = subscription_update,
	.delete = subscription_delete,
	.import_id = "its ARN",
};
