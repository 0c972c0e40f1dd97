#!/usr/bin/env bash
# t1285-facts-of-the-graph: the facts of the stack's graph (issue 69 point
# 2; provider/aws/checks/kinds/facts.c and the rows of facts.def), at validate, on
# stacks of their own, for written, awscc and mixed types: an RDS instance's
# security groups against the VPC of its DB subnet group's subnets (a fact
# followed across a reference), an EC2 instance's subnet against its groups,
# and two subnets of one Availability Zone given to a load balancer (subnets
# or subnet_mappings) or an interface endpoint are refused at the value's
# file:line:col, naming both. At the edges AWS takes: one VPC, subnets of
# distinct zones, a zone not written, a zone by id beside one by name, the
# same subnet twice, a subnet group of literal subnets (not read at
# validate), a DB subnet group's own subnets of one zone. No server is
# contacted.
. "$(dirname "$0")/../lib.sh"

stack () {
	{
		echo "stack: facts"
		echo "providers:"
		echo "  aws: {region: us-east-1}"
		echo "resources:"
		echo "  a: {type: aws.ec2.vpc, cidr_block: 10.0.0.0/16}"
		echo "  b: {type: awscc.ec2.vpc, cidr_block: 10.1.0.0/16}"
		echo "  a1: {type: aws.ec2.subnet, vpc_id: \"\${a.vpc_id}\", cidr_block: 10.0.1.0/24, availability_zone: us-east-1a}"
		echo "  a2: {type: awscc.ec2.subnet, vpc_id: \"\${a.vpc_id}\", cidr_block: 10.0.2.0/24, availability_zone: us-east-1a}"
		echo "  a3: {type: awscc.ec2.subnet, vpc_id: \"\${a.vpc_id}\", cidr_block: 10.0.3.0/24, availability_zone: us-east-1b}"
		echo "  b1: {type: awscc.ec2.subnet, vpc_id: \"\${b.vpc_id}\", cidr_block: 10.1.1.0/24, availability_zone: us-east-1a}"
		echo "  b2: {type: aws.ec2.subnet, vpc_id: \"\${b.vpc_id}\", cidr_block: 10.1.2.0/24, availability_zone: us-east-1b}"
		echo "  sga: {type: aws.ec2.security_group, name: sga, description: a, vpc_id: \"\${a.vpc_id}\"}"
		echo "  sgb: {type: awscc.ec2.security_group, group_description: b, vpc_id: \"\${b.vpc_id}\"}"
		echo "  grpb: {type: awscc.rds.db_subnet_group, db_subnet_group_description: b, subnet_ids: [\"\${b1.subnet_id}\", \"\${b2.subnet_id}\"]}"
		echo "  grpw: {type: aws.rds.subnet_group, name: grpw, description: w, subnet_ids: [\"\${b1.subnet_id}\", \"\${b2.subnet_id}\"]}"
		cat
	} >stack.yaml
}

test_expect_success 'an RDS instance'"'"'s groups of another VPC than its subnet group'"'"'s subnets are refused: awscc, written and mixed' '
	stack <<-\YAML &&
	  db: {type: awscc.rds.db_instance, engine: postgres, db_instance_class: db.t3.micro, allocated_storage: "20", vpc_security_groups: ["${sga.group_id}"], db_subnet_group_name: "${grpb.db_subnet_group_name}"}
	  dbw: {type: aws.rds.instance, identifier: dbw, engine: postgres, instance_class: db.t3.micro, allocated_storage: 20, master_username: u, manage_master_user_password: true, skip_final_snapshot: true, vpc_security_group_ids: ["${sga.group_id}"], db_subnet_group_name: "${grpw.name}"}
	  dbm: {type: aws.rds.instance, identifier: dbm, engine: postgres, instance_class: db.t3.micro, allocated_storage: 20, master_username: u, manage_master_user_password: true, skip_final_snapshot: true, vpc_security_group_ids: ["${sgb.id}", "${sga.group_id}"], db_subnet_group_name: "${grpb.id}"}
	YAML
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_line err "./stack.yaml:16:154: error: resource \"db\" (awscc.rds.db_instance): db_subnet_group_name: \"\${grpb.db_subnet_group_name}\" is a subnet group of VPC \"b\", and vpc_security_groups[0] (\"\${sga.group_id}\") is a security group of VPC \"a\": AWS takes a resource'"'"'s subnets, security groups and VPC of one VPC only; make them one VPC'"'"'s" &&
	test_contains err "./stack.yaml:17:247: error: resource \"dbw\" (aws.rds.instance): db_subnet_group_name: \"\${grpw.name}\" is a subnet group of VPC \"b\", and vpc_security_group_ids[0] (\"\${sga.group_id}\") is a security group of VPC \"a\"" &&
	test_contains err "resource \"dbm\" (aws.rds.instance): vpc_security_group_ids[1]: \"\${sga.group_id}\" is a security group of VPC \"a\", and vpc_security_group_ids[0] (\"\${sgb.id}\") is a security group of VPC \"b\"" &&
	test_equal 3 "$(grep -c "error:" err)"
'

test_expect_success 'two subnets of one zone given to a load balancer or an interface endpoint are refused: awscc, written and mixed' '
	stack <<-\YAML &&
	  lb: {type: awscc.elasticloadbalancingv2.load_balancer, subnets: ["${a1.subnet_id}", "${a3.subnet_id}", "${a2.subnet_id}"]}
	  lbm: {type: awscc.elasticloadbalancingv2.load_balancer, subnet_mappings: [{subnet_id: "${a3.subnet_id}"}, {subnet_id: "${a2.subnet_id}"}, {subnet_id: "${a1.subnet_id}"}]}
	  ep: {type: aws.ec2.vpc_endpoint, vpc_id: "${a.vpc_id}", service_name: com.amazonaws.us-east-1.sqs, vpc_endpoint_type: Interface, subnet_ids: ["${a1.subnet_id}", "${a2.subnet_id}"]}
	  epc: {type: awscc.ec2.vpc_endpoint, vpc_id: "${a.vpc_id}", service_name: com.amazonaws.us-east-1.sqs, vpc_endpoint_type: Interface, subnet_ids: ["${a2.subnet_id}", "${a1.subnet_id}"]}
	YAML
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_line err "./stack.yaml:16:106: error: resource \"lb\" (awscc.elasticloadbalancingv2.load_balancer): subnets[2]: \"\${a2.subnet_id}\" is a subnet of Availability Zone us-east-1a, as subnets[0] (\"\${a1.subnet_id}\") is: AWS::ElasticLoadBalancingV2::LoadBalancer takes one subnet per zone (\"A load balancer cannot be attached to multiple subnets in the same Availability Zone\"); name subnets of distinct zones" &&
	test_contains err "./stack.yaml:17:142: error: resource \"lbm\" (awscc.elasticloadbalancingv2.load_balancer): subnet_mappings[2].subnet_id: \"\${a1.subnet_id}\" is a subnet of Availability Zone us-east-1a, as subnet_mappings[1].subnet_id (\"\${a2.subnet_id}\") is" &&
	test_contains err "./stack.yaml:18:164: error: resource \"ep\" (aws.ec2.vpc_endpoint): subnet_ids[1]: \"\${a2.subnet_id}\" is a subnet of Availability Zone us-east-1a, as subnet_ids[0] (\"\${a1.subnet_id}\") is: AWS::EC2::VPCEndpoint takes one subnet per zone (\"you can specify only one subnet per Availability Zone\")" &&
	test_contains err "resource \"epc\" (awscc.ec2.vpc_endpoint): subnet_ids[1]: \"\${a1.subnet_id}\" is a subnet of Availability Zone us-east-1a, as subnet_ids[0] (\"\${a2.subnet_id}\") is" &&
	test_equal 4 "$(grep -c "error:" err)"
'

test_expect_success 'a Redshift cluster'"'"'s, a cache cluster'"'"'s, an Aurora cluster'"'"'s groups of another VPC than their subnet group'"'"'s: written, awscc' '
	stack <<-\YAML &&
	  rsg: {type: aws.redshift.subnet_group, name: rsg, description: r, subnet_ids: ["${b1.subnet_id}"]}
	  rs: {type: aws.redshift.cluster, cluster_identifier: rs, node_type: ra3.xlplus, master_username: admin, master_password: "${var.pw}", skip_final_snapshot: true, cluster_subnet_group_name: "${rsg.name}", vpc_security_group_ids: ["${sga.group_id}"]}
	  rsgc: {type: awscc.redshift.cluster_subnet_group, description: r, subnet_ids: ["${b1.subnet_id}"]}
	  rsc: {type: awscc.redshift.cluster, cluster_type: single-node, db_name: dev, master_username: admin, manage_master_password: true, node_type: ra3.xlplus, cluster_subnet_group_name: "${rsgc.cluster_subnet_group_name}", vpc_security_group_ids: ["${sga.group_id}"]}
	  ecg: {type: awscc.elasticache.subnet_group, description: e, subnet_ids: ["${b1.subnet_id}"]}
	  ec: {type: awscc.elasticache.cache_cluster, cache_node_type: cache.t3.micro, engine: redis, num_cache_nodes: 1, cache_subnet_group_name: "${ecg.cache_subnet_group_name}", vpc_security_group_ids: ["${sga.group_id}"]}
	  au: {type: awscc.rds.db_cluster, engine: aurora-postgresql, db_subnet_group_name: "${grpb.id}", vpc_security_group_ids: ["${sga.group_id}"]}
	  aok: {type: awscc.rds.db_cluster, engine: aurora-postgresql, db_subnet_group_name: "${grpb.id}", vpc_security_group_ids: ["${sgb.id}"]}
	YAML
	sed -i "s/^resources:/variables:\n  pw: {type: string, sensitive: true, default: Secret-Pw-123}\n&/" stack.yaml &&
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "resource \"rs\" (aws.redshift.cluster): vpc_security_group_ids[0]: \"\${sga.group_id}\" is a security group of VPC \"a\", and cluster_subnet_group_name (\"\${rsg.name}\") is a subnet group of VPC \"b\"" &&
	test_contains err "resource \"rsc\" (awscc.redshift.cluster): vpc_security_group_ids[0]: \"\${sga.group_id}\" is a security group of VPC \"a\", and cluster_subnet_group_name (\"\${rsgc.cluster_subnet_group_name}\") is a subnet group of VPC \"b\"" &&
	test_contains err "resource \"ec\" (awscc.elasticache.cache_cluster): vpc_security_group_ids[0]: \"\${sga.group_id}\" is a security group of VPC \"a\", and cache_subnet_group_name (\"\${ecg.cache_subnet_group_name}\") is a subnet group of VPC \"b\"" &&
	test_contains err "resource \"au\" (awscc.rds.db_cluster): vpc_security_group_ids[0]: \"\${sga.group_id}\" is a security group of VPC \"a\", and db_subnet_group_name (\"\${grpb.id}\") is a subnet group of VPC \"b\"" &&
	test_equal 4 "$(grep -c "error:" err)"
'

test_expect_success 'an EC2 instance'"'"'s subnet of one VPC and group of another is refused (awscc)' '
	stack <<-\YAML &&
	  vm: {type: awscc.ec2.instance, image_id: ami-0123456789abcdef0, subnet_id: "${b1.subnet_id}", security_group_ids: ["${sga.group_id}"]}
	YAML
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "resource \"vm\" (awscc.ec2.instance): security_group_ids[0]: \"\${sga.group_id}\" is a security group of VPC \"a\", and subnet_id (\"\${b1.subnet_id}\") is a subnet of VPC \"b\"" &&
	test_equal 1 "$(grep -c "error:" err)"
'

test_expect_success 'at the edges AWS takes: one VPC, distinct zones, a zone not written or by id, the same subnet twice, literals' '
	stack <<-\YAML &&
	  nz: {type: aws.ec2.subnet, vpc_id: "${a.vpc_id}", cidr_block: 10.0.4.0/24}
	  byid: {type: awscc.ec2.subnet, vpc_id: "${a.vpc_id}", cidr_block: 10.0.5.0/24, availability_zone_id: use1-az1}
	  grpa: {type: awscc.rds.db_subnet_group, db_subnet_group_description: a, subnet_ids: ["${a1.subnet_id}", "${a3.subnet_id}"]}
	  grpl: {type: aws.rds.subnet_group, name: grpl, description: l, subnet_ids: [subnet-0123456789abcdef0, subnet-0123456789abcdef1]}
	  db: {type: awscc.rds.db_instance, engine: postgres, db_instance_class: db.t3.micro, allocated_storage: "20", vpc_security_groups: ["${sga.group_id}"], db_subnet_group_name: "${grpa.db_subnet_group_name}"}
	  dbl: {type: aws.rds.instance, identifier: dbl, engine: postgres, instance_class: db.t3.micro, allocated_storage: 20, master_username: u, manage_master_user_password: true, skip_final_snapshot: true, vpc_security_group_ids: ["${sgb.id}"], db_subnet_group_name: "${grpl.name}"}
	  dbn: {type: aws.rds.instance, identifier: dbn, engine: postgres, instance_class: db.t3.micro, allocated_storage: 20, master_username: u, manage_master_user_password: true, skip_final_snapshot: true, vpc_security_group_ids: ["${sga.group_id}"], db_subnet_group_name: a-literal-group}
	  lb: {type: awscc.elasticloadbalancingv2.load_balancer, subnets: ["${a1.subnet_id}", "${a3.subnet_id}", "${nz.subnet_id}", "${byid.subnet_id}"]}
	  ep: {type: aws.ec2.vpc_endpoint, vpc_id: "${a.vpc_id}", service_name: com.amazonaws.us-east-1.sqs, vpc_endpoint_type: Interface, subnet_ids: ["${a1.subnet_id}", "${a3.subnet_id}"], security_group_ids: ["${sga.group_id}"]}
	  twice: {type: awscc.ec2.vpc_endpoint, vpc_id: "${a.vpc_id}", service_name: com.amazonaws.us-east-1.sqs, vpc_endpoint_type: Interface, subnet_ids: ["${a1.subnet_id}", "${a1.subnet_id}"]}
	  lit: {type: awscc.elasticloadbalancingv2.load_balancer, subnets: [subnet-0123456789abcdef0, subnet-0123456789abcdef1]}
	  vm: {type: awscc.ec2.instance, image_id: ami-0123456789abcdef0, subnet_id: "${a2.subnet_id}", security_group_ids: ["${sga.group_id}"]}
	YAML
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (23 resources)" &&
	test_empty err
'

test_done
