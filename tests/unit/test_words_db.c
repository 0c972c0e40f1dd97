/*
 * test_words_db.c: AWS's words as rows (issue 79) for the database and key
 * services: RDS, Redshift, DynamoDB, Secrets Manager and KMS. Each words row
 * of theirs (AWS_SAYS, checks/rules.h) refuses a resource that breaks its
 * sentence, naming the attribute and quoting AWS's words and their
 * document, and lets its twin pass; a create row is not judged for an
 * object that exists; every such row has a case here, the rows on the
 * awscc types (the registry's sentences their schemas' keywords do not
 * hold: a DB instance's and cluster's, a subnet, option and parameter
 * group's, an event subscription's, an integration's, a custom engine
 * version's, a global cluster's, a Redshift cluster's) alike. The written rules
 * their ledgers' sentences asked for (an RDS tag's characters, a key
 * policy's principals, an RDS Custom for Oracle database name) the same
 * way. The ledgers are provider/aws/checks/words/{rds,redshift,dynamodb,
 * secretsmanager,kms}.words; every row of DynamoDB, Secrets Manager and KMS
 * has its case in test_words_data.c.
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
#include <strings.h>

#include "provider/aws/checks/checks.h"
#include "provider/aws/checks/rules.h"
#include "provider/provider.h"
#include "tests/unit/json_support.h"
#include "tests/unit/words_support.h" /* X1000 */

/* An RDS Custom for Oracle instance every other row takes. */
#define CUSTOM_ORACLE \
	"'identifier': 'orders', 'engine': 'custom-oracle-ee', 'instance_class': " \
	"'db.m5.large', 'allocated_storage': 40, 'master_username': 'admin1', " \
	"'master_password': 'Passw0rdPassw0rd', 'engine_version': '19.my_cev1'"
#define SKIPS ", 'skip_final_snapshot': true"
#define SUBNETS_20 "'s1','s2','s3','s4','s5','s6','s7','s8','s9','s10','s11','s12','s13'," \
	"'s14','s15','s16','s17','s18','s19','s20'"

/* The awscc types' resources of the rows on the registry's sentences. */
#define INSTANCE(MORE) "{'db_instance_class': 'db.m5.large', 'engine': 'postgres'" MORE "}"
#define ENGINE(NAME, MORE) "{'db_instance_class': 'db.m5.large', 'engine': '" NAME "'" MORE "}"
/* names of 30, 31 and 64 characters */
#define NAME_30 "orders_administrator_of_record"
#define NAME_31 NAME_30 "s"
#define NAME_64 "orders_database_of_the_billing_team_and_of_the_shipping_team_okk"
/* a parameter value of 8,001 characters (X1000: words_support.h) */
#define WLM_8001 X1000 X1000 X1000 X1000 X1000 X1000 X1000 X1000 "x"
#define CLUSTER(MORE) "{'engine': 'aurora-postgresql'" MORE "}"
#define OPTIONS(NAME) "{'engine_name': 'mysql', 'major_engine_version': '8.0', " \
	"'option_group_description': 'd', 'option_group_name': '" NAME "'}"
#define WAREHOUSE(MORE) "{'cluster_type': 'single-node', 'node_type': 'ra3.large', " \
	"'db_name': 'dev', 'master_username': 'etl_admin'" MORE "}"
#define MONITORING "arn:aws:iam::123456789012:role/rds-monitoring"
#define KEY "arn:aws:kms:us-east-1:123456789012:key/k"
#define TOPIC "arn:aws:sns:us-east-1:123456789012:rds-events"
#define CLUSTER_ARN "arn:aws:rds:us-east-1:123456789012:cluster:orders"
/* 65 and 64 characters */
#define FQDN_65 "corp-directory-of-the-orders-team-and-the-billing.example.com.net"
#define FQDN_64 "corp-directory-of-the-orders-team-and-the-billing.example.com.ne"

/* A words row's case: its id; the type; a resource it refuses at `attr`
 * and its twin, which passes; both updating `prior` when it is given. */
struct db_case {
	const char *id, *type, *refused, *attr, *passes;
	const char *prior; /* the object an update goes to (NULL: a create) */
};

static const struct db_case words_cases[] = {
	{ "rds.custom_oracle_backups", "aws.rds.instance",
	  "{" CUSTOM_ORACLE SKIPS ", 'backup_retention_period': 0}", "backup_retention_period",
	  "{" CUSTOM_ORACLE SKIPS ", 'backup_retention_period': 1}" },
	{ "rds.custom_oracle_engine_version", "aws.rds.instance",
	  "{'identifier': 'orders', 'engine': 'custom-oracle-se2-cdb', 'instance_class': "
	  "'db.m5.large', 'allocated_storage': 40, 'master_username': 'admin1', "
	  "'master_password': 'Passw0rdPassw0rd'" SKIPS "}", "engine_version",
	  "{" CUSTOM_ORACLE SKIPS "}" },
	{ "rds.cfn_custom_oracle_backups", "awscc.rds.db_instance",
	  ENGINE("Custom-Oracle-EE", ", 'engine_version': '19.c', 'backup_retention_period': 0, "
		 "'custom_iam_instance_profile': 'AWSRDSCustomInstanceProfile'"),
	  "backup_retention_period",
	  ENGINE("Custom-Oracle-EE", ", 'engine_version': '19.c', 'backup_retention_period': 7, "
		 "'custom_iam_instance_profile': 'AWSRDSCustomInstanceProfile'") },
	{ "rds.cfn_custom_oracle_engine_version", "awscc.rds.db_instance",
	  ENGINE("custom-oracle-ee", ", 'backup_retention_period': 7, "
		 "'custom_iam_instance_profile': 'AWSRDSCustomInstanceProfile'"), "engine_version",
	  ENGINE("custom-oracle-ee", ", 'backup_retention_period': 7, 'engine_version': '19.c', "
		 "'custom_iam_instance_profile': 'AWSRDSCustomInstanceProfile'") },
	{ "rds.custom_skips_final_snapshot", "aws.rds.instance",
	  "{" CUSTOM_ORACLE ", 'skip_final_snapshot': false, 'final_snapshot_identifier': "
	  "'orders-last'}", "skip_final_snapshot",
	  "{" CUSTOM_ORACLE SKIPS "}" },
	{ "rds.custom_skips_final_snapshot", "aws.rds.instance",
	  "{'identifier': 'orders', 'engine': 'custom-sqlserver-web', 'instance_class': "
	  "'db.m5.large', 'allocated_storage': 40, 'master_username': 'admin1', "
	  "'master_password': 'Passw0rdPassw0rd', 'final_snapshot_identifier': 'orders-last'}",
	  "skip_final_snapshot",
	  "{'identifier': 'orders', 'engine': 'sqlserver-web', 'instance_class': "
	  "'db.m5.large', 'allocated_storage': 40, 'master_username': 'admin1', "
	  "'master_password': 'Passw0rdPassw0rd', 'final_snapshot_identifier': 'orders-last'}" },
	{ "redshift.subnets_at_most_20", "aws.redshift.subnet_group",
	  "{'name': 'warehouse', 'subnet_ids': [" SUBNETS_20 ", 's21']}", "subnet_ids",
	  "{'name': 'warehouse', 'subnet_ids': [" SUBNETS_20 "]}" },
	{ "redshift.cfn_subnets_at_most_20", "awscc.redshift.cluster_subnet_group",
	  "{'description': 'warehouse', 'subnet_ids': [" SUBNETS_20 ", 's21']}", "subnet_ids",
	  "{'description': 'warehouse', 'subnet_ids': [" SUBNETS_20 "]}" },
	{ "redshift.awscc_multi_node_needs_nodes", "awscc.redshift.cluster",
	  "{'cluster_type': 'multi-node', 'node_type': 'ra3.large', 'db_name': 'dev'}",
	  "number_of_nodes",
	  "{'cluster_type': 'multi-node', 'node_type': 'ra3.large', 'db_name': 'dev', "
	  "'number_of_nodes': 2}" },
	/* the rows on the awscc types (the registry's sentences) */
	{ "rds.cfn_instance_key_needs_encryption", "awscc.rds.db_instance",
	  INSTANCE(", 'kms_key_id': '" KEY "'"), "storage_encrypted",
	  INSTANCE(", 'kms_key_id': '" KEY "', 'storage_encrypted': true") },
	{ "rds.cfn_instance_key_needs_encryption", "awscc.rds.db_instance",
	  INSTANCE(", 'kms_key_id': '" KEY "', 'storage_encrypted': false"), "storage_encrypted",
	  INSTANCE(", 'kms_key_id': '" KEY "', 'source_db_instance_identifier': 'orders'") },
	{ "rds.cfn_custom_needs_instance_profile", "awscc.rds.db_instance",
	  "{'db_instance_class': 'db.m5.large', 'engine': 'custom-oracle-ee'}",
	  "custom_iam_instance_profile",
	  "{'db_instance_class': 'db.m5.large', 'engine': 'custom-oracle-ee', "
	  "'engine_version': '19.c', 'custom_iam_instance_profile': 'AWSRDSCustomInstanceProfile'}" },
	{ "rds.cfn_managed_or_given_password", "awscc.rds.db_instance",
	  INSTANCE(", 'master_user_password': 'Passw0rdPassw0rd', "
		   "'manage_master_user_password': true"), "manage_master_user_password",
	  INSTANCE(", 'master_user_password': 'Passw0rdPassw0rd', "
		   "'manage_master_user_password': false") },
	{ "rds.cfn_managed_or_given_password", "awscc.rds.db_cluster",
	  CLUSTER(", 'master_user_password': 'Passw0rdPassw0rd', "
		  "'manage_master_user_password': true"), "manage_master_user_password",
	  CLUSTER(", 'manage_master_user_password': true") },
	{ "rds.cfn_backup_window_format", "awscc.rds.db_instance",
	  INSTANCE(", 'preferred_backup_window': '3:00-03:30'"), "preferred_backup_window",
	  INSTANCE(", 'preferred_backup_window': '23:30-00:00'") },
	{ "rds.cfn_backup_window_format", "awscc.rds.db_cluster",
	  CLUSTER(", 'preferred_backup_window': '03:00-24:30'"), "preferred_backup_window",
	  CLUSTER(", 'preferred_backup_window': '03:00-03:30'") },
	{ "rds.cfn_backup_window_format", "awscc.rds.db_cluster",
	  CLUSTER(", 'preferred_backup_window': '03:00-03:60'"), "preferred_backup_window",
	  CLUSTER(", 'preferred_backup_window': '03:00-03:59'") },
	{ "rds.cfn_backup_window_30_minutes", "awscc.rds.db_instance",
	  INSTANCE(", 'preferred_backup_window': '23:50-00:10'"), "preferred_backup_window",
	  INSTANCE(", 'preferred_backup_window': '23:50-00:20'") },
	{ "rds.cfn_maintenance_window_30_minutes", "awscc.rds.db_cluster",
	  CLUSTER(", 'preferred_maintenance_window': 'sun:23:45-mon:00:05'"),
	  "preferred_maintenance_window",
	  CLUSTER(", 'preferred_maintenance_window': 'sun:23:45-mon:00:15'") },
	{ "rds.cfn_backup_apart_from_maintenance", "awscc.rds.db_instance",
	  INSTANCE(", 'preferred_backup_window': '03:00-04:00', "
		   "'preferred_maintenance_window': 'tue:03:30-tue:04:30'"), "preferred_backup_window",
	  INSTANCE(", 'preferred_backup_window': '03:00-04:00', "
		   "'preferred_maintenance_window': 'tue:04:00-tue:04:30'") },
	{ "rds.cfn_tag_key_prefixes", "awscc.rds.db_subnet_group",
	  "{'db_subnet_group_description': 'd', 'subnet_ids': ['s1', 's2'], 'tags': "
	  "[{'key': 'team', 'value': 'data'}, {'key': 'rds:owner', 'value': 'data'}]}", "tags[1].key",
	  "{'db_subnet_group_description': 'd', 'subnet_ids': ['s1', 's2'], 'tags': "
	  "[{'key': 'team', 'value': 'data'}, {'key': 'owner', 'value': 'rds:data'}]}" },
	{ "rds.cfn_tag_key_prefixes", "awscc.rds.global_cluster",
	  "{'engine': 'aurora-mysql', 'tags': [{'key': 'aws:team', 'value': 'data'}]}", "tags[0].key",
	  "{'engine': 'aurora-mysql', 'tags': [{'key': 'team:aws', 'value': 'data'}]}" },
	{ "rds.cfn_additional_volume_size", "awscc.rds.db_instance",
	  INSTANCE(", 'additional_storage_volumes': [{'volume_name': 'RDSDBDATA2', "
		   "'allocated_storage': '200'}, {'volume_name': 'RDSDBDATA3', "
		   "'allocated_storage': '19'}]"), "additional_storage_volumes[1].allocated_storage",
	  INSTANCE(", 'additional_storage_volumes': [{'volume_name': 'RDSDBDATA2', "
		   "'allocated_storage': '200'}, {'volume_name': 'RDSDBDATA3', "
		   "'allocated_storage': '20'}]") },
	{ "rds.cfn_additional_volume_size", "awscc.rds.db_instance",
	  INSTANCE(", 'additional_storage_volumes': [{'volume_name': 'RDSDBDATA2', "
		   "'allocated_storage': '65537'}]"), "additional_storage_volumes[0].allocated_storage",
	  INSTANCE(", 'additional_storage_volumes': [{'volume_name': 'RDSDBDATA2', "
		   "'allocated_storage': '65536'}]") },
	{ "rds.cfn_additional_volume_names", "awscc.rds.db_instance",
	  INSTANCE(", 'additional_storage_volumes': [{'volume_name': 'RDSDBDATA1', "
		   "'allocated_storage': '200'}]"), "additional_storage_volumes[0].volume_name",
	  INSTANCE(", 'additional_storage_volumes': [{'volume_name': 'RDSDBDATA4', "
		   "'allocated_storage': '200'}]") },
	{ "rds.cfn_instance_iops_ratio", "awscc.rds.db_instance",
	  INSTANCE(", 'allocated_storage': '100', 'iops': 6000"), "iops",
	  INSTANCE(", 'allocated_storage': '100', 'iops': 5000") },
	{ "rds.cfn_instance_iops_ratio", "awscc.rds.db_instance",
	  ENGINE("oracle-ee", ", 'storage_type': 'io1', 'allocated_storage': '4000', 'iops': 1000"),
	  "iops",
	  ENGINE("oracle-ee", ", 'storage_type': 'io2', 'allocated_storage': '100', 'iops': 3000") },
	{ "rds.cfn_sqlserver_iops_ratio", "awscc.rds.db_instance",
	  ENGINE("sqlserver-se", ", 'storage_type': 'io1', 'allocated_storage': '1100', "
		 "'iops': 1000"), "iops",
	  ENGINE("sqlserver-se", ", 'storage_type': 'io1', 'allocated_storage': '1000', "
		 "'iops': 1000") },
	{ "rds.cfn_cluster_iops_ratio", "awscc.rds.db_cluster",
	  "{'engine': 'postgres', 'storage_type': 'io1', 'allocated_storage': 100, 'iops': 5001}",
	  "iops",
	  "{'engine': 'postgres', 'storage_type': 'io1', 'allocated_storage': 100, 'iops': 5000}" },
	{ "rds.cfn_serverless_v2_max_above_half", "awscc.rds.db_cluster",
	  CLUSTER(", 'serverless_v2_scaling_configuration': {'min_capacity': 0.5, "
		  "'max_capacity': 0.5}"), "serverless_v2_scaling_configuration.max_capacity",
	  CLUSTER(", 'serverless_v2_scaling_configuration': {'min_capacity': 0.5, "
		  "'max_capacity': 1}") },
	{ "rds.cfn_restore_time_or_latest_given", "awscc.rds.db_cluster",
	  CLUSTER(", 'source_db_cluster_identifier': 'orders', 'restore_type': 'copy-on-write'"),
	  "restore_to_time", CLUSTER(", 'source_db_cluster_identifier': 'orders', 'restore_type': "
		      "'copy-on-write', 'use_latest_restorable_time': true") },
	{ "rds.cfn_restore_time_or_latest_given", "awscc.rds.db_cluster",
	  CLUSTER(", 'source_db_cluster_resource_id': 'cluster-ABCDEFGHIJKLMNOPQRSTUVWXYZ', "
		  "'use_latest_restorable_time': false"), "restore_to_time",
	  CLUSTER(", 'source_db_cluster_resource_id': 'cluster-ABCDEFGHIJKLMNOPQRSTUVWXYZ', "
		  "'restore_to_time': '2026-01-01T00:00:00Z'") },
	{ "rds.cfn_no_db_security_groups_after_vpc", "awscc.rds.db_instance",
	  INSTANCE(", 'vpc_security_groups': ['sg-1'], 'db_security_groups': ['legacy']"),
	  "db_security_groups", INSTANCE(", 'vpc_security_groups': ['sg-2']"),
	  INSTANCE(", 'vpc_security_groups': ['sg-1']") },
	{ "rds.cfn_source_id_characters", "awscc.rds.event_subscription",
	  "{'sns_topic_arn': '" TOPIC "', 'source_type': 'db-instance', 'source_ids': "
	  "['orders', 'orders_2']}", "source_ids[1]",
	  "{'sns_topic_arn': '" TOPIC "', 'source_type': 'db-instance', 'source_ids': "
	  "['orders', 'orders-2']}" },
	{ "rds.cfn_source_id_hyphens", "awscc.rds.event_subscription",
	  "{'sns_topic_arn': '" TOPIC "', 'source_type': 'db-instance', 'source_ids': "
	  "['orders--2']}", "source_ids[0]",
	  "{'sns_topic_arn': '" TOPIC "', 'source_type': 'db-instance', 'source_ids': "
	  "['orders-2-a']}" },
	{ "rds.cfn_restore_time_or_latest", "awscc.rds.db_instance",
	  INSTANCE(", 'use_latest_restorable_time': true, 'restore_time': '2026-01-01T00:00:00Z'"),
	  "restore_time", INSTANCE(", 'use_latest_restorable_time': false, 'restore_time': "
				   "'2026-01-01T00:00:00Z'") },
	{ "rds.cfn_zone_not_multi_az", "awscc.rds.db_instance",
	  INSTANCE(", 'multi_az': true, 'availability_zone': 'us-east-1a'"), "availability_zone",
	  INSTANCE(", 'multi_az': false, 'availability_zone': 'us-east-1a'") },
	{ "rds.cfn_db_or_vpc_security_groups", "awscc.rds.db_instance",
	  INSTANCE(", 'db_security_groups': ['legacy'], 'vpc_security_groups': ['sg-1']"),
	  "vpc_security_groups", INSTANCE(", 'vpc_security_groups': ['sg-1']") },
	{ "rds.cfn_key_with_vpc_security_groups", "awscc.rds.db_instance",
	  INSTANCE(", 'kms_key_id': '" KEY "', 'storage_encrypted': true, "
		   "'db_security_groups': ['legacy']"), "db_security_groups",
	  INSTANCE(", 'kms_key_id': '" KEY "', 'storage_encrypted': true, "
		   "'vpc_security_groups': ['sg-1']") },
	{ "rds.cfn_custom_profile_prefix", "awscc.rds.db_instance",
	  ENGINE("custom-oracle-ee", ", 'custom_iam_instance_profile': 'RDSCustomProfile'"),
	  "custom_iam_instance_profile",
	  ENGINE("custom-oracle-ee", ", 'engine_version': '19.c', 'custom_iam_instance_profile': "
		 "'AWSRDSCustomInstanceProfileForRdsCustomInstance'") },
	{ "rds.cfn_custom_profile_prefix", "awscc.rds.db_instance",
	  ENGINE("custom-oracle-ee", ", 'custom_iam_instance_profile': "
		 "'arn:aws:iam::123456789012:instance-profile/AWSRDSCustom/orders'"),
	  "custom_iam_instance_profile",
	  ENGINE("custom-oracle-ee", ", 'engine_version': '19.c', 'custom_iam_instance_profile': "
		 "'arn:aws:iam::123456789012:instance-profile/rds/AWSRDSCustomOrders'") },
	{ "rds.cfn_one_source_kind", "awscc.rds.db_instance",
	  "{'db_instance_class': 'db.r6g.large', 'source_db_instance_identifier': 'orders', "
	  "'source_db_cluster_identifier': 'orders-cluster'}", "source_db_cluster_identifier",
	  "{'db_instance_class': 'db.r6g.large', 'source_db_cluster_identifier': "
	  "'orders-cluster'}" },
	{ "rds.cfn_one_snapshot_kind", "awscc.rds.db_instance",
	  "{'db_instance_class': 'db.r6g.large', 'db_snapshot_identifier': 'orders-snap', "
	  "'db_cluster_snapshot_identifier': 'orders-cluster-snap'}",
	  "db_cluster_snapshot_identifier",
	  "{'db_instance_class': 'db.r6g.large', 'db_cluster_snapshot_identifier': "
	  "'orders-cluster-snap'}" },
	{ "rds.cfn_replica_not_from_snapshot", "awscc.rds.db_instance",
	  "{'db_instance_class': 'db.r6g.large', 'source_db_instance_identifier': 'orders', "
	  "'db_snapshot_identifier': 'orders-snap'}", "db_snapshot_identifier",
	  "{'db_instance_class': 'db.r6g.large', 'source_db_instance_identifier': 'orders'}" },
	{ "rds.cfn_instance_insights_retention", "awscc.rds.db_instance",
	  INSTANCE(", 'performance_insights_retention_period': 7"),
	  "enable_performance_insights",
	  INSTANCE(", 'enable_performance_insights': true, "
		   "'performance_insights_retention_period': 7") },
	{ "rds.cfn_instance_insights_retention", "awscc.rds.db_instance",
	  INSTANCE(", 'enable_performance_insights': false, "
		   "'performance_insights_retention_period': 731"), "enable_performance_insights",
	  INSTANCE(", 'enable_performance_insights': false") },
	{ "rds.cfn_monitoring_role_needs_interval", "awscc.rds.db_instance",
	  INSTANCE(", 'monitoring_role_arn': '" MONITORING "', 'monitoring_interval': 0"),
	  "monitoring_interval",
	  INSTANCE(", 'monitoring_role_arn': '" MONITORING "', 'monitoring_interval': 60") },
	{ "rds.cfn_monitoring_role_needs_interval", "awscc.rds.db_instance",
	  INSTANCE(", 'monitoring_role_arn': '" MONITORING "'"), "monitoring_interval",
	  INSTANCE(", 'monitoring_interval': 0") },
	{ "rds.cfn_monitoring_interval_needs_role", "awscc.rds.db_instance",
	  INSTANCE(", 'monitoring_interval': 30"), "monitoring_role_arn",
	  INSTANCE(", 'monitoring_interval': 30, 'monitoring_role_arn': '" MONITORING "'") },
	{ "rds.cfn_monitoring_intervals", "awscc.rds.db_instance",
	  INSTANCE(", 'monitoring_interval': 20, 'monitoring_role_arn': '" MONITORING "'"),
	  "monitoring_interval",
	  INSTANCE(", 'monitoring_interval': 15, 'monitoring_role_arn': '" MONITORING "'") },
	{ "rds.cfn_monitoring_intervals", "awscc.rds.db_cluster",
	  CLUSTER(", 'monitoring_interval': 2"), "monitoring_interval",
	  CLUSTER(", 'monitoring_interval': 1") },
	{ "rds.cfn_lifecycle_support", "awscc.rds.db_instance",
	  INSTANCE(", 'engine_lifecycle_support': 'open-source-rds-extended-support-enabled'"),
	  "engine_lifecycle_support",
	  INSTANCE(", 'engine_lifecycle_support': 'open-source-rds-extended-support-disabled'") },
	{ "rds.cfn_lifecycle_support", "awscc.rds.db_cluster",
	  CLUSTER(", 'engine_lifecycle_support': 'extended'"), "engine_lifecycle_support",
	  CLUSTER(", 'engine_lifecycle_support': 'open-source-rds-extended-support'") },
	{ "rds.cfn_domain_names_up_to_64", "awscc.rds.db_instance",
	  INSTANCE(", 'domain_fqdn': '" FQDN_65 "'"), "domain_fqdn",
	  INSTANCE(", 'domain_fqdn': '" FQDN_64 "'") },
	{ "rds.cfn_domain_names_up_to_64", "awscc.rds.db_instance",
	  INSTANCE(", 'domain_ou': 'OU=" FQDN_65 "'"), "domain_ou",
	  INSTANCE(", 'domain_ou': 'OU=RDS,OU=Computers,DC=corp,DC=example,DC=com'") },
	{ "rds.cfn_two_domain_dns_ips", "awscc.rds.db_instance",
	  INSTANCE(", 'domain_dns_ips': ['10.0.0.2']"), "domain_dns_ips",
	  INSTANCE(", 'domain_dns_ips': ['10.0.0.2', '10.0.0.2']") },
	{ "rds.cfn_sqlserver_ports", "awscc.rds.db_instance",
	  "{'db_instance_class': 'db.m5.large', 'engine': 'sqlserver-se', 'port': '3389'}", "port",
	  "{'db_instance_class': 'db.m5.large', 'engine': 'postgres', 'port': '3389'}" },
	{ "rds.cfn_sqlserver_ports", "awscc.rds.db_instance",
	  "{'db_instance_class': 'db.m5.large', 'engine': 'SQLServer-EX', 'port': '49154'}", "port",
	  "{'db_instance_class': 'db.m5.large', 'engine': 'SQLServer-EX', 'port': '49157'}" },
	{ "rds.cfn_oracle_db_name_up_to_8", "awscc.rds.db_instance",
	  ENGINE("oracle-se2", ", 'db_name': 'ORDERSDB1'"), "db_name",
	  ENGINE("oracle-se2", ", 'db_name': 'ORDERSDB'") },
	{ "rds.cfn_oracle_db_name_up_to_8", "awscc.rds.db_instance",
	  ENGINE("Custom-Oracle-EE", ", 'db_name': 'ORDERSDB1'"), "db_name",
	  ENGINE("postgres", ", 'db_name': 'ORDERSDB1'") },
	{ "rds.cfn_postgres_db_name_up_to_63", "awscc.rds.db_instance",
	  ENGINE("postgres", ", 'db_name': '" NAME_64 "'"), "db_name",
	  ENGINE("mysql", ", 'db_name': '" NAME_64 "'") },
	{ "rds.cfn_db_name_up_to_64", "awscc.rds.db_instance",
	  ENGINE("MySQL", ", 'db_name': '" NAME_64 "x'"), "db_name",
	  ENGINE("MySQL", ", 'db_name': '" NAME_64 "'") },
	{ "rds.cfn_db_name_up_to_64", "awscc.rds.db_instance",
	  ENGINE("db2-se", ", 'db_name': ''"), "db_name", ENGINE("db2-se", ", 'db_name': 'o'") },
	{ "rds.cfn_db_name_letter_first", "awscc.rds.db_instance",
	  ENGINE("mariadb", ", 'db_name': '_orders'"), "db_name",
	  ENGINE("mariadb", ", 'db_name': 'orders_2'") },
	{ "rds.cfn_db_name_letter_first", "awscc.rds.db_instance",
	  ENGINE("aurora-postgresql", ", 'db_name': '2orders'"), "db_name",
	  ENGINE("oracle-ee", ", 'db_name': '2ORDERS'") },
	{ "rds.cfn_oracle_master_username_up_to_30", "awscc.rds.db_instance",
	  ENGINE("oracle-ee-cdb", ", 'master_username': '" NAME_31 "'"), "master_username",
	  ENGINE("oracle-ee-cdb", ", 'master_username': '" NAME_30 "'") },
	{ "rds.cfn_postgres_master_username_up_to_63", "awscc.rds.db_instance",
	  ENGINE("postgres", ", 'master_username': '" NAME_64 "'"), "master_username",
	  ENGINE("sqlserver-ee", ", 'master_username': '" NAME_64 "'") },
	{ "rds.cfn_port_range", "awscc.rds.db_instance", INSTANCE(", 'port': '1149'"), "port",
	  INSTANCE(", 'port': '1150'") },
	{ "rds.cfn_port_range", "awscc.rds.db_instance", INSTANCE(", 'port': '65536'"), "port",
	  INSTANCE(", 'port': '65535'") },
	{ "rds.cfn_io2_needs_iops", "awscc.rds.db_instance",
	  INSTANCE(", 'storage_type': 'io2', 'allocated_storage': '100'"), "iops",
	  INSTANCE(", 'storage_type': 'io2', 'allocated_storage': '100', 'iops': 1000") },
	{ "rds.cfn_io2_needs_iops", "awscc.rds.db_instance",
	  INSTANCE(", 'storage_type': 'io2'"), "iops",
	  "{'db_instance_class': 'db.m5.large', 'storage_type': 'io2', "
	  "'source_db_instance_identifier': 'orders'}" },
	{ "rds.cfn_io1_needs_iops", "awscc.rds.db_instance",
	  INSTANCE(", 'storage_type': 'io1', 'allocated_storage': '100'"), "iops",
	  INSTANCE(", 'storage_type': 'io1', 'allocated_storage': '100', 'iops': 1000") },
	{ "rds.cfn_io1_needs_iops", "awscc.rds.db_instance",
	  INSTANCE(", 'storage_type': 'io1'"), "iops",
	  "{'db_instance_class': 'db.m5.large', 'storage_type': 'io1', "
	  "'db_snapshot_identifier': 'orders-snap'}" },
	{ "rds.cfn_backup_replication_up_to_35", "awscc.rds.db_instance",
	  INSTANCE(", 'automatic_backup_replication_retention_period': 36"),
	  "automatic_backup_replication_retention_period",
	  INSTANCE(", 'automatic_backup_replication_retention_period': 35") },
	{ "rds.cfn_cluster_insights_retention", "awscc.rds.db_cluster",
	  CLUSTER(", 'performance_insights_retention_period': 465"), "performance_insights_enabled",
	  CLUSTER(", 'performance_insights_enabled': true, "
		  "'performance_insights_retention_period': 465") },
	{ "rds.cfn_advanced_insights_needs_performance", "awscc.rds.db_cluster",
	  CLUSTER(", 'database_insights_mode': 'advanced', 'performance_insights_enabled': false"),
	  "performance_insights_enabled",
	  CLUSTER(", 'database_insights_mode': 'standard', 'performance_insights_enabled': false") },
	{ "rds.cfn_scaling_timeout_action", "awscc.rds.db_cluster",
	  CLUSTER(", 'scaling_configuration': {'timeout_action': 'ForceApply'}"),
	  "scaling_configuration.timeout_action",
	  CLUSTER(", 'scaling_configuration': {'timeout_action': 'RollbackCapacityChange'}") },
	{ "rds.cfn_scaling_min_at_most_max", "awscc.rds.db_cluster",
	  CLUSTER(", 'scaling_configuration': {'min_capacity': 8, 'max_capacity': 4}"),
	  "scaling_configuration.min_capacity",
	  CLUSTER(", 'scaling_configuration': {'min_capacity': 4, 'max_capacity': 4}") },
	{ "rds.cfn_backtrack_up_to_72_hours", "awscc.rds.db_cluster",
	  CLUSTER(", 'backtrack_window': 259201"), "backtrack_window",
	  CLUSTER(", 'backtrack_window': 259200") },
	{ "rds.cfn_restore_time_needs_source", "awscc.rds.db_cluster",
	  CLUSTER(", 'restore_to_time': '2026-01-01T00:00:00Z'"), "source_db_cluster_identifier",
	  CLUSTER(", 'restore_to_time': '2026-01-01T00:00:00Z', 'source_db_cluster_resource_id': "
		  "'cluster-ABCDEFGHIJKLMNOPQRSTUVWXYZ'") },
	{ "rds.cfn_restore_to_time_or_latest", "awscc.rds.db_cluster",
	  CLUSTER(", 'source_db_cluster_identifier': 'orders', 'use_latest_restorable_time': true, "
		  "'restore_to_time': '2026-01-01T00:00:00Z'"), "restore_to_time",
	  CLUSTER(", 'source_db_cluster_identifier': 'orders', 'use_latest_restorable_time': true") },
	{ "rds.cfn_no_restore_time_copy_on_write", "awscc.rds.db_cluster",
	  CLUSTER(", 'source_db_cluster_identifier': 'orders', 'restore_type': 'copy-on-write', "
		  "'restore_to_time': '2026-01-01T00:00:00Z'"), "restore_to_time",
	  CLUSTER(", 'source_db_cluster_identifier': 'orders', 'restore_type': 'full-copy', "
		  "'restore_to_time': '2026-01-01T00:00:00Z'") },
	{ "rds.cfn_one_source_cluster_name", "awscc.rds.db_cluster",
	  CLUSTER(", 'source_db_cluster_identifier': 'orders', 'source_db_cluster_resource_id': "
		  "'cluster-ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'use_latest_restorable_time': true"),
	  "source_db_cluster_identifier",
	  CLUSTER(", 'source_db_cluster_resource_id': 'cluster-ABCDEFGHIJKLMNOPQRSTUVWXYZ', "
		  "'use_latest_restorable_time': true") },
	{ "rds.cfn_cluster_key_needs_encryption", "awscc.rds.db_cluster",
	  CLUSTER(", 'kms_key_id': '" KEY "'"), "storage_encrypted",
	  CLUSTER(", 'kms_key_id': '" KEY "', 'storage_encrypted': true") },
	{ "rds.cfn_cluster_key_needs_encryption", "awscc.rds.db_cluster",
	  CLUSTER(", 'kms_key_id': '" KEY "', 'storage_encrypted': false"), "storage_encrypted",
	  CLUSTER(", 'kms_key_id': '" KEY "', 'snapshot_identifier': 'orders-snap'") },
	{ "rds.cfn_limitless_deletes_backups", "awscc.rds.db_cluster",
	  CLUSTER(", 'cluster_scalability_type': 'limitless', 'delete_automated_backups': false"),
	  "delete_automated_backups",
	  CLUSTER(", 'cluster_scalability_type': 'limitless', 'delete_automated_backups': true") },
	{ "rds.cfn_subnet_group_not_default", "awscc.rds.db_subnet_group",
	  "{'db_subnet_group_description': 'd', 'subnet_ids': ['s1', 's2'], "
	  "'db_subnet_group_name': 'Default'}", "db_subnet_group_name",
	  "{'db_subnet_group_description': 'd', 'subnet_ids': ['s1', 's2'], "
	  "'db_subnet_group_name': 'default-orders'}" },
	{ "rds.cfn_subnet_group_name_chars", "awscc.rds.db_subnet_group",
	  "{'db_subnet_group_description': 'd', 'subnet_ids': ['s1', 's2'], "
	  "'db_subnet_group_name': 'orders/db'}", "db_subnet_group_name",
	  "{'db_subnet_group_description': 'd', 'subnet_ids': ['s1', 's2'], "
	  "'db_subnet_group_name': 'orders db_1.a-b'}" },
	{ "rds.cfn_option_group_name_chars", "awscc.rds.option_group",
	  OPTIONS("orders_options"), "option_group_name", OPTIONS("orders-options") },
	{ "rds.cfn_option_group_name_letter_first", "awscc.rds.option_group",
	  OPTIONS("1-orders"), "option_group_name", OPTIONS("o1-orders") },
	{ "rds.cfn_option_group_name_hyphens", "awscc.rds.option_group",
	  OPTIONS("orders--options"), "option_group_name", OPTIONS("orders-o-options") },
	{ "rds.cfn_option_group_name_hyphens", "awscc.rds.option_group",
	  OPTIONS("orders-"), "option_group_name", OPTIONS("orders") },
	{ "rds.cfn_parameter_group_name_up_to_255", "awscc.rds.db_parameter_group",
	  "{'family': 'postgres16', 'description': 'd', 'db_parameter_group_name': ''}",
	  "db_parameter_group_name",
	  "{'family': 'postgres16', 'description': 'd', 'db_parameter_group_name': 'p'}" },
	{ "rds.cfn_source_ids_need_type", "awscc.rds.event_subscription",
	  "{'sns_topic_arn': '" TOPIC "', 'source_ids': ['orders']}", "source_type",
	  "{'sns_topic_arn': '" TOPIC "', 'source_ids': ['orders'], 'source_type': "
	  "'db-instance'}" },
	{ "rds.cfn_context_needs_key", "awscc.rds.integration",
	  "{'source_arn': 'arn:aws:rds:us-east-1:123456789012:cluster:orders', 'target_arn': "
	  "'arn:aws:redshift:us-east-1:123456789012:namespace:n', "
	  "'additional_encryption_context': {'team': 'data'}}", "kms_key_id",
	  "{'source_arn': 'arn:aws:rds:us-east-1:123456789012:cluster:orders', 'target_arn': "
	  "'arn:aws:redshift:us-east-1:123456789012:namespace:n', "
	  "'additional_encryption_context': {'team': 'data'}, 'kms_key_id': '" KEY "'}" },
	{ "rds.cfn_latest_image_or_image_id", "awscc.rds.custom_db_engine_version",
	  "{'engine': 'custom-sqlserver-ee', 'engine_version': '15.00.4249.2.my_cev', "
	  "'use_aws_provided_latest_image': true, 'image_id': 'ami-0123456789abcdef0'}", "image_id",
	  "{'engine': 'custom-sqlserver-ee', 'engine_version': '15.00.4249.2.my_cev', "
	  "'use_aws_provided_latest_image': false, 'image_id': 'ami-0123456789abcdef0'}" },
	{ "rds.cfn_global_from_source_cluster", "awscc.rds.global_cluster",
	  "{'source_db_cluster_identifier': '" CLUSTER_ARN "', 'engine_version': '8.0'}",
	  "engine_version", "{'engine': 'aurora-mysql', 'engine_version': '8.0'}" },
	{ "rds.cfn_global_from_source_cluster", "awscc.rds.global_cluster",
	  "{'source_db_cluster_identifier': '" CLUSTER_ARN "', 'storage_encrypted': true}",
	  "storage_encrypted",
	  "{'source_db_cluster_identifier': '" CLUSTER_ARN "', 'storage_encrypted': false}" },
	{ "redshift.cfn_defer_duration_or_end", "awscc.redshift.cluster",
	  WAREHOUSE(", 'defer_maintenance_duration': 7, 'defer_maintenance_end_time': "
		    "'2026-02-01T00:00:00Z'"), "defer_maintenance_end_time",
	  WAREHOUSE(", 'defer_maintenance_end_time': '2026-02-01T00:00:00Z'") },
	{ "redshift.cfn_defer_up_to_60_days", "awscc.redshift.cluster",
	  WAREHOUSE(", 'defer_maintenance_duration': 61"), "defer_maintenance_duration",
	  WAREHOUSE(", 'defer_maintenance_duration': 60") },
	{ "redshift.cfn_manual_snapshot_retention", "awscc.redshift.cluster",
	  WAREHOUSE(", 'manual_snapshot_retention_period': 0"), "manual_snapshot_retention_period",
	  WAREHOUSE(", 'manual_snapshot_retention_period': -1") },
	{ "redshift.cfn_manual_snapshot_retention", "awscc.redshift.cluster",
	  WAREHOUSE(", 'manual_snapshot_retention_period': 3654"),
	  "manual_snapshot_retention_period",
	  WAREHOUSE(", 'manual_snapshot_retention_period': 3653") },
	{ "redshift.cfn_manual_snapshot_retention", "awscc.redshift.cluster",
	  WAREHOUSE(", 'manual_snapshot_retention_period': -2"), "manual_snapshot_retention_period",
	  WAREHOUSE(", 'manual_snapshot_retention_period': 1") },
	{ "redshift.cfn_managed_or_given_password", "awscc.redshift.cluster",
	  WAREHOUSE(", 'master_user_password': 'Passw0rdPassw0rd', 'manage_master_password': true"),
	  "manage_master_password", WAREHOUSE(", 'master_user_password': 'Passw0rdPassw0rd'") },
	{ "redshift.cfn_snapshot_copy_retention", "awscc.redshift.cluster",
	  WAREHOUSE(", 'destination_region': 'us-west-2', 'snapshot_copy_retention_period': 36"),
	  "snapshot_copy_retention_period",
	  WAREHOUSE(", 'destination_region': 'us-west-2', 'snapshot_copy_manual': true, "
		    "'snapshot_copy_retention_period': 36") },
	{ "redshift.cfn_snapshot_copy_retention", "awscc.redshift.cluster",
	  WAREHOUSE(", 'destination_region': 'us-west-2', 'snapshot_copy_retention_period': 0"),
	  "snapshot_copy_retention_period",
	  WAREHOUSE(", 'destination_region': 'us-west-2', 'snapshot_copy_retention_period': 35") },
	{ "redshift.cfn_tag_key_prefix", "awscc.redshift.cluster",
	  WAREHOUSE(", 'tags': [{'key': 'aws:cost', 'value': 'x'}]"), "tags[0].key",
	  WAREHOUSE(", 'tags': [{'key': 'cost', 'value': 'aws:x'}]") },
	{ "redshift.cfn_tag_key_prefix", "awscc.redshift.cluster_subnet_group",
	  "{'description': 'd', 'subnet_ids': ['s1'], 'tags': [{'key': 'aws:cost', 'value': "
	  "'x'}]}", "tags[0].key",
	  "{'description': 'd', 'subnet_ids': ['s1'], 'tags': [{'key': 'cost', 'value': 'x'}]}" },
	{ "redshift.cfn_wlm_json_up_to_8000", "awscc.redshift.cluster_parameter_group",
	  "{'description': 'd', 'parameter_group_family': 'redshift-1.0', 'parameters': "
	  "[{'parameter_name': 'wlm_json_configuration', 'parameter_value': '" WLM_8001 "'}]}",
	  "parameters[0].parameter_value",
	  "{'description': 'd', 'parameter_group_family': 'redshift-1.0', 'parameters': "
	  "[{'parameter_name': 'search_path', 'parameter_value': '" WLM_8001 "'}]}" },
	{ "redshift.cfn_master_username", "awscc.redshift.cluster",
	  "{'cluster_type': 'single-node', 'node_type': 'ra3.large', 'db_name': 'dev', "
	  "'master_username': 'public'}", "master_username",
	  "{'cluster_type': 'single-node', 'node_type': 'ra3.large', 'db_name': 'dev', "
	  "'master_username': 'publisher'}" },
	{ "redshift.cfn_master_username", "awscc.redshift.cluster",
	  "{'cluster_type': 'single-node', 'node_type': 'ra3.large', 'db_name': 'dev', "
	  "'master_username': '_admin'}", "master_username",
	  "{'cluster_type': 'single-node', 'node_type': 'ra3.large', 'db_name': 'dev', "
	  "'master_username': 'admin_'}" },
	{ "redshift.cfn_cluster_identifier", "awscc.redshift.cluster",
	  WAREHOUSE(", 'cluster_identifier': 'Warehouse'"), "cluster_identifier",
	  WAREHOUSE(", 'cluster_identifier': 'warehouse-1'") },
	{ "redshift.cfn_cluster_identifier", "awscc.redshift.cluster",
	  WAREHOUSE(", 'cluster_identifier': 'ware--house'"), "cluster_identifier",
	  WAREHOUSE(", 'cluster_identifier': 'ware-house'") },
	{ "redshift.cfn_cluster_identifier", "awscc.redshift.cluster",
	  WAREHOUSE(", 'cluster_identifier': 'warehouse-'"), "cluster_identifier",
	  WAREHOUSE(", 'cluster_identifier': 'warehouse'") },
	/* the API's sentences on what the awscc types' handlers send */
	{ "redshift.cfn_snapshot_copy_manual_retention", "awscc.redshift.cluster",
	  WAREHOUSE(", 'destination_region': 'us-west-2', 'snapshot_copy_manual': true, "
		    "'snapshot_copy_retention_period': 0"), "snapshot_copy_retention_period",
	  WAREHOUSE(", 'destination_region': 'us-west-2', 'snapshot_copy_manual': true, "
		    "'snapshot_copy_retention_period': -1") },
	{ "redshift.cfn_snapshot_copy_manual_retention", "awscc.redshift.cluster",
	  WAREHOUSE(", 'destination_region': 'us-west-2', 'snapshot_copy_manual': true, "
		    "'snapshot_copy_retention_period': 3654"), "snapshot_copy_retention_period",
	  WAREHOUSE(", 'destination_region': 'us-west-2', 'snapshot_copy_manual': true, "
		    "'snapshot_copy_retention_period': 3653") },
	{ "redshift.cfn_automated_retention_0_35", "awscc.redshift.cluster",
	  WAREHOUSE(", 'automated_snapshot_retention_period': 36"),
	  "automated_snapshot_retention_period",
	  WAREHOUSE(", 'automated_snapshot_retention_period': 35") },
	{ "redshift.cfn_ra3_keeps_snapshots", "awscc.redshift.cluster",
	  WAREHOUSE(", 'automated_snapshot_retention_period': 0"),
	  "automated_snapshot_retention_period",
	  "{'cluster_type': 'single-node', 'node_type': 'dc2.large', 'db_name': 'dev', "
	  "'master_username': 'etl_admin', 'automated_snapshot_retention_period': 0}" },
	{ "redshift.cfn_zone_in_region", "awscc.redshift.cluster",
	  WAREHOUSE(", 'availability_zone': 'eu-west-1a'"), "availability_zone",
	  WAREHOUSE(", 'availability_zone': 'us-east-1a'") },
	{ "redshift.cfn_rotate_key_encrypted", "awscc.redshift.cluster",
	  WAREHOUSE(", 'rotate_encryption_key': true, 'encrypted': false"), "encrypted",
	  WAREHOUSE(", 'rotate_encryption_key': true") },
	{ "redshift.cfn_elastic_ip_public", "awscc.redshift.cluster",
	  WAREHOUSE(", 'elastic_ip': '203.0.113.7'"), "publicly_accessible",
	  WAREHOUSE(", 'elastic_ip': '203.0.113.7', 'publicly_accessible': true") },
	{ "redshift.cfn_elastic_ip_not_relocation", "awscc.redshift.cluster",
	  WAREHOUSE(", 'elastic_ip': '203.0.113.7', 'publicly_accessible': true, "
		    "'availability_zone_relocation': true"), "elastic_ip",
	  WAREHOUSE(", 'publicly_accessible': true, 'availability_zone_relocation': true") },
	{ "redshift.cfn_managed_password_key", "awscc.redshift.cluster",
	  WAREHOUSE(", 'master_password_secret_kms_key_id': '" KEY "'"), "manage_master_password",
	  WAREHOUSE(", 'master_password_secret_kms_key_id': '" KEY "', "
		    "'manage_master_password': true") },
	{ "redshift.cfn_maintenance_window_30", "awscc.redshift.cluster",
	  WAREHOUSE(", 'preferred_maintenance_window': 'sun:03:00-sun:03:29'"),
	  "preferred_maintenance_window",
	  WAREHOUSE(", 'preferred_maintenance_window': 'sun:03:00-sun:03:30'") },
	{ "redshift.cfn_log_prefix_characters", "awscc.redshift.cluster",
	  WAREHOUSE(", 'logging_properties': {'bucket_name': 'audit', 's3_key_prefix': "
		    "'logs/#1/'}"), "logging_properties.s3_key_prefix",
	  WAREHOUSE(", 'logging_properties': {'bucket_name': 'audit', 's3_key_prefix': "
		    "'logs/n\\u00famero 1/@x=+:'}") },
	{ "redshift.cfn_parameter_group_name", "awscc.redshift.cluster_parameter_group",
	  "{'description': 'd', 'parameter_group_family': 'redshift-1.0', "
	  "'parameter_group_name': 'wlm--etl'}", "parameter_group_name",
	  "{'description': 'd', 'parameter_group_family': 'redshift-1.0', "
	  "'parameter_group_name': 'wlm-etl'}" },
	{ "redshift.cfn_parameter_group_name", "awscc.redshift.cluster_parameter_group",
	  "{'description': 'd', 'parameter_group_family': 'redshift-1.0', "
	  "'parameter_group_name': '1wlm'}", "parameter_group_name",
	  "{'description': 'd', 'parameter_group_family': 'redshift-1.0', "
	  "'parameter_group_name': 'wlm1'}" },
	{ "redshift.cfn_integration_context_needs_key", "awscc.redshift.integration",
	  "{'source_arn': 'arn:aws:s3:::lake', 'target_arn': 'arn:aws:redshift:us-east-1:"
	  "123456789012:namespace:ab12', 'additional_encryption_context': {'team': 'lake'}}",
	  "kms_key_id",
	  "{'source_arn': 'arn:aws:s3:::lake', 'target_arn': 'arn:aws:redshift:us-east-1:"
	  "123456789012:namespace:ab12', 'additional_encryption_context': {'team': 'lake'}, "
	  "'kms_key_id': '" KEY "'}" },
	{ "redshift.cfn_schedule_at_or_cron", "awscc.redshift.scheduled_action",
	  "{'scheduled_action_name': 'pause', 'schedule': 'rate(1 day)'}", "schedule",
	  "{'scheduled_action_name': 'pause', 'schedule': 'cron(0 22 * * ? *)'}" },
	{ "redshift.cfn_source_ids_need_type", "awscc.redshift.event_subscription",
	  "{'subscription_name': 'alerts', 'source_ids': ['warehouse']}", "source_type",
	  "{'subscription_name': 'alerts', 'source_ids': ['warehouse'], 'source_type': "
	  "'cluster'}" },
	{ "kms.rotation_symmetric_only", "aws.kms.key",
	  "{'customer_master_key_spec': 'RSA_2048', 'key_usage': 'SIGN_VERIFY', "
	  "'enable_key_rotation': true}", "customer_master_key_spec",
	  "{'customer_master_key_spec': 'RSA_2048', 'key_usage': 'SIGN_VERIFY', "
	  "'enable_key_rotation': false}" },
	{ "kms.rotation_symmetric_only", "aws.kms.key",
	  "{'customer_master_key_spec': 'HMAC_256', 'key_usage': 'GENERATE_VERIFY_MAC', "
	  "'enable_key_rotation': true}", "customer_master_key_spec",
	  "{'enable_key_rotation': true}" },
	/* helper wordsv: Provisioned IOPS storage's least rate, and the least
	 * storage a rate takes (not SQL Server's, 20 GiB). */
	{ "rds.cfn_provisioned_iops_at_least_1000", "awscc.rds.db_instance",
	  INSTANCE(", 'storage_type': 'io2', 'allocated_storage': '100', 'iops': 999"), "iops",
	  INSTANCE(", 'storage_type': 'io2', 'allocated_storage': '100', 'iops': 1000") },
	{ "rds.cfn_provisioned_iops_at_least_1000", "awscc.rds.db_instance",
	  ENGINE("sqlserver-ex", ", 'storage_type': 'io1', 'allocated_storage': '20', "
		 "'iops': 500"), "iops",
	  ENGINE("sqlserver-ex", ", 'storage_type': 'io1', 'allocated_storage': '20', "
		 "'iops': 1000") },
	{ "rds.cfn_iops_storage_at_least_100", "awscc.rds.db_instance",
	  INSTANCE(", 'storage_type': 'io1', 'allocated_storage': '50', 'iops': 1000"),
	  "allocated_storage",
	  INSTANCE(", 'storage_type': 'io1', 'allocated_storage': '100', 'iops': 1000") },
	{ "rds.cfn_iops_storage_at_least_100", "awscc.rds.db_instance",
	  ENGINE("MySQL", ", 'allocated_storage': '99', 'iops': 1000"), "allocated_storage",
	  ENGINE("sqlserver-se", ", 'allocated_storage': '20', 'iops': 1000") },
	/* An instance's zone and key of the provider's region (us-east-1 here). */
	{ "rds.cfn_zone_in_region", "awscc.rds.db_instance",
	  INSTANCE(", 'availability_zone': 'us-west-2a'"), "availability_zone",
	  INSTANCE(", 'availability_zone': 'us-east-1a'") },
	{ "rds.cfn_cluster_replica_in_region", "awscc.rds.db_instance",
	  "{'db_instance_class': 'db.m5.large', 'source_db_cluster_identifier': "
	  "'arn:aws:rds:eu-west-1:123456789012:cluster:orders'}", "source_db_cluster_identifier",
	  "{'db_instance_class': 'db.m5.large', 'source_db_cluster_identifier': '" CLUSTER_ARN "'}" },
	{ "rds.cfn_cluster_replica_in_region", "awscc.rds.db_instance",
	  "{'db_instance_class': 'db.m5.large', 'source_db_cluster_identifier': "
	  "'arn:aws:rds:eu-west-1:123456789012:cluster:orders'}", "source_db_cluster_identifier",
	  "{'db_instance_class': 'db.m5.large', 'source_db_cluster_identifier': 'orders'}" },
	{ "rds.cfn_kms_key_in_region", "awscc.rds.db_instance",
	  INSTANCE(", 'storage_encrypted': true, 'kms_key_id': "
		   "'arn:aws:kms:eu-west-1:123456789012:key/k'"), "kms_key_id",
	  INSTANCE(", 'storage_encrypted': true, 'kms_key_id': '" KEY "'") },
	/* An instance of DB security groups does not move to VPC ones. */
	{ "rds.cfn_db_security_groups_stay", "awscc.rds.db_instance",
	  INSTANCE(", 'vpc_security_groups': ['sg-1']"), "vpc_security_groups",
	  INSTANCE(", 'db_security_groups': ['legacy', 'reports']"),
	  INSTANCE(", 'db_security_groups': ['legacy']") },
	{ "rds.cfn_major_upgrade_allowed", "awscc.rds.db_instance",
	  INSTANCE(", 'engine_version': '16.3'"), "allow_major_version_upgrade",
	  INSTANCE(", 'engine_version': '16.3', 'allow_major_version_upgrade': true"),
	  INSTANCE(", 'engine_version': '15.7'") },
	{ "rds.cfn_major_upgrade_allowed", "awscc.rds.db_instance",
	  INSTANCE(", 'engine_version': '16.3', 'allow_major_version_upgrade': false"),
	  "allow_major_version_upgrade", INSTANCE(", 'engine_version': '15.8'"),
	  INSTANCE(", 'engine_version': '15.7'") },
	/* Magnetic and gp2 storage's bounds. */
	{ "rds.cfn_magnetic_storage_5_to_3072", "awscc.rds.db_instance",
	  INSTANCE(", 'storage_type': 'standard', 'allocated_storage': '4000'"), "allocated_storage",
	  INSTANCE(", 'storage_type': 'standard', 'allocated_storage': '3072'") },
	{ "rds.cfn_gp3_storage_20_to_65536", "awscc.rds.db_instance",
	  INSTANCE(", 'storage_type': 'gp3', 'allocated_storage': '19'"), "allocated_storage",
	  INSTANCE(", 'storage_type': 'gp3', 'allocated_storage': '20'") },
	{ "rds.cfn_gp3_storage_20_to_65536", "awscc.rds.db_instance",
	  INSTANCE(", 'storage_type': 'gp3', 'allocated_storage': '65537'"), "allocated_storage",
	  INSTANCE(", 'storage_type': 'gp3', 'allocated_storage': '65536'") },
	{ "rds.cfn_gp2_storage_20_to_65536", "awscc.rds.db_instance",
	  ENGINE("mariadb", ", 'storage_type': 'gp2', 'allocated_storage': '10'"),
	  "allocated_storage",
	  ENGINE("mariadb", ", 'storage_type': 'gp2', 'allocated_storage': '20'") },
	{ "rds.cfn_shard_compute_redundancy", "awscc.rds.db_shard_group",
	  "{'db_cluster_identifier': 'c', 'max_acu': 16, 'compute_redundancy': 3}",
	  "compute_redundancy",
	  "{'db_cluster_identifier': 'c', 'max_acu': 16, 'compute_redundancy': 2}" },
};

static const struct aws_check_row *words_row(const char *id)
{
	for (const struct aws_check_row *c = aws_rules_next(NULL); c; c = aws_rules_next(c))
		if (c->kind == 'w' && !strcmp(c->id, id))
			return c;
	return NULL;
}

/* aws_constraints_check of type on attrs (JSON), the object being `prior`
 * (NULL: none yet): its return, with *attr and err. */
static int check(const char *type, const char *attrs, const char *prior, const char **attr,
		 struct strbuf *err)
{
	/* the provider's region, us-east-1: the region's rows judge by it */
	json_t *a = js(attrs), *p = prior ? js(prior) : NULL, *provider = js("{'region': 'us-east-1'}");
	int rc;
	strbuf_reset(err);
	*attr = "unset";
	rc = aws_constraints_check(type, a, provider, p, attr, err);
	json_decref(provider);
	json_decref(a);
	json_decref(p);
	return rc;
}

/* Each case: refused at its attribute, the message quoting AWS's words and
 * their document; its twin passes. */
static void test_rows_refuse_and_twins_pass(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(words_cases) / sizeof(words_cases[0]); i++) {
		const struct db_case *w = &words_cases[i];
		const struct aws_check_row *row = words_row(w->id);
		struct strbuf err = STRBUF_INIT, said = STRBUF_INIT;
		const char *attr;

		if (!row)
			fail_msg("no words row %s", w->id);
		if (!aws_row_type_names(row->type, w->type))
			fail_msg("%s: a row of %s, not of %s", w->id, row->type, w->type);
		if (check(w->type, w->refused, w->prior, &attr, &err) != -1)
			fail_msg("%s: accepted %s", w->id, w->refused);
		if (strcmp(attr, w->attr))
			fail_msg("%s: refused at %s, not %s: %s", w->id, attr, w->attr, err.buf);
		strbuf_addf(&said, "%s: ", w->attr);
		if (strncmp(err.buf, said.buf, said.len))
			fail_msg("%s: the message does not start with the attribute: %s", w->id,
				 err.buf);
		strbuf_reset(&said);
		strbuf_addf(&said, "AWS says \"%s\" (%s)", row->words, row->source);
		if (!strstr(err.buf, said.buf))
			fail_msg("%s: the message lacks %s: %s", w->id, said.buf, err.buf);
		if (check(w->type, w->passes, w->prior, &attr, &err))
			fail_msg("%s: refused its twin %s: %s", w->id, w->passes, err.buf);
		strbuf_release(&err);
		strbuf_release(&said);
	}
}

/* Every words row of these services has a case above, and its sentence is
 * the source's member's: "rds CreateDBInstance ..." for an rds. row, or its
 * CloudFormation type's property's ("CloudFormation registry: AWS::RDS::..."). */
#define CFN "CloudFormation registry: AWS::"
static void test_every_row_has_a_case(void **state)
{
	/* DynamoDB's, Secrets Manager's and KMS's rows: test_words_data.c */
	static const char *const services[] = { "rds.", "redshift.", NULL };
	(void)state;
	for (const struct aws_check_row *c = aws_rules_next(NULL); c; c = aws_rules_next(c)) {
		size_t i, n;
		bool ours = false, found = false;
		/* a row crossing a reference: test_words_crossing.c's */
		if (c->kind != 'w' || words_crosses(c->when) || words_crosses(c->then))
			continue;
		for (i = 0; services[i]; i++)
			ours |= !strncmp(c->id, services[i], strlen(services[i]));
		if (!ours)
			continue;
		for (i = 0; i < sizeof(words_cases) / sizeof(words_cases[0]); i++)
			found |= !strcmp(words_cases[i].id, c->id);
		if (!found)
			fail_msg("words row %s has no case in test_words_db.c", c->id);
		n = strcspn(c->id, ".");
		if ((strncmp(c->source, c->id, n) || c->source[n] != ' ') &&
		    (strncmp(c->source, CFN, strlen(CFN)) ||
		     strncasecmp(c->source + strlen(CFN), c->id, n) ||
		     strncmp(c->source + strlen(CFN) + n, "::", 2)))
			fail_msg("words row %s cites %s, another service's member", c->id, c->source);
	}
}

/* Each condition of each case's row names an attribute of the case's type
 * (its first segment: "scaling_configuration" of
 * "scaling_configuration.min_capacity"), so no row waits on a misspelt
 * name that never holds. */
static void test_rows_name_the_types_attributes(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(words_cases) / sizeof(words_cases[0]); i++) {
		const struct aws_check_row *row = words_row(words_cases[i].id);
		const struct resource_type *rt = resource_type_find(words_cases[i].type, NULL);
		const struct aws_cond *lists[2];

		if (!row || !rt)
			fail_msg("%s: no row, or no type %s", words_cases[i].id, words_cases[i].type);
		lists[0] = row->when;
		lists[1] = row->then;
		for (int l = 0; l < 2; l++)
			for (const struct aws_cond *c = lists[l]; c && c->op != AWS_COND_END; c++) {
				bool found = false;
				if (!c->attr)
					continue; /* the region, or a group (ANY_OF, WAS) */
				for (const struct attr_schema *a = rt->attrs; a->name && !found; a++)
					found = strlen(a->name) == strcspn(c->attr, ".") &&
						!strncmp(a->name, c->attr, strlen(a->name));
				if (!found)
					fail_msg("%s: %s is not an attribute of %s", row->id, c->attr,
						 words_cases[i].type);
			}
	}
}

/* A create row is about CreateDBInstance: an instance that exists is not
 * refused for it (a warning at most), while a row of any call still is. */
static void test_create_row_spares_what_exists(void **state)
{
	const char *lacks_version = "{'identifier': 'orders', 'engine': 'custom-oracle-ee', "
				    "'instance_class': 'db.m5.large', 'allocated_storage': 40, "
				    "'master_username': 'admin1', 'master_password': "
				    "'Passw0rdPassw0rd'" SKIPS "}";
	struct strbuf err = STRBUF_INIT;
	const char *attr;
	(void)state;
	assert_int_equal(check("aws.rds.instance", lacks_version, lacks_version, &attr, &err), 0);
	assert_int_equal(check("aws.rds.instance", "{" CUSTOM_ORACLE SKIPS
			       ", 'backup_retention_period': 0}", "{" CUSTOM_ORACLE SKIPS "}",
			       &attr, &err), -1);
	assert_string_equal(attr, "backup_retention_period");
	strbuf_release(&err);
}

/* What is not known yet passes: an engine or a spec from a variable. */
static void test_not_known_yet_passes(void **state)
{
	struct strbuf err = STRBUF_INIT;
	const char *attr;
	(void)state;
	assert_int_equal(check("aws.rds.instance", "{'identifier': 'orders', 'engine': "
			       "'${var.engine}', 'instance_class': 'db.m5.large', "
			       "'allocated_storage': 40, 'master_username': 'admin1', "
			       "'master_password': 'Passw0rdPassw0rd', 'backup_retention_period': 0"
			       SKIPS "}", NULL, &attr, &err), 0);
	assert_int_equal(check("aws.kms.key", "{'customer_master_key_spec': '${var.spec}', "
			       "'enable_key_rotation': true}", NULL, &attr, &err), 0);
	strbuf_release(&err);
}

/* A written rule's case: a resource it refuses at `attr`, with `why` in
 * the message, and its twin. */
struct written_case {
	const char *type, *refused, *attr, *why, *passes;
};

#define POSTGRES "'identifier': 'orders', 'instance_class': 'db.t3.micro', " \
	"'allocated_storage': 20, 'master_username': 'etl_admin', 'master_password': " \
	"'Passw0rdPassw0rd'" SKIPS
#define ORACLE "'identifier': 'orders', 'engine': 'oracle-se2', 'instance_class': " \
	"'db.m5.large', 'allocated_storage': 20, 'master_username': 'etl_admin', " \
	"'master_password': 'Passw0rdPassw0rd'" SKIPS

static const struct written_case written_cases[] = {
	/* RDS Tag: "can't be prefixed with aws: or rds:"; its characters */
	{ "aws.rds.instance", "{" POSTGRES ", 'tags': {'rds:owner': 'data'}}", "tags",
	  "RDS reserves the rds: prefix", "{" POSTGRES ", 'tags': {'owner': 'rds:data'}}" },
	{ "aws.rds.instance", "{" POSTGRES ", 'tags': {'cost#center': 'x'}}", "tags",
	  "key \"cost#center\" has '#'", "{" POSTGRES ", 'tags': {'cost-center': 'x'}}" },
	{ "aws.rds.subnet_group", "{'name': 'orders', 'subnet_ids': ['s1', 's2'], 'tags': "
	  "{'team': 'data, ops'}}", "tags", "the value \"data, ops\" has ','",
	  "{'name': 'orders', 'subnet_ids': ['s1', 's2'], 'tags': {'team': "
	  "'data ops/\u00e9quipe @x=y+z_1.2:3'}}" },
	/* KMS Policy: "Each statement in the key policy must contain one or
	 * more principals." */
	{ "aws.kms.key", "{'policy': {'Version': '2012-10-17', 'Statement': [{'Effect': 'Allow', "
	  "'Principal': {'AWS': 'arn:aws:iam::111122223333:root'}, 'Action': 'kms:*', "
	  "'Resource': '*'}, {'Effect': 'Allow', 'Action': 'kms:Decrypt', 'Resource': '*'}]}}",
	  "policy", "Statement 2 names no Principal",
	  "{'policy': {'Version': '2012-10-17', 'Statement': [{'Effect': 'Allow', "
	  "'NotPrincipal': {'AWS': 'arn:aws:iam::111122223333:user/ops'}, 'Action': "
	  "'kms:Decrypt', 'Resource': '*'}]}}" },
	{ "aws.kms.key", "{'policy': '{\\'Statement\\': {\\'Effect\\': \\'Allow\\', "
	  "\\'Action\\': \\'kms:*\\', \\'Resource\\': \\'*\\'}}'}", "policy",
	  "Statement 1 names no Principal", "{'policy': '${var.policy}'}" },
	/* DBName: RDS Custom for Oracle "Must contain 1 to 8 alphanumeric
	 * characters. Must contain a letter."; Oracle: not the string null */
	{ "aws.rds.instance", "{" CUSTOM_ORACLE SKIPS ", 'db_name': '20260101'}", "db_name",
	  "1 to 8 letters and digits, a letter among them",
	  "{" CUSTOM_ORACLE SKIPS ", 'db_name': 'ORCL2026'}" },
	{ "aws.rds.instance", "{" CUSTOM_ORACLE SKIPS ", 'db_name': 'ORCL_26'}", "db_name",
	  "1 to 8 letters and digits", "{" CUSTOM_ORACLE SKIPS ", 'db_name': 'O'}" },
	{ "aws.rds.instance", "{" ORACLE ", 'db_name': 'NULL'}", "db_name",
	  "Oracle reserves the word null", "{" ORACLE ", 'db_name': 'NULLS'}" },
	/* helper wordsv: the written rules run on the awscc twins. The awscc
	 * Redshift cluster's password, as the written cluster's. */
	{ "awscc.redshift.cluster", WAREHOUSE(", 'master_user_password': 'lowercase1only'"),
	  "master_user_password", "has no upper-case letter",
	  WAREHOUSE(", 'master_user_password': 'Lowercase1only'") },
	{ "awscc.redshift.cluster", WAREHOUSE(", 'master_user_password': 'Short1a'"),
	  "master_user_password", "has 7 characters",
	  WAREHOUSE(", 'master_user_password': 'Short1ab'") },
	{ "awscc.redshift.cluster", WAREHOUSE(", 'master_user_password': 'Pass@word1'"),
	  "master_user_password", "printable ASCII except",
	  WAREHOUSE(", 'master_user_password': 'Pass#word1'") },
	/* The awscc RDS instance's password, by its engine's lengths; an
	 * Aurora instance's is its cluster's, and one that names no engine
	 * (a restore, a replica) takes its source's. */
	{ "awscc.rds.db_instance", ENGINE("mysql", ", 'master_user_password': '" NAME_30 "abcdefghijkl'"),
	  "master_user_password", "a mysql master password has 8 to 41",
	  ENGINE("mysql", ", 'master_user_password': '" NAME_30 "abcdefghijk'") },
	{ "awscc.rds.db_instance", ENGINE("oracle-ee", ", 'master_user_password': 'Passw0rd&1'"),
	  "master_user_password", "and for Oracle & and '",
	  ENGINE("aurora-mysql", ", 'master_user_password': 'Passw0rd&1@'") },
	{ "awscc.rds.db_instance", ENGINE("postgres", ", 'master_user_password': 'short'"),
	  "master_user_password", "has 5 characters",
	  "{'db_instance_class': 'db.m5.large', 'db_snapshot_identifier': 's', "
	  "'master_user_password': 'short'}" },
};

static void test_written_rules(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(written_cases) / sizeof(written_cases[0]); i++) {
		const struct written_case *w = &written_cases[i];
		struct strbuf err = STRBUF_INIT;
		const char *attr;

		if (check(w->type, w->refused, NULL, &attr, &err) != -1)
			fail_msg("accepted %s", w->refused);
		if (strcmp(attr, w->attr) || !strstr(err.buf, w->why))
			fail_msg("%s: refused at %s with \"%s\", not at %s with \"%s\"", w->refused,
				 attr, err.buf, w->attr, w->why);
		if (check(w->type, w->passes, NULL, &attr, &err))
			fail_msg("refused its twin %s: %s", w->passes, err.buf);
		strbuf_release(&err);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rows_refuse_and_twins_pass),
		cmocka_unit_test(test_every_row_has_a_case),
		cmocka_unit_test(test_rows_name_the_types_attributes),
		cmocka_unit_test(test_create_row_spares_what_exists),
		cmocka_unit_test(test_not_known_yet_passes),
		cmocka_unit_test(test_written_rules),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
