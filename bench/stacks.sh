#!/usr/bin/env bash
# bench/stacks.sh: a system of stacks planned as one (`terrace plan -all`)
# against the same stacks planned one after another, each in its own folder,
# as a user without -all would (issue 32's figure). Min / median / max of
# BENCH_ROUNDS (default 3) runs of each, wall clock and CPU (user + system,
# terrace and everything it started), against moto:
#
#   - from empty: STACKS (default 20) independent stacks of RESOURCES
#     (default 50) buckets each: `plan -all` against the sum of the STACKS
#     separate plans;
#   - applied: a base stack and STACKS-1 stacks reading its outputs
#     (terrace.stack lookups), all applied with `apply -all` (not timed):
#     `plan -all` (every state refreshed) against the sum of the separate
#     plans.
#
# The machine is shared: the two ways take turns round after round, and the
# load average is printed beside the figures.
#
#   bench/stacks.sh [STACKS [RESOURCES]]
#   BENCH_ROUNDS=N   runs of each (default 3)
#   BENCH_KEEP=DIR   keeps the folders of stacks in DIR
#   BENCH_ALL_ARGS="-parallel-stacks=N ..."  options of the timed plan -all
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
TERRACE=${TERRACE:-$repo/build/terrace}
nstacks=${1:-20}
nres=${2:-50}
rounds=${BENCH_ROUNDS:-3}

. "$repo/tests/servers/lib.sh"
. "$here/stack.sh"
servers_init
work=${BENCH_KEEP:-$SERVERS_DIR/stacks}
rm -rf "$work"
mkdir -p "$work"
cd "$work"

start_moto
export TERRACE_VAR_endpoint=$MOTO_ENDPOINT TERRACE_VAR_access_key=$MOTO_ACCESS_KEY
export TERRACE_VAR_secret_key=$MOTO_SECRET_KEY

# system DIR READS: STACKS folders s01.. under DIR, each of RESOURCES
# buckets; with READS=yes the first is a base whose outputs every other
# stack reads (a terrace.stack lookup) and names its buckets after.
system () {
	local dir=$1 reads=$2 first s n name
	first=$(seq -w 1 "$nstacks" | head -n 1)
	for s in $(seq -w 1 "$nstacks"); do
		mkdir -p "$dir/s$s"
		name="bench-$dir-s$s"
		if test "$reads" = yes && test "$s" != "$first"; then
			name="\${data.base.outputs.prefix}-s$s"
		fi
		{
			bench_stack_head "s$s"
			for n in $(seq -w 1 "$nres"); do
				echo "  b$n: {type: aws.s3.bucket, name: \"$name-b$n\", force_destroy: true}"
			done
			if test "$reads" = yes && test "$s" = "$first"; then
				printf 'outputs:\n  prefix: bench-%s\n  first: ${b%s.name}\n' "$dir" "$first"
			elif test "$reads" = yes; then
				printf 'data:\n  base: {type: terrace.stack, path: ../s%s}\n' "$first"
			fi
		} >"$dir/s$s/stack.yaml"
	done
}

# timed KEY CMD...: CMD run once in the current folder; appends its "wall
# cpu" line to $work/times.KEY.
timed () {
	local key=$1
	shift
	/usr/bin/time -f "%e %U %S" -o time.out "$@" >out 2>err || {
		echo "bench: $* failed:" >&2; tail -n 5 err >&2; exit 1; }
	awk '{ print $1, $2 + $3 }' time.out >>"$work/times.$key"
}

# separately DIR: the STACKS plans one after another, each in its folder,
# timed as one run (the sum).
separately () {
	local s
	for s in "$1"/s*; do
		(cd "$s" && "$TERRACE" plan -detailed-exitcode >plan.out 2>plan.err) || test $? = 2 || {
			echo "bench: plan in $s failed:" >&2; tail -n 5 "$s/plan.err" >&2; return 1; }
	done
}
export -f separately
export TERRACE

# report KEY LABEL: min / median / max of wall and CPU.
report () {
	awk -v l="$2" '
	function mmm(a, k,   i, j, t) {
		for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
		return sprintf("%.2f / %.2f / %.2f", a[1], a[int((k + 1) / 2)], a[k]) }
	{ k++; w[k] = $1; c[k] = $2 }
	END { printf "  %-44s %-22s %s\n", l, mmm(w, k), mmm(c, k) }' "$work/times.$1"
}

# both DIR KEY LABEL: plan -all and the separate plans of the system in DIR,
# taking turns round after round so that a load that comes and goes on the
# machine weighs on both alike; then a line for each.
both () {
	local dir=$1 key=$2 label=$3 r
	for r in $(seq "$rounds"); do
		(cd "$dir" && timed "$key-all" "$TERRACE" plan -all ${BENCH_ALL_ARGS:-})
		(cd "$dir" && timed "$key-each" bash -c 'separately .')
	done
	report "$key-all" "$label: plan -all"
	report "$key-each" "$label: $nstacks separate plans"
}

system empty no
system applied yes
echo "bench: $nstacks stacks of $nres buckets; load average $(cut -d' ' -f1-3 /proc/loadavg) at the start; min / median / max of $rounds runs"
printf '  %-44s %-22s %s\n' "" "wall s" "cpu s"

both empty from-empty "from empty"

(cd applied && "$TERRACE" apply -all -auto-approve >apply.out 2>apply.err) || {
	echo "bench: apply -all failed:" >&2; tail -n 5 applied/apply.err >&2; exit 1; }
both applied applied "applied, 1 base read by $((nstacks - 1))"
echo "bench: load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
(cd applied && "$TERRACE" destroy -all -auto-approve >destroy.out 2>destroy.err) || true
