/*
 * run.c: a run (run_init .. run_release): the provider clients it
 * configures from the snapshot and the working state, and the stop a signal
 * asks of it (plan_request_stop), which refresh and apply heed.
 */
#include "plan/plan.h"
#include "plan/plan_internal.h"
#include "plan/eval.h"
#include "plan/state.h"

#include "provider/base/log.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct config_scope {
	const json_t *state;
	const json_t *snapshot;
};

static json_t *config_id(void *ctx, const char *name)
{
	const struct config_scope *cs = ctx;
	struct state_scope ss = { cs->state };
	return state_scope_id(&ss, name);
}

/* Resources of the snapshot that are not in state yet are unknown. */
static const json_t *config_attrs(void *ctx, const char *name, const json_t **sens, bool *exists)
{
	const struct config_scope *cs = ctx;
	struct state_scope ss = { cs->state };
	const json_t *a = state_scope_attrs(&ss, name, sens, exists);
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
char *plan_type_prefix(const char *rtype)
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
			char *ptype = plan_type_prefix(json_string_value(json_object_get(res, "type")));
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
	json_decref(r->counted_reads);
	strbuf_release(&r->save_error);
	pthread_mutex_destroy(&r->mu);
	pthread_mutex_destroy(&r->save_mu);
	memset(r, 0, sizeof(*r));
}

static volatile sig_atomic_t stop_requested;

void plan_request_stop(void)
{
	if (stop_requested < 2)
		stop_requested++;
}

bool plan_cut_requested(void)
{
	return stop_requested >= 2;
}

bool plan_stop_requested(void)
{
	return stop_requested != 0;
}
