#!/usr/bin/env bash
# t1280-kinds-of-written-attributes: every attribute of a written aws type
# has the kinds of identifier of the CloudFormation property it goes into
# (issue 69 point 1; provider/aws/checks/kinds/gen_kinds.py maps each attribute by
# name or by cfn.map's path lines, the security group rule, internet
# gateway and route table by their twins' properties), and the schemas'
# kinds by a property's name where cfn-lint annotates that name elsewhere
# (a Lambda function's vpc_config.subnet_ids), so:
#   - written: a lambda function's subnets, an EC2 instance's AMI and
#     groups, an RDS instance's groups, a security group rule's source, an
#     internet gateway's VPC, refused at validate at file:line:col;
#   - awscc and mixed: awscc.lambda.function's vpc_config.subnet_ids given
#     a written group's id;
#   - through a variable and a module's input, refused at plan (moto).
. "$(dirname "$0")/../lib.sh"

mkdir -p src mods/fn/src
echo "def handler(e, c): pass" >src/index.py
cp src/index.py mods/fn/src/index.py
cat >mods/fn/main.yaml <<-'EOF'
variables:
  subnets: {type: list}
  groups: {type: list}
resources:
  fn:
    type: aws.lambda.function
    function_name: t1280-mod
    role: "arn:aws:iam::123456789012:role/r"
    runtime: python3.12
    handler: index.handler
    source: ./src
    vpc_config:
      subnet_ids: "${var.subnets}"
      security_group_ids: "${var.groups}"
EOF

stack () {
	{
		echo "stack: t1280"
		echo "variables:"
		echo "  vpc: {type: string, default: vpc-0123456789abcdef0}"
		echo "providers:"
		echo "  aws: {region: us-east-1}"
		echo "resources:"
		cat
	} >stack.yaml
}

test_expect_success 'written attributes take their twins'"'"' kinds: a reference of another kind is refused' '
	stack <<-\YAML &&
	  sg: {type: aws.ec2.security_group, name: web, description: web, vpc_id: "${var.vpc}"}
	  net: {type: aws.ec2.subnet, vpc_id: "${var.vpc}", cidr_block: 10.0.0.0/24}
	  fn: {type: aws.lambda.function, function_name: t1280-fn, role: "arn:aws:iam::123456789012:role/r", runtime: python3.12, handler: index.handler, source: ./src, vpc_config: {subnet_ids: ["${sg.group_id}"], security_group_ids: ["${sg.group_id}"]}}
	  vm: {type: aws.ec2.instance, ami: ami-0123456789abcdef0, instance_type: t3.micro, subnet_id: "${net.subnet_id}", vpc_security_group_ids: ["${net.subnet_id}"]}
	  rule: {type: aws.ec2.security_group_rule, security_group_id: "${sg.group_id}", direction: ingress, protocol: tcp, from_port: 443, to_port: 443, source_security_group_id: "${net.subnet_id}"}
	  igw: {type: aws.ec2.internet_gateway, vpc_id: "${sg.group_id}"}
	YAML
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_line err "./stack.yaml:9:188: error: resource \"fn\" (aws.lambda.function): vpc_config.subnet_ids[0] takes a subnet'"'"'s id, not a security group'"'"'s id (what sg.group_id gives)" &&
	test_line err "./stack.yaml:10:141: error: resource \"vm\" (aws.ec2.instance): vpc_security_group_ids[0] takes a security group'"'"'s id, not a subnet'"'"'s id (what net.subnet_id gives)" &&
	test_line err "./stack.yaml:11:147: error: resource \"rule\" (aws.ec2.security_group_rule): source_security_group_id takes a security group'"'"'s id, not a subnet'"'"'s id (what net.subnet_id gives)" &&
	test_line err "./stack.yaml:12:41: error: resource \"igw\" (aws.ec2.internet_gateway): vpc_id takes a VPC'"'"'s id, not a security group'"'"'s id (what sg.group_id gives): write \${sg.vpc_id}" &&
	test_equal 4 "$(grep -c "error:" err)"
'

test_expect_success 'a literal of none of a written attribute'"'"'s kinds is refused' '
	stack <<-\YAML &&
	  db: {type: aws.rds.instance, identifier: t1280-db, engine: postgres, instance_class: db.t3.micro, allocated_storage: 20, master_username: app, master_password: Secret-123456, skip_final_snapshot: true, vpc_security_group_ids: [subnet-0123456789abcdef0]}
	  vm: {type: aws.ec2.instance, ami: my-ami, instance_type: t3.micro}
	YAML
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_line err "./stack.yaml:7:230: error: resource \"db\" (aws.rds.instance): vpc_security_group_ids[0]: \"subnet-0123456789abcdef0\" is not a security group'"'"'s id (e.g. sg-0123456789abcdef0)" &&
	test_line err "./stack.yaml:8:32: error: resource \"vm\" (aws.ec2.instance): ami: \"my-ami\" is not an AMI'"'"'s id (e.g. ami-0123456789abcdef0)" &&
	test_equal 2 "$(grep -c "error:" err)"
'

test_expect_success 'mixed: an awscc function'"'"'s subnets given a written group'"'"'s id are refused' '
	stack <<-\YAML &&
	  sg: {type: aws.ec2.security_group, name: web, description: web, vpc_id: "${var.vpc}"}
	  afn: {type: awscc.lambda.function, role: "arn:aws:iam::123456789012:role/r", code: {zip_file: x}, runtime: python3.12, handler: index.handler, vpc_config: {subnet_ids: ["${sg.group_id}"], security_group_ids: ["${sg.group_id}"]}}
	YAML
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_line err "./stack.yaml:8:172: error: resource \"afn\" (awscc.lambda.function): vpc_config.subnet_ids[0] takes a subnet'"'"'s id, not a security group'"'"'s id (what sg.group_id gives)" &&
	test_equal 1 "$(grep -c "error:" err)"
'

test_expect_success 'what the kinds take passes: subnets, groups, an AMI, a source group, a VPC' '
	stack <<-\YAML &&
	  sg: {type: aws.ec2.security_group, name: web, description: web, vpc_id: "${var.vpc}"}
	  net: {type: aws.ec2.subnet, vpc_id: "${var.vpc}", cidr_block: 10.0.0.0/24}
	  fn: {type: aws.lambda.function, function_name: t1280-fn, role: "arn:aws:iam::123456789012:role/r", runtime: python3.12, handler: index.handler, source: ./src, vpc_config: {subnet_ids: ["${net.subnet_id}", subnet-0123456789abcdef0], security_group_ids: ["${sg.group_id}"]}}
	  vm: {type: aws.ec2.instance, ami: ami-0123456789abcdef0, instance_type: t3.micro, subnet_id: "${net.subnet_id}", vpc_security_group_ids: ["${sg.group_id}"]}
	  rule: {type: aws.ec2.security_group_rule, security_group_id: "${sg.group_id}", direction: ingress, protocol: tcp, from_port: 443, to_port: 443, source_security_group_id: "${sg.group_id}"}
	  igw: {type: aws.ec2.internet_gateway, vpc_id: "${sg.vpc_id}"}
	  afn: {type: awscc.lambda.function, role: "arn:aws:iam::123456789012:role/r", code: {zip_file: x}, runtime: python3.12, handler: index.handler, vpc_config: {subnet_ids: ["${net.subnet_id}"], security_group_ids: ["${sg.group_id}"]}}
	YAML
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (7 resources)" &&
	test_empty err
'

start_moto || test_fail_setup "moto did not start"
use_server moto
stand_in_roles r || test_fail_setup "the roles the stacks name could not be made"

test_expect_success 'through a variable and a module'"'"'s input, a literal of another kind is refused at plan' '
	cat >stack.yaml <<-\YAML &&
	stack: t1280
	variables:
	  subnet: {type: string}
	  endpoint: {type: string}
	  access_key: {type: string}
	  secret_key: {type: string, sensitive: true}
	providers:
	  aws: {region: us-east-1, endpoint: "${var.endpoint}", access_key: "${var.access_key}", secret_key: "${var.secret_key}"}
	modules:
	  m: {source: ./mods/fn, subnets: ["${var.subnet}"], groups: ["${sg.group_id}"]}
	resources:
	  sg: {type: aws.ec2.security_group, name: web, description: web, vpc_id: "${vpc.vpc_id}"}
	  vpc: {type: aws.ec2.vpc, cidr_block: 10.0.0.0/16}
	  fn: {type: aws.lambda.function, function_name: t1280-var, role: "arn:aws:iam::123456789012:role/r", runtime: python3.12, handler: index.handler, source: ./src, vpc_config: {subnet_ids: ["${var.subnet}"], security_group_ids: ["${sg.group_id}"]}}
	YAML
	terrace validate -no-color >out 2>err &&
	test_contains out "Success!" &&
	test_expect_code 1 terrace plan -no-color -input=false -var subnet=sg-0123456789abcdef0 >out 2>err &&
	test_contains err "resource \"fn\" (aws.lambda.function): vpc_config.subnet_ids[0]: \"sg-0123456789abcdef0\" is not a subnet'"'"'s id (e.g. subnet-0123456789abcdef0)" &&
	test_contains err "resource \"module.m.fn\" (aws.lambda.function): vpc_config.subnet_ids[0]: \"sg-0123456789abcdef0\" is not a subnet'"'"'s id" &&
	test_equal 2 "$(grep -c "is not a subnet" err)" &&
	test_not_contains out "Plan:"
'

test_done
