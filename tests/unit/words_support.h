/*
 * words_support.h: what the tests of the words rows (test_words_*.c) share;
 * include after cmocka.h. A case is a row's refused resource and its
 * passing twin; words_check_cases drives each through the provider's
 * constraints (the message names the attribute, quotes AWS's words and
 * names the document; the twin passes), words_check_written a written
 * rule's (its message begins with the path at fault and holds AWS's
 * words), words_check_every_row_has_a_case
 * holds that every words row of a file's services has its case there
 * (but a row that crosses a reference: test_words_crossing.c's);
 * words_across_stack and words_says read what the checks across the stack
 * say of a stack.
 */
#ifndef TERRACE_TEST_WORDS_SUPPORT_H
#define TERRACE_TEST_WORDS_SUPPORT_H

#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "provider/aws/checks/checks.h"
#include "provider/aws/checks/rules.h"
#include "provider/provider.h"
#include "tests/unit/json_support.h"

/* Text of 10, 100 and 1,000 characters, for a length's edge. */
#define X10 "xxxxxxxxxx"
#define X100 X10 X10 X10 X10 X10 X10 X10 X10 X10 X10
#define X1000 X100 X100 X100 X100 X100 X100 X100 X100 X100 X100

/* A row's refused resource and its passing twin (each with the object it
 * updates: NULL, a create). */
struct words_case {
	const char *id, *type, *attr;
	const char *refused, *refused_prior;
	const char *passing, *passing_prior;
};

static inline const struct aws_check_row *words_row_named(const char *id)
{
	for (const struct aws_check_row *c = aws_rules_next(NULL); c; c = aws_rules_next(c))
		if (c->kind == 'w' && !strcmp(c->id, id))
			return c;
	return NULL;
}

/* aws_constraints_check of `type` on `attrs` updating `prior` (NULL: a create). */
static inline int words_judge(const char *type, const char *attrs, const char *prior,
			      const char **attr, struct strbuf *err)
{
	json_t *a = js(attrs), *p = prior ? js(prior) : NULL;
	int rc = aws_constraints_check(type, a, NULL, p, attr, err);

	json_decref(a);
	json_decref(p);
	return rc;
}

/* The paths a row's conditions read, from the resource: those of its SET
 * and UNSET conditions into `set`, every other's into `other` (an EACH's
 * and a SOME's list as "list[]."; a path "/x" from within an element is
 * the resource's x). WAS reads the object's values now: not the request's. */
static inline void words_paths(const struct aws_cond *c, const char *prefix, json_t *set,
			       json_t *other)
{
	for (; c && c->op != AWS_COND_END; c++) {
		char path[512];
		if (c->op == AWS_COND_WAS)
			continue;
		if (c->attr)
			snprintf(path, sizeof(path), "%s%s", c->attr[0] == '/' ? "" : prefix,
				 c->attr + (c->attr[0] == '/'));
		if (c->op == AWS_COND_EACH || c->op == AWS_COND_SOME) {
			struct strbuf inner = STRBUF_INIT;
			strbuf_addf(&inner, "%s[].", path);
			json_array_append_new(other, json_string(path));
			words_paths(c->sub_when, inner.buf, set, other);
			words_paths(c->sub, inner.buf, set, other);
			strbuf_release(&inner);
			continue;
		}
		if (c->op == AWS_COND_ANY_OF || c->op == AWS_COND_EXACTLY_ONE_OF) {
			words_paths(c->sub, prefix, set, other);
			continue;
		}
		if (c->attr)
			json_array_append_new(c->op == AWS_COND_SET || c->op == AWS_COND_UNSET ? set
												: other,
					      json_string(path));
		if (c->other) {
			snprintf(path, sizeof(path), "%s%s", c->other[0] == '/' ? "" : prefix,
				 c->other + (c->other[0] == '/'));
			json_array_append_new(other, json_string(path));
		}
	}
}

/* Whether two paths touch: one is the other, or holds it. */
static inline bool words_paths_touch(const char *a, const char *b)
{
	size_t n = strlen(a), m = strlen(b), k = n < m ? n : m;
	return !strncmp(a, b, k) && (n == m || (n > m ? strchr(".[", a[k]) : strchr(".[", b[k])));
}

/* Each value at `path` ("list[].x": in each element) of v made what plan
 * gives for another resource's id or ARN, known only after apply and set
 * for certain ({"$unknown": "set"}); how many were. */
static inline size_t words_made_unknown(json_t *v, const char *path)
{
	const char *each = strstr(path, "[]");
	char head[512];
	size_t n = each ? (size_t)(each - path) : strlen(path), count = 0;

	snprintf(head, sizeof(head), "%.*s", (int)n, path);
	json_t *at = v;
	char *save = NULL, *part = strtok_r(head, ".", &save);
	char last[128] = "";
	json_t *parent = NULL;
	for (; part && at; part = strtok_r(NULL, ".", &save)) {
		parent = at;
		snprintf(last, sizeof(last), "%s", part);
		at = json_is_object(at) ? json_object_get(at, part) : NULL;
	}
	if (!at || json_is_null(at))
		return 0;
	if (!each) {
		json_object_set_new(parent, last, value_unknown_set());
		return 1;
	}
	size_t i;
	json_t *e;
	json_array_foreach(at, i, e)
		count += each[2] == '.' ? words_made_unknown(e, each + 3) : 0;
	return count;
}

/* The row still refuses its case when each attribute one of its SET or
 * UNSET conditions reads (and no other of its conditions does) is a
 * reference to another resource's id or ARN: that it is set is known at
 * plan though its value is not (issue 87's value model). */
static inline void words_check_through_reference(const struct words_case *k,
						 const struct aws_check_row *row)
{
	json_t *set = json_array(), *other = json_array();
	size_t i, j;
	json_t *p, *q;

	words_paths(row->when, "", set, other);
	words_paths(row->then, "", set, other);
	json_array_foreach(set, i, p) {
		bool alone = true;
		json_array_foreach(other, j, q)
			alone &= !words_paths_touch(json_string_value(p), json_string_value(q));
		json_array_foreach(set, j, q) /* a block whose members it reads */
			alone &= !strcmp(json_string_value(p), json_string_value(q)) ||
				 !words_paths_touch(json_string_value(p), json_string_value(q));
		json_t *a = js(k->refused);
		if (!alone || !words_made_unknown(a, json_string_value(p))) {
			json_decref(a);
			continue;
		}
		char *text = json_dumps(a, JSON_COMPACT);
		json_t *prior = k->refused_prior ? js(k->refused_prior) : NULL;
		struct strbuf err = STRBUF_INIT;
		int rc = aws_constraints_check(k->type, a, NULL, prior, NULL, &err);
		if (!rc || !strstr(err.buf, row->words))
			fail_msg("%s: with %s a reference set for certain, %s: %s", k->id,
				 json_string_value(p), rc ? "refused for another reason"
							  : "accepted", text);
		strbuf_release(&err);
		free(text);
		json_decref(prior);
		json_decref(a);
	}
	json_decref(set);
	json_decref(other);
}

/* ---- each case as a stack, its values arriving each way ---- */

enum words_way { WAY_LITERAL, WAY_VARIABLE, WAY_LOCAL, WAY_MODULE, WAY_ELEMENT, N_WAYS };
static const char *const words_way_names[N_WAYS] = {
	"a literal", "a variable", "a local", "a module input",
	"a list's elements as variables (the rest variables)",
};

/* Value v as YAML (JSON is YAML) on one line. */
static inline void words_put_json(FILE *f, const json_t *v)
{
	char *text = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
	fputs(text, f);
	free(text);
}

/* Case i's resource in way w, into f (root: the stack file; mod: the
 * module's, WAY_MODULE), its variables and locals into vars and locals. */
static inline void words_put_case(FILE *f, FILE *vars, FILE *locals, const char *dir, size_t i,
				  const struct words_case *k, const json_t *attrs, enum words_way w)
{
	const char *a;
	json_t *v;

	if (w == WAY_MODULE) {
		char path[512];
		snprintf(path, sizeof(path), "%s/m%zu", dir, i);
		mkdir(path, 0700);
		strncat(path, "/stack.yaml", sizeof(path) - strlen(path) - 1);
		FILE *m = fopen(path, "w");
		fprintf(m, "variables:\n");
		json_object_foreach((json_t *)attrs, a, v)
			fprintf(m, "  in_%s: {type: any}\n", a);
		fprintf(m, "resources:\n  case_%zu_x:\n    type: %s\n", i, k->type);
		json_object_foreach((json_t *)attrs, a, v)
			fprintf(m, "    %s: \"${var.in_%s}\"\n", a, a);
		fclose(m);
		fprintf(f, "  m%zu:\n    source: ./m%zu\n", i, i);
		json_object_foreach((json_t *)attrs, a, v) {
			fprintf(f, "    in_%s: ", a); /* not a module call's own source */
			words_put_json(f, v);
			fputc('\n', f);
		}
		return;
	}
	fprintf(f, "  case_%zu_x:\n    type: %s\n", i, k->type);
	json_object_foreach((json_t *)attrs, a, v) {
		fprintf(f, "    %s: ", a);
		bool elements = w == WAY_ELEMENT && json_is_array(v) && json_array_size(v);
		if (w == WAY_VARIABLE || w == WAY_LOCAL || (w == WAY_ELEMENT && !elements)) {
			FILE *to = w == WAY_LOCAL ? locals : vars;
			fprintf(f, "\"${%s.c%zu_%s}\"", w == WAY_LOCAL ? "local" : "var", i, a);
			fprintf(to, "c%zu_%s: ", i, a);
			words_put_json(to, v);
			fputc('\n', to);
		} else if (elements) {
			size_t e;
			json_t *x;
			fputc('[', f);
			json_array_foreach(v, e, x) {
				fprintf(f, "%s\"${var.c%zu_%s_%zu}\"", e ? ", " : "", i, a, e);
				fprintf(vars, "c%zu_%s_%zu: ", i, a, e);
				words_put_json(vars, x);
				fputc('\n', vars);
			}
			fputc(']', f);
		} else {
			words_put_json(f, v);
		}
		fputc('\n', f);
	}
}

/* A case's attributes as a stack can write them: without those a
 * resource's own keys take (type, provider, ...: an awscc type names such
 * a property otherwise, customer_gateway_type), which the cases hold as
 * filler the rows do not read. */
static inline json_t *words_stack_attrs(const char *text)
{
	static const char *const meta[] = { "type", "provider", "depends_on", "lifecycle",
					    "for_each", "count" };
	json_t *attrs = js(text);
	for (size_t m = 0; json_is_object(attrs) && m < sizeof(meta) / sizeof(*meta); m++)
		json_object_del(attrs, meta[m]);
	return attrs;
}

/* Whether attrs has a list of at least one element. */
static inline bool words_has_list(const json_t *attrs)
{
	const char *a;
	json_t *v;
	json_object_foreach((json_t *)attrs, a, v)
		if (json_is_array(v) && json_array_size(v))
			return true;
	return false;
}

/* `terrace validate`'s entry (cmd/cli.h, whose stacks/stack.h a test of
 * its own stacks would clash with). */
int cmd_validate(int argc, char **argv);

/* validate -json -var of the stack in dir, run in this process: its
 * output (free it), with every case's resource named case_I_x. */
static inline char *words_validate(const char *dir)
{
	char out[512];
	char values[512];
	char *argv[] = { "-json", "-var-file", values, "-stack", (char *)dir, NULL };
	int saved_out = dup(1), saved_err = dup(2), fd;

	snprintf(out, sizeof(out), "%s/validate.json", dir);
	snprintf(values, sizeof(values), "%s/values.yaml", dir);
	fflush(stdout);
	fflush(stderr);
	fd = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	dup2(fd, 1);
	dup2(fd, 2);
	close(fd);
	cmd_validate(5, argv);
	fflush(stdout);
	fflush(stderr);
	dup2(saved_out, 1);
	dup2(saved_err, 2);
	close(saved_out);
	close(saved_err);
	json_t *doc = json_load_file(out, 0, NULL);
	char *text = json_dumps(json_object_get(doc, "diagnostics"), JSON_COMPACT);
	json_decref(doc);
	return text ? text : strdup("");
}

/* Whether validate's diagnostics say case i was refused for row's words. */
static inline bool words_refused_in(const char *diags, size_t i, const struct aws_check_row *row)
{
	char quoted[64], plain[64]; /* as written: resource "N"; as evaluated: resource N: */
	json_t *list = json_loads(diags, 0, NULL), *d;
	size_t j;
	bool found = false;

	snprintf(quoted, sizeof(quoted), "case_%zu_x\"", i);
	snprintf(plain, sizeof(plain), "case_%zu_x:", i);
	json_array_foreach(list, j, d) {
		const char *summary = json_string_value(json_object_get(d, "summary"));
		found |= summary && (strstr(summary, quoted) || strstr(summary, plain)) &&
			 strstr(summary, row->words) &&
			 !strcmp(json_string_value(json_object_get(d, "severity")), "error");
	}
	json_decref(list);
	return found;
}

/* One stack in dir of the cases `in` marks, their values arriving way w,
 * validated: each case it refuses for its row's words marked in refused. */
static inline void words_validate_way(const char *dir, const struct words_case *cases, size_t n,
				      const bool *in, enum words_way w, bool *refused)
{
	char path[512], *diags;
	char *rbuf = NULL, *vbuf = NULL, *lbuf = NULL;
	size_t rlen = 0, vlen = 0, llen = 0;
	FILE *res = open_memstream(&rbuf, &rlen), *vars = open_memstream(&vbuf, &vlen);
	FILE *locals = open_memstream(&lbuf, &llen), *f;

	fprintf(vars, "go: 1\n");
	for (size_t i = 0; i < n; i++) {
		json_t *attrs = in[i] ? words_stack_attrs(cases[i].refused) : NULL;
		if (attrs)
			words_put_case(res, vars, locals, dir, i, &cases[i], attrs, w);
		json_decref(attrs);
	}
	fclose(res);
	fclose(vars);
	fclose(locals);
	snprintf(path, sizeof(path), "%s/stack.yaml", dir);
	f = fopen(path, "w");
	/* a module's calls are modules:, the rest resources: */
	fprintf(f, "stack: words-ways\n%s\n%s", w == WAY_MODULE ? "modules:" : "resources:", rbuf);
	/* each variable declared, its value given (-var-file: validate takes
	 * no default) */
	fprintf(f, "variables:\n");
	for (char *line = vbuf, *end; line && *line; line = end ? end + 1 : NULL) {
		end = strchr(line, '\n');
		fprintf(f, "  %.*s {type: any}\n", (int)(strchr(line, ':') - line + 1), line);
	}
	if (llen) {
		fprintf(f, "locals:\n");
		for (char *line = lbuf, *end; line && *line; line = end ? end + 1 : NULL) {
			end = strchr(line, '\n');
			fprintf(f, "  %.*s\n", end ? (int)(end - line) : (int)strlen(line), line);
		}
	}
	fclose(f);
	snprintf(path, sizeof(path), "%s/values.yaml", dir);
	f = fopen(path, "w");
	fputs(vbuf, f);
	fclose(f);
	free(rbuf);
	free(vbuf);
	free(lbuf);
	diags = words_validate(dir);
	{ /* kept beside it, for a failure's reader: way-W.stack.txt and .json */
		char from[600], to[600];
		snprintf(from, sizeof(from), "%s/stack.yaml", dir);
		snprintf(to, sizeof(to), "%s/way-%d.stack.txt", dir, (int)w);
		rename(from, to);
		snprintf(to, sizeof(to), "%s/way-%d.json", dir, (int)w);
		f = fopen(to, "w");
		fputs(diags, f);
		fclose(f);
	}
	for (size_t i = 0; i < n; i++) {
		const struct aws_check_row *row = in[i] ? words_row_named(cases[i].id) : NULL;
		refused[i] = row && words_refused_in(diags, i, row);
	}
	free(diags);
}

/* A row refuses its case whichever way its values arrive (issue 87 point
 * 1): each case of a create, its attributes written as a literal, as
 * variables, as locals, as a module's inputs and, a list's, element by
 * element as variables (the rest as variables), validated with the values
 * given (`terrace validate -var-file`, which evaluates them as plan does);
 * the cases the literal stack refuses for their rows' words (not those
 * whose rows read the provider's region or other resources, or whose
 * values hold ${...}) are refused so in every other way too. validate
 * judges the values given only of a stack whose written values passed, so
 * each way's stack is validated again without the cases it refused, until
 * a round refuses none. */
static inline void words_check_ways(const struct words_case *cases, size_t n)
{
	const char *tmp = getenv("TMPDIR");
	char tmpl[512];
	snprintf(tmpl, sizeof(tmpl), "%s/words-ways-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	char *dir = mkdtemp(tmpl);
	bool *literal = calloc(n + 1, sizeof(bool)), *in = calloc(n + 1, sizeof(bool));
	bool *refused = calloc(n + 1, sizeof(bool)), *listed = calloc(n + 1, sizeof(bool));
	size_t judged = 0, candidates = 0;
	struct strbuf failed = STRBUF_INIT;

	assert_non_null(dir);
	for (size_t i = 0; i < n; i++) {
		json_t *attrs = cases[i].refused_prior || strstr(cases[i].refused, "${")
					? NULL : words_stack_attrs(cases[i].refused);
		literal[i] = json_is_object(attrs); /* a candidate, until the literal way */
		candidates += literal[i];
		listed[i] = literal[i] && words_has_list(attrs);
		json_decref(attrs);
	}
	for (int w = WAY_LITERAL; w < N_WAYS; w++) {
		bool *got = calloc(n + 1, sizeof(bool)), more = true;
		for (size_t i = 0; i < n; i++)
			in[i] = literal[i] && (w != WAY_ELEMENT || listed[i]);
		for (int round = 0; more && round < 8; round++) {
			more = false;
			words_validate_way(dir, cases, n, in, (enum words_way)w, refused);
			for (size_t i = 0; i < n; i++)
				if (refused[i]) {
					got[i] = more = true;
					in[i] = false;
				}
		}
		for (size_t i = 0; i < n; i++) {
			if (w == WAY_LITERAL) {
				literal[i] = got[i];
				judged += got[i];
			} else if (literal[i] && !got[i] && (w != WAY_ELEMENT || listed[i])) {
				strbuf_addf(&failed, "%s: refused as a literal, not as %s\n",
					    cases[i].id, words_way_names[w]);
			}
		}
		free(got);
	}
	print_message("words ways: %zu of %zu cases refused as a literal stack, and as %d other "
		      "ways\n", judged, n, N_WAYS - 1);
	/* most cases of a create are judged so: a stack that broke would leave
	 * few (an update's case, or one holding ${...}, is none of them) */
	if (judged * 10 < candidates * 7)
		strbuf_addf(&failed, "only %zu of %zu cases of a create refused as a literal stack\n",
			    judged, candidates);
	free(literal);
	free(in);
	free(refused);
	free(listed);
	if (!failed.len) {
		char cmd[600];
		snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
		if (system(cmd) != 0)
			strbuf_addf(&failed, "could not remove %s\n", dir);
	}
	if (failed.len) {
		print_error("%s(the stacks are kept in %s)\n", failed.buf, dir);
		strbuf_release(&failed);
		fail();
	}
}

/* Each row refuses its case naming the attribute, AWS's words and the
 * document, also with what it asks is set given by a reference
 * (words_check_through_reference); its twin passes. */
static inline void words_check_cases(const struct words_case *cases, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const struct words_case *k = &cases[i];
		const struct aws_check_row *row = words_row_named(k->id);
		struct strbuf err = STRBUF_INIT, want = STRBUF_INIT;
		const char *attr = NULL;

		if (!row)
			fail_msg("%s: no words row has this id", k->id);
		if (!words_judge(k->type, k->refused, k->refused_prior, &attr, &err))
			fail_msg("%s: accepted %s", k->id, k->refused);
		strbuf_addf(&want, "%s: ", k->attr);
		if (strncmp(err.buf, want.buf, want.len))
			fail_msg("%s: message \"%s\" does not begin with \"%s\"", k->id, err.buf,
				 want.buf);
		strbuf_reset(&want);
		strbuf_addf(&want, "AWS says \"%s\" (%s)", row->words, row->source);
		if (!strstr(err.buf, want.buf))
			fail_msg("%s: message \"%s\" lacks \"%s\"", k->id, err.buf, want.buf);
		if (!attr || strcmp(attr, k->attr))
			fail_msg("%s: the attribute at fault is %s, not %s", k->id,
				 attr ? attr : "(none)", k->attr);
		strbuf_reset(&err);
		if (words_judge(k->type, k->passing, k->passing_prior, NULL, &err))
			fail_msg("%s: refused its twin %s: %s", k->id, k->passing, err.buf);
		words_check_through_reference(k, row);
		strbuf_release(&err);
		strbuf_release(&want);
	}
	words_check_ways(cases, n);
}

/* Whether a condition (nested ones too) crosses a reference ("->"). */
static inline bool words_crosses(const struct aws_cond *c)
{
	for (; c && c->op != AWS_COND_END; c++)
		if ((c->attr && strstr(c->attr, "->")) || (c->other && strstr(c->other, "->")) ||
		    words_crosses(c->sub) || words_crosses(c->sub_when))
			return true;
	return false;
}

/* Every words row whose id begins with one of `services` (NULL-ended,
 * "ecs." ...) has its case among `cases`, which test file `file` holds. */
static inline void words_check_every_row_has_a_case(const struct words_case *cases, size_t n,
						    const char *const *services,
						    const char *file)
{
	for (const struct aws_check_row *c = aws_rules_next(NULL); c; c = aws_rules_next(c)) {
		bool ours = false, tested = false;

		if (c->kind != 'w' || words_crosses(c->when) || words_crosses(c->then))
			continue; /* test_words_crossing.c's */
		for (size_t s = 0; services[s]; s++)
			ours |= !strncmp(c->id, services[s], strlen(services[s]));
		for (size_t i = 0; i < n; i++)
			tested |= !strcmp(cases[i].id, c->id);
		if (ours && !tested)
			fail_msg("words row %s has no case in %s", c->id, file);
	}
}

/* A written rule's refused resource of type `type`, whose message begins
 * `at` and holds `words`, and its passing twin. */
struct words_written_case {
	const char *type, *refused, *at, *words, *passing;
};

static inline void words_check_written(const struct words_written_case *cases, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		struct strbuf err = STRBUF_INIT;
		const char *attr = NULL;

		if (!words_judge(cases[i].type, cases[i].refused, NULL, &attr, &err))
			fail_msg("written case %zu: accepted %s", i, cases[i].refused);
		if (strncmp(err.buf, cases[i].at, strlen(cases[i].at)) ||
		    !strstr(err.buf, cases[i].words))
			fail_msg("written case %zu: message \"%s\"", i, err.buf);
		strbuf_reset(&err);
		if (words_judge(cases[i].type, cases[i].passing, NULL, &attr, &err))
			fail_msg("written case %zu: refused its twin: %s", i, err.buf);
		strbuf_release(&err);
	}
}

/* What the checks across the stack (aws_check_resources) say of the
 * resources of `text` (NAME: {type, ...}), each made by `client` (NULL:
 * none, as at validate): "INDEX ATTR: MESSAGE" lines. */
static inline void words_collect(void *ctx, const struct check_finding *f)
{
	json_t **out = ctx;
	char line[1024];

	snprintf(line, sizeof(line), "%zu %s: %s", f->which, f->attr ? f->attr : "", f->message);
	json_array_append_new(*out, json_string(line));
}

static inline json_t *words_across_stack(const char *text, void *client)
{
	json_t *doc = js(text), *out = json_array(), *r;
	struct written_resource rs[8];
	const char *name;
	size_t n = 0;

	json_object_foreach(doc, name, r) {
		assert_true(n < sizeof(rs) / sizeof(*rs));
		const char *type = json_string_value(json_object_get(r, "type"));
		rs[n++] = (struct written_resource){
			.name = name, .provider = "aws", .config = r, .creating = true,
			.type = type, .rtype = resource_type_find(type, NULL), .client = client };
	}
	aws_check_resources(rs, n, words_collect, &out);
	json_decref(doc);
	return out;
}

/* Whether one of the lines of `found` holds `text`; found is freed. */
static inline bool words_says(json_t *found, const char *text)
{
	bool yes = false;
	const json_t *line;
	size_t i;

	json_array_foreach(found, i, line)
		yes |= strstr(json_string_value(line), text) != NULL;
	json_decref(found);
	return yes;
}

#endif
