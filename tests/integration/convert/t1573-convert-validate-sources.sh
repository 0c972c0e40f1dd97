#!/usr/bin/env bash
# t1573-convert-validate-sources: `terrace validate` in a folder that holds
# what `terrace convert` reads says what it is and what to run: a
# CloudFormation template (YAML with its short tags, or JSON) and a
# Terraform configuration, without the template's tags as errors when the
# folder has no stack file; beside a stack file that fails to load, its
# errors and the same note; a stack file whose text names Resources is no
# template. A folder whose stack loads says nothing of them.
. "$(dirname "$0")/../lib.sh"

here=$TEST_DIR/convert/t1572

test_expect_success 'a folder with a CloudFormation template: what it is and the convert to run, not its tags' '
	mkdir cfn && cp "$here/set/app.yaml" cfn/app.yaml &&
	printf "{\"Resources\": {\"Q\": {\"Type\": \"AWS::SQS::Queue\"}}}\n" >cfn/queue.json &&
	(cd cfn && test_expect_code 1 terrace validate -no-color) >out 2>err &&
	test_cmp - err <<-\EOF
	Error: app.yaml is a CloudFormation template, not a stack file: `terrace convert -out stack/stack.yaml app.yaml` writes the stack it means (docs/convert.md); validate that
	Error: queue.json is a CloudFormation template, not a stack file: `terrace convert -out stack/stack.yaml queue.json` writes the stack it means (docs/convert.md); validate that
	EOF
'

test_expect_success 'with -json: the same, as one error each' '
	(cd cfn && test_expect_code 1 terrace validate -json) >out 2>err &&
	test_contains out "\"error_count\": 2" &&
	test_contains out "app.yaml is a CloudFormation template, not a stack file" &&
	test_not_contains out "unsupported tag"
'

test_expect_success 'a folder with Terraform files: what it is and the convert to run' '
	mkdir tf && printf "resource \"aws_sqs_queue\" \"q\" {}\n" >tf/main.tf &&
	(cd tf && test_expect_code 1 terrace validate -no-color) >out 2>err &&
	test_line err "Error: this folder holds a Terraform configuration (.tf files), not a stack: \`terrace convert -out stack/stack.yaml .\` writes the stack it means (docs/convert.md); validate that" &&
	test_equal 1 "$(wc -l <err)" &&
	test_expect_code 1 terrace validate -stack tf -no-color >out 2>err &&
	test_contains err "Error: tf holds a Terraform configuration"
'

test_expect_success 'a template beside a stack file: the load'\''s errors, then the note' '
	mkdir mixed && cp "$here/set/app.yaml" mixed/app.yaml &&
	printf "resources:\n  q:\n    type: awscc.sqs.queue\n" >mixed/stack.yaml &&
	(cd mixed && test_expect_code 1 terrace validate -no-color) >out 2>err &&
	test_contains err "app.yaml:12:25: error: unsupported tag \"!Join\"" &&
	test_line err "Error: app.yaml is a CloudFormation template, not a stack file: \`terrace convert -out stack/stack.yaml app.yaml\` writes the stack it means (docs/convert.md); validate that"
'

test_expect_success 'a stack file that names Resources in its text is no template: its own errors alone' '
	mkdir own &&
	printf "# Converted from a template: Resources, AWSTemplateFormatVersion\nresources:\n  q:\n    type: awscc.sqs.nothing\n" >own/stack.yaml &&
	(cd own && test_expect_code 1 terrace validate -no-color) >out 2>err &&
	test_contains err "unknown resource type" &&
	test_not_contains err "CloudFormation template"
'

test_expect_success 'a stack that loads, with a .tf file beside it: nothing said of it' '
	mkdir ok && printf "resources:\n  q:\n    type: awscc.sqs.queue\n" >ok/stack.yaml &&
	cp tf/main.tf ok/ &&
	(cd ok && terrace validate -no-color) >out 2>err &&
	test_contains out "Success! The stack is valid (1 resources)." &&
	test_empty err
'

test_done
