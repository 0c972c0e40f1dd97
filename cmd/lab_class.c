/*
 * lab_class.c: what the parts of `terrace lab` read of the class, below
 * them all (lab.c runs the subcommands; lab_board.c, lab_outputs.c and
 * lab_quotas.c show and check): the counts of how attendees ended, the last
 * line of an attendee's log, a workspace's backend and stored state, and a
 * client of the stack's aws provider.
 */
#include "cmd/lab.h"
#include "plan/eval.h"
#include "plan/state.h"

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The last non-empty line of file (at most 200 bytes of it), or "". */
char *lab_last_line(const char *file)
{
	char buf[1024];
	int fd = open(file, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return xstrdup("");
	off_t size = lseek(fd, 0, SEEK_END);
	off_t from = size > (off_t)sizeof(buf) - 1 ? size - (off_t)sizeof(buf) + 1 : 0;
	ssize_t n = pread(fd, buf, sizeof(buf) - 1, from);
	close(fd);
	if (n <= 0)
		return xstrdup("");
	buf[n] = '\0';
	while (n > 0 && (buf[n - 1] == '\n' || buf[n - 1] == ' '))
		buf[--n] = '\0';
	char *start = strrchr(buf, '\n');
	start = start ? start + 1 : buf;
	return xstrndup(start, strnlen(start, 200));
}

/* How many attendees ended each way. */
struct lab_counts lab_count(const struct lab *l)
{
	struct lab_counts c = { { 0 } };
	for (size_t i = 0; i < l->n; i++)
		c.n[l->a[i].outcome]++;
	return c;
}

/* The backend of workspace ws (NULL: the stack's, to list them) and its
 * state's path in *state_path. */
struct backend *lab_open_ws(struct lab *l, const char *ws, char **state_path)
{
	return ctx_open_backend(l->o, l->stack->backend, l->stack->name, l->path, ws, state_path,
				NULL);
}

/* An attendee's stored state, or NULL (after printing why). */
json_t *lab_load_state(struct lab *l, const struct attendee *a)
{
	char *path = NULL;
	struct strbuf err = STRBUF_INIT;
	struct backend *b = lab_open_ws(l, a->id, &path);
	json_t *st = NULL;
	if (b && b->ops->load(b, &st, &err))
		ui_error("%s: %s", a->id, err.buf);
	if (b)
		b->ops->free(b);
	free(path);
	strbuf_release(&err);
	return st;
}

/* A client of the stack's (first) aws provider, its configuration
 * evaluated with the lab's variables and the first attendee's (the id and
 * the list's columns), in *client (close it with
 * provider_type_find("aws")->close): 0; 1 when the stack has no aws
 * provider; -1 after printing an error. */
int lab_aws_client(struct lab *l, void **client)
{
	const struct provider_type *pt = provider_type_find("aws");
	const struct attendee *first = &l->a[0];
	*client = NULL;
	struct cli_setup o = *l->o;
	size_t given = o.vars.n;
	const char **vars = xcalloc(o.vars.n + 2 + json_object_size(first->vars), sizeof(*vars));
	if (o.vars.n)
		memcpy(vars, o.vars.items, o.vars.n * sizeof(*vars));
	vars[o.vars.n++] = xasprintf("%s=%s", l->attendee_var, first->id);
	const char *k;
	json_t *v;
	json_object_foreach(first->vars, k, v) {
		char *text = json_is_string(v) ? xstrdup(json_string_value(v))
					       : json_dumps(v, JSON_ENCODE_ANY);
		vars[o.vars.n++] = xasprintf("%s=%s", k, text);
		free(text);
	}
	o.vars.items = vars;
	o.stack_path = l->path;
	struct cli_context cx = { 0 };
	struct diags d = DIAGS_INIT;
	int rc = 1;
	if (ctx_load_stack_deployed(&cx, &o, &d)) {
		ui_diags(&d);
		rc = -1;
		goto out;
	}
	const char *name;
	json_t *p;
	json_object_foreach(json_object_get(cx.snapshot, "providers"), name, p) {
		if (strcmp(json_string_value(json_object_get(p, "type")), "aws"))
			continue;
		struct eval_scope sc = { cx.snapshot, eval_no_resources, NULL };
		struct strbuf err = STRBUF_INIT;
		json_t *config = eval_value(&sc, json_object_get(p, "config"), NULL, &err);
		rc = config && pt->configure(config, client, &err) == 0 ? 0 : -1;
		if (rc)
			ui_error("provider %s: %s", name, err.buf);
		json_decref(config);
		strbuf_release(&err);
		break;
	}
out:
	diags_free(&d);
	ctx_release(&cx);
	for (size_t i = given; i < o.vars.n; i++)
		free((char *)vars[i]);
	free(vars);
	return rc;
}

