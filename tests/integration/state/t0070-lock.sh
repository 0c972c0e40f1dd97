#!/usr/bin/env bash
# t0070-lock: while one apply holds the state lock, a second apply fails at
# once naming the holder; with -lock-timeout it waits for the lock instead and
# then sees the first apply's result.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

# Enough buckets, created one at a time, for the first apply to hold the lock
# for a while.
write_stack stack.yaml
{
	echo "resources:"
	for i in $(seq -w 1 60); do
		echo "  b$i: {type: aws.s3.bucket, name: lock-bucket-$i, tags: {n: \"$i\"}}"
	done
} >>stack.yaml

# The holder is stopped (SIGSTOP) mid-way while it holds the lock, and let go
# on (SIGCONT) when a step is done with it: no step races a fast apply.
test_expect_success 'setup: a long apply in the background, held mid-way' '
	"$TERRACE" apply -auto-approve -parallelism 1 >first.out 2>first.err </dev/null &
	first=$! &&
	wait_for_line first.out ": Creating..." $first &&
	kill -STOP $first &&
	kill -0 $first
'

test_expect_success 'a second apply fails at once, naming the holder' '
	test_expect_code 1 terrace apply -auto-approve >out 2>err &&
	test_match err "^Error: state is locked by [^ ]+@[^ ]+ \(pid $first\) for apply since [^ ]+ \(lock id [^)]+\)$" &&
	test_not_contains out "Creating..."
'

test_expect_success 'plan -lock-timeout waits for the lock, then sees the result' '
	test_contains first.out ": Creating..." &&
	# negatives: no run of terrace (the apply of the setup step, held since it printed Creating...)
	test_not_contains first.out "Apply complete!" &&
	kill -CONT $first &&
	terrace plan -lock-timeout 5m -detailed-exitcode >second.out 2>second.err &&
	test_line second.out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'the first apply completed' '
	wait $first &&
	test_line first.out "Apply complete! Resources: 60 added, 0 changed, 0 destroyed." &&
	test_equal 60 "$(bucket_names | wc -l)"
'

test_expect_success 'a too short -lock-timeout gives up with the lock error' '
	"$TERRACE" destroy -auto-approve -parallelism 1 >third.out 2>third.err </dev/null &
	third=$! &&
	wait_for_line third.out ": Destroying..." $third &&
	kill -STOP $third &&
	{ terrace plan -lock-timeout 1s >out 2>err; rc=$?; kill -CONT $third; test_equal 1 "$rc"; } &&
	test_contains err "Acquiring state lock (waiting up to 1s)" &&
	test_match err "^Error: timed out after 1s waiting for the state lock: state is locked by .* \(pid $third\) for destroy since " &&
	wait $third &&
	test_line third.out "Destroy complete! Resources: 60 destroyed."
'

test_expect_success 'the lock is free afterwards' '
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "Plan: 60 to add, 0 to change, 0 to destroy."
'

test_done
