#!/usr/bin/env bash
# t1422-env-prod-tags: production from a tag pipeline (issue 77 point 3),
# as a CI job runs it (CI=true, stdin not a terminal, a detached checkout).
# An environment's git_tag (a glob) admits a tag pipeline whose tag matches:
# the tag read from the CI (GitLab's CI_COMMIT_TAG, GitHub's GITHUB_REF_NAME
# with GITHUB_REF_TYPE=tag), else from git (a detached HEAD at a tag); a tag
# that does not match, a branch named like a tag and a detached HEAD at no
# tag are refused, each saying why; -allow-other-branch still lets any ref
# through. With git_tag and no git_branch, the branch admitted is the one
# the CI names as the default (GitLab's CI_DEFAULT_BRANCH); where the CI
# names none (GitHub) a branch is refused saying to write git_branch. A
# stack that writes git_branch alone is refused from a tag, as before, now
# saying to add git_tag. And the smaller point: a changed stack file is
# listed once in the refusal (it was listed twice, by both `git status`
# calls), beside a stack file not added; and TF_WORKSPACE beside -env is
# refused naming it.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
for v in GITHUB_ACTIONS GITHUB_HEAD_REF GITHUB_REF_NAME GITHUB_REF_TYPE GITLAB_CI \
	CI_MERGE_REQUEST_SOURCE_BRANCH_NAME CI_COMMIT_BRANCH CI_COMMIT_REF_NAME CI_COMMIT_TAG \
	CI_DEFAULT_BRANCH BITBUCKET_BUILD_NUMBER TF_BUILD CIRCLECI JENKINS_URL BUILDKITE TRAVIS \
	CODEBUILD_BUILD_ID; do
	unset $v
done
export CI=true TERRACE_USER=ci

prod_stack () { # the environment's git lines
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	environments:
	  prod:
	    mode: production
	$(printf '    %s\n' "$@")
	resources:
	  lake:
	    type: aws.s3.bucket
	    name: t1422-lake
	YAML
}
git_do () {
	git -c user.email=t@t -c user.name=t "$@"
}
commit_stack () {
	git_do add stack.yaml && git_do commit -q -m "$1" && git checkout -q --detach
}
# gitlab_tag TAG CMD...: CMD in a GitLab tag pipeline for TAG.
gitlab_tag () {
	local tag=$1
	shift
	GITLAB_CI=true CI_COMMIT_TAG=$tag CI_COMMIT_REF_NAME=$tag CI_DEFAULT_BRANCH=main "$@"
}

test_expect_success 'setup: git_branch main and git_tag v*, committed on main, checked out detached' '
	prod_stack "git_branch: main" "git_tag: \"v*\"" &&
	git init -q -b main . &&
	commit_stack stack &&
	test_expect_code 1 git symbolic-ref -q HEAD
'

test_expect_success 'a changed stack file is listed once in the refusal, beside one not added' '
	echo "# a change" >>stack.yaml &&
	printf "locals:\n  note: x\n" >new.yaml &&
	gitlab_tag v1.0 test_expect_code 1 terrace apply -env prod -auto-approve >out 2>err </dev/null &&
	test_contains err "apply -env prod refused: environment \"prod\" is production and the stack'"'"'s files have changes that are not committed:" &&
	test_equal 1 "$(grep -c "stack.yaml" err)" &&
	test_line err "M stack.yaml" &&
	test_line err "?? new.yaml"
	rc=$?
	git checkout -q -- stack.yaml && rm new.yaml && test $rc -eq 0
'

test_expect_success 'GitLab tag pipeline, tag v1.0 matches v*: applied, the tag named' '
	git_do tag v1.0 &&
	gitlab_tag v1.0 terrace apply -env prod -auto-approve >out 2>err </dev/null &&
	test_line err "environment \"prod\": the working tree is on a detached HEAD; the tag is \"v1.0\", from CI_COMMIT_TAG" &&
	test_contains out "Apply complete! Resources: 1 added" &&
	bucket_exists t1422-lake
'

test_expect_success 'GitLab tag pipeline, tag nightly-3 does not match: refused, naming both' '
	GITLAB_CI=true CI_COMMIT_TAG=nightly-3 CI_COMMIT_REF_NAME=nightly-3 \
		test_expect_code 1 terrace apply -env prod -auto-approve >out 2>err </dev/null &&
	test_line err "Error: apply -env prod refused: environment \"prod\" is applied from branch \"main\" (git_branch) or a tag matching \"v*\" (git_tag), and this CI job runs for tag \"nightly-3\" (CI_COMMIT_TAG). Switch to \"main\" or a tag matching \"v*\", or give -allow-other-branch to apply from here anyway" &&
	test_empty out
'

test_expect_success 'a tag pipeline with -allow-other-branch: the tag is not checked' '
	GITLAB_CI=true CI_COMMIT_TAG=nightly-3 CI_COMMIT_REF_NAME=nightly-3 \
		terrace apply -env prod -allow-other-branch -auto-approve >out 2>err </dev/null &&
	test_contains out "No changes." &&
	test_not_contains err "refused"
'

test_expect_success 'GitHub: GITHUB_REF_TYPE=tag admits v2.0; a branch named v2.0 is no tag' '
	GITHUB_ACTIONS=true GITHUB_REF_TYPE=tag GITHUB_REF_NAME=v2.0 \
		terrace apply -env prod -auto-approve >out 2>err </dev/null &&
	test_line err "environment \"prod\": the working tree is on a detached HEAD; the tag is \"v2.0\", from GITHUB_REF_NAME" &&
	test_contains out "No changes." &&
	GITHUB_ACTIONS=true GITHUB_REF_TYPE=branch GITHUB_REF_NAME=v2.0 \
		test_expect_code 1 terrace destroy -env prod -auto-approve >out 2>err </dev/null &&
	test_line err "Error: destroy -env prod refused: environment \"prod\" is applied from branch \"main\" (git_branch) or a tag matching \"v*\" (git_tag), and this CI job runs for \"v2.0\" (GITHUB_REF_NAME). Switch to \"main\" or a tag matching \"v*\", or give -allow-other-branch to destroy from here anyway" &&
	bucket_exists t1422-lake
'

test_expect_success 'no CI variable: a detached HEAD at tag v1.0 is admitted; at no tag, refused' '
	terrace apply -env prod -auto-approve >out 2>err </dev/null &&
	test_line err "environment \"prod\": the working tree is on a detached HEAD; the tag is \"v1.0\", from git tag --points-at HEAD" &&
	test_contains out "No changes." &&
	git_do commit -q --allow-empty -m untagged &&
	test_expect_code 1 terrace apply -env prod -auto-approve >out 2>err </dev/null &&
	test_line err "Error: apply -env prod refused: environment \"prod\" is applied from branch \"main\" (git_branch) or a tag matching \"v*\" (git_tag), and this working tree is on a detached HEAD with no tag and no CI branch or tag variable set (GITHUB_REF_NAME, CI_COMMIT_REF_NAME, CI_COMMIT_TAG, BITBUCKET_BRANCH, ...). Switch to \"main\" or a tag matching \"v*\", or give -allow-other-branch to apply from here anyway" &&
	git_do tag rc-1 &&
	test_expect_code 1 terrace apply -env prod -auto-approve >out 2>err </dev/null &&
	test_contains err "and this working tree'"'"'s HEAD is at tag \"rc-1\". Switch to \"main\" or a tag matching \"v*\"" &&
	git checkout -q v1.0
'

test_expect_success 'git_branch alone (as before): a tag pipeline is refused, saying to add git_tag' '
	prod_stack "git_branch: main" &&
	commit_stack "branch only" &&
	gitlab_tag v1.0 test_expect_code 1 terrace apply -env prod -auto-approve >out 2>err </dev/null &&
	test_line err "Error: apply -env prod refused: environment \"prod\" is applied from branch \"main\" (git_branch), and this CI job runs for tag \"v1.0\" (CI_COMMIT_TAG). Add git_tag: PATTERN to the environment to apply from tags, or give -allow-other-branch to apply from here anyway" &&
	GITLAB_CI=true CI_COMMIT_BRANCH=main CI_COMMIT_REF_NAME=main \
		terrace apply -env prod -auto-approve >out 2>err </dev/null &&
	test_contains out "No changes."
'

test_expect_success 'git_tag without git_branch: the default branch from CI_DEFAULT_BRANCH' '
	prod_stack "git_tag: \"v*\"" &&
	commit_stack "tags and the default branch" &&
	GITLAB_CI=true CI_COMMIT_BRANCH=main CI_COMMIT_REF_NAME=main CI_DEFAULT_BRANCH=main \
		terrace apply -env prod -auto-approve >out 2>err </dev/null &&
	test_line err "environment \"prod\": the working tree is on a detached HEAD; the branch is \"main\", from CI_COMMIT_BRANCH" &&
	test_contains out "No changes." &&
	GITLAB_CI=true CI_COMMIT_BRANCH=fix CI_COMMIT_REF_NAME=fix CI_DEFAULT_BRANCH=main \
		test_expect_code 1 terrace apply -env prod -auto-approve >out 2>err </dev/null &&
	test_line err "Error: apply -env prod refused: environment \"prod\" is applied from the default branch \"main\" (CI_DEFAULT_BRANCH) or a tag matching \"v*\" (git_tag), and this CI job runs for \"fix\" (CI_COMMIT_BRANCH). Switch to \"main\" or a tag matching \"v*\", or give -allow-other-branch to apply from here anyway" &&
	gitlab_tag v3 terrace apply -env prod -auto-approve >out 2>err </dev/null &&
	test_contains out "No changes."
'

test_expect_success 'git_tag without git_branch where the CI names no default branch (GitHub): a branch refused' '
	GITHUB_ACTIONS=true GITHUB_REF_TYPE=branch GITHUB_REF_NAME=main \
		test_expect_code 1 terrace apply -env prod -auto-approve >out 2>err </dev/null &&
	test_line err "Error: apply -env prod refused: environment \"prod\" is applied from a tag matching \"v*\" (git_tag), and this CI job runs for \"main\" (GITHUB_REF_NAME). Switch to a tag matching \"v*\", or write git_branch: BRANCH to apply from a branch (this job names no default branch: GitLab'"'"'s CI_DEFAULT_BRANCH, Buildkite'"'"'s BUILDKITE_PIPELINE_DEFAULT_BRANCH), or give -allow-other-branch to apply from here anyway" &&
	GITHUB_ACTIONS=true GITHUB_REF_TYPE=tag GITHUB_REF_NAME=v4 \
		terrace show -env prod -json >state.json 2>err </dev/null &&
	test_equal "{\"git_tag\": \"v*\", \"mode\": \"production\", \"name\": \"prod\", \"user\": \"ci\"}" \
		"$(json_get state.json "d[\"environment\"]")" &&
	GITHUB_ACTIONS=true GITHUB_REF_TYPE=tag GITHUB_REF_NAME=v4 \
		terrace destroy -env prod -auto-approve >out 2>err </dev/null &&
	test_contains out "Destroy complete! Resources: 1 destroyed." &&
	! bucket_exists t1422-lake
'

test_expect_success 'TF_WORKSPACE beside -env: refused, naming TF_WORKSPACE' '
	TF_WORKSPACE=staging test_expect_code 1 terrace plan -env prod >out 2>err </dev/null &&
	test_line err "Error: environment \"prod\" and workspace \"staging\" are both selected: an environment keeps its own state; select the default workspace (\`terrace workspace select default\`, TF_WORKSPACE unset) or leave -env and TERRACE_ENV out"
'

test_expect_success 'git_tag: a pattern, in production only' '
	prod_stack "git_tag: \"\"" &&
	test_expect_code 1 terrace validate >out 2>err &&
	test_match err "stack.yaml:[0-9]+:[0-9]+: .*environment \"prod\": git_tag must be a tag name pattern \(v\*, release-\*\), got \"\"" &&
	prod_stack "git_tag: [v1]" &&
	test_expect_code 1 terrace validate >out 2>err &&
	test_match err "stack.yaml:[0-9]+:[0-9]+: .*environment \"prod\": git_tag must be a tag name pattern \(v\*, release-\*\), got (a )?(list|sequence|array)" &&
	prod_stack "git_tag: v1" &&
	sed -i "s/mode: production/mode: development/" stack.yaml &&
	test_expect_code 1 terrace validate >out 2>err &&
	test_match err "stack.yaml:[0-9]+:[0-9]+: .*environment \"prod\": git_tag is checked in production mode only; this environment is in development mode"
'

test_done
