/*
 * sns/api.h: what the SNS types (sns/topic.c, sns/subscription.c) share: the
 * query-protocol call, the Attributes maps SNS reads and takes
 * (Attributes/entry/{key,value}, Attributes.entry.N.key/value), the paged
 * listings (NextToken), and a topic's tags; and for SNS and SQS
 * (sqs/queue.c) alike, their policies given as JSON text, and an access
 * policy set on a set of topics or queues (sns/topic_policy.c,
 * sqs/queue_policy.c).
 */
#ifndef TERRACE_AWS_SNS_H
#define TERRACE_AWS_SNS_H

#include <jansson.h>
#include <stdbool.h>

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

/* ---- an access policy put on a set of topics or queues ---- */

/*
 * What aws.sns.topic_policy and aws.sqs.queue_policy share: one policy
 * document set on each object of a set (CloudFormation's
 * AWS::SNS::TopicPolicy Topics, AWS::SQS::QueuePolicy Queues). Their id
 * is the first object of the set as created; which objects hold it is
 * the state's (and the stack's on import): read() is given them as prior
 * (none: the id alone) and asks each, reporting those still there and the
 * first document that differs from prior's (else prior's), so a policy
 * changed outside on any one plans a change; none there: gone. A set of
 * the policy replaces whatever the object has, so sent again it writes
 * the same (AWS_ADOPT_BY_OVERWRITE).
 */
struct sns_policy_kind {
	const char *type; /* "aws.sns.topic_policy", in messages */
	const char *attr; /* "topics": the set's attribute */
	/* The policy of one object: 0 with *there and *doc (a new reference,
	 * NULL when it has none), -1 with err set. */
	int (*get)(struct aws_client *c, const char *object, bool *there, json_t **doc,
		   struct strbuf *err);
	/* Set the policy text on one object; NULL: what it had before any was
	 * set (a topic's default policy, a queue's none). */
	int (*set)(struct aws_client *c, const char *object, const char *text,
		   struct strbuf *err);
};

int sns_policy_read(const struct sns_policy_kind *k, struct aws_client *c, const char *id,
		    const json_t *prior, json_t **out, struct strbuf *err);
/* Set desired's document on each object of desired whose own is another
 * or none, then put back what each object of `have` that desired no longer
 * names had before (k->set with NULL). */
int sns_policy_put(const struct sns_policy_kind *k, struct aws_client *c, const json_t *have,
		   const json_t *desired, struct strbuf *err);
/* k->set(NULL) on each object of prior (one gone counts as done). */
int sns_policy_delete(const struct sns_policy_kind *k, struct aws_client *c, const char *id,
		      const json_t *prior, struct strbuf *err);
/* The id of desired's policy: the first object of its sorted set. */
char *sns_policy_id(const struct sns_policy_kind *k, const json_t *desired);

/* ---- its rules (sns/rules.c) that other files use ---- */

/* SNS's (sns/rules.c): topic names, what only a FIFO topic takes, raw
 * message delivery's protocols (SQS's are sqs/api.h's). */
int rule_sns_topic_name(const json_t *v, const json_t *r, struct strbuf *err);
int rule_sns_fifo_only(const json_t *v, const json_t *r, struct strbuf *err);
int rule_sns_raw_delivery(const json_t *v, const json_t *r, struct strbuf *err);
/* What SQS's rows share with SNS's (sqs/rules.c): a flag of r (1 true, 0
 * false or unset, -1 not known yet); a name of ASCII letters, digits, - and
 * _ of 1 to max characters, ending in .fifo when fifo is 1 (and not when
 * 0), as SNS topics and SQS queues say alike; a topic's or queue's access
 * policy, a resource policy's grammar (IAM's: Principal required), its size
 * left to the service. */
int messaging_flag(const json_t *r, const char *name);
int messaging_fifo_name(const char *s, int fifo, size_t max, const char *what,
			const char *example, struct strbuf *err);
int rule_messaging_policy(const json_t *v, const json_t *r, struct strbuf *err);

#endif
