#!/usr/bin/env bash
# t1586-convert-codecommit: `terrace convert` of a CodeCommit repository,
# which Cloud Control cannot make (AWS::CodeCommit::Repository has no
# registry schema), as the written aws.codecommit.repository: from
# CloudFormation (t1586/repository.yaml: RepositoryDescription as
# description, Tags as the map tags, Fn::GetAtt Name as repository_name,
# Ref as repository_id, Triggers as triggers; Code left out, named), and from
# Terraform (t1586/tf: aws_codecommit_repository, its id the name). Each
# stack validates, applies on moto, the AWS CLI reads the repository as the
# source says, a second plan has no change, and destroy leaves none.
# -existing imports none: CloudFormation's physical id is the repository's
# id, not its name.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

here=$TEST_HERE/t1586
cc () { s3 codecommit "$@"; }

test_expect_success 'convert: the written type, its properties and attributes renamed, Code named as left out' '
	mkdir cfn &&
	test_expect_code 3 terrace convert "$here/repository.yaml" >cfn/stack.yaml 2>err &&
	test_line cfn/stack.yaml "type: aws.codecommit.repository" &&
	test_line cfn/stack.yaml "description: the data pipelines" &&
	test_line cfn/stack.yaml "team: data" &&
	test_line cfn/stack.yaml "repo: \${var.RepoName}" &&
	test_line cfn/stack.yaml "value: \${Repo.repository_name}" &&
	test_line cfn/stack.yaml "value: \${Repo.repository_id}" &&
	test_line cfn/stack.yaml "value: \${Repo.clone_url_http}" &&
	test_line cfn/stack.yaml "destination_arn: arn:aws:sns:us-east-1:123456789012:t1586" &&
	test_not_contains err "Triggers" &&
	test_contains err "resource Repo: AWS::CodeCommit::Repository has no property Code in its schema (aws.codecommit.repository); left out" &&
	test_line err "1 construct left out (the warnings above say which and why)"
'

test_expect_success 'the stack validates, applies on moto, the CLI reads it, and it plans no change' '
	write_stack cfn/moto.yaml &&
	sed -i "/^stack: /d" cfn/moto.yaml &&
	(cd cfn && terrace validate -no-color) >out 2>err &&
	test_contains out "Success! The stack is valid (1 resources)" &&
	(cd cfn && terrace apply -auto-approve -no-color) >out 2>err &&
	test_contains out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	cc get-repository --repository-name t1586-pipelines --output json >repo.json &&
	test_equal "the data pipelines" "$(json_get repo.json "d[\"repositoryMetadata\"][\"repositoryDescription\"]")" &&
	id=$(json_get repo.json "d[\"repositoryMetadata\"][\"repositoryId\"]") &&
	cc list-tags-for-resource --resource-arn arn:aws:codecommit:us-east-1:123456789012:t1586-pipelines \
		--output json >tags.json &&
	test_equal "data t1586-pipelines" "$(json_get tags.json "d[\"tags\"][\"team\"] + \" \" + d[\"tags\"][\"repo\"]")" &&
	test_equal "notify all" "$(cc get-repository-triggers --repository-name t1586-pipelines \
		--query "triggers[0].[name, events[0]]" --output text | tr "\t" " ")" &&
	(cd cfn && terrace output -raw Id) >out 2>err &&
	test_equal "$id" "$(cat out)" &&
	(cd cfn && terrace output -raw Name) >out 2>err &&
	test_equal t1586-pipelines "$(cat out)" &&
	(cd cfn && test_expect_code 0 terrace plan -detailed-exitcode -no-color) >out 2>err &&
	test_contains out "No changes."
'

test_expect_success 'destroy leaves none' '
	(cd cfn && terrace destroy -auto-approve -no-color) >out 2>err &&
	test_contains out "Destroy complete! Resources: 1 destroyed." &&
	test_equal 0 "$(cc list-repositories --query "length(repositories)" --output text)"
'

test_expect_success '-existing imports none: its physical id is the repository id, not its name' '
	cat >existing.json <<-JSON &&
	{"StackResources": [
	 {"StackName": "t1586", "LogicalResourceId": "Repo", "PhysicalResourceId": "0b6c1bb0-4d2f-4bd7-9d4a-1c2b3d4e5f60", "ResourceStatus": "CREATE_COMPLETE"}]}
	JSON
	test_expect_code 3 terrace convert -existing existing.json "$here/repository.yaml" >imported.yaml 2>err &&
	test_contains err "Repo (0b6c1bb0-4d2f-4bd7-9d4a-1c2b3d4e5f60) is written as aws.codecommit.repository, whose id is not CloudFormation'"'"'s physical id; not imported" &&
	test_not_contains imported.yaml "0b6c1bb0"
'

test_expect_success 'from Terraform: aws_codecommit_repository as the written type, its id the name; applied, read, planned clean, destroyed' '
	mkdir tf &&
	terrace convert -from terraform "$here/tf" >tf/stack.yaml 2>err &&
	test_empty err &&
	test_line tf/stack.yaml "type: aws.codecommit.repository" &&
	test_line tf/stack.yaml "value: \${repo.repository_name}" &&
	write_stack tf/moto.yaml &&
	sed -i "/^stack: /d" tf/moto.yaml &&
	(cd tf && terrace apply -auto-approve -no-color) >out 2>err &&
	test_contains out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	test_equal "converted from Terraform" "$(cc get-repository --repository-name t1586-from-terraform \
		--query repositoryMetadata.repositoryDescription --output text)" &&
	(cd tf && terrace output -raw clone_url_ssh) >out 2>err &&
	test_equal ssh://git-codecommit.us-east-1.amazonaws.com/v1/repos/t1586-from-terraform "$(cat out)" &&
	(cd tf && test_expect_code 0 terrace plan -detailed-exitcode -no-color) >out 2>err &&
	(cd tf && terrace destroy -auto-approve -no-color) >out 2>err &&
	test_equal 0 "$(cc list-repositories --query "length(repositories)" --output text)"
'

test_done
