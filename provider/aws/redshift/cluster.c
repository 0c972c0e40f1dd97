/*
 * redshift/cluster.c: the aws.redshift.cluster resource type — a provisioned
 * Redshift cluster over Redshift's query protocol (Version 2012-12-01, XML
 * answers). The id is the cluster identifier, which Redshift keeps in lower
 * case: plan_desired refuses any other spelling.
 *
 * number_of_nodes decides the cluster type: 1 is a single-node cluster,
 * more a multi-node one. A change of node_type or number_of_nodes is a
 * resize (ModifyCluster with NodeType, ClusterType and NumberOfNodes).
 * iam_roles is a set (sorted at plan time) kept with ModifyClusterIamRoles.
 *
 * master_password is SENSITIVE and CONFIG_ONLY: Redshift never shows it,
 * the core keeps its hash, and it is cut out of every error message. The
 * transport never logs request bodies.
 *
 * Creating, modifying and deleting wait, bounded (75 min create and update,
 * 40 min delete; TERRACE_DB_WAIT_SECONDS replaces all three), until the
 * cluster is available with the requested changes applied and its roles
 * in sync, or until it is gone. Destroy takes a final snapshot named
 * final_snapshot_identifier unless skip_final_snapshot is true (both
 * CONFIG_ONLY; plan_desired insists on one of them).
 *
 * The ARN is arn:PARTITION:redshift:REGION:ACCOUNT:cluster:ID: Redshift's
 * answers do not carry it, so it is built with the caller's account id.
 *
 * The network: cluster_subnet_group_name (an aws.redshift.subnet_group; a
 * new one replaces the cluster) and vpc_security_group_ids (a set, changed
 * in place with ModifyCluster).
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/iam/api.h"
#include "provider/aws/rds/dbinstance.h"
#include "provider/aws/listing.h"
#include "provider/aws/resources.h"
#include "provider/aws/rds/subnet_groups.h"
#include "provider/aws/redshift/api.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

#define CREATE_TIMEOUT_SECONDS (75 * 60.0)
#define UPDATE_TIMEOUT_SECONDS (75 * 60.0)
#define DELETE_TIMEOUT_SECONDS (40 * 60.0)

static const struct attr_schema cluster_attrs[] = {
	{ .name = "cluster_identifier", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "cluster identifier: lower-case letters, digits and hyphens, starting "
			 "with a letter" },
	{ .name = "node_type", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "node type, e.g. ra3.xlplus or dc2.large" },
	{ .name = "number_of_nodes", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "compute nodes; 1 makes a single-node cluster", .default_json = "1" },
	{ .name = "database_name", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "the first database", .default_json = "\"dev\"" },
	{ .name = "master_username", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "admin user name" },
	{ .name = "master_password", .type = ATTR_STRING,
	  .flags = ATTR_REQUIRED | ATTR_SENSITIVE | ATTR_CONFIG_ONLY,
	  .description = "admin user password (never read back)" },
	{ .name = "iam_roles", .type = ATTR_LIST, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "IAM roles the cluster may use: ${role.arn} each (role names work too) (a set: order does not matter)",
	  .default_json = "[]" },
	{ .name = "port", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "port the cluster listens on", .default_json = "5439" },
	{ .name = "publicly_accessible", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "reachable from outside its VPC", .default_json = "false" },
	{ .name = "cluster_subnet_group_name", .type = ATTR_STRING,
	  .flags = ATTR_OPTIONAL | ATTR_COMPUTED | ATTR_FORCE_NEW,
	  .description = "the aws.redshift.subnet_group it is placed in, e.g. ${rs_subnets.name}" },
	{ .name = "vpc_security_group_ids", .type = ATTR_LIST,
	  .flags = ATTR_OPTIONAL | ATTR_COMPUTED, .elem_type = ATTR_STRING,
	  .description = "VPC security groups (a set), changed in place; default the VPC's "
			 "default group" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "cluster tags", .default_json = "{}" },
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
	  .description = "arn:aws:redshift:REGION:ACCOUNT:cluster:IDENTIFIER" },
	{ .name = NULL },
};

extern const struct db_api redshift_cluster; /* its API's names and states, below */

/* Statuses from which a cluster does not become available by itself. */
static const char *const stuck_states[] = {
	"deleting", "final-snapshot", "paused", "pausing", "hardware-failure", "storage-full",
	"incompatible-hsm", "incompatible-network", "incompatible-parameters",
	"incompatible-restore", NULL,
};
static const char *const ready_states[] = { "available", NULL };
static const char *const gone_states[] = { "deleting", "final-snapshot", NULL };

/* ---- calls ---- */

/* The cluster's ARN as a new string, or NULL with err set. */
static char *cluster_arn(struct aws_client *c, const char *id, struct strbuf *err)
{
	const char *region = aws_client_region(c);
	char *account = NULL, *arn;

	if (aws_client_account_id(c, &account, err))
		return NULL;
	arn = xasprintf("arn:%s:redshift:%s:%s:cluster:%s", aws_partition(region),
			region ? region : "", account, id);
	free(account);
	return arn;
}

/* NAME.LIST.N for every string of a list (IamRoles.IamRoleArn.1 ...). */
static void add_list_params(json_t *params, const char *name, const char *member,
			    const json_t *list)
{
	size_t i;
	json_t *v;

	json_array_foreach(list, i, v) {
		char *key = xasprintf("%s.%s.%zu", name, member, i + 1);

		json_object_set(params, key, v);
		free(key);
	}
}

/* ---- reading ---- */

/* The cluster's IAM roles, sorted, leaving out those being removed. */
static json_t *roles_from_xml(xmlNodePtr list)
{
	json_t *roles = json_array(), *sorted;

	for (xmlNodePtr r = xml_child(list, "ClusterIamRole"); r; r = xml_next_same(r)) {
		char *arn = xml_child_text(r, "IamRoleArn");
		char *status = xml_child_text(r, "ApplyStatus");

		if (arn && (!status || strcmp(status, "removing")))
			json_array_append_new(roles, json_string(arn));
		free(arn);
		free(status);
	}
	sorted = value_string_set(roles);
	json_decref(roles);
	return sorted;
}

/* The attributes of a described cluster, but for the ARN and CONFIG_ONLY ones. */
static json_t *cluster_from_xml(xmlNodePtr cl)
{
	json_t *o = json_object();
	char *address = xml_child_text(cl, "Endpoint/Address");
	char *port = xml_child_text(cl, "Endpoint/Port");
	char *public = xml_child_text(cl, "PubliclyAccessible");

	xml_set_child_text(o, "cluster_identifier", cl, "ClusterIdentifier");
	xml_set_child_text(o, "node_type", cl, "NodeType");
	db_set_integer(o, "number_of_nodes", cl, "NumberOfNodes");
	xml_set_child_text(o, "database_name", cl, "DBName");
	xml_set_child_text(o, "master_username", cl, "MasterUsername");
	json_object_set_new(o, "iam_roles", roles_from_xml(xml_child(cl, "IamRoles")));
	xml_set_child_text(o, "cluster_subnet_group_name", cl, "ClusterSubnetGroupName");
	json_object_set_new(o, "vpc_security_group_ids",
			    db_security_group_ids(xml_child(cl, "VpcSecurityGroups"),
						  "VpcSecurityGroup"));
	if (port && *port)
		json_object_set_new(o, "port", json_integer(strtoll(port, NULL, 10)));
	json_object_set_new(o, "publicly_accessible", json_boolean(public && !strcmp(public, "true")));
	json_object_set_new(o, "tags", db_tags_from_xml(xml_child(cl, "Tags")));
	if (address && *address) {
		json_object_set_new(o, "address", json_string(address));
		if (port && *port)
			json_object_set_new(o, "endpoint", json_sprintf("%s:%s", address, port));
	}
	free(address);
	free(port);
	free(public);
	return o;
}

/* db_read's from_xml: the cluster's attributes, with its ARN. */
static int cluster_with_arn(struct aws_client *c, const char *id, xmlNodePtr cl,
			    const json_t *wanted, json_t **out, struct strbuf *err)
{
	char *arn = cluster_arn(c, id, err);

	(void)wanted;
	if (!arn)
		return -1;
	*out = cluster_from_xml(cl);
	json_object_set_new(*out, "arn", json_string(arn));
	free(arn);
	return 0;
}

/* ---- waiting ---- */

/* The ApplyStatus of the first IAM role that is not in sync, or NULL. */
static char *role_not_in_sync(xmlNodePtr cl)
{
	for (xmlNodePtr r = xml_child(cl, "IamRoles/ClusterIamRole"); r; r = xml_next_same(r)) {
		char *status = xml_child_text(r, "ApplyStatus");

		if (status && strcmp(status, "in-sync"))
			return status;
		free(status);
	}
	return NULL;
}

/* db_wait's settled: every IAM role in sync. */
static int roles_settled(xmlNodePtr cl, struct strbuf *status)
{
	char *role_status = role_not_in_sync(cl);

	if (!role_status)
		return 1;
	strbuf_addf(status, ", an IAM role is %s", role_status);
	free(role_status);
	return 0;
}

/* ---- converging ---- */

/* ClusterType (and NumberOfNodes for more than one node) for `want`. */
static void add_size_params(json_t *params, const json_t *want)
{
	json_int_t nodes = value_get_integer(want, "number_of_nodes", 1);

	if (nodes > 1) {
		json_object_set_new(params, "ClusterType", json_string("multi-node"));
		json_object_set_new(params, "NumberOfNodes", json_integer(nodes));
	} else {
		json_object_set_new(params, "ClusterType", json_string("single-node"));
	}
}

/*
 * ModifyCluster parameters that take `have` to `want`; `pending` (room for
 * 6) gets the PendingModifiedValues fields to wait for. `password_known`
 * says whether have's master_password can be trusted (false when adopting
 * a cluster: the password is then sent again).
 */
static json_t *modify_params(const json_t *have, const json_t *want, bool password_known,
			     const char **pending)
{
	json_t *p = json_object();
	const char *password = value_get_string(want, "master_password");
	size_t n = 0;

	if (strcmp(value_get_string_or(want, "node_type", ""),
		   value_get_string_or(have, "node_type", "")) ||
	    value_get_integer(want, "number_of_nodes", 1) !=
	    value_get_integer(have, "number_of_nodes", 1)) {
		json_object_set(p, "NodeType", value_get(want, "node_type"));
		add_size_params(p, want);
		pending[n++] = "NodeType";
		pending[n++] = "NumberOfNodes";
		pending[n++] = "ClusterType";
	}
	if (json_is_true(value_get(want, "publicly_accessible")) !=
	    json_is_true(value_get(have, "publicly_accessible"))) {
		json_object_set_new(p, "PubliclyAccessible",
				    json_boolean(json_is_true(value_get(want, "publicly_accessible"))));
		pending[n++] = "PubliclyAccessible";
	}
	if (value_is_set(value_get(want, "vpc_security_group_ids")) &&
	    !value_equal(value_get(want, "vpc_security_group_ids"),
			 value_get(have, "vpc_security_group_ids")))
		db_add_security_group_params(p, value_get(want, "vpc_security_group_ids"));
	if (value_get_integer(want, "port", 5439) != value_get_integer(have, "port", 5439))
		json_object_set_new(p, "Port", json_integer(value_get_integer(want, "port", 5439)));
	if (password && (!password_known ||
			 !db_stored_secret_is(value_get(have, "master_password"), password))) {
		json_object_set_new(p, "MasterUserPassword", json_string(password));
		pending[n++] = "MasterUserPassword";
	}
	pending[n] = NULL;
	return p;
}

/* Associate and disassociate IAM roles so the cluster has exactly `want`'s. */
static int sync_roles(struct aws_client *c, const char *id, const json_t *have,
		      const json_t *want, struct strbuf *err)
{
	json_t *add = json_array(), *remove = json_array(), *v;
	json_t *have_roles = value_get(have, "iam_roles"), *want_roles = value_get(want, "iam_roles");
	size_t i;
	int rc = 0;

	json_array_foreach(want_roles, i, v)
		if (json_is_string(v) && !iam_role_list_has(have_roles, json_string_value(v)))
			json_array_append(add, v);
	json_array_foreach(have_roles, i, v)
		if (json_is_string(v) && !iam_role_list_has(want_roles, json_string_value(v)))
			json_array_append(remove, v);
	if (json_array_size(add) || json_array_size(remove)) {
		json_t *params = json_pack("{s:s}", "ClusterIdentifier", id);
		json_t *add_arns = NULL, *remove_arns = NULL;

		rc = iam_role_arn_list(c, add, &add_arns, err) ||
		     iam_role_arn_list(c, remove, &remove_arns, err) ? -1 : 0;
		if (!rc) {
			add_list_params(params, "AddIamRoles", "IamRoleArn", add_arns);
			add_list_params(params, "RemoveIamRoles", "IamRoleArn", remove_arns);
			rc = db_call(&redshift_cluster, c, "ModifyClusterIamRoles", params, NULL,
				     NULL, NULL, err);
		}
		json_decref(add_arns);
		json_decref(remove_arns);
		json_decref(params);
		if (!rc)
			rc = db_wait(&redshift_cluster, c, id, roles_settled, false, NULL,
				     UPDATE_TIMEOUT_SECONDS, err);
	}
	json_decref(add);
	json_decref(remove);
	return rc ? -1 : 0;
}

/* Bring existing cluster `id` from `have` to `want`: ModifyCluster (then
 * wait), IAM roles (then wait), tags. */
static int converge(struct aws_client *c, const char *id, const json_t *have,
		    const json_t *want, bool password_known, struct strbuf *err)
{
	const char *pending[8];
	json_t *params = modify_params(have, want, password_known, pending);
	json_t *no_tags = json_object();
	json_t *have_tags = value_get(have, "tags"), *want_tags = value_get(want, "tags");
	char *arn = NULL;
	int rc = 0;

	if (json_object_size(params)) {
		json_object_set_new(params, "ClusterIdentifier", json_string(id));
		rc = db_call(&redshift_cluster, c, "ModifyCluster", params,
			     value_get_string(want, "master_password"), NULL, NULL, err);
		if (!rc)
			rc = db_wait(&redshift_cluster, c, id, roles_settled, false, pending,
				     UPDATE_TIMEOUT_SECONDS, err);
	}
	if (!rc)
		rc = sync_roles(c, id, have, want, err);
	if (!rc && !value_equal(json_is_object(have_tags) ? have_tags : no_tags,
				json_is_object(want_tags) ? want_tags : no_tags)) {
		arn = cluster_arn(c, id, err);
		rc = arn ? db_sync_tags(&redshift_cluster, c, arn, have_tags, want_tags, err) : -1;
	}
	free(arn);
	json_decref(no_tags);
	json_decref(params);
	return rc ? -1 : 0;
}

/* ---- the resource type ---- */

/* role_arns: desired's iam_roles as ARNs. */
static json_t *create_params(const json_t *desired, const json_t *role_arns)
{
	json_t *p = json_object();
	const char *const strings[][2] = {
		{ "cluster_identifier", "ClusterIdentifier" }, { "node_type", "NodeType" },
		{ "database_name", "DBName" }, { "master_username", "MasterUsername" },
		{ "master_password", "MasterUserPassword" },
		{ "cluster_subnet_group_name", "ClusterSubnetGroupName" },
	};
	json_t *tags = value_get(desired, "tags");

	for (size_t i = 0; i < sizeof(strings) / sizeof(strings[0]); i++) {
		const char *s = value_get_string(desired, strings[i][0]);

		if (s && *s)
			json_object_set_new(p, strings[i][1], json_string(s));
	}
	add_size_params(p, desired);
	json_object_set_new(p, "Port", json_integer(value_get_integer(desired, "port", 5439)));
	json_object_set_new(p, "PubliclyAccessible",
			    json_boolean(json_is_true(value_get(desired, "publicly_accessible"))));
	if (json_is_array(value_get(desired, "iam_roles")))
		add_list_params(p, "IamRoles", "IamRoleArn", role_arns);
	db_add_security_group_params(p, value_get(desired, "vpc_security_group_ids"));
	if (json_is_object(tags))
		db_add_tag_params(p, tags);
	return p;
}

/* db_read_existing, the roles spelled as `written` spells them. */
static int read_existing(void *client, const char *id, const json_t *written, json_t **out,
			 struct strbuf *err)
{
	if (db_read_existing(&redshift_cluster, client, id, cluster_with_arn, written, out, err))
		return -1;
	iam_roles_keep_written(*out, "iam_roles", written);
	return 0;
}

static int cluster_read(void *client, const char *id, const json_t *prior, json_t **out,
			struct strbuf *err)
{
	if (db_read(&redshift_cluster, client, id, cluster_with_arn, prior, out, err) < 0)
		return -1;
	if (*out)
		iam_roles_keep_written(*out, "iam_roles", prior);
	return 0;
}

const struct db_api redshift_cluster = {
	.type_name = "aws.redshift.cluster",
	.kind = "Redshift cluster",
	.service = &aws_service_redshift,
	.id_attr = "cluster_identifier",
	.id_param = "ClusterIdentifier",
	.create_action = "CreateCluster",
	.exists_code = "ClusterAlreadyExists",
	.delete_action = "DeleteCluster",
	.not_found_code = "ClusterNotFound",
	.busy_code = "InvalidClusterState",
	.describe_action = "DescribeClusters",
	.describe_path = "DescribeClustersResult/Clusters/Cluster",
	.status_field = "ClusterStatus",
	.gone_states = gone_states,
	.stuck_states = stuck_states,
	.ready_states = ready_states,
	.tag_action = "CreateTags",
	.untag_action = "DeleteTags",
	.untag_keys = "TagKeys.TagKey",
	.snapshot_param = "FinalClusterSnapshotIdentifier",
	.skip_snapshot_param = "SkipFinalClusterSnapshot",
	.skip_snapshot_said = true,
	.update_timeout = UPDATE_TIMEOUT_SECONDS,
	.delete_timeout = DELETE_TIMEOUT_SECONDS,
};

static const struct db_writes cluster_writes = {
	.api = &redshift_cluster,
	.create_timeout = CREATE_TIMEOUT_SECONDS,
	.read_existing = read_existing,
	.settled = roles_settled,
	.converge = converge,
};

static int cluster_send_create(struct aws_client *c, const json_t *desired,
			       const struct create_call *call, struct aws_sent *sent,
			       struct strbuf *err)
{
	const char *ident = value_get_string(desired, "cluster_identifier");
	json_t *params, *role_arns = NULL;
	int rc;

	(void)call;
	if (!ident) {
		strbuf_addstr(err, "aws.redshift.cluster: cluster_identifier has no value to send");
		return -1;
	}
	if (iam_role_arn_list(c, value_get(desired, "iam_roles"), &role_arns, err))
		return -1;
	params = create_params(desired, role_arns);
	json_decref(role_arns);
	rc = db_send(&cluster_writes, c, ident, params, desired, sent, err);
	json_decref(params);
	return rc;
}

static int cluster_converge(struct aws_client *c, const char *id, const json_t *have,
			    const json_t *desired, const json_t *prior, json_t **out,
			    struct strbuf *err)
{
	return db_converge(&cluster_writes, c, id, have, desired, prior, out, err);
}

static int cluster_settle_update(struct aws_client *c, const char *id, struct strbuf *err)
{
	return db_settle_update(&cluster_writes, c, id, err);
}

/*
 * Create and update (the contract, provider/aws/adopt.h, through
 * rds/dbinstance.h): one found there is ours when an attempt of this
 * create may have made it and it carries this stack's tags, which the
 * create sets; an update waits for an earlier change, reads it live (as
 * desired spells it) and converges; prior only for the write-only master
 * password (exception (a)).
 */
static const struct aws_native_ops cluster_native = {
	.send_create = cluster_send_create,
	.adopt = { .by = AWS_ADOPT_BY_NAME_AND_TAGS, .noun = "cluster_identifier",
		   .object = "Redshift cluster %s" },
	.converge_prior = cluster_converge,
	.read = cluster_read,
	.created_shape = AWS_SHAPE_DESIRED,
	.update_shape = AWS_SHAPE_DESIRED,
	.settle_update = cluster_settle_update,
	.made_missing = "Redshift cluster %s is gone or being deleted",
	.gone = "Redshift cluster %s is gone or being deleted",
};

AWS_NATIVE_FUNCTIONS(cluster, cluster_native)

static int cluster_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	return db_delete(&redshift_cluster, client, id, prior, cluster_with_arn, roles_settled,
			 err);
}


/* The values as Redshift keeps them: iam_roles and the security groups
 * sorted sets, the subnet group's name in lower case. */
static int cluster_plan_desired(json_t *desired, const json_t *prior, struct strbuf *err)
{
	json_t *sorted = value_string_set(json_object_get(desired, "iam_roles"));
	json_t *groups = value_string_set(json_object_get(desired, "vpc_security_group_ids"));

	(void)prior;
	(void)err;
	if (sorted)
		json_object_set_new(desired, "iam_roles", sorted);
	if (groups)
		json_object_set_new(desired, "vpc_security_group_ids", groups);
	db_lower_name(desired, "cluster_subnet_group_name");
	return 0;
}

/* For sweep (listing.h). */
static const struct aws_query_listing cluster_listing = {
	&aws_service_redshift, "DescribeClusters", NULL, "ClusterIdentifier", NULL,
	"ClusterCreateTime", NULL, NULL,
};

static int cluster_list(void *client, const struct resource_query *q,
			struct resource_items *out, struct strbuf *err)
{
	return aws_list_query(client, &cluster_listing, q, out, err);
}


const struct resource_type aws_redshift_cluster_type = {
	.name = "aws.redshift.cluster",
	.description = "a provisioned Redshift cluster with its nodes, admin user, IAM roles "
		       "and tags; waits until it is available",
	.attrs = cluster_attrs,
	.terraform_type = "aws_redshift_cluster",
	.terraform_attrs = "cluster_identifier node_type number_of_nodes database_name "
			   "master_username master_password publicly_accessible "
			   "skip_final_snapshot final_snapshot_identifier iam_roles port "
			   "cluster_subnet_group_name vpc_security_group_ids tags arn endpoint",
	.read = cluster_read,
	.create = cluster_create,
	.update = cluster_update,
	.native = &cluster_native,
	.delete = cluster_delete,
	.plan_desired = cluster_plan_desired,
	.import_id = "its cluster identifier",
	.id_attr = "cluster_identifier",
	.list = cluster_list,
	.list_rank = 9,
};
