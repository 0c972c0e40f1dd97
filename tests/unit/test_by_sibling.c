/*
 * test_by_sibling.c: the rows of provider/aws/checks/kinds/by_sibling.def hold
 * together: every type a row names is a type terrace has, every path of a
 * row is an attribute of that type (through its nested blocks; "**." at any
 * depth), every sibling is an attribute beside it or around it, every kind
 * a row names is aws_kinds[]'s or the file's own, each own kind's example
 * is of its own pattern, and a few values each way ("https://sqs..." is no
 * SQS queue's ARN). A typo in a row would otherwise make it judge nothing.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "provider/aws/checks/kinds/by_sibling.h"
#include "provider/provider.h"

static const struct attr_schema *attrs_of(const char *type)
{
	const struct provider_type *pt = NULL;
	const struct resource_type *rt = resource_type_find(type, &pt);
	if (!rt)
		fail_msg("%s: no such type", type);
	return rt->attrs;
}

/* Whether dotted path (a list's elements are the list's; "**." any depth)
 * names an attribute under attrs. */
static bool path_in(const struct attr_schema *attrs, const char *path)
{
	if (!attrs)
		return false;
	if (!strncmp(path, "**.", 3)) {
		if (path_in(attrs, path + 3))
			return true;
		for (const struct attr_schema *a = attrs; a->name; a++)
			if (a->nested && path_in(a->nested, path))
				return true;
		return false;
	}
	size_t len = strcspn(path, ".");
	for (const struct attr_schema *a = attrs; a->name; a++) {
		if (strlen(a->name) != len || strncmp(a->name, path, len))
			continue;
		return !path[len] ? true : path_in(a->nested, path + len + 1);
	}
	return false;
}

/* Whether key is an attribute of the block holding path's last step, or of
 * a block around it. */
static bool sibling_in(const char *type, const char *path, const char *key)
{
	char p[256];
	snprintf(p, sizeof(p), "%s", path);
	for (;;) {
		char *dot = strrchr(p, '.');
		char with[320];
		if (!dot) {
			return path_in(attrs_of(type), key);
		}
		*dot = '\0';
		snprintf(with, sizeof(with), "%s.%s", p, key);
		if (path_in(attrs_of(type), with))
			return true;
		if (!strcmp(p, "**"))
			return path_in(attrs_of(type), key);
	}
}

static void kinds_known(const char *kinds)
{
	for (const char *k = kinds; *k;) {
		size_t len = strcspn(k, " ");
		const char *example = aws_by_sibling_example(k, len);
		if (!aws_by_sibling_kind_known(k, len))
			fail_msg("kind %.*s is neither aws_kinds[]'s nor by_sibling.def's", (int)len, k);
		if (!example || !aws_by_sibling_literal_is(k, len, example))
			fail_msg("kind %.*s: its example %s is not of its pattern", (int)len, k,
				 example ? example : "(none)");
		k += len + (k[len] == ' ');
	}
}

static void test_rows_name_what_exists(void **state)
{
	(void)state;
	size_t n = 0;
	for (const struct aws_by_sibling *r = aws_by_sibling_rows; r->type; r++, n++) {
		if (!path_in(attrs_of(r->type), r->path))
			fail_msg("%s has no %s", r->type, r->path);
		if (!sibling_in(r->type, r->path, r->sibling))
			fail_msg("%s: no %s beside or around %s", r->type, r->sibling, r->path);
		kinds_known(r->kinds);
		assert_non_null(r->said);
		assert_non_null(r->source);
	}
	assert_true(n >= 20);
	n = 0;
	for (const struct aws_across *r = aws_across_rows; r->type; r++, n++) {
		const char *step = strchr(r->self, '>');
		char first[64];
		if (!path_in(attrs_of(r->type), r->path))
			fail_msg("%s has no %s", r->type, r->path);
		snprintf(first, sizeof(first), "%.*s", (int)(step ? (size_t)(step - r->self)
							      : strlen(r->self)), r->self);
		if (!path_in(attrs_of(r->type), first))
			fail_msg("%s has no %s", r->type, first);
		if (!path_in(attrs_of(r->other_types), r->other))
			fail_msg("%s has no %s", r->other_types, r->other);
	}
	assert_true(n >= 9);
	for (const struct aws_required_by_kind *r = aws_required_by_kind_rows; r->type; r++) {
		if (!path_in(attrs_of(r->type), r->path) || !path_in(attrs_of(r->type), r->required))
			fail_msg("%s has no %s or %s", r->type, r->path, r->required);
		kinds_known(r->kinds);
	}
}

static void test_values_each_way(void **state)
{
	(void)state;
	static const struct { const char *kind, *value; int is; } cases[] = {
		{ "AWS::SQS::Queue.Arn", "arn:aws:sqs:us-east-1:123456789012:jobs", 1 },
		{ "AWS::SQS::Queue.Arn", "arn:aws:sqs:us-east-1:123456789012:jobs.fifo", 1 },
		{ "AWS::SQS::Queue.Arn", "https://sqs.us-east-1.amazonaws.com/123456789012/jobs", 0 },
		{ "sibling:sqs-url", "https://sqs.us-east-1.amazonaws.com/123456789012/jobs", 1 },
		{ "sibling:email", "ops@example.com", 1 },
		{ "sibling:email", "ops", 0 },
		{ "sibling:phone", "+12065550100", 1 },
		{ "sibling:phone", "call me", 0 },
		{ "sibling:http-url", "http://example.com/x", 1 },
		{ "sibling:http-url", "https://example.com/x", 0 },
		{ "sibling:https-url", "HTTPS://example.com/x", 1 },
		{ "sibling:number", "300", 1 },
		{ "sibling:number", "0.2", 1 },
		{ "sibling:number", "3 times", 0 },
		{ "sibling:phone", "(206) 555-0100", 1 },
		{ "sibling:ip-address", "10.0.1.15", 1 },
		{ "sibling:ip-address", "2001:db8::1", 1 },
		{ "sibling:ip-address", "256.0.0.1", 0 },
		{ "sibling:ip-address", "i-0123456789abcdef0", 0 },
		{ "AWS::EC2::Instance.Id", "i-0123456789abcdef0", 1 },
		{ "AWS::EC2::Instance.Id", "10.0.1.15", 0 },
		{ "sibling:alb-arn", "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/a/1", 1 },
		{ "sibling:alb-arn", "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/n/1", 0 },
		{ "AWS::Kinesis::Stream.Arn", "arn:aws:kinesis:us-east-1:123456789012:stream/s", 1 },
		{ "AWS::KinesisFirehose::DeliveryStream.Arn", "arn:aws:firehose:us-east-1:123456789012:deliverystream/d", 1 },
		{ "AWS::KinesisFirehose::DeliveryStream.Arn", "arn:aws:kinesis:us-east-1:123456789012:stream/s", 0 },
		{ "sibling:sns-endpoint-arn", "arn:aws:sns:us-east-1:123456789012:endpoint/GCM/app/1", 1 },
		{ "sibling:sns-endpoint-arn", "arn:aws:sns:us-east-1:123456789012:topic", 0 },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		int is = aws_by_sibling_literal_is(cases[i].kind, strlen(cases[i].kind), cases[i].value);
		if (is != cases[i].is)
			fail_msg("%s: \"%s\" gave %d, not %d", cases[i].kind, cases[i].value, is,
				 cases[i].is);
	}
	/* a name no row has is unknown, and has no pattern */
	assert_false(aws_by_sibling_kind_known("sibling:nothing", 15));
	assert_int_equal(aws_by_sibling_literal_is("sibling:nothing", 15, "x"), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rows_name_what_exists),
		cmocka_unit_test(test_values_each_way),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
