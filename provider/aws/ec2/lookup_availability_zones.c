/*
 * ec2/lookup_availability_zones.c: the lookup aws.availability_zones, the
 * availability zones of the provider's region in a given state (Terraform's
 * aws_availability_zones): their names and zone ids, both in the order of
 * the names, from EC2 DescribeAvailabilityZones.
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/ec2/api.h"
#include "provider/aws/resources.h"
#include "provider/provider.h"

static const struct attr_schema zones_attrs[] = {
	{ .name = "state", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "only zones in this state: available, information, impaired or unavailable",
	  .default_json = "\"available\"" },
	{ .name = "names", .type = ATTR_LIST, .flags = ATTR_COMPUTED, .elem_type = ATTR_STRING,
	  .description = "the zone names, sorted: us-east-1a, us-east-1b, ..." },
	{ .name = "zone_ids", .type = ATTR_LIST, .flags = ATTR_COMPUTED, .elem_type = ATTR_STRING,
	  .description = "the zone ids (use1-az1, ...), in the order of names" },
	{ .name = NULL },
};

struct zone {
	char *name, *id;
};

static int cmp_zone(const void *a, const void *b)
{
	return strcmp(((const struct zone *)a)->name, ((const struct zone *)b)->name);
}

static int zones_read(void *client, const json_t *args, json_t **out, struct strbuf *err)
{
	const char *state = value_get_string(args, "state");
	json_t *p = json_object(), *st = json_string(state ? state : "available");
	xmlDocPtr doc = NULL;
	xmlNodePtr it;
	struct zone *z = NULL;
	size_t n = 0;
	int f = 0, rc;

	*out = NULL;
	ec2_add_filter(p, &f, "state", st);
	json_decref(st);
	rc = ec2_call(client, "DescribeAvailabilityZones", p, NULL, &doc, err);
	json_decref(p);
	if (rc)
		return -1;
	for (it = xml_child(xmlDocGetRootElement(doc), "availabilityZoneInfo/item"); it;
	     it = xml_next_same(it)) {
		char *name = xml_child_text(it, "zoneName"), *id = xml_child_text(it, "zoneId");

		if (!name) {
			free(id);
			continue;
		}
		z = xrealloc(z, (n + 1) * sizeof(*z));
		z[n].name = name;
		z[n++].id = id ? id : xstrdup("");
	}
	xmlFreeDoc(doc);
	if (!n) {
		strbuf_addf(err, "no availability zone is %s in this region",
			    state ? state : "available");
		return -1;
	}
	qsort(z, n, sizeof(*z), cmp_zone);
	json_t *names = json_array(), *ids = json_array();
	for (size_t i = 0; i < n; i++) {
		json_array_append_new(names, json_string(z[i].name));
		json_array_append_new(ids, json_string(z[i].id));
		free(z[i].name);
		free(z[i].id);
	}
	free(z);
	*out = json_pack("{s:s, s:o, s:o}", "state", state ? state : "available", "names", names,
			 "zone_ids", ids);
	return 0;
}

const struct lookup_type aws_availability_zones_lookup = {
	.name = "aws.availability_zones",
	.description = "the availability zones of the provider's region",
	.attrs = zones_attrs,
	.read = zones_read,
	.terraform_type = "aws_availability_zones",
	.terraform_attrs = "state names zone_ids",
};
