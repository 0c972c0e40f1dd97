/*
 * redshift/rules.c: the Redshift rules its model does not carry
 * (checks/rules.h): a cluster's master password and user name, database
 * name, port, node count, identifiers and final snapshot, a subnet group's
 * name and subnets; and AWS's own words (AWS_SAYS) on a subnet group's
 * subnets and on the awscc types: the registry's sentences their schemas'
 * keywords do not hold (a cluster's and parameter group's settings, tags),
 * and the API's sentences on what their handlers send.
 * The identifiers, final snapshots and subnet groups are judged as RDS's
 * are (rds/api.h: one grammar for both services' names).
 */
#include <ctype.h>
#include <math.h>
#include <string.h>
#include <strings.h>

#include "provider/aws/checks/rules.h"
#include "provider/aws/checks/shared.h"
#include "provider/aws/rds/api.h"
#include "provider/aws/redshift/api.h"
#include "provider/provider.h"

/* Redshift CreateCluster MasterUserPassword
 * (https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateCluster.html):
 * 8 to 64 characters, at least one upper-case letter, one lower-case
 * letter and one digit, printable ASCII (33-126) except ' " \ / @. Never
 * shown. */
int rule_redshift_master_password(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = value_known_string(v);
	bool upper = false, lower = false, digit = false;
	size_t n;
	(void)r;
	if (!s)
		return 0;
	n = strlen(s);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p < 33 || *p > 126 || strchr("'\"\\/@", *p)) {
			strbuf_addstr(err, "holds a character Redshift refuses in a master password: "
				      "it takes printable ASCII except ' \" \\ / @ and space (the "
				      "value is not shown)");
			return -1;
		}
		upper |= isupper(*p) != 0;
		lower |= islower(*p) != 0;
		digit |= isdigit(*p) != 0;
	}
	if (n < 8 || n > 64) {
		strbuf_addf(err, "has %zu characters: a Redshift master password has 8 to 64 (the "
			    "value is not shown)", n);
		return -1;
	}
	if (!upper || !lower || !digit) {
		strbuf_addf(err, "has no %s: a Redshift master password has at least one "
			    "upper-case letter, one lower-case letter and one digit (the value is "
			    "not shown)", !upper ? "upper-case letter" : !lower ? "lower-case letter"
			    : "digit");
		return -1;
	}
	return 0;
}

/* Redshift reserved words (Database Developer Guide, "Reserved words",
 * https://docs.aws.amazon.com/redshift/latest/dg/r_pg_keywords.html). */
static const char *const redshift_reserved[] = {
	"AES128", "AES256", "ALL", "ALLOWOVERWRITE", "ANALYSE", "ANALYZE", "AND", "ANY",
	"ARRAY", "AS", "ASC", "AUTHORIZATION", "AZ64", "BACKUP", "BETWEEN", "BINARY",
	"BLANKSASNULL", "BOTH", "BYTEDICT", "BZIP2", "CASE", "CAST", "CHECK", "COLLATE",
	"COLUMN", "CONSTRAINT", "CREATE", "CREDENTIALS", "CROSS", "CURRENT_DATE",
	"CURRENT_TIME", "CURRENT_TIMESTAMP", "CURRENT_USER", "CURRENT_USER_ID", "DEFAULT",
	"DEFERRABLE", "DEFLATE", "DEFRAG", "DELTA", "DELTA32K", "DESC", "DISABLE", "DISTINCT",
	"DO", "ELSE", "EMPTYASNULL", "ENABLE", "ENCODE", "ENCRYPT", "ENCRYPTION", "END",
	"EXCEPT", "EXPLICIT", "FALSE", "FOR", "FOREIGN", "FREEZE", "FROM", "FULL",
	"GLOBALDICT256", "GLOBALDICT64K", "GRANT", "GROUP", "GZIP", "HAVING", "IDENTITY",
	"IGNORE", "ILIKE", "IN", "INITIALLY", "INNER", "INTERSECT", "INTERVAL", "INTO", "IS",
	"ISNULL", "JOIN", "LEADING", "LEFT", "LIKE", "LIMIT", "LOCALTIME", "LOCALTIMESTAMP",
	"LUN", "LUNS", "LZO", "LZOP", "MINUS", "MOSTLY16", "MOSTLY32", "MOSTLY8", "NATURAL",
	"NEW", "NOT", "NOTNULL", "NULL", "NULLS", "OFF", "OFFLINE", "OFFSET", "OID", "OLD",
	"ON", "ONLY", "OPEN", "OR", "ORDER", "OUTER", "OVERLAPS", "PARALLEL", "PARTITION",
	"PERCENT", "PERMISSIONS", "PIVOT", "PLACING", "PRIMARY", "RAW", "READRATIO", "RECOVER",
	"REFERENCES", "REJECTLOG", "RESORT", "RESPECT", "RESTORE", "RIGHT", "SELECT",
	"SESSION_USER", "SIMILAR", "SNAPSHOT", "SOME", "SYSDATE", "SYSTEM", "TABLE", "TAG",
	"TDES", "TEXT255", "TEXT32K", "THEN", "TIMESTAMP", "TO", "TOP", "TRAILING", "TRUE",
	"TRUNCATECOLUMNS", "UNION", "UNIQUE", "UNNEST", "UNPIVOT", "USER", "USING", "VERBOSE",
	"WALLET", "WHEN", "WHERE", "WITH", "WITHOUT", "PUBLIC", NULL,
};

/* -1 with err when s is a Redshift reserved word, in any case (a name the
 * user may take instead is `example`). */
static int redshift_not_reserved(const char *s, const char *example, struct strbuf *err)
{
	for (size_t i = 0; redshift_reserved[i]; i++)
		if (!strcasecmp(s, redshift_reserved[i])) {
			strbuf_addf(err, "\"%s\" is a Redshift reserved word (e.g. \"%s\")", s,
				    example);
			return -1;
		}
	return 0;
}

/* Redshift CreateCluster MasterUsername: 1 to 128 characters, a letter
 * first, then letters, digits, _ + . @ -; not PUBLIC nor a reserved word
 * (in any case: Redshift folds names to lower case). The reference says
 * lower-case letters; an upper-case one is left to Redshift. */
int rule_redshift_master_username(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = value_known_string(v);
	(void)r;
	if (!s)
		return 0;
	if (!matches(s, "^[A-Za-z][A-Za-z0-9_+.@-]*$") || strlen(s) > 128) {
		strbuf_addf(err, "\"%.40s%s\": a Redshift master user name has 1 to 128 letters, "
			    "digits, _ + . @ and -, a letter first (e.g. \"etl_admin\")", s,
			    strlen(s) > 40 ? "..." : "");
		return -1;
	}
	return redshift_not_reserved(s, "etl_admin", err);
}

/* Redshift CreateCluster DBName: 1 to 64 characters, not a reserved word.
 * The reference says alphanumeric and lower case; an upper-case letter, _
 * and $ (which PostgreSQL names take) are left to Redshift, so that no
 * valid name is refused. */
static int rule_redshift_database_name(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = value_known_string(v);
	(void)r;
	if (!s)
		return 0;
	if (!matches(s, "^[A-Za-z0-9_$]{1,64}$")) {
		strbuf_addf(err, "\"%.40s%s\": a Redshift database name has 1 to 64 letters, "
			    "digits, _ and $ (e.g. \"dev\")", s, strlen(s) > 40 ? "..." : "");
		return -1;
	}
	return redshift_not_reserved(s, "dev", err);
}

/* Port by node family (Redshift API reference, CreateCluster Port): "For
 * clusters with RG or RA3 nodes - Select a port within the ranges 5431-5455
 * or 8191-8215. For clusters with dc2 nodes - Select a port within the
 * range 1150-65535." The family is the node type's prefix; a node type not
 * known yet, or of another family, gets the widest range. */
static int rule_redshift_port(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *node = value_known_member(r, "node_type");
	double port;
	if (!known_number(v, &port))
		return 0;
	if (port != floor(port) || port < 1150 || port > 65535) {
		strbuf_addf(err, "%g, where AWS takes 1150 to 65535, a whole number (e.g. 5439; "
			    "Redshift API reference: CreateCluster Port)", port);
		return -1;
	}
	if (node && (has_prefix(node, "ra3.") || has_prefix(node, "rg.")) &&
	    !((port >= 5431 && port <= 5455) || (port >= 8191 && port <= 8215))) {
		strbuf_addf(err, "%g: a cluster of %s nodes listens on a port from 5431 to 5455 or "
			    "from 8191 to 8215 (e.g. 5439; 1150-65535 is for dc2 nodes)", port, node);
		return -1;
	}
	return 0;
}

/* NumberOfNodes by node type (Amazon Redshift Management Guide, "Node type
 * details": dc2.8xlarge, ra3.4xlarge and ra3.16xlarge clusters have 2 nodes
 * or more; dc2.large, ra3.large and ra3.xlplus may be single-node). A row
 * for the whole resource: number_of_nodes unset is 1 (terrace then asks
 * for a single-node cluster). The most nodes per type is an account quota,
 * left to Redshift. */
static int rule_redshift_nodes(const json_t *v, const json_t *r, struct strbuf *err)
{
	static const char *const multi_only[] = { "dc2.8xlarge", "ra3.4xlarge", "ra3.16xlarge",
						  NULL };
	const char *node = value_known_member(v, "node_type");
	const json_t *count = json_object_get(v, "number_of_nodes");
	double n = 1;
	(void)r;
	if (!node || value_not_known(count) || (value_is_set(count) && !known_number(count, &n)))
		return 0;
	for (size_t i = 0; multi_only[i]; i++)
		if (!strcmp(node, multi_only[i]) && n < 2) {
			strbuf_addf(err, "number_of_nodes %g%s: a %s cluster has 2 nodes or more "
				    "(single-node clusters are dc2.large, ra3.large and ra3.xlplus; "
				    "e.g. number_of_nodes: 2)", n, value_is_set(count) ? "" : " (unset)",
				    node);
			return -1;
		}
	return 0;
}

int rule_redshift_identifier(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	return db_identifier(v, 63, true, "Redshift CreateCluster ClusterIdentifier", err);
}

/* A final snapshot's name: a Redshift identifier. */
static int rule_redshift_snapshot_identifier(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	return db_identifier(v, 255, true,
			     "Redshift DeleteCluster FinalClusterSnapshotIdentifier", err);
}

/* A Redshift subnet group's name. */
static int rule_redshift_subnet_group_name(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	return subnet_group_name(v, "", "Redshift CreateClusterSubnetGroup "
				 "ClusterSubnetGroupName", err);
}

/*
 * The Redshift rows of the one table of checks (checks/row.h), in the order
 * they run: a type's rows for single values before its rows for the whole
 * resource; aws_rules_tables (checks/tables.c) lists this table.
 */
#define REDSHIFT_NAMES "Redshift API reference: CreateCluster, CreateClusterSubnetGroup"
#define REDSHIFT_API "Redshift API reference: CreateCluster"
#define CFN_REDSHIFT "CloudFormation registry: AWS::Redshift::"

const struct aws_check_row aws_rules_redshift[] = {
	RULE("aws.redshift.cluster", "cluster_identifier", rule_redshift_identifier,
	     REDSHIFT_NAMES),
	RULE("aws.redshift.cluster", "final_snapshot_identifier",
	     rule_redshift_snapshot_identifier, REDSHIFT_NAMES),
	RULE("aws.redshift.cluster", "master_password", rule_redshift_master_password,
	     REDSHIFT_API " MasterUserPassword"),
	/* The awscc twin sends its password to the same CreateCluster. */
	RULE("awscc.redshift.cluster", "master_user_password", rule_redshift_master_password,
	     "CloudFormation registry: AWS::Redshift::Cluster MasterUserPassword; " REDSHIFT_API
	     " MasterUserPassword"),
	RULE("aws.redshift.cluster", "master_username", rule_redshift_master_username,
	     REDSHIFT_API " MasterUsername; Database Developer Guide: reserved words"),
	WHOLE_FROM("aws.redshift.cluster", "number_of_nodes", 1,
		   "Redshift API reference: CreateCluster NumberOfNodes"),
	RULE("aws.redshift.cluster", "database_name", rule_redshift_database_name,
	     REDSHIFT_API " DBName; Database Developer Guide: reserved words"),
	RULE("aws.redshift.cluster", "port", rule_redshift_port,
	     REDSHIFT_API " Port (by node family: ra3 and rg 5431-5455, 8191-8215; dc2 1150-65535)"),
	/* The awscc cluster sends its port to CreateCluster and
	 * RestoreFromClusterSnapshot alike ("For clusters with RG or RA3 nodes,
	 * must be within the ranges 5431-5455 or 8191-8215"). */
	RULE("awscc.redshift.cluster", "port", rule_redshift_port,
	     "redshift RestoreFromClusterSnapshot Port"),
	RULE("aws.redshift.cluster", "", rule_db_final_snapshot,
	     "Redshift API reference: DeleteCluster"),
	RULE("aws.redshift.cluster", "", rule_redshift_nodes,
	     "Redshift Management Guide: node type details (node range)"),
	RULE("aws.redshift.subnet_group", "name", rule_redshift_subnet_group_name,
	     REDSHIFT_NAMES),
	RULE("aws.redshift.subnet_group", "subnet_ids", rule_subnet_group_subnets,
	     "Redshift API reference: CreateClusterSubnetGroup SubnetIds"),
	/* the awscc type sends ClusterType as written; the written twin
	 * derives it from number_of_nodes (redshift/cluster.c) */
	AWS_SAYS("redshift.awscc_multi_node_needs_nodes", "awscc.redshift.cluster", AWS_CALL_ANY,
		 WHEN(IS("cluster_type", "multi-node")), THEN(SET("number_of_nodes")),
		 "This parameter is required when the ClusterType parameter is specified as "
		 "multi-node.", "redshift CreateCluster NumberOfNodes"),
	AWS_SAYS("redshift.subnets_at_most_20", "aws.redshift.subnet_group", AWS_CALL_ANY, ALWAYS,
		 THEN(LEN_IN("subnet_ids", 0, 20)),
		 "A maximum of 20 subnets can be modified in a single request.",
		 "redshift CreateClusterSubnetGroup SubnetIds"),
	AWS_SAYS("redshift.cfn_subnets_at_most_20", "awscc.redshift.cluster_subnet_group",
		 AWS_CALL_ANY, ALWAYS, THEN(LEN_IN("subnet_ids", 0, 20)),
		 "A maximum of 20 subnets can be modified in a single request.",
		 "redshift CreateClusterSubnetGroup SubnetIds"),
	AWS_SAYS("redshift.cfn_defer_duration_or_end", "awscc.redshift.cluster", AWS_CALL_ANY,
		 WHEN(SET("defer_maintenance_duration")), THEN(UNSET("defer_maintenance_end_time")),
		 "If you specify a duration, you can't specify an end time.",
		 CFN_REDSHIFT "Cluster DeferMaintenanceDuration"),
	AWS_SAYS("redshift.cfn_defer_up_to_60_days", "awscc.redshift.cluster", AWS_CALL_ANY,
		 ALWAYS, THEN(IN("defer_maintenance_duration", 0, 60)),
		 "The duration must be 60 days or less.", CFN_REDSHIFT "Cluster DeferMaintenanceDuration"),
	/* -1 (keep for ever) or a whole number of days from 1 to 3,653 */
	AWS_SAYS("redshift.cfn_manual_snapshot_retention", "awscc.redshift.cluster", AWS_CALL_ANY,
		 ALWAYS, THEN(MATCHES("manual_snapshot_retention_period",
				      "^(-1|[1-9][0-9]{0,2}|[12][0-9]{3}|3[0-5][0-9]{2}|36[0-4][0-9]|"
				      "365[0-3])$")),
		 "The value must be either -1 or an integer between 1 and 3,653.",
		 CFN_REDSHIFT "Cluster ManualSnapshotRetentionPeriod"),
	/* the API's sentence too, which terrace's written cluster never
	 * breaks (it sends no ManageMasterPassword); the password is never
	 * quoted: the row is said of its sibling */
	AWS_SAYS("redshift.cfn_managed_or_given_password", "awscc.redshift.cluster", AWS_CALL_ANY,
		 WHEN(SET("master_user_password")), THEN(IS_NOT("manage_master_password", "true")),
		 "You can't use MasterUserPassword if ManageMasterPassword is true.",
		 CFN_REDSHIFT "Cluster ManageMasterPassword, MasterUserPassword"),
	/* the automated snapshots' copies, which a cross-Region copy
	 * (DestinationRegion) keeps; the manual ones' (SnapshotCopyManual
	 * true) are redshift.cfn_snapshot_copy_manual_retention's */
	AWS_SAYS("redshift.cfn_snapshot_copy_retention", "awscc.redshift.cluster", AWS_CALL_ANY,
		 WHEN(SET("destination_region"), UNSET("snapshot_copy_manual")),
		 THEN(IN("snapshot_copy_retention_period", 1, 35)),
		 "Constraints: Must be at least 1 and no more than 35.",
		 CFN_REDSHIFT "Cluster SnapshotCopyRetentionPeriod"),
	AWS_SAYS("redshift.cfn_snapshot_copy_manual_retention", "awscc.redshift.cluster",
		 AWS_CALL_ANY, WHEN(IS("snapshot_copy_manual", "true")),
		 THEN(ANY_OF(IS("snapshot_copy_retention_period", "-1"),
			     IN("snapshot_copy_retention_period", 1, 3653))),
		 "Constraints: The number of days must be either -1 or an integer between 1 and "
		 "3,653 for manual snapshots.", "redshift ModifySnapshotCopyRetentionPeriod "
		 "RetentionPeriod"),
	/* The awscc types of the handlers' calls (checks/words/redshift.words):
	 * the cluster's snapshots, zone, Elastic IP, key, password's key,
	 * maintenance window and log prefix. */
	AWS_SAYS("redshift.cfn_automated_retention_0_35", "awscc.redshift.cluster", AWS_CALL_ANY,
		 ALWAYS, THEN(IN("automated_snapshot_retention_period", 0, 35)),
		 "Constraints: Must be a value from 0 to 35.",
		 "redshift CreateCluster AutomatedSnapshotRetentionPeriod"),
	AWS_SAYS("redshift.cfn_ra3_keeps_snapshots", "awscc.redshift.cluster", AWS_CALL_ANY,
		 WHEN(MATCHES("node_type", "^(ra3|rg)\\.")),
		 THEN(IS_NOT("automated_snapshot_retention_period", "0")),
		 "You can't disable automated snapshots for RG or RA3 node types.",
		 "redshift CreateCluster AutomatedSnapshotRetentionPeriod"),
	AWS_SAYS("redshift.cfn_zone_in_region", "awscc.redshift.cluster", AWS_CALL_CREATE, ALWAYS,
		 THEN(IN_REGION("availability_zone")),
		 "Constraint: The specified Availability Zone must be in the same region as the "
		 "current endpoint.", "redshift CreateCluster AvailabilityZone"),
	/* Redshift encrypts a new cluster when Encrypted is left out: only
	 * false says the cluster has no encryption. */
	AWS_SAYS("redshift.cfn_rotate_key_encrypted", "awscc.redshift.cluster", AWS_CALL_ANY,
		 WHEN(IS("rotate_encryption_key", "true")), THEN(IS_NOT("encrypted", "false")),
		 "Constraints: Must be the name of valid cluster that has encryption enabled.",
		 "redshift RotateEncryptionKey ClusterIdentifier"),
	AWS_SAYS("redshift.cfn_elastic_ip_public", "awscc.redshift.cluster", AWS_CALL_ANY,
		 WHEN(SET("elastic_ip")),
		 THEN(SET("publicly_accessible"), IS("publicly_accessible", "true")),
		 "Constraints: The cluster must be provisioned in EC2-VPC and publicly-accessible "
		 "through an Internet gateway.", "redshift CreateCluster ElasticIp"),
	AWS_SAYS("redshift.cfn_elastic_ip_not_relocation", "awscc.redshift.cluster",
		 AWS_CALL_ANY,
		 WHEN(IS("publicly_accessible", "true"),
		      IS("availability_zone_relocation", "true")),
		 THEN(UNSET("elastic_ip")),
		 "Don't specify the Elastic IP address for a publicly accessible cluster with "
		 "availability zone relocation turned on.", "redshift CreateCluster ElasticIp"),
	AWS_SAYS("redshift.cfn_managed_password_key", "awscc.redshift.cluster", AWS_CALL_ANY,
		 WHEN(SET("master_password_secret_kms_key_id")),
		 THEN(SET("manage_master_password"), IS("manage_master_password", "true")),
		 "You can only use this parameter if ManageMasterPassword is true.",
		 "redshift CreateCluster MasterPasswordSecretKmsKeyId"),
	AWS_SAYS("redshift.cfn_maintenance_window_30", "awscc.redshift.cluster", AWS_CALL_ANY,
		 ALWAYS, THEN(WINDOW_IN("preferred_maintenance_window", 30, 10080)),
		 "Constraints: Minimum 30-minute window.",
		 "redshift CreateCluster PreferredMaintenanceWindow"),
	/* the ASCII punctuation the list leaves out */
	AWS_SAYS("redshift.cfn_log_prefix_characters", "awscc.redshift.cluster", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(NOT_MATCHES("logging_properties.s3_key_prefix",
				  "[]!\"#$%&'()*,;<>?[^`{|}~]")),
		 "Valid characters are any letter from any language, any whitespace character, any "
		 "numeric character, and the following characters: underscore (_), period (.), "
		 "colon (:), slash (/), equal (=), plus (+), backslash (\\), hyphen (-), at symbol "
		 "(@).",
		 "redshift EnableLogging S3KeyPrefix"),
	AWS_SAYS("redshift.cfn_parameter_group_name", "awscc.redshift.cluster_parameter_group",
		 AWS_CALL_CREATE, WHEN(SET("parameter_group_name")),
		 THEN(MATCHES("parameter_group_name", "^[A-Za-z][A-Za-z0-9-]{0,254}$"),
		      NOT_MATCHES("parameter_group_name", "-$|--")),
		 "Must be 1 to 255 alphanumeric characters or hyphens",
		 "redshift CreateClusterParameterGroup ParameterGroupName"),
	AWS_SAYS("redshift.cfn_integration_context_needs_key", "awscc.redshift.integration",
		 AWS_CALL_CREATE, WHEN(SET("additional_encryption_context")),
		 THEN(SET("kms_key_id")),
		 "You can only include this parameter if you specify the KMSKeyId parameter.",
		 "redshift CreateIntegration AdditionalEncryptionContext"),
	AWS_SAYS("redshift.cfn_schedule_at_or_cron", "awscc.redshift.scheduled_action",
		 AWS_CALL_ANY, WHEN(SET("schedule")), THEN(MATCHES("schedule", "^(at|cron)\\(")),
		 "A modified schedule in either at( ) or cron( ) format.",
		 "redshift ModifyScheduledAction Schedule"),
	AWS_SAYS("redshift.cfn_source_ids_need_type", "awscc.redshift.event_subscription",
		 AWS_CALL_ANY, WHEN(COUNT_IN("source_ids", NULL, 1, 100000)),
		 THEN(SET("source_type")),
		 "You must specify a source type in order to specify source IDs.",
		 "redshift CreateEventSubscription SourceType"),
	/* every awscc.redshift.* type's tags are a list of key and value */
	AWS_SAYS("redshift.cfn_tag_key_prefix", "awscc.redshift.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", "^aws:")))),
		 "You can specify a value that is 1 to 127 Unicode characters in length and cannot be "
		 "prefixed with aws:.", CFN_REDSHIFT "Cluster Tag.Key (and every Redshift type's)"),
	AWS_SAYS("redshift.cfn_wlm_json_up_to_8000", "awscc.redshift.cluster_parameter_group",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("parameters", WHEN(IS("parameter_name", "wlm_json_configuration")),
			   THEN(LEN_IN("parameter_value", 0, 8000)))),
		 "If ParameterName is wlm_json_configuration, then the maximum size of ParameterValue "
		 "is 8000 characters.", CFN_REDSHIFT "ClusterParameterGroup Parameter.ParameterValue"),
	AWS_SAYS("redshift.cfn_master_username", "awscc.redshift.cluster", AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("master_username", "^[A-Za-z]"),
		      NOT_MATCHES("master_username", "^[Pp][Uu][Bb][Ll][Ii][Cc]$")),
		 "The user name can't be PUBLIC and first character must be a letter.",
		 CFN_REDSHIFT "Cluster MasterUsername"),
	AWS_SAYS("redshift.cfn_cluster_identifier", "awscc.redshift.cluster", AWS_CALL_ANY, ALWAYS,
		 THEN(NOT_MATCHES("cluster_identifier", "[A-Z]"),
		      NOT_MATCHES("cluster_identifier", "(-$|--)")),
		 "All alphabetical characters must be lower case, no hypens at the end, no two "
		 "consecutive hyphens.", CFN_REDSHIFT "Cluster ClusterIdentifier"),
	/* The roles its types give: each must trust the service (checks/roles.c
	 * runs these rows). */
	/* docs.aws.amazon.com/redshift/latest/mgmt/authorizing-redshift-service.html:
	 * COPY, UNLOAD and Spectrum cannot use a role Redshift cannot assume. */
	ROLE_TRUST("aws.redshift.cluster", "iam_roles", NULL, "iam_roles", "redshift", false,
		   "Redshift takes it, and COPY, UNLOAD and Spectrum cannot use it",
		   "https://docs.aws.amazon.com/redshift/latest/mgmt/authorizing-redshift-service.html"),
	{ NULL },
};
