/*
 * apply.c: carrying out a plan.
 *
 * Each change becomes up to two graph nodes: a destroy step (delete, or the
 * first half of a replace) and a create step (create, update, or the second
 * half of a replace). Create steps wait for the create steps of what they
 * depend on; destroy steps wait for the destroy steps of what depends on
 * them (recorded in state), and for the update of a dependent whose new
 * configuration no longer refers to them; a replace destroys before it
 * creates. The
 * executor runs independent steps in parallel; a failure skips only what
 * waits on it.
 *
 * State is saved after every step: during the walk by appending the step's
 * change to the backend's journal where it keeps one (the local file: one
 * line and an fdatasync instead of the whole state, which made apply's cost
 * grow with the square of the resources), the whole state at the end
 * (which supersedes the journal). A create first records the resource as
 * "pending" (with its desired attributes), so an apply killed during the API
 * call leaves a record: the next plan creates it again with may_exist set,
 * and the provider adopts what the first attempt made instead of failing or
 * duplicating it. The record also holds the create's token
 * (create_call.token), the same for every attempt of that create, by
 * which a type whose objects have no name finds what an attempt made.
 *
 * What a create made is never forgotten: the moment the server's answer
 * names it (create_call_made, before the type's follow-up calls) the entry
 * gets its id, marked "unconfirmed" until the create returns success; a
 * create that fails after that keeps the entry so marked, and the next plan
 * reads it by its id and finishes it as an update (docs/safety.md). Each
 * entry a create writes says when ("created_at", UTC), which tells a
 * refresh how long a read that finds nothing may be AWS's eventual
 * consistency rather than a delete (plan/refresh.c).
 *
 * A save that fails (the backend gone, or refusing writes) loses the state
 * for the run (run_save_state): no step starts after it (EXEC_RUN_STOP),
 * the steps in flight finish, and the apply ends with one error naming what
 * was done and not recorded (state_lost_error).
 */
#include "plan/plan.h"
#include "plan/plan_internal.h"
#include "plan/eval.h"
#include "plan/exec.h"
#include "plan/graph.h"
#include "plan/state.h"
#include "plan/conditions.h"
#include "plan/lookup.h"
#include "plan/stack_read.h"
#include "provider/base/clock.h"
#include "provider/base/progress.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

struct step {
	struct planned_change *c;  /* NULL for a lookup's read */
	bool destroy;              /* the destroy half */
	struct planned_read *rd;   /* a lookup read at apply, or NULL */
};

static const char *step_name(const struct step *s)
{
	return s->c ? s->c->name : s->rd->name;
}

struct apply_job {
	struct run *r;
	struct plan *p;
	struct step *steps;
	size_t n_steps;
	struct apply_result *res;
	struct diags *d;
	/* What was done but could not be recorded, the state being lost
	 * (note_unrecorded), for the error the apply ends with (guarded by
	 * r->mu): {"what", "change", "id"} each. */
	json_t *unrecorded;
};

/* c's operation was carried out (what: "created", "updated", "deleted";
 * id its object's) but the state recording it could not be saved: the
 * state is lost for the run (run_state_lost). Noted for the one error the
 * apply ends with (state_lost_error) instead of an error of its own. */
static void note_unrecorded(struct apply_job *j, struct planned_change *c, const char *what,
			    const char *id)
{
	pthread_mutex_lock(&j->r->mu);
	json_array_append_new(j->unrecorded, json_pack("{s:s, s:I, s:s?}", "what", what,
						      "change", (json_int_t)(c - j->p->changes),
						      "id", id && *id ? id : NULL));
	pthread_mutex_unlock(&j->r->mu);
}

/* A sensitive output is kept in state only as its hash, like a sensitive
 * attribute: `terrace output NAME` computes it again from the stack and
 * checks it against that hash (cmd/output.c). An unchanged value keeps its
 * stored hash (and salt), so an apply that changes nothing writes nothing. */
static void store_sensitive_outputs(json_t *outs, const json_t *prior)
{
	const char *name;
	json_t *o;
	json_object_foreach(outs, name, o) {
		json_t *v = json_object_get(o, "value");
		if (!json_is_true(json_object_get(o, "sensitive")) || !v || value_is_hashed(v))
			continue;
		const json_t *was = json_object_get(json_object_get(prior, name), "value");
		if (value_is_hashed(was) && !value_is_legacy_hash(was) && value_matches_stored(v, was))
			json_object_set(o, "value", (json_t *)was);
		else
			json_object_set_new(o, "value", value_hashed(v));
	}
}

/* Known values in the plan must come out the same at apply time (before
 * any step, derived_only: the computed ones the plan derived, known yet,
 * as a local file's hash; configured ones may still wait for what the
 * steps before change). */
static int check_consistent(const struct planned_change *c, const json_t *desired,
			    bool derived_only, struct strbuf *err)
{
	const char *k;
	json_t *planned;
	json_object_foreach(c->after, k, planned) {
		if (value_contains_unknown(planned))
			continue;
		/* Configured values, and computed ones the plan derived (a local
		 * file's hash): a file edited after `plan -out` is caught here. */
		json_t *now = json_object_get(desired, k);
		const struct attr_schema *a = derived_only ? schema_find(c->rtype->attrs, k) : NULL;
		if (now && derived_only &&
		    (value_contains_unknown(now) || !a || !(a->flags & ATTR_COMPUTED)))
			continue;
		if (now && !value_equal(now, planned)) {
			strbuf_addf(err, "attribute %s changed between plan and apply; plan again", k);
			return -1;
		}
	}
	return 0;
}

/* Whether `now`, the object found at a pending entry's id, is the one the
 * interrupted create made: it carries this stack's and workspace's tags
 * (types with tags, when the stack gives them: an S3 object whose own
 * tags leave no room has none of terrace's), or else every attribute the
 * stack set reads back as set. */
static bool made_by_us(const struct run *r, const struct resource_type *rt, const json_t *now,
		       const json_t *wanted)
{
	json_t *wanted_tags = rtype_tags(rt, wanted);
	bool tagged = rtype_tags_schema(rt) &&
		      (!rt->max_tags || json_object_get(wanted_tags, PLAN_TAG_STACK));
	json_decref(wanted_tags);
	if (tagged) {
		json_t *tags = rtype_tags(rt, now);
		bool ours = tags && json_equal(json_object_get(tags, PLAN_TAG_STACK),
					       json_object_get(r->snapshot, "stack")) &&
			    json_equal(json_object_get(tags, PLAN_TAG_WORKSPACE),
				       json_object_get(r->snapshot, "workspace"));
		json_decref(tags);
		return ours;
	}
	for (const struct attr_schema *a = rt->attrs; a->name; a++) {
		const json_t *w = json_object_get(wanted, a->name);
		if (!(a->flags & (ATTR_REQUIRED | ATTR_OPTIONAL)) || (a->flags & ATTR_SENSITIVE) ||
		    (a->flags & ATTR_CONFIG_ONLY) || !value_is_set(w))
			continue;
		if (!value_matches_stored(json_object_get(now, a->name), w))
			return false;
	}
	return true;
}

/*
 * Destroy what an interrupted create of a type without a name made: every
 * object carrying the create's token (rt->find_made) is this create's, and
 * deleted; none, the entry is forgotten.
 */
static int destroy_pending_made(struct planned_change *c, const struct resource_type *rt,
				struct provider_conn *conn, const json_t *wanted,
				const char *token, struct strbuf *err)
{
	json_t *ids = NULL, *v;
	size_t i;
	int rc = rtype_find_made(rt, conn->client, token, &ids, err);
	json_array_foreach(ids, i, v) {
		if (rc)
			break;
		rc = rtype_delete(rt, conn->client, json_string_value(v), wanted, err);
		if (!rc) {
			free(c->id);
			c->id = xstrdup(json_string_value(v));
		}
	}
	json_decref(ids);
	return rc;
}

/* The id an interrupted create's object has, from what its pending record
 * asked for (the type's id_attr or config_id), or NULL. */
static char *pending_id(const struct resource_type *rt, const json_t *wanted)
{
	if (rt->config_id)
		return rt->config_id(wanted);
	const char *id = rt->id_attr ? value_get_string(wanted, rt->id_attr) : NULL;
	return id ? xstrdup(id) : NULL;
}

/*
 * Destroy what an interrupted create may have made: the entry holds what
 * was asked for, not an id. Looked up by the id the configuration gives
 * (pending_id): not there, the entry is forgotten; there and ours,
 * deleted; there and not ours, left alone with an error. A type without
 * one is looked up by the create's token (`token`, from the entry).
 */
static int destroy_pending(struct run *r, struct planned_change *c,
			   const struct resource_type *rt, struct provider_conn *conn,
			   const json_t *wanted, const char *token, struct strbuf *err)
{
	char *id = pending_id(rt, wanted);
	if (!id && token && rtype_has_find_made(rt))
		return destroy_pending_made(c, rt, conn, wanted, token, err);
	if (!id) {
		strbuf_addf(err, "an earlier apply was interrupted while creating it, and %s objects "
			    "cannot be looked up without their id: run `terrace apply` to finish "
			    "the create first, or check by hand and `terrace state rm %s`",
			    rt->name, c->name);
		return -1;
	}
	json_t *now = NULL;
	int rc = rtype_read(rt, conn->client, id, wanted, &now, err) ? -1 : 0;
	if (!rc && now && !made_by_us(r, rt, now, wanted)) {
		strbuf_addf(err, "an earlier apply was interrupted while creating it; %s exists but "
			    "is not this stack's (its tags or attributes differ), so it is left "
			    "alone: `terrace state rm %s` forgets the interrupted create", id, c->name);
		rc = -1;
	} else if (!rc && now) {
		/* Deleted as a recorded object is: with what the API shows and
		 * what only the configuration says (a secret's recovery window),
		 * which the pending record holds. */
		plan_carry_config_only(rt, wanted, now);
		rc = rtype_delete(rt, conn->client, id, now, err);
		if (!rc) {
			free(c->id);
			c->id = xstrdup(id);
		}
	}
	json_decref(now);
	free(id);
	return rc;
}

static int run_destroy(struct apply_job *j, struct planned_change *c, struct provider_conn *conn,
		       struct strbuf *err)
{
	struct run *r = j->r;
	pthread_mutex_lock(&r->mu);
	json_t *entry = json_deep_copy(json_object_get(json_object_get(r->state, "resources"), c->name));
	pthread_mutex_unlock(&r->mu);
	const json_t *prior = entry ? json_object_get(entry, "attributes") : c->before;
	const char *id = entry ? json_string_value(json_object_get(entry, "id")) : c->id;
	/* The object is of the type the state holds (see prior_type). */
	const struct resource_type *rt = c->prior_type ? c->prior_rtype : c->rtype;
	const char *status = json_string_value(json_object_get(entry, "status"));
	int rc = 0;
	if (!rt) {
		strbuf_addf(err, "the state holds unknown resource type \"%s\"", c->prior_type);
		rc = -1;
	} else if (status && !strcmp(status, "pending")) {
		rc = destroy_pending(r, c, rt, conn, prior,
				     json_string_value(json_object_get(entry, "create_token")), err);
	} else if (id) {
		/* Made by another run moments ago: the provider may have to wait
		 * out a NotFound from the delete (provider_type.note_made). */
		double age = plan_seconds_since_created(entry);
		if (age >= 0 && conn->ptype->note_made)
			conn->ptype->note_made(conn->client, rt->name, id, age);
		rc = rtype_delete(rt, conn->client, id, prior, err);
	}
	if (rc) {
		json_decref(entry);
		return -1;
	}
	pthread_mutex_lock(&r->mu);
	run_forget(r, c->name);
	pthread_mutex_unlock(&r->mu);
	rc = run_save_state(r);
	if (rc)
		note_unrecorded(j, c, "deleted", id ? id : c->id);
	json_decref(entry);
	return rc;
}

/* The attributes an entry keeps for an object made but not confirmed:
 * what identifies it (the force-new attributes) and what only the
 * configuration says (config-only: how it is deleted, a secret's recovery
 * window), as the create asked for them. A new object. */
static json_t *made_attrs(const struct resource_type *rt, const json_t *desired)
{
	json_t *ident = json_object();
	for (const struct attr_schema *a = rt->attrs; a->name; a++)
		if ((a->flags & (ATTR_FORCE_NEW | ATTR_CONFIG_ONLY)) &&
		    json_object_get(desired, a->name))
			json_object_set(ident, a->name, json_object_get(desired, a->name));
	return ident;
}

/* A create in flight, as its create_call's made() sees it. */
struct create_watch {
	struct run *r;
	const struct planned_change *c;
	const json_t *desired, *sensitive;
	char *made;           /* the id the create said it made, or NULL */
	char *created_at;     /* when: RFC 3339 UTC, a new string */
};

/* create_call_made: the create made `id`. It goes to the state and its
 * journal at once, marked unconfirmed, before the create's follow-up
 * calls. */
static void create_said_made(void *ctx, const char *id)
{
	struct create_watch *w = ctx;
	if (w->made && !strcmp(w->made, id))
		return;
	free(w->made);
	w->made = xstrdup(id);
	json_t *ident = made_attrs(w->c->rtype, w->desired);
	pthread_mutex_lock(&w->r->mu);
	run_record(w->r, w->c, "created", id, ident, w->sensitive, w->created_at, true);
	pthread_mutex_unlock(&w->r->mu);
	json_decref(ident);
	run_save_state(w->r);
}

/* c created (or created again, replacing): a pending record with its
 * create token saved first, then the type's create; what the create says
 * it made is recorded as it says it (create_said_made). A failure keeps
 * what may exist tracked: made (said, or *id set), by its identity,
 * marked unconfirmed; sent and never answered, as the pending record the
 * next run looks up. *created_at gets when it was made (a new string).
 * EXEC_RUN_STOP when the pending record could not be saved: not created. */
static int create_tracked(struct run *r, struct planned_change *c, struct provider_conn *conn,
			  struct op_result *result, json_t *desired, json_t *sensitive, char **id,
			  json_t **attrs, char **created_at, struct strbuf *err)
{
	int rc;
	bool may_exist = c->pending;
	pthread_mutex_lock(&r->mu);
	json_t *cur = json_object_get(json_object_get(r->state, "resources"), c->name);
	const char *status = json_string_value(json_object_get(cur, "status"));
	/* The create's token: an interrupted create's own, so that its
	 * retry finds what the first attempt made by it. */
	const char *old_token = json_string_value(json_object_get(cur, "create_token"));
	char token[37];
	if (status && !strcmp(status, "pending"))
		may_exist = true;
	if (may_exist && old_token && strlen(old_token) < sizeof(token))
		strcpy(token, old_token);
	else if (state_uuid(token))
		strcpy(token, "");
	run_record(r, c, "pending", NULL, desired, sensitive, NULL, false);
	if (*token)
		json_object_set_new(json_object_get(json_object_get(r->state, "resources"),
						    c->name),
				    "create_token", json_string(token));
	pthread_mutex_unlock(&r->mu);
	/* Not saved: nothing was asked of the provider, and nothing more
	 * starts (the state is lost for the run: run_save_state). */
	if (run_save_state(r))
		return EXEC_RUN_STOP;
	atomic_store(&result->outcome_unknown, false);
	struct create_watch w = { r, c, desired, sensitive, NULL,
				  state_utc_now("%Y-%m-%dT%H:%M:%SZ") };
	const struct create_call call = { may_exist, *token ? token : NULL, create_said_made, &w };
	rc = rtype_create(c->rtype, conn->client, desired, &call, id, attrs, err);
	*created_at = w.created_at;
	if (rc) {
		/* Made but not fully configured: track it by its identity only, so
		 * the next plan finishes the job. Nothing made for certain (the
		 * server answered no): forget the pending record, unless an
		 * earlier interrupted run left it. A request sent but never
		 * answered (cut, deadline, interrupt) may have made it: the
		 * pending record stays for the next run to look up. */
		bool unknown = atomic_load(&result->outcome_unknown) || plan_stop_requested();
		const char *made = *id ? *id : w.made;
		pthread_mutex_lock(&r->mu);
		if (made) {
			json_t *ident = made_attrs(c->rtype, desired);
			run_record(r, c, "created", made, *id && *attrs ? *attrs : ident, sensitive,
			       w.created_at, true);
			json_decref(ident);
			/* failed for good: replaced by the next plan */
			if (rc == RESOURCE_CREATE_TAINTED) {
				json_t *entry = json_object_get(json_object_get(r->state, "resources"),
								c->name);
				json_object_set_new(entry, "tainted", json_true());
				run_journal_note(r, "resources", c->name, entry);
			}
		} else if (!may_exist && !unknown) {
			run_forget(r, c->name);
		}
		pthread_mutex_unlock(&r->mu);
		run_save_state(r);
	}
	free(w.made);
	return rc;
}

/* c updated in place, from what plan read (or state holds) to desired;
 * *created_at gets when it was made, as its entry says (a new string, or
 * NULL when it does not). */
static int update_in_place(struct run *r, struct planned_change *c, struct provider_conn *conn,
			   json_t *desired, char **id, json_t **attrs, char **created_at,
			   struct strbuf *err)
{
	pthread_mutex_lock(&r->mu);
	json_t *cur = json_object_get(json_object_get(r->state, "resources"), c->name);
	const char *sid = json_string_value(json_object_get(cur, "id"));
	const char *when = json_string_value(json_object_get(cur, "created_at"));
	*created_at = when ? xstrdup(when) : NULL;
	*id = xstrdup(sid ? sid : (c->id ? c->id : ""));
	json_t *prior = json_deep_copy(c->before ? c->before : json_object_get(cur, "attributes"));
	pthread_mutex_unlock(&r->mu);
	int rc = rtype_update(c->rtype, conn->client, *id, prior, desired, attrs, err);
	json_decref(prior);
	return rc;
}

/* A create or update step: desired evaluated again, now that what it uses
 * is made; preconditions; the create or update; the state's record; then
 * the postconditions what depends on it waits for. EXEC_RUN_STOP: not
 * started, the state being lost (create_tracked); done but not recorded,
 * -1 with err empty (note_unrecorded). */
static int run_create(struct apply_job *j, struct planned_change *c, struct provider_conn *conn,
		      struct op_result *result, struct strbuf *err)
{
	struct run *r = j->r;
	json_t *res = json_object_get(json_object_get(r->snapshot, "resources"), c->name);
	struct eval_scope sc = { r->snapshot, run_state_attrs, r, run_state_id };
	json_t *sensitive = NULL;
	json_t *desired = plan_desired_attrs(&sc, c->name, c->rtype, res,
					     c->replace_requested ? NULL : c->before, &r->mu,
					     &sensitive, NULL, NULL, err);
	if (!desired) {
		json_decref(sensitive);
		return -1;
	}
	int rc = -1;
	char *id = NULL, *created_at = NULL;
	json_t *attrs = NULL;
	if (value_contains_unknown(desired)) {
		strbuf_addstr(err, "some attributes are still unknown after their dependencies were applied");
		goto out;
	}
	pthread_mutex_lock(&r->mu);
	rc = conditions_check(&sc, res, "precondition", NULL, err);
	pthread_mutex_unlock(&r->mu);
	if (rc)
		goto out;
	rc = -1;
	if (check_consistent(c, desired, false, err))
		goto out;
	if (c->action == ACTION_CREATE || c->action == ACTION_REPLACE)
		rc = create_tracked(r, c, conn, result, desired, sensitive, &id, &attrs, &created_at,
				    err);
	else
		rc = update_in_place(r, c, conn, desired, &id, &attrs, &created_at, err);
	if (rc)
		goto out;
	/* What the API cannot show (config-only attributes) comes from desired. */
	for (const struct attr_schema *a = c->rtype->attrs; a->name; a++)
		if ((a->flags & ATTR_CONFIG_ONLY) && json_object_get(desired, a->name))
			json_object_set(attrs, a->name, json_object_get(desired, a->name));
	pthread_mutex_lock(&r->mu);
	run_record(r, c, "created", id, attrs, sensitive, created_at, false);
	pthread_mutex_unlock(&r->mu);
	rc = run_save_state(r);
	if (rc)
		note_unrecorded(j, c, c->action == ACTION_UPDATE ? "updated" : "created", id);
	free(c->id);
	c->id = xstrdup(id);
	/* Made and recorded; what depends on it waits for its postconditions. */
	if (!rc) {
		pthread_mutex_lock(&r->mu);
		rc = conditions_check(&sc, res, "postcondition", NULL, err);
		pthread_mutex_unlock(&r->mu);
	}
out:
	free(id);
	free(created_at);
	json_decref(attrs);
	json_decref(desired);
	json_decref(sensitive);
	return rc;
}

/* A lookup whose arguments were unknown at plan, read now that what it
 * uses is made; its result goes into the state's "data". */
static int run_read(void *ctx, struct step *s)
{
	struct apply_job *j = ctx;
	struct run *r = j->r;
	struct planned_read *rd = s->rd;
	const json_t *entry = snapshot_entry(r->snapshot, rd->name);
	struct eval_scope sc = { r->snapshot, run_state_attrs, r, run_state_id };
	struct strbuf err = STRBUF_INIT;
	json_t *out = NULL;
	bool deferred = false;
	double t0 = monotonic_seconds();
	int rc = plan_stop_requested() ? -1 : 0;
	if (rc)
		strbuf_addstr(&err, "not read: the run was interrupted");
	else
		rc = lookup_read(r, &sc, &r->mu, rd->name, entry, &out, &deferred, &err);
	if (!rc && deferred) {
		strbuf_addstr(&err, "some arguments are still unknown after what they use was applied");
		rc = -1;
	}
	pthread_mutex_lock(&r->mu);
	if (rc) {
		j->res->failed++;
		lookup_error(j->d, rd->name, entry, err.buf);
	} else {
		json_t *data = json_object_get(r->state, "data");
		if (!data) {
			data = json_object();
			json_object_set_new(r->state, "data", data);
		}
		json_object_set_new(data, rd->name, lookup_state_entry(rd, out));
		run_journal_note(r, "data", rd->name, json_object_get(data, rd->name));
		r->changes_made++;
	}
	pthread_mutex_unlock(&r->mu);
	json_decref(out);
	if (!rc && r->ev && r->ev->read_done)
		r->ev->read_done(r->ev->ctx, rd, monotonic_seconds() - t0);
	else if (rc && r->ev && r->ev->failed)
		r->ev->failed(r->ev->ctx, rd->name, err.buf);
	strbuf_release(&err);
	return rc;
}

/* One step. Once the state is lost (run_state_lost) none starts
 * (EXEC_RUN_STOP: the walk starts nothing more); a step whose operation
 * was done but not recorded fails without an error of its own. */
static int run_step(void *ctx, size_t i)
{
	struct apply_job *j = ctx;
	struct step *s = &j->steps[i];
	if (run_state_lost(j->r))
		return EXEC_RUN_STOP;
	if (s->rd)
		return run_read(ctx, s);
	struct planned_change *c = s->c;
	struct run *r = j->r;
	struct strbuf err = STRBUF_INIT;
	bool prior = s->destroy && c->prior_type;
	const char *type = prior ? c->prior_type : c->type;
	const char *dot = strchr(type, '.');
	char *ptype = xstrndup(type, dot ? (size_t)(dot - type) : strlen(type));
	struct provider_conn *conn = run_conn(r, prior && *c->prior_provider ? c->prior_provider
					      : c->provider, ptype, NULL, &err);
	free(ptype);
	int rc = -1;
	double t0 = monotonic_seconds();
	struct op_result result = { 0 };
	if (conn && plan_stop_requested())
		strbuf_addstr(&err, "not started: the run was interrupted");
	else if (conn) {
		if (r->ev && r->ev->start)
			r->ev->start(r->ev->ctx, c, s->destroy);
		/* the step's calls go through a client of its own, which
		 * fills result (an outcome unknown, a note) */
		struct provider_conn op = *conn;
		op.client = provider_op_client(conn->ptype, conn->client, &result);
		rc = s->destroy ? run_destroy(j, c, &op, &err) : run_create(j, c, &op, &result, &err);
		provider_op_client_free(conn->ptype, conn->client, op.client);
	}
	pthread_mutex_lock(&r->mu);
	if (rc == EXEC_RUN_STOP) {
		/* not started after all: counted skipped by the walk */
	} else if (rc) {
		j->res->failed++;
		if (err.len)
			diag_subject_errorf(j->d, c->name, "%s", err.buf);
	} else if (s->destroy) {
		if (c->action == ACTION_DELETE)
			j->res->destroyed++;
	} else if (c->action == ACTION_UPDATE) {
		j->res->changed++;
	} else {
		j->res->added++;
		if (c->action == ACTION_REPLACE)
			j->res->destroyed++;
	}
	pthread_mutex_unlock(&r->mu);
	if (rc) {
		if (r->ev && r->ev->failed)
			r->ev->failed(r->ev->ctx, c->name, err.buf);
	} else if (r->ev && r->ev->done) {
		r->ev->done(r->ev->ctx, c, s->destroy, monotonic_seconds() - t0, c->id);
	}
	/* What the provider left for the user (op_result_note). */
	if (!rc && result.note && r->ev && r->ev->warn) {
		char *msg = xasprintf("%s: %s", c->name, result.note);
		r->ev->warn(r->ev->ctx, msg);
		free(msg);
	}
	op_result_release(&result);
	strbuf_release(&err);
	return rc == EXEC_RUN_STOP ? rc : rc ? -1 : 0;
}

static bool depends_in_config(const json_t *snapshot, const char *name, const char *on)
{
	size_t k;
	json_t *dep;
	json_array_foreach(json_object_get(json_object_get(json_object_get(snapshot, "resources"), name),
					   "dependencies"), k, dep)
		if (!strcmp(json_string_value(dep), on))
			return true;
	return false;
}

static size_t step_index(const struct apply_job *j, const char *name, bool destroy)
{
	for (size_t i = 0; i < j->n_steps; i++)
		if (j->steps[i].destroy == destroy && !strcmp(step_name(&j->steps[i]), name))
			return i;
	return (size_t)-1;
}

/*
 * The state's "data" after this apply: what the plan read (a destroy plan
 * reads nothing and leaves none); the lookups read at apply are added as
 * they are read. Called before the walk.
 */
static void record_reads(struct run *r, const struct plan *p)
{
	json_t *data = json_object();
	for (size_t i = 0; i < p->n_reads; i++)
		if (p->reads[i].after)
			json_object_set_new(data, p->reads[i].name,
					    lookup_state_entry(&p->reads[i], p->reads[i].after));
	pthread_mutex_lock(&r->mu);
	json_t *had = json_object_get(r->state, "data");
	if (had ? !value_equal(had, data) : json_object_size(data) > 0)
		r->changes_made++;
	if (json_object_size(data) || had)
		json_object_set(r->state, "data", data);
	pthread_mutex_unlock(&r->mu);
	json_decref(data);
}

/* States written before salted hashes keep secrets as unsalted SHA-256
 * (provider/stored_secret.c). A resource this apply left alone gets the
 * salted form of each such value the configuration still has: the value is
 * known again from the configuration and checked against the old hash. */
static void upgrade_legacy_hashes(struct run *r, const struct plan *p)
{
	struct eval_scope sc = { r->snapshot, run_state_attrs, r, run_state_id };
	json_t *snap_res = json_object_get(r->snapshot, "resources");
	pthread_mutex_lock(&r->mu);
	for (size_t i = 0; i < p->n_changes; i++) {
		const struct planned_change *c = &p->changes[i];
		json_t *entry = json_object_get(json_object_get(r->state, "resources"), c->name);
		json_t *attrs = json_object_get(entry, "attributes");
		json_t *res = json_object_get(snap_res, c->name);
		const char *k;
		json_t *v;
		bool legacy = false;
		json_object_foreach(attrs, k, v)
			legacy = legacy || value_is_legacy_hash(v);
		if (!legacy || !res || !c->rtype || c->action != ACTION_NOOP)
			continue;
		struct strbuf err = STRBUF_INIT;
		json_t *sens = NULL;
		json_t *desired = eval_resource(&sc, c->name, c->rtype->attrs,
						json_object_get(res, "config"), &sens, &err);
		strbuf_release(&err);
		json_decref(sens);
		/* A new attributes object: the old one may be shared (the plan's before). */
		json_t *upgraded = json_copy(attrs);
		json_object_foreach(attrs, k, v) {
			json_t *now = json_object_get(desired, k);
			if (value_is_legacy_hash(v) && now && !value_contains_unknown(now) &&
			    value_matches_stored(now, v)) {
				json_object_set_new(upgraded, k, value_hashed(now));
				r->changes_made++;
			}
		}
		json_object_set_new(entry, "attributes", upgraded);
		json_decref(desired);
	}
	pthread_mutex_unlock(&r->mu);
}

/* ---- plan_apply: the stages ---- */

/* A saved plan applies only to the state it was made from. */
static int check_not_stale(struct run *r, const struct plan *p, struct diags *d)
{
	const char *lineage = json_string_value(json_object_get(r->state, "lineage"));
	json_int_t serial = json_integer_value(json_object_get(r->state, "serial"));
	/* A plan made before any state existed applies to a state that is still
	 * empty: the state takes the plan's lineage. */
	if (p->serial == 0 && serial == 0 &&
	    !json_object_size(json_object_get(r->state, "resources"))) {
		json_object_set_new(r->state, "lineage", json_string(p->lineage));
		lineage = json_string_value(json_object_get(r->state, "lineage"));
	}
	if (!lineage || strcmp(lineage, p->lineage))
		return diag_subject_errorf(d, NULL,
			"saved plan is stale: it was made for another state (lineage %s, now %s)",
			p->lineage, lineage ? lineage : "none");
	if (serial != p->serial)
		return diag_subject_errorf(d, NULL,
			"saved plan is stale: the state changed since it was made (serial %lld, now %lld)",
			(long long)p->serial, (long long)serial);
	return 0;
}

/* The moves the plan made (again: a saved plan meets the stored state; a
 * move already made finds nothing at its old address). *changed when the
 * state changed. */
static int record_moves(struct run *r, const struct plan *p, bool *changed, struct diags *d)
{
	size_t mi;
	json_t *pair;
	json_array_foreach(p->moves, mi, pair) {
		struct strbuf err = STRBUF_INIT;
		int moved = state_move(r->state, json_string_value(json_array_get(pair, 0)),
				       json_string_value(json_array_get(pair, 1)), NULL, &err);
		if (moved < 0) {
			diag_subject_errorf(d, NULL, "moved: %s", err.buf);
			strbuf_release(&err);
			return -1;
		}
		if (moved > 0) {
			r->changes_made++;
			*changed = true;
		}
		strbuf_release(&err);
	}
	return 0;
}

/* What import: blocks adopt (a saved plan meets a state without them). */
static int record_imports(struct run *r, const struct plan *p, bool *changed,
			  struct apply_result *result, struct diags *d)
{
	for (size_t i = 0; i < p->n_changes; i++) {
		struct planned_change *c = &p->changes[i];
		if (!c->import_id)
			continue;
		struct strbuf err = STRBUF_INIT;
		if (!json_object_get(json_object_get(r->state, "resources"), c->name) &&
		    plan_import_entry(r, c->name, c->import_id, &err)) {
			diag_subject_errorf(d, NULL, "import: %s", err.buf);
			strbuf_release(&err);
			return -1;
		}
		strbuf_release(&err);
		r->changes_made++;
		*changed = true;
		result->imported++;
	}
	return 0;
}

/* What refresh found: drift and resources deleted outside terrace; and
 * what removed: blocks name, forgotten. */
static void record_refresh(struct run *r, const struct plan *p, bool *changed)
{
	json_t *state_res = json_object_get(r->state, "resources");
	for (size_t i = 0; i < p->n_changes; i++) {
		struct planned_change *c = &p->changes[i];
		json_t *e = json_object_get(state_res, c->name);
		if (!e || (c->pending && !c->forget))
			continue;
		if (c->forget || c->gone) {
			run_forget(r, c->name);
			*changed = true;
			continue;
		}
		if (c->drifted && c->before) {
			json_object_set_new(e, "attributes",
					    plan_stored_attrs(c->rtype, c->before,
							      json_object_get(e, "sensitive_attributes"),
							      json_object_get(e, "attributes")));
			r->changes_made++;
			*changed = true;
		}
		if (c->confirmed) {
			/* Found by its id: made, and now confirmed. A new entry:
			 * the old one may be shared (state_for_save). */
			json_t *now = json_copy(e);
			json_object_del(now, "unconfirmed");
			json_object_set_new(state_res, c->name, now);
			run_journal_note(r, "resources", c->name, now);
			r->changes_made++;
			*changed = true;
		}
	}
}

/* The steps: each change's destroy half and its create/update half, and
 * each lookup deferred to apply. */
static void collect_steps(struct apply_job *j)
{
	struct plan *p = j->p;
	j->steps = xcalloc(2 * p->n_changes + p->n_reads + 1, sizeof(struct step));
	for (size_t i = 0; i < p->n_changes; i++) {
		struct planned_change *c = &p->changes[i];
		if (c->gone && c->action == ACTION_DELETE)
			continue;
		if (c->action == ACTION_DELETE || c->action == ACTION_REPLACE)
			j->steps[j->n_steps++] = (struct step){ c, true, NULL };
		if (c->action == ACTION_CREATE || c->action == ACTION_UPDATE || c->action == ACTION_REPLACE)
			j->steps[j->n_steps++] = (struct step){ c, false, NULL };
	}
	for (size_t i = 0; i < p->n_reads; i++)
		if (p->reads[i].deferred)
			j->steps[j->n_steps++] = (struct step){ NULL, false, &p->reads[i] };
}

/* Step i, a destroy, waits for the destroy of everything that depends on
 * its resource in state, and for the update of a dependent that stays but
 * lets go of it (its reference was removed). */
static void destroy_after_dependents(struct apply_job *j, struct graph *g, size_t i)
{
	const struct step *s = &j->steps[i];
	const char *other;
	json_t *e;
	json_object_foreach(json_object_get(j->r->state, "resources"), other, e) {
		size_t k;
		json_t *dep;
		json_array_foreach(json_object_get(e, "dependencies"), k, dep) {
			if (strcmp(json_string_value(dep), s->c->name))
				continue;
			size_t t = step_index(j, other, true);
			if (t != (size_t)-1) {
				graph_depend(g, i, t);
				continue;
			}
			t = step_index(j, other, false);
			if (t != (size_t)-1 && !depends_in_config(j->r->snapshot, other, s->c->name))
				graph_depend(g, i, t);
		}
	}
}

/* The order of the steps: a create or update after what it depends on in
 * the stack and after its own destroy half; a destroy after its
 * dependents. */
static struct graph *step_graph(struct apply_job *j)
{
	struct graph *g = graph_new();
	for (size_t i = 0; i < j->n_steps; i++) {
		char *label = xasprintf("%s%s", j->steps[i].destroy ? "destroy:" : "",
					step_name(&j->steps[i]));
		graph_add(g, label);
		free(label);
	}
	for (size_t i = 0; i < j->n_steps; i++) {
		struct step *s = &j->steps[i];
		if (s->destroy) {
			destroy_after_dependents(j, g, i);
			continue;
		}
		size_t k;
		json_t *dep;
		json_array_foreach(json_object_get(snapshot_entry(j->r->snapshot, step_name(s)),
						   "dependencies"), k, dep) {
			size_t t = step_index(j, json_string_value(dep), false);
			if (t != (size_t)-1)
				graph_depend(g, i, t);
		}
		if (s->rd)
			continue;
		size_t own = step_index(j, s->c->name, true);
		if (own != (size_t)-1)
			graph_depend(g, i, own);
	}
	return g;
}

/* Each step's lane for the executor (exec_walk_lanes): its type's creates,
 * its type's deletes, lookups: a new array, numbered as first met. */
static size_t *step_lanes(const struct apply_job *j)
{
	size_t *lane = xmalloc((j->n_steps + 1) * sizeof(*lane)), n = 0;
	const char **type = xmalloc((j->n_steps + 1) * sizeof(*type));
	bool *destroy = xmalloc((j->n_steps + 1) * sizeof(*destroy));

	for (size_t i = 0; i < j->n_steps; i++) {
		const struct step *s = &j->steps[i];
		const char *t = s->c ? s->c->type : "";
		size_t k = 0;

		while (k < n && (strcmp(type[k], t) || destroy[k] != s->destroy))
			k++;
		if (k == n) {
			type[n] = t;
			destroy[n++] = s->destroy;
		}
		lane[i] = k;
	}
	free(type);
	free(destroy);
	return lane;
}

/* The steps run in parallel in their order. Each step's change goes to the
 * backend's journal, on top of the state saved first if anything before
 * changed it (the lookups read at plan); after them saves write the whole
 * state again, and the next one compacts the journal. */
static int run_steps(struct apply_job *j, struct diags *d)
{
	struct run *r = j->r;
	if (!j->n_steps)
		return 0;
	if (r->backend && r->backend->ops->journal) {
		if (run_save_state(r))
			return diag_subject_errorf(d, NULL, "saving state failed: %s",
						   r->save_error.buf);
		pthread_mutex_lock(&r->mu);
		r->journal = run_journal_empty();
		pthread_mutex_unlock(&r->mu);
	}
	struct graph *g = step_graph(j);
	enum exec_status *st = xcalloc(j->n_steps + 1, sizeof(*st));
	size_t *lanes = step_lanes(j);
	int rc = exec_walk_lanes(g, false, r->parallelism, NULL, lanes, run_step, j, st);

	free(lanes);
	pthread_mutex_lock(&r->mu);
	json_decref(r->journal);
	r->journal = NULL;
	pthread_mutex_unlock(&r->mu);
	for (size_t i = 0; i < j->n_steps; i++)
		if (st[i] == EXEC_SKIPPED)
			j->res->skipped++;
	free(st);
	graph_free(g);
	return rc;
}

/*
 * The one error of an apply whose state could not be saved (run_state_lost):
 * why, how many operations were not started, and what was done but not
 * recorded (type, address, id) with what the next plan does with it. The
 * state as last saved holds each create's record from before its provider
 * call: unconfirmed with the id the create said (the next plan reads it by
 * that id and confirms it), or pending (the next plan creates it again and
 * adopts the object by the evidence its create left: a tagged type, this
 * stack's and workspace's tags); nothing is made twice. terrace writes no
 * local copy of the state instead.
 */
static void state_lost_error(struct apply_job *j, struct diags *d)
{
	struct run *r = j->r;
	const char *stack = json_string_value(json_object_get(r->snapshot, "stack"));
	const char *ws = json_string_value(json_object_get(r->snapshot, "workspace"));
	struct strbuf done = STRBUF_INIT, next = STRBUF_INIT;
	size_t i;
	json_t *u;
	bool created = false, by_tags = true, updated = false, deleted = false;
	json_array_foreach(j->unrecorded, i, u) {
		const struct planned_change *c =
			&j->p->changes[json_integer_value(json_object_get(u, "change"))];
		const char *what = json_string_value(json_object_get(u, "what"));
		const char *id = json_string_value(json_object_get(u, "id"));
		const struct resource_type *rt = !strcmp(what, "deleted") && c->prior_type
						 ? c->prior_rtype : c->rtype;
		strbuf_addf(&done, "%s%s %s %s%s%s%s", i ? ", " : "", rt ? rt->name : c->type,
			    c->name, what, id ? " (id " : "", id ? id : "", id ? ")" : "");
		if (!strcmp(what, "created")) {
			json_t *tags = rt ? rtype_tags(rt, c->after) : NULL;
			created = true;
			by_tags = by_tags && tags && json_object_get(tags, PLAN_TAG_STACK);
			json_decref(tags);
		}
		updated = updated || !strcmp(what, "updated");
		deleted = deleted || !strcmp(what, "deleted");
	}
	if (created && by_tags)
		strbuf_addf(&next, " The state as last saved holds each create from before its "
			    "provider call (with the id it said, or as interrupted): the next plan "
			    "adopts the object this apply made, by its id or by its tags %s=%s and "
			    "%s=%s; nothing is made twice.", PLAN_TAG_STACK, stack ? stack : "",
			    PLAN_TAG_WORKSPACE, ws ? ws : "");
	else if (created)
		strbuf_addstr(&next, " The state as last saved holds each create from before its "
			      "provider call (with the id it said, or as interrupted): the next plan "
			      "adopts the object this apply made, by its id or by the evidence its "
			      "type's create weighs (docs/safety.md, \"Lost responses\"); nothing "
			      "is made twice.");
	if (updated)
		strbuf_addstr(&next, " The next plan reads what was updated and shows what is left "
			      "to change.");
	if (deleted)
		strbuf_addstr(&next, " The next plan finds what was deleted gone and forgets it.");
	diag_subject_errorf(d, NULL, "the state could not be saved, so the apply stopped: no "
			    "operation started after that (%d not started): %s", j->res->skipped,
			    r->save_error.buf);
	if (done.len)
		diag_set_detail(d, "Done but not recorded in the state: %s.%s Run terrace plan "
				"once the backend can be written again. terrace keeps no copy of "
				"the state elsewhere.", done.buf, next.buf);
	else
		diag_set_detail(d, "Nothing was done that the state does not record. terrace keeps "
				"no copy of the state elsewhere.");
	strbuf_release(&done);
	strbuf_release(&next);
}

/* Outputs, from whatever state the steps reached, saved with it; then the
 * check blocks, whose warnings count only when everything else went well. */
static int finish_outputs_and_checks(struct run *r, const struct plan *p, int rc,
				     struct diags *d)
{
	struct diags od = DIAGS_INIT;
	pthread_mutex_lock(&r->mu);
	json_t *outs = outputs_eval(r->snapshot, r->state, &od);
	if (p->destroy)
		json_object_clear(outs);
	store_sensitive_outputs(outs, json_object_get(r->state, "outputs"));
	if (!value_equal(outs, json_object_get(r->state, "outputs"))) {
		r->changes_made++;
		/* What stacks reading these outputs show (plan/stack_read.c). */
		char *now = state_utc_now("%Y-%m-%dT%H:%M:%SZ");
		json_object_set_new(r->state, "outputs_changed_at", json_string(now));
		free(now);
	}
	json_object_set_new(r->state, "outputs", outs);
	pthread_mutex_unlock(&r->mu);
	bool lost = run_state_lost(r);
	if (run_save_state(r))
		rc = lost ? -1 : diag_subject_errorf(d, NULL, "saving state failed: %s",
						     r->save_error.buf);
	if (!p->destroy) {
		struct eval_scope sc = { r->snapshot, run_state_attrs, r, run_state_id };
		pthread_mutex_lock(&r->mu);
		checks_run(&sc, r->snapshot, &od);
		pthread_mutex_unlock(&r->mu);
	}
	if (!rc && !p->destroy)
		diags_append(d, &od);
	diags_free(&od);
	return rc;
}

/*
 * Before the first change, every input the changes read is there and is
 * what the plan saw: each create's and update's attributes evaluated again
 * as its step will, with the type's derivations (plan_desired: a source
 * file's hash), can be made, and what they derive is what the plan derived.
 * A file missing or edited since the plan stops the apply here, with
 * nothing changed and the state (and its serial) as it was, not after the
 * steps before it. Configured values are left to the step's own check:
 * one made from a resource that an earlier step replaces differs now.
 */
static int check_inputs(struct run *r, const struct plan *p, struct diags *d)
{
	if (p->destroy || p->refresh_only)
		return 0;
	struct eval_scope sc = { r->snapshot, run_state_attrs, r, run_state_id };
	json_t *changing = json_object();
	for (size_t i = 0; i < p->n_changes; i++)
		if (p->changes[i].action != ACTION_NOOP)
			json_object_set_new(changing, p->changes[i].name, json_true());
	int bad = 0;
	for (size_t i = 0; i < p->n_changes; i++) {
		const struct planned_change *c = &p->changes[i];
		if ((c->action != ACTION_CREATE && c->action != ACTION_UPDATE &&
		     c->action != ACTION_REPLACE) || !c->rtype || !c->after)
			continue;
		json_t *res = json_object_get(json_object_get(r->snapshot, "resources"), c->name);
		/* What it is made from changes in an earlier step (an object's
		 * content naming an artifact's new key): its derivations can be
		 * made now (its files are there) but not compared yet; its step
		 * compares them. */
		bool inputs_settled = true;
		size_t k;
		json_t *dep;
		json_array_foreach(json_object_get(res, "dependencies"), k, dep)
			if (json_object_get(changing, json_string_value(dep)))
				inputs_settled = false;
		struct strbuf err = STRBUF_INIT;
		json_t *sensitive = NULL;
		/* -replace's (a tainted object's) judged as a create, as plan
		 * judged it (desired_of) */
		json_t *desired = plan_desired_attrs(&sc, c->name, c->rtype, res,
						     c->replace_requested ? NULL : c->before,
						     &r->mu, &sensitive, NULL, NULL, &err);
		if (!desired || (inputs_settled && check_consistent(c, desired, true, &err)))
			bad = diag_subject_errorf(d, c->name, "%s (nothing was changed)", err.buf);
		json_decref(desired);
		json_decref(sensitive);
		strbuf_release(&err);
	}
	json_decref(changing);
	return bad ? -1 : 0;
}

/*
 * Apply p to r's state, in stages: the plan must not be stale; every input
 * it reads is there and as planned; the moves, imports and what refresh
 * found are recorded (and saved); the lookups' reads recorded; the steps
 * run; old hashes upgraded; outputs and checks. All of it in the stack's
 * folder (plan_enter_dir), where its relative paths are read.
 */
static int apply_in_dir(struct run *r, struct plan *p, struct apply_result *result,
			struct diags *d)
{
	bool changed = false;
	if (check_not_stale(r, p, d) || stack_reads_current(p, d) || check_inputs(r, p, d) ||
	    record_moves(r, p, &changed, d) ||
	    record_imports(r, p, &changed, result, d))
		return -1;
	record_refresh(r, p, &changed);
	if (changed && run_save_state(r))
		return diag_subject_errorf(d, NULL, "saving state failed: %s", r->save_error.buf);
	if (!p->refresh_only)
		record_reads(r, p);
	struct apply_job j = { r, p, NULL, 0, result, d, json_array() };
	collect_steps(&j);
	int rc = run_steps(&j, d);
	if (run_state_lost(r))
		state_lost_error(&j, d);
	free(j.steps);
	json_decref(j.unrecorded);
	if (!p->destroy)
		upgrade_legacy_hashes(r, p);
	rc = finish_outputs_and_checks(r, p, rc, d);
	return rc || result->failed ? -1 : 0;
}

int plan_apply(struct run *r, struct plan *p, struct apply_result *result, struct diags *d)
{
	memset(result, 0, sizeof(*result));
	struct strbuf err = STRBUF_INIT;
	int saved;
	if (plan_enter_dir(r->snapshot, &saved, &err)) {
		diag_subject_errorf(d, NULL, "%s", err.buf);
		strbuf_release(&err);
		return -1;
	}
	int rc = apply_in_dir(r, p, result, d);
	plan_leave_dir(saved);
	return rc;
}
