/*
 * test_stacks_lookups.c: a stack's lookups through expansion: per module
 * instance, with count and for_each, a count made of a lookup's result
 * (read at plan before what it counts is expanded), and a module as a
 * value. The rest of the stack model is test_stacks.c's.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>
#include "stacks/stack.h"
#include "stacks/expand.h"
#include "stacks/expr.h"
#include "plan/eval.h"
#include "plan/plan.h"
#include "provider/base/strbuf.h"
#include "stacks/yaml.h"
#include "tmpdir_support.h"
#include "tests/unit/stacks_support.h"

/* A count or for_each made of a lookup (through a local too) awaits it:
 * no instance, its entry in the snapshot's "awaiting" (what, where, which
 * lookups), and what refers to one of its instances is no error yet;
 * expanded again with the lookups read, it has its instances and awaits
 * nothing; with nothing read, it still awaits. A snapshot without such a
 * count has no "awaiting" at all. */
/* What test_count_of_lookups' lookups read: ctx, an object of their
 * results by address (a lookup it lacks is not read yet). */
static const json_t *zones_read(void *ctx, const char *name, const json_t **sens, bool *exists)
{
	(void)sens;
	*exists = true;
	return json_object_get(ctx, name);
}

static void test_count_of_lookups(void **state)
{
	(void)state;
	const char *text =
		"stack: counted\n"
		"data:\n"
		"  zones: {type: aws.availability_zones}\n"
		"  subs: {type: aws.ec2.subnets, vpc_id: vpc-1}\n"
		"locals:\n"
		"  names: ${data.zones.names}\n"
		"resources:\n"
		"  web: {type: aws.s3.bucket, count: '${length(local.names)}', name: 'w-${count.index}'}\n"
		"  sub: {type: aws.s3.bucket, for_each: '${toset(data.subs.ids)}', name: '${each.key}'}\n"
		"  other: {type: aws.s3.bucket, name: other, tags: {w: '${web[0].name}'}}\n";
	char path[] = "/tmp/terrace-counted-XXXXXX.yaml";
	int fd = mkstemps(path, 5);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
	struct stack *s = load_ok(path);
	json_t *snap = snapshot_ok(s);
	assert_true(snapshot_awaits_lookups(snap));
	json_t *web = json_object_get(json_object_get(snap, "awaiting"), "web");
	assert_string_equal(json_string_value(json_object_get(web, "meta")), "count");
	assert_string_equal(json_string_value(json_object_get(web, "what")), "resource \"web\"");
	assert_string_equal(json_string_value(json_array_get(json_object_get(web, "lookups"), 0)),
			    "data.zones");
	char *at = xasprintf("%s:8:37", path);
	assert_string_equal(json_string_value(json_object_get(web, "at")), at);
	free(at);
	json_t *sub = json_object_get(json_object_get(snap, "awaiting"), "sub");
	assert_string_equal(json_string_value(json_object_get(sub, "meta")), "for_each");
	assert_int_equal(json_object_size(json_object_get(snap, "resources")), 1);

	struct diags d = DIAGS_INIT;
	json_t *none = json_object();
	json_t *read = json_pack("{s:{s:[s,s,s]}, s:{s:[s]}}", "data.zones", "names", "za", "zb",
				 "zc", "data.subs", "ids", "subnet-1");
	assert_int_equal(snapshot_expand_again(snap, s, zones_read, none, &d), 0);
	assert_true(snapshot_awaits_lookups(snap));
	assert_int_equal(snapshot_expand_again(snap, s, zones_read, read, &d), 0);
	json_decref(none);
	json_decref(read);
	assert_int_equal(d.n, 0);
	assert_false(snapshot_awaits_lookups(snap));
	assert_null(json_object_get(snap, "awaiting"));
	json_t *res = json_object_get(snap, "resources");
	assert_int_equal(json_object_size(res), 5);
	assert_non_null(json_object_get(res, "web[2]"));
	assert_null(json_object_get(res, "web[3]"));
	assert_non_null(json_object_get(res, "sub[\"subnet-1\"]"));
	json_t *deps = json_object_get(json_object_get(res, "other"), "dependencies");
	assert_string_equal(json_string_value(json_array_get(deps, 0)), "web[0]");
	json_decref(snap);
	stack_free(s);
	unlink(path);

	s = load_ok(FIX "module_lookups/root.yaml");
	snap = snapshot_ok(s);
	assert_null(json_object_get(snap, "awaiting"));
	json_decref(snap);
	stack_free(s);
}

/* A module's lookups: one per instance of the module, at the module's
 * address, with the instance's inputs; a module inside a module too; what
 * uses one depends on that instance's lookup alone. */
static void test_lookups_in_modules(void **state)
{
	(void)state;
	struct stack *s = load_ok(FIX "module_lookups/root.yaml");
	json_t *snap = snapshot_ok(s);
	json_t *data = json_object_get(snap, "data");
	const char *const lookups[] = {
		"module.outer.module.inner.data.me", "module.outer.module.inner.data.vpc",
		"module.team[\"a\"].data.me", "module.team[\"a\"].data.vpc",
		"module.team[\"b\"].data.me", "module.team[\"b\"].data.vpc",
	};
	assert_int_equal(json_object_size(data), 6);
	for (size_t i = 0; i < 6; i++) {
		assert_non_null(json_object_get(data, lookups[i]));
		assert_true(address_is_lookup(lookups[i]));
	}
	json_t *vpc_b = json_object_get(data, "module.team[\"b\"].data.vpc");
	assert_string_equal(json_string_value(json_object_get(json_object_get(json_object_get(vpc_b,
			    "config"), "tags"), "Team")),
			    "${local[\"module.team[\\\"b\\\"].var.team\"]}");
	assert_string_equal(json_string_value(json_object_get(vpc_b, "at")),
			    FIX "module_lookups/acct/main.yaml:5:3");
	json_t *res = json_object_get(snap, "resources");
	json_t *bucket_b = json_object_get(res, "module.team[\"b\"].bucket");
	assert_string_equal(json_string_value(json_object_get(json_object_get(bucket_b, "config"),
			    "name")), "${local[\"module.team[\\\"b\\\"].var.team\"]}-"
			    "${module.team[\"b\"].data.me.account_id}");
	char *text = json_dumps(json_object_get(bucket_b, "dependencies"), JSON_COMPACT);
	assert_string_equal(text, "[\"module.team[\\\"b\\\"].data.me\","
			    "\"module.team[\\\"b\\\"].data.vpc\"]");
	free(text);
	/* Through the module's output, the caller uses instance a's lookup. */
	text = json_dumps(json_object_get(json_object_get(res, "index"), "dependencies"),
			  JSON_COMPACT);
	assert_string_equal(text, "[\"module.team[\\\"a\\\"].data.me\"]");
	free(text);
	json_decref(snap);
	stack_free(s);

	/* The expanded reference's root is the lookup's address. */
	json_t *v = json_string("${module.team[\"a\"].data.me.account_id}");
	struct expr_refs refs = { NULL, 0, 0 };
	struct diags d = DIAGS_INIT;
	assert_int_equal(expr_collect_refs(v, NULL, NULL, &refs, &d), 0);
	diags_free(&d);
	assert_int_equal(refs.n, 1);
	assert_string_equal(refs.items[0].root, "module.team[\"a\"].data.me");
	assert_string_equal(refs.items[0].path, "account_id");
	expr_refs_free(&refs);
	json_decref(v);

	/* Addresses: a lookup's module part; a module or resource named data
	 * is no lookup. */
	char *mod;
	json_t *index;
	address_parts("module.team[\"a.b\"].data.me", &mod, &index);
	assert_string_equal(mod, "module.team[\"a.b\"]");
	assert_null(index);
	free(mod);
	address_parts("data.me", &mod, &index);
	assert_null(mod);
	char *name = address_name("module.m.data.me");
	assert_string_equal(name, "me");
	free(name);
	assert_true(address_is_lookup("data.me"));
	assert_false(address_is_lookup("module.data.me"));
	assert_false(address_is_lookup("module.x.module.data.me"));
	assert_true(address_is_lookup("module.amodule.data.me"));
	assert_false(address_is_lookup("module.m.data"));
	assert_false(address_is_lookup("metadata.x"));
	assert_false(address_is_lookup("bucket"));
}

/* A lookup with count or for_each: one per instance (data.vpc[0],
 * data.team["a"]), each.key its own; a splat depends on every instance,
 * and the template keeps its count so a reference to all of none is []. */
static void test_lookup_instances(void **state)
{
	(void)state;
	char dir[] = "/tmp/terrace-lookupcount-XXXXXX";
	assert_non_null(mkdtemp(dir));
	put_file(dir, "stack.yaml", "stack: s\nvariables:\n  find: {default: false}\n"
		 "providers:\n  aws: {region: us-east-1}\n"
		 "data:\n  vpc: {type: aws.ec2.vpc, count: \"${var.find ? 1 : 0}\"}\n"
		 "  team: {type: aws.ec2.vpc, for_each: [a, b], tags: {Team: \"${each.key}\"}}\n"
		 "resources:\n  b:\n    type: aws.s3.bucket\n    name: bucket-one\n"
		 "    tags: {all: '${join(\",\", data.team[*].id)}', b: '${data.team[\"b\"].id}'}\n");
	struct stack *s = folder_ok(dir, false, NULL);
	const struct stack_lookup *l = stack_find_lookup(s, "data.team[\"a\"]");
	assert_non_null(l);
	assert_string_equal(l->name, "team");
	assert_non_null(l->for_each);
	assert_null(json_object_get(l->config, "for_each"));
	json_t *snap = snapshot_ok(s);
	json_t *data = json_object_get(snap, "data");
	assert_int_equal(json_object_size(data), 2);
	json_t *a = json_object_get(data, "data.team[\"a\"]");
	assert_string_equal(json_string_value(json_object_get(json_object_get(json_object_get(a,
			    "config"), "tags"), "Team")), "${local[\"data.team[\\\"a\\\"].each.key\"]}");
	assert_true(address_is_lookup("data.team[\"a\"]"));
	assert_non_null(json_object_get(json_object_get(snap, "locals"), "data.vpc.count"));
	char *text = json_dumps(json_object_get(json_object_get(json_object_get(snap, "resources"),
			       "b"), "dependencies"), JSON_COMPACT);
	assert_string_equal(text, "[\"data.team[\\\"a\\\"]\",\"data.team[\\\"b\\\"]\"]");
	free(text);
	json_decref(snap);
	stack_free(s);
	remove_tree(dir);
}

/* The value of the root stack's output `name` in snapshot snap (nothing
 * of a resource known), as JSON text (the caller frees). */
static char *output_text(const json_t *snap, const char *name)
{
	struct eval_scope sc = { snap, eval_no_resources, NULL, NULL };
	struct strbuf err = STRBUF_INIT;
	const json_t *o = json_object_get(json_object_get(snap, "outputs"), name);
	json_t *v = eval_value(&sc, json_object_get(o, "value"), NULL, &err);
	if (!v)
		print_error("output %s: %s\n", name, err.buf);
	assert_non_null(v);
	char *text = json_dumps(v, JSON_COMPACT | JSON_SORT_KEYS | JSON_ENCODE_ANY);
	json_decref(v);
	strbuf_release(&err);
	return text;
}

/* module.NAME as a value: an object of its outputs; with for_each a map of
 * them by key, with count a list (none: [] ); usable in for expressions,
 * by one instance's key (module.many["a"]), by [*], and in try. */
static void test_module_as_value(void **state)
{
	(void)state;
	char dir[] = "/tmp/terrace-modvalue-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char *mdir = xasprintf("%s/m", dir);
	assert_int_equal(mkdir(mdir, 0700), 0);
	put_file(mdir, "main.yaml", "variables:\n  n: {type: string}\n"
		 "outputs:\n  name: \"${var.n}\"\n  upper: \"${upper(var.n)}\"\n");
	put_file(dir, "stack.yaml", "stack: s\nproviders:\n  aws: {region: us-east-1}\n"
		 "modules:\n  one: {source: ./m, n: solo}\n"
		 "  many: {source: ./m, for_each: [a, \"$${b}\"], n: \"x-${each.key}\"}\n"
		 "  cnt: {source: ./m, count: 2, n: \"c${count.index}\"}\n"
		 "  none: {source: ./m, count: 0, n: z}\n"
		 "outputs:\n  a: \"${module.one}\"\n"
		 "  b: \"${[for k, m in module.many : \\\"${k}=${m.upper}\\\"]}\"\n"
		 "  c: \"${[for m in module.cnt : m.name]}\"\n"
		 "  e: '${module.many[\"a\"]}'\n"
		 "  f: \"${module.none}\"\n"
		 "  g: '${try(module.none[0].name, \"fallback\")}'\n"
		 "  h: \"${module.cnt[*].upper}\"\n");
	struct stack *s = folder_ok(dir, false, NULL);
	json_t *snap = snapshot_ok(s);
	static const char *const want[][2] = {
		{ "a", "{\"name\":\"solo\",\"upper\":\"SOLO\"}" },
		{ "b", "[\"${b}=X-${B}\",\"a=X-A\"]" },
		{ "c", "[\"c0\",\"c1\"]" },
		{ "e", "{\"name\":\"x-a\",\"upper\":\"X-A\"}" },
		{ "f", "[]" },
		{ "g", "\"fallback\"" },
		{ "h", "[\"C0\",\"C1\"]" },
	};
	for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
		char *text = output_text(snap, want[i][0]);
		assert_string_equal(text, want[i][1]);
		free(text);
	}
	json_decref(snap);
	stack_free(s);
	free(mdir);
	remove_tree(dir);

	/* A console line renamed as the root stack is: to the same locals. */
	struct strbuf err = STRBUF_INIT;
	json_t *line = json_string("${[module.one.name, module.many[\"a\"], path.module]}");
	json_t *renamed = expand_root_expression(line, &err);
	assert_non_null(renamed);
	assert_string_equal(json_string_value(renamed),
			    "${[local[\"module.one.output.name\"], local[\"module.many[\\\"a\\\"]\"], "
			    "local[\"path.module\"]]}");
	json_decref(renamed);
	json_decref(line);
	line = json_string("${each.key}");
	assert_null(expand_root_expression(line, &err));
	assert_string_equal(err.buf, "each.key is not known here");
	json_decref(line);
	strbuf_release(&err);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lookups_in_modules),
		cmocka_unit_test(test_lookup_instances),
		cmocka_unit_test(test_module_as_value),
		cmocka_unit_test(test_count_of_lookups),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
