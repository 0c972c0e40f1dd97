/*
 * route53/record.c: the resource type aws.route53.record, one record set of
 * a Route 53 hosted zone (a name and type, and a set identifier for
 * weighted or failover routing): its values and TTL, or an alias to an AWS
 * resource. Cloud Control cannot make one (AWS::Route53::RecordSet's
 * registry schema has no handlers), so it is written here over Route 53's
 * ChangeResourceRecordSets (route53/api.h).
 *
 * Its id is Terraform's, ZONE_NAME_TYPE or ZONE_NAME_TYPE_SETIDENTIFIER.
 * The create is a CREATE, which Route 53 refuses for a record set that
 * exists: one someone else made is refused, naming it (Terraform's
 * allow_overwrite = false); an update is an UPSERT of the record set as the
 * stack writes it; a new zone, name, type or set identifier replaces it
 * (delete, then create); a delete is a DELETE of the values read back. Each
 * change is waited for until INSYNC. read() finds the record set by
 * ListResourceRecordSets from its name and type.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/resources.h"
#include "provider/aws/route53/api.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

#define RECORD_TYPE "aws.route53.record"

static const struct attr_schema record_attrs[] = {
	{ .name = "zone_id", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "the hosted zone's id, e.g. Z0123456789ABCDEFGHIJ, a variable, or "
			 "${zone.id} of an awscc.route53.hosted_zone" },
	ROUTE53_RECORD_ATTRS(ATTR_FORCE_NEW),
	{ .name = NULL },
};

/* The record types of Route 53, by which an id is split. */
static const char *const record_types[] = {
	"A", "AAAA", "CAA", "CNAME", "DS", "HTTPS", "MX", "NAPTR", "NS", "PTR", "SOA", "SPF",
	"SRV", "SSHFP", "SVCB", "TLSA", "TXT", NULL,
};

static char *make_id(const json_t *desired)
{
	const char *set = value_get_string(desired, "set_identifier");

	return xasprintf("%s_%s_%s%s%s",
			 route53_zone_path_id(value_get_string(desired, "zone_id")),
			 value_get_string(desired, "name"), value_get_string(desired, "record_type"),
			 set ? "_" : "", set ? set : "");
}

/*
 * What an id names (a new object: zone_id, name, type, set_identifier): the
 * zone up to the first '_', then the name up to the first "_TYPE" that is a
 * record type followed by the end or by "_SETIDENTIFIER". NULL with err set
 * when it is not such an id.
 */
static json_t *split_id(const char *id, struct strbuf *err)
{
	const char *zone_end = strchr(id, '_');

	for (const char *p = zone_end ? strchr(zone_end + 1, '_') : NULL; p; p = strchr(p + 1, '_'))
		for (size_t i = 0; record_types[i]; i++) {
			size_t n = strlen(record_types[i]);

			if (strncmp(p + 1, record_types[i], n) || (p[1 + n] && p[1 + n] != '_'))
				continue;
			json_t *o = json_object();

			json_object_set_new(o, "zone_id",
					    json_stringn(id, (size_t)(zone_end - id)));
			json_object_set_new(o, "name", json_stringn(zone_end + 1,
								    (size_t)(p - zone_end - 1)));
			json_object_set_new(o, "record_type", json_string(record_types[i]));
			if (p[1 + n])
				json_object_set_new(o, "set_identifier", json_string(p + 2 + n));
			return o;
		}
	strbuf_addf(err, RECORD_TYPE ": id \"%s\" is not ZONE_NAME_TYPE or "
		    "ZONE_NAME_TYPE_SETIDENTIFIER", id);
	return NULL;
}

/* Which record set an id names: prior's (its spelling kept) when it is the
 * one prior writes, else the id's (an import). NULL with err set. */
static json_t *record_named(const char *id, const json_t *prior, struct strbuf *err)
{
	if (value_get_string(prior, "zone_id") && value_get_string(prior, "name") &&
	    value_get_string(prior, "record_type")) {
		char *own = make_id(prior);
		bool same = !strcmp(own, id);

		free(own);
		if (same)
			return json_incref((json_t *)prior);
	}
	return split_id(id, err);
}

static int record_read(void *client, const char *id, const json_t *prior, json_t **out,
		       struct strbuf *err)
{
	json_t *where = record_named(id, prior, err);
	const char *zone;
	int rc;

	*out = NULL;
	if (!where)
		return -1;
	zone = value_get_string(where, "zone_id");
	rc = route53_find(client, zone, value_get_string(where, "name"),
			  value_get_string(where, "record_type"),
			  value_get_string(where, "set_identifier"), where, out, err);
	if (!rc && *out)
		json_object_set_new(*out, "zone_id", json_string(zone));
	json_decref(where);
	return rc;
}

/* One change of the record set desired writes, waited for until INSYNC. */
static int record_change(struct aws_client *c, const char *action, const json_t *desired,
			 char **exists, int *attempts, struct strbuf *err)
{
	json_t *want = route53_record_want(desired);
	struct route53_change change = { action, want };
	int rc = route53_change(c, value_get_string(desired, "zone_id"), &change, 1, exists,
				attempts, err);

	json_decref(want);
	if (rc < 0)
		strbuf_addf(err, " (" RECORD_TYPE " %s %s in zone %s)",
			    value_get_string(desired, "name"), value_get_string(desired, "record_type"),
			    value_get_string(desired, "zone_id"));
	return rc;
}

/*
 * The create's send: a CREATE. A record set there already is weighed by
 * the adopt policy: ours only when an attempt of this create may have made
 * it (then it is read here) and it reads back as this create sends it.
 */
static int record_send_create(struct aws_client *c, const json_t *desired,
			      const struct create_call *call, struct aws_sent *sent,
			      struct strbuf *err)
{
	char *exists = NULL;
	int rc;

	if (!value_get_string(desired, "zone_id") || !value_get_string(desired, "name") ||
	    !value_get_string(desired, "record_type")) {
		strbuf_addstr(err, RECORD_TYPE ": zone_id, name or record_type has no value to send");
		return -1;
	}
	rc = record_change(c, "CREATE", desired, &exists, &sent->attempts, err);
	if (rc < 0)
		return -1;
	sent->id = make_id(desired);
	if (rc == 1) {
		sent->exists = true;
		snprintf(sent->why, sizeof(sent->why), "%s", exists);
		snprintf(sent->named, sizeof(sent->named), "%s %s%s%s in zone %s",
			 value_get_string(desired, "name"), value_get_string(desired, "record_type"),
			 value_get_string(desired, "set_identifier") ? " " : "",
			 value_get_string(desired, "set_identifier")
				 ? value_get_string(desired, "set_identifier") : "",
			 value_get_string(desired, "zone_id"));
		free(exists);
		if (!(call && call->may_exist) && sent->attempts <= 1)
			return 0; /* refused by the policy, nothing read */
		return record_read(c, sent->id, desired, &sent->have, err);
	}
	return 0;
}

/* BY_READ_BACK: what the CREATE sent, and the record set as the send read
 * it (1 when it read none). A record set says no time it was made. */
static int record_evidence(struct aws_client *c, const char *id, const json_t *desired,
			   const json_t *have, json_t **sent, json_t **got, time_t *created,
			   struct strbuf *err)
{
	(void)c, (void)id, (void)err;
	*created = 0;
	if (!have)
		return 1;
	*sent = route53_record_want(desired);
	*got = json_incref((json_t *)have);
	return 0;
}

/* The converge: an UPSERT of the record set as desired writes it when what
 * is read (`have`) differs, then it is read back. */
static int record_converge(struct aws_client *c, const char *id, const json_t *have,
			   const json_t *desired, json_t **out, struct strbuf *err)
{
	json_t *want = route53_record_want(desired);
	char *exists = NULL;
	int rc = 0;

	*out = NULL;
	if (!route53_record_matches(have, want))
		rc = record_change(c, "UPSERT", desired, &exists, NULL, err);
	json_decref(want);
	free(exists);
	if (rc)
		return -1;
	return aws_read_written(record_read, c, id, desired, out, err,
				RECORD_TYPE ": record set %s was written but "
				"ListResourceRecordSets does not find it", id);
}

/*
 * Create and update (the contract, provider/aws/adopt.h). `prior` is not
 * used (neither exception): the update reads the record set desired names
 * (its zone, name, type and set identifier cannot change in place).
 */
static const struct aws_native_ops record_native = {
	.send_create = record_send_create,
	.adopt = { .by = AWS_ADOPT_BY_READ_BACK, .noun = "name",
		   .object = RECORD_TYPE ": record set %s",
		   .evidence = record_evidence,
		   .differs = "its values differ from the ones this create sends" },
	.converge = record_converge,
	.read = record_read,
	.created_shape = AWS_SHAPE_DESIRED,
	.update_shape = AWS_SHAPE_DESIRED,
	.made_missing = RECORD_TYPE ": record set %s was written but ListResourceRecordSets "
			"does not find it",
	.gone = RECORD_TYPE ": record set %s is in the state but ListResourceRecordSets does not "
		"find it",
};

AWS_NATIVE_FUNCTIONS(record, record_native)

/* A DELETE of the record set as it is now (Route 53 deletes only what
 * matches it whole); one already gone is success. */
static int record_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	json_t *have = NULL;
	char *exists = NULL;
	int rc = record_read(client, id, prior, &have, err);

	if (rc || !have)
		return rc;
	rc = record_change(client, "DELETE", have, &exists, NULL, err);
	free(exists);
	json_decref(have);
	return rc ? -1 : 0;
}

static char *record_config_id(const json_t *desired)
{
	if (!value_get_string(desired, "zone_id") || !value_get_string(desired, "name") ||
	    !value_get_string(desired, "record_type"))
		return NULL;
	return make_id(desired);
}

const struct resource_type aws_route53_record_type = {
	.name = RECORD_TYPE,
	.description = "a Route 53 record set: values and a TTL, or an alias; weighted or "
		       "failover routing",
	.attrs = record_attrs,
	.terraform_type = "aws_route53_record",
	.terraform_attrs = "zone_id name record_type=type set_identifier ttl records alias health_check_id",
	.read = record_read,
	.create = record_create,
	.update = record_update,
	.native = &record_native,
	.delete = record_delete,
	.import_id = "ZONE_NAME_TYPE, or ZONE_NAME_TYPE_SETIDENTIFIER (Terraform's id)",
	.config_id = record_config_id,
};
