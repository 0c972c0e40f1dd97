/*
 * awaited.c: the counts and for_each made of a lookup's result (see
 * plan.h, snapshot_read_awaited): the first expansion (plan/snapshot.c),
 * which reads nothing, leaves them without instances ("awaiting"); here
 * the run's providers read the lookups they use, and the stack is
 * expanded again with them, as often as new lookups appear (those of the
 * module instances it made). What still awaits is plan's error, as
 * Terraform's "Invalid count argument" (snapshot_check_awaited).
 */
#include "plan/plan.h"
#include "plan/plan_internal.h"
#include "plan/eval.h"
#include "plan/lookup.h"
#include "plan/state.h"
#include "stacks/expand.h"
#include "provider/base/log.h"

#include <stdlib.h>
#include <string.h>

/* The lookups read for the counts and for_each that await them. */
struct awaited_reads {
	struct run *r;
	json_t *snapshot; /* the last expansion's: the lookups' entries, locals */
	json_t *read;     /* address -> what it read */
	json_t *waiting;  /* address -> why it is not read now (text) */
	struct diags *d;
	bool failed;      /* a read failed (said in d) */
	int depth;
};

/* Why lookup `name` (its snapshot entry) is not read now: the resources
 * its arguments use that are not made yet, else that they are known only
 * at apply: a new JSON string. */
static json_t *why_waiting(const struct awaited_reads *ar, const json_t *entry)
{
	struct strbuf names = STRBUF_INIT;
	size_t i, n = 0;
	json_t *dep;
	json_array_foreach(json_object_get(entry, "dependencies"), i, dep) {
		const char *addr = json_string_value(dep);
		if (!addr || address_is_lookup(addr) || state_entry(ar->r->state, addr))
			continue;
		strbuf_addf(&names, "%s%s", n++ ? ", " : "", addr);
	}
	json_t *why = n ? json_sprintf("its arguments use %s, which %s not made yet", names.buf,
				       n > 1 ? "are" : "is")
			: json_string("its arguments are known only at apply");
	strbuf_release(&names);
	return why;
}

/* Lookups: read once, when first asked for (their arguments may use
 * other lookups, read the same way); NULL (unknown) while one cannot be
 * read. Resources: as the state has them (made), else unknown. */
static const json_t *awaited_attrs(void *ctx, const char *name, const json_t **sens,
				   bool *exists)
{
	struct awaited_reads *ar = ctx;
	if (!address_is_lookup(name)) {
		struct state_scope ss = { ar->r->state };
		const json_t *a = state_scope_attrs(&ss, name, sens, exists);
		*exists = true;
		return a;
	}
	*exists = true;
	const json_t *got = json_object_get(ar->read, name);
	if (got || json_object_get(ar->waiting, name))
		return got;
	const json_t *entry = snapshot_entry(ar->snapshot, name);
	if (!entry || ar->depth > 32) /* not expanded yet: an instance to come */
		return NULL;
	struct eval_scope sc = { ar->snapshot, awaited_attrs, ar, NULL };
	struct strbuf err = STRBUF_INIT;
	json_t *out = NULL;
	bool deferred = false;
	ar->depth++;
	int rc = lookup_read(ar->r, &sc, NULL, name, entry, &out, &deferred, &err);
	ar->depth--;
	if (rc) {
		lookup_error(ar->d, name, entry, err.buf);
		ar->failed = true;
		json_object_set_new(ar->waiting, name, json_string("its read failed"));
	} else if (deferred || !out) {
		json_object_set_new(ar->waiting, name, why_waiting(ar, entry));
	} else {
		log_debugf("lookup %s read for the count or for_each that use it", name);
		json_object_set_new(ar->read, name, out);
		out = NULL;
	}
	json_decref(out);
	strbuf_release(&err);
	return json_object_get(ar->read, name);
}

bool snapshot_awaits_lookups(const json_t *snapshot)
{
	return json_object_size(json_object_get(snapshot, "awaiting")) > 0;
}

/* The error of a template that still awaits (its entry), as Terraform's
 * "Invalid count argument", with the lookups it uses and why each is not
 * read; kept in the entry ("error") for plan to say. */
static void say_why_awaiting(const struct awaited_reads *ar, json_t *entry)
{
	const char *meta = json_string_value(json_object_get(entry, "meta"));
	bool count = meta && !strcmp(meta, "count");
	struct strbuf msg = STRBUF_INIT;
	strbuf_addf(&msg, "%s of %s cannot be determined until apply, so %s not known: it uses ",
		    meta ? meta : "count", json_string_value(json_object_get(entry, "what")),
		    count ? "the number of its instances is" : "the keys of its instances are");
	size_t i, n = 0;
	json_t *l;
	json_array_foreach(json_object_get(entry, "lookups"), i, l) {
		const char *base = json_string_value(l);
		/* the lookup, or its instances (data.ids[0]) */
		const char *addr;
		json_t *why;
		bool said = false;
		json_object_foreach(ar->waiting, addr, why)
			if (address_within(addr, base)) {
				strbuf_addf(&msg, "%slookup %s, which is not read at plan: %s",
					    n++ ? "; " : "", addr, json_string_value(why));
				said = true;
				break;
			}
		if (!said && !json_object_get(ar->read, base))
			strbuf_addf(&msg, "%slookup %s", n++ ? "; " : "", base);
	}
	if (!n)
		strbuf_addstr(&msg, "lookups read at plan, and values known only at apply");
	json_object_set_new(entry, "error", json_stringn(msg.buf, msg.len));
	strbuf_release(&msg);
}

int snapshot_read_awaited(struct run *r, const struct stack *s, struct diags *d)
{
	json_t *snap = r->snapshot;
	if (!snapshot_awaits_lookups(snap))
		return 0;
	struct awaited_reads ar = { r, snap, json_object(), json_object(), d, false, 0 };
	struct strbuf err = STRBUF_INIT;
	int saved, rc = 0;
	if (plan_enter_dir(snap, &saved, &err)) {
		diag_subject_errorf(d, NULL, "%s", err.buf);
		rc = -1;
	}
	/* Each expansion reads what its counts and for_each use; one more is
	 * made while it read something new (the lookups of a module instance
	 * it made may be used by the module's own counts). */
	size_t known = 0;
	json_t *bases = json_object(); /* the lookups counts and for_each use */
	for (int round = 0; !rc && round < 16 && snapshot_awaits_lookups(snap); round++) {
		const char *t;
		json_t *entry, *l;
		size_t i;
		json_object_foreach(json_object_get(snap, "awaiting"), t, entry)
			json_array_foreach(json_object_get(entry, "lookups"), i, l)
				json_object_set_new(bases, json_string_value(l), json_true());
		if (snapshot_expand_again(snap, s, awaited_attrs, &ar, d) < 0 || ar.failed) {
			rc = -1;
			break;
		}
		size_t now = json_object_size(ar.read) + json_object_size(ar.waiting);
		log_debugf("expanded again with %zu lookups read (round %d): %zu resources",
			   json_object_size(ar.read), round + 1,
			   json_object_size(json_object_get(snap, "resources")));
		if (now == known)
			break;
		known = now;
	}
	if (!rc) {
		const char *t;
		json_t *entry;
		json_object_foreach(json_object_get(snap, "awaiting"), t, entry)
			say_why_awaiting(&ar, entry);
	}
	/* What plan checks its own reads of them against (plan.c,
	 * plan_counts_kept): the instances stand on these. */
	const char *addr, *base;
	json_t *v, *yes;
	json_object_foreach(rc ? NULL : ar.read, addr, v) {
		bool used = false;
		json_object_foreach(bases, base, yes)
			used = used || (json_is_true(yes) && address_within(addr, base));
		if (!used)
			continue;
		if (!r->counted_reads)
			r->counted_reads = json_object();
		json_object_set(r->counted_reads, addr, v);
	}
	json_decref(bases);
	plan_leave_dir(saved);
	strbuf_release(&err);
	json_decref(ar.read);
	json_decref(ar.waiting);
	return rc;
}

int snapshot_check_awaited(const json_t *snapshot, const char *const *targets,
			   struct diags *d)
{
	int rc = 0;
	const char *t;
	json_t *entry;
	json_object_foreach(json_object_get(snapshot, "awaiting"), t, entry) {
		/* -target of what the lookups use (Terraform's way around):
		 * what it leaves out may wait */
		bool touched = !targets;
		for (size_t i = 0; targets && targets[i] && !touched; i++)
			touched = address_within(t, targets[i]) || address_within(targets[i], t);
		if (!touched)
			continue;
		const char *at = json_string_value(json_object_get(entry, "at"));
		const char *error = json_string_value(json_object_get(entry, "error"));
		/* at the count or for_each: "FILE:LINE:COL", as expand.c wrote it */
		char *file = xstrdup(at ? at : t);
		char *c2 = strrchr(file, ':'), *c1 = NULL;
		if (c2) {
			*c2 = '\0';
			c1 = strrchr(file, ':');
		}
		struct src_pos pos = { file, c1 ? atoi(c1 + 1) : 0, c2 ? atoi(c2 + 1) : 0 };
		if (c1)
			*c1 = '\0';
		if (c1 && pos.line > 0)
			diag_errorf(d, &pos, "%s", error ? error : "its count or for_each uses lookups");
		else
			diag_subject_errorf(d, t, "%s", error ? error
					    : "its count or for_each uses lookups");
		free(file);
		diag_set_detail(d, "as Terraform's \"Invalid count argument\": apply first what "
				"these lookups use, with -target (the next plan reads them), or make "
				"the %s of variables and locals",
				json_string_value(json_object_get(entry, "meta")));
		rc = -1;
	}
	return rc;
}
