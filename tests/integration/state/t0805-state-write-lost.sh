#!/usr/bin/env bash
# t0805-state-write-lost: the S3 state backend behind
# tests/servers/fault_proxy.py. A state PutObject that S3 carried out but
# whose answer was lost -- once, or on every attempt -- is recognised as
# ours (the stored object is byte for byte what terrace wrote) and the apply
# carries on; the following writes (If-Match the written object's ETag)
# succeed. A write that never reached S3 is not taken for ours.
# On the code before the fix, every attempt of a state write losing its
# answer (9: 8 attempts and libcurl's own resend) failed the apply:
# "saving state failed: ... s3 PutObject: connection failed after 9
# attempts: Empty reply from server" (step 2).
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

# start_proxy NAME ARGS...: a fault proxy in front of moto; the backend's
# endpoint becomes it (the provider and the AWS CLI talk to moto directly).
start_proxy () { start_fault_proxy TERRACE_BACKEND_ENDPOINT "$@"; }
stop_proxy () { stop_fault_proxy TERRACE_BACKEND_ENDPOINT; }

export TERRACE_BACKEND_ENDPOINT=$MOTO_ENDPOINT
export TERRACE_BACKEND_ACCESS_KEY=$MOTO_ACCESS_KEY
export TERRACE_BACKEND_SECRET_KEY=$MOTO_SECRET_KEY
STATE_PUT="^PUT /tfstate/$TEST_NAME/terrace.state.json "

# write_buckets N: the stack with the S3 backend and N buckets.
write_buckets () {
	write_stack stack.yaml
	cat >>stack.yaml <<-'EOF2'
	backend:
	  type: s3
	  bucket: tfstate
	  region: us-east-1
	  path_style: true
	resources:
	EOF2
	for i in $(seq 1 "$1"); do
		echo "  b$i: {type: aws.s3.bucket, name: lost-state-$i}"
	done >>stack.yaml
}

state_resources () {
	s3 s3api get-object --bucket tfstate --key "$TEST_NAME/terrace.state.json" st.json \
		>/dev/null &&
	jq -r ".resources | length" st.json
}

test_expect_success 'the first state write loses its answer once: the apply goes on' '
	s3 s3api create-bucket --bucket tfstate >/dev/null &&
	write_buckets 1 &&
	start_proxy once --match "$STATE_PUT" --fault drop_after --count 1 &&
	terrace apply -auto-approve >out 2>err;
	rc=$?; stop_proxy;
	test_equal 0 $rc &&
	test_match once.log "^[0-9]+ drop_after PUT /tfstate/$TEST_NAME/terrace.state.json " &&
	test_equal 1 "$(state_resources)" &&
	terrace plan -detailed-exitcode >plan.out 2>&1
'

test_expect_success 'every attempt of a state write loses its answer: ours, the apply goes on' '
	write_buckets 3 &&
	start_proxy all --match "$STATE_PUT" --fault drop_after --count 9 &&
	terrace apply -auto-approve >all.out 2>all.err;
	rc=$?; stop_proxy;
	test_equal 0 $rc &&
	test_contains all.out "Resources: 2 added" &&
	test "$(grep -c " drop_after PUT /tfstate/$TEST_NAME/terrace.state.json " all.log)" -ge 2 &&
	test_equal 3 "$(state_resources)" &&
	terrace plan -detailed-exitcode >plan.out 2>&1 &&
	echo "# figure: state write answers lost in one apply: $(grep -c " drop_after " all.log)" >>figures
'

test_expect_success 'a state write that never reached S3 is not taken for ours' '
	write_buckets 4 &&
	s3 s3api get-object --bucket tfstate --key "$TEST_NAME/terrace.state.json" before.json \
		>/dev/null &&
	start_proxy never --match "$STATE_PUT" --fault drop_before --count 30 &&
	test_expect_code 1 terrace apply -auto-approve >out 2>err;
	rc=$?; stop_proxy;
	test_equal 0 $rc &&
	test_contains err "terrace.state.json" &&
	test_equal 3 "$(state_resources)"
'

test_expect_success 'destroy through the backend leaves nothing' '
	write_buckets 4 &&
	terrace apply -auto-approve >out 2>err &&
	terrace destroy -auto-approve >out 2>err &&
	test_contains out "Destroy complete!" &&
	! s3 s3api list-buckets --query "Buckets[].Name" --output text | grep -q lost-state-
'

test_done
