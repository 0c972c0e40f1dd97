/*
 * ec2/lookup_ami.c: the lookup aws.ec2.ami, the newest available machine
 * image of the given owners whose name matches a pattern (and of an
 * architecture), as Terraform's aws_ami with most_recent = true: EC2
 * DescribeImages with Owner.N and name/architecture/state filters, then
 * the image with the latest creation date (equal dates: the greatest name,
 * then id, so the choice never depends on the order of the answer).
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/ec2/api.h"
#include "provider/aws/resources.h"
#include "provider/provider.h"

static const struct attr_schema ami_attrs[] = {
	{ .name = "owners", .type = ATTR_LIST, .flags = ATTR_REQUIRED, .elem_type = ATTR_STRING,
	  .description = "account ids or aliases (amazon, self, ...) whose images count, "
			 "e.g. [self, \"099720109477\"]" },
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "a name pattern (* and ? match), e.g. ubuntu/images/*; afterwards "
			 "the image's own name" },
	{ .name = "architecture", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "x86_64, arm64, i386, ...; afterwards the image's" },
	{ .name = "id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "ami-..., what an instance's ami takes" },
	{ .name = "creation_date", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "when the image was made (ISO 8601); the newest match wins" },
	{ .name = "owner_id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the account that owns the image" },
	{ .name = "description", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the image's description" },
	{ .name = "root_device_name", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "e.g. /dev/sda1" },
	{ .name = NULL },
};

/* a is newer than b (see the top of the file). */
static bool newer(xmlNodePtr a, xmlNodePtr b)
{
	static const char *const keys[] = { "creationDate", "name", "imageId" };
	int c = 0;

	for (size_t i = 0; i < 3 && !c; i++) {
		char *x = xml_child_text(a, keys[i]), *y = xml_child_text(b, keys[i]);

		c = strcmp(x ? x : "", y ? y : "");
		free(x);
		free(y);
	}
	return c > 0;
}

static int ami_read(void *client, const json_t *args, json_t **out, struct strbuf *err)
{
	const json_t *owners = value_get(args, "owners");
	const char *name = value_get_string(args, "name");
	const char *arch = value_get_string(args, "architecture");
	json_t *p = json_object(), *avail = json_string("available");
	xmlDocPtr doc = NULL;
	xmlNodePtr it, best = NULL;
	int f = 0, rc;

	*out = NULL;
	ec2_add_list(p, "Owner", owners);
	ec2_add_filter(p, &f, "name", value_get(args, "name"));
	ec2_add_filter(p, &f, "architecture", value_get(args, "architecture"));
	ec2_add_filter(p, &f, "state", avail);
	json_decref(avail);
	rc = ec2_call(client, "DescribeImages", p, NULL, &doc, err);
	json_decref(p);
	if (rc)
		return -1;
	for (it = xml_child(xmlDocGetRootElement(doc), "imagesSet/item"); it; it = xml_next_same(it))
		if (!best || newer(it, best))
			best = it;
	if (!best) {
		char *list = json_dumps(owners, JSON_COMPACT);

		strbuf_addf(err, "no available image of owners %s%s%s%s%s", list ? list : "[]",
			    name ? " named " : "", name ? name : "",
			    arch ? " for architecture " : "", arch ? arch : "");
		free(list);
		xmlFreeDoc(doc);
		return -1;
	}
	json_t *o = json_object();
	json_object_set(o, "owners", (json_t *)owners);
	ec2_set_text(o, "name", best, "name");
	ec2_set_text(o, "architecture", best, "architecture");
	ec2_set_text(o, "id", best, "imageId");
	ec2_set_text(o, "creation_date", best, "creationDate");
	ec2_set_text(o, "owner_id", best, "imageOwnerId");
	ec2_set_text(o, "description", best, "description");
	ec2_set_text(o, "root_device_name", best, "rootDeviceName");
	xmlFreeDoc(doc);
	*out = o;
	return 0;
}

const struct lookup_type aws_ec2_ami_lookup = {
	.name = "aws.ec2.ami",
	.description = "the newest machine image of some owners matching a name pattern",
	.attrs = ami_attrs,
	.read = ami_read,
	.terraform_type = "aws_ami",
	.terraform_attrs = "owners name architecture id creation_date owner_id description "
			   "root_device_name",
};
