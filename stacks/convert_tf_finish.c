/*
 * convert_tf_finish.c: a type's own conversion in `terrace convert -from
 * terraform`, where Terraform's shape of an object is not terrace's
 * (tf_type_finish, after the attributes are carried): a security group
 * rule per source (an aws_security_group_rule's lists of sources, each a
 * rule in EC2), a Lambda permission's statement id, a group's default VPC,
 * the values hashicorp/aws reads as unset (tf_unset_values) and its own
 * defaults where they are not AWS's (tf_provider_defaults); and which
 * attributes those conversions read or give (tf_type_reads,
 * tf_type_gives), and a Route 53 record's name as Route 53 takes it
 * (tf_record_name). Which types are carried is convert_tf_types.c's, the
 * folds convert_tf_folds.c's.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "provider/base/diag.h"
#include "stacks/convert_tf_internal.h"
#include "stacks/expr_internal.h"
/* ---- attributes a type's own conversion reads ------------------------------- */

/*
 * aws_security_group_rule: one Terraform rule is a rule per source in EC2
 * (cidr_blocks, ipv6_cidr_blocks and prefix_list_ids are lists, beside
 * source_security_group_id and self), terrace's aws.ec2.security_group_rule
 * one source, or its list prefix_list_ids. A rule of one written source
 * keeps it (prefix lists alone: prefix_list_ids as written); any other is a
 * for_each over its sources, each instance {index or key, kind, pos}:
 * kind the source attribute, pos its place in the list, so that the
 * instances are known when planning (no value of another resource is a
 * key), the source's value read at that place. count.index and
 * each.key/each.value are the instance's. IPv6 ranges, which the written
 * rule (EC2's IpRanges) does not take, are a second resource NAME_ipv6 of
 * the awscc type of the same direction (AWS::EC2::SecurityGroupIngress's
 * CidrIpv6).
 */
static const char *const sg_rule_sources[][2] = {
	{ "cidr_blocks", "cidr_block" },
	{ "prefix_list_ids", "prefix_list_id" },
	{ "source_security_group_id", "source_security_group_id" },
	{ "self", "self" },
	{ "ipv6_cidr_blocks", "cidr_ipv_6" },
};
#define SG_RULE_SOURCES (sizeof(sg_rule_sources) / sizeof(sg_rule_sources[0]))

static bool sg_rule_list(size_t k)
{
	return k == 0 || k == 1 || k == 4;
}

/* Set, as far as its text says: not a null, an empty list or false. */
static bool source_written(const struct hcl_item *it)
{
	const struct expr_node *n = it ? it->expr : NULL;
	if (!n)
		return false;
	if (n->kind == EXPR_LIST)
		return n->n_args > 0;
	if (n->kind == EXPR_LITERAL)
		return !json_is_null(n->literal) && !json_is_false(n->literal);
	return true;
}

struct instance_names {
	bool count, each;
};

/* count.index, each.key and each.value as the fanned-out instance's. */
static int instance_ref(void *ctx, const struct expr_ref *ref, struct strbuf *out,
			struct strbuf *err)
{
	const struct instance_names *in = ctx;
	(void)err;
	if (in->count && !strcmp(ref->root, "count") && ref->path && !strcmp(ref->path, "index")) {
		strbuf_addstr(out, "each.value.index");
		return 1;
	}
	if (in->each && !strcmp(ref->root, "each") && ref->path && !strncmp(ref->path, "key", 3) &&
	    (!ref->path[3] || ref->path[3] == '.' || ref->path[3] == '[')) {
		strbuf_addf(out, "each.value.key%s", ref->path + 3);
		return 1;
	}
	if (in->each && !strcmp(ref->root, "each") && ref->path &&
	    !strncmp(ref->path, "value", 5)) {
		strbuf_addf(out, "each.value.value%s", ref->path + 5);
		return 1;
	}
	return 0;
}

/* Whether text (one expression) refers to a resource or a module, which a
 * for_each may not. */
static int note_resource(void *ctx, const struct expr_ref *ref, struct strbuf *out,
			 struct strbuf *err)
{
	static const char *const plain[] = { "var", "local", "each", "count", "path", "terrace",
					     "each_key", "each_value", "count_index", NULL };
	(void)out;
	(void)err;
	bool known = !strncmp(ref->root, "data.", 5);
	for (size_t i = 0; plain[i] && !known; i++)
		known = !strcmp(ref->root, plain[i]);
	*(bool *)ctx = *(bool *)ctx || !known;
	return 0;
}

static bool names_resources(const char *text)
{
	bool named = false;
	json_t *v = json_sprintf("${%s}", text);
	struct strbuf err = STRBUF_INIT;
	json_decref(expr_rename_refs(v, note_resource, &named, &err));
	strbuf_release(&err);
	json_decref(v);
	return named;
}

/*
 * A group read as a map's member by its name, M["source_security_group_id"]
 * (the security-group module's var.X[count.index]["source_security_group_id"]):
 * Terraform refuses the index when the member is absent, so every instance
 * names a group, and the group may be one made in the same run (a module's
 * input given another module's output), not known until apply. Terraform's
 * own rule is an instance of its count index whatever the group's value;
 * so is the converted one (its key INDEX/source_security_group_id/0 known
 * when planning), where "(S) != null" would make the keys wait for the
 * group. A group written null there is a rule without a source, which plan
 * refuses ("a rule needs a source"; Terraform's provider refuses it too,
 * unless prefix lists stand beside it).
 */
static bool group_named_by_member(const struct expr_node *n)
{
	if (n->kind == EXPR_INDEX && n->n_args == 2 && n->args[1]->kind == EXPR_LITERAL)
		return json_is_string(n->args[1]->literal);
	if (n->kind != EXPR_REF || n->bound || !n->ref.path)
		return false;
	size_t len = strlen(n->ref.path);
	return len > 2 && !strcmp(n->ref.path + len - 2, "\"]");
}

/* When a source of one value (a group, self) is set, as a condition of
 * the instance names alone: "(S) != null" of its text S ("tobool(S) ==
 * true" of self: Terraform gives the bool attribute "true" of a
 * list(map(string)) as true, and "true" == true is false), or, where S
 * names another resource, the condition of `C ? S : null` (Terraform knows
 * when planning that a value is not null); NULL: always (S names another
 * resource, or a group is a map's member by name: group_named_by_member). */
static char *source_presence(struct conv *c, const struct hcl_item *it, bool self)
{
	if (!self && group_named_by_member(it->expr))
		return NULL;
	char *t = tf_attr_text(c, it);
	if (t && !names_resources(t)) {
		char *r = self ? xasprintf("tobool(%s) == true", t) : xasprintf("(%s) != null", t);
		free(t);
		return r;
	}
	free(t);
	const struct expr_node *n = it->expr;
	if (n->kind != EXPR_OP || strcmp(n->op, "?") || n->n_args != 3)
		return NULL;
	bool null_else = n->args[2]->kind == EXPR_LITERAL && json_is_null(n->args[2]->literal);
	bool null_then = n->args[1]->kind == EXPR_LITERAL && json_is_null(n->args[1]->literal);
	if (null_else == null_then)
		return NULL;
	struct hcl_item cond = *it;
	cond.expr = n->args[0];
	t = tf_attr_text(c, &cond);
	char *r = t && !names_resources(t) ? xasprintf(null_else ? "(%s)" : "!(%s)", t) : NULL;
	free(t);
	return r;
}

/* The for_each of the rule's fanned-out instances of the sources kinds
 * selects (true: that one), into out as one expression. */
static void sg_rule_for_each(struct conv *c, const struct decl *dc, const bool *kinds,
			     struct strbuf *out)
{
	const struct hcl_item *count = hcl_attr(dc->item->body, "count");
	const struct hcl_item *fe = hcl_attr(dc->item->body, "for_each");
	char *over = count ? tf_attr_text(c, count) : fe ? tf_attr_text(c, fe) : NULL;
	bool set = fe && tf_for_each_is_set(c, fe); /* each.value is each.key */
	c->count_bound = count != NULL;
	c->each_bound = fe != NULL;
	c->each_is_key = set;
	const char *who = count ? "index = count_index, " : set ? "key = each_key, value = each_key, "
			  : fe ? "key = each_key, value = each_value, " : "";
	struct strbuf entries = STRBUF_INIT;
	strbuf_addstr(&entries, "concat(");
	bool first = true;
	for (size_t k = 0; k < SG_RULE_SOURCES; k++) {
		const struct hcl_item *it = hcl_attr(dc->item->body, sg_rule_sources[k][0]);
		if (!kinds[k] || !source_written(it))
			continue;
		char *t = sg_rule_list(k) ? tf_attr_text(c, it) : source_presence(c, it, k == 3);
		if (!t && sg_rule_list(k))
			continue;
		strbuf_addstr(&entries, first ? "" : ", ");
		first = false;
		const char *kind = sg_rule_sources[k][1];
		if (sg_rule_list(k))
			strbuf_addf(&entries, "[for pos in range(try(length(%s), 0)) : {%skind = \"%s\", "
				    "pos = pos}]", t, who, kind);
		else if (!t)
			strbuf_addf(&entries, "[{%skind = \"%s\", pos = 0}]", who, kind);
		else
			strbuf_addf(&entries, "%s ? [{%skind = \"%s\", pos = 0}] : []", t, who, kind);
		free(t);
	}
	strbuf_addch(&entries, ')');
	const char *key = count ? "${e.index}/" : fe ? "${e.key}/" : "";
	if (count)
		strbuf_addf(out, "${ {for e in flatten([for count_index in range(%s) : %s]) : "
			    "\"%s${e.kind}/${e.pos}\" => e} }", over, entries.buf, key);
	else if (fe)
		strbuf_addf(out, "${ {for e in flatten([for each_key%s in %s : %s]) : "
			    "\"%s${e.kind}/${e.pos}\" => e} }", set ? "" : ", each_value", over,
			    entries.buf, key);
	else
		strbuf_addf(out, "${ {for e in %s : \"${e.kind}/${e.pos}\" => e} }", entries.buf);
	c->count_bound = c->each_bound = c->each_is_key = false;
	strbuf_release(&entries);
	free(over);
}

/* Source k's value at the instance's place, or null when the instance is
 * of another source. */
static json_t *sg_rule_source_value(struct conv *c, const struct hcl_item *it, size_t k,
				    const struct instance_names *in)
{
	char *t = tf_attr_text(c, it);
	if (!t)
		return NULL;
	json_t *v = json_sprintf("${%s}", t);
	free(t);
	struct strbuf err = STRBUF_INIT;
	json_t *r = expr_rename_refs(v, instance_ref, (void *)in, &err);
	strbuf_release(&err);
	json_decref(v);
	const char *s = json_string_value(r);
	if (!s || json_string_length(r) < 3) {
		json_decref(r);
		return NULL;
	}
	int len = (int)json_string_length(r) - 3;
	v = sg_rule_list(k)
		? json_sprintf("${each.value.kind == \"%s\" ? (%.*s)[each.value.pos] : null}",
			       sg_rule_sources[k][1], len, s + 2)
		: json_sprintf("${each.value.kind == \"%s\" ? %.*s : null}", sg_rule_sources[k][1],
			       len, s + 2);
	json_decref(r);
	return v;
}

/* The written resource's attributes, type first, for_each (fe) next, the
 * instance's names renamed; what else does not go (count) dropped. */
static json_t *fanned_out(const json_t *res, json_t *fe, const struct instance_names *in)
{
	json_t *r = json_object();
	const char *k;
	json_t *v;
	json_object_set(r, "type", json_object_get(res, "type"));
	json_object_set_new(r, "for_each", fe);
	json_object_foreach((json_t *)res, k, v) {
		if (!strcmp(k, "type") || !strcmp(k, "count") || !strcmp(k, "for_each"))
			continue;
		struct strbuf err = STRBUF_INIT;
		json_t *w = expr_rename_refs(v, instance_ref, (void *)in, &err);
		strbuf_release(&err);
		json_object_set_new(r, k, w ? w : json_incref(v));
	}
	return r;
}

static void sg_rule_finish(struct conv *c, const struct decl *dc, json_t *res)
{
	const struct hcl_body *b = dc->item->body;
	const struct hcl_item *src[SG_RULE_SOURCES];
	size_t n = 0, n_list = 0;
	for (size_t k = 0; k < SG_RULE_SOURCES; k++) {
		src[k] = hcl_attr(b, sg_rule_sources[k][0]);
		if (!source_written(src[k]))
			continue;
		n++;
		n_list += sg_rule_list(k);
	}
	if (!n)
		return; /* validate says a rule needs one */
	bool counted = hcl_attr(b, "count") || hcl_attr(b, "for_each");
	/* one source written as one value: the rule as it is */
	for (size_t k = 0; n == 1 && !counted && k < 4; k++) {
		if (!source_written(src[k]))
			continue;
		if (sg_rule_list(k) && !(src[k]->expr->kind == EXPR_LIST && src[k]->expr->n_args == 1))
			break;
		json_t *v = tf_attr_value(c, src[k], NULL);
		if (v && json_is_array(v))
			json_object_set(res, sg_rule_sources[k][1], json_array_get(v, 0));
		else if (v)
			json_object_set(res, sg_rule_sources[k][1], v);
		json_decref(v);
		return;
	}
	/* prefix lists alone: the list as it is, aws.ec2.security_group_rule's
	 * prefix_list_ids (a rule of each), as Terraform's one rule takes it,
	 * so that a list whose length is known at apply only (ids AWS makes
	 * then) is one instance, not instances by a place in it */
	if (n == 1 && source_written(src[1])) {
		json_t *v = tf_attr_value(c, src[1], NULL);
		if (v)
			json_object_set_new(res, "prefix_list_ids", v);
		return;
	}
	struct instance_names in = { hcl_attr(b, "count") != NULL, hcl_attr(b, "for_each") != NULL };
	json_t *resources = tf_section(c, "resources");
	bool v4[SG_RULE_SOURCES] = { true, true, true, true, false };
	bool v6[SG_RULE_SOURCES] = { false, false, false, false, true };
	if (n - source_written(src[4]) > 0) {
		struct strbuf fe = STRBUF_INIT;
		sg_rule_for_each(c, dc, v4, &fe);
		json_t *r = fanned_out(res, json_stringn(fe.buf, fe.len), &in);
		strbuf_release(&fe);
		for (size_t k = 0; k < 4; k++) {
			json_t *v = source_written(src[k]) ? sg_rule_source_value(c, src[k], k, &in)
				    : NULL;
			if (v)
				json_object_set_new(r, sg_rule_sources[k][1], v);
		}
		json_object_set_new(resources, dc->name, r);
	}
	if (!source_written(src[4]))
		return;
	/* IPv6 ranges: the awscc rule of the same direction */
	const char *dir = json_string_value(json_object_get(res, "direction"));
	if (!dir || (strcmp(dir, "ingress") && strcmp(dir, "egress"))) {
		tf_left_out(c, &src[4]->pos, "%s left out: %s", src[4]->name,
			    "terrace's aws.ec2.security_group_rule takes IPv4 ranges; IPv6 ones are "
			    "an awscc.ec2.security_group_ingress or _egress, and this rule's type is "
			    "not written as text");
		return;
	}
	struct strbuf fe = STRBUF_INIT;
	sg_rule_for_each(c, dc, v6, &fe);
	json_t *six = json_object();
	json_object_set_new(six, "type", json_sprintf("awscc.ec2.security_group_%s", dir));
	json_object_set_new(six, "for_each", json_stringn(fe.buf, fe.len));
	strbuf_release(&fe);
	static const char *const same[][2] = { { "security_group_id", "group_id" },
					       { "protocol", "ip_protocol" },
					       { "from_port", "from_port" }, { "to_port", "to_port" },
					       { "description", "description" } };
	for (size_t i = 0; i < sizeof(same) / sizeof(same[0]); i++) {
		json_t *v = json_object_get(res, same[i][0]);
		struct strbuf err = STRBUF_INIT;
		json_t *w = v ? expr_rename_refs(v, instance_ref, &in, &err) : NULL;
		strbuf_release(&err);
		if (w)
			json_object_set_new(six, same[i][1], w);
	}
	json_t *v = sg_rule_source_value(c, src[4], 4, &in);
	if (v)
		json_object_set_new(six, "cidr_ipv_6", v);
	if (json_object_get(res, "depends_on"))
		json_object_set(six, "depends_on", json_object_get(res, "depends_on"));
	char *name = xasprintf("%s_ipv6", dc->name);
	json_object_set_new(resources, name, six);
	free(name);
	if (n == 1)
		json_object_del(resources, dc->name);
}

/* aws_lambda_permission without statement_id: Terraform makes one (with
 * statement_id_prefix, of the prefix); the stack's is of the prefix
 * ("terrace-" without one) and a suffix that stays the same for the
 * stack, workspace, resource and instance. */
static void permission_finish(struct conv *c, const struct decl *dc, json_t *res)
{
	if (json_object_get(res, "statement_id"))
		return;
	const struct hcl_item *prefix = hcl_attr(dc->item->body, "statement_id_prefix");
	json_t *p = prefix ? tf_attr_value(c, prefix, NULL) : NULL;
	if (prefix && !json_is_string(p)) {
		json_decref(p);
		return;
	}
	const char *inst = hcl_attr(dc->item->body, "count") ? "/${count.index}"
			   : hcl_attr(dc->item->body, "for_each") ? "/${each.key}" : "";
	json_object_set_new(res, "statement_id",
			    json_sprintf("%s${substr(sha1(\"${terrace.stack}/${terrace.workspace}/"
					 "%s%s\"), 0, 12)}", p ? json_string_value(p) : "terrace-",
					 dc->name, inst));
	json_decref(p);
}

/* aws_security_group without vpc_id: EC2 makes it in the region's default
 * VPC, which a lookup (aws.ec2.vpc, default: true) finds. */
static void security_group_finish(struct conv *c, const struct decl *dc, json_t *res)
{
	(void)dc;
	if (json_object_get(res, "vpc_id"))
		return;
	json_t *data = tf_section(c, "data");
	const char *name = "default_vpc";
	json_t *had = json_object_get(data, name);
	if (had && !json_is_true(json_object_get(had, "default")))
		name = "convert_default_vpc";
	if (!json_object_get(data, name))
		json_object_set_new(data, name, json_pack("{s:s,s:b}", "type", "aws.ec2.vpc",
							  "default", 1));
	json_object_set_new(res, "vpc_id", json_sprintf("${data.%s.id}", name));
}

/*
 * An aws_s3_object's content_base64 (the object's bytes in base64, which
 * terrace's aws.s3.object takes as text): its content, base64decode() of
 * it. Terraform's base64decode refuses bytes that are not UTF-8 and so does
 * terrace's: a binary object is refused at plan, never uploaded altered.
 * content beside it (terraform-aws-s3-bucket's object module passes both,
 * one null; hashicorp/aws takes one of them) is the one given.
 */
static char *as_expression(const json_t *v);

static void s3_object_finish(struct conv *c, const struct decl *dc, json_t *res)
{
	const struct hcl_item *it = hcl_attr(dc->item->body, "content_base64");
	json_t *b64 = it ? tf_attr_value(c, it, NULL) : NULL;
	if (!b64 || json_is_null(b64)) {
		json_decref(b64);
		return;
	}
	char *b = as_expression(b64);
	const json_t *content = json_object_get(res, "content");
	if (!content || json_is_null(content)) {
		json_object_set_new(res, "content", json_sprintf("${base64decode(%s)}", b));
	} else {
		char *t = as_expression(content);
		json_object_set_new(res, "content", json_sprintf("${%s != null ? base64decode(%s) : %s}",
								 b, b, t));
		free(t);
	}
	free(b);
	json_decref(b64);
}

bool tf_type_reads(const char *tf, const char *attr)
{
	if (!strcmp(tf, "aws_s3_object") && !strcmp(attr, "content_base64"))
		return true;
	if (!strcmp(tf, "aws_security_group_rule")) {
		for (size_t k = 0; k < SG_RULE_SOURCES; k++)
			if (!strcmp(sg_rule_sources[k][0], attr))
				return true;
	}
	return (!strcmp(tf, "aws_lambda_permission") && !strcmp(attr, "statement_id_prefix")) ||
	       tf_ec2_defaults_reads(tf, attr) || tf_network_acl_reads(tf, attr);
}

static bool provider_default_of(const char *tf, const char *attr);

bool tf_type_gives(const char *tf, const char *attr)
{
	return (!strcmp(tf, "aws_lambda_permission") && !strcmp(attr, "statement_id")) ||
	       provider_default_of(tf, attr) ||
	       (!strcmp(tf, "aws_security_group") && !strcmp(attr, "vpc_id")) ||
	       tf_ec2_defaults_gives(tf, attr) || tf_network_acl_gives(tf, attr);
}

/*
 * Values hashicorp/aws reads as "not set" that AWS refuses when sent: the
 * attribute is written as null for them (a literal one left out), as the
 * provider sends nothing. A function's reserved_concurrent_executions of -1
 * ("removes any concurrency limitations", its documentation; the lambda
 * module's default): Lambda's ReservedConcurrentExecutions takes 0 or more.
 * A role's or user's permissions_boundary of "" (the provider reads it with
 * GetOk, which takes "" for unset; the iam modules' default): IAM's
 * PermissionsBoundary takes an ARN of 20 to 2048 characters. A role's
 * description of "" likewise (GetOk; the iam modules' role_description
 * default): Terraform's role has none, where "" sent would be one. unset
 * is the value as JSON text.
 */
static const struct {
	const char *tf, *attr, *unset;
} tf_unset_values[] = {
	{ "aws_lambda_function", "reserved_concurrent_executions", "-1" },
	{ "aws_iam_role", "permissions_boundary", "\"\"" },
	{ "aws_iam_user", "permissions_boundary", "\"\"" },
	{ "aws_iam_role", "description", "\"\"" },
};

/*
 * What hashicorp/aws does not send beside another attribute, which the
 * converted type's request would: the attribute is written as null while
 * the other is set. An aws_db_instance with replicate_source_db is made by
 * CreateDBInstanceReadReplica, which has no StorageEncrypted (a replica's
 * encryption is its source's), so its storage_encrypted is never sent; the
 * awscc DB instance's schema excludes it beside
 * source_db_instance_identifier (the rds module's replica example sets
 * both). CreateDBInstanceReadReplica has no MasterUserPassword either: the
 * provider sends a replica's password in a ModifyDBInstance once the
 * replica is made, which the conversion does not (the replica keeps its
 * source's users), and the awscc schema refuses master_user_password beside
 * the source (terraform-aws-rds's replica-mysql: plan failed). Names are
 * the converted resource's.
 */
static const struct {
	const char *tf, *attr, *beside;
} tf_not_sent_beside[] = {
	{ "aws_db_instance", "storage_encrypted", "source_db_instance_identifier" },
	{ "aws_db_instance", "master_user_password", "source_db_instance_identifier" },
};

/* JSON value v as an expression's text: "(X)" of a string "${X}", else its
 * JSON (true, 5, "text"); a new string. */
static char *as_expression(const json_t *v)
{
	const char *s = json_string_value(v);
	if (s && expr_is_one_expression(s))
		return xasprintf("(%.*s)", (int)strlen(s) - 3, s + 2);
	return json_dumps(v, JSON_ENCODE_ANY);
}

static void not_sent_beside(const struct decl *dc, json_t *res)
{
	for (size_t i = 0; i < sizeof(tf_not_sent_beside) / sizeof(tf_not_sent_beside[0]); i++) {
		const json_t *v = json_object_get(res, tf_not_sent_beside[i].attr);
		const json_t *w = json_object_get(res, tf_not_sent_beside[i].beside);
		if (strcmp(tf_not_sent_beside[i].tf, dc->tf_type) || !v || !w || json_is_null(w))
			continue;
		const char *ws = json_string_value(w);
		if (!ws || !expr_is_one_expression(ws)) { /* set for certain */
			json_object_del(res, tf_not_sent_beside[i].attr);
			continue;
		}
		char *a = as_expression(v), *b = as_expression(w);
		json_object_set_new(res, tf_not_sent_beside[i].attr,
				    json_sprintf("${%s != null ? null : %s}", b, a));
		free(a);
		free(b);
	}
}

static void unset_values(const struct decl *dc, json_t *res)
{
	for (size_t i = 0; i < sizeof(tf_unset_values) / sizeof(tf_unset_values[0]); i++) {
		if (strcmp(tf_unset_values[i].tf, dc->tf_type))
			continue;
		const char *attr = tf_unset_values[i].attr, *unset = tf_unset_values[i].unset;
		json_t *v = json_object_get(res, attr);
		const char *s = json_string_value(v);
		char *text = json_is_number(v) || (s && !expr_is_one_expression(s))
			     ? json_dumps(v, JSON_ENCODE_ANY) : NULL;
		if (text && !strcmp(text, unset))
			json_object_del(res, attr);
		else if (s && expr_is_one_expression(s))
			json_object_set_new(res, attr, json_sprintf("${(%.*s) == %s ? null : (%.*s)}",
								    (int)strlen(s) - 3, s + 2, unset,
								    (int)strlen(s) - 3, s + 2));
		free(text);
	}
}

/*
 * hashicorp/aws's own defaults where they differ from AWS's: Terraform
 * sends the provider's default for an attribute the configuration leaves
 * unset (or sets to null), so the stack asks for it too; terrace's type
 * sends nothing then, and AWS's default would be the object's. The values
 * are hashicorp/aws 5.100.0's, the machine's Terraform mirror's (its plan
 * of an aws_sqs_queue with a name alone, `terraform show -json`:
 * max_message_size 262144; the provider's internal/service/sqs/consts.go,
 * DefaultQueueMaximumMessageSize = 262_144); AWS's, botocore's SQS model
 * (CreateQueue's MaximumMessageSize: "Default: 1,048,576 bytes"). The
 * provider's other SQS defaults (delay 0, retention 345,600, receive wait
 * 0, visibility 30) are AWS's own, and so not written. Also a default the
 * provider sends where terrace's type sends nothing and AWS then answers
 * nothing: a target tracking policy's disable_scale_in (the provider's
 * schema, Default: false; its expand sends the bool), which Application
 * Auto Scaling reads back as sent (terraform-aws-dynamodb-table
 * `autoscaling`'s twins). BLOCK.ATTR names a member of a block, set in
 * each instance of it the configuration writes. docs/convert.md.
 */
static const struct {
	const char *tf, *attr, *value;
} tf_provider_defaults[] = {
	{ "aws_sqs_queue", "max_message_size", "262144" },
	{ "aws_appautoscaling_policy", "target_tracking_scaling_policy_configuration."
				       "disable_scale_in", "false" },
	/* AWS::AmazonMQ::Broker requires both; the provider's schema defaults
	 * them (Default: SINGLE_INSTANCE, false) */
	{ "aws_mq_broker", "deployment_mode", "\"SINGLE_INSTANCE\"" },
	{ "aws_mq_broker", "publicly_accessible", "false" },
	/* PutPermission's Action; the provider's schema defaults it */
	{ "aws_cloudwatch_event_permission", "action", "\"events:PutEvents\"" },
};

/* Whether the provider's default gives attr (a top-level one) of tf. */
static bool provider_default_of(const char *tf, const char *attr)
{
	for (size_t i = 0; i < sizeof(tf_provider_defaults) / sizeof(tf_provider_defaults[0]);
	     i++)
		if (!strcmp(tf_provider_defaults[i].tf, tf) &&
		    !strcmp(tf_provider_defaults[i].attr, attr))
			return true;
	return false;
}

/* def in obj's attr where it is unset, or null */
static void provider_default(json_t *obj, const char *attr, const char *def)
{
	json_t *v = json_object_get(obj, attr);
	const char *s = json_string_value(v);
	if (!v || json_is_null(v))
		json_object_set_new(obj, attr, json_loads(def, JSON_DECODE_ANY, NULL));
	else if (s && expr_is_one_expression(s))
		json_object_set_new(obj, attr, json_sprintf("${(%.*s) != null ? (%.*s) : %s}",
							    (int)strlen(s) - 3, s + 2,
							    (int)strlen(s) - 3, s + 2, def));
}

static void provider_defaults(const struct decl *dc, json_t *res)
{
	for (size_t i = 0; i < sizeof(tf_provider_defaults) / sizeof(tf_provider_defaults[0]);
	     i++) {
		if (strcmp(tf_provider_defaults[i].tf, dc->tf_type) || dc->twin)
			continue;
		const char *attr = tf_renamed(dc->written->renames, tf_provider_defaults[i].attr);
		const char *def = tf_provider_defaults[i].value;
		const char *dot = strchr(attr, '.');
		if (!dot) {
			provider_default(res, attr, def);
			continue;
		}
		/* a block's member: in each instance of the block written */
		char *block = strndup(attr, (size_t)(dot - attr));
		json_t *b = json_object_get(res, block), *e;
		size_t k;
		free(block);
		if (json_is_object(b))
			provider_default(b, dot + 1, def);
		else if (json_is_array(b))
			json_array_foreach(b, k, e)
				if (json_is_object(e))
					provider_default(e, dot + 1, def);
	}
}

void tf_type_finish(struct conv *c, const struct decl *dc, json_t *res)
{
	unset_values(dc, res);
	not_sent_beside(dc, res);
	provider_defaults(dc, res);
	tf_awscc_shapes(c, dc, res);
	json_incref(res); /* sg_rule_finish may write another in its place */
	if (!strcmp(dc->tf_type, "aws_security_group_rule"))
		sg_rule_finish(c, dc, res);
	else if (!strcmp(dc->tf_type, "aws_lambda_permission"))
		permission_finish(c, dc, res);
	else if (!strcmp(dc->tf_type, "aws_security_group"))
		security_group_finish(c, dc, res);
	else if (!strcmp(dc->tf_type, "aws_s3_object"))
		s3_object_finish(c, dc, res);
	tf_ec2_defaults_finish(c, dc, res);
	tf_network_acl_finish(c, dc, res);
	json_decref(res);
}

/* ---- a record's name ------------------------------------------------------------ */

/*
 * An aws_route53_record's name as Route 53 takes it. Terraform completes a
 * name that does not end with its zone's ("www" in example.com is
 * www.example.com, "" the zone's apex); Route 53 and terrace take the whole
 * name. A literal name with no dot in a zone the stack names
 * (zone_id ${X.zone_id} or ${X.id} of a lookup or a hosted zone, not of a
 * variable, local, module or iterator) is written
 * NAME.${X.name}; one whose zone the stack cannot name is left as written,
 * with a warning.
 */
void tf_record_name(struct conv *c, const struct decl *dc, json_t *res)
{
	const char *name = json_string_value(json_object_get(res, "name"));
	const char *zone = json_string_value(json_object_get(res, "zone_id"));
	const struct hcl_item *at = hcl_attr(dc->item->body, "name");
	if (!name || strchr(name, '.') || strstr(name, "${"))
		return;
	size_t n = zone ? strlen(zone) : 0;
	const char *tail = NULL;
	if (n > 3 && !strncmp(zone, "${", 2) && zone[n - 1] == '}')
		for (const char *suffix[] = { ".zone_id}", ".id}" }, **s = suffix; s < suffix + 2; s++)
			if (!tail && n > strlen(*s) && !strcmp(zone + n - strlen(*s), *s))
				tail = zone + n - strlen(*s);
	static const char *const not_zones[] = { "var.", "local.", "each.", "count.", "module.",
						   NULL };
	for (size_t i = 0; tail && not_zones[i]; i++)
		if (!strncmp(zone + 2, not_zones[i], strlen(not_zones[i])))
			tail = NULL;
	if (!tail || memchr(zone + 2, '$', (size_t)(tail - zone - 2))) {
		tf_left_out(c, at ? &at->pos : &dc->item->pos, "name \"%s\" kept as written: %s", name,
			    "Terraform adds the zone's name to it, and the stack cannot name the zone "
			    "(write the whole name)");
		return;
	}
	json_object_set_new(res, "name", json_sprintf("%s%s${%.*s.name}", name, *name ? "." : "",
						      (int)(tail - zone - 2), zone + 2));
}
