/*
 * sns/api.h: what the SNS types (sns/topic.c, sns/subscription.c) share: the
 * query-protocol call, the Attributes maps SNS reads and takes
 * (Attributes/entry/{key,value}, Attributes.entry.N.key/value), the paged
 * listings (NextToken), and a topic's tags; and for SNS and SQS
 * (sqs/queue.c) alike, their policies given as JSON text.
 */
#ifndef TERRACE_AWS_SNS_H
#define TERRACE_AWS_SNS_H

#include <jansson.h>

#include "provider/aws/checks/row.h"
#include "provider/aws/transport/transport.h"

/* SNS: query protocol, its signing name and Version, once. */

/* One SNS call: 0 with *doc when asked for (xmlFreeDoc it), 1 when the
 * error code is one of tolerated, -1 with err set. */
int sns_call(struct aws_client *c, const char *action, const json_t *params,
	     const char *const *tolerated, xmlDocPtr *doc, int *attempts, struct strbuf *err);

/* {"key": "value"} of ACTIONResult/Attributes in doc: a new object. */
json_t *sns_attributes(xmlDocPtr doc, const char *action);

/* Adds Attributes.entry.N.key/value to params, for every member of attrs
 * (a map of strings). */
void sns_put_attributes(json_t *params, const json_t *attrs);

/* SetTopicAttributes or SetSubscriptionAttributes of one attribute. */
int sns_set_attribute(struct aws_client *c, const char *action, const char *arn_param,
		      const char *arn, const char *name, const char *value, struct strbuf *err);

/* The tags of `arn` (ListTagsForResource): 0 with *tags (a new map), 1 when
 * it is gone, -1 with err set. */
int sns_read_tags(struct aws_client *c, const char *arn, json_t **tags, struct strbuf *err);
/* Bring the tags of `arn` from `have` to `want` (TagResource, UntagResource). */
int sns_sync_tags(struct aws_client *c, const char *arn, const json_t *have, const json_t *want,
		  struct strbuf *err);
/* Tags.member.N.Key/Value for CreateTopic. */
void sns_put_tags(json_t *params, const char *prefix, const json_t *tags);

/* A JSON attribute to send: a string as written, a document compact with
 * sorted keys; NULL when unset. New string. */
char *sns_json_text(const json_t *v);
/* A JSON text SNS or SQS answers, as a parsed document (as text when it
 * is not JSON): a new reference, NULL for NULL or "". */
json_t *sns_json_value(const char *text);

/* ---- its rules (sns/rules.c) that other files use ---- */

/* SNS and SQS (sns/rules.c): topic and queue names, what only a FIFO
 * topic or queue takes, raw message delivery's protocols, a queue's
 * redrive policy. */
int rule_sns_topic_name(const json_t *v, const json_t *r, struct strbuf *err);
int rule_sns_fifo_only(const json_t *v, const json_t *r, struct strbuf *err);
int rule_sns_raw_delivery(const json_t *v, const json_t *r, struct strbuf *err);
int rule_sqs_queue_name(const json_t *v, const json_t *r, struct strbuf *err);
int rule_sqs_fifo_only(const json_t *v, const json_t *r, struct strbuf *err);
int rule_sqs_redrive_policy(const json_t *v, const json_t *r, struct strbuf *err);

#endif
