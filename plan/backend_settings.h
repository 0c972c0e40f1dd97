/*
 * backend_settings.h: the settings of a state backend as every reader of
 * a state merges them, a stack's own (cmd/backend_settings.c) or another
 * stack's read by a terrace.stack lookup (plan/stack_read.c): a backend:
 * block's values as strings, TERRACE_BACKEND_<KEY> from the environment
 * over or beside them, and the local file of a workspace. Never prints.
 */
#ifndef TERRACE_PLAN_BACKEND_SETTINGS_H
#define TERRACE_PLAN_BACKEND_SETTINGS_H

#include <jansson.h>
#include <stdbool.h>

/* The local state file beside a stack, and the folder of the others. */
#define BACKEND_STATE_FILE "terrace.state.json"
#define BACKEND_WORKSPACE_DIR "terrace.state.d"

/* A backend: block's settings, each a string (the block may hold booleans
 * and numbers): a new object. block NULL gives an empty one. */
json_t *backend_settings_of(const json_t *block);

/*
 * TERRACE_BACKEND_<KEY> from the environment for each key a backend takes
 * (stack_backend_settings("s3") and local's path): over the settings, or
 * when only_missing just where they have none.
 */
void backend_settings_from_environment(json_t *settings, bool only_missing);

/*
 * The local state file of a workspace: default_path itself for NULL or
 * "default", else terrace.state.d/<ws>/<its name> in default_path's folder
 * (Terraform's layout). A new string.
 */
char *backend_workspace_path(const char *default_path, const char *workspace);

#endif
