#!/usr/bin/env bash
# time-limit: 1200 (its own network, bastion and database: minutes under load)
# t0330-example-retail-batch: examples/retail-batch applied unchanged against
# moto from an empty account (its own network from the catalog module
# network-base, found again by the lookups; the key pair and the bastion
# instance; the RDS source instance in a subnet group of the private
# subnets; bucket, secret, roles, script artifacts, Glue network connection,
# log group and jobs, Step Functions pipeline, Scheduler schedule, the
# attendee's IAM login) and a real PostgreSQL standing in for the instance,
# which only the bastion can reach: postgres and the bastion's sshd run in a
# network namespace (tests/servers/netns.sh) whose /etc/hosts resolves the
# instance's endpoint name (moto's address for it) to the namespace's own
# postgres, and moto gives every instance the namespace's address as its
# public IP (MOTO_STAND_IN_PUBLIC_IP), so ${bastion.public_ip} is that sshd.
# terrace builds the network, launches the bastion, creates the instance,
# waits for it (moto keeps it "creating" for 11 s, so the "Still
# creating..." line shows), then opens the tunnel through the bastion's
# public IP to the endpoint it read and applies the retail schema's
# migrations, the glue_reader login and its grants: one apply.
#
# Here: validate, plan, and the apply (the instance "creating" for 11 s)
# that reaches the database through the bastion, its host key pinned; a
# second plan has nothing to do. t0331 checks, with the AWS CLI and with
# psql inside the namespace, what that apply made; t0332 an edited job
# script, show and state, destroy and nothing left. The passwords appear in
# no output of terrace and not in its state.
#
# Making the namespace needs root (CAP_NET_ADMIN) and iproute2; without
# them the file reports one step named "skipped: ..." and runs nothing else.
. "$(dirname "$0")/lib.sh"
. "$TEST_DIR/examples.sh"

require_netns

# The instance takes 11 s to become available.
export MOTO_SLOW_PREFIX=alice- MOTO_RDS_CREATING_SECONDS=11
retail_batch_start

test_expect_success 'retail-batch: the database is reachable only through the bastion' '
	test_expect_code 2 env PGPASSWORD="$PG_PASSWORD" PGCONNECT_TIMEOUT=3 psql -X -A -t \
		-h 127.0.0.1 -p "$PG_PORT" -U terrace -d retail -c "SELECT 1" 2>direct.err &&
	test_contains direct.err "Connection refused" &&
	test_equal 1 "$(psql_test -d retail "SELECT 1")"
'

test_expect_success 'retail-batch: validate' '
	terrace validate >out 2>err &&
	test_line out "Success! The stack is valid (26 resources, 1 module call)."
'

test_expect_success 'retail-batch: plan creates everything, script locations known' '
	test_expect_code 2 terrace plan -detailed-exitcode >plan.out 2>plan.err &&
	for r in "aws.s3.bucket\" \"bucket" \
		"aws.secretsmanager.secret\" \"db_secret" \
		"aws.iam.role\" \"glue_role" "aws.iam.role\" \"pipeline_role" \
		"aws.iam.role\" \"scheduler_role" \
		"aws.s3.artifact\" \"bronze_script" "aws.s3.artifact\" \"silver_script" \
		"aws.s3.artifact\" \"gold_script" \
		"aws.glue.job\" \"bronze_job" "aws.glue.job\" \"silver_job" \
		"aws.glue.job\" \"gold_job" \
		"aws.sfn.state_machine\" \"pipeline" "aws.scheduler.schedule\" \"daily" \
		"aws.rds.instance\" \"source_db" "postgres.sql\" \"source_schema" \
		"postgres.role\" \"glue_reader" "postgres.grant\" \"glue_reader_connect" \
		"postgres.grant\" \"glue_reader_usage" "postgres.grant\" \"glue_reader_select" \
		"aws.ec2.key_pair\" \"deploy" "aws.ec2.instance\" \"bastion" \
		"aws.rds.subnet_group\" \"db_subnets" "aws.glue.connection\" \"vpc" \
		"aws.logs.log_group\" \"glue_logs"
	do
		test_line plan.out "+ resource \"$r\" {" || return 1
	done &&
	for r in vpc igw public_a public_b private_a private_b public_routes private_routes \
		s3_endpoint "secrets_endpoint[0]" public private
	do
		test_line plan.out "# module.net[0].$r will be created" || return 1
	done &&
	test_line plan.out "data.vpc: read at apply (its arguments use what the apply makes)" &&
	for s in bronze silver gold; do
		key=$(artifact_key glue/script/ jobs/$s.py) &&
		test_line plan.out "+ key            = \"$key\"" &&
		test_line plan.out "+ \"script_location\" = \"s3://alice-hist-retail/$key\"" ||
		return 1
	done &&
	test_match plan.out "^ *\+ value += \(sensitive value\)$" &&
	test_line plan.out "Plan: 38 to add, 0 to change, 0 to destroy." &&
	no_secret plan.out plan.err
'

test_expect_success 'retail-batch: apply waits for the instance and its console host keys, then reaches it through the bastion, its key pinned' '
	terrace apply -auto-approve >apply.out 2>apply.err &&
	test_line apply.out "Apply complete! Resources: 38 added, 0 changed, 0 destroyed." &&
	test_line apply.out "source_db: Still creating... [10s elapsed, status: creating]" &&
	test_match apply.out "^source_db: Creation complete after [1-9][0-9]+s \[id=alice-retail-source\]$" &&
	grep -q "Accepted publickey for $SSHD_USER" "$SERVERS_DIR/bastion.log" &&
	test_equal "[\"$(cut -d" " -f1,2 "$STAND_IN_KEYS")\"]" "$(state_attr bastion host_keys)" &&
	test_line apply.out "bucket = \"alice-hist-retail\"" &&
	terrace output -raw pipeline_arn >arn.out 2>arn.err &&
	test_equal "$(state_attr pipeline arn)" "$(cat arn.out)" &&
	test_match arn.out "^arn:aws:states:us-east-1:[0-9]{12}:stateMachine:alice-hist-retail-pipeline$" &&
	no_secret apply.out apply.err
'

test_expect_success 'retail-batch: a second plan has nothing to do' '
	test_expect_code 0 terrace plan -detailed-exitcode >plan2.out 2>plan2.err &&
	test_line plan2.out "No changes. Your infrastructure matches the configuration." &&
	no_secret plan2.out plan2.err
'

test_done
