/*
 * test_words.c: the words rows' runner (checks/words.c): each condition of
 * the row language holding, failing and not known yet (within each element
 * of a list, one of several, between lists, over a list's elements,
 * against the object now, time windows, too); the message (the attribute, an element's by its index, its
 * value, what AWS's words require and when, the sentence and its
 * document); the request a row is judged on (a create row only without a
 * prior object, an update row only on what an update sends anew, neither
 * while whether there is one is not known); and
 * every words row of the table has an id, its words and its source, once.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>

#include "provider/aws/checks/checks.h"
#include "provider/aws/checks/rules.h"
#include "provider/aws/checks/words.h"
#include "provider/base/strbuf.h"
#include "provider/provider.h"

static json_t *js(const char *text)
{
	json_error_t e;
	char *fixed = strdup(text);
	for (char *p = fixed; *p; p++)
		if (*p == '\'')
			*p = '"';
	json_t *v = json_loads(fixed, 0, &e);
	free(fixed);
	assert_non_null(v);
	return v;
}

static const struct aws_check_row rows[] = {
	/* a real type's sensitive attribute: a written SSM parameter's value */
	AWS_SAYS("t.ami_value", "aws.ssm.parameter", AWS_CALL_ANY,
		 WHEN(IS("data_type", "aws:ec2:image")), THEN(MATCHES("value", "^ami-")),
		 "The value is an AMI id.", "ssm PutParameter DataType"),
	AWS_SAYS("t.ami_value_cc", "awscc.ssm.parameter", AWS_CALL_ANY,
		 WHEN(IS("data_type", "aws:ec2:image")), THEN(MATCHES("value", "^ami-")),
		 "The value is an AMI id.", "ssm PutParameter DataType"),
	AWS_SAYS("t.nodes_multi_node", "aws.t", AWS_CALL_CREATE,
		 WHEN(IS("cluster_type", "multi-node")), THEN(SET("number_of_nodes")),
		 "This parameter is required when the ClusterType parameter is specified as "
		 "multi-node.", "redshift CreateCluster NumberOfNodes"),
	AWS_SAYS("t.no_iops_on_gp2", "aws.t", AWS_CALL_ANY, WHEN(IS("storage.type", "gp2", "standard")),
		 THEN(UNSET("storage.iops")), "Iops isn't supported for gp2.", "rds CreateDBInstance Iops"),
	AWS_SAYS("t.not_default", "aws.t", AWS_CALL_ANY, ALWAYS, THEN(IS_NOT("name", "default")),
		 "Must not be default.", "rds CreateDBSubnetGroup DBSubnetGroupName"),
	AWS_SAYS("t.io1_storage", "aws.t", AWS_CALL_ANY, WHEN(IS("storage.type", "io1")),
		 THEN(IN("allocated", 100, 65536), MULTIPLE_OF("iops_step", 1000)),
		 "Provisioned IOPS storage (io1, io2): Must be an integer from 100 to 65536.",
		 "rds CreateDBInstance AllocatedStorage"),
	AWS_SAYS("t.short_names", "aws.t", AWS_CALL_ANY, WHEN(IS("fifo", "true")),
		 THEN(LEN_IN("subnets", 1, 2)), "At most two.", "x CreateX Subnets"),
	AWS_SAYS("t.min_le_max", "aws.t", AWS_CALL_UPDATE, ALWAYS, THEN(AT_MOST("min", "max")),
		 "MinvCpus must be at most MaxvCpus.", "batch UpdateComputeEnvironment MinvCpus"),
	AWS_SAYS("t.region", "aws.t", AWS_CALL_ANY, WHEN(SET("location")),
		 THEN(REGION_IS("us-east-1")), "Only in US East (N. Virginia).", "x CreateX Location"),
	AWS_SAYS("t.premises", "aws.t", AWS_CALL_ANY,
		 WHEN(IN("size", 1, 5), IS_NOT("engine", "postgres")), THEN(UNSET("port")),
		 "Small non-PostgreSQL instances take no port.", "x CreateX Port"),
	/* the conditions of conditions, of lists and of the object now */
	AWS_SAYS("t.gsi_capacity", "aws.t", AWS_CALL_ANY, WHEN(IS("billing_mode", "PROVISIONED")),
		 THEN(EACH("index", ALWAYS, THEN(SET("read_capacity")))),
		 "You must use either OnDemandThroughput or ProvisionedThroughput based on your "
		 "table's capacity mode.", "AWS::DynamoDB::Table GlobalSecondaryIndexes"),
	AWS_SAYS("t.param_size", "aws.t", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("parameters", WHEN(IS("name", "wlm_json_configuration")),
			   THEN(LEN_IN("value", 0, 3)))),
		 "If ParameterName is wlm_json_configuration, then the maximum size of "
		 "ParameterValue is 8000 characters.", "AWS::Redshift::ClusterParameterGroup Parameters"),
	AWS_SAYS("t.tag_prefix", "aws.t", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", "^aws:")))),
		 "cannot be prefixed with aws:.", "AWS::KMS::Key Tags"),
	AWS_SAYS("t.block_one_of_two", "aws.t", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("throughput", ALWAYS, THEN(ANY_OF(SET("max_read"), SET("max_write"))))),
		 "If you use this property, you must specify MaxReadRequestUnits, "
		 "MaxWriteRequestUnits, or both.", "AWS::DynamoDB::Table OnDemandThroughput"),
	AWS_SAYS("t.range_or_minus_one", "aws.t", AWS_CALL_ANY, ALWAYS,
		 THEN(ANY_OF(IS("retention", "-1"), IN("retention", 1, 3653))),
		 "The value must be either -1 or an integer between 1 and 3,653.",
		 "AWS::Redshift::Cluster ManualSnapshotRetentionPeriod"),
	AWS_SAYS("t.exactly_one", "aws.t", AWS_CALL_CREATE, WHEN(IS("restore", "true")),
		 THEN(EXACTLY_ONE_OF(SET("source_id"), SET("source_resource_id"))),
		 "You must specify either SourceDBClusterIdentifier or SourceDbClusterResourceId, "
		 "but not both.", "AWS::RDS::DBCluster SourceDBClusterIdentifier"),
	AWS_SAYS("t.keys_defined", "aws.t", AWS_CALL_ANY, ALWAYS,
		 THEN(AMONG("index[].keys[].name", "attribute[].name")),
		 "The attributes in the KeySchema property must also be defined in the "
		 "AttributeDefinitions property.", "AWS::DynamoDB::Table KeySchema"),
	AWS_SAYS("t.nested_each", "aws.t", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("index", ALWAYS, THEN(EACH("keys", WHEN(SET("name")), THEN(SET("type")))))),
		 "A KeySchemaElement must be a scalar, top-level attribute.",
		 "AWS::DynamoDB::Table KeySchema"),
	AWS_SAYS("t.count", "aws.t", AWS_CALL_ANY, ALWAYS,
		 THEN(COUNT_IN("gsi[].non_key", "lsi[].non_key", 0, 3)),
		 "the total count of NonKeyAttributes summed across all of the secondary indexes, "
		 "must not exceed 100.", "AWS::DynamoDB::Table Projection"),
	AWS_SAYS("t.above", "aws.t", AWS_CALL_ANY, ALWAYS, THEN(ABOVE("max_capacity", 0.5)),
		 "The maximum capacity must be higher than 0.5 ACUs.",
		 "AWS::RDS::DBCluster ServerlessV2ScalingConfiguration"),
	AWS_SAYS("t.ratio", "aws.t", AWS_CALL_ANY, WHEN(SET("iops")),
		 THEN(RATIO_IN("iops", "storage", 0.5, 50)),
		 "Must be a multiple between .5 and 50 of the storage amount for the DB cluster.",
		 "AWS::RDS::DBCluster Iops"),
	AWS_SAYS("t.unchanged", "aws.t", AWS_CALL_UPDATE, ALWAYS, THEN(UNCHANGED("key_usage")),
		 "You can't change the KeyUsage value after the KMS key is created.",
		 "AWS::KMS::Key KeyUsage"),
	AWS_SAYS("t.was", "aws.t", AWS_CALL_UPDATE,
		 WHEN(WAS(IS("ttl.enabled", "true")), IS("ttl.enabled", "true")),
		 THEN(UNCHANGED("ttl.name")),
		 "To update this property, you must first disable TTL and then enable TTL with the new "
		 "attribute name.", "AWS::DynamoDB::Table TimeToLiveSpecification"),
	AWS_SAYS("t.major", "aws.t", AWS_CALL_UPDATE, WHEN(CHANGED_PART("version", "^[0-9]+")),
		 THEN(SET("allow_major"), IS("allow_major", "true")),
		 "Major version upgrades must be allowed when specifying a value for the "
		 "EngineVersion parameter that is a different major version than the DB instance's "
		 "current version.", "AWS::RDS::DBInstance AllowMajorVersionUpgrade"),
	AWS_SAYS("t.lsi_at_create", "aws.t", AWS_CALL_UPDATE, ALWAYS,
		 THEN(WAS_AMONG("lsi[].name", "lsi[].name")),
		 "A local secondary index can only be created when its parent table is created.",
		 "AWS::DynamoDB::Table LocalSecondaryIndex"),
	AWS_SAYS("t.each_id", "aws.t", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("source_ids", ALWAYS, THEN(NOT_MATCHES("", "-$|--")))),
		 "It can't end with a hyphen or contain two consecutive hyphens.",
		 "AWS::RDS::EventSubscription SourceIds"),
	AWS_SAYS("t.weights", "aws.t", AWS_CALL_ANY, ALWAYS, THEN(SUM_IN("routing[].weight", 100, 100)),
		 "The sum of the weights in the routing configuration must be equal to 100.",
		 "AWS::StepFunctions::StateMachineAlias RoutingConfiguration"),
	AWS_SAYS("t.ports", "aws.t", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("containers", ALWAYS, THEN(UNIQUE("ports[].port")))),
		 "A port can only be included in one port mapping per container.",
		 "AWS::ECS::TaskDefinition PortMapping"),
	AWS_SAYS("t.some_weight", "aws.t", AWS_CALL_ANY, ALWAYS,
		 THEN(SOME("strategy", ABOVE("weight", 0))),
		 "At least one capacity provider must have a weight greater than zero",
		 "AWS::ECS::Service CapacityProviderStrategyItem"),
	AWS_SAYS("t.root_in_each", "aws.t", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("index", WHEN(IS("/billing_mode", "PAY_PER_REQUEST")),
			   THEN(UNSET("provisioned_throughput"), AT_MOST("reads", "/max_reads")))),
		 "You must use either OnDemandThroughput or ProvisionedThroughput based on your "
		 "table's capacity mode.", "AWS::DynamoDB::Table GlobalSecondaryIndexes"),
	AWS_SAYS("t.in_region", "aws.t", AWS_CALL_ANY, ALWAYS, THEN(IN_REGION("zone")),
		 "The specified Availability Zone must be in the same AWS-Region as the current "
		 "endpoint.", "rds CreateDBInstance AvailabilityZone"),
	AWS_SAYS("t.window", "aws.t", AWS_CALL_ANY, ALWAYS, THEN(WINDOW_IN("backup", 30, 1440)),
		 "Must be at least 30 minutes.", "rds CreateDBInstance PreferredBackupWindow"),
	AWS_SAYS("t.apart", "aws.t", AWS_CALL_ANY, ALWAYS,
		 THEN(WINDOWS_APART("backup", "maintenance")),
		 "Must not conflict with the preferred maintenance window.",
		 "rds CreateDBInstance PreferredBackupWindow"),
	{ NULL }
};

static const struct aws_check_row *row(const char *id)
{
	for (const struct aws_check_row *r = rows; r->type; r++)
		if (!strcmp(r->id, id))
			return r;
	fail_msg("no row %s", id);
	return NULL;
}

/* The row on attrs (text) going to the object prior (text; NULL: a
 * create): 0, or -1 with *msg and *attr. */
static int judge_update(const char *id, const char *attrs, const char *prior, struct strbuf *msg,
			const char **attr)
{
	json_t *a = js(attrs), *p = prior ? js(prior) : NULL;
	strbuf_reset(msg);
	*attr = NULL;
	int rc = aws_words_check(row(id), a, p, NULL, attr, msg);
	json_decref(a);
	json_decref(p);
	return rc;
}

/* The row on attrs (text), region given: 0, or -1 with *msg and *attr. */
static int judge(const char *id, const char *attrs, const char *region, struct strbuf *msg,
		 const char **attr)
{
	json_t *a = js(attrs);
	strbuf_reset(msg);
	*attr = NULL;
	int rc = aws_words_check(row(id), a, NULL, region, attr, msg);
	json_decref(a);
	return rc;
}

/* Each condition, holding and failing, and the message of each failure. */
static void test_conditions(void **state)
{
	(void)state;
	struct strbuf m = STRBUF_INIT;
	const char *attr;

	/* IS in when, SET in then */
	assert_int_equal(judge("t.nodes_multi_node", "{'cluster_type': 'multi-node'}", NULL, &m,
			       &attr), -1);
	assert_string_equal(attr, "number_of_nodes");
	assert_string_equal(m.buf, "number_of_nodes: it is not set, but it must be set when "
			    "cluster_type is \"multi-node\": AWS says \"This parameter is required when the "
			    "ClusterType parameter is specified as multi-node.\" (redshift CreateCluster "
			    "NumberOfNodes)");
	assert_int_equal(judge("t.nodes_multi_node", "{'cluster_type': 'multi-node', "
			       "'number_of_nodes': 2}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.nodes_multi_node", "{'cluster_type': 'single-node'}", NULL, &m,
			       &attr), 0);
	assert_int_equal(judge("t.nodes_multi_node", "{}", NULL, &m, &attr), 0);

	/* IS of several words, a dotted path, UNSET */
	assert_int_equal(judge("t.no_iops_on_gp2", "{'storage': {'type': 'standard', 'iops': 3000}}",
			       NULL, &m, &attr), -1);
	assert_string_equal(attr, "storage.iops");
	assert_string_equal(m.buf, "storage.iops: 3000, but it must not be set when storage.type is "
			    "one of \"gp2\", \"standard\": AWS says \"Iops isn't supported for gp2.\" "
			    "(rds CreateDBInstance Iops)");
	assert_int_equal(judge("t.no_iops_on_gp2", "{'storage': {'type': 'io1', 'iops': 3000}}",
			       NULL, &m, &attr), 0);
	assert_int_equal(judge("t.no_iops_on_gp2", "{'storage': {'type': 'gp2'}}", NULL, &m, &attr),
			 0);
	assert_int_equal(judge("t.no_iops_on_gp2", "{'storage': {'type': 'gp2', 'iops': null}}",
			       NULL, &m, &attr), 0);

	/* IS_NOT, always */
	assert_int_equal(judge("t.not_default", "{'name': 'default'}", NULL, &m, &attr), -1);
	assert_string_equal(m.buf, "name: \"default\", but it must not be \"default\": AWS says "
			    "\"Must not be default.\" (rds CreateDBSubnetGroup DBSubnetGroupName)");
	assert_int_equal(judge("t.not_default", "{'name': 'analytics'}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.not_default", "{}", NULL, &m, &attr), 0);

	/* IN, then MULTIPLE_OF: the first that fails is said; a number as text */
	assert_int_equal(judge("t.io1_storage", "{'storage': {'type': 'io1'}, 'allocated': 50}",
			       NULL, &m, &attr), -1);
	assert_string_equal(attr, "allocated");
	assert_string_equal(m.buf, "allocated: 50, but it must be 100 to 65536 when storage.type "
			    "is \"io1\": AWS says \"Provisioned IOPS storage (io1, io2): Must be an "
			    "integer from 100 to 65536.\" (rds CreateDBInstance AllocatedStorage)");
	assert_int_equal(judge("t.io1_storage", "{'storage': {'type': 'io1'}, 'allocated': '70000'}",
			       NULL, &m, &attr), -1);
	assert_int_equal(judge("t.io1_storage", "{'storage': {'type': 'io1'}, 'allocated': 100, "
			       "'iops_step': 2500}", NULL, &m, &attr), -1);
	assert_string_equal(attr, "iops_step");
	assert_non_null(strstr(m.buf, "iops_step: 2500, but it must be a multiple of 1000 when"));
	assert_int_equal(judge("t.io1_storage", "{'storage': {'type': 'io1'}, 'allocated': 65536, "
			       "'iops_step': 3000}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.io1_storage", "{'storage': {'type': 'gp3'}, 'allocated': 5}", NULL,
			       &m, &attr), 0);

	/* LEN_IN of a list; a boolean as its word */
	assert_int_equal(judge("t.short_names", "{'fifo': true, 'subnets': ['a', 'b', 'c']}", NULL,
			       &m, &attr), -1);
	assert_non_null(strstr(m.buf, "subnets: 3 items, but it must be 1 to 2 long when fifo is "
				      "\"true\""));
	assert_int_equal(judge("t.short_names", "{'fifo': false, 'subnets': ['a', 'b', 'c']}", NULL,
			       &m, &attr), 0);
	assert_int_equal(judge("t.short_names", "{'fifo': true, 'subnets': ['a']}", NULL, &m, &attr),
			 0);

	/* AT_MOST another attribute */
	assert_int_equal(judge("t.min_le_max", "{'min': 8, 'max': 4}", NULL, &m, &attr), -1);
	assert_string_equal(m.buf, "min: 8, but it must be at most max: AWS says \"MinvCpus must "
			    "be at most MaxvCpus.\" (batch UpdateComputeEnvironment MinvCpus)");
	assert_int_equal(judge("t.min_le_max", "{'min': 4, 'max': 4}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.min_le_max", "{'min': 4}", NULL, &m, &attr), 0);

	/* REGION_IS: the region at fault is the resource's as a whole */
	assert_int_equal(judge("t.region", "{'location': 'x'}", "eu-west-1", &m, &attr), -1);
	assert_string_equal(attr, "");
	assert_string_equal(m.buf, "the region is \"eu-west-1\", but it must be "
			    "\"us-east-1\" when location is set: AWS says \"Only in US East (N. "
			    "Virginia).\" (x CreateX Location)");
	assert_int_equal(judge("t.region", "{'location': 'x'}", "us-east-1", &m, &attr), 0);
	assert_int_equal(judge("t.region", "{'location': 'x'}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.region", "{}", "eu-west-1", &m, &attr), 0);
	/* IN_REGION: an ARN's region field, a zone's name; other text tells none */
	assert_int_equal(judge("t.in_region", "{'zone': 'us-west-2a'}", "us-east-1", &m, &attr), -1);
	assert_string_equal(attr, "zone");
	assert_string_equal(m.buf, "zone: \"us-west-2a\", but it must be of the provider's region: AWS "
			    "says \"The specified Availability Zone must be in the same AWS-Region as the "
			    "current endpoint.\" (rds CreateDBInstance AvailabilityZone)");
	assert_int_equal(judge("t.in_region", "{'zone': 'us-east-1a'}", "us-east-1", &m, &attr), 0);
	assert_int_equal(judge("t.in_region", "{'zone': 'us-east-1-bos-1a'}", "us-east-1", &m, &attr),
			 0);
	assert_int_equal(judge("t.in_region", "{'zone': 'us-east-1-bos-1a'}", "us-west-2", &m, &attr),
			 -1);
	assert_int_equal(judge("t.in_region", "{'zone': 'us-east-11a'}", "us-east-1", &m, &attr), -1);
	assert_int_equal(judge("t.in_region", "{'zone': 'use1-az1'}", "eu-west-1", &m, &attr), 0);
	assert_int_equal(judge("t.in_region", "{'zone': 'arn:aws:servicediscovery:eu-west-1:1:"
			       "namespace/ns-1'}", "us-east-1", &m, &attr), -1);
	assert_int_equal(judge("t.in_region", "{'zone': 'arn:aws:servicediscovery:us-east-1:1:"
			       "namespace/ns-1'}", "us-east-1", &m, &attr), 0);
	assert_int_equal(judge("t.in_region", "{'zone': 'arn:aws:iam::1:role/r'}", "us-east-1", &m,
			       &attr), 0);
	assert_int_equal(judge("t.in_region", "{'zone': 'us-west-2a'}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.in_region", "{'zone': '${var.zone}'}", "us-east-1", &m, &attr), 0);
	/* an ECR image's registry host names its region; another registry's none */
	assert_int_equal(judge("t.in_region", "{'zone': '123456789012.dkr.ecr.us-west-2.amazonaws.com/"
			       "app:1'}", "us-east-1", &m, &attr), -1);
	assert_int_equal(judge("t.in_region", "{'zone': '123456789012.dkr.ecr.us-east-1.amazonaws.com/"
			       "app:1'}", "us-east-1", &m, &attr), 0);
	assert_int_equal(judge("t.in_region", "{'zone': '123456789012.dkr.ecr-fips.us-east-1."
			       "amazonaws.com/app'}", "us-east-1", &m, &attr), 0);
	assert_int_equal(judge("t.in_region", "{'zone': '123456789012.dkr.ecr.us-east-11.amazonaws."
			       "com/app'}", "us-east-1", &m, &attr), -1);
	assert_int_equal(judge("t.in_region", "{'zone': 'registry.example.com/app:1'}", "us-east-1",
			       &m, &attr), 0);
	/* a premise on a value does not hold of a value absent, or not of its
	 * kind: AWS's default is not known here */
	assert_int_equal(judge("t.premises", "{'size': 3, 'engine': 'mysql', 'port': 1}", NULL, &m,
			       &attr), -1);
	assert_int_equal(judge("t.premises", "{'engine': 'mysql', 'port': 1}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.premises", "{'size': 3, 'port': 1}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.premises", "{'size': 'big', 'engine': 'mysql', 'port': 1}", NULL,
			       &m, &attr), 0);
	assert_int_equal(judge("t.premises", "{'size': 3, 'engine': 'postgres', 'port': 1}", NULL,
			       &m, &attr), 0);
	assert_int_equal(judge("t.premises", "{'size': 9, 'engine': 'mysql', 'port': 1}", NULL, &m,
			       &attr), 0);
	strbuf_release(&m);
}

/* EACH: within each element of a list (its index in the path at fault
 * and in the message), of a block, with premises of its own, nested. */
static void test_each(void **state)
{
	(void)state;
	struct strbuf m = STRBUF_INIT;
	const char *attr;

	assert_int_equal(judge("t.gsi_capacity", "{'billing_mode': 'PROVISIONED', 'index': [{"
			       "'read_capacity': 5}, {'name': 'b'}]}", NULL, &m, &attr), -1);
	assert_string_equal(attr, "index[1].read_capacity");
	assert_string_equal(m.buf, "index[1].read_capacity: it is not set, but it must be set when "
			    "billing_mode is \"PROVISIONED\": AWS says \"You must use either "
			    "OnDemandThroughput or ProvisionedThroughput based on your table's capacity "
			    "mode.\" (AWS::DynamoDB::Table GlobalSecondaryIndexes)");
	assert_int_equal(judge("t.gsi_capacity", "{'billing_mode': 'PROVISIONED', 'index': [{"
			       "'read_capacity': 5}, {'read_capacity': 1}]}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.gsi_capacity", "{'billing_mode': 'PAY_PER_REQUEST', 'index': [{"
			       "'name': 'b'}]}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.gsi_capacity", "{'billing_mode': 'PROVISIONED'}", NULL, &m, &attr),
			 0);
	assert_int_equal(judge("t.gsi_capacity", "{'billing_mode': 'PROVISIONED', 'index': []}",
			       NULL, &m, &attr), 0);
	/* an element, or the list, not known yet passes; the others are judged */
	assert_int_equal(judge("t.gsi_capacity", "{'billing_mode': 'PROVISIONED', 'index': "
			       "'${var.indexes}'}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.gsi_capacity", "{'billing_mode': 'PROVISIONED', 'index': ["
			       "'${local.index}', {'read_capacity': '${var.rc}'}]}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.gsi_capacity", "{'billing_mode': 'PROVISIONED', 'index': ["
			       "'${local.index}', {'name': 'c'}]}", NULL, &m, &attr), -1);
	assert_string_equal(attr, "index[1].read_capacity");

	/* the element's own premise, said in the message */
	assert_int_equal(judge("t.param_size", "{'parameters': [{'name': 'a', 'value': 'long one'}, "
			       "{'name': 'wlm_json_configuration', 'value': 'long'}]}", NULL, &m, &attr),
			 -1);
	assert_string_equal(attr, "parameters[1].value");
	assert_string_equal(m.buf, "parameters[1].value: \"long\", but it must be 0 to 3 long when "
			    "parameters[1].name is \"wlm_json_configuration\": AWS says \"If "
			    "ParameterName is wlm_json_configuration, then the maximum size of "
			    "ParameterValue is 8000 characters.\" (AWS::Redshift::ClusterParameterGroup "
			    "Parameters)");
	assert_int_equal(judge("t.param_size", "{'parameters': [{'name': 'a', 'value': 'long one'}, "
			       "{'name': 'wlm_json_configuration', 'value': '[]'}]}", NULL, &m, &attr),
			 0);
	assert_int_equal(judge("t.param_size", "{'parameters': [{'name': '${var.n}', 'value': "
			       "'long one'}]}", NULL, &m, &attr), 0);

	/* a prefix in each tag of an awscc tag list */
	assert_int_equal(judge("t.tag_prefix", "{'tags': [{'key': 'team', 'value': 'a'}, {'key': "
			       "'aws:owner', 'value': 'b'}]}", NULL, &m, &attr), -1);
	assert_string_equal(attr, "tags[1].key");
	assert_non_null(strstr(m.buf, "tags[1].key: \"aws:owner\", but it must not match \"^aws:\":"));
	assert_int_equal(judge("t.tag_prefix", "{'tags': [{'key': 'team:aws:', 'value': 'a'}]}",
			       NULL, &m, &attr), 0);

	/* a block is its one element */
	assert_int_equal(judge("t.block_one_of_two", "{'throughput': {}}", NULL, &m, &attr), -1);
	assert_string_equal(attr, "throughput.max_read");
	assert_string_equal(m.buf, "throughput.max_read: it is not set, but one of these must "
			    "hold: throughput.max_read must be set or throughput.max_write must be set: "
			    "AWS says \"If you use this property, you must specify MaxReadRequestUnits, "
			    "MaxWriteRequestUnits, or both.\" (AWS::DynamoDB::Table OnDemandThroughput)");
	assert_int_equal(judge("t.block_one_of_two", "{'throughput': {'max_write': 4}}", NULL, &m,
			       &attr), 0);
	assert_int_equal(judge("t.block_one_of_two", "{}", NULL, &m, &attr), 0);

	/* each of a list of scalars: the element itself, "" */
	assert_int_equal(judge("t.each_id", "{'source_ids': ['db-1', 'db-', 'a--b']}", NULL, &m,
			       &attr), -1);
	assert_string_equal(attr, "source_ids[1]");
	assert_non_null(strstr(m.buf, "source_ids[1]: \"db-\", but it must not match \"-$|--\": AWS "
				      "says"));
	assert_int_equal(judge("t.each_id", "{'source_ids': ['db-1', 'a-b']}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.each_id", "{'source_ids': ['db-1', '${var.id}']}", NULL, &m, &attr),
			 0);

	/* within each element, the resource's own attribute ("/billing_mode") */
	assert_int_equal(judge("t.root_in_each", "{'billing_mode': 'PAY_PER_REQUEST', 'index': [{}, "
			       "{'provisioned_throughput': {'read_capacity_units': 1}}]}", NULL, &m,
			       &attr), -1);
	assert_string_equal(attr, "index[1].provisioned_throughput");
	assert_non_null(strstr(m.buf, "index[1].provisioned_throughput: it is set, but it must not be "
				      "set when billing_mode is \"PAY_PER_REQUEST\": AWS says"));
	assert_int_equal(judge("t.root_in_each", "{'billing_mode': 'PROVISIONED', 'index': [{}, "
			       "{'provisioned_throughput': {'read_capacity_units': 1}}]}", NULL, &m,
			       &attr), 0);
	assert_int_equal(judge("t.root_in_each", "{'billing_mode': 'PAY_PER_REQUEST', 'max_reads': 5, "
			       "'index': [{'reads': 9}]}", NULL, &m, &attr), -1);
	assert_string_equal(attr, "index[0].reads");
	assert_non_null(strstr(m.buf, "index[0].reads: 9, but it must be at most max_reads when"));
	assert_int_equal(judge("t.root_in_each", "{'billing_mode': '${var.mode}', 'index': [{"
			       "'provisioned_throughput': {}}]}", NULL, &m, &attr), 0);

	/* nested: each key of each index */
	assert_int_equal(judge("t.nested_each", "{'index': [{'keys': [{'name': 'a', 'type': 'S'}]}, "
			       "{'keys': [{'type': 'S'}, {'name': 'b'}]}]}", NULL, &m, &attr), -1);
	assert_string_equal(attr, "index[1].keys[1].type");
	assert_non_null(strstr(m.buf, "index[1].keys[1].type: it is not set, but it must be set when "
				      "index[1].keys[1].name is set: AWS says"));
	assert_int_equal(judge("t.nested_each", "{'index': [{'keys': [{'name': 'a', 'type': 'S'}]}, "
			       "{'keys': [{'type': 'S'}]}]}", NULL, &m, &attr), 0);
	strbuf_release(&m);
}

/* ANY_OF and EXACTLY_ONE_OF: one of several, at least or exactly. */
static void test_one_of_several(void **state)
{
	(void)state;
	struct strbuf m = STRBUF_INIT;
	const char *attr;

	/* at least one: a value left out holds as a requirement (its own
	 * conditions' rule) */
	assert_int_equal(judge("t.range_or_minus_one", "{'retention': -1}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.range_or_minus_one", "{'retention': 3653}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.range_or_minus_one", "{}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.range_or_minus_one", "{'retention': 0}", NULL, &m, &attr), -1);
	assert_string_equal(attr, "retention");
	assert_string_equal(m.buf, "retention: 0, but one of these must hold: retention must be "
			    "\"-1\" or retention must be 1 to 3653: AWS says \"The value must be either "
			    "-1 or an integer between 1 and 3,653.\" (AWS::Redshift::Cluster "
			    "ManualSnapshotRetentionPeriod)");
	assert_int_equal(judge("t.range_or_minus_one", "{'retention': 4000}", NULL, &m, &attr), -1);
	assert_int_equal(judge("t.range_or_minus_one", "{'retention': '${var.days}'}", NULL, &m,
			       &attr), 0);

	/* exactly one, of what is sent */
	assert_int_equal(judge("t.exactly_one", "{'restore': true, 'source_id': 'a'}", NULL, &m,
			       &attr), 0);
	assert_int_equal(judge("t.exactly_one", "{'restore': true, 'source_resource_id': 'r'}", NULL,
			       &m, &attr), 0);
	assert_int_equal(judge("t.exactly_one", "{'restore': true, 'source_id': 'a', "
			       "'source_resource_id': 'r'}", NULL, &m, &attr), -1);
	assert_string_equal(attr, "source_id");
	assert_string_equal(m.buf, "source_id: \"a\", but exactly one of these must hold: source_id "
			    "is set, source_resource_id is set when restore is \"true\": AWS says \"You "
			    "must specify either SourceDBClusterIdentifier or SourceDbClusterResourceId, "
			    "but not both.\" (AWS::RDS::DBCluster SourceDBClusterIdentifier)");
	assert_int_equal(judge("t.exactly_one", "{'restore': true}", NULL, &m, &attr), -1);
	assert_non_null(strstr(m.buf, "source_id: it is not set, but exactly one of"));
	assert_int_equal(judge("t.exactly_one", "{'restore': false}", NULL, &m, &attr), 0);
	/* one not known yet: either may be the one */
	assert_int_equal(judge("t.exactly_one", "{'restore': true, 'source_id': '${var.id}'}", NULL,
			       &m, &attr), 0);
	assert_int_equal(judge("t.exactly_one", "{'restore': true, 'source_id': '${var.id}', "
			       "'source_resource_id': 'r'}", NULL, &m, &attr), 0);
	strbuf_release(&m);
}

/* AMONG between lists, COUNT_IN over lists, ABOVE, RATIO_IN. */
static void test_between_lists_and_numbers(void **state)
{
	(void)state;
	struct strbuf m = STRBUF_INIT;
	const char *attr;

	assert_int_equal(judge("t.keys_defined", "{'attribute': [{'name': 'pk'}, {'name': 'sk'}], "
			       "'index': [{'keys': [{'name': 'pk'}]}, {'keys': [{'name': 'sk'}, "
			       "{'name': 'other'}]}]}", NULL, &m, &attr), -1);
	assert_string_equal(attr, "index[1].keys[1].name");
	assert_string_equal(m.buf, "index[1].keys[1].name: \"other\", but it must be one of "
			    "attribute[].name's values: AWS says \"The attributes in the KeySchema "
			    "property must also be defined in the AttributeDefinitions property.\" "
			    "(AWS::DynamoDB::Table KeySchema)");
	assert_int_equal(judge("t.keys_defined", "{'attribute': [{'name': 'pk'}, {'name': 'sk'}], "
			       "'index': [{'keys': [{'name': 'pk'}]}, {'keys': [{'name': 'sk'}]}]}",
			       NULL, &m, &attr), 0);
	assert_int_equal(judge("t.keys_defined", "{'index': [{'keys': [{'name': 'pk'}]}]}", NULL, &m,
			       &attr), -1);
	assert_int_equal(judge("t.keys_defined", "{'attribute': [{'name': 'pk'}]}", NULL, &m, &attr),
			 0);
	/* a name, or the list it must be among, not known yet */
	assert_int_equal(judge("t.keys_defined", "{'attribute': [{'name': '${var.k}'}], 'index': "
			       "[{'keys': [{'name': 'pk'}]}]}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.keys_defined", "{'attribute': [{'name': 'pk'}], 'index': [{'keys': "
			       "[{'name': '${var.k}'}, {'name': 'pk'}]}]}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.keys_defined", "{'attribute': [{'name': 'pk'}], 'index': [{'keys': "
			       "[{'name': '${var.k}'}, {'name': 'zz'}]}]}", NULL, &m, &attr), -1);

	/* the items of two lists of each element, in all */
	assert_int_equal(judge("t.count", "{'gsi': [{'non_key': ['a', 'b']}, {'non_key': ['c']}], "
			       "'lsi': [{'non_key': ['d']}]}", NULL, &m, &attr), -1);
	assert_string_equal(attr, "gsi[].non_key");
	assert_string_equal(m.buf, "gsi[].non_key: 4 items in all with lsi[].non_key's, but it must "
			    "have 0 to 3 items in all: AWS says \"the total count of NonKeyAttributes "
			    "summed across all of the secondary indexes, must not exceed 100.\" "
			    "(AWS::DynamoDB::Table Projection)");
	assert_int_equal(judge("t.count", "{'gsi': [{'non_key': ['a', 'b']}, {}], 'lsi': [{"
			       "'non_key': ['d']}]}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.count", "{}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.count", "{'gsi': [{'non_key': ['a', 'b']}, {'non_key': "
			       "'${var.more}'}], 'lsi': [{'non_key': ['d']}]}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.count", "{'gsi': [{'non_key': ['a', 'b', '${var.c}', 'd']}]}",
			       NULL, &m, &attr), 0);

	/* more than, not at */
	assert_int_equal(judge("t.above", "{'max_capacity': 0.5}", NULL, &m, &attr), -1);
	assert_string_equal(m.buf, "max_capacity: 0.5, but it must be more than 0.5: AWS says \"The "
			    "maximum capacity must be higher than 0.5 ACUs.\" (AWS::RDS::DBCluster "
			    "ServerlessV2ScalingConfiguration)");
	assert_int_equal(judge("t.above", "{'max_capacity': 1}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.above", "{}", NULL, &m, &attr), 0);

	/* a ratio between two attributes, at its edges */
	assert_int_equal(judge("t.ratio", "{'iops': 1000, 'storage': 100}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.ratio", "{'iops': 5000, 'storage': 100}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.ratio", "{'iops': 50, 'storage': 100}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.ratio", "{'iops': 5001, 'storage': 100}", NULL, &m, &attr), -1);
	assert_string_equal(attr, "iops");
	assert_non_null(strstr(m.buf, "iops: 5001, but it must be 0.5 to 50 times storage when iops "
				      "is set: AWS says"));
	assert_int_equal(judge("t.ratio", "{'iops': 49, 'storage': 100}", NULL, &m, &attr), -1);
	assert_int_equal(judge("t.ratio", "{'iops': 49}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.ratio", "{'iops': 49, 'storage': '${var.gb}'}", NULL, &m, &attr), 0);
	strbuf_release(&m);
}

/* UNCHANGED, WAS, WAS_AMONG and CHANGED_PART: against the object's values now. */
static void test_the_object_now(void **state)
{
	(void)state;
	struct strbuf m = STRBUF_INIT;
	const char *attr;

	assert_int_equal(judge_update("t.unchanged", "{'key_usage': 'SIGN_VERIFY'}",
				      "{'key_usage': 'ENCRYPT_DECRYPT'}", &m, &attr), -1);
	assert_string_equal(attr, "key_usage");
	assert_string_equal(m.buf, "key_usage: \"SIGN_VERIFY\", but it must not change from what the "
			    "object has, \"ENCRYPT_DECRYPT\": AWS says \"You can't change the KeyUsage "
			    "value after the KMS key is created.\" (AWS::KMS::Key KeyUsage)");
	assert_int_equal(judge_update("t.unchanged", "{'key_usage': 'SIGN_VERIFY'}",
				      "{'key_usage': 'SIGN_VERIFY'}", &m, &attr), 0);
	/* a create; a value not sent; one the state does not hold; one not known */
	assert_int_equal(judge_update("t.unchanged", "{'key_usage': 'SIGN_VERIFY'}", NULL, &m, &attr),
			 0);
	assert_int_equal(judge_update("t.unchanged", "{}", "{'key_usage': 'SIGN_VERIFY'}", &m, &attr),
			 0);
	assert_int_equal(judge_update("t.unchanged", "{'key_usage': 'SIGN_VERIFY'}", "{}", &m, &attr),
			 0);
	assert_int_equal(judge_update("t.unchanged", "{'key_usage': '${var.u}'}",
				      "{'key_usage': 'SIGN_VERIFY'}", &m, &attr), 0);
	json_t *want = js("{'key_usage': 'SIGN_VERIFY'}"), *now = js("{'key_usage': 'X'}");
	assert_true(aws_words_judged(row("t.unchanged"), want, now));
	assert_false(aws_words_judged(row("t.unchanged"), want, want));
	json_decref(want);
	json_decref(now);

	/* WAS: the premise on the object now */
	assert_int_equal(judge_update("t.was", "{'ttl': {'enabled': true, 'name': 'b'}}",
				      "{'ttl': {'enabled': true, 'name': 'a'}}", &m, &attr), -1);
	assert_string_equal(attr, "ttl.name");
	assert_string_equal(m.buf, "ttl.name: \"b\", but it must not change from what the object "
			    "has, \"a\" when the object now has ttl.enabled is \"true\" and ttl.enabled "
			    "is \"true\": AWS says \"To update this property, you must first disable TTL "
			    "and then enable TTL with the new attribute name.\" (AWS::DynamoDB::Table "
			    "TimeToLiveSpecification)");
	assert_int_equal(judge_update("t.was", "{'ttl': {'enabled': true, 'name': 'b'}}",
				      "{'ttl': {'enabled': false, 'name': 'a'}}", &m, &attr), 0);
	assert_int_equal(judge_update("t.was", "{'ttl': {'enabled': true, 'name': 'b'}}", NULL, &m,
				      &attr), 0);
	assert_int_equal(judge_update("t.was", "{'ttl': {'enabled': true, 'name': 'b'}}",
				      "{'ttl': '${var.ttl}'}", &m, &attr), 0);

	/* WAS_AMONG: each value among the object's now */
	assert_int_equal(judge_update("t.lsi_at_create", "{'lsi': [{'name': 'a'}, {'name': 'b'}]}",
				      "{'lsi': [{'name': 'a'}]}", &m, &attr), -1);
	assert_string_equal(attr, "lsi[1].name");
	assert_string_equal(m.buf, "lsi[1].name: \"b\", but it must be one of lsi[].name's values the "
			    "object has now: AWS says \"A local secondary index can only be created when "
			    "its parent table is created.\" (AWS::DynamoDB::Table LocalSecondaryIndex)");
	assert_int_equal(judge_update("t.lsi_at_create", "{'lsi': [{'name': 'b'}]}", "{}", &m, &attr),
			 -1);
	assert_int_equal(judge_update("t.lsi_at_create", "{'lsi': [{'name': 'a'}]}",
				      "{'lsi': [{'name': 'a'}, {'name': 'b'}]}", &m, &attr), 0);
	assert_int_equal(judge_update("t.lsi_at_create", "{'lsi': [{'name': 'b'}]}", NULL, &m, &attr),
			 0);
	assert_int_equal(judge_update("t.lsi_at_create", "{'lsi': [{'name': 'b'}]}",
				      "{'lsi': '${var.before}'}", &m, &attr), 0);

	/* CHANGED_PART: the premise that a part of the text is not the object's */
	assert_int_equal(judge_update("t.major", "{'version': '16.3'}", "{'version': '15.7'}", &m,
				      &attr), -1);
	assert_string_equal(attr, "allow_major");
	assert_string_equal(m.buf, "allow_major: it is not set, but it must be set when version "
			    "changes its part matching \"^[0-9]+\" from what the object has: AWS "
			    "says \"Major version upgrades must be allowed when specifying a value for "
			    "the EngineVersion parameter that is a different major version than the DB "
			    "instance's current version.\" (AWS::RDS::DBInstance "
			    "AllowMajorVersionUpgrade)");
	assert_int_equal(judge_update("t.major", "{'version': '16.3', 'allow_major': true}",
				      "{'version': '15.7'}", &m, &attr), 0);
	assert_int_equal(judge_update("t.major", "{'version': '8.0.40', 'allow_major': false}",
				      "{'version': '5.7.44'}", &m, &attr), -1);
	/* the same part; a create; a value not sent; one the state does not hold; one
	 * not known; a text the ERE does not match */
	assert_int_equal(judge_update("t.major", "{'version': '15.8'}", "{'version': '15.7'}", &m,
				      &attr), 0);
	assert_int_equal(judge_update("t.major", "{'version': '16.3'}", NULL, &m, &attr), 0);
	assert_int_equal(judge_update("t.major", "{}", "{'version': '15.7'}", &m, &attr), 0);
	assert_int_equal(judge_update("t.major", "{'version': '16.3'}", "{}", &m, &attr), 0);
	assert_int_equal(judge_update("t.major", "{'version': '${var.v}'}", "{'version': '15.7'}",
				      &m, &attr), 0);
	assert_int_equal(judge_update("t.major", "{'version': 'latest'}", "{'version': '15.7'}", &m,
				      &attr), 0);
	strbuf_release(&m);
}

/* WINDOW_IN and WINDOWS_APART: AWS's time windows, daily and weekly, at
 * their edges (midnight, the week's end, a window that ends where another
 * starts). */
static void test_windows(void **state)
{
	(void)state;
	struct strbuf m = STRBUF_INIT;
	const char *attr;

	assert_int_equal(judge("t.window", "{'backup': '03:00-03:29'}", NULL, &m, &attr), -1);
	assert_string_equal(attr, "backup");
	assert_string_equal(m.buf, "backup: \"03:00-03:29\", but it must be a window of 30 to 1440 "
			    "minutes: AWS says \"Must be at least 30 minutes.\" (rds CreateDBInstance "
			    "PreferredBackupWindow)");
	assert_int_equal(judge("t.window", "{'backup': '03:00-03:30'}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.window", "{'backup': '23:50-00:20'}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.window", "{'backup': '23:50-00:10'}", NULL, &m, &attr), -1);
	assert_int_equal(judge("t.window", "{'backup': 'sun:23:50-mon:00:20'}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.window", "{'backup': 'Sun:23:50-Mon:00:10'}", NULL, &m, &attr), -1);
	/* not a window (the model's pattern's to refuse), or not known yet */
	assert_int_equal(judge("t.window", "{'backup': '3am'}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.window", "{'backup': '03:00-03:10x'}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.window", "{'backup': '${var.window}'}", NULL, &m, &attr), 0);

	assert_int_equal(judge("t.apart", "{'backup': '03:00-03:30', 'maintenance': "
			       "'sun:03:15-sun:03:45'}", NULL, &m, &attr), -1);
	assert_string_equal(attr, "backup");
	assert_string_equal(m.buf, "backup: \"03:00-03:30\", but it must share no minute with "
			    "maintenance: AWS says \"Must not conflict with the preferred maintenance "
			    "window.\" (rds CreateDBInstance PreferredBackupWindow)");
	assert_int_equal(judge("t.apart", "{'backup': '03:00-03:30', 'maintenance': "
			       "'sun:03:30-sun:04:00'}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.apart", "{'backup': '23:45-00:15', 'maintenance': "
			       "'tue:00:00-tue:00:30'}", NULL, &m, &attr), -1);
	assert_int_equal(judge("t.apart", "{'backup': '23:45-00:15', 'maintenance': "
			       "'sun:23:00-sun:23:45'}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.apart", "{'backup': '23:45-00:15', 'maintenance': "
			       "'sun:23:00-mon:00:15'}", NULL, &m, &attr), -1);
	assert_int_equal(judge("t.apart", "{'backup': '03:00-03:30'}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.apart", "{'backup': '03:00-03:30', 'maintenance': "
			       "'${var.window}'}", NULL, &m, &attr), 0);
	strbuf_release(&m);
}

/* SUM_IN, UNIQUE and SOME: over a list's elements. */
static void test_over_elements(void **state)
{
	(void)state;
	struct strbuf m = STRBUF_INIT;
	const char *attr;

	assert_int_equal(judge("t.weights", "{'routing': [{'weight': 60}, {'weight': 30}]}", NULL, &m,
			       &attr), -1);
	assert_string_equal(attr, "routing[].weight");
	assert_string_equal(m.buf, "routing[].weight: 90 in all, but it must sum to 100 to 100 in all: "
			    "AWS says \"The sum of the weights in the routing configuration must be equal "
			    "to 100.\" (AWS::StepFunctions::StateMachineAlias RoutingConfiguration)");
	assert_int_equal(judge("t.weights", "{'routing': [{'weight': 60}, {'weight': '40'}]}", NULL,
			       &m, &attr), 0);
	assert_int_equal(judge("t.weights", "{'routing': [{'weight': 60}, {'weight': 50}]}", NULL, &m,
			       &attr), -1);
	assert_int_equal(judge("t.weights", "{}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.weights", "{'routing': [{'weight': 60}, {'weight': '${var.w}'}]}",
			       NULL, &m, &attr), 0);

	assert_int_equal(judge("t.ports", "{'containers': [{'ports': [{'port': 80}]}, {'ports': [{"
			       "'port': 80}, {'port': 443}, {'port': 80}]}]}", NULL, &m, &attr), -1);
	assert_string_equal(attr, "containers[1].ports[2].port");
	assert_non_null(strstr(m.buf, "containers[1].ports[2].port: 80, but it must differ from every "
				      "other value at containers[1].ports[].port: AWS says"));
	assert_int_equal(judge("t.ports", "{'containers': [{'ports': [{'port': 80}]}, {'ports': [{"
			       "'port': 80}, {'port': 443}]}]}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.ports", "{'containers': [{'ports': [{'port': 80}, {'port': "
			       "'${var.p}'}]}]}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.ports", "{'containers': [{'ports': [{'port': 80}, {'port': "
			       "'${var.p}'}, {'port': 80}]}]}", NULL, &m, &attr), -1);

	assert_int_equal(judge("t.some_weight", "{'strategy': [{'weight': 0}, {'base': 1}]}", NULL, &m,
			       &attr), -1);
	assert_string_equal(attr, "strategy");
	assert_string_equal(m.buf, "strategy: 2 items, but it must have an element where "
			    "strategy[].weight is more than 0: AWS says \"At least one capacity provider "
			    "must have a weight greater than zero\" (AWS::ECS::Service "
			    "CapacityProviderStrategyItem)");
	assert_int_equal(judge("t.some_weight", "{'strategy': [{'weight': 0}, {'weight': 2}]}", NULL,
			       &m, &attr), 0);
	assert_int_equal(judge("t.some_weight", "{}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.some_weight", "{'strategy': [{'weight': 0}, {'weight': "
			       "'${var.w}'}]}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.some_weight", "{'strategy': [{'weight': 0}, '${local.item}']}",
			       NULL, &m, &attr), 0);
	strbuf_release(&m);
}

/* What is not known yet passes, in when and in then. */
static void test_unknown_passes(void **state)
{
	(void)state;
	struct strbuf m = STRBUF_INIT;
	const char *attr;
	assert_int_equal(judge("t.nodes_multi_node", "{'cluster_type': '${var.kind}'}", NULL, &m,
			       &attr), 0);
	assert_int_equal(judge("t.no_iops_on_gp2", "{'storage': {'type': 'gp2', 'iops': "
			       "'${var.iops}'}}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.io1_storage", "{'storage': '${local.storage}', 'allocated': 5}",
			       NULL, &m, &attr), 0);
	assert_int_equal(judge("t.min_le_max", "{'min': 8, 'max': '${var.max}'}", NULL, &m, &attr), 0);
	json_t *a = js("{'cluster_type': 'multi-node'}");
	json_object_set_new(a, "number_of_nodes", json_pack("{s:b}", "$unknown", 1));
	assert_int_equal(aws_words_check(row("t.nodes_multi_node"), a, NULL, NULL, &attr, &m), 0);
	json_decref(a);
	strbuf_release(&m);
}

/* The request a row is judged on. */
static void test_judged_on_its_call(void **state)
{
	(void)state;
	json_t *want = js("{'min': 8, 'max': 4, 'cluster_type': 'multi-node'}");
	json_t *same = js("{'min': 8, 'max': 4}");
	json_t *other = js("{'min': 2, 'max': 4}");
	json_t *not_known = value_unknown(); /* the stack loaded for plan */
	/* a create row: only without an object */
	assert_true(aws_words_judged(row("t.nodes_multi_node"), want, NULL));
	assert_false(aws_words_judged(row("t.nodes_multi_node"), want, same));
	/* an update row: only on an update sending its attributes anew */
	assert_false(aws_words_judged(row("t.min_le_max"), want, NULL));
	assert_false(aws_words_judged(row("t.min_le_max"), want, same));
	assert_true(aws_words_judged(row("t.min_le_max"), want, other));
	/* whether there is an object not known yet: neither (plan judges them) */
	assert_false(aws_words_judged(row("t.nodes_multi_node"), want, not_known));
	assert_false(aws_words_judged(row("t.min_le_max"), want, not_known));
	/* any: always */
	assert_true(aws_words_judged(row("t.not_default"), want, NULL));
	assert_true(aws_words_judged(row("t.not_default"), want, same));
	assert_true(aws_words_judged(row("t.not_default"), want, not_known));
	json_decref(not_known);
	json_decref(want);
	json_decref(same);
	json_decref(other);
}

/* Every words row of the table has an id (once), its words and a source
 * of three words (service, operation, member): what the ledger keys. */
static void test_table_rows_are_whole(void **state)
{
	(void)state;
	for (const struct aws_check_row *r = aws_rules_next(NULL); r; r = aws_rules_next(r)) {
		if (r->kind != 'w')
			continue;
		assert_non_null(r->id);
		assert_non_null(r->words);
		assert_true(r->then && r->then->op != AWS_COND_END);
		assert_int_equal(r->scope, AWS_SCOPE_RESOURCE);
		size_t spaces = 0;
		for (const char *p = r->source; *p; p++)
			spaces += *p == ' ';
		assert_true(spaces >= 2);
		for (const struct aws_check_row *o = aws_rules_next(NULL); o != r; o = aws_rules_next(o))
			if (o->kind == 'w')
				assert_string_not_equal(o->id, r->id);
	}
}

extern const struct provider_type aws_provider_type;

/* What the provider's check hook found: each finding a line "ATTR: MESSAGE"
 * of out, and the attribute an error names. */
struct findings {
	const char *attr;
	struct strbuf *out;
};

static void collect_finding(void *ctx, const struct check_finding *found)
{
	struct findings *f = ctx;
	if (!found->warning)
		f->attr = found->attr;
	strbuf_addf(f->out, "%s: %s\n", found->attr ? found->attr : "", found->message);
}

/* The aws provider's check hook (provider_type.check) on one resource of
 * `type`, for one scope (CHECK_OWN: its refusals; CHECK_WARNINGS), the
 * object now `prior`: -1 when it refused, *attr the attribute at fault. */
static int provider_check(enum check_scope scope, const char *type, const json_t *attrs,
			  const json_t *prior, const char **attr, struct strbuf *out)
{
	struct check_subject s = {
		.resource = { .name = "r", .type = type, .rtype = resource_type_find(type, NULL) },
		.attrs = attrs,
		.prior = prior,
	};
	struct findings f = { NULL, out };
	struct check_request req = { CHECK_AS_KNOWN, scope, &s, 1, collect_finding, &f };
	int rc = aws_provider_type.check(&req);
	if (attr)
		*attr = f.attr;
	return rc;
}

/* The provider's check of a type's values runs the words rows of either
 * family: an awscc type's (the written twin derives what the row asks) as
 * a written type's; a create row on an object that exists is only a
 * warning. */
/* A row's message never shows a sensitive attribute's value, at the top
 * (a written parameter's value) or nested (an awscc group's auth token, a
 * write-only property): "(sensitive value)" stands in its place; the same
 * row on another type's value shows it. */
static void test_sensitive_values_never_shown(void **state)
{
	(void)state;
	struct strbuf err = STRBUF_INIT;
	const char *attr = NULL;
	const char *param = "{'name': '/lake/ami', 'parameter_type': 'String', "
			    "'data_type': 'aws:ec2:image', 'value': 'hunter2-secret-image'}";
	json_t *group = js("{'replication_group_description': 'x', 'transit_encryption_enabled': "
			   "true, 'auth_token': 'correct-horse-battery-\\u00e9'}");

	/* judged with the written type's schema (as checks/hook.c sets it) */
	aws_words_judging(resource_type_find("aws.ssm.parameter", NULL)->attrs);
	assert_int_equal(judge("t.ami_value", param, NULL, &err, &attr), -1);
	assert_string_equal(attr, "value");
	assert_non_null(strstr(err.buf, "value: (sensitive value), but it must match"));
	assert_null(strstr(err.buf, "hunter2"));
	/* awscc.ssm.parameter's value is not sensitive: shown */
	aws_words_judging(resource_type_find("awscc.ssm.parameter", NULL)->attrs);
	assert_int_equal(judge("t.ami_value_cc", param, NULL, &err, &attr), -1);
	assert_non_null(strstr(err.buf, "value: \"hunter2-secret-image\""));
	aws_words_judging(NULL);
	/* nested in the registry's types, through the table: elasticache.auth_token_printable */
	strbuf_reset(&err);
	assert_int_equal(provider_check(CHECK_OWN, "awscc.elasticache.replication_group", group, NULL,
					&attr, &err), -1);
	assert_string_equal(attr, "auth_token");
	assert_non_null(strstr(err.buf, "auth_token: (sensitive value)"));
	assert_null(strstr(err.buf, "horse"));
	json_decref(group);
	strbuf_release(&err);
}

static void test_both_families_run_their_rows(void **state)
{
	(void)state;
	struct strbuf err = STRBUF_INIT;
	const char *attr = NULL;
	json_t *multi = js("{'cluster_type': 'multi-node', 'node_type': 'ra3.large', 'db_name': 'dev', "
			   "'master_username': 'admin', 'master_user_password': 'Passw0rdPassw0rd'}");
	json_t *sized = json_deep_copy(multi);
	json_object_set_new(sized, "number_of_nodes", json_integer(2));
	assert_int_equal(provider_check(CHECK_OWN, "awscc.redshift.cluster", multi, NULL, &attr, &err),
			 -1);
	assert_non_null(attr);
	assert_string_equal(attr, "number_of_nodes");
	assert_non_null(strstr(err.buf, "AWS says \"This parameter is required when the "
					"ClusterType parameter is specified as multi-node.\""));
	strbuf_reset(&err);
	assert_int_equal(provider_check(CHECK_OWN, "awscc.redshift.cluster", sized, NULL, &attr, &err),
			 0);
	/* a written type's create row (rds.custom_oracle_engine_version) refuses a create and
	 * leaves an object that exists alone */
	json_t *custom = js("{'identifier': 'db1', 'engine': 'custom-oracle-ee', "
			    "'instance_class': 'db.m5.large', 'allocated_storage': 40, "
			    "'master_username': 'admin', 'manage_master_user_password': true, "
			    "'backup_retention_period': 7, 'skip_final_snapshot': true}");
	strbuf_reset(&err);
	assert_int_equal(provider_check(CHECK_OWN, "aws.rds.instance", custom, NULL, &attr, &err),
			 -1);
	assert_string_equal(attr, "engine_version");
	strbuf_reset(&err);
	assert_int_equal(provider_check(CHECK_OWN, "aws.rds.instance", custom, custom, &attr, &err),
			 0);
	/* ... a warning on the object that exists; neither while that is not
	 * known (the stack as loaded for plan: plan says which) */
	json_t *not_known = value_unknown();
	struct strbuf warned = STRBUF_INIT;
	provider_check(CHECK_WARNINGS, "aws.rds.instance", custom, custom, NULL, &warned);
	assert_non_null(strstr(warned.buf, "so it is not refused"));
	strbuf_reset(&warned);
	assert_int_equal(provider_check(CHECK_OWN, "aws.rds.instance", custom, not_known, &attr,
					 &err),
			 0);
	provider_check(CHECK_WARNINGS, "aws.rds.instance", custom, not_known, NULL, &warned);
	assert_null(strstr(warned.buf, "so it is not refused"));
	json_decref(not_known);
	strbuf_release(&warned);
	json_decref(multi);
	json_decref(sized);
	json_decref(custom);
	strbuf_release(&err);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_conditions),
		cmocka_unit_test(test_each),
		cmocka_unit_test(test_one_of_several),
		cmocka_unit_test(test_between_lists_and_numbers),
		cmocka_unit_test(test_the_object_now),
		cmocka_unit_test(test_windows),
		cmocka_unit_test(test_over_elements),
		cmocka_unit_test(test_unknown_passes),
		cmocka_unit_test(test_judged_on_its_call),
		cmocka_unit_test(test_table_rows_are_whole),
		cmocka_unit_test(test_both_families_run_their_rows),
		cmocka_unit_test(test_sensitive_values_never_shown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
