/*
 * route53/record_group.c: the resource type aws.route53.record_group, record
 * sets of one Route 53 hosted zone written together, each change of them
 * one ChangeResourceRecordSets batch (route53/api.h), carried out whole or
 * not at all, as CloudFormation's AWS::Route53::RecordSetGroup does (whose
 * registry schema has no handlers: Cloud Control cannot make it).
 *
 * Its id is its zone's id; the record sets it holds are those its stack
 * lists, which read() finds one by one (ListResourceRecordSets) and reports
 * in the stack's order, leaving out any that is gone. The create is one
 * batch of CREATEs, which Route 53 refuses whole when one of them exists
 * (one someone else made is refused, naming it). An update is one batch:
 * a CREATE of each record set the stack adds (a new name, type or set
 * identifier is a new record set), an UPSERT of each that differs, a DELETE
 * of each it takes out (with the values read back). A delete is one batch
 * of DELETEs. Each batch is waited for until INSYNC.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/resources.h"
#include "provider/aws/route53/api.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

#define GROUP_TYPE "aws.route53.record_group"

static const struct attr_schema group_record_attrs[] = {
	ROUTE53_RECORD_ATTRS(0),
	{ .name = NULL },
};

static const struct attr_schema group_attrs[] = {
	{ .name = "zone_id", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "the hosted zone's id, e.g. Z0123456789ABCDEFGHIJ, a variable, or "
			 "${zone.id} of an awscc.route53.hosted_zone" },
	{ .name = "records", .type = ATTR_OBJECT_LIST, .flags = ATTR_REQUIRED,
	  .nested = group_record_attrs,
	  .description = "the record sets, each written as aws.route53.record's (without "
			 "zone_id); no two of one name, type and set identifier" },
	{ .name = NULL },
};

/* The record sets of `where`'s records as Route 53 has them now, in its
 * order, those gone left out: *out {zone_id, records}, or NULL when none is
 * there. */
static int group_read(void *client, const char *id, const json_t *prior, json_t **out,
		      struct strbuf *err)
{
	const char *zone = value_get_string(prior, "zone_id");
	json_t *found = json_array(), *r;
	size_t i;

	*out = NULL;
	if (!zone)
		zone = id;
	json_array_foreach(value_get(prior, "records"), i, r) {
		json_t *have = NULL;

		if (route53_find(client, zone, value_get_string(r, "name"),
				 value_get_string(r, "record_type"), value_get_string(r, "set_identifier"),
				 r, &have, err)) {
			json_decref(found);
			return -1;
		}
		if (have)
			json_array_append_new(found, have);
	}
	if (json_array_size(found))
		*out = json_pack("{s:s, s:o}", "zone_id", zone, "records", found);
	else
		json_decref(found);
	return 0;
}

/* The record of `list` whose key is `key`, or NULL. */
static const json_t *record_keyed(const json_t *list, const char *key)
{
	const json_t *r;
	size_t i;

	json_array_foreach(list, i, r) {
		char *k = route53_record_key(r);
		bool same = !strcmp(k, key);

		free(k);
		if (same)
			return r;
	}
	return NULL;
}

/* One batch of `n` changes to the group's zone. A CREATE refused because
 * the record set exists (1) is an error here: the adopt policy weighs a
 * create's, and an update adds only what the state does not hold. */
static int group_send(struct aws_client *c, const char *zone, const struct route53_change *changes,
		      size_t n, int *attempts, char **exists, struct strbuf *err)
{
	int rc = route53_change(c, zone, changes, n, exists, attempts, err);

	if (rc < 0)
		strbuf_addf(err, " (" GROUP_TYPE " in zone %s)", zone);
	return rc;
}

/* The record sets desired lists, as the stack means each (a new list). */
static json_t *records_wanted(const json_t *desired)
{
	json_t *want = json_array(), *r;
	size_t i;

	json_array_foreach(value_get(desired, "records"), i, r)
		json_array_append_new(want, route53_record_want(r));
	return want;
}

/* The create's send: one batch of a CREATE of each record set. */
static int group_send_create(struct aws_client *c, const json_t *desired,
			     const struct create_call *call, struct aws_sent *sent,
			     struct strbuf *err)
{
	const char *zone = value_get_string(desired, "zone_id");
	json_t *want = records_wanted(desired);
	size_t n = json_array_size(want);
	struct route53_change *changes = n ? xcalloc(n, sizeof(*changes)) : NULL;
	char *exists = NULL;
	int rc;

	if (!zone || !n) {
		strbuf_addstr(err, GROUP_TYPE ": zone_id or records has no value to send");
		json_decref(want);
		return -1;
	}
	for (size_t i = 0; i < n; i++)
		changes[i] = (struct route53_change){ "CREATE", json_array_get(want, i) };
	rc = group_send(c, zone, changes, n, &sent->attempts, &exists, err);
	free(changes);
	json_decref(want);
	if (rc < 0)
		return -1;
	sent->id = xstrdup(route53_zone_path_id(zone));
	if (rc == 1) {
		sent->exists = true;
		snprintf(sent->why, sizeof(sent->why), "%s", exists);
		free(exists);
		if (!(call && call->may_exist) && sent->attempts <= 1)
			return 0; /* refused by the policy, nothing read */
		return group_read(c, sent->id, desired, &sent->have, err);
	}
	return 0;
}

/* BY_READ_BACK: every record set the batch sent, as the send read them
 * (a batch is made whole or not at all; 1 when it read none). */
static int group_evidence(struct aws_client *c, const char *id, const json_t *desired,
			  const json_t *have, json_t **sent, json_t **got, time_t *created,
			  struct strbuf *err)
{
	(void)c, (void)id, (void)err;
	*created = 0;
	if (!have)
		return 1;
	*sent = json_pack("{s:o}", "records", records_wanted(desired));
	*got = json_pack("{s:O}", "records", value_get(have, "records"));
	return 0;
}

/*
 * The converge: from `have` (the record sets the state lists, as read now),
 * one batch that DELETEs those desired no longer lists, CREATEs those it
 * adds and UPSERTs those that differ; then the group is read back.
 */
static int group_converge(struct aws_client *c, const char *id, const json_t *have,
			  const json_t *desired, json_t **out, struct strbuf *err)
{
	const char *zone = value_get_string(desired, "zone_id");
	json_t *want = records_wanted(desired), *r;
	const json_t *had = value_get(have, "records");
	size_t i, n = 0;
	struct route53_change *changes =
		xcalloc(json_array_size(want) + json_array_size(had) + 1, sizeof(*changes));
	int rc = 0;

	*out = NULL;
	json_array_foreach(had, i, r) {
		char *key = route53_record_key(r);

		if (!record_keyed(want, key))
			changes[n++] = (struct route53_change){ "DELETE", r };
		free(key);
	}
	json_array_foreach(want, i, r) {
		char *key = route53_record_key(r);
		const json_t *h = record_keyed(had, key);

		if (!h)
			changes[n++] = (struct route53_change){ "CREATE", r };
		else if (!route53_record_matches(h, r))
			changes[n++] = (struct route53_change){ "UPSERT", r };
		free(key);
	}
	if (n) {
		char *exists = NULL;

		rc = group_send(c, zone, changes, n, NULL, &exists, err);
		if (rc == 1)
			strbuf_addf(err, GROUP_TYPE ": a record set this update adds exists already "
				    "and is not in this state: import it or choose another name (%s)",
				    exists);
		free(exists);
	}
	free(changes);
	json_decref(want);
	if (rc)
		return -1;
	return aws_read_written(group_read, c, id, desired, out, err,
				GROUP_TYPE ": the record sets of zone %s were written but "
				"ListResourceRecordSets does not find them", id);
}

/*
 * Create and update (the contract, provider/aws/adopt.h). The update's
 * read takes `prior` (exception (b)): the record sets the state lists are
 * where it looks, so that those the stack takes out are found and deleted,
 * and those it adds are created (a CREATE, never over one someone else
 * made).
 */
static const struct aws_native_ops group_native = {
	.send_create = group_send_create,
	.adopt = { .by = AWS_ADOPT_BY_READ_BACK, .noun = "name",
		   .object = GROUP_TYPE ": record sets of zone %s",
		   .evidence = group_evidence,
		   .differs = "their values differ from the ones this create sends" },
	.converge = group_converge,
	.read = group_read,
	.created_shape = AWS_SHAPE_DESIRED,
	.update_shape = AWS_SHAPE_PRIOR,
	.made_missing = GROUP_TYPE ": the record sets of zone %s were written but "
			"ListResourceRecordSets does not find them",
	.gone = GROUP_TYPE ": the record sets of zone %s are in the state but "
		"ListResourceRecordSets finds none of them",
};

AWS_NATIVE_FUNCTIONS(group, group_native)

/* One batch of a DELETE of each record set as it is now; those gone
 * already are left out. */
static int group_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	json_t *have = NULL, *r;
	struct route53_change *changes;
	char *exists = NULL;
	size_t i, n = 0;
	int rc = group_read(client, id, prior, &have, err);

	if (rc || !have)
		return rc;
	changes = xcalloc(json_array_size(value_get(have, "records")), sizeof(*changes));
	json_array_foreach(value_get(have, "records"), i, r)
		changes[n++] = (struct route53_change){ "DELETE", r };
	rc = group_send(client, value_get_string(have, "zone_id"), changes, n, NULL, &exists,
			err);
	free(changes);
	free(exists);
	json_decref(have);
	return rc ? -1 : 0;
}

/* read() finds the record sets the state lists, by their names and types. */
static const char *const group_found_by[] = { "records", NULL };

static char *group_config_id(const json_t *desired)
{
	const char *zone = value_get_string(desired, "zone_id");

	return zone ? xstrdup(route53_zone_path_id(zone)) : NULL;
}

const struct resource_type aws_route53_record_group_type = {
	.name = GROUP_TYPE,
	.description = "record sets of one Route 53 hosted zone changed together, in one "
		       "batch (CloudFormation's RecordSetGroup)",
	.attrs = group_attrs,
	/* Terraform has no batch of record sets: in its view the group is a
	 * record of its zone, its record sets left out. */
	.terraform_type = "aws_route53_record",
	.terraform_attrs = "zone_id",
	.read = group_read,
	.create = group_create,
	.update = group_update,
	.native = &group_native,
	.delete = group_delete,
	.not_importable = "its record sets are the ones its stack lists: import each as an "
			  "aws.route53.record",
	.config_id = group_config_id,
	.found_by = group_found_by,
};
