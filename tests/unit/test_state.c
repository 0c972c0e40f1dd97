/*
 * test_state.c: the state document and the local backend: round trips,
 * backups, file modes, crash-safe failures, exact error messages, and the
 * flock-based lock across processes (busy, waiting, holder killed).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "plan/state.h"
#include "tests/unit/tmpdir_support.h"

struct fixture {
	char dir[64];
	char *path; /* dir/terrace.tfstate.json */
	char *backup;
	char *lock;
};

static int setup(void **state)
{
	struct fixture *fx = calloc(1, sizeof(*fx));
	strcpy(fx->dir, "/tmp/terrace-test-state-XXXXXX");
	if (!mkdtemp(fx->dir))
		return -1;
	fx->path = xasprintf("%s/terrace.tfstate.json", fx->dir);
	fx->backup = xasprintf("%s.backup", fx->path);
	fx->lock = xasprintf("%s.lock", fx->path);
	*state = fx;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *fx = *state;
	remove_tree(fx->dir);
	free(fx->path);
	free(fx->backup);
	free(fx->lock);
	free(fx);
	return 0;
}

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static json_int_t serial_of(const json_t *st)
{
	return json_integer_value(json_object_get(st, "serial"));
}

/* No PATH.tmp.* or PATH.backup.tmp.* left behind. */
static void assert_no_temp_files(const char *dir)
{
	DIR *d = opendir(dir);
	assert_non_null(d);
	struct dirent *e;
	while ((e = readdir(d)))
		if (strstr(e->d_name, ".tmp."))
			fail_msg("temp file left behind: %s", e->d_name);
	closedir(d);
}

static void test_state_new(void **state)
{
	(void)state;
	json_t *a = state_new(), *b = state_new();
	struct strbuf err = STRBUF_INIT;
	assert_int_equal(state_validate(a, &err), 0);
	assert_int_equal(json_integer_value(json_object_get(a, "format_version")), 1);
	assert_int_equal(serial_of(a), 0);
	assert_true(json_is_object(json_object_get(a, "resources")));
	assert_int_equal(json_object_size(json_object_get(a, "resources")), 0);

	const char *la = json_string_value(json_object_get(a, "lineage"));
	const char *lb = json_string_value(json_object_get(b, "lineage"));
	assert_int_equal(strlen(la), 36);
	for (int k = 0; k < 36; k++) {
		if (k == 8 || k == 13 || k == 18 || k == 23)
			assert_int_equal(la[k], '-');
		else
			assert_non_null(strchr("0123456789abcdef", la[k]));
	}
	assert_int_equal(la[14], '4');
	assert_non_null(strchr("89ab", la[19]));
	assert_string_not_equal(la, lb);
	json_decref(a);
	json_decref(b);
	strbuf_release(&err);
}

/* Whose function results a state's deployment gets: the newest when it
 * holds nothing; else its record, without one an earlier release's. */
static void test_state_functions(void **state)
{
	(void)state;
	static const struct {
		const char *text;
		enum func_edition want;
	} cases[] = {
		{ "{\"resources\": {}}", FUNC_TERRAFORM_2 },
		{ "{\"resources\": {}, \"functions\": \"terraform\"}", FUNC_TERRAFORM_2 },
		{ "{\"resources\": {\"a\": {}}, \"functions\": \"terraform-2\"}",
		  FUNC_TERRAFORM_2 },
		{ "{\"resources\": {\"a\": {}}}", FUNC_EARLIER },
		{ "{\"resources\": {}, \"outputs\": {\"o\": {\"value\": 1}}}", FUNC_EARLIER },
		{ "{\"resources\": {}, \"data\": {\"data.d\": {}}}", FUNC_EARLIER },
		{ "{\"resources\": {\"a\": {}}, \"functions\": \"terraform\"}", FUNC_TERRAFORM },
		{ "{\"resources\": {}, \"outputs\": {\"o\": {\"value\": 1}}, "
		  "\"functions\": \"earlier\"}", FUNC_EARLIER },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		json_t *st = json_loads(cases[i].text, 0, NULL);
		assert_non_null(st);
		if (state_functions(st) != cases[i].want)
			fail_msg("%s: not %s", cases[i].text, func_edition_name(cases[i].want));
		json_decref(st);
	}
	json_t *fresh = state_new();
	assert_string_equal(json_string_value(json_object_get(fresh, "functions")), "terraform-2");
	json_decref(fresh);
}

static void expect_invalid(const char *text, const char *want)
{
	json_error_t jerr;
	json_t *st = json_loads(text, 0, &jerr);
	assert_non_null(st);
	struct strbuf err = STRBUF_INIT;
	assert_int_equal(state_validate(st, &err), -1);
	assert_string_equal(err.buf, want);
	strbuf_release(&err);
	json_decref(st);
}

static void test_validate(void **state)
{
	(void)state;
	expect_invalid("[]", "state must be a JSON object");
	expect_invalid("{\"serial\": 1}",
		       "\"format_version\" is missing; expected an integer");
	expect_invalid("{\"format_version\": 7, \"serial\": 1}",
		       "state format version 7 is newer than this terrace understands (1)");
	expect_invalid("{\"format_version\": 1, \"serial\": \"1\", \"lineage\": \"x\","
		       " \"resources\": {}}",
		       "\"serial\" must be an integer");
	expect_invalid("{\"format_version\": 1, \"serial\": 1, \"resources\": {}}",
		       "\"lineage\" is missing; expected a string");
	expect_invalid("{\"format_version\": 1, \"serial\": 1, \"lineage\": \"x\","
		       " \"resources\": {\"lake\": {\"provider\": \"aws\", \"status\": \"created\","
		       " \"attributes\": {}}}}",
		       "resource \"lake\": \"type\" is missing; expected a string");
	expect_invalid("{\"format_version\": 1, \"serial\": 1, \"lineage\": \"x\","
		       " \"resources\": {\"lake\": {\"type\": \"aws.s3.bucket\", \"provider\": \"aws\","
		       " \"status\": \"created\", \"attributes\": []}}}",
		       "resource \"lake\": \"attributes\" must be an object");
	expect_invalid("{\"format_version\": 1, \"serial\": 1, \"lineage\": \"x\","
		       " \"resources\": {\"lake\": {\"type\": \"aws.s3.bucket\", \"provider\": \"aws\","
		       " \"status\": \"gone\", \"attributes\": {}}}}",
		       "resource \"lake\": status \"gone\" is not \"created\" or \"pending\"");
	expect_invalid("{\"format_version\": 1, \"serial\": 1, \"lineage\": \"x\","
		       " \"resources\": {\"lake\": {\"type\": \"aws.s3.bucket\", \"provider\": \"aws\","
		       " \"status\": \"created\", \"attributes\": {}, \"unconfirmed\": \"yes\"}}}",
		       "resource \"lake\": \"unconfirmed\" must be true or false");
	expect_invalid("{\"format_version\": 1, \"serial\": 1, \"lineage\": \"x\","
		       " \"resources\": {\"lake\": {\"type\": \"aws.s3.bucket\", \"provider\": \"aws\","
		       " \"status\": \"created\", \"attributes\": {}, \"created_at\": 7}}}",
		       "resource \"lake\": \"created_at\" must be a string");
	expect_invalid("{\"format_version\": 1, \"serial\": 1, \"lineage\": \"x\","
		       " \"resources\": {}, \"functions\": \"tf\"}",
		       "\"functions\" must be \"terraform-2\", \"terraform\" or \"earlier\"");
}

static json_t *bucket(const char *id)
{
	return json_pack("{s:s, s:s, s:s, s:s, s:{s:s, s:b}, s:[], s:[]}",
			 "type", "aws.s3.bucket", "provider", "aws", "id", id,
			 "status", "created",
			 "attributes", "bucket", id, "versioning", 1,
			 "sensitive_attributes", "dependencies");
}

static void test_round_trip(void **state)
{
	struct fixture *fx = *state;
	struct backend *b = backend_local_new(fx->path);
	struct strbuf err = STRBUF_INIT;
	json_t *st;

	/* A missing file is a new, empty state. */
	assert_int_equal(b->ops->load(b, &st, &err), 0);
	assert_int_equal(serial_of(st), 0);
	json_object_set_new(json_object_get(st, "resources"), "lake", bucket("acme-lake"));

	mode_t old_umask = umask(0);
	assert_int_equal(b->ops->save(b, st, &err), 0);
	umask(old_umask);
	assert_int_equal(serial_of(st), 1);
	struct stat sb;
	assert_int_equal(stat(fx->path, &sb), 0);
	assert_int_equal(sb.st_mode & 07777, 0600);
	assert_int_equal(stat(fx->backup, &sb), -1); /* nothing to back up yet */

	json_t *again;
	assert_int_equal(b->ops->load(b, &again, &err), 0);
	assert_true(json_equal(st, again));
	json_decref(again);

	/* Second save: the backup holds serial 1, the state serial 2. */
	json_object_set_new(json_object_get(st, "resources"), "logs", bucket("acme-logs"));
	assert_int_equal(b->ops->save(b, st, &err), 0);
	assert_int_equal(serial_of(st), 2);
	assert_int_equal(b->ops->load(b, &again, &err), 0);
	assert_true(json_equal(st, again));
	assert_int_equal(serial_of(again), 2);
	json_decref(again);

	assert_int_equal(stat(fx->backup, &sb), 0);
	assert_int_equal(sb.st_mode & 07777, 0600);
	json_error_t jerr;
	json_t *backup = json_load_file(fx->backup, 0, &jerr);
	assert_non_null(backup);
	assert_int_equal(serial_of(backup), 1);
	assert_null(json_object_get(json_object_get(backup, "resources"), "logs"));
	assert_non_null(json_object_get(json_object_get(backup, "resources"), "lake"));
	json_decref(backup);

	assert_no_temp_files(fx->dir);
	assert_string_equal(err.buf, "");

	/* The text is indented with sorted keys, ending in a newline. */
	FILE *f = fopen(fx->path, "r");
	char head[64] = "";
	assert_non_null(fgets(head, sizeof(head), f));
	assert_string_equal(head, "{\n");
	assert_non_null(fgets(head, sizeof(head), f));
	assert_string_equal(head, "  \"format_version\": 1,\n");
	fclose(f);

	json_decref(st);
	strbuf_release(&err);
	b->ops->free(b);
}

static void test_save_failure_keeps_old_state(void **state)
{
	struct fixture *fx = *state;
	struct backend *b = backend_local_new(fx->path);
	struct strbuf err = STRBUF_INIT;
	json_t *st;
	assert_int_equal(b->ops->load(b, &st, &err), 0);
	assert_int_equal(b->ops->save(b, st, &err), 0);
	assert_int_equal(b->ops->save(b, st, &err), 0);
	assert_int_equal(serial_of(st), 2);

	/* A non-empty folder where the backup goes: renaming over it fails. */
	assert_int_equal(unlink(fx->backup), 0);
	assert_int_equal(mkdir(fx->backup, 0700), 0);
	char *blocker = xasprintf("%s/x", fx->backup);
	write_file(blocker, "x");

	json_object_set_new(json_object_get(st, "resources"), "lake", bucket("acme-lake"));
	assert_int_equal(b->ops->save(b, st, &err), -1);
	assert_non_null(strstr(err.buf, "cannot rename"));
	assert_int_equal(serial_of(st), 2); /* not bumped: nothing was written */
	assert_no_temp_files(fx->dir);

	json_t *on_disk;
	strbuf_reset(&err);
	assert_int_equal(b->ops->load(b, &on_disk, &err), 0);
	assert_int_equal(serial_of(on_disk), 2);
	assert_int_equal(json_object_size(json_object_get(on_disk, "resources")), 0);
	json_decref(on_disk);

	/* An invalid document is refused before anything is written. */
	json_object_set_new(st, "serial", json_string("two"));
	assert_int_equal(b->ops->save(b, st, &err), -1);
	char *want = xasprintf("%s: refusing to save an invalid state: "
			       "\"serial\" must be an integer", fx->path);
	assert_string_equal(err.buf, want);
	free(want);

	unlink(blocker);
	free(blocker);
	json_decref(st);
	strbuf_release(&err);
	b->ops->free(b);

	/* A folder that does not exist: the error names the temp file. */
	char *nowhere = xasprintf("%s/missing/terrace.tfstate.json", fx->dir);
	b = backend_local_new(nowhere);
	st = state_new();
	assert_int_equal(b->ops->save(b, st, &err), -1);
	assert_int_equal(serial_of(st), 0);
	want = xasprintf("%s.tmp.%ld: cannot create: No such file or directory", nowhere,
			 (long)getpid());
	assert_string_equal(err.buf, want);
	free(want);
	free(nowhere);
	json_decref(st);
	strbuf_release(&err);
	b->ops->free(b);
}

static void test_corrupt_json(void **state)
{
	struct fixture *fx = *state;
	write_file(fx->path, "{\n  \"format_version\": 1,\n  \"serial\": oops\n}\n");
	struct backend *b = backend_local_new(fx->path);
	struct strbuf err = STRBUF_INIT;
	json_t *st = (json_t *)1;
	assert_int_equal(b->ops->load(b, &st, &err), -1);
	assert_null(st);
	char *want = xasprintf("%s:3:16: state file is not valid JSON: "
			       "invalid token near 'oops'", fx->path);
	assert_string_equal(err.buf, want);
	free(want);
	strbuf_release(&err);
	b->ops->free(b);
}

/* A state file damaged outside terrace: the error points at the backup. */
static void test_corrupt_json_names_backup(void **state)
{
	struct fixture *fx = *state;
	write_file(fx->backup, "{}\n");
	write_file(fx->path, "{\n  \"format_version\": 1,\n");
	struct backend *b = backend_local_new(fx->path);
	struct strbuf err = STRBUF_INIT;
	json_t *st = (json_t *)1;
	assert_int_equal(b->ops->load(b, &st, &err), -1);
	assert_null(st);
	char *want = xasprintf(" (the state before its last write is in %s)", fx->backup);
	assert_non_null(strstr(err.buf, "state file is not valid JSON"));
	assert_string_equal(err.buf + err.len - strlen(want), want);
	free(want);
	strbuf_release(&err);
	b->ops->free(b);
}

static void test_newer_format_refused(void **state)
{
	struct fixture *fx = *state;
	write_file(fx->path, "{\"format_version\": 2, \"serial\": 3, \"lineage\": \"x\","
			     " \"resources\": {}, \"something_new\": true}\n");
	struct backend *b = backend_local_new(fx->path);
	struct strbuf err = STRBUF_INIT;
	json_t *st;
	assert_int_equal(b->ops->load(b, &st, &err), -1);
	char *want = xasprintf("%s: state format version 2 is newer than this terrace "
			       "understands (1)", fx->path);
	assert_string_equal(err.buf, want);
	free(want);
	strbuf_release(&err);
	b->ops->free(b);
}

/* ---- locking across processes ---- */

/* The message a waiter should give, built from the record in the lock file. */
static char *expected_lock_message(const char *lock_path)
{
	json_error_t jerr;
	json_t *info = json_load_file(lock_path, 0, &jerr);
	assert_non_null(info);
	char host[256];
	assert_int_equal(gethostname(host, sizeof(host)), 0);
	assert_string_equal(json_string_value(json_object_get(info, "host")), host);
	const char *who = json_string_value(json_object_get(info, "who"));
	assert_non_null(strchr(who, '@'));
	assert_string_equal(strchr(who, '@') + 1, host);
	const char *created = json_string_value(json_object_get(info, "created"));
	assert_int_equal(strlen(created), 20); /* 2026-11-22T08:01:02Z */
	assert_int_equal(created[10], 'T');
	assert_int_equal(created[19], 'Z');
	/* The holder is this test process: alive on this host, so the hint is to wait. */
	long long pid = (long long)json_integer_value(json_object_get(info, "pid"));
	char *msg = xasprintf("state is locked by %s (pid %lld) for %s since %s (lock id %s)\n"
			      "  pid %lld is still running on this host: wait for it to finish "
			      "(-lock-timeout=5m waits up to five minutes)",
			      who, pid, json_string_value(json_object_get(info, "operation")), created,
			      json_string_value(json_object_get(info, "id")), pid);
	json_decref(info);
	return msg;
}

/* In a child: try the lock, write the outcome ("OK" or the error) to fd,
 * exit without running the parent's cleanup. */
static void child_try_lock(const char *path, double timeout, int fd)
{
	struct backend *b = backend_local_new(path);
	struct strbuf err = STRBUF_INIT;
	int rc = b->ops->lock(b, "plan", timeout, &err);
	const char *text = rc == 0 ? "OK" : err.buf;
	if (write(fd, text, strlen(text)) < 0)
		_exit(3);
	if (rc == 0 && b->ops->unlock(b, &err))
		_exit(4);
	_exit(rc == 0 ? 0 : 1);
}

static char *read_all(int fd)
{
	struct strbuf sb = STRBUF_INIT;
	char buf[512];
	ssize_t n;
	while ((n = read(fd, buf, sizeof(buf))) > 0)
		strbuf_add(&sb, buf, (size_t)n);
	return strbuf_detach(&sb);
}

static int wait_child(pid_t pid)
{
	int status;
	assert_int_equal(waitpid(pid, &status, 0), pid);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

static void test_lock_busy_names_holder(void **state)
{
	struct fixture *fx = *state;
	struct backend *b = backend_local_new(fx->path);
	struct strbuf err = STRBUF_INIT;
	assert_int_equal(b->ops->lock(b, "apply", 0, &err), 0);
	struct stat sb;
	assert_int_equal(stat(fx->lock, &sb), 0);
	assert_int_equal(sb.st_mode & 07777, 0600);
	char *want = expected_lock_message(fx->lock);
	char *pid_part = xasprintf("(pid %ld) for apply since", (long)getpid());
	assert_non_null(strstr(want, pid_part));
	free(pid_part);

	int pipefd[2];
	assert_int_equal(pipe(pipefd), 0);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		close(pipefd[0]);
		child_try_lock(fx->path, 0, pipefd[1]);
	}
	close(pipefd[1]);
	char *got = read_all(pipefd[0]);
	close(pipefd[0]);
	assert_int_equal(wait_child(pid), 1);
	assert_string_equal(got, want);
	free(got);

	/* A second backend in this same process is a different holder too. */
	struct backend *other = backend_local_new(fx->path);
	assert_int_equal(other->ops->lock(other, "plan", 0, &err), -1);
	assert_string_equal(err.buf, want);
	strbuf_reset(&err);

	/* Locking twice through one backend is a mistake, not a wait. */
	assert_int_equal(b->ops->lock(b, "apply", 0, &err), -1);
	char *twice = xasprintf("%s: this terrace already holds the state lock", fx->lock);
	assert_string_equal(err.buf, twice);
	free(twice);
	strbuf_reset(&err);

	assert_int_equal(b->ops->unlock(b, &err), 0);
	/* The lock file stays, empty. */
	assert_int_equal(stat(fx->lock, &sb), 0);
	assert_int_equal(sb.st_size, 0);
	assert_int_equal(b->ops->unlock(b, &err), -1);
	char *not_held = xasprintf("%s: the state lock is not held", fx->lock);
	assert_string_equal(err.buf, not_held);
	free(not_held);
	strbuf_reset(&err);

	assert_int_equal(other->ops->lock(other, "plan", 0, &err), 0);
	assert_int_equal(other->ops->unlock(other, &err), 0);

	free(want);
	strbuf_release(&err);
	other->ops->free(other);
	b->ops->free(b);
}

static void test_lock_waits_for_release(void **state)
{
	struct fixture *fx = *state;
	struct backend *b = backend_local_new(fx->path);
	struct strbuf err = STRBUF_INIT;
	assert_int_equal(b->ops->lock(b, "apply", 0, &err), 0);

	int pipefd[2];
	assert_int_equal(pipe(pipefd), 0);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		close(pipefd[0]);
		child_try_lock(fx->path, 30, pipefd[1]);
	}
	close(pipefd[1]);
	struct timespec pause = { 0, 300 * 1000000L };
	nanosleep(&pause, NULL);
	assert_int_equal(b->ops->unlock(b, &err), 0);

	char *got = read_all(pipefd[0]);
	close(pipefd[0]);
	assert_string_equal(got, "OK");
	assert_int_equal(wait_child(pid), 0);
	free(got);
	strbuf_release(&err);
	b->ops->free(b);
}

static void test_lock_released_when_holder_killed(void **state)
{
	struct fixture *fx = *state;
	int pipefd[2];
	assert_int_equal(pipe(pipefd), 0);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		close(pipefd[0]);
		alarm(30); /* never outlive a parent that failed an assertion */
		struct backend *b = backend_local_new(fx->path);
		struct strbuf err = STRBUF_INIT;
		if (b->ops->lock(b, "destroy", 0, &err))
			_exit(1);
		if (write(pipefd[1], "L", 1) != 1)
			_exit(2);
		for (;;)
			pause();
	}
	close(pipefd[1]);
	char c;
	assert_int_equal(read(pipefd[0], &c, 1), 1);
	close(pipefd[0]);

	struct backend *b = backend_local_new(fx->path);
	struct strbuf err = STRBUF_INIT;
	assert_int_equal(b->ops->lock(b, "apply", 0, &err), -1);
	char *names_child = xasprintf("(pid %ld) for destroy since", (long)pid);
	assert_non_null(strstr(err.buf, names_child));
	free(names_child);
	strbuf_reset(&err);

	assert_int_equal(kill(pid, SIGKILL), 0);
	assert_int_equal(wait_child(pid), 128 + SIGKILL);
	assert_int_equal(b->ops->lock(b, "apply", 0, &err), 0);
	char *want = expected_lock_message(fx->lock);
	char *mine = xasprintf("(pid %ld) for apply since", (long)getpid());
	assert_non_null(strstr(want, mine));
	free(mine);
	free(want);
	/* free() releases a lock still held. */
	b->ops->free(b);
	b = backend_local_new(fx->path);
	assert_int_equal(b->ops->lock(b, "plan", 0, &err), 0);
	b->ops->free(b);
	strbuf_release(&err);
}

/* ---- state_parse: the same tree as json_loadb, values shared ---- */

static void expect_parse_same(const char *text)
{
	json_t *whole = json_loadb(text, strlen(text), JSON_REJECT_DUPLICATES, NULL);
	json_t *parsed = state_parse(text, strlen(text), NULL, NULL);
	assert_non_null(whole);
	assert_non_null(parsed);
	assert_true(json_equal(whole, parsed));
	/* The same keys in the same order, at every level that prints. */
	char *a = json_dumps(whole, JSON_COMPACT), *b = json_dumps(parsed, JSON_COMPACT);
	assert_string_equal(a, b);
	free(a);
	free(b);
	json_decref(whole);
	json_decref(parsed);
}

static void test_parse_equals_whole(void **state)
{
	(void)state;
	expect_parse_same("{\"format_version\": 1, \"serial\": 12, \"lineage\": \"l\", "
			  "\"resources\": {}, \"outputs\": {}}");
	expect_parse_same("{\"resources\":{\"b\":{\"type\":\"t\",\"n\":[1,2.5,-3e2,true,null],"
			  "\"s\":\"a\\\"}\\\\\",\"o\":{\"x\":{}}},\"a\\u00e9\":{\"z\":1,\"a\":2}},"
			  "\"zz\":[{\"resources\":1}],\"serial\":10}");
	expect_parse_same("  {\n \"serial\" : 123456 ,\n \"resources\" : {\n  \"x\" : {\"q\":\"]\"} \n }\n}\n");
}

static void test_parse_irregular_is_null(void **state)
{
	(void)state;
	const char *bad[] = {
		"", "[]", "{\"serial\": 1}", "{\"resources\": []}",
		"{\"resources\": {\"a\": {}, \"a\": {}}}",          /* duplicate entry */
		"{\"resources\": {\"a\": {\"k\": 1, \"k\": 2}}}",   /* duplicate key in it */
		"{\"resources\": {}, \"resources\": {}}",           /* duplicate top key */
		"{\"resources\": {\"a\": 1}}",                      /* entry not an object */
		"{\"resources\": {\"a\": {}}} x",                   /* trailing text */
		"{\"resources\": {\"a\": {]}}",
		"{\"resources\": {\"a\": {} \"b\": {}}}",
		"{\"resources\": {\"a\": {}}, \"serial\": }",
		"{\"resources\": {\"a\\u0000b\": {}}}",
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(*bad); i++) {
		json_t *st = state_parse(bad[i], strlen(bad[i]), NULL, NULL);
		if (st)
			fail_msg("parsed: %s", bad[i]);
	}
}

static void test_share_values(void **state)
{
	(void)state;
	const char *text = "{\"resources\": {"
		"\"a\": {\"attributes\": {\"tags\": {\"k\": \"v\"}, \"l\": [], \"n\": 7},"
		"        \"dependencies\": [\"x\"]},"
		"\"b\": {\"attributes\": {\"tags\": {\"k\": \"v\"}, \"l\": [], \"n\": 7},"
		"        \"dependencies\": [\"x\"]},"
		"\"x\": {\"attributes\": {\"tags\": {\"k\": \"w\"}}, \"dependencies\": []}}}";
	json_t *st = state_parse(text, strlen(text), NULL, NULL);
	assert_non_null(st);
	json_t *res = json_object_get(st, "resources");
	json_t *a = json_object_get(res, "a"), *b = json_object_get(res, "b");
	json_t *x = json_object_get(res, "x");
	json_t *aa = json_object_get(a, "attributes"), *ba = json_object_get(b, "attributes");
	/* Equal values are one; each attributes object stays its own. */
	assert_ptr_not_equal(aa, ba);
	assert_ptr_equal(json_object_get(aa, "tags"), json_object_get(ba, "tags"));
	assert_ptr_equal(json_object_get(aa, "l"), json_object_get(ba, "l"));
	assert_ptr_equal(json_object_get(aa, "n"), json_object_get(ba, "n"));
	assert_ptr_equal(json_object_get(a, "dependencies"), json_object_get(b, "dependencies"));
	assert_ptr_not_equal(json_object_get(aa, "tags"),
			     json_object_get(json_object_get(x, "attributes"), "tags"));
	/* Renaming x changes the entries' own copies, never a shared array
	 * under another entry's feet. */
	json_t *deps_before = json_incref(json_object_get(a, "dependencies"));
	assert_int_equal(state_move(st, "x", "y", NULL, NULL), 1);
	assert_string_equal(json_string_value(json_array_get(
		json_object_get(a, "dependencies"), 0)), "y");
	assert_string_equal(json_string_value(json_array_get(
		json_object_get(b, "dependencies"), 0)), "y");
	assert_string_equal(json_string_value(json_array_get(deps_before, 0)), "x");
	json_decref(deps_before);
	json_decref(st);
}

/* value_sharing: objects given one at a time (a plan's creates) have their
 * equal members made one value; each object stays its own, and a member
 * that differs, or is too big to compare, is left as it is. */
static void test_value_sharing_one_at_a_time(void **state)
{
	(void)state;
	char big[300];
	memset(big, 'x', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	json_t *a = json_pack("{s:{s:s, s:s}, s:s, s:s, s:s}", "tags", "terrace:stack", "s",
			      "terrace:workspace", "default", "bucket", "lake", "key", "k1", "big", big);
	json_t *b = json_pack("{s:{s:s, s:s}, s:s, s:s, s:s}", "tags", "terrace:stack", "s",
			      "terrace:workspace", "default", "bucket", "lake", "key", "k2", "big", big);
	json_t *c = json_pack("{s:{s:s}, s:s}", "tags", "terrace:stack", "other", "bucket", "lake");
	json_t *b_tags = json_incref(json_object_get(b, "tags"));
	struct value_sharing *s = value_sharing_new();
	value_sharing_members(s, a);
	value_sharing_members(s, b);
	value_sharing_members(s, c);
	value_sharing_free(s);
	assert_ptr_not_equal(a, b);
	assert_ptr_equal(json_object_get(a, "tags"), json_object_get(b, "tags"));
	assert_ptr_not_equal(json_object_get(b, "tags"), b_tags); /* b's own went */
	assert_ptr_equal(json_object_get(a, "bucket"), json_object_get(b, "bucket"));
	assert_ptr_equal(json_object_get(a, "bucket"), json_object_get(c, "bucket"));
	assert_ptr_not_equal(json_object_get(a, "tags"), json_object_get(c, "tags"));
	assert_ptr_not_equal(json_object_get(a, "key"), json_object_get(b, "key"));
	assert_ptr_not_equal(json_object_get(a, "big"), json_object_get(b, "big"));
	/* what each holds is what it held */
	assert_true(json_equal(b_tags, json_object_get(b, "tags")));
	assert_string_equal(json_string_value(json_object_get(b, "key")), "k2");
	assert_int_equal(json_object_size(a), 4);
	json_decref(b_tags);
	json_decref(a);
	json_decref(b);
	json_decref(c);
	value_sharing_free(NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_state_new),
		cmocka_unit_test(test_state_functions),
		cmocka_unit_test(test_validate),
		cmocka_unit_test(test_parse_equals_whole),
		cmocka_unit_test(test_parse_irregular_is_null),
		cmocka_unit_test(test_share_values),
		cmocka_unit_test(test_value_sharing_one_at_a_time),
		cmocka_unit_test_setup_teardown(test_round_trip, setup, teardown),
		cmocka_unit_test_setup_teardown(test_save_failure_keeps_old_state, setup, teardown),
		cmocka_unit_test_setup_teardown(test_corrupt_json, setup, teardown),
		cmocka_unit_test_setup_teardown(test_corrupt_json_names_backup, setup, teardown),
		cmocka_unit_test_setup_teardown(test_newer_format_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(test_lock_busy_names_holder, setup, teardown),
		cmocka_unit_test_setup_teardown(test_lock_waits_for_release, setup, teardown),
		cmocka_unit_test_setup_teardown(test_lock_released_when_holder_killed, setup,
						teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
