#!/usr/bin/env bash
# t0558-build-lab: `terrace lab up` builds an artifact once for the whole
# class, against moto. The lab's stack gives each attendee a bucket and an
# aws.s3.artifact built by a command that counts its runs in a file outside
# the build's folder. One attendee after the other: the command runs once
# and the four buckets hold the same key with the same bytes. All four at
# once, after an input changed: the first child's command waits until all
# four children hold the cache's lock for the output (each has the lock
# file open: the three others are waiting for it), then builds; the others
# find its entry, so it still runs once. Two runners (two checkouts of the
# lab, two attendees each, `-shard K/2` started together) sharing a
# TERRACE_BUILD_CACHE folder: the first runner's command waits until both
# runners' builds hold that folder's lock for the key, then builds; the
# other runner takes the entry, so again one run. A `terrace build` waiting
# for another's lock stops on SIGINT (exit 1, "interrupted while
# waiting"), and the one building goes on. No step measures time: the
# waits are on conditions (up to 120 s, then the command goes on, and the
# count of runs tells).
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

PEOPLE="ann bob cid dan"
# Every run of the command appends a line here, outside every checkout.
export T0558_RUNS=$TRASH/runs.log

mkdir lab
write_stack lab/stack.yaml '  attendee: {type: string}'
cat >>lab/stack.yaml <<-'YAML'
lab:
  parallel: 4
resources:
  home:
    type: aws.s3.bucket
    name: "t0558-${var.attendee}"
    force_destroy: true
  app:
    type: aws.s3.artifact
    bucket: ${home.name}
    prefix: jobs/
    build:
      command: [sh, build.sh]
      inputs: [build.sh, "src/*.py"]
      output: dist/app.py
outputs:
  key: "${app.key}"
YAML
mkdir lab/src
printf 'A = 1\n' >lab/src/a.py
# T0558_HOLDERS: the folder of the lock files to watch and T0558_WAIT_FOR
# how many open descriptors of them (one per waiting or building process)
# to wait for before building; unset, the command builds at once. It notes
# how many it saw in holders.log.
# T0558_HOLD: the command notes it started in $T0558_HOLD.started and
# waits for $T0558_HOLD.release (up to 300 s, longer than `ended` waits)
# before building.
cat >lab/build.sh <<-\SH
echo run >>"$T0558_RUNS"
if test -n "${T0558_HOLD:-}"; then
	echo started >>"$T0558_HOLD.started"
	i=0
	while ! test -e "$T0558_HOLD.release" && test $i -lt 1500; do sleep 0.2; i=$((i + 1)); done
fi
if test -n "${T0558_HOLDERS:-}"; then
	n=0 i=0
	while test $i -lt 600; do
		n=$(readlink /proc/[0-9]*/fd/* 2>/dev/null | grep -c -F "$T0558_HOLDERS/")
		test "$n" -ge "$T0558_WAIT_FOR" && break
		sleep 0.2
		i=$((i + 1))
	done
	echo "$n" >>"$T0558_RUNS.holders"
fi
mkdir -p dist
cat src/*.py >dist/app.py
SH
{ echo id; for p in $PEOPLE; do echo $p; done; } >people.csv

runs () {
	if test -f runs.log; then wc -l <runs.log; else echo 0; fi
}

# same_artifact DIR ID...: each attendee's bucket holds one key under jobs/,
# the one DIR/src gives, with those bytes.
same_artifact () {
	local dir=$1 want p
	shift
	cat "$dir"/src/*.py >want.py &&
	want=jobs/app-$(sha256sum want.py | cut -c1-16).py &&
	for p in "$@"; do
		test_equal "$want" "$(bucket_keys t0558-$p | grep "^jobs/")" &&
		s3 s3 cp --only-show-errors "s3://t0558-$p/$want" got.py &&
		test_cmp want.py got.py || return 1
	done
}

# two_runners VERB [OPTION...]: `lab VERB -shard K/2 OPTION...` in r1 and
# r2 at the same time; fails when either fails.
two_runners () {
	local pid rc
	(cd r1 && terrace lab "$@" . -attendees ../people.csv -shard 1/2 >out 2>err) &
	pid=$!
	(cd r2 && terrace lab "$@" . -attendees ../people.csv -shard 2/2 >out 2>err)
	rc=$?
	wait $pid && return $rc
}

test_expect_success 'lab up one attendee at a time: one build, the same artifact for all' '
	(cd lab && terrace lab up . -attendees ../people.csv -parallelism 1 >../out 2>../err) &&
	test_contains out "Lab up: 4 ready, 0 failed." &&
	test_equal 1 "$(runs)" &&
	same_artifact lab $PEOPLE
'

test_expect_success 'lab up all at once after an input changed: the others wait for the one build' '
	printf "A = 2\n" >lab/src/a.py &&
	(
		export T0558_HOLDERS=$TRASH/lab/.terrace/build/locks T0558_WAIT_FOR=4 &&
		cd lab && terrace lab up . -attendees ../people.csv >../out 2>../err
	) &&
	test_contains out "Applying t0558-build-lab for 4 attendee(s), 4 at a time" &&
	test_contains out "Lab up: 4 ready, 0 failed." &&
	test_equal 2 "$(runs)" &&
	test_equal 4 "$(cat runs.log.holders)" &&
	same_artifact lab $PEOPLE &&
	test_equal 2 "$(ls lab/.terrace/build | grep -c -E "^[0-9a-f]{64}$")"
'

test_expect_success 'two runners sharing a cache folder, started together: one build' '
	printf "A = 3\n" >lab/src/a.py &&
	rm -f runs.log.holders &&
	for k in 1 2; do
		rm -rf r$k && cp -R lab r$k && rm -rf r$k/.terrace || return 1
	done &&
	export TERRACE_BUILD_CACHE=$TRASH/cache T0558_HOLDERS=$TRASH/cache/locks T0558_WAIT_FOR=2 &&
	two_runners up &&
	unset TERRACE_BUILD_CACHE T0558_HOLDERS T0558_WAIT_FOR &&
	test_contains r1/out "Lab up: 2 ready, 0 failed." &&
	test_contains r2/out "Lab up: 2 ready, 0 failed." &&
	test_equal 3 "$(runs)" &&
	test_equal 2 "$(cat runs.log.holders)" &&
	same_artifact r1 $PEOPLE &&
	ls r1/.terrace/build r2/.terrace/build cache | grep -E "^[0-9a-f]{64}$" | sort -u >keys &&
	test_equal 1 "$(wc -l <keys)"
'

# holds_lock PID DIR: PID has a file of DIR open (up to 120 s).
holds_lock () {
	local i
	for i in $(seq 600); do
		readlink /proc/"$1"/fd/* 2>/dev/null | grep -q -F "$2/" && return 0
		kill -0 "$1" 2>/dev/null || { echo "process $1 ended before opening a file of $2"; return 1; }
		sleep 0.2
	done
	echo "process $1 did not open a file of $2 within 120 s"
	return 1
}

# ended PID: PID is gone (up to 120 s).
ended () {
	local i
	for i in $(seq 600); do
		kill -0 "$1" 2>/dev/null || return 0
		sleep 0.2
	done
	echo "process $1 still runs after 120 s"
	return 1
}

test_expect_success 'a build waiting for the lock stops on SIGINT; the one holding it goes on' '
	printf "A = 4\n" >r1/src/a.py &&
	n=$(runs) &&
	export T0558_HOLD=$TRASH/hold &&
	{ (cd r1 && exec "$TERRACE" build -var attendee=x -no-color >../a.out 2>../a.err) & } &&
	a=$! &&
	wait_for_line hold.started started $a &&
	{ (cd r1 && exec "$TERRACE" build -var attendee=x -no-color >../b.out 2>../b.err) & } &&
	b=$! &&
	holds_lock $b "$TRASH/r1/.terrace/build/locks" &&
	kill -INT $b &&
	{ ended $b; stopped=$?; } &&
	touch hold.release &&
	{ wait $b; rc=$?; } &&
	wait $a &&
	unset T0558_HOLD &&
	test_equal 0 "$stopped" &&
	test_equal 1 "$rc" &&
	test_contains b.err "interrupted while waiting for another build of dist/app.py" &&
	test_match a.out "^app: built in " &&
	test_equal $((n + 1)) "$(runs)"
'

test_expect_success 'lab down' '
	two_runners down -auto-approve &&
	test_contains r1/out "Lab down: 2 destroyed, 0 failed" &&
	test_contains r2/out "Lab down: 2 destroyed, 0 failed" &&
	test_equal "" "$(bucket_names | grep "^t0558-")"
'

test_done
