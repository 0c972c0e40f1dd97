/*
 * test_stacks.c: the stack language as a specification: YAML in (fixtures
 * under tests/unit/fixtures/stacks/, or inline text), the loaded model or
 * the exact diagnostics ("FILE:LINE:COL: error: ...") out; then variable
 * values and their precedence, and what one for_each instance holds in the
 * snapshot. Validation runs against the real registry and the real
 * aws.s3.bucket schema.
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


/* ---- loading ------------------------------------------------------------- */

static void test_folder_merges_files_and_skips_var_files(void **state)
{
	(void)state;
	/* lake/ holds main.yaml, storage.yaml and dev.vars.yaml; the variable
	 * file would be an error ("unknown top-level key") if it were read. */
	struct stack *s = load_ok(FIX "lake");
	assert_string_equal(s->name, "lake");
	assert_string_equal(s->path, FIX "lake");
	assert_string_equal(s->dir, FIX "lake");
	assert_int_equal(s->n_vars, 2);
	assert_int_equal(s->n_resources, 2);
	assert_int_equal(s->n_outputs, 2);

	const struct stack_variable *region = stack_find_variable(s, "region");
	assert_non_null(region);
	assert_string_equal(region->type, "string"); /* from its default */
	assert_string_equal(region->description, "where the buckets live");
	assert_string_equal(json_string_value(region->default_value), "eu-west-1");
	assert_string_equal(region->pos.file, FIX "lake/main.yaml");
	assert_int_equal(region->pos.line, 6);

	const struct stack_resource *raw = stack_find_resource(s, "raw");
	assert_non_null(raw);
	assert_string_equal(raw->type, "aws.s3.bucket");
	assert_non_null(raw->rtype);
	assert_string_equal(raw->provider, "minio");
	assert_string_equal(raw->pos.file, FIX "lake/storage.yaml");
	assert_int_equal(raw->pos.line, 2);
	assert_int_equal(raw->pos.col, 3);
	/* Attributes as written; type and provider are not attributes. */
	assert_null(json_object_get(raw->config, "type"));
	assert_null(json_object_get(raw->config, "provider"));
	assert_string_equal(json_string_value(json_object_get(raw->config, "name")),
			    "raw-${var.env}");
	assert_true(json_is_true(json_object_get(raw->config, "versioning")));

	const struct stack_resource *curated = stack_find_resource(s, "curated");
	assert_string_equal(curated->provider, "aws"); /* default: the provider type */
	assert_true(curated->prevent_destroy);
	assert_int_equal(curated->n_ignore_changes, 1);
	assert_string_equal(curated->ignore_changes[0], "tags");
	assert_int_equal(curated->n_depends_on, 1);
	assert_string_equal(curated->depends_on[0], "raw");
	assert_null(json_object_get(curated->config, "lifecycle"));
	assert_null(json_object_get(curated->config, "depends_on"));

	/* Positions of values and keys inside the kept trees. */
	json_t *rules = json_object_get(curated->config, "lifecycle_rules");
	const struct src_pos *pos = stack_pos_of(s, json_object_get(json_array_get(rules, 0), "id"));
	assert_int_equal(pos->line, 22);
	assert_int_equal(pos->col, 13);
	pos = stack_key_pos(s, curated->config, "policy");
	assert_int_equal(pos->line, 16);
	assert_int_equal(pos->col, 5);

	/* minio is defined; "aws" is the implicit empty configuration. */
	assert_int_equal(s->n_providers, 2);
	const struct stack_provider *minio = stack_find_provider(s, "minio");
	assert_string_equal(minio->type, "aws");
	assert_non_null(minio->ptype);
	assert_null(json_object_get(minio->config, "type"));
	assert_true(json_is_true(json_object_get(minio->config, "path_style")));
	const struct stack_provider *aws = stack_find_provider(s, "aws");
	assert_non_null(aws);
	assert_int_equal(json_object_size(aws->config), 0);
	assert_int_equal(aws->pos.line, 0);

	/* Outputs: the short form and the long form. */
	assert_string_equal(s->outputs[0].name, "raw_arn");
	assert_string_equal(json_string_value(s->outputs[0].value), "${raw.arn}");
	assert_null(s->outputs[0].description);
	assert_string_equal(s->outputs[1].name, "curated_name");
	assert_string_equal(json_string_value(s->outputs[1].value), "${curated.name}");
	assert_string_equal(s->outputs[1].description, "the curated bucket");
	assert_false(s->outputs[1].sensitive);
	stack_free(s);
}

static void test_stack_name_defaults_to_the_file_name(void **state)
{
	(void)state;
	struct stack *s = load_ok(FIX "unnamed.yaml");
	assert_string_equal(s->name, "unnamed");
	assert_string_equal(s->dir, "tests/unit/fixtures/stacks");
	stack_free(s);
}

static void test_stack_name_defaults_to_the_folder_name(void **state)
{
	(void)state;
	struct stack *s = load_ok(FIX "orders/");
	assert_string_equal(s->name, "orders");
	assert_int_equal(s->n_resources, 1); /* *.yml counts too */
	stack_free(s);
}

static void test_dependencies_come_from_references_and_depends_on(void **state)
{
	(void)state;
	struct stack *s = load_ok(FIX "lake");
	size_t n = 99;
	const char **deps = stack_resource_deps(s, stack_find_resource(s, "curated"), &n);
	/* ${raw.arn} and depends_on: [raw] count once. */
	assert_int_equal(n, 1);
	assert_string_equal(deps[0], "raw");
	assert_null(deps[1]);
	free(deps);
	deps = stack_resource_deps(s, stack_find_resource(s, "raw"), &n);
	assert_int_equal(n, 0);
	assert_null(deps[0]);
	free(deps);
	stack_free(s);
}

static void test_name_defined_in_two_files(void **state)
{
	(void)state;
	assert_load_fails(FIX "dup",
			  FIX "dup/b.yaml:5:3: error: resource \"lake\" is defined twice\n"
			  "  first defined at " FIX "dup/a.yaml:3:3\n");
}

static void test_unknown_top_level_key(void **state)
{
	(void)state;
	assert_load_fails(FIX "unknown_top.yaml",
			  FIX "unknown_top.yaml:2:1: error: unknown top-level key \"resource\"\n"
			  "  did you mean \"resources\"?\n");
}

static void test_missing_file(void **state)
{
	(void)state;
	assert_load_fails(FIX "nope.yaml",
			  "error: cannot read " FIX "nope.yaml: No such file or directory\n");
}

/* What finds the state: the top level is checked as by stack_load, the
 * sections are not built or validated. */
static void test_settings_load_checks_only_the_top_level(void **state)
{
	(void)state;
	struct diags d = DIAGS_INIT;
	struct stack *s = NULL;
	assert_int_equal(stack_load_settings(FIX "bad_type.yaml", &s, &d), 0);
	assert_int_equal(d.n, 0);
	assert_string_equal(s->name, "bad_type");
	assert_null(s->backend);
	assert_int_equal(s->n_resources, 0);
	stack_free(s);

	/* A definition is not even read: a key twice in one is not seen. */
	const char *text = "stack: lake\nbackend: {type: local, path: x.json}\n"
			   "resources:\n  l: {type: aws.s3.buckt, type: x, &a n: *b}\n";
	char path[] = "/tmp/terrace-settings-XXXXXX.yaml";
	int fd = mkstemps(path, 5);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
	assert_int_equal(stack_load_settings(path, &s, &d), 0);
	assert_string_equal(s->name, "lake");
	assert_string_equal(json_string_value(json_object_get(s->backend, "path")), "x.json");
	stack_free(s);
	unlink(path);
	diags_free(&d);

	/* Errors of the top level still name file:line:col, a name defined
	 * in two files included. */
	s = (struct stack *)1;
	assert_int_equal(stack_load_settings(FIX "dup", &s, &d), -1);
	assert_null(s);
	assert_diags(&d, FIX "dup/b.yaml:5:3: error: resource \"lake\" is defined twice\n"
		     "  first defined at " FIX "dup/a.yaml:3:3\n");
	diags_free(&d);
	s = (struct stack *)1;
	assert_int_equal(stack_load_settings(FIX "unknown_top.yaml", &s, &d), -1);
	assert_null(s);
	assert_diags(&d, FIX "unknown_top.yaml:2:1: error: unknown top-level key \"resource\"\n"
		     "  did you mean \"resources\"?\n");
	diags_free(&d);
	s = (struct stack *)1;
	assert_int_equal(stack_load_settings(FIX "syntax_error.yaml", &s, &d), -1);
	assert_null(s);
	assert_true(d.n > 0);
	diags_free(&d);
}

/* ---- which files are a stack ---------------------------------------------- */

/* Loading dir (settings alone, or all of it, with var_files) fails with
 * exactly this text, where every "@" stands for dir. */
static void assert_folder_fails(const char *dir, bool settings_only, const char *const *var_files,
				const char *expected)
{
	struct strbuf want = STRBUF_INIT;
	for (const char *c = expected; *c; c++) {
		if (*c == '@')
			strbuf_addstr(&want, dir);
		else
			strbuf_addch(&want, *c);
	}
	struct diags d = DIAGS_INIT;
	struct stack *s = (struct stack *)1;
	int rc = settings_only ? stack_load_settings_except(dir, var_files, &s, &d)
			       : stack_load_except(dir, var_files, &s, &d);
	assert_int_equal(rc, -1);
	assert_null(s);
	assert_diags(&d, want.buf);
	strbuf_release(&want);
	diags_free(&d);
}

/* The settings read stops at the depth stack_load and validate allow, at
 * the same place: a sequence 2,000 deep in a section it does not read
 * (libyaml's time grows with the square of the depth: 100,000 took 14.6 s
 * when the read went to its end, issue 47). */
static void test_settings_load_stops_at_the_depth_limit(void **state)
{
	(void)state;
	struct strbuf text = STRBUF_INIT;
	strbuf_addstr(&text, "stack: bad\nresources: ");
	for (int i = 0; i < 2000; i++)
		strbuf_addch(&text, '[');
	strbuf_addch(&text, '\n');
	char path[] = "/tmp/terrace-deep-XXXXXX.yaml";
	int fd = mkstemps(path, 5);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, text.buf, text.len), (ssize_t)text.len);
	close(fd);
	struct diags d = DIAGS_INIT;
	struct stack *s = NULL;
	char *expect = xasprintf("%s:2:268: error: nesting deeper than 256 levels\n", path);
	assert_int_equal(stack_load_settings(path, &s, &d), -1);
	assert_diags(&d, expect);
	diags_free(&d);
	assert_int_equal(stack_load(path, &s, &d), -1);
	assert_diags(&d, expect);
	diags_free(&d);
	free(expect);
	unlink(path);
	strbuf_release(&text);
}

/*
 * A folder's variable files are never read as stack files: *.vars.yaml /
 * *.vars.yml by name, the -var-file files, and a file with none of a stack
 * file's keys whose keys are all variables the stack declares. A file with
 * other unknown keys is reported ("is this a variable file?") by the full
 * read, and skipped by the read of the settings, which only finds the state.
 */
static void test_which_files_are_a_stack(void **state)
{
	(void)state;
	char dir[] = "/tmp/terrace-stackfiles-XXXXXX";
	assert_non_null(mkdtemp(dir));
	put_file(dir, "stack.yaml", "stack: s\nvariables:\n  prefix: {type: string}\n"
		 "  size: {type: number, default: 1}\n");
	/* Only variables: at its top level: a stack file all the same. */
	put_file(dir, "more.yaml", "variables:\n  extra: {default: x}\n");
	put_file(dir, "empty.yaml", "");
	put_file(dir, "dev.yaml", "prefix: acme\nsize: 3\n");
	put_file(dir, "prod.vars.yml", "prefix: prod\nnot_a_variable: 1\n");
	put_file(dir, "terrace.vars.yaml", "anything: at all\n");
	for (int settings_only = 0; settings_only < 2; settings_only++) {
		struct stack *s = folder_ok(dir, settings_only, NULL);
		assert_string_equal(s->name, "s");
		if (!settings_only) {
			assert_int_equal(s->n_vars, 3);
			assert_non_null(stack_find_variable(s, "extra"));
			/* Not read for values: a variable it sets still has
			 * none, and the message names the file. */
			json_t *values = NULL;
			struct diags d = DIAGS_INIT;
			assert_int_equal(stack_resolve_variables(s, NULL, &values, &d), -1);
			char *want = xasprintf(
				"%s/stack.yaml:3:3: error: variable \"prefix\" has no value: set it with "
				"-var prefix=..., a -var-file, or TERRACE_VAR_prefix\n"
				"  %s/dev.yaml sets it, but a variable file is read only when given: "
				"-var-file=%s/dev.yaml\n", dir, dir, dir);
			assert_diags(&d, want);
			free(want);
			diags_free(&d);
		}
		stack_free(s);
	}

	/* Keys that are no variable of the stack: a variable file of some
	 * other stack, or a stack file gone wrong; the full read says so at
	 * the first such key, the read of the settings goes on without it. */
	put_file(dir, "other.yaml", "prefix: acme\nregion: eu-west-1\n");
	put_file(dir, "lost.yaml", "resource:\n  b: {type: aws.s3.bucket}\n");
	put_file(dir, "typo.yaml", "prefx: acme\n");
	assert_folder_fails(dir, false, NULL,
		"@/lost.yaml:1:1: error: unknown top-level key \"resource\"\n"
		"  did you mean \"resources\"? (is this a variable file? pass it with -var-file or "
		"name it *.vars.yaml)\n"
		"@/other.yaml:2:1: error: unknown top-level key \"region\"\n"
		"  is this a variable file? pass it with -var-file or name it *.vars.yaml (the stack "
		"declares no variable \"region\")\n"
		"@/typo.yaml:1:1: error: unknown top-level key \"prefx\"\n"
		"  is this a variable file? pass it with -var-file or name it *.vars.yaml (the stack "
		"declares no variable \"prefx\"; did you mean \"prefix\"?)\n");
	struct stack *s = folder_ok(dir, true, NULL);
	assert_string_equal(s->name, "s");
	stack_free(s);
	/* Given to -var-file (by any path to the same file): never read. */
	char *other = xasprintf("%s/../%s/other.yaml", dir, strrchr(dir, '/') + 1);
	char *lost = xasprintf("%s/lost.yaml", dir);
	char *typo = xasprintf("%s/typo.yaml", dir);
	const char *var_files[] = { other, lost, typo, NULL };
	s = folder_ok(dir, false, var_files);
	assert_int_equal(s->n_resources, 0);
	stack_free(s);
	free(other);
	free(lost);
	free(typo);

	/* A stack file's unknown key that is a variable: where its value goes. */
	char *path = xasprintf("%s/other.yaml", dir);
	unlink(path);
	free(path);
	path = xasprintf("%s/typo.yaml", dir);
	unlink(path);
	free(path);
	put_file(dir, "lost.yaml", "outputs: {}\nprefix: acme\n");
	for (int settings_only = 0; settings_only < 2; settings_only++)
		assert_folder_fails(dir, settings_only, NULL,
			"@/lost.yaml:2:1: error: unknown top-level key \"prefix\"\n"
			"  \"prefix\" is a variable of the stack: its value goes in a variable file "
			"(-var-file, or a file named *.vars.yaml) or in its default\n");

	/* A broken file is no variable file: both reads stop at it. */
	put_file(dir, "lost.yaml", "prefix: [acme\n");
	for (int settings_only = 0; settings_only < 2; settings_only++) {
		struct diags d = DIAGS_INIT;
		s = (struct stack *)1;
		assert_int_equal(settings_only ? stack_load_settings(dir, &s, &d)
					       : stack_load(dir, &s, &d), -1);
		assert_null(s);
		char *text = render(&d);
		char *want = xasprintf("%s/lost.yaml:2:1: error: ", dir);
		assert_true(!strncmp(text, want, strlen(want)));
		free(want);
		free(text);
		diags_free(&d);
	}
	remove_tree(dir);

	/* Variable files alone are no stack. */
	assert_non_null(mkdtemp(strcpy(dir, "/tmp/terrace-stackfiles-XXXXXX")));
	put_file(dir, "dev.yaml", "prefix: acme\n");
	assert_folder_fails(dir, true, NULL,
		"error: no stack files in @\n"
		"  its *.yaml / *.yml files have none of a stack file's top-level keys: variable "
		"files, not a stack\n");
	assert_folder_fails(dir, false, NULL,
		"@/dev.yaml:1:1: error: unknown top-level key \"prefix\"\n"
		"  is this a variable file? pass it with -var-file or name it *.vars.yaml (the stack "
		"declares no variable \"prefix\")\n");
	remove_tree(dir);
}

/* What is no regular file is refused before a byte is read, named for what
 * it is (provider/base/input_file.c): a FIFO as the stack, a stack file or
 * a -var-file waited for a writer forever; in a folder, a FIFO, a symbolic
 * link loop or a link to nothing of a stack file's name was left out
 * without a word ("no stack files"), with whatever it was meant to hold. A
 * folder of stack folders names them. */
static void test_what_is_no_regular_file(void **state)
{
	(void)state;
	char dir[] = "/tmp/terrace-irregular-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char *fifo = xasprintf("%s/pipe.yaml", dir);
	assert_int_equal(mkfifo(fifo, 0600), 0);
	char *want = xasprintf("error: cannot read %s: a FIFO (named pipe), not a regular file: it "
			       "would be read only while something writes it\n", fifo);
	assert_load_fails(fifo, want);
	assert_folder_fails(dir, false, NULL,
		"error: cannot read @/pipe.yaml: a FIFO (named pipe), not a regular file: it would "
		"be read only while something writes it\n");
	put_file(dir, "stack.yaml", "stack: s\n");
	const char *var_files[] = { fifo, NULL };
	struct stack *s = folder_ok(dir, false, var_files); /* a -var-file: never a stack file */
	json_t *values = NULL;
	struct diags d = DIAGS_INIT;
	struct var_inputs in = { var_files, 1, NULL, 0, true };
	assert_int_equal(stack_resolve_variables(s, &in, &values, &d), -1);
	assert_diags(&d, want);
	free(want);
	diags_free(&d);
	json_decref(values);
	stack_free(s);
	unlink(fifo);
	free(fifo);

	/* a socket, which open(2) refuses as "No such device or address" */
	struct sockaddr_un addr = { .sun_family = AF_UNIX };
	snprintf(addr.sun_path, sizeof(addr.sun_path), "%s/sock.yaml", dir);
	int sock = socket(AF_UNIX, SOCK_STREAM, 0);
	assert_int_equal(bind(sock, (struct sockaddr *)&addr, sizeof(addr)), 0);
	assert_folder_fails(dir, false, NULL,
			    "error: cannot read @/sock.yaml: a socket, not a regular file\n");
	close(sock);
	unlink(addr.sun_path);

	char *loop = xasprintf("%s/loop.yaml", dir);
	assert_int_equal(symlink("loop.yaml", loop), 0);
	assert_folder_fails(dir, false, NULL, "error: cannot read @/loop.yaml: a symbolic link "
				"loop (ELOOP: too many levels of symbolic links)\n");
	unlink(loop);
	assert_int_equal(symlink("gone.yaml", loop), 0);
	assert_folder_fails(dir, true, NULL,
			    "error: cannot read @/loop.yaml: No such file or directory\n");
	unlink(loop);
	free(loop);
	/* a folder of a stack file's name is a folder: left out, as before */
	char *sub = xasprintf("%s/old.yaml", dir);
	assert_int_equal(mkdir(sub, 0700), 0);
	s = folder_ok(dir, false, NULL);
	stack_free(s);
	free(sub);

	char *stack = xasprintf("%s/stack.yaml", dir);
	unlink(stack);
	free(stack);
	put_file(dir, "old.yaml/stack.yaml", "stack: s\n");
	assert_folder_fails(dir, false, NULL,
		"error: no stack files (*.yaml, *.yml) in @\n"
		"  1 of its folders holds stack files: run the command with -all, or give one "
		"folder with -stack\n");
	remove_tree(dir);
}

/* ---- validation ---------------------------------------------------------- */

static void test_unknown_resource_type(void **state)
{
	(void)state;
	assert_load_fails(FIX "bad_type.yaml",
			  FIX "bad_type.yaml:3:11: error: unknown resource type \"aws.s3.buckt\"\n"
			  "  did you mean \"aws.s3.bucket\"?\n"
			  FIX "bad_type.yaml:5:3: error: resource \"blob\" has no type\n");
}

static void test_attributes_against_the_schema(void **state)
{
	(void)state;
	/* Every problem, in reading order: a missing required attribute at the
	 * resource's key, unknown names with a suggestion, literals of the wrong
	 * type at the value, computed-only attributes, nested blocks. */
	assert_load_fails(FIX "bad_attrs.yaml",
		FIX "bad_attrs.yaml:2:3: error: resource \"lake\" is missing required attribute \"name\"\n"
		FIX "bad_attrs.yaml:4:5: error: unknown attribute \"nme\" of resource \"lake\"\n"
		"  did you mean \"name\"?\n"
		FIX "bad_attrs.yaml:5:17: error: attribute \"versioning\" of resource \"lake\" must be a bool, got string\n"
		FIX "bad_attrs.yaml:6:20: error: attribute \"force_destroy\" of resource \"lake\" must be a bool, got number\n"
		FIX "bad_attrs.yaml:7:11: error: attribute \"tags\" of resource \"lake\" must be a map, got list\n"
		FIX "bad_attrs.yaml:8:21: error: attribute \"folders[1]\" of resource \"lake\" must be a string, got map\n"
		FIX "bad_attrs.yaml:9:5: error: attribute \"arn\" of resource \"lake\" is computed by the provider and cannot be set\n"
		FIX "bad_attrs.yaml:10:13: error: attribute \"policy\" of resource \"lake\" is not a valid JSON document: invalid token near 'not' (line 1, column 3)\n"
		FIX "bad_attrs.yaml:12:7: error: unknown attribute \"public_access_block.block_public_acl\" of resource \"lake\"\n"
		"  did you mean \"block_public_acls\"?\n"
		FIX "bad_attrs.yaml:15:26: error: attribute \"lifecycle_rules[0].expiration_days\" of resource \"lake\" must be a number, got string\n"
		FIX "bad_attrs.yaml:16:9: error: resource \"lake\" is missing required attribute \"lifecycle_rules[1].id\"\n"
		FIX "bad_attrs.yaml:17:17: error: resource \"lake\" is missing required attribute \"encryption.sse_algorithm\"\n");
}

static void test_references_providers_and_depends_on(void **state)
{
	(void)state;
	assert_load_fails(FIX "bad_refs.yaml",
		FIX "bad_refs.yaml:6:15: error: unknown attribute \"arnn\" of resource \"lake\" (aws.s3.bucket) in \"${lake.arnn}\"\n"
		"  did you mean \"arn\"?\n"
		FIX "bad_refs.yaml:8:3: error: resource \"lake\" uses provider \"mino\", which is not defined under providers:\n"
		"  did you mean \"minio\"?\n"
		FIX "bad_refs.yaml:11:11: error: unknown variable \"regin\" in \"${var.regin}\"\n"
		"  did you mean \"region\"?\n"
		FIX "bad_refs.yaml:15:11: error: unknown resource \"lak\" in \"${lak.name}\"\n"
		"  did you mean \"lake\"?\n"
		FIX "bad_refs.yaml:17:12: error: unknown attribute \"nme\" of resource \"lake\" (aws.s3.bucket) in \"${lake.nme}\"\n"
		"  did you mean \"name\"?\n"
		FIX "bad_refs.yaml:18:13: error: unknown attribute \"idd\" in \"${lake.lifecycle_rules[0].idd}\"\n"
		"  did you mean \"id\"?\n"
		FIX "bad_refs.yaml:19:24: error: depends_on of resource \"etl\" names unknown resource \"lakes\"\n"
		"  did you mean \"lake\"?\n"
		FIX "bad_refs.yaml:21:24: error: unknown attribute \"tgs\" in ignore_changes of resource \"etl\"\n"
		"  did you mean \"tags\"?\n"
		FIX "bad_refs.yaml:23:10: error: unknown reference \"${terrace.cwd}\": terrace.workspace, terrace.stack and terrace.module are the known ones\n");
}

static void test_dependency_cycles(void **state)
{
	(void)state;
	/* a -> c through ${c.name}, c -> b through ${b.arn}, b -> a through
	 * depends_on; solo refers to itself; ok depends on the cycle but is
	 * not part of it; reached is reached through its provider, whose
	 * configuration needs reached. One error per cycle, at its first
	 * resource. */
	assert_load_fails(FIX "cycle.yaml",
			  FIX "cycle.yaml:2:3: error: dependency cycle: a -> c -> b -> a\n"
			  FIX "cycle.yaml:12:3: error: dependency cycle: solo -> solo\n"
			  FIX "cycle.yaml:18:3: error: dependency cycle: reached -> reached\n");
}

/* ---- lookups (data:) ----------------------------------------------------- */

static void test_lookups_model(void **state)
{
	(void)state;
	struct stack *s = load_ok(FIX "lookups.yaml");
	assert_int_equal(s->n_lookups, 6);
	const struct stack_lookup *l = stack_find_lookup(s, "lab_vpc");
	assert_non_null(l);
	assert_ptr_equal(stack_find_lookup(s, "data.lab_vpc"), l);
	assert_string_equal(l->address, "data.lab_vpc");
	assert_string_equal(l->type, "aws.ec2.vpc");
	assert_string_equal(l->provider, "aws");
	assert_non_null(l->ltype);
	assert_string_equal(json_string_value(json_object_get(json_object_get(l->config, "tags"),
							      "Project")), "retail");
	assert_null(json_object_get(l->config, "type"));
	assert_int_equal(l->pos.line, 7);
	assert_int_equal(l->pos.col, 3);
	assert_null(stack_find_lookup(s, "nope"));

	/* A resource depends on the lookups it uses; a lookup on what its
	 * arguments use, lookups and resources alike. */
	size_t n;
	const char **deps = stack_resource_deps(s, stack_find_resource(s, "app"), &n);
	assert_int_equal(n, 4);
	assert_string_equal(deps[0], "data.mine");
	assert_string_equal(deps[1], "data.azs");
	assert_string_equal(deps[2], "data.me");
	assert_string_equal(deps[3], "data.private");
	free(deps);
	deps = stack_lookup_deps(s, stack_find_lookup(s, "private"), &n);
	assert_int_equal(n, 1);
	assert_string_equal(deps[0], "data.lab_vpc");
	free(deps);
	deps = stack_lookup_deps(s, stack_find_lookup(s, "mine"), &n);
	assert_int_equal(n, 1);
	assert_string_equal(deps[0], "own");
	free(deps);

	/* The snapshot: lookups under "data" with their position; a resource
	 * depends on what its lookups use too (own, through data.mine). */
	struct diags d = DIAGS_INIT;
	json_t *vars = json_object();
	json_t *snap = snapshot_from_stack(s, vars, NULL, FUNC_NEWEST, NULL, &d);
	assert_non_null(snap);
	json_t *data = json_object_get(snap, "data");
	assert_int_equal(json_object_size(data), 6);
	json_t *mine = json_object_get(data, "data.mine");
	assert_string_equal(json_string_value(json_object_get(mine, "type")), "aws.ec2.vpc");
	assert_string_equal(json_string_value(json_object_get(mine, "at")), FIX "lookups.yaml:10:3");
	char *text = json_dumps(json_object_get(mine, "dependencies"), JSON_COMPACT);
	assert_string_equal(text, "[\"own\"]");
	free(text);
	json_t *app = json_object_get(json_object_get(snap, "resources"), "app");
	text = json_dumps(json_object_get(app, "dependencies"), JSON_COMPACT | JSON_SORT_KEYS);
	assert_string_equal(text, "[\"data.mine\",\"data.azs\",\"data.me\",\"data.private\","
			    "\"own\",\"data.lab_vpc\"]");
	free(text);
	assert_null(json_object_get(json_object_get(snap, "resources"), "data.mine"));
	json_decref(snap);
	json_decref(vars);
	diags_free(&d);
	stack_free(s);
}

static void test_lookup_references_parse(void **state)
{
	(void)state;
	json_t *v = json_string("${data.azs.names[0]}-${data.me.account_id}${data.x}");
	struct expr_refs refs = { NULL, 0, 0 };
	struct diags d = DIAGS_INIT;
	assert_int_equal(expr_collect_refs(v, NULL, NULL, &refs, &d), 0);
	assert_int_equal(refs.n, 3);
	assert_string_equal(refs.items[0].root, "data.azs");
	assert_string_equal(refs.items[0].path, "names[0]");
	assert_string_equal(refs.items[1].root, "data.me");
	assert_string_equal(refs.items[1].path, "account_id");
	assert_string_equal(refs.items[2].root, "data.x");
	assert_null(refs.items[2].path);
	expr_refs_free(&refs);
	json_decref(v);
	/* "data" alone cannot be indexed; after "data." comes a name. */
	v = json_pack("[s, s]", "${data[0]}", "${data.}");
	refs = (struct expr_refs){ NULL, 0, 0 };
	expr_collect_refs(v, NULL, NULL, &refs, &d);
	assert_int_equal(d.n, 2);
	assert_non_null(strstr(d.items[0].summary, "\"data\" cannot be indexed"));
	assert_non_null(strstr(d.items[1].summary, "a lookup name after \"data.\""));
	expr_refs_free(&refs);
	diags_free(&d);
	json_decref(v);
}

static void test_lookup_errors(void **state)
{
	(void)state;
	assert_load_fails(FIX "bad_lookups.yaml",
		FIX "bad_lookups.yaml:3:29: error: unknown attribute \"colour\" of lookup \"data.vpc\"\n"
		"  the attributes are id, cidr_block, default, tags\n"
		FIX "bad_lookups.yaml:4:17: error: unknown lookup type \"aws.ec2.subnet\" (it is a resource "
		"type: resources: makes one, data: reads what exists)\n"
		"  did you mean \"aws.ec2.subnets\"?\n"
		FIX "bad_lookups.yaml:5:3: error: lookup \"data.img\" is missing required attribute \"owners\"\n"
		FIX "bad_lookups.yaml:6:3: error: dependency cycle: data.a -> data.b -> data.a\n"
		FIX "bad_lookups.yaml:8:3: error: invalid lookup name \"9x\": use letters, digits, \"_\" and \"-\", starting with a letter or \"_\"\n"
		FIX "bad_lookups.yaml:10:9: error: unknown attribute \"cidr\" of lookup \"data.vpc\" (aws.ec2.vpc) in \"${data.vpc.cidr}\"\n"
		"  the attributes are id, cidr_block, default, tags, owner_id\n"
		FIX "bad_lookups.yaml:11:9: error: unknown lookup \"vpx\" in \"${data.vpx.id}\"\n"
		"  did you mean \"vpc\"?\n");
}

static void test_variable_declarations(void **state)
{
	(void)state;
	assert_load_fails(FIX "bad_vars.yaml",
		FIX "bad_vars.yaml:4:14: error: default of variable \"count\": var.count: a number is required, got \"many\"\n"
		FIX "bad_vars.yaml:6:11: error: type of variable \"flag\": unknown type boolean\n"
		"  did you mean \"bool\"?\n"
		FIX "bad_vars.yaml:9:14: error: default of variable \"tags\": var.tags: a map is required, got a list\n"
		FIX "bad_vars.yaml:10:5: error: unknown key \"sensitiv\" in variable \"tags\"\n"
		"  did you mean \"sensitive\"?\n");
}

static void test_structure_errors(void **state)
{
	(void)state;
	assert_load_fails(FIX "bad_structure.yaml",
		FIX "bad_structure.yaml:1:8: error: the stack name must be a string, got number\n"
		FIX "bad_structure.yaml:3:6: error: variable \"v\" must be a map with type, default, description and sensitive, got number\n"
		FIX "bad_structure.yaml:6:5: error: unknown attribute \"regon\" of provider \"aws\"\n"
		"  did you mean \"region\"?\n"
		FIX "bad_structure.yaml:7:19: error: attribute \"max_attempts\" of provider \"aws\" must be a number, got string\n"
		FIX "bad_structure.yaml:9:11: error: unknown provider type \"postgress\"\n"
		"  did you mean \"postgres\"?\n"
		FIX "bad_structure.yaml:11:3: error: \"var\" cannot be a resource name: ${var.NAME} means something else\n"
		FIX "bad_structure.yaml:14:3: error: invalid resource name \"a.b\": use letters, digits, \"_\" and \"-\", starting with a letter or \"_\"\n"
		FIX "bad_structure.yaml:17:6: error: resource \"x\" must be a map with a type and attributes, got number\n"
		FIX "bad_structure.yaml:19:11: error: type of resource \"z\" must be a string, got list\n"
		FIX "bad_structure.yaml:20:15: error: provider of resource \"z\" must be a string, got number\n"
		FIX "bad_structure.yaml:21:17: error: depends_on of resource \"z\" must be a list of names, got string\n"
		FIX "bad_structure.yaml:22:34: error: prevent_destroy of the lifecycle of resource \"z\" must be a bool, got string\n"
		FIX "bad_structure.yaml:22:57: error: ignore_changes of the lifecycle of resource \"z\" must be a list of names; item 0 is a number\n"
		FIX "bad_structure.yaml:22:61: error: unknown key \"foo\" in the lifecycle of resource \"z\"\n"
		"  the keys are prevent_destroy, ignore_changes, precondition, postcondition\n"
		FIX "bad_structure.yaml:23:10: error: outputs must be a map of NAME: definition, got list\n");
}

static void test_output_forms(void **state)
{
	(void)state;
	assert_load_fails(FIX "outputs.yaml",
			  FIX "outputs.yaml:15:3: error: output \"broken\" has no value\n"
			  FIX "outputs.yaml:17:5: error: unknown key \"sensitve\" in output \"broken\"\n"
			  "  did you mean \"sensitive\"?\n");
}

static void test_expression_syntax_errors(void **state)
{
	(void)state;
	assert_load_fails(FIX "unterminated.yaml",
			  FIX "unterminated.yaml:4:11: error: unterminated \"${\": missing \"}\"\n"
			  FIX "unterminated.yaml:6:12: error: invalid expression \"${lake..name}\": "
			  "expected a name after \".\", found \".\"\n");
}

/* Locals and outputs known when the stack is loaded (literals, functions,
 * other locals) are evaluated then: one that fails is an error at its own
 * position, the message plan gives; what uses a failing local, a variable,
 * a resource, a lookup or a file is unknown and left to plan. A failure
 * that an earlier edition's results do not give (replace's "/[/" as text)
 * is none. */
static void test_values_known_at_load(void **state)
{
	(void)state;
	assert_load_fails(FIX "known_values.yaml",
		FIX "known_values.yaml:5:8: error: local net: cidrsubnet: argument 1 must be a CIDR "
		"prefix like \"10.0.0.0/16\" or \"fd00::/56\", got \"10.20.0.0/33\"\n"
		FIX "known_values.yaml:8:37: error: local per_env: division by zero: "
		"${local.table.dev / 0}\n"
		FIX "known_values.yaml:20:8: error: output doc: jsondecode: argument 1 is not JSON: "
		"string or '}' expected near end of file at line 1, column 1\n");
	stack_free(load_ok(FIX "known_unknowns.yaml"));
}

/* An expression outside the stack (terrace console's) gets the checks of
 * the stack's own references: an attribute its type does not have is an
 * error, as validate says it. */
static void test_refs_checked_outside_the_stack(void **state)
{
	(void)state;
	struct stack *s = load_ok(FIX "lake");
	struct diags d = DIAGS_INIT;
	json_t *good = json_string("${raw.arn}-${upper(var.env)}");
	json_t *bad = json_string("${raw.nosuch}");
	assert_int_equal(stack_check_refs(s, good, "the console", &d), 0);
	assert_int_equal(d.n, 0);
	assert_int_equal(stack_check_refs(s, bad, "the console", &d), -1);
	assert_diags(&d, "error: unknown attribute \"nosuch\" of resource \"raw\" (aws.s3.bucket) in "
		     "\"${raw.nosuch}\"\n  the attributes are name, region, tags, versioning, "
		     "policy, lifecycle_rules, encryption, public_access_block, folders, "
		     "force_destroy, arn\n");
	json_decref(good);
	json_decref(bad);
	diags_free(&d);
	stack_free(s);
}

/* ---- variables ----------------------------------------------------------- */

static void clear_env(void)
{
	unsetenv("TERRACE_VAR_region");
	unsetenv("TERRACE_VAR_replicas");
	unsetenv("TERRACE_VAR_versioned");
	unsetenv("TERRACE_VAR_password");
}

static void test_variable_precedence(void **state)
{
	(void)state;
	struct stack *s = load_ok(FIX "vars");
	clear_env();

	/* Defaults only (password has none, so it is given). */
	const char *pw[] = { "password=hunter2" };
	struct var_inputs in = { NULL, 0, pw, 1 };
	json_t *v = resolve_ok(s, &in);
	assert_string_equal(json_string_value(json_object_get(v, "region")), "eu-west-1");
	assert_int_equal(json_integer_value(json_object_get(v, "replicas")), 1);
	assert_true(json_is_false(json_object_get(v, "versioned")));
	assert_int_equal(json_array_size(json_object_get(v, "folders")), 0);
	assert_string_equal(json_string_value(json_object_get(v, "password")), "hunter2");
	json_decref(v);

	/* The environment beats defaults, converted to the declared type. */
	setenv("TERRACE_VAR_region", "from-env", 1);
	setenv("TERRACE_VAR_versioned", "true", 1);
	setenv("TERRACE_VAR_password", "from-env", 1);
	struct var_inputs none = { NULL, 0, NULL, 0 };
	v = resolve_ok(s, &none);
	assert_string_equal(json_string_value(json_object_get(v, "region")), "from-env");
	assert_true(json_is_true(json_object_get(v, "versioned")));
	json_decref(v);

	/* Var files beat the environment; -var beats var files. */
	const char *files[] = { FIX "vars/prod.vars.yaml" };
	const char *args[] = { "region=from-arg", "folders=[raw/, curated/]", "replicas=2.5" };
	struct var_inputs all = { files, 1, args, 0 };
	v = resolve_ok(s, &all);
	assert_string_equal(json_string_value(json_object_get(v, "region")), "us-east-2");
	assert_int_equal(json_integer_value(json_object_get(v, "replicas")), 3);
	assert_string_equal(json_string_value(json_object_get(json_object_get(v, "tags"), "env")),
			    "prod");
	json_decref(v);

	all.n_var_args = 3;
	v = resolve_ok(s, &all);
	assert_string_equal(json_string_value(json_object_get(v, "region")), "from-arg");
	assert_true(json_real_value(json_object_get(v, "replicas")) == 2.5);
	json_t *folders = json_object_get(v, "folders");
	assert_int_equal(json_array_size(folders), 2);
	assert_string_equal(json_string_value(json_array_get(folders, 1)), "curated/");
	assert_true(json_is_true(json_object_get(v, "versioned"))); /* still from the env */
	json_decref(v);

	clear_env();
	stack_free(s);
}

static void assert_resolve_fails(const struct stack *s, const struct var_inputs *in,
				 const char *expected)
{
	struct diags d = DIAGS_INIT;
	json_t *values = (json_t *)1;
	assert_int_equal(stack_resolve_variables(s, in, &values, &d), -1);
	assert_null(values);
	assert_diags(&d, expected);
	diags_free(&d);
}

static void test_variable_without_value(void **state)
{
	(void)state;
	struct stack *s = load_ok(FIX "vars");
	clear_env();
	struct var_inputs none = { NULL, 0, NULL, 0 };
	assert_resolve_fails(s, &none,
			     FIX "vars/main.yaml:17:3: error: variable \"password\" has no value: set it "
			     "with -var password=..., a -var-file, or TERRACE_VAR_password\n");
	stack_free(s);
}

static void test_variable_input_errors(void **state)
{
	(void)state;
	struct stack *s = load_ok(FIX "vars");
	clear_env();
	setenv("TERRACE_VAR_replicas", "many", 1);
	const char *files[] = { FIX "vars/bad.vars.yaml" };
	const char *args[] = { "regon=x", "password", "versioned=yes", "password=ok",
			       "tags=[not, a, map]" };
	struct var_inputs in = { files, 1, args, 5 };
	/* A value that does not convert is shown (a sensitive one never is:
	 * test_var_types_sensitive). */
	assert_resolve_fails(s, &in,
		"error: TERRACE_VAR_replicas: var.replicas: a number is required, got \"many\"\n"
		FIX "vars/bad.vars.yaml:1:1: error: unknown variable \"regoin\"\n"
		"  did you mean \"region\"?\n"
		FIX "vars/bad.vars.yaml:2:11: error: var.replicas: a number is required, got a list\n"
		"error: -var: unknown variable \"regon\"\n"
		"  did you mean \"region\"?\n"
		"error: invalid -var \"password\": expected NAME=VALUE\n"
		"error: -var versioned=...: var.versioned: a bool is required, got \"yes\"\n"
		"error: -var tags=...: var.tags: a map is required, got a list (write it as YAML or JSON, e.g. {key: value})\n");
	clear_env();
	stack_free(s);
}

/* Typed variables (tests/unit/fixtures/stacks/typed): validation rules (all
 * failing ones reported, at their conditions, with where the value came
 * from), nullable, a sensitive value never shown, and an environment's value
 * converted like a default. */
/* Variables' validation rules give the results the releases since 85f6d4a
 * gave ("terraform": contains compares a number with its text, 1e20 as
 * text is 1e+20): the rules are evaluated before the state says which
 * edition the deployment gets, so one such a release accepted is never
 * refused now. */
/* Validation rules whose results differ by edition: judged with the
 * deployment's (stack_judge_variables), a value a "terraform" deployment
 * accepted still accepted there; a new deployment, and validate
 * (stack_resolve_variables), get the newest. */
static void test_variable_validation_edition(void **state)
{
	(void)state;
	struct stack *s = load_ok(FIX "validation-editions");
	static const struct {
		const char *size, *big;
		bool ok[3]; /* terraform-2, terraform, earlier */
	} cases[] = {
		{ "size=1", "big=5", { false, true, true } },
		{ "size=2", "big=1e20", { false, true, true } },
		{ "size=4", "big=5", { false, true, true } },
		{ "size=3", "big=5", { false, false, false } },
	};
	const enum func_edition editions[] = { FUNC_TERRAFORM_2, FUNC_TERRAFORM, FUNC_EARLIER };
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const char *args[] = { cases[i].size, cases[i].big };
		struct var_inputs in = { NULL, 0, args, 2 };
		for (size_t e = 0; e < 3; e++) {
			struct diags d = DIAGS_INIT;
			json_t *values = NULL, *sources = NULL;
			assert_int_equal(stack_resolve_variables_as(s, &in, editions[e], &values,
								    &sources, NULL, &d), 0);
			int rc = stack_judge_variables(s, values, sources, editions[e], &d);
			if ((rc == 0) != cases[i].ok[e])
				fail_msg("%s %s with %s: %s", cases[i].size, cases[i].big,
					 func_edition_name(editions[e]), rc ? "refused" : "accepted");
			/* at the rule's condition, naming where the value came from */
			if (rc) {
				char *text = render(&d);
				if (!strstr(text, "validation-editions/main.yaml:7:") ||
				    !strstr(text, "-var size=..."))
					fail_msg("%s", text);
				free(text);
			}
			json_decref(values);
			json_decref(sources);
			diags_free(&d);
		}
		/* validate's: the newest */
		struct diags d = DIAGS_INIT;
		json_t *values = NULL;
		int rc = stack_resolve_variables(s, &in, &values, &d);
		if ((rc == 0) != cases[i].ok[0])
			fail_msg("%s %s: %s", cases[i].size, cases[i].big, rc ? "refused" : "accepted");
		json_decref(values);
		diags_free(&d);
	}
	stack_free(s);
}

/* A number given to a root stack's string variable (a default, a variable
 * file's value) is written in the edition's text, and the resolution says
 * whether any text depended on it (cmd/context.c resolves again then). */
static void test_variable_number_text(void **state)
{
	(void)state;
	struct stack *s = load_ok(FIX "number-text");
	const char *files[] = { FIX "number-text/values.vars.yaml" };
	struct var_inputs in = { files, 1, NULL, 0 };
	static const struct {
		enum func_edition edition;
		const char *big, *rate, *limit;
	} cases[] = {
		{ FUNC_TERRAFORM_2, "100000000000000000000", "0.000001", "10000000000000000" },
		{ FUNC_TERRAFORM, "1e+20", "1e-06", "1e+16" },
		{ FUNC_EARLIER, "1e+20", "1e-06", "1e+16" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct diags d = DIAGS_INIT;
		json_t *values = NULL, *sources = NULL;
		bool by_edition = false;
		assert_int_equal(stack_resolve_variables_as(s, &in, cases[i].edition, &values,
							    &sources, &by_edition, &d), 0);
		assert_string_equal(json_string_value(json_object_get(values, "big")), cases[i].big);
		assert_string_equal(json_string_value(json_object_get(values, "rate")),
				    cases[i].rate);
		assert_string_equal(json_string_value(json_object_get(json_object_get(values,
								       "tags"), "limit")),
				    cases[i].limit);
		assert_string_equal(json_string_value(json_object_get(values, "small")), "5");
		assert_true(by_edition);
		json_decref(values);
		json_decref(sources);
		diags_free(&d);
	}
	/* The same in every edition: nothing to resolve again. */
	const char *args[] = { "big=7", "rate=0.5", "tags={limit = 7}" };
	struct var_inputs text = { NULL, 0, args, 3 };
	struct diags d = DIAGS_INIT;
	json_t *values = NULL, *sources = NULL;
	bool by_edition = true;
	assert_int_equal(stack_resolve_variables_as(s, &text, FUNC_TERRAFORM_2, &values, &sources,
						    &by_edition, &d), 0);
	assert_false(by_edition);
	json_decref(values);
	json_decref(sources);
	diags_free(&d);
	stack_free(s);
}

static void test_variable_validation_and_null(void **state)
{
	(void)state;
	struct stack *s = load_ok(FIX "typed");
	unsetenv("TERRACE_VAR_workers");
	const char *ok[] = { "strict=x", "workers=8", "settings={name = \"n\"}" };
	struct var_inputs in = { NULL, 0, ok, 3 };
	json_t *v = resolve_ok(s, &in);
	assert_int_equal(json_integer_value(json_object_get(v, "workers")), 8);
	assert_true(json_is_null(json_object_get(v, "note")));
	assert_int_equal(json_integer_value(json_object_get(json_object_get(v, "settings"),
							      "size")), 10);
	json_decref(v);

	/* Two rules of one variable, one of another using a second variable. */
	const char *bad[] = { "strict=x", "workers=-3", "floor=20" };
	struct var_inputs in2 = { NULL, 0, bad, 3 };
	assert_resolve_fails(s, &in2,
		FIX "typed/main.yaml:6:20: error: variable \"workers\": workers must be at least 1\n"
		"  the value -var workers=... fails this validation rule; var.workers is -3\n"
		FIX "typed/main.yaml:8:20: error: variable \"workers\": workers must be 1, 2, 4 or 8, not -3\n"
		"  the value -var workers=... fails this validation rule; var.workers is -3\n"
		FIX "typed/main.yaml:17:20: error: variable \"ceiling\": ceiling must be above floor\n"
		"  the value of its default fails this validation rule; var.ceiling is 10, var.floor is 20\n");

	/* A rule using a variable without a value waits: only that is said. */
	const char *none[] = { "workers=2" };
	struct var_inputs in8 = { NULL, 0, none, 1 };
	assert_resolve_fails(s, &in8,
		FIX "typed/main.yaml:33:3: error: variable \"strict\" has no value: set it with -var strict=..., a -var-file, or TERRACE_VAR_strict\n");

	/* A sensitive value: not in a refusal, not in an error_message. */
	const char *secret[] = { "strict=x", "pin=s3cr3t" };
	struct var_inputs in3 = { NULL, 0, secret, 2 };
	assert_resolve_fails(s, &in3,
		"error: -var pin=...: var.pin: a number is required, got a string\n");
	const char *zero[] = { "strict=x", "pin=0" };
	struct var_inputs in4 = { NULL, 0, zero, 2 };
	assert_resolve_fails(s, &in4,
		FIX "typed/main.yaml:24:20: error: variable \"pin\": (its error_message uses a sensitive value: not shown)\n"
		"  the value -var pin=... fails this validation rule; var.pin is (sensitive)\n");

	/* nullable: false: null takes the default, or is refused without one. */
	setenv("TERRACE_VAR_strict", "x", 1);
	const char *files[] = { FIX "typed/null.vars.yaml" };
	struct var_inputs in5 = { files, 1, NULL, 0 };
	assert_resolve_fails(s, &in5,
		FIX "typed/null.vars.yaml:2:1: error: variable \"strict\" must not be null (nullable: false) and has no default to take its place\n");
	unsetenv("TERRACE_VAR_strict");
	const char *strict[] = { "strict=x" };
	const char *label_file[] = { FIX "typed/label.vars.yaml" };
	struct var_inputs in6 = { label_file, 1, strict, 1 };
	v = resolve_ok(s, &in6);
	assert_string_equal(json_string_value(json_object_get(v, "label")), "plain");
	assert_true(json_is_null(json_object_get(v, "note")));
	json_decref(v);

	/* An environment's value takes the default's place, converted alike. */
	struct diags d = DIAGS_INIT;
	assert_int_equal(stack_use_environment(s, "big", &d), 0);
	struct var_inputs in7 = { NULL, 0, strict, 1 };
	assert_resolve_fails(s, &in7,
		FIX "typed/main.yaml:46:36: error: default of variable \"settings\": var.settings[\"size\"]: a number is required, got \"huge\"\n");
	diags_free(&d);
	stack_free(s);
}

/* Modules expand after the modules their inputs read, whatever their
 * written order (names, written last, gives buckets its keys); two that
 * read each other (buckets and owner, as Terraform allows output by
 * output) expand as written, the later one's outputs unknown meanwhile: a
 * map's values may be, its keys are not. A null input of a variable with
 * nullable: false takes its default, as a root variable's does. Before,
 * names' output was "unknown local value" to buckets and mode was null. */
static void test_modules_expand_after_what_they_read(void **state)
{
	(void)state;
	struct stack *s = load_ok(FIX "module_order/root.yaml");
	json_t *snap = snapshot_ok(s);
	json_t *res = json_object_get(snap, "resources");
	assert_non_null(json_object_get(res, "module.buckets.bucket[\"plain-a\"]"));
	assert_non_null(json_object_get(res, "module.buckets.bucket[\"plain-b\"]"));
	assert_non_null(json_object_get(res, "module.buckets.tagged[\"plain-b\"]"));
	assert_non_null(json_object_get(res, "module.owner.b"));
	assert_int_equal(json_object_size(res), 5);
	/* Once expanded, owner's output is its own, not the stand-in. */
	struct eval_scope sc = { snap, eval_no_resources, NULL };
	struct strbuf err = STRBUF_INIT;
	bool sens = false;
	json_t *expr = json_string("${local[\"module.owner.output.arn\"]}");
	json_t *v = eval_value(&sc, expr, &sens, &err);
	assert_non_null(v);
	assert_true(value_is_unknown(v)); /* b.arn, known after apply */
	json_decref(v);
	json_decref(expr);
	expr = json_string("${local[\"module.names.var.mode\"]}");
	v = eval_value(&sc, expr, &sens, &err);
	assert_non_null(v);
	assert_string_equal(json_string_value(v), "plain");
	json_decref(v);
	json_decref(expr);
	strbuf_release(&err);
	json_decref(snap);
	stack_free(s);
}

/* The snapshot of the stack TEXT (stack.yaml of a new folder, beside a
 * module net/ whose VPC's cidr_block is its input, net's output `cidrs`),
 * or NULL with the first error's text in *error (a new string). */
static json_t *configured_snapshot(const char *text, char **error)
{
	char dir[] = "/tmp/terrace-configured-XXXXXX";
	assert_non_null(mkdtemp(dir));
	put_file(dir, "stack.yaml", text);
	char *net = xasprintf("%s/net", dir);
	assert_int_equal(mkdir(net, 0700), 0);
	put_file(net, "main.yaml",
		 "variables:\n  cidrs: {}\n"
		 "resources:\n  vpc: {type: aws.ec2.vpc, cidr_block: \"${var.cidrs}\"}\n"
		 "outputs:\n  cidrs: \"${try(vpc.cidr_block, null)}\"\n  id: \"${vpc.id}\"\n");
	free(net);
	struct stack *s = folder_ok(dir, false, NULL);
	struct var_inputs in = { NULL, 0, NULL, 0 };
	json_t *vars = resolve_ok(s, &in);
	struct diags d = DIAGS_INIT;
	json_t *snap = snapshot_from_stack(s, vars, "default", FUNC_NEWEST, NULL, &d);
	*error = snap ? NULL : render(&d);
	json_decref(vars);
	diags_free(&d);
	stack_free(s);
	remove_tree(dir);
	return snap;
}

/*
 * FIXED BUG (issue 86): a count or for_each reads what a resource's
 * configuration writes, as Terraform plans a configured attribute known
 * (the security-group module's count over rules whose CIDRs are the VPC
 * module's vpc_cidr_block, split per source by convert). Before, every
 * resource attribute was unknown there: "count of resource "rule" is not
 * known until apply". What apply makes (an id), a null, an attribute under
 * ignore_changes and a resource expanded after it stay unknown.
 */
static void test_count_reads_configured_attributes(void **state)
{
	(void)state;
	const char *head = "stack: configured\nproviders:\n  aws: {region: us-east-1}\n"
			   "modules:\n  net: {source: ./net, cidrs: \"10.0.0.0/16,10.1.0.0/16\"}\n"
			   "locals:\n  net_cidrs: ${module.net.cidrs}\n  net_id: ${module.net.id}\n"
			   "  own_cidr: ${own.cidr_block}\n  kept_cidr: ${kept.cidr_block}\n"
			   "  unset_dns: ${unset.enable_dns_support}\n  zed_cidr: ${zed.cidr_block}\n"
			   "resources:\n"
			   "  own: {type: aws.ec2.vpc, cidr_block: 10.9.0.0/16}\n"
			   "  kept:\n    type: aws.ec2.vpc\n    cidr_block: 10.8.0.0/16\n"
			   "    lifecycle: {ignore_changes: [cidr_block]}\n"
			   "  unset: {type: aws.ec2.vpc, cidr_block: 10.6.0.0/16, "
			   "enable_dns_support: null}\n";
	char *error = NULL;
	char *text = xasprintf("%s  rule:\n    type: aws.s3.bucket\n"
			       "    count: ${length(split(\",\", local.net_cidrs))}\n"
			       "    name: rule-${count.index}\n"
			       "  by_own:\n    type: aws.s3.bucket\n"
			       "    for_each: ${toset([local.own_cidr])}\n    name: own\n"
			       "  zed: {type: aws.ec2.vpc, cidr_block: 10.7.0.0/16}\n", head);
	json_t *snap = configured_snapshot(text, &error);
	free(text);
	if (!snap)
		print_error("%s", error);
	assert_non_null(snap);
	json_t *res = json_object_get(snap, "resources");
	assert_non_null(json_object_get(res, "rule[0]"));
	assert_non_null(json_object_get(res, "rule[1]"));
	assert_null(json_object_get(res, "rule[2]"));
	assert_non_null(json_object_get(res, "by_own[\"10.9.0.0/16\"]"));
	json_decref(snap);

	static const struct { const char *count, *error; } unknown[] = {
		{ "${length(split(\\\",\\\", local.net_id))}", "count of resource \"later\" is not "
		  "known until apply; its number must come from variables and locals" },
		{ "${length(local.kept_cidr)}", "is not known until apply" },
		{ "${local.unset_dns == null ? 0 : 1}", "is not known until apply" },
		{ "${length(local.zed_cidr)}", "is not known until apply" },
	};
	for (size_t i = 0; i < sizeof(unknown) / sizeof(unknown[0]); i++) {
		text = xasprintf("%s  later:\n    type: aws.s3.bucket\n    count: \"%s\"\n"
				 "    name: later\n"
				 "  zed: {type: aws.ec2.vpc, cidr_block: 10.7.0.0/16}\n", head,
				 unknown[i].count);
		snap = configured_snapshot(text, &error);
		free(text);
		assert_null(snap);
		if (!strstr(error, unknown[i].error))
			print_error("%s\n", error);
		assert_non_null(strstr(error, unknown[i].error));
		free(error);
	}
}

/* Modules and for_each/count expand to instances with Terraform's
 * addresses; references are renamed into that namespace; dependencies
 * follow references through module outputs and depends_on. */
static void test_expansion_of_modules_and_loops(void **state)
{
	(void)state;
	struct stack *s = load_ok(FIX "modules/root.yaml");
	json_t *snap = snapshot_ok(s);
	json_t *res = json_object_get(snap, "resources");
	assert_int_equal(json_object_size(res), 4);
	json_t *a = json_object_get(res, "module.team[\"a\"].bucket");
	assert_non_null(a);
	assert_string_equal(json_string_value(json_object_get(json_object_get(a, "config"), "name")),
			    "${local[\"module.team[\\\"a\\\"].var.name\"]}");
	json_t *logs1 = json_object_get(res, "logs[1]");
	assert_non_null(logs1);
	assert_string_equal(json_string_value(json_object_get(json_object_get(json_object_get(logs1,
			    "config"), "tags"), "of")),
			    "${local[\"module.team[\\\"b\\\"].output.bucket_name\"]}");
	/* depends_on: [module.team] takes both instances; the output adds b. */
	json_t *deps = json_object_get(logs1, "dependencies");
	assert_int_equal(json_array_size(deps), 2);
	json_t *locals = json_object_get(snap, "locals");
	assert_non_null(json_object_get(locals, "prefix"));
	assert_non_null(json_object_get(locals, "logs[1].count.index"));
	assert_non_null(json_object_get(locals, "module.team[\"a\"].each.key"));
	assert_non_null(json_object_get(locals, "module.team[\"b\"].var.tier"));
	json_decref(snap);
	stack_free(s);

	/* Address helpers. */
	char *name = address_name("module.team[\"a.b\"].bucket[\"x.y\"]");
	assert_string_equal(name, "bucket");
	free(name);
	char *mod;
	json_t *index;
	address_parts("module.team[\"a.b\"].logs[3]", &mod, &index);
	assert_string_equal(mod, "module.team[\"a.b\"]");
	assert_int_equal(json_integer_value(index), 3);
	free(mod);
	json_decref(index);
	address_parts("lake", &mod, &index);
	assert_null(mod);
	assert_null(index);
	assert_true(address_within("bucket[\"a\"]", "bucket"));
	assert_true(address_within("module.team[\"a\"].bucket", "module.team"));
	assert_false(address_within("bucket2", "bucket"));
	assert_false(address_within("module.teams.x", "module.team"));
}

/* A module call's providers: {aws: west}: the module's resources and
 * lookups of the default aws configuration use the caller's west, and a
 * module it calls in turn does too (through the caller's names); a call
 * without providers keeps the root's names. A root call naming no
 * configuration of the stack is refused. Before, providers: on a call was
 * refused, and a module's objects were all in the root's aws region
 * (terraform-aws-rds's cross-region-replica-postgres: two subnet groups of
 * one name, refused as one object). */
static void test_module_providers_name_the_callers(void **state)
{
	(void)state;
	char dir[] = "/tmp/terrace-modprov-XXXXXX";
	char *net, *inner, *root;
	assert_non_null(mkdtemp(dir));
	net = xasprintf("%s/net", dir);
	inner = xasprintf("%s/net/inner", dir);
	assert_int_equal(mkdir(net, 0700), 0);
	assert_int_equal(mkdir(inner, 0700), 0);
	put_file(inner, "stack.yaml", "resources:\n  q: {type: aws.sqs.queue, name: inner}\n");
	put_file(net, "stack.yaml", "variables:\n  name: {type: string}\n"
		 "resources:\n  group: {type: aws.sqs.queue, name: \"${var.name}\"}\n"
		 "  there: {type: aws.sqs.queue, name: t, provider: far}\n"
		 "data:\n  azs: {type: aws.availability_zones}\n"
		 "modules:\n  deeper: {source: ./inner}\n");
	put_file(dir, "stack.yaml", "providers:\n  aws: {region: eu-west-1}\n"
		 "  west: {type: aws, region: us-west-2}\n  east: {type: aws, region: us-east-1}\n"
		 "modules:\n  one: {source: ./net, name: orders, providers: {far: east}}\n"
		 "  two: {source: ./net, name: orders, providers: {aws: west, far: aws}}\n");
	struct stack *s = load_ok(dir);
	json_t *snap = snapshot_ok(s);
	json_t *res = json_object_get(snap, "resources");
	json_t *data = json_object_get(snap, "data");
#define PROVIDER_OF(set, addr) \
	json_string_value(json_object_get(json_object_get(set, addr), "provider"))
	assert_string_equal(PROVIDER_OF(res, "module.one.group"), "aws");
	assert_string_equal(PROVIDER_OF(res, "module.one.there"), "east");
	assert_string_equal(PROVIDER_OF(res, "module.one.module.deeper.q"), "aws");
	assert_string_equal(PROVIDER_OF(data, "module.one.data.azs"), "aws");
	assert_string_equal(PROVIDER_OF(res, "module.two.group"), "west");
	assert_string_equal(PROVIDER_OF(res, "module.two.there"), "aws");
	assert_string_equal(PROVIDER_OF(res, "module.two.module.deeper.q"), "west");
	assert_string_equal(PROVIDER_OF(data, "module.two.data.azs"), "west");
#undef PROVIDER_OF
	json_decref(snap);
	stack_free(s);

	put_file(dir, "stack.yaml", "providers:\n  aws: {region: eu-west-1}\n"
		 "modules:\n  one: {source: ./net, name: orders, providers: {aws: nowhere, far: aws}}\n"
		 "  two: {source: ./net, name: orders, providers: [west]}\n");
	root = xasprintf("%s/stack.yaml", dir);
	struct diags d = DIAGS_INIT;
	struct stack *bad = NULL;
	assert_int_equal(stack_load(root, &bad, &d), -1);
	char *text = render(&d);
	assert_non_null(strstr(text, "module \"one\": providers.aws names provider \"nowhere\", "
				     "which is not defined under providers:"));
	assert_non_null(strstr(text, "module \"two\": providers must be a map of the module's "
				     "provider names to the caller's (providers: {aws: west}), got list"));
	free(text);
	diags_free(&d);
	stack_free(bad);
	free(root);
	free(inner);
	free(net);
	remove_tree(dir);
}

/*
 * The jansson blocks a snapshot holds (allocated while it was made and not
 * freed since), counted by the allocation functions main() installs.
 */
static long live_blocks;

static void *counting_malloc(size_t n)
{
	void *p = malloc(n);
	if (p)
		live_blocks++;
	return p;
}

static void counting_free(void *p)
{
	if (p)
		live_blocks--;
	free(p);
}

/* The blocks held by the snapshot of a stack whose one resource has a
 * for_each over a list of n keys, as bench/scale.sh's plan of 10,001
 * creates writes it. */
static long snapshot_blocks(size_t n)
{
	char dir[] = "/tmp/terrace-snapblocks-XXXXXX";
	assert_non_null(mkdtemp(dir));
	struct strbuf text = STRBUF_INIT;
	strbuf_addstr(&text, "stack: blocks\nproviders:\n  aws: {region: us-east-1}\n"
		      "locals:\n  parts:\n");
	for (size_t i = 0; i < n; i++)
		strbuf_addf(&text, "    - part-%05zu\n", i);
	strbuf_addstr(&text, "resources:\n"
		      "  lake: {type: aws.s3.bucket, name: lake, tags: {team: bench}}\n"
		      "  part:\n    type: aws.s3.object\n    for_each: ${local.parts}\n"
		      "    bucket: ${lake.name}\n    key: data/${each.value}.csv\n"
		      "    content: \"id,value\\n1,${each.value}\\n\"\n");
	put_file(dir, "stack.yaml", text.buf);
	strbuf_release(&text);
	struct stack *s = folder_ok(dir, false, NULL);
	struct var_inputs in = { NULL, 0, NULL, 0 };
	json_t *vars = resolve_ok(s, &in);
	struct diags d = DIAGS_INIT;
	long before = live_blocks;
	json_t *snap = snapshot_from_stack(s, vars, "default", FUNC_NEWEST, NULL, &d);
	long held = live_blocks - before;
	assert_non_null(snap);
	assert_int_equal(json_object_size(json_object_get(snap, "resources")), n + 1);
	json_decref(snap);
	json_decref(vars);
	diags_free(&d);
	stack_free(s);
	remove_tree(dir);
	return held;
}

/*
 * FIXED BUG (issue 47 §3): what one instance of a for_each costs the
 * snapshot, which a plan holds to its end: 10,000 of them are most of the
 * plan's peak. A list's item is both each.key and each.value: one entry
 * for both (each was an entry and a string of its own, 3.6 MB at 10,000).
 * The count is of jansson blocks, not bytes (the same with every malloc):
 * more than this needs a reason, and a new figure here.
 */
static void test_snapshot_blocks_per_instance(void **state)
{
	(void)state;
	long per_instance = (snapshot_blocks(200) - snapshot_blocks(100)) / 100;
	print_message("a for_each instance holds %ld jansson blocks in the snapshot\n",
		      per_instance);
	assert_true(per_instance <= 24);
}

int main(void)
{
	json_set_alloc_funcs(counting_malloc, counting_free);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_folder_merges_files_and_skips_var_files),
		cmocka_unit_test(test_stack_name_defaults_to_the_file_name),
		cmocka_unit_test(test_stack_name_defaults_to_the_folder_name),
		cmocka_unit_test(test_dependencies_come_from_references_and_depends_on),
		cmocka_unit_test(test_name_defined_in_two_files),
		cmocka_unit_test(test_unknown_top_level_key),
		cmocka_unit_test(test_missing_file),
		cmocka_unit_test(test_what_is_no_regular_file),
		cmocka_unit_test(test_settings_load_checks_only_the_top_level),
		cmocka_unit_test(test_settings_load_stops_at_the_depth_limit),
		cmocka_unit_test(test_which_files_are_a_stack),
		cmocka_unit_test(test_unknown_resource_type),
		cmocka_unit_test(test_attributes_against_the_schema),
		cmocka_unit_test(test_references_providers_and_depends_on),
		cmocka_unit_test(test_dependency_cycles),
		cmocka_unit_test(test_expansion_of_modules_and_loops),
		cmocka_unit_test(test_module_providers_name_the_callers),
		cmocka_unit_test(test_modules_expand_after_what_they_read),
		cmocka_unit_test(test_count_reads_configured_attributes),
		cmocka_unit_test(test_variable_declarations),
		cmocka_unit_test(test_structure_errors),
		cmocka_unit_test(test_output_forms),
		cmocka_unit_test(test_lookups_model),
		cmocka_unit_test(test_lookup_references_parse),
		cmocka_unit_test(test_lookup_errors),
		cmocka_unit_test(test_expression_syntax_errors),
		cmocka_unit_test(test_values_known_at_load),
		cmocka_unit_test(test_refs_checked_outside_the_stack),
		cmocka_unit_test(test_variable_precedence),
		cmocka_unit_test(test_variable_without_value),
		cmocka_unit_test(test_variable_input_errors),
		cmocka_unit_test(test_variable_validation_and_null),
		cmocka_unit_test(test_variable_validation_edition),
		cmocka_unit_test(test_variable_number_text),
		cmocka_unit_test(test_snapshot_blocks_per_instance),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
