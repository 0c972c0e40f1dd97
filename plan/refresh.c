/*
 * refresh.c: a plan's refresh: every created resource in the state read
 * again (plan_refresh_one, one read each, run in parallel by plan.c's
 * refreshed pass), first by its type's listing where one listing answers for
 * many (plan_refresh_by_listing); a read that finds nothing soon after the
 * create is read again while AWS may still be catching up (within the
 * type's window), except by a destroy, which asks the delete instead, and
 * by a refresh-only plan, which reports what it found.
 */
#include "plan/plan.h"
#include "plan/plan_internal.h"
#include "plan/listing_groups.h"
#include "plan/exec.h"
#include "plan/graph.h"
#include "plan/state.h"
#include "provider/base/clock.h"
#include "provider/base/log.h"
#include "provider/base/progress.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>


/* What a read found, as the result refresh keeps. Its sensitive values
 * (the paths the entry's sensitive_attributes name: what was applied from
 * a secret, and the schema's) as the state keeps them before anything sees
 * them: an attribute that still matches what the state holds is the
 * state's own value (its hash, or a block as an earlier release kept it),
 * one that differs is hashed at its paths (plan_stored_attrs; what the type
 * finds its object by is kept in clear, as ids are). Sensitivity
 * travels with the value: no plan, drift or plan file holds what AWS
 * answered in clear, whatever the stack makes of the attribute now. When
 * the whole equals what the state holds (most often), the state's own
 * object, so a refresh of 10,000 resources does not hold a second copy of
 * each until the plan compares them (a fifth of its peak). */
static json_t *kept_result(const struct resource_type *rt, json_t *now, const json_t *entry)
{
	const json_t *prior = json_object_get(entry, "attributes");
	json_t *paths = json_deep_copy(json_object_get(entry, "sensitive_attributes"));
	if (!json_is_array(paths)) {
		json_decref(paths);
		paths = json_array();
	}
	plan_schema_sensitive(rt, paths);
	json_t *hashed = NULL, *p;
	size_t i;
	json_array_foreach(now ? paths : NULL, i, p) {
		const char *path = json_string_value(p);
		if (plan_found_by(rt, path))
			continue; /* kept in clear, as ids are (plan_stored_attrs) */
		char *name = xstrndup(path ? path : "", path ? strcspn(path, ".[") : 0);
		const json_t *v = json_object_get(now, name), *was = json_object_get(prior, name);
		if (v && value_matches_stored(v, was)) {
			json_object_set(now, name, (json_t *)was);
		} else if (v) {
			if (!hashed)
				hashed = plan_stored_attrs(rt, now, paths, prior);
			json_object_set(now, name, json_object_get(hashed, name));
		}
		free(name);
	}
	json_decref(hashed);
	json_decref(paths);
	if (now && prior && json_equal(now, (json_t *)prior)) {
		json_decref(now);
		return json_incref((json_t *)prior);
	}
	return now;
}

double plan_seconds_since_created(const json_t *entry)
{
	const char *when = json_string_value(json_object_get(entry, "created_at"));
	struct tm tm = { 0 };
	const char *end = when ? strptime(when, "%Y-%m-%dT%H:%M:%SZ", &tm) : NULL;
	if (!end || *end)
		return -1;
	double age = difftime(time(NULL), timegm(&tm));
	return age < 0 ? 0 : age;
}

/* Sleep s seconds, in tenths so that an interrupt ends it at once. */
static void nap_unless_stopped(double s)
{
	double start = monotonic_seconds();
	for (double left = s; left > 0 && !plan_stop_requested();
	     left = s - (monotonic_seconds() - start)) {
		double slice = left < 0.1 ? left : 0.1;
		struct timespec ts = { 0, (long)(slice * 1e9) };
		nanosleep(&ts, NULL);
	}
}

/* Whether the entry's object was made less than its type's consistency
 * window ago (provider_type.consistency_seconds). */
static bool within_window(struct provider_conn *conn, const struct resource_type *rt,
			  const json_t *entry)
{
	double window = conn->ptype->consistency_seconds
			? conn->ptype->consistency_seconds(conn->client, rt->name) : 0;
	double age = plan_seconds_since_created(entry);
	return age >= 0 && age < window;
}

/*
 * A read found nothing at the id of an object this stack made less than the
 * provider's consistency window ago (provider_type.consistency_seconds: a
 * new EC2 id may be reported missing for minutes): read again, after the
 * provider's pauses (provider_type.consistency_pause_s), until it is found
 * or the window since its create has passed;
 * only then is it gone. The wait says so as it starts (a warning naming the
 * provider's setting, consistency_setting) and, through the run's
 * refresh_wait event and progress_status, every 10 s while it lasts; an
 * interrupt ends it at once. 0 with *now as the last read left it; -1 with
 * err set when a read fails or the run is interrupted (the object is not
 * taken as gone on that).
 */
static int read_within_window(struct run *r, struct provider_conn *conn,
			      const struct resource_type *rt, const char *name,
			      const json_t *entry, json_t **now, struct strbuf *err)
{
	double window = conn->ptype->consistency_seconds
			? conn->ptype->consistency_seconds(conn->client, rt->name) : 0;
	const char *setting = conn->ptype->consistency_setting;
	double age = plan_seconds_since_created(entry);
	const char *id = json_string_value(json_object_get(entry, "id"));
	const json_t *prior = json_object_get(entry, "attributes");
	if (age < 0 || age >= window)
		return 0;
	if (r->ev && r->ev->warn) {
		char *msg = xasprintf("%s: %s was not found, %.0f s after this stack made it; "
				      "reading it again until %.0f s after its create before "
				      "taking it as deleted outside terrace: the provider's "
				      "consistency window%s%s", name, id ? id : "", age, window,
				      setting ? ", " : "", setting ? setting : "");
		r->ev->warn(r->ev->ctx, msg);
		free(msg);
	}
	if (r->ev && r->ev->refresh_wait)
		r->ev->refresh_wait(r->ev->ctx, name, true);
	int rc = 0;
	for (int retry = 0; !*now && (age = plan_seconds_since_created(entry)) < window; retry++) {
		double pause = conn->ptype->consistency_pause_s
				? conn->ptype->consistency_pause_s(retry) : 1;
		char *status = xasprintf("waiting for %s to be found, until %.0f s after its "
					 "create", id ? id : "", window);
		progress_status(status);
		free(status);
		nap_unless_stopped(pause < window - age ? pause : window - age);
		if (plan_stop_requested()) {
			strbuf_addf(err, "%s was not found (made %.0f s ago), and the run was "
				    "interrupted before the provider's consistency window passed",
				    id ? id : "", plan_seconds_since_created(entry));
			rc = -1;
			break;
		}
		log_debugf("refresh: %s (%s) not found %.0f s after its create; reading again",
			   name, id ? id : "", age);
		if (rtype_read(rt, conn->client, id, prior, now, err)) {
			rc = -1;
			break;
		}
	}
	progress_status("");
	if (r->ev && r->ev->refresh_wait)
		r->ev->refresh_wait(r->ev->ctx, name, false);
	return rc;
}

/*
 * A refresh-only plan found nothing at the id of an object this stack made
 * less than the provider's consistency window ago: it reports it deleted
 * at once, as Terraform's refresh does, and says so. A plan waits instead
 * (read_within_window): creating again an object AWS does not show yet
 * could make a second one, while a refresh-only plan creates nothing, and
 * it is read again by whatever plan comes next.
 */
static void report_young_gone(struct run *r, struct provider_conn *conn, const char *name,
			      const json_t *entry)
{
	const char *id = json_string_value(json_object_get(entry, "id"));
	const char *setting = conn->ptype->consistency_setting;
	if (!r->ev || !r->ev->warn)
		return;
	char *msg = xasprintf("%s: %s was not found, %.0f s after this stack made it; a "
			      "refresh-only plan reports it deleted without waiting out the "
			      "provider's consistency window%s%s: if AWS may not show it yet, "
			      "plan again before applying this", name, id ? id : "",
			      plan_seconds_since_created(entry), setting ? ", " : "",
			      setting ? setting : "");
	r->ev->warn(r->ev->ctx, msg);
	free(msg);
}

int plan_refresh_one(void *ctx, size_t i)
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
	char *ptype = plan_type_prefix(type);
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
	if (rtype_read(rt, conn->client, id, prior, &now, &err))
		goto out;
	if (!now && j->destroy && within_window(conn, rt, entry)) {
		/* A destroy does not wait for a read to find what it will
		 * delete: the delete itself asks, and its NotFound is final
		 * (or, where the service says a delete may not see an object
		 * made moments ago, waited out: provider_type.note_made). */
		log_debugf("refresh: %s (%s) not found %.0f s after its create; destroy asks "
			   "its delete", j->names[i], id ? id : "", plan_seconds_since_created(entry));
		j->results[i] = json_incref((json_t *)prior);
		rc = 0;
		goto out;
	}
	if (!now && j->refresh_only && within_window(conn, rt, entry))
		report_young_gone(r, conn, j->names[i], entry);
	else if (!now && read_within_window(r, conn, rt, j->names[i], entry, &now, &err))
		goto out;
	if (now)
		plan_carry_config_only(rt, prior, now);
	else
		j->gone[i] = true;
	j->results[i] = kept_result(rt, now, entry);
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
 * plan_refresh_one, so a listing can only save reads, never change a result.
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
	/* No client (yet): plan_refresh_one says why, per resource. */
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
		j->results[i] = kept_result(g->rt, out[k], entries[k]);
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
void plan_refresh_by_listing(struct refresh_job *j, size_t n, const bool *selected)
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
		char *ptype = plan_type_prefix(type);
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

