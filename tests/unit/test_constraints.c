/*
 * test_constraints.c: the constraints generated from the AWS service models
 * (provider/aws/constraints.gen.c): enums, lengths, ranges and list sizes,
 * each element of a list, values not known yet, and the messages; and the
 * models' patterns, translated for libxml2, held against what Java's
 * java.util.regex said of the same probes (tests/unit/pattern_verdicts.json,
 * written by provider/aws/checks/gen_constraints.py --verdicts); and the rows from
 * CloudFormation's resource schemas (provider/aws/checks/cfn.map): what they
 * check, with the message naming the schema's property, their ECMA
 * patterns run by PCRE2, and that they check no attribute another row
 * does; and the written rows' tables: one type's rows in one table.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "provider/aws/checks/checks.h"
#include "provider/aws/checks/schema/api.h"
#include "provider/aws/cloudcontrol/cloudcontrol.h"
#include "provider/provider.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

static int check(const char *type, const char *json, const char **attr, struct strbuf *err)
{
	json_t *v = json_loads(json, 0, NULL);
	assert_non_null(v);
	strbuf_reset(err);
	int rc = aws_constraints_check(type, v, NULL, NULL, attr, err);
	json_decref(v);
	return rc;
}

static void test_enum(void **state)
{
	(void)state;
	struct strbuf err = STRBUF_INIT;
	const char *attr = NULL;

	assert_int_equal(check("aws.sfn.state_machine", "{\"state_machine_type\": \"EXPRESS\"}",
			       &attr, &err), 0);
	assert_int_equal(check("aws.sfn.state_machine", "{\"state_machine_type\": \"standard\"}",
			       &attr, &err), -1);
	assert_string_equal(attr, "state_machine_type");
	/* a value that differs only in case gets did-you-mean */
	assert_string_equal(err.buf, "state_machine_type: \"standard\" is not one of STANDARD, "
			    "EXPRESS (did you mean \"STANDARD\"? stepfunctions CreateStateMachine type)");
	strbuf_reset(&err);
	assert_int_equal(check("aws.sfn.state_machine", "{\"state_machine_type\": \"BATCH\"}",
			       &attr, &err), -1);
	assert_string_equal(err.buf, "state_machine_type: \"BATCH\" is not one of STANDARD, "
			    "EXPRESS (e.g. \"STANDARD\"; stepfunctions CreateStateMachine type)");
	strbuf_release(&err);
}

static void test_length_and_lists(void **state)
{
	(void)state;
	struct strbuf err = STRBUF_INIT;
	const char *attr = NULL;
	char name[128], json[256];

	memset(name, 'a', 81);
	name[81] = 0;
	snprintf(json, sizeof(json), "{\"name\": \"%s\"}", name);
	assert_int_equal(check("aws.sfn.state_machine", json, &attr, &err), -1);
	assert_non_null(strstr(err.buf, "81 characters, where AWS takes 1 to 80 characters"));
	name[80] = 0;
	snprintf(json, sizeof(json), "{\"name\": \"%s\"}", name);
	assert_int_equal(check("aws.sfn.state_machine", json, &attr, &err), 0);
	/* Characters, not bytes: 1000 two-byte characters fit IAM's 1000
	 * (2000 bytes), 1001 do not. */
	char *long_text = malloc(1001 * 2 + 64);
	char *p = long_text + sprintf(long_text, "{\"name\": \"r\", \"description\": \"");
	for (int i = 0; i < 1000; i++)
		p += sprintf(p, "\xc3\xa9");
	strcpy(p, "\"}");
	assert_int_equal(check("aws.iam.role", long_text, &attr, &err), 0);
	strcpy(p, "\xc3\xa9\"}");
	assert_int_equal(check("aws.iam.role", long_text, &attr, &err), -1);
	assert_string_equal(err.buf, "description: 1001 characters, where AWS takes at most 1000 "
			    "characters (iam CreateRole Description)");
	free(long_text);
	/* A list's size, then each element. */
	assert_int_equal(check("aws.lambda.layer_version",
			       "{\"compatible_architectures\": [\"x86_64\", \"arm64\", \"x86_64\"]}",
			       &attr, &err), -1);
	assert_non_null(strstr(err.buf, "3 items, where AWS takes 0 to 2 items"));
	assert_int_equal(check("aws.lambda.layer_version",
			       "{\"compatible_architectures\": [\"arm65\"]}", &attr, &err), -1);
	assert_non_null(strstr(err.buf, "compatible_architectures[0]: \"arm65\" is not one of "
				"x86_64, arm64"));
	assert_int_equal(check("aws.lambda.layer_version",
			       "{\"compatible_architectures\": [\"arm64\"], \"source\": \"layer/\"}",
			       &attr, &err), 0);
	strbuf_release(&err);
}

/* What is not known yet passes; so does a type or attribute without constraints. */
/* Every pattern the table carries: libxml2 compiles its translation, and
 * it accepts exactly what Java accepts of every probe. */
static void test_patterns_agree_with_java(void **state)
{
	(void)state;
	json_error_t jerr;
	json_t *verdicts = json_load_file("tests/unit/pattern_verdicts.json", 0, &jerr);
	size_t carried = 0, probes = 0;

	if (!verdicts)
		fail_msg("tests/unit/pattern_verdicts.json: %s", jerr.text);
	for (const struct aws_check_row *c = aws_constraints; c->type; c++) {
		if (!c->xsd)
			continue;
		carried++;
		const json_t *found = NULL, *v;
		size_t i;
		json_array_foreach(verdicts, i, v)
			if (!strcmp(json_string_value(json_object_get(v, "pattern")), c->pattern))
				found = v;
		if (!found)
			fail_msg("%s %s: no verdicts for %s", c->type, c->attr, c->pattern);
		const json_t *probe;
		json_array_foreach(json_object_get(found, "accepts"), i, probe) {
			probes++;
			if (!aws_constraint_matches(c, json_string_value(probe)))
				fail_msg("%s %s: %s refuses \"%s\", which Java accepts",
					 c->type, c->attr, c->xsd, json_string_value(probe));
		}
		/* A value with a character XML lacks is left to AWS: passed. */
		json_array_foreach(json_object_get(found, "refuses"), i, probe) {
			const char *p = json_string_value(probe);
			probes++;
			if (aws_constraint_matches(c, p) == aws_constraint_xml_text(p))
				fail_msg("%s %s: %s accepts \"%s\", which Java refuses",
					 c->type, c->attr, c->xsd, p);
		}
	}
	assert_true(carried >= 30);
	assert_true(probes >= 30 * 80);
	json_decref(verdicts);
}

static void test_pattern_message(void **state)
{
	(void)state;
	struct strbuf err = STRBUF_INIT;
	const char *attr = NULL;

	assert_int_equal(check("aws.events.rule", "{\"name\": \"nightly-load\", "
			       "\"schedule_expression\": \"rate(1 day)\"}", &attr, &err), 0);
	assert_int_equal(check("aws.events.rule", "{\"name\": \"nightly load\", "
			       "\"schedule_expression\": \"rate(1 day)\"}", &attr, &err), -1);
	assert_string_equal(attr, "name");
	assert_string_equal(err.buf, "name: \"nightly load\" does not match the pattern AWS takes, "
			    "[\\.\\-_A-Za-z0-9]+ (e.g. \"dev-alice-orders\"; events PutRule Name)");
	assert_int_equal(check("aws.glue.database", "{\"name\": \"raw\\nzone\"}", &attr, &err), -1);
	assert_true(strstr(err.buf, "name: \"raw\\nzone\" does not match") == err.buf);
	strbuf_release(&err);
}

static void test_unknown_passes(void **state)
{
	(void)state;
	struct strbuf err = STRBUF_INIT;

	assert_int_equal(check("aws.sfn.state_machine", "{\"state_machine_type\": \"${var.kind}\"}",
			       NULL, &err), 0);
	assert_int_equal(check("aws.sfn.state_machine",
			       "{\"state_machine_type\": {\"$unknown\": true}}", NULL, &err), 0);
	assert_int_equal(check("ssh.file", "{\"mode\": \"whatever\"}", NULL, &err), 0);
	assert_int_equal(err.len, 0);
	strbuf_release(&err);
}

/* A row whose attribute is sent as written only while another is true
 * (constraints.map's sent_if): judged then alone. Every such row is driven
 * both ways: a ttl turned off with an empty name passes (the table's own
 * name is sent, or nothing), the same turned on is refused. */
static void test_sent_if(void **state)
{
	(void)state;
	struct strbuf err = STRBUF_INIT;
	size_t rows = 0;

#define TABLE "{\"name\": \"t\", \"hash_key\": \"id\", \"billing_mode\": \"PAY_PER_REQUEST\", " \
	      "\"attribute\": [{\"name\": \"id\", \"type\": \"S\"}], "
	for (const struct aws_check_row *c = aws_constraints; c->type; c++)
		rows += c->sent_if != NULL;
	assert_int_equal(rows, 1);
	assert_int_equal(check("aws.dynamodb.table", TABLE "\"ttl\": {\"enabled\": false, "
			       "\"attribute_name\": \"\"}}", NULL, &err), 0);
	assert_int_equal(check("aws.dynamodb.table", TABLE "\"ttl\": {\"attribute_name\": \"\"}}",
			       NULL, &err), 0);
	assert_int_equal(check("aws.dynamodb.table", TABLE "\"ttl\": {\"enabled\": {\"$unknown\": true}, "
			       "\"attribute_name\": \"\"}}", NULL, &err), 0);
	assert_int_equal(err.len, 0);
	assert_int_equal(check("aws.dynamodb.table", TABLE "\"ttl\": {\"enabled\": true, "
			       "\"attribute_name\": \"\"}}", NULL, &err), -1);
#undef TABLE
	assert_non_null(strstr(err.buf, "ttl.attribute_name: 0 characters, where AWS takes 1 to 255"));
	strbuf_release(&err);
}

/* Whether row c (of either half) is about `type`'s attribute path `attr`
 * (a STACK row, or a READ row of every attribute, is about none). */
static bool same_attribute(const struct aws_check_row *c, const char *type, const char *attr)
{
	bool types = !strcmp(c->type, type) || !strcmp(c->type, "aws.*") || !strcmp(type, "aws.*");
	return types && c->attr && !strcmp(c->attr, attr);
}

/* One attribute, one mechanism: a written row never checks what a model's
 * row checks (where the two disagreed, Lambda's memory_size was 128-32768
 * in one and 128-10240 in the other), unless the model's row names it as
 * its complement (constraints.map's rule=NAME); and no two written rows
 * check one attribute, but for a row of an AWS account's defaults beside
 * the attribute's own (a trust policy's length, IAM's default quota, apart
 * from its grammar: an error only where the server is AWS). Rows for the
 * whole resource (settings that go together) may be several: each is
 * about its own settings. */
static void test_one_mechanism_per_attribute(void **state)
{
	(void)state;
	size_t written = 0;

	for (const struct aws_check_row *w = aws_rules_next(NULL); w; w = aws_rules_next(w)) {
		written++;
		for (const struct aws_check_row *m = aws_constraints; m->type; m++)
			if (same_attribute(m, w->type, w->attr) && !m->also)
				fail_msg("%s %s: checked by the model's row (%s) and a written "
					 "row (%s): keep one, or name the rule in constraints.map",
					 w->type, w->attr, m->source, w->source);
		for (const struct aws_check_row *o = w + 1; o->type && *w->attr; o++)
			if (same_attribute(o, w->type, w->attr) &&
			    w->account_default == o->account_default)
				fail_msg("%s %s: two written rows", w->type, w->attr);
	}
	/* A model's row that names a rule: that rule's row exists. */
	for (const struct aws_check_row *m = aws_constraints; m->type; m++) {
		bool found = !m->also;
		for (const struct aws_check_row *w = aws_rules_next(NULL); w && !found; w = aws_rules_next(w))
			found = same_attribute(w, m->type, m->attr) &&
				(w->kind == 'r' || w->kind == 'c');
		if (!found)
			fail_msg("%s %s: constraints.map names rule %s, which no written row has",
				 m->type, m->attr, m->also);
	}
	assert_true(written > 40);
}

/* Every written row is about a type that exists and, for its first path
 * step, an attribute of that type's schema (a typo would check nothing). */
static void test_written_rows_name_real_attributes(void **state)
{
	(void)state;
	for (const struct aws_check_row *w = aws_rules_next(NULL); w; w = aws_rules_next(w)) {
		char first[64];
		size_t n = strcspn(w->attr, ".[");
		snprintf(first, sizeof(first), "%.*s", (int)n, w->attr);
		if (w->type[strlen(w->type) - 1] == '*')
			continue; /* "aws.*", "awscc.rds.db_*": many types */
		bool whole = !*w->attr; /* a row for the whole resource */
		const struct resource_type *rt = resource_type_find(w->type, NULL);
		if (!rt)
			fail_msg("%s: no such type", w->type);
		bool found = whole;
		for (const struct attr_schema *a = rt->attrs; a->name && !found; a++)
			found = !strcmp(a->name, first);
		if (!found)
			fail_msg("%s: %s is not an attribute of the type", w->type, w->attr);
	}
}


/* Attributes no model's row nor written row checks, checked by the
 * schemas' rows, each message naming the CloudFormation property. */
static void test_cfn_rows(void **state)
{
	(void)state;
	struct strbuf err = STRBUF_INIT;
	const char *attr = NULL;

	/* a range: Scheduler's retries */
	assert_int_equal(check("aws.scheduler.schedule",
			       "{\"target\": {\"retry_policy\": {\"maximum_retry_attempts\": 185}}}",
			       &attr, &err), 0);
	assert_int_equal(check("aws.scheduler.schedule",
			       "{\"target\": {\"retry_policy\": {\"maximum_retry_attempts\": 186}}}",
			       &attr, &err), -1);
	assert_string_equal(attr, "target.retry_policy.maximum_retry_attempts");
	assert_string_equal(err.buf, "target.retry_policy.maximum_retry_attempts: 186, where AWS "
			    "takes 0 to 185 (e.g. 0; AWS::Scheduler::Schedule "
			    "Target.RetryPolicy.MaximumRetryAttempts)");
	/* a list's size: an IAM user is in at most 10 groups */
	assert_int_equal(check("aws.iam.user", "{\"groups\": [\"a\", \"b\", \"c\", \"d\", \"e\", "
			       "\"f\", \"g\", \"h\", \"i\", \"j\", \"k\"]}", &attr, &err), -1);
	assert_string_equal(attr, "groups");
	assert_string_equal(err.buf, "groups: 11 items, where AWS takes at most 10 items "
			    "(AWS::IAM::User Groups)");
	/* a pattern, in a list of blocks: an EventBridge target's id */
	assert_int_equal(check("aws.events.rule", "{\"schedule_expression\": \"rate(1 day)\", "
			       "\"targets\": [{\"id\": \"load-1\", \"arn\": "
			       "\"arn:aws:states:us-east-1:123456789012:stateMachine:s\"}]}",
			       &attr, &err), 0);
	assert_int_equal(check("aws.events.rule", "{\"schedule_expression\": \"rate(1 day)\", "
			       "\"targets\": [{\"id\": \"load-1\"}, {\"id\": \"load 2\"}]}",
			       &attr, &err), -1);
	assert_string_equal(attr, "targets[].id");
	assert_string_equal(err.buf, "targets[1].id: \"load 2\" does not match the pattern AWS "
			    "takes, ^[\\.\\-_A-Za-z0-9]+$ (e.g. \"dev-alice-orders\"; "
			    "AWS::Events::Rule Targets.Id)");
	/* an anchored pattern: Glue's Python versions (3.10 is not one) */
	assert_int_equal(check("aws.glue.job", "{\"name\": \"j\", \"command\": {\"name\": "
			       "\"pythonshell\", \"script_location\": \"s3://b/k.py\", "
			       "\"python_version\": \"3.9\"}}", &attr, &err), 0);
	assert_int_equal(check("aws.glue.job", "{\"name\": \"j\", \"command\": {\"name\": "
			       "\"pythonshell\", \"script_location\": \"s3://b/k.py\", "
			       "\"python_version\": \"3.10\"}}", &attr, &err), -1);
	assert_string_equal(err.buf, "command.python_version: \"3.10\" does not match the pattern "
			    "AWS takes, ^([2-3]|3[.]9)$ (e.g. \"3\"; AWS::Glue::Job "
			    "Command.PythonVersion)");
	/* an unanchored one searches the value, as JSON Schema's pattern does */
	assert_int_equal(check("aws.iam.role", "{\"managed_policy_arns\": "
			       "[\"arn:aws:iam::aws:policy/ReadOnlyAccess\"]}", &attr, &err), 0);
	assert_int_equal(check("aws.iam.role", "{\"managed_policy_arns\": [\"ReadOnlyAccess\"]}",
			       &attr, &err), -1);
	assert_non_null(strstr(err.buf, "managed_policy_arns[0]: \"ReadOnlyAccess\" does not match"));
	/* a value not known yet passes */
	assert_int_equal(check("aws.iam.role", "{\"managed_policy_arns\": [\"${p.arn}\"]}",
			       &attr, &err), 0);
	strbuf_release(&err);
}

/* One engine for a CloudFormation schema's keyword on both families: the
 * pattern of AWS::Events::Rule Targets.Id, one node of awscc.events.rule's
 * schema, refuses "load 2" in the awscc type (its walk, cc_check_config)
 * and in its written twin aws.events.rule, reached through cfn.map's
 * mapping (aws_constraints_check: cc_check_twin on the same node), each in
 * its family's words. Seen failing with the twin's row sent to another
 * property (targets.arn, which has no pattern). */
static void test_cfn_one_engine_both_families(void **state)
{
	(void)state;
	struct strbuf err = STRBUF_INIT, want = STRBUF_INIT;
	const char *attr = NULL;
	const struct resource_type *cc = cc_type_find("awscc.events.rule");
	const char *pattern =
		json_string_value(json_object_get(cc_node_at("awscc.events.rule", "targets.id"),
						  "pattern"));
	json_t *config = json_loads("{\"targets\": [{\"id\": \"load 2\", \"arn\": "
				    "\"arn:aws:sqs:us-east-1:123456789012:q\"}]}", 0, NULL);

	assert_non_null(cc);
	assert_non_null(pattern);
	assert_int_equal(cc_check_config(cc, config, &attr, &err), -1);
	strbuf_addf(&want, "targets[0].id: \"load 2\" does not match the pattern it takes, %s "
		    "(AWS::Events::Rule's schema)", pattern);
	assert_string_equal(err.buf, want.buf);
	strbuf_reset(&want);
	assert_int_equal(check("aws.events.rule", "{\"targets\": [{\"id\": \"load 2\"}]}", &attr,
			       &err), -1);
	strbuf_addf(&want, "targets[0].id: \"load 2\" does not match the pattern AWS takes, %s "
		    "(e.g. \"dev-alice-orders\"; AWS::Events::Rule Targets.Id)", pattern);
	assert_string_equal(err.buf, want.buf);
	json_decref(config);
	strbuf_release(&want);
	strbuf_release(&err);
}

/* A written type's data row judges its awscc twin's value where the
 * CloudFormation property carries no keyword (aws_twin_rows): a written
 * row, a models' row, a row inside a list of blocks, a rule that reads the
 * value alone; a rule that reads other attributes, and a row cfn.map marks
 * terrace's own, do not; a value not known yet passes. */
static void test_twin_rows_judge_awscc(void **state)
{
	(void)state;
	struct strbuf err = STRBUF_INIT;
	const char *attr = NULL;

	assert_int_equal(check("awscc.batch.job_definition",
			       "{\"retry_strategy\": {\"attempts\": 12}}", &attr, &err), -1);
	assert_string_equal(err.buf, "retry_strategy.attempts: 12, where AWS takes 1 to 10 (e.g. 1; "
			    "AWS Batch API reference: RetryStrategy attempts)");
	assert_string_equal(attr, "retry_strategy.attempts");
	assert_int_equal(check("awscc.batch.job_definition",
			       "{\"retry_strategy\": {\"attempts\": 10}}", &attr, &err), 0);
	assert_int_equal(check("awscc.batch.job_definition",
			       "{\"retry_strategy\": {\"attempts\": \"${local.tries}\"}}", &attr, &err), 0);
	/* the models' row (emr-serverless AutoStopConfig idleTimeoutMinutes) */
	assert_int_equal(check("awscc.emrserverless.application",
			       "{\"auto_stop_configuration\": {\"enabled\": true, "
			       "\"idle_timeout_minutes\": 0}}", &attr, &err), -1);
	assert_non_null(strstr(err.buf, "auto_stop_configuration.idle_timeout_minutes: 0, where AWS "
				"takes 1 to 10080"));
	assert_int_equal(check("awscc.emrserverless.application",
			       "{\"auto_stop_configuration\": {\"idle_timeout_minutes\": 15}}", &attr,
			       &err), 0);
	/* inside a list of blocks, the element named */
	assert_int_equal(check("awscc.route53.record_set_group",
			       "{\"record_sets\": [{\"weight\": 1}, {\"weight\": 300}]}", &attr, &err), -1);
	assert_non_null(strstr(err.buf, "record_sets[1].weight: 300, where AWS takes 0 to 255"));
	assert_string_equal(attr, "record_sets[].weight");
	/* a rule row whose function reads the value alone (a schedule's rate unit) */
	assert_int_equal(check("aws.scheduler.schedule", "{\"schedule_expression\": \"rate(1 week)\"}",
			       &attr, &err), -1);
	assert_int_equal(check("awscc.scheduler.schedule",
			       "{\"schedule_expression\": \"rate(1 week)\"}", &attr, &err), -1);
	assert_non_null(strstr(err.buf, "schedule_expression: "));
	assert_string_equal(attr, "schedule_expression");
	assert_int_equal(check("awscc.scheduler.schedule",
			       "{\"schedule_expression\": \"rate(7 days)\"}", &attr, &err), 0);
	/* a rule that reads the written type's other attributes does not reach
	 * the twin (an SQS queue's name, by its fifo_queue) */
	assert_int_equal(check("awscc.sqs.queue", "{\"queue_name\": \"orders.fifo\"}", &attr, &err), 0);
	/* terrace's own limit (cfn.map's own line) stays the written type's */
	assert_int_equal(check("aws.batch.job_definition", "{\"job_definition_type\": \"multinode\"}",
			       &attr, &err), -1);
	assert_int_equal(check("awscc.batch.job_definition",
			       "{\"job_definition_type\": \"multinode\"}", &attr, &err), 0);
	strbuf_release(&err);
}

/* constraints.map's own awscc lines (heldout5's misses): a model's enum
 * and bounds on a property the registry's schema leaves bare, a number the
 * schema types as text judged as the number the API member takes, a
 * bound of an operation the create handler calls beside its create, the
 * values a member's documentation lists where its shape has no enum. */
static void test_awscc_lines(void **state)
{
	(void)state;
	struct strbuf err = STRBUF_INIT;
	const char *attr = NULL;

	assert_int_equal(check("awscc.dms.endpoint", "{\"endpoint_type\": \"SOURCE\"}", &attr,
			       &err), -1);
	assert_string_equal(err.buf, "endpoint_type: \"SOURCE\" is not one of source, target (did "
			    "you mean \"source\"? dms CreateEndpoint EndpointType)");
	assert_int_equal(check("awscc.dms.endpoint", "{\"endpoint_type\": \"source\"}", &attr,
			       &err), 0);
	assert_int_equal(check("awscc.timestream.table",
			       "{\"retention_properties\": {\"memory_store_retention_period_in_hours\": "
			       "\"9600\"}}", &attr, &err), -1);
	assert_string_equal(err.buf, "retention_properties.memory_store_retention_period_in_hours: "
			    "9600, where AWS takes 1 to 8766 (e.g. 1; timestream-write CreateTable "
			    "RetentionProperties.MemoryStoreRetentionPeriodInHours)");
	assert_int_equal(check("awscc.timestream.table",
			       "{\"retention_properties\": {\"memory_store_retention_period_in_hours\": "
			       "\"8766\", \"magnetic_store_retention_period_in_days\": \"3650\"}}",
			       &attr, &err), 0);
	/* text that is no number is not judged as one */
	assert_int_equal(check("awscc.timestream.table",
			       "{\"retention_properties\": {\"memory_store_retention_period_in_hours\": "
			       "\"24h\"}}", &attr, &err), 0);
	assert_int_equal(check("awscc.secretsmanager.secret",
			       "{\"generate_secret_string\": {\"password_length\": 8192}}", &attr,
			       &err), -1);
	assert_non_null(strstr(err.buf, "generate_secret_string.password_length: 8192, where AWS "
				"takes 1 to 4096"));
	assert_int_equal(check("awscc.secretsmanager.secret",
			       "{\"generate_secret_string\": {\"password_length\": 4096}}", &attr,
			       &err), 0);
	/* the values a member's documentation lists (enum=): a key of a map
	 * (SNS's Attributes), a written row and its awscc twin's */
	assert_int_equal(check("awscc.sns.topic", "{\"tracing_config\": \"Enabled\"}", &attr, &err),
			 -1);
	assert_string_equal(err.buf, "tracing_config: \"Enabled\" is not one of PassThrough, Active "
			    "(e.g. \"PassThrough\"; sns CreateTopic Attributes.TracingConfig (enum "
			    "documented))");
	assert_int_equal(check("awscc.sns.topic", "{\"tracing_config\": \"Active\"}", &attr, &err),
			 0);
	assert_int_equal(check("aws.ecs.cluster", "{\"setting\": [{\"name\": \"containerInsights\", "
			       "\"value\": \"true\"}]}", &attr, &err), -1);
	assert_non_null(strstr(err.buf, "\"true\" is not one of enhanced, enabled, disabled"));
	assert_int_equal(check("awscc.ecs.cluster", "{\"cluster_settings\": [{\"name\": "
			       "\"containerInsights\", \"value\": \"on\"}]}", &attr, &err), -1);
	assert_int_equal(check("aws.ecs.cluster", "{\"setting\": [{\"name\": \"containerInsights\", "
			       "\"value\": \"enhanced\"}]}", &attr, &err), 0);
	strbuf_release(&err);
}

/* Every twin row names an awscc property (without keywords where data rows
 * judge it), and rows of its written type's attribute of the kinds it
 * names. */
static void test_twin_rows_hold(void **state)
{
	(void)state;
	size_t n = 0;

	for (const struct aws_twin_row *t = aws_twin_rows; t->awscc; t++, n++) {
		char path[256];
		size_t j = 0;
		for (const char *c = t->awscc_attr; *c && j + 1 < sizeof(path); c++)
			if (*c != '[' && *c != ']')
				path[j++] = *c;
		path[j] = '\0';
		const json_t *node = cc_node_at(t->awscc, path);
		if (!node)
			fail_msg("%s: %s's schema has no %s", t->type, t->awscc, path);
		static const char *const keywords[] = { "enum", "minLength", "maxLength", "pattern",
							"minimum", "maximum", "minItems", "maxItems",
							NULL };
		for (const char *const *k = keywords; *k && t->data; k++)
			if (json_object_get(node, *k))
				fail_msg("%s %s: the schema's %s judges it", t->awscc, t->awscc_attr, *k);
		bool data = false, rules = false;
		for (const struct aws_check_row *c = aws_constraints; c->type; c++)
			data |= !strcmp(c->type, t->type) && !strcmp(c->attr, t->attr);
		for (const struct aws_check_row *c = aws_rules_next(NULL); c; c = aws_rules_next(c))
			if (!strcmp(c->type, t->type) && !strcmp(c->attr, t->attr)) {
				data |= c->kind != 'r';
				rules |= c->kind == 'r';
			}
		if ((t->data && !data) || (t->rules && !rules) || !(t->data || t->rules))
			fail_msg("%s %s: no row of %s %s of the kind it names", t->awscc,
				 t->awscc_attr, t->type, t->attr);
	}
	assert_true(n >= 100);
}

static void collect_warning(void *ctx, const struct check_finding *found)
{
	strbuf_addf(ctx, "%s\n", found->message);
}

/* An enum the schema lists behind the API (S3's aws:fsx): a warning. */
static void test_cfn_enum_that_grows(void **state)
{
	(void)state;
	struct strbuf err = STRBUF_INIT, warnings = STRBUF_INIT;
	json_t *v = json_loads("{\"encryption\": {\"sse_algorithm\": \"aws:fsx\"}}", 0, NULL);

	assert_int_equal(check("aws.s3.bucket", "{\"encryption\": {\"sse_algorithm\": \"aws:fsx\"}}",
			       NULL, &err), 0);
	aws_constraints_warn("aws.s3.bucket", v, NULL, NULL, collect_warning, &warnings);
	assert_non_null(strstr(warnings.buf, "\"aws:fsx\" is not one the installed AWS models "
			       "know (AWS::S3::Bucket BucketEncryption."));
	json_decref(v);
	strbuf_release(&warnings);
	strbuf_release(&err);
}

/* Every written twin's row of CloudFormation's schemas: its property's node
 * in the awscc type's schema (cfn.map's mapping) has each keyword the row
 * judges; its pattern compiles in PCRE2 and the one engine takes its
 * example; it names an attribute of its type; and no model's row nor
 * written row checks the same attribute (cfn.map's precedence: those
 * stand, the schema's row is not generated). */
static void test_cfn_rows_hold(void **state)
{
	(void)state;
	size_t rows = 0, patterns = 0;

	for (const struct aws_cfn_value *r = aws_cfn_values; r->type; r++) {
		const json_t *node = cc_twin_node(r);
		const char *lo = r->kind == 's' ? "minLength" : r->kind == 'n' ? "minimum" : "minItems";
		const char *hi = r->kind == 's' ? "maxLength" : r->kind == 'n' ? "maximum" : "maxItems";
		const json_t *pattern = json_object_get(node, "pattern");

		rows++;
		if (!node)
			fail_msg("%s %s: %s's schema has no %s", r->type, r->attr, r->awscc, r->awscc_path);
		if (((r->judged & AWS_CFN_MIN) && !json_is_number(json_object_get(node, lo))) ||
		    ((r->judged & AWS_CFN_MAX) && !json_is_number(json_object_get(node, hi))) ||
		    ((r->judged & AWS_CFN_ENUM) && !json_array_size(json_object_get(node, "enum"))) ||
		    ((r->judged & AWS_CFN_PATTERN) && !json_is_string(pattern)))
			fail_msg("%s %s: %s %s lacks a keyword its row judges", r->type, r->attr,
				 r->awscc, r->awscc_path);
		if (r->judged & AWS_CFN_PATTERN) {
			patterns++;
			if (cc_pattern_matches(pattern, "") < 0)
				fail_msg("%s %s: PCRE2 does not compile %s", r->type, r->attr,
					 json_string_value(pattern));
			struct strbuf why = STRBUF_INIT;
			json_t *eg = json_string(r->example ? r->example : "");
			if (r->example && cc_check_twin(cc_type_find(r->awscc), node, r, eg, &why))
				fail_msg("%s %s: refused its example: %s", r->type, r->attr, why.buf);
			json_decref(eg);
			strbuf_release(&why);
		}
		char first[64];
		snprintf(first, sizeof(first), "%.*s", (int)strcspn(r->attr, ".["), r->attr);
		const struct resource_type *rt = resource_type_find(r->type, NULL);
		bool found = false;
		if (!rt)
			fail_msg("%s: no such type", r->type);
		for (const struct attr_schema *a = rt->attrs; a->name && !found; a++)
			found = !strcmp(a->name, first);
		if (!found)
			fail_msg("%s: %s is not an attribute of the type", r->type, r->attr);
		for (const struct aws_check_row *m = aws_constraints; m->type; m++)
			if (same_attribute(m, r->type, r->attr))
				fail_msg("%s %s: a model's row (%s) and a schema's (%s)", r->type,
					 r->attr, m->source, r->source);
		for (const struct aws_check_row *w = aws_rules_next(NULL); w; w = aws_rules_next(w))
			if (*w->attr && same_attribute(w, r->type, r->attr))
				fail_msg("%s %s: a written row (%s) and a schema's (%s)", r->type,
					 r->attr, w->source, r->source);
	}
	print_message("%zu rows from CloudFormation's schemas, %zu with a pattern\n", rows,
		      patterns);
	assert_true(rows >= 30);
	assert_true(patterns >= 10);
}

/* Written twin's row r on value v (taken): whether the one engine refuses it. */
static bool twin_refuses(const struct aws_cfn_value *r, const json_t *node, json_t *v)
{
	struct strbuf why = STRBUF_INIT;
	int rc = cc_check_twin(cc_type_find(r->awscc), node, r, v, &why);

	json_decref(v);
	strbuf_release(&why);
	return rc != 0;
}

/* Every written twin's row held at its edges through the one engine, as
 * the models' rows are: each enum value passes and one beside it is
 * refused (not, for an enum AWS grows); a number at each end of its range
 * passes and one past it is refused; a list of the least and the most
 * items passes and one past either is refused; a string without a pattern
 * of the least and the most length passes and one past either is refused. */
static void test_cfn_rows_edges(void **state)
{
	(void)state;
	size_t edges = 0;

	for (const struct aws_cfn_value *r = aws_cfn_values; r->type; r++) {
		const json_t *node = cc_twin_node(r), *e;
		const char *lo = r->kind == 's' ? "minLength" : r->kind == 'n' ? "minimum" : "minItems";
		const char *hi = r->kind == 's' ? "maxLength" : r->kind == 'n' ? "maximum" : "maxItems";
		bool has_lo = r->judged & AWS_CFN_MIN, has_hi = r->judged & AWS_CFN_MAX;
		double min = json_number_value(json_object_get(node, lo));
		double max = json_number_value(json_object_get(node, hi));
		size_t i;

		if (r->judged & AWS_CFN_ENUM) {
			json_array_foreach(json_object_get(node, "enum"), i, e)
				if (twin_refuses(r, node, json_incref((json_t *)e)))
					fail_msg("%s %s: refused %s of its enum", r->type, r->attr,
						 json_string_value(e));
			char beside[300];
			snprintf(beside, sizeof(beside), "%s-not",
				 json_string_value(json_array_get(json_object_get(node, "enum"), 0)));
			if (twin_refuses(r, node, json_string(beside)) == r->grows)
				fail_msg("%s %s: \"%s\" %s", r->type, r->attr, beside,
					 r->grows ? "refused (an enum that grows only warns)" : "accepted");
			edges++;
		}
		double ends[4] = { min, max, min - 1, max + 1 };
		bool there[4] = { has_lo, has_hi, has_lo && (r->kind == 'n' || min > 0), has_hi };
		for (int k = 0; k < 4; k++) {
			json_t *v = NULL;
			if (!there[k] || (r->kind == 's' && (r->judged & AWS_CFN_PATTERN)) ||
			    ends[k] > 100000)
				continue; /* no such edge, or a length the pattern decides */
			if (r->kind == 'n') {
				v = json_real(ends[k]);
			} else if (r->kind == 's') {
				char *t = xcalloc((size_t)ends[k] + 1, 1);
				memset(t, 'a', (size_t)ends[k]);
				v = json_string(t);
				free(t);
			} else {
				v = json_array();
				for (double n = 0; n < ends[k]; n++)
					json_array_append_new(v, json_string("a"));
			}
			if (twin_refuses(r, node, v) != (k >= 2))
				fail_msg("%s %s: %s at %.15g", r->type, r->attr,
					 k >= 2 ? "accepted a value past its edge" : "refused its edge",
					 ends[k]);
			edges++;
		}
	}
	print_message("%zu edges of the written twins' rows held\n", edges);
	assert_true(edges >= 60);
}

/* ---- edges, generated from the table itself ---- */

/* The resource holding value at row c's attribute (a top-level attribute;
 * rows with a path are the written rules', tested in test_rules). */
static int edge_check(const struct aws_check_row *c, json_t *value)
{
	struct strbuf err = STRBUF_INIT;
	json_t *r = json_object();
	json_object_set_new(r, c->attr, c->each ? json_pack("[o]", value) : value);
	int rc = aws_constraint_check_row(c, r, &err);
	json_decref(r);
	strbuf_release(&err);
	return rc;
}

/* A string of n characters the row's pattern accepts, from its example
 * (repeated, then cut) or from 'a'; NULL when neither fits. */
static char *text_of_length(const struct aws_check_row *c, size_t n)
{
	const char *seeds[] = { "a", c->example ? c->example : "a", "1" };
	for (size_t k = 0; k < 3; k++) {
		size_t sl = strlen(seeds[k]);
		char *t = malloc(n + 1);
		for (size_t i = 0; i < n; i++)
			t[i] = seeds[k][i % sl];
		t[n] = 0;
		if (aws_constraint_matches(c, t))
			return t;
		free(t);
	}
	return NULL;
}

/*
 * Every row of the models' half at its edges: each enum value passes and a
 * value beside it is refused (an enum that grows only warns: passes); a
 * string of the least and the most length passes and one a character
 * shorter or longer is refused; a number at each end of its range passes
 * and one past it is refused (a whole number's next one); a list of the
 * most items passes and one more is refused. As validate and plan run the
 * same function on written and evaluated values, this holds for both.
 */
/* The written VALUE and RESOURCE rows of one type are in one table of
 * aws_rules_tables (its service's rules.c), so that they run in the order
 * that file gives them (a type's rows for single values before its rows for
 * the whole resource); and aws_rules_next walks every such row of every
 * table, in order, and no row of another scope. */
static bool on_values(const struct aws_check_row *c)
{
	return c->scope == AWS_SCOPE_VALUE || c->scope == AWS_SCOPE_RESOURCE;
}

static void test_written_rows_one_table_per_type(void **state)
{
	const struct aws_check_row *next = aws_rules_next(NULL);

	(void)state;
	for (const struct aws_check_row *const *t = aws_rules_tables; *t; t++)
		for (const struct aws_check_row *c = *t; c->type; c++) {
			if (!on_values(c))
				continue;
			if (next != c)
				fail_msg("aws_rules_next skips or reorders %s %s", c->type, c->attr);
			next = aws_rules_next(next);
			for (const struct aws_check_row *const *u = aws_rules_tables; *u; u++)
				for (const struct aws_check_row *d = *u; u != t && d->type; d++)
					if (on_values(d) && strcmp(c->type, "aws.*") &&
					    !strcmp(c->type, d->type))
						fail_msg("%s: rows in two tables (%s, %s)", c->type,
							 c->attr, d->attr);
		}
	assert_null(next);
}

/* Row c's scope agrees with its shape: a VALUE row names an attribute, a
 * RESOURCE row the whole resource (attr ""), and neither has what the
 * other scopes run; a STACK row has its check across resources and the
 * types it looks at, and no attribute; a READ row its reader. */
static void hold_scope(const struct aws_check_row *c)
{
	switch (c->scope) {
	case AWS_SCOPE_VALUE:
	case AWS_SCOPE_RESOURCE:
		if (!c->attr || (c->scope == AWS_SCOPE_RESOURCE) != !*c->attr)
			fail_msg("%s %s: its scope says %s", c->type, c->attr ? c->attr : "(none)",
				 c->scope == AWS_SCOPE_RESOURCE ? "the whole resource" : "one value");
		if (c->across || c->trust || c->read || c->action)
			fail_msg("%s %s: a value's row with another scope's parts", c->type, c->attr);
		break;
	case AWS_SCOPE_STACK:
		if (!c->across == !c->trust || c->attr || c->read || c->rule)
			fail_msg("%s: a STACK row needs its across or a role's trust, and no attr",
				 c->type);
		if (c->trust && (!c->trust->attr || !c->trust->path || !c->trust->service ||
				 !c->trust->then || strncmp(c->type, "aws.", 4)))
			fail_msg("%s: a ROLE_TRUST row needs where, whom and what follows", c->type);
		break;
	case AWS_SCOPE_READ:
		if (!c->read || c->across || c->trust || c->rule || (c->attr && !*c->attr))
			fail_msg("%s: a READ row needs its read, and no other scope's parts", c->type);
		break;
	default:
		fail_msg("%s: no scope %d", c->type, (int)c->scope);
	}
}

static void test_rows_scope_agrees_with_shape(void **state)
{
	size_t stack = 0, read = 0, values = 0, walked = 0;

	(void)state;
	for (const struct aws_check_row *c = aws_constraints; c->type; c++) {
		hold_scope(c);
		if (!on_values(c))
			fail_msg("%s %s: a model's row is of one value or resource", c->type, c->attr);
	}
	for (const struct aws_check_row *const *t = aws_rules_tables; *t; t++)
		for (const struct aws_check_row *c = *t; c->type; c++) {
			hold_scope(c);
			stack += c->scope == AWS_SCOPE_STACK;
			read += c->scope == AWS_SCOPE_READ;
			values += on_values(c);
		}
	for (const struct aws_check_row *c = aws_rules_next(NULL); c; c = aws_rules_next(c)) {
		assert_true(on_values(c));
		walked++;
	}
	assert_int_equal(walked, values);
	walked = 0;
	for (const struct aws_check_row *c = aws_rows_next(NULL, AWS_SCOPE_STACK); c;
	     c = aws_rows_next(c, AWS_SCOPE_STACK))
		walked++;
	assert_int_equal(walked, stack);
	walked = 0;
	for (const struct aws_check_row *c = aws_rows_next(NULL, AWS_SCOPE_READ); c;
	     c = aws_rows_next(c, AWS_SCOPE_READ))
		walked++;
	assert_int_equal(walked, read);
	assert_true(stack >= 17); /* the shared table's 6, the services' 11 */
	assert_true(read >= 5);   /* the kinds' 2, IAM's 3 */
}

/* The VALUE and RESOURCE runner never runs a STACK or READ row (no
 * attribute, no kind: it would crash or refuse): the types that have both
 * pass their valid values, and warn of nothing. */
static void count_warning(void *ctx, const struct check_finding *found)
{
	(void)found;
	(*(int *)ctx)++;
}

/* A string not known whole is judged by the text known around its ${...}
 * (value_known_affixes), as validate reads the template and as plan keeps
 * it ({"$unknown": "set", "prefix": ...}), only where that text decides:
 * a rule that says so (RULE_TEXT), a model's list, length and one-class
 * pattern, a name's characters, an awscc schema's maxLength. */
static void test_known_text(void **state)
{
	(void)state;
	char long_name[700];
	memset(long_name, 'a', 600);
	snprintf(long_name + 300, sizeof(long_name) - 300, "${k.id}%0300d", 0);
	char lg[800];
	snprintf(lg, sizeof(lg), "{\"log_group_name\": \"%s\"}", long_name);
#define RULE_RATE "\"schedule_expression\": \"rate(1 day)\"}"
	const struct { const char *type, *json, *refused; } rows[] = {
		{ "aws.kms.alias", "{\"name\": \"alias/aws/${k.id}\"}", "starts with alias/aws/" },
		{ "aws.kms.alias", "{\"name\": {\"$unknown\": \"set\", \"prefix\": \"alias/aws/x\", "
				   "\"suffix\": \"\"}}", "starts with alias/aws/" },
		{ "aws.kms.alias", "{\"name\": \"key-${k.id}\"}", "does not start with alias/" },
		{ "aws.kms.alias", "{\"name\": \"alias/aws${k.id}\"}", NULL },
		{ "aws.kms.alias", "{\"name\": \"ali${k.id}\"}", NULL },
		{ "aws.kms.alias", "{\"name\": \"${k.id}\"}", NULL },
		{ "aws.iam.role", "{\"name\": \"etl role ${k.id}\"}", "has \" \"" },
		{ "aws.iam.role", "{\"name\": \"etl-role-${k.id}\"}", NULL },
		{ "aws.dynamodb.table", "{\"billing_mode\": \"ON_${k.id}\"}", "is none of PROVISIONED" },
		{ "aws.dynamodb.table", "{\"billing_mode\": \"PAY_${k.id}\"}", NULL },
		{ "aws.dynamodb.table", "{\"billing_mode\": \"${k.id}_REQUEST\"}", NULL },
		{ "aws.dynamodb.table", "{\"billing_mode\": \"${k.id}_X\"}", "is none of PROVISIONED" },
		{ "aws.events.rule", "{\"name\": \"nightly load ${k.id}\", " RULE_RATE,
		  "has \" \", which the pattern" },
		{ "aws.events.rule", "{\"name\": \"nightly-${k.id}.load\", " RULE_RATE, NULL },
		{ "aws.events.rule", "{\"name\": \"${k.id}/x\", " RULE_RATE, "has \"/\"" },
		{ "awscc.logs.log_group", lg, "at least 600 characters whatever ${...} gives, where it "
					      "takes at most 512" },
		{ "awscc.logs.log_group", "{\"log_group_name\": \"/aws/${k.id}\"}", NULL },
	};
	struct strbuf err = STRBUF_INIT;
	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		int rc = check(rows[i].type, rows[i].json, NULL, &err);
		if (!rc && !strncmp(rows[i].type, "awscc.", 6)) { /* its schema's walk */
			json_t *v = json_loads(rows[i].json, 0, NULL);
			rc = cc_check_values(rows[i].type, v, NULL, &err);
			json_decref(v);
		}
		if (rows[i].refused ? !rc || !strstr(err.buf, rows[i].refused) : rc != 0)
			fail_msg("%s %.80s: rc %d, %s", rows[i].type, rows[i].json, rc, err.buf);
	}
	/* a sensitive attribute's known text is never quoted */
	json_t *node = json_pack("{s:[s,s]}", "enum", "PROVISIONED", "PAY_PER_REQUEST");
	json_t *v = json_pack("{s:s,s:s,s:s}", "$unknown", "set", "prefix", "ON_hunter2", "suffix", "");
	for (int sensitive = 0; sensitive < 2; sensitive++) {
		strbuf_reset(&err);
		assert_true(cc_known_text_refused(node, v, sensitive, &err));
		if (!!strstr(err.buf, "hunter2") == sensitive || !strstr(err.buf, "is none of"))
			fail_msg("sensitive %d: %s", sensitive, err.buf);
	}
	json_decref(node);
	json_decref(v);
	strbuf_release(&err);
#undef RULE_RATE
}

/* The value runner runs the VALUE and RESOURCE rows alone: a STACK or READ
 * row of the same types (a subnet in its VPC, a role's managed policies read,
 * a bucket's name read) is not run here, on values each row would take. */
static void test_value_runner_skips_other_scopes(void **state)
{
	static const char *const cases[][2] = {
		{ "aws.ec2.subnet", "{\"vpc_id\": \"vpc-0abc\", \"cidr_block\": \"10.0.1.0/24\"}" },
		{ "aws.iam.role", "{\"name\": \"etl\", \"managed_policy_arns\": "
				  "[\"arn:aws:iam::aws:policy/ReadOnlyAccess\"]}" },
		{ "aws.lambda.event_source_mapping", "{\"function_name\": \"f\"}" },
		{ "awscc.s3.bucket", "{\"bucket_name\": \"acme-lake-raw\"}" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		json_t *attrs = json_loads(cases[i][1], 0, NULL);
		struct strbuf err = STRBUF_INIT;
		int warnings = 0;

		assert_non_null(attrs);
		if (aws_constraints_check(cases[i][0], attrs, NULL, NULL, NULL, &err))
			fail_msg("%s: %s", cases[i][0], err.buf);
		aws_constraints_warn(cases[i][0], attrs, NULL, NULL, count_warning, &warnings);
		assert_int_equal(warnings, 0);
		strbuf_release(&err);
		json_decref(attrs);
	}
}

static void test_edges_of_every_row(void **state)
{
	(void)state;
	size_t edges = 0;

	for (const struct aws_check_row *c = aws_constraints; c->type; c++) {
		if (strchr(c->attr, '.') || strchr(c->attr, '['))
			continue;
		if (c->kind == 's' && c->enums) {
			for (const char *const *e = c->enums; *e; e++, edges++)
				if (edge_check(c, json_string(*e)))
					fail_msg("%s %s: refused \"%s\" of its enum", c->type, c->attr, *e);
			char beside[300];
			snprintf(beside, sizeof(beside), "%s-not", c->enums[0]);
			if (!!edge_check(c, json_string(beside)) == c->grows)
				fail_msg("%s %s: \"%s\" %s", c->type, c->attr, beside,
					 c->grows ? "refused (an enum that grows only warns)" : "accepted");
			edges++;
			continue;
		}
		if (c->kind == 's') {
			size_t lo = c->has_min ? (size_t)c->min : 0;
			size_t hi = c->has_max ? (size_t)c->max : lo + 64;
			size_t ends[2] = { lo ? lo : 1, hi };
			for (size_t k = 0; k < 2; k++) {
				char *t = text_of_length(c, ends[k]);
				if (!t)
					continue; /* no value of that length matches the pattern */
				if (edge_check(c, json_string(t)))
					fail_msg("%s %s: refused %zu characters, within %zu-%zu", c->type,
						 c->attr, ends[k], lo, hi);
				free(t);
				edges++;
			}
			if (c->has_max && hi < 300000) {
				char *t = text_of_length(c, hi);
				if (t) {
					size_t n = strlen(t);
					t = realloc(t, n + 2);
					t[n] = t[n ? n - 1 : 0] ? t[n - 1] : 'a';
					t[n + 1] = 0;
					if (!edge_check(c, json_string(t)))
						fail_msg("%s %s: accepted %zu characters, past %zu", c->type,
							 c->attr, n + 1, hi);
					free(t);
					edges++;
				}
			}
			if (c->has_min && lo > 0) {
				char *t = lo > 1 ? text_of_length(c, lo - 1) : strdup("");
				if (t && !edge_check(c, json_string(t)))
					fail_msg("%s %s: accepted %zu characters, short of %zu", c->type,
						 c->attr, lo - 1, lo);
				free(t);
				edges++;
			}
		} else if (c->kind == 'n') {
			double step = c->whole ? 1 : 0.5;
			if (c->has_min) {
				if (edge_check(c, json_real(c->min)) ||
				    !edge_check(c, json_real(c->min - step)))
					fail_msg("%s %s: the range's lower end %.15g", c->type, c->attr,
						 c->min);
				edges += 2;
			}
			if (c->has_max) {
				if (edge_check(c, json_real(c->max)) ||
				    !edge_check(c, json_real(c->max + step)))
					fail_msg("%s %s: the range's upper end %.15g", c->type, c->attr,
						 c->max);
				edges += 2;
			}
			if (c->whole && c->has_min && !edge_check(c, json_real(c->min + 0.5)))
				fail_msg("%s %s: accepted %.15g, not a whole number", c->type, c->attr,
					 c->min + 0.5);
		} else if (c->kind == 'l' && c->has_max && c->max < 2000) {
			json_t *most = json_array(), *more;
			for (size_t i = 0; i < (size_t)c->max; i++)
				json_array_append_new(most, json_string("x"));
			more = json_deep_copy(most);
			json_array_append_new(more, json_string("x"));
			/* Elements of a list are checked by their own row: compare sizes only. */
			struct strbuf err = STRBUF_INIT;
			json_t *inside = json_pack("{sO}", c->attr, most);
			if (aws_constraint_check_row(c, inside, &err))
				fail_msg("%s %s: refused %.15g items, its most", c->type, c->attr, c->max);
			json_decref(inside);
			json_t *r = json_pack("{so}", c->attr, more);
			int rc = aws_constraint_check_row(c, r, &err);
			if (!rc || !strstr(err.buf, "items, where AWS takes"))
				fail_msg("%s %s: accepted %zu items, past %.15g (%s)", c->type, c->attr,
					 (size_t)c->max + 1, c->max, err.buf);
			json_decref(r);
			json_decref(most);
			strbuf_release(&err);
			edges++;
		}
	}
	print_message("%zu edges of %s rows held\n", edges, "the models'");
	assert_true(edges > 150);
}

/* Whether type rt has a top-level attribute `name`. */
static bool has_attr(const struct resource_type *rt, const char *name)
{
	for (const struct attr_schema *a = rt ? rt->attrs : NULL; a && a->name; a++)
		if (!strcmp(a->name, name))
			return true;
	return false;
}

/* cfn-lint's extension rules held for the written types (cfn.map,
 * extension_rows): every carried rule's type has the attributes it reads
 * mapped, each a real attribute of the written type and of the awscc type
 * whose schema carries the rule; and the carried rule refuses through the
 * awscc evaluator under the written type's names (E3682: an Aurora engine
 * takes no allocated storage), and passes at its edge and on the default
 * engine. */
static void test_cfn_extension_rows(void **state)
{
	(void)state;
	size_t rules = 0, attrs = 0;

	for (const struct aws_cfn_rule *r = aws_cfn_rules; r->type; r++) {
		size_t mine = 0;
		rules++;
		if (!resource_type_find(r->type, NULL) || !resource_type_find(r->awscc, NULL))
			fail_msg("%s (%s): no such type", r->type, r->awscc);
		if (!aws_cfn_type_of(r->type))
			fail_msg("%s: no CloudFormation type (cfn.map)", r->type);
		for (const struct aws_cfn_attr *a = aws_cfn_rule_attrs; a->type; a++) {
			if (strcmp(a->type, r->type))
				continue;
			mine++;
			if (!has_attr(resource_type_find(a->type, NULL), a->attr))
				fail_msg("%s: %s is not an attribute of the type", a->type, a->attr);
			if (!has_attr(resource_type_find(r->awscc, NULL), a->awscc_attr))
				fail_msg("%s: %s is not an attribute of %s", a->type, a->awscc_attr,
					 r->awscc);
		}
		if (!mine)
			fail_msg("%s %s: no attribute the rule reads is mapped", r->type, r->file);
		attrs += mine;
	}
	assert_true(rules >= 1);
	for (const struct aws_cfn_attr *a = aws_cfn_rule_attrs; a->type; a++) {
		bool carried = false;
		for (const struct aws_cfn_rule *r = aws_cfn_rules; r->type && !carried; r++)
			carried = !strcmp(r->type, a->type);
		if (!carried)
			fail_msg("%s %s: mapped for no carried rule", a->type, a->attr);
	}

	struct strbuf err = STRBUF_INIT;
	const char *at = "unset";
	json_t *aurora = json_pack("{s:s, s:i, s:s}", "engine", "aurora-postgresql",
				   "allocated_storage", 20, "master_username", "app");
	assert_int_equal(aws_cfn_check_rules("aws.rds.instance", aurora, &at, &err), -1);
	assert_non_null(strstr(err.buf, "(cfn-lint E3682, aws_rds_dbinstance/aurora_exclusive.json)"));
	assert_non_null(strstr(err.buf, "when Engine matches"));
	json_object_del(aurora, "allocated_storage");
	strbuf_setlen(&err, 0);
	if (aws_cfn_check_rules("aws.rds.instance", aurora, NULL, &err))
		fail_msg("an Aurora engine without allocated storage refused: %s", err.buf);
	json_t *postgres = json_pack("{s:i, s:s}", "allocated_storage", 20, "master_password",
				     "s3cret-pass-1");
	if (aws_cfn_check_rules("aws.rds.instance", postgres, NULL, &err))
		fail_msg("the default engine (postgres) refused: %s", err.buf);
	json_object_set_new(postgres, "engine", json_string("aurora-mysql"));
	assert_int_equal(aws_cfn_check_rules("aws.rds.instance", postgres, NULL, &err), -1);
	assert_null(strstr(err.buf, "s3cret-pass-1"));
	/* a type with no carried rule: nothing */
	assert_int_equal(aws_cfn_check_rules("aws.sqs.queue", postgres, NULL, &err), 0);
	print_message("%zu carried rules, %zu attributes mapped\n", rules, attrs);
	json_decref(aurora);
	json_decref(postgres);
	strbuf_release(&err);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_enum),
		cmocka_unit_test(test_length_and_lists),
		cmocka_unit_test(test_unknown_passes),
		cmocka_unit_test(test_sent_if),
		cmocka_unit_test(test_patterns_agree_with_java),
		cmocka_unit_test(test_pattern_message),
		cmocka_unit_test(test_one_mechanism_per_attribute),
		cmocka_unit_test(test_written_rows_name_real_attributes),
		cmocka_unit_test(test_written_rows_one_table_per_type),
		cmocka_unit_test(test_rows_scope_agrees_with_shape),
		cmocka_unit_test(test_known_text),
		cmocka_unit_test(test_value_runner_skips_other_scopes),
		cmocka_unit_test(test_edges_of_every_row),
		cmocka_unit_test(test_cfn_rows),
		cmocka_unit_test(test_cfn_one_engine_both_families),
		cmocka_unit_test(test_cfn_enum_that_grows),
		cmocka_unit_test(test_twin_rows_judge_awscc),
		cmocka_unit_test(test_awscc_lines),
		cmocka_unit_test(test_twin_rows_hold),
		cmocka_unit_test(test_cfn_rows_hold),
		cmocka_unit_test(test_cfn_rows_edges),
		cmocka_unit_test(test_cfn_extension_rows),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
