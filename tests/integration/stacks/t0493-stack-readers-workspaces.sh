#!/usr/bin/env bash
# t0493-stack-readers-workspaces: destroying a stack is refused while a
# stack in any of its workspaces reads it (cmd/all.c all_readers_refusal),
# the readers named "STACK (WORKSPACE)": a lab's attendees (terrace lab,
# one workspace each) reading a base from their own workspaces, on the
# local backend and on S3 (the workspaces' states as objects in the
# bucket); after `lab down` the base goes. A stack that reads the base by
# backend (bucket and key, not path) is a reader too, and plan -all and
# apply -all order it after the base, as a read by path is ordered; the
# lab beside the stacks terrace.stacks.yaml lists is not run by -all but
# its attendees still hold the base. A stack beside them that cannot be
# listed is warned about, not taken to hold nothing in silence. The search
# reads each stack once (issue 47): a neighbour's stack.yaml of 100,000
# nested `[` is read once, refused at validate's depth, not four times at
# 14.6 s each; a search that takes more than a second says what it reads.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

new_stack () { # FILE NAME [VARIABLES]
	write_stack "$1" "${3:-}" && sed -i "1s/.*/stack: $2/" "$1"
}
# lab FOLDER NAME BASE [BACKEND]: a lab stack reading the base at BASE.
lab () {
	new_stack "$1/stack.yaml" "$2" "  attendee: {type: string}" &&
	printf '%s' "${4:-}" >>"$1/stack.yaml" &&
	cat >>"$1/stack.yaml" <<-YAML
	data:
	  base: {type: terrace.stack, path: $3, workspace: default}
	resources:
	  home: {type: aws.s3.bucket, name: "\${data.base.outputs.bucket}-\${var.attendee}", force_destroy: true}
	YAML
}
base () { # FOLDER NAME BUCKET [BACKEND]
	new_stack "$1/stack.yaml" "$2" &&
	printf '%s' "${4:-}" >>"$1/stack.yaml" &&
	cat >>"$1/stack.yaml" <<-YAML
	resources:
	  shared: {type: aws.s3.bucket, name: $3, force_destroy: true}
	outputs:
	  bucket: \${shared.name}
	YAML
}
printf 'id\nann\nbob\n' >attendees.csv

mkdir -p local/base local/lab local/broken
base local/base t0493-base acme-t0493
lab local/lab t0493-lab ../base
# A stack terrace.stacks.yaml names that does not load: checked as far as it
# can be, with a warning; a folder the walk finds beside them that does not
# load (notes, a half-written stack) is passed over without a word.
printf 'stack: broken\nnot_a_key: 1\n' >local/broken/stack.yaml
printf 'stacks: [base, broken]\n' >local/terrace.stacks.yaml
mkdir -p local/notes
printf 'stack: notes\nnot_a_key: 1\n' >local/notes/stack.yaml

test_expect_success 'local: the base is not destroyed while lab attendees read it from their workspaces' '
	(cd local/base && terrace apply -auto-approve >../../out 2>&1) &&
	(cd local/lab && terrace lab up . -attendees ../../attendees.csv >../../out 2>&1) &&
	test_contains out "Lab up: 2 ready, 0 failed." &&
	test -e local/lab/terrace.state.d/ann/terrace.state.json &&
	(cd local/base && test_expect_code 1 terrace destroy -auto-approve >../../out 2>../../err) &&
	test_contains err "the outputs of this stack (workspace default) are used by t0493-lab (ann), t0493-lab (bob): destroy those first" &&
	test_contains err "Warning: cannot read broken, which may use the outputs of this stack: " &&
	test_contains err "; its state was not checked" &&
	test_not_contains err "notes" &&
	bucket_exists acme-t0493
'

test_expect_success 'local: after lab down the base is destroyed' '
	(cd local/lab && terrace lab down . -attendees ../../attendees.csv -auto-approve >../../out 2>&1) &&
	! bucket_exists acme-t0493-ann &&
	(cd local/base && terrace destroy -auto-approve >../../out 2>../../err) &&
	test_contains out "Destroy complete! Resources: 1 destroyed." &&
	! bucket_exists acme-t0493
'

# stale/: a stack whose configuration reads no stack is not opened further
# (its state is not read, whatever it records: here a read of the base its
# configuration no longer declares, which its next apply drops).
mkdir -p stale/base stale/former
base stale/base t0493-base2 acme-t0493-stale
cat >stale/former/stack.yaml <<'YAML'
stack: former
data:
  base: {type: terrace.stack, path: ../base}
outputs:
  bucket: ${data.base.outputs.bucket}
YAML

test_expect_success 'stale: a stack whose configuration no longer reads the base does not hold it' '
	(cd stale/base && terrace apply -auto-approve >../../out 2>&1) &&
	(cd stale/former && terrace apply -auto-approve >../../out 2>&1) &&
	(cd stale/base && test_expect_code 1 terrace destroy -auto-approve >../../out 2>../../err) &&
	test_contains err "are used by former (default): destroy that one first" &&
	printf "stack: former\noutputs:\n  bucket: gone\n" >stale/former/stack.yaml &&
	(cd stale/base && terrace destroy -auto-approve >../../out 2>../../err) &&
	test_contains out "Destroy complete! Resources: 1 destroyed." &&
	! bucket_exists acme-t0493-stale &&
	(cd stale/former && terrace apply -auto-approve >../../out 2>&1) &&
	test_contains out "bucket = \"gone\""
'

# s3/: a base and a reader by backend, listed by terrace.stacks.yaml; the
# lab beside them, on S3 too.
export TERRACE_BACKEND_ENDPOINT=$TEST_ENDPOINT
export TERRACE_BACKEND_ACCESS_KEY=$TEST_ACCESS_KEY
export TERRACE_BACKEND_SECRET_KEY=$TEST_SECRET_KEY
s3backend='backend: {type: s3, bucket: tfstate-t0493, region: us-east-1, path_style: true}
'
mkdir -p s3/base s3/reader s3/lab
base s3/base platform acme-t0493-s3 "$s3backend"
new_stack s3/reader/stack.yaml reader
printf '%s' "$s3backend" >>s3/reader/stack.yaml
cat >>s3/reader/stack.yaml <<'YAML'
data:
  base:
    type: terrace.stack
    stack: platform
    backend: {type: s3, bucket: tfstate-t0493, region: us-east-1, path_style: true}
resources:
  own: {type: aws.s3.bucket, name: "${data.base.outputs.bucket}-reader", force_destroy: true}
YAML
# "reader" sorts after "base": listed first, it must still come after it.
printf 'stacks: [reader, base]\n' >s3/terrace.stacks.yaml
lab s3/lab t0493-lab ../base "$s3backend"

test_expect_success 's3: plan -all and apply -all put the reader by backend after the base' '
	s3 s3api create-bucket --bucket tfstate-t0493 >/dev/null &&
	(cd s3 && test_expect_code 2 terrace plan -all -detailed-exitcode >../out 2>../err) &&
	test_line out "base: Plan: 1 to add, 0 to change, 0 to destroy." &&
	test_line out "reader: Plan: 1 to add, 0 to change, 0 to destroy." &&
	test_contains out "data.base: read at apply (plan -all applies the stack it reads first: its outputs are known after apply)" &&
	(cd s3 && terrace apply -all -auto-approve >../out 2>../err) &&
	test_line out "Applied: reader, base. Failed: none. Not applied: none." &&
	test_equal "base reader " "$(sed -n "s/^== \([^ ]*\) (.*/\1/p" out | tr "\n" " ")" &&
	bucket_exists acme-t0493-s3-reader
'

test_expect_success 's3: the base is not destroyed while the reader and the attendees (workspaces in the bucket) read it' '
	(cd s3/lab && terrace lab up . -attendees ../../attendees.csv >../../out 2>&1) &&
	test_contains out "Lab up: 2 ready, 0 failed." &&
	bucket_keys tfstate-t0493 >keys &&
	test_contains keys "t0493-lab/env:/ann/terrace.state.json" &&
	(cd s3/base && test_expect_code 1 terrace destroy -auto-approve >../../out 2>../../err) &&
	test_contains err "are used by reader (default), t0493-lab (ann), t0493-lab (bob): destroy those first" &&
	bucket_exists acme-t0493-s3
'

test_expect_success 's3: after lab down, destroy -all (the reader, then the base)' '
	(cd s3/lab && terrace lab down . -attendees ../../attendees.csv -auto-approve >../../out 2>&1) &&
	(cd s3/base && test_expect_code 1 terrace destroy -auto-approve >../../out 2>../../err) &&
	test_contains err "are used by reader (default): destroy that one first" &&
	(cd s3 && terrace destroy -all -auto-approve >../out 2>../err) &&
	test_line out "Destroyed: reader, base. Failed: none. Not destroyed: none." &&
	test_equal "reader base " "$(sed -n "s/^== \([^ ]*\) (.*/\1/p" out | tr "\n" " ")" &&
	! bucket_exists acme-t0493-s3 &&
	! bucket_exists acme-t0493-s3-reader
'

# deep/: beside the base, a stack.yaml of 100,000 nested `[` (bad input that
# validate refuses at once) and a stack that reads the base.
mkdir -p deep/base deep/bad deep/slow
printf 'stack: deep-base\noutputs:\n  bucket: b\n' >deep/base/stack.yaml
python3 -c 'open("deep/bad/stack.yaml", "w").write("stack: bad\nresources: " + "[" * 100000 + "\n")'
cat >deep/slow/stack.yaml <<'YAML'
stack: slow
data:
  base: {type: terrace.stack, path: ../base}
outputs:
  bucket: ${data.base.outputs.bucket}
YAML

test_expect_success 'deep: a neighbour stack.yaml of 100,000 nested [ is read once, refused at the depth validate allows' '
	(cd deep/base && terrace apply -auto-approve >../../out 2>&1) &&
	test_expect_code 1 terrace validate -stack deep/bad >out 2>err &&
	test_contains err "deep/bad/stack.yaml:2:268: error: nesting deeper than 256 levels" &&
	(cd deep/slow && terrace apply -auto-approve >../../out 2>&1) &&
	(cd deep/base && TERRACE_LOG=debug test_expect_code 1 terrace destroy -auto-approve \
		>../../out 2>../../err) &&
	test_contains err "are used by slow (default): destroy that one first" &&
	grep "yaml: reading .*bad/stack.yaml" err >reads &&
	test "$(wc -l <reads)" = 1 &&
	test_contains reads "(100023 bytes, its top level)" &&
	test_equal 2 "$(grep -c "yaml: reading .*slow/stack.yaml" err)"
'

# The state of slow/ read through a pipe that answers after 2 s: a state on
# a slow disk or far away. The destroy opens it once, as it does a file: a
# pipe is not mapped (it opened it twice before, the first time to find a
# size of 0 and close it unread, and under load the second open could meet
# the first writer on its way out and read nothing). The writer answers one
# open, after 2 s: a second would wait for the step's timeout.
test_expect_success 'deep: a search that takes more than a second says what it reads' '
	mv deep/slow/terrace.state.json deep/slow/state.saved &&
	mkfifo deep/slow/terrace.state.json &&
	{ (sleep 2 && cat deep/slow/state.saved >deep/slow/terrace.state.json) & } &&
	writer=$! &&
	(cd deep/base && timeout 120 "$TERRACE" destroy -auto-approve >../../out 2>../../err); rc=$?
	# a writer still waiting for its reader (the destroy failed before it
	# read) is given one, so that it ends
	if kill -0 $writer 2>/dev/null; then
		timeout 5 cat deep/slow/terrace.state.json >/dev/null 2>&1 || :
	fi
	rm -f deep/slow/terrace.state.json
	mv deep/slow/state.saved deep/slow/terrace.state.json &&
	test "$rc" = 1 &&
	test_contains err "are used by slow (default): destroy that one first" &&
	test_match out "^Looking for the stacks that read this one.s outputs\.\.\. \[1s elapsed, status: reading slow, 3 of 3 stacks under /.*/deep\]$"
'

test_done
