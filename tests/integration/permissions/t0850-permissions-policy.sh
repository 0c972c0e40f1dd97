#!/usr/bin/env bash
# t0850-permissions-policy: the IAM policy a plan needs (`terrace plan
# -policy`, `terrace policy`) is enough, and each of its actions is needed
# where the plan says: against moto with request authentication on, a
# restricted IAM user ("deployer") whose only policy is the generated one
# applies, refreshes and destroys a stack of a bucket, a role, a script
# artifact, a Glue job passed the role and a log group. With one action
# taken out of it (glue:CreateJob, iam:PassRole, glue:GetJob,
# logs:DeleteLogGroup, s3:DeleteBucket), `plan -check-permissions` names the
# resource, the action and the ARN that will be refused, and the run then
# fails there, at that resource. An artifact's object is named by its key
# with the content hash a wildcard, so the deployer uploads an edited
# script with the same policy; `terrace policy > file` after an apply
# writes the document alone (the refresh's lines go to stderr).
#
# moto checks a request's action against the caller's policies but not its
# resource (except IAM's role operations and S3), and knows neither
# iam:PassRole nor iam:SimulatePrincipalPolicy:
# tests/servers/moto_patches/iam_simulate_principal_policy.py adds both (a
# small evaluator: Allow, explicit Deny, * and ? wildcards).
. "$(dirname "$0")/../lib.sh"
. "$TEST_DIR/permissions.sh"

start_moto_auth || test_fail_setup "moto with authentication did not start"
use_server moto_auth
ACCOUNT=123456789012

write_stack stack.yaml
cat >>stack.yaml <<'YAML'
resources:
  bucket:
    type: aws.s3.bucket
    name: perm-data
    force_destroy: true
  glue_role:
    type: aws.iam.role
    name: perm-glue
    assume_role_policy:
      Version: "2012-10-17"
      Statement:
        - Effect: Allow
          Principal: {Service: glue.amazonaws.com}
          Action: sts:AssumeRole
  script:
    type: aws.s3.artifact
    bucket: ${bucket.name}
    prefix: scripts/
    source: job.py
  job:
    type: aws.glue.job
    name: perm-job
    role: ${glue_role.arn}
    command:
      script_location: ${script.uri}
  logs:
    type: aws.logs.log_group
    name: /perm/jobs
    retention_in_days: 7
YAML
echo 'print("job")' >job.py

test_expect_success 'plan -policy: the create plan needs create and read, scoped to the ARNs' '
	terrace plan -policy >plan.out 2>plan.err &&
	sed -n "/^{/,/^}/p" plan.out >create.json &&
	has_action create.json s3:CreateBucket arn:aws:s3:::perm-data &&
	has_action create.json s3:PutObject "arn:aws:s3:::perm-data/scripts/job-*.py" &&
	has_action create.json glue:CreateJob arn:aws:glue:us-east-1:$ACCOUNT:job/perm-job &&
	has_action create.json iam:CreateRole arn:aws:iam::$ACCOUNT:role/perm-glue &&
	has_action create.json iam:PassRole arn:aws:iam::$ACCOUNT:role/perm-glue &&
	has_action create.json logs:CreateLogGroup arn:aws:logs:us-east-1:$ACCOUNT:log-group:/perm/jobs &&
	has_action create.json sts:GetCallerIdentity "*" &&
	lacks_action create.json s3:DeleteBucket &&
	lacks_action create.json glue:DeleteJob &&
	test_contains plan.out "Plan: 5 to add, 0 to change, 0 to destroy."
'

test_expect_success 'terrace policy: the whole stack (create, read, update, destroy)' '
	terrace policy >whole.json 2>policy.err &&
	has_action whole.json s3:DeleteBucket arn:aws:s3:::perm-data &&
	has_action whole.json glue:DeleteJob arn:aws:glue:us-east-1:$ACCOUNT:job/perm-job &&
	has_action whole.json glue:UpdateJob arn:aws:glue:us-east-1:$ACCOUNT:job/perm-job &&
	has_action whole.json iam:DeleteRole arn:aws:iam::$ACCOUNT:role/perm-glue &&
	has_action whole.json iam:PassRole arn:aws:iam::$ACCOUNT:role/perm-glue &&
	has_action whole.json logs:DeleteLogGroup arn:aws:logs:us-east-1:$ACCOUNT:log-group:/perm/jobs
'

test_expect_success 'plan -json -policy: the policy is a "policy" message of the UI stream' '
	terrace plan -json -policy >json.out 2>json.err &&
	grep "\"type\":\"policy\"" json.out >policy.line &&
	python3 -c "import json,sys; d=json.load(open(\"policy.line\")); assert d[\"policy\"][\"Version\"] == \"2012-10-17\", d"
'

test_expect_success 'plan -policy -out: the saved plan carries the policy, and show -json gives it with the plan' '
	terrace plan -policy -out=saved.tfplan >saved.out 2>saved.err &&
	sed -n "/^{/,/^}/p" saved.out >printed.json &&
	terrace show -json saved.tfplan >show.json &&
	python3 -c "import json; s=json.load(open(\"show.json\")); p=json.load(open(\"printed.json\")); assert s[\"policy\"] == p, (s.get(\"policy\"), p); assert s[\"resource_changes\"], s" &&
	terrace plan -out=plain.tfplan >plain.out 2>plain.err &&
	terrace show -json plain.tfplan >plain.json &&
	python3 -c "import json; s=json.load(open(\"plain.json\")); assert \"policy\" not in s, s.keys()"
'

test_expect_success 'without iam:SimulatePrincipalPolicy and -allow-unchecked the check is skipped, in one line, not an error' '
	NO_SIMULATE=1 deployer whole.json &&
	as_deployer plan -check-permissions -allow-unchecked >out 2>err &&
	test_line out "Permissions check skipped for provider aws: arn:aws:iam::$ACCOUNT:user/deployer may not call iam:SimulatePrincipalPolicy on itself, or the endpoint does not serve it" &&
	test_contains out "Plan: 5 to add, 0 to change, 0 to destroy."
'

test_expect_success 'without glue:CreateJob: the check names the job, the action and its ARN; apply fails there' '
	deployer whole.json glue:CreateJob &&
	test_expect_code 1 as_deployer plan -check-permissions >out 2>err &&
	test_line err "Error: job: glue:CreateJob on arn:aws:glue:us-east-1:$ACCOUNT:job/perm-job is denied (implicitDeny)" &&
	test_equal 1 "$(grep -c "is denied" err)" &&
	test_expect_code 1 as_deployer apply -auto-approve >apply.out 2>apply.err &&
	test_contains apply.err "Error: job: glue CreateJob: HTTP 403 AccessDenied: User: arn:aws:iam::$ACCOUNT:user/deployer is not authorized to perform: glue:CreateJob" &&
	test_equal 1 "$(grep -c "^Error:" apply.err)"
'

test_expect_success 'without iam:PassRole: the check names the role passed; apply fails at the job' '
	deployer whole.json iam:PassRole &&
	test_expect_code 1 as_deployer plan -check-permissions >out 2>err &&
	test_line err "Error: job: iam:PassRole on arn:aws:iam::$ACCOUNT:role/perm-glue is denied (implicitDeny)" &&
	test_equal 1 "$(grep -c "is denied" err)" &&
	test_expect_code 1 as_deployer apply -auto-approve >apply.out 2>apply.err &&
	test_contains apply.err "Error: job: glue CreateJob: HTTP 403 AccessDenied: User: arn:aws:iam::$ACCOUNT:user/deployer is not authorized to perform: iam:PassRole" &&
	test_equal 1 "$(grep -c "^Error:" apply.err)"
'

test_expect_success 'with the whole policy: the check passes, apply completes, a refresh plans nothing' '
	deployer whole.json &&
	as_deployer plan -check-permissions >out 2>err &&
	test_contains out "Permissions check: the caller may make every call this plan needs of provider aws" &&
	as_deployer apply -auto-approve >apply.out 2>apply.err &&
	test_contains apply.out "Apply complete!" &&
	as_deployer plan -detailed-exitcode >plan.out 2>plan.err &&
	test_contains plan.out "No changes."
'

# A stack of one artifact, into the bucket above (made by another stack):
# the bucket's own objects (perm-data/*) do not cover its key there.
mkdir scripts_only
write_stack scripts_only/stack.yaml
cat >>scripts_only/stack.yaml <<YAML
resources:
  clean:
    type: aws.s3.artifact
    bucket: perm-data
    prefix: glue/script/
    source: $PWD/scripts_only/clean.py
YAML
echo 'print("clean")' >scripts_only/clean.py

test_expect_success 'the artifact'"'"'s object by its key with the hash a wildcard: an edited script deploys with the same policy' '
	terrace policy -stack scripts_only >scripts.json 2>scripts.err &&
	has_action scripts.json s3:PutObject "arn:aws:s3:::perm-data/glue/script/clean-*.py" &&
	has_action scripts.json s3:DeleteObject "arn:aws:s3:::perm-data/glue/script/clean-*.py" &&
	deployer scripts.json &&
	as_deployer apply -stack scripts_only -auto-approve >out 2>err &&
	test_contains out "Apply complete!" &&
	echo "print(\"clean, edited\")" >scripts_only/clean.py &&
	as_deployer apply -stack scripts_only -auto-approve >out 2>err &&
	test_contains out "Apply complete! Resources: 1 added, 0 changed, 1 destroyed." &&
	as_deployer destroy -stack scripts_only -auto-approve >out 2>err &&
	test_contains out "Destroy complete! Resources: 1 destroyed."
'

test_expect_success 'terrace policy > file after an apply: the document alone on stdout, progress on stderr' '
	terrace policy >again.json 2>again.err &&
	test_contains again.err "script: Refreshing state..." &&
	test_equal "{" "$(head -c 1 again.json)" &&
	python3 -c "import json; json.load(open(\"again.json\"))"
'

test_expect_success 'without glue:GetJob: the refresh check names it; the plan fails reading the job' '
	deployer whole.json glue:GetJob &&
	test_expect_code 1 as_deployer plan -check-permissions >out 2>err &&
	test_line err "Error: job: glue:GetJob on arn:aws:glue:us-east-1:$ACCOUNT:job/perm-job is denied (implicitDeny)" &&
	test_equal 1 "$(grep -c "is denied" err)" &&
	test_expect_code 1 as_deployer plan >plan.out 2>plan.err &&
	test_contains plan.err "Error: refresh failed: job: glue GetJob: HTTP 403 AccessDenied"
'

test_expect_success 'plan -destroy -policy: delete and read, no create' '
	terrace plan -destroy -policy >destroy.out 2>destroy.err &&
	sed -n "/^{/,/^}/p" destroy.out >destroy.json &&
	has_action destroy.json s3:DeleteBucket arn:aws:s3:::perm-data &&
	has_action destroy.json glue:DeleteJob arn:aws:glue:us-east-1:$ACCOUNT:job/perm-job &&
	lacks_action destroy.json s3:CreateBucket &&
	lacks_action destroy.json glue:CreateJob &&
	lacks_action destroy.json iam:PassRole
'

test_expect_success 'without logs:DeleteLogGroup: the destroy check names it; destroy fails at the log group' '
	deployer destroy.json logs:DeleteLogGroup &&
	test_expect_code 1 as_deployer plan -destroy -check-permissions >out 2>err &&
	test_line err "Error: logs: logs:DeleteLogGroup on arn:aws:logs:us-east-1:$ACCOUNT:log-group:/perm/jobs, arn:aws:logs:us-east-1:$ACCOUNT:log-group:/perm/jobs:* is denied (implicitDeny)" &&
	test_equal 1 "$(grep -c "is denied" err)" &&
	test_expect_code 1 as_deployer destroy -auto-approve >d.out 2>d.err &&
	test_contains d.err "Error: logs: logs DeleteLogGroup: HTTP 403 AccessDenied" &&
	test_equal 1 "$(grep -c "^Error:" d.err)"
'

test_expect_success 'with the destroy plan'"'"'s policy alone: destroy completes' '
	deployer destroy.json &&
	as_deployer plan -destroy -check-permissions >out 2>err &&
	test_contains out "Permissions check: the caller may make every call this plan needs of provider aws" &&
	as_deployer destroy -auto-approve >d.out 2>d.err &&
	test_contains d.out "Destroy complete!" &&
	test_equal "{}" "$(python3 -c "import json; print(json.dumps(json.load(open(\"terrace.state.json\"))[\"resources\"]))")"
'

test_done
