#!/usr/bin/env bash
# t1213-workspace-to-environment: moving a deployment from a workspace to an
# environment (issue 68 point 5) keeps what is live: a stack applied in the
# S3 backend's workspace "prod" gets `environments: prod`; `-env prod` alone
# would plan every resource as new (its state, workspace env.prod, is
# empty) and its creates would collide with the live objects: the plan says
# so, with the move. Moved with the state commands (`TERRACE_WORKSPACE=prod
# terrace state pull > prod.json`, `terrace state push -env prod
# prod.json`), the environment's plan creates nothing: it updates each
# resource's terrace:workspace tag in place (prod -> env.prod, the
# environment's workspace); then it plans nothing, and the workspace's
# state is deleted with the objects left live.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
export TERRACE_BACKEND_ENDPOINT=$TEST_ENDPOINT TERRACE_BACKEND_ACCESS_KEY=$TEST_ACCESS_KEY \
	TERRACE_BACKEND_SECRET_KEY=$TEST_SECRET_KEY TERRACE_USER=ci
STACK=t1213-workspace-to-environment

write_stack stack.yaml
cat >>stack.yaml <<'YAML'
backend:
  type: s3
  bucket: t1213-tfstate
  region: us-east-1
  path_style: true
resources:
  raw:
    type: aws.s3.bucket
    name: t1213-raw
  topic:
    type: aws.sns.topic
    name: t1213-alerts
  logs:
    type: aws.logs.log_group
    name: /t1213/jobs
YAML

test_expect_success 'setup: the stack applied in workspace prod' '
	s3 s3api create-bucket --bucket t1213-tfstate >/dev/null &&
	terrace workspace new prod >out 2>err &&
	terrace apply -auto-approve >out 2>err &&
	test_contains out "Apply complete! Resources: 3 added" &&
	terrace workspace select default >out 2>err
'

test_expect_success 'the stack gets environments: prod; unmoved, -env prod plans 3 to add and says how to move' '
	cat >>stack.yaml <<-YAML &&
	environments:
	  prod:
	    mode: production
	YAML
	test_expect_code 2 terrace plan -env prod -detailed-exitcode >out 2>err &&
	test_contains out "Plan: 3 to add, 0 to change, 0 to destroy." &&
	test_line err "Warning: environment \"prod\" has no state yet, and workspace \"prod\" of this stack holds 3 resources: to move them into the environment rather than create them again, run \`TERRACE_WORKSPACE=prod terrace state pull > prod.json\` and \`terrace state push -env prod prod.json\` first"
'

test_expect_success 'state pull from the workspace, state push into the environment: nothing to add' '
	TERRACE_WORKSPACE=prod terrace state pull >prod.json 2>err &&
	terrace state push -env prod prod.json >out 2>err &&
	test_expect_code 2 terrace plan -env prod -detailed-exitcode >out 2>err &&
	test_contains out "Plan: 0 to add, 3 to change, 0 to destroy." &&
	test_equal 3 "$(grep -c "~ \"terrace:workspace\" = \"prod\" -> \"env.prod\"" out)" &&
	test_equal 3 "$(grep -c "will be updated in-place" out)" &&
	test_not_contains err "has no state yet"
'

test_expect_success 'the environment applies its tags in place, then plans nothing; the workspace goes' '
	terrace apply -env prod -auto-approve >out 2>err &&
	test_contains out "Apply complete! Resources: 0 added, 3 changed, 0 destroyed." &&
	test_expect_code 0 terrace plan -env prod -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration." &&
	test_expect_code 1 terrace state push -env prod prod.json >out 2>err &&
	test_contains err "state push: the file'"'"'s serial" &&
	terrace workspace delete -force prod >out 2>err &&
	bucket_exists t1213-raw &&
	terrace destroy -env prod -auto-approve >out 2>err &&
	test_contains out "Destroy complete! Resources: 3 destroyed." &&
	! bucket_exists t1213-raw
'

test_done
