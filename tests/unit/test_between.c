/*
 * test_between.c: the judge of the rules between a block's properties
 * (provider/aws/checks/schema/between.c) and the BETWEEN rows of the
 * services' rules.c (checks/rules.h, run with every row by
 * aws_constraints_check): what counts as set (false and a value not known
 * yet never decide a refusal), each keyword's message and the property it
 * points at, lists of lists, and the rule an awscc type and its written twin
 * share judged on both in the same words.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "provider/aws/cloudcontrol/api.h"
#include "provider/aws/checks/schema/api.h"
#include "provider/aws/checks/rules.h"
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
	assert_int_equal(aws_constraints_check("aws.sqs.queue", q, NULL, NULL, &attr, &err), -1);
	assert_string_equal(attr, "sqs_managed_sse_enabled");
	assert_non_null(strstr(err.buf, "sqs_managed_sse_enabled: kms_master_key_id and "
				       "sqs_managed_sse_enabled exclude each other"));
	assert_non_null(strstr(err.buf, "(SQS CreateQueue: "));
	strbuf_release(&err);
	/* a type with no rows, and an object not known yet: nothing */
	assert_int_equal(aws_constraints_check("aws.glue.database", q, NULL, NULL, &attr, &err), 0);
	json_object_set_new(q, "sqs_managed_sse_enabled", json_false());
	assert_int_equal(aws_constraints_check("aws.sqs.queue", q, NULL, NULL, &attr, &err), 0);
	json_decref(q);
	q = json_pack("{s:b}", "$unknown", 1);
	assert_int_equal(aws_constraints_check("aws.sqs.queue", q, NULL, NULL, &attr, &err), 0);
	assert_int_equal(err.len, 0);
	json_decref(q);
}

/* The rule between an SQS queue's encryption settings is a BETWEEN row of
 * sqs/rules.c for the awscc type and one for its written twin, the same
 * rule in the same names, judged on each in the same words. */
static void test_one_rule_for_both_families(void **state)
{
	json_t *q = json_loads("{\"kms_master_key_id\":\"alias/orders\","
			       "\"sqs_managed_sse_enabled\":true}", 0, NULL);
	struct strbuf written = STRBUF_INIT, awscc = STRBUF_INIT;
	const char *attr = NULL, *cc_attr = NULL, *rules[2] = { NULL, NULL };

	(void)state;
	for (const struct aws_check_row *r = aws_rules_next(NULL); r; r = aws_rules_next(r)) {
		if (r->kind != 'b')
			continue;
		if (!strcmp(r->type, "aws.sqs.queue"))
			rules[0] = r->between;
		if (!strcmp(r->type, "awscc.sqs.queue"))
			rules[1] = r->between;
	}
	assert_non_null(rules[0]);
	assert_non_null(rules[1]);
	assert_string_equal(rules[0], rules[1]);
	assert_int_equal(aws_constraints_check("aws.sqs.queue", q, NULL, NULL, &attr, &written), -1);
	assert_int_equal(aws_constraints_check("awscc.sqs.queue", q, NULL, NULL, &cc_attr, &awscc),
			 -1);
	assert_string_equal(written.buf, awscc.buf);
	assert_string_equal(attr, cc_attr);
	strbuf_release(&written);
	strbuf_release(&awscc);
	json_decref(q);
}

/* Each name the rule reads (a keyword's keys and listed names): an
 * attribute of type rt, else the test fails. */
static void names_are_attributes(const char *what, const struct resource_type *rt,
				 const json_t *v)
{
	size_t i;
	const char *k;
	json_t *e;

	if (json_is_string(v) && (!rt || !schema_find(rt->attrs, json_string_value(v))))
		fail_msg("%s: %s is not an attribute of %s", what, json_string_value(v),
			 rt ? rt->name : "(no such type)");
	json_array_foreach(json_is_array(v) ? v : NULL, i, e)
		names_are_attributes(what, rt, e);
	json_object_foreach(json_is_object(v) ? (json_t *)v : NULL, k, e) {
		json_t *key = json_string(k);
		names_are_attributes(what, rt, key);
		json_decref(key);
		names_are_attributes(what, rt, e);
	}
}

/* Every BETWEEN row's rule parses and reads attributes of its type, as the
 * binary has them; and every service that has one runs it (a row of each
 * refuses its two attributes together). */
static void test_rows_name_attributes(void **state)
{
	size_t rows = 0;

	(void)state;
	for (const struct aws_check_row *r = aws_rules_next(NULL); r; r = aws_rules_next(r)) {
		if (r->kind != 'b')
			continue;
		json_t *rule = json_loads(r->between, 0, NULL);
		const char *kw;
		json_t *v;
		assert_non_null(rule);
		assert_string_equal(r->attr, "");
		assert_int_equal(r->scope, AWS_SCOPE_RESOURCE);
		json_object_foreach(rule, kw, v)
			names_are_attributes(r->type, resource_type_find(r->type, NULL), v);
		json_decref(rule);
		rows++;
	}
	assert_int_equal(rows, 6);
}

/* Each BETWEEN row refuses what it says, at its attribute, naming its
 * source; the same resource without the second attribute passes. */
static void test_each_row_refuses(void **state)
{
	static const struct {
		const char *type, *refused, *passing, *attr;
	} cases[] = {
		{ "awscc.batch.job_definition", "{\"type\":\"container\",\"container_properties\":"
		  "{\"image\":\"busybox\"},\"node_properties\":{\"num_nodes\":2,\"main_node\":0,"
		  "\"node_range_properties\":[]}}", "{\"type\":\"container\","
		  "\"container_properties\":{\"image\":\"busybox\"}}", "node_properties" },
		{ "awscc.ec2.nat_gateway", "{\"subnet_id\":\"subnet-1\","
		  "\"secondary_private_ip_address_count\":2,\"secondary_private_ip_addresses\":"
		  "[\"10.0.0.9\"]}", "{\"subnet_id\":\"subnet-1\","
		  "\"secondary_private_ip_address_count\":2}", "secondary_private_ip_addresses" },
		{ "aws.ec2.network_acl_entry", "{\"network_acl_id\":\"acl-1\",\"rule_number\":100,"
		  "\"protocol\":\"6\",\"rule_action\":\"allow\",\"cidr_block\":\"10.0.0.0/8\","
		  "\"ipv6_cidr_block\":\"::/0\"}", "{\"network_acl_id\":\"acl-1\","
		  "\"rule_number\":100,\"protocol\":\"6\",\"rule_action\":\"allow\","
		  "\"cidr_block\":\"10.0.0.0/8\"}", NULL },
		{ "awscc.glue.job", "{\"role\":\"r\",\"command\":{\"name\":\"glueetl\"},"
		  "\"max_capacity\":10,\"worker_type\":\"G.1X\"}", "{\"role\":\"r\","
		  "\"command\":{\"name\":\"glueetl\"},\"max_capacity\":10}", "worker_type" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		json_t *bad = json_loads(cases[i].refused, 0, NULL), *good =
			json_loads(cases[i].passing, 0, NULL);
		struct strbuf err = STRBUF_INIT;
		const char *attr = NULL;
		assert_non_null(bad);
		assert_non_null(good);
		if (aws_constraints_check(cases[i].type, bad, NULL, NULL, &attr, &err) != -1 ||
		    !strstr(err.buf, "each other"))
			fail_msg("%s: %s not refused for its two attributes: %s", cases[i].type,
				 cases[i].refused, err.buf);
		if (cases[i].attr && (!attr || strcmp(attr, cases[i].attr)))
			fail_msg("%s: the attribute at fault is %s, not %s", cases[i].type,
				 attr ? attr : "(none)", cases[i].attr);
		strbuf_reset(&err);
		if (aws_constraints_check(cases[i].type, good, NULL, NULL, NULL, &err))
			fail_msg("%s: refused its twin %s: %s", cases[i].type, cases[i].passing,
				 err.buf);
		strbuf_release(&err);
		json_decref(bad);
		json_decref(good);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_excludes),
		cmocka_unit_test(test_points_at_the_second),
		cmocka_unit_test(test_required_xor_and_or),
		cmocka_unit_test(test_requires),
		cmocka_unit_test(test_rows_of_a_written_type),
		cmocka_unit_test(test_one_rule_for_both_families),
		cmocka_unit_test(test_rows_name_attributes),
		cmocka_unit_test(test_each_row_refuses),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
