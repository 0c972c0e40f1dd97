#!/usr/bin/env bash
# t1511-words-through-references: a words row (AWS's sentences as rows,
# checks/words.c) judges at plan what a reference tells of its value before
# apply knows it (issue 87's value model): that it is set. Every made object
# has its id and ARN, and an awscc type's primary identifier the server
# assigns (ATTR_MADE), so plan knows ${ap.access_point_id} and ${tgw.id} set
# (value_unknown_set); a block or list holding an unknown value is set too;
# text around a ${...} is a string. What plan cannot know stays unjudged: a
# variable or a module's `C ? x : null` it resolves itself, and an optional
# attribute a made object may leave out.
#   - a premise through a reference: an ECS task definition's EFS volume
#     whose access point is ${ap.access_point_id} must have transit
#     encryption ENABLED (ecs.cfn_efs_access_point_transit_encryption);
#   - premise and requirement both through references: a VPN connection
#     with ${tgw.id} and ${vgw.vpn_gateway_id} (ec2.cfn_vpn_transit_or_vpn_gateway);
#   - a list whose one element is a reference: a Gateway endpoint's
#     subnet_ids: ["${a.subnet_id}"] (ec2.cfn_gateway_endpoint_no_subnets).
# validate (which reads the template) leaves each, plan refuses each at its
# file:line:col with AWS's sentence and exit 1; their valid twins plan.
# Planned with -refresh=false against an endpoint nothing listens on: no
# server is contacted.
. "$(dirname "$0")/../lib.sh"

# stack: $TRANSIT the access point's transit encryption, $VGW the VPN
# connection's vpn_gateway_id line, $SUBNETS the endpoint's subnet_ids line.
stack () {
	cat >stack.yaml <<-YAML
	stack: words-through-references
	variables:
	  gateway: {type: string, default: null}
	providers:
	  aws: {region: us-east-1, endpoint: "http://127.0.0.1:1", access_key: x, secret_key: y}
	resources:
	  fs: {type: awscc.efs.file_system}
	  ap: {type: awscc.efs.access_point, file_system_id: "\${fs.file_system_id}"}
	  task:
	    type: awscc.ecs.task_definition
	    family: reports
	    volumes:
	      - name: data
	        efs_volume_configuration:
	          filesystem_id: "\${fs.file_system_id}"
	          transit_encryption: ${TRANSIT:-ENABLED}
	          authorization_config: {access_point_id: "\${ap.access_point_id}"}
	  cgw: {type: awscc.ec2.customer_gateway, bgp_asn: 65000, ip_address: 203.0.113.7, customer_gateway_type: ipsec.1}
	  tgw: {type: awscc.ec2.transit_gateway}
	  vgw: {type: awscc.ec2.vpn_gateway, vpn_gateway_type: ipsec.1}
	  vpn:
	    type: awscc.ec2.vpn_connection
	    vpn_connection_type: ipsec.1
	    customer_gateway_id: "\${cgw.customer_gateway_id}"
	    transit_gateway_id: "\${tgw.id}"
	    ${VGW:-vpn_gateway_id: "\${var.gateway}"}
	  vpc: {type: aws.ec2.vpc, cidr_block: 10.9.0.0/16}
	  a: {type: aws.ec2.subnet, vpc_id: "\${vpc.vpc_id}", cidr_block: 10.9.1.0/24}
	  s3:
	    type: awscc.ec2.vpc_endpoint
	    vpc_id: "\${vpc.vpc_id}"
	    service_name: com.amazonaws.us-east-1.s3
	    vpc_endpoint_type: Gateway
	    ${SUBNETS:-route_table_ids: []}
	YAML
}

task_refused='./stack.yaml:12:5: error: resource "task" (awscc.ecs.task_definition): volumes[0].efs_volume_configuration.transit_encryption: "DISABLED", but it must be "ENABLED" when volumes[0].efs_volume_configuration.authorization_config.access_point_id is set: AWS says "If an access point is used, transit encryption must be on in the EFSVolumeConfiguration." (CloudFormation registry: AWS::ECS::TaskDefinition AuthorizationConfig.AccessPointId)'

test_expect_success 'the valid twins plan: 10 to add (a null variable and a may-be-null reference judged as unset)' '
	stack &&
	terrace validate -no-color >out 2>err &&
	test_empty err &&
	terrace plan -refresh=false -no-color -input=false >out 2>err &&
	test_contains out "Plan: 10 to add, 0 to change, 0 to destroy." &&
	test_empty err
'

test_expect_success 'a premise through a reference: validate leaves it, plan refuses transit encryption DISABLED with the access point ${ap.access_point_id}; exit 1' '
	TRANSIT=DISABLED stack &&
	terrace validate -no-color >out 2>err &&
	test_empty err &&
	test_expect_code 1 terrace plan -refresh=false -no-color -input=false >out 2>err &&
	echo "$task_refused" >expect &&
	test_cmp expect err &&
	test_not_contains out "Plan:"
'

test_expect_success 'premise and requirement through references: plan refuses a VPN connection with ${tgw.id} and ${vgw.vpn_gateway_id}; exit 1' '
	VGW="vpn_gateway_id: \"\${vgw.vpn_gateway_id}\"" stack &&
	terrace validate -no-color >out 2>err &&
	test_empty err &&
	test_expect_code 1 terrace plan -refresh=false -no-color -input=false >out 2>err &&
	test_match err "^\./stack\.yaml:[0-9]+:[0-9]+: error: resource \"vpn\" \(awscc\.ec2\.vpn_connection\): vpn_gateway_id: it is set, but it must not be set when transit_gateway_id is set: AWS says \"You must specify either TransitGatewayId or VpnGatewayId, but not both\.\"" &&
	test_equal 1 "$(grep -c "error:" err)"
'

test_expect_success 'text around a reference is set, whatever the reference: plan refuses vpn_gateway_id "vgw-${tgw.description}"; exit 1' '
	VGW="vpn_gateway_id: \"vgw-\${tgw.description}\"" stack &&
	test_expect_code 1 terrace plan -refresh=false -no-color -input=false >out 2>err &&
	test_contains err "vpn_gateway_id: it is set, but it must not be set when transit_gateway_id is set"
'

test_expect_success 'a list whose one element is a reference is set: plan refuses a Gateway endpoint with subnet_ids ["${a.subnet_id}"]; exit 1' '
	SUBNETS="subnet_ids: [\"\${a.subnet_id}\"]" stack &&
	test_expect_code 1 terrace plan -refresh=false -no-color -input=false >out 2>err &&
	test_match err "resource \"s3\" \(awscc\.ec2\.vpc_endpoint\): subnet_ids: .*AWS says \"You can.t specify this property for a gateway endpoint\.\"" &&
	test_equal 1 "$(grep -c "error:" err)"
'

test_expect_success 'what may be null stays unjudged: an optional attribute a made object may leave out (a transit gateway'"'"'s description, not written)' '
	VGW="vpn_gateway_id: \"\${tgw.description}\"" stack &&
	terrace plan -refresh=false -no-color -input=false >out 2>err &&
	test_contains out "Plan: 10 to add, 0 to change, 0 to destroy." &&
	test_not_contains err "error:"
'

test_done
