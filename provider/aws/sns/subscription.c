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
 * subscribed it answers that subscription. So its create first lists the
 * topic's subscriptions (ListSubscriptionsByTopic): one already there is
 * adopted only when an earlier attempt may have made it (may_exist), else
 * refused (the contract's read-back policy, adopt.h). Its subscriptions go with a topic when it is deleted, so sweep
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
	json_object_set_new(o, "topic_arn", json_string(value_get_string_or(a, "TopicArn", "")));
	json_object_set_new(o, "protocol", json_string(value_get_string_or(a, "Protocol", "")));
	json_object_set_new(o, "endpoint", json_string(value_get_string_or(a, "Endpoint", "")));
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

/* Subscribe to topic, protocol and endpoint with desired's settings that
 * differ from SNS's defaults: 0 with *arn (a new string), -1 with err. */
static int subscribe(struct aws_client *c, const json_t *desired, const char *topic,
		     const char *protocol, const char *endpoint, char **arn, struct strbuf *err)
{
	json_t *p, *attrs;
	xmlDocPtr doc = NULL;
	int rc;

	*arn = NULL;
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
	*arn = xml_child_text(xmlDocGetRootElement(doc), "SubscribeResult/SubscriptionArn");
	xmlFreeDoc(doc);
	if (!*arn || strncmp(*arn, "arn:", 4)) {
		strbuf_addf(err, SUB_TYPE ": Subscribe of %s to %s %s answered no subscription ARN "
			    "(%s)", topic, protocol, endpoint, *arn ? *arn : "nothing");
		free(*arn);
		*arn = NULL;
		return -1;
	}
	return 0;
}

/*
 * Subscribe is idempotent (for a topic, protocol and endpoint already
 * subscribed it answers that subscription), so the send looks first
 * (ListSubscriptionsByTopic). One there is said to the driver (exists,
 * looked up before creating: 0 attempts), which refuses it unless an
 * earlier attempt of this create may have made it (may_exist; the policy's
 * read back). A retried create's Subscribe then answers its ARN, which the
 * listing does not give while it is pending, and the send reads it (have).
 * What Subscribe made is read back and converged (left_out): an adopted
 * one, or one SNS answered, may have other settings than this stack's.
 */
static int subscription_send_create(struct aws_client *c, const json_t *desired,
				    const struct create_call *call, struct aws_sent *sent,
				    struct strbuf *err)
{
	const char *topic = value_get_string(desired, "topic_arn");
	const char *protocol = value_get_string(desired, "protocol");
	const char *endpoint = value_get_string(desired, "endpoint");
	json_t *found = NULL;
	const char *listed;

	if (!topic || !protocol || !endpoint) {
		strbuf_addstr(err, SUB_TYPE ": topic_arn, protocol and endpoint need values to send");
		return -1;
	}
	if (subscription_find(c, topic, protocol, endpoint, &found, err))
		return -1;
	if (found && !(call && call->may_exist)) {
		listed = value_get_string(found, "SubscriptionArn");
		sent->id = xstrdup(listed ? listed : "");
		sent->exists = true;
		snprintf(sent->named, sizeof(sent->named), "of %s to %s %s", topic, protocol, endpoint);
		snprintf(sent->why, sizeof(sent->why),
			 "sns Subscribe: the topic has this subscription already");
		json_decref(found);
		return 0;
	}
	if (subscribe(c, desired, topic, protocol, endpoint, &sent->id, err)) {
		json_decref(found);
		return -1;
	}
	if (!found) {
		sent->left_out = true;
		return 0;
	}
	json_decref(found);
	sent->exists = true;
	snprintf(sent->named, sizeof(sent->named), "of %s to %s %s", topic, protocol, endpoint);
	snprintf(sent->why, sizeof(sent->why),
		 "sns Subscribe: the topic has this subscription already");
	return aws_read_written(subscription_read, c, sent->id, desired, &sent->have, err,
				SUB_TYPE ": subscription %s was made but GetSubscriptionAttributes "
				"does not find it", sent->id);
}

/* BY_READ_BACK: what identifies a subscription (its topic, protocol and
 * endpoint) as the create sends it and as it reads now (`have`, read by the
 * send). Subscriptions say no time they were made: only a retried create
 * (whose record is the evidence) comes this far. */
static int subscription_evidence(struct aws_client *c, const char *id, const json_t *desired,
				 const json_t *have, json_t **sent, json_t **got, time_t *created,
				 struct strbuf *err)
{
	static const char *const keys[] = { "topic_arn", "protocol", "endpoint", NULL };

	(void)c, (void)id, (void)err;
	if (!have)
		return 1;
	*sent = json_object();
	*got = json_object();
	for (size_t i = 0; keys[i]; i++) {
		json_object_set(*sent, keys[i], value_get(desired, keys[i]));
		json_object_set(*got, keys[i], value_get(have, keys[i]));
	}
	*created = 0;
	return 0;
}

/* A subscription in messages: by its topic, protocol and endpoint. */
/* Create and update (the contract, provider/aws/adopt.h): an update
 * converges from a read given the prior (a pending subscription reads its
 * settings from it). */
static const struct aws_native_ops subscription_native = {
	.send_create = subscription_send_create,
	.adopt = { .by = AWS_ADOPT_BY_READ_BACK, .noun = "endpoint",
		   .object = "subscription %s",
		   .evidence = subscription_evidence },
	.converge = subscription_converge,
	.read = subscription_read,
	.created_shape = AWS_SHAPE_DESIRED,
	.update_shape = AWS_SHAPE_PRIOR,
	.made_missing = SUB_TYPE ": subscription %s was made but GetSubscriptionAttributes does "
			"not find it",
	.gone = SUB_TYPE ": subscription %s is gone",
};

AWS_NATIVE_FUNCTIONS(subscription, subscription_native)

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
	.native = &subscription_native,
	.delete = subscription_delete,
	.import_id = "its ARN",
};
