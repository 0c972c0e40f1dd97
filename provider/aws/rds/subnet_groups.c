/*
 * rds/subnet_groups.c: read, create, update, delete and list of the subnet
 * group types of RDS and Redshift (rds/subnet_groups.h), over the query calls
 * of rds/dbinstance.h. Each call is described by the type's struct
 * subnet_group_api; nothing here knows which service it talks to.
 *
 * Each type declares the create/update contract (adopt.h) over these: a
 * create that finds the name taken adopts the group only when it is ours
 * (by name and tags, the driver's rule) and then brings description,
 * subnets and tags to the stack. An update is one Modify call with the
 * description and the whole subnet set (both APIs replace the set), then
 * the tags.
 *
 * At the end, the security group list helpers of rds/instance.c and redshift/cluster.c.
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/rds/dbinstance.h"
#include "provider/aws/listing.h"
#include "provider/aws/rds/subnet_groups.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

/* The group's ARN (new string): the answer's, or built from the account. */
static char *group_arn(const struct subnet_group_api *a, struct aws_client *c, const char *id,
		       xmlNodePtr node, struct strbuf *err)
{
	const char *region = aws_client_region(c);
	char *account = NULL, *arn;

	if (a->arn_field)
		return xml_child_text(node, a->arn_field);
	if (aws_client_account_id(c, &account, err))
		return NULL;
	arn = xasprintf("arn:%s:%s:%s:%s:%s:%s", aws_partition(region), a->db.service->signing_name,
			region ? region : "", account, a->arn_kind, id);
	free(account);
	return arn;
}

/* The tags of `arn` from ListTagsForResource (RDS). */
static int list_tags(const struct subnet_group_api *a, struct aws_client *c, const char *arn,
		     json_t **tags, struct strbuf *err)
{
	json_t *params = json_pack("{s:s}", "ResourceName", arn);
	xmlDocPtr doc;
	int rc = db_call(&a->db, c, "ListTagsForResource", params, NULL, NULL, &doc, err);

	json_decref(params);
	*tags = NULL;
	if (rc)
		return -1;
	*tags = db_tags_from_xml(xml_child(xmlDocGetRootElement(doc),
					   "ListTagsForResourceResult/TagList"));
	xmlFreeDoc(doc);
	return 0;
}

/* The attributes of one described group `node`. */
static int group_from_xml(const struct subnet_group_api *a, struct aws_client *c,
			  const char *id, xmlNodePtr node, json_t **out, struct strbuf *err)
{
	json_t *o = json_object(), *subnets = json_array(), *tags = NULL;
	char *arn = group_arn(a, c, id, node, err);

	*out = NULL;
	if (!arn) {
		json_decref(o);
		json_decref(subnets);
		return -1;
	}
	json_object_set_new(o, "name", json_string(id));
	xml_set_child_text(o, "description", node, a->description_param);
	xml_set_child_text(o, "vpc_id", node, "VpcId");
	for (xmlNodePtr s = xml_child(node, "Subnets/Subnet"); s; s = xml_next_same(s)) {
		char *sid = xml_child_text(s, "SubnetIdentifier");

		if (sid)
			json_array_append_new(subnets, json_string(sid));
		free(sid);
	}
	json_object_set_new(o, "subnet_ids", value_string_set(subnets));
	json_decref(subnets);
	if (a->tags_in_answer)
		tags = db_tags_from_xml(xml_child(node, "Tags"));
	else if (list_tags(a, c, arn, &tags, err)) {
		free(arn);
		json_decref(o);
		return -1;
	}
	json_object_set_new(o, "tags", tags ? tags : json_object());
	json_object_set_new(o, "arn", json_string(arn));
	free(arn);
	*out = o;
	return 0;
}

/* 0 with *out, 1 when there is no such group, -1 on error. */
static int read_group(const struct subnet_group_api *a, struct aws_client *c, const char *id,
		      json_t **out, struct strbuf *err)
{
	const char *const not_found[] = { a->db.not_found_code, NULL };
	json_t *params = json_pack("{s:s}", a->db.id_param, id);
	xmlDocPtr doc = NULL;
	xmlNodePtr node;
	int rc = db_call(&a->db, c, a->db.describe_action, params, NULL, not_found, &doc, err);

	json_decref(params);
	*out = NULL;
	if (rc)
		return rc;
	node = xml_child(xmlDocGetRootElement(doc), a->db.describe_path);
	rc = node ? group_from_xml(a, c, id, node, out, err) : 1;
	xmlFreeDoc(doc);
	return rc;
}

int subnet_group_read(const struct subnet_group_api *a, void *client, const char *id,
		      const json_t *prior, json_t **out, struct strbuf *err)
{
	(void)prior;
	return read_group(a, client, id, out, err) < 0 ? -1 : 0;
}

/* SubnetIds.SubnetIdentifier.N for every subnet id. */
static void add_subnets(json_t *params, const json_t *ids)
{
	size_t i;
	json_t *v;

	json_array_foreach(ids, i, v) {
		char *key = xasprintf("SubnetIds.SubnetIdentifier.%zu", i + 1);

		json_object_set(params, key, v);
		free(key);
	}
}

static const char *description_of(const json_t *desired)
{
	const char *d = value_get_string(desired, "description");

	return d && *d ? d : "Managed by terrace";
}

/* The group as it is after a write; gone is an error. */
static int read_written(const struct subnet_group_api *a, struct aws_client *c, const char *id,
			json_t **out, struct strbuf *err)
{
	int rc = read_group(a, c, id, out, err);

	if (rc == 1) {
		strbuf_addf(err, "%s %s: not found after it was written", a->db.type_name, id);
		return -1;
	}
	return rc;
}

int subnet_group_converge(const struct subnet_group_api *a, struct aws_client *c,
			  const char *id, const json_t *have, const json_t *want, json_t **out,
			  struct strbuf *err)
{
	json_t *want_subnets = value_string_set(value_get(want, "subnet_ids"));
	const char *have_desc = value_get_string(have, "description");
	int rc = 0;

	if (!want_subnets)
		want_subnets = json_array();
	if (!value_equal(want_subnets, value_get(have, "subnet_ids")) || !have_desc ||
	    strcmp(have_desc, description_of(want))) {
		json_t *params = json_pack("{s:s, s:s}", a->db.id_param, id,
					   a->description_param, description_of(want));

		add_subnets(params, want_subnets);
		rc = db_call(&a->db, c, a->modify_action, params, NULL, NULL, NULL, err);
		json_decref(params);
		if (rc)
			strbuf_addf(err, " (%s %s subnet_ids)", a->db.type_name, id);
	}
	json_decref(want_subnets);
	if (!rc)
		rc = db_sync_tags(&a->db, c, value_get_string(have, "arn"), value_get(have, "tags"),
				  value_get(want, "tags"), err);
	if (rc)
		return -1;
	return read_written(a, c, id, out, err);
}

int subnet_group_send_create(const struct subnet_group_api *a, struct aws_client *c,
			     const json_t *desired, struct aws_sent *sent, struct strbuf *err)
{
	const char *name = value_get_string(desired, "name");
	json_t *params, *subnets, *tags = value_get(desired, "tags");
	int rc;

	if (!name) {
		strbuf_addf(err, "%s: name has no value to send", a->db.type_name);
		return -1;
	}
	params = json_pack("{s:s, s:s}", a->db.id_param, name, a->description_param,
			   description_of(desired));
	subnets = value_string_set(value_get(desired, "subnet_ids"));
	if (subnets)
		add_subnets(params, subnets);
	json_decref(subnets);
	if (json_is_object(tags))
		db_add_tag_params(params, tags);
	rc = db_send_create(&a->db, c, name, params, NULL, sent, err);
	json_decref(params);
	if (rc < 0)
		strbuf_addf(err, " (%s %s)", a->db.type_name, name);
	return rc;
}

int subnet_group_delete(const struct subnet_group_api *a, void *client, const char *id,
			const json_t *prior, struct strbuf *err)
{
	const char *const gone[] = { a->db.not_found_code, NULL };
	json_t *params = json_pack("{s:s}", a->db.id_param, id);
	int rc = db_call(&a->db, client, a->db.delete_action, params, NULL, gone, NULL, err);

	(void)prior;
	json_decref(params);
	if (rc < 0)
		strbuf_addf(err, " (%s %s)", a->db.type_name, id);
	return rc < 0 ? -1 : 0;
}

int subnet_group_plan_desired(json_t *desired, const json_t *prior, struct strbuf *err)
{
	json_t *sorted = value_string_set(json_object_get(desired, "subnet_ids"));

	(void)prior;
	(void)err;
	if (sorted)
		json_object_set_new(desired, "subnet_ids", sorted);
	db_lower_name(desired, "name");
	return 0;
}

int subnet_group_list(const struct subnet_group_api *a, void *client,
		      const struct resource_query *q, struct resource_items *out,
		      struct strbuf *err)
{
	return aws_list_query(client, a->listing, q, out, err);
}

/* ---- vpc_security_group_ids of instances and clusters ---- */

json_t *db_security_group_ids(xmlNodePtr list, const char *member)
{
	json_t *ids = json_array(), *sorted;

	for (xmlNodePtr g = xml_child(list, member); g; g = xml_next_same(g)) {
		char *id = xml_child_text(g, "VpcSecurityGroupId");
		char *status = xml_child_text(g, "Status");

		if (id && (!status || strcmp(status, "removing")))
			json_array_append_new(ids, json_string(id));
		free(id);
		free(status);
	}
	sorted = value_string_set(ids);
	json_decref(ids);
	return sorted ? sorted : json_array();
}

void db_add_security_group_params(json_t *params, const json_t *ids)
{
	size_t i;
	json_t *v;

	json_array_foreach(ids, i, v) {
		char *key = xasprintf("VpcSecurityGroupIds.VpcSecurityGroupId.%zu", i + 1);

		json_object_set(params, key, v);
		free(key);
	}
}
