#!/usr/bin/env bash
# t1310-mistakes-between-resources: issue 69's mechanisms together, on
# mistakes between resources in shapes their own tests do not spell out
# (t1310/held.py: a written Lambda function's and RDS instance's network of
# two VPCs, one through a module's output; a rule's source group of another
# VPC; an awscc instance profile given a role's ARN; an SNS endpoint of
# another kind than its protocol, one through a variable; a queue and a Glue
# database named twice; a subnet in two route tables and a VPC with two
# internet gateways, written beside awscc; two subnets of one zone; an
# alarm's topic of another region through a variable; an awsvpc service
# behind an instance target group; a log subscription to a stream without
# a role; a log group given a key's id; an HTTP listener to a TCP group; an
# alarm with both metric_name and metrics; a DB subnet group of one zone),
# each refused at validate or, for
# what only plan knows, at plan, for its own reason; and beside each the
# stack AWS takes, which passes. On moto, with plan's reads on.
. "$(dirname "$0")/../lib.sh"

export TERRACE_AWS_READ_LITERALS=1
start_moto || test_fail_setup "moto did not start"
use_server moto
held="$TEST_HERE/t1310/held.py"

test_expect_success 'each mistake between resources is refused, for its own reason' '
	python3 "$held" "$TERRACE" "$PWD/mistakes" mistakes >mistakes.out 2>err &&
	test_contains mistakes.out "held.py: 24 of 24 mistakes refused as they must be"
'

test_expect_success 'the stacks AWS takes beside them pass validate and plan' '
	python3 "$held" "$TERRACE" "$PWD/valid" valid >out 2>err &&
	test_contains out "held.py: 18 of 18 stacks AWS takes pass"
'

test_done
