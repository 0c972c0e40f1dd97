#!/usr/bin/env bash
# bench/scale.sh: how terrace's own work grows with the size of a stack and
# its state, without the network: `plan -refresh=false` (load the stack and
# the state, validate, diff every resource) and `show -json` for 1k, 2k, 5k
# and 10k resources (a fifth buckets, the rest objects), each timed with
# /usr/bin/time -v (wall clock, peak RSS) and printed with its cost per
# resource, so a cost that is not linear shows.
#
# The state is made by applying one bucket and its four objects to moto and
# copying those entries under new names (the stack bench/run.sh writes, at
# each size), so every entry is a real read-back of its type.
#
#   bench/scale.sh [SIZES...]      (default 1000 2000 5000 10000)
#   BENCH_KEEP=DIR bench/scale.sh  keeps each size's stack and state in DIR
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
TERRACE=${TERRACE:-$repo/build/terrace}
sizes=("$@")
test ${#sizes[@]} -gt 0 || sizes=(1000 2000 5000 10000)

. "$repo/tests/servers/lib.sh"
servers_init
work=$SERVERS_DIR/scale
mkdir -p "$work"
cd "$work"

stack () { # BUCKETS: the stack of bench/run.sh with BUCKETS buckets of 4 objects
	cat <<-'EOF2'
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
	EOF2
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

printf '  %-7s %-24s %9s %11s %14s %14s\n' resources phase seconds "peak KiB" "us/resource" "KiB/resource"
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
	for phase in "plan -refresh=false" "show -json"; do
		(cd "s$n" && /usr/bin/time -f "%e %M" -o time.out "$TERRACE" $phase >out 2>err) || {
			echo "bench: terrace $phase at $n resources failed:" >&2; tail -n 5 "s$n/err" >&2; exit 1; }
		read -r secs kib <"s$n/time.out"
		awk -v n="$n" -v p="$phase" -v s="$secs" -v k="$kib" 'BEGIN {
			printf "  %-9d %-24s %9.2f %11d %14.1f %14.2f\n", n, p, s, k, s * 1e6 / n, k / n }'
	done
done

# BENCH_KEEP=DIR keeps the stacks and states made here, to profile them.
if test -n "${BENCH_KEEP:-}"; then
	mkdir -p "$BENCH_KEEP" && cp -r "$work"/s* "$BENCH_KEEP"/
fi
