/*
 * plan.c: planning (plan_make: a list of passes, see "plan_make: the
 * passes" below) and the plan it makes (counts, release). A run's provider
 * clients live in run.c, refresh in refresh.c, outputs and the evaluation
 * scopes in outputs.c, desired attributes in desired.c, imports in
 * import.c, plan files in plan_file.c; applying a plan lives in apply.c.
 */
#include "plan/plan.h"
#include "plan/plan_internal.h"
#include "plan/conditions.h"
#include "plan/lookup.h"
#include "stacks/expand.h"
#include "plan/diff.h"
#include "plan/eval.h"
#include "plan/exec.h"
#include "plan/graph.h"
#include "plan/state.h"
#include "provider/checks.h"
#include "provider/base/text.h"

#include <stdlib.h>
#include <string.h>

const char *plan_action_name(enum plan_action a)
{
	switch (a) {
	case ACTION_NOOP: return "no-op";
	case ACTION_CREATE: return "create";
	case ACTION_UPDATE: return "update";
	case ACTION_REPLACE: return "replace";
	case ACTION_DELETE: return "delete";
	}
	return "?";
}

/* ---- plans ---- */

static void change_release(struct planned_change *c)
{
	free(c->name);
	free(c->type);
	free(c->provider);
	free(c->id);
	free(c->moved_from);
	free(c->import_id);
	free(c->prior_type);
	free(c->prior_provider);
	json_decref(c->before);
	json_decref(c->after);
	json_decref(c->changed);
	json_decref(c->forces_new);
	json_decref(c->sensitive);
}

void plan_free(struct plan *p)
{
	if (!p)
		return;
	for (size_t i = 0; i < p->n_changes; i++)
		change_release(&p->changes[i]);
	free(p->changes);
	for (size_t i = 0; i < p->n_reads; i++) {
		free(p->reads[i].name);
		free(p->reads[i].type);
		free(p->reads[i].provider);
		json_decref(p->reads[i].after);
	}
	free(p->reads);
	free(p->lineage);
	json_decref(p->snapshot);
	json_decref(p->targets);
	json_decref(p->moves);
	json_decref(p->prior);
	free(p);
}

json_t *plan_prior_of_state(const struct plan *p, const json_t *state)
{
	json_t *outputs = json_object_get(state, "outputs");
	json_t *resources = json_object();
	const json_t *stored = json_object_get(state, "resources");
	for (size_t i = 0; i < p->n_changes; i++) {
		const struct planned_change *c = &p->changes[i];
		json_t *entry = json_object_get(stored, c->name);
		if ((c->drifted || c->gone) && entry)
			json_object_set(resources, c->name, entry);
	}
	return json_pack("{s:o, s:o}", "outputs", outputs ? json_incref(outputs) : json_object(),
			 "resources", resources);
}

void plan_counts(const struct plan *p, int *add, int *change, int *destroy)
{
	*add = *change = *destroy = 0;
	for (size_t i = 0; i < p->n_changes; i++) {
		switch (p->changes[i].action) {
		case ACTION_CREATE: (*add)++; break;
		case ACTION_UPDATE: (*change)++; break;
		case ACTION_REPLACE: (*add)++; (*destroy)++; break;
		case ACTION_DELETE: (*destroy)++; break;
		case ACTION_NOOP: break;
		}
	}
}

int plan_count_forgotten(const struct plan *p)
{
	int n = 0;
	for (size_t i = 0; i < p->n_changes; i++)
		n += p->changes[i].forget;
	return n;
}

int plan_count_imported(const struct plan *p)
{
	int n = 0;
	for (size_t i = 0; i < p->n_changes; i++)
		n += p->changes[i].import_id != NULL;
	return n;
}

/* Moves, imports, forgotten entries and confirmed ones change the state,
 * so they count. */
bool plan_has_changes(const struct plan *p)
{
	for (size_t i = 0; i < p->n_changes; i++)
		if (p->changes[i].action != ACTION_NOOP || p->changes[i].forget ||
		    p->changes[i].import_id || p->changes[i].confirmed)
			return true;
	return json_array_size(p->moves) > 0;
}

bool plan_has_drift(const struct plan *p)
{
	for (size_t i = 0; i < p->n_changes; i++)
		if (p->changes[i].drifted || p->changes[i].gone)
			return true;
	return false;
}

/* ---- planning ---- */

/* Some resource of the snapshot is at address (itself, an instance, or in
 * the module it names). */
static bool snapshot_has(const json_t *snapshot, const char *address)
{
	const char *name;
	json_t *e;
	json_object_foreach(json_object_get(snapshot, "resources"), name, e)
		if (address_within(name, address))
			return true;
	return false;
}

/* The stack's moved: blocks, in order, on the in-memory state: what is at
 * `from` is renamed to `to` (nothing there: moved already, or never made).
 * The renames go to log; apply makes them again on the state it loads. */
static int apply_moved_blocks(json_t *state, const json_t *snapshot, json_t *log,
			      struct diags *d)
{
	int rc = 0;
	size_t i;
	json_t *m;
	json_array_foreach(json_object_get(snapshot, "moved"), i, m) {
		const char *from = json_string_value(json_object_get(m, "from"));
		const char *to = json_string_value(json_object_get(m, "to"));
		struct strbuf err = STRBUF_INIT;
		if (!snapshot_has(snapshot, to))
			rc = diag_subject_errorf(d, NULL, "moved: from %s to %s: %s is not in the stack",
						 from, to, to);
		else if (snapshot_has(snapshot, from))
			rc = diag_subject_errorf(d, NULL, "moved: from %s to %s: %s is still in the "
						 "stack; a moved: block renames what the stack no "
						 "longer has", from, to, from);
		else if (state_move(state, from, to, log, &err) < 0)
			rc = diag_subject_errorf(d, NULL, "moved: from %s to %s: %s", from, to, err.buf);
		strbuf_release(&err);
	}
	return rc;
}

/* The stack's import: blocks: each object whose address is not in the
 * state yet is read by its id and added to the in-memory state, as
 * `terrace import` would; the plan then shows it imported, and any update
 * that brings it to the stack. imported gets name -> id. */
static int import_blocks(struct run *r, json_t *imported, struct diags *d)
{
	int rc = 0;
	size_t i;
	json_t *im;
	json_array_foreach(json_object_get(r->snapshot, "import"), i, im) {
		const char *to = json_string_value(json_object_get(im, "to"));
		const char *id = json_string_value(json_object_get(im, "id"));
		if (json_object_get(json_object_get(r->state, "resources"), to))
			continue; /* imported already: the block may stay */
		if (!json_object_get(json_object_get(r->snapshot, "resources"), to)) {
			rc = diag_subject_errorf(d, NULL, "import: %s is not in the stack: write it, "
						 "or give the block its type and run terrace plan "
						 "-generate-config-out=FILE to have it written", to);
			continue;
		}
		struct strbuf err = STRBUF_INIT;
		if (plan_import_entry(r, to, id, &err))
			rc = diag_subject_errorf(d, NULL, "import: %s", err.buf);
		else
			json_object_set_new(imported, to, json_string(id));
		strbuf_release(&err);
	}
	return rc;
}

/* Each change renamed by a moved: block knows its old address. */
static void mark_moved(struct plan *p)
{
	size_t i;
	json_t *pair;
	json_array_foreach(p->moves, i, pair) {
		struct planned_change *c = plan_find_change(p, json_string_value(json_array_get(pair, 1)));
		if (c && !c->moved_from)
			c->moved_from = xstrdup(json_string_value(json_array_get(pair, 0)));
	}
}

/* The stack's removed: blocks: what the state holds at `from`, which the
 * stack no longer has, is forgotten instead of destroyed (destroy: true
 * keeps the destroy). An address still in the stack is an error. */
static int apply_removed_blocks(struct plan *p, const json_t *snapshot, struct diags *d)
{
	int rc = 0;
	size_t i;
	json_t *rm;
	json_array_foreach(json_object_get(snapshot, "removed"), i, rm) {
		const char *from = json_string_value(json_object_get(rm, "from"));
		if (snapshot_has(snapshot, from)) {
			rc = diag_subject_errorf(d, NULL, "removed: %s is still in the stack: delete its "
						 "definition too, and the state entry is forgotten", from);
			continue;
		}
		if (json_is_true(json_object_get(rm, "destroy")))
			continue;
		for (size_t k = 0; k < p->n_changes; k++) {
			struct planned_change *c = &p->changes[k];
			if (c->action == ACTION_DELETE && address_within(c->name, from)) {
				c->action = ACTION_NOOP;
				c->forget = true;
			}
		}
	}
	return rc;
}

/* Every -replace address names a resource that is in the stack and the
 * state (an address only in one of them is a create or a destroy already). */
static int check_replace_addresses(struct plan *p, const char *const *replace,
				   struct diags *d)
{
	int rc = 0;
	for (; replace && *replace; replace++) {
		const struct planned_change *c = plan_find_change(p, *replace);
		if (!c || !c->before || c->gone || c->action == ACTION_DELETE ||
		    c->action == ACTION_CREATE)
			rc = diag_subject_errorf(d, NULL,
				"-replace=%s: %s", *replace,
				!c ? "no resource with this address in the stack or the state"
				: c->action == ACTION_DELETE ? "it is no longer in the stack: it will be destroyed"
				: "it is not in the state yet: it will be created");
	}
	return rc;
}

/* Mark the resources selected by -target: each target and what it depends on
 * (destroy: and what depends on it). */
static int select_targets(const struct plan *p, const json_t *state_res, const json_t *snap_res,
			  const char *const *targets, bool destroy, bool *sel, struct diags *d)
{
	struct graph *g = graph_new();
	for (size_t i = 0; i < p->n_changes; i++)
		graph_add(g, p->changes[i].name);
	for (size_t i = 0; i < p->n_changes; i++) {
		const char *name = p->changes[i].name;
		json_t *deps = json_object_get(json_object_get(snap_res, name), "dependencies");
		if (!deps)
			deps = json_object_get(json_object_get(state_res, name), "dependencies");
		size_t k;
		json_t *dep;
		json_array_foreach(deps, k, dep) {
			size_t j = graph_find(g, json_string_value(dep));
			if (j != (size_t)-1)
				graph_depend(g, i, j);
		}
	}
	int rc = 0;
	for (size_t t = 0; targets[t]; t++) {
		/* A target names one instance, all of a resource's, or a module's. */
		bool found = false;
		for (size_t i = 0; i < p->n_changes; i++) {
			if (!address_within(p->changes[i].name, targets[t]))
				continue;
			found = true;
			if (destroy)
				graph_reverse_closure(g, i, sel);
			else
				graph_closure(g, i, sel);
		}
		if (!found)
			rc = diag_subject_errorf(d, NULL, "-target %s: no such resource in the stack or state", targets[t]);
	}
	graph_free(g);
	return rc;
}

/* ---- plan_make: the passes ---- */

/*
 * plan_make builds a plan in passes, each a function below in the order
 * they run (plan_passes[]), each adding one thing to the plan, as
 * Terraform's graph builder applies one transformer per concern:
 *
 *   counts known         no count or for_each still awaits a lookup apply reads
 *   moved and imported   moved blocks rename state entries; import blocks
 *   refreshed            every resource in state read again (listings, then reads)
 *   one change each      a change per address in the stack or the state
 *   refresh-only         (-refresh-only) the selection; the plan ends here
 *   lookups listed       the data: lookups to read
 *   ordered              dependency order of changes and lookups
 *   evaluated and diffed desired attributes, their diff, lookups read
 *   counts kept          lookups a count or for_each was made of read alike again
 *   checked across       the providers' checks across resources, on values known now
 *   checks judged        check blocks, -replace addresses, removed blocks, moves
 *   targets selected     (-target) changes outside the selection dropped
 *
 * A pass returns 0 to go on, PASS_COMPLETE when the plan needs nothing
 * more, or -1 when it cannot go on. Mistakes that leave the plan able to
 * go on are reported in b->d and counted in b->failed, so one plan names
 * every mistake it can; the plan fails at the end.
 */
#define PASS_COMPLETE 1

struct plan_build {
	struct run *r;
	const struct plan_options *opt;
	struct diags *d;
	struct plan *p;
	bool failed;
	json_t *state_res, *snap_res;  /* the state's and the snapshot's resources */
	json_t *stack_names;           /* plan_stack_names(snap_res), once a read needs it */
	size_t n_state;
	const char **names;            /* the state's addresses, in its order */
	bool *sel_refresh;             /* which of them are refreshed */
	struct refresh_job job;        /* what refresh found, by state index */
	json_t *imported;              /* address -> id, from import blocks */
	size_t *order;                 /* change and lookup indexes, dependencies first */
	size_t n_nodes;
};

/* What refresh found, once the changes have taken it (or the plan stops). */
static void release_refresh(struct plan_build *b)
{
	for (size_t i = 0; i < b->n_state; i++) {
		if (b->job.results)
			json_decref(b->job.results[i]);
		if (b->job.errors)
			free(b->job.errors[i]);
	}
	free(b->job.results);
	free(b->job.gone);
	free(b->job.errors);
	free(b->job.listed);
	free(b->sel_refresh);
	free(b->names);
	memset(&b->job, 0, sizeof(b->job));
	b->sel_refresh = NULL;
	b->names = NULL;
}

static void plan_build_release(struct plan_build *b)
{
	release_refresh(b);
	json_decref(b->imported);
	json_decref(b->stack_names);
	free(b->order);
}

/* A count or for_each that still awaits a lookup (one that apply reads:
 * plan/snapshot.c's snapshot_read_awaited) makes instances no one knows:
 * an error, as Terraform's "Invalid count argument", but for a destroy
 * and a refresh-only plan (the state's resources are what they need) and
 * for what -target leaves out. */
static int plan_counts_known(struct plan_build *b)
{
	if (b->opt->destroy || b->opt->refresh_only ||
	    !snapshot_awaits_lookups(b->r->snapshot))
		return 0;
	const char *const *targets = b->opt->targets && b->opt->targets[0] ? b->opt->targets
									    : NULL;
	return snapshot_check_awaited(b->r->snapshot, targets, b->d);
}

/* Moved blocks rename the state's entries (recorded in p->moves); import
 * blocks name what to adopt. */
static int plan_moved_and_imported(struct plan_build *b)
{
	b->p->moves = json_array();
	b->imported = json_object();
	if (apply_moved_blocks(b->r->state, b->r->snapshot, b->p->moves, b->d) ||
	    (!b->opt->destroy && import_blocks(b->r, b->imported, b->d)))
		return -1;
	b->state_res = json_object_get(b->r->state, "resources");
	b->snap_res = json_object_get(b->r->snapshot, "resources");
	b->n_state = json_object_size(b->state_res);
	return 0;
}

/* Every created resource in state read again, in parallel: first by its
 * type's listing where one answers for many, then one read each. */
static int plan_refreshed(struct plan_build *b)
{
	size_t n = b->n_state;
	b->names = xcalloc(n + 1, sizeof(*b->names));
	b->job = (struct refresh_job){ b->r, b->names, xcalloc(n + 1, sizeof(json_t *)),
				       xcalloc(n + 1, sizeof(bool)), xcalloc(n + 1, sizeof(char *)),
				       xcalloc(n + 1, sizeof(bool)), b->opt->destroy,
				       b->opt->refresh_only };
	b->sel_refresh = xcalloc(n + 1, sizeof(bool));
	struct graph *g = graph_new();
	size_t k = 0;
	const char *name;
	json_t *entry;
	json_object_foreach(b->state_res, name, entry) {
		b->names[k] = name;
		graph_add(g, name);
		const char *status = json_string_value(json_object_get(entry, "status"));
		b->sel_refresh[k] = b->opt->refresh && !(status && !strcmp(status, "pending"));
		k++;
	}
	enum exec_status *st = xcalloc(n + 1, sizeof(*st));
	if (n && !b->r->no_listing)
		plan_refresh_by_listing(&b->job, n, b->sel_refresh);
	if (n)
		exec_walk(g, false, b->r->parallelism, b->sel_refresh, plan_refresh_one, &b->job, st);
	graph_free(g);
	free(st);
	int rc = 0;
	for (size_t i = 0; i < n; i++)
		if (b->job.errors[i]) {
			diag_subject_errorf(b->d, NULL, "refresh failed: %s", b->job.errors[i]);
			rc = -1;
		}
	return rc;
}

static struct planned_change *add_change(struct plan *p, const char *name, const json_t *entry)
{
	struct planned_change *c = &p->changes[p->n_changes++];
	c->name = xstrdup(name);
	c->type = xstrdup(json_string_value(json_object_get(entry, "type")));
	c->provider = xstrdup(json_string_value(json_object_get(entry, "provider")));
	c->rtype = resource_type_find(c->type, NULL);
	return c;
}

/* What the state says of c (its entry se, state index i): id, prior type,
 * pending create, and its attributes as refresh found them. */
static void take_state_entry(struct plan_build *b, struct planned_change *c, const json_t *se,
			     size_t i)
{
	const char *status = json_string_value(json_object_get(se, "status"));
	const char *id = json_string_value(json_object_get(se, "id"));
	const char *stype = json_string_value(json_object_get(se, "type"));
	c->id = id ? xstrdup(id) : NULL;
	if (stype && strcmp(stype, c->type)) {
		const char *sprov = json_string_value(json_object_get(se, "provider"));
		c->prior_type = xstrdup(stype);
		c->prior_provider = xstrdup(sprov ? sprov : "");
		c->prior_rtype = resource_type_find(stype, NULL);
	}
	if (status && !strcmp(status, "pending")) {
		c->pending = true;
		return;
	}
	c->unconfirmed = json_is_true(json_object_get(se, "unconfirmed"));
	c->tainted = json_is_true(json_object_get(se, "tainted"));
	json_t *stored = json_object_get(se, "attributes");
	if (!b->sel_refresh[i]) {
		c->before = json_incref(stored);
		return;
	}
	c->gone = b->job.gone[i];
	c->before = b->job.results[i];
	b->job.results[i] = NULL;
	c->confirmed = c->unconfirmed && c->before && !c->gone;
	/* What refresh read is most often the state's own object already
	 * (kept_result). */
	c->drifted = c->before && c->before != stored && !attrs_match_stored(c->before, stored);
}

/* One change per address in the snapshot or in state, sorted by address,
 * with what state and refresh say of it and the id an import block gives. */
static int plan_one_change_each(struct plan_build *b)
{
	struct plan *p = b->p;
	json_t *positions = json_object(); /* name -> its change, until they are sorted */
	const char *name;
	json_t *entry;
	p->changes = xcalloc(json_object_size(b->snap_res) + b->n_state + 1, sizeof(*p->changes));
	json_object_foreach(b->snap_res, name, entry) {
		json_object_set_new(positions, name, json_integer((json_int_t)p->n_changes));
		add_change(p, name, entry);
	}
	for (size_t i = 0; i < b->n_state; i++) {
		json_t *at = json_object_get(positions, b->names[i]);
		json_t *se = json_object_get(b->state_res, b->names[i]);
		struct planned_change *c = at ? &p->changes[json_integer_value(at)]
					      : add_change(p, b->names[i], se);
		take_state_entry(b, c, se, i);
	}
	json_decref(positions);
	release_refresh(b);
	/* Room was made for every name in both; most are in both (half of it
	 * unused: 1.5 MB at 10,000 resources). */
	p->changes = xrealloc(p->changes, (p->n_changes + 1) * sizeof(*p->changes));
	qsort(p->changes, p->n_changes, sizeof(*p->changes), plan_cmp_change);
	json_t *iid;
	json_object_foreach(b->imported, name, iid) {
		struct planned_change *c = plan_find_change(p, name);
		if (c)
			c->import_id = xstrdup(json_string_value(iid));
	}
	return 0;
}

/* A refresh-only plan acts on nothing; with -target it records the drift of
 * the selected resources only. It is complete here. */
static int plan_refresh_only(struct plan_build *b)
{
	if (!b->opt->refresh_only)
		return 0;
	const char *const *targets = b->opt->targets;
	struct plan *p = b->p;
	if (!targets || !targets[0])
		return PASS_COMPLETE;
	bool *sel = xcalloc(p->n_changes + 1, sizeof(bool));
	int rc = select_targets(p, b->state_res, b->snap_res, targets, false, sel, b->d);
	p->targets = json_array();
	for (size_t t = 0; targets[t]; t++)
		json_array_append_new(p->targets, json_string(targets[t]));
	for (size_t i = 0; i < p->n_changes; i++)
		if (!sel[i])
			p->changes[i].drifted = p->changes[i].gone = false;
	free(sel);
	return rc ? -1 : PASS_COMPLETE;
}

/* The stack's data: lookups, read while the changes are evaluated. */
static int plan_lookups_listed(struct plan_build *b)
{
	struct plan *p = b->p;
	if (b->opt->destroy)
		return 0;
	json_t *snap_data = json_object_get(b->r->snapshot, "data");
	const char *name;
	json_t *entry;
	p->reads = xcalloc(json_object_size(snap_data) + 1, sizeof(*p->reads));
	json_object_foreach(snap_data, name, entry) {
		struct planned_read *rd = &p->reads[p->n_reads++];
		const char *type = json_string_value(json_object_get(entry, "type"));
		const char *prov = json_string_value(json_object_get(entry, "provider"));
		rd->name = xstrdup(name);
		rd->type = xstrdup(type ? type : "");
		rd->provider = xstrdup(prov ? prov : "");
		rd->ltype = lookup_kind_find(rd->type, NULL);
	}
	qsort(p->reads, p->n_reads, sizeof(*p->reads), plan_cmp_read);
	return 0;
}

/* Changes and lookups (graph nodes after the changes) in dependency order,
 * so what uses a lookup sees its result, and it sees what it uses. */
static int plan_ordered(struct plan_build *b)
{
	struct plan *p = b->p;
	size_t n = b->n_nodes = p->n_changes + p->n_reads;
	struct graph *g = graph_new();
	graph_reserve(g, n);
	for (size_t i = 0; i < p->n_changes; i++)
		graph_add(g, p->changes[i].name);
	for (size_t i = 0; i < p->n_reads; i++)
		graph_add(g, p->reads[i].name);
	for (size_t i = 0; i < n; i++) {
		const char *node = i < p->n_changes ? p->changes[i].name
						    : p->reads[i - p->n_changes].name;
		json_t *deps = json_object_get(snapshot_entry(b->r->snapshot, node), "dependencies");
		size_t j;
		json_t *dep;
		json_array_foreach(deps, j, dep) {
			size_t t = graph_find(g, json_string_value(dep));
			if (t != (size_t)-1)
				graph_depend(g, i, t);
		}
	}
	b->order = xcalloc(n + 1, sizeof(*b->order));
	int rc = 0;
	if (graph_topo(g, b->order)) {
		/* Within one stack file this is caught on loading; across modules
		 * (an input that uses what uses the module's output) only here. */
		size_t *cycle = NULL, len = 0;
		struct strbuf names = STRBUF_INIT;
		if (graph_find_cycle(g, &cycle, &len))
			for (size_t k = 0; k < len; k++)
				strbuf_addf(&names, "%s%s", k ? " -> " : "", graph_name(g, cycle[k]));
		rc = diag_subject_errorf(b->d, NULL, "dependency cycle between resources: %s", names.buf);
		strbuf_release(&names);
		free(cycle);
	}
	/* The order is all the next pass needs: the graph (a tenth of what the
	 * plan adds at 10,000 resources) goes before the diffs come. */
	graph_free(g);
	return rc ? -1 : 0;
}

/* Why c's desired attributes failed (plan_desired_attrs' attr, evaluated
 * and err): a value the provider's checks refuse where the stack writes
 * it, as validate says it of a value written there (a variable's is known
 * only now). */
static void desired_failed(struct plan_build *b, const struct planned_change *c,
			   const json_t *res, const char *attr, bool evaluated, const char *err)
{
	struct src_pos pos = { NULL, 0, 0 };
	char *file = NULL;
	bool placed = attr && (file = plan_attr_pos(res, attr, &pos));
	if (placed && !evaluated) /* evaluation's message, naming the attribute */
		diag_errorf(b->d, &pos, "%s", err);
	else if (placed)
		diag_errorf(b->d, &pos, "resource \"%s\" (%s): %s", c->name, c->rtype->name, err);
	else if (attr && evaluated)
		diag_subject_errorf(b->d, NULL, "resource %s: %s: %s", c->name, c->rtype->name, err);
	else if (evaluated)
		diag_subject_errorf(b->d, NULL, "resource %s: %s", c->name, err);
	else
		diag_subject_errorf(b->d, NULL, "%s", err);
	free(file);
}

/* Whether a path of `paths` is attribute `attr` or inside it. */
static bool sensitive_in(const json_t *paths, const char *attr)
{
	const json_t *p;
	size_t i;

	json_array_foreach(paths, i, p) {
		const char *path = json_string_value(p) ? json_string_value(p) : "";

		if (strcspn(path, ".[") == strlen(attr) && !strncmp(path, attr, strlen(attr)))
			return true;
	}
	return false;
}

/* c's desired attributes: the stack's config evaluated, terrace's tags
 * added, the type's own derivations, checked against the API's
 * constraints on the request its object's prior (c->before) says. NULL,
 * reported, when one of those fails. (Their warnings wait for the diff:
 * plan_change.) */
static json_t *desired_of(struct plan_build *b, const struct eval_scope *sc,
			  struct planned_change *c, const json_t *res)
{
	struct strbuf err = STRBUF_INIT;
	const char *attr = NULL;
	bool evaluated;
	/* -replace (or a tainted object) makes it anew: judged as a create,
	 * so that what AWS takes in no update (a row's UNCHANGED) can be
	 * changed by a replacement */
	bool anew = (b->opt->replace && text_listed(b->opt->replace, c->name)) || c->tainted;
	json_t *desired = plan_desired_attrs(sc, c->name, c->rtype, res, anew ? NULL : c->before,
					     NULL, &c->sensitive, &evaluated, &attr, &err);
	if (!desired)
		desired_failed(b, c, res, attr, evaluated, err.buf);
	if (desired && c->rtype->id_attr && value_list_has_string(c->sensitive, c->rtype->id_attr))
		diag_warnf(b->d, NULL, "resource %s: its %s, the object's id, is made from a "
			   "sensitive value; the state keeps ids in clear (they are how the "
			   "object is found again): encrypt the state, or do not build "
			   "names from secrets", c->name, c->rtype->id_attr);
	for (const char *const *a = c->rtype->found_by; desired && a && *a; a++)
		if (sensitive_in(c->sensitive, *a))
			diag_warnf(b->d, NULL, "resource %s: its %s, what its object is found by, is "
				   "made from a sensitive value; the state keeps it in clear as it "
				   "keeps ids (they are how the object is found again): encrypt the "
				   "state, or do not build names from secrets", c->name, *a);
	strbuf_release(&err);
	return desired;
}

/* c's sensitive paths (value_redacted): those evaluation found, else the
 * schema's.
 * Most have none: one empty list (no_names) for them all, read, never
 * added to. */
static void settle_sensitive(struct planned_change *c, json_t *no_names)
{
	if (!c->sensitive) {
		c->sensitive = json_array();
		plan_schema_sensitive(c->rtype, c->sensitive);
	}
	if (!json_array_size(c->sensitive)) {
		json_decref(c->sensitive);
		c->sensitive = json_incref(no_names);
	}
}

/* The provider's checks that read what c is about to send and no stack
 * makes (provider/checks.h, CHECK_READS: aws, the AWS managed policies a
 * role attaches exist, and what a literal of a kind of identifier names),
 * on what it creates, replaces or updates; -refresh=false skips them, as
 * it skips every read. A client not made yet (a configuration known only
 * at apply) leaves them to AWS. What comes from a resource of the stack is
 * never read, though known (plan_literal_attrs), nor a literal that names
 * what the stack makes (plan_without_stack_names: a role's name written by
 * hand beside the role): the checks see it unknown. */
struct read_found {
	struct plan_build *b;
	const struct planned_change *c;
};

static void report_read(void *ctx, const struct check_finding *found)
{
	struct read_found *r = ctx;
	diag_subject_errorf(r->b->d, r->c->name, "%s: %s", r->c->type, found->message);
	r->b->failed = true;
}

static void plan_checked_by_reads(struct plan_build *b, const struct eval_scope *sc,
				  struct planned_change *c, const json_t *res,
				  const json_t *desired)
{
	struct strbuf err = STRBUF_INIT;
	bool not_yet = false;
	if (!desired || !b->opt->refresh ||
	    (c->action != ACTION_CREATE && c->action != ACTION_UPDATE &&
	     c->action != ACTION_REPLACE) ||
	    !provider_has_read_checks(c->rtype))
		return;
	char *ptype = plan_type_prefix(c->type);
	struct provider_conn *conn = run_conn(b->r, c->provider ? c->provider : ptype, ptype,
					      &not_yet, &err);
	free(ptype);
	strbuf_release(&err);
	if (!conn)
		return;
	json_t *own = plan_literal_attrs(sc, c->name, c->rtype, res, desired);
	if (!b->stack_names)
		b->stack_names = plan_stack_names(b->snap_res);
	json_t *literal = plan_without_stack_names(own, b->stack_names);
	json_decref(own);
	struct check_subject one = {
		.resource = { .name = c->name, .type = c->type, .rtype = c->rtype,
			      .client = conn->client, .may_read = b->opt->refresh },
		.attrs = literal, .prior = c->action == ACTION_UPDATE ? c->before : NULL,
	};
	struct read_found r = { b, c };
	struct check_request req = { CHECK_AS_KNOWN, CHECK_READS, &one, 1, report_read, &r };
	provider_checks_run(&req);
	json_decref(literal);
}

/* A replacement sends a create: what AWS judges only on a create, a
 * warning while the object stayed (desired_of judged it as an update), is
 * judged now, on the values the create sends. */
static void judge_as_created(struct plan_build *b, const struct eval_scope *sc,
			     const struct planned_change *c, const json_t *res)
{
	struct strbuf err = STRBUF_INIT;
	const char *attr = NULL;
	json_t *sensitive = NULL;
	bool evaluated;
	json_t *created = plan_desired_attrs(sc, c->name, c->rtype, res, NULL, NULL, &sensitive,
					     &evaluated, &attr, &err);
	if (!created) {
		desired_failed(b, c, res, attr, evaluated, err.buf);
		b->failed = true;
	}
	json_decref(created);
	json_decref(sensitive);
	strbuf_release(&err);
}

/* One change evaluated and diffed, then judged: conditions known now and
 * prevent_destroy. */
static void plan_change(struct plan_build *b, const struct eval_scope *sc,
			struct planned_change *c, json_t *no_names)
{
	const struct plan_options *opt = b->opt;
	json_t *res = json_object_get(b->snap_res, c->name);
	json_t *desired = NULL;
	if (!c->rtype) {
		diag_subject_errorf(b->d, c->name, "unknown resource type \"%s\"", c->type);
		b->failed = true;
		return;
	}
	/* Its preconditions are judged before it is planned, as Terraform
	 * judges them: one that fails says why the values it guards are not
	 * what the type takes (a converted function's package_type), where the
	 * type's rules would say only that they are not; nor was it built. */
	if (res && !opt->destroy) {
		struct strbuf err = STRBUF_INIT;
		bool refused = conditions_check(sc, res, "precondition", NULL, &err) != 0;
		if (refused) {
			diag_subject_errorf(b->d, c->name, "%s", err.buf);
			b->failed = true;
		}
		strbuf_release(&err);
		if (refused)
			return;
	}
	if (res && !opt->destroy && !(desired = desired_of(b, sc, c, res))) {
		b->failed = true;
		return;
	}
	settle_sensitive(c, no_names);
	value_register_secrets(desired, c->sensitive);
	/* -replace, or a create that failed for good after making it (tainted) */
	c->replace_requested = c->before && !c->gone && desired &&
			       ((opt->replace && text_listed(opt->replace, c->name)) || c->tainted);
	/* Another type's object at this address says nothing about this one:
	 * the new one is created and the old deleted with its own API. */
	bool other_type = c->prior_type && desired;
	diff_resource(c->rtype, other_type ? NULL : c->before, desired,
		      json_object_get(res, "ignore_changes"), c);
	if (other_type && c->before)
		c->action = ACTION_REPLACE;
	/* Said once the diff tells what is sent: a replacement's create has no
	 * prior object (what AWS judges only on a create is judge_as_created's
	 * to refuse, not a warning's to excuse). */
	if (desired)
		plan_warn_values(c->name, c->rtype, res, plan_provider_config(sc->snapshot, res),
				 c->action == ACTION_REPLACE ? NULL : c->before, desired, false,
				 b->d);
	plan_checked_by_reads(b, sc, c, res, desired);
	if (c->action == ACTION_REPLACE && c->before && desired)
		judge_as_created(b, sc, c, res);
	json_decref(desired);
	/* An interrupted create: finished by apply; looked up and deleted (or
	 * forgotten when it was never made) by destroy or when the stack no
	 * longer has it. */
	if (c->pending && c->action == ACTION_NOOP)
		c->action = res && !opt->destroy ? ACTION_CREATE : ACTION_DELETE;
	/* Conditions known now are judged now; the others at apply. */
	if (res && !opt->destroy && c->after) {
		struct strbuf err = STRBUF_INIT;
		if (conditions_check(sc, res, NULL, NULL, &err)) {
			diag_subject_errorf(b->d, c->name, "%s", err.buf);
			b->failed = true;
		}
		strbuf_release(&err);
	}
	if (res && json_is_true(json_object_get(res, "prevent_destroy")) &&
	    (c->action == ACTION_DELETE || c->action == ACTION_REPLACE)) {
		diag_subject_errorf(b->d, c->name,
			"lifecycle.prevent_destroy is set, but this plan would %s it",
			c->action == ACTION_DELETE ? "destroy" : "replace");
		b->failed = true;
	}
}

/* In dependency order: each change evaluated and diffed, each lookup read. */
static int plan_evaluated_and_diffed(struct plan_build *b)
{
	struct plan *p = b->p;
	struct plan_scope ps = { p, b->r->snapshot };
	struct eval_scope sc = { b->r->snapshot, plan_scope_attrs, &ps, plan_scope_id };
	json_t *no_names = json_array();
	/* A create's planned attributes repeat what other creates have (the
	 * same tags, bucket, defaults): one value each, as a loaded state's
	 * are (10,001 creates of one for_each: 7 MB less peak RSS). */
	struct value_sharing *creates = value_sharing_new();
	for (size_t oi = 0; oi < b->n_nodes; oi++) {
		size_t i = b->order[oi];
		if (i < p->n_changes) {
			struct planned_change *c = &p->changes[i];
			plan_change(b, &sc, c, no_names);
			if (c->action == ACTION_CREATE && !c->before && c->after)
				value_sharing_members(creates, c->after);
			continue;
		}
		struct planned_read *rd = &p->reads[i - p->n_changes];
		const json_t *entry = snapshot_entry(b->r->snapshot, rd->name);
		struct strbuf err = STRBUF_INIT;
		if (lookup_read(b->r, &sc, NULL, rd->name, entry, &rd->after, &rd->deferred, &err)) {
			lookup_error(b->d, rd->name, entry, err.buf);
			b->failed = true;
		}
		strbuf_release(&err);
	}
	value_sharing_free(creates);
	json_decref(no_names);
	return 0;
}

/* The lookups a count or for_each was made of were read before plan
 * (snapshot_read_awaited), their arguments from the state's resources;
 * read again in plan's order, with what the plan makes of those
 * resources, they must give the same: else the instances stand on a
 * value apply will not have (a resource the lookup uses is replaced),
 * an error as Terraform's "Invalid count argument". */
static int plan_counts_kept(struct plan_build *b)
{
	const char *addr;
	json_t *before;
	json_object_foreach(b->r->counted_reads, addr, before) {
		struct planned_read *rd = plan_find_read(b->p, addr);
		if (!rd || (!rd->deferred && json_equal(rd->after, before)))
			continue;
		lookup_error(b->d, addr, snapshot_entry(b->r->snapshot, addr),
			     rd->deferred ? "a count or for_each is made of what it read before plan, "
					    "but what its arguments use changes in this plan: it is "
					    "known only at apply, and so are those instances (apply "
					    "what it uses first, with -target)"
					  : "a count or for_each is made of what it read before plan, "
					    "and it reads otherwise in plan's order: plan again");
		b->failed = true;
	}
	return 0;
}

/* The reference a local's value is when text is one reference to a local
 * (what a module's output or a local of the stack becomes in the snapshot:
 * ${local["module.net.output.subnet_id"]}) and the local, followed through
 * locals, is one reference "${NAME...}" itself; else NULL (a new string). So
 * a module's output that gives a subnet of the module names that subnet. */
static char *local_reference(const char *text, const json_t *snap_locals)
{
	for (int depth = 0; depth < 8 && text; depth++) {
		size_t len = strlen(text);
		if (len < 12 || strncmp(text, "${local[\"", 9) || strcmp(text + len - 3, "\"]}"))
			return depth ? xstrdup(text) : NULL;
		char *name = xstrndup(text + 9, len - 12);
		bool plain = !strpbrk(name, "\"\\");
		const json_t *entry = plain ? json_object_get(snap_locals, name) : NULL;
		free(name);
		text = json_string_value(json_object_get(entry, "value"));
		if (!text || strncmp(text, "${", 2) || strstr(text + 2, "${") ||
		    text[strlen(text) - 1] != '}')
			return NULL;
	}
	return NULL;
}

/* Whether text is one reference "${NAME...}" to a resource of the stack
 * (snap_res): which resource it names is what the checks need, so it stays
 * as written. */
static bool names_stack_resource(const char *text, const json_t *snap_res)
{
	size_t len = strlen(text);
	if (len <= 3 || strncmp(text, "${", 2) || text[len - 1] != '}')
		return false;
	/* a resource of a module is named with dots (module.net.sub): each
	 * prefix of the reference ending before a '.' or '[' may be one */
	bool named = false;
	for (size_t i = 2; !named && i < len - 1; i++) {
		if (text[i] != '.' && text[i] != '[' && text[i] != '}')
			continue;
		char *root = xstrndup(text + 2, i - 2);
		named = json_object_get(snap_res, root) != NULL;
		free(root);
	}
	return named;
}

/* config as the stack writes it, with each string holding ${...} that is
 * known now (a variable, a local, a function of them) replaced by its value
 * in `now` (the same place of the evaluated attributes), at every depth: a
 * list's element or a block's member given by a variable is judged as a
 * literal is. A new reference, or NULL when nothing is replaced. */
static json_t *known_value(const json_t *config, const json_t *now, const json_t *snap_res,
			   const json_t *snap_locals)
{
	const char *text = json_string_value(config);
	if (text) {
		char *via = local_reference(text, snap_locals);
		if (via && names_stack_resource(via, snap_res)) {
			json_t *ref = json_string(via);
			free(via);
			return ref;
		}
		free(via);
		if (!strstr(text, "${") || !now || value_contains_unknown(now) ||
		    names_stack_resource(text, snap_res))
			return NULL;
		return json_incref((json_t *)now);
	}
	/* below a value not known as a whole (now is not of config's shape),
	 * each member is judged alone: a reference through a local may still
	 * name a resource of the stack */
	json_t *out = NULL, *v;
	if (!json_is_object(now) && !json_is_array(now))
		now = NULL;
	if (json_is_object(config)) {
		const char *k;
		json_object_foreach((json_t *)config, k, v) {
			json_t *put = known_value(v, json_object_get(now, k), snap_res, snap_locals);
			if (!put)
				continue;
			if (!out)
				out = json_copy((json_t *)config);
			json_object_set_new(out, k, put);
		}
	} else if (json_is_array(config)) {
		size_t i;
		if (json_array_size(config) != json_array_size(now))
			now = NULL;
		json_array_foreach((json_t *)config, i, v) {
			json_t *put = known_value(v, json_array_get(now, i), snap_res, snap_locals);
			if (!put)
				continue;
			if (!out)
				out = json_copy((json_t *)config);
			json_array_set_new(out, i, put);
		}
	}
	return out;
}

/* A resource's attributes for check_resources at plan: as the stack writes
 * them (so a reference still says which resource it names), with each
 * value known now put in (known_value). */
static json_t *known_config(const json_t *config, const json_t *after, const json_t *snap_res,
			    const json_t *snap_locals)
{
	json_t *out = known_value(config, after, snap_res, snap_locals);
	return out ? out : json_incref((json_t *)config);
}

/* The checks across resources (provider/checks.h, CHECK_ACROSS: aws, a
 * subnet's block inside its VPC's and apart from its siblings'), validate
 * ran them on what the stack writes; here on what is known at plan too,
 * so a block given by a variable is refused before anything is made. */
struct across_at_plan {
	struct plan_build *b;
	struct planned_change **changes;
};

static void report_at_plan(void *ctx, const struct check_finding *found)
{
	struct across_at_plan *a = ctx;
	const struct planned_change *c = a->changes[found->which];
	struct src_pos pos = { NULL, 0, 0 };
	/* where the stack writes the attribute, as validate says it */
	char *file = plan_attr_pos(json_object_get(a->b->snap_res, c->name), found->attr, &pos);
	char *compared = found->other != WRITTEN_NONE
			 ? xasprintf("; compared with %s.%s", a->changes[found->other]->name,
				     found->other_attr)
			 : xstrdup("");
	if (found->warning) {
		if (!diags_warned(a->b->d, found->message))
			diag_warnf(a->b->d, NULL, "%s: %s", c->name, found->message);
	} else {
		if (file)
			diag_errorf(a->b->d, &pos, "resource \"%s\" (%s): %s%s", c->name, c->type,
				    found->message, compared);
		else
			diag_subject_errorf(a->b->d, c->name, "%s%s", found->message, compared);
		a->b->failed = true;
	}
	free(compared);
	free(file);
}

/* The client of what c's provider configuration is, when the plan
 * creates, replaces or updates c and the client is made (not a
 * configuration known only at apply); else NULL. */
static void *changing_client(struct plan_build *b, const struct planned_change *c)
{
	struct strbuf err = STRBUF_INIT;
	bool not_yet = false;
	if (c->action != ACTION_CREATE && c->action != ACTION_UPDATE &&
	    c->action != ACTION_REPLACE)
		return NULL;
	char *ptype = plan_type_prefix(c->type);
	struct provider_conn *conn = run_conn(b->r, c->provider ? c->provider : ptype, ptype,
					      &not_yet, &err);
	free(ptype);
	strbuf_release(&err);
	return conn ? conn->client : NULL;
}

static int plan_checked_across(struct plan_build *b)
{
	struct plan *p = b->p;
	struct check_subject *subjects = xcalloc(p->n_changes + 1, sizeof(*subjects));
	struct planned_change **cs = xcalloc(p->n_changes + 1, sizeof(*cs));
	json_t **configs = xcalloc(p->n_changes + 1, sizeof(*configs));
	struct across_at_plan a = { b, cs };
	size_t n = 0;
	if (b->opt->destroy || b->failed)
		goto out;
	for (size_t i = 0; i < p->n_changes; i++) {
		struct planned_change *c = &p->changes[i];
		const struct provider_type *pt = NULL;
		json_t *res = json_object_get(b->snap_res, c->name);
		json_t *config = json_object_get(res, "config");
		if (!res || !c->rtype || !c->after || !json_is_object(config) ||
		    !resource_type_find(c->type, &pt) || !pt || !provider_checks_across(pt, c->type))
			continue;
		configs[n] = known_config(config, c->after, b->snap_res,
					  json_object_get(b->r->snapshot, "locals"));
		cs[n] = c;
		subjects[n].resource = (struct written_resource){
			.name = c->name, .type = c->type, .rtype = c->rtype,
			.provider = c->provider, .config = configs[n], .known = c->after,
			.client = changing_client(b, c), .may_read = b->opt->refresh,
			.creating = c->action == ACTION_CREATE || c->action == ACTION_REPLACE };
		n++;
	}
	struct check_request req = { CHECK_AS_KNOWN, CHECK_ACROSS, subjects, n, report_at_plan, &a };
	provider_checks_run(&req);
out:
	for (size_t i = 0; i < n; i++)
		json_decref(configs[i]);
	free(configs);
	free(cs);
	free(subjects);
	return 0;
}

/* Check blocks and outputs (when everything so far planned), -replace
 * addresses, removed blocks; then which changes are moves. */
static int plan_checks_judged(struct plan_build *b)
{
	struct plan *p = b->p;
	if (!b->opt->destroy) {
		struct plan_scope ps = { p, b->r->snapshot };
		struct eval_scope sc = { b->r->snapshot, plan_scope_attrs, &ps, plan_scope_id };
		if (!b->failed)
			checks_run(&sc, b->r->snapshot, b->d);
		/* An output that fails now would fail the apply after its changes. */
		if (!b->failed && !b->opt->refresh_only && plan_outputs_checked(p, b->d))
			b->failed = true;
		/* Both run, each reporting its own mistakes. */
		if (check_replace_addresses(p, b->opt->replace, b->d))
			b->failed = true;
		if (apply_removed_blocks(p, b->r->snapshot, b->d))
			b->failed = true;
	}
	mark_moved(p);
	return 0;
}

/* -target: changes outside the selection (each target and what it depends
 * on; destroying, what depends on it) are dropped. */
static int plan_targets_selected(struct plan_build *b)
{
	struct plan *p = b->p;
	const char *const *targets = b->opt->targets;
	if (!targets || !targets[0])
		return 0;
	bool *sel = xcalloc(p->n_changes + 1, sizeof(bool));
	if (select_targets(p, b->state_res, b->snap_res, targets, b->opt->destroy, sel, b->d))
		b->failed = true;
	p->targets = json_array();
	for (size_t t = 0; targets[t]; t++)
		json_array_append_new(p->targets, json_string(targets[t]));
	for (size_t i = 0; i < p->n_changes; i++)
		if (!sel[i])
			p->changes[i].action = ACTION_NOOP;
	free(sel);
	return 0;
}

static int (*const plan_passes[])(struct plan_build *) = {
	plan_counts_known,
	plan_moved_and_imported,
	plan_refreshed,
	plan_one_change_each,
	plan_refresh_only,
	plan_lookups_listed,
	plan_ordered,
	plan_evaluated_and_diffed,
	plan_counts_kept,
	plan_checked_across,
	plan_checks_judged,
	plan_targets_selected,
};

int plan_make(struct run *r, const struct plan_options *opt, struct plan **out,
	      struct diags *d)
{
	struct plan *p = xcalloc(1, sizeof(*p));
	p->snapshot = json_incref(r->snapshot);
	p->lineage = xstrdup(json_string_value(json_object_get(r->state, "lineage")));
	p->serial = json_integer_value(json_object_get(r->state, "serial"));
	p->destroy = opt->destroy;
	p->refresh_only = opt->refresh_only;

	struct plan_build b = { .r = r, .opt = opt, .d = d, .p = p };
	/* The stack's relative paths (sources hashed, files read) are its
	 * folder's, whatever folder terrace runs in. */
	struct strbuf err = STRBUF_INIT;
	int saved;
	int rc = plan_enter_dir(r->snapshot, &saved, &err);
	if (rc)
		diag_subject_errorf(d, NULL, "%s", err.buf);
	strbuf_release(&err);
	for (size_t i = 0; i < sizeof(plan_passes) / sizeof(*plan_passes) && !rc; i++)
		rc = plan_passes[i](&b);
	plan_leave_dir(saved);
	plan_build_release(&b);
	if (rc < 0 || b.failed) {
		plan_free(p);
		return -1;
	}
	p->prior = plan_prior_of_state(p, r->state);
	*out = p;
	return 0;
}
