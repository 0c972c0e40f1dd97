/*
 * events/rules.c: EventBridge's rows (checks/rules.h): a rule's schedule
 * expression (the grammar checks/schedule.c shares with scheduler/ and
 * glue/), its batch targets' numbers, its settings that go together and a
 * scheduled rule's bus; and the EventBridge check across resources, run by
 * aws_check_resources (checks/run_stack.c) on a rule's and a schedule's
 * targets:
 * an EventBridge rule's or a schedule's target that is a queue or a topic
 * (check_message_targets): a FIFO queue without a message group (an
 * error for a rule, whose PutTargets refuses it; a warning for a
 * schedule), a FIFO queue of the stack without content-based
 * deduplication, a rule's queue or topic whose policy (its own or an
 * aws.sqs.queue_policy's or aws.sns.topic_policy's of the stack) does not
 * let events.amazonaws.com send (EventBridge delivers with it), a schedule's
 * role that may not sqs:SendMessage or sns:Publish (Scheduler delivers
 * with it): warnings where AWS takes the stack and each delivery fails.
 * A role is "of the stack" when the consumer names it by reference to an
 * aws.iam.role of one object under the same provider configuration
 * (checks/roles.c); what is not known yet passes. And AWS's words
 * (checks/words/events.words) on the written and awscc rules and the awscc
 * event bus policy.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/events/api.h"
#include "provider/aws/checks/rules.h"
#include "provider/aws/checks/roles.h"
#include "provider/aws/checks/schedule.h"

#define AUTH_PARAMS_WORDS "You must include only authorization parameters for the " \
	"AuthorizationType you specify."
#include "provider/aws/checks/shared.h"

/* ---- a rule's settings that go together (rows for the whole resource) ---- */

/* EventBridge PutTargets EcsParameters: "You can specify ENABLED only when
 * LaunchType in EcsParameters is set to FARGATE" (awsvpcConfiguration
 * AssignPublicIp) and PlatformVersion: "This structure is used only if
 * LaunchType is FARGATE". A launch type left out (the cluster's capacity
 * providers) passes. A row for the whole rule: each target's. */
static int rule_events_ecs_targets(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *targets = known_list(v, "targets"), *t;
	size_t i;
	(void)r;
	json_array_foreach(targets, i, t) {
		const json_t *ecs = json_object_get(t, "ecs_parameters");
		const json_t *net = value_known_object(ecs) ? json_object_get(ecs, "network_configuration")
							  : NULL;
		const char *launch = value_known_member(ecs, "launch_type");
		if (!launch || !strcmp(launch, "FARGATE"))
			continue;
		if (value_known_object(net) && json_is_true(json_object_get(net, "assign_public_ip"))) {
			strbuf_addf(err, "targets[%zu].ecs_parameters.network_configuration.assign_public_ip:"
				    " true with launch_type \"%s\": AWS says \"You can specify ENABLED only "
				    "when LaunchType in EcsParameters is set to FARGATE.\" (events PutTargets "
				    "Targets.EcsParameters.NetworkConfiguration.awsvpcConfiguration."
				    "AssignPublicIp)", i, launch);
			return -1;
		}
		if (is_set(ecs, "platform_version")) {
			strbuf_addf(err, "targets[%zu].ecs_parameters.platform_version: set with launch_type "
				    "\"%s\": AWS says \"This structure is used only if LaunchType is "
				    "FARGATE.\" (events PutTargets Targets.EcsParameters.PlatformVersion)",
				    i, launch);
			return -1;
		}
	}
	return 0;
}

/* EventBridge PutRule: a rule needs ScheduleExpression or EventPattern;
 * PutTargets: each target's Id is unique within the rule. */
static int rule_events_rule(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *targets = known_list(v, "targets");
	const json_t *t;
	size_t i;
	(void)r;
	if (!is_set(v, "schedule_expression") && !is_set(v, "event_pattern")) {
		strbuf_addstr(err, "set schedule_expression or event_pattern (or both)");
		return -1;
	}
	json_array_foreach(targets, i, t) {
		const char *tid = value_known_member(t, "id");
		for (size_t j = 0; tid && j < i; j++) {
			const char *other = value_known_member(json_array_get(targets, j), "id");
			if (other && !strcmp(tid, other)) {
				strbuf_addf(err, "targets: id \"%s\" is used twice", tid);
				return -1;
			}
		}
	}
	return 0;
}

/* EventBridge: a rule with a schedule runs on the default event bus only
 * (EventBridge User Guide, "Creating a rule that runs on a schedule":
 * scheduled rules are a feature of the default event bus; PutRule refuses
 * ScheduleExpression with another bus: "ScheduleExpression is supported
 * only on the default event bus"). A row for the whole resource. */
static int rule_events_schedule_bus(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *bus = value_known_member(v, "event_bus_name");
	(void)r;
	if (!bus || !strcmp(bus, "default") || !is_set(v, "schedule_expression") ||
	    has_suffix(bus, ":event-bus/default"))
		return 0;
	strbuf_addf(err, "schedule_expression with event_bus_name \"%s\": EventBridge runs "
		    "scheduled rules on the default event bus only (leave event_bus_name unset, or "
		    "use an aws.scheduler.schedule)", bus);
	return -1;
}

/* ---- an EventBridge rule's or a schedule's queue or topic target ---- */

static const char *const queue_attrs[] = { "arn", NULL };
static const char *const topic_attrs[] = { "arn", "id", NULL };

/* The queue or topic (of the stack, or by its ARN as written) a target's
 * arn names: *at the resource or WRITTEN_NONE, *fifo 1 (a FIFO queue), 0,
 * or -1 (not known); returns "queue", "topic" or NULL. */
static const char *message_target(const struct written_resource *rs, size_t n,
				  const struct written_resource *from, const char *arn,
				  size_t *at, int *fifo)
{
	const char *name;

	*fifo = -1;
	*at = aws_written_named(rs, n, from, arn, "aws.sqs.queue", queue_attrs);
	if (*at != WRITTEN_NONE) {
		const json_t *flag = json_object_get(rs[*at].config, "fifo_queue");

		name = value_known_member(rs[*at].config, "name");
		*fifo = json_is_true(flag) || (name && has_suffix(name, ".fifo")) ? 1
			: value_not_known(flag) ? -1 : 0;
		return "queue";
	}
	*at = aws_written_named(rs, n, from, arn, "aws.sns.topic", topic_attrs);
	if (*at != WRITTEN_NONE)
		return "topic";
	if (arn && !strstr(arn, "${") && !strncmp(arn, "arn:", 4) && strstr(arn, ":sqs:")) {
		*fifo = has_suffix(arn, ".fifo");
		return "queue";
	}
	return NULL;
}

/* Whether the stack's policy that lets EventBridge deliver to queue or
 * topic `at` does: its own `policy`, or that of an aws.sqs.queue_policy
 * or aws.sns.topic_policy of the stack naming it (by reference), which
 * sets it (a document not known yet lets). */
static bool policy_lets(const json_t *policy, const char *action)
{
	json_t *doc = known_document(policy);
	bool ok = value_is_set(policy) && (!doc || aws_policy_lets_service(doc, "events", action));

	json_decref(doc);
	return ok;
}

static bool lets_events_deliver(const struct written_resource *rs, size_t n, size_t at,
				const char *kind)
{
	static const char *const refs[] = { "name", "arn", "id", "url", NULL };
	bool queue = !strcmp(kind, "queue");
	const char *action = queue ? "sqs:SendMessage" : "sns:Publish";

	if (policy_lets(json_object_get(rs[at].config, "policy"), action))
		return true;
	for (size_t j = 0; j < n; j++) {
		const json_t *entry;
		size_t e;

		if (strcmp(rs[j].type, queue ? "aws.sqs.queue_policy" : "aws.sns.topic_policy"))
			continue;
		json_array_foreach(json_object_get(rs[j].config, queue ? "queues" : "topics"), e,
				   entry)
			if (aws_written_named(rs, n, &rs[j], json_string_value(entry), rs[at].type,
					      refs) == at &&
			    policy_lets(json_object_get(rs[j].config, "policy"), action))
				return true;
	}
	return false;
}

/* One target (attribute `path` of resource i, its arn and sqs_parameters in
 * t): a FIFO queue needs a message group (EventBridge's PutTargets refuses
 * it without: an error; Scheduler sends and SQS refuses each message: a
 * warning) and content-based deduplication (the models' SqsParameters: "the
 * queue must have content-based deduplication enabled": a warning); a rule
 * delivers with the queue's or topic's policy, which must allow
 * events.amazonaws.com (a warning: each delivery fails otherwise); a
 * schedule with its role, which must allow sqs:SendMessage or sns:Publish
 * (a warning). */
static void check_message_target(const struct written_resource *rs, size_t n, size_t i,
				 const char *path, const json_t *t, bool schedule,
				 check_report_fn report, void *ctx)
{
	const char *arn = json_string_value(json_object_get(t, "arn")), *kind, *outside = NULL;
	const json_t *sqs = json_object_get(t, "sqs_parameters");
	size_t at;
	int fifo;
	char msg[1024], also[400] = "";

	if (!arn || !(kind = message_target(rs, n, &rs[i], arn, &at, &fifo)))
		return;
	if (fifo == 1 && !value_is_set(json_object_get(sqs, "message_group_id")) &&
	    !value_not_known(sqs)) {
		snprintf(msg, sizeof(msg),
			 "%s: the target is FIFO queue %s, which takes messages of a group only: "
			 "set sqs_parameters: {message_group_id: ...}%s", path,
			 at != WRITTEN_NONE ? rs[at].name : arn,
			 schedule ? " (Scheduler sends without one and SQS refuses each message)"
				  : " (EventBridge's PutTargets refuses the target: \"Parameter(s) "
				    "SqsParameters must be specified for target\")");
		report(ctx, &(struct check_finding){
			.warning = schedule, .which = i, .attr = path, .other = at,
			.other_attr = at != WRITTEN_NONE ? "name" : NULL, .message = msg });
	}
	if (at == WRITTEN_NONE || rs[at].repeated)
		return;
	if (fifo == 1 && !json_is_true(json_object_get(rs[at].config,
						       "content_based_deduplication")) &&
	    !value_not_known(json_object_get(rs[at].config, "content_based_deduplication"))) {
		snprintf(msg, sizeof(msg),
			 "%s: FIFO queue %s has no content_based_deduplication: %s sends no "
			 "deduplication id, so SQS refuses its messages (set "
			 "content_based_deduplication: true)", path, rs[at].name,
			 schedule ? "Scheduler" : "EventBridge");
		report(ctx, &(struct check_finding){
			.warning = true, .which = i, .attr = path, .other = at,
			.other_attr = "content_based_deduplication", .message = msg });
	}
	if (!schedule) {
		const char *action = !strcmp(kind, "queue") ? "sqs:SendMessage" : "sns:Publish";

		if (lets_events_deliver(rs, n, at, kind))
			return;
		snprintf(msg, sizeof(msg),
			 "%s: %s %s of the stack does not let EventBridge deliver: its policy "
			 "(or an aws.%s_policy's) must allow events.amazonaws.com %s "
			 "(aws:SourceArn the rule's ARN), or each delivery fails (the rule's "
			 "FailedInvocations)", path, kind, rs[at].name,
			 !strcmp(kind, "queue") ? "sqs.queue" : "sns.topic", action);
		report(ctx, &(struct check_finding){
			.warning = true, .which = i, .attr = path, .other = at,
			.other_attr = "policy", .message = msg });
		return;
	}
	{
		size_t role = aws_written_named(rs, n, &rs[i],
						json_string_value(json_object_get(t, "role_arn")),
						"aws.iam.role", role_attrs);
		static const char *const sqs_managed[] = { "AmazonSQSFullAccess",
							   "AdministratorAccess",
							   "PowerUserAccess", NULL };
		static const char *const sns_managed[] = { "AmazonSNSFullAccess",
							   "AdministratorAccess",
							   "PowerUserAccess", NULL };
		bool queue = !strcmp(kind, "queue");
		/* marker NULL: checked by the action, on any resource */
		struct started s = { at, queue ? "sqs:SendMessage" : "sns:Publish", NULL, NULL, kind,
				     queue ? sqs_managed : sns_managed };

		if (role == WRITTEN_NONE)
			return;
		if (role_allows(rs, n, role, &s, &outside))
			return;
		if (outside)
			snprintf(also, sizeof(also), " (unless %s, not in the stack, does)", outside);
		snprintf(msg, sizeof(msg),
			 "%s: no policy the stack writes for role \"%s\" allows %s on %s %s%s: "
			 "Scheduler invokes the target with the role, and each invocation would "
			 "fail with AccessDenied (e.g. an inline policy {\"Effect\": \"Allow\", "
			 "\"Action\": \"%s\", \"Resource\": \"${%s.arn}\"})", path,
			 rs[role].name, s.action, kind, rs[at].name, also, s.action, rs[at].name);
		report(ctx, &(struct check_finding){
			.warning = true, .which = i, .attr = path, .other = role,
			.other_attr = "inline_policies", .message = msg });
	}
}

/* Across resources: an EventBridge rule's (written or awscc) or a
 * schedule's target that is a queue or topic: a FIFO queue's message group (an error for a rule, as
 * PutTargets refuses it; a warning for a schedule) and content-based
 * deduplication (a warning); a rule's queue or topic policy lets
 * events.amazonaws.com send (a warning); a schedule's role may send or
 * publish to it (a warning). */

/* The types whose targets PutTargets and CreateSchedule take: the written
 * rule and schedule, and their awscc twins (whose handlers call them). */
static const char *const rule_types[] = { "aws.events.rule", "awscc.events.rule", NULL };
static const char *const schedule_types[] = { "aws.scheduler.schedule",
					       "awscc.scheduler.schedule", NULL };

static void check_message_targets(const struct written_resource *rs, size_t n,
				  check_report_fn report, void *ctx)
{
	for (size_t i = 0; i < n; i++) {
		const json_t *t;
		size_t k;

		if (rs[i].repeated)
			continue;
		if (text_listed(rule_types, rs[i].type))
			json_array_foreach(json_object_get(rs[i].config, "targets"), k, t)
				check_message_target(rs, n, i, "targets", t, false, report, ctx);
		else if (text_listed(schedule_types, rs[i].type) &&
			 value_known_object(json_object_get(rs[i].config, "target")))
			check_message_target(rs, n, i, "target",
					     json_object_get(rs[i].config, "target"), true, report,
					     ctx);
	}
}

/* EventBridge PutTargets Target.Input: "Valid JSON text passed to the
 * target." (a JSON document of any kind: an object, or "\"text\"" for a
 * string), of at most 8,192 characters (the model's TargetInput, which
 * the registry's Targets.Input bound repeats). */
static int rule_events_input_json(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = value_known_string(v);
	json_t *doc;
	(void)r;
	if (!s || value_holds_not_known(v))
		return 0;
	if (utf8_length(s) > 8192) {
		strbuf_addf(err, "%zu characters: a target's input is at most 8192", utf8_length(s));
		return -1;
	}
	if ((doc = json_loads(s, JSON_DECODE_ANY, NULL)) != NULL) {
		json_decref(doc);
		return 0;
	}
	strbuf_addf(err, "\"%.60s%s\" is not JSON: AWS says \"Valid JSON text passed to the "
		    "target.\" (e.g. input: '{\"mode\": \"full\"}', or '\"full\"' for a string)",
		    s, strlen(s) > 60 ? "..." : "");
	return -1;
}

/* EventBridge PutTargets: "Input, InputPath, and InputTransformer are
 * mutually exclusive and optional parameters of a target." (the
 * operation's own documentation, which the census of members does not
 * read). The awscc rule's targets have all three; the written rule's
 * targets take input alone. A target not known yet, or a field set by a
 * ${...} that may be null, passes. */
static int rule_events_cfn_target_input(const json_t *v, const json_t *r, struct strbuf *err)
{
	static const char *const fields[] = { "input", "input_path", "input_transformer", NULL };
	const json_t *t;
	size_t i;

	(void)r;
	if (!json_is_array(v) || value_not_known(v))
		return 0;
	json_array_foreach(v, i, t) {
		const char *set[3];
		size_t n = 0;

		if (!value_known_object(t))
			continue;
		for (size_t f = 0; fields[f]; f++)
			if (surely_set(t, fields[f]))
				set[n++] = fields[f];
		if (n < 2)
			continue;
		strbuf_addf(err, "item %zu: the target sets %s and %s%s%s: AWS says \"Input, "
			    "InputPath, and InputTransformer are mutually exclusive and optional "
			    "parameters of a target.\" (events PutTargets): keep one of them", i,
			    set[0], set[1], n > 2 ? " and " : "", n > 2 ? set[2] : "");
		return -1;
	}
	return 0;
}

/* An awscc rule's target's input paths (EventBridge PutTargets
 * InputTransformer.InputPathsMap): no key begins with "AWS." (the model's
 * words, "Amazon Web Services." in botocore's rewriting) and each value is
 * a JSON path, which begins with $. A key or value not known yet passes. */
static int rule_events_cfn_input_paths(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *path;
	const char *key;

	(void)r;
	if (!value_known_object(v))
		return 0;
	json_object_foreach((json_t *)v, key, path) {
		const char *p = value_known_string(path);

		if (!value_key_not_known(key) && !strncmp(key, "AWS.", 4)) {
			strbuf_addf(err, "key \"%s\" begins with AWS.: AWS says: The keys cannot start "
				    "with \"AWS.\" (events PutTargets InputTransformer.InputPathsMap)",
				    key);
			return -1;
		}
		if (p && *p != '$') {
			strbuf_addf(err, "%s: \"%s\" is no JSON path: AWS says \"InputPathsMap is an "
				    "array key-value pairs, where each value is a valid JSON path.\" "
				    "(events PutTargets InputTransformer.InputPathsMap; e.g. "
				    "\"$.detail.id\")", key, p);
			return -1;
		}
	}
	return 0;
}

/* A global endpoint's two event buses (EventBridge CreateEndpoint
 * EventBuses): their names (an ARN's part after event-bus/) are the same;
 * an ARN not known whole passes. */
static int rule_events_endpoint_bus_names(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *names[2] = { NULL, NULL };
	const json_t *bus;
	size_t i;

	(void)r;
	json_array_foreach(json_is_array(v) ? v : NULL, i, bus) {
		const char *arn = value_known_string(json_object_get(bus, "event_bus_arn"));
		const char *name = arn ? strstr(arn, ":event-bus/") : NULL;

		if (i < 2)
			names[i] = name ? name + strlen(":event-bus/") : NULL;
	}
	if (!names[0] || !names[1] || !strcmp(names[0], names[1]))
		return 0;
	strbuf_addf(err, "buses \"%s\" and \"%s\": AWS says \"The names of the event buses "
		    "must be identical in each Region.\" (events CreateEndpoint EventBuses)",
		    names[0], names[1]);
	return -1;
}

/* An event pattern's fields, from `at` down: each value an object (the
 * fields below it) or an array (the values it matches). EventBridge
 * PutRule refuses any other, InvalidEventPatternException 'Event pattern
 * is not valid. Reason: "source" must be an object or an array' (the
 * EventBridge User Guide, "Amazon EventBridge event patterns": "the values
 * to match are in arrays"). What is not known yet passes. */
static int pattern_fields_nested(const json_t *o, struct strbuf *path, struct strbuf *err)
{
	const char *key;
	json_t *m;
	size_t len = path->len;

	json_object_foreach((json_t *)o, key, m) {
		if (value_not_known(m) || value_key_not_known(key))
			continue;
		strbuf_addf(path, "%s%s", len ? "." : "", key);
		if (json_is_object(m) ? pattern_fields_nested(m, path, err) : !json_is_array(m)) {
			if (!err->len) {
				aws_constraint_quote(err, path->buf);
				strbuf_addstr(err, " is neither an object nor an array: AWS says "
					      "\"Event pattern is not valid. Reason: ");
				aws_constraint_quote(err, key);
				strbuf_addstr(err, " must be an object or an array\" (e.g. a list of "
					      "the values to match)");
			}
			return -1;
		}
		strbuf_setlen(path, len);
	}
	return 0;
}

static int rule_events_pattern_fields(const json_t *v, const json_t *r, struct strbuf *err)
{
	struct strbuf path = STRBUF_INIT;
	json_t *parsed;
	const json_t *doc = aws_doc_json(v, &parsed);
	int rc = 0;
	(void)r;

	if (json_is_object(doc) && !value_is_unknown(doc))
		rc = pattern_fields_nested(doc, &path, err);
	json_decref(parsed);
	strbuf_release(&path);
	return rc;
}

/*
 * The EventBridge rows of the one table of checks (checks/row.h), in the order
 * they run: a type's rows for single values before its rows for the whole
 * resource; aws_rules_tables (checks/tables.c) lists this table.
 */
const struct aws_check_row aws_rules_events[] = {
	RULE("aws.events.rule", "schedule_expression", rule_events_schedule, SCHEDULES),
	WHOLE_IN("aws.events.rule", "targets[].batch_parameters.array_size", 2, 10000,
		 "EventBridge API reference: BatchArrayProperties Size"),
	WHOLE_IN("aws.events.rule", "targets[].batch_parameters.job_attempts", 1, 10,
		 "EventBridge API reference: BatchRetryStrategy Attempts"),
	RULE("aws.events.rule", "", rule_events_rule, "EventBridge API reference: PutRule, PutTargets"),
	RULE("aws.events.rule", "targets[].input", rule_events_input_json,
	     "EventBridge API reference: PutTargets Target.Input"),
	RULE("awscc.events.rule", "targets[].input", rule_events_input_json,
	     "EventBridge API reference: PutTargets Target.Input"),
	RULE("awscc.events.rule", "targets", rule_events_cfn_target_input,
	     "EventBridge API reference: PutTargets (Input, InputPath, InputTransformer)"),
	RULE("aws.events.rule", "event_pattern", rule_events_pattern_fields,
	     "EventBridge User Guide: event patterns; PutRule EventPattern"),
	RULE("awscc.events.rule", "event_pattern", rule_events_pattern_fields,
	     "EventBridge User Guide: event patterns; PutRule EventPattern"),
	RULE("aws.events.rule", "", rule_events_ecs_targets,
	     "EventBridge API reference: PutTargets EcsParameters"),
	RULE("aws.events.rule", "", rule_events_schedule_bus,
	     "EventBridge User Guide: creating a rule that runs on a schedule (default bus only)"),
	ACROSS_ROW("aws.*", check_message_targets,
		   "EventBridge API reference: PutTargets; EventBridge Scheduler User Guide: execution role"),
	/* AWS's words (checks/words/events.words): a partner event bus's name
	 * (or ARN) has aws.partner/ before its source's name. */
	AWS_SAYS("events.cloudtrail_state_not_partner_bus", "aws.events.rule", AWS_CALL_CREATE,
		 WHEN(IS("state", "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS"),
		      SET("event_bus_name")),
		 THEN(NOT_MATCHES("event_bus_name", "(^|/)aws\\.partner/")),
		 "This value is only valid for rules on the default event bus or custom event buses.",
		 "events PutRule State"),
	AWS_SAYS("events.cfn_cloudtrail_state_not_partner_bus", "awscc.events.rule",
		 AWS_CALL_CREATE,
		 WHEN(IS("state", "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS"),
		      SET("event_bus_name")),
		 THEN(NOT_MATCHES("event_bus_name", "(^|/)aws\\.partner/")),
		 "This value is only valid for rules on the default event bus or custom event buses.",
		 "events PutRule State"),
	/* On the awscc type: what the registry's schema describes but its
	 * keywords do not hold. */
	AWS_SAYS("events.cfn_condition_key_org_id", "awscc.events.event_bus_policy", AWS_CALL_ANY,
		 WHEN(SET("condition")), THEN(IS("condition.key", "aws:PrincipalOrgID")),
		 "Currently the only supported key is aws:PrincipalOrgID.",
		 "CloudFormation registry: AWS::Events::EventBusPolicy Condition.Value"),
	/* An organization's ID's form (Organizations' Organization Id); which
	 * organization the account's is, is not the stack's. */
	AWS_SAYS("events.cfn_condition_value_org_id", "awscc.events.event_bus_policy",
		 AWS_CALL_ANY, WHEN(SET("condition")),
		 THEN(MATCHES("condition.value", "^o-[a-z0-9]{10,32}$")),
		 "Currently, this must be the ID of the organization.",
		 "CloudFormation registry: AWS::Events::EventBusPolicy Condition.Key"),
	/* What the awscc types' handlers send (sentences.py's HANDLERS_TOO):
	 * a connection's authorization parameters of its type alone. */
	AWS_SAYS("events.connection_basic_params_only", "awscc.events.connection", AWS_CALL_ANY,
		 WHEN(IS("authorization_type", "BASIC")),
		 THEN(UNSET("auth_parameters.api_key_auth_parameters"),
		      UNSET("auth_parameters.o_auth_parameters")), AUTH_PARAMS_WORDS,
		 "events CreateConnection AuthParameters"),
	AWS_SAYS("events.connection_api_key_params_only", "awscc.events.connection", AWS_CALL_ANY,
		 WHEN(IS("authorization_type", "API_KEY")),
		 THEN(UNSET("auth_parameters.basic_auth_parameters"),
		      UNSET("auth_parameters.o_auth_parameters")), AUTH_PARAMS_WORDS,
		 "events CreateConnection AuthParameters"),
	AWS_SAYS("events.connection_oauth_params_only", "awscc.events.connection", AWS_CALL_ANY,
		 WHEN(IS("authorization_type", "OAUTH_CLIENT_CREDENTIALS")),
		 THEN(UNSET("auth_parameters.basic_auth_parameters"),
		      UNSET("auth_parameters.api_key_auth_parameters")), AUTH_PARAMS_WORDS,
		 "events CreateConnection AuthParameters"),
	AWS_SAYS("events.bus_policy_condition_whole", "awscc.events.event_bus_policy",
		 AWS_CALL_ANY, WHEN(SET("condition")),
		 THEN(SET("condition.type"), SET("condition.key"), SET("condition.value")),
		 "The Condition is a JSON string which must contain Type, Key, and Value fields.",
		 "events PutPermission Condition"),
	/* A custom bus (no event source): not named default, no / in its
	 * name; a partner bus: named as its event source. */
	AWS_SAYS("events.custom_bus_not_default", "awscc.events.event_bus", AWS_CALL_CREATE,
		 ALWAYS, THEN(IS_NOT("name", "default")),
		 "You can't use the name default for a custom event bus, as this name is already "
		 "used for your account's default event bus.", "events CreateEventBus Name"),
	AWS_SAYS("events.custom_bus_name_no_slash", "awscc.events.event_bus", AWS_CALL_CREATE,
		 WHEN(UNSET("event_source_name")), THEN(NOT_MATCHES("name", "/")),
		 "Custom event bus names can't contain the / character, but you can use the / "
		 "character in partner event bus names.", "events CreateEventBus Name"),
	AWS_SAYS("events.partner_bus_named_as_source", "awscc.events.event_bus", AWS_CALL_CREATE,
		 WHEN(SET("event_source_name")), THEN(SAME("name", "event_source_name")),
		 "In addition, for partner event buses, the name must exactly match the name of "
		 "the partner event source that this event bus is matched to.",
		 "events CreateEventBus Name"),
	/* A global endpoint replicates unless told not to, with a role. */
	AWS_SAYS("events.endpoint_replication_needs_role", "awscc.events.endpoint", AWS_CALL_ANY,
		 WHEN(ANY_OF(UNSET("replication_config"),
			     IS("replication_config.state", "ENABLED"))),
		 THEN(SET("role_arn")),
		 "The default state is ENABLED which means you must supply a RoleArn.",
		 "events CreateEndpoint ReplicationConfig"),
	RULE("awscc.events.endpoint", "event_buses", rule_events_endpoint_bus_names,
	     "EventBridge API reference: CreateEndpoint EventBuses"),
	/* The awscc rule's targets, as PutTargets takes them. */
	AWS_SAYS("events.cfn_target_array_size", "awscc.events.rule", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("targets", ALWAYS,
			   THEN(IN("batch_parameters.array_properties.size", 2, 10000)))),
		 "The array size can be between 2 and 10,000.",
		 "events PutTargets Targets.BatchParameters.ArrayProperties"),
	AWS_SAYS("events.cfn_target_batch_attempts", "awscc.events.rule", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("targets", ALWAYS,
			   THEN(IN("batch_parameters.retry_strategy.attempts", 1, 10)))),
		 "Valid values are 1–10.", "events PutTargets Targets.BatchParameters.RetryStrategy"),
	AWS_SAYS("events.cfn_target_strategy_or_launch_type", "awscc.events.rule", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("targets", WHEN(SET("ecs_parameters.capacity_provider_strategy")),
			   THEN(UNSET("ecs_parameters.launch_type")))),
		 "If a capacityProviderStrategy is specified, the launchType parameter must be "
		 "omitted.", "events PutTargets Targets.EcsParameters.CapacityProviderStrategy"),
	AWS_SAYS("events.cfn_target_group_up_to_255", "awscc.events.rule", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("targets", ALWAYS, THEN(LEN_IN("ecs_parameters.group", 0, 255)))),
		 "The maximum length is 255 characters.",
		 "events PutTargets Targets.EcsParameters.Group"),
	AWS_SAYS("events.cfn_target_fargate_network", "awscc.events.rule", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("targets", WHEN(IS("ecs_parameters.launch_type", "FARGATE")),
			   THEN(SET("ecs_parameters.network_configuration")))),
		 "This structure is required if LaunchType is FARGATE because the awsvpc mode is "
		 "required for Fargate tasks.",
		 "events PutTargets Targets.EcsParameters.NetworkConfiguration"),
	AWS_SAYS("events.cfn_target_no_expression_for_distinct", "awscc.events.rule",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("targets", ALWAYS,
			   THEN(EACH("ecs_parameters.placement_constraints",
				     WHEN(IS("type", "distinctInstance")),
				     THEN(UNSET("expression")))))),
		 "You cannot specify an expression if the constraint type is distinctInstance.",
		 "events PutTargets Targets.EcsParameters.PlacementConstraints.expression"),
	AWS_SAYS("events.cfn_target_five_strategies", "awscc.events.rule", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("targets", ALWAYS,
			   THEN(LEN_IN("ecs_parameters.placement_strategies", 0, 5)))),
		 "You can specify a maximum of five strategy rules per task.",
		 "events PutTargets Targets.EcsParameters.PlacementStrategy"),
	AWS_SAYS("events.cfn_target_binpack_field", "awscc.events.rule", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("targets", ALWAYS,
			   THEN(EACH("ecs_parameters.placement_strategies",
				     WHEN(IS("type", "binpack")),
				     THEN(IS("field", "cpu", "memory")))))),
		 "For the binpack placement strategy, valid values are cpu and memory.",
		 "events PutTargets Targets.EcsParameters.PlacementStrategy.field"),
	AWS_SAYS("events.cfn_target_spread_field", "awscc.events.rule", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("targets", ALWAYS,
			   THEN(EACH("ecs_parameters.placement_strategies",
				     WHEN(IS("type", "spread")),
				     THEN(MATCHES("field", "^(instanceId|host|attribute:.+)$")))))),
		 "For the spread placement strategy, valid values are instanceId (or host, which "
		 "has the same effect), or any platform or custom attribute that is applied to a "
		 "container instance, such as attribute:ecs.availability-zone.",
		 "events PutTargets Targets.EcsParameters.PlacementStrategy.field"),
	AWS_SAYS("events.cfn_target_template_key_not_placeholder", "awscc.events.rule",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("targets", ALWAYS,
			   THEN(NOT_MATCHES("input_transformer.input_template",
					    "\"<[^>\"]+>\"[[:space:]]*:")))),
		 "The placeholder cannot be used as an object key.",
		 "events PutTargets Targets.InputTransformer.InputTemplate"),
	AWS_SAYS("events.cfn_target_run_command_key", "awscc.events.rule", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("targets", ALWAYS,
			   THEN(EACH("run_command_parameters.run_command_targets", ALWAYS,
				     THEN(MATCHES("key", "^(tag:.+|InstanceIds)$")))))),
		 "Can be either tag: tag-key or InstanceIds.",
		 "events PutTargets Targets.RunCommandParameters.RunCommandTargets.Key"),
	RULE("awscc.events.rule", "targets[].input_transformer.input_paths_map",
	     rule_events_cfn_input_paths,
	     "EventBridge API reference: PutTargets InputTransformer.InputPathsMap"),
	/* The roles its types give: each must trust the service (checks/roles.c
	 * runs these rows). */
	/* docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-identity-based.html;
	 * PutRule: ValidationException "Provided role ... cannot be assumed by
	 * principal 'events.amazonaws.com'". A target's role is taken by
	 * PutTargets, and each invocation of that target fails. */
	ROLE_TRUST("aws.events.rule", "role_arn", NULL, "role_arn", "events", true,
		   "EventBridge refuses a rule whose role it cannot assume",
		   "https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-identity-based.html"),
	ROLE_TRUST("aws.events.rule", "targets", "role_arn", "targets", "events", false,
		   "EventBridge takes it, and every invocation of that target fails",
		   "https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-identity-based.html"),
	{ NULL },
};
