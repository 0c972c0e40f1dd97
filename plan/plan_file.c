/*
 * plan_file.c: plan files (`plan -out`, `apply PLANFILE`): a plan written as
 * JSON, sealed when the state is encrypted (plan/encrypt.h), and read back,
 * its format and version checked, into the struct plan apply takes. The
 * stack's folder is kept relative to the plan file's.
 */
#include "plan/plan.h"
#include "plan/plan_internal.h"
#include "plan/encrypt.h"
#include "plan/lookup.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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
	if (c->tainted)
		json_object_set_new(j, "tainted", json_true());
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

/* The absolute folder of file path (itself relative to the working
 * folder), a new string; NULL when it is not there. */
static char *folder_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir = slash ? xstrndup(path, slash == path ? 1 : (size_t)(slash - path))
			  : xstrdup(".");
	char *real = realpath(dir, NULL);
	free(dir);
	return real;
}

/* Absolute folder to as seen from absolute folder from ("../lake"), a
 * new string. */
static char *relative_path(const char *from, const char *to)
{
	size_t common = 0;
	for (size_t i = 0;; i++) {
		bool end_from = !from[i] || from[i] == '/', end_to = !to[i] || to[i] == '/';
		if (end_from && end_to)
			common = i;
		if (!from[i] || !to[i] || from[i] != to[i])
			break;
	}
	struct strbuf rel = STRBUF_INIT;
	for (const char *c = from + common; *c; c++)
		if (*c == '/')
			strbuf_addstr(&rel, rel.len ? "/.." : "..");
	const char *rest = to + common;
	while (*rest == '/')
		rest++;
	if (*rest)
		strbuf_addf(&rel, "%s%s", rel.len ? "/" : "", rest);
	if (!rel.len)
		strbuf_addch(&rel, '.');
	return strbuf_detach(&rel);
}

/* The snapshot as a plan file at path keeps it: the stack's folder
 * relative to the file's, so `apply PLANFILE` finds it from any folder,
 * on another machine too (a CI job's artifact). */
static json_t *snapshot_for_file(const json_t *snapshot, const char *path)
{
	const char *dir = json_string_value(json_object_get(snapshot, "dir"));
	char *at = dir && dir[0] == '/' ? folder_of(path) : NULL;
	if (!at)
		return json_incref((json_t *)snapshot);
	json_t *copy = json_copy((json_t *)snapshot);
	char *rel = relative_path(at, dir);
	json_object_set_new(copy, "dir", json_string(rel));
	free(rel);
	free(at);
	return copy;
}

/* A plan file's stack folder back against the file's folder. */
static void snapshot_from_file(json_t *snapshot, const char *path)
{
	const char *dir = json_string_value(json_object_get(snapshot, "dir"));
	char *at = dir && dir[0] != '/' ? folder_of(path) : NULL;
	if (!at)
		return;
	char *joined = xasprintf("%s/%s", at, dir);
	char *real = realpath(joined, NULL);
	json_object_set_new(snapshot, "dir", json_string(real ? real : joined));
	free(real);
	free(joined);
	free(at);
}

int plan_write_file_sealed(const struct plan *p, const char *path,
			   const struct encrypt_keys *keys, struct strbuf *err)
{
	json_t *doc = json_pack("{s:s, s:i, s:s, s:I, s:b, s:o}",
				"terrace_plan", "1", "format_version", 1,
				"lineage", p->lineage, "serial", (json_int_t)p->serial,
				"destroy", p->destroy, "snapshot", snapshot_for_file(p->snapshot, path));
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
	/* What `show PLANFILE` renders the plan against, whatever the backend
	 * (the state may be remote, or have moved on, when it is shown). */
	if (p->prior)
		json_object_set(doc, "prior_state", p->prior);
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
	const json_t *prior = json_object_get(doc, "prior_state");
	if (prior && (!json_is_object(prior) ||
		      !json_is_object(json_object_get(prior, "outputs")) ||
		      !json_is_object(json_object_get(prior, "resources")))) {
		strbuf_addf(err, "plan file %s is damaged: its prior_state is not the outputs and "
			    "resources of a state (make the plan again)", path);
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
	pc->tainted = json_is_true(json_object_get(c, "tainted"));
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
	value_register_secrets(pc->after, pc->sensitive);
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
	snapshot_from_file(p->snapshot, path);
	/* A plan an earlier release made was evaluated with its function
	 * results: what is evaluated at apply gets the same. */
	if (!json_object_get(p->snapshot, "functions"))
		json_object_set_new(p->snapshot, "functions",
				    json_string(func_edition_name(FUNC_EARLIER)));
	p->lineage = xstrdup(json_string_value(json_object_get(doc, "lineage")));
	p->serial = json_integer_value(json_object_get(doc, "serial"));
	p->destroy = json_is_true(json_object_get(doc, "destroy"));
	p->refresh_only = json_is_true(json_object_get(doc, "refresh_only"));
	p->targets = take(doc, "targets");
	p->moves = take(doc, "moves");
	p->prior = take(doc, "prior_state"); /* checked by check_plan_doc */
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
	qsort(p->reads, p->n_reads, sizeof(*p->reads), plan_cmp_read);
	json_decref(doc);
	*out = p;
	return 0;
}
