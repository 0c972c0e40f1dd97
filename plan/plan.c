/*
 * plan.c: runs (configured providers + working state), refresh, planning
 * (plan_make: a list of passes, see "plan_make: the passes" below), plan
 * files and outputs. Applying a plan lives in apply.c.
 */
#include "plan/plan.h"
#include "plan/listing_groups.h"
#include "plan/conditions.h"
#include "plan/lookup.h"
#include "stacks/expand.h"
#include "plan/diff.h"
#include "plan/eval.h"
#include "plan/exec.h"
#include "plan/graph.h"
#include "plan/state.h"
#include "plan/encrypt.h"
#include "provider/base/log.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

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

/* ---- providers ---- */

/*
 * A provider configuration may use attributes of resources (a database's
 * endpoint): it is evaluated against the working state, and configured again
 * whenever that gives a different configuration (the endpoint changed during
 * this apply). Every client made stays alive until run_release, since other
 * threads may still be using an older one.
 */

struct state_scope {
	const json_t *state;
};

static const json_t *state_attrs(void *ctx, const char *name, const json_t **sens, bool *exists);

struct config_scope {
	const json_t *state;
	const json_t *snapshot;
};

/* The id a state records for resource `name`, or NULL. */
static json_t *state_id(void *ctx, const char *name)
{
	const struct state_scope *ss = ctx;
	const json_t *id = json_object_get(state_entry(ss->state, name), "id");
	return json_is_string(id) ? json_incref((json_t *)id) : NULL;
}

static json_t *config_id(void *ctx, const char *name)
{
	const struct config_scope *cs = ctx;
	struct state_scope ss = { cs->state };
	return state_id(&ss, name);
}

/* Resources of the snapshot that are not in state yet are unknown. */
static const json_t *config_attrs(void *ctx, const char *name, const json_t **sens, bool *exists)
{
	const struct config_scope *cs = ctx;
	struct state_scope ss = { cs->state };
	const json_t *a = state_attrs(&ss, name, sens, exists);
	if (!*exists)
		*exists = snapshot_entry(cs->snapshot, name) != NULL;
	return a;
}

/* The newest client made for configuration `name`. */
static struct provider_conn *conn_find(struct run *r, const char *name)
{
	for (size_t i = r->n_conns; i-- > 0;)
		if (!strcmp(r->conns[i]->name, name))
			return r->conns[i];
	return NULL;
}

/* The provider configuration `name`, evaluated now: a new object, or NULL
 * with err set; *pt gets its provider type. */
static json_t *conn_config(struct run *r, const char *name, const char *type,
			   const struct provider_type **pt, struct strbuf *err)
{
	const json_t *p = json_object_get(json_object_get(r->snapshot, "providers"), name);
	if (p) {
		type = json_string_value(json_object_get(p, "type"));
	} else if (!type || strcmp(name, type)) {
		/* Never fall back to another endpoint or account for resources
		 * that were made through a named configuration. */
		strbuf_addf(err, "provider configuration \"%s\" is used by resources in state but is "
			    "not in the stack: put it back to manage or destroy them", name);
		return NULL;
	}
	*pt = type ? provider_type_find(type) : NULL;
	if (!*pt) {
		strbuf_addf(err, "provider \"%s\": unknown provider type \"%s\"", name, type ? type : "");
		return NULL;
	}
	struct config_scope cs = { r->state, r->snapshot };
	struct eval_scope sc = { r->snapshot, config_attrs, &cs, config_id };
	json_t *sens = NULL;
	json_t *raw = p ? json_object_get(p, "config") : NULL;
	json_t *empty = json_object();
	json_t *cfg = eval_resource(&sc, name, (*pt)->config_attrs, raw ? raw : empty, &sens, err);
	json_decref(empty);
	json_decref(sens);
	if (!cfg)
		strbuf_prefixf(err, "provider \"%s\": ", name);
	return cfg;
}

/* Called with r->mu held. */
static struct provider_conn *conn_configure(struct run *r, const char *name, const char *type,
					    bool *not_yet, struct strbuf *err)
{
	*not_yet = false;
	const struct provider_type *pt = NULL;
	json_t *cfg = conn_config(r, name, type, &pt, err);
	if (!cfg)
		return NULL;
	struct provider_conn *c = conn_find(r, name);
	if (c && value_equal(c->config, cfg)) {
		json_decref(cfg);
		return c;
	}
	if (value_contains_unknown(cfg)) {
		*not_yet = true;
		strbuf_addf(err, "provider \"%s\" cannot be configured yet: its configuration uses "
			    "attributes of resources that are not created yet", name);
		json_decref(cfg);
		return NULL;
	}
	void *client = NULL;
	struct strbuf e = STRBUF_INIT;
	int rc = pt->configure(cfg, &client, &e);
	if (rc) {
		strbuf_addf(err, "provider \"%s\": %s", name, e.buf);
		strbuf_release(&e);
		json_decref(cfg);
		return NULL;
	}
	if (r->verify && pt->verify && pt->verify(client, &e)) {
		strbuf_addf(err, "provider \"%s\": %s", name, e.buf);
		strbuf_release(&e);
		if (pt->close)
			pt->close(client);
		json_decref(cfg);
		return NULL;
	}
	strbuf_release(&e);
	c = xcalloc(1, sizeof(*c));
	c->name = xstrdup(name);
	c->ptype = pt;
	c->client = client;
	c->config = cfg;
	r->conns = xrealloc(r->conns, (r->n_conns + 1) * sizeof(*r->conns));
	r->conns[r->n_conns++] = c;
	return c;
}

/* The provider type named by a resource type's first dotted part. */
static char *type_prefix(const char *rtype)
{
	const char *dot = strchr(rtype, '.');
	return xstrndup(rtype, dot ? (size_t)(dot - rtype) : strlen(rtype));
}

struct provider_conn *run_conn(struct run *r, const char *name, const char *type,
			       bool *not_yet, struct strbuf *err)
{
	bool later = false;
	pthread_mutex_lock(&r->mu);
	struct provider_conn *c = conn_configure(r, name, type, &later, err);
	pthread_mutex_unlock(&r->mu);
	if (not_yet)
		*not_yet = later;
	return c;
}

int run_init(struct run *r, json_t *snapshot, json_t *state, struct backend *b,
	     int parallelism, const struct run_events *ev, struct diags *d)
{
	memset(r, 0, sizeof(*r));
	r->snapshot = snapshot;
	r->state = state;
	r->backend = b;
	r->parallelism = parallelism > 0 ? parallelism : 10;
	r->ev = ev;
	pthread_mutex_init(&r->mu, NULL);
	pthread_mutex_init(&r->save_mu, NULL);
	strbuf_init(&r->save_error);

	/* Configure every provider configuration that a resource uses, in the
	 * snapshot or in state, once, up front. */
	int rc = 0;
	const char *name;
	json_t *res;
	json_t *sets[2] = { json_object_get(snapshot, "resources"),
			    json_object_get(state, "resources") };
	for (int s = 0; s < 2; s++) {
		json_object_foreach(sets[s], name, res) {
			const char *pname = json_string_value(json_object_get(res, "provider"));
			char *ptype = type_prefix(json_string_value(json_object_get(res, "type")));
			struct strbuf err = STRBUF_INIT;
			bool not_yet = false;
			if (pname && !run_conn(r, pname, ptype, &not_yet, &err) && !not_yet) {
				diag_subject_errorf(d, NULL, "%s", err.buf);
				rc = -1;
			}
			strbuf_release(&err);
			free(ptype);
			if (rc)
				return rc;
		}
	}
	return rc;
}

int run_verify_providers(struct run *r, struct diags *d)
{
	int rc = 0;
	pthread_mutex_lock(&r->mu);
	r->verify = true;
	for (size_t i = 0; i < r->n_conns; i++) {
		struct provider_conn *c = r->conns[i];
		struct strbuf e = STRBUF_INIT;
		if (c->ptype->verify && c->ptype->verify(c->client, &e)) {
			diag_subject_errorf(d, NULL, "provider \"%s\": %s", c->name, e.buf);
			rc = -1;
		}
		strbuf_release(&e);
	}
	pthread_mutex_unlock(&r->mu);
	return rc;
}

void run_release(struct run *r)
{
	for (size_t i = 0; i < r->n_conns; i++) {
		if (r->conns[i]->ptype->close)
			r->conns[i]->ptype->close(r->conns[i]->client);
		free(r->conns[i]->name);
		json_decref(r->conns[i]->config);
		free(r->conns[i]);
	}
	free(r->conns);
	json_decref(r->state);
	json_decref(r->journal);
	strbuf_release(&r->save_error);
	pthread_mutex_destroy(&r->mu);
	pthread_mutex_destroy(&r->save_mu);
	memset(r, 0, sizeof(*r));
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
	free(p);
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

/* ---- refresh ---- */

struct refresh_job {
	struct run *r;
	const char **names;
	json_t **results;   /* new attrs, or NULL when gone */
	bool *gone;
	char **errors;
	bool *listed;       /* refreshed by its type's listing: no read() */
};

void plan_carry_config_only(const struct resource_type *rt, const json_t *prior, json_t *now)
{
	for (const struct attr_schema *a = rt->attrs; a->name; a++) {
		json_t *p = json_object_get(prior, a->name);
		if (!p)
			continue;
		if ((a->flags & ATTR_CONFIG_ONLY) || (value_is_hashed(p) && !json_object_get(now, a->name)))
			json_object_set(now, a->name, p);
	}
}

/* What a read found, as the result refresh keeps: when it equals what the
 * state holds (most often), the state's own object, so a refresh of 10,000
 * resources does not hold a second copy of each until the plan compares
 * them (a fifth of its peak). */
static json_t *kept_result(json_t *now, const json_t *prior)
{
	if (now && prior && json_equal(now, (json_t *)prior)) {
		json_decref(now);
		return json_incref((json_t *)prior);
	}
	return now;
}

/* Seconds since the entry's object was made (its created_at), or -1 when
 * the state does not say (an entry written before it did, an import). */
static double seconds_since_created(const json_t *entry)
{
	const char *when = json_string_value(json_object_get(entry, "created_at"));
	struct tm tm = { 0 };
	const char *end = when ? strptime(when, "%Y-%m-%dT%H:%M:%SZ", &tm) : NULL;
	if (!end || *end)
		return -1;
	double age = difftime(time(NULL), timegm(&tm));
	return age < 0 ? 0 : age;
}

/*
 * A read found nothing at the id of an object this stack made less than the
 * provider's consistency window ago (provider_type.consistency_seconds: a
 * new EC2 id may be reported missing for minutes): read again, after the
 * provider's pauses (provider_type.consistency_pause_s), until it is found
 * or the window since its create has passed;
 * only then is it gone. 0 with *now as the last read left it; -1 with err
 * set when a read fails or the run is interrupted (the object is not taken
 * as gone on that).
 */
static int read_within_window(struct run *r, struct provider_conn *conn,
			      const struct resource_type *rt, const char *name,
			      const json_t *entry, json_t **now, struct strbuf *err)
{
	double window = conn->ptype->consistency_seconds
			? conn->ptype->consistency_seconds(conn->client) : 0;
	double age = seconds_since_created(entry);
	const char *id = json_string_value(json_object_get(entry, "id"));
	const json_t *prior = json_object_get(entry, "attributes");
	if (age < 0 || age >= window)
		return 0;
	if (r->ev && r->ev->warn) {
		char *msg = xasprintf("%s: %s was not found, %.0f s after this stack made it: "
				      "reading it again until %.0f s after (the provider's "
				      "consistency window) before taking it as deleted outside "
				      "terrace", name, id ? id : "", age, window);
		r->ev->warn(r->ev->ctx, msg);
		free(msg);
	}
	for (int retry = 0; !*now && (age = seconds_since_created(entry)) < window; retry++) {
		double pause = conn->ptype->consistency_pause_s
				? conn->ptype->consistency_pause_s(retry) : 1;
		double nap = pause < window - age ? pause : window - age;
		/* In steps of at most a second, so an interrupt is seen. */
		for (double slept = 0; slept < nap && !plan_stop_requested(); slept += 1) {
			double step = nap - slept < 1 ? nap - slept : 1;
			struct timespec ts = { (time_t)step, (long)((step - (time_t)step) * 1e9) };
			nanosleep(&ts, NULL);
		}
		if (plan_stop_requested()) {
			strbuf_addf(err, "%s was not found (made %.0f s ago), and the run was "
				    "interrupted before the provider's consistency window passed",
				    id ? id : "", age);
			return -1;
		}
		log_debugf("refresh: %s (%s) not found %.0f s after its create; reading again",
			   name, id ? id : "", age);
		if (rt->read(conn->client, id, prior, now, err))
			return -1;
	}
	return 0;
}

static int refresh_one(void *ctx, size_t i)
{
	struct refresh_job *j = ctx;
	struct run *r = j->r;
	if (j->listed[i])
		return 0;
	pthread_mutex_lock(&r->mu);
	json_t *entry = json_incref(json_object_get(json_object_get(r->state, "resources"), j->names[i]));
	pthread_mutex_unlock(&r->mu);
	const char *type = json_string_value(json_object_get(entry, "type"));
	const char *pname = json_string_value(json_object_get(entry, "provider"));
	const char *id = json_string_value(json_object_get(entry, "id"));
	const json_t *prior = json_object_get(entry, "attributes");
	const struct resource_type *rt = resource_type_find(type ? type : "", NULL);
	struct strbuf err = STRBUF_INIT;
	int rc = -1;
	if (!rt) {
		strbuf_addf(&err, "state holds unknown resource type \"%s\"", type ? type : "");
		goto out;
	}
	char *ptype = type_prefix(type);
	bool not_yet = false;
	struct provider_conn *conn = run_conn(r, pname ? pname : ptype, ptype, &not_yet, &err);
	free(ptype);
	if (!conn && not_yet) {
		/* What the provider needs is being created or replaced: nothing
		 * to read through it yet; the state is taken as it is. */
		j->results[i] = json_deep_copy(prior);
		rc = 0;
		goto out;
	}
	if (!conn)
		goto out;
	if (r->ev && r->ev->refreshing)
		r->ev->refreshing(r->ev->ctx, j->names[i], id);
	json_t *now = NULL;
	if (rt->read(conn->client, id, prior, &now, &err) ||
	    (!now && read_within_window(r, conn, rt, j->names[i], entry, &now, &err)))
		goto out;
	if (now)
		plan_carry_config_only(rt, prior, now);
	else
		j->gone[i] = true;
	j->results[i] = kept_result(now, prior);
	rc = 0;
out:
	if (rc)
		j->errors[i] = xasprintf("%s: %s", j->names[i], err.buf);
	strbuf_release(&err);
	json_decref(entry);
	return rc;
}

/* ---- refresh by listing ---- */

/*
 * Before the reads, resources of a type with a read_many hook are grouped by
 * provider configuration, type and the hook's scope (a Glue table's
 * database); each group of at least two is refreshed by one listing, the
 * groups in parallel. What a listing leaves undecided is read as before by
 * refresh_one, so a listing can only save reads, never change a result.
 */
struct listing_job {
	struct refresh_job *j;
	struct listing_groups groups;
};

static int list_group(void *ctx, size_t gi)
{
	struct listing_job *lj = ctx;
	struct refresh_job *j = lj->j;
	struct run *r = j->r;
	struct listing_group *g = &lj->groups.v[gi];
	json_t **entries = xcalloc(g->n, sizeof(*entries));
	json_t **out = xcalloc(g->n, sizeof(*out));
	const char **ids = xcalloc(g->n, sizeof(*ids));
	const json_t **priors = xcalloc(g->n, sizeof(*priors));
	struct strbuf err = STRBUF_INIT;
	size_t filled = 0;

	pthread_mutex_lock(&r->mu);
	json_t *state_res = json_object_get(r->state, "resources");
	for (size_t k = 0; k < g->n; k++) {
		entries[k] = json_incref(json_object_get(state_res, j->names[g->members[k]]));
		ids[k] = json_string_value(json_object_get(entries[k], "id"));
		priors[k] = json_object_get(entries[k], "attributes");
	}
	pthread_mutex_unlock(&r->mu);
	bool not_yet = false;
	struct provider_conn *conn = run_conn(r, g->provider, g->ptype, &not_yet, &err);
	/* No client (yet): refresh_one says why, per resource. */
	if (conn && g->rt->read_many(conn->client, g->n, (const char *const *)ids,
				     (const json_t *const *)priors, g->n, out, &err))
		log_debugf("refresh by listing: %s: %s; reading the rest one by one",
			   g->rt->name, err.buf);
	for (size_t k = 0; k < g->n; k++) {
		size_t i = g->members[k];
		if (!out[k])
			continue;
		plan_carry_config_only(g->rt, priors[k], out[k]);
		if (r->ev && r->ev->refreshing)
			r->ev->refreshing(r->ev->ctx, j->names[i], ids[k]);
		j->results[i] = kept_result(out[k], priors[k]);
		j->listed[i] = true;
		filled++;
	}
	log_debugf("refresh by listing: %s (%s): %zu of %zu from the listing", g->rt->name,
		   g->provider, filled, g->n);
	for (size_t k = 0; k < g->n; k++)
		json_decref(entries[k]);
	strbuf_release(&err);
	free(entries);
	free(out);
	free(ids);
	free(priors);
	return 0;
}

/* Group the selected resources whose type lists, and run each group of two
 * or more; sets j->listed[] for what the listings refreshed. */
static void refresh_by_listing(struct refresh_job *j, size_t n, const bool *selected)
{
	struct run *r = j->r;
	json_t *state_res = json_object_get(r->state, "resources");
	struct listing_job lj = { j, LISTING_GROUPS_INIT };
	struct strbuf key = STRBUF_INIT;

	for (size_t i = 0; i < n; i++) {
		if (!selected[i])
			continue;
		json_t *entry = json_object_get(state_res, j->names[i]);
		const char *type = json_string_value(json_object_get(entry, "type"));
		const char *pname = json_string_value(json_object_get(entry, "provider"));
		const char *id = json_string_value(json_object_get(entry, "id"));
		const struct resource_type *rt = type ? resource_type_find(type, NULL) : NULL;
		if (!rt || !rt->read_many || !id)
			continue;
		char *ptype = type_prefix(type);
		strbuf_reset(&key);
		strbuf_addf(&key, "%s\n%s\n", pname ? pname : ptype, type);
		if (rt->read_many_scope)
			rt->read_many_scope(id, json_object_get(entry, "attributes"), &key);
		listing_groups_add(&lj.groups, key.buf, rt, pname ? pname : ptype, ptype, i);
		free(ptype);
	}
	size_t n_groups = lj.groups.n;
	log_debugf("refresh by listing: %zu resources in %zu groups, %zu bytes", n, n_groups,
		   listing_groups_bytes(&lj.groups));
	struct graph *gr = graph_new();
	bool *sel = xcalloc(n_groups + 1, sizeof(*sel));
	struct strbuf gname = STRBUF_INIT;
	for (size_t k = 0; k < n_groups; k++) {
		strbuf_reset(&gname);
		strbuf_addf(&gname, "listing %zu", k);
		graph_add(gr, gname.buf);
		sel[k] = lj.groups.v[k].n >= 2;
	}
	enum exec_status *st = xcalloc(n_groups + 1, sizeof(*st));
	if (n_groups)
		exec_walk(gr, false, r->parallelism, sel, list_group, &lj, st);
	listing_groups_release(&lj.groups);
	free(st);
	free(sel);
	graph_free(gr);
	strbuf_release(&gname);
	strbuf_release(&key);
}

/* ---- terrace's own tags ---- */

json_t *plan_desired_attrs(const struct eval_scope *sc, const char *name,
			   const struct resource_type *rt, const json_t *res,
			   pthread_mutex_t *mu, json_t **sensitive, bool *evaluated,
			   struct strbuf *err)
{
	const json_t *config = json_object_get(res, "config");
	if (mu)
		pthread_mutex_lock(mu);
	json_t *desired = eval_resource(sc, name, rt->attrs, config, sensitive, err);
	if (mu)
		pthread_mutex_unlock(mu);
	if (evaluated)
		*evaluated = desired != NULL;
	/* The provider's checks see the values as the stack gives them, before
	 * the type derives anything from them (plan_desired), as validate
	 * sees them written. */
	if (desired && (plan_check_constraints(rt, desired, err) ||
			plan_add_stack_tags(sc->snapshot, rt, config, desired, err) ||
			(rt->plan_desired && rt->plan_desired(desired, err)))) {
		json_decref(desired);
		desired = NULL;
	}
	return desired;
}

int plan_check_constraints(const struct resource_type *rt, const json_t *desired,
			   struct strbuf *err)
{
	const struct provider_type *pt = NULL;

	resource_type_find(rt->name, &pt);
	if (!pt || !pt->check_constraints || !pt->check_constraints(rt->name, desired, NULL, err))
		return 0;
	strbuf_prefixf(err, "%s: ", rt->name);
	return -1;
}

int plan_add_stack_tags(const json_t *snapshot, const struct resource_type *rt,
			const json_t *config, json_t *desired, struct strbuf *err)
{
	const struct attr_schema *a = schema_find(rt->attrs, "tags");
	if (!a || a->type != ATTR_MAP || !json_is_object(desired))
		return plan_apply_environment(snapshot, rt, config, desired, err);
	json_t *tags = json_object_get(desired, "tags");
	if (value_is_unknown(tags))  /* a whole map known only after apply: merged then */
		return plan_apply_environment(snapshot, rt, config, desired, err);
	if (!json_is_object(tags))
		tags = NULL; /* unset */
	const char *key;
	json_t *v;
	json_object_foreach(tags, key, v) {
		if (!strncmp(key, PLAN_TAG_PREFIX, strlen(PLAN_TAG_PREFIX))) {
			strbuf_addf(err, "tags: the key \"%s\" is reserved: terrace sets "
				    PLAN_TAG_STACK " and " PLAN_TAG_WORKSPACE " on every resource "
				    "that has tags; remove it", key);
			return -1;
		}
	}
	/* The snapshot's own strings, shared by every resource's tags. */
	json_t *stack = json_object_get(snapshot, "stack");
	json_t *ws = json_object_get(snapshot, "workspace");
	json_t *merged = tags ? json_copy(tags) : json_object();
	json_object_set_new(merged, PLAN_TAG_STACK, json_is_string(stack) ? json_incref(stack)
									    : json_string(""));
	json_object_set_new(merged, PLAN_TAG_WORKSPACE, json_is_string(ws) ? json_incref(ws)
									       : json_string("default"));
	json_object_set_new(desired, "tags", merged);
	return plan_apply_environment(snapshot, rt, config, desired, err);
}

/* ---- planning ---- */

struct plan_scope {
	struct plan *p;
	const json_t *snapshot;
};

static int cmp_change(const void *a, const void *b)
{
	return strcmp(((const struct planned_change *)a)->name,
		      ((const struct planned_change *)b)->name);
}

/* The change of resource `name`, once the changes are sorted by name. */
static struct planned_change *find_change(struct plan *p, const char *name)
{
	struct planned_change key = { .name = (char *)name };

	return bsearch(&key, p->changes, p->n_changes, sizeof(*p->changes), cmp_change);
}

static int cmp_read(const void *a, const void *b)
{
	return strcmp(((const struct planned_read *)a)->name,
		      ((const struct planned_read *)b)->name);
}

static struct planned_read *find_read(struct plan *p, const char *name)
{
	struct planned_read key = { .name = (char *)name };

	return p->n_reads ? bsearch(&key, p->reads, p->n_reads, sizeof(*p->reads), cmp_read)
			  : NULL;
}

static const json_t *planned_attrs(void *ctx, const char *name, const json_t **sens, bool *exists)
{
	struct plan_scope *ps = ctx;
	if (!strncmp(name, "data.", 5)) {
		struct planned_read *rd = find_read(ps->p, name);
		*exists = rd != NULL;
		return rd ? rd->after : NULL;
	}
	struct planned_change *c = find_change(ps->p, name);
	*exists = c && json_object_get(json_object_get(ps->snapshot, "resources"), name);
	if (!*exists)
		return NULL;
	*sens = c->sensitive;
	return c->after;
}

/* The id a planned resource will have: the one it has unless replaced,
 * else its id_attr's planned value when known. */
static json_t *planned_id(void *ctx, const char *name)
{
	struct plan_scope *ps = ctx;
	struct planned_change *c = find_change(ps->p, name);
	if (!c)
		return NULL;
	if (c->id && c->action != ACTION_REPLACE && c->action != ACTION_CREATE)
		return json_string(c->id);
	const json_t *v = c->rtype && c->rtype->id_attr
		? json_object_get(c->after, c->rtype->id_attr) : NULL;
	return json_is_string(v) ? json_incref((json_t *)v) : NULL;
}

static bool list_has(const char *const *list, const char *s)
{
	for (; *list; list++)
		if (!strcmp(*list, s))
			return true;
	return false;
}

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
		struct planned_change *c = find_change(p, json_string_value(json_array_get(pair, 1)));
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
		const struct planned_change *c = find_change(p, *replace);
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
 *   moved and imported   moved blocks rename state entries; import blocks
 *   refreshed            every resource in state read again (listings, then reads)
 *   one change each      a change per address in the stack or the state
 *   refresh-only         (-refresh-only) the selection; the plan ends here
 *   lookups listed       the data: lookups to read
 *   ordered              dependency order of changes and lookups
 *   evaluated and diffed desired attributes, their diff, lookups read
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
	free(b->order);
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
				       xcalloc(n + 1, sizeof(bool)) };
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
		refresh_by_listing(&b->job, n, b->sel_refresh);
	if (n)
		exec_walk(g, false, b->r->parallelism, b->sel_refresh, refresh_one, &b->job, st);
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
	qsort(p->changes, p->n_changes, sizeof(*p->changes), cmp_change);
	json_t *iid;
	json_object_foreach(b->imported, name, iid) {
		struct planned_change *c = find_change(p, name);
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
	qsort(p->reads, p->n_reads, sizeof(*p->reads), cmp_read);
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

/* c's desired attributes: the stack's config evaluated, terrace's tags
 * added, the type's own derivations, checked against the API's
 * constraints. NULL, reported, when one of those fails. */
static json_t *desired_of(struct plan_build *b, const struct eval_scope *sc,
			  struct planned_change *c, const json_t *res)
{
	struct strbuf err = STRBUF_INIT;
	bool evaluated;
	json_t *desired = plan_desired_attrs(sc, c->name, c->rtype, res, NULL, &c->sensitive,
					     &evaluated, &err);
	/* Evaluation's own messages name where they are. */
	if (!desired && evaluated)
		strbuf_prefixf(&err, "resource %s: ", c->name);
	if (!desired)
		diag_subject_errorf(b->d, NULL, "%s", err.buf);
	else if (c->rtype->id_attr && value_list_has_string(c->sensitive, c->rtype->id_attr))
		diag_warnf(b->d, NULL, "resource %s: its %s, the object's id, is made from a "
			   "sensitive value; the state keeps ids in clear (they are how the "
			   "object is found again): encrypt the state, or do not build "
			   "names from secrets", c->name, c->rtype->id_attr);
	strbuf_release(&err);
	return desired;
}

/* c's sensitive attribute names: those evaluation found, else the schema's.
 * Most have none: one empty list (no_names) for them all, read, never
 * added to. */
static void settle_sensitive(struct planned_change *c, json_t *no_names)
{
	if (!c->sensitive) {
		c->sensitive = json_array();
		for (const struct attr_schema *a = c->rtype->attrs; a->name; a++)
			if (a->flags & ATTR_SENSITIVE)
				json_array_append_new(c->sensitive, json_string(a->name));
	}
	if (!json_array_size(c->sensitive)) {
		json_decref(c->sensitive);
		c->sensitive = json_incref(no_names);
	}
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
	if (res && !opt->destroy && !(desired = desired_of(b, sc, c, res))) {
		b->failed = true;
		return;
	}
	settle_sensitive(c, no_names);
	c->replace_requested = c->before && !c->gone && desired &&
			       opt->replace && list_has(opt->replace, c->name);
	/* Another type's object at this address says nothing about this one:
	 * the new one is created and the old deleted with its own API. */
	bool other_type = c->prior_type && desired;
	diff_resource(c->rtype, other_type ? NULL : c->before, desired,
		      json_object_get(res, "ignore_changes"), c);
	if (other_type && c->before)
		c->action = ACTION_REPLACE;
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
	struct eval_scope sc = { b->r->snapshot, planned_attrs, &ps, planned_id };
	json_t *no_names = json_array();
	for (size_t oi = 0; oi < b->n_nodes; oi++) {
		size_t i = b->order[oi];
		if (i < p->n_changes) {
			plan_change(b, &sc, &p->changes[i], no_names);
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
	json_decref(no_names);
	return 0;
}

/* A resource's attributes for check_resources at plan: as the stack writes
 * them (so a reference still says which resource it names), with each
 * value known now (a variable, a local, a function of them) put in. */
static json_t *known_config(const json_t *config, const json_t *after, const json_t *snap_res)
{
	json_t *out = json_copy((json_t *)config);
	const char *k;
	json_t *v;
	json_object_foreach((json_t *)config, k, v) {
		const json_t *now = json_object_get(after, k);
		const char *text = json_string_value(v);
		if (!text || !strstr(text, "${") || !now || value_contains_unknown(now))
			continue;
		/* "${net.vpc_id}": which resource it names is what the check needs. */
		size_t len = strlen(text);
		char *root = len > 3 && !strncmp(text, "${", 2) && text[len - 1] == '}'
			     ? xstrndup(text + 2, strcspn(text + 2, ".[}")) : NULL;
		if (!root || !json_object_get(snap_res, root))
			json_object_set(out, k, (json_t *)now);
		free(root);
	}
	return out;
}

/* The provider types' checks across resources (provider_type.check_resources:
 * aws, a subnet's block inside its VPC's and apart from its siblings'),
 * validate ran them on what the stack writes; here on what is known at
 * plan too, so a block given by a variable is refused before anything is
 * made. */
struct across_at_plan {
	struct plan_build *b;
	struct planned_change **changes;
};

/* A warning validate gave already: plan runs after it, into the same
 * diagnostics, and says it once. */
static bool warned_already(const struct diags *d, const char *msg)
{
	for (size_t i = 0; i < d->n; i++)
		if (d->items[i].severity == DIAG_WARNING && strstr(d->items[i].summary, msg))
			return true;
	return false;
}

static void report_at_plan(void *ctx, size_t which, const char *attr, size_t other,
			   const char *other_attr, const char *msg, bool warning)
{
	struct across_at_plan *a = ctx;
	(void)attr;
	if (warning) {
		if (!warned_already(a->b->d, msg))
			diag_warnf(a->b->d, NULL, "%s: %s", a->changes[which]->name, msg);
		return;
	}
	if (other != WRITTEN_NONE)
		diag_subject_errorf(a->b->d, a->changes[which]->name, "%s; compared with %s.%s", msg,
				    a->changes[other]->name, other_attr);
	else
		diag_subject_errorf(a->b->d, a->changes[which]->name, "%s", msg);
	a->b->failed = true;
}

static int plan_checked_across(struct plan_build *b)
{
	struct plan *p = b->p;
	const struct provider_type *const *all = provider_types_all();
	struct written_resource *w = xcalloc(p->n_changes + 1, sizeof(*w));
	struct planned_change **cs = xcalloc(p->n_changes + 1, sizeof(*cs));
	json_t **configs = xcalloc(p->n_changes + 1, sizeof(*configs));
	struct across_at_plan a = { b, cs };
	if (b->opt->destroy || b->failed)
		goto out;
	for (size_t t = 0; all[t]; t++) {
		size_t n = 0;
		for (size_t i = 0; all[t]->check_resources && i < p->n_changes; i++) {
			struct planned_change *c = &p->changes[i];
			const struct provider_type *pt = NULL;
			json_t *res = json_object_get(b->snap_res, c->name);
			json_t *config = json_object_get(res, "config");
			if (!res || !c->rtype || !c->after || !json_is_object(config) ||
			    !resource_type_find(c->type, &pt) || pt != all[t] ||
			    !provider_checks_across(pt, c->type))
				continue;
			configs[n] = known_config(config, c->after, b->snap_res);
			cs[n] = c;
			w[n] = (struct written_resource){ .name = c->name, .type = c->type,
							  .provider = c->provider,
							  .config = configs[n] };
			n++;
		}
		if (n)
			all[t]->check_resources(w, n, report_at_plan, &a);
		for (size_t i = 0; i < n; i++)
			json_decref(configs[i]);
	}
out:
	free(configs);
	free(cs);
	free(w);
	return 0;
}

/* Check blocks (when everything so far planned), -replace addresses,
 * removed blocks; then which changes are moves. */
static int plan_checks_judged(struct plan_build *b)
{
	struct plan *p = b->p;
	if (!b->opt->destroy) {
		struct plan_scope ps = { p, b->r->snapshot };
		struct eval_scope sc = { b->r->snapshot, planned_attrs, &ps, planned_id };
		if (!b->failed)
			checks_run(&sc, b->r->snapshot, b->d);
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
	plan_moved_and_imported,
	plan_refreshed,
	plan_one_change_each,
	plan_refresh_only,
	plan_lookups_listed,
	plan_ordered,
	plan_evaluated_and_diffed,
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
	int rc = 0;
	for (size_t i = 0; i < sizeof(plan_passes) / sizeof(*plan_passes) && !rc; i++)
		rc = plan_passes[i](&b);
	plan_build_release(&b);
	if (rc < 0 || b.failed) {
		plan_free(p);
		return -1;
	}
	*out = p;
	return 0;
}

/* ---- outputs ---- */

/* Attributes from a state; ctx points to a struct state_scope. */
static const json_t *state_attrs(void *ctx, const char *name, const json_t **sens, bool *exists)
{
	const struct state_scope *ss = ctx;
	const json_t *e = state_entry(ss->state, name);
	*exists = e != NULL;
	return state_entry_attrs(e, sens);
}

json_t *plan_eval_in_state(const json_t *snapshot, const json_t *state, const char *text,
			   bool *sensitive, struct strbuf *err)
{
	struct state_scope ss = { state };
	struct eval_scope sc = { snapshot, state_attrs, &ss, state_id };
	json_t *expr = strstr(text, "${") ? json_string(text) : json_sprintf("${%s}", text);
	if (!expr) {
		strbuf_addstr(err, "the expression is not valid UTF-8");
		return NULL;
	}
	*sensitive = false;
	json_t *v = eval_value(&sc, expr, sensitive, err);
	json_decref(expr);
	return v;
}

/* The snapshot's outputs evaluated in sc: NAME -> {value, sensitive}. */
static json_t *outputs_eval_in(const struct eval_scope *sc, const json_t *snapshot,
			       struct diags *d)
{
	json_t *out = json_object();
	const char *name;
	json_t *o;
	json_object_foreach(json_object_get(snapshot, "outputs"), name, o) {
		bool secret = false;
		struct strbuf err = STRBUF_INIT;
		json_t *v = eval_value(sc, json_object_get(o, "value"), &secret, &err);
		if (!v) {
			diag_subject_errorf(d, NULL, "output %s: %s", name, err.buf);
			strbuf_release(&err);
			continue;
		}
		strbuf_release(&err);
		json_object_set_new(out, name, json_pack("{s:o, s:b}", "value", v, "sensitive",
			secret || json_is_true(json_object_get(o, "sensitive"))));
	}
	return out;
}

json_t *outputs_eval(const json_t *snapshot, const json_t *state, struct diags *d)
{
	struct state_scope ss = { state };
	struct eval_scope sc = { snapshot, state_attrs, &ss, state_id };
	return outputs_eval_in(&sc, snapshot, d);
}

json_t *plan_outputs_eval(struct plan *p, struct diags *d)
{
	struct plan_scope ps = { p, p->snapshot };
	struct eval_scope sc = { p->snapshot, planned_attrs, &ps, planned_id };
	return outputs_eval_in(&sc, p->snapshot, d);
}

/* ---- plan files ---- */

static json_t *change_to_json(const struct planned_change *c)
{
	json_t *j = json_pack("{s:s, s:s, s:s, s:s}", "name", c->name, "type", c->type,
			      "provider", c->provider ? c->provider : "",
			      "action", plan_action_name(c->action));
	if (c->id)
		json_object_set_new(j, "id", json_string(c->id));
	json_object_set_new(j, "pending", json_boolean(c->pending));
	json_object_set_new(j, "drifted", json_boolean(c->drifted));
	if (c->replace_requested)
		json_object_set_new(j, "replace_requested", json_true());
	if (c->forget)
		json_object_set_new(j, "forget", json_true());
	if (c->moved_from)
		json_object_set_new(j, "moved_from", json_string(c->moved_from));
	if (c->import_id)
		json_object_set_new(j, "import_id", json_string(c->import_id));
	if (c->prior_type)
		json_object_set_new(j, "prior", json_pack("{s:s, s:s}", "type", c->prior_type,
							  "provider", c->prior_provider));
	json_object_set_new(j, "gone", json_boolean(c->gone));
	if (c->unconfirmed)
		json_object_set_new(j, "unconfirmed", json_true());
	if (c->confirmed)
		json_object_set_new(j, "confirmed", json_true());
	json_object_set_new(j, "before", c->before ? json_incref(c->before) : json_null());
	json_object_set_new(j, "after", c->after ? json_incref(c->after) : json_null());
	json_object_set_new(j, "changed", c->changed ? json_incref(c->changed) : json_array());
	json_object_set_new(j, "forces_new", c->forces_new ? json_incref(c->forces_new) : json_array());
	json_object_set_new(j, "sensitive", c->sensitive ? json_incref(c->sensitive) : json_array());
	return j;
}

int plan_write_file(const struct plan *p, const char *path, struct strbuf *err)
{
	return plan_write_file_sealed(p, path, NULL, err);
}

int plan_write_file_sealed(const struct plan *p, const char *path,
			   const struct encrypt_keys *keys, struct strbuf *err)
{
	json_t *doc = json_pack("{s:s, s:i, s:s, s:I, s:b, s:O}",
				"terrace_plan", "1", "format_version", 1,
				"lineage", p->lineage, "serial", (json_int_t)p->serial,
				"destroy", p->destroy, "snapshot", p->snapshot);
	json_object_set_new(doc, "refresh_only", json_boolean(p->refresh_only));
	json_t *changes = json_array();
	for (size_t i = 0; i < p->n_changes; i++)
		json_array_append_new(changes, change_to_json(&p->changes[i]));
	json_object_set_new(doc, "changes", changes);
	if (p->n_reads) {
		json_t *reads = json_array();
		for (size_t i = 0; i < p->n_reads; i++) {
			const struct planned_read *rd = &p->reads[i];
			json_t *j = json_pack("{s:s, s:s, s:s, s:b}", "name", rd->name, "type", rd->type,
					      "provider", rd->provider, "deferred", rd->deferred);
			json_object_set_new(j, "after", rd->after ? json_incref(rd->after) : json_null());
			json_array_append_new(reads, j);
		}
		json_object_set_new(doc, "reads", reads);
	}
	if (p->targets)
		json_object_set(doc, "targets", p->targets);
	if (json_array_size(p->moves))
		json_object_set(doc, "moves", p->moves);
	char *tmp = xasprintf("%s.tmp.%ld", path, (long)getpid());
	struct strbuf bytes = STRBUF_INIT;
	int rc = -1;
	if (encrypt_maybe_seal_json(keys, doc, JSON_INDENT(1) | JSON_SORT_KEYS, &bytes, err)) {
		strbuf_prefixf(err, "cannot write plan file %s: ", path);
		goto out;
	}
	int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd < 0) {
		strbuf_addf(err, "cannot write plan file %s: %s", path, strerror(errno));
		goto out;
	}
	fchmod(fd, 0600);
	FILE *f = fdopen(fd, "w");
	if (!f || fwrite(bytes.buf, 1, bytes.len, f) != bytes.len || fflush(f) || fsync(fd)) {
		strbuf_addf(err, "cannot write plan file %s: %s", path, strerror(errno));
		if (f)
			fclose(f);
		else
			close(fd);
		unlink(tmp);
		goto out;
	}
	fclose(f);
	if (rename(tmp, path)) {
		strbuf_addf(err, "cannot write plan file %s: %s", path, strerror(errno));
		unlink(tmp);
		goto out;
	}
	rc = 0;
out:
	free(tmp);
	strbuf_release(&bytes);
	json_decref(doc);
	return rc;
}

/* The action named s; -1 when s names none. */
static int action_from_name(const char *s)
{
	for (int a = ACTION_NOOP; a <= ACTION_DELETE; a++)
		if (s && !strcmp(plan_action_name(a), s))
			return a;
	return -1;
}

/* What a plan file must hold before anything in it is used: the format this
 * terrace writes, and changes with a name, a type and a known action. */
static int check_plan_doc(const char *path, const json_t *doc, struct strbuf *err)
{
	const json_t *version = json_object_get(doc, "format_version");
	if (!json_is_integer(version) || json_integer_value(version) != 1 ||
	    strcmp(json_string_value(json_object_get(doc, "terrace_plan")), "1")) {
		char *text = version ? json_dumps(version, JSON_ENCODE_ANY) : NULL;
		strbuf_addf(err, "plan file %s has format version %s; this terrace reads version 1 "
			    "(was it written by another version? make the plan again)", path,
			    text ? text : "(none)");
		free(text);
		return -1;
	}
	if (!json_is_string(json_object_get(doc, "lineage")) ||
	    !json_is_array(json_object_get(doc, "changes"))) {
		strbuf_addf(err, "plan file %s is damaged: no lineage or no changes", path);
		return -1;
	}
	size_t i;
	json_t *c;
	json_array_foreach(json_object_get(doc, "changes"), i, c) {
		const char *name = json_string_value(json_object_get(c, "name"));
		const char *action = json_string_value(json_object_get(c, "action"));
		if (!name || !json_is_string(json_object_get(c, "type"))) {
			strbuf_addf(err, "plan file %s is damaged: change %zu has no name or type", path,
				    i + 1);
			return -1;
		}
		if (action_from_name(action) < 0) {
			strbuf_addf(err, "plan file %s: %s: unknown action \"%s\" (make the plan again)",
				    path, name, action ? action : "");
			return -1;
		}
	}
	return 0;
}

static json_t *take(json_t *obj, const char *key)
{
	json_t *v = json_object_get(obj, key);
	return v && !json_is_null(v) ? json_incref(v) : NULL;
}

int plan_read_file(const char *path, struct plan **out, struct strbuf *err)
{
	return plan_read_file_sealed(path, NULL, out, err);
}

/* One change as a plan file holds it. */
static void change_from_doc(struct planned_change *pc, json_t *c)
{
	pc->name = xstrdup(json_string_value(json_object_get(c, "name")));
	pc->type = xstrdup(json_string_value(json_object_get(c, "type")));
	pc->provider = xstrdup(json_string_value(json_object_get(c, "provider")));
	pc->rtype = resource_type_find(pc->type, NULL);
	pc->action = (enum plan_action)action_from_name(
		json_string_value(json_object_get(c, "action")));
	const char *id = json_string_value(json_object_get(c, "id"));
	pc->id = id ? xstrdup(id) : NULL;
	pc->pending = json_is_true(json_object_get(c, "pending"));
	pc->drifted = json_is_true(json_object_get(c, "drifted"));
	pc->replace_requested = json_is_true(json_object_get(c, "replace_requested"));
	pc->forget = json_is_true(json_object_get(c, "forget"));
	const char *moved_from = json_string_value(json_object_get(c, "moved_from"));
	pc->moved_from = moved_from ? xstrdup(moved_from) : NULL;
	const char *import_id = json_string_value(json_object_get(c, "import_id"));
	pc->import_id = import_id ? xstrdup(import_id) : NULL;
	const char *prior_type = json_string_value(json_object_get(json_object_get(c, "prior"),
								   "type"));
	if (prior_type) {
		const char *pp = json_string_value(json_object_get(json_object_get(c, "prior"),
								   "provider"));
		pc->prior_type = xstrdup(prior_type);
		pc->prior_provider = xstrdup(pp ? pp : "");
		pc->prior_rtype = resource_type_find(prior_type, NULL);
	}
	pc->gone = json_is_true(json_object_get(c, "gone"));
	pc->unconfirmed = json_is_true(json_object_get(c, "unconfirmed"));
	pc->confirmed = json_is_true(json_object_get(c, "confirmed"));
	pc->before = take(c, "before");
	pc->after = take(c, "after");
	pc->changed = take(c, "changed");
	pc->forces_new = take(c, "forces_new");
	pc->sensitive = take(c, "sensitive");
}

int plan_read_file_sealed(const char *path, const struct encrypt_keys *keys, struct plan **out,
			  struct strbuf *err)
{
	struct strbuf text = STRBUF_INIT, why = STRBUF_INIT;
	int read = encrypt_read_file(keys, path, &text, &why);
	json_error_t jerr;
	json_t *doc = read ? NULL : json_loadb(text.buf, text.len, 0, &jerr);
	strbuf_release(&text);
	if (!doc) {
		if (read == 1)
			strbuf_addf(err, "cannot read plan file %s: unable to open %s: %s", path,
				    path, strerror(ENOENT));
		else if (read < 0 && strncmp(why.buf, path, strlen(path)))
			strbuf_addf(err, "cannot read plan file %s: %s", path, why.buf);
		else if (read < 0)
			strbuf_addf(err, "plan file %s", why.buf); /* "plan file PATH: ..." */
		else
			strbuf_addf(err, "cannot read plan file %s: %s", path, jerr.text);
		strbuf_release(&why);
		return -1;
	}
	strbuf_release(&why);
	if (!json_is_string(json_object_get(doc, "terrace_plan")) ||
	    !json_is_object(json_object_get(doc, "snapshot"))) {
		strbuf_addf(err, "%s is not a terrace plan file", path);
		json_decref(doc);
		return -1;
	}
	if (check_plan_doc(path, doc, err)) {
		json_decref(doc);
		return -1;
	}
	struct plan *p = xcalloc(1, sizeof(*p));
	p->snapshot = json_incref(json_object_get(doc, "snapshot"));
	p->lineage = xstrdup(json_string_value(json_object_get(doc, "lineage")));
	p->serial = json_integer_value(json_object_get(doc, "serial"));
	p->destroy = json_is_true(json_object_get(doc, "destroy"));
	p->refresh_only = json_is_true(json_object_get(doc, "refresh_only"));
	p->targets = take(doc, "targets");
	p->moves = take(doc, "moves");
	if (!p->moves)
		p->moves = json_array();
	json_t *changes = json_object_get(doc, "changes");
	p->changes = xcalloc(json_array_size(changes) + 1, sizeof(*p->changes));
	size_t i;
	json_t *c;
	json_array_foreach(changes, i, c) {
		struct planned_change *pc = &p->changes[p->n_changes++];
		change_from_doc(pc, c);
		if (!pc->rtype) {
			strbuf_addf(err, "plan file %s: unknown resource type \"%s\"", path, pc->type);
			plan_free(p);
			json_decref(doc);
			return -1;
		}
	}
	json_t *reads = json_object_get(doc, "reads");
	p->reads = xcalloc(json_array_size(reads) + 1, sizeof(*p->reads));
	json_array_foreach(reads, i, c) {
		const char *name = json_string_value(json_object_get(c, "name"));
		const char *type = json_string_value(json_object_get(c, "type"));
		const char *prov = json_string_value(json_object_get(c, "provider"));
		const struct lookup_type *lt = lookup_kind_find(type ? type : "", NULL);
		if (!name || !lt || !prov) {
			strbuf_addf(err, "plan file %s is damaged: lookup %zu has no name, provider or "
				    "known type", path, i + 1);
			plan_free(p);
			json_decref(doc);
			return -1;
		}
		struct planned_read *rd = &p->reads[p->n_reads++];
		rd->name = xstrdup(name);
		rd->type = xstrdup(type);
		rd->provider = xstrdup(prov);
		rd->ltype = lt;
		rd->deferred = json_is_true(json_object_get(c, "deferred"));
		rd->after = take(c, "after");
	}
	qsort(p->reads, p->n_reads, sizeof(*p->reads), cmp_read);
	json_decref(doc);
	*out = p;
	return 0;
}
