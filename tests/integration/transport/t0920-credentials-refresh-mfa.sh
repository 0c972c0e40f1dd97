#!/usr/bin/env bash
# t0920-credentials-refresh-mfa: temporary credentials refreshed before they
# expire (botocore's windows: a refresh is tried with less than 15 minutes
# left, and must succeed with less than 10 left), and a role profile's
# mfa_serial asked for on the terminal (a pty here), refused without one;
# against moto with request authentication on.
. "$(dirname "$0")/../lib.sh"

start_moto_auth || test_fail_setup "moto with authentication did not start"

# Three buckets, so that several worker threads sign requests at once.
cat >stack.yaml <<YAML
stack: $TEST_NAME
providers:
  aws:
    region: us-east-1
    endpoint: "$MOTO_AUTH_ENDPOINT"
    path_style: true
resources:
  one:
    type: aws.s3.bucket
    name: refresh-one
    force_destroy: true
  two:
    type: aws.s3.bucket
    name: refresh-two
    force_destroy: true
  three:
    type: aws.s3.bucket
    name: refresh-three
    force_destroy: true
YAML

# credential_process: counts its runs in FILE, hands out the test user's
# keys expiring in MINUTES, and after its first run fails when told to.
cat >creds.sh <<'SH'
#!/bin/sh
# usage: creds.sh COUNT_FILE MINUTES [fail-after-first]
echo run >>"$1"
if test "$3" = fail-after-first && test "$(wc -l <"$1")" -gt 1; then
	echo "token service unavailable" >&2
	exit 3
fi
printf '{"Version": 1, "AccessKeyId": "%s", "SecretAccessKey": "%s", "Expiration": "%s"}' \
	"$KEY" "$SECRET" "$(date -u -d "+$2 minutes" +%Y-%m-%dT%H:%M:%SZ)"
SH
chmod +x creds.sh
export KEY=$MOTO_AUTH_ACCESS_KEY SECRET=$MOTO_AUTH_SECRET_KEY
export AWS_CONFIG_FILE=$PWD/aws-config
cat >aws-config <<CONFIG
[profile short]
credential_process = $PWD/creds.sh $PWD/short.count 5
[profile long]
credential_process = $PWD/creds.sh $PWD/long.count 120
[profile advisory]
credential_process = $PWD/creds.sh $PWD/advisory.count 12 fail-after-first
[profile mandatory]
credential_process = $PWD/creds.sh $PWD/mandatory.count 5 fail-after-first
CONFIG

test_expect_success "credentials with 5 minutes left are fetched again before requests: apply and destroy succeed" '
	AWS_PROFILE=short terrace apply -auto-approve -parallelism=3 >out 2>err &&
	test_line out "Apply complete! Resources: 3 added, 0 changed, 0 destroyed." &&
	runs=$(wc -l <short.count) &&
	test "$runs" -gt 3 &&
	AWS_PROFILE=short terrace destroy -auto-approve -parallelism=3 >out 2>err &&
	test_line out "Destroy complete! Resources: 3 destroyed."
'

test_expect_success "credentials with 2 hours left are fetched once" '
	AWS_PROFILE=long terrace apply -auto-approve >out 2>err &&
	test_equal 1 "$(wc -l <long.count)" &&
	AWS_PROFILE=long terrace destroy -auto-approve >out 2>err &&
	test_equal 2 "$(wc -l <long.count)"
'

test_expect_success "a failed refresh with 12 minutes left keeps the old keys (advisory window)" '
	AWS_PROFILE=advisory terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 3 added, 0 changed, 0 destroyed." &&
	test "$(wc -l <advisory.count)" -gt 1 &&
	AWS_PROFILE=long terrace destroy -auto-approve >out 2>err
'

test_expect_success "a failed refresh with 5 minutes left fails the request (mandatory window), naming the source" '
	AWS_PROFILE=mandatory test_expect_code 1 terrace apply -auto-approve >out 2>err &&
	test_contains err "the AWS credentials from credential_process of profile \"mandatory\" expire at" &&
	test_contains err "could not be refreshed" &&
	test_contains err "token service unavailable" &&
	test_not_contains err "$SECRET"
'

# A role behind an MFA device, in moto's IAM, that the test user may assume.
moto_auth_aws iam create-role --role-name terrace-mfa --assume-role-policy-document \
	'{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole"}]}' \
	>/dev/null || test_fail_setup "cannot create the role"
moto_auth_aws iam put-role-policy --role-name terrace-mfa --policy-name everything \
	--policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}' ||
	test_fail_setup "cannot give the role a policy"
ROLE_ARN=$(moto_auth_aws iam get-role --role-name terrace-mfa --query Role.Arn --output text)
cat >aws-credentials <<CREDS
[base]
aws_access_key_id = $MOTO_AUTH_ACCESS_KEY
aws_secret_access_key = $MOTO_AUTH_SECRET_KEY
CREDS
cat >>aws-config <<CONFIG
[profile mfa]
role_arn = $ROLE_ARN
source_profile = base
mfa_serial = arn:aws:iam::123456789012:mfa/t0920-operator
CONFIG
export AWS_SHARED_CREDENTIALS_FILE=$PWD/aws-credentials

# Runs terrace on a new pty (its controlling terminal), answers ANSWER to
# the MFA prompt, and writes what the terminal showed to tty.out.
cat >on-pty.py <<'PY'
import os, pty, sys
answer, argv = sys.argv[1], sys.argv[2:]
pid, fd = pty.fork()
if pid == 0:
    os.execvp(argv[0], argv)
seen, answered = b"", False
while True:
    try:
        data = os.read(fd, 4096)
    except OSError:
        break
    if not data:
        break
    seen += data
    if not answered and b"Enter MFA code for" in seen:
        os.write(fd, answer.encode() + b"\n")
        answered = True
open("tty.out", "wb").write(seen)
_, status = os.waitpid(pid, 0)
sys.exit(os.waitstatus_to_exitcode(status))
PY

test_expect_success "mfa_serial: the code is asked for on the terminal, without echo, and sent with AssumeRole" '
	AWS_PROFILE=mfa "$SERVERS_PYTHON" on-pty.py 246810 "$TERRACE" apply -auto-approve &&
	test_contains tty.out "Enter MFA code for arn:aws:iam::123456789012:mfa/t0920-operator: " &&
	test_contains tty.out "Apply complete! Resources: 3 added, 0 changed, 0 destroyed." &&
	# negatives: no run of terrace (on-pty.py ran it on a terminal: its tty.out, read above)
	test_not_contains tty.out 246810 &&
	if test -n "$TERRACE_REQUEST_LOG"; then
		grep -rq "TokenCode=246810" "$TERRACE_REQUEST_LOG" &&
		grep -rq "SerialNumber=arn%3Aaws%3Aiam%3A%3A123456789012%3Amfa%2Ft0920-operator" \
			"$TERRACE_REQUEST_LOG"
	fi &&
	AWS_PROFILE=long terrace destroy -auto-approve >out 2>err
'

test_expect_success "mfa_serial: an answer that is not six digits is refused" '
	AWS_PROFILE=mfa test_expect_code 1 "$SERVERS_PYTHON" on-pty.py 12ab "$TERRACE" plan &&
	test_contains tty.out "profile \"mfa\": the MFA code for arn:aws:iam::123456789012:mfa/t0920-operator must be 6 digits"
'

test_expect_success "mfa_serial: without a terminal terrace refuses, saying why" '
	AWS_PROFILE=mfa test_expect_code 1 setsid -w "$TERRACE" plan >out 2>err </dev/null &&
	test_contains err "profile \"mfa\" needs an MFA code for arn:aws:iam::123456789012:mfa/t0920-operator (mfa_serial) and there is no terminal to ask on"
'

test_done
