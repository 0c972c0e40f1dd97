/*
 * convert_tf.c: a Terraform configuration (its *.tf files, read by
 * stacks/hcl.c) as one stack, for `terrace convert -from terraform`
 * (stacks/convert.h). awscc_* resources become terrace's awscc types one to
 * one, their attribute names found in the type's schema; the aws_*
 * resources of stacks/convert_tf_types.c's tf_written[] their type there
 * (split ones folded into their owner); variables, locals, outputs, count,
 * for_each, depends_on, lifecycle, the data sources terrace has as lookups,
 * aws_iam_policy_document (stacks/convert_tf_policy.c: a local holding the
 * document) and modules of a local folder (a call under modules:) carry
 * over, and references are renamed to the stack's names
 * (awscc_s3_bucket.lake.arn: lake.arn). Every other construct is a
 * warning at its file:line, counted in left_out. A Terraform state (format
 * version 4) becomes import: blocks.
 */
#include "stacks/convert.h"
#include "provider/base/input_file.h"
#include "stacks/convert_tf_internal.h"

#include <ctype.h>
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "provider/provider.h"
#include "stacks/expr_internal.h"
#include "stacks/hcl.h"
#include "stacks/stack.h"
#include "stacks/yaml_write.h"

static const struct tf_lookup tf_lookups[] = {
	{ "aws_availability_zones", "aws.availability_zones", { "state", "state", NULL }, { NULL } },
	{ "aws_caller_identity", "aws.caller_identity", { NULL }, { "id", "account_id", NULL } },
	{ "aws_partition", "aws.caller_identity", { NULL }, { "id", "partition", NULL } },
	{ "aws_region", "aws.caller_identity", { NULL }, { "name", "region", "id", "region", NULL } },
	{ "aws_ami", "aws.ec2.ami", { "owners", "owners", NULL }, { NULL } },
	{ "aws_vpc", "aws.ec2.vpc", { "id", "id", "default", "default", "cidr_block", "cidr_block",
				     "tags", "tags", NULL }, { NULL } },
	{ "aws_subnets", "aws.ec2.subnets", { "tags", "tags", NULL }, { NULL } },
	{ "aws_security_group", "aws.ec2.security_group", { "id", "id", "name", "name", "vpc_id",
						       "vpc_id", "tags", "tags", NULL }, { NULL } },
	{ "aws_ec2_managed_prefix_list", "aws.ec2.managed_prefix_list", { "name", "name", "id", "id",
									 NULL }, { NULL } },
	/* a gateway endpoint's prefix list (DescribePrefixLists): one AWS
	 * manages, which DescribeManagedPrefixLists lists by the same id and
	 * name (terraform-aws-security-group's complete) */
	{ "aws_prefix_list", "aws.ec2.managed_prefix_list", { "name", "name", "prefix_list_id", "id",
							       NULL }, { "cidr_blocks", "cidrs", NULL } },
	{ "aws_vpc_endpoint_service", "aws.ec2.vpc_endpoint_service",
	  { "service", "service", "service_name", "service_name", "service_type", "service_type",
	    "service_regions", "service_regions", "tags", "tags", NULL }, { NULL } },
	{ "aws_iam_policy", "aws.iam.policy", { "arn", "arn", NULL }, { NULL } },
	/* the account's organization (its id for aws:PrincipalOrgID:
	 * terraform-aws-eventbridge's with-permissions, lambda's alias) */
	{ "aws_organizations_organization", "aws.organizations.organization", { NULL }, { NULL } },
	{ "aws_route53_zone", "aws.route53.zone", { "name", "name", "zone_id", "zone_id",
						   "private_zone", "private_zone", "vpc_id", "vpc_id",
						   "tags", "tags", NULL }, { NULL } },
};

/* Filters a lookup takes as its own arguments: aws_ami's by name and
 * architecture, aws_subnets' by VPC. */
static const struct {
	const char *tf, *filter, *arg;
} tf_lookup_filters[] = {
	{ "aws_ami", "name", "name" },
	{ "aws_ami", "architecture", "architecture" },
	{ "aws_subnets", "vpc-id", "vpc_id" },
	{ "aws_vpc_endpoint_service", "service-type", "service_type" },
	{ "aws_prefix_list", "prefix-list-name", "name" },
	{ "aws_prefix_list", "prefix-list-id", "id" },
};

/* ---- resources -------------------------------------------------------------- */

/* An awscc value's keys as the nested schema names them. */
static void rename_nested(json_t *v, const struct attr_schema *a)
{
	if (!a || !a->nested || !v)
		return;
	if (json_is_array(v)) {
		size_t i;
		json_t *item;
		json_array_foreach(v, i, item)
			rename_nested(item, a);
		return;
	}
	if (!json_is_object(v))
		return;
	json_t *copy = json_object();
	const char *k;
	json_t *item;
	json_object_foreach(v, k, item) {
		const struct attr_schema *na = tf_schema_attr(a->nested, k, NULL);
		rename_nested(item, na);
		json_object_set(copy, na ? na->name : k, item);
	}
	json_object_clear(v);
	json_object_update(v, copy);
	json_decref(copy);
}

/* precondition { condition = ..., error_message = ... } (a variable's
 * validation block too): {condition, error_message}; a condition that is
 * a literal as ${true}. NULL (warned, counted) when either cannot be read. */
static json_t *condition_block(struct conv *c, const struct hcl_item *blk)
{
	const struct hcl_item *cond = hcl_attr(blk->body, "condition");
	const struct hcl_item *msg = hcl_attr(blk->body, "error_message");
	if (!cond || !msg) {
		tf_left_out(c, &blk->pos, "%s left out: %s", blk->name,
			    "it takes a condition and an error_message");
		return NULL;
	}
	json_t *cv = tf_attr_value(c, cond, NULL);
	json_t *mv = cv ? tf_attr_value(c, msg, NULL) : NULL;
	if (!cv || !mv) {
		json_decref(cv);
		return NULL;
	}
	if (!json_is_string(cv)) { /* condition = true */
		json_t *s = json_sprintf("${%s}", json_is_true(cv) ? "true" : "false");
		json_decref(cv);
		cv = s;
	}
	return json_pack("{s:o,s:o}", "condition", cv, "error_message", mv);
}

static void lifecycle_block(struct conv *c, const struct decl *dc, const struct hcl_item *blk,
			    json_t *res)
{
	json_t *life = json_object();
	for (size_t i = 0; i < blk->body->n; i++) {
		const struct hcl_item *it = &blk->body->items[i];
		json_t *v = NULL;
		if (!it->is_block && !strcmp(it->name, "prevent_destroy"))
			v = tf_attr_value(c, it, NULL);
		else if (!it->is_block && !strcmp(it->name, "ignore_changes") && it->expr &&
			 it->expr->kind == EXPR_LIST) {
			v = json_array();
			for (size_t k = 0; k < it->expr->n_args; k++) {
				struct strbuf s = STRBUF_INIT;
				tf_add_source(&s, it, it->expr->args[k]);
				const struct attr_schema *a =
					dc->written ? tf_aws_attr(dc, tf_either_name(dc->tf_type, s.buf))
						    : NULL;
				if (dc->written && !a)
					tf_left_out(c, &it->pos, "ignore_changes' %s left out: %s", s.buf,
						    "terrace's type has no such attribute");
				else if (!tf_list_has(v, a ? a->name : s.buf))
					json_array_append_new(v, json_string(a ? a->name : s.buf));
				strbuf_release(&s);
			}
		} else if (!it->is_block && !strcmp(it->name, "ignore_changes")) {
			tf_left_out(c, &it->pos, "lifecycle's %s left out: %s", it->name,
				 "only a list of attributes carries over (not all)");
		} else if (it->is_block && (!strcmp(it->name, "precondition") ||
					    !strcmp(it->name, "postcondition"))) {
			json_t *rule = condition_block(c, it);
			if (!rule)
				continue;
			json_t *rules = json_object_get(life, it->name);
			if (!rules)
				json_object_set_new(life, it->name, rules = json_array());
			json_array_append_new(rules, rule);
		} else {
			tf_left_out(c, &it->pos, "lifecycle's %s left out: %s", it->name,
				 "terrace's lifecycle takes prevent_destroy, ignore_changes, "
				 "precondition and postcondition of Terraform's");
		}
		if (v)
			json_object_set_new(life, it->name, v);
	}
	if (json_object_size(life))
		json_object_set_new(res, "lifecycle", life);
	else
		json_decref(life);
}

static json_t *block_object(struct conv *c, const struct hcl_body *b);

/* A nested block's content: its attributes and blocks (repeated ones as a
 * list). */
static json_t *block_object(struct conv *c, const struct hcl_body *b)
{
	json_t *o = json_object();
	for (size_t i = 0; i < b->n; i++) {
		const struct hcl_item *it = &b->items[i];
		json_t *v = it->is_block ? block_object(c, it->body) : tf_attr_value(c, it, NULL);
		if (!v)
			continue;
		json_t *had = json_object_get(o, it->name);
		if (it->is_block && had && json_is_array(had)) {
			json_array_append_new(had, v);
		} else if (it->is_block && had) {
			json_t *list = json_pack("[O]", had);
			json_array_append_new(list, v);
			json_object_set_new(o, it->name, list);
		} else {
			json_object_set_new(o, it->name, v);
		}
	}
	return o;
}

/* name_prefix = "app-" (or another prefix, tf_prefix_of): the name, built
 * of the prefix and a suffix that stays the same for the stack, workspace
 * and resource (Terraform's is a timestamp it keeps in state; terrace
 * keeps none). */
static void res_name_prefix(struct conv *c, const struct decl *dc, const struct hcl_item *it,
			    json_t *res, const char *key)
{
	json_t *v = tf_attr_value(c, it, NULL);
	if (!json_is_string(v)) {
		if (v)
			tf_left_out(c, &it->pos, "%s left out: %s", it->name, "it is not text");
		json_decref(v);
		return;
	}
	/* a FIFO queue's or topic's name ends in .fifo, as Terraform makes it */
	const struct hcl_item *fifo = hcl_attr(dc->item->body, !strcmp(dc->tf_type, "aws_sqs_queue")
					       ? "fifo_queue" : !strcmp(dc->tf_type, "aws_sns_topic")
					       ? "fifo_topic" : "");
	char *suffix = NULL;
	if (fifo && fifo->expr && fifo->expr->kind == EXPR_LITERAL)
		suffix = xstrdup(json_is_true(fifo->expr->literal) ? ".fifo" : "");
	else if (fifo) {
		char *cond = tf_attr_text(c, fifo);
		suffix = cond ? xasprintf("${(%s) ? \".fifo\" : \"\"}", cond) : NULL;
		free(cond);
	}
	/* and of each instance: of the module's (terrace.module, "" at the
	 * root) and the resource's own key */
	const char *key_part = hcl_attr(dc->item->body, "for_each") ? "[${each.key}]"
			       : hcl_attr(dc->item->body, "count") ? "[${count.index}]" : "";
	json_object_set_new(res, key, json_sprintf("%s${substr(sha1(\"${terrace.stack}/"
						   "${terrace.workspace}/%s${terrace.module}%s\"), 0, "
						   "8)}%s", json_string_value(v), dc->name, key_part,
						   suffix ? suffix : ""));
	free(suffix);
	json_decref(v);
}


/* name_prefix = P beside name = N, either set by a condition (a module's
 * use_name_prefix: the other null): the name N when it is not null, else
 * P and the suffix res_name_prefix gives when P is not null, else null
 * (the type's own default). A literal prefix alone is res_name_prefix's. */
static void res_name_or_prefix(struct conv *c, const struct decl *dc, const struct hcl_item *it,
			       json_t *res, const char *key)
{
	json_t *name = json_incref(json_object_get(res, key));
	json_t *pv = tf_attr_value(c, it, NULL);
	res_name_prefix(c, dc, it, res, key);
	json_t *prefixed = json_object_get(res, key);
	bool literal = json_is_string(pv) && !strstr(json_string_value(pv), "${");
	if (prefixed && prefixed != name && (name || !literal)) {
		struct strbuf e = STRBUF_INIT;
		strbuf_addstr(&e, "${");
		if (name) {
			tf_add_expression(&e, name);
			strbuf_addstr(&e, " != null ? ");
			tf_add_expression(&e, name);
			strbuf_addstr(&e, " : ");
		}
		tf_add_expression(&e, pv);
		strbuf_addstr(&e, " != null ? ");
		tf_add_expression(&e, prefixed);
		strbuf_addstr(&e, " : null}");
		json_object_set_new(res, key, json_stringn(e.buf, e.len));
		strbuf_release(&e);
	}
	json_decref(pv);
	json_decref(name);
}

/* Terraform's tags map as awscc's list of {key, value}. */
static json_t *tags_as_list(json_t *v)
{
	json_t *list;
	if (json_is_object(v)) {
		list = json_array();
		const char *k;
		json_t *item;
		json_object_foreach(v, k, item)
			json_array_append_new(list, json_pack("{s:s,s:O}", "key", k, "value", item));
	} else if (json_is_string(v) && expr_is_one_expression(json_string_value(v))) {
		const char *s = json_string_value(v);
		list = json_sprintf("${[for k, v in %.*s : {key = k, value = v}]}",
				    (int)strlen(s) - 3, s + 2);
	} else {
		return v;
	}
	json_decref(v);
	return list;
}

/* A block of Terraform's whose members the written type has at its top
 * level (a record's weighted_routing_policy { weight }), into res. */
static void lift_block(struct conv *c, const struct decl *dc, const struct hcl_item *blk,
		       json_t *res)
{
	for (size_t i = 0; i < blk->body->n; i++) {
		const struct hcl_item *it = &blk->body->items[i];
		const char *attr = it->is_block ? NULL
				   : tf_lifted_attr(dc->tf_type, blk->name, it->name);
		if (!attr) {
			tf_left_out(c, &it->pos, "%s of %s left out: terrace's type has no such "
				    "attribute", it->name, blk->name);
			continue;
		}
		json_t *v = tf_attr_value(c, it, schema_find(dc->rt->attrs, attr));
		if (v)
			json_object_set_new(res, attr, v);
	}
}

static void convert_resource(struct conv *c, struct decl *dc)
{
	c->self = dc; /* self in a postcondition */
	json_t *res = json_object();
	json_object_set_new(res, "type", json_string(dc->rt->name));
	bool awscc = dc->rt->family == TYPE_FAMILY_FROM_DATA;
	const struct hcl_item *prefix_it = NULL;
	const char *prefix_key = NULL;
	for (size_t i = 0; i < dc->item->body->n; i++) {
		const struct hcl_item *it = &dc->item->body->items[i];
		json_t *v = NULL;
		const char *key = it->name;
		if (it->is_block && !strcmp(it->name, "lifecycle")) {
			lifecycle_block(c, dc, it, res);
			continue;
		}
		if (!strcmp(it->name, "count") || !strcmp(it->name, "for_each")) {
			v = tf_attr_value(c, it, NULL);
		} else if (!it->is_block && !strcmp(it->name, "depends_on")) {
			v = tf_depends_on(c, it);
		} else if (it->is_block && tf_block_as_map(c, dc, it, res)) {
			continue;
		} else if (it->is_block && !strcmp(it->name, "dynamic")) {
			tf_dynamic_block(c, dc, it, res);
			continue;
		} else if (!it->is_block && !strcmp(it->name, "provider")) {
			v = tf_provider_ref(c, it); /* aws.west: west */
		} else if (!strcmp(it->name, "provider") || !strcmp(it->name, "provisioner") ||
			   !strcmp(it->name, "connection") || !strcmp(it->name, "timeouts")) {
			tf_left_out(c, &it->pos, "%s left out: %s", it->name,
				 !strcmp(it->name, "provider") ? "a provider alias: the stack's "
				 "resources use the provider of their type's name"
				 : "terrace has no counterpart");
			continue;
		} else if (dc->written && (tf_type_reads(dc->tf_type, it->name) ||
					   (dc->twin && tf_awscc_twin_reads(dc->tf_type, it->name)))) {
			continue; /* tf_type_finish() */
		} else if (dc->written && it->is_block &&
			   tf_lifted_attr(dc->tf_type, it->name, NULL)) {
			lift_block(c, dc, it, res);
			continue;
		} else if (dc->written && !strcmp(it->name, "source_code_hash") && it->expr &&
			   it->expr->kind == EXPR_REF && !strcmp(it->expr->ref.root, "data.archive_file")) {
			continue; /* terrace hashes the source it zips itself */
		} else {
			const char *const *renames = !dc->written ? NULL : dc->twin
						     ? dc->written->twin_renames : dc->written->renames;
			const char *prefix = dc->written ? tf_prefix_of(dc->tf_type, it->name) : NULL;
			const char *want = renames ? tf_renamed(renames, prefix ? prefix
								: tf_either_name(dc->tf_type, it->name))
					   : it->name;
			const struct attr_schema *a = tf_schema_attr(dc->rt->attrs, want,
								  awscc ? dc->rt->name : NULL);
			const char *lacks = dc->written ? tf_lacks_why(dc->tf_type, it->name, NULL)
						       : NULL;
			if (!a && lacks) {
				tf_left_out(c, &it->pos, "%s left out: %s", it->name, lacks);
				tf_lacks_guard(c, dc, it, res);
				continue;
			}
			if (!a && dc->written) {
				const char *twin = awscc ? NULL : tf_twin_with(dc, it->name);
				char *why = awscc ? xstrdup("the awscc type of the same "
							    "CloudFormation type has no such "
							    "property")
					    : twin ? xasprintf("terrace's written type has no such "
							       "attribute (%s has: write the "
							       "resource as its awscc_* twin to "
							       "keep it)", twin)
					    : xstrdup("terrace's written type has no such attribute, "
						      "nor the awscc type of its name one by that "
						      "name");
				tf_left_out(c, &it->pos, "%s left out: %s", it->name, why);
				free(why);
				continue;
			}
			key = a ? a->name : it->name;
			if (prefix) {
				prefix_it = it; /* once name, wherever it is, is known */
				prefix_key = key;
				continue;
			}
			if (!strcmp(key, "type") && !dc->written) {
				tf_left_out(c, &it->pos, "attribute %s left out: %s", it->name,
					 "the type has no such property, and type: names the "
					 "resource's type");
				continue;
			}
			if (dc->written && !(a->flags & (ATTR_REQUIRED | ATTR_OPTIONAL))) {
				tf_left_out(c, &it->pos, "%s left out: %s", it->name,
					    "AWS computes it: terrace's type does not take it");
				continue;
			}
			v = it->is_block ? block_object(c, it->body) : tf_attr_value(c, it, a);
			if (a && awscc)
				rename_nested(v, a);
			if (v && dc->written && it->is_block && a->type == ATTR_MAP &&
			    json_object_size(v) == 1 &&
			    json_is_object(json_object_iter_value(json_object_iter(v)))) {
				/* environment { variables = {...} }: the map itself */
				json_t *inner = json_incref(json_object_iter_value(json_object_iter(v)));
				json_decref(v);
				v = inner;
			}
			if (v && a && awscc && dc->written && !strcmp(key, "tags") &&
			    a->type == ATTR_OBJECT_LIST)
				v = tags_as_list(v);
			if (v && dc->written && !tf_prune_nested(c, dc, it, v, a)) {
				tf_left_out(c, &it->pos, "%s left out: %s", it->name,
					    "a block of it lacks what terrace's type requires there");
				json_decref(v);
				continue;
			}

			if (it->is_block && a && a->type == ATTR_OBJECT_LIST && v) {
				json_t *had = json_object_get(res, key);
				if (had) {
					json_array_append_new(had, v);
					continue;
				}
				v = json_pack("[o]", v);
			}
			if (v && !it->is_block && strcmp(key, "type") && json_object_get(res, key))
				v = tf_either_of(json_object_get(res, key), v); /* value, insecure_value */
		}
		if (v)
			json_object_set_new(res, key, v);
	}
	if (prefix_it)
		res_name_or_prefix(c, dc, prefix_it, res, prefix_key);
	if (dc->written && !strcmp(dc->tf_type, "aws_route53_record"))
		tf_record_name(c, dc, res);
	json_object_set_new(tf_section(c, "resources"), dc->name, res);
	if (dc->written)
		tf_type_finish(c, dc, res);
	c->self = NULL;
}

/* ---- data sources ------------------------------------------------------------ */

static void convert_lookup(struct conv *c, struct decl *dc)
{
	json_t *l = json_pack("{s:s}", "type", dc->lookup->kind);
	for (size_t i = 0; i < dc->item->body->n; i++) {
		const struct hcl_item *it = &dc->item->body->items[i];
		const char *arg = NULL;
		for (size_t k = 0; dc->lookup->args[k]; k += 2)
			if (!it->is_block && !strcmp(it->name, dc->lookup->args[k]))
				arg = dc->lookup->args[k + 1];
		const struct hcl_item *fname = it->is_block && !strcmp(it->name, "filter")
					       ? hcl_attr(it->body, "name") : NULL;
		const struct hcl_item *fvals = fname ? hcl_attr(it->body, "values") : NULL;
		if (fname && fvals && fname->expr && fname->expr->kind == EXPR_LITERAL &&
		    fvals->expr && fvals->expr->kind == EXPR_LIST && fvals->expr->n_args == 1) {
			for (size_t k = 0; k < sizeof(tf_lookup_filters) / sizeof(tf_lookup_filters[0]); k++)
				if (!strcmp(tf_lookup_filters[k].tf, dc->tf_type) &&
				    !strcmp(tf_lookup_filters[k].filter,
					    json_string_value(fname->expr->literal)))
					arg = tf_lookup_filters[k].arg;
			if (arg) {
				json_t *vals = tf_attr_value(c, fvals, NULL);
				if (vals)
					json_object_set(l, arg, json_array_get(vals, 0));
				json_decref(vals);
				continue;
			}
		}
		if (!strcmp(it->name, "most_recent") && !strcmp(dc->tf_type, "aws_ami"))
			continue; /* terrace's AMI lookup takes the newest always */
		if (!it->is_block && (!strcmp(it->name, "count") || !strcmp(it->name, "for_each")))
			arg = it->name; /* one lookup per instance, as Terraform's */
		if (!it->is_block && !strcmp(it->name, "provider")) {
			json_t *v = tf_provider_ref(c, it);
			if (v)
				json_object_set_new(l, "provider", v);
			continue;
		}
		if (!arg || it->is_block) {
			tf_left_out(c, &it->pos, "%s left out: %s", it->name,
				 "terrace's lookup has no such argument");
			continue;
		}
		json_t *v = tf_attr_value(c, it, NULL);
		if (v)
			json_object_set_new(l, arg, v);
	}
	json_object_set_new(tf_section(c, "data"), dc->name, l);
}

/* ---- variables, locals, outputs, providers -------------------------------- */

static void convert_variable(struct conv *c, const struct hcl_item *blk)
{
	json_t *var = json_object();
	for (size_t i = 0; i < blk->body->n; i++) {
		const struct hcl_item *it = &blk->body->items[i];
		if (!it->is_block && !strcmp(it->name, "type")) {
			/* Terraform's type constraint, as terrace takes it: its text */
			json_object_set_new(var, "type", json_stringn(it->text, it->text_len));
		} else if (it->is_block && !strcmp(it->name, "validation")) {
			json_t *rules = json_object_get(var, "validation");
			if (!rules)
				json_object_set_new(var, "validation", rules = json_array());
			json_t *rule = json_object();
			const struct hcl_item *cond = hcl_attr(it->body, "condition");
			const struct hcl_item *msg = hcl_attr(it->body, "error_message");
			json_t *cv = cond ? tf_attr_value(c, cond, NULL) : NULL;
			json_t *mv = msg ? tf_attr_value(c, msg, NULL) : NULL;
			if (cv && !json_is_string(cv)) { /* condition = true */
				json_t *s = json_sprintf("${%s}", json_is_true(cv) ? "true" : "false");
				json_decref(cv);
				cv = s;
			}
			if (cv)
				json_object_set_new(rule, "condition", cv);
			if (mv)
				json_object_set_new(rule, "error_message", mv);
			json_array_append_new(rules, rule);
		} else if (!it->is_block && (!strcmp(it->name, "default") ||
					     !strcmp(it->name, "description") ||
					     !strcmp(it->name, "sensitive") ||
					     !strcmp(it->name, "nullable"))) {
			json_t *v = tf_attr_value(c, it, NULL);
			if (v)
				json_object_set_new(var, it->name, v);
		} else {
			tf_left_out(c, &it->pos, "variable's %s left out: %s", it->name,
				 "terrace's variables have no such setting");
		}
	}
	tf_string_bool_variable(c, blk, var);
	json_object_set_new(tf_section(c, "variables"), blk->labels[0], var);
}

static void convert_output(struct conv *c, const struct hcl_item *blk)
{
	json_t *out = json_object();
	for (size_t i = 0; i < blk->body->n; i++) {
		const struct hcl_item *it = &blk->body->items[i];
		if (!it->is_block && (!strcmp(it->name, "value") || !strcmp(it->name, "description") ||
				      !strcmp(it->name, "sensitive"))) {
			json_t *v = tf_attr_value(c, it, NULL);
			/* a value left out (warned) is null: the output stays, for
			 * what names it (a calling module's module.NAME.OUTPUT) */
			if (v || !strcmp(it->name, "value"))
				json_object_set_new(out, it->name, v ? v : json_null());
		} else {
			tf_left_out(c, &it->pos, "output's %s left out: %s", it->name,
				 "terrace's outputs take value, description and sensitive");
		}
	}
	json_object_set_new(tf_section(c, "outputs"), blk->labels[0], out);
}

static void convert_provider(struct conv *c, const struct hcl_item *blk)
{
	const char *name = blk->labels[0];
	if (strcmp(name, "aws") && strcmp(name, "awscc")) {
		tf_left_out(c, &blk->pos, "provider \"%s\" left out: %s", name,
			 "terrace's providers are aws (and awscc's types through it), postgres and ssh");
		return;
	}
	if (hcl_attr(blk->body, "alias") && tf_provider_alias(c, blk))
		return; /* providers: ALIAS: {type: aws, ...} */
	if (hcl_attr(blk->body, "alias")) {
		tf_left_out(c, &blk->pos, "provider \"%s\" with an alias left out: %s", name,
			 "write it as a second configuration under providers: by hand");
		return;
	}
	json_t *aws = json_object_get(tf_section(c, "providers"), "aws");
	if (!aws)
		json_object_set_new(tf_section(c, "providers"), "aws", aws = json_object());
	for (size_t i = 0; i < blk->body->n; i++) {
		const struct hcl_item *it = &blk->body->items[i];
		if (!it->is_block && !strcmp(it->name, "region")) {
			json_t *v = tf_attr_value(c, it, NULL);
			if (v)
				json_object_set_new(aws, "region", v);
		} else {
			tf_left_out(c, &it->pos, "provider setting %s left out: %s", it->name,
				 "see docs/providers/aws.md for the aws provider's settings");
		}
	}
	if (!json_object_size(aws))
		json_object_del(tf_section(c, "providers"), "aws");
}

/* ---- declarations ------------------------------------------------------------ */

/* awscc_s3_bucket: the awscc type of the same name, case and separators
 * aside (awscc_cloudwatch_otel_enrichment is awscc.cloudwatch.o_tel_enrichment). */
static const struct resource_type *awscc_type(const char *tf_type)
{
	const struct provider_type *pt = provider_type_find("aws");
	size_t n = 0;
	const char *const *names = pt && pt->type_names ? pt->type_names(&n) : NULL;
	struct strbuf want = STRBUF_INIT;
	strbuf_addf(&want, "awscc.%s", tf_type + 6);
	const char *like = names ? schema_name_like(want.buf, names, n) : NULL;
	strbuf_release(&want);
	return like ? resource_type_find(like, NULL) : NULL;
}

static void declare(struct conv *c, const struct hcl_item *blk, enum decl_kind kind)
{
	if (blk->n_labels != 2) {
		tf_left_out(c, &blk->pos, "%s block left out: %s", blk->name,
			 "it takes two labels, a type and a name");
		return;
	}
	c->decls = xrealloc(c->decls, (c->n_decls + 1) * sizeof(*c->decls));
	struct decl *dc = &c->decls[c->n_decls++];
	memset(dc, 0, sizeof(*dc));
	dc->kind = kind;
	dc->item = blk;
	dc->tf_type = blk->labels[0];
	dc->tf_name = blk->labels[1];
	if (kind == D_DATA) {
		dc->policy_document = !strcmp(dc->tf_type, "aws_iam_policy_document");
		for (size_t i = 0; i < sizeof(tf_lookups) / sizeof(tf_lookups[0]); i++)
			if (!strcmp(tf_lookups[i].tf, dc->tf_type))
				dc->lookup = &tf_lookups[i];
		if (!strcmp(dc->tf_type, "archive_file")) {
			/* terrace zips a function's source itself: the archive is
			 * its folder or file */
			dc->archive_source = hcl_attr(blk->body, "source_dir");
			if (!dc->archive_source)
				dc->archive_source = hcl_attr(blk->body, "source_file");
			if (dc->archive_source)
				return;
		}
		if (!strcmp(dc->tf_type, "external") && tf_is_lambda_package(blk)) {
			dc->lambda_package = true; /* terrace's own packaging */
			return;
		}
		if (!dc->lookup && !dc->policy_document)
			tf_left_out(c, &blk->pos, "data \"%s\" left out: %s", dc->tf_type,
				    "terrace has no lookup for it (docs/stack-language.md#lookups-data)");
		return;
	}
	if (!strncmp(dc->tf_type, "awscc_", 6)) {
		dc->rt = awscc_type(dc->tf_type);
		if (!dc->rt)
			tf_left_out(c, &blk->pos, "resource \"%s\" left out: %s", dc->tf_type,
				    "no awscc type of that name in terrace's copy of the registry");
		return;
	}
	if (!strcmp(dc->tf_type, "terraform_data") && tf_is_data_value(blk)) {
		dc->data_value = true; /* a local, its guards variables' validation */
		return;
	}
	dc->fold = tf_fold_find(dc->tf_type);
	if (dc->fold)
		return; /* folded into its owner, or left out, in fold_decls */
	dc->written = tf_written_find(dc->tf_type);
	if (dc->written)
		dc->rt = resource_type_find(dc->written->type, NULL);
	if (dc->rt && dc->written->twin) {
		/* an attribute only the awscc twin has (a role's
		 * permissions_boundary): the resource is the twin */
		const struct resource_type *twin = resource_type_find(dc->written->twin, NULL);
		for (size_t i = 0; twin && i < blk->body->n && !dc->twin; i++) {
			const char *name = blk->body->items[i].name;
			dc->twin = (!schema_find(dc->rt->attrs, tf_renamed(dc->written->renames, name)) &&
				    tf_schema_attr(twin->attrs, tf_renamed(dc->written->twin_renames, name),
						   twin->name)) ||
				   tf_awscc_shape_reads(dc->tf_type, name);
		}
		if (dc->twin)
			dc->rt = twin;
	}
	const char *why = tf_left_out_why(dc->tf_type);
	if (!dc->rt)
		tf_left_out(c, &blk->pos, "resource \"%s\" left out: %s", dc->tf_type,
			    why ? why : !strncmp(dc->tf_type, "aws_", 4)
			    ? "no type of terrace is the same object (write it as its awscc_* twin)"
			    : "another provider's: terrace has aws (and awscc), postgres and ssh");
}

/* The first attribute an aws_* resource's type requires that its block
 * does not set (NULL: none): such a resource is left out, its Terraform
 * shape not the type's (a launch template's settings, CloudFormation's
 * LaunchTemplateData). */
static const char *missing_required(const struct conv *c, const struct decl *dc)
{
	for (const struct attr_schema *a = dc->rt->attrs; a->name; a++) {
		bool set = !(a->flags & ATTR_REQUIRED) || tf_type_gives(dc->tf_type, a->name);
		for (size_t i = 0; !set && i < c->n_decls; i++)
			set = c->decls[i].owner == dc && c->decls[i].fold->gives &&
			      !strcmp(c->decls[i].fold->gives, a->name);
		for (size_t i = 0; !set && i < dc->item->body->n; i++) {
			const struct hcl_item *it = &dc->item->body->items[i];
			const char *name = it->is_block && !strcmp(it->name, "dynamic") &&
					   it->n_labels == 1 ? it->labels[0] : it->name;
			const struct attr_schema *b =
				tf_aws_attr(dc, tf_prefix_of(dc->tf_type, name)
						? tf_prefix_of(dc->tf_type, name)
						: tf_either_name(dc->tf_type, name));
			set = b == a;
		}
		if (!set)
			return a->name;
	}
	return NULL;
}

/* A reference to what the conversion left out (a resource of another
 * provider, a data source with no lookup), declared by the configuration:
 * a variable stands for its value, so that the stack still validates and
 * the value is given with -var (the left-out construct itself was warned
 * of and counted where it is declared). Its name is the reference's, its
 * steps joined by "_" (aws_acm_certificate.example.arn ->
 * var.aws_acm_certificate_example_arn). */
void tf_check_required(struct conv *c)
{
	for (size_t i = 0; i < c->n_decls; i++) {
		struct decl *dc = &c->decls[i];
		const char *missing = dc->rt && dc->written ? missing_required(c, dc) : NULL;
		for (size_t k = 0; dc->rt && dc->written && !missing && k < dc->item->body->n; k++) {
			const struct hcl_item *it = &dc->item->body->items[k];
			bool whole = false;
			const char *why = tf_lacks_why(dc->tf_type, it->name, &whole);
			if (why && whole) {
				tf_left_out(c, &it->pos, "resource \"%s\" left out: %s", dc->tf_type, why);
				dc->rt = NULL;
			}
		}
		if (!missing)
			continue;
		char *why = xasprintf("terrace's %s requires %s, which the resource does not set "
				      "(its shape in Terraform is not the type's)", dc->rt->name, missing);
		tf_left_out(c, &dc->item->pos, "resource \"%s\" left out: %s", dc->tf_type, why);
		free(why);
		dc->rt = NULL;
	}
}

/* The stack's names: a resource's own where it is unique among those
 * carried (resources among resources, lookups among lookups), else
 * TYPE_NAME (s3_bucket_logs beside sqs_queue_logs). */
static void name_decls(struct conv *c)
{
	for (size_t i = 0; i < c->n_decls; i++) {
		struct decl *dc = &c->decls[i];
		if (dc->kind == D_MODULE)
			continue; /* named in declare_module: modules are a namespace of their own */
		bool clash = false;
		for (size_t k = 0; k < c->n_decls; k++) {
			const struct decl *o = &c->decls[k];
			clash = clash || (k != i && o->kind == dc->kind &&
					  (o->rt || o->lookup || o->policy_document || o->data_value) &&
					  !strcmp(o->tf_name, dc->tf_name));
		}
		const char *type = dc->tf_type;
		const char *under = strchr(type, '_');
		if (dc->policy_document)
			dc->name = xasprintf("%s_policy", dc->tf_name);
		else if (clash || stack_reserved_name(dc->tf_name))
			dc->name = xasprintf("%s_%s", under ? under + 1 : type, dc->tf_name);
		else
			dc->name = xstrdup(dc->tf_name);
	}
}

static void convert_import(struct conv *c, const struct hcl_item *blk);

static void convert_body(struct conv *c, const struct hcl_body *b)
{
	for (size_t i = 0; i < b->n; i++) {
		const struct hcl_item *blk = &b->items[i];
		if (!blk->is_block) {
			tf_left_out(c, &blk->pos, "top-level attribute %s left out: %s", blk->name,
				 "a configuration's body holds blocks");
		} else if (!strcmp(blk->name, "variable") && blk->n_labels == 1) {
			convert_variable(c, blk);
		} else if (!strcmp(blk->name, "output") && blk->n_labels == 1) {
			convert_output(c, blk);
		} else if (!strcmp(blk->name, "provider") && blk->n_labels == 1) {
			convert_provider(c, blk);
		} else if (!strcmp(blk->name, "locals")) {
			for (size_t k = 0; k < blk->body->n; k++) {
				const struct hcl_item *it = &blk->body->items[k];
				json_t *v = tf_attr_value(c, it, NULL);
				if (!v) /* left out, warned: what refers to it still validates */
					v = tf_local_stand_in(c, it);
				json_object_set_new(tf_section(c, "locals"), it->name, v);
			}
		} else if (!strcmp(blk->name, "terraform")) {
			for (size_t k = 0; k < blk->body->n; k++) {
				const struct hcl_item *it = &blk->body->items[k];
				if (strcmp(it->name, "required_providers") &&
				    strcmp(it->name, "required_version"))
					tf_left_out(c, &it->pos, "terraform's %s left out: %s", it->name,
						 !strcmp(it->name, "backend") || !strcmp(it->name, "cloud")
						 ? "give the stack a backend: by hand (docs/state.md)"
						 : !strcmp(it->name, "provider_meta")
						 ? "what a module tells its providers about itself: terrace's "
						   "providers take none"
						 : "terrace has no counterpart");
			}
		} else if (!strcmp(blk->name, "import")) {
			convert_import(c, blk);
		} else if (!strcmp(blk->name, "module")) {
			struct decl *dc = blk->n_labels == 1
					  ? tf_find_decl(c, D_MODULE, "module", blk->labels[0]) : NULL;
			if (dc && dc->item == blk && dc->module_call)
				tf_convert_module(c, dc);
		} else if (strcmp(blk->name, "resource") && strcmp(blk->name, "data")) {
			tf_left_out(c, &blk->pos, "%s block left out: %s", blk->name,
				 "terrace has no counterpart");
		}
	}
}

/* The stack's import: list, made on first use (import blocks and a
 * state's objects both add to it). */
static json_t *imports_of(struct conv *c)
{
	json_t *list = json_object_get(c->out, "import");
	if (!list)
		json_object_set_new(c->out, "import", list = json_array());
	return list;
}

/* import { to = awscc_s3_bucket.lake  id = "lake-raw" }: an entry of the
 * stack's import: (docs/stack-language.md), to the stack's name for the
 * resource. By identity (Terraform 1.12's identity = {...}) it cannot be:
 * terrace imports by id. */
static void convert_import(struct conv *c, const struct hcl_item *blk)
{
	const struct hcl_item *to = NULL, *id = NULL;
	for (size_t k = 0; k < blk->body->n; k++) {
		const struct hcl_item *it = &blk->body->items[k];
		if (!strcmp(it->name, "to"))
			to = it;
		else if (!strcmp(it->name, "id"))
			id = it;
		else {
			tf_left_out(c, &blk->pos, "import block left out: %s%s", it->name,
				 !strcmp(it->name, "identity")
				 ? " names the object by its identity; terrace imports by id (write id)"
				 : " has no counterpart in terrace's import:");
			return;
		}
	}
	struct decl *dc = NULL;
	if (to && to->expr && to->expr->kind == EXPR_REF && to->expr->ref.path) {
		char *name = xstrndup(to->expr->ref.path, tf_first_step(to->expr->ref.path));
		dc = tf_find_decl(c, D_RESOURCE, to->expr->ref.root, name);
		free(name);
	}
	if (!dc || !dc->rt || !id) {
		tf_left_out(c, &blk->pos, "import block left out: %s%s", !id ? "it has no id" :
			 "its to is not a resource the conversion carried", "");
		return;
	}
	json_t *value = tf_attr_value(c, id, NULL);
	if (!value)
		return;
	struct strbuf addr = STRBUF_INIT;
	strbuf_addstr(&addr, dc->name);
	strbuf_addstr(&addr, to->expr->ref.path + tf_first_step(to->expr->ref.path));
	json_array_append_new(imports_of(c), json_pack("{s:s,s:o}", "to", addr.buf, "id", value));
	strbuf_release(&addr);
}

static void convert_decls(struct conv *c)
{
	for (size_t i = 0; i < c->n_decls; i++) {
		struct decl *dc = &c->decls[i];
		if (dc->policy_document) {
			json_t *doc = tf_policy_document(c, dc);
			if (doc)
				json_object_set_new(tf_section(c, "locals"), dc->name, doc);
		} else if (dc->lookup) {
			convert_lookup(c, dc);
		} else if (dc->data_value) {
			tf_convert_data_value(c, dc);
		} else if (dc->lambda_package) {
			tf_convert_package(c, dc);
		} else if (dc->rt) {
			convert_resource(c, dc);
		}
	}
	tf_fold_decls(c);
	tf_attrs_by_type(c);
	tf_output_bucket_arns(c);
	tf_for_attrs_by_type(c);
	tf_whole_objects(c);
	tf_package_consumers(c);
}

/* ---- import from a state ------------------------------------------------------ */

static void convert_state(struct conv *c, const json_t *state, struct diags *d)
{
	if (json_integer_value(json_object_get(state, "version")) != 4) {
		diag_warnf(d, NULL, "the state is not of format version 4: no import: blocks");
		c->left_out++;
		return;
	}
	json_t *imports = imports_of(c);
	size_t i;
	json_t *r;
	json_array_foreach(json_object_get(state, "resources"), i, r) {
		const char *mode = json_string_value(json_object_get(r, "mode"));
		const char *type = json_string_value(json_object_get(r, "type"));
		const char *name = json_string_value(json_object_get(r, "name"));
		if (!mode || !type || !name || strcmp(mode, "managed"))
			continue; /* a data source's reads: lookups are read again */
		if (json_object_get(r, "module")) {
			diag_warnf(d, NULL, "the state's %s.%s.%s is not imported: a module's "
				   "instances are not (write their import: by hand)",
				   json_string_value(json_object_get(r, "module")),
				   type, name);
			c->left_out++;
			continue;
		}
		struct decl *dc = tf_find_decl(c, D_RESOURCE, type, name);
		if (!dc || !dc->rt) {
			diag_warnf(d, NULL, "the state's %s.%s is not imported: the conversion did not "
				   "carry it", type, name);
			c->left_out++;
			continue;
		}
		const char *from = dc->written ? dc->written->import_from : "id";
		if (!from) {
			diag_warnf(d, NULL, "the state's %s.%s is not imported: terrace imports %s by "
				   "an id of several attributes (terrace providers schema %s): write "
				   "its import: by hand", type, name, dc->rt->name, dc->rt->name);
			c->left_out++;
			continue;
		}
		size_t k;
		json_t *inst;
		json_array_foreach(json_object_get(r, "instances"), k, inst) {
			const json_t *key = json_object_get(inst, "index_key");
			const char *id = json_string_value(
				json_object_get(json_object_get(inst, "attributes"), from));
			if (!id) {
				diag_warnf(d, NULL, "the state's %s.%s is not imported: an instance "
					   "has no \"%s\"", type, name, from);
				c->left_out++;
				continue;
			}
			struct strbuf to = STRBUF_INIT;
			strbuf_addstr(&to, dc->name);
			if (json_is_integer(key)) {
				strbuf_addf(&to, "[%lld]", (long long)json_integer_value(key));
			} else if (json_is_string(key)) {
				strbuf_addch(&to, '[');
				expr_quote_key(&to, json_string_value(key));
				strbuf_addch(&to, ']');
			}
			json_array_append_new(imports, json_pack("{s:s,s:s}", "to", to.buf, "id", id));
			strbuf_release(&to);
		}
	}
}

/* ---- YAML ------------------------------------------------------------------- */

/* A scalar: a string by the one rule (stacks/yaml_write.h), a literal
 * block when it is text of several lines (a heredoc, a policy written over
 * lines), the rest as JSON writes it. */
static void yaml_scalar(struct strbuf *out, const json_t *v, bool key, int indent)
{
	if (json_is_string(v)) {
		yaml_add_string(out, json_string_value(v), json_string_length(v), key, indent);
		return;
	}
	char *j = json_dumps(v, JSON_ENCODE_ANY);
	strbuf_addstr(out, j);
	free(j);
}

static bool yaml_nested(const json_t *v)
{
	return (json_is_object(v) && json_object_size(v)) || (json_is_array(v) && json_array_size(v));
}

static void yaml_value(struct strbuf *out, const json_t *v, int indent);

static void yaml_key(struct strbuf *out, const char *k)
{
	json_t *s = json_string(k);
	yaml_scalar(out, s, true, 0);
	json_decref(s);
}

static void yaml_value(struct strbuf *out, const json_t *v, int indent)
{
	if (json_is_object(v)) {
		const char *k;
		json_t *item;
		bool first = true;
		json_object_foreach((json_t *)v, k, item) {
			strbuf_addf(out, "\n%*s", indent, "");
			first = false;
			yaml_key(out, k);
			strbuf_addch(out, ':');
			if (!yaml_nested(item))
				strbuf_addch(out, ' ');
			yaml_value(out, item, indent + 2);
		}
		if (first)
			strbuf_addstr(out, "{}");
	} else if (json_is_array(v)) {
		size_t i;
		json_t *item;
		json_array_foreach(v, i, item) {
			strbuf_addf(out, "\n%*s- ", indent - 2, "");
			if (json_is_object(item) && json_object_size(item)) {
				/* the first key on the "- " line */
				const char *k;
				json_t *m;
				bool first = true;
				json_object_foreach(item, k, m) {
					if (!first)
						strbuf_addf(out, "\n%*s", indent, "");
					first = false;
					yaml_key(out, k);
					strbuf_addch(out, ':');
					if (!yaml_nested(m))
						strbuf_addch(out, ' ');
					yaml_value(out, m, indent + 2);
				}
			} else {
				yaml_value(out, item, indent + 2);
			}
		}
		if (!json_array_size(v))
			strbuf_addstr(out, "[]");
	} else {
		yaml_scalar(out, v, false, indent);
	}
}

/* ---- files -------------------------------------------------------------------- */

struct tf_file {
	char *path;
	struct strbuf text;
	struct hcl_body *body;
};

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The *.tf files of path (a file, or a folder's, by name); the files of
 * the folder that are Terraform's but not read (*.tf.json, *.tfvars) are
 * warnings, counted in *skipped. */
static char **tf_paths(const char *path, size_t *n, size_t *skipped, struct diags *d)
{
	struct stat st;
	char **paths = NULL;
	*n = 0;
	if (stat(path, &st) < 0) {
		diag_errorf(d, NULL, "%s: cannot read it", path);
		return NULL;
	}
	if (!S_ISDIR(st.st_mode)) {
		paths = xcalloc(1, sizeof(*paths));
		paths[(*n)++] = xstrdup(path);
		return paths;
	}
	DIR *dir = opendir(path);
	struct dirent *e;
	while (dir && (e = readdir(dir))) {
		size_t len = strlen(e->d_name);
		if (len > 3 && !strcmp(e->d_name + len - 3, ".tf")) {
			paths = xrealloc(paths, (*n + 1) * sizeof(*paths));
			paths[(*n)++] = xasprintf("%s/%s", path, e->d_name);
		} else if (len > 8 && !strcmp(e->d_name + len - 8, ".tf.json")) {
			diag_warnf(d, NULL, "%s/%s left out: Terraform's JSON syntax is not read; "
				   "only *.tf files are", path, e->d_name);
			(*skipped)++;
		} else if ((len > 7 && !strcmp(e->d_name + len - 7, ".tfvars")) ||
			   (len > 12 && !strcmp(e->d_name + len - 12, ".tfvars.json"))) {
			diag_warnf(d, NULL, "%s/%s left out: variable values are not part of the "
				   "stack; give them as a -var-file (YAML) or TF_VAR_ variables",
				   path, e->d_name);
			(*skipped)++;
		}
	}
	if (dir)
		closedir(dir);
	if (!*n) {
		diag_errorf(d, NULL, "%s: no *.tf file in it", path);
		free(paths);
		return NULL;
	}
	qsort(paths, *n, sizeof(*paths), cmp_str);
	return paths;
}

/* A block's name that is none of a stack's (stack_name_valid) is an error
 * at the block, as terraform validate refuses it: Terraform's names are a
 * stack's, so such a configuration is one Terraform would not run, and
 * renamed it would be written into a stack that no longer says what the
 * configuration meant. -1 when there is one. */
static int refuse_invalid_names(const struct tf_file *files, size_t n_files, struct diags *d)
{
	static const struct {
		const char *block;
		size_t label; /* the label that is the name */
	} named[] = {
		{ "resource", 1 }, { "data", 1 }, { "variable", 0 }, { "output", 0 }, { "module", 0 },
	};
	int rc = 0;
	for (size_t i = 0; i < n_files; i++)
		for (size_t k = 0; k < files[i].body->n; k++) {
			const struct hcl_item *blk = &files[i].body->items[k];
			for (size_t r = 0; blk->is_block && r < sizeof(named) / sizeof(named[0]); r++)
				if (!strcmp(blk->name, named[r].block) &&
				    blk->n_labels > named[r].label &&
				    !stack_name_valid(blk->labels[named[r].label]))
					rc = diag_errorf(d, &blk->pos,
							 "%s name \"%s\" is not valid: Terraform's names, "
							 "as terrace's, begin with a letter or \"_\" and "
							 "hold only letters, digits, \"_\" and \"-\" "
							 "(terraform validate refuses it too); rename it",
							 blk->name, blk->labels[named[r].label]);
		}
	return rc;
}

int convert_terraform(const struct convert_source *source, struct convert_result *result,
		      struct diags *d)
{
	size_t n_files = 0, skipped = 0;
	char **paths = tf_paths(source->path, &n_files, &skipped, d);
	if (!paths)
		return -1;
	struct tf_file *files = xcalloc(n_files, sizeof(*files));
	int rc = 0;
	for (size_t i = 0; i < n_files; i++) {
		files[i].path = paths[i];
		strbuf_init(&files[i].text);
		const char *why;
		if (input_file_read(paths[i], &files[i].text, &why) < 0) {
			diag_errorf(d, NULL, "cannot read %s: %s", paths[i], why);
			rc = -1;
		} else if (!(files[i].body = hcl_parse(paths[i], files[i].text.buf,
						       files[i].text.len, d))) {
			rc = -1;
		}
	}
	if (rc == 0)
		rc = refuse_invalid_names(files, n_files, d);
	struct conv c = { .d = d, .out = json_object(), .left_out = skipped };
	if (rc == 0) {
		for (size_t i = 0; i < n_files; i++)
			for (size_t k = 0; k < files[i].body->n; k++) {
				const struct hcl_item *blk = &files[i].body->items[k];
				if (blk->is_block && !strcmp(blk->name, "resource"))
					declare(&c, blk, D_RESOURCE);
				else if (blk->is_block && !strcmp(blk->name, "data"))
					declare(&c, blk, D_DATA);
				else if (blk->is_block && !strcmp(blk->name, "module"))
					tf_declare_module(&c, blk);
				else if (blk->is_block && !strcmp(blk->name, "locals"))
					for (size_t l = 0; l < blk->body->n; l++) {
						c.locals = xrealloc(c.locals, (c.n_locals + 1) *
								    sizeof(*c.locals));
						c.locals[c.n_locals++] = &blk->body->items[l];
					}
			}
		tf_package_objects(&c);
		name_decls(&c);
		tf_find_owners(&c);
		tf_check_required(&c);
		/* The sections in the order a stack file is read. */
		json_object_set_new(c.out, "variables", json_object());
		json_object_set_new(c.out, "providers", json_object());
		json_object_set_new(c.out, "data", json_object());
		json_object_set_new(c.out, "locals", json_object());
		json_object_set_new(c.out, "resources", json_object());
		json_object_set_new(c.out, "modules", json_object());
		json_object_set_new(c.out, "outputs", json_object());
		for (size_t i = 0; i < n_files; i++)
			convert_body(&c, files[i].body);
		convert_decls(&c);
		if (source->existing)
			convert_state(&c, source->existing, d);
		static const char *const sections[] = { "variables", "providers", "data", "locals",
							"resources", "modules", "outputs" };
		for (size_t i = 0; i < sizeof(sections) / sizeof(sections[0]); i++)
			if (!json_object_size(json_object_get(c.out, sections[i])))
				json_object_del(c.out, sections[i]);
		if (!json_array_size(json_object_get(c.out, "import")))
			json_object_del(c.out, "import");
		struct strbuf head = STRBUF_INIT;
		strbuf_addstr(&head, "converted by terrace convert -from terraform from ");
		yaml_add_string(&head, source->path, strlen(source->path), true, 0);
		yaml_add_comment(&result->stack, head.buf, 0);
		strbuf_release(&head);
		strbuf_setlen(&result->stack, result->stack.len - 1); /* yaml_value's lines begin with \n */
		yaml_value(&result->stack, c.out, 0);
		strbuf_addch(&result->stack, '\n');
		result->left_out = c.left_out;
	}
	json_decref(c.out);
	json_decref(c.noted);
	free(c.locals);
	for (size_t i = 0; i < c.n_decls; i++)
		free(c.decls[i].name);
	free(c.decls);
	for (size_t i = 0; i < n_files; i++) {
		hcl_body_free(files[i].body);
		strbuf_release(&files[i].text);
		free(files[i].path);
	}
	free(files);
	free(paths);
	return rc;
}
