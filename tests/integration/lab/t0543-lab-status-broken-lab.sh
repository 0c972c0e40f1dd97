#!/usr/bin/env bash
# t0543-lab-status-broken-lab: one broken lab never stalls lab status
# (issue 56 §2). A class of LAB_ATTENDEES (5 in the suite, 40 in `make
# bench-lab-status`; one of them named max, a word of the stack's names)
# is up; dan's bucket and role are deleted by hand a moment later, with the
# provider's consistency window at its default (300 s after their create, a
# refresh reads again before taking them as gone). lab status does not wait
# it out: it takes about the time of the healthy class's status, and names
# what is gone in the table and in -json. The wall time of both statuses is
# printed as "# figure: ...". lab up tells the new labs from the changed and
# the unchanged ones (§6: "Lab up: 61 ready" did not).
. "$(dirname "$0")/../lib.sh"
. "$TEST_DIR/examples.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
# The default window (the suite sets 0 for every test): what a class meets.
unset TERRACE_AWS_CONSISTENCY_TIMEOUT

N=${LAB_ATTENDEES:-5}
ids=(ann dan max)
for i in $(seq -w 4 "$N"); do ids+=("s$i"); done

mkdir lab
write_stack lab/stack.yaml '  attendee: {type: string}'
cat >>lab/stack.yaml <<'EOF2'
lab:
  parallel: 8
resources:
  store:
    type: aws.s3.bucket
    name: "t0543-${var.attendee}-data"
  runner:
    type: aws.iam.role
    name: "t0543-${var.attendee}-max-runner"
    assume_role_policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Principal: {Service: glue.amazonaws.com}, Action: "sts:AssumeRole"}]}
  queue:
    type: aws.sqs.queue
    name: "t0543-${var.attendee}-jobs"
EOF2
{ echo id; printf '%s\n' "${ids[@]}"; } >class.csv

# seconds CMD...: run CMD; its wall time in whole seconds in $secs.
seconds () {
	local start=$(date +%s%N) rc
	"$@"
	rc=$?
	secs=$((($(date +%s%N) - start) / 1000000000))
	return $rc
}

test_expect_success "setup: a class of $N up, lab status of the healthy class" '
	terrace lab up lab -attendees class.csv >up.out 2>up.err &&
	test_contains up.out "Lab up: $N ready, 0 failed." &&
	test_line up.out "Ready: $N new, 0 changed, 0 unchanged." &&
	seconds timed "lab status, every lab healthy," \
		terrace lab status lab -attendees class.csv >ok.out 2>ok.err &&
	echo "$secs" >healthy.secs &&
	test_contains ok.out "$N ok, 0 drifted"
'

test_expect_success 'dan'"'"'s bucket and role deleted by hand: lab status names them at once' '
	s3 s3api delete-bucket --bucket t0543-dan-data &&
	s3 iam delete-role --role-name t0543-dan-max-runner &&
	seconds timed "lab status, one lab broken," \
		test_expect_code 2 terrace lab status lab -attendees class.csv >st.out 2>st.err &&
	test_match st.out "^dan +drifted +runner t0543-dan-max-runner deleted outside terrace, store t0543-dan-data deleted outside terrace; Plan: 2 to add, 0 to change, 0 to destroy\.$" &&
	# lab status reads, and makes nothing again
	! bucket_exists t0543-dan-data && # negatives: no run of terrace (lab status run through seconds timed above, its exit code and row read)
	test_match st.out "^max +ok " &&
	test_contains st.out "$((N - 1)) ok, 1 drifted" &&
	# the time of the healthy class plus seconds, not the window of 300 s
	test "$secs" -le $(($(cat healthy.secs) + 20)) &&
	test_expect_code 2 terrace lab status lab -attendees class.csv -json >st.json 2>st.err &&
	test_equal "runner t0543-dan-max-runner deleted outside terrace, store t0543-dan-data deleted outside terrace; Plan: 2 to add, 0 to change, 0 to destroy." \
		"$(json_get st.json "[e[\"detail\"] for e in d if e[\"attendee\"] == \"dan\"][0]")"
'

test_expect_success 'lab up makes them again (no window, as in the rest of the suite); lab down' '
	export TERRACE_AWS_CONSISTENCY_TIMEOUT=0 &&
	test_expect_code 0 terrace lab up lab -attendees class.csv -json >up2.json 2>up2.err &&
	test_equal "dan=changed" "$(json_get up2.json "\" \".join(e[\"attendee\"] + \"=\" + e[\"change\"] for e in d if e[\"change\"] != \"unchanged\")")" &&
	terrace lab up lab -attendees class.csv >up3.out 2>up3.err &&
	test_contains up3.out "Lab up: $N ready, 0 failed." &&
	test_line up3.out "Ready: 0 new, 0 changed, $N unchanged." &&
	bucket_exists t0543-dan-data &&
	terrace lab down lab -attendees class.csv -auto-approve >down.out 2>down.err &&
	test_contains down.out "Lab down: $N destroyed, 0 failed"
'

test -f "$TRASH/figures" && sed 's/^/# figure: /' "$TRASH/figures"
test_done
