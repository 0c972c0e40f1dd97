#!/usr/bin/env bash
# t1430-permissions-least-policy: `terrace policy` grants no more than the lifecycle
# needs (issue 77 point 4), against moto with request authentication on.
# A stack of a bucket that holds nothing ("plain"), a bucket whose objects
# the stack manages (a folder marker, force_destroy, an aws.s3.object and a
# script artifact), two IAM roles, a Glue job passed one of them and a log
# group: the policy made before the stack exists has
# S3 object actions on the data bucket's objects only, no account-wide IAM
# read (-with-iam-listing asks for it), no kms: action (the stack uses no
# key), and with -with-check iam:SimulatePrincipalPolicy on the deploy
# principal (-principal ARN, else the caller's own). A user ("deployer")
# holding exactly that policy runs the CI loop: plan -check-permissions
# -out, apply of the file, an update (plan and apply again), a refresh that
# plans nothing, destroy. Then each statement is dropped in turn and the
# loop is refused somewhere: by the check (simulated: no plan file, no
# "terrace apply" line, exit 1), or by moto's enforcement at the apply
# (which checks every action, and the resource for S3 and IAM roles only);
# the same loop without the check is refused by enforcement alone for
# every statement but two: SimulatePrincipalPolicy's (only the check sends
# it) and the multipart clean-up's (s3:AbortMultipartUpload and
# s3:ListBucketMultipartUploads, sent only for an upload over 16 MiB that
# fails or is repeated: kept so that a file that grows past it still
# uploads, which the loop's small files cannot show).
. "$(dirname "$0")/../lib.sh"
. "$TEST_DIR/permissions.sh"

start_moto_auth || test_fail_setup "moto with authentication did not start"
use_server moto_auth
ACCOUNT=123456789012
DEPLOYER=arn:aws:iam::$ACCOUNT:user/deployer
export CI=true

write_stack v1.stack
cat >>v1.stack <<'YAML'
resources:
  plain:
    type: aws.s3.bucket
    name: t1430-plain
  lake:
    type: aws.s3.bucket
    name: t1430-data
    folders: [incoming/]
    force_destroy: true
  readme:
    type: aws.s3.object
    bucket: ${lake.name}
    key: docs/readme.txt
    content: "first"
  runner:
    type: aws.iam.role
    name: t1430-runner
    assume_role_policy:
      Version: "2012-10-17"
      Statement:
        - Effect: Allow
          Principal: {Service: glue.amazonaws.com}
          Action: sts:AssumeRole
  loader:
    type: aws.iam.role
    name: t1430-loader
    assume_role_policy:
      Version: "2012-10-17"
      Statement:
        - Effect: Allow
          Principal: {Service: lambda.amazonaws.com}
          Action: sts:AssumeRole
  script:
    type: aws.s3.artifact
    bucket: ${lake.name}
    prefix: scripts/
    source: job.py
  job:
    type: aws.glue.job
    name: t1430-job
    role: ${runner.arn}
    command:
      script_location: ${script.uri}
  logs:
    type: aws.logs.log_group
    name: /t1430/jobs
    retention_in_days: 7
YAML
echo 'print("job")' >job.py
sed -e 's/content: "first"/content: "second"/' -e 's/retention_in_days: 7/retention_in_days: 14/' \
	v1.stack >v2.stack
cp v1.stack stack.yaml

# resources_left: the resources the state still holds (JSON).
resources_left () {
	json_get terrace.state.json 'd["resources"]'
}

# statements POLICY: how many statements POLICY has.
statements () {
	python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["Statement"]))' "$1"
}

# without_statement POLICY N OUT: POLICY less its statement N (from 0) in OUT.
without_statement () {
	python3 - "$@" <<-'PY'
	import json, sys
	path, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
	doc = json.load(open(path))
	del doc["Statement"][n]
	json.dump(doc, open(out, "w"), indent=1)
	PY
}

# statement_of POLICY ACTION: the index of POLICY's statement that allows
# ACTION and nothing else but the actions named after it.
statement_of () {
	python3 - "$@" <<-'PY'
	import json, sys
	path, actions = sys.argv[1], sys.argv[2:]
	for i, st in enumerate(json.load(open(path))["Statement"]):
	    acts = [st["Action"]] if isinstance(st["Action"], str) else st["Action"]
	    if sorted(acts) == sorted(actions):
	        print(i)
	PY
}

# lifecycle CHECK: as the deployer, the CI loop from nothing to nothing
# (CHECK "check": each plan with -check-permissions). 0 when it all passes;
# else 1, with the step refused in refused.step and its output in
# refused.out.
lifecycle () {
	local check= v step
	test "$1" = check && check=-check-permissions
	rm -f refused.step refused.out p
	for v in v1 v2; do
		cp $v.stack stack.yaml
		step="$v plan"
		as_deployer plan $check -out p >step.out 2>&1 || break
		step="$v apply"
		as_deployer apply p >step.out 2>&1 || break
		rm -f p
		step=
	done
	if test -z "$step"; then
		step="refresh"
		as_deployer plan -detailed-exitcode >step.out 2>&1 && step=
	fi
	if test -z "$step"; then
		step="destroy"
		as_deployer destroy -auto-approve >step.out 2>&1 && step=
	fi
	test -z "$step" && return 0
	echo "$step" >refused.step
	cp step.out refused.out
	return 1
}

# cleaned: what a refused loop left, destroyed with the test user's key.
cleaned () {
	cp v2.stack stack.yaml &&
	terrace destroy -auto-approve >clean.out 2>&1 &&
	test_contains clean.out "Destroy complete!" &&
	test_equal "{}" "$(resources_left)"
}

test_expect_success 'the policy made before the stack exists' '
	terrace policy >whole-without-check.json 2>policy.err &&
	terrace policy -with-check -principal $DEPLOYER >whole.json 2>policy.err &&
	has_action whole.json s3:CreateBucket arn:aws:s3:::t1430-plain &&
	has_action whole.json s3:PutObject arn:aws:s3:::t1430-data/* &&
	has_action whole.json s3:DeleteObjectVersion arn:aws:s3:::t1430-data/* &&
	has_action whole.json s3:PutObjectTagging arn:aws:s3:::t1430-data/docs/readme.txt &&
	has_action whole.json iam:SimulatePrincipalPolicy $DEPLOYER &&
	lacks_action whole.json iam:GetAccountAuthorizationDetails &&
	lacks_action whole.json iam:ListRoles &&
	python3 - whole.json <<-PY
	import json, sys
	for st in json.load(open(sys.argv[1]))["Statement"]:
	    acts = [st["Action"]] if isinstance(st["Action"], str) else st["Action"]
	    res = [st["Resource"]] if isinstance(st["Resource"], str) else st["Resource"]
	    if any(a.startswith("kms:") for a in acts):
	        sys.exit("a kms: action: %s" % st)
	    objects = [a for a in acts if "Object" in a]
	    if objects and any("t1430-plain" in r for r in res):
	        sys.exit("object actions on the plain bucket: %s" % st)
	PY
'

test_expect_success 'exactly that policy runs the CI loop (plan, apply, update, refresh, destroy)' '
	NO_SIMULATE=1 deployer whole.json &&
	lifecycle check &&
	test_equal "{}" "$(resources_left)"
'

test_expect_success 'the IAM listing is left out: a refresh of the roles falls back to reading each' '
	cp v1.stack stack.yaml &&
	as_deployer apply -auto-approve >apply.out 2>apply.err &&
	test_contains apply.out "Apply complete!" &&
	TERRACE_LOG=debug as_deployer plan -detailed-exitcode >plan.out 2>plan.err &&
	test_line plan.out "No changes. Your infrastructure matches the configuration." &&
	test_contains plan.err "refresh by listing: aws.iam.role: " &&
	test_contains plan.err "is not authorized to perform: iam:ListRoles" &&
	test_contains plan.err "refresh by listing: aws.iam.role (aws): 0 of 2 from the listing"
'

test_expect_success '-with-iam-listing asks for the listing: the roles come from it' '
	terrace policy -with-check -principal $DEPLOYER -with-iam-listing >listing.json 2>policy.err &&
	has_action listing.json iam:GetAccountAuthorizationDetails "*" &&
	has_action listing.json iam:ListRoles "*" &&
	NO_SIMULATE=1 deployer listing.json &&
	TERRACE_LOG=debug as_deployer plan -detailed-exitcode >plan.out 2>plan.err &&
	test_line plan.out "No changes. Your infrastructure matches the configuration." &&
	test_contains plan.err "refresh by listing: aws.iam.role (aws): 2 of 2 from the listing" &&
	NO_SIMULATE=1 deployer whole.json &&
	as_deployer destroy -auto-approve >destroy.out 2>destroy.err &&
	test_contains destroy.out "Destroy complete!"
'

test_expect_success '-with-check without -principal: on the caller'"'"'s own ARN, refused when it is not known; -principal alone is refused' '
	terrace policy -with-check >own.json 2>own.err &&
	has_action own.json iam:SimulatePrincipalPolicy arn:aws:iam::$ACCOUNT:user/terrace-test &&
	lacks_action whole-without-check.json iam:SimulatePrincipalPolicy &&
	test_expect_code 1 terrace policy -principal $DEPLOYER >out 2>err &&
	test_line err "Error: -principal is an option of -with-check: add it" &&
	mkdir -p late &&
	write_stack late/stack.yaml &&
	cat >>late/stack.yaml <<-YAML &&
	  later:
	    type: aws
	    region: \${plain.region}
	    endpoint: "\${var.endpoint}"
	    path_style: true
	    access_key: "\${var.access_key}"
	    secret_key: "\${var.secret_key}"
	resources:
	  plain:
	    type: aws.s3.bucket
	    name: t1430-plain
	  late:
	    type: aws.s3.bucket
	    provider: later
	    name: t1430-late
	YAML
	test_expect_code 1 terrace policy -stack late -with-check >out 2>err &&
	test_line err "Error: -with-check: the caller of provider later is not known (it is configured from what the apply makes): name the deploy principal with -principal ARN" &&
	test_empty out &&
	terrace policy -stack late -with-check -principal $DEPLOYER >late.json 2>late.err &&
	has_action late.json iam:SimulatePrincipalPolicy $DEPLOYER
'

# backend_stack DIR BUCKET: a stack of one plain bucket in DIR whose state
# is in the S3 backend's BUCKET.
backend_stack () {
	mkdir -p "$1" &&
	write_stack "$1/stack.yaml" &&
	cat >>"$1/stack.yaml" <<-YAML
	backend:
	  type: s3
	  bucket: $2
	  region: us-east-1
	  path_style: true
	resources:
	  plain:
	    type: aws.s3.bucket
	    name: t1430-plain
	YAML
}

test_expect_success 'the state bucket'"'"'s default KMS key: kms:GenerateDataKey and Decrypt on it; none without one' '
	servers_py - "$MOTO_AUTH_ENDPOINT" "$MOTO_AUTH_ACCESS_KEY" "$MOTO_AUTH_SECRET_KEY" >key.arn <<-PY &&
	import sys
	import botocore.session
	endpoint, access, secret = sys.argv[1:]
	session = botocore.session.get_session()
	def client(service):
	    return session.create_client(service, region_name="us-east-1", endpoint_url=endpoint,
	                                 aws_access_key_id=access, aws_secret_access_key=secret)
	arn = client("kms").create_key()["KeyMetadata"]["Arn"]
	s3 = client("s3")
	for bucket in ("t1430-state-kms", "t1430-state-plain"):
	    s3.create_bucket(Bucket=bucket)
	s3.put_bucket_encryption(Bucket="t1430-state-kms", ServerSideEncryptionConfiguration={
	    "Rules": [{"ApplyServerSideEncryptionByDefault": {
	        "SSEAlgorithm": "aws:kms", "KMSMasterKeyID": arn}}]})
	print(arn)
	PY
	backend_stack kms t1430-state-kms &&
	backend_stack plain t1430-state-plain &&
	(
		export TERRACE_BACKEND_ENDPOINT=$TEST_ENDPOINT TERRACE_BACKEND_ACCESS_KEY=$TEST_ACCESS_KEY \
			TERRACE_BACKEND_SECRET_KEY=$TEST_SECRET_KEY &&
		terrace policy -stack kms >kms.json 2>kms.err &&
		terrace policy -stack plain >plain.json 2>plain.err
	) &&
	has_action kms.json kms:GenerateDataKey "$(cat key.arn)" &&
	has_action kms.json kms:Decrypt "$(cat key.arn)" &&
	has_action kms.json s3:PutObject arn:aws:s3:::t1430-state-kms/t1430-permissions-least-policy/terrace.state.json &&
	has_action plain.json s3:PutObject arn:aws:s3:::t1430-state-plain/t1430-permissions-least-policy/terrace.state.json &&
	lacks_action plain.json kms:Decrypt &&
	lacks_action plain.json kms:GenerateDataKey
'

test_expect_success 'without any one statement the loop is refused; a failed check writes no plan file' '
	n=$(statements whole.json) && i=0 && : >refusals &&
	while test $i -lt $n; do
		without_statement whole.json $i less.json &&
		NO_SIMULATE=1 deployer less.json || return 1
		test_expect_code 1 lifecycle check || return 1
		case "$(cat refused.step)" in
		*plan)
			grep -q "is denied (implicitDeny)\|is not authorized to perform\|Permissions check could not be made" refused.out &&
			test_not_contains refused.out "terrace apply" &&
			! test -e p || return 1 ;;
		*)
			grep -q "is not authorized to perform\|AccessDenied" refused.out || return 1 ;;
		esac
		echo "$i $(cat refused.step)" >>refusals
		cleaned || return 1
		i=$((i + 1))
	done &&
	test_equal "$n" "$(grep -c " v1 plan$" refusals)"
'

test_expect_success 'without the check, moto refuses the loop without any statement but SimulatePrincipalPolicy'"'"'s and the multipart clean-up'"'"'s' '
	n=$(statements whole.json) && i=0 && : >enforced &&
	while test $i -lt $n; do
		without_statement whole.json $i less.json &&
		NO_SIMULATE=1 deployer less.json || return 1
		if lifecycle; then
			echo "$i passed" >>enforced
		else
			grep -q "is not authorized to perform\|AccessDenied" refused.out || return 1
			echo "$i $(cat refused.step)" >>enforced
		fi
		cleaned || return 1
		i=$((i + 1))
	done &&
	sim=$(statement_of whole.json iam:SimulatePrincipalPolicy) &&
	multipart=$(statement_of whole.json s3:AbortMultipartUpload s3:ListBucketMultipartUploads) &&
	test -n "$sim" && test -n "$multipart" &&
	test_equal "$(printf "%s passed\n" $sim $multipart | sort -n)" "$(grep passed enforced | sort -n)" &&
	test_equal $((n - 2)) "$(grep -vc passed enforced)"
'

test_done
