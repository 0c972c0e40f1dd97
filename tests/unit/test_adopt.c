/*
 * test_adopt.c: the evidence a create weighs before adopting an object it
 * found already there (provider/aws/adopt.c): ownership tags compared
 * strictly for types whose create carries them (aws_adopt_tagged), what
 * reads back against what the create sent (aws_sent_reads_back), and when
 * the object was made against when the create was first sent
 * (aws_created_since, aws_adopt_read_back). Error cases check the exact
 * message.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

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
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
