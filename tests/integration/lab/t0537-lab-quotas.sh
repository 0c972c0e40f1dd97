#!/usr/bin/env bash
# t0537-lab-quotas: before anyone starts, lab up (and lab plan) compare what
# the class will make with the account's quotas (issue 50 §4): Service
# Quotas' applied value (moto_patches/servicequotas_default_quotas.py: a new
# account's values), else AWS's documented default. Over the account's own
# value: refused, naming the quota and how to raise it, nothing started;
# over 80 % of it: a warning; a quota Service Quotas does not give (Glue's
# jobs, here): AWS's documented default, its page cited, a warning. What
# runs at once counts too: Glue's concurrent job runs per account, each
# job counting its max_concurrent_runs, and Lambda's concurrent executions,
# each function counting its reserved concurrency, plus the 100 Lambda
# keeps unreserved. A small class asks nothing. The provider is configured with the first attendee's
# variables (team: a column, no default). Every request is held against
# botocore's model (the suite's contract check).
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
stand_in_roles lambda-runner || test_fail_setup "the roles the stacks name could not be made"
# the bucket the functions' code is named in (plan reads what a literal names)
aws_server s3api create-bucket --bucket labs >/dev/null ||
	test_fail_setup "the code's bucket could not be made"

# stack ROLES JOBS [RUNS]: a lab of ROLES roles and JOBS Glue jobs per
# attendee, each job allowing RUNS runs at once (unset: Glue's 1).
stack () {
	rm -rf lab && mkdir lab &&
	write_stack lab/stack.yaml '  attendee: {type: string}
  team: {type: string}' &&
	cat >>lab/stack.yaml <<-EOF2
	lab:
	  parallel: 2
	resources:
	  role:
	    type: aws.iam.role
	    count: $1
	    name: "t0537-\${var.team}-\${var.attendee}-\${count.index}"
	    assume_role_policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Principal: {Service: glue.amazonaws.com}, Action: "sts:AssumeRole"}]}
	  job:
	    type: aws.glue.job
	    count: $2
	    name: "t0537-\${var.attendee}-\${count.index}"
	    role: arn:aws:iam::123456789012:role/glue-runner
	    command: {script_location: "s3://labs/clean.py"}
	EOF2
	if test -n "${3:-}"; then
		echo "    execution_property: {max_concurrent_runs: $3}" >>lab/stack.yaml
	fi
}
# four attendees, one named like a word of the stack (role: a resource and
# an attribute), whose counts are the class's
printf 'id,team\nann,red\nbob,blue\nrole,green\ndan,red\n' >people.csv

test_expect_success 'a class over the account'"'"'s quota is refused before anyone starts' '
	stack 251 0 &&
	test_expect_code 1 terrace lab up lab -attendees people.csv >out 2>err &&
	test_contains err "Error: lab up: the class makes 1004 aws.iam.role (251 per attendee x 4 attendees), over the account'"'"'s quota \"Roles per account\" (iam L-FE177D64) of 1000: raise it in the Service Quotas console (https://console.aws.amazon.com/servicequotas/home/services/iam/quotas/L-FE177D64) or with \`aws service-quotas request-service-quota-increase --service-code iam --quota-code L-FE177D64 --desired-value 1004\`, or make the class smaller" &&
	test_not_contains out "Applying" &&
	! test -e lab/terrace.state.d/ann &&
	test_expect_code 1 terrace lab plan lab -attendees people.csv >out 2>err &&
	test_contains err "Error: lab plan: the class makes 1004 aws.iam.role" &&
	test_contains out "The class (4 attendees) makes: aws.iam.role 1,004, aws.glue.job 0: 1,004 resources." &&
	test_contains out "Quotas: Roles per account (iam L-FE177D64): 1,004 of 1,000 (the account'"'"'s), over: lab up refuses the class" &&
	test_contains out "Attendees: 4 new (ann, bob, role, dan), 0 changed, 0 unchanged." &&
	test_expect_code 1 terrace lab plan lab -attendees people.csv -json >plan.json 2>err &&
	test_contains err "Error: lab plan: the class makes 1004 aws.iam.role" &&
	test_equal "[{\"aws.glue.job\": 0, \"aws.iam.role\": 1004}, 1004, [\"ann\", \"bob\", \"role\", \"dan\"]]" \
		"$(json_get plan.json "[d[-1][k] for k in (\"totals\", \"resources\", \"new\")]")" &&
	test_equal "Roles per account iam L-FE177D64 aws.iam.role 1004 of 1000 (account): refused" \
		"$(json_get plan.json "\" \".join(\"%s %s %s %s %d of %d (%s): %s\" % (q[\"quota\"], q[\"service\"], q[\"code\"], q[\"type\"], q[\"used\"], q[\"limit\"], q[\"limit_from\"], q[\"verdict\"]) for q in d[-1][\"quotas\"])")"
'

test_expect_success 'over 80 % of it: a warning; a quota Service Quotas lacks: AWS'"'"'s documented default' '
	stack 201 0 &&
	terrace lab plan lab -attendees people.csv >out 2>err &&
	test_contains err "Warning: lab: the class makes 804 aws.iam.role (201 per attendee x 4 attendees), 80 % of the account'"'"'s quota \"Roles per account\" (iam L-FE177D64) of 1000; what the account has already counts too" &&
	test_contains out "Quotas: Roles per account (iam L-FE177D64): 804 of 1,000 (the account'"'"'s), over 80 %: warned" &&
	stack 0 251 &&
	terrace lab plan lab -attendees people.csv >out 2>err &&
	test_contains err "Warning: lab: the class makes 1004 aws.glue.job (251 per attendee x 4 attendees), over AWS'"'"'s default for the quota \"Max jobs per account\" (glue L-611FDDE4) of 1000 (https://docs.aws.amazon.com/general/latest/gr/glue.html; Service Quotas does not give it: check the account'"'"'s)" &&
	test_contains out "Lab plan: 0 up to date, 4 with changes" &&
	terrace lab plan lab -attendees people.csv -json >plan.json 2>err &&
	test_equal "Max jobs per account 1004 of 1000 (aws default): warned; Max concurrent job runs per account 1004 of 2000 (account): fits" \
		"$(json_get plan.json "\"; \".join(\"%s %d of %d (%s): %s\" % (q[\"quota\"], q[\"used\"], q[\"limit\"], q[\"limit_from\"], q[\"verdict\"]) for q in d[-1][\"quotas\"])")"
'

test_expect_success 'a class whose jobs may run more at once than Glue'"'"'s quota is warned, not refused: Glue makes every job and holds to it only at run time' '
	stack 0 1 501 &&
	test_expect_code 0 terrace lab plan lab -attendees people.csv >out 2>err &&
	test_contains err "Warning: lab: the class needs 2004 concurrent job runs (aws.glue.job execution_property.max_concurrent_runs: 501 per attendee x 4 attendees), over the account'"'"'s quota \"Max concurrent job runs per account\" (glue L-5E4153CA) of 2000: raise it in the Service Quotas console (https://console.aws.amazon.com/servicequotas/home/services/glue/quotas/L-5E4153CA) or with \`aws service-quotas request-service-quota-increase --service-code glue --quota-code L-5E4153CA --desired-value 2004\`" &&
	test_not_contains err "Error" &&
	test_contains out "Lab plan: 0 up to date, 4 with changes"
'

test_expect_success 'at 80 % of Glue'"'"'s concurrent runs, the class passes unwarned' '
	stack 0 1 400 &&
	test_expect_code 0 terrace lab plan lab -attendees people.csv >out 2>err &&
	test_contains out "Lab plan: 0 up to date, 4 with changes" &&
	test_not_contains err "quota"
'

# functions RESERVED: a lab of one Lambda function per attendee reserving
# RESERVED concurrent executions.
functions () {
	rm -rf lab && mkdir lab &&
	write_stack lab/stack.yaml '  attendee: {type: string}
  team: {type: string}' &&
	cat >>lab/stack.yaml <<-EOF2
	resources:
	  fn:
	    type: aws.lambda.function
	    function_name: "t0537-\${var.attendee}"
	    runtime: python3.12
	    handler: index.handler
	    role: arn:aws:iam::123456789012:role/lambda-runner
	    s3_bucket: labs
	    s3_key: fn.zip
	    reserved_concurrent_executions: $1
	EOF2
}

test_expect_success 'a class reserving more than Lambda leaves is refused' '
	functions 226 &&
	test_expect_code 1 terrace lab up lab -attendees people.csv >out 2>err &&
	test_contains err "Error: lab up: the class needs 1004 concurrent executions (aws.lambda.function reserved_concurrent_executions: 226 per attendee x 4 attendees, and the 100 Lambda keeps unreserved), over the account'"'"'s quota \"Concurrent executions\" (lambda L-B99A9384) of 1000: raise it in the Service Quotas console (https://console.aws.amazon.com/servicequotas/home/services/lambda/quotas/L-B99A9384) or with \`aws service-quotas request-service-quota-increase --service-code lambda --quota-code L-B99A9384 --desired-value 1004\`, or make the class smaller" &&
	test_not_contains out "Applying" &&
	! test -e lab/terrace.state.d/ann
'

test_expect_success 'what Lambda leaves holds the class: it passes' '
	functions 175 &&
	test_expect_code 0 terrace lab plan lab -attendees people.csv >out 2>err &&
	test_contains out "Lab plan: 0 up to date, 4 with changes" &&
	test_not_contains err "quota"
'

test_expect_success 'a small class asks nothing' '
	stack 2 1 &&
	test_expect_code 0 terrace lab up lab -attendees people.csv >out 2>err &&
	test_contains out "Lab up: 4 ready" &&
	test_not_contains err "quota" &&
	test_expect_code 0 terrace lab down lab -attendees people.csv -auto-approve >out 2>err &&
	test_contains out "Lab down: 4 destroyed"
'

test_done
