/*
 * stacks/convert_tf_ec2_defaults.c: what hashicorp/aws does to the objects
 * EC2 makes by itself, carried by convert -from terraform (tf_type_finish
 * calls tf_ec2_defaults_finish):
 *
 * - aws_security_group: the provider revokes the allow-all egress rule EC2
 *   gives every group when it makes one (resourceSecurityGroupCreate), and
 *   an unset `egress` is not managed afterwards; terrace's group keeps that
 *   rule unless asked, so the conversion asks with revoke_default_egress
 *   where it writes no egress (with egress written, the group's egress is
 *   managed whole and the rule goes unless listed, as in Terraform).
 * - aws_default_security_group: the provider revokes every rule the
 *   configuration does not list, IPv6 ones too (EC2's ::/0 egress rule of
 *   a VPC with IPv6); terrace's group manages IPv4 rules, so the
 *   conversion asks with revoke_ipv6_egress (a rule's ipv6_cidr_blocks,
 *   which terrace's rules do not take, is left out with a warning).
 * - aws_default_network_acl and aws_default_route_table: Terraform names the
 *   VPC's default ACL or main table by its id (default_network_acl_id,
 *   default_route_table_id, read of the aws_vpc), terrace's
 *   aws.ec2.default_network_acl and aws.ec2.default_route_table by the VPC
 *   they belong to: a reference to aws_vpc.X's default_network_acl_id
 *   (default_route_table_id, main_route_table_id) is written as the VPC's id;
 *   another value (an id given as a variable) stands as a variable the
 *   user gives the VPC's id to, with a warning.
 */
#include <stdlib.h>
#include <string.h>

#include "provider/base/diag.h"
#include "stacks/convert_tf_internal.h"
#include "stacks/hcl.h"

/* The Terraform attribute naming the default object, and the aws_vpc
 * attributes that give its id. */
static const struct {
	const char *tf, *attr;
	const char *vpc_attrs[3];
} default_objects[] = {
	{ "aws_default_network_acl", "default_network_acl_id", { "default_network_acl_id", NULL } },
	{ "aws_default_route_table", "default_route_table_id",
	  { "default_route_table_id", "main_route_table_id", NULL } },
};

static int default_object(const char *tf)
{
	for (size_t i = 0; i < sizeof(default_objects) / sizeof(default_objects[0]); i++)
		if (!strcmp(default_objects[i].tf, tf))
			return (int)i;
	return -1;
}

bool tf_ec2_defaults_reads(const char *tf, const char *attr)
{
	int i = default_object(tf);

	return i >= 0 && !strcmp(attr, default_objects[i].attr);
}

bool tf_ec2_defaults_gives(const char *tf, const char *attr)
{
	return default_object(tf) >= 0 && !strcmp(attr, "vpc_id");
}

/* The text of it's value as `aws_vpc.NAME[KEY].id` when it reads one of
 * `attrs` of an aws_vpc (a new string), else NULL. */
static char *vpc_id_text(const struct hcl_item *it, const char *const *attrs)
{
	const char *t = it->text;
	size_t n = it->text_len;

	while (n && (*t == ' ' || *t == '\t')) {
		t++;
		n--;
	}
	while (n && strchr(" \t\r\n", t[n - 1]))
		n--;
	if (n < 9 || strncmp(t, "aws_vpc.", 8))
		return NULL;
	for (const char *const *a = attrs; *a; a++) {
		size_t k = strlen(*a), root = n - k - 1;
		bool plain = n > k + 9 && t[root] == '.' && !strncmp(t + root + 1, *a, k);

		for (size_t j = 0; plain && j < root; j++)
			plain = strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
				       "0123456789_-.[]\"", t[j]) != NULL;
		if (plain)
			return xasprintf("%.*s.id", (int)root, t);
	}
	return NULL;
}

/* vpc_id of an aws_default_network_acl or aws_default_route_table (row i
 * of default_objects) into res. */
static void default_object_vpc(struct conv *c, const struct decl *dc, int i, json_t *res)
{
	const struct hcl_item *it = hcl_attr(dc->item->body, default_objects[i].attr);
	char *text = it && it->text ? vpc_id_text(it, default_objects[i].vpc_attrs) : NULL;

	if (text) {
		char *src = xasprintf("vpc_id = %s\n", text);
		struct diags quiet = DIAGS_INIT;
		struct hcl_body *b = hcl_parse(it->pos.file, src, strlen(src), &quiet);
		const struct hcl_item *v = b ? hcl_attr(b, "vpc_id") : NULL;
		json_t *val = v && v->expr ? tf_attr_value(c, v, NULL) : NULL;

		if (val)
			json_object_set_new(res, "vpc_id", val);
		hcl_body_free(b);
		diags_free(&quiet);
		free(src);
		free(text);
		if (json_object_get(res, "vpc_id"))
			return;
	}
	json_t *vars = tf_section(c, "variables");
	char *name = xasprintf("%s_vpc_id", dc->name);
	json_object_set_new(vars, name, json_pack("{s:s++, s:n}", "description",
						  "the VPC whose default object ", dc->tf_type,
						  " takes", "default"));
	json_object_set_new(res, "vpc_id", json_sprintf("${var.%s}", name));
	diag_warnf(c->d, it ? &it->pos : &dc->item->pos,
		   "%s: terrace's %s takes the VPC, not the object's id: variable %s stands for "
		   "the VPC's id (null until given with -var)", default_objects[i].attr,
		   dc->rt->name, name);
	free(name);
}

void tf_ec2_defaults_finish(struct conv *c, const struct decl *dc, json_t *res)
{
	int i = default_object(dc->tf_type);

	if (i >= 0) {
		default_object_vpc(c, dc, i, res);
		return;
	}
	if (!strcmp(dc->tf_type, "aws_security_group") && !dc->twin &&
	    !json_object_get(res, "egress"))
		json_object_set_new(res, "revoke_default_egress", json_true());
	if (!strcmp(dc->tf_type, "aws_default_security_group"))
		json_object_set_new(res, "revoke_ipv6_egress", json_true());
}
