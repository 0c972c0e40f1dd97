/*
 * test_sweep.c: which names a lab's name_prefix gives (issue 50 §1): the
 * prefix itself, or the prefix followed by -, _, . or /; a prefix ending in
 * one of these is bounded already. Before, a plain "starts with" listed an
 * unrelated Glue database dewpoint_prod for deletion under the prefix dew.
 * And when a written type's object and an awscc type's are one (issue 55):
 * one CloudFormation type and one identifier.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>

#include "provider/aws/listing.h"
#include "provider/aws/sweep.h"

static void test_a_prefix_names_at_a_boundary(void **state)
{
	(void)state;
	static const char *const named[] = { "dew", "dew-raw", "dew_lake", "dew.api", "dew/api",
					     "dew--x", NULL };
	static const char *const not_named[] = { "dewpoint_prod", "dewpoint", "de", "Dew-raw",
						 "x-dew-raw", "", NULL };

	for (size_t i = 0; named[i]; i++)
		if (!aws_has_name_prefix(named[i], "dew"))
			fail_msg("dew should name %s", named[i]);
	for (size_t i = 0; not_named[i]; i++)
		if (aws_has_name_prefix(not_named[i], "dew"))
			fail_msg("dew should not name %s", not_named[i]);
	/* A prefix that ends in a separator is bounded already. */
	assert_true(aws_has_name_prefix("acme-lab-raw", "acme-lab-"));
	assert_true(aws_has_name_prefix("acme-lab-", "acme-lab-"));
	assert_false(aws_has_name_prefix("acme-lab", "acme-lab-"));
	assert_true(aws_has_name_prefix("t0520/api-dev", "t0520/"));
	assert_false(aws_has_name_prefix(NULL, "dew"));
	assert_false(aws_has_name_prefix("dew", NULL));
	assert_false(aws_has_name_prefix("dew", ""));
}

/* An object is named by its name, its id or its parent's name: a Glue table
 * (id and name DATABASE:TABLE) by its database's. */
static void test_an_object_is_named_by_name_id_or_parent(void **state)
{
	(void)state;
	struct resource_items items = { NULL, 0 };

	resource_items_add(&items, "dew:orders", NULL, 0)->parent = strdup("dew");
	resource_items_add(&items, "dew_lake:orders", NULL, 0)->parent = strdup("dew_lake");
	resource_items_add(&items, "dewpoint_prod:readings", NULL, 0)->parent =
		strdup("dewpoint_prod");
	resource_items_add(&items, "default:dew_orders", NULL, 0)->parent = strdup("default");
	resource_items_add(&items, "dew-group/nightly", "nightly", 0);
	resource_items_add(&items, "dewpoint/nightly", "nightly", 0);
	resource_items_add(&items, "arn:aws:iam::123456789012:role/dew-etl|catalog", "dew-etl", 0);
	assert_true(aws_sweep_named(&items.v[0], "dew"));
	assert_true(aws_sweep_named(&items.v[1], "dew"));
	assert_false(aws_sweep_named(&items.v[2], "dew"));
	assert_false(aws_sweep_named(&items.v[3], "dew"));
	assert_true(aws_sweep_named(&items.v[4], "dew"));
	assert_false(aws_sweep_named(&items.v[5], "dew"));
	assert_true(aws_sweep_named(&items.v[6], "dew"));
	for (size_t i = 0; i < items.n; i++)
		resource_item_release(&items.v[i]);
	free(items.v);
}

static struct resource_item item(const char *id, const char *name)
{
	return (struct resource_item){ (char *)id, (char *)name, NULL, NULL, 0 };
}

/* The sweep kind of type `name`, as aws_sweep_kinds makes it (its struct
 * tells a written type from an awscc one). */
static struct aws_sweep_kind kind(const char *name, int rank)
{
	const struct resource_type *rt = resource_type_find(name, NULL);

	assert_non_null(rt);
	return (struct aws_sweep_kind){ name, rt, rank, false };
}

static void test_twins_by_cloudformation_type_and_identifier(void **state)
{
	const struct aws_sweep_kind stream = kind("aws.kinesis.stream", 6);
	const struct aws_sweep_kind cc_stream = kind("awscc.kinesis.stream", -1);
	const struct aws_sweep_kind queue = kind("aws.sqs.queue", 6);
	const struct aws_sweep_kind cc_queue = kind("awscc.sqs.queue", -2);
	const struct aws_sweep_kind topic = kind("aws.sns.topic", 6);
	const struct aws_sweep_kind cc_topic = kind("awscc.sns.topic", -3);
	const struct aws_sweep_kind layer = kind("aws.lambda.layer_version", 6);
	const struct aws_sweep_kind cc_layer = kind("awscc.lambda.layer_version", -4);
	const struct aws_sweep_kind object = kind("aws.s3.object", 6);
	struct resource_item a, b;

	(void)state;
	assert_string_equal(aws_sweep_kind_cfn(&stream), "AWS::Kinesis::Stream");
	assert_string_equal(aws_sweep_kind_cfn(&cc_stream), "AWS::Kinesis::Stream");
	assert_null(aws_sweep_kind_cfn(&object));
	/* the same name */
	a = item("s1", "s1"), b = item("s1", "s1");
	assert_true(aws_sweep_same_object(&cc_stream, &a, &stream, &b));
	b = item("s2", "s2");
	assert_false(aws_sweep_same_object(&cc_stream, &a, &stream, &b));
	/* one CloudFormation type only: a queue named as a stream is not it */
	b = item("https://sqs.us-east-1.amazonaws.com/1/s1", "s1");
	assert_false(aws_sweep_same_object(&cc_stream, &a, &queue, &b));
	/* a queue's URL (AWS's host) and a written queue named by its name */
	a = item("https://sqs.us-east-1.amazonaws.com/123456789012/jobs",
		 "https://sqs.us-east-1.amazonaws.com/123456789012/jobs");
	b = item("http://127.0.0.1:5000/123456789012/jobs", "jobs");
	assert_true(aws_sweep_same_object(&cc_queue, &a, &queue, &b));
	b = item("http://127.0.0.1:5000/123456789012/jobs-dead", "jobs-dead");
	assert_false(aws_sweep_same_object(&cc_queue, &a, &queue, &b));
	/* a topic's ARN, and a name that is the ARN's last part */
	a = item("arn:aws:sns:us-east-1:1:alerts", "arn:aws:sns:us-east-1:1:alerts");
	b = item("arn:aws:sns:us-east-1:1:alerts", "alerts");
	assert_true(aws_sweep_same_object(&cc_topic, &a, &topic, &b));
	b = item("alerts", "alerts");
	assert_true(aws_sweep_same_object(&cc_topic, &a, &topic, &b));
	/* two ARNs that end alike are two objects */
	assert_string_equal(aws_sweep_kind_cfn(&cc_layer), "AWS::Lambda::LayerVersion");
	a = item("arn:aws:lambda:us-east-1:1:layer:a:3", "arn:aws:lambda:us-east-1:1:layer:a:3");
	b = item("arn:aws:lambda:us-east-1:1:layer:b:3", "b");
	assert_false(aws_sweep_same_object(&cc_layer, &a, &layer, &b));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_prefix_names_at_a_boundary),
		cmocka_unit_test(test_an_object_is_named_by_name_id_or_parent),
		cmocka_unit_test(test_twins_by_cloudformation_type_and_identifier),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
