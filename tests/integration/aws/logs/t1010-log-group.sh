#!/usr/bin/env bash
# t1010-log-group: aws.logs.log_group against moto — created with retention,
# KMS key and tags, every attribute read back with the AWS CLI, planned again
# as no change, retention and tags updated in place, drift made with the aws
# CLI (retention changed, a tag added) shown and undone, a KMS key changed
# and taken away in place (AssociateKmsKey, DisassociateKmsKey: moto_patches/
# logs_associate_kms_key.py), import by name, destroy leaving no log group.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

# The two keys the log group is encrypted with, made first as another
# stack would make them: plan reads that they exist (checks/reads.c).
KMS=$(s3 kms create-key --query KeyMetadata.Arn --output text) &&
KMS2=$(s3 kms create-key --query KeyMetadata.Arn --output text) ||
	test_fail_setup "the KMS keys the stack names could not be made"
TT="\"terrace:stack\": \"$TEST_NAME\", \"terrace:workspace\": \"default\""

logs () {
	s3 logs "$@"
}

# group FILE NAME: the log group NAME as DescribeLogGroups gives it.
group () {
	logs describe-log-groups --log-group-name-prefix "$2" --output json \
		--query "logGroups[?logGroupName=='$2'] | [0]" >"$1"
}

group_tags () {
	logs list-tags-for-resource --resource-arn \
		"arn:aws:logs:us-east-1:123456789012:log-group:$1" --output json --query tags |
		python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin), sort_keys=True))'
}

logs_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  glue_logs:
	    type: aws.logs.log_group
	    name: /aws-glue/jobs/retail-nightly
	    retention_in_days: ${RETENTION:-14}
	    kms_key_id: ${KMS_KEY:-$KMS}
	    tags:
	      team: data
	      ${EXTRA_TAG:-env: dev}
	  lambda_logs:
	    type: aws.logs.log_group
	    name: /aws/lambda/ingest
	YAML
}

test_expect_success 'apply creates both groups; the AWS CLI reads every attribute back' '
	logs_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." &&
	group g.json /aws-glue/jobs/retail-nightly &&
	test_equal 14 "$(json_get g.json "d[\"retentionInDays\"]")" &&
	test_equal "$KMS" "$(json_get g.json "d[\"kmsKeyId\"]")" &&
	test_equal "{\"env\": \"dev\", \"team\": \"data\", $TT}" \
		"$(group_tags /aws-glue/jobs/retail-nightly)" &&
	group l.json /aws/lambda/ingest &&
	test_equal false "$(json_get l.json "\"retentionInDays\" in d")" &&
	test_equal arn:aws:logs:us-east-1:123456789012:log-group:/aws-glue/jobs/retail-nightly \
		"$(json_get terrace.state.json "d[\"resources\"][\"glue_logs\"][\"attributes\"][\"arn\"]")"
'

test_expect_success 'a second plan is a no-op' '
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'retention and tags update in place' '
	RETENTION=30 EXTRA_TAG="owner: bi" logs_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "~ retention_in_days *= 14 -> 30" &&
	test_not_contains out "forces replacement" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	group g.json /aws-glue/jobs/retail-nightly &&
	test_equal 30 "$(json_get g.json "d[\"retentionInDays\"]")" &&
	test_equal "{\"owner\": \"bi\", \"team\": \"data\", $TT}" \
		"$(group_tags /aws-glue/jobs/retail-nightly)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'drift made with the aws CLI is shown and undone' '
	export RETENTION=30 EXTRA_TAG="owner: bi" &&
	logs put-retention-policy --log-group-name /aws-glue/jobs/retail-nightly \
		--retention-in-days 1 &&
	logs tag-resource --resource-arn \
		arn:aws:logs:us-east-1:123456789012:log-group:/aws-glue/jobs/retail-nightly \
		--tags extra=x &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "~ retention_in_days *= 1 -> 30" &&
	test_match out "- \"extra\" *= \"x\"" &&
	terrace apply -auto-approve >out 2>err &&
	group g.json /aws-glue/jobs/retail-nightly &&
	test_equal 30 "$(json_get g.json "d[\"retentionInDays\"]")" &&
	test_equal "{\"owner\": \"bi\", \"team\": \"data\", $TT}" \
		"$(group_tags /aws-glue/jobs/retail-nightly)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'another KMS key is associated in place; none disassociates it' '
	export RETENTION=30 EXTRA_TAG="owner: bi" &&
	KMS_KEY=$KMS2 logs_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_line out "# glue_logs will be updated in-place" &&
	test_match out "~ kms_key_id *= \"$KMS\" -> \"$KMS2\"" &&
	test_not_contains out "forces replacement" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	group g.json /aws-glue/jobs/retail-nightly &&
	test_equal "$KMS2" "$(json_get g.json "d[\"kmsKeyId\"]")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	KMS_KEY=none logs_stack &&
	sed -i "/kms_key_id: none/d" stack.yaml &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	group g.json /aws-glue/jobs/retail-nightly &&
	test_equal false "$(json_get g.json "\"kmsKeyId\" in d")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	logs_stack &&
	terrace apply -auto-approve >out 2>err &&
	group g.json /aws-glue/jobs/retail-nightly &&
	test_equal "$KMS" "$(json_get g.json "d[\"kmsKeyId\"]")"
'

test_expect_success 'retention 0 means never expire: the policy is deleted' '
	export EXTRA_TAG="owner: bi" &&
	RETENTION=0 logs_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	group g.json /aws-glue/jobs/retail-nightly &&
	test_equal false "$(json_get g.json "\"retentionInDays\" in d")" &&
	RETENTION=30 logs_stack &&
	terrace apply -auto-approve >out 2>err &&
	group g.json /aws-glue/jobs/retail-nightly &&
	test_equal 30 "$(json_get g.json "d[\"retentionInDays\"]")"
'

test_expect_success 'import by name, then no changes' '
	export RETENTION=30 EXTRA_TAG="owner: bi" &&
	logs_stack &&
	terrace state rm lambda_logs >out 2>err &&
	terrace import lambda_logs /aws/lambda/ingest >out 2>err &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'destroy leaves no log group' '
	export RETENTION=30 EXTRA_TAG="owner: bi" &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 2 destroyed." &&
	test_equal 0 "$(logs describe-log-groups --output json --query "length(logGroups)")"
'

test_done
