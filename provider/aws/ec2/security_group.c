/*
 * ec2/security_group.c: the resource types aws.ec2.security_group, a VPC
 * security group with its ingress and egress rules as sets, and
 * aws.ec2.security_group_rule, one rule of a group (for rules that would
 * make two groups refer to each other), and aws.ec2.default_security_group,
 * the rules of the group EC2 gives each VPC, over EC2's query protocol
 * (ec2/api.h).
 *
 * Rules have one canonical form on both sides of the diff: one entry per
 * protocol, port range and description, with its sources sorted
 * (cidr_blocks, security_group_ids, prefix_list_ids, self). plan_desired
 * writes the stack's rules in that form and read() groups EC2's
 * IpPermissions the same way, so the order in which rules are written or
 * listed never shows as a change. Changes go source by source: what EC2 has
 * and the stack does not is revoked, what the stack has and EC2 lacks is
 * authorized. A list the stack leaves unset (ingress or egress) is not
 * managed by the group: EC2's default egress rule (all traffic to
 * 0.0.0.0/0) stays, unless revoke_default_egress says to revoke it when the
 * group is made (as Terraform's aws_security_group does), and rules of
 * aws.ec2.security_group_rule resources are not drift.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/ec2/api.h"
#include "provider/aws/listing.h"
#include "provider/aws/resources.h"
#include "provider/provider.h"

#define SG_TYPE "aws.ec2.security_group"
#define RULE_TYPE "aws.ec2.security_group_rule"
#define DEFAULT_SG_TYPE "aws.ec2.default_security_group"

static const char *const not_found[] = { "InvalidGroup.NotFound", "InvalidGroupId.NotFound",
					 "InvalidGroupId.Malformed", NULL };
static const char *const revoke_gone[] = { "InvalidPermission.NotFound", "InvalidGroup.NotFound",
					   NULL };
static const char *const authorize_dup[] = { "InvalidPermission.Duplicate", NULL };

static const struct attr_schema rule_attrs[] = {
	{ .name = "protocol", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "tcp, udp, icmp, a protocol number, or -1 (also all) for every protocol" },
	{ .name = "from_port", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "first port (icmp: the type, -1 any); ignored for -1" },
	{ .name = "to_port", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "last port (icmp: the code, -1 any); default from_port" },
	{ .name = "cidr_blocks", .type = ATTR_LIST, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "IPv4 ranges, e.g. [203.0.113.0/24]" },
	{ .name = "security_group_ids", .type = ATTR_LIST, .flags = ATTR_OPTIONAL,
	  .elem_type = ATTR_STRING,
	  .description = "other groups (sg-...): the source of ingress, the destination of egress" },
	{ .name = "prefix_list_ids", .type = ATTR_LIST, .flags = ATTR_OPTIONAL,
	  .elem_type = ATTR_STRING,
	  .description = "managed prefix lists (pl-...), e.g. the region's S3 list" },
	{ .name = "self", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "the group itself (members reach each other)" },
	{ .name = "description", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "shown next to each of the rule's sources" },
	{ .name = NULL },
};

static const struct attr_schema sg_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "group name, unique in the VPC (not starting with sg-)" },
	{ .name = "description", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "what the group is for (EC2 cannot change it)",
	  .default_json = "\"Managed by terrace\"" },
	{ .name = "vpc_id", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "the VPC, e.g. ${main.vpc_id}" },
	{ .name = "ingress", .type = ATTR_OBJECT_LIST, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .nested = rule_attrs,
	  .description = "inbound rules, a set; unset: not managed here ([] removes every rule)" },
	{ .name = "egress", .type = ATTR_OBJECT_LIST, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .nested = rule_attrs,
	  .description = "outbound rules, a set; unset: EC2's default (all traffic to 0.0.0.0/0) "
			 "stays and nothing is managed here" },
	{ .name = "revoke_default_egress", .type = ATTR_BOOL,
	  .flags = ATTR_OPTIONAL | ATTR_CONFIG_ONLY,
	  .description = "true: with egress unset, EC2's allow-all egress rule (0.0.0.0/0 and "
			 "::/0) is revoked when the group is made, as Terraform's "
			 "aws_security_group does; rules added later are not touched" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "group tags", .default_json = "{}" },
	{ .name = "group_id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "sg-..., what rules, endpoints and instances refer to" },
	{ .name = NULL },
};

/* ---- rules: canonical form, atoms, permissions ---- */

/* "tcp", "udp", "icmp", "-1" or a protocol number as EC2 reports it; NULL
 * when p is none of those. */
static const char *protocol_name(const char *p, char *buf, size_t len)
{
	char *end;
	long n;

	if (!p || !*p)
		return NULL;
	if (!strcasecmp(p, "all") || !strcmp(p, "-1"))
		return "-1";
	if (!strcasecmp(p, "tcp") || !strcmp(p, "6"))
		return "tcp";
	if (!strcasecmp(p, "udp") || !strcmp(p, "17"))
		return "udp";
	if (!strcasecmp(p, "icmp") || !strcmp(p, "1"))
		return "icmp";
	if (!strcasecmp(p, "icmpv6"))
		return "58";
	n = strtol(p, &end, 10);
	if (*end || n < 0 || n > 255)
		return NULL;
	snprintf(buf, len, "%ld", n);
	return buf;
}

static bool has_ports(const char *proto)
{
	return !strcmp(proto, "tcp") || !strcmp(proto, "udp") || !strcmp(proto, "icmp") ||
	       !strcmp(proto, "58");
}

/*
 * Add the rules of `rules` (stack-shaped or atoms from read) to `groups`,
 * an object keyed by protocol, ports and description whose values are
 * rules with their sources. self_id: the group's own id (a source equal to
 * it is self). -1 with err naming WHERE and the item for a bad rule.
 */
static int group_rules(json_t *groups, const json_t *rules, const char *self_id,
		       const char *where, struct strbuf *err)
{
	static const char *const lists[] = { "cidr_blocks", "security_group_ids",
					     "prefix_list_ids", NULL };
	size_t i;
	json_t *r;

	json_array_foreach((json_t *)rules, i, r) {
		char buf[16], key[512];
		const char *proto = protocol_name(value_get_string(r, "protocol"), buf, sizeof(buf));
		const char *desc = value_get_string(r, "description");
		json_int_t from = 0, to = 0;
		json_t *g;

		/* The protocol, sources and ports were checked by the table
		 * (rule_sg_rule_list); a protocol known only at apply waits. */
		if (!proto) {
			if (value_is_unknown(value_get(r, "protocol")))
				continue;
			strbuf_addf(err, "%s item %zu: no protocol to send", where, i);
			return -1;
		}
		if (has_ports(proto)) {
			from = value_get_integer(r, "from_port", -1);
			to = value_get_integer(r, "to_port", from);
		}
		if (desc && !*desc)
			desc = NULL;
		snprintf(key, sizeof(key), "%s|%+07lld|%+07lld|%s", proto, (long long)from,
			 (long long)to, desc ? desc : "");
		g = json_object_get(groups, key);
		if (!g) {
			g = json_pack("{s:s, s:I, s:I, s:[], s:[], s:[], s:b}", "protocol", proto,
				      "from_port", (json_int_t)from, "to_port", (json_int_t)to,
				      "cidr_blocks", "security_group_ids", "prefix_list_ids",
				      "self", 0);
			if (desc)
				json_object_set_new(g, "description", json_string(desc));
			json_object_set_new(groups, key, g);
		}
		for (const char *const *l = lists; *l; l++) {
			size_t j;
			json_t *v;

			json_array_foreach(value_get(r, *l), j, v) {
				if (!json_is_string(v) || !*json_string_value(v))
					continue;
				if (self_id && !strcmp(*l, "security_group_ids") &&
				    !strcmp(json_string_value(v), self_id))
					json_object_set(g, "self", json_true());
				else
					json_array_append(json_object_get(g, *l), v);
			}
		}
		if (json_is_true(value_get(r, "self")))
			json_object_set(g, "self", json_true());
	}
	return 0;
}

/* The rules of `groups` as a list sorted by key, sources sorted and distinct. */
static json_t *groups_list(json_t *groups)
{
	size_t n, i;
	const char **keys = value_sorted_keys(groups, &n);
	json_t *out = json_array(), *g;

	for (i = 0; i < n; i++) {
		static const char *const lists[] = { "cidr_blocks", "security_group_ids",
						     "prefix_list_ids", NULL };

		g = json_object_get(groups, keys[i]);
		for (const char *const *l = lists; *l; l++)
			json_object_set_new(g, *l, value_string_set(json_object_get(g, *l)));
		json_array_append(out, g);
	}
	free(keys);
	return out;
}

/* The canonical form of a list of rules (new reference), or NULL with err. */
static json_t *canonical_rules(const json_t *rules, const char *self_id, const char *where,
			       struct strbuf *err)
{
	json_t *groups = json_object(), *out = NULL;

	if (!group_rules(groups, rules, self_id, where, err))
		out = groups_list(groups);
	json_decref(groups);
	return out;
}

/* One source of one rule: the unit EC2 authorizes and revokes. */
struct atom {
	const json_t *rule; /* canonical rule: protocol, ports, description */
	const char *kind;   /* "cidr_blocks", "security_group_ids", "prefix_list_ids", "self" */
	const char *value;  /* the source; the group's own id for self */
};

/* Every source of every rule in canonical `rules`, appended to *v. */
static size_t rule_atoms(const json_t *rules, const char *self_id, struct atom **v, size_t n)
{
	static const char *const lists[] = { "cidr_blocks", "security_group_ids",
					     "prefix_list_ids", NULL };
	size_t i, j;
	json_t *r, *s;

	json_array_foreach((json_t *)rules, i, r) {
		for (const char *const *l = lists; *l; l++)
			json_array_foreach(value_get(r, *l), j, s) {
				*v = xrealloc(*v, (n + 1) * sizeof(**v));
				(*v)[n++] = (struct atom){ r, *l, json_string_value(s) };
			}
		if (json_is_true(value_get(r, "self"))) {
			*v = xrealloc(*v, (n + 1) * sizeof(**v));
			(*v)[n++] = (struct atom){ r, "self", self_id };
		}
	}
	return n;
}

static bool same_rule_head(const json_t *a, const json_t *b, bool with_description)
{
	return value_equal(value_get(a, "protocol"), value_get(b, "protocol")) &&
	       value_equal(value_get(a, "from_port"), value_get(b, "from_port")) &&
	       value_equal(value_get(a, "to_port"), value_get(b, "to_port")) &&
	       (!with_description ||
		value_equal(value_get(a, "description"), value_get(b, "description")));
}

static bool atom_in(const struct atom *a, const struct atom *set, size_t n, bool with_description)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(a->kind, set[i].kind) && !strcmp(a->value, set[i].value) &&
		    same_rule_head(a->rule, set[i].rule, with_description))
			return true;
	return false;
}

/* IpPermissions.N for one atom, with its description: AWS ignores it when
 * revoking, moto's revoke only matches a group pair with the same one. */
static void add_permission(json_t *p, size_t n, const struct atom *a)
{
	const char *proto = value_get_string(a->rule, "protocol");
	const char *desc = value_get_string(a->rule, "description");
	char name[128], *pre = xasprintf("IpPermissions.%zu", n);
	const char *field;

	snprintf(name, sizeof(name), "%s.IpProtocol", pre);
	json_object_set_new(p, name, json_string(proto));
	if (has_ports(proto)) {
		snprintf(name, sizeof(name), "%s.FromPort", pre);
		json_object_set(p, name, value_get(a->rule, "from_port"));
		snprintf(name, sizeof(name), "%s.ToPort", pre);
		json_object_set(p, name, value_get(a->rule, "to_port"));
	}
	if (!strcmp(a->kind, "cidr_blocks")) {
		snprintf(name, sizeof(name), "%s.IpRanges.1.CidrIp", pre);
		field = "IpRanges";
	} else if (!strcmp(a->kind, "prefix_list_ids")) {
		snprintf(name, sizeof(name), "%s.PrefixListIds.1.PrefixListId", pre);
		field = "PrefixListIds";
	} else {
		snprintf(name, sizeof(name), "%s.Groups.1.GroupId", pre);
		field = "Groups";
	}
	json_object_set_new(p, name, json_string(a->value));
	if (desc) {
		snprintf(name, sizeof(name), "%s.%s.1.Description", pre, field);
		json_object_set_new(p, name, json_string(desc));
	}
	free(pre);
}

/* ACTION (AuthorizeSecurityGroupIngress, RevokeSecurityGroupEgress, ...)
 * for atoms, one call; 0 when there are none. A duplicate on authorize
 * and a missing rule on revoke count as done. */
static int permissions_call(struct aws_client *c, const char *action, const char *group,
			    const struct atom *atoms, size_t n, struct strbuf *err)
{
	bool authorize = !strncmp(action, "Authorize", 9);
	json_t *p;
	int rc;

	if (!n)
		return 0;
	p = json_pack("{s:s}", "GroupId", group);
	for (size_t i = 0; i < n; i++)
		add_permission(p, i + 1, &atoms[i]);
	rc = ec2_call(c, action, p, authorize ? authorize_dup : revoke_gone, NULL, err);
	json_decref(p);
	if (rc < 0)
		strbuf_addf(err, " (security group %s)", group);
	return rc < 0 ? -1 : 0;
}

/* Bring the rules of one direction of group id from canonical `have` to
 * canonical `want`: revoke, then authorize. */
static int sync_rules(struct aws_client *c, const char *id, bool ingress, const json_t *have,
		      const json_t *want, struct strbuf *err)
{
	struct atom *h = NULL, *w = NULL, *gone = NULL, *add = NULL;
	size_t nh = rule_atoms(have, id, &h, 0), nw = rule_atoms(want, id, &w, 0), ng = 0, na = 0;
	int rc;

	gone = xcalloc(nh + 1, sizeof(*gone));
	add = xcalloc(nw + 1, sizeof(*add));
	for (size_t i = 0; i < nh; i++)
		if (!atom_in(&h[i], w, nw, true))
			gone[ng++] = h[i];
	for (size_t i = 0; i < nw; i++)
		if (!atom_in(&w[i], h, nh, true))
			add[na++] = w[i];
	rc = permissions_call(c, ingress ? "RevokeSecurityGroupIngress"
					 : "RevokeSecurityGroupEgress", id, gone, ng, err);
	if (!rc)
		rc = permissions_call(c, ingress ? "AuthorizeSecurityGroupIngress"
						 : "AuthorizeSecurityGroupEgress", id, add, na, err);
	free(h);
	free(w);
	free(gone);
	free(add);
	return rc;
}

/* Atoms (stack-shaped rules with one source each) of an ipPermissions set. */
static json_t *permission_atoms(xmlNodePtr group, const char *set)
{
	json_t *atoms = json_array();
	char *path = xasprintf("%s/item", set);
	xmlNodePtr perm, it;

	for (perm = xml_child(group, path); perm; perm = xml_next_same(perm)) {
		char *proto = xml_child_text(perm, "ipProtocol");
		char *from = xml_child_text(perm, "fromPort"), *to = xml_child_text(perm, "toPort");
		static const struct { const char *set, *field, *list; } kinds[] = {
			{ "ipRanges/item", "cidrIp", "cidr_blocks" },
			{ "groups/item", "groupId", "security_group_ids" },
			{ "prefixListIds/item", "prefixListId", "prefix_list_ids" },
		};

		for (size_t k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++)
			for (it = xml_child(perm, kinds[k].set); it; it = xml_next_same(it)) {
				char *src = xml_child_text(it, kinds[k].field);
				char *desc = xml_child_text(it, "description");
				json_t *a = json_pack("{s:s, s:[s]}", "protocol", proto ? proto : "-1",
						      kinds[k].list, src ? src : "");

				if (from && *from)
					json_object_set_new(a, "from_port",
							    json_integer(strtoll(from, NULL, 10)));
				if (to && *to)
					json_object_set_new(a, "to_port",
							    json_integer(strtoll(to, NULL, 10)));
				if (desc && *desc)
					json_object_set_new(a, "description", json_string(desc));
				json_array_append_new(atoms, a);
				free(src);
				free(desc);
			}
		free(proto);
		free(from);
		free(to);
	}
	free(path);
	return atoms;
}

/* The <item> of group id as DescribeSecurityGroups gives it: 0 with *doc
 * and *group (NULL when the group is gone), or -1. */
static int describe_group(struct aws_client *c, const char *id, xmlDocPtr *doc,
			  xmlNodePtr *group, struct strbuf *err)
{
	json_t *p = json_pack("{s:s}", "GroupId.1", id);
	int rc = ec2_call(c, "DescribeSecurityGroups", p, not_found, doc, err);

	json_decref(p);
	*group = NULL;
	if (rc < 0)
		return -1;
	if (rc == 0)
		*group = xml_child(xmlDocGetRootElement(*doc), "securityGroupInfo/item");
	return 0;
}

/* The canonical rules of one direction of a described group. */
static json_t *group_rules_of(xmlNodePtr group, const char *set, const char *id)
{
	json_t *atoms = permission_atoms(group, set), *groups = json_object(), *out;
	struct strbuf ignored = STRBUF_INIT;

	/* What EC2 reports is well-formed; a rule it holds with no source
	 * (not possible) would simply be left out. */
	if (group_rules(groups, atoms, id, set, &ignored))
		json_object_clear(groups);
	out = groups_list(groups);
	strbuf_release(&ignored);
	json_decref(groups);
	json_decref(atoms);
	return out;
}

/* ---- aws.ec2.security_group ---- */

/* Group `g` (an item of DescribeSecurityGroups' securityGroupInfo) as
 * attributes: for read() and for the listing alike. */
static int sg_attrs_of(struct aws_client *c, const char *id, xmlNodePtr g, const json_t *prior,
		       json_t **out, struct strbuf *err)
{
	json_t *o = json_object();

	(void)c;
	(void)prior;
	(void)err;
	ec2_set_text(o, "name", g, "groupName");
	ec2_set_text(o, "description", g, "groupDescription");
	ec2_set_text(o, "vpc_id", g, "vpcId");
	json_object_set_new(o, "ingress", group_rules_of(g, "ipPermissions", id));
	json_object_set_new(o, "egress", group_rules_of(g, "ipPermissionsEgress", id));
	json_object_set_new(o, "tags", ec2_tags_of(g));
	json_object_set_new(o, "group_id", json_string(id));
	*out = o;
	return 0;
}

static int sg_read(void *client, const char *id, const json_t *prior, json_t **out,
		   struct strbuf *err)
{
	xmlDocPtr doc = NULL;
	xmlNodePtr g;
	int rc = 0;

	*out = NULL;
	if (describe_group(client, id, &doc, &g, err))
		return -1;
	if (g)
		rc = sg_attrs_of(client, id, g, prior, out, err);
	xmlFreeDoc(doc);
	return rc;
}

/*
 * EC2's allow-all egress rule, which it gives every group it makes, revoked
 * as hashicorp/aws's aws_security_group revokes it on create
 * (resourceSecurityGroupCreate: protocol -1, ports 0, 0.0.0.0/0, then ::/0,
 * the latter absent from a group of a VPC without IPv6). A rule already
 * gone (a create adopted after an earlier attempt revoked it) is done.
 */
static int revoke_default_egress_v6(struct aws_client *c, const char *id, struct strbuf *err)
{
	static const char *const v6_absent[] = { "InvalidPermission.NotFound",
						 "InvalidParameterValue", NULL };
	json_t *p = json_pack("{s:s, s:s, s:i, s:i, s:s}", "GroupId", id,
			      "IpPermissions.1.IpProtocol", "-1", "IpPermissions.1.FromPort", 0,
			      "IpPermissions.1.ToPort", 0,
			      "IpPermissions.1.Ipv6Ranges.1.CidrIpv6", "::/0");
	int rc = ec2_call(c, "RevokeSecurityGroupEgress", p, v6_absent, NULL, err);

	json_decref(p);
	return rc < 0 ? -1 : 0;
}

static int revoke_default_egress(struct aws_client *c, const char *id, struct strbuf *err)
{
	json_t *p = json_pack("{s:s, s:s, s:i, s:i, s:s}", "GroupId", id,
			      "IpPermissions.1.IpProtocol", "-1", "IpPermissions.1.FromPort", 0,
			      "IpPermissions.1.ToPort", 0, "IpPermissions.1.IpRanges.1.CidrIp",
			      "0.0.0.0/0");
	int rc = ec2_call(c, "RevokeSecurityGroupEgress", p, revoke_gone, NULL, err);

	json_decref(p);
	if (rc >= 0)
		rc = revoke_default_egress_v6(c, id, err);
	if (rc < 0)
		strbuf_addf(err, " (" SG_TYPE " %s: revoking EC2's default egress rule)", id);
	return rc < 0 ? -1 : 0;
}

/* From `have` (the group as sg_read gives it): the rules of each direction
 * the stack sets, and tags, to desired, then read back (aws_converge_fn).
 * prior is NULL on a create (made or adopted): then, with egress unset and
 * revoke_default_egress true, EC2's default egress rule is revoked first;
 * an update leaves unset egress alone (other resources' rules stay). */
static int sg_converge(struct aws_client *c, const char *id, const json_t *have,
		       const json_t *desired, const json_t *prior, json_t **out,
		       struct strbuf *err)
{
	int rc = 0;

	*out = NULL;
	if (!prior && json_is_true(value_get(desired, "revoke_default_egress")) &&
	    !json_is_array(value_get(desired, "egress")))
		rc = revoke_default_egress(c, id, err);
	if (!rc && json_is_array(value_get(desired, "ingress")))
		rc = sync_rules(c, id, true, value_get(have, "ingress"),
				value_get(desired, "ingress"), err);
	if (!rc && json_is_array(value_get(desired, "egress")))
		rc = sync_rules(c, id, false, value_get(have, "egress"),
				value_get(desired, "egress"), err);
	if (!rc)
		rc = ec2_converge_tags(c, id, have, desired, err);
	if (!rc)
		rc = sg_read(c, id, NULL, out, err);
	return rc;
}

static int sg_delete(void *client, const char *id, const json_t *prior, struct strbuf *err);

static const char *const sg_duplicate[] = { "InvalidGroup.Duplicate", NULL };

/* A group has a name, unique in its VPC: a resent create is refused as a
 * duplicate, and the token tells whether the group of that name is ours. */
static const struct ec2_create sg_kind = {
	.type = SG_TYPE, .action = "CreateSecurityGroup", .tag_type = "security-group",
	.id_path = "groupId", .describe = "DescribeSecurityGroups", .set = "securityGroupInfo",
	.id_field = "groupId", .exists = sg_duplicate,
};

/* The create call alone, carrying the create's token (aws_sent.token); the
 * rules, tags and the read back are converge's (left_out). A group of that
 * name already there (InvalidGroup.Duplicate) is said as exists, the
 * answer its why: the driver adopts it when it carries the token. */
static int sg_send(struct aws_client *c, const json_t *desired, const struct create_call *call,
		   struct aws_sent *sent, struct strbuf *err)
{
	const char *name = value_get_string(desired, "name");
	const char *vpc = value_get_string(desired, "vpc_id");
	const char *desc = value_get_string(desired, "description");
	size_t had = err->len;
	json_t *p;
	int rc;

	(void)call;
	if (!name || !vpc) {
		strbuf_addstr(err, SG_TYPE ": name or vpc_id has no value to send");
		return -1;
	}
	p = json_pack("{s:s, s:s, s:s}", "GroupName", name, "VpcId", vpc, "GroupDescription",
		      desc && *desc ? desc : "Managed by terrace");
	rc = ec2_send_tokened(c, &sg_kind, p, value_get(desired, "tags"), sent->token, &sent->id,
			      &sent->attempts, err);
	json_decref(p);
	if (rc == 1) {
		snprintf(sent->why, sizeof(sent->why), "%s", err->buf + had);
		strbuf_setlen(err, had);
		sent->exists = true;
		return 0;
	}
	if (rc) {
		strbuf_addf(err, " (" SG_TYPE " name %s in %s)", name, vpc);
		return -1;
	}
	sent->left_out = true;
	return 0;
}

/* What an interrupted create made, for a destroy (ec2_find_made). */
static int sg_find_made(void *client, const char *token, json_t **ids, struct strbuf *err)
{
	return ec2_find_made_kind(&sg_kind, client, token, ids, err);
}

/* What an attempt of this create made (AWS_ADOPT_BY_CREATE_TOKEN). */
static int sg_find_tokened(struct aws_client *c, const json_t *desired, const char *token,
			   json_t **ids, struct strbuf *err)
{
	(void)desired;
	return ec2_find_made_kind(&sg_kind, c, token, ids, err);
}

static const struct aws_native_ops sg_native = {
	.send_create = sg_send,
	.adopt = { .by = AWS_ADOPT_BY_CREATE_TOKEN, .noun = "name",
		   .object = SG_TYPE ": security group %s", .type = SG_TYPE,
		   .action = "CreateSecurityGroup", .find_made = sg_find_tokened,
		   .discard = sg_delete },
	.converge_prior = sg_converge,
	.read = sg_read,
	.created_shape = AWS_SHAPE_NONE,
	.update_shape = AWS_SHAPE_NONE,
	.made_missing = SG_TYPE " %s: not found after it was written",
	.gone = SG_TYPE " %s is in the state but DescribeSecurityGroups does not find it",
};

AWS_NATIVE_FUNCTIONS(sg, sg_native)

static int sg_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	json_t *p = json_pack("{s:s}", "GroupId", id);
	int rc;

	(void)prior;
	rc = ec2_call(client, "DeleteSecurityGroup", p, not_found, NULL, err);
	json_decref(p);
	if (rc < 0)
		strbuf_addf(err, " (" SG_TYPE " %s)", id);
	return rc < 0 ? -1 : 0;
}


/* Rules in canonical form; a rule with no source is refused here, naming
 * the list and item (the core adds the resource's name). */
static int sg_plan_desired(json_t *desired, const json_t *prior, struct strbuf *err)
{
	static const char *const dirs[] = { "ingress", "egress", NULL };

	(void)prior;
	for (const char *const *d = dirs; *d; d++) {
		json_t *rules = value_get(desired, *d), *canon;

		if (!json_is_array(rules))
			continue;
		if (value_contains_unknown(rules)) {
			/* Check now, put in order at apply when every id is known. */
			json_t *scratch = json_object();
			int rc = group_rules(scratch, rules, NULL, *d, err);

			json_decref(scratch);
			if (rc)
				return -1;
			continue;
		}
		canon = canonical_rules(rules, NULL, *d, err);
		if (!canon)
			return -1;
		json_object_set_new(desired, *d, canon);
	}
	return 0;
}

/* The VPC's default group is EC2's, never terrace's. */
static bool is_default_group(xmlNodePtr g)
{
	char *n = xml_child_text(g, "groupName");
	bool yes = n && !strcmp(n, "default");

	free(n);
	return yes;
}

static int sg_list(void *client, const struct resource_query *q, struct resource_items *out,
		   struct strbuf *err)
{
	(void)q;
	return ec2_list(client, "DescribeSecurityGroups", "securityGroupInfo/item", "groupId",
			is_default_group, out, err);
}

/* Refresh by listing (provider.h read_many): DescribeSecurityGroups of up
 * to 200 groups a call gives everything read() reads, rules and tags
 * included. */
static const char *const sg_needs[] = { "groupName", "groupDescription", "vpcId", NULL };
static const struct ec2_listing sg_pages = {
	"DescribeSecurityGroups", "group-id", "securityGroupInfo/item", "groupId", sg_needs,
};

static int sg_read_many(void *client, size_t n, const char *const *ids,
			const json_t *const *priors, size_t max_pages, json_t **out,
			struct strbuf *err)
{
	return ec2_read_many(client, &sg_pages, n, ids, priors, max_pages, out, sg_attrs_of,
				 err);
}


const struct resource_type aws_ec2_security_group_type = {
	.name = SG_TYPE,
	.description = "a VPC security group with its ingress and egress rules as sets",
	.attrs = sg_attrs,
	.terraform_type = "aws_security_group",
	.terraform_attrs = "name description vpc_id ingress egress tags group_id=id",
	.read = sg_read,
	.create = sg_create,
	.find_made = sg_find_made,
	.update = sg_update,
	.native = &sg_native,
	.delete = sg_delete,
	.plan_desired = sg_plan_desired,
	.import_id = "its id (sg-...)",
	.list = sg_list,
	.list_rank = 13,
	.read_many = sg_read_many,
};

/* ---- aws.ec2.security_group_rule ---- */

/*
 * Its id says which rule it is: GROUP_ID/DIRECTION/PROTOCOL/FROM/TO/SOURCE,
 * SOURCE being a CIDR block, a group id, a prefix list id, "self" or, for
 * prefix_list_ids, the list in brackets, e.g.
 * sg-0abc/ingress/tcp/5432/5432/sg-0def, sg-0abc/ingress/tcp/80/80/[pl-1,pl-2].
 * prefix_list_ids is Terraform's aws_security_group_rule's: one resource
 * for a rule of each prefix list of a list, whose length may be known at
 * apply only (a list of ids AWS makes then), authorized in one call.
 */
static const struct attr_schema one_rule_attrs[] = {
	{ .name = "security_group_id", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "the group the rule belongs to, e.g. ${db.group_id}" },
	{ .name = "direction", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "ingress or egress" },
	{ .name = "protocol", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "tcp, udp, icmp, a protocol number, or -1 (also all)" },
	{ .name = "from_port", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "first port (icmp: the type); ignored for -1" },
	{ .name = "to_port", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "last port (icmp: the code); default from_port" },
	{ .name = "cidr_block", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "an IPv4 range (one source of the four)" },
	{ .name = "source_security_group_id", .type = ATTR_STRING,
	  .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "another group: the source of ingress, the destination of egress" },
	{ .name = "prefix_list_id", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "a managed prefix list (pl-...)" },
	/* computed: added after the type shipped, so a rule made before, which
	 * the stack gives no list, keeps what it has (t0961) */
	{ .name = "prefix_list_ids", .type = ATTR_LIST,
	  .flags = ATTR_OPTIONAL | ATTR_COMPUTED | ATTR_FORCE_NEW, .elem_type = ATTR_STRING,
	  .description = "managed prefix lists (pl-...), a rule of each (one source: not beside "
			 "prefix_list_id)" },
	{ .name = "self", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "the group itself" },
	{ .name = "description", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "shown next to the rule" },
	{ .name = NULL },
};

/* The one source of a rule's attributes: *kind (the group rule's list name
 * or "self") and the value; -1 with err unless exactly one is set, which
 * the table of checks holds the stack's to (rule_sg_rule_source), and an
 * import id names one. */
static int one_source(const json_t *o, const char **kind, const char **value, struct strbuf *err)
{
	static const struct { const char *attr, *kind; } srcs[] = {
		{ "cidr_block", "cidr_blocks" },
		{ "source_security_group_id", "security_group_ids" },
		{ "prefix_list_id", "prefix_list_ids" },
	};
	int n = 0;

	*kind = *value = NULL;
	for (size_t i = 0; i < sizeof(srcs) / sizeof(srcs[0]); i++) {
		const json_t *v = value_get(o, srcs[i].attr);

		if (value_is_unknown(v) || (json_is_string(v) && *json_string_value(v))) {
			n++;
			*kind = srcs[i].kind;
			*value = json_string_value(v);
		}
	}
	if (json_is_true(value_get(o, "self"))) {
		n++;
		*kind = "self";
		*value = "self";
	}
	{
		const json_t *l = value_get(o, "prefix_list_ids");

		if (value_is_unknown(l) || (json_is_array(l) && json_array_size(l))) {
			n++;
			*kind = "prefix_list_ids";
			*value = NULL; /* the list: as_group_rule, one_rule_id */
		}
	}
	if (n != 1) {
		strbuf_addf(err, RULE_TYPE ": %d sources to send, not one", n);
		return -1;
	}
	return 0;
}

/* Whether the rule's source is its list prefix_list_ids. */
static bool source_is_list(const json_t *o, const char *kind)
{
	return !strcmp(kind, "prefix_list_ids") && value_get(o, "prefix_list_ids") &&
	       !value_get_string(o, "prefix_list_id");
}

/* The canonical group rule of a rule resource's attributes (new reference);
 * value NULL for the list prefix_list_ids, a placeholder while it is not
 * known. */
static json_t *as_group_rule(const json_t *o, const char *kind, const char *value,
			     struct strbuf *err)
{
	json_t *r = json_pack("{s:O}", "protocol", value_get(o, "protocol")), *list, *canon;

	if (value_is_set(value_get(o, "from_port")))
		json_object_set(r, "from_port", value_get(o, "from_port"));
	if (value_is_set(value_get(o, "to_port")))
		json_object_set(r, "to_port", value_get(o, "to_port"));
	if (value_get_string(o, "description"))
		json_object_set(r, "description", value_get(o, "description"));
	if (!strcmp(kind, "self"))
		json_object_set_new(r, "self", json_true());
	else if (source_is_list(o, kind) && json_is_array(value_get(o, "prefix_list_ids")))
		json_object_set(r, kind, value_get(o, "prefix_list_ids"));
	else
		json_object_set_new(r, kind, json_pack("[s]", value ? value : "unknown"));
	list = json_pack("[o]", r);
	canon = canonical_rules(list, NULL, "rule", err);
	json_decref(list);
	return canon;
}


/* The rule's protocol and ports in canonical form, copied into desired so
 * that read() (which reports them so) finds no change. */
static int one_rule_plan_desired(json_t *desired, const json_t *prior, struct strbuf *err)
{
	const char *kind, *value;
	json_t *canon, *r;

	(void)prior;
	if (one_source(desired, &kind, &value, err))
		return -1;
	/* An id not known yet stands in as a placeholder: only the protocol
	 * and ports are taken from the canonical rule. */
	canon = as_group_rule(desired, kind, value ? value : "unknown", err);
	if (!canon)
		return -1;
	r = json_array_get(canon, 0);
	json_object_set(desired, "protocol", value_get(r, "protocol"));
	json_object_set(desired, "from_port", value_get(r, "from_port"));
	json_object_set(desired, "to_port", value_get(r, "to_port"));
	json_decref(canon);
	return 0;
}

/* The rule's id from its (canonical) attributes. */
static char *one_rule_id(const json_t *o, const char *kind, const char *value)
{
	struct strbuf list = STRBUF_INIT;
	size_t i;
	json_t *e;

	if (source_is_list(o, kind)) {
		strbuf_addch(&list, '[');
		json_array_foreach(value_get(o, "prefix_list_ids"), i, e)
			strbuf_addf(&list, "%s%s", i ? "," : "", json_string_value(e));
		strbuf_addch(&list, ']');
		value = list.buf;
	}
	char *id = xasprintf("%s/%s/%s/%lld/%lld/%s", value_get_string(o, "security_group_id"),
			     value_get_string(o, "direction"), value_get_string(o, "protocol"),
			     (long long)value_get_integer(o, "from_port", 0),
			     (long long)value_get_integer(o, "to_port", 0),
			     strcmp(kind, "self") ? value : "self");
	strbuf_release(&list);
	return id;
}

/* The attributes an id names (description left out); NULL when it is not
 * one of ours. */
static json_t *one_rule_parse(const char *id)
{
	char *copy = xstrdup(id), *f[6], *save = NULL, *t = copy;
	json_t *o = NULL;
	int n;

	for (n = 0; n < 5; n++) {
		f[n] = strtok_r(t, "/", &save);
		t = NULL;
		if (!f[n])
			break;
	}
	if (n == 5 && save && *save && (!strcmp(f[1], "ingress") || !strcmp(f[1], "egress"))) {
		f[5] = save;
		o = json_pack("{s:s, s:s, s:s, s:I, s:I}", "security_group_id", f[0], "direction",
			      f[1], "protocol", f[2], "from_port", (json_int_t)strtoll(f[3], NULL, 10),
			      "to_port", (json_int_t)strtoll(f[4], NULL, 10));
		size_t len = strlen(f[5]);

		if (!strcmp(f[5], "self"))
			json_object_set_new(o, "self", json_true());
		else if (len > 2 && f[5][0] == '[' && f[5][len - 1] == ']') {
			json_t *l = json_array();
			char *save2 = NULL;

			f[5][len - 1] = 0;
			for (char *pl = strtok_r(f[5] + 1, ",", &save2); pl;
			     pl = strtok_r(NULL, ",", &save2))
				json_array_append_new(l, json_string(pl));
			json_object_set_new(o, "prefix_list_ids", l);
		} else if (!strncmp(f[5], "sg-", 3))
			json_object_set_new(o, "source_security_group_id", json_string(f[5]));
		else if (!strncmp(f[5], "pl-", 3))
			json_object_set_new(o, "prefix_list_id", json_string(f[5]));
		else
			json_object_set_new(o, "cidr_block", json_string(f[5]));
	}
	free(copy);
	return o;
}

static int one_rule_read(void *client, const char *id, const json_t *prior, json_t **out,
			 struct strbuf *err)
{
	json_t *o = one_rule_parse(id), *rules = NULL, *want;
	const char *kind, *value, *group;
	struct atom *have = NULL, *mine = NULL;
	xmlDocPtr doc = NULL;
	xmlNodePtr g = NULL;
	size_t n, i, j, n_mine, found;

	(void)prior;
	*out = NULL;
	if (!o) {
		strbuf_addf(err, RULE_TYPE ": \"%s\" is not a rule id "
			    "(GROUP_ID/DIRECTION/PROTOCOL/FROM/TO/SOURCE)", id);
		return -1;
	}
	group = value_get_string(o, "security_group_id");
	if (one_source(o, &kind, &value, err) || describe_group(client, group, &doc, &g, err)) {
		json_decref(o);
		return -1;
	}
	if (g) {
		rules = group_rules_of(g, strcmp(value_get_string(o, "direction"), "ingress")
					      ? "ipPermissionsEgress" : "ipPermissions", group);
		/* the rule is there when each of its sources is (one, or
		 * prefix_list_ids' several); its description is the first's */
		want = as_group_rule(o, kind, value, err);
		n_mine = rule_atoms(want, group, &mine, 0);
		n = rule_atoms(rules, group, &have, 0);
		for (j = 0, found = 0; j < n_mine && found == j; j++)
			for (i = 0; i < n; i++)
				if (!strcmp(have[i].kind, mine[j].kind) &&
				    !strcmp(have[i].value, mine[j].value) &&
				    same_rule_head(have[i].rule, mine[j].rule, false)) {
					if (!j && value_get_string(have[i].rule, "description"))
						json_object_set(o, "description",
								value_get(have[i].rule,
									  "description"));
					found++;
					break;
				}
		if (n_mine && found == n_mine)
			*out = json_incref(o);
		free(have);
		free(mine);
		json_decref(want);
		json_decref(rules);
	}
	xmlFreeDoc(doc);
	json_decref(o);
	return 0;
}

/* Authorize (or revoke) the one rule of attributes o; *attempts (may be
 * NULL) gets how many times the call was sent. */
static int one_rule_call(struct aws_client *c, const json_t *o, bool authorize, int *dup,
			 int *attempts, struct strbuf *err)
{
	const char *kind, *value, *group = value_get_string(o, "security_group_id");
	bool ingress = !strcmp(value_get_string(o, "direction"), "ingress");
	json_t *canon, *p;
	struct atom *a = NULL;
	size_t n;
	int rc;

	if (one_source(o, &kind, &value, err))
		return -1;
	canon = as_group_rule(o, kind, value, err);
	if (!canon)
		return -1;
	/* one IpPermissions entry per source: one, or prefix_list_ids' each */
	n = rule_atoms(canon, group, &a, 0);
	p = json_pack("{s:s}", "GroupId", group);
	for (size_t i = 0; i < n; i++)
		add_permission(p, i + 1, &a[i]);
	free(a);
	rc = aws_query_call_xml(c, &aws_service_ec2,
				authorize ? (ingress ? "AuthorizeSecurityGroupIngress"
						     : "AuthorizeSecurityGroupEgress")
					  : (ingress ? "RevokeSecurityGroupIngress"
						     : "RevokeSecurityGroupEgress"),
				p, NULL, authorize ? authorize_dup : revoke_gone, NULL, NULL,
				attempts, err);
	json_decref(p);
	json_decref(canon);
	if (dup)
		*dup = rc == 1;
	return rc < 0 ? -1 : 0;
}

/* The create call alone: AuthorizeSecurityGroupIngress or Egress of the
 * rule, its id made of what it sends. Refused as a duplicate
 * (InvalidPermission.Duplicate), it says exists: the driver adopts it when
 * an attempt of this create may have made it. */
static int one_rule_send(struct aws_client *c, const json_t *desired,
			 const struct create_call *call, struct aws_sent *sent,
			 struct strbuf *err)
{
	const char *kind, *value;
	int dup = 0;

	(void)call;
	if (one_source(desired, &kind, &value, err))
		return -1;
	sent->id = one_rule_id(desired, kind, value);
	if (one_rule_call(c, desired, true, &dup, &sent->attempts, err)) {
		strbuf_addf(err, " (" RULE_TYPE " %s)", sent->id);
		free(sent->id);
		sent->id = NULL;
		return -1;
	}
	sent->exists = dup;
	if (dup)
		snprintf(sent->why, sizeof(sent->why), "InvalidPermission.Duplicate");
	return 0;
}

/* AWS_ADOPT_BY_READ_BACK's evidence: a rule is its content, which its id
 * holds (what the create sent: group, direction, protocol, ports, source),
 * and the read finds it only when EC2 has that rule; the description is
 * not part of it. 1 when the group has no such rule. */
static int one_rule_evidence(struct aws_client *c, const char *id, const json_t *desired,
			     const json_t *have, json_t **sent, json_t **got, time_t *created,
			     struct strbuf *err)
{
	json_t *now = NULL;

	(void)desired;
	*created = 0;
	if (!have && one_rule_read(c, id, NULL, &now, err))
		return -1;
	if (!have && !now)
		return 1;
	*sent = one_rule_parse(id);
	*got = have ? json_incref((json_t *)have) : now;
	return 0;
}

/* Every attribute replaces the rule (ATTR_FORCE_NEW): nothing converges in
 * place, and the rule as read (`have`) is what EC2 holds (aws_converge_fn). */
static int one_rule_converge(struct aws_client *c, const char *id, const json_t *have,
			     const json_t *desired, json_t **out, struct strbuf *err)
{
	(void)c;
	(void)id;
	(void)desired;
	(void)err;
	*out = json_incref((json_t *)have);
	return 0;
}

static int one_rule_delete(void *client, const char *id, const json_t *prior,
			   struct strbuf *err);

static const struct aws_native_ops one_rule_native = {
	.send_create = one_rule_send,
	.adopt = { .by = AWS_ADOPT_BY_READ_BACK, .noun = "rule",
		   .object = "security group rule %s", .evidence = one_rule_evidence,
		   .differs = "the rule read back is not the one this create sends" },
	.converge = one_rule_converge,
	.read = one_rule_read,
	.created_shape = AWS_SHAPE_DESIRED,
	.update_shape = AWS_SHAPE_PRIOR,
	.made_missing = RULE_TYPE ": rule %s was authorized but DescribeSecurityGroups "
			"does not list it",
	.gone = RULE_TYPE ": rule %s is gone",
};

AWS_NATIVE_FUNCTIONS(one_rule, one_rule_native)

static int one_rule_delete(void *client, const char *id, const json_t *prior,
			   struct strbuf *err)
{
	json_t *o = one_rule_parse(id);
	int rc;

	if (!o) {
		strbuf_addf(err, RULE_TYPE ": \"%s\" is not a rule id", id);
		return -1;
	}
	/* The id leaves the description out; the state has it. */
	if (value_get_string(prior, "description"))
		json_object_set(o, "description", value_get(prior, "description"));
	rc = one_rule_call(client, o, false, NULL, NULL, err);
	json_decref(o);
	return rc;
}


const struct resource_type aws_ec2_security_group_rule_type = {
	.name = RULE_TYPE,
	.description = "one ingress or egress rule of a security group, for groups that "
		       "refer to each other",
	.attrs = one_rule_attrs,
	.terraform_type = "aws_security_group_rule",
	.terraform_attrs = "security_group_id direction=type protocol from_port to_port "
			   "source_security_group_id self description",
	.read = one_rule_read,
	.create = one_rule_create,
	.update = one_rule_update,
	.native = &one_rule_native,
	.delete = one_rule_delete,
	.plan_desired = one_rule_plan_desired,
	.import_id = "GROUP_ID/DIRECTION/PROTOCOL/FROM/TO/SOURCE "
		     "(sg-0abc/ingress/tcp/5432/5432/sg-0def; SOURCE a CIDR, group, pl-..., self, "
		     "or [pl-...,pl-...] for prefix_list_ids)",
};

/* ---- aws.ec2.default_security_group ---- */

/*
 * The group EC2 makes with each VPC (named "default"), which nobody can
 * make or delete: as Terraform's aws_default_security_group, a create
 * takes it and brings its rules to the stack's, an unset list being no
 * rule (EC2's allow-all egress and members-reach-each-other ingress are
 * revoked: the CDK's restrictDefaultSecurityGroup); a destroy leaves the
 * group and its rules as they are, less terrace's ownership tags (EC2
 * deletes it with its VPC).
 */
static const struct attr_schema default_sg_attrs[] = {
	{ .name = "vpc_id", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "the VPC whose default group this is, e.g. ${main.vpc_id}" },
	{ .name = "ingress", .type = ATTR_OBJECT_LIST, .flags = ATTR_OPTIONAL,
	  .nested = rule_attrs, .default_json = "[]",
	  .description = "inbound rules, a set; unset: none (EC2's rule that lets the group's "
			 "members reach each other is revoked)" },
	{ .name = "egress", .type = ATTR_OBJECT_LIST, .flags = ATTR_OPTIONAL,
	  .nested = rule_attrs, .default_json = "[]",
	  .description = "outbound rules, a set; unset: none (EC2's allow-all rule is revoked)" },
	{ .name = "revoke_ipv6_egress", .type = ATTR_BOOL,
	  .flags = ATTR_OPTIONAL | ATTR_CONFIG_ONLY,
	  .description = "true: EC2's IPv6 allow-all egress rule (::/0, in a VPC with IPv6), "
			 "which the rules here do not manage, is revoked when the group is "
			 "taken, as Terraform's aws_default_security_group does" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "group tags", .default_json = "{}" },
	{ .name = "group_id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "sg-..., the default group's id" },
	{ .name = NULL },
};

static int default_sg_read(void *client, const char *id, const json_t *prior, json_t **out,
			   struct strbuf *err)
{
	xmlDocPtr doc = NULL;
	xmlNodePtr g;

	(void)prior;
	*out = NULL;
	if (describe_group(client, id, &doc, &g, err))
		return -1;
	if (g) {
		json_t *o = json_object();

		ec2_set_text(o, "vpc_id", g, "vpcId");
		json_object_set_new(o, "ingress", group_rules_of(g, "ipPermissions", id));
		json_object_set_new(o, "egress", group_rules_of(g, "ipPermissionsEgress", id));
		json_object_set_new(o, "tags", ec2_tags_of(g));
		json_object_set_new(o, "group_id", json_string(id));
		*out = o;
	}
	xmlFreeDoc(doc);
	return 0;
}

/* The rules of both directions and the tags to desired, then read back;
 * on the create that takes the group (prior NULL), with
 * revoke_ipv6_egress true, EC2's IPv6 allow-all egress rule too (the
 * rules here are IPv4 ones: it is neither read nor revoked otherwise). */
static int default_sg_converge(struct aws_client *c, const char *id, const json_t *have,
			       const json_t *desired, const json_t *prior, json_t **out,
			       struct strbuf *err)
{
	json_t *none = json_array();
	const json_t *in = value_get(desired, "ingress"), *eg = value_get(desired, "egress");
	int rc;

	*out = NULL;
	rc = sync_rules(c, id, true, value_get(have, "ingress"), json_is_array(in) ? in : none,
			err);
	if (!rc)
		rc = sync_rules(c, id, false, value_get(have, "egress"),
				json_is_array(eg) ? eg : none, err);
	json_decref(none);
	if (!rc && !prior && json_is_true(value_get(desired, "revoke_ipv6_egress")) &&
	    revoke_default_egress_v6(c, id, err)) {
		strbuf_addf(err, " (" DEFAULT_SG_TYPE " %s: revoking EC2's IPv6 egress rule)", id);
		rc = -1;
	}
	if (!rc)
		rc = ec2_converge_tags(c, id, have, desired, err);
	if (!rc)
		rc = default_sg_read(c, id, NULL, out, err);
	return rc;
}

/* The create makes nothing: it finds the VPC's default group, whose rules
 * and tags converge brings to the stack's (left_out). */
static int default_sg_send(struct aws_client *c, const json_t *desired,
			   const struct create_call *call, struct aws_sent *sent,
			   struct strbuf *err)
{
	const char *vpc = value_get_string(desired, "vpc_id");
	xmlDocPtr doc = NULL;
	xmlNodePtr g;
	json_t *p;
	int rc;

	(void)call;
	if (!vpc) {
		strbuf_addstr(err, DEFAULT_SG_TYPE ": vpc_id has no value to send");
		return -1;
	}
	{
		json_t *vpc_v = json_string(vpc), *name_v = json_string("default");
		int n = 0;

		p = json_object();
		ec2_add_filter(p, &n, "vpc-id", vpc_v);
		ec2_add_filter(p, &n, "group-name", name_v);
		json_decref(vpc_v);
		json_decref(name_v);
	}
	rc = ec2_call(c, "DescribeSecurityGroups", p, NULL, &doc, err);
	json_decref(p);
	if (rc < 0) {
		strbuf_addf(err, " (" DEFAULT_SG_TYPE " of %s)", vpc);
		return -1;
	}
	g = xml_child(xmlDocGetRootElement(doc), "securityGroupInfo/item");
	sent->id = g ? xml_child_text(g, "groupId") : NULL;
	xmlFreeDoc(doc);
	if (!sent->id || !*sent->id) {
		free(sent->id);
		sent->id = NULL;
		strbuf_addf(err, DEFAULT_SG_TYPE ": VPC %s has no default security group "
			    "(DescribeSecurityGroups lists none named default in it)", vpc);
		return -1;
	}
	sent->left_out = true;
	return 0;
}

static const struct aws_native_ops default_sg_native = {
	.send_create = default_sg_send,
	.adopt = { .by = AWS_ADOPT_BY_OVERWRITE, .noun = "VPC",
		   .object = DEFAULT_SG_TYPE ": the default group %s" },
	.converge_prior = default_sg_converge,
	.read = default_sg_read,
	.created_shape = AWS_SHAPE_NONE,
	.update_shape = AWS_SHAPE_NONE,
	.made_missing = DEFAULT_SG_TYPE " %s: not found after its rules were written",
	.gone = DEFAULT_SG_TYPE " %s is in the state but DescribeSecurityGroups does not find it",
};

AWS_NATIVE_FUNCTIONS(default_sg, default_sg_native)

/* EC2 deletes the group with its VPC alone: it and its rules stay, less
 * the stack's ownership tags (terrace:*), which would have a sweep take it
 * for what the stack left. */
static int default_sg_delete(void *client, const char *id, const json_t *prior,
			     struct strbuf *err)
{
	json_t *have = NULL;
	int rc;

	(void)prior;
	if (default_sg_read(client, id, NULL, &have, err))
		return -1;
	rc = have ? ec2_release_default(client, id, value_get(have, "tags"), err) : 0;
	json_decref(have);
	return rc;
}

const struct resource_type aws_ec2_default_security_group_type = {
	.name = DEFAULT_SG_TYPE,
	.description = "the rules and tags of the security group EC2 gives each VPC",
	.attrs = default_sg_attrs,
	.terraform_type = "aws_default_security_group",
	.terraform_attrs = "vpc_id ingress egress tags group_id=id",
	.read = default_sg_read,
	.create = default_sg_create,
	.update = default_sg_update,
	.native = &default_sg_native,
	.delete = default_sg_delete,
	.plan_desired = sg_plan_desired,
	.import_id = "its id (sg-...)",
};
