/*
 * test_kind_reads.c: the reads of what a literal of a kind names
 * (provider/aws/checks/kinds/reads.def, read by checks/reads.c's generic reader),
 * against moto: for every READ row whose call moto serves, an object made
 * on moto (tests/unit/fixtures/kind_reads_moto.py) is found (1) and a value
 * of the kind naming nothing is said to be none (0); each row moto does
 * not serve is named below, judged only against botocore's model
 * (kinds/check_reads.py). A read is made once per client, kind and value;
 * forgotten when the client is closed; a value a row skips, or one not of
 * its shape, is not sent;
 * an answer that cannot tell is -1.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/checks/kinds/api.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"
#include "tests/unit/moto_support.h"

/* The READ rows whose call moto does not serve, or not as AWS answers it:
 * judged against botocore's model alone (moto 5.2.1 answers each of these
 * EC2 Describe calls "not implemented", and makes none of their objects;
 * reads.def's note on each row says so). */
static const char *const moto_lacks[] = {
	"AWS::EC2::CapacityReservationFleet.Id",
	"AWS::EC2::IPAM.Id",
	"AWS::EC2::IPAMPool.Id",
	"AWS::EC2::IPAMPrefixListResolver.Id",
	"AWS::EC2::IPAMResourceDiscovery.Id",
	"AWS::EC2::IPAMScope.Id",
	"AWS::EC2::LocalGatewayRouteTable.Id",
	"AWS::EC2::LocalGatewayVirtualInterfaceGroup.Id",
	"AWS::EC2::NetworkInsightsAccessScope.Id",
	"AWS::EC2::NetworkInsightsPath.Id",
	"AWS::EC2::RouteServer.Id",
	"AWS::EC2::RouteServerEndpoint.Id",
	"AWS::EC2::TransitGatewayMeteringPolicy.Id",
	"AWS::EC2::TransitGatewayMulticastDomain.Id",
	"AWS::EC2::VPNConcentrator.Id",
	"AWS::EC2::VerifiedAccessGroup.Id",
	"AWS::EC2::VerifiedAccessInstance.Id",
	NULL,
};

static int setup(void **state)
{
	return moto_fixture_setup(state, "/tmp/terrace-test-kind-reads-moto.log",
				  sizeof(struct moto_fixture));
}

static const struct aws_kind_read *row_of(const char *kind)
{
	for (const struct aws_kind_read *r = aws_kind_reads; r->kind; r++)
		if (!strcmp(r->kind, kind))
			return r;
	return NULL;
}

static bool lacks(const char *kind)
{
	for (size_t i = 0; moto_lacks[i]; i++)
		if (!strcmp(moto_lacks[i], kind))
			return true;
	return false;
}

static void run_python(const struct moto_fixture *f, const char *code)
{
	char cmd[2048];
	snprintf(cmd, sizeof(cmd),
		 "python3 -c 'import boto3; c = lambda n: boto3.client(n, endpoint_url=\"%s\", "
		 "region_name=\"us-east-1\", aws_access_key_id=\"testing\", "
		 "aws_secret_access_key=\"testing\"); %s'",
		 f->moto.endpoint, code);
	assert_int_equal(system(cmd), 0);
}

/* Every row moto serves: what was made is found, what names nothing is
 * none; every row is read here or named in moto_lacks. */
static void test_every_row_on_moto(void **state)
{
	struct moto_fixture *f = *state;
	char cmd[256], line[1024];
	size_t read_here = 0, rows = 0;
	char seen[128][96];
	FILE *p;

	snprintf(cmd, sizeof(cmd), "python3 tests/unit/fixtures/kind_reads_moto.py %s",
		 f->moto.endpoint);
	p = popen(cmd, "r");
	assert_non_null(p);
	while (fgets(line, sizeof(line), p)) {
		char *kind = strtok(line, "\t\n"), *there = strtok(NULL, "\t\n"),
		     *none = strtok(NULL, "\t\n");
		const struct aws_kind_read *r;
		if (!kind || !there || !none)
			continue;
		r = row_of(kind);
		if (!r)
			fail_msg("the fixture made %s, which has no READ row", kind);
		if (aws_kind_read_exists(f->client, r, there) != 1)
			fail_msg("%s: %s (%s) made on moto is not found", kind, there, r->call);
		if (aws_kind_read_exists(f->client, r, none) != 0)
			fail_msg("%s: %s (%s) is not said to be none", kind, none, r->call);
		assert_true(read_here < sizeof(seen) / sizeof(*seen));
		snprintf(seen[read_here++], sizeof(*seen), "%s", kind);
	}
	assert_int_equal(pclose(p), 0);
	for (const struct aws_kind_read *r = aws_kind_reads; r->kind; r++, rows++) {
		bool here = false;
		for (size_t i = 0; i < read_here; i++)
			here = here || !strcmp(seen[i], r->kind);
		if (!here && !lacks(r->kind))
			fail_msg("%s: read neither on moto nor named as a row moto lacks", r->kind);
		if (here && lacks(r->kind))
			fail_msg("%s: read on moto, and named as a row moto lacks", r->kind);
	}
	print_message("%zu of %zu READ rows read on moto\n", read_here, rows);
}

/* Once per client, kind and value: an object made after the first read is
 * still none to that client, and found by another, and by the first once
 * what it read is forgotten. */
static void test_once_per_client(void **state)
{
	struct moto_fixture *f = *state;
	const struct aws_kind_read *r = row_of("AWS::S3::Bucket.Name");
	const struct provider_type *aws;
	void *other;

	assert_non_null(r);
	assert_int_equal(aws_kind_read_exists(f->client, r, "reads-later"), 0);
	run_python(f, "c(\"s3\").create_bucket(Bucket=\"reads-later\")");
	assert_int_equal(aws_kind_read_exists(f->client, r, "reads-later"), 0);
	assert_int_equal(moto_aws_client(&f->moto, &aws, &other), 0);
	assert_int_equal(aws_kind_read_exists(other, r, "reads-later"), 1);
	aws->close(other);
	/* forgotten when its client is closed: a new client may take its address */
	assert_int_equal(aws_kind_read_exists(f->client, r, "reads-after"), 0);
	run_python(f, "c(\"s3\").create_bucket(Bucket=\"reads-after\")");
	assert_int_equal(aws_kind_read_exists(f->client, r, "reads-after"), 0);
	aws_kind_reads_forget(f->client);
	assert_int_equal(aws_kind_read_exists(f->client, r, "reads-after"), 1);
}

/* A value the row skips is not sent: an AWS managed key's alias stands
 * before its key is made; CloudFormation's resolve:ssm: is no AMI id. */
static void test_skipped(void **state)
{
	struct moto_fixture *f = *state;

	assert_int_equal(aws_kind_read_exists(f->client, row_of("AWS::KMS::Alias.AliasName"),
					      "alias/aws/not-made-yet"), 1);
	assert_int_equal(aws_kind_read_exists(f->client, row_of("AWS::EC2::Image.Id"),
					      "resolve:ssm:/aws/service/ami"), 1);
}

/* A value not of a row's shape is not sent, and cannot tell: a Firehose
 * processor's ParameterValue takes an alias's ARN among others, and "3"
 * (a buffer size) names no alias Lambda would be asked for; a service's
 * name where a group's is taken is not sent. */
static void test_not_of_its_shape(void **state)
{
	struct moto_fixture *f = *state;

	assert_int_equal(aws_kind_read_exists(f->client, row_of("AWS::Lambda::Alias.Id"), "3"), -1);
	assert_int_equal(aws_kind_read_exists(f->client, row_of("AWS::EC2::EIP.PublicIp"),
					      "eipalloc-0123456789abcdef0"), -1);
	assert_int_equal(aws_kind_read_exists(f->client, row_of("AWS::S3::Bucket.Name"),
					      "Not A Bucket"), -1);
	/* IAM's model types a service-linked role's AWSServiceName as a group's
	 * name: a service's name is not sent to GetGroup */
	assert_int_equal(aws_kind_read_exists(f->client, row_of("AWS::IAM::Group.Name"),
					      "elasticbeanstalk.amazonaws.com"), -1);
	assert_int_equal(aws_kind_read_exists(f->client, row_of("AWS::IAM::Group.Name"),
					      "elasticbeanstalk-admins"), 0);
}

/* An answer that cannot tell (no server at all: every transport failure,
 * like a code the row does not name) is -1, and the plan passes it. */
static void test_cannot_tell(void **state)
{
	(void)state;
	struct moto dead = { 0, 1, "http://127.0.0.1:1" };
	const struct provider_type *aws;
	void *none;

	assert_int_equal(moto_aws_client(&dead, &aws, &none), 0);
	assert_int_equal(aws_kind_read_exists(none, row_of("AWS::SNS::Topic.Arn"),
					      "arn:aws:sns:us-east-1:123456789012:t"), -1);
	aws->close(none);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_row_on_moto),
		cmocka_unit_test(test_once_per_client),
		cmocka_unit_test(test_skipped),
		cmocka_unit_test(test_not_of_its_shape),
		cmocka_unit_test(test_cannot_tell),
	};
	return cmocka_run_group_tests(tests, setup, moto_fixture_teardown);
}
