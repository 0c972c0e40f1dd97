#!/usr/bin/env bash
# t1294-kinds-by-sibling-var-module: kinds that depend on a sibling and the
# rules across a reference (issue 69 point 3; by_sibling.def) when what
# decides is given by a variable, a local or a module's input: validate
# cannot know it and passes; plan knows it and refuses, naming the resource
# (module.m.sub for a module's) and the attribute at its file:line:col:
#   - an aws.sns.subscription whose endpoint is a variable's queue URL, and
#     one whose protocol comes from a local;
#   - a module's awscc.sns.subscription given protocol and endpoint by its
#     caller;
#   - an awsvpc ECS service behind an instance target group, the network
#     mode and the target type each given by a variable;
#   - and with the right values, plan plans;
#   - a Route 53 record set group's AAAA record given an IPv4 address (the
#     group's handlers-unknown warning leaves it to plan).
# Planned with -refresh=false against an endpoint nothing listens on: no
# server is contacted.
. "$(dirname "$0")/../lib.sh"


stack () {
	{
		echo "stack: by-sibling"
		echo "variables:"
		echo "  endpoint: {type: string}"
		echo "  mode: {type: string, default: awsvpc}"
		echo "  target_type: {type: string, default: instance}"
		echo "providers:"
		echo "  aws: {region: us-east-1, endpoint: \"http://127.0.0.1:1\", access_key: x, secret_key: y}"
		echo "locals:"
		echo "  protocol: email"
		echo "modules:"
		echo "  m: {source: ./mods/sub, protocol: sqs, endpoint: \"\${var.endpoint}\"}"
		echo "resources:"
		echo "  t: {type: aws.sns.topic, name: by-sibling}"
		echo "  s1: {type: aws.sns.subscription, topic_arn: \"\${t.arn}\", protocol: sqs, endpoint: \"\${var.endpoint}\"}"
		echo "  s2: {type: aws.sns.subscription, topic_arn: \"\${t.arn}\", protocol: \"\${local.protocol}\", endpoint: \"\${var.endpoint}\"}"
		echo "  td: {type: awscc.ecs.task_definition, family: web, network_mode: \"\${var.mode}\", container_definitions: [{name: web, image: nginx, memory: 128}]}"
		echo "  tg: {type: awscc.elasticloadbalancingv2.target_group, target_type: \"\${var.target_type}\", protocol: HTTP, port: 80, vpc_id: vpc-0123456789abcdef0}"
		echo "  svc: {type: awscc.ecs.service, task_definition: \"\${td.task_definition_arn}\", load_balancers: [{container_name: web, container_port: 80, target_group_arn: \"\${tg.target_group_arn}\"}], network_configuration: {awsvpc_configuration: {subnets: [subnet-0123456789abcdef0]}}}"
	} >stack.yaml
	mkdir -p mods/sub &&
	cat >mods/sub/main.yaml <<-\YAML
	variables:
	  protocol: {type: string}
	  endpoint: {type: string}
	resources:
	  sub: {type: awscc.sns.subscription, topic_arn: "arn:aws:sns:us-east-1:123456789012:t", protocol: "${var.protocol}", endpoint: "${var.endpoint}"}
	YAML
}

URL=https://sqs.us-east-1.amazonaws.com/123456789012/by-sibling

test_expect_success 'validate cannot know what a variable, a local or a module input gives, and passes' '
	stack &&
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (6 resources, 1 module call)" &&
	test_empty err
'

test_expect_success 'plan knows it and refuses each, naming the resource and the attribute' '
	stack &&
	test_expect_code 1 terrace plan -refresh=false -no-color -input=false -var endpoint=$URL >out 2>err &&
	test_line err "./stack.yaml:14:74: error: resource \"s1\" (aws.sns.subscription): endpoint: \"$URL\" is not an SQS queue'"'"'s ARN, which protocol \"sqs\" takes (SNS Subscribe: \"For the sqs protocol, the endpoint is the ARN of an Amazon SQS queue\"): write one like arn:aws:sqs:us-east-1:123456789012:NAME" &&
	test_line err "./stack.yaml:15:90: error: resource \"s2\" (aws.sns.subscription): endpoint: \"$URL\" is not an email address, which protocol \"email\" takes (SNS Subscribe: \"For the email protocol, the endpoint is an email address\"): write one like ops@example.com" &&
	test_line err "mods/sub/main.yaml:5:119: error: resource \"module.m.sub\" (awscc.sns.subscription): endpoint: \"$URL\" is not an SQS queue'"'"'s ARN, which protocol \"sqs\" takes (SNS Subscribe: \"For the sqs protocol, the endpoint is the ARN of an Amazon SQS queue\"): write one like arn:aws:sqs:us-east-1:123456789012:NAME" &&
	test_line err "./stack.yaml:18:80: error: resource \"svc\" (awscc.ecs.service): load_balancers[0].target_group_arn: awscc.elasticloadbalancingv2.target_group \"tg\" has target_type \"instance\", and td.network_mode is \"awsvpc\": ECS: \"The provided target group ... has target type instance, which is incompatible with the awsvpc network mode specified in the task definition\"; give the target group target_type: ip (an awsvpc service registers each task'"'"'s IP address); compared with tg.target_type" &&
	test_equal 4 "$(grep -c "error:" err)" &&
	test_not_contains out "Plan:"
'

test_expect_success 'with the right values, plan plans' '
	stack &&
	sed -i "s/^  protocol: email/  protocol: sqs/" stack.yaml &&
	terrace plan -refresh=false -no-color -input=false -var endpoint=arn:aws:sqs:us-east-1:123456789012:by-sibling -var target_type=ip >out 2>err &&
	test_contains out "Plan: 7 to add" &&
	terrace plan -refresh=false -no-color -input=false -var endpoint=arn:aws:sqs:us-east-1:123456789012:by-sibling -var mode=bridge >out 2>err &&
	test_contains out "Plan: 7 to add"
'

test_expect_success 'a value plan alone judges (validate leaves a resource with a warning to it)' '
	cat >stack.yaml <<-\YAML &&
	stack: by-sibling
	providers:
	  aws: {region: us-east-1, endpoint: "http://127.0.0.1:1", access_key: x, secret_key: y}
	resources:
	  g: {type: awscc.route53.record_set_group, hosted_zone_id: Z0123456789ABCDEFGHIJ, record_sets: [{name: a.example.com, type: A, ttl: "300", resource_records: [192.0.2.1]}, {name: b.example.com, type: AAAA, ttl: "300", resource_records: ["2001:db8::1", 192.0.2.2]}, {name: c.example.com, type: CNAME, ttl: "300", resource_records: [a.example.com]}]}
	YAML
	rm -rf mods &&
	test_expect_code 1 terrace plan -refresh=false -no-color -input=false >out 2>err &&
	test_line err "./stack.yaml:5:84: error: resource \"g\" (awscc.route53.record_set_group): record_sets[1].resource_records[1]: \"192.0.2.2\" is not an IPv6 address, which type \"AAAA\" takes (Route 53: \"AAAA record type ... Value: An IPv6 address in colon-separated hexadecimal format\"): write one like 2001:0db8:85a3:0:0:8a2e:0370:7334" &&
	test_equal 1 "$(grep -c "error:" err)"
'

test_done
