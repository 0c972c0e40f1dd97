#!/usr/bin/env bash
# t0482-role-spellings: a role is passed the same way to every type that
# takes one: its ARN (the documented spelling, ${role.arn}) or its name
# (${role.name}, ${role.id}, a literal name), whether the attribute is
# called role (Lambda, Glue, instance profiles) or role_arn (Step Functions,
# EventBridge rules and Scheduler targets) or is an entry of a Redshift
# cluster's iam_roles. A name reaches the APIs that
# want an ARN as the ARN built from the caller's account, an ARN reaches
# the one that wants a name (AddRoleToInstanceProfile) as its name; the
# state keeps the spelling the stack wrote, so the next plan is clean.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

mkdir fn && printf 'def handler(event, context):\n    return "ok"\n' >fn/main.py

write_stack stack.yaml
cat >>stack.yaml <<'YAML'
resources:
  etl:
    type: aws.iam.role
    name: t0482-etl
    assume_role_policy:
      Version: "2012-10-17"
      Statement:
        - Effect: Allow
          Principal: {Service: [lambda.amazonaws.com, states.amazonaws.com, glue.amazonaws.com, scheduler.amazonaws.com, events.amazonaws.com, ec2.amazonaws.com, redshift.amazonaws.com]}
          Action: sts:AssumeRole
  fn:
    type: aws.lambda.function
    function_name: t0482-fn
    runtime: python3.12
    handler: main.handler
    role: ${etl.name}
    source: fn
  job:
    type: aws.glue.job
    name: t0482-job
    role: ${etl.id}
    command: {script_location: "s3://t0482-scripts/job.py"}
  machine:
    type: aws.sfn.state_machine
    name: t0482-machine
    role_arn: t0482-etl
    depends_on: [etl]
    definition: {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}}
  profile:
    type: aws.iam.instance_profile
    name: t0482-profile
    role: ${etl.arn}
  schedule:
    type: aws.scheduler.schedule
    name: t0482-schedule
    schedule_expression: rate(1 hour)
    target:
      arn: ${machine.arn}
      role_arn: ${etl.name}
  rule:
    type: aws.events.rule
    name: t0482-rule
    event_pattern: {source: [aws.s3]}
    role_arn: ${etl.name}
    targets:
      - id: run
        arn: ${machine.arn}
        role_arn: ${etl.name}
  wh:
    type: aws.redshift.cluster
    cluster_identifier: t0482-wh
    node_type: dc2.large
    master_username: admin
    master_password: Wh-Pa55-t0482
    iam_roles: ["${etl.name}"]
    skip_final_snapshot: true
YAML

test_expect_success 'a role by name or by ARN applies on every type that takes one' '
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 8 added, 0 changed, 0 destroyed."
'

ROLE_ARN=$(s3 iam get-role --role-name t0482-etl --query Role.Arn --output text)

test_expect_success 'the APIs that want an ARN got the ARN, the one that wants a name the name' '
	test_equal "$ROLE_ARN" "$(s3 lambda get-function --function-name t0482-fn --query Configuration.Role --output text)" &&
	test_equal "$ROLE_ARN" "$(s3 stepfunctions describe-state-machine --state-machine-arn "$(json_get terrace.state.json "d[\"resources\"][\"machine\"][\"id\"]")" --query roleArn --output text)" &&
	test_equal "$ROLE_ARN" "$(s3 scheduler get-schedule --name t0482-schedule --query Target.RoleArn --output text)" &&
	test_equal "$ROLE_ARN" "$(s3 events list-targets-by-rule --rule t0482-rule --query "Targets[0].RoleArn" --output text)" &&
	test_equal "$ROLE_ARN" "$(s3 events describe-rule --name t0482-rule --query RoleArn --output text)" &&
	test_equal "$ROLE_ARN" "$(s3 redshift describe-clusters --cluster-identifier t0482-wh --query "Clusters[0].IamRoles[0].IamRoleArn" --output text)" &&
	test_equal t0482-etl "$(s3 iam get-instance-profile --instance-profile-name t0482-profile --query "InstanceProfile.Roles[0].RoleName" --output text)"
'

test_expect_success 'the next plan is clean: the state keeps the spelling the stack wrote' '
	terrace plan -detailed-exitcode >out 2>err &&
	test_equal t0482-etl "$(json_get terrace.state.json "d[\"resources\"][\"fn\"][\"attributes\"][\"role\"]")" &&
	test_equal "$ROLE_ARN" "$(json_get terrace.state.json "d[\"resources\"][\"profile\"][\"attributes\"][\"role\"]")"
'

test_expect_success 'destroy' '
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 8 destroyed."
'

test_done
