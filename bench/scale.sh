#!/usr/bin/env bash
# bench/scale.sh: how terrace's own work grows with the size of a stack and
# its state, without the network: `plan -refresh=false` (load the stack and
# the state, validate, diff every resource) and `show -json` for 1k, 2k, 5k
# and 10k resources (a fifth buckets, the rest objects), each timed with
# /usr/bin/time (wall clock, CPU time: user + system, peak RSS) and printed
# with its cost per resource, so a cost that is not linear shows. The
# machine is shared: CPU time is the figure to compare, wall clock varies.
#
# On the 2-core shared machine (load average 9-10: CPU time itself varies
# by half from run to run), BENCH_REFRESH_MAX=0, issue 15's last sweep:
#   resources  plan -refresh=false        show -json
#              CPU s  peak KiB            CPU s  peak KiB  wall s
#   1000       0.19   19,084              0.11   14,012    0.19
#   2000       0.33   23,504              0.17   16,520    0.28
#   5000       0.77   36,976              0.38   24,300    0.61
#   10000      1.68   59,988              0.81   36,848    1.25
# 10k, three more rounds: plan 60,052-60,180 KiB (median 60,108); show -json
# 0.53-0.85 s CPU, 0.97-1.41 s wall. Against the binary before issue 15,
# runs interleaved (5 of show, 3 of plan): show -json CPU 0.84 -> 0.49 s
# (min), wall 1.40 -> 0.79 s (min), 48,196 -> 36,716 KiB; plan 64,948 ->
# 60,132 KiB (median). Some 11,500 KiB of each peak is the binary and its
# libraries (`terrace version`); the rest, at 10k, is the state as jansson
# trees (half), the snapshot (a quarter), the plan's changes, and malloc's
# own overhead (a fifth of the heap). docs/testing.md has the figures
# before issue 15.
#
# The state is made by applying one bucket and its four objects to moto and
# copying those entries under new names (the stack bench/run.sh writes, at
# each size), so every entry is a real read-back of its type.
#
# Sizes up to BENCH_REFRESH_MAX (default 1000) also time `plan` with its
# refresh against moto: that stack is applied to moto first (not timed), so
# every read finds its object.
#
#   bench/scale.sh [SIZES...]      (default 1000 2000 5000 10000)
#   BENCH_KEEP=DIR bench/scale.sh  keeps each size's stack and state in DIR
#   BENCH_REFRESH_MAX=0            no refresh plans
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
TERRACE=${TERRACE:-$repo/build/terrace}
sizes=("$@")
test ${#sizes[@]} -gt 0 || sizes=(1000 2000 5000 10000)
refresh_max=${BENCH_REFRESH_MAX:-1000}

. "$repo/tests/servers/lib.sh"
. "$here/stack.sh"
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

printf '  %-9s %-20s %8s %8s %10s %12s %12s\n' resources phase wall_s cpu_s "peak KiB" \
	"cpu us/res" "KiB/res"
# One timed run of terrace in DIR: its line of the table.
timed () { # SIZE DIR PHASE...
	local n=$1 dir=$2
	shift 2
	(cd "$dir" && /usr/bin/time -f "%e %U %S %M" -o time.out "$TERRACE" "$@" >out 2>err) || {
		echo "bench: terrace $* at $n resources failed:" >&2; tail -n 5 "$dir/err" >&2; exit 1; }
	read -r secs user sys kib <"$dir/time.out"
	awk -v n="$n" -v p="$*" -v s="$secs" -v u="$user" -v y="$sys" -v k="$kib" 'BEGIN {
		printf "  %-9d %-20s %8.2f %8.2f %10d %12.1f %12.2f\n", n, p, s, u + y, k,
			(u + y) * 1e6 / n, k / n }'
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
	if test "$n" -le "$refresh_max"; then
		mkdir -p "r$n"
		stack "$buckets" | sed "s/bench-bucket-/bench-r$n-/" >"r$n/stack.yaml"
		(cd "r$n" && "$TERRACE" apply -auto-approve -parallelism=10 >apply.out 2>&1) || {
			echo "bench: apply at $n resources failed:" >&2; tail -n 5 "r$n/apply.out" >&2; exit 1; }
		timed "$n" "r$n" plan
		grep -q "No changes" "r$n/out" || {
			echo "bench: the refresh plan at $n resources is not a no-op" >&2; exit 1; }
	fi
done

# BENCH_KEEP=DIR keeps the stacks and states made here, to profile them.
if test -n "${BENCH_KEEP:-}"; then
	mkdir -p "$BENCH_KEEP" && cp -r "$work"/s* "$BENCH_KEEP"/
fi
