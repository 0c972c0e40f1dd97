#!/usr/bin/env bash
# t1505-words-compute: AWS's own words as rows (issue 79) for the compute
# group's services, refused before any request with file:line:col, AWS's
# sentence and its document, and their valid twins passing:
#   - a bucket's default KMS key with AES256 (s3.kms_key_only_with_kms),
#     the algorithm given by a variable: validate -var refuses it;
#   - a state machine's log group ARN without ":*" (sfn.log_group_arn_star),
#     given by a local, and a module's Spot compute environment with
#     BEST_FIT and no fleet role (batch.spot_fleet_role_best_fit), the
#     strategy its caller's input from a variable: validate alone leaves
#     them (not known yet), validate -var and plan refuse both, the
#     module's naming module.spot.ce at the module's line;
#   - a Windows task definition on Fargate with less than 1 vCPU
#     (ecs.windows_fargate_cpu), written as a literal: validate refuses it.
# Planned with -refresh=false against an endpoint nothing listens on: no
# server is contacted.
. "$(dirname "$0")/../lib.sh"

# stack: $GROUP the local's log group ARN, $CPU and $MEMORY the Windows
# task's size; the module's strategy is the variable strategy.
stack () {
	cat >stack.yaml <<-YAML &&
	stack: words-compute
	variables:
	  algorithm: {type: string, default: "aws:kms"}
	  strategy: {type: string, default: SPOT_CAPACITY_OPTIMIZED}
	providers:
	  aws: {region: us-east-1, endpoint: "http://127.0.0.1:1", access_key: x, secret_key: y}
	locals:
	  group: "arn:aws:logs:us-east-1:123456789012:log-group:${GROUP:-flows:*}"
	modules:
	  spot: {source: ./mods/spot, strategy: "\${var.strategy}"}
	resources:
	  files:
	    type: aws.s3.bucket
	    name: words-compute-files
	    encryption: {sse_algorithm: "\${var.algorithm}", kms_key_id: "arn:aws:kms:us-east-1:123456789012:key/k"}
	  flow:
	    type: aws.sfn.state_machine
	    name: flow
	    role_arn: arn:aws:iam::123456789012:role/flow
	    definition: {StartAt: A, States: {A: {Type: Pass, End: true}}}
	    logging_configuration: {level: ALL, include_execution_data: true, log_group_arn: "\${local.group}"}
	  win:
	    type: aws.ecs.task_definition
	    family: win
	    requires_compatibilities: [FARGATE]
	    network_mode: awsvpc
	    cpu: "${CPU:-1024}"
	    memory: "${MEMORY:-2048}"
	    runtime_platform: {operating_system_family: WINDOWS_SERVER_2022_CORE}
	    container_definitions: [{name: app, image: mcr.microsoft.com/windows/servercore}]
	YAML
	mkdir -p mods/spot &&
	cat >mods/spot/main.yaml <<-\YAML
	variables:
	  strategy: {type: string}
	resources:
	  ce:
	    type: aws.batch.compute_environment
	    name: spot
	    compute_environment_type: MANAGED
	    compute_resources: {type: SPOT, max_vcpus: 4, subnets: [subnet-0123456789abcdef0], instance_role: ecsInstanceRole, instance_type: [optimal], allocation_strategy: "${var.strategy}"}
	YAML
}

kms_refused='./stack.yaml:15:5: error: resource "files" (aws.s3.bucket): encryption.sse_algorithm: "AES256", but it must be one of "aws:kms", "aws:kms:dsse" when encryption.kms_key_id is set: AWS says "General purpose buckets - This parameter is allowed if and only if SSEAlgorithm is set to aws:kms or aws:kms:dsse." (s3 PutBucketEncryption ServerSideEncryptionConfiguration.Rules.ApplyServerSideEncryptionByDefault.KMSMasterKeyID)'
star_refused='./stack.yaml:21:5: error: resource "flow" (aws.sfn.state_machine): logging_configuration.log_group_arn: "arn:aws:logs:us-east-1:123456789012:log-group:flows", but it must end with ":*": AWS says "The ARN must end with :*" (stepfunctions CreateStateMachine loggingConfiguration.destinations.cloudWatchLogsLogGroup.logGroupArn)'
spot_refused='mods/spot/main.yaml:8:5: error: resource "module.spot.ce" (aws.batch.compute_environment): compute_resources.spot_iam_fleet_role: it is not set, but it must be set when compute_resources.type is "SPOT" and compute_resources.allocation_strategy is "BEST_FIT": AWS says "If you'"'"'re using Spot Fleets with BEST_FIT, the Spot Fleet IAM Role must be specified." (batch CreateComputeEnvironment computeResources.allocationStrategy)'
cpu_refused='./stack.yaml:27:5: error: resource "win" (aws.ecs.task_definition): cpu: "512", but it must be 1024 to 16384 when requires_compatibilities includes "FARGATE" and runtime_platform.operating_system_family is not "LINUX": AWS says "The CPU units cannot be less than 1 vCPU when you use Windows containers on Fargate." (ecs RegisterTaskDefinition memory)'

test_expect_success 'the valid twins: validate and plan pass' '
	stack &&
	terrace validate -no-color >out 2>err &&
	test_line out "Success! The stack is valid (3 resources, 1 module call)." &&
	test_empty err &&
	terrace plan -refresh=false -no-color -input=false -var strategy=BEST_FIT_PROGRESSIVE >out 2>err &&
	test_contains out "Plan: 4 to add, 0 to change, 0 to destroy." &&
	test_empty err
'

test_expect_success 'a literal: validate refuses a Windows Fargate task of 512 CPU units at its line; exit 1' '
	CPU=512 MEMORY=1024 stack &&
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	echo "$cpu_refused" >expect &&
	test_cmp expect err
'

test_expect_success 'a variable: validate -var refuses AES256 beside a KMS key; exit 1' '
	stack &&
	test_expect_code 1 terrace validate -no-color -var algorithm=AES256 >out 2>err &&
	echo "$kms_refused" >expect &&
	test_cmp expect err
'

test_expect_success 'a local and a module input: validate alone leaves them; validate -var refuses both at their lines; exit 1' '
	GROUP=flows stack &&
	terrace validate -no-color >out 2>err &&
	test_line out "Success! The stack is valid (3 resources, 1 module call)." &&
	test_empty err &&
	test_expect_code 1 terrace validate -no-color -var strategy=BEST_FIT >out 2>err &&
	test_line err "$star_refused" &&
	test_line err "$spot_refused" &&
	test_equal 2 "$(grep -c "error:" err)"
'

test_expect_success 'a local and a module input: plan refuses both; exit 1' '
	GROUP=flows stack &&
	test_expect_code 1 terrace plan -refresh=false -no-color -input=false -var strategy=BEST_FIT >out 2>err &&
	test_line err "$star_refused" &&
	test_line err "$spot_refused" &&
	test_equal 2 "$(grep -c "error:" err)" &&
	test_not_contains out "Plan:"
'

test_expect_success 'each twin passes plan: the key with aws:kms, the ARN with :*, BEST_FIT with its fleet role' '
	stack &&
	sed -i "s|allocation_strategy: \"\${var.strategy}\"}|allocation_strategy: \"\${var.strategy}\", spot_iam_fleet_role: arn:aws:iam::123456789012:role/fleet}|" mods/spot/main.yaml &&
	terrace plan -refresh=false -no-color -input=false -var strategy=BEST_FIT -var algorithm=aws:kms:dsse >out 2>err &&
	test_contains out "Plan: 4 to add, 0 to change, 0 to destroy." &&
	test_empty err
'

test_done
