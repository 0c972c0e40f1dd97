/*
 * test_journal.c: the local backend's journal (plan/backend_local.c): what
 * apply appends per resource instead of writing the whole state. Load
 * replays it onto the state it extends, stops at a line cut by a crash,
 * ignores one left over from an older state, and counts the replayed state
 * one serial later; a save supersedes and removes it; appends are refused
 * (1) unless the state on disk is the one named, and under a sealing key.
 * And the records both backends share (plan/journal.c): which state a
 * header names, how a record merges.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "plan/journal.h"
#include "plan/state.h"
#include "tests/unit/tmpdir_support.h"

struct fixture {
	char dir[64];
	char *path;
	char *journal;
	struct backend *b;
	json_t *st; /* as last saved */
};

static json_t *bucket(const char *id)
{
	return json_pack("{s:s, s:s, s:s, s:s, s:{s:s}, s:[], s:[]}",
			 "type", "aws.s3.bucket", "provider", "aws", "id", id,
			 "status", "created", "attributes", "bucket", id,
			 "sensitive_attributes", "dependencies");
}

static json_int_t serial_of(const json_t *st)
{
	return json_integer_value(json_object_get(st, "serial"));
}

static const char *lineage_of(const json_t *st)
{
	return json_string_value(json_object_get(st, "lineage"));
}

/* A saved state holding "lake" and "logs" (serial 1), no journal yet. */
static int setup(void **state)
{
	struct fixture *fx = calloc(1, sizeof(*fx));
	strcpy(fx->dir, "/tmp/terrace-test-journal-XXXXXX");
	if (!mkdtemp(fx->dir))
		return -1;
	fx->path = xasprintf("%s/terrace.state.json", fx->dir);
	fx->journal = xasprintf("%s.journal", fx->path);
	fx->b = backend_local_new(fx->path);
	struct strbuf err = STRBUF_INIT;
	if (fx->b->ops->load(fx->b, &fx->st, &err))
		return -1;
	json_object_set_new(json_object_get(fx->st, "resources"), "lake", bucket("acme-lake"));
	json_object_set_new(json_object_get(fx->st, "resources"), "logs", bucket("acme-logs"));
	if (fx->b->ops->save(fx->b, fx->st, &err))
		return -1;
	strbuf_release(&err);
	*state = fx;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *fx = *state;
	fx->b->ops->free(fx->b);
	json_decref(fx->st);
	remove_tree(fx->dir);
	free(fx->path);
	free(fx->journal);
	free(fx);
	return 0;
}

/* Append `changes` (JSON text) for the saved state; the journal op's result. */
static int append(struct fixture *fx, const char *changes)
{
	json_t *c = json_loads(changes, 0, NULL);
	assert_non_null(c);
	struct strbuf err = STRBUF_INIT;
	int rc = fx->b->ops->journal(fx->b, lineage_of(fx->st), serial_of(fx->st), c, &err);
	if (rc < 0)
		fail_msg("journal: %s", err.buf);
	json_decref(c);
	strbuf_release(&err);
	return rc;
}

/* The state as a new process would load it. */
static json_t *load_fresh(struct fixture *fx)
{
	struct backend *b = backend_local_new(fx->path);
	struct strbuf err = STRBUF_INIT;
	json_t *st = NULL;
	if (b->ops->load(b, &st, &err))
		fail_msg("load: %s", err.buf);
	strbuf_release(&err);
	b->ops->free(b);
	return st;
}

static json_t *resource(const json_t *st, const char *name)
{
	return json_object_get(json_object_get(st, "resources"), name);
}

static void test_replayed_on_load(void **state)
{
	struct fixture *fx = *state;
	json_t *pending = json_pack("{s:s, s:s, s:s, s:{}, s:[], s:[]}", "type", "aws.s3.bucket",
				    "provider", "aws", "status", "pending", "attributes",
				    "sensitive_attributes", "dependencies");
	json_t *changes = json_pack("{s:{s:o}, s:{}}", "resources", "raw", pending, "data");
	char *text = json_dumps(changes, 0);
	assert_int_equal(append(fx, text), 0);
	free(text);
	json_decref(changes);
	assert_int_equal(append(fx, "{\"resources\": {\"raw\": {\"type\": \"aws.s3.bucket\", "
				    "\"provider\": \"aws\", \"id\": \"acme-raw\", \"status\": \"created\", "
				    "\"attributes\": {}, \"sensitive_attributes\": [], "
				    "\"dependencies\": []}, \"logs\": null}, "
				    "\"data\": {\"azs\": {\"type\": \"aws.availability_zones\", "
				    "\"attributes\": {\"names\": [\"a\"]}}}}"), 0);
	/* The state file itself is untouched: only the journal grew. */
	json_t *on_disk = json_load_file(fx->path, 0, NULL);
	assert_true(json_equal(on_disk, fx->st));
	json_decref(on_disk);

	json_t *st = load_fresh(fx);
	assert_string_equal(json_string_value(json_object_get(resource(st, "raw"), "status")),
			    "created");
	assert_string_equal(json_string_value(json_object_get(resource(st, "raw"), "id")),
			    "acme-raw");
	assert_null(resource(st, "logs"));
	assert_non_null(resource(st, "lake"));
	assert_non_null(json_object_get(json_object_get(st, "data"), "azs"));
	/* One serial later than the file: a plan saved before is stale. */
	assert_int_equal(serial_of(st), serial_of(fx->st) + 1);
	assert_string_equal(lineage_of(st), lineage_of(fx->st));
	json_decref(st);
}

static void test_cut_line_ignored(void **state)
{
	struct fixture *fx = *state;
	assert_int_equal(append(fx, "{\"resources\": {\"logs\": null}}"), 0);
	/* A crash in the middle of the next append. */
	int fd = open(fx->journal, O_WRONLY | O_APPEND);
	assert_true(fd >= 0);
	const char *cut = "{\"resources\": {\"lake\": nu";
	assert_int_equal(write(fd, cut, strlen(cut)), (ssize_t)strlen(cut));
	close(fd);

	json_t *st = load_fresh(fx);
	assert_null(resource(st, "logs"));
	assert_non_null(resource(st, "lake"));
	json_decref(st);
}

static void test_save_supersedes(void **state)
{
	struct fixture *fx = *state;
	assert_int_equal(append(fx, "{\"resources\": {\"logs\": null}}"), 0);
	struct stat sb;
	assert_int_equal(stat(fx->journal, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0600);

	json_object_del(json_object_get(fx->st, "resources"), "logs");
	struct strbuf err = STRBUF_INIT;
	assert_int_equal(fx->b->ops->save(fx->b, fx->st, &err), 0);
	assert_int_equal(stat(fx->journal, &sb), -1);
	json_t *st = load_fresh(fx);
	assert_true(json_equal(st, fx->st));
	json_decref(st);

	/* Appends go on for the state just saved, in a new journal. */
	assert_int_equal(append(fx, "{\"resources\": {\"lake\": null}}"), 0);
	st = load_fresh(fx);
	assert_null(resource(st, "lake"));
	assert_int_equal(serial_of(st), serial_of(fx->st) + 1);
	json_decref(st);
	strbuf_release(&err);
}

/* A journal left by a process killed after its save's rename, before it
 * removed the journal, names the older serial: ignored. */
static void test_older_journal_ignored(void **state)
{
	struct fixture *fx = *state;
	FILE *f = fopen(fx->journal, "w");
	assert_non_null(f);
	fprintf(f, "{\"journal\":1,\"lineage\":\"%s\",\"serial\":%lld}\n"
		   "{\"resources\":{\"lake\":null}}\n",
		lineage_of(fx->st), (long long)serial_of(fx->st) - 1);
	fclose(f);
	json_t *st = load_fresh(fx);
	assert_true(json_equal(st, fx->st));
	json_decref(st);
}

static void test_refused_unless_on_disk(void **state)
{
	struct fixture *fx = *state;
	json_t *c = json_pack("{s:{}, s:{}}", "resources", "data");
	struct strbuf err = STRBUF_INIT;
	/* Another serial, another lineage: not what the file holds. */
	assert_int_equal(fx->b->ops->journal(fx->b, lineage_of(fx->st), serial_of(fx->st) + 1,
					     c, &err), 1);
	assert_int_equal(fx->b->ops->journal(fx->b, "00000000-0000-4000-8000-000000000000",
					     serial_of(fx->st), c, &err), 1);
	struct stat sb;
	assert_int_equal(stat(fx->journal, &sb), -1);

	/* A state loaded with a journal replayed is not the file either. */
	assert_int_equal(append(fx, "{\"resources\": {\"logs\": null}}"), 0);
	struct backend *b = backend_local_new(fx->path);
	json_t *st = NULL;
	assert_int_equal(b->ops->load(b, &st, &err), 0);
	assert_int_equal(b->ops->journal(b, lineage_of(st), serial_of(st), c, &err), 1);
	assert_int_equal(b->ops->journal(b, lineage_of(fx->st), serial_of(fx->st), c, &err), 1);
	/* Its save compacts it; then appends go on. */
	assert_int_equal(b->ops->save(b, st, &err), 0);
	assert_int_equal(b->ops->journal(b, lineage_of(st), serial_of(st), c, &err), 0);
	json_decref(st);
	b->ops->free(b);

	/* Under a sealing key the journal would hold the state in clear. */
	b = backend_local_new(fx->path);
	unsigned char key[ENCRYPT_KEY_SIZE] = { 1, 2, 3 };
	encrypt_keys_add(&b->keys, key, true, "test");
	assert_int_equal(b->ops->load(b, &st, &err), 0);
	assert_int_equal(b->ops->save(b, st, &err), 0);
	assert_int_equal(b->ops->journal(b, lineage_of(st), serial_of(st), c, &err), 1);
	assert_int_equal(stat(fx->journal, &sb), -1);
	json_decref(st);
	b->ops->free(b);

	assert_string_equal(err.buf, "");
	strbuf_release(&err);
	json_decref(c);
}

/* plan/journal.c: a header names one state exactly; a record's sections
 * merge (null removes), its other members are ignored; the serial of a
 * replayed state goes up by one. */
static void test_shared_records(void **state)
{
	(void)state;
	json_t *st = json_pack("{s:s, s:I, s:{s:{s:s}, s:{s:s}}}", "lineage", "L1", "serial",
			       (json_int_t)7, "resources", "a", "id", "a-1", "b", "id", "b-1");
	json_t *head = journal_header("L1", 7);
	assert_true(journal_extends(head, st));
	json_object_set_new(head, "serial", json_integer(6));
	assert_false(journal_extends(head, st));
	json_decref(head);
	head = journal_header("L2", 7);
	assert_false(journal_extends(head, st));
	json_object_set_new(head, "lineage", json_string("L1"));
	json_object_set_new(head, "journal", json_integer(2));
	assert_false(journal_extends(head, st));
	json_decref(head);
	assert_false(journal_extends(NULL, st));

	json_t *rec = json_loads("{\"journal\": 1, \"seq\": 3, \"resources\": {\"a\": null, "
				 "\"c\": {\"id\": \"c-1\"}, \"b\": {\"id\": \"b-2\"}}, "
				 "\"data\": {\"data.azs\": {\"attributes\": {}}}}", 0, NULL);
	assert_non_null(rec);
	journal_merge(st, rec);
	json_decref(rec);
	json_t *res = json_object_get(st, "resources");
	assert_null(json_object_get(res, "a"));
	assert_string_equal(json_string_value(json_object_get(json_object_get(res, "b"), "id")),
			    "b-2");
	assert_string_equal(json_string_value(json_object_get(json_object_get(res, "c"), "id")),
			    "c-1");
	assert_non_null(json_object_get(json_object_get(st, "data"), "data.azs"));
	assert_null(json_object_get(st, "seq"));
	journal_replayed(st);
	assert_int_equal(serial_of(st), 8);
	json_decref(st);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_replayed_on_load, setup, teardown),
		cmocka_unit_test_setup_teardown(test_cut_line_ignored, setup, teardown),
		cmocka_unit_test_setup_teardown(test_save_supersedes, setup, teardown),
		cmocka_unit_test_setup_teardown(test_older_journal_ignored, setup, teardown),
		cmocka_unit_test_setup_teardown(test_refused_unless_on_disk, setup, teardown),
		cmocka_unit_test(test_shared_records),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
