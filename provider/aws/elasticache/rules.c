/*
 * elasticache/rules.c: ElastiCache's rows of the one table of checks
 * (checks/row.h) on the awscc types of a service terrace's own code does
 * not call (its objects are made through Cloud Control alone): AWS's words
 * of the census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE), and the written rules they need.
 * Its ledger: checks/words/elasticache.words.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "provider/aws/checks/rules.h"
#include "provider/provider.h"

#define EC "elasticache "
#define EC_CFN "CloudFormation registry: AWS::ElastiCache::"
#define CC "awscc.elasticache.cache_cluster"
#define RG "awscc.elasticache.replication_group"
/* an engine's name, as AWS takes it whatever its case */
#define MEMCACHED "^[Mm][Ee][Mm][Cc][Aa][Cc][Hh][Ee][Dd]$"
#define REDIS_OR_VALKEY "^([Rr][Ee][Dd][Ii][Ss]|[Vv][Aa][Ll][Kk][Ee][Yy])$"
/* a replication group of cluster mode enabled, as its own values say it */
#define CLUSTER_MODE_ON ANY_OF(IS("cluster_mode", "enabled"), ABOVE("num_node_groups", 1))

/* The number of items of list `list` in v, and whether v's number `count`
 * is known and differs from it: then err says so, AWS's words and where. */
static int count_differs(const json_t *v, const char *at, const char *list, const json_t *count,
			 const char *count_name, const char *words, const char *source,
			 struct strbuf *err)
{
	const json_t *l = json_object_get(v, list);

	if (!json_is_array(l) || !json_is_integer(count) || value_holds_not_known(l))
		return 0;
	if ((json_int_t)json_array_size(l) == json_integer_value(count))
		return 0;
	strbuf_addf(err, "%s%s lists %zu zones, %s is %lld: AWS says \"%s\" (%s)", at, list,
		    json_array_size(l), count_name, (long long)json_integer_value(count), words,
		    source);
	return -1;
}

/* A cache cluster's preferred zones, one per node (elasticache.words: a
 * list's length against another value, which the rows' conditions do not
 * compare). */
int rule_elasticache_cluster_zone_count(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	if (!json_is_object(v) || value_not_known(v))
		return 0;
	return count_differs(v, "", "preferred_availability_zones",
			     json_object_get(v, "num_cache_nodes"), "num_cache_nodes",
			     "The number of Availability Zones listed must equal the value of "
			     "NumCacheNodes.", EC "CreateCacheCluster PreferredAvailabilityZones", err);
}

/* A replication group's zones: one per cluster; a node group's replica
 * zones one per replica (its replica_count, else the group's
 * replicas_per_node_group). */
int rule_elasticache_group_zone_count(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *groups, *g, *count;
	char at[64];
	size_t i;

	(void)r;
	if (!json_is_object(v) || value_not_known(v))
		return 0;
	if (count_differs(v, "", "preferred_cache_cluster_a_zs",
			  json_object_get(v, "num_cache_clusters"), "num_cache_clusters",
			  "The number of Availability Zones listed must equal the value of "
			  "NumCacheClusters.", EC "CreateReplicationGroup PreferredCacheClusterAZs",
			  err))
		return -1;
	groups = json_object_get(v, "node_group_configuration");
	json_array_foreach(groups, i, g) {
		if (!json_is_object(g))
			continue;
		count = json_object_get(g, "replica_count");
		if (!count)
			count = json_object_get(v, "replicas_per_node_group");
		snprintf(at, sizeof(at), "node_group_configuration[%zu].", i);
		if (count_differs(g, at, "replica_availability_zones", count,
				  json_object_get(g, "replica_count") ? "its replica_count"
								       : "replicas_per_node_group",
				  "The number of Availability Zones in this list must match the value "
				  "of ReplicaCount or ReplicasPerNodeGroup if not specified.",
				  EC_CFN "ReplicationGroup NodeGroupConfiguration.ReplicaAvailabilityZones",
				  err))
			return -1;
	}
	return 0;
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_elasticache[] = {
	/* cache clusters */
	AWS_SAYS("elasticache.cache_cluster_az_mode_memcached", "awscc.elasticache.cache_cluster",
		 AWS_CALL_ANY,
		 WHEN(SET("az_mode")), THEN(MATCHES("engine", MEMCACHED)),
		 "This parameter is only supported for Memcached clusters.",
		 EC "CreateCacheCluster AZMode"),
	AWS_SAYS("elasticache.cache_cluster_zones_memcached", "awscc.elasticache.cache_cluster",
		 AWS_CALL_ANY,
		 WHEN(SET("preferred_availability_zones")), THEN(MATCHES("engine", MEMCACHED)),
		 "This option is only supported on Memcached.",
		 EC "CreateCacheCluster PreferredAvailabilityZones"),
	RULE(CC, "", rule_elasticache_cluster_zone_count,
	     EC "CreateCacheCluster PreferredAvailabilityZones"),
	AWS_SAYS("elasticache.cache_cluster_redis_one_node", "awscc.elasticache.cache_cluster",
		 AWS_CALL_ANY,
		 WHEN(MATCHES("engine", REDIS_OR_VALKEY)), THEN(IN("num_cache_nodes", 1, 1)),
		 "For clusters running Valkey or Redis OSS, this value must be 1.",
		 EC "CreateCacheCluster NumCacheNodes"),
	/* a retention of 0 keeps no snapshot: not taken for one asked */
	AWS_SAYS("elasticache.cache_cluster_snapshots_redis", "awscc.elasticache.cache_cluster",
		 AWS_CALL_ANY,
		 WHEN(ANY_OF(SET("snapshot_arns"), SET("snapshot_name"),
			     ABOVE("snapshot_retention_limit", 0), SET("snapshot_window"))),
		 THEN(NOT_MATCHES("engine", MEMCACHED)),
		 "This parameter is only valid if the Engine parameter is redis.",
		 EC "CreateCacheCluster SnapshotArns, SnapshotName, SnapshotRetentionLimit, "
		 "SnapshotWindow"),
	AWS_SAYS("elasticache.cache_cluster_name_chars", "awscc.elasticache.cache_cluster",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("cluster_name", "^[A-Za-z0-9-]{1,50}$")),
		 "A name must contain from 1 to 50 alphanumeric characters or hyphens.",
		 EC "CreateCacheCluster CacheClusterId"),
	AWS_SAYS("elasticache.cache_cluster_name_hyphens", "awscc.elasticache.cache_cluster",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(NOT_MATCHES("cluster_name", "(-$|--)")),
		 "A name cannot end with a hyphen or contain two consecutive hyphens.",
		 EC "CreateCacheCluster CacheClusterId"),
	AWS_SAYS("elasticache.cache_cluster_name_letter", "awscc.elasticache.cache_cluster",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("cluster_name", "^[A-Za-z]")), "The first character must be a letter.",
		 EC "CreateCacheCluster CacheClusterId"),
	AWS_SAYS("elasticache.cache_cluster_default_cluster_group", "awscc.elasticache.cache_cluster",
		 AWS_CALL_CREATE, ALWAYS,
		 THEN(NOT_MATCHES("cache_parameter_group_name", "^default\\..*\\.cluster\\.on$")),
		 "You cannot use any parameter group which has cluster-enabled='yes' when creating "
		 "a cluster.", EC "CreateCacheCluster CacheParameterGroupName"),
	AWS_SAYS("elasticache.cache_cluster_cluster_enabled_group", "awscc.elasticache.cache_cluster",
		 AWS_CALL_CREATE, ALWAYS,
		 THEN(IS_NOT("cache_parameter_group_name->properties.cluster-enabled", "yes")),
		 "You cannot use any parameter group which has cluster-enabled='yes' when creating "
		 "a cluster.", EC "CreateCacheCluster CacheParameterGroupName"),
	AWS_SAYS("elasticache.cache_cluster_security_groups_outside_vpc",
		 "awscc.elasticache.cache_cluster",
		 AWS_CALL_ANY,
		 WHEN(ANY_OF(SET("cache_subnet_group_name"), SET("vpc_security_group_ids"))),
		 THEN(UNSET("cache_security_group_names")),
		 "Use this parameter only when you are creating a cluster outside of an Amazon "
		 "Virtual Private Cloud (Amazon VPC).", EC "CreateCacheCluster CacheSecurityGroupNames"),
	AWS_SAYS("elasticache.cache_cluster_zones_of_subnet_group", "awscc.elasticache.cache_cluster",
		 AWS_CALL_ANY, WHEN(SET("cache_subnet_group_name->subnet_ids")),
		 THEN(AMONG("preferred_availability_zones[]",
			    "cache_subnet_group_name->subnet_ids[]->availability_zone")),
		 "If you are creating your cluster in an Amazon VPC (recommended) you can only "
		 "locate nodes in Availability Zones that are associated with the subnets in the "
		 "selected subnet group.", EC "CreateCacheCluster PreferredAvailabilityZones"),
	AWS_SAYS("elasticache.cache_cluster_transit_unchanged", "awscc.elasticache.cache_cluster",
		 AWS_CALL_UPDATE, ALWAYS,
		 THEN(UNCHANGED("transit_encryption_enabled")),
		 "You cannot modify the value of TransitEncryptionEnabled after the cluster is created",
		 EC_CFN "CacheCluster TransitEncryptionEnabled"),

	/* replication groups */
	AWS_SAYS("elasticache.replication_group_engine", "awscc.elasticache.replication_group",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("engine", REDIS_OR_VALKEY)), "The value must be set to valkey or redis.",
		 EC "CreateReplicationGroup Engine"),
	AWS_SAYS("elasticache.replication_group_id_chars", "awscc.elasticache.replication_group",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("replication_group_id", "^[A-Za-z0-9-]{1,40}$")),
		 "A name must contain from 1 to 40 alphanumeric characters or hyphens.",
		 EC "CreateReplicationGroup ReplicationGroupId"),
	AWS_SAYS("elasticache.replication_group_id_hyphens", "awscc.elasticache.replication_group",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(NOT_MATCHES("replication_group_id", "(-$|--)")),
		 "A name cannot end with a hyphen or contain two consecutive hyphens.",
		 EC "CreateReplicationGroup ReplicationGroupId"),
	AWS_SAYS("elasticache.replication_group_id_letter", "awscc.elasticache.replication_group",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("replication_group_id", "^[A-Za-z]")),
		 "The first character must be a letter.", EC "CreateReplicationGroup ReplicationGroupId"),
	AWS_SAYS("elasticache.replication_group_description_length", "awscc.elasticache.replication_group",
		 AWS_CALL_UPDATE, ALWAYS,
		 THEN(LEN_IN("replication_group_description", 0, 255)),
		 "Maximum length is 255 characters.", EC "ModifyReplicationGroup ReplicationGroupDescription"),
	AWS_SAYS("elasticache.auth_token_printable", "awscc.elasticache.replication_group",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("auth_token", "^[ -~]*$")), "Must be only printable ASCII characters.",
		 EC "CreateReplicationGroup AuthToken"),
	AWS_SAYS("elasticache.auth_token_length", "awscc.elasticache.replication_group",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(LEN_IN("auth_token", 16, 128)),
		 "Must be at least 16 characters and no more than 128 characters in length.",
		 EC "CreateReplicationGroup AuthToken"),
	AWS_SAYS("elasticache.auth_token_special_chars", "awscc.elasticache.replication_group",
		 AWS_CALL_CREATE, ALWAYS,
		 THEN(MATCHES("auth_token", "^[A-Za-z0-9!&#$^<>-]*$")),
		 "Other printable special characters cannot be used in the AUTH token.",
		 EC "CreateReplicationGroup AuthToken (the only permitted: !, &, #, $, ^, <, >, -)"),
	AWS_SAYS("elasticache.auth_token_refused_chars", "awscc.elasticache.replication_group",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(NOT_MATCHES("auth_token", "[/\"@%]")),
		 "Cannot contain any of the following characters: '/', '\"', or '@', '%'",
		 EC "ModifyReplicationGroup AuthToken"),
	AWS_SAYS("elasticache.cluster_mode_failover", "awscc.elasticache.replication_group",
		 AWS_CALL_ANY, WHEN(CLUSTER_MODE_ON),
		 THEN(IS("automatic_failover_enabled", "true")),
		 "AutomaticFailoverEnabled must be enabled for Valkey or Redis OSS (cluster mode "
		 "enabled) replication groups.", EC "CreateReplicationGroup AutomaticFailoverEnabled"),
	AWS_SAYS("elasticache.t1_no_failover", "awscc.elasticache.replication_group", AWS_CALL_ANY,
		 WHEN(MATCHES("cache_node_type", "^cache\\.t1\\.")),
		 THEN(IS_NOT("automatic_failover_enabled", "true")),
		 "Valkey or Redis OSS Multi-AZ with automatic failover is not supported on T1 "
		 "instances.", EC "CreateReplicationGroup CacheNodeType"),
	AWS_SAYS("elasticache.failover_two_clusters", "awscc.elasticache.replication_group",
		 AWS_CALL_ANY,
		 WHEN(IS("automatic_failover_enabled", "true")), THEN(ABOVE("num_cache_clusters", 1)),
		 "If AutomaticFailoverEnabled is true, the value of this parameter must be at least 2.",
		 EC "CreateReplicationGroup NumCacheClusters"),
	AWS_SAYS("elasticache.cluster_mode_disabled_one_group", "awscc.elasticache.replication_group",
		 AWS_CALL_ANY,
		 WHEN(IS("cluster_mode", "disabled")), THEN(IN("num_node_groups", 1, 1)),
		 "For Valkey or Redis OSS (cluster mode disabled) either omit this parameter or set "
		 "it to 1.", EC "CreateReplicationGroup NumNodeGroups"),
	AWS_SAYS("elasticache.cluster_mode_compatible_first", "awscc.elasticache.replication_group",
		 AWS_CALL_UPDATE,
		 WHEN(WAS(IS("cluster_mode", "disabled"))), THEN(IS_NOT("cluster_mode", "enabled")),
		 "To modify cluster mode from Disabled to Enabled, you must first set the cluster mode "
		 "to Compatible.", EC "ModifyReplicationGroup ClusterMode"),
	AWS_SAYS("elasticache.snapshotting_cluster_mode_off", "awscc.elasticache.replication_group",
		 AWS_CALL_ANY,
		 WHEN(CLUSTER_MODE_ON), THEN(UNSET("snapshotting_cluster_id")),
		 "This parameter cannot be set for Valkey or Redis OSS (cluster mode enabled) "
		 "replication groups.", EC "ModifyReplicationGroup SnapshottingClusterId"),
	AWS_SAYS("elasticache.data_tiering_r6gd", "awscc.elasticache.replication_group",
		 AWS_CALL_ANY,
		 WHEN(IS("data_tiering_enabled", "true")),
		 THEN(MATCHES("cache_node_type", "^cache\\.r6gd\\.")),
		 "Data tiering is only supported for replication groups using the r6gd node type.",
		 EC "CreateReplicationGroup DataTieringEnabled"),
	AWS_SAYS("elasticache.r6gd_data_tiering", "awscc.elasticache.replication_group",
		 AWS_CALL_CREATE,
		 WHEN(MATCHES("cache_node_type", "^cache\\.r6gd\\.")),
		 THEN(SET("data_tiering_enabled"), IS("data_tiering_enabled", "true")),
		 "This parameter must be set to true when using r6gd nodes.",
		 EC "CreateReplicationGroup DataTieringEnabled"),
	AWS_SAYS("elasticache.replicas_per_node_group", "awscc.elasticache.replication_group",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(IN("replicas_per_node_group", 0, 5)), "Valid values are 0 to 5.",
		 EC "CreateReplicationGroup ReplicasPerNodeGroup"),
	/* seeding from snapshots in S3 a group of cluster mode enabled */
	AWS_SAYS("elasticache.seeded_cluster_mode_groups", "awscc.elasticache.replication_group",
		 AWS_CALL_CREATE,
		 WHEN(SET("snapshot_arns"), CLUSTER_MODE_ON),
		 THEN(SET("node_group_configuration"),
		      EACH("node_group_configuration", ALWAYS, THEN(SET("slots")))),
		 "However, it is required when seeding a Valkey or Redis OSS (cluster mode enabled) "
		 "cluster from a S3 rdb file.", EC "CreateReplicationGroup NodeGroupConfiguration"),
	RULE(RG, "", rule_elasticache_group_zone_count,
	     EC "CreateReplicationGroup PreferredCacheClusterAZs"),
	AWS_SAYS("elasticache.replication_group_security_groups_outside_vpc",
		 "awscc.elasticache.replication_group",
		 AWS_CALL_ANY,
		 WHEN(ANY_OF(SET("cache_subnet_group_name"), SET("security_group_ids"))),
		 THEN(UNSET("cache_security_group_names")),
		 "Use this parameter only when you are creating a replication group in an Amazon "
		 "Virtual Private Cloud (Amazon VPC).", EC "CreateReplicationGroup SecurityGroupIds"),
	AWS_SAYS("elasticache.replication_group_zones_of_subnet_group",
		 "awscc.elasticache.replication_group",
		 AWS_CALL_ANY, WHEN(SET("cache_subnet_group_name->subnet_ids")),
		 THEN(AMONG("preferred_cache_cluster_a_zs[]",
			    "cache_subnet_group_name->subnet_ids[]->availability_zone")),
		 "If you are creating your replication group in an Amazon VPC (recommended), you can "
		 "only locate clusters in Availability Zones associated with the subnets in the "
		 "selected subnet group.", EC "CreateReplicationGroup PreferredCacheClusterAZs"),
	/* 3.2.6 and 4.x on (the engine being Valkey or Redis OSS) */
	AWS_SAYS("elasticache.transit_encryption_version", "awscc.elasticache.replication_group",
		 AWS_CALL_ANY,
		 WHEN(IS("transit_encryption_enabled", "true")),
		 THEN(NOT_MATCHES("engine_version", "^(2\\.|3\\.[01]\\.|3\\.2\\.[0-5]$)")),
		 "This parameter is valid only if the Engine parameter is redis, the EngineVersion "
		 "parameter is 3.2.6, 4.x or later, and the cluster is being created in an Amazon VPC.",
		 EC "CreateReplicationGroup TransitEncryptionEnabled"),
	AWS_SAYS("elasticache.enable_transit_preferred", "awscc.elasticache.replication_group",
		 AWS_CALL_UPDATE,
		 WHEN(IS("transit_encryption_enabled", "true"),
		      WAS(IS("transit_encryption_enabled", "false"))),
		 THEN(IS("transit_encryption_mode", "preferred")),
		 "If you are enabling in-transit encryption for an existing cluster, you must also set "
		 "TransitEncryptionMode to preferred.",
		 EC "ModifyReplicationGroup TransitEncryptionEnabled"),
	RULE(RG, "tags", rule_tag_list_keys, EC_CFN "ReplicationGroup Tag.Key"),

	/* both, and the global datastore's node type */
	AWS_SAYS("elasticache.previous_generation_nodes", "awscc.elasticache.*", AWS_CALL_CREATE,
		 ALWAYS, THEN(NOT_MATCHES("cache_node_type", "^cache\\.(t1|m1|m2|m3|c1|r3)\\.")),
		 "Existing clusters are still supported but creation of new clusters is not supported "
		 "for these types.)", EC "CreateCacheCluster CacheNodeType (previous generation)"),
	/* the global datastore's version is never read back: its object's is
	 * not known, and passes */
	AWS_SAYS("elasticache.engine_no_downgrade", "awscc.elasticache.*", AWS_CALL_UPDATE, ALWAYS,
		 THEN(NOT_OLDER("engine_version")),
		 "Important: You can upgrade to a newer engine version (see Selecting a Cache Engine "
		 "and Version), but you cannot downgrade to an earlier engine version.",
		 EC "ModifyCacheCluster EngineVersion"),
	AWS_SAYS("elasticache.maintenance_window_hour", "awscc.elasticache.*", AWS_CALL_ANY, ALWAYS,
		 THEN(WINDOW_IN("preferred_maintenance_window", 60, 10080)),
		 "The minimum maintenance window is a 60 minute period.",
		 EC "CreateCacheCluster PreferredMaintenanceWindow"),
	AWS_SAYS("elasticache.maintenance_window_days", "awscc.elasticache.*", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(MATCHES("preferred_maintenance_window",
			      "^([Ss][Uu][Nn]|[Mm][Oo][Nn]|[Tt][Uu][Ee]|[Ww][Ee][Dd]|[Tt][Hh][Uu]|"
			      "[Ff][Rr][Ii]|[Ss][Aa][Tt]):[0-9]{2}:[0-9]{2}-"
			      "([Ss][Uu][Nn]|[Mm][Oo][Nn]|[Tt][Uu][Ee]|[Ww][Ee][Dd]|[Tt][Hh][Uu]|"
			      "[Ff][Rr][Ii]|[Ss][Aa][Tt]):[0-9]{2}:[0-9]{2}$")),
		 "Valid values for ddd are:", EC "CreateCacheCluster PreferredMaintenanceWindow "
		 "(sun, mon, tue, wed, thu, fri, sat; ddd:hh24:mi-ddd:hh24:mi)"),
	AWS_SAYS("elasticache.cache_security_group_not_default", "awscc.elasticache.*",
		 AWS_CALL_UPDATE, ALWAYS,
		 THEN(EACH("cache_security_group_names", ALWAYS, THEN(IS_NOT("", "Default")))),
		 "Must not be \"Default\".", EC "ModifyCacheCluster CacheSecurityGroupNames"),
	AWS_SAYS("elasticache.snapshot_arns_no_commas", "awscc.elasticache.*", AWS_CALL_ANY,
		 ALWAYS, THEN(EACH("snapshot_arns", ALWAYS, THEN(NOT_MATCHES("", ",")))),
		 "The Amazon S3 object name in the ARN cannot contain any commas.",
		 EC "CreateCacheCluster SnapshotArns"),
	AWS_SAYS("elasticache.log_firehose_details", "awscc.elasticache.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("log_delivery_configurations",
			   WHEN(IS("destination_type", "kinesis-firehose")),
			   THEN(SET("destination_details.kinesis_firehose_details")))),
		 "Note that this field is marked as required but only if Kinesis Data Firehose was "
		 "chosen as the destination.", EC_CFN "ReplicationGroup KinesisFirehoseDestinationDetails"),
	AWS_SAYS("elasticache.log_cloudwatch_details", "awscc.elasticache.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("log_delivery_configurations",
			   WHEN(IS("destination_type", "cloudwatch-logs")),
			   THEN(SET("destination_details.cloudwatch_logs_details")))),
		 "Note that this field is marked as required but only if CloudWatch Logs was chosen as "
		 "the destination.", EC_CFN "ReplicationGroup CloudWatchLogsDestinationDetails"),

	/* serverless caches, parameter and subnet groups */
	AWS_SAYS("elasticache.serverless_description", "awscc.elasticache.serverless_cache",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(LEN_IN("description", 0, 255)), "The maximum length is 255 characters.",
		 EC "CreateServerlessCache Description"),
	AWS_SAYS("elasticache.serverless_snapshot_retention", "awscc.elasticache.serverless_cache",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(IN("snapshot_retention_limit", 0, 35)), "The maximum value allowed is 35 days.",
		 EC "CreateServerlessCache SnapshotRetentionLimit"),
	AWS_SAYS("elasticache.serverless_subnets_one_vpc", "awscc.elasticache.serverless_cache",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(SAME("subnet_ids[]->vpc_id", NULL)),
		 "All the subnetIds must belong to the same VPC.", EC "CreateServerlessCache SubnetIds"),
	AWS_SAYS("elasticache.parameter_group_family", "awscc.elasticache.parameter_group",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(IS("cache_parameter_group_family", "valkey8", "valkey7", "memcached1.4",
			 "memcached1.5", "memcached1.6", "redis2.6", "redis2.8", "redis3.2", "redis4.0",
			 "redis5.0", "redis6.x", "redis7")),
		 "Valid values are: valkey8 | valkey7 | memcached1.4 | memcached1.5 | memcached1.6 | "
		 "redis2.6 | redis2.8 | redis3.2 | redis4.0 | redis5.0 | redis6.x | redis7",
		 EC "CreateCacheParameterGroup CacheParameterGroupFamily"),
	AWS_SAYS("elasticache.subnet_group_name", "awscc.elasticache.subnet_group", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(MATCHES("cache_subnet_group_name", "^[A-Za-z0-9-]*$"),
		      LEN_IN("cache_subnet_group_name", 0, 255)),
		 "Constraints: Must contain no more than 255 alphanumeric characters or hyphens.",
		 EC "CreateCacheSubnetGroup CacheSubnetGroupName"),

	{ NULL },
};
