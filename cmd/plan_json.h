/*
 * plan_json.h: what the three parts of the JSON plan renderer share:
 * plan_json.c (changes and values), plan_json_config.c (the configuration
 * with its module calls and references) and plan_json_tf.c (the view in the
 * Terraform AWS provider's names, -terraform-names). Internal to cmd/.
 */
#ifndef TERRACE_CMD_PLAN_JSON_H
#define TERRACE_CMD_PLAN_JSON_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "plan/plan.h"

#define SENSITIVE_TEXT "(sensitive value)"

/* The Terraform release whose plans, states and UI stream t0435 and t0436
 * compare terrace's Terraform views with: their terraform_version (tools
 * check that it names a Terraform 0.12 or later); terrace's own version is
 * in terrace_version. */
#define PLAN_JSON_TERRAFORM_VERSION "1.11.4"


/* The known part of v (unknown leaves left out of objects, null in
 * arrays) and in *mask where the unknowns were (true for v itself, else an
 * object or array mirroring v; NULL when nothing is unknown). NULL when v
 * is wholly unknown. New references. */
/* v with each hash in it (a write-only leaf, value_redacted) as
 * "(sensitive value)": a new reference. */
json_t *plan_json_masked(const json_t *v);
json_t *plan_json_split_unknown(const json_t *v, json_t **mask);

/* Terraform's address fields of an instance (name, module_address, index). */
void plan_json_address_fields(json_t *obj, const char *address);

/* Length of the module instance part of a name ("module.a[\"x\"].module.b"
 * of module.a["x"].module.b.bucket), 0 at the root. */
size_t plan_json_module_prefix(const char *name);

/* The module instance holding a module instance (module.a["x"] of
 * module.a["x"].module.b, len bytes): its length, 0 for the root. */
size_t plan_json_parent_len(const char *instance, size_t len);

/* The module call path of a module instance, indices left out
 * ("module.a[\"x\"].module.b" -> "module.a.module.b"): a new string. */
char *plan_json_call_path(const char *instance);

/* Terraform's action_reason of a change (replace_because_cannot_update,
 * replace_by_request, delete_because_no_resource_config), or NULL. */
const char *plan_json_action_reason(const struct plan *p, const struct planned_change *c);

/* The plan's output_changes: per output, actions, before, after,
 * after_unknown and sensitivity, as in the JSON plan (a new object); before
 * is prior_state's outputs when given, else the outputs evaluated on the
 * refreshed resources. */
json_t *plan_json_output_changes(const struct plan *p, const json_t *prior_state);
/* Whether such output_changes change some output (an action besides
 * no-op): a plan whose only changes are its outputs' still has changes
 * (`plan -detailed-exitcode` exits 2, the text plan lists them). */
bool plan_json_outputs_changed(const json_t *changes);

/* The configuration block of a JSON plan: the root module's resources,
 * outputs and variables, and module_calls nested as the stack nests them,
 * with references in Terraform's words (var.x, module.m.out, each.key). */
json_t *plan_json_configuration(const json_t *snapshot);

/* Rewrite a finished JSON plan in the Terraform AWS provider's type and
 * attribute names (-terraform-names); see docs/cli.md. */
void plan_json_terraform_names(json_t *doc);

/* Terraform's address of the resource at terrace address `address` of
 * terrace type `type` (module.raw.aws_s3_bucket.bucket), or NULL when the
 * type has no Terraform name. A new string. */
char *plan_json_terraform_address(const char *address, const char *type);

/* A state as Terraform's JSON state representation (format_version,
 * terraform_version, values with outputs and root_module), secrets
 * redacted, in terrace's names; plan_json_terraform_names then gives
 * Terraform's. A new object. */
json_t *plan_json_state(const json_t *state);

#endif
