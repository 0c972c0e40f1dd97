#!/usr/bin/env bash
# t1298-reads-kinds-of-typed-ids: the kinds botocore's typed identifier shapes name
# (issue 87 point 5: an EC2 customer gateway's, internet gateway's and NAT
# gateway's id, an IAM user's and group's name) are read at plan, each by
# its row of provider/aws/checks/kinds/reads.def (EC2 DescribeCustomerGateways,
# DescribeInternetGateways, DescribeNatGateways by the id; IAM GetUser,
# GetGroup by the name), through the attributes that take them: an awscc VPN
# connection's customer_gateway_id, an awscc gateway attachment's
# internet_gateway_id, a written route table's routes' nat_gateway_id, a
# written inline policy's users and a written user's groups. What moto lacks
# fails the plan naming the resource, the attribute and the object, before
# any write; what it has plans clean, and so does a name the stack makes
# written as a literal (not read); -refresh=false reads nothing; plan
# -policy names each read's action. (Every row is read on moto by
# tests/unit/test_kind_reads.c.)
. "$(dirname "$0")/../lib.sh"

export TERRACE_AWS_READ_LITERALS=1
start_moto || test_fail_setup "moto did not start"
use_server moto

vpc=$(aws_server ec2 create-vpc --cidr-block 10.98.0.0/16 --query Vpc.VpcId --output text) &&
subnet=$(aws_server ec2 create-subnet --vpc-id "$vpc" --cidr-block 10.98.1.0/24 --query Subnet.SubnetId --output text) &&
vgw=$(aws_server ec2 create-vpn-gateway --type ipsec.1 --query VpnGateway.VpnGatewayId --output text) ||
	test_fail_setup "the network the stacks name could not be made"

# stack CGW IGW NAT USER GROUP: one resource of each attribute naming them.
stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  tunnel: {type: awscc.ec2.vpn_connection, vpn_connection_type: ipsec.1, customer_gateway_id: "$1", vpn_gateway_id: "$vgw"}
	  attach: {type: awscc.ec2.vpc_gateway_attachment, vpc_id: "$vpc", internet_gateway_id: "$2"}
	  private: {type: aws.ec2.route_table, vpc_id: "$vpc", routes: [{destination_cidr_block: 0.0.0.0/0, nat_gateway_id: "$3"}]}
	  reads: {type: aws.iam.inline_policy, name: t1298-read, users: ["$4"], policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Action: "s3:GetObject", Resource: "*"}]}}
	  member: {type: aws.iam.user, name: t1298-member, groups: ["$5"]}
	YAML
}

test_expect_success 'what moto lacks fails the plan, each naming the resource, the attribute and the object' '
	stack cgw-0123456789abcdef0 igw-0123456789abcdef0 nat-0123456789abcdef0 t1298-gone t1298-nobody &&
	test_expect_code 1 terrace plan -no-color -input=false >out 2>err &&
	test_contains err "Error: tunnel: awscc.ec2.vpn_connection: customer_gateway_id: \"cgw-0123456789abcdef0\" is an EC2 customer gateway'"'"'s id that AWS does not have (EC2 DescribeCustomerGateways says none): name one that exists, or make it in the stack" &&
	test_contains err "Error: attach: awscc.ec2.vpc_gateway_attachment: internet_gateway_id: \"igw-0123456789abcdef0\" is an EC2 internet gateway'"'"'s id that AWS does not have (EC2 DescribeInternetGateways says none)" &&
	test_contains err "Error: private: aws.ec2.route_table: routes[0].nat_gateway_id: \"nat-0123456789abcdef0\" is an EC2 NAT gateway'"'"'s id that AWS does not have (EC2 DescribeNatGateways says none)" &&
	test_contains err "Error: reads: aws.iam.inline_policy: users[0]: \"t1298-gone\" is an IAM user name that AWS does not have (IAM GetUser says none)" &&
	test_contains err "Error: member: aws.iam.user: groups[0]: \"t1298-nobody\" is an IAM group name that AWS does not have (IAM GetGroup says none)" &&
	test_equal 5 "$(grep -c "that AWS does not have" err)" &&
	test_not_contains out "Plan:" &&
	test_equal 0 "$(aws_server iam list-users --query "length(Users)" --output text)"
'

test_expect_success '-refresh=false reads nothing: the same stack plans' '
	terrace plan -no-color -input=false -refresh=false >out 2>err &&
	test_contains out "Plan: 5 to add" &&
	test_not_contains err "does not have"
'

test_expect_success 'what moto has plans clean' '
	cgw=$(aws_server ec2 create-customer-gateway --type ipsec.1 --public-ip 198.51.100.98 --bgp-asn 65098 --query CustomerGateway.CustomerGatewayId --output text) &&
	igw=$(aws_server ec2 create-internet-gateway --query InternetGateway.InternetGatewayId --output text) &&
	eip=$(aws_server ec2 allocate-address --domain vpc --query AllocationId --output text) &&
	nat=$(aws_server ec2 create-nat-gateway --subnet-id "$subnet" --allocation-id "$eip" --query NatGateway.NatGatewayId --output text) &&
	aws_server iam create-user --user-name t1298-reader >/dev/null &&
	aws_server iam create-group --group-name t1298-readers >/dev/null &&
	stack "$cgw" "$igw" "$nat" t1298-reader t1298-readers &&
	terrace plan -no-color -input=false >out 2>err &&
	test_contains out "Plan: 5 to add" &&
	test_not_contains err "does not have"
'

test_expect_success 'a name the stack makes, written as a literal, is not read' '
	write_stack stack.yaml &&
	cat >>stack.yaml <<-YAML &&
	resources:
	  team: {type: aws.iam.group, name: t1298-made}
	  who: {type: aws.iam.user, name: t1298-new, groups: [t1298-made]}
	  reads: {type: aws.iam.inline_policy, name: t1298-read, users: [t1298-new], groups: [t1298-made], policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Action: "s3:GetObject", Resource: "*"}]}}
	YAML
	terrace plan -no-color -input=false >out 2>err &&
	test_contains out "Plan: 3 to add" &&
	test_not_contains err "does not have"
'

test_expect_success 'plan -policy names each read'"'"'s action' '
	stack cgw-0123456789abcdef0 igw-0123456789abcdef0 nat-0123456789abcdef0 t1298-gone t1298-nobody &&
	terrace plan -no-color -input=false -refresh=false -policy >out 2>err &&
	for action in ec2:DescribeCustomerGateways ec2:DescribeInternetGateways ec2:DescribeNatGateways iam:GetUser iam:GetGroup; do
		grep -q "\"$action\"" out || { echo "no $action in the plan'"'"'s policy"; return 1; }
	done
'

test_done
