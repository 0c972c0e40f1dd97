#!/usr/bin/env bash
# t0477-splats-and-blocks: for expressions and splats in stacks against moto:
# home[*].name over count and for_each instances (in key order), a for over
# the whole-resource map of a for_each, module.NAME[*].OUTPUT over a module's
# instances, a list of security-group rules made
# from a variable with a for expression (Terraform's dynamic block) applied
# and read back with the aws CLI, and a block made by a for checked against
# the rule schema at file:line:col: by validate when it is made of literals,
# by plan when a variable makes it; validate -var reports a function refusing
# a value given, and plan an output that fails, each at file:line:col. A for
# holds " : ", which YAML reads as a
# mapping in a plain value: such a value is quoted.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

mkdir -p mods/zone
cat >mods/zone/main.yaml <<-'YAML'
variables:
  name: {type: string}
resources:
  bucket: {type: aws.s3.bucket, name: "${var.name}"}
outputs:
  bucket_name: ${bucket.name}
  arn: ${bucket.arn}
YAML
write_stack stack.yaml '  ports: {type: list, default: [22, 443]}'
cat >>stack.yaml <<-'YAML'
modules:
  team:
    source: ./mods/zone
    for_each: [ops, data]
    name: t0477-team-${each.key}
  solo:
    source: ./mods/zone
    name: t0477-solo
resources:
  teams:
    type: aws.s3.bucket
    name: t0477-teams
    tags:
      names: ${join("+", module.team[*].bucket_name)}
      solo: ${join("+", module.solo[*].bucket_name)}
      arns: ${length(module.team[*].arn)}
  counted:
    type: aws.s3.bucket
    count: 2
    name: t0477-c${count.index}
  keyed:
    type: aws.s3.bucket
    for_each: [zed, amy]
    name: t0477-k-${each.key}
  summary:
    type: aws.s3.bucket
    name: t0477-summary
    tags:
      counted: ${join("+", counted[*].name)}
      keyed: ${join("+", keyed[*].name)}
      keys: '${join("+", [for k, b in keyed : "${k}=${b.name}"])}'
      sizes: ${length(keyed[*].name) * 10 + length(counted.*.name)}
      whole: '${join("+", [for k, b in keyed : k])}'
      first: '${[for i in [7, 8] : i * 2][1]}'
  net:
    type: aws.ec2.vpc
    cidr_block: 10.77.0.0/16
  web:
    type: aws.ec2.security_group
    name: t0477-web
    vpc_id: ${net.id}
    ingress: '${[for p in var.ports : {protocol = "tcp", from_port = p, to_port = p, cidr_blocks = ["10.0.0.0/8"]}]}'
YAML

test_expect_success 'plan: splats over count and for_each instances, a rule list from a for' '
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "\"counted\" *= \"t0477-c0\+t0477-c1\"" &&
	test_match out "\"keyed\" *= \"t0477-k-amy\+t0477-k-zed\"" &&
	test_match out "\"keys\" *= \"amy=t0477-k-amy\+zed=t0477-k-zed\"" &&
	test_match out "\"sizes\" *= \"22\"" &&
	test_match out "\"first\" *= \"16\"" &&
	test_match out "\"whole\" *= \"amy\+zed\"" &&
	test_contains out "from_port" &&
	test_match out "\"names\" *= \"t0477-team-data\+t0477-team-ops\"" &&
	test_match out "\"solo\" *= \"t0477-solo\"" &&
	test_match out "\"arns\" *= \"2\"" &&
	test_line out "Plan: 11 to add, 0 to change, 0 to destroy."
'

test_expect_success 'apply: the tags and the two rules are there; the next plan has no changes' '
	terrace apply -auto-approve >out 2>err &&
	bucket_tags t0477-summary >tags &&
	{ printf "%s\n" counted=t0477-c0+t0477-c1 first=16 keyed=t0477-k-amy+t0477-k-zed \
		keys=amy=t0477-k-amy+zed=t0477-k-zed sizes=22 whole=amy+zed && stack_tags; } | sort >expect &&
	test_cmp expect tags &&
	s3 ec2 describe-security-groups --filters Name=group-name,Values=t0477-web \
		--query "SecurityGroups[0].IpPermissions[].[IpProtocol,FromPort,ToPort,IpRanges[0].CidrIp]" \
		--output text | sort >rules &&
	printf "tcp\t22\t22\t10.0.0.0/8\ntcp\t443\t443\t10.0.0.0/8\n" >expect &&
	test_cmp expect rules &&
	bucket_tags t0477-teams >tags &&
	{ printf "%s\n" arns=2 names=t0477-team-data+t0477-team-ops solo=t0477-solo && stack_tags; } |
		sort >expect &&
	test_cmp expect tags &&
	terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a changed variable changes the rules made from it, and only them' '
	test_expect_code 2 terrace plan -detailed-exitcode -var "ports=[22, 5432]" >out 2>err &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	test_contains out "5432"
'

# Two stacks whose rule lists a for makes wrongly: from literals (validate
# sees it) and from a variable (plan sees it).
mkdir bad late
write_stack bad/stack.yaml
cat >>bad/stack.yaml <<-'YAML'
resources:
  net:
    type: aws.ec2.vpc
    cidr_block: 10.78.0.0/16
  web:
    type: aws.ec2.security_group
    name: t0477-bad
    vpc_id: ${net.id}
    ingress: '${[for p in [22, 443] : {protocl = "tcp", from_port = p}]}'
    egress: '${[for p in [22] : {from_port = p}]}'
YAML
write_stack late/stack.yaml '  ports: {type: list, default: [22]}'
cat >>late/stack.yaml <<-'YAML'
resources:
  net:
    type: aws.ec2.vpc
    cidr_block: 10.79.0.0/16
  web:
    type: aws.ec2.security_group
    name: t0477-late
    vpc_id: ${net.id}
    ingress: '${[for p in var.ports : {protocol = "tcp", from_port = p, port = p}]}'
    egress: '${[for p in var.ports : {from_port = p}]}'
YAML

test_expect_success 'validate checks a block made by a for from literals at file:line:col' '
	( cd bad && test_expect_code 1 terrace validate >../out 2>../err ) &&
	test_contains err "stack.yaml:21:5: error: unknown attribute \"ingress[0].protocl\" of resource \"web\"" &&
	test_contains err "did you mean \"protocol\"?" &&
	test_contains err "stack.yaml:22:5: error: resource \"web\" is missing required attribute \"egress[0].protocol\""
'

test_expect_success 'plan checks a block a variable makes, at file:line:col' '
	( cd late && terrace validate >../out 2>../err &&
	  test_expect_code 1 terrace plan >../out 2>../err ) &&
	test_contains err "stack.yaml:22:5: error: resource web, attribute ingress item 0 has no attribute \"port\"" &&
	( cd late && sed -i "/ingress:/d" stack.yaml && test_expect_code 1 terrace plan >../out 2>../err ) &&
	test_contains err "stack.yaml:22:5: error: resource web, attribute egress item 0 is missing required attribute \"protocol\""
'

test_expect_success 'an evaluation error at plan names file:line:col, the expression and the value' '
	mkdir zero && write_stack zero/stack.yaml "  parts: {type: number, default: 2}" &&
	cat >>zero/stack.yaml <<-\YAML &&
	resources:
	  lake:
	    type: aws.s3.bucket
	    name: t0477-zero
	    tags:
	      share: ${100 / (var.parts - 2)}
	YAML
	( cd zero && test_expect_code 1 terrace plan >../out 2>../err ) &&
	test_contains err "stack.yaml:18:5: error: resource lake, attribute tags: division by zero: \${100 / (var.parts - 2)} (\${var.parts - 2} is 0)" &&
	( cd zero && terrace plan -var parts=6 >../out 2>../err ) &&
	test_match out "\"share\" *= \"25\""
'

test_expect_success 'validate -var: a function refusing a value given is at file:line:col with the value' '
	mkdir fn && write_stack fn/stack.yaml "  cidr: {type: string, default: 10.1.0.0/16}" &&
	cat >>fn/stack.yaml <<-\YAML &&
	resources:
	  net:
	    type: aws.ec2.vpc
	    cidr_block: ${cidrsubnet(var.cidr, 4, 1)}
	YAML
	( cd fn && terrace validate >../out 2>../err &&
	  test_expect_code 1 terrace validate -var cidr=10.1.0.0 >../out 2>../err ) &&
	test_line err "./stack.yaml:17:5: error: resource net, attribute cidr_block: cidrsubnet: argument 1 must be a CIDR prefix like \"10.0.0.0/16\" or \"fd00::/56\", got \"10.1.0.0\"" &&
	( cd fn && test_expect_code 1 terrace validate -var cidr=10.1.0.0/30 >../out 2>../err ) &&
	test_line err "./stack.yaml:17:5: error: resource net, attribute cidr_block: cidrsubnet: argument 2 (newbits): a /30 prefix cannot be extended by 4 bits (an IPv4 address has 32)" &&
	( cd fn && terrace validate -var cidr=10.2.0.0/16 >../out 2>../err ) &&
	test_line out "Success! The stack is valid (1 resources)."
'

test_expect_success 'an output whose expression fails is an error at plan, at its file:line:col' '
	mkdir outs && write_stack outs/stack.yaml "  parts: {type: number, default: 2}" &&
	cat >>outs/stack.yaml <<-\YAML &&
	resources:
	  lake:
	    type: aws.s3.bucket
	    name: t0477-out
	outputs:
	  name: ${lake.name}
	  share: ${100 / (var.parts - 2)}
	YAML
	( cd outs && test_expect_code 1 terrace plan >../out.txt 2>../err ) &&
	test_line err "./stack.yaml:20:3: error: output share: division by zero: \${100 / (var.parts - 2)} (\${var.parts - 2} is 0)" &&
	test_not_contains out.txt "Plan:" &&
	( cd outs && test_expect_code 1 terrace apply -auto-approve >../out.txt 2>../err ) &&
	test_line err "./stack.yaml:20:3: error: output share: division by zero: \${100 / (var.parts - 2)} (\${var.parts - 2} is 0)" &&
	test_not_contains out.txt "Apply complete" &&
	test ! -e outs/terrace.state.json &&
	( cd outs && terrace plan -var parts=4 >../out.txt 2>../err ) &&
	test_line out.txt "Plan: 1 to add, 0 to change, 0 to destroy."
'

test_expect_success 'destroy removes everything' '
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 11 destroyed."
'

test_done
