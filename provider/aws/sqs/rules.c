/*
 * sqs/rules.c: the SQS rules its model does not carry (checks/rules.h): a
 * queue's name (a FIFO one's ends in .fifo, as SNS's topics say alike:
 * sns/api.h's messaging_fifo_name), what only a FIFO queue takes, its
 * attributes' ranges, its redrive policy, its and a queue policy's access
 * policy (a resource policy's grammar, as a topic's: sns/api.h); AWS's
 * words (checks/words/sqs.words) on the written and the awscc queues. The
 * check across the stack of a queue's policy written two ways is SNS's
 * rows', beside the topic's.
 */
#include <stdio.h>
#include <string.h>

#include "provider/aws/checks/kinds/api.h"
#include "provider/aws/checks/rules.h"
#include "provider/aws/checks/shared.h"
#include "provider/aws/iam/api.h"
#include "provider/aws/sns/api.h"
#include "provider/aws/sqs/api.h"
#include "provider/provider.h"

/* SQS CreateQueue QueueName: "A queue name can have up to 80 characters.
 * Valid values: alphanumeric characters, hyphens (-), and underscores (_).
 * A FIFO queue name must end with the .fifo suffix."
 * (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_CreateQueue.html) */
int rule_sqs_queue_name(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = json_string_value(v);

	if (!s || value_not_known(v))
		return 0;
	return messaging_fifo_name(s, messaging_flag(r, "fifo_queue"), 80, "a queue", "landing-events", err);
}

int rule_sqs_fifo_only(const json_t *v, const json_t *r, struct strbuf *err)
{
	if (!json_is_true(v) || messaging_flag(r, "fifo_queue") != 0)
		return 0;
	strbuf_addstr(err, "only a FIFO queue deduplicates by content: set fifo_queue: true "
		      "(and a name ending in .fifo), or leave this out");
	return -1;
}

/* SQS RedrivePolicy: "deadLetterTargetArn – The Amazon Resource Name (ARN)
 * of the dead-letter queue ... maxReceiveCount – The number of times a
 * message is delivered to the source queue before being moved to the
 * dead-letter queue. ... Default: 10" and the console and Developer Guide
 * take 1 to 1,000 (SetQueueAttributes; SQS Developer Guide: dead-letter
 * queues). */
int rule_sqs_redrive_policy(const json_t *v, const json_t *r, struct strbuf *err)
{
	bool own;
	json_t *doc = policy_json(v, &own);
	const json_t *arn, *count;
	double n;
	int rc = 0;

	(void)r;
	if (!doc)
		return 0;
	arn = json_object_get(doc, "deadLetterTargetArn");
	count = json_object_get(doc, "maxReceiveCount");
	/* a reference's kind (plan's unknown of a kind: ${topic.arn} is an SNS
	 * topic's ARN) names what it is as a literal does */
	const char *kind = arn ? value_unknown_kind(arn) : NULL;

	if (!arn || (json_is_string(arn) && !value_not_known(arn) &&
		     !has_prefix(json_string_value(arn), "arn:"))) {
		strbuf_addstr(err, "deadLetterTargetArn must name the dead-letter queue's ARN (e.g. "
			      "${dlq.arn})");
		rc = -1;
	} else if (kind && strcmp(kind, "AWS::SQS::Queue.Arn")) {
		const struct aws_kind *k = aws_kind_named(kind, strlen(kind));

		strbuf_addf(err, "deadLetterTargetArn must name the dead-letter queue's ARN (e.g. "
			    "${dlq.arn}), not %s", k ? k->words : kind);
		rc = -1;
	} else if (count && known_number(count, &n) && (n < 1 || n > 1000 || n != (long long)n)) {
		strbuf_addf(err, "maxReceiveCount is a whole number from 1 to 1000, got %g", n);
		rc = -1;
	} else if (!count) {
		strbuf_addstr(err, "maxReceiveCount (1 to 1000) is required: how many receives "
			      "before a message moves to the dead-letter queue");
		rc = -1;
	}
	if (own)
		json_decref(doc);
	return rc;
}


/* SQS SetQueueAttributes RedriveAllowPolicy: "redrivePermission – The
 * permission type that defines which source queues can specify the current
 * queue as the dead-letter queue. Valid values: allowAll ... denyAll ...
 * byQueue"; "sourceQueueArns – The Amazon Resource Names (ARN)s of the
 * source queues that can specify this queue as the dead-letter queue and
 * invoke messages. You can specify this parameter only when the
 * redrivePermission parameter is set to byQueue. You can specify up to 10
 * source queue ARNs."
 * (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SetQueueAttributes.html) */
int rule_sqs_redrive_allow_policy(const json_t *v, const json_t *r, struct strbuf *err)
{
	bool own;
	json_t *doc = policy_json(v, &own);
	const char *p;
	const json_t *arns;
	int rc = 0;

	(void)r;
	if (!doc)
		return 0;
	p = value_known_member(doc, "redrivePermission");
	arns = json_object_get(doc, "sourceQueueArns");
	if (!json_object_get(doc, "redrivePermission")) {
		strbuf_addstr(err, "redrivePermission (allowAll, denyAll or byQueue) is required");
		rc = -1;
	} else if (p && strcmp(p, "allowAll") && strcmp(p, "denyAll") && strcmp(p, "byQueue")) {
		strbuf_addf(err, "redrivePermission \"%s\" is none of allowAll, denyAll and byQueue", p);
		rc = -1;
	} else if (p && strcmp(p, "byQueue") && arns) {
		strbuf_addf(err, "sourceQueueArns is taken only with redrivePermission byQueue, not %s",
			    p);
		rc = -1;
	} else if (p && !strcmp(p, "byQueue") && (!json_is_array(arns) || !json_array_size(arns)) &&
		   !value_not_known(arns)) {
		strbuf_addstr(err, "redrivePermission byQueue needs sourceQueueArns (1 to 10 source "
			      "queues' ARNs, e.g. [\"${orders.arn}\"])");
		rc = -1;
	} else if (json_is_array(arns) && json_array_size(arns) > 10) {
		strbuf_addf(err, "sourceQueueArns holds %zu ARNs: SQS takes up to 10",
			    json_array_size(arns));
		rc = -1;
	}
	if (own)
		json_decref(doc);
	return rc;
}

/*
 * The SQS rows of the one table of checks (checks/row.h), in the order they
 * run: a type's rows for single values before its rows for the whole
 * resource; aws_rules_tables (checks/tables.c) lists this table.
 */
#define SQS_API "SQS API reference: "

const struct aws_check_row aws_rules_sqs[] = {
	RULE("aws.sqs.queue", "name", rule_sqs_queue_name, SQS_API "CreateQueue QueueName"),
	RULE("aws.sqs.queue", "content_based_deduplication", rule_sqs_fifo_only,
	     SQS_API "CreateQueue Attributes (ContentBasedDeduplication: FIFO queues only)"),
	WHOLE_IN("aws.sqs.queue", "visibility_timeout_seconds", 0, 43200,
		 SQS_API "SetQueueAttributes VisibilityTimeout (0 to 43,200 seconds)"),
	WHOLE_IN("aws.sqs.queue", "message_retention_seconds", 60, 1209600,
		 SQS_API "SetQueueAttributes MessageRetentionPeriod (60 to 1,209,600 seconds)"),
	WHOLE_IN("aws.sqs.queue", "delay_seconds", 0, 900,
		 SQS_API "SetQueueAttributes DelaySeconds (0 to 900)"),
	WHOLE_IN("aws.sqs.queue", "max_message_size", 1024, 1048576,
		 SQS_API "SetQueueAttributes MaximumMessageSize (1,024 bytes to 1,048,576 bytes)"),
	WHOLE_IN("aws.sqs.queue", "receive_wait_time_seconds", 0, 20,
		 SQS_API "SetQueueAttributes ReceiveMessageWaitTimeSeconds (0 to 20)"),
	WHOLE_IN("aws.sqs.queue", "kms_data_key_reuse_period_seconds", 60, 86400,
		 SQS_API "SetQueueAttributes KmsDataKeyReusePeriodSeconds (60 to 86,400)"),
	RULE_WARNS("aws.sqs.queue", "policy", rule_messaging_policy, warn_bucket_policy_names,
		   IAM_POLICY "; SQS Developer Guide: access policies"),
	RULE("aws.sqs.queue", "redrive_policy", rule_sqs_redrive_policy,
	     SQS_API "SetQueueAttributes RedrivePolicy; SQS Developer Guide: dead-letter queues"),
	RULE("awscc.sqs.queue", "redrive_policy", rule_sqs_redrive_policy,
	     SQS_API "SetQueueAttributes RedrivePolicy; SQS Developer Guide: dead-letter queues"),
	RULE("aws.sqs.queue", "redrive_allow_policy", rule_sqs_redrive_allow_policy,
	     SQS_API "SetQueueAttributes RedriveAllowPolicy"),
	/* AWS's words (checks/words/sqs.words): a dead-letter queue named by a
	 * known ARN (a FIFO queue's name, in its ARN, ends in .fifo). */
	AWS_SAYS("sqs.fifo_dead_letter_fifo", "aws.sqs.queue", AWS_CALL_ANY,
		 WHEN(IS("fifo_queue", "true"), SET("redrive_policy.deadLetterTargetArn")),
		 THEN(MATCHES("redrive_policy.deadLetterTargetArn", "\\.fifo$")),
		 "The dead-letter queue of a FIFO queue must also be a FIFO queue.",
		 "sqs CreateQueue Attributes"),
	AWS_SAYS("sqs.standard_dead_letter_standard", "aws.sqs.queue", AWS_CALL_ANY,
		 WHEN(NOT_MATCHES("name", "\\.fifo$"), SET("redrive_policy.deadLetterTargetArn")),
		 THEN(NOT_MATCHES("redrive_policy.deadLetterTargetArn", "\\.fifo$")),
		 "Similarly, the dead-letter queue of a standard queue must also be a standard queue.",
		 "sqs CreateQueue Attributes"),
	/* The same through the dead-letter queue the policy names ("->": what
	 * that queue of the stack writes, checks/words.c), where its ARN is a
	 * reference and tells no .fifo (a queue without a redrive policy
	 * crosses to nothing: not judged). */
	AWS_SAYS("sqs.fifo_dead_letter_fifo_by_reference", "aws.sqs.queue", AWS_CALL_ANY,
		 WHEN(IS("fifo_queue", "true")),
		 THEN(IS("redrive_policy.deadLetterTargetArn->fifo_queue", "true")),
		 "The dead-letter queue of a FIFO queue must also be a FIFO queue.",
		 "sqs CreateQueue Attributes"),
	AWS_SAYS("sqs.standard_dead_letter_standard_by_reference", "aws.sqs.queue", AWS_CALL_ANY,
		 WHEN(IS_NOT("fifo_queue", "true")),
		 THEN(IS_NOT("redrive_policy.deadLetterTargetArn->fifo_queue", "true")),
		 "Similarly, the dead-letter queue of a standard queue must also be a standard queue.",
		 "sqs CreateQueue Attributes"),
	RULE_WARNS("aws.sqs.queue_policy", "policy", rule_messaging_policy, warn_bucket_policy_names,
		   IAM_POLICY "; SQS Developer Guide: access policies"),
	/* On the awscc type, the sentences of CreateQueue (and the
	 * registry's) that terrace's aws.sqs.queue sends nothing of. */
	AWS_SAYS("sqs.cfn_fifo_dead_letter_fifo", "awscc.sqs.queue", AWS_CALL_ANY,
		 WHEN(IS("fifo_queue", "true"), SET("redrive_policy.deadLetterTargetArn")),
		 THEN(MATCHES("redrive_policy.deadLetterTargetArn", "\\.fifo$")),
		 "The dead-letter queue of a FIFO queue must also be a FIFO queue.",
		 "CloudFormation registry: AWS::SQS::Queue RedrivePolicy"),
	AWS_SAYS("sqs.cfn_standard_dead_letter_standard", "awscc.sqs.queue", AWS_CALL_ANY,
		 WHEN(ANY_OF(UNSET("fifo_queue"), IS("fifo_queue", "false")),
		      SET("redrive_policy.deadLetterTargetArn")),
		 THEN(NOT_MATCHES("redrive_policy.deadLetterTargetArn", "\\.fifo$")),
		 "Similarly, the dead-letter queue of a standard queue must also be a standard queue.",
		 "CloudFormation registry: AWS::SQS::Queue RedrivePolicy"),
	AWS_SAYS("sqs.cfn_fifo_dead_letter_fifo_by_reference", "awscc.sqs.queue", AWS_CALL_ANY,
		 WHEN(IS("fifo_queue", "true")),
		 THEN(IS("redrive_policy.deadLetterTargetArn->fifo_queue", "true")),
		 "The dead-letter queue of a FIFO queue must also be a FIFO queue.",
		 "CloudFormation registry: AWS::SQS::Queue RedrivePolicy"),
	AWS_SAYS("sqs.cfn_standard_dead_letter_standard_by_reference", "awscc.sqs.queue",
		 AWS_CALL_ANY,
		 WHEN(IS_NOT("fifo_queue", "true")),
		 THEN(IS_NOT("redrive_policy.deadLetterTargetArn->fifo_queue", "true")),
		 "Similarly, the dead-letter queue of a standard queue must also be a standard queue.",
		 "CloudFormation registry: AWS::SQS::Queue RedrivePolicy"),
	AWS_SAYS("sqs.cfn_deduplication_scope", "awscc.sqs.queue", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(IS("deduplication_scope", "messageGroup", "queue")),
		 "Valid values are ``messageGroup`` and ``queue``.",
		 "CloudFormation registry: AWS::SQS::Queue DeduplicationScope"),
	AWS_SAYS("sqs.cfn_fifo_throughput_limit", "awscc.sqs.queue", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(IS("fifo_throughput_limit", "perQueue", "perMessageGroupId")),
		 "Valid values are ``perQueue`` and ``perMessageGroupId``.",
		 "CloudFormation registry: AWS::SQS::Queue FifoThroughputLimit"),
	AWS_SAYS("sqs.cfn_per_group_limit_group_scope", "awscc.sqs.queue", AWS_CALL_ANY,
		 WHEN(IS("fifo_throughput_limit", "perMessageGroupId")),
		 THEN(SET("deduplication_scope"), IS("deduplication_scope", "messageGroup")),
		 "The perMessageGroupId value is allowed only when the value for DeduplicationScope "
		 "is messageGroup.", "sqs CreateQueue Attributes"),
	AWS_SAYS("sqs.cfn_source_queues_by_queue", "awscc.sqs.queue", AWS_CALL_ANY,
		 WHEN(SET("redrive_allow_policy.sourceQueueArns")),
		 THEN(IS("redrive_allow_policy.redrivePermission", "byQueue")),
		 "You can specify this parameter only when the ``redrivePermission`` parameter is "
		 "set to ``byQueue``.", "CloudFormation registry: AWS::SQS::Queue RedriveAllowPolicy"),
	/* What cfn-lint's schemas and terraform-provider-aws's rules say between
	 * the attributes (gen_between.py --check holds these rows to them). */
	BETWEEN("aws.sqs.queue",
		"{\"excludes\":{\"kms_master_key_id\":[\"sqs_managed_sse_enabled\"],\"sqs_managed_sse_enabled\":[\"kms_master_key_id\"]}}",
		"SQS CreateQueue: \"Only one server-side encryption option is supported per queue (for example, SSE-KMS or SSE-SQS)\"; terraform-provider-aws's aws_sqs_queue"),
	BETWEEN("awscc.sqs.queue",
		"{\"excludes\":{\"kms_master_key_id\":[\"sqs_managed_sse_enabled\"],\"sqs_managed_sse_enabled\":[\"kms_master_key_id\"]}}",
		"SQS CreateQueue: \"Only one server-side encryption option is supported per queue (for example, SSE-KMS or SSE-SQS)\"; terraform-provider-aws's aws_sqs_queue"),
	{ NULL },
};
