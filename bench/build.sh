#!/usr/bin/env bash
# bench/build.sh: what building costs on examples/movies-api itself (the
# figures issue 33 asks for), against moto, offline: pip installs the
# ingest layer's requirements (ingest/requirements.txt, a pinned boto3) from
# a wheelhouse holding a stand-in wheel of that version, made as the tests
# make it (movies_api_offline_pip, tests/integration/examples.sh). The
# example is applied once first (not timed); then, BENCH_ROUNDS times each
# (default 3), wall clock:
#
#   first build   `terrace build` with .terrace/build/ removed: pip into the
#                 layer, the layer's and the function's folders hashed and
#                 stored (the build alone, no server);
#   first plan    `terrace plan` with .terrace/build/ removed: the same
#                 builds, then the refresh of the 26 resources; it must say
#                 "No changes" (the rebuilt packages have the same bytes);
#   warm build    `terrace build`, nothing changed: every block "up to date
#                 (in the cache)": the cost of checking (hashing the inputs);
#   warm plan     `terrace plan`, nothing changed: "No changes";
#   one edit      a line appended to one source file of the layer
#                 (ingest/layer/python/movies_ingest/api.py), then `terrace
#                 apply -auto-approve`: the bytes terrace sent to moto during
#                 the apply, from moto's request log (tests/servers/
#                 moto_run.py with TERRACE_REQUEST_LOG: body_length of every
#                 request whose User-Agent is terrace's), in total and by
#                 operation. The edit also rebuilds the layer (timed).
#
# Each figure is min / median / max of its rounds with the 1-minute load
# average (/proc/loadavg) read before each round: the machine may be
# shared, so the load is printed beside the figures.
#
#   bench/build.sh
#   TERRACE=PATH      the binary (default build/terrace, the optimised build)
#   BENCH_ROUNDS=N    rounds of each figure (default 3)
# Not part of `make test`; `make bench-build` runs it.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
TERRACE=${TERRACE:-$repo/build/terrace}
rounds=${BENCH_ROUNDS:-3}

if ! test -x "$TERRACE"; then
	echo "bench: $TERRACE is not built: run make build/terrace" >&2
	exit 1
fi

. "$repo/tests/servers/lib.sh"
servers_init
work=$SERVERS_DIR/work
requests=$SERVERS_DIR/requests
mkdir -p "$work"

echo "bench: starting moto (terrace's requests logged in $requests)"
start_moto MOTO_IAM_LOAD_MANAGED_POLICIES=true TERRACE_REQUEST_LOG="$requests"
export TERRACE_VAR_endpoint=$MOTO_ENDPOINT TERRACE_VAR_access_key=$MOTO_ACCESS_KEY \
	TERRACE_VAR_secret_key=$MOTO_SECRET_KEY TERRACE_VAR_region=us-east-1 \
	TERRACE_VAR_project=bench-movies
export AWS_CONFIG_FILE=/nonexistent AWS_SHARED_CREDENTIALS_FILE=/nonexistent
export AWS_EC2_METADATA_DISABLED=true PYTHONDONTWRITEBYTECODE=1
unset AWS_PROFILE AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN TERRACE_BUILD_CACHE

# The wheelhouse, as the tests make it (the helper needs TRASH and REPO_ROOT).
TRASH=$work REPO_ROOT=$repo
. "$repo/tests/integration/examples.sh"
movies_api_offline_pip
cp -R "$repo/examples/movies-api" "$work/movies-api"
rm -f "$work/movies-api"/terrace.state.json*
cd "$work/movies-api"

load () { cut -d' ' -f1 /proc/loadavg; }

# The seconds and loads of each figure's rounds, by figure name.
declare -A secs loads

# timed FIGURE CMD...: CMD's wall clock into FIGURE's list, the load before
# it beside; CMD's output in FIGURE.out and FIGURE.err; its exit status.
timed () {
	local figure=$1 t0 t1 rc=0
	shift
	loads[$figure]+="$(load) "
	t0=$EPOCHREALTIME
	"$@" >"$work/$figure.out" 2>"$work/$figure.err" || rc=$?
	t1=$EPOCHREALTIME
	secs[$figure]+="$(awk -v a="$t0" -v b="$t1" "BEGIN { printf \"%.3f\", b - a }") "
	return $rc
}

# must_say FIGURE TEXT: FIGURE.out has TEXT, or the bench stops.
must_say () {
	if ! grep -q -F -- "$2" "$work/$1.out"; then
		echo "bench: $1 did not say \"$2\":" >&2
		cat "$work/$1.out" "$work/$1.err" >&2
		exit 1
	fi
}

# The request log's lines so far (the moto process writes one file).
logged () { cat "$requests"/*.jsonl 2>/dev/null | wc -l; }

# sent_since N: terrace's requests after the N-th line: total body bytes,
# then bytes and count by operation (the largest first).
sent_since () {
	cat "$requests"/*.jsonl | tail -n +"$(($1 + 1))" | python3 -c '
import collections, json, sys
by = collections.defaultdict(lambda: [0, 0])
for line in sys.stdin:
    r = json.loads(line)
    op = r["target"] or (r["method"] + " " + r["path"]
                         + ("?" + r["query"].split("=")[0] if r["query"] else ""))
    by[op][0] += r["body_length"]
    by[op][1] += 1
total = sum(v[0] for v in by.values())
print(total)
for op, (n, k) in sorted(by.items(), key=lambda kv: -kv[1][0])[:6]:
    print("      %-66s %7d bytes in %d request(s)" % (op[:66], n, k))
'
}

echo "bench: applying examples/movies-api once (not timed)"
"$TERRACE" apply -auto-approve -no-color >"$work/setup.out" 2>"$work/setup.err" || {
	cat "$work/setup.out" "$work/setup.err" >&2
	exit 1
}

for round in $(seq "$rounds"); do
	echo "bench: round $round of $rounds"
	rm -rf .terrace/build
	timed first_build "$TERRACE" build -no-color
	must_say first_build "built in"
	rm -rf .terrace/build
	code=0
	timed first_plan "$TERRACE" plan -detailed-exitcode -no-color || code=$?
	test $code = 0 || { echo "bench: first plan exit $code, not 0" >&2; exit 1; }
	timed warm_build "$TERRACE" build -no-color
	must_say warm_build "up to date (in the cache)"
	if grep -q "built in\|taken from" "$work/warm_build.out"; then
		echo "bench: the warm build built:" >&2; cat "$work/warm_build.out" >&2; exit 1
	fi
	before=$(logged)
	timed warm_plan "$TERRACE" plan -detailed-exitcode -no-color
	must_say warm_plan "No changes."
	sent_since "$before" >"$work/warm_sent"
	warm_sent=$(head -n 1 "$work/warm_sent")
	printf '\n# bench edit %s\n' "$round" >>ingest/layer/python/movies_ingest/api.py
	before=$(logged)
	timed edit_apply "$TERRACE" apply -auto-approve -no-color
	must_say edit_apply "Apply complete!"
	sent_since "$before" >"$work/sent.$round"
	echo "  warm plan sent $warm_sent bytes of request bodies (reads)"
	echo "  the edit's apply sent $(head -n 1 "$work/sent.$round") bytes; by operation:"
	tail -n +2 "$work/sent.$round"
	grep -E "^(Plan|Apply complete)" "$work/edit_apply.out" | sed 's/^/  /'
done

# stats FIGURE LABEL: min / median / max of its seconds and the loads.
stats () {
	printf '%s\n' ${secs[$1]} | sort -g | awk -v l="$2" -v loads="${loads[$1]}" '
		{ v[NR] = $1 }
		END { printf "  %-34s min %6.2f s  median %6.2f s  max %6.2f s   (load %s)\n",
		      l, v[1], v[int((NR + 1) / 2)], v[NR], loads }'
}

echo
echo "bench: examples/movies-api, $rounds rounds, $(basename "$TERRACE") ($TERRACE)"
stats first_build "first build (terrace build, empty)"
stats first_plan "first plan (plan, empty cache)"
stats warm_build "warm build check (terrace build)"
stats warm_plan "warm plan, no change (plan)"
stats edit_apply "apply after one layer file edit"
bytes=$(for r in $(seq "$rounds"); do head -n 1 "$work/sent.$r"; done | sort -g | tr '\n' ' ')
echo "  bytes sent by that apply (min..max): $bytes"
