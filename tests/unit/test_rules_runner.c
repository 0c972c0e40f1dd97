/*
 * test_rules_runner.c: the runner of the rules (provider/aws/checks/rules.h) and
 * of the table of checks: what is not known yet passes (a value holding
 * ${...} at validate, the unknown value at plan) while what is known beside it
 * is still checked, the attribute at fault is named, plan's message names the
 * type and attribute; settings that go together (rows for a whole resource),
 * the kinds of issue 39 §4, warnings of run time, and the account's defaults
 * as a server reports them.
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

#include "provider/aws/ec2/api.h"
#include "provider/aws/checks/checks.h"
#include "provider/aws/glue/api.h"
#include "provider/aws/iam/api.h"
#include "provider/aws/checks/rules.h"
#include "provider/aws/server.h"
#include "provider/aws/sfn/api.h"
#include "provider/provider.h"
#include "tests/unit/json_support.h"
#include "tests/unit/rules_support.h"

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

/* The runner (checks/run_values.c) over the written rows: the attribute at fault,
 * unknowns passing, a path into nested blocks and lists, every aws type's
 * tags. */
static void test_runner(void **state)
{
	(void)state;
	struct strbuf err = STRBUF_INIT;
	const char *attr = NULL;
	json_t *c = js("{'name': 'acme-${var.env}', 'tags': {'aws:x': '1'}}");
	assert_int_equal(aws_constraints_check("aws.s3.bucket", c, NULL, NULL, &attr, &err), -1);
	assert_string_equal(attr, "tags");
	assert_string_equal(err.buf, "tags: key \"aws:x\": the aws: prefix is reserved for AWS's "
			    "own tags (e.g. \"team\" or \"acme:team\")");
	json_decref(c);
	strbuf_reset(&err);
	c = js("{'name': 'Acme', 'tags': {}}");
	json_object_set_new(c, "tags", value_unknown());
	assert_int_equal(aws_constraints_check("aws.s3.bucket", c, NULL, NULL, NULL, &err), -1);
	assert_string_equal(err.buf, "name: \"Acme\" has 'A': S3 bucket names use "
			    "only lowercase letters, digits, '.' and '-' (e.g. \"acme-lake-raw\")");
	json_object_set_new(c, "name", value_unknown());
	strbuf_reset(&err);
	assert_int_equal(aws_constraints_check("aws.s3.bucket", c, NULL, NULL, NULL, &err), 0);
	json_decref(c);
	/* A path: each element of a list, then a member. */
	c = js("{'predicate': {'conditions': [{'state': 'SUCCEEDED'}, {'state': '${var.s}'},"
	       " {'state': 'DONE'}]}}");
	strbuf_reset(&err);
	assert_int_equal(aws_constraints_check("aws.glue.trigger", c, NULL, NULL, &attr, &err), -1);
	assert_string_equal(attr, "predicate.conditions[].state");
	assert_non_null(strstr(err.buf, "predicate.conditions[2].state: \"DONE\" is not one of"));
	json_decref(c);
	c = js("{'predicate': {'conditions': '${var.conditions}'}, 'tags': {'team': 'a'}}");
	strbuf_reset(&err);
	assert_int_equal(aws_constraints_check("aws.glue.trigger", c, NULL, NULL, &attr, &err), 0);
	json_decref(c);
	/* Tags of a type no row names by itself. */
	c = js("{'tags': {'aws:x': '1'}}");
	strbuf_reset(&err);
	assert_int_equal(aws_constraints_check("aws.glue.connection", c, NULL, NULL, &attr, &err), -1);
	json_decref(c);
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
	/* the awscc cluster's port, by its node type too */
	check_resource("awscc.redshift.cluster", "{'node_type': 'ra3.xlplus', 'port': 5430, "
		       "'cluster_type': 'single-node', 'db_name': 'dev', 'master_username': 'etl'}",
		       "a cluster of ra3.xlplus nodes listens on a port from 5431 to 5455");
	check_resource("awscc.redshift.cluster", "{'node_type': 'dc2.large', 'port': 5430, "
		       "'cluster_type': 'single-node', 'db_name': 'dev', 'master_username': 'etl'}",
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
static void collect_warning(void *ctx, const struct check_finding *found)
{
	strbuf_addf(ctx, "%s|%s\n", found->attr, found->message);
}

static void check_warns(const char *type, const char *resource, const char *want)
{
	struct strbuf got = STRBUF_INIT, err = STRBUF_INIT;
	json_t *r = js(resource);
	aws_constraints_warn(type, r, NULL, NULL, collect_warning, &got);
	if (want ? !strstr(got.buf, want) : got.len != 0)
		fail_msg("%s %s: wanted warning \"%s\", got \"%s\"", type, resource,
			 want ? want : "(none)", got.buf);
	/* A warning is never a refusal. */
	if (aws_constraints_check(type, r, NULL, NULL, NULL, &err))
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
	int rc = aws_constraints_check(type, r, p, NULL, NULL, &err);

	aws_constraints_warn(type, r, p, NULL, collect_warning, &got);
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

/* The walks of the written rows (aws_rows_next of each scope,
 * aws_rules_next of VALUE and RESOURCE) step from each table's last row to
 * the next table's first: every row of aws_rules_tables, in their order,
 * none twice, empty tables skipped. */
static void test_walks_visit_every_row(void **state)
{
	(void)state;
	const enum aws_check_scope scopes[] = { AWS_SCOPE_VALUE, AWS_SCOPE_RESOURCE,
						AWS_SCOPE_STACK, AWS_SCOPE_READ };
	size_t tables = 0, values = 0;

	for (size_t s = 0; s < sizeof(scopes) / sizeof(*scopes); s++) {
		const struct aws_check_row *walked = aws_rows_next(NULL, scopes[s]);
		size_t seen = 0;
		for (const struct aws_check_row *const *t = aws_rules_tables; *t; t++)
			for (const struct aws_check_row *c = *t; c->type; c++) {
				if (c->scope != scopes[s])
					continue;
				assert_ptr_equal(walked, c);
				walked = aws_rows_next(walked, scopes[s]);
				seen++;
			}
		assert_null(walked);
		assert_true(seen > 0);
	}
	const struct aws_check_row *walked = aws_rules_next(NULL);
	for (const struct aws_check_row *const *t = aws_rules_tables; *t; t++, tables++)
		for (const struct aws_check_row *c = *t; c->type; c++) {
			if (c->scope != AWS_SCOPE_VALUE && c->scope != AWS_SCOPE_RESOURCE)
				continue;
			assert_ptr_equal(walked, c);
			walked = aws_rules_next(walked);
			values++;
		}
	assert_null(walked);
	assert_true(tables > 50 && values > 1000);
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
	check_resource("aws.lambda.function",
		       "{'source': 'src/', 's3_bucket': 'code-bucket', 's3_key': 'k'}",
		       "set exactly one of source (or build, or python) and s3_bucket");
	check_resource("aws.lambda.function", "{'s3_bucket': 'code-bucket'}",
		       "s3_bucket and s3_key go together");
	/* the lambda module's shape: both written, one null by a condition the
	 * plan resolves; two set for certain are refused whatever the form */
	check_resource("aws.lambda.function", "{'source': '${local.filename}', "
		       "'s3_bucket': '${local.s3_bucket}', 's3_key': '${local.s3_key}', "
		       "'s3_object_version': '${local.s3_object_version}'}", NULL);
	check_resource("aws.lambda.function", "{'source': 'src/', 's3_bucket': '${var.b}', "
		       "'s3_key': 'k'}", NULL);
	check_resource("aws.lambda.function", "{'source': 'src/${var.v}', 's3_bucket': "
		       "'${b.id}-x', 's3_key': 'k'}",
		       "set exactly one of source (or build, or python) and s3_bucket");
	/* plan's unknown: what every made object has (an id, an ARN) is set for
	 * certain, what a made object may leave out is not */
	check_resource("aws.lambda.function", "{'source': {'$unknown': 'set'}, "
		       "'s3_bucket': 'code-bucket', 's3_key': 'k'}",
		       "set exactly one of source (or build, or python) and s3_bucket");
	check_resource("aws.lambda.function", "{'source': {'$unknown': true}, "
		       "'s3_bucket': 'code-bucket', 's3_key': 'k'}", NULL);
	check_resource("aws.lambda.function", "{'timeout': 3}",
		       "set exactly one of source (or build, or python) and s3_bucket");
	check_resource("aws.lambda.function", "{'s3_key': 'k', 'source': 'src/'}",
		       "s3_bucket and s3_key go together");
	check_resource("aws.s3.object", "{'bucket': 'b', 'key': 'k', 'source': '${local.f}', "
		       "'content': '${local.c}'}", NULL);
	check_resource("aws.s3.object", "{'bucket': 'b', 'key': 'k', 'source': 'f.txt', "
		       "'content': 'x'}", "set exactly one of source and content");
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
		       "architectures: 0 items, where AWS takes exactly 1 item");
	check_resource("aws.lambda.function", "{'architectures': ['arm64'], 'source': 'src/'}",
		       NULL);
	check_resource("aws.iam.user", "{'access_key': true}", "set credentials_secret");
	check_resource("aws.iam.user", "{'access_key': true, 'credentials_secret': '${s.name}'}",
		       NULL);
	check_resource("aws.ec2.instance", "{'root_volume_size': 0}", "root_volume_size: 0");
	check_resource("aws.ec2.instance", "{'host_keys_timeout': 3601}", "host_keys_timeout: 3601");
	check_resource("aws.redshift.cluster", "{'number_of_nodes': 0}", "number_of_nodes: 0");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_runner),
		cmocka_unit_test(test_walks_visit_every_row),
		cmocka_unit_test(test_settings_together),
		cmocka_unit_test(test_kinds_across_attributes),
		cmocka_unit_test(test_warnings_of_run_time),
		cmocka_unit_test(test_not_known_yet),
		cmocka_unit_test(test_account_defaults_by_server),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
