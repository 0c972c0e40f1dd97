/*
 * lightsail/rules.c: Lightsail's rows of the one table of checks
 * (checks/row.h) on the awscc types of a service terrace's own code does
 * not call (its objects are made through Cloud Control alone): AWS's words
 * of the census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE).
 * Its ledger: checks/words/lightsail.words.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "provider/aws/checks/rules.h"
#include "provider/provider.h"

#define LS "lightsail "
/* a database's engine, as its blueprint names it (mysql_8_0, postgres_16) */
#define MYSQL MATCHES("relational_database_blueprint_id", "^mysql")
#define POSTGRES MATCHES("relational_database_blueprint_id", "^postgres")
/* the ASCII marks a tag's key or value does not take (letters, numbers,
 * spaces and + - = . _ : / @ it does) */
#define TAG_MARKS "[]!\"#$%&'()*,;<>?[\\^`{|}~]"
#define DAY "([Ss][Uu][Nn]|[Mm][Oo][Nn]|[Tt][Uu][Ee]|[Ww][Ee][Dd]|[Tt][Hh][Uu]|[Ff][Rr][Ii]|" \
	"[Ss][Aa][Tt])"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_lightsail[] = {
	AWS_SAYS("lightsail.alarm_evaluation_periods", "awscc.lightsail.alarm", AWS_CALL_ANY, ALWAYS,
		 THEN(IN("evaluation_periods", 1, 288)),
		 "You can specify a minimum valuation period of 1 (5 minutes), and a maximum "
		 "evaluation period of 288 (24 hours).", LS "PutAlarm evaluationPeriods"),
	AWS_SAYS("lightsail.alarm_trigger_alarm_state", "awscc.lightsail.alarm", AWS_CALL_ANY,
		 WHEN(SET("notification_triggers")), THEN(HAS("notification_triggers", "ALARM")),
		 "When you specify a notification trigger, the ALARM state must be specified.",
		 LS "PutAlarm notificationTriggers"),
	AWS_SAYS("lightsail.bucket_readonly_accounts", "awscc.lightsail.bucket", AWS_CALL_ANY,
		 ALWAYS, THEN(LEN_IN("read_only_access_accounts", 0, 10)),
		 "You can give a maximum of 10 Amazon Web Services accounts access to a bucket.",
		 LS "UpdateBucket readonlyAccessAccounts"),
	AWS_SAYS("lightsail.certificate_alternative_names", "awscc.lightsail.certificate",
		 AWS_CALL_ANY, ALWAYS, THEN(LEN_IN("subject_alternative_names", 0, 9)),
		 "You can specify a maximum of nine alternate domains (in addition to the primary "
		 "domain name).", LS "CreateCertificate subjectAlternativeNames"),
	AWS_SAYS("lightsail.certificate_no_wildcard", "awscc.lightsail.certificate", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("subject_alternative_names", ALWAYS, THEN(NOT_MATCHES("", "^\\*")))),
		 "Wildcard domain entries (*.example.com) are not supported.",
		 LS "CreateCertificate subjectAlternativeNames"),
	AWS_SAYS("lightsail.container_health_interval", "awscc.lightsail.container", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(IN("container_service_deployment.public_endpoint.health_check_config."
			 "interval_seconds", 5, 300)),
		 "You can specify between 5 and 300 seconds.",
		 LS "CreateContainerService deployment.publicEndpoint.healthCheck.intervalSeconds"),
	AWS_SAYS("lightsail.container_health_timeout", "awscc.lightsail.container", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(IN("container_service_deployment.public_endpoint.health_check_config."
			 "timeout_seconds", 2, 60)),
		 "You can specify between 2 and 60 seconds.",
		 LS "CreateContainerService deployment.publicEndpoint.healthCheck.timeoutSeconds"),

	/* databases */
	AWS_SAYS("lightsail.database_name_letter", "awscc.lightsail.database", AWS_CALL_ANY,
		 ALWAYS, THEN(MATCHES("master_database_name", "^[A-Za-z]")),
		 "Must begin with a letter.", LS "CreateRelationalDatabase masterDatabaseName"),
	AWS_SAYS("lightsail.mysql_database_name", "awscc.lightsail.database", AWS_CALL_ANY,
		 WHEN(MYSQL), THEN(MATCHES("master_database_name", "^[A-Za-z0-9_]{1,64}$")),
		 "Must contain 1 to 64 letters or numbers.",
		 LS "CreateRelationalDatabase masterDatabaseName (MySQL; underscores after the first)"),
	AWS_SAYS("lightsail.postgres_database_name", "awscc.lightsail.database", AWS_CALL_ANY,
		 WHEN(POSTGRES), THEN(MATCHES("master_database_name", "^[A-Za-z0-9_]{1,63}$")),
		 "Must contain 1 to 63 letters or numbers.",
		 LS "CreateRelationalDatabase masterDatabaseName (PostgreSQL; underscores after the "
		 "first)"),
	AWS_SAYS("lightsail.username_letter", "awscc.lightsail.database", AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("master_username", "^[A-Za-z]")), "First character must be a letter.",
		 LS "CreateRelationalDatabase masterUsername"),
	AWS_SAYS("lightsail.mysql_username", "awscc.lightsail.database", AWS_CALL_ANY,
		 WHEN(MYSQL), THEN(MATCHES("master_username", "^[A-Za-z0-9_]{1,16}$")),
		 "Must be 1 to 16 letters or numbers.",
		 LS "CreateRelationalDatabase masterUsername (MySQL; it can contain underscores)"),
	AWS_SAYS("lightsail.postgres_username", "awscc.lightsail.database", AWS_CALL_ANY,
		 WHEN(POSTGRES), THEN(MATCHES("master_username", "^[A-Za-z0-9_]{1,63}$")),
		 "Must be 1 to 63 letters or numbers.",
		 LS "CreateRelationalDatabase masterUsername (PostgreSQL; it can contain underscores)"),
	AWS_SAYS("lightsail.password_no_spaces", "awscc.lightsail.database", AWS_CALL_ANY, ALWAYS,
		 THEN(NOT_MATCHES("master_user_password", " ")), "It cannot contain spaces.",
		 LS "CreateRelationalDatabase masterUserPassword"),
	AWS_SAYS("lightsail.mysql_password_length", "awscc.lightsail.database", AWS_CALL_ANY,
		 WHEN(MYSQL), THEN(LEN_IN("master_user_password", 8, 41)),
		 "Constraints: Must contain from 8 to 41 characters.",
		 LS "CreateRelationalDatabase masterUserPassword (MySQL)"),
	AWS_SAYS("lightsail.postgres_password_length", "awscc.lightsail.database", AWS_CALL_ANY,
		 WHEN(POSTGRES), THEN(LEN_IN("master_user_password", 8, 128)),
		 "Constraints: Must contain from 8 to 128 characters.",
		 LS "CreateRelationalDatabase masterUserPassword (PostgreSQL)"),
	AWS_SAYS("lightsail.database_name_ends", "awscc.lightsail.database", AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("relational_database_name", "^[A-Za-z0-9](.*[A-Za-z0-9])?$")),
		 "The first and last character must be a letter or number.",
		 LS "CreateRelationalDatabase relationalDatabaseName"),
	AWS_SAYS("lightsail.database_name_chars", "awscc.lightsail.database", AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("relational_database_name", "^[A-Za-z0-9-]{2,255}$")),
		 "Must contain from 2 to 255 alphanumeric characters, or hyphens.",
		 LS "CreateRelationalDatabase relationalDatabaseName"),
	AWS_SAYS("lightsail.backup_window_length", "awscc.lightsail.database", AWS_CALL_ANY,
		 ALWAYS, THEN(WINDOW_IN("preferred_backup_window", 30, 1440)),
		 "Must be at least 30 minutes.", LS "CreateRelationalDatabase preferredBackupWindow"),
	AWS_SAYS("lightsail.backup_window_apart", "awscc.lightsail.database", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(WINDOWS_APART("preferred_backup_window", "preferred_maintenance_window")),
		 "Must not conflict with the preferred maintenance window.",
		 LS "CreateRelationalDatabase preferredBackupWindow"),
	AWS_SAYS("lightsail.backup_window_format", "awscc.lightsail.database", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(MATCHES("preferred_backup_window", "^[0-9]{2}:[0-9]{2}-[0-9]{2}:[0-9]{2}$")),
		 "Must be in the hh24:mi-hh24:mi format.",
		 LS "CreateRelationalDatabase preferredBackupWindow"),
	AWS_SAYS("lightsail.maintenance_window_format", "awscc.lightsail.database", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(MATCHES("preferred_maintenance_window",
			      "^" DAY ":[0-9]{2}:[0-9]{2}-" DAY ":[0-9]{2}:[0-9]{2}$")),
		 "Must be in the ddd:hh24:mi-ddd:hh24:mi format.",
		 LS "CreateRelationalDatabase preferredMaintenanceWindow"),
	AWS_SAYS("lightsail.maintenance_window_length", "awscc.lightsail.database", AWS_CALL_ANY,
		 ALWAYS, THEN(WINDOW_IN("preferred_maintenance_window", 30, 10080)),
		 "Must be at least 30 minutes.",
		 LS "CreateRelationalDatabase preferredMaintenanceWindow"),
	AWS_SAYS("lightsail.snapshot_name_ends", "awscc.lightsail.database_snapshot",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("relational_database_snapshot_name", "^[A-Za-z0-9](.*[A-Za-z0-9])?$")),
		 "The first and last character must be a letter or number.",
		 LS "CreateRelationalDatabaseSnapshot relationalDatabaseSnapshotName"),
	AWS_SAYS("lightsail.snapshot_name_chars", "awscc.lightsail.database_snapshot",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("relational_database_snapshot_name", "^[A-Za-z0-9-]{2,255}$")),
		 "Must contain from 2 to 255 alphanumeric characters, or hyphens.",
		 LS "CreateRelationalDatabaseSnapshot relationalDatabaseSnapshotName"),

	/* distributions, instances, load balancers */
	AWS_SAYS("lightsail.forward_all_headers_min_ttl", "awscc.lightsail.distribution",
		 AWS_CALL_ANY, WHEN(IS("cache_behavior_settings.forwarded_headers.option", "all")),
		 THEN(IN("cache_behavior_settings.minimum_ttl", 0, 0)),
		 "A value of 0 must be specified for minimumTTL if the distribution is configured to "
		 "forward all headers to the origin.",
		 LS "CreateDistribution cacheBehaviorSettings.minimumTTL"),
	AWS_SAYS("lightsail.icmp_type_and_code", "awscc.lightsail.instance", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("networking.ports", WHEN(IS("protocol", "icmp")),
			   THEN(SET("from_port"), SET("to_port")))),
		 "When you specify icmp as the protocol, you must specify the ICMP type using the "
		 "fromPort parameter, and ICMP code using the toPort parameter.",
		 LS "PutInstancePublicPorts portInfos.protocol"),
	AWS_SAYS("lightsail.icmp6_type_and_code", "awscc.lightsail.instance", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("networking.ports", WHEN(IS("protocol", "icmp6")),
			   THEN(SET("from_port"), SET("to_port")))),
		 "When you specify icmp6 as the protocol, you must specify the ICMP type using the "
		 "fromPort parameter, and ICMP code using the toPort parameter.",
		 LS "PutInstancePublicPorts portInfos.protocol"),
	AWS_SAYS("lightsail.cookie_duration_integer", "awscc.lightsail.load_balancer",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("session_stickiness_lb_cookie_duration_seconds", "^[0-9]+$")),
		 "If you specify SessionStickiness_LB_CookieDurationSeconds for the attributeName "
		 "request parameter, then the attributeValue request parameter must be an interger "
		 "that represents the cookie duration in seconds.",
		 LS "UpdateLoadBalancerAttribute attributeValue"),
	AWS_SAYS("lightsail.tls_certificate_alternative_names",
		 "awscc.lightsail.load_balancer_tls_certificate", AWS_CALL_ANY, ALWAYS,
		 THEN(LEN_IN("certificate_alternative_names", 0, 9)),
		 "You can have a maximum of 9 alternative names (in addition to the 1 primary "
		 "domain).", LS "CreateLoadBalancerTlsCertificate certificateAlternativeNames"),

	/* every type's tags */
	AWS_SAYS("lightsail.tag_key_chars", "awscc.lightsail.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", TAG_MARKS)))),
		 "Constraints: Tag keys accept a maximum of 128 letters, numbers, spaces in UTF-8, or "
		 "the following characters: + - = . _ : / @", LS "TagResource tags.key"),
	AWS_SAYS("lightsail.tag_value_chars", "awscc.lightsail.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("value", TAG_MARKS)))),
		 "Constraints: Tag values accept a maximum of 256 letters, numbers, spaces in UTF-8, "
		 "or the following characters: + - = . _ : / @", LS "TagResource tags.value"),
#define TAG_KEYS(TYPE) RULE(TYPE, "tags", rule_tag_list_keys, \
			    "CloudFormation registry: the type's Tag.Key")
	TAG_KEYS("awscc.lightsail.bucket"), TAG_KEYS("awscc.lightsail.certificate"),
	TAG_KEYS("awscc.lightsail.container"), TAG_KEYS("awscc.lightsail.database"),
	TAG_KEYS("awscc.lightsail.database_snapshot"), TAG_KEYS("awscc.lightsail.disk"),
	TAG_KEYS("awscc.lightsail.disk_snapshot"), TAG_KEYS("awscc.lightsail.distribution"),
	TAG_KEYS("awscc.lightsail.instance"), TAG_KEYS("awscc.lightsail.instance_snapshot"),
	TAG_KEYS("awscc.lightsail.load_balancer"),
#undef TAG_KEYS
	{ NULL },
};
