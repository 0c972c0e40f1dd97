#!/usr/bin/env bash
# t0900-credentials: the credential chain's sources beyond static keys,
# against moto with request authentication on (a wrong key fails):
# credential_process (JSON Version 1; its stderr shown on failure, never its
# stdout), container credentials (FULL_URI with the authorization token, from
# the variable or its file) and EC2 instance metadata (IMDSv2), both served
# by tests/servers/credential_server.py; and, when no source applies, an
# error that lists each source skipped and why.
. "$(dirname "$0")/../lib.sh"

start_moto_auth || test_fail_setup "moto with authentication did not start"

"$SERVERS_PYTHON" -u "$SERVERS_LIB_DIR/credential_server.py" "$MOTO_AUTH_ACCESS_KEY" \
	"$MOTO_AUTH_SECRET_KEY" "container-secret-token" >creds-server.out 2>creds-server.log &
CREDS_SERVER_PID=$!
servers_track "$CREDS_SERVER_PID"
wait_for_line creds-server.out "listening on" "$CREDS_SERVER_PID" ||
	test_fail_setup "credential_server.py did not start"
CREDS_URL=http://127.0.0.1:$(sed -n 's/^listening on //p' creds-server.out)

# A stack whose provider names the endpoint only: credentials come from the chain.
cat >stack.yaml <<YAML
stack: $TEST_NAME
providers:
  aws:
    region: us-east-1
    endpoint: "$MOTO_AUTH_ENDPOINT"
    path_style: true
resources:
  bucket:
    type: aws.s3.bucket
    name: chain-bucket
    force_destroy: true
YAML

# apply then destroy, both through the chain.
apply_and_destroy () {
	rm -f terrace.state.json &&
	terrace apply -auto-approve >out 2>err &&
	test_line out 'Apply complete! Resources: 1 added, 0 changed, 0 destroyed.' &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out 'Destroy complete! Resources: 1 destroyed.'
}

export AWS_CONFIG_FILE=$PWD/aws-config
cat >aws-config <<CONFIG
[profile proc]
credential_process = printf '{"Version": 1, "AccessKeyId": "%s", "SecretAccessKey": "%s", "Expiration": "2999-01-01T00:00:00Z"}' $MOTO_AUTH_ACCESS_KEY $MOTO_AUTH_SECRET_KEY
[profile wrongproc]
credential_process = printf '{"Version": 1, "AccessKeyId": "%s", "SecretAccessKey": "not-the-secret"}' $MOTO_AUTH_ACCESS_KEY
[profile failproc]
credential_process = sh -c 'echo "{\"SecretAccessKey\": \"printed-secret\"}"; echo "sso session expired" >&2; exit 2'
CONFIG

test_expect_success "credential_process: apply and destroy with its keys" '
	AWS_PROFILE=proc apply_and_destroy
'

test_expect_success "credential_process: a wrong secret is refused by the server" '
	rm -f terrace.state.json &&
	AWS_PROFILE=wrongproc test_expect_code 1 terrace apply -auto-approve >out 2>err &&
	grep -q "Signature" err &&
	! grep -q "not-the-secret" out err
'

test_expect_success "credential_process: failure shows its stderr and status, not its stdout" '
	AWS_PROFILE=failproc test_expect_code 1 terrace plan >out 2>err &&
	grep -qF "credential_process of profile \"failproc\" exited with status 2; its stderr: sso session expired" err &&
	! grep -q printed-secret out err
'

test_expect_success "container credentials: FULL_URI with AWS_CONTAINER_AUTHORIZATION_TOKEN" '
	AWS_CONTAINER_CREDENTIALS_FULL_URI=$CREDS_URL/container \
	AWS_CONTAINER_AUTHORIZATION_TOKEN=container-secret-token apply_and_destroy
'

test_expect_success "container credentials: the token from AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE" '
	echo container-secret-token >token-file &&
	AWS_CONTAINER_CREDENTIALS_FULL_URI=$CREDS_URL/container \
	AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE=$PWD/token-file apply_and_destroy
'

test_expect_success "container credentials: a wrong token is a clear error, not a fallback" '
	AWS_CONTAINER_CREDENTIALS_FULL_URI=$CREDS_URL/container \
	AWS_CONTAINER_AUTHORIZATION_TOKEN=wrong-token test_expect_code 1 terrace plan >out 2>err &&
	grep -qF "container credentials from $CREDS_URL/container: HTTP status 403: {\"message\":\"bad authorization token\",\"token\":\"(redacted)\"}" err &&
	! grep -q wrong-token out err
'

test_expect_success "EC2 instance metadata: IMDSv2 token, role name, then its credentials" '
	: >creds-server.log &&
	AWS_EC2_METADATA_DISABLED= AWS_EC2_METADATA_SERVICE_ENDPOINT=$CREDS_URL apply_and_destroy &&
	grep -q "^PUT /latest/api/token" creds-server.log &&
	grep -q "^GET /latest/meta-data/iam/security-credentials/terrace-instance-role" creds-server.log
'

test_expect_success "EC2 instance metadata: ec2_metadata_service_endpoint from the profile" '
	printf "[profile imds]\nec2_metadata_service_endpoint = %s/\n" "$CREDS_URL" >imds-config &&
	: >creds-server.log &&
	AWS_CONFIG_FILE=$PWD/imds-config AWS_PROFILE=imds AWS_EC2_METADATA_DISABLED= \
		apply_and_destroy &&
	grep -q "^GET /latest/meta-data/iam/security-credentials/terrace-instance-role" creds-server.log
'

test_expect_success "nothing found: the error lists each place looked at, one a line, and why" '
	test_expect_code 1 terrace plan >out 2>err &&
	grep -qF "no AWS credentials found (the AWS CLI: \"Unable to locate credentials\"); looked at:" err &&
	test_line err "- the provider'"'"'s access_key and secret_key: not set" &&
	test_line err "- the environment: neither AWS_ACCESS_KEY_ID with AWS_SECRET_ACCESS_KEY nor AWS_WEB_IDENTITY_TOKEN_FILE with AWS_ROLE_ARN is set" &&
	test_line err "- the shared credentials file /nonexistent (AWS_SHARED_CREDENTIALS_FILE): no such file" &&
	test_line err "- the config file $PWD/aws-config (AWS_CONFIG_FILE): no profile \"default\"" &&
	test_line err "- container credentials (neither AWS_CONTAINER_CREDENTIALS_RELATIVE_URI nor AWS_CONTAINER_CREDENTIALS_FULL_URI is set)" &&
	test_line err "- EC2 instance metadata (AWS_EC2_METADATA_DISABLED=true)" &&
	grep -qF "configure credentials with \"aws configure\"" err
'

test_expect_success "nothing found, the instance metadata refusing its token (HTTP 403): one line among them" '
	AWS_EC2_METADATA_DISABLED= AWS_EC2_METADATA_SERVICE_ENDPOINT=$CREDS_URL/forbidden \
		test_expect_code 1 terrace plan >out 2>err &&
	grep -qF "no AWS credentials found (the AWS CLI: \"Unable to locate credentials\"); looked at:" err &&
	test_line err "- EC2 instance metadata at $CREDS_URL/forbidden: the IMDSv2 token request answered HTTP 403: Forbidden" &&
	test_line err "- the config file $PWD/aws-config (AWS_CONFIG_FILE): no profile \"default\"" &&
	test_line err "- container credentials (neither AWS_CONTAINER_CREDENTIALS_RELATIVE_URI nor AWS_CONTAINER_CREDENTIALS_FULL_URI is set)"
'

# Roles in moto's IAM, allowed everything, that the test user may assume.
moto_auth_aws iam create-role --role-name terrace-deployer --assume-role-policy-document \
	'{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":["sts:AssumeRole","sts:AssumeRoleWithWebIdentity"]}]}' \
	>/dev/null || test_fail_setup "cannot create the role"
moto_auth_aws iam put-role-policy --role-name terrace-deployer --policy-name everything \
	--policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}' ||
	test_fail_setup "cannot give the role a policy"
ROLE_ARN=$(moto_auth_aws iam get-role --role-name terrace-deployer --query Role.Arn --output text)

cat >aws-credentials <<CREDS
[base]
aws_access_key_id = $MOTO_AUTH_ACCESS_KEY
aws_secret_access_key = $MOTO_AUTH_SECRET_KEY
[wrongbase]
aws_access_key_id = $MOTO_AUTH_ACCESS_KEY
aws_secret_access_key = not-the-secret
CREDS
cat >>aws-config <<CONFIG
[profile deployer]
role_arn = $ROLE_ARN
source_profile = base
external_id = ci-external-id
role_session_name = t0900-session
duration_seconds = 1800
[profile chained]
role_arn = $ROLE_ARN
source_profile = deployer
[profile wrongdeployer]
role_arn = $ROLE_ARN
source_profile = wrongbase
[profile fromenv]
role_arn = $ROLE_ARN
credential_source = Environment
[profile oidc]
role_arn = $ROLE_ARN
web_identity_token_file = $PWD/oidc-token
role_session_name = t0900-oidc
CONFIG
echo "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ0MDkwMCJ9." >oidc-token

test_expect_success "role_arn with source_profile: AssumeRole signed with the source keys" '
	AWS_SHARED_CREDENTIALS_FILE=$PWD/aws-credentials AWS_PROFILE=deployer apply_and_destroy
'

test_expect_success "chained roles: a role profile as the source_profile of another" '
	AWS_SHARED_CREDENTIALS_FILE=$PWD/aws-credentials AWS_PROFILE=chained apply_and_destroy
'

test_expect_success "role_arn: a wrong source secret fails AssumeRole, naming the role, not the secret" '
	AWS_SHARED_CREDENTIALS_FILE=$PWD/aws-credentials AWS_PROFILE=wrongdeployer \
		test_expect_code 1 terrace plan >out 2>err &&
	grep -qF "cannot assume $ROLE_ARN for profile \"wrongdeployer\"" err &&
	! grep -q not-the-secret out err
'

test_expect_success "role_arn with credential_source = Environment" '
	AWS_PROFILE=fromenv AWS_ACCESS_KEY_ID=$MOTO_AUTH_ACCESS_KEY \
	AWS_SECRET_ACCESS_KEY=$MOTO_AUTH_SECRET_KEY apply_and_destroy
'

test_expect_success "web identity from the environment: AWS_WEB_IDENTITY_TOKEN_FILE + AWS_ROLE_ARN" '
	AWS_WEB_IDENTITY_TOKEN_FILE=$PWD/oidc-token AWS_ROLE_ARN=$ROLE_ARN \
	AWS_ROLE_SESSION_NAME=t0900-ci apply_and_destroy
'

test_expect_success "web identity from a profile: web_identity_token_file + role_arn" '
	AWS_PROFILE=oidc apply_and_destroy
'

# The same stack with no endpoint in its provider: every call, the
# credential chain's STS call included, goes where the environment says.
mkdir -p noendpoint
sed "/endpoint:/d" stack.yaml >noendpoint/stack.yaml

test_expect_success "web identity through AWS_ENDPOINT_URL, as AssumeRole and the AWS CLI" '
	(cd noendpoint &&
	 AWS_ENDPOINT_URL=$MOTO_AUTH_ENDPOINT AWS_WEB_IDENTITY_TOKEN_FILE=$PWD/../oidc-token \
	 AWS_ROLE_ARN=$ROLE_ARN apply_and_destroy)
'

test_expect_success "web identity through AWS_ENDPOINT_URL_STS (S3 through AWS_ENDPOINT_URL_S3)" '
	(cd noendpoint &&
	 AWS_ENDPOINT_URL_STS=$MOTO_AUTH_ENDPOINT AWS_ENDPOINT_URL_S3=$MOTO_AUTH_ENDPOINT \
	 AWS_PROFILE=oidc apply_and_destroy)
'

test_expect_success "web identity through the config file's services section, as the AWS CLI" '
	cat >services-config <<-CONFIG &&
	[profile oidcfile]
	role_arn = $ROLE_ARN
	web_identity_token_file = $PWD/oidc-token
	services = local-moto
	[services local-moto]
	sts =
	  endpoint_url = $MOTO_AUTH_ENDPOINT
	s3 =
	  endpoint_url = $MOTO_AUTH_ENDPOINT
	CONFIG
	(cd noendpoint &&
	 AWS_CONFIG_FILE=$PWD/../services-config AWS_PROFILE=oidcfile apply_and_destroy)
'

test_expect_success "web identity: AWS_ENDPOINT_URL_STS wins over AWS_ENDPOINT_URL" '
	(cd noendpoint &&
	 AWS_ENDPOINT_URL_STS=http://127.0.0.1:9/sts AWS_ENDPOINT_URL=$MOTO_AUTH_ENDPOINT \
	 AWS_WEB_IDENTITY_TOKEN_FILE=$PWD/../oidc-token AWS_ROLE_ARN=$ROLE_ARN \
		test_expect_code 1 terrace plan >out 2>err &&
	 grep -qF "AssumeRoleWithWebIdentity at http://127.0.0.1:9/sts/" err)
'

test_expect_success "web identity: AWS_ROLE_ARN without a token file is a clear error" '
	AWS_ROLE_ARN=$ROLE_ARN test_expect_code 1 terrace plan >out 2>err &&
	grep -qF "AWS_ROLE_ARN is set in the environment but AWS_WEB_IDENTITY_TOKEN_FILE is not" err
'

# SSO: the login `aws sso login` would have cached, named by the SHA-1 of the
# sso_session name (new style) or of the start URL (legacy profiles).
mkdir -p home/.aws/sso/cache
sso_cache () {
	printf '{"accessToken": "%s", "expiresAt": "%s"}' "$2" "$3" \
		>"home/.aws/sso/cache/$(printf %s "$1" | sha1sum | cut -d" " -f1).json"
}
cat >>aws-config <<CONFIG
[profile sso]
sso_session = corp
sso_account_id = 123456789012
sso_role_name = Deployer
[sso-session corp]
sso_start_url = https://corp.awsapps.com/start
sso_region = eu-west-1
[profile legacysso]
sso_start_url = https://legacy.awsapps.com/start
sso_region = us-east-1
sso_account_id = 123456789012
sso_role_name = Deployer
CONFIG

test_expect_success "SSO (sso_session): the cached token exchanged at the portal" '
	sso_cache corp sso-access-token 2999-01-01T00:00:00Z &&
	: >creds-server.log &&
	HOME=$PWD/home AWS_PROFILE=sso AWS_ENDPOINT_URL_SSO=$CREDS_URL apply_and_destroy &&
	grep -q "^GET /federation/credentials?account_id=123456789012&role_name=Deployer" creds-server.log
'

test_expect_success "SSO (legacy sso_start_url profile)" '
	sso_cache https://legacy.awsapps.com/start sso-access-token 2999-01-01T00:00:00Z &&
	HOME=$PWD/home AWS_PROFILE=legacysso AWS_ENDPOINT_URL_SSO=$CREDS_URL apply_and_destroy
'

test_expect_success "SSO: an expired login says to run aws sso login" '
	sso_cache corp sso-access-token 2001-01-01T00:00:00Z &&
	HOME=$PWD/home AWS_PROFILE=sso AWS_ENDPOINT_URL_SSO=$CREDS_URL \
		test_expect_code 1 terrace plan >out 2>err &&
	grep -qF "the SSO login of profile \"sso\" expired at 2001-01-01T00:00:00Z: run \`aws sso login --profile sso\`" err
'

test_expect_success "SSO: a token the portal refuses says to run aws sso login" '
	sso_cache corp revoked-token 2999-01-01T00:00:00Z &&
	HOME=$PWD/home AWS_PROFILE=sso AWS_ENDPOINT_URL_SSO=$CREDS_URL \
		test_expect_code 1 terrace plan >out 2>err &&
	grep -qF "the portal refused the cached SSO login (HTTP 401: {\"message\":\"Session token not found or invalid\"}): run \`aws sso login --profile sso\`" err &&
	! grep -q revoked-token out err
'

test_done
