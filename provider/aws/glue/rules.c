/*
 * glue/rules.c: the Glue rules its models do not carry (checks/rules.h): workers
 * and capacity, jobs, triggers, crawlers, table views and connections; AWS's
 * words (checks/words/glue.words) on the written and the awscc types.
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/glue/api.h"
#include "provider/aws/checks/rules.h"
#include "provider/aws/checks/schedule.h"
#include "provider/aws/checks/shared.h"
#include "provider/aws/s3/api.h"
#include "provider/provider.h"

/* ---- Glue ----------------------------------------------------------------- */

/* Glue job worker types with the job kind and Glue version they take (Glue
 * API, Job structure, WorkerType): G.4X and
 * G.8X from Glue 3.0 for Spark jobs, G.025X for Glue 3.0+ streaming jobs,
 * Z.2X for Ray jobs; Standard, G.1X, G.2X for any Spark job. A worker type
 * goes with a number of workers, and not with max_capacity. */
int rule_glue_worker_type(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *t = json_string_value(v);
	const json_t *gv = json_object_get(r, "glue_version");
	const char *command = value_known_member(json_object_get(r, "command"), "name");
	double version = 0, workers;
	/* Which worker types exist is the model's enum, which grows (a type it
	 * does not list yet is a warning: constraints.map); this rule is what
	 * goes with what. */
	if (!t)
		return 0;
	if (value_known_string(gv))
		version = strtod(value_known_string(gv), NULL);
	if (command && !strcmp(command, "pythonshell")) {
		strbuf_addf(err, "a pythonshell job takes max_capacity (0.0625 or 1), not "
			    "worker_type \"%s\"", t);
		return -1;
	}
	bool min3 = !strcmp(t, "G.4X") || !strcmp(t, "G.8X") || !strcmp(t, "G.025X");
	if (min3 && version > 0 && version < 3.0) {
		strbuf_addf(err, "worker type %s needs glue_version 3.0 or later (got %s): "
			    "use \"4.0\", or worker type G.1X or G.2X", t, json_string_value(gv));
		return -1;
	}
	if (!strcmp(t, "G.025X") && command && strcmp(command, "gluestreaming")) {
		strbuf_addf(err, "worker type G.025X is for streaming jobs (command.name "
			    "gluestreaming); use G.1X for a %s job", command);
		return -1;
	}
	if (!strcmp(t, "Z.2X") && command && strcmp(command, "glueray")) {
		strbuf_addf(err, "worker type Z.2X is for Ray jobs; use G.1X for a %s job", command);
		return -1;
	}
	/* CreateJob WorkerType: "Accepts the value Z.2X for Ray jobs" (and the
	 * G. types for Spark jobs). */
	if (command && !strcmp(command, "glueray") && !strncmp(t, "G.", 2)) {
		strbuf_addf(err, "worker type %s is for Spark jobs; a Ray job (command.name glueray) "
			    "runs on Z.2X", t);
		return -1;
	}
	if (known_number(json_object_get(r, "number_of_workers"), &workers) &&
	    !strncmp(t, "G.", 2) && strcmp(t, "G.025X") && workers < 2) {
		strbuf_addf(err, "%g worker of type %s: a Spark job runs on at least 2 "
			    "(a driver and an executor) (e.g. number_of_workers: 2)", workers, t);
		return -1;
	}
	return 0;
}

/* MaxCapacity by job kind (Glue API reference, CreateJob MaxCapacity): a
 * pythonshell job takes 0.0625 or 1 DPU; a Spark job (glueetl,
 * gluestreaming) at least 2 (the reference's 2 to 100: the most is left to
 * Glue, whose quotas an account may raise). */
int rule_glue_max_capacity(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *command = value_known_member(json_object_get(r, "command"), "name");
	double dpu;
	if (!command || !known_number(v, &dpu))
		return 0;
	if (!strcmp(command, "pythonshell") && dpu != 0.0625 && dpu != 1) {
		strbuf_addf(err, "%g: a pythonshell job takes 0.0625 or 1 DPU (e.g. 0.0625)", dpu);
		return -1;
	}
	if ((!strcmp(command, "glueetl") || !strcmp(command, "gluestreaming")) && dpu < 2) {
		strbuf_addf(err, "%g: a %s job takes at least 2 DPUs (e.g. 10)", dpu, command);
		return -1;
	}
	return 0;
}

/* ---- settings that go together (a row for the whole resource) ------------ */

/* Glue CreateJob: WorkerType and NumberOfWorkers together, or MaxCapacity
 * (Glue API reference, CreateJob); JobCommand ScriptLocation. */
static int rule_glue_job(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *command = json_object_get(v, "command");
	(void)r;
	if (value_known_object(command) && !is_set(command, "script_location")) {
		strbuf_addstr(err, "command.script_location must be set (the s3:// URI of the "
			      "job's script)");
		return -1;
	}
	if (is_set(v, "worker_type") && is_set(v, "max_capacity")) {
		strbuf_addstr(err, "set worker_type with number_of_workers, or max_capacity, "
			      "not both");
		return -1;
	}
	if (is_set(v, "worker_type") != is_set(v, "number_of_workers")) {
		strbuf_addstr(err, "worker_type and number_of_workers must be set together");
		return -1;
	}
	return 0;
}

/* Glue CreateTrigger (Glue API reference; Glue Developer Guide, "Starting
 * jobs and crawlers using triggers"): a schedule for SCHEDULED, a predicate
 * for CONDITIONAL, no active state for ON_DEMAND; each condition names a job
 * with its state or a crawler with its crawl state; each action one job or
 * one crawler. */
static int rule_glue_trigger(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *t = value_known_member(v, "trigger_type");
	const json_t *predicate = json_object_get(v, "predicate");
	const json_t *list;
	const json_t *e;
	size_t i;
	(void)r;
	if (t && !strcmp(t, "SCHEDULED") != is_set(v, "schedule")) {
		strbuf_addstr(err, !strcmp(t, "SCHEDULED") ? "a SCHEDULED trigger needs a schedule"
			      : "schedule applies only to SCHEDULED triggers");
		return -1;
	}
	if (t && !strcmp(t, "CONDITIONAL") != is_set(v, "predicate")) {
		strbuf_addstr(err, !strcmp(t, "CONDITIONAL") ? "a CONDITIONAL trigger needs a predicate"
			      : "predicate applies only to CONDITIONAL triggers");
		return -1;
	}
	if (t && !strcmp(t, "ON_DEMAND") && is_set(v, "enabled")) {
		strbuf_addstr(err, "enabled does not apply to ON_DEMAND triggers, which have no "
			      "active state: leave it unset");
		return -1;
	}
	if ((list = known_list(predicate, "conditions")) != NULL) {
		if (!json_array_size(list)) {
			strbuf_addstr(err, "predicate.conditions must list at least one condition");
			return -1;
		}
		json_array_foreach(list, i, e) {
			if (!value_known_object(e))
				continue;
			if (is_set(e, "job_name") == is_set(e, "crawler_name") ||
			    is_set(e, "job_name") != is_set(e, "state") ||
			    is_set(e, "crawler_name") != is_set(e, "crawl_state")) {
				strbuf_addf(err, "predicate condition %zu must set job_name with state, "
					    "or crawler_name with crawl_state", i);
				return -1;
			}
		}
	}
	if ((list = known_list(v, "actions")) != NULL) {
		if (!json_array_size(list)) {
			strbuf_addstr(err, "actions must list at least one action");
			return -1;
		}
		json_array_foreach(list, i, e) {
			if (value_known_object(e) && is_set(e, "job_name") == is_set(e, "crawler_name")) {
				strbuf_addf(err, "action %zu must set exactly one of job_name and "
					    "crawler_name", i);
				return -1;
			}
		}
	}
	return 0;
}

/* Glue CreateCrawler: at least one target; an S3 target's Path. */
static int rule_glue_crawler(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *list = known_list(v, "s3_targets");
	const json_t *e;
	size_t i;
	(void)r;
	if (!list)
		return 0;
	if (!json_array_size(list)) {
		strbuf_addstr(err, "s3_targets must list at least one target");
		return -1;
	}
	json_array_foreach(list, i, e) {
		if (value_known_object(e) && !is_set(e, "path")) {
			strbuf_addf(err, "s3_targets item %zu must set path", i);
			return -1;
		}
	}
	return 0;
}

/* Glue CreateTable: a view (TableType VIRTUAL_VIEW) is its SQL and columns;
 * its texts and storage follow from them. */
static int rule_glue_table_view(const json_t *v, const json_t *r, struct strbuf *err)
{
	static const char *const follows[] = { "view_original_text", "view_expanded_text",
					       "storage_descriptor", "open_table_format_input", NULL };
	const json_t *view = json_object_get(v, "view");
	const char *tt = value_known_member(v, "table_type");
	const json_t *columns = known_list(view, "columns");
	(void)r;
	if (!value_known_object(view))
		return 0;
	if (tt && strcmp(tt, "VIRTUAL_VIEW")) {
		strbuf_addf(err, "view: a view's table_type is VIRTUAL_VIEW, not \"%s\"", tt);
		return -1;
	}
	for (size_t i = 0; follows[i]; i++)
		if (is_set(v, follows[i])) {
			strbuf_addf(err, "view: %s cannot be set with view (it follows from view's "
				    "sql and columns)", follows[i]);
			return -1;
		}
	if (columns && !json_array_size(columns)) {
		strbuf_addstr(err, "view.columns: a view has at least one column");
		return -1;
	}
	return 0;
}

/* A Glue connection's password is its own attribute, kept secret; in
 * connection_properties it would be stored and shown in the clear. */
static int rule_glue_connection_properties(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	if (value_known_object(v) && json_object_get(v, "PASSWORD")) {
		strbuf_addstr(err, "must not hold PASSWORD: set the password attribute, which is "
			      "kept secret");
		return -1;
	}
	return 0;
}

/* A member of a connection's placement given: a non-empty list, or set. */
static bool placement_given(const json_t *pcr, const char *name)
{
	const json_t *v = json_object_get(pcr, name);
	if (json_is_array(v))
		return json_array_size(v) > 0;
	if (json_is_string(v))
		return json_string_length(v) > 0;
	return value_is_set(v);
}

/* The connection's type as AWS takes it (JDBC when unset), or NULL when it
 * is not known yet. */
static const char *glue_connection_type(const json_t *r)
{
	const json_t *t = json_object_get(r, "connection_type");
	return !t || json_is_null(t) ? "JDBC" : value_known_string(t);
}

/* Glue CreateConnection PhysicalConnectionRequirements: a NETWORK
 * connection is a placement in a VPC, and needs one. */
static int rule_glue_connection_network(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *type = glue_connection_type(v);
	const json_t *pcr = json_object_get(v, "physical_connection_requirements");
	(void)r;
	if (!type || strcmp(type, "NETWORK") || value_is_set(pcr))
		return 0;
	strbuf_addstr(err, "physical_connection_requirements is missing: a NETWORK connection is a "
		      "placement in a VPC and needs subnet_id, security_group_id_list and "
		      "availability_zone");
	return -1;
}

/* ... and a NETWORK or JDBC connection placed in a VPC names the subnet,
 * at least one security group and the subnet's availability zone,
 * together. */
static int rule_glue_connection_placement(const json_t *v, const json_t *r, struct strbuf *err)
{
	static const char *const members[] = { "subnet_id", "security_group_id_list",
					       "availability_zone", NULL };
	const char *type = glue_connection_type(r);
	bool network, any = false;

	if (!type || !value_known_object(v))
		return 0;
	network = !strcmp(type, "NETWORK");
	if (!network && strcmp(type, "JDBC"))
		return 0;
	for (size_t i = 0; members[i]; i++)
		any |= placement_given(v, members[i]);
	if (!any && !network)
		return 0;
	for (size_t i = 0; members[i]; i++) {
		if (placement_given(v, members[i]))
			continue;
		strbuf_addf(err, "%s is missing: a %s connection placed in a VPC needs subnet_id, "
			    "security_group_id_list (at least one group) and availability_zone "
			    "(the subnet's) together", members[i], network ? "NETWORK" : "JDBC");
		return -1;
	}
	return 0;
}

/* A Glue table's database, as terrace names the table: its id (import,
 * state) is DATABASE:TABLE, so a database holding ':' could not be told
 * from its table (terrace's own rule: Glue's model takes ':'). */
static int rule_glue_table_database(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = value_known_string(v);
	(void)r;
	if (!s || !strchr(s, ':'))
		return 0;
	strbuf_addf(err, "\"%s\" holds ':', which terrace's id of a Glue table "
		    "(DATABASE:TABLE) keeps for itself (e.g. \"lake_raw\")", s);
	return -1;
}

/*
 * The Glue rows of the one table of checks (checks/row.h), in the order
 * they run: a type's rows for single values before its rows for the whole
 * resource; aws_rules_tables (checks/tables.c) lists this table.
 */
WORDS(glue_job_commands, "glueetl", "pythonshell", "gluestreaming", "glueray");
WORDS(glue_update_behaviors, "UPDATE_IN_DATABASE", "LOG");
WORDS(glue_delete_behaviors, "DEPRECATE_IN_DATABASE", "DELETE_FROM_DATABASE", "LOG");
WORDS(glue_logicals, "AND", "ANY");
/* glue CreateJob ExecutionClass: "Only jobs with Glue version 3.0 and above
 * and command type glueetl will be allowed to set ExecutionClass to FLEX."
 * The awscc job alone has execution_class (the written one never sends
 * it). A glue_version or command name left out is the service's own, and
 * not known here: it passes, as one not known yet does. */
#define GLUE_FLEX_SAYS "Only jobs with Glue version 3.0 and above and command type glueetl " \
		       "will be allowed to set ExecutionClass to FLEX."

static int rule_glue_cfn_flex(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *class = value_known_member(v, "execution_class");
	const char *version = value_known_member(v, "glue_version");
	const char *command = value_known_member(json_object_get(v, "command"), "name");
	char *end = NULL;
	double n = version ? strtod(version, &end) : 0;

	(void)r;
	if (!class || strcmp(class, "FLEX"))
		return 0;
	if (version && end != version && !*end && n < 3.0) {
		strbuf_addf(err, "execution_class FLEX with glue_version \"%s\": AWS says \"%s\" "
			    "(glue CreateJob ExecutionClass) (e.g. glue_version: \"4.0\", or "
			    "execution_class STANDARD)", version, GLUE_FLEX_SAYS);
		return -1;
	}
	if (command && strcmp(command, "glueetl")) {
		strbuf_addf(err, "execution_class FLEX with command.name %s: AWS says \"%s\" (glue "
			    "CreateJob ExecutionClass) (e.g. execution_class STANDARD)", command,
			    GLUE_FLEX_SAYS);
		return -1;
	}
	return 0;
}

WORDS(glue_logical_operators, "EQUALS");
WORDS(glue_job_run_states, "STARTING", "RUNNING", "STOPPING", "STOPPED", "SUCCEEDED", "FAILED",
      "TIMEOUT", "ERROR", "WAITING", "EXPIRED");
WORDS(glue_crawl_states, "RUNNING", "CANCELLING", "CANCELLED", "SUCCEEDED", "FAILED", "ERROR");
WORDS(glue_iceberg_operations, "CREATE");
WORDS(glue_iceberg_versions, "1", "2");

#define GLUE_API "AWS Glue API reference"

const struct aws_check_row aws_rules_glue[] = {
	RULE("aws.glue.crawler", "schedule", rule_glue_schedule, "Glue: time-based schedules"),
	RULE("aws.glue.crawler", "s3_targets[].path", rule_s3_uri, GLUE_API ": S3Target Path"),
	ONE_OF("aws.glue.crawler", "schema_change_policy.update_behavior", glue_update_behaviors,
	       GLUE_API ": SchemaChangePolicy"),
	ONE_OF("aws.glue.crawler", "schema_change_policy.delete_behavior", glue_delete_behaviors,
	       GLUE_API ": SchemaChangePolicy"),
	RULE("aws.glue.connection", "connection_properties", rule_glue_connection_properties,
	     "terrace: a password is kept secret only in the password attribute"),
	RULE("aws.glue.connection", "physical_connection_requirements",
	     rule_glue_connection_placement, GLUE_API ": PhysicalConnectionRequirements"),
	RULE("aws.glue.connection", "", rule_glue_connection_network,
	     GLUE_API ": CreateConnection (NETWORK)"),
	RULE("aws.glue.crawler", "", rule_glue_crawler, GLUE_API ": CreateCrawler Targets"),
	RULE("aws.glue.job", "worker_type", rule_glue_worker_type,
	     "Glue Developer Guide: defining job properties, worker types"),
	RULE("aws.glue.job", "max_capacity", rule_glue_max_capacity,
	     GLUE_API ": CreateJob MaxCapacity"),
	RULE("aws.glue.job", "command.script_location", rule_s3_uri, GLUE_API ": JobCommand"),
	ONE_OF("aws.glue.job", "command.name", glue_job_commands, GLUE_API ": JobCommand Name"),
	WHOLE_FROM("aws.glue.job", "number_of_workers", 1, GLUE_API ": CreateJob NumberOfWorkers"),
	WHOLE_FROM("aws.glue.job", "max_retries", 0, GLUE_API ": CreateJob MaxRetries"),
	WHOLE_FROM("aws.glue.job", "execution_property.max_concurrent_runs", 1,
		   GLUE_API ": ExecutionProperty"),
	RULE("aws.glue.job", "", rule_glue_job, GLUE_API ": CreateJob"),
	ONE_OF("aws.glue.table", "open_table_format_input.iceberg.metadata_operation",
	       glue_iceberg_operations, GLUE_API ": IcebergInput"),
	ONE_OF("aws.glue.table", "open_table_format_input.iceberg.version", glue_iceberg_versions,
	       GLUE_API ": IcebergInput"),
	RULE("aws.glue.table", "database", rule_glue_table_database,
	     "terrace: a Glue table's id is DATABASE:TABLE"),
	RULE("aws.glue.table", "", rule_glue_table_view, GLUE_API ": TableInput (views)"),
	RULE("aws.glue.trigger", "schedule", rule_glue_schedule, "Glue: time-based schedules"),
	ONE_OF("aws.glue.trigger", "predicate.logical", glue_logicals, GLUE_API ": Predicate"),
	ONE_OF("aws.glue.trigger", "predicate.conditions[].logical_operator", glue_logical_operators,
	       GLUE_API ": Condition"),
	ONE_OF("aws.glue.trigger", "predicate.conditions[].state", glue_job_run_states,
	       GLUE_API ": Condition"),
	ONE_OF("aws.glue.trigger", "predicate.conditions[].crawl_state", glue_crawl_states,
	       GLUE_API ": Condition"),
	WHOLE_IN("aws.glue.trigger", "actions[].timeout", 1, 10080,
		 GLUE_API ": Action Timeout (\"Jobs must have timeout values less than 7 days or "
		 "10080 minutes.\")"),
	RULE("aws.glue.trigger", "", rule_glue_trigger, GLUE_API ": CreateTrigger"),
	RULE("awscc.glue.job", "", rule_glue_cfn_flex, "glue CreateJob ExecutionClass"),
	/* AWS's words (checks/words/glue.words). A job with a worker type has
	 * the MaxCapacity Glue computes from it (a fraction for G.025X). */
	AWS_SAYS("glue.spark_dpus_whole", "aws.glue.job", AWS_CALL_CREATE,
		 WHEN(IS("command.name", "glueetl", "gluestreaming"), UNSET("worker_type")),
		 THEN(MULTIPLE_OF("max_capacity", 1)),
		 "This job type cannot have a fractional DPU allocation.", "glue CreateJob MaxCapacity"),
	AWS_SAYS("glue.spark_dpus_whole_update", "aws.glue.job", AWS_CALL_UPDATE,
		 WHEN(IS("command.name", "glueetl", "gluestreaming"), UNSET("worker_type")),
		 THEN(MULTIPLE_OF("max_capacity", 1)),
		 "This job type cannot have a fractional DPU allocation.",
		 "glue UpdateJob JobUpdate.MaxCapacity"),
	AWS_SAYS("glue.job_timeout_week", "aws.glue.job", AWS_CALL_CREATE, ALWAYS,
		 THEN(IN("timeout", 1, 10080)),
		 "Jobs must have timeout values less than 7 days or 10080 minutes.",
		 "glue CreateJob Timeout"),
	AWS_SAYS("glue.job_timeout_week_update", "aws.glue.job", AWS_CALL_UPDATE, ALWAYS,
		 THEN(IN("timeout", 1, 10080)),
		 "Jobs must have timeout values less than 7 days or 10080 minutes.",
		 "glue UpdateJob JobUpdate.Timeout"),
	AWS_SAYS("glue.connection_not_sftp", "aws.glue.connection", AWS_CALL_ANY,
		 WHEN(SET("connection_type")), THEN(IS_NOT("connection_type", "SFTP")),
		 "SFTP is not supported.", "glue CreateConnection ConnectionInput.ConnectionType"),
	AWS_SAYS("glue.marketplace_jdbc_credentials", "aws.glue.connection", AWS_CALL_CREATE,
		 WHEN(IS("connection_type", "MARKETPLACE"),
		      IS("connection_properties.CONNECTOR_TYPE", "JDBC"),
		      UNSET("connection_properties.SECRET_ID")),
		 THEN(SET("connection_properties.USERNAME"), SET("password")),
		 "Required for JDBC CONNECTOR_TYPE connections: All of (USERNAME, PASSWORD) or "
		 "SECRET_ID.", "glue CreateConnection ConnectionInput.ConnectionType"),
	/* On the awscc type, the sentences of CreateTrigger that terrace's own
	 * aws.glue.trigger holds where it builds the request (it sends Logical
	 * always, and StartOnCreation only for SCHEDULED and CONDITIONAL
	 * triggers). */
	/* The API's sentences on the awscc types' requests (Cloud Control
	 * sends CreateJob, UpdateJob, CreateConnection), in their names. */
	AWS_SAYS("glue.cfn_spark_dpus_whole", "awscc.glue.job", AWS_CALL_ANY,
		 WHEN(IS("command.name", "glueetl", "gluestreaming"), UNSET("worker_type")),
		 THEN(MULTIPLE_OF("max_capacity", 1)),
		 "This job type cannot have a fractional DPU allocation.", "glue CreateJob MaxCapacity"),
	AWS_SAYS("glue.cfn_job_timeout_week", "awscc.glue.job", AWS_CALL_ANY, ALWAYS,
		 THEN(IN("timeout", 1, 10080)),
		 "Jobs must have timeout values less than 7 days or 10080 minutes.",
		 "glue CreateJob Timeout"),
	AWS_SAYS("glue.cfn_connection_not_sftp", "awscc.glue.connection", AWS_CALL_ANY,
		 WHEN(SET("connection_input.connection_type")),
		 THEN(IS_NOT("connection_input.connection_type", "SFTP")),
		 "SFTP is not supported.", "glue CreateConnection ConnectionInput.ConnectionType"),
	AWS_SAYS("glue.cfn_marketplace_jdbc_credentials", "awscc.glue.connection", AWS_CALL_CREATE,
		 WHEN(IS("connection_input.connection_type", "MARKETPLACE"),
		      IS("connection_input.connection_properties.CONNECTOR_TYPE", "JDBC"),
		      UNSET("connection_input.connection_properties.SECRET_ID")),
		 THEN(SET("connection_input.connection_properties.USERNAME"),
		      SET("connection_input.connection_properties.PASSWORD")),
		 "Required for JDBC CONNECTOR_TYPE connections: All of (USERNAME, PASSWORD) or "
		 "SECRET_ID.", "glue CreateConnection ConnectionInput.ConnectionType"),
	AWS_SAYS("glue.cfn_logical_with_conditions", "awscc.glue.trigger", AWS_CALL_ANY,
		 WHEN(LEN_IN("predicate.conditions", 2, 1e9)), THEN(SET("predicate.logical")),
		 "If multiple conditions are listed, then this field is required.",
		 "CloudFormation registry: AWS::Glue::Trigger Predicate.Logical"),
	AWS_SAYS("glue.cfn_on_demand_not_started", "awscc.glue.trigger", AWS_CALL_ANY,
		 WHEN(IS("trigger_type", "ON_DEMAND")),
		 THEN(IS_NOT("start_on_creation", "true")),
		 "True is not supported for ON_DEMAND triggers.",
		 "CloudFormation registry: AWS::Glue::Trigger StartOnCreation"),
	AWS_SAYS("glue.cfn_crawler_sample_size", "awscc.glue.crawler", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("targets.s3_targets", ALWAYS, THEN(IN("sample_size", 1, 249)))),
		 "A valid value is an integer between 1 and 249.",
		 "CloudFormation registry: AWS::Glue::Crawler S3Target.SampleSize"),
	AWS_SAYS("glue.cfn_crawler_scan_rate", "awscc.glue.crawler", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("targets.dynamo_db_targets", ALWAYS, THEN(IN("scan_rate", 0.1, 1.5)))),
		 "The valid values are null or a value between 0.1 to 1.5.",
		 "CloudFormation registry: AWS::Glue::Crawler DynamoDBTarget.ScanRate"),
	RULE("awscc.glue.integration", "tags", rule_tag_list_keys,
	     "CloudFormation registry: AWS::Glue::Integration Tag.Key"),
	RULE("awscc.glue.integration_resource_property", "tags", rule_tag_list_keys,
	     "CloudFormation registry: AWS::Glue::IntegrationResourceProperty Tag.Key"),
	/* The roles its types give: each must trust the service (checks/roles.c
	 * runs these rows). */
	/* docs.aws.amazon.com/glue/latest/dg/crawler-prereqs.html; CreateCrawler:
	 * InvalidInputException "Service is unable to assume provided role.
	 * Please verify role's TrustPolicy". CreateJob takes the role, and
	 * each run of the job fails. */
	ROLE_TRUST("aws.glue.job", "role", NULL, "role", "glue", false,
		   "Glue takes it, and every run of the job fails",
		   "https://docs.aws.amazon.com/glue/latest/dg/crawler-prereqs.html"),
	ROLE_TRUST("aws.glue.crawler", "role", NULL, "role", "glue", true,
		   "Glue refuses to create a crawler whose role it cannot assume",
		   "https://docs.aws.amazon.com/glue/latest/dg/crawler-prereqs.html"),
	/* What cfn-lint's schemas and terraform-provider-aws's rules say between
	 * the attributes (gen_between.py --check holds these rows to them). */
	BETWEEN("awscc.glue.job",
		"{\"excludes\":{\"max_capacity\":[\"number_of_workers\",\"worker_type\"],\"number_of_workers\":[\"max_capacity\"],\"worker_type\":[\"max_capacity\"]}}",
		"Glue CreateJob: \"Do not set MaxCapacity if using WorkerType and NumberOfWorkers\"; terraform-provider-aws's aws_glue_job"),
	{ NULL },
};
