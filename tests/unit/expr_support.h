/*
 * expr_support.h: the scope the tests of ${...} (test_expr*.c) evaluate in
 * (include after cmocka.h). The resolver answers from a fixed scope: var.*
 * from `vars`, resources from `resources`; resource "pending" is not known
 * yet (value_unknown()), and var.password is sensitive. Resource "vault"
 * has two instances, "x" and "y" (vault[*] lists them), whose password
 * only is sensitive. setup and teardown make and free one per test;
 * test_pos and rename_for_test are the callbacks of collection and renaming.
 */
#ifndef TERRACE_TEST_EXPR_SUPPORT_H
#define TERRACE_TEST_EXPR_SUPPORT_H

#include <stdlib.h>
#include <string.h>

#include "provider/provider.h"
#include "stacks/expr.h"
#include "stacks/expr_path.h"

struct scope {
	json_t *vars;
	json_t *resources;
	json_t *loose; /* resource "loose": a missing path reads as null */
	int calls;
};

static inline int resolve(void *ctx, const struct expr_ref *ref, json_t **out,
			  json_t **sensitive, struct strbuf *err)
{
	struct scope *sc = ctx;
	const json_t *root;
	sc->calls++;
	if (!strcmp(ref->root, "var")) {
		root = sc->vars;
		if (ref->path && !strncmp(ref->path, "password", 8))
			*sensitive = json_true();
	} else if (!strcmp(ref->root, "pending")) {
		*out = value_unknown();
		return 0;
	} else if (!strcmp(ref->root, "vault") || !strcmp(ref->root, "vault[*]")) {
		/* as plan/eval.c gives a resource's instances: a map by key,
		 * or a list for the splat, each with its secret attribute */
		bool list = ref->root[5] == '[';
		*out = json_loads(list ? "[{\"name\": \"x-name\", \"password\": \"x-secret\"},"
					 " {\"name\": \"y-name\", \"password\": \"y-secret\"}]"
				       : "{\"x\": {\"name\": \"x-name\", \"password\": \"x-secret\"},"
					 " \"y\": {\"name\": \"y-name\", \"password\": \"y-secret\"}}",
				  0, NULL);
		*sensitive = json_loads(list ? "[{\"password\": true}, {\"password\": true}]"
					     : "{\"x\": {\"password\": true}, \"y\": {\"password\": true}}",
					0, NULL);
		return 0;
	} else if (!strcmp(ref->root, "loose")) {
		/* as plan/eval.c reads locals and resource attributes: a path
		 * that is not there is null */
		const json_t *v = expr_path_get(sc->loose, ref->path, err);
		strbuf_reset(err);
		*out = v ? json_deep_copy(v) : json_null();
		return 0;
	} else {
		root = json_object_get(sc->resources, ref->root);
		if (!root) {
			strbuf_addf(err, "unknown resource \"%s\"", ref->root);
			return -1;
		}
	}
	const json_t *v = expr_path_get(root, ref->path, err);
	if (!v)
		return -1;
	*out = json_deep_copy(v);
	return 0;
}

static inline struct scope *scope_new(void)
{
	struct scope *sc = calloc(1, sizeof(*sc));
	sc->vars = json_loads("{\"count\": 3, \"ratio\": 2.5, \"whole\": 3.0, \"flag\": true,"
			      " \"region\": \"eu-west-1\", \"password\": \"hunter2\","
			      " \"list\": [\"a\", \"b\"], \"nothing\": null,"
			      " \"map\": {\"a\": \"x\", \"n\": 1}}", 0, NULL);
	sc->resources = json_loads("{\"lake\": {\"name\": \"lake\", \"arn\": \"arn:aws:s3:::lake\","
				   " \"tags\": {\"env\": \"dev\"},"
				   " \"rules\": [{\"id\": \"r0\"}, {\"id\": \"r1\"}]}}", 0, NULL);
	sc->loose = json_loads("{\"tags\": {\"env\": \"dev\", \"none\": null},"
			       " \"rules\": [{\"id\": \"r0\"}], \"unset\": null,"
			       " \"later\": {\"$unknown\": true}}", 0, NULL);
	assert_non_null(sc->vars);
	assert_non_null(sc->resources);
	assert_non_null(sc->loose);
	return sc;
}

static inline int setup(void **state)
{
	*state = scope_new();
	return 0;
}

static inline int teardown(void **state)
{
	struct scope *sc = *state;
	json_decref(sc->vars);
	json_decref(sc->resources);
	json_decref(sc->loose);
	free(sc);
	return 0;
}

/* The position of every node: ctx. */
static inline const struct src_pos *test_pos(void *ctx, const json_t *node)
{
	(void)node;
	return ctx;
}

/* Renaming rewrites only the references the callback takes, in place. */
static inline int rename_for_test(void *ctx, const struct expr_ref *ref, struct strbuf *out,
				  struct strbuf *err)
{
	(void)ctx;
	if (!strcmp(ref->root, "boom")) {
		strbuf_addstr(err, "boom is refused");
		return -1;
	}
	if (!strcmp(ref->root, "var"))
		return 0;
	strbuf_addf(out, "module.m.%s%s%s", ref->root, ref->path ? "." : "",
		    ref->path ? ref->path : "");
	return 1;
}

#endif
