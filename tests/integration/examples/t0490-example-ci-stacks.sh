#!/usr/bin/env bash
# t0490-example-ci-stacks: examples/ci/stacks, a system of three stacks,
# run through against moto as the example's README runs it: a base (VPC,
# two private subnets, the bastion's and the database's security groups,
# an RDS instance, the database secret) and two pipelines reading its
# outputs with terrace.stack lookups (their workers' groups in its VPC and
# let into its database group, a Glue connection to its database, the
# role reading its secret). One plan -all from empty (the pipelines planned
# with the base's outputs known after apply); apply -all (base first);
# plan -all again clean; a change in the base (its database group
# renamed) that replaces a rule in each pipeline, shown in one plan -all
# and applied; the CI stages (plan -out per stack, the saved plans applied
# in order, a stale one refused); destroying the base alone refused while
# the pipelines use it; a lab of three attendees on the base
# (examples/ci/lab, terrace lab up and down; the base not destroyed while
# they read it, examples/ci/terrace.stacks.yaml putting the lab in the
# base's system); destroy -all, after which
# the AWS CLI finds nothing the stacks made.
. "$(dirname "$0")/../lib.sh"
. "$TEST_DIR/examples.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
ci_stacks_env
copy_example ci || test_fail_setup "cannot copy examples/ci"
cd stacks || test_fail_setup "no examples/ci/stacks"

# headers FILE: the stacks in the order -all printed their output.
headers () {
	sed -n "s/^== \([^ ]*\) (.*/\1/p" "$1" | tr '\n' ' '
}

# section FILE STACK: the part of -all's output that is STACK's.
section () {
	sed -n "/^== $2 /,/^== /p" "$1"
}

test_expect_success 'plan -all from empty: the pipelines are planned with the base outputs known after apply' '
	test_expect_code 2 terrace plan -all -detailed-exitcode >out 2>err &&
	test_line out "base: Plan: 9 to add, 0 to change, 0 to destroy." &&
	test_line out "pipeline-a: Plan: 5 to add, 0 to change, 0 to destroy." &&
	test_line out "pipeline-b: Plan: 4 to add, 0 to change, 0 to destroy." &&
	section out pipeline-a >a.plan &&
	test_line a.plan "data.base: read at apply (plan -all applies the stack it reads first: its outputs are known after apply)" &&
	test_match a.plan "vpc_id += \(known after apply\)" &&
	test_match a.plan "\"JDBC_CONNECTION_URL\" += \(known after apply\)" &&
	! test -e base/terrace.state.json && ! test -e pipeline-a/terrace.state.json &&
	no_secret out err
'

test_expect_success 'apply -all: the base first, then the pipelines with its real outputs' '
	terrace apply -all -auto-approve -parallel-stacks=2 >out 2>err &&
	test_line out "Applied: base, pipeline-a, pipeline-b. Failed: none. Not applied: none." &&
	test_equal base "$(headers out | cut -d" " -f1)" &&
	no_secret out err base/terrace.state.json pipeline-a/terrace.state.json &&
	vpc=$(cd base && terrace output -raw vpc_id) &&
	db_sg=$(cd base && terrace output -raw db_security_group_id) &&
	cli ec2 describe-security-groups --group-ids "$db_sg" >sg.json &&
	cli glue get-connection --name pipeline-a-source >conn.json &&
	cli rds describe-db-instances --db-instance-identifier acme-shared-db >db.json &&
	a_sg=$(json_get pipeline-a/terrace.state.json "d[\"resources\"][\"workers\"][\"attributes\"][\"group_id\"]") &&
	check_json sg.json conn.json db.json <<-PY
	sg, conn, db = d
	sources = sorted(p["GroupId"] for r in sg["SecurityGroups"][0]["IpPermissions"]
	                 for p in r["UserIdGroupPairs"])
	expect("the database group lets in", "$a_sg" in sources and len(sources), 3)
	c = conn["Connection"]
	host = db["DBInstances"][0]["Endpoint"]["Address"]
	expect("JDBC URL", c["ConnectionProperties"]["JDBC_CONNECTION_URL"],
	       "jdbc:postgresql://%s:5432/lake" % host)
	expect("subnet", c["PhysicalConnectionRequirements"]["SubnetId"] in
	       [s["SubnetIdentifier"] for s in db["DBInstances"][0]["DBSubnetGroup"]["Subnets"]], True)
	expect("vpc", db["DBInstances"][0]["DBSubnetGroup"]["VpcId"], "$vpc")
	PY
'

test_expect_success 'plan -all again: no changes anywhere (exit 0)' '
	terrace plan -all -detailed-exitcode >out 2>err &&
	test_line out "base: No changes. Your infrastructure matches the configuration." &&
	test_line out "pipeline-a: No changes. Your infrastructure matches the configuration." &&
	test_line out "pipeline-b: No changes. Your infrastructure matches the configuration."
'

test_expect_success 'the base database group renamed: one plan -all replaces each pipeline rule, saying why' '
	sed -i "s/^    default: db$/    default: database/" base/stack.yaml &&
	test_expect_code 2 terrace plan -all -detailed-exitcode >out 2>err &&
	test_line out "base: Plan: 2 to add, 1 to change, 2 to destroy." &&
	test_line out "pipeline-a: Plan: 1 to add, 0 to change, 1 to destroy. 1 to replace because base.db_security_group_id changes" &&
	test_line out "pipeline-b: Plan: 1 to add, 0 to change, 1 to destroy. 1 to replace because base.db_security_group_id changes" &&
	section out pipeline-b >b.plan &&
	test_match b.plan "^data.base: read at apply \(plan -all applies the stack it reads first; of the outputs used here, db_security_group_id changes there\) stack \"base\"" &&
	test_contains b.plan "-/+ resource \"aws.ec2.security_group_rule\" \"workers_to_db\"" &&
	test_match b.plan "security_group_id += \"$db_sg\" -> \(known after apply\)" &&
	test_not_contains b.plan "# workers " &&
	test_not_contains b.plan "# job_role "
'

test_expect_success 'apply -all applies it; the pipelines rules are on the new group' '
	terrace apply -all -auto-approve >out 2>err &&
	test_line out "Applied: base, pipeline-a, pipeline-b. Failed: none. Not applied: none." &&
	new_sg=$(cd base && terrace output -raw db_security_group_id) &&
	test "$new_sg" != "$db_sg" &&
	test_equal "$new_sg" "$(json_get pipeline-b/terrace.state.json "d[\"resources\"][\"workers_to_db\"][\"attributes\"][\"security_group_id\"]")" &&
	terrace plan -all -detailed-exitcode >out 2>err
'

test_expect_success 'CI stages: a saved plan per stack applied in order; a pipeline plan made before the base outputs changed is refused, made again after' '
	sed -i "s/default: sales,/default: sales2,/" pipeline-a/stack.yaml &&
	sed -i "s/name: \${var.prefix}-bastion$/name: \${var.prefix}-ssh-bastion/" base/stack.yaml &&
	(cd base && test_expect_code 2 terrace plan -input=false -detailed-exitcode -out tfplan >../plan.base 2>&1) &&
	(cd pipeline-a && test_expect_code 2 terrace plan -input=false -detailed-exitcode -out tfplan >../plan.a 2>&1) &&
	test_match plan.a "^data.base: read stack \"base\" \(workspace default, serial [0-9]+, outputs last changed [0-9]" &&
	(cd base && terrace apply -input=false tfplan >../apply.base 2>&1) &&
	(cd pipeline-a && test_expect_code 1 terrace apply -input=false tfplan >../apply.a 2>&1) &&
	test_contains apply.a "saved plan is stale: the outputs of stack \"base\"" &&
	! bucket_exists sales2-pipeline-a-raw &&
	(cd pipeline-a && test_expect_code 2 terrace plan -input=false -detailed-exitcode -out tfplan >../plan.a 2>&1 &&
	 terrace apply -input=false tfplan >../apply.a 2>&1) &&
	test_line apply.a "Apply complete! Resources: 1 added, 1 changed, 1 destroyed." &&
	bucket_exists sales2-pipeline-a-raw
'

test_expect_success 'destroying the base alone is refused while the pipelines use it' '
	(cd base && test_expect_code 1 terrace destroy -auto-approve >../out 2>../err) &&
	test_contains err "are used by pipeline-a (default), pipeline-b (default): destroy those first" &&
	cli rds describe-db-instances --db-instance-identifier acme-shared-db >/dev/null
'

test_expect_success 'a lab of three attendees on the base: each in its VPC; the base is not destroyed under them' '
	(cd ../lab && terrace lab up . -attendees attendees.csv >../out 2>../err) &&
	test_contains ../out "Lab up: 3 ready, 0 failed." &&
	test_match ../out "^cid +ready +lab-cid-home +$vpc" &&
	cli ec2 describe-security-groups --filters Name=vpc-id,Values=$vpc Name=group-name,Values=lab-ann-workers >lab.json &&
	check_json lab.json <<-\PY
	expect("ann workers", len(d["SecurityGroups"]), 1)
	PY
	(cd base && test_expect_code 1 terrace destroy -auto-approve >../out 2>../err) &&
	test_contains err "are used by ci-lab (ann), ci-lab (bob), ci-lab (cid), pipeline-a (default), pipeline-b (default): destroy those first" &&
	(cd ../lab && terrace lab down . -attendees attendees.csv -auto-approve >../out 2>../err) &&
	! bucket_exists lab-ann-home &&
	(cd base && test_expect_code 1 terrace destroy -auto-approve >../out 2>../err) &&
	test_contains err "are used by pipeline-a (default), pipeline-b (default): destroy those first"
'

test_expect_success 'destroy -all: the pipelines, then the base; nothing is left' '
	terrace destroy -all -auto-approve >out 2>err &&
	test_line out "Destroyed: base, pipeline-a, pipeline-b. Failed: none. Not destroyed: none." &&
	test_equal base "$(headers out | cut -d" " -f3)" &&
	nothing_left ec2 describe-vpcs --query "Vpcs[?IsDefault==\`false\`].VpcId" &&
	nothing_left ec2 describe-security-groups --query "SecurityGroups[?GroupName!=\`default\`].GroupId" &&
	nothing_left rds describe-db-instances --query "DBInstances[].DBInstanceIdentifier" &&
	nothing_left rds describe-db-subnet-groups --query "DBSubnetGroups[].DBSubnetGroupName" &&
	nothing_left secretsmanager list-secrets --query "SecretList[].Name" &&
	nothing_left glue get-connections --query "ConnectionList[].Name" &&
	nothing_left iam list-roles --query "Roles[?starts_with(RoleName, \`pipeline-\`)].RoleName" &&
	nothing_left s3api list-buckets --query "Buckets[].Name"
'

test_done
