#!/usr/bin/env bash
# t1504-words-ec2: AWS's own words as rows (issue 79) for EC2's awscc types,
# refused before any request with file:line:col, AWS's sentence and the
# registry's property, and their valid twins passing:
#   - a volume's throughput below 125 (ec2.cfn_volume_throughput_from_125),
#     given by a variable: validate -var refuses it;
#   - a placement group's spread level with a cluster strategy
#     (ec2.cfn_spread_level_with_spread), the strategy a local, and a
#     module's VPN connection whose outside address type is none AWS lists
#     (ec2.cfn_outside_ip_address_type), the type its caller's input from
#     a variable: validate alone leaves them (not known yet), validate -var
#     and plan refuse both, the module's naming module.vpn.connection at
#     the module's line;
#   - a flow log to S3 with a delivery role (ec2.cfn_flow_log_s3_no_role_or_group),
#     written as a literal: validate refuses it;
#   - a VPN connection's second tunnel's pre-shared key starting with 0
#     (ec2.cfn_vpn_pre_shared_key, a row within each item of a list), given
#     by a variable: validate -var refuses it, naming the item by its index.
# Planned with -refresh=false against an endpoint nothing listens on: no
# server is contacted.
. "$(dirname "$0")/../lib.sh"

# stack: $STRATEGY the local's strategy, $ROLE the flow log's delivery role
# line; the module's address type is the variable outside.
stack () {
	cat >stack.yaml <<-YAML &&
	stack: words-ec2
	variables:
	  throughput: {type: number, default: 500}
	  outside: {type: string, default: PublicIpv4}
	  psk: {type: string, default: tunnel_key_1}
	providers:
	  aws: {region: us-east-1, endpoint: "http://127.0.0.1:1", access_key: x, secret_key: y}
	locals:
	  strategy: ${STRATEGY:-spread}
	modules:
	  vpn: {source: ./mods/vpn, outside: "\${var.outside}"}
	resources:
	  disk:
	    type: awscc.ec2.volume
	    availability_zone: us-east-1a
	    size: 100
	    volume_type: gp3
	    throughput: "\${var.throughput}"
	  racks:
	    type: awscc.ec2.placement_group
	    strategy: "\${local.strategy}"
	    spread_level: rack
	  flows:
	    type: awscc.ec2.flow_log
	    resource_id: vpc-0123456789abcdef0
	    resource_type: VPC
	    traffic_type: ALL
	    log_destination_type: s3
	    log_destination: arn:aws:s3:::words-ec2-flows
	    ${ROLE:-max_aggregation_interval: 60}
	  tunnels:
	    type: awscc.ec2.vpn_connection
	    vpn_connection_type: ipsec.1
	    customer_gateway_id: cgw-0123456789abcdef0
	    vpn_gateway_id: vgw-0123456789abcdef0
	    vpn_tunnel_options_specifications:
	      - {pre_shared_key: tunnel_key_0}
	      - {pre_shared_key: "\${var.psk}"}
	YAML
	mkdir -p mods/vpn &&
	cat >mods/vpn/main.yaml <<-\YAML
	variables:
	  outside: {type: string}
	resources:
	  connection:
	    type: awscc.ec2.vpn_connection
	    vpn_connection_type: ipsec.1
	    customer_gateway_id: cgw-0123456789abcdef0
	    transit_gateway_id: tgw-0123456789abcdef0
	    outside_ip_address_type: "${var.outside}"
	YAML
}

role='deliver_logs_permission_arn: arn:aws:iam::123456789012:role/flows'
throughput_refused='./stack.yaml:18:5: error: resource "disk" (awscc.ec2.volume): throughput: 100, but it must be 125 to 2000: AWS says "Valid Range: Minimum value of 125." (CloudFormation registry: AWS::EC2::Volume Throughput)'
spread_refused='./stack.yaml:21:5: error: resource "racks" (awscc.ec2.placement_group): strategy: "cluster", but it must be "spread" when spread_level is set: AWS says "The Spread Level of Placement Group is an enum where it accepts either host or rack when strategy is spread" (CloudFormation registry: AWS::EC2::PlacementGroup SpreadLevel)'
psk_refused='./stack.yaml:36:5: error: resource "tunnels" (awscc.ec2.vpn_connection): vpn_tunnel_options_specifications[1].pre_shared_key: (sensitive value), but it must not match "^0" when vpn_tunnel_options_specifications[1].pre_shared_key is set: AWS says "Must be between 8 and 64 characters in length and cannot start with zero (0)." (CloudFormation registry: AWS::EC2::VPNConnection VpnTunnelOptionsSpecification.PreSharedKey)'
outside_refused='mods/vpn/main.yaml:9:5: error: resource "module.vpn.connection" (awscc.ec2.vpn_connection): outside_ip_address_type: "PublicIpv6", but it must be one of "PrivateIpv4", "PublicIpv4", "Ipv6": AWS says "Valid values: PrivateIpv4 | PublicIpv4 | Ipv6" (CloudFormation registry: AWS::EC2::VPNConnection OutsideIpAddressType)'
role_refused='./stack.yaml:30:5: error: resource "flows" (awscc.ec2.flow_log): deliver_logs_permission_arn: "arn:aws:iam::123456789012:role/flows", but it must not be set when log_destination_type is "s3": AWS says "If you specify LogDestinationType as s3 or kinesis-data-firehose, do not specify DeliverLogsPermissionArn or LogGroupName." (CloudFormation registry: AWS::EC2::FlowLog DeliverLogsPermissionArn)'

test_expect_success 'the valid twins: validate and plan pass' '
	stack &&
	terrace validate -no-color >out 2>err &&
	test_line out "Success! The stack is valid (4 resources, 1 module call)." &&
	test_empty err &&
	terrace plan -refresh=false -no-color -input=false >out 2>err &&
	test_contains out "Plan: 5 to add, 0 to change, 0 to destroy." &&
	test_empty err
'

test_expect_success 'a literal: validate refuses a flow log to S3 with a delivery role at its line; exit 1' '
	ROLE="$role" stack &&
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	echo "$role_refused" >expect &&
	test_cmp expect err
'

test_expect_success 'a variable: validate -var refuses a throughput of 100 at its line; exit 1' '
	stack &&
	test_expect_code 1 terrace validate -no-color -var throughput=100 >out 2>err &&
	echo "$throughput_refused" >expect &&
	test_cmp expect err
'

test_expect_success 'a variable in a list'"'"'s item: validate -var refuses the second tunnel'"'"'s key; exit 1' '
	stack &&
	test_expect_code 1 terrace validate -no-color -var psk=0tunnel_key >out 2>err &&
	echo "$psk_refused" >expect &&
	test_cmp expect err
'

test_expect_success 'a local and a module input: validate alone leaves them; validate -var refuses both at their lines; exit 1' '
	STRATEGY=cluster stack &&
	terrace validate -no-color >out 2>err &&
	test_line out "Success! The stack is valid (4 resources, 1 module call)." &&
	test_empty err &&
	test_expect_code 1 terrace validate -no-color -var outside=PublicIpv6 >out 2>err &&
	test_line err "$spread_refused" &&
	test_line err "$outside_refused" &&
	test_equal 2 "$(grep -c "error:" err)"
'

test_expect_success 'a local and a module input: plan refuses both; exit 1' '
	STRATEGY=cluster stack &&
	test_expect_code 1 terrace plan -refresh=false -no-color -input=false -var outside=PublicIpv6 >out 2>err &&
	test_line err "$spread_refused" &&
	test_line err "$outside_refused" &&
	test_equal 2 "$(grep -c "error:" err)" &&
	test_not_contains out "Plan:"
'

test_expect_success 'each twin passes plan: a spread strategy, an Ipv6 connection' '
	stack &&
	terrace plan -refresh=false -no-color -input=false -var outside=Ipv6 -var throughput=125 >out 2>err &&
	test_contains out "Plan: 5 to add, 0 to change, 0 to destroy." &&
	test_empty err
'

test_done
