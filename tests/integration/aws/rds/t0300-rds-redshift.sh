#!/usr/bin/env bash
# t0300-rds-redshift: RDS instances and Redshift clusters against moto,
# checked with the aws CLI and moto's request recorder. Identifiers starting
# with "slow-" take seconds to become available, change and go away
# (tests/servers/moto_patches/*_slow_lifecycle.py), so apply really waits.
# Covered: plan-time checks; create (available when apply returns); a
# second plan is a no-op; class, storage, backups and tags, node count, IAM
# roles and tags updated in place; drift made with the CLI shown and
# undone; an update converging from what RDS and Redshift hold, not from the
# state (-refresh=false); the password sent only when it changed; a new identifier
# replaces; a cluster left out of the stack is destroyed; an RDS-managed
# password (Secrets Manager) switched to one of ours; an interrupted create
# adopted; waits that run out of time (a late create stays tracked); an
# instance that is not ours refused; destroy with final snapshots (and none
# where skip_final_snapshot said so). The passwords never reach stdout,
# stderr, the debug log or the state.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

orders_pw='Ord3rs-pw-5e1f9a'     # written literally in the stack
orders_pw2='Ord3rs-pw-77c2d0'
wh_pw='Wh-Adm1n-pw-0b4e7d'        # from a variable that is not sensitive
vault_pw='Vau1t-pw-c4d95e'
late_pw='L4te-pw-a81f33'
export TERRACE_VAR_wh_password=$wh_pw
test_sensitive_values "$orders_pw" "$orders_pw2" "$wh_pw" "$vault_pw" "$late_pw"
# The stacks, which write passwords literally.
test_holds_secret stack.yaml bad/stack.yaml late/stack.yaml taken/stack.yaml
role=arn:aws:iam::123456789012:role
# the roles the cluster names, made first: plan reads that a literal role's
# ARN exists (iam_roles take IAM roles' ARNs or names: checks/kinds)
for r in wh-load wh-copy wh-unload; do
	aws_server iam create-role --role-name "$r" --assume-role-policy-document \
		'{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "redshift.amazonaws.com"}, "Action": "sts:AssumeRole"}]}' \
		>/dev/null || test_fail_setup "the roles the cluster names could not be made"
done

rds () {
	s3 rds "$@"
}

rs () {
	s3 redshift "$@"
}

# no_secret FILE...: none of the files holds any of the passwords.
no_secret () {
	local f v
	for f in "$@"; do
		for v in "$orders_pw" "$orders_pw2" "$wh_pw" "$vault_pw" "$late_pw"; do
			test_not_contains "$f" "$v" || return 1
		done
	done
}

# all_dbs FILE / all_clusters FILE: the CLI's JSON of every instance or
# cluster, as {identifier: description}.
all_dbs () {
	rds describe-db-instances --output json >"$1.raw" &&
	python3 -c 'import json, sys
d = json.load(open(sys.argv[1]))
json.dump({i["DBInstanceIdentifier"]: i for i in d["DBInstances"]}, open(sys.argv[2], "w"))' "$1.raw" "$1"
}

all_clusters () {
	rs describe-clusters --output json >"$1.raw" &&
	python3 -c 'import json, sys
d = json.load(open(sys.argv[1]))
json.dump({c["ClusterIdentifier"]: c for c in d["Clusters"]}, open(sys.argv[2], "w"))' "$1.raw" "$1"
}

# secret_gone ARN: Secrets Manager does not know the secret (any more).
secret_gone () {
	test_expect_code 255 s3 secretsmanager describe-secret --secret-id "$1" >/dev/null 2>&1
}

db_snapshots () {
	rds describe-db-snapshots --output json >"$1"
}

cluster_snapshots () {
	rs describe-cluster-snapshots --output json >"$1"
}

# both CMD1 -- CMD2: run two commands at once (the CLI spends a second
# starting); fails when either fails.
both () {
	local first=() rc1 rc2
	while test "$1" != "--"; do
		first+=("$1")
		shift
	done
	shift
	"${first[@]}" &
	local pid=$!
	"$@"
	rc2=$?
	wait $pid
	rc1=$?
	test $rc1 -eq 0 && test $rc2 -eq 0
}

# check FILE PYTHON: run the assertions with d = the JSON document in FILE,
# tags(LIST) a tag list as a dict, TT the tags terrace adds to what it tags.
check () {
	python3 - "$1" "$2" "$TEST_NAME" <<-\EOF
	import json, sys
	d = json.load(open(sys.argv[1]))
	tags = lambda l: {t["Key"]: t["Value"] for t in l}
	TT = {"terrace:stack": sys.argv[3], "terrace:workspace": "default"}
	exec(sys.argv[2])
	EOF
}

# The moto request recorder (moto-api/recorder): what terrace really sent.
recording_start () {
	curl -sf -X POST "$MOTO_ENDPOINT/moto-api/recorder/reset-recording" >/dev/null &&
	curl -sf -X POST "$MOTO_ENDPOINT/moto-api/recorder/start-recording" >/dev/null
}

# recorded ACTION: the parameters of each recorded ACTION request, one
# request a line, "Name=value" sorted and joined by spaces, after stopping
# the recorder. MasterUserPassword shows as "(=PASSWORD_SENT)" when it
# equals $PASSWORD_SENT, else "(other)", so no password is printed.
recorded () {
	curl -sf -X POST "$MOTO_ENDPOINT/moto-api/recorder/stop-recording" >/dev/null &&
	curl -sf "$MOTO_ENDPOINT/moto-api/recorder/download-recording" >recording.jsonl &&
	python3 - "$1" <<-\EOF
	import base64, json, os, sys, urllib.parse
	for line in open("recording.jsonl"):
	    if not line.strip():
	        continue
	    r = json.loads(line)
	    body = r.get("body") or ""
	    if r.get("body_encoded"):
	        body = base64.b64decode(body).decode()
	    params = dict(urllib.parse.parse_qsl(body))
	    if params.get("Action") != sys.argv[1]:
	        continue
	    if "MasterUserPassword" in params:
	        same = params["MasterUserPassword"] == os.environ.get("PASSWORD_SENT")
	        params["MasterUserPassword"] = "(=PASSWORD_SENT)" if same else "(other)"
	    print(" ".join(f"{k}={v}" for k, v in sorted(params.items())))
	EOF
}

# The stack, with knobs for the steps below.
db_stack () {
	write_stack stack.yaml '  wh_password: {type: string}'
	cat >>stack.yaml <<-YAML
	resources:
	  orders:
	    type: aws.rds.instance
	    identifier: ${ORDERS_ID:-Slow-Orders}
	    instance_class: ${ORDERS_CLASS:-db.t3.micro}
	    allocated_storage: ${ORDERS_STORAGE:-20}
	    db_name: orders
	    master_username: app
	    master_password: ${ORDERS_PW:-$orders_pw}
	    backup_retention_period: ${ORDERS_BACKUP:-1}
	    tags:
	      team: data
	      ${ORDERS_TAG:-env: dev}
	    ${ORDERS_DESTROY:-skip_final_snapshot: true}
	  vault:
	    type: aws.rds.instance
	    identifier: vault-db
	    engine: mysql
	    instance_class: db.t3.micro
	    allocated_storage: 20
	    master_username: admin
	    ${VAULT_AUTH:-manage_master_user_password: true}
	    final_snapshot_identifier: vault-db-final
	  wh:
	    type: aws.redshift.cluster
	    cluster_identifier: slow-wh
	    node_type: dc2.large
	    number_of_nodes: ${WH_NODES:-1}
	    master_username: admin
	    master_password: "\${var.wh_password}"
	    iam_roles: ${WH_ROLES:-[$role/wh-load, $role/wh-copy]}
	    tags: {${WH_TAGS:-team: data}}
	    final_snapshot_identifier: wh-final
	YAML
	test "${SCRATCH:-yes}" = no || cat >>stack.yaml <<-YAML
	  scratch:
	    type: aws.redshift.cluster
	    cluster_identifier: scratch
	    node_type: dc2.large
	    master_username: admin
	    master_password: "\${var.wh_password}"
	    skip_final_snapshot: true
	YAML
}

# bad_db ATTRIBUTE_LINES...: a one-instance stack in bad/ with these lines.
bad_db () {
	mkdir -p bad &&
	write_stack bad/stack.yaml &&
	{
		echo "resources:"
		echo "  db:"
		echo "    type: aws.rds.instance"
		echo "    instance_class: db.t3.micro"
		echo "    allocated_storage: 20"
		echo "    master_username: app"
		printf "    %s\n" "$@"
	} >>bad/stack.yaml
}

# An instance someone else made (see the "not in the state" step), made
# while the first steps run: the CLI takes a second to start.
rds create-db-instance --db-instance-identifier taken-db --db-instance-class db.t3.micro \
	--engine postgres --allocated-storage 20 --master-username other \
	--master-user-password "$vault_pw" >taken.out 2>taken.err </dev/null &
taken_pid=$!

test_expect_success 'checks: password choice, final snapshot, identifier spelling' '
	bad_db "identifier: db-one" "skip_final_snapshot: true" &&
	test_expect_code 1 terrace plan -stack bad >out 2>err &&
	test_contains err "master_password is not set: set it, or set manage_master_user_password: true" &&
	bad_db "identifier: db-one" "skip_final_snapshot: true" "master_password: $vault_pw" \
		"manage_master_user_password: true" &&
	test_expect_code 1 terrace plan -stack bad >out 2>err &&
	test_contains err "set master_password or manage_master_user_password: true, not both" &&
	no_secret out err &&
	bad_db "identifier: db-one" "master_password: $vault_pw" &&
	test_expect_code 1 terrace plan -stack bad >out 2>err &&
	test_contains err "final_snapshot_identifier must be set when skip_final_snapshot is false" &&
	bad_db "identifier: Db--One" "master_password: $vault_pw" "skip_final_snapshot: true" &&
	test_expect_code 1 terrace validate -stack bad >out 2>err &&
	test_contains err "identifier: \"Db--One\" is not valid: use 1 to 63 letters, digits and hyphens" &&
	bad_db "identifier: Db-One" "master_password: $vault_pw" "skip_final_snapshot: true" &&
	terrace plan -stack bad >out 2>err &&
	test_match out "identifier *= \"db-one\"" &&
	write_stack bad/stack.yaml &&
	cat >>bad/stack.yaml <<-YAML &&
	resources:
	  wh:
	    type: aws.redshift.cluster
	    cluster_identifier: wh
	    node_type: dc2.large
	    master_username: admin
	    master_password: $vault_pw
	YAML
	test_expect_code 1 terrace plan -stack bad >out 2>err &&
	test_contains err "(aws.redshift.cluster): final_snapshot_identifier must be set when skip_final_snapshot is false" &&
	no_secret out err
'

test_expect_success 'plan hides the passwords' '
	db_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "+ resource \"aws.rds.instance\" \"orders\" {" &&
	test_line out "+ resource \"aws.redshift.cluster\" \"wh\" {" &&
	test_match out "\+ master_password *= \(sensitive value\)" &&
	test_match out "\+ endpoint *= \(known after apply\)" &&
	test_line out "Plan: 4 to add, 0 to change, 0 to destroy." &&
	no_secret out err
'

test_expect_success 'apply waits until the instances and clusters are available' '
	TERRACE_LOG=debug terrace apply -auto-approve >out 2>err &&
	both all_dbs dbs.json -- all_clusters clusters.json &&
	test_line out "Apply complete! Resources: 4 added, 0 changed, 0 destroyed." &&
	test_contains err "waiting for RDS instance slow-orders to become available: creating" &&
	test_contains err "waiting for Redshift cluster slow-wh to become available: creating" &&
	no_secret out err &&
	check dbs.json "
o = d[\"slow-orders\"]
assert o[\"DBInstanceStatus\"] == \"available\", o
assert [o[k] for k in (\"DBInstanceClass\", \"AllocatedStorage\", \"DBName\", \"MasterUsername\", \"BackupRetentionPeriod\", \"PubliclyAccessible\", \"Engine\")] == [\"db.t3.micro\", 20, \"orders\", \"app\", 1, False, \"postgres\"], o
assert tags(o[\"TagList\"]) == {\"team\": \"data\", \"env\": \"dev\", **TT}, o
v = d[\"vault-db\"]
assert v[\"Engine\"] == \"mysql\" and v[\"MasterUserSecret\"][\"SecretArn\"], v
" &&
	check clusters.json "
w = d[\"slow-wh\"]
assert w[\"ClusterStatus\"] == \"available\", w
assert [w[k] for k in (\"NumberOfNodes\", \"NodeType\", \"DBName\", \"MasterUsername\", \"PubliclyAccessible\")] == [1, \"dc2.large\", \"dev\", \"admin\", False], w
assert w[\"Endpoint\"][\"Port\"] == 5439, w
assert sorted(r[\"IamRoleArn\"] for r in w[\"IamRoles\"]) == [\"$role/wh-copy\", \"$role/wh-load\"], w
assert tags(w[\"Tags\"]) == {\"team\": \"data\", **TT}, w
assert \"scratch\" in d, d
"
'

test_expect_success 'state: computed attributes, the RDS-managed secret, only hashes of passwords' '
	SECRET_ARN=$(json_get dbs.json "d[\"vault-db\"][\"MasterUserSecret\"][\"SecretArn\"]") \
	python3 - <<-\EOF &&
	import json, os
	r = json.load(open("terrace.state.json"))["resources"]
	o, v, w = (r[n]["attributes"] for n in ("orders", "vault", "wh"))
	assert o["address"] == "slow-orders.aaaaaaaaaa.us-east-1.rds.amazonaws.com", o
	assert o["endpoint"] == o["address"] + ":5432" and o["port"] == 5432, o
	assert o["arn"] == "arn:aws:rds:us-east-1:123456789012:db:slow-orders", o
	assert list(o["master_password"]) == ["$scrypt"], o
	assert o["manage_master_user_password"] is False and "master_user_secret_arn" not in o, o
	assert v["manage_master_user_password"] is True, v
	assert v["master_user_secret_arn"] == os.environ["SECRET_ARN"], v
	assert v["port"] == 3306 and "master_password" not in v, v
	assert w["arn"] == "arn:aws:redshift:us-east-1:123456789012:cluster:slow-wh", w
	assert w["endpoint"].endswith(".us-east-1.redshift.amazonaws.com:5439"), w
	assert list(w["master_password"]) == ["$scrypt"], w
	assert "master_password" in r["wh"]["sensitive_attributes"], r["wh"]
	EOF
	no_secret terrace.state.json
'

test_expect_success 'a second plan is a no-op, and the debug log hides the passwords' '
	TERRACE_LOG=debug terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration." &&
	test_contains err "rds DescribeDBInstances" &&
	test_contains err "redshift DescribeClusters" &&
	no_secret out err
'

test_expect_success 'updates in place: class, storage, backups, tags; nodes, IAM roles, tags' '
	export ORDERS_CLASS=db.t3.small ORDERS_STORAGE=30 ORDERS_BACKUP=7 ORDERS_TAG="owner: bi" &&
	export WH_NODES=2 WH_ROLES="[$role/wh-load, $role/wh-unload]" WH_TAGS="team: data, env: prod" &&
	db_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "~ instance_class *= \"db.t3.micro\" -> \"db.t3.small\"" &&
	test_match out "~ allocated_storage *= 20 -> 30" &&
	test_match out "~ backup_retention_period *= 1 -> 7" &&
	test_match out "- \"env\" *= \"dev\"" &&
	test_match out "\+ \"owner\" *= \"bi\"" &&
	test_match out "~ number_of_nodes *= 1 -> 2" &&
	test_match out "\+ \"env\" *= \"prod\"" &&
	test_contains out "$role/wh-unload" &&
	test_not_contains out "forces replacement" &&
	test_line out "Plan: 0 to add, 2 to change, 0 to destroy." &&
	recording_start &&
	TERRACE_LOG=debug terrace apply -auto-approve >out 2>err &&
	recorded ModifyDBInstance >modify &&
	recorded ModifyCluster >resize &&
	recorded ModifyClusterIamRoles >roles &&
	test_line out "Apply complete! Resources: 0 added, 2 changed, 0 destroyed." &&
	test_contains err "waiting for RDS instance slow-orders to become available: modifying" &&
	test_contains err "waiting for Redshift cluster slow-wh to become available: modifying" &&
	no_secret out err terrace.state.json &&
	test_equal 1 "$(wc -l <modify)" &&
	test_line modify "Action=ModifyDBInstance AllocatedStorage=30 ApplyImmediately=true BackupRetentionPeriod=7 DBInstanceClass=db.t3.small DBInstanceIdentifier=slow-orders Version=2014-10-31" &&
	test_equal 1 "$(wc -l <resize)" &&
	test_line resize "Action=ModifyCluster ClusterIdentifier=slow-wh ClusterType=multi-node NodeType=dc2.large NumberOfNodes=2 Version=2012-12-01" &&
	test_line roles "Action=ModifyClusterIamRoles AddIamRoles.IamRoleArn.1=$role/wh-unload ClusterIdentifier=slow-wh RemoveIamRoles.IamRoleArn.1=$role/wh-copy Version=2012-12-01" &&
	both all_dbs dbs.json -- all_clusters clusters.json &&
	check dbs.json "
o = d[\"slow-orders\"]
assert [o[k] for k in (\"DBInstanceStatus\", \"DBInstanceClass\", \"AllocatedStorage\", \"BackupRetentionPeriod\")] == [\"available\", \"db.t3.small\", 30, 7], o
assert tags(o[\"TagList\"]) == {\"team\": \"data\", \"owner\": \"bi\", **TT}, o
" &&
	check clusters.json "
w = d[\"slow-wh\"]
assert [w[\"ClusterStatus\"], w[\"NumberOfNodes\"]] == [\"available\", 2], w
assert sorted([r[\"IamRoleArn\"], r[\"ApplyStatus\"]] for r in w[\"IamRoles\"]) == [[\"$role/wh-load\", \"in-sync\"], [\"$role/wh-unload\", \"in-sync\"]], w
assert tags(w[\"Tags\"]) == {\"team\": \"data\", \"env\": \"prod\", **TT}, w
" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

export ORDERS_CLASS=db.t3.small ORDERS_STORAGE=30 ORDERS_BACKUP=7 ORDERS_TAG="owner: bi"
export WH_NODES=2 WH_ROLES="[$role/wh-load, $role/wh-unload]" WH_TAGS="team: data, env: prod"

test_expect_success 'drift made with the aws CLI shows in plan; apply undoes it and sends the new password once' '
	both rds modify-db-instance --db-instance-identifier slow-orders --backup-retention-period 3 \
		--apply-immediately --output text --query DBInstance.DBInstanceStatus -- \
		rs create-tags --resource-name arn:aws:redshift:us-east-1:123456789012:cluster:slow-wh \
		--tags Key=extra,Value=x Key=team,Value=finance >drift.out &&
	test_line drift.out modifying &&
	ORDERS_PW=$orders_pw2 db_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "^ *# orders will be updated in-place( \(.*\))?$" &&
	test_match out "~ backup_retention_period *= 3 -> 7" &&
	test_match out "~ master_password *= \(sensitive value\) -> \(sensitive value\)" &&
	test_match out "^ *# wh will be updated in-place( \(.*\))?$" &&
	test_match out "- \"extra\" *= \"x\"" &&
	test_match out "~ \"team\" *= \"finance\" -> \"data\"" &&
	test_line out "Plan: 0 to add, 2 to change, 0 to destroy." &&
	recording_start &&
	TERRACE_LOG=debug terrace apply -auto-approve >out2 2>err2 &&
	PASSWORD_SENT=$orders_pw2 recorded ModifyDBInstance >modify &&
	test_line out2 "Apply complete! Resources: 0 added, 2 changed, 0 destroyed." &&
	no_secret out err out2 err2 terrace.state.json &&
	test_equal 1 "$(wc -l <modify)" &&
	test_line modify "Action=ModifyDBInstance ApplyImmediately=true BackupRetentionPeriod=7 DBInstanceIdentifier=slow-orders MasterUserPassword=(=PASSWORD_SENT) Version=2014-10-31" &&
	recorded DeleteTags >untag &&
	test_line untag "Action=DeleteTags ResourceName=arn:aws:redshift:us-east-1:123456789012:cluster:slow-wh TagKeys.TagKey.1=extra Version=2012-12-01" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

export ORDERS_PW=$orders_pw2

test_expect_success 'an update converges from what RDS and Redshift hold, not from the state: apply -refresh=false puts back what the CLI changed' '
	both rds modify-db-instance --db-instance-identifier slow-orders --backup-retention-period 3 \
		--apply-immediately --output text --query DBInstance.DBInstanceStatus -- \
		rs create-tags --resource-name arn:aws:redshift:us-east-1:123456789012:cluster:slow-wh \
		--tags Key=extra,Value=x >drift.out &&
	test_line drift.out modifying &&
	ORDERS_TAG="owner: ops" WH_TAGS="team: data, env: staging" db_stack &&
	recording_start &&
	TERRACE_LOG=debug terrace apply -refresh=false -auto-approve >out 2>err &&
	PASSWORD_SENT=$orders_pw2 recorded ModifyDBInstance >modify &&
	test_line out "Apply complete! Resources: 0 added, 2 changed, 0 destroyed." &&
	no_secret out err terrace.state.json &&
	test_equal 1 "$(wc -l <modify)" &&
	test_line modify "Action=ModifyDBInstance ApplyImmediately=true BackupRetentionPeriod=7 DBInstanceIdentifier=slow-orders Version=2014-10-31" &&
	recorded DeleteTags >untag &&
	test_contains untag "ResourceName=arn:aws:redshift:us-east-1:123456789012:cluster:slow-wh" &&
	test_contains untag "=extra" &&
	both all_dbs dbs.json -- all_clusters clusters.json &&
	check dbs.json "
o = d[\"slow-orders\"]
assert o[\"BackupRetentionPeriod\"] == 7, o
assert tags(o[\"TagList\"]) == {\"team\": \"data\", \"owner\": \"ops\", **TT}, o
" &&
	check clusters.json "
w = d[\"slow-wh\"]
assert tags(w[\"Tags\"]) == {\"team\": \"data\", \"env\": \"staging\", **TT}, w
" &&
	test_expect_code 0 terrace plan -refresh=false -detailed-exitcode >out 2>err &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	db_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'replace, destroy and switch: new identifier, cluster left out, RDS-managed password to ours' '
	old_secret=$(json_get terrace.state.json "d[\"resources\"][\"vault\"][\"attributes\"][\"master_user_secret_arn\"]") &&
	ORDERS_ID=orders-v2 SCRATCH=no ORDERS_DESTROY="final_snapshot_identifier: orders-final" \
		VAULT_AUTH="master_password: $vault_pw" db_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# orders must be replaced" &&
	test_match out "~ identifier *= \"slow-orders\" -> \"orders-v2\" # forces replacement" &&
	test_match out "~ skip_final_snapshot *= true -> false" &&
	test_match out "~ final_snapshot_identifier *= null -> \"orders-final\"" &&
	test_line out "# scratch will be destroyed" &&
	test_line out "# vault will be updated in-place" &&
	test_match out "~ manage_master_user_password *= true -> false" &&
	test_match out "~ master_password *= null -> \(sensitive value\)" &&
	test_line out "Plan: 1 to add, 1 to change, 2 to destroy." &&
	TERRACE_LOG=debug terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 1 changed, 2 destroyed." &&
	test_contains err "waiting for RDS instance slow-orders to be deleted: deleting" &&
	no_secret out err terrace.state.json &&
	both all_dbs dbs.json -- secret_gone "$old_secret" &&
	check dbs.json "
assert sorted(d) == [\"orders-v2\", \"taken-db\", \"vault-db\"], sorted(d)
o = d[\"orders-v2\"]
assert [o[k] for k in (\"DBInstanceStatus\", \"DBInstanceClass\", \"AllocatedStorage\", \"BackupRetentionPeriod\")] == [\"available\", \"db.t3.small\", 30, 7], o
assert d[\"vault-db\"].get(\"MasterUserSecret\") is None, d
" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

export ORDERS_ID=orders-v2 SCRATCH=no ORDERS_DESTROY="final_snapshot_identifier: orders-final"
export VAULT_AUTH="master_password: $vault_pw"

late_stack () {
	mkdir -p late &&
	write_stack late/stack.yaml &&
	cat >>late/stack.yaml <<-YAML
	resources:
	  late:
	    type: aws.rds.instance
	    identifier: slow-late
	    instance_class: ${LATE_CLASS:-db.t3.micro}
	    allocated_storage: 20
	    master_username: app
	    master_password: $late_pw
	    skip_final_snapshot: true
	    tags: {step: ${LATE_STEP:-one}}
	YAML
	test "${LATER:-no}" = no || cat >>late/stack.yaml <<-YAML
	  later:
	    type: aws.rds.instance
	    identifier: slow-later
	    instance_class: db.t3.micro
	    allocated_storage: 20
	    master_username: app
	    master_password: $late_pw
	    skip_final_snapshot: true
	YAML
}

test_expect_success 'a create interrupted while waiting is adopted by the next apply' '
	late_stack || return 1
	"$TERRACE" apply -stack late -auto-approve >first.out 2>first.err </dev/null &
	pid=$! &&
	wait_for_line first.out "Creating..." $pid &&
	sleep 1.2 &&
	kill -KILL $pid &&
	{ wait $pid; test_equal 137 $?; } &&
	test_equal pending "$(json_get late/terrace.state.json "d[\"resources\"][\"late\"][\"status\"]")" &&
	LATE_STEP=two late_stack &&
	TERRACE_LOG=debug terrace apply -stack late -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	test_contains err "rds CreateDBInstance POST: HTTP 400" &&
	no_secret first.out first.err out err late/terrace.state.json &&
	all_dbs dbs.json &&
	check dbs.json "
assert sorted(d) == [\"orders-v2\", \"slow-late\", \"taken-db\", \"vault-db\"], sorted(d)
l = d[\"slow-late\"]
assert [l[\"DBInstanceStatus\"], tags(l[\"TagList\"])] == [\"available\", {\"step\": \"two\", **TT}], l
" &&
	test_expect_code 0 terrace plan -stack late -detailed-exitcode >out 2>err
'

test_expect_success 'waits that run out of time fail saying what they waited for; a late create stays tracked' '
	LATE_STEP=two LATE_CLASS=db.t3.large LATER=yes late_stack &&
	TERRACE_DB_WAIT_SECONDS=1 test_expect_code 1 terrace apply -stack late -auto-approve >out 2>err &&
	test_contains err "timed out after 1 s waiting for RDS instance slow-late to become available (last seen: modifying)" &&
	test_contains err "timed out after 1 s waiting for RDS instance slow-later to become available (last seen: creating)" &&
	no_secret out err &&
	test_equal "[\"created\", \"slow-later\"]" \
		"$(json_get late/terrace.state.json "[d[\"resources\"][\"later\"][k] for k in (\"status\", \"id\")]")" &&
	test_expect_code 2 terrace plan -stack late -detailed-exitcode >out 2>err &&
	test_match out "^ *# later was made by an apply that failed before it was confirmed" &&
	test_not_contains out "# later will be created"
'

test_expect_success 'an instance that exists but is not in the state is refused, not adopted' '
	wait $taken_pid &&
	test_contains taken.out taken-db &&
	mkdir -p taken &&
	write_stack taken/stack.yaml &&
	cat >>taken/stack.yaml <<-YAML &&
	resources:
	  db:
	    type: aws.rds.instance
	    identifier: taken-db
	    instance_class: db.t3.large
	    allocated_storage: 50
	    master_username: app
	    master_password: $late_pw
	    skip_final_snapshot: true
	YAML
	test_expect_code 1 terrace apply -stack taken -auto-approve >out 2>err &&
	test_contains err "RDS instance taken-db already exists but is not in this state: import it or choose another identifier (rds CreateDBInstance: DBInstanceAlreadyExists)" &&
	no_secret out err &&
	terrace state list -stack taken >listed &&
	test_empty listed
'

test_expect_success 'destroy takes the final snapshots it was told to, and no others' '
	TERRACE_LOG=debug terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 3 destroyed." &&
	test_contains err "waiting for Redshift cluster slow-wh to be deleted: deleting" &&
	no_secret out err &&
	both all_dbs dbs.json -- all_clusters clusters.json &&
	check dbs.json "assert sorted(d) == [\"slow-late\", \"slow-later\", \"taken-db\"], sorted(d)" &&
	check clusters.json "assert d == {}, d" &&
	both db_snapshots db-snaps.json -- cluster_snapshots cluster-snaps.json &&
	check db-snaps.json "
manual = sorted([s[\"DBSnapshotIdentifier\"], s[\"DBInstanceIdentifier\"]] for s in d[\"DBSnapshots\"] if s[\"SnapshotType\"] == \"manual\")
assert manual == [[\"orders-final\", \"orders-v2\"], [\"vault-db-final\", \"vault-db\"]], manual
" &&
	check cluster-snaps.json "
manual = [[s[\"SnapshotIdentifier\"], s[\"ClusterIdentifier\"]] for s in d[\"Snapshots\"] if s[\"SnapshotType\"] == \"manual\"]
assert manual == [[\"wh-final\", \"slow-wh\"]], manual
"
'

test_expect_success 'no file terrace wrote holds a password' '
	find . -path ./.servers -prune -o -type f ! -name stack.yaml ! -name "moto_recording*" \
		! -name recording.jsonl -print >files &&
	test -s files &&
	# negatives: no run of terrace (the files the steps above wrote, listed and not none)
	! xargs grep -lF -e "$orders_pw" -e "$orders_pw2" -e "$wh_pw" -e "$vault_pw" \
		-e "$late_pw" <files >leaks &&
	test_empty leaks # negatives: no run of terrace (as above)
'

test_done
