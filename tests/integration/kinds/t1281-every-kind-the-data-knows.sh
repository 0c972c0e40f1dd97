#!/usr/bin/env bash
# t1281-every-kind-the-data-knows: the table of kinds holds every kind
# cfn-lint's formats and the registry's relationshipRefs know (issue 69
# point 2; provider/aws/checks/kinds/gen_kinds.py, gen_schemas.py's
# relationship_kind_name): an EC2 EIP's allocation id and public IP, a
# route table's id, a Direct Connect connection's, lag's and gateway's,
# a Kinesis stream's and consumer's ARNs ..., each with words made of its
# name, and a pattern where its own property's schema or its service's
# model has one; the property a relationshipRef names gives its kind (an
# awscc Direct Connect gateway's direct_connect_gateway_id, a written EIP's
# allocation_id). At validate:
#   - awscc: a reference of another kind is refused, in the kind's words;
#   - written: an aws.ec2.vpc_endpoint's route_table_ids take a route
#     table's id;
#   - mixed: a written EIP's allocation_id and a written stream's arn pass
#     where an awscc property takes them, a written queue's arn is refused;
#   - a literal of the pattern passes (one outside it the awscc schemas'
#     own patterns refuse first).
. "$(dirname "$0")/../lib.sh"

stack () {
	{
		echo "stack: t1281"
		echo "providers:"
		echo "  aws: {region: us-east-1}"
		echo "resources:"
		cat
	} >stack.yaml
}

test_expect_success 'a reference of another kind is refused, in the kind'"'"'s words' '
	stack <<-\YAML &&
	  sg: {type: aws.ec2.security_group, name: web, description: web, vpc_id: vpc-0123456789abcdef0}
	  q: {type: aws.sqs.queue, name: t1281-q}
	  gw: {type: awscc.directconnect.direct_connect_gateway, direct_connect_gateway_name: t1281}
	  assoc: {type: awscc.ec2.eip_association, eip: "${sg.group_id}", instance_id: i-0123456789abcdef0}
	  vif: {type: awscc.directconnect.transit_virtual_interface, connection_id: "${gw.direct_connect_gateway_id}", direct_connect_gateway_id: "${gw.direct_connect_gateway_id}", virtual_interface_name: t1281, vlan: 101, bgp_peers: [{asn: "65000", address_family: ipv4}]}
	  pol: {type: awscc.kinesis.resource_policy, resource_arn: "${q.arn}", resource_policy: {Version: "2012-10-17", Statement: []}}
	  ep: {type: aws.ec2.vpc_endpoint, vpc_id: vpc-0123456789abcdef0, service_name: com.amazonaws.us-east-1.s3, vpc_endpoint_type: Gateway, route_table_ids: ["${sg.group_id}"]}
	YAML
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_line err "./stack.yaml:8:44: error: resource \"assoc\" (awscc.ec2.eip_association): eip takes an EC2 EIP'"'"'s public IP or an EC2 EIP'"'"'s allocation id, not a security group'"'"'s id (what sg.group_id gives)" &&
	test_line err "./stack.yaml:9:62: error: resource \"vif\" (awscc.directconnect.transit_virtual_interface): connection_id takes a Direct Connect connection'"'"'s id, a Direct Connect connection'"'"'s ARN, a Direct Connect lag'"'"'s id or a Direct Connect lag'"'"'s ARN, not a Direct Connect gateway'"'"'s id (what gw.direct_connect_gateway_id gives)" &&
	test_line err "./stack.yaml:10:46: error: resource \"pol\" (awscc.kinesis.resource_policy): resource_arn takes a Kinesis stream'"'"'s ARN or a Kinesis stream consumer'"'"'s ARN, not an SQS queue'"'"'s ARN (what q.arn gives)" &&
	test_line err "./stack.yaml:11:155: error: resource \"ep\" (aws.ec2.vpc_endpoint): route_table_ids[0] takes an EC2 route table'"'"'s id, not a security group'"'"'s id (what sg.group_id gives)" &&
	test_equal 4 "$(grep -c "error:" err)"
'

test_expect_success 'what the kinds take passes: written to awscc, awscc to awscc, a literal of the pattern' '
	stack <<-\YAML &&
	  ip: {type: aws.ec2.eip}
	  s: {type: aws.kinesis.stream, name: t1281-s, shard_count: 1}
	  rt: {type: aws.ec2.route_table, vpc_id: vpc-0123456789abcdef0}
	  gw: {type: awscc.directconnect.direct_connect_gateway, direct_connect_gateway_name: t1281}
	  assoc: {type: awscc.ec2.eip_association, eip: "${ip.allocation_id}", instance_id: i-0123456789abcdef0}
	  vif: {type: awscc.directconnect.transit_virtual_interface, connection_id: dxcon-fh6ayh1d, direct_connect_gateway_id: "${gw.direct_connect_gateway_id}", virtual_interface_name: t1281, vlan: 101, bgp_peers: [{asn: "65000", address_family: ipv4}]}
	  pol: {type: awscc.kinesis.resource_policy, resource_arn: "${s.arn}", resource_policy: {Version: "2012-10-17", Statement: []}}
	  pol2: {type: awscc.kinesis.resource_policy, resource_arn: "arn:aws:kinesis:us-east-1:123456789012:stream/other/consumer/c:1700000000", resource_policy: {Version: "2012-10-17", Statement: []}}
	  ep: {type: aws.ec2.vpc_endpoint, vpc_id: vpc-0123456789abcdef0, service_name: com.amazonaws.us-east-1.s3, vpc_endpoint_type: Gateway, route_table_ids: ["${rt.route_table_id}"]}
	YAML
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (9 resources)" &&
	test_empty err
'

test_done
