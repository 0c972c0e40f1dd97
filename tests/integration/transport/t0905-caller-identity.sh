#!/usr/bin/env bash
# t0905-caller-identity: plan checks, before it reads anything, that each aws
# provider configuration's credentials work (one STS GetCallerIdentity),
# against moto with request authentication on. Wrong keys from the stack's
# variables, the environment or a profile, an expired session token
# (tests/servers/moto_patches/sts_expired_credentials.py) and a role that
# cannot be assumed fail the command with that one request sent, naming where
# the credentials came from; good keys send it once per configuration.
# A region no AWS partition has (provider/aws/transport/regions.def, from
# botocore's endpoints.json) fails at validate at its file:line:col when the
# stack writes it, and at plan naming AWS_REGION or the profile when it comes
# from there; skip_region_validation lets a newer one through, and a stack
# with an endpoint of its own (moto) takes any region.
. "$(dirname "$0")/../lib.sh"

start_moto_auth || test_fail_setup "moto with authentication did not start"
use_server moto_auth

# The requests a command sent, from its debug log (stderr): "SERVICE
# OPERATION ...: HTTP STATUS in N ms (attempt N)", one line per request.
requests_sent () {
	sed -n 's/.*\] \([a-z0-9]*\) \([A-Za-z0-9]*\) .*: HTTP [0-9]* in [0-9]* ms (attempt [0-9]*)$/\1 \2/p' "$1"
}

write_stack stack.yaml
cat >>stack.yaml <<'YAML'
resources:
  bucket:
    type: aws.s3.bucket
    name: identity-bucket
    force_destroy: true
YAML

test_expect_success 'good keys: apply, with GetCallerIdentity sent first and once' '
	TERRACE_LOG=debug terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	requests_sent err >sent &&
	test_equal "sts GetCallerIdentity" "$(head -n 1 sent)" &&
	test_equal 1 "$(grep -c "^sts GetCallerIdentity$" sent)"
'

test_expect_success 'a wrong secret key from the stack fails the plan with only the STS call sent' '
	TERRACE_LOG=debug TERRACE_VAR_secret_key=wrong-secret-key-5d1e terrace plan >out 2>err
	test $? = 1 &&
	test_contains err "provider \"aws\": the AWS credentials from provider attributes do not work: sts GetCallerIdentity" &&
	test_contains err SignatureDoesNotMatch &&
	requests_sent err >sent &&
	echo "sts GetCallerIdentity" >expect &&
	test_cmp expect sent &&
	test_not_contains err wrong-secret-key-5d1e &&
	test_not_contains out wrong-secret-key-5d1e
'

# The same bucket through the credential chain: only the endpoint in the stack.
mkdir chain &&
cat >chain/stack.yaml <<YAML
stack: $TEST_NAME-chain
providers:
  aws:
    region: us-east-1
    endpoint: "$MOTO_AUTH_ENDPOINT"
    path_style: true
resources:
  bucket:
    type: aws.s3.bucket
    name: identity-chain-bucket
    force_destroy: true
YAML

test_expect_success 'a wrong secret key in the environment: the plan names the environment' '
	(cd chain && AWS_ACCESS_KEY_ID=$MOTO_AUTH_ACCESS_KEY AWS_SECRET_ACCESS_KEY=wrong \
		TERRACE_LOG=debug terrace plan >../out 2>../err)
	test $? = 1 &&
	test_contains err "the AWS credentials from environment do not work: sts GetCallerIdentity" &&
	requests_sent err >sent &&
	test_cmp expect sent
'

cat >credentials <<INI
[stale]
aws_access_key_id = $MOTO_AUTH_ACCESS_KEY
aws_secret_access_key = not-the-secret
INI

test_expect_success 'a wrong secret key in a profile: the plan names the profile and its file' '
	(cd chain && AWS_SHARED_CREDENTIALS_FILE=$TRASH/credentials AWS_PROFILE=stale \
		TERRACE_LOG=debug terrace plan >../out 2>../err)
	test $? = 1 &&
	test_contains err "the AWS credentials from profile \"stale\" in $TRASH/credentials do not work: sts GetCallerIdentity" &&
	requests_sent err >sent &&
	test_cmp expect sent
'

# A role, assumed for one second with the test user's keys (DurationSeconds
# below AWS's 900 is what makes the session expire while the test waits:
# moto takes it, and the request is the test's, not terrace's).
servers_py - "$MOTO_AUTH_ENDPOINT" "$MOTO_AUTH_ACCESS_KEY" "$MOTO_AUTH_SECRET_KEY" \
	>session <<'PY' || test_fail_setup "could not assume the test role"
import json, sys
import botocore.session
from botocore.config import Config
s = botocore.session.get_session()
kw = dict(region_name="us-east-1", endpoint_url=sys.argv[1], aws_access_key_id=sys.argv[2],
          aws_secret_access_key=sys.argv[3], config=Config(parameter_validation=False))
iam = s.create_client("iam", **kw)
iam.create_role(RoleName="short-lived", AssumeRolePolicyDocument=json.dumps(
    {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole",
     "Principal": {"AWS": "*"}}]}))
c = s.create_client("sts", **kw).assume_role(
    RoleArn="arn:aws:iam::123456789012:role/short-lived", RoleSessionName="t0905",
    DurationSeconds=1)["Credentials"]
print(c["AccessKeyId"], c["SecretAccessKey"], c["SessionToken"])
PY
read -r session_key session_secret session_token <session

test_expect_success 'an expired session token fails the plan naming its source' '
	sleep 2 &&
	(cd chain && AWS_ACCESS_KEY_ID=$session_key AWS_SECRET_ACCESS_KEY=$session_secret \
		AWS_SESSION_TOKEN=$session_token TERRACE_LOG=debug terrace plan >../out 2>../err)
	test $? = 1 &&
	test_contains err "the AWS credentials from environment do not work: sts GetCallerIdentity" &&
	test_contains err ExpiredToken &&
	requests_sent err >sent &&
	test_cmp expect sent
'

# A user that may not assume roles: its AssumeRole is refused.
servers_py - "$MOTO_AUTH_ENDPOINT" "$MOTO_AUTH_ACCESS_KEY" "$MOTO_AUTH_SECRET_KEY" \
	>denied-keys <<'PY' || test_fail_setup "could not make the denied user"
import json, sys
import botocore.session
s = botocore.session.get_session()
iam = s.create_client("iam", region_name="us-east-1", endpoint_url=sys.argv[1],
                      aws_access_key_id=sys.argv[2], aws_secret_access_key=sys.argv[3])
iam.create_user(UserName="no-roles")
iam.put_user_policy(UserName="no-roles", PolicyName="no-assume", PolicyDocument=json.dumps(
    {"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": "*", "Resource": "*"},
        {"Effect": "Deny", "Action": "sts:AssumeRole", "Resource": "*"}]}))
k = iam.create_access_key(UserName="no-roles")["AccessKey"]
print(k["AccessKeyId"], k["SecretAccessKey"])
PY
read -r denied_key denied_secret <denied-keys

cat >>credentials <<INI
[no-roles]
aws_access_key_id = $denied_key
aws_secret_access_key = $denied_secret
INI
cat >config <<INI
[profile deployer]
role_arn = arn:aws:iam::123456789012:role/short-lived
source_profile = no-roles
INI

test_expect_success 'a role that cannot be assumed fails the plan naming the profile and the role' '
	(cd chain && AWS_SHARED_CREDENTIALS_FILE=$TRASH/credentials AWS_CONFIG_FILE=$TRASH/config \
		AWS_PROFILE=deployer TERRACE_LOG=debug terrace plan >../out 2>../err)
	test $? = 1 &&
	test_contains err "arn:aws:iam::123456789012:role/short-lived" &&
	test_contains err "deployer" &&
	test_contains err AccessDenied &&
	requests_sent err >sent &&
	echo "sts AssumeRole" >expect-assume &&
	test_cmp expect-assume sent
'

test_expect_success 'good keys from the chain: the plan goes on after one GetCallerIdentity' '
	(cd chain && AWS_ACCESS_KEY_ID=$MOTO_AUTH_ACCESS_KEY AWS_SECRET_ACCESS_KEY=$MOTO_AUTH_SECRET_KEY \
		TERRACE_LOG=debug terrace plan >../out 2>../err) &&
	test_contains out "Plan: 1 to add, 0 to change, 0 to destroy." &&
	requests_sent err >sent &&
	test_cmp expect sent
'

test_expect_success 'the aws.caller_identity lookup reads the answer the check got: one call' '
	mkdir -p lookup &&
	sed "s/^resources:/data:\n  me: { type: aws.caller_identity }\nresources:/" \
		stack.yaml >lookup/stack.yaml &&
	(cd lookup && TERRACE_LOG=debug terrace plan -out me.plan >../out 2>../err &&
		terrace show -json me.plan >../me.json) &&
	json_get me.json "next(r for r in d[\"prior_state\"][\"values\"][\"root_module\"][\"resources\"] if r[\"address\"] == \"data.me\")[\"values\"]" >me &&
	test_contains me "\"account_id\": \"123456789012\"" &&
	test_contains me "\"arn\": \"arn:aws:iam::123456789012:user/terrace-test\"" &&
	requests_sent err >sent &&
	test_equal 1 "$(grep -c "^sts GetCallerIdentity$" sent)"
'

test_expect_success 'destroy checks too, then destroys' '
	TERRACE_VAR_secret_key=wrong terrace destroy -auto-approve >out 2>err
	test $? = 1 &&
	test_contains err "do not work: sts GetCallerIdentity" &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 1 destroyed."
'

mkdir region
write_region_stack () {
	{
		echo "stack: $TEST_NAME-region"
		echo "providers:"
		echo "  aws:"
		printf '%s\n' "$@" | sed 's/^/    /'
		cat <<-YAML
		resources:
		  bucket:
		    type: aws.s3.bucket
		    name: identity-region-bucket
		YAML
	} >region/stack.yaml
}

test_expect_success 'a region no partition has fails at validate at its file:line:col' '
	write_region_stack "region: us-est-1" &&
	(cd region && terrace validate >../out 2>../err)
	test $? = 1 &&
	test_contains err "stack.yaml:4:5: error: provider \"aws\" (aws): unknown AWS region \"us-est-1\": no AWS partition has a region of that name" &&
	test_contains err "set skip_region_validation: true"
'

test_expect_success 'skip_region_validation lets a region newer than terrace through' '
	write_region_stack "region: us-east-9" "skip_region_validation: true" &&
	(cd region && terrace validate >../out 2>../err) &&
	test_contains out "Success! The stack is valid"
'

test_expect_success 'an endpoint of its own takes any region (moto, MinIO)' '
	write_region_stack "region: local" "endpoint: \"$MOTO_AUTH_ENDPOINT\"" "path_style: true" &&
	(cd region && AWS_ACCESS_KEY_ID=$MOTO_AUTH_ACCESS_KEY AWS_SECRET_ACCESS_KEY=$MOTO_AUTH_SECRET_KEY \
		terrace plan >../out 2>../err) &&
	test_contains out "Plan: 1 to add, 0 to change, 0 to destroy."
'

test_expect_success 'a region from AWS_REGION that no partition has fails the plan naming the environment' '
	write_region_stack "path_style: true" &&
	(cd region && AWS_REGION=eu-wast-1 AWS_ENDPOINT_URL_STS=$MOTO_AUTH_ENDPOINT \
		AWS_ACCESS_KEY_ID=$MOTO_AUTH_ACCESS_KEY AWS_SECRET_ACCESS_KEY=$MOTO_AUTH_SECRET_KEY \
		TERRACE_LOG=debug terrace plan >../out 2>../err)
	test $? = 1 &&
	test_contains err "provider \"aws\": the region from AWS_REGION in the environment: unknown AWS region \"eu-wast-1\"" &&
	requests_sent err >sent &&
	test_empty sent
'

test_expect_success 'a region from a profile that no partition has names the profile and its file' '
	printf "[profile mars]\nregion = mars-north-1\n" >region-config &&
	(cd region && AWS_CONFIG_FILE=$TRASH/region-config AWS_PROFILE=mars \
		AWS_ACCESS_KEY_ID=$MOTO_AUTH_ACCESS_KEY AWS_SECRET_ACCESS_KEY=$MOTO_AUTH_SECRET_KEY \
		terrace plan >../out 2>../err)
	test $? = 1 &&
	test_contains err "the region from profile \"mars\" in $TRASH/region-config: unknown AWS region \"mars-north-1\""
'

test_expect_success 'with skip_region_validation the plan takes the region from AWS_REGION' '
	write_region_stack "path_style: true" "skip_region_validation: true" &&
	(cd region && AWS_REGION=eu-wast-1 AWS_ENDPOINT_URL_STS=$MOTO_AUTH_ENDPOINT \
		AWS_ACCESS_KEY_ID=$MOTO_AUTH_ACCESS_KEY AWS_SECRET_ACCESS_KEY=$MOTO_AUTH_SECRET_KEY \
		TERRACE_LOG=debug terrace plan >../out 2>../err) &&
	test_contains out "Plan: 1 to add, 0 to change, 0 to destroy." &&
	requests_sent err >sent &&
	test_cmp expect sent
'

test_expect_success 'the S3 backend: a region no partition has fails naming its settings; skip_region_validation takes it' '
	moto_auth_aws s3api create-bucket --bucket identity-state >/dev/null &&
	mkdir -p backend &&
	sed "s/^resources:/backend:\n  type: s3\n  bucket: identity-state\n  region: us-east-9\n  path_style: true\nresources:/" \
		stack.yaml >backend/stack.yaml &&
	(cd backend && AWS_ENDPOINT_URL_S3=$MOTO_AUTH_ENDPOINT AWS_ACCESS_KEY_ID=$MOTO_AUTH_ACCESS_KEY \
		AWS_SECRET_ACCESS_KEY=$MOTO_AUTH_SECRET_KEY terrace plan >../out 2>../err)
	test $? = 1 &&
	test_contains err "backend s3: the region from its settings: unknown AWS region \"us-east-9\"" &&
	sed -i "s/^  path_style: true/  path_style: true\n  skip_region_validation: true/" backend/stack.yaml &&
	(cd backend && AWS_ENDPOINT_URL_S3=$MOTO_AUTH_ENDPOINT AWS_ACCESS_KEY_ID=$MOTO_AUTH_ACCESS_KEY \
		AWS_SECRET_ACCESS_KEY=$MOTO_AUTH_SECRET_KEY terrace plan >../out 2>../err) &&
	test_contains out "Plan: 1 to add, 0 to change, 0 to destroy."
'

test_done
