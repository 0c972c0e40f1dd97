#!/usr/bin/env bash
# bench/listing.sh: refresh by listing (docs/cli.md#refresh-by-listing) next
# to reading every resource on its own, in the same run against moto, per
# resource type.
#
#   bench/listing.sh [N [TYPES...]]      (default 100 of each type, every type)
#
# For each type, a stack of N resources of that type alone (what they need,
# a Glue database, a VPC, a bucket, a job, a managed policy and a group for
# IAM, is made beforehand with the aws CLI, so that the stack's requests are
# the type's own) is applied, then
# refresh-planned (no change expected) three rounds of two: with listing
# (the default) and with TERRACE_REFRESH_LISTING=0. It prints moto's requests
# per resource of each type one by one and by listing, then, over every
# type, min/median/max of the ratios of requests and of wall time (one by
# one over listing). Not part of `make test`; `make bench` and
# `make bench-listing` run it.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
TERRACE=${TERRACE:-$repo/build/terrace}
n=${1:-100}
shift || true
all_types="glue_table glue_database glue_job glue_trigger glue_crawler secret log_group
subnet security_group route_table object_versioned object_plain
iam_role iam_policy iam_user iam_group"
types=${*:-$all_types}

if ! test -x "$TERRACE"; then
	echo "bench: $TERRACE is not built: run make build/terrace" >&2
	exit 1
fi
if test "$n" -lt 2 || test "$n" -gt 250; then
	echo "bench: N must be between 2 and 250 (subnets are /24s of one /16)" >&2
	exit 1
fi

. "$repo/tests/servers/lib.sh"
. "$here/stack.sh"
servers_init
work=$SERVERS_DIR/listing
mkdir -p "$work"
cd "$work"

echo "bench: starting moto"
start_moto
export TERRACE_VAR_endpoint=$MOTO_ENDPOINT
export TERRACE_VAR_access_key=$MOTO_ACCESS_KEY
export TERRACE_VAR_secret_key=$MOTO_SECRET_KEY

# What the stacks need, made outside them.
moto_aws glue create-database --database-input Name=bench_lake >/dev/null
moto_aws glue create-job --name bench-parent-job --role arn:aws:iam::123456789012:role/glue \
	--command Name=glueetl,ScriptLocation=s3://bench/parent.py >/dev/null
vpc=$(moto_aws ec2 create-vpc --cidr-block 10.80.0.0/16 --query Vpc.VpcId --output text)
moto_aws s3api create-bucket --bucket bench-versioned >/dev/null
moto_aws s3api put-bucket-versioning --bucket bench-versioned \
	--versioning-configuration Status=Enabled
moto_aws s3api create-bucket --bucket bench-plain >/dev/null
moto_aws iam create-policy --policy-name bench-attached --policy-document \
	'{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}' >/dev/null
moto_aws iam create-group --group-name bench-attendees >/dev/null
attached=arn:aws:iam::123456789012:policy/bench-attached
doc='{ Version: "2012-10-17", Statement: [{ Effect: Allow, Action: "s3:GetObject", Resource: "arn:aws:s3:::bench/*" }] }'

# resources TYPE: the stack's resources for TYPE, N of them.
resources () {
	case "$1" in
	glue_table) cat <<-EOF
	  r:
	    type: aws.glue.table
	    count: $n
	    database: bench_lake
	    name: "t\${count.index}"
	    storage_descriptor:
	      location: "s3://bench-lake/t\${count.index}/"
	      columns: [{ name: id, type: bigint }, { name: value, type: string }]
	EOF
	;;
	glue_database) cat <<-EOF
	  r:
	    type: aws.glue.database
	    count: $n
	    name: "bench_db\${count.index}"
	EOF
	;;
	glue_job) cat <<-EOF
	  r:
	    type: aws.glue.job
	    count: $n
	    name: "bench-job\${count.index}"
	    role: arn:aws:iam::123456789012:role/glue
	    command: { name: glueetl, script_location: "s3://bench/job\${count.index}.py" }
	    glue_version: "4.0"
	    worker_type: G.1X
	    number_of_workers: 2
	    tags: { team: data }
	EOF
	;;
	glue_trigger) cat <<-EOF
	  r:
	    type: aws.glue.trigger
	    count: $n
	    name: "bench-trigger\${count.index}"
	    trigger_type: ON_DEMAND
	    actions: [{ job_name: bench-parent-job }]
	EOF
	;;
	glue_crawler) cat <<-EOF
	  r:
	    type: aws.glue.crawler
	    count: $n
	    name: "bench-crawler\${count.index}"
	    role: arn:aws:iam::123456789012:role/glue
	    database_name: bench_lake
	    s3_targets: [{ path: "s3://bench-lake/raw\${count.index}/" }]
	EOF
	;;
	secret) cat <<-EOF
	  r:
	    type: aws.secretsmanager.secret
	    count: $n
	    name: "bench/secret\${count.index}"
	    value: "v\${count.index}"
	    recovery_window_in_days: 0
	EOF
	;;
	log_group) cat <<-EOF
	  r:
	    type: aws.logs.log_group
	    count: $n
	    name: "/bench/group\${count.index}"
	    retention_in_days: 14
	EOF
	;;
	subnet) cat <<-EOF
	  r:
	    type: aws.ec2.subnet
	    count: $n
	    vpc_id: $vpc
	    cidr_block: "10.80.\${count.index}.0/24"
	    tags: { Name: "bench\${count.index}" }
	EOF
	;;
	security_group) cat <<-EOF
	  r:
	    type: aws.ec2.security_group
	    count: $n
	    name: "bench-sg\${count.index}"
	    vpc_id: $vpc
	    ingress: [{ protocol: tcp, from_port: 443, to_port: 443, cidr_blocks: [10.80.0.0/16] }]
	EOF
	;;
	route_table) cat <<-EOF
	  r:
	    type: aws.ec2.route_table
	    count: $n
	    vpc_id: $vpc
	    tags: { Name: "bench\${count.index}" }
	EOF
	;;
	object_versioned|object_plain) cat <<-EOF
	  r:
	    type: aws.s3.object
	    count: $n
	    bucket: bench-${1#object_}
	    key: "conf/obj\${count.index}.txt"
	    content: "v\${count.index}"
	    tags: { team: data }
	EOF
	;;
	iam_role) cat <<-EOF
	  r:
	    type: aws.iam.role
	    count: $n
	    name: "bench-role\${count.index}"
	    description: "role \${count.index}"
	    assume_role_policy: { Version: "2012-10-17", Statement: [{ Effect: Allow, Principal: { Service: glue.amazonaws.com }, Action: "sts:AssumeRole" }] }
	    inline_policies: { read: $doc }
	    managed_policy_arns: [$attached]
	    tags: { team: data }
	EOF
	;;
	iam_policy) cat <<-EOF
	  r:
	    type: aws.iam.policy
	    count: $n
	    name: "bench-policy\${count.index}"
	    description: "policy \${count.index}"
	    policy: $doc
	    tags: { team: data }
	EOF
	;;
	iam_user) cat <<-EOF
	  r:
	    type: aws.iam.user
	    count: $n
	    name: "bench-user\${count.index}"
	    groups: [bench-attendees]
	    policy_arns: [$attached]
	    tags: { team: data }
	EOF
	;;
	iam_group) cat <<-EOF
	  r:
	    type: aws.iam.group
	    count: $n
	    name: "bench-group\${count.index}"
	    policy_arns: [$attached]
	    policy: $doc
	EOF
	;;
	*) echo "bench: no type $1 (types: $all_types)" >&2; exit 1 ;;
	esac
}

moto_requests () {
	grep -cE '"(GET|PUT|POST|DELETE|HEAD) [^ ]* HTTP/1\.[01]" [0-9]+' "$SERVERS_DIR/moto.log" || true
}

# plan_round TYPE MODE: plan TYPE's stack (exit 0: no change); its wall
# seconds in wall[TYPE.MODE.ROUND] and moto's requests in reqs[TYPE.MODE].
declare -A wall reqs
plan_round () {
	local t=$1 mode=$2 round=$3 before after rc=0
	before=$(moto_requests)
	if test "$mode" = each; then export TERRACE_REFRESH_LISTING=0; else unset TERRACE_REFRESH_LISTING; fi
	(cd "$t" && /usr/bin/time -v -o "time.$mode.$round" "$TERRACE" plan -detailed-exitcode \
		>"out.$mode.$round" 2>"err.$mode.$round") || rc=$?
	unset TERRACE_REFRESH_LISTING
	after=$(moto_requests)
	if test "$rc" -ne 0; then
		echo "bench: $t: plan ($mode) exited $rc (expected 0, no change):" >&2
		tail -n 20 "$t/out.$mode.$round" "$t/err.$mode.$round" >&2
		exit 1
	fi
	wall[$t.$mode.$round]=$(awk -F': ' '/Elapsed \(wall clock\)/ {
		n = split($2, t, ":"); s = 0
		for (i = 1; i <= n; i++) s = s * 60 + t[i]
		print s }' "$t/time.$mode.$round")
	if test -n "${reqs[$t.$mode]:-}" && test "${reqs[$t.$mode]}" -ne $((after - before)); then
		echo "bench: $t: $mode: $((after - before)) requests, ${reqs[$t.$mode]} in round 1" >&2
	fi
	reqs[$t.$mode]=$((after - before))
}

per () { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }'; }
ratio () { awk -v a="$1" -v b="$2" 'BEGIN { print (b > 0 ? a / b : 0) }'; }

req_ratios=() wall_ratios=()
printf 'bench: %s resources of each type; requests per resource, refresh-plan wall time (median of 3)\n' "$n"
printf '  %-18s %10s %10s %9s   %8s %8s\n' type "one by one" "listing" "saved" "each s" "list s"
for t in $types; do
	mkdir -p "$t"
	{
		bench_stack_head "bench-listing-$t"
		resources "$t"
	} >"$t/stack.yaml"
	(cd "$t" && "$TERRACE" apply -auto-approve -parallelism 8 >out.apply 2>err.apply) || {
		echo "bench: $t: apply failed:" >&2; tail -n 20 "$t/out.apply" "$t/err.apply" >&2; exit 1; }
	for round in 1 2 3; do
		plan_round "$t" list "$round"
		plan_round "$t" each "$round"
	done
	med () { printf '%s\n' "$@" | sort -g | sed -n 2p; }
	we=$(med "${wall[$t.each.1]}" "${wall[$t.each.2]}" "${wall[$t.each.3]}")
	wl=$(med "${wall[$t.list.1]}" "${wall[$t.list.2]}" "${wall[$t.list.3]}")
	printf '  %-18s %10s %10s %8s%%   %8.2f %8.2f\n' "$t" "$(per "${reqs[$t.each]}" "$n")" \
		"$(per "${reqs[$t.list]}" "$n")" \
		"$(awk -v a="${reqs[$t.each]}" -v b="${reqs[$t.list]}" 'BEGIN { printf "%.0f", (a > 0 ? 100 * (a - b) / a : 0) }')" \
		"$we" "$wl"
	req_ratios+=("$(ratio "${reqs[$t.each]}" "${reqs[$t.list]}")")
	wall_ratios+=("$(ratio "$we" "$wl")")
	(cd "$t" && "$TERRACE" destroy -auto-approve >out.destroy 2>err.destroy) || {
		echo "bench: $t: destroy failed:" >&2; tail -n 20 "$t/out.destroy" "$t/err.destroy" >&2; exit 1; }
done

# stats LABEL VALUES...: min/median/max.
stats () {
	local label=$1
	shift
	printf '%s\n' "$@" | sort -g | awk -v l="$label" '{ v[NR] = $1 }
		END { printf "  %-44s min %6.2f  median %6.2f  max %6.2f\n", l, v[1], v[int((NR + 1) / 2)], v[NR] }'
}
echo "bench: one by one over listing, over the types (higher: listing saves more)"
stats "requests (one by one / listing)" "${req_ratios[@]}"
stats "refresh-plan time, median of 3 (one by one / listing)" "${wall_ratios[@]}"
