#!/usr/bin/env bash
# t0966-one-network-reads: one network, for what the stack does not make
# (issue 58 point 2): at plan, the VPC of each literal subnet id and security
# group id is read (EC2 DescribeSubnets, DescribeSecurityGroups, in the
# client's region: checks/kinds/reads.c's aws_kind_read_place), and what one block
# names of two VPCs is refused naming both (kinds/one_network.c), beside
# the VPC of what the stack makes; one VPC passes; -refresh=false reads
# nothing, as it skips every read; plan -policy lists the reads' actions.
# A VPC the stack made already counts as its id, which a read says.
# The two VPCs, their subnets and groups are made with the AWS CLI on moto.
. "$(dirname "$0")/../lib.sh"

export TERRACE_AWS_READ_LITERALS=1
start_moto || test_fail_setup "moto did not start"
use_server moto

vpc_a=$(aws_server ec2 create-vpc --cidr-block 10.61.0.0/16 --query Vpc.VpcId --output text) &&
vpc_b=$(aws_server ec2 create-vpc --cidr-block 10.62.0.0/16 --query Vpc.VpcId --output text) &&
sub_a=$(aws_server ec2 create-subnet --vpc-id "$vpc_a" --cidr-block 10.61.1.0/24 --query Subnet.SubnetId --output text) &&
sub_b=$(aws_server ec2 create-subnet --vpc-id "$vpc_b" --cidr-block 10.62.1.0/24 --query Subnet.SubnetId --output text) &&
sg_a=$(aws_server ec2 create-security-group --vpc-id "$vpc_a" --group-name t0966-a --description a --query GroupId --output text) &&
sg_b=$(aws_server ec2 create-security-group --vpc-id "$vpc_b" --group-name t0966-b --description b --query GroupId --output text) ||
	test_fail_setup "the two VPCs could not be made"

# fn NAME SUBNET GROUP: a Batch compute environment in a VPC.
fn () {
	echo "  $1: {type: aws.batch.compute_environment, name: t0966-$1, compute_environment_type: MANAGED, compute_resources: {type: FARGATE, max_vcpus: 4, subnets: [\"$2\"], security_group_ids: [\"$3\"]}}"
}

crossed () {
	write_stack stack.yaml &&
	{
		echo "resources:"
		fn lit "$sub_a" "$sg_b"
		echo "  sg: {type: aws.ec2.security_group, name: t0966-made, description: made, vpc_id: $vpc_a}"
		fn mixed "$sub_b" "\${sg.group_id}"
	} >>stack.yaml
}

test_expect_success 'a subnet of one VPC and a security group of another, neither made by the stack: plan refuses, naming both VPCs' '
	crossed &&
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (3 resources)" &&
	test_expect_code 1 terrace plan -no-color -input=false >out 2>err &&
	test_contains err "./stack.yaml:14:98: error: resource \"lit\" (aws.batch.compute_environment): compute_resources.security_group_ids[0]: \"$sg_b\" is a security group of VPC $vpc_b, and compute_resources.subnets[0] (\"$sub_a\") is a subnet of VPC $vpc_a: AWS takes a resource'"'"'s subnets, security groups and VPC of one VPC only" &&
	test_contains err "./stack.yaml:16:102: error: resource \"mixed\" (aws.batch.compute_environment): compute_resources.security_group_ids[0]: \"\${sg.group_id}\" is a security group of VPC $vpc_a, and compute_resources.subnets[0] (\"$sub_b\") is a subnet of VPC $vpc_b" &&
	test_not_contains out "Plan:"
'

test_expect_success 'one VPC, read or made, passes' '
	write_stack stack.yaml &&
	{
		echo "resources:"
		fn lit "$sub_a" "$sg_a"
		echo "  sg: {type: aws.ec2.security_group, name: t0966-made, description: made, vpc_id: $vpc_b}"
		fn mixed "$sub_b" "\${sg.group_id}"
	} >>stack.yaml &&
	terrace plan -no-color -input=false >out 2>err &&
	test_contains out "Plan: 3 to add" &&
	test_not_contains err "one VPC only"
'

test_expect_success '-refresh=false reads nothing: the crossed stack plans' '
	crossed &&
	terrace plan -no-color -input=false -refresh=false >out 2>err &&
	test_contains out "Plan: 3 to add" &&
	test_not_contains err "one VPC only"
'

test_expect_success 'plan -policy lists the reads'"'"' actions' '
	crossed &&
	terrace plan -no-color -input=false -refresh=false -policy >out 2>err &&
	test_contains out "\"ec2:DescribeSubnets\"" &&
	test_contains out "\"ec2:DescribeSecurityGroups\""
'

test_expect_success 'a VPC the stack made already is its id: a literal subnet of it passes beside a group of the stack in it, one of another VPC is refused' '
	write_stack stack.yaml &&
	{
		echo "resources:"
		echo "  net: {type: aws.ec2.vpc, cidr_block: 10.63.0.0/16}"
	} >>stack.yaml &&
	terrace apply -auto-approve -no-color -input=false >out 2>err &&
	test_contains out "Apply complete! Resources: 1 added" &&
	vpc_n=$(aws_server ec2 describe-vpcs --filters Name=cidr,Values=10.63.0.0/16 --query "Vpcs[0].VpcId" --output text) &&
	sub_n=$(aws_server ec2 create-subnet --vpc-id "$vpc_n" --cidr-block 10.63.1.0/24 --query Subnet.SubnetId --output text) &&
	{
		echo "  sg: {type: aws.ec2.security_group, name: t0966-net, description: net, vpc_id: \"\${net.vpc_id}\"}"
		fn inside "$sub_n" "\${sg.group_id}"
		fn across "$sub_b" "\${sg.group_id}"
	} >>stack.yaml &&
	test_expect_code 1 terrace plan -no-color -input=false >out 2>err &&
	test_contains err "resource \"across\" (aws.batch.compute_environment): compute_resources.security_group_ids[0]: \"\${sg.group_id}\" is a security group of VPC $vpc_n (\"net\"), and compute_resources.subnets[0] (\"$sub_b\") is a subnet of VPC $vpc_b" &&
	test_equal 1 "$(grep -c "one VPC only" err)"
'

test_done
