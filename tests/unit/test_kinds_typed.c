/*
 * test_kinds_typed.c: the kinds a reference carries from AWS's models (issue
 * 87 point 1; cloudcontrol/gen_schemas.py's model_kinds and own_kinds,
 * kinds/gen_kinds.py's schema_arn_kinds, kinds/check.c's own_arn_fits):
 *   - a typed identifier shape of a create operation's member gives the
 *     property it goes into a kind (EC2 CreateRoute's NatGatewayId, IAM
 *     PutGroupPolicy's groupNameType with its pattern, KMS CreateAlias's
 *     KeyIdType: the forms its documentation names, no alias);
 *   - a type's own primary identifier gives the kind the models name it by
 *     (an internet gateway's InternetGatewayId);
 *   - a type's own ARN its schema gives is a kind judged by its service (a
 *     backup vault's BackupVaultArn): refused where a role's ARN is taken, a
 *     KMS replica key's passing where a key's is;
 *   - each refused reference beside the one it is mended with.
 * Each fails without its mechanism: the kinds are absent, and the
 * references pass.
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

#include "provider/aws/checks/kinds/api.h"
#include "provider/aws/checks/kinds/by_sibling.h"
#include "provider/aws/checks/rules.h"
#include "provider/provider.h"
#include "tests/unit/json_support.h"

/* One "WHICH.ATTR: MESSAGE" line per report. */
static void collect(void *ctx, const struct check_finding *found)
{
	struct strbuf *out = ctx;

	assert_false(found->warning);
	strbuf_addf(out, "%zu.%s: %s\n", found->which, found->attr, found->message);
}

/* Runs check on `resources`, a JSON list of [name, type, config]; the
 * reports in out. */
static void run(void (*check)(const struct written_resource *, size_t, check_report_fn,
			      void *),
		const char *resources, struct strbuf *out)
{
	json_t *rs = js(resources), *e;
	struct written_resource w[8];
	size_t i;

	assert_true(json_array_size(rs) <= 8);
	json_array_foreach(rs, i, e) {
		const char *type = json_string_value(json_array_get(e, 1));
		assert_non_null(resource_type_find(type, NULL));
		w[i] = (struct written_resource){
			.name = json_string_value(json_array_get(e, 0)),
			.type = type,
			.rtype = resource_type_find(type, NULL),
			.config = json_array_get(e, 2),
			.provider = "aws",
		};
	}
	strbuf_reset(out);
	check(w, json_array_size(rs), collect, out);
	json_decref(rs);
}

/* The kinds type's path takes (or gives), space-separated. */
static void kinds_are(const char *type, const char *path, bool gives, const char *want)
{
	struct aws_kinds ks = aws_kinds_of(type, path, gives);
	struct strbuf sb = STRBUF_INIT;

	for (size_t i = 0; i < ks.n; i++)
		strbuf_addf(&sb, "%s%s", i ? " " : "", ks.k[i]->name);
	if (strcmp(sb.buf, want))
		fail_msg("%s %s %s: \"%s\", not \"%s\"", type, path, gives ? "gives" : "takes",
			 sb.buf, want);
	strbuf_release(&sb);
}

static const struct aws_kind *kind(const char *name)
{
	const struct aws_kind *k = aws_kind_named(name, strlen(name));
	if (!k)
		fail_msg("no kind %s", name);
	return k;
}

static void test_typed_shapes_give_kinds(void **state)
{
	(void)state;
	/* EC2 CreateRoute NatGatewayId, of shape NatGatewayId (TWINS: a route of
	 * the written table is an AWS::EC2::Route) */
	kinds_are("aws.ec2.route_table", "routes.nat_gateway_id", false, "AWS::EC2::NatGateway.Id");
	kinds_are("awscc.ec2.route", "nat_gateway_id", false, "AWS::EC2::NatGateway.Id");
	/* its RouteGatewayId names no one type: no kind */
	kinds_are("aws.ec2.route_table", "routes.gateway_id", false, "");
	/* KMS CreateAlias TargetKeyId: "Specify the key ID or key ARN" */
	kinds_are("aws.kms.alias", "target_key_id", false, "AWS::KMS::Key.Id AWS::KMS::Key.Arn");
	/* IAM PutGroupPolicy GroupName (groupNameType, [\w+=,.@-]+) */
	kinds_are("aws.iam.inline_policy", "groups", false, "AWS::IAM::Group.Name");
	kinds_are("aws.iam.inline_policy", "roles", false, "AWS::IAM::Role.RoleName AWS::IAM::Role.Arn");
	kinds_are("aws.iam.group", "name", true, "AWS::IAM::Group.Name");
	assert_true(aws_kind_literal_is(kind("AWS::IAM::Group.Name"), "h3-analysts"));
	assert_false(aws_kind_literal_is(kind("AWS::IAM::Group.Name"),
					 "arn:aws:iam::123456789012:group/h3-analysts"));
	/* a member documented as the ARN of an IAM role (Backup's IamRoleArn
	 * has cfn-lint's already: the awscc twin of a Glue crawler's Role has none) */
	kinds_are("awscc.backup.backup_selection", "backup_selection.iam_role_arn", false,
		  "AWS::IAM::Role.Arn");
}

static void test_own_identifiers_give_kinds(void **state)
{
	(void)state;
	kinds_are("aws.ec2.internet_gateway", "internet_gateway_id", true,
		  "AWS::EC2::InternetGateway.Id");
	kinds_are("awscc.ec2.internet_gateway", "internet_gateway_id", true,
		  "AWS::EC2::InternetGateway.Id");
	kinds_are("awscc.backup.backup_vault", "backup_vault_arn", true,
		  "AWS::Backup::BackupVault.Arn");
	kinds_are("aws.s3.bucket", "arn", true, "AWS::S3::Bucket.Arn");
	assert_true(aws_kind_by_service(kind("AWS::Backup::BackupVault.Arn")));
	assert_true(aws_kind_by_service(kind("AWS::Lambda::Alias.Arn")));
	/* a written type's own ARN of its types.def format is judged by its
	 * example, not by its service */
	assert_false(aws_kind_by_service(kind("AWS::IAM::Group.Arn")));
	assert_false(aws_kind_by_service(kind("AWS::IAM::Role.Arn")));
}

#define ROLE "['role', 'aws.iam.role', {'name': 'r', 'assume_role_policy': {}}]"

static void test_references_of_the_wrong_kind(void **state)
{
	struct strbuf out = STRBUF_INIT;
	(void)state;

	run(aws_check_kinds,
	    "[['igw', 'aws.ec2.internet_gateway', {'vpc_id': 'vpc-0123456789abcdef0'}],"
	    " ['nat', 'aws.ec2.nat_gateway', {'subnet_id': 'subnet-0123456789abcdef0', 'allocation_id': 'eipalloc-1'}],"
	    " ['rt', 'aws.ec2.route_table', {'vpc_id': 'vpc-0123456789abcdef0', 'routes': ["
	    "   {'destination_cidr_block': '0.0.0.0/0', 'nat_gateway_id': '${igw.internet_gateway_id}'},"
	    "   {'destination_cidr_block': '10.9.0.0/16', 'nat_gateway_id': '${nat.nat_gateway_id}'},"
	    "   {'destination_cidr_block': '10.8.0.0/16', 'gateway_id': '${igw.internet_gateway_id}'}]}]]",
	    &out);
	assert_string_equal(out.buf, "2.routes[0].nat_gateway_id: routes[0].nat_gateway_id takes "
				     "an EC2 NAT gateway's id, not an EC2 internet gateway's id (what "
				     "igw.internet_gateway_id gives)\n");

	run(aws_check_kinds,
	    "[" ROLE ", ['k', 'aws.kms.key', {}],"
	    " ['a', 'aws.kms.alias', {'name': 'alias/a', 'target_key_id': '${role.arn}'}],"
	    " ['b', 'aws.kms.alias', {'name': 'alias/b', 'target_key_id': '${k.arn}'}],"
	    " ['c', 'aws.kms.alias', {'name': 'alias/c', 'target_key_id': '${k.key_id}'}]]",
	    &out);
	assert_string_equal(out.buf, "2.target_key_id: target_key_id takes a KMS key's id or a KMS "
				     "key's ARN, not an IAM role's ARN (what role.arn gives)\n");

	run(aws_check_kinds,
	    "[['g', 'aws.iam.group', {'name': 'g'}],"
	    " ['p', 'aws.iam.inline_policy', {'name': 'p', 'policy': {}, 'groups': ['${g.arn}']}],"
	    " ['q', 'aws.iam.inline_policy', {'name': 'q', 'policy': {}, 'groups': ['${g.name}']}]]",
	    &out);
	assert_string_equal(out.buf, "1.groups[0]: groups[0] takes an IAM group name, not an IAM "
				     "group's ARN (what g.arn gives): write ${g.name}\n");
	strbuf_release(&out);
}

static void test_own_arn_by_service(void **state)
{
	struct strbuf out = STRBUF_INIT;
	(void)state;

	run(aws_check_kinds,
	    "[" ROLE ", ['vault', 'awscc.backup.backup_vault', {'backup_vault_name': 'v'}],"
	    " ['s', 'awscc.backup.backup_selection', {'backup_plan_id': 'p', 'backup_selection':"
	    "   {'selection_name': 's', 'iam_role_arn': '${vault.backup_vault_arn}'}}],"
	    " ['t', 'awscc.backup.backup_selection', {'backup_plan_id': 'p', 'backup_selection':"
	    "   {'selection_name': 't', 'iam_role_arn': '${role.arn}'}}]]",
	    &out);
	assert_string_equal(out.buf, "2.backup_selection.iam_role_arn: backup_selection.iam_role_arn "
				     "takes an IAM role's ARN, not a Backup vault's ARN (what "
				     "vault.backup_vault_arn gives)\n");
	/* a KMS replica key's ARN (its example says only kms, which the key
	 * ARN's pattern refuses) where a key's ARN is taken: passes; a queue's
	 * ARN where S3 takes a function's is refused */
	run(aws_check_kinds,
	    "[['rk', 'awscc.kms.replica_key', {'primary_key_arn': 'arn:aws:kms:us-west-2:123456789012:key/mrk-1234abcd12ab34cd56ef1234567890ab', 'key_policy': {}}],"
	    " ['s', 'aws.sqs.queue', {'name': 's', 'kms_master_key_id': '${rk.arn}'}],"
	    " ['q', 'aws.sqs.queue', {'name': 'q'}],"
	    " ['n', 'aws.s3.bucket_notification', {'bucket': 'b', 'lambda_function': ["
	    "   {'lambda_function_arn': '${q.arn}', 'events': ['s3:ObjectCreated:*']}]}]]",
	    &out);
	assert_true(aws_kind_by_service(kind("AWS::KMS::ReplicaKey.Arn")));
	kinds_are("awscc.kms.replica_key", "arn", true, "AWS::KMS::ReplicaKey.Arn");
	assert_string_equal(out.buf, "3.lambda_function[0].lambda_function_arn: "
				     "lambda_function[0].lambda_function_arn takes a Lambda function's "
				     "ARN, not an SQS queue's ARN (what q.arn gives)\n");
	strbuf_release(&out);
}

static void test_flow_log_destination_by_type(void **state)
{
	struct strbuf out = STRBUF_INIT;
	(void)state;

	run(aws_check_kinds_by_sibling,
	    "[['lg', 'aws.logs.log_group', {'name': '/f'}], ['b', 'aws.s3.bucket', {'name': 'b'}],"
	    " ['f1', 'awscc.ec2.flow_log', {'resource_id': 'vpc-1', 'resource_type': 'VPC',"
	    "   'log_destination_type': 's3', 'log_destination': '${lg.arn}'}],"
	    " ['f2', 'awscc.ec2.flow_log', {'resource_id': 'vpc-1', 'resource_type': 'VPC',"
	    "   'log_destination_type': 's3', 'log_destination': '${b.arn}'}],"
	    " ['f3', 'awscc.ec2.flow_log', {'resource_id': 'vpc-1', 'resource_type': 'VPC',"
	    "   'log_destination': '${b.arn}'}],"
	    " ['f4', 'awscc.ec2.flow_log', {'resource_id': 'vpc-1', 'resource_type': 'VPC',"
	    "   'log_destination': '${lg.arn}'}]]",
	    &out);
	assert_string_equal(out.buf,
			    "2.log_destination: log_destination takes an S3 bucket's ARN where "
			    "log_destination_type is \"s3\", not a log group's ARN (what lg.arn gives)\n"
			    "4.log_destination: log_destination takes a log group's ARN where "
			    "log_destination_type is \"cloud-watch-logs\", not an S3 bucket's ARN (what "
			    "b.arn gives)\n");
	strbuf_release(&out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_typed_shapes_give_kinds),
		cmocka_unit_test(test_own_identifiers_give_kinds),
		cmocka_unit_test(test_references_of_the_wrong_kind),
		cmocka_unit_test(test_own_arn_by_service),
		cmocka_unit_test(test_flow_log_destination_by_type),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
