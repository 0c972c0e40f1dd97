/*
 * ec2/default_network_acl.c: the resource type aws.ec2.default_network_acl,
 * the entries and tags of the network ACL EC2 makes with each VPC (its
 * default ACL, which nobody can make or delete), as Terraform's
 * aws_default_network_acl: a create takes the VPC's default ACL and brings
 * its numbered entries to the stack's, an unset direction having none (EC2's
 * allow-all entries, rule 100 each way, are deleted, and the stack's made
 * anew); the deny-all entries
 * EC2 numbers 32767 (and 32768 for IPv6), which nobody can change, are
 * never shown. An entry is the stack's by its rule number and direction:
 * one that differs is replaced in place (ReplaceNetworkAclEntry). A
 * destroy leaves the ACL and its entries as they are, less terrace's
 * ownership tags (EC2 deletes it with its VPC), as Terraform removes the
 * resource from its state alone. Entries are kept in one canonical form on
 * both sides of the diff (sorted by rule number, the protocol as its number,
 * ports 0 when EC2 keeps none), so their order and a protocol's name are no
 * change. Over EC2's query protocol (ec2/api.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "provider/aws/adopt.h"
#include "provider/aws/ec2/api.h"
#include "provider/aws/resources.h"
#include "provider/provider.h"

#define DEFAULT_ACL_TYPE "aws.ec2.default_network_acl"

static const char *const acl_gone[] = { "InvalidNetworkAclID.NotFound", NULL };
static const char *const entry_gone[] = { "InvalidNetworkAclEntry.NotFound", NULL };

static const struct attr_schema acl_rule_attrs[] = {
	{ .name = "rule_no", .type = ATTR_NUMBER, .flags = ATTR_REQUIRED,
	  .description = "its number (1 to 32766): entries are evaluated from the lowest" },
	{ .name = "action", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "allow or deny" },
	{ .name = "protocol", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "a protocol number, or tcp, udp, icmp, icmpv6; -1 (also all): every "
			 "protocol" },
	{ .name = "cidr_block", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "the IPv4 network it matches, e.g. 0.0.0.0/0" },
	{ .name = "ipv6_cidr_block", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "the IPv6 network it matches, e.g. ::/0" },
	{ .name = "from_port", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "the first port it matches (TCP and UDP); default 0" },
	{ .name = "to_port", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "the last port it matches (TCP and UDP); default 0" },
	{ .name = "icmp_type", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "ICMP and ICMPv6: the type (-1 every type); default 0" },
	{ .name = "icmp_code", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "ICMP and ICMPv6: the code (-1 every code); default 0" },
	{ .name = NULL },
};

static const struct attr_schema default_acl_attrs[] = {
	{ .name = "vpc_id", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "the VPC whose default ACL this is, e.g. ${main.vpc_id}" },
	{ .name = "ingress", .type = ATTR_OBJECT_LIST, .flags = ATTR_OPTIONAL,
	  .nested = acl_rule_attrs, .default_json = "[]",
	  .description = "entries for traffic entering the VPC's subnets, a set by rule_no; "
			 "unset: none (EC2's allow-all entry is deleted)" },
	{ .name = "egress", .type = ATTR_OBJECT_LIST, .flags = ATTR_OPTIONAL,
	  .nested = acl_rule_attrs, .default_json = "[]",
	  .description = "entries for traffic leaving them, a set by rule_no; unset: none" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "ACL tags", .default_json = "{}" },
	{ .name = "network_acl_id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "acl-..., the default ACL's id" },
	{ .name = NULL },
};

/* A protocol as EC2 keeps it, a number ("-1" for all) written into buf;
 * NULL when p is neither a number from -1 to 255 nor one of the names. */
static const char *protocol_number(const char *p, char *buf, size_t len)
{
	static const struct { const char *name, *number; } names[] = {
		{ "all", "-1" }, { "icmp", "1" }, { "tcp", "6" }, { "udp", "17" },
		{ "icmpv6", "58" }, { "ipv6-icmp", "58" },
	};
	char *end;
	long n;

	if (!p || !*p)
		return NULL;
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (!strcasecmp(p, names[i].name))
			return names[i].number;
	n = strtol(p, &end, 10);
	if (*end || n < -1 || n > 255)
		return NULL;
	snprintf(buf, len, "%ld", n);
	return buf;
}

static bool has_icmp(const char *number)
{
	return !strcmp(number, "1") || !strcmp(number, "58");
}

/* One entry in canonical form (a new object), or NULL with err naming
 * WHERE when its protocol is none (the rows check it first). */
static json_t *canonical_entry(const json_t *e, const char *where, size_t i, struct strbuf *err)
{
	char buf[8];
	const char *proto = protocol_number(value_get_string(e, "protocol"), buf, sizeof(buf));
	const char *cidr = value_get_string(e, "cidr_block");
	const char *cidr6 = value_get_string(e, "ipv6_cidr_block");
	json_t *o;

	if (!proto) {
		strbuf_addf(err, "%s item %zu: protocol \"%s\" is not a protocol number or name",
			    where, i, value_get_string(e, "protocol") ? value_get_string(e, "protocol")
								      : "");
		return NULL;
	}
	o = json_pack("{s:I, s:s?, s:s, s:I, s:I}", "rule_no",
		      (json_int_t)value_get_integer(e, "rule_no", 0), "action",
		      value_get_string(e, "action"), "protocol", proto, "from_port",
		      (json_int_t)value_get_integer(e, "from_port", 0), "to_port",
		      (json_int_t)value_get_integer(e, "to_port", 0));
	if (cidr && *cidr)
		json_object_set_new(o, "cidr_block", json_string(cidr));
	if (cidr6 && *cidr6)
		json_object_set_new(o, "ipv6_cidr_block", json_string(cidr6));
	if (has_icmp(proto)) {
		json_object_set_new(o, "icmp_type",
				    json_integer(value_get_integer(e, "icmp_type", 0)));
		json_object_set_new(o, "icmp_code",
				    json_integer(value_get_integer(e, "icmp_code", 0)));
	}
	return o;
}

static int by_rule_no(const void *a, const void *b)
{
	json_int_t x = json_integer_value(json_object_get(*(json_t *const *)a, "rule_no"));
	json_int_t y = json_integer_value(json_object_get(*(json_t *const *)b, "rule_no"));

	return x < y ? -1 : x > y;
}

/* entries in canonical form sorted by rule number (a new list), or NULL
 * with err. */
static json_t *canonical_entries(const json_t *entries, const char *where, struct strbuf *err)
{
	size_t n = json_array_size(entries), i;
	json_t **v = xcalloc(n ? n : 1, sizeof(*v)), *out = json_array(), *e;

	json_array_foreach((json_t *)entries, i, e) {
		v[i] = canonical_entry(e, where, i, err);
		if (!v[i]) {
			while (i--)
				json_decref(v[i]);
			free(v);
			json_decref(out);
			return NULL;
		}
	}
	qsort(v, n, sizeof(*v), by_rule_no);
	for (i = 0; i < n; i++)
		json_array_append_new(out, v[i]);
	free(v);
	return out;
}

/* The entries of one direction of a DescribeNetworkAcls <item>, as the
 * stack writes them (canonical_entries puts them in order), EC2's
 * unchangeable deny-all entries (32767, 32768) left out. */
static json_t *entries_of(xmlNodePtr acl, bool egress)
{
	json_t *list = json_array(), *out;
	xmlNodePtr it;
	struct strbuf ignored = STRBUF_INIT;

	for (it = xml_child(acl, "entrySet/item"); it; it = xml_next_same(it)) {
		char *e = xml_child_text(it, "egress"), *n = xml_child_text(it, "ruleNumber");
		long number = n ? strtol(n, NULL, 10) : 0;
		bool this_way = e && !strcmp(e, "true") == egress;
		xmlNodePtr ports = xml_child(it, "portRange"), icmp = xml_child(it, "icmpTypeCode");

		free(e);
		free(n);
		if (!this_way || number >= 32767)
			continue;
		json_t *o = json_pack("{s:I}", "rule_no", (json_int_t)number);
		ec2_set_text(o, "action", it, "ruleAction");
		ec2_set_text(o, "protocol", it, "protocol");
		ec2_set_text(o, "cidr_block", it, "cidrBlock");
		ec2_set_text(o, "ipv6_cidr_block", it, "ipv6CidrBlock");
		if (ports && xml_child(ports, "from")) {
			json_object_set_new(o, "from_port", xml_child_integer(ports, "from"));
			json_object_set_new(o, "to_port", xml_child_integer(ports, "to"));
		}
		if (icmp && xml_child(icmp, "type")) {
			json_object_set_new(o, "icmp_type", xml_child_integer(icmp, "type"));
			json_object_set_new(o, "icmp_code", xml_child_integer(icmp, "code"));
		}
		json_array_append_new(list, o);
	}
	/* What EC2 reports has a protocol number; one it could not (not
	 * possible) would leave the direction empty rather than fail a read. */
	out = canonical_entries(list, egress ? "egress" : "ingress", &ignored);
	strbuf_release(&ignored);
	json_decref(list);
	return out ? out : json_array();
}

/* The default ACL <item> of DescribeNetworkAcls, by its id (vpc NULL) or
 * as the VPC vpc's (the filters vpc-id and default=true): 0 with *doc and
 * *acl (NULL when there is none), or -1. */
static int describe_acl(struct aws_client *c, const char *id, const char *vpc, xmlDocPtr *doc,
			xmlNodePtr *acl, struct strbuf *err)
{
	json_t *p = json_object();
	int rc;

	if (vpc) {
		json_t *v = json_string(vpc), *yes = json_string("true");
		int n = 0;

		ec2_add_filter(p, &n, "vpc-id", v);
		ec2_add_filter(p, &n, "default", yes);
		json_decref(v);
		json_decref(yes);
	} else {
		json_object_set_new(p, "NetworkAclId.1", json_string(id));
	}
	*acl = NULL;
	rc = ec2_call(c, "DescribeNetworkAcls", p, acl_gone, doc, err);
	json_decref(p);
	if (rc < 0)
		return -1;
	if (rc == 0)
		*acl = xml_child(xmlDocGetRootElement(*doc), "networkAclSet/item");
	return 0;
}

static int default_acl_read(void *client, const char *id, const json_t *prior, json_t **out,
			    struct strbuf *err)
{
	xmlDocPtr doc = NULL;
	xmlNodePtr acl;

	(void)prior;
	*out = NULL;
	if (describe_acl(client, id, NULL, &doc, &acl, err))
		return -1;
	if (acl) {
		json_t *o = json_object();

		ec2_set_text(o, "vpc_id", acl, "vpcId");
		json_object_set_new(o, "ingress", entries_of(acl, false));
		json_object_set_new(o, "egress", entries_of(acl, true));
		json_object_set_new(o, "tags", ec2_tags_of(acl));
		json_object_set_new(o, "network_acl_id", json_string(id));
		*out = o;
	}
	xmlFreeDoc(doc);
	return 0;
}

/* The entry of rule number `no` in canonical `entries`, or NULL. */
static const json_t *entry_numbered(const json_t *entries, json_int_t no)
{
	size_t i;
	json_t *e;

	json_array_foreach((json_t *)entries, i, e)
		if (json_integer_value(json_object_get(e, "rule_no")) == no)
			return e;
	return NULL;
}

/* CreateNetworkAclEntry or ReplaceNetworkAclEntry of canonical entry e, as
 * hashicorp/aws sends it (createNetworkACLEntries: the port range always,
 * the ICMP type and code for ICMP and ICMPv6). */
static int entry_call(struct aws_client *c, const char *action, const char *id, bool egress,
		      const json_t *e, struct strbuf *err)
{
	static const char *const taken[] = { "NetworkAclEntryAlreadyExists", NULL };
	json_t *p = json_pack("{s:s, s:O, s:s, s:O, s:O, s:O, s:O}", "NetworkAclId", id,
			      "RuleNumber", json_object_get(e, "rule_no"), "Egress",
			      egress ? "true" : "false", "Protocol", json_object_get(e, "protocol"),
			      "RuleAction", json_object_get(e, "action"), "PortRange.From",
			      json_object_get(e, "from_port"), "PortRange.To",
			      json_object_get(e, "to_port"));
	bool create = !strcmp(action, "CreateNetworkAclEntry");
	int rc;

	if (json_object_get(e, "cidr_block"))
		json_object_set(p, "CidrBlock", json_object_get(e, "cidr_block"));
	if (json_object_get(e, "ipv6_cidr_block"))
		json_object_set(p, "Ipv6CidrBlock", json_object_get(e, "ipv6_cidr_block"));
	if (json_object_get(e, "icmp_type")) {
		json_object_set(p, "Icmp.Type", json_object_get(e, "icmp_type"));
		json_object_set(p, "Icmp.Code", json_object_get(e, "icmp_code"));
	}
	rc = ec2_call(c, action, p, create ? taken : NULL, NULL, err);
	json_decref(p);
	/* A create resent after its answer was lost finds its own entry:
	 * written again whole, it is the stack's. */
	if (rc == 1)
		return entry_call(c, "ReplaceNetworkAclEntry", id, egress, e, err);
	if (rc < 0)
		strbuf_addf(err, " (" DEFAULT_ACL_TYPE " %s: %s rule %lld)", id,
			    egress ? "egress" : "ingress",
			    (long long)json_integer_value(json_object_get(e, "rule_no")));
	return rc < 0 ? -1 : 0;
}

/* Bring one direction's entries from canonical `have` to canonical `want`:
 * delete the numbers want lacks, replace those that differ, create the new.
 * afresh (the ACL just taken): every entry there is deleted and want's
 * created, as hashicorp/aws's create does (resourceDefaultNetworkACLCreate),
 * so each is as the stack sends it (EC2's own rule 100 has no port range,
 * the same entry sent has one). */
static int sync_entries(struct aws_client *c, const char *id, bool egress, const json_t *have,
			const json_t *want, bool afresh, struct strbuf *err)
{
	size_t i;
	json_t *e;

	json_array_foreach((json_t *)have, i, e) {
		json_int_t no = json_integer_value(json_object_get(e, "rule_no"));

		if (afresh || !entry_numbered(want, no)) {
			json_t *p = json_pack("{s:s, s:I, s:s}", "NetworkAclId", id, "RuleNumber",
					      no, "Egress", egress ? "true" : "false");
			int rc = ec2_call(c, "DeleteNetworkAclEntry", p, entry_gone, NULL, err);

			json_decref(p);
			if (rc < 0) {
				strbuf_addf(err, " (" DEFAULT_ACL_TYPE " %s: %s rule %lld)", id,
					    egress ? "egress" : "ingress", (long long)no);
				return -1;
			}
		}
	}
	json_array_foreach((json_t *)want, i, e) {
		const json_t *had = afresh ? NULL
				    : entry_numbered(have, json_integer_value(json_object_get(e,
											  "rule_no")));
		int rc = 0;

		if (!had)
			rc = entry_call(c, "CreateNetworkAclEntry", id, egress, e, err);
		else if (!value_equal(had, e))
			rc = entry_call(c, "ReplaceNetworkAclEntry", id, egress, e, err);
		if (rc)
			return -1;
	}
	return 0;
}

/* The entries of both directions and the tags to desired, then read back;
 * prior is NULL on a create (the ACL taken), whose entries go afresh. */
static int default_acl_converge(struct aws_client *c, const char *id, const json_t *have,
				const json_t *desired, const json_t *prior, json_t **out,
				struct strbuf *err)
{
	json_t *none = json_array();
	const json_t *in = value_get(desired, "ingress"), *eg = value_get(desired, "egress");
	int rc;

	*out = NULL;
	rc = sync_entries(c, id, false, value_get(have, "ingress"), json_is_array(in) ? in : none,
			  !prior, err);
	if (!rc)
		rc = sync_entries(c, id, true, value_get(have, "egress"),
				  json_is_array(eg) ? eg : none, !prior, err);
	json_decref(none);
	if (!rc)
		rc = ec2_converge_tags(c, id, have, desired, err);
	if (!rc)
		rc = aws_read_written(default_acl_read, c, id, NULL, out, err,
				      DEFAULT_ACL_TYPE " %s: not found after its entries were "
				      "written", id);
	return rc;
}

/* The create makes nothing: it finds the VPC's default ACL, whose entries
 * and tags converge brings to the stack's (left_out). */
static int default_acl_send(struct aws_client *c, const json_t *desired,
			    const struct create_call *call, struct aws_sent *sent,
			    struct strbuf *err)
{
	const char *vpc = value_get_string(desired, "vpc_id");
	xmlDocPtr doc = NULL;
	xmlNodePtr acl;

	(void)call;
	if (!vpc) {
		strbuf_addstr(err, DEFAULT_ACL_TYPE ": vpc_id has no value to send");
		return -1;
	}
	if (describe_acl(c, NULL, vpc, &doc, &acl, err)) {
		strbuf_addf(err, " (" DEFAULT_ACL_TYPE " of %s)", vpc);
		return -1;
	}
	sent->id = acl ? xml_child_text(acl, "networkAclId") : NULL;
	xmlFreeDoc(doc);
	if (!sent->id || !*sent->id) {
		free(sent->id);
		sent->id = NULL;
		strbuf_addf(err, DEFAULT_ACL_TYPE ": VPC %s has no default network ACL "
			    "(DescribeNetworkAcls lists none with default=true in it)", vpc);
		return -1;
	}
	sent->left_out = true;
	return 0;
}

static const struct aws_native_ops default_acl_native = {
	.send_create = default_acl_send,
	.adopt = { .by = AWS_ADOPT_BY_OVERWRITE, .noun = "VPC",
		   .object = DEFAULT_ACL_TYPE ": the default ACL %s" },
	.converge_prior = default_acl_converge,
	.read = default_acl_read,
	.created_shape = AWS_SHAPE_NONE,
	.update_shape = AWS_SHAPE_NONE,
	.made_missing = DEFAULT_ACL_TYPE " %s: not found after its entries were written",
	.gone = DEFAULT_ACL_TYPE " %s is in the state but DescribeNetworkAcls does not find it",
};

AWS_NATIVE_FUNCTIONS(default_acl, default_acl_native)

/* EC2 deletes the ACL with its VPC alone: it and its entries stay, less the
 * stack's ownership tags (terrace:*), which would have a sweep take it for
 * what the stack left. */
static int default_acl_delete(void *client, const char *id, const json_t *prior,
			      struct strbuf *err)
{
	json_t *have = NULL;
	int rc;

	(void)prior;
	if (default_acl_read(client, id, NULL, &have, err))
		return -1;
	rc = have ? ec2_release_default(client, id, value_get(have, "tags"), err) : 0;
	json_decref(have);
	return rc;
}

/* Entries in canonical form; one whose protocol is none is refused here,
 * naming the list and item (the core adds the resource's name). */
static int default_acl_plan_desired(json_t *desired, const json_t *prior, struct strbuf *err)
{
	static const char *const dirs[] = { "ingress", "egress", NULL };

	(void)prior;
	for (const char *const *d = dirs; *d; d++) {
		json_t *entries = value_get(desired, *d), *canon;

		if (!json_is_array(entries) || value_contains_unknown(entries))
			continue;
		canon = canonical_entries(entries, *d, err);
		if (!canon)
			return -1;
		json_object_set_new(desired, *d, canon);
	}
	return 0;
}

const struct resource_type aws_ec2_default_network_acl_type = {
	.name = DEFAULT_ACL_TYPE,
	.description = "the entries and tags of the network ACL EC2 gives each VPC",
	.attrs = default_acl_attrs,
	.terraform_type = "aws_default_network_acl",
	.terraform_attrs = "ingress egress tags network_acl_id=id",
	.read = default_acl_read,
	.create = default_acl_create,
	.update = default_acl_update,
	.native = &default_acl_native,
	.delete = default_acl_delete,
	.plan_desired = default_acl_plan_desired,
	.import_id = "its id (acl-...)",
};
