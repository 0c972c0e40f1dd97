#!/usr/bin/env bash
# t0852-permissions-movies-api: examples/movies-api (as t0610 runs it against
# moto: a Lambda function and layer, Glue jobs, tables and schedules,
# Athena named queries, buckets) applied, refreshed and destroyed by a
# restricted IAM user whose only policy is the one `terrace policy` printed,
# against moto with request authentication on; without lambda:CreateFunction
# `plan -check-permissions` names the two functions (the ingest and the
# landed one), the action and their ARNs, and the apply fails there and
# nowhere else. See t0850 for the moto patches.
. "$(dirname "$0")/../lib.sh"
. "$TEST_DIR/examples.sh"
. "$TEST_DIR/permissions.sh"

export MOTO_IAM_LOAD_MANAGED_POLICIES=true
start_moto_auth MOTO_IAM_LOAD_MANAGED_POLICIES=true || test_fail_setup "moto with authentication did not start"
use_server moto_auth

export TERRACE_VAR_region=us-east-1
export TERRACE_VAR_project=alice-movies
copy_example movies-api || test_fail_setup "cannot copy examples/movies-api"
movies_api_offline_pip || test_fail_setup "cannot make the wheelhouse of the ingest layer"
export PYTHONDONTWRITEBYTECODE=1
ACCOUNT=123456789012

test_expect_success 'movies-api: terrace policy' '
	terrace policy >whole.json 2>policy.err &&
	has_action whole.json sts:GetCallerIdentity "*" &&
	lacks_action whole.json ec2:CreateVpc
'

test_expect_success 'movies-api: without lambda:CreateFunction the check names the function; apply fails there' '
	deployer whole.json lambda:CreateFunction &&
	test_expect_code 1 as_deployer plan -check-permissions >out 2>err &&
	test_match err "^Error: module\.movies_ingest\.function: lambda:CreateFunction on arn:aws:lambda:us-east-1:$ACCOUNT:function:[a-z0-9-]+ is denied \(implicitDeny\)$" &&
	test_match err "^Error: landed_fn: lambda:CreateFunction on arn:aws:lambda:us-east-1:$ACCOUNT:function:alice-movies-landed is denied \(implicitDeny\)$" &&
	test_equal 2 "$(grep -c "is denied" err)" &&
	test_expect_code 1 as_deployer apply -auto-approve >apply.out 2>apply.err &&
	test_contains apply.err "Error: module.movies_ingest.function: " &&
	test_contains apply.err "Error: landed_fn: " &&
	test_contains apply.err "is not authorized to perform: lambda:CreateFunction" &&
	test_equal 2 "$(grep -c "^Error:" apply.err)"
'

test_expect_success 'movies-api: with the whole policy the check passes, apply completes, a refresh plans nothing' '
	whole_policy_applies
'

test_expect_success 'movies-api: the destroy plan'"'"'s policy is enough to destroy everything' '
	destroy_policy_destroys lambda:CreateFunction
'

test_done
