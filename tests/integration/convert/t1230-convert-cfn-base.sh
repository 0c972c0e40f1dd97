#!/usr/bin/env bash
# t1230-convert-cfn-base: `terrace convert` of a CloudFormation template of
# the kind the retail workshop ships for its base network (t1230/base-network.yaml:
# a VPC, two subnets, an internet gateway and its attachment, a route table,
# a route and two associations, two security groups, a DB subnet group, an
# RDS instance whose password is a NoEcho parameter, a bastion instance, a
# secret holding the connection and one Secrets Manager generates; parameters with constraints, a mapping, two
# conditions, the short tags, pseudo parameters, outputs): the stack is
# written as fmt lays it out with everything carried (exit 0), validates,
# applies on moto (the awscc types through its Cloud Control) and plans no
# change. Then the same template made by moto's own CloudFormation
# (create-stack) is converted with -existing (describe-stack-resources): its
# import: blocks adopt what CloudFormation made, and after the apply that
# records them the stack plans no change.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

here=$(cd "$(dirname "$0")/t1230" && pwd)
export TERRACE_VAR_DBPassword=retail-Secret-1

aws_cli () {
	aws_at "$TEST_ENDPOINT" "$TEST_ACCESS_KEY" "$TEST_SECRET_KEY" --output json "$@"
}

moto_provider () {
	write_stack "$1/moto.yaml" &&
	sed -i "/^stack: /d" "$1/moto.yaml"
}

test_expect_success 'convert: every construct carried (exit 0), laid out as fmt writes it' '
	mkdir made &&
	terrace convert "$here/base-network.yaml" >made/stack.yaml 2>err &&
	test_line made/stack.yaml "# Converted by terrace convert from $here/base-network.yaml." &&
	test_empty err &&
	terrace fmt -check made/stack.yaml &&
	test_line made/stack.yaml "type: awscc.rds.db_instance" &&
	test_line made/stack.yaml "db_instance_class: \${local.TierSizes[var.Tier][\"DB\"]}" &&
	test_line made/stack.yaml "master_user_password: \${var.DBPassword}" &&
	test_line made/stack.yaml "source_security_group_id: \${BastionSecurityGroup.group_id}"
'

test_expect_success 'the stack validates and applies on moto' '
	moto_provider made &&
	(cd made && terrace validate -no-color) >out 2>err &&
	test_contains out "Success! The stack is valid (16 resources)" &&
	(cd made && terrace apply -auto-approve -no-color) >out 2>err &&
	test_contains out "Apply complete! Resources: 16 added, 0 changed, 0 destroyed."
'

test_expect_success 'the applied stack plans no change' '
	(cd made && test_expect_code 0 terrace plan -detailed-exitcode -no-color) >out 2>err &&
	test_contains out "No changes." &&
	test_equal 16 "$(grep -c ": Refreshing state... \[id=" out)"
'

test_expect_success 'what it made is what the template says: a secret with the endpoint, a tagged VPC' '
	aws_cli secretsmanager get-secret-value --secret-id retail/database >secret &&
	test_contains secret "retail_admin" &&
	arn=$(json_get made/terrace.state.json "d[\"resources\"][\"BastionAdminSecret\"][\"id\"]") &&
	aws_cli secretsmanager get-secret-value --secret-id "$arn" >generated &&
	python3 -c "import json, sys; s = json.loads(json.load(open(sys.argv[1]))[\"SecretString\"]); assert s[\"username\"] == \"admin\" and len(s[\"password\"]) == 24, s" generated &&
	aws_cli ec2 describe-vpcs --filters Name=tag:Name,Values=retail-vpc >vpcs &&
	test_contains vpcs "10.20.0.0/16" &&
	(cd made && terrace destroy -auto-approve -no-color) >out 2>err &&
	test_contains out "Destroy complete! Resources: 16 destroyed."
'

test_expect_success 'a stack made by CloudFormation: converted with -existing, imported, then no change' '
	aws_cli cloudformation create-stack --cli-read-timeout 0 --stack-name retail-base \
		--template-body "file://$here/base-network.yaml" \
		--parameters ParameterKey=DBPassword,ParameterValue=$TERRACE_VAR_DBPassword >created &&
	aws_cli cloudformation describe-stack-resources --stack-name retail-base >existing.json &&
	mkdir adopted &&
	terrace convert -existing existing.json -out adopted/stack.yaml "$here/base-network.yaml" >out 2>err &&
	test_empty err &&
	test_line adopted/stack.yaml "stack: retail-base" &&
	test_equal 16 "$(grep -c "^  - to: " adopted/stack.yaml)" &&
	moto_provider adopted &&
	(cd adopted && terrace plan -no-color) >out 2>err &&
	test_contains out "Plan: 16 to import, 0 to add" &&
	(cd adopted && terrace apply -auto-approve -no-color) >out 2>err &&
	test_contains out "Apply complete! Resources: 16 imported, 0 added" &&
	(cd adopted && test_expect_code 0 terrace plan -detailed-exitcode -no-color) >out 2>err &&
	test_contains out "No changes." &&
	test_equal 16 "$(grep -c ": Refreshing state... \[id=" out)"
'

test_done
