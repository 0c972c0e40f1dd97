/*
 * test_rules.c: the rules AWS enforces that its models do not carry
 * (provider/aws/<service>/rules.c), an attribute at a time. Each rule gets
 * values AWS accepts, which must pass, and values AWS refuses, whose message
 * must name the rule. The rest of the rules' tests: the documented rules of
 * issue 31 §2 in test_rules_documented.c, the runner in test_rules_runner.c,
 * the checks across resources in test_rules_across.c.
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

#include "provider/aws/batch/api.h"
#include "provider/aws/cloudwatch/api.h"
#include "provider/aws/dynamodb/api.h"
#include "provider/aws/ec2/api.h"
#include "provider/aws/ecs/api.h"
#include "provider/aws/glue/api.h"
#include "provider/aws/iam/api.h"
#include "provider/aws/firehose/api.h"
#include "provider/aws/kinesis/api.h"
#include "provider/aws/kms/api.h"
#include "provider/aws/lakeformation/api.h"
#include "provider/aws/lambda/api.h"
#include "provider/aws/checks/rules.h"
#include "provider/aws/checks/schedule.h"
#include "provider/aws/s3/api.h"
#include "provider/aws/server.h"
#include "provider/aws/sfn/api.h"
#include "provider/aws/sns/api.h"
#include "provider/aws/sqs/api.h"
#include "provider/aws/ssm/api.h"
#include "provider/provider.h"
#include "tests/unit/json_support.h"
#include "tests/unit/rules_support.h"

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
	check_table("aws.iam.role", "name",
		    "['etl', 'a+b=c,d.e@f_g-h', "
		    "'a234567890123456789012345678901234567890123456789012345678901234']",
		    "['', 'a2345678901234567890123456789012345678901234567890123456789012345', "
		    "'etl runner', 'etl/runner']", role_why);
	static const char *const user_why[] = { "IAM user names have 1 to 64", "has '#'" };
	check_table("aws.iam.user", "name", "['airflow-deployer', 'a+b=c,d.e@f_g-h']",
		    "['a2345678901234567890123456789012345678901234567890123456789012345', "
		    "'ops#1']", user_why);
	static const char *const group_why[] = { "1 to 128" };
	check_table("aws.iam.group", "name",
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
	static const char *const source_why[] = { "a rule needs a source", "set only one of",
						  "a rule needs a source", "set only one of" };
	check_rule(rule_sg_rule_source, NULL,
		   "[{'cidr_block': '10.0.0.0/8'}, {'self': true}, "
		   "{'source_security_group_id': '${sg.group_id}'}, {'prefix_list_id': 'pl-1'}, "
		   "{'prefix_list_ids': ['pl-1', 'pl-2']}, {'prefix_list_ids': '${pl.ids}'}]",
		   "[{'cidr_block': ''}, {'cidr_block': '10.0.0.0/8', 'self': true}, "
		   "{'prefix_list_ids': []}, {'prefix_list_id': 'pl-1', 'prefix_list_ids': ['pl-2']}]",
		   source_why);
	static const char *const name_why[] = { "not start with sg-" };
	check_rule(rule_sg_name, NULL, "['warehouse-db', 'sgx']", "['sg-warehouse']", name_why);
}

static void test_schedules(void **state)
{
	(void)state;
	/* Each dialect's own: what it takes (at() Scheduler's only, rate() not
	 * Glue's), its example and its name in the message. */
	static const char *const ev_why[] = {
		"use \"rate(5 minutes)\"", "use \"rate(1 minute)\"", "unit of rate()",
		"positive whole number", "has 5 fields", "exactly one of day-of-month",
		"exactly one of day-of-month (3rd field) and day-of-week (5th) is ? "
		"(e.g. \"cron(0 2 * * ? *)\")", "field 1 \"60\"",
		"is not an EventBridge rule's schedule: write \"rate(5 minutes)\", "
		"\"cron(0 2 * * ? *)\"",
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
	static const char *const sch_why[] = {
		"yyyy-mm-ddThh:mm:ss", "yyyy-mm-ddThh:mm:ss", "exactly one of day-of-month",
		"is not an EventBridge Scheduler schedule: write \"rate(5 minutes)\", "
		"\"cron(0 2 * * ? *)\", \"at(2026-12-31T23:00:00)\"",
	};
	check_rule(rule_scheduler_schedule, NULL,
		   "['at(2026-12-31T23:00:00)', 'rate(1 hour)', 'cron(0 2 * * ? *)']",
		   "['at(2026-12-31 23:00:00)', 'at(2026-13-01T00:00:00)', 'cron(0 2 * * * *)', "
		   "'0 2 * * *']",
		   sch_why);
	static const char *const glue_why[] = {
		"is not a Glue schedule: write \"cron(15 2 * * ? *)\"", "has 5 fields",
		"exactly one of day-of-month (3rd field) and day-of-week (5th) is ? "
		"(e.g. \"cron(15 2 * * ? *)\")",
		"is not a Glue schedule",
	};
	check_rule(rule_glue_schedule, NULL, "['cron(15 2 * * ? *)', 'cron(0 */2 ? * MON *)']",
		   "['rate(1 hour)', 'cron(15 2 * * ?)', 'cron(15 2 * * * *)', "
		   "'at(2026-12-31T23:00:00)']", glue_why);
}

static void test_log_retention(void **state)
{
	(void)state;
	static const char *const why[] = { "2 is not one of 0, 1, 3, 5", "31 is not one of",
					   "(e.g. 30; CloudWatch Logs", "31 is not one of" };
	check_table("aws.logs.log_group", "retention_in_days",
		    "[0, 1, 30, 365, 3653, 731, '14', '${var.days}']", "[2, 31, 10000, '31']", why);
}

/* cloudwatch/rules.c at its edges: each period, statistic, evaluation range
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
		   "[{'statistic': 'Sum'}, {'extended_statistic': 'p99'}, {'statistic': '${var.s}'},"
		   " {'statistic': '${var.s}', 'extended_statistic': '${var.e}'},"
		   " {'statistic': 'Sum', 'extended_statistic': '${var.e}'}]",
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

/* lakeformation/rules.c: a grant names one resource, a table by name or
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

/* SNS and SQS (sns/rules.c): names, FIFO-only settings, raw delivery's
 * protocols, a redrive policy. */
/* ECS names (rows of the table), and a Fargate task definition's network mode and task
 * size at the edges of each row of the table (ECS Developer Guide, "Task
 * size"); one not for Fargate is left to ECS. */
static void test_containers(void **state)
{
	(void)state;
	static const char *const name_why[] = {
		"has '.': ECS names use only ASCII letters, digits and - _",
		"has 0 characters: ECS names have 1 to 255",
		"has 256 characters: ECS names have 1 to 255",
	};
	char good[1000], bad[1000], n255[256], n256[257];

	memset(n255, 'a', 255);
	n255[255] = 0;
	memset(n256, 'a', 256);
	n256[256] = 0;
	snprintf(good, sizeof(good), "['data-jobs', 'dbt_nightly', 'A1', '%s', '${var.n}']", n255);
	snprintf(bad, sizeof(bad), "['data.jobs', '', '%s']", n256);
	check_table("aws.ecs.cluster", "name", good, bad, name_why);
	check_table("aws.ecs.task_definition", "family", good, bad, name_why);
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
	static const char *const allow_why[] = {
		"redrivePermission (allowAll, denyAll or byQueue) is required",
		"is none of allowAll, denyAll and byQueue",
		"taken only with redrivePermission byQueue, not allowAll",
		"byQueue needs sourceQueueArns", "byQueue needs sourceQueueArns",
		"holds 11 ARNs: SQS takes up to 10",
	};
	check_rule(rule_sqs_redrive_allow_policy, NULL,
		   "[{'redrivePermission': 'allowAll'}, {'redrivePermission': 'denyAll'},"
		   " {'redrivePermission': 'byQueue', 'sourceQueueArns': ['arn:aws:sqs:us-east-1:1:s']},"
		   " {'redrivePermission': 'byQueue', 'sourceQueueArns': '${var.sources}'},"
		   " {'redrivePermission': '${var.p}', 'sourceQueueArns': ['a']}]",
		   "[{'sourceQueueArns': ['a']}, {'redrivePermission': 'byqueue'},"
		   " {'redrivePermission': 'allowAll', 'sourceQueueArns': ['a']},"
		   " {'redrivePermission': 'byQueue'}, {'redrivePermission': 'byQueue', 'sourceQueueArns': []},"
		   " {'redrivePermission': 'byQueue', 'sourceQueueArns': ['1','2','3','4','5','6','7','8','9','10','11']}]",
		   allow_why);
}

/* AWS Batch (batch/rules.c): names, compute resources by type, a queue's
 * order, Fargate's vCPU and memory pairs, each at its edges. */
static void test_batch(void **state)
{
	(void)state;
	static const char *const name_why[] = { "has ' '", "has '.'",
						"has 0 characters: Batch names have 1 to 128",
						"has 129 characters: Batch names have 1 to 128" };
	check_table("aws.batch.job_queue", "name",
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
	/* runtimes whose block dates have long passed, and ones the dated
	 * table (lambda/runtimes.gen.c) does not hold: a test of today's date
	 * that holds whatever day it runs (test_rules_documented's
	 * test_lambda_runtime_dates judges the dates themselves) */
	check_rule(rule_lambda_runtime_for_create, NULL, "['dotnet10', 'ruby4.0', 'nodejs26.x']",
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
	check_table("aws.secretsmanager.secret", "name",
		    "['prod/etl_+=.@-AZaz09', 's', 'prod/db-abcdef']",
		    "['prod db', 'prod#db', 'pr\xc3\xa9prod']", sm_why);
}

/* KMS alias names, SSM parameters, DynamoDB keys and billing (kms/rules.c,
 * ssm/rules.c, dynamodb/rules.c). */
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

/* kinesis/rules.c and rule_dynamodb_stream at their edges: each value AWS
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bucket_names),
		cmocka_unit_test(test_iam_names_and_paths),
		cmocka_unit_test(test_tags),
		cmocka_unit_test(test_cidr_blocks),
		cmocka_unit_test(test_security_group_rules),
		cmocka_unit_test(test_schedules),
		cmocka_unit_test(test_log_retention),
		cmocka_unit_test(test_policy_documents),
		cmocka_unit_test(test_policy_sizes),
		cmocka_unit_test(test_state_machines),
		cmocka_unit_test(test_glue_worker_types),
		cmocka_unit_test(test_lambda),
		cmocka_unit_test(test_keys_parameters_tables),
		cmocka_unit_test(test_documented_names_and_lifecycle),
		cmocka_unit_test(test_messaging),
		cmocka_unit_test(test_cloudwatch),
		cmocka_unit_test(test_batch),
		cmocka_unit_test(test_lakeformation),
		cmocka_unit_test(test_streams),
		cmocka_unit_test(test_containers),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
