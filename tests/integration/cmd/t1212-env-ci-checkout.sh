#!/usr/bin/env bash
# t1212-env-ci-checkout: a production environment applied from CI's
# checkouts (issue 68 point 5). GitLab always, and GitHub for a pull
# request, check out a detached HEAD: the branch git_branch is compared
# with is then the CI's own variable (GitLab's CI_COMMIT_REF_NAME, GitHub's
# GITHUB_HEAD_REF before GITHUB_REF_NAME), named on stderr; with none set
# the apply is refused and says what to set or give. The two checks are
# apart: -allow-dirty lets uncommitted stack files through and not another
# branch, -allow-other-branch another branch and not uncommitted files.
# (The table of every CI's variables is tests/unit/test_environment.c's.)
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
for v in GITHUB_ACTIONS GITHUB_HEAD_REF GITHUB_REF_NAME GITLAB_CI CI_MERGE_REQUEST_SOURCE_BRANCH_NAME \
	CI_COMMIT_BRANCH CI_COMMIT_REF_NAME BITBUCKET_BUILD_NUMBER BITBUCKET_BRANCH TF_BUILD \
	SYSTEM_PULLREQUEST_SOURCEBRANCH BUILD_SOURCEBRANCH CIRCLECI CIRCLE_BRANCH JENKINS_URL \
	CHANGE_BRANCH BRANCH_NAME BUILDKITE BUILDKITE_BRANCH TRAVIS TRAVIS_PULL_REQUEST_BRANCH \
	TRAVIS_BRANCH CODEBUILD_BUILD_ID CODEBUILD_WEBHOOK_HEAD_REF; do
	unset $v
done
export TERRACE_USER=ci

write_stack stack.yaml
cat >>stack.yaml <<'YAML'
environments:
  prod:
    mode: production
    git_branch: main
resources:
  lake:
    type: aws.s3.bucket
    name: t1212-lake
YAML
git_do () {
	git -c user.email=t@t -c user.name=t "$@"
}

test_expect_success 'setup: the stack committed on main, checked out as CI does (a detached HEAD)' '
	git init -q -b main . &&
	git_do add stack.yaml &&
	git_do commit -q -m stack &&
	git checkout -q --detach &&
	test_expect_code 1 git symbolic-ref -q HEAD
'

test_expect_success 'a detached HEAD with no CI branch variable: refused, saying what to set' '
	test_expect_code 1 terrace apply -env prod -auto-approve >out 2>err &&
	test_line err "Error: apply -env prod refused: environment \"prod\" is applied from branch \"main\" (git_branch), and this working tree is on a detached HEAD with no CI branch variable set (GITHUB_REF_NAME, CI_COMMIT_REF_NAME, BITBUCKET_BRANCH, ...). Check out \"main\", or give -allow-other-branch to apply from here anyway" &&
	! bucket_exists t1212-lake
'

test_expect_success 'GitLab (CI_COMMIT_REF_NAME=main): applied, the variable named' '
	GITLAB_CI=true CI_COMMIT_REF_NAME=main terrace apply -env prod -auto-approve >out 2>err &&
	test_line err "environment \"prod\": the working tree is on a detached HEAD; the branch is \"main\", from CI_COMMIT_REF_NAME" &&
	test_contains out "Apply complete! Resources: 1 added" &&
	bucket_exists t1212-lake
'

test_expect_success 'GitHub pull request (GITHUB_HEAD_REF=feature): refused, the variable named' '
	GITHUB_ACTIONS=true GITHUB_REF_NAME=7/merge GITHUB_HEAD_REF=feature \
		test_expect_code 1 terrace destroy -env prod -auto-approve >out 2>err &&
	test_line err "Error: destroy -env prod refused: environment \"prod\" is applied from branch \"main\" (git_branch), and this CI job runs for \"feature\" (GITHUB_HEAD_REF). Switch to \"main\", or give -allow-other-branch to destroy from here anyway" &&
	bucket_exists t1212-lake
'

test_expect_success 'GitHub push (GITHUB_REF_NAME=main, GITHUB_HEAD_REF empty): the branch is main' '
	GITHUB_ACTIONS=true GITHUB_REF_NAME=main GITHUB_HEAD_REF= \
		terrace apply -env prod -auto-approve >out 2>err &&
	test_line err "environment \"prod\": the working tree is on a detached HEAD; the branch is \"main\", from GITHUB_REF_NAME" &&
	test_contains out "No changes."
'

test_expect_success 'uncommitted files: -allow-other-branch does not let them through, -allow-dirty does' '
	echo "# a change" >>stack.yaml &&
	GITLAB_CI=true CI_COMMIT_REF_NAME=main \
		test_expect_code 1 terrace apply -env prod -allow-other-branch -auto-approve >out 2>err &&
	test_contains err "apply -env prod refused: environment \"prod\" is production and the stack'"'"'s files have changes that are not committed" &&
	GITLAB_CI=true CI_COMMIT_REF_NAME=main terrace apply -env prod -allow-dirty -auto-approve >out 2>err &&
	test_contains out "No changes." &&
	git checkout -q -- stack.yaml
'

test_expect_success 'another branch: -allow-dirty does not let it through, -allow-other-branch does' '
	git checkout -q -b feature &&
	test_expect_code 1 terrace apply -env prod -allow-dirty -auto-approve >out 2>err &&
	test_contains err "this working tree is on \"feature\". Switch to \"main\", or give -allow-other-branch" &&
	terrace apply -env prod -allow-other-branch -auto-approve >out 2>err &&
	test_contains out "No changes." &&
	terrace destroy -env prod -allow-other-branch -auto-approve >out 2>err &&
	test_contains out "Destroy complete! Resources: 1 destroyed." &&
	! bucket_exists t1212-lake
'

test_done
