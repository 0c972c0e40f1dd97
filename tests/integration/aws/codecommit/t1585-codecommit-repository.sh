#!/usr/bin/env bash
# t1585-codecommit-repository: aws.codecommit.repository against moto: a
# repository with a description, a KMS key and tags, read back with the AWS
# CLI; a second plan clean; a default branch an empty repository waits for
# (clean), set once the repository has the branch, refused naming the
# attribute while it has others but not that one; description, key and
# tags changed in place; a trigger set, read back, changed, and refused
# naming triggers when its destination is no topic's or function's ARN
# ("all" beside other events: at validate, AWS's words); a change made outside planned and set back; a new
# name replaces it; a name someone else took is refused, naming it; a lost
# create adopted; import by its name; destroy leaves nothing; a key KMS
# does not have refused at plan naming the attribute, a disabled one at
# apply; a name CodeCommit refuses, refused at validate. moto lacks most of CodeCommit:
# tests/servers/moto_patches/codecommit_repositories.py.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

cc () { s3 codecommit "$@"; }

# meta NAME EXPR: EXPR of GetRepository's repositoryMetadata (d), as the CLI gives it.
meta () {
	cc get-repository --repository-name "$1" --output json >meta.json &&
	json_get meta.json "$2"
}

# tags_of NAME: its tags, KEY=VALUE sorted, one line.
tags_of () {
	cc list-tags-for-resource --resource-arn "arn:aws:codecommit:us-east-1:123456789012:$1" \
		--output json >tags.json &&
	json_get tags.json "\" \".join(sorted(k + \"=\" + v for k, v in d[\"tags\"].items()))"
}

# count: how many repositories moto holds.
count () {
	cc list-repositories --query "length(repositories)" --output text
}

repo_stack () {
	write_stack stack.yaml "$(printf '  %s: {type: string}\n' key key2 nokey)"
	cat >>stack.yaml <<-YAML
	resources:
	  repo:
	    type: aws.codecommit.repository
	    repository_name: ${NAME:-pipelines}
	    description: ${DESC:-the data pipelines}
	    kms_key_id: \${var.${KEY:-key}}
	    tags: {team: ${TEAM:-data}}
	YAML
	if test -n "$BRANCH"; then
		echo "    default_branch: $BRANCH" >>stack.yaml
	fi
	if test -n "$TRIGGER"; then
		cat >>stack.yaml <<-YAML
		    triggers:
		      - {name: notify, destination_arn: "$TRIGGER", events: [${EVENTS:-all}], branches: [main]}
		YAML
	fi
	return 0
}

test_expect_success 'setup: two KMS keys' '
	s3 kms create-key --query KeyMetadata.KeyId --output text >key1 &&
	s3 kms create-key --query KeyMetadata.KeyId --output text >key2 &&
	test -s key1 && test -s key2
'
export TERRACE_VAR_key=$(cat key1 2>/dev/null) TERRACE_VAR_key2=$(cat key2 2>/dev/null)
export TERRACE_VAR_nokey=0000aaaa-0000-0000-0000-000000000000

test_expect_success 'apply makes it with its description, key and tags; the CLI reads them' '
	repo_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	test_equal "the data pipelines" "$(meta pipelines "d[\"repositoryMetadata\"][\"repositoryDescription\"]")" &&
	test_match meta.json "\"kmsKeyId\": \"arn:aws:kms:us-east-1:123456789012:key/$TERRACE_VAR_key\"" &&
	test_equal "team=data terrace:stack=t1585-codecommit-repository terrace:workspace=default" \
		"$(tags_of pipelines)" &&
	test_equal pipelines "$(json_get terrace.state.json "d[\"resources\"][\"repo\"][\"id\"]")" &&
	test_equal https://git-codecommit.us-east-1.amazonaws.com/v1/repos/pipelines \
		"$(json_get terrace.state.json "d[\"resources\"][\"repo\"][\"attributes\"][\"clone_url_http\"]")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'a default branch in a repository with no branch waits: applied, then clean' '
	BRANCH=main repo_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	test_equal null "$(meta pipelines "d[\"repositoryMetadata\"].get(\"defaultBranch\")")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'once the branches exist it is set; a branch it lacks is refused naming default_branch' '
	cc create-branch --repository-name pipelines --branch-name dev --commit-id 0123abcd &&
	cc create-branch --repository-name pipelines --branch-name main --commit-id 0123abcd &&
	BRANCH=main repo_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "~ default_branch *= \"dev\" -> \"main\"" &&
	terrace apply -auto-approve >out 2>err &&
	test_equal main "$(meta pipelines "d[\"repositoryMetadata\"][\"defaultBranch\"]")" &&
	BRANCH=release repo_stack &&
	test_expect_code 1 terrace apply -auto-approve >out 2>err &&
	test_contains err "aws.codecommit.repository: repository pipelines has no branch release for default_branch (codecommit UpdateDefaultBranch: BranchDoesNotExistException)" &&
	test_equal main "$(meta pipelines "d[\"repositoryMetadata\"][\"defaultBranch\"]")"
'

test_expect_success 'description, key and tags change in place' '
	BRANCH=main DESC="pipelines, v2" KEY=key2 TEAM=platform repo_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	test_equal "pipelines, v2" "$(meta pipelines "d[\"repositoryMetadata\"][\"repositoryDescription\"]")" &&
	test_match meta.json "\"kmsKeyId\": \"arn:aws:kms:us-east-1:123456789012:key/$TERRACE_VAR_key2\"" &&
	test_equal "team=platform terrace:stack=t1585-codecommit-repository terrace:workspace=default" \
		"$(tags_of pipelines)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

TOPIC=arn:aws:sns:us-east-1:123456789012:t1585-builds
test_expect_success 'a trigger is set, read back with the CLI, changed; the next plan is clean' '
	s3 sns create-topic --name t1585-builds >/dev/null &&
	BRANCH=main DESC="pipelines, v2" KEY=key2 TEAM=platform TRIGGER=$TOPIC repo_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	cc get-repository-triggers --repository-name pipelines --output json >triggers.json &&
	test_equal "notify $TOPIC all main" "$(json_get triggers.json "\" \".join([d[\"triggers\"][0][k] for k in (\"name\", \"destinationArn\")] + d[\"triggers\"][0][\"events\"] + d[\"triggers\"][0][\"branches\"])")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	BRANCH=main DESC="pipelines, v2" KEY=key2 TEAM=platform TRIGGER=$TOPIC EVENTS="createReference, deleteReference" repo_stack &&
	terrace apply -auto-approve >out 2>err &&
	cc get-repository-triggers --repository-name pipelines --output json >triggers.json &&
	test_equal "createReference deleteReference" "$(json_get triggers.json "\" \".join(d[\"triggers\"][0][\"events\"])")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a trigger to what is no topic or function is refused naming triggers; "all" beside others at validate' '
	BRANCH=main DESC="pipelines, v2" KEY=key2 TEAM=platform TRIGGER=arn:aws:sqs:us-east-1:123456789012:q repo_stack &&
	test_expect_code 1 terrace apply -auto-approve >out 2>err &&
	test_contains err "InvalidRepositoryTriggerDestinationArnException" &&
	test_contains err "(aws.codecommit.repository pipelines: triggers)" &&
	cc get-repository-triggers --repository-name pipelines --output json >triggers.json &&
	test_equal $TOPIC "$(json_get triggers.json "d[\"triggers\"][0][\"destinationArn\"]")" &&
	BRANCH=main DESC="pipelines, v2" KEY=key2 TEAM=platform TRIGGER=$TOPIC EVENTS="all, createReference" repo_stack &&
	test_expect_code 1 terrace validate >out 2>err &&
	test_contains err "triggers[0].events" &&
	test_contains err "AWS says \"The valid value \"all\" cannot be used with any other values.\" (codecommit PutRepositoryTriggers triggers.events)"
'

test_expect_success 'a description changed outside is planned and set back' '
	cc update-repository-description --repository-name pipelines --repository-description changed &&
	BRANCH=main DESC="pipelines, v2" KEY=key2 TEAM=platform repo_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_contains out "~ description" &&
	terrace apply -auto-approve >out 2>err &&
	test_equal "pipelines, v2" "$(meta pipelines "d[\"repositoryMetadata\"][\"repositoryDescription\"]")"
'

test_expect_success 'a new name replaces the repository' '
	NAME=pipelines-v2 repo_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "repository_name .*# forces replacement" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 1 destroyed." &&
	! cc get-repository --repository-name pipelines >/dev/null 2>&1 &&
	test_equal "the data pipelines" "$(meta pipelines-v2 "d[\"repositoryMetadata\"][\"repositoryDescription\"]")" &&
	test_equal 1 "$(count)"
'

test_expect_success 'a name someone else took is refused, naming it, and left as it was' '
	cc create-repository --repository-name theirs --repository-description theirs >/dev/null &&
	NAME=pipelines-v2 repo_stack &&
	cat >>stack.yaml <<-\YAML &&
	  taken:
	    type: aws.codecommit.repository
	    repository_name: theirs
	YAML
	test_expect_code 1 terrace apply -auto-approve >out 2>err &&
	test_contains err "CodeCommit repository theirs already exists but is not in this state: import it or choose another repository_name" &&
	test_equal theirs "$(meta theirs "d[\"repositoryMetadata\"][\"repositoryDescription\"]")"
'

test_expect_success 'a repository a lost create made (its tags this stack'"'"'s) is adopted' '
	cc create-repository --repository-name lost --tags "terrace:stack=t1585-codecommit-repository,terrace:workspace=default" >/dev/null &&
	NAME=pipelines-v2 repo_stack &&
	cat >>stack.yaml <<-\YAML &&
	  lost:
	    type: aws.codecommit.repository
	    repository_name: lost
	    description: found again
	YAML
	python3 - <<-\PY &&
	import json
	st = json.load(open("terrace.state.json"))
	st["resources"]["lost"] = {
	    "type": "aws.codecommit.repository", "provider": st["resources"]["repo"]["provider"],
	    "status": "pending", "attributes": {"repository_name": "lost"},
	    "sensitive_attributes": [], "dependencies": []}
	json.dump(st, open("terrace.state.json", "w"))
	PY
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	test_equal "found again" "$(meta lost "d[\"repositoryMetadata\"][\"repositoryDescription\"]")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'import by its name, then no changes' '
	NAME=pipelines-v2 repo_stack &&
	cat >>stack.yaml <<-\YAML &&
	  lost:
	    type: aws.codecommit.repository
	    repository_name: lost
	    description: found again
	  taken:
	    type: aws.codecommit.repository
	    repository_name: theirs
	    description: theirs
	YAML
	terrace import taken theirs >out 2>err &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_contains out "~ tags" &&
	terrace apply -auto-approve >out 2>err &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'destroy deletes every repository it made' '
	NAME=pipelines-v2 repo_stack &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 3 destroyed." &&
	test_equal 0 "$(count)"
'

test_expect_success 'a key KMS does not have is refused at plan, naming kms_key_id; nothing is made' '
	NAME=nokey KEY=nokey repo_stack &&
	test_expect_code 1 terrace apply -auto-approve >out 2>err &&
	test_contains err "Error: repo: aws.codecommit.repository: kms_key_id: \"0000aaaa-0000-0000-0000-000000000000\" is a KMS key'"'"'s id that AWS does not have (KMS DescribeKey says none)" &&
	test_equal 0 "$(count)"
'

test_expect_success 'a disabled key is refused at apply, naming kms_key_id; nothing is made' '
	s3 kms disable-key --key-id "$TERRACE_VAR_key2" &&
	NAME=offkey KEY=key2 repo_stack &&
	test_expect_code 1 terrace apply -auto-approve >out 2>err &&
	test_contains err "EncryptionKeyDisabledException" &&
	test_contains err "(aws.codecommit.repository offkey: kms_key_id $TERRACE_VAR_key2)" &&
	test_equal 0 "$(count)"
'

test_expect_success 'a name CodeCommit refuses is refused at validate, at its line' '
	NAME="\"pipe lines\"" repo_stack &&
	test_expect_code 1 terrace validate >out 2>err &&
	test_contains err "stack.yaml:19:5: error: resource \"repo\" (aws.codecommit.repository): repository_name: \"pipe lines\" does not match the pattern AWS takes"
'

test_done
