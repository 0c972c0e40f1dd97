#!/usr/bin/env bash
# t0940-endpoint-config: a stack whose provider names no endpoint reaches
# the server through the endpoints the AWS CLI reads: AWS_ENDPOINT_URL_S3
# over AWS_ENDPOINT_URL, and the config file's services section; against
# moto with request authentication on; and a bucket made in eu-west-1
# carries its LocationConstraint. The precedence of every rule, FIPS and
# dual-stack hosts are unit-tested in tests/unit/test_endpoints.c.
. "$(dirname "$0")/../lib.sh"

start_moto_auth || test_fail_setup "moto with authentication did not start"

cat >stack.yaml <<YAML
stack: $TEST_NAME
providers:
  aws:
    region: us-east-1
    path_style: true
resources:
  bucket:
    type: aws.s3.bucket
    name: endpoint-config-bucket
    force_destroy: true
YAML
export AWS_ACCESS_KEY_ID=$MOTO_AUTH_ACCESS_KEY AWS_SECRET_ACCESS_KEY=$MOTO_AUTH_SECRET_KEY
export AWS_CONFIG_FILE=$PWD/aws-config
: >aws-config
# Nothing listens on this port: a request sent there fails.
NOWHERE=http://127.0.0.1:9

apply_and_destroy () {
	rm -f terrace.state.json &&
	terrace apply -auto-approve >out 2>err &&
	test_line out 'Apply complete! Resources: 1 added, 0 changed, 0 destroyed.' &&
	moto_auth_aws s3api head-bucket --bucket endpoint-config-bucket &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out 'Destroy complete! Resources: 1 destroyed.'
}

test_expect_success "AWS_ENDPOINT_URL_S3 wins over AWS_ENDPOINT_URL for S3" '
	AWS_ENDPOINT_URL=$NOWHERE AWS_ENDPOINT_URL_S3=$MOTO_AUTH_ENDPOINT apply_and_destroy
'

test_expect_success "AWS_ENDPOINT_URL alone serves every service" '
	AWS_ENDPOINT_URL=$MOTO_AUTH_ENDPOINT apply_and_destroy
'

test_expect_success "the profile services section: s3 endpoint_url wins over the profile endpoint_url" '
	cat >aws-config <<-CONFIG &&
	[profile local]
	endpoint_url = $NOWHERE
	services = local-services
	[services local-services]
	s3 =
	  endpoint_url = $MOTO_AUTH_ENDPOINT
	CONFIG
	AWS_PROFILE=local apply_and_destroy
'

test_expect_success "a configured URL that is not a URL is refused, naming the variable" '
	# STS (the credentials check before plan, t0905) at moto: the S3 URL is at fault.
	AWS_ENDPOINT_URL_STS=$MOTO_AUTH_ENDPOINT AWS_ENDPOINT_URL_S3=localhost:9000 \
		test_expect_code 1 terrace apply -auto-approve >out 2>err &&
	test_contains err "s3 (from AWS_ENDPOINT_URL_S3): endpoint \"localhost:9000\" must start with http:// or https://"
'

test_expect_success "CreateBucket outside us-east-1 sends its LocationConstraint (eu-west-1)" '
	sed "s/region: us-east-1/region: eu-west-1/" stack.yaml >eu.yaml &&
	mkdir -p eu && mv eu.yaml eu/stack.yaml &&
	(cd eu && AWS_ENDPOINT_URL=$MOTO_AUTH_ENDPOINT terrace apply -auto-approve >out 2>err) &&
	moto_auth_aws s3api get-bucket-location --bucket endpoint-config-bucket \
		--query LocationConstraint --output text >location &&
	test_equal eu-west-1 "$(cat location)" &&
	(cd eu && AWS_ENDPOINT_URL=$MOTO_AUTH_ENDPOINT terrace destroy -auto-approve >out 2>err) &&
	if test -n "$TERRACE_REQUEST_LOG"; then
		grep -rh "endpoint-config-bucket" "$TERRACE_REQUEST_LOG" |
			grep -q "<LocationConstraint>eu-west-1</LocationConstraint>"
	fi
'

test_done
