#!/usr/bin/env bash
# t0953-awscc-alternatives: the oneOf and anyOf of the awscc types' schemas
# whose alternatives say more than which properties go together (issue 58
# point 6): gen_schemas.py carries them (oneOfSchemas, anyOfSchemas) where
# it dropped them, and `terrace validate` checks "exactly one" / "at least
# one" alternative matches, at FILE:LINE:COL, listing the forms it takes:
# - a document (a free-form attribute, written as YAML or as JSON text):
#   awscc.appstream.app_block's tags, each {Key, Value} or {TagKey,
#   TagValue}, nothing else (the form the value chose, and what it lacks);
#   awscc.securityhub.automation_rule's note.updated_by, a string or an ARN;
# - a block: the same rule's date filters, a date_range or a start and an
#   end (one alone is neither);
# - a string: awscc.rds.global_cluster's source_db_cluster_identifier (an
#   identifier or an ARN), awscc.amazonmq.broker's engine_type (its enum in
#   any case);
# - the type itself: awscc.billingconductor.billing_group, a
#   primary_account_id with linked accounts, or a responsibility transfer.
# Each alternative alone validates, and so does a value not known yet,
# which plan judges before any request; a value of a shape (a block, a
# list, a scalar) that no alternative describes is left to AWS, as it was
# (the schema does not describe the value as written). No server is
# contacted.
. "$(dirname "$0")/../lib.sh"

stack () {
	{
		echo "stack: alternatives"
		echo "variables:"
		echo "  key: {type: string, default: team}"
		echo "  engine: {type: string, default: activemq2}"
		echo "resources:"
		cat
	} >stack.yaml
}

test_expect_success 'a document: each alternative alone validates, as YAML, as JSON text, not known yet' '
	stack <<-\YAML &&
	  plain:
	    type: awscc.appstream.app_block
	    name: plain
	    source_s3_location: {s3_bucket: apps, s3_key: setup.zip}
	    tags:
	      - {Key: team, Value: data}
	      - {TagKey: owner, TagValue: ops}
	  text:
	    type: awscc.appstream.app_block
	    name: text
	    source_s3_location: {s3_bucket: apps, s3_key: setup.zip}
	    tags: '"'"'[{"TagKey": "team", "TagValue": "data"}]'"'"'
	  later:
	    type: awscc.appstream.app_block
	    name: later
	    source_s3_location: {s3_bucket: apps, s3_key: setup.zip}
	    tags:
	      - {"${var.key}": team, Value: data}
	      - {Key: "${var.key}", Value: data}
	YAML
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (3 resources)" &&
	test_empty err
'

test_expect_success 'a document that is no alternative, or two: the forms it takes, the one it chose and what is wrong' '
	stack <<-\YAML &&
	  mixed:
	    type: awscc.appstream.app_block
	    name: mixed
	    source_s3_location: {s3_bucket: apps, s3_key: setup.zip}
	    tags:
	      - {Key: team, Value: data}
	      - {Key: team, TagValue: data}
	  extra:
	    type: awscc.appstream.app_block
	    name: extra
	    source_s3_location: {s3_bucket: apps, s3_key: setup.zip}
	    tags: '"'"'[{"Key": "team", "Value": "data", "TagValue": "x"}]'"'"'
	YAML
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "./stack.yaml:10:5: error: resource \"mixed\" (awscc.appstream.app_block): tags: [1]: matches none of the forms it takes, where it takes exactly one: Key and Value; TagKey and TagValue (AWS::AppStream::AppBlock'"'"'s schema)" &&
	test_contains err "./stack.yaml:17:5: error: resource \"extra\" (awscc.appstream.app_block): tags: [0]: matches none of the forms it takes, where it takes exactly one: Key and Value; TagKey and TagValue (as Key and Value: TagValue is not one of its properties)" &&
	test_equal 2 "$(grep -c ": error: " err)"
'

rule () { # rule NAME FILTER UPDATED_BY: an automation rule with one date filter
	cat <<-YAML
	  $1:
	    type: awscc.securityhub.automation_rule
	    rule_order: 1
	    rule_name: $1
	    description: archive old findings
	    criteria:
	      created_at:
	        - $2
	    actions: [{type: FINDING_FIELDS_UPDATE, finding_fields_update: {note: {text: old, updated_by: '$3'}}}]
	YAML
}

test_expect_success 'a block: a date_range alone, a start with an end, validate; a string in a document' '
	{
		rule range "{date_range: {unit: DAYS, value: 30}}" "\"archiver\"" &&
		rule span "{start: \"2026-01-01T00:00:00Z\", end: \"2026-02-01T00:00:00Z\"}" \
			"\"arn:aws:iam::123456789012:role/archiver\""
	} | stack &&
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (2 resources)" &&
	test_empty err
'

test_expect_success 'a block with a start alone, or all three; an empty string in a document: refused' '
	{
		rule alone "{start: \"2026-01-01T00:00:00Z\"}" "\"archiver\"" &&
		rule all "{date_range: {unit: DAYS, value: 30}, start: \"2026-01-01T00:00:00Z\", end: \"2026-02-01T00:00:00Z\"}" "\"archiver\"" &&
		rule nobody "{date_range: {unit: DAYS, value: 30}}" "\"\""
	} | stack &&
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "./stack.yaml:13:11: error: resource \"alone\" (awscc.securityhub.automation_rule): criteria.created_at[0]: matches none of the forms it takes, where it takes exactly one: date_range; start and end (AWS::SecurityHub::AutomationRule'"'"'s schema)" &&
	test_contains err "./stack.yaml:22:11: error: resource \"all\" (awscc.securityhub.automation_rule): criteria.created_at[0]: matches more than one of the forms it takes, where it takes exactly one: date_range; start and end" &&
	test_contains err "./stack.yaml:32:87: error: resource \"nobody\" (awscc.securityhub.automation_rule): actions[0].finding_fields_update.note.updated_by: matches none of the forms it takes, where it takes at least one: a string of 1 to 512 characters; an arn" &&
	test_equal 3 "$(grep -c ": error: " err)"
'

test_expect_success 'strings: an identifier or an ARN; an enum in any case; the type'"'"'s own anyOf, each alternative alone' '
	stack <<-\YAML &&
	  by_name: {type: awscc.rds.global_cluster, source_db_cluster_identifier: orders-db}
	  by_arn: {type: awscc.rds.global_cluster, source_db_cluster_identifier: "arn:aws:rds:us-east-1:123456789012:cluster:orders-db"}
	  upper: {type: awscc.amazonmq.broker, broker_name: upper, engine_type: ACTIVEMQ, deployment_mode: SINGLE_INSTANCE, host_instance_type: mq.t3.micro, publicly_accessible: false}
	  mixed: {type: awscc.amazonmq.broker, broker_name: mixed, engine_type: RabbitMQ, deployment_mode: SINGLE_INSTANCE, host_instance_type: mq.t3.micro, publicly_accessible: false, users: [{username: admin, password: Correct-Horse-12}]}
	  primary:
	    type: awscc.billingconductor.billing_group
	    name: primary
	    primary_account_id: "123456789012"
	    account_grouping: {linked_account_ids: ["210987654321"]}
	    computation_preference: {pricing_plan_arn: "arn:aws:billingconductor::123456789012:pricingplan/abcdefghij"}
	  transfer:
	    type: awscc.billingconductor.billing_group
	    name: transfer
	    account_grouping: {responsibility_transfer_arn: "arn:aws:organizations::123456789012:transfer/o-abcdefghij/billing/inbound/rt-abcdefgh"}
	    computation_preference: {pricing_plan_arn: "arn:aws:billingconductor::123456789012:pricingplan/abcdefghij"}
	YAML
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (6 resources)" &&
	test_empty err
'

test_expect_success 'strings and a type that match no alternative: refused, the forms they take named' '
	stack <<-\YAML &&
	  snake: {type: awscc.rds.global_cluster, source_db_cluster_identifier: orders_db}
	  typo: {type: awscc.amazonmq.broker, broker_name: typo, engine_type: activemq2, deployment_mode: SINGLE_INSTANCE, host_instance_type: mq.t3.micro, publicly_accessible: false}
	  neither:
	    type: awscc.billingconductor.billing_group
	    name: neither
	    account_grouping: {linked_account_ids: ["210987654321"]}
	    computation_preference: {pricing_plan_arn: "arn:aws:billingconductor::123456789012:pricingplan/abcdefghij"}
	YAML
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "./stack.yaml:6:43: error: resource \"snake\" (awscc.rds.global_cluster): source_db_cluster_identifier: \"orders_db\" matches none of the forms it takes, where it takes exactly one: a value matching ^[a-zA-Z]{1}(?:-?[a-zA-Z0-9]){0,62}\$; a value matching ^(?=.{40,128}\$)arn.*" &&
	test_contains err "./stack.yaml:7:58: error: resource \"typo\" (awscc.amazonmq.broker): engine_type: \"activemq2\" matches none of the forms it takes, where it takes at least one: one of \"ACTIVEMQ\", \"RABBITMQ\"; a value matching ^[Aa][Cc][Tt][Ii][Vv][Ee][Mm][Qq]\$" &&
	test_contains err "./stack.yaml:8:3: error: resource \"neither\" (awscc.billingconductor.billing_group): matches none of the forms it takes, where it takes at least one: primary_account_id, with account_grouping.linked_account_ids; account_grouping, with account_grouping.responsibility_transfer_arn" &&
	test_equal 3 "$(grep -c ": error: " err)"
'

test_expect_success 'alternatives of several types: DynamoDB'"'"'s key_schema is a list of keys, or a JSON object or string' '
	stack <<-\YAML &&
	  orders:
	    type: awscc.dynamodb.table
	    billing_mode: PAY_PER_REQUEST
	    attribute_definitions: [{attribute_name: id, attribute_type: S}]
	    key_schema:
	      - {AttributeName: id, KeyType: HASH}
	YAML
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (1 resources)" &&
	test_empty err
'

test_expect_success 'a value of a shape no alternative describes is AWS'"'"'s to judge (a tag written as a string)' '
	stack <<-\YAML &&
	  flat:
	    type: awscc.appstream.app_block
	    name: flat
	    source_s3_location: {s3_bucket: apps, s3_key: setup.zip}
	    tags: ["team=data"]
	YAML
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (1 resources)" &&
	test_empty err
'

test_expect_success 'a value known only at plan is judged there, at its FILE:LINE:COL, before any request' '
	stack <<-\YAML &&
	  later: {type: awscc.amazonmq.broker, broker_name: later, engine_type: "${var.engine}", deployment_mode: SINGLE_INSTANCE, host_instance_type: mq.t3.micro, publicly_accessible: false}
	YAML
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (1 resources)" &&
	AWS_MAX_ATTEMPTS=1 AWS_ACCESS_KEY_ID=AKIDEXAMPLE AWS_SECRET_ACCESS_KEY=secret AWS_REGION=us-east-1 \
		AWS_ENDPOINT_URL=http://127.0.0.1:9 test_expect_code 1 terrace plan -no-color >out 2>err &&
	test_contains err "./stack.yaml:6:60: error: resource \"later\" (awscc.amazonmq.broker): engine_type: \"activemq2\" matches none of the forms it takes"
'

test_done
