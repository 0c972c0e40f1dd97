#!/usr/bin/env bash
# t1293-kinds-across-reference: what a resource may reference depends on an
# attribute of what it references (issue 69 point 3; by_sibling.def's
# ACROSS and REQUIRED_BY_KIND rows), awscc resources at validate:
#   - an awsvpc ECS service (its task definition's network_mode, followed
#     through task_definition's reference) behind a target group of
#     target_type instance, written or left to AWS's default;
#   - an HTTP listener forwarding to a TCP target group (ELB: "Listener
#     protocol 'HTTP' is not supported with a target group with the protocol
#     'TCP'"), in default_actions and in a forward_config's target_groups,
#     a TCP listener to an HTTP group, and a listener rule by its
#     listener's protocol;
#   - a log subscription filter to a Kinesis stream's literal ARN without
#     role_arn;
#   - near the edges, what AWS takes passes: an ip target group, a bridge
#     task definition behind an instance group, HTTPS to HTTP, TLS to TCP, a
#     network mode or protocol not known yet, a task definition not of the
#     stack, a Lambda or logical destination without role_arn.
# No server is contacted.
. "$(dirname "$0")/../lib.sh"

stack () {
	{
		echo "stack: across"
		echo "variables:"
		echo "  mode: {type: string, default: awsvpc}"
		echo "resources:"
		echo "  td: {type: awscc.ecs.task_definition, family: web, network_mode: awsvpc, requires_compatibilities: [FARGATE], cpu: \"256\", memory: \"512\", container_definitions: [{name: web, image: nginx}]}"
		echo "  http: {type: awscc.elasticloadbalancingv2.target_group, target_type: ip, protocol: HTTP, port: 80, vpc_id: vpc-0123456789abcdef0}"
		echo "  tcp: {type: awscc.elasticloadbalancingv2.target_group, target_type: ip, protocol: TCP, port: 80, vpc_id: vpc-0123456789abcdef0}"
		echo "  vms: {type: awscc.elasticloadbalancingv2.target_group, protocol: HTTP, port: 80, vpc_id: vpc-0123456789abcdef0}"
		cat
	} >stack.yaml
}

LB=arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/0123456789abcdef

test_expect_success 'what a reference names that does not go with this resource is refused' '
	stack <<-YAML &&
	  svc: {type: awscc.ecs.service, task_definition: "\${td.task_definition_arn}", load_balancers: [{container_name: web, container_port: 80, target_group_arn: "\${http.target_group_arn}"}, {container_name: web, container_port: 80, target_group_arn: "\${vms.target_group_arn}"}], network_configuration: {awsvpc_configuration: {subnets: [subnet-0123456789abcdef0]}}}
	  l1: {type: awscc.elasticloadbalancingv2.listener, load_balancer_arn: $LB, protocol: HTTP, port: 80, default_actions: [{type: forward, target_group_arn: "\${tcp.target_group_arn}"}]}
	  l2: {type: awscc.elasticloadbalancingv2.listener, load_balancer_arn: $LB, protocol: HTTPS, port: 443, certificates: [{certificate_arn: "arn:aws:acm:us-east-1:123456789012:certificate/0123"}], default_actions: [{type: forward, forward_config: {target_groups: [{target_group_arn: "\${http.target_group_arn}"}, {target_group_arn: "\${tcp.target_group_arn}"}]}}]}
	  l3: {type: awscc.elasticloadbalancingv2.listener, load_balancer_arn: $LB, protocol: TCP, port: 81, default_actions: [{type: forward, target_group_arn: "\${http.target_group_arn}"}]}
	  rule: {type: awscc.elasticloadbalancingv2.listener_rule, listener_arn: "\${l3.listener_arn}", priority: 1, conditions: [{field: path-pattern, values: [/a]}], actions: [{type: forward, target_group_arn: "\${http.target_group_arn}"}]}
	  sf: {type: awscc.logs.subscription_filter, log_group_name: app, filter_pattern: "", destination_arn: "arn:aws:kinesis:us-east-1:123456789012:stream/app-logs"}
	YAML
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_line err "./stack.yaml:9:228: error: resource \"svc\" (awscc.ecs.service): load_balancers[1].target_group_arn: awscc.elasticloadbalancingv2.target_group \"vms\" has target_type \"instance\" (unwritten: its default), and td.network_mode is \"awsvpc\": ECS: \"The provided target group ... has target type instance, which is incompatible with the awsvpc network mode specified in the task definition\"; give the target group target_type: ip (an awsvpc service registers each task'"'"'s IP address)" &&
	test_line err "./stack.yaml:10:223: error: resource \"l1\" (awscc.elasticloadbalancingv2.listener): default_actions[0].target_group_arn: awscc.elasticloadbalancingv2.target_group \"tcp\" has protocol \"TCP\", and protocol is \"HTTP\": ELB: \"Listener protocol '"'"'HTTP'"'"' is not supported with a target group with the protocol '"'"'TCP'"'"'\"; forward to a target group of protocol HTTP or HTTPS" &&
	test_line err "resource \"tcp\" protocol is at ./stack.yaml:7:75" &&
	test_line err "./stack.yaml:11:397: error: resource \"l2\" (awscc.elasticloadbalancingv2.listener): default_actions[0].forward_config.target_groups[1].target_group_arn: awscc.elasticloadbalancingv2.target_group \"tcp\" has protocol \"TCP\", and protocol is \"HTTPS\": ELB: \"Listener protocol '"'"'HTTPS'"'"' is not supported with a target group with the protocol '"'"'TCP'"'"'\"; forward to a target group of protocol HTTP or HTTPS" &&
	test_line err "./stack.yaml:12:222: error: resource \"l3\" (awscc.elasticloadbalancingv2.listener): default_actions[0].target_group_arn: awscc.elasticloadbalancingv2.target_group \"http\" has protocol \"HTTP\", and protocol is \"TCP\": ELB: \"Listener protocol '"'"'TCP'"'"' is not supported with a target group with the protocol '"'"'HTTP'"'"'\"; forward to a target group of protocol TCP, TLS, UDP or TCP_UDP" &&
	test_line err "./stack.yaml:13:186: error: resource \"rule\" (awscc.elasticloadbalancingv2.listener_rule): actions[0].target_group_arn: awscc.elasticloadbalancingv2.target_group \"http\" has protocol \"HTTP\", and l3.protocol is \"TCP\": ELB: \"Listener protocol '"'"'TCP'"'"' is not supported with a target group with the protocol '"'"'HTTP'"'"'\"; forward to a target group of protocol TCP, TLS, UDP or TCP_UDP" &&
	test_line err "./stack.yaml:14:87: error: resource \"sf\" (awscc.logs.subscription_filter): destination_arn is a Kinesis stream'"'"'s ARN (\"arn:aws:kinesis:us-east-1:123456789012:stream/app-logs\"), and role_arn is not set: CloudWatch Logs PutSubscriptionFilter: roleArn is required for Kinesis Data Streams and Firehose destinations (not for a Lambda function or a logical destination); set role_arn to a role logs.amazonaws.com may assume that may put records to it" &&
	test_equal 6 "$(grep -c "error:" err)"
'

test_expect_success 'a Fargate service behind an instance target group is refused, once' '
	stack <<-YAML &&
	  s1: {type: awscc.ecs.service, launch_type: FARGATE, task_definition: "arn:aws:ecs:us-east-1:123456789012:task-definition/web:3", load_balancers: [{container_name: web, container_port: 80, target_group_arn: "\${vms.target_group_arn}"}]}
	  s2: {type: awscc.ecs.service, launch_type: FARGATE, task_definition: "\${td.task_definition_arn}", load_balancers: [{container_name: web, container_port: 80, target_group_arn: "\${vms.target_group_arn}"}], network_configuration: {awsvpc_configuration: {subnets: [subnet-0123456789abcdef0]}}}
	  s3: {type: awscc.ecs.service, launch_type: EC2, task_definition: "arn:aws:ecs:us-east-1:123456789012:task-definition/web:3", load_balancers: [{container_name: web, container_port: 80, target_group_arn: "\${vms.target_group_arn}"}]}
	YAML
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_line err "./stack.yaml:9:191: error: resource \"s1\" (awscc.ecs.service): load_balancers[0].target_group_arn: awscc.elasticloadbalancingv2.target_group \"vms\" has target_type \"instance\" (unwritten: its default), and launch_type is \"FARGATE\": ECS: \"The provided target group ... has target type instance, which is incompatible with the awsvpc network mode specified in the task definition\"; give the target group target_type: ip (an awsvpc service registers each task'"'"'s IP address)" &&
	test_line err "./stack.yaml:10:160: error: resource \"s2\" (awscc.ecs.service): load_balancers[0].target_group_arn: awscc.elasticloadbalancingv2.target_group \"vms\" has target_type \"instance\" (unwritten: its default), and td.network_mode is \"awsvpc\": ECS: \"The provided target group ... has target type instance, which is incompatible with the awsvpc network mode specified in the task definition\"; give the target group target_type: ip (an awsvpc service registers each task'"'"'s IP address)" &&
	test_equal 2 "$(grep -c "error:" err)"
'

test_expect_success 'near the edges, what AWS takes passes' '
	stack <<-YAML &&
	  bridge: {type: awscc.ecs.task_definition, family: web-b, network_mode: bridge, container_definitions: [{name: web, image: nginx, memory: 128}]}
	  later: {type: awscc.ecs.task_definition, family: web-l, network_mode: "\${var.mode}", container_definitions: [{name: web, image: nginx, memory: 128}]}
	  tls: {type: awscc.elasticloadbalancingv2.target_group, target_type: ip, protocol: TLS, port: 443, vpc_id: vpc-0123456789abcdef0}
	  s1: {type: awscc.ecs.service, task_definition: "\${td.task_definition_arn}", load_balancers: [{container_name: web, container_port: 80, target_group_arn: "\${http.target_group_arn}"}], network_configuration: {awsvpc_configuration: {subnets: [subnet-0123456789abcdef0]}}}
	  s2: {type: awscc.ecs.service, task_definition: "\${bridge.task_definition_arn}", load_balancers: [{container_name: web, container_port: 80, target_group_arn: "\${vms.target_group_arn}"}]}
	  s3: {type: awscc.ecs.service, task_definition: "\${later.task_definition_arn}", load_balancers: [{container_name: web, container_port: 80, target_group_arn: "\${vms.target_group_arn}"}]}
	  s4: {type: awscc.ecs.service, task_definition: "arn:aws:ecs:us-east-1:123456789012:task-definition/web:3", load_balancers: [{container_name: web, container_port: 80, target_group_arn: "\${vms.target_group_arn}"}]}
	  l1: {type: awscc.elasticloadbalancingv2.listener, load_balancer_arn: $LB, protocol: HTTPS, port: 443, certificates: [{certificate_arn: "arn:aws:acm:us-east-1:123456789012:certificate/0123"}], default_actions: [{type: forward, target_group_arn: "\${http.target_group_arn}"}]}
	  l2: {type: awscc.elasticloadbalancingv2.listener, load_balancer_arn: $LB, protocol: TLS, port: 443, certificates: [{certificate_arn: "arn:aws:acm:us-east-1:123456789012:certificate/0123"}], default_actions: [{type: forward, forward_config: {target_groups: [{target_group_arn: "\${tcp.target_group_arn}"}, {target_group_arn: "\${tls.target_group_arn}"}]}}]}
	  l3: {type: awscc.elasticloadbalancingv2.listener, load_balancer_arn: $LB, protocol: "\${var.mode}", port: 80, default_actions: [{type: forward, target_group_arn: "\${tcp.target_group_arn}"}]}
	  sf1: {type: awscc.logs.subscription_filter, log_group_name: app, filter_pattern: "", destination_arn: "arn:aws:lambda:us-east-1:123456789012:function:ship"}
	  sf2: {type: awscc.logs.subscription_filter, log_group_name: app, filter_pattern: "", destination_arn: "arn:aws:logs:us-east-1:210987654321:destination:central"}
	  sf3: {type: awscc.logs.subscription_filter, log_group_name: app, filter_pattern: "", destination_arn: "arn:aws:kinesis:us-east-1:123456789012:stream/app-logs", role_arn: "arn:aws:iam::123456789012:role/cwl"}
	YAML
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (17 resources)" &&
	test_empty err
'

test_done
