/*
 * test_build.c: builds from declared inputs (provider/base/build.c). The
 * inputs' key changes with a file's content or executable bit, the
 * command, the environment, and with nothing else (timestamps, the order
 * inputs are written in); a pattern that matches nothing is an error; a
 * second build of the same inputs runs nothing (the output and the cache
 * are never inputs, even under an input folder); a folder built twice from
 * empty caches packages to the same bytes; a failing command leaves no
 * cache entry and its error shows its last lines and its log; a command
 * past its deadline is stopped; the plan's sentence names what changed. A
 * registered shared-cache store (the hook the aws provider's S3 cache
 * fills) gets each new entry and gives it back to a run with an empty
 * local cache, which then runs nothing; an entry whose output lost the
 * hash it gives is not taken; a URI of an unknown scheme is refused.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "provider/base/input_file.h"
#include "provider/aws/build/zip.h"
#include "provider/build/build.h"
#include "tmpdir_support.h"

struct fixture {
	char dir[64];
	char *cwd;
};

static void write_file(const char *path, const char *content, mode_t mode)
{
	FILE *fp = fopen(path, "w");

	assert_non_null(fp);
	fputs(content, fp);
	assert_int_equal(fclose(fp), 0);
	assert_int_equal(chmod(path, mode), 0);
}

static int setup(void **state)
{
	struct fixture *f = xcalloc(1, sizeof(*f));

	strcpy(f->dir, "/tmp/terrace-test-build.XXXXXX");
	assert_non_null(mkdtemp(f->dir));
	f->cwd = getcwd(NULL, 0);
	assert_int_equal(chdir(f->dir), 0);
	assert_int_equal(mkdir("src", 0755), 0);
	assert_int_equal(mkdir("src/pkg", 0755), 0);
	write_file("src/b.py", "B = 2\n", 0644);
	write_file("src/a.py", "A = 1\n", 0644);
	write_file("src/pkg/c.py", "C = 3\n", 0644);
	write_file("src/notes.txt", "not an input\n", 0644);
	/* Counts its runs in runs.log (no input); makes out/ from src/. */
	write_file("make.sh",
		   "echo run >>runs.log\n"
		   "echo \"epoch $SOURCE_DATE_EPOCH mode $MODE\"\n"
		   "rm -rf out && mkdir -p out/pkg\n"
		   "cp src/a.py src/b.py out/ && cp src/pkg/c.py out/pkg/\n"
		   "echo \"$MODE\" >out/mode.txt\n", 0644);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;

	assert_int_equal(chdir(f->cwd), 0);
	remove_tree(f->dir);
	free(f->cwd);
	free(f);
	return 0;
}

static const char *make_cmd[] = { "sh", "make.sh" };
static const char *py_inputs[] = { "src/*.py", "src/pkg", "make.sh" };
static const char *mode_env[] = { "MODE=fast" };

static struct build_spec folder_spec(void)
{
	return (struct build_spec){
		.command = make_cmd, .n_command = 2, .dir = ".", .inputs = py_inputs,
		.n_inputs = 3, .output = "out", .env = mode_env, .n_env = 1,
	};
}

static void key_of(const struct build_spec *spec, char out[BUILD_SHA256_HEX])
{
	struct strbuf err = STRBUF_INIT;
	struct build_result r;

	assert_int_equal(build_hash_inputs(spec, &r, &err), 0);
	strcpy(out, r.inputs_sha256);
	build_result_release(&r);
	strbuf_release(&err);
}

static int runs(void)
{
	struct strbuf log = STRBUF_INIT;
	int n = 0;

	const char *why;
	if (input_file_read("runs.log", &log, &why) >= 0)
		for (size_t i = 0; i < log.len; i++)
			n += log.buf[i] == '\n';
	strbuf_release(&log);
	return n;
}

static void test_key_follows_inputs(void **state)
{
	struct build_spec spec = folder_spec();
	const char *other_env[] = { "MODE=slow" };
	const char *other_cmd[] = { "sh", "make.sh", "-v" };
	const char *reordered[] = { "make.sh", "src/pkg", "src/a.py", "src/*.py" };
	char first[BUILD_SHA256_HEX], k[BUILD_SHA256_HEX];
	struct build_result r;
	struct strbuf err = STRBUF_INIT;
	struct timespec old[2] = { { 1000000000, 0 }, { 1000000000, 0 } };

	(void)state;
	key_of(&spec, first);
	/* The digests: every file matched, and the command and environment. */
	assert_int_equal(build_hash_inputs(&spec, &r, &err), 0);
	assert_int_equal(json_object_size(r.input_digests), 6);
	assert_non_null(json_object_get(r.input_digests, "src/pkg/c.py"));
	assert_non_null(json_object_get(r.input_digests, "(command)"));
	assert_non_null(json_object_get(r.input_digests, "(environment)"));
	assert_null(json_object_get(r.input_digests, "src/notes.txt"));
	build_result_release(&r);

	/* Timestamps and the order inputs are written in change nothing. */
	assert_int_equal(utimensat(AT_FDCWD, "src/a.py", old, 0), 0);
	spec.inputs = reordered;
	spec.n_inputs = 4;
	key_of(&spec, k);
	assert_string_equal(k, first);
	spec = folder_spec();

	/* A file outside the inputs changes nothing. */
	write_file("src/notes.txt", "edited\n", 0644);
	key_of(&spec, k);
	assert_string_equal(k, first);

	/* Content, the executable bit, the command and the environment do. */
	write_file("src/a.py", "A = 10\n", 0644);
	key_of(&spec, k);
	assert_string_not_equal(k, first);
	write_file("src/a.py", "A = 1\n", 0755);
	key_of(&spec, k);
	assert_string_not_equal(k, first);
	write_file("src/a.py", "A = 1\n", 0644);
	key_of(&spec, k);
	assert_string_equal(k, first);
	spec.command = other_cmd;
	spec.n_command = 3;
	key_of(&spec, k);
	assert_string_not_equal(k, first);
	spec = folder_spec();
	spec.env = other_env;
	key_of(&spec, k);
	assert_string_not_equal(k, first);

	/* What the command reads outside its folder, by digest: an input named
	 * "(NAME)", whose digest, not where it lies, makes the key. */
	{
		const char *wheels[] = { "find-links=0123456789abcdef0123" };
		const char *other_wheels[] = { "find-links=fedcba9876543210fedc" };
		char with[BUILD_SHA256_HEX];

		spec = folder_spec();
		spec.outside = wheels;
		spec.n_outside = 1;
		key_of(&spec, with);
		assert_string_not_equal(with, first);
		assert_int_equal(build_hash_inputs(&spec, &r, &err), 0);
		assert_string_equal(json_string_value(json_object_get(r.input_digests,
								      "(find-links)")),
				    "0123456789ab");
		build_result_release(&r);
		spec.outside = other_wheels;
		key_of(&spec, k);
		assert_string_not_equal(k, with);
	}

	/* An empty folder has a digest too (an empty wheelhouse: ASan and
	 * UBSan stopped qsort of its empty list). */
	{
		char a[BUILD_SHA256_HEX], b[BUILD_SHA256_HEX];

		assert_int_equal(mkdir("empty", 0755), 0);
		assert_int_equal(build_path_sha256("empty", a, &err), 0);
		assert_int_equal(mkdir("empty2", 0755), 0);
		assert_int_equal(build_path_sha256("empty2", b, &err), 0);
		assert_string_equal(a, b);
	}
	strbuf_release(&err);
}

/* A symbolic link back to a folder the walk is inside is named as a loop
 * where the walk meets it (not at some depth the file system's limits on
 * links or a path's length may come first); two links to one folder are
 * no loop. */
static void test_symlink_loop_in_inputs(void **state)
{
	struct build_spec spec = folder_spec();
	struct strbuf err = STRBUF_INIT;
	struct build_result r;
	char sha[BUILD_SHA256_HEX];

	(void)state;
	assert_int_equal(symlink("pkg", "src/pkg2"), 0);
	assert_int_equal(build_path_sha256("src", sha, &err), 0);
	assert_int_equal(unlink("src/pkg2"), 0);
	assert_int_equal(symlink("..", "src/pkg/up"), 0);
	assert_int_equal(build_hash_inputs(&spec, &r, &err), -1);
	assert_string_equal(err.buf, "src/pkg/up/pkg leads back to src/pkg (a symbolic link loop)");
	strbuf_reset(&err);
	assert_int_equal(build_path_sha256("src", sha, &err), -1);
	assert_string_equal(err.buf, "src/pkg/up leads back to src (a symbolic link loop)");
	strbuf_release(&err);
}

static void test_pattern_matching_nothing(void **state)
{
	struct build_spec spec = folder_spec();
	const char *typo[] = { "src/*.pyx" };
	struct strbuf err = STRBUF_INIT;
	struct build_result r;

	(void)state;
	spec.inputs = typo;
	spec.n_inputs = 1;
	assert_int_equal(build_hash_inputs(&spec, &r, &err), -1);
	assert_string_equal(err.buf, "build.inputs: \"src/*.pyx\" matches no file in .");
	strbuf_release(&err);
}

/*
 * An input outside the build's folder, by a relative path (a Lambda
 * function's code and requirements beside the stack's folder, as
 * terraform-aws-lambda's examples keep them in ../fixtures): hashed by that
 * name and its bytes, so a change in it rebuilds and the same layout
 * elsewhere has the same key; the command reads it. An absolute path (the
 * key would hold this machine's) and a folder holding the build's (its
 * output and cache) are refused.
 */
static void test_input_outside_the_folder(void **state)
{
	const char *cmd[] = { "sh", "-c", "mkdir -p out && cp ../shared/req.txt out/" };
	const char *outside[] = { "../shared/req.txt" };
	const char *holding[] = { "./.." };
	const char *absolute[] = { "/etc/hostname" };
	struct build_spec spec = {
		.command = cmd, .n_command = 3, .dir = "stack", .inputs = outside, .n_inputs = 1,
		.output = "out",
	};
	char before[BUILD_SHA256_HEX], after[BUILD_SHA256_HEX];
	struct strbuf err = STRBUF_INIT, copied = STRBUF_INIT;
	struct build_result r;
	const char *why;

	(void)state;
	assert_int_equal(mkdir("stack", 0755), 0);
	assert_int_equal(mkdir("shared", 0755), 0);
	write_file("shared/req.txt", "colorful\n", 0644);
	key_of(&spec, before);
	assert_int_equal(build_hash_inputs(&spec, &r, &err), 0);
	assert_string_equal(json_string_value(json_object_get(r.input_digests,
							     "../shared/req.txt")),
			    "6451fb5b259e"); /* sha256sum of "colorful\n" */
	build_result_release(&r);
	write_file("shared/req.txt", "colorful==0.5.6\n", 0644);
	key_of(&spec, after);
	assert_string_not_equal(before, after);
	assert_int_equal(build_ensure(&spec, &r, &err), 0);
	char *out = xasprintf("%s/req.txt", r.output_path);
	assert_true(input_file_read(out, &copied, &why) >= 0);
	assert_string_equal(copied.buf, "colorful==0.5.6\n");
	free(out);
	build_result_release(&r);

	spec.inputs = holding;
	assert_int_equal(build_hash_inputs(&spec, &r, &err), -1);
	assert_string_equal(err.buf, "build.inputs: \"./..\" holds the build's folder (its output "
			    "and the cache would be inputs of the build): name the files it needs");
	strbuf_reset(&err);
	spec.inputs = absolute;
	assert_int_equal(build_hash_inputs(&spec, &r, &err), -1);
	assert_string_equal(err.buf, "build.inputs: \"/etc/hostname\" must be a path relative to "
			    "the build's folder (an absolute one would put this machine's path in "
			    "the build's key)");
	strbuf_release(&copied);
	strbuf_release(&err);
}

static void test_built_once(void **state)
{
	struct build_spec spec = folder_spec();
	struct strbuf err = STRBUF_INIT, mode = STRBUF_INIT;
	struct build_result r, again;
	char *mode_path;

	(void)state;
	assert_int_equal(build_ensure(&spec, &r, &err), 0);
	assert_true(r.built);
	assert_true(r.output_is_dir);
	assert_int_equal(runs(), 1);
	mode_path = xasprintf("%s/mode.txt", r.output_path);
	const char *why;
	assert_true(input_file_read(mode_path, &mode, &why) >= 0);
	assert_string_equal(mode.buf, "fast\n");
	assert_int_equal(build_ensure(&spec, &again, &err), 0);
	assert_false(again.built);
	assert_int_equal(runs(), 1);
	assert_string_equal(again.output_path, r.output_path);
	assert_string_equal(again.output_sha256, r.output_sha256);
	free(mode_path);
	strbuf_release(&mode);
	build_result_release(&r);
	build_result_release(&again);
	strbuf_release(&err);
}

/* A folder input holding the output and the cache: neither is an input,
 * or each build would change the key of the next. */
static void test_output_is_no_input(void **state)
{
	const char *cmd[] = { "sh", "-c", "mkdir -p out && cp src/a.py out/" };
	const char *all[] = { "." };
	struct build_spec spec = folder_spec();
	struct strbuf err = STRBUF_INIT;
	struct build_result r;
	char before[BUILD_SHA256_HEX], after[BUILD_SHA256_HEX];

	(void)state;
	spec.command = cmd;
	spec.n_command = 3;
	spec.inputs = all;
	spec.n_inputs = 1;
	key_of(&spec, before);
	assert_int_equal(build_ensure(&spec, &r, &err), 0);
	assert_true(r.built);
	key_of(&spec, after);
	assert_string_equal(before, after);
	build_result_release(&r);
	assert_int_equal(build_ensure(&spec, &r, &err), 0);
	assert_false(r.built);
	build_result_release(&r);
	strbuf_release(&err);
}

static void package_of(const char *path, struct package_zip *z)
{
	struct strbuf err = STRBUF_INIT;

	assert_int_equal(package_zip_build(path, z, &err), 0);
	strbuf_release(&err);
}

static void test_reproducible(void **state)
{
	struct build_spec spec = folder_spec();
	struct strbuf err = STRBUF_INIT, log = STRBUF_INIT;
	struct build_result r1, r2;
	struct package_zip z1, z2;
	char *log_path;

	(void)state;
	assert_int_equal(build_ensure(&spec, &r1, &err), 0);
	assert_int_equal(rename(BUILD_CACHE_DIR, "first-cache"), 0);
	sleep(1); /* the second build's files get other timestamps */
	assert_int_equal(build_ensure(&spec, &r2, &err), 0);
	assert_true(r2.built);
	assert_int_equal(runs(), 2);
	assert_string_equal(r1.output_sha256, r2.output_sha256);
	char *first = xasprintf("first-cache/%s/out", r1.inputs_sha256);
	package_of(first, &z1);
	package_of(r2.output_path, &z2);
	assert_int_equal(z1.len, z2.len);
	assert_memory_equal(z1.data, z2.data, z1.len);
	/* The command saw the fixed epoch. */
	log_path = xasprintf(BUILD_CACHE_DIR "/logs/%s.log", r2.inputs_sha256);
	const char *why;
	assert_true(input_file_read(log_path, &log, &why) >= 0);
	assert_string_equal(log.buf, "epoch " BUILD_SOURCE_DATE_EPOCH " mode fast\n");
	free(log_path);
	free(first);
	package_zip_release(&z1);
	package_zip_release(&z2);
	build_result_release(&r1);
	build_result_release(&r2);
	strbuf_release(&log);
	strbuf_release(&err);
}

static void test_failure(void **state)
{
	const char *cmd[] = { "sh", "-c",
			      "for i in 1 2 3 4 5 6 7 8 9 10 11 12; do echo line $i; done; "
			      "mkdir -p out; echo partial >out/a; echo oops >&2; exit 4" };
	struct build_spec spec = folder_spec();
	struct strbuf err = STRBUF_INIT;
	struct build_result r;
	char key[BUILD_SHA256_HEX], *expected, *entry;
	struct stat st;

	(void)state;
	spec.command = cmd;
	spec.n_command = 3;
	key_of(&spec, key);
	assert_int_equal(build_ensure(&spec, &r, &err), -1);
	expected = xasprintf("the build failed (sh: exit status 4)\n"
			     "line 4\nline 5\nline 6\nline 7\nline 8\nline 9\nline 10\nline 11\n"
			     "line 12\noops\nbuild log: " BUILD_CACHE_DIR "/logs/%s.log", key);
	assert_string_equal(err.buf, expected);
	entry = xasprintf(BUILD_CACHE_DIR "/%s", key);
	assert_int_equal(stat(entry, &st), -1);
	free(entry);
	free(expected);
	strbuf_release(&err);
}

static void test_deadline(void **state)
{
	const char *cmd[] = { "sleep", "30" };
	struct build_spec spec = folder_spec();
	struct strbuf err = STRBUF_INIT;
	struct build_result r;

	(void)state;
	spec.command = cmd;
	spec.timeout = 1;
	assert_int_equal(build_ensure(&spec, &r, &err), -1);
	assert_non_null(strstr(err.buf, "the build timed out after 1 s and was stopped\n"
					"build log: " BUILD_CACHE_DIR "/logs/"));
	strbuf_release(&err);
}

static void test_describe_changes(void **state)
{
	json_t *before = json_pack("{s:s, s:s, s:s}", "a.py", "111", "b.py", "222", "(command)", "c");
	json_t *after = json_pack("{s:s, s:s, s:s}", "a.py", "999", "b.py", "222", "(command)", "d");
	struct strbuf out = STRBUF_INIT;

	(void)state;
	build_describe_changes(before, after, &out);
	assert_string_equal(out.buf, "2 of 3 inputs changed: a.py, (command)");
	strbuf_reset(&out);
	build_describe_changes(before, before, &out);
	assert_string_equal(out.buf, "");
	build_describe_changes(NULL, after, &out);
	assert_string_equal(out.buf, "3 inputs, not built before");
	strbuf_release(&out);
	json_decref(before);
	json_decref(after);
}

/* A shared-cache store over the folder "remote" (the test's double of
 * the S3 one), counting its calls. */
static int store_gets, store_puts;

static int folder_get(const char *uri, const char *key, const char *into, struct strbuf *err)
{
	char *from = xasprintf("remote/%s", key), *cmd = xasprintf("cp -R %s %s", from, into);
	struct stat st;
	int rc = stat(from, &st) < 0 ? 0 : system(cmd) == 0 ? 1 : -1;

	(void)uri;
	(void)err;
	store_gets++;
	free(from);
	free(cmd);
	return rc;
}

static int folder_put(const char *uri, const char *key, const char *from, struct strbuf *err)
{
	char *cmd = xasprintf("mkdir -p remote && cp -R %s remote/%s", from, key);
	int rc = system(cmd) == 0 ? 0 : -1;

	(void)uri;
	(void)err;
	store_puts++;
	free(cmd);
	return rc;
}

static const struct build_cache_store folder_store = { "test://", folder_get, folder_put };

static void test_shared_store(void **state)
{
	struct build_spec spec = folder_spec();
	struct strbuf err = STRBUF_INIT;
	struct build_result r;
	char *copy;

	(void)state;
	build_cache_store_register(&folder_store);
	build_cache_store_register(&folder_store);
	setenv(BUILD_SHARED_CACHE_ENV, "test://remote", 1);
	store_gets = store_puts = 0;
	assert_int_equal(build_ensure(&spec, &r, &err), 0);
	assert_true(r.built);
	assert_int_equal(store_puts, 1);
	copy = xasprintf("remote/%s/out/a.py", r.inputs_sha256);
	assert_int_equal(access(copy, F_OK), 0);
	build_result_release(&r);
	/* Another runner: an empty local cache; the store gives it. */
	assert_int_equal(system("rm -rf " BUILD_CACHE_DIR), 0);
	assert_int_equal(build_ensure(&spec, &r, &err), 0);
	assert_false(r.built);
	assert_true(r.from_shared);
	assert_int_equal(runs(), 1);
	assert_int_equal(store_gets, 2);
	build_result_release(&r);
	/* An entry whose output changed is not taken: the command runs. */
	write_file(copy, "A = 666\n", 0644);
	assert_int_equal(system("rm -rf " BUILD_CACHE_DIR), 0);
	assert_int_equal(build_ensure(&spec, &r, &err), 0);
	assert_true(r.built);
	assert_false(r.from_shared);
	assert_int_equal(runs(), 2);
	build_result_release(&r);
	/* A scheme no store serves. */
	setenv(BUILD_SHARED_CACHE_ENV, "nope://x", 1);
	assert_int_equal(system("rm -rf " BUILD_CACHE_DIR), 0);
	assert_int_equal(build_ensure(&spec, &r, &err), -1);
	assert_string_equal(err.buf, BUILD_SHARED_CACHE_ENV "=nope://x: no build cache serves "
			    "\"nope://\" (a folder, or s3://BUCKET/PREFIX)");
	unsetenv(BUILD_SHARED_CACHE_ENV);
	free(copy);
	strbuf_release(&err);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_key_follows_inputs, setup, teardown),
		cmocka_unit_test_setup_teardown(test_symlink_loop_in_inputs, setup, teardown),
		cmocka_unit_test_setup_teardown(test_pattern_matching_nothing, setup, teardown),
		cmocka_unit_test_setup_teardown(test_built_once, setup, teardown),
		cmocka_unit_test_setup_teardown(test_output_is_no_input, setup, teardown),
		cmocka_unit_test_setup_teardown(test_reproducible, setup, teardown),
		cmocka_unit_test_setup_teardown(test_failure, setup, teardown),
		cmocka_unit_test_setup_teardown(test_deadline, setup, teardown),
		cmocka_unit_test_setup_teardown(test_describe_changes, setup, teardown),
		cmocka_unit_test_setup_teardown(test_shared_store, setup, teardown),
		cmocka_unit_test_setup_teardown(test_input_outside_the_folder, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
