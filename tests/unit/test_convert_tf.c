/*
 * test_convert_tf.c: stacks/convert_tf.c's tables checked against the
 * schemas they name (every written type, lookup kind and renamed attribute
 * exists), and the names it finds through the registry's data: awscc's type
 * names (otel_enrichment: o_tel_enrichment), attribute names (vpcs: vp_cs,
 * a top-level Id as <resource>_id, Type as <resource>_type), in values and
 * in references, a written type's renamed attributes and
 * their references, and the names given when two resources share one; a
 * Route 53 record's name completed with its zone's, its routing blocks.
 * The file includes convert_tf.c to reach its tables; stacks/
 * convert_tf_types.c's are checked against the types they name and
 * against the commonest types of public configurations
 * (stacks/tf_type_counts.txt).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "stacks/convert_tf.c"
#include "tests/unit/convert_tf_support.h"

static void assert_attr(const struct attr_schema *attrs, const char *type, const char *name)
{
	if (!schema_find(attrs, name))
		print_error("%s has no attribute %s\n", type, name);
	assert_non_null(schema_find(attrs, name));
}

static void test_tables_name_what_exists(void **state)
{
	(void)state;
	for (size_t i = 0; i < n_tf_written; i++) {
		const struct resource_type *rt = resource_type_find(tf_written[i].type, NULL);
		if (!rt)
			print_error("no type %s\n", tf_written[i].type);
		assert_non_null(rt);
		assert_true(!strncmp(tf_written[i].tf, "aws_", 4));
		for (size_t k = 0; tf_written[i].renames[k]; k += 2)
			assert_attr(rt->attrs, rt->name, tf_written[i].renames[k + 1]);
		const struct resource_type *twin = tf_written[i].twin
			? resource_type_find(tf_written[i].twin, NULL) : NULL;
		assert_true(!tf_written[i].twin || twin);
		for (size_t k = 0; twin && tf_written[i].twin_renames[k]; k += 2)
			assert_attr(twin->attrs, twin->name, tf_written[i].twin_renames[k + 1]);
		assert_ptr_equal(tf_written_find(tf_written[i].tf), &tf_written[i]);
	}
	for (size_t i = 0; i < n_tf_folds; i++) {
		/* an owner the conversion carries, and never both carried and folded */
		assert_non_null(tf_written_find(tf_folds[i].owner_tf));
		assert_null(tf_written_find(tf_folds[i].tf));
	}
	for (size_t i = 0; i < sizeof(tf_lookups) / sizeof(tf_lookups[0]); i++) {
		const struct lookup_type *lt = lookup_type_find(tf_lookups[i].kind, NULL);
		if (!lt)
			print_error("no lookup kind %s\n", tf_lookups[i].kind);
		assert_non_null(lt);
		for (size_t k = 0; tf_lookups[i].args[k]; k += 2)
			assert_attr(lt->attrs, lt->name, tf_lookups[i].args[k + 1]);
		for (size_t k = 0; tf_lookups[i].results[k]; k += 2)
			assert_attr(lt->attrs, lt->name, tf_lookups[i].results[k + 1]);
	}
	for (size_t i = 0; i < sizeof(tf_lookup_filters) / sizeof(tf_lookup_filters[0]); i++) {
		const struct tf_lookup *l = NULL;
		for (size_t k = 0; k < sizeof(tf_lookups) / sizeof(tf_lookups[0]); k++)
			if (!strcmp(tf_lookups[k].tf, tf_lookup_filters[i].tf))
				l = &tf_lookups[k];
		assert_non_null(l);
		assert_attr(lookup_type_find(l->kind, NULL)->attrs, l->kind, tf_lookup_filters[i].arg);
	}
}

static void test_awscc_names_from_the_registry(void **state)
{
	(void)state;
	char *y;
	assert_int_equal(convert_text(
		"resource \"awscc_cloudwatch_otel_enrichment\" \"e\" {}\n"
		"resource \"awscc_networkmanager_link\" \"l\" {\n"
		"  provider_name = \"isp\"\n"
		"}\n"
		"resource \"awscc_cloudfront_origin_request_policy\" \"p\" {\n"
		"  origin_request_policy_id = \"x\"\n"
		"  origin_request_policy_config = { name = \"n\" }\n"
		"}\n"
		"resource \"awscc_route53_hosted_zone\" \"z\" {\n"
		"  name = \"example.com\"\n"
		"  vpcs = [{ vpc_id = \"vpc-1\", vpc_region = \"us-east-1\" }]\n"
		"  hosted_zone_config = { comment = awscc_cloudfront_origin_request_policy.p.id }\n"
		"}\n"
		"resource \"awscc_accessanalyzer_analyzer\" \"a\" {\n"
		"  type          = \"ACCOUNT\"\n"
		"  analyzer_name = awscc_cloudfront_origin_request_policy.p.origin_request_policy_id\n"
		"}\n", &y), 0);
	/* A property named type is <resource>_type: type: stays the resource's
	 * type; a reference uses the stack's name of the attribute too. */
	assert_has(y, "\n    type: awscc.accessanalyzer.analyzer\n    analyzer_type: ACCOUNT\n"
		   "    analyzer_name: ${p.origin_request_policy_id}\n");
	assert_has(y, "\n    type: awscc.cloudwatch.otel_enrichment\n");
	/* awscc's provider_name and <resource>_id are terrace's names too
	 * (their old names, link_provider and id, are aliases). */
	assert_has(y, "\n    type: awscc.networkmanager.link\n    provider_name: isp\n");
	assert_has(y, "\n    type: awscc.cloudfront.origin_request_policy\n    origin_request_policy_id: x\n");
	assert_has(y, "\n    vp_cs:\n    - vpc_id: vpc-1\n      vpc_region: us-east-1\n");
	assert_has(y, "\n      comment: ${p.id}\n");
	free(y);
}

static void test_written_types_and_clashing_names(void **state)
{
	(void)state;
	char *y;
	assert_int_equal(convert_text(
		"resource \"aws_ssm_parameter\" \"p\" {\n"
		"  name  = \"/a\"\n"
		"  type  = \"String\"\n"
		"  value = aws_sqs_queue.logs.arn\n"
		"}\n"
		"resource \"aws_sqs_queue\" \"logs\" { name = aws_ssm_parameter.p.type }\n"
		"resource \"aws_s3_bucket\" \"logs\" {\n"
		"  bucket = \"b\"\n"
		"  acceleration_status = \"Enabled\"\n"
		"}\n", &y), 1); /* acceleration_status: aws.s3.bucket has none */
	assert_has(y, "\n    type: aws.ssm.parameter\n    name: /a\n    parameter_type: String\n"
		   "    value: ${sqs_queue_logs.arn}\n");
	assert_has(y, "\n  sqs_queue_logs:\n    type: aws.sqs.queue\n"
		   "    name: ${p.parameter_type}\n");
	assert_has(y, "\n  s3_bucket_logs:\n    type: aws.s3.bucket\n    name: b\n");
	free(y);
}

/* Attributes carried by the written type's names: an EXPRESS state
 * machine stays EXPRESS (type is state_machine_type), a database's
 * username and password are master_*; a database set as the rds module
 * sets it is AWS::RDS::DBInstance by CloudFormation's names (its ARN
 * too); hashicorp/aws 6's per-resource region left out with the true
 * reason (no awscc twin has it either). */
static void test_types_by_their_own_names(void **state)
{
	(void)state;
	char *y;
	assert_int_equal(convert_text(
		"resource \"aws_sfn_state_machine\" \"sm\" {\n"
		"  name       = \"sm\"\n"
		"  role_arn   = \"arn:aws:iam::123456789012:role/r\"\n"
		"  definition = \"{}\"\n"
		"  type       = \"EXPRESS\"\n"
		"  region     = null\n"
		"}\n"
		"resource \"aws_db_instance\" \"plain\" {\n"
		"  identifier        = \"plain\"\n"
		"  instance_class    = \"db.t3.micro\"\n"
		"  allocated_storage = 20\n"
		"  username          = \"etl\"\n"
		"  password          = var.pw\n"
		"}\n"
		"resource \"aws_db_instance\" \"full\" {\n"
		"  identifier           = \"full\"\n"
		"  instance_class       = \"db.t3.micro\"\n"
		"  allocated_storage    = 20\n"
		"  username             = \"etl\"\n"
		"  password             = var.pw\n"
		"  storage_type         = \"gp3\"\n"
		"  parameter_group_name = \"pg\"\n"
		"  maintenance_window   = \"Mon:00:00-Mon:03:00\"\n"
		"}\n"
		"resource \"aws_iam_role\" \"r\" {\n"
		"  name                 = \"r\"\n"
		"  assume_role_policy   = \"{}\"\n"
		"  permissions_boundary = \"arn:aws:iam::aws:policy/b\"\n"
		"}\n"
		"output \"a\" { value = aws_db_instance.full.arn }\n"
		"output \"h\" { value = aws_db_instance.full.resource_id }\n"
		"output \"u\" { value = aws_iam_role.r.unique_id }\n", &y), 1);
	assert_has(y, "\n    definition: \"{}\"\n    state_machine_type: EXPRESS\n");
	assert_has(y, "\n    type: aws.rds.instance\n    identifier: plain\n"
		   "    instance_class: db.t3.micro\n    allocated_storage: 20\n"
		   "    master_username: etl\n    master_password: ${var.pw}\n");
	assert_has(y, "\n    type: awscc.rds.db_instance\n    db_instance_identifier: full\n"
		   "    db_instance_class: db.t3.micro\n    allocated_storage: 20\n"
		   "    master_username: etl\n    master_user_password: ${var.pw}\n"
		   "    storage_type: gp3\n    db_parameter_group_name: pg\n"
		   "    preferred_maintenance_window: Mon:00:00-Mon:03:00\n");
	assert_has(y, "value: ${full.db_instance_arn}");
	assert_has(y, "value: ${full.dbi_resource_id}");
	assert_has(y, "value: ${r.role_id}");
	free(y);
	/* a managed prefix list looked up: its entries are the lookup's
	 * cidrs, each {cidr} (validate said "unknown attribute entries"
	 * before: terraform-aws-lambda's with-vpc-s3-endpoint) */
	assert_int_equal(convert_text(
		"data \"aws_ec2_managed_prefix_list\" \"s3\" {\n"
		"  name = \"com.amazonaws.eu-west-1.s3\"\n"
		"}\n"
		"output \"cidrs\" {\n"
		"  value = data.aws_ec2_managed_prefix_list.s3.entries[*].cidr\n"
		"}\n"
		"output \"count\" {\n"
		"  value = length(data.aws_ec2_managed_prefix_list.s3.entries[*].cidr)\n"
		"}\n", &y), 0);
	assert_has(y, "value: \"${([for cidr in data.s3.cidrs : { cidr = cidr }])[*].cidr}\"\n");
	assert_has(y, "value: \"${length(([for cidr in data.s3.cidrs : { cidr = cidr }])[*].cidr)}\"\n");
	free(y);
	/* a managed prefix list is AWS::EC2::PrefixList, its entry blocks
	 * Entries; a group without vpc_id is in the default VPC */
	assert_int_equal(convert_text(
		"resource \"aws_ec2_managed_prefix_list\" \"pl\" {\n"
		"  name           = \"all\"\n"
		"  address_family = \"IPv4\"\n"
		"  max_entries    = 1\n"
		"  entry {\n"
		"    cidr = \"10.0.0.0/16\"\n"
		"  }\n"
		"}\n"
		"resource \"aws_security_group\" \"g\" {\n"
		"  name = \"g\"\n"
		"}\n", &y), 0);
	assert_has(y, "\n    type: awscc.ec2.prefix_list\n    prefix_list_name: all\n"
		   "    address_family: IPv4\n    max_entries: 1\n    entries:\n"
		   "    - cidr: 10.0.0.0/16\n");
	assert_has(y, "\n  default_vpc:\n    type: aws.ec2.vpc\n    default: true\n");
	assert_has(y, "    vpc_id: ${data.default_vpc.id}\n");
	free(y);
	/* a VPC's default group is aws.ec2.default_security_group, its blocks
	 * a group's (security_groups is security_group_ids) */
	assert_int_equal(convert_text(
		"resource \"aws_default_security_group\" \"d\" {\n"
		"  vpc_id = \"vpc-0abc\"\n"
		"  ingress {\n"
		"    protocol        = \"tcp\"\n"
		"    from_port       = 443\n"
		"    to_port         = 443\n"
		"    security_groups = [\"sg-0def\"]\n"
		"  }\n"
		"}\n", &y), 0);
	assert_has(y, "\n  d:\n    type: aws.ec2.default_security_group\n    vpc_id: vpc-0abc\n");
	assert_has(y, "      security_group_ids:\n      - sg-0def\n");
	free(y);
	/* a topic's policy: the topic's own (folded), or aws.sns.topic_policy
	 * on a topic the stack does not write */
	assert_int_equal(convert_text(
		"resource \"aws_sns_topic\" \"t\" {\n"
		"  name = \"t\"\n"
		"}\n"
		"resource \"aws_sns_topic_policy\" \"t\" {\n"
		"  arn    = aws_sns_topic.t.arn\n"
		"  policy = \"{\\\"Version\\\":\\\"2012-10-17\\\"}\"\n"
		"}\n"
		"resource \"aws_sns_topic_policy\" \"other\" {\n"
		"  arn    = var.topic_arn\n"
		"  policy = \"{}\"\n"
		"}\n", &y), 0);
	assert_has(y, "\n  t:\n    type: aws.sns.topic\n    name: t\n    policy:");
	assert_has(y, "\n  other:\n    type: aws.sns.topic_policy\n    topics:\n"
		   "    - ${var.topic_arn}\n");
	free(y);
}

/* A Lambda permission without statement_id (Terraform makes one) is
 * carried, its statement id of statement_id_prefix (or "terrace-") and a
 * suffix stable per stack, workspace, resource and instance; one security
 * group rule of one written source keeps it, a rule of a list is one per
 * source (for_each). */
static void test_permission_and_rule_shapes(void **state)
{
	(void)state;
	char *y;
	assert_int_equal(convert_text(
		"resource \"aws_lambda_permission\" \"p\" {\n"
		"  count         = 2\n"
		"  function_name = \"fn\"\n"
		"  principal     = \"events.amazonaws.com\"\n"
		"}\n"
		"resource \"aws_lambda_permission\" \"q\" {\n"
		"  statement_id_prefix = \"s3-\"\n"
		"  function_name       = \"fn\"\n"
		"  principal           = \"s3.amazonaws.com\"\n"
		"}\n"
		"resource \"aws_security_group_rule\" \"one\" {\n"
		"  security_group_id = \"sg-1\"\n"
		"  type              = \"ingress\"\n"
		"  cidr_blocks       = [\"10.0.0.0/8\"]\n"
		"  from_port         = 443\n"
		"  to_port           = 443\n"
		"  protocol          = \"tcp\"\n"
		"}\n"
		"resource \"aws_security_group_rule\" \"two\" {\n"
		"  security_group_id = \"sg-1\"\n"
		"  type              = \"egress\"\n"
		"  cidr_blocks       = [\"10.0.0.0/8\", \"10.1.0.0/16\"]\n"
		"  from_port         = 443\n"
		"  to_port           = 443\n"
		"  protocol          = \"tcp\"\n"
		"}\n", &y), 0);
	assert_has(y, "    statement_id: terrace-${substr(sha1(\"${terrace.stack}/${terrace.workspace}/"
		   "p/${count.index}\"), 0, 12)}\n");
	assert_has(y, "    statement_id: s3-${substr(sha1(\"${terrace.stack}/${terrace.workspace}/"
		   "q\"), 0, 12)}\n");
	assert_has(y, "    protocol: tcp\n    cidr_block: 10.0.0.0/8\n");
	assert_has(y, "  two:\n    type: aws.ec2.security_group_rule\n"
		   "    for_each: \"${ {for e in concat([for pos in range(try(length([\\\"10.0.0.0/8\\\", "
		   "\\\"10.1.0.0/16\\\"]), 0)) : {kind = \\\"cidr_block\\\", pos = pos}]) : "
		   "\\\"${e.kind}/${e.pos}\\\" => e} }\"\n");
	free(y);
}

/* A rule's group read as its map's member by name (the security-group
 * module's var.X[count.index]["source_security_group_id"], which may be a
 * group made in the same run, unknown when planning): an instance of every
 * count index, keyed INDEX/source_security_group_id/0 whatever the group's
 * value, as Terraform's rule is one of its count index; a group of any
 * other expression of variables is an instance where it is not null. */
static void test_rule_group_keys_known_when_planning(void **state)
{
	(void)state;
	char *y;
	assert_int_equal(convert_text(
		"variable \"rules\" {\n"
		"  type    = list(map(string))\n"
		"  default = []\n"
		"}\n"
		"variable \"prefix_list_ids\" {\n"
		"  default = []\n"
		"}\n"
		"variable \"group\" {\n"
		"  default = null\n"
		"}\n"
		"resource \"aws_security_group_rule\" \"by_member\" {\n"
		"  count                    = length(var.rules)\n"
		"  security_group_id        = \"sg-1\"\n"
		"  type                     = \"ingress\"\n"
		"  source_security_group_id = var.rules[count.index][\"source_security_group_id\"]\n"
		"  prefix_list_ids          = var.prefix_list_ids\n"
		"  from_port                = 5432\n"
		"  to_port                  = 5432\n"
		"  protocol                 = \"tcp\"\n"
		"}\n"
		"resource \"aws_security_group_rule\" \"by_variable\" {\n"
		"  count                    = 1\n"
		"  security_group_id        = \"sg-1\"\n"
		"  type                     = \"ingress\"\n"
		"  source_security_group_id = var.group\n"
		"  prefix_list_ids          = var.prefix_list_ids\n"
		"  from_port                = 5432\n"
		"  to_port                  = 5432\n"
		"  protocol                 = \"tcp\"\n"
		"}\n", &y), 0);
	assert_has(y, "  by_member:\n    type: aws.ec2.security_group_rule\n"
		   "    for_each: \"${ {for e in flatten([for count_index in range(length(var.rules)) : "
		   "concat([for pos in range(try(length(var.prefix_list_ids), 0)) : "
		   "{index = count_index, kind = \\\"prefix_list_id\\\", pos = pos}], "
		   "[{index = count_index, kind = \\\"source_security_group_id\\\", pos = 0}])]) : "
		   "\\\"${e.index}/${e.kind}/${e.pos}\\\" => e} }\"\n");
	assert_has(y, "    source_security_group_id: \"${each.value.kind == \\\"source_security_group_id\\\""
		   " ? var.rules[each.value.index][\\\"source_security_group_id\\\"] : null}\"\n");
	assert_has(y, "(var.group) != null ? [{index = count_index, kind = "
		   "\\\"source_security_group_id\\\", pos = 0}] : []");
	free(y);
}

/* A for expression over a resource's instances: v.id, which no instance
 * object holds, is terrace's id of the instance (an EventBridge rule's
 * BUS/NAME, a schedule's GROUP/NAME: what NAME["k"].id gives); v.ATTR of
 * an attribute the type names otherwise is that name (a role made as
 * awscc.iam.role: role_name), one the type has is kept, and so is a for
 * over anything else. */
static void test_for_over_instances(void **state)
{
	(void)state;
	char *y;
	assert_int_equal(convert_text(
		"variable \"rules\" {\n"
		"  default = { a = { name = \"a\" } }\n"
		"}\n"
		"resource \"aws_cloudwatch_event_rule\" \"this\" {\n"
		"  for_each            = var.rules\n"
		"  name                = each.value.name\n"
		"  schedule_expression = \"rate(1 hour)\"\n"
		"}\n"
		"resource \"aws_scheduler_schedule\" \"this\" {\n"
		"  for_each            = var.rules\n"
		"  name                = each.value.name\n"
		"  schedule_expression = \"rate(1 hour)\"\n"
		"  flexible_time_window {\n"
		"    mode = \"OFF\"\n"
		"  }\n"
		"  target {\n"
		"    arn      = \"arn:aws:sqs:us-east-1:123456789012:q\"\n"
		"    role_arn = \"arn:aws:iam::123456789012:role/r\"\n"
		"  }\n"
		"}\n"
		"resource \"aws_iam_role\" \"r\" {\n"
		"  count                = 2\n"
		"  name                 = \"r${count.index}\"\n"
		"  assume_role_policy   = \"{}\"\n"
		"  permissions_boundary = \"arn:aws:iam::aws:policy/PowerUserAccess\"\n"
		"}\n"
		"output \"rule_ids\" {\n"
		"  value = { for k, v in aws_cloudwatch_event_rule.this : k => v.id }\n"
		"}\n"
		"output \"schedule_ids\" {\n"
		"  value = { for k, v in aws_scheduler_schedule.this : k => v.id }\n"
		"}\n"
		"output \"rule_arns\" {\n"
		"  value = [for v in aws_cloudwatch_event_rule.this : v.arn]\n"
		"}\n"
		"output \"role_names\" {\n"
		"  value = [for v in aws_iam_role.r : v.name]\n"
		"}\n"
		"output \"shadowed\" {\n"
		"  value = [for v in aws_iam_role.r : [for v in var.rules : v.name]]\n"
		"}\n"
		"output \"not_a_resource\" {\n"
		"  value = { for k, v in var.rules : k => v.id }\n"
		"}\n", &y), 0);
	assert_has(y, "k => (\\\"${coalesce(try(v.event_bus_name, null), \\\"default\\\")}/"
		   "${v.name}\\\") }}\"\n");
	assert_has(y, "k => (\\\"${coalesce(try(v.group_name, null), \\\"default\\\")}/"
		   "${v.name}\\\") }}\"\n");
	assert_has(y, "value: \"${[for v in cloudwatch_event_rule_this : v.arn]}\"\n");
	assert_has(y, "value: \"${[for v in r : v.role_name]}\"\n");
	assert_has(y, "value: \"${[for v in r : [for v in var.rules : v.name]]}\"\n");
	assert_has(y, "value: \"${{ for k, v in var.rules : k => v.id }}\"\n");
	free(y);
	/* an awscc twin's instances: v.id its primary identifier, v.arn built
	 * of it (terraform-aws-vpc's cgw_ids and cgw_arns) */
	assert_int_equal(convert_text(
		"resource \"aws_customer_gateway\" \"this\" {\n"
		"  for_each   = { a = 1 }\n"
		"  bgp_asn    = 65112\n"
		"  ip_address = \"192.0.2.1\"\n"
		"  type       = \"ipsec.1\"\n"
		"}\n"
		"output \"cgw_ids\" {\n"
		"  value = [for k, v in aws_customer_gateway.this : v.id]\n"
		"}\n"
		"output \"cgw_arns\" {\n"
		"  value = [for k, v in aws_customer_gateway.this : v.arn]\n"
		"}\n", &y), 0);
	assert_has(y, "value: \"${[for k, v in this : (v.customer_gateway_id)]}\"\n");
	assert_has(y, ":customer-gateway/${v.customer_gateway_id}\\\"]}\"\n");
	free(y);
}

/* data "aws_iam_policy_document": the document as a local, its .json as
 * jsonencode of it; principals of type "*" are anyone ("*"), conditions by
 * test and variable. */
static void test_policy_document(void **state)
{
	(void)state;
	char *y;
	assert_int_equal(convert_text(
		"data \"aws_iam_policy_document\" \"p\" {\n"
		"  statement {\n"
		"    effect    = \"Deny\"\n"
		"    actions   = [\"s3:*\", \"s3:*\"]\n"
		"    resources = [\"*\"]\n"
		"    principals {\n"
		"      type        = \"*\"\n"
		"      identifiers = [\"*\"]\n"
		"    }\n"
		"    condition {\n"
		"      test     = \"Bool\"\n"
		"      variable = \"aws:SecureTransport\"\n"
		"      values   = [\"false\"]\n"
		"    }\n"
		"    condition {\n"
		"      test     = \"NumericLessThan\"\n"
		"      variable = \"aws:MultiFactorAuthAge\"\n"
		"      values   = [var.mfa_age, 3600, true]\n"
		"    }\n"
		"  }\n"
		"}\n"
		"variable \"mfa_age\" {\n"
		"  default = 86400\n"
		"}\n"
		"resource \"aws_sqs_queue\" \"q\" {\n"
		"  name   = \"q\"\n"
		"  policy = data.aws_iam_policy_document.p.json\n"
		"}\n", &y), 0);
	assert_has(y, "\nlocals:\n  p_policy:\n    Version: \"2012-10-17\"\n    Statement:\n"
		   "    - Effect: Deny\n      Action:\n      - s3:*\n      Resource:\n      - \"*\"\n"
		   "      Principal: \"*\"\n      Condition:\n        Bool:\n"
		   "          aws:SecureTransport:\n          - \"false\"\n");
	/* values are a list(string): a number or bool is its text, an
	 * expression goes through tostring() (the iam modules' mfa_age) */
	assert_has(y, "\n        NumericLessThan:\n          aws:MultiFactorAuthAge:\n"
		   "          - ${tostring(var.mfa_age)}\n          - \"3600\"\n          - \"true\"\n");
	assert_has(y, "\n    policy: ${jsonencode(local.p_policy)}\n");
	free(y);
	/* the same through a dynamic condition (the iam modules' trust policies) */
	assert_int_equal(convert_text(
		"variable \"conditions\" {\n"
		"  default = [{ test = \"NumericLessThan\", variable = \"aws:MultiFactorAuthAge\", values = [86400] }]\n"
		"}\n"
		"variable \"actions\" {\n"
		"  default = [\"sts:AssumeRole\", \"sts:AssumeRole\"]\n"
		"}\n"
		"data \"aws_iam_policy_document\" \"d\" {\n"
		"  statement {\n"
		"    actions = var.actions\n"
		"    dynamic \"condition\" {\n"
		"      for_each = var.conditions\n"
		"      content {\n"
		"        test     = condition.value.test\n"
		"        variable = condition.value.variable\n"
		"        values   = condition.value.values\n"
		"      }\n"
		"    }\n"
		"  }\n"
		"}\n", &y), 0);
	assert_has(y, "cond.variable => [for v in cond.values : tostring(v)] if cond.test == cond_test");
	/* actions are a set: each once, distinct() of an expression */
	assert_has(y, "Action = (var.actions) != null ? distinct(var.actions) : null");
	free(y);
}

/* Text over several lines is a literal block; an expression over several
 * lines keeps its lines, moved left by their common indentation. */
static void test_text_over_lines(void **state)
{
	(void)state;
	char *y;
	assert_int_equal(convert_text(
		"locals {\n"
		"  doc = <<-EOT\n"
		"    {\"a\": \"${var.x}\"}\n"
		"    EOT\n"
		"  blanks = <<-EOT\n"
		"    a\n"
		"    \n"
		"    b \n"
		"    EOT\n"
		"  keys = {\n"
		"      \"${var.x}:aud\" = 1\n"
		"    }\n"
		"}\n", &y), 0);
	assert_has(y, "\n  doc: |\n    {\"a\": \"${var.x}\"}\n");
	/* a line with trailing blanks: quoted, as terrace fmt would strip them */
	assert_has(y, "\n  blanks: \"a\\n    \\nb \\n\"\n");
	assert_has(y, "\n  keys: |-\n    ${{\n      \"${var.x}:aud\" = 1\n    }}\n");
	free(y);
}

/* A reference to a resource the conversion left out is a variable standing
 * for it (so that the stack still validates), one per reference; one to
 * what the configuration never declares stays as written (validate refuses
 * it: the configuration's own mistake). An import block is an entry of
 * import:, to the stack's name; by identity it is left out. A resource
 * named as a word of ${...} (local) takes its type's name before its own. */
static void test_left_out_references_and_imports(void **state)
{
	(void)state;
	char *y;
	assert_int_equal(convert_text(
		"resource \"aws_acm_certificate\" \"cert\" {\n"
		"  domain_name = \"example.com\"\n"
		"}\n"
		"resource \"awscc_sqs_queue\" \"q\" {\n"
		"  queue_name = \"q-${aws_acm_certificate.cert.arn}-${aws_acm_certificate.cert.arn}\"\n"
		"  redrive_policy = { deadLetterTargetArn = awscc_sqs_queue.never.arn }\n"
		"}\n"
		"resource \"awscc_sns_topic\" \"local\" {\n"
		"  topic_name = awscc_sqs_queue.q.queue_name\n"
		"}\n"
		"import {\n"
		"  to = awscc_sqs_queue.q\n"
		"  id = \"https://sqs.us-east-1.amazonaws.com/123456789012/q\"\n"
		"}\n"
		"import {\n"
		"  to       = awscc_sqs_queue.q\n"
		"  identity = { queue_url = \"x\" }\n"
		"}\n", &y), 2);
	assert_has(y, "variables:\n  aws_acm_certificate_cert_arn:\n"
		   "    description: aws_acm_certificate.cert.arn, which terrace convert left out\n");
	assert_has(y, "queue_name: q-${var.aws_acm_certificate_cert_arn}-"
		   "${var.aws_acm_certificate_cert_arn}\n");
	assert_has(y, "${awscc_sqs_queue.never.arn}");
	assert_has(y, "import:\n- to: q\n  id: https://sqs.us-east-1.amazonaws.com/123456789012/q\n");
	assert_null(strstr(y, "queue_url"));
	/* A name ${...} reads as something else (local) takes its type's. */
	assert_has(y, "\n  sns_topic_local:\n    type: awscc.sns.topic\n");
	free(y);
}

/* A Route 53 record: a short name completed with its zone's as Terraform
 * completes it where the stack names the zone (an aws_route53_zone's
 * zone_id is the hosted zone's id), kept with a warning where it cannot
 * (a local); routing blocks as the type's weight and failover, a member
 * they lack left out. */
static void test_route53_records(void **state)
{
	(void)state;
	char *y;
	assert_int_equal(convert_text(
		"resource \"aws_route53_zone\" \"z\" {\n"
		"  name = \"example.com\"\n"
		"}\n"
		"locals {\n"
		"  zone = aws_route53_zone.z.zone_id\n"
		"}\n"
		"resource \"aws_route53_record\" \"a\" {\n"
		"  zone_id = aws_route53_zone.z.zone_id\n"
		"  name    = \"a\"\n"
		"  type    = \"A\"\n"
		"  ttl     = 60\n"
		"  records = [\"192.0.2.1\"]\n"
		"}\n"
		"resource \"aws_route53_record\" \"b\" {\n"
		"  zone_id = local.zone\n"
		"  name    = \"b\"\n"
		"  type    = \"A\"\n"
		"  ttl     = 60\n"
		"  records = [\"192.0.2.2\"]\n"
		"}\n"
		"resource \"aws_route53_record\" \"c\" {\n"
		"  zone_id        = aws_route53_zone.z.zone_id\n"
		"  name           = \"c.example.com\"\n"
		"  type           = \"A\"\n"
		"  ttl            = 60\n"
		"  records        = [\"192.0.2.3\"]\n"
		"  set_identifier = \"s\"\n"
		"  failover_routing_policy {\n"
		"    type = \"SECONDARY\"\n"
		"  }\n"
		"  weighted_routing_policy {\n"
		"    weight = 1\n"
		"    other  = 2\n"
		"  }\n"
		"}\n", &y), 2);
	assert_has(y, "\n  a:\n    type: aws.route53.record\n    zone_id: ${z.id}\n    name: a.${z.name}\n");
	assert_has(y, "\n    zone_id: ${local.zone}\n    name: b\n");
	assert_has(y, "\n    name: c.example.com\n");
	assert_has(y, "\n    set_identifier: s\n    failover: SECONDARY\n    weight: 1\n");
	assert_null(strstr(y, "other"));
	assert_null(strstr(y, "routing_policy"));
	free(y);
}

/* Modules as terraform-aws-modules write them: a role become its awscc
 * twin referred to through a key that is an expression (role_name after
 * [each.key], in a template too), a local whose value is left out (a
 * function terrace lacks) a stand-in that what refers to it reads, and the
 * terraform block's provider_meta left out for what it is, not as a
 * backend. */
static void test_module_shapes(void **state)
{
	(void)state;
	char *y;
	assert_int_equal(convert_text(
		"terraform {\n"
		"  provider_meta \"aws\" {\n"
		"    user_agent = [\"x\"]\n"
		"  }\n"
		"}\n"
		"locals {\n"
		"  stamp = plantimestamp()\n"
		"  roles = { a = \"x\" }\n"
		"}\n"
		"resource \"aws_iam_role\" \"r\" {\n"
		"  for_each             = local.roles\n"
		"  name                 = each.key\n"
		"  assume_role_policy   = \"{}\"\n"
		"  permissions_boundary = \"arn:aws:iam::aws:policy/PowerUserAccess\"\n"
		"}\n"
		"resource \"aws_iam_policy\" \"p\" {\n"
		"  for_each = local.roles\n"
		"  name     = \"${aws_iam_role.r[each.key].name}-${each.key}\"\n"
		"  policy   = \"{}\"\n"
		"}\n"
		"output \"names\" {\n"
		"  value = [for k, v in local.roles : aws_iam_role.r[k].name]\n"
		"}\n"
		"output \"stamp\" {\n"
		"  value = local.stamp\n"
		"}\n", &y), 2);
	assert_has(y, "\n    name: ${r[each.key].role_name}-${each.key}\n");
	assert_has(y, "\n    value: \"${[for k, v in local.roles : r[k].role_name]}\"\n");
	assert_has(y, "\n  local_stamp:\n    description: local.stamp, which terrace convert left "
		   "out\n    default: null\n");
	assert_has(y, "\n  stamp: ${var.local_stamp}\n");
	assert_has(y, "\n    value: ${local.stamp}\n");
	free(y);
}

/* A reference to an argument a left-out resource's block sets is that
 * argument, as Terraform plans it (its codedeploy app's name is var.app_name
 * before apply), not a stand-in left null; with count, the instance's value
 * where count makes it and indexing nothing where not (Terraform's error,
 * which try catches: try(aws_x.this[0].name, var.app_name) with count 0 is
 * var.app_name). What AWS computes (an id), what names an instance (each.key)
 * and a for_each resource keep their stand-in. */
static void test_left_out_configured_arguments(void **state)
{
	(void)state;
	char *y;
	convert_text(
		"variable \"create\" {\n  default = true\n}\n"
		"variable \"app_name\" {\n  default = \"app\"\n}\n"
		"resource \"aws_codedeploy_app\" \"this\" {\n"
		"  count = var.create ? 1 : 0\n"
		"  name  = var.app_name\n"
		"}\n"
		"resource \"aws_codedeploy_app\" \"one\" {\n"
		"  name = \"x-${var.app_name}\"\n"
		"}\n"
		"resource \"aws_codedeploy_app\" \"each\" {\n"
		"  for_each = toset([\"a\"])\n"
		"  name     = each.key\n"
		"}\n"
		"resource \"aws_codedeploy_app\" \"counted\" {\n"
		"  count = 2\n"
		"  name  = \"n-${count.index}\"\n"
		"}\n"
		"resource \"aws_sqs_queue\" \"q\" {\n"
		"  name = \"${try(aws_codedeploy_app.this[0].name, var.app_name)}-${aws_codedeploy_app.one.name}\"\n"
		"  tags = { id = aws_codedeploy_app.one.id, e = aws_codedeploy_app.each[\"a\"].name,\n"
		"           c = aws_codedeploy_app.counted[1].name }\n"
		"}\n", &y);
	assert_has(y, "\n    name: \"${try([for instance in range(var.create ? 1 : 0) : (var.app_name)][0], "
		   "var.app_name)}-${(\\\"x-${var.app_name}\\\")}\"\n");
	assert_has(y, "${var.aws_codedeploy_app_one_id}");
	assert_has(y, "${var.aws_codedeploy_app_each_a_name}");
	assert_has(y, "${var.aws_codedeploy_app_counted_1_name}");
	assert_null(strstr(y, "aws_codedeploy_app_this_0_name"));
	free(y);
}

/* A registry module `terraform init` fetched (.terraform/modules/modules.json
 * names its folder by the module's name) is a call of that folder, as
 * Terraform runs it, its version the folder's: no stand-ins for its outputs.
 * A registry module modules.json does not name, or whose folder is gone,
 * stays left out with its stand-ins. */
static void test_modules_terraform_init_fetched(void **state)
{
	(void)state;
	char dir[] = "/tmp/terrace-test-convert-tf-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char *p = xasprintf("%s/.terraform/modules/bucket", dir);
	char *cmd = xasprintf("mkdir -p %s", p);
	assert_int_equal(system(cmd), 0);
	static const char *const files[][2] = {
		{ "main.tf",
		  "module \"bucket\" {\n"
		  "  source  = \"terraform-aws-modules/s3-bucket/aws\"\n"
		  "  version = \"~> 5.0\"\n"
		  "  bucket  = \"b\"\n"
		  "}\n"
		  "module \"gone\" {\n"
		  "  source  = \"terraform-aws-modules/kms/aws\"\n"
		  "}\n"
		  "module \"never\" {\n"
		  "  source  = \"terraform-aws-modules/sqs/aws\"\n"
		  "}\n"
		  "output \"arns\" {\n"
		  "  value = [module.bucket.s3_bucket_arn, module.gone.key_arn, module.never.queue_arn]\n"
		  "}\n" },
		{ ".terraform/modules/modules.json",
		  "{\"Modules\":[{\"Key\":\"\",\"Source\":\"\",\"Dir\":\".\"},"
		  "{\"Key\":\"bucket\",\"Source\":\"registry.terraform.io/terraform-aws-modules/s3-bucket/aws\","
		  "\"Version\":\"5.15.4\",\"Dir\":\".terraform/modules/bucket\"},"
		  "{\"Key\":\"gone\",\"Source\":\"registry.terraform.io/terraform-aws-modules/kms/aws\","
		  "\"Version\":\"4.0.0\",\"Dir\":\".terraform/modules/gone\"}]}\n" },
		{ ".terraform/modules/bucket/main.tf",
		  "variable \"bucket\" {}\noutput \"s3_bucket_arn\" {\n  value = var.bucket\n}\n" },
	};
	for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		char *path = xasprintf("%s/%s", dir, files[i][0]);
		FILE *f = fopen(path, "w");
		assert_non_null(f);
		fputs(files[i][1], f);
		fclose(f);
		free(path);
	}
	struct convert_source src = { dir, NULL };
	struct convert_result res = { .left_out = 0 };
	struct diags d = DIAGS_INIT;
	strbuf_init(&res.stack);
	assert_int_equal(convert_terraform(&src, &res, &d), 0);
	char *y = strbuf_detach(&res.stack);
	diags_free(&d);
	remove_tree(dir);
	assert_has(y, "\nmodules:\n  bucket:\n    source: ./.terraform/modules/bucket\n    bucket: b\n");
	assert_null(strstr(y, "version"));
	assert_null(strstr(y, "module_bucket_s3_bucket_arn"));
	assert_has(y, "${module.bucket.s3_bucket_arn}");
	assert_has(y, "${var.module_gone_key_arn}");
	assert_has(y, "${var.module_never_queue_arn}");
	assert_int_equal(res.left_out, 2);
	free(y);
	free(cmd);
	free(p);
}

/* What examples name their resources by: random_pet and random_string, a
 * value stable per stack, workspace and instance (the first hex digits of
 * a SHA-1; a queue's policy folded into it still names the queue's ARN by
 * that name, no cycle); a whole resource left out with for_each a stand-in
 * of no instances ({}), so a for expression over it goes over nothing; a
 * FIFO topic's name_prefix ends in .fifo. */
static void test_left_out_values(void **state)
{
	(void)state;
	char *y;
	assert_int_equal(convert_text(
		"resource \"random_pet\" \"this\" {\n"
		"  length = 2\n"
		"}\n"
		"resource \"random_string\" \"s\" {\n"
		"  count  = 2\n"
		"  length = 6\n"
		"}\n"
		"resource \"aws_sqs_queue\" \"q\" {\n"
		"  name = \"${random_pet.this.id}-${random_string.s[1].result}\"\n"
		"}\n"
		"resource \"aws_sqs_queue_policy\" \"q\" {\n"
		"  queue_url = aws_sqs_queue.q.id\n"
		"  policy = jsonencode({ Statement = [{ Effect = \"Allow\", Action = \"sqs:SendMessage\",\n"
		"    Principal = { Service = \"events.amazonaws.com\" }, Resource = aws_sqs_queue.q.arn }] })\n"
		"}\n"
		"resource \"aws_s3tables_table\" \"t\" {\n"
		"  for_each = toset([\"a\"])\n"
		"  name     = each.key\n"
		"}\n"
		"resource \"aws_sns_topic\" \"f\" {\n"
		"  name_prefix = \"f-\"\n"
		"  fifo_topic  = true\n"
		"}\n"
		"output \"arns\" {\n"
		"  value = { for k, v in aws_s3tables_table.t : k => v.arn }\n"
		"}\n", &y), 3);
	assert_has(y, "\n    name: ${substr(sha1(\"${terrace.stack}/${terrace.workspace}/random_pet.this${terrace.module}\"), 0, "
		   "8)}-${substr(sha1(\"${terrace.stack}/${terrace.workspace}/random_string.s[1]${terrace.module}\"), 0, 6)}\n");
	assert_has(y, ":sqs:${data.caller.region}:${data.caller.account_id}:${substr(sha1(");
	assert_has(y, "\n  aws_s3tables_table_t:\n    description: aws_s3tables_table.t, which terrace "
		   "convert left out\n    default: {}\n");
	assert_has(y, "\n    value: \"${{ for k, v in var.aws_s3tables_table_t : k => v.arn }}\"\n");
	assert_has(y, "\n    name: f-${substr(sha1(\"${terrace.stack}/${terrace.workspace}/f${terrace.module}\"), 0, 8)}.fifo\n");
	free(y);
}

/* A module role's inline policy with count and a name or name_prefix by a
 * condition (terraform-aws-iam's iam-role): folded per instance, its name
 * a local (the name, else the prefix and a stable suffix), and its
 * document's strings written as an expression's, which parses. */
static void test_folded_policy_name_prefix(void **state)
{
	(void)state;
	char *y;
	convert_text(
		"variable \"use_name_prefix\" {\n"
		"  default = true\n"
		"}\n"
		"resource \"aws_iam_role\" \"this\" {\n"
		"  count = 1\n"
		"  name  = \"r\"\n"
		"  assume_role_policy = \"{}\"\n"
		"  permissions_boundary = \"arn:aws:iam::aws:policy/ReadOnlyAccess\"\n"
		"}\n"
		"resource \"aws_iam_role_policy\" \"inline\" {\n"
		"  count       = 1\n"
		"  role        = aws_iam_role.this[0].name\n"
		"  name        = var.use_name_prefix ? null : \"inline\"\n"
		"  name_prefix = var.use_name_prefix ? \"inline-\" : null\n"
		"  policy      = jsonencode({ Statement = [{ Effect = \"Allow\" }] })\n"
		"}\n", &y);
	assert_has(y, "\n  inline_name: \"${(var.use_name_prefix ? null : \\\"inline\\\") != null ? "
		   "(var.use_name_prefix ? null : \\\"inline\\\") : \\\"${var.use_name_prefix ? "
		   "\\\"inline-\\\" : null}${substr(sha1(");
	assert_has(y, "[{\\\"policy_name\\\" = (local.inline_name), \\\"policy_document\\\" = "
		   "(jsonencode({ Statement = [{ Effect = \\\"Allow\\\" }] }))}]");
	free(y);
}

/* hashicorp/aws's "not set" values AWS refuses (tf_unset_values): a
 * function's reserved_concurrent_executions of -1, the lambda module's
 * default, is null (given by a variable) or left out (written). */
static void test_unset_values(void **state)
{
	(void)state;
	char *y;
	assert_int_equal(convert_text(
		"variable \"rce\" {\n"
		"  default = -1\n"
		"}\n"
		"resource \"aws_lambda_function\" \"v\" {\n"
		"  function_name = \"v\"\n"
		"  role          = \"arn:aws:iam::123456789012:role/r\"\n"
		"  handler       = \"index.handler\"\n"
		"  runtime       = \"python3.12\"\n"
		"  filename      = \"f.zip\"\n"
		"  reserved_concurrent_executions = var.rce\n"
		"}\n"
		"resource \"aws_lambda_function\" \"w\" {\n"
		"  function_name = \"w\"\n"
		"  role          = \"arn:aws:iam::123456789012:role/r\"\n"
		"  handler       = \"index.handler\"\n"
		"  runtime       = \"python3.12\"\n"
		"  filename      = \"f.zip\"\n"
		"  reserved_concurrent_executions = -1\n"
		"}\n"
		"resource \"aws_lambda_function\" \"x\" {\n"
		"  function_name = \"x\"\n"
		"  role          = \"arn:aws:iam::123456789012:role/r\"\n"
		"  handler       = \"index.handler\"\n"
		"  runtime       = \"python3.12\"\n"
		"  filename      = \"f.zip\"\n"
		"  reserved_concurrent_executions = 5\n"
		"}\n", &y), 0);
	assert_has(y, "\n    reserved_concurrent_executions: \"${(var.rce) == -1 ? null : (var.rce)}\"\n");
	assert_has(y, "\n    reserved_concurrent_executions: 5\n");
	assert_int_equal(strstr(y, "reserved_concurrent_executions: -1") == NULL, 1);
	free(y);
	/* what the provider does not send beside another attribute: a replica's
	 * storage_encrypted (CreateDBInstanceReadReplica has none) */
	assert_int_equal(convert_text(
		"variable \"source\" {\n"
		"  default = null\n"
		"}\n"
		"resource \"aws_db_instance\" \"replica\" {\n"
		"  identifier          = \"replica\"\n"
		"  instance_class      = \"db.t3.micro\"\n"
		"  replicate_source_db = \"orders\"\n"
		"  storage_encrypted   = true\n"
		"}\n"
		"resource \"aws_db_instance\" \"maybe\" {\n"
		"  identifier          = \"maybe\"\n"
		"  instance_class      = \"db.t3.micro\"\n"
		"  replicate_source_db = var.source\n"
		"  storage_encrypted   = true\n"
		"  password            = \"twins-1234\"\n"
		"}\n", &y), 0);
	assert_has(y, "\n    storage_encrypted: \"${(var.source) != null ? null : true}\"\n");
	/* nor its password (sent in a ModifyDBInstance after) */
	assert_has(y, "\n    master_user_password: \"${(var.source) != null ? null : \\\"twins-1234\\\"}\"\n");
	assert_int_equal(strstr(y, "storage_encrypted: true") == NULL, 1);
	free(y);
	/* a role's permissions_boundary of "" (the iam modules' default) */
	assert_int_equal(convert_text(
		"variable \"boundary\" {\n"
		"  default = \"\"\n"
		"}\n"
		"resource \"aws_iam_role\" \"given\" {\n"
		"  name                 = \"given\"\n"
		"  assume_role_policy   = \"{}\"\n"
		"  permissions_boundary = var.boundary\n"
		"}\n"
		"resource \"aws_iam_role\" \"empty\" {\n"
		"  name                 = \"empty\"\n"
		"  assume_role_policy   = \"{}\"\n"
		"  permissions_boundary = \"\"\n"
		"  description          = \"\"\n"
		"}\n", &y), 0);
	assert_has(y, "\n    permissions_boundary: \"${(var.boundary) == \\\"\\\" ? null : (var.boundary)}\"\n");
	assert_int_equal(strstr(y, "permissions_boundary: \"\"") == NULL, 1);
	assert_int_equal(strstr(y, "description: \"\"") == NULL, 1);
	free(y);
}

/* The AWS provider's 60 commonest resource types over the public
 * configurations counted (stacks/tf_type_counts.txt) are each carried,
 * folded into their owner or left out with why; so are the utility
 * providers' types used in four configurations or more. */
static void test_commonest_types_carried_or_named(void **state)
{
	(void)state;
	FILE *f = fopen("stacks/tf_type_counts.txt", "r");
	assert_non_null(f);
	char line[256];
	size_t aws = 0;
	while (fgets(line, sizeof(line), f)) {
		unsigned configurations, blocks;
		char type[128];
		if (line[0] == '#' || sscanf(line, "%u %u %127s", &configurations, &blocks, type) != 3)
			continue;
		bool is_aws = !strncmp(type, "aws_", 4);
		if ((is_aws && aws++ >= 60) || (!is_aws && configurations < 4))
			continue;
		bool named = tf_written_find(type) || tf_fold_find(type) || tf_left_out_why(type);
		if (!named)
			print_error("%s is neither carried, folded nor named with why\n", type);
		assert_true(named);
	}
	fclose(f);
	assert_int_equal(aws > 60, true);
}

/* hashicorp/aws's defaults that are not AWS's (tf_provider_defaults): a
 * queue without max_message_size asks the provider's 262,144, one whose
 * value may be null asks it where the value is null, one that sets it
 * keeps it. */
static void test_provider_defaults(void **state)
{
	(void)state;
	char *y;
	assert_int_equal(convert_text(
		"variable \"size\" {\n"
		"  default = null\n"
		"}\n"
		"resource \"aws_sqs_queue\" \"unset\" {\n"
		"  name = \"unset\"\n"
		"}\n"
		"resource \"aws_sqs_queue\" \"maybe\" {\n"
		"  name             = \"maybe\"\n"
		"  max_message_size = var.size\n"
		"}\n"
		"resource \"aws_sqs_queue\" \"set\" {\n"
		"  name             = \"set\"\n"
		"  max_message_size = 2048\n"
		"}\n", &y), 0);
	assert_has(y, "\n    name: unset\n    max_message_size: 262144\n");
	assert_has(y, "\n    max_message_size: \"${(var.size) != null ? (var.size) : 262144}\"\n");
	assert_has(y, "\n    name: set\n    max_message_size: 2048\n");
	free(y);
	/* a block's member: a target tracking policy without disable_scale_in
	 * asks false, as Terraform sends it; one that sets it keeps it */
	assert_int_equal(convert_text(
		"resource \"aws_appautoscaling_policy\" \"unset\" {\n"
		"  name               = \"unset\"\n"
		"  policy_type        = \"TargetTrackingScaling\"\n"
		"  resource_id        = \"table/t\"\n"
		"  scalable_dimension = \"dynamodb:table:ReadCapacityUnits\"\n"
		"  service_namespace  = \"dynamodb\"\n"
		"  target_tracking_scaling_policy_configuration {\n"
		"    target_value = 70\n"
		"  }\n"
		"}\n"
		"resource \"aws_appautoscaling_policy\" \"set\" {\n"
		"  name               = \"set\"\n"
		"  policy_type        = \"TargetTrackingScaling\"\n"
		"  resource_id        = \"table/t\"\n"
		"  scalable_dimension = \"dynamodb:table:ReadCapacityUnits\"\n"
		"  service_namespace  = \"dynamodb\"\n"
		"  target_tracking_scaling_policy_configuration {\n"
		"    target_value     = 70\n"
		"    disable_scale_in = true\n"
		"  }\n"
		"}\n", &y), 0);
	assert_has(y, "policy_name: unset\n");
	assert_has(y, "      target_value: 70\n      disable_scale_in: false\n");
	assert_has(y, "      disable_scale_in: true\n");
	assert_null(strstr(strstr(y, "policy_name: set"), "disable_scale_in: false"));
	free(y);
}

/* An aws_s3_object's content_base64 is its content, base64decode() of it
 * (left out before: terraform-aws-s3-bucket's object module, given
 * content_base64 by terraform-aws-dynamodb-table's s3-import, then had
 * neither source nor content and plan refused it); beside content (the
 * module passes both, one null) the one given. */
static void test_s3_object_content_base64(void **state)
{
	(void)state;
	char *y;
	assert_int_equal(convert_text(
		"variable \"content\" {\n"
		"  default = null\n"
		"}\n"
		"variable \"content_base64\" {\n"
		"  default = null\n"
		"}\n"
		"resource \"aws_s3_object\" \"alone\" {\n"
		"  bucket         = \"b\"\n"
		"  key            = \"a.csv\"\n"
		"  content_base64 = filebase64(\"./a.csv\")\n"
		"}\n"
		"resource \"aws_s3_object\" \"either\" {\n"
		"  bucket         = \"b\"\n"
		"  key            = \"b.csv\"\n"
		"  content        = var.content\n"
		"  content_base64 = var.content_base64\n"
		"}\n", &y), 0);
	assert_has(y, "\n    content: ${base64decode((filebase64(\"./a.csv\")))}\n");
	assert_has(y, "\n    content: \"${(var.content_base64) != null ? "
		   "base64decode((var.content_base64)) : (var.content)}\"\n");
	assert_int_equal(strstr(y, "\n    content_base64") == NULL, 1);
	free(y);
}

/* A block's member of another name in terrace's type (tf_nested_renamed):
 * a state machine's logging_configuration.log_destination is its
 * log_group_arn, written as a block and as the step-functions module's
 * dynamic block (lost before: the plan then said level ALL needs one). */
static void test_nested_renames(void **state)
{
	(void)state;
	char *y;
	assert_int_equal(convert_text(
		"variable \"logging\" {\n"
		"  default = { level = \"ALL\" }\n"
		"}\n"
		"resource \"aws_sfn_state_machine\" \"plain\" {\n"
		"  name       = \"plain\"\n"
		"  role_arn   = \"arn:aws:iam::123456789012:role/sfn\"\n"
		"  definition = \"{}\"\n"
		"  logging_configuration {\n"
		"    level           = \"ERROR\"\n"
		"    log_destination = \"arn:aws:logs:us-east-1:123456789012:log-group:sfn:*\"\n"
		"  }\n"
		"}\n"
		"resource \"aws_sfn_state_machine\" \"dynamic\" {\n"
		"  name       = \"dynamic\"\n"
		"  role_arn   = \"arn:aws:iam::123456789012:role/sfn\"\n"
		"  definition = \"{}\"\n"
		"  dynamic \"logging_configuration\" {\n"
		"    for_each = [true]\n"
		"    content {\n"
		"      log_destination = lookup(var.logging, \"log_destination\", \"arn:aws:logs:us-east-1:123456789012:log-group:sfn:*\")\n"
		"      level           = lookup(var.logging, \"level\", null)\n"
		"    }\n"
		"  }\n"
		"}\n", &y), 0);
	assert_has(y, "log_group_arn: arn:aws:logs:us-east-1:123456789012:log-group:sfn:*");
	assert_has(y, "log_group_arn = lookup(var.logging, \\\"log_destination\\\"");
	assert_null(strstr(y, "log_destination:"));
	assert_null(strstr(y, "log_destination ="));
	free(y);
}

/* The sqs module's queue: its redrive policies and its policy, split
 * resources of at most one instance naming the queue through [0] (the
 * policy by a document of its own count, naming the queue's ARN), folded
 * into it; the policy's ARN is built of the queue's name (no cycle). A
 * redrive allow policy, which aws.sqs.queue has no attribute for, is left
 * out with why. */
static void test_queue_folds(void **state)
{
	(void)state;
	char *y;
	assert_int_equal(convert_text(
		"variable \"create\" {\n"
		"  default = true\n"
		"}\n"
		"resource \"aws_sqs_queue\" \"this\" {\n"
		"  count            = var.create ? 1 : 0\n"
		"  name             = \"work\"\n"
		"  max_message_size = 4096\n"
		"}\n"
		"resource \"aws_sqs_queue\" \"dlq\" {\n"
		"  name             = \"work-dlq\"\n"
		"  max_message_size = 4096\n"
		"}\n"
		"data \"aws_iam_policy_document\" \"this\" {\n"
		"  count = var.create ? 1 : 0\n"
		"  statement {\n"
		"    actions   = [\"sqs:SendMessage\"]\n"
		"    resources = [aws_sqs_queue.this[0].arn]\n"
		"  }\n"
		"}\n"
		"resource \"aws_sqs_queue_policy\" \"this\" {\n"
		"  count     = var.create ? 1 : 0\n"
		"  queue_url = aws_sqs_queue.this[0].url\n"
		"  policy    = data.aws_iam_policy_document.this[0].json\n"
		"}\n"
		"resource \"aws_sqs_queue_redrive_policy\" \"this\" {\n"
		"  count          = var.create ? 1 : 0\n"
		"  queue_url      = aws_sqs_queue.this[0].url\n"
		"  redrive_policy = jsonencode({ deadLetterTargetArn = aws_sqs_queue.dlq.arn, maxReceiveCount = 4 })\n"
		"}\n", &y), 0);
	assert_has(y, "\n    redrive_policy: \"${try([for count_index in range(var.create ? 1 : 0) : "
		   "{\\\"deadLetterTargetArn\\\" = (dlq.arn), \\\"maxReceiveCount\\\" = 4}][0], null)}\"\n");
	assert_has(y, "\n    policy: \"${try([for count_index in range(var.create ? 1 : 0) : "
		   "([for count_index in range(var.create ? 1 : 0) : {json = jsonencode({Version = "
		   "\\\"2012-10-17\\\", Statement = [{Action = [\\\"sqs:SendMessage\\\"], Resource = "
		   "[\\\"arn:${data.caller.partition}:sqs:${data.caller.region}:${data.caller.account_id}"
		   ":work\\\"], Effect = \\\"Allow\\\"}]})}][0].json)][0], null)}\"\n");
	free(y);
	assert_int_equal(convert_text(
		"resource \"aws_sqs_queue\" \"dlq\" {\n"
		"  name             = \"work-dlq\"\n"
		"  max_message_size = 4096\n"
		"}\n"
		"resource \"aws_sqs_queue_redrive_allow_policy\" \"dlq\" {\n"
		"  queue_url            = aws_sqs_queue.dlq.id\n"
		"  redrive_allow_policy = jsonencode({ redrivePermission = \"denyAll\" })\n"
		"}\n", &y), 0);
	assert_has(y, "redrive_allow_policy");
	assert_has(y, "denyAll");
	free(y);
	/* an allow policy naming the queue whose redrive policy names the
	 * dead-letter queue: folded with that queue's ARN built of its name
	 * (queue_arns_by_name), no circle; both folded */
	assert_int_equal(convert_text(
		"resource \"aws_sqs_queue\" \"dlq\" { name = \"work-dlq\" }\n"
		"resource \"aws_sqs_queue\" \"work\" { name = \"work\" }\n"
		"resource \"aws_sqs_queue_redrive_allow_policy\" \"dlq\" {\n"
		"  queue_url            = aws_sqs_queue.dlq.id\n"
		"  redrive_allow_policy = jsonencode({ redrivePermission = \"byQueue\", "
		"sourceQueueArns = [aws_sqs_queue.work.arn] })\n"
		"}\n"
		"resource \"aws_sqs_queue_redrive_policy\" \"work\" {\n"
		"  queue_url      = aws_sqs_queue.work.id\n"
		"  redrive_policy = jsonencode({ deadLetterTargetArn = aws_sqs_queue.dlq.arn, "
		"maxReceiveCount = 4 })\n"
		"}\n", &y), 0);
	assert_has(y, "\n      deadLetterTargetArn: ${dlq.arn}\n");
	assert_has(y, "\n    redrive_allow_policy:\n      redrivePermission: byQueue\n"
		   "      sourceQueueArns:\n      - ${\"arn:${data.caller.partition}:sqs:"
		   "${data.caller.region}:${data.caller.account_id}:work\"}\n");
	free(y);
}

/* terraform-aws-lambda's package builder (data "external" running
 * package.py prepare): its result.filename is the folder or file
 * source_path names, held by a local per instance (not a stand-in); the
 * function whose source reaches it through locals gets the python block of
 * its requirements and a precondition naming what is not carried, the
 * layer its own; the S3 object uploading the package (store_on_s3) is left
 * out and both refuse to plan while it would exist. Another program's data
 * "external" stays a stand-in. */
/* data "aws_vpc_endpoint_service" with for_each, as terraform-aws-vpc's
 * vpc-endpoints module writes it: a lookup per endpoint (its service, its
 * service-type filter as service_type), which the endpoint's service_name
 * reads by each.key; before, it was left out and the endpoint's
 * service_name had no key "s3" of the {} standing for it. */
static void test_vpc_endpoint_service_lookup(void **state)
{
	(void)state;
	char *y;
	size_t left = convert_text(
		"data \"aws_vpc_endpoint_service\" \"this\" {\n"
		"  for_each     = var.endpoints\n"
		"  service      = try(each.value.service, null)\n"
		"  service_name = try(each.value.service_name, null)\n"
		"  filter {\n"
		"    name   = \"service-type\"\n"
		"    values = [try(each.value.service_type, \"Interface\")]\n"
		"  }\n"
		"}\n"
		"resource \"aws_vpc_endpoint\" \"this\" {\n"
		"  for_each     = var.endpoints\n"
		"  vpc_id       = var.vpc_id\n"
		"  service_name = data.aws_vpc_endpoint_service.this[each.key].service_name\n"
		"}\n", &y);
	assert_has(y, "\n  this:\n    type: aws.ec2.vpc_endpoint_service\n"
		   "    for_each: ${var.endpoints}\n"
		   "    service: ${try(each.value.service, null)}\n"
		   "    service_name: ${try(each.value.service_name, null)}\n"
		   "    service_type: ${try(each.value.service_type, \"Interface\")}\n");
	assert_has(y, "    service_name: ${data.this[each.key].service_name}\n");
	assert_null(strstr(y, "data_aws_vpc_endpoint_service_this"));
	assert_int_equal(left, 0);
	free(y);
}

/* An output of a resource's whole objects (terraform-aws-vpc's
 * private_subnet_objects), read in another stack as v.id: each object
 * gets its id merged in; a for_each resource's are left as they are. */
static void test_whole_objects_output(void **state)
{
	(void)state;
	char *y;
	convert_text(
		"resource \"aws_subnet\" \"private\" {\n"
		"  count      = 2\n"
		"  vpc_id     = \"vpc-1\"\n"
		"  cidr_block = \"10.0.${count.index}.0/24\"\n"
		"}\n"
		"resource \"aws_vpc\" \"this\" {\n"
		"  cidr_block = \"10.0.0.0/16\"\n"
		"}\n"
		"resource \"aws_subnet\" \"keyed\" {\n"
		"  for_each   = toset([\"a\"])\n"
		"  vpc_id     = \"vpc-1\"\n"
		"  cidr_block = \"10.0.9.0/24\"\n"
		"}\n"
		"output \"private_subnet_objects\" {\n"
		"  value = aws_subnet.private\n"
		"}\n"
		"output \"vpc_object\" {\n"
		"  value = aws_vpc.this\n"
		"}\n"
		"output \"keyed_objects\" {\n"
		"  value = aws_subnet.keyed\n"
		"}\n", &y);
	assert_has(y, "value: \"${[for i, o in private : merge(o, {id = "
		   "element(private[*].id, i)})]}\"\n");
	assert_has(y, "value: ${merge(this, {id = this.id})}\n");
	assert_has(y, "value: ${keyed}\n");
	free(y);
}

static void test_lambda_package_builder(void **state)
{
	(void)state;
	char *y;
	convert_text(
		"data \"external\" \"archive_prepare\" {\n"
		"  count   = var.create_package ? 1 : 0\n"
		"  program = [\"python3\", \"${path.module}/package.py\", \"prepare\"]\n"
		"  query = {\n"
		"    artifacts_dir = var.artifacts_dir\n"
		"    runtime       = var.runtime\n"
		"    source_path   = try(tostring(var.source_path), jsonencode(var.source_path))\n"
		"  }\n"
		"}\n"
		"data \"external\" \"other\" {\n"
		"  program = [\"python3\", \"other.py\", \"prepare\"]\n"
		"  query   = { source_path = \"x\", runtime = \"y\", artifacts_dir = \"z\" }\n"
		"}\n"
		"locals {\n"
		"  archive_filename = try(data.external.archive_prepare[0].result.filename, null)\n"
		"  filename         = var.store_on_s3 ? null : local.archive_filename\n"
		"}\n"
		"resource \"aws_lambda_function\" \"this\" {\n"
		"  function_name = \"f\"\n"
		"  role          = \"arn:aws:iam::123456789012:role/r\"\n"
		"  runtime       = var.runtime\n"
		"  handler       = \"index.handler\"\n"
		"  filename      = local.filename\n"
		"  source_code_hash = (local.filename == null ? false : fileexists(local.filename)) ? "
		"filebase64sha256(local.filename) : null\n"
		"  description   = data.external.other.result.filename\n"
		"}\n"
		"resource \"aws_lambda_layer_version\" \"this\" {\n"
		"  layer_name = \"l\"\n"
		"  filename   = local.filename\n"
		"}\n"
		"resource \"aws_s3_object\" \"lambda_package\" {\n"
		"  count  = var.store_on_s3 ? 1 : 0\n"
		"  bucket = \"b\"\n"
		"  key    = \"k\"\n"
		"  source = data.external.archive_prepare[0].result.filename\n"
		"}\n", &y);
	assert_has(y, "\n  archive_filename: ${try(local.archive_prepare_package[0].source, null)}\n");
	assert_null(strstr(y, "data_external_archive_prepare"));
	/* the package, per instance of count */
	assert_has(y, "\n  archive_prepare_package: \"${[for count_index in range(var.create_package ? 1 : 0) : "
		   "[for package_sp in [(try(tostring(var.source_path), jsonencode(var.source_path)))] : ");
	assert_has(y, "requirements.txt");
	assert_has(y, "not_carried = concat(");
	/* the function: python when package.py would pip-install, a precondition */
	assert_has(y, "\n    python: \"${try(one([for package_p in local.archive_prepare_package : "
		   "{requirements = package_p.requirements} if (local.filename) != null && "
		   "package_p.source == (local.filename) && package_p.requirements != null]), null)}\"\n");
	assert_has(y, "\n      - condition: \"${alltrue([for package_p in local.archive_prepare_package : "
		   "length(package_p.not_carried) == 0 if package_p.source == (local.filename)])}\"\n");
	/* the layer: its requirements are not carried */
	assert_has(y, "length(package_p.not_carried) == 0 && package_p.requirements == null if "
		   "package_p.source == (local.filename)])}\"\n");
	assert_has(y, "a layer's requirements (package.py installs them at the zip's root, "
		   "terrace's python block under python/)");
	/* the object of store_on_s3 left out; what would take the package
	 * from it refused while it would exist */
	assert_null(strstr(y, "type: aws.s3.object"));
	assert_has(y, "\n      - condition: \"${!((var.store_on_s3 ? 1 : 0) > 0)}\"\n"
		   "        error_message: \"terraform-aws-lambda's store_on_s3 is not carried: ");
	/* the zip's hash left to terrace, which hashes the source it zips
	 * (fileexists of a folder would fail the plan) */
	assert_null(strstr(y, "source_code_hash"));
	/* another program: a stand-in, as before */
	assert_has(y, "\n    description: ${var.data_external_other_result_filename}\n");
	free(y);
}

/* An instance of a counted object the conversion left out, inside try():
 * the whole object's stand-in, no instances until given, so that try()
 * falls through as Terraform's does with count 0 (terraform-aws-lambda's
 * log group ARN, which a null stand-in made "null:*"); outside try(), the
 * instance's own stand-in, null. */
static void test_tried_instance_stand_in(void **state)
{
	(void)state;
	char *y;
	convert_text(
		"data \"aws_cloudwatch_log_group\" \"lambda\" {\n"
		"  count = var.use_existing ? 1 : 0\n"
		"  name  = \"/aws/lambda/f\"\n"
		"}\n"
		"resource \"aws_cloudwatch_log_group\" \"lambda\" {\n"
		"  count = var.use_existing ? 0 : 1\n"
		"  name  = \"/aws/lambda/f\"\n"
		"}\n"
		"locals {\n"
		"  arn   = try(data.aws_cloudwatch_log_group.lambda[0].arn, "
		"aws_cloudwatch_log_group.lambda[0].arn, \"\")\n"
		"  class = data.aws_cloudwatch_log_group.lambda[0].log_group_class\n"
		"  last  = try(aws_cloudwatch_log_group.lambda[0].id, data.aws_cloudwatch_log_group.lambda[0].id)\n"
		"}\n", &y);
	assert_has(y, "\n  arn: ${try(var.data_aws_cloudwatch_log_group_lambda[0].arn, "
		   "lambda[0].arn, \"\")}\n");
	assert_has(y, "\n  data_aws_cloudwatch_log_group_lambda:\n    description: "
		   "data.aws_cloudwatch_log_group.lambda, which terrace convert left out\n"
		   "    default: []\n");
	assert_has(y, "\n  class: ${var.data_aws_cloudwatch_log_group_lambda_0_log_group_class}\n");
	/* the last argument of a try: its own stand-in, null, as the try's value */
	assert_has(y, "\n  last: ${try(lambda[0].id, var.data_aws_cloudwatch_log_group_lambda_0_id)}\n");
	free(y);
}

/* EC2's own objects as hashicorp/aws treats them (convert_tf_ec2_defaults.c):
 * a group without egress asks for its default egress rule revoked (with
 * egress it is managed whole); a VPC's default ACL and main route table are
 * taken by the VPC's id, read of the aws_vpc's default_network_acl_id or
 * default_route_table_id; an id of another kind stands as a variable. */
static void test_ec2_defaults(void **state)
{
	(void)state;
	char *y;
	assert_int_equal(convert_text(
		"resource \"aws_vpc\" \"this\" {\n"
		"  count      = 1\n"
		"  cidr_block = \"10.0.0.0/16\"\n"
		"}\n"
		"resource \"aws_security_group\" \"bare\" {\n"
		"  name   = \"bare\"\n"
		"  vpc_id = aws_vpc.this[0].id\n"
		"}\n"
		"resource \"aws_security_group\" \"out\" {\n"
		"  name   = \"out\"\n"
		"  vpc_id = aws_vpc.this[0].id\n"
		"  egress {\n"
		"    protocol    = \"tcp\"\n"
		"    from_port   = 443\n"
		"    to_port     = 443\n"
		"    cidr_blocks = [\"0.0.0.0/0\"]\n"
		"  }\n"
		"}\n"
		"resource \"aws_default_network_acl\" \"this\" {\n"
		"  count                  = 1\n"
		"  default_network_acl_id = aws_vpc.this[0].default_network_acl_id\n"
		"  ingress {\n"
		"    protocol   = \"-1\"\n"
		"    rule_no    = 100\n"
		"    action     = \"allow\"\n"
		"    cidr_block = \"0.0.0.0/0\"\n"
		"    from_port  = 0\n"
		"    to_port    = 0\n"
		"  }\n"
		"  tags = { Name = \"d\" }\n"
		"}\n"
		"resource \"aws_default_route_table\" \"default\" {\n"
		"  count                  = 1\n"
		"  default_route_table_id = aws_vpc.this[0].default_route_table_id\n"
		"  route {\n"
		"    cidr_block = \"0.0.0.0/0\"\n"
		"    gateway_id = \"igw-0abc\"\n"
		"  }\n"
		"}\n"
		"resource \"aws_default_route_table\" \"other\" {\n"
		"  default_route_table_id = var.table\n"
		"}\n"
		"variable \"table\" {\n"
		"  type = string\n"
		"}\n", &y), 0);
	assert_has(y, "\n    name: bare\n    vpc_id: ${vpc_this[0].id}\n"
		      "    revoke_default_egress: true\n");
	assert_null(strstr(strstr(y, "\n    name: out\n"), "revoke_default_egress"));
	assert_has(y, "\n    type: aws.ec2.default_network_acl\n    count: 1\n    ingress:\n"
		      "    - protocol: \"-1\"\n      rule_no: 100\n      action: allow\n");
	assert_has(y, "      Name: d\n    vpc_id: ${vpc_this[0].id}\n");
	assert_has(y, "\n    type: aws.ec2.default_route_table\n    count: 1\n    routes:\n"
		      "    - gateway_id: igw-0abc\n      destination_cidr_block: 0.0.0.0/0\n"
		      "    vpc_id: ${vpc_this[0].id}\n");
	assert_has(y, "\n    type: aws.ec2.default_route_table\n    vpc_id: ${var.other_vpc_id}\n");
	assert_has(y, "\n  other_vpc_id:\n");
	assert_null(strstr(y, "default_network_acl_id"));
	assert_null(strstr(y, "default_route_table_id"));
	free(y);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tables_name_what_exists),
		cmocka_unit_test(test_commonest_types_carried_or_named),
		cmocka_unit_test(test_route53_records),
		cmocka_unit_test(test_awscc_names_from_the_registry),
		cmocka_unit_test(test_written_types_and_clashing_names),
		cmocka_unit_test(test_types_by_their_own_names),
		cmocka_unit_test(test_permission_and_rule_shapes),
		cmocka_unit_test(test_rule_group_keys_known_when_planning),
		cmocka_unit_test(test_for_over_instances),
		cmocka_unit_test(test_policy_document),
		cmocka_unit_test(test_text_over_lines),
		cmocka_unit_test(test_left_out_references_and_imports),
		cmocka_unit_test(test_module_shapes),
		cmocka_unit_test(test_left_out_values),
		cmocka_unit_test(test_left_out_configured_arguments),
		cmocka_unit_test(test_modules_terraform_init_fetched),
		cmocka_unit_test(test_unset_values),
		cmocka_unit_test(test_folded_policy_name_prefix),
		cmocka_unit_test(test_provider_defaults),
		cmocka_unit_test(test_s3_object_content_base64),
		cmocka_unit_test(test_nested_renames),
		cmocka_unit_test(test_queue_folds),
		cmocka_unit_test(test_lambda_package_builder),
		cmocka_unit_test(test_tried_instance_stand_in),
		cmocka_unit_test(test_vpc_endpoint_service_lookup),
		cmocka_unit_test(test_whole_objects_output),
		cmocka_unit_test(test_ec2_defaults),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
