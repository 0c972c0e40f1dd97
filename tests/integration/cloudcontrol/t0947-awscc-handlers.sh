#!/usr/bin/env bash
# t0947-awscc-handlers: what the CloudFormation registry's handlers
# (provider/aws/cloudcontrol/registry/handlers.json, in provider/aws/cloudcontrol/
# schemas.gen.c) tell terrace of each awscc type, against moto's Cloud
# Control patch with request authentication on:
# - a type Cloud Control cannot provision (no create, read or delete
#   handler) is refused at validate, naming what it lacks, and nothing is
#   sent; a type the copy lacks is a warning ("handlers unknown"), an error
#   with -strict;
# - a type without an update handler plans any change as a replacement;
# - `terrace policy` and `plan -policy` give each awscc resource its
#   handlers' permissions beside Cloud Control's own actions, and no
#   warning for a type the copy has; a deploy user whose only policy is
#   `terrace policy`'s for a stack of a Kinesis stream, a state machine, an
#   EventBridge rule with a target, an ECR repository, a security group and
#   an IAM role passes `plan -check-permissions`, applies, plans no change
#   and destroys (the rule's targets removed by its delete handler); without
#   one handler permission the check names the resource and the action;
# - a type without a list handler: sweep says its objects cannot be found.
# moto enforces none of the handlers' permissions (its Cloud Control patch
# answers before moto's authorization): the check is the simulation of the
# generated policy (moto_patches/iam_simulate_principal_policy.py).
. "$(dirname "$0")/../lib.sh"
. "$TEST_DIR/permissions.sh"

start_moto_auth || test_fail_setup "moto with authentication did not start"
use_server moto_auth

cc () {
	s3 --output json cloudcontrol "$@"
}

count () {
	cc list-resources --type-name "$1" --query "length(ResourceDescriptions)" --output text
}

resources () {
	write_stack stack.yaml
	{ echo "resources:"; cat; } >>stack.yaml
}

test_expect_success 'a type without create, read and delete handlers is refused at validate' '
	resources <<-YAML &&
	  group:
	    type: awscc.dax.subnet_group
	    subnet_ids: [subnet-0123456789abcdef0]
	YAML
	test_expect_code 1 terrace validate >out 2>err &&
	test_line err "./stack.yaml:14:3: error: resource \"group\" (awscc.dax.subnet_group): Cloud Control cannot provision AWS::DAX::SubnetGroup: the CloudFormation registry'"'"'s schema lists no create, read or delete handler for it" &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "Cloud Control cannot provision AWS::DAX::SubnetGroup" &&
	test_not_contains err "TypeNotFound" &&
	test_equal 0 "$(grep -c CreateResource err)"
'

test_expect_success 'a type the copy of the handlers lacks: a warning, an error with -strict' '
	resources <<-YAML &&
	  assoc:
	    type: awscc.amazonmq.configuration_association
	    broker: b-0123
	    configuration: {id: c-0123, revision: 1}
	YAML
	terrace validate >out 2>err &&
	test_contains out "Success! The stack is valid" &&
	test_contains err "./stack.yaml:14:3: warning: resource \"assoc\" (awscc.amazonmq.configuration_association): handlers unknown: AWS::AmazonMQ::ConfigurationAssociation is not in terrace'"'"'s copy" &&
	test_expect_code 1 terrace validate -strict >out 2>err &&
	test_contains err "handlers unknown" &&
	terrace plan -policy >out 2>err &&
	test_contains err "Warning: awscc.amazonmq.configuration_association: plus the permissions of AWS::AmazonMQ::ConfigurationAssociation'"'"'s handlers"
'

test_expect_success 'a type without an update handler: a change is a replacement' '
	resources <<-YAML &&
	  sec:
	    type: awscc.emr.security_configuration
	    name: hnd-sec
	    security_configuration: {EncryptionConfiguration: {EnableInTransitEncryption: false, EnableAtRestEncryption: false}}
	YAML
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	terrace plan -detailed-exitcode >out 2>err &&
	sed -i "s/EnableInTransitEncryption: false/EnableInTransitEncryption: true/" stack.yaml &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "^ *# sec must be replaced" &&
	test_line out "Plan: 1 to add, 0 to change, 1 to destroy." &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 1 destroyed."
'

cat >pipeline.txt <<-'YAML'
  stream: {type: awscc.kinesis.stream, name: hnd-clicks, shard_count: 1}
  role:
    type: awscc.iam.role
    role_name: hnd-flow
    assume_role_policy_document:
      Version: "2012-10-17"
      Statement:
        - {Effect: Allow, Principal: {Service: states.amazonaws.com}, Action: "sts:AssumeRole"}
  flow:
    type: awscc.stepfunctions.state_machine
    state_machine_name: hnd-flow
    role_arn: ${role.arn}
    definition_string: '{"StartAt": "Done", "States": {"Done": {"Type": "Succeed"}}}'
  rule:
    type: awscc.events.rule
    name: hnd-nightly
    schedule_expression: rate(1 day)
    targets: [{id: flow, arn: "${flow.arn}", role_arn: "${role.arn}"}]
  images: {type: awscc.ecr.repository, repository_name: hnd-images}
  web:
    type: awscc.ec2.security_group
    group_description: hnd web
    security_group_ingress: [{ip_protocol: tcp, from_port: 443, to_port: 443, cidr_ip: 10.0.0.0/8}]
YAML

test_expect_success 'terrace policy: each awscc resource'"'"'s handlers'"'"' permissions, no warning' '
	resources <pipeline.txt &&
	terrace validate >out 2>err &&
	terrace policy >whole.json 2>whole.err &&
	test_not_contains whole.err "Warning:" &&
	has_action whole.json kinesis:CreateStream "*" &&
	has_action whole.json kinesis:DeleteStream "*" &&
	has_action whole.json states:CreateStateMachine "*" &&
	has_action whole.json events:PutTargets "*" &&
	has_action whole.json events:RemoveTargets "*" &&
	has_action whole.json ecr:CreateRepository "*" &&
	has_action whole.json ec2:AuthorizeSecurityGroupIngress "*" &&
	has_action whole.json iam:CreateRole "*" &&
	has_action whole.json cloudformation:CreateResource "*" &&
	terrace plan -policy >out 2>err &&
	sed -n "/^{/,/^}/p" out >plan.json &&
	has_action plan.json kinesis:CreateStream "*" &&
	lacks_action plan.json kinesis:DeleteStream &&
	lacks_action plan.json kinesis:ListStreams &&
	test_not_contains err "Warning:"
'

test_expect_success 'without one handler permission, -check-permissions names the resource and action' '
	deployer whole.json kinesis:CreateStream &&
	test_expect_code 1 as_deployer plan -check-permissions >out 2>err &&
	test_line err "Error: stream: kinesis:CreateStream on * is denied (implicitDeny)" &&
	test_equal 1 "$(grep -c "is denied" err)"
'

test_expect_success 'a deploy user with exactly that policy: the check passes, apply, no change, destroy' '
	deployer whole.json &&
	as_deployer plan -check-permissions >out 2>err &&
	test_contains out "Permissions check: the caller may make every call this plan needs of provider aws" &&
	as_deployer apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 6 added, 0 changed, 0 destroyed." &&
	as_deployer plan -detailed-exitcode >out 2>err &&
	test_equal 1 "$(count AWS::Events::Rule)" &&
	as_deployer destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 6 destroyed." &&
	test_equal 0 "$(count AWS::Events::Rule)" &&
	test_equal 0 "$(count AWS::StepFunctions::StateMachine)" &&
	test_equal 0 "$(count AWS::Kinesis::Stream)"
'

test_expect_success 'sweep: a type without a list handler says its objects cannot be found' '
	resources <<-YAML &&
	  flow:
	    type: awscc.stepfunctions.state_machine
	    state_machine_name: hnd-sweep
	    role_arn: arn:aws:iam::123456789012:role/hnd
	    definition_string: "{\"StartAt\": \"Done\", \"States\": {\"Done\": {\"Type\": \"Succeed\"}}}"
	YAML
	cat >>stack.yaml <<-YAML &&
	lab:
	  allowed_endpoints: ["$TEST_ENDPOINT"]
	YAML
	test_expect_code 1 terrace sweep >out 2>err &&
	test_contains out "Sweeping stack" &&
	test_contains err "awscc.stepfunctions.state_machine: its objects cannot be found: the CloudFormation registry'"'"'s schema of AWS::StepFunctions::StateMachine lists no list handler"
'

test_done
