#!/usr/bin/env bash
# t0872-listing-missing-field: a refresh by listing whose entry lacks a field
# the type needs reads that resource with read() instead, so an absent field
# never plans a change, let alone a replacement. The server's answers are
# cut by tests/servers/fault_proxy.py --fault strip: GetAccountAuthorizationDetails
# without PolicyName (as stock moto answers it; our moto patch adds it) and
# without Path, and ListSecrets without Name. Before: every policy planned
# "must be replaced" (its name read as ""), every user under /etl/ a change
# of path, every secret a replacement.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

test_expect_success 'setup: two policies and two users under /etl/' '
	write_stack stack.yaml &&
	cat >>stack.yaml <<-YAML &&
	resources:
	  reader:
	    type: aws.iam.policy
	    name: once-list-reader
	    policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Action: "s3:GetObject", Resource: "*"}]}
	  writer:
	    type: aws.iam.policy
	    name: once-list-writer
	    path: /etl/
	    policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Action: "s3:PutObject", Resource: "*"}]}
	  loader:
	    type: aws.iam.user
	    name: once-loader
	    path: /etl/
	  checker:
	    type: aws.iam.user
	    name: once-checker
	    path: /etl/
	YAML
	terrace apply -auto-approve >out 2>err &&
	terrace plan -detailed-exitcode >out 2>err
'

# plan_stripped NAME FIELD...: a plan whose listings (LISTING, default
# GetAccountAuthorizationDetails) lack FIELD...
plan_stripped () {
	local name=$1 strip="" f listing=${LISTING:-GetAccountAuthorizationDetails}
	shift
	for f in "$@"; do strip="$strip --strip $f"; done
	start_fault_proxy TERRACE_VAR_endpoint "$name" --match "$listing" \
		--fault strip $strip || return 1
	terrace plan -detailed-exitcode >"$name.out" 2>"$name.err"
	local rc=$?
	stop_fault_proxy TERRACE_VAR_endpoint
	test_match "$name.log" "^[0-9]+ strip POST / $listing" &&
	return $rc
}

test_expect_success 'a listing without PolicyName: the policies are read, no change' '
	plan_stripped no-name PolicyName &&
	test_line no-name.out "No changes. Your infrastructure matches the configuration." &&
	test_not_contains no-name.out "must be replaced" &&
	test "$(grep -c " pass POST / GetPolicy\$" no-name.log)" = 2
'

test_expect_success 'a listing without Path: the policies and users are read, no change' '
	plan_stripped no-path Path &&
	test "$(grep -c " pass POST / GetPolicy\$" no-path.log)" = 2 &&
	test "$(grep -c " pass POST / GetUser\$" no-path.log)" = 2
'

test_expect_success 'the listing with every field is still used (no read per policy)' '
	plan_stripped no-such-field NoSuchField &&
	test_line no-such-field.out "No changes. Your infrastructure matches the configuration." &&
	test "$(grep -c " GetPolicy\$" no-such-field.log)" = 0 &&
	terrace destroy -auto-approve >out 2>err
'

test_expect_success 'a ListSecrets without Name: the secrets are read, no change' '
	write_stack stack.yaml &&
	cat >>stack.yaml <<-YAML &&
	resources:
	  a: {type: aws.secretsmanager.secret, name: once/list-a, value: hidden-a, recovery_window_in_days: 0}
	  b: {type: aws.secretsmanager.secret, name: once/list-b, value: hidden-b, recovery_window_in_days: 0}
	YAML
	terrace apply -auto-approve >out 2>err &&
	LISTING=secretsmanager.ListSecrets plan_stripped no-secret-name Name &&
	test "$(grep -c " pass POST / secretsmanager.DescribeSecret\$" no-secret-name.log)" = 2 &&
	terrace destroy -auto-approve >out 2>err
'

test_done
