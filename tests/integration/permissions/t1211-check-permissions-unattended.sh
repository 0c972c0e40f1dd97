#!/usr/bin/env bash
# t1211-check-permissions-unattended: `plan -check-permissions` whose check
# cannot be made (the caller may not call iam:SimulatePrincipalPolicy) is an
# error when nobody is there to read that it was skipped (issue 68 point 3):
# in CI (CI=true) and without a terminal, exit 1 with the reason and what
# to do, nothing planned as checked; at a terminal outside CI, and with
# -allow-unchecked, one line says it was skipped and the plan goes on (exit 0, or 2 with -detailed-exitcode);
# -allow-unchecked without -check-permissions is refused. Against moto with
# request authentication on (a user whose policy is the stack's, without
# iam:SimulatePrincipalPolicy).
. "$(dirname "$0")/../lib.sh"
. "$TEST_DIR/permissions.sh"

start_moto_auth || test_fail_setup "moto with authentication did not start"
use_server moto_auth
ACCOUNT=123456789012

write_stack stack.yaml
cat >>stack.yaml <<'YAML'
resources:
  lake:
    type: aws.s3.bucket
    name: t1211-lake
YAML
SKIPPED="arn:aws:iam::$ACCOUNT:user/deployer may not call iam:SimulatePrincipalPolicy on itself, or the endpoint does not serve it"

test_expect_success 'setup: a deploy user with the stack'"'"'s policy and no SimulatePrincipalPolicy' '
	terrace policy >whole.json 2>policy.err &&
	NO_SIMULATE=1 deployer whole.json
'

test_expect_success 'CI=true: a check that cannot be made is an error' '
	CI=true test_expect_code 1 as_deployer plan -check-permissions >out 2>err &&
	test_line err "Error: Permissions check could not be made for provider aws: $SKIPPED. Give the caller iam:SimulatePrincipalPolicy on itself, or -allow-unchecked to plan without the check" &&
	test_not_contains out "Permissions check skipped"
'

test_expect_success 'no terminal (CI unset): an error too' '
	CI= test_expect_code 1 as_deployer plan -check-permissions -detailed-exitcode >out 2>err </dev/null &&
	test_contains err "Error: Permissions check could not be made for provider aws: "
'

test_expect_success 'at a terminal, CI unset: one line says it was skipped, the plan goes on' '
	key=$(cat deployer.key) &&
	env -u CI TERRACE_VAR_access_key=${key% *} TERRACE_VAR_secret_key=${key#* } \
		script -qfec "\"$TERRACE\" plan -check-permissions" typescript >/dev/null &&
	test_contains typescript "Permissions check skipped for provider aws: $SKIPPED" &&
	test_contains typescript "Plan: 1 to add, 0 to change, 0 to destroy." &&
	test_not_contains typescript "Error:"
'

test_expect_success '-allow-unchecked: one line says it was skipped, the plan goes on' '
	CI=true test_expect_code 2 as_deployer plan -check-permissions -allow-unchecked -detailed-exitcode >out 2>err &&
	test_line out "Permissions check skipped for provider aws: $SKIPPED" &&
	test_contains out "Plan: 1 to add, 0 to change, 0 to destroy." &&
	test_not_contains err "Error:"
'

test_expect_success '-allow-unchecked without -check-permissions is refused' '
	test_expect_code 1 terrace plan -allow-unchecked >out 2>err &&
	test_line err "Error: -allow-unchecked is an option of -check-permissions: add it"
'

test_expect_success 'with SimulatePrincipalPolicy the check is made in CI' '
	deployer whole.json &&
	CI=true as_deployer plan -check-permissions >out 2>err &&
	test_contains out "Permissions check: the caller may make every call this plan needs of provider aws"
'

test_done
