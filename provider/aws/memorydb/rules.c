/*
 * memorydb/rules.c: Amazon MemoryDB's (clusters, multi-Region clusters, ACLs,
 * users, parameter and subnet groups) rows of the one table of checks
 * (checks/row.h) on the awscc types of a service terrace's own code does
 * not call (its objects are made through Cloud Control alone): AWS's words
 * of the census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE: botocore's memorydb). Its ledger:
 * checks/words/memorydb.words.
 */
#include "provider/aws/checks/rules.h"

#define R6GD "^db\\.r6gd\\."
#define DAY "([Ss][Uu][Nn]|[Mm][Oo][Nn]|[Tt][Uu][Ee]|[Ww][Ee][Dd]|[Tt][Hh][Uu]|[Ff][Rr][Ii]|" \
	"[Ss][Aa][Tt])"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_memorydb[] = {
	/* a cluster's data tiering and its node type */
	AWS_SAYS("memorydb.data_tiering_set_on_r6gd", "awscc.memorydb.cluster", AWS_CALL_ANY,
		 WHEN(MATCHES("node_type", R6GD)), THEN(SET("data_tiering")),
		 "This parameter must be set when using r6gd nodes.",
		 "memorydb CreateCluster DataTiering"),
	AWS_SAYS("memorydb.data_tiering_only_r6gd", "awscc.memorydb.cluster", AWS_CALL_ANY,
		 WHEN(IS("data_tiering", "true")), THEN(MATCHES("node_type", R6GD)),
		 "Data tiering is only supported for clusters using the r6gd node type.",
		 "memorydb CreateCluster DataTiering"),
	/* its engine, its replicas, its network */
	AWS_SAYS("memorydb.engine_no_downgrade", "awscc.memorydb.cluster", AWS_CALL_UPDATE, ALWAYS,
		 THEN(NOT_OLDER("engine_version")),
		 "You can upgrade to a newer engine version, but you cannot downgrade to an earlier "
		 "engine version.", "memorydb UpdateCluster EngineVersion"),
	AWS_SAYS("memorydb.replicas_per_shard_at_most_5", "awscc.memorydb.cluster", AWS_CALL_ANY,
		 ALWAYS, THEN(IN("num_replicas_per_shard", 0, 5)), "The maximum is 5.",
		 "memorydb CreateCluster NumReplicasPerShard"),
	/* an IPv4 network's addresses are found by IPv4, an IPv6 one's by
	 * IPv6 (a dual-stack network's by either) */
	AWS_SAYS("memorydb.ip_discovery_ipv4_network", "awscc.memorydb.cluster", AWS_CALL_ANY,
		 WHEN(IS("network_type", "ipv4")), THEN(IS("ip_discovery", "ipv4")),
		 "The value must be compatible with the NetworkType parameter.",
		 "memorydb CreateCluster IpDiscovery"),
	AWS_SAYS("memorydb.ip_discovery_ipv6_network", "awscc.memorydb.cluster", AWS_CALL_ANY,
		 WHEN(IS("network_type", "ipv6")), THEN(IS("ip_discovery", "ipv6")),
		 "The value must be compatible with the NetworkType parameter.",
		 "memorydb CreateCluster IpDiscovery"),
	/* its maintenance window */
	AWS_SAYS("memorydb.maintenance_window_hour", "awscc.memorydb.cluster", AWS_CALL_ANY, ALWAYS,
		 THEN(WINDOW_IN("maintenance_window", 60, 10080)),
		 "The minimum maintenance window is a 60 minute period.",
		 "memorydb CreateCluster MaintenanceWindow"),
	AWS_SAYS("memorydb.maintenance_window_days", "awscc.memorydb.cluster", AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("maintenance_window", "^" DAY ":[0-9]{2}:[0-9]{2}-" DAY
			      ":[0-9]{2}:[0-9]{2}$")),
		 "Valid values for ddd are:", "memorydb CreateCluster MaintenanceWindow "
		 "(sun, mon, tue, wed, thu, fri, sat; ddd:hh24:mi-ddd:hh24:mi)"),
	/* the snapshots it is seeded from */
	AWS_SAYS("memorydb.snapshot_arns_no_commas", "awscc.memorydb.cluster", AWS_CALL_CREATE,
		 ALWAYS, THEN(EACH("snapshot_arns", ALWAYS, THEN(NOT_MATCHES("", ",")))),
		 "The Amazon S3 object name in the ARN cannot contain any commas.",
		 "memorydb CreateCluster SnapshotArns"),
	/* what only its creation sets */
	AWS_SAYS("memorydb.auto_minor_upgrade_kept", "awscc.memorydb.cluster", AWS_CALL_UPDATE,
		 ALWAYS, THEN(UNCHANGED("auto_minor_version_upgrade")),
		 "You cannot modify the value of AutoMinorVersionUpgrade after the cluster is "
		 "created.", "CloudFormation registry: AWS::MemoryDB::Cluster AutoMinorVersionUpgrade"),
	{ NULL },
};
