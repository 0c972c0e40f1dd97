/*
 * test_zip.c: deterministic Lambda packages (provider/aws/build/zip.c): the same
 * folder gives the same bytes whatever the files' timestamps; content, names
 * and the executable bit change them; entries are sorted, carry 1980-01-01,
 * 0644 or 0755 and no extra fields; errors name the path.
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
#include <zip.h>

#include "provider/aws/build/zip.h"

struct fixture {
	char dir[64];  /* the temporary folder holding the test package */
	char *src;     /* dir/src: the folder that is packaged */
};

static char *path_in(const struct fixture *f, const char *rel)
{
	return xasprintf("%s/%s", f->src, rel);
}

static void write_file(const struct fixture *f, const char *rel, const char *content, mode_t mode)
{
	char *path = path_in(f, rel);
	FILE *fp = fopen(path, "w");

	assert_non_null(fp);
	fputs(content, fp);
	assert_int_equal(fclose(fp), 0);
	assert_int_equal(chmod(path, mode), 0);
	free(path);
}

static void make_dir(const struct fixture *f, const char *rel)
{
	char *path = path_in(f, rel);

	assert_int_equal(mkdir(path, 0755), 0);
	free(path);
}

/* A folder whose files are created out of name order. */
static int setup(void **state)
{
	struct fixture *f = xcalloc(1, sizeof(*f));

	strcpy(f->dir, "/tmp/terrace-test-zip.XXXXXX");
	assert_non_null(mkdtemp(f->dir));
	f->src = xasprintf("%s/src", f->dir);
	assert_int_equal(mkdir(f->src, 0755), 0);
	write_file(f, "z.txt", "last\n", 0644);
	make_dir(f, "b");
	make_dir(f, "b/d");
	write_file(f, "b/d/e.py", "print('e')\n", 0600);
	write_file(f, "run.sh", "#!/bin/sh\necho run\n", 0700);
	write_file(f, "b/c.txt", "c\n", 0664);
	write_file(f, "a.txt", "a\n", 0644);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	char *cmd = xasprintf("rm -rf '%s'", f->dir);

	assert_int_equal(system(cmd), 0);
	free(cmd);
	free(f->src);
	free(f);
	return 0;
}

static void build_ok(const char *source, struct package_zip *z)
{
	struct strbuf err = STRBUF_INIT;
	int rc = package_zip_build(source, z, &err);

	if (rc)
		fail_msg("package_zip_build(%s): %s", source, err.buf);
	strbuf_release(&err);
	assert_non_null(z->data);
	assert_true(z->len > 0);
}

static bool same_bytes(const struct package_zip *a, const struct package_zip *b)
{
	return a->len == b->len && !memcmp(a->data, b->data, a->len);
}

/* Open a package for reading; zip_discard() frees it and its source. */
static zip_t *open_package(const struct package_zip *z)
{
	zip_error_t ze;
	zip_source_t *src;
	zip_t *za;

	zip_error_init(&ze);
	src = zip_source_buffer_create(z->data, z->len, 0, &ze);
	assert_non_null(src);
	za = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &ze);
	zip_error_fini(&ze);
	assert_non_null(za);
	return za;
}

static void test_same_folder_same_bytes(void **state)
{
	struct fixture *f = *state;
	struct package_zip a, b;
	char ha[PACKAGE_SHA256_B64_SIZE], hb[PACKAGE_SHA256_B64_SIZE];

	build_ok(f->src, &a);
	build_ok(f->src, &b);
	assert_true(same_bytes(&a, &b));
	package_sha256_base64(a.data, a.len, ha);
	package_sha256_base64(b.data, b.len, hb);
	assert_string_equal(ha, hb);
	assert_int_equal(strlen(ha), 44);
	package_zip_release(&a);
	package_zip_release(&b);
}

static void test_mtime_does_not_change_bytes(void **state)
{
	struct fixture *f = *state;
	struct package_zip a, b;
	char *path = path_in(f, "b/c.txt");
	struct timespec times[2] = { { 1234567890, 0 }, { 1234567890, 0 } };

	build_ok(f->src, &a);
	assert_int_equal(utimensat(AT_FDCWD, path, times, 0), 0);
	build_ok(f->src, &b);
	assert_true(same_bytes(&a, &b));
	package_zip_release(&a);
	package_zip_release(&b);
	free(path);
}

static void test_content_changes_bytes(void **state)
{
	struct fixture *f = *state;
	struct package_zip a, b;
	char ha[PACKAGE_SHA256_B64_SIZE], hb[PACKAGE_SHA256_B64_SIZE];

	build_ok(f->src, &a);
	write_file(f, "b/c.txt", "c changed\n", 0664);
	build_ok(f->src, &b);
	assert_false(same_bytes(&a, &b));
	package_sha256_base64(a.data, a.len, ha);
	package_sha256_base64(b.data, b.len, hb);
	assert_string_not_equal(ha, hb);
	package_zip_release(&a);
	package_zip_release(&b);
}

static void test_executable_bit_changes_bytes(void **state)
{
	struct fixture *f = *state;
	struct package_zip a, b;
	char *path = path_in(f, "a.txt");

	build_ok(f->src, &a);
	assert_int_equal(chmod(path, 0755), 0);
	build_ok(f->src, &b);
	assert_false(same_bytes(&a, &b));
	package_zip_release(&a);
	package_zip_release(&b);
	free(path);
}

/* Read back: names sorted, permissions fixed, 1980-01-01, no extra fields. */
static void test_entries_sorted_with_fixed_metadata(void **state)
{
	static const char *const names[] = { "a.txt", "b/c.txt", "b/d/e.py", "run.sh", "z.txt" };
	static const unsigned modes[] = { 0644, 0644, 0644, 0755, 0644 };
	static const char *const contents[] = { "a\n", "c\n", "print('e')\n",
						"#!/bin/sh\necho run\n", "last\n" };
	struct fixture *f = *state;
	struct package_zip z;
	zip_t *za;

	build_ok(f->src, &z);
	za = open_package(&z);
	assert_int_equal(zip_get_num_entries(za, 0), 5);
	for (zip_uint64_t i = 0; i < 5; i++) {
		zip_uint8_t opsys;
		zip_uint32_t attributes;
		zip_stat_t st;
		struct tm tm;
		char buf[64];
		zip_file_t *zf;
		zip_int64_t n;

		assert_string_equal(zip_get_name(za, i, 0), names[i]);
		assert_int_equal(zip_file_get_external_attributes(za, i, 0, &opsys, &attributes), 0);
		assert_int_equal(opsys, ZIP_OPSYS_UNIX);
		assert_int_equal(attributes >> 16, S_IFREG | modes[i]);
		assert_int_equal(zip_file_extra_fields_count(za, i, ZIP_FL_LOCAL), 0);
		assert_int_equal(zip_file_extra_fields_count(za, i, ZIP_FL_CENTRAL), 0);
		assert_int_equal(zip_stat_index(za, i, 0, &st), 0);
		assert_int_equal(st.comp_method, ZIP_CM_DEFLATE);
		localtime_r(&st.mtime, &tm);
		assert_int_equal(tm.tm_year + 1900, 1980);
		assert_int_equal(tm.tm_mon, 0);
		assert_int_equal(tm.tm_mday, 1);
		assert_int_equal(tm.tm_hour, 0);
		assert_int_equal(tm.tm_min, 0);
		zf = zip_fopen_index(za, i, 0);
		assert_non_null(zf);
		n = zip_fread(zf, buf, sizeof(buf) - 1);
		assert_true(n >= 0);
		buf[n] = '\0';
		assert_string_equal(buf, contents[i]);
		zip_fclose(zf);
	}
	zip_discard(za);
	package_zip_release(&z);
}

/* The unzip tool agrees, when the machine has one. */
static void test_unzip_lists_entries(void **state)
{
	struct fixture *f = *state;
	struct package_zip z;
	char *zip_path, *cmd;
	FILE *fp;
	char line[512];
	struct strbuf names = STRBUF_INIT;

	if (system("command -v unzip >/dev/null 2>&1")) {
		skip();
		return;
	}
	build_ok(f->src, &z);
	zip_path = xasprintf("%s/package.zip", f->dir);
	fp = fopen(zip_path, "wb");
	assert_non_null(fp);
	assert_int_equal(fwrite(z.data, 1, z.len, fp), z.len);
	assert_int_equal(fclose(fp), 0);
	/* unzip -Z1: one name per line; unzip -t checks every CRC. */
	cmd = xasprintf("unzip -Z1 '%s' && unzip -tq '%s' >/dev/null", zip_path, zip_path);
	fp = popen(cmd, "r");
	assert_non_null(fp);
	while (fgets(line, sizeof(line), fp))
		strbuf_addstr(&names, line);
	assert_int_equal(pclose(fp), 0);
	assert_string_equal(names.buf, "a.txt\nb/c.txt\nb/d/e.py\nrun.sh\nz.txt\n");
	strbuf_release(&names);
	free(cmd);
	free(zip_path);
	package_zip_release(&z);
}

static void test_single_file_under_its_base_name(void **state)
{
	struct fixture *f = *state;
	struct package_zip z;
	zip_t *za;
	char *path = path_in(f, "b/d/e.py");

	build_ok(path, &z);
	za = open_package(&z);
	assert_int_equal(zip_get_num_entries(za, 0), 1);
	assert_string_equal(zip_get_name(za, 0, 0), "e.py");
	zip_discard(za);
	package_zip_release(&z);
	free(path);
}

static void test_trailing_slash_same_package(void **state)
{
	struct fixture *f = *state;
	struct package_zip a, b;
	char *slashed = xasprintf("%s/", f->src);

	build_ok(f->src, &a);
	build_ok(slashed, &b);
	assert_true(same_bytes(&a, &b));
	package_zip_release(&a);
	package_zip_release(&b);
	free(slashed);
}

static void expect_error(const char *source, const char *message)
{
	struct package_zip z;
	struct strbuf err = STRBUF_INIT;

	assert_int_equal(package_zip_build(source, &z, &err), -1);
	assert_null(z.data);
	assert_string_equal(err.buf, message);
	strbuf_release(&err);
}

static void test_errors_name_the_path(void **state)
{
	struct fixture *f = *state;
	char *missing = path_in(f, "nope");
	char *empty = path_in(f, "empty");
	char *msg;

	msg = xasprintf("cannot read %s: No such file or directory", missing);
	expect_error(missing, msg);
	free(msg);
	assert_int_equal(mkdir(empty, 0755), 0);
	msg = xasprintf("folder %s holds no files", empty);
	expect_error(empty, msg);
	free(msg);
	expect_error("", "source path is empty");
	free(missing);
	free(empty);
}

static void test_symlink_loop_is_an_error(void **state)
{
	struct fixture *f = *state;
	char *link = path_in(f, "b/loop");
	char *loop_message;
	struct strbuf err = STRBUF_INIT;
	struct package_zip z;

	assert_int_equal(symlink("..", link), 0);
	assert_int_equal(package_zip_build(f->src, &z, &err), -1);
	loop_message = xasprintf("%s/b/loop leads back to %s (a symbolic link loop)", f->src, f->src);
	assert_string_equal(err.buf, loop_message);
	free(loop_message);
	strbuf_release(&err);
	free(link);
}

/* A folder reached by two links is packed under both names: only a link
 * back to a folder the walk is inside is a loop. */
static void test_two_links_to_one_folder_are_no_loop(void **state)
{
	static const char *const names[] = { "a.txt",	 "b/c.txt", "b/d/e.py",
					     "b/d2/e.py", "run.sh",  "z.txt" };
	struct fixture *f = *state;
	char *link = path_in(f, "b/d2");
	struct package_zip z;
	zip_t *za;

	assert_int_equal(symlink("d", link), 0);
	build_ok(f->src, &z);
	za = open_package(&z);
	assert_int_equal(zip_get_num_entries(za, 0), 6);
	for (zip_uint64_t i = 0; i < 6; i++)
		assert_string_equal(zip_get_name(za, i, 0), names[i]);
	zip_discard(za);
	package_zip_release(&z);
	free(link);
}

static void test_sha256_base64(void **state)
{
	char out[PACKAGE_SHA256_B64_SIZE];

	(void)state;
	package_sha256_base64("", 0, out);
	assert_string_equal(out, "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
	package_sha256_base64("abc", 3, out);
	assert_string_equal(out, "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_same_folder_same_bytes, setup, teardown),
		cmocka_unit_test_setup_teardown(test_mtime_does_not_change_bytes, setup, teardown),
		cmocka_unit_test_setup_teardown(test_content_changes_bytes, setup, teardown),
		cmocka_unit_test_setup_teardown(test_executable_bit_changes_bytes, setup, teardown),
		cmocka_unit_test_setup_teardown(test_entries_sorted_with_fixed_metadata, setup, teardown),
		cmocka_unit_test_setup_teardown(test_unzip_lists_entries, setup, teardown),
		cmocka_unit_test_setup_teardown(test_single_file_under_its_base_name, setup, teardown),
		cmocka_unit_test_setup_teardown(test_trailing_slash_same_package, setup, teardown),
		cmocka_unit_test_setup_teardown(test_errors_name_the_path, setup, teardown),
		cmocka_unit_test_setup_teardown(test_symlink_loop_is_an_error, setup, teardown),
		cmocka_unit_test_setup_teardown(test_two_links_to_one_folder_are_no_loop, setup, teardown),
		cmocka_unit_test(test_sha256_base64),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
