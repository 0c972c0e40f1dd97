/*
 * glue/connection.c: the resource type aws.glue.connection, a Glue
 * connection (JDBC and others), over Glue's json protocol (glue/api.h). Its id
 * is its name.
 *
 * The password is sent as the PASSWORD connection property and never read
 * back: it is CONFIG_ONLY and SENSITIVE, read() asks Glue to hide it and
 * drops PASSWORD and ENCRYPTED_PASSWORD from the properties, and every
 * update re-sends it (UpdateConnection replaces the whole input).
 *
 * A NETWORK or JDBC connection placed in a VPC needs all three of
 * physical_connection_requirements' subnet_id, security_group_id_list and
 * availability_zone (Glue's workers get an interface in that subnet, zone
 * and groups); a NETWORK connection exists only for that placement.
 * Rows of the one table of checks (glue/rules.c) say what is missing, at
 * validate, at plan and before the request.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/glue/api.h"
#include "provider/aws/listing.h"
#include "provider/aws/resources.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

static const char *const not_found[] = { "EntityNotFoundException", NULL };
static const char *const already_exists[] = { "AlreadyExistsException", NULL };

static const struct attr_schema physical_requirements_attrs[] = {
	{ .name = "subnet_id", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "subnet the connection is made from" },
	{ .name = "security_group_id_list", .type = ATTR_LIST, .flags = ATTR_OPTIONAL,
	  .elem_type = ATTR_STRING, .description = "security groups of the connection",
	  .default_json = "[]" },
	{ .name = "availability_zone", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "availability zone of the subnet" },
	{ .name = NULL },
};

static const struct attr_schema connection_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "connection name" },
	{ .name = "connection_type", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "JDBC, KAFKA, MONGODB, NETWORK ...", .default_json = "\"JDBC\"" },
	{ .name = "connection_properties", .type = ATTR_MAP, .flags = ATTR_OPTIONAL,
	  .elem_type = ATTR_STRING,
	  .description = "e.g. JDBC_CONNECTION_URL, USERNAME (the password goes in password)",
	  .default_json = "{}" },
	{ .name = "password", .type = ATTR_STRING,
	  .flags = ATTR_OPTIONAL | ATTR_SENSITIVE | ATTR_CONFIG_ONLY,
	  .description = "sent as the PASSWORD property; never read back" },
	{ .name = "description", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "what the connection is for" },
	{ .name = "physical_connection_requirements", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL,
	  .nested = physical_requirements_attrs,
	  .description = "the VPC placement of the connection" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "arn:aws:glue:REGION:ACCOUNT:connection/NAME" },
	{ .name = NULL },
};

/* Connection properties that hold the password: never read back. */
static const char *const password_properties[] = { "PASSWORD", "ENCRYPTED_PASSWORD", NULL };

static json_t *connection_input(const json_t *desired)
{
	json_t *in = json_object();
	json_t *props = glue_string_map(value_get(desired, "connection_properties"));
	json_t *pcr = value_get(desired, "physical_connection_requirements");
	const char *type = value_get_string(desired, "connection_type");

	if (value_get_string(desired, "password"))
		json_object_set(props, "PASSWORD", value_get(desired, "password"));
	value_copy_string(in, "Name", desired, "name", NULL);
	json_object_set_new(in, "ConnectionType", json_string(type ? type : "JDBC"));
	json_object_set_new(in, "ConnectionProperties", props);
	value_copy_string(in, "Description", desired, "description", NULL);
	if (json_is_object(pcr)) {
		json_t *p = json_object();
		json_t *groups = json_array();
		size_t i;
		json_t *g;

		value_copy_string(p, "SubnetId", pcr, "subnet_id", NULL);
		value_copy_string(p, "AvailabilityZone", pcr, "availability_zone", NULL);
		json_array_foreach(value_get(pcr, "security_group_id_list"), i, g)
			if (json_is_string(g))
				json_array_append(groups, g);
		json_object_set_new(p, "SecurityGroupIdList", groups);
		json_object_set_new(in, "PhysicalConnectionRequirements", p);
	}
	return in;
}

/* physical_connection_requirements read back (may be NULL); `prior_p` is
 * the prior state's (may be null). */
static json_t *physical_requirements_from_api(const json_t *p, const json_t *prior_p)
{
	json_t *o = json_object();
	json_t *groups = json_array();
	size_t i;
	json_t *g;

	value_copy_string(o, "subnet_id", p, "SubnetId", NULL);
	value_copy_string(o, "availability_zone", p, "AvailabilityZone", NULL);
	json_array_foreach(value_get(p, "SecurityGroupIdList"), i, g)
		if (json_is_string(g))
			json_array_append(groups, g);
	json_object_set_new(o, "security_group_id_list", groups);
	return glue_nothing_or_prior(o, prior_p);
}


static int connection_read(void *client, const char *id, const json_t *prior, json_t **out,
			   struct strbuf *err)
{
	struct aws_client *c = client;
	json_t *req = json_pack("{s:s, s:b}", "Name", id, "HidePassword", 1);
	json_t *resp = NULL, *conn, *o, *props, *pcr;
	int rc = glue_call(c, "GetConnection", req, not_found, &resp, NULL, NULL, err);

	json_decref(req);
	*out = NULL;
	if (rc)
		return rc < 0 ? -1 : 0;
	conn = value_get(resp, "Connection");
	o = json_object();
	json_object_set_new(o, "name", json_string(id));
	value_copy_string(o, "connection_type", conn, "ConnectionType", NULL);
	props = glue_string_map(value_get(conn, "ConnectionProperties"));
	for (size_t i = 0; password_properties[i]; i++)
		json_object_del(props, password_properties[i]);
	json_object_set_new(o, "connection_properties", props);
	glue_read_string(o, "description", conn, "Description", prior);
	pcr = physical_requirements_from_api(value_get(conn, "PhysicalConnectionRequirements"),
					     value_get(prior, "physical_connection_requirements"));
	if (pcr)
		json_object_set_new(o, "physical_connection_requirements", pcr);
	json_decref(resp);
	return glue_with_arn(c, o, NULL, "connection", id, out, err);
}

static int connection_put(struct aws_client *c, const char *operation, const char *name,
			  const json_t *desired, const char *const *tolerated, int *attempts,
			  struct strbuf *err)
{
	json_t *req = json_object();
	size_t from = err->len;
	int rc;

	if (!strcmp(operation, "UpdateConnection"))
		json_object_set_new(req, "Name", json_string(name));
	json_object_set_new(req, "ConnectionInput", connection_input(desired));
	rc = glue_call(c, operation, req, tolerated, NULL, NULL, attempts, err);
	json_decref(req);
	/* Should Glue echo the password, it is cut out. */
	strbuf_redact(err, from, value_get_string(desired, "password"));
	return rc;
}

/*
 * The converge (the contract, provider/aws/adopt.h): UpdateConnection (the
 * whole ConnectionInput, password included, as Glue takes it) when `have`
 * (the connection as read()) differs from desired or the password changed,
 * then the connection is read back. The password, which no read returns,
 * is compared with the state's record of it, `prior`'s (the contract's
 * converge_prior: exception (a)), and counts as changed when desired's
 * does not match that record (value_matches_stored); a create has no
 * prior (a connection found there), so desired's is sent.
 */
static int connection_converge(struct aws_client *c, const char *id, const json_t *have,
			       const json_t *desired, const json_t *prior, json_t **out,
			       struct strbuf *err)
{
	static const char *const unread[] = { "password", NULL };
	const json_t *pw = value_get(desired, "password"), *had = value_get(prior, "password");
	bool pw_changed = value_is_set(pw) ? !value_is_set(had) || !value_matches_stored(pw, had)
					   : value_is_set(had);
	json_t *want = aws_with_defaults(connection_attrs, desired);
	int rc = 0;

	*out = NULL;
	if (pw_changed || glue_definition_differs(connection_attrs, have, want, unread))
		rc = connection_put(c, "UpdateConnection", id, desired, NULL, NULL, err);
	if (!rc)
		rc = aws_read_written(connection_read, c, id, want, out, err,
				      "aws.glue.connection: connection %s was written but "
				      "GetConnection does not find it", id);
	json_decref(want);
	return rc ? -1 : 0;
}

/* The create's send: CreateConnection, the password cut out of any message. */
static int connection_send_create(struct aws_client *c, const json_t *desired,
				  const struct create_call *call, struct aws_sent *sent,
				  struct strbuf *err)
{
	const char *name = value_get_string(desired, "name");
	int rc;

	(void)call;
	if (!name) {
		strbuf_addstr(err, "aws.glue.connection: name has no value to send");
		return -1;
	}
	rc = connection_put(c, "CreateConnection", name, desired, already_exists,
			    &sent->attempts, err);
	rc = aws_sent_from_call(sent, rc, name, "glue CreateConnection: AlreadyExistsException");
	return rc < 0 ? -1 : 0;
}

/* The evidence of a connection found there: this create's ConnectionInput
 * (the password, never read, left out) as GetConnection reads it back,
 * and its CreationTime. */
static int connection_evidence(struct aws_client *c, const char *id, const json_t *desired,
			       const json_t *have, json_t **sent, json_t **got, time_t *created,
			       struct strbuf *err)
{
	json_t *input = connection_input(desired);

	(void)have;
	json_object_del(json_object_get(input, "ConnectionProperties"), "PASSWORD");
	return glue_catalog_evidence(c, "GetConnection",
				     json_pack("{s:s, s:b}", "Name", id, "HidePassword", 1),
				     "Connection", input, "CreationTime", sent, got, created, err);
}

/* The update's read is shaped by desired with its defaults. */
static json_t *connection_update_shape(const json_t *prior, const json_t *desired)
{
	(void)prior;
	return aws_with_defaults(connection_attrs, desired);
}

/*
 * Create and update (the contract, provider/aws/adopt.h). `prior` is used
 * for exception (a) alone, by the contract's converge_prior: the
 * password, which no read returns. A connection found there already takes
 * no tags terrace reads: it is the create's when what the create sent
 * reads back and it was made since.
 */
static const struct aws_native_ops connection_native = {
	.send_create = connection_send_create,
	.adopt = { .by = AWS_ADOPT_BY_READ_BACK, .noun = "name",
		   .object = "glue connection %s", .evidence = connection_evidence },
	.converge_prior = connection_converge,
	.read = connection_read,
	.created_shape = AWS_SHAPE_DESIRED,
	.update_shape_of = connection_update_shape,
	.made_missing = "aws.glue.connection: connection %s was written but GetConnection "
			"does not find it",
	.gone = "aws.glue.connection: connection %s is in the state but GetConnection does "
		"not find it",
};

AWS_NATIVE_FUNCTIONS(connection, connection_native)

static int connection_delete(void *client, const char *id, const json_t *prior,
			     struct strbuf *err)
{
	json_t *req = json_pack("{s:s}", "ConnectionName", id);
	int rc = glue_call(client, "DeleteConnection", req, not_found, NULL, NULL, NULL,
			   err);

	(void)prior;
	json_decref(req);
	return rc < 0 ? -1 : 0;
}

/* For sweep (listing.h). */
static const struct aws_json_listing connection_listing = {
	&aws_service_glue, "GetConnections", "{\"HidePassword\": true}", "Name", NULL,
	"CreationTime",
	NULL,
};

static int connection_list(void *client, const struct resource_query *q,
			   struct resource_items *out, struct strbuf *err)
{
	return aws_list_json(client, &connection_listing, q, out, err);
}

const struct resource_type aws_glue_connection_type = {
	.name = "aws.glue.connection",
	.description = "a Glue connection (JDBC and others) with a password that is never read back",
	.attrs = connection_attrs,
	.terraform_type = "aws_glue_connection",
	.terraform_attrs = "name description connection_type connection_properties "
			   "physical_connection_requirements arn",
	.read = connection_read,
	.create = connection_create,
	.update = connection_update,
	.native = &connection_native,
	.delete = connection_delete,
	.import_id = "its name",
	.id_attr = "name",
	.list = connection_list,
	.list_rank = 7,
};
