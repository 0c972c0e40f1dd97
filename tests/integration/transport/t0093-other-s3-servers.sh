#!/usr/bin/env bash
# t0093-other-s3-servers: a rule that rests on what an AWS account does by
# default (here Block Public Access, on for every new bucket since April
# 2023) holds where the provider's server is AWS and is a warning against
# another S3 server (issue 47 §1). A bucket with a read-only public policy
# (Principal {AWS: ["*"]}, s3:GetObject on public/*) on a MinIO provider
# (s3rver stands in for MinIO: no Block Public Access either) applies and
# reads back, whether the provider says `server: minio` or only writes an
# endpoint whose host is not AWS's; the same bucket on the AWS endpoint
# (moto, which the suite judges as AWS: TERRACE_AWS_SERVER=aws in lib.sh)
# or with `server: aws` is refused at validate as before.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
start_s3rver || test_fail_setup "s3rver did not start"

# site_stack FILE ENDPOINT [SETTING]: a bucket with the public read policy
# on provider "minio" at ENDPOINT (a URL, or ${var.endpoint}), SETTING (a
# line such as "server: minio") added to the provider's.
site_stack () {
	cat >"$1" <<-EOF
	stack: $TEST_NAME
	variables:
	  endpoint: {type: string}
	  access_key: {type: string}
	  secret_key: {type: string, sensitive: true}
	providers:
	  minio:
	    type: aws
	    region: us-east-1
	    endpoint: "$2"
	    path_style: true
	    access_key: "\${var.access_key}"
	    secret_key: "\${var.secret_key}"
	    ${3:-}
	resources:
	  site:
	    type: aws.s3.bucket
	    provider: minio
	    name: acme-site
	    force_destroy: true
	    policy:
	      Version: "2012-10-17"
	      Statement:
	        - Sid: PublicRead
	          Effect: Allow
	          Principal: {AWS: ["*"]}
	          Action: s3:GetObject
	          Resource: arn:aws:s3:::acme-site/public/*
	EOF
}

use_server s3rver
mkdir minio && site_stack minio/stack.yaml '${var.endpoint}' 'server: minio'

test_expect_success 'server: minio: validate passes, warning of the AWS default' '
	(cd minio && terrace validate -no-color >out 2>err) &&
	test_contains minio/out "Success!" &&
	test_contains minio/err "warning: resource \"site\"" &&
	test_contains minio/err "block_public_policy" &&
	test_contains minio/err "an AWS account"
'

test_expect_success 'server: minio: apply puts the public policy and reads it back' '
	(cd minio && terrace apply -auto-approve -no-color >out 2>err) &&
	s3 s3api get-bucket-policy --bucket acme-site --query Policy --output text >policy &&
	python3 -c "import json, sys; s = json.load(open(\"policy\"))[\"Statement\"][0]; \
		sys.exit(not (s[\"Principal\"] in ({\"AWS\": [\"*\"]}, {\"AWS\": \"*\"}, \"*\") and \
		s[\"Action\"] in (\"s3:GetObject\", [\"s3:GetObject\"]) and \
		s[\"Resource\"] in (\"arn:aws:s3:::acme-site/public/*\", [\"arn:aws:s3:::acme-site/public/*\"])))" &&
	(cd minio && test_expect_code 0 terrace plan -detailed-exitcode -no-color >out 2>err)
'

test_expect_success 'server: minio: destroy' '
	(cd minio && terrace destroy -auto-approve -no-color >out 2>err) &&
	test_contains minio/out "Destroy complete!" &&
	! bucket_exists acme-site
'

# The issue's stack as it was written: no server setting, an endpoint whose
# host is not AWS's, nothing in the environment saying which server it is.
mkdir host && site_stack host/stack.yaml "$S3RVER_ENDPOINT"

test_expect_success 'an endpoint of another host, no setting: a warning; apply reads back' '
	(cd host && TERRACE_AWS_SERVER= terrace validate -no-color >out 2>err) &&
	test_contains host/err "block_public_policy" &&
	(cd host && TERRACE_AWS_SERVER= terrace apply -auto-approve -no-color >out 2>err) &&
	s3 s3api get-bucket-policy --bucket acme-site --query Policy --output text >policy &&
	test_contains policy "acme-site/public/" &&
	(cd host && TERRACE_AWS_SERVER= terrace destroy -auto-approve -no-color >out 2>err)
'

use_server moto
mkdir aws && site_stack aws/stack.yaml '${var.endpoint}'

test_expect_success 'the same stack on the AWS endpoint (moto): refused at validate as before' '
	(cd aws && test_expect_code 1 terrace validate -no-color >out 2>err) &&
	test_contains aws/err "a public policy, which S3 refuses while Block Public Access" &&
	test_contains aws/err "every new bucket has it on since April 2023" &&
	(cd aws && test_expect_code 1 terrace plan -no-color >out 2>err) &&
	test_contains aws/err "a public policy, which S3 refuses" &&
	! bucket_exists acme-site
'

mkdir explicit && site_stack explicit/stack.yaml '${var.endpoint}' 'server: aws'
mkdir amazon && site_stack amazon/stack.yaml https://s3.us-east-1.amazonaws.com

test_expect_success 'server: aws, or an AWS host: refused at validate whatever the environment' '
	(cd explicit && TERRACE_AWS_SERVER=minio test_expect_code 1 terrace validate -no-color \
		>out 2>err) &&
	test_contains explicit/err "a public policy, which S3 refuses" &&
	(cd amazon && TERRACE_AWS_SERVER= test_expect_code 1 terrace validate -no-color \
		>out 2>err) &&
	test_contains amazon/err "a public policy, which S3 refuses"
'

# A module's bucket takes the calling stack's provider: validate has not
# got it at hand (the module is checked on its own), plan judges it.
mkdir -p site-module mod-minio mod-aws &&
sed -n '/^resources:/,$p' minio/stack.yaml >site-module/stack.yaml &&
for d in minio aws; do
	sed '/^resources:/,$d' $d/stack.yaml >mod-$d/stack.yaml &&
	printf 'modules:\n  site: {source: ../site-module}\n' >>mod-$d/stack.yaml
done

test_expect_success 'a module under server: minio applies; on the AWS endpoint plan refuses it' '
	use_server s3rver &&
	(cd mod-minio && terrace apply -auto-approve -no-color >out 2>err) &&
	test_contains mod-minio/err "block_public_policy" &&
	s3 s3api get-bucket-policy --bucket acme-site --query Policy --output text >policy &&
	test_contains policy "acme-site/public/" &&
	(cd mod-minio && terrace destroy -auto-approve -no-color >out 2>err) &&
	use_server moto &&
	(cd mod-aws && terrace validate -no-color >out 2>err) &&
	(cd mod-aws && test_expect_code 1 terrace plan -no-color >out 2>err) &&
	test_contains mod-aws/err "a public policy, which S3 refuses" &&
	! bucket_exists acme-site
'

mkdir typo && site_stack typo/stack.yaml '${var.endpoint}' 'server: mini'
mkdir expr && site_stack expr/stack.yaml '${var.endpoint}' 'server: ${var.endpoint}'

test_expect_success 'server (or TERRACE_AWS_SERVER): a word terrace does not know, or an expression, is refused' '
	(cd typo && test_expect_code 1 terrace validate -no-color >out 2>err) &&
	test_contains typo/err "stack.yaml:14:" &&
	test_contains typo/err "\"mini\"" &&
	test_contains typo/err "aws, minio, ceph, other" &&
	(cd expr && test_expect_code 1 terrace validate -no-color >out 2>err) &&
	test_contains expr/err "stack.yaml:14:" &&
	test_contains expr/err "written as a word" &&
	(cd aws && TERRACE_AWS_SERVER=mini test_expect_code 1 terrace validate -no-color \
		>out 2>err) &&
	test_contains aws/err "TERRACE_AWS_SERVER \"mini\" is not a server terrace knows"
'

test_done
