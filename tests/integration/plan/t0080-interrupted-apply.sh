#!/usr/bin/env bash
# t0080-interrupted-apply: an apply killed with SIGKILL midway leaves a state
# that the next apply completes: every bucket exists exactly once, the state
# lists all of them, nothing on the server is left out of the state, and a
# further plan has nothing to do.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

write_stack stack.yaml
{
	echo "resources:"
	for i in $(seq -w 1 40); do
		echo "  b$i:"
		echo "    type: aws.s3.bucket"
		echo "    name: crash-bucket-$i"
		echo "    versioning: true"
		echo "    tags: {n: \"$i\"}"
		echo "    folders: [data/, glue/]"
		echo "    force_destroy: true"
	done
} >>stack.yaml
for i in $(seq -w 1 40); do echo "crash-bucket-$i"; done >all-buckets
for i in $(seq -w 1 40); do echo "b$i"; done >all-names

test_expect_success 'an apply killed after its first created bucket' '
	"$TERRACE" apply -auto-approve -parallelism 2 >first.out 2>first.err </dev/null &
	pid=$! &&
	wait_for_line first.out "Creation complete" $pid &&
	kill -KILL $pid &&
	{ wait $pid; test_equal 137 $?; } &&
	test_contains first.out "Creation complete" &&
	test_not_contains first.out "Apply complete!"
'

test_expect_success 'it left some buckets, not all' '
	bucket_names >made &&
	test -s made &&
	! test_cmp all-buckets made 2>/dev/null
'

test_expect_success 'the state file is intact after the kill' '
	python3 -c "import json; json.load(open(\"terrace.state.json\"))"
'

# Every create reported done was on disk before it was reported: the
# kill loses none of them (apply appends each to the state's journal, which
# the next load replays).
test_expect_success 'every bucket reported created before the kill is in the state' '
	sed -n "s/^\(b[0-9]*\): Creation complete.*/\1/p" first.out | sort >reported &&
	test -s reported &&
	terrace state list >listed &&
	test_match listed "^b[0-9]+$" &&
	sort listed >listed.sorted &&
	comm -23 reported listed.sorted >missing &&
	test_empty missing
'

test_expect_success 'the next apply completes the work' '
	terrace apply -auto-approve -parallelism 2 >second.out 2>second.err &&
	test_match second.out "^Apply complete! Resources: [0-9]+ added, [0-9]+ changed, 0 destroyed\.$"
'

test_expect_success 'every bucket exists exactly once, with its settings' '
	bucket_names >names &&
	test_cmp all-buckets names &&
	for i in 01 20 40; do
		test_equal Enabled "$(bucket_versioning crash-bucket-$i)" || return 1
		bucket_keys crash-bucket-$i >keys &&
		printf "%s\n" data/ glue/ >expect &&
		test_cmp expect keys || return 1
	done
'

test_expect_success 'the state lists every bucket and nothing else' '
	terrace state list >listed &&
	test_cmp all-names listed
'

test_expect_success 'nothing is left to do' '
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

# Deterministically: a create whose response was lost. The bucket exists on
# the server, the state holds only the pending record written before the
# call (what a kill between the two leaves), so the retry must adopt it.
test_expect_success 'a pending create whose bucket exists is adopted, not duplicated' '
	python3 - <<-\PY &&
	import json
	st = json.load(open("terrace.state.json"))
	e = st["resources"]["b07"]
	e["status"] = "pending"
	e.pop("id", None)
	json.dump(st, open("terrace.state.json", "w"))
	PY
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# b07 will be created (an earlier apply was interrupted while creating it)" &&
	test_line out "Plan: 1 to add, 0 to change, 0 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	bucket_names >names &&
	test_cmp all-buckets names &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a bucket that exists but is not ours is refused, not adopted' '
	s3 s3api create-bucket --bucket crash-bucket-41 >/dev/null &&
	cat >>stack.yaml <<-\YAML &&
	  b41:
	    type: aws.s3.bucket
	    name: crash-bucket-41
	YAML
	test_expect_code 1 terrace apply -auto-approve >out 2>err &&
	test_contains err "bucket crash-bucket-41 already exists but is not in this state: import it or choose another name (owned by you: s3 " &&
	terrace state list >listed &&
	test_not_contains listed b41 &&
	s3 s3api delete-bucket --bucket crash-bucket-41 &&
	python3 - <<-\PY
	import re
	text = open("stack.yaml").read()
	open("stack.yaml", "w").write(text[:text.index("  b41:")])
	PY
'

test_expect_success 'an apply killed during destroy is finished by the next destroy' '
	"$TERRACE" destroy -auto-approve -parallelism 2 >d1.out 2>d1.err </dev/null &
	pid=$! &&
	wait_for_line d1.out "Destruction complete" $pid &&
	kill -KILL $pid;
	wait $pid;
	terrace destroy -auto-approve >d2.out 2>d2.err &&
	test_match d2.out "^Destroy complete! Resources: [0-9]+ destroyed\.$" &&
	bucket_names >names &&
	test_empty names &&
	terrace state list >listed &&
	test_empty listed
'

test_done
