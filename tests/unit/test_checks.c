/*
 * test_checks.c: the one entry to a stack's checks (provider/checks.c,
 * provider_checks_run) with the aws provider behind it: a resource's own
 * checks in their order (a constraint, then a warning), what is written
 * judged only as written and stopping the rest, a provider
 * configuration's own check, and the checks across reporting the
 * request's indices, not those of the group handed to the provider.
 *
 * JSON is written with single quotes (json_support.h).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/checks.h"
#include "tests/unit/json_support.h"

/* Each finding as one line: "WHICH ATTR~OTHER.OTHER_ATTR error|warning:
 * MESSAGE". */
static void collect(void *ctx, const struct check_finding *found)
{
	struct strbuf *out = ctx;
	strbuf_addf(out, "%zu %s~%d.%s %s: %s\n", found->which, found->attr ? found->attr : "",
		    found->other == WRITTEN_NONE ? -1 : (int)found->other,
		    found->other_attr ? found->other_attr : "", found->warning ? "warning" : "error",
		    found->message);
}

/* A resource subject of `type` judging attrs, its configuration attrs too. */
static struct check_subject resource(const char *name, const char *type, const json_t *attrs)
{
	const struct resource_type *rt = resource_type_find(type, NULL);
	assert_non_null(rt);
	return (struct check_subject){
		.resource = { .name = name, .type = type, .rtype = rt, .provider = "aws",
			      .config = attrs },
		.attrs = attrs,
	};
}

static int run(enum check_moment moment, unsigned scopes, const struct check_subject *subjects,
	       size_t n, struct strbuf *out)
{
	struct check_request req = { moment, scopes, subjects, n, collect, out };
	return provider_checks_run(&req);
}

static void test_own_checks_in_order(void **state)
{
	struct strbuf out = STRBUF_INIT;
	json_t *job = js("{'name': 'j', 'role': 'r', 'worker_type': 'G.64X', 'number_of_workers': 0,"
			 " 'command': {'script_location': 's3://b/k.py'}}");
	struct check_subject s = resource("job", "aws.glue.job", job);
	(void)state;

	/* The constraint, then the warning, as written and as known alike. */
	for (enum check_moment m = CHECK_AS_WRITTEN; m <= CHECK_AS_KNOWN; m++) {
		strbuf_reset(&out);
		assert_int_equal(run(m, CHECK_OWN | CHECK_WARNINGS, &s, 1, &out), -1);
		assert_string_equal(out.buf,
			"0 worker_type~-1. error: worker_type: 0 worker of type G.64X: a Spark job "
			"runs on at least 2 (a driver and an executor) (e.g. number_of_workers: 2)\n"
			"0 worker_type~-1. warning: worker_type: \"G.64X\" is not one the installed AWS "
			"models know (glue CreateJob WorkerType); AWS adds new ones, so it is left to "
			"AWS; nearest known: G.4X, G.1X, G.2X\n");
	}
	/* Warnings alone (plan's, once a resource is evaluated) refuse nothing. */
	strbuf_reset(&out);
	assert_int_equal(run(CHECK_AS_KNOWN, CHECK_WARNINGS, &s, 1, &out), 0);
	assert_non_null(strstr(out.buf, "0 worker_type~-1. warning: "));
	assert_null(strstr(out.buf, "error"));
	json_decref(job);
	strbuf_release(&out);
}

static void test_written_check_stops_the_rest(void **state)
{
	struct strbuf out = STRBUF_INIT;
	json_t *queue = js("{'queue_name': 'q', 'delay_seconds': 99999}");
	struct check_subject s = resource("q", "awscc.sqs.queue", queue);
	(void)state;

	/* As written the type's own check (check_config) says it, once; as
	 * sent, the constraints say it in the same words. */
	assert_int_equal(run(CHECK_AS_WRITTEN, CHECK_OWN | CHECK_WARNINGS, &s, 1, &out), -1);
	assert_string_equal(out.buf, "0 delay_seconds~-1. error: delay_seconds: 99999, where it "
				     "takes 0 to 900 (AWS::SQS::Queue's schema)\n");
	strbuf_reset(&out);
	assert_int_equal(run(CHECK_AS_SENT, CHECK_OWN, &s, 1, &out), -1);
	assert_string_equal(out.buf, "0 delay_seconds~-1. error: delay_seconds: 99999, where it "
				     "takes 0 to 900 (AWS::SQS::Queue's schema)\n");
	json_decref(queue);
	strbuf_release(&out);
}

static void test_provider_configuration(void **state)
{
	struct strbuf out = STRBUF_INIT;
	json_t *config = js("{'region': 'us-east-1', 'server': 'mnio'}");
	struct check_subject s = { .resource = { .name = "aws" },
				   .ptype = provider_type_find("aws"), .attrs = config };
	(void)state;

	assert_int_equal(run(CHECK_AS_WRITTEN, CHECK_OWN, &s, 1, &out), -1);
	assert_string_equal(out.buf, "0 server~-1. error: server \"mnio\" is not a server terrace "
				     "knows: one of aws, minio, ceph, other (e.g. server: minio "
				     "for a MinIO server)\n");
	/* What is written is judged as written only. */
	strbuf_reset(&out);
	assert_int_equal(run(CHECK_AS_KNOWN, CHECK_OWN | CHECK_WARNINGS, &s, 1, &out), 0);
	assert_string_equal(out.buf, "");
	json_decref(config);
	strbuf_release(&out);
}

static void test_across_names_the_requests_subjects(void **state)
{
	struct strbuf out = STRBUF_INIT;
	json_t *cmd = js("{'host': 'h', 'command': 'true'}");
	json_t *vpc = js("{'cidr_block': '10.0.0.0/16'}");
	json_t *sub = js("{'vpc_id': '${net.id}', 'cidr_block': '10.1.0.0/24'}");
	json_t *inside = js("{'vpc_id': '${net.id}', 'cidr_block': '10.0.1.0/24'}");
	json_t *unwritten = js("'${var.whole}'");
	/* Another provider's resource and one not written as an object come
	 * first: the aws checks are handed the others only. */
	struct check_subject s[] = {
		resource("run", "ssh.command", cmd),
		resource("whole", "aws.ec2.subnet", unwritten),
		resource("net", "aws.ec2.vpc", vpc),
		resource("ok", "aws.ec2.subnet", inside),
		resource("sub", "aws.ec2.subnet", sub),
	};
	(void)state;

	assert_int_equal(run(CHECK_AS_KNOWN, CHECK_ACROSS, s, 5, &out), -1);
	assert_string_equal(out.buf, "4 cidr_block~2.cidr_block error: cidr_block: \"10.1.0.0/24\" "
				     "is not inside 10.0.0.0/16, the block of VPC \"net\": a "
				     "subnet's block lies within its VPC's (e.g. \"10.0.0.0/24\")\n");
	/* Every subject aws's and written as an object: the request's own
	 * subjects are handed on (no copy), named by the same numbers. */
	strbuf_reset(&out);
	assert_int_equal(run(CHECK_AS_KNOWN, CHECK_ACROSS, s + 2, 3, &out), -1);
	assert_string_equal(out.buf, "2 cidr_block~0.cidr_block error: cidr_block: \"10.1.0.0/24\" "
				     "is not inside 10.0.0.0/16, the block of VPC \"net\": a "
				     "subnet's block lies within its VPC's (e.g. \"10.0.0.0/24\")\n");
	/* Its own checks are not asked for: nothing else is said. */
	strbuf_reset(&out);
	assert_int_equal(run(CHECK_AS_KNOWN, CHECK_ACROSS, s, 4, &out), 0);
	assert_string_equal(out.buf, "");
	json_decref(cmd);
	json_decref(vpc);
	json_decref(sub);
	json_decref(inside);
	json_decref(unwritten);
	strbuf_release(&out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_own_checks_in_order),
		cmocka_unit_test(test_written_check_stops_the_rest),
		cmocka_unit_test(test_provider_configuration),
		cmocka_unit_test(test_across_names_the_requests_subjects),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
