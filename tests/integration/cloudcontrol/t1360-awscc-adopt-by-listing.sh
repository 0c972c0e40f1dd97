#!/usr/bin/env bash
# t1360-awscc-adopt-by-listing: an awscc type without tags whose primary
# identifier holds a read-only property (AWS::EC2::VPCGatewayAttachment is
# AttachmentType|VpcId, AWS::EC2::Route RouteTableId|CidrBlock) cannot be
# named before its create nor found by a create token's tag; when its create
# FAILED retriably after the handler made it, without naming it (moto's
# MOTO_CLOUDCONTROL_CREATE_FAIL=CODE:no-identifier, as AWS's handlers do),
# the type is listed (ListResources, with the written parts of the primary
# identifier as the ResourceModel a handler may need: a route's table) and
# the one object whose create-only properties equal what the stack set is
# adopted (issue 70 point 5; provider/aws/cloudcontrol/resource.c): nothing
# orphaned, the next plan has nothing to do. Two such objects: refused,
# naming the resource.
. "$(dirname "$0")/../lib.sh"


cc () {
	s3 --output json cloudcontrol "$@"
}

count () {
	cc list-resources --type-name "$1" --query "length(ResourceDescriptions)" --output text
}

routes () {
	cc list-resources --type-name AWS::EC2::Route --resource-model \
		"{\"RouteTableId\":\"$1\"}" --query "length(ResourceDescriptions)" --output text
}

attachment_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-\YAML
	resources:
	  net: {type: awscc.ec2.vpc, cidr_block: 10.60.0.0/16}
	  gw: {type: awscc.ec2.internet_gateway}
	  attach: {type: awscc.ec2.vpc_gateway_attachment, vpc_id: "${net.vpc_id}", internet_gateway_id: "${gw.internet_gateway_id}"}
	YAML
}

route_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-\YAML
	resources:
	  net: {type: awscc.ec2.vpc, cidr_block: 10.61.0.0/16}
	  gw: {type: awscc.ec2.internet_gateway}
	  table: {type: awscc.ec2.route_table, vpc_id: "${net.vpc_id}"}
	  out: {type: awscc.ec2.route, route_table_id: "${table.route_table_id}", destination_cidr_block: 0.0.0.0/0, gateway_id: "${gw.internet_gateway_id}"}
	YAML
}

# the third create (the attachment, after the VPC and the gateway) fails
# after making it, without naming it
test_expect_success 'a gateway attachment made by a failed create: listed, matched, adopted' '
	start_moto MOTO_CLOUDCONTROL_CREATE_FAIL=NetworkFailure:no-identifier:3 &&
	use_server moto &&
	attachment_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 3 added, 0 changed, 0 destroyed." &&
	test_equal 1 "$(count AWS::EC2::VPCGatewayAttachment)" &&
	terrace plan -detailed-exitcode >out 2>err &&
	test_contains out "No changes." &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 3 destroyed." &&
	test_equal 0 "$(count AWS::EC2::VPCGatewayAttachment)"
'

# the fourth create (the route, after the VPC, the gateway and the table)
test_expect_success 'a route made by a failed create: listed by its table, matched, adopted' '
	start_moto MOTO_CLOUDCONTROL_CREATE_FAIL=ServiceInternalError:no-identifier:4 &&
	use_server moto &&
	route_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 4 added, 0 changed, 0 destroyed." &&
	table=$(json_get terrace.state.json "d[\"resources\"][\"table\"][\"id\"]") &&
	test_equal 1 "$(routes "$table")" &&
	id=$(json_get terrace.state.json "d[\"resources\"][\"out\"][\"id\"]") &&
	test_equal "$table" "${id%%[~|]*}" &&
	terrace plan -detailed-exitcode >out 2>err &&
	test_contains out "No changes." &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 4 destroyed." &&
	test_equal 0 "$(routes "$table")"
'

# a role that may not list the type (no cloudformation:ListResources or no
# list handler's permission): the listing before the create is refused; the
# create goes on, and the user is told that what a failed create makes will
# not be found, naming the type and the permission
test_expect_success 'the listing before a create refused (AccessDenied): created, with a warning naming the type and the permission' '
	start_moto MOTO_CLOUDCONTROL_LIST_DENIED=AWS::EC2::VPCGatewayAttachment &&
	use_server moto &&
	attachment_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 3 added, 0 changed, 0 destroyed." &&
	test_contains err "attach: the objects of AWS::EC2::VPCGatewayAttachment could not be listed before its create" &&
	test_contains err "AccessDeniedException" &&
	test_contains err "grant cloudformation:ListResources and the permissions of AWS::EC2::VPCGatewayAttachment'"'"'s list handler" &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 3 destroyed."
'

# a REST API's deployments: several alike are allowed, so what a failed
# create made is told from what was there by the listing before it
deployment_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-\YAML
	resources:
	  api: {type: awscc.apigateway.rest_api, name: t1360-api}
	  get:
	    type: awscc.apigateway.method
	    rest_api_id: "${api.rest_api_id}"
	    resource_id: "${api.root_resource_id}"
	    http_method: GET
	    authorization_type: NONE
	    integration: {type: MOCK, integration_http_method: GET, uri: "http://example.com/"}
	  first: {type: awscc.apigateway.deployment, rest_api_id: "${api.rest_api_id}", description: release, depends_on: [get]}
	  second: {type: awscc.apigateway.deployment, rest_api_id: "${api.rest_api_id}", description: release, depends_on: [first]}
	YAML
}

deployments () {
	cc list-resources --type-name AWS::ApiGateway::Deployment --resource-model \
		"{\"RestApiId\":\"$1\"}" --query "length(ResourceDescriptions)" --output text
}

# the fourth create (the second deployment, after the API, the method and
# the first, alike) fails after making it: the first, there before it, is
# not taken (moto has no delete of a deployment: the step ends at the plan)
test_expect_success 'a deployment made by a failed create beside one alike: the new one adopted' '
	start_moto MOTO_CLOUDCONTROL_CREATE_FAIL=Throttling:no-identifier:4 &&
	use_server moto &&
	deployment_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 4 added, 0 changed, 0 destroyed." &&
	api=$(json_get terrace.state.json "d[\"resources\"][\"api\"][\"id\"]") &&
	test_equal 2 "$(deployments "$api")" &&
	first=$(json_get terrace.state.json "d[\"resources\"][\"first\"][\"id\"]") &&
	second=$(json_get terrace.state.json "d[\"resources\"][\"second\"][\"id\"]") &&
	test "$first" != "$second" &&
	terrace plan -detailed-exitcode >out 2>err &&
	test_contains out "No changes."
'

test_done
