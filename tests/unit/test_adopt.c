/*
 * test_adopt.c: the evidence a create weighs before adopting an object it
 * found already there (provider/aws/adopt.c): ownership tags compared
 * strictly for types whose create carries them (aws_adopt_tagged), what
 * reads back against what the create sent (aws_sent_reads_back), and when
 * the object was made against when the create was first sent
 * (aws_created_since, aws_adopt_read_back); a create made once by its
 * token (aws_create_tokened); a create call's outcome recorded for the
 * driver (aws_sent_from_call). Error cases check the exact message.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "tests/unit/json_support.h"

static const char *const desired_text =
	"{'name': 'x', 'tags': {'team': 'a', 'terrace:stack': 'lake', "
	"'terrace:workspace': 'default'}}";

/* aws_adopt_tagged on found (JSON text): its return, the message in *msg. */
static int tagged(const char *found_text, struct strbuf *msg)
{
	json_t *found = js(found_text), *desired = js(desired_text);
	int rc = aws_adopt_tagged(found, desired, "name", msg, "bucket %s", "x");

	json_decref(found);
	json_decref(desired);
	return rc;
}

static void test_tagged_ours(void **state)
{
	struct strbuf err = STRBUF_INIT;

	(void)state;
	/* Other tags (the user's, changed since) do not matter. */
	assert_int_equal(tagged("{'tags': {'terrace:stack': 'lake', 'terrace:workspace': "
				"'default', 'team': 'b'}}", &err), 0);
	assert_string_equal(err.buf, "");
	strbuf_release(&err);
}

static void test_tagged_other_stack_or_workspace(void **state)
{
	struct strbuf err = STRBUF_INIT;

	(void)state;
	assert_int_equal(tagged("{'tags': {'terrace:stack': 'other', 'terrace:workspace': "
				"'default'}}", &err), -1);
	assert_string_equal(err.buf, "bucket x already exists and is stack \"other\"'s "
			    "(workspace \"default\"), not this one's: import it or choose "
			    "another name");
	strbuf_reset(&err);
	assert_int_equal(tagged("{'tags': {'terrace:stack': 'lake', 'terrace:workspace': "
				"'prod'}}", &err), -1);
	assert_non_null(strstr(err.buf, "(workspace \"prod\"), not this one's"));
	strbuf_release(&err);
}

static void test_tagged_untagged_refused(void **state)
{
	struct strbuf err = STRBUF_INIT;

	(void)state;
	/* aws_adopt_owned would take it; a create that sends the tags cannot
	 * have made an object without them. */
	assert_int_equal(tagged("{'tags': {'team': 'a'}}", &err), -1);
	assert_string_equal(err.buf, "bucket x already exists without this stack's tags "
			    "(terrace:stack, terrace:workspace), which its create sets, so no "
			    "attempt of this create made it: import it or choose another name");
	strbuf_reset(&err);
	assert_int_equal(tagged("{'name': 'x'}", &err), -1);
	strbuf_release(&err);
}

static void test_sent_reads_back(void **state)
{
	json_t *sent = js("{'Name': 'db', 'Parameters': {}, 'Columns': [{'Name': 'a', "
			  "'Type': 'int'}], 'Size': 2}");
	json_t *same = js("{'Name': 'db', 'CreateTime': 1700000000, 'Columns': [{'Name': 'a', "
			  "'Type': 'int', 'Comment': ''}], 'Size': 2.0}");
	json_t *other = js("{'Name': 'db', 'Columns': [{'Name': 'a', 'Type': 'string'}], "
			   "'Size': 2}");
	json_t *longer = js("{'Name': 'db', 'Columns': [{'Name': 'a', 'Type': 'int'}, "
			    "{'Name': 'b', 'Type': 'int'}], 'Size': 2}");
	json_t *params = js("{'Name': 'db', 'Parameters': {'k': 'v'}, 'Columns': [{'Name': "
			    "'a', 'Type': 'int'}], 'Size': 2}");

	(void)state;
	/* Members the API adds, an empty map left out, 2 read as 2.0: the same. */
	assert_true(aws_sent_reads_back(sent, same));
	assert_false(aws_sent_reads_back(sent, other));
	assert_false(aws_sent_reads_back(sent, longer));
	/* A parameter the create sent that does not read back: not ours. One
	 * it did not send is taken for the API's own, even in a map it sent
	 * (a limit docs/safety.md states). */
	assert_false(aws_sent_reads_back(params, same));
	assert_true(aws_sent_reads_back(sent, params));
	assert_false(aws_sent_reads_back(sent, NULL));
	json_decref(sent);
	json_decref(same);
	json_decref(other);
	json_decref(longer);
	json_decref(params);
}

static void test_created_since(void **state)
{
	(void)state;
	assert_true(aws_created_since(1000, 1000));
	assert_true(aws_created_since(1000 - AWS_CLOCK_SKEW_S, 1000));
	assert_false(aws_created_since(1000 - AWS_CLOCK_SKEW_S - 1, 1000));
	/* An earlier run's create: when it was sent is not known. */
	assert_true(aws_created_since(1, 0));
}

static void test_read_back_messages(void **state)
{
	struct strbuf err = STRBUF_INIT;
	json_t *sent = js("{'Path': '/'}"), *got = js("{'Path': '/'}");
	json_t *other = js("{'Path': '/other/'}");

	(void)state;
	assert_int_equal(aws_adopt_read_back(sent, got, 5000, 5000, "name", &err, "group %s", "g"),
			 0);
	/* An earlier run's create: its pending record is the evidence. */
	assert_int_equal(aws_adopt_read_back(sent, other, 0, 0, "name", &err, "group %s", "g"),
			 0);
	assert_string_equal(err.buf, "");
	assert_int_equal(aws_adopt_read_back(sent, other, 5000, 5000, "name", &err, "group %s",
					     "g"), -1);
	assert_string_equal(err.buf, "group g already exists and no attempt of this create made "
			    "it (what reads back differs from what this create sent): import "
			    "it or choose another name");
	strbuf_reset(&err);
	assert_int_equal(aws_adopt_read_back(sent, got, 5000 - AWS_CLOCK_SKEW_S - 1, 5000, "name",
					     &err, "group %s", "g"), -1);
	assert_non_null(strstr(err.buf, "(it was created before this create was sent)"));
	strbuf_reset(&err);
	assert_int_equal(aws_adopt_read_back(sent, got, 0, 5000, "name", &err, "group %s", "g"),
			 -1);
	assert_non_null(strstr(err.buf, "(the API does not say when it was created)"));
	json_decref(sent);
	json_decref(got);
	json_decref(other);
	strbuf_release(&err);
}

/* A scripted start: what each send answers (0 sent, 1 lost after it went
 * out, 2 refused) and each find (1 found, 0 none, -1 failed). */
struct scripted_start {
	const int *sends, *finds;
	int n_sends, n_finds;
};

static int scripted_send(void *ctx, bool *unknown, struct strbuf *err)
{
	struct scripted_start *s = ctx;
	int r = s->sends[s->n_sends++];

	*unknown = r == 1;
	if (r)
		strbuf_addstr(err, r == 1 ? "lost" : "refused");
	return r ? -1 : 0;
}

static int scripted_find(void *ctx, struct strbuf *err)
{
	struct scripted_start *s = ctx;
	int r = s->finds[s->n_finds++];

	if (r < 0)
		strbuf_addstr(err, "lookup failed");
	return r;
}

/* aws_start_once: sent again only after a lost answer whose start the
 * lookup does not find; found, it is adopted; refused, or lost
 * AWS_START_SENDS times, an error. */
static void test_start_once(void **state)
{
	static const int lost_found[] = { 1 }, found[] = { 1 };
	static const int lost_then_sent[] = { 1, 0 }, none[] = { 0 };
	static const int refused[] = { 2 };
	static const int always_lost[] = { 1, 1, 1, 1 }, never[] = { 0, 0, 0 };
	static const int lookup_fails[] = { -1 };
	const struct {
		const int *sends, *finds;
		int rc, n_sends, n_finds;
		const char *err;
	} cases[] = {
		{ lost_found, found, 0, 1, 1, "" },
		{ lost_then_sent, none, 0, 2, 1, "" },
		{ refused, none, -1, 1, 0, "refused" },
		{ always_lost, never, -1, AWS_START_SENDS, AWS_START_SENDS - 1,
		  "lost; sent 4 times, each answer lost, and what the first 3 may have started "
		  "not found" },
		{ lost_found, lookup_fails, -1, 1, 1,
		  "lost; looking for what it may have started: lookup failed" },
	};

	(void)state;
	assert_int_equal(AWS_START_SENDS, 4);
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		struct scripted_start s = { .sends = cases[i].sends, .finds = cases[i].finds };
		struct aws_start_once once = { .send = scripted_send, .find = scripted_find,
					       .ctx = &s };
		struct strbuf err = STRBUF_INIT;

		assert_int_equal(aws_start_once(&once, &err), cases[i].rc);
		assert_int_equal(s.n_sends, cases[i].n_sends);
		assert_int_equal(s.n_finds, cases[i].n_finds);
		assert_string_equal(err.buf, cases[i].err);
		strbuf_release(&err);
	}
}

/* A scripted create by token (aws_create_tokened): what send answers, what
 * find gives (a comma-separated list of ids, or NULL: find fails), and
 * what discard is asked to remove (and whether it fails). */
struct scripted_tokened {
	int send_rc;            /* 0 answered, 1 a same-named object, -1 failed */
	const char *answered;
	int attempts;
	const char *found;      /* "a,b": ids carrying the token; NULL: find fails */
	bool discard_fails;
	int n_sends, n_finds;
	char discarded[64];
	char token[40];
};

static int tk_send(void *ctx, const char *token, char **answered, int *attempts,
		   struct strbuf *err)
{
	struct scripted_tokened *s = ctx;

	s->n_sends++;
	snprintf(s->token, sizeof(s->token), "%s", token);
	*attempts = s->attempts;
	if (s->send_rc == 0)
		*answered = strdup(s->answered);
	else if (s->send_rc == 1)
		strbuf_addstr(err, "t: Create answered Duplicate");
	else
		strbuf_addstr(err, "t: Create: connection lost");
	return s->send_rc;
}

static int tk_find(void *ctx, const char *token, json_t **ids, struct strbuf *err)
{
	struct scripted_tokened *s = ctx;

	s->n_finds++;
	assert_string_equal(token, s->token[0] ? s->token : "tok-1");
	if (!s->found) {
		strbuf_addstr(err, "t: Describe failed");
		return -1;
	}
	*ids = json_array();
	char list[64];
	snprintf(list, sizeof(list), "%s", s->found);
	for (char *save = NULL, *id = strtok_r(list, ",", &save); id;
	     id = strtok_r(NULL, ",", &save))
		json_array_append_new(*ids, json_string(id));
	return 0;
}

static int tk_discard(void *ctx, const char *id, struct strbuf *err)
{
	struct scripted_tokened *s = ctx;

	strncat(s->discarded, id, sizeof(s->discarded) - strlen(s->discarded) - 1);
	if (s->discard_fails) {
		strbuf_addstr(err, "t: Delete failed");
		return -1;
	}
	return 0;
}

static void test_create_tokened(void **state)
{
	const struct {
		bool may_exist;
		struct scripted_tokened script;
		int rc;
		const char *id, *discarded, *err;
	} cases[] = {
		/* answered at the first send: no lookup */
		{ false, { 0, "v-1", 1, "", false, 0, 0, "", "" }, 0, "v-1", "", "" },
		/* sent twice: the answered one kept, the other removed */
		{ false, { 0, "v-2", 2, "v-1,v-2", false, 0, 0, "", "" }, 0, "v-2", "v-1", "" },
		/* sent twice, the second object not removed: fails, the answered one tracked */
		{ false, { 0, "v-2", 2, "v-1,v-2", true, 0, 0, "", "" }, -1, "v-2", "v-1",
		  "t: Delete failed (t: removing v-1, a second object made by one Create)" },
		/* sent twice, the lookup fails: fails, the answered one tracked */
		{ false, { 0, "v-2", 2, NULL, false, 0, 0, "", "" }, -1, "v-2", "",
		  "t: Describe failed (t: looking for what an earlier attempt of Create made)" },
		/* a same-named object carrying the token: adopted */
		{ false, { 1, NULL, 1, "v-3", false, 0, 0, "", "" }, 0, "v-3", "", "" },
		/* a same-named object without it: refused */
		{ false, { 1, NULL, 1, "", false, 0, 0, "", "" }, -1, NULL, "",
		  "t: Create answered Duplicate: an object of that name exists and no attempt of "
		  "this create made it (it does not carry its token): import it or choose another "
		  "name" },
		/* failed, but an unanswered attempt made it: adopted */
		{ false, { -1, NULL, 3, "v-4", false, 0, 0, "", "" }, 0, "v-4", "", "" },
		/* failed and nothing carries the token: the failure */
		{ false, { -1, NULL, 3, "", false, 0, 0, "", "" }, -1, NULL, "",
		  "t: Create: connection lost" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		struct scripted_tokened s = cases[i].script;
		const struct aws_tokened_create k = { "t", "Create", tk_send, tk_find, tk_discard,
						      &s };
		const struct create_call call = { cases[i].may_exist, "tok-1", NULL, NULL };
		struct strbuf err = STRBUF_INIT;
		char *id = NULL;

		assert_int_equal(aws_create_tokened(&k, &call, &id, &err), cases[i].rc);
		if (cases[i].id)
			assert_string_equal(id, cases[i].id);
		else
			assert_null(id);
		assert_string_equal(s.discarded, cases[i].discarded);
		assert_string_equal(err.buf, cases[i].err);
		assert_string_equal(s.token, "tok-1");
		assert_int_equal(s.n_sends, 1);
		free(id);
		strbuf_release(&err);
	}
}

/* A retried create finds what an earlier run's attempt made and sends
 * nothing; when nothing carries the token it sends. */
static void test_create_tokened_retried(void **state)
{
	struct scripted_tokened found = { 0, "v-9", 1, "v-5", false, 0, 0, "", "" };
	struct scripted_tokened none = { 0, "v-9", 1, "", false, 0, 0, "", "" };
	const struct create_call call = { true, "tok-1", NULL, NULL };
	struct strbuf err = STRBUF_INIT;
	char *id = NULL;

	(void)state;
	const struct aws_tokened_create k1 = { "t", "Create", tk_send, tk_find, tk_discard,
					       &found };
	assert_int_equal(aws_create_tokened(&k1, &call, &id, &err), 0);
	assert_string_equal(id, "v-5");
	assert_int_equal(found.n_sends, 0);
	assert_int_equal(found.n_finds, 1);
	free(id);
	const struct aws_tokened_create k2 = { "t", "Create", tk_send, tk_find, tk_discard,
					       &none };
	assert_int_equal(aws_create_tokened(&k2, &call, &id, &err), 0);
	assert_string_equal(id, "v-9");
	assert_int_equal(none.n_sends, 1);
	assert_int_equal(none.n_finds, 1);
	free(id);
	/* Without the core's token (a test, a start): one of its own. */
	struct scripted_tokened own = { 0, "v-7", 1, "", false, 0, 0, "", "" };
	const struct aws_tokened_create k3 = { "t", "Create", tk_send, tk_find, tk_discard,
					       &own };
	assert_int_equal(aws_create_tokened(&k3, NULL, &id, &err), 0);
	assert_int_equal(strlen(own.token), 32);
	free(id);
	strbuf_release(&err);
}

/* A create call by name: an error records nothing; made, its id; there
 * already, its id, exists and the service's words. */
static void test_sent_from_call(void **state)
{
	struct aws_sent failed = { 0 }, made = { 0 }, there = { 0 };

	(void)state;
	assert_int_equal(aws_sent_from_call(&failed, -1, "t", "x"), -1);
	assert_null(failed.id);
	assert_false(failed.exists);
	assert_int_equal(aws_sent_from_call(&made, 0, "t", "x"), 0);
	assert_string_equal(made.id, "t");
	assert_false(made.exists);
	assert_string_equal(made.why, "");
	assert_int_equal(aws_sent_from_call(&there, 1, "t", "%s %s: %s", "rds",
					    "CreateDBInstance", "DBInstanceAlreadyExists"), 1);
	assert_string_equal(there.id, "t");
	assert_true(there.exists);
	assert_string_equal(there.why, "rds CreateDBInstance: DBInstanceAlreadyExists");
	free(made.id);
	free(there.id);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tagged_ours),
		cmocka_unit_test(test_tagged_other_stack_or_workspace),
		cmocka_unit_test(test_tagged_untagged_refused),
		cmocka_unit_test(test_sent_reads_back),
		cmocka_unit_test(test_created_since),
		cmocka_unit_test(test_read_back_messages),
		cmocka_unit_test(test_start_once),
		cmocka_unit_test(test_sent_from_call),
		cmocka_unit_test(test_create_tokened),
		cmocka_unit_test(test_create_tokened_retried),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
