#!/usr/bin/env bash
# t1286-facts-read-at-plan: the facts of what the stack does not make are
# read at plan (issue 69 point 2; kinds/facts.c, checks/kinds/reads.c's
# aws_kind_read_place: EC2 DescribeSubnets gives a subnet's VPC and its
# Availability Zone): two literal subnets of one zone given to a load
# balancer (awscc) or an interface endpoint (written), one beside a subnet
# of the stack in that zone (mixed), and an RDS instance's literal group of
# another VPC than the literal subnets of its DB subnet group are refused,
# naming both; and so through a variable, a zone given by a variable, a
# module's input and a module's output (the module's subnets made first).
# Subnets of distinct zones plan; -refresh=false and
# TERRACE_AWS_READ_LITERALS=0 read nothing and refuse nothing. The VPCs,
# subnets and groups are made with the AWS CLI on moto.
. "$(dirname "$0")/../lib.sh"

export TERRACE_AWS_READ_LITERALS=1
start_moto || test_fail_setup "moto did not start"
use_server moto

vpc_a=$(aws_server ec2 create-vpc --cidr-block 10.71.0.0/16 --query Vpc.VpcId --output text) &&
vpc_b=$(aws_server ec2 create-vpc --cidr-block 10.72.0.0/16 --query Vpc.VpcId --output text) &&
a1=$(aws_server ec2 create-subnet --vpc-id "$vpc_a" --cidr-block 10.71.1.0/24 --availability-zone us-east-1a --query Subnet.SubnetId --output text) &&
a2=$(aws_server ec2 create-subnet --vpc-id "$vpc_a" --cidr-block 10.71.2.0/24 --availability-zone us-east-1a --query Subnet.SubnetId --output text) &&
a3=$(aws_server ec2 create-subnet --vpc-id "$vpc_a" --cidr-block 10.71.3.0/24 --availability-zone us-east-1b --query Subnet.SubnetId --output text) &&
b1=$(aws_server ec2 create-subnet --vpc-id "$vpc_b" --cidr-block 10.72.1.0/24 --availability-zone us-east-1a --query Subnet.SubnetId --output text) &&
b2=$(aws_server ec2 create-subnet --vpc-id "$vpc_b" --cidr-block 10.72.2.0/24 --availability-zone us-east-1b --query Subnet.SubnetId --output text) &&
sg_a=$(aws_server ec2 create-security-group --vpc-id "$vpc_a" --group-name t1286-a --description a --query GroupId --output text) ||
	test_fail_setup "the VPCs, subnets and group could not be made"

lb () { # NAME SUBNET... : an application load balancer
	local name=$1 list
	shift
	list=$(printf '"%s", ' "$@")
	echo "  $name: {type: awscc.elasticloadbalancingv2.load_balancer, subnets: [${list%, }]}"
}

zoned () {
	write_stack stack.yaml
	{
		echo "resources:"
		lb lb "$a1" "$a2"
		echo "  ep: {type: aws.ec2.vpc_endpoint, vpc_id: $vpc_a, service_name: com.amazonaws.us-east-1.sqs, vpc_endpoint_type: Interface, subnet_ids: [\"$a3\", \"$a2\", \"$a1\"]}"
		echo "  own: {type: aws.ec2.subnet, vpc_id: $vpc_a, cidr_block: 10.71.9.0/24, availability_zone: us-east-1b}"
		lb mixed "$a3" "\${own.subnet_id}"
		echo "  grp: {type: awscc.rds.db_subnet_group, db_subnet_group_description: b, subnet_ids: [\"$b1\", \"$b2\"]}"
		echo "  db: {type: awscc.rds.db_instance, engine: postgres, db_instance_class: db.t3.micro, allocated_storage: \"20\", vpc_security_groups: [\"$sg_a\"], db_subnet_group_name: \"\${grp.db_subnet_group_name}\"}"
	} >>stack.yaml
}

test_expect_success 'literal subnets of one zone, and an RDS group of another VPC than its subnet group'"'"'s literal subnets: plan refuses, naming both' '
	zoned &&
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (6 resources)" &&
	test_expect_code 1 terrace plan -no-color -input=false >out 2>err &&
	test_contains err "resource \"lb\" (awscc.elasticloadbalancingv2.load_balancer): subnets[1]: \"$a2\" is a subnet of Availability Zone us-east-1a, as subnets[0] (\"$a1\") is: AWS::ElasticLoadBalancingV2::LoadBalancer takes one subnet per zone" &&
	test_contains err "resource \"ep\" (aws.ec2.vpc_endpoint): subnet_ids[2]: \"$a1\" is a subnet of Availability Zone us-east-1a, as subnet_ids[1] (\"$a2\") is" &&
	test_contains err "resource \"mixed\" (awscc.elasticloadbalancingv2.load_balancer): subnets[1]: \"\${own.subnet_id}\" is a subnet of Availability Zone us-east-1b, as subnets[0] (\"$a3\") is" &&
	test_contains err "resource \"db\" (awscc.rds.db_instance): db_subnet_group_name: \"\${grp.db_subnet_group_name}\" is a subnet group of VPC $vpc_b, and vpc_security_groups[0] (\"$sg_a\") is a security group of VPC $vpc_a" &&
	test_equal 4 "$(grep -c "error:" err)" &&
	test_not_contains out "Plan:"
'

test_expect_success 'subnets of distinct zones and one VPC plan' '
	write_stack stack.yaml &&
	{
		echo "resources:"
		lb lb "$a1" "$a3"
		echo "  grp: {type: awscc.rds.db_subnet_group, db_subnet_group_description: a, subnet_ids: [\"$a1\", \"$a3\"]}"
		echo "  db: {type: awscc.rds.db_instance, engine: postgres, db_instance_class: db.t3.micro, allocated_storage: \"20\", vpc_security_groups: [\"$sg_a\"], db_subnet_group_name: \"\${grp.db_subnet_group_name}\"}"
	} >>stack.yaml &&
	terrace plan -no-color -input=false >out 2>err &&
	test_contains out "Plan: 3 to add" &&
	test_not_contains err "error:"
'

test_expect_success '-refresh=false and TERRACE_AWS_READ_LITERALS=0 read nothing: the zoned stack plans' '
	zoned &&
	terrace plan -no-color -input=false -refresh=false >out 2>err &&
	test_contains out "Plan: 6 to add" &&
	test_not_contains err "error:" &&
	TERRACE_AWS_READ_LITERALS=0 terrace plan -no-color -input=false >out 2>err &&
	test_contains out "Plan: 6 to add" &&
	test_not_contains err "error:"
'

test_expect_success 'through a variable: literal subnets of one zone, and subnets of the stack whose zone a variable gives' '
	write_stack stack.yaml "  subnets: {type: list(string), default: [\"$a2\", \"$a1\"]}
  zone: {type: string, default: us-east-1b}" &&
	{
		echo "resources:"
		echo "  lb: {type: awscc.elasticloadbalancingv2.load_balancer, subnets: \"\${var.subnets}\"}"
		echo "  z1: {type: aws.ec2.subnet, vpc_id: $vpc_a, cidr_block: 10.71.11.0/24, availability_zone: \"\${var.zone}\"}"
		echo "  z2: {type: awscc.ec2.subnet, vpc_id: $vpc_a, cidr_block: 10.71.12.0/24, availability_zone: \"\${var.zone}\"}"
		echo "  ep: {type: awscc.ec2.vpc_endpoint, vpc_id: $vpc_a, service_name: com.amazonaws.us-east-1.sqs, vpc_endpoint_type: Interface, subnet_ids: [\"\${z1.subnet_id}\", \"\${z2.subnet_id}\"]}"
	} >>stack.yaml &&
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid" &&
	test_expect_code 1 terrace plan -no-color -input=false >out 2>err &&
	test_contains err "resource \"lb\" (awscc.elasticloadbalancingv2.load_balancer): subnets[1]: \"$a1\" is a subnet of Availability Zone us-east-1a, as subnets[0] (\"$a2\") is" &&
	test_contains err "resource \"ep\" (awscc.ec2.vpc_endpoint): subnet_ids[1]: \"\${z2.subnet_id}\" is a subnet of Availability Zone us-east-1b, as subnet_ids[0] (\"\${z1.subnet_id}\") is" &&
	test_equal 2 "$(grep -c "error:" err)"
'

mkdir -p mods/lb mods/net
cat >mods/lb/main.yaml <<'EOF'
variables:
  subnets: {type: list(string)}
resources:
  inner: {type: awscc.elasticloadbalancingv2.load_balancer, subnets: "${var.subnets}"}
EOF
cat >mods/net/main.yaml <<'EOF'
variables:
  vpc: {type: string}
resources:
  one: {type: aws.ec2.subnet, vpc_id: "${var.vpc}", cidr_block: 10.71.21.0/24, availability_zone: us-east-1c}
  two: {type: aws.ec2.subnet, vpc_id: "${var.vpc}", cidr_block: 10.71.22.0/24, availability_zone: us-east-1c}
outputs:
  ids: ["${one.subnet_id}", "${two.subnet_id}"]
EOF

test_expect_success 'through a module: its input, and its output once its subnets are made' '
	write_stack stack.yaml &&
	cat >>stack.yaml <<-YAML &&
	modules:
	  net: {source: ./mods/net, vpc: $vpc_a}
	YAML
	terrace apply -auto-approve -no-color -input=false >out 2>err &&
	test_contains out "Apply complete! Resources: 2 added" &&
	cat >>stack.yaml <<-YAML &&
	  lbm: {source: ./mods/lb, subnets: ["$a1", "$a2"]}
	resources:
	  out: {type: awscc.elasticloadbalancingv2.load_balancer, subnets: "\${module.net.ids}"}
	YAML
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid" &&
	test_expect_code 1 terrace plan -no-color -input=false >out 2>err &&
	test_contains err "(awscc.elasticloadbalancingv2.load_balancer): subnets[1]: \"$a2\" is a subnet of Availability Zone us-east-1a, as subnets[0] (\"$a1\") is" &&
	test_contains err "resource \"out\" (awscc.elasticloadbalancingv2.load_balancer): subnets[1]: \"subnet-" &&
	test_contains err "is a subnet of Availability Zone us-east-1c" &&
	test_equal 2 "$(grep -c "error:" err)"
'

test_done
