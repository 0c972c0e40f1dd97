/*
 * ec2/rules.c: the EC2 rules its models do not carry (checks/rules.h): CIDR
 * blocks, security groups and their rules, key pair names, NAT gateways,
 * VPC endpoints (at plan, a Gateway endpoint's service read: one that
 * offers gateway endpoints), route tables' routes (a VPC's main table's too), a VPC's
 * default network ACL's entries; and across resources (a STACK row),
 * a subnet's block inside its VPC's and apart from its siblings'. AWS's
 * own words as rows (AWS_SAYS, checks/words/ec2.words): a private NAT
 * gateway's address, an ICMPv6 network ACL entry's type and code, and on
 * the awscc types what the registry's property descriptions say but the
 * schemas' keywords do not hold (network interfaces' addresses and
 * prefixes, volumes, VPC endpoints' private DNS, VPN connections, IPAM
 * pools, placement groups, ...).
 */
#include <arpa/inet.h>
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "provider/aws/ec2/api.h"
#include "provider/aws/checks/kinds/api.h"
#include "provider/aws/checks/rules.h"
#include "provider/aws/checks/shared.h"
#include "provider/base/log.h"
#include "provider/provider.h"

/* ---- CIDR blocks ---------------------------------------------------------- */

int aws_parse_cidr(const char *s, uint32_t *addr, int *len)
{
	char buf[32];
	const char *slash = strchr(s, '/');
	if (!slash || (size_t)(slash - s) >= sizeof(buf))
		return 0;
	memcpy(buf, s, (size_t)(slash - s));
	buf[slash - s] = '\0';
	struct in_addr a;
	if (inet_pton(AF_INET, buf, &a) != 1)
		return 0;
	char *end;
	long n = strtol(slash + 1, &end, 10);
	if (!isdigit((unsigned char)slash[1]) || *end || n < 0 || n > 32)
		return 0;
	*addr = ntohl(a.s_addr);
	*len = (int)n;
	return 1;
}

int rule_cidr(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = value_known_string(v);
	uint32_t addr;
	int len;
	(void)r;
	if (!s)
		return 0;
	if (!aws_parse_cidr(s, &addr, &len)) {
		strbuf_addf(err, "\"%s\" is not an IPv4 CIDR block ADDRESS/LENGTH "
			    "(e.g. \"10.0.0.0/16\" or \"203.0.113.7/32\")", s);
		return -1;
	}
	return 0;
}

/* A list of IPv4 ranges (a security group rule's). */
static int rule_cidr_list(const json_t *v, const json_t *r, struct strbuf *err)
{
	size_t i;
	json_t *e;
	if (!json_is_array(v))
		return 0;
	json_array_foreach(v, i, e)
		if (rule_cidr(e, r, err))
			return -1;
	return 0;
}

/* VPC and subnet sizing (Amazon VPC User Guide, "VPC CIDR blocks" and
 * "Subnet CIDR blocks"): /16 to /28, and the address is the network's. */
int rule_vpc_cidr(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = value_known_string(v);
	uint32_t addr;
	int len;
	if (!s || rule_cidr(v, r, err))
		return s ? -1 : 0;
	aws_parse_cidr(s, &addr, &len);
	if (len < 16 || len > 28) {
		strbuf_addf(err, "\"%s\": VPC and subnet blocks are /16 to /28 "
			    "(e.g. \"10.0.0.0/16\", \"10.0.1.0/24\")", s);
		return -1;
	}
	uint32_t mask = len ? 0xFFFFFFFFu << (32 - len) : 0;
	if (addr & ~mask) {
		uint32_t net = addr & mask;
		strbuf_addf(err, "\"%s\" has host bits set: write the network address "
			    "\"%u.%u.%u.%u/%d\"", s, net >> 24, (net >> 16) & 255, (net >> 8) & 255,
			    net & 255, len);
		return -1;
	}
	return 0;
}

/* ---- security groups ------------------------------------------------------ */

/* AuthorizeSecurityGroupIngress (EC2 API reference): IpProtocol is tcp,
 * udp, icmp, icmpv6, -1 (all) or a protocol number 0-255; ports 0-65535
 * with from <= to for tcp and udp; for icmp the type and code, -1 for
 * any. */
static int sg_rule(const json_t *rule, const char *where, struct strbuf *err)
{
	const json_t *pv = json_object_get(rule, "protocol");
	const char *p = json_string_value(pv);
	double from = 0, to = 0, num = -2;
	bool has_from, has_to;
	char *endp;

	if (!pv || value_not_known(pv))
		return 0;
	if (json_is_integer(pv)) {
		num = (double)json_integer_value(pv);
		p = NULL;
	} else if (!p) {
		return 0;
	}
	if (p && (!strcmp(p, "all") || !strcmp(p, "-1")))
		return 0;
	if (p && (strcasecmp(p, "tcp") && strcasecmp(p, "udp") && strcasecmp(p, "icmp") &&
		  strcasecmp(p, "icmpv6"))) {
		num = strtod(p, &endp);
		if (!*p || *endp || num < 0 || num > 255 || num != (double)(int)num) {
			strbuf_addf(err, "%sprotocol \"%s\": use tcp, udp, icmp, icmpv6, a protocol "
				    "number 0-255, or -1 (all) (e.g. \"tcp\")", where, p);
			return -1;
		}
	}
	has_from = known_number(json_object_get(rule, "from_port"), &from);
	has_to = known_number(json_object_get(rule, "to_port"), &to);
	if (!has_to && has_from && !json_object_get(rule, "to_port"))
		to = from, has_to = true;
	bool icmp = p && (!strcasecmp(p, "icmp") || !strcasecmp(p, "icmpv6"));
	bool ports = p && (!strcasecmp(p, "tcp") || !strcasecmp(p, "udp"));
	if (num == 6 || num == 17)
		ports = true;
	if (num == 1 || num == 58)
		icmp = true;
	if (ports) {
		if ((has_from && (from < 0 || from > 65535)) || (has_to && (to < 0 || to > 65535))) {
			strbuf_addf(err, "%sports are 0 to 65535 (e.g. from_port: 443, to_port: 443)",
				    where);
			return -1;
		}
		if (has_from && has_to && from > to) {
			strbuf_addf(err, "%sfrom_port %g is above to_port %g: a port range runs from "
				    "low to high (e.g. from_port: 8000, to_port: 8080)", where, from, to);
			return -1;
		}
	} else if (icmp) {
		if ((has_from && (from < -1 || from > 255)) || (has_to && (to < -1 || to > 255))) {
			strbuf_addf(err, "%sfor icmp, from_port is the ICMP type and to_port the code, "
				    "each -1 (any) to 255 (e.g. from_port: 8, to_port: -1 for echo "
				    "request)", where);
			return -1;
		}
		/* AuthorizeSecurityGroupIngress IpPermissions ToPort. */
		if (has_from && has_to && from == -1 && to != -1) {
			strbuf_addf(err, "%sto_port %g with from_port -1: EC2 says \"If the start port "
				    "is -1 (all ICMP types), then the end port must be -1 (all ICMP "
				    "codes).\" (e.g. from_port: -1, to_port: -1)", where, to);
			return -1;
		}
	}
	return 0;
}

/* A rule of a group's ingress or egress list: its sources (a CIDR block, a
 * group, a prefix list or the group itself: EC2 refuses an
 * AuthorizeSecurityGroupIngress naming none), and a tcp or udp rule's
 * from_port (EC2's IpPermission has no default port range). */
static int sg_list_rule(const json_t *rule, const char *where, struct strbuf *err)
{
	static const char *const sources[] = { "cidr_blocks", "security_group_ids",
						"prefix_list_ids", NULL };
	const json_t *self = json_object_get(rule, "self");
	const char *p = value_known_member(rule, "protocol");
	bool sourced = json_is_true(self) || value_not_known(self);

	for (const char *const *s = sources; *s && !sourced; s++) {
		const json_t *v = json_object_get(rule, *s);
		sourced = value_not_known(v) || (json_is_array(v) && json_array_size(v));
	}
	if (!sourced) {
		strbuf_addf(err, "%sa rule needs a source: set cidr_blocks, security_group_ids, "
			    "prefix_list_ids or self: true", where);
		return -1;
	}
	if (p && (!strcasecmp(p, "tcp") || !strcasecmp(p, "udp") || !strcmp(p, "6") ||
		  !strcmp(p, "17")) &&
	    !value_is_set(json_object_get(rule, "from_port"))) {
		strbuf_addf(err, "%sfrom_port must be set for %s (e.g. from_port: 443)", where, p);
		return -1;
	}
	return 0;
}

int rule_sg_rule_list(const json_t *v, const json_t *r, struct strbuf *err)
{
	size_t i;
	json_t *e;
	(void)r;
	if (!json_is_array(v))
		return 0;
	json_array_foreach(v, i, e) {
		char where[32];
		snprintf(where, sizeof(where), "rule %zu: ", i + 1);
		if (!value_known_object(e))
			continue;
		if (sg_rule(e, where, err) || sg_list_rule(e, where, err))
			return -1;
		if (rule_cidr_list(json_object_get(e, "cidr_blocks"), r, err)) {
			strbuf_prefixf(err, "%s", where);
			return -1;
		}
	}
	return 0;
}

/* The one rule that `r` itself is (aws.ec2.security_group_rule: v is its
 * protocol). */
static int rule_sg_one_rule(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)v;
	return sg_rule(r, "", err);
}

/* A security group rule resource names exactly one source: cidr_block,
 * source_security_group_id, prefix_list_id, prefix_list_ids (a rule of
 * each) or self: true (EC2's IpPermission takes one kind per rule terrace
 * makes). */
int rule_sg_rule_source(const json_t *v, const json_t *r, struct strbuf *err)
{
	static const char *const sources[] = { "cidr_block", "source_security_group_id",
						"prefix_list_id", NULL };
	const json_t *self = json_object_get(v, "self");
	int known = json_is_true(self), unknown = value_not_known(self);

	(void)r;
	for (const char *const *s = sources; *s; s++) {
		const json_t *e = json_object_get(v, *s);
		if (value_not_known(e))
			unknown++;
		else if (json_is_string(e) && *json_string_value(e))
			known++;
	}
	{
		const json_t *l = json_object_get(v, "prefix_list_ids");
		if (value_not_known(l))
			unknown++;
		else if (json_is_array(l) && json_array_size(l))
			known++;
	}
	if (known > 1) {
		strbuf_addstr(err, "set only one of cidr_block, source_security_group_id, "
				   "prefix_list_id, prefix_list_ids and self: true");
		return -1;
	}
	if (!known && !unknown) {
		strbuf_addstr(err, "a rule needs a source: set cidr_block, source_security_group_id, "
				   "prefix_list_id, prefix_list_ids or self: true");
		return -1;
	}
	return 0;
}

/* The characters EC2 takes in a security group's name and description and
 * in a rule's description: "Valid characters: a-z, A-Z, 0-9, spaces, and
 * ._-:/()#,@[]+=&;{}!$*" (CreateSecurityGroup GroupName and Description;
 * IpRange, UserIdGroupPair, PrefixListId Description). -1 with err saying
 * so of `what` ("a rule's description"). */
static int sg_chars(const char *s, const char *what, const char *example, struct strbuf *err)
{
	for (const char *p = s; *p; p++)
		if (!isalnum((unsigned char)*p) || (unsigned char)*p > 127)
			if (!strchr(" ._-:/()#,@[]+=&;{}!$*", *p)) {
				strbuf_addf(err, "\"%s\": %s takes letters, digits, spaces and "
					    "._-:/()#,@[]+=&;{}!$* only (e.g. \"%s\")", s, what, example);
				return -1;
			}
	return 0;
}

/* CreateSecurityGroup: GroupName up to 255 characters, not starting sg-,
 * of sg_chars'. */
int rule_sg_name(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = value_known_string(v);
	(void)r;
	if (!s)
		return 0;
	if (!*s || strlen(s) > 255 || !strncasecmp(s, "sg-", 3)) {
		strbuf_addf(err, "\"%s\": a security group name has 1 to 255 characters and does "
			    "not start with sg- (e.g. \"warehouse-db\")", s);
		return -1;
	}
	return sg_chars(s, "a security group's name", "warehouse-db", err);
}

/* CreateKeyPair KeyName ("Constraints: Up to 255 ASCII characters"), the
 * name ImportKeyPair takes too:
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateKeyPair.html */
int rule_key_pair_name(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = json_string_value(v);
	(void)r;
	if (!s)
		return 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p > 0x7F) {
			strbuf_addf(err, "\"%s\": a key pair name has ASCII characters only "
				    "(e.g. \"ops-key\")", s);
			return -1;
		}
	if (!*s || strlen(s) > 255) {
		strbuf_addf(err, "\"%.40s%s\" has %zu characters: a key pair name has 1 to 255 "
			    "(e.g. \"ops-key\")", s, strlen(s) > 40 ? "..." : "", strlen(s));
		return -1;
	}
	return 0;
}

/* ---- settings that go together (a row for the whole resource) ------------ */

/* EC2 CreateNatGateway: a public NAT gateway needs an Elastic IP's
 * AllocationId. */
static int rule_nat_gateway(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *kind = json_object_get(v, "connectivity_type");
	(void)r;
	if (value_not_known(kind))
		return 0;
	if ((!value_is_set(kind) || !strcmp(json_string_value(kind) ? json_string_value(kind) : "",
					    "public")) &&
	    !is_set(v, "allocation_id")) {
		strbuf_addstr(err, "allocation_id must be set for a public NAT gateway "
				   "(an aws.ec2.eip's ${NAME.allocation_id})");
		return -1;
	}
	return 0;
}

/* EC2 CreateVpcEndpoint: a Gateway endpoint takes route tables, an Interface
 * endpoint subnets, security groups and private DNS. */
static int rule_vpc_endpoint_kind(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *kind = json_object_get(v, "vpc_endpoint_type");
	const json_t *list;
	bool interface;
	(void)r;
	if (value_not_known(kind))
		return 0;
	interface = json_is_string(kind) && !strcmp(json_string_value(kind), "Interface");
	if (interface && (list = known_list(v, "route_table_ids")) && json_array_size(list)) {
		strbuf_addstr(err, "route_table_ids is for Gateway endpoints; an Interface endpoint "
			      "takes subnet_ids and security_group_ids");
		return -1;
	}
	if (!interface && (((list = known_list(v, "subnet_ids")) && json_array_size(list)) ||
			   ((list = known_list(v, "security_group_ids")) && json_array_size(list)) ||
			   json_is_true(json_object_get(v, "private_dns_enabled")))) {
		strbuf_addstr(err, "subnet_ids, security_group_ids and private_dns_enabled are for "
			      "Interface endpoints (set vpc_endpoint_type: Interface)");
		return -1;
	}
	return 0;
}

/* A Gateway endpoint's service offers gateway endpoints (S3 and DynamoDB
 * do; SQS and most others offer Interface endpoints alone): a READ row's
 * reader (aws_check_read_fn), at plan, of a create (service and type are
 * create-only). EC2 DescribeVpcEndpointServices names the service's
 * endpoint types (ServiceDetail ServiceType, a list: S3 has an entry of
 * each); CreateVpcEndpoint's VpcEndpointType is "Default: Gateway". A
 * service EC2 does not list (InvalidServiceName: another account's
 * endpoint service, judged at apply), an answer that cannot tell (no
 * permission, a server without the call) or a value not known yet passes. */
static int read_gateway_endpoint_service(void *client, const struct aws_check_row *row,
					 const char *type, const json_t *prior,
					 const json_t *desired, const char **attr,
					 struct strbuf *err)
{
	static const char *const not_listed[] = { "InvalidServiceName", NULL };
	const json_t *kind = json_object_get(desired, "vpc_endpoint_type");
	const char *name = value_known_member(desired, "service_name");
	struct strbuf call_err = STRBUF_INIT, types = STRBUF_INIT;
	bool gateway = false;
	xmlDocPtr doc = NULL;
	json_t *params;
	int rc;

	(void)row;
	(void)type;
	if (prior || !name || value_not_known(kind) ||
	    (json_is_string(kind) && strcmp(json_string_value(kind), "Gateway")) ||
	    (kind && !json_is_null(kind) && !json_is_string(kind)))
		return 0;
	params = json_pack("{s:s}", "ServiceName.1", name);
	rc = ec2_call(client, "DescribeVpcEndpointServices", params, not_listed, &doc, &call_err);
	json_decref(params);
	if (rc) {
		if (rc < 0)
			log_debugf("service_name %s: its endpoint types not read at plan: %s", name,
				   call_err.buf);
		strbuf_release(&call_err);
		return 0;
	}
	for (xmlNodePtr item = xml_child(xmlDocGetRootElement(doc), "serviceDetailSet/item"); item;
	     item = xml_next_same(item)) {
		char *its = xml_child_text(item, "serviceName");
		if (its && !strcmp(its, name))
			for (xmlNodePtr t = xml_child(item, "serviceType/item"); t;
			     t = xml_next_same(t)) {
				char *text = xml_child_text(t, "serviceType");
				gateway |= text && !strcmp(text, "Gateway");
				if (text && !strstr(types.buf ? types.buf : "", text))
					strbuf_addf(&types, "%s%s", types.len ? ", " : "", text);
				free(text);
			}
		free(its);
	}
	xmlFreeDoc(doc);
	strbuf_release(&call_err);
	if (gateway || !types.len) {
		strbuf_release(&types);
		return 0;
	}
	strbuf_addf(err, "service_name: %s offers %s endpoints, not Gateway (EC2 "
		    "DescribeVpcEndpointServices says its ServiceType is %s), and vpc_endpoint_type "
		    "is Gateway (CreateVpcEndpoint's \"Default: Gateway\" where it is left out): "
		    "write vpc_endpoint_type: Interface with subnet_ids, or a service that offers "
		    "gateway endpoints (S3, DynamoDB)", name, types.buf, types.buf);
	strbuf_release(&types);
	if (attr)
		*attr = "service_name";
	return -1;
}

/* EC2 CreateRoute: one target per route; one route per destination. */
static int rule_route_table_routes(const json_t *v, const json_t *r, struct strbuf *err)
{
	size_t i;
	const json_t *route;
	(void)r;
	if (!json_is_array(v))
		return 0;
	json_array_foreach(v, i, route) {
		const char *dest = value_known_member(route, "destination_cidr_block");
		if (!value_known_object(route))
			continue;
		if (is_set(route, "gateway_id") + is_set(route, "nat_gateway_id") != 1) {
			strbuf_addf(err, "item %zu: set exactly one of gateway_id and nat_gateway_id", i);
			return -1;
		}
		for (size_t j = 0; dest && j < i; j++) {
			const char *other = value_known_member(json_array_get(v, j),
							     "destination_cidr_block");
			if (other && !strcmp(dest, other)) {
				strbuf_addf(err, "item %zu: destination %s is routed twice", i, dest);
				return -1;
			}
		}
	}
	return 0;
}

/* The entries of a VPC's default network ACL in one direction (EC2
 * CreateNetworkAclEntry): each names one network, IPv4 or IPv6 ("You must
 * specify the CidrBlock or Ipv6CidrBlock property": CloudFormation registry,
 * AWS::EC2::NetworkAclEntry), a protocol number from -1 to 255 or one of
 * the names hashicorp/aws takes for them, and a rule number the direction
 * holds once (CreateNetworkAclEntry refuses a taken one). */
static int rule_default_acl_entries(const json_t *v, const json_t *r, struct strbuf *err)
{
	static const char *const names[] = { "all", "icmp", "tcp", "udp", "icmpv6", "ipv6-icmp",
					     NULL };
	size_t i;
	const json_t *e;
	(void)r;
	if (!json_is_array(v))
		return 0;
	json_array_foreach(v, i, e) {
		const char *proto = value_known_member(e, "protocol");
		const json_t *no = json_object_get(e, "rule_no");
		if (!value_known_object(e))
			continue;
		if (is_set(e, "cidr_block") + is_set(e, "ipv6_cidr_block") != 1) {
			strbuf_addf(err, "item %zu: set exactly one of cidr_block and ipv6_cidr_block",
				    i);
			return -1;
		}
		if (proto) {
			char *end;
			long n = strtol(proto, &end, 10);
			bool named = false;
			for (const char *const *p = names; *p && !named; p++)
				named = !strcasecmp(proto, *p);
			if (!named && (!*proto || *end || n < -1 || n > 255)) {
				strbuf_addf(err, "item %zu: protocol \"%s\" is not a protocol number "
					    "(-1 for all, 0 to 255) nor all, tcp, udp, icmp or icmpv6",
					    i, proto);
				return -1;
			}
		}
		for (size_t j = 0; json_is_integer(no) && j < i; j++)
			if (json_equal(no, json_object_get(json_array_get(v, j), "rule_no"))) {
				strbuf_addf(err, "item %zu: rule_no %lld is item %zu's too", i,
					    (long long)json_integer_value(no), j);
				return -1;
			}
	}
	return 0;
}

/* CreateSecurityGroup Description: up to 255 of sg_chars'. */
int rule_sg_description(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = value_known_string(v);
	(void)r;
	if (!s)
		return 0;
	if (strlen(s) > 255) {
		strbuf_addf(err, "has %zu characters: a security group's description has at most 255",
			    strlen(s));
		return -1;
	}
	return sg_chars(s, "a security group's description", "web servers (HTTPS)", err);
}

/* A security group rule's description (EC2 IpRange, UserIdGroupPair,
 * PrefixListId Description): up to 255 of sg_chars'. */
int rule_sg_rule_description(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = value_known_string(v);
	(void)r;
	if (!s)
		return 0;
	if (strlen(s) > 255) {
		strbuf_addf(err, "has %zu characters: a rule's description has at most 255", strlen(s));
		return -1;
	}
	return sg_chars(s, "a rule's description", "from the office", err);
}

/* EC2 ModifyVpcAttribute EnableDnsHostnames: "You can only enable DNS
 * hostnames if you've enabled DNS support." A row for the whole
 * resource. */
static int rule_vpc_dns(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *support = json_object_get(v, "enable_dns_support");
	(void)r;
	if (!json_is_true(json_object_get(v, "enable_dns_hostnames")) || !json_is_false(support))
		return 0;
	strbuf_addstr(err, "enable_dns_hostnames: true needs enable_dns_support: true (EC2 "
		      "ModifyVpcAttribute: DNS hostnames only with DNS support)");
	return -1;
}

/* ---- across resources: the subnets of a VPC ------------------------------ */

/*
 * A subnet's cidr_block lies inside the block of its VPC, and apart from
 * the blocks of the other subnets of that VPC (Amazon VPC User Guide,
 * "Subnet CIDR blocks", docs.aws.amazon.com/vpc/latest/userguide/
 * subnet-sizing.html: "The CIDR blocks of the subnets cannot overlap";
 * EC2 refuses them at CreateSubnet with InvalidSubnet.Range and
 * InvalidSubnet.Conflict). Only what the stack writes is compared, never
 * the state: a VPC whose new block replaces it is held against its
 * subnets' new blocks. A block or a VPC not known yet (${...}, a resource
 * with count or for_each) passes, and EC2's refusal at apply names it.
 */
struct block {
	uint32_t addr;
	int len;
};

/* A subnet whose block the stack writes. */
struct subnet {
	size_t at;          /* its index among the resources */
	struct block b;
	size_t vpc;         /* the aws.ec2.vpc resource vpc_id refers to, or WRITTEN_NONE */
	const char *vpc_id; /* vpc_id as written: siblings when no VPC resource is named */
	bool refused;       /* already reported */
};

static uint32_t mask_of(int len)
{
	return len ? 0xFFFFFFFFu << (32 - len) : 0;
}

static bool overlap(struct block a, struct block b)
{
	uint32_t m = mask_of(a.len < b.len ? a.len : b.len);

	return (a.addr & m) == (b.addr & m);
}

static bool inside(struct block in, struct block outer)
{
	return in.len >= outer.len && (in.addr & mask_of(outer.len)) == outer.addr;
}

static void format_block(char *buf, size_t size, struct block b)
{
	snprintf(buf, size, "%u.%u.%u.%u/%d", b.addr >> 24, (b.addr >> 16) & 255,
		 (b.addr >> 8) & 255, b.addr & 255, b.len);
}

/* A known block written as attribute attr of r: 1 with *b. */
static int written_block(const struct written_resource *r, const char *attr, struct block *b)
{
	const json_t *v = json_object_get(r->config, attr);

	return json_is_string(v) && !value_not_known(v) &&
	       aws_parse_cidr(json_string_value(v), &b->addr, &b->len);
}

/* The resource that vpc_id "${NAME.vpc_id}" (or "${NAME.id}") names, when
 * it is an aws.ec2.vpc of one object with the same provider configuration. */
static size_t vpc_named(const struct written_resource *rs, size_t n,
			const struct written_resource *subnet, const char *vpc_id)
{
	static const char *const attrs[] = { "vpc_id", "id", NULL };

	return aws_written_named(rs, n, subnet, vpc_id, "aws.ec2.vpc", attrs);
}

/* Subnets of one VPC: the same VPC resource, or the same vpc_id written
 * (with the same provider configuration). */
static bool siblings(const struct written_resource *rs, const struct subnet *a,
		     const struct subnet *b)
{
	if (strcmp(rs[a->at].provider, rs[b->at].provider))
		return false;
	if (a->vpc != WRITTEN_NONE || b->vpc != WRITTEN_NONE)
		return a->vpc == b->vpc;
	return !strcmp(a->vpc_id, b->vpc_id);
}

/* A free block of prefix length len for subnet s: inside its VPC's block,
 * overlapping none of its siblings. 1 with *out. */
static int free_block(const struct written_resource *rs, const struct subnet *subs, size_t ns,
		      const struct subnet *s, const struct block *vpc, int len, struct block *out)
{
	uint64_t step = (uint64_t)1 << (32 - len);
	uint64_t to = (uint64_t)vpc->addr + ((uint64_t)1 << (32 - vpc->len));

	for (uint64_t a = vpc->addr; a + step <= to; a += step) {
		struct block c = { (uint32_t)a, len };
		bool taken = false;

		for (size_t j = 0; j < ns && !taken; j++)
			taken = &subs[j] != s && siblings(rs, s, &subs[j]) && overlap(c, subs[j].b);
		if (!taken) {
			*out = c;
			return 1;
		}
	}
	return 0;
}

/* " (e.g. \"10.0.2.0/24\")" when the VPC's block is known (vpc), else or
 * when the VPC has no free block a hint. */
static void add_example(char *buf, size_t size, const struct written_resource *rs,
			const struct subnet *subs, size_t ns, const struct subnet *s,
			const struct block *vpc, int len)
{
	struct block ex;
	char text[32];

	if (!vpc) {
		snprintf(buf, size, " (each subnet of a VPC takes a block of its own)");
	} else if (free_block(rs, subs, ns, s, vpc, len, &ex)) {
		format_block(text, sizeof(text), ex);
		snprintf(buf, size, " (e.g. \"%s\")", text);
	} else {
		snprintf(buf, size, " (no /%d of the VPC is free: use a longer prefix)", len);
	}
}

static void report_outside(const struct written_resource *rs, const struct subnet *subs,
			   size_t ns, const struct subnet *s, struct block vpc,
			   check_report_fn report, void *ctx)
{
	char msg[512], mine[32], theirs[32], ex[160];

	format_block(mine, sizeof(mine), s->b);
	format_block(theirs, sizeof(theirs), vpc);
	add_example(ex, sizeof(ex), rs, subs, ns, s, &vpc, s->b.len > vpc.len ? s->b.len : vpc.len);
	snprintf(msg, sizeof(msg), "cidr_block: \"%s\" is not inside %s, the block of VPC \"%s\": "
		 "a subnet's block lies within its VPC's%s", mine, theirs, rs[s->vpc].name, ex);
	report(ctx, &(struct check_finding){
		.warning = false, .which = s->at, .attr = "cidr_block", .other = s->vpc,
		.other_attr = "cidr_block", .message = msg });
}

static void report_overlap(const struct written_resource *rs, const struct subnet *subs,
			   size_t ns, const struct subnet *s, const struct subnet *other,
			   const struct block *vpc, check_report_fn report, void *ctx)
{
	char msg[512], mine[32], theirs[32], ex[160];

	format_block(mine, sizeof(mine), s->b);
	format_block(theirs, sizeof(theirs), other->b);
	add_example(ex, sizeof(ex), rs, subs, ns, s, vpc, s->b.len);
	snprintf(msg, sizeof(msg), "cidr_block: \"%s\" overlaps \"%s\" of subnet \"%s\" in the same "
		 "VPC: the subnets of a VPC do not overlap%s", mine, theirs, rs[other->at].name, ex);
	report(ctx, &(struct check_finding){
		.warning = false, .which = s->at, .attr = "cidr_block", .other = other->at,
		.other_attr = "cidr_block", .message = msg });
}

static void check_subnets(const struct written_resource *rs, size_t n,
			  check_report_fn report, void *ctx)
{
	struct subnet *subs = calloc(n + 1, sizeof(*subs));
	size_t ns = 0;

	for (size_t i = 0; i < n; i++) {
		const json_t *vpc_id = json_object_get(rs[i].config, "vpc_id");
		struct subnet *s = &subs[ns];

		if (strcmp(rs[i].type, "aws.ec2.subnet") || rs[i].repeated ||
		    !json_is_string(vpc_id) || !written_block(&rs[i], "cidr_block", &s->b))
			continue;
		s->at = i;
		s->vpc_id = json_string_value(vpc_id);
		s->vpc = vpc_named(rs, n, &rs[i], s->vpc_id);
		ns++;
	}
	for (size_t k = 0; k < ns; k++) {
		struct subnet *s = &subs[k];
		struct block vpc;
		bool vpc_known = s->vpc != WRITTEN_NONE &&
				 written_block(&rs[s->vpc], "cidr_block", &vpc);

		if (vpc_known && !inside(s->b, vpc)) {
			report_outside(rs, subs, ns, s, vpc, report, ctx);
			s->refused = true;
			continue;
		}
		for (size_t j = 0; j < k && !s->refused; j++) {
			if (subs[j].refused || !siblings(rs, s, &subs[j]) || !overlap(s->b, subs[j].b))
				continue;
			report_overlap(rs, subs, ns, s, &subs[j], vpc_known ? &vpc : NULL, report, ctx);
			s->refused = true;
		}
	}
	free(subs);
}

/* ---- VPN connections: their tunnels' inside blocks, per gateway ---------- */

/* The gateway connection r attaches to, as written: its vpn_gateway_id or
 * transit_gateway_id ("${gw.id}" or a literal id; two connections name one
 * gateway when the text is the same), and which of the two; NULL if none. */
static const char *vpn_gateway_of(const struct written_resource *r, const char **which)
{
	static const char *const members[] = { "vpn_gateway_id", "transit_gateway_id" };

	for (size_t m = 0; m < 2; m++) {
		const json_t *v = json_object_get(r->config, members[m]);
		if (json_is_string(v) && *json_string_value(v)) {
			*which = members[m];
			return json_string_value(v);
		}
	}
	return NULL;
}

/* CloudFormation registry, AWS::EC2::VPNConnection TunnelInsideCidr: "Any
 * specified CIDR blocks must be unique across all VPN connections that use
 * the same virtual private gateway" (TunnelInsideIpv6Cidr: "... the same
 * transit gateway"). Of the stack's connections (one object each, one
 * provider configuration): a tunnel's literal block that an earlier
 * connection on the same gateway (of the kind its sentence names) has too
 * is refused, naming it. The
 * gateway's connections made outside the stack are its state at the call. */
static void check_vpn_tunnel_cidrs(const struct written_resource *rs, size_t n,
				   check_report_fn report, void *ctx)
{
	static const char *const blocks[] = { "tunnel_inside_cidr", "tunnel_inside_ipv_6_cidr" };

	for (size_t i = 0; i < n; i++) {
		const char *gw, *member, *other_member;
		const json_t *tunnels = json_object_get(rs[i].config,
							 "vpn_tunnel_options_specifications");
		const json_t *t;
		size_t k;

		if (!aws_awscc_type_is(rs[i].type, "AWS::EC2::VPNConnection") || rs[i].repeated ||
		    !(gw = vpn_gateway_of(&rs[i], &member)) || !json_is_array(tunnels))
			continue;
		json_array_foreach(tunnels, k, t) {
			for (size_t b = 0; b < 2; b++) {
				const json_t *cidr = json_object_get(t, blocks[b]);
				size_t j = WRITTEN_NONE;

				/* each sentence names its gateway: IPv4's a virtual
				 * private gateway, IPv6's a transit gateway */
				if (!json_is_string(cidr) || value_not_known(cidr) ||
				    strcmp(member, b ? "transit_gateway_id" : "vpn_gateway_id"))
					continue;
				for (size_t e = 0; e < i && j == WRITTEN_NONE; e++) {
					const char *egw;
					const json_t *et = json_object_get(
						rs[e].config, "vpn_tunnel_options_specifications");
					const json_t *u;
					size_t x;

					if (!aws_awscc_type_is(rs[e].type, "AWS::EC2::VPNConnection") ||
					    rs[e].repeated || strcmp(rs[e].provider, rs[i].provider) ||
					    !(egw = vpn_gateway_of(&rs[e], &other_member)) ||
					    strcmp(egw, gw) || strcmp(other_member, member) ||
					    !json_is_array(et))
						continue;
					json_array_foreach(et, x, u) {
						if (json_equal(json_object_get(u, blocks[b]), cidr))
							j = e;
					}
				}
				if (j == WRITTEN_NONE)
					continue;
				char attr[96], msg[640];
				snprintf(attr, sizeof(attr), "vpn_tunnel_options_specifications[%zu].%s", k,
					 blocks[b]);
				snprintf(msg, sizeof(msg),
					 "%s: \"%s\" is also a tunnel's of VPN connection \"%s\" on the "
					 "same gateway (%s): AWS says \"Any specified CIDR blocks must be "
					 "unique across all VPN connections that use the same %s gateway.\" "
					 "(CloudFormation registry: AWS::EC2::VPNConnection %s)",
					 attr, json_string_value(cidr), rs[j].name, member,
					 b ? "transit" : "virtual private",
					 b ? "TunnelInsideIpv6Cidr" : "TunnelInsideCidr");
				report(ctx, &(struct check_finding){
					.warning = false, .which = i, .attr = attr, .other = j,
					.other_attr = member, .message = msg });
			}
		}
	}
}

/*
 * The EC2 rows of the one table of checks (checks/row.h), in the order
 * they run: a type's rows for single values before its rows for the whole
 * resource; aws_rules_tables (checks/tables.c) lists this table.
 */
WORDS(sg_rule_directions, "ingress", "egress");
WORDS(vpc_endpoint_types, "Gateway", "Interface");
WORDS(acl_rule_actions, "allow", "deny");

#define EC2_SG "Amazon VPC User Guide: security group rules"
#define VPC "Amazon VPC User Guide: IP addressing, VPC and subnet CIDR blocks"
#define CFN "CloudFormation registry: "

const struct aws_check_row aws_rules_ec2[] = {
	RULE("aws.ec2.key_pair", "key_name", rule_key_pair_name, "EC2 ImportKeyPair KeyName"),
	WHOLE_FROM("aws.ec2.instance", "root_volume_size", 1, "EC2 RunInstances: EBS VolumeSize (GiB)"),
	WHOLE_IN("aws.ec2.instance", "host_keys_timeout", 1, 3600,
		 "terrace's wait for the host's keys in its console output"),
	RULE("aws.ec2.nat_gateway", "", rule_nat_gateway, "EC2 API reference: CreateNatGateway"),
	RULE("aws.ec2.route_table", "routes", rule_route_table_routes,
	     "EC2 API reference: CreateRoute"),
	RULE("aws.ec2.route_table", "routes[].destination_cidr_block", rule_cidr,
	     "EC2 API reference: CreateRoute DestinationCidrBlock"),
	RULE("aws.ec2.security_group", "name", rule_sg_name, EC2_SG),
	RULE("aws.ec2.security_group", "description", rule_sg_description,
	     "EC2 API reference: CreateSecurityGroup Description"),
	RULE("awscc.ec2.security_group", "group_name", rule_sg_name,
	     "EC2 API reference: CreateSecurityGroup GroupName"),
	RULE("awscc.ec2.security_group", "group_description", rule_sg_description,
	     "EC2 API reference: CreateSecurityGroup Description"),
	RULE("aws.ec2.security_group", "ingress", rule_sg_rule_list, EC2_SG),
	RULE("aws.ec2.security_group", "egress", rule_sg_rule_list, EC2_SG),
	RULE("aws.ec2.security_group", "ingress[].description", rule_sg_rule_description,
	     "EC2 API reference: IpRange Description"),
	RULE("aws.ec2.security_group", "egress[].description", rule_sg_rule_description,
	     "EC2 API reference: IpRange Description"),
	RULE("aws.ec2.instance", "ami", rule_not_empty, "EC2 API reference: RunInstances ImageId"),
	RULE("aws.ec2.instance", "instance_type", rule_not_empty,
	     "EC2 API reference: RunInstances InstanceType (the enum grows: \"\" only warns)"),
	RULE("aws.ec2.key_pair", "public_key", rule_not_empty,
	     "EC2 API reference: ImportKeyPair PublicKeyMaterial"),
	RULE("aws.ec2.security_group", "vpc_id", rule_not_empty,
	     "EC2 API reference: CreateSecurityGroup VpcId"),
	RULE("aws.ec2.subnet", "vpc_id", rule_not_empty, "EC2 API reference: CreateSubnet VpcId"),
	RULE("aws.ec2.security_group_rule", "description", rule_sg_rule_description,
	     "EC2 API reference: IpRange Description"),
	/* The awscc rules' descriptions, sent to the same AuthorizeSecurityGroup*
	 * calls (IpRange, UserIdGroupPair, PrefixListId Description). */
	RULE("awscc.ec2.security_group", "security_group_ingress[].description",
	     rule_sg_rule_description, "EC2 API reference: IpRange Description"),
	RULE("awscc.ec2.security_group", "security_group_egress[].description",
	     rule_sg_rule_description, "EC2 API reference: IpRange Description"),
	RULE("awscc.ec2.security_group_ingress", "description", rule_sg_rule_description,
	     "EC2 API reference: IpRange Description"),
	RULE("awscc.ec2.security_group_egress", "description", rule_sg_rule_description,
	     "EC2 API reference: PrefixListId Description"),
	RULE("aws.ec2.security_group_rule", "protocol", rule_sg_one_rule, EC2_SG),
	RULE("aws.ec2.security_group_rule", "cidr_block", rule_cidr, EC2_SG),
	ONE_OF("aws.ec2.security_group_rule", "direction", sg_rule_directions, EC2_SG),
	RULE("aws.ec2.security_group_rule", "", rule_sg_rule_source, EC2_SG),
	RULE("aws.ec2.subnet", "cidr_block", rule_vpc_cidr, VPC),
	RULE("aws.ec2.vpc", "cidr_block", rule_vpc_cidr, VPC),
	RULE("aws.ec2.vpc", "", rule_vpc_dns,
	     "EC2 API reference: ModifyVpcAttribute EnableDnsHostnames"),
	ONE_OF("aws.ec2.vpc_endpoint", "vpc_endpoint_type", vpc_endpoint_types,
	       "terrace's aws.ec2.vpc_endpoint makes Gateway and Interface endpoints"),
	READ_ROW("aws.ec2.vpc_endpoint", "service_name", read_gateway_endpoint_service,
		 "ec2:DescribeVpcEndpointServices",
		 "EC2 DescribeVpcEndpointServices ServiceType; CreateVpcEndpoint VpcEndpointType"),
	READ_ROW("awscc.ec2.vpc_endpoint", "service_name", read_gateway_endpoint_service,
		 "ec2:DescribeVpcEndpointServices",
		 "EC2 DescribeVpcEndpointServices ServiceType; CreateVpcEndpoint VpcEndpointType"),
	RULE("aws.ec2.vpc_endpoint", "", rule_vpc_endpoint_kind,
	     "EC2 API reference: CreateVpcEndpoint"),
	WHOLE_IN("aws.ec2.network_acl_entry", "rule_number", 1, 32766,
		 "EC2 API reference: CreateNetworkAclEntry RuleNumber (1 to 32766)"),
	WHOLE_IN("aws.ec2.network_acl_entry", "protocol", -1, 255,
		 "EC2 API reference: CreateNetworkAclEntry Protocol (a protocol number; -1: all)"),
	ONE_OF("aws.ec2.network_acl_entry", "rule_action", acl_rule_actions,
	       "EC2 API reference: CreateNetworkAclEntry RuleAction"),
	RULE("aws.ec2.network_acl_entry", "cidr_block", rule_cidr,
	     "EC2 API reference: CreateNetworkAclEntry CidrBlock"),
	RULE("aws.ec2.default_route_table", "routes", rule_route_table_routes,
	     "EC2 API reference: CreateRoute"),
	RULE("aws.ec2.default_route_table", "routes[].destination_cidr_block", rule_cidr,
	     "EC2 API reference: CreateRoute DestinationCidrBlock"),
	RULE("aws.ec2.default_network_acl", "ingress", rule_default_acl_entries,
	     "EC2 API reference: CreateNetworkAclEntry"),
	RULE("aws.ec2.default_network_acl", "egress", rule_default_acl_entries,
	     "EC2 API reference: CreateNetworkAclEntry"),
	WHOLE_IN("aws.ec2.default_network_acl", "ingress[].rule_no", 1, 32766,
		 "EC2 API reference: CreateNetworkAclEntry RuleNumber (1 to 32766)"),
	WHOLE_IN("aws.ec2.default_network_acl", "egress[].rule_no", 1, 32766,
		 "EC2 API reference: CreateNetworkAclEntry RuleNumber (1 to 32766)"),
	ONE_OF("aws.ec2.default_network_acl", "ingress[].action", acl_rule_actions,
	       "EC2 API reference: CreateNetworkAclEntry RuleAction"),
	ONE_OF("aws.ec2.default_network_acl", "egress[].action", acl_rule_actions,
	       "EC2 API reference: CreateNetworkAclEntry RuleAction"),
	RULE("aws.ec2.default_network_acl", "ingress[].cidr_block", rule_cidr,
	     "EC2 API reference: CreateNetworkAclEntry CidrBlock"),
	RULE("aws.ec2.default_network_acl", "egress[].cidr_block", rule_cidr,
	     "EC2 API reference: CreateNetworkAclEntry CidrBlock"),
	ACROSS_ROW("awscc.ec2.vpn_connection", check_vpn_tunnel_cidrs,
		   "CloudFormation registry: AWS::EC2::VPNConnection TunnelInsideCidr"),
	ACROSS_ROW("aws.ec2.subnet", check_subnets,
		   "Amazon VPC User Guide: subnet CIDR blocks (they lie in the VPC's and do not overlap)"),
	AWS_SAYS("ec2.private_nat_gateway_no_eip", "aws.ec2.nat_gateway", AWS_CALL_CREATE,
		 WHEN(IS("connectivity_type", "private")), THEN(UNSET("allocation_id")),
		 "You cannot specify an Elastic IP address with a private NAT gateway.",
		 "ec2 CreateNatGateway AllocationId"),
	AWS_SAYS("ec2.acl_icmpv6_type_code", "aws.ec2.network_acl_entry", AWS_CALL_ANY,
		 WHEN(IS("protocol", "58"), SET("ipv6_cidr_block")), THEN(SET("icmp")),
		 "If you specify protocol \"58\" (ICMPv6) and specify an IPv6 CIDR block, you must "
		 "specify an ICMP type and code.", "ec2 CreateNetworkAclEntry Protocol"),
	/* On the awscc types: what the registry's schemas describe but their
	 * keywords do not hold (a create row where every attribute it reads is
	 * create-only, so that only a create or a replacement sends it). */
	AWS_SAYS("ec2.cfn_ipam_pool_address_family", "awscc.ec2.ipam_pool", AWS_CALL_CREATE,
		 ALWAYS, THEN(IS("address_family", "ipv4", "ipv6")),
		 "Either IPv4 or IPv6.", CFN "AWS::EC2::IPAMPool AddressFamily"),
	AWS_SAYS("ec2.cfn_publicly_advertisable_ipv6", "awscc.ec2.ipam_pool", AWS_CALL_CREATE,
		 WHEN(SET("publicly_advertisable")), THEN(IS("address_family", "ipv6")),
		 "Must be set if and only if the pool is IPv6.",
		 CFN "AWS::EC2::IPAMPool PubliclyAdvertisable"),
	AWS_SAYS("ec2.cfn_private_dns_preference_scope", "awscc.ec2.vpc_endpoint", AWS_CALL_ANY,
		 WHEN(SET("dns_options.private_dns_preference")),
		 THEN(IS("vpc_endpoint_type", "ServiceNetwork", "Resource"),
		      IS("private_dns_enabled", "true")),
		 "Only supported when private DNS is enabled and when the VPC endpoint type is "
		 "ServiceNetwork or Resource.",
		 CFN "AWS::EC2::VPCEndpoint DnsOptions.PrivateDnsPreference"),
	AWS_SAYS("ec2.cfn_specified_domains_scope", "awscc.ec2.vpc_endpoint", AWS_CALL_ANY,
		 WHEN(SET("dns_options.private_dns_specified_domains")),
		 THEN(IS("dns_options.private_dns_preference",
			 "VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS", "SPECIFIED_DOMAINS_ONLY"),
		      IS("private_dns_enabled", "true")),
		 "Only supported when private DNS is enabled and the private DNS preference is "
		 "VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS or SPECIFIED_DOMAINS_ONLY.",
		 CFN "AWS::EC2::VPCEndpoint DnsOptions.PrivateDnsSpecifiedDomains"),
	AWS_SAYS("ec2.cfn_gateway_endpoint_no_subnets", "awscc.ec2.vpc_endpoint", AWS_CALL_ANY,
		 WHEN(IS("vpc_endpoint_type", "Gateway")), THEN(UNSET("subnet_ids")),
		 "You can't specify this property for a gateway endpoint.",
		 CFN "AWS::EC2::VPCEndpoint SubnetIds"),
	/* An Interface endpoint without subnets is created (it has no network
	 * interface then); a Gateway Load Balancer endpoint's one subnet is
	 * asked for. */
	AWS_SAYS("ec2.cfn_gwlb_endpoint_subnet", "awscc.ec2.vpc_endpoint", AWS_CALL_ANY,
		 WHEN(IS("vpc_endpoint_type", "GatewayLoadBalancer")), THEN(SET("subnet_ids")),
		 "You must specify this property for an interface endpoint or a Gateway Load "
		 "Balancer endpoint.", CFN "AWS::EC2::VPCEndpoint SubnetIds"),
	/* Of the two kinds the sentence names, S3's: a Firehose stream in
	 * another account takes the role (CreateFlowLogs DeliverLogsPermissionArn). */
	AWS_SAYS("ec2.cfn_flow_log_s3_no_role_or_group", "awscc.ec2.flow_log", AWS_CALL_CREATE,
		 WHEN(IS("log_destination_type", "s3")),
		 THEN(UNSET("deliver_logs_permission_arn"), UNSET("log_group_name")),
		 "If you specify LogDestinationType as s3 or kinesis-data-firehose, do not specify "
		 "DeliverLogsPermissionArn or LogGroupName.",
		 CFN "AWS::EC2::FlowLog DeliverLogsPermissionArn"),
	AWS_SAYS("ec2.cfn_eni_secondary_count_one_address", "awscc.ec2.network_interface",
		 AWS_CALL_ANY, WHEN(SET("secondary_private_ip_address_count")),
		 THEN(LEN_IN("private_ip_addresses", 0, 1)),
		 "You can't specify this option and specify more than one private IP address using "
		 "privateIpAddresses", CFN "AWS::EC2::NetworkInterface SecondaryPrivateIpAddressCount"),
	AWS_SAYS("ec2.cfn_eni_ipv4_prefix_count_alone", "awscc.ec2.network_interface", AWS_CALL_ANY,
		 WHEN(SET("ipv_4_prefix_count")),
		 THEN(UNSET("ipv_4_prefixes"), UNSET("secondary_private_ip_address_count")),
		 "You can't specify a count of IPv4 prefixes if you've specified one of the "
		 "following: specific IPv4 prefixes, specific private IPv4 addresses, or a count of "
		 "private IPv4 addresses.", CFN "AWS::EC2::NetworkInterface Ipv4PrefixCount"),
	AWS_SAYS("ec2.cfn_eni_ipv4_prefixes_alone", "awscc.ec2.network_interface", AWS_CALL_ANY,
		 WHEN(SET("ipv_4_prefixes")),
		 THEN(UNSET("ipv_4_prefix_count"), UNSET("secondary_private_ip_address_count")),
		 "You can't specify IPv4 prefixes if you've specified one of the following: a count "
		 "of IPv4 prefixes, specific private IPv4 addresses, or a count of private IPv4 "
		 "addresses.", CFN "AWS::EC2::NetworkInterface Ipv4Prefixes"),
	AWS_SAYS("ec2.cfn_eni_ipv6_prefix_count_alone", "awscc.ec2.network_interface", AWS_CALL_ANY,
		 WHEN(SET("ipv_6_prefix_count")),
		 THEN(UNSET("ipv_6_prefixes"), UNSET("ipv_6_addresses"), UNSET("ipv_6_address_count")),
		 "You can't specify a count of IPv6 prefixes if you've specified one of the "
		 "following: specific IPv6 prefixes, specific IPv6 addresses, or a count of IPv6 "
		 "addresses.", CFN "AWS::EC2::NetworkInterface Ipv6PrefixCount"),
	AWS_SAYS("ec2.cfn_eni_ipv6_prefixes_alone", "awscc.ec2.network_interface", AWS_CALL_ANY,
		 WHEN(SET("ipv_6_prefixes")),
		 THEN(UNSET("ipv_6_prefix_count"), UNSET("ipv_6_addresses"), UNSET("ipv_6_address_count")),
		 "You can't specify IPv6 prefixes if you've specified one of the following: a count "
		 "of IPv6 prefixes, specific IPv6 addresses, or a count of IPv6 addresses.",
		 CFN "AWS::EC2::NetworkInterface Ipv6Prefixes"),
	AWS_SAYS("ec2.cfn_eip_association_allocation_id", "awscc.ec2.eip_association",
		 AWS_CALL_CREATE, WHEN(UNSET("eip")), THEN(SET("allocation_id")),
		 "This is required.", CFN "AWS::EC2::EIPAssociation AllocationId"),
	AWS_SAYS("ec2.cfn_eip_association_instance_or_eni", "awscc.ec2.eip_association",
		 AWS_CALL_CREATE, WHEN(SET("instance_id")), THEN(UNSET("network_interface_id")),
		 "You can specify either the instance ID or the network interface ID, but not both.",
		 CFN "AWS::EC2::EIPAssociation InstanceId"),
	AWS_SAYS("ec2.cfn_ingress_group_id_or_name", "awscc.ec2.security_group_ingress",
		 AWS_CALL_CREATE, WHEN(UNSET("group_id")), THEN(SET("group_name")),
		 "You must specify the GroupName property or the GroupId property.",
		 CFN "AWS::EC2::SecurityGroupIngress GroupId"),
	AWS_SAYS("ec2.cfn_owner_id_not_with_cidr", "awscc.ec2.security_group_ingress",
		 AWS_CALL_CREATE, WHEN(SET("source_security_group_owner_id")),
		 THEN(UNSET("cidr_ip"), UNSET("cidr_ipv_6")),
		 "You can't specify this property with an IP address range.",
		 CFN "AWS::EC2::SecurityGroupIngress SourceSecurityGroupOwnerId"),
	AWS_SAYS("ec2.cfn_subnet_ipv6_slash_64", "awscc.ec2.subnet_cidr_block", AWS_CALL_CREATE,
		 ALWAYS, THEN(ENDS_WITH("ipv_6_cidr_block", "/64")),
		 "The subnet size must use a /64 prefix length",
		 CFN "AWS::EC2::SubnetCidrBlock Ipv6CidrBlock"),
	/* A block from an IPAM pool is an IPv6 CIDR block too. */
	AWS_SAYS("ec2.cfn_subnet_ipv6_on_creation_needs_block", "awscc.ec2.subnet", AWS_CALL_ANY,
		 WHEN(IS("assign_ipv_6_address_on_creation", "true"), UNSET("ipv_6_ipam_pool_id"),
		      UNSET("ipv_6_cidr_blocks")),
		 THEN(SET("ipv_6_cidr_block")),
		 "If you specify AssignIpv6AddressOnCreation, you must also specify an IPv6 CIDR "
		 "block.", CFN "AWS::EC2::Subnet AssignIpv6AddressOnCreation"),
	/* At least one: CreateVpc takes a block with an IPAM pool too (the
	 * schema's requiredXor, exactly one, is left out: gen_schemas.py's
	 * BETWEEN_LEFT). */
	AWS_SAYS("ec2.cfn_vpc_cidr_or_ipam_pool", "awscc.ec2.vpc", AWS_CALL_CREATE,
		 WHEN(UNSET("cidr_block")), THEN(SET("ipv_4_ipam_pool_id")),
		 "You must specify either CidrBlock or Ipv4IpamPoolId.",
		 CFN "AWS::EC2::VPC CidrBlock"),
	AWS_SAYS("ec2.cfn_dns_hostnames_need_support", "awscc.ec2.vpc", AWS_CALL_ANY,
		 WHEN(IS("enable_dns_hostnames", "true")), THEN(IS("enable_dns_support", "true")),
		 "You can only enable DNS hostnames if you've enabled DNS support.",
		 CFN "AWS::EC2::VPC EnableDnsHostnames"),
	AWS_SAYS("ec2.cfn_amazon_ipv6_no_range", "awscc.ec2.vpc_cidr_block", AWS_CALL_CREATE,
		 WHEN(IS("amazon_provided_ipv_6_cidr_block", "true")),
		 THEN(UNSET("ipv_6_cidr_block"), UNSET("ipv_6_netmask_length")),
		 "You cannot specify the range of IPv6 addresses, or the size of the CIDR block.",
		 CFN "AWS::EC2::VPCCidrBlock AmazonProvidedIpv6CidrBlock"),
	AWS_SAYS("ec2.cfn_gateway_attachment_one_gateway", "awscc.ec2.vpc_gateway_attachment",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EXACTLY_ONE_OF(SET("internet_gateway_id"), SET("vpn_gateway_id"))),
		 "You must specify either InternetGatewayId or VpnGatewayId, but not both.",
		 CFN "AWS::EC2::VPCGatewayAttachment InternetGatewayId"),
	/* Of the sentence, the private gateway's half: a regional public
	 * gateway takes its addresses by zone (AvailabilityZoneAddresses) or
	 * has AWS provide them. */
	AWS_SAYS("ec2.cfn_private_nat_gateway_no_eip", "awscc.ec2.nat_gateway", AWS_CALL_CREATE,
		 WHEN(IS("connectivity_type", "private")), THEN(UNSET("allocation_id")),
		 "This property is required for a public NAT gateway and cannot be specified with a "
		 "private NAT gateway.", CFN "AWS::EC2::NatGateway AllocationId"),
	AWS_SAYS("ec2.cfn_spread_level_with_spread", "awscc.ec2.placement_group", AWS_CALL_CREATE,
		 WHEN(SET("spread_level")), THEN(IS("strategy", "spread")),
		 "The Spread Level of Placement Group is an enum where it accepts either host or "
		 "rack when strategy is spread", CFN "AWS::EC2::PlacementGroup SpreadLevel"),
	AWS_SAYS("ec2.cfn_partition_count_with_partition", "awscc.ec2.placement_group",
		 AWS_CALL_CREATE, WHEN(SET("partition_count")), THEN(IS("strategy", "partition")),
		 "Valid only when **Strategy** is set to `partition`",
		 CFN "AWS::EC2::PlacementGroup PartitionCount"),
	AWS_SAYS("ec2.cfn_volume_zone_or_zone_id", "awscc.ec2.volume", AWS_CALL_ANY,
		 WHEN(SET("availability_zone")), THEN(UNSET("availability_zone_id")),
		 "Either AvailabilityZone or AvailabilityZoneId must be specified, but not both.",
		 CFN "AWS::EC2::Volume AvailabilityZone"),
	AWS_SAYS("ec2.cfn_volume_iops_io1_io2", "awscc.ec2.volume", AWS_CALL_ANY,
		 WHEN(IS("volume_type", "io1", "io2")), THEN(SET("iops")),
		 "Required for io1 and io2 volumes.", CFN "AWS::EC2::Volume Iops"),
	AWS_SAYS("ec2.cfn_volume_kms_key_encrypted", "awscc.ec2.volume", AWS_CALL_ANY,
		 WHEN(SET("kms_key_id")), THEN(IS("encrypted", "true")),
		 "If KmsKeyId is specified, the encrypted state must be true.",
		 CFN "AWS::EC2::Volume KmsKeyId"),
	AWS_SAYS("ec2.cfn_volume_throughput_at_most_2000", "awscc.ec2.volume", AWS_CALL_ANY,
		 ALWAYS, THEN(IN("throughput", 0, 2000)),
		 "The throughput to provision for a volume, with a maximum of 2,000 MiB/s.",
		 CFN "AWS::EC2::Volume Throughput"),
	/* the least, after the row above has held the most */
	AWS_SAYS("ec2.cfn_volume_throughput_from_125", "awscc.ec2.volume", AWS_CALL_ANY,
		 ALWAYS, THEN(IN("throughput", 125, 2000)),
		 "Valid Range: Minimum value of 125.", CFN "AWS::EC2::Volume Throughput"),
	AWS_SAYS("ec2.cfn_launch_template_throughput_from_125", "awscc.ec2.launch_template",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("launch_template_data.block_device_mappings", ALWAYS,
			   THEN(IN("ebs.throughput", 125, 2147483647)))),
		 "Valid Range: Minimum value of 125.",
		 CFN "AWS::EC2::LaunchTemplate Ebs.Throughput"),
	AWS_SAYS("ec2.cfn_bgp_asn_range", "awscc.ec2.customer_gateway", AWS_CALL_CREATE,
		 ALWAYS, THEN(IN("bgp_asn", 1, 2147483647)),
		 "Valid values: 1 to 2,147,483,647", CFN "AWS::EC2::CustomerGateway BgpAsn"),
	/* A connection with neither is one for a Cloud WAN attachment. */
	AWS_SAYS("ec2.cfn_vpn_transit_or_vpn_gateway", "awscc.ec2.vpn_connection", AWS_CALL_ANY,
		 WHEN(SET("transit_gateway_id")), THEN(UNSET("vpn_gateway_id")),
		 "You must specify either TransitGatewayId or VpnGatewayId, but not both.",
		 CFN "AWS::EC2::VPNConnection TransitGatewayId"),
	AWS_SAYS("ec2.cfn_outside_ip_address_type", "awscc.ec2.vpn_connection", AWS_CALL_CREATE,
		 ALWAYS, THEN(IS("outside_ip_address_type", "PrivateIpv4", "PublicIpv4", "Ipv6")),
		 "Valid values: PrivateIpv4 | PublicIpv4 | Ipv6",
		 CFN "AWS::EC2::VPNConnection OutsideIpAddressType"),
	AWS_SAYS("ec2.cfn_private_ipv4_needs_transport", "awscc.ec2.vpn_connection",
		 AWS_CALL_CREATE, WHEN(IS("outside_ip_address_type", "PrivateIpv4")),
		 THEN(SET("transport_transit_gateway_attachment_id")),
		 "Required if OutsideIpAddressType is set to PrivateIpv4.",
		 CFN "AWS::EC2::VPNConnection TransportTransitGatewayAttachmentId"),
	AWS_SAYS("ec2.cfn_instance_cpu_credits", "awscc.ec2.instance", AWS_CALL_ANY,
		 ALWAYS, THEN(IS("credit_specification.cpu_credits", "standard", "unlimited")),
		 "Valid values are standard and unlimited.",
		 CFN "AWS::EC2::Instance CreditSpecification"),
	/* CreateLaunchTemplate takes most of a template's data unjudged (the
	 * launch judges it); these are the request's own. */
	AWS_SAYS("ec2.cfn_instance_requirements_vcpu_memory", "awscc.ec2.launch_template",
		 AWS_CALL_ANY, WHEN(SET("launch_template_data.instance_requirements")),
		 THEN(SET("launch_template_data.instance_requirements.v_cpu_count"),
		      SET("launch_template_data.instance_requirements.memory_mi_b")),
		 "You must specify VCpuCount and MemoryMiB.",
		 CFN "AWS::EC2::LaunchTemplate LaunchTemplateData.InstanceRequirements"),
	AWS_SAYS("ec2.cfn_launch_template_user_data_base64", "awscc.ec2.launch_template",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("launch_template_data.user_data", "^[A-Za-z0-9+/=[:space:]]*$")),
		 "You must provide base64-encoded text.",
		 CFN "AWS::EC2::LaunchTemplate LaunchTemplateData.UserData"),
	/* With the row language's lists (EACH), ratios and the object's values now. */
	AWS_SAYS("ec2.cfn_launch_template_own_tags", "awscc.ec2.launch_template", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("tag_specifications", ALWAYS,
			   THEN(IS("resource_type", "launch-template")))),
		 "To tag the launch template, the resource type must be launch-template.",
		 CFN "AWS::EC2::LaunchTemplate TagSpecifications"),
	AWS_SAYS("ec2.cfn_instance_ebs_kms_key_encrypted", "awscc.ec2.instance", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("block_device_mappings", WHEN(SET("ebs.kms_key_id")),
			   THEN(IS("ebs.encrypted", "true")))),
		 "If KmsKeyId is specified, the encrypted state must be true.",
		 CFN "AWS::EC2::Instance Ebs.KmsKeyId"),
	AWS_SAYS("ec2.cfn_vpn_pre_shared_key", "awscc.ec2.vpn_connection", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("vpn_tunnel_options_specifications", WHEN(SET("pre_shared_key")),
			   THEN(LEN_IN("pre_shared_key", 8, 64), NOT_MATCHES("pre_shared_key", "^0")))),
		 "Must be between 8 and 64 characters in length and cannot start with zero (0).",
		 CFN "AWS::EC2::VPNConnection VpnTunnelOptionsSpecification.PreSharedKey"),
	AWS_SAYS("ec2.cfn_vpn_pre_shared_key_chars", "awscc.ec2.vpn_connection", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("vpn_tunnel_options_specifications", WHEN(SET("pre_shared_key")),
			   THEN(MATCHES("pre_shared_key", "^[A-Za-z0-9._]*$")))),
		 "Constraints: Allowed characters are alphanumeric characters, periods (.), and "
		 "underscores (_).", CFN "AWS::EC2::VPNConnection VpnTunnelOptionsSpecification.PreSharedKey"),
	AWS_SAYS("ec2.cfn_vpn_phase_2_lifetime_below_phase_1", "awscc.ec2.vpn_connection",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("vpn_tunnel_options_specifications", ALWAYS,
			   THEN(AT_MOST("phase_2_lifetime_seconds", "phase_1_lifetime_seconds")))),
		 "The value must be less than the value for Phase1LifetimeSeconds.",
		 CFN "AWS::EC2::VPNConnection VpnTunnelOptionsSpecification.Phase2LifetimeSeconds"),
	AWS_SAYS("ec2.cfn_resolver_subnet_of_cidr", "awscc.ec2.ipam_prefix_list_resolver",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("rules", ALWAYS,
			   THEN(EACH("conditions", WHEN(IS("operation", "subnet-of")),
				     THEN(SET("cidr")))))),
		 "The subnet-of operation only applies to cidr conditions.",
		 CFN "AWS::EC2::IPAMPrefixListResolver IpamPrefixListResolverRuleCondition.Operation"),
	AWS_SAYS("ec2.cfn_resolver_resource_type_rules", "awscc.ec2.ipam_prefix_list_resolver",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("rules", WHEN(SET("resource_type")),
			   THEN(IS("rule_type", "ipam-resource-cidr")))),
		 "The resourceType property only applies to ipam-resource-cidr rules; this property "
		 "specifies what type of resources this rule will apply to, such as VPCs or Subnets.",
		 CFN "AWS::EC2::IPAMPrefixListResolver IpamPrefixListResolverRule.ResourceType"),
	AWS_SAYS("ec2.cfn_volume_throughput_per_iops", "awscc.ec2.volume", AWS_CALL_ANY, ALWAYS,
		 THEN(RATIO_IN("throughput", "iops", 0, 0.25)),
		 "The maximum ratio of throughput to IOPS is 0.25 MiB/s per IOPS.",
		 CFN "AWS::EC2::Volume Throughput"),
	/* The first of the 21 types the sentence is said of whose schema holds
	 * neither the key's length nor its prefix. */
	AWS_SAYS("ec2.cfn_primary_ipv6_stays", "awscc.ec2.network_interface", AWS_CALL_UPDATE,
		 WHEN(WAS(IS("enable_primary_ipv_6", "true"))),
		 THEN(IS("enable_primary_ipv_6", "true")),
		 "When you enable an IPv6 address to be a primary IPv6, you cannot disable it.",
		 CFN "AWS::EC2::NetworkInterface EnablePrimaryIpv6"),
	AWS_SAYS("ec2.cfn_peering_tag_keys", "awscc.ec2.*", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(LEN_IN("key", 1, 128), NOT_MATCHES("key", "^aws:")))),
		 "You can specify a value that is 1 to 128 Unicode characters in length and cannot "
		 "be prefixed with aws:.", CFN "AWS::EC2::VPCPeeringConnection Tag.Key, and every EC2 "
		 "type's tags"),
	/* What cfn-lint's schemas and terraform-provider-aws's rules say between
	 * the attributes (gen_between.py --check holds these rows to them). */
	BETWEEN("aws.ec2.network_acl_entry",
		"{\"requiredXor\":[[\"ipv6_cidr_block\",\"cidr_block\"]]}",
		"cfn-lint 1.51.0's AWS::EC2::NetworkAclEntry"),
	BETWEEN("awscc.ec2.nat_gateway",
		"{\"excludes\":{\"secondary_private_ip_address_count\":[\"secondary_private_ip_addresses\"],\"secondary_private_ip_addresses\":[\"secondary_private_ip_address_count\"]}}",
		"EC2 CreateNatGateway: SecondaryPrivateIpAddressCount or SecondaryPrivateIpAddresses; terraform-provider-aws's aws_nat_gateway"),
	/* Over a list's elements (COUNT_WHERE). */
	AWS_SAYS("ec2.cfn_instance_one_primary_ip", "awscc.ec2.instance", AWS_CALL_CREATE, ALWAYS,
		 THEN(EACH("network_interfaces", ALWAYS,
			   THEN(COUNT_WHERE("private_ip_addresses", 0, 1, IS("primary", "true"))))),
		 "Only one IPv4 address can be designated as primary.",
		 CFN "AWS::EC2::Instance PrivateIpAddressSpecification.Primary"),
	AWS_SAYS("ec2.cfn_vpn_tunnel_cidr_not_reserved", "awscc.ec2.vpn_connection", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("vpn_tunnel_options_specifications", ALWAYS,
			   THEN(IS_NOT("tunnel_inside_cidr", "169.254.0.0/30", "169.254.1.0/30",
				       "169.254.2.0/30", "169.254.3.0/30", "169.254.4.0/30",
				       "169.254.5.0/30", "169.254.169.252/30")))),
		 "The following CIDR blocks are reserved and cannot be used: 169.254.0.0/30, "
		 "169.254.1.0/30, 169.254.2.0/30, 169.254.3.0/30, 169.254.4.0/30, 169.254.5.0/30, "
		 "169.254.169.252/30",
		 CFN "AWS::EC2::VPNConnection VpnTunnelOptionsSpecification.TunnelInsideCidr"),
	/* Through what an attribute names ("->": that resource of the stack as
	 * it is written, checks/words.c). A VPC's DNS hostnames left unset is
	 * the server's on an awscc VPC, which an adopted VPC may have on: only
	 * what the stack writes off is judged. */
	AWS_SAYS("ec2.private_dns_needs_vpc_dns", "aws.ec2.vpc_endpoint", AWS_CALL_CREATE,
		 WHEN(IS("private_dns_enabled", "true")),
		 THEN(IS_NOT("vpc_id->enable_dns_hostnames", "false"),
		      IS_NOT("vpc_id->enable_dns_support", "false")),
		 "To use a private hosted zone, you must set the following VPC attributes to true: "
		 "enableDnsHostnames and enableDnsSupport.", "ec2 CreateVpcEndpoint PrivateDnsEnabled"),
	AWS_SAYS("ec2.cfn_private_dns_needs_vpc_dns", "awscc.ec2.vpc_endpoint", AWS_CALL_CREATE,
		 WHEN(IS("private_dns_enabled", "true")),
		 THEN(IS_NOT("vpc_id->enable_dns_hostnames", "false"),
		      IS_NOT("vpc_id->enable_dns_support", "false")),
		 "To use a private hosted zone, you must set the following VPC attributes to true: "
		 "enableDnsHostnames and enableDnsSupport.", CFN "AWS::EC2::VPCEndpoint PrivateDnsEnabled"),
	AWS_SAYS("ec2.cfn_attachment_one_zone", "awscc.ec2.volume_attachment", AWS_CALL_CREATE,
		 ALWAYS, THEN(SAME("volume_id->availability_zone", "instance_id->availability_zone")),
		 "The volume and instance must be within the same Availability Zone.",
		 CFN "AWS::EC2::VolumeAttachment VolumeId"),
	AWS_SAYS("ec2.cfn_instance_volumes_one_zone", "awscc.ec2.instance", AWS_CALL_CREATE,
		 ALWAYS, THEN(SAME("volumes[].volume_id->availability_zone", "availability_zone")),
		 "The volume and instance must be within the same Availability Zone.",
		 CFN "AWS::EC2::Instance Volume.VolumeId"),
	AWS_SAYS("ec2.cfn_instance_ip_in_subnet", "awscc.ec2.instance", AWS_CALL_CREATE, ALWAYS,
		 THEN(WITHIN_CIDR("private_ip_address", "subnet_id->cidr_block")),
		 "You must specify a value from the IPv4 address range of the subnet.",
		 CFN "AWS::EC2::Instance PrivateIpAddress"),
	AWS_SAYS("ec2.cfn_instance_ipv6_only_resource_name", "awscc.ec2.instance", AWS_CALL_CREATE,
		 WHEN(IS("subnet_id->ipv_6_native", "true")),
		 THEN(IS("private_dns_name_options.hostname_type", "resource-name")),
		 "For IPv6 only subnets, an instance DNS name must be based on the instance ID.",
		 CFN "AWS::EC2::Instance PrivateDnsNameOptions.HostnameType"),
	AWS_SAYS("ec2.cfn_pool_locale_of_source", "awscc.ec2.ipam_pool", AWS_CALL_CREATE,
		 WHEN(SET("source_ipam_pool_id->locale")),
		 THEN(AMONG("locale", "source_ipam_pool_id->locale")),
		 "If the locale has been specified for the source pool, this value must match.",
		 CFN "AWS::EC2::IPAMPool Locale"),
	AWS_SAYS("ec2.cfn_local_gateway_tags_unique", "awscc.ec2.local_gateway_virtual_interface*",
		 AWS_CALL_ANY, ALWAYS, THEN(UNIQUE("tags[]")),
		 "An array of key-value pairs to associate with a resource, each pair must be unique.",
		 CFN "AWS::EC2::LocalGatewayVirtualInterface Tags, "
		 "AWS::EC2::LocalGatewayVirtualInterfaceGroup Tags"),
	{ NULL },
};
