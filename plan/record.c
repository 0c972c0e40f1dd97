/*
 * record.c: a run's working state as apply and import change it: an entry
 * recorded (run_record) or forgotten (run_forget), noted for the backend's
 * journal, and saved (run_save_state: an append to the journal, or the
 * whole state; a save that fails loses the state for the run,
 * run_state_lost); and the evaluation scope of a working state
 * (run_state_attrs).
 */
#include "plan/plan.h"
#include "plan/plan_internal.h"
#include "plan/state.h"

#include <stdlib.h>
#include <string.h>

/*
 * What a save writes, taken under r->mu and written outside it: a top level,
 * resources map and serial of its own (the backend advances the serial of
 * what it writes), the entries shared with the working state. Sharing them
 * is safe because nothing changes an entry in place once it is in state
 * while workers run: run_record() puts in a new entry, run_forget() takes one out.
 * A deep copy of a state of 1,000 resources on every save was a third of
 * apply's CPU time.
 */
static json_t *state_for_save(json_t *st)
{
	json_t *copy = json_copy(st);
	json_object_set_new(copy, "resources", json_copy(json_object_get(st, "resources")));
	if (json_object_get(st, "data"))
		json_object_set_new(copy, "data", json_copy(json_object_get(st, "data")));
	json_object_set_new(copy, "serial",
			    json_integer(json_integer_value(json_object_get(st, "serial"))));
	return copy;
}

/* Note a change of the working state for the journal. Called with r->mu
 * held; entry NULL: removed. Entries are not changed in place once in state
 * (see state_for_save), so the record can share them. */
void run_journal_note(struct run *r, const char *section, const char *name, json_t *entry)
{
	if (r->journal)
		json_object_set(json_object_get(r->journal, section), name,
				entry ? entry : json_null());
}

json_t *run_journal_empty(void)
{
	return json_pack("{s:{}, s:{}}", "resources", "data");
}

/*
 * Append the changes noted since the last save to the backend's journal:
 * 0 when they are on disk, otherwise (no journal for this state, or it
 * failed: *why says how) the caller saves the whole state, which holds
 * them too. Called with save_mu held.
 */
static int save_to_journal(struct run *r, struct strbuf *why)
{
	pthread_mutex_lock(&r->mu);
	json_t *changes = r->journal;
	if (!changes) {
		pthread_mutex_unlock(&r->mu);
		return 1;
	}
	r->journal = run_journal_empty();
	unsigned long gen = r->changes_made;
	char *lineage = xstrdup(json_string_value(json_object_get(r->state, "lineage")));
	json_int_t serial = json_integer_value(json_object_get(r->state, "serial"));
	pthread_mutex_unlock(&r->mu);
	int rc = r->backend->ops->journal(r->backend, lineage, serial, changes, why);
	if (rc == 0) {
		r->changes_saved = gen;
		r->journaled++;
	} else if (rc < 0) {
		/* The whole state goes to disk instead, from now on. */
		pthread_mutex_lock(&r->mu);
		json_decref(r->journal);
		r->journal = NULL;
		pthread_mutex_unlock(&r->mu);
	}
	free(lineage);
	json_decref(changes);
	return rc;
}

/* The whole state written, when the journal could not take the changes
 * (journal_err: why, empty when there is no journal to take them). A
 * failure is the state lost for the run: r->save_error says why, and no
 * save is tried again. Called with save_mu held. */
static int save_whole(struct run *r, const struct strbuf *journal_err)
{
	pthread_mutex_lock(&r->mu);
	json_t *copy = state_for_save(r->state);
	unsigned long gen = r->changes_made;
	/* What was noted for the journal so far is in the copy. */
	json_t *noted = r->journal;
	if (noted)
		r->journal = run_journal_empty();
	pthread_mutex_unlock(&r->mu);
	struct strbuf err = STRBUF_INIT;
	int rc = r->backend->ops->save(r->backend, copy, &err);
	pthread_mutex_lock(&r->mu);
	if (rc) {
		if (!r->save_error.len && journal_err->len)
			strbuf_addf(&r->save_error, "%s; the whole state could not be written "
				    "either: %s", journal_err->buf, err.buf);
		else if (!r->save_error.len)
			strbuf_addstr(&r->save_error, err.buf);
		r->state_lost = true;
		/* Those notes are not on disk: later saves write it all. */
		json_decref(r->journal);
		r->journal = NULL;
	} else {
		/* The backend advanced the serial of what it wrote. */
		json_object_set(r->state, "serial", json_object_get(copy, "serial"));
		r->changes_saved = gen;
		r->journaled = 0;
	}
	pthread_mutex_unlock(&r->mu);
	strbuf_release(&err);
	json_decref(noted);
	json_decref(copy);
	return rc;
}

/*
 * Make every state change recorded so far durable. Called without r->mu.
 * Writes are grouped: when several workers finish at once, the first write
 * carries all their changes and the others return without writing again, so
 * state is still on disk before any of them reports its resource done.
 * While the walk journals (r->journal), the write is an append to the
 * journal; otherwise, or when the journal does not extend the state on
 * disk or its write failed, the whole state is written, and also when
 * journaled changes wait for a full save. Once a save has failed (the
 * journal's write and the whole state's, each after the transport's own
 * retries) the state is lost for the run (r->state_lost): every later save
 * fails at once with the same error, writing nothing. The calling thread
 * waits for the write as its operation's (run_events.state_wait).
 */
int run_save_state(struct run *r)
{
	if (!r->backend)
		return 0;
	if (r->ev && r->ev->state_wait)
		r->ev->state_wait(r->ev->ctx, true);
	pthread_mutex_lock(&r->mu);
	unsigned long want = r->changes_made;
	bool journaling = r->journal != NULL;
	pthread_mutex_unlock(&r->mu);
	pthread_mutex_lock(&r->save_mu);
	struct strbuf journal_err = STRBUF_INIT;
	int rc = 0;
	if (run_state_lost(r))
		rc = -1;
	else if (r->changes_saved < want && journaling && r->backend->ops->journal &&
		 save_to_journal(r, &journal_err) == 0)
		rc = 0;
	else if (r->changes_saved < want || (!journaling && r->journaled))
		rc = save_whole(r, &journal_err);
	pthread_mutex_unlock(&r->save_mu);
	strbuf_release(&journal_err);
	if (r->ev && r->ev->state_wait)
		r->ev->state_wait(r->ev->ctx, false);
	return rc;
}

bool run_state_lost(struct run *r)
{
	pthread_mutex_lock(&r->mu);
	bool lost = r->state_lost;
	pthread_mutex_unlock(&r->mu);
	return lost;
}

/* Remove a resource from the working state. Called with r->mu held. */
void run_forget(struct run *r, const char *name)
{
	json_object_del(json_object_get(r->state, "resources"), name);
	run_journal_note(r, "resources", name, NULL);
	r->changes_made++;
}

bool plan_found_by(const struct resource_type *rt, const char *path)
{
	size_t n = strcspn(path ? path : "", ".[");

	for (const char *const *a = rt ? rt->found_by : NULL; a && *a; a++)
		if (strlen(*a) == n && !strncmp(*a, path, n))
			return true;
	return false;
}

/* The attributes as stored: the value at each sensitive path replaced by
 * its hash, the one prior (the entry's attributes until now, or NULL) holds
 * when the run knows it is still the value's (value_redacted); a path of
 * an attribute the type finds its object by is kept in clear. */
json_t *plan_stored_attrs(const struct resource_type *rt, const json_t *attrs,
			  const json_t *sensitive, const json_t *prior)
{
	json_t *hashed = json_array(), *p, *stored;
	size_t i;

	json_array_foreach(sensitive, i, p)
		if (!plan_found_by(rt, json_string_value(p)))
			json_array_append(hashed, p);
	stored = value_redacted(attrs, hashed, prior, true);
	json_decref(hashed);
	return stored;
}

void plan_schema_sensitive(const struct resource_type *rt, json_t *paths)
{
	for (const struct attr_schema *a = rt->attrs; a->name; a++)
		if (a->flags & ATTR_SENSITIVE)
			json_array_append_new(paths, json_string(a->name));
		else
			schema_sensitive_leaves(a, paths);
}

static json_t *deps_of(const json_t *snapshot, const char *name)
{
	json_t *deps = json_object_get(json_object_get(json_object_get(snapshot, "resources"), name),
				       "dependencies");
	return deps ? json_deep_copy(deps) : json_array();
}

/* Put c's entry in the working state: created_at (NULL: none) is when its
 * object was made; unconfirmed marks an object made whose create has not
 * returned success (yet). Called with r->mu held. */
void run_record(struct run *r, const struct planned_change *c, const char *status,
		   const char *id, const json_t *attrs, const json_t *sensitive,
		   const char *created_at, bool unconfirmed)
{
	const json_t *prior = json_object_get(
		json_object_get(json_object_get(r->state, "resources"), c->name), "attributes");
	json_t *entry = json_pack("{s:s, s:s, s:s, s:o, s:o, s:o}",
				  "type", c->type, "provider", c->provider, "status", status,
				  "attributes", plan_stored_attrs(c->rtype, attrs, sensitive, prior),
				  "sensitive_attributes", sensitive ? json_incref((json_t *)sensitive) : json_array(),
				  "dependencies", deps_of(r->snapshot, c->name));
	if (id)
		json_object_set_new(entry, "id", json_string(id));
	if (created_at)
		json_object_set_new(entry, "created_at", json_string(created_at));
	if (unconfirmed)
		json_object_set_new(entry, "unconfirmed", json_true());
	json_object_set_new(json_object_get(r->state, "resources"), c->name, entry);
	run_journal_note(r, "resources", c->name, entry);
	r->changes_made++;
}

const json_t *run_state_attrs(void *ctx, const char *name, const json_t **sens, bool *exists)
{
	struct run *r = ctx;
	/* Called with r->mu held (eval runs under the lock). */
	*exists = snapshot_entry(r->snapshot, name) != NULL;
	return state_entry_attrs(state_entry(r->state, name), sens);
}

json_t *run_state_id(void *ctx, const char *name)
{
	struct run *r = ctx;
	const json_t *id = json_object_get(state_entry(r->state, name), "id");
	return json_is_string(id) ? json_incref((json_t *)id) : NULL;
}
