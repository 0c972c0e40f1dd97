#!/usr/bin/env bash
# t1210-policy-deploy-role: `terrace policy` is the whole policy of a CI/CD
# deploy role (issue 68 point 3), against moto with request authentication
# on: a stack (a bucket, a role, a script artifact, a Glue job passed the
# role) in the S3 backend with two workspaces, dev and prod. `terrace policy
# -workspace dev -workspace prod` (and -all-workspaces, the same document;
# -env, repeated, for environments)
# holds the backend's statements (the state, its lock, journal and history
# keys of each workspace; s3:ListBucket with their prefixes as s3:prefix),
# both workspaces' ARNs, and iam:PassRole only to glue.amazonaws.com. A user
# ("deployer") whose only policy is that document plans, applies and
# destroys both workspaces; the same document without the backend's
# statements fails at the first call on the state bucket (its listing of the
# workspaces: HTTP 403), and with
# iam:PassRole passed to another service the job's create is refused.
# moto evaluates iam:PassedToService in the PassRole check its patch adds
# (tests/servers/moto_patches/iam_simulate_principal_policy.py), and no
# StringLike condition (s3:prefix) at all.
. "$(dirname "$0")/../lib.sh"
. "$TEST_DIR/permissions.sh"

start_moto_auth || test_fail_setup "moto with authentication did not start"
use_server moto_auth
ACCOUNT=123456789012
export TERRACE_BACKEND_ENDPOINT=$TEST_ENDPOINT TERRACE_BACKEND_ACCESS_KEY=$TEST_ACCESS_KEY \
	TERRACE_BACKEND_SECRET_KEY=$TEST_SECRET_KEY
STATE_BUCKET=t1210-tfstate
STACK=t1210-policy-deploy-role

write_stack stack.yaml
cat >>stack.yaml <<YAML
backend:
  type: s3
  bucket: $STATE_BUCKET
  region: us-east-1
  path_style: true
resources:
  lake:
    type: aws.s3.bucket
    name: t1210-data-\${terrace.workspace}
    force_destroy: true
  glue_role:
    type: aws.iam.role
    name: t1210-glue-\${terrace.workspace}
    assume_role_policy:
      Version: "2012-10-17"
      Statement:
        - Effect: Allow
          Principal: {Service: glue.amazonaws.com}
          Action: sts:AssumeRole
  script:
    type: aws.s3.artifact
    bucket: \${lake.name}
    prefix: scripts/
    source: job.py
  job:
    type: aws.glue.job
    name: t1210-job-\${terrace.workspace}
    role: \${glue_role.arn}
    command:
      script_location: \${script.uri}
YAML
echo 'print("job")' >job.py

# as_deploy_role ARGS...: terrace with the deployer's key, for the stack
# and for the backend alike.
as_deploy_role () {
	local key
	key=$(cat deployer.key) &&
	TERRACE_BACKEND_ACCESS_KEY=${key% *} TERRACE_BACKEND_SECRET_KEY=${key#* } as_deployer "$@"
}

# without_backend IN OUT: the policy less the statements on the state bucket.
without_backend () {
	python3 - "$1" "$2" "$STATE_BUCKET" <<-'EOF'
	import json, sys
	src, out, bucket = sys.argv[1:]
	doc = json.load(open(src))
	def ours(st):
	    res = st["Resource"] if isinstance(st["Resource"], list) else [st["Resource"]]
	    return any(":::" + bucket in r for r in res)
	doc["Statement"] = [st for st in doc["Statement"] if not ours(st)]
	json.dump(doc, open(out, "w"))
	EOF
}

# pass_role_condition POLICY: the condition of its iam:PassRole statement.
pass_role_condition () {
	json_get "$1" '[st.get("Condition") for st in d["Statement"] if "iam:PassRole" in ([st["Action"]] if isinstance(st["Action"], str) else st["Action"])]'
}

test_expect_success 'setup: the state bucket and the workspaces dev and prod' '
	s3 s3api create-bucket --bucket $STATE_BUCKET >/dev/null &&
	terrace workspace new dev >out 2>err &&
	terrace workspace new prod >out 2>err &&
	terrace workspace select default >out 2>err
'

test_expect_success 'terrace policy -workspace dev -workspace prod: both workspaces, their states, PassRole to Glue' '
	terrace policy -workspace dev -workspace prod >whole.json 2>policy.err &&
	for ws in dev prod; do
		key=$STACK/env:/$ws/terrace.state.json &&
		has_action whole.json s3:GetObject arn:aws:s3:::$STATE_BUCKET/$key &&
		has_action whole.json s3:PutObject arn:aws:s3:::$STATE_BUCKET/$key &&
		has_action whole.json s3:PutObject arn:aws:s3:::$STATE_BUCKET/$key.lock &&
		has_action whole.json s3:DeleteObject arn:aws:s3:::$STATE_BUCKET/$key.lock &&
		has_action whole.json s3:GetObject arn:aws:s3:::$STATE_BUCKET/$key.journal/* &&
		has_action whole.json s3:PutObject arn:aws:s3:::$STATE_BUCKET/$key.history/* &&
		has_action whole.json s3:CreateBucket arn:aws:s3:::t1210-data-$ws &&
		has_action whole.json glue:CreateJob arn:aws:glue:us-east-1:$ACCOUNT:job/t1210-job-$ws &&
		has_action whole.json iam:PassRole arn:aws:iam::$ACCOUNT:role/t1210-glue-$ws || return 1
	done &&
	has_action whole.json s3:ListBucket arn:aws:s3:::$STATE_BUCKET &&
	test_equal "[{\"StringEquals\": {\"iam:PassedToService\": \"glue.amazonaws.com\"}}]" \
		"$(pass_role_condition whole.json)" &&
	json_get whole.json "[st[\"Condition\"] for st in d[\"Statement\"] if st[\"Resource\"] == \"arn:aws:s3:::$STATE_BUCKET\"]" >cond &&
	test_equal "[{\"StringLike\": {\"s3:prefix\": [\"$STACK/env:/*\", \"$STACK/env:/dev/terrace.state.json.journal/*\", \"$STACK/env:/prod/terrace.state.json.journal/*\"]}}]" "$(cat cond)" &&
	! grep -q "t1210-data-default" whole.json
'

test_expect_success 'terrace policy -all-workspaces: the same document (default is empty: left out)' '
	terrace policy -all-workspaces >all.json 2>all.err &&
	test_cmp whole.json all.json
'

test_expect_success 'terrace policy: -workspace with -all-workspaces, and an invalid name, refused' '
	test_expect_code 1 terrace policy -workspace dev -all-workspaces >out 2>err &&
	test_line err "Error: -workspace and -all-workspaces: give one of them" &&
	test_expect_code 1 terrace policy -workspace "no/such" >out 2>err &&
	test_contains err "no/such" &&
	test_expect_code 1 terrace policy -workspace staging >out 2>err &&
	test_contains err "workspace \"staging\" does not exist"
'

test_expect_success 'without the backend statements the deploy role fails at the state (HTTP 403)' '
	without_backend whole.json nobackend.json &&
	NO_SIMULATE=1 deployer nobackend.json &&
	TERRACE_WORKSPACE=dev test_expect_code 1 as_deploy_role plan >out 2>err &&
	test_contains err "s3://$STATE_BUCKET/$STACK/env:/" &&
	test_contains err "HTTP 403 AccessDenied"
'

test_expect_success 'with iam:PassRole passed to Lambda only, the check and the apply refuse the Glue job' '
	sed "s/glue\.amazonaws\.com/lambda.amazonaws.com/" whole.json >lambda.json &&
	test_equal "[{\"StringEquals\": {\"iam:PassedToService\": \"lambda.amazonaws.com\"}}]" \
		"$(pass_role_condition lambda.json)" &&
	deployer lambda.json &&
	TERRACE_WORKSPACE=dev test_expect_code 1 as_deploy_role plan -check-permissions >out 2>err &&
	test_line err "Error: job: iam:PassRole on arn:aws:iam::$ACCOUNT:role/t1210-glue-dev is denied (implicitDeny)" &&
	test_equal 1 "$(grep -c "is denied" err)" &&
	TERRACE_WORKSPACE=dev test_expect_code 1 as_deploy_role apply -auto-approve >out 2>err &&
	test_contains err "Error: job: " &&
	test_contains err "is not authorized to perform: iam:PassRole" &&
	TERRACE_WORKSPACE=dev terrace destroy -auto-approve >out 2>err &&
	test_contains out "Destroy complete!"
'

test_expect_success 'with exactly the policy, the deploy role plans, applies and destroys dev and prod' '
	deployer whole.json &&
	for ws in dev prod; do
		TERRACE_WORKSPACE=$ws as_deploy_role plan -check-permissions >plan.out 2>plan.err &&
		test_contains plan.out "Permissions check: the caller may make every call this plan needs of provider aws" &&
		test_contains plan.out "Plan: 4 to add, 0 to change, 0 to destroy." &&
		TERRACE_WORKSPACE=$ws as_deploy_role apply -auto-approve >apply.out 2>apply.err &&
		test_contains apply.out "Apply complete! Resources: 4 added, 0 changed, 0 destroyed." &&
		bucket_exists t1210-data-$ws || return 1
	done &&
	for ws in dev prod; do
		TERRACE_WORKSPACE=$ws test_expect_code 0 as_deploy_role plan -detailed-exitcode >plan.out 2>plan.err &&
		test_line plan.out "No changes. Your infrastructure matches the configuration." &&
		TERRACE_WORKSPACE=$ws as_deploy_role destroy -auto-approve >d.out 2>d.err &&
		test_contains d.out "Destroy complete! Resources: 4 destroyed." &&
		! bucket_exists t1210-data-$ws || return 1
	done
'

test_expect_success 'terrace policy -env staging -env live: both environments'"'"' states and names' '
	cat >>stack.yaml <<-YAML &&
	environments:
	  staging: {mode: production}
	  live: {mode: production}
	YAML
	terrace policy -env staging -env live >envs.json 2>envs.err &&
	for e in staging live; do
		key=$STACK/env:/env.$e/terrace.state.json &&
		has_action envs.json s3:PutObject arn:aws:s3:::$STATE_BUCKET/$key &&
		has_action envs.json s3:CreateBucket arn:aws:s3:::t1210-data-env.$e || return 1
	done &&
	! grep -q "env:/dev/" envs.json &&
	test_expect_code 1 terrace policy -env live -workspace dev >out 2>err &&
	test_line err "Error: -workspace and -all-workspaces name workspaces, -env (or TERRACE_ENV) environments: give one of them"
'

test_done
