/*
 * ec2/network_acl_entry.c: the resource type aws.ec2.network_acl_entry, one
 * numbered rule of a network ACL (CloudFormation's AWS::EC2::NetworkAclEntry,
 * Terraform's aws_network_acl_rule): its ACL, rule number and direction
 * (egress) name it, so its id is "ACL_ID:ingress:NUMBER" or
 * "ACL_ID:egress:NUMBER" and a change of any of the three replaces it;
 * what it lets through (protocol, action, CIDR block, ports, ICMP type
 * and code) changes in place with ReplaceNetworkAclEntry. read() finds it in
 * DescribeNetworkAcls' entrySet; its port range and ICMP code are reported
 * only when EC2 answers them (a protocol that takes them). The ACL may be
 * the stack's awscc.ec2.network_acl or any ACL's id.
 *
 * CreateNetworkAclEntry refuses a number taken in its direction
 * (NetworkAclEntryAlreadyExists); an entry has no tags nor time it was
 * made, so one found there is adopted only when an attempt of this create
 * may have made it and it reads back as the create sends it
 * (AWS_ADOPT_BY_READ_BACK). Create and update run on the contract of
 * provider/aws/adopt.h; ReplaceNetworkAclEntry sends the whole entry, so
 * sent again it writes the same.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/ec2/api.h"
#include "provider/aws/resources.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

#define ACL_ENTRY "aws.ec2.network_acl_entry"

static const char *const acl_gone[] = { "InvalidNetworkAclID.NotFound", NULL };
static const char *const entry_gone[] = { "InvalidNetworkAclID.NotFound",
					  "InvalidNetworkAclEntry.NotFound", NULL };
static const char *const entry_taken[] = { "NetworkAclEntryAlreadyExists", NULL };

static const struct attr_schema port_range_attrs[] = {
	{ .name = "from", .type = ATTR_NUMBER, .flags = ATTR_REQUIRED,
	  .description = "the first port of the range" },
	{ .name = "to", .type = ATTR_NUMBER, .flags = ATTR_REQUIRED,
	  .description = "the last port of the range" },
	{ .name = NULL },
};

static const struct attr_schema icmp_attrs[] = {
	{ .name = "code", .type = ATTR_NUMBER, .flags = ATTR_REQUIRED,
	  .description = "the ICMP code; -1: every code" },
	{ .name = "type", .type = ATTR_NUMBER, .flags = ATTR_REQUIRED,
	  .description = "the ICMP type; -1: every type" },
	{ .name = NULL },
};

static const struct attr_schema acl_entry_attrs[] = {
	{ .name = "network_acl_id", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "the network ACL it is a rule of, e.g. ${public.id}" },
	{ .name = "rule_number", .type = ATTR_NUMBER, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "its number (1 to 32766): rules are evaluated from the lowest" },
	{ .name = "egress", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "true: a rule of traffic leaving the subnet; false: entering it",
	  .default_json = "false" },
	{ .name = "protocol", .type = ATTR_NUMBER, .flags = ATTR_REQUIRED,
	  .description = "the IP protocol number (6 TCP, 17 UDP, 1 ICMP, 58 ICMPv6); -1: all" },
	{ .name = "rule_action", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "allow or deny" },
	{ .name = "cidr_block", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "the IPv4 network it matches, e.g. 10.0.0.0/16" },
	{ .name = "ipv6_cidr_block", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "the IPv6 network it matches" },
	{ .name = "port_range", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL,
	  .nested = port_range_attrs,
	  .description = "the ports it matches (TCP and UDP)" },
	{ .name = "icmp", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL, .nested = icmp_attrs,
	  .description = "the ICMP type and code it matches (ICMP and ICMPv6)" },
	{ .name = NULL },
};

/* "ACL_ID:ingress:NUMBER" of desired, or NULL when a part is not known. */
static char *acl_entry_id(const json_t *desired)
{
	const char *acl = value_get_string(desired, "network_acl_id");
	const json_t *number = value_get(desired, "rule_number");

	if (!acl || !json_is_number(number))
		return NULL;
	return xasprintf("%s:%s:%lld", acl,
			 json_is_true(value_get(desired, "egress")) ? "egress" : "ingress",
			 (long long)json_number_value(number));
}

/* The parts of an id: 0, or -1 with err set when it is not one. */
static int split_id(const char *id, char *acl, size_t acl_size, bool *egress, long *number,
		    struct strbuf *err)
{
	const char *first = strchr(id, ':');
	const char *second = first ? strchr(first + 1, ':') : NULL;
	char *end = NULL;

	if (second) {
		*egress = !strncmp(first + 1, "egress:", 7);
		*number = strtol(second + 1, &end, 10);
	}
	if (!second || (size_t)(first - id) >= acl_size || first == id || !end || *end ||
	    end == second + 1 || (!*egress && strncmp(first + 1, "ingress:", 8))) {
		strbuf_addf(err, ACL_ENTRY ": %s is not ACL_ID:ingress:NUMBER or ACL_ID:egress:NUMBER",
			    id);
		return -1;
	}
	snprintf(acl, acl_size, "%.*s", (int)(first - id), id);
	return 0;
}

/* The entry of `item` (an entrySet <item>) in the schema's shape. */
static json_t *entry_of(xmlNodePtr item, const char *acl, bool egress, long number)
{
	json_t *o = json_pack("{s:s, s:I, s:b}", "network_acl_id", acl, "rule_number",
			      (json_int_t)number, "egress", egress);
	xmlNodePtr ports = xml_child(item, "portRange"), icmp = xml_child(item, "icmpTypeCode");
	char *cidr = xml_child_text(item, "cidrBlock"), *cidr6 = xml_child_text(item, "ipv6CidrBlock");

	json_object_set_new(o, "protocol", xml_child_integer(item, "protocol"));
	ec2_set_text(o, "rule_action", item, "ruleAction");
	if (cidr)
		json_object_set_new(o, "cidr_block", json_string(cidr));
	if (cidr6)
		json_object_set_new(o, "ipv6_cidr_block", json_string(cidr6));
	if (ports && xml_child(ports, "from"))
		json_object_set_new(o, "port_range", json_pack("{s:o, s:o}", "from",
							      xml_child_integer(ports, "from"), "to",
							      xml_child_integer(ports, "to")));
	if (icmp && xml_child(icmp, "type"))
		json_object_set_new(o, "icmp", json_pack("{s:o, s:o}",
							 "code", xml_child_integer(icmp, "code"),
							 "type", xml_child_integer(icmp, "type")));
	free(cidr);
	free(cidr6);
	return o;
}

static int acl_entry_read(void *client, const char *id, const json_t *prior, json_t **out,
			  struct strbuf *err)
{
	char acl[128];
	bool egress = false;
	long number = 0;
	json_t *p;
	xmlDocPtr doc = NULL;
	xmlNodePtr item;
	int rc;

	(void)prior;
	*out = NULL;
	if (split_id(id, acl, sizeof(acl), &egress, &number, err))
		return -1;
	p = json_pack("{s:s}", "NetworkAclId.1", acl);
	rc = ec2_call(client, "DescribeNetworkAcls", p, acl_gone, &doc, err);
	json_decref(p);
	if (rc)
		return rc < 0 ? -1 : 0;
	item = xml_child(xmlDocGetRootElement(doc), "networkAclSet/item/entrySet/item");
	for (; item; item = xml_next_same(item)) {
		char *n = xml_child_text(item, "ruleNumber"), *e = xml_child_text(item, "egress");
		bool match = n && e && strtol(n, NULL, 10) == number && !strcmp(e, "true") == egress;

		free(n);
		free(e);
		if (match) {
			*out = entry_of(item, acl, egress, number);
			break;
		}
	}
	xmlFreeDoc(doc);
	return 0;
}

/* The parameters of CreateNetworkAclEntry and ReplaceNetworkAclEntry. */
static json_t *entry_params(const json_t *desired)
{
	const json_t *ports = value_get(desired, "port_range"), *icmp = value_get(desired, "icmp");
	json_t *p = json_pack("{s:s?, s:I, s:s, s:o, s:s?}",
			      "NetworkAclId", value_get_string(desired, "network_acl_id"),
			      "RuleNumber", (json_int_t)value_get_integer(desired, "rule_number", 0),
			      "Egress", json_is_true(value_get(desired, "egress")) ? "true" : "false",
			      "Protocol", json_sprintf("%lld", (long long)value_get_integer(desired,
									    "protocol", -1)),
			      "RuleAction", value_get_string(desired, "rule_action"));
	const char *cidr = value_get_string(desired, "cidr_block");
	const char *cidr6 = value_get_string(desired, "ipv6_cidr_block");

	if (cidr)
		json_object_set_new(p, "CidrBlock", json_string(cidr));
	if (cidr6)
		json_object_set_new(p, "Ipv6CidrBlock", json_string(cidr6));
	if (json_is_object(ports)) {
		json_object_set_new(p, "PortRange.From",
				    json_integer(value_get_integer(ports, "from", 0)));
		json_object_set_new(p, "PortRange.To", json_integer(value_get_integer(ports, "to", 0)));
	}
	if (json_is_object(icmp)) {
		json_object_set_new(p, "Icmp.Code", json_integer(value_get_integer(icmp, "code", -1)));
		json_object_set_new(p, "Icmp.Type", json_integer(value_get_integer(icmp, "type", -1)));
	}
	return p;
}

/* What the entry lets through, as read() reports it and as desired says
 * it: what the create sends beside the id, and what an update compares. */
static json_t *what_it_lets(const json_t *o)
{
	json_t *w = json_object();
	static const char *const keys[] = { "protocol", "rule_action", "cidr_block",
					    "ipv6_cidr_block", "port_range", "icmp", NULL };

	for (size_t i = 0; keys[i]; i++)
		if (value_is_set(value_get(o, keys[i])))
			json_object_set(w, keys[i], (json_t *)value_get(o, keys[i]));
	return w;
}

/* The converge (the contract, provider/aws/adopt.h): the whole entry again
 * with ReplaceNetworkAclEntry when what it lets through differs. */
static int acl_entry_converge(struct aws_client *c, const char *id, const json_t *have,
			      const json_t *desired, json_t **out, struct strbuf *err)
{
	json_t *want = what_it_lets(desired), *now = what_it_lets(have);
	bool same = value_equal(want, now);
	int rc = 0;

	json_decref(want);
	json_decref(now);
	if (!same) {
		json_t *p = entry_params(desired);

		rc = ec2_call(c, "ReplaceNetworkAclEntry", p, NULL, NULL, err);
		json_decref(p);
		if (rc) {
			strbuf_addf(err, " (" ACL_ENTRY " %s)", id);
			return -1;
		}
	}
	return aws_read_written(acl_entry_read, c, id, NULL, out, err,
				ACL_ENTRY " %s: written, but DescribeNetworkAcls does not list it", id);
}

/* The create's send: CreateNetworkAclEntry; a number taken in its
 * direction is said to exist (the driver weighs it by the declared policy). */
static int acl_entry_send_create(struct aws_client *c, const json_t *desired,
				 const struct create_call *call, struct aws_sent *sent,
				 struct strbuf *err)
{
	char *id = acl_entry_id(desired);
	json_t *p;
	int rc;

	(void)call;
	if (!id) {
		strbuf_addstr(err, ACL_ENTRY ": network_acl_id and rule_number have no value to send");
		return -1;
	}
	p = entry_params(desired);
	rc = aws_query_call_xml(c, &aws_service_ec2, "CreateNetworkAclEntry", p, NULL, entry_taken,
				NULL, NULL, &sent->attempts, err);
	json_decref(p);
	if (rc < 0) {
		free(id);
		return -1;
	}
	aws_sent_from_call(sent, rc, id, "ec2 CreateNetworkAclEntry: %s", entry_taken[0]);
	free(id);
	return 0;
}

/* The evidence of an entry found there: what the create sends beside its
 * id reads back (it says no time it was made). */
static int acl_entry_evidence(struct aws_client *c, const char *id, const json_t *desired,
			      const json_t *have, json_t **sent, json_t **got, time_t *created,
			      struct strbuf *err)
{
	json_t *now = NULL;

	*created = 0;
	if (!have && acl_entry_read(c, id, NULL, &now, err))
		return -1;
	if (!have && !now)
		return 1;
	*sent = what_it_lets(desired);
	*got = what_it_lets(have ? have : now);
	json_decref(now);
	return 0;
}

/* Create and update (the contract, provider/aws/adopt.h). */
static const struct aws_native_ops acl_entry_native = {
	.send_create = acl_entry_send_create,
	.adopt = { .by = AWS_ADOPT_BY_READ_BACK, .noun = "rule number",
		   .object = ACL_ENTRY ": a network ACL entry %s", .evidence = acl_entry_evidence,
		   .differs = "the entry read back is not the one this create sends" },
	.converge = acl_entry_converge,
	.read = acl_entry_read,
	.created_shape = AWS_SHAPE_NONE,
	.update_shape = AWS_SHAPE_NONE,
	.made_missing = ACL_ENTRY " %s: written, but DescribeNetworkAcls does not list it",
	.gone = ACL_ENTRY " %s: in the state but DescribeNetworkAcls does not list it",
};

AWS_NATIVE_FUNCTIONS(acl_entry, acl_entry_native)

static int acl_entry_delete(void *client, const char *id, const json_t *prior,
			    struct strbuf *err)
{
	char acl[128];
	bool egress = false;
	long number = 0;
	json_t *p;
	int rc;

	(void)prior;
	if (split_id(id, acl, sizeof(acl), &egress, &number, err))
		return -1;
	p = json_pack("{s:s, s:I, s:s}", "NetworkAclId", acl, "RuleNumber", (json_int_t)number,
		      "Egress", egress ? "true" : "false");
	rc = ec2_call(client, "DeleteNetworkAclEntry", p, entry_gone, NULL, err);
	json_decref(p);
	return rc < 0 ? -1 : 0;
}

const struct resource_type aws_ec2_network_acl_entry_type = {
	.name = ACL_ENTRY,
	.description = "one numbered rule of a network ACL",
	.attrs = acl_entry_attrs,
	.terraform_type = "aws_network_acl_rule",
	.terraform_attrs = "network_acl_id rule_number egress rule_action cidr_block "
			   "ipv6_cidr_block",
	.read = acl_entry_read,
	.create = acl_entry_create,
	.update = acl_entry_update,
	.delete = acl_entry_delete,
	.native = &acl_entry_native,
	.import_id = "ACL_ID:ingress:NUMBER or ACL_ID:egress:NUMBER",
	.config_id = acl_entry_id,
};
