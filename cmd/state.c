/*
 * state.c: `terrace state list`, `state show NAME`, `state pull` (the
 * state document on stdout) and `state push FILE` (replace the state, under
 * the lock, refusing an older serial or another lineage unless -force).
 */
#include "cmd/cli.h"
#include "plan/state.h"

#include <stdlib.h>
#include <string.h>

static const char *const state_options[] = {
	"stack", "state", "backend-config", "lock", "lock-timeout", "force", "json", "no-color",
	NULL,
};
static const struct cli_command state_cmd = {
	"state", "terrace state list | show NAME | pull | push FILE [options]",
	"List the resources in state, or show one with its attributes; pull prints the state\n"
	"document, push replaces it with FILE (refused for an older serial or another\n"
	"lineage unless -force).",
	state_options, 2,
};

static int state_pull(const struct cli_opts *o)
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

static int state_push(const struct cli_opts *o, const char *file)
{
	struct strbuf err = STRBUF_INIT;
	json_t *pushed = NULL;
	char *path = NULL;
	struct backend *b = ctx_backend_for(o, &path);
	json_t *current = NULL;
	int code = 1;
	double timeout = 0;
	if (!b)
		goto out;
	if (!(pushed = read_pushed(b, file)))
		goto out_backend;
	if (ctx_parse_duration(o->lock_timeout, &timeout)) {
		ui_error("-lock-timeout: \"%s\" is not a duration (examples: 0s, 30s, 2m)",
			 o->lock_timeout);
		goto out_backend;
	}
	if (o->lock && b->ops->lock(b, "state push", timeout, &err)) {
		ui_error("%s", err.buf);
		goto out_backend;
	}
	if (b->ops->load(b, &current, &err)) {
		ui_error("%s", err.buf);
		goto out_unlock;
	}
	if (push_allowed(pushed, current, o->force))
		goto out_unlock;
	/* The stored serial only moves forward, even for a forced push. */
	json_int_t cs = json_integer_value(json_object_get(current, "serial"));
	json_int_t ps = json_integer_value(json_object_get(pushed, "serial"));
	json_object_set_new(pushed, "serial", json_integer(ps > cs ? ps : cs));
	if (b->ops->save(b, pushed, &err)) {
		ui_error("%s", err.buf);
		goto out_unlock;
	}
	ui_printf(stdout, "Pushed %s: serial %lld.\n", file,
		  (long long)json_integer_value(json_object_get(pushed, "serial")));
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
	json_decref(pushed);
	free(path);
	return code;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int cmd_state(int argc, char **argv)
{
	struct cli_opts o;
	if (cli_parse(&state_cmd, argc, argv, &o))
		return 1;
	if (o.help || !o.n_positional) {
		cli_print_help(&state_cmd, o.help ? stdout : stderr);
		cli_opts_release(&o);
		return o.help ? 0 : 1;
	}
	const char *sub = o.positional[0];
	if (!strcmp(sub, "pull") || !strcmp(sub, "push")) {
		bool pull = !strcmp(sub, "pull");
		int code;
		if (o.n_positional != (pull ? 1 : 2))
			code = ui_error("usage: terrace state pull | terrace state push FILE");
		else
			code = pull ? state_pull(&o) : state_push(&o, o.positional[1]);
		cli_opts_release(&o);
		return code;
	}
	bool list = !strcmp(sub, "list");
	bool show = !strcmp(sub, "show");
	if ((!list && !show) || (show && o.n_positional != 2) || (list && o.n_positional != 1)) {
		ui_error("usage: terrace state list | terrace state show NAME");
		cli_opts_release(&o);
		return 1;
	}
	int code = 1;
	json_t *st = ctx_read_state(&o);
	if (!st)
		goto out;
	json_t *res = json_object_get(st, "resources");
	if (list) {
		size_t n = json_object_size(res), k = 0;
		const char **names = xcalloc(n + 1, sizeof(*names));
		const char *name;
		json_t *e;
		json_object_foreach(res, name, e)
			names[k++] = name;
		qsort(names, n, sizeof(*names), cmp_str);
		for (size_t i = 0; i < n; i++)
			ui_printf(stdout, "%s\n", names[i]);
		free(names);
		code = 0;
		goto out;
	}
	json_t *e = json_object_get(res, o.positional[1]);
	if (!e) {
		ui_error("no resource named \"%s\" in the state", o.positional[1]);
		goto out;
	}
	if (o.json) {
		json_t *j = json_pack("{s:s, s:O, s:O, s:o}", "address", o.positional[1],
				      "type", json_object_get(e, "type"), "id", json_object_get(e, "id"),
				      "values", render_state_values(e));
		ui_print_json(stdout, j);
		json_decref(j);
	} else {
		render_state_resource(o.positional[1], e, stdout);
	}
	code = 0;
out:
	json_decref(st);
	cli_opts_release(&o);
	return code;
}
