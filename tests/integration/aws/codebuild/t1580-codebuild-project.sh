#!/usr/bin/env bash
# t1580-codebuild-project: aws.codebuild.project against moto: a project
# with its role (an aws.iam.role of the stack), environment variables, S3
# artifacts and logs, read back with batch-get-projects; a second plan
# clean; an update in place (UpdateProject: description, timeouts, a
# variable, a tag); a change made outside put back; a project someone else
# made refused, naming it, and left as it was; a lost create's project
# adopted by its tags; import by name; a name CodeBuild refuses and a role
# that does not exist refused, naming the resource and the attribute;
# terrace policy passes the role to CodeBuild; destroy leaves no project. moto lacks UpdateProject and CodeBuild's
# defaults: tests/servers/moto_patches/codebuild_projects.py.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

# project NAME: the project as batch-get-projects gives it, in project.json.
project () {
	s3 codebuild batch-get-projects --names "$1" --query "projects[0]" --output json >project.json
}

project_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  role:
	    type: aws.iam.role
	    name: t1580-build
	    assume_role_policy:
	      Version: "2012-10-17"
	      Statement:
	        - {Effect: Allow, Principal: {Service: codebuild.amazonaws.com}, Action: "sts:AssumeRole"}
	  tests:
	    type: aws.codebuild.project
	    name: t1580-tests
	    description: ${DESC:-the pipeline tests}
	    service_role: \${role.arn}
	    build_timeout: ${TIMEOUT:-30}
	    ${SRCV:+source_version: $SRCV}
	    source:
	      type: GITHUB
	      location: https://github.com/example/pipeline.git
	      git_clone_depth: 1
	      buildspec: ci/buildspec.yml
	    artifacts: {type: S3, location: t1580-artifacts, packaging: ZIP}
	    environment:
	      type: LINUX_CONTAINER
	      image: aws/codebuild/amazonlinux2-x86_64-standard:5.0
	      compute_type: BUILD_GENERAL1_SMALL
	      environment_variable:
	        - {name: STAGE, value: ${STAGE:-test}}
	        - {name: DB_PASSWORD, value: /pipeline/db, type: PARAMETER_STORE}
	    logs_config:
	      cloudwatch_logs: {group_name: /ci/t1580}
	    tags: {team: ${TEAM:-data}}
	YAML
}

test_expect_success 'apply makes the project; batch-get-projects reads it as written' '
	SRCV=refs/heads/main project_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." &&
	project t1580-tests &&
	test_equal "the pipeline tests" "$(json_get project.json "d[\"description\"]")" &&
	test_equal arn:aws:iam::123456789012:role/t1580-build "$(json_get project.json "d[\"serviceRole\"]")" &&
	test_equal 30 "$(json_get project.json "d[\"timeoutInMinutes\"]")" &&
	test_equal refs/heads/main "$(json_get project.json "d[\"sourceVersion\"]")" &&
	test_equal 480 "$(json_get project.json "d[\"queuedTimeoutInMinutes\"]")" &&
	test_equal "GITHUB 1 ci/buildspec.yml" "$(json_get project.json "\" \".join(str(d[\"source\"][k]) for k in (\"type\", \"gitCloneDepth\", \"buildspec\"))")" &&
	test_equal "S3 t1580-artifacts ZIP" "$(json_get project.json "\" \".join(d[\"artifacts\"][k] for k in (\"type\", \"location\", \"packaging\"))")" &&
	test_equal "STAGE=test:PLAINTEXT DB_PASSWORD=/pipeline/db:PARAMETER_STORE" "$(json_get project.json "\" \".join(v[\"name\"] + \"=\" + v[\"value\"] + \":\" + v[\"type\"] for v in d[\"environment\"][\"environmentVariables\"])")" &&
	test_equal /ci/t1580 "$(json_get project.json "d[\"logsConfig\"][\"cloudWatchLogs\"][\"groupName\"]")" &&
	{ echo team=data && stack_tags; } >expect &&
	json_get project.json "\"\\n\".join(sorted(t[\"key\"] + \"=\" + t[\"value\"] for t in d[\"tags\"]))" >tags &&
	test_cmp expect tags &&
	test_equal arn:aws:codebuild:us-east-1:123456789012:project/t1580-tests \
		"$(json_get terrace.state.json "d[\"resources\"][\"tests\"][\"attributes\"][\"arn\"]")"
'

test_expect_success 'a second plan is a no-op' '
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'a new description, timeout, variable and tag, the source version taken out: one update in place' '
	DESC="tests and lint" TIMEOUT=45 STAGE=ci TEAM=platform project_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	project t1580-tests &&
	test_equal "tests and lint" "$(json_get project.json "d[\"description\"]")" &&
	test_equal 45 "$(json_get project.json "d[\"timeoutInMinutes\"]")" &&
	test_equal ci "$(json_get project.json "d[\"environment\"][\"environmentVariables\"][0][\"value\"]")" &&
	test_equal null "$(json_get project.json "d.get(\"sourceVersion\") or None")" &&
	test_equal platform "$(json_get project.json "[t[\"value\"] for t in d[\"tags\"] if t[\"key\"] == \"team\"][0]")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a change made outside terrace is planned and put back' '
	export DESC="tests and lint" TIMEOUT=45 STAGE=ci TEAM=platform &&
	s3 codebuild update-project --name t1580-tests --timeout-in-minutes 90 >/dev/null &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "build_timeout *= *90 -> 45" &&
	terrace apply -auto-approve >out 2>err &&
	project t1580-tests &&
	test_equal 45 "$(json_get project.json "d[\"timeoutInMinutes\"]")"
'

other_project () {
	s3 codebuild create-project --name "$1" --service-role arn:aws:iam::123456789012:role/t1580-build \
		--source type=NO_SOURCE,location=none,buildspec=version:0.2 --artifacts type=NO_ARTIFACTS \
		--environment type=LINUX_CONTAINER,image=aws/codebuild/standard:7.0,computeType=BUILD_GENERAL1_SMALL \
		${2:+--tags "$2"} >/dev/null
}

one_more () {
	local role=${3:-'${role.arn}'}
	cat >>stack.yaml <<-YAML
	  $1:
	    type: aws.codebuild.project
	    name: $2
	    service_role: $role
	    source: {type: NO_SOURCE, buildspec: "version: 0.2"}
	    artifacts: {type: NO_ARTIFACTS}
	    environment: {type: LINUX_CONTAINER, image: aws/codebuild/standard:7.0, compute_type: BUILD_GENERAL1_SMALL}
	YAML
}

test_expect_success 'a project someone else made is refused, naming it, and left as it was' '
	export DESC="tests and lint" TIMEOUT=45 STAGE=ci TEAM=platform &&
	other_project t1580-theirs &&
	project_stack && one_more theirs t1580-theirs &&
	test_expect_code 1 terrace apply -auto-approve >out 2>err &&
	test_contains err "aws.codebuild.project: a project named t1580-theirs already exists but is not in this state: import it or choose another name (codebuild CreateProject: ResourceAlreadyExistsException)" &&
	project t1580-theirs &&
	test_equal none "$(json_get project.json "d[\"source\"][\"location\"]")"
'

test_expect_success 'a project a lost create made (this stack'"'"'s tags) is adopted' '
	export DESC="tests and lint" TIMEOUT=45 STAGE=ci TEAM=platform &&
	other_project t1580-lost "[{\"key\": \"terrace:stack\", \"value\": \"$TEST_NAME\"}, {\"key\": \"terrace:workspace\", \"value\": \"default\"}]" &&
	project_stack && one_more lost t1580-lost &&
	python3 - <<-\PY &&
	import json
	st = json.load(open("terrace.state.json"))
	st["resources"]["lost"] = {
	    "type": "aws.codebuild.project", "provider": st["resources"]["tests"]["provider"],
	    "status": "pending", "attributes": {"name": "t1580-lost"},
	    "sensitive_attributes": [], "dependencies": []}
	json.dump(st, open("terrace.state.json", "w"))
	PY
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	project t1580-lost &&
	test_equal "version: 0.2" "$(json_get project.json "d[\"source\"][\"buildspec\"]")" &&
	test_equal NO_SOURCE "$(json_get project.json "d[\"source\"][\"type\"]")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'import by name: what differs is an update in place, then no changes' '
	export DESC="tests and lint" TIMEOUT=45 STAGE=ci TEAM=platform &&
	project_stack && one_more lost t1580-lost && one_more theirs t1580-theirs &&
	terrace import theirs t1580-theirs >out 2>err &&
	test_contains out "Import successful" &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	test_match out "\"location\" *= \"none\" -> null" &&
	terrace apply -auto-approve >out 2>err &&
	project t1580-theirs &&
	test_equal "version: 0.2" "$(json_get project.json "d[\"source\"][\"buildspec\"]")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a name CodeBuild refuses is refused at validate, at its line' '
	mkdir bad && (
		cd bad && write_stack stack.yaml &&
		echo "resources:" >>stack.yaml && one_more bad "t1580 tests" arn:aws:iam::123456789012:role/x &&
		test_expect_code 1 terrace validate >../out 2>../err
	) &&
	test_match err "stack.yaml:[0-9]*:[0-9]*: .*bad.*name" &&
	test_contains err "t1580 tests"
'

# plan reads that a literal service role exists (service_role takes an IAM
# role's ARN or name: schema_kinds.py's API_KINDS); with the reads off
# (TERRACE_AWS_READ_LITERALS=0), what CodeBuild answers at apply
test_expect_success 'a role that does not exist is refused at plan, and at apply, naming the resource and the role' '
	mkdir norole && (
		cd norole && write_stack stack.yaml &&
		echo "resources:" >>stack.yaml &&
		one_more orphan t1580-orphan arn:aws:iam::123456789012:role/t1580-nobody &&
		test_expect_code 1 terrace plan >../out 2>../plan.err &&
		(export TERRACE_AWS_READ_LITERALS=0 &&
		 test_expect_code 1 terrace apply -auto-approve >../out 2>../err)
	) &&
	test_contains plan.err "orphan: aws.codebuild.project: service_role: \"arn:aws:iam::123456789012:role/t1580-nobody\" is an IAM role'"'"'s ARN that AWS does not have (IAM GetRole says none)" &&
	test_contains err "orphan: aws.codebuild.project: service_role: codebuild CreateProject: HTTP 400 InvalidInputException: CodeBuild is not authorized to perform: sts:AssumeRole on arn:aws:iam::123456789012:role/t1580-nobody" &&
	! s3 codebuild batch-get-projects --names t1580-orphan --query "projects[0].name" --output text | grep t1580
'

test_expect_success 'terrace policy passes the service role to CodeBuild alone' '
	export DESC="tests and lint" TIMEOUT=45 STAGE=ci TEAM=platform &&
	project_stack &&
	terrace policy >policy.json 2>err &&
	json_get policy.json "[s for s in d[\"Statement\"] if s[\"Action\"] == \"iam:PassRole\"][0]" >pass &&
	test_contains pass "\"iam:PassedToService\": \"codebuild.amazonaws.com\"" &&
	test_contains pass "\"Resource\": \"arn:aws:iam::123456789012:role/t1580-build\"" &&
	test_contains policy.json "codebuild:UpdateProject"
'

test_expect_success 'destroy leaves no project of the stack' '
	export DESC="tests and lint" TIMEOUT=45 STAGE=ci TEAM=platform &&
	project_stack && one_more lost t1580-lost && one_more theirs t1580-theirs &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 4 destroyed." &&
	s3 codebuild list-projects --query "projects" --output text >left &&
	test_empty left
'

test_done
