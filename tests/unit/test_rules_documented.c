/*
 * test_rules_documented.c: issue 31 section 2, the documented rules the
 * models do not carry (ports, names and routes, databases, a function's
 * environment, S3 keys, time zones, a state's required fields, Glue
 * capacity): values AWS accepts pass, values AWS refuses get a message naming
 * the rule, and a password is never in the message.
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
#include "provider/aws/glue/api.h"
#include "provider/aws/lambda/api.h"
#include "provider/aws/rds/api.h"
#include "provider/aws/redshift/api.h"
#include "provider/aws/checks/rules.h"
#include "provider/aws/s3/api.h"
#include "provider/aws/scheduler/api.h"
#include "provider/aws/server.h"
#include "provider/aws/sfn/api.h"
#include "provider/provider.h"
#include "tests/unit/json_support.h"
#include "tests/unit/rules_support.h"

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

/* What the census's cue "valid characters" and "valid JSON" brought
 * (checks/words/): a security group's name and description of EC2's
 * characters, on both families; an EventBridge target's input JSON text,
 * on both; a delivery stream's tags of Firehose's characters (Unicode
 * letters taken). */
static void test_valid_characters_and_json(void **state)
{
	(void)state;
	check_resource("aws.ec2.security_group", "{'name': 'web', 'vpc_id': 'vpc-0123456789abcdef0', "
		       "'description': 'web servers (HTTPS) #2: [a+b=c]; {x}!$*&@,'}", NULL);
	check_resource("aws.ec2.security_group", "{'name': 'web', 'vpc_id': 'vpc-0123456789abcdef0', "
		       "'description': 'Bob\\u0027s IP'}",
		       "description: \"Bob's IP\": a security group's description takes letters");
	check_resource("aws.ec2.security_group", "{'name': 'web<1>', 'vpc_id': "
		       "'vpc-0123456789abcdef0'}",
		       "name: \"web<1>\": a security group's name takes letters");
	check_resource("aws.ec2.security_group", "{'name': '${var.n}', 'vpc_id': "
		       "'vpc-0123456789abcdef0', 'description': '${var.d}'}", NULL);
	check_resource("awscc.ec2.security_group", "{'group_description': 'caf\u00e9', "
		       "'vpc_id': 'vpc-0123456789abcdef0'}",
		       "group_description: \"caf\u00e9\": a security group's description takes");
	check_resource("awscc.ec2.security_group", "{'group_description': 'web', 'group_name': "
		       "'sg-web', 'vpc_id': 'vpc-0123456789abcdef0'}",
		       "group_name: \"sg-web\": a security group name has 1 to 255 characters and "
		       "does not start with sg-");
	check_resource("aws.events.rule", "{'name': 'nightly', 'schedule_expression': "
		       "'rate(1 day)', 'targets': [{'id': 'a', 'arn': "
		       "'arn:aws:sqs:us-east-1:123456789012:q', "
		       "'input': '{\\u0022mode\\u0022: \\u0022full\\u0022}'}, "
		       "{'id': 'b', 'arn': 'arn:aws:sqs:us-east-1:123456789012:q', 'input': "
		       "'\\u0022full\\u0022'}, {'id': 'c', 'arn': 'arn:aws:sqs:us-east-1:123456789012:q', "
		       "'input': '{\\u0022at\\u0022: \\u0022${var.when}\\u0022}'}]}", NULL);
	check_resource("aws.events.rule", "{'name': 'nightly', 'schedule_expression': "
		       "'rate(1 day)', 'targets': [{'id': 'a', 'arn': "
		       "'arn:aws:sqs:us-east-1:123456789012:q', 'input': 'mode=full'}]}",
		       "targets[0].input: \"mode=full\" is not JSON: AWS says \"Valid JSON text");
	/* the input at AWS's bound and one past it: "xx...x" of 8,190 and 8,191 x */
	char xs[8192], events[9000];
	memset(xs, 'x', sizeof(xs) - 1);
	xs[sizeof(xs) - 1] = '\0';
	for (int past = 0; past < 2; past++) {
		snprintf(events, sizeof(events), "{'name': 'n', 'schedule_expression': "
			 "'rate(1 day)', 'targets': [{'id': 'a', 'arn': "
			 "'arn:aws:sqs:us-east-1:123456789012:q', 'input': '\\u0022%.*s\\u0022'}]}",
			 8190 + past, xs);
		check_resource("aws.events.rule", events,
			       past ? "targets[0].input: 8193 characters: a target's input is at "
				      "most 8192" : NULL);
	}
	check_resource("awscc.events.rule", "{'schedule_expression': 'rate(1 day)', 'targets': "
		       "[{'id': 'a', 'arn': 'arn:aws:sqs:us-east-1:123456789012:q', 'input': "
		       "'{mode: full}'}]}", "targets[0].input: \"{mode: full}\" is not JSON");
	check_resource("aws.firehose.delivery_stream", "{'name': 's', 'destination': 'extended_s3', "
		       "'extended_s3_configuration': {'bucket_arn': 'arn:aws:s3:::b', 'role_arn': "
		       "'arn:aws:iam::123456789012:role/r'}, 'tags': {'\u00e9quipe': 'a b_c.d:e/f=g+h-i@j%'}}",
		       NULL);
	check_resource("aws.firehose.delivery_stream", "{'name': 's', 'destination': 'extended_s3', "
		       "'extended_s3_configuration': {'bucket_arn': 'arn:aws:s3:::b', 'role_arn': "
		       "'arn:aws:iam::123456789012:role/r'}, 'tags': {'team': 'a<b'}}",
		       "tags: tag value \"a<b\": a delivery stream's tag keys and values take");
}

/* An event pattern's field values are objects or arrays (EventBridge's
 * InvalidEventPatternException), on both families, at any depth, as an
 * object or as JSON text; what is not known yet passes. */
static void test_event_pattern_fields(void **state)
{
	(void)state;
	check_resource("aws.events.rule", "{'name': 'r', 'event_pattern': {'source': ['aws.s3'], "
		       "'detail': {'bucket': {'name': ['b']}, 'size': [{'numeric': ['>', 0]}]}}}", NULL);
	check_resource("aws.events.rule", "{'name': 'r', 'event_pattern': {'source': 'aws.s3', "
		       "'detail-type': ['Object Created']}}",
		       "event_pattern: \"source\" is neither an object nor an array: AWS says "
		       "\"Event pattern is not valid. Reason: \"source\" must be an object or an array\"");
	check_resource("aws.events.rule", "{'name': 'r', 'event_pattern': {'source': ['aws.s3'], "
		       "'detail': {'bucket': {'name': 'b'}}}}",
		       "\"detail.bucket.name\" is neither an object nor an array");
	check_resource("aws.events.rule", "{'name': 'r', 'event_pattern': "
		       "'{\\u0022source\\u0022: 7}'}", "\"source\" is neither an object nor an array");
	check_resource("awscc.events.rule", "{'event_pattern': {'detail': {'state': 'FAILED'}}}",
		       "\"detail.state\" is neither an object nor an array");
	check_resource("aws.events.rule", "{'name': 'r', 'event_pattern': {'source': "
		       "'${var.sources}', 'detail': {'${var.k}': 'x'}}}", NULL);
}

/* A KMS key's usage of its spec, AWS's list: each row of usages_of_specs
 * refused with a usage it does not take and passed with one it does, on
 * both families; the written key's usage left out is the ENCRYPT_DECRYPT it
 * sends, its spec left out SYMMETRIC_DEFAULT; the awscc key's left out is
 * its handler's. */
static void test_key_usage_of_spec(void **state)
{
	(void)state;
	static const struct { const char *spec, *bad, *good; } specs[] = {
		{ "SYMMETRIC_DEFAULT", "SIGN_VERIFY", "ENCRYPT_DECRYPT" },
		{ "HMAC_256", "ENCRYPT_DECRYPT", "GENERATE_VERIFY_MAC" },
		{ "RSA_2048", "KEY_AGREEMENT", "SIGN_VERIFY" },
		{ "ECC_NIST_P384", "ENCRYPT_DECRYPT", "KEY_AGREEMENT" },
		{ "ECC_SECG_P256K1", "KEY_AGREEMENT", "SIGN_VERIFY" },
		{ "ML_DSA_65", "ENCRYPT_DECRYPT", "SIGN_VERIFY" },
		{ "SM2", "GENERATE_VERIFY_MAC", "KEY_AGREEMENT" },
	};
	char key[256], why[256];

	for (size_t i = 0; i < sizeof(specs) / sizeof(*specs); i++) {
		for (int cc = 0; cc < 2; cc++) {
			const char *type = cc ? "awscc.kms.key" : "aws.kms.key";
			const char *attr = cc ? "key_spec" : "customer_master_key_spec";
			snprintf(key, sizeof(key), "{'%s': '%s', 'key_usage': '%s'}", attr,
				 specs[i].spec, specs[i].bad);
			snprintf(why, sizeof(why), "key_usage %s does not go with %s %s: AWS says",
				 specs[i].bad, attr, specs[i].spec);
			check_resource(type, key, why);
			snprintf(key, sizeof(key), "{'%s': '%s', 'key_usage': '%s'}", attr,
				 specs[i].spec, specs[i].good);
			check_resource(type, key, NULL);
		}
	}
	check_resource("aws.kms.key", "{'customer_master_key_spec': 'HMAC_512'}",
		       "key_usage ENCRYPT_DECRYPT (terrace's default, as sent) does not go with "
		       "customer_master_key_spec HMAC_512");
	check_resource("aws.kms.key", "{'key_usage': 'SIGN_VERIFY'}",
		       "does not go with customer_master_key_spec SYMMETRIC_DEFAULT");
	check_resource("awscc.kms.key", "{'key_spec': 'HMAC_512'}", NULL);
	check_resource("aws.kms.key", "{'customer_master_key_spec': 'ECC_NIST_EDWARDS25519', "
		       "'key_usage': 'SIGN_VERIFY'}", NULL);
	check_resource("aws.kms.key", "{'customer_master_key_spec': '${var.spec}', "
		       "'key_usage': 'SIGN_VERIFY'}", NULL);
}

/* A Firehose S3 prefix with expressions needs an error output prefix, on
 * both families (the awscc stream's two S3 destinations). */
static void test_firehose_error_prefix(void **state)
{
	(void)state;
	check_resource("aws.firehose.delivery_stream", "{'name': 's', 'extended_s3_configuration': "
		       "{'prefix': 'clicks/!{timestamp:yyyy}/'}}",
		       "extended_s3_configuration.error_output_prefix: it is not set, but the prefix "
		       "\"clicks/!{timestamp:yyyy}/\" holds expressions: AWS says");
	check_resource("aws.firehose.delivery_stream", "{'name': 's', 'extended_s3_configuration': "
		       "{'prefix': 'clicks/!{timestamp:yyyy}/', 'error_output_prefix': ''}}",
		       "ErrorOutputPrefix cannot be null or empty");
	check_resource("aws.firehose.delivery_stream", "{'name': 's', 'extended_s3_configuration': "
		       "{'prefix': 'clicks/!{timestamp:yyyy}/', 'error_output_prefix': "
		       "'errors/!{firehose:error-output-type}/'}}", NULL);
	check_resource("aws.firehose.delivery_stream", "{'name': 's', 'extended_s3_configuration': "
		       "{'prefix': 'clicks/'}}", NULL);
	check_resource("aws.firehose.delivery_stream", "{'name': 's', 'extended_s3_configuration': "
		       "{'prefix': 'clicks/!{timestamp:yyyy}/', 'error_output_prefix': '${var.e}'}}",
		       NULL);
	check_resource("awscc.kinesisfirehose.delivery_stream",
		       "{'extended_s3_destination_configuration': {'prefix': '!{timestamp:yyyy}/'}}",
		       "extended_s3_destination_configuration.error_output_prefix: it is not set");
	check_resource("awscc.kinesisfirehose.delivery_stream",
		       "{'s3_destination_configuration': {'prefix': '!{timestamp:yyyy}/'}}",
		       "s3_destination_configuration.error_output_prefix: it is not set");
	check_resource("awscc.kinesisfirehose.delivery_stream",
		       "{'s3_destination_configuration': {'prefix': '!{timestamp:yyyy}/', "
		       "'error_output_prefix': 'e/'}}", NULL);
}

/* An SSM parameter of aws:ec2:image holds an AMI's id; the written
 * parameter's value (sensitive) is never quoted. */
static void test_ssm_ami_value(void **state)
{
	(void)state;
	static const char *const types[] = { "aws.ssm.parameter", "awscc.ssm.parameter" };
	char p[256];

	for (int i = 0; i < 2; i++) {
		snprintf(p, sizeof(p), "{'name': '/a', 'data_type': 'aws:ec2:image', "
			 "'value': 'ubuntu-22.04-lts'}");
		check_resource(types[i], p, "value: it is not an AMI's id");
		snprintf(p, sizeof(p), "{'name': '/a', 'data_type': 'aws:ec2:image', "
			 "'value': 'ami-0123456789abcdef0'}");
		check_resource(types[i], p, NULL);
		snprintf(p, sizeof(p), "{'name': '/a', 'data_type': 'aws:ec2:image', "
			 "'value': 'ami-12345678'}");
		check_resource(types[i], p, NULL);
		snprintf(p, sizeof(p), "{'name': '/a', 'data_type': 'text', 'value': 'ubuntu'}");
		check_resource(types[i], p, NULL);
		snprintf(p, sizeof(p), "{'name': '/a', 'data_type': 'aws:ec2:image', "
			 "'value': '${data.ami.id}'}");
		check_resource(types[i], p, NULL);
	}
	struct strbuf err = STRBUF_INIT;
	const char *attr = NULL;
	json_t *r = js("{'name': '/a', 'data_type': 'aws:ec2:image', 'value': 'hunter2-image'}");
	assert_int_equal(aws_constraints_check("aws.ssm.parameter", r, NULL, NULL, &attr, &err), -1);
	assert_null(strstr(err.buf, "hunter2"));
	json_decref(r);
	strbuf_release(&err);
}

/* The awscc state machine's definition, by the written one's validator:
 * as a document and as JSON text; StartAt left out or naming no state is
 * refused with AWS's words; definition_substitutions set, or a definition
 * not known yet, passes. */
static void test_cfn_state_machine_definition(void **state)
{
	(void)state;
	const char *type = "awscc.stepfunctions.state_machine";
#define Q "\\u0022"
#define SM_TEXT(START, TYPE) "{'definition_string': '{" Q "StartAt" Q ": " Q START Q ", " \
	Q "States" Q ": {" Q "A" Q ": {" Q "Type" Q ": " Q TYPE Q ", " Q "End" Q ": true}}}'}"

	check_resource(type, "{'definition': {'StartAt': 'A', 'States': {'A': {'Type': 'Pass', "
		       "'End': true}}}}", NULL);
	check_resource(type, "{'definition': {'States': {'A': {'Type': 'Pass', 'End': true}}}}",
		       "definition: StartAt names the first state: AWS says \"StartAt (Required): "
		       "A string that must exactly match");
	check_resource(type, SM_TEXT("B", "Pass"),
		       "definition_string: StartAt \"B\" is not a state of States: AWS says");
	check_resource(type, SM_TEXT("A", "Wait"),
		       "definition_string: state \"A\": a Wait state has exactly one");
	check_resource(type, SM_TEXT("A", "Pass"), NULL);
	check_resource(type, "{'definition': {'States': {'A': {'Type': 'Pass', 'End': true}}}, "
		       "'definition_substitutions': {'First': 'A'}}", NULL);
	check_resource(type, "{'definition': '${var.flow}'}", NULL);
	check_resource(type, "{'definition_string': 'not json'}", NULL);
#undef SM_TEXT
#undef Q
}

/* The awscc job's FLEX execution class: Glue 3.0 and later, glueetl only;
 * a version or command left out or not known yet passes. */
static void test_cfn_glue_flex(void **state)
{
	(void)state;
	check_resource("awscc.glue.job", "{'execution_class': 'FLEX', 'glue_version': '2.0', "
		       "'command': {'name': 'glueetl'}}",
		       "execution_class FLEX with glue_version \"2.0\": AWS says \"Only jobs with "
		       "Glue version 3.0 and above and command type glueetl");
	check_resource("awscc.glue.job", "{'execution_class': 'FLEX', 'glue_version': '0.9'}",
		       "with glue_version \"0.9\"");
	check_resource("awscc.glue.job", "{'execution_class': 'FLEX', 'glue_version': '4.0', "
		       "'command': {'name': 'pythonshell'}}",
		       "execution_class FLEX with command.name pythonshell: AWS says");
	check_resource("awscc.glue.job", "{'execution_class': 'FLEX', 'glue_version': '3.0', "
		       "'command': {'name': 'glueetl'}}", NULL);
	check_resource("awscc.glue.job", "{'execution_class': 'FLEX', 'glue_version': '5.1', "
		       "'command': {'name': 'glueetl'}}", NULL);
	check_resource("awscc.glue.job", "{'execution_class': 'STANDARD', 'glue_version': '2.0', "
		       "'command': {'name': 'pythonshell'}}", NULL);
	check_resource("awscc.glue.job", "{'execution_class': 'FLEX', 'glue_version': "
		       "'${var.glue}', 'command': {'name': '${var.kind}'}}", NULL);
	check_resource("awscc.glue.job", "{'execution_class': 'FLEX'}", NULL);
}

/* The warnings a check reports: how many, and the last one's message. */
struct found {
	size_t n;
	char *last;
};

static void count_found(void *ctx, const struct check_finding *f)
{
	struct found *to = ctx;
	to->n++;
	free(to->last);
	to->last = strdup(f->message);
}

/* Lambda's deprecated runtimes (lambda/runtimes.gen.c, cfn-lint's dated
 * table): where a runtime stands on a given day, and the create of a
 * function of either family on one past its "block create" date refused
 * with AWS's words; a runtime not known yet, one the table does not hold,
 * and an object that exists (its runtime kept: a warning) pass. */
static void test_lambda_runtime_dates(void **state)
{
	(void)state;
	const struct lambda_runtime_dates *d;

	assert_int_equal(lambda_runtime_stage("python3.9", "2025-12-14", &d),
			 LAMBDA_RUNTIME_SUPPORTED);
	assert_non_null(d);
	assert_string_equal(d->successor, "python3.14");
	assert_int_equal(lambda_runtime_stage("python3.9", "2025-12-15", &d),
			 LAMBDA_RUNTIME_DEPRECATED);
	assert_int_equal(lambda_runtime_stage("python3.9", "2026-05-31T23:59:59Z", &d),
			 LAMBDA_RUNTIME_DEPRECATED);
	assert_int_equal(lambda_runtime_stage("python3.9", "2026-06-01T00:00:00Z", &d),
			 LAMBDA_RUNTIME_CREATE_BLOCKED);
	assert_int_equal(lambda_runtime_stage("python3.9", "2026-07-01", &d),
			 LAMBDA_RUNTIME_UPDATE_BLOCKED);
	assert_int_equal(lambda_runtime_stage("python4.0", "2099-01-01", &d),
			 LAMBDA_RUNTIME_SUPPORTED);
	assert_null(d);

	check_resource("aws.lambda.function", "{'runtime': 'python2.7', 'handler': 'a.b', "
		       "'s3_bucket': 'code-bucket', 's3_key': 'fn.zip'}",
		       "runtime: \"python2.7\" is deprecated: Lambda no longer creates functions "
		       "with it (AWS says \"The following list includes deprecated runtimes. Lambda "
		       "blocks creating new functions and updating existing functions shortly after "
		       "each runtime is deprecated.\"; python2.7: deprecated on 2021-07-15, creates "
		       "blocked from 2021-07-15, updates from 2022-05-30; e.g. \"python3.14\")");
	check_resource("awscc.lambda.function", "{'runtime': 'go1.x'}",
		       "runtime: \"go1.x\" is deprecated: Lambda no longer creates functions");
	check_resource("aws.lambda.function", "{'runtime': '${var.rt}', 's3_bucket': 'code-bucket', "
		       "'s3_key': 'fn.zip'}", NULL);
	check_resource("aws.lambda.function", "{'runtime': 'nodejs26.x', 's3_bucket': 'code-bucket', "
		       "'s3_key': 'fn.zip'}", NULL);
	check_resource("awscc.lambda.function", "{'package_type': 'Image'}", NULL);

	/* judged as of TERRACE_TODAY when it holds a day: python3.9's creates
	 * were blocked from 2026-06-01; a text that is no day is ignored */
	setenv("TERRACE_TODAY", "2026-05-31", 1);
	check_resource("aws.lambda.function", "{'runtime': 'python3.9', 'handler': 'a.b', "
		       "'s3_bucket': 'code-bucket', 's3_key': 'fn.zip'}", NULL);
	setenv("TERRACE_TODAY", "2026-06-01", 1);
	check_resource("aws.lambda.function", "{'runtime': 'python3.9', 'handler': 'a.b', "
		       "'s3_bucket': 'code-bucket', 's3_key': 'fn.zip'}",
		       "runtime: \"python3.9\" is deprecated: Lambda no longer creates functions");
	setenv("TERRACE_TODAY", "2026-05-31 and more", 1);
	check_resource("aws.lambda.function", "{'runtime': 'python2.7', 'handler': 'a.b', "
		       "'s3_bucket': 'code-bucket', 's3_key': 'fn.zip'}",
		       "runtime: \"python2.7\" is deprecated: Lambda no longer creates functions");
	unsetenv("TERRACE_TODAY");

	/* the function exists: AWS judged its create then; a warning now */
	struct strbuf err = STRBUF_INIT;
	const char *attr = NULL;
	json_t *r = js("{'runtime': 'python2.7', 'handler': 'a.b', 's3_bucket': 'code-bucket', "
		       "'s3_key': 'fn.zip'}");
	json_t *prior = js("{'runtime': 'python2.7', 'handler': 'a.b', 's3_bucket': 'code-bucket', "
		       "'s3_key': 'fn.zip'}");
	assert_int_equal(aws_constraints_check("aws.lambda.function", r, NULL, prior, &attr, &err),
			 0);
	struct found warned = { 0 };
	aws_constraints_warn("aws.lambda.function", r, NULL, prior, count_found, &warned);
	assert_int_equal(warned.n, 1);
	assert_non_null(strstr(warned.last, "Lambda no longer creates functions"));
	assert_non_null(strstr(warned.last, "this one exists, so it is not refused"));
	free(warned.last);

	/* validate reads no state: the function may exist, made before the
	 * block date, so a warning (a words row of the create, timeless, is
	 * still refused: a nat gateway's private connectivity with an EIP) */
	strbuf_reset(&err);
	assert_int_equal(aws_constraints_check_may_exist("aws.lambda.function", r, NULL, &attr,
							 &err), 0);
	warned = (struct found){ 0 };
	aws_constraints_warn_may_exist("aws.lambda.function", r, NULL, count_found, &warned);
	assert_int_equal(warned.n, 1);
	assert_non_null(strstr(warned.last, "Lambda no longer creates functions"));
	assert_non_null(strstr(warned.last, "an object made before keeps it, so validate does "
					    "not refuse it"));
	free(warned.last);
	json_t *nat = js("{'subnet_id': 'subnet-0123456789abcdef0', 'connectivity_type': 'private', "
			 "'allocation_id': 'eipalloc-0123456789abcdef0'}");
	assert_int_equal(aws_constraints_check_may_exist("aws.ec2.nat_gateway", nat, NULL, &attr,
							 &err), -1);
	json_decref(nat);
	json_decref(r);
	json_decref(prior);
	strbuf_release(&err);
}

/* An awscc configuration profile at location loc (with its retrieval role,
 * which every source but the hosted store and CodePipeline needs), judged. */
static void check_location(const char *loc, const char *why)
{
	char resource[256];
	snprintf(resource, sizeof(resource), "{'location_uri': '%s', 'retrieval_role_arn': "
		 "'arn:aws:iam::123456789012:role/cfg'}", loc);
	check_resource("awscc.appconfig.configuration_profile", resource, why);
}

/* a target group of a Lambda function (no VPC, port or protocol) */
#define LAMBDA_TG "'target_type': 'lambda', "

/* heldout3's misses on awscc types and the RDS class, each with AWS's
 * words: a usage plan's quota period (the API model's enum), a
 * configuration profile's location (an ARN an SSM parameter's or
 * document's alone; an S3 URI an object's), a target group's health check
 * timeout below its interval, an RDS class named db.* (both families);
 * values AWS takes, and values not known yet, pass. */
static void test_heldout3_misses(void **state)
{
	(void)state;
	const char *plan = "awscc.apigateway.usage_plan";
	const char *tg = "awscc.elasticloadbalancingv2.target_group";

	check_resource(plan, "{'quota': {'limit': 10, 'period': 'DAILY'}}",
		       "quota.period: \"DAILY\" is not one of DAY, WEEK, MONTH (e.g. \"DAY\"; "
		       "apigateway CreateUsagePlan quota.period (QuotaPeriodType): AWS says \"The time "
		       "period in which the limit applies. Valid values are \"DAY\", \"WEEK\" or "
		       "\"MONTH\".\")");
	check_resource(plan, "{'quota': {'limit': 10, 'period': 'WEEK'}}", NULL);
	check_resource(plan, "{'quota': {'limit': 10, 'period': '${local.per}'}}", NULL);

	check_location("arn:aws:s3:::app-config",
		       "location_uri: \"arn:aws:s3:::app-config\" is an ARN of s3, where AWS takes "
		       "an ARN for an SSM parameter or document alone: AWS says \"A URI to locate the "
		       "configuration. You can specify the following:\"");
	check_location("s3://app-config",
		       "location_uri: \"s3://app-config\" names no object's key: AWS says \"For an "
		       "Amazon S3 object, specify the URI in the following format: "
		       "s3://<bucket>/<objectKey>.\"");
	check_location("arn:aws:ssm:us-east-1:123456789012:document/x",
		       NULL);
	check_location("arn:aws:ssm:us-east-1:123456789012:parameter/x",
		       NULL);
	check_location("arn:aws:ssm:us-east-1:123456789012:maintenancewindow/x",
		       "is an ARN of ssm");
	check_location("s3://app-config/app/config.json", NULL);
	check_location("hosted", NULL);
	check_location("ssm-parameter://thresholds", NULL);
	check_location("${var.where}", NULL);

	check_resource(tg, "{" LAMBDA_TG "'health_check_timeout_seconds': 30, "
		       "'health_check_interval_seconds': 10}",
		       "health_check_timeout_seconds 30 is not below health_check_interval_seconds "
		       "10: AWS answers \"ValidationError: Health check interval must be greater than "
		       "the timeout.\"");
	check_resource(tg, "{" LAMBDA_TG "'health_check_timeout_seconds': 10, "
		       "'health_check_interval_seconds': 10}",
		       "is not below");
	check_resource(tg, "{" LAMBDA_TG "'health_check_timeout_seconds': 5, "
		       "'health_check_interval_seconds': 10}",
		       NULL);
	check_resource(tg, "{" LAMBDA_TG "'health_check_timeout_seconds': 30}", NULL);
	check_resource(tg, "{" LAMBDA_TG "'health_check_timeout_seconds': '${var.t}', "
		       "'health_check_interval_seconds': 10}", NULL);

	check_resource("awscc.rds.db_instance", "{'db_instance_class': 't3.micro'}",
		       "db_instance_class: \"t3.micro\" is no DB instance class: every RDS class is "
		       "named db.* (AWS says \"The compute and memory capacity of the DB instance, for "
		       "example db.m5.large.\"");
	check_resource("awscc.rds.db_instance", "{'db_instance_class': 'db.r7g.large'}", NULL);
	static const char *const class_why[] = { "is no DB instance class", "is no DB instance class" };
	check_table("aws.rds.instance", "instance_class", "['db.t3.micro', 'db.r7g.16xlarge']",
		    "['t3.micro', 'm5.large']", class_why);
}

/* The awscc secret's own value or a generated one, not both; either not
 * known yet (a ${...} that may be null) passes; neither is an empty secret. */
static void test_cfn_secret_value_or_generated(void **state)
{
	(void)state;
	const char *type = "awscc.secretsmanager.secret";

	check_resource(type, "{'secret_string': 'hunter2-value', 'generate_secret_string': "
		       "{'password_length': 32}}",
		       "secret_string and generate_secret_string are both set: AWS says \"You must "
		       "specify one or the other, but you can't specify both.\"");
	check_resource(type, "{'secret_string': 'hunter2-value'}", NULL);
	check_resource(type, "{'generate_secret_string': {'password_length': 32}}", NULL);
	check_resource(type, "{}", NULL);
	check_resource(type, "{'secret_string': '${var.initial}', 'generate_secret_string': "
		       "{'password_length': 32}}", NULL);
	check_resource(type, "{'secret_string': null, 'generate_secret_string': "
		       "{'password_length': 32}}", NULL);
	struct strbuf err = STRBUF_INIT;
	const char *attr = NULL;
	json_t *r = js("{'secret_string': 'hunter2-value', 'generate_secret_string': {}}");
	assert_int_equal(aws_constraints_check(type, r, NULL, NULL, &attr, &err), -1);
	assert_null(strstr(err.buf, "hunter2"));
	json_decref(r);
	strbuf_release(&err);
}

/* An awscc rule's target: at most one of input, input_path and
 * input_transformer (PutTargets); a field not known yet passes. */
static void test_cfn_target_input_one_of(void **state)
{
	(void)state;
	check_resource("awscc.events.rule", "{'targets': [{'id': 'a', 'arn': 'arn:aws:sqs:us-east-1:"
		       "123456789012:q', 'input_path': '$.detail'}, {'id': 'b', 'arn': "
		       "'arn:aws:sqs:us-east-1:123456789012:q', 'input': '{}', 'input_path': "
		       "'$.detail'}]}",
		       "targets: item 1: the target sets input and input_path: AWS says \"Input, "
		       "InputPath, and InputTransformer are mutually exclusive");
	check_resource("awscc.events.rule", "{'targets': [{'id': 'a', 'arn': 'x', 'input_path': "
		       "'$.detail', 'input_transformer': {'input_template': '\\u0022<a>\\u0022'}}]}",
		       "sets input_path and input_transformer");
	check_resource("awscc.events.rule", "{'targets': [{'id': 'a', 'arn': 'x', 'input': '{}'}, "
		       "{'id': 'b', 'arn': 'x', 'input_transformer': {'input_template': 'x'}}]}",
		       NULL);
	check_resource("awscc.events.rule", "{'targets': [{'id': 'a', 'arn': 'x', 'input': "
		       "'${var.input}', 'input_path': '$.detail'}]}", NULL);
	check_resource("awscc.events.rule", "{'targets': '${var.targets}'}", NULL);
}

/* An awscc ECS service on Fargate (launch type, or FARGATE capacity
 * providers) takes no placement strategies (nor, by capacity provider,
 * constraints); on EC2, an empty list, or a launch type not known yet, it
 * does. */
static void test_cfn_fargate_placement(void **state)
{
	(void)state;
	const char *type = "awscc.ecs.service";

	check_resource(type, "{'launch_type': 'FARGATE', 'placement_strategies': [{'type': "
		       "'spread', 'field': 'attribute:ecs.availability-zone'}]}",
		       "placement_strategies on Fargate (launch_type FARGATE): AWS says \"Task "
		       "placement strategies and constraints aren't supported");
	check_resource(type, "{'capacity_provider_strategy': [{'capacity_provider': 'FARGATE', "
		       "'weight': 1}, {'capacity_provider': 'FARGATE_SPOT', 'weight': 1}], "
		       "'placement_strategies': [{'type': 'random'}]}",
		       "placement_strategies on Fargate (capacity providers FARGATE)");
	check_resource(type, "{'capacity_provider_strategy': [{'capacity_provider': 'FARGATE'}], "
		       "'placement_constraints': [{'type': 'distinctInstance'}]}",
		       "placement_constraints on Fargate (capacity providers FARGATE)");
	check_resource(type, "{'launch_type': 'EC2', 'placement_strategies': [{'type': "
		       "'random'}]}", NULL);
	check_resource(type, "{'capacity_provider_strategy': [{'capacity_provider': 'my-asg-cp'}], "
		       "'placement_strategies': [{'type': 'random'}]}", NULL);
	check_resource(type, "{'launch_type': 'FARGATE', 'placement_strategies': []}", NULL);
	check_resource(type, "{'launch_type': '${var.launch}', 'placement_strategies': [{'type': "
		       "'random'}]}", NULL);
	check_resource(type, "{'capacity_provider_strategy': [{'capacity_provider': "
		       "'${var.cp}'}], 'placement_strategies': [{'type': 'random'}]}", NULL);
}

/* Local secondary indexes need a table key schema with a RANGE key: the
 * awscc table's (a document, in either names, or its JSON text) and the
 * awscc global table's; a key schema not known yet passes. */
static void test_cfn_local_index_needs_range(void **state)
{
	(void)state;
	static const char *const lsi = "'attribute_definitions': [{'attribute_name': 'd', "
		"'attribute_type': 'S'}, {'attribute_name': 't', 'attribute_type': 'N'}, "
		"{'attribute_name': 's', 'attribute_type': 'S'}], "
		"'local_secondary_indexes': [{'index_name': 'by-s', "
		"'key_schema': [{'attribute_name': 'd', 'key_type': 'HASH'}, {'attribute_name': 's', "
		"'key_type': 'RANGE'}], 'projection': {'projection_type': 'KEYS_ONLY'}}]";
	static const char *const tables[][2] = {
		{ "awscc.dynamodb.table", "[{'attribute_name': 'd', 'key_type': 'HASH'}]" },
		{ "awscc.dynamodb.table", "[{'AttributeName': 'd', 'KeyType': 'HASH'}]" },
		{ "awscc.dynamodb.table", "'[{\\u0022AttributeName\\u0022: \\u0022d\\u0022, "
					  "\\u0022KeyType\\u0022: \\u0022HASH\\u0022}]'" },
		{ "awscc.dynamodb.global_table", "[{'attribute_name': 'd', 'key_type': 'HASH'}]" },
	};
	char t[1024];

	for (size_t i = 0; i < sizeof(tables) / sizeof(*tables); i++) {
		snprintf(t, sizeof(t), "{'key_schema': %s, %s}", tables[i][1], lsi);
		check_resource(tables[i][0], t, "key_schema has no RANGE (sort) key: AWS says \"One "
			       "or more parameter values were invalid: Table KeySchema does not have "
			       "a range key");
	}
	snprintf(t, sizeof(t), "{'key_schema': [{'attribute_name': 'd', 'key_type': 'HASH'}, "
		 "{'attribute_name': 't', 'key_type': 'RANGE'}], %s}", lsi);
	check_resource("awscc.dynamodb.global_table", t, NULL);
	snprintf(t, sizeof(t), "{'key_schema': [{'AttributeName': 'd', 'KeyType': 'HASH'}, "
		 "{'AttributeName': 't', 'KeyType': 'RANGE'}], %s}", lsi);
	check_resource("awscc.dynamodb.table", t, NULL);
	snprintf(t, sizeof(t), "{'key_schema': '${local.keys}', %s}", lsi);
	check_resource("awscc.dynamodb.table", t, NULL);
	check_resource("awscc.dynamodb.global_table", "{'key_schema': [{'attribute_name': 'd', "
		       "'key_type': 'HASH'}], 'local_secondary_indexes': []}", NULL);
	check_resource("awscc.dynamodb.global_table", "{'key_schema': [{'attribute_name': 'd', "
		       "'key_type': '${var.kt}'}], 'local_secondary_indexes': [{'index_name': 'x'}]}",
		       NULL);
}

/* A Cognito prefix domain holds none of aws, amazon, cognito; a custom
 * domain (dots, or custom_domain_config) is not judged. */
/* What the census's cue "allowed" brought (checks/words/): the awscc
 * security group rules' descriptions of EC2's characters, each form; a
 * written task definition's container names of ECS's characters (its JSON
 * text too); unknown names pass. */
static void test_allowed_characters(void **state)
{
	(void)state;
	check_resource("awscc.ec2.security_group_ingress", "{'group_id': 'sg-1', 'ip_protocol': "
		       "'tcp', 'from_port': 22, 'to_port': 22, 'cidr_ip': '10.0.0.0/8', "
		       "'description': 'ssh <admins>'}",
		       "description: \"ssh <admins>\": a rule's description takes");
	check_resource("awscc.ec2.security_group_egress", "{'group_id': 'sg-1', 'ip_protocol': "
		       "'-1', 'cidr_ip': '0.0.0.0/0', 'description': 'all out (VPN) #2'}", NULL);
	check_resource("awscc.ec2.security_group_egress", "{'group_id': 'sg-1', 'ip_protocol': "
		       "'-1', 'cidr_ip': '0.0.0.0/0', 'description': 'all out \u00e9'}",
		       "a rule's description takes");
	check_resource("awscc.ec2.security_group", "{'group_description': 'web', "
		       "'security_group_ingress': [{'ip_protocol': 'tcp', 'from_port': 443, "
		       "'to_port': 443, 'cidr_ip': '0.0.0.0/0', 'description': 'https ok'}, "
		       "{'ip_protocol': 'tcp', 'from_port': 80, 'to_port': 80, 'cidr_ip': "
		       "'0.0.0.0/0', 'description': 'http <old>'}]}",
		       "security_group_ingress[1].description");
	check_resource("awscc.ec2.security_group", "{'group_description': 'web', "
		       "'security_group_egress': [{'ip_protocol': '-1', 'cidr_ip': '0.0.0.0/0', "
		       "'description': 'out|all'}]}", "security_group_egress[0].description");
#define TASK(CONTAINERS) "{'family': 'f', 'network_mode': 'bridge', 'memory': '512', " \
	"'container_definitions': " CONTAINERS "}"
	check_resource("aws.ecs.task_definition", TASK("[{'name': 'web app', 'image': 'nginx'}]"),
		       "container \"web app\": a container's name has 1 to 255 letters");
	check_resource("aws.ecs.task_definition",
		       TASK("'[{\\\"name\\\": \\\"web.app\\\", \\\"image\\\": \\\"nginx\\\"}]'"),
		       "container \"web.app\": a container's name has 1 to 255 letters");
	check_resource("aws.ecs.task_definition",
		       TASK("[{'name': 'Web_app-2', 'image': 'nginx'}, {'name': '${var.sidecar}', "
			    "'image': 'envoy'}]"), NULL);
#undef TASK
}

static void test_cognito_prefix_domain_words(void **state)
{
	(void)state;
	const char *type = "awscc.cognito.user_pool_domain";

	check_resource(type, "{'user_pool_id': 'us-east-1_a', 'domain': 'h3-cognito-login'}",
		       "the prefix \"h3-cognito-login\" holds \"cognito\": AWS says \"You can't use "
		       "the text aws, amazon, or cognito in the domain prefix.\"");
	check_resource(type, "{'user_pool_id': 'us-east-1_a', 'domain': 'myaws'}",
		       "holds \"aws\"");
	check_resource(type, "{'user_pool_id': 'us-east-1_a', 'domain': 'amazon-login'}",
		       "holds \"amazon\"");
	check_resource(type, "{'user_pool_id': 'us-east-1_a', 'domain': 'acme-analysts'}", NULL);
	check_resource(type, "{'user_pool_id': 'us-east-1_a', 'domain': 'auth.aws-fans.example'}",
		       NULL);
	check_resource(type, "{'user_pool_id': 'us-east-1_a', 'domain': 'cognito', "
		       "'custom_domain_config': {'certificate_arn': 'arn:aws:acm:us-east-1:"
		       "123456789012:certificate/x'}}", NULL);
	check_resource(type, "{'user_pool_id': 'us-east-1_a', 'domain': '${var.prefix}'}", NULL);
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
		assert_int_equal(aws_constraints_check("aws.s3.bucket", fr, NULL, NULL, &fattr, &ferr), -1);
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_database_rules),
		cmocka_unit_test(test_ports_names_routes),
		cmocka_unit_test(test_lambda_environment),
		cmocka_unit_test(test_s3_keys),
		cmocka_unit_test(test_time_zones),
		cmocka_unit_test(test_state_required_fields),
		cmocka_unit_test(test_glue_capacity),
		cmocka_unit_test(test_valid_characters_and_json),
		cmocka_unit_test(test_event_pattern_fields),
		cmocka_unit_test(test_key_usage_of_spec),
		cmocka_unit_test(test_firehose_error_prefix),
		cmocka_unit_test(test_ssm_ami_value),
		cmocka_unit_test(test_cfn_state_machine_definition),
		cmocka_unit_test(test_cfn_glue_flex),
		cmocka_unit_test(test_lambda_runtime_dates),
		cmocka_unit_test(test_heldout3_misses),
		cmocka_unit_test(test_cfn_secret_value_or_generated),
		cmocka_unit_test(test_cfn_target_input_one_of),
		cmocka_unit_test(test_cfn_fargate_placement),
		cmocka_unit_test(test_cfn_local_index_needs_range),
		cmocka_unit_test(test_cognito_prefix_domain_words),
		cmocka_unit_test(test_allowed_characters),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
