#!/usr/bin/env bash
# t1581-convert-codebuild: `terrace convert` of a CodeBuild project, which
# Cloud Control cannot make (AWS::CodeBuild::Project has no registry
# schema), to the written type aws.codebuild.project: from CloudFormation
# (t1581/project.yaml: TimeoutInMinutes as build_timeout, BuildSpec as
# buildspec, EnvironmentVariables as environment_variable, CloudWatchLogs
# as cloudwatch_logs, the Tags list as the tags map) and from Terraform
# (t1581/tf/main.tf: aws_codebuild_project, blocks as its objects); each
# carried whole (exit 0), validates, applies on moto, reads back with the
# AWS CLI as the source says, plans no change, and destroy leaves none. A
# template without the project's Name gets CloudFormation's kind of name,
# the stack's, the logical id and a suffix of the stack and workspace
# (${terrace.stack}-Project-XXXXXXXX). -existing
# imports the project CloudFormation made by its physical id, its name.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

here=$TEST_DIR/convert/t1581

# project NAME: the project as batch-get-projects gives it, in project.json.
project () {
	s3 codebuild batch-get-projects --names "$1" --query "projects[0]" --output json >project.json
}

# applied DIR: DIR's converted stack validates, applies on moto and plans no change.
applied () {
	write_stack "$1/moto.yaml" &&
	sed -i "/^stack: /d" "$1/moto.yaml" &&
	(cd "$1" && terrace validate -no-color) >out 2>err &&
	test_contains out "Success! The stack is valid (2 resources)" &&
	(cd "$1" && terrace apply -auto-approve -no-color) >out 2>err &&
	test_contains out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." &&
	(cd "$1" && test_expect_code 0 terrace plan -detailed-exitcode -no-color) >out 2>err &&
	test_contains out "No changes."
}

# as_written NAME: the project reads back as both sources write it.
as_written () {
	project "$1" &&
	test_equal "the pipeline tests" "$(json_get project.json "d[\"description\"]")" &&
	test_equal 30 "$(json_get project.json "d[\"timeoutInMinutes\"]")" &&
	test_equal "GITHUB 1 ci/buildspec.yml" "$(json_get project.json "\" \".join(str(d[\"source\"][k]) for k in (\"type\", \"gitCloneDepth\", \"buildspec\"))")" &&
	test_equal "STAGE=test:PLAINTEXT DB_PASSWORD=/pipeline/db:PARAMETER_STORE" "$(json_get project.json "\" \".join(v[\"name\"] + \"=\" + v[\"value\"] + \":\" + v[\"type\"] for v in d[\"environment\"][\"environmentVariables\"])")" &&
	test_equal /ci/pipeline "$(json_get project.json "d[\"logsConfig\"][\"cloudWatchLogs\"][\"groupName\"]")" &&
	test_equal data "$(json_get project.json "[t[\"value\"] for t in d[\"tags\"] if t[\"key\"] == \"team\"][0]")"
}

test_expect_success 'CloudFormation: AWS::CodeBuild::Project as aws.codebuild.project, all carried' '
	mkdir cfn &&
	terrace convert "$here/project.yaml" >cfn/stack.yaml 2>err &&
	test_empty err &&
	test_line cfn/stack.yaml "type: aws.codebuild.project" &&
	test_line cfn/stack.yaml "build_timeout: 30" &&
	test_line cfn/stack.yaml "buildspec: ci/buildspec.yml" &&
	test_line cfn/stack.yaml "environment_variable:" &&
	test_line cfn/stack.yaml "cloudwatch_logs:" &&
	test_line cfn/stack.yaml "team: data" &&
	test_line cfn/stack.yaml "value: \${Project.name}"
'

test_expect_success 'CloudFormation: a project without Name is named by the stack, its logical id and a suffix of the stack and workspace' '
	mkdir unnamed &&
	sed "/Name: t1581-cfn/d" "$here/project.yaml" >unnamed.yaml &&
	terrace convert unnamed.yaml >unnamed/stack.yaml 2>err &&
	test_empty err &&
	test_line unnamed/stack.yaml "name: \${terrace.stack}-Project-\${substr(sha1(\"terrace:\${terrace.stack}/\${terrace.workspace}/Project\"), 0, 8)}" &&
	(cd unnamed && terrace validate -no-color) >out 2>err &&
	test_contains out "Success! The stack is valid (2 resources)" &&
	sed -n "s/^ *name: \${terrace.stack}-Project-\${\(.*\)}$/\1/p" unnamed/stack.yaml >suffix &&
	(cd unnamed && terrace console -no-color) <suffix >one 2>err &&
	(cd unnamed && terrace workspace new dev >/dev/null && terrace console -no-color) <suffix >two 2>err &&
	grep -Ex "\"[0-9a-f]{8}\"" one && grep -Ex "\"[0-9a-f]{8}\"" two && ! test_cmp one two
'

test_expect_success 'CloudFormation: the stack applies on moto as the template says, then no change' '
	applied cfn &&
	as_written t1581-cfn &&
	test_equal arn:aws:iam::123456789012:role/t1581-cfn-build "$(json_get project.json "d[\"serviceRole\"]")"
'

test_expect_success 'CloudFormation: -existing imports the project by its physical id, its name; only the stack tag changes' '
	cat >existing.json <<-\EOF &&
	{"StackResources": [
	 {"LogicalResourceId": "Project", "PhysicalResourceId": "t1581-cfn", "ResourceType": "AWS::CodeBuild::Project"},
	 {"LogicalResourceId": "BuildRole", "PhysicalResourceId": "t1581-cfn-build", "ResourceType": "AWS::IAM::Role"}]}
	EOF
	mkdir imp &&
	terrace convert -existing existing.json "$here/project.yaml" >imp/stack.yaml 2>err &&
	test_empty err &&
	test_line imp/stack.yaml "- to: Project" &&
	test_line imp/stack.yaml "id: t1581-cfn" &&
	write_stack imp/moto.yaml &&
	sed -i "/^stack: /d" imp/moto.yaml &&
	(cd imp && terrace plan -no-color) >out 2>err &&
	test_line out "Plan: 2 to import, 0 to add, 2 to change, 0 to destroy." &&
	test_match out "\"terrace:stack\" *= \"cfn\" -> \"imp\"" &&
	test_equal 2 "$(grep -c " -> " out)" &&
	(cd imp && terrace apply -auto-approve -no-color) >out 2>err &&
	test_contains out "Apply complete! Resources: 2 imported, 0 added, 2 changed, 0 destroyed." &&
	(cd imp && test_expect_code 0 terrace plan -detailed-exitcode -no-color) >out 2>err &&
	test_contains out "No changes."
'

test_expect_success 'Terraform: aws_codebuild_project as aws.codebuild.project, all carried' '
	mkdir tf &&
	terrace convert -from terraform "$here/tf" >tf/stack.yaml 2>err &&
	test_empty err &&
	test_line tf/stack.yaml "type: aws.codebuild.project" &&
	test_line tf/stack.yaml "environment_variable:" &&
	test_line tf/stack.yaml "service_role: \${build.arn}"
'

test_expect_success 'Terraform: the stack applies on moto as the module says, then no change' '
	applied tf &&
	as_written t1581-tf
'

test_expect_success 'destroy leaves no project' '
	(cd cfn && terrace destroy -auto-approve -no-color) >out 2>err &&
	test_line out "Destroy complete! Resources: 2 destroyed." &&
	(cd tf && terrace destroy -auto-approve -no-color) >out 2>err &&
	test_line out "Destroy complete! Resources: 2 destroyed." &&
	s3 codebuild list-projects --query "projects" --output text >left &&
	test_empty left
'

test_done
