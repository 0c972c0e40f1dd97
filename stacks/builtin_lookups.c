/*
 * builtin_lookups.c: lookup kinds that are part of the stack language
 * rather than of a provider. terrace.stack reads another stack's outputs
 * from its state (`data: {net: {type: terrace.stack, path: ../network}}`,
 * then ${data.net.outputs.vpc_id}); it needs no provider configuration and
 * talks to no provider's API, so it is not in a provider's lookups.def.
 * Its schema is here, in stacks/, because the language (stack_model.c's lookups,
 * validate.c's references to data.NAME.ATTR) must know it when a stack is
 * loaded and validated, before any plan, and stacks/ sits below plan/. Its
 * read is in plan/stack_read.c: reading a state goes through a backend
 * (plan/backend_local.c, plan/backend_s3.c), which is plan/'s.
 */
#include "stacks/builtin_lookups.h"

#include <string.h>

static const struct attr_schema stack_lookup_attrs[] = {
	{ .name = "path", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "the other stack's folder, relative to this stack's: its state is "
			 "found as `terrace output` run there finds it (its backend: block or "
			 "the backend `terrace init` recorded there, TERRACE_BACKEND_*)" },
	{ .name = "backend", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "instead of path: the other stack's backend settings, as its "
			 "backend: block writes them (type: s3, bucket, key, region, endpoint, "
			 "...; or type: local, path)" },
	{ .name = "stack", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "with backend: the other stack's name (its S3 key without a key "
			 "setting: NAME/terrace.state.json)" },
	{ .name = "workspace", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "the other stack's workspace to read (default: this stack's)" },
	{ .name = "environment", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "the other stack's environment to read (its shared state, "
			 "workspace env.NAME), e.g. production: a shared network under "
			 "development pipelines" },
	{ .name = "outputs", .type = ATTR_MAP, .flags = ATTR_COMPUTED, .elem_type = ATTR_JSON,
	  .description = "the other stack's outputs, by name (a sensitive one cannot be "
			 "read: its state keeps only a hash)" },
	{ .name = "sensitive_outputs", .type = ATTR_LIST, .flags = ATTR_COMPUTED,
	  .elem_type = ATTR_STRING, .description = "the names of its sensitive outputs" },
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the other stack's name" },
	{ .name = "read_workspace", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the workspace read" },
	{ .name = "state", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "where its state is: a file, or s3://BUCKET/KEY" },
	{ .name = "serial", .type = ATTR_NUMBER, .flags = ATTR_COMPUTED,
	  .description = "its state's serial when read" },
	{ .name = "lineage", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "its state's lineage" },
	{ .name = "outputs_changed_at", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "when an apply last changed its outputs (UTC; \"\" for a state "
			 "written before terrace kept it)" },
	{ .name = "outputs_used", .type = ATTR_LIST, .flags = ATTR_COMPUTED,
	  .elem_type = ATTR_STRING,
	  .description = "the names of the outputs this stack uses (kept in its state: "
			 "the other stack's apply refuses to remove one of them)" },
	{ .name = "outputs_changing", .type = ATTR_LIST, .flags = ATTR_COMPUTED,
	  .elem_type = ATTR_STRING,
	  .description = "under `terrace plan -all`, when the other stack is applied "
			 "first: the outputs used here that its plan changes (known after "
			 "apply); the others have the values its plan gives them" },
	{ .name = "location", .type = ATTR_MAP, .flags = ATTR_COMPUTED, .elem_type = ATTR_STRING,
	  .description = "the backend settings it was read through (no credentials), so a "
			 "saved plan reads it again at apply" },
	{ .name = NULL },
};

const struct lookup_type terrace_stack_lookup = {
	.name = "terrace.stack",
	.description = "another stack's outputs, read from its state through its own backend "
		       "(read-only, without its lock)",
	.attrs = stack_lookup_attrs,
	.read = NULL,
	.terraform_type = "terraform_remote_state",
	.terraform_attrs = "outputs",
};

static const struct lookup_type *const builtin[] = { &terrace_stack_lookup, NULL };

const struct lookup_type *lookup_kind_find(const char *name, const struct provider_type **pt)
{
	for (size_t i = 0; builtin[i]; i++) {
		if (!strcmp(builtin[i]->name, name)) {
			if (pt)
				*pt = NULL;
			return builtin[i];
		}
	}
	return lookup_type_find(name, pt);
}
