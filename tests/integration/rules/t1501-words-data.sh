#!/usr/bin/env bash
# t1501-words-data: AWS's own words as rows (issue 79) for the data
# services' awscc types, held by the row language's conditions within each
# element of a list and each tag of a tag list, refused before any request
# with file:line:col, AWS's sentence and its document, and their valid
# twins passing:
#   - a provisioned table's second global index without its throughput
#     (dynamodb.cfn_global_index_throughput_by_mode), written as a
#     literal: validate refuses it at the element's line, naming
#     global_secondary_indexes[1];
#   - a KMS alias under alias/aws/ (kms.cfn_alias_not_aws), given by a
#     variable: validate -var refuses it;
#   - a secret's tag key prefixed aws: (secretsmanager.cfn_tag_keys_not_aws),
#     given by a local, and a module's stream with warm throughput in
#     provisioned mode (kinesis.cfn_warm_throughput_on_demand), the mode
#     its caller's input from a variable: validate alone leaves them (not
#     known yet), validate -var and plan refuse both;
#   - a local index added to a table that exists
#     (dynamodb.cfn_local_index_only_at_create, an update row): applied
#     against moto, the table plans no change; a second index is refused by
#     plan against the object's indexes, while validate (a create) takes it.
# The first cases are planned with -refresh=false against an endpoint
# nothing listens on: no server is contacted.
. "$(dirname "$0")/../lib.sh"

# stack: $OWNER the local's tag key; $SECOND the second index's last
# setting (its throughput unless given); the module's mode is the variable
# mode.
stack () {
	cat >stack.yaml <<-YAML &&
	stack: words-data
	variables:
	  alias: {type: string, default: alias/orders}
	  mode: {type: string, default: ON_DEMAND}
	providers:
	  aws: {region: us-east-1, endpoint: "http://127.0.0.1:1", access_key: x, secret_key: y}
	locals:
	  owner: "${OWNER:-owner}"
	modules:
	  events: {source: ./mods/events, mode: "\${var.mode}"}
	resources:
	  orders:
	    type: awscc.dynamodb.table
	    billing_mode: PROVISIONED
	    provisioned_throughput: {read_capacity_units: 1, write_capacity_units: 1}
	    attribute_definitions: [{attribute_name: id, attribute_type: S}, {attribute_name: email, attribute_type: S}]
	    key_schema: [{AttributeName: id, KeyType: HASH}]
	    global_secondary_indexes:
	      - index_name: by-id
	        key_schema: [{attribute_name: id, key_type: HASH}]
	        projection: {projection_type: ALL}
	        provisioned_throughput: {read_capacity_units: 1, write_capacity_units: 1}
	      - index_name: by-email
	        key_schema: [{attribute_name: email, key_type: HASH}]
	        projection: {projection_type: KEYS_ONLY}
	        ${SECOND:-provisioned_throughput: {read_capacity_units: 1, write_capacity_units: 1\}}
	  key_alias:
	    type: awscc.kms.alias
	    alias_name: "\${var.alias}"
	    target_key_id: 1234abcd-12ab-34cd-56ef-1234567890ab
	  secret:
	    type: awscc.secretsmanager.secret
	    name: orders-db
	    tags: [{key: team, value: data}, {key: "\${local.owner}", value: data}]
	YAML
	mkdir -p mods/events &&
	cat >mods/events/main.yaml <<-\YAML
	variables:
	  mode: {type: string}
	resources:
	  stream:
	    type: awscc.kinesis.stream
	    name: events
	    warm_throughput_mi_bps: 10
	    stream_mode_details: {stream_mode: "${var.mode}"}
	YAML
}

index_refused='./stack.yaml:23:9: error: resource "orders" (awscc.dynamodb.table): global_secondary_indexes[1].provisioned_throughput: it is not set, but it must be set when billing_mode is "PROVISIONED": AWS says "You must use either OnDemandThroughput or ProvisionedThroughput based on your table'"'"'s capacity mode." (CloudFormation registry: AWS::DynamoDB::Table GlobalSecondaryIndex.ProvisionedThroughput)'
alias_refused='./stack.yaml:29:5: error: resource "key_alias" (awscc.kms.alias): alias_name: "alias/aws/orders", but it must not match "^alias/aws/": AWS says "The alias name cannot begin with alias/aws/." (CloudFormation registry: AWS::KMS::Alias AliasName)'
tag_refused='./stack.yaml:34:5: error: resource "secret" (awscc.secretsmanager.secret): tags[1].key: "aws:owner", but it must not match "^aws:": AWS says "You can'"'"'t edit or delete tag names or values with this prefix." (CloudFormation registry: AWS::SecretsManager::Secret Tags)'
stream_refused='mods/events/main.yaml:8:5: error: resource "module.events.stream" (awscc.kinesis.stream): stream_mode_details.stream_mode: "PROVISIONED", but it must be "ON_DEMAND" when warm_throughput_mi_bps is set: AWS says "This property can ONLY be set when StreamMode is ON_DEMAND." (CloudFormation registry: AWS::Kinesis::Stream WarmThroughputMiBps)'

test_expect_success 'the valid twins: validate and plan pass' '
	stack &&
	terrace validate -no-color >out 2>err &&
	test_line out "Success! The stack is valid (3 resources, 1 module call)." &&
	test_empty err &&
	terrace plan -refresh=false -no-color -input=false >out 2>err &&
	test_contains out "Plan: 4 to add, 0 to change, 0 to destroy." &&
	test_empty err
'

test_expect_success 'a literal: validate refuses the second index without throughput at its element; exit 1' '
	SECOND="contributor_insights_specification: {enabled: false}" stack &&
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	echo "$index_refused" >expect &&
	test_cmp expect err
'

test_expect_success 'a variable: validate -var refuses an alias under alias/aws/; exit 1' '
	stack &&
	test_expect_code 1 terrace validate -no-color -var alias=alias/aws/orders >out 2>err &&
	echo "$alias_refused" >expect &&
	test_cmp expect err
'

test_expect_success 'a local and a module input: validate alone leaves them; validate -var refuses both; exit 1' '
	OWNER=aws:owner stack &&
	terrace validate -no-color >out 2>err &&
	test_line out "Success! The stack is valid (3 resources, 1 module call)." &&
	test_empty err &&
	test_expect_code 1 terrace validate -no-color -var mode=PROVISIONED >out 2>err &&
	test_line err "$tag_refused" &&
	test_line err "$stream_refused" &&
	test_equal 2 "$(grep -c "error:" err)"
'

test_expect_success 'a local and a module input: plan refuses both; exit 1' '
	OWNER=aws:owner stack &&
	test_expect_code 1 terrace plan -refresh=false -no-color -input=false -var mode=PROVISIONED >out 2>err &&
	test_contains err "resource \"secret\" (awscc.secretsmanager.secret): tags[0].key: \"aws:owner\", but it must not match \"^aws:\"" &&
	test_line err "$stream_refused" &&
	test_equal 2 "$(grep -c "error:" err)" &&
	test_not_contains out "Plan:"
'

start_moto || test_fail_setup "moto did not start"
use_server moto

# indexed: a table applied with its local indexes $LOCALS (index names).
indexed () {
	write_stack stack.yaml &&
	cat >>stack.yaml <<-YAML &&
	resources:
	  events:
	    type: awscc.dynamodb.table
	    table_name: words-events
	    billing_mode: PAY_PER_REQUEST
	    attribute_definitions: [{attribute_name: id, attribute_type: S}, {attribute_name: at, attribute_type: N}]
	    key_schema: [{AttributeName: id, KeyType: HASH}, {AttributeName: at, KeyType: RANGE}]
	    local_secondary_indexes:
	YAML
	for name in $LOCALS
	do
		echo "      - {index_name: $name, key_schema: [{attribute_name: id, key_type: HASH}, {attribute_name: at, key_type: RANGE}], projection: {projection_type: KEYS_ONLY}}" >>stack.yaml || return 1
	done
}

lsi_refused='./stack.yaml:20:5: error: resource "events" (awscc.dynamodb.table): local_secondary_indexes[1].index_name: "by-time", but it must be one of local_secondary_indexes[].index_name'"'"'s values the object has now: AWS says "A local secondary index can only be created when its parent table is created." (CloudFormation registry: AWS::DynamoDB::Table LocalSecondaryIndex)'

test_expect_success 'an update row at plan: a table applied with one local index plans no change; a second one is refused against the object, while validate (a create) takes it; exit 1' '
	LOCALS=first indexed &&
	terrace apply -auto-approve -no-color >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration." &&
	LOCALS="first by-time" indexed &&
	terrace validate -no-color >out 2>err &&
	test_empty err &&
	test_expect_code 1 terrace plan -no-color -input=false >out 2>err &&
	test_line err "$lsi_refused" &&
	test_not_contains out "Plan:" &&
	LOCALS=first indexed &&
	terrace destroy -auto-approve -no-color >out 2>err &&
	test_contains out "Destroy complete!"
'

test_done
