/*
 * test_convert_tf_corpus.c: what the terraform-aws-modules corpus
 * (tests/corpus/tfmodules) showed `terrace convert` lacked on 2026-11-30,
 * each case the smallest text of its shape: provider aliases and a module
 * call's providers, an awscc type's blocks in hashicorp/aws's shapes, the
 * VPC module's splats over counted subnets and its secondary CIDR blocks,
 * the prefix list lookup, a rule of prefix lists alone, network ACLs and
 * their rules, a topic policy naming its topic, a default group's IPv6
 * egress, an Amazon MQ broker, a bucket's bucket_prefix.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "stacks/convert_tf_internal.h"
#include "tests/unit/convert_tf_support.h"

/* Provider aliases (convert_tf_providers.c): provider "aws" with an alias is
 * a named configuration, a resource's and a data source's provider =
 * aws.ALIAS their provider:, a module call's providers = { aws = aws.ALIAS }
 * its providers: (aws = aws, what it uses anyway, written as nothing).
 * Before, all three were left out (4 warnings) and everything was made in
 * the default region: terraform-aws-rds's cross-region-replica-postgres. */
static void test_provider_aliases(void **state)
{
	(void)state;
	char *y;
	assert_int_equal(convert_text(
		"provider \"aws\" {\n"
		"  region = \"eu-west-1\"\n"
		"}\n"
		"provider \"aws\" {\n"
		"  alias  = \"region2\"\n"
		"  region = \"eu-central-1\"\n"
		"}\n"
		"data \"aws_caller_identity\" \"there\" {\n"
		"  provider = aws.region2\n"
		"}\n"
		"resource \"aws_sqs_queue\" \"copy\" {\n"
		"  provider = aws.region2\n"
		"  name     = \"copy\"\n"
		"}\n"
		"module \"vpc_region2\" {\n"
		"  source    = \"./vpc\"\n"
		"  providers = {\n"
		"    aws = aws.region2\n"
		"  }\n"
		"  name = \"x\"\n"
		"}\n"
		"module \"vpc_region1\" {\n"
		"  source    = \"./vpc\"\n"
		"  providers = {\n"
		"    aws = aws\n"
		"  }\n"
		"  name = \"x\"\n"
		"}\n", &y), 0);
	assert_has(y, "\nproviders:\n  aws:\n    region: eu-west-1\n  region2:\n    type: aws\n"
		   "    region: eu-central-1\n");
	assert_has(y, "\n  there:\n    type: aws.caller_identity\n    provider: region2\n");
	assert_has(y, "\n    type: aws.sqs.queue\n    provider: region2\n    name: copy\n");
	assert_has(y, "\n  vpc_region2:\n    source: ./vpc\n    providers:\n      aws: region2\n"
		   "    name: x\n");
	assert_has(y, "\n  vpc_region1:\n    source: ./vpc\n    name: x\n");
	free(y);
}

/* An aws_* resource written as an awscc type where hashicorp/aws's shape is
 * not the type's (convert_tf_awscc_shapes.c): a dynamic block over an empty
 * collection is no block, as Terraform sends none, where it was an empty
 * list the checks of AWS::ECS::Service took as set beside launch_type; an
 * ECS service's force_new_deployment bool is ForceNewDeployment's
 * enable_force_new_deployment, where plan refused a bool for the object
 * (terraform-aws-eventbridge's with-ecs-scheduling, through
 * terraform-aws-ecs's service module). */
static void test_awscc_shapes_of_aws_blocks(void **state)
{
	(void)state;
	char *y;
	assert_int_equal(convert_text(
		"variable \"strategy\" {\n"
		"  default = null\n"
		"}\n"
		"variable \"force\" {\n"
		"  default = null\n"
		"}\n"
		"resource \"aws_ecs_service\" \"s\" {\n"
		"  name                 = \"s\"\n"
		"  launch_type          = \"FARGATE\"\n"
		"  force_new_deployment = var.force\n"
		"  dynamic \"capacity_provider_strategy\" {\n"
		"    for_each = var.strategy != null ? var.strategy : {}\n"
		"    content {\n"
		"      capacity_provider = capacity_provider_strategy.value.name\n"
		"      weight            = 1\n"
		"    }\n"
		"  }\n"
		"}\n"
		"resource \"aws_ecs_service\" \"t\" {\n"
		"  name                 = \"t\"\n"
		"  force_new_deployment = true\n"
		"}\n", &y), 0);
	assert_has(y, "\n    force_new_deployment: \"${(var.force) == null ? null : "
		   "{enable_force_new_deployment = (var.force)}}\"\n");
	assert_has(y, "\n    force_new_deployment:\n      enable_force_new_deployment: true\n");
	assert_has(y, "\n    capacity_provider_strategy: \"${length([for capacity_provider_strategy_key, "
		   "capacity_provider_strategy_value in var.strategy != null ? var.strategy : {} : "
		   "{capacity_provider = capacity_provider_strategy_value.name, weight = 1}]) == 0 ? "
		   "null : [for capacity_provider_strategy_key, capacity_provider_strategy_value in "
		   "var.strategy != null ? var.strategy : {} : {capacity_provider = "
		   "capacity_provider_strategy_value.name, weight = 1}]}\"\n");
	free(y);
}

/* terraform-aws-dynamodb-table's table (its `global-tables` example): the
 * dynamic `replica` block over var.replica_regions and the
 * `server_side_encryption` block are aws.dynamodb.table's replica and
 * server_side_encryption (left out before, the type having neither). */
static void test_dynamodb_replicas_and_encryption(void **state)
{
	(void)state;
	char *y;
	assert_int_equal(convert_text(
		"variable \"replica_regions\" {\n"
		"  default = [{ region_name = \"eu-west-2\", propagate_tags = true }]\n"
		"}\n"
		"variable \"key\" {\n"
		"  default = null\n"
		"}\n"
		"resource \"aws_dynamodb_table\" \"this\" {\n"
		"  name         = \"global\"\n"
		"  billing_mode = \"PAY_PER_REQUEST\"\n"
		"  hash_key     = \"id\"\n"
		"  attribute {\n"
		"    name = \"id\"\n"
		"    type = \"S\"\n"
		"  }\n"
		"  dynamic \"replica\" {\n"
		"    for_each = var.replica_regions\n"
		"    content {\n"
		"      region_name    = replica.value.region_name\n"
		"      kms_key_arn    = lookup(replica.value, \"kms_key_arn\", null)\n"
		"      propagate_tags = lookup(replica.value, \"propagate_tags\", null)\n"
		"    }\n"
		"  }\n"
		"  server_side_encryption {\n"
		"    enabled     = true\n"
		"    kms_key_arn = var.key\n"
		"  }\n"
		"}\n", &y), 0);
	assert_has(y, "\n    replica: \"${[for replica_key, replica_value in var.replica_regions : "
		   "{region_name = replica_value.region_name, kms_key_arn = lookup(replica_value, "
		   "\\\"kms_key_arn\\\", null), propagate_tags = lookup(replica_value, "
		   "\\\"propagate_tags\\\", null)}]}\"\n");
	assert_has(y, "\n    server_side_encryption:\n      enabled: true\n"
		   "      kms_key_arn: ${var.key}\n");
	free(y);
}

/* terraform-aws-vpc v5.21.0's module as its examples apply it: a splat
 * over a counted resource's instances of an attribute terrace's type names
 * otherwise or AWS builds (aws_subnet.private[*].arn, [*].ipv6_cidr_block)
 * is the for expression over them that builds it (a splat of an attribute
 * the type has stays); a secondary CIDR block is its awscc twin, so the
 * subnets naming the VPC through it wait for it. */
static void test_vpc_module_splats_and_secondary_cidr(void **state)
{
	(void)state;
	char *y;
	assert_int_equal(convert_text(
		"resource \"aws_vpc\" \"this\" {\n"
		"  cidr_block = \"10.0.0.0/16\"\n"
		"}\n"
		"resource \"aws_vpc_ipv4_cidr_block_association\" \"this\" {\n"
		"  count      = 1\n"
		"  vpc_id     = aws_vpc.this.id\n"
		"  cidr_block = \"10.1.0.0/16\"\n"
		"}\n"
		"locals {\n"
		"  vpc_id = try(aws_vpc_ipv4_cidr_block_association.this[0].vpc_id, aws_vpc.this.id, \"\")\n"
		"}\n"
		"resource \"aws_subnet\" \"private\" {\n"
		"  count      = 2\n"
		"  vpc_id     = local.vpc_id\n"
		"  cidr_block = \"10.1.${count.index}.0/24\"\n"
		"}\n"
		"output \"private_subnet_arns\" {\n"
		"  value = aws_subnet.private[*].arn\n"
		"}\n"
		"output \"private_subnets_ipv6_cidr_blocks\" {\n"
		"  value = compact(aws_subnet.private[*].ipv6_cidr_block)\n"
		"}\n"
		"output \"private_subnets_cidr_blocks\" {\n"
		"  value = aws_subnet.private[*].cidr_block\n"
		"}\n"
		"output \"first_arn\" {\n"
		"  value = aws_subnet.private[0].arn\n"
		"}\n", &y), 0);
	assert_has(y, "  vpc_ipv4_cidr_block_association_this:\n"
		   "    type: awscc.ec2.vpc_cidr_block\n"
		   "    count: 1\n"
		   "    vpc_id: ${vpc_this.id}\n"
		   "    cidr_block: 10.1.0.0/16\n");
	assert_has(y, "vpc_id: ${try(vpc_ipv4_cidr_block_association_this[0].vpc_id, "
		   "vpc_this.id, \"\")}\n");
	assert_has(y, "value: \"${[for instance in private : (\\\"arn:${data.caller.partition}:ec2:"
		   "${data.caller.region}:${data.caller.account_id}:subnet/"
		   "${instance.subnet_id}\\\")]}\"\n");
	assert_has(y, "value: \"${compact([for instance in private : (\\\"\\\")])}\"\n");
	assert_has(y, "value: ${private[*].cidr_block}\n");
	assert_has(y, ":subnet/${private[0].subnet_id}\"}\n");
	free(y);
}

/* data "aws_prefix_list" (a gateway endpoint's list, AWS's) is the lookup
 * aws.ec2.managed_prefix_list, by name or id, its filters as those, its
 * cidr_blocks the lookup's cidrs (terraform-aws-security-group's complete:
 * the rules' prefix_list_ids were null before, and its plan failed). */
static void test_prefix_list_lookup(void **state)
{
	(void)state;
	char *y;
	assert_int_equal(convert_text(
		"data \"aws_prefix_list\" \"s3\" {\n"
		"  filter {\n"
		"    name   = \"prefix-list-name\"\n"
		"    values = [\"com.amazonaws.eu-west-1.s3\"]\n"
		"  }\n"
		"}\n"
		"data \"aws_prefix_list\" \"by_id\" {\n"
		"  prefix_list_id = \"pl-63a5400a\"\n"
		"}\n"
		"output \"ids\" {\n"
		"  value = [data.aws_prefix_list.s3.id, data.aws_prefix_list.by_id.name]\n"
		"}\n"
		"output \"cidrs\" {\n"
		"  value = data.aws_prefix_list.s3.cidr_blocks\n"
		"}\n", &y), 0);
	assert_has(y, "  s3:\n    type: aws.ec2.managed_prefix_list\n"
		   "    name: com.amazonaws.eu-west-1.s3\n");
	assert_has(y, "  by_id:\n    type: aws.ec2.managed_prefix_list\n    id: pl-63a5400a\n");
	assert_has(y, "    - ${data.s3.id}\n    - ${data.by_id.name}\n");
	assert_has(y, "    value: ${data.s3.cidrs}\n");
	free(y);
}

/* data "aws_organizations_organization" is the lookup
 * aws.organizations.organization, its id what a statement's
 * aws:PrincipalOrgID compares (terraform-aws-eventbridge's with-permissions:
 * before, it was left out and its stand-in null, so the bus policy's
 * condition had no value and the apply failed). */
static void test_organization_lookup(void **state)
{
	(void)state;
	char *y;
	assert_int_equal(convert_text(
		"data \"aws_organizations_organization\" \"this\" {}\n"
		"output \"org\" {\n"
		"  value = [data.aws_organizations_organization.this.id,\n"
		"           data.aws_organizations_organization.this.master_account_id]\n"
		"}\n", &y), 0);
	assert_has(y, "  this:\n    type: aws.organizations.organization\n");
	assert_has(y, "    - ${data.this.id}\n    - ${data.this.master_account_id}\n");
	assert_null(strstr(y, "data_aws_organizations_organization"));
	free(y);
}

/* An S3 bucket's bucket_prefix is its name's prefix, as name_prefix is
 * another type's (bucket is aws.s3.bucket's name): the name where bucket
 * is not null, else the prefix and a suffix stable per stack, workspace
 * and resource. Before, bucket_prefix was left out and the s3-bucket
 * module's bucket (var.bucket, null) gave no name to send, so
 * terraform-aws-lambda's with-vpc-s3-endpoint could not apply; and a bucket
 * with a literal bucket_prefix alone was left out whole. */
static void test_bucket_prefix(void **state)
{
	(void)state;
	char *y;
	assert_int_equal(convert_text(
		"variable \"bucket\" {\n"
		"  default = null\n"
		"}\n"
		"resource \"aws_s3_bucket\" \"this\" {\n"
		"  bucket        = var.bucket\n"
		"  bucket_prefix = \"logs-\"\n"
		"}\n"
		"resource \"aws_s3_bucket\" \"lit\" {\n"
		"  bucket_prefix = \"lit-\"\n"
		"}\n", &y), 0);
	assert_has(y, "\n    type: aws.s3.bucket\n    name: \"${(var.bucket) != null ? (var.bucket) : "
		   "\\\"logs-\\\" != null ? \\\"logs-${substr(sha1(\\\"${terrace.stack}/"
		   "${terrace.workspace}/this${terrace.module}\\\"), 0, 8)}\\\" : null}\"\n");
	assert_has(y, "\n  lit:\n    type: aws.s3.bucket\n    name: lit-${substr(sha1(\"${terrace.stack}/"
		   "${terrace.workspace}/lit${terrace.module}\"), 0, 8)}\n");
	free(y);
}

/* An EventBridge connection and API destination are their awscc twins
 * (AWS::Events::Connection, ::ApiDestination), the connection's blocks by
 * CloudFormation's names (api_key's key is ApiKeyAuthParameters'
 * ApiKeyName, oauth's body BodyParameters, a nested block of a list
 * written once a list of one), an instance's id its name;
 * the destination names its connection by an index of all its instances
 * (aws_cloudwatch_event_connection.this[each.value.connection_name]), as
 * Terraform does. Before, both were left out and their ARNs null:
 * terraform-aws-eventbridge's with-pipes interpolated the null target of
 * a pipe to the destination ("${v.target}:*"), where Terraform plans an
 * ARN known after apply. */
static void test_eventbridge_connection_and_destination(void **state)
{
	(void)state;
	char *y;
	assert_int_equal(convert_text(
		"variable \"connections\" {\n"
		"  default = {}\n"
		"}\n"
		"variable \"destinations\" {\n"
		"  default = {}\n"
		"}\n"
		"resource \"aws_cloudwatch_event_connection\" \"this\" {\n"
		"  for_each           = var.connections\n"
		"  name               = each.key\n"
		"  authorization_type = each.value.authorization_type\n"
		"  auth_parameters {\n"
		"    api_key {\n"
		"      key   = \"x-key\"\n"
		"      value = \"v\"\n"
		"    }\n"
		"    oauth {\n"
		"      authorization_endpoint = \"https://example.com/token\"\n"
		"      http_method            = \"POST\"\n"
		"      client_parameters {\n"
		"        client_id     = \"id\"\n"
		"        client_secret = \"secret\"\n"
		"      }\n"
		"      oauth_http_parameters {\n"
		"        body {\n"
		"          key   = \"grant_type\"\n"
		"          value = \"client_credentials\"\n"
		"        }\n"
		"      }\n"
		"    }\n"
		"  }\n"
		"}\n"
		"resource \"aws_cloudwatch_event_connection\" \"dyn\" {\n"
		"  for_each           = var.connections\n"
		"  name               = each.key\n"
		"  authorization_type = \"API_KEY\"\n"
		"  dynamic \"auth_parameters\" {\n"
		"    for_each = [each.value.auth]\n"
		"    content {\n"
		"      dynamic \"api_key\" {\n"
		"        for_each = lookup(each.value.auth, \"api_key\", null) != null ? [each.value.auth.api_key] : []\n"
		"        content {\n"
		"          key   = api_key.value.key\n"
		"          value = api_key.value.value\n"
		"        }\n"
		"      }\n"
		"    }\n"
		"  }\n"
		"}\n"
		"resource \"aws_cloudwatch_event_api_destination\" \"this\" {\n"
		"  for_each            = var.destinations\n"
		"  name                = each.key\n"
		"  invocation_endpoint = each.value.endpoint\n"
		"  http_method         = \"POST\"\n"
		"  connection_arn      = aws_cloudwatch_event_connection.this[each.value.connection_name].arn\n"
		"}\n"
		"output \"connection_ids\" {\n"
		"  value = { for k, v in aws_cloudwatch_event_connection.this : k => v.id }\n"
		"}\n", &y), 0);
	assert_has(y, "\n  cloudwatch_event_connection_this:\n    type: awscc.events.connection\n");
	assert_has(y, "\n    auth_parameters:\n      api_key_auth_parameters:\n"
		   "        api_key_name: x-key\n        api_key_value: v\n"
		   "      o_auth_parameters:\n        authorization_endpoint: https://example.com/token\n"
		   "        http_method: POST\n        client_parameters:\n          client_id: id\n"
		   "          client_secret: secret\n        o_auth_http_parameters:\n"
		   "          body_parameters:\n          - key: grant_type\n"
		   "            value: client_credentials\n");
	assert_has(y, "{api_key_auth_parameters = try([for api_key_key, api_key_value in "
		   "lookup(each.value.auth, \\\"api_key\\\", null) != null ? [each.value.auth.api_key] : [] : "
		   "{api_key_name = api_key_value.key, api_key_value = api_key_value.value}][0], null)}");
	assert_has(y, "\n  cloudwatch_event_api_destination_this:\n"
		   "    type: awscc.events.api_destination\n");
	assert_has(y, "\n    connection_arn: ${cloudwatch_event_connection_this"
		   "[each.value.connection_name].arn}\n");
	assert_has(y, "k => (v.name)");
	free(y);
}

/* terraform-aws-vpc v5.21.0's `ipv6-only` and `ipv6-dualstack`: a VPC's
 * IPv6 block of Amazon's is aws.ec2.vpc's assign_generated_ipv6_cidr_block,
 * and its ipv6_cidr_block what the subnets' blocks are cut from (it was ""
 * before, and an IPv6-only subnet had no block: "vpc_id or cidr_block has no
 * value to send"); a subnet with IPv6, DNS64 or its hosts' DNS name
 * settings is the awscc twin, the three name arguments one
 * private_dns_name_options_on_launch (each was left out before), and a
 * splat over its instances reads ipv_6_cidr_block, the awscc name (it read
 * ipv6_cidr_block, which no instance has: "has no attribute"); the
 * egress-only gateway (left out before) is its awscc type, and a route's
 * egress_only_gateway_id its EgressOnlyInternetGatewayId. */
static void test_vpc_ipv6_and_subnet_twin(void **state)
{
	(void)state;
	char *y;
	assert_int_equal(convert_text(
		"resource \"aws_vpc\" \"this\" {\n"
		"  cidr_block                       = \"10.0.0.0/16\"\n"
		"  assign_generated_ipv6_cidr_block = true\n"
		"}\n"
		"resource \"aws_subnet\" \"only\" {\n"
		"  vpc_id                                         = aws_vpc.this.id\n"
		"  ipv6_native                                    = true\n"
		"  ipv6_cidr_block                                = cidrsubnet(aws_vpc.this.ipv6_cidr_block, 8, 0)\n"
		"  enable_dns64                                   = true\n"
		"  enable_resource_name_dns_aaaa_record_on_launch = true\n"
		"  private_dns_hostname_type_on_launch            = \"resource-name\"\n"
		"}\n"
		"resource \"aws_subnet\" \"names\" {\n"
		"  vpc_id                                      = aws_vpc.this.id\n"
		"  cidr_block                                  = \"10.0.1.0/24\"\n"
		"  enable_resource_name_dns_a_record_on_launch = var.a_record\n"
		"}\n"
		"resource \"aws_subnet\" \"plain\" {\n"
		"  vpc_id     = aws_vpc.this.id\n"
		"  cidr_block = \"10.0.2.0/24\"\n"
		"}\n"
		"resource \"aws_subnet\" \"many\" {\n"
		"  count           = 2\n"
		"  vpc_id          = aws_vpc.this.id\n"
		"  ipv6_native     = true\n"
		"  ipv6_cidr_block = cidrsubnet(aws_vpc.this.ipv6_cidr_block, 8, count.index + 1)\n"
		"}\n"
		"resource \"aws_egress_only_internet_gateway\" \"gw\" {\n"
		"  vpc_id = aws_vpc.this.id\n"
		"}\n"
		"resource \"aws_route\" \"v6\" {\n"
		"  route_table_id              = \"rtb-0123456789abcdef0\"\n"
		"  destination_ipv6_cidr_block = \"::/0\"\n"
		"  egress_only_gateway_id      = aws_egress_only_internet_gateway.gw.id\n"
		"}\n"
		"output \"many_blocks\" {\n"
		"  value = compact(aws_subnet.many[*].ipv6_cidr_block)\n"
		"}\n"
		"variable \"a_record\" {\n"
		"  type = bool\n"
		"}\n", &y), 0);
	assert_has(y, "    type: aws.ec2.vpc\n    cidr_block: 10.0.0.0/16\n"
		   "    assign_generated_ipv6_cidr_block: true\n");
	assert_has(y, "  only:\n    type: awscc.ec2.subnet\n");
	assert_has(y, "    ipv_6_cidr_block: ${cidrsubnet(this.ipv6_cidr_block, 8, 0)}\n");
	assert_has(y, "    ipv_6_native: true\n");
	assert_has(y, "    enable_dns_64: true\n");
	assert_has(y, "    private_dns_name_options_on_launch:\n"
		   "      enable_resource_name_dns_aaaa_record: true\n"
		   "      hostname_type: resource-name\n");
	assert_has(y, "  names:\n    type: awscc.ec2.subnet\n");
	assert_has(y, "    private_dns_name_options_on_launch:\n"
		   "      enable_resource_name_dns_a_record: ${var.a_record}\n");
	assert_has(y, "  plain:\n    type: aws.ec2.subnet\n");
	/* an egress-only gateway is its awscc type, a route through it names it */
	assert_has(y, "  gw:\n    type: awscc.ec2.egress_only_internet_gateway\n    vpc_id: ${this.id}\n");
	assert_has(y, "    egress_only_internet_gateway_id: ${gw.id}\n");
	/* a splat over the twin's instances reads the awscc type's name */
	assert_has(y, "value: \"${compact([for instance in many : (instance.ipv_6_cidr_block)])}\"\n");
	assert_null(strstr(y, "left out"));
	free(y);
}

/* terraform-aws-vpc's network ACLs (its `network-acls` example, twins):
 * aws_network_acl is AWS::EC2::NetworkAcl and its subnet_ids one
 * AWS::EC2::SubnetNetworkAclAssociation per subnet, counted as the splat's
 * subnets are (a count reads no resource); aws_network_acl_rule is
 * aws.ec2.network_acl_entry: its protocol the number (a name through the
 * stack's table), its ports and ICMP type and code blocks where the
 * protocol takes them; the ACL's ARN built of its id. Each was left out. */
static void test_network_acl_and_rules(void **state)
{
	(void)state;
	char *y;
	assert_int_equal(convert_text(
		"variable \"rules\" {\n"
		"  default = [{ rule_number = 100, rule_action = \"allow\", protocol = \"tcp\", from_port = 443, to_port = 443, cidr_block = \"0.0.0.0/0\" }]\n"
		"}\n"
		"resource \"aws_vpc\" \"v\" {\n"
		"  cidr_block = \"10.0.0.0/16\"\n"
		"}\n"
		"resource \"aws_subnet\" \"s\" {\n"
		"  count      = 2\n"
		"  vpc_id     = aws_vpc.v.id\n"
		"  cidr_block = cidrsubnet(\"10.0.0.0/16\", 8, count.index)\n"
		"}\n"
		"resource \"aws_network_acl\" \"a\" {\n"
		"  count      = var.on ? 1 : 0\n"
		"  vpc_id     = aws_vpc.v.id\n"
		"  subnet_ids = aws_subnet.s[*].id\n"
		"  tags       = { Name = \"a\" }\n"
		"}\n"
		"variable \"on\" {\n"
		"  default = true\n"
		"}\n"
		"resource \"aws_network_acl_rule\" \"in\" {\n"
		"  count          = length(var.rules)\n"
		"  network_acl_id = aws_network_acl.a[0].id\n"
		"  rule_number    = var.rules[count.index][\"rule_number\"]\n"
		"  rule_action    = var.rules[count.index][\"rule_action\"]\n"
		"  protocol       = var.rules[count.index][\"protocol\"]\n"
		"  from_port      = lookup(var.rules[count.index], \"from_port\", null)\n"
		"  to_port        = lookup(var.rules[count.index], \"to_port\", null)\n"
		"  cidr_block     = var.rules[count.index][\"cidr_block\"]\n"
		"}\n"
		"resource \"aws_network_acl_rule\" \"all\" {\n"
		"  network_acl_id = aws_network_acl.a[0].id\n"
		"  egress         = true\n"
		"  rule_number    = 100\n"
		"  rule_action    = \"allow\"\n"
		"  protocol       = \"-1\"\n"
		"  from_port      = 0\n"
		"  to_port        = 0\n"
		"  cidr_block     = \"0.0.0.0/0\"\n"
		"}\n"
		"resource \"aws_network_acl_rule\" \"ping\" {\n"
		"  network_acl_id = aws_network_acl.a[0].id\n"
		"  rule_number    = 110\n"
		"  rule_action    = \"allow\"\n"
		"  protocol       = \"icmp\"\n"
		"  icmp_type      = 8\n"
		"  cidr_block     = \"0.0.0.0/0\"\n"
		"}\n"
		"output \"arn\" {\n"
		"  value = aws_network_acl.a[0].arn\n"
		"}\n", &y), 0);
	assert_has(y, "  a:\n    type: awscc.ec2.network_acl\n");
	assert_has(y, "  a_subnets:\n    type: awscc.ec2.subnet_network_acl_association\n"
		      "    count: \"${(var.on ? 1 : 0) > 0 ? 2 : 0}\"\n"
		      "    subnet_id: ${(s[*].id)[count.index]}\n"
		      "    network_acl_id: ${a[0].id}\n");
	assert_has(y, "  network_acl_protocol_numbers:\n    all: \"-1\"\n    icmp: \"1\"\n"
		      "    tcp: \"6\"\n");
	assert_has(y, "    protocol: ${tonumber(lookup(local.network_acl_protocol_numbers, "
		      "(var.rules[count.index][\"protocol\"]), (var.rules[count.index][\"protocol\"])))}\n");
	assert_has(y, "? {\\\"from\\\" = (coalesce((lookup(var.rules[count.index], \\\"from_port\\\", "
		      "null)), 0)), \\\"to\\\" = (coalesce((lookup(var.rules[count.index], \\\"to_port"
		      "\\\", null)), 0))} : null}\"\n");
	/* -1 takes no ports (EC2 applies none), ICMP its type and code */
	assert_has(y, "    cidr_block: 0.0.0.0/0\n    protocol: -1\n  ping:\n");
	assert_has(y, "    protocol: 1\n    icmp:\n      type: 8\n      code: 0\n");
	assert_has(y, ":network-acl/${a[0].id}");
	assert_null(strstr(y, "left out"));
	free(y);
}

/* terraform-aws-sns's topic policy (twins of its `complete`): one that
 * cannot fold into its topic (its document names the topic, or what names
 * it) is aws.sns.topic_policy beside the stack's topic, whose policy unset
 * is SNS's as it is (it was left out, and the topics had SNS's default
 * policy). */
static void test_topic_policy_naming_its_topic(void **state)
{
	(void)state;
	char *y;
	assert_int_equal(convert_text(
		"variable \"create\" {\n"
		"  default = true\n"
		"}\n"
		"resource \"aws_sns_topic\" \"this\" {\n"
		"  count = var.create ? 1 : 0\n"
		"  name  = \"news\"\n"
		"}\n"
		"data \"aws_iam_policy_document\" \"this\" {\n"
		"  count = var.create ? 1 : 0\n"
		"  statement {\n"
		"    actions   = [\"sns:Publish\"]\n"
		"    resources = [aws_sns_topic.this[0].arn]\n"
		"  }\n"
		"}\n"
		"resource \"aws_sns_topic_policy\" \"this\" {\n"
		"  count  = var.create ? 1 : 0\n"
		"  arn    = aws_sns_topic.this[0].arn\n"
		"  policy = data.aws_iam_policy_document.this[0].json\n"
		"}\n", &y), 0);
	assert_has(y, "  sns_topic_policy_this:\n    type: aws.sns.topic_policy\n"
		   "    count: \"${var.create ? 1 : 0}\"\n    topics:\n    - ${this[0].arn}\n"
		   "    policy: ${local.this_policy[0].json}\n");
	assert_null(strstr(y, "left out"));
	free(y);
}

/* terraform-aws-vpc's aws_default_security_group (twins of its IPv6
 * examples): hashicorp/aws revokes every rule not listed, EC2's IPv6
 * allow-all egress of a VPC with IPv6 too, which terrace's rules (IPv4)
 * neither read nor revoke: the conversion asks with revoke_ipv6_egress. */
static void test_default_group_ipv6_egress(void **state)
{
	(void)state;
	char *y;
	assert_int_equal(convert_text(
		"resource \"aws_vpc\" \"v\" {\n"
		"  cidr_block                       = \"10.0.0.0/16\"\n"
		"  assign_generated_ipv6_cidr_block = true\n"
		"}\n"
		"resource \"aws_default_security_group\" \"d\" {\n"
		"  vpc_id = aws_vpc.v.id\n"
		"}\n", &y), 0);
	assert_has(y, "  d:\n    type: aws.ec2.default_security_group\n    vpc_id: ${v.id}\n"
		   "    revoke_ipv6_egress: true\n");
	free(y);
}

/* terraform-aws-lambda's event-source-mapping (twins): its Amazon MQ broker
 * is AWS::AmazonMQ::Broker, its user blocks Users, and the deployment mode
 * and public access CloudFormation requires the provider's defaults
 * (SINGLE_INSTANCE, false); it was left out, so the mapping had no source. */
static void test_mq_broker(void **state)
{
	(void)state;
	char *y;
	assert_int_equal(convert_text(
		"variable \"password\" {\n"
		"  type      = string\n"
		"  sensitive = true\n"
		"}\n"
		"resource \"aws_mq_broker\" \"this\" {\n"
		"  broker_name        = \"events\"\n"
		"  engine_type        = \"RabbitMQ\"\n"
		"  engine_version     = \"3.12.13\"\n"
		"  host_instance_type = \"mq.t3.micro\"\n"
		"  security_groups    = [\"sg-0123456789abcdef0\"]\n"
		"  subnet_ids         = [\"subnet-0123456789abcdef0\"]\n"
		"  user {\n"
		"    username = \"events\"\n"
		"    password = var.password\n"
		"  }\n"
		"}\n"
		"output \"arn\" {\n"
		"  value = aws_mq_broker.this.arn\n"
		"}\n", &y), 0);
	assert_has(y, "    type: awscc.amazonmq.broker\n    broker_name: events\n");
	assert_has(y, "    users:\n    - username: events\n      password: ${var.password}\n"
		   "    deployment_mode: SINGLE_INSTANCE\n    publicly_accessible: false\n");
	assert_has(y, "value: ${this.arn}");
	assert_null(strstr(y, "left out"));
	free(y);
}

/* A rule of prefix lists alone keeps its list: aws.ec2.security_group_rule's
 * prefix_list_ids, one instance of each count index as Terraform's rule,
 * where instances by a place in the list waited for its length (the
 * security-group module's split of ids AWS makes at apply: its `complete`
 * example's for_each was not known until apply). */
static void test_rule_prefix_lists_kept_as_list(void **state)
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
		"resource \"aws_security_group_rule\" \"lists\" {\n"
		"  count             = length(var.rules)\n"
		"  security_group_id = \"sg-1\"\n"
		"  type              = \"ingress\"\n"
		"  prefix_list_ids   = compact(split(\",\", lookup(var.rules[count.index], "
		"\"prefix_list_ids\", join(\",\", var.prefix_list_ids))))\n"
		"  from_port         = 443\n"
		"  to_port           = 443\n"
		"  protocol          = \"tcp\"\n"
		"}\n", &y), 0);
	assert_has(y, "  lists:\n    type: aws.ec2.security_group_rule\n"
		   "    count: ${length(var.rules)}\n");
	assert_has(y, "    prefix_list_ids: ${compact(split(\",\", lookup(var.rules[count.index], "
		   "\"prefix_list_ids\", join(\",\", var.prefix_list_ids))))}\n");
	assert_null(strstr(y, "for_each"));
	assert_null(strstr(y, "prefix_list_id:"));
	free(y);
}

/* A rule to its own group whose self comes from a list(map(string)) (the
 * security-group module's ingress_with_self, self = lookup(R, "self",
 * true)): "true" there is a string, which Terraform gives the bool as true;
 * the instance is made where tobool() of it is true, not where it equals
 * the bool (its `complete` example's five self rules of their own ports
 * were missing, only the rule without a self key made). */
static void test_rule_self_of_string_map(void **state)
{
	(void)state;
	char *y;
	assert_int_equal(convert_text(
		"variable \"rules\" {\n"
		"  type    = list(map(string))\n"
		"  default = [{ from_port = \"30\", to_port = \"40\", protocol = \"6\", self = true }]\n"
		"}\n"
		"variable \"prefix_list_ids\" {\n"
		"  default = []\n"
		"}\n"
		"resource \"aws_security_group_rule\" \"with_self\" {\n"
		"  count             = length(var.rules)\n"
		"  security_group_id = \"sg-1\"\n"
		"  type              = \"ingress\"\n"
		"  self              = lookup(var.rules[count.index], \"self\", true)\n"
		"  prefix_list_ids   = var.prefix_list_ids\n"
		"  from_port         = var.rules[count.index][\"from_port\"]\n"
		"  to_port           = var.rules[count.index][\"to_port\"]\n"
		"  protocol          = var.rules[count.index][\"protocol\"]\n"
		"}\n", &y), 0);
	assert_has(y, "tobool(lookup(var.rules[count_index], \\\"self\\\", true)) == true ? "
		   "[{index = count_index, kind = \\\"self\\\", pos = 0}] : []");
	free(y);
}

/* An EventBridge archive is AWS::Events::Archive (awscc.events.archive),
 * its name and source under CloudFormation's names, the archive's ARN read
 * as its own: the eventbridge module's `with-archive` made its three
 * archives (and the rules EventBridge makes for them) only in the original,
 * the archive left out. */
static void test_eventbridge_archive(void **state)
{
	(void)state;
	char *y;
	assert_int_equal(convert_text(
		"resource \"aws_cloudwatch_event_bus\" \"b\" {\n"
		"  name = \"orders\"\n"
		"}\n"
		"resource \"aws_cloudwatch_event_archive\" \"a\" {\n"
		"  name             = \"orders-archive\"\n"
		"  event_source_arn = aws_cloudwatch_event_bus.b.arn\n"
		"  description      = \"all orders\"\n"
		"  event_pattern    = jsonencode({ source = [\"orders\"] })\n"
		"  retention_days   = 7\n"
		"}\n"
		"output \"archive\" {\n"
		"  value = aws_cloudwatch_event_archive.a.arn\n"
		"}\n", &y), 0);
	assert_has(y, "  a:\n    type: awscc.events.archive\n    archive_name: orders-archive\n"
		   "    source_arn: ${b.arn}\n    description: all orders\n");
	assert_has(y, "    retention_days: 7\n");
	assert_has(y, "value: ${a.arn}");
	assert_null(strstr(y, "left out"));
	free(y);
}

/* A statement of an event bus's policy is AWS::Events::EventBusPolicy
 * (awscc.events.event_bus_policy), its action hashicorp/aws's default
 * where the block leaves it null, its condition block the object: the
 * eventbridge module's `with-permissions` had both buses' policies only in
 * the original, the permission left out. */
static void test_eventbridge_permission(void **state)
{
	(void)state;
	char *y;
	assert_int_equal(convert_text(
		"variable \"permissions\" {\n  default = {}\n}\n"
		"resource \"aws_cloudwatch_event_bus\" \"b\" {\n"
		"  name = \"orders\"\n"
		"}\n"
		"resource \"aws_cloudwatch_event_permission\" \"p\" {\n"
		"  for_each       = var.permissions\n"
		"  principal      = each.value.principal\n"
		"  statement_id   = each.key\n"
		"  action         = lookup(each.value, \"action\", null)\n"
		"  event_bus_name = aws_cloudwatch_event_bus.b.name\n"
		"}\n"
		"resource \"aws_cloudwatch_event_permission\" \"org\" {\n"
		"  principal      = \"*\"\n"
		"  statement_id   = \"OrgAccess\"\n"
		"  event_bus_name = aws_cloudwatch_event_bus.b.name\n"
		"  condition {\n"
		"    key   = \"aws:PrincipalOrgID\"\n"
		"    type  = \"StringEquals\"\n"
		"    value = \"o-1234567890\"\n"
		"  }\n"
		"}\n"
		"output \"ids\" {\n"
		"  value = { for k, v in aws_cloudwatch_event_permission.p : k => v.id }\n"
		"}\n", &y), 0);
	assert_has(y, "  p:\n    type: awscc.events.event_bus_policy\n    for_each: ${var.permissions}\n"
		   "    principal: ${each.value.principal}\n    statement_id: ${each.key}\n"
		   "    action: \"${(lookup(each.value, \\\"action\\\", null)) != null ? "
		   "(lookup(each.value, \\\"action\\\", null)) : \\\"events:PutEvents\\\"}\"\n"
		   "    event_bus_name: ${b.name}\n");
	assert_has(y, "  org:\n    type: awscc.events.event_bus_policy\n    principal: \"*\"\n"
		   "    statement_id: OrgAccess\n    event_bus_name: ${b.name}\n    condition:\n"
		   "      key: aws:PrincipalOrgID\n      type: StringEquals\n      value: o-1234567890\n"
		   "    action: events:PutEvents\n");
	assert_has(y, "    value: \"${{ for k, v in p : k => (coalesce(try(v.event_bus_name, null), "
		   "\\\"default\\\") == \\\"default\\\" ? v.statement_id : "
		   "\\\"${v.event_bus_name}/${v.statement_id}\\\") }}\"\n");
	assert_null(strstr(y, "left out"));
	free(y);
}

/* A VPC endpoint's policy is aws.ec2.vpc_endpoint's (PolicyDocument): the
 * vpc module's `complete` had its ECR and DynamoDB endpoints' policies and
 * the lambda module's `with-vpc-s3-endpoint` its S3 endpoint's only in the
 * original (EC2's full-access one under terrace), the policy left out. */
static void test_vpc_endpoint_policy(void **state)
{
	(void)state;
	char *y;
	assert_int_equal(convert_text(
		"resource \"aws_vpc_endpoint\" \"s3\" {\n"
		"  vpc_id       = \"vpc-12345678\"\n"
		"  service_name = \"com.amazonaws.eu-west-1.s3\"\n"
		"  policy       = jsonencode({ Version = \"2012-10-17\", Statement = [{ Effect = \"Deny\", "
		"Principal = \"*\", Action = \"*\", Resource = \"*\" }] })\n"
		"}\n", &y), 0);
	assert_has(y, "  s3:\n    type: aws.ec2.vpc_endpoint\n    vpc_id: vpc-12345678\n"
		   "    service_name: com.amazonaws.eu-west-1.s3\n    policy:\n");
	assert_null(strstr(y, "left out"));
	free(y);
}

/* A SAML provider is AWS::IAM::SAMLProvider (awscc.iam.saml_provider),
 * its id its ARN as Terraform's is: the iam module's `...-with-saml`
 * examples made their providers only in the original, and the roles'
 * trust policies named none (Principal.Federated empty). */
static void test_iam_saml_provider(void **state)
{
	(void)state;
	char *y;
	assert_int_equal(convert_text(
		"resource \"aws_iam_saml_provider\" \"idp\" {\n"
		"  name                   = \"idp_saml\"\n"
		"  saml_metadata_document = \"<EntityDescriptor/>\"\n"
		"}\n"
		"output \"provider\" {\n"
		"  value = [aws_iam_saml_provider.idp.id, aws_iam_saml_provider.idp.arn]\n"
		"}\n", &y), 0);
	assert_has(y, "  idp:\n    type: awscc.iam.saml_provider\n    name: idp_saml\n"
		   "    saml_metadata_document: <EntityDescriptor/>\n");
	assert_has(y, "    value:\n    - ${idp.arn}\n    - ${idp.arn}\n");
	assert_null(strstr(y, "left out"));
	free(y);
}

/* A role's inline_policy blocks are aws.iam.role's inline_policies, {NAME:
 * POLICY}, as a folded aws_iam_role_policy is, and one folded beside them
 * is merged after them: the sns module's `complete` made its role's logs
 * policy only in the original, the block left out. */
static void test_role_inline_policy_blocks(void **state)
{
	(void)state;
	char *y;
	assert_int_equal(convert_text(
		"resource \"aws_iam_role\" \"r\" {\n"
		"  name               = \"r\"\n"
		"  assume_role_policy = \"{}\"\n"
		"  inline_policy {\n"
		"    name   = \"logs\"\n"
		"    policy = jsonencode({ Version = \"2012-10-17\" })\n"
		"  }\n"
		"}\n"
		"resource \"aws_iam_role_policy\" \"extra\" {\n"
		"  role   = aws_iam_role.r.name\n"
		"  name   = \"extra\"\n"
		"  policy = jsonencode({ Version = \"2012-10-17\" })\n"
		"}\n", &y), 0);
	assert_has(y, "    inline_policies: \"${merge({for p in [{name = \\\"logs\\\", policy = "
		   "jsonencode({ Version = \\\"2012-10-17\\\" })}] : p.name => tostring(p.policy)}, "
		   "{(\\\"extra\\\") = jsonencode({ Version = \\\"2012-10-17\\\" })})}\"\n");
	assert_null(strstr(y, "left out"));
	free(y);
}

/* A random_password left out: the variable standing for its result is
 * sensitive, as hashicorp/random's result is (plan and output never show
 * the password given); another stand-in is not. */
static void test_random_password_stand_in_sensitive(void **state)
{
	(void)state;
	char *y;
	assert_int_equal(convert_text(
		"resource \"random_password\" \"p\" {\n"
		"  length = 16\n"
		"}\n"
		"resource \"aws_acm_certificate\" \"cert\" {\n"
		"  domain_name = \"example.com\"\n"
		"}\n"
		"resource \"awscc_amazonmq_broker\" \"b\" {\n"
		"  broker_name = \"b-${aws_acm_certificate.cert.arn}\"\n"
		"  users = [{ username = \"u\", password = random_password.p.result }]\n"
		"}\n", &y), 2);
	assert_has(y, "  random_password_p_result:\n"
		   "    description: random_password.p.result, which terrace convert left out\n"
		   "    sensitive: true\n    default: null\n");
	assert_has(y, "  aws_acm_certificate_cert_arn:\n"
		   "    description: aws_acm_certificate.cert.arn, which terrace convert left out\n"
		   "    default: null\n");
	free(y);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_provider_aliases),
		cmocka_unit_test(test_random_password_stand_in_sensitive),
		cmocka_unit_test(test_awscc_shapes_of_aws_blocks),
		cmocka_unit_test(test_vpc_module_splats_and_secondary_cidr),
		cmocka_unit_test(test_prefix_list_lookup),
		cmocka_unit_test(test_organization_lookup),
		cmocka_unit_test(test_bucket_prefix),
		cmocka_unit_test(test_eventbridge_connection_and_destination),
		cmocka_unit_test(test_vpc_ipv6_and_subnet_twin),
		cmocka_unit_test(test_network_acl_and_rules),
		cmocka_unit_test(test_topic_policy_naming_its_topic),
		cmocka_unit_test(test_default_group_ipv6_egress),
		cmocka_unit_test(test_mq_broker),
		cmocka_unit_test(test_rule_prefix_lists_kept_as_list),
		cmocka_unit_test(test_rule_self_of_string_map),
		cmocka_unit_test(test_eventbridge_archive),
		cmocka_unit_test(test_eventbridge_permission),
		cmocka_unit_test(test_vpc_endpoint_policy),
		cmocka_unit_test(test_iam_saml_provider),
		cmocka_unit_test(test_role_inline_policy_blocks),
		cmocka_unit_test(test_dynamodb_replicas_and_encryption),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
