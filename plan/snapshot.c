/*
 * snapshot.c: the configuration snapshot a plan is made from (see plan.h):
 * the stack reduced to JSON, with resolved variables, so that a saved plan
 * file can be applied without the stack files.
 */
#include "plan/plan.h"
#include "stacks/stack.h"

#include <stdlib.h>

static json_t *string_array(char *const *items, size_t n)
{
	json_t *a = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(a, json_string(items[i]));
	return a;
}

json_t *snapshot_from_stack(const struct stack *s, const json_t *variables)
{
	json_t *snap = json_object();
	json_object_set_new(snap, "stack", json_string(s->name ? s->name : ""));
	json_object_set_new(snap, "variables", json_deep_copy(variables));

	json_t *sens = json_array();
	for (size_t i = 0; i < s->n_vars; i++)
		if (s->vars[i].sensitive)
			json_array_append_new(sens, json_string(s->vars[i].name));
	json_object_set_new(snap, "sensitive_variables", sens);

	json_t *providers = json_object();
	for (size_t i = 0; i < s->n_providers; i++) {
		const struct stack_provider *p = &s->providers[i];
		json_object_set_new(providers, p->name,
				    json_pack("{s:s, s:O}", "type", p->type, "config",
					      p->config ? p->config : json_object()));
	}
	json_object_set_new(snap, "providers", providers);

	json_t *resources = json_object();
	for (size_t i = 0; i < s->n_resources; i++) {
		const struct stack_resource *r = &s->resources[i];
		size_t n_deps = 0;
		const char **deps = stack_resource_deps(s, r, &n_deps);
		json_t *dep_arr = json_array();
		for (size_t k = 0; k < n_deps; k++)
			json_array_append_new(dep_arr, json_string(deps[k]));
		free(deps);
		json_t *cfg = r->config ? json_deep_copy(r->config) : json_object();
		json_object_set_new(resources, r->name,
			json_pack("{s:s, s:s, s:o, s:o, s:b, s:o}",
				  "type", r->type,
				  "provider", r->provider,
				  "config", cfg,
				  "dependencies", dep_arr,
				  "prevent_destroy", r->prevent_destroy,
				  "ignore_changes", string_array(r->ignore_changes, r->n_ignore_changes)));
	}
	json_object_set_new(snap, "resources", resources);

	json_t *outputs = json_object();
	for (size_t i = 0; i < s->n_outputs; i++) {
		const struct stack_output *o = &s->outputs[i];
		json_object_set_new(outputs, o->name,
				    json_pack("{s:O, s:b}", "value", o->value ? o->value : json_null(),
					      "sensitive", o->sensitive));
	}
	json_object_set_new(snap, "outputs", outputs);
	return snap;
}
