#!/usr/bin/env bash
# t1440-backend-gone: the S3 state backend goes away in the middle of an
# apply (issue 77): after the first few requests (tests/servers/
# fault_proxy.py --pass-first) the bucket answers NoSuchBucket to
# everything, AccessDenied to every write, or 503 SlowDown to everything
# (each state write gives up after its 8 attempts). Once the journal and
# the whole state cannot be written, no operation starts: every bucket that
# exists was started after its pending record landed; the one error names
# what was made and not recorded (type, address, id) and what the next plan
# does with it, and claims no .history/ copy; no "Still creating..." line
# comes from a resource waiting on the state's write; the lock's release
# names force-unlock. With the bucket back, the next plan adopts them (by
# the id the state holds, or created again by terrace's tags): nothing is
# made twice.
# On the code before the fix, step 1 saw every remaining bucket started
# ("not created: saving state failed" for each) and the error name the
# .history/ key it had failed to write as where the previous state was
# kept; the lock's release said "our lock was removed by someone else"
# (NoSuchBucket taken for an absent object).
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
export CI=true
export TERRACE_BACKEND_ENDPOINT=$MOTO_ENDPOINT
export TERRACE_BACKEND_ACCESS_KEY=$MOTO_ACCESS_KEY
export TERRACE_BACKEND_SECRET_KEY=$MOTO_SECRET_KEY

# write_buckets DIR N PREFIX: in DIR, a stack whose state is tfstate's
# DIR/terrace.state.json and N independent buckets PREFIX-NN.
write_buckets () {
	mkdir -p "$TRASH/$1" && cd "$TRASH/$1" || return 1
	write_stack stack.yaml
	cat >>stack.yaml <<-EOF2
	backend:
	  type: s3
	  bucket: tfstate
	  key: $1/terrace.state.json
	  region: us-east-1
	  path_style: true
	resources:
	EOF2
	for i in $(seq -w 1 "$2"); do
		echo "  b$i: {type: aws.s3.bucket, name: $3-$i}"
	done >>stack.yaml
}

# made PREFIX: the buckets PREFIX-NN on the server, one a line, sorted.
made () {
	s3 s3api list-buckets --query "Buckets[].Name" --output text | tr '\t' '\n' |
		grep "^$1-" | sort
}

# landed DIR: the resources named in the journal records that reached the
# bucket for DIR's state, as the buckets they are (PREFIX-NN from bNN).
landed () {
	local key
	bucket_keys tfstate | grep "^$1/terrace.state.json.journal/" >keys || true
	while read -r key; do
		s3 s3api get-object --bucket tfstate --key "$key" rec.json >/dev/null &&
		json_get rec.json "\"\\n\".join(d[\"resources\"])"
	done <keys | sort -u
}

# unrecorded FILE: the "TYPE ADDRESS created (id ID)" items of the error.
unrecorded () {
	grep -o "aws.s3.bucket b[0-9]* created (id [a-z0-9-]*)" "$1" | sort
}

# check_gone_apply DIR PREFIX N: what the apply (DIR's out, err) did with
# N buckets once the backend went: nothing started without its record
# landing, one error naming the buckets made and not recorded, no history
# claimed, no Still creating line, the lock's release naming force-unlock.
check_gone_apply () {
	landed "$1" | sed "s/^b/$2-/" >landed.txt &&
	made "$2" >made.txt &&
	test -s made.txt &&
	test_cmp landed.txt made.txt &&
	sed -n "s/^b\([0-9]*\): Creation complete.*/$2-\1/p" out | sort >complete.txt &&
	unrecorded err >unrecorded.txt &&
	sed "s/.*(id \(.*\))/\1/" unrecorded.txt | sort >unrecorded_ids.txt &&
	sort -u complete.txt unrecorded_ids.txt >accounted.txt &&
	test_cmp made.txt accounted.txt &&
	added=$(wc -l <complete.txt) failed=$(wc -l <unrecorded.txt) &&
	skipped=$(($3 - added - failed)) &&
	test "$skipped" -gt 0 &&
	test_contains out "Apply failed! Resources: $added added, 0 changed, 0 destroyed, $failed failed, $skipped skipped." &&
	test_match err "^Error: the state could not be saved, so the apply stopped: no operation started after that \($skipped not started\): backend s3, s3://tfstate/$1/terrace.state.json.journal/" &&
	test "$(grep -c "^Error: " err)" = 2 &&
	test_match err "^Error: releasing the state lock: .*; if the lock is still there, .terrace force-unlock -force [0-9a-f-]*. removes it once the bucket answers$" &&
	test_not_contains err "keeping the previous state" &&
	! bucket_keys tfstate | grep -q "^$1/terrace.state.json.history/" &&
	test_not_contains out "Still creating" &&
	if test -s unrecorded.txt; then
		test_contains err "The state as last saved holds each create from before its provider call (with the id it said, or as interrupted): the next plan adopts the object this apply made, by its id or by its tags terrace:stack=$TEST_NAME and terrace:workspace=default; nothing is made twice."
	fi
}

# restored DIR PREFIX N: the bucket answers again: the lock left is
# removed; the next plan adopts what was made and not recorded, each by
# what the state holds of it: its id (the create had said it: read, and
# confirmed), or its pending record (created again, the object adopted by
# its tags); N buckets, each made once.
restored () {
	s3 s3 cp "s3://tfstate/$1/terrace.state.json.lock" lock.json >/dev/null &&
	terrace force-unlock -force "$(json_get lock.json "d[\"id\"]")" >unlock.out 2>&1 &&
	terrace plan -no-color >plan.out 2>plan.err &&
	sed "s/aws.s3.bucket \(b[0-9]*\) .*/\1/" unrecorded.txt >pending.txt &&
	while read -r r; do
		grep -qxF "  # $r will be created (an earlier apply was interrupted while creating it)" plan.out ||
			! grep -q "# $r will be created" plan.out || return 1
	done <pending.txt &&
	test "$(grep -c "interrupted while creating it" plan.out)" -le "$(wc -l <pending.txt)" &&
	creates=$(grep -c "will be created" plan.out) &&
	terrace apply -auto-approve -no-color >again.out 2>again.err &&
	test_contains again.out "Apply complete! Resources: $creates added, 0 changed, 0 destroyed." &&
	test_equal "$3" "$(made "$2" | wc -l)" &&
	terrace plan -detailed-exitcode >out 2>err
}

test_expect_success 'the state bucket goes (NoSuchBucket) mid-apply: nothing starts after, one error, no history claimed' '
	s3 s3api create-bucket --bucket tfstate >/dev/null &&
	write_buckets gone 12 gone &&
	start_fault_proxy TERRACE_BACKEND_ENDPOINT gone --match "^[A-Z]+ /tfstate/gone/" \
		--pass-first 8 --fault "error:404:NoSuchBucket:The specified bucket does not exist" &&
	test_expect_code 1 terrace apply -auto-approve -parallelism 4 -no-color >out 2>err;
	rc=$?; stop_fault_proxy TERRACE_BACKEND_ENDPOINT;
	test_equal 0 $rc &&
	check_gone_apply gone gone 12 &&
	grep " error:404:NoSuchBucket:" gone.log >refused.log &&
	test "$(grep -c " PUT /tfstate/gone/terrace.state.json.journal/" refused.log)" = 1 &&
	test "$(grep -c " PUT /tfstate/gone/terrace.state.json.history/" refused.log)" = 1 &&
	test "$(grep -c " error:" gone.log)" -le 5 &&
	test_contains err "(copying the stored state, serial 1, there before overwriting it; nothing was written)" &&
	echo "# figure: backend requests after the bucket went: $(grep -c " error:" gone.log); operations not started: $skipped of 12; made and not recorded: $failed ($(uptime | sed "s/.*load/load/"))"
'

test_expect_success 'with the bucket back, the next plan adopts what was made and not recorded; nothing is made twice' '
	cd "$TRASH/gone" && restored gone gone 12
'

test_expect_success 'the state bucket refuses every write (AccessDenied) mid-apply: the same' '
	write_buckets denied 8 denied &&
	start_fault_proxy TERRACE_BACKEND_ENDPOINT denied --match "^(PUT|POST|DELETE) /tfstate/denied/" \
		--pass-first 5 --fault "error:403:AccessDenied:Access Denied" &&
	test_expect_code 1 terrace apply -auto-approve -parallelism 2 -no-color >out 2>err;
	rc=$?; stop_fault_proxy TERRACE_BACKEND_ENDPOINT;
	test_equal 0 $rc &&
	check_gone_apply denied denied 8 &&
	test_contains err "s3 PutObject: HTTP 403 AccessDenied" &&
	grep " error:403:AccessDenied:" denied.log >refused.log &&
	test "$(grep -c " PUT /tfstate/denied/terrace.state.json.journal/" refused.log)" = 1 &&
	restored denied denied 8
'

# S3 throttling every request (503 SlowDown) after the first few: each
# backend call gives up after its 8 attempts (before: throttled calls went
# on until the 900 s operation deadline, the journal's write first), then
# the apply stops as above.
test_expect_success 'the state bucket throttles every request: the state write gives up after 8 attempts, the apply stops' '
	write_buckets slowdown 8 slowdown &&
	start_fault_proxy TERRACE_BACKEND_ENDPOINT slowdown --match "^[A-Z]+ /tfstate/slowdown/" \
		--pass-first 6 --fault 503 &&
	test_expect_code 1 terrace apply -auto-approve -parallelism 2 -no-color >out 2>err;
	rc=$?; stop_fault_proxy TERRACE_BACKEND_ENDPOINT;
	test_equal 0 $rc &&
	check_gone_apply slowdown slowdown 8 &&
	grep " 503 " slowdown.log >refused.log &&
	test "$(grep -c " PUT /tfstate/slowdown/terrace.state.json.journal/" refused.log)" = 8 &&
	test "$(grep " PUT /tfstate/slowdown/terrace.state.json.journal/" refused.log | sort -u -k4,4 | wc -l)" = 1 &&
	test "$(grep -c " PUT /tfstate/slowdown/terrace.state.json.history/" refused.log)" = 8 &&
	test_contains err "s3 PutObject: HTTP 503 SlowDown"
'

# Four creates held 12 s behind one journal write (answered late): they wait
# on the state, not on S3's buckets, and print no "Still creating..." line.
test_expect_success 'resources waiting only on the state write print no Still creating' '
	write_buckets slow 4 slow &&
	start_fault_proxy TERRACE_BACKEND_ENDPOINT slow \
		--match "^PUT /tfstate/slow/terrace.state.json.journal/.*/0000000002.json" \
		--fault slow --slow-seconds 12 &&
	terrace apply -auto-approve -parallelism 4 -no-color >out 2>err;
	rc=$?; stop_fault_proxy TERRACE_BACKEND_ENDPOINT;
	test_equal 0 $rc &&
	test_contains out "Apply complete! Resources: 4 added" &&
	test "$(grep -c " slow PUT " slow.log)" = 1 &&
	test_not_contains out "Still creating"
'

test_done
