/*
 * ec2/lookup_managed_prefix_list.c: the lookup aws.ec2.managed_prefix_list,
 * one prefix list by name or id (Terraform's aws_ec2_managed_prefix_list),
 * typically one AWS manages such as com.amazonaws.REGION.s3 for security
 * group rules towards S3: EC2 DescribeManagedPrefixLists, then its CIDR
 * blocks with GetManagedPrefixListEntries. None, or more than one, is an
 * error.
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/ec2/api.h"
#include "provider/aws/resources.h"
#include "provider/provider.h"

static const struct attr_schema pl_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "the list's name, e.g. com.amazonaws.${data.me.region}.s3" },
	{ .name = "id", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "pl-...: look for this list; afterwards the list's id, what a "
			 "security group rule's prefix_list_ids take" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the list's ARN" },
	{ .name = "owner_id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "AWS for the lists AWS manages, else an account id" },
	{ .name = "address_family", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "IPv4 or IPv6" },
	{ .name = "cidrs", .type = ATTR_LIST, .flags = ATTR_COMPUTED, .elem_type = ATTR_STRING,
	  .description = "the CIDR blocks the list holds now, sorted" },
	{ .name = NULL },
};

static int entries(struct aws_client *c, const char *id, json_t **out, struct strbuf *err)
{
	json_t *p = json_pack("{s:s}", "PrefixListId", id), *all = json_array();
	int rc;

	rc = ec2_page_texts(c, "GetManagedPrefixListEntries", p, "entrySet/item", "cidr", all, err);
	json_decref(p);
	*out = rc ? NULL : value_string_set(all);
	json_decref(all);
	return rc ? -1 : 0;
}

static int pl_read(void *client, const json_t *args, json_t **out, struct strbuf *err)
{
	const char *name = value_get_string(args, "name"), *id = value_get_string(args, "id");
	json_t *p = json_object(), *cidrs = NULL;
	xmlDocPtr doc = NULL;
	xmlNodePtr first, it;
	size_t n = 0;
	int f = 0, rc;

	*out = NULL;
	ec2_add_filter(p, &f, "prefix-list-name", value_get(args, "name"));
	ec2_add_filter(p, &f, "prefix-list-id", value_get(args, "id"));
	rc = ec2_call(client, "DescribeManagedPrefixLists", p, NULL, &doc, err);
	json_decref(p);
	if (rc)
		return -1;
	first = xml_child(xmlDocGetRootElement(doc), "prefixListSet/item");
	for (it = first; it; it = xml_next_same(it))
		n++;
	if (n != 1) {
		strbuf_addf(err, "%s prefix list is%s%s%s%s%s%s", n ? "more than one" : "no",
			    name ? " named " : "", name ? name : "", name && id ? " and" : "",
			    id ? " of id " : "", id ? id : "", !name && !id ? " named or given" : "");
		if (n)
			strbuf_addf(err, " (%zu are)", n);
		xmlFreeDoc(doc);
		return -1;
	}
	json_t *o = json_object();
	ec2_set_text(o, "name", first, "prefixListName");
	ec2_set_text(o, "id", first, "prefixListId");
	ec2_set_text(o, "arn", first, "prefixListArn");
	ec2_set_text(o, "owner_id", first, "ownerId");
	ec2_set_text(o, "address_family", first, "addressFamily");
	xmlFreeDoc(doc);
	if (entries(client, value_get_string(o, "id"), &cidrs, err)) {
		json_decref(o);
		return -1;
	}
	json_object_set_new(o, "cidrs", cidrs);
	*out = o;
	return 0;
}

const struct lookup_type aws_ec2_managed_prefix_list_lookup = {
	.name = "aws.ec2.managed_prefix_list",
	.description = "one prefix list by name or id, such as com.amazonaws.REGION.s3",
	.attrs = pl_attrs,
	.read = pl_read,
	.terraform_type = "aws_ec2_managed_prefix_list",
	.terraform_attrs = "name id arn owner_id address_family",
};
