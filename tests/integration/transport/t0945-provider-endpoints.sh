#!/usr/bin/env bash
# t0945-provider-endpoints: per-service `endpoints:` on the aws provider
# block win over its `endpoint`, AWS_ENDPOINT_URL_<SERVICE>, AWS_ENDPOINT_URL
# and the config file (one resolution: aws_configured_endpoint in
# provider/aws/transport/endpoints.c); endpoints.sts also serves the
# credential chain's AssumeRole; an unknown service name is a validation
# error at file:line:col. Against moto with request authentication on.
. "$(dirname "$0")/../lib.sh"

start_moto_auth || test_fail_setup "moto with authentication did not start"

export AWS_CONFIG_FILE=$PWD/aws-config AWS_SHARED_CREDENTIALS_FILE=$PWD/aws-credentials
: >aws-config
: >aws-credentials
# Nothing listens on this port: a request sent there fails.
NOWHERE=http://127.0.0.1:9

# provider_stack EXTRA_PROVIDER_LINES: one bucket; the provider block gets
# the lines given (indented under aws:).
provider_stack () {
	{
		echo "stack: $TEST_NAME"
		echo "providers:"
		echo "  aws:"
		echo "    region: us-east-1"
		echo "    path_style: true"
		printf '%s\n' "$1" | sed 's/^/    /'
		cat <<-YAML
		resources:
		  bucket:
		    type: aws.s3.bucket
		    name: provider-endpoints-bucket
		    force_destroy: true
		YAML
	} >stack.yaml
}

apply_and_destroy () {
	rm -f terrace.state.json &&
	terrace apply -auto-approve >out 2>err &&
	test_line out 'Apply complete! Resources: 1 added, 0 changed, 0 destroyed.' &&
	moto_auth_aws s3api head-bucket --bucket provider-endpoints-bucket &&
	terrace plan -detailed-exitcode >out 2>err &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out 'Destroy complete! Resources: 1 destroyed.'
}

test_expect_success "endpoints.s3 wins over AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL and the config file" '
	provider_stack "endpoints: {s3: \"$MOTO_AUTH_ENDPOINT\"}" &&
	cat >aws-config <<-CONFIG &&
	[default]
	endpoint_url = $NOWHERE
	services = elsewhere
	[services elsewhere]
	s3 =
	  endpoint_url = $NOWHERE
	CONFIG
	AWS_ACCESS_KEY_ID=$MOTO_AUTH_ACCESS_KEY AWS_SECRET_ACCESS_KEY=$MOTO_AUTH_SECRET_KEY \
	AWS_ENDPOINT_URL=$NOWHERE AWS_ENDPOINT_URL_S3=$NOWHERE apply_and_destroy &&
	: >aws-config
'

test_expect_success "endpoints.s3 wins over the provider endpoint" '
	provider_stack "endpoint: \"$NOWHERE\"
endpoints:
  s3: \"$MOTO_AUTH_ENDPOINT\"" &&
	AWS_ACCESS_KEY_ID=$MOTO_AUTH_ACCESS_KEY AWS_SECRET_ACCESS_KEY=$MOTO_AUTH_SECRET_KEY \
		apply_and_destroy
'

test_expect_success "without endpoints.s3 the same stack goes to the provider endpoint (and fails there)" '
	provider_stack "endpoint: \"$NOWHERE\"
endpoints:
  glue: \"$MOTO_AUTH_ENDPOINT\"" &&
	AWS_ACCESS_KEY_ID=$MOTO_AUTH_ACCESS_KEY AWS_SECRET_ACCESS_KEY=$MOTO_AUTH_SECRET_KEY \
	AWS_MAX_ATTEMPTS=1 test_expect_code 1 terrace apply -auto-approve >out 2>err &&
	test_contains err "127.0.0.1 port 9"
'

# A role in moto's IAM that the test user may assume.
moto_auth_aws iam create-role --role-name t0945-deployer --assume-role-policy-document \
	'{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole"}]}' \
	>/dev/null || test_fail_setup "cannot create the role"
moto_auth_aws iam put-role-policy --role-name t0945-deployer --policy-name everything \
	--policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}' ||
	test_fail_setup "cannot give the role a policy"
ROLE_ARN=$(moto_auth_aws iam get-role --role-name t0945-deployer --query Role.Arn --output text)

test_expect_success "endpoints.sts serves the credential chain: AssumeRole goes there, not to AWS_ENDPOINT_URL" '
	cat >aws-credentials <<-CREDS &&
	[base]
	aws_access_key_id = $MOTO_AUTH_ACCESS_KEY
	aws_secret_access_key = $MOTO_AUTH_SECRET_KEY
	CREDS
	cat >aws-config <<-CONFIG &&
	[profile deployer]
	role_arn = $ROLE_ARN
	source_profile = base
	CONFIG
	provider_stack "endpoints: {s3: \"$MOTO_AUTH_ENDPOINT\", sts: \"$MOTO_AUTH_ENDPOINT\"}" &&
	AWS_PROFILE=deployer AWS_ENDPOINT_URL=$NOWHERE apply_and_destroy
'

test_expect_success "an unknown service under endpoints is a validation error at file:line:col" '
	provider_stack "endpoints:
  s3: \"$MOTO_AUTH_ENDPOINT\"
  stepfunctions: \"$MOTO_AUTH_ENDPOINT\"" &&
	test_expect_code 1 terrace validate >out 2>err &&
	test_contains err "stack.yaml:8:7: error: unknown attribute \"endpoints.stepfunctions\" of provider \"aws\"" &&
	test_contains err "the attributes are s3, iam, sts, glue, athena, sfn,"
'

test_expect_success "a URL under endpoints that is not one is refused, naming the key" '
	provider_stack "endpoints: {glue: \"localhost:9000\"}" &&
	AWS_ACCESS_KEY_ID=$MOTO_AUTH_ACCESS_KEY AWS_SECRET_ACCESS_KEY=$MOTO_AUTH_SECRET_KEY \
		test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "endpoints.glue: endpoint \"localhost:9000\" must start with http:// or https://"
'

test_done
