#!/usr/bin/env bash
# t0954-cfn-lint-extensions: cfn-lint's extension schemas (issue 58 point
# 5), the conditional rules of its errors (E3501, E3638, E3661, E3677,
# E3682, ...) that AWS enforces, carried by gen_schemas.py as each awscc
# type's "extensions" where cfn-lint applies them (a type's properties, or a
# block inside them: a health check's health_check_config), and evaluated
# by `terrace validate`: a broken rule is refused at the attribute's
# FILE:LINE:COL, with the condition, what to write (the rule's own
# description when it has one) and the rule's id and file. t0954/refused.yaml
# breaks one rule per resource (DynamoDB's billing mode, an SQS FIFO
# queue's name and a standard queue's FIFO settings, a Lambda function's
# inline code for a Java runtime, an Aurora instance's allocated storage, a
# CloudWatch-metric health check without its alarm); t0954/valid.yaml holds
# each rule's edge (the other billing mode, a .fifo name, a Python runtime
# for inline code and Java from S3, MySQL's allocated storage, the alarm
# given; a condition not known yet). No server is contacted.
. "$(dirname "$0")/../lib.sh"

test_expect_success 'each rule at its edge validates, and so does a condition not known yet' '
	cp "$TEST_HERE/t0954/valid.yaml" stack.yaml &&
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (11 resources)" &&
	test_empty err
'

test_expect_success 'each broken rule is refused at its attribute, with its condition and what to write' '
	cp "$TEST_HERE/t0954/refused.yaml" stack.yaml &&
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "./stack.yaml:8:5: error: resource \"on_demand\" (awscc.dynamodb.table): provisioned_throughput: ProvisionedThroughput is not taken (when BillingMode is \"PAY_PER_REQUEST\"): When '"'"'BillingMode'"'"' is '"'"'PAY_PER_REQUEST'"'"' don'"'"'t specify '"'"'ProvisionedThroughput'"'"' (cfn-lint E3638, aws_dynamodb_table/billingmode_exclusive.json)" &&
	test_contains err "./stack.yaml:11:51: error: resource \"fifo\" (awscc.sqs.queue): queue_name: QueueName: \"orders\" does not match ^.*\\.fifo\$ (when FifoQueue is one of true, \"true\" and QueueName is set) (cfn-lint E3501, aws_sqs_queue/properties.json)" &&
	test_contains err "./stack.yaml:12:56: error: resource \"standard\" (awscc.sqs.queue): content_based_deduplication: ContentBasedDeduplication is not taken (when FifoQueue is one of false, \"false\") (cfn-lint E3501" &&
	test_contains err "./stack.yaml:16:5: error: resource \"fn\" (awscc.lambda.function): runtime: Runtime: \"java21\" does not match ^(nodejs.*|python.*)\$ (when Code is set and Runtime is set): Using the ZipFile attribute requires a javascript or python runtime to be specified (cfn-lint E3677" &&
	test_contains err "./stack.yaml:19:3: error: resource \"aurora\" (awscc.rds.db_instance): sets what it does not take (when Engine matches (aurora|aurora-mysql|aurora-postgresql)): When creating an aurora DBInstance don'"'"'t specify '"'"'AllocatedStorage'"'"'" &&
	test_contains err "./stack.yaml:22:5: error: resource \"metric\" (awscc.route53.health_check): health_check_config: AlarmIdentifier is not set (when Type is \"CLOUDWATCH_METRIC\"): When '"'"'Type'"'"' is '"'"'CLOUDWATCH_METRIC'"'"' you must specify '"'"'AlarmIdentifier'"'"' (cfn-lint E3661, aws_route53_healthcheck/healthcheckconfig_type_inclusive.json)" &&
	test_equal 6 "$(grep -c ": error: " err)" &&
	test_not_contains err "s3cret-pass"
'

test_expect_success 'a condition known only at plan is judged there, before any request' '
	{
		echo "stack: extensions"
		echo "variables:"
		echo "  billing: {type: string, default: PAY_PER_REQUEST}"
		echo "resources:"
		echo "  later: {type: awscc.dynamodb.table, billing_mode: \"\${var.billing}\", provisioned_throughput: {read_capacity_units: 5, write_capacity_units: 5}, attribute_definitions: [{attribute_name: id, attribute_type: S}], key_schema: [{AttributeName: id, KeyType: HASH}]}"
	} >stack.yaml &&
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (1 resources)" &&
	AWS_MAX_ATTEMPTS=1 AWS_ACCESS_KEY_ID=AKIDEXAMPLE AWS_SECRET_ACCESS_KEY=secret AWS_REGION=us-east-1 \
		AWS_ENDPOINT_URL=http://127.0.0.1:9 test_expect_code 1 terrace plan -no-color >out 2>err &&
	test_contains err "error: resource \"later\" (awscc.dynamodb.table): provisioned_throughput: ProvisionedThroughput is not taken (when BillingMode is \"PAY_PER_REQUEST\")"
'

test_expect_success 'a property a rule does not take, given by a variable: null is no value, a value is refused at plan' '
	{
		echo "stack: extensions"
		echo "variables:"
		echo "  throughput: {type: any, default: null}"
		echo "resources:"
		echo "  maybe: {type: awscc.dynamodb.table, billing_mode: PAY_PER_REQUEST, provisioned_throughput: \"\${var.throughput}\", attribute_definitions: [{attribute_name: id, attribute_type: S}], key_schema: [{AttributeName: id, KeyType: HASH}]}"
	} >stack.yaml &&
	# before: "ProvisionedThroughput is not taken" for the ${...} alone,
	# which the variable leaves null (a Route 53 alias with ttl: ${var.ttl},
	# heldout4)
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (1 resources)" &&
	sed -i "s/default: null/default: {read_capacity_units: 5, write_capacity_units: 5}/" stack.yaml &&
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (1 resources)" &&
	AWS_MAX_ATTEMPTS=1 AWS_ACCESS_KEY_ID=AKIDEXAMPLE AWS_SECRET_ACCESS_KEY=secret AWS_REGION=us-east-1 \
		AWS_ENDPOINT_URL=http://127.0.0.1:9 test_expect_code 1 terrace plan -no-color >out 2>err &&
	test_contains err "error: resource \"maybe\" (awscc.dynamodb.table): provisioned_throughput: ProvisionedThroughput is not taken (when BillingMode is \"PAY_PER_REQUEST\")"
'

test_done
