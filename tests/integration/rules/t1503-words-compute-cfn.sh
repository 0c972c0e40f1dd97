#!/usr/bin/env bash
# t1503-words-compute-cfn: AWS's own words as rows (issue 79) on the awscc
# types of the compute group's services, the registry's sentences their
# schemas' keywords do not hold, refused before any request with
# file:line:col, AWS's sentence and its document, and their valid twins
# passing:
#   - an ECS service's canary percent that is no multiple of 0.1
#     (ecs.cfn_canary_percent_tenths), given by a variable: validate -var
#     refuses it;
#   - an ECS task definition's ephemeral storage under 21 GiB
#     (ecs.cfn_ephemeral_storage_21_to_200), given by a local, and a
#     module's Batch quota share with a borrow limit and the strategy LEND
#     (batch.cfn_borrow_limit_lend_and_borrow), the strategy its caller's
#     input from a variable: validate alone leaves them (not known yet),
#     validate -var and plan refuse both, the module's naming
#     module.share.share at the module's line;
#   - an ECS service's circuit breaker with the EXTERNAL controller
#     (ecs.cfn_circuit_breaker_with_ecs_controller), written as a literal:
#     validate refuses it;
#   - within a list: the second container's health check retries
#     (ecs.cfn_health_retries_1_to_10, an EACH row), given by a variable:
#     validate -var refuses it, naming the element by its index.
# Planned with -refresh=false against an endpoint nothing listens on: no
# server is contacted.
. "$(dirname "$0")/../lib.sh"

# stack: $SCRATCH the local's GiB, $CONTROLLER the breaker service's
# controller; the module's strategy is the variable strategy.
stack () {
	cat >stack.yaml <<-YAML &&
	stack: words-compute-cfn
	variables:
	  percent: {type: number, default: 12.5}
	  retries: {type: number, default: 3}
	  strategy: {type: string, default: LEND_AND_BORROW}
	providers:
	  aws: {region: us-east-1, endpoint: "http://127.0.0.1:1", access_key: x, secret_key: y}
	locals:
	  scratch: ${SCRATCH:-21}
	modules:
	  share: {source: ./mods/share, strategy: "\${var.strategy}"}
	resources:
	  web:
	    type: awscc.ecs.service
	    cluster: jobs
	    task_definition: web
	    deployment_configuration: {strategy: CANARY, canary_configuration: {canary_percent: "\${var.percent}"}}
	  scratch:
	    type: awscc.ecs.task_definition
	    family: scratch
	    ephemeral_storage: {size_in_gi_b: "\${local.scratch}"}
	  worker:
	    type: awscc.ecs.service
	    cluster: jobs
	    task_definition: worker
	    deployment_controller: {type: ${CONTROLLER:-ECS}}
	    deployment_configuration: {deployment_circuit_breaker: {enable: true, rollback: true}}
	  sidecar:
	    type: awscc.ecs.task_definition
	    family: sidecar
	    memory: "512"
	    container_definitions:
	      - {name: app, image: nginx}
	      - {name: probe, image: busybox, health_check: {command: [CMD, "true"], retries: "\${var.retries}"}}
	YAML
	mkdir -p mods/share &&
	cat >mods/share/main.yaml <<-\YAML
	variables:
	  strategy: {type: string}
	resources:
	  share:
	    type: awscc.batch.quota_share
	    quota_share_name: nightly
	    job_queue: arn:aws:batch:us-east-1:123456789012:job-queue/jobs
	    capacity_limits: [{capacity_unit: VCPU, max_capacity: 4}]
	    preemption_configuration: {in_share_preemption: DISABLED}
	    resource_sharing_configuration: {strategy: "${var.strategy}", borrow_limit: 50}
	YAML
}

percent_refused='./stack.yaml:17:5: error: resource "web" (awscc.ecs.service): deployment_configuration.canary_configuration.canary_percent: 12.25, but it must match "^[0-9]+(\.[0-9])?$": AWS says "Valid values are multiples of 0.1 from 0.1 to 100.0." (CloudFormation registry: AWS::ECS::Service CanaryConfiguration.CanaryPercent)'
scratch_refused='./stack.yaml:21:5: error: resource "scratch" (awscc.ecs.task_definition): ephemeral_storage.size_in_gi_b: 20, but it must be 21 to 200: AWS says "The minimum supported value is 21 GiB and the maximum supported value is 200 GiB." (CloudFormation registry: AWS::ECS::TaskDefinition EphemeralStorage.SizeInGiB)'
share_refused='mods/share/main.yaml:10:5: error: resource "module.share.share" (awscc.batch.quota_share): resource_sharing_configuration.strategy: "LEND", but it must be "LEND_AND_BORROW" when resource_sharing_configuration.borrow_limit is set: AWS says "BorrowLimit can only be applied to quota shares with a strategy of LEND_AND_BORROW." (CloudFormation registry: AWS::Batch::QuotaShare ResourceSharingConfiguration.BorrowLimit)'
retries_refused='./stack.yaml:32:5: error: resource "sidecar" (awscc.ecs.task_definition): container_definitions[1].health_check.retries: 11, but it must be 1 to 10: AWS says "You may specify between 1 and 10 retries." (CloudFormation registry: AWS::ECS::TaskDefinition HealthCheck.Retries)'
breaker_refused='./stack.yaml:26:29: error: resource "worker" (awscc.ecs.service): deployment_controller.type: "EXTERNAL", but it must be "ECS" when deployment_configuration.deployment_circuit_breaker.enable is "true": AWS says "The deployment circuit breaker can only be used for services using the rolling update (ECS) deployment type." (CloudFormation registry: AWS::ECS::Service DeploymentCircuitBreaker)'

test_expect_success 'the valid twins: validate and plan pass' '
	stack &&
	terrace validate -no-color >out 2>err &&
	test_line out "Success! The stack is valid (4 resources, 1 module call)." &&
	test_empty err &&
	terrace plan -refresh=false -no-color -input=false -var percent=30 -var strategy=LEND_AND_BORROW >out 2>err &&
	test_contains out "Plan: 5 to add, 0 to change, 0 to destroy." &&
	test_empty err
'

test_expect_success 'a literal: validate refuses a circuit breaker beside the EXTERNAL controller at its line; exit 1' '
	CONTROLLER=EXTERNAL stack &&
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	echo "$breaker_refused" >expect &&
	test_cmp expect err
'

test_expect_success 'a variable: validate -var refuses a canary percent of 12.25; exit 1' '
	stack &&
	test_expect_code 1 terrace validate -no-color -var percent=12.25 >out 2>err &&
	echo "$percent_refused" >expect &&
	test_cmp expect err
'

test_expect_success 'a list'"'"'s element by a variable: validate -var refuses the second container'"'"'s retries of 11, naming container_definitions[1]; exit 1' '
	stack &&
	test_expect_code 1 terrace validate -no-color -var retries=11 >out 2>err &&
	echo "$retries_refused" >expect &&
	test_cmp expect err
'

test_expect_success 'a local and a module input: validate alone leaves them; validate -var refuses both at their lines; exit 1' '
	SCRATCH=20 stack &&
	terrace validate -no-color >out 2>err &&
	test_line out "Success! The stack is valid (4 resources, 1 module call)." &&
	test_empty err &&
	test_expect_code 1 terrace validate -no-color -var strategy=LEND >out 2>err &&
	test_line err "$scratch_refused" &&
	test_line err "$share_refused" &&
	test_equal 2 "$(grep -c "error:" err)"
'

test_expect_success 'a local and a module input: plan refuses both; exit 1' '
	SCRATCH=20 stack &&
	test_expect_code 1 terrace plan -refresh=false -no-color -input=false -var strategy=LEND >out 2>err &&
	test_line err "$scratch_refused" &&
	test_line err "$share_refused" &&
	test_equal 2 "$(grep -c "error:" err)" &&
	test_not_contains out "Plan:"
'

test_expect_success 'each twin passes plan: 200 GiB, the strategy LEND_AND_BORROW, a canary percent of 0.1, 10 retries' '
	SCRATCH=200 stack &&
	terrace plan -refresh=false -no-color -input=false -var strategy=LEND_AND_BORROW -var percent=0.1 -var retries=10 >out 2>err &&
	test_contains out "Plan: 5 to add, 0 to change, 0 to destroy." &&
	test_empty err
'

test_done
