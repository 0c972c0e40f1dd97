/*
 * convert_tf_providers.c: Terraform's provider aliases as terrace's named
 * provider configurations. `provider "aws" { alias = "west", region = ... }`
 * is the configuration `west: {type: aws, region: ...}` under providers:
 * (tf_provider_alias); a resource's or data source's `provider = aws.west`
 * is its `provider: west` (tf_provider_ref); a module call's
 * `providers = { aws = aws.west }` is its `providers: {aws: west}`, the
 * module's default aws configuration being the caller's west, as in
 * Terraform (tf_module_providers; docs/stack-language.md, modules). So
 * two calls of one module in two regions (terraform-aws-rds's
 * cross-region-replica-postgres) make their objects in two regions, as
 * Terraform does, where they were both made in the default one.
 */
#include <string.h>

#include "provider/base/diag.h"
#include "stacks/convert_tf_internal.h"
#include "stacks/expr_internal.h"

/* The configuration name a reference to a provider (aws, aws.west) is:
 * "aws" or the alias; NULL when it is not an aws provider's. */
static const char *aws_provider_name(const struct expr_node *n)
{
	if (!n)
		return NULL;
	if (n->kind == EXPR_LITERAL && json_is_string(n->literal))
		return strcmp(json_string_value(n->literal), "aws") ? NULL : "aws";
	if (n->kind != EXPR_REF || n->bound || strcmp(n->ref.root, "aws"))
		return NULL;
	if (!n->ref.path)
		return "aws";
	return strpbrk(n->ref.path, ".[") ? NULL : n->ref.path;
}

bool tf_provider_alias(struct conv *c, const struct hcl_item *blk)
{
	const struct hcl_item *alias = hcl_attr(blk->body, "alias");
	const char *name = alias && alias->expr && alias->expr->kind == EXPR_LITERAL
			   ? json_string_value(alias->expr->literal) : NULL;
	json_t *conf;

	if (!name || strcmp(blk->labels[0], "aws") || !strcmp(name, "aws"))
		return false;
	conf = json_pack("{s:s}", "type", "aws");
	for (size_t i = 0; i < blk->body->n; i++) {
		const struct hcl_item *it = &blk->body->items[i];
		if (!it->is_block && !strcmp(it->name, "region")) {
			json_t *v = tf_attr_value(c, it, NULL);
			if (v)
				json_object_set_new(conf, "region", v);
		} else if (strcmp(it->name, "alias")) {
			tf_left_out(c, &it->pos, "provider setting %s left out: %s", it->name,
				 "see docs/providers/aws.md for the aws provider's settings");
		}
	}
	json_object_set_new(tf_section(c, "providers"), name, conf);
	return true;
}

json_t *tf_provider_ref(struct conv *c, const struct hcl_item *it)
{
	const char *name = aws_provider_name(it->expr);

	if (name)
		return json_string(name);
	tf_left_out(c, &it->pos, "%s left out: %s", it->name,
		 "not a provider configuration of aws (aws or aws.ALIAS): the resource uses the "
		 "provider of its type's name");
	return NULL;
}

json_t *tf_module_providers(struct conv *c, const struct hcl_item *it)
{
	const struct expr_node *map = it->expr;
	json_t *names = json_object();

	if (!map || map->kind != EXPR_MAP) {
		tf_left_out(c, &it->pos, "a module call's %s left out: %s", it->name,
			 "not a map of provider configurations");
		json_decref(names);
		return NULL;
	}
	for (size_t i = 0; i + 1 < map->n_args; i += 2) {
		const char *mine = aws_provider_name(map->args[i]);
		const char *callers = aws_provider_name(map->args[i + 1]);
		if (!mine || !callers) {
			tf_left_out(c, &it->pos, "a module call's %s left out: %s", it->name,
				 "a configuration other than aws's (aws or aws.ALIAS): the module "
				 "uses the root stack's of its types' names");
			json_decref(names);
			return NULL;
		}
		if (strcmp(mine, callers))
			json_object_set_new(names, mine, json_string(callers));
	}
	if (!json_object_size(names)) {
		json_decref(names);
		return NULL; /* aws = aws: what the module uses anyway */
	}
	return names;
}
