#!/usr/bin/env bash
# t1520-create-rules-judged-on-create: a rule AWS judges when an object is
# made is judged on the request that makes it (issue 79 point 3), with
# RULE_MIN_ZONES (a DB subnet group's subnets cover two Availability Zones,
# RDS CreateDBSubnetGroup's DBSubnetGroupDoesNotCoverEnoughAZs), which the
# last issue had to take back because stacks applied before it would have
# planned refused. validate judges what a create sends and refuses a group
# of one zone (of a subnet the stack makes, whose zone validate knows); a
# group of one zone that exists (made on moto, which takes
# it, imported and given terrace's tags by an update) plans no change, with a warning that says why it is not
# refused; renaming it replaces it, so the create is judged and plan
# refuses (plan.c's judging of what it creates or replaces); given a
# subnet of another zone, the replacement plans. The subnets and the group
# are made with the AWS CLI on moto. Then a words row of a create on a Glue
# job whose timeout was set past a week outside: no change while the job
# stays, refused once renamed (a replacement judged as the create it
# sends: judge_as_created, with no warning that it is not refused). The
# same breaches written where the stack loads them (a literal timeout, a
# group of the stack's own subnet of one zone): plan warns and does not
# refuse the objects that exist, and validate refuses them.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

vpc=$(aws_server ec2 create-vpc --cidr-block 10.52.0.0/16 --query Vpc.VpcId --output text) &&
s1=$(aws_server ec2 create-subnet --vpc-id "$vpc" --cidr-block 10.52.1.0/24 --availability-zone us-east-1a --query Subnet.SubnetId --output text) &&
s2=$(aws_server ec2 create-subnet --vpc-id "$vpc" --cidr-block 10.52.2.0/24 --availability-zone us-east-1b --query Subnet.SubnetId --output text) &&
aws_server rds create-db-subnet-group --db-subnet-group-name t1520-one --db-subnet-group-description d --subnet-ids "$s1" >/dev/null ||
	test_fail_setup "the VPC, subnets and subnet group could not be made"

group () { # NAME SUBNET...: the stack of one DB subnet group
	local name=$1 list
	shift
	list=$(printf '"%s", ' "$@")
	write_stack stack.yaml &&
	cat >>stack.yaml <<-YAML
	resources:
	  g:
	    type: aws.rds.subnet_group
	    name: $name
	    description: d
	    subnet_ids: [${list%, }]
	YAML
}

test_expect_success 'validate judges what a create sends: a group of one zone is refused' '
	mkdir made && (cd made &&
	write_stack stack.yaml &&
	cat >>stack.yaml <<-\YAML &&
	resources:
	  net: {type: aws.ec2.vpc, cidr_block: 10.53.0.0/16}
	  a: {type: aws.ec2.subnet, vpc_id: "${net.vpc_id}", cidr_block: 10.53.1.0/24, availability_zone: us-east-1a}
	  g: {type: aws.rds.subnet_group, name: t1520-made, description: d, subnet_ids: ["${a.subnet_id}"]}
	YAML
	test_expect_code 1 terrace validate >../out 2>../err) &&
	test_contains err "resource \"g\" (aws.rds.subnet_group): subnet_ids: its 1 subnet(s) are of 1 Availability Zone(s) (us-east-1a): AWS::RDS::DBSubnetGroup takes subnets of at least 2 zones (\"DBSubnetGroupDoesNotCoverEnoughAZs"
'

test_expect_success 'the group of one zone that exists (imported, given terrace'"'"'s tags) plans no change; the update that tags it warns why it is not refused' '
	group t1520-one "$s1" &&
	terrace import g t1520-one >out 2>err &&
	test_contains out "Import successful" &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_contains out "g will be updated in-place" &&
	test_contains err "Warning: g: subnet_ids: its 1 subnet(s) are of 1 Availability Zone(s) (us-east-1a)" &&
	test_contains err "DBSubnetGroupDoesNotCoverEnoughAZs" &&
	test_contains err "AWS judges it when the object is created, and this one exists, so it is not refused" &&
	terrace apply -auto-approve >out 2>err &&
	test_contains out "0 added, 1 changed, 0 destroyed" &&
	terrace plan -detailed-exitcode >out 2>err &&
	test_contains out "No changes."
'

test_expect_success 'renamed, it is replaced: the create is judged and plan refuses it' '
	group t1520-two "$s1" &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "subnet_ids: its 1 subnet(s) are of 1 Availability Zone(s) (us-east-1a)" &&
	test_not_contains err "so it is not refused"
'

test_expect_success 'given a subnet of another zone, the replacement plans' '
	group t1520-two "$s1" "$s2" &&
	terrace plan >out 2>err &&
	test_contains out "must be replaced" &&
	test_not_contains err "DBSubnetGroupDoesNotCoverEnoughAZs"
'

# A words row of a create (checks/words: glue.job_timeout_week, CreateJob's
# Timeout of at most 10,080 minutes) on a job that exists: its timeout,
# set outside to more than that, is left alone; the job renamed is replaced
# and plan judges the replacement as the create it sends (plan.c's
# judge_as_created): refused, though the timeout did not change.
job () { # NAME TIMEOUT: the stack of one Glue job, its timeout a variable's
	write_stack stack.yaml "  timeout: {type: number, default: $2}" &&
	cat >>stack.yaml <<-YAML
	resources:
	  j:
	    type: aws.glue.job
	    name: $1
	    role: arn:aws:iam::123456789012:role/t1520-glue
	    command: {script_location: "s3://t1520/job.py"}
	    timeout: \${var.timeout}
	YAML
}

test_expect_success 'a job whose timeout was set outside past a week plans no change; renamed, plan refuses its create' '
	mkdir jobs && (cd jobs &&
	job t1520-job 60 &&
	terrace apply -auto-approve >out 2>err &&
	aws_server glue update-job --job-name t1520-job --job-update "{
		\"Role\": \"arn:aws:iam::123456789012:role/t1520-glue\",
		\"Command\": {\"Name\": \"glueetl\", \"ScriptLocation\": \"s3://t1520/job.py\"},
		\"Timeout\": 20000}" >/dev/null &&
	job t1520-job 20000 &&
	terrace plan -detailed-exitcode >../out 2>../err &&
	test_contains ../err "Jobs must have timeout values less than 7 days" &&
	test_contains ../err "so it is not refused" &&
	job t1520-job-renamed 20000 &&
	test_expect_code 1 terrace plan >../out 2>../err) &&
	test_match err "stack.yaml:[0-9]+:[0-9]+: error: resource \"j\" \(aws.glue.job\): timeout: 20000, but it must be 1 to 10080: AWS says \"Jobs must have timeout values less than 7 days" &&
	test_not_contains err "so it is not refused"
'

# The same two breaches written where the stack loads them, before any
# state is read (stacks/validate.c, as loaded for plan: whether an object
# exists is not known there, so a create rule waits for plan): a timeout
# written as a literal, and a group whose one subnet is the stack's own,
# whose zone it writes (the previous release's every-type stack, t0965).
# `terrace validate`, which has no state, judges them as created.
test_expect_success 'the job'"'"'s timeout written as a literal: plan warns and changes nothing; validate refuses it' '
	(cd jobs &&
	job t1520-job 20000 &&
	sed -i "s/[$]{var.timeout}/20000/" stack.yaml &&
	grep -q "timeout: 20000" stack.yaml &&
	terrace plan -detailed-exitcode >../out 2>../err &&
	test_expect_code 1 terrace validate >../vout 2>../verr) &&
	test_contains out "No changes." &&
	test_contains err "Jobs must have timeout values less than 7 days" &&
	test_contains err "so it is not refused" &&
	test_match verr "stack.yaml:[0-9]+:[0-9]+: error: resource \"j\" \(aws.glue.job\): timeout: 20000, but it must be 1 to 10080"
'

test_expect_success 'a group of one zone through the stack'"'"'s own subnet, imported: plan warns and does not refuse; validate refuses it' '
	mkdir own && (cd own &&
	write_stack stack.yaml &&
	cat >>stack.yaml <<-YAML &&
	resources:
	  a: {type: aws.ec2.subnet, vpc_id: $vpc, cidr_block: 10.52.1.0/24, availability_zone: us-east-1a}
	  g: {type: aws.rds.subnet_group, name: t1520-one, description: d, subnet_ids: ["\${a.subnet_id}"]}
	YAML
	terrace import a "$s1" >../out 2>../err &&
	terrace import g t1520-one >>../out 2>>../err &&
	test_expect_code 2 terrace plan -detailed-exitcode >../out 2>../err &&
	test_expect_code 1 terrace validate >../vout 2>../verr) &&
	test_contains err "g: subnet_ids: its 1 subnet(s) are of 1 Availability Zone(s) (us-east-1a)" &&
	test_contains err "so it is not refused" &&
	test_contains verr "resource \"g\" (aws.rds.subnet_group): subnet_ids: its 1 subnet(s) are of 1 Availability Zone(s) (us-east-1a)"
'

test_done
