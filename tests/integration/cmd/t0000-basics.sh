#!/usr/bin/env bash
# t0000-basics: version, help, usage errors, and the confirmation rule for
# apply/destroy without a terminal.
. "$(dirname "$0")/../lib.sh"

test_expect_success 'version prints the version' '
	terrace version >out &&
	test_line out "terrace v0.1.0"
'

test_expect_success '--help works for every command' '
	for c in validate plan apply destroy show output graph version; do
		terrace $c --help >out 2>&1 || { echo "terrace $c --help failed"; cat out; return 1; }
		test -s out || { echo "terrace $c --help printed nothing"; return 1; }
	done
'

test_expect_success 'an unknown command is an error' '
	test_expect_code 1 terrace frobnicate >out 2>err &&
	test_contains err "frobnicate"
'

test_expect_success 'an unknown option is an error' '
	test_expect_code 1 terrace plan -frobnicate >out 2>err &&
	test_contains err "frobnicate"
'

start_moto || test_fail_setup "moto did not start"
use_server moto
write_stack stack.yaml
cat >>stack.yaml <<-'YAML'
resources:
  lake:
    type: aws.s3.bucket
    name: basics-lake
YAML

test_expect_success 'validate accepts a good stack' '
	terrace validate >out 2>err &&
	test_contains out "Success!" &&
	test_empty err
'

test_expect_success 'apply without a terminal and without -auto-approve refuses' '
	test_expect_code 1 terrace apply >out 2>err </dev/null &&
	test_contains err "Error: apply needs confirmation: run it on a terminal or pass -auto-approve" &&
	test_not_contains out "Creating..." &&
	! bucket_exists basics-lake
'

test_expect_success 'destroy without a terminal and without -auto-approve refuses' '
	terrace apply -auto-approve >out 2>err &&
	bucket_exists basics-lake &&
	test_expect_code 1 terrace destroy >out 2>err </dev/null &&
	test_contains err "Error: destroy needs confirmation: run it on a terminal or pass -auto-approve" &&
	bucket_exists basics-lake
'

test_done
