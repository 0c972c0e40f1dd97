/*
 * test_words_census15.c: the words rows (AWS_SAYS, checks/words.c) of the
 * census's third scope as the fifteenth census helper judged them
 * (neptune/rules.c, memorydb/rules.c, codepipeline/rules.c,
 * codeartifact/rules.c; the ledgers checks/words/neptune.words,
 * memorydb.words, codepipeline.words, codeartifact.words), each through
 * aws_constraints_check: a resource it refuses, whose message names the
 * attribute, quotes AWS's sentence and names its document, and its passing
 * twin; every such row has a case here (a row crossing a reference has its
 * case in test_words_crossing.c: neptune/rules.c's parameter group
 * families, a CodePipeline webhook's target action). And CodePipeline's
 * checks across the stack: a pipeline's Regions, its artifact bucket's
 * Region, a custom action's queryable value.
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

#include "provider/aws/checks/checks.h"
#include "provider/aws/checks/words.h"
#include "provider/provider.h"
#include "tests/unit/aws_client_support.h"
#include "tests/unit/json_support.h"
#include "tests/unit/words_support.h"

/* A Neptune cluster, instance, parameter group, subnet group and event
 * subscription, each with more (", 'x': ..."). */
#define NP_CLUSTER(MORE) "{'db_cluster_identifier': 'graph'" MORE "}"
#define NP_INSTANCE(MORE) "{'db_instance_class': 'db.r6g.large'" MORE "}"
#define NP_GROUP(MORE) "{'family': 'neptune1.3', 'description': 'd', 'parameters': " \
	"{'neptune_query_timeout': '120000'}" MORE "}"
#define NP_SUBNETS(MORE) "{'db_subnet_group_description': 'd', 'subnet_ids': ['subnet-1', " \
	"'subnet-2']" MORE "}"
#define NP_SUBSCRIPTION(MORE) "{'sns_topic_arn': 'arn:aws:sns:us-east-1:123456789012:ops'" \
	MORE "}"
/* A MemoryDB cluster with more. */
#define MDB_CLUSTER(MORE) "{'cluster_name': 'cache', 'acl_name': 'open-access', " \
	"'node_type': 'db.r7g.large'" MORE "}"
/* A CodePipeline pipeline of a source stage (action "Src", output "src")
 * and a stage of ACTIONS, with more; an action; a webhook authenticated by
 * AUTH with CONFIG; a custom action type with PROPERTIES. */
#define CP_PIPELINE(ACTIONS, MORE) "{'role_arn': 'arn:aws:iam::123456789012:role/pipe', " \
	"'stages': [{'name': 'Source', 'actions': [{'name': 'Src', 'action_type_id': " \
	"{'category': 'Source', 'owner': 'AWS', 'provider': 'S3', 'version': '1'}, " \
	"'output_artifacts': [{'name': 'src'}]}]}, {'name': 'Build', 'actions': [" ACTIONS \
	"]}]" MORE "}"
#define CP_ACTION(OWNER, MORE) "{'name': 'Build', 'action_type_id': {'category': 'Build', " \
	"'owner': '" OWNER "', 'provider': 'CodeBuild', 'version': '1'}" MORE "}"
#define CP_STORE ", 'artifact_store': {'type': 'S3', 'location': 'arts'}"
#define CP_WEBHOOK(AUTH, CONFIG) "{'authentication': '" AUTH "', " \
	"'authentication_configuration': {" CONFIG "}, 'filters': [{'json_path': '$.ref'}], " \
	"'target_pipeline': 'ship', 'target_action': 'Src'}"
#define CP_CUSTOM(PROPERTIES) "{'category': 'Build', 'provider_name': 'MyBuild', " \
	"'version': '1', 'input_artifact_details': {'minimum_count': 1, 'maximum_count': 1}, " \
	"'output_artifact_details': {'minimum_count': 0, 'maximum_count': 1}, " \
	"'configuration_properties': [" PROPERTIES "]}"
#define NP_TAG(KEY, VALUE) ", 'tags': [{'key': 'team', 'value': 'a'}, {'key': '" KEY \
	"', 'value': '" VALUE "'}]"

static const struct words_case cases[] = {
	{ "neptune.cluster_backup_retention", "awscc.neptune.db_cluster",
	  "backup_retention_period", NP_CLUSTER(", 'backup_retention_period': 36"), NULL,
	  NP_CLUSTER(", 'backup_retention_period': 35"), NULL },
	{ "neptune.cluster_port_range", "awscc.neptune.db_cluster", "db_port",
	  NP_CLUSTER(", 'db_port': 1149"), NULL, NP_CLUSTER(", 'db_port': 8182"), NULL },
	{ "neptune.backup_window_format", "awscc.neptune.db_cluster", "preferred_backup_window",
	  NP_CLUSTER(", 'preferred_backup_window': '3:00-4:00'"), NULL,
	  NP_CLUSTER(", 'preferred_backup_window': '03:00-04:00'"), NULL },
	{ "neptune.backup_window_30_minutes", "awscc.neptune.db_cluster",
	  "preferred_backup_window", NP_CLUSTER(", 'preferred_backup_window': '03:00-03:29'"),
	  NULL, NP_CLUSTER(", 'preferred_backup_window': '03:00-03:30'"), NULL },
	{ "neptune.backup_apart_from_maintenance", "awscc.neptune.db_cluster",
	  "preferred_backup_window",
	  NP_CLUSTER(", 'preferred_backup_window': '03:00-04:00', "
		     "'preferred_maintenance_window': 'sun:03:30-sun:04:30'"), NULL,
	  NP_CLUSTER(", 'preferred_backup_window': '03:00-04:00', "
		     "'preferred_maintenance_window': 'sun:04:30-sun:05:30'"), NULL },
	{ "neptune.maintenance_window_30_minutes", "awscc.neptune.db_instance",
	  "preferred_maintenance_window",
	  NP_INSTANCE(", 'preferred_maintenance_window': 'sun:04:30-sun:04:50'"), NULL,
	  NP_INSTANCE(", 'preferred_maintenance_window': 'sun:04:30-sun:05:00'"), NULL },
	{ "neptune.kms_key_needs_encryption", "awscc.neptune.db_cluster", "storage_encrypted",
	  NP_CLUSTER(", 'kms_key_id': 'arn:aws:kms:us-east-1:123456789012:key/k', "
		     "'storage_encrypted': false"), NULL,
	  NP_CLUSTER(", 'kms_key_id': 'arn:aws:kms:us-east-1:123456789012:key/k', "
		     "'storage_encrypted': true"), NULL },
	{ "neptune.restore_time_not_copy_on_write", "awscc.neptune.db_cluster", "restore_to_time",
	  NP_CLUSTER(", 'source_db_cluster_identifier': 'old', 'restore_type': "
		     "'copy-on-write', 'restore_to_time': '2026-11-01T00:00:00Z'"), NULL,
	  NP_CLUSTER(", 'source_db_cluster_identifier': 'old', 'restore_type': "
		     "'copy-on-write', 'use_latest_restorable_time': true"), NULL },
	{ "neptune.restore_time_or_latest", "awscc.neptune.db_cluster", "restore_to_time",
	  NP_CLUSTER(", 'source_db_cluster_identifier': 'old', 'use_latest_restorable_time': "
		     "true, 'restore_to_time': '2026-11-01T00:00:00Z'"), NULL,
	  NP_CLUSTER(", 'source_db_cluster_identifier': 'old', 'restore_to_time': "
		     "'2026-11-01T00:00:00Z'"), NULL },
	{ "neptune.restore_time_needed", "awscc.neptune.db_cluster", "restore_to_time",
	  NP_CLUSTER(", 'source_db_cluster_identifier': 'old'"), NULL,
	  NP_CLUSTER(", 'source_db_cluster_identifier': 'old', 'restore_to_time': "
		     "'2026-11-01T00:00:00Z'"), NULL },
	{ "neptune.instance_zone_in_region", "awscc.neptune.db_instance", "availability_zone",
	  NP_INSTANCE(", 'availability_zone': 'eu-west-1a'"), NULL,
	  NP_INSTANCE(", 'availability_zone': 'us-east-1a'"), NULL },
	{ "neptune.instance_identifier_letter_first", "awscc.neptune.db_instance",
	  "db_instance_identifier", NP_INSTANCE(", 'db_instance_identifier': '1graph'"), NULL,
	  NP_INSTANCE(", 'db_instance_identifier': 'graph1'"), NULL },
	{ "neptune.instance_identifier_characters", "awscc.neptune.db_instance",
	  "db_instance_identifier", NP_INSTANCE(", 'db_instance_identifier': 'graph_1'"), NULL,
	  NP_INSTANCE(", 'db_instance_identifier': 'graph-1'"), NULL },
	{ "neptune.instance_identifier_hyphens", "awscc.neptune.db_instance",
	  "db_instance_identifier", NP_INSTANCE(", 'db_instance_identifier': 'graph--1'"), NULL,
	  NP_INSTANCE(", 'db_instance_identifier': 'graph-1'"), NULL },
	{ "neptune.parameter_group_name_letter_first", "awscc.neptune.db_parameter_group", "name",
	  NP_GROUP(", 'name': '1-graph'"), NULL, NP_GROUP(", 'name': 'graph-1'"), NULL },
	{ "neptune.parameter_group_name_characters", "awscc.neptune.db_parameter_group", "name",
	  NP_GROUP(", 'name': 'graph.params'"), NULL, NP_GROUP(", 'name': 'graph-params'"), NULL },
	{ "neptune.parameter_group_name_hyphens", "awscc.neptune.db_parameter_group", "name",
	  NP_GROUP(", 'name': 'graph-'"), NULL, NP_GROUP(", 'name': 'graph'"), NULL },
	{ "neptune.subnet_group_not_default", "awscc.neptune.db_subnet_group",
	  "db_subnet_group_name", NP_SUBNETS(", 'db_subnet_group_name': 'Default'"), NULL,
	  NP_SUBNETS(", 'db_subnet_group_name': 'default-graph'"), NULL },
	{ "neptune.subnet_group_name_characters", "awscc.neptune.db_subnet_group",
	  "db_subnet_group_name", NP_SUBNETS(", 'db_subnet_group_name': 'graph/subnets'"), NULL,
	  NP_SUBNETS(", 'db_subnet_group_name': 'Graph subnets_1.a'"), NULL },
	{ "neptune.source_ids_need_type", "awscc.neptune.event_subscription", "source_type",
	  NP_SUBSCRIPTION(", 'source_ids': ['graph']"), NULL,
	  NP_SUBSCRIPTION(", 'source_ids': ['graph'], 'source_type': 'db-cluster'"), NULL },
	{ "neptune.source_type_values", "awscc.neptune.event_subscription", "source_type",
	  NP_SUBSCRIPTION(", 'source_type': 'db-proxy'"), NULL,
	  NP_SUBSCRIPTION(", 'source_type': 'db-cluster-snapshot'"), NULL },
	{ "neptune.source_id_form", "awscc.neptune.event_subscription", "source_ids[1]",
	  NP_SUBSCRIPTION(", 'source_type': 'db-instance', 'source_ids': ['graph-1', 'graph-']"),
	  NULL,
	  NP_SUBSCRIPTION(", 'source_type': 'db-parameter-group', 'source_ids': ['graph-1', "
			  "'default.neptune1']"), NULL },
	{ "neptune.tag_key_prefixes", "awscc.neptune.db_subnet_group", "tags[1].key",
	  NP_SUBNETS(NP_TAG("rds:team", "b")), NULL, NP_SUBNETS(NP_TAG("owner", "rds:b")), NULL },
	{ "neptune.tag_characters", "awscc.neptune.event_subscription", "tags[1].value",
	  NP_SUBSCRIPTION(NP_TAG("owner", "a&b")), NULL,
	  NP_SUBSCRIPTION(NP_TAG("owner", "a+b@c.d:e/f")), NULL },
	{ "memorydb.data_tiering_set_on_r6gd", "awscc.memorydb.cluster", "data_tiering",
	  MDB_CLUSTER(", 'node_type': 'db.r6gd.xlarge'"), NULL,
	  MDB_CLUSTER(", 'node_type': 'db.r6gd.xlarge', 'data_tiering': 'true'"), NULL },
	{ "memorydb.data_tiering_only_r6gd", "awscc.memorydb.cluster", "node_type",
	  MDB_CLUSTER(", 'data_tiering': 'true'"), NULL,
	  MDB_CLUSTER(", 'data_tiering': 'false'"), NULL },
	{ "memorydb.engine_no_downgrade", "awscc.memorydb.cluster", "engine_version",
	  MDB_CLUSTER(", 'engine_version': '7.0'"), MDB_CLUSTER(", 'engine_version': '7.1'"),
	  MDB_CLUSTER(", 'engine_version': '7.1'"), MDB_CLUSTER(", 'engine_version': '7.0'") },
	{ "memorydb.replicas_per_shard_at_most_5", "awscc.memorydb.cluster",
	  "num_replicas_per_shard", MDB_CLUSTER(", 'num_replicas_per_shard': 6"), NULL,
	  MDB_CLUSTER(", 'num_replicas_per_shard': 5"), NULL },
	{ "memorydb.ip_discovery_ipv4_network", "awscc.memorydb.cluster", "ip_discovery",
	  MDB_CLUSTER(", 'network_type': 'ipv4', 'ip_discovery': 'ipv6'"), NULL,
	  MDB_CLUSTER(", 'network_type': 'dual_stack', 'ip_discovery': 'ipv6'"), NULL },
	{ "memorydb.ip_discovery_ipv6_network", "awscc.memorydb.cluster", "ip_discovery",
	  MDB_CLUSTER(", 'network_type': 'ipv6', 'ip_discovery': 'ipv4'"), NULL,
	  MDB_CLUSTER(", 'network_type': 'ipv6', 'ip_discovery': 'ipv6'"), NULL },
	{ "memorydb.maintenance_window_hour", "awscc.memorydb.cluster", "maintenance_window",
	  MDB_CLUSTER(", 'maintenance_window': 'sun:23:30-mon:00:29'"), NULL,
	  MDB_CLUSTER(", 'maintenance_window': 'sun:23:30-mon:00:30'"), NULL },
	{ "memorydb.maintenance_window_days", "awscc.memorydb.cluster", "maintenance_window",
	  MDB_CLUSTER(", 'maintenance_window': 'sunday:23:00-monday:01:00'"), NULL,
	  MDB_CLUSTER(", 'maintenance_window': 'sun:23:00-mon:01:00'"), NULL },
	{ "memorydb.snapshot_arns_no_commas", "awscc.memorydb.cluster", "snapshot_arns[0]",
	  MDB_CLUSTER(", 'snapshot_arns': ['arn:aws:s3:::backups/cache,1.rdb']"), NULL,
	  MDB_CLUSTER(", 'snapshot_arns': ['arn:aws:s3:::backups/cache-1.rdb']"), NULL },
	{ "memorydb.auto_minor_upgrade_kept", "awscc.memorydb.cluster",
	  "auto_minor_version_upgrade", MDB_CLUSTER(", 'auto_minor_version_upgrade': true"),
	  MDB_CLUSTER(", 'auto_minor_version_upgrade': false"),
	  MDB_CLUSTER(", 'auto_minor_version_upgrade': true"),
	  MDB_CLUSTER(", 'auto_minor_version_upgrade': true") },
	{ "codepipeline.one_artifact_store", "awscc.codepipeline.pipeline", "artifact_store",
	  CP_PIPELINE(CP_ACTION("AWS", ""), CP_STORE ", 'artifact_stores': [{'region': "
		      "'us-east-1', 'artifact_store': {'type': 'S3', 'location': 'arts'}}]"), NULL,
	  CP_PIPELINE(CP_ACTION("AWS", ""), CP_STORE), NULL },
	{ "codepipeline.encryption_key_kms", "awscc.codepipeline.pipeline",
	  "artifact_store.encryption_key.type",
	  CP_PIPELINE(CP_ACTION("AWS", ""), ", 'artifact_store': {'type': 'S3', 'location': "
		      "'arts', 'encryption_key': {'id': 'k', 'type': 'AES256'}}"), NULL,
	  CP_PIPELINE(CP_ACTION("AWS", ""), ", 'artifact_store': {'type': 'S3', 'location': "
		      "'arts', 'encryption_key': {'id': 'k', 'type': 'KMS'}}"), NULL },
	{ "codepipeline.stores_cover_action_regions", "awscc.codepipeline.pipeline",
	  "stages[1].actions[0].region",
	  CP_PIPELINE(CP_ACTION("AWS", ", 'region': 'eu-west-1'"), ", 'artifact_stores': "
		      "[{'region': 'us-east-1', 'artifact_store': {'type': 'S3', 'location': "
		      "'arts'}}]"), NULL,
	  CP_PIPELINE(CP_ACTION("AWS", ", 'region': 'us-east-1'"), ", 'artifact_stores': "
		      "[{'region': 'us-east-1', 'artifact_store': {'type': 'S3', 'location': "
		      "'arts'}}]"), NULL },
	{ "codepipeline.action_owner_values", "awscc.codepipeline.pipeline",
	  "stages[1].actions[0].action_type_id.owner",
	  CP_PIPELINE(CP_ACTION("Amazon", ""), CP_STORE), NULL,
	  CP_PIPELINE(CP_ACTION("ThirdParty", ""), CP_STORE), NULL },
	{ "codepipeline.input_artifacts_declared", "awscc.codepipeline.pipeline",
	  "stages[1].actions[0].input_artifacts[0].name",
	  CP_PIPELINE(CP_ACTION("AWS", ", 'input_artifacts': [{'name': 'source'}]"), CP_STORE),
	  NULL,
	  CP_PIPELINE(CP_ACTION("AWS", ", 'input_artifacts': [{'name': 'src'}]"), CP_STORE),
	  NULL },
	{ "codepipeline.output_artifacts_unique", "awscc.codepipeline.pipeline",
	  "stages[1].actions[0].output_artifacts[0].name",
	  CP_PIPELINE(CP_ACTION("AWS", ", 'output_artifacts': [{'name': 'src'}]"), CP_STORE),
	  NULL,
	  CP_PIPELINE(CP_ACTION("AWS", ", 'output_artifacts': [{'name': 'built'}]"), CP_STORE),
	  NULL },
	{ "codepipeline.one_trigger_per_source_action", "awscc.codepipeline.pipeline",
	  "triggers[1].git_configuration.source_action_name",
	  CP_PIPELINE(CP_ACTION("AWS", ""), CP_STORE ", 'triggers': [{'provider_type': "
		      "'CodeStarSourceConnection', 'git_configuration': {'source_action_name': "
		      "'Src'}}, {'provider_type': 'CodeStarSourceConnection', 'git_configuration': "
		      "{'source_action_name': 'Src'}}]"), NULL,
	  CP_PIPELINE(CP_ACTION("AWS", ""), CP_STORE ", 'triggers': [{'provider_type': "
		      "'CodeStarSourceConnection', 'git_configuration': {'source_action_name': "
		      "'Src'}}]"), NULL },
	{ "codepipeline.variable_name_characters", "awscc.codepipeline.pipeline",
	  "variables[0].name",
	  CP_PIPELINE(CP_ACTION("AWS", ""), CP_STORE ", 'variables': [{'name': 'deploy.env'}]"),
	  NULL,
	  CP_PIPELINE(CP_ACTION("AWS", ""), CP_STORE ", 'variables': [{'name': 'deploy-env@1'}]"),
	  NULL },
	{ "codepipeline.queryable_required_not_secret", "awscc.codepipeline.custom_action_type",
	  "configuration_properties[0].secret",
	  CP_CUSTOM("{'name': 'Project', 'key': true, 'required': true, 'secret': true, "
		    "'queryable': true}"), NULL,
	  CP_CUSTOM("{'name': 'Project', 'key': true, 'required': true, 'secret': false, "
		    "'queryable': true}, {'name': 'Token', 'key': false, 'required': false, "
		    "'secret': true}"), NULL },
	{ "codepipeline.webhook_hmac_secret_only", "awscc.codepipeline.webhook",
	  "authentication_configuration.allowed_ip_range",
	  CP_WEBHOOK("GITHUB_HMAC", "'secret_token': 's', 'allowed_ip_range': '10.0.0.0/8'"), NULL,
	  CP_WEBHOOK("GITHUB_HMAC", "'secret_token': 's'"), NULL },
	{ "codepipeline.webhook_ip_range_only", "awscc.codepipeline.webhook",
	  "authentication_configuration.allowed_ip_range",
	  CP_WEBHOOK("IP", "'secret_token': 's'"), NULL,
	  CP_WEBHOOK("IP", "'allowed_ip_range': '10.0.0.0/8'"), NULL },
	{ "codepipeline.webhook_ip_range_cidr", "awscc.codepipeline.webhook",
	  "authentication_configuration.allowed_ip_range",
	  CP_WEBHOOK("IP", "'allowed_ip_range': '10.0.0.1'"), NULL,
	  CP_WEBHOOK("IP", "'allowed_ip_range': '2001:db8::/32'"), NULL },
	{ "codeartifact.tag_keys_not_aws", "awscc.codeartifact.repository", "tags[0].key",
	  "{'domain_name': 'shop', 'repository_name': 'libs', 'tags': [{'key': 'aws:team', "
	  "'value': 'a'}]}", NULL,
	  "{'domain_name': 'shop', 'repository_name': 'libs', 'tags': [{'key': 'team', "
	  "'value': 'aws:a'}]}", NULL },
};

static const char *const services[] = { "neptune.", "memorydb.", "codepipeline.",
					"codeartifact.", NULL };

/* What the checks across the stack say of the resources of `text` (NAME:
 * {type, ...}), each made by a client of `region` (NULL: none, as at
 * validate): words_support.h's lines. */
static json_t *across(const char *text, const char *region)
{
	struct aws_client *client = region ? new_client(NULL, false, region, 0) : NULL;
	json_t *out = words_across_stack(text, client);

	if (client)
		aws_client_free(client);
	return out;
}

#define CP_TYPED(MORE) "{'type': 'awscc.codepipeline.pipeline', " MORE "}"
#define CP_STAGES(REGION) "'role_arn': 'arn:aws:iam::123456789012:role/pipe', 'stages': " \
	"[{'name': 'Source', 'actions': [{'name': 'Src', 'action_type_id': {'category': " \
	"'Source', 'owner': 'AWS', 'provider': 'S3', 'version': '1'}, 'region': '" REGION "'}]}]"
#define CP_STORES(REGIONS) ", 'artifact_stores': [" REGIONS "]"
#define CP_STORE_OF(REGION) "{'region': '" REGION "', 'artifact_store': {'type': 'S3', " \
	"'location': 'arts'}}"

/* A cross-Region action needs artifactStores, and artifactStores a store
 * of the pipeline's Region: at plan, where the pipeline's Region is its
 * client's; at validate nothing. */
static void test_codepipeline_regions(void **state)
{
	(void)state;
	const char *lone = "{'p': " CP_TYPED(CP_STAGES("us-west-2") CP_STORE) "}";
	const char *theirs = "{'p': " CP_TYPED(CP_STAGES("us-west-2")
					       CP_STORES(CP_STORE_OF("us-west-2"))) "}";
	const char *both = "{'p': " CP_TYPED(CP_STAGES("us-west-2") CP_STORES(
		CP_STORE_OF("us-west-2") ", " CP_STORE_OF("us-east-1"))) "}";

	assert_true(words_says(across(lone, "us-east-1"), "0 artifact_store: an action of us-west-2, "
		    "where the pipeline is made in us-east-1, and no artifact_stores: AWS says "
		    "\"If you create a cross-region action"));
	assert_false(words_says(across(lone, "us-west-2"), "artifact_store"));
	assert_false(words_says(across(lone, NULL), "artifact_store"));
	assert_true(words_says(across(theirs, "us-east-1"), "0 artifact_stores: no store of us-east-1, "
		    "where the pipeline is made: AWS says \"There must be an artifact store"));
	assert_false(words_says(across(both, "us-east-1"), "artifact_store"));
}

/* A pipeline's artifact bucket of the stack made in another Region. */
static void test_codepipeline_bucket_region(void **state)
{
	(void)state;
	const char *west = "{'b': {'type': 'aws.s3.bucket', 'name': 'arts', 'region': "
		"'us-west-2'}, 'p': " CP_TYPED(CP_STAGES("us-east-1") ", 'artifact_store': "
		"{'type': 'S3', 'location': '${b.name}'}") "}";
	const char *here = "{'b': {'type': 'aws.s3.bucket', 'name': 'arts'}, 'p': "
		CP_TYPED(CP_STAGES("us-east-1") ", 'artifact_store': {'type': 'S3', 'location': "
			 "'${b.name}'}") "}";

	assert_true(words_says(across(west, "us-east-1"), "1 artifact_store.location: "
		    "artifact_store.location: bucket \"b\" is made in us-west-2, and this in "
		    "us-east-1: AWS says \"You can use any S3 bucket in the same AWS Region"));
	assert_false(words_says(across(here, "us-east-1"), "artifact_store.location"));
}

/* A custom action type's queryable property: its value in an action of
 * that type, at most 20 letters, digits, underscores and hyphens. */
static void test_codepipeline_queryable_values(void **state)
{
	(void)state;
#define CP_PROJECT(VALUE) "{'c': {'type': 'awscc.codepipeline.custom_action_type', " \
	"'category': 'Build', 'provider_name': 'MyBuild', 'version': '1', " \
	"'configuration_properties': [{'name': 'Project', 'key': true, 'required': true, " \
	"'secret': false, 'queryable': true}]}, 'p': " CP_TYPED("'role_arn': " \
	"'arn:aws:iam::123456789012:role/pipe'" CP_STORE ", 'stages': [{'name': 'Build', 'actions': " \
	"[{'name': 'B', 'action_type_id': {'category': 'Build', 'owner': 'Custom', " \
	"'provider': 'MyBuild', 'version': '1'}, 'configuration': {'Project': '" VALUE \
	"'}}]}]") "}"
	assert_true(words_says(across(CP_PROJECT("reports-nightly-build-1"), NULL),
			 "1 stages[0].actions[0].configuration: Project is \"reports-nightly-build-1\", "
			 "the queryable property of custom action Build MyBuild 1: AWS says \"The "
			 "value must be less than or equal to twenty (20) characters."));
	assert_true(words_says(across(CP_PROJECT("reports.nightly"), NULL), "Project is"));
	assert_false(words_says(across(CP_PROJECT("reports-nightly_1"), NULL), "Project is"));
#undef CP_PROJECT
}

/* Each row refuses its case naming the attribute, AWS's words and the
 * document; its twin passes. */
static void test_each_row_and_its_twin(void **state)
{
	(void)state;
	words_check_cases(cases, sizeof(cases) / sizeof(*cases));
}

static void test_every_row_has_a_case(void **state)
{
	(void)state;
	words_check_every_row_has_a_case(cases, sizeof(cases) / sizeof(*cases), services,
					 "test_words_census15.c");
}

int main(void)
{
	setenv("AWS_REGION", "us-east-1", 1);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_row_and_its_twin),
		cmocka_unit_test(test_every_row_has_a_case),
		cmocka_unit_test(test_codepipeline_regions),
		cmocka_unit_test(test_codepipeline_bucket_region),
		cmocka_unit_test(test_codepipeline_queryable_values),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
