#!/usr/bin/env bash
# t1512-kinds-through-references: a rule judges what a reference names
# before apply knows its value (issue 87's value model). Plan's unknown
# value of an attribute that gives an identifier carries its kind
# (value_unknown_of_kind: ${q.arn} is an SQS queue's ARN, from the kinds
# AWS's data gives each attribute), and the rules that read an ARN's
# service read it from that kind as from a literal (aws_arn_service_of).
# A words row's path may cross a reference ("task_definition->network_mode":
# what the resource it names writes, checks/words.c), judged across the
# stack at validate and at plan:
#   - a service (and a task set) of an awsvpc task definition without
#     network_configuration; a bridge one's service registry without
#     container_name and container_port (the ecs.cfn_*_awsvpc_* and
#     *_bridge_host_container rows);
#   - a mapping of a FIFO queue (${fifo.arn}) with batch_size 20
#     (lambda.fifo_batch_up_to_10), with the FIFO reason alone: a
#     reference's kind does not say FIFO, so the standard queue's window
#     rule stays quiet.
#   - an event source mapping of ${q.arn} with a starting position, of
#     ${s.arn} (a Kinesis stream) without one, of ${role.arn} (no source
#     Lambda polls) (rule_lambda_event_source_mapping);
#   - a schedule whose target is ${fn.arn} (a templated Lambda target) with
#     input that is not JSON (rule_scheduler_input);
#   - the same through a variable's default and a local: the kind travels
#     with the value.
# validate (which reads the template) leaves each; plan refuses each, exit
# 1; the valid twins plan. Planned with -refresh=false against an endpoint
# nothing listens on: no server is contacted.
. "$(dirname "$0")/../lib.sh"

# stack: $M1 the queue mapping's extra line, $M2 the stream mapping's,
# $M3 the third mapping's source, $INPUT the schedule's input, $VIA how
# the queue's ARN reaches the first mapping.
stack () {
	local input='{"run": "nightly"}' via='${q.arn}' m3='${s.arn}'
	local net='network_configuration: {awsvpc_configuration: {subnets: [subnet-0123456789abcdef0]}}'
	local reg='service_registries: [{registry_arn: "arn:aws:servicediscovery:us-east-1:123456789012:service/srv-abc"}]'
	cat >stack.yaml <<-YAML
	stack: kinds-through-references
	providers:
	  aws: {region: us-east-1, endpoint: "http://127.0.0.1:1", access_key: x, secret_key: y}
	locals:
	  queue_arn: "\${q.arn}"
	resources:
	  q: {type: aws.sqs.queue, name: jobs}
	  fifo: {type: aws.sqs.queue, name: jobs.fifo, fifo_queue: true}
	  s: {type: aws.kinesis.stream, name: clicks, shard_count: 1}
	  role:
	    type: aws.iam.role
	    name: fn
	    assume_role_policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: "sts:AssumeRole"}]}
	    managed_policy_arns:
	      - arn:aws:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole
	      - arn:aws:iam::aws:policy/service-role/AWSLambdaKinesisExecutionRole
	  fn: {type: aws.lambda.function, function_name: fn, role: "\${role.arn}", runtime: python3.12, handler: a.h, source: ./a.py}
	  m1:
	    type: aws.lambda.event_source_mapping
	    function_name: "\${fn.function_name}"
	    event_source_arn: "${VIA:-$via}"
	    ${M1:-batch_size: 10}
	  m2:
	    type: aws.lambda.event_source_mapping
	    function_name: "\${fn.function_name}"
	    event_source_arn: "\${s.arn}"
	    ${M2:-starting_position: LATEST}
	  m3:
	    type: aws.lambda.event_source_mapping
	    function_name: "\${fn.function_name}"
	    event_source_arn: "${M3:-$m3}"
	    starting_position: TRIM_HORIZON
	  m4:
	    type: aws.lambda.event_source_mapping
	    function_name: "\${fn.function_name}"
	    event_source_arn: "\${fifo.arn}"
	    batch_size: ${BATCH:-10}
	  cluster: {type: awscc.ecs.cluster, cluster_name: jobs}
	  td:
	    type: awscc.ecs.task_definition
	    family: reports
	    network_mode: ${MODE:-awsvpc}
	    requires_compatibilities: [EC2]
	    cpu: "256"
	    memory: "512"
	    container_definitions: [{name: app, image: "public.ecr.aws/docker/library/busybox:latest", essential: true}]
	  svc:
	    type: awscc.ecs.service
	    cluster: "\${cluster.arn}"
	    service_name: reports
	    task_definition: "\${td.task_definition_arn}"
	    desired_count: 0
	    ${NET-$net}
	    ${REG:+$reg}
	  sr:
	    type: aws.iam.role
	    name: sched
	    assume_role_policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Principal: {Service: scheduler.amazonaws.com}, Action: "sts:AssumeRole"}]}
	  sch:
	    type: aws.scheduler.schedule
	    name: nightly
	    schedule_expression: rate(1 day)
	    flexible_time_window: {mode: "OFF"}
	    target: {arn: "\${fn.arn}", role_arn: "\${sr.arn}", input: '${INPUT:-$input}'}
	YAML
	echo 'def h(e, c): pass' >a.py
}

plan_refuses () { # EXPECTED-ERROR-LINE
	terrace validate -no-color >out 2>err &&
	test_empty err &&
	test_expect_code 1 terrace plan -refresh=false -no-color -input=false >out 2>err &&
	test_contains err "$1" &&
	test_equal 1 "$(grep -c "^Error:" err)" &&
	test_not_contains out "Plan:"
}

test_expect_success 'the valid twins plan: 14 to add' '
	stack &&
	terrace validate -no-color >out 2>err &&
	test_empty err &&
	terrace plan -refresh=false -no-color -input=false >out 2>err &&
	test_contains out "Plan: 14 to add, 0 to change, 0 to destroy." &&
	test_empty err
'

test_expect_success 'an SQS queue by reference takes no starting position: plan refuses ${q.arn} with starting_position LATEST' '
	M1="starting_position: LATEST" stack &&
	plan_refuses "resource m1: aws.lambda.event_source_mapping: starting_position is for streams: an SQS queue takes none"
'

test_expect_success 'a Kinesis stream by reference needs one: plan refuses ${s.arn} without starting_position' '
	M2="batch_size: 100" stack &&
	plan_refuses "resource m2: aws.lambda.event_source_mapping: a Kinesis stream needs starting_position"
'

test_expect_success 'a reference to what Lambda does not poll: plan refuses ${role.arn} as event_source_arn, naming its kind' '
	M3="\${role.arn}" stack &&
	plan_refuses "resource m3: aws.lambda.event_source_mapping: event_source_arn is an IAM role'"'"'s ARN: terrace maps an SQS queue, a Kinesis stream, a DynamoDB stream (a table'"'"'s stream_arn) or an Amazon MQ broker"
'

test_expect_success 'a templated Lambda target by reference takes JSON input: plan refuses ${fn.arn} with input "not json"' '
	INPUT="not json" stack &&
	plan_refuses "resource sch: aws.scheduler.schedule: target.input is not well-formed JSON, which a lambda target takes"
'

test_expect_success 'the kind travels through a local: ${local.queue_arn} with starting_position LATEST is refused too' '
	VIA="\${local.queue_arn}" M1="starting_position: LATEST" stack &&
	plan_refuses "starting_position is for streams: an SQS queue takes none"
'

test_expect_success 'a queue by reference, FIFO or not: batch_size 20 without a window is refused at plan, the message saying both queues'"'"' rules' '
	M1="batch_size: 20" stack &&
	plan_refuses "resource m1: aws.lambda.event_source_mapping: batch_size 20 over 10 for an SQS queue needs maximum_batching_window_in_seconds of at least 1 (a standard queue'"'"'s rule; a FIFO queue takes a batch of at most 10)"
'

test_expect_success 'a words row crosses a reference: validate refuses a service of an awsvpc task definition without network_configuration, at its file:line:col; exit 1' '
	NET= stack &&
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_match err "^\./stack\.yaml:[0-9]+:[0-9]+: error: resource \"svc\" \(awscc\.ecs\.service\): network_configuration: it is not set, but it must be set when the network_mode of what task_definition names is \"awsvpc\": AWS says \"This parameter is required for task definitions that use the awsvpc network mode" &&
	test_equal 1 "$(grep -c "error:" err)"
'

test_expect_success 'plan refuses it too (the task definition not made yet), and a bridge one with network_configuration is not judged by it' '
	NET= stack &&
	test_expect_code 1 terrace plan -refresh=false -no-color -input=false >out 2>err &&
	test_contains err "network_configuration: it is not set, but it must be set when the network_mode of what task_definition names is \"awsvpc\"" &&
	NET= MODE=bridge stack &&
	terrace validate -no-color >out 2>err &&
	test_empty err
'

test_expect_success 'within each element: a bridge task definition'"'"'s service registry without container_name is refused; an awsvpc one'"'"'s is not' '
	NET= MODE=bridge REG=1 stack &&
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "resource \"svc\" (awscc.ecs.service): service_registries[0].container_name: it is not set, but it must be set when the network_mode of what task_definition names is one of \"bridge\", \"host\"" &&
	REG=1 stack &&
	terrace validate -no-color >out 2>err &&
	test_empty err
'

test_expect_success 'a FIFO queue by reference: batch_size 20 refused for the FIFO reason alone, at validate and at plan' '
	BATCH=20 stack &&
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "resource \"m4\" (aws.lambda.event_source_mapping): batch_size: 20, but it must be 1 to 10 when the fifo_queue of what event_source_arn names is \"true\": AWS says" &&
	test_equal 1 "$(grep -c "error:" err)" &&
	test_expect_code 1 terrace plan -refresh=false -no-color -input=false >out 2>err &&
	test_contains err "For FIFO queues the max is 10." &&
	test_not_contains err "maximum_batching_window_in_seconds"
'

test_expect_success 'a literal ARN is judged as before, at validate: arn:aws:sqs:...:jobs with starting_position LATEST' '
	VIA="arn:aws:sqs:us-east-1:123456789012:jobs" M1="starting_position: LATEST" stack &&
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "./stack.yaml:18:3: error: resource \"m1\" (aws.lambda.event_source_mapping): starting_position is for streams: an SQS queue takes none"
'

test_done
