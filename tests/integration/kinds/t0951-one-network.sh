#!/usr/bin/env bash
# t0951-one-network: what one block of a resource names of a network (its
# subnets, security groups and VPC, found by the kinds of identifier its
# attributes take: provider/aws/checks/kinds/one_network.c) is of one VPC, for
# written and awscc types alike: two VPCs are refused at validate, naming
# both, at the value's file:line:col; a subnet's or security group's VPC is
# followed through references, to a VPC of the stack or a literal id. At
# the edges, what AWS takes passes: one VPC by two routes, a peering's two
# VPCs, a VPC not known yet, a security group the stack does not make. No
# server is contacted.
. "$(dirname "$0")/../lib.sh"

stack () {
	{
		echo "stack: net"
		echo "variables:"
		echo "  vpc: {type: string, default: vpc-0123456789abcdef0}"
		echo "providers:"
		echo "  aws: {region: us-east-1}"
		echo "resources:"
		echo "  a: {type: aws.ec2.vpc, cidr_block: 10.0.0.0/16}"
		echo "  b: {type: awscc.ec2.vpc, cidr_block: 10.1.0.0/16}"
		echo "  suba: {type: aws.ec2.subnet, vpc_id: \"\${a.vpc_id}\", cidr_block: 10.0.1.0/24}"
		echo "  subb: {type: awscc.ec2.subnet, vpc_id: \"\${b.vpc_id}\", cidr_block: 10.1.1.0/24}"
		echo "  sga: {type: aws.ec2.security_group, name: sga, description: a, vpc_id: \"\${a.vpc_id}\"}"
		echo "  sgb: {type: awscc.ec2.security_group, group_description: b, vpc_id: \"\${b.vpc_id}\"}"
		echo "  sgl: {type: aws.ec2.security_group, name: sgl, description: l, vpc_id: vpc-0123456789abcdef0}"
		cat
	} >stack.yaml
}

test_expect_success 'two VPCs in one block are refused, naming both, for written and awscc types' '
	stack <<-\YAML &&
	  fn: {type: awscc.lambda.function, role: "arn:aws:iam::123456789012:role/r", code: {zip_file: x}, runtime: python3.12, handler: index.handler, vpc_config: {security_group_ids: ["${sga.group_id}", "${sgb.id}"]}}
	  vm: {type: awscc.ec2.instance, image_id: ami-0123456789abcdef0, subnet_id: "${subb.subnet_id}", security_group_ids: ["${sga.group_id}"]}
	  ep: {type: aws.ec2.vpc_endpoint, vpc_id: "${a.vpc_id}", service_name: com.amazonaws.us-east-1.s3, vpc_endpoint_type: Interface, subnet_ids: ["${suba.subnet_id}"], security_group_ids: ["${sgl.group_id}"]}
	  ce: {type: aws.batch.compute_environment, name: ce, compute_environment_type: MANAGED, compute_resources: {type: FARGATE, max_vcpus: 4, subnets: ["${subb.subnet_id}"], security_group_ids: ["${sga.group_id}"]}}
	YAML
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_line err "./stack.yaml:14:198: error: resource \"fn\" (awscc.lambda.function): vpc_config.security_group_ids[1]: \"\${sgb.id}\" is a security group of VPC \"b\", and vpc_config.security_group_ids[0] (\"\${sga.group_id}\") is a security group of VPC \"a\": AWS takes a resource'"'"'s subnets, security groups and VPC of one VPC only; make them one VPC'"'"'s" &&
	test_contains err "./stack.yaml:15:120: error: resource \"vm\" (awscc.ec2.instance): security_group_ids[0]: \"\${sga.group_id}\" is a security group of VPC \"a\", and subnet_id (\"\${subb.subnet_id}\") is a subnet of VPC \"b\"" &&
	test_contains err "./stack.yaml:16:187: error: resource \"ep\" (aws.ec2.vpc_endpoint): security_group_ids[0]: \"\${sgl.group_id}\" is a security group of VPC vpc-0123456789abcdef0, and vpc_id (\"\${a.vpc_id}\") names VPC \"a\"" &&
	test_contains err "resource \"ce\" (aws.batch.compute_environment): compute_resources.security_group_ids[0]: \"\${sga.group_id}\" is a security group of VPC \"a\", and compute_resources.subnets[0] (\"\${subb.subnet_id}\") is a subnet of VPC \"b\"" &&
	test_equal 4 "$(grep -c "error:" err)"
'

test_expect_success 'at the edges AWS takes: one VPC by two routes, a peering, unknowns, what the stack does not make' '
	stack <<-\YAML &&
	  sgv: {type: aws.ec2.security_group, name: sgv, description: v, vpc_id: "${sga.vpc_id}"}
	  ok: {type: aws.ec2.vpc_endpoint, vpc_id: "${a.vpc_id}", service_name: com.amazonaws.us-east-1.s3, vpc_endpoint_type: Interface, subnet_ids: ["${suba.subnet_id}"], security_group_ids: ["${sga.group_id}", "${sgv.group_id}"]}
	  lit: {type: aws.ec2.vpc_endpoint, vpc_id: vpc-0123456789abcdef0, service_name: com.amazonaws.us-east-1.s3, vpc_endpoint_type: Interface, security_group_ids: ["${sgl.group_id}", sg-0123456789abcdef0]}
	  peer: {type: awscc.ec2.vpc_peering_connection, vpc_id: "${a.vpc_id}", peer_vpc_id: "${b.vpc_id}"}
	  sgx: {type: aws.ec2.security_group, name: sgx, description: x, vpc_id: "${var.vpc}"}
	  vm: {type: awscc.ec2.instance, image_id: ami-0123456789abcdef0, subnet_id: "${suba.subnet_id}", security_group_ids: ["${sga.group_id}", "${sgx.group_id}"]}
	YAML
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (13 resources)" &&
	test_empty err
'

test_done
