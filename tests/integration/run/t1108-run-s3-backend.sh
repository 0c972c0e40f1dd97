#!/usr/bin/env bash
# t1108-run-s3-backend: `terrace run` with the state in an S3 bucket
# (backend: type s3) on moto: a Lambda function deployed with that state runs
# (its answer on stdout), and run takes no lock and writes nothing: while an
# apply killed with -9 holds the state lock, plan is refused naming it and
# run still runs, the lock object and the state object unchanged after it
# (their ETags), and no lock is left behind once force-unlock cleared it.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
export TERRACE_BACKEND_ENDPOINT=$TEST_ENDPOINT
export TERRACE_BACKEND_ACCESS_KEY=$TEST_ACCESS_KEY
export TERRACE_BACKEND_SECRET_KEY=$TEST_SECRET_KEY

STATE_KEY=$TEST_NAME/terrace.state.json
LOCK_KEY=$STATE_KEY.lock

# run_stack N: the function and N buckets, the state in the tfstate bucket.
run_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	backend:
	  type: s3
	  bucket: tfstate
	  region: us-east-1
	  path_style: true
	resources:
	  ingest:
	    type: aws.lambda.function
	    function_name: t1108-ingest
	    runtime: python3.12
	    handler: main.handler
	    role: $(cat role_arn)
	    source: fn
	YAML
	for i in $(seq -w 1 "$1"); do
		echo "  b$i: {type: aws.s3.bucket, name: t1108-b$i}"
	done >>stack.yaml
}

# etag KEY: the ETag of the object at KEY in tfstate ("none" when there is none).
etag () {
	s3 s3api head-object --bucket tfstate --key "$1" --query ETag --output text 2>/dev/null ||
		echo none
}

test_expect_success 'setup: the state in the bucket, a function deployed' '
	s3 s3api create-bucket --bucket tfstate >/dev/null &&
	s3 iam create-role --role-name t1108-exec --output text --query Role.Arn \
		--assume-role-policy-document "{\"Version\":\"2012-10-17\",\"Statement\":[]}" \
		>role_arn &&
	mkdir fn &&
	printf "def handler(event, context):\n    return event\n" >fn/main.py &&
	run_stack 0 &&
	terrace apply -auto-approve >out 2>err &&
	test_contains out "Apply complete! Resources: 1 added" &&
	! test -e terrace.state.json &&
	test "$(etag "$STATE_KEY")" != none
'

test_expect_success 'run uses the remote state: the function answers' '
	state_before=$(etag "$STATE_KEY") &&
	terrace run ingest -payload "{\"day\": \"2024-02-29\"}" >out 2>err &&
	test_contains out "\"day\": \"2024-02-29\"" &&
	test_equal "$state_before" "$(etag "$STATE_KEY")" &&
	test_equal none "$(etag "$LOCK_KEY")"
'

test_expect_success 'run takes no lock: it runs while a killed apply holds it, and changes nothing' '
	run_stack 30 &&
	{ "$TERRACE" apply -auto-approve -parallelism 1 >killed.out 2>killed.err </dev/null & } &&
	victim=$! &&
	wait_for_line killed.out ": Creating..." $victim &&
	kill -9 $victim && { wait $victim; true; } &&
	lock_before=$(etag "$LOCK_KEY") &&
	test "$lock_before" != none &&
	state_before=$(etag "$STATE_KEY") &&
	test_expect_code 1 terrace plan -lock-timeout=0s >out 2>err &&
	test_contains err "state is locked by" &&
	terrace run ingest -payload "{\"while\": \"locked\"}" >out 2>err &&
	test_contains out "\"while\": \"locked\"" &&
	test_equal "$lock_before" "$(etag "$LOCK_KEY")" &&
	test_equal "$state_before" "$(etag "$STATE_KEY")" &&
	s3 s3api get-object --bucket tfstate --key "$LOCK_KEY" lock.json >/dev/null &&
	terrace force-unlock -force "$(json_get lock.json "d[\"id\"]")" >out 2>err &&
	terrace run ingest -payload "{}" >out 2>err &&
	test_equal none "$(etag "$LOCK_KEY")"
'

test_done
