/*
 * cli.h: what the subcommands in cmd/ share: the option table parser, the
 * loaded context (stack or plan file, state backend, lock, providers),
 * messages with redaction of secrets, and plan rendering.
 *
 * Every subcommand is `int cmd_NAME(int argc, char **argv)` returning the
 * process exit code (0 ok, 1 error, 2 changes with -detailed-exitcode).
 */
#ifndef TERRACE_CLI_H
#define TERRACE_CLI_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "plan/encrypt.h"
#include "plan/plan.h"
#include "provider/base/diag.h"
#include "provider/base/redact.h"
#include "stacks/stack.h"

#define TERRACE_VERSION "0.1.0"

/* ---- options (cmd/opts.c) ----
 * Each command declares its own option table next to its code (as git's
 * parse-options does): name, kind, placeholder, help, and a pointer to where
 * the value goes. The setup options many commands share (-stack, -state,
 * -var, -lock, ...) are declared once, in cmd/opts.c, and a command's table
 * takes the ones it accepts with one OPT_SETUP entry. Help and completion
 * are printed from the same tables. */
enum opt_kind { OPT_KIND_FLAG, OPT_KIND_STRING, OPT_KIND_INT, OPT_KIND_LIST, OPT_KIND_SETUP };

/* A repeatable option's values, in order. */
struct cli_list {
	const char **items;
	size_t n;
};
/* A list's items followed by NULL (n unchanged), for the layers below;
 * cli_list_release frees what the list holds. */
const char *const *cli_list_terminated(struct cli_list *list);
void cli_list_release(struct cli_list *list);

struct cli_option {
	const char *name;   /* without the dash: "auto-approve"; NULL ends a table */
	enum opt_kind kind;
	const char *arg;    /* placeholder for help: "FILE" */
	const char *help;
	void *value;        /* bool *, const char **, int * (1 to 1000), struct cli_list * */
	unsigned setup;     /* OPT_SETUP: the SETUP_* options taken */
};

#define OPT_BOOL(name, help, v)             { name, OPT_KIND_FLAG, NULL, help, v, 0 }
#define OPT_STRING(name, arg, help, v)      { name, OPT_KIND_STRING, arg, help, v, 0 }
#define OPT_INT(name, arg, help, v)         { name, OPT_KIND_INT, arg, help, v, 0 }
#define OPT_LIST(name, arg, help, v)        { name, OPT_KIND_LIST, arg, help, v, 0 }
#define OPT_SETUP(which)                    { "", OPT_KIND_SETUP, NULL, NULL, NULL, which }
#define OPT_END()                           { NULL, OPT_KIND_FLAG, NULL, NULL, NULL, 0 }

/* The shared setup options, for OPT_SETUP. */
enum {
	SETUP_STACK = 1 << 0,          /* -stack */
	SETUP_STATE = 1 << 1,          /* -state */
	SETUP_VARS = 1 << 2,           /* -var, -var-file */
	SETUP_TARGET = 1 << 3,         /* -target */
	SETUP_PARALLELISM = 1 << 4,    /* -parallelism */
	SETUP_LOCK = 1 << 5,           /* -lock, -lock-timeout */
	SETUP_BACKEND_CONFIG = 1 << 6, /* -backend-config */
	SETUP_REFRESH = 1 << 7,        /* -refresh */
	SETUP_INPUT = 1 << 8,          /* -input, -compact-warnings */
	SETUP_JSON = 1 << 9,           /* -json */
	SETUP_NO_COLOR = 1 << 10,      /* -no-color */
	SETUP_ENV = 1 << 11,           /* -env */
	SETUP_ALL = 1 << 12,           /* -all, -parallel-stacks (cmd/all.c runs them) */
};

/* What the setup options set, and the command line's arguments: what the
 * context (cmd/context.c) needs to load a stack and open its state. */
struct cli_setup {
	const char *stack_path;
	const char *state_path;
	const char *env;         /* -env NAME: the stack's environment (else TERRACE_ENV) */
	const char *lock_timeout;
	struct cli_list vars, var_files;
	struct cli_list targets;         /* NULL-terminated after parsing */
	struct cli_list backend_configs; /* KEY=VALUE */
	int parallelism;
	bool lock;               /* -lock=false turns locking off */
	bool refresh;            /* -refresh=false skips reads */
	bool input;              /* -input=false (or CI set): never prompt */
	bool compact_warnings;   /* -compact-warnings: one line each, at the end */
	bool json, no_color;
	/* -all and -parallel-stacks: main() hands a command line with -all to
	 * cmd_all before the command parses it; they are in the command's
	 * table for its help, docs/cli.md and the completion. */
	bool all;
	int parallel_stacks;
	bool vars_optional;      /* set by a command: variables without a value are unknown */
	const char *functions;   /* -functions=EDITION (plan, apply): the edition of the
				    function results to move a deployment to ("terraform-2",
				    the newest, or "terraform") */
	bool any_backend;        /* set by force-unlock: the backend as configured, even
				    one changed since `terrace init` (only a lock goes) */
	const char **positional; /* first_positional, or all of them when more come */
	const char *first_positional[4];
	int n_positional;
};

struct cli_command {
	const char *name;
	const char *usage;       /* "terrace plan [options]" */
	const char *summary;
	int max_positional;
	const char *subcommands; /* for completion: "list show new", or NULL */
};

/* What cli_parse found. */
enum cli_parsed {
	CLI_RUN,        /* options parsed into their places: run the command */
	CLI_HELP_SHOWN, /* -h, -help or --help: help printed on stdout; exit 0
			   (also -completion-words alone: the subcommands and
			   options on one line, for cmd/completion.c) */
	CLI_BAD_USAGE,  /* the error printed; exit 1 */
};

/* Parse argv (after the command word) with the command's table into its
 * places and *s (defaults first); sets up messages (colour, input, compact
 * warnings). For anything but CLI_RUN, *s is already released. */
enum cli_parsed cli_parse(const struct cli_command *cmd, const struct cli_option *table,
			  int argc, char **argv, struct cli_setup *s);
/* The exit code for a parse that did not return CLI_RUN. */
#define CLI_EXIT_CODE(parsed) ((parsed) == CLI_HELP_SHOWN ? 0 : 1)
void cli_setup_release(struct cli_setup *s);
/* The -var-file files, NULL-terminated: a new array of borrowed strings
 * (free the array only); never read as stack files (stack_load_except). */
const char **cli_var_files(const struct cli_setup *o);
void cli_print_help(const struct cli_command *cmd, const struct cli_option *table, FILE *out);

/* ---- messages (cmd/ui.c) ---- */
void ui_init(bool no_color);
bool ui_color(void);
/* Write text to a stream with the run's secrets redacted (provider/base/
 * redact.h: redact_add registers one, redact_add_value each one a value
 * holds). */
void ui_write(FILE *f, const char *text);
void ui_printf(FILE *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A JSON document, indented, keys sorted, redacted like everything else. */
void ui_print_json(FILE *f, const json_t *doc);
/* "Error: ..." on stderr; returns 1 (the exit code). */
int ui_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void ui_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Print every diagnostic; returns 1 when there was an error. */
int ui_diags(const struct diags *d);
/* Ask for "yes" on a terminal; refuses without one, saying to pass flag
 * (-auto-approve, -force) or do `otherwise` (NULL: nothing else). */
bool ui_confirm(const char *question, const char *verb, const char *flag,
		const char *otherwise);
/* Whether ui_confirm could ask (a terminal, input on, no -json): false
 * after printing why not, so a command that would ask fails at once. */
bool ui_can_confirm(const char *verb, const char *flag, const char *otherwise);
/* -input=false: ui_confirm refuses instead of asking. */
void ui_set_input(bool allowed);
/* -compact-warnings: warnings are held and printed at exit, their first
 * line only, one each. */
void ui_set_compact_warnings(bool compact);
/* CI is set to something other than "", "false" or "0". */
bool ui_in_ci(void);
const char *ui_c(const char *code); /* ANSI code, or "" without colour */
/* The status a slow operation of this thread waits for (the progress sink's
 * status()), shown on its "Still creating..." lines. */
void ui_op_status(const char *text);
/* Print "Still ..." lines through printer (one line, no newline) instead of
 * straight to stdout; for cmd/progress.c's drawn block. */
void ui_set_line_printer(void (*printer)(const char *line));
/* The run's progress lines ("Refreshing state...", "Read complete", "Still
 * ...") on stderr, for a command whose stdout is one document (`terrace
 * policy > deploy.json`). */
void ui_progress_to_stderr(void);
/* A long step of the calling thread that is no resource's (destroy's
 * search for the stacks that read its outputs): once it has taken a
 * second, and every 10 s after, a line "WHAT... [1s elapsed, status:
 * ...]" says so, with what ui_op_status last said; ui_task_end ends it. */
void ui_task_begin(const char *what);
void ui_task_end(void);
/* Stop the thread that prints "Still ..." lines (before exiting). */
void ui_ops_stop(void);
/* The machine-readable UI stream is on (cmd/json_ui.c): no colour, every
 * message a JSON line on stdout (other stdout text becomes log messages,
 * errors and warnings diagnostics), made by the sink's functions, which
 * json_ui.c registers here (see json_ui.h for each). ui_write_stream writes
 * one finished line, redacted. */
struct planned_change;
struct planned_read;
struct ui_stream_sink {
	void (*log)(const char *text);
	void (*diagnostic)(bool error, const char *summary, const char *detail, const char *file,
			   int line, int col);
	void (*hook)(const char *type, const struct planned_change *c, bool destroy_phase,
		     double seconds, const char *id);
	void (*read_done)(const struct planned_read *rd, double seconds);
	void (*refreshing)(const char *name, const char *id);
};
void ui_set_stream(const struct ui_stream_sink *sink);
void ui_write_stream(const char *line);

/* ---- state handling, bottom to top ----
 * cmd/backend_settings.c (settings, durations) < encryption.c (keys) <
 * workspace_store.c (opening a workspace's backend) < backend_record.c
 * (init's record, init_check_backend) < context.c < the commands. */

/* ---- context (cmd/context.c) ---- */
struct cli_context {
	struct stack *stack;     /* NULL when working from a plan file */
	json_t *snapshot;        /* owned; NULL until made (ctx_load_stack_vars) */
	json_t *vars;            /* the stack's variables' values, for the snapshot */
	json_t *var_sources;     /* where each value came from, for their validation rules */
	enum func_edition vars_edition; /* the text of a number given to a string variable */
	bool vars_by_edition;    /* a value's text depends on the edition: resolved again
				    when the state records another (ctx_match_state) */
	bool vars_judged;        /* their validation rules judged (ctx_match_state) */
	char *workspace;         /* the workspace the snapshot is made for */
	bool environment;        /* the snapshot records the selected environment */
	bool any_edition;        /* the snapshot's expansion evaluated nothing: it is the
				    same with every edition but its "functions" */
	struct backend *backend;
	json_t *backend_settings; /* as a saved plan records them (ctx_open_backend) */
	bool locked;
	char *state_path;
	/* How the stack's other workspaces' states are found (the run's
	 * workspace_state): the backend settings as the stack's, its name and
	 * folder; NULL settings (-state): not known. */
	json_t *workspaces_settings;
	char *stack_name, *stack_dir;
	struct run run;
	bool run_ready;
};

/* Load the stack into a snapshot with the function results its deployment
 * gets, for a command that otherwise reads no state (build, graph, lab,
 * sweep): the ones the current workspace's state records, read without a
 * lock; Terraform's when there is no state yet, or when it cannot be read
 * (a warning says so). */
int ctx_load_stack_deployed(struct cli_context *cx, const struct cli_setup *o,
			    struct diags *d);
/* Load the stack and its variables for workspace ws (NULL: the current
 * one; the variables may choose it: resolved with the newest function
 * results) and leave the snapshot to ctx_match_state, which makes it once
 * with the function results the state's deployment gets (a command that
 * reads a state does not make it twice for an earlier release's state)
 * and judges the variables' validation rules with them. */
int ctx_load_stack_vars(struct cli_context *cx, const struct cli_setup *o, const char *ws,
			struct diags *d);
/* The same, with a snapshot made with the newest results (ctx_match_state
 * to follow). */
int ctx_load_stack_in(struct cli_context *cx, const struct cli_setup *o, const char *ws,
		      struct diags *d);
/* The value of output `name` of state (new reference). A sensitive output
 * is kept in state only as a hash (plan/apply.c): it is computed again from
 * the stack with o's variables, in workspace (NULL: the current one), and
 * must match that hash. NULL with the reason in err. */
json_t *ctx_sensitive_output(const struct cli_setup *o, const char *workspace,
			     const json_t *state, const char *name, struct strbuf *err);
/* Open the backend and take the lock (honouring -lock and -lock-timeout). */
int ctx_open_state(struct cli_context *cx, const struct cli_setup *o, const char *operation,
		   const char *stack_dir);
/* Make cx's snapshot with the function results state's deployment gets
 * (plan/state.h, state_functions; -functions=terraform-2 moves it to
 * the newest): once, after ctx_load_stack_vars; again when it was made
 * with others; a saved plan's (cx->stack NULL) stays as planned. The
 * variables first: resolved again with them when a value's text depended
 * on the edition (a number given to a string variable), then their
 * validation rules judged with them (an error refuses the run). */
int ctx_match_state(struct cli_context *cx, const struct cli_setup *o, const json_t *state,
		    struct diags *d);
/* Load state and configure providers (after ctx_open_state); the snapshot
 * matched to it (ctx_match_state). */
int ctx_start_run(struct cli_context *cx, const struct cli_setup *o, struct diags *d);
/* The setup of every command that changes the state: load the stack, open
 * its state for `operation` (locked) and start the run. */
int ctx_open(struct cli_context *cx, const struct cli_setup *o, const char *operation,
	     struct diags *d);
/* The same in workspace `workspace` (NULL: the selected one), as
 * `terrace policy -workspace NAME` plans each one it is given. */
int ctx_open_in(struct cli_context *cx, const struct cli_setup *o, const char *operation,
		const char *workspace, struct diags *d);
void ctx_release(struct cli_context *cx);
/* SIGINT/SIGTERM: the first asks the run to stop (operations in progress
 * finish, nothing new starts, the lock is released on the way out) and
 * prints message; a second ends the process at once. */
void ctx_stop_on_interrupt(const char *message);
/* The state for read-only commands (show, output, state): no lock taken.
 * NULL after printing the error. */
json_t *ctx_read_state(const struct cli_setup *o);
/* The state backend named by a backend: block (the stack's, or the one a
 * saved plan recorded; may be NULL), TERRACE_BACKEND_<KEY> and
 * -backend-config; local, in -state or beside the stack, by default
 * (*state_path then gets the file, else NULL). *recorded (may be NULL) gets
 * the settings a plan file keeps to find the same state: no credentials, a
 * local path made absolute, the workspace's S3 key. `workspace` picks that
 * workspace's state (NULL or "default": the default one). NULL after
 * printing the error. */
struct backend *ctx_open_backend(const struct cli_setup *o, const json_t *block,
				 const char *stack_name, const char *stack_dir,
				 const char *workspace, char **state_path, json_t **recorded);
/* The same for commands that do not load the stack otherwise (state, show,
 * force-unlock): reads its name and backend: block (unless -state names a
 * file) with stack_load_settings, without building or validating the rest. */
struct backend *ctx_backend_for(const struct cli_setup *o, char **state_path);

/* Register every sensitive variable's value as a secret. */
void ctx_register_secrets(const json_t *snapshot);
extern const struct run_events ui_run_events;

/* ---- environments (cmd/environment.c) ---- */
/* The environment asked for: -env, else TERRACE_ENV; NULL for none. */
const char *env_requested(const struct cli_setup *o);
/* Make the stack the environment asked for (stack_use_environment); 0 when
 * none is. -1 with the problems in d. */
int env_apply(struct stack *s, const struct cli_setup *o, struct diags *d);
/*
 * The workspace the state of the environment asked for is kept in (none:
 * 0, *workspace NULL): env.NAME, or env.NAME.USER in development mode (the
 * user from TERRACE_USER, else the role session name of the caller the
 * stack's aws provider is when its credentials are an assumed role's
 * (variables: the stack's resolved variables; NULL: not asked), else $USER,
 * made lowercase letters, digits and '-'). Refuses a workspace selected
 * beside it. -1 after printing why.
 */
int env_workspace(const struct stack *s, const struct cli_setup *o, const json_t *variables,
		  char **workspace);
/* env_workspace for commands that read only the stack's settings
 * (stack_load_settings; ctx_backend_for): the whole stack is loaded only
 * when the user may be the aws provider's role session. */
int env_state_workspace(const struct stack *settings, const struct cli_setup *o,
			char **workspace);
/* Whether the state of workspace is an environment's kept in a backend of
 * its own (the environment's backend:), which `terrace init` does not
 * record. */
bool env_owns_backend(const struct stack *s, const char *workspace);
/* The environment env_workspace selected: {"name", "mode", "user" (in
 * production only shown: TERRACE_USER or USER, when set), "git_branch",
 * "git_tag" (when set)}, or NULL. Borrowed. */
const json_t *env_selected(void);
/*
 * In a production environment (env: the snapshot's "environment", may be
 * NULL), `verb` (apply, destroy) refuses to run from a git working tree
 * whose stack files have changes not committed (allow_dirty, -allow-dirty,
 * lets it), or, when the environment names a git_branch or a git_tag, from
 * a ref it does not admit (env_ref_admitted; allow_other_branch,
 * -allow-other-branch, lets it); on a detached HEAD (CI's checkouts) the
 * ref is the CI's own variable (env_ci_ref), else with git_tag the tag HEAD
 * is at. Outside a git working tree it warns and goes on. -1 after
 * printing why and how to override.
 */
int env_check_production(const struct cli_setup *o, const json_t *env, const char *verb,
			 bool allow_dirty, bool allow_other_branch);
/* What a CI job runs for, from its own variables: a tag pipeline's tag
 * (*tag set: GitLab's CI_COMMIT_TAG, GitHub's GITHUB_REF_NAME with
 * GITHUB_REF_TYPE=tag, ...), else the branch (GitHub Actions'
 * GITHUB_HEAD_REF for a pull request, else GITHUB_REF_NAME; GitLab's
 * CI_MERGE_REQUEST_SOURCE_BRANCH_NAME, CI_COMMIT_BRANCH, CI_COMMIT_REF_NAME;
 * Bitbucket's BITBUCKET_BRANCH; ...: cmd/environment.c's ci_tags and
 * ci_branches), each read only under its CI's own marker (GITHUB_ACTIONS,
 * GITLAB_CI, ...): a new string, *variable the name it came from; NULL
 * when none is set. */
char *env_ci_ref(const char **variable, bool *tag);
/* The repository's default branch where the CI says it (GitLab's
 * CI_DEFAULT_BRANCH, Buildkite's BUILDKITE_PIPELINE_DEFAULT_BRANCH), as
 * env_ci_ref gives a ref; NULL elsewhere (GitHub). */
char *env_ci_default_branch(const char **variable);
/* Whether production environment env admits a run for ref (a tag when tag
 * is set, else a branch): a tag matching its git_tag (a glob: `*` matches
 * '/' too); its git_branch, or when only git_tag is written,
 * default_branch (env_ci_default_branch; NULL: no branch is admitted);
 * anything when it names neither. */
bool env_ref_admitted(const json_t *env, const char *ref, bool tag, const char *default_branch);

/* ---- backend settings (cmd/backend_settings.c): the bottom piece ---- */
/* The merged backend settings (strings): the block (may be NULL), then
 * TERRACE_BACKEND_<KEY>, then -backend-config. NULL after printing an error. */
json_t *ctx_backend_settings(const json_t *block, const struct cli_setup *o);
/* "30s", "2m", "500ms", "1h", "5" (seconds) into seconds; -1 if not a duration. */
int ctx_parse_duration(const char *s, double *out);
/* Default state path for a stack path. */
char *ctx_default_state_path(const char *stack_path);

/* ---- encryption keys (cmd/encryption.c) ---- */
/* Load b->keys from the environment and the settings' encryption_key_file;
 * key values become secrets for redaction. -1 after printing an error. */
int ctx_backend_keys(struct backend *b, const json_t *settings);
/* The keys for reading a plan file: the environment's, else those the
 * stack's backend settings name (when a stack loads at -stack). -1 after
 * printing an error. Wipe them with encrypt_keys_clear(). */
int ctx_plan_keys(const struct cli_setup *o, struct encrypt_keys *keys);
/* Make the settings' encryption_key_file absolute, for a record read from
 * another folder (a saved plan, .terrace/backend.json). */
void ctx_key_file_absolute(json_t *settings);

/* ---- the recorded backend (cmd/backend_record.c) ---- */
/* 0 when the backend these settings name is the one `terrace init`
 * recorded beside the stack (or nothing was recorded and no local state
 * would be left behind); else prints that the state must be migrated
 * (`terrace init -migrate-state` or `-reconfigure`) and returns -1. */
int init_check_backend(const struct cli_setup *o, const json_t *block, const char *stack_name,
		       const char *stack_dir);

/* ---- workspaces (cmd/workspace_store.c) ---- */
/* The backend these settings name for a workspace, with its encryption keys
 * (cmd/encryption.c): local (state_file, else the settings' path or the file
 * beside the stack; *state_path gets it) or s3. NULL after printing an error. */
struct backend *ctx_backend_from_settings(const json_t *settings, const char *state_file,
					  const char *stack_name, const char *stack_dir,
					  const char *workspace, char **state_path);
/* Letters, digits, '-' and '_', 1 to 64 of them. */
bool ws_name_valid(const char *name);
/* The current workspace for a stack path (file or folder; NULL: "."):
 * TERRACE_WORKSPACE or Terraform's TF_WORKSPACE (both set, they must
 * agree), else .terrace/environment beside the stack, else "default". NULL
 * after printing an error (an invalid name, the two variables differing). */
char *ws_current(const char *stack_path);
/* The workspace the environment selects (TERRACE_WORKSPACE, else
 * TF_WORKSPACE; ws_current judges it), *variable the one set; NULL when
 * neither is. */
const char *ws_override(const char **variable);
/* The local state file of a workspace: default_path itself for NULL or
 * "default", else terrace.state.d/<ws>/<its name> in default_path's folder. */
char *ws_local_state_path(const char *default_path, const char *workspace);
/* 0 when workspace (NULL: default) exists in b (state_path: b's local file,
 * NULL for remote backends); else prints how to create it and returns -1. */
int ws_check_exists(struct backend *b, const char *state_path, const char *workspace);
/* Append to names the workspaces other than "default" that b (opened for
 * the default workspace; state_path its local file or NULL) holds.
 * -1 after printing an error. */
int ws_list(struct backend *b, const char *state_path, json_t *names);
/* Make a workspace exist in b: its folder (local), or an empty state
 * object (s3). -1 after printing an error. */
int ws_create(struct backend *b, const char *state_path);
/* For `terrace workspace` (cmd/workspace.c): */
/* Prints that name (read from `from`, may be "") is not valid; returns 1. */
int ws_invalid_name(const char *name, const char *from);
/* .terrace/environment beside the stack: the selected workspace. */
char *ws_environment_path(const char *stack_path);
bool ws_is_default(const char *workspace); /* NULL or "default" */
/* Whether a workspace is an environment's (env.NAME[.USER]). */
bool ws_is_environment(const char *workspace);
/* A saved plan's recorded backend settings (ctx_open_backend: a local path
 * made absolute, the S3 key of its workspace) as the stack's, from which
 * every workspace's state is found: a new object, or NULL when they are of
 * no layout terrace makes. */
json_t *ws_stack_settings(const json_t *recorded, const char *stack_name, const char *workspace);
char *ws_folder_of(const char *path);      /* the folder of a local state file */
/* 0 with *found set, -1 after printing an error. */
int ws_exists(struct backend *b, const char *state_path, const char *workspace, bool *found);

/* ---- rendering (cmd/render.c) ---- */
/* The plan as text; its output changes against prior_state's outputs (the
 * state it was made from; NULL: the outputs evaluated on the refreshed
 * resources), as the JSON plan's output_changes. */
void render_plan(const struct plan *p, const json_t *prior_state, FILE *out);
/* The plan as a pull request's comment wants it (`show -markdown`): the
 * counts, a table row per change (replacements and deletions first) with
 * the changed attributes, sensitive values masked, and the outputs. */
void render_plan_markdown(const struct plan *p, const json_t *prior_state, FILE *out);
/* "Environment: NAME (MODE), user USER: ..." for a snapshot's "environment"
 * (nothing for NULL). */
void render_environment(struct strbuf *sb, const json_t *env);
/* The plan as JSON, with the state the plan was made from (its outputs
 * become output_changes' before); prior may be NULL (cmd/plan_json.c). */
json_t *render_plan_json_state(const struct plan *p, const json_t *prior);
void render_attributes(const struct resource_type *rt, const json_t *attrs,
		       const json_t *sensitive, FILE *out, int indent);
void render_value(struct strbuf *sb, const json_t *v, int indent);
/* A map that changed, key by key: "{", a line per key added (+), removed
 * (-) or changed (~) at indent + 2, "}" at indent (cmd/render.c). */
void render_map_diff(struct strbuf *sb, const json_t *before, const json_t *after, int indent);
/* A value's type in Terraform's notation, as `output -json` and the JSON
 * UI's outputs give it: "string", "number", "bool", ["tuple", [...]],
 * ["object", {...}]; "dynamic" for null (new reference). */
json_t *render_value_type(const json_t *v);
/* A state entry's attributes with sensitive ones redacted (new reference). */
json_t *render_state_values(const json_t *entry);
/* "# name:\nresource "type" "name" { attributes }" for show and state show. */
void render_state_resource(const char *name, const json_t *entry, FILE *out);
/* A refresh-only plan: what changed outside terrace since `state` (cmd/drift.c). */
void render_drift(const struct plan *p, const json_t *state, FILE *out);
/* The attributes that differ between the state (was) and what refresh read
 * (now), as a plan shows its changes (names aligned, a map key by key at the
 * same indent, a value at a sensitive path, named or hashed, masked):
 * render_drift's body of one resource (cmd/render.c). */
void render_drift_lines(struct strbuf *sb, const struct resource_type *rt, const json_t *was,
			const json_t *now, const json_t *sensitive);

/* ---- running what is deployed (cmd/run.c, shared with cmd/logs.c) ---- */
#define RUN_EXIT_SETUP 2 /* usage or setup errors of run and logs */
/* ADDRESS's deployed object: its state entry, type (one with a runner)
 * and configured client, the state read without a lock. */
struct run_target {
	struct cli_context cx;
	const char *address;
	const json_t *entry;            /* borrowed from cx.run.state */
	const struct resource_type *rt;
	const char *id;
	void *client;
};
/* 0, or RUN_EXIT_SETUP after printing why (not in the stack, not deployed,
 * a type that cannot be run, or, for_logs, has no logs); close it either way. */
int run_target_open(struct run_target *t, const struct cli_setup *o, const char *address,
		    bool for_logs);
void run_target_close(struct run_target *t);
/* Prints a run's events (provider.h): a live status line on a terminal,
 * plain lines when piped, one JSON object a line with json. */
struct run_printer {
	struct run_sink sink;     /* hand this to a runner */
	const char *address;
	bool json, live, status_shown;
	double started;
	char *state;              /* the last state event's */
	json_t *details;          /* the detail events', by name */
};
void run_printer_init(struct run_printer *p, const char *address, bool json);
void run_printer_release(struct run_printer *p);
void run_print_event(struct run_printer *p, json_t *event); /* event taken */
/* SIGINT/SIGTERM: the first is only counted (run_interrupted); a second
 * prints second_message and exits 1 at once. */
void run_catch_interrupts(const char *second_message);
bool run_interrupted(void);
/* Sleep up to seconds; an interrupt ends it early (then true). */
bool run_pause(double seconds);

/* ---- commands ---- */
/* A command of terrace, as cmd/main.c lists them. */
struct cli_command_entry {
	const char *name;
	int (*fn)(int argc, char **argv);
	const char *summary;
};
/* `terrace completion bash` for these commands (NULL-terminated) (cmd/completion.c). */
int cmd_completion(const struct cli_command_entry *commands, int argc, char **argv);
int cmd_validate(int argc, char **argv);
int cmd_plan(int argc, char **argv);
int cmd_apply(int argc, char **argv);
int cmd_destroy(int argc, char **argv);
int cmd_show(int argc, char **argv);
int cmd_output(int argc, char **argv);
int cmd_console(int argc, char **argv);
int cmd_fmt(int argc, char **argv);
int cmd_convert(int argc, char **argv);
int cmd_state(int argc, char **argv);
int cmd_force_unlock(int argc, char **argv);
int cmd_graph(int argc, char **argv);
int cmd_build(int argc, char **argv);
int cmd_import(int argc, char **argv);
int cmd_workspace(int argc, char **argv);
int cmd_init(int argc, char **argv);
int cmd_sweep(int argc, char **argv);
int cmd_lab(int argc, char **argv);
int cmd_providers(int argc, char **argv);
int cmd_run(int argc, char **argv);
int cmd_logs(int argc, char **argv);
/* -refresh-only with -refresh=false or -destroy: prints why, returns -1 (cmd/plan.c). */
int refresh_only_conflicts(bool refresh_only, bool refresh, bool destroy);
int cmd_version(int argc, char **argv);

#endif
