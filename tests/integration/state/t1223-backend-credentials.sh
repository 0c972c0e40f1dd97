#!/usr/bin/env bash
# t1223-backend-credentials: wrong keys for the S3 state backend give the
# credentials message every provider gives (docs/real-aws.md: "the AWS
# credentials from SOURCE do not work: sts GetCallerIdentity: ..."), sent
# for the lock refused with a 403, not the lock's raw "s3 PutObject: HTTP 403
# SignatureDoesNotMatch" (issue 68, point 6a). moto_auth checks signatures.
. "$(dirname "$0")/../lib.sh"

start_moto_auth || test_fail_setup "moto_auth did not start"
use_server moto_auth
export TERRACE_BACKEND_ENDPOINT=$TEST_ENDPOINT TERRACE_BACKEND_ACCESS_KEY=$TEST_ACCESS_KEY \
	TERRACE_BACKEND_SECRET_KEY=$TEST_SECRET_KEY

test_expect_success 'setup: the state bucket and a stack that keeps its state there' '
	s3 s3api create-bucket --bucket tfstate >/dev/null &&
	write_stack stack.yaml &&
	cat >>stack.yaml <<-YAML &&
	backend:
	  type: s3
	  bucket: tfstate
	  region: us-east-1
	  path_style: true
	resources:
	  lake:
	    type: aws.s3.bucket
	    name: t1223-lake
	YAML
	terrace plan >out 2>err &&
	test_line out "Plan: 1 to add, 0 to change, 0 to destroy."
'

test_expect_success 'a wrong backend secret key: the credentials message, before the lock' '
	test_expect_code 1 env TERRACE_BACKEND_SECRET_KEY=not-the-secret-7f3a "$TERRACE" plan \
		>out 2>err &&
	test_match err "^Error: backend \"s3\" \(s3://tfstate/t1223-backend-credentials/terrace.state.json\): the AWS credentials from .* do not work: sts GetCallerIdentity: HTTP 403 .*SignatureDoesNotMatch" &&
	test_not_contains err "PutObject" &&
	test_not_contains err "not-the-secret-7f3a" &&
	test_expect_code 1 env TERRACE_BACKEND_SECRET_KEY=not-the-secret-7f3a "$TERRACE" apply \
		-auto-approve >out 2>err &&
	test_match err "^Error: backend \"s3\" .*the AWS credentials from .* do not work" &&
	test_not_contains err "PutObject" &&
	! bucket_exists t1223-lake
'

test_expect_success 'the right keys lock, apply and release as before' '
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	! s3 s3api head-object --bucket tfstate \
		--key t1223-backend-credentials/terrace.state.json.lock >/dev/null 2>&1
'

test_done
