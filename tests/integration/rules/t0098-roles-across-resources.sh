#!/usr/bin/env bash
# t0098-roles-across-resources: the checks across resources that join a
# service to its IAM role (provider/aws/checks/roles.c), through the commands:
# a plan run without a validate first refuses a role that does not trust
# its service where that service's create call would refuse it, naming
# both places; a role a service takes but cannot assume is a warning at
# validate and plan, which succeed; a state machine whose
# role may not start its Task's Glue job is a warning, said once by
# validate and once by plan, which both succeed; a definition given by a
# variable is looked at by plan, which knows it.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

mkdir refuse warn later
write_stack refuse/stack.yaml
cat >>refuse/stack.yaml <<'YAML'
resources:
  runner:
    type: aws.iam.role
    name: t0098-runner
    assume_role_policy:
      Version: "2012-10-17"
      Statement:
        - Effect: Allow
          Principal: {Service: glue.amazonaws.com}
          Action: sts:AssumeRole
  fn:
    type: aws.lambda.function
    function_name: t0098-fn
    runtime: python3.12
    handler: main.handler
    role: ${runner.arn}
    source: main.py
YAML
printf 'def handler(event, context):\n    return event\n' >refuse/main.py

# warn/ and later/: a state machine starting a Glue job of the stack with a
# role whose only policy allows something else.
state_machine_stack () {
	write_stack "$1/stack.yaml" "$2"
	cat >>"$1/stack.yaml" <<'YAML'
resources:
  runner:
    type: aws.iam.role
    name: t0098-flow
    assume_role_policy:
      Version: "2012-10-17"
      Statement:
        - Effect: Allow
          Principal: {Service: states.amazonaws.com}
          Action: sts:AssumeRole
    inline_policies:
      logs:
        Version: "2012-10-17"
        Statement:
          - {Effect: Allow, Action: "logs:CreateLogStream", Resource: "*"}
  glue_role:
    type: aws.iam.role
    name: t0098-glue
    assume_role_policy:
      Version: "2012-10-17"
      Statement:
        - Effect: Allow
          Principal: {Service: glue.amazonaws.com}
          Action: sts:AssumeRole
  etl:
    type: aws.glue.job
    name: t0098-etl
    role: ${glue_role.arn}
    command: {name: glueetl, script_location: "s3://t0098-scripts/etl.py"}
  flow:
    type: aws.sfn.state_machine
    name: t0098-flow
    role_arn: ${runner.arn}
YAML
}
state_machine_stack warn
echo '    definition: {"StartAt": "Load", "States": {"Load": {"Type": "Task", "Resource": "arn:aws:states:::glue:startJobRun.sync", "Parameters": {"JobName": "${etl.name}"}, "End": true}}}' >>warn/stack.yaml
state_machine_stack later '  definition: {type: string, default: "{\"StartAt\": \"Load\", \"States\": {\"Load\": {\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::glue:startJobRun.sync\", \"Parameters\": {\"JobName\": \"t0098-etl\"}, \"End\": true}}}"}'
echo '    definition: ${var.definition}' >>later/stack.yaml

# trust/: roles given where the service takes a role it cannot assume and
# fails when it uses it (a Glue job, an instance profile, an EventBridge
# target, a Redshift cluster): warnings, not refusals.
mkdir trust
write_stack trust/stack.yaml
cat >>trust/stack.yaml <<'YAML'
resources:
  lambda_only:
    type: aws.iam.role
    name: t0098-lambda-only
    assume_role_policy:
      Version: "2012-10-17"
      Statement:
        - Effect: Allow
          Principal: {Service: lambda.amazonaws.com}
          Action: sts:AssumeRole
  etl:
    type: aws.glue.job
    name: t0098-trust-etl
    role: ${lambda_only.arn}
    command: {name: glueetl, script_location: "s3://t0098-scripts/etl.py"}
  host:
    type: aws.iam.instance_profile
    name: t0098-host
    role: ${lambda_only.name}
  nightly:
    type: aws.events.rule
    name: t0098-nightly
    schedule_expression: rate(1 day)
    targets:
      - id: queue
        arn: arn:aws:sqs:us-east-1:123456789012:t0098
        role_arn: ${lambda_only.arn}
  dw:
    type: aws.redshift.cluster
    cluster_identifier: t0098-dw
    node_type: ra3.xlplus
    master_username: admin
    master_password: T0098-Password-1
    skip_final_snapshot: true
    iam_roles: ["${lambda_only.arn}"]
YAML

test_expect_success 'plan, with no validate before it, refuses a role that does not trust Lambda' '
	(cd refuse && test_expect_code 1 terrace plan -no-color -input=false >out 2>err) &&
	test_contains refuse/err "./stack.yaml:28:5: error: resource \"fn\" (aws.lambda.function): role: role \"runner\" does not trust lambda.amazonaws.com: its assume_role_policy has no Allow statement for sts:AssumeRole naming that service, and Lambda refuses to create a function whose role it cannot assume" &&
	test_contains refuse/err "resource \"runner\" assume_role_policy is at ./stack.yaml:17:5" &&
	test_not_contains refuse/out "Plan:"
'

test_expect_success 'validate says the Task its role may not start once, as a warning, and succeeds' '
	(cd warn && terrace validate -no-color >out 2>err) &&
	test_contains warn/out "Success!" &&
	test_equal 1 "$(grep -c "warning: resource \"flow\" (aws.sfn.state_machine): definition: state \"Load\" starts Glue job \"etl\", but no policy the stack writes for role \"runner\" allows glue:StartJobRun on it" warn/err)"
'

test_expect_success 'plan says it once too, and plans' '
	(cd warn && terrace plan -no-color -input=false >out 2>err) &&
	test_contains warn/out "Plan: 4 to add" &&
	test_equal 1 "$(grep -c "starts Glue job \"etl\", but no policy the stack writes for role \"runner\"" warn/err)"
'

test_expect_success 'a definition given by a variable: validate passes it, plan warns' '
	(cd later && terrace validate -no-color >out 2>err) &&
	test_not_contains later/err "starts Glue job" &&
	(cd later && terrace plan -no-color -input=false >out 2>err) &&
	test_contains later/out "Plan: 4 to add" &&
	test_equal 1 "$(grep -c "flow: definition: state \"Load\" starts Glue job \"etl\"" later/err)"
'

test_expect_success 'validate warns where a service takes a role it cannot assume, and succeeds' '
	(cd trust && terrace validate -no-color >out 2>err) &&
	test_contains trust/out "Success!" &&
	test_contains trust/err "./stack.yaml:26:5: warning: resource \"etl\" (aws.glue.job): role: role \"lambda_only\" does not trust glue.amazonaws.com: its assume_role_policy has no Allow statement for sts:AssumeRole naming that service, and Glue takes it, and every run of the job fails" &&
	test_contains trust/err "./stack.yaml:31:5: warning: resource \"host\" (aws.iam.instance_profile): role: role \"lambda_only\" does not trust ec2.amazonaws.com" &&
	test_contains trust/err "./stack.yaml:36:5: warning: resource \"nightly\" (aws.events.rule): targets: role \"lambda_only\" does not trust events.amazonaws.com" &&
	test_contains trust/err "./stack.yaml:47:5: warning: resource \"dw\" (aws.redshift.cluster): iam_roles: role \"lambda_only\" does not trust redshift.amazonaws.com" &&
	test_equal 4 "$(grep -c "resource \"lambda_only\" assume_role_policy is at ./stack.yaml:17:5" trust/err)"
'

test_expect_success 'plan gives the same four warnings once each, and plans' '
	(cd trust && terrace plan -no-color -input=false >out 2>err) &&
	test_contains trust/out "Plan: 5 to add" &&
	test_equal 4 "$(grep -c "warning: resource" trust/err)" &&
	test_equal 4 "$(grep -c "does not trust" trust/err)"
'

test_done
