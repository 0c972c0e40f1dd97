#!/usr/bin/env bash
# t0225-role-propagation: a Glue job created right after its IAM role is
# refused by AWS until the role has propagated ("Service is unable to assume
# provided role"); terrace retries that error for a bounded time and says so
# in the log (the table of provider/aws/transport/timing.c). moto does not model propagation: the patch
# tests/servers/moto_patches/iam_propagation_delay.py refuses CreateJob for
# 3 s after a role named propagating-* is created, with AWS's error.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

glue () {
	s3 glue "$@"
}

role_and_job () {
	cat <<-YAML
	  role_$1:
	    type: aws.iam.role
	    name: propagating-$1
	    assume_role_policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Principal: {Service: glue.amazonaws.com}, Action: "sts:AssumeRole"}]}
	  job_$1:
	    type: aws.glue.job
	    name: job-$1
	    role: \${role_$1.arn}
	    command: {name: glueetl, script_location: "s3://scripts/job.py"}
	YAML
}

write_stack stack.yaml
{ echo "resources:"; role_and_job one; } >>stack.yaml

test_expect_success 'a job whose new role is not usable yet is retried until it is' '
	TERRACE_LOG=debug terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." &&
	test_match err "^\[debug\] glue CreateJob POST: HTTP 400 in [0-9]+ ms \(attempt 1\)$" &&
	test_match err "glue CreateJob: waiting for IAM to propagate the role, [0-9]+ s of 120: InvalidInputException: Service is unable to assume provided role.* \(retry 1 in 1.0 s\)" &&
	test_equal job-one "$(glue get-job --job-name job-one --query Job.Name --output text)"
'

test_expect_success 'the retry is bounded: past its time the error is reported, and nothing is left half-made' '
	role_and_job two >>stack.yaml &&
	TERRACE_AWS_PROPAGATION_TIMEOUT=1 test_expect_code 1 terrace apply -auto-approve >out 2>err &&
	test_contains err "Service is unable to assume provided role" &&
	test_match err "\(still refused after waiting [01] s for IAM to propagate the role; propagation_timeout \(TERRACE_AWS_PROPAGATION_TIMEOUT\) is 1 s\)" &&
	terrace state list >listed &&
	test_line listed role_two &&
	test_not_contains listed job_two &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed."
'

test_expect_success 'destroy leaves nothing' '
	terrace destroy -auto-approve >out 2>err &&
	test_contains out "Destroy complete!" &&
	test_equal "" "$(glue get-jobs --query "Jobs[].Name" --output text)"
'

test_done
