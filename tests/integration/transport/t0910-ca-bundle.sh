#!/usr/bin/env bash
# t0910-ca-bundle: a private CA for the AWS provider and the S3 state
# backend alike. moto behind tests/servers/tls_proxy.py with a certificate
# from a CA of its own: without the CA terrace refuses the server (no silent
# fallback), with AWS_CA_BUNDLE or the profile's ca_bundle it applies,
# and the S3 backend keeps its state there through the same bundle.
. "$(dirname "$0")/../lib.sh"

# The machine's own AWS_CA_BUNDLE (if any) would hide the profile's ca_bundle.
unset AWS_CA_BUNDLE

start_moto_auth || test_fail_setup "moto with authentication did not start"
use_server moto_auth

start_tls_proxy "$MOTO_AUTH_ENDPOINT" || test_fail_setup "tls_proxy.py did not start"
cp "$TLS_PROXY_CA" ca.pem
export TERRACE_VAR_endpoint=$TLS_PROXY_ENDPOINT

write_stack stack.yaml
cat >>stack.yaml <<'YAML'
resources:
  bucket:
    type: aws.s3.bucket
    name: private-ca-bucket
    force_destroy: true
YAML

test_expect_success "without the CA the server is refused, naming the certificate problem" '
	test_expect_code 1 terrace apply -auto-approve >out 2>err &&
	grep -qi "certificate" err
'

test_expect_success "AWS_CA_BUNDLE: apply and destroy over TLS to the private CA's server" '
	AWS_CA_BUNDLE=$PWD/ca.pem terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	AWS_CA_BUNDLE=$PWD/ca.pem terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 1 destroyed."
'

test_expect_success "ca_bundle in the profile of the config file" '
	printf "[default]\nca_bundle = %s\n" "$PWD/ca.pem" >aws-config &&
	AWS_CONFIG_FILE=$PWD/aws-config terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	AWS_CONFIG_FILE=$PWD/aws-config terrace destroy -auto-approve >out 2>err
'

test_expect_success "the S3 backend trusts the same bundle" '
	moto_auth_aws s3api create-bucket --bucket tfstate >/dev/null &&
	mkdir remote && sed "s/^resources:/backend:\n  type: s3\n  bucket: tfstate\n  region: us-east-1\n  path_style: true\nresources:/" stack.yaml >remote/stack.yaml &&
	(cd remote &&
	 export TERRACE_BACKEND_ENDPOINT=$TERRACE_VAR_endpoint TERRACE_BACKEND_ACCESS_KEY=$TEST_ACCESS_KEY \
		TERRACE_BACKEND_SECRET_KEY=$TEST_SECRET_KEY &&
	 test_expect_code 1 terrace apply -auto-approve >out 2>err &&
	 grep -qi "certificate" err &&
	 AWS_CA_BUNDLE=$PWD/../ca.pem terrace apply -auto-approve >out 2>err &&
	 test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	 AWS_CA_BUNDLE=$PWD/../ca.pem terrace destroy -auto-approve >out 2>err) &&
	moto_auth_aws s3api list-objects-v2 --bucket tfstate --query "Contents[].Key" --output text >keys &&
	grep -q terrace.state.json keys
'

test_done
