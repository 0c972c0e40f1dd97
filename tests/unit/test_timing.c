/*
 * test_timing.c: AWS's timing as data (provider/aws/transport/timing.c):
 * which answers are AWS catching up and which wait bounds each; and the
 * adaptive pace after throttling (pace.c) against a service's own token
 * bucket, on a simulated clock.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "provider/aws/transport/pace.h"
#include "provider/aws/transport/timing.h"

static struct aws_response answer(long status, const char *code, const char *msg)
{
	struct aws_response r;

	memset(&r, 0, sizeof(r));
	r.status = status;
	r.error_code = (char *)code;
	r.error_message = (char *)msg;
	return r;
}

static const struct aws_retry_rule *rule_for(const char *service, const char *operation,
					     long status, const char *code, const char *msg)
{
	struct aws_request req = { .service = service, .operation = operation, .method = "POST" };
	struct aws_response r = answer(status, code, msg);

	return aws_retry_rule_find(&req, &r);
}

/* Each consumer of a role, in the words AWS uses. */
static void test_role_propagation_per_consumer(void **state)
{
	const struct aws_retry_rule *r;

	(void)state;
	r = rule_for("lambda", "CreateFunction", 400, "InvalidParameterValueException",
		     "The role defined for the function cannot be assumed by Lambda.");
	assert_non_null(r);
	assert_int_equal(r->wait, AWS_WAIT_PROPAGATION);
	assert_false(r->new_object);
	assert_non_null(rule_for("glue", "CreateJob", 400, "InvalidInputException",
				 "Service is unable to assume provided role. Please verify role's "
				 "TrustPolicy"));
	assert_non_null(rule_for("glue", "UpdateCrawler", 400, "InvalidInputException",
				 "Service is unable to assume role arn:aws:iam::1:role/r"));
	assert_non_null(rule_for("states", "CreateStateMachine", 400, "AccessDeniedException",
				 "Neither the global service principal states.amazonaws.com, nor the "
				 "regional one is authorized to assume the provided role."));
	assert_non_null(rule_for("scheduler", "CreateSchedule", 400, "ValidationException",
				 "The execution role you provide must allow AWS EventBridge Scheduler "
				 "to assume the role."));
	assert_non_null(rule_for("lambda", "CreateFunction", 400, "InvalidParameterValueException",
				 "The provided execution role does not have permissions to call "
				 "CreateNetworkInterface on EC2"));
	assert_non_null(rule_for("rds", "CreateDBInstance", 400, "InvalidParameterValue",
				 "IAM role ARN value is invalid or does not include the required "
				 "permissions for: ENHANCED_MONITORING"));
	r = rule_for("ec2", "RunInstances", 400, "InvalidParameterValue",
		     "Value (reality-host) for parameter iamInstanceProfile.name is invalid. "
		     "Invalid IAM Instance Profile name");
	assert_non_null(r);
	assert_int_equal(r->wait, AWS_WAIT_PROPAGATION);
	/* Not a propagation refusal: the same code about something else, the
	 * same words from another operation. */
	assert_null(rule_for("lambda", "CreateFunction", 400, "InvalidParameterValueException",
			     "1 validation error detected: Value 'x' at 'role' failed"));
	assert_null(rule_for("ec2", "RunInstances", 400, "InvalidParameterValue",
			     "Value (t9.huge) for parameter instanceType is invalid."));
	assert_null(rule_for("lambda", "GetFunction", 400, "InvalidParameterValueException",
			     "The role defined for the function cannot be assumed by Lambda."));
}

/* EC2's NotFound for every id kind, for new objects only. */
static void test_new_objects_not_found(void **state)
{
	static const char *const codes[] = {
		"InvalidVpcID.NotFound", "InvalidSubnetID.NotFound", "InvalidGroup.NotFound",
		"InvalidInternetGatewayID.NotFound", "InvalidRouteTableID.NotFound",
		"InvalidAssociationID.NotFound", "InvalidAllocationID.NotFound",
		"InvalidVpcEndpointId.NotFound", "InvalidInstanceID.NotFound",
		"InvalidKeyPair.NotFound", "NatGatewayNotFound",
	};
	const struct aws_retry_rule *r;

	(void)state;
	for (size_t i = 0; i < sizeof(codes) / sizeof(*codes); i++) {
		r = rule_for("ec2", "DescribeVpcs", 400, codes[i], "does not exist");
		if (!r)
			fail_msg("%s: no rule", codes[i]);
		assert_true(r->new_object);
		assert_int_equal(r->wait, AWS_WAIT_CONSISTENCY);
	}
	r = rule_for("s3", "PutBucketTagging", 404, "NoSuchBucket", "The specified bucket does "
		     "not exist");
	assert_non_null(r);
	assert_true(r->new_object);
	assert_null(rule_for("ec2", "DescribeVpcs", 400, "InvalidParameterValue", "bad"));
	/* IAM: about the entity named, not about what it has not got yet. */
	assert_non_null(rule_for("iam", "AttachRolePolicy", 404, "NoSuchEntity", "The role with "
				 "name r cannot be found."));
	assert_null(rule_for("iam", "GetLoginProfile", 404, "NoSuchEntity", "Login Profile for "
			     "User u cannot be found."));
	assert_null(rule_for("iam", "GetRolePolicy", 404, "NoSuchEntity", "The role policy with "
			     "name p cannot be found."));
	assert_null(rule_for("ec2", "DescribeVpcs", 200, "InvalidVpcID.NotFound", "x"));
}

/* IAM's NoSuchEntity is about what its message names when it names an ARN:
 * an AWS managed policy is none of this client's, never waited for; another
 * ARN is waited for only when the client made it; a message naming no ARN
 * leaves it to the request. */
static void test_iam_answer_about(void **state)
{
	const struct aws_retry_rule *r, *ec2;
	const char *arn;
	size_t len;

	(void)state;
	r = rule_for("iam", "AttachRolePolicy", 404, "NoSuchEntity", "x");
	assert_non_null(r);
	assert_true(r->about_in_message);
	assert_int_equal(aws_rule_answer_about(r, "Policy arn:aws:iam::aws:policy/AmazonS3ReadOnlyAcess "
					       "does not exist or is not attachable.", &arn, &len),
			 AWS_ABOUT_AWS);
	assert_int_equal(aws_rule_answer_about(r, "Policy arn:aws-cn:iam::aws:policy/service-role/"
					       "AWSGlueServiceRole does not exist.", &arn, &len),
			 AWS_ABOUT_AWS);
	assert_int_equal(aws_rule_answer_about(r, "Policy arn:aws:iam::123456789012:policy/data/"
					       "lake-read does not exist or is not attachable.",
					       &arn, &len), AWS_ABOUT_ARN);
	assert_int_equal(len, strlen("arn:aws:iam::123456789012:policy/data/lake-read"));
	assert_memory_equal(arn, "arn:aws:iam::123456789012:policy/data/lake-read", len);
	/* At the end of a sentence, the full stop is not the ARN's. */
	assert_int_equal(aws_rule_answer_about(r, "No such policy: arn:aws:iam::1:policy/p.", &arn,
					       &len), AWS_ABOUT_ARN);
	assert_int_equal(len, strlen("arn:aws:iam::1:policy/p"));
	assert_int_equal(aws_rule_answer_about(r, "The role with name r cannot be found.", &arn,
					       &len), AWS_ABOUT_REQUEST);
	assert_null(arn);
	assert_int_equal(aws_rule_answer_about(r, NULL, &arn, &len), AWS_ABOUT_REQUEST);
	/* "arn:" inside a word is not an ARN. */
	assert_int_equal(aws_rule_answer_about(r, "The role with name yarn:aws cannot be found.",
					       &arn, &len), AWS_ABOUT_REQUEST);
	/* Rows that do not read the message: the request decides. */
	ec2 = rule_for("ec2", "DescribeVpcs", 400, "InvalidVpcID.NotFound", "x");
	assert_int_equal(aws_rule_answer_about(ec2, "arn:aws:iam::aws:policy/X", &arn, &len),
			 AWS_ABOUT_REQUEST);
}

/* A role or policy this client wrote moments ago, checked at once by the
 * service given it: waited only for those (new_grant), each in AWS's words;
 * the message names the role where Firehose and Lake Formation say which. */
static void test_new_grants(void **state)
{
	const struct aws_retry_rule *r;
	const char *arn;
	size_t len;

	(void)state;
	r = rule_for("s3", "PutBucketNotificationConfiguration", 400, "InvalidArgument",
		     "Unable to validate the following destination configurations");
	assert_non_null(r);
	assert_true(r->new_grant);
	assert_false(r->new_object);
	assert_int_equal(r->wait, AWS_WAIT_PROPAGATION);
	assert_int_equal(aws_rule_answer_about(r, "Unable to validate the following destination "
					       "configurations", &arn, &len), AWS_ABOUT_REQUEST);
	/* The same code about the configuration itself is true at once. */
	assert_null(rule_for("s3", "PutBucketNotificationConfiguration", 400, "InvalidArgument",
			     "Cannot specify more than one prefix rule in a filter."));
	assert_null(rule_for("s3", "PutBucketPolicy", 400, "InvalidArgument",
			     "Unable to validate the following destination configurations"));

	r = rule_for("firehose", "CreateDeliveryStream", 400, "InvalidArgumentException",
		     "Firehose is unable to assume role arn:aws:iam::123456789012:role/fh. Please "
		     "check the role provided.");
	assert_non_null(r);
	assert_true(r->new_grant);
	assert_true(r->about_in_message);
	assert_int_equal(aws_rule_answer_about(r, "Firehose is unable to assume role "
					       "arn:aws:iam::123456789012:role/fh. Please check "
					       "the role provided.", &arn, &len), AWS_ABOUT_ARN);
	assert_int_equal(len, strlen("arn:aws:iam::123456789012:role/fh"));
	assert_non_null(rule_for("firehose", "UpdateDestination", 400, "InvalidArgumentException",
				 "Firehose is unable to assume role arn:aws:iam::1:role/fh."));
	assert_null(rule_for("firehose", "CreateDeliveryStream", 400, "InvalidArgumentException",
			     "Firehose is unable to access the bucket"));

	r = rule_for("kms", "CreateKey", 400, "MalformedPolicyDocumentException",
		     "Policy contains a statement with one or more invalid principals.");
	assert_non_null(r);
	assert_true(r->new_grant);
	assert_non_null(rule_for("kms", "PutKeyPolicy", 400, "MalformedPolicyDocumentException",
				 "Policy contains a statement with one or more invalid principals."));
	/* A policy that can never be right is not waited for. */
	assert_null(rule_for("kms", "CreateKey", 400, "MalformedPolicyDocumentException",
			     "The new key policy will not allow you to update the key policy in "
			     "the future."));

	r = rule_for("lakeformation", "GrantPermissions", 400, "InvalidInputException",
		     "Invalid principal, arn: arn:aws:iam::111111111111:role/user.name");
	assert_non_null(r);
	assert_true(r->new_grant && r->about_in_message);
	/* "arn:" followed by a blank is a label, not the ARN. */
	assert_int_equal(aws_rule_answer_about(r, "Invalid principal, arn: arn:aws:iam::1:role/"
					       "user.name", &arn, &len), AWS_ABOUT_ARN);
	assert_int_equal(len, strlen("arn:aws:iam::1:role/user.name"));
	assert_memory_equal(arn, "arn:aws:iam::1:role/user.name", len);
	assert_int_equal(aws_rule_answer_about(r, "Invalid principal, arn:", &arn, &len),
			 AWS_ABOUT_REQUEST);
	/* The roles' consumers of before are not restricted so. */
	assert_false(rule_for("glue", "CreateJob", 400, "InvalidInputException",
			      "Service is unable to assume provided role.")->new_grant);
}

/* What lingers after a delete holds up the deletes of what it sat in. */
static void test_dependency_violations(void **state)
{
	static const char *const ops[] = { "DeleteSubnet", "DeleteSecurityGroup",
					   "DetachInternetGateway", "DeleteVpc" };
	const struct aws_retry_rule *r;

	(void)state;
	for (size_t i = 0; i < sizeof(ops) / sizeof(*ops); i++) {
		r = rule_for("ec2", ops[i], 400, "DependencyViolation", "has dependencies");
		if (!r)
			fail_msg("%s: no rule", ops[i]);
		assert_int_equal(r->wait, AWS_WAIT_DEPENDENCY);
		assert_false(r->new_object);
	}
	assert_non_null(rule_for("ec2", "ReleaseAddress", 400, "InvalidIPAddress.InUse", "in use"));
	assert_null(rule_for("ec2", "CreateSubnet", 400, "DependencyViolation", "x"));
	/* A deleted queue's name, for 60 s: only CreateQueue waits for it. */
	r = rule_for("sqs", "CreateQueue", 400, "QueueDeletedRecently", "wait 60 seconds");
	assert_non_null(r);
	assert_int_equal(r->wait, AWS_WAIT_DEPENDENCY);
	assert_null(rule_for("sqs", "GetQueueUrl", 400, "QueueDeletedRecently", "x"));
	/* A queue made moments ago: its NotFound is waited only for it. */
	r = rule_for("sqs", "GetQueueAttributes", 400, "QueueDoesNotExist", "does not exist");
	assert_non_null(r);
	assert_true(r->new_object);
	/* GetQueueUrl's is the answer to the lookup before a create: true at once. */
	assert_null(rule_for("sqs", "GetQueueUrl", 400, "QueueDoesNotExist", "does not exist"));
}

/* Every rule names its wait's setting and cites its source. */
static void test_rules_cite_sources(void **state)
{
	size_t n;
	const struct aws_retry_rule *rules = aws_retry_rules(&n);
	struct aws_timing t = { 300, 120, 1200 };

	(void)state;
	assert_true(n >= 10);
	for (size_t i = 0; i < n; i++) {
		assert_non_null(rules[i].what);
		assert_true(!strncmp(rules[i].source, "https://", 8));
		assert_true(rules[i].codes || rules[i].code_suffix);
	}
	assert_string_equal(aws_wait_setting(AWS_WAIT_DEPENDENCY), "dependency_timeout");
	assert_string_equal(aws_wait_env(AWS_WAIT_PROPAGATION), "TERRACE_AWS_PROPAGATION_TIMEOUT");
	assert_int_equal(aws_wait_seconds(&t, AWS_WAIT_PROPAGATION), 120);
	assert_true(fabs(aws_rule_pause_s(0) - 1.0) < 1e-9);
	assert_true(fabs(aws_rule_pause_s(1) - 1.5) < 1e-9);
	assert_true(fabs(aws_rule_pause_s(20) - 10.0) < 1e-9);
}

/* How long a read of another run may miss a new object, per service
 * (issue 55): EC2, IAM, S3 and Cloud Control (a type its caller says is
 * read through it, whatever its service) the setting's, SQS its
 * documented 1 s, a service documenting no lag 0; only EC2's deletes too. */
static void test_consistency_windows(void **state)
{
	struct aws_timing t = { 300, 120, 1200 }, off = { 0, 120, 1200 };
	bool deletes = false;

	(void)state;
	assert_true(fabs(aws_consistency_window_s(&t, "aws.ec2.vpc", false, &deletes) - 300) <
		    1e-9);
	assert_true(deletes);
	assert_true(fabs(aws_consistency_window_s(&t, "aws.iam.role", false, &deletes) - 300) <
		    1e-9);
	assert_false(deletes);
	assert_true(fabs(aws_consistency_window_s(&t, "aws.s3.bucket", false, NULL) - 300) <
		    1e-9);
	assert_true(fabs(aws_consistency_window_s(&t, "aws.sqs.queue", false, NULL) - 1) < 1e-9);
	assert_true(fabs(aws_consistency_window_s(&t, "aws.kinesis.stream", false, NULL)) < 1e-9);
	assert_true(fabs(aws_consistency_window_s(&t, "aws.logs.log_group", false, NULL)) < 1e-9);
	/* not "ec2" by a prefix of its name */
	assert_true(fabs(aws_consistency_window_s(&t, "aws.ec2x.thing", false, NULL)) < 1e-9);
	assert_true(fabs(aws_consistency_window_s(&t, "awscc.logs.log_group", true, &deletes) - 300) <
		    1e-9);
	assert_false(deletes);
	/* the caller says so, not the name's spelling: Logs documents no lag */
	assert_true(fabs(aws_consistency_window_s(&t, "awscc.logs.log_group", false, NULL)) < 1e-9);
	/* 0 turns every window off */
	assert_true(fabs(aws_consistency_window_s(&off, "aws.ec2.vpc", false, NULL)) < 1e-9);
	assert_true(fabs(aws_consistency_window_s(&off, "aws.sqs.queue", false, NULL)) < 1e-9);
	assert_true(fabs(aws_consistency_window_s(&t, NULL, false, NULL)) < 1e-9);
}

/*
 * A service's token bucket (EC2's for a mutating action: 200 tokens,
 * refilled at 5 a second) and `workers` threads sending `requests` in all,
 * each retrying a throttled request after a backoff, all sharing one pace:
 * the seconds the last request took on a simulated clock.
 */
static double simulate(int requests, int workers, double capacity, double refill, int *throttles)
{
	struct aws_pace_model pace;
	double server = capacity, server_t = 0, now = 0, latency = 0.02;
	double ready[64];
	int retries[64], started = workers, done = 0;

	assert_true(workers <= 64 && workers <= requests);
	aws_pace_model_init(&pace, 0);
	*throttles = 0;
	for (int w = 0; w < workers; w++) {
		ready[w] = 0;
		retries[w] = 0;
	}
	while (done < requests) {
		/* the worker ready first sends next */
		int w = 0;
		for (int i = 1; i < workers; i++)
			if (ready[i] < ready[w])
				w = i;
		now = ready[w];
		double wait = aws_pace_model_take(&pace, now);
		if (wait > 0) {
			ready[w] = now + fmax(wait, 1e-6);
			continue;
		}
		server = fmin(capacity, server + (now - server_t) * refill);
		server_t = now;
		bool ok = server >= 1;
		if (ok)
			server -= 1;
		aws_pace_model_answer(&pace, now + latency, !ok);
		if (ok) {
			done++;
			retries[w] = 0;
			/* its next request, while there are any */
			ready[w] = started < requests ? (started++, now + latency) : 1e18;
		} else {
			(*throttles)++;
			/* half of the full-jitter ceiling: 100 ms doubling, 20 s cap */
			double ceiling = fmin(20.0, 0.1 * pow(2, retries[w]++));
			ready[w] = now + latency + ceiling / 2;
		}
	}
	return now;
}

/* The destroy of issue 30: 240 deletes of one action through EC2's bucket
 * take at least (240 - 200) / 5 = 8 s; the pace gets within 20 % of it. */
static void test_pace_near_the_bucket_minimum(void **state)
{
	int throttles;
	double t = simulate(240, 10, 200, 5, &throttles), minimum = (240 - 200) / 5.0;

	(void)state;
	print_message("240 requests, 10 workers, bucket 200 @ 5/s: %.2f s (minimum %.1f s, ratio "
		      "%.2f), %d throttled\n", t, minimum, t / minimum, throttles);
	assert_true(t >= minimum);
	assert_true(t <= 1.2 * minimum);
	/* A larger backlog: 1,000 requests, 160 s at least. */
	t = simulate(1000, 10, 200, 5, &throttles);
	print_message("1000 requests: %.2f s (minimum 160 s, ratio %.2f), %d throttled\n", t,
		      t / 160, throttles);
	assert_true(t <= 1.2 * 160);
}

/* Off until throttled; a throttling answer lowers the rate, successes
 * raise it again. */
static void test_pace_follows_throttling(void **state)
{
	struct aws_pace_model m;

	(void)state;
	aws_pace_model_init(&m, 100);
	assert_true(aws_pace_model_take(&m, 100) == 0);
	assert_false(m.enabled);
	for (int i = 0; i < 40; i++)
		aws_pace_model_answer(&m, 100 + i * 0.05, false);
	aws_pace_model_answer(&m, 102.0, true);
	assert_true(m.enabled);
	double after_throttle = m.fill_rate;
	assert_true(after_throttle > 0.5 && after_throttle < 40);
	for (int i = 1; i <= 20; i++)
		aws_pace_model_answer(&m, 102.0 + i * 0.1, false);
	assert_true(m.fill_rate > after_throttle);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_role_propagation_per_consumer),
		cmocka_unit_test(test_new_objects_not_found),
		cmocka_unit_test(test_iam_answer_about),
		cmocka_unit_test(test_new_grants),
		cmocka_unit_test(test_dependency_violations),
		cmocka_unit_test(test_rules_cite_sources),
		cmocka_unit_test(test_consistency_windows),
		cmocka_unit_test(test_pace_near_the_bucket_minimum),
		cmocka_unit_test(test_pace_follows_throttling),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
