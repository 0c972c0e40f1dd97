/*
 * test_stack_read.c: plan/stack_read.c, the terrace.stack lookup's read,
 * on a stack folder and state written here: the outputs as the state keeps
 * them, the other stack's own backend path and workspace file, a missing
 * output, a sensitive (hashed) one, a state never written, what plan -all
 * defers (TERRACE_STACKS_APPLYING, TERRACE_STACKS_PLANNED), the
 * workspaces a stack has states in and where its state is (for -all and
 * the readers check), and the schema being found as a lookup kind beside
 * the providers'.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "plan/stack_read.h"
#include "stacks/builtin_lookups.h"

static char root[PATH_MAX];

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static const char state_text[] =
	"{\"format_version\": 1, \"serial\": 4, \"lineage\": \"l-1\", \"resources\": {},"
	" \"outputs_changed_at\": \"2026-11-25T09:00:00Z\","
	" \"outputs\": {\"vpc_id\": {\"value\": \"vpc-1\", \"sensitive\": false},"
	"  \"token\": {\"value\": {\"$scrypt\": \"16384$8$1$c2FsdA==$aGFzaA==\"}, \"sensitive\": true}}}\n";

/* The folder: network/ (its state at the path its backend: block names,
 * and in workspace dev) and pipe/ reading it. */
static int setup(void **state)
{
	(void)state;
	snprintf(root, sizeof(root), "/tmp/test_stack_read.XXXXXX");
	assert_non_null(mkdtemp(root));
	char p[PATH_MAX + 64];
	snprintf(p, sizeof(p), "%s/network", root);
	mkdir(p, 0755);
	snprintf(p, sizeof(p), "%s/pipe", root);
	mkdir(p, 0755);
	snprintf(p, sizeof(p), "%s/network/stack.yaml", root);
	write_file(p, "stack: network\nbackend: {type: local, path: state/net.json}\n"
		      "outputs:\n  vpc_id: vpc-1\n");
	snprintf(p, sizeof(p), "%s/network/state", root);
	mkdir(p, 0755);
	snprintf(p, sizeof(p), "%s/network/state/net.json", root);
	write_file(p, state_text);
	snprintf(p, sizeof(p), "%s/network/state/terrace.state.d", root);
	mkdir(p, 0755);
	snprintf(p, sizeof(p), "%s/network/state/terrace.state.d/dev", root);
	mkdir(p, 0755);
	snprintf(p, sizeof(p), "%s/network/state/terrace.state.d/dev/net.json", root);
	write_file(p, "{\"format_version\": 1, \"serial\": 2, \"lineage\": \"l-2\", "
		      "\"resources\": {}, \"outputs\": {\"vpc_id\": {\"value\": \"vpc-dev\"}}}\n");
	unsetenv("TERRACE_STACKS_APPLYING");
	unsetenv("TERRACE_STACKS_PLANNED");
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	char cmd[PATH_MAX + 16];
	snprintf(cmd, sizeof(cmd), "rm -rf %s", root);
	return system(cmd) == 0 ? 0 : -1;
}

/* Read data.net (declared in pipe/stack.yaml) with args, the reading stack
 * using `use` (a reference text) in an output, in workspace ws. */
static int read_net(const char *args_json, const char *use, const char *ws, json_t **out,
		    bool *deferred, struct strbuf *err)
{
	char at[PATH_MAX + 32];
	snprintf(at, sizeof(at), "%s/pipe/stack.yaml:3:3", root);
	json_t *snapshot = json_pack("{s:s, s:s, s:{s:{s:s}}, s:{}, s:{}}", "stack", "pipe",
				     "workspace", ws, "outputs", "o", "value", use, "resources",
				     "locals");
	json_t *entry = json_pack("{s:s, s:s}", "type", "terrace.stack", "at", at);
	json_t *args = json_loads(args_json, 0, NULL);
	assert_non_null(args);
	int rc = stack_read(snapshot, "data.net", entry, args, out, deferred, err);
	json_decref(args);
	json_decref(entry);
	json_decref(snapshot);
	return rc;
}

static void test_outputs_through_the_stacks_own_backend(void **state)
{
	(void)state;
	json_t *out = NULL;
	bool deferred = true;
	struct strbuf err = STRBUF_INIT;
	assert_int_equal(read_net("{\"path\": \"../network\"}", "${data.net.outputs.vpc_id}",
				  "default", &out, &deferred, &err), 0);
	assert_false(deferred);
	assert_string_equal(json_string_value(json_object_get(json_object_get(out, "outputs"),
							      "vpc_id")), "vpc-1");
	assert_int_equal(json_integer_value(json_object_get(out, "serial")), 4);
	assert_string_equal(json_string_value(json_object_get(out, "name")), "network");
	assert_string_equal(json_string_value(json_object_get(out, "outputs_changed_at")),
			    "2026-11-25T09:00:00Z");
	assert_string_equal(json_string_value(json_array_get(
		json_object_get(out, "sensitive_outputs"), 0)), "token");
	assert_non_null(strstr(json_string_value(json_object_get(out, "state")),
			       "/network/state/net.json"));
	json_decref(out);
	strbuf_release(&err);
}

static void test_the_readers_workspace_or_a_fixed_one(void **state)
{
	(void)state;
	json_t *out = NULL;
	bool deferred;
	struct strbuf err = STRBUF_INIT;
	assert_int_equal(read_net("{\"path\": \"../network\"}", "x", "dev", &out, &deferred,
				  &err), 0);
	assert_string_equal(json_string_value(json_object_get(json_object_get(out, "outputs"),
							      "vpc_id")), "vpc-dev");
	json_decref(out);
	assert_int_equal(read_net("{\"path\": \"../network\", \"workspace\": \"default\"}", "x",
				  "dev", &out, &deferred, &err), 0);
	assert_string_equal(json_string_value(json_object_get(json_object_get(out, "outputs"),
							      "vpc_id")), "vpc-1");
	json_decref(out);
	assert_int_equal(read_net("{\"path\": \"../network\", \"environment\": \"production\"}",
				  "x", "dev", &out, &deferred, &err), -1);
	assert_non_null(strstr(err.buf, "which has no state in workspace \"env.production\""));
	strbuf_release(&err);
}

static void test_a_missing_output_names_both_stacks_and_its_user(void **state)
{
	(void)state;
	json_t *out = NULL;
	bool deferred;
	struct strbuf err = STRBUF_INIT;
	assert_int_equal(read_net("{\"path\": \"../network\"}", "${data.net.outputs.vpc}",
				  "default", &out, &deferred, &err), -1);
	assert_null(out);
	assert_string_equal(err.buf, "stack \"pipe\" reads output \"vpc\" of stack \"network\" "
			    "(../network) (output o uses ${data.net.outputs.vpc}), which has no "
			    "such output (its outputs: token, vpc_id)");
	strbuf_release(&err);
}

static void test_a_sensitive_output_is_not_read(void **state)
{
	(void)state;
	json_t *out = NULL;
	bool deferred;
	struct strbuf err = STRBUF_INIT;
	assert_int_equal(read_net("{\"path\": \"../network\"}", "${data.net.outputs.token}",
				  "default", &out, &deferred, &err), -1);
	assert_non_null(strstr(err.buf, "reads output \"token\" of stack \"network\" "
				       "(../network) (output o), which is sensitive"));
	strbuf_release(&err);
}

static void test_never_applied_and_what_plan_all_defers(void **state)
{
	(void)state;
	json_t *out = NULL;
	bool deferred;
	struct strbuf err = STRBUF_INIT;
	assert_int_equal(read_net("{\"path\": \"../network\", \"workspace\": \"qa\"}", "x",
				  "default", &out, &deferred, &err), -1);
	assert_non_null(strstr(err.buf, "which has no state in workspace \"qa\""));
	assert_non_null(strstr(err.buf, "it was never applied there"));
	strbuf_reset(&err);
	char dir[PATH_MAX + 16], real[PATH_MAX];
	snprintf(dir, sizeof(dir), "%s/network", root);
	assert_non_null(realpath(dir, real));
	/* In plan -all: a stack of the run without a state is applied first. */
	setenv("TERRACE_STACKS_PLANNED", real, 1);
	assert_int_equal(read_net("{\"path\": \"../network\", \"workspace\": \"qa\"}", "x",
				  "default", &out, &deferred, &err), 0);
	assert_true(deferred);
	assert_null(out);
	unsetenv("TERRACE_STACKS_PLANNED");
	/* A stack with changes applied first: its outputs are not known yet. */
	char list[PATH_MAX + 16];
	snprintf(list, sizeof(list), "/else:%s", real);
	setenv("TERRACE_STACKS_APPLYING", list, 1);
	assert_int_equal(read_net("{\"path\": \"../network\"}", "x", "default", &out, &deferred,
				  &err), 0);
	assert_true(deferred);
	assert_null(out);
	unsetenv("TERRACE_STACKS_APPLYING");
	strbuf_release(&err);
}

static void test_path_or_backend_one_of_them(void **state)
{
	(void)state;
	json_t *out = NULL;
	bool deferred;
	struct strbuf err = STRBUF_INIT;
	assert_int_equal(read_net("{}", "x", "default", &out, &deferred, &err), -1);
	assert_string_equal(err.buf, "give either path: (the other stack's folder) or backend: "
			    "(its backend settings), one of them");
	strbuf_reset(&err);
	assert_int_equal(read_net("{\"path\": \"../nowhere\"}", "x", "default", &out, &deferred,
				  &err), -1);
	assert_non_null(strstr(err.buf, "no stack folder at "));
	strbuf_release(&err);
}

/* The workspaces a stack keeps states in (its readers may be in any), and
 * where its default state is, as a read by backend names it. */
static void test_workspaces_and_places(void **state)
{
	(void)state;
	char dir[PATH_MAX + 16], pipe[PATH_MAX + 16], file[PATH_MAX + 64];
	snprintf(dir, sizeof(dir), "%s/network", root);
	snprintf(pipe, sizeof(pipe), "%s/pipe", root);
	snprintf(file, sizeof(file), "%s/network/state/terrace.state.d/qa", root);
	mkdir(file, 0755);
	json_t *names = json_array();
	struct strbuf err = STRBUF_INIT;
	assert_int_equal(stack_workspaces_of(dir, NULL, names, &err), 0);
	char *text = json_dumps(names, JSON_COMPACT);
	assert_string_equal(text, "[\"default\",\"dev\",\"qa\"]");
	free(text);
	json_decref(names);

	char *place = stack_place_of(dir, &err);
	snprintf(file, sizeof(file), "%s/network/state/net.json", root);
	assert_string_equal(place, file);
	json_t *local = json_pack("{s:s, s:s}", "type", "local", "path", "../network/state/net.json");
	char *read = stack_backend_place(local, NULL, pipe);
	assert_string_equal(read, place);
	free(read);
	free(place);
	json_decref(local);

	json_t *s3 = json_pack("{s:s, s:s}", "type", "s3", "bucket", "tfstate");
	read = stack_backend_place(s3, "network", pipe);
	assert_string_equal(read, "s3://tfstate/network/terrace.state.json");
	free(read);
	json_object_set_new(s3, "key", json_string("net/state.json"));
	read = stack_backend_place(s3, "network", pipe);
	assert_string_equal(read, "s3://tfstate/net/state.json");
	free(read);
	/* TERRACE_BACKEND_* fill only what a lookup's backend: leaves out. */
	setenv("TERRACE_BACKEND_BUCKET", "from-env", 1);
	setenv("TERRACE_BACKEND_KEY", "env/key.json", 1);
	read = stack_backend_place(s3, "network", pipe);
	assert_string_equal(read, "s3://tfstate/net/state.json");
	free(read);
	json_object_del(s3, "bucket");
	read = stack_backend_place(s3, "network", pipe);
	assert_string_equal(read, "s3://from-env/net/state.json");
	free(read);
	unsetenv("TERRACE_BACKEND_BUCKET");
	unsetenv("TERRACE_BACKEND_KEY");
	json_decref(s3);
	strbuf_release(&err);
}

static void test_the_kind_is_found_beside_the_providers(void **state)
{
	(void)state;
	const struct provider_type *pt = (const void *)1;
	assert_ptr_equal(lookup_kind_find("terrace.stack", &pt), &terrace_stack_lookup);
	assert_null(pt);
	assert_non_null(lookup_kind_find("aws.caller_identity", &pt));
	assert_non_null(pt);
	assert_null(lookup_kind_find("terrace.stacks", NULL));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_outputs_through_the_stacks_own_backend, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_the_readers_workspace_or_a_fixed_one, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_a_missing_output_names_both_stacks_and_its_user,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_a_sensitive_output_is_not_read, setup, teardown),
		cmocka_unit_test_setup_teardown(test_never_applied_and_what_plan_all_defers, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_path_or_backend_one_of_them, setup, teardown),
		cmocka_unit_test_setup_teardown(test_workspaces_and_places, setup, teardown),
		cmocka_unit_test(test_the_kind_is_found_beside_the_providers),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
