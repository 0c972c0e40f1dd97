/*
 * test_rules.c: the rules AWS enforces that its models do not carry
 * (provider/aws/rules_<service>.c). Each rule gets values AWS accepts, which must
 * pass, and values AWS refuses, whose message must name the rule; and the
 * runner: a value holding ${...} passes at validate, the attribute at fault
 * is named, and plan's message names the type and attribute.
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
#include <unistd.h>

#include "provider/aws/rules.h"
#include "provider/aws/server.h"
#include "provider/provider.h"
#include "tests/unit/json_support.h"

/* Every value in `good` (a JSON list) passes; every value in `bad` fails
 * with a message holding the matching string of `why`. */
static void check_rule(aws_rule_fn fn, const char *resource, const char *good, const char *bad,
		       const char *const *why)
{
	json_t *r = js(resource ? resource : "{}");
	json_t *g = js(good), *b = js(bad);
	size_t i;
	json_t *v;
	json_array_foreach(g, i, v) {
		struct strbuf err = STRBUF_INIT;
		if (fn(v, r, &err)) {
			char *t = json_dumps(v, JSON_ENCODE_ANY);
			fail_msg("refused %s, which AWS accepts: %s", t, err.buf);
		}
		strbuf_release(&err);
	}
	json_array_foreach(b, i, v) {
		struct strbuf err = STRBUF_INIT;
		char *t = json_dumps(v, JSON_ENCODE_ANY);
		if (!fn(v, r, &err))
			fail_msg("accepted %s, which AWS refuses", t);
		if (!strstr(err.buf, why[i]))
			fail_msg("%s: message \"%s\" lacks \"%s\"", t, err.buf, why[i]);
		free(t);
		strbuf_release(&err);
	}
	json_decref(r);
	json_decref(g);
	json_decref(b);
}

/* The table's rows (both halves) for TYPE's attribute ATTR on resource r:
 * -1 at the first that refuses it. */
static int check_attr_rows(const char *type, const char *attr, const json_t *r,
			   struct strbuf *err)
{
	const struct aws_constraint *halves[] = { aws_constraints, aws_rules_table };
	for (size_t h = 0; h < 2; h++)
		for (const struct aws_constraint *c = halves[h]; c->type; c++)
			if ((!strcmp(c->type, type) || !strcmp(c->type, "aws.*")) &&
			    !strcmp(c->attr, attr) && aws_constraint_check_row(c, r, err))
				return -1;
	return 0;
}

/* As check_rule, through the table's rows for TYPE's attribute ATTR. */
static void check_table(const char *type, const char *attr, const char *good, const char *bad,
			const char *const *why)
{
	json_t *g = js(good), *b = js(bad);
	size_t i;
	json_t *v;
	json_array_foreach(g, i, v) {
		struct strbuf err = STRBUF_INIT;
		json_t *r = json_pack("{sO}", attr, v);
		if (check_attr_rows(type, attr, r, &err))
			fail_msg("refused %s, which AWS accepts: %s", attr, err.buf);
		json_decref(r);
		strbuf_release(&err);
	}
	json_array_foreach(b, i, v) {
		struct strbuf err = STRBUF_INIT;
		json_t *r = json_pack("{sO}", attr, v);
		char *t = json_dumps(v, JSON_ENCODE_ANY);
		if (!check_attr_rows(type, attr, r, &err))
			fail_msg("accepted %s, which AWS refuses", t);
		if (!strstr(err.buf, why[i]))
			fail_msg("%s: message \"%s\" lacks \"%s\"", t, err.buf, why[i]);
		free(t);
		json_decref(r);
		strbuf_release(&err);
	}
	json_decref(g);
	json_decref(b);
}

static void test_bucket_names(void **state)
{
	(void)state;
	static const char *const why[] = {
		"3 to 63", "3 to 63", "lowercase letters", "lowercase letters",
		"start and end with a letter or a digit", "start and end", "no two adjacent periods",
		"not an IP address", "prefix xn--", "prefix sthree-", "suffix -s3alias",
		"suffix --ol-s3",
	};
	check_rule(rule_s3_bucket_name, NULL,
		   "['abc', 'acme-lake-raw', 'acme.lake.raw', '1-bucket-2', "
		   "'a23456789012345678901234567890123456789012345678901234567890123', "
		   "'192.168.5.4.bucket']",
		   "['ab', 'a234567890123456789012345678901234567890123456789012345678901234', "
		   "'Acme-Lake', 'acme_lake', '-acme', 'acme.', 'acme..lake', '192.168.5.4', "
		   "'xn--acme', 'sthree-acme', 'acme-s3alias', 'acme--ol-s3']",
		   why);
}

static void test_iam_names_and_paths(void **state)
{
	(void)state;
	static const char *const role_why[] = { "1 to 64", "1 to 64", "has ' '", "has '/'" };
	check_rule(rule_iam_role_name, NULL,
		   "['etl', 'a+b=c,d.e@f_g-h', "
		   "'a234567890123456789012345678901234567890123456789012345678901234']",
		   "['', 'a2345678901234567890123456789012345678901234567890123456789012345', "
		   "'etl runner', 'etl/runner']", role_why);
	static const char *const group_why[] = { "1 to 128" };
	check_rule(rule_iam_group_name, NULL,
		   "['a2345678901234567890123456789012345678901234567890123456789012345']",
		   "['a23456789012345678901234567890123456789012345678901234567890123456789012345"
		   "678901234567890123456789012345678901234567890123456789']", group_why);
	/* Paths and session durations are the models' (the table's rows). */
	static const char *const path_why[] = { "does not match", "does not match",
						"does not match" };
	check_table("aws.iam.role", "path", "['/', '/data/etl/', '/a-b_c/']",
		    "['data/', '/data', '/da ta/']", path_why);
	static const char *const sess_why[] = { "3600 to 43200", "3600 to 43200",
						"not a whole number" };
	check_table("aws.iam.role", "max_session_duration", "[3600, 43200, '7200']",
		    "[900, 86400, 3600.5]", sess_why);
}

static void test_tags(void **state)
{
	(void)state;
	char many[4096] = "[{";
	for (int i = 0; i < 49; i++)
		snprintf(many + strlen(many), sizeof(many) - strlen(many), "%s'k%d': 'v'",
			 i ? ", " : "", i);
	strcat(many, "}]");
	char most[4096] = "[{";
	for (int i = 0; i < 48; i++)
		snprintf(most + strlen(most), sizeof(most) - strlen(most), "%s'k%d': 'v'",
			 i ? ", " : "", i);
	strcat(most, "}]");
	/* 48 of the stack's own and terrace's two pass; 49 do not. */
	check_rule(rule_tags, NULL, most, "[]", NULL);
	static const char *const many_why[] = { "at most 50 per resource" };
	check_rule(rule_tags, NULL, "[{}]", many, many_why);
	static const char *const why[] = { "the aws: prefix is reserved", "prefix is reserved",
					   "tag keys have 1 to 128", "tag values have at most 256" };
	char bad[2048];
	snprintf(bad, sizeof(bad),
		 "[{'aws:team': 'x'}, {'AWS:Team': 'x'}, {'%0129d': 'x'}, {'team': '%0257d'}]",
		 0, 0);
	check_rule(rule_tags, NULL,
		   "[{'team': 'data', 'acme:cost-center': '', 'awsome': 'x'}, {'t': '${var.team}'}]",
		   bad, why);
}

static void test_cidr_blocks(void **state)
{
	(void)state;
	static const char *const why[] = { "not an IPv4 CIDR block", "/16 to /28", "/16 to /28",
					   "host bits set: write the network address "
					   "\"10.0.0.0/16\"", "not an IPv4 CIDR block" };
	check_rule(rule_vpc_cidr, NULL, "['10.0.0.0/16', '10.0.1.0/24', '172.31.0.16/28']",
		   "['10.0.0.0', '10.0.0.0/8', '10.0.0.0/29', '10.0.0.1/16', '10.0.0.300/16']", why);
	static const char *const sg_why[] = { "not an IPv4 CIDR block" };
	check_rule(rule_cidr, NULL, "['0.0.0.0/0', '203.0.113.7/32']", "['203.0.113.7']", sg_why);
}

static void test_security_group_rules(void **state)
{
	(void)state;
	static const char *const why[] = {
		"rule 1: protocol \"http\"", "rule 1: ports are 0 to 65535",
		"rule 1: from_port 8080 is above to_port 8000",
		"rule 1: for icmp", "rule 1: protocol \"256\"", "rule 1: \"10.0.0.1\" is not",
		"rule 2: a rule needs a source", "rule 1: from_port must be set for udp",
	};
	check_rule(rule_sg_rule_list, NULL,
		   "[[{'protocol': 'tcp', 'from_port': 443, 'to_port': 443, 'self': true}, "
		   "{'protocol': '-1', 'cidr_blocks': ['0.0.0.0/0']}, "
		   "{'protocol': 'all', 'security_group_ids': ['sg-1']}, "
		   "{'protocol': 'icmp', 'from_port': 8, 'to_port': -1, 'prefix_list_ids': ['pl-1']}, "
		   "{'protocol': 'udp', 'from_port': 0, 'to_port': 65535, 'self': '${var.s}'}, "
		   "{'protocol': '50', 'cidr_blocks': '${var.c}'}, "
		   "{'protocol': 'tcp', 'from_port': 5432, 'self': true}, "
		   "{'protocol': 'tcp', 'from_port': '${var.port}', 'to_port': 1, 'self': true}, "
		   "{'protocol': 'icmp', 'self': true}]]",
		   "[[{'protocol': 'http', 'from_port': 80, 'to_port': 80}], "
		   "[{'protocol': 'tcp', 'from_port': 0, 'to_port': 70000}], "
		   "[{'protocol': 'tcp', 'from_port': 8080, 'to_port': 8000}], "
		   "[{'protocol': 'icmp', 'from_port': 300, 'to_port': -1}], "
		   "[{'protocol': '256'}], "
		   "[{'protocol': 'tcp', 'from_port': 1, 'cidr_blocks': ['10.0.0.1']}], "
		   "[{'protocol': '-1', 'self': true}, {'protocol': 'tcp', 'from_port': 1, "
		   "'cidr_blocks': []}], "
		   "[{'protocol': 'udp', 'cidr_blocks': ['10.0.0.0/8']}]]",
		   why);
	static const char *const source_why[] = { "a rule needs a source", "set only one of" };
	check_rule(rule_sg_rule_source, NULL,
		   "[{'cidr_block': '10.0.0.0/8'}, {'self': true}, "
		   "{'source_security_group_id': '${sg.group_id}'}, {'prefix_list_id': 'pl-1'}]",
		   "[{'cidr_block': ''}, {'cidr_block': '10.0.0.0/8', 'self': true}]", source_why);
	static const char *const name_why[] = { "not start with sg-" };
	check_rule(rule_sg_name, NULL, "['warehouse-db', 'sgx']", "['sg-warehouse']", name_why);
}

static void test_schedules(void **state)
{
	(void)state;
	static const char *const ev_why[] = {
		"use \"rate(5 minutes)\"", "use \"rate(1 minute)\"", "unit of rate()",
		"positive whole number", "has 5 fields", "exactly one of day-of-month",
		"exactly one of day-of-month", "field 1 \"60\"", "is not an EventBridge rule's",
		"is not an EventBridge rule's",
	};
	check_rule(rule_events_schedule, NULL,
		   "['rate(1 minute)', 'rate(5 minutes)', 'rate(1 day)', 'rate(12 hours)', "
		   "'cron(0 2 * * ? *)', 'cron(0/15 8-18 ? * MON-FRI *)', 'cron(0 9 L * ? *)', "
		   "'cron(0 12 ? * 6#3 2026)', 'cron(15 10 ? JAN-MAR SUN 2026-2030)', "
		   "'cron(0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,"
		   "27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,"
		   "53,54,55,56,57,58,59 * ? * * *)', 'cron(0 0 1 1 ? 1970)', "
		   "'cron(59 23 31 12 ? 2199)']",
		   "['rate(5 minute)', 'rate(1 minutes)', 'rate(5 weeks)', 'rate(0 minutes)', "
		   "'cron(0 2 * * ?)', 'cron(0 2 * * * *)', 'cron(0 2 ? * ? *)', "
		   "'cron(60 2 * * ? *)', 'at(2026-12-31T23:00:00)', '0 2 * * *']",
		   ev_why);
	static const char *const sch_why[] = { "yyyy-mm-ddThh:mm:ss", "yyyy-mm-ddThh:mm:ss",
					       "exactly one of day-of-month" };
	check_rule(rule_scheduler_schedule, NULL,
		   "['at(2026-12-31T23:00:00)', 'rate(1 hour)', 'cron(0 2 * * ? *)']",
		   "['at(2026-12-31 23:00:00)', 'at(2026-13-01T00:00:00)', 'cron(0 2 * * * *)']",
		   sch_why);
	static const char *const glue_why[] = { "is not a Glue schedule", "has 5 fields",
						"exactly one of day-of-month" };
	check_rule(rule_glue_schedule, NULL, "['cron(15 2 * * ? *)', 'cron(0 */2 ? * MON *)']",
		   "['rate(1 hour)', 'cron(15 2 * * ?)', 'cron(15 2 * * * *)']", glue_why);
}

static void test_log_retention(void **state)
{
	(void)state;
	static const char *const why[] = { "not a retention", "not a retention", "(e.g. 30)" };
	check_rule(rule_log_retention, NULL, "[0, 1, 30, 365, 3653, '14']", "[2, 31, 10000]",
		   why);
}

/* rules_cloudwatch.c at its edges: each period, statistic, evaluation range
 * and dimension AWS takes passes, the next one out is refused. */
static void test_cloudwatch(void **state)
{
	(void)state;
	static const char *const period_why[] = { "a period of 15 seconds", "a period of 90",
						  "a period of 0" };
	check_rule(rule_cloudwatch_period, NULL, "[10, 20, 30, 60, 300, 86400, '${var.p}']",
		   "[15, 90, 0]", period_why);
	static const char *const stat_why[] = { "both set", "needs statistic" };
	check_rule(rule_cloudwatch_statistic, NULL,
		   "[{'statistic': 'Sum'}, {'extended_statistic': 'p99'}, {'statistic': '${var.s}'}]",
		   "[{'statistic': 'Sum', 'extended_statistic': 'p99'}, {'period': 60}]", stat_why);
	static const char *const eval_why[] = { "evaluate 86460 seconds, where an alarm evaluates "
						"at most 86400 (one day",
						"evaluate 608400 seconds, where an alarm evaluates "
						"at most 604800 (seven days)" };
	check_rule(rule_cloudwatch_evaluation, "{'period': 60}", "[1, 1440]", "[1441]", eval_why);
	check_rule(rule_cloudwatch_evaluation, "{'period': 3600}", "[168]", "[169]", eval_why + 1);
	check_rule(rule_cloudwatch_evaluation, "{'period': '${var.p}'}", "[100000]", "[]", NULL);
	static const char *const m_why[] = { "M of N needs M at most N (e.g. 3)" };
	check_rule(rule_cloudwatch_datapoints, "{'evaluation_periods': 3}", "[1, 3]", "[4]", m_why);
	static const char *const action_why[] = { "is not an ARN", "is an ARN of sqs" };
	check_rule(rule_cloudwatch_actions, NULL,
		   "[['arn:aws:sns:us-east-1:1:alerts', '${alerts.arn}',"
		   " 'arn:aws:lambda:us-east-1:1:function:f', 'arn:aws:automate:us-east-1:ec2:stop',"
		   " 'arn:aws:autoscaling:us-east-1:1:scalingPolicy:x',"
		   " 'arn:aws:ssm:us-east-1:1:opsitem:Severity'], []]",
		   "[['alerts'], ['arn:aws:sqs:us-east-1:1:q']]", action_why);
	static const char *const dim_why[] = { "a name has 1 to 255", "a value has 1 to 1,024" };
	check_rule(rule_cloudwatch_dimensions, NULL, "[{'JobName': 'nightly-load'}, {}]",
		   "[{'': 'x'}, {'JobName': ''}]", dim_why);
}

/* rules_lakeformation.c: a grant names one resource, a table by name or
 * wildcard, columns by name or wildcard (with exclusions only then), and
 * grants with the grant option only what it grants (ALL: anything); a
 * block not known yet passes. */
static void test_lakeformation(void **state)
{
	(void)state;
	static const char *const why[] = {
		"no resource to grant on", "catalog_resource and database both name the resource",
		"database and table both name the resource",
		"table: name and wildcard: true both set", "table: neither name nor wildcard",
		"table_with_columns: neither column_names nor wildcard",
		"table_with_columns: column_names and wildcard: true both set",
		"excluded_column_names leaves columns out of wildcard",
		"permissions_with_grant_option has DROP, which permissions does not",
	};
	check_rule(rule_lakeformation_grant, NULL,
		   "[{'catalog_resource': true, 'permissions': ['CREATE_DATABASE']},"
		   " {'database': {'name': 'd'}, 'permissions': ['DESCRIBE'],"
		   "  'permissions_with_grant_option': ['DESCRIBE']},"
		   " {'table': {'database_name': 'd', 'wildcard': true}, 'permissions': ['SELECT']},"
		   " {'table': {'database_name': 'd', 'name': 't'}, 'permissions': ['ALL'],"
		   "  'permissions_with_grant_option': ['DROP']},"
		   " {'table_with_columns': {'database_name': 'd', 'name': 't', 'wildcard': true,"
		   "  'excluded_column_names': ['c']}, 'permissions': ['SELECT']},"
		   " {'table_with_columns': {'database_name': 'd', 'name': 't', 'column_names': ['a']},"
		   "  'permissions': ['SELECT']},"
		   " {'data_location': {'arn': 'arn:aws:s3:::b'}, 'catalog_resource': false,"
		   "  'permissions': ['DATA_LOCATION_ACCESS']},"
		   " {'database': '${var.db}', 'permissions': ['SELECT']}]",
		   "[{'permissions': ['SELECT']},"
		   " {'catalog_resource': true, 'database': {'name': 'd'}, 'permissions': ['SELECT']},"
		   " {'database': {'name': 'd'}, 'table': {'database_name': 'd', 'name': 't'},"
		   "  'permissions': ['SELECT']},"
		   " {'table': {'database_name': 'd', 'name': 't', 'wildcard': true}, 'permissions': ['SELECT']},"
		   " {'table': {'database_name': 'd'}, 'permissions': ['SELECT']},"
		   " {'table_with_columns': {'database_name': 'd', 'name': 't'}, 'permissions': ['SELECT']},"
		   " {'table_with_columns': {'database_name': 'd', 'name': 't', 'wildcard': true,"
		   "  'column_names': ['a']}, 'permissions': ['SELECT']},"
		   " {'table_with_columns': {'database_name': 'd', 'name': 't', 'column_names': ['a'],"
		   "  'excluded_column_names': ['b']}, 'permissions': ['SELECT']},"
		   " {'database': {'name': 'd'}, 'permissions': ['SELECT'],"
		   "  'permissions_with_grant_option': ['DROP']}]", why);
}

/* SNS and SQS (rules_messaging.c): names, FIFO-only settings, raw delivery's
 * protocols, a redrive policy. */
/* rules_ecs.c: names, and a Fargate task definition's network mode and task
 * size at the edges of each row of the table (ECS Developer Guide, "Task
 * size"); one not for Fargate is left to ECS. */
static void test_containers(void **state)
{
	(void)state;
	static const char *const name_why[] = { "is not 1 to 255 letters, digits, - and _",
						"is not 1 to 255 letters, digits, - and _",
						"is not 1 to 255 letters, digits, - and _" };
	char good[1000], bad[1000], n255[256], n256[257];

	memset(n255, 'a', 255);
	n255[255] = 0;
	memset(n256, 'a', 256);
	n256[256] = 0;
	snprintf(good, sizeof(good), "['data-jobs', 'dbt_nightly', 'A1', '%s', '${var.n}']", n255);
	snprintf(bad, sizeof(bad), "['data.jobs', '', '%s']", n256);
	check_rule(rule_ecs_name, NULL, good, bad, name_why);
	static const char *const fargate_why[] = {
		"FARGATE, which takes network_mode awsvpc only (not bridge)",
		"FARGATE, which takes network_mode awsvpc only",
		"needs the task's cpu and memory",
		"Fargate takes memory 512, 1024 or 2048 with cpu 256, not \"4096\"",
		"Fargate takes memory 2048 to 8192 in steps of 1024 with cpu 1024, not \"1024\"",
		"Fargate takes memory 8192 to 30720 in steps of 1024 with cpu 4096, not \"31744\"",
		"Fargate takes memory 16384 to 61440 in steps of 4096 with cpu 8192, not \"17408\"",
		"Fargate takes memory 32768 to 122880 in steps of 8192 with cpu 16384, not \"131072\"",
		"Fargate takes cpu 256, 512, 1024, 2048, 4096, 8192 or 16384, not \"300\"",
		"logs with awslogs, which Fargate writes with the task's execution role",
		"logs with awslogs, which Fargate writes with the task's execution role" };
#define FG(MODE, CPU, MEM) "{'requires_compatibilities': ['FARGATE'], " MODE \
	"'cpu': '" CPU "', 'memory': '" MEM "'}"
#define AWSVPC "'network_mode': 'awsvpc', "
	check_rule(rule_ecs_fargate, NULL,
		   "[" FG(AWSVPC, "256", "512") ", " FG(AWSVPC, "256", "2048") ", "
		   FG(AWSVPC, "512", "4096") ", " FG(AWSVPC, "1024", "8192") ", "
		   FG(AWSVPC, "2048", "16384") ", " FG(AWSVPC, "4096", "30720") ", "
		   FG(AWSVPC, "8192", "61440") ", " FG(AWSVPC, "16384", "122880") ", "
		   FG(AWSVPC, "${var.cpu}", "512") ", "
		   "{'requires_compatibilities': ['EC2'], 'network_mode': 'bridge'},"
		   "{'network_mode': 'host', 'cpu': '300'},"
		   "{'requires_compatibilities': ['FARGATE'], 'network_mode': 'awsvpc', 'cpu': '256', "
		   " 'memory': '512', 'execution_role_arn': '${r.arn}', 'container_definitions': "
		   " [{'name': 'x', 'logConfiguration': {'logDriver': 'awslogs'}}]},"
		   "{'requires_compatibilities': ['FARGATE'], 'network_mode': 'awsvpc', 'cpu': '256', "
		   " 'memory': '512', 'container_definitions': [{'name': 'x'}]}]",
		   "[" FG("'network_mode': 'bridge', ", "256", "512") ", " FG("", "256", "512") ", "
		   "{'requires_compatibilities': ['FARGATE'], 'network_mode': 'awsvpc'}, "
		   FG(AWSVPC, "256", "4096") ", " FG(AWSVPC, "1024", "1024") ", "
		   FG(AWSVPC, "4096", "31744") ", " FG(AWSVPC, "8192", "17408") ", "
		   FG(AWSVPC, "16384", "131072") ", " FG(AWSVPC, "300", "512") ", "
		   "{'requires_compatibilities': ['FARGATE'], 'network_mode': 'awsvpc', 'cpu': '256', "
		   " 'memory': '512', 'container_definitions': "
		   " [{'name': 'x', 'logConfiguration': {'logDriver': 'awslogs'}}]},"
		   "{'requires_compatibilities': ['FARGATE'], 'network_mode': 'awsvpc', 'cpu': '256', "
		   " 'memory': '512', 'container_definitions': "
		   " '[{\\\"name\\\": \\\"x\\\", \\\"logConfiguration\\\": {\\\"logDriver\\\": \\\"awslogs\\\"}}]'}]",
		   fargate_why);
#undef FG
#undef AWSVPC
	/* container_definitions: text where the model types a string (as a
	 * list, or as its JSON text); numbers and booleans where it takes
	 * them; what is not known yet passes. */
	static const char *const strings_why[] = {
		"the container dbt's environment[1].value is the number 5432, where ECS takes text "
		"(Amazon ECS API reference: ContainerDefinition): write it as text: \"5432\" or "
		"tostring(...)",
		"the container dbt's secrets[0].name is the number 1",
		"the container dbt's logConfiguration.options.awslogs-create-group is the boolean true",
		"the container dbt's command[1] is the number 3",
		"container [0]'s image is the number 7",
		"the container b's resourceRequirements[0].value is the number 1",
		"the container dbt's environment[0].value is the number 5432" };
	check_rule(rule_ecs_container_strings, NULL,
		   "[[{'name': 'dbt', 'image': 'dbt', 'memory': 512, 'essential': true, "
		   "   'portMappings': [{'containerPort': 8080}], 'environment': [{'name': 'P', "
		   "   'value': '5432'}, {'name': 'Q', 'value': '${var.port}'}], 'secrets': [{'name': "
		   "   'S', 'valueFrom': 'arn'}], 'logConfiguration': {'logDriver': 'awslogs', "
		   "   'options': {'awslogs-create-group': 'true'}}}],"
		   " [{'name': 'dbt', 'environment': {'$unknown': true}}], '${var.containers}',"
		   " '[{\\\"name\\\": \\\"dbt\\\", \\\"environment\\\": [{\\\"value\\\": \\\"1\\\"}]}]', []]",
		   "[[{'name': 'dbt', 'environment': [{'name': 'A', 'value': 'a'}, {'name': 'PGPORT', "
		   "   'value': 5432}]}],"
		   " [{'name': 'dbt', 'secrets': [{'name': 1, 'valueFrom': 'arn'}]}],"
		   " [{'name': 'dbt', 'logConfiguration': {'logDriver': 'awslogs', 'options': "
		   "   {'awslogs-create-group': true}}}],"
		   " [{'name': 'dbt', 'command': ['dbt', 3]}],"
		   " [{'image': 7}],"
		   " [{'name': 'a'}, {'name': 'b', 'resourceRequirements': [{'type': 'GPU', 'value': 1}]}],"
		   " '[{\\\"name\\\": \\\"dbt\\\", \\\"environment\\\": [{\\\"value\\\": 5432}]}]']",
		   strings_why);
}

static void test_messaging(void **state)
{
	(void)state;
	static const char *const queue_why[] = { "has '.'", ".fifo ends a FIFO one's", "1 to 80",
						 "1 to 80" };
	check_rule(rule_sqs_queue_name, NULL, "['a', 'landing-events', 'a_b-1', 'qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq']",
		   "['landing.events', 'x.fifo', '', 'qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq']", queue_why);
	static const char *const fifo_why[] = { "a FIFO queue name ends in .fifo (e.g. \"orders.fifo\")",
						"1 to 80" };
	check_rule(rule_sqs_queue_name, "{'fifo_queue': true}", "['orders.fifo', 'qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq.fifo']",
		   "['orders', 'qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq.fifo']", fifo_why);
	static const char *const topic_why[] = { "1 to 256", "a FIFO topic name ends in .fifo" };
	check_rule(rule_sns_topic_name, NULL, "['alerts', 'tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt']", "['ttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt']", topic_why);
	check_rule(rule_sns_topic_name, "{'fifo_topic': true}", "['alerts.fifo']", "['alerts']",
		   topic_why + 1);
	/* Not known yet: nothing to say. */
	check_rule(rule_sqs_queue_name, "{'fifo_queue': '${var.fifo}'}", "['orders', 'o.fifo']",
		   "[]", NULL);
	static const char *const dedup_why[] = { "only a FIFO queue deduplicates by content" };
	check_rule(rule_sqs_fifo_only, "{'fifo_queue': true}", "[true, false]", "[]", NULL);
	check_rule(rule_sqs_fifo_only, NULL, "[false]", "[true]", dedup_why);
	static const char *const topic_dedup_why[] = { "only a FIFO topic deduplicates" };
	check_rule(rule_sns_fifo_only, "{'fifo_topic': false}", "[false]", "[true]",
		   topic_dedup_why);
	static const char *const raw_why[] = { "not email ones" };
	check_rule(rule_sns_raw_delivery, "{'protocol': 'sqs'}", "[true, false]", "[]", NULL);
	check_rule(rule_sns_raw_delivery, "{'protocol': 'email'}", "[false]", "[true]", raw_why);
	static const char *const redrive_why[] = {
		"got 0", "got 1001", "must name the dead-letter queue's ARN",
		"maxReceiveCount (1 to 1000) is required", "must name the dead-letter queue's ARN",
	};
	check_rule(rule_sqs_redrive_policy, NULL,
		   "[{'deadLetterTargetArn': 'arn:aws:sqs:us-east-1:1:d', 'maxReceiveCount': 1},"
		   " {'deadLetterTargetArn': 'arn:aws:sqs:us-east-1:1:d', 'maxReceiveCount': 1000},"
		   " {'deadLetterTargetArn': 'arn:aws:sqs:us-east-1:1:d', 'maxReceiveCount': '5'},"
		   " {'deadLetterTargetArn': '${dlq.arn}', 'maxReceiveCount': 5}]",
		   "[{'deadLetterTargetArn': 'arn:aws:sqs:us-east-1:1:d', 'maxReceiveCount': 0},"
		   " {'deadLetterTargetArn': 'arn:aws:sqs:us-east-1:1:d', 'maxReceiveCount': 1001},"
		   " {'maxReceiveCount': 5},"
		   " {'deadLetterTargetArn': 'arn:aws:sqs:us-east-1:1:d'},"
		   " {'deadLetterTargetArn': 'dlq', 'maxReceiveCount': 5}]", redrive_why);
}

/* AWS Batch (rules_batch.c): names, compute resources by type, a queue's
 * order, Fargate's vCPU and memory pairs, each at its edges. */
static void test_batch(void **state)
{
	(void)state;
	static const char *const name_why[] = { "not ' '", "not '.'", "1 to 128 characters, not 0",
						"1 to 128 characters, not 129" };
	check_rule(rule_batch_name, NULL,
		   "['a', 'nightly-fargate_2', 'nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn']",
		   "['bad name', 'a.b', '', 'nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn']",
		   name_why);
	static const char *const ce_why[] = {
		"a MANAGED compute environment needs compute_resources",
		"an UNMANAGED compute environment takes no compute_resources",
		"compute_resources.min_vcpus is not for FARGATE",
		"compute_resources.instance_type is not for FARGATE_SPOT",
		"compute_resources.security_group_ids: FARGATE needs at least one",
		"compute_resources.instance_role: EC2 needs the instance profile",
		"compute_resources.instance_type: SPOT needs at least one",
		"compute_resources.bid_percentage is for SPOT, not EC2",
	};
	check_rule(rule_batch_compute_resources, NULL,
		   "[{'compute_environment_type': 'UNMANAGED'},"
		   " {'compute_environment_type': 'MANAGED', 'compute_resources': {'type': 'FARGATE',"
		   "  'max_vcpus': 4, 'subnets': ['s'], 'security_group_ids': ['g']}},"
		   " {'compute_environment_type': 'MANAGED', 'compute_resources': {'type': 'SPOT',"
		   "  'max_vcpus': 4, 'subnets': ['s'], 'instance_role': 'p', 'instance_type': ['optimal'],"
		   "  'bid_percentage': 100, 'spot_iam_fleet_role': 'r'}},"
		   " {'compute_environment_type': 'MANAGED', 'compute_resources': '${var.cr}'},"
		   " {'compute_environment_type': '${var.kind}'}]",
		   "[{'compute_environment_type': 'MANAGED'},"
		   " {'compute_environment_type': 'UNMANAGED', 'compute_resources': {'type': 'EC2'}},"
		   " {'compute_environment_type': 'MANAGED', 'compute_resources': {'type': 'FARGATE',"
		   "  'max_vcpus': 4, 'min_vcpus': 0, 'subnets': ['s'], 'security_group_ids': ['g']}},"
		   " {'compute_environment_type': 'MANAGED', 'compute_resources': {'type': 'FARGATE_SPOT',"
		   "  'max_vcpus': 4, 'instance_type': ['optimal'], 'subnets': ['s'], 'security_group_ids': ['g']}},"
		   " {'compute_environment_type': 'MANAGED', 'compute_resources': {'type': 'FARGATE',"
		   "  'max_vcpus': 4, 'subnets': ['s'], 'security_group_ids': []}},"
		   " {'compute_environment_type': 'MANAGED', 'compute_resources': {'type': 'EC2',"
		   "  'max_vcpus': 4, 'subnets': ['s'], 'instance_type': ['optimal']}},"
		   " {'compute_environment_type': 'MANAGED', 'compute_resources': {'type': 'SPOT',"
		   "  'max_vcpus': 4, 'subnets': ['s'], 'instance_role': 'p'}},"
		   " {'compute_environment_type': 'MANAGED', 'compute_resources': {'type': 'EC2',"
		   "  'max_vcpus': 4, 'subnets': ['s'], 'instance_role': 'p', 'instance_type': ['m6i'],"
		   "  'bid_percentage': 50}}]", ce_why);
	static const char *const order_why[] = { "1 to 3 compute environments, not 0",
						 "1 to 3 compute environments, not 4",
						 "order 2 is given twice" };
	check_rule(rule_batch_queue_order, NULL,
		   "[[{'order': 1, 'compute_environment': 'a'}],"
		   " [{'order': 1, 'compute_environment': 'a'}, {'order': 2, 'compute_environment': 'b'},"
		   "  {'order': 3, 'compute_environment': 'c'}], '${var.order}']",
		   "[[], [{'order': 1}, {'order': 2}, {'order': 3}, {'order': 4}],"
		   " [{'order': 2, 'compute_environment': 'a'}, {'order': 2, 'compute_environment': 'b'}]]",
		   order_why);
	static const char *const jd_why[] = {
		"MEMORY 256 with VCPU 0.25 only from 512 to 2048 MiB (512, 1024 or 2048)",
		"MEMORY 1536 with VCPU 0.25 only from 512 to 2048 MiB (512, 1024 or 2048)",
		"MEMORY 8704 with VCPU 1 only from 2048 to 8192 MiB in its steps",
		"MEMORY 18432 with VCPU 8 only from 16384 to 61440 MiB in its steps",
		"MEMORY 131072 with VCPU 16 only from 32768 to 122880 MiB in its steps",
		"VCPU 0.25, 0.5, 1, 2, 4, 8 or 16, not 3",
		"needs a VCPU and a MEMORY value",
	};
#define FG(V, M) "{'platform_capabilities': ['FARGATE'], 'container_properties': " \
		 "{'image': 'i', 'resourceRequirements': [{'type': 'VCPU', 'value': '" V "'}, " \
		 "{'type': 'MEMORY', 'value': '" M "'}]}}"
	check_rule(rule_batch_job_definition, NULL,
		   "[" FG("0.25", "512") ", " FG("0.25", "2048") ", " FG("0.5", "4096") ", "
		   FG("1", "2048") ", " FG("2", "16384") ", " FG("4", "30720") ", "
		   FG("8", "61440") ", " FG("16", "32768") ", " FG("16", "122880") ","
		   " {'platform_capabilities': ['EC2'], 'container_properties': {'image': 'i'}}]",
		   "[" FG("0.25", "256") ", " FG("0.25", "1536") ", " FG("1", "8704") ", "
		   FG("8", "18432") ", " FG("16", "131072") ", " FG("3", "4096") ","
		   " {'platform_capabilities': ['FARGATE'], 'container_properties': {'image': 'i'}}]",
		   jd_why);
#undef FG
}

static void test_policy_documents(void **state)
{
	(void)state;
	static const char *const why[] = {
		"Version \"2012-10-18\"", "needs Statement", "Effect is \"Allow\" or \"Deny\"",
		"exactly one of Action and NotAction", "with a service prefix",
		"needs Resource or NotResource", "names no Principal",
		"Condition operator \"StringEqual\"", "unknown element \"Actions\"",
		"only letters and digits",
	};
	check_rule(rule_managed_policy, NULL,
		   "[{'Version': '2012-10-17', 'Statement': [{'Effect': 'Allow', 'Action': "
		   "['s3:GetObject', 'glue:*'], 'Resource': 'arn:aws:s3:::acme/*', 'Condition': "
		   "{'StringEqualsIfExists': {'aws:RequestTag/team': 'data'}, "
		   "'ForAnyValue:StringLike': {'s3:prefix': ['a*']}}}]}, "
		   "{'Statement': {'Effect': 'Deny', 'NotAction': 'iam:*', 'NotResource': '*'}}, "
		   "'{\\'Statement\\': {\\'Effect\\': \\'Allow\\', \\'Action\\': "
		   "\\'s3:*\\', \\'Resource\\': \\'*\\'}}', "
		   "{'Version': '2012-10-17', 'Statement': [{'Effect': 'Allow', 'Action': '*', "
		   "'Resource': '${bucket.arn}'}]}]",
		   "[{'Version': '2012-10-18', 'Statement': []}, {'Version': '2012-10-17'}, "
		   "{'Statement': [{'Effect': 'allow', 'Action': 's3:*', 'Resource': '*'}]}, "
		   "{'Statement': [{'Effect': 'Allow', 'Resource': '*'}]}, "
		   "{'Statement': [{'Effect': 'Allow', 'Action': 'GetObject', 'Resource': '*'}]}, "
		   "{'Statement': [{'Effect': 'Allow', 'Action': 's3:GetObject'}]}, "
		   "{'Statement': [{'Effect': 'Allow', 'Action': 's3:*', 'Resource': '*', "
		   "'Principal': '*'}]}, "
		   "{'Statement': [{'Effect': 'Allow', 'Action': 's3:*', 'Resource': '*', "
		   "'Condition': {'StringEqual': {'a': 'b'}}}]}, "
		   "{'Statement': [{'Effect': 'Allow', 'Actions': 's3:*', 'Resource': '*'}]}, "
		   "{'Statement': [{'Sid': 'read-lake', 'Effect': 'Allow', 'Action': 's3:*', "
		   "'Resource': '*'}]}]",
		   why);
	static const char *const trust_why[] = { "needs a Principal", "names no Resource" };
	check_rule(rule_trust_policy, NULL,
		   "[{'Version': '2012-10-17', 'Statement': [{'Effect': 'Allow', 'Principal': "
		   "{'Service': 'glue.amazonaws.com'}, 'Action': 'sts:AssumeRole'}]}]",
		   "[{'Version': '2012-10-17', 'Statement': [{'Effect': 'Allow', "
		   "'Action': 'sts:AssumeRole'}]}, "
		   "{'Statement': [{'Effect': 'Allow', 'Principal': {'Service': 'glue.amazonaws.com'}, "
		   "'Action': 'sts:AssumeRole', 'Resource': '*'}]}]",
		   trust_why);
}

/* A document of n statements of about 100 characters each. */
static char *big_policy(int n)
{
	struct strbuf sb = STRBUF_INIT;
	strbuf_addstr(&sb, "{\"Version\": \"2012-10-17\", \"Statement\": [");
	for (int i = 0; i < n; i++)
		strbuf_addf(&sb, "%s{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", "
			    "\"Resource\": \"arn:aws:s3:::acme-lake-%04d/*\"}", i ? ", " : "", i);
	strbuf_addstr(&sb, "]}");
	return strbuf_detach(&sb);
}

static void test_policy_sizes(void **state)
{
	(void)state;
	struct strbuf err = STRBUF_INIT;
	char *small = big_policy(50), *large = big_policy(80);
	json_t *s = json_string(small), *l = json_string(large);
	assert_int_equal(rule_managed_policy(s, NULL, &err), 0);
	assert_int_equal(rule_managed_policy(l, NULL, &err), -1);
	assert_non_null(strstr(err.buf, "a managed policy is 6144 at most"));
	strbuf_reset(&err);
	json_t *inl = json_pack("{s:O,s:O}", "a", s, "b", s);
	assert_int_equal(rule_role_inline_policies(inl, NULL, &err), 0);
	json_object_set(inl, "c", l);
	assert_int_equal(rule_role_inline_policies(inl, NULL, &err), -1);
	assert_non_null(strstr(err.buf, "a role's inline policies together are 10240 at most"));
	strbuf_reset(&err);
	/* A document holding what is not known yet is measured once known. */
	json_t *doc = json_loads(large, 0, NULL);
	json_t *st0 = json_array_get(json_object_get(doc, "Statement"), 0);
	json_object_set_new(st0, "Resource", json_string("${var.bucket_arn}/*"));
	assert_int_equal(rule_managed_policy(doc, NULL, &err), 0);
	json_object_set_new(st0, "Resource", value_unknown());
	assert_int_equal(rule_managed_policy(doc, NULL, &err), 0);
	json_object_set_new(st0, "Resource", json_string("*"));
	assert_int_equal(rule_managed_policy(doc, NULL, &err), -1);
	json_decref(doc);
	strbuf_reset(&err);
	json_t *one = json_pack("{s:O}", "bad name", s);
	assert_int_equal(rule_role_inline_policies(one, NULL, &err), -1);
	assert_non_null(strstr(err.buf, "IAM inline policy names"));
	json_decref(one);
	json_decref(inl);
	json_decref(s);
	json_decref(l);
	free(small);
	free(large);
	strbuf_release(&err);
}

static void test_state_machines(void **state)
{
	(void)state;
	static const char *const why[] = {
		"StartAt \"Go\" is not a state", "its Next \"Load\" is not a state",
		"its Catch[].Next \"Oops\"", "its Default \"Other\"",
		"no state reached from StartAt \"A\" ends the execution",
		"a Task's Resource is an ARN", "exactly one of Next and \"End\": true",
		"Type is Task, Pass", "branch 1: StartAt",
	};
	check_rule(rule_sfn_definition, NULL,
		   "[{'StartAt': 'A', 'States': {'A': {'Type': 'Task', 'Resource': "
		   "'arn:aws:states:::glue:startJobRun.sync', 'Parameters': {'JobName': 'x'}, "
		   "'Catch': [{'ErrorEquals': ['States.ALL'], 'Next': 'F'}], 'Next': 'C'}, "
		   "'C': {'Type': 'Choice', 'Choices': [{'Variable': '$.x', 'BooleanEquals': true, "
		   "'Next': 'A'}], 'Default': 'S'}, 'S': {'Type': 'Succeed'}, "
		   "'F': {'Type': 'Fail'}}}, "
		   "{'StartAt': 'T', 'States': {'T': {'Type': 'Task', 'Resource': '${fn.arn}', "
		   "'End': true}}}]",
		   "[{'StartAt': 'Go', 'States': {'A': {'Type': 'Succeed'}}}, "
		   "{'StartAt': 'A', 'States': {'A': {'Type': 'Pass', 'Next': 'Load'}}}, "
		   "{'StartAt': 'A', 'States': {'A': {'Type': 'Pass', 'End': true, 'Catch': "
		   "[{'ErrorEquals': ['States.ALL'], 'Next': 'Oops'}]}}}, "
		   "{'StartAt': 'A', 'States': {'A': {'Type': 'Choice', 'Choices': [], "
		   "'Default': 'Other'}}}, "
		   "{'StartAt': 'A', 'States': {'A': {'Type': 'Pass', 'Next': 'B'}, "
		   "'B': {'Type': 'Pass', 'Next': 'A'}, 'S': {'Type': 'Succeed'}}}, "
		   "{'StartAt': 'A', 'States': {'A': {'Type': 'Task', 'Resource': 'my-lambda', "
		   "'End': true}}}, "
		   "{'StartAt': 'A', 'States': {'A': {'Type': 'Pass'}}}, "
		   "{'StartAt': 'A', 'States': {'A': {'Type': 'Job', 'End': true}}}, "
		   "{'StartAt': 'P', 'States': {'P': {'Type': 'Parallel', 'End': true, 'Branches': "
		   "[{'StartAt': 'X', 'States': {'Y': {'Type': 'Succeed'}}}]}}}]",
		   why);
}

static void test_glue_worker_types(void **state)
{
	(void)state;
	static const char *const why[] = { "needs glue_version 3.0 or later" };
	check_rule(rule_glue_worker_type,
		   "{'glue_version': '2.0', 'number_of_workers': 10, 'command': {'name': 'glueetl'}}",
		   "['G.1X', 'G.2X']", "['G.8X']", why);
	/* A worker type the models do not list (G.3X) is the grows enum's
	 * warning (t0095), not this rule's refusal. */
	static const char *const why4[] = { "streaming jobs" };
	check_rule(rule_glue_worker_type,
		   "{'glue_version': '4.0', 'number_of_workers': 10, 'command': {'name': 'glueetl'}}",
		   "['G.4X', 'G.8X', 'G.1X', 'G.3X']", "['G.025X']", why4);
	static const char *const why1[] = { "at least 2" };
	check_rule(rule_glue_worker_type, "{'glue_version': '4.0', 'number_of_workers': 1}",
		   "[]", "['G.1X']", why1);
	static const char *const whyps[] = { "pythonshell job takes max_capacity" };
	check_rule(rule_glue_worker_type, "{'command': {'name': 'pythonshell'}}", "[]",
		   "['G.1X']", whyps);
}

static void test_lambda(void **state)
{
	(void)state;
	/* The models' rows, with the documented maxima of constraints.map. */
	static const char *const mem_why[] = { "128 to 10240", "128 to 10240" };
	check_table("aws.lambda.function", "memory_size", "[128, 10240, '512']", "[64, 10241]",
		    mem_why);
	static const char *const to_why[] = { "1 to 900", "1 to 900" };
	check_table("aws.lambda.function", "timeout", "[1, 900]", "[0, 901]", to_why);
	static const char *const rt_why[] = { "not a Lambda runtime", "not a Lambda runtime",
					      "not a Lambda runtime" };
	check_rule(rule_lambda_runtime, NULL,
		   "['python3.12', 'python3.14', 'nodejs20.x', 'nodejs24.x', 'java21', "
		   "'java8.al2', 'dotnet8', 'ruby3.3', 'provided.al2023', 'provided.al2', "
		   "'python2.7', 'go1.x', 'ruby4.0', 'python4.0', 'nodejs4.3-edge', 'java25', "
		   "'dotnet10']",
		   "['python', 'Python3.12', 'node20']", rt_why);
	static const char *const dep_why[] = { "deprecated", "deprecated", "deprecated" };
	check_rule(rule_lambda_runtime_for_create, NULL, "['python3.12', 'nodejs20.x']",
		   "['python3.7', 'nodejs14.x', 'go1.x']", dep_why);
	static const char *const h_why[] = { "does not match", "does not match" };
	check_table("aws.lambda.function", "handler", "['main.handler', 'com.acme.Handler::run']",
		    "['main handler', '']", h_why);
}

/* The documented rules of issue 31's misses: S3 lifecycle days and storage
 * classes, Lambda function names, key pair names, secret names; each with
 * its edge value, which passes. */
static void test_documented_names_and_lifecycle(void **state)
{
	(void)state;
	static const char *const lc_why[] = { "expiration_days 0", "noncurrent_version_expiration_days 0",
					      "storage_class \"GLACIER_DEEP\"", "expiration_days 1.5",
					      "days 29: S3 moves objects to STANDARD_IA only after 30 days",
					      "days 0: S3 moves objects to ONEZONE_IA only after 30 days",
					      "expiration_days 30 is not after transition 1's days 30",
					      "expiration_days 180 is not after transition 5's days 180",
					      "rule 2 (\"b\"): no action: S3 needs at least one of",
					      "rules 1 and 2: id \"a\" twice" };
	check_rule(rule_s3_lifecycle, NULL,
		   "[[{'id': 'a', 'expiration_days': 181, 'noncurrent_version_expiration_days': 1, "
		   "'transitions': [{'days': 0, 'storage_class': 'GLACIER'}, {'days': 30, "
		   "'storage_class': 'STANDARD_IA'}, {'days': 30, 'storage_class': 'ONEZONE_IA'}, "
		   "{'days': 0, 'storage_class': 'INTELLIGENT_TIERING'}, {'days': 180, "
		   "'storage_class': 'DEEP_ARCHIVE'}, {'days': 90, 'storage_class': 'GLACIER_IR'}]}], "
		   "[{'id': 'b', 'expiration_days': '${var.days}', 'transitions': [{'days': 1, "
		   "'storage_class': '${var.class}'}, {'$unknown': true}]}, {'$unknown': true}], "
		   "[{'id': 'c', 'expiration_days': 31, 'transitions': [{'days': 30, "
		   "'storage_class': 'STANDARD_IA'}]}, {'id': 'd', 'expiration_days': 1, "
		   "'transitions': [{'days': 0, 'storage_class': 'GLACIER'}]}, {'id': 'e', "
		   "'expiration_days': 2, 'transitions': [{'days': '${var.d}', "
		   "'storage_class': 'ONEZONE_IA'}]}]]",
		   "[[{'id': 'a', 'expiration_days': 0}], "
		   "[{'id': 'a', 'expiration_days': 5}, {'id': 'b', "
		   "'noncurrent_version_expiration_days': 0}], "
		   "[{'id': 'a', 'transitions': [{'days': 1, 'storage_class': 'GLACIER_DEEP'}]}], "
		   "[{'id': 'a', 'expiration_days': 1.5}], "
		   "[{'id': 'a', 'transitions': [{'days': 29, 'storage_class': 'STANDARD_IA'}]}], "
		   "[{'id': 'a', 'transitions': [{'days': 0, 'storage_class': 'ONEZONE_IA'}]}], "
		   "[{'id': 'a', 'expiration_days': 30, 'transitions': [{'days': 30, "
		   "'storage_class': 'GLACIER'}]}], "
		   "[{'id': 'a', 'expiration_days': 180, 'transitions': [{'days': 0, 'storage_class': "
		   "'GLACIER'}, {'days': 30, 'storage_class': 'STANDARD_IA'}, {'days': 30, "
		   "'storage_class': 'ONEZONE_IA'}, {'days': 0, 'storage_class': "
		   "'INTELLIGENT_TIERING'}, {'days': 180, 'storage_class': 'DEEP_ARCHIVE'}]}], "
		   "[{'id': 'a', 'expiration_days': 1}, {'id': 'b', 'transitions': []}], "
		   "[{'id': 'a', 'expiration_days': 1}, {'id': 'a', 'expiration_days': 2}]]",
		   lc_why);
	char name64[65], name65[66];
	memset(name64, 'f', 64);
	name64[64] = '\0';
	memset(name65, 'f', 65);
	name65[65] = '\0';
	char good[512], bad[256];
	snprintf(good, sizeof(good), "['%s', 'arn:aws:lambda:us-east-1:123456789012:function:%s', "
		 "'123456789012:function:%s', 'a']", name64, name64, name64);
	snprintf(bad, sizeof(bad), "['%s']", name65);
	static const char *const fn_why[] = { "a Lambda function name has 1 to 64" };
	check_rule(rule_lambda_function_name, NULL, good, bad, fn_why);
	char key255[256], key256[257];
	memset(key255, 'k', 255);
	key255[255] = '\0';
	memset(key256, 'k', 256);
	key256[256] = '\0';
	char kgood[600], kbad[600];
	snprintf(kgood, sizeof(kgood), "['%s', 'ops key #1 (~!)', 'ops\\tkey', 'a']", key255);
	snprintf(kbad, sizeof(kbad), "['%s', 'clé', '']", key256);
	static const char *const kp_why[] = { "a key pair name has 1 to 255", "ASCII characters only",
					      "a key pair name has 1 to 255" };
	check_rule(rule_key_pair_name, NULL, kgood, kbad, kp_why);
	static const char *const sm_why[] = { "has ' '", "has '#'", "outside ASCII" };
	check_rule(rule_secret_name, NULL,
		   "['prod/etl_+=.@-AZaz09', 's', 'prod/db-abcdef']",
		   "['prod db', 'prod#db', 'pr\xc3\xa9prod']", sm_why);
}

/* KMS alias names, SSM parameters, DynamoDB keys and billing (rules_kms.c,
 * rules_ssm.c, rules_dynamodb.c). */
static void test_keys_parameters_tables(void **state)
{
	(void)state;
	static const char *const alias_why[] = { "does not start with alias/",
						 "does not start with alias/",
						 "starts with alias/aws/" };
	check_rule(rule_kms_alias_name, NULL, "['alias/lake', 'alias/aws-lake', 'alias/a/b_c-d']",
		   "['lake', 'alias/', 'alias/aws/lake']", alias_why);
	static const char *const name_why[] = { "may not start with aws or ssm",
						"may not start with aws or ssm",
						"may not start with aws or ssm" };
	check_rule(rule_ssm_parameter_name, NULL,
		   "['/team/aws', 'team-ssm', 'x', '/a']",
		   "['/aws/x', 'SSM-config', 'awsx']", name_why);
	static const char *const param_why[] = { "key_id is set for a String parameter",
						 "the Standard tier holds at most 4096",
						 "the Advanced tier holds at most 8192" };
	char good[20000], bad[20000], v4k[4097], v8k[8194];
	memset(v4k, 'v', 4096);
	v4k[4096] = 0;
	memset(v8k, 'v', 8193);
	v8k[8193] = 0;
	snprintf(good, sizeof(good),
		 "[{'parameter_type': 'SecureString', 'key_id': 'alias/k'},"
		 " {'parameter_type': 'String', 'value': '%s'},"
		 " {'parameter_type': 'String', 'tier': 'Intelligent-Tiering', 'value': '%sv'}]",
		 v4k, v4k);
	snprintf(bad, sizeof(bad),
		 "[{'parameter_type': 'String', 'key_id': 'alias/k'},"
		 " {'parameter_type': 'String', 'value': '%sv'},"
		 " {'parameter_type': 'String', 'tier': 'Advanced', 'value': '%s'}]", v4k, v8k);
	check_rule(rule_ssm_parameter, NULL, good, bad, param_why);
	static const char *const keys_why[] = { "hash_key \"id\" is not among",
						"range_key \"day\" is not among",
						"attribute \"day\" is neither hash_key nor range_key",
						"attribute \"id\" is declared twice" };
	check_rule(rule_dynamodb_keys, NULL,
		   "[{'hash_key': 'id', 'attribute': [{'name': 'id', 'type': 'S'}]},"
		   " {'hash_key': 'id', 'range_key': 'day', 'attribute': [{'name': 'day', 'type': 'N'},"
		   "  {'name': 'id', 'type': 'S'}]},"
		   " {'hash_key': '${var.k}', 'attribute': [{'name': 'id', 'type': 'S'}]}]",
		   "[{'hash_key': 'id', 'attribute': [{'name': 'pk', 'type': 'S'}]},"
		   " {'hash_key': 'id', 'range_key': 'day', 'attribute': [{'name': 'id', 'type': 'S'}]},"
		   " {'hash_key': 'id', 'attribute': [{'name': 'id', 'type': 'S'}, {'name': 'day', 'type': 'S'}]},"
		   " {'hash_key': 'id', 'attribute': [{'name': 'id', 'type': 'S'}, {'name': 'id', 'type': 'N'}]}]",
		   keys_why);
	/* The indexes' keys count as keys: declared, and what they use is used. */
	static const char *const index_keys_why[] = {
		"hash_key \"by_day\" of global_secondary_index[0] is not among",
		"range_key \"at\" of local_secondary_index[0] is not among",
		"attribute \"at\" is neither hash_key nor range_key of the table or of an index" };
	check_rule(rule_dynamodb_keys, NULL,
		   "[{'hash_key': 'id', 'attribute': [{'name': 'day', 'type': 'S'}, {'name': 'id', 'type': 'S'}],"
		   "  'global_secondary_index': [{'name': 'g', 'hash_key': 'day'}]},"
		   " {'hash_key': 'id', 'range_key': 'day', 'attribute': [{'name': 'at', 'type': 'N'},"
		   "  {'name': 'day', 'type': 'S'}, {'name': 'id', 'type': 'S'}],"
		   "  'local_secondary_index': [{'name': 'l', 'range_key': 'at'}]},"
		   " {'hash_key': 'id', 'attribute': [{'name': 'at', 'type': 'N'}, {'name': 'id', 'type': 'S'}],"
		   "  'global_secondary_index': [{'name': 'g', 'hash_key': '${var.k}'}]}]",
		   "[{'hash_key': 'id', 'attribute': [{'name': 'id', 'type': 'S'}],"
		   "  'global_secondary_index': [{'name': 'g', 'hash_key': 'by_day'}]},"
		   " {'hash_key': 'id', 'range_key': 'day', 'attribute': [{'name': 'day', 'type': 'S'},"
		   "  {'name': 'id', 'type': 'S'}], 'local_secondary_index': [{'name': 'l', 'range_key': 'at'}]},"
		   " {'hash_key': 'id', 'attribute': [{'name': 'at', 'type': 'N'}, {'name': 'id', 'type': 'S'}],"
		   "  'global_secondary_index': [{'name': 'g', 'hash_key': 'id'}]}]",
		   index_keys_why);
	static const char *const index_why[] = {
		"local_secondary_index has 6 indexes: a table has at most 5",
		"local_secondary_index needs a table with range_key",
		"index name \"x\" is used twice",
		"projection_type INCLUDE needs non_key_attributes",
		"projection_type ALL takes no non_key_attributes",
		"projection_type KEYS_ONLY takes no non_key_attributes",
		"of a PROVISIONED table needs read_capacity and write_capacity",
		"of a PROVISIONED table needs read_capacity and write_capacity",
		"of a PAY_PER_REQUEST table takes no read_capacity",
		"101 non_key_attributes in all: DynamoDB takes at most 100" };
	char idx_good[8000], idx_bad[8000], lsi6[600] = "", nka101[2000] = "";
	for (int i = 0; i < 6; i++)
		snprintf(lsi6 + strlen(lsi6), sizeof(lsi6) - strlen(lsi6),
			 "%s{'name': 'l%d', 'range_key': 'd', 'projection_type': 'ALL'}", i ? ", " : "", i);
	for (int i = 0; i < 101; i++)
		snprintf(nka101 + strlen(nka101), sizeof(nka101) - strlen(nka101), "%s'a%d'",
			 i ? ", " : "", i);
	snprintf(idx_good, sizeof(idx_good),
		 "[{'range_key': 'd', 'local_secondary_index': [%.*s]},"
		 " {'billing_mode': 'PAY_PER_REQUEST', 'global_secondary_index': [{'name': 'g',"
		 "  'projection_type': 'INCLUDE', 'non_key_attributes': ['x']}],"
		 "  'local_secondary_index': '${var.l}'},"
		 " {'global_secondary_index': [{'name': 'g', 'projection_type': 'KEYS_ONLY',"
		 "  'read_capacity': 1, 'write_capacity': 2}]},"
		 " {'billing_mode': '${var.mode}', 'global_secondary_index': [{'name': 'g',"
		 "  'projection_type': 'ALL'}]},"
		 " {'range_key': '${var.r}', 'local_secondary_index': [{'name': 'l', 'projection_type': 'ALL'}]},"
		 " {'billing_mode': 'PAY_PER_REQUEST', 'global_secondary_index': [{'name': 'g',"
		 "  'projection_type': 'INCLUDE', 'non_key_attributes': '${var.n}'}]}]",
		 (int)(strrchr(lsi6, '{') - lsi6 - 2), lsi6);
	snprintf(idx_bad, sizeof(idx_bad),
		 "[{'range_key': 'd', 'local_secondary_index': [%s]},"
		 " {'local_secondary_index': [{'name': 'l', 'range_key': 'a', 'projection_type': 'ALL'}]},"
		 " {'billing_mode': 'PAY_PER_REQUEST', 'range_key': 'd',"
		 "  'global_secondary_index': [{'name': 'x', 'projection_type': 'ALL'}],"
		 "  'local_secondary_index': [{'name': 'x', 'projection_type': 'ALL'}]},"
		 " {'billing_mode': 'PAY_PER_REQUEST', 'global_secondary_index': [{'name': 'g',"
		 "  'projection_type': 'INCLUDE'}]},"
		 " {'billing_mode': 'PAY_PER_REQUEST', 'global_secondary_index': [{'name': 'g',"
		 "  'projection_type': 'ALL', 'non_key_attributes': ['x']}]},"
		 " {'range_key': 'd', 'local_secondary_index': [{'name': 'l',"
		 "  'projection_type': 'KEYS_ONLY', 'non_key_attributes': ['x']}]},"
		 " {'global_secondary_index': [{'name': 'g', 'projection_type': 'ALL'}]},"
		 " {'billing_mode': 'PROVISIONED', 'global_secondary_index': [{'name': 'g',"
		 "  'projection_type': 'ALL', 'read_capacity': 1}]},"
		 " {'billing_mode': 'PAY_PER_REQUEST', 'global_secondary_index': [{'name': 'g',"
		 "  'projection_type': 'ALL', 'read_capacity': 1}]},"
		 " {'billing_mode': 'PAY_PER_REQUEST', 'global_secondary_index': [{'name': 'g',"
		 "  'projection_type': 'INCLUDE', 'non_key_attributes': [%s]}]}]", lsi6, nka101);
	check_rule(rule_dynamodb_indexes, NULL, idx_good, idx_bad, index_why);
	char many[4000] = "[{'global_secondary_index': [", few[4000];
	for (int i = 0; i < 21; i++)
		snprintf(many + strlen(many), sizeof(many) - strlen(many), "%s{'name': 'g%d'}",
			 i ? ", " : "", i);
	snprintf(few, sizeof(few), "%.*s]}]", (int)(strstr(many, ", {'name': 'g20'}") - many), many);
	strcat(many, "]}]");
	static const char *const count_why[] = { "AWS refuses more than 20 unless" };
	check_rule(rule_dynamodb_index_count, NULL, few, many, count_why);
	static const char *const billing_why[] = { "PROVISIONED (the default) needs read_capacity",
						   "PROVISIONED needs read_capacity",
						   "PAY_PER_REQUEST takes no read_capacity",
						   "PAY_PER_REQUEST takes no write_capacity" };
	check_rule(rule_dynamodb_billing, NULL,
		   "[{'read_capacity': 1, 'write_capacity': 1}, {'billing_mode': 'PAY_PER_REQUEST'},"
		   " {'billing_mode': '${var.mode}', 'read_capacity': 1}]",
		   "[{'read_capacity': 1}, {'billing_mode': 'PROVISIONED', 'write_capacity': 1},"
		   " {'billing_mode': 'PAY_PER_REQUEST', 'read_capacity': 1},"
		   " {'billing_mode': 'PAY_PER_REQUEST', 'write_capacity': 1}]", billing_why);
}

/* rules_kinesis.c and rule_dynamodb_stream at their edges: each value AWS
 * takes and refuses, and what is not known yet passes. */
static void test_streams(void **state)
{
	(void)state;
	static const char *const stream_why[] = {
		"stream_mode PROVISIONED (the default) needs shard_count",
		"stream_mode PROVISIONED needs shard_count",
		"stream_mode ON_DEMAND takes no shard_count",
		"encryption_type KMS needs kms_key_id" };
	check_rule(rule_kinesis_stream, NULL,
		   "[{'shard_count': 1}, {'stream_mode_details': {'stream_mode': 'ON_DEMAND'}},"
		   " {'stream_mode_details': {'stream_mode': 'PROVISIONED'}, 'shard_count': 2,"
		   "  'encryption_type': 'KMS', 'kms_key_id': 'alias/aws/kinesis'},"
		   " {'stream_mode_details': '${var.mode}', 'shard_count': 2},"
		   " {'stream_mode_details': {'stream_mode': '${var.mode}'}},"
		   " {'shard_count': 1, 'encryption_type': '${var.enc}'},"
		   " {'shard_count': 1, 'encryption_type': 'NONE', 'kms_key_id': 'k'}]",
		   "[{}, {'stream_mode_details': {'stream_mode': 'PROVISIONED'}},"
		   " {'stream_mode_details': {'stream_mode': 'ON_DEMAND'}, 'shard_count': 1},"
		   " {'shard_count': 1, 'encryption_type': 'KMS'}]", stream_why);
	static const char *const sse_why[] = {
		"server_side_encryption is for a stream fed directly",
		"key_type CUSTOMER_MANAGED_CMK needs key_arn",
		"key_arn is for key_type CUSTOMER_MANAGED_CMK",
		"key_arn is for key_type CUSTOMER_MANAGED_CMK" };
	check_rule(rule_firehose_encryption, NULL,
		   "[{}, {'server_side_encryption': {'enabled': false}},"
		   " {'server_side_encryption': {'enabled': false}, 'kinesis_source_configuration':"
		   "  {'kinesis_stream_arn': 'a', 'role_arn': 'r'}},"
		   " {'server_side_encryption': {'enabled': true, 'key_type': 'AWS_OWNED_CMK'}},"
		   " {'server_side_encryption': {'enabled': true, 'key_type': 'CUSTOMER_MANAGED_CMK',"
		   "  'key_arn': 'arn:aws:kms:us-east-1:123456789012:key/k'}},"
		   " {'server_side_encryption': {'enabled': '${var.on}'}, 'kinesis_source_configuration':"
		   "  {'kinesis_stream_arn': 'a', 'role_arn': 'r'}}]",
		   "[{'server_side_encryption': {'enabled': true}, 'kinesis_source_configuration':"
		   "  {'kinesis_stream_arn': 'a', 'role_arn': 'r'}},"
		   " {'server_side_encryption': {'enabled': true, 'key_type': 'CUSTOMER_MANAGED_CMK'}},"
		   " {'server_side_encryption': {'enabled': true, 'key_type': 'AWS_OWNED_CMK',"
		   "  'key_arn': 'arn:aws:kms:us-east-1:123456789012:key/k'}},"
		   " {'server_side_encryption': {'enabled': true, 'key_arn': 'k'}}]", sse_why);
	static const char *const ddb_why[] = {
		"stream_enabled needs stream_view_type",
		"stream_view_type is for a table with stream_enabled: true",
		"stream_view_type is for a table with stream_enabled: true" };
	check_rule(rule_dynamodb_stream, NULL,
		   "[{}, {'stream_enabled': false}, {'stream_enabled': true, 'stream_view_type': 'KEYS_ONLY'},"
		   " {'stream_enabled': '${var.on}', 'stream_view_type': 'NEW_IMAGE'},"
		   " {'stream_enabled': true, 'stream_view_type': '${var.view}'}]",
		   "[{'stream_enabled': true}, {'stream_view_type': 'NEW_IMAGE'},"
		   " {'stream_enabled': false, 'stream_view_type': 'OLD_IMAGE'}]", ddb_why);
}

/* What is not known yet passes at every depth, as a template (validate:
 * "${...}") and as the unknown value (plan: {"$unknown": true}), while
 * what is known beside it is still checked. */
#define U "{'$unknown': true}"
static void test_not_known_yet(void **state)
{
	(void)state;
	static const char *const pol_why[] = { "only letters and digits", "with a service prefix",
					       "Effect is \"Allow\" or \"Deny\"" };
	check_rule(rule_managed_policy, NULL,
		   "[{'Statement': [{'Sid': 'Rev${var.rev}', 'Effect': 'Allow', 'Action': 's3:*', "
		   "'Resource': '*'}]}, "
		   "{'Statement': [{'Sid': " U ", 'Effect': " U ", 'Action': " U ", "
		   "'Resource': " U ", 'Condition': " U "}]}, "
		   "{'Statement': [{'Sid': 'A', 'Effect': '${var.effect}', 'Action': "
		   "['${var.service}:GetObject', 's3:${var.verb}', " U "], 'Resource': "
		   "'arn:aws:s3:::${var.bucket}/*', 'Condition': {'${var.op}': {'a': 'b'}, "
		   "'StringEquals': {'${var.key}': '${var.value}'}}}]}, "
		   "{'Version': '${var.version}', 'Statement': '${var.statements}'}, "
		   "{'Version': " U ", 'Statement': " U "}, "
		   "{'Statement': ['${var.one}', " U "]}, "
		   "{'Statement': [{'${var.element}': 'x', 'Effect': 'Allow', 'Action': 's3:*', "
		   "'Resource': '*'}]}, "
		   U "]",
		   "[{'Statement': [{'Sid': 'read-lake', 'Effect': '${var.e}', 'Action': 's3:*', "
		   "'Resource': '*'}]}, "
		   "{'Statement': ['${var.one}', {'Effect': 'Allow', 'Action': 'GetObject', "
		   "'Resource': " U "}]}, "
		   "{'Statement': [{'Sid': " U ", 'Effect': 'allow', 'Action': " U ", "
		   "'Resource': '*'}]}]",
		   pol_why);
	static const char *const trust_why[] = { "needs a Principal" };
	check_rule(rule_trust_policy, NULL,
		   "[{'Statement': [{'Effect': 'Allow', 'Principal': {'Service': "
		   "'${var.service}.amazonaws.com'}, 'Action': 'sts:AssumeRole'}]}, "
		   "{'Statement': [{'Effect': 'Allow', 'Principal': " U ", 'Action': "
		   "'sts:AssumeRole'}]}]",
		   "[{'Statement': [{'Effect': 'Allow', 'Action': '${var.a}'}]}]", trust_why);
	static const char *const inl_why[] = { "IAM inline policy names" };
	check_rule(rule_role_inline_policies, NULL,
		   "[{'${var.team}-read': {'Statement': [{'Sid': 'Read${var.n}', 'Effect': 'Allow', "
		   "'Action': 's3:GetObject', 'Resource': '*'}]}, 'write': '${var.doc}', 'b': " U "}]",
		   "[{'${var.team}-read': " U ", 'bad name': {'Statement': []}}]", inl_why);
	static const char *const tag_why[] = { "aws: prefix is reserved", "tag values have at most" };
	check_rule(rule_tags, NULL,
		   "[{'${var.long_key_name_that_is_far_longer_once_written_than_allowed_for_a_key_"
		   "of_a_tag_by_aws_tagging_rules_of_128_characters_and_a_few_more}': 'x', "
		   "'team': '${var.team}', 'cost': " U "}]",
		   "[{'aws:${var.k}': 'x'}, {'${var.k}': 'x', 'long': '" 
		   "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
		   "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
		   "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
		   "xxxxxxxxxxxxxxxxxxxxxx'}]", tag_why);
	/* 49 written and terrace's two: refused once every key is known. */
	json_t *many = json_object();
	for (int i = 0; i < 48; i++) {
		char k[16];
		snprintf(k, sizeof(k), "k%02d", i);
		json_object_set_new(many, k, json_string("v"));
	}
	json_object_set_new(many, "${var.k}", json_string("v"));
	struct strbuf err = STRBUF_INIT;
	assert_int_equal(rule_tags(many, NULL, &err), 0);
	json_object_del(many, "${var.k}");
	json_object_set_new(many, "k48", json_string("v"));
	assert_int_equal(rule_tags(many, NULL, &err), -1);
	assert_non_null(strstr(err.buf, "51 tags with terrace's own two"));
	strbuf_release(&err);
	json_decref(many);
	static const char *const sfn_why[] = { "its Next \"Nowhere\" is not a state",
					       "a Task's Resource is an ARN" };
	check_rule(rule_sfn_definition, NULL,
		   "[{'StartAt': '${var.first}', 'States': {'A': {'Type': 'Succeed'}}}, "
		   "{'StartAt': 'A', 'States': {'A': {'Type': 'Pass', 'Next': '${var.next}'}, "
		   "'B': {'Type': 'Succeed'}}}, "
		   "{'StartAt': 'A', 'States': {'A': {'Type': 'Pass', 'Next': " U "}}}, "
		   "{'StartAt': 'A', 'States': {'A': {'Type': '${var.type}', 'End': true}}}, "
		   "{'StartAt': 'A', 'States': {'A': {'Type': 'Pass', 'End': '${var.end}'}}}, "
		   "{'StartAt': 'A', 'States': " U "}, "
		   "{'StartAt': '${var.s}-a', 'States': {'${var.s}-a': {'Type': 'Succeed'}}}, "
		   "{'StartAt': 'C', 'States': {'C': {'Type': 'Choice', 'Choices': '${var.c}', "
		   "'Default': 'C'}}}, "
		   "{'StartAt': 'C', 'States': {'C': {'Type': 'Choice', 'Choices': [{'Variable': "
		   "'$.x', 'IsPresent': true, 'Next': '${var.n}'}], 'Default': 'C'}}}, "
		   "{'StartAt': 'P', 'States': {'P': {'Type': 'Parallel', 'End': true, "
		   "'Branches': ['${var.b}', " U "]}, "
		   "'M': {'Type': 'Map', 'End': true, 'ItemProcessor': " U "}}}, "
		   U "]",
		   "[{'StartAt': '${var.first}', 'States': {'A': {'Type': 'Pass', 'Next': 'Nowhere'}}}, "
		   "{'StartAt': 'A', 'States': {'A': {'Type': 'Task', 'Resource': 'load', 'Next': "
		   "'${var.n}'}}}]",
		   sfn_why);
	static const char *const glue_why[] = { "needs glue_version 3.0" };
	check_rule(rule_glue_worker_type,
		   "{'glue_version': '${var.v}', 'number_of_workers': '${var.n}', "
		   "'command': {'name': '${var.kind}'}}",
		   "['G.025X', 'Z.2X', 'G.1X']", "[]", glue_why);
	check_rule(rule_glue_worker_type, "{'glue_version': '2.0', 'command': " U "}",
		   "['G.1X']", "['G.8X']", glue_why);
	static const char *const sg_why[] = { "ports are 0 to 65535" };
	check_rule(rule_sg_rule_list, NULL,
		   "[[" U ", '${var.rule}', {'protocol': '${var.p}', 'from_port': 1, 'to_port': 0, "
		   "'self': true}, "
		   "{'protocol': 'tcp', 'from_port': " U ", 'to_port': 443, "
		   "'cidr_blocks': ['${var.cidr}', " U "]}, {'protocol': 'tcp', 'from_port': 22, "
		   "'cidr_blocks': " U "}]]",
		   "[[" U ", {'protocol': 'tcp', 'from_port': 70000, 'to_port': '${var.p}'}]]",
		   sg_why);
	static const char *const cidr_why[] = { "/16 to /28" };
	check_rule(rule_vpc_cidr, NULL, "['10.${var.n}.0.0/16', " U "]", "['10.0.0.0/8']",
		   cidr_why);
}
#undef U

/* The runner (constraints.c) over the written rows: the attribute at fault,
 * unknowns passing, a path into nested blocks and lists, every aws type's
 * tags. */
static void test_runner(void **state)
{
	(void)state;
	struct strbuf err = STRBUF_INIT;
	const char *attr = NULL;
	json_t *c = js("{'name': 'acme-${var.env}', 'tags': {'aws:x': '1'}}");
	assert_int_equal(aws_constraints_check("aws.s3.bucket", c, NULL, &attr, &err), -1);
	assert_string_equal(attr, "tags");
	assert_string_equal(err.buf, "tags: key \"aws:x\": the aws: prefix is reserved for AWS's "
			    "own tags (e.g. \"team\" or \"acme:team\")");
	json_decref(c);
	strbuf_reset(&err);
	c = js("{'name': 'Acme', 'tags': {}}");
	json_object_set_new(c, "tags", value_unknown());
	assert_int_equal(aws_constraints_check("aws.s3.bucket", c, NULL, NULL, &err), -1);
	assert_string_equal(err.buf, "name: \"Acme\" has 'A': S3 bucket names use "
			    "only lowercase letters, digits, '.' and '-' (e.g. \"acme-lake-raw\")");
	json_object_set_new(c, "name", value_unknown());
	strbuf_reset(&err);
	assert_int_equal(aws_constraints_check("aws.s3.bucket", c, NULL, NULL, &err), 0);
	json_decref(c);
	/* A path: each element of a list, then a member. */
	c = js("{'predicate': {'conditions': [{'state': 'SUCCEEDED'}, {'state': '${var.s}'},"
	       " {'state': 'DONE'}]}}");
	strbuf_reset(&err);
	assert_int_equal(aws_constraints_check("aws.glue.trigger", c, NULL, &attr, &err), -1);
	assert_string_equal(attr, "predicate.conditions[].state");
	assert_non_null(strstr(err.buf, "predicate.conditions[2].state: \"DONE\" is not one of"));
	json_decref(c);
	c = js("{'predicate': {'conditions': '${var.conditions}'}, 'tags': {'team': 'a'}}");
	strbuf_reset(&err);
	assert_int_equal(aws_constraints_check("aws.glue.trigger", c, NULL, &attr, &err), 0);
	json_decref(c);
	/* Tags of a type no row names by itself. */
	c = js("{'tags': {'aws:x': '1'}}");
	strbuf_reset(&err);
	assert_int_equal(aws_constraints_check("aws.glue.connection", c, NULL, &attr, &err), -1);
	json_decref(c);
	strbuf_release(&err);
}

/* Settings that go together, rows for the whole resource (rules_table.c's
 * rows with no attribute): refused as written at validate, what is not
 * known yet passing. */
static void check_resource(const char *type, const char *resource, const char *why)
{
	struct strbuf err = STRBUF_INIT;
	const char *attr = "unset";
	json_t *r = js(resource);
	int rc = aws_constraints_check(type, r, NULL, &attr, &err);
	if (why && (rc != -1 || !strstr(err.buf, why)))
		fail_msg("%s %s: wanted \"%s\", got \"%s\"", type, resource, why, err.buf);
	if (!why && rc)
		fail_msg("%s %s: refused, which AWS accepts: %s", type, resource, err.buf);
	json_decref(r);
	strbuf_release(&err);
}

/* Issue 39 §4, by kind: settings of one resource against each other, a
 * limit set by another attribute, an account default (Block Public Access
 * on for new buckets), and what terrace adds counted against AWS's limits;
 * each with a value at the edge that passes. */
static void test_kinds_across_attributes(void **state)
{
	(void)state;
#define RS "'master_username': 'etl', 'master_password': 'Passw0rdX', 'skip_final_snapshot': true"
#define DB "'master_password': 'passw0rd-x', 'skip_final_snapshot': true"
	check_resource("aws.redshift.cluster", "{'node_type': 'ra3.xlplus', 'port': 5430, " RS "}",
		       "a cluster of ra3.xlplus nodes listens on a port from 5431 to 5455");
	check_resource("aws.redshift.cluster", "{'node_type': 'ra3.xlplus', 'port': 8216, " RS "}",
		       "from 8191 to 8215");
	check_resource("aws.redshift.cluster", "{'node_type': 'ra3.xlplus', 'port': 5455, " RS "}",
		       NULL);
	check_resource("aws.redshift.cluster", "{'node_type': 'ra3.xlplus', 'port': 8191, " RS "}",
		       NULL);
	check_resource("aws.redshift.cluster", "{'node_type': 'dc2.large', 'port': 5430, " RS "}",
		       NULL);
	check_resource("aws.redshift.cluster", "{'node_type': '${var.n}', 'port': 5430, " RS "}",
		       NULL);
	check_resource("aws.redshift.cluster", "{'node_type': 'ra3.16xlarge', " RS "}",
		       "number_of_nodes 1 (unset): a ra3.16xlarge cluster has 2 nodes or more");
	check_resource("aws.redshift.cluster", "{'node_type': 'dc2.8xlarge', 'number_of_nodes': 1, "
		       RS "}", "a dc2.8xlarge cluster has 2 nodes or more");
	check_resource("aws.redshift.cluster", "{'node_type': 'ra3.4xlarge', 'number_of_nodes': 2, "
		       RS "}", NULL);
	check_resource("aws.redshift.cluster", "{'node_type': 'ra3.4xlarge', 'number_of_nodes': "
		       "'${var.n}', " RS "}", NULL);
	check_resource("aws.rds.instance", "{'engine': 'sqlserver-ex', 'port': 49152, " DB "}",
		       "RDS for SQL Server takes no port of");
	check_resource("aws.rds.instance", "{'engine': 'sqlserver-ex', 'port': 49157, " DB "}", NULL);
	check_resource("aws.rds.instance", "{'engine': 'postgres', 'port': 1434, " DB "}", NULL);
	check_resource("aws.sfn.state_machine", "{'state_machine_type': 'EXPRESS', 'definition': "
		       "{'StartAt': 'A', 'States': {'A': {'Type': 'Parallel', 'Branches': [{'StartAt': "
		       "'B', 'States': {'B': {'Type': 'Task', 'Resource': "
		       "'arn:aws:states:::ecs:runTask.sync', 'End': true}}}], 'End': true}}}}",
		       "which an EXPRESS state machine does not support");
	check_resource("aws.sfn.state_machine", "{'state_machine_type': 'STANDARD', 'definition': "
		       "{'StartAt': 'A', 'States': {'A': {'Type': 'Task', 'Resource': "
		       "'arn:aws:states:::ecs:runTask.sync', 'End': true}}}}", NULL);
	check_resource("aws.sfn.state_machine", "{'state_machine_type': '${var.t}', 'definition': "
		       "{'StartAt': 'A', 'States': {'A': {'Type': 'Task', 'Resource': "
		       "'arn:aws:states:::ecs:runTask.sync', 'End': true}}}}", NULL);
	check_resource("aws.events.rule", "{'event_bus_name': 'orders', 'schedule_expression': "
		       "'rate(1 hour)'}", "runs scheduled rules on the default event bus only");
	check_resource("aws.events.rule", "{'event_bus_name': "
		       "'arn:aws:events:us-east-1:123456789012:event-bus/default', "
		       "'schedule_expression': 'rate(1 hour)'}", NULL);
	check_resource("aws.glue.job", "{'command': {'name': 'glueray', 'script_location': "
		       "'s3://b/k.py'}, 'glue_version': '4.0', 'worker_type': 'G.1X', "
		       "'number_of_workers': 2}", "a Ray job (command.name glueray) runs on Z.2X");
	check_resource("aws.glue.job", "{'command': {'name': 'glueray', 'script_location': "
		       "'s3://b/k.py'}, 'glue_version': '4.0', 'worker_type': 'Z.2X', "
		       "'number_of_workers': 2}", NULL);
	check_resource("aws.ec2.vpc", "{'cidr_block': '10.0.0.0/16', 'enable_dns_support': false, "
		       "'enable_dns_hostnames': true}", "needs enable_dns_support: true");
	check_resource("aws.ec2.vpc", "{'cidr_block': '10.0.0.0/16', 'enable_dns_support': "
		       "'${var.dns}', 'enable_dns_hostnames': true}", NULL);
#define PUBLIC "{'Version': '2012-10-17', 'Statement': [{'Effect': 'Allow', 'Principal': " \
	"{'AWS': ['arn:aws:iam::123456789012:root', '*']}, 'Action': 's3:GetObject', " \
	"'Resource': 'arn:aws:s3:::b/*'}]}"
	check_resource("aws.s3.bucket", "{'name': 'acme-b', 'policy': " PUBLIC "}",
		       "every new bucket has it on since April 2023");
	check_resource("aws.s3.bucket", "{'name': 'acme-b', 'policy': " PUBLIC ", "
		       "'public_access_block': {'block_public_policy': true}}",
		       "a public policy, which S3 refuses");
	check_resource("aws.s3.bucket", "{'name': 'acme-b', 'policy': " PUBLIC ", "
		       "'public_access_block': {'block_public_acls': true}}", NULL);
	check_resource("aws.s3.bucket", "{'name': 'acme-b', 'policy': " PUBLIC ", "
		       "'public_access_block': {'block_public_policy': '${var.b}'}}", NULL);
	check_resource("aws.s3.bucket", "{'name': 'acme-b', 'policy': '{\\\"Statement\\\": "
		       "{\\\"Effect\\\": \\\"Allow\\\", \\\"Principal\\\": \\\"*\\\", \\\"Action\\\": \\\"s3:GetObject\\\", "
		       "\\\"Resource\\\": \\\"arn:aws:s3:::b/*\\\"}}'}", "a public policy");
	check_resource("aws.s3.bucket", "{'name': 'acme-b', 'policy': {'Statement': [{'Effect': "
		       "'Allow', 'Principal': '*', 'Action': 's3:GetObject', 'Resource': "
		       "'arn:aws:s3:::b/*', 'Condition': {'StringEquals': {'aws:SourceVpce': "
		       "'vpce-1'}}}]}}", NULL);
#undef PUBLIC
#undef RS
#undef DB
	/* 2048 bytes of user metadata with terrace's content-sha256 (78). */
	char meta[2200];
	snprintf(meta, sizeof(meta), "{'bucket': 'b', 'key': 'k', 'content': 'x', 'metadata': "
		 "{'note': '%0*d'}}", 1966, 0);
	check_resource("aws.s3.object", meta, NULL);
	snprintf(meta, sizeof(meta), "{'bucket': 'b', 'key': 'k', 'content': 'x', 'metadata': "
		 "{'note': '%0*d'}}", 1967, 0);
	check_resource("aws.s3.object", meta, "2049 bytes of keys and values with terrace's own");
	snprintf(meta, sizeof(meta), "{'bucket': 'b', 'key': 'k', 'content': 'x', 'metadata': "
		 "{'note': '%0*d', '${var.k}': 'v'}}", 1967, 0);
	check_resource("aws.s3.object", meta, NULL);
}

/* The warnings of the rows marked warn: collected by attribute. */
static void collect_warning(void *ctx, const char *attr, const char *message)
{
	strbuf_addf(ctx, "%s|%s\n", attr, message);
}

static void check_warns(const char *type, const char *resource, const char *want)
{
	struct strbuf got = STRBUF_INIT, err = STRBUF_INIT;
	json_t *r = js(resource);
	aws_constraints_warn(type, r, NULL, collect_warning, &got);
	if (want ? !strstr(got.buf, want) : got.len != 0)
		fail_msg("%s %s: wanted warning \"%s\", got \"%s\"", type, resource,
			 want ? want : "(none)", got.buf);
	/* A warning is never a refusal. */
	if (aws_constraints_check(type, r, NULL, NULL, &err))
		fail_msg("%s %s: refused: %s", type, resource, err.buf);
	json_decref(r);
	strbuf_release(&got);
	strbuf_release(&err);
}

/* Which server a provider configuration talks to (aws_provider_server):
 * server, else TERRACE_AWS_SERVER, else AWS unless an endpoint is written
 * of another host or as ${...}. */
static void check_server(const char *provider, enum aws_server want)
{
	json_t *p = provider ? js(provider) : NULL;
	enum aws_server got = aws_provider_server(p);
	if (got != want)
		fail_msg("provider %s: server %d, wanted %d", provider ? provider : "(none written)",
			 (int)got, (int)want);
	json_decref(p);
}

/* A row of an AWS account's defaults on one resource, under `provider`
 * (NULL: one not at hand yet, the unknown value): refused (why) against
 * AWS; against another server, passed with the warning `warn`; while the
 * server is not known, passed without it. */
static void check_by_server(const char *type, const char *resource, const char *provider,
			    const char *why, const char *warn)
{
	struct strbuf err = STRBUF_INIT, got = STRBUF_INIT;
	json_t *r = js(resource), *p = provider ? js(provider) : value_unknown();
	int rc = aws_constraints_check(type, r, p, NULL, &err);

	aws_constraints_warn(type, r, p, collect_warning, &got);
	if (why ? rc != -1 || !strstr(err.buf, why) : rc != 0)
		fail_msg("%s under %s: wanted %s, got \"%s\"", type, provider ? provider : "?",
			 why ? why : "no refusal", err.buf);
	if (warn ? !strstr(got.buf, warn) : why ? false : got.len != 0)
		fail_msg("%s under %s: wanted warning \"%s\", got \"%s\"", type,
			 provider ? provider : "?", warn ? warn : "(none)", got.buf);
	json_decref(r);
	json_decref(p);
	strbuf_release(&err);
	strbuf_release(&got);
}

/* Issue 47 §1: what rests on an AWS account's defaults (Block Public
 * Access on every new bucket, IAM's default quota of a trust policy's
 * length) holds where the provider's server is AWS and is a warning
 * against another S3 server (MinIO, Ceph); the suite's moto, with an
 * endpoint of its own, is AWS through TERRACE_AWS_SERVER. */
static void test_account_defaults_by_server(void **state)
{
	char *saved = getenv("TERRACE_AWS_SERVER") ? strdup(getenv("TERRACE_AWS_SERVER")) : NULL;
	char trust[2300];
	(void)state;

	unsetenv("TERRACE_AWS_SERVER");
	check_server(NULL, AWS_SERVER_AWS);
	check_server("{}", AWS_SERVER_AWS);
	check_server("{'region': 'eu-west-1', 'path_style': true}", AWS_SERVER_AWS);
	check_server("{'endpoint': 'https://s3.eu-west-1.amazonaws.com'}", AWS_SERVER_AWS);
	check_server("{'endpoint': 'https://S3.CN-NORTH-1.AMAZONAWS.COM.CN/'}", AWS_SERVER_AWS);
	check_server("{'endpoints': {'s3': 'https://s3.dualstack.us-east-1.amazonaws.com', "
		     "'sts': 'https://sts.us-east-1.api.aws:443'}}", AWS_SERVER_AWS);
	check_server("{'endpoint': 'http://minio:9000'}", AWS_SERVER_OTHER);
	check_server("{'endpoint': 'http://127.0.0.1:9000'}", AWS_SERVER_OTHER);
	check_server("{'endpoint': 'http://evilamazonaws.com'}", AWS_SERVER_OTHER);
	check_server("{'endpoint': 'http://s3.amazonaws.com.example.org'}", AWS_SERVER_OTHER);
	check_server("{'endpoint': '${var.endpoint}'}", AWS_SERVER_OTHER);
	check_server("{'endpoints': {'s3': 'http://ceph.lan:7480', 'sts': "
		     "'https://sts.amazonaws.com'}}", AWS_SERVER_OTHER);
	check_server("{'endpoints': '${var.urls}'}", AWS_SERVER_OTHER);
	check_server("{'server': 'aws', 'endpoint': 'http://127.0.0.1:5000'}", AWS_SERVER_AWS);
	check_server("{'server': 'minio'}", AWS_SERVER_OTHER);
	check_server("{'server': 'other', 'endpoint': 'https://s3.amazonaws.com'}",
		     AWS_SERVER_OTHER);
	check_server("{'server': '${var.server}'}", AWS_SERVER_UNKNOWN);
	json_t *unknown = value_unknown(); /* a module's provider at validate */
	assert_int_equal(aws_provider_server(unknown), AWS_SERVER_UNKNOWN);
	json_decref(unknown);
	setenv("TERRACE_AWS_SERVER", "aws", 1);
	check_server("{'endpoint': 'http://127.0.0.1:5000'}", AWS_SERVER_AWS);
	check_server("{'server': 'minio', 'endpoint': 'http://127.0.0.1:9000'}", AWS_SERVER_OTHER);
	setenv("TERRACE_AWS_SERVER", "ceph", 1);
	check_server(NULL, AWS_SERVER_OTHER);
	check_server("{'server': 'aws'}", AWS_SERVER_AWS);
	unsetenv("TERRACE_AWS_SERVER");

#define PUBLIC "{'name': 'acme-site', 'policy': {'Version': '2012-10-17', 'Statement': " \
	"[{'Sid': 'PublicRead', 'Effect': 'Allow', 'Principal': {'AWS': ['*']}, 'Action': " \
	"'s3:GetObject', 'Resource': 'arn:aws:s3:::acme-site/public/*'}]}}"
	check_by_server("aws.s3.bucket", PUBLIC, "{}", "a public policy, which S3 refuses", NULL);
	check_by_server("aws.s3.bucket", PUBLIC, "{}", "a provider whose server is not AWS says "
			"so with server: minio, ceph or other", NULL);
	check_by_server("aws.s3.bucket", PUBLIC, "{'endpoint': 'https://s3.amazonaws.com'}",
			"a public policy", NULL);
	check_by_server("aws.s3.bucket", PUBLIC, "{'server': 'minio', 'endpoint': "
			"'http://127.0.0.1:9000', 'path_style': true}", NULL,
			"a public policy, which S3 refuses");
	check_by_server("aws.s3.bucket", PUBLIC, "{'endpoint': 'http://minio:9000'}", NULL,
			"the provider's server is not AWS, so a warning");
	check_by_server("aws.s3.bucket", PUBLIC, NULL, NULL, NULL); /* not known yet */
	/* Against another server the rest of the table holds: a bucket name. */
	check_by_server("aws.s3.bucket", "{'name': 'Acme_Site'}", "{'server': 'minio'}",
			"bucket names", NULL);
#undef PUBLIC
	/* A trust policy's 2,048 characters, IAM's default quota. */
	snprintf(trust, sizeof(trust), "{'name': 'r', 'assume_role_policy': {'Version': "
		 "'2012-10-17', 'Statement': [{'Effect': 'Allow', 'Principal': {'Service': "
		 "'glue.amazonaws.com'}, 'Action': 'sts:AssumeRole', 'Condition': {'StringEquals': "
		 "{'aws:SourceAccount': '%0*d'}}}]}}", 2000, 0);
	check_by_server("aws.iam.role", trust, "{}", "a role trust policy (the default quota)",
			NULL);
	check_by_server("aws.iam.role", trust, "{'server': 'ceph'}", NULL,
			"a role trust policy (the default quota) is 2048 at most");
	/* Its grammar is the API's, whatever the server. */
	check_by_server("aws.iam.role", "{'name': 'r', 'assume_role_policy': {'Version': "
			"'2012-10-17'}}", "{'server': 'ceph'}", "needs Statement", NULL);
	if (saved)
		setenv("TERRACE_AWS_SERVER", saved, 1);
	free(saved);
}

/* What AWS takes and the run fails on: warnings, at their edges. */
static void test_warnings_of_run_time(void **state)
{
	(void)state;
	check_warns("aws.sfn.state_machine", "{'state_machine_type': 'EXPRESS', 'definition': "
		    "{'StartAt': 'W', 'States': {'W': {'Type': 'Wait', 'Seconds': 301, 'End': true}}}}",
		    "|definition: state \"W\": Seconds 301: an EXPRESS execution lasts at most 300");
	check_warns("aws.sfn.state_machine", "{'state_machine_type': 'EXPRESS', 'definition': "
		    "{'StartAt': 'W', 'States': {'W': {'Type': 'Wait', 'Seconds': 300, 'End': true}}}}",
		    NULL);
	check_warns("aws.sfn.state_machine", "{'state_machine_type': 'EXPRESS', 'definition': "
		    "{'TimeoutSeconds': 600, 'StartAt': 'W', 'States': {'W': {'Type': 'Succeed'}}}}",
		    "TimeoutSeconds 600");
	check_warns("aws.sfn.state_machine", "{'state_machine_type': 'EXPRESS', 'definition': "
		    "{'StartAt': 'M', 'States': {'M': {'Type': 'Map', 'ItemProcessor': {'StartAt': "
		    "'T', 'States': {'T': {'Type': 'Task', 'Resource': 'arn:aws:states:::lambda:invoke',"
		    " 'HeartbeatSeconds': 400, 'End': true}}}, 'End': true}}}}", "HeartbeatSeconds 400");
	check_warns("aws.sfn.state_machine", "{'state_machine_type': 'STANDARD', 'definition': "
		    "{'StartAt': 'W', 'States': {'W': {'Type': 'Wait', 'Seconds': 86400, 'End': true}}}}",
		    NULL);
	check_warns("aws.sfn.state_machine", "{'state_machine_type': 'EXPRESS', 'definition': "
		    "{'StartAt': 'W', 'States': {'W': {'Type': 'Wait', 'Seconds': '${var.s}', "
		    "'End': true}}}}", NULL);
#define SCHED(EXPR, START, END) \
	"{'schedule_expression': '" EXPR "', 'start_date': '" START "', 'end_date': '" END "', " \
	"'flexible_time_window': {'mode': 'OFF'}}"
	check_warns("aws.scheduler.schedule", SCHED("rate(1 day)", "2030-01-01T00:00:00Z",
						     "2030-01-01T00:00:00Z"),
		    "is not after start_date 2030-01-01T00:00:00Z: the schedule never invokes");
	check_warns("aws.scheduler.schedule", SCHED("rate(1 day)", "2030-01-01T00:00:00Z",
						     "2030-01-01T00:00:01Z"), NULL);
	check_warns("aws.scheduler.schedule", SCHED("at(2030-06-01T00:00:00)",
						     "2030-01-01T00:00:00Z", "2029-01-01T00:00:00Z"),
		    NULL);
	check_warns("aws.scheduler.schedule", SCHED("rate(1 day)", "${var.start}",
						     "2029-01-01T00:00:00Z"), NULL);
#undef SCHED
}

static void test_settings_together(void **state)
{
	(void)state;
	check_resource("aws.glue.job", "{'worker_type': 'G.1X', 'number_of_workers': 2, "
		       "'max_capacity': 10}", "set worker_type with number_of_workers, or max_capacity");
	check_resource("aws.glue.job", "{'worker_type': 'G.1X'}",
		       "worker_type and number_of_workers must be set together");
	check_resource("aws.glue.job", "{'worker_type': '${var.w}', 'number_of_workers': "
		       "'${var.n}'}", NULL);
	check_resource("aws.glue.job", "{'command': {'name': 'glueetl'}}",
		       "command.script_location must be set");
	check_resource("aws.glue.job", "{'command': '${var.command}'}", NULL);
	check_resource("aws.glue.trigger", "{'trigger_type': 'SCHEDULED', 'actions': "
		       "[{'job_name': 'j'}]}", "a SCHEDULED trigger needs a schedule");
	check_resource("aws.glue.trigger", "{'trigger_type': '${var.t}', 'actions': "
		       "[{'job_name': 'j'}]}", NULL);
	check_resource("aws.glue.trigger", "{'trigger_type': 'ON_DEMAND', 'enabled': true, "
		       "'actions': [{'job_name': 'j'}]}", "enabled does not apply to ON_DEMAND");
	check_resource("aws.glue.trigger", "{'trigger_type': 'CONDITIONAL', 'predicate': "
		       "{'conditions': [{'job_name': 'j'}]}, 'actions': [{'job_name': 'k'}]}",
		       "predicate condition 0 must set job_name with state");
	check_resource("aws.glue.trigger", "{'trigger_type': 'CONDITIONAL', 'predicate': "
		       "{'conditions': '${var.c}'}, 'actions': '${var.a}'}", NULL);
	check_resource("aws.glue.trigger", "{'trigger_type': 'ON_DEMAND', 'actions': []}",
		       "actions must list at least one action");
	check_resource("aws.glue.trigger", "{'trigger_type': 'ON_DEMAND', 'actions': "
		       "[{'job_name': 'j', 'crawler_name': 'c'}]}", "action 0 must set exactly one");
	check_resource("aws.glue.crawler", "{'s3_targets': []}", "s3_targets must list at least one");
	check_resource("aws.glue.crawler", "{'s3_targets': [{'exclusions': ['x']}]}",
		       "s3_targets item 0 must set path");
	check_resource("aws.glue.crawler", "{'s3_targets': ['${var.t}']}", NULL);
	check_resource("aws.athena.workgroup", "{'encryption': 'SSE_KMS'}",
		       "kms_key must be set with encryption SSE_KMS");
	check_resource("aws.athena.workgroup", "{'encryption': 'SSE_KMS', 'kms_key': '${k.arn}'}",
		       NULL);
	check_resource("aws.athena.workgroup", "{'kms_key': 'k'}", "kms_key is only for encryption");
	check_resource("aws.athena.workgroup", "{'encryption': '${var.e}', 'kms_key': 'k'}", NULL);
	check_resource("aws.ec2.nat_gateway", "{'subnet_id': 's'}", "allocation_id must be set");
	check_resource("aws.ec2.nat_gateway", "{'connectivity_type': 'private'}", NULL);
	check_resource("aws.ec2.nat_gateway", "{'connectivity_type': '${var.k}'}", NULL);
	check_resource("aws.scheduler.schedule", "{'flexible_time_window': {'mode': 'FLEXIBLE'}}",
		       "flexible_time_window: mode FLEXIBLE needs maximum_window_in_minutes");
	check_resource("aws.scheduler.schedule", "{'flexible_time_window': {'mode': 'OFF', "
		       "'maximum_window_in_minutes': 5}}", "only allowed with mode FLEXIBLE");
	check_resource("aws.scheduler.schedule", "{'flexible_time_window': {'mode': 'FLEXIBLE', "
		       "'maximum_window_in_minutes': '${var.m}'}}", NULL);
	check_resource("aws.sfn.state_machine", "{'logging_configuration': {'level': 'ERROR'}}",
		       "logging_configuration: level ERROR needs log_group_arn");
	check_resource("aws.sfn.state_machine", "{'logging_configuration': {'level': 'OFF'}}", NULL);
	check_resource("aws.glue.table", "{'view': {'sql': 'SELECT 1', 'columns': []}}",
		       "view.columns: a view has at least one column");
	check_resource("aws.glue.table", "{'view': {'sql': 'x'}, 'table_type': 'EXTERNAL_TABLE'}",
		       "a view's table_type is VIRTUAL_VIEW");
	check_resource("aws.glue.table", "{'view': {'sql': 'x', 'columns': '${var.c}'}}", NULL);
	check_resource("aws.glue.connection", "{'connection_properties': {'PASSWORD': 'p'}}",
		       "connection_properties: must not hold PASSWORD");
	check_resource("aws.rds.instance", "{'master_password': 'Passw0rd-1', "
		       "'manage_master_user_password': true}", "not both");
	check_resource("aws.rds.instance", "{}", "master_password is not set");
	check_resource("aws.rds.instance", "{'master_password': '${var.pw}', "
		       "'skip_final_snapshot': true}", NULL);
	check_resource("aws.rds.instance", "{'manage_master_user_password': '${var.m}', "
		       "'final_snapshot_identifier': 'Orders-Final'}", NULL);
	check_resource("aws.rds.instance", "{'manage_master_user_password': true}",
		       "final_snapshot_identifier must be set when skip_final_snapshot is false");
	check_resource("aws.rds.instance", "{'manage_master_user_password': true, "
		       "'skip_final_snapshot': '${var.skip}'}", NULL);
	check_resource("aws.rds.instance", "{'identifier': 'Db-One', 'skip_final_snapshot': true, "
		       "'manage_master_user_password': true}", NULL);
	check_resource("aws.redshift.cluster", "{'cluster_identifier': 'Wh-One', "
		       "'skip_final_snapshot': true}", "cluster_identifier: \"Wh-One\" is not valid");
	check_resource("aws.redshift.cluster", "{'skip_final_snapshot': false}",
		       "final_snapshot_identifier must be set");
	check_resource("aws.rds.subnet_group", "{'name': 'Orders_DB', 'subnet_ids': ['s-1']}", NULL);
	check_resource("aws.rds.subnet_group", "{'name': 'default', 'subnet_ids': ['s-1']}",
		       "name: \"default\" is not valid");
	check_resource("aws.redshift.subnet_group", "{'name': 'wh', 'subnet_ids': []}",
		       "subnet_ids: an empty list");
	check_resource("aws.redshift.subnet_group", "{'name': 'wh', 'subnet_ids': '${var.s}'}", NULL);
	check_resource("aws.glue.connection", "{'connection_type': 'NETWORK'}",
		       "physical_connection_requirements is missing: a NETWORK connection");
	check_resource("aws.glue.connection", "{'connection_type': 'NETWORK', "
		       "'physical_connection_requirements': {'subnet_id': 's', "
		       "'availability_zone': 'z'}}",
		       "physical_connection_requirements: security_group_id_list is missing");
	check_resource("aws.glue.connection", "{'physical_connection_requirements': "
		       "{'subnet_id': 's'}}", "security_group_id_list is missing: a JDBC connection");
	check_resource("aws.glue.connection", "{'connection_type': '${var.t}'}", NULL);
	check_resource("aws.glue.connection", "{'physical_connection_requirements': "
		       "'${var.pcr}', 'connection_type': 'NETWORK'}", NULL);
	check_resource("aws.glue.connection", "{'connection_type': 'NETWORK', "
		       "'physical_connection_requirements': {'subnet_id': '${s.id}', "
		       "'security_group_id_list': ['${g.id}'], 'availability_zone': '${s.az}'}}",
		       NULL);
	check_resource("aws.lambda.function", "{'source': 'src/', 's3_bucket': 'b', 's3_key': 'k'}",
		       "set exactly one of source (or build, or python) and s3_bucket");
	check_resource("aws.lambda.function", "{'s3_bucket': 'b'}", "s3_bucket and s3_key go together");
	check_resource("aws.lambda.function", "{'source': 'src/', 's3_object_version': '1'}",
		       "s3_object_version goes with s3_bucket and s3_key");
	check_resource("aws.lambda.layer_version", "{'build': {'command': ['make']}, "
		       "'python': {'requirements': 'r.txt'}}", "set build or python, not both");
	check_resource("aws.lambda.layer_version", "{'python': {'requirements': 'r.txt'}}", NULL);
	check_resource("aws.lambda.function", "{'python': {'requirements': 'r.txt'}, "
		       "'source': '/etc/passwd'}",
		       "with python, source must be a folder (its files are copied beside the "
		       "packages pip installs), not /etc/passwd");
	check_resource("aws.lambda.layer_version", "{'python': {'requirements': 'r.txt'}, "
		       "'source': '/nonexistent-t'}", "source must be a folder");
	check_resource("aws.lambda.function", "{'python': {'requirements': 'r.txt'}, "
		       "'source': '/'}", NULL);
	check_resource("aws.lambda.function", "{'python': {'requirements': 'r.txt'}, "
		       "'source': '${var.src}'}", NULL);
	check_resource("aws.lambda.function", "{'source': '/etc/passwd'}", NULL);
	check_resource("aws.lambda.layer_version", "{'s3_bucket': '${b.name}', 's3_key': 'k'}", NULL);
	check_resource("aws.s3.artifact", "{'bucket': 'b'}", "set source (the local file to upload)");
	check_resource("aws.s3.artifact", "{'build': {'command': ['make']}}", NULL);
	check_resource("aws.ec2.vpc_endpoint", "{'vpc_endpoint_type': 'Interface', "
		       "'route_table_ids': ['rtb-1']}", "route_table_ids is for Gateway endpoints");
	check_resource("aws.ec2.vpc_endpoint", "{'subnet_ids': ['subnet-1']}",
		       "are for Interface endpoints");
	check_resource("aws.ec2.vpc_endpoint", "{'vpc_endpoint_type': '${var.k}', "
		       "'subnet_ids': ['subnet-1']}", NULL);
	check_resource("aws.ec2.route_table", "{'routes': [{'destination_cidr_block': '0.0.0.0/0'}]}",
		       "routes: item 0: set exactly one of gateway_id and nat_gateway_id");
	check_resource("aws.ec2.route_table", "{'routes': [{'destination_cidr_block': '10.0.0.0/8', "
		       "'gateway_id': 'a'}, {'destination_cidr_block': '10.0.0.0/8', "
		       "'nat_gateway_id': 'b'}]}", "item 1: destination 10.0.0.0/8 is routed twice");
	check_resource("aws.ec2.route_table", "{'routes': [{'destination_cidr_block': '${var.d}', "
		       "'gateway_id': 'a'}, {'destination_cidr_block': '${var.d}', "
		       "'nat_gateway_id': 'b'}]}", NULL);
	check_resource("aws.secretsmanager.secret", "{'recovery_window_in_days': 3}",
		       "recovery_window_in_days: must be 0 (delete at once) or a whole number");
	check_resource("aws.secretsmanager.secret", "{'recovery_window_in_days': 0}", NULL);
	check_resource("aws.secretsmanager.secret", "{'recovery_window_in_days': 30}", NULL);
	check_resource("aws.lambda.function", "{'architectures': []}",
		       "architectures: must hold exactly one");
	check_resource("aws.lambda.function", "{'architectures': ['arm64'], 'source': 'src/'}",
		       NULL);
	check_resource("aws.iam.user", "{'access_key': true}", "set credentials_secret");
	check_resource("aws.iam.user", "{'access_key': true, 'credentials_secret': '${s.name}'}",
		       NULL);
	check_resource("aws.ec2.instance", "{'root_volume_size': 0}", "root_volume_size: 0");
	check_resource("aws.ec2.instance", "{'host_keys_timeout': 3601}", "host_keys_timeout: 3601");
	check_resource("aws.redshift.cluster", "{'number_of_nodes': 0}", "number_of_nodes: 0");
}

/* ---- issue 31 section 2: the documented rules the models do not carry ---- */

/* A string of n copies of c, as a JSON string literal in single quotes. */
static char *repeat(char c, size_t n)
{
	char *s = malloc(n + 3);
	s[0] = '\'';
	memset(s + 1, c, n);
	s[n + 1] = '\'';
	s[n + 2] = '\0';
	return s;
}

/* Every message of rule fn on value v (a JSON text) under resource r: the
 * value itself never appears in it (a password). */
static void check_secret_kept(aws_rule_fn fn, const char *resource, const char *secret)
{
	struct strbuf err = STRBUF_INIT;
	json_t *r = js(resource), *v = json_string(secret);
	assert_int_equal(fn(v, r, &err), -1);
	if (strstr(err.buf, secret))
		fail_msg("the message shows the password: %s", err.buf);
	json_decref(r);
	json_decref(v);
	strbuf_release(&err);
}

/* Ports, a PostgreSQL database name and a route's destination: rows of the
 * table at their edges, through the table. */
static void test_ports_names_routes(void **state)
{
	(void)state;
	static const char *const port_why[] = { "1149, where AWS takes 1150 to 65535",
						"65536, where AWS takes 1150 to 65535" };
	check_table("aws.rds.instance", "port", "[1150, 5432, 65535, '${var.port}']",
		    "[1149, 65536]", port_why);
	check_table("aws.redshift.cluster", "port", "[1150, 5439, 65535]", "[1149, 65536]",
		    port_why);
	static const char *const db_why[] = { "a PostgreSQL database name is 1 to 63",
					      "a PostgreSQL database name is 1 to 63",
					      "a PostgreSQL database name is 1 to 63" };
	char *n63 = repeat('d', 63), *n64 = repeat('d', 64);
	char good[256], bad[256];
	snprintf(good, sizeof(good), "['orders', 'Orders_2', %s, '${var.db}']", n63);
	snprintf(bad, sizeof(bad), "['2orders', 'orders-db', %s]", n64);
	check_table("aws.rds.instance", "db_name", good, bad, db_why);
	free(n63);
	free(n64);
	static const char *const rs_db_why[] = { "a Redshift database name has 1 to 64",
						 "is a Redshift reserved word",
						 "a Redshift database name has 1 to 64" };
	char *r64 = repeat('w', 64), *r65 = repeat('w', 65);
	snprintf(good, sizeof(good), "['dev', 'lake_2', %s, '${var.db}']", r64);
	snprintf(bad, sizeof(bad), "['my-db', 'select', %s]", r65);
	check_table("aws.redshift.cluster", "database_name", good, bad, rs_db_why);
	free(r64);
	free(r65);
	/* MySQL's: 1 to 64 letters, digits and _, a letter first (no hyphen);
	 * SQL Server's: none at all; Oracle's: at most 8 characters. */
	check_resource("aws.rds.instance", "{'engine': 'mysql', 'db_name': 'orders-db', "
		       "'manage_master_user_password': true, 'skip_final_snapshot': true}",
		       "a database name is 1 to 64 letters, digits and _");
	check_resource("aws.rds.instance", "{'engine': 'mysql', 'db_name': 'orders_db', "
		       "'manage_master_user_password': true, 'skip_final_snapshot': true}", NULL);
	check_resource("aws.rds.instance", "{'engine': 'sqlserver-se', 'db_name': 'orders', "
		       "'manage_master_user_password': true, 'skip_final_snapshot': true}",
		       "takes no database name");
	check_resource("aws.rds.instance", "{'engine': 'oracle-ee', 'db_name': 'ORDERS_DB', "
		       "'manage_master_user_password': true, 'skip_final_snapshot': true}",
		       "has at most 8 characters");
	check_resource("aws.rds.instance", "{'engine': '${var.engine}', 'db_name': 'orders-db', "
		       "'manage_master_user_password': true, 'skip_final_snapshot': true}", NULL);
	check_resource("aws.ec2.route_table", "{'routes': [{'destination_cidr_block': '0.0.0.0/0', "
		       "'gateway_id': 'igw-1'}, {'destination_cidr_block': '${var.office}', "
		       "'nat_gateway_id': 'nat-1'}]}", NULL);
	/* A security group rule's description: 255 of the documented characters. */
	char *d255 = repeat('d', 255), *d256 = repeat('d', 256);
	static const char *const desc_why[] = { "a rule's description takes letters, digits",
						"a rule's description takes letters, digits",
						"has 256 characters" };
	char dgood[600], big[600];
	snprintf(dgood, sizeof(dgood), "['from the office (VPN) #2: ssh/psql [a+b=c]; {x}!$*&@,', "
		 "%s, '${var.why}']", d255);
	snprintf(big, sizeof(big), "['tab\\there', 'caf\u00e9', %s]", d256);
	check_rule(rule_sg_rule_description, NULL, dgood, big, desc_why);
	free(d255);
	free(d256);
	check_resource("aws.ec2.security_group", "{'ingress': [{'protocol': 'tcp', 'from_port': 22, "
		       "'cidr_blocks': ['10.0.0.0/8'], 'description': 'ssh <admins>'}]}",
		       "ingress[0].description: \"ssh <admins>\": a rule's description takes");
	check_resource("aws.ec2.route_table", "{'routes': [{'destination_cidr_block': '10.0.0.0', "
		       "'gateway_id': 'igw-1'}]}",
		       "routes[0].destination_cidr_block: \"10.0.0.0\" is not an IPv4 CIDR block");
}

static void test_database_rules(void **state)
{
	(void)state;
	char good[1024], bad[1024];
	char *p8 = repeat('p', 8), *p7 = repeat('p', 7), *p128 = repeat('p', 128),
	     *p129 = repeat('p', 129), *p41 = repeat('p', 41), *p42 = repeat('p', 42),
	     *p30 = repeat('p', 30), *p31 = repeat('p', 31);
	/* RDS passwords by engine: postgres (the default) 8-128. */
	static const char *const pg_why[] = { "has 7 characters: a postgres master password has 8 to 128",
					      "has 129 characters", "holds a character RDS refuses",
					      "holds a character RDS refuses",
					      "holds a character RDS refuses",
					      "holds a character RDS refuses",
					      "holds a character RDS refuses" };
	snprintf(good, sizeof(good), "[%s, %s, '!#$%%&()*+,-.:;<=>?[]^_`{|}~09azAZ\\u0027', '${var.pw}']",
		 p8, p128);
	snprintf(bad, sizeof(bad), "[%s, %s, 'pass/word', 'pass\\\"word', 'pass@word', "
		 "'pass word', 'pass\xc3\xa9word']", p7, p129);
	check_rule(rule_rds_master_password, "{}", good, bad, pg_why);
	check_rule(rule_rds_master_password, "{'engine': 'postgres'}", good, bad, pg_why);
	/* mysql and mariadb 8-41. */
	static const char *const my_why[] = { "has 42 characters: a mysql master password has 8 to 41" };
	snprintf(good, sizeof(good), "[%s, %s]", p8, p41);
	snprintf(bad, sizeof(bad), "[%s]", p42);
	check_rule(rule_rds_master_password, "{'engine': 'mysql'}", good, bad, my_why);
	static const char *const maria_why[] = { "a mariadb master password has 8 to 41" };
	check_rule(rule_rds_master_password, "{'engine': 'mariadb'}", good, bad, maria_why);
	/* Oracle 8-30, and no & or '. */
	static const char *const ora_why[] = { "has 31 characters", "and for Oracle & and '",
					       "and for Oracle & and '" };
	snprintf(good, sizeof(good), "[%s, %s]", p8, p30);
	snprintf(bad, sizeof(bad), "[%s, 'pass&word', 'pass\\u0027word']", p31);
	check_rule(rule_rds_master_password, "{'engine': 'oracle-ee'}", good, bad, ora_why);
	/* An engine not known yet: the characters and the least length only. */
	static const char *const any_why[] = { "has at least 8", "holds a character" };
	snprintf(good, sizeof(good), "[%s]", p129);
	check_rule(rule_rds_master_password, "{'engine': '${var.engine}'}", good,
		   "['short', 'pass/word']", any_why);
	/* The value never shows. */
	check_secret_kept(rule_rds_master_password, "{}", "Sh0rt-1");
	check_secret_kept(rule_rds_master_password, "{}", "Secret/Pa55word");
	check_secret_kept(rule_rds_master_password, "{'engine': 'mysql'}",
			  "Secret-Pa55word-Secret-Pa55word-Secret-Pa55");

	/* RDS master user names: a letter, then letters, digits, _; the
	 * engine's length; rdsadmin, and admin on postgres. */
	char *u63 = repeat('u', 63), *u64 = repeat('u', 64), *u32 = repeat('u', 32),
	     *u33 = repeat('u', 33), *u16 = repeat('u', 16), *u17 = repeat('u', 17);
	static const char *const upg_why[] = {
		"has 64 characters: a postgres master user name has 1 to 63",
					       "a letter, then letters", "a letter, then letters",
					       "a letter, then letters", "\"rdsadmin\" is reserved by RDS",
					       "\"admin\" is reserved by PostgreSQL" };
	snprintf(good, sizeof(good), "['a', 'etl_admin', 'Postgres', 'A1_b', %s, '${var.user}']",
		 u63);
	snprintf(bad, sizeof(bad), "[%s, '1etl', '_etl', 'etl-admin', 'rdsadmin', 'admin']", u64);
	check_rule(rule_rds_master_username, "{}", good, bad, upg_why);
	static const char *const umy_why[] = { "a mysql master user name has 1 to 32",
					       "\"rdsadmin\" is reserved" };
	snprintf(good, sizeof(good), "['admin', %s]", u32);
	snprintf(bad, sizeof(bad), "[%s, 'rdsadmin']", u33);
	check_rule(rule_rds_master_username, "{'engine': 'mysql'}", good, bad, umy_why);
	static const char *const uma_why[] = { "a mariadb master user name has 1 to 16" };
	snprintf(good, sizeof(good), "['admin', %s]", u16);
	snprintf(bad, sizeof(bad), "[%s]", u17);
	check_rule(rule_rds_master_username, "{'engine': 'mariadb'}", good, bad, uma_why);

	/* Allocated storage: 20 to 65536 GiB, SQL Server 16384, RDS Custom from 40. */
	static const char *const st_why[] = { "19 GiB: a postgres instance", "65537 GiB",
					      "not a whole number" };
	check_rule(rule_rds_allocated_storage, "{}", "[20, 65536, '${var.gib}', '100']",
		   "[19, 65537, 20.5]", st_why);
	static const char *const sq_why[] = { "16385 GiB: a sqlserver-ex instance" };
	check_rule(rule_rds_allocated_storage, "{'engine': 'sqlserver-ex'}", "[20, 16384]",
		   "[16385]", sq_why);
	static const char *const cu_why[] = {
		"39 GiB: a custom-oracle-ee instance on General Purpose (SSD) storage takes 40"
	};
	check_rule(rule_rds_allocated_storage, "{'engine': 'custom-oracle-ee'}", "[40]", "[39]",
		   cu_why);
	check_rule(rule_rds_allocated_storage, "{'engine': '${var.e}'}", "[5, 100000]", "[]", NULL);
	/* Backup retention: 0 to 35 days (a row of the table). */
#define RDS_WITH(ATTRS) "{'manage_master_user_password': true, 'skip_final_snapshot': true, " ATTRS "}"
	check_resource("aws.rds.instance", RDS_WITH("'backup_retention_period': 0"), NULL);
	check_resource("aws.rds.instance", RDS_WITH("'backup_retention_period': 35"), NULL);
	check_resource("aws.rds.instance", RDS_WITH("'backup_retention_period': '${var.days}'"),
		       NULL);
	check_resource("aws.rds.instance", RDS_WITH("'backup_retention_period': -1"),
		       "backup_retention_period: -1, where AWS takes 0 to 35");
	check_resource("aws.rds.instance", RDS_WITH("'backup_retention_period': 36"),
		       "backup_retention_period: 36, where AWS takes 0 to 35");
	check_resource("aws.rds.instance", RDS_WITH("'master_username': 'admin'"),
		       "master_username: \"admin\" is reserved by PostgreSQL");
	check_resource("aws.rds.instance", RDS_WITH("'master_username': 'admin', 'engine': "
						    "'mysql'"), NULL);
#undef RDS_WITH

	/* Redshift passwords: 8-64, upper, lower, digit; ASCII 33-126 but ' " \ / @. */
	char *r64 = malloc(80);
	snprintf(r64, 80, "'Aa1%s'", "ppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp");
	char *r65 = malloc(80);
	snprintf(r65, 80, "'Aa1%s'", "pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp");
	static const char *const rs_why[] = { "has 7 characters: a Redshift master password has 8 to 64",
					      "has 65 characters", "has no upper-case letter",
					      "has no lower-case letter", "has no digit",
					      "holds a character Redshift refuses",
					      "holds a character Redshift refuses",
					      "holds a character Redshift refuses",
					      "holds a character Redshift refuses",
					      "holds a character Redshift refuses",
					      "holds a character Redshift refuses" };
	snprintf(good, sizeof(good), "['Passw0rd', %s, 'Aa1!#$%%&()*+,-.:;<=>?[]^_`{|}~', '${var.pw}']",
		 r64);
	snprintf(bad, sizeof(bad), "['Passw0r', %s, 'passw0rd', 'PASSW0RD', 'Password', "
		 "'Passw0rd\\u0027', 'Passw0rd\\\"', 'Passw0rd\\\\', 'Passw0rd/', 'Passw0rd@', "
		 "'Passw0rd here']", r65);
	check_rule(rule_redshift_master_password, NULL, good, bad, rs_why);
	check_secret_kept(rule_redshift_master_password, "{}", "password-without-upper1");
	check_secret_kept(rule_redshift_master_password, "{}", "Pa55/word");
	/* Redshift user names: 1-128, a letter first, _ + . @ -; no reserved word. */
	char *n128 = repeat('n', 128), *n129 = repeat('n', 129);
	static const char *const rn_why[] = { "has 1 to 128", "a letter first", "a letter first",
					      "a letter first", "\"public\" is a Redshift reserved word",
					      "\"User\" is a Redshift reserved word",
					      "\"select\" is a Redshift reserved word" };
	snprintf(good, sizeof(good), "['a', 'etl_admin', 'etl.admin+1@corp-x', 'admin', %s, "
		 "'${var.user}', 'users']", n128);
	snprintf(bad, sizeof(bad), "[%s, '1etl', 'etl:admin', 'etl/admin', 'public', 'User', "
		 "'select']", n129);
	check_rule(rule_redshift_master_username, NULL, good, bad, rn_why);
	free(p8); free(p7); free(p128); free(p129); free(p41); free(p42); free(p30); free(p31);
	free(u63); free(u64); free(u32); free(u33); free(u16); free(u17);
	free(r64); free(r65); free(n128); free(n129);
}

static void test_lambda_environment(void **state)
{
	(void)state;
	static const char *const why[] = { "key \"A\": an environment variable's name",
					   "key \"1A\"", "key \"MY-VAR\"", "key \"_HANDLER\"",
					   "key \"AWS_REGION\" is reserved",
					   "key \"AWS_ACCESS_KEY_ID\" is reserved",
					   "key \"LAMBDA_TASK_ROOT\" is reserved" };
	check_rule(rule_lambda_environment, NULL,
		   "[{'AB': '1', 'LOG_LEVEL': 'debug', 'a_1': '', 'TZ': 'Europe/Paris', "
		   "'AWS_LAMBDA_EXEC_WRAPPER': '/opt/w', 'PATH': '/bin', "
		   "'${var.key}': 'x', 'K2': '${var.v}'}, {'$unknown': true}, '${var.env}']",
		   "[{'A': '1'}, {'1A': '1'}, {'MY-VAR': '1'}, {'_HANDLER': 'x'}, "
		   "{'AWS_REGION': 'eu-west-1'}, {'AWS_ACCESS_KEY_ID': 'x'}, "
		   "{'LAMBDA_TASK_ROOT': '/x'}]", why);
	/* 4 KB as Lambda measures it, the variables as JSON: {"KK":"V..."} is
	 * 9 + len(V) bytes; 4096 passes, 4097 does not. */
	char *edge = malloc(4200), *over = malloc(4200);
	size_t n = 4096 - 9;
	snprintf(edge, 4200, "[{'KK': '%0*d'}]", (int)n, 0);
	snprintf(over, 4200, "[{'KK': '%0*d'}]", (int)n + 1, 0);
	static const char *const size_why[] = { "at least 4097 bytes" };
	check_rule(rule_lambda_environment, NULL, edge, over, size_why);
	/* What is known already over the quota is over it, a value not known
	 * yet beside it or not. */
	snprintf(over, 4200, "[{'KK': '%0*d', 'K3': '${var.more}'}]", (int)n + 1, 0);
	static const char *const more_why[] = { "at least 4105 bytes" };
	check_rule(rule_lambda_environment, NULL, "[]", over, more_why);
	free(edge);
	free(over);
	/* Through the table, at the attribute. */
	static const char *const t_why[] = { "environment: key \"AWS_REGION\" is reserved" };
	check_resource("aws.lambda.function", "{'environment': {'AWS_REGION': 'x'}}", t_why[0]);
	check_resource("aws.lambda.function", "{'environment': {'STAGE': 'prod'}, 'source': 'src/'}", NULL);
}

static void test_s3_keys(void **state)
{
	(void)state;
	/* 1024 bytes pass, 1025 do not; bytes, not characters: 512 two-byte
	 * characters pass, 513 do not. */
	char good[4200], bad[4200];
	char *k1024 = repeat('k', 1024), *k1025 = repeat('k', 1025);
	char e512[1100], e513[1100];
	size_t i;
	for (i = 0; i < 512; i++)
		memcpy(e512 + 2 * i, "\xc3\xa9", 2);
	e512[1024] = '\0';
	memcpy(e513, e512, 1024);
	memcpy(e513 + 1024, "\xc3\xa9", 3);
	snprintf(good, sizeof(good), "[%s, '%s', 'a', '${var.key}']", k1024, e512);
	snprintf(bad, sizeof(bad), "[%s, '%s']", k1025, e513);
	static const char *const why[] = { "is 1025 bytes of UTF-8 (1025 characters)",
					   "is 1026 bytes of UTF-8 (513 characters)" };
	check_rule(rule_s3_key, NULL, good, bad, why);
	check_table("aws.s3.object", "key", good, bad, why);
	check_table("aws.s3.artifact", "key", good, bad, why);
	check_table("aws.lambda.function", "s3_key", good, bad, why);
	/* The message shows the key's start, cut at a character: "a" and 19
	 * two-byte characters (39 bytes), not half of the 20th. */
	char odd[1300], shown[64];
	odd[0] = 'a';
	for (i = 0; i < 600; i++)
		memcpy(odd + 1 + 2 * i, "\xc3\xa9", 2);
	odd[1201] = '\0';
	shown[0] = '"';
	memcpy(shown + 1, odd, 39);
	memcpy(shown + 40, "...\" is 1201 bytes", 19);
	struct strbuf err = STRBUF_INIT;
	json_t *k = json_string(odd);
	assert_int_equal(rule_s3_key(k, NULL, &err), -1);
	if (strncmp(err.buf, shown, strlen(shown)))
		fail_msg("message \"%s\" does not start with \"%s\"", err.buf, shown);
	json_decref(k);
	strbuf_release(&err);
	/* An artifact's prefix leaves room for a name, "-" and 16 digits. */
	char *p1006 = repeat('p', 1006), *p1007 = repeat('p', 1007);
	snprintf(good, sizeof(good), "[%s, 'glue/', '${var.prefix}']", p1006);
	snprintf(bad, sizeof(bad), "[%s, '/glue/']", p1007);
	static const char *const pwhy[] = { "is 1007 bytes of UTF-8: with the file's name",
					    "\"/glue/\" starts with \"/\": S3 keys are relative" };
	check_table("aws.s3.artifact", "prefix", good, bad, pwhy);
	/* A required value the request cannot send empty. */
	static const char *const ewhy[] = { "\"\" is empty: the request needs a value" };
	check_rule(rule_not_empty, NULL, "['ami-12345678', '${var.ami}', 7]", "['']", ewhy);
	check_table("aws.ec2.instance", "ami", "['ami-12345678']", "['']", ewhy);
	check_table("aws.ec2.instance", "instance_type", "['t3.micro']", "['']", ewhy);
	check_table("aws.secretsmanager.secret", "value", "['x']", "['']", ewhy);
	/* A bucket's folders are prefixes with something besides slashes. */
	static const char *const fwhy[] = { "\"\": a folder must be a non-empty prefix",
					    "\"//\": a folder must be a non-empty prefix" };
	check_rule(rule_s3_folder, NULL, "['data/raw/', '/logs', '${var.f}']", "['', '//']", fwhy);
	{
		struct strbuf ferr = STRBUF_INIT;
		const char *fattr = NULL;
		json_t *fr = js("{'folders': ['a/', '//']}");
		assert_int_equal(aws_constraints_check("aws.s3.bucket", fr, NULL, &fattr, &ferr), -1);
		assert_string_equal(fattr, "folders[]");
		assert_non_null(strstr(ferr.buf, "folders[1]: \"//\": a folder must be"));
		json_decref(fr);
		strbuf_release(&ferr);
	}
	/* A schedule's dates are ISO 8601 times. */
	static const char *const twhy[] = { "\"tomorrow\" must be an ISO 8601 time",
					    "\"2030-13-01\" must be an ISO 8601 time" };
	check_table("aws.scheduler.schedule", "start_date",
		    "['2030-01-01T00:00:00Z', '${var.start}']", "['tomorrow', '2030-13-01']", twhy);
	check_table("aws.scheduler.schedule", "end_date", "['2030-01-01T00:00:00Z']",
		    "['tomorrow', '2030-13-01']", twhy);
	/* An object's metadata: lower-case word keys, one-line values. */
	static const char *const mwhy[] = { "key \"Team\" must be lower-case",
					    "key \"a b\" must be a non-empty word",
					    "key \"content-sha256\" is reserved",
					    "\"note\" must be a string on one line" };
	check_table("aws.s3.object", "metadata",
		    "[{'team': 'data', 'x-y_z.1': ''}, {'${var.k}': 'A B'}, "
		    "{'team': '${var.t}'}, {}]",
		    "[{'Team': 'data'}, {'a b': '1'}, {'content-sha256': 'x'}, "
		    "{'note': 'two\\nlines'}]", mwhy);
	/* An object's tags: 10 written at most (terrace's own are added only
	 * while they fit); keys not known yet wait. A row for the whole
	 * object: rule_tags has the tags attribute. */
	static const char *const otwhy[] = { "tags: 11 tags: S3 takes at most 10 on an object" };
#define TEN_TAGS "'k0': 'v', 'k1': 'v', 'k2': 'v', 'k3': 'v', 'k4': 'v', 'k5': 'v', " \
	"'k6': 'v', 'k7': 'v', 'k8': 'v', 'k9': 'v'"
	check_rule(rule_s3_object_tags, NULL,
		   "[{'tags': {" TEN_TAGS "}}, {'tags': {'team': 'data'}}, {}, {'tags': {}}, "
		   "{'tags': {" TEN_TAGS ", 'terrace:stack': 's', 'terrace:workspace': 'w'}}, "
		   "{'tags': {" TEN_TAGS ", '${var.k}': 'v'}}, {'tags': '${var.tags}'}]",
		   "[{'tags': {" TEN_TAGS ", 'k10': 'v'}}]", otwhy);
#undef TEN_TAGS
	/* A Glue table's database holds no ':', which its id keeps. */
	static const char *const dwhy[] = { "holds ':', which terrace's id of a Glue table" };
	check_table("aws.glue.table", "database", "['lake_raw', '${var.db}']", "['lake:raw']", dwhy);
	free(k1024);
	free(k1025);
	free(p1006);
	free(p1007);
}

static void test_time_zones(void **state)
{
	(void)state;
	const char *tzdir = getenv("TZDIR");
	char *saved = tzdir ? strdup(tzdir) : NULL;
	char dir[] = "/tmp/terrace-test-rules-tz-XXXXXX";
	char path[64];
	FILE *f;
	/* A zoneinfo of our own (tzdata.zi's Z and L lines), so the test does
	 * not depend on the machine's. */
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/tzdata.zi", dir);
	f = fopen(path, "w");
	assert_non_null(f);
	fputs("# version 2025b\nR E 1981 ma - Mar lSu 1u 1 S\nZ Europe/Paris 0:9:21 - LMT 1891 "
	      "Mar 16\n1 E CE%sT\nZ Etc/UTC 0 - UTC\nZ America/Argentina/Buenos_Aires -3:53:48 - "
	      "LMT 1894 O 31\nL Etc/UTC UTC\nL America/New_York US/Eastern\n", f);
	fclose(f);
	setenv("TZDIR", dir, 1);
	static const char *const why[] = { "\"Europe/Pariss\" is not an IANA time zone name",
					   "\"Mars/Olympus\" is not", "\"+02:00\" is not",
					   "\"\" is not" };
	check_rule(rule_time_zone, NULL,
		   "['Europe/Paris', 'UTC', 'US/Eastern', 'America/Argentina/Buenos_Aires', "
		   "'europe/paris', '${var.tz}', {'$unknown': true}]",
		   "['Europe/Pariss', 'Mars/Olympus', '+02:00', '']", why);
	check_table("aws.scheduler.schedule", "schedule_expression_timezone", "['Europe/Paris']",
		    "['Europe/Pariss']", why);
	/* Without a zoneinfo, nothing is refused. */
	unlink(path);
	check_rule(rule_time_zone, NULL, "['Europe/Pariss', 'Mars/Olympus']", "[]", NULL);
	rmdir(dir);
	/* The system's, when it has one (Debian's tzdata). */
	unsetenv("TZDIR");
	if (!access("/usr/share/zoneinfo/tzdata.zi", R_OK)) {
		static const char *const sys_why[] = { "not an IANA time zone name" };
		check_rule(rule_time_zone, NULL,
			   "['Europe/Paris', 'UTC', 'US/Eastern', 'Asia/Kolkata', 'Etc/GMT+5']",
			   "['Europe/Pariss']", sys_why);
	}
	if (saved)
		setenv("TZDIR", saved, 1);
	free(saved);
}

/* ASL's fields each state type needs (states-language.net/spec.html). */
static void test_state_required_fields(void **state)
{
	(void)state;
	static const char *const why[] = {
		"state \"X\": a Choice state needs Choices, a non-empty list",
		"state \"X\": a Choice state needs Choices",
		"state \"X\": a Wait state has exactly one of Seconds, Timestamp, SecondsPath and "
		"TimestampPath (it has 0)",
		"a Wait state has exactly one of Seconds, Timestamp, SecondsPath and TimestampPath "
		"(it has 2)",
		"state \"X\": a Parallel state needs Branches, a non-empty list",
		"state \"X\": a Parallel state needs Branches",
		"state \"X\": a Map state needs ItemProcessor (or Iterator)",
		"a Task's Resource is an ARN",
		"branch 1: state \"W\": a Wait state has exactly one",
	};
#define SM(STATE) "{'StartAt': 'X', 'States': {'X': " STATE "}}"
	check_rule(rule_sfn_definition, NULL,
		   "[" SM("{'Type': 'Choice', 'Choices': [{'Variable': '$.a', 'IsPresent': true, "
			  "'Next': 'X'}], 'Default': 'D'}, 'D': {'Type': 'Succeed'}") ", "
		   SM("{'Type': 'Wait', 'Seconds': 1, 'End': true}") ", "
		   SM("{'Type': 'Wait', 'Timestamp': '2026-01-01T00:00:00Z', 'End': true}") ", "
		   SM("{'Type': 'Wait', 'SecondsPath': '$.s', 'End': true}") ", "
		   SM("{'Type': 'Wait', 'TimestampPath': '$.t', 'End': true}") ", "
		   SM("{'Type': 'Wait', '${var.field}': 5, 'End': true}") ", "
		   SM("{'Type': 'Choice', 'Choices': '${var.choices}', 'Default': 'D'}, "
		      "'D': {'Type': 'Succeed'}") ", "
		   SM("{'Type': 'Parallel', 'Branches': '${var.b}', 'End': true}") ", "
		   SM("{'Type': 'Map', 'Iterator': {'StartAt': 'I', 'States': {'I': {'Type': "
		      "'Succeed'}}}, 'End': true}") ", "
		   SM("{'Type': 'Map', 'ItemProcessor': '${var.p}', 'End': true}") ", "
		   SM("{'Type': 'Pass', 'End': true}") ", "
		   SM("{'Type': 'Fail'}") "]",
		   "[" SM("{'Type': 'Choice', 'Choices': [], 'Default': 'D'}, "
			  "'D': {'Type': 'Succeed'}") ", "
		   SM("{'Type': 'Choice', 'Default': 'D'}, 'D': {'Type': 'Succeed'}") ", "
		   SM("{'Type': 'Wait', 'End': true}") ", "
		   SM("{'Type': 'Wait', 'Seconds': 1, 'SecondsPath': '$.s', 'End': true}") ", "
		   SM("{'Type': 'Parallel', 'Branches': [], 'End': true}") ", "
		   SM("{'Type': 'Parallel', 'End': true}") ", "
		   SM("{'Type': 'Map', 'End': true}") ", "
		   SM("{'Type': 'Task', 'End': true}") ", "
		   SM("{'Type': 'Parallel', 'End': true, 'Branches': [{'StartAt': 'W', 'States': "
		      "{'W': {'Type': 'Wait', 'End': true}}}]}") "]",
		   why);
#undef SM
	/* The whole message, naming the state. */
	struct strbuf err = STRBUF_INIT;
	json_t *d = js("{'StartAt': 'C', 'States': {'C': {'Type': 'Choice', 'Choices': []}}}");
	assert_int_equal(rule_sfn_definition(d, NULL, &err), -1);
	assert_string_equal(err.buf, "state \"C\": a Choice state needs Choices, a non-empty list");
	json_decref(d);
	strbuf_release(&err);
}

static void test_glue_capacity(void **state)
{
	(void)state;
	static const char *const ps_why[] = { "0.5: a pythonshell job takes 0.0625 or 1 DPU",
					      "2: a pythonshell job", "0: a pythonshell job" };
	check_rule(rule_glue_max_capacity, "{'command': {'name': 'pythonshell'}}",
		   "[0.0625, 1, '${var.dpu}']", "[0.5, 2, 0]", ps_why);
	static const char *const etl_why[] = { "1: a glueetl job takes at least 2 DPUs" };
	check_rule(rule_glue_max_capacity, "{'command': {'name': 'glueetl'}}", "[2, 10, 100]",
		   "[1]", etl_why);
	static const char *const st_why[] = { "1.5: a gluestreaming job takes at least 2" };
	check_rule(rule_glue_max_capacity, "{'command': {'name': 'gluestreaming'}}", "[2]",
		   "[1.5]", st_why);
	/* A command not known yet: nothing to hold the capacity against. */
	check_rule(rule_glue_max_capacity, "{'command': {'name': '${var.kind}'}}", "[0.5, 1]",
		   "[]", NULL);
	check_resource("aws.glue.job", "{'command': {'name': 'pythonshell', 'script_location': "
		       "'s3://b/k.py'}, 'max_capacity': 2}",
		       "max_capacity: 2: a pythonshell job takes 0.0625 or 1 DPU");
	check_resource("aws.glue.job", "{'command': {'name': 'pythonshell', 'script_location': "
		       "'s3://b/k.py'}, 'max_capacity': 0.0625}", NULL);
}

/* ---- across resources (rules_network.c) ---- */

/* What aws_check_resources reported, one "WHICH:OTHER:MSG" line each. */
static void collect(void *ctx, size_t which, const char *attr, size_t other,
		    const char *other_attr, const char *msg, bool warning)
{
	struct strbuf *out = ctx;

	assert_false(warning);
	assert_string_equal(attr, "cidr_block");
	if (other != WRITTEN_NONE)
		assert_string_equal(other_attr, "cidr_block");
	strbuf_addf(out, "%zu:%d:%s\n", which, other == WRITTEN_NONE ? -1 : (int)other, msg);
}

/* What aws_check_resources reported, one "WHICH.ATTR~OTHER.OTHER_ATTR
 * error|warning: MSG" line each (rules_roles.c). */
static void collect_roles(void *ctx, size_t which, const char *attr, size_t other,
			  const char *other_attr, const char *msg, bool warning)
{
	struct strbuf *out = ctx;

	strbuf_addf(out, "%zu.%s~%d.%s %s: %s\n", which, attr,
		    other == WRITTEN_NONE ? -1 : (int)other, other_attr ? other_attr : "",
		    warning ? "warning" : "error", msg);
}

/* Runs the check on `resources`, a JSON list of [name, type, config] (a
 * fourth member: repeated; a fifth: the provider configuration). */
static void check_across_with(const char *resources, written_report_fn fn, struct strbuf *out)
{
	json_t *rs = js(resources), *e;
	struct written_resource w[32];
	size_t i;

	assert_true(json_array_size(rs) <= 32);
	json_array_foreach(rs, i, e) {
		w[i] = (struct written_resource){
			.name = json_string_value(json_array_get(e, 0)),
			.type = json_string_value(json_array_get(e, 1)),
			.config = json_array_get(e, 2),
			.repeated = json_is_true(json_array_get(e, 3)),
			.provider = json_array_get(e, 4) ? json_string_value(json_array_get(e, 4)) : "aws",
		};
	}
	aws_check_resources(w, json_array_size(rs), fn, out);
	json_decref(rs);
}

static void check_across(const char *resources, struct strbuf *out)
{
	check_across_with(resources, collect, out);
}

static void test_subnets_in_their_vpc(void **state)
{
	struct strbuf out = STRBUF_INIT;
	(void)state;

	/* Inside, apart, /16 subnet equal to the VPC's block elsewhere: nothing. */
	check_across("[['net', 'aws.ec2.vpc', {'cidr_block': '10.0.0.0/16'}],"
		     " ['a', 'aws.ec2.subnet', {'vpc_id': '${net.vpc_id}', 'cidr_block': '10.0.1.0/24'}],"
		     " ['b', 'aws.ec2.subnet', {'vpc_id': '${net.id}', 'cidr_block': '10.0.2.0/24'}],"
		     " ['o', 'aws.ec2.vpc', {'cidr_block': '10.1.0.0/16'}],"
		     " ['c', 'aws.ec2.subnet', {'vpc_id': '${o.vpc_id}', 'cidr_block': '10.1.0.0/16'}]]",
		     &out);
	assert_string_equal(out.buf, "");

	/* Outside: the VPC's block and a free block of the VPC as the example. */
	check_across("[['net', 'aws.ec2.vpc', {'cidr_block': '10.0.0.0/16'}],"
		     " ['a', 'aws.ec2.subnet', {'vpc_id': '${net.vpc_id}', 'cidr_block': '10.0.0.0/24'}],"
		     " ['b', 'aws.ec2.subnet', {'vpc_id': '${ net.vpc_id }', 'cidr_block': '10.8.1.0/24'}]]",
		     &out);
	assert_string_equal(out.buf, "2:0:cidr_block: \"10.8.1.0/24\" is not inside 10.0.0.0/16, the "
			    "block of VPC \"net\": a subnet's block lies within its VPC's "
			    "(e.g. \"10.0.1.0/24\")\n");
	strbuf_reset(&out);

	/* Overlapping siblings: the later one, naming the earlier; also under
	 * one literal vpc_id; never across providers or VPCs. */
	check_across("[['net', 'aws.ec2.vpc', {'cidr_block': '10.0.0.0/16'}],"
		     " ['a', 'aws.ec2.subnet', {'vpc_id': '${net.vpc_id}', 'cidr_block': '10.0.0.0/23'}],"
		     " ['b', 'aws.ec2.subnet', {'vpc_id': '${net.id}', 'cidr_block': '10.0.1.0/24'}],"
		     " ['c', 'aws.ec2.subnet', {'vpc_id': 'vpc-1', 'cidr_block': '10.0.1.0/24'}],"
		     " ['d', 'aws.ec2.subnet', {'vpc_id': 'vpc-1', 'cidr_block': '10.0.0.0/16'}],"
		     " ['e', 'aws.ec2.subnet', {'vpc_id': 'vpc-1', 'cidr_block': '10.0.1.0/24'}, false, 'aws.west']]",
		     &out);
	assert_string_equal(out.buf,
			    "2:1:cidr_block: \"10.0.1.0/24\" overlaps \"10.0.0.0/23\" of subnet \"a\" in "
			    "the same VPC: the subnets of a VPC do not overlap (e.g. \"10.0.2.0/24\")\n"
			    "4:3:cidr_block: \"10.0.0.0/16\" overlaps \"10.0.1.0/24\" of subnet \"c\" in "
			    "the same VPC: the subnets of a VPC do not overlap (each subnet of a VPC "
			    "takes a block of its own)\n");
	strbuf_reset(&out);

	/* The VPC's block is taken whole: no example, a longer prefix. */
	check_across("[['net', 'aws.ec2.vpc', {'cidr_block': '10.0.0.0/16'}],"
		     " ['a', 'aws.ec2.subnet', {'vpc_id': '${net.vpc_id}', 'cidr_block': '10.0.0.0/16'}],"
		     " ['b', 'aws.ec2.subnet', {'vpc_id': '${net.vpc_id}', 'cidr_block': '10.0.0.0/17'}]]",
		     &out);
	assert_string_equal(out.buf,
			    "2:1:cidr_block: \"10.0.0.0/17\" overlaps \"10.0.0.0/16\" of subnet \"a\" in "
			    "the same VPC: the subnets of a VPC do not overlap (no /17 of the VPC is free: "
			    "use a longer prefix)\n");
	strbuf_reset(&out);

	/* Not known yet: a block or VPC of ${...}, a VPC or subnet with count or
	 * for_each, a VPC of another provider configuration: nothing. */
	check_across("[['net', 'aws.ec2.vpc', {'cidr_block': '${var.block}'}],"
		     " ['a', 'aws.ec2.subnet', {'vpc_id': '${net.vpc_id}', 'cidr_block': '10.8.1.0/24'}],"
		     " ['b', 'aws.ec2.subnet', {'vpc_id': '${net.vpc_id}', 'cidr_block': '${var.sub}'}],"
		     " ['many', 'aws.ec2.vpc', {'cidr_block': '10.0.0.0/16'}, true],"
		     " ['c', 'aws.ec2.subnet', {'vpc_id': '${many.vpc_id}', 'cidr_block': '10.8.1.0/24'}],"
		     " ['d', 'aws.ec2.subnet', {'vpc_id': '${net.vpc_id}', 'cidr_block': '10.8.1.0/24'}, true],"
		     " ['w', 'aws.ec2.vpc', {'cidr_block': '10.0.0.0/16'}, false, 'aws.west'],"
		     " ['e', 'aws.ec2.subnet', {'vpc_id': '${w.vpc_id}', 'cidr_block': '10.8.1.0/24'}],"
		     " ['f', 'aws.ec2.subnet', {'vpc_id': '${w.vpc_id}-x', 'cidr_block': '10.9.1.0/24'}]]",
		     &out);
	assert_string_equal(out.buf, "");
	strbuf_release(&out);
}

/* ---- across resources: roles and the services given them (rules_roles.c) ---- */

#define TRUST(principal) "{'Statement': [{'Effect': 'Allow', 'Principal': " principal ", " \
			 "'Action': 'sts:AssumeRole'}]}"

/* aws_check_message_targets: an EventBridge rule's and a schedule's queue
 * and topic targets. */
static void test_message_targets(void **state)
{
	struct strbuf out = STRBUF_INIT;
	(void)state;

	/* A FIFO queue with its message group and content-based deduplication,
	 * whose policy lets EventBridge send; a topic whose policy lets it
	 * publish; a schedule whose role may send and publish: nothing. */
	check_across_with("[['q', 'aws.sqs.queue', {'name': 'q.fifo', 'fifo_queue': true,"
		     "   'content_based_deduplication': true, 'policy': {'Statement': [{'Effect': 'Allow',"
		     "   'Principal': {'Service': 'events.amazonaws.com'}, 'Action': 'sqs:SendMessage'}]}}],"
		     " ['t', 'aws.sns.topic', {'name': 't', 'policy': {'Statement': {'Effect': 'Allow',"
		     "   'Principal': {'Service': 'events.amazonaws.com'}, 'Action': 'sns:Publish'}}}],"
		     " ['role', 'aws.iam.role', {'name': 'r', 'assume_role_policy': {'Statement': [{"
		     "   'Effect': 'Allow', 'Principal': {'Service': 'scheduler.amazonaws.com'},"
		     "   'Action': 'sts:AssumeRole'}]}, 'inline_policies': {'send': {'Statement':"
		     "   [{'Effect': 'Allow', 'Action': ['sqs:SendMessage', 'sns:Publish'],"
		     "     'Resource': '*'}]}}}],"
		     " ['r', 'aws.events.rule', {'targets': [{'id': 'q', 'arn': '${q.arn}',"
		     "   'sqs_parameters': {'message_group_id': 'g'}}, {'id': 't', 'arn': '${t.arn}'},"
		     "   {'id': 'x', 'arn': 'arn:aws:sqs:us-east-1:1:other'}]}],"
		     " ['s', 'aws.scheduler.schedule', {'target': {'arn': '${q.arn}',"
		     "   'role_arn': '${role.arn}', 'sqs_parameters': {'message_group_id': 'g'}}}],"
		     " ['s2', 'aws.scheduler.schedule', {'target': {'arn': '${t.arn}',"
		     "   'role_arn': '${role.arn}'}}]]",
		     collect_roles, &out);
	assert_string_equal(out.buf, "");

	/* No message group for a FIFO queue: the rule refused (its own and one
	 * by ARN as written), the schedule warned; no deduplication, no policy
	 * for EventBridge, a role that may not send: warnings. */
	check_across_with("[['q', 'aws.sqs.queue', {'name': 'q.fifo', 'fifo_queue': true}],"
		     " ['t', 'aws.sns.topic', {'name': 't'}],"
		     " ['role', 'aws.iam.role', {'name': 'r', 'inline_policies': {}}],"
		     " ['r', 'aws.events.rule', {'targets': [{'id': 'q', 'arn': '${q.arn}'},"
		     "   {'id': 't', 'arn': '${t.arn}'},"
		     "   {'id': 'x', 'arn': 'arn:aws:sqs:us-east-1:1:other.fifo'}]}],"
		     " ['s', 'aws.scheduler.schedule', {'target': {'arn': '${q.arn}',"
		     "   'role_arn': '${role.arn}'}}]]",
		     collect_roles, &out);
	assert_non_null(strstr(out.buf, "3.targets~0.name error: targets: the target is FIFO queue q, "
				      "which takes messages of a group only"));
	assert_non_null(strstr(out.buf, "3.targets~-1. error: targets: the target is FIFO queue "
				      "arn:aws:sqs:us-east-1:1:other.fifo"));
	assert_non_null(strstr(out.buf, "3.targets~0.content_based_deduplication warning: targets: "
				      "FIFO queue q has no content_based_deduplication"));
	assert_non_null(strstr(out.buf, "3.targets~0.policy warning: targets: queue q of the stack "
				      "does not let EventBridge deliver"));
	assert_non_null(strstr(out.buf, "3.targets~1.policy warning: targets: topic t of the stack"));
	assert_non_null(strstr(out.buf, "4.target~0.name warning: target: the target is FIFO queue q"));
	assert_non_null(strstr(out.buf, "4.target~2.inline_policies warning: target: no policy the "
				      "stack writes for role \"role\" allows sqs:SendMessage on queue q"));
	strbuf_release(&out);
}

/* An event source mapping: what its source takes (rules_lambda.c), and its
 * function's role may read the source (rules_roles.c, check_mappings). */
static void test_event_source_mappings(void **state)
{
	static const char *const why[] = {
		"a Kinesis stream needs starting_position",
		"a DynamoDB stream needs starting_position (TRIM_HORIZON, LATEST)",
		"starting_position is for streams",
		"AT_TIMESTAMP needs starting_position_timestamp",
		"AT_TIMESTAMP is for Kinesis streams",
		"over 10, the most for a FIFO queue",
		"needs maximum_batching_window_in_seconds of at least 1",
		"scaling_config (maximum_concurrency) is for SQS sources only",
		"destination_config is for stream sources only",
		"a DynamoDB table, not its stream",
		"no such source",
	};
	struct strbuf out = STRBUF_INIT;
	(void)state;

#define Q "'arn:aws:sqs:us-east-1:1:q'"
#define K "'arn:aws:kinesis:us-east-1:1:stream/s'"
#define D "'arn:aws:dynamodb:us-east-1:1:table/t/stream/2026-01-01T00:00:00.000'"
	check_rule(rule_lambda_event_source_mapping, NULL,
		   "[{'event_source_arn': " Q "},"
		   " {'event_source_arn': " Q ", 'batch_size': 10},"
		   " {'event_source_arn': " Q ", 'batch_size': 10000, 'maximum_batching_window_in_seconds': 1},"
		   " {'event_source_arn': " Q ", 'batch_size': 50, 'maximum_batching_window_in_seconds': '${var.w}'},"
		   " {'event_source_arn': " Q ", 'scaling_config': {'maximum_concurrency': 2}},"
		   " {'event_source_arn': 'arn:aws:sqs:us-east-1:1:q.fifo', 'batch_size': 10},"
		   " {'event_source_arn': " K ", 'starting_position': 'AT_TIMESTAMP',"
		   "  'starting_position_timestamp': '2026-01-01T00:00:00Z'},"
		   " {'event_source_arn': " K ", 'starting_position': 'LATEST',"
		   "  'destination_config': {'on_failure': {'destination_arn': " Q "}}},"
		   " {'event_source_arn': " D ", 'starting_position': 'TRIM_HORIZON', 'batch_size': 1000},"
		   " {'event_source_arn': '${q.arn}', 'starting_position': 'LATEST'},"
		   " {'event_source_arn': '${t.stream_arn}'}]",
		   "[{'event_source_arn': " K "},"
		   " {'event_source_arn': " D "},"
		   " {'event_source_arn': " Q ", 'starting_position': 'LATEST'},"
		   " {'event_source_arn': " K ", 'starting_position': 'AT_TIMESTAMP'},"
		   " {'event_source_arn': " D ", 'starting_position': 'AT_TIMESTAMP',"
		   "  'starting_position_timestamp': '2026-01-01T00:00:00Z'},"
		   " {'event_source_arn': 'arn:aws:sqs:us-east-1:1:q.fifo', 'batch_size': 11},"
		   " {'event_source_arn': " Q ", 'batch_size': 11},"
		   " {'event_source_arn': " K ", 'starting_position': 'LATEST',"
		   "  'scaling_config': {'maximum_concurrency': 2}},"
		   " {'event_source_arn': " Q ", 'destination_config': {'on_failure': {'destination_arn': " Q "}}},"
		   " {'event_source_arn': 'arn:aws:dynamodb:us-east-1:1:table/t'},"
		   " {'event_source_arn': 'arn:aws:kafka:us-east-1:1:cluster/c/x'}]",
		   why);
	check_rule(rule_iso_time, NULL, "['2026-01-01T00:00:00Z', '${var.t}']", "['yesterday']",
		   (const char *const[]){ "must be an ISO 8601 time" });

	/* The function's role reads each source: SQS, Kinesis, DynamoDB
	 * streams of the stack, a queue by its ARN as written; the managed
	 * policy of each source grants it; not the stack's role, not known: nothing. */
	check_across_with(
		"[['r', 'aws.iam.role', {'assume_role_policy': " TRUST("{'Service': 'lambda.amazonaws.com'}") ","
		"   'inline_policies': {'p': {'Statement': [{'Effect': 'Allow', 'Action': ['sqs:ReceiveMessage',"
		"   'sqs:DeleteMessage', 'sqs:GetQueueAttributes', 'kinesis:Get*', 'kinesis:Describe*',"
		"   'kinesis:ListShards'], 'Resource': '*'}]}}}],"
		" ['f', 'aws.lambda.function', {'role': '${r.arn}', 'function_name': 'ingest'}],"
		" ['q', 'aws.sqs.queue', {'name': 'q'}],"
		" ['s', 'aws.kinesis.stream', {'name': 's'}],"
		" ['m1', 'aws.lambda.event_source_mapping', {'event_source_arn': '${q.arn}', 'function_name': '${f.function_name}'}],"
		" ['m2', 'aws.lambda.event_source_mapping', {'event_source_arn': '${s.arn}', 'function_name': 'ingest'}],"
		" ['m', 'aws.iam.role', {'assume_role_policy': " TRUST("{'Service': 'lambda.amazonaws.com'}") ","
		"   'managed_policy_arns': ['arn:aws:iam::aws:policy/service-role/AWSLambdaDynamoDBExecutionRole']}],"
		" ['g', 'aws.lambda.function', {'role': '${m.arn}'}],"
		" ['t', 'aws.dynamodb.table', {'name': 't'}],"
		" ['m3', 'aws.lambda.event_source_mapping', {'event_source_arn': '${t.stream_arn}', 'function_name': '${g.arn}'}],"
		" ['h', 'aws.lambda.function', {'role': 'arn:aws:iam::1:role/x'}],"
		" ['m4', 'aws.lambda.event_source_mapping', {'event_source_arn': '${q.arn}', 'function_name': '${h.arn}'}],"
		" ['v', 'aws.iam.role', {'assume_role_policy': " TRUST("{'Service': 'lambda.amazonaws.com'}") ","
		"   'inline_policies': '${var.policies}'}],"
		" ['i', 'aws.lambda.function', {'role': '${v.arn}'}],"
		" ['m5', 'aws.lambda.event_source_mapping', {'event_source_arn': '${q.arn}', 'function_name': '${i.arn}'}]]",
		collect_roles, &out);
	assert_string_equal(out.buf, "");

	/* Lacking: an error at the mapping's source naming the role's
	 * policies, only the actions missing; a queue as an ARN written; a
	 * key of the stack on the queue without kms:Decrypt: a warning. */
	check_across_with(
		"[['r', 'aws.iam.role', {'assume_role_policy': " TRUST("{'Service': 'lambda.amazonaws.com'}") ","
		"   'inline_policies': {'p': {'Statement': [{'Effect': 'Allow', 'Action': 'sqs:GetQueueAttributes',"
		"   'Resource': '*'}]}}}],"
		" ['f', 'aws.lambda.function', {'role': '${r.arn}', 'function_name': 'ingest'}],"
		" ['k', 'aws.kms.key', {}],"
		" ['q', 'aws.sqs.queue', {'name': 'q', 'kms_master_key_id': '${k.arn}'}],"
		" ['m1', 'aws.lambda.event_source_mapping', {'event_source_arn': '${q.arn}', 'function_name': '${f.arn}'}],"
		" ['m2', 'aws.lambda.event_source_mapping', {'event_source_arn': 'arn:aws:kinesis:us-east-1:1:stream/s',"
		"   'function_name': 'arn:aws:lambda:us-east-1:1:function:ingest'}]]",
		collect_roles, &out);
	assert_string_equal(out.buf,
			    "4.event_source_arn~0.inline_policies error: event_source_arn: Lambda polls "
			    "the SQS queue q as function \"f\"'s role \"r\", but no policy the stack "
			    "writes for it allows sqs:ReceiveMessage and sqs:DeleteMessage: "
			    "CreateEventSourceMapping refuses a role that cannot read its source (attach "
			    "arn:aws:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole in "
			    "managed_policy_arns, or an inline policy {\"Effect\": \"Allow\", "
			    "\"Action\": [\"sqs:ReceiveMessage\", ...], \"Resource\": ...})\n"
			    "4.event_source_arn~0.inline_policies warning: event_source_arn: queue \"q\" "
			    "is encrypted with the stack's key (${k.arn}), but no policy the stack writes "
			    "for function \"f\"'s role \"r\" allows kms:Decrypt: Lambda takes the "
			    "mapping and every poll of the queue fails (an inline policy {\"Effect\": "
			    "\"Allow\", \"Action\": \"kms:Decrypt\", \"Resource\": \"${k.arn}\"})\n"
			    "5.event_source_arn~0.inline_policies error: event_source_arn: Lambda polls "
			    "the Kinesis stream as function \"f\"'s role \"r\", but no policy the stack "
			    "writes for it allows kinesis:GetRecords, kinesis:GetShardIterator, "
			    "kinesis:DescribeStream and kinesis:ListShards: "
			    "CreateEventSourceMapping refuses a role that cannot read its source (attach "
			    "arn:aws:iam::aws:policy/service-role/AWSLambdaKinesisExecutionRole in "
			    "managed_policy_arns, or an inline policy {\"Effect\": \"Allow\", "
			    "\"Action\": [\"kinesis:GetRecords\", ...], \"Resource\": ...})\n");
	strbuf_reset(&out);

	/* A Kinesis role with the four actions the refusal names but not
	 * DescribeStreamSummary, which the guide lists too: a warning. */
	check_across_with(
		"[['r', 'aws.iam.role', {'assume_role_policy': " TRUST("{'Service': 'lambda.amazonaws.com'}") ","
		"   'inline_policies': {'p': {'Statement': [{'Effect': 'Allow', 'Action': ['kinesis:GetRecords',"
		"   'kinesis:GetShardIterator', 'kinesis:DescribeStream', 'kinesis:ListShards'], 'Resource': '*'}]}}}],"
		" ['f', 'aws.lambda.function', {'role': '${r.arn}'}],"
		" ['s', 'aws.kinesis.stream', {'name': 's'}],"
		" ['m', 'aws.lambda.event_source_mapping', {'event_source_arn': '${s.arn}', 'function_name': '${f.arn}',"
		"   'starting_position': 'LATEST'}]]",
		collect_roles, &out);
	assert_string_equal(out.buf,
			    "3.event_source_arn~0.inline_policies warning: event_source_arn: Lambda polls "
			    "the Kinesis stream s as function \"f\"'s role \"r\", but no policy the stack "
			    "writes for it allows kinesis:DescribeStreamSummary, which the Lambda Developer "
			    "Guide lists: Lambda may fail to read it (attach arn:aws:iam::aws:policy/"
			    "service-role/AWSLambdaKinesisExecutionRole in managed_policy_arns)\n");
	strbuf_reset(&out);

	/* The queue's visibility timeout under the function's timeout
	 * (written, or the defaults 30 and 3): refused; equal, or not known
	 * yet: nothing. */
	check_across_with(
		"[['r', 'aws.iam.role', {'assume_role_policy': " TRUST("{'Service': 'lambda.amazonaws.com'}") ","
		"   'managed_policy_arns': ['arn:aws:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole']}],"
		" ['f', 'aws.lambda.function', {'role': '${r.arn}', 'timeout': 60}],"
		" ['g', 'aws.lambda.function', {'role': '${r.arn}', 'timeout': 30}],"
		" ['h', 'aws.lambda.function', {'role': '${r.arn}', 'timeout': '${var.t}'}],"
		" ['q', 'aws.sqs.queue', {'name': 'q'}],"
		" ['m1', 'aws.lambda.event_source_mapping', {'event_source_arn': '${q.arn}', 'function_name': '${f.arn}'}],"
		" ['m2', 'aws.lambda.event_source_mapping', {'event_source_arn': '${q.arn}', 'function_name': '${g.arn}'}],"
		" ['m3', 'aws.lambda.event_source_mapping', {'event_source_arn': '${q.arn}', 'function_name': '${h.arn}'}]]",
		collect_roles, &out);
	assert_string_equal(out.buf,
			    "5.event_source_arn~4.visibility_timeout_seconds error: event_source_arn: "
			    "queue \"q\"'s visibility_timeout_seconds (30, the default) is less than "
			    "function \"f\"'s timeout (60): CreateEventSourceMapping refuses it, as a "
			    "message could be received again while the function still works on it "
			    "(make the visibility timeout at least 60)\n");
	strbuf_release(&out);
#undef Q
#undef K
#undef D
}

/* A bucket notification's destinations of the stack let S3 deliver from
 * its bucket (rules_s3.c, aws_check_notifications). */
static void test_notification_destinations(void **state)
{
	struct strbuf out = STRBUF_INIT;
	(void)state;

	/* A queue policy for S3 naming the bucket, a topic policy without a
	 * source, a permission for S3 naming it: nothing. */
	check_across_with("[['raw', 'aws.s3.bucket', {'name': 'raw-data'}],"
		     " ['q', 'aws.sqs.queue', {'name': 'q', 'policy': {'Statement': [{'Effect': 'Allow',"
		     "   'Principal': {'Service': 's3.amazonaws.com'}, 'Action': 'sqs:SendMessage',"
		     "   'Condition': {'ArnLike': {'aws:SourceArn': '${raw.arn}'}}}]}}],"
		     " ['t', 'aws.sns.topic', {'name': 't', 'policy': {'Statement': {'Effect': 'Allow',"
		     "   'Principal': '*', 'Action': 'SNS:Publish'}}}],"
		     " ['f', 'aws.lambda.function', {'function_name': 'ingest'}],"
		     " ['p', 'aws.lambda.permission', {'function_name': '${f.function_name}',"
		     "   'principal': 's3.amazonaws.com', 'source_arn': 'arn:aws:s3:::raw-data'}],"
		     " ['n', 'aws.s3.bucket_notification', {'bucket': '${raw.name}',"
		     "   'queue': [{'queue_arn': '${q.arn}'}], 'topic': [{'topic_arn': '${t.arn}'}],"
		     "   'lambda_function': [{'lambda_function_arn': '${f.arn}'}]}]]",
		     collect_roles, &out);
	assert_string_equal(out.buf, "");

	/* The queue's policy names another bucket, the topic has none, the
	 * permission is for EventBridge: each refused, naming what lacks it;
	 * an ARN not of the stack passes. */
	check_across_with("[['raw', 'aws.s3.bucket', {'name': 'raw-data'}],"
		     " ['q', 'aws.sqs.queue', {'name': 'q', 'policy': {'Statement': [{'Effect': 'Allow',"
		     "   'Principal': {'Service': 's3.amazonaws.com'}, 'Action': 'sqs:SendMessage',"
		     "   'Condition': {'ArnLike': {'aws:SourceArn': 'arn:aws:s3:::other'}}}]}}],"
		     " ['t', 'aws.sns.topic', {'name': 't'}],"
		     " ['f', 'aws.lambda.function', {'function_name': 'ingest'}],"
		     " ['p', 'aws.lambda.permission', {'function_name': '${f.function_name}',"
		     "   'principal': 'events.amazonaws.com'}],"
		     " ['n', 'aws.s3.bucket_notification', {'bucket': '${raw.name}',"
		     "   'queue': [{'queue_arn': '${q.arn}'}, {'queue_arn': 'arn:aws:sqs:us-east-1:1:x'}],"
		     "   'topic': [{'topic_arn': '${t.arn}'}],"
		     "   'lambda_function': [{'lambda_function_arn': '${f.arn}'}]}]]",
		     collect_roles, &out);
	assert_non_null(strstr(out.buf, "5.queue~1.policy error: queue: q of the stack does not "
				      "let S3 deliver from bucket raw: its policy must allow"));
	assert_non_null(strstr(out.buf, "5.topic~2.policy error: topic: t of the stack"));
	assert_non_null(strstr(out.buf, "5.lambda_function~3.function_name error: "
				      "lambda_function: f of the stack does not let S3 deliver from "
				      "bucket raw: an aws.lambda.permission must allow"));
	{
		size_t lines = 0;

		for (const char *c = out.buf; *c; c++)
			lines += *c == '\n';
		assert_int_equal(lines, 3);
	}
	strbuf_reset(&out);

	/* The bucket by its name as written: the stack's bucket of that name,
	 * whose ARN the queue's policy names. */
	check_across_with("[['raw', 'aws.s3.bucket', {'name': 'raw-data'}],"
		     " ['q', 'aws.sqs.queue', {'name': 'q', 'policy': {'Statement': [{'Effect': 'Allow',"
		     "   'Principal': {'Service': 's3.amazonaws.com'}, 'Action': 'sqs:SendMessage',"
		     "   'Condition': {'ArnLike': {'aws:SourceArn': '${raw.arn}'}}}]}}],"
		     " ['n', 'aws.s3.bucket_notification', {'bucket': 'raw-data',"
		     "   'queue': [{'queue_arn': '${q.arn}'}]}]]",
		     collect_roles, &out);
	assert_string_equal(out.buf, "");

	/* At plan, a module's bucket by its name (the notification's bucket a
	 * module output, put in), the queue's condition naming it through the
	 * module's output, a variable or a local, which plan does not put
	 * inside a policy: not known to the check, it passes (it was refused:
	 * examples/movies-api's landing.yaml). */
	check_across_with("[['module.lake.raw', 'aws.s3.bucket', {'name': 'raw-data'}],"
		     " ['q', 'aws.sqs.queue', {'name': 'q', 'policy': {'Statement': [{'Effect': 'Allow',"
		     "   'Principal': {'Service': 's3.amazonaws.com'}, 'Action': 'sqs:SendMessage',"
		     "   'Condition': {'ArnLike': {'aws:SourceArn': 'arn:aws:s3:::${module.lake.raw_bucket}'}}}]}}],"
		     " ['v', 'aws.sqs.queue', {'name': 'v', 'policy': {'Statement': [{'Effect': 'Allow',"
		     "   'Principal': {'Service': 's3.amazonaws.com'}, 'Action': 'sqs:SendMessage',"
		     "   'Condition': {'ArnLike': {'aws:SourceArn': '${var.bucket_arn}'}}}]}}],"
		     " ['u', 'aws.sqs.queue', {'name': 'u', 'policy': {'Statement': [{'Effect': 'Allow',"
		     "   'Principal': {'Service': 's3.amazonaws.com'}, 'Action': 'sqs:SendMessage',"
		     "   'Condition': {'ArnLike': {'aws:SourceArn': {'$unknown': true}}}}]}}],"
		     " ['n', 'aws.s3.bucket_notification', {'bucket': 'raw-data',"
		     "   'queue': [{'queue_arn': '${q.arn}'}, {'queue_arn': '${v.arn}'},"
		     "   {'queue_arn': '${u.arn}'}]}]]",
		     collect_roles, &out);
	assert_string_equal(out.buf, "");
	strbuf_release(&out);
}

static void test_roles_trust_their_service(void **state)
{
	struct strbuf out = STRBUF_INIT;
	(void)state;

	/* Every valid form: a service as a string or in a list, "*" and
	 * {"AWS": "*"}, regional and .com.cn principals, a Condition, a policy
	 * as JSON text, sts:* as the action, ${...} inside a statement, a
	 * document given by a variable, a role given by ARN or name (not
	 * looked at), one with count, another provider configuration's. */
	check_across_with(
		"[['l', 'aws.iam.role', {'assume_role_policy': " TRUST("{'Service': 'lambda.amazonaws.com'}") "}],"
		" ['f', 'aws.lambda.function', {'role': '${l.arn}'}],"
		" ['two', 'aws.iam.role', {'assume_role_policy': " TRUST("{'Service': ['events.amazonaws.com', 'states.amazonaws.com']}") "}],"
		" ['sm', 'aws.sfn.state_machine', {'role_arn': '${two.arn}', 'definition': {}}],"
		" ['ev', 'aws.events.rule', {'role_arn': '${two.arn}', 'targets': [{'id': 'a', 'arn': 'x', 'role_arn': '${two.arn}'}]}],"
		" ['any', 'aws.iam.role', {'assume_role_policy': " TRUST("'*'") "}],"
		" ['s', 'aws.scheduler.schedule', {'target': {'arn': 'x', 'role_arn': '${any.arn}'}}],"
		" ['aws', 'aws.iam.role', {'assume_role_policy': " TRUST("{'AWS': '*'}") "}],"
		" ['s2', 'aws.scheduler.schedule', {'target': {'arn': 'x', 'role_arn': '${aws.arn}'}}],"
		" ['reg', 'aws.iam.role', {'assume_role_policy': " TRUST("{'Service': 'glue.eu-west-1.amazonaws.com'}") "}],"
		" ['j', 'aws.glue.job', {'role': '${reg.name}'}],"
		" ['cn', 'aws.iam.role', {'assume_role_policy': " TRUST("{'Service': 'glue.amazonaws.com.cn'}") "}],"
		" ['c', 'aws.glue.crawler', {'role': '${cn.arn}'}],"
		" ['cond', 'aws.iam.role', {'assume_role_policy': {'Statement': {'Effect': 'Allow', "
		"   'Principal': {'Service': 'ec2.amazonaws.com'}, 'Action': ['sts:*'], "
		"   'Condition': {'StringEquals': {'aws:SourceAccount': '123456789012'}}}}}],"
		" ['p', 'aws.iam.instance_profile', {'role': '${cond.name}'}],"
		" ['text', 'aws.iam.role', {'assume_role_policy': '{\\\"Statement\\\": [{\\\"Effect\\\": \\\"Allow\\\", "
		"   \\\"Principal\\\": {\\\"Service\\\": \\\"redshift.amazonaws.com\\\"}, \\\"Action\\\": \\\"sts:AssumeRole\\\"}]}'}],"
		" ['rs', 'aws.redshift.cluster', {'iam_roles': ['${text.arn}', 'arn:aws:iam::1:role/x']}],"
		" ['tpl', 'aws.iam.role', {'assume_role_policy': " TRUST("{'Service': '${var.svc}'}") "}],"
		" ['f2', 'aws.lambda.function', {'role': '${tpl.arn}'}],"
		" ['var', 'aws.iam.role', {'assume_role_policy': '${var.trust}'}],"
		" ['f3', 'aws.lambda.function', {'role': '${var.arn}'}],"
		" ['f4', 'aws.lambda.function', {'role': 'arn:aws:iam::123456789012:role/l'}],"
		" ['many', 'aws.iam.role', {'assume_role_policy': " TRUST("{'Service': 'ec2.amazonaws.com'}") "}, true],"
		" ['f5', 'aws.lambda.function', {'role': '${many.arn}'}],"
		" ['west', 'aws.iam.role', {'assume_role_policy': " TRUST("{'Service': 'ec2.amazonaws.com'}") "}, false, 'aws.west'],"
		" ['f6', 'aws.lambda.function', {'role': '${west.arn}'}]]",
		collect_roles, &out);
	assert_string_equal(out.buf, "");

	/* A role that trusts another service: refused at the consumer's role,
	 * naming the role's assume_role_policy. */
	check_across_with(
		"[['ec2', 'aws.iam.role', {'assume_role_policy': " TRUST("{'Service': 'ec2.amazonaws.com'}") "}],"
		" ['f', 'aws.lambda.function', {'role': '${ec2.arn}'}]]",
		collect_roles, &out);
	assert_string_equal(out.buf,
			    "1.role~0.assume_role_policy error: role: role \"ec2\" does not trust "
			    "lambda.amazonaws.com: its assume_role_policy has no Allow statement for "
			    "sts:AssumeRole naming that service, and Lambda refuses to create a function "
			    "whose role it cannot assume (add {\"Effect\": \"Allow\", \"Principal\": "
			    "{\"Service\": \"lambda.amazonaws.com\"}, \"Action\": \"sts:AssumeRole\"})\n");
	strbuf_reset(&out);

	/* Each consumer, by where it gives the role; a Deny, another action, a
	 * look-alike principal and a Federated one are not trust. An error where
	 * the service's create call refuses the role, a warning where it takes
	 * it (and fails when it uses it). */
	check_across_with(
		"[['deny', 'aws.iam.role', {'assume_role_policy': {'Statement': [{'Effect': 'Deny', "
		"   'Principal': {'Service': 'states.amazonaws.com'}, 'Action': 'sts:AssumeRole'}]}}],"
		" ['sm', 'aws.sfn.state_machine', {'role_arn': '${deny.arn}', 'definition': {}}],"
		" ['web', 'aws.iam.role', {'assume_role_policy': {'Statement': [{'Effect': 'Allow', "
		"   'Principal': {'Service': 'scheduler.amazonaws.com'}, 'Action': 'sts:AssumeRoleWithWebIdentity'}]}}],"
		" ['s', 'aws.scheduler.schedule', {'target': {'arn': 'x', 'role_arn': '${web.arn}'}}],"
		" ['like', 'aws.iam.role', {'assume_role_policy': " TRUST("{'Service': 'events.amazonaws.com.evil'}") "}],"
		" ['ev', 'aws.events.rule', {'targets': [{'id': 'a', 'arn': 'x'}, {'id': 'b', 'arn': 'x', 'role_arn': '${like.arn}'}]}],"
		" ['fed', 'aws.iam.role', {'assume_role_policy': " TRUST("{'Federated': 'glue.amazonaws.com'}") "}],"
		" ['j', 'aws.glue.job', {'role': '${fed.name}'}],"
		" ['c', 'aws.glue.crawler', {'role': '${deny.arn}'}],"
		" ['p', 'aws.iam.instance_profile', {'role': '${deny.name}'}],"
		" ['rs', 'aws.redshift.cluster', {'iam_roles': ['${deny.arn}']}],"
		" ['ev2', 'aws.events.rule', {'role_arn': '${deny.arn}'}],"
		" ['fh', 'aws.firehose.delivery_stream', {'extended_s3_configuration': "
		"   {'role_arn': '${deny.arn}', 'bucket_arn': 'arn:aws:s3:::b'}}]]",
		collect_roles, &out);
	assert_non_null(strstr(out.buf, "1.role_arn~0.assume_role_policy error: role_arn: role \"deny\" does not trust states.amazonaws.com: "));
	assert_non_null(strstr(out.buf, "3.target.role_arn~2.assume_role_policy error: target.role_arn: role \"web\" does not trust scheduler.amazonaws.com: "));
	assert_non_null(strstr(out.buf, "5.targets~4.assume_role_policy warning: targets: role \"like\" does not trust events.amazonaws.com: "));
	assert_non_null(strstr(out.buf, "7.role~6.assume_role_policy warning: role: role \"fed\" does not trust glue.amazonaws.com: "));
	assert_non_null(strstr(out.buf, "8.role~0.assume_role_policy error: role: role \"deny\" does not trust glue.amazonaws.com: "));
	assert_non_null(strstr(out.buf, "9.role~0.assume_role_policy warning: role: role \"deny\" does not trust ec2.amazonaws.com: "));
	assert_non_null(strstr(out.buf, "10.iam_roles~0.assume_role_policy warning: iam_roles: role \"deny\" does not trust redshift.amazonaws.com: "));
	assert_non_null(strstr(out.buf, "11.role_arn~0.assume_role_policy error: role_arn: role \"deny\" does not trust events.amazonaws.com: "));
	/* CreateDeliveryStream assumes the role at once ("Firehose is unable
	 * to assume role"): an error. */
	assert_non_null(strstr(out.buf, "12.extended_s3_configuration.role_arn~0.assume_role_policy "
				      "error: extended_s3_configuration.role_arn: role \"deny\" does "
				      "not trust firehose.amazonaws.com: "));
	{
		int lines = 0;

		for (const char *c = out.buf; *c; c++)
			lines += *c == '\n';
		assert_int_equal(lines, 10); /* and the stream role's S3 warning */
	}
	strbuf_release(&out);
}

#define OPEN "{'Statement': {'Effect': 'Allow', 'Principal': '*', 'Action': '*'}}"
#define ALLOW(action, resource) "{'Statement': [{'Effect': 'Allow', 'Action': " action ", " \
				"'Resource': " resource "}]}"
#define SFN_ROLE(extra) "['r', 'aws.iam.role', {'assume_role_policy': " \
			TRUST("{'Service': 'states.amazonaws.com'}") extra "}]"
#define TASKS "{'StartAt': 'A', 'States': {" \
	"'A': {'Type': 'Task', 'Resource': 'arn:aws:states:::glue:startJobRun.sync', " \
	"      'Parameters': {'JobName': '${etl.name}'}, 'Next': 'B'}," \
	"'B': {'Type': 'Parallel', 'End': true, 'Branches': [{'StartAt': 'C', 'States': {" \
	"      'C': {'Type': 'Task', 'Resource': '${fn.arn}', 'End': true}}}]}}}"
#define TARGETS "['etl', 'aws.glue.job', {'name': 'nightly-etl', 'role': 'x'}]," \
		" ['fn', 'aws.lambda.function', {'function_name': 'notify', 'role': 'x'}]"

static void test_state_machine_tasks(void **state)
{
	struct strbuf out = STRBUF_INIT;
	(void)state;

	/* Allowed: by an inline policy (wildcards, ${...} as Resource), by a
	 * managed policy of the stack, by a statement not known yet. */
	check_across_with("[" SFN_ROLE(", 'inline_policies': {'run': " ALLOW("['glue:Start*', 'glue:GetJobRun']", "'arn:aws:glue:*:*:job/nightly-*'")
				       ", 'call': " ALLOW("'lambda:InvokeFunction'", "'${fn.arn}'") "}") ","
			  " ['sm', 'aws.sfn.state_machine', {'role_arn': '${r.arn}', 'definition': " TASKS "}], " TARGETS "]",
			  collect_roles, &out);
	assert_string_equal(out.buf, "");
	check_across_with("[" SFN_ROLE(", 'managed_policy_arns': ['${pol.arn}']") ","
			  " ['pol', 'aws.iam.policy', {'policy': " ALLOW("'*'", "'*'") "}],"
			  " ['sm', 'aws.sfn.state_machine', {'role_arn': '${r.arn}', 'definition': " TASKS "}], " TARGETS "]",
			  collect_roles, &out);
	assert_string_equal(out.buf, "");
	check_across_with("[" SFN_ROLE(", 'inline_policies': {'x': " ALLOW("'${var.action}'", "'*'") "}") ","
			  " ['sm', 'aws.sfn.state_machine', {'role_arn': '${r.arn}', 'definition': " TASKS "}], " TARGETS "]",
			  collect_roles, &out);
	assert_string_equal(out.buf, "");

	/* Not allowed: a warning at the definition naming the role's policies,
	 * for each Task (inside a Parallel branch too); a policy ARN from
	 * outside the stack is named as what may still allow it. */
	check_across_with("[" SFN_ROLE(", 'inline_policies': {'run': " ALLOW("'glue:StartJobRun'", "'arn:aws:glue:*:*:job/other'")
				       "}, 'managed_policy_arns': ['arn:aws:iam::aws:policy/ReadOnlyAccess']") ","
			  " ['sm', 'aws.sfn.state_machine', {'role_arn': '${r.arn}', 'definition': " TASKS "}], " TARGETS "]",
			  collect_roles, &out);
	assert_string_equal(out.buf,
			    "1.definition~0.inline_policies warning: definition: state \"A\" starts Glue "
			    "job \"etl\", but no policy the stack writes for role \"r\" allows "
			    "glue:StartJobRun on it (unless arn:aws:iam::aws:policy/ReadOnlyAccess, not in "
			    "the stack, does): the execution would fail with AccessDenied (e.g. an inline "
			    "policy {\"Effect\": \"Allow\", \"Action\": \"glue:StartJobRun\", \"Resource\": "
			    "\"${etl.arn}\"})\n"
			    "1.definition~0.inline_policies warning: definition: state \"C\" starts Lambda "
			    "function \"fn\", but no policy the stack writes for role \"r\" allows "
			    "lambda:InvokeFunction on it (unless arn:aws:iam::aws:policy/ReadOnlyAccess, not "
			    "in the stack, does): the execution would fail with AccessDenied (e.g. an inline "
			    "policy {\"Effect\": \"Allow\", \"Action\": \"lambda:InvokeFunction\", "
			    "\"Resource\": \"${fn.arn}\"})\n");
	strbuf_reset(&out);

	/* A Task naming its function and job by their names, through
	 * lambda:invoke and a JSON text definition; a Deny is no grant. */
	check_across_with("[" SFN_ROLE(", 'inline_policies': {'d': {'Statement': {'Effect': 'Deny', 'Action': '*', 'Resource': '*'}}}") ","
			  " ['sm', 'aws.sfn.state_machine', {'role_arn': '${r.arn}', 'definition': '{\\\"StartAt\\\": \\\"L\\\", \\\"States\\\": {"
			  "\\\"L\\\": {\\\"Type\\\": \\\"Task\\\", \\\"Resource\\\": \\\"arn:aws:states:::lambda:invoke\\\", \\\"Parameters\\\": "
			  "{\\\"FunctionName\\\": \\\"arn:aws:lambda:us-east-1:123456789012:function:notify:$LATEST\\\"}, \\\"Next\\\": \\\"G\\\"},"
			  "\\\"G\\\": {\\\"Type\\\": \\\"Task\\\", \\\"Resource\\\": \\\"arn:aws:states:::glue:startJobRun\\\", \\\"Parameters\\\": "
			  "{\\\"JobName\\\": \\\"nightly-etl\\\"}, \\\"End\\\": true}}}'}], " TARGETS "]",
			  collect_roles, &out);
	assert_non_null(strstr(out.buf, "state \"L\" starts Lambda function \"fn\""));
	assert_non_null(strstr(out.buf, "state \"G\" starts Glue job \"etl\""));
	strbuf_reset(&out);

	/* Not known: a role by ARN, a definition of ${...}, a JobName.$ path,
	 * a function of another name: nothing. */
	check_across_with("[" SFN_ROLE("") ","
			  " ['a', 'aws.sfn.state_machine', {'role_arn': 'arn:aws:iam::1:role/r', 'definition': " TASKS "}],"
			  " ['b', 'aws.sfn.state_machine', {'role_arn': '${r.arn}', 'definition': '${var.definition}'}],"
			  " ['c', 'aws.sfn.state_machine', {'role_arn': '${r.arn}', 'definition': {'StartAt': 'A', 'States': {"
			  "   'A': {'Type': 'Task', 'Resource': 'arn:aws:states:::glue:startJobRun', 'Parameters': {'JobName.$': '$.job'}, 'Next': 'B'},"
			  "   'B': {'Type': 'Task', 'Resource': 'arn:aws:lambda:us-east-1:1:function:notify-other', 'End': true}}}}], " TARGETS "]",
			  collect_roles, &out);
	assert_string_equal(out.buf, "");
	strbuf_release(&out);
}

#define LAMBDA_ROLE(extra) "['r', 'aws.iam.role', {'assume_role_policy': " \
			   TRUST("{'Service': 'lambda.amazonaws.com'}") extra "}]"
#define IN_VPC "['f', 'aws.lambda.function', {'role': '${r.arn}', " \
	       "'vpc_config': {'subnet_ids': ['${a.id}', 'subnet-1'], 'security_group_ids': ['${sg.id}']}}]"

/* ---- across resources: what a key encrypts, and who uses it (rules_kms.c) ---- */

#define ROOT_KEY "{'Statement': [{'Effect': 'Allow', 'Principal': {'AWS': " \
		 "'arn:aws:iam::123456789012:root'}, 'Action': 'kms:*', 'Resource': '*'}]}"
#define SERVICE_KEY(svc) "{'Statement': [{'Effect': 'Allow', 'Principal': {'AWS': " \
		 "'arn:aws:iam::123456789012:root'}, 'Action': 'kms:*', 'Resource': '*'}, " \
		 "{'Effect': 'Allow', 'Principal': {'Service': '" svc "'}, 'Action': " \
		 "['kms:GenerateDataKey*', 'kms:Decrypt'], 'Resource': '*'}]}"
#define OPEN "{'Statement': {'Effect': 'Allow', 'Principal': '*', 'Action': '*'}}"
#define ALLOW(action, resource) "{'Statement': [{'Effect': 'Allow', 'Action': " action ", " \
		 "'Resource': " resource "}]}"

/* The lines of what a key encrypts (the other checks across resources
 * report too). */
static size_t lines_of(const char *s)
{
	size_t n = 0;

	for (const char *p = strstr(s, "which is encrypted with key"); p;
	     p = strstr(p + 1, "which is encrypted with key"))
		n++;
	return n;
}

/* A log group's key lets CloudWatch Logs use it: an error where it does
 * not (AWS's default policy included), nothing where it does; the key
 * reached through an alias of the stack too; a key by ARN, not looked at. */
static void test_key_uses_log_groups(void **state)
{
	struct strbuf out = STRBUF_INIT;
	(void)state;

	check_across_with("[['k', 'aws.kms.key', {'policy': " ROOT_KEY "}],"
			  " ['d', 'aws.kms.key', {}],"
			  " ['a', 'aws.kms.alias', {'name': 'alias/lake', 'target_key_id': '${d.key_id}'}],"
			  " ['g', 'aws.logs.log_group', {'name': '/x', 'kms_key_id': '${k.arn}'}],"
			  " ['h', 'aws.logs.log_group', {'name': '/y', 'kms_key_id': '${a.arn}'}],"
			  " ['o', 'aws.logs.log_group', {'name': '/z', 'kms_key_id': "
			  "   'arn:aws:kms:us-east-1:123456789012:key/1234'}]]",
			  collect_roles, &out);
	assert_non_null(strstr(out.buf, "3.kms_key_id~0.policy error: kms_key_id: CloudWatch Logs "
				      "keeps log group \"g\", which is encrypted with key \"k\", but "
				      "key \"k\"'s policy has no Allow statement of kms:GenerateDataKey "
				      "and kms:Decrypt for logs.REGION.amazonaws.com"));
	assert_non_null(strstr(out.buf, "4.kms_key_id~1.policy error: kms_key_id: CloudWatch Logs "
				      "keeps log group \"h\", which is encrypted with key \"d\", but "
				      "key \"d\"'s policy (AWS's default, none written) has no Allow"));
	assert_int_equal(lines_of(out.buf), 2);
	strbuf_reset(&out);

	check_across_with("[['k', 'aws.kms.key', {'policy': " SERVICE_KEY("logs.us-east-1.amazonaws.com") "}],"
			  " ['g', 'aws.logs.log_group', {'name': '/x', 'kms_key_id': '${k.arn}'}]]",
			  collect_roles, &out);
	assert_string_equal(out.buf, "");
	strbuf_release(&out);
}

/* The roles that read or write an encrypted bucket: by what their policies
 * allow on it, by a Firehose stream's and a Glue job's own attributes. */
static void test_key_uses_buckets(void **state)
{
	struct strbuf out = STRBUF_INIT;
	(void)state;

	/* The key lets the account; the roles' policies allow no kms action:
	 * a warning per role at the bucket's key, naming the role's policies. */
	check_across_with("[['k', 'aws.kms.key', {'policy': " ROOT_KEY "}],"
			  " ['raw', 'aws.s3.bucket', {'name': 'raw-data', 'encryption':"
			  "   {'sse_algorithm': 'aws:kms', 'kms_key_id': '${k.arn}'}}],"
			  " ['reader', 'aws.iam.role', {'name': 'reader', 'inline_policies': {'read': "
			  "   " ALLOW("'s3:GetObject'", "'${raw.arn}/*'") "}}],"
			  " ['writer', 'aws.iam.role', {'name': 'writer', 'inline_policies': {'w': "
			  "   " ALLOW("['s3:PutObject', 's3:GetObject']", "['arn:aws:s3:::raw-data/*']") "}}],"
			  " ['other', 'aws.iam.role', {'name': 'other', 'inline_policies': {'w': "
			  "   " ALLOW("'s3:*'", "'arn:aws:s3:::raw-data-2/*'") "}}],"
			  " ['fh_role', 'aws.iam.role', {'name': 'fh'}],"
			  " ['fh', 'aws.firehose.delivery_stream', {'name': 'f', 'extended_s3_configuration':"
			  "   {'role_arn': '${fh_role.arn}', 'bucket_arn': '${raw.arn}'}}],"
			  " ['glue_role', 'aws.iam.role', {'name': 'g'}],"
			  " ['job', 'aws.glue.job', {'name': 'j', 'role': '${glue_role.arn}', 'command':"
			  "   {'name': 'glueetl', 'script_location': 's3://${raw.name}/job.py'}}]]",
			  collect_roles, &out);
	assert_non_null(strstr(out.buf, "1.encryption.kms_key_id~2.inline_policies warning: "
				      "encryption.kms_key_id: role \"reader\" reads bucket \"raw\" (its "
				      "policy allows it), which is encrypted with key \"k\", but no "
				      "policy the stack writes for role \"reader\" allows kms:Decrypt on "
				      "key \"k\""));
	assert_non_null(strstr(out.buf, "1.encryption.kms_key_id~3.inline_policies warning: "
				      "encryption.kms_key_id: role \"writer\" reads and writes bucket "
				      "\"raw\" (its policy allows it), which is encrypted with key \"k\", "
				      "but no policy the stack writes for role \"writer\" allows "
				      "kms:Decrypt and kms:GenerateDataKey"));
	assert_non_null(strstr(out.buf, "1.encryption.kms_key_id~5.inline_policies warning: "
				      "encryption.kms_key_id: aws.firehose.delivery_stream \"fh\" writes "
				      "bucket \"raw\" as role \"fh_role\""));
	assert_non_null(strstr(out.buf, "1.encryption.kms_key_id~7.inline_policies warning: "
				      "encryption.kms_key_id: aws.glue.job \"job\" reads its script from "
				      "bucket \"raw\" as role \"glue_role\""));
	assert_null(strstr(out.buf, "role \"other\""));
	assert_int_equal(lines_of(out.buf), 4);
	strbuf_reset(&out);

	/* The Firehose stream's and the Glue job's roles allowed the key's
	 * actions: nothing of the key (the Firehose role's S3 warning stays). */
	check_across_with("[['k', 'aws.kms.key', {'policy': " ROOT_KEY "}],"
			  " ['raw', 'aws.s3.bucket', {'name': 'raw-data', 'encryption':"
			  "   {'sse_algorithm': 'aws:kms', 'kms_key_id': '${k.arn}'}}],"
			  " ['fh_role', 'aws.iam.role', {'name': 'fh', 'inline_policies': {'k': "
			  "   " ALLOW("['kms:GenerateDataKey', 'kms:Decrypt']", "'${k.arn}'") "}}],"
			  " ['fh', 'aws.firehose.delivery_stream', {'name': 'f', 'extended_s3_configuration':"
			  "   {'role_arn': '${fh_role.arn}', 'bucket_arn': '${raw.arn}'}}],"
			  " ['glue_role', 'aws.iam.role', {'name': 'g', 'inline_policies': {'k': "
			  "   " ALLOW("'kms:Decrypt'", "'*'") "}}],"
			  " ['job', 'aws.glue.job', {'name': 'j', 'role': '${glue_role.arn}', 'command':"
			  "   {'name': 'glueetl', 'script_location': 's3://raw-data/job.py'}}]]",
			  collect_roles, &out);
	assert_int_equal(lines_of(out.buf), 0);
	strbuf_reset(&out);

	/* The same with the key's policy letting neither: at the key's policy. */
	check_across_with("[['k', 'aws.kms.key', {'policy': {'Statement': [{'Effect': 'Allow',"
			  "   'Principal': {'AWS': 'arn:aws:iam::123456789012:role/admin'}, 'Action': 'kms:*',"
			  "   'Resource': '*'}]}}],"
			  " ['raw', 'aws.s3.bucket', {'name': 'raw-data', 'encryption':"
			  "   {'sse_algorithm': 'aws:kms', 'kms_key_id': '${k.key_id}'}}],"
			  " ['reader', 'aws.iam.role', {'name': 'reader', 'inline_policies': {'read': "
			  "   " ALLOW("['s3:GetObject', 'kms:Decrypt']", "['${raw.arn}/*', '*']") "}}]]",
			  collect_roles, &out);
	assert_string_equal(out.buf, "1.encryption.kms_key_id~0.policy warning: encryption.kms_key_id: "
			    "role \"reader\" reads bucket \"raw\" (its policy allows it), which is "
			    "encrypted with key \"k\", but key \"k\"'s policy lets neither role "
			    "\"reader\" nor the account use it for kms:Decrypt (add a statement "
			    "allowing Principal {\"AWS\": \"${reader.arn}\"} kms:Decrypt): AWS takes it, "
			    "and each of those reads or writes fails with AccessDenied\n");
	strbuf_reset(&out);

	/* Accepted: the role's own policy allows the key's actions (a key of
	 * AWS's default policy); the key's policy names the role by its ARN;
	 * an AWS managed policy that allows every action; a bucket by ARN. */
	check_across_with("[['k', 'aws.kms.key', {}],"
			  " ['n', 'aws.kms.key', {'policy': {'Statement': [{'Effect': 'Allow',"
			  "   'Principal': {'AWS': ['arn:aws:iam::123456789012:role/named']},"
			  "   'Action': ['kms:Decrypt', 'kms:GenerateDataKey'], 'Resource': '*'}]}}],"
			  " ['raw', 'aws.s3.bucket', {'name': 'raw-data', 'encryption':"
			  "   {'sse_algorithm': 'aws:kms', 'kms_key_id': '${k.arn}'}}],"
			  " ['gold', 'aws.s3.bucket', {'name': 'gold', 'encryption':"
			  "   {'sse_algorithm': 'aws:kms', 'kms_key_id': '${n.arn}'}}],"
			  " ['reader', 'aws.iam.role', {'name': 'reader', 'inline_policies': {'read': "
			  "   " ALLOW("['s3:GetObject', 's3:PutObject', 'kms:Decrypt', 'kms:GenerateDataKey*']",
				  "['${raw.arn}/*', '${k.arn}']") "}}],"
			  " ['named', 'aws.iam.role', {'name': 'named', 'inline_policies': {'rw': "
			  "   " ALLOW("'s3:*Object'", "'${gold.arn}/*'") "}}],"
			  " ['admin', 'aws.iam.role', {'name': 'admin', 'managed_policy_arns':"
			  "   ['arn:aws:iam::aws:policy/AdministratorAccess'], 'inline_policies': {'r': "
			  "   " ALLOW("'s3:GetObject'", "'${raw.arn}/*'") "}}]]",
			  collect_roles, &out);
	assert_string_equal(out.buf, "");
	strbuf_release(&out);
}

/* A secret's key lets the account (Secrets Manager uses it for its
 * callers), and its readers may decrypt with it. */
static void test_key_uses_secrets(void **state)
{
	struct strbuf out = STRBUF_INIT;
	(void)state;

	check_across_with("[['k', 'aws.kms.key', {'policy': {'Statement': [{'Effect': 'Allow',"
			  "   'Principal': {'AWS': 'arn:aws:iam::123456789012:role/admin'}, 'Action': 'kms:*',"
			  "   'Resource': '*'}]}}],"
			  " ['s', 'aws.secretsmanager.secret', {'name': 'etl/db', 'kms_key_id': '${k.arn}'}]]",
			  collect_roles, &out);
	assert_string_equal(out.buf, "1.kms_key_id~0.policy warning: kms_key_id: Secrets Manager keeps "
			    "secret \"s\" for the account's principals, which is encrypted with key "
			    "\"k\", but key \"k\"'s policy does not let the account's principals use it "
			    "for kms:GenerateDataKey and kms:Decrypt (add the statement AWS's default "
			    "policy has: Principal {\"AWS\": \"arn:aws:iam::ACCOUNT:root\"}, Action "
			    "\"kms:*\"): Secrets Manager fails to store or read the secret's value "
			    "(AccessDenied from KMS) unless the key's policy names each caller\n");
	strbuf_reset(&out);

	/* AWS's default policy lets the account; a reader without kms:Decrypt
	 * (by reference, by ARN) warns; one with it, or reading another, not. */
	check_across_with("[['k', 'aws.kms.key', {}],"
			  " ['s', 'aws.secretsmanager.secret', {'name': 'etl/db', 'kms_key_id': '${k.arn}'}],"
			  " ['r1', 'aws.iam.role', {'name': 'r1', 'inline_policies': {'p': "
			  "   " ALLOW("'secretsmanager:GetSecretValue'", "'${s.arn}'") "}}],"
			  " ['r2', 'aws.iam.role', {'name': 'r2', 'inline_policies': {'p': "
			  "   " ALLOW("'secretsmanager:Get*'", "'arn:aws:secretsmanager:us-east-1:1:secret:etl/db-*'") "}}],"
			  " ['r3', 'aws.iam.role', {'name': 'r3', 'inline_policies': {'p': "
			  "   " ALLOW("['secretsmanager:GetSecretValue', 'kms:Decrypt']", "['${s.arn}', '${k.arn}']") "}}],"
			  " ['r4', 'aws.iam.role', {'name': 'r4', 'inline_policies': {'p': "
			  "   " ALLOW("'secretsmanager:GetSecretValue'", "'arn:aws:secretsmanager:us-east-1:1:secret:etl/dbx-*'") "}}]]",
			  collect_roles, &out);
	assert_non_null(strstr(out.buf, "1.kms_key_id~2.inline_policies warning: kms_key_id: role "
				      "\"r1\" reads secret \"s\""));
	assert_non_null(strstr(out.buf, "1.kms_key_id~3.inline_policies warning: kms_key_id: role "
				      "\"r2\" reads secret \"s\""));
	assert_int_equal(lines_of(out.buf), 2);
	strbuf_release(&out);
}

/* The services that publish to an encrypted topic or queue: S3's
 * notifications an error, EventBridge, alarms and SNS warnings. */
static void test_key_uses_publishers(void **state)
{
	struct strbuf out = STRBUF_INIT;
	(void)state;

	check_across_with("[['k', 'aws.kms.key', {'policy': " ROOT_KEY "}],"
			  " ['q', 'aws.sqs.queue', {'name': 'q', 'kms_master_key_id': '${k.arn}'}],"
			  " ['t', 'aws.sns.topic', {'name': 't', 'kms_master_key_id': '${k.key_id}'}],"
			  " ['raw', 'aws.s3.bucket', {'name': 'raw-data'}],"
			  " ['n', 'aws.s3.bucket_notification', {'bucket': '${raw.name}',"
			  "   'queue': [{'queue_arn': 'arn:aws:sqs:us-east-1:1:x'}, {'queue_arn': '${q.arn}'}],"
			  "   'topic': [{'topic_arn': '${t.arn}'}]}],"
			  " ['r', 'aws.events.rule', {'name': 'r', 'targets': [{'id': 'a', 'arn': '${t.arn}'}]}],"
			  " ['al', 'aws.cloudwatch.metric_alarm', {'alarm_name': 'a', 'alarm_actions': ['${t.arn}']}],"
			  " ['sub', 'aws.sns.subscription', {'topic_arn': '${t.arn}', 'protocol': 'sqs',"
			  "   'endpoint': '${q.arn}'}]]",
			  collect_roles, &out);
	assert_non_null(strstr(out.buf, "4.queue[1].queue_arn~0.policy error: queue[1].queue_arn: S3 "
				      "sends the bucket's notifications to queue \"q\", which is "
				      "encrypted with key \"k\", but key \"k\"'s policy has no Allow "
				      "statement of kms:GenerateDataKey and kms:Decrypt for "
				      "s3.REGION.amazonaws.com"));
	assert_non_null(strstr(out.buf, "refuses it (\"Unable to validate the following destination "
				      "configurations\")\n"));
	assert_non_null(strstr(out.buf, "4.topic[0].topic_arn~0.policy error: topic[0].topic_arn: S3 "));
	assert_non_null(strstr(out.buf, "5.targets[0].arn~0.policy warning: targets[0].arn: "
				      "EventBridge sends the rule's events to topic \"t\""));
	assert_non_null(strstr(out.buf, "6.alarm_actions[0]~0.policy warning: alarm_actions[0]: "
				      "CloudWatch sends the alarm's notifications to topic \"t\""));
	assert_non_null(strstr(out.buf, "7.endpoint~0.policy warning: endpoint: SNS delivers the "
				      "topic's messages to queue \"q\""));
	assert_int_equal(lines_of(out.buf), 5);
	strbuf_reset(&out);

	/* Each service let use the key (a list of principals, a wildcard
	 * action): nothing. */
	check_across_with("[['k', 'aws.kms.key', {'policy': {'Statement': [{'Effect': 'Allow',"
			  "   'Principal': {'Service': ['s3.amazonaws.com', 'events.amazonaws.com',"
			  "   'cloudwatch.amazonaws.com', 'sns.amazonaws.com']}, 'Action': 'kms:*',"
			  "   'Resource': '*'}]}}],"
			  " ['q', 'aws.sqs.queue', {'name': 'q', 'kms_master_key_id': '${k.arn}', 'policy': " OPEN "}],"
			  " ['t', 'aws.sns.topic', {'name': 't', 'kms_master_key_id': '${k.arn}', 'policy': " OPEN "}],"
			  " ['n', 'aws.s3.bucket_notification', {'bucket': 'raw-data',"
			  "   'queue': [{'queue_arn': '${q.arn}'}], 'topic': [{'topic_arn': '${t.arn}'}]}],"
			  " ['r', 'aws.events.rule', {'name': 'r', 'targets': [{'id': 'a', 'arn': '${q.arn}'}]}],"
			  " ['al', 'aws.cloudwatch.metric_alarm', {'alarm_name': 'a', 'ok_actions': ['${t.arn}']}],"
			  " ['sub', 'aws.sns.subscription', {'topic_arn': '${t.arn}', 'protocol': 'sqs',"
			  "   'endpoint': '${q.arn}'}]]",
			  collect_roles, &out);
	assert_string_equal(out.buf, "");

	/* Not known yet: a policy of ${...}; a topic with count: nothing. An
	 * account's root whose account is ${...} is still no service: S3 may
	 * not use key j. */
	check_across_with("[['k', 'aws.kms.key', {'policy': '${var.policy}'}],"
			  " ['j', 'aws.kms.key', {'policy': {'Statement': [{'Effect': 'Allow',"
			  "   'Principal': {'AWS': 'arn:aws:iam::${var.account}:root'}, 'Action': 'kms:*',"
			  "   'Resource': '*'}]}}],"
			  " ['q', 'aws.sqs.queue', {'name': 'q', 'kms_master_key_id': '${k.arn}', 'policy': " OPEN "}],"
			  " ['t', 'aws.sns.topic', {'name': 't', 'kms_master_key_id': '${j.arn}', 'policy': " OPEN "}],"
			  " ['m', 'aws.sns.topic', {'name': 'm', 'kms_master_key_id': '${j.arn}', 'policy': " OPEN "}, true],"
			  " ['n', 'aws.s3.bucket_notification', {'bucket': 'raw-data',"
			  "   'queue': [{'queue_arn': '${q.arn}'}], 'topic': [{'topic_arn': '${t.arn}'},"
			  "   {'topic_arn': '${m.arn}'}]}]]",
			  collect_roles, &out);
	assert_non_null(strstr(out.buf, "5.topic[0].topic_arn~1.policy error: topic[0].topic_arn: S3 "
				      "sends the bucket's notifications to topic \"t\""));
	assert_int_equal(lines_of(out.buf), 1);
	strbuf_reset(&out);

	/* A key's policy of ${...} parts: the account's root lets a role
	 * whose own policy allows the key's actions; a role ARN of ${...} may
	 * be the role; a service principal of ${var.region} may be S3's. */
	check_across_with("[['k', 'aws.kms.key', {'policy': {'Statement': [{'Effect': 'Allow',"
			  "   'Principal': {'AWS': 'arn:aws:iam::${data.account.account_id}:root'},"
			  "   'Action': 'kms:*', 'Resource': '*'}, {'Effect': 'Allow', 'Principal': {'Service':"
			  "   's3.${var.region}.amazonaws.com'}, 'Action': 'kms:*', 'Resource': '*'}]}}],"
			  " ['n', 'aws.kms.key', {'policy': {'Statement': [{'Effect': 'Allow',"
			  "   'Principal': {'AWS': 'arn:aws:iam::${var.account}:role/${var.project}-r'},"
			  "   'Action': 'kms:*', 'Resource': '*'}]}}],"
			  " ['raw', 'aws.s3.bucket', {'name': 'raw-data', 'encryption':"
			  "   {'sse_algorithm': 'aws:kms', 'kms_key_id': '${k.arn}'}}],"
			  " ['gold', 'aws.s3.bucket', {'name': 'gold', 'encryption':"
			  "   {'sse_algorithm': 'aws:kms', 'kms_key_id': '${n.arn}'}}],"
			  " ['q', 'aws.sqs.queue', {'name': 'q', 'kms_master_key_id': '${k.arn}', 'policy': " OPEN "}],"
			  " ['note', 'aws.s3.bucket_notification', {'bucket': '${raw.name}',"
			  "   'queue': [{'queue_arn': '${q.arn}'}]}],"
			  " ['ok', 'aws.iam.role', {'name': 'ok', 'inline_policies': {'p': "
			  "   " ALLOW("['s3:GetObject', 'kms:Decrypt']", "['${raw.arn}/*', '${k.arn}']") "}}],"
			  " ['r', 'aws.iam.role', {'name': 'r', 'inline_policies': {'p': "
			  "   " ALLOW("'s3:GetObject'", "['${raw.arn}/*', '${gold.arn}/*']") "}}]]",
			  collect_roles, &out);
	assert_string_equal(out.buf, "2.encryption.kms_key_id~7.inline_policies warning: "
			    "encryption.kms_key_id: role \"r\" reads bucket \"raw\" (its policy allows it), "
			    "which is encrypted with key \"k\", but no policy the stack writes for role "
			    "\"r\" allows kms:Decrypt on key \"k\", nor does the key's policy name the "
			    "role (e.g. an inline policy {\"Effect\": \"Allow\", \"Action\": "
			    "\"kms:Decrypt\", \"Resource\": \"${k.arn}\"}): AWS takes it, and each of "
			    "those reads or writes fails with AccessDenied\n");
	
	strbuf_release(&out);
}

/* A role whose policy allows reading a bucket or a secret on "*" reads
 * the encrypted ones too: a warning as for one that names them; with the
 * key's actions (on "*" too) or only other actions on "*", nothing. */
static void test_key_uses_star(void **state)
{
	struct strbuf out = STRBUF_INIT;
	(void)state;

	check_across_with("[['k', 'aws.kms.key', {'policy': " ROOT_KEY "}],"
			  " ['raw', 'aws.s3.bucket', {'name': 'raw-data', 'encryption':"
			  "   {'sse_algorithm': 'aws:kms', 'kms_key_id': '${k.arn}'}}],"
			  " ['s', 'aws.secretsmanager.secret', {'name': 'etl/db', 'kms_key_id': '${k.arn}'}],"
			  " ['any', 'aws.iam.role', {'name': 'any', 'inline_policies': {'p': "
			  "   " ALLOW("['s3:GetObject', 's3:PutObject', 'secretsmanager:GetSecretValue']", "'*'") "}}],"
			  " ['ok', 'aws.iam.role', {'name': 'ok', 'inline_policies': {'p': "
			  "   " ALLOW("['s3:*', 'secretsmanager:*', 'kms:Decrypt', 'kms:GenerateDataKey']", "'*'") "}}],"
			  " ['lists', 'aws.iam.role', {'name': 'lists', 'inline_policies': {'p': "
			  "   " ALLOW("['s3:ListBucket', 'secretsmanager:ListSecrets']", "'*'") "}}]]",
			  collect_roles, &out);
	assert_non_null(strstr(out.buf, "1.encryption.kms_key_id~3.inline_policies warning: "
				      "encryption.kms_key_id: role \"any\" reads and writes bucket \"raw\" "
				      "(its policy allows it), which is encrypted with key \"k\", but no "
				      "policy the stack writes for role \"any\" allows kms:Decrypt and "
				      "kms:GenerateDataKey on key \"k\""));
	assert_non_null(strstr(out.buf, "2.kms_key_id~3.inline_policies warning: kms_key_id: role "
				      "\"any\" reads secret \"s\" (its policy allows it), which is "
				      "encrypted with key \"k\", but no policy the stack writes for role "
				      "\"any\" allows kms:Decrypt"));
	assert_null(strstr(out.buf, "role \"ok\""));
	assert_null(strstr(out.buf, "role \"lists\""));
	assert_int_equal(lines_of(out.buf), 2);
	strbuf_release(&out);
}

/* An EventBridge Scheduler schedule sends to its target as its own role:
 * to an encrypted queue or topic, that role needs kms:GenerateDataKey and
 * kms:Decrypt on the key (a warning at the queue's or topic's key, the
 * detail at the role's policies); with them, or to a queue without a key
 * of the stack, nothing. */
static void test_key_uses_schedules(void **state)
{
	struct strbuf out = STRBUF_INIT;
	(void)state;

#define SCHEDULER_ROLE(name, policies) "['" name "', 'aws.iam.role', {'name': '" name "', " \
	"'assume_role_policy': " TRUST("{'Service': 'scheduler.amazonaws.com'}") ", " \
	"'inline_policies': " policies "}]"
#define SCHEDULE(name, target, role) "['" name "', 'aws.scheduler.schedule', {'name': '" name "'," \
	" 'schedule_expression': 'rate(1 hour)', 'flexible_time_window': {'mode': 'OFF'}," \
	" 'target': {'arn': '" target "', 'role_arn': '" role "'}}]"
	check_across_with("[['k', 'aws.kms.key', {'policy': " ROOT_KEY "}],"
			  " ['q', 'aws.sqs.queue', {'name': 'q', 'kms_master_key_id': '${k.arn}'}],"
			  " ['t', 'aws.sns.topic', {'name': 't', 'kms_master_key_id': '${k.key_id}'}],"
			  " ['plain', 'aws.sqs.queue', {'name': 'plain'}], "
			  SCHEDULER_ROLE("sender", "{'p': " ALLOW("['sqs:SendMessage', 'sns:Publish']", "'*'") "}") ", "
			  SCHEDULE("s1", "${q.arn}", "${sender.arn}") ", "
			  SCHEDULE("s2", "${t.arn}", "${sender.arn}") ", "
			  SCHEDULE("s3", "${plain.arn}", "${sender.arn}") "]",
			  collect_roles, &out);
	assert_non_null(strstr(out.buf, "1.kms_master_key_id~4.inline_policies warning: "
				      "kms_master_key_id: aws.scheduler.schedule \"s1\" sends to queue "
				      "\"q\" as role \"sender\", which is encrypted with key \"k\", but no "
				      "policy the stack writes for role \"sender\" allows kms:GenerateDataKey "
				      "and kms:Decrypt on key \"k\""));
	assert_non_null(strstr(out.buf, "EventBridge Scheduler takes the schedule, and each "
				      "invocation of the target fails (KMS.AccessDeniedException)\n"));
	assert_non_null(strstr(out.buf, "2.kms_master_key_id~4.inline_policies warning: "
				      "kms_master_key_id: aws.scheduler.schedule \"s2\" sends to topic "
				      "\"t\" as role \"sender\""));
	assert_null(strstr(out.buf, "\"s3\""));
	assert_int_equal(lines_of(out.buf), 2);
	strbuf_reset(&out);

	/* The role allowed the key's actions; a role by ARN: nothing. */
	check_across_with("[['k', 'aws.kms.key', {'policy': " ROOT_KEY "}],"
			  " ['q', 'aws.sqs.queue', {'name': 'q', 'kms_master_key_id': '${k.arn}'}], "
			  SCHEDULER_ROLE("sender", "{'p': " ALLOW("['sqs:SendMessage', 'kms:GenerateDataKey', 'kms:Decrypt']",
								 "['${q.arn}', '${k.arn}']") "}") ", "
			  SCHEDULE("s1", "${q.arn}", "${sender.arn}") ", "
			  SCHEDULE("s2", "${q.arn}", "arn:aws:iam::123456789012:role/elsewhere") "]",
			  collect_roles, &out);
	assert_int_equal(lines_of(out.buf), 0);
	strbuf_release(&out);
#undef SCHEDULE
#undef SCHEDULER_ROLE
}

static void test_functions_in_a_vpc(void **state)
{
	struct strbuf out = STRBUF_INIT;
	static const char *const granted[] = {
		/* the managed policies the Lambda guide names, in any partition */
		", 'managed_policy_arns': ['arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole']",
		", 'managed_policy_arns': ['arn:aws-cn:iam::aws:policy/service-role/AWSLambdaENIManagementAccess']",
		", 'managed_policy_arns': ['arn:aws:iam::aws:policy/AdministratorAccess']",
		/* an inline policy: the three actions, ec2:*, a wildcard, across
		 * two statements and two policies, as JSON text */
		", 'inline_policies': {'eni': " ALLOW("['ec2:CreateNetworkInterface', 'ec2:DescribeNetworkInterfaces', 'ec2:DeleteNetworkInterface']", "'*'") "}",
		", 'inline_policies': {'all': " ALLOW("'ec2:*'", "'*'") "}",
		", 'inline_policies': {'w': " ALLOW("['EC2:*NetworkInterface*']", "'*'") "}",
		", 'inline_policies': {'a': " ALLOW("'ec2:CreateNetworkInterface'", "'*'") ", "
		"  'b': {'Statement': [{'Effect': 'Allow', 'Action': 'ec2:Describe*', 'Resource': '*'},"
		"                      {'Effect': 'Allow', 'Action': 'ec2:DeleteNetworkInterface', 'Resource': '*'}]}}",
		", 'inline_policies': {'t': '{\\\"Statement\\\": {\\\"Effect\\\": \\\"Allow\\\", \\\"Action\\\": \\\"ec2:*\\\", \\\"Resource\\\": \\\"*\\\"}}'}",
		/* a policy of the stack, by reference */
		", 'managed_policy_arns': ['arn:aws:iam::aws:policy/ReadOnlyAccess', '${pol.arn}']",
		/* not known yet: an action, a document, a list of policies */
		", 'inline_policies': {'x': " ALLOW("'${var.action}'", "'*'") "}",
		", 'inline_policies': {'x': '${var.policy}'}",
		", 'managed_policy_arns': '${var.policies}'",
		", 'managed_policy_arns': ['${var.policy_arn}']",
	};
	(void)state;

	for (size_t i = 0; i < sizeof(granted) / sizeof(granted[0]); i++) {
		char *with = xasprintf("[" LAMBDA_ROLE("%s") ", " IN_VPC ", ['pol', 'aws.iam.policy', "
				       "{'policy': " ALLOW("'ec2:*NetworkInterface*'", "'*'") "}]]",
				       granted[i]);

		check_across_with(with, collect_roles, &out);
		if (out.len)
			fail_msg("grant %zu: %s", i, out.buf);
		free(with);
	}

	/* No VPC, a VPC not known yet, the lists [] (out of a VPC), a role by
	 * ARN, a function with count: nothing to say. */
	check_across_with("[" LAMBDA_ROLE("") ","
			  " ['f1', 'aws.lambda.function', {'role': '${r.arn}'}],"
			  " ['f2', 'aws.lambda.function', {'role': '${r.arn}', 'vpc_config': '${var.vpc}'}],"
			  " ['f3', 'aws.lambda.function', {'role': '${r.arn}', 'vpc_config': {'subnet_ids': '${var.subnets}', 'security_group_ids': []}}],"
			  " ['f4', 'aws.lambda.function', {'role': '${r.arn}', 'vpc_config': {'subnet_ids': [], 'security_group_ids': []}}],"
			  " ['f5', 'aws.lambda.function', {'role': 'arn:aws:iam::1:role/r', 'vpc_config': {'subnet_ids': ['s'], 'security_group_ids': []}}],"
			  " ['f6', 'aws.lambda.function', {'role': '${r.arn}', 'vpc_config': {'subnet_ids': ['s'], 'security_group_ids': []}}, true]]",
			  collect_roles, &out);
	assert_string_equal(out.buf, "");

	/* Not granted: a warning at the function's vpc_config naming the role,
	 * the actions missing, and a managed policy from outside the stack. */
	check_across_with("[" LAMBDA_ROLE(", 'managed_policy_arns': ['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole']") ", " IN_VPC "]",
			  collect_roles, &out);
	assert_string_equal(out.buf,
			    "1.vpc_config~0.managed_policy_arns warning: vpc_config: the function is in a "
			    "VPC, but no policy the stack writes for role \"r\" allows "
			    "ec2:CreateNetworkInterface, ec2:DescribeNetworkInterfaces and "
			    "ec2:DeleteNetworkInterface (unless "
			    "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole, not in the "
			    "stack, does): Lambda refuses to create or update a function whose role cannot "
			    "manage its network interfaces (attach "
			    "arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole in "
			    "managed_policy_arns)\n");
	strbuf_reset(&out);

	/* Part of it granted; a Deny and a look-alike policy name grant
	 * nothing: only what is missing is named. */
	check_across_with("[" LAMBDA_ROLE(", 'inline_policies': {'d': {'Statement': [{'Effect': 'Deny', 'Action': '*', 'Resource': '*'},"
					  " {'Effect': 'Allow', 'Action': 'ec2:DescribeNetworkInterfaces', 'Resource': '*'}]}},"
					  " 'managed_policy_arns': ['arn:aws:iam::123456789012:policy/AWSLambdaVPCAccessExecutionRole']") ", " IN_VPC "]",
			  collect_roles, &out);
	assert_non_null(strstr(out.buf, "1.vpc_config~0.managed_policy_arns warning: vpc_config: the "
				   "function is in a VPC, but no policy the stack writes for role \"r\" "
				   "allows ec2:CreateNetworkInterface and ec2:DeleteNetworkInterface (unless "
				   "arn:aws:iam::123456789012:policy/AWSLambdaVPCAccessExecutionRole, not in "
				   "the stack, does): "));
	strbuf_release(&out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bucket_names),
		cmocka_unit_test(test_iam_names_and_paths),
		cmocka_unit_test(test_tags),
		cmocka_unit_test(test_cidr_blocks),
		cmocka_unit_test(test_subnets_in_their_vpc),
		cmocka_unit_test(test_roles_trust_their_service),
		cmocka_unit_test(test_functions_in_a_vpc),
		cmocka_unit_test(test_state_machine_tasks),
		cmocka_unit_test(test_security_group_rules),
		cmocka_unit_test(test_schedules),
		cmocka_unit_test(test_log_retention),
		cmocka_unit_test(test_policy_documents),
		cmocka_unit_test(test_policy_sizes),
		cmocka_unit_test(test_state_machines),
		cmocka_unit_test(test_glue_worker_types),
		cmocka_unit_test(test_lambda),
		cmocka_unit_test(test_runner),
		cmocka_unit_test(test_settings_together),
		cmocka_unit_test(test_kinds_across_attributes),
		cmocka_unit_test(test_warnings_of_run_time),
		cmocka_unit_test(test_not_known_yet),
		cmocka_unit_test(test_keys_parameters_tables),
		cmocka_unit_test(test_documented_names_and_lifecycle),
		cmocka_unit_test(test_database_rules),
		cmocka_unit_test(test_ports_names_routes),
		cmocka_unit_test(test_lambda_environment),
		cmocka_unit_test(test_s3_keys),
		cmocka_unit_test(test_time_zones),
		cmocka_unit_test(test_state_required_fields),
		cmocka_unit_test(test_glue_capacity),
		cmocka_unit_test(test_messaging),
		cmocka_unit_test(test_cloudwatch),
		cmocka_unit_test(test_batch),
		cmocka_unit_test(test_lakeformation),
		cmocka_unit_test(test_streams),
		cmocka_unit_test(test_containers),
		cmocka_unit_test(test_notification_destinations),
		cmocka_unit_test(test_key_uses_log_groups),
		cmocka_unit_test(test_key_uses_buckets),
		cmocka_unit_test(test_key_uses_secrets),
		cmocka_unit_test(test_key_uses_publishers),
		cmocka_unit_test(test_message_targets),
		cmocka_unit_test(test_event_source_mappings),
		cmocka_unit_test(test_key_uses_star),
		cmocka_unit_test(test_key_uses_schedules),
		cmocka_unit_test(test_account_defaults_by_server),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
