/*
 * lab_lost.c: what `terrace lab down` finds of the labs it has no state for
 * (a laptop wiped, a state folder deleted): it asks `terrace sweep -json`
 * (a child of the same binary, so what sweep knows of tags and names is
 * said once) for the stack's objects, and gives each to the attendee it
 * belongs to: by its terrace:workspace tag, or for an object found by name
 * (a type without tags) to the attendee whose id stands first in its name
 * as a word of its own, unless some workspace's state holds it. It builds
 * the sweep that removes one attendee's objects, and the sentence naming
 * what is left when lab down ends.
 */
#include "cmd/lab.h"
#include "plan/state.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

bool lab_can_sweep(const struct lab *l)
{
	const json_t *lab = l->stack->lab;
	return json_array_size(json_object_get(lab, "allowed_endpoints")) ||
	       json_array_size(json_object_get(lab, "allowed_accounts"));
}

/* `terrace sweep -stack LAB -no-color` with the command line's variables
 * and the attendee variable set to id; the caller adds its own options. */
static struct cli_list sweep_argv(const struct lab *l, const char *id)
{
	struct cli_list v = { 0 };
	size_t cap = 8 + l->o->var_files.n + l->o->vars.n;
	v.items = xcalloc(cap, sizeof(*v.items));
	v.items[v.n++] = xstrdup("terrace");
	v.items[v.n++] = xstrdup("sweep");
	v.items[v.n++] = xstrdup("-stack");
	v.items[v.n++] = xstrdup(l->path);
	v.items[v.n++] = xstrdup("-no-color");
	for (size_t i = 0; i < l->o->var_files.n; i++)
		v.items[v.n++] = xasprintf("-var-file=%s", l->o->var_files.items[i]);
	for (size_t i = 0; i < l->o->vars.n; i++)
		v.items[v.n++] = xasprintf("-var=%s", l->o->vars.items[i]);
	v.items[v.n++] = xasprintf("-var=%s=%s", l->attendee_var, id);
	return v;
}

static void argv_add(struct cli_list *v, char *arg)
{
	v->items = xrealloc(v->items, (v->n + 2) * sizeof(*v->items));
	v->items[v->n++] = arg;
	v->items[v->n] = NULL;
}

/* A name as a pattern of fnmatch that matches only itself. */
static char *glob_literal(const char *name)
{
	struct strbuf sb = STRBUF_INIT;
	for (const char *p = name; *p; p++) {
		if (strchr("*?[\\", *p))
			strbuf_addch(&sb, '\\');
		strbuf_addch(&sb, *p);
	}
	return strbuf_detach(&sb);
}

char **lab_sweep_argv(const struct lab *l, const struct attendee *a)
{
	struct cli_list v = sweep_argv(l, a->id);
	argv_add(&v, xstrdup("-force"));
	/* What it cannot list, lab down names once, at its end. */
	argv_add(&v, xstrdup("-unlisted-ok"));
	argv_add(&v, xasprintf("-workspace=%s", a->id));
	/* Every object found for it by name: -workspace alone leaves those out. */
	size_t i;
	json_t *o;
	json_array_foreach(a->left, i, o) {
		char *glob = glob_literal(json_string_value(json_object_get(o, "name")));
		argv_add(&v, xasprintf("-name=%s", glob));
		free(glob);
	}
	return (char **)v.items;
}

char *lab_sweep_command(const struct lab *l, const struct attendee *a)
{
	struct strbuf sb = STRBUF_INIT;
	strbuf_addf(&sb, "terrace sweep -stack %s -workspace %s -force", l->path, a->id);
	size_t i;
	json_t *o;
	json_array_foreach(a->left, i, o)
		if (!json_is_string(json_object_get(o, "workspace")))
			strbuf_addf(&sb, " -name '%s'", json_string_value(json_object_get(o, "name")));
	return strbuf_detach(&sb);
}

/* Every string in v, as keys of set. */
static void collect_strings(const json_t *v, json_t *set)
{
	size_t i;
	const char *k;
	json_t *e;
	if (json_is_string(v))
		json_object_set_new(set, json_string_value(v), json_true());
	else if (json_is_array(v))
		json_array_foreach(v, i, e)
			collect_strings(e, set);
	else if (json_is_object(v))
		json_object_foreach((json_t *)v, k, e)
			collect_strings(e, set);
}

/* Where id first stands in name as a word of its own (bounded by the
 * name's ends or by a character other than a letter or digit), or -1. */
static long word_at(const char *name, const char *id)
{
	size_t n = strlen(id);
	for (const char *p = name; (p = strstr(p, id)); p++) {
		bool before = p == name || !isalnum((unsigned char)p[-1]);
		bool after = !isalnum((unsigned char)p[n]);
		if (before && after)
			return (long)(p - name);
	}
	return -1;
}

/* Run `terrace sweep -json` (the listing of every object of the stack);
 * its document ({"objects", "not_listed"}: a type it could not list is a
 * gap, exit 1 or 2, not a failure), or NULL with *why set when sweep could
 * not run (refused, a stack it cannot read, no answer at all). */
static json_t *list_objects(struct lab *l, char **why)
{
	struct cli_list v = sweep_argv(l, l->n ? l->a[0].id : "");
	argv_add(&v, xstrdup("-json"));
	char *log = xasprintf("%s/.sweep.log", l->dir);
	int fd = child_pool_open_log(log);
	json_t *list = NULL;
	*why = NULL;
	if (fd >= 0) {
		size_t limit = l->pool.limit;
		l->pool.limit = l->pool.running + 1;
		const struct child_env env[] = { { "TERRACE_WORKSPACE", NULL }, { "TF_WORKSPACE", NULL },
						 { "CI", NULL } };
		pid_t pid = child_pool_start(&l->pool, (char **)v.items, fd, NULL, env,
					     sizeof(env) / sizeof(env[0]));
		l->pool.limit = limit;
		int status = 0;
		while (pid > 0 && child_pool_wait(&l->pool, pid, &status, 0) < 0 && errno == EINTR)
			;
		/* The document is the output's last part: a warning may come
		 * first. */
		struct strbuf out = STRBUF_INIT;
		FILE *f = fopen(log, "r");
		char line[4096];
		bool in = false;
		while (f && fgets(line, sizeof(line), f)) {
			in = in || line[0] == '{';
			if (in)
				strbuf_addstr(&out, line);
		}
		if (f)
			fclose(f);
		int code = pid > 0 && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
		if (code >= 0 && code <= 2)
			list = json_loads(out.buf, JSON_DISABLE_EOF_CHECK, NULL);
		strbuf_release(&out);
		if (!json_is_array(json_object_get(list, "objects")) ||
		    !json_is_array(json_object_get(list, "not_listed"))) {
			json_decref(list);
			list = NULL;
			char *last = lab_last_line(log);
			*why = xasprintf("terrace sweep -json failed (%s): %s", log, last);
			free(last);
		} else {
			unlink(log);
		}
	} else {
		*why = xasprintf("%s: cannot write", log);
	}
	free(log);
	for (size_t i = 0; i < v.n; i++)
		free((char *)v.items[i]);
	free(v.items);
	return list;
}

/* Give object o of sweep's list to the attendee whose lab it is (its
 * left), a leaver whose workspace is gone added to the class; to
 * l->unclaimed when found by name of no attendee; to none when a
 * workspace's state holds it (held: every string the states hold). */
static void claim(struct lab *l, bool **have, const json_t *held, json_t *o)
{
	const char *found = json_string_value(json_object_get(o, "found"));
	const char *ws = json_string_value(json_object_get(o, "workspace"));
	const char *name = json_string_value(json_object_get(o, "name"));
	const char *id = json_string_value(json_object_get(o, "id"));
	if (!found || !name || !strcmp(found, "not the lab's, left"))
		return; /* made by hand: sweep never deletes it, nor does lab down */
	struct attendee *owner = NULL;
	size_t at = 0;
	if (ws) {
		for (size_t i = 0; i < l->n && !owner; i++)
			if (!strcmp(l->a[i].id, ws))
				owner = &l->a[i], at = i;
		bool listed = false;
		size_t j;
		json_t *idv;
		json_array_foreach(l->listed, j, idv)
			listed = listed || !strcmp(json_string_value(idv), ws);
		/* Another slice's, or with -leavers a listed attendee's; a
		 * leaver's is slice 1's to look after. */
		if (!owner && (listed || !l->first_slice))
			return;
		if (!owner) {
			/* A leaver whose workspace is gone too. */
			l->a = xrealloc(l->a, (l->n + 2) * sizeof(*l->a));
			*have = xrealloc(*have, (l->n + 2) * sizeof(**have));
			owner = &l->a[l->n];
			memset(owner, 0, sizeof(*owner));
			owner->id = xstrdup(ws);
			owner->vars = json_object();
			owner->exit_code = -1;
			owner->leaver = true;
			owner->left = json_array();
			(*have)[l->n] = false;
			at = l->n++;
		}
	} else {
		if (json_object_get(held, name) || (id && json_object_get(held, id)))
			return;
		long first = -1;
		for (size_t i = 0; i < l->n; i++) {
			long w = (*have)[i] ? -1 : word_at(name, l->a[i].id);
			if (w >= 0 && (first < 0 || w < first ||
				       (w == first && strlen(l->a[i].id) > strlen(owner->id))))
				first = w, owner = &l->a[i], at = i;
		}
		bool listed = false;
		size_t j;
		json_t *idv;
		json_array_foreach(l->listed, j, idv)
			listed = listed || word_at(name, json_string_value(idv)) >= 0;
		/* Another slice's, or a listed attendee's that -leavers leaves. */
		if (!owner && (listed || !l->first_slice))
			return;
		if (!owner) {
			json_array_append(l->unclaimed, o);
			return;
		}
	}
	if ((*have)[at])
		return; /* its state holds it: its destroy takes it */
	json_array_append_new(owner->left, json_pack("{s:O, s:s, s:O}", "type",
		json_object_get(o, "type"), "name", name, "workspace",
		ws ? json_object_get(o, "workspace") : json_null()));
}

int lab_find_left(struct lab *l, bool **have, char **why)
{
	json_t *doc = list_objects(l, why);
	if (!doc)
		return -1;
	json_t *list = json_incref(json_object_get(doc, "objects"));
	json_decref(l->not_listed);
	l->not_listed = json_incref(json_object_get(doc, "not_listed"));
	json_decref(doc);
	for (size_t i = 0; i < l->n; i++) {
		json_decref(l->a[i].left);
		l->a[i].left = json_array();
	}
	/* What the workspaces' states hold is theirs (their destroy takes it):
	 * every workspace of the stack, those lab down leaves alone too
	 * (-leavers, another slice). */
	json_t *held = json_object(), *names = json_array();
	char *path = NULL;
	struct backend *b = lab_open_ws(l, NULL, &path);
	int rc = b ? ws_list(b, path, names) : -1;
	if (b)
		b->ops->free(b);
	free(path);
	size_t k;
	json_t *name;
	json_array_foreach(names, k, name) {
		struct attendee who = { .id = (char *)json_string_value(name) };
		json_t *st = lab_load_state(l, &who);
		collect_strings(json_object_get(st, "resources"), held);
		json_decref(st);
	}
	json_decref(names);
	if (rc) {
		json_decref(held);
		json_decref(list);
		*why = xstrdup("the stack's workspaces could not be listed");
		return -1;
	}
	json_decref(l->unclaimed);
	l->unclaimed = json_array();
	/* Those found by tag first: they name the leavers whose workspace is
	 * gone, whose objects found by name are theirs too. */
	for (int pass = 0; pass < 2; pass++) {
		json_t *o;
		json_array_foreach(list, k, o)
			if (json_is_string(json_object_get(o, "workspace")) == (pass == 0))
				claim(l, have, held, o);
	}
	json_decref(held);
	json_decref(list);
	return 0;
}

char *lab_left_text(const json_t *left)
{
	struct strbuf sb = STRBUF_INIT;
	size_t i;
	json_t *o;
	json_array_foreach(left, i, o)
		strbuf_addf(&sb, "%s%s %s", i ? ", " : "",
			    json_string_value(json_object_get(o, "type")),
			    json_string_value(json_object_get(o, "name")));
	return strbuf_detach(&sb);
}
