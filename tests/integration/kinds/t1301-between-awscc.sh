#!/usr/bin/env bash
# t1301-between-awscc: the rules between an awscc block's properties that
# cfn-lint's schemas say with dependentExcluded, dependentRequired, requiredXor and requiredOr
# (gen_schemas.py's between(), checks/schema/between.c), refused at validate
# at the property at fault with what to drop or set; at the top and in a
# block of a list, and a rule left out by data (its reason in schemas.gen.c's
# head) does not refuse what AWS takes. No server is contacted.
. "$(dirname "$0")/../lib.sh"

stack () {
	{
		echo "stack: between-awscc"
		echo "resources:"
		cat
	} >stack.yaml
}

test_expect_success 'an alarm with metric_name and metrics is refused at metric_name' '
	stack <<-\YAML &&
	  alarm:
	    type: awscc.cloudwatch.alarm
	    comparison_operator: GreaterThanThreshold
	    evaluation_periods: 1
	    threshold: 1
	    metric_name: Errors
	    metrics:
	      - {id: m1, expression: "SUM(METRICS())"}
	YAML
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "./stack.yaml:8:5: error: resource \"alarm\" (awscc.cloudwatch.alarm): metric_name: metrics and metric_name exclude each other: AWS takes one of them; drop metric_name or metrics"
'

test_expect_success 'the alarm with metrics alone validates' '
	stack <<-\YAML &&
	  alarm:
	    type: awscc.cloudwatch.alarm
	    comparison_operator: GreaterThanThreshold
	    evaluation_periods: 1
	    threshold: 1
	    metrics:
	      - {id: m1, expression: "SUM(METRICS())", return_data: true}
	YAML
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (1 resources)"
'

test_expect_success 'an instance with subnet_id and network_interfaces is refused' '
	stack <<-\YAML &&
	  web:
	    type: awscc.ec2.instance
	    image_id: ami-12345678
	    subnet_id: subnet-12345678
	    network_interfaces:
	      - {device_index: "0", subnet_id: subnet-12345678}
	YAML
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "resource \"web\" (awscc.ec2.instance): subnet_id: network_interfaces and subnet_id exclude each other: AWS takes one of them; drop subnet_id or network_interfaces"
'

test_expect_success 'an interface of a list given an existing interface and a public address is refused' '
	stack <<-\YAML &&
	  web:
	    type: awscc.ec2.instance
	    image_id: ami-12345678
	    network_interfaces:
	      - {device_index: "0", network_interface_id: eni-12345678, associate_public_ip_address: true}
	YAML
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "network_interfaces[0].network_interface_id: associate_public_ip_address and network_interface_id exclude each other"
'

test_expect_success 'a rule with neither a pattern nor a schedule is refused: set one' '
	stack <<-\YAML &&
	  nightly:
	    type: awscc.events.rule
	    name: nightly
	YAML
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "resource \"nightly\" (awscc.events.rule): sets none of event_pattern and schedule_expression, where AWS takes at least one of them; set event_pattern or schedule_expression"
'

test_expect_success 'exactly one of a launch template'"'"'s id and name: both refused, one taken' '
	stack <<-\YAML &&
	  workers:
	    type: awscc.autoscaling.auto_scaling_group
	    min_size: "0"
	    max_size: "2"
	    availability_zones: [us-east-1a]
	    launch_template:
	      launch_template_id: lt-0123456789abcdef0
	      launch_template_name: workers
	      version: "1"
	YAML
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "launch_template.launch_template_name: launch_template_id and launch_template_name exclude each other: AWS takes exactly one of launch_template_id and launch_template_name; drop launch_template_id or launch_template_name" &&
	sed -i "/launch_template_name/d" stack.yaml &&
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (1 resources)"
'

test_expect_success 'a group with no launch template nor configuration is refused: set one' '
	sed -i "/launch_template/d;/version:/d" stack.yaml &&
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "resource \"workers\" (awscc.autoscaling.auto_scaling_group): sets none of instance_id, launch_configuration_name, launch_template and mixed_instances_policy, where AWS takes exactly one of them; set instance_id, launch_configuration_name, launch_template or mixed_instances_policy"
'

test_expect_success 'a rule left out by data: a viewer certificate with ACM and cloudfront_default_certificate false validates' '
	stack <<-\YAML &&
	  cdn:
	    type: awscc.cloudfront.distribution
	    distribution_config:
	      enabled: true
	      aliases: [www.example.com]
	      default_cache_behavior: {target_origin_id: o, viewer_protocol_policy: allow-all, cache_policy_id: 658327ea-f89d-4fab-a63d-7e88639e58f6}
	      origins: [{id: o, domain_name: example.com, custom_origin_config: {origin_protocol_policy: https-only}}]
	      viewer_certificate:
	        acm_certificate_arn: arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012
	        cloudfront_default_certificate: false
	        ssl_support_method: sni-only
	        minimum_protocol_version: TLSv1.2_2021
	YAML
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (1 resources)"
'

test_expect_success 'but an origin with both an S3 and a custom origin config is refused' '
	sed -i "s/custom_origin_config: {origin_protocol_policy: https-only}/custom_origin_config: {origin_protocol_policy: https-only}, s3_origin_config: {}/" stack.yaml &&
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "origins[0].s3_origin_config: custom_origin_config and s3_origin_config exclude each other"
'

test_expect_success 'a rule left out by data: a table'"'"'s KMS key without sse_type validates' '
	stack <<-\YAML &&
	  events:
	    type: awscc.dynamodb.table
	    key_schema: [{attribute_name: id, key_type: HASH}]
	    attribute_definitions: [{attribute_name: id, attribute_type: S}]
	    billing_mode: PAY_PER_REQUEST
	    sse_specification: {sse_enabled: true, kms_master_key_id: alias/events}
	YAML
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (1 resources)"
'

test_expect_success 'a property that needs another (dependentRequired): an error response code without its page' '
	stack <<-\YAML &&
	  cdn:
	    type: awscc.cloudfront.distribution
	    distribution_config:
	      enabled: true
	      default_cache_behavior: {target_origin_id: o, viewer_protocol_policy: allow-all, cache_policy_id: 658327ea-f89d-4fab-a63d-7e88639e58f6}
	      origins: [{id: o, domain_name: example.com, custom_origin_config: {origin_protocol_policy: https-only}}]
	      custom_error_responses: [{error_code: 404, response_code: 200}]
	YAML
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "distribution_config.custom_error_responses[0]: sets response_code, which needs response_page_path set too: set response_page_path or drop response_code" &&
	sed -i "s|response_code: 200}|response_code: 200, response_page_path: /404.html}|" stack.yaml &&
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (1 resources)"
'

test_done
