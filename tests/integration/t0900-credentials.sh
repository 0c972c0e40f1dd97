#!/usr/bin/env bash
# t0900-credentials: the credential chain's sources beyond static keys,
# against moto with request authentication on (a wrong key fails):
# credential_process (JSON Version 1; its stderr shown on failure, never its
# stdout), container credentials (FULL_URI with the authorization token, from
# the variable or its file) and EC2 instance metadata (IMDSv2), both served
# by tests/servers/credential_server.py; and, when no source applies, an
# error that lists each source skipped and why.
. "$(dirname "$0")/lib.sh"

start_moto_auth || test_fail_setup "moto with authentication did not start"

"$SERVERS_PYTHON" -u "$SERVERS_LIB_DIR/credential_server.py" "$MOTO_AUTH_ACCESS_KEY" \
	"$MOTO_AUTH_SECRET_KEY" "container-secret-token" >creds-server.out 2>creds-server.log &
CREDS_SERVER_PID=$!
SERVERS_PIDS+=("$CREDS_SERVER_PID")
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
	grep -qF "container credentials from $CREDS_URL/container: HTTP status 403" err &&
	! grep -q wrong-token out err
'

test_expect_success "EC2 instance metadata: IMDSv2 token, role name, then its credentials" '
	: >creds-server.log &&
	AWS_EC2_METADATA_DISABLED= AWS_EC2_METADATA_SERVICE_ENDPOINT=$CREDS_URL apply_and_destroy &&
	grep -q "^PUT /latest/api/token" creds-server.log &&
	grep -q "^GET /latest/meta-data/iam/security-credentials/terrace-instance-role" creds-server.log
'

test_expect_success "nothing found: the error lists each source skipped and why" '
	test_expect_code 1 terrace plan >out 2>err &&
	grep -qF "no AWS credentials found: looked at provider attributes, AWS_ACCESS_KEY_ID, and profile \"default\"" err &&
	grep -qF "skipped container credentials (neither AWS_CONTAINER_CREDENTIALS_RELATIVE_URI nor AWS_CONTAINER_CREDENTIALS_FULL_URI is set), EC2 instance metadata (AWS_EC2_METADATA_DISABLED=true)" err
'

test_done
