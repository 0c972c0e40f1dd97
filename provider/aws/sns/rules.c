/*
 * sns/rules.c: the SNS rules its model does not carry (checks/rules.h):
 * topic names (a FIFO one's ends in .fifo, as SQS's queues say alike: the
 * helpers sqs/rules.c shares, sns/api.h), what only a FIFO topic takes, the
 * protocols that take raw message delivery (the topic's name rules on the
 * awscc topic too); across the stack, a topic's or queue's access policy
 * written two ways; AWS's words (checks/words/sns.words) on the written and
 * the awscc topics and subscriptions. SQS's rows are its own rules.c's.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "provider/aws/iam/api.h"
#include "provider/aws/checks/rules.h"
#include "provider/aws/checks/shared.h"
#include "provider/aws/sns/api.h"
#include "provider/provider.h"

int messaging_flag(const json_t *r, const char *name)
{
	const json_t *v = value_known_object(r) ? json_object_get(r, name) : NULL;

	if (!value_is_set(v))
		return 0;
	if (json_is_boolean(v))
		return json_is_true(v);
	if (json_is_string(v) && !value_not_known(v))
		return !strcmp(json_string_value(v), "true");
	return -1;
}

int messaging_fifo_name(const char *s, int fifo, size_t max, const char *what,
			const char *example, struct strbuf *err)
{
	size_t n = strlen(s), body = n;

	if (fifo != 0 && has_suffix(s, ".fifo"))
		body = n - 5;
	for (size_t i = 0; i < body; i++)
		if (!isascii((unsigned char)s[i]) ||
		    !(isalnum((unsigned char)s[i]) || s[i] == '-' || s[i] == '_')) {
			strbuf_addf(err, "\"%s\" has '%c': %s name has ASCII letters, digits, - and _ "
				    "only%s (e.g. \"%s\")", s, s[i], what,
				    fifo == 0 && has_suffix(s, ".fifo") ? " (.fifo ends a FIFO one's)" :
				    "", example);
			return -1;
		}
	if (!body || n > max) {
		strbuf_addf(err, "\"%s\" has %zu characters: %s name has 1 to %zu", s, n, what, max);
		return -1;
	}
	if (fifo == 1 && body == n) {
		strbuf_addf(err, "\"%s\": a FIFO %s name ends in .fifo (e.g. \"%s.fifo\")", s,
			    what + 2, s);
		return -1;
	}
	return 0;
}

/* CreateTopic Name: "Topic names must be made up of only uppercase and
 * lowercase ASCII letters, numbers, underscores, and hyphens, and must be
 * between 1 and 256 characters long. For a FIFO (first-in-first-out)
 * topic, the name must end with the .fifo suffix."
 * (https://docs.aws.amazon.com/sns/latest/api/API_CreateTopic.html) */
int rule_sns_topic_name(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = json_string_value(v);

	if (!s || value_not_known(v))
		return 0;
	return messaging_fifo_name(s, messaging_flag(r, "fifo_topic"), 256, "a topic", "pipeline-alerts", err);
}

/* ContentBasedDeduplication: "(FIFO topics only)" (CreateTopic Attributes);
 * SQS: "Applies only to FIFO (first-in-first-out) queues" (CreateQueue). */
int rule_sns_fifo_only(const json_t *v, const json_t *r, struct strbuf *err)
{
	if (!json_is_true(v) || messaging_flag(r, "fifo_topic") != 0)
		return 0;
	strbuf_addstr(err, "only a FIFO topic deduplicates by content: set fifo_topic: true "
		      "(and a name ending in .fifo), or leave this out");
	return -1;
}

/* RawMessageDelivery: "When set to true, enables raw message delivery to
 * Amazon SQS or HTTP/S endpoints" and Firehose (Subscribe Attributes;
 * SNS Developer Guide: Amazon SNS raw message delivery). */
int rule_sns_raw_delivery(const json_t *v, const json_t *r, struct strbuf *err)
{
	static const char *const takes[] = { "sqs", "http", "https", "firehose", NULL };
	const json_t *p = value_known_object(r) ? json_object_get(r, "protocol") : NULL;
	const char *protocol = json_string_value(p);

	if (!json_is_true(v) || !protocol || value_not_known(p))
		return 0;
	for (size_t i = 0; takes[i]; i++)
		if (!strcmp(protocol, takes[i]))
			return 0;
	strbuf_addf(err, "raw message delivery is for sqs, http, https and firehose "
		    "subscriptions, not %s ones", protocol);
	return -1;
}

int rule_messaging_policy(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	return aws_iam_resource_policy(v, 0, NULL, err);
}

/* ---- across the stack: one access policy written two ways ---------------- */

/* The resource of `type` an entry of a topic or queue list names: by a
 * reference to one of its attributes, or a literal ARN or URL ending in
 * the literal name it writes (after `sep`); else WRITTEN_NONE. */
static size_t messaging_written(const struct written_resource *rs, size_t n, size_t from,
				const char *entry, const char *type, char sep)
{
	static const char *const refs[] = { "name", "arn", "id", "url", NULL };
	size_t at = aws_written_named(rs, n, &rs[from], entry, type, refs);
	const char *last = strrchr(entry, sep);

	if (at != WRITTEN_NONE || strstr(entry, "${") || !last)
		return at;
	for (size_t j = 0; j < n; j++) {
		const char *name = json_string_value(json_object_get(rs[j].config, "name"));

		if (!strcmp(rs[j].type, type) && !rs[j].repeated && name &&
		    !strcmp(name, last + 1) && !strcmp(rs[j].provider, rs[from].provider))
			return j;
	}
	return WRITTEN_NONE;
}

/*
 * A topic's or queue's policy held by a policy resource and, with another
 * document, by the object's own `policy` would be set by each in turn on
 * every apply: refused. aws.sns.topic keeps the policy AWS has when the
 * stack sets none, so only a topic that writes another is; aws.sqs.queue's
 * `policy` unset means none (it removes one set outside), so a queue of the
 * stack that writes none is too, and its own `policy` is the place to
 * write it. The same document written both ways agrees: no change.
 */
static void check_messaging_policies(const struct written_resource *rs, size_t n,
				     check_report_fn report, void *ctx)
{
	char msg[512];

	for (size_t i = 0; i < n; i++) {
		bool topics = !strcmp(rs[i].type, "aws.sns.topic_policy");
		const char *attr = topics ? "topics" : "queues";
		const json_t *mine = json_object_get(rs[i].config, "policy"), *entry;
		size_t e;

		if (!topics && strcmp(rs[i].type, "aws.sqs.queue_policy"))
			continue;
		json_array_foreach(json_object_get(rs[i].config, attr), e, entry) {
			size_t j = json_is_string(entry)
				? messaging_written(rs, n, i, json_string_value(entry),
						    topics ? "aws.sns.topic" : "aws.sqs.queue",
						    topics ? ':' : '/')
				: WRITTEN_NONE;
			const json_t *theirs = j == WRITTEN_NONE ? NULL
				: json_object_get(rs[j].config, "policy");

			if (j == WRITTEN_NONE || (topics && !value_is_set(theirs)) ||
			    (value_is_set(theirs) && !iam_documents_differ(mine, theirs)))
				continue;
			if (value_is_set(theirs))
				snprintf(msg, sizeof(msg), "%s: %s \"%s\" of this stack writes its own "
					 "policy too, with another document: one policy written two ways, "
					 "which each apply would set in turn; write it in one place", attr,
					 topics ? "topic" : "queue", rs[j].name);
			else
				snprintf(msg, sizeof(msg), "queues: queue \"%s\" is this stack's "
					 "aws.sqs.queue, whose policy unset means none (it removes one "
					 "set outside it on each apply): write this policy as its policy "
					 "and drop this resource", rs[j].name);
			report(ctx, &(struct check_finding){
				.warning = false, .which = i, .attr = attr, .other = j,
				.other_attr = "policy", .message = msg });
		}
	}
}

/*
 * The SNS rows of the one table of checks (checks/row.h), in the order
 * they run: a type's rows for single values before its rows for the whole
 * resource; aws_rules_tables (checks/tables.c) lists this table.
 */
WORDS(sns_protocols, "http", "https", "email", "email-json", "sms", "sqs", "application",
      "lambda", "firehose");
WORDS(sns_filter_scopes, "MessageAttributes", "MessageBody");

#define SNS_API "SNS API reference: "

const struct aws_check_row aws_rules_sns[] = {
	RULE("aws.sns.topic", "name", rule_sns_topic_name, SNS_API "CreateTopic Name"),
	RULE_WARNS("aws.sns.topic", "policy", rule_messaging_policy, warn_bucket_policy_names,
		   IAM_POLICY "; SNS Developer Guide: access policies"),
	RULE_WARNS("aws.sns.topic_policy", "policy", rule_messaging_policy, warn_bucket_policy_names,
		   IAM_POLICY "; SNS Developer Guide: access policies"),
	RULE("aws.sns.topic", "content_based_deduplication", rule_sns_fifo_only,
	     SNS_API "CreateTopic Attributes (ContentBasedDeduplication: FIFO topics only)"),
	/* The awscc twin's names are the same (the registry's TopicName,
	 * FifoTopic, ContentBasedDeduplication; checks/words/sns.words). */
	RULE("awscc.sns.topic", "topic_name", rule_sns_topic_name,
	     "CloudFormation registry: AWS::SNS::Topic TopicName"),
	RULE("awscc.sns.topic", "content_based_deduplication", rule_sns_fifo_only,
	     "CloudFormation registry: AWS::SNS::Topic ContentBasedDeduplication"),
	ONE_OF("aws.sns.subscription", "protocol", sns_protocols, SNS_API "Subscribe Protocol"),
	RULE("aws.sns.subscription", "endpoint", rule_not_empty, SNS_API "Subscribe Endpoint"),
	RULE("aws.sns.subscription", "raw_message_delivery", rule_sns_raw_delivery,
	     SNS_API "Subscribe Attributes (RawMessageDelivery)"),
	ONE_OF("aws.sns.subscription", "filter_policy_scope", sns_filter_scopes,
	       SNS_API "Subscribe Attributes (FilterPolicyScope)"),
	ACROSS_ROW("aws.*", check_messaging_policies,
		   "terrace: aws.sns.topic's and aws.sqs.queue's policy hold their object's "
		   "access policy"),
	/* On the awscc types, the sentences of CreateTopic and Subscribe (and
	 * the registry's) that terrace's aws.sns.topic and aws.sns.subscription
	 * send nothing of. */
	AWS_SAYS("sns.cfn_display_name_100", "awscc.sns.topic", AWS_CALL_ANY,
		 ALWAYS, THEN(LEN_IN("display_name", 0, 100)),
		 "The display name must be maximum 100 characters long, including hyphens (-), "
		 "underscores (_), spaces, and tabs.",
		 "CloudFormation registry: AWS::SNS::Topic DisplayName"),
	AWS_SAYS("sns.cfn_fifo_throughput_scope", "awscc.sns.topic", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(IS("fifo_throughput_scope", "Topic", "MessageGroup")),
		 "Valid values are ``Topic`` or ``MessageGroup``.",
		 "CloudFormation registry: AWS::SNS::Topic FifoThroughputScope"),
	/* "This" is Active tracing (the sentence before: "If set to Active,
	 * Amazon SNS will vend X-Ray segment data"); PassThrough is the
	 * default every topic has. */
	AWS_SAYS("sns.cfn_tracing_standard_only", "awscc.sns.topic", AWS_CALL_ANY,
		 WHEN(IS("fifo_topic", "true")), THEN(IS_NOT("tracing_config", "Active")),
		 "This is only supported on standard topics.", "sns CreateTopic Attributes"),
	{ NULL },
};
