#!/usr/bin/env bash
# bench/run.sh: how terrace does with 1,000 resources against moto, next to a
# plain parallel client against the same server, over several rounds.
#
#   [ROUNDS=3] [TF_ROUNDS=ROUNDS] bench/run.sh [BUCKETS [OBJECTS_PER_BUCKET]]
#                                             (default 200 and 4)
#
# Generates a stack of BUCKETS buckets (tags) and BUCKETS*OBJECTS small objects
# (1,000 resources by default), starts moto on loopback, and in each round,
# from an empty state, times with /usr/bin/time -v (wall clock, peak RSS):
#   plan      on an empty state
#   apply     creating everything (-parallelism 10, the default)
#   plan      again: refreshing all resources, no changes expected
#   destroy
# Each phase's HTTP requests are counted from moto's request log, giving
# terrace's requests/s. Right next to each of apply, the refresh plan and
# destroy, bench/raw_client.py drives moto with 10 threads through as many
# buckets and objects (of other names) in the matching phase (write:
# CreateBucket, PutBucketTagging, PutObject; read: HeadBucket, GetBucket*,
# HeadObject, GetObjectTagging; delete), and the ratio of terrace's rate to
# the raw rate is printed (apply/write, refresh/read, destroy/delete). In
# odd rounds terrace's phase goes first, in even rounds the raw client's,
# so that a change in the machine's load does not always favour the same
# side. The load average is printed at the start and end of every round:
# the machine is shared, and only ratios measured side by side are
# compared, never absolute times.
#
# When Terraform and a local mirror of the hashicorp/aws provider are
# present (TF_PROVIDER_MIRROR, default /opt/tf-plugins), the first TF_ROUNDS
# rounds (default: all; 0 skips it) also put the same stack written in HCL
# (bench/terraform.sh writes it) through terraform plan, apply, plan and
# destroy against the same moto, and each phase's time and peak RSS are
# printed as Terraform's over terrace's of the same round. Terraform takes
# far longer than terrace (its destroy alone took 12 minutes of a round on a
# loaded machine): TF_ROUNDS=1 shortens the run.
#
# BENCH_BACKEND=s3 keeps terrace's state in an S3 bucket on the same moto
# (backend: type s3, bucket bench-state, emptied before every round) rather
# than a local file: apply then journals each change as an object under
# KEY.journal/ and writes the whole state at its end. Each phase's request
# count then includes the state's own requests (state, history, lock and
# journal objects), listed apart as "state PUTs" (PUTs of KEY itself
# and of its journal records).
#
# The closing summary gives min/median/max over the rounds of every ratio.
# TERRACE names the binary (default: build/terrace, the optimised build).
# Not part of `make test`; `make bench` runs it.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
TERRACE=${TERRACE:-$repo/build/terrace}
buckets=${1:-200}
per_bucket=${2:-4}
rounds=${ROUNDS:-3}
tf_rounds=${TF_ROUNDS:-$rounds}
backend=${BENCH_BACKEND:-local}
case "$backend" in
local | s3) ;;
*) echo "bench: BENCH_BACKEND is local or s3, not \"$backend\"" >&2; exit 2 ;;
esac
case "$rounds$tf_rounds" in
*[!0-9]*) echo "bench: ROUNDS and TF_ROUNDS are whole numbers" >&2; exit 2 ;;
esac
if test "$rounds" -lt 1; then
	echo "bench: ROUNDS must be at least 1" >&2
	exit 2
fi

if ! test -x "$TERRACE"; then
	echo "bench: $TERRACE is not built: run make build/terrace" >&2
	exit 1
fi

. "$repo/tests/servers/lib.sh"
. "$here/stack.sh"
servers_init
work=$SERVERS_DIR/stack
mkdir -p "$work"
cd "$work"

echo "bench: starting moto"
start_moto
export TERRACE_VAR_endpoint=$MOTO_ENDPOINT
export TERRACE_VAR_access_key=$MOTO_ACCESS_KEY
export TERRACE_VAR_secret_key=$MOTO_SECRET_KEY

{
	if test "$backend" = s3; then
		# The backend block is read before variables: its settings come
		# from TERRACE_BACKEND_* instead.
		bench_stack_head bench | sed '/^resources:$/d'
		printf 'backend:\n  type: s3\n  bucket: bench-state\n  key: bench/state.json\n'
		printf '  region: us-east-1\n  path_style: true\nresources:\n'
	else
		bench_stack_head bench
	fi
	for b in $(seq -w 1 "$buckets"); do
		echo "  b$b: {type: aws.s3.bucket, name: bench-bucket-$b, tags: {n: \"$b\", team: bench}}"
		for o in $(seq 1 "$per_bucket"); do
			echo "  o${b}_$o: {type: aws.s3.object, bucket: \"\${b$b.name}\", key: data/part-$o.csv, content: \"id,value\\n$o,$b\\n\"}"
		done
	done
} >stack.yaml
resources=$((buckets + buckets * per_bucket))
if test "$backend" = s3; then
	export TERRACE_BACKEND_ENDPOINT=$MOTO_ENDPOINT TERRACE_BACKEND_ACCESS_KEY=$MOTO_ACCESS_KEY
	export TERRACE_BACKEND_SECRET_KEY=$MOTO_SECRET_KEY
	moto_aws s3api create-bucket --bucket bench-state >/dev/null
	"$TERRACE" init >init.out 2>&1 || { echo "bench: terrace init failed:" >&2; cat init.out >&2; exit 1; }
	echo "bench: state in s3://bench-state/bench/state.json on moto (BENCH_BACKEND=s3)"
fi
echo "bench: stack of $resources resources ($buckets buckets, $((buckets * per_bucket)) objects)"

moto_requests () {
	grep -cE '"(GET|PUT|POST|DELETE|HEAD) [^ ]* HTTP/1\.[01]" [0-9]+' "$SERVERS_DIR/moto.log" || true
}

# PUTs of the S3 backend's state object and of its journal records so far.
state_puts () {
	grep -cE '"PUT /bench-state/bench/state\.json(\.journal/[^ ]*)? HTTP' "$SERVERS_DIR/moto.log" || true
}

load_average () {
	cut -d' ' -f1-3 /proc/loadavg
}

# run_phase NAME EXPECTED_EXIT COMMAND...: run COMMAND under /usr/bin/time -v
# and record wall seconds, peak RSS and the requests moto served meanwhile,
# as wall[NAME,ROUND] and so on.
declare -A wall rss reqs
round=0
run_phase () {
	local name=$1 want=$2 before after rc=0 key puts
	shift 2
	key=$name,$round
	before=$(moto_requests)
	puts=$(state_puts)
	/usr/bin/time -v -o "time.$name" "$@" >"out.$name" 2>"err.$name" || rc=$?
	after=$(moto_requests)
	puts=$(( $(state_puts) - puts ))
	if test "$rc" -ne "$want"; then
		echo "bench: $* exited $rc (expected $want):" >&2
		tail -n 20 "out.$name" "err.$name" >&2
		exit 1
	fi
	wall[$key]=$(awk -F': ' '/Elapsed \(wall clock\)/ {
		n = split($2, t, ":"); s = 0
		for (i = 1; i <= n; i++) s = s * 60 + t[i]
		print s }' "time.$name")
	rss[$key]=$(awk -F': ' '/Maximum resident set size/ {print $2}' "time.$name")
	reqs[$key]=$((after - before))
	printf '  %-15s %8.2f s  %7d KiB peak RSS  %6d requests  %8.1f requests/s\n' \
		"$name" "${wall[$key]}" "${rss[$key]}" "${reqs[$key]}" \
		"$(awk -v r="${reqs[$key]}" -v s="${wall[$key]}" 'BEGIN { print (s > 0 ? r / s : 0) }')"
	if test "$backend" = s3 && test "$puts" -gt 0; then
		printf '  %-15s %d state PUTs (the state object and its journal records)\n' \
			"" "$puts"
	fi
}

phase () { # NAME EXPECTED_EXIT TERRACE_ARGS...
	local name=$1 want=$2
	shift 2
	run_phase "$name" "$want" "$TERRACE" "$@"
}

run_raw () { # PHASE
	"$SERVERS_PYTHON" "$here/raw_client.py" "$MOTO_ENDPOINT" --threads 10 \
		--buckets "$buckets" --objects "$per_bucket" --phases "$1" >>"raw.out.$round"
	tail -n 1 "raw.out.$round" | sed 's/^/  raw /'
}

# pair TERRACE_PHASE EXPECTED_EXIT RAW_PHASE TERRACE_ARGS...: the two side by
# side, in the round's order.
pair () {
	local name=$1 want=$2 raw=$3
	shift 3
	if test $((round % 2)) -eq 1; then
		phase "$name" "$want" "$@"
		run_raw "$raw"
	else
		run_raw "$raw"
		phase "$name" "$want" "$@"
	fi
}

run_round () {
	echo "bench: terrace ($TERRACE) and the raw client (bench/raw_client.py, 10 threads, as many buckets and objects)"
	rm -f terrace.state.json terrace.state.json.* "raw.out.$round"
	if test "$backend" = s3; then
		moto_aws s3 rm --recursive --quiet s3://bench-state/bench/ >/dev/null
	fi
	phase plan-empty 2 plan -detailed-exitcode
	pair apply 0 write apply -auto-approve
	pair plan-refresh 0 read plan -detailed-exitcode
	pair destroy 0 delete destroy -auto-approve
}

raw_rate () { # RAW_PHASE
	sed -n "s/^$1: .* = \([0-9.]*\) requests\/s.*/\1/p" "raw.out.$round"
}

# ratio[NAME,ROUND]: the figures the summary takes min/median/max of.
declare -A ratio
compare () { # TERRACE_PHASE RAW_PHASE
	local key=$1,$round raw
	raw=$(raw_rate "$2")
	ratio[$1/$2,$round]=$(awk -v r="${reqs[$key]}" -v s="${wall[$key]}" -v raw="$raw" 'BEGIN {
		rate = (s > 0 ? r / s : 0); printf "%.3f", (raw > 0 ? rate / raw : 0) }')
	awk -v n="$1" -v m="$2" -v r="${reqs[$key]}" -v s="${wall[$key]}" -v raw="$raw" \
		-v x="${ratio[$1/$2,$round]}" 'BEGIN {
		printf "  %-13s %7.1f requests/s vs raw %-6s %7.1f requests/s = %.2f\n",
			n, (s > 0 ? r / s : 0), m, raw, x }'
}

if test "$tf_rounds" -gt 0; then
	mkdir -p "$work/tf"
	if terraform_from_mirror "$work/tf"; then
		"$here/terraform.sh" "$buckets" "$per_bucket" "$work/tf"
		export TF_IN_AUTOMATION=1 TF_VAR_endpoint=$MOTO_ENDPOINT
		(cd "$work/tf" && terraform init -input=false >init.out 2>&1) || {
			echo "bench: terraform init failed:" >&2; tail -n 20 "$work/tf/init.out" >&2; exit 1; }
	else
		echo "bench: Terraform side by side skipped (no terraform, or no hashicorp/aws under $TF_MIRROR)"
		tf_rounds=0
	fi
fi
tf () { # NAME EXPECTED_EXIT TERRAFORM_ARGS...
	local name=$1 want=$2
	shift 2
	run_phase "tf-$name" "$want" terraform -chdir="$work/tf" "$@" -input=false -no-color
}
run_terraform () {
	echo "bench: terraform ($(terraform version | head -n 1), hashicorp/aws from $TF_MIRROR), the same stack in HCL"
	rm -f "$work/tf/terraform.tfstate" "$work/tf/terraform.tfstate.backup"
	tf plan-empty 2 plan -detailed-exitcode
	tf apply 0 apply -auto-approve
	tf plan-refresh 0 plan -detailed-exitcode
	tf destroy 0 destroy -auto-approve
	echo "bench: Terraform's time and peak RSS over terrace's (higher: terrace is ahead)"
	local p key
	for p in plan-empty apply plan-refresh destroy; do
		key=$p,$round
		ratio[tf-time/$p,$round]=$(awk -v tw="${wall[tf-$key]}" -v w="${wall[$key]}" \
			'BEGIN { printf "%.3f", (w > 0 ? tw / w : 0) }')
		ratio[tf-rss/$p,$round]=$(awk -v tr="${rss[tf-$key]}" -v r="${rss[$key]}" \
			'BEGIN { printf "%.3f", (r > 0 ? tr / r : 0) }')
		awk -v n="$p" -v tw="${wall[tf-$key]}" -v w="${wall[$key]}" -v tr="${rss[tf-$key]}" \
			-v r="${rss[$key]}" 'BEGIN {
			printf "  %-13s time %7.2f s / %6.2f s = %5.1fx   peak RSS %7d / %6d KiB = %5.1fx\n",
				n, tw, w, (w > 0 ? tw / w : 0), tr, r, (r > 0 ? tr / r : 0) }'
	done
}

start=$SECONDS
for round in $(seq 1 "$rounds"); do
	echo "bench: round $round of $rounds (load average $(load_average))"
	run_round
	echo "bench: terrace's request rate as a share of the raw client's"
	compare apply write
	compare plan-refresh read
	compare destroy delete
	if test "$round" -le "$tf_rounds"; then
		run_terraform
	fi
	echo "bench: round $round done after $((SECONDS - start)) s (load average $(load_average))"
done

# summarize NAME LABEL FORMAT: min/median/max of ratio[NAME,*] over the rounds run.
summarize () {
	local name=$1 label=$2 r values=
	for r in $(seq 1 "$rounds"); do
		if test -n "${ratio[$name,$r]:-}"; then
			values="$values ${ratio[$name,$r]}"
		fi
	done
	test -n "$values" || return 0
	echo "$values" | tr ' ' '\n' | sed '/^$/d' | sort -g | awk -v label="$label" '
		{ v[NR] = $1 }
		END {
			med = (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2)
			printf "  %-34s %6.2f %7.2f %6.2f   (%d rounds)\n", label, v[1], med, v[NR], NR }'
}
echo "bench: summary over $rounds rounds, min / median / max"
echo "  terrace's request rate over the raw client's:"
summarize apply/write "apply / raw write"
summarize plan-refresh/read "refresh (plan) / raw read"
summarize destroy/delete "destroy / raw delete"
if test "$tf_rounds" -gt 0; then
	echo "  Terraform over terrace (higher: terrace is ahead):"
	for p in plan-empty apply plan-refresh destroy; do
		summarize "tf-time/$p" "$p time"
	done
	for p in plan-empty apply plan-refresh destroy; do
		summarize "tf-rss/$p" "$p peak RSS"
	done
fi
