#!/usr/bin/env bash
# t0414-import-dependencies: `terrace state rm vpc` then `terrace import vpc
# ID` gives the VPC's dependents (a subnet, an internet gateway) their
# dependency on it back, so destroy deletes them before the VPC. Before the
# fix (plan_import_entry's restore_dependents) step 2 fails: the subnet's
# recorded dependencies stay [] and destroy runs the VPC's delete alongside
# its dependents' (on moto that destroy happened to succeed in the check
# run; on AWS the VPC's delete fails with DependencyViolation).
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

deps_of () {
	jq -c "[.resources.$1.dependencies[]?] | sort" terrace.state.json
}

test_expect_success 'apply a VPC with a subnet and a gateway; they depend on it in the state' '
	write_stack stack.yaml &&
	cat >>stack.yaml <<-YAML &&
	resources:
	  vpc:
	    type: aws.ec2.vpc
	    cidr_block: 10.44.0.0/16
	  sub:
	    type: aws.ec2.subnet
	    vpc_id: "\${vpc.vpc_id}"
	    cidr_block: 10.44.1.0/24
	    availability_zone: us-east-1a
	  igw:
	    type: aws.ec2.internet_gateway
	    vpc_id: "\${vpc.vpc_id}"
	YAML
	terrace apply -auto-approve >out 2>err &&
	test_equal "[\"vpc\"]" "$(deps_of sub)" &&
	test_equal "[\"vpc\"]" "$(deps_of igw)"
'

test_expect_success 'state rm then import: the dependents depend on the VPC again' '
	jq -r .resources.vpc.id terrace.state.json >vpc.id &&
	terrace state rm vpc >out 2>err &&
	test_equal "[]" "$(deps_of sub)" &&
	terrace import vpc "$(cat vpc.id)" >out 2>err &&
	test_equal "[\"vpc\"]" "$(deps_of sub)" &&
	test_equal "[\"vpc\"]" "$(deps_of igw)" &&
	terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'destroy deletes the subnet and gateway before the VPC, leaving nothing' '
	terrace destroy -auto-approve >out 2>err &&
	test_contains out "Destroy complete!" &&
	test_not_contains err DependencyViolation &&
	test_equal 0 "$(s3 ec2 describe-vpcs --filters Name=cidr-block,Values=10.44.0.0/16 \
		--query "length(Vpcs)")"
'

test_done
