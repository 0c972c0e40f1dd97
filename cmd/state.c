/*
 * state.c: `terrace state list`, `state show NAME...`, `state pull` (the
 * state document on stdout), `state push FILE` (replace the state, refusing
 * an older serial or another lineage unless -force), `state mv SRC DST` and
 * `state rm ADDRESS...` (rename or forget entries, as after moving a
 * resource into a module; nothing in the infrastructure changes). The
 * changing ones run under the state lock, through update_state().
 */
#include "cmd/cli.h"
#include "plan/state.h"
#include "stacks/expand.h"

#include <stdlib.h>
#include <string.h>

static const struct cli_command state_cmd = {
	"state", "terrace state list | show NAME... | pull | push FILE | mv SRC DST | rm ADDRESS... [options]",
	"List the resources in state, or show each one named with its attributes (-json: a\n"
	"document each, in the order named); pull prints the state\n"
	"document, push replaces it with FILE (refused for an older serial or another\n"
	"lineage unless -force); mv renames an entry (or every entry of a module or of a\n"
	"resource's instances), rm forgets entries without touching the infrastructure.",
	1 << 20, "list show pull push mv rm",
};

static int state_pull(const struct cli_setup *o)
{
	json_t *st = ctx_read_state(o);
	if (!st)
		return 1;
	char *text = json_dumps(st, JSON_INDENT(2) | JSON_SORT_KEYS);
	fputs(text, stdout); /* the document itself: hashes, never raw secrets */
	fputc('\n', stdout);
	free(text);
	json_decref(st);
	return 0;
}

/* Whether `pushed` may replace `current`; -1 after printing why not. */
static int push_allowed(const json_t *pushed, const json_t *current, bool force)
{
	const char *pl = json_string_value(json_object_get(pushed, "lineage"));
	const char *cl = json_string_value(json_object_get(current, "lineage"));
	json_int_t ps = json_integer_value(json_object_get(pushed, "serial"));
	json_int_t cs = json_integer_value(json_object_get(current, "serial"));
	bool current_empty = cs == 0 && !json_object_size(json_object_get(current, "resources"));
	if (force || current_empty)
		return 0;
	if (strcmp(pl, cl))
		return ui_error("state push: the file's lineage %s differs from the stored "
				"state's %s (a different state); -force to replace it anyway", pl, cl),
		       -1;
	if (ps < cs)
		return ui_error("state push: the file's serial %lld is older than the stored "
				"state's %lld; -force to replace it anyway", (long long)ps,
				(long long)cs),
		       -1;
	return 0;
}

/* FILE as a state document (sealed or not: opened with b's keys); NULL
 * after printing why. */
static json_t *read_pushed(struct backend *b, const char *file)
{
	struct strbuf text = STRBUF_INIT, err = STRBUF_INIT;
	json_t *pushed = NULL;
	json_error_t jerr;
	int rc = encrypt_read_file(&b->keys, file, &text, &err);
	if (rc == 1)
		ui_error("%s: no such file", file);
	else if (rc < 0)
		ui_error("%s", err.buf);
	else if (!(pushed = json_loadb(text.buf, text.len, JSON_REJECT_DUPLICATES, &jerr)))
		ui_error("%s:%d:%d: not valid JSON: %s", file, jerr.line, jerr.column, jerr.text);
	else if (state_validate(pushed, &err)) {
		ui_error("%s: %s", file, err.buf);
		json_decref(pushed);
		pushed = NULL;
	}
	strbuf_release(&text);
	strbuf_release(&err);
	return pushed;
}

/* change(ctx, state): alter the loaded state in place; 0 to save it, -1
 * after printing why not (nothing is saved). */
typedef int (*state_change_fn)(void *ctx, json_t *state, const struct cli_setup *o);

/*
 * Load the stored state under the lock (operation names it to others), let
 * change alter it, save it (the backend bumps the serial), release the lock
 * on every path. b is the backend to use, or NULL for the stack's. Returns
 * the exit code.
 */
static int update_state(const struct cli_setup *o, const char *operation, struct backend *b,
			state_change_fn change, void *ctx)
{
	struct strbuf err = STRBUF_INIT;
	char *path = NULL;
	json_t *current = NULL;
	int code = 1;
	double timeout = 0;
	if (!b && !(b = ctx_backend_for(o, &path)))
		goto out;
	if (ctx_parse_duration(o->lock_timeout, &timeout)) {
		ui_error("-lock-timeout: \"%s\" is not a duration (examples: 0s, 30s, 2m)",
			 o->lock_timeout);
		goto out_backend;
	}
	if (o->lock && b->ops->lock(b, operation, timeout, &err)) {
		ui_error("%s", err.buf);
		goto out_backend;
	}
	if (b->ops->load(b, &current, &err)) {
		ui_error("%s", err.buf);
		goto out_unlock;
	}
	if (change(ctx, current, o))
		goto out_unlock;
	if (b->ops->save(b, current, &err)) {
		ui_error("%s", err.buf);
		goto out_unlock;
	}
	code = 0;
out_unlock:
	strbuf_reset(&err);
	if (o->lock && b->ops->unlock(b, &err) && code == 0) {
		ui_error("releasing the state lock: %s", err.buf);
		code = 1;
	}
out_backend:
	b->ops->free(b);
out:
	strbuf_release(&err);
	json_decref(current);
	free(path);
	return code;
}

struct push {
	const char *file;
	json_t *pushed;
	bool force;        /* -force: even an older serial or another lineage */
};

static int push_change(void *ctx, json_t *current, const struct cli_setup *o)
{
	(void)o;
	struct push *p = ctx;
	if (push_allowed(p->pushed, current, p->force))
		return -1;
	/* The stored serial only moves forward, even for a forced push. */
	json_int_t cs = json_integer_value(json_object_get(current, "serial"));
	json_int_t ps = json_integer_value(json_object_get(p->pushed, "serial"));
	json_object_clear(current);
	json_object_update(current, p->pushed);
	json_object_set_new(current, "serial", json_integer(ps > cs ? ps : cs));
	ui_printf(stdout, "Pushed %s: serial %lld.\n", p->file, (long long)(ps > cs ? ps : cs) + 1);
	return 0;
}

static int state_push(const struct cli_setup *o, const char *file, bool force)
{
	char *path = NULL;
	struct backend *b = ctx_backend_for(o, &path);
	int code = 1;
	if (!b)
		goto out;
	struct push p = { file, read_pushed(b, file), force };
	if (!p.pushed) {
		b->ops->free(b);
		goto out;
	}
	code = update_state(o, "state push", b, push_change, &p);
	json_decref(p.pushed);
out:
	free(path);
	return code;
}

struct move {
	const char *src, *dst;
};

static int mv_change(void *ctx, json_t *state, const struct cli_setup *o)
{
	(void)o;
	const struct move *m = ctx;
	struct strbuf err = STRBUF_INIT;
	json_t *log = json_array();
	int n = state_move(state, m->src, m->dst, log, &err);
	if (n < 0)
		ui_error("state mv: %s", err.buf);
	else if (n == 0)
		ui_error("state mv: nothing in the state at \"%s\" (see terrace state list)", m->src);
	size_t i;
	json_t *pair;
	json_array_foreach(log, i, pair)
		ui_printf(stdout, "Move \"%s\" to \"%s\"\n", json_string_value(json_array_get(pair, 0)),
			  json_string_value(json_array_get(pair, 1)));
	if (n > 0)
		ui_printf(stdout, "Successfully moved %d object(s).\n", n);
	json_decref(log);
	strbuf_release(&err);
	return n > 0 ? 0 : -1;
}

struct removal {
	const char *const *addresses;
	size_t n;
};

static int rm_change(void *ctx, json_t *state, const struct cli_setup *o)
{
	(void)o;
	const struct removal *r = ctx;
	json_t *res = json_object_get(state, "resources");
	/* Every address must hold something before anything is removed. */
	for (size_t a = 0; a < r->n; a++) {
		bool found = false;
		const char *name;
		json_t *e;
		json_object_foreach(res, name, e)
			if (address_within(name, r->addresses[a]))
				found = true;
		if (!found)
			return ui_error("state rm: nothing in the state at \"%s\"; nothing was removed",
					r->addresses[a]), -1;
	}
	json_t *gone = json_array();
	for (size_t a = 0; a < r->n; a++)
		state_forget(state, r->addresses[a], gone);
	size_t i;
	json_t *name;
	json_array_foreach(gone, i, name)
		ui_printf(stdout, "Removed %s\n", json_string_value(name));
	ui_printf(stdout, "Successfully removed %zu resource instance(s). The objects still exist; "
		  "terrace no longer manages them.\n", json_array_size(gone));
	json_decref(gone);
	return 0;
}

int cmd_state(int argc, char **argv)
{
	struct cli_setup o;
	bool force = false;
	const struct cli_option options[] = {
		OPT_SETUP(SETUP_STACK | SETUP_STATE | SETUP_BACKEND_CONFIG | SETUP_LOCK | SETUP_JSON |
			  SETUP_NO_COLOR | SETUP_ENV),
		OPT_BOOL("force", "state push: replace even an older serial or another lineage",
			 &force),
		OPT_END(),
	};
	enum cli_parsed parsed = cli_parse(&state_cmd, options, argc, argv, &o);
	if (parsed != CLI_RUN)
		return CLI_EXIT_CODE(parsed);
	if (!o.n_positional) {
		cli_print_help(&state_cmd, options, stderr);
		cli_setup_release(&o);
		return 1;
	}
	const char *sub = o.positional[0];
	if (!strcmp(sub, "mv") || !strcmp(sub, "rm")) {
		int code;
		if (!strcmp(sub, "mv") && o.n_positional == 3) {
			struct move m = { o.positional[1], o.positional[2] };
			code = update_state(&o, "state mv", NULL, mv_change, &m);
		} else if (!strcmp(sub, "rm") && o.n_positional >= 2) {
			struct removal r = { o.positional + 1, (size_t)o.n_positional - 1 };
			code = update_state(&o, "state rm", NULL, rm_change, &r);
		} else {
			code = ui_error("usage: terrace state mv SRC DST | terrace state rm ADDRESS...");
		}
		cli_setup_release(&o);
		return code;
	}
	if (!strcmp(sub, "pull") || !strcmp(sub, "push")) {
		bool pull = !strcmp(sub, "pull");
		int code;
		if (o.n_positional != (pull ? 1 : 2))
			code = ui_error("usage: terrace state pull | terrace state push FILE");
		else
			code = pull ? state_pull(&o) : state_push(&o, o.positional[1], force);
		cli_setup_release(&o);
		return code;
	}
	bool list = !strcmp(sub, "list");
	bool show = !strcmp(sub, "show");
	if ((!list && !show) || (show && o.n_positional < 2) || (list && o.n_positional != 1)) {
		ui_error("usage: terrace state list | terrace state show NAME...");
		cli_setup_release(&o);
		return 1;
	}
	int code = 1;
	json_t *st = ctx_read_state(&o);
	if (!st)
		goto out;
	json_t *res = json_object_get(st, "resources");
	if (list) {
		size_t n;
		const char **names = value_sorted_keys(res, &n);
		for (size_t i = 0; i < n; i++)
			ui_printf(stdout, "%s\n", names[i]);
		free(names);
		code = 0;
		goto out;
	}
	/* Every name first: an unknown one shows nothing. */
	for (int i = 1; i < o.n_positional; i++)
		if (!json_object_get(res, o.positional[i])) {
			ui_error("no resource named \"%s\" in the state", o.positional[i]);
			goto out;
		}
	for (int i = 1; i < o.n_positional; i++) {
		const char *name = o.positional[i];
		json_t *e = json_object_get(res, name);
		if (o.json) {
			json_t *j = json_pack("{s:s, s:O, s:O, s:o}", "address", name,
					      "type", json_object_get(e, "type"), "id",
					      json_object_get(e, "id"), "values", render_state_values(e));
			if (json_is_true(json_object_get(e, "unconfirmed")))
				json_object_set_new(j, "unconfirmed", json_true());
			ui_print_json(stdout, j);
			json_decref(j);
		} else {
			if (i > 1)
				ui_printf(stdout, "\n");
			render_state_resource(name, e, stdout);
		}
	}
	code = 0;
out:
	json_decref(st);
	cli_setup_release(&o);
	return code;
}
