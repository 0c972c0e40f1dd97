#!/usr/bin/env bash
# t1553-convert-terraform-expressions: two things Terraform takes that the
# expression language refused, in a converted configuration on moto:
# q[name].arn inside [for name in ... : ...], an instance of a for_each
# resource indexed by the for expression's variable (stacks/expr_parse.c:
# a name the for binds is an index applied to all of q's instances), and a
# block whose alternative keys conditionals set to a value or null, only
# one non-null: matched against the schema's forms with the null keys
# absent (provider/aws/checks/schema/validate.c), at validate (a key not
# known yet may be null) and at plan, either way the conditions go; both
# keys set is still refused.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

HERE=$TEST_HERE/t1553

test_expect_success 'the configuration converts with nothing left out and validates' '
	mkdir stack &&
	terrace convert "$HERE" >stack/main.yaml 2>err &&
	test_empty err &&
	test_line stack/main.yaml "value: \"\${[for name in var.names : q[name].arn]}\"" &&
	write_stack stack/provider.yaml &&
	(cd stack && terrace validate >../out 2>../err) &&
	test_line out "Success! The stack is valid (2 resources)."
'

test_expect_success 'the rule plans with either form the conditions choose' '
	(cd stack && terrace plan -target=old >../out 2>../err) &&
	test_contains out "Plan: 1 to add, 0 to change, 0 to destroy." &&
	(cd stack && terrace plan -target=old -var ranged=false >../out 2>../err) &&
	test_contains out "Plan: 1 to add, 0 to change, 0 to destroy."
'

test_expect_success 'both forms set: refused at plan, the forms named' '
	sed "/ start: \| end: /s/? null : \(.*\)}\"\$/? \1 : \1}\"/" stack/main.yaml >both.yaml &&
	mkdir both && mv both.yaml both/main.yaml && cp stack/provider.yaml both/ &&
	(cd both && test_expect_code 1 terrace plan -target=old >../out 2>../err) &&
	test_contains err "matches more than one of the forms it takes, where it takes exactly one: date_range; start and end"
'

test_expect_success 'the queues apply, and the output names each by the for variable' '
	(cd stack && terrace apply -auto-approve -target=q >../out 2>../err) &&
	test_contains out "Apply complete! Resources: 2 added" &&
	(cd stack && terrace output -json arns >../arns 2>../err) &&
	test_contains arns ":t1553-a\"" &&
	test_contains arns ":t1553-b\""
'

test_done
