/*
 * stacks/convert_tf_network_acl.c: a network ACL and its rules, carried by
 * convert -from terraform (tf_type_finish calls tf_network_acl_finish):
 *
 * - aws_network_acl is awscc.ec2.network_acl (AWS::EC2::NetworkAcl: its VPC
 *   and tags). Its subnet_ids, which EC2 holds as one association per
 *   subnet (ReplaceNetworkAclAssociation moves a subnet from the ACL it is
 *   in), are a second resource NAME_subnets of
 *   awscc.ec2.subnet_network_acl_association, one instance per subnet.
 *   An ACL with count is at most one instance where its subnets do not
 *   depend on the instance (a subnet is in one ACL), so the associations
 *   are made when its count is above 0 (terraform-aws-vpc's ACLs:
 *   `count = ... ? 1 : 0`); subnets chosen per instance (count.index,
 *   each) are left out with a warning.
 * - aws_network_acl_rule is aws.ec2.network_acl_entry: Terraform's protocol
 *   is a name or a number as text ("tcp", "-1"), terrace's the number
 *   (hashicorp/aws sends the number: IANA's for a name); from_port and
 *   to_port are port_range, icmp_type and icmp_code icmp, each written
 *   where the protocol takes them (6 and 17 ports, 1 and 58 ICMP: EC2
 *   applies no others, CreateNetworkAclEntry's reference), a port or code
 *   left unset being 0 as hashicorp/aws sends it.
 */
#include <stdlib.h>
#include <string.h>

#include "provider/base/diag.h"
#include "stacks/convert_tf_internal.h"
#include "stacks/expr_internal.h"
#include "stacks/hcl.h"

/* Protocol names hashicorp/aws takes, as IANA numbers (its protocolIntegers;
 * the ones EC2's ACL rules are written with). */
static const struct {
	const char *name;
	int number;
} protocols[] = {
	{ "all", -1 }, { "icmp", 1 }, { "tcp", 6 }, { "udp", 17 }, { "gre", 47 },
	{ "esp", 50 }, { "ah", 51 }, { "icmpv6", 58 },
};
/* the local that maps them, for a protocol given as an expression */
#define PROTOCOLS_LOCAL "network_acl_protocol_numbers"

bool tf_network_acl_reads(const char *tf, const char *attr)
{
	static const char *const rule[] = { "protocol", "from_port", "to_port", "icmp_type",
					    "icmp_code", NULL };
	if (!strcmp(tf, "aws_network_acl"))
		return !strcmp(attr, "subnet_ids");
	if (strcmp(tf, "aws_network_acl_rule"))
		return false;
	for (size_t i = 0; rule[i]; i++)
		if (!strcmp(attr, rule[i]))
			return true;
	return false;
}

bool tf_network_acl_gives(const char *tf, const char *attr)
{
	return !strcmp(tf, "aws_network_acl_rule") && !strcmp(attr, "protocol");
}

/* The protocol as a number: a literal as its JSON number, an expression as
 * the text of one ("tonumber(lookup(...))"); NULL for a name not known. */
static json_t *protocol_number(struct conv *c, const struct hcl_item *it)
{
	json_t *v = tf_attr_value(c, it, NULL);
	const char *s = json_string_value(v);
	json_t *out = NULL;
	if (json_is_integer(v)) {
		out = json_incref(v);
	} else if (s && !strstr(s, "${")) {
		char *end;
		long n = strtol(s, &end, 10);
		if (*s && !*end)
			out = json_integer(n);
		for (size_t i = 0; !out && i < sizeof(protocols) / sizeof(protocols[0]); i++)
			if (!strcmp(protocols[i].name, s))
				out = json_integer(protocols[i].number);
		if (!out)
			tf_left_out(c, &it->pos, "%s left out: %s", it->name,
				    "a protocol name terrace does not know the number of (write "
				    "the IANA protocol number)");
	} else if (s) {
		/* the names' numbers once, a local of the stack's */
		json_t *locals = tf_section(c, "locals");
		if (!json_object_get(locals, PROTOCOLS_LOCAL)) {
			json_t *m = json_object();
			for (size_t i = 0; i < sizeof(protocols) / sizeof(protocols[0]); i++)
				json_object_set_new(m, protocols[i].name,
						    json_sprintf("%d", protocols[i].number));
			json_object_set_new(locals, PROTOCOLS_LOCAL, m);
		}
		struct strbuf e = STRBUF_INIT;
		strbuf_addstr(&e, "${tonumber(lookup(local." PROTOCOLS_LOCAL ", ");
		tf_add_expression(&e, v);
		strbuf_addstr(&e, ", ");
		tf_add_expression(&e, v);
		strbuf_addstr(&e, "))}");
		out = json_stringn(e.buf, e.len);
		strbuf_release(&e);
	}
	json_decref(v);
	return out;
}

/* A member of port_range or icmp: the argument's value, 0 where it is
 * unset or null (hashicorp/aws sends 0). */
static json_t *member_or_zero(struct conv *c, const struct hcl_item *it)
{
	json_t *v = it ? tf_attr_value(c, it, NULL) : NULL;
	if (!v || json_is_null(v)) {
		json_decref(v);
		return json_integer(0);
	}
	if (!json_is_string(v) || !strstr(json_string_value(v), "${"))
		return v;
	struct strbuf e = STRBUF_INIT;
	strbuf_addstr(&e, "${coalesce(");
	tf_add_expression(&e, v);
	strbuf_addstr(&e, ", 0)}");
	json_decref(v);
	json_t *out = json_stringn(e.buf, e.len);
	strbuf_release(&e);
	return out;
}

/* port_range {from, to} or icmp {type, code} of the rule, where its
 * protocol is a or b: written when one of the two arguments is; a
 * conditional where the protocol is an expression. */
static void protocol_block(struct conv *c, const struct decl *dc, json_t *res, json_t *proto,
			   const char *block, const char *const args[2], const char *const names[2],
			   int a, int b)
{
	const struct hcl_item *x = hcl_attr(dc->item->body, args[0]);
	const struct hcl_item *y = hcl_attr(dc->item->body, args[1]);
	if (!x && !y)
		return;
	if (json_is_integer(proto) && json_integer_value(proto) != a &&
	    json_integer_value(proto) != b)
		return;
	json_t *o = json_object();
	json_object_set_new(o, names[0], member_or_zero(c, x));
	json_object_set_new(o, names[1], member_or_zero(c, y));
	if (json_is_integer(proto)) {
		json_object_set_new(res, block, o);
		return;
	}
	struct strbuf e = STRBUF_INIT;
	strbuf_addf(&e, "${contains([%d, %d], ", a, b);
	tf_add_expression(&e, proto);
	strbuf_addstr(&e, ") ? ");
	tf_add_expression(&e, o);
	strbuf_addstr(&e, " : null}");
	json_object_set_new(res, block, json_stringn(e.buf, e.len));
	strbuf_release(&e);
	json_decref(o);
}

static void rule_finish(struct conv *c, const struct decl *dc, json_t *res)
{
	const struct hcl_item *p = hcl_attr(dc->item->body, "protocol");
	json_t *proto = p ? protocol_number(c, p) : NULL;
	if (!proto)
		return;
	json_object_set(res, "protocol", proto);
	static const char *const ports[2] = { "from_port", "to_port" };
	static const char *const port_names[2] = { "from", "to" };
	static const char *const icmp[2] = { "icmp_type", "icmp_code" };
	static const char *const icmp_names[2] = { "type", "code" };
	protocol_block(c, dc, res, proto, "port_range", ports, port_names, 6, 17);
	protocol_block(c, dc, res, proto, "icmp", icmp, icmp_names, 1, 58);
	json_decref(proto);
}

/* How many subnets the list names, as an expression known when planning
 * (a count may not read a resource): a list written out, its length; a
 * splat over a counted resource (aws_subnet.public[*].id), that resource's
 * count; else length() of it (a variable's list). */
static char *subnets_count(struct conv *c, const struct hcl_item *it, const char *list)
{
	if (it->expr && it->expr->kind == EXPR_LIST)
		return xasprintf("%zu", it->expr->n_args);
	const char *splat = strstr(list, "[*].");
	for (size_t i = 0; splat && i < c->n_decls; i++) {
		const struct decl *d = &c->decls[i];
		const struct hcl_item *count = d->kind == D_RESOURCE
					       ? hcl_attr(d->item->body, "count") : NULL;
		if (count && d->name && strlen(d->name) == (size_t)(splat - list) &&
		    !strncmp(d->name, list, (size_t)(splat - list)) &&
		    !strchr(splat + 4, '[') && !strchr(splat + 4, '.'))
			return tf_attr_text(c, count);
	}
	return xasprintf("length(%s)", list);
}

static void acl_finish(struct conv *c, const struct decl *dc)
{
	const struct hcl_item *subnets = hcl_attr(dc->item->body, "subnet_ids");
	if (!subnets)
		return;
	char *list = tf_attr_text(c, subnets);
	if (!list)
		return;
	const struct hcl_item *count = hcl_attr(dc->item->body, "count");
	if (hcl_attr(dc->item->body, "for_each") || strstr(list, "count.index") ||
	    strstr(list, "each.")) {
		tf_left_out(c, &subnets->pos, "%s left out: %s", subnets->name,
			    "an ACL's subnets are written as awscc.ec2.subnet_network_acl_"
			    "association, one per subnet, of an ACL of one instance; these are "
			    "chosen per instance of the ACL");
		free(list);
		return;
	}
	char *n = count ? tf_attr_text(c, count) : NULL;
	char *many = subnets_count(c, subnets, list);
	json_t *assoc = json_object();
	json_object_set_new(assoc, "type",
			    json_string("awscc.ec2.subnet_network_acl_association"));
	json_object_set_new(assoc, "count", n ? json_sprintf("${(%s) > 0 ? %s : 0}", n, many)
					      : json_sprintf("${%s}", many));
	free(many);
	json_object_set_new(assoc, "subnet_id", json_sprintf("${(%s)[count.index]}", list));
	json_object_set_new(assoc, "network_acl_id", json_sprintf("${%s%s.id}", dc->name,
								  count ? "[0]" : ""));
	char *name = xasprintf("%s_subnets", dc->name);
	json_object_set_new(tf_section(c, "resources"), name, assoc);
	free(name);
	free(n);
	free(list);
}

void tf_network_acl_finish(struct conv *c, const struct decl *dc, json_t *res)
{
	if (!strcmp(dc->tf_type, "aws_network_acl_rule"))
		rule_finish(c, dc, res);
	else if (!strcmp(dc->tf_type, "aws_network_acl"))
		acl_finish(c, dc);
}
