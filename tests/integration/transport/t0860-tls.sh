#!/usr/bin/env bash
# t0860-tls: TLS is verified, against the system's CAs by default; a private
# CA is trusted through the provider's ca_bundle, AWS_CA_BUNDLE, or the S3
# backend's ca_bundle; `insecure: true` skips verification only where it is
# set. moto sits behind an HTTPS front with a CA of its own
# (tests/servers/tls_proxy.py). Errors of the S3 backend say they are the
# backend's.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
start_tls_proxy "$MOTO_ENDPOINT" || test_fail_setup "the TLS proxy did not start"
export TERRACE_VAR_endpoint=$TLS_PROXY_ENDPOINT
# Only what a test sets is trusted (the machine may set AWS_CA_BUNDLE).
unset AWS_CA_BUNDLE

bucket_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  raw:
	    type: aws.s3.bucket
	    name: acme-tls
	YAML
	test -z "$1" || sed -i "s|^    path_style: true|&\n    $1|" stack.yaml
}

test_expect_success 'a server whose CA is not trusted is refused' '
	bucket_stack &&
	test_expect_code 1 terrace apply -auto-approve >out 2>err &&
	test_contains err "certificate" &&
	! bucket_exists acme-tls
'

test_expect_success 'the provider trusts a private CA through ca_bundle' '
	bucket_stack "ca_bundle: $TLS_PROXY_CA" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	bucket_exists acme-tls
'

test_expect_success 'or through AWS_CA_BUNDLE, as the AWS CLI does; a missing file is named' '
	bucket_stack &&
	AWS_CA_BUNDLE=$TLS_PROXY_CA terrace plan -detailed-exitcode >out 2>err &&
	test_expect_code 1 env AWS_CA_BUNDLE=/nonexistent/ca.pem "$TERRACE" plan >out 2>err &&
	test_contains err "ca_bundle /nonexistent/ca.pem: No such file or directory"
'

test_expect_success 'insecure: true skips verification where it is set' '
	bucket_stack "insecure: true" &&
	terrace plan -detailed-exitcode >out 2>err
'

backend_stack () {
	bucket_stack "ca_bundle: $TLS_PROXY_CA"
	cat >>stack.yaml <<-YAML
	backend:
	  type: s3
	  bucket: acme-tls
	  key: state/terrace.json
	  endpoint: $TLS_PROXY_ENDPOINT
	  path_style: true
	  region: us-east-1
	  access_key: $TEST_ACCESS_KEY
	  secret_key: $TEST_SECRET_KEY
	YAML
	test -z "$1" || printf "  %s\n" "$1" >>stack.yaml
}

test_expect_success 'the S3 backend verifies TLS too, and its errors say they are the backend'"'"'s' '
	backend_stack &&
	test_expect_code 1 terrace init -migrate-state -force-copy >out 2>err &&
	test_contains err "backend s3, s3://acme-tls/state/terrace.json" &&
	test_contains err "certificate"
'

test_expect_success 'the S3 backend trusts a private CA through ca_bundle, or skips with insecure' '
	backend_stack "ca_bundle: $TLS_PROXY_CA" &&
	terrace init -migrate-state -force-copy >out 2>err &&
	s3 s3api head-object --bucket acme-tls --key state/terrace.json >/dev/null &&
	backend_stack "insecure: true" &&
	terrace plan -detailed-exitcode >out 2>err
'

test_done
