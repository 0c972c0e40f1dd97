/*
 * test_between.c: the judge of the rules between a block's properties
 * (provider/aws/checks/schema/between.c) and the runner of the generated rows
 * (provider/aws/checks/cfn.c's aws_cfn_check): what counts as set (false and a
 * value not known yet never decide a refusal), each keyword's message and the
 * property it points at, lists of lists, and one row of the table judging an
 * awscc type and, through cfn.map, its written twin, in the same words.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "provider/aws/cloudcontrol/api.h"
#include "provider/aws/checks/schema/api.h"
#include "provider/aws/checks/cfn.h"
#include "provider/aws/checks/checks.h"
#include "provider/provider.h"

/* cc_between_check of rule on obj (JSON texts): its return, with *why and
 * *at kept for the caller to look at (why released by the caller). */
static int judge(const char *rule, const char *obj, struct strbuf *why, const char **at)
{
	json_t *r = json_loads(rule, 0, NULL), *o = json_loads(obj, 0, NULL);
	int rc;

	assert_non_null(r);
	assert_non_null(o);
	*at = NULL;
	rc = cc_between_check(r, o, why, at);
	json_decref(r);
	json_decref(o);
	return rc;
}

static void test_excludes(void **state)
{
	static const char rule[] = "{\"excludes\":{\"metrics\":[\"metric_name\",\"period\"]}}";
	struct strbuf why = STRBUF_INIT;
	const char *at;

	(void)state;
	assert_int_equal(judge(rule, "{\"metrics\":[1],\"period\":60}", &why, &at), -1);
	assert_string_equal(why.buf, "metrics and period exclude each other: AWS takes one of "
				     "them; drop period or metrics");
	strbuf_release(&why);

	/* false, null, not known yet: no refusal */
	assert_int_equal(judge(rule, "{\"metrics\":[1],\"period\":false}", &why, &at), 0);
	assert_int_equal(judge(rule, "{\"metrics\":[1],\"period\":null}", &why, &at), 0);
	assert_int_equal(judge(rule, "{\"metrics\":[1],\"metric_name\":\"${var.m}\"}", &why, &at), 0);
	assert_int_equal(judge(rule, "{\"metrics\":{\"$unknown\":true},\"period\":60}", &why, &at), 0);
	assert_int_equal(why.len, 0);
}

static void test_points_at_the_second(void **state)
{
	json_t *r = json_loads("{\"excludes\":{\"a\":[\"b\"]}}", 0, NULL);
	json_t *o = json_loads("{\"a\":\"x\",\"b\":\"y\"}", 0, NULL);
	struct strbuf why = STRBUF_INIT;
	const char *at = NULL;

	(void)state;
	assert_int_equal(cc_between_check(r, o, &why, &at), -1);
	assert_non_null(at);
	assert_string_equal(at, "b");
	strbuf_release(&why);
	json_decref(r);
	json_decref(o);
}

static void test_required_xor_and_or(void **state)
{
	struct strbuf why = STRBUF_INIT;
	const char *at;

	(void)state;
	/* a flat list (the awscc schemas') */
	assert_int_equal(judge("{\"requiredXor\":[\"a\",\"b\",\"c\"]}", "{}", &why, &at), -1);
	assert_string_equal(why.buf, "sets none of a, b and c, where AWS takes exactly one of "
				     "them; set a, b or c");
	strbuf_reset(&why);
	assert_int_equal(judge("{\"requiredXor\":[\"a\",\"b\",\"c\"]}", "{\"a\":1,\"c\":2}", &why,
			       &at), -1);
	assert_string_equal(why.buf, "a and c exclude each other: AWS takes exactly one of a, b "
				     "and c; drop a or c");
	strbuf_reset(&why);
	/* exactly one: false beside a true one is not a second */
	assert_int_equal(judge("{\"requiredXor\":[\"a\",\"b\"]}", "{\"a\":1,\"b\":false}", &why,
			       &at), 0);
	/* ... and a false one alone is one set: not "none" */
	assert_int_equal(judge("{\"requiredXor\":[\"a\",\"b\"]}", "{\"b\":false}", &why, &at), 0);
	/* not known yet: not "none" */
	assert_int_equal(judge("{\"requiredOr\":[\"a\",\"b\"]}", "{\"b\":\"${var.b}\"}", &why,
			       &at), 0);
	/* lists of lists (the rows') */
	assert_int_equal(judge("{\"requiredOr\":[[\"a\",\"b\"],[\"c\",\"d\"]]}", "{\"a\":1}", &why,
			       &at), -1);
	assert_string_equal(why.buf, "sets none of c and d, where AWS takes at least one of them; "
				     "set c or d");
	strbuf_release(&why);
}

static void test_requires(void **state)
{
	static const char rule[] = "{\"requires\":{\"a\":[\"b\"]}}";
	struct strbuf why = STRBUF_INIT;
	const char *at;

	(void)state;
	assert_int_equal(judge(rule, "{\"a\":\"x\"}", &why, &at), -1);
	assert_string_equal(why.buf, "sets a, which needs b set too: AWS takes a only with b; "
				     "set b or drop a");
	strbuf_release(&why);
	assert_int_equal(judge(rule, "{\"a\":\"x\",\"b\":false}", &why, &at), 0);
	assert_int_equal(judge(rule, "{\"a\":false}", &why, &at), 0);
	assert_int_equal(judge(rule, "{\"a\":\"x\",\"b\":\"${var.b}\"}", &why, &at), 0);
}

static void test_rows_of_a_written_type(void **state)
{
	json_t *q = json_loads("{\"name\":\"orders\",\"kms_master_key_id\":\"alias/orders\","
			       "\"sqs_managed_sse_enabled\":true}", 0, NULL);
	struct strbuf err = STRBUF_INIT;
	const char *attr = NULL;

	(void)state;
	assert_int_equal(aws_cfn_check("aws.sqs.queue", q, &attr, &err), -1);
	assert_string_equal(attr, "sqs_managed_sse_enabled");
	assert_non_null(strstr(err.buf, "sqs_managed_sse_enabled: kms_master_key_id and "
				       "sqs_managed_sse_enabled exclude each other"));
	assert_non_null(strstr(err.buf, "(SQS CreateQueue: "));
	strbuf_release(&err);
	/* a type with no rows, and an object not known yet: nothing */
	assert_int_equal(aws_cfn_check("aws.s3.bucket", q, &attr, &err), 0);
	json_object_set_new(q, "sqs_managed_sse_enabled", json_false());
	assert_int_equal(aws_cfn_check("aws.sqs.queue", q, &attr, &err), 0);
	json_decref(q);
	q = json_pack("{s:b}", "$unknown", 1);
	assert_int_equal(aws_cfn_check("aws.sqs.queue", q, &attr, &err), 0);
	assert_int_equal(err.len, 0);
	json_decref(q);
}

/* The rule between an SQS queue's encryption settings is one row, the
 * awscc type's, judged on it and on its written twin (aws.sqs.queue) in
 * the same words, each naming its own attribute. */
static void test_one_row_for_both_families(void **state)
{
	json_t *q = json_loads("{\"kms_master_key_id\":\"alias/orders\","
			       "\"sqs_managed_sse_enabled\":true}", 0, NULL);
	struct strbuf written = STRBUF_INIT, awscc = STRBUF_INIT;
	const char *attr = NULL, *cc_attr = NULL;
	size_t rows = 0;

	(void)state;
	for (const struct aws_between_row *r = aws_between_rows; r->type; r++) {
		if (!strcmp(r->type, "aws.sqs.queue"))
			fail_msg("a row of the written type's own: the awscc type's judges it");
		if (r->twin && !strcmp(r->twin, "aws.sqs.queue")) {
			assert_string_equal(r->type, "awscc.sqs.queue");
			assert_true(r->own);
			rows++;
		}
	}
	assert_int_equal(rows, 1);
	assert_int_equal(aws_cfn_check("aws.sqs.queue", q, &attr, &written), -1);
	assert_int_equal(aws_cfn_check("awscc.sqs.queue", q, &cc_attr, &awscc), -1);
	assert_string_equal(written.buf, awscc.buf);
	assert_string_equal(attr, cc_attr);
	strbuf_release(&written);
	strbuf_release(&awscc);
	json_decref(q);
}

/* Each name the rule reads (a keyword's keys and listed names), through
 * `names` when it is not NULL: an attribute of type rt, else the test fails. */
static void names_are_attributes(const char *what, const struct resource_type *rt,
				 const json_t *v, const json_t *names)
{
	size_t i;
	const char *k;
	json_t *e;

	if (json_is_string(v)) {
		const char *name = json_string_value(v);
		if (names && !json_is_string(json_object_get(names, name)))
			fail_msg("%s: %s has no name in the twin's names", what, name);
		if (names)
			name = json_string_value(json_object_get(names, name));
		if (!rt || !schema_find(rt->attrs, name))
			fail_msg("%s: %s is not an attribute of %s", what, name,
				 rt ? rt->name : "(no such type)");
	}
	json_array_foreach(json_is_array(v) ? v : NULL, i, e)
		names_are_attributes(what, rt, e, names);
	json_object_foreach(json_is_object(v) ? (json_t *)v : NULL, k, e) {
		json_t *key = json_string(k);
		names_are_attributes(what, rt, key, names);
		json_decref(key);
		names_are_attributes(what, rt, e, names);
	}
}

/* Every row's rule reads attributes of its type, and, for its written twin,
 * names through cfn.map attributes of the twin: the rows are held to both
 * types as the binary has them. */
static void test_rows_name_attributes(void **state)
{
	size_t twins = 0;

	(void)state;
	for (const struct aws_between_row *r = aws_between_rows; r->type; r++) {
		json_t *rule = json_loads(r->rule, 0, NULL);
		json_t *names = r->names ? json_loads(r->names, 0, NULL) : NULL;
		const char *kw;
		json_t *v;
		assert_non_null(rule);
		if (*r->block) { /* a block's names are its own: the type's are above it */
			json_decref(rule);
			json_decref(names);
			continue;
		}
		json_object_foreach(rule, kw, v) {
			names_are_attributes(r->type, resource_type_find(r->type, NULL), v, NULL);
			if (r->twin)
				names_are_attributes(r->twin, resource_type_find(r->twin, NULL), v,
						     names);
		}
		twins += r->twin != NULL;
		json_decref(rule);
		json_decref(names);
	}
	assert_true(twins >= 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_excludes),
		cmocka_unit_test(test_points_at_the_second),
		cmocka_unit_test(test_required_xor_and_or),
		cmocka_unit_test(test_requires),
		cmocka_unit_test(test_rows_of_a_written_type),
		cmocka_unit_test(test_one_row_for_both_families),
		cmocka_unit_test(test_rows_name_attributes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
