/*
 * ec2/lookup_vpc_endpoint_service.c: the lookup aws.ec2.vpc_endpoint_service,
 * one service a VPC endpoint can reach (Terraform's aws_vpc_endpoint_service):
 * EC2 DescribeVpcEndpointServices with ServiceName (`service_name`, or
 * com.amazonaws.REGION.SERVICE of `service` and the provider's region, as
 * the AWS provider makes it), ServiceRegion, and the service-type and tag
 * filters. None, or more than one (com.amazonaws.REGION.s3 is both a
 * Gateway and an Interface service: name the type), is an error.
 */
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/ec2/api.h"
#include "provider/aws/resources.h"
#include "provider/provider.h"

static const struct attr_schema vpces_attrs[] = {
	{ .name = "service", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "the AWS service's short name (s3, dynamodb, ecr.api): looks for "
			 "com.amazonaws.REGION.SERVICE, REGION the provider's" },
	{ .name = "service_name", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "the full name to look for (com.amazonaws.eu-west-1.s3, or a "
			 "com.amazonaws.vpce... one of an endpoint service); afterwards the service's "
			 "name, what an aws.ec2.vpc_endpoint's service_name takes" },
	{ .name = "service_type", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "only a Gateway or Interface service; afterwards the service's type" },
	{ .name = "service_regions", .type = ATTR_LIST, .flags = ATTR_OPTIONAL,
	  .elem_type = ATTR_STRING,
	  .description = "the regions the service is looked for in (a cross-region service)" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .elem_type = ATTR_STRING,
	  .description = "tags the service has (all must match); afterwards all its tags" },
	{ .name = "service_id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "vpce-svc-..." },
	{ .name = "owner", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "amazon for AWS's services, else the owner's account id" },
	{ .name = "region", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the region the service is in" },
	{ .name = "availability_zones", .type = ATTR_LIST, .flags = ATTR_COMPUTED,
	  .elem_type = ATTR_STRING, .description = "the zones it is in, sorted" },
	{ .name = "base_endpoint_dns_names", .type = ATTR_LIST, .flags = ATTR_COMPUTED,
	  .elem_type = ATTR_STRING, .description = "its endpoints' DNS names, sorted" },
	{ .name = "private_dns_name", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "its private DNS name (null: none)" },
	{ .name = "private_dns_names", .type = ATTR_LIST, .flags = ATTR_COMPUTED,
	  .elem_type = ATTR_STRING, .description = "all its private DNS names, sorted" },
	{ .name = "acceptance_required", .type = ATTR_BOOL, .flags = ATTR_COMPUTED,
	  .description = "whether the owner accepts each endpoint" },
	{ .name = "manages_vpc_endpoints", .type = ATTR_BOOL, .flags = ATTR_COMPUTED,
	  .description = "whether the service manages its endpoints itself" },
	{ .name = "vpc_endpoint_policy_supported", .type = ATTR_BOOL, .flags = ATTR_COMPUTED,
	  .description = "whether an endpoint of it takes a policy" },
	{ .name = "supported_ip_address_types", .type = ATTR_LIST, .flags = ATTR_COMPUTED,
	  .elem_type = ATTR_STRING, .description = "ipv4, ipv6, sorted" },
	{ .name = NULL },
};

struct found {
	size_t n;
	xmlNodePtr first; /* a copy of the first entry */
};

static int count_entry(void *ctx, xmlNodePtr entry, struct strbuf *err)
{
	struct found *f = ctx;

	(void)err;
	if (f->n++ == 0)
		f->first = xmlCopyNode(entry, 1);
	return 0;
}

static void set_bool(json_t *o, const char *attr, xmlNodePtr node, const char *field)
{
	char *v = xml_child_text(node, field);

	json_object_set_new(o, attr, v ? json_boolean(!strcmp(v, "true")) : json_null());
	free(v);
}

/* The full name looked for: service_name, else com.amazonaws.REGION.service. */
static char *wanted_name(void *client, const json_t *args)
{
	const char *name = value_get_string(args, "service_name");
	const char *service = value_get_string(args, "service");

	if (name && *name)
		return xstrdup(name);
	if (service && *service)
		return xasprintf("com.amazonaws.%s.%s", aws_client_region(client), service);
	return NULL;
}

static int vpces_read(void *client, const json_t *args, json_t **out, struct strbuf *err)
{
	json_t *p = json_object();
	char *name = wanted_name(client, args);
	struct found f = { 0 };
	int n_filters = 0, rc;

	*out = NULL;
	if (name)
		json_object_set_new(p, "ServiceName.1", json_string(name));
	ec2_add_list(p, "ServiceRegion", value_get(args, "service_regions"));
	ec2_add_filter(p, &n_filters, "service-type", value_get(args, "service_type"));
	ec2_add_tag_filters(p, &n_filters, value_get(args, "tags"));
	rc = ec2_each(client, "DescribeVpcEndpointServices", p, "serviceDetailSet/item", 0, NULL,
		      count_entry, &f, err);
	json_decref(p);
	if (rc == 0 && f.n != 1) {
		const char *type = value_get_string(args, "service_type");

		strbuf_addf(err, "%s VPC endpoint service%s%s%s%s", f.n ? "more than one" : "no",
			    name ? " named " : "", name ? name : "", type ? " of type " : "",
			    type ? type : "");
		if (f.n)
			strbuf_addf(err, " (%zu are: name the service_type, Gateway or Interface)",
				    f.n);
		rc = -1;
	}
	free(name);
	if (rc) {
		if (f.first)
			xmlFreeNode(f.first);
		return -1;
	}
	json_t *o = json_object(), *types = ec2_item_texts(f.first, "serviceType", "serviceType");
	json_t *service = value_get(args, "service");
	json_t *regions = value_get(args, "service_regions");

	json_object_set(o, "service", service ? service : json_null());
	json_object_set(o, "service_regions", regions ? regions : json_null());
	ec2_set_text(o, "service_name", f.first, "serviceName");
	json_object_set(o, "service_type", json_array_size(types) ? json_array_get(types, 0)
								  : json_null());
	json_decref(types);
	json_object_set_new(o, "tags", ec2_tags_of(f.first));
	ec2_set_text(o, "service_id", f.first, "serviceId");
	ec2_set_text(o, "owner", f.first, "owner");
	ec2_set_text(o, "region", f.first, "serviceRegion");
	if (json_is_null(json_object_get(o, "region")))
		json_object_set_new(o, "region", json_string(aws_client_region(client)));
	json_object_set_new(o, "availability_zones",
			    ec2_item_texts(f.first, "availabilityZoneSet", NULL));
	json_object_set_new(o, "base_endpoint_dns_names",
			    ec2_item_texts(f.first, "baseEndpointDnsNameSet", NULL));
	ec2_set_text(o, "private_dns_name", f.first, "privateDnsName");
	json_object_set_new(o, "private_dns_names",
			    ec2_item_texts(f.first, "privateDnsNameSet", "privateDnsName"));
	set_bool(o, "acceptance_required", f.first, "acceptanceRequired");
	set_bool(o, "manages_vpc_endpoints", f.first, "managesVpcEndpoints");
	set_bool(o, "vpc_endpoint_policy_supported", f.first, "vpcEndpointPolicySupported");
	json_object_set_new(o, "supported_ip_address_types",
			    ec2_item_texts(f.first, "supportedIpAddressTypeSet", NULL));
	xmlFreeNode(f.first);
	*out = o;
	return 0;
}

const struct lookup_type aws_ec2_vpc_endpoint_service_lookup = {
	.name = "aws.ec2.vpc_endpoint_service",
	.description = "one service a VPC endpoint can reach, such as com.amazonaws.REGION.s3 "
		       "of type Gateway",
	.attrs = vpces_attrs,
	.read = vpces_read,
	.terraform_type = "aws_vpc_endpoint_service",
	.terraform_attrs = "service service_name service_type service_regions tags service_id "
			   "owner region availability_zones base_endpoint_dns_names "
			   "private_dns_name private_dns_names acceptance_required "
			   "manages_vpc_endpoints vpc_endpoint_policy_supported "
			   "supported_ip_address_types",
};
