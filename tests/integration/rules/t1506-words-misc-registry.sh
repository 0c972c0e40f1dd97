#!/usr/bin/env bash
# t1506-words-misc-registry: AWS's own words as rows (issue 79) on the awscc
# types of the misc services (CloudWatch, Glue, SQS, EventBridge Scheduler,
# Lake Formation, IAM), refused before any request with file:line:col,
# AWS's sentence and its document, and their valid twins passing:
#   - a variable: an SQS queue's perMessageGroupId throughput limit beside a
#     queue-wide deduplication scope (sqs.cfn_per_group_limit_group_scope);
#   - a local: an ON_DEMAND Glue trigger started on creation
#     (glue.cfn_on_demand_not_started), the local from a variable;
#   - a module's input: a schedule's binpack placement strategy on a field
#     other than cpu or memory (scheduler.cfn_binpack_field, a row on each
#     element of a list, named by its index): validate alone leaves what
#     these give (not known yet), validate -var and plan refuse them;
#   - the stack as written: an alarm's query with both an expression and a
#     metric (cloudwatch.cfn_query_expression_or_stat), a Lake Formation
#     grant of a table with neither its name nor the wildcard
#     (lakeformation.cfn_table_name_or_wildcard), an IAM virtual MFA device's
#     tag key beginning aws: (rule_tag_list_keys).
# Planned with -refresh=false against an endpoint nothing listens on: no
# server is contacted.
. "$(dirname "$0")/../lib.sh"

words_stack () {
	cat >stack.yaml <<-\YAML &&
	stack: words-misc-awscc
	variables:
	  scope: {type: string, default: messageGroup}
	  field: {type: string, default: memory}
	  start: {type: bool, default: false}
	providers:
	  aws: {region: us-east-1, endpoint: "http://127.0.0.1:1", access_key: x, secret_key: y}
	locals:
	  start: "${var.start}"
	modules:
	  ecs: {source: ./mods/ecs, field: "${var.field}"}
	resources:
	  orders:
	    type: awscc.sqs.queue
	    queue_name: orders.fifo
	    fifo_queue: true
	    fifo_throughput_limit: perMessageGroupId
	    deduplication_scope: "${var.scope}"
	  nightly:
	    type: awscc.glue.trigger
	    trigger_type: ON_DEMAND
	    start_on_creation: "${local.start}"
	    actions: [{job_name: load}]
	  errors:
	    type: awscc.cloudwatch.alarm
	    comparison_operator: GreaterThanThreshold
	    evaluation_periods: 1
	    threshold: 1
	    metrics:
	      - {id: e1, expression: "m1 * 2", return_data: true}
	      - id: m1
	        return_data: false
	        metric_stat: {metric: {metric_name: Errors, namespace: AWS/Lambda}, period: 60, stat: Sum}
	  grant:
	    type: awscc.lakeformation.principal_permissions
	    principal: {data_lake_principal_identifier: "arn:aws:iam::123456789012:role/analyst"}
	    resource: {table: {catalog_id: "123456789012", database_name: lake, table_wildcard: {}}}
	    permissions: [SELECT]
	    permissions_with_grant_option: []
	  mfa:
	    type: awscc.iam.virtual_mfa_device
	    virtual_mfa_device_name: lake-admin
	    users: [lake-admin]
	    tags: [{key: team, value: lake}]
	YAML
	mkdir -p mods/ecs &&
	cat >mods/ecs/main.yaml <<-\YAML
	variables:
	  field: {type: string}
	resources:
	  run:
	    type: awscc.scheduler.schedule
	    schedule_expression: rate(1 hour)
	    flexible_time_window: {mode: "OFF"}
	    target:
	      arn: "arn:aws:ecs:us-east-1:123456789012:cluster/lake"
	      role_arn: "arn:aws:iam::123456789012:role/scheduler"
	      ecs_parameters:
	        task_definition_arn: "arn:aws:ecs:us-east-1:123456789012:task-definition/load:1"
	        placement_strategy: [{type: spread, field: host}, {type: binpack, field: "${var.field}"}]
	YAML
}

WRONG="-var scope=queue -var field=instanceId -var start=true"

words_expect () {
	cat >expect <<-\EXPECT
	mods/ecs/main.yaml:8:5: error: resource "module.ecs.run" (awscc.scheduler.schedule): target.ecs_parameters.placement_strategy[1].field: "instanceId", but it must be one of "cpu", "memory" when target.ecs_parameters.placement_strategy[1].type is "binpack": AWS says "For the binpack placement strategy, valid values are cpu and memory." (CloudFormation registry: AWS::Scheduler::Schedule PlacementStrategy.Field)
	./stack.yaml:18:5: error: resource "orders" (awscc.sqs.queue): deduplication_scope: "queue", but it must be "messageGroup" when fifo_throughput_limit is "perMessageGroupId": AWS says "The perMessageGroupId value is allowed only when the value for DeduplicationScope is messageGroup." (sqs CreateQueue Attributes)
	./stack.yaml:22:5: error: resource "nightly" (awscc.glue.trigger): start_on_creation: (sensitive value), but it must not be "true" when trigger_type is "ON_DEMAND": AWS says "True is not supported for ON_DEMAND triggers." (CloudFormation registry: AWS::Glue::Trigger StartOnCreation)
	EXPECT
}

test_expect_success 'the valid twins: validate and plan pass' '
	words_stack &&
	terrace validate -no-color >out 2>err &&
	test_line out "Success! The stack is valid (5 resources, 1 module call)." &&
	test_empty err &&
	terrace plan -refresh=false -no-color -input=false >out 2>err &&
	test_contains out "Plan: 6 to add, 0 to change, 0 to destroy." &&
	test_empty err
'

test_expect_success 'as written, what a variable, a local or a module input gives is not known yet: validate passes' '
	words_stack &&
	terrace validate -no-color >out 2>err &&
	test_line out "Success! The stack is valid (5 resources, 1 module call)." &&
	test_empty err
'

test_expect_success 'validate -var refuses what a variable, a local and a module input give, at their file:line:col; exit 1' '
	words_stack &&
	test_expect_code 1 terrace validate -no-color $WRONG >out 2>err &&
	words_expect &&
	test_cmp expect err &&
	test_not_contains out "Success!"
'

test_expect_success 'plan refuses the same, and plans nothing; exit 1' '
	words_stack &&
	test_expect_code 1 terrace plan -refresh=false -no-color -input=false $WRONG >out 2>err &&
	words_expect &&
	sort expect >expect.sorted &&
	sort err >err.sorted &&
	test_cmp expect.sorted err.sorted &&
	test_not_contains out "Plan:"
'

test_expect_success 'their valid twins pass validate -var' '
	words_stack &&
	terrace validate -no-color -var scope=messageGroup -var field=cpu -var start=false >out 2>err &&
	test_line out "Success! The stack is valid (5 resources, 1 module call)." &&
	test_empty err
'

test_expect_success 'as written: a query with an expression and a metric, a table with neither name nor wildcard, an aws: tag key, each at its file:line:col; exit 1' '
	words_stack &&
	sed -i -e "s/      - id: m1/      - id: m1\n        expression: \"m2 * 2\"/" \
		-e "s/, table_wildcard: {}}}/}}/" \
		-e "s/tags: \[{key: team, value: lake}\]/tags: [{key: team, value: lake}, {key: \"aws:team\", value: lake}]/" stack.yaml &&
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	cat >expect <<-\EXPECT &&
	./stack.yaml:32:9: error: resource "errors" (awscc.cloudwatch.alarm): metrics[1].expression: "m2 * 2", but exactly one of these must hold: metrics[1].expression is set, metrics[1].metric_stat is set: AWS says "Within each MetricDataQuery object, you must specify either ``Expression`` or ``MetricStat`` but not both." (CloudFormation registry: AWS::CloudWatch::Alarm MetricDataQuery.Expression)
	./stack.yaml:38:16: error: resource "grant" (awscc.lakeformation.principal_permissions): resource.table.table_wildcard: it is not set, but it must be set when resource.table is set and resource.table.name is not set: AWS says "At least one of ``TableResource$Name`` or ``TableResource$TableWildcard`` is required." (CloudFormation registry: AWS::LakeFormation::PrincipalPermissions TableResource.TableWildcard)
	./stack.yaml:45:5: error: resource "mfa" (awscc.iam.virtual_mfa_device): tags: [1].key "aws:team": AWS says a tag key "cannot be prefixed with aws:", reserved for AWS'"'"'s own tags (e.g. "team" or "acme:team")
	EXPECT
	test_cmp expect err &&
	test_not_contains out "Success!"
'

test_done
