#!/usr/bin/env bash
# t1720-runtime-blocked-after-deploy: a Lambda function deployed on a
# runtime before Lambda blocked creates with it (python3.9: creates blocked
# from 2026-06-01, updates from 2026-07-01 in the pinned lifecycle,
# runtimes.gen.c; deprecated, a warning, from 2025-12-15) is a stack AWS still takes as it is: nothing to send, the
# function stays. After the block date (TERRACE_TODAY moves the day the
# rows judge), plan changes nothing and warns; `terrace validate`, which
# reads no state and so does not know whether the function exists, warns
# too and exits 0 (a row of the create AWS holds to from a date on, row.h's
# dated; before, it refused the stack an existing deployment plans clean
# with), and so does validate with the variables given; a create of the
# same function (renamed: a replacement) is still refused at plan, with
# AWS's words. The timeless rows of the create stay refused at validate
# (t1520).
. "$(dirname "$0")/../../lib.sh"
. "$TEST_HERE/function_stack.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

export TERRACE_VAR_db_password='Lambda-Pa55-t1720'

# fn_stack NAME: the function on python3.9, from folder fn/.
fn_stack () {
	function_stack "$1" &&
	sed -i 's/runtime: python3.12/runtime: python3.9/' stack.yaml &&
	grep -q "runtime: python3.9" stack.yaml
}

test_expect_success 'setup: a role, and the function applied before the block date' '
	s3 iam create-role --role-name t1720-exec --output text --query Role.Arn \
		--assume-role-policy-document "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}" \
		>role_arn &&
	export TERRACE_VAR_role_arn=$(cat role_arn) &&
	mkdir fn && echo "def handler(e, c): return 1" >fn/main.py &&
	fn_stack t1720-fn &&
	TERRACE_TODAY=2026-05-31 terrace apply -auto-approve >out 2>err &&
	test_contains out "1 added" &&
	test_not_contains err "no longer creates" &&
	s3 lambda get-function --function-name t1720-fn --query Configuration.Runtime \
		--output text >runtime &&
	test_match runtime "^python3.9$"
'

test_expect_success 'after the block date, plan changes nothing and warns why it does not refuse' '
	TERRACE_TODAY=2026-06-02 terrace plan -detailed-exitcode >out 2>err &&
	test_contains out "No changes." &&
	test_contains err "\"python3.9\" is deprecated: Lambda no longer creates functions with it" &&
	test_contains err "this one exists, so it is not refused"
'

test_expect_success 'validate, which reads no state, warns and exits 0' '
	TERRACE_TODAY=2026-06-02 terrace validate >out 2>err &&
	test_match err "stack.yaml:[0-9]+:[0-9]+: warning: .*\"python3.9\" is deprecated: Lambda no longer creates functions with it" &&
	test_contains err "an object made before keeps it, so validate does not refuse it" &&
	test_not_contains err "error:"
'

test_expect_success 'validate with the variables given warns and exits 0 too' '
	TERRACE_TODAY=2026-06-02 terrace validate -var role_arn="$TERRACE_VAR_role_arn" >out 2>err &&
	test_contains err "Lambda no longer creates functions with it" &&
	test_not_contains err "error:"
'

test_expect_success 'the function renamed (a replacement: a create) is refused at plan, in AWS'"'"'s words' '
	fn_stack t1720-fn-renamed &&
	export TERRACE_TODAY=2026-06-02 &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "Error: resource ingest: aws.lambda.function: runtime: \"python3.9\" is deprecated: Lambda no longer creates functions with it (AWS says" &&
	test_not_contains err "so it is not refused"
'

test_expect_success 'before the block date the rename plans (the create is taken)' '
	export TERRACE_TODAY=2026-05-31 &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_contains out "1 to add, 0 to change, 1 to destroy" &&
	test_not_contains err "deprecated: Lambda no longer creates"
'

test_done
