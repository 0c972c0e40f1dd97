#!/usr/bin/env bash
# t1222-interrupt-finishes-calls: SIGTERM (or SIGINT) during an apply lets
# the operations in progress finish, each call within its deadline, as
# Terraform waits for them (issue 68, point 6b): a create whose first call
# is answered 4 s after the signal goes on with its other calls and is
# recorded as created, not left pending, and nothing new starts. A second
# signal cuts a call in flight at once: the create stays pending, the state
# is written and the lock released; the next plan says so. Before, the
# first signal cut the call after 1.5 s ("interrupted after 1 attempt") and
# left the create pending.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

two_buckets () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  first:
	    type: aws.s3.bucket
	    name: t1222-first
	  second:
	    type: aws.s3.bucket
	    name: t1222-second
	    depends_on: [first]
	YAML
}

# wait_logged FILE: until the proxy logged the matched request.
wait_logged () {
	for i in $(seq 600); do grep -q " $2 " "$1" 2>/dev/null && return 0; sleep 0.1; done
	return 1
}

test_expect_success 'first SIGTERM: the create in flight finishes and is recorded; nothing new starts' '
	two_buckets &&
	start_fault_proxy TERRACE_VAR_endpoint slow --match "^PUT /t1222-first " --fault slow \
		--slow-seconds 4 || return 1
	{ "$TERRACE" apply -auto-approve >term.out 2>term.err </dev/null & }
	pid=$!
	wait_logged slow.log slow &&
	kill -TERM $pid &&
	for i in $(seq 300); do kill -0 $pid 2>/dev/null || break; sleep 0.1; done
	if kill -0 $pid 2>/dev/null; then kill -KILL $pid; fi
	wait $pid; rc=$?
	stop_fault_proxy TERRACE_VAR_endpoint
	test "$rc" = 1 &&
	test_not_contains term.err "interrupted after" &&
	test_line term.err "Error: second: not started: the run was interrupted" &&
	test_match term.out "^first: Creation complete after [4-9]s \[id=t1222-first\]$" &&
	test_equal created "$(json_get terrace.state.json "d[\"resources\"][\"first\"][\"status\"]")" &&
	test_contains term.err "Interrupt received: the operations in progress finish (each call within its deadline) and are saved; nothing new starts." &&
	! bucket_exists t1222-second &&
	terrace plan >plan.out 2>plan.err &&
	test_line plan.out "Plan: 1 to add, 0 to change, 0 to destroy." &&
	test_not_contains plan.out "interrupted while creating"
'

test_expect_success 'a second signal cuts the call in flight: pending, state written, lock released' '
	terrace destroy -auto-approve >out 2>err &&
	rm -f terrace.state.json* &&
	two_buckets &&
	start_fault_proxy TERRACE_VAR_endpoint silent --match "^PUT /t1222-first " --fault silent_after ||
		return 1
	{ "$TERRACE" apply -auto-approve >cut.out 2>cut.err </dev/null & }
	pid=$!
	wait_logged silent.log silent_after &&
	kill -TERM $pid &&
	sleep 1 &&
	kill -0 $pid &&
	start=$(date +%s.%N) &&
	kill -TERM $pid &&
	for i in $(seq 300); do kill -0 $pid 2>/dev/null || break; sleep 0.05; done
	end=$(date +%s.%N)
	if kill -0 $pid 2>/dev/null; then kill -KILL $pid; fi
	wait $pid; rc=$?
	stop_fault_proxy TERRACE_VAR_endpoint
	secs=$(echo "$end - $start" | bc) &&
	echo "# figure: second SIGTERM during a silent create: exit $rc ${secs} s after it ($(uptime | sed "s/.*load/load/"))" &&
	test "$rc" = 1 &&
	test "$(echo "$secs < 10" | bc)" = 1 &&
	test_contains cut.err "Second interrupt: cutting the operations in progress" &&
	test_contains cut.err "interrupted after 1 attempt" &&
	terrace plan -lock-timeout=0s >plan.out 2>plan.err &&
	test_contains plan.out "# first will be created (an earlier apply was interrupted while creating it)"
'

test_done
