/*
 * json_ui.h: Terraform's machine-readable UI ("internals/machine-readable-ui"
 * in Terraform's docs), printed by `plan -json`, `apply -json` and
 * `destroy -json`: one JSON object a line on stdout (version,
 * planned_change, resource_drift, change_summary, outputs, refresh_start,
 * apply_start/apply_progress/apply_complete/apply_errored, diagnostic,
 * log). cmd/ui.c sends everything it prints through here while the stream
 * is on (the sink json_ui_start registers with ui_set_stream), so stdout
 * holds nothing else. Internal to cmd/.
 */
#ifndef TERRACE_CMD_JSON_UI_H
#define TERRACE_CMD_JSON_UI_H

#include <jansson.h>
#include <stdbool.h>

#include "plan/plan.h"

/* Turn the stream on (no colour, every later stdout line a message) and
 * print the version message. terraform_names: resources named as the
 * Terraform AWS provider names them (aws_s3_bucket.lake), as
 * -terraform-names does for `show -json`. */
void json_ui_start(bool terraform_names);
bool json_ui_on(void);

/* The run whose state names the types of resources being refreshed. */
void json_ui_set_run(struct run *r);

/* A plan: a planned_change for each change (resource_drift for a
 * refresh-only plan), the change_summary ("plan") and the outputs'
 * planned actions (against state's outputs). */
void json_ui_plan(const struct plan *p, const json_t *state);

/* The change_summary of a finished apply or destroy (its imports too). */
void json_ui_applied(bool destroy, const struct apply_result *r);

/* The outputs message after an apply: values, sensitive ones left out. */
void json_ui_outputs(const json_t *state);

/* A resource's progress: type "apply_start", "apply_complete",
 * "apply_errored" or "apply_progress"; seconds < 0 when not reported; id
 * NULL when unknown. */
void json_ui_hook(const char *type, const struct planned_change *c, bool destroy_phase,
		  double seconds, const char *id);
void json_ui_read_done(const struct planned_read *rd, double seconds);
void json_ui_refreshing(const char *name, const char *id);

/* A diagnostic: error or warning, its summary, detail (may be NULL) and
 * source position (file NULL or line 0: none). */
void json_ui_diagnostic(bool error, const char *summary, const char *detail, const char *file,
			int line, int col);

/* Text printed to stdout while the stream is on: a log message a line. */
void json_ui_log(const char *text);
/* A message of another type (`terrace plan -policy`'s "policy"); takes body. */
void json_ui_message(const char *type, const char *level, const char *message, json_t *body);

#endif
