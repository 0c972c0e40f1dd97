/*
 * test_workspace.c: where a workspace's state lives (local paths, S3 keys),
 * which names are accepted, and how the current workspace is found
 * (TERRACE_WORKSPACE or Terraform's TF_WORKSPACE, which must agree when
 * both are set, then .terrace/environment, then "default").
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cmd/cli.h"
#include "plan/state.h"
#include "tests/unit/tmpdir_support.h"

static void assert_key(const char *key, const char *stack, const char *ws, const char *want)
{
	char *got = backend_s3_default_key(key, stack, ws);
	assert_string_equal(got, want);
	free(got);
}

static void test_s3_keys_per_workspace(void **state)
{
	(void)state;
	assert_key(NULL, "lake", NULL, "lake/terrace.state.json");
	assert_key(NULL, "lake", "default", "lake/terrace.state.json");
	assert_key(NULL, "lake", "dev", "lake/env:/dev/terrace.state.json");
	assert_key("team/lake.json", "lake", "default", "team/lake.json");
	assert_key("team/lake.json", "lake", "dev", "env:/dev/team/lake.json");
}

static void assert_path(const char *base, const char *ws, const char *want)
{
	char *got = ws_local_state_path(base, ws);
	assert_string_equal(got, want);
	free(got);
}

static void test_local_paths_per_workspace(void **state)
{
	(void)state;
	assert_path("stacks/lake/terrace.state.json", NULL, "stacks/lake/terrace.state.json");
	assert_path("stacks/lake/terrace.state.json", "default", "stacks/lake/terrace.state.json");
	assert_path("stacks/lake/terrace.state.json", "dev",
		    "stacks/lake/terrace.state.d/dev/terrace.state.json");
	assert_path("my.json", "dev", "terrace.state.d/dev/my.json");
}

/* settings (JSON) recorded by a plan of workspace ws give want (NULL: none)
 * as the stack's; and from those, ws's own state is where it was. */
static void assert_stack_settings(const char *settings, const char *ws, const char *want)
{
	json_t *rec = json_loads(settings, 0, NULL), *got = ws_stack_settings(rec, "lake", ws);
	if (!want) {
		assert_null(got);
	} else {
		json_t *w = json_loads(want, 0, NULL);
		assert_non_null(got);
		assert_true(json_equal(got, w));
		const char *key = json_string_value(json_object_get(got, "key"));
		const char *path = json_string_value(json_object_get(got, "path"));
		char *again = path ? ws_local_state_path(path, ws) : backend_s3_default_key(key, "lake", ws);
		assert_string_equal(again, json_string_value(json_object_get(rec, path ? "path" : "key")));
		free(again);
		json_decref(w);
	}
	json_decref(got);
	json_decref(rec);
}

static void test_stack_settings_of_a_saved_plan(void **state)
{
	(void)state;
	assert_stack_settings("{\"type\": \"local\", \"path\": \"/s/terrace.state.json\"}", "default",
			      "{\"type\": \"local\", \"path\": \"/s/terrace.state.json\"}");
	assert_stack_settings("{\"type\": \"local\", \"path\": \"/s/terrace.state.d/dev/my.json\"}",
			      "dev", "{\"type\": \"local\", \"path\": \"/s/my.json\"}");
	assert_stack_settings("{\"type\": \"local\", \"path\": \"/s/other.json\"}", "dev", NULL);
	/* S3: the derived key and a configured one, default and dev */
	assert_stack_settings("{\"type\": \"s3\", \"bucket\": \"b\", \"key\": \"lake/terrace.state.json\"}",
			      "default", "{\"type\": \"s3\", \"bucket\": \"b\"}");
	assert_stack_settings("{\"type\": \"s3\", \"bucket\": \"b\", \"key\": \"lake/env:/dev/terrace.state.json\"}",
			      "dev", "{\"type\": \"s3\", \"bucket\": \"b\"}");
	assert_stack_settings("{\"type\": \"s3\", \"bucket\": \"b\", \"key\": \"team/lake.json\"}",
			      "default", "{\"type\": \"s3\", \"bucket\": \"b\", \"key\": \"team/lake.json\"}");
	assert_stack_settings("{\"type\": \"s3\", \"bucket\": \"b\", \"key\": \"env:/dev/team/lake.json\"}",
			      "dev", "{\"type\": \"s3\", \"bucket\": \"b\", \"key\": \"team/lake.json\"}");
	assert_stack_settings("{\"type\": \"s3\", \"bucket\": \"b\", \"key\": \"elsewhere.json\"}", "dev",
			      NULL);
}

static void test_names(void **state)
{
	(void)state;
	assert_true(ws_name_valid("dev"));
	assert_true(ws_name_valid("pr-42_preview"));
	assert_false(ws_name_valid(""));
	assert_false(ws_name_valid("a/b"));
	assert_false(ws_name_valid(".."));
	assert_false(ws_name_valid("env:"));
	assert_false(ws_name_valid("with space"));
	char long_name[66];
	memset(long_name, 'a', 65);
	long_name[65] = '\0';
	assert_false(ws_name_valid(long_name));
	long_name[64] = '\0';
	assert_true(ws_name_valid(long_name));
}

static void assert_current(const char *dir, const char *want)
{
	char *got = ws_current(dir);
	if (!want) {
		assert_null(got);
		return;
	}
	assert_non_null(got);
	assert_string_equal(got, want);
	free(got);
}

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static void test_current_workspace(void **state)
{
	(void)state;
	char dir[] = "/tmp/terrace-test-workspace-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char *tdir = xasprintf("%s/.terrace", dir);
	char *env = xasprintf("%s/environment", tdir);
	unsetenv("TERRACE_WORKSPACE");
	unsetenv("TF_WORKSPACE");

	assert_current(dir, "default");
	assert_int_equal(mkdir(tdir, 0755), 0);
	write_file(env, "staging\n");
	assert_current(dir, "staging");
	setenv("TERRACE_WORKSPACE", "dev", 1);
	assert_current(dir, "dev");
	setenv("TERRACE_WORKSPACE", "../x", 1);
	assert_current(dir, NULL);
	unsetenv("TERRACE_WORKSPACE");
	/* Terraform's name for it, alone, alike, differing, invalid */
	setenv("TF_WORKSPACE", "qa", 1);
	assert_current(dir, "qa");
	const char *variable = NULL;
	assert_string_equal(ws_override(&variable), "qa");
	assert_string_equal(variable, "TF_WORKSPACE");
	setenv("TERRACE_WORKSPACE", "qa", 1);
	assert_current(dir, "qa");
	assert_string_equal(ws_override(&variable), "qa");
	assert_string_equal(variable, "TERRACE_WORKSPACE");
	setenv("TERRACE_WORKSPACE", "dev", 1);
	assert_current(dir, NULL);
	unsetenv("TERRACE_WORKSPACE");
	setenv("TF_WORKSPACE", "a b", 1);
	assert_current(dir, NULL);
	setenv("TF_WORKSPACE", "", 1);
	assert_current(dir, "staging");
	assert_null(ws_override(&variable));
	assert_null(variable);
	unsetenv("TF_WORKSPACE");
	write_file(env, "");
	assert_current(dir, "default");
	write_file(env, "no/slashes\n");
	assert_current(dir, NULL);

	remove_tree(dir);
	free(env);
	free(tdir);
}

int main(void)
{
	ui_init(true);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_s3_keys_per_workspace),
		cmocka_unit_test(test_local_paths_per_workspace),
		cmocka_unit_test(test_stack_settings_of_a_saved_plan),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_current_workspace),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
