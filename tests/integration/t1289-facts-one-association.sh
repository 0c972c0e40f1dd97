#!/usr/bin/env bash
# t1289-facts-one-association: RULE_AT_MOST_ONE of provider/aws/kinds/facts.def
# (issue 69 point 2): a subnet associated with two route tables (a written
# route table's subnet_ids, an awscc association), a VPC given two internet
# gateways (a written gateway's vpc_id, an awscc attachment) are refused at
# validate at the second, naming the first; at plan through a variable and
# a module's output once made (its subnet made first, on moto). Other
# subnets, a VPN gateway's attachment and a subnet named twice in one table
# pass.
. "$(dirname "$0")/lib.sh"

base () {
	echo "  a: {type: aws.ec2.vpc, cidr_block: 10.0.0.0/16}"
	echo "  b: {type: awscc.ec2.vpc, cidr_block: 10.1.0.0/16}"
	echo "  s1: {type: aws.ec2.subnet, vpc_id: \"\${a.vpc_id}\", cidr_block: 10.0.1.0/24}"
	echo "  s2: {type: awscc.ec2.subnet, vpc_id: \"\${a.vpc_id}\", cidr_block: 10.0.2.0/24}"
	echo "  rt1: {type: aws.ec2.route_table, vpc_id: \"\${a.vpc_id}\", subnet_ids: [\"\${s1.subnet_id}\"]}"
	echo "  rt2: {type: awscc.ec2.route_table, vpc_id: \"\${a.vpc_id}\"}"
	echo "  rt3: {type: aws.ec2.route_table, vpc_id: \"\${a.vpc_id}\"}"
	echo "  gw2: {type: awscc.ec2.internet_gateway}"
}

test_expect_success 'a subnet of two route tables, a VPC of two internet gateways: written, awscc, mixed, refused at validate' '
	{
		echo "resources:"
		base
		echo "  cc: {type: awscc.ec2.subnet_route_table_association, route_table_id: \"\${rt2.route_table_id}\", subnet_id: \"\${s2.subnet_id}\"}"
		echo "  cc2: {type: awscc.ec2.subnet_route_table_association, route_table_id: \"\${rt2.route_table_id}\", subnet_id: \"\${s2.subnet_id}\"}"
		echo "  mixed: {type: awscc.ec2.subnet_route_table_association, route_table_id: \"\${rt2.route_table_id}\", subnet_id: \"\${s1.subnet_id}\"}"
		echo "  written: {type: aws.ec2.route_table, vpc_id: \"\${a.vpc_id}\", subnet_ids: [\"\${s2.subnet_id}\", \"\${s1.subnet_id}\"]}"
		echo "  gw1: {type: aws.ec2.internet_gateway, vpc_id: \"\${a.vpc_id}\"}"
		echo "  gwx: {type: aws.ec2.internet_gateway, vpc_id: \"\${a.vpc_id}\"}"
		echo "  att: {type: awscc.ec2.vpc_gateway_attachment, vpc_id: \"\${a.vpc_id}\", internet_gateway_id: \"\${gw2.internet_gateway_id}\"}"
	} >stack.yaml &&
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "./stack.yaml:11:98: error: resource \"cc2\" (awscc.ec2.subnet_route_table_association): subnet_id: \"\${s2.subnet_id}\" is named by resource \"cc\" already (its subnet_id): AWS gives a subnet one route table only (Resource.AlreadyAssociated); name it in one of them" &&
	test_contains err "resource \"mixed\" (awscc.ec2.subnet_route_table_association): subnet_id: \"\${s1.subnet_id}\" is named by resource \"rt1\" already (its subnet_ids[0])" &&
	test_contains err "resource \"written\" (aws.ec2.route_table): subnet_ids[0]: \"\${s2.subnet_id}\" is named by resource \"cc\" already (its subnet_id)" &&
	test_contains err "resource \"written\" (aws.ec2.route_table): subnet_ids[1]: \"\${s1.subnet_id}\" is named by resource \"rt1\" already (its subnet_ids[0])" &&
	test_contains err "resource \"gwx\" (aws.ec2.internet_gateway): vpc_id: \"\${a.vpc_id}\" is named by resource \"gw1\" already (its vpc_id): AWS gives a VPC one internet gateway only" &&
	test_contains err "resource \"att\" (awscc.ec2.vpc_gateway_attachment): vpc_id: \"\${a.vpc_id}\" is named by resource \"gw1\" already (its vpc_id)" &&
	test_equal 6 "$(grep -c "error:" err)"
'

test_expect_success 'one table a subnet, one gateway a VPC, a VPN gateway beside, a subnet twice in one table: valid' '
	{
		echo "resources:"
		base
		echo "  cc: {type: awscc.ec2.subnet_route_table_association, route_table_id: \"\${rt2.route_table_id}\", subnet_id: \"\${s2.subnet_id}\"}"
		echo "  twice: {type: aws.ec2.route_table, vpc_id: \"\${b.vpc_id}\", subnet_ids: [subnet-0123456789abcdef0, subnet-0123456789abcdef0]}"
		echo "  gw1: {type: aws.ec2.internet_gateway, vpc_id: \"\${a.vpc_id}\"}"
		echo "  att: {type: awscc.ec2.vpc_gateway_attachment, vpc_id: \"\${b.vpc_id}\", internet_gateway_id: \"\${gw2.internet_gateway_id}\"}"
		echo "  vgw: {type: awscc.ec2.vpn_gateway, vpn_gateway_type: ipsec.1}"
		echo "  vatt: {type: awscc.ec2.vpc_gateway_attachment, vpc_id: \"\${a.vpc_id}\", vpn_gateway_id: \"\${vgw.vpn_gateway_id}\"}"
	} >stack.yaml &&
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (14 resources)" &&
	test_empty err
'

start_moto || test_fail_setup "moto did not start"
use_server moto
vpc=$(aws_server ec2 create-vpc --cidr-block 10.91.0.0/16 --query Vpc.VpcId --output text) &&
sub=$(aws_server ec2 create-subnet --vpc-id "$vpc" --cidr-block 10.91.1.0/24 --query Subnet.SubnetId --output text) ||
	test_fail_setup "the VPC and subnet could not be made"

mkdir -p mods/net
cat >mods/net/main.yaml <<'EOF'
variables:
  vpc: {type: string}
resources:
  one: {type: aws.ec2.subnet, vpc_id: "${var.vpc}", cidr_block: 10.91.9.0/24}
outputs:
  subnet: "${one.subnet_id}"
EOF

test_expect_success 'through a variable, and a module'"'"'s output once made: refused at plan' '
	write_stack stack.yaml "  sub: {type: string, default: $sub}" &&
	cat >>stack.yaml <<-YAML &&
	modules:
	  net: {source: ./mods/net, vpc: $vpc}
	YAML
	terrace apply -auto-approve -no-color -input=false >out 2>err &&
	test_contains out "Apply complete! Resources: 1 added" &&
	cat >>stack.yaml <<-YAML &&
	resources:
	  rt: {type: aws.ec2.route_table, vpc_id: $vpc, subnet_ids: [$sub]}
	  byvar: {type: awscc.ec2.subnet_route_table_association, route_table_id: rtb-0123456789abcdef0, subnet_id: "\${var.sub}"}
	  m1: {type: awscc.ec2.subnet_route_table_association, route_table_id: rtb-0123456789abcdef0, subnet_id: "\${module.net.subnet}"}
	  m2: {type: awscc.ec2.subnet_route_table_association, route_table_id: rtb-0123456789abcdef1, subnet_id: "\${module.net.subnet}"}
	YAML
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid" &&
	TERRACE_AWS_READ_LITERALS=0 test_expect_code 1 terrace plan -no-color -input=false >out 2>err &&
	test_contains err "resource \"rt\" (aws.ec2.route_table): subnet_ids[0]: \"$sub\" is named by resource \"byvar\" already (its subnet_id)" &&
	test_contains err "resource \"m2\" (awscc.ec2.subnet_route_table_association): subnet_id: \"subnet-" &&
	test_contains err "is named by resource \"m1\" already (its subnet_id)" &&
	test_equal 2 "$(grep -c "error:" err)"
'

test_done
