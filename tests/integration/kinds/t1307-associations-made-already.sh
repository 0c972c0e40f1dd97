#!/usr/bin/env bash
# t1307-associations-made-already: at most N of an association at plan for
# what the stack made already (provider/aws/checks/kinds/associations.c): a
# subnet and an Elastic IP the stack made are their ids, so a literal id
# written elsewhere and a reference to the resource count as one object: a
# route table's reference and an awscc association's literal id of one
# subnet are refused at plan, naming both (plan's order: the table is the
# second); another subnet's literal id
# passes. On moto.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

base () {
	write_stack stack.yaml &&
	{
		echo "resources:"
		echo "  vpc: {type: aws.ec2.vpc, cidr_block: 10.73.0.0/16}"
		echo "  pub: {type: aws.ec2.subnet, vpc_id: \"\${vpc.vpc_id}\", cidr_block: 10.73.1.0/24}"
		echo "  other: {type: aws.ec2.subnet, vpc_id: \"\${vpc.vpc_id}\", cidr_block: 10.73.2.0/24}"
	} >>stack.yaml
}

test_expect_success 'a subnet made already, by reference and by its literal id: refused at plan' '
	base &&
	terrace apply -auto-approve -no-color -input=false >out 2>err &&
	test_contains out "Apply complete! Resources: 3 added" &&
	sub=$(aws_server ec2 describe-subnets --filters Name=cidr-block,Values=10.73.1.0/24 --query "Subnets[0].SubnetId" --output text) &&
	vpc=$(aws_server ec2 describe-vpcs --filters Name=cidr,Values=10.73.0.0/16 --query "Vpcs[0].VpcId" --output text) &&
	{
		echo "  rt: {type: aws.ec2.route_table, vpc_id: \"\${vpc.vpc_id}\", subnet_ids: [\"\${pub.subnet_id}\"]}"
		echo "  lit: {type: awscc.ec2.subnet_route_table_association, route_table_id: rtb-0123456789abcdef0, subnet_id: $sub}"
	} >>stack.yaml &&
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (5 resources)" &&
	test_expect_code 1 terrace plan -no-color -input=false -refresh=false >out 2>err &&
	test_contains err "./stack.yaml:17:60: error: resource \"rt\" (aws.ec2.route_table): subnet_ids[0]: \"\${pub.subnet_id}\" is subnet $sub, which resource \"lit\" names already (its subnet_id): a subnet is associated with one route table at a time" &&
	test_equal 1 "$(grep -c "names already" err)" &&
	test_not_contains out "Plan:"
'

test_expect_success 'another subnet of the stack by its literal id passes' '
	base &&
	other=$(aws_server ec2 describe-subnets --filters Name=cidr-block,Values=10.73.2.0/24 --query "Subnets[0].SubnetId" --output text) &&
	{
		echo "  rt: {type: aws.ec2.route_table, vpc_id: \"\${vpc.vpc_id}\", subnet_ids: [\"\${pub.subnet_id}\"]}"
		echo "  lit: {type: awscc.ec2.subnet_route_table_association, route_table_id: rtb-0123456789abcdef0, subnet_id: $other}"
	} >>stack.yaml &&
	terrace plan -no-color -input=false -refresh=false >out 2>err &&
	test_contains out "Plan: 2 to add" &&
	test_not_contains err "names already"
'

test_done
