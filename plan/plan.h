/*
 * plan.h: from a stack and a state to a plan, and from a plan to a changed
 * world and a new state.
 *
 * Everything here works on a *configuration snapshot*: a JSON document that
 * holds what a plan needs of the stack — resolved variable values, provider
 * configurations, resources with their raw attribute expressions, their
 * dependencies and lifecycle, and outputs. `terrace plan` builds it from the
 * stack files; a saved plan file carries it, so `terrace apply PLANFILE`
 * runs exactly what was planned without reading the stack again.
 *
 *   snapshot = {
 *     "stack": NAME, "workspace": NAME (${terrace.workspace}; "default" when absent),
 *     "functions": "terraform-2" | "terraform" | "earlier"   whose function
 *                                  results (stacks/expr.h, enum func_edition;
 *                                  absent: the newest)
 *     "variables": {NAME: VALUE}, "sensitive_variables": [NAME, ...],
 *     "providers": {NAME: {"type": T, "config": {...}}},
 *     "locals": {NAME: {"value": EXPR, "sensitive": B}}   (stacks/expand.h)
 *     "resources": {ADDRESS: {"type": T, "provider": P, "config": {...},
 *                          "dependencies": [NAME...], "prevent_destroy": B,
 *                          "ignore_changes": [ATTR...],
 *                          "attrs_at": {ATTR: "file:line:col"}}},
 *     "outputs": {NAME: {"value": EXPR, "sensitive": B}},
 *     "data": {"data.NAME": {"type": T, "provider": P, "config": {...},
 *                            "dependencies": [NAME...], "at": "file:line:col"}}
 *   }
 *
 * Lookups ("data") are read while planning when their arguments are known,
 * else while applying, once what they use is made; never created, changed
 * or deleted. Resources name them in "dependencies" by "data.NAME".
 *
 * Library code: nothing here prints; progress goes through struct run_events
 * callbacks that cmd/ renders, errors through struct diags / strbuf.
 */
#ifndef TERRACE_PLAN_H
#define TERRACE_PLAN_H

#include <jansson.h>
#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>

#include "provider/provider.h"
#include "provider/base/diag.h"
#include "provider/base/strbuf.h"
#include "stacks/expr.h"

struct stack;
struct backend;

/* --- configuration snapshot (plan/snapshot.c) --- */
/* NULL with problems in d when expanding modules, for_each or count fails.
 * functions: whose function results its expressions get (the state's:
 * state_functions), locals and for_each included. *any_edition (may be
 * NULL) is set when its expansion evaluated nothing (no for_each, count or
 * module input): the snapshot is then the same with every edition but for
 * its "functions", which the caller may set to another edition. */
json_t *snapshot_from_stack(const struct stack *s, const json_t *variables, const char *workspace,
			    enum func_edition functions, bool *any_edition, struct diags *d);
/* The snapshot's entry for address: a lookup's ("data.NAME") or a
 * resource's; NULL when there is none. Borrowed. */
const json_t *snapshot_entry(const json_t *snapshot, const char *address);
/* A scope's resource_attrs (plan/eval.h's struct eval_scope). */
typedef const json_t *(*snapshot_attrs_fn)(void *ctx, const char *name,
					   const json_t **sensitive_names, bool *exists);
/* s expanded again into snap, in place (its providers, locals,
 * resources, outputs, data and awaiting), with its variables, workspace
 * and functions; count and for_each see the lookups as lookup_attrs gives
 * them (NULL: not known yet) and every resource unknown. -1 with problems
 * in d. */
int snapshot_expand_again(json_t *snap, const struct stack *s, snapshot_attrs_fn lookup_attrs,
			  void *ctx, struct diags *d);
/* --- counts and for_each made of lookups (plan/awaited.c) --- */
/* Whether a count or for_each of the snapshot awaits lookups (its
 * "awaiting", stacks/expand.h): made of a lookup's result, it is known
 * once plan reads the lookup. */
bool snapshot_awaits_lookups(const json_t *snapshot);
struct run;
/* Read the lookups the snapshot's awaiting counts and for_each use, with
 * r's providers (their arguments from variables, locals, other lookups
 * and the resources r's state has), and make r->snapshot's expansion
 * again with them (s: the stack it was made of), in place. What still
 * awaits (a lookup using what apply makes) keeps its entry, with the
 * error plan says (snapshot_check_awaited). -1 with problems in d (a
 * lookup that fails). */
int snapshot_read_awaited(struct run *r, const struct stack *s, struct diags *d);
/* An error at its count or for_each for each template that still awaits
 * lookups, as Terraform's "Invalid count argument"; targets (NULL: all)
 * limits them to those a -target names. -1 when there is one. */
int snapshot_check_awaited(const json_t *snapshot, const char *const *targets,
			   struct diags *d);

/* --- actions and planned changes --- */
enum plan_action {
	ACTION_NOOP,
	ACTION_CREATE,
	ACTION_UPDATE,
	ACTION_REPLACE,
	ACTION_DELETE,
};
const char *plan_action_name(enum plan_action a); /* "create", "update", ... */

struct planned_change {
	char *name;
	char *type;
	char *provider;              /* configuration name */
	const struct resource_type *rtype;
	enum plan_action action;
	char *id;                    /* from state; NULL for a create */
	bool pending;                /* state holds an interrupted create */
	json_t *before;              /* refreshed attributes, or NULL */
	json_t *after;               /* planned attributes (unknowns inside), NULL for delete */
	json_t *changed;             /* array of attribute names that differ */
	json_t *forces_new;          /* array of attribute names forcing replacement */
	json_t *sensitive;           /* array of attribute names never to show */
	bool replace_requested;      /* -replace named it: replaced even without a change */
	bool forget;                 /* a removed: block: dropped from state, the object stays */
	char *moved_from;            /* a moved: block renamed it from this address, or NULL */
	char *import_id;             /* an import: block adopts the object with this id, or NULL */
	/* The state holds another type at this address (the stack changed it, or
	 * the state was edited): the object is of prior_type, deleted with its
	 * API and provider, and the change is a replacement. NULL otherwise. */
	char *prior_type;
	char *prior_provider;
	const struct resource_type *prior_rtype;
	bool drifted;                /* refresh found the resource differs from state */
	bool gone;                   /* refresh found it deleted outside terrace */
	bool unconfirmed;            /* state: made by a create that failed (or was
	                                killed) after the object's id was known */
	bool tainted;                /* state: its create failed for good after making
	                                it (RESOURCE_CREATE_TAINTED): replaced */
	bool confirmed;              /* unconfirmed, and refresh found it by its id:
	                                apply records it as confirmed */
};

/* A lookup of the snapshot, as the plan reads it. */
struct planned_read {
	char *name;                  /* "data.azs" */
	char *type;                  /* "aws.availability_zones" */
	char *provider;              /* configuration name */
	const struct lookup_type *ltype;
	json_t *after;               /* what it read, or NULL: read at apply (deferred) */
	bool deferred;               /* its arguments use what only apply makes */
};

struct plan {
	json_t *snapshot;            /* owned */
	struct planned_read *reads;  /* every lookup, sorted by name (none in destroy and
	                                refresh-only plans) */
	size_t n_reads;
	char *lineage;               /* of the state the plan was made from */
	json_int_t serial;
	bool destroy;                /* a destroy plan */
	bool refresh_only;           /* only records drift; every action is a no-op */
	struct planned_change *changes; /* sorted by name */
	size_t n_changes;
	json_t *targets;             /* array of names given with -target, or NULL */
	json_t *moves;               /* [[from, to], ...] the moved: blocks made in state */
	json_t *prior;               /* what of the state the plan was made from its
	                                rendering needs, kept in a saved plan whatever
	                                the backend: {"outputs", "resources": the stored
	                                entries of the resources refresh found changed or
	                                gone}; NULL in a plan file of an earlier release */
};

void plan_free(struct plan *p);
/* The part of state that p's rendering reads (struct plan's prior): its
 * outputs and the stored entries of p's drifted or gone resources. */
json_t *plan_prior_of_state(const struct plan *p, const json_t *state);
/* Entries a removed: block drops from the state without destroying them,
 * and objects import: blocks adopt. */
int plan_count_forgotten(const struct plan *p);
int plan_count_imported(const struct plan *p);
/* Counts for "Plan: N to add, N to change, N to destroy." */
void plan_counts(const struct plan *p, int *add, int *change, int *destroy);
bool plan_has_changes(const struct plan *p);
/* Refresh found a resource changed or deleted outside terrace. */
bool plan_has_drift(const struct plan *p);

/* Plan files: JSON, mode 0600 (they hold variable values). */
int plan_write_file(const struct plan *p, const char *path, struct strbuf *err);
int plan_read_file(const char *path, struct plan **out, struct strbuf *err);
/* The same, sealed with keys' sealing key when it has one (plan/encrypt.h);
 * reading opens a sealed file with any of keys and reads a plain one as it
 * is. keys may be NULL: no keys. */
struct encrypt_keys;
int plan_write_file_sealed(const struct plan *p, const char *path,
			   const struct encrypt_keys *keys, struct strbuf *err);
int plan_read_file_sealed(const char *path, const struct encrypt_keys *keys, struct plan **out,
			  struct strbuf *err);

/* --- progress events, rendered by cmd/ --- */
struct run_events {
	void *ctx;
	void (*refreshing)(void *ctx, const char *name, const char *id);
	void (*start)(void *ctx, const struct planned_change *c, bool destroy_phase);
	void (*done)(void *ctx, const struct planned_change *c, bool destroy_phase,
		     double seconds, const char *id);
	void (*failed)(void *ctx, const char *name, const char *message);
	void (*warn)(void *ctx, const char *message);
	/* A lookup read while applying (its arguments were unknown at plan);
	 * may be NULL. */
	void (*read_done)(void *ctx, const struct planned_read *rd, double seconds);
	/* A refresh of resource name waits on the calling thread (an object
	 * made moments ago that its read did not find, plan/refresh.c):
	 * begin true as the wait starts, false when it ends. Meanwhile the
	 * thread's progress_status (provider/base/progress.h) says what it
	 * waits for, shown every 10 s as a long create's is. May be NULL. */
	void (*refresh_wait)(void *ctx, const char *name, bool begin);
	/* The calling thread's operation waits for the state's write (its
	 * journal record, or the whole state), not for its provider: begin
	 * true as the write starts, false when it ends; meanwhile no "Still
	 * creating..." line is due for it. May be NULL. */
	void (*state_wait)(void *ctx, bool begin);
};

/* --- a run: configured providers, the working state, the backend --- */
struct provider_conn {
	char *name;                  /* configuration name */
	const struct provider_type *ptype;
	void *client;
	json_t *config;              /* the evaluated configuration it was made from */
};

struct run {
	json_t *snapshot;            /* borrowed */
	json_t *state;               /* owned working copy, guarded by mu */
	struct backend *backend;     /* borrowed; NULL: state kept in memory only */
	struct provider_conn **conns; /* every client made, oldest first */
	size_t n_conns;
	int parallelism;
	const struct run_events *ev;
	pthread_mutex_t mu;
	pthread_mutex_t save_mu;     /* one state write at a time */
	unsigned long changes_made;  /* state changes recorded (guarded by mu) */
	unsigned long changes_saved; /* of those, how many are on disk (save_mu) */
	struct strbuf save_error;    /* first failure to save state, if any */
	bool state_lost;             /* a save failed (after the journal's and the whole
	                                state's own retries): no save is tried again, and
	                                apply starts no operation (guarded by mu) */
	json_t *journal;             /* while apply's walk runs: the changes not yet
	                                saved, {"resources": {...}, "data": {...}}
	                                (guarded by mu); NULL: saves write it all */
	unsigned long journaled;     /* changes saved to the backend's journal only,
	                                not yet in a full save (save_mu) */
	bool no_listing;             /* refresh reads every resource on its own,
	                                never by a type's read_many (set after run_init) */
	bool verify;                 /* every client made is verified first
	                                (run_verify_providers) */
	json_t *counted_reads;       /* the lookups a count or for_each was made of,
	                                read before plan (snapshot_read_awaited):
	                                address -> what was read; NULL: none */
	/* The state of another workspace of this stack, as the commands find
	 * it (cmd/context.c; NULL: the run knows no other): 0 with *state (a
	 * new reference; an empty object when that workspace has none), -1
	 * with err. An import asks it before taking an object whose terrace
	 * tags name another workspace (plan_import_entry). */
	int (*workspace_state)(void *ctx, const char *workspace, json_t **state,
			       struct strbuf *err);
	void *workspace_ctx;
};

/* Start a run: configure every provider the snapshot or state names, except
 * those whose configuration needs resources not created yet. Takes
 * ownership of state. */
int run_init(struct run *r, json_t *snapshot, json_t *state, struct backend *b,
	     int parallelism, const struct run_events *ev, struct diags *d);
void run_release(struct run *r);
/* The client for a provider configuration name, configuring an implicit
 * empty configuration of the type when the stack declares none. The
 * configuration is evaluated against the working state each time: when it
 * uses resources that do not exist yet, the result is NULL with *not_yet
 * set (may be NULL); when it evaluates differently than before, a new
 * client is made. */
struct provider_conn *run_conn(struct run *r, const char *name, const char *type,
			       bool *not_yet, struct strbuf *err);
/* Verify every client made so far, and from now on each one as it is made,
 * with its provider type's verify (provider.h): 0, or -1 with one error per
 * configuration that failed in d. */
int run_verify_providers(struct run *r, struct diags *d);

/*
 * Refresh and diff: read every resource in state (in parallel), compare with
 * the evaluated configuration and produce a plan. With destroy, every
 * resource in state is planned for deletion. targets (NULL-terminated, may
 * be NULL) limits the plan to those resources and their dependencies (for
 * destroy: and their dependents). refresh=false skips reads.
 */
struct plan_options {
	bool destroy;
	bool refresh;
	const char *const *targets;
	bool refresh_only;           /* read only: plan no action, only the drift to record */
	const char *const *replace;  /* -replace: addresses to replace though unchanged, or NULL */
};
int plan_make(struct run *r, const struct plan_options *opt, struct plan **out,
	      struct diags *d);

/*
 * A resource's desired attributes, as plan, apply and import all compute
 * them: its config (res's "config") evaluated in sc, terrace's tags added
 * (plan_add_stack_tags), the type's own derivations (plan_desired, given
 * prior: what the refresh read of it, or state holds; NULL for none), the
 * API's constraints checked (plan_check_constraints) on the request prior
 * says (NULL: a create; else an update, where what AWS judges only on a
 * create is a warning). mu, when given, is
 * held while the config is evaluated (apply's state lock; the rest may
 * read local files and runs unlocked). NULL with err set when one fails,
 * *evaluated (may be NULL) saying whether the config itself evaluated;
 * *sensitive gets the names evaluation found sensitive (or stays NULL).
 * With attr (may be NULL), a refusal of the constraints leaves the type
 * out of err and sets *attr to the attribute at fault ("" for the whole
 * resource; NULL for any other failure), for a message at its position.
 */
struct eval_scope;
json_t *plan_desired_attrs(const struct eval_scope *sc, const char *name,
			   const struct resource_type *rt, const json_t *res, const json_t *prior,
			   pthread_mutex_t *mu, json_t **sensitive, bool *evaluated,
			   const char **attr, struct strbuf *err);

/*
 * What of desired (resource `name`'s attributes as plan_desired_attrs gave
 * them) plan may read as a literal (provider/checks.h, CHECK_READS): a new
 * reference, desired with each value that comes, wholly or in part, from
 * another resource of the stack unknown, though plan knows it (a name set
 * in the stack). Its config is evaluated again with every resource of the
 * stack withheld (not known yet), so a reference through a module's
 * variable or output, a local, each.value or a function is found as a
 * direct one is; what comes from variables, locals of them and lookups
 * stays. A resource whose dependencies name no resource is desired itself;
 * an evaluation that fails gives the unknown value (nothing is read).
 */
json_t *plan_literal_attrs(const struct eval_scope *sc, const char *name,
			   const struct resource_type *rt, const json_t *res, const json_t *desired);

/* The names the stack's resources give the objects they make, as written
 * (a literal at its type's name attribute, plan_name_attr): a set, the
 * names its keys. */
json_t *plan_stack_names(const json_t *snap_res);
/* lit with each string that names what the stack makes (one of names, or
 * an ARN whose last part is) unknown: what plan reads as a literal (a
 * role's name in a state machine's role_arn, written by hand beside the
 * role the stack makes) is not read as though another stack made it. */
json_t *plan_without_stack_names(const json_t *lit, const json_t *names);

/* Where the stack writes attribute attr (a path: its top-level part) of
 * snapshot resource res (its "attrs_at"): *pos filled and its file a new
 * string returned (free it after pos), or NULL when not known. */
char *plan_attr_pos(const json_t *res, const char *attr, struct src_pos *pos);
/* The same for a position written "file:line:col" (at may be NULL). */
char *plan_pos_parse(const char *at, struct src_pos *pos);
/* The configuration of snapshot resource res's provider as the stack
 * writes it (the snapshot's "providers"), what the provider's checks are
 * given (provider/checks.h); NULL when the stack writes none
 * (a provider of a type's name used without a providers: entry). */
const json_t *plan_provider_config(const json_t *snapshot, const json_t *res);
/* The provider's warnings on a resource's evaluated attributes `desired`
 * (provider/checks.h, CHECK_WARNINGS: a value of an enum AWS grows that
 * the installed models do not list), each said once, at the attribute's
 * file:line:col as validate says it ("resource \"NAME\" (TYPE): ...");
 * with only_expressions, only one the checks do not find in the resource
 * as the stack writes it (validate has said those). `provider` is
 * plan_provider_config's; `prior` the object the request goes to (NULL:
 * a create), as provider/checks.h's check_subject has it. */
void plan_warn_values(const char *name, const struct resource_type *rt, const json_t *res,
		      const json_t *provider, const json_t *prior, const json_t *desired,
		      bool only_expressions, struct diags *d);
/* `terrace validate` with variables given: every resource of the snapshot
 * evaluated with them (other resources' attributes and lookups not known),
 * and what the provider's checks refuse or warn of in a value written as
 * an expression reported at its file:line:col. -1 when one was refused. */
int plan_check_values(const json_t *snapshot, struct diags *d);

/* The constraints the provider's API puts on what the resource sends
 * (provider/checks.h, CHECK_OWN as sent), on its evaluated attributes: at
 * apply for what became known, before the request is sent (apply's audit),
 * and as import and build evaluate; `provider` is plan_provider_config's,
 * `prior` the object the request goes to (NULL: a create).
 * -1 with err "TYPE: ATTR: ...". */
int plan_check_constraints(const struct resource_type *rt, const json_t *provider,
			   const json_t *prior, const json_t *desired, struct strbuf *err);

/*
 * Terrace's own tags, so a stack's and a workspace's resources can always be
 * found: for a resource type whose schema has a map attribute `tags`, the
 * evaluated `desired` attributes get terrace:stack = the snapshot's "stack"
 * and terrace:workspace = its "workspace" merged into their tags. Keys
 * starting with "terrace:" are terrace's: a configuration that sets one is
 * an error (-1, err says which key). Every place that computes desired
 * attributes (plan, apply, import) calls this, so plan and apply agree.
 */
#define PLAN_TAG_PREFIX "terrace:"
#define PLAN_TAG_STACK PLAN_TAG_PREFIX "stack"
#define PLAN_TAG_WORKSPACE PLAN_TAG_PREFIX "workspace"
int plan_add_stack_tags(const json_t *snapshot, const struct resource_type *rt,
			const json_t *config, json_t *desired, struct strbuf *err);

/*
 * A development environment's changes to desired attributes (plan/
 * environment.c), made by plan_add_stack_tags after the stack's tags, so
 * plan, apply and import agree and a reference sees what is made: when the
 * snapshot's "environment" has mode "development" and a user, the type's
 * name attribute (plan_name_attr), when the configuration sets it, becomes
 * plan_dev_name's; tags get terrace:environment and terrace:user; the
 * scheduler schedule's and event rule's state is DISABLED and a Glue
 * trigger's enabled false (not ON_DEMAND) unless config sets them.
 */
#define PLAN_TAG_ENVIRONMENT PLAN_TAG_PREFIX "environment"
#define PLAN_TAG_USER PLAN_TAG_PREFIX "user"
int plan_apply_environment(const json_t *snapshot, const struct resource_type *rt,
			   const json_t *config, json_t *desired, struct strbuf *err);
/* The attribute holding the name of an object of this type that a
 * development environment prefixes, or NULL. */
const char *plan_name_attr(const char *type);
/* name with the prefix dev-USER- (its '-' the type's separator, after a
 * leading '/'), unless it holds that prefix already; longer than the type
 * allows, cut and ended with a separator and 6 hex digits of the SHA-256 of
 * the whole, so two cut names stay apart. NULL for a type without a name
 * rule. The caller frees. */
char *plan_dev_name(const char *type, const char *user, const char *name);

/* Copy into `now` (attributes read from the API) the CONFIG_ONLY
 * attributes of `prior`, and anything else the API cannot show (stored
 * hashes of secrets): what a refresh keeps, and what deleting an object
 * found after an interrupted create takes from its pending record. */
void plan_carry_config_only(const struct resource_type *rt, const json_t *prior, json_t *now);

/*
 * Carry out a plan: check the state still matches (lineage and serial),
 * walk the changes in dependency order with r->parallelism workers, save
 * state after every resource, then evaluate and store outputs.
 * Counts of what happened go to *result.
 */
struct apply_result {
	int imported, added, changed, destroyed, failed, skipped;
};
int plan_apply(struct run *r, struct plan *p, struct apply_result *result,
	       struct diags *d);

/*
 * Import: adopt the existing object `id` as resource `name` of the snapshot.
 * Refused when `name` is not in the snapshot, is already in state, when its
 * type cannot be imported, or when read() finds no such object. Attributes
 * the API cannot show (CONFIG_ONLY) come from the evaluated configuration;
 * the entry is recorded like apply records a create and the state saved.
 * *imported (may be NULL) gets the recorded attributes (new reference).
 */
int plan_import(struct run *r, const char *name, const char *id, json_t **imported,
		struct strbuf *err);
/* The same without saving: the entry is only added to r->state (a plan's
 * import: blocks; apply saves it with the rest). */
int plan_import_entry(struct run *r, const char *name, const char *id, struct strbuf *err);

/*
 * `plan -generate-config-out` (plan/generate.c): for every import: block
 * whose address the stack does not define (the block names its `type`), the
 * object read by its id, appended to yaml as a `resources:` entry in stack
 * YAML: the settable attributes that differ from the defaults, with the ids
 * and ARNs of other generated or managed resources written as references.
 * *written gets how many. Reads only; the state is not changed. -1 with
 * every problem in d (a block without a type, an unknown type, no object).
 */
int plan_generate_config(struct run *r, struct strbuf *yaml, size_t *written, struct diags *d);

/*
 * A stack's relative paths (a `source:`, file("x"), a build's folder) are
 * read from the stack's folder, whatever folder terrace runs in: the
 * snapshot's "dir" (absolute; a saved plan's is taken against the plan
 * file's folder, plan/plan_file.c). plan_enter_dir makes it the working
 * folder, *saved gets the one to go back to (-1: none: the snapshot has no
 * folder); plan_leave_dir goes back. Plans and applies enter it while they
 * run (so do builds); paths terrace was given (-state, -out) stay the
 * working folder's: a local state's path is made absolute when opened.
 * -1 with err when the folder is not there.
 */
int plan_enter_dir(const json_t *snapshot, int *saved, struct strbuf *err);
void plan_leave_dir(int saved);

/* Ask a running apply to stop: operations in flight finish (each call
 * within its deadline) and are saved, nothing new starts, no call is
 * retried. Asked a second time, the calls in flight are cut too
 * (plan_cut_requested; what they were making stays pending). Async-signal-
 * safe (it counts). */
void plan_request_stop(void);
bool plan_stop_requested(void);
bool plan_cut_requested(void);

/* Evaluate expr (a "${...}" string) against the snapshot's variables and
 * locals and the state's resources, as outputs are: a new value, or NULL
 * with err set; *sensitive says whether it derives from a secret. For
 * `terrace console`. */
json_t *plan_eval_in_state(const json_t *snapshot, const json_t *state, const json_t *expr,
			   bool *sensitive, struct strbuf *err);

/* Evaluate outputs against the state: a new object NAME -> {value, sensitive}. */
json_t *outputs_eval(const json_t *snapshot, const json_t *state, struct diags *d);
/* The same against the plan: the values the outputs will have after it is
 * applied, value_unknown() where they are known only then. */
json_t *plan_outputs_eval(struct plan *p, struct diags *d);
/* The same against one side of the plan, as the JSON plan's output_changes
 * has them: before it (each resource as refreshed; one the plan creates is
 * not there yet) or after it (as planned; one it deletes is gone), with
 * each resource's id on that side and the lookups as the plan read them. */
json_t *plan_side_outputs_eval(const struct plan *p, bool after, struct diags *d);
/* Each output whose expression fails against the plan (what apply would
 * fail on after making the changes) is an error at its file:line:col; -1
 * when one is. */
int plan_outputs_checked(struct plan *p, struct diags *d);

#endif
