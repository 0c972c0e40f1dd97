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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tagged_ours),
		cmocka_unit_test(test_tagged_other_stack_or_workspace),
		cmocka_unit_test(test_tagged_untagged_refused),
		cmocka_unit_test(test_sent_reads_back),
		cmocka_unit_test(test_created_since),
		cmocka_unit_test(test_read_back_messages),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
