/*
 * route53/lookup_zone.c: the lookup aws.route53.zone, one existing Route 53
 * hosted zone (Terraform's aws_route53_zone data source): by zone_id
 * (GetHostedZone), or by name, a public zone unless private_zone or vpc_id
 * says private, with vpc_id and tags choosing among zones of one name. A
 * name matches with or without its final dot and in any case, as
 * Terraform's does. ListHostedZonesByName lists the zones from the name
 * on, in its order, page by page (NextDNSName, NextHostedZoneId) until a
 * zone of another name; vpc_id is weighed by GetHostedZone's VPCs, tags by
 * ListTagsForResource. None, or more than one, is an error naming what was
 * looked for and what was found. The zone found is read whole: its name
 * servers (a public zone's delegation set; a private zone's NS record set,
 * as Terraform reads them), its counts and its tags.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/resources.h"
#include "provider/aws/route53/api.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

static const struct attr_schema zone_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "look for the zone of this name, e.g. example.com (a final dot and case "
			 "do not matter); afterwards its name, without the final dot" },
	{ .name = "zone_id", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "Z...: look for this zone instead of a name; afterwards the zone's id, "
			 "what a record's zone_id takes" },
	{ .name = "private_zone", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "true: a private zone of that name (unset or false: a public one); "
			 "afterwards whether the zone is private" },
	{ .name = "vpc_id", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "only a private zone associated with this VPC (private_zone then need "
			 "not be given)" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .elem_type = ATTR_STRING,
	  .description = "tags the zone has (all of them must match); afterwards all its tags" },
	{ .name = "id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the zone's id, as zone_id" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "arn:aws:route53:::hostedzone/ID" },
	{ .name = "name_servers", .type = ATTR_LIST, .flags = ATTR_COMPUTED,
	  .elem_type = ATTR_STRING,
	  .description = "the zone's name servers, what its parent domain delegates to" },
	{ .name = "primary_name_server", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the first of name_servers" },
	{ .name = "resource_record_set_count", .type = ATTR_NUMBER, .flags = ATTR_COMPUTED,
	  .description = "how many record sets the zone holds (its NS and SOA included)" },
	{ .name = "comment", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the zone's comment" },
	{ .name = "caller_reference", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the unique text its creator gave" },
	{ .name = "linked_service_principal", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the AWS service that made the zone (e.g. servicediscovery.amazonaws.com), "
			 "when one did" },
	{ .name = "linked_service_description", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "that service's description of it" },
	{ .name = NULL },
};

/* What is looked for, as the lookup's arguments say. */
struct zone_query {
	const char *name;     /* made normal (route53_name_normal), or NULL */
	bool private_zone;
	const char *vpc_id;   /* or NULL */
	const json_t *tags;   /* an object, or NULL */
};

/* A HostedZone element (ListHostedZonesByName's or GetHostedZone's) as the
 * lookup's attributes name its members (a new object). */
static json_t *zone_of(xmlNodePtr hz)
{
	json_t *o = json_object(), *count;
	char *id = xml_child_text(hz, "Id"), *name = xml_child_text(hz, "Name");
	char *priv = xml_child_text(hz, "Config/PrivateZone");
	char *normal = route53_name_normal(name);

	json_object_set_new(o, "id", json_string(route53_zone_path_id(id)));
	json_object_set_new(o, "name", json_string(normal));
	json_object_set_new(o, "private_zone", json_boolean(priv && !strcmp(priv, "true")));
	xml_set_child_text(o, "comment", hz, "Config/Comment");
	xml_set_child_text(o, "caller_reference", hz, "CallerReference");
	if ((count = xml_child_integer(hz, "ResourceRecordSetCount")))
		json_object_set_new(o, "resource_record_set_count", count);
	xml_set_child_text(o, "linked_service_principal", hz, "LinkedService/ServicePrincipal");
	xml_set_child_text(o, "linked_service_description", hz, "LinkedService/Description");
	free(id);
	free(name);
	free(priv);
	free(normal);
	return o;
}

/* GetHostedZone of id: the answer's document (*doc, free it). 0, or -1 with
 * err set. */
static int get_zone(struct aws_client *c, const char *id, xmlDocPtr *doc, struct strbuf *err)
{
	char *path = xasprintf(ROUTE53_API_PATH "/hostedzone/%s", id);
	struct aws_response resp;
	int rc = route53_send(c, "GetHostedZone", "GET", path, NULL, NULL, &resp, doc, err);

	aws_response_free(&resp);
	free(path);
	return rc;
}

/* The zone's tags (a new object), or NULL with err set. */
static json_t *zone_tags(struct aws_client *c, const char *id, struct strbuf *err)
{
	char *path = xasprintf(ROUTE53_API_PATH "/tags/hostedzone/%s", id);
	struct aws_response resp;
	xmlDocPtr doc;
	json_t *tags = NULL;
	int rc = route53_send(c, "ListTagsForResource", "GET", path, NULL, NULL, &resp, &doc, err);

	aws_response_free(&resp);
	free(path);
	if (rc)
		return NULL;
	tags = json_object();
	for (xmlNodePtr t = xml_child(xmlDocGetRootElement(doc), "ResourceTagSet/Tags/Tag"); t;
	     t = xml_next_same(t)) {
		char *k = xml_child_text(t, "Key"), *v = xml_child_text(t, "Value");

		if (k)
			json_object_set_new(tags, k, json_string(v ? v : ""));
		free(k);
		free(v);
	}
	xmlFreeDoc(doc);
	return tags;
}

/* Whether zone `id` is associated with VPC vpc_id (*yes). 0, or -1. */
static int zone_in_vpc(struct aws_client *c, const char *id, const char *vpc_id, bool *yes,
		       struct strbuf *err)
{
	xmlDocPtr doc;

	*yes = false;
	if (get_zone(c, id, &doc, err))
		return -1;
	for (xmlNodePtr v = xml_child(xmlDocGetRootElement(doc), "VPCs/VPC"); v && !*yes;
	     v = xml_next_same(v)) {
		char *vid = xml_child_text(v, "VPCId");

		*yes = vid && !strcmp(vid, vpc_id);
		free(vid);
	}
	xmlFreeDoc(doc);
	return 0;
}

/* Whether `zone` (zone_of's) is what q asks for: its name and kind, then its
 * VPCs and its tags (kept in the zone, read once). 1 yes, 0 no, -1. */
static int zone_matches(struct aws_client *c, const struct zone_query *q, json_t *zone,
			struct strbuf *err)
{
	const char *id = value_get_string(zone, "id");
	bool in_vpc;

	if ((q->name && strcmp(value_get_string(zone, "name"), q->name)) ||
	    json_is_true(value_get(zone, "private_zone")) != q->private_zone)
		return 0;
	if (q->vpc_id) {
		if (zone_in_vpc(c, id, q->vpc_id, &in_vpc, err))
			return -1;
		if (!in_vpc)
			return 0;
	}
	if (json_object_size(q->tags)) {
		json_t *tags = zone_tags(c, id, err), *want;
		const char *k;

		if (!tags)
			return -1;
		json_object_set_new(zone, "tags", tags);
		json_object_foreach((json_t *)q->tags, k, want)
			if (!json_equal(json_object_get(tags, k), want))
				return 0;
	}
	return 1;
}

/* The query of a ListHostedZonesByName from name (may be NULL: the first
 * zone) and zone id (may be NULL) on (a new string). */
static char *list_query(const char *name, const char *id)
{
	struct strbuf q = STRBUF_INIT;

	strbuf_addstr(&q, "maxitems=100");
	if (name) {
		strbuf_addstr(&q, "&dnsname=");
		sigv4_uri_encode(&q, name, strlen(name), false);
	}
	if (name && id) {
		strbuf_addstr(&q, "&hostedzoneid=");
		sigv4_uri_encode(&q, id, strlen(id), false);
	}
	return strbuf_detach(&q);
}

/*
 * The zones of q's name (every zone when it has none) that q matches,
 * appended to `found`; `named`: how many zones had the name. 0, or -1 with
 * err set. The listing starts at the name and is in name order, so it ends
 * at the first zone of another name.
 */
static int zones_matching(struct aws_client *c, const struct zone_query *q, json_t *found,
			  size_t *named, struct strbuf *err)
{
	char *next_name = q->name ? xstrdup(q->name) : NULL, *next_id = NULL;
	bool more = true;
	int rc = 0;

	*named = 0;
	while (more && !rc) {
		char *query = list_query(next_name, next_id);
		struct aws_response resp;
		xmlDocPtr doc;

		rc = route53_send(c, "ListHostedZonesByName", "GET", ROUTE53_API_PATH "/hostedzonesbyname",
				  query, NULL, &resp, &doc, err);
		aws_response_free(&resp);
		free(query);
		if (rc)
			break;
		xmlNodePtr root = xmlDocGetRootElement(doc);
		char *truncated = xml_child_text(root, "IsTruncated");

		more = truncated && !strcmp(truncated, "true");
		free(truncated);
		for (xmlNodePtr hz = xml_child(root, "HostedZones/HostedZone"); hz && !rc;
		     hz = xml_next_same(hz)) {
			json_t *zone = zone_of(hz);

			if (q->name && strcmp(value_get_string(zone, "name"), q->name)) {
				more = false; /* past the name */
				json_decref(zone);
				break;
			}
			*named += 1;
			rc = zone_matches(c, q, zone, err);
			if (rc == 1)
				json_array_append(found, zone);
			rc = rc < 0 ? -1 : 0;
			json_decref(zone);
		}
		free(next_name);
		free(next_id);
		next_name = xml_child_text(root, "NextDNSName");
		next_id = xml_child_text(root, "NextHostedZoneId");
		more = more && next_name && next_id;
		xmlFreeDoc(doc);
	}
	free(next_name);
	free(next_id);
	return rc;
}

/* What q looked for, for a message: name "N", private (in VPC V), tags T. */
static void describe_query(struct strbuf *sb, const struct zone_query *q)
{
	strbuf_addf(sb, "%s%s%s%s", q->name ? "name \"" : "", q->name ? q->name : "",
		    q->name ? "\", " : "", q->private_zone ? "private" : "public");
	if (q->vpc_id)
		strbuf_addf(sb, " in VPC %s", q->vpc_id);
	if (json_object_size(q->tags)) {
		char *t = json_dumps(q->tags, JSON_COMPACT | JSON_SORT_KEYS);

		strbuf_addf(sb, ", tags %s", t);
		free(t);
	}
}

/* The one zone q finds (a new object, zone_of's), or NULL with err saying
 * what was looked for and what was found. */
static json_t *zone_by_query(struct aws_client *c, const struct zone_query *q, struct strbuf *err)
{
	json_t *found = json_array(), *zone = NULL, *z;
	size_t named, i;

	if (zones_matching(c, q, found, &named, err)) {
		json_decref(found);
		return NULL;
	}
	if (json_array_size(found) == 1) {
		zone = json_incref(json_array_get(found, 0));
	} else if (!json_array_size(found)) {
		strbuf_addstr(err, "no Route 53 hosted zone matches ");
		describe_query(err, q);
		if (q->name)
			strbuf_addf(err, " (%zu zone%s of that name)", named, named == 1 ? " is" : "s are");
	} else {
		strbuf_addstr(err, "more than one Route 53 hosted zone matches ");
		describe_query(err, q);
		strbuf_addf(err, " (%zu do:", json_array_size(found));
		json_array_foreach(found, i, z)
			strbuf_addf(err, " %s", value_get_string(z, "id"));
		strbuf_addstr(err, "; give vpc_id, tags or zone_id to choose)");
	}
	json_decref(found);
	return zone;
}

/* The zone's name servers (a new list): a public zone's delegation set in
 * GetHostedZone's answer `doc`, a private zone's NS record set. */
static json_t *name_servers(struct aws_client *c, const json_t *zone, xmlDocPtr doc,
			    struct strbuf *err)
{
	json_t *ns = NULL, *list;

	if (!json_is_true(value_get(zone, "private_zone"))) {
		list = json_array();
		for (xmlNodePtr n = xml_child(xmlDocGetRootElement(doc),
					      "DelegationSet/NameServers/NameServer");
		     n; n = xml_next_same(n)) {
			char *text = (char *)xmlNodeGetContent(n);

			json_array_append_new(list, json_string(text ? text : ""));
			xmlFree(text);
		}
		return list;
	}
	if (route53_find(c, value_get_string(zone, "id"), value_get_string(zone, "name"), "NS", NULL,
			 NULL, &ns, err))
		return NULL;
	list = json_incref(value_get(ns, "records"));
	json_decref(ns);
	return json_is_array(list) ? list : (json_decref(list), json_array());
}

static int zone_read(void *client, const json_t *args, json_t **out, struct strbuf *err)
{
	struct aws_client *c = client;
	const char *zone_id = value_get_string(args, "zone_id");
	char *name = value_get_string(args, "name") ? route53_name_normal(value_get_string(args, "name"))
						    : NULL;
	struct zone_query q = {
		.name = name, .vpc_id = value_get_string(args, "vpc_id"),
		.private_zone = json_is_true(value_get(args, "private_zone")) ||
				value_get_string(args, "vpc_id"),
		.tags = json_is_object(value_get(args, "tags")) ? value_get(args, "tags") : NULL,
	};
	json_t *zone = NULL, *list;
	xmlDocPtr doc = NULL;
	const char *partition = aws_partition(aws_client_region(c));

	*out = NULL;
	if (zone_id && name) {
		strbuf_addstr(err, "give zone_id or name, not both");
	} else if (q.vpc_id && json_is_false(value_get(args, "private_zone"))) {
		strbuf_addstr(err, "vpc_id chooses among private zones, and private_zone is false");
	} else if (zone_id) {
		if (!get_zone(c, route53_zone_path_id(zone_id), &doc, err)) {
			xmlNodePtr hz = xml_child(xmlDocGetRootElement(doc), "HostedZone");

			if (hz)
				zone = zone_of(hz);
			else
				strbuf_addf(err, "route53 GetHostedZone: the answer has no zone %s", zone_id);
		}
	} else if ((zone = zone_by_query(c, &q, err)) &&
		   get_zone(c, value_get_string(zone, "id"), &doc, err)) {
		json_decref(zone);
		zone = NULL;
	}
	free(name);
	if (!zone) {
		if (doc)
			xmlFreeDoc(doc);
		return -1;
	}
	if (!(list = name_servers(c, zone, doc, err)))
		goto fail;
	json_object_set_new(zone, "name_servers", list);
	json_object_set(zone, "primary_name_server",
			json_array_size(list) ? json_array_get(list, 0) : json_null());
	if (!json_is_object(value_get(zone, "tags"))) {
		json_t *tags = zone_tags(c, value_get_string(zone, "id"), err);

		if (!tags)
			goto fail;
		json_object_set_new(zone, "tags", tags);
	}
	json_object_set(zone, "zone_id", json_object_get(zone, "id"));
	json_object_set_new(zone, "arn", json_sprintf("arn:%s:route53:::hostedzone/%s",
						      partition ? partition : "aws",
						      value_get_string(zone, "id")));
	json_object_set_new(zone, "vpc_id", q.vpc_id ? json_string(q.vpc_id) : json_null());
	xmlFreeDoc(doc);
	*out = zone;
	return 0;
fail:
	xmlFreeDoc(doc);
	json_decref(zone);
	return -1;
}

const struct lookup_type aws_route53_zone_lookup = {
	.name = "aws.route53.zone",
	.description = "one existing Route 53 hosted zone, by name (public, or private and "
		       "of a VPC) or by id",
	.attrs = zone_attrs,
	.read = zone_read,
	.terraform_type = "aws_route53_zone",
	.terraform_attrs = "name zone_id private_zone vpc_id tags id arn name_servers "
			   "primary_name_server resource_record_set_count comment caller_reference "
			   "linked_service_principal linked_service_description",
};
