/*
 * plan_internal.h: what the files of plan/ that make and apply plans share
 * and nothing outside plan/ uses: the evaluation scopes of a state and of a
 * plan (outputs.c), the lookup of a plan's changes and reads by name
 * (outputs.c), refresh (refresh.c), a resource type's provider type
 * (run.c), and recording and saving a run's working state (record.c).
 */
#ifndef TERRACE_PLAN_INTERNAL_H
#define TERRACE_PLAN_INTERNAL_H

#include <jansson.h>
#include <stdbool.h>

#include "plan/plan.h"

/* ---- scopes (outputs.c) ---- */

/* An evaluation scope over a state: resources as the state has them. */
struct state_scope {
	const json_t *state;
};

/* Attributes from a state; ctx points to a struct state_scope. */
const json_t *state_scope_attrs(void *ctx, const char *name, const json_t **sens, bool *exists);
/* The id a state records for resource `name`, or NULL. */
json_t *state_scope_id(void *ctx, const char *name);

/* An evaluation scope over a plan: resources as the plan will leave them. */
struct plan_scope {
	struct plan *p;
	const json_t *snapshot;
};

const json_t *plan_scope_attrs(void *ctx, const char *name, const json_t **sens, bool *exists);
/* The id a planned resource will have, or NULL when not known yet. */
json_t *plan_scope_id(void *ctx, const char *name);

/* A plan's changes and reads by name: sorted with these, found with
 * bsearch (plan_find_read: NULL when the plan has none). */
int plan_cmp_change(const void *a, const void *b);
struct planned_change *plan_find_change(const struct plan *p, const char *name);
int plan_cmp_read(const void *a, const void *b);
struct planned_read *plan_find_read(const struct plan *p, const char *name);

/* ---- refresh (refresh.c) ---- */

/* What refresh found, by the state's index: plan.c's refreshed pass fills
 * names and allocates the arrays (n + 1 each) and releases them. */
struct refresh_job {
	struct run *r;
	const char **names;
	json_t **results;   /* new attrs, or NULL when gone */
	bool *gone;
	char **errors;
	bool *listed;       /* refreshed by its type's listing: no read() */
	bool destroy;       /* a destroy's plan: a read that finds nothing within
			       the window is not waited for; the delete asks */
	bool refresh_only;  /* a refresh-only plan: nor is it here; what the read
			       found is reported (plan_refresh_one) */
};

/* Seconds since a state entry's object was made (its created_at), or -1
 * when the state does not say (an entry written before it did, an
 * import). */
double plan_seconds_since_created(const json_t *entry);

/* Read state entry i again (an exec_walk step; ctx: the job). */
int plan_refresh_one(void *ctx, size_t i);
/* Refresh the selected entries that a listing of their type answers for
 * first; plan_refresh_one reads the rest (j->listed says which). */
void plan_refresh_by_listing(struct refresh_job *j, size_t n, const bool *selected);

/* ---- providers (run.c) ---- */

/* The provider type of a resource type: "aws" of "aws.s3_bucket". New string. */
char *plan_type_prefix(const char *rtype);

/* ---- the working state (record.c) ---- */

/* Put c's entry in the working state (see record.c); remove one. Called
 * with r->mu held. */
void run_record(struct run *r, const struct planned_change *c, const char *status,
		const char *id, const json_t *attrs, const json_t *sensitive,
		const char *created_at, bool unconfirmed);
void run_forget(struct run *r, const char *name);
/* Note a change of the working state for the journal (r->mu held); an
 * empty journal record. */
void run_journal_note(struct run *r, const char *section, const char *name, json_t *entry);
json_t *run_journal_empty(void);
/* Make every state change recorded so far durable. Called without r->mu.
 * Once a save has failed, every later one fails at once (run_state_lost). */
int run_save_state(struct run *r);
/* Whether a save failed: the state can no longer be written this run. */
bool run_state_lost(struct run *r);
/* The attributes of a resource of type rt as stored: sensitive values
 * replaced by their hash (prior is the entry's attributes until now, or
 * NULL: a hash there the run knows still matches is kept), but for those
 * the type finds its object by (rt->found_by), kept in clear as ids are. */
json_t *plan_stored_attrs(const struct resource_type *rt, const json_t *attrs,
			  const json_t *sensitive, const json_t *prior);
/* Whether rt finds its objects by the attribute `path` is in (rt->found_by). */
bool plan_found_by(const struct resource_type *rt, const char *path);
/* The paths of rt's attributes its schema marks sensitive (an attribute
 * whole, or a leaf inside a block: schema_sensitive_leaves), appended to
 * paths. */
void plan_schema_sensitive(const struct resource_type *rt, json_t *paths);
/* An evaluation scope over a run's working state (ctx: the run), with the
 * snapshot's resources not in it yet as unknown. Called with r->mu held. */
const json_t *run_state_attrs(void *ctx, const char *name, const json_t **sens, bool *exists);
json_t *run_state_id(void *ctx, const char *name);
/* The folder plan_enter_dir last left for the stack's (absolute), or NULL:
 * where a release before issue 68 read the stack's relative paths from. */
const char *plan_entered_from(void);

#endif
