/*
 * sweep.c: `terrace sweep`: teardown without state. Finds what a stack made
 * in AWS by terrace's tags (terrace:stack, terrace:workspace) and, for types
 * without tags, by the lab: block's name_prefix (provider/aws/sweep.h),
 * lists it, and with -force deletes it in dependency order. Objects of the
 * types with tags that the name_prefix names but that carry no terrace:stack
 * tag (made by hand) are listed as not the lab's and never deleted.
 *
 * The stack is read only for its name, its lab: block and its aws provider
 * configurations; no state is read. aws-nuke's rule: nothing is listed or
 * deleted unless the stack has a lab: block and every aws provider
 * configuration's endpoint is in its allowed_endpoints or its account (STS
 * GetCallerIdentity) in its allowed_accounts.
 */
#include "cmd/cli.h"
#include "plan/exec.h"
#include "plan/graph.h"
#include "provider/aws/sweep.h"
#include "provider/aws/transport/transport.h"
#include "provider/base/log.h"
#include "stacks/expr.h"

#include <fnmatch.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const struct cli_command sweep_cmd = {
	"sweep", "terrace sweep [options]",
	"List, and with -force delete, what the stack made in AWS, without its state: objects\n"
	"tagged terrace:stack=STACK (any workspace, or -workspace NAME's), \"by tag\", and, for\n"
	"types without tags (Glue databases, tables, IAM groups, ...), \"by name\": objects named\n"
	"by the lab: block's name_prefix, the prefix itself or followed by -, _, . or / (a\n"
	"table by its database's name, an alias after alias/, a grant by its principal's).\n"
	"Objects of the types with tags so named but without terrace:stack (made by hand) are\n"
	"listed as \"not the lab's, left\" and never deleted. Runs only where the stack's lab:\n"
	"block allows the provider's endpoint (allowed_endpoints) or account (allowed_accounts).\n"
	"Deletes in dependency order, buckets emptied first, databases without final snapshots.\n"
	"A type it cannot list (access denied, a service not offered, throttled, failing) is\n"
	"named at the end and the rest is still swept: exit 2 when each such type is one the\n"
	"account can hold none of (denied, not offered, no such operation), 1 to try again.",
	0,
};

/* One aws provider configuration to sweep with. */
struct sweep_conn {
	struct provider_conn *pc;   /* borrowed from the run */
	struct aws_client *client;  /* borrowed from the run */
	char *where;                /* "endpoint URL" or "account N", for messages */
	char *scope;                /* what account-wide listings are made once per */
};

/* How an object was found, in the order the table lists them. */
enum found_as {
	FOUND_BY_TAG,   /* its terrace:stack tag names the stack: deleted */
	FOUND_BY_NAME,  /* a type without tags, named by the lab's name_prefix: deleted */
	FOUND_LEFT,     /* a type with tags, named by the name_prefix, without
			   terrace:stack (made by hand): listed, never deleted */
};

static const char *const found_as_text[] = { "by tag", "by name", "not the lab's, left" };

/* A kind that could not be listed with one configuration: a gap in what
 * sweep saw, never a stop (what it could list is still listed and
 * deleted). */
struct gap {
	const struct aws_sweep_kind *kind;
	struct sweep_conn *conn;
	struct aws_failure why;     /* the failed call's kind: final or try again */
	char *message;              /* the failure's one line */
};

/* One object found. */
struct found {
	const struct aws_sweep_kind *kind;
	struct sweep_conn *conn;
	struct resource_item item;
	enum found_as as;
};

/* sweep's options. */
struct sweep_opts {
	struct cli_setup setup;
	const char *workspace;   /* only this workspace's resources */
	const char *older_than;  /* only resources older than this duration */
	struct cli_list names;   /* only resources whose name matches one of these globs */
	bool force;              /* delete what it lists */
	bool json;               /* the dry run's list as JSON (terrace lab down reads it) */
	bool unlisted_ok;        /* a type it could not list is a warning, not the exit's
				    (terrace lab down's sweep of one lab: it names them once) */
};

struct sweep {
	const struct sweep_opts *o;
	const char *stack;          /* the stack's name: the terrace:stack tag to match */
	const char *prefix;         /* the lab's name_prefix, or NULL */
	double older_than;          /* seconds; < 0: no age filter */
	time_t now;
	struct sweep_conn *conns;
	size_t n_conns;
	struct found *found;        /* sorted: those to delete first (cmp_found) */
	size_t n_found;
	size_t n_delete;            /* found[0..n_delete): by tag or by name */
	size_t untagged_left_out;   /* -workspace: objects found by prefix carry no workspace */
	size_t ageless_left_out;    /* -older-than: objects whose age the API does not give */
	size_t twins;               /* awscc rows dropped: a written type's row lists the object */
	struct gap *gaps;           /* the kinds that could not be listed, in listing order */
	size_t n_gaps;
	struct aws_sweep_kind *kinds; /* the awscc types the stack declares, then every aws type's */
	/* deleting */
	pthread_mutex_t mu;
	size_t *rank_items;         /* the found[] index of each node of the rank's graph */
	size_t deleted;
	struct strbuf failures;
	size_t n_failures;
};

/* ---- the allow-list ---- */

/* An account id as YAML may have read it: a number loses leading zeros. */
static char *list_entry(const json_t *v)
{
	if (json_is_integer(v))
		return xasprintf("%012" JSON_INTEGER_FORMAT, json_integer_value(v));
	return xstrdup(json_string_value(v) ? json_string_value(v) : "");
}

/* s is in the lab's list; endpoints match whatever their trailing slashes. */
static bool allowed(const json_t *list, const char *s)
{
	size_t i, n = strlen(s);
	json_t *v;

	while (n > 1 && s[n - 1] == '/')
		n--;
	json_array_foreach(list, i, v) {
		char *e = list_entry(v);
		size_t m = strlen(e);

		while (m > 1 && e[m - 1] == '/')
			m--;
		bool same = m == n && !strncmp(e, s, n);
		free(e);
		if (same)
			return true;
	}
	return false;
}

static char *list_text(const json_t *list)
{
	struct strbuf sb = STRBUF_INIT;
	size_t i;
	json_t *v;

	json_array_foreach(list, i, v) {
		char *e = list_entry(v);
		strbuf_addf(&sb, "%s%s", sb.len ? ", " : "", e);
		free(e);
	}
	if (!sb.len)
		strbuf_addstr(&sb, "(none)");
	return strbuf_detach(&sb);
}

/* 0 when the lab allows what this configuration acts on; else prints why not. */
static int check_allowed(struct sweep_conn *sc, const json_t *lab)
{
	const json_t *endpoints = json_object_get(lab, "allowed_endpoints");
	const json_t *accounts = json_object_get(lab, "allowed_accounts");
	const char *endpoint = aws_client_endpoint(sc->client);
	struct strbuf err = STRBUF_INIT;
	char *account = NULL;
	int rc = -1;

	if (endpoint) {
		sc->scope = xstrdup(endpoint);
		sc->where = xasprintf("endpoint %s", endpoint);
		if (allowed(endpoints, endpoint))
			return 0;
	}
	if (aws_client_account_id(sc->client, &account, &err) == 0) {
		if (!sc->scope)
			sc->scope = xasprintf("account %s", account);
		char *where = xasprintf("%s%saccount %s", sc->where ? sc->where : "",
					sc->where ? ", " : "", account);
		free(sc->where);
		sc->where = where;
		if (allowed(accounts, account))
			rc = 0;
	} else if (!sc->where) {
		sc->where = xstrdup("an account it could not name");
	}
	if (rc) {
		char *e = list_text(endpoints), *a = list_text(accounts);
		ui_error("sweep refused: provider \"%s\" acts on %s, which the lab: block does not "
			 "allow\n  allowed_endpoints: %s\n  allowed_accounts:  %s%s%s\n"
			 "  sweep lists and deletes only where the stack's lab: block names the "
			 "endpoint or the account.", sc->pc->name, sc->where, e, a,
			 err.len ? "\n  asking for the account failed: " : "", err.buf);
		free(e);
		free(a);
	}
	free(account);
	strbuf_release(&err);
	return rc;
}

/* ---- the provider configurations ---- */

/*
 * The snapshot with only the aws resources, so the run configures exactly
 * the aws provider configurations (never a database or host the stack
 * reaches through other providers).
 */
static json_t *aws_only(const json_t *snapshot)
{
	json_t *snap = json_copy((json_t *)snapshot);
	json_t *resources = json_object();
	const char *name;
	json_t *r;

	json_object_foreach(json_object_get(snapshot, "resources"), name, r)
		if (json_string_value(json_object_get(r, "type")) &&
		    !strncmp(json_string_value(json_object_get(r, "type")), "aws.", 4))
			json_object_set(resources, name, r);
	json_object_set_new(snap, "resources", resources);
	return snap;
}

/* Every aws provider configuration the stack declares or its aws
 * resources use, configured once (the same settings once). -1 after
 * printing an error. */
static int collect_conns(struct sweep *sw, struct run *run, const json_t *snap)
{
	json_t *names = json_array();
	const char *name;
	json_t *v;
	size_t i;
	int rc = 0;

	json_object_foreach(json_object_get(snap, "providers"), name, v)
		if (json_string_value(json_object_get(v, "type")) &&
		    !strcmp(json_string_value(json_object_get(v, "type")), "aws"))
			json_array_append_new(names, json_string(name));
	json_object_foreach(json_object_get(snap, "resources"), name, v) {
		const char *p = json_string_value(json_object_get(v, "provider"));
		if (p && !value_list_has_string(names, p))
			json_array_append_new(names, json_string(p));
	}
	json_array_foreach(names, i, v) {
		struct strbuf err = STRBUF_INIT;
		bool not_yet = false, seen = false;
		struct provider_conn *pc = run_conn(run, json_string_value(v), "aws", &not_yet, &err);

		if (!pc) {
			ui_error("%s%s", err.buf, not_yet ? " (sweep reads no state, so it cannot "
				 "sweep with this configuration)" : "");
			strbuf_release(&err);
			rc = -1;
			continue;
		}
		strbuf_release(&err);
		/* Two configurations with the same settings see the same objects. */
		for (size_t k = 0; k < sw->n_conns; k++)
			if (sw->conns[k].pc == pc || value_equal(sw->conns[k].pc->config, pc->config))
				seen = true;
		if (seen)
			continue;
		sw->conns = xrealloc(sw->conns, (sw->n_conns + 1) * sizeof(*sw->conns));
		sw->conns[sw->n_conns++] = (struct sweep_conn){ pc, pc->client, NULL, NULL };
	}
	json_decref(names);
	return rc;
}

/* ---- finding ---- */

static bool name_matches(const struct sweep *sw, const struct resource_item *it)
{
	if (!sw->o->names.n)
		return true;
	for (size_t i = 0; i < sw->o->names.n; i++)
		if (!fnmatch(sw->o->names.items[i], it->name, 0) ||
		    !fnmatch(sw->o->names.items[i], it->id, 0))
			return true;
	return false;
}

/*
 * How a listed object is found (enum found_as), or -1 when it is not listed:
 * of another stack, of another workspace than -workspace's, neither the
 * stack's nor named by the lab's name_prefix, or left out by -name or
 * -older-than. -workspace cannot tell the workspace of an object found by
 * name (left out, counted for a note, unless a -name names it: terrace lab
 * down names each object of an attendee whose state is lost); one not the
 * lab's is listed anyway, since nothing of it is deleted.
 */
static int found_as(struct sweep *sw, const struct resource_item *it, bool tagged)
{
	enum found_as as = FOUND_BY_NAME;

	if (tagged) {
		const char *stack = json_string_value(json_object_get(it->tags, PLAN_TAG_STACK));
		const char *ws = json_string_value(json_object_get(it->tags, PLAN_TAG_WORKSPACE));
		if (!stack && sw->prefix && aws_sweep_named(it, sw->prefix))
			as = FOUND_LEFT;
		else if (!stack || strcmp(stack, sw->stack))
			return -1;
		else if (sw->o->workspace && (!ws || strcmp(ws, sw->o->workspace)))
			return -1;
		else
			as = FOUND_BY_TAG;
	}
	if (!name_matches(sw, it))
		return -1;
	if (as == FOUND_BY_NAME && sw->o->workspace && !sw->o->names.n) {
		sw->untagged_left_out++;
		return -1;
	}
	if (sw->older_than >= 0) {
		if (!it->created) {
			if (as != FOUND_LEFT)
				sw->ageless_left_out++;
			return -1;
		}
		if (difftime(sw->now, it->created) < sw->older_than)
			return -1;
	}
	return (int)as;
}

static void find_all(struct sweep *sw)
{
	json_t *listed = json_object(); /* "TYPE SCOPE [REGION]" already listed */

	for (const struct aws_sweep_kind *k = sw->kinds; k->type; k++) {
		if (!resource_type_find(k->type, NULL))
			continue;   /* a type this build does not have */
		bool tagged = aws_sweep_kind_tagged(k);
		if (!tagged && !sw->prefix)
			continue;
		for (size_t c = 0; c < sw->n_conns; c++) {
			struct sweep_conn *sc = &sw->conns[c];
			char *key = k->global ? xasprintf("%s %s", k->type, sc->scope)
				  : xasprintf("%s %s %s", k->type, sc->scope,
					      aws_client_region(sc->client));
			bool again = json_object_get(listed, key) != NULL;
			json_object_set_new(listed, key, json_true());
			free(key);
			if (again)
				continue;
			struct resource_items items = { NULL, 0 };
			struct strbuf err = STRBUF_INIT;
			struct aws_failure why = { .kind = AWS_FAILED };
			log_debugf("sweep: listing %s (provider \"%s\")", k->type, sc->pc->name);
			if (aws_sweep_find(sc->client, k, sw->prefix, &items, &why, &err)) {
				sw->gaps = xrealloc(sw->gaps, (sw->n_gaps + 1) * sizeof(*sw->gaps));
				sw->gaps[sw->n_gaps++] = (struct gap){ k, sc, why, strbuf_detach(&err) };
			}
			strbuf_release(&err);
			for (size_t i = 0; i < items.n; i++) {
				int as = found_as(sw, &items.v[i], tagged);
				if (as < 0) {
					resource_item_release(&items.v[i]);
					continue;
				}
				sw->found = xrealloc(sw->found, (sw->n_found + 1) * sizeof(*sw->found));
				sw->found[sw->n_found++] = (struct found){ k, sc, items.v[i],
									   (enum found_as)as };
			}
			free(items.v);
		}
	}
	json_decref(listed);
}

/*
 * An object both a written type's listing and an awscc type's find (a
 * Kinesis stream as aws.kinesis.stream and awscc.kinesis.stream: one
 * CloudFormation type, one identifier, aws_sweep_same_object) is one
 * object: listed and deleted once, as the written type's, which knows its
 * service's waits. The awscc rows so found are dropped and counted.
 */
static void drop_twins(struct sweep *sw)
{
	bool *twin = xcalloc(sw->n_found + 1, sizeof(*twin));
	size_t kept = 0;

	for (size_t i = 0; i < sw->n_found; i++) {
		const struct found *f = &sw->found[i];

		if (f->kind->rt->family != TYPE_FAMILY_FROM_DATA)
			continue;
		for (size_t j = 0; j < sw->n_found && !twin[i]; j++) {
			const struct found *w = &sw->found[j];
			twin[i] = w->conn == f->conn && w->kind->rt->family == TYPE_FAMILY_WRITTEN &&
				  aws_sweep_same_object(f->kind, &f->item, w->kind, &w->item);
		}
	}
	for (size_t i = 0; i < sw->n_found; i++) {
		if (twin[i]) {
			resource_item_release(&sw->found[i].item);
			sw->twins++;
		} else {
			sw->found[kept++] = sw->found[i];
		}
	}
	sw->n_found = kept;
	free(twin);
}

/* ---- listing ---- */

static void age_text(char *buf, size_t n, time_t created, time_t now)
{
	if (!created) {
		snprintf(buf, n, "-");
		return;
	}
	double d = difftime(now, created);
	long s = d > 0 ? (long)d : 0;
	if (s < 120)
		snprintf(buf, n, "%lds", s);
	else if (s < 2 * 3600)
		snprintf(buf, n, "%ldm", s / 60);
	else if (s < 2 * 86400)
		snprintf(buf, n, "%ldh", s / 3600);
	else
		snprintf(buf, n, "%ldd", s / 86400);
}

static const char *tag_or_dash(const struct found *f, const char *key)
{
	const char *v = f->as == FOUND_BY_TAG ? json_string_value(json_object_get(f->item.tags, key))
					      : NULL;
	return v ? v : "-";
}

/* ---- what could not be looked for ---- */

/* The words -json gives a gap's kind (client.h's enum aws_failure_kind). */
static const char *const failure_kind_word[] = {
	[AWS_FAILED] = "failed", [AWS_THROTTLED] = "throttled", [AWS_DENIED] = "denied",
	[AWS_NOT_OFFERED] = "not_offered", [AWS_UNKNOWN_OPERATION] = "unknown_operation",
};

/*
 * The exit a sweep's gaps give: 0 without any; 2 when each says the account
 * can hold none of its type (denied, not offered, no such operation:
 * aws_failure_kind_final); 1 when one must be tried again (throttled after
 * retries, a 5xx, no answer).
 */
static int gaps_exit(const struct sweep *sw)
{
	int code = 0;
	if (sw->o->unlisted_ok)
		return 0;
	for (size_t i = 0; i < sw->n_gaps; i++)
		code = aws_failure_kind_final(sw->gaps[i].why.kind) && code != 1 ? 2 : 1;
	return code;
}

/* The gaps as -json's "not_listed": [{"type", "provider", "kind", "final",
 * "reason", "message"}]. */
static json_t *gaps_json(const struct sweep *sw)
{
	json_t *list = json_array();
	for (size_t i = 0; i < sw->n_gaps; i++) {
		const struct gap *g = &sw->gaps[i];
		json_array_append_new(list, json_pack("{s:s, s:s, s:s, s:b, s:s, s:s}",
			"type", g->kind->type, "provider", g->conn->pc->name,
			"kind", failure_kind_word[g->why.kind],
			"final", aws_failure_kind_final(g->why.kind),
			"reason", aws_failure_kind_text(g->why.kind), "message", g->message));
	}
	return list;
}

/* The gaps after the table, one error each (a message each, so that none
 * is cut by the length of a message: text.h), then what to do. */
static void print_gaps(const struct sweep *sw)
{
	bool again = false;
	for (size_t i = 0; i < sw->n_gaps; i++) {
		const struct gap *g = &sw->gaps[i];
		bool final = aws_failure_kind_final(g->why.kind);
		again = again || !final;
		char *line = xasprintf("sweep could not list %s (provider \"%s\"): %s%s: %s",
				       g->kind->type, g->conn->pc->name,
				       aws_failure_kind_text(g->why.kind),
				       final ? ", so the account holds none made with these "
					       "credentials" : ", try again", g->message);
		if (sw->o->unlisted_ok)
			ui_warn("%s", line);
		else
			ui_error("%s", line);
		free(line);
	}
	if (sw->n_gaps)
		ui_printf(stderr, "sweep could not look for %zu type%s: any object of %s is not "
			  "listed%s.\n", sw->n_gaps, sw->n_gaps == 1 ? "" : "s",
			  sw->n_gaps == 1 ? "it" : "them",
			  again ? "; run the same sweep again once the service answers" : "");
}

/* The list as JSON, for terrace lab down: {"objects": [{"type", "name",
 * "id", "stack", "workspace", "found", "age_seconds"}], "not_listed":
 * gaps_json}, "stack" and "workspace" null for what was not found by tag,
 * "age_seconds" null when the API gives none. */
static void print_json(const struct sweep *sw)
{
	json_t *list = json_array();
	for (size_t i = 0; i < sw->n_found; i++) {
		const struct found *f = &sw->found[i];
		const char *stack = tag_or_dash(f, PLAN_TAG_STACK);
		const char *ws = tag_or_dash(f, PLAN_TAG_WORKSPACE);
		json_t *age = f->item.created ? json_integer((json_int_t)difftime(sw->now,
										   f->item.created))
					      : json_null();
		json_array_append_new(list, json_pack("{s:s, s:s, s:s, s:o, s:o, s:s, s:o}",
			"type", f->kind->type, "name", f->item.name, "id", f->item.id,
			"stack", strcmp(stack, "-") ? json_string(stack) : json_null(),
			"workspace", strcmp(ws, "-") ? json_string(ws) : json_null(),
			"found", found_as_text[f->as], "age_seconds", age));
	}
	json_t *doc = json_pack("{s:o, s:o}", "objects", list, "not_listed", gaps_json(sw));
	ui_print_json(stdout, doc);
	json_decref(doc);
}

static void print_table(const struct sweep *sw)
{
	int wt = 4, wn = 4, ws = 5, ww = 9;
	for (size_t i = 0; i < sw->n_found; i++) {
		const struct found *f = &sw->found[i];
		int l;
		if ((l = (int)strlen(f->kind->type)) > wt) wt = l;
		if ((l = (int)strlen(f->item.name)) > wn) wn = l;
		if ((l = (int)strlen(tag_or_dash(f, PLAN_TAG_STACK))) > ws) ws = l;
		if ((l = (int)strlen(tag_or_dash(f, PLAN_TAG_WORKSPACE))) > ww) ww = l;
	}
	ui_printf(stdout, "%-*s  %-*s  %-*s  %-*s  %-4s  %s\n", wt, "TYPE", wn, "NAME", ws, "STACK",
		  ww, "WORKSPACE", "AGE", "FOUND");
	for (size_t i = 0; i < sw->n_found; i++) {
		const struct found *f = &sw->found[i];
		char age[32];
		age_text(age, sizeof(age), f->item.created, sw->now);
		ui_printf(stdout, "%-*s  %-*s  %-*s  %-*s  %-4s  %s\n", wt, f->kind->type, wn,
			  f->item.name, ws, tag_or_dash(f, PLAN_TAG_STACK), ww,
			  tag_or_dash(f, PLAN_TAG_WORKSPACE), age, found_as_text[f->as]);
	}
}

/* What is left after what is deleted, which comes in deletion order: the
 * kinds' order (sweep.h), then names. */
static int cmp_found(const void *a, const void *b)
{
	const struct found *x = a, *y = b;
	if ((x->as == FOUND_LEFT) != (y->as == FOUND_LEFT))
		return x->as == FOUND_LEFT ? 1 : -1;
	if (x->kind != y->kind)
		return x->kind < y->kind ? -1 : 1;
	int c = strcmp(x->item.name, y->item.name);
	return c ? c : strcmp(x->item.id, y->item.id);
}

/* ---- deleting ---- */

static int delete_one(void *ctx, size_t node)
{
	struct sweep *sw = ctx;
	struct found *f = &sw->found[sw->rank_items[node]];
	struct strbuf err = STRBUF_INIT;
	int rc = aws_sweep_delete(f->conn->client, f->kind, f->item.id, &err);

	pthread_mutex_lock(&sw->mu);
	if (rc) {
		ui_printf(stdout, "%s %s: failed\n", f->kind->type, f->item.name);
		strbuf_addf(&sw->failures, "\n  %s %s: %s", f->kind->type, f->item.name, err.buf);
		sw->n_failures++;
	} else {
		ui_printf(stdout, "%s %s: deleted\n", f->kind->type, f->item.name);
		sw->deleted++;
	}
	pthread_mutex_unlock(&sw->mu);
	strbuf_release(&err);
	return rc ? -1 : 0;
}

/* Rank by rank (sweep.h), each rank's objects in parallel; a failure does
 * not stop the others, nor the later ranks. Never what is not the lab's. */
static void delete_all(struct sweep *sw)
{
	size_t i = 0;
	while (i < sw->n_delete) {
		int rank = sw->found[i].kind->rank;
		struct graph *g = graph_new();
		size_t n = 0;
		sw->rank_items = xcalloc(sw->n_delete, sizeof(*sw->rank_items));
		for (; i < sw->n_delete && sw->found[i].kind->rank == rank; i++) {
			char node[32];
			snprintf(node, sizeof(node), "%zu", i);
			graph_add(g, node);
			sw->rank_items[n++] = i;
		}
		enum exec_status *status = xcalloc(n, sizeof(*status));
		exec_walk(g, false, sw->o->setup.parallelism, NULL, delete_one, sw, status);
		free(status);
		free(sw->rank_items);
		sw->rank_items = NULL;
		graph_free(g);
	}
}

/* ---- the command ---- */

static void print_notes(const struct sweep *sw)
{
	struct strbuf untagged = STRBUF_INIT;
	size_t left = sw->n_found - sw->n_delete;
	for (const struct aws_sweep_kind *k = sw->kinds; k->type; k++)
		if (resource_type_find(k->type, NULL) && !aws_sweep_kind_tagged(k))
			strbuf_addf(&untagged, "%s%s", untagged.len ? ", " : "", k->type);
	if (!sw->prefix && untagged.len)
		ui_printf(stdout, "Note: the lab: block sets no name_prefix, so the types without "
			  "tags (%s) were not looked for, nor objects made by hand.\n", untagged.buf);
	strbuf_release(&untagged);
	if (left)
		ui_printf(stdout, "Note: %zu object%s not the lab's, left: named by the lab's "
			  "name_prefix, but without a terrace:stack tag (made by hand?). sweep never "
			  "deletes %s; delete %s yourself if %s should go.\n", left,
			  left == 1 ? "" : "s", left == 1 ? "it" : "them", left == 1 ? "it" : "them",
			  left == 1 ? "it" : "they");
	if (sw->untagged_left_out)
		ui_printf(stdout, "Note: %zu object%s found by name prefix left out: -workspace "
			  "cannot tell their workspace (their types have no tags).\n",
			  sw->untagged_left_out, sw->untagged_left_out == 1 ? "" : "s");
	if (sw->ageless_left_out)
		ui_printf(stdout, "Note: %zu object%s left out: -older-than cannot tell their age "
			  "(the API gives none).\n", sw->ageless_left_out,
			  sw->ageless_left_out == 1 ? "" : "s");
	if (sw->twins)
		ui_printf(stdout, "Note: %zu object%s found by an awscc type's listing too %s listed "
			  "once, as the written type's (one CloudFormation type, one identifier).\n",
			  sw->twins, sw->twins == 1 ? "" : "s", sw->twins == 1 ? "is" : "are");
}

/* The variables an aws provider configuration uses must have values (the
 * others need none: see cmd_sweep); -1 after naming each one missing. */
static int provider_vars_known(const json_t *snapshot)
{
	const json_t *vars = json_object_get(snapshot, "variables");
	const char *name;
	json_t *p;
	int rc = 0;
	json_object_foreach(json_object_get(snapshot, "providers"), name, p) {
		const char *type = json_string_value(json_object_get(p, "type"));
		if (!type || strcmp(type, "aws"))
			continue;
		struct expr_refs refs = { NULL, 0, 0 };
		struct diags ignored = DIAGS_INIT;
		expr_collect_refs(json_object_get(p, "config"), NULL, NULL, &refs, &ignored);
		for (size_t i = 0; i < refs.n; i++) {
			const struct expr_ref *ref = &refs.items[i];
			if (strcmp(ref->root, "var") || !ref->path)
				continue;
			char *var = xstrndup(ref->path, strcspn(ref->path, ".["));
			if (value_is_unknown(json_object_get(vars, var)))
				rc = ui_error("provider \"%s\" uses var.%s, which has no value: set it "
					      "with -var %s=..., a -var-file, or TERRACE_VAR_%s", name,
					      var, var, var);
			free(var);
		}
		expr_refs_free(&refs);
		diags_free(&ignored);
	}
	return rc ? -1 : 0;
}

/* The kinds to look for: every aws type with a list() hook, after the
 * types made at run time (awscc) that the stack declares, which sweep could
 * not list all of: the last declared first (what is declared later tends
 * to name what came before). */
static struct aws_sweep_kind *stack_kinds(const struct stack *s)
{
	const struct resource_type **more = xcalloc(s->n_resources + 1, sizeof(*more));
	size_t n = 0;
	for (size_t i = s->n_resources; i-- > 0;) {
		const struct resource_type *rt = s->resources[i].rtype;
		bool seen = false;
		for (size_t j = 0; j < n; j++)
			seen = seen || more[j] == rt;
		if (rt && rt->family == TYPE_FAMILY_FROM_DATA && rtype_has_list(rt) && !seen)
			more[n++] = rt;
	}
	struct aws_sweep_kind *kinds = aws_sweep_kinds_with(more, n);
	free(more);
	return kinds;
}

static int sweep_run(struct sweep *sw, struct cli_context *cx, struct diags *d)
{
	const json_t *lab = cx->stack->lab;
	if (!lab)
		return ui_error("sweep refused: stack \"%s\" has no lab: block; sweep lists and "
				"deletes only where a lab: block allows it (allowed_endpoints, "
				"allowed_accounts)", sw->stack);
	if (!json_array_size(json_object_get(lab, "allowed_endpoints")) &&
	    !json_array_size(json_object_get(lab, "allowed_accounts")))
		return ui_error("sweep refused: the lab: block of stack \"%s\" allows no endpoint "
				"and no account (allowed_endpoints, allowed_accounts are empty)",
				sw->stack);
	const char *prefix = json_string_value(json_object_get(lab, "name_prefix"));
	sw->prefix = prefix && *prefix ? prefix : NULL;

	if (provider_vars_known(cx->snapshot))
		return 1;
	json_t *snap = aws_only(cx->snapshot);
	struct run run;
	int code = 1;
	if (run_init(&run, snap, json_object(), NULL, 1, NULL, d)) {
		run_release(&run);
		json_decref(snap);
		return 1;
	}
	if (collect_conns(sw, &run, snap))
		goto out;
	if (!sw->n_conns) {
		if (sw->o->json)
			print_json(sw);
		else
			ui_printf(stdout, "Stack \"%s\" has no aws provider configuration: nothing "
				  "to sweep.\n", sw->stack);
		code = 0;
		goto out;
	}
	bool refused = false;
	for (size_t i = 0; i < sw->n_conns; i++)
		if (check_allowed(&sw->conns[i], lab))
			refused = true;
	if (refused)
		goto out;

	for (size_t i = 0; i < sw->n_conns && !sw->o->json; i++)
		ui_printf(stdout, "Sweeping stack \"%s\" (%s%s) with provider \"%s\" (%s, region %s)\n",
			  sw->stack, sw->o->workspace ? "workspace " : "every workspace",
			  sw->o->workspace ? sw->o->workspace : "", sw->conns[i].pc->name,
			  sw->conns[i].where, aws_client_region(sw->conns[i].client));
	sw->kinds = stack_kinds(cx->stack);
	find_all(sw);
	drop_twins(sw);
	if (sw->n_found)
		qsort(sw->found, sw->n_found, sizeof(*sw->found), cmp_found);
	size_t by_tag = 0;
	while (sw->n_delete < sw->n_found && sw->found[sw->n_delete].as != FOUND_LEFT)
		by_tag += sw->found[sw->n_delete++].as == FOUND_BY_TAG;
	if (sw->o->json) {
		print_json(sw);
		code = gaps_exit(sw);
		goto out;
	}
	ui_printf(stdout, "\n");
	if (sw->n_found)
		print_table(sw);
	if (!sw->n_delete)
		ui_printf(stdout, "Nothing of stack \"%s\" found.\n", sw->stack);
	print_notes(sw);
	if (!sw->o->force) {
		if (sw->n_delete)
			ui_printf(stdout, "\n%zu to delete (%zu found by tag, %zu by name). This was "
				  "a dry run: nothing was deleted. Run `terrace sweep -force` with the "
				  "same options to delete them.\n", sw->n_delete, by_tag,
				  sw->n_delete - by_tag);
		print_gaps(sw);
		code = gaps_exit(sw);
		goto out;
	}
	if (sw->n_delete) {
		ui_printf(stdout, "\nDeleting %zu:\n", sw->n_delete);
		delete_all(sw);
	}
	if (sw->n_failures) {
		ui_printf(stdout, "\nSweep failed! %zu deleted, %zu failed%s.\n", sw->deleted,
			  sw->n_failures, sw->n_gaps ? " (and some types could not be looked for: "
			  "below)" : "");
		ui_error("%zu could not be deleted:%s", sw->n_failures, sw->failures.buf);
		print_gaps(sw);
	} else if (sw->n_gaps) {
		ui_printf(stdout, "\nSweep incomplete: %zu deleted; %zu type%s could not be looked "
			  "for (below).\n", sw->deleted, sw->n_gaps, sw->n_gaps == 1 ? "" : "s");
		print_gaps(sw);
		code = gaps_exit(sw);
	} else {
		ui_printf(stdout, "\n%sSweep complete!%s %zu deleted.\n", ui_c("\033[1;32m"),
			  ui_c("\033[0m"), sw->deleted);
		code = 0;
	}
out:
	run_release(&run);
	json_decref(snap);
	return code;
}

int cmd_sweep(int argc, char **argv)
{
	struct sweep_opts o = { .force = false };
	const struct cli_option options[] = {
		OPT_SETUP(SETUP_STACK | SETUP_VARS | SETUP_PARALLELISM | SETUP_NO_COLOR),
		OPT_STRING("workspace", "NAME", "only that workspace's resources (default: every workspace)",
			   &o.workspace),
		OPT_STRING("older-than", "DURATION", "only resources made longer ago than this (e.g. 30m, 2h)",
			   &o.older_than),
		OPT_LIST("name", "GLOB", "only resources whose name (or id) matches this pattern "
			 "(lake-*-dev; repeatable: any of them)", &o.names),
		OPT_BOOL("force", "delete what it lists", &o.force),
		OPT_BOOL("unlisted-ok", "a type it cannot list is named as a warning and leaves the "
			 "exit 0", &o.unlisted_ok),
		OPT_BOOL("json", "the list as JSON, without -force: {\"objects\": [{type, name, id, "
			 "stack, workspace, found, age_seconds}], \"not_listed\": [{type, provider, "
			 "kind, final, reason, message}]}", &o.json),
		OPT_END(),
	};
	enum cli_parsed parsed = cli_parse(&sweep_cmd, options, argc, argv, &o.setup);
	if (parsed != CLI_RUN)
		return CLI_EXIT_CODE(parsed);
	struct sweep sw = { .o = &o, .older_than = -1, .now = time(NULL) };
	struct cli_context cx = { 0 };
	struct diags d = DIAGS_INIT;
	int code = 1;
	pthread_mutex_init(&sw.mu, NULL);
	strbuf_init(&sw.failures);

	if (o.workspace && !ws_name_valid(o.workspace)) {
		ui_error("-workspace: \"%s\" is not a workspace name (letters, digits, '-' and '_')",
			 o.workspace);
		goto out;
	}
	if (o.json && o.force) {
		ui_error("sweep: -json lists only: give it without -force");
		goto out;
	}
	if (o.older_than && ctx_parse_duration(o.older_than, &sw.older_than)) {
		ui_error("-older-than: \"%s\" is not a duration (examples: 30m, 2h, 90s)",
			 o.older_than);
		goto out;
	}
	/* Only the provider configurations are evaluated: the other variables
	 * (an attendee's name) need no value. */
	o.setup.vars_optional = true;
	if (ctx_load_stack_deployed(&cx, &o.setup, &d))
		goto out;
	sw.stack = cx.stack->name;
	code = sweep_run(&sw, &cx, &d);
out:
	if (ui_diags(&d))
		code = 1;
	for (size_t i = 0; i < sw.n_found; i++)
		resource_item_release(&sw.found[i].item);
	free(sw.found);
	for (size_t i = 0; i < sw.n_gaps; i++)
		free(sw.gaps[i].message);
	free(sw.gaps);
	for (size_t i = 0; i < sw.n_conns; i++) {
		free(sw.conns[i].where);
		free(sw.conns[i].scope);
	}
	free(sw.conns);
	free(sw.kinds);
	strbuf_release(&sw.failures);
	pthread_mutex_destroy(&sw.mu);
	diags_free(&d);
	ctx_release(&cx);
	cli_list_release(&o.names);
	cli_setup_release(&o.setup);
	return code;
}
