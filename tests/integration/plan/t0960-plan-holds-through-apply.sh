#!/usr/bin/env bash
# t0960-plan-holds-through-apply: what the plan said holds through apply
# (issue 58 point 7). No check terrace makes during apply could have run at
# plan: a bucket's region other than its provider's, where the provider's
# requests go to AWS's own S3 (no single endpoint of its own: here
# endpoints: names moto per service, as AWS_ENDPOINT_URL_S3 would), was
# refused by the bucket's create, after the plan said yes; plan now refuses
# it (provider/aws/s3/rules.c, aws_check_bucket_regions), naming the
# resource and the attribute, and nothing is made. A region known only at
# apply (another bucket's, computed when it is made) is still judged there,
# before the bucket's request, by the same condition
# (aws_s3_region_refused). A bucket the stack has already, in another region
# (imported), is updated: plan judges only what it creates or replaces.
# docs/validation.md, "What the plan said holds
# through apply".
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto


# stack FILE: a provider whose S3 and STS are moto, but by endpoints:, so
# its client has no endpoint of its own and signs for us-east-1 as AWS's S3
# takes; a second one, eu, for eu-west-1.
stack () {
	cat >"$1" <<-'EOF'
	stack: t0960
	variables:
	  endpoint: {type: string}
	  access_key: {type: string}
	  secret_key: {type: string, sensitive: true}
	  region: {type: string, default: eu-west-1}
	providers:
	  aws:
	    region: us-east-1
	    endpoints: {s3: "${var.endpoint}", sts: "${var.endpoint}"}
	    path_style: true
	    access_key: "${var.access_key}"
	    secret_key: "${var.secret_key}"
	  eu:
	    type: aws
	    region: eu-west-1
	    endpoints: {s3: "${var.endpoint}", sts: "${var.endpoint}"}
	    path_style: true
	    access_key: "${var.access_key}"
	    secret_key: "${var.secret_key}"
	EOF
}

test_expect_success 'a bucket in another region than its provider'"'"'s: plan refuses it, naming resource and attribute, and nothing is made' '
	stack stack.yaml &&
	cat >>stack.yaml <<-YAML &&
	resources:
	  ok: {type: aws.s3.bucket, name: t0960-home}
	  lake: {type: aws.s3.bucket, name: t0960-lake, region: "\${var.region}"}
	YAML
	test_expect_code 1 terrace plan -no-color -input=false >out 2>err &&
	test_contains err "./stack.yaml:23:49: error: resource \"lake\" (aws.s3.bucket): region: \"eu-west-1\" differs from the provider'"'"'s region us-east-1: requests are signed for the provider'"'"'s region; declare a provider configuration for eu-west-1 and set provider: on the bucket" &&
	test_not_contains out "Plan:" &&
	test_expect_code 1 terrace apply -auto-approve -no-color -input=false >out 2>err &&
	test_contains err "differs from the provider'"'"'s region us-east-1" &&
	test_not_contains out "Apply complete!" &&
	! aws_server s3api head-bucket --bucket t0960-home 2>/dev/null
'

test_expect_success 'the same bucket with its own provider plans and applies' '
	stack stack.yaml &&
	cat >>stack.yaml <<-YAML &&
	resources:
	  lake: {type: aws.s3.bucket, name: t0960-lake, region: "\${var.region}", provider: eu}
	YAML
	terrace apply -auto-approve -no-color -input=false >out 2>err &&
	test_contains out "Apply complete! Resources: 1 added" &&
	aws_server s3api head-bucket --bucket t0960-lake
'

test_expect_success 'a region known only at apply is judged at apply, before the bucket'"'"'s request' '
	stack stack.yaml &&
	cat >>stack.yaml <<-YAML &&
	resources:
	  lake: {type: aws.s3.bucket, name: t0960-lake, region: "\${var.region}", provider: eu}
	  first: {type: aws.s3.bucket, name: t0960-first, provider: eu}
	  copy: {type: aws.s3.bucket, name: t0960-copy, region: "\${first.region}"}
	YAML
	terrace plan -no-color -input=false >out 2>err &&
	test_contains out "Plan: 2 to add" &&
	test_expect_code 1 terrace apply -auto-approve -no-color -input=false >out 2>err &&
	test_contains err "aws.s3.bucket t0960-copy: region eu-west-1 differs from the provider'"'"'s region us-east-1" &&
	aws_server s3api head-bucket --bucket t0960-first &&
	! aws_server s3api head-bucket --bucket t0960-copy 2>/dev/null
'

test_expect_success 'a bucket in another region that the stack has already (imported) is updated: plan judges what it makes, not where a bucket is' '
	aws_server s3api create-bucket --bucket t0960-far --create-bucket-configuration LocationConstraint=eu-west-1 &&
	stack stack.yaml &&
	cat >>stack.yaml <<-YAML &&
	resources:
	  far: {type: aws.s3.bucket, name: t0960-far, region: eu-west-1, tags: {team: data}}
	YAML
	terrace import far t0960-far >out 2>err &&
	test_contains out "Import successful!" &&
	terrace plan -no-color -input=false >out 2>err &&
	test_contains out "# far will be updated in-place" &&
	test_contains out "0 to add, 1 to change" &&
	test_not_contains err "differs from the provider"
'

test_done
