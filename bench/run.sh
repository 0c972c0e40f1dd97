#!/usr/bin/env bash
# bench/run.sh: how terrace does with 1,000 resources against moto, next to a
# plain parallel client against the same server.
#
#   bench/run.sh [BUCKETS [OBJECTS_PER_BUCKET]]      (default 200 and 4)
#
# Generates a stack of BUCKETS buckets (tags) and BUCKETS*OBJECTS small objects
# (1,000 resources by default), starts moto on loopback, and times with
# /usr/bin/time -v (wall clock, peak RSS):
#   plan      on an empty state
#   apply     creating everything (-parallelism 10, the default)
#   plan      again: refreshing all resources, no changes expected
#   destroy
# Each phase's HTTP requests are counted from moto's request log, giving
# terrace's requests/s. Then bench/raw_client.py drives moto with 10 threads
# through as many buckets and objects in three phases (write: CreateBucket,
# PutBucketTagging, PutObject; read: HeadBucket, GetBucket*, HeadObject,
# GetObjectTagging; delete), and the ratio of terrace's rate to the raw rate
# of the matching phase is printed (apply/write, refresh/read,
# destroy/delete). When Terraform and a local mirror of the hashicorp/aws
# provider are present (TF_PROVIDER_MIRROR, default /opt/tf-plugins), the
# same stack written in HCL (bench/terraform.sh writes it) goes through
# terraform plan, apply, plan and destroy against the same moto, and each
# phase's time and peak RSS are printed as Terraform's over terrace's.
# TERRACE names the binary (default: build/terrace, the optimised build).
# Not part of `make test`; `make bench` runs it.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
TERRACE=${TERRACE:-$repo/build/terrace}
buckets=${1:-200}
per_bucket=${2:-4}

if ! test -x "$TERRACE"; then
	echo "bench: $TERRACE is not built: run make build/terrace" >&2
	exit 1
fi

. "$repo/tests/servers/lib.sh"
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
	cat <<-'EOF'
	stack: bench
	variables:
	  endpoint: {type: string}
	  access_key: {type: string}
	  secret_key: {type: string, sensitive: true}
	providers:
	  aws:
	    region: us-east-1
	    endpoint: ${var.endpoint}
	    path_style: true
	    access_key: ${var.access_key}
	    secret_key: ${var.secret_key}
	resources:
	EOF
	for b in $(seq -w 1 "$buckets"); do
		echo "  b$b: {type: aws.s3.bucket, name: bench-bucket-$b, tags: {n: \"$b\", team: bench}}"
		for o in $(seq 1 "$per_bucket"); do
			echo "  o${b}_$o: {type: aws.s3.object, bucket: \"\${b$b.name}\", key: data/part-$o.csv, content: \"id,value\\n$o,$b\\n\"}"
		done
	done
} >stack.yaml
resources=$((buckets + buckets * per_bucket))
echo "bench: stack of $resources resources ($buckets buckets, $((buckets * per_bucket)) objects)"

moto_requests () {
	grep -cE '"(GET|PUT|POST|DELETE|HEAD) [^ ]* HTTP/1\.[01]" [0-9]+' "$SERVERS_DIR/moto.log" || true
}

# run_phase NAME EXPECTED_EXIT COMMAND...: run COMMAND under /usr/bin/time -v
# and record wall seconds, peak RSS and the requests moto served meanwhile.
declare -A wall rss reqs
run_phase () {
	local name=$1 want=$2 before after rc=0
	shift 2
	before=$(moto_requests)
	/usr/bin/time -v -o "time.$name" "$@" >"out.$name" 2>"err.$name" || rc=$?
	after=$(moto_requests)
	if test "$rc" -ne "$want"; then
		echo "bench: $* exited $rc (expected $want):" >&2
		tail -n 20 "out.$name" "err.$name" >&2
		exit 1
	fi
	wall[$name]=$(awk -F': ' '/Elapsed \(wall clock\)/ {
		n = split($2, t, ":"); s = 0
		for (i = 1; i <= n; i++) s = s * 60 + t[i]
		print s }' "time.$name")
	rss[$name]=$(awk -F': ' '/Maximum resident set size/ {print $2}' "time.$name")
	reqs[$name]=$((after - before))
	printf '  %-14s %8.2f s  %7d KiB peak RSS  %6d requests  %8.1f requests/s\n' \
		"$name" "${wall[$name]}" "${rss[$name]}" "${reqs[$name]}" \
		"$(awk -v r="${reqs[$name]}" -v s="${wall[$name]}" 'BEGIN { print (s > 0 ? r / s : 0) }')"
}

phase () { # NAME EXPECTED_EXIT TERRACE_ARGS...
	local name=$1 want=$2
	shift 2
	run_phase "$name" "$want" "$TERRACE" "$@"
}

echo "bench: terrace ($TERRACE)"
phase plan-empty 2 plan -detailed-exitcode
phase apply 0 apply -auto-approve
phase plan-refresh 0 plan -detailed-exitcode
phase destroy 0 destroy -auto-approve

echo "bench: raw client (bench/raw_client.py, 10 threads, the same buckets and objects)"
"$SERVERS_PYTHON" "$here/raw_client.py" "$MOTO_ENDPOINT" --threads 10 \
	--buckets "$buckets" --objects "$per_bucket" >raw.out
sed 's/^/  /' raw.out
raw_rate () {
	sed -n "s/^$1: .* = \([0-9.]*\) requests\/s.*/\1/p" raw.out
}

echo "bench: terrace's request rate as a share of the raw client's"
compare () { # TERRACE_PHASE RAW_PHASE
	awk -v n="$1" -v m="$2" -v r="${reqs[$1]}" -v s="${wall[$1]}" -v raw="$(raw_rate "$2")" 'BEGIN {
		rate = (s > 0 ? r / s : 0)
		printf "  %-13s %7.1f requests/s vs raw %-6s %7.1f requests/s = %.2f\n",
			n, rate, m, raw, (raw > 0 ? rate / raw : 0) }'
}
compare apply write
compare plan-refresh read
compare destroy delete

mirror=${TF_PROVIDER_MIRROR:-/opt/tf-plugins}
if ! command -v terraform >/dev/null 2>&1 || ! test -d "$mirror/registry.terraform.io/hashicorp/aws"; then
	echo "bench: Terraform side by side skipped (no terraform, or no hashicorp/aws under $mirror)"
	exit 0
fi
mkdir -p "$work/tf"
"$here/terraform.sh" "$mirror" "$buckets" "$per_bucket" "$work/tf"
export TF_CLI_CONFIG_FILE=$work/tf/cli.tfrc TF_IN_AUTOMATION=1 TF_VAR_endpoint=$MOTO_ENDPOINT
echo "bench: terraform ($(terraform version | head -n 1), hashicorp/aws from $mirror), the same stack in HCL"
(cd "$work/tf" && terraform init -input=false >init.out 2>&1) || {
	echo "bench: terraform init failed:" >&2; tail -n 20 "$work/tf/init.out" >&2; exit 1; }
tf () { # NAME EXPECTED_EXIT TERRAFORM_ARGS...
	local name=$1 want=$2
	shift 2
	run_phase "tf-$name" "$want" terraform -chdir="$work/tf" "$@" -input=false -no-color
}
tf plan-empty 2 plan -detailed-exitcode
tf apply 0 apply -auto-approve
tf plan-refresh 0 plan -detailed-exitcode
tf destroy 0 destroy -auto-approve

echo "bench: Terraform's time and peak RSS over terrace's (higher: terrace is ahead)"
for p in plan-empty apply plan-refresh destroy; do
	awk -v n="$p" -v tw="${wall[tf-$p]}" -v w="${wall[$p]}" -v tr="${rss[tf-$p]}" -v r="${rss[$p]}" 'BEGIN {
		printf "  %-13s time %7.2f s / %6.2f s = %5.1fx   peak RSS %7d / %6d KiB = %5.1fx\n",
			n, tw, w, (w > 0 ? tw / w : 0), tr, r, (r > 0 ? tr / r : 0) }'
done
