#!/usr/bin/env bash
# t1115-lab-shards: `terrace lab up|status|down -shard K/N` against moto, as
# N CI runners serve one class: three runners, each with its own checkout of
# the lab, run `lab up -shard K/3` at the same time over one S3 state bucket
# (per-attendee workspaces). Every attendee's lab is made exactly once (its
# log on one runner only, its state in its own key), no lock is lost or left
# behind, and `lab status` without -shard from any runner sees all of them;
# the slices are attendee i in slice i mod N + 1; then `lab down -shard K/3`
# on the three at once leaves nothing. A bad -shard is refused, and a slice
# with no attendee does nothing.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

export TERRACE_BACKEND_ENDPOINT=$TEST_ENDPOINT TERRACE_BACKEND_ACCESS_KEY=$TEST_ACCESS_KEY \
	TERRACE_BACKEND_SECRET_KEY=$TEST_SECRET_KEY

mkdir lab
write_stack lab/stack.yaml '  attendee: {type: string}'
cat >>lab/stack.yaml <<-'YAML'
backend:
  type: s3
  bucket: t1115-state
  region: us-east-1
  path_style: true
lab:
  parallel: 3
resources:
  home:
    type: aws.s3.bucket
    name: "t1115-${var.attendee}"
  readme:
    type: aws.s3.object
    bucket: "${home.name}"
    key: README
    content: "welcome ${var.attendee}"
outputs:
  bucket: "${home.name}"
YAML
PEOPLE="a01 a02 a03 a04 a05 a06 a07 a08 a09 a10"
{ echo id; for p in $PEOPLE; do echo $p; done; } >people.csv
for k in 1 2 3; do cp -r lab r$k; done

# state_keys: the state objects in the state bucket (no history, journal
# or lock), sorted.
state_keys () {
	bucket_keys t1115-state | grep -v -e "\.history/" -e "\.journal/" -e "\.lock$"
}

test_expect_success 'slices: attendee i in slice i mod N + 1; a bad -shard is refused' '
	s3 s3api create-bucket --bucket t1115-state >/dev/null &&
	test_expect_code 1 terrace lab up r1 -attendees people.csv -shard 4/3 >out 2>err &&
	test_contains err "-shard \"4/3\": give K/N, the K-th of N slices of the attendee list" &&
	test_expect_code 1 terrace lab up r1 -attendees people.csv -shard 1 >out 2>err &&
	test_contains err "-shard \"1\": give K/N" &&
	TERRACE_ENV=dev test_expect_code 1 terrace lab up r1 -attendees people.csv >out 2>err &&
	test_contains err "lab up: TERRACE_ENV is set (\"dev\"): a lab keeps one workspace per attendee" &&
	terrace lab status r1 -attendees people.csv -shard 11/11 >out 2>err &&
	test_line out "Lab status: no attendee is in this slice (shard 11/11 of 10)." &&
	test_expect_code 2 terrace lab status r1 -attendees people.csv -shard 2/3 -json >s.json 2>err &&
	test_equal "a02 a05 a08" "$(json_get s.json "\" \".join(e[\"attendee\"] for e in d)")" &&
	test_equal "" "$(state_keys)"
'

test_expect_success 'three runners at once: every lab exactly once, no lock lost or left' '
	pids= &&
	for k in 1 2 3; do
		(terrace lab up r$k -attendees people.csv -shard $k/3 >up$k.out 2>up$k.err
		 echo $? >up$k.rc) &
		pids="$pids $!"
	done &&
	wait $pids &&
	for k in 1 2 3; do
		test_equal 0 "$(cat up$k.rc)" || { cat up$k.out up$k.err; return 1; }
	done &&
	test_contains up1.out "Applying t1115-lab-shards for 4 attendee(s) (shard 1/3 of 10), 3 at a time" &&
	test_contains up1.out "Lab up: 4 ready, 0 failed." &&
	test_contains up2.out "Lab up: 3 ready, 0 failed." &&
	test_contains up3.out "Lab up: 3 ready, 0 failed." &&
	for p in $PEOPLE; do
		n=$(ls r1/.terrace/lab r2/.terrace/lab r3/.terrace/lab | grep -c "^$p\.log$") &&
		test_equal 1 "$n" &&
		bucket_exists t1115-$p || return 1
	done &&
	ls r1/.terrace/lab | grep "\.log$" >r1.logs &&
	printf "a01.log\na04.log\na07.log\na10.log\n" >expect &&
	test_cmp expect r1.logs &&
	! grep -l -e Error -e "removed by someone else" -e "is now held by" r*/.terrace/lab/*.log &&
	test_equal "" "$(bucket_keys t1115-state | grep "\.lock$" || true)" &&
	state_keys >keys &&
	{ for p in $PEOPLE; do echo "t1115-lab-shards/env:/$p/terrace.state.json"; done; } >expect &&
	test_cmp expect keys &&
	for p in $PEOPLE; do
		s3 s3api get-object --bucket t1115-state \
			--key "t1115-lab-shards/env:/$p/terrace.state.json" st.json >/dev/null &&
		test_equal "home readme" "$(json_get st.json "\" \".join(sorted(d[\"resources\"]))")" ||
			return 1
	done
'

test_expect_success 'lab status from any runner, without -shard, sees every lab' '
	for k in 1 3; do
		terrace lab status r$k -attendees people.csv >st$k.out 2>st$k.err &&
		test_contains st$k.out "10 ok, 0 drifted, 0 with changes, 0 gone, 0 failed." || return 1
	done
'

test_expect_success 'three runners take their slices down at once' '
	pids= &&
	for k in 1 2 3; do
		(terrace lab down r$k -attendees people.csv -shard $k/3 -auto-approve >down$k.out 2>down$k.err
		 echo $? >down$k.rc) &
		pids="$pids $!"
	done &&
	wait $pids &&
	for k in 1 2 3; do
		test_equal 0 "$(cat down$k.rc)" || { cat down$k.out down$k.err; return 1; }
	done &&
	test_contains down1.out "Lab down: 4 destroyed, 0 failed, 0 had no workspace." &&
	for p in $PEOPLE; do ! bucket_exists t1115-$p || return 1; done &&
	test_expect_code 2 terrace lab status r2 -attendees people.csv >out 2>err &&
	test_contains out "0 ok, 0 drifted, 0 with changes, 10 gone, 0 failed."
'

test_done
