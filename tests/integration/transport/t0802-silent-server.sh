#!/usr/bin/env bash
# t0802-silent-server: a server that accepts connections and never answers
# (tests/servers/fault_proxy.py --fault silent).
# - Without a signal, a call gives up after 3 attempts cut by read_timeout,
#   later calls to that host fail at once without being sent, and the apply
#   fails with a message naming the request, the endpoint and the settings
#   to change. The test lowers read_timeout to 2 s (the
#   default's arithmetic, 93.3 s, is test_aws_client's
#   test_silent_server_bound) and only checks that the apply ended, within a
#   wide limit. Before: 8 attempts and "connection failed ... Operation too
#   slow", up to operation_timeout (900 s) with the defaults.
# - SIGTERM twice (the first lets the operations in progress finish, t1222;
#   the second cuts them): the apply exits with the create left pending,
#   the state readable and the lock released; the time it took is a figure.
# time-limit: 400
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

bucket_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  lake:
	    type: aws.s3.bucket
	    name: once-silent
	YAML
}

test_expect_success 'a silent server fails the apply, naming the request, endpoint and setting' '
	bucket_stack &&
	start_fault_proxy TERRACE_VAR_endpoint silent --match . --fault silent || return 1
	port=$(cat silent.port) &&
	start=$(date +%s) &&
	TERRACE_AWS_READ_TIMEOUT=2 timeout 300 "$TERRACE" apply -auto-approve >out 2>err </dev/null;
	rc=$?; end=$(date +%s);
	stop_fault_proxy TERRACE_VAR_endpoint;
	echo "# figure: silent server, read_timeout 2 s: exit $rc after $((end - start)) s ($(uptime | sed "s/.*load/load/"))" >>figures &&
	test "$rc" = 1 &&
	test_match err "s3 [A-Za-z]+ \((GET|HEAD|PUT|POST) http://127\.0\.0\.1:$port/[^)]*\): (no answer, 3 attempts in a row|not sent: 127\.0\.0\.1:$port gave no answer to an earlier request)" &&
	test "$(grep -c " silent " silent.log)" = 3 &&
	test_contains err "read_timeout (TERRACE_AWS_READ_TIMEOUT, now 2 s)" &&
	test "$((end - start))" -lt 120
'

test_expect_success 'a second SIGTERM during a silent create: exits, create pending, lock released' '
	rm -f terrace.state.json* &&
	bucket_stack &&
	start_fault_proxy TERRACE_VAR_endpoint term --match "^PUT /once-silent " --fault silent ||
		return 1
	{ "$TERRACE" apply -auto-approve >term.out 2>term.err </dev/null & }
	pid=$!
	for i in $(seq 600); do grep -q " silent " term.log 2>/dev/null && break; sleep 0.1; done
	grep -q " silent " term.log &&
	sleep 0.5 &&
	start=$(date +%s.%N) &&
	kill -TERM $pid && sleep 0.2 && kill -TERM $pid &&
	for i in $(seq 600); do kill -0 $pid 2>/dev/null || break; sleep 0.05; done
	end=$(date +%s.%N)
	if kill -0 $pid 2>/dev/null; then kill -KILL $pid; fi
	wait $pid; rc=$?
	stop_fault_proxy TERRACE_VAR_endpoint
	secs=$(echo "$end - $start" | bc) &&
	echo "# figure: SIGTERM during a silent create: exit $rc ${secs} s after the signal ($(uptime | sed "s/.*load/load/"))" >>figures &&
	test "$rc" = 1 &&
	test "$(echo "$secs < 30" | bc)" = 1 &&
	test_contains term.err "interrupted" &&
	terrace plan -lock-timeout=0s >plan.out 2>plan.err &&
	test_contains plan.out "# lake will be created (an earlier apply was interrupted while creating it)"
'

cat figures
test_done
