#!/usr/bin/env bash
# bench/reality.sh: how terrace does on AWS's timing. Each seed starts moto
# and tests/servers/aws_reality.py in front of it with windows and rates
# drawn from that seed, and puts bench/reality/stack.yaml (a network, an
# instance with an instance profile, a versioned bucket with an object, a
# Lambda function, a state machine, a schedule, a Glue crawler, a secret)
# through terrace:
#
#   [TERRACE=build/terrace] bench/reality.sh [-n SEEDS] [-s FIRST_SEED] [--no-scale]
#
# and counts, per seed (goal: 1, 0, 0, 0):
#   applies     applies until a plan shows no changes (at most 3; "fail" past)
#   orphans     objects in moto (listed with botocore, not through the
#               stand-in) whose id or name is nowhere in the state
#   duplicates  objects in moto beyond what the stack declares, per kind
#   leftovers   objects in moto after one destroy
#   +s          seconds the applies and the destroy took beyond the same
#               stack's with every window 0 (a baseline run first)
# and the stand-in's injected answers by kind. A seed that fails is counted,
# never the end of the run. The windows are the stand-in's --randomize: each
# object draws its window from [0, MAX] (REALITY_ARGS, default below: twice
# issue 30's trial, so the mean is the trial's), the throttle rate from
# [0, 0.05].
#
# Then (unless --no-scale) the throttling case: a 541-resource network (1
# VPC, 240 subnets, 240 security groups, 60 route tables) applied with the
# token buckets off, then destroyed through EC2's documented buckets
# (mutating actions 200 refilled at 5 a second, non-mutating 100 at 20): the
# destroy's time, requests, refusals and result, next to the least time the
# buckets allow for those requests (bench/reality/bucket_minimum.py), and
# next to the larger of that and the same destroy with the buckets off
# (moto on this machine may be slower than the buckets allow).
#
# It builds nothing: TERRACE (default build/terrace) must exist. Not part of
# `make test`; `make bench-reality` runs it.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
TERRACE=${TERRACE:-$repo/build/terrace}
seeds=20
first=1
scale=1
while test $# -gt 0; do
	case "$1" in
	-n) seeds=$2; shift 2 ;;
	-s) first=$2; shift 2 ;;
	--no-scale) scale=0; shift ;;
	-h|--help) sed -n '2,33s/^# \{0,1\}//p' "$0"; exit 0 ;;
	*) echo "bench/reality.sh: unknown argument $1" >&2; exit 2 ;;
	esac
done
case "$seeds$first" in
*[!0-9]*) echo "bench/reality.sh: -n and -s take whole numbers" >&2; exit 2 ;;
esac
if ! test -x "$TERRACE"; then
	echo "bench/reality.sh: $TERRACE is not built: run make build/terrace" >&2
	exit 1
fi
read -r -a windows <<<"${REALITY_ARGS:---ec2-window 6 --iam-window 16 --s3-window 4 --eni-window 10 --async-window 6 --throttle-rate 0.05}"

. "$repo/tests/servers/lib.sh"
# REALITY_DIR keeps every run's files (logs, states, terrace's output) there.
servers_init ${REALITY_DIR:+"$REALITY_DIR"}
PY=$SERVERS_PYTHON
AMI=$("$PY" -c 'import gzip, json, os, moto
print(json.load(gzip.open(os.path.join(os.path.dirname(moto.__file__), "ec2", "resources", "amis.json.gz")))[0]["ami_id"])')
EXPECTED="vpc=1,subnet=1,igw=1,route_table=1,sg=1,instance=1,role=5,instance_profile=1,bucket=1,function=1,state_machine=1,schedule=1,crawler=1,glue_database=1,secret=1"

now () { date +%s.%N; }
secs () { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
load () { cut -d' ' -f1-3 /proc/loadavg; }

# up NAME ARGS...: moto and the stand-in (ARGS), fresh; sets REALITY_PID,
# MOTO_ENDPOINT and TERRACE_VAR_endpoint (the stand-in).
up () {
	local name=$1 i
	shift
	start_moto || return 1
	rm -f "$name.port"
	"$PY" "$repo/tests/servers/aws_reality.py" --upstream "$MOTO_ENDPOINT" --port-file "$name.port" \
		--log "$name.log" --request-log "$name.requests" "$@" 2>"$name.err" &
	REALITY_PID=$!
	servers_track "$REALITY_PID"
	for i in $(seq 100); do
		test -s "$name.port" && break
		sleep 0.1
	done
	test -s "$name.port" || { cat "$name.err" >&2; return 1; }
	export TERRACE_VAR_endpoint=http://127.0.0.1:$(cat "$name.port")
	export TERRACE_VAR_access_key=$MOTO_ACCESS_KEY TERRACE_VAR_secret_key=$MOTO_SECRET_KEY
}

# restart_reality NAME ARGS...: a new stand-in (fresh buckets and windows)
# before the same moto.
restart_reality () {
	local name=$1 i
	shift
	servers_stop "$REALITY_PID"
	rm -f "$name.port"
	"$PY" "$repo/tests/servers/aws_reality.py" --upstream "$MOTO_ENDPOINT" --port-file "$name.port" \
		--log "$name.log" --request-log "$name.requests" "$@" 2>"$name.err" &
	REALITY_PID=$!
	servers_track "$REALITY_PID"
	for i in $(seq 100); do
		test -s "$name.port" && break
		sleep 0.1
	done
	test -s "$name.port" || { cat "$name.err" >&2; return 1; }
	export TERRACE_VAR_endpoint=http://127.0.0.1:$(cat "$name.port")
}

down () {
	servers_stop_all
}

injected () {
	local kind n out=""
	for kind in notfound hidden iam nosuchbucket dependency inuse deleting stopping throttle; do
		n=$(grep -c "^[0-9.]* $kind " "$1" 2>/dev/null)
		test "${n:-0}" -gt 0 && out="$out $kind $n"
	done
	echo "${out# }"
}

# one_run DIR ARGS...: the stack applied until it plans clean (3 at most),
# counted, destroyed once. Sets applies, orphans, duplicates, leftovers,
# took (seconds of applies and destroy), why (the first error, if any).
one_run () {
	local dir=$1 t0 t1 i rc census
	shift
	mkdir -p "$dir" && cd "$dir" || return 1
	cp "$here/reality/stack.yaml" "$here/reality/app.py" .
	export TERRACE_VAR_ami=$AMI TERRACE_VAR_prefix=reality
	applies=fail orphans=? duplicates=? leftovers=? why=""
	up reality "$@" || { why="servers did not start"; cd ..; return 1; }
	took=0
	for i in 1 2 3; do
		t0=$(now)
		"$TERRACE" apply -auto-approve -no-color >"apply$i.out" 2>&1
		rc=$?
		t1=$(now)
		took=$(awk -v a="$took" -v b="$(secs "$t0" "$t1")" 'BEGIN { print a + b }')
		test $rc -ne 0 && test -z "$why" && why=$(grep -m1 '^Error' "apply$i.out")
		"$TERRACE" plan -detailed-exitcode -no-color >"plan$i.out" 2>&1
		if test $? -eq 0; then
			applies=$i
			break
		fi
	done
	census=$("$PY" "$here/reality/census.py" "$MOTO_ENDPOINT" terrace.state.json "$EXPECTED" 2>&1)
	echo "$census" >census.out
	orphans=$(echo "$census" | sed -n 's/^objects [0-9]* orphans \([0-9]*\) .*/\1/p')
	duplicates=$(echo "$census" | sed -n 's/^objects .* duplicates \([0-9]*\)$/\1/p')
	t0=$(now)
	"$TERRACE" destroy -auto-approve -no-color >destroy.out 2>&1
	rc=$?
	t1=$(now)
	took=$(awk -v a="$took" -v b="$(secs "$t0" "$t1")" 'BEGIN { print a + b }')
	test $rc -ne 0 && test -z "$why" && why="destroy: $(grep -m1 '^Error' destroy.out)"
	"$PY" "$here/reality/census.py" "$MOTO_ENDPOINT" /dev/null "" >leftovers.out 2>&1
	leftovers=$(sed -n 's/^objects \([0-9]*\) .*/\1/p' leftovers.out)
	left_kinds=$(sed -n 's/^orphan \([a-z_]*\) .*/\1/p' leftovers.out | sort | uniq -c |
		awk '{ printf "%s%s %s", sep, $2, $1; sep = ", " }')
	down
	cd ..
}

work=$SERVERS_DIR/reality
mkdir -p "$work" && cd "$work" || exit 1
echo "bench/reality: $TERRACE, $seeds seeds from $first, stand-in ${windows[*]} --randomize"
echo "bench/reality: load $(load) at the start"

if test "$seeds" -gt 0; then
	one_run baseline --ec2-window 0
	base=$took
	echo "baseline (every window 0): applies $applies, orphans $orphans, duplicates $duplicates, leftovers $leftovers, ${base} s${why:+; $why}"

	declare -a A O D L X
	for seed in $(seq "$first" $((first + seeds - 1))); do
		one_run "seed-$seed" --seed "$seed" --randomize "${windows[@]}"
		added=$(awk -v a="$took" -v b="$base" 'BEGIN { printf "%+.1f", a - b }')
		rate=$(sed -n 's/.*throttle-rate=\([0-9.]*\).*/\1/p' "seed-$seed/reality.log" | head -1)
		printf 'seed %3d: applies %-4s orphans %-2s duplicates %-2s leftovers %-2s %6.1f s (%s s) throttle %s; %s%s%s\n' \
			"$seed" "$applies" "$orphans" "$duplicates" "$leftovers" "$took" "$added" "${rate:-?}" \
			"$(injected "seed-$seed/reality.log")" "${left_kinds:+ | left: $left_kinds}" "${why:+ | $why}"
		A+=("$applies") O+=("${orphans:-?}") D+=("${duplicates:-?}") L+=("${leftovers:-?}") X+=("$added")
	done

	"$PY" - "${#A[@]}" "${A[@]}" "${O[@]}" "${D[@]}" "${L[@]}" "${X[@]}" <<-'EOF'
	import statistics
	import sys
	n = int(sys.argv[1])
	v = sys.argv[2:]
	applies, orphans, dups, left, added = (v[i * n:(i + 1) * n] for i in range(5))
	def nums(xs):
	    return [float(x) for x in xs if x.replace(".", "").replace("+", "").replace("-", "").isdigit()]
	print("summary over %d seeds (goal 1, 0, 0, 0):" % n)
	for k in ("1", "2", "3", "fail"):
	    print("  applies %-4s %d seeds" % (k, applies.count(k)))
	for name, xs in (("orphans", orphans), ("duplicates", dups), ("leftovers", left)):
	    ys = nums(xs)
	    print("  %-10s total %d, seeds with any %d%s" % (
	        name, sum(ys), sum(1 for y in ys if y > 0),
	        "" if len(ys) == n else ", %d not counted" % (n - len(ys))))
	ys = nums(added)
	if ys:
	    print("  seconds the waits added: min %.1f, median %.1f, max %.1f" % (
	        min(ys), statistics.median(ys), max(ys)))
	EOF
fi

if test "$scale" = 1; then
	mkdir -p scale && cd scale || exit 1
	"$PY" "$here/reality/network.py" 240 240 60 >stack.yaml
	up scale --ec2-mutating-bucket 0 --ec2-describe-bucket 0 || exit 1
	t0=$(now)
	"$TERRACE" apply -auto-approve -no-color >apply.out 2>&1
	echo "throttling case: 541-resource network applied (buckets off) rc=$? in $(secs "$t0" "$(now)") s"
	# What this machine and moto take for the destroy without throttling:
	# the least time the bench can show, whatever the buckets allow.
	t0=$(now)
	"$TERRACE" destroy -auto-approve -no-color >destroy-unthrottled.out 2>&1
	unthrottled=$(secs "$t0" "$(now)")
	"$TERRACE" apply -auto-approve -no-color >apply-again.out 2>&1
	echo "throttling case: the same destroy with the buckets off took $unthrottled s; applied again rc=$?"
	restart_reality scale-destroy || exit 1
	t0=$(now)
	"$TERRACE" destroy -auto-approve -no-color >destroy.out 2>&1
	rc=$?
	took=$(secs "$t0" "$(now)")
	minimum=$("$PY" "$here/reality/bucket_minimum.py" scale-destroy.requests 200 5 100 20)
	echo "$minimum" >minimum.out
	least=$(echo "$minimum" | sed -n 's/^requests .* minimum \([0-9.]*\)$/\1/p')
	requests=$(echo "$minimum" | sed -n 's/^requests \([0-9]*\) .*/\1/p')
	refused=$(echo "$minimum" | sed -n 's/^requests [0-9]* refused \([0-9]*\) .*/\1/p')
	left=$("$PY" "$here/reality/census.py" "$MOTO_ENDPOINT" /dev/null "" 2>&1 |
		sed -n 's/^objects \([0-9]*\) .*/\1/p')
	ratio=$(awk -v t="$took" -v m="$least" 'BEGIN { if (m > 0) printf "%.2f", t / m; else print "-" }')
	floor=$(awk -v m="$least" -v u="$unthrottled" 'BEGIN { printf "%.1f", (m > u ? m : u) }')
	ratio_here=$(awk -v t="$took" -v f="$floor" 'BEGIN { printf "%.2f", t / f }')
	echo "throttling case: destroy rc=$rc in $took s, $requests EC2 requests, $refused refused" \
		"(RequestLimitExceeded), leftovers $left; the buckets' least time for them $least s;" \
		"ratio $ratio (goal <= 1.20); against the larger of that and the unthrottled" \
		"destroy ($floor s): ratio $ratio_here"
	test $rc -ne 0 && echo "throttling case: $(grep -m1 '^Error' destroy.out)"
	sed -n '2,$p' minimum.out | sort -k2 -n -r | head -5
	down
	cd ..
fi
echo "bench/reality: load $(load) at the end"
