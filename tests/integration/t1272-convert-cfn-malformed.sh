#!/usr/bin/env bash
# t1272-convert-cfn-malformed: `terrace convert` of CloudFormation functions
# written with the wrong arguments, as cfn-lint's bad fixtures write them
# (functions_select.yaml): an Fn::Select or Fn::Split that is not a list of
# two is named at its file:line:col and written as null (exit 3), where it
# read past the list before (UBSan: member access within null pointer, exit
# 1); a well-formed pair beside them is carried.
. "$(dirname "$0")/lib.sh"

here=$(cd "$(dirname "$0")/t1272" && pwd)

test_expect_success 'Fn::Select and Fn::Split not of two: named, written as null, exit 3' '
	mkdir s &&
	test_expect_code 3 terrace convert -from cloudformation -out s/stack.yaml "$here/select-split.yaml" >out 2>err &&
	test_contains err "$here/select-split.yaml:7:9: warning: Fn::Select takes [INDEX, LIST]; written as null" &&
	test_contains err "$here/select-split.yaml:9:9: warning: Fn::Split takes [DELIMITER, TEXT]; written as null" &&
	test_contains err "2 constructs left out (the warnings above say which and why)" &&
	test_line s/stack.yaml "queue_name: '\''\${element(split(\",\", \"a,b\"), 1)}'\''" &&
	(cd s && terrace validate -no-color) >out 2>err &&
	test_contains out "Success! The stack is valid (2 resources)."
'

test_done
