#!/usr/bin/env bash
# t1021-network-endpoints: aws.ec2.vpc_endpoint against moto (issue 12, with
# t1020-network-routing): a Gateway endpoint for S3 on a route table (its
# prefix_list_id the S3 prefix list's) and an
# Interface endpoint for Secrets Manager (subnet, security group, private
# DNS), each attribute read back with the AWS CLI, the endpoint's route in
# the table not shown as the table's drift; a route table removed by hand is
# drift and put back; settings of the other endpoint type refused; a policy
# given is the endpoint's PolicyDocument, changed in place, and endpoints the
# previous release made (no policy in their state) plan no change; destroy
# deleting the endpoints before their subnet and group. Then sweep finding
# a lab's security group, route table, address and endpoint by tag.
. "$(dirname "$0")/../../lib.sh"
. "$TEST_DIR/previous_release.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
previous_release_build || test_fail_setup "the previous release could not be built"

ec2 () {
	s3 ec2 "$@"
}

ep_stack () {
	mkdir -p ep
	write_stack ep/stack.yaml
	cat >>ep/stack.yaml <<-YAML
	resources:
	  vpc:
	    type: aws.ec2.vpc
	    cidr_block: 10.3.0.0/16
	    enable_dns_hostnames: true
	  private_a:
	    type: aws.ec2.subnet
	    vpc_id: "\${vpc.vpc_id}"
	    cidr_block: 10.3.11.0/24
	    availability_zone: us-east-1a
	  table:
	    type: aws.ec2.route_table
	    vpc_id: "\${vpc.vpc_id}"
	    subnet_ids: ["\${private_a.subnet_id}"]
	  https:
	    type: aws.ec2.security_group
	    name: endpoints
	    vpc_id: "\${vpc.vpc_id}"
	    ingress:
	      - {protocol: tcp, from_port: 443, cidr_blocks: [10.3.0.0/16]}
	  s3:
	    type: aws.ec2.vpc_endpoint
	    vpc_id: "\${vpc.vpc_id}"
	    service_name: com.amazonaws.us-east-1.s3
	    route_table_ids: ["\${table.route_table_id}"]
	    tags: {Name: s3}
	  secrets:
	    type: aws.ec2.vpc_endpoint
	    vpc_id: "\${vpc.vpc_id}"
	    service_name: com.amazonaws.us-east-1.secretsmanager
	    vpc_endpoint_type: Interface
	    subnet_ids: ["\${private_a.subnet_id}"]
	    security_group_ids: ["\${https.group_id}"]
	    private_dns_enabled: true
	YAML
}

erid () {
	json_get ep/terrace.state.json "d[\"resources\"][\"$1\"][\"id\"]"
}

# endpoint NAME QUERY: a field of the endpoint as DescribeVpcEndpoints gives it.
endpoint () {
	ec2 describe-vpc-endpoints --vpc-endpoint-ids "$(erid "$1")" --output text \
		--query "VpcEndpoints[0].$2"
}

test_expect_success 'endpoints: apply creates a Gateway endpoint for S3 and an Interface endpoint; the AWS CLI reads them back' '
	ep_stack &&
	(cd ep && terrace apply -auto-approve >../out 2>../err) &&
	test_line out "Apply complete! Resources: 6 added, 0 changed, 0 destroyed." &&
	test_equal Gateway "$(endpoint s3 VpcEndpointType)" &&
	test_equal com.amazonaws.us-east-1.s3 "$(endpoint s3 ServiceName)" &&
	test_equal "$(erid vpc)" "$(endpoint s3 VpcId)" &&
	test_equal "$(erid table)" "$(endpoint s3 "RouteTableIds[0]")" &&
	test_equal available "$(endpoint s3 State)" &&
	test_equal s3 "$(endpoint s3 "Tags[?Key==\`Name\`].Value | [0]")" &&
	test_equal Interface "$(endpoint secrets VpcEndpointType)" &&
	test_equal com.amazonaws.us-east-1.secretsmanager "$(endpoint secrets ServiceName)" &&
	test_equal "$(erid private_a)" "$(endpoint secrets "SubnetIds[0]")" &&
	test_equal "$(erid https)" "$(endpoint secrets "Groups[0].GroupId")" &&
	test_equal True "$(endpoint secrets PrivateDnsEnabled)" &&
	test_equal available "$(endpoint secrets State)" &&
	ec2 describe-route-tables --route-table-ids "$(erid table)" --output text \
		--query "RouteTables[0].Routes[?DestinationPrefixListId!=null].GatewayId" >gw &&
	test_equal "$(erid s3)" "$(cat gw)" &&
	test_equal "$(ec2 describe-prefix-lists --output text --query PrefixLists[0].PrefixListId \
		--filters Name=prefix-list-name,Values=com.amazonaws.us-east-1.s3)" \
		"$(json_get ep/terrace.state.json "d[\"resources\"][\"s3\"][\"attributes\"][\"prefix_list_id\"]")" &&
	test_equal null "$(json_get ep/terrace.state.json "d[\"resources\"][\"secrets\"][\"attributes\"][\"prefix_list_id\"]")" &&
	(cd ep && test_expect_code 0 terrace plan -detailed-exitcode >../out 2>../err)
'

test_expect_success 'endpoints: a route table removed from the S3 endpoint by hand is drift, put back' '
	ec2 modify-vpc-endpoint --vpc-endpoint-id "$(erid s3)" --remove-route-table-ids "$(erid table)" &&
	(cd ep && test_expect_code 2 terrace plan -detailed-exitcode >../out 2>../err) &&
	test_match out "# s3 will be updated in-place" &&
	test_match out "~ route_table_ids *= \\[\\] -> \\[" &&
	(cd ep && terrace apply -auto-approve >../out 2>../err) &&
	test_equal "$(erid table)" "$(endpoint s3 "RouteTableIds[0]")" &&
	(cd ep && test_expect_code 0 terrace plan -detailed-exitcode >../out 2>../err)
'

test_expect_success 'endpoints: settings of the other endpoint type are refused' '
	mkdir -p bad3 &&
	write_stack bad3/stack.yaml &&
	cat >>bad3/stack.yaml <<-YAML &&
	resources:
	  iface:
	    type: aws.ec2.vpc_endpoint
	    vpc_id: vpc-12345678
	    service_name: com.amazonaws.us-east-1.sts
	    vpc_endpoint_type: Interface
	    route_table_ids: [rtb-12345678]
	  gw:
	    type: aws.ec2.vpc_endpoint
	    vpc_id: vpc-12345678
	    service_name: com.amazonaws.us-east-1.s3
	    private_dns_enabled: true
	YAML
	(cd bad3 && test_expect_code 1 terrace plan >../out 2>../err) &&
	test_contains err "resource \"iface\" (aws.ec2.vpc_endpoint): route_table_ids is for Gateway endpoints" &&
	test_contains err "resource \"gw\" (aws.ec2.vpc_endpoint): subnet_ids, security_group_ids and private_dns_enabled are for Interface endpoints"
'

test_expect_success 'endpoints: a policy given is the Secrets Manager endpoint'"'"'s PolicyDocument, changed in place' '
	cat >>ep/stack.yaml <<-\YAML &&
	    policy:
	      Version: "2012-10-17"
	      Statement:
	        - {Sid: OnlyPut, Effect: Allow, Principal: "*", Action: "s3:PutObject", Resource: "*"}
	YAML
	(cd ep && test_expect_code 2 terrace plan -detailed-exitcode -no-color >../out 2>../err) &&
	test_match out "# secrets will be updated in-place" &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	(cd ep && terrace apply -auto-approve >../out 2>../err) &&
	test_equal "OnlyPut s3:PutObject" "$(endpoint secrets PolicyDocument | jq -r ".Statement[0] | .Sid + \" \" + .Action")" &&
	(cd ep && test_expect_code 0 terrace plan -detailed-exitcode >../out 2>../err)
'

test_expect_success 'endpoints: what the previous release made (no policy in its state) plans no change' '
	mkdir -p prev && (cd ep && sed "/^    policy:/,\$d" stack.yaml) >prev/stack.yaml &&
	sed -i "s/10\.3\./10.5./; s/name: endpoints/name: prev-endpoints/" prev/stack.yaml &&
	(cd prev && previous_terrace apply -auto-approve >../out 2>../err) &&
	test_line out "Apply complete! Resources: 6 added, 0 changed, 0 destroyed." &&
	test_equal null "$(jq -c ".resources.s3.attributes.policy" prev/terrace.state.json)" &&
	(cd prev && upgrade_plans_no_change) &&
	(cd prev && terrace destroy -auto-approve >../out 2>../err)
'

test_expect_success 'endpoints: destroy deletes the endpoints before their subnet, table and group' '
	(cd ep && terrace destroy -auto-approve >../out 2>../err) &&
	test_line out "Destroy complete! Resources: 6 destroyed." &&
	test_empty <(ec2 describe-vpc-endpoints --output text \
		--query "VpcEndpoints[?State!=\`deleted\`].VpcEndpointId" | sed "/^$/d")
'

test_expect_success 'sweep finds a lab'"'"'s group, route table, address and endpoint by tag and deletes them' '
	mkdir lab &&
	write_stack lab/stack.yaml &&
	cat >>lab/stack.yaml <<-YAML &&
	lab:
	  allowed_endpoints: ["$TEST_ENDPOINT/"]
	  name_prefix: t1020
	resources:
	  vpc:
	    type: aws.ec2.vpc
	    cidr_block: 10.4.0.0/16
	  table:
	    type: aws.ec2.route_table
	    vpc_id: "\${vpc.vpc_id}"
	  grp:
	    type: aws.ec2.security_group
	    name: lab
	    vpc_id: "\${vpc.vpc_id}"
	  s3:
	    type: aws.ec2.vpc_endpoint
	    vpc_id: "\${vpc.vpc_id}"
	    service_name: com.amazonaws.us-east-1.s3
	    route_table_ids: ["\${table.route_table_id}"]
	  addr:
	    type: aws.ec2.eip
	YAML
	(cd lab && terrace apply -auto-approve >../out 2>../err) &&
	test_contains out "Apply complete! Resources: 5 added" &&
	rm -rf lab/terrace.state.json* &&
	(cd lab && terrace sweep >../out 2>../err) &&
	awk "\$1 ~ /^aws\\./ {print \$1}" out >types &&
	printf "%s\n" aws.ec2.vpc_endpoint aws.ec2.route_table aws.ec2.security_group aws.ec2.eip \
		aws.ec2.vpc >expect &&
	test_cmp expect types &&
	(cd lab && terrace sweep -force >../out 2>../err) &&
	test_contains out "Sweep complete!" &&
	test_empty <(ec2 describe-vpcs --output text --query "Vpcs[?IsDefault==\`false\`].VpcId" | sed "/^$/d") &&
	test_empty <(ec2 describe-addresses --output text --query "Addresses[].AllocationId" | sed "/^$/d") &&
	test_empty <(ec2 describe-vpc-endpoints --output text \
		--query "VpcEndpoints[?State!=\`deleted\`].VpcEndpointId" | sed "/^$/d") &&
	test_empty <(ec2 describe-security-groups --output text \
		--query "SecurityGroups[?GroupName!=\`default\`].GroupId" | sed "/^$/d")
'

test_done
