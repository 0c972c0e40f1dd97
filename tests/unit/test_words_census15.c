/*
 * test_words_census15.c: the words rows (AWS_SAYS, checks/words.c) of the
 * census's third scope as the fifteenth census helper judged them
 * (neptune/rules.c, memorydb/rules.c; the ledgers checks/words/neptune.words,
 * memorydb.words), each through
 * aws_constraints_check: a resource it refuses, whose message names the
 * attribute, quotes AWS's sentence and names its document, and its passing
 * twin; every such row has a case here (a row crossing a reference has its
 * case in test_words_crossing.c: neptune/rules.c's parameter group
 * families).
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
};

static const char *const services[] = { "neptune.", "memorydb.", NULL };

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
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
