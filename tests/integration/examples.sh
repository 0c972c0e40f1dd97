# tests/integration/examples.sh: helpers for the tests that run the examples
# (t0330, t0350, t0540, t0541, ...), sourced after lib.sh. The
# test lists the secret values it uses in the array TEST_SECRETS, for
# no_secret.

# The aws CLI against moto, JSON output.
cli () {
	aws_at "$TEST_ENDPOINT" "$TEST_ACCESS_KEY" "$TEST_SECRET_KEY" --output json "$@"
}

# check_json FILE...: runs the Python read from stdin with
#   d      FILE's JSON document (a list of them when several files are named)
#   st     the state's attributes by resource name (terrace.state.json)
#   expect(what, got, want)  records a mismatch
# and fails, printing every mismatch, if there was one (or an exception).
check_json () {
	python3 -c '
import json, os, sys
failures = []
def expect(what, got, want):
    if got != want:
        failures.append(f"{what}: expected {want!r}, got {got!r}")
docs = [json.load(open(f)) for f in sys.argv[2:]]
state = json.load(open("terrace.state.json")) if os.path.exists("terrace.state.json") \
        else {"resources": {}}
st = {name: r["attributes"] for name, r in state["resources"].items()}
exec(sys.argv[1], {"d": docs[0] if len(docs) == 1 else docs, "st": st, "expect": expect,
                   "json": json, "os": os})
for f in failures:
    print(f)
sys.exit(1 if failures else 0)
' "$(cat)" "$@" >&5 2>&5
}

# artifact_key PREFIX FILE: the key aws.s3.artifact gives FILE under PREFIX:
# its name, "-", the first 16 hex digits of its SHA-256, its extension.
artifact_key () {
	local base=${2##*/} sum
	sum=$(sha256sum "$2" | cut -c1-16) || return 1
	echo "$1${base%.*}-$sum.${base##*.}"
}

# script_edit_plans SCRIPT ARTIFACT JOB BUCKET: after a line appended to
# SCRIPT (a Glue job's script, under glue/script/ in BUCKET), the plan
# replaces resource ARTIFACT under the script's new key and updates JOB's
# script_location to it, and changes nothing else (edit.out, edit.err).
# Sets old_key and new_key for the steps that apply it.
script_edit_plans () {
	old_key=$(artifact_key glue/script/ "$1") &&
	printf "\n# v2: an edit\n" >>"$1" &&
	new_key=$(artifact_key glue/script/ "$1") &&
	test_expect_code 2 terrace plan -detailed-exitcode >edit.out 2>edit.err &&
	test_line edit.out "# $2 must be replaced" &&
	test_line edit.out "~ key            = \"$old_key\" -> \"$new_key\" # forces replacement" &&
	test_line edit.out "# $3 will be updated in-place" &&
	test_line edit.out "~ \"script_location\" = \"s3://$4/$old_key\" -> \"s3://$4/$new_key\"" &&
	test_equal 2 "$(grep -cE "^ *# [a-z_]+ (will|must) be" edit.out)" &&
	test_line edit.out "Plan: 1 to add, 1 to change, 1 to destroy."
}

# no_secret FILE...: none of the files holds any of the test's secrets
# (the array TEST_SECRETS).
no_secret () {
	local f v
	for f in "$@"; do
		for v in "${TEST_SECRETS[@]}"; do
			test_not_contains "$f" "$v" || return 1
		done
	done
}

# nothing_left CLI_ARGS...: the CLI's answer (a --query selecting a list)
# is empty.
nothing_left () {
	cli "$@" >left.json || return 1
	check_json left.json <<-\PY || { say_fail "left after destroy: aws $*"; return 1; }
	expect("what is left", d or [], [])
	PY
}

# state_attr RESOURCE ATTRIBUTE: one attribute from the state file.
state_attr () {
	json_get terrace.state.json "d[\"resources\"][\"$1\"][\"attributes\"][\"$2\"]"
}

# The example copied to the test folder.
copy_example () {
	cp -R "$REPO_ROOT/examples/$1" "$TRASH/$1" &&
	rm -f "$TRASH/$1"/terrace.state.json* &&
	cd "$TRASH/$1"
}

# own_crontab FILE: for the rest of the test the login user's crontab holds
# FILE's lines (the host's own jobs, which a test checks are kept); the
# crontab it had is put back when the file exits. Call own_crontabs first,
# as every file that writes a crontab does.
own_crontab () {
	local saved
	saved=$(mktemp "${TMPDIR:-/tmp}/terrace-$TEST_NAME-crontab.XXXXXX") || return 1
	if crontab -l >"$saved" 2>/dev/null; then
		servers_at_exit "crontab '$saved' && rm -f '$saved'"
	else
		rm -f "$saved"
		servers_at_exit "crontab -r 2>/dev/null"
	fi
	crontab "$1"
}

# ecommerce_lakehouse_env: examples/ecommerce-lakehouse's variables for the
# servers the test started (s3rver, PostgreSQL, sshd), with the Airflow home
# under $TRASH, and its secrets (TEST_SECRETS).
ecommerce_lakehouse_env () {
	export TERRACE_VAR_s3_endpoint=$S3RVER_ENDPOINT
	export TERRACE_VAR_s3_access_key=$S3RVER_ACCESS_KEY
	export TERRACE_VAR_s3_secret_key=$S3RVER_SECRET_KEY
	export TERRACE_VAR_pg_port=$PG_PORT
	export TERRACE_VAR_pg_admin_user=$PG_USER
	export TERRACE_VAR_pg_admin_password=$PG_PASSWORD
	export TERRACE_VAR_analyst_password='An4lyst-pw-e3b1c07d'
	export TERRACE_VAR_scheduler_port=$SSHD_PORT
	export TERRACE_VAR_scheduler_host=127.0.0.1
	export TERRACE_VAR_scheduler_user=$SSHD_USER
	export TERRACE_VAR_scheduler_key_file=$SSHD_KEY
	export TERRACE_VAR_scheduler_known_hosts=$SSHD_KNOWN_HOSTS
	export TERRACE_VAR_airflow_home=$TRASH/airflow
	TEST_SECRETS=("$PG_PASSWORD" "$TERRACE_VAR_analyst_password")
}

# airflow_dbt_ops_passwords: the passwords of Airflow's metadata database
# and of the dbt login (the test makes the first before terrace runs).
airflow_dbt_ops_passwords () {
	export TERRACE_VAR_metadata_db_password='Airflow-Meta-Pa55-5d2e'
	export TERRACE_VAR_dbt_password='Dbt-Pa55-9a7c31'
}

# airflow_dbt_ops_env: examples/airflow-dbt-ops's variables for the servers
# the test started in the namespace (the host's sshd, PostgreSQL for the
# metadata database and the cluster), Airflow's home under $TRASH (the
# stand-in host has no systemd: a restart appends to airflow/restarts.log),
# and its secrets (TEST_SECRETS).
airflow_dbt_ops_env () {
	airflow_dbt_ops_passwords
	export TERRACE_VAR_project=alice
	export TERRACE_VAR_region=us-east-1
	export TERRACE_VAR_office_cidr=$NETNS_IP/32
	# moto's images are old: one Ubuntu image of Canonical's matches this.
	export TERRACE_VAR_ami_name='ubuntu/images/hvm-ssd/ubuntu-xenial-16.04-amd64-server-*'
	TERRACE_VAR_scheduler_public_key=$(cat "$SSHD_KEY.pub") || return 1
	export TERRACE_VAR_scheduler_public_key
	export TERRACE_VAR_scheduler_restart_command="echo restarted >>'$TRASH/airflow/restarts.log'"
	export TERRACE_VAR_scheduler_port=$SSHD_PORT
	export TERRACE_VAR_scheduler_user=$SSHD_USER
	export TERRACE_VAR_scheduler_key_file=$SSHD_KEY
	export TERRACE_VAR_airflow_home=$TRASH/airflow
	export TERRACE_VAR_metadata_db_port=$PG_PORT
	export TERRACE_VAR_warehouse_port=$PG_PORT
	export TERRACE_VAR_warehouse_admin_user=terrace
	export TERRACE_VAR_warehouse_admin_password=$PG_PASSWORD
	export TERRACE_VAR_warehouse_sslmode=disable
	# The example says engine: redshift; PostgreSQL stands in for the
	# cluster, so the provider reads the engine from the server (version()).
	export TERRACE_VAR_warehouse_engine=auto
	export TERRACE_VAR_secret_key='moto-secret-key-0e4f7a'
	TEST_SECRETS=("$TERRACE_VAR_metadata_db_password" "$TERRACE_VAR_dbt_password" "$PG_PASSWORD"
		"$TERRACE_VAR_secret_key")
}

# airflow_dbt_ops_start: examples/airflow-dbt-ops in the current folder, on
# the servers t0620 starts (the same steps): moto, which gives every
# instance the namespace's address and shows the host sshd's key on its
# console; PostgreSQL in the namespace, for Airflow's metadata database (its
# user made as the Airflow install would) and for the Redshift cluster (its
# endpoint, as moto names it, $redshift_address, resolves to it there); and
# the Airflow host's sshd there. The login crontab holds the host's own line
# ($TRASH/mine.crontab) until the file exits: call own_crontabs first. Sets the example's variables (airflow_dbt_ops_env).
airflow_dbt_ops_start () {
	local unique
	STAND_IN_KEYS=$TRASH/scheduler-host-keys
	if test -n "${STAND_IN_AUTH:-}"; then
		# request authentication on (t0851): the test user's key, allowed everything
		start_moto_auth MOTO_STAND_IN_PUBLIC_IP="$NETNS_IP" MOTO_STAND_IN_HOST_KEYS="$STAND_IN_KEYS" ||
			test_fail_setup "moto with authentication did not start"
		use_server moto_auth
	else
		start_moto MOTO_STAND_IN_PUBLIC_IP="$NETNS_IP" MOTO_STAND_IN_HOST_KEYS="$STAND_IN_KEYS" ||
			test_fail_setup "moto did not start"
		use_server moto
	fi
	unique=$(python3 -c 'import hashlib; print(hashlib.sha256(b"123456789012:us-east-1").hexdigest()[:12])')
	redshift_address=alice-warehouse.$unique.us-east-1.redshift.amazonaws.com
	netns_hosts "127.0.0.1 $redshift_address" || test_fail_setup "cannot write the namespace's hosts file"
	PG_EXEC_PREFIX="ip netns exec $NETNS"
	PG_EXEC_PREFIX=$PG_EXEC_PREFIX start_postgres || test_fail_setup "postgres did not start in the namespace"
	SSHD_EXEC_PREFIX=$PG_EXEC_PREFIX SSHD_LISTEN_ADDR=$NETNS_IP SSHD_NAME=scheduler start_sshd ||
		test_fail_setup "the scheduler host's sshd did not start in the namespace"
	cp "$SSHD_DIR/ssh_host_ed25519_key.pub" "$STAND_IN_KEYS" || test_fail_setup "no host key"
	airflow_dbt_ops_passwords
	psql_test "CREATE DATABASE dev" >/dev/null &&
		psql_test "CREATE ROLE airflow LOGIN PASSWORD '$TERRACE_VAR_metadata_db_password'" >/dev/null &&
		psql_test "CREATE DATABASE airflow OWNER airflow" >/dev/null ||
		test_fail_setup "cannot make the cluster's and Airflow's databases"
	printf '%s\n' "# the host's own jobs" "17 4 * * * /usr/bin/true rotate" >"$TRASH/mine.crontab"
	own_crontab "$TRASH/mine.crontab" || test_fail_setup "cannot write the crontab"
	airflow_dbt_ops_env || test_fail_setup "no public key"
	copy_example airflow-dbt-ops || test_fail_setup "cannot copy examples/airflow-dbt-ops"
}

# retail_batch_env: examples/retail-batch's variables for the servers the
# test started (PostgreSQL and the bastion's sshd in the network namespace,
# at the address moto gives every instance: start_moto
# MOTO_STAND_IN_PUBLIC_IP=$NETNS_IP), and its secrets, distinctive so that
# no_secret can look for them (TEST_SECRETS).
retail_batch_env () {
	export TERRACE_VAR_db_port=$PG_PORT
	export TERRACE_VAR_db_admin_user=terrace
	export TERRACE_VAR_db_admin_password=$PG_PASSWORD
	export TERRACE_VAR_db_sslmode=disable
	export TERRACE_VAR_office_cidr=203.0.113.0/24
	TERRACE_VAR_bastion_public_key=$(cat "$SSHD_KEY.pub") || return 1
	export TERRACE_VAR_bastion_public_key
	export TERRACE_VAR_bastion_port=$SSHD_PORT
	export TERRACE_VAR_bastion_user=$SSHD_USER
	export TERRACE_VAR_bastion_key_file=$SSHD_KEY
	export TERRACE_VAR_secret_key='moto-secret-key-4f0b9d2c'
	export TERRACE_VAR_db_password='Retail-Db-Pa55-8c1e7a3f'
	TEST_SECRETS=("$TERRACE_VAR_secret_key" "$TERRACE_VAR_db_password" "$PG_PASSWORD")
}

# stand_in_servers HOST...: the servers the examples with a bastion run
# against (retail-batch, music-lakehouse): moto, which gives every instance the network namespace's address
# as its public IP and shows the bastion sshd's host key on every console
# ($STAND_IN_KEYS, written once that sshd made its key: the tunnel pins it
# from host_keys); PostgreSQL inside the namespace, whose /etc/hosts
# resolves each HOST (an RDS or Redshift endpoint as moto names it) to it; and the
# bastion's sshd there, the only thing reachable in the namespace. MOTO_*
# variables exported before apply to that moto (with STAND_IN_AUTH set: moto
# with request authentication on, start_moto_auth). A server that does not
# start ends the file (test_fail_setup). Sets PG_EXEC_PREFIX for psql_test.
stand_in_servers () {
	local h hosts=()
	STAND_IN_KEYS=$TRASH/bastion-host-keys
	if test -n "${STAND_IN_AUTH:-}"; then
		# request authentication on (t0851): the test user's key, allowed everything
		start_moto_auth MOTO_STAND_IN_PUBLIC_IP="$NETNS_IP" MOTO_STAND_IN_HOST_KEYS="$STAND_IN_KEYS" ||
			test_fail_setup "moto with authentication did not start"
		use_server moto_auth
	else
		start_moto MOTO_STAND_IN_PUBLIC_IP="$NETNS_IP" MOTO_STAND_IN_HOST_KEYS="$STAND_IN_KEYS" ||
			test_fail_setup "moto did not start"
		use_server moto
	fi
	for h in "$@"; do hosts+=("127.0.0.1 $h"); done
	netns_hosts "${hosts[@]}" || test_fail_setup "cannot write the namespace's hosts file"
	PG_EXEC_PREFIX="ip netns exec $NETNS"
	PG_EXEC_PREFIX=$PG_EXEC_PREFIX start_postgres || test_fail_setup "postgres did not start in the namespace"
	SSHD_EXEC_PREFIX=$PG_EXEC_PREFIX SSHD_LISTEN_ADDR=$NETNS_IP SSHD_NAME=bastion start_sshd ||
		test_fail_setup "the bastion sshd did not start in the namespace"
	cp "$SSHD_DIR/ssh_host_ed25519_key.pub" "$STAND_IN_KEYS" || test_fail_setup "no host key"
}

# retail_batch_start: examples/retail-batch for the attendee alice in the
# current folder (t0330), on the servers of stand_in_servers:
# the instance's endpoint, as moto names it ($rds_address), is the
# namespace's PostgreSQL, with the database RDS would make with it. The
# Glue roles attach the AWS managed policy AWSGlueServiceRole, which moto
# knows only when asked to load AWS's managed policies.
retail_batch_start () {
	export MOTO_IAM_LOAD_MANAGED_POLICIES=true
	rds_address=alice-retail-source.aaaaaaaaaa.us-east-1.rds.amazonaws.com
	stand_in_servers "$rds_address"
	psql_test "CREATE DATABASE retail" >/dev/null || test_fail_setup "cannot create the retail database"
	export TERRACE_VAR_region=us-east-1
	export TERRACE_VAR_attendee=alice
	retail_batch_env || test_fail_setup "cannot read the bastion's public key"
	copy_example retail-batch || test_fail_setup "cannot copy examples/retail-batch"
}

# music_lakehouse_start: examples/music-lakehouse in the current folder
# (t0350), on the servers of stand_in_servers: the cluster's
# endpoint, as moto names it ($redshift_address), is the namespace's
# PostgreSQL, with the first database Redshift makes with the cluster. The
# Glue roles attach the AWS managed policy AWSGlueServiceRole, which moto
# knows only when asked to load AWS's managed policies.
music_lakehouse_start () {
	local unique
	export MOTO_IAM_LOAD_MANAGED_POLICIES=true
	unique=$(python3 -c 'import hashlib; print(hashlib.sha256(b"123456789012:us-east-1").hexdigest()[:12])')
	redshift_address=acme-music-serving.$unique.us-east-1.redshift.amazonaws.com
	stand_in_servers "$redshift_address"
	psql_test "CREATE DATABASE dev" >/dev/null || test_fail_setup "cannot create the cluster's database"
	music_lakehouse_env || test_fail_setup "cannot set the example's variables"
	copy_example music-lakehouse || test_fail_setup "cannot copy examples/music-lakehouse"
}

# as_login USER PASSWORD SQL: psql in the music-lakehouse cluster's
# database, inside the namespace, as USER with PASSWORD.
as_login () {
	$PG_EXEC_PREFIX env PGPASSWORD="$2" psql -X -A -t -q -v ON_ERROR_STOP=1 \
		-h "$redshift_address" -p "$PG_PORT" -U "$1" -d dev -c "$3"
}

# retail_lab_start: examples/retail-batch as a lab of $N attendees (ids
# lab-01..lab-NN in the array ids, listed in attendees.csv with their database
# and reader login) on one moto, in the current folder: the servers of
# stand_in_servers with one PostgreSQL database per attendee, the lab
# restricted to moto's endpoint, region us-east-1 (t0540, t0541).
retail_lab_start () {
	local i id hosts=()
	export MOTO_IAM_LOAD_MANAGED_POLICIES=true
	ids=()
	for i in $(seq 1 "$N"); do
		id=$(printf "lab-%02d" "$i")
		ids+=("$id")
		hosts+=("$id-retail-source.aaaaaaaaaa.us-east-1.rds.amazonaws.com")
	done
	stand_in_servers "${hosts[@]}"
	for id in "${ids[@]}"; do
		psql_test "CREATE DATABASE retail_${id//-/}" >/dev/null || test_fail_setup "cannot create retail_${id//-/}"
	done
	export TERRACE_VAR_region=us-east-1
	retail_batch_env || test_fail_setup "cannot read the bastion's public key"
	copy_example retail-batch || test_fail_setup "cannot copy examples/retail-batch"
	# The lab may act on moto only; the schedule (no tags) is found by name.
	sed -i "s|^  allowed_accounts: \[\].*|  allowed_endpoints: [\"$TEST_ENDPOINT\"]\n  name_prefix: lab|" main.yaml
	{
		echo "id,db_name,db_username"
		for id in "${ids[@]}"; do echo "$id,retail_${id//-/},reader_${id//-/}"; done
	} >attendees.csv
}

# timed NAME CMD...: run CMD and note its wall time for $N attendees in
# $TRASH/figures, which the lab tests print as "# figure: ..." lines at
# their end.
timed () {
	local name=$1 start end rc
	shift
	start=$(date +%s%N)
	"$@"
	rc=$?
	end=$(date +%s%N)
	printf '%s for %s attendees: %d.%01d s\n' "$name" "$N" $(((end - start) / 1000000000)) \
		$(((end - start) / 100000000 % 10)) >>"$TRASH/figures"
	return $rc
}

# setup_apply DIR WHAT: before the steps of a file that checks what another
# file's steps apply, the stack in DIR applied (DIR/apply.out, apply.err),
# or the file ends, the end of that stderr shown (test_fail_setup).
setup_apply () {
	(cd "$1" && terrace apply -auto-approve >apply.out 2>apply.err) && return 0
	tail -n 20 "$1/apply.err" | sed 's/^/# apply.err: /'
	test_fail_setup "$2 did not apply"
}

# retail_batch_gone [ROLE_PREFIX]: a listing of every service
# examples/retail-batch uses is empty (of IAM roles, those named
# ROLE_PREFIX*; all by default): S3, Secrets Manager, IAM, Glue, Step
# Functions, Scheduler, SNS, EventBridge, CloudWatch, RDS, Logs, and EC2 but the default VPC (and, with
# RETAIL_KEEP_VPC set to a VPC id, that shared network and what is in it:
# the listing is then of the attendees' own objects). One Python process
# with botocore lists them all (faster than 25 CLI runs) and prints each
# leftover as "left after destroy: SERVICE OPERATION: [...]".
retail_batch_gone () {
	servers_py - "$TEST_ENDPOINT" "$TEST_ACCESS_KEY" "$TEST_SECRET_KEY" \
		"${1:-}" "${RETAIL_KEEP_VPC:-}" <<-\PY
	import sys
	import botocore.session
	endpoint, access, secret, role_prefix, keep = sys.argv[1:6]
	session = botocore.session.get_session()
	clients = {}
	def client(service):
	    if service not in clients:
	        clients[service] = session.create_client(
	            service, region_name="us-east-1", endpoint_url=endpoint,
	            aws_access_key_id=access, aws_secret_access_key=secret)
	    return clients[service]
	def items(service, op, key, **kw):
	    c = client(service)
	    if c.can_paginate(op):
	        return [x for page in c.get_paginator(op).paginate(**kw) for x in page.get(key, [])]
	    return c.__getattribute__(op)(**kw).get(key, [])
	ec2 = client("ec2")
	default = [v["VpcId"] for v in items("ec2", "describe_vpcs", "Vpcs") if v["IsDefault"]]
	spared = set(default) | ({keep} if keep else set())
	outside = lambda o: o.get("VpcId") not in spared
	left = {
	    "s3 list_buckets": [b["Name"] for b in client("s3").list_buckets()["Buckets"]],
	    "secretsmanager list_secrets": [x["Name"] for x in items(
	        "secretsmanager", "list_secrets", "SecretList", IncludePlannedDeletion=True)],
	    "iam list_roles": [r["RoleName"] for r in items("iam", "list_roles", "Roles")
	                       if r["RoleName"].startswith(role_prefix)],
	    "iam list_users": [u["UserName"] for u in items("iam", "list_users", "Users")],
	    "iam list_policies": [p["PolicyName"] for p in items("iam", "list_policies", "Policies", Scope="Local")],
	    "glue get_jobs": [j["Name"] for j in items("glue", "get_jobs", "Jobs")],
	    "glue get_connections": [x["Name"] for x in items("glue", "get_connections", "ConnectionList")],
	    "stepfunctions list_state_machines": [m["name"] for m in items(
	        "stepfunctions", "list_state_machines", "stateMachines")],
	    "scheduler list_schedules": [x["Name"] for x in items("scheduler", "list_schedules", "Schedules")],
	    "sns list_topics": [t["TopicArn"] for t in items("sns", "list_topics", "Topics")],
	    "sns list_subscriptions": [x["SubscriptionArn"] for x in items("sns", "list_subscriptions", "Subscriptions")],
	    "events list_rules": [r["Name"] for r in items("events", "list_rules", "Rules")],
	    "cloudwatch describe_alarms": [a["AlarmName"] for a in items("cloudwatch", "describe_alarms", "MetricAlarms")],
	    "rds describe_db_instances": [x["DBInstanceIdentifier"] for x in items(
	        "rds", "describe_db_instances", "DBInstances")],
	    "rds describe_db_subnet_groups": [x["DBSubnetGroupName"] for x in items(
	        "rds", "describe_db_subnet_groups", "DBSubnetGroups")],
	    "logs describe_log_groups": [g["logGroupName"] for g in items("logs", "describe_log_groups", "logGroups")],
	    "ec2 describe_instances": [i["InstanceId"] for r in items("ec2", "describe_instances", "Reservations")
	                               for i in r["Instances"] if i["State"]["Name"] != "terminated"],
	    "ec2 describe_key_pairs": [k["KeyName"] for k in ec2.describe_key_pairs()["KeyPairs"]],
	    "ec2 describe_addresses": [a.get("AllocationId") for a in ec2.describe_addresses()["Addresses"]],
	    "ec2 describe_nat_gateways": [n["NatGatewayId"] for n in items("ec2", "describe_nat_gateways", "NatGateways")
	                                  if n["State"] != "deleted"],
	    "ec2 describe_vpcs": [v["VpcId"] for v in items("ec2", "describe_vpcs", "Vpcs") if outside(v)],
	    "ec2 describe_subnets": [x["SubnetId"] for x in items("ec2", "describe_subnets", "Subnets") if outside(x)],
	    "ec2 describe_security_groups": [g["GroupId"] for g in items(
	        "ec2", "describe_security_groups", "SecurityGroups") if outside(g)],
	    "ec2 describe_route_tables": [t["RouteTableId"] for t in items(
	        "ec2", "describe_route_tables", "RouteTables") if outside(t)],
	    "ec2 describe_vpc_endpoints": [e["VpcEndpointId"] for e in items(
	        "ec2", "describe_vpc_endpoints", "VpcEndpoints") if outside(e) and e["State"].lower() != "deleted"],
	    "ec2 describe_internet_gateways": [g["InternetGatewayId"] for g in items(
	        "ec2", "describe_internet_gateways", "InternetGateways")
	        if not any(a["VpcId"] in spared for a in g.get("Attachments", []))],
	    "ec2 describe_network_interfaces": [n["NetworkInterfaceId"] for n in items(
	        "ec2", "describe_network_interfaces", "NetworkInterfaces") if outside(n)],
	}
	for what, names in left.items():
	    if names:
	        print(f"left after destroy: {what}: {names}")
	sys.exit(1 if any(left.values()) else 0)
	PY
}

# ec2_nothing_left: EC2 holds nothing but the default VPC's: no other VPC,
# subnet, group or route table, no instance that is not terminated, no
# endpoint, internet or NAT gateway, address or key pair.
ec2_nothing_left () {
	local default_vpc
	default_vpc=$(cli ec2 describe-vpcs --filters Name=is-default,Values=true \
		--query "Vpcs[0].VpcId" --output text) || return 1
	nothing_left ec2 describe-vpcs --query "Vpcs[?!IsDefault].VpcId" &&
	nothing_left ec2 describe-subnets --query "Subnets[?VpcId!='$default_vpc'].SubnetId" &&
	nothing_left ec2 describe-security-groups --query "SecurityGroups[?VpcId!='$default_vpc'].GroupId" &&
	nothing_left ec2 describe-route-tables --query "RouteTables[?VpcId!='$default_vpc'].RouteTableId" &&
	nothing_left ec2 describe-instances --filters Name=instance-state-name,Values=pending,running,stopping,stopped \
		--query "Reservations[].Instances[].InstanceId" &&
	nothing_left ec2 describe-vpc-endpoints --query "VpcEndpoints[?State!='deleted'].VpcEndpointId" &&
	nothing_left ec2 describe-internet-gateways --query "InternetGateways[].InternetGatewayId" &&
	nothing_left ec2 describe-nat-gateways --query "NatGateways[?State!='deleted'].NatGatewayId" &&
	nothing_left ec2 describe-addresses --query "Addresses[].AllocationId" &&
	nothing_left ec2 describe-key-pairs --query "KeyPairs[].KeyName"
}

# airflow_nothing_left: after examples/airflow-dbt-ops's destroy (t0620),
# EC2 holds nothing but the default VPC's (ec2_nothing_left), IAM no role or
# instance profile, CloudWatch Logs no group, Redshift no cluster or subnet
# group, ECR no repository, ECS no active cluster or task definition,
# Scheduler no schedule.
airflow_nothing_left () {
	local clusters
	ec2_nothing_left &&
	nothing_left ecr describe-repositories --query "repositories[].repositoryName" &&
	# a deleted cluster stays listed, INACTIVE, for a while (ECS, DeleteCluster)
	clusters=$(cli ecs list-clusters --query "clusterArns[]" --output text) &&
	{ test -z "$clusters" || nothing_left ecs describe-clusters --clusters $clusters \
		--query "clusters[?status=='ACTIVE'].clusterName"; } &&
	nothing_left ecs list-task-definitions --status ACTIVE --query "taskDefinitionArns" &&
	nothing_left scheduler list-schedules --query "Schedules[].Name" &&
	nothing_left iam list-roles --query "Roles[].RoleName" &&
	nothing_left iam list-instance-profiles --query "InstanceProfiles[].InstanceProfileName" &&
	nothing_left logs describe-log-groups --query "logGroups[].logGroupName" &&
	nothing_left redshift describe-clusters --query "Clusters[].ClusterIdentifier" &&
	nothing_left redshift describe-cluster-subnet-groups --query "ClusterSubnetGroups[].ClusterSubnetGroupName"
}

# music_lakehouse_env: examples/music-lakehouse's variables for the servers
# t0350 started: the bastion's sshd in the network namespace stands in for
# the bastion instance (moto gives every instance the namespace's address,
# MOTO_STAND_IN_PUBLIC_IP), and the namespace's PostgreSQL for the Redshift
# cluster, reached as the cluster's admin through the tunnel; engine auto
# reads PostgreSQL from the server, so the external schema is left out. The
# key pair the stack imports is the sshd's authorized key. The secrets are
# distinctive, so that no_secret can look for them (TEST_SECRETS).
music_lakehouse_env () {
	export TERRACE_VAR_project=acme-music
	export TERRACE_VAR_region=us-east-1
	export TERRACE_VAR_office_cidr=203.0.113.0/24
	# the Amazon Linux image moto knows (it has no al2023 one)
	export TERRACE_VAR_bastion_ami_name='amzn2-ami-hvm-*-x86_64-gp2'
	TERRACE_VAR_bastion_public_key=$(cat "$SSHD_KEY.pub") || return 1
	export TERRACE_VAR_bastion_public_key
	export TERRACE_VAR_bastion_key_file=$SSHD_KEY
	export TERRACE_VAR_bastion_user=$SSHD_USER
	export TERRACE_VAR_bastion_ssh_port=$SSHD_PORT
	export TERRACE_VAR_warehouse_port=$PG_PORT
	export TERRACE_VAR_warehouse_admin_user=terrace
	export TERRACE_VAR_warehouse_admin_password=$PG_PASSWORD
	export TERRACE_VAR_warehouse_sslmode=disable
	export TERRACE_VAR_engine=auto
	export TERRACE_VAR_secret_key='moto-secret-key-4f0b9d2c'
	export TERRACE_VAR_bi_password='Bi-Pa55-7e3a90c1'
	export TERRACE_VAR_transformer_password='Tr-Pa55-2b8d41f6'
	TEST_SECRETS=("$TERRACE_VAR_secret_key" "$TERRACE_VAR_bi_password"
		"$TERRACE_VAR_transformer_password" "$PG_PASSWORD")
}

# kms_nothing_left: no alias but AWS's own (alias/aws/...), and every key
# pending deletion (AWS never deletes a key at once: destroy schedules it).
kms_nothing_left () {
	local k state
	nothing_left kms list-aliases --query "Aliases[?!starts_with(AliasName, 'alias/aws/')].AliasName" ||
		return 1
	for k in $(cli kms list-keys --query "Keys[].KeyId" --output text); do
		state=$(cli kms describe-key --key-id "$k" --query KeyMetadata.KeyState --output text) ||
			return 1
		test "$state" = PendingDeletion || { say_fail "key $k is $state after destroy"; return 1; }
	done
}

# music_lakehouse_gone: a listing of everything examples/music-lakehouse
# makes is empty: EC2 (ec2_nothing_left), Redshift (clusters, subnet
# groups), Glue, S3, IAM, Logs, Secrets Manager (none scheduled for deletion
# either), KMS (kms_nothing_left).
music_lakehouse_gone () {
	kms_nothing_left &&
	nothing_left secretsmanager list-secrets --include-planned-deletion --query "SecretList[].Name" &&
	ec2_nothing_left &&
	nothing_left redshift describe-clusters --query "Clusters[].ClusterIdentifier" &&
	nothing_left redshift describe-cluster-subnet-groups \
		--query "ClusterSubnetGroups[].ClusterSubnetGroupName" &&
	nothing_left glue get-databases --query "DatabaseList[].Name" &&
	nothing_left glue get-jobs --query "Jobs[].Name" &&
	nothing_left s3api list-buckets --query "Buckets[].Name" &&
	nothing_left iam list-roles --query "Roles[].RoleName" &&
	nothing_left logs describe-log-groups --query "logGroups[].logGroupName"
}

# ci_stacks_env: examples/ci/stacks' variables for moto (every stack's
# region, the base's database password) and its secret (TEST_SECRETS).
ci_stacks_env () {
	export TERRACE_VAR_region=us-east-1
	export TERRACE_VAR_db_password='Shared-Db-Pa55-61f0c2'
	TEST_SECRETS=("$TERRACE_VAR_db_password")
}

# movies_api_offline_pip: examples/movies-api installs its layer's
# requirements (ingest/requirements.txt: boto3) with pip at plan. Tests run
# offline: a stand-in boto3 of the pinned version, built here from a small
# local package (Debian's python3-pip, python3-setuptools, python3-wheel)
# into $TRASH/wheelhouse, and pip pointed at it alone (PIP_NO_INDEX,
# PIP_FIND_LINKS), as the example's README says.
movies_api_offline_pip () {
	local pin pkg=$TRASH/pkg-boto3
	pin=$(sed -n 's/^boto3==//p' "$REPO_ROOT/examples/movies-api/ingest/requirements.txt") &&
	test -n "$pin" &&
	mkdir -p "$pkg/boto3" &&
	printf 'NAME = "boto3 stand-in"\n' >"$pkg/boto3/__init__.py" &&
	printf 'from setuptools import setup\nsetup(name="boto3", version="%s", packages=["boto3"])\n' \
		"$pin" >"$pkg/setup.py" &&
	(cd "$pkg" && env -i PATH=/usr/bin:/bin HOME="$pkg" /usr/bin/python3 -m pip wheel -q \
		--no-deps --no-build-isolation --no-index -w "$TRASH/wheelhouse" .) &&
	test -f "$TRASH/wheelhouse/boto3-$pin-py3-none-any.whl" &&
	export PIP_NO_INDEX=1 PIP_FIND_LINKS=$TRASH/wheelhouse
}
