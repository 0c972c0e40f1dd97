#!/usr/bin/env bash
# bench/scale.sh: how terrace's own work and memory grow with the size of a
# stack and its state (issue 25's goals), each figure min / median / max of
# BENCH_ROUNDS (default 3) runs timed with /usr/bin/time (wall clock, CPU
# time: user + system, peak RSS):
#
#   - `plan -refresh=false` and `show -json` of synthetic states of 1k, 10k
#     and 100k resources (a fifth buckets, the rest objects), with the peak
#     in MB per 1,000 resources at each size, so growth that is not linear
#     shows (goals: 100k plan under 500 MB, show -json under 10 s);
#   - `plan` of 10,001 creates from one for_each (a bucket and 10,000
#     objects; goal under 64 MB), beside the release build of
#     BENCH_REFERENCE (default the last release, PREVIOUS_RELEASE of
#     tests/integration/previous_release.sh), the two taking turns round
#     after round, with the ratios of this build's figures to its, round by
#     round (issue 47: a regression of 10 MB went unseen);
#   - `plan` with refresh of an applied state at BENCH_REFRESH_SIZES
#     (default 10000; goal under 80 MB at 10k): applied to moto first (not
#     timed), so every read finds its object.
#
# The machine is shared: CPU time is the figure to compare, wall clock
# varies; the load average is printed beside the figures.
#
# The synthetic states are made by applying one bucket and its four
# objects to moto and copying those entries under new names (the stack
# bench/run.sh writes, at each size), so every entry is a real read-back of
# its type.
#
#   bench/scale.sh [SIZES...]       (default 1000 10000 100000)
#   BENCH_ROUNDS=N                  runs of each (default 3)
#   BENCH_REFRESH_SIZES="1000 ..."  refresh plans at those sizes ("" for none)
#   BENCH_KEEP=DIR                  keeps each size's stack and state in DIR
#   BENCH_REFERENCE=COMMIT          the build the for_each plan is measured
#                                   beside ("" for none); built once, -O2 -g,
#                                   in build/bench/ (`make clean` removes it)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
TERRACE=${TERRACE:-$repo/build/terrace}
sizes=("$@")
test ${#sizes[@]} -gt 0 || sizes=(1000 10000 100000)
rounds=${BENCH_ROUNDS:-3}
refresh_sizes=${BENCH_REFRESH_SIZES-10000}

. "$repo/tests/servers/lib.sh"
. "$here/stack.sh"
. "$repo/tests/integration/previous_release.sh"
reference=${BENCH_REFERENCE-$PREVIOUS_RELEASE}
if test -n "$reference"; then
	echo "bench: the release build of $reference, to measure beside (built once in build/bench/)"
	PREVIOUS_RELEASE=$reference PREVIOUS_RELFLAGS="-O2 -g" REPO_ROOT=$repo \
		TEST_RUN_DIR=$repo/build/bench previous_release_build || exit 1
fi
servers_init
work=$SERVERS_DIR/scale
mkdir -p "$work"
cd "$work"

stack () { # BUCKETS: the stack of bench/run.sh with BUCKETS buckets of 4 objects
	bench_stack_head bench
	for b in $(seq -w 1 "$1"); do
		echo "  b$b: {type: aws.s3.bucket, name: bench-bucket-$b, tags: {n: \"$b\", team: bench}}"
		for o in 1 2 3 4; do
			echo "  o${b}_$o: {type: aws.s3.object, bucket: \"\${b$b.name}\", key: data/part-$o.csv, content: \"id,value\\n$o,$b\\n\"}"
		done
	done
}

echo "bench: one bucket and its objects applied to moto, as the model of every entry"
start_moto
export TERRACE_VAR_endpoint=$MOTO_ENDPOINT TERRACE_VAR_access_key=$MOTO_ACCESS_KEY
export TERRACE_VAR_secret_key=$MOTO_SECRET_KEY
mkdir -p model
(cd model && stack 1 >stack.yaml && "$TERRACE" apply -auto-approve >apply.out)

echo "bench: load average $(cut -d' ' -f1-3 /proc/loadavg) at the start; min / median / max of $rounds runs"
printf '  %-9s %-22s %-20s %-20s %-26s %s\n' resources phase "wall s" "cpu s" "peak MB" "MB/1k res"
# One run of the terrace BIN in DIR: "wall user system peak-kB" appended to
# DIR/times.
run_once () { # BIN SIZE DIR PHASE...
	local bin=$1 n=$2 dir=$3
	shift 3
	(cd "$dir" && /usr/bin/time -f "%e %U %S %M" -o time.out "$bin" "$@" >out 2>err) || {
		echo "bench: $bin $* at $n resources failed:" >&2; tail -n 5 "$dir/err" >&2; exit 1; }
	cat "$dir/time.out" >>"$dir/times"
}
mmm='function mmm(a, k,   i, j, t) { # min / median / max of a[1..k]
	for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
	return sprintf("%.2f / %.2f / %.2f", a[1], a[int((k + 1) / 2)], a[k]) }'
# One line of the table: DIR/times under PHASE.
row () { # SIZE DIR PHASE
	awk -v n="$1" -v p="$3" "$mmm"'
	{ k++; w[k] = $1; c[k] = $2 + $3; m[k] = $4 / 1024; per[k] = $4 / 1024 / n * 1000 }
	END { printf "  %-9d %-22s %-20s %-20s %-26s %s\n", n, p, mmm(w, k), mmm(c, k), mmm(m, k), mmm(per, k) }' "$2/times"
}
# Runs of terrace in DIR, BENCH_ROUNDS times: one line of the table.
timed () { # SIZE DIR PHASE...
	local n=$1 dir=$2 r
	shift 2
	: >"$dir/times"
	for r in $(seq "$rounds"); do
		run_once "$TERRACE" "$n" "$dir" "$@"
	done
	row "$n" "$dir" "$*"
}
# The same beside the reference build in REFDIR, the two taking turns (each
# first every other round): a line each, then the ratios of this build's
# wall, CPU and peak to the reference's in the same round.
beside_reference () { # SIZE DIR REFDIR PHASE...
	local n=$1 dir=$2 ref=$3 r
	shift 3
	: >"$dir/times"
	: >"$ref/times"
	for r in $(seq "$rounds"); do
		if test $((r % 2)) = 1; then
			run_once "$PREVIOUS_TERRACE" "$n" "$ref" "$@"
			run_once "$TERRACE" "$n" "$dir" "$@"
		else
			run_once "$TERRACE" "$n" "$dir" "$@"
			run_once "$PREVIOUS_TERRACE" "$n" "$ref" "$@"
		fi
	done
	row "$n" "$dir" "$*"
	row "$n" "$ref" "  the same, $reference"
	paste "$dir/times" "$ref/times" | awk -v n="$n" -v p="  this / $reference" "$mmm"'
	{ k++; w[k] = $1 / $5; c[k] = ($2 + $3) / ($6 + $7); m[k] = $4 / $8 }
	END { printf "  %-9d %-22s %-20s %-20s %s\n", n, p, mmm(w, k), mmm(c, k), mmm(m, k) }'
}

# A bucket and 10,000 objects from one for_each over a local list.
foreach_stack () {
	bench_stack_head foreach | sed '/^resources:/d'
	echo "locals:"
	echo "  parts:"
	seq -f '    - part-%05g' 1 10000
	echo "resources:"
	echo "  lake: {type: aws.s3.bucket, name: bench-foreach-lake, tags: {team: bench}}"
	cat <<-'EOF'
	  part:
	    type: aws.s3.object
	    for_each: ${local.parts}
	    bucket: ${lake.name}
	    key: data/${each.value}.csv
	    content: "id,value\n1,${each.value}\n"
	EOF
}

for n in "${sizes[@]}"; do
	buckets=$((n / 5))
	mkdir -p "s$n"
	stack "$buckets" >"s$n/stack.yaml"
	"$SERVERS_PYTHON" - model/terrace.state.json "$buckets" "s$n/terrace.state.json" <<-'PY'
	import copy, hashlib, json, sys
	model, buckets, out = json.load(open(sys.argv[1])), int(sys.argv[2]), sys.argv[3]
	res = model["resources"]
	width = len(str(buckets))
	made = {}
	for b in range(1, buckets + 1):
	    bn = str(b).zfill(width)
	    e = copy.deepcopy(res["b1"])
	    e["id"] = e["attributes"]["name"] = "bench-bucket-" + bn
	    e["attributes"]["arn"] = "arn:aws:s3:::" + e["id"]
	    e["attributes"]["tags"]["n"] = bn
	    made["b" + bn] = e
	    for o in range(1, 5):
	        oe = copy.deepcopy(res["o1_%d" % o])
	        content = "id,value\n%d,%s\n" % (o, bn)
	        oe["attributes"].update(bucket=e["id"], content=content,
	                                content_sha256=hashlib.sha256(content.encode()).hexdigest())
	        oe["id"] = e["id"] + "/data/part-%d.csv" % o
	        oe["dependencies"] = ["b" + bn]
	        made["o%s_%d" % (bn, o)] = oe
	model["resources"] = made
	json.dump(model, open(out, "w"), indent=1)
	PY
	timed "$n" "s$n" plan -refresh=false
	timed "$n" "s$n" show -json
done

mkdir -p foreach
foreach_stack >foreach/stack.yaml
if test -n "$reference"; then
	mkdir -p foreach-reference
	cp foreach/stack.yaml foreach-reference/
	beside_reference 10001 foreach foreach-reference plan -refresh=false
else
	timed 10001 foreach plan -refresh=false
fi
for out in foreach/out ${reference:+foreach-reference/out}; do
	grep -q "Plan: 10001 to add" "$out" || {
		echo "bench: the for_each plan ($out) does not create 10,001 resources" >&2; exit 1; }
done

for n in $refresh_sizes; do
	buckets=$((n / 5))
	mkdir -p "r$n"
	stack "$buckets" | sed "s/bench-bucket-/bench-r$n-/" >"r$n/stack.yaml"
	(cd "r$n" && "$TERRACE" apply -auto-approve -parallelism=10 >apply.out 2>&1) || {
		echo "bench: apply at $n resources failed:" >&2; tail -n 5 "r$n/apply.out" >&2; exit 1; }
	timed "$n" "r$n" plan
	grep -q "No changes" "r$n/out" || {
		echo "bench: the refresh plan at $n resources is not a no-op" >&2; exit 1; }
done
echo "bench: load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"

# BENCH_KEEP=DIR keeps the stacks and states made here, to profile them.
if test -n "${BENCH_KEEP:-}"; then
	mkdir -p "$BENCH_KEEP" && cp -r "$work"/s* "$BENCH_KEEP"/
fi
