#!/usr/bin/env bash
# t0485-conditions: lifecycle preconditions and postconditions and check
# blocks, as Terraform has them, against moto. A condition known at plan is
# judged at plan (a false one fails the plan, naming the resource, the
# file:line:col of the condition and its error_message; nothing is made);
# one known only after apply is judged then: a precondition before the
# create (nothing made), a postcondition after it (the object is recorded,
# what depends on it is not made). A failing check is a warning at plan and
# apply, exit 0. Bad conditions fail at load time at file:line:col.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

# cond_stack MIN_ZONES ARN_SUFFIX CHECK_OWNER
cond_stack () {
	write_stack stack.yaml '  zones: {type: list, default: [a, b]}
  min_zones: {type: number, default: '"$1"'}'
	cat >>stack.yaml <<-YAML
	resources:
	  lake:
	    type: aws.s3.bucket
	    name: cond-lake
	    versioning: true
	    lifecycle:
	      precondition:
	        - condition: \${length(var.zones) >= var.min_zones}
	          error_message: need \${var.min_zones} zones, have \${length(var.zones)}
	      postcondition:
	        - condition: \${self.versioning}
	          error_message: the lake must keep versions
	        - condition: \${self.arn == "arn:aws:s3:::cond-lake$2"}
	          error_message: the lake's ARN is \${self.arn}
	  marts:
	    type: aws.s3.bucket
	    name: cond-marts
	    tags: {lake: "\${lake.arn}"}
	checks:
	  owners:
	    assert:
	      - condition: \${lookup(lake.tags, "owner", "") != "$3"}
	        error_message: the lake has no owner tag
	YAML
}

test_expect_success 'a precondition known at plan fails the plan, naming where and why' '
	cond_stack 3 "" x &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "lake: precondition failed (./stack.yaml:22:22): need 3 zones, have 2" &&
	test_expect_code 1 terrace apply -auto-approve >out 2>err &&
	test_contains err "precondition failed" &&
	! bucket_exists cond-lake
'

test_expect_success 'a postcondition known only after apply: the object is kept, its dependents wait' '
	cond_stack 2 "-other" x &&
	terrace plan >out 2>err &&
	test_expect_code 1 terrace apply -auto-approve >out 2>err &&
	test_contains err "lake: postcondition failed (./stack.yaml:27:22): the lake'"'"'s ARN is arn:aws:s3:::cond-lake" &&
	bucket_exists cond-lake &&
	! bucket_exists cond-marts &&
	terrace state list >list &&
	test_contains list lake &&
	test_not_contains list marts
'

test_expect_success 'once it holds, apply carries on; a false postcondition on a known value fails the plan' '
	cond_stack 2 "" x &&
	terrace apply -auto-approve >out 2>err &&
	bucket_exists cond-marts &&
	sed -i "s/    versioning: true/    versioning: false/" stack.yaml &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "lake: postcondition failed (./stack.yaml:25:22): the lake must keep versions"
'

test_expect_success 'a failing check is a warning at plan and apply, not an error' '
	cond_stack 2 "" "" &&
	terrace plan >out 2>err &&
	test_contains err "check \"owners\" failed (./stack.yaml:36:20): the lake has no owner tag" &&
	terrace apply -auto-approve >out 2>err &&
	test_contains err "check \"owners\" failed" &&
	cond_stack 2 "" x &&
	terrace plan >out 2>err &&
	test_not_contains err "check"
'

test_expect_success 'bad conditions fail at load time at file:line:col' '
	write_stack stack.yaml &&
	cat >>stack.yaml <<-YAML &&
	resources:
	  b:
	    type: aws.s3.bucket
	    name: cond-bad
	    lifecycle:
	      precondition:
	        - condition: \${self.arn != ""}
	          error_message: x
	      postcondition:
	        - condition: \${true}
	checks:
	  empty: {asert: []}
	YAML
	test_expect_code 1 terrace validate >out 2>err &&
	test_contains err "stack.yaml:19:22: error: self is known only in a resource'"'"'s postcondition, not in precondition of the lifecycle of resource \"b\"" &&
	test_contains err "stack.yaml:22:11: error: postcondition of the lifecycle of resource \"b\" needs an error_message" &&
	test_contains err "stack.yaml:24:3: error: check \"empty\" must be a map with assert"
'

test_expect_success 'destroy' '
	cond_stack 2 "" x &&
	terrace destroy -auto-approve >out 2>err &&
	test_contains out "Destroy complete!" &&
	! bucket_exists cond-lake
'

test_done
