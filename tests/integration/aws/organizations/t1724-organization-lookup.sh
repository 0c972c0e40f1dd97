#!/usr/bin/env bash
# t1724-organization-lookup: the lookup aws.organizations.organization
# (Terraform's aws_organizations_organization) against moto. An account in
# no organization fails the plan naming the lookup and why
# (AWSOrganizationsNotInUseException), as Terraform's does; once the
# account makes one (botocore's CreateOrganization), the lookup's id, ARN,
# feature set and management account are Organizations' own
# (DescribeOrganization through botocore), a bus policy's
# aws:PrincipalOrgID condition written from it is applied with that id, and
# a second plan is clean. The request goes to Organizations' one endpoint
# per partition (test_endpoints' rows); here moto's, as every service's.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

org_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-'YAML'
	data:
	  org: {type: aws.organizations.organization}
	resources:
	  bus:
	    type: awscc.events.event_bus
	    name: t1724-orders
	  org_access:
	    type: awscc.events.event_bus_policy
	    event_bus_name: ${bus.name}
	    statement_id: OrgAccess
	    action: events:PutEvents
	    principal: "*"
	    condition: {type: StringEquals, key: aws:PrincipalOrgID, value: "${data.org.id}"}
	outputs:
	  id: {value: "${data.org.id}"}
	  arn: {value: "${data.org.arn}"}
	  feature_set: {value: "${data.org.feature_set}"}
	  master_account_id: {value: "${data.org.master_account_id}"}
	  master_account_arn: {value: "${data.org.master_account_arn}"}
	  master_account_email: {value: "${data.org.master_account_email}"}
	YAML
}

organizations () {
	s3 organizations --output json "$@"
}

test_expect_success 'an account in no organization: the plan fails naming the lookup and why' '
	org_stack &&
	test_expect_code 1 terrace plan -no-color >out 2>err &&
	test_contains err "error: lookup data.org (aws.organizations.organization): the provider'"'"'s account is in no organization (Organizations'"'"' DescribeOrganization: AWSOrganizationsNotInUseException)"
'

test_expect_success 'in an organization: its attributes are Organizations'"'"' own, the policy condition holds its id' '
	organizations create-organization --feature-set ALL >made.json &&
	organizations describe-organization >org.json &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." &&
	for pair in id:Id arn:Arn feature_set:FeatureSet master_account_id:MasterAccountId \
		    master_account_arn:MasterAccountArn master_account_email:MasterAccountEmail
	do
		want=$(json_get org.json "d[\"Organization\"][\"${pair#*:}\"]") &&
		test -n "$want" &&
		test_equal "$want" "$(terrace output -raw ${pair%%:*})" || return 1
	done &&
	s3 events describe-event-bus --name t1724-orders --output json >bus.json &&
	json_get bus.json "d[\"Policy\"]" >policy &&
	test_contains policy "$(json_get org.json "d[\"Organization\"][\"Id\"]")" &&
	terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_done
