#!/usr/bin/env bash
# t1306-at-most-n-associations: at most N of an association (issue 69 point
# 2; provider/aws/checks/kinds/associations.c, its rows in associations.def): a
# subnet associated with two route tables, a VPC with two internet gateways
# attached, an internet gateway attached twice, an Elastic IP given to two
# NAT gateways, each counted over the whole stack by following references
# (a resource of the stack, or a literal id), for written, awscc and mixed
# stacks: refused at validate at the second's file:line:col naming the
# first; through a variable and a module's input at plan (on moto,
# -refresh=false). At the edges AWS takes: distinct subnets, an internet
# and a VPN gateway on one VPC, unknown values, a count, another region.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

stack () {
	{
		echo "stack: assoc"
		echo "providers:"
		echo "  aws: {region: eu-west-1}"
		echo "  west: {type: aws, region: us-west-2}"
		echo "variables:"
		echo "  subnet: {type: string, default: subnet-0123456789abcdef0}"
		echo "resources:"
		echo "  vpc: {type: aws.ec2.vpc, cidr_block: 10.0.0.0/16}"
		echo "  net: {type: awscc.ec2.vpc, cidr_block: 10.1.0.0/16}"
		echo "  pub: {type: aws.ec2.subnet, vpc_id: \"\${vpc.vpc_id}\", cidr_block: 10.0.1.0/24}"
		echo "  priv: {type: awscc.ec2.subnet, vpc_id: \"\${net.vpc_id}\", cidr_block: 10.1.1.0/24}"
		cat
	} >stack.yaml
}

test_expect_success 'written: a subnet in two route tables, a VPC with two internet gateways' '
	stack <<-\YAML &&
	  rt1: {type: aws.ec2.route_table, vpc_id: "${vpc.vpc_id}", subnet_ids: ["${pub.subnet_id}"]}
	  rt2: {type: aws.ec2.route_table, vpc_id: "${vpc.vpc_id}", subnet_ids: [subnet-0123456789abcdef0, "${pub.subnet_id}"]}
	  igw1: {type: aws.ec2.internet_gateway, vpc_id: "${vpc.vpc_id}"}
	  igw2: {type: aws.ec2.internet_gateway, vpc_id: "${vpc.vpc_id}"}
	YAML
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_line err "./stack.yaml:13:100: error: resource \"rt2\" (aws.ec2.route_table): subnet_ids[1]: \"\${pub.subnet_id}\" is subnet \"pub\", which resource \"rt1\" names already (its subnet_ids[0]): a subnet is associated with one route table at a time (EC2 AssociateRouteTable: Resource.AlreadyAssociated; VPC User Guide, subnet route tables); name it in one of them only" &&
	test_contains err "  resource \"rt1\" subnet_ids is at ./stack.yaml:12:61" &&
	test_contains err "./stack.yaml:15:42: error: resource \"igw2\" (aws.ec2.internet_gateway): vpc_id: \"\${vpc.vpc_id}\" is VPC \"vpc\", which resource \"igw1\" names already (its vpc_id): a VPC has one internet gateway attached at a time" &&
	test_equal 2 "$(grep -c "error:" err)"
'

test_expect_success 'awscc: a subnet in two associations, a VPC with two gateway attachments, a gateway attached twice' '
	stack <<-\YAML &&
	  rt: {type: awscc.ec2.route_table, vpc_id: "${net.vpc_id}"}
	  a1: {type: awscc.ec2.subnet_route_table_association, route_table_id: "${rt.route_table_id}", subnet_id: "${priv.subnet_id}"}
	  a2: {type: awscc.ec2.subnet_route_table_association, route_table_id: "${rt.route_table_id}", subnet_id: "${priv.subnet_id}"}
	  g1: {type: awscc.ec2.internet_gateway}
	  g2: {type: awscc.ec2.internet_gateway}
	  at1: {type: awscc.ec2.vpc_gateway_attachment, vpc_id: "${net.vpc_id}", internet_gateway_id: "${g1.internet_gateway_id}"}
	  at2: {type: awscc.ec2.vpc_gateway_attachment, vpc_id: "${net.vpc_id}", internet_gateway_id: "${g2.internet_gateway_id}"}
	  at3: {type: awscc.ec2.vpc_gateway_attachment, vpc_id: vpc-0123456789abcdef0, internet_gateway_id: "${g1.internet_gateway_id}"}
	YAML
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "./stack.yaml:14:96: error: resource \"a2\" (awscc.ec2.subnet_route_table_association): subnet_id: \"\${priv.subnet_id}\" is subnet \"priv\", which resource \"a1\" names already (its subnet_id)" &&
	test_contains err "./stack.yaml:18:49: error: resource \"at2\" (awscc.ec2.vpc_gateway_attachment): vpc_id: \"\${net.vpc_id}\" is VPC \"net\", which resource \"at1\" names already (its vpc_id)" &&
	test_contains err "./stack.yaml:19:80: error: resource \"at3\" (awscc.ec2.vpc_gateway_attachment): internet_gateway_id: \"\${g1.internet_gateway_id}\" is internet gateway \"g1\", which resource \"at1\" names already (its internet_gateway_id): an internet gateway is attached to one VPC at a time" &&
	test_equal 3 "$(grep -c "error:" err)"
'

test_expect_success 'mixed: a written route table and an awscc association, a written gateway and an awscc attachment, one Elastic IP for two NAT gateways' '
	stack <<-\YAML &&
	  rt: {type: aws.ec2.route_table, vpc_id: "${net.vpc_id}", subnet_ids: ["${priv.subnet_id}"]}
	  rt2: {type: awscc.ec2.route_table, vpc_id: "${net.vpc_id}"}
	  a: {type: awscc.ec2.subnet_route_table_association, route_table_id: "${rt2.route_table_id}", subnet_id: "${priv.subnet_id}"}
	  igw: {type: aws.ec2.internet_gateway, vpc_id: "${vpc.vpc_id}"}
	  att: {type: awscc.ec2.vpc_gateway_attachment, vpc_id: "${net.vpc_id}", internet_gateway_id: "${igw.internet_gateway_id}"}
	  ip: {type: aws.ec2.eip}
	  nat1: {type: aws.ec2.nat_gateway, subnet_id: "${pub.subnet_id}", allocation_id: "${ip.allocation_id}"}
	  nat2: {type: awscc.ec2.nat_gateway, subnet_id: "${priv.subnet_id}", allocation_id: eipalloc-0123456789abcdef0, secondary_allocation_ids: ["${ip.allocation_id}"]}
	YAML
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "./stack.yaml:14:96: error: resource \"a\" (awscc.ec2.subnet_route_table_association): subnet_id: \"\${priv.subnet_id}\" is subnet \"priv\", which resource \"rt\" names already (its subnet_ids[0])" &&
	test_contains err "./stack.yaml:16:74: error: resource \"att\" (awscc.ec2.vpc_gateway_attachment): internet_gateway_id: \"\${igw.internet_gateway_id}\" is internet gateway \"igw\", which resource \"igw\" names already (its vpc_id)" &&
	test_contains err "./stack.yaml:19:141: error: resource \"nat2\" (awscc.ec2.nat_gateway): secondary_allocation_ids[0]: \"\${ip.allocation_id}\" is Elastic IP \"ip\", which resource \"nat1\" names already (its allocation_id): an Elastic IP address is associated with one NAT gateway" &&
	test_equal 3 "$(grep -c "error:" err)"
'

test_expect_success 'at the edges AWS takes: one each, two kinds of gateway, unknowns, a count, another region' '
	stack <<-\YAML &&
	  rt1: {type: aws.ec2.route_table, vpc_id: "${vpc.vpc_id}", subnet_ids: ["${pub.subnet_id}", "${var.subnet}"]}
	  rt2: {type: awscc.ec2.route_table, vpc_id: "${net.vpc_id}"}
	  a: {type: awscc.ec2.subnet_route_table_association, route_table_id: "${rt2.route_table_id}", subnet_id: "${priv.subnet_id}"}
	  b: {type: awscc.ec2.subnet_route_table_association, route_table_id: "${rt2.route_table_id}", subnet_id: "${var.subnet}"}
	  w: {type: awscc.ec2.subnet_route_table_association, route_table_id: rtb-0123456789abcdef0, subnet_id: subnet-0fedcba9876543210, provider: west}
	  x: {type: awscc.ec2.subnet_route_table_association, route_table_id: rtb-0123456789abcdef0, subnet_id: subnet-0fedcba9876543210}
	  many: {type: awscc.ec2.subnet_route_table_association, count: 2, route_table_id: "${rt2.route_table_id}", subnet_id: subnet-0fedcba9876543210}
	  g: {type: awscc.ec2.internet_gateway}
	  v: {type: awscc.ec2.vpn_gateway, vpn_gateway_type: ipsec.1}
	  ig: {type: awscc.ec2.vpc_gateway_attachment, vpc_id: "${net.vpc_id}", internet_gateway_id: "${g.internet_gateway_id}"}
	  vg: {type: awscc.ec2.vpc_gateway_attachment, vpc_id: "${net.vpc_id}", vpn_gateway_id: "${v.vpn_gateway_id}"}
	  igw: {type: aws.ec2.internet_gateway, vpc_id: "${vpc.vpc_id}"}
	  ip1: {type: aws.ec2.eip}
	  ip2: {type: awscc.ec2.eip}
	  nat1: {type: aws.ec2.nat_gateway, subnet_id: "${pub.subnet_id}", allocation_id: "${ip1.allocation_id}"}
	  nat2: {type: awscc.ec2.nat_gateway, subnet_id: "${priv.subnet_id}", allocation_id: "${ip2.allocation_id}"}
	YAML
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (20 resources)" &&
	test_not_contains err "names already"
'

mkdir -p mods/assoc
cat >mods/assoc/main.yaml <<-'EOF'
variables:
  subnet: {type: string}
  table: {type: string}
resources:
  link: {type: awscc.ec2.subnet_route_table_association, route_table_id: "${var.table}", subnet_id: "${var.subnet}"}
EOF

test_expect_success 'through a variable and a module: refused at plan, naming resource and attribute' '
	write_stack stack.yaml "  subnet: {type: string, default: subnet-0123456789abcdef0}
  other: {type: string, default: subnet-0fedcba9876543210}" &&
	cat >>stack.yaml <<-\YAML &&
	modules:
	  m: {source: ./mods/assoc, subnet: subnet-0fedcba9876543210, table: rtb-0123456789abcdef0}
	resources:
	  rt: {type: aws.ec2.route_table, vpc_id: vpc-0123456789abcdef0, subnet_ids: ["${var.subnet}"]}
	  viavar: {type: awscc.ec2.subnet_route_table_association, route_table_id: rtb-0123456789abcdef0, subnet_id: "${var.subnet}"}
	  again: {type: awscc.ec2.subnet_route_table_association, route_table_id: rtb-0123456789abcdef0, subnet_id: "${var.other}"}
	YAML
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid" &&
	test_expect_code 1 terrace plan -refresh=false -input=false -no-color >out 2>err &&
	test_contains err "resource \"viavar\" (awscc.ec2.subnet_route_table_association): subnet_id: subnet \"subnet-0123456789abcdef0\", which resource \"rt\" names already (its subnet_ids[0])" &&
	test_contains err "subnet_id: subnet \"subnet-0fedcba9876543210\", which resource \"" &&
	test_equal 2 "$(grep -c "names already" err)" &&
	test_not_contains out "Plan:"
'

test_done
