#!/usr/bin/env bash
# t1251-awscc-document-keys: the paths awscc types as nested blocks where
# terrace's schema has a JSON document (issue 67 point 2): a oneOf/anyOf node
# (awscc.dynamodb.table's key_schema) and a definition past the depth
# terrace makes blocks to (a WAF statement inside statements) are written
# with snake_case keys, as every other block, or with CloudFormation's, as
# before: each key that names a property of the node or of one of its forms
# is sent in CloudFormation's name (GetResource shows AttributeName), each
# form still checked (a wrong key inside one refused at FILE:LINE:COL, named
# as written), and
# read back spelled as written, so that neither spelling plans a change.
. "$(dirname "$0")/../lib.sh"

stack () {
	{
		echo "stack: documents"
		echo "resources:"
		cat
	} >stack.yaml
}

test_expect_success 'key_schema in snake_case and in CloudFormation names validates' '
	stack <<-\YAML &&
	  snake:
	    type: awscc.dynamodb.table
	    key_schema: [{attribute_name: pk, key_type: HASH}]
	    attribute_definitions: [{attribute_name: pk, attribute_type: S}]
	    billing_mode: PAY_PER_REQUEST
	  cfn:
	    type: awscc.dynamodb.table
	    key_schema: [{AttributeName: pk, KeyType: HASH}]
	    attribute_definitions: [{attribute_name: pk, attribute_type: S}]
	    billing_mode: PAY_PER_REQUEST
	YAML
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (2 resources)" &&
	test_empty err
'

test_expect_success 'a wrong key inside a form of key_schema is refused at FILE:LINE:COL' '
	stack <<-\YAML &&
	  typo:
	    type: awscc.dynamodb.table
	    key_schema: [{attribute_name: pk, key_typ: HASH}]
	    attribute_definitions: [{attribute_name: pk, attribute_type: S}]
	    billing_mode: PAY_PER_REQUEST
	YAML
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_line err "./stack.yaml:5:5: error: resource \"typo\" (awscc.dynamodb.table): key_schema: matches none of the forms it takes, where it takes exactly one: a KeySchema; another form (as a KeySchema: [0]: key_typ is not one of its properties) (AWS::DynamoDB::Table'"'"'s schema)"
'

waf () {
	stack <<-YAML
	  rg:
	    type: awscc.wafv2.rule_group
	    name: deep
	    scope: REGIONAL
	    capacity: 100
	    visibility_config: {sampled_requests_enabled: false, cloudwatch_metrics_enabled: false, metric_name: deep}
	    rules:
	      - name: r1
	        priority: 1
	        action: {block: {}}
	        visibility_config: {sampled_requests_enabled: false, cloudwatch_metrics_enabled: false, metric_name: r1}
	        statement:
	          and_statement:
	            statements:
	              - not_statement:
	                  statement:
	                    or_statement:
	                      statements:
	                        - not_statement:
	                            statement:
	                              and_statement:
	                                statements:
	                                  - geo_match_statement: {country_codes: [US]}
	                                  - size_constraint_statement:
	                                      field_to_match: {uri_path: {}}
	                                      $1: GT
	                                      size: 100
	                                      text_transformations: [{priority: 0, type: NONE}]
	                        - geo_match_statement: {country_codes: [FR]}
	              - geo_match_statement: {country_codes: [DE]}
	YAML
}

test_expect_success 'a statement nested past the blocks terrace builds: snake_case validates, as the old spelling does' '
	waf comparison_operator &&
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (1 resources)" &&
	test_empty err &&
	waf ComparisonOperator &&
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (1 resources)"
'

test_expect_success 'a wrong key there is refused at FILE:LINE:COL, the statement judged whole' '
	waf comparison_operatr &&
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "./stack.yaml:19:21: error: resource \"rg\" (awscc.wafv2.rule_group): rules[0].statement.and_statement.statements[0].not_statement.statement.or_statement: " &&
	test_contains err "or_statement: statements: [0]: not_statement: statement: and_statement: statements: [1]: size_constraint_statement: comparison_operatr is not one of its properties (AWS::WAFv2::RuleGroup'"'"'s schema)"
'

start_moto || test_fail_setup "moto did not start"
use_server moto

cc_get () {
	input="{\"TypeName\": \"$1\", \"Identifier\": \"$2\"}"
	s3 --output json cloudcontrol get-resource --cli-input-json "$input" \
		--query ResourceDescription.Properties --output text
}

test_expect_success 'snake_case key_schema: Cloud Control is sent AttributeName, a plan has nothing to do' '
	write_stack stack.yaml &&
	cat >>stack.yaml <<-\YAML &&
	resources:
	  snake:
	    type: awscc.dynamodb.table
	    table_name: snake
	    key_schema: [{attribute_name: pk, key_type: HASH}]
	    attribute_definitions: [{attribute_name: pk, attribute_type: S}]
	    billing_mode: PAY_PER_REQUEST
	  cfn:
	    type: awscc.dynamodb.table
	    table_name: cfn
	    key_schema: [{AttributeName: pk, KeyType: HASH}]
	    attribute_definitions: [{attribute_name: pk, attribute_type: S}]
	    billing_mode: PAY_PER_REQUEST
	YAML
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." &&
	cc_get AWS::DynamoDB::Table snake >props &&
	test_contains props "\"AttributeName\": \"pk\"" &&
	test_contains props "\"KeyType\": \"HASH\"" &&
	test "$(json_get terrace.state.json "d[\"resources\"][\"snake\"][\"attributes\"][\"key_schema\"][0][\"attribute_name\"]")" = pk &&
	test "$(json_get terrace.state.json "d[\"resources\"][\"cfn\"][\"attributes\"][\"key_schema\"][0][\"AttributeName\"]")" = pk &&
	terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration." &&
	terrace destroy -auto-approve >out 2>err &&
	test_contains out "Destroy complete!"
'

test_expect_success 'past the depth a scalar stays a scalar: a plain string validates where it was no JSON' '
	stack <<-\YAML &&
	  src:
	    type: awscc.kendra.data_source
	    name: sf
	    index_id: 01234567-89ab-cdef-0123-456789abcdef
	    data_source_type: SALESFORCE
	    role_arn: arn:aws:iam::123456789012:role/kendra
	    data_source_configuration:
	      salesforce_configuration:
	        secret_arn: arn:aws:secretsmanager:us-east-1:123456789012:secret:sf-abc
	        server_url: https://example.my.salesforce.com
	        standard_object_configurations:
	          - name: ACCOUNT
	            document_data_field_name: Description
	            field_mappings:
	              - {data_source_field_name: Owner, index_field_name: owner}
	YAML
	# before: "data_source_field_name ... is not a valid JSON document:
	# invalid token near Owner" (seven definitions deep)
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (1 resources)" &&
	test_empty err
'

test_expect_success 'past the depth a scalar is judged by its own definition: a Lex still-waiting frequency of 301 is refused, 300 validates' '
	lex_bot () {
		stack <<-YAML
		  bot:
		    type: awscc.lex.bot
		    name: b
		    role_arn: arn:aws:iam::123456789012:role/lex-bot-role-1
		    idle_session_ttl_in_seconds: 300
		    data_privacy: {child_directed: false}
		    bot_locales:
		      - locale_id: en_US
		        nlu_confidence_threshold: 0.4
		        intents:
		          - name: Book
		            slots:
		              - name: City
		                slot_type_name: AMAZON.City
		                value_elicitation_setting:
		                  slot_constraint: Required
		                  wait_and_continue_specification:
		                    continue_response: {message_groups_list: [{message: {plain_text_message: {value: ok}}}]}
		                    waiting_response: {message_groups_list: [{message: {plain_text_message: {value: ok}}}]}
		                    still_waiting_response:
		                      frequency_in_seconds: $1
		                      timeout_in_seconds: 600
		                      message_groups_list: [{message: {plain_text_message: {value: ok}}}]
		YAML
	} &&
	lex_bot 301 &&
	# before: valid (seven definitions deep, its bounds were not read)
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "still_waiting_response.frequency_in_seconds: (sensitive value), where it takes 1 to 300 (AWS::Lex::Bot'"'"'s schema)" &&
	lex_bot 300 &&
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (1 resources)"
'

test_done
