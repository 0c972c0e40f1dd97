#!/usr/bin/env bash
# t1160-waiters-failed-states: a waiter row's failure states end the wait at
# once with AWS's message (provider/aws/transport/wait.h). moto makes
# everything available at once; the moto patch waiters_failed_states.py
# puts an object created with the tag moto:fail into the failed state its
# API reports, the tag's value as AWS's message. Each apply runs under
# `timeout`, far below the waiter's own limit (a NAT gateway: 900 s), so a
# failure state no longer read as failed is a failing step, not a hang.
#   aws.ec2.nat_gateway   State failed, FailureMessage (nat_ended)
. "$(dirname "$0")/lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

test_expect_success 'a NAT gateway AWS reports failed: apply fails at once with its FailureMessage' '
	write_stack stack.yaml &&
	cat >>stack.yaml <<-YAML &&
	resources:
	  vpc: {type: aws.ec2.vpc, cidr_block: 10.60.0.0/16}
	  net: {type: aws.ec2.subnet, vpc_id: "\${vpc.vpc_id}", cidr_block: 10.60.1.0/24}
	  nat_ip: {type: aws.ec2.eip}
	  nat:
	    type: aws.ec2.nat_gateway
	    subnet_id: "\${net.subnet_id}"
	    allocation_id: "\${nat_ip.allocation_id}"
	    tags: {"moto:fail": "Network has no Internet gateway attached"}
	YAML
	start=$(date +%s) &&
	test_expect_code 1 timeout 120 "$TERRACE" apply -auto-approve -no-color >out 2>err &&
	took=$(( $(date +%s) - start )) &&
	test_line out "nat: Creating..." &&
	test_contains err "Network has no Internet gateway attached" &&
	test_contains err "failed" &&
	test "$took" -lt 60 &&
	s3 ec2 describe-nat-gateways --query "NatGateways[].State" --output text >states &&
	test_equal failed "$(cat states)"
'

test_done
