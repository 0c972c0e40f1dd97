#!/usr/bin/env bash
# bench/listing.sh: refresh by listing (docs/cli.md#refresh-by-listing) next
# to reading every resource on its own, in the same run against moto.
#
#   bench/listing.sh [TABLES [SECRETS [GROUPS]]]      (default 500, 100 and 100)
#
# Applies a stack of one Glue database with TABLES tables, SECRETS secrets and
# GROUPS log groups, then plans it (no change expected) three rounds of two:
# with listing (the default) and with TERRACE_REFRESH_LISTING=0. For each it
# counts moto's requests and times the plan with /usr/bin/time; it prints
# requests per resource and wall time of each round, then min/median/max of
# the ratios (one by one over listing). Not part of `make test`; `make bench`
# and `make bench-listing` run it.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
TERRACE=${TERRACE:-$repo/build/terrace}
tables=${1:-500}
secrets=${2:-100}
groups=${3:-100}

if ! test -x "$TERRACE"; then
	echo "bench: $TERRACE is not built: run make build/terrace" >&2
	exit 1
fi

. "$repo/tests/servers/lib.sh"
servers_init
work=$SERVERS_DIR/listing
mkdir -p "$work"
cd "$work"

echo "bench: starting moto"
start_moto
export TERRACE_VAR_endpoint=$MOTO_ENDPOINT
export TERRACE_VAR_access_key=$MOTO_ACCESS_KEY
export TERRACE_VAR_secret_key=$MOTO_SECRET_KEY

cat >stack.yaml <<EOF
stack: bench-listing
variables:
  endpoint: {type: string}
  access_key: {type: string}
  secret_key: {type: string, sensitive: true}
providers:
  aws:
    region: us-east-1
    endpoint: \${var.endpoint}
    path_style: true
    access_key: \${var.access_key}
    secret_key: \${var.secret_key}
resources:
  lake:
    type: aws.glue.database
    name: bench_lake
  table:
    type: aws.glue.table
    count: $tables
    database: \${lake.name}
    name: "t\${count.index}"
    storage_descriptor:
      location: "s3://bench-lake/t\${count.index}/"
      columns: [{ name: id, type: bigint }, { name: value, type: string }]
  secret:
    type: aws.secretsmanager.secret
    count: $secrets
    name: "bench/secret\${count.index}"
    value: "v\${count.index}"
    recovery_window_in_days: 0
  logs:
    type: aws.logs.log_group
    count: $groups
    name: "/bench/group\${count.index}"
    retention_in_days: 14
EOF
resources=$((1 + tables + secrets + groups))
echo "bench: stack of $resources resources (1 Glue database, $tables tables, $secrets secrets, $groups log groups)"

moto_requests () {
	grep -cE '"(GET|PUT|POST|DELETE|HEAD) [^ ]* HTTP/1\.[01]" [0-9]+' "$SERVERS_DIR/moto.log" || true
}

# plan_round NAME: plan (exit 0: no change), its wall seconds in wall[NAME]
# and moto's requests in reqs[NAME].
declare -A wall reqs
plan_round () {
	local name=$1 before after rc=0
	before=$(moto_requests)
	/usr/bin/time -v -o "time.$name" "$TERRACE" plan -detailed-exitcode >"out.$name" 2>"err.$name" || rc=$?
	after=$(moto_requests)
	if test "$rc" -ne 0; then
		echo "bench: plan ($name) exited $rc (expected 0, no change):" >&2
		tail -n 20 "out.$name" "err.$name" >&2
		exit 1
	fi
	wall[$name]=$(awk -F': ' '/Elapsed \(wall clock\)/ {
		n = split($2, t, ":"); s = 0
		for (i = 1; i <= n; i++) s = s * 60 + t[i]
		print s }' "time.$name")
	reqs[$name]=$((after - before))
	printf '  %-10s %7.2f s  %6d requests  %6.3f requests per resource\n' "$name" \
		"${wall[$name]}" "${reqs[$name]}" \
		"$(awk -v r="${reqs[$name]}" -v n="$resources" 'BEGIN { print r / n }')"
}

echo "bench: apply"
"$TERRACE" apply -auto-approve >out.apply 2>err.apply || {
	echo "bench: apply failed:" >&2; tail -n 20 out.apply err.apply >&2; exit 1; }

echo "bench: refresh-plans, with listing and one by one (TERRACE_REFRESH_LISTING=0)"
for round in 1 2 3; do
	plan_round "list-$round"
	TERRACE_REFRESH_LISTING=0 plan_round "each-$round"
done

# stats LABEL VALUES...: min/median/max of three values.
stats () {
	local label=$1
	shift
	printf '%s\n' "$@" | sort -g | awk -v l="$label" '{ v[NR] = $1 }
		END { printf "  %-40s min %6.2f  median %6.2f  max %6.2f\n", l, v[1], v[2], v[3] }'
}
ratio () { awk -v a="$1" -v b="$2" 'BEGIN { print (b > 0 ? a / b : 0) }'; }

echo "bench: one by one over listing (higher: listing saves more), three rounds"
stats "requests (one by one / listing)" \
	"$(ratio "${reqs[each-1]}" "${reqs[list-1]}")" "$(ratio "${reqs[each-2]}" "${reqs[list-2]}")" \
	"$(ratio "${reqs[each-3]}" "${reqs[list-3]}")"
stats "refresh-plan time (one by one / listing)" \
	"$(ratio "${wall[each-1]}" "${wall[list-1]}")" "$(ratio "${wall[each-2]}" "${wall[list-2]}")" \
	"$(ratio "${wall[each-3]}" "${wall[list-3]}")"

echo "bench: destroy"
"$TERRACE" destroy -auto-approve >out.destroy 2>err.destroy || {
	echo "bench: destroy failed:" >&2; tail -n 20 out.destroy err.destroy >&2; exit 1; }
