/*
 * rds/instance.c: the aws.rds.instance resource type — one RDS DB instance (not a
 * member of an Aurora cluster) over RDS's query protocol (Version
 * 2014-10-31, XML answers). The id is the instance identifier, which RDS
 * keeps in lower case: plan_desired refuses any other spelling, so the plan
 * never compares "MyDb" with "mydb".
 *
 * The master password is either master_password (SENSITIVE and CONFIG_ONLY:
 * RDS never shows it, so the core keeps its hash and read() leaves it out)
 * or manage_master_user_password: RDS then keeps it in a Secrets Manager
 * secret whose ARN is the computed master_user_secret_arn. Exactly one of
 * the two is given. The password travels only in request bodies, which the
 * transport never logs, and is cut out of every error message.
 *
 * Creating, modifying and deleting an instance take minutes: each waits,
 * bounded (40 min create, 80 min update, 60 min delete; the environment
 * variable TERRACE_DB_WAIT_SECONDS replaces all three), until the instance
 * is available with none of the requested changes pending, or is gone.
 * Changes apply at once (ApplyImmediately), not in the maintenance window.
 *
 * Destroy takes a final snapshot named final_snapshot_identifier unless
 * skip_final_snapshot is true; both are CONFIG_ONLY and plan_desired
 * insists on one of them, so a destroy never fails halfway for want of a
 * name. delete() checks again (state written by hand) before calling RDS.
 *
 * The network: db_subnet_group_name (an aws.rds.subnet_group; a new one
 * replaces the instance, as RDS moves an instance between VPCs only by
 * hand) and vpc_security_group_ids (a set, changed in place with
 * ModifyDBInstance). Unset, RDS picks the default group and VPC.
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/rds/api.h"
#include "provider/aws/rds/dbinstance.h"
#include "provider/aws/listing.h"
#include "provider/aws/resources.h"
#include "provider/aws/rds/subnet_groups.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

#define CREATE_TIMEOUT_SECONDS (40 * 60.0)
#define UPDATE_TIMEOUT_SECONDS (80 * 60.0)
#define DELETE_TIMEOUT_SECONDS (60 * 60.0)

static const struct attr_schema instance_attrs[] = {
	{ .name = "identifier", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "DB instance identifier: letters, digits and hyphens, starting with "
			 "a letter; RDS keeps it in lower case, and so does terrace" },
	{ .name = "engine", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "postgres, mysql, mariadb ...", .default_json = "\"postgres\"" },
	{ .name = "engine_version", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "engine version, e.g. 16.3 (or 16: any 16.x); default RDS's current one" },
	{ .name = "instance_class", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "instance class, e.g. db.t3.micro" },
	{ .name = "allocated_storage", .type = ATTR_NUMBER, .flags = ATTR_REQUIRED,
	  .description = "storage in GiB" },
	{ .name = "db_name", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "database created with the instance; none when unset" },
	{ .name = "master_username", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "master user name" },
	{ .name = "master_password", .type = ATTR_STRING,
	  .flags = ATTR_OPTIONAL | ATTR_SENSITIVE | ATTR_CONFIG_ONLY,
	  .description = "master user password (never read back); or set "
			 "manage_master_user_password" },
	{ .name = "manage_master_user_password", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "RDS makes the password and keeps it in a Secrets Manager secret",
	  .default_json = "false" },
	{ .name = "master_user_secret_arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the secret holding the password, with manage_master_user_password" },
	{ .name = "port", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "port the database listens on; default the engine's (5432 for postgres)" },
	{ .name = "publicly_accessible", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "reachable from outside its VPC", .default_json = "false" },
	{ .name = "backup_retention_period", .type = ATTR_NUMBER,
	  .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "days automated backups are kept (0 turns them off)" },
	{ .name = "db_subnet_group_name", .type = ATTR_STRING,
	  .flags = ATTR_OPTIONAL | ATTR_COMPUTED | ATTR_FORCE_NEW,
	  .description = "the aws.rds.subnet_group it is placed in, e.g. ${db_subnets.name}; "
			 "default the default VPC's" },
	{ .name = "vpc_security_group_ids", .type = ATTR_LIST,
	  .flags = ATTR_OPTIONAL | ATTR_COMPUTED, .elem_type = ATTR_STRING,
	  .description = "VPC security groups (a set), changed in place; default the VPC's "
			 "default group" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "instance tags", .default_json = "{}" },
	{ .name = "skip_final_snapshot", .type = ATTR_BOOL,
	  .flags = ATTR_OPTIONAL | ATTR_CONFIG_ONLY,
	  .description = "destroy without a final snapshot", .default_json = "false" },
	{ .name = "final_snapshot_identifier", .type = ATTR_STRING,
	  .flags = ATTR_OPTIONAL | ATTR_CONFIG_ONLY,
	  .description = "name of the snapshot destroy takes (needed unless skip_final_snapshot)" },
	{ .name = "address", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "host name of the endpoint" },
	{ .name = "endpoint", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "\"host:port\"" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "arn:aws:rds:REGION:ACCOUNT:db:IDENTIFIER" },
	{ .name = NULL },
};

extern const struct db_api rds_instance; /* its API's names and states, below */

/* Statuses from which an instance does not become available by itself. */
static const char *const stuck_states[] = {
	"failed", "deleting", "stopped", "stopping", "storage-full", "restore-error",
	"incompatible-network", "incompatible-option-group", "incompatible-parameters",
	"incompatible-restore", "inaccessible-encryption-credentials",
	"inaccessible-encryption-credentials-recoverable", NULL,
};
/* storage-optimization follows a storage change and may take hours; the
 * instance is fully usable meanwhile. */
static const char *const ready_states[] = { "available", "storage-optimization", NULL };
static const char *const gone_states[] = { "deleting", NULL };

/* ---- small helpers ---- */

/* "15" names any 15.x: true when `have` is `want` followed by ".something". */
static bool version_within(const char *want, const char *have)
{
	size_t n = want ? strlen(want) : 0;

	return n && have && !strncmp(want, have, n) && have[n] == '.';
}

/* ---- calls ---- */

/* The tags of an instance whose DescribeDBInstances answer had no TagList. */
static int list_tags(struct aws_client *c, const char *arn, json_t **tags, struct strbuf *err)
{
	json_t *params = json_pack("{s:s}", "ResourceName", arn);
	xmlDocPtr doc;
	int rc = db_call(&rds_instance, c, "ListTagsForResource", params, NULL, NULL, &doc, err);

	json_decref(params);
	*tags = NULL;
	if (rc)
		return -1;
	*tags = db_tags_from_xml(xml_child(xmlDocGetRootElement(doc),
					   "ListTagsForResourceResult/TagList"));
	xmlFreeDoc(doc);
	return 0;
}

/* ---- reading ---- */

static void set_bool(json_t *o, const char *key, xmlNodePtr node, const char *path)
{
	char *text = xml_child_text(node, path);

	json_object_set_new(o, key, json_boolean(text && !strcmp(text, "true")));
	free(text);
}

/*
 * The attributes of a described instance (everything but tags and the
 * CONFIG_ONLY ones). An engine_version the user gave as a prefix ("16")
 * of the running one ("16.3") reads as the user wrote it.
 */
static json_t *instance_from_xml(xmlNodePtr db, const json_t *wanted)
{
	json_t *o = json_object();
	const char *want_version = value_get_string(wanted, "engine_version");
	char *version = xml_child_text(db, "EngineVersion");
	char *secret_arn = xml_child_text(db, "MasterUserSecret/SecretArn");
	char *address = xml_child_text(db, "Endpoint/Address");
	char *port = xml_child_text(db, "Endpoint/Port");

	if (!port || !*port) {
		free(port);
		port = xml_child_text(db, "DbInstancePort");
	}
	xml_set_child_text(o, "identifier", db, "DBInstanceIdentifier");
	xml_set_child_text(o, "engine", db, "Engine");
	if (version)
		json_object_set_new(o, "engine_version",
				    json_string(version_within(want_version, version)
						? want_version : version));
	xml_set_child_text(o, "instance_class", db, "DBInstanceClass");
	db_set_integer(o, "allocated_storage", db, "AllocatedStorage");
	xml_set_child_text(o, "db_name", db, "DBName");
	xml_set_child_text(o, "master_username", db, "MasterUsername");
	json_object_set_new(o, "manage_master_user_password",
			    json_boolean(secret_arn && *secret_arn));
	if (secret_arn && *secret_arn)
		json_object_set_new(o, "master_user_secret_arn", json_string(secret_arn));
	if (port && *port && strtoll(port, NULL, 10) > 0)
		json_object_set_new(o, "port", json_integer(strtoll(port, NULL, 10)));
	set_bool(o, "publicly_accessible", db, "PubliclyAccessible");
	db_set_integer(o, "backup_retention_period", db, "BackupRetentionPeriod");
	xml_set_child_text(o, "db_subnet_group_name", db, "DBSubnetGroup/DBSubnetGroupName");
	json_object_set_new(o, "vpc_security_group_ids",
			    db_security_group_ids(xml_child(db, "VpcSecurityGroups"),
						  "VpcSecurityGroupMembership"));
	if (address && *address) {
		json_object_set_new(o, "address", json_string(address));
		if (port && *port)
			json_object_set_new(o, "endpoint", json_sprintf("%s:%s", address, port));
	}
	xml_set_child_text(o, "arn", db, "DBInstanceArn");
	free(version);
	free(secret_arn);
	free(address);
	free(port);
	return o;
}

/* db_read's from_xml: the instance's attributes, with its tags. `wanted`
 * (prior or desired attributes, may be NULL) only shapes how
 * engine_version reads. */
static int instance_with_tags(struct aws_client *c, const char *id, xmlNodePtr db,
			      const json_t *wanted, json_t **out, struct strbuf *err)
{
	json_t *o = instance_from_xml(db, wanted), *tags = NULL;

	(void)id;
	if (xml_child(db, "TagList"))
		tags = db_tags_from_xml(xml_child(db, "TagList"));
	if (!tags && value_get_string(o, "arn") &&
	    list_tags(c, value_get_string(o, "arn"), &tags, err)) {
		json_decref(o);
		return -1;
	}
	json_object_set_new(o, "tags", tags ? tags : json_object());
	*out = o;
	return 0;
}

/* ---- converging ---- */

/* A user-set attribute of `want` that differs from `have`. */
static bool changed(const json_t *have, const json_t *want, const char *name)
{
	json_t *w = value_get(want, name);

	return value_is_set(w) && !value_equal(w, value_get(have, name));
}

/*
 * ModifyDBInstance parameters that take `have` to `want`; `pending` (room
 * for 8) gets the PendingModifiedValues fields to wait for.
 * `password_known` says whether have's master_password can be trusted
 * (false when adopting an instance: the password is then sent again).
 */
static json_t *modify_params(const json_t *have, const json_t *want, bool password_known,
			     const char **pending)
{
	json_t *p = json_object();
	const char *password = value_get_string(want, "master_password");
	bool manage = json_is_true(value_get(want, "manage_master_user_password"));
	bool managed = json_is_true(value_get(have, "manage_master_user_password"));
	size_t n = 0;

	if (changed(have, want, "instance_class")) {
		json_object_set(p, "DBInstanceClass", value_get(want, "instance_class"));
		pending[n++] = "DBInstanceClass";
	}
	if (changed(have, want, "allocated_storage")) {
		json_object_set_new(p, "AllocatedStorage",
				    json_integer(value_get_integer(want, "allocated_storage", -1)));
		pending[n++] = "AllocatedStorage";
	}
	if (changed(have, want, "engine_version") &&
	    !version_within(value_get_string(want, "engine_version"),
			    value_get_string(have, "engine_version"))) {
		json_object_set(p, "EngineVersion", value_get(want, "engine_version"));
		json_object_set_new(p, "AllowMajorVersionUpgrade", json_true());
		pending[n++] = "EngineVersion";
	}
	if (changed(have, want, "backup_retention_period")) {
		json_object_set_new(p, "BackupRetentionPeriod",
				    json_integer(value_get_integer(want, "backup_retention_period",
								   -1)));
		pending[n++] = "BackupRetentionPeriod";
	}
	if (changed(have, want, "port")) {
		json_object_set_new(p, "DBPortNumber",
				    json_integer(value_get_integer(want, "port", -1)));
		pending[n++] = "Port";
	}
	if (json_is_true(value_get(want, "publicly_accessible")) !=
	    json_is_true(value_get(have, "publicly_accessible")))
		json_object_set_new(p, "PubliclyAccessible",
				    json_boolean(json_is_true(value_get(want, "publicly_accessible"))));
	if (changed(have, want, "vpc_security_group_ids"))
		db_add_security_group_params(p, value_get(want, "vpc_security_group_ids"));
	if (manage && !managed)
		json_object_set_new(p, "ManageMasterUserPassword", json_true());
	if (!manage && managed)
		json_object_set_new(p, "ManageMasterUserPassword", json_false());
	if (!manage && password &&
	    (managed || !password_known ||
	     !db_stored_secret_is(value_get(have, "master_password"), password))) {
		json_object_set_new(p, "MasterUserPassword", json_string(password));
		pending[n++] = "MasterUserPassword";
	}
	pending[n] = NULL;
	return p;
}

/* Bring existing instance `id` from `have` to `want`: one ModifyDBInstance
 * applied at once (then wait), then tags. */
static int converge(struct aws_client *c, const char *id, const json_t *have,
		    const json_t *want, bool password_known, struct strbuf *err)
{
	const char *pending[8];
	json_t *params = modify_params(have, want, password_known, pending);
	const char *arn = value_get_string(have, "arn");
	int rc = 0;

	if (json_object_size(params)) {
		json_object_set_new(params, "DBInstanceIdentifier", json_string(id));
		json_object_set_new(params, "ApplyImmediately", json_true());
		rc = db_call(&rds_instance, c, "ModifyDBInstance", params,
			     value_get_string(want, "master_password"), NULL, NULL, err);
		if (!rc)
			rc = db_wait(&rds_instance, c, id, NULL, false, pending,
				     UPDATE_TIMEOUT_SECONDS,
				     err);
	}
	if (!rc && (!arn || !*arn)) {
		strbuf_addf(err, "RDS instance %s: its ARN is not known, so its tags cannot be set", id);
		rc = -1;
	}
	if (!rc)
		rc = db_sync_tags(&rds_instance, c, arn, value_get(have, "tags"),
				  value_get(want, "tags"), err);
	json_decref(params);
	return rc ? -1 : 0;
}

/* ---- the resource type ---- */

static json_t *create_params(const json_t *desired)
{
	json_t *p = json_object();
	const char *const strings[][2] = {
		{ "identifier", "DBInstanceIdentifier" }, { "instance_class", "DBInstanceClass" },
		{ "engine", "Engine" }, { "engine_version", "EngineVersion" },
		{ "db_name", "DBName" }, { "master_username", "MasterUsername" },
		{ "db_subnet_group_name", "DBSubnetGroupName" },
	};
	const char *const numbers[][2] = {
		{ "allocated_storage", "AllocatedStorage" }, { "port", "Port" },
		{ "backup_retention_period", "BackupRetentionPeriod" },
	};
	json_t *tags = value_get(desired, "tags");

	for (size_t i = 0; i < sizeof(strings) / sizeof(strings[0]); i++) {
		const char *s = value_get_string(desired, strings[i][0]);

		if (s && *s)
			json_object_set_new(p, strings[i][1], json_string(s));
	}
	for (size_t i = 0; i < sizeof(numbers) / sizeof(numbers[0]); i++) {
		json_int_t n = value_get_integer(desired, numbers[i][0], -1);

		if (n >= 0)
			json_object_set_new(p, numbers[i][1], json_integer(n));
	}
	json_object_set_new(p, "PubliclyAccessible",
			    json_boolean(json_is_true(value_get(desired, "publicly_accessible"))));
	if (json_is_true(value_get(desired, "manage_master_user_password")))
		json_object_set_new(p, "ManageMasterUserPassword", json_true());
	else if (value_get_string(desired, "master_password"))
		json_object_set(p, "MasterUserPassword", value_get(desired, "master_password"));
	db_add_security_group_params(p, value_get(desired, "vpc_security_group_ids"));
	if (json_is_object(tags))
		db_add_tag_params(p, tags);
	return p;
}

static int instance_read(void *client, const char *id, const json_t *prior, json_t **out,
			 struct strbuf *err)
{
	return db_read(&rds_instance, client, id, instance_with_tags, prior, out, err) < 0 ? -1 : 0;
}

static int read_existing(void *client, const char *id, const json_t *written, json_t **out,
			 struct strbuf *err)
{
	return db_read_existing(&rds_instance, client, id, instance_with_tags, written, out, err);
}

const struct db_api rds_instance = {
	.type_name = "aws.rds.instance",
	.kind = "RDS instance",
	.service = &aws_service_rds,
	.id_attr = "identifier",
	.id_param = "DBInstanceIdentifier",
	.create_action = "CreateDBInstance",
	.exists_code = "DBInstanceAlreadyExists",
	.delete_action = "DeleteDBInstance",
	.not_found_code = "DBInstanceNotFound",
	.busy_code = "InvalidDBInstanceState",
	.describe_action = "DescribeDBInstances",
	.describe_path = "DescribeDBInstancesResult/DBInstances/DBInstance",
	.status_field = "DBInstanceStatus",
	.gone_states = gone_states,
	.stuck_states = stuck_states,
	.ready_states = ready_states,
	.tag_action = "AddTagsToResource",
	.untag_action = "RemoveTagsFromResource",
	.untag_keys = "TagKeys.member",
	.snapshot_param = "FinalDBSnapshotIdentifier",
	.skip_snapshot_param = "SkipFinalSnapshot",
	.update_timeout = UPDATE_TIMEOUT_SECONDS,
	.delete_timeout = DELETE_TIMEOUT_SECONDS,
};

static const struct db_writes instance_writes = {
	.api = &rds_instance,
	.create_timeout = CREATE_TIMEOUT_SECONDS,
	.read_existing = read_existing,
	.converge = converge,
};

static int instance_send_create(struct aws_client *c, const json_t *desired,
				const struct create_call *call, struct aws_sent *sent,
				struct strbuf *err)
{
	const char *ident = value_get_string(desired, "identifier");
	json_t *params;
	int rc;

	(void)call;
	if (!ident) {
		strbuf_addstr(err, "aws.rds.instance: identifier has no value to send");
		return -1;
	}
	params = create_params(desired);
	rc = db_send(&instance_writes, c, ident, params, desired, sent, err);
	json_decref(params);
	return rc;
}

static int instance_converge(struct aws_client *c, const char *id, const json_t *have,
			     const json_t *desired, const json_t *prior, json_t **out,
			     struct strbuf *err)
{
	return db_converge(&instance_writes, c, id, have, desired, prior, out, err);
}

static int instance_settle_update(struct aws_client *c, const char *id, struct strbuf *err)
{
	return db_settle_update(&instance_writes, c, id, err);
}

/*
 * Create and update (the contract, provider/aws/adopt.h, through
 * rds/dbinstance.h): one found there is ours when an attempt of this
 * create may have made it and it carries this stack's tags, which the
 * create sets; an update waits for an earlier change, reads it live (as
 * desired spells it) and converges; prior only for the write-only master
 * password (exception (a)).
 */
static const struct aws_native_ops instance_native = {
	.send_create = instance_send_create,
	.adopt = { .by = AWS_ADOPT_BY_NAME_AND_TAGS, .noun = "identifier",
		   .object = "RDS instance %s" },
	.converge_prior = instance_converge,
	.read = instance_read,
	.created_shape = AWS_SHAPE_DESIRED,
	.update_shape = AWS_SHAPE_DESIRED,
	.settle_update = instance_settle_update,
	.made_missing = "RDS instance %s is gone or being deleted",
	.gone = "RDS instance %s is gone or being deleted",
};

AWS_NATIVE_FUNCTIONS(instance, instance_native)

static int instance_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	return db_delete(&rds_instance, client, id, prior, instance_with_tags, NULL, err);
}


/* The values as RDS keeps them: the identifier and the subnet group's name
 * in lower case (RDS takes any case), the security groups a sorted set. */
static int instance_plan_desired(json_t *desired, const json_t *prior, struct strbuf *err)
{
	json_t *groups = value_string_set(json_object_get(desired, "vpc_security_group_ids"));

	(void)prior;
	(void)err;
	if (groups)
		json_object_set_new(desired, "vpc_security_group_ids", groups);
	db_lower_name(desired, "identifier");
	db_lower_name(desired, "db_subnet_group_name");
	return 0;
}

/* For sweep (listing.h). */
static const struct aws_query_listing instance_listing = {
	&aws_service_rds, "DescribeDBInstances", NULL, "DBInstanceIdentifier", NULL,
	"InstanceCreateTime", NULL, NULL,
};

static int instance_list(void *client, const struct resource_query *q,
			 struct resource_items *out, struct strbuf *err)
{
	return aws_list_query(client, &instance_listing, q, out, err);
}


const struct resource_type aws_rds_instance_type = {
	.name = "aws.rds.instance",
	.description = "an RDS DB instance (PostgreSQL by default) with its class, storage, "
		       "master user, backups and tags; waits until it is available",
	.attrs = instance_attrs,
	.terraform_type = "aws_db_instance",
	.terraform_attrs = "identifier engine engine_version instance_class "
			   "allocated_storage db_name master_username=username "
			   "master_password=password manage_master_user_password "
			   "backup_retention_period publicly_accessible skip_final_snapshot "
			   "final_snapshot_identifier port db_subnet_group_name "
			   "vpc_security_group_ids tags arn address endpoint",
	.read = instance_read,
	.create = instance_create,
	.update = instance_update,
	.native = &instance_native,
	.delete = instance_delete,
	.plan_desired = instance_plan_desired,
	.import_id = "its identifier",
	.id_attr = "identifier",
	.list = instance_list,
	.list_rank = 9,
};
