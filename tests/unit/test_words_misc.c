/*
 * test_words_misc.c: AWS's own words as rows (issue 79) for Glue,
 * CloudWatch, SQS, Systems Manager, EventBridge and its Scheduler
 * (checks/words/SERVICE.words, the rows in each service's rules.c; EC2's
 * are test_words_ec2.c's): each row refuses a resource that
 * breaks its sentence, naming the attribute, quoting AWS's words and the
 * member they document, and passes its twin; a create row is judged on a
 * create, an update row on an update that sends its attribute anew. And the
 * written rules those services' sentences made grow: an ICMP rule's ports,
 * a metric's dimensions, a schedule's templated input, an EventBridge
 * rule's ECS targets, a trigger action's timeout.
 *
 * JSON is written with single quotes (json_support.h).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tests/unit/rules_support.h"

/* A Spark job's command, of each kind. */
#define ETL "'command': {'name': 'glueetl', 'script_location': 's3://lake/etl.py'}"
#define STREAMING "'command': {'name': 'gluestreaming', 'script_location': 's3://lake/etl.py'}"

/* One words row: `refused` breaks it (judged against `prior`, the object
 * as it is: NULL for a create), `twin` is the same resource mended. */
struct words_case {
	const char *type;
	const char *prior;
	const char *refused;
	const char *twin;
	const char *attr;   /* the attribute the message names */
	const char *words;  /* AWS's sentence, quoted */
	const char *source; /* "service Operation Member" */
};

static const struct words_case cases[] = {
	{ "aws.glue.job", NULL,
	  "{" ETL ", 'max_capacity': 2.5}",
	  "{" ETL ", 'max_capacity': 3}", "max_capacity",
	  "This job type cannot have a fractional DPU allocation.", "glue CreateJob MaxCapacity" },
	{ "aws.glue.job", "{" STREAMING ", 'max_capacity': 4}",
	  "{" STREAMING ", 'max_capacity': 4.5}",
	  "{" STREAMING ", 'max_capacity': 5}", "max_capacity",
	  "This job type cannot have a fractional DPU allocation.",
	  "glue UpdateJob JobUpdate.MaxCapacity" },
	{ "aws.glue.job", NULL, "{'timeout': 10081}", "{'timeout': 10080}", "timeout",
	  "Jobs must have timeout values less than 7 days or 10080 minutes.",
	  "glue CreateJob Timeout" },
	{ "aws.glue.job", "{'timeout': 2880}", "{'timeout': 20160}", "{'timeout': 480}", "timeout",
	  "Jobs must have timeout values less than 7 days or 10080 minutes.",
	  "glue UpdateJob JobUpdate.Timeout" },
	{ "aws.glue.connection", NULL, "{'name': 'c', 'connection_type': 'SFTP'}",
	  "{'name': 'c', 'connection_type': 'CUSTOM'}", "connection_type",
	  "SFTP is not supported.", "glue CreateConnection ConnectionInput.ConnectionType" },
	{ "aws.glue.connection", NULL,
	  "{'name': 'c', 'connection_type': 'MARKETPLACE', 'connection_properties': "
	  "{'CONNECTOR_TYPE': 'JDBC', 'USERNAME': 'etl'}}",
	  "{'name': 'c', 'connection_type': 'MARKETPLACE', 'connection_properties': "
	  "{'CONNECTOR_TYPE': 'JDBC', 'SECRET_ID': 'lake/jdbc'}}", "password",
	  "Required for JDBC CONNECTOR_TYPE connections: All of (USERNAME, PASSWORD) or "
	  "SECRET_ID.", "glue CreateConnection ConnectionInput.ConnectionType" },
	{ "aws.glue.connection", NULL,
	  "{'name': 'c', 'connection_type': 'MARKETPLACE', 'connection_properties': "
	  "{'CONNECTOR_TYPE': 'JDBC'}, 'password': 'p'}",
	  "{'name': 'c', 'connection_type': 'MARKETPLACE', 'connection_properties': "
	  "{'CONNECTOR_TYPE': 'JDBC', 'USERNAME': 'etl'}, 'password': 'p'}",
	  "connection_properties.USERNAME",
	  "Required for JDBC CONNECTOR_TYPE connections: All of (USERNAME, PASSWORD) or "
	  "SECRET_ID.", "glue CreateConnection ConnectionInput.ConnectionType" },
	{ "aws.cloudwatch.metric_alarm", NULL,
	  "{'alarm_name': 'orders\\u0007late', 'statistic': 'Sum'}",
	  "{'alarm_name': 'orders late \\u00e9', 'statistic': 'Sum'}", "alarm_name",
	  "The name must contain only UTF-8 characters, and can't contain ASCII control "
	  "characters", "cloudwatch PutMetricAlarm AlarmName" },
	{ "aws.sqs.queue", NULL,
	  "{'name': 'orders.fifo', 'fifo_queue': true, 'redrive_policy': {'deadLetterTargetArn': "
	  "'arn:aws:sqs:eu-west-1:111122223333:orders-dlq', 'maxReceiveCount': 5}}",
	  "{'name': 'orders.fifo', 'fifo_queue': true, 'redrive_policy': {'deadLetterTargetArn': "
	  "'arn:aws:sqs:eu-west-1:111122223333:orders-dlq.fifo', 'maxReceiveCount': 5}}",
	  "redrive_policy.deadLetterTargetArn",
	  "The dead-letter queue of a FIFO queue must also be a FIFO queue.",
	  "sqs CreateQueue Attributes" },
	{ "aws.sqs.queue", NULL,
	  "{'name': 'orders', 'redrive_policy': {'deadLetterTargetArn': "
	  "'arn:aws:sqs:eu-west-1:111122223333:orders-dlq.fifo', 'maxReceiveCount': 5}}",
	  "{'name': 'orders', 'redrive_policy': {'deadLetterTargetArn': "
	  "'arn:aws:sqs:eu-west-1:111122223333:orders-dlq', 'maxReceiveCount': 5}}",
	  "redrive_policy.deadLetterTargetArn",
	  "Similarly, the dead-letter queue of a standard queue must also be a standard queue.",
	  "sqs CreateQueue Attributes" },
	{ "aws.ssm.parameter", NULL, "{'name': '/lake/a%1005s'}", "{'name': '/lake/a%1004s'}",
	  "name", "The maximum length for a parameter name that you specify is 1011 characters.",
	  "ssm PutParameter Name" },
	{ "aws.ssm.parameter", NULL,
	  "{'name': 'arn:aws:ssm:eu-west-1:111122223333:parameter/lake/watermark'}",
	  "{'name': '/lake/watermark'}", "name",
	  "You can't enter the Amazon Resource Name (ARN) for a parameter, only the parameter "
	  "name itself.", "ssm PutParameter Name" },
	{ "aws.ssm.parameter", NULL, "{'name': '/lake/night watermark'}",
	  "{'name': ' /lake/night-watermark '}", "name", "Parameter names can't contain spaces.",
	  "ssm PutParameter Name" },
	{ "aws.ssm.parameter", NULL, "{'name': 'lake/watermark'}", "{'name': 'watermark'}", "name",
	  "For parameters in a hierarchy, you must include a leading forward slash character (/) "
	  "when you create or reference a parameter.", "ssm PutParameter Name" },
	{ "aws.events.rule", NULL,
	  "{'name': 'audit', 'state': 'ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS', "
	  "'event_pattern': {'source': ['aws.s3']}, "
	  "'event_bus_name': 'aws.partner/saas.example/123/orders'}",
	  "{'name': 'audit', 'state': 'ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS', "
	  "'event_pattern': {'source': ['aws.s3']}, 'event_bus_name': 'orders-bus'}",
	  "event_bus_name",
	  "This value is only valid for rules on the default event bus or custom event buses.",
	  "events PutRule State" },
	{ "aws.scheduler.schedule", NULL,
	  "{'name': 's', 'target': {'ecs_parameters': {'launch_type': 'EC2', "
	  "'network_configuration': {'subnets': ['subnet-1'], 'assign_public_ip': true}}}}",
	  "{'name': 's', 'target': {'ecs_parameters': {'launch_type': 'FARGATE', "
	  "'network_configuration': {'subnets': ['subnet-1'], 'assign_public_ip': true}}}}",
	  "target.ecs_parameters.launch_type",
	  "You can specify ENABLED only when LaunchType in EcsParameters is set to FARGATE.",
	  "scheduler CreateSchedule "
	  "Target.EcsParameters.NetworkConfiguration.awsvpcConfiguration.AssignPublicIp" },
};

/* A case's JSON, "%Ns" standing for N characters of 'x' (a long name). */
static json_t *case_json(const char *text)
{
	const char *pct = text ? strstr(text, "%") : NULL;
	struct strbuf s = STRBUF_INIT;
	json_t *v;

	if (!text)
		return NULL;
	if (!pct)
		return js(text);
	strbuf_add(&s, text, (size_t)(pct - text));
	for (long n = strtol(pct + 1, NULL, 10); n > 0; n--)
		strbuf_addch(&s, 'x');
	strbuf_addstr(&s, strchr(pct, 's') + 1);
	v = js(s.buf);
	strbuf_release(&s);
	return v;
}

static void test_rows_refuse_and_twins_pass(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct words_case *c = &cases[i];
		struct strbuf err = STRBUF_INIT, head = STRBUF_INIT;
		const char *attr = NULL;
		json_t *bad = case_json(c->refused), *good = case_json(c->twin);
		json_t *prior = case_json(c->prior);

		if (aws_constraints_check(c->type, bad, NULL, prior, &attr, &err) != -1)
			fail_msg("%s %s: accepted, where AWS says \"%s\"", c->type, c->refused,
				 c->words);
		strbuf_addf(&head, "%s: ", c->attr);
		if (!attr || strcmp(attr, c->attr) || strncmp(err.buf, head.buf, head.len) ||
		    !strstr(err.buf, c->words) || !strstr(err.buf, c->source))
			fail_msg("%s %s: wanted %s, \"%s\" and (%s), got %s \"%s\"", c->type,
				 c->refused, c->attr, c->words, c->source, attr ? attr : "(none)",
				 err.buf);
		strbuf_reset(&err);
		if (aws_constraints_check(c->type, good, NULL, prior, NULL, &err))
			fail_msg("%s %s: refused, which AWS accepts: %s", c->type, c->twin, err.buf);
		json_decref(bad);
		json_decref(good);
		json_decref(prior);
		strbuf_release(&err);
		strbuf_release(&head);
	}
}

/* A value not known yet passes, and is judged when it is known. */
static void test_unknown_passes(void **state)
{
	(void)state;
	check_resource("aws.sqs.queue",
		       "{'name': 'orders.fifo', 'fifo_queue': true, 'redrive_policy': "
		       "{'deadLetterTargetArn': '${dlq.arn}', 'maxReceiveCount': 5}}", NULL);
	check_resource("aws.ssm.parameter", "{'name': '${var.prefix}/watermark'}", NULL);
	check_resource("aws.events.rule",
		       "{'name': 'audit', 'state': 'ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS', "
		       "'event_pattern': {'source': ['aws.s3']}, 'event_bus_name': '${var.bus}'}", NULL);
}

static void collect(void *ctx, const char *attr, const char *message)
{
	strbuf_addf(ctx, "%s: %s\n", attr, message);
}

/* A create row is about the create: on an object that exists and stays
 * it refuses nothing; the update row is judged when the update sends its
 * attribute anew, and only then. */
static void test_create_and_update(void **state)
{
	struct strbuf err = STRBUF_INIT;
	json_t *job = js("{" ETL ", 'max_capacity': 2.5, 'timeout': 30}");
	json_t *same = json_deep_copy(job);
	json_t *other = js("{" ETL ", 'max_capacity': 2, 'timeout': 30}");
	const char *attr = NULL;

	(void)state;
	assert_int_equal(aws_constraints_check("aws.glue.job", job, NULL, same, &attr, &err), 0);
	assert_int_equal(aws_constraints_check("aws.glue.job", job, NULL, other, &attr, &err), -1);
	assert_non_null(strstr(err.buf, "(glue UpdateJob JobUpdate.MaxCapacity)"));
	strbuf_reset(&err);
	assert_int_equal(aws_constraints_check("aws.glue.job", job, NULL, NULL, &attr, &err), -1);
	assert_non_null(strstr(err.buf, "(glue CreateJob MaxCapacity)"));
	json_decref(job);
	json_decref(same);
	json_decref(other);
	/* A worker type's job: the MaxCapacity Glue computes (0.25 a G.025X
	 * worker) is no stack's. */
	job = js("{" STREAMING ", "
		 "'worker_type': 'G.025X', 'number_of_workers': 3, 'max_capacity': 0.75}");
	strbuf_reset(&err);
	aws_constraints_warn("aws.glue.job", job, NULL, job, collect, &err);
	assert_string_equal(err.buf, "");
	json_decref(job);
	strbuf_release(&err);
}

/* The written rules the sentences made grow. */
static void test_written_rules(void **state)
{
	(void)state;
	static const char *const icmp_why[] = { "If the start port is -1 (all ICMP types)" };
	check_table("aws.ec2.security_group", "ingress",
		    "[[{'protocol': 'icmp', 'from_port': -1, 'to_port': -1, 'self': true}, "
		    "{'protocol': 'icmp', 'from_port': -1, 'self': true}, "
		    "{'protocol': 'icmp', 'from_port': 8, 'to_port': 0, 'self': true}]]",
		    "[[{'protocol': 'icmp', 'from_port': -1, 'to_port': 0, 'self': true}]]", icmp_why);
	check_resource("aws.ec2.security_group_rule",
		       "{'security_group_id': 'sg-1', 'direction': 'ingress', 'protocol': 'icmp', "
		       "'from_port': -1, 'to_port': 3, 'cidr_block': '10.0.0.0/8'}",
		       "the end port must be -1 (all ICMP codes)");
	check_resource("aws.ec2.security_group_rule",
		       "{'security_group_id': 'sg-1', 'direction': 'ingress', 'protocol': 'icmp', "
		       "'from_port': 3, 'to_port': -1, 'cidr_block': '10.0.0.0/8'}", NULL);

	static const char *const dimension_why[] = {
		"cannot start with a colon (:)", "a character outside ASCII", "a control character",
		"must include at least one non-whitespace character", "a character outside ASCII",
	};
	check_table("aws.cloudwatch.metric_alarm", "dimensions",
		    "[{'JobName': 'nightly load', 'Stage:Name': 'a:b'}]",
		    "[{':JobName': 'nightly'}, {'Job\\u00e9': 'nightly'}, {'Job\\u0001': 'nightly'}, "
		    "{'JobName': '   '}, {'JobName': 'na\\u00efve'}]", dimension_why);

	static const char *const good_targets[] = {
		"{'arn': 'arn:aws:lambda:eu-west-1:111122223333:function:load', "
		"'input': '{\\'run\\': \\'nightly\\'}'}",
		"{'arn': 'arn:aws:sqs:eu-west-1:111122223333:orders', 'input': 'nightly'}",
		"{'arn': 'arn:aws:scheduler:::aws-sdk:glue:startJobRun', 'input': 'x'}",
		"{'arn': '${fn.arn}', 'input': 'nightly'}",
		"{'arn': 'arn:aws:events:eu-west-1:111122223333:event-bus/orders'}",
	};
	for (size_t i = 0; i < sizeof(good_targets) / sizeof(good_targets[0]); i++) {
		char schedule[512];
		snprintf(schedule, sizeof(schedule), "{'name': 's', 'target': %s}", good_targets[i]);
		check_resource("aws.scheduler.schedule", schedule, NULL);
	}
	check_resource("aws.scheduler.schedule",
		       "{'name': 's', 'target': {'arn': "
		       "'arn:aws:lambda:eu-west-1:111122223333:function:load', 'input': 'nightly'}}",
		       "target.input is not well-formed JSON, which a lambda target takes");
	check_resource("aws.scheduler.schedule",
		       "{'name': 's', 'target': {'arn': "
		       "'arn:aws:states:eu-west-1:111122223333:stateMachine:m', 'input': '{run: 1}'}}",
		       "target.input is not well-formed JSON, which a states target takes");

	/* An EventBridge rule's ECS targets: a public address and a platform
	 * version are Fargate's; a launch type left out passes. */
	check_resource("aws.events.rule",
		       "{'name': 'r', 'schedule_expression': 'rate(1 hour)', 'targets': [{'id': 'a', "
		       "'arn': 'arn:aws:ecs:eu-west-1:111122223333:cluster/c', 'ecs_parameters': "
		       "{'task_definition_arn': 'td', 'network_configuration': {'subnets': ['s'], "
		       "'assign_public_ip': true}}}, {'id': 'b', "
		       "'arn': 'arn:aws:ecs:eu-west-1:111122223333:cluster/c', 'ecs_parameters': "
		       "{'task_definition_arn': 'td', 'launch_type': 'FARGATE', 'platform_version': "
		       "'1.4.0', 'network_configuration': {'subnets': ['s'], "
		       "'assign_public_ip': true}}}]}", NULL);
	check_resource("aws.events.rule",
		       "{'name': 'r', 'schedule_expression': 'rate(1 hour)', 'targets': [{'id': 'a', "
		       "'arn': 'arn:aws:ecs:eu-west-1:111122223333:cluster/c', 'ecs_parameters': "
		       "{'task_definition_arn': 'td', 'launch_type': 'EC2', 'network_configuration': "
		       "{'subnets': ['s'], 'assign_public_ip': true}}}]}",
		       "targets[0].ecs_parameters.network_configuration.assign_public_ip: true with "
		       "launch_type \"EC2\": AWS says \"You can specify ENABLED only when LaunchType");
	check_resource("aws.events.rule",
		       "{'name': 'r', 'schedule_expression': 'rate(1 hour)', 'targets': [{'id': 'a', "
		       "'arn': 'arn:aws:ecs:eu-west-1:111122223333:cluster/c', 'ecs_parameters': "
		       "{'task_definition_arn': 'td', 'launch_type': 'EXTERNAL', 'platform_version': "
		       "'1.4.0'}}]}",
		       "targets[0].ecs_parameters.platform_version: set with launch_type \"EXTERNAL\": "
		       "AWS says \"This structure is used only if LaunchType is FARGATE.\"");

	check_resource("aws.glue.trigger",
		       "{'name': 't', 'actions': [{'job_name': 'j', 'timeout': 10081}]}", "10080");
	check_resource("aws.glue.trigger",
		       "{'name': 't', 'actions': [{'job_name': 'j', 'timeout': 10080}]}", NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rows_refuse_and_twins_pass),
		cmocka_unit_test(test_unknown_passes),
		cmocka_unit_test(test_create_and_update),
		cmocka_unit_test(test_written_rules),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
