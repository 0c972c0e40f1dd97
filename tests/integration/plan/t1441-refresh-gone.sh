#!/usr/bin/env bash
# t1441-refresh-gone: a refresh-only plan right after a deploy (issue 77)
# reports an object deleted by hand as deleted at once: one read of it, no
# wait for the provider's consistency window, a warning saying how young
# it is and that a plan would wait; applying the plan forgets it and the
# next plan creates it again. A plan (not refresh-only) still waits the
# window out (t0980). Read through tests/servers/fault_proxy.py, which
# passes every request and logs it: the reads of the deleted bucket are
# counted there, not timed.
# On the code before the fix, the refresh-only plan read the bucket again
# with pauses of 1 s growing by half until consistency_timeout (30 s here)
# since its create had passed: 8 reads, "Still refreshing..." lines, and
# the warning "reading it again until 30 s after its create".
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
export CI=true

test_expect_success 'deploy a bucket and a queue' '
	write_stack stack.yaml &&
	cat >>stack.yaml <<-EOF2 &&
	resources:
	  b: {type: aws.s3.bucket, name: t1441-bucket}
	  q: {type: aws.sqs.queue, name: t1441-queue}
	EOF2
	terrace apply -auto-approve -no-color >out 2>err &&
	test_contains out "Apply complete! Resources: 2 added"
'

test_expect_success 'the bucket deleted by hand: the refresh-only plan reports it deleted after one read' '
	s3 s3api delete-bucket --bucket t1441-bucket &&
	start_fault_proxy TERRACE_VAR_endpoint reads --match "^NOTHING" --fault drop_before &&
	TERRACE_AWS_CONSISTENCY_TIMEOUT=30 terrace plan -refresh-only -no-color -out drift.plan >plan.out 2>plan.err;
	rc=$?; stop_fault_proxy TERRACE_VAR_endpoint;
	test_equal 0 $rc &&
	test_contains plan.out "# b has been deleted" &&
	test "$(grep -c " HEAD /t1441-bucket " reads.log)" = 1 &&
	test_not_contains plan.out "Still refreshing" &&
	test_not_contains plan.err "reading it again" &&
	test_match plan.err "^Warning: b: t1441-bucket was not found, [0-9]+ s after this stack made it; a refresh-only plan reports it deleted without waiting out the provider.s consistency window, consistency_timeout \(TERRACE_AWS_CONSISTENCY_TIMEOUT\): if AWS may not show it yet, plan again before applying this$" &&
	test_not_contains plan.err "t1441-queue"
'

test_expect_success 'applying it forgets the bucket; the next plan makes it again' '
	terrace apply -no-color drift.plan >out 2>err &&
	terrace state list >listed &&
	test_equal q "$(cat listed)" &&
	terrace plan -no-color >plan.out 2>plan.err &&
	test_line plan.out "# b will be created" &&
	test_contains plan.out "Plan: 1 to add, 0 to change, 0 to destroy."
'

test_done
