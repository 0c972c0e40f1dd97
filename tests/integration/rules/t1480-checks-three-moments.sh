#!/usr/bin/env bash
# t1480-checks-three-moments: one stack's checks at the three moments the
# one entry (provider/checks.h, provider_checks_run) serves, each with its
# words, position and exit code:
#   - as written (validate): the provider's server word (its check of what
#     is written), then a resource's constraint, then its warning, in that
#     order, at file:line:col; what a variable gives passes;
#   - as known (validate -var, and plan): a queue name given by a variable,
#     at the expression's file:line:col; a subnet's block, given by a
#     variable, outside its VPC's, which only plan judges (across two
#     resources) and only once each resource's own checks passed;
#   - as known, a row whose condition a variable gives and whose attribute
#     at fault is a literal (a private NAT gateway's Elastic IP): validate
#     cannot judge it, validate -var and plan refuse it at the literal's
#     file:line:col (validate -var once said only what sat in an expression);
#   - as sent (apply of a saved plan): a queue named after a bucket's ARN,
#     unknown at plan, refused by the audit before its request, once the
#     bucket is made.
. "$(dirname "$0")/../lib.sh"

# moments_stack: the stack, with $SERVER_LINE (a line of the provider's)
# and $JOB_LINE (a resource) when set.
moments_stack () {
	write_stack stack.yaml "$(printf '%s\n' "  queue: {type: string, default: orders}" \
		"  cidr: {type: string, default: 10.0.1.0/24}")" &&
	cat >>stack.yaml <<-YAML
	${SERVER_LINE:-}
	resources:
	  logs:
	    type: aws.s3.bucket
	    name: moments-logs
	  orders:
	    type: aws.sqs.queue
	    name: "\${var.queue}"
	  net:
	    type: aws.ec2.vpc
	    cidr_block: 10.0.0.0/16
	  sub:
	    type: aws.ec2.subnet
	    vpc_id: "\${net.id}"
	    cidr_block: "\${var.cidr}"
	  audit:
	    type: aws.sqs.queue
	    name: "\${logs.arn}"
	${JOB_LINE:-}
	YAML
}

export TERRACE_VAR_endpoint=http://127.0.0.1:1 TERRACE_VAR_access_key=x TERRACE_VAR_secret_key=y

test_expect_success 'as written: the provider, a constraint, then a warning, each at its line; exit 1' '
	SERVER_LINE="    server: mnio" JOB_LINE="  job: {type: aws.glue.job, name: j, role: r, worker_type: G.64X, number_of_workers: 0, command: {script_location: \"s3://b/k.py\"}}" moments_stack &&
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	cat >expect <<-\EXPECT &&
	./stack.yaml:15:5: error: provider "aws" (aws): server "mnio" is not a server terrace knows: one of aws, minio, ceph, other (e.g. server: minio for a MinIO server)
	./stack.yaml:33:47: error: resource "job" (aws.glue.job): worker_type: 0 worker of type G.64X: a Spark job runs on at least 2 (a driver and an executor) (e.g. number_of_workers: 2)
	./stack.yaml:33:47: warning: resource "job" (aws.glue.job): worker_type: "G.64X" is not one the installed AWS models know (glue CreateJob WorkerType); AWS adds new ones, so it is left to AWS; nearest known: G.4X, G.1X, G.2X
	EXPECT
	test_cmp expect err &&
	test_empty out
'

test_expect_success 'as written, what variables give is not known yet: validate passes' '
	moments_stack &&
	terrace validate -no-color >out 2>err &&
	test_line out "Success! The stack is valid (5 resources)." &&
	test_empty err
'

queue_refused="./stack.yaml:22:5: error: resource \"orders\" (aws.sqs.queue): name: \"orders!\" has '!': a queue name has ASCII letters, digits, - and _ only (e.g. \"landing-events\")"

test_expect_success 'as known with the variables given: validate -var refuses the queue at its expression; exit 1' '
	moments_stack &&
	test_expect_code 1 terrace validate -no-color -var "queue=orders!" -var cidr=10.1.0.0/24 >out 2>err &&
	echo "$queue_refused" >expect &&
	test_cmp expect err
'

test_expect_success 'validate -var does not judge across resources: the subnet outside its VPC passes' '
	terrace validate -no-color -var cidr=10.1.0.0/24 >out 2>err &&
	test_line out "Success! The stack is valid (5 resources)." &&
	test_empty err
'

test_expect_success 'plan refuses the queue and, its own checks failed, says nothing across; exit 1' '
	test_expect_code 1 terrace plan -refresh=false -no-color -input=false -var "queue=orders!" -var cidr=10.1.0.0/24 >out 2>err &&
	echo "$queue_refused" >expect &&
	test_cmp expect err &&
	test_not_contains out "Plan:"
'

test_expect_success 'plan, every resource right on its own, refuses the subnet across its VPC; exit 1' '
	test_expect_code 1 terrace plan -refresh=false -no-color -input=false -var cidr=10.1.0.0/24 >out 2>err &&
	cat >expect <<-\EXPECT &&
	./stack.yaml:29:5: error: resource "sub" (aws.ec2.subnet): cidr_block: "10.1.0.0/24" is not inside 10.0.0.0/16, the block of VPC "net": a subnet'"'"'s block lies within its VPC'"'"'s (e.g. "10.0.0.0/24"); compared with net.cidr_block
	EXPECT
	test_cmp expect err &&
	test_not_contains out "Plan:"
'

test_expect_success 'setup: moto' '
	start_moto && use_server moto
'

test_expect_success 'plan cannot know the audit queue'"'"'s name (the bucket'"'"'s ARN): it plans, and saves the plan' '
	terrace plan -no-color -input=false -out moments.plan >out 2>err &&
	test_line out "Plan: 5 to add, 0 to change, 0 to destroy." &&
	test_empty err
'

test_expect_success 'as sent: apply of the saved plan makes the bucket, then its audit refuses the queue before its request; exit 1' '
	test_expect_code 1 terrace apply -no-color moments.plan >out 2>err </dev/null &&
	cat >expect <<-\EXPECT &&
	Error: audit: aws.sqs.queue: name: "arn:aws:s3:::moments-logs" has '"'"':'"'"': a queue name has ASCII letters, digits, - and _ only (e.g. "landing-events")
	EXPECT
	test_cmp expect err &&
	test_match out "^logs: Creation complete after [0-9]+s \[id=moments-logs\]$" &&
	test_line out "audit: Creating..." &&
	test_line out "Apply failed! Resources: 4 added, 0 changed, 0 destroyed, 1 failed, 0 skipped." &&
	bucket_exists moments-logs &&
	aws_server sqs list-queues --output text >queues &&
	test_contains queues /orders &&
	test_not_contains queues moments-logs
'

test_expect_success 'as known: a row whose condition a variable gives is refused at its literal attribute by validate -var and plan' '
	mkdir nat && (
	cd nat &&
	cat >stack.yaml <<-YAML &&
	stack: moments-nat
	variables:
	  kind: {type: string, default: public}
	providers:
	  aws: {region: us-east-1, endpoint: "http://127.0.0.1:1", access_key: x, secret_key: y}
	resources:
	  nat:
	    type: aws.ec2.nat_gateway
	    subnet_id: subnet-0123456789abcdef0
	    connectivity_type: "\${var.kind}"
	    allocation_id: eipalloc-0123456789abcdef0
	YAML
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid" &&
	terrace validate -no-color -var kind=public >out 2>err &&
	test_contains out "Success! The stack is valid" &&
	test_expect_code 1 terrace validate -no-color -var kind=private >out 2>err &&
	test_contains err "./stack.yaml:11:5: error: resource \"nat\" (aws.ec2.nat_gateway): allocation_id: \"eipalloc-0123456789abcdef0\", but it must not be set when connectivity_type is \"private\"" &&
	test_contains err "(ec2 CreateNatGateway AllocationId)" &&
	test "$(grep -c "error:" err)" = 1 &&
	test_expect_code 1 terrace plan -no-color -refresh=false -var kind=private >out 2>err &&
	test_contains err "./stack.yaml:11:5: error: resource \"nat\" (aws.ec2.nat_gateway): allocation_id:"
	)
'

test_done
