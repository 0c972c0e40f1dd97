#!/usr/bin/env bash
# t0531-lab-interrupt: what `terrace lab up` says after Ctrl-C, counted as it
# happened (issue 50 §3: it said "39 ready, 1 failed" when 17 were ready
# and 22 never started). Two attendees apply against moto, two against a
# server that never answers (fault_proxy.py --fault silent), two wait for a
# place (parallel 2): SIGINT to the group while the two hang gives "2
# ready, 0 failed, 2 interrupted, 2 not started", each interrupted attendee
# with its reason. A child killed outright (SIGKILL, nothing written after)
# fails with how it ended as its reason, never an empty one. When the first
# two attendees get no answer from the same endpoint (read_timeout 1 s
# here), the rest do not start (none starts after the first such failure
# until the next ending tells), and lab says why. The end-of-run table
# shows the labs an earlier up made for the attendees not started (issue
# 56 §4), and the counts line once (§6). Each class has an attendee named
# like a word of the stack (bucket, its output; home, its resource).
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

mkdir lab
write_stack lab/stack.yaml '  attendee: {type: string}'
cat >>lab/stack.yaml <<-'EOF2'
lab:
  parallel: 2
resources:
  home:
    type: aws.s3.bucket
    name: "t0531-${var.attendee}"
outputs:
  bucket: "${home.name}"
EOF2

# Waits until the proxy's log has $1 silent requests more than $SEEN (lab
# $2 still running).
silent_requests () {
	local i
	for i in $(seq 600); do
		test "$(grep -c " silent " silent.log 2>/dev/null)" -ge "$((SEEN + $1))" && return 0
		kill -0 "$2" 2>/dev/null || { echo "lab ended first"; cat out err; return 1; }
		sleep 0.1
	done
	echo "no $1 silent requests within 60 s"
	return 1
}

test_expect_success 'Ctrl-C: ready, interrupted and not started counted; each with its reason' '
	start_fault_proxy SILENT silent --match . --fault silent &&
	printf "id,endpoint\nann,%s\nbob,%s\ncid,%s\ndan,%s\neve,%s\nbucket,%s\n" \
		"$TERRACE_VAR_endpoint" "$TERRACE_VAR_endpoint" "$SILENT" "$SILENT" \
		"$TERRACE_VAR_endpoint" "$TERRACE_VAR_endpoint" >people.csv &&
	# eve and bucket (named like the stack'"'"'s output) have their labs from an
	# earlier up (issue 56 §4: not started, they showed "-" for a lab that is up)
	printf "id,endpoint\neve,%s\nbucket,%s\n" "$TERRACE_VAR_endpoint" "$TERRACE_VAR_endpoint" >early.csv &&
	terrace lab up lab -attendees early.csv >out 2>err &&
	test_contains out "Lab up: 2 ready, 0 failed." &&
	rm lab/.terrace/lab/eve.log lab/.terrace/lab/bucket.log &&
	SEEN=0 &&
	{ TERRACE_AWS_READ_TIMEOUT=120 setsid "$TERRACE" lab up lab -attendees people.csv \
		>out 2>err </dev/null & } &&
	lab=$! &&
	silent_requests 2 $lab &&
	kill -INT -- -$lab &&
	{ wait $lab; rc=$?; } &&
	test_equal 1 "$rc" &&
	test_contains out "Lab up: 2 ready, 0 failed, 2 interrupted, 2 not started." &&
	test_match out "^ann +ready( |$)" &&
	test_match out "^cid +interrupted( |$)" &&
	test_match out "^eve +not started +t0531-eve$" &&
	test_match out "^bucket +not started +t0531-bucket$" &&
	test_match out "^cid +interrupted +-$" &&
	test_equal 1 "$(grep -c "^Lab up: " out)" &&
	test_match err "^cid interrupted: (Error: .*interrupted.*|killed by signal 2 \(Interrupt\).*) \(log: lab/.terrace/lab/cid.log\)$" &&
	test_match err "^dan interrupted: (Error: .*interrupted.*|killed by signal 2 \(Interrupt\).*) \(log: " &&
	test_contains err "2 attendee(s) not started: interrupted (Ctrl-C) before it started" &&
	! test -e lab/.terrace/lab/eve.log && ! test -e lab/.terrace/lab/bucket.log &&
	bucket_exists t0531-ann && bucket_exists t0531-eve && bucket_exists t0531-bucket
'

test_expect_success 'Ctrl-C on a terminal: the board is drawn for the last time before the error below it (the counts once, issue 56 §6)' '
	printf "id,endpoint\nt1,%s\nt2,%s\nt3,%s\nt4,%s\nt5,%s\nhome,%s\n" "$SILENT" "$SILENT" \
		"$SILENT" "$SILENT" "$SILENT" "$SILENT" >tty.csv &&
	SEEN=$(grep -c " silent " silent.log) &&
	{ TERRACE_AWS_READ_TIMEOUT=120 script -qec "stty rows 6 cols 100; exec \"$TERRACE\" lab up lab -attendees tty.csv" \
		tty.out >/dev/null 2>&1 </dev/null & } &&
	s=$! &&
	silent_requests 2 $s &&
	lab=$(pgrep -P $s) &&
	kill -INT -- -$lab &&
	{ wait $s; rc=$?; } &&
	test_equal 1 "$rc" &&
	test_contains tty.out "Lab up: 0 ready, 0 failed, 2 interrupted, 4 not started." &&
	grep -aq "; failed and running:" tty.out &&
	grep -aq "4 attendee(s) not started: interrupted (Ctrl-C)" tty.out &&
	test_equal 0 "$(sed -n "/attendee(s) not started/,\$p" tty.out | grep -ac $'"'"'\x1b\[[0-9]*A'"'"')"
'

test_expect_success 'the first two attendees get no answer from one endpoint: the rest do not start' '
	printf "id,endpoint\ns1,%s\ns2,%s\ns3,%s\ns4,%s\nhome,%s\n" "$SILENT" "$SILENT" \
		"$SILENT" "$SILENT" "$SILENT" >silent.csv &&
	TERRACE_AWS_READ_TIMEOUT=1 test_expect_code 1 terrace lab up lab -attendees silent.csv \
		>out 2>err </dev/null &&
	test_contains out "Lab up: 0 ready, 2 failed, 3 not started." &&
	test_contains err "3 attendee(s) not started: the first 2 attendees got no answer from $SILENT, the rest would wait as long: check the endpoint, then run lab again" &&
	test_match err "^s1 failed: Error: .*no answer" &&
	! test -e lab/.terrace/lab/s3.log && ! test -e lab/.terrace/lab/home.log
'

test_expect_success 'a child killed outright fails with how it ended as its reason' '
	printf "id,endpoint\ncid,%s\n" "$SILENT" >one.csv &&
	SEEN=$(grep -c " silent " silent.log) &&
	{ TERRACE_AWS_READ_TIMEOUT=120 "$TERRACE" lab up lab -attendees one.csv \
		>out 2>err </dev/null & } &&
	lab=$! &&
	silent_requests 1 $lab &&
	child=$(pgrep -P $lab) &&
	kill -KILL $child &&
	{ wait $lab; rc=$?; } &&
	test_equal 1 "$rc" &&
	test_contains out "Lab up: 0 ready, 1 failed." &&
	test_match err "^cid failed: killed by signal 9 \(Killed\)(; its log ends: .+| before it wrote anything) \(log: " &&
	stop_fault_proxy SILENT
'

test_done
