/*
 * stack_read.h: the read of a terrace.stack lookup (its schema is
 * stacks/builtin_lookups.c's): another stack's outputs, from its state,
 * through its own backend, read-only and without taking its lock. Used by
 * plan/lookup.c (at plan, or at apply for a lookup whose arguments were not
 * known at plan) and by plan/apply.c (a plan, saved or not, is refused when
 * another stack's outputs changed since it read them).
 */
#ifndef TERRACE_STACK_READ_H
#define TERRACE_STACK_READ_H

#include <jansson.h>
#include <stdbool.h>

#include "plan/plan.h"
#include "provider/base/diag.h"
#include "provider/base/strbuf.h"

/*
 * Read lookup `name` (data.NAME; its snapshot entry `entry`, its evaluated
 * arguments `args`) of the stack `snapshot` describes: *out gets the
 * result (outputs, sensitive_outputs, name, read_workspace, state,
 * serial, lineage, outputs_changed_at, location), a new object. -1 with
 * err set when the other stack cannot be found or read, was never applied
 * in that workspace, or lacks an output (or holds only the hash of a
 * sensitive one) that this stack uses: err names both stacks, the output
 * and what uses it; outputs_used names the outputs this stack uses.
 * *deferred when `terrace plan -all` applies that stack first
 * (TERRACE_STACKS_APPLYING names its folder): *out NULL (its outputs all
 * known after apply) unless its plan wrote what they will be
 * (stack_planned_outputs_write), which *out then holds.
 */
int stack_read(const json_t *snapshot, const char *name, const json_t *entry,
	       const json_t *args, json_t **out, bool *deferred, struct strbuf *err);

/*
 * Under `terrace plan -all` (cmd/all.c), the folder where each stack's
 * plan writes the outputs it will have once applied
 * (stack_planned_outputs_write), for the stacks planned after it.
 */
#define STACK_PLANNED_OUTPUTS_ENV "TERRACE_STACKS_OUTPUTS"
/* The file of the stack in folder dir (absolute) there: a new string. */
char *stack_planned_outputs_path(const char *folder, const char *dir);

/*
 * Write, for the stack of the working folder, the outputs p gives it
 * (value_unknown() where known only after apply; a sensitive one's the
 * hash its state keeps) and the names of those that change from state's
 * (removed ones too), to folder. A stack_read of it by a stack planned
 * after it (in TERRACE_STACKS_APPLYING) reads those values, deferred to
 * apply, with outputs_changing naming the outputs it uses that change.
 * -1 with err set when the file cannot be written.
 */
int stack_planned_outputs_write(struct plan *p, const json_t *state, const char *folder,
				struct strbuf *err);

/*
 * The state of the stack in folder dir (absolute), workspace ws, found as
 * a terrace.stack lookup by path finds it: *state NULL when it has none.
 * *name gets the stack's name (a new string). s: that folder's stack as a
 * caller already loaded it (whole or its settings), so that it is not
 * loaded again; NULL: its settings are loaded here. -1 with err set.
 */
struct stack;
int stack_state_of(const char *dir, const struct stack *s, const char *ws, json_t **state,
		   char **name, struct strbuf *err);

/*
 * Append to names the workspaces the stack in folder dir (absolute) has
 * a state in, "default" first, each once: those of its backend (found as
 * stack_state_of finds it) and of its environments' own backends. s as
 * for stack_state_of. -1 with err set when the stack cannot be read or a
 * backend cannot be listed.
 */
int stack_workspaces_of(const char *dir, const struct stack *s, json_t *names,
			struct strbuf *err);

/*
 * Where the state of a stack's default workspace is, as two stacks'
 * backends compare: "s3://BUCKET/KEY" (the key derived from the stack's
 * name when its backend names none) or a local file's absolute path. A new
 * string. stack_place_of: the stack in folder dir (absolute), NULL with
 * err set when it cannot be read. stack_backend_place: backend settings (a
 * terrace.stack lookup's backend:, or the location a read of one recorded;
 * TERRACE_BACKEND_* filling what they leave out) of stack stack_name
 * (NULL: "default"), a local path taken against folder base.
 */
char *stack_place_of(const char *dir, struct strbuf *err);
char *stack_backend_place(const json_t *backend, const char *stack_name, const char *base);

/*
 * At apply: every terrace.stack lookup p read at plan is read again; -1
 * with an error in d for each whose stack's outputs (or state lineage)
 * changed since: "saved plan is stale: ..." as for this stack's own state.
 */
int stack_reads_current(const struct plan *p, struct diags *d);

#endif
