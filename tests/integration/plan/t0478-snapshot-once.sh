#!/usr/bin/env bash
# t0478-snapshot-once: a command that reads a state makes the stack's
# snapshot once, with the function results the state's deployment gets
# (plan/state.h "functions"): a state an earlier release wrote (no record)
# was made with Terraform's results first and then again with the earlier
# ones, +18.5 % of a 2k plan's instructions (docs/testing.md). TERRACE_LOG=debug
# names each snapshot made (plan/snapshot.c). The snapshot is made before
# the state is read, with the newest results (the 100k plan's peak, 749 MB
# with the state read first, 674 MB so): one whose expansion evaluated
# nothing is given the state's results as it is, one that evaluated a
# for_each is made again with them. No server: the stack has outputs only,
# and the earlier release's state is this build's with its record taken out
# and the earlier result written in.
. "$(dirname "$0")/../lib.sh"

cat >stack.yaml <<-'YAML'
stack: editions
locals:
  city: '${upper("über")}'
outputs:
  city: '${local.city}'
YAML

# The snapshots made, as TERRACE_LOG=debug in file $1 names them.
snapshots () {
	grep -c '^\[debug\] snapshot of stack "editions" (' "$1"
}

test_expect_success 'a new deployment records Terraform results' '
	terrace apply -auto-approve >out 2>err &&
	test_line out "city = \"ÜBER\"" &&
	test_equal terraform-2 "$(json_get terrace.state.json "d[\"functions\"]")"
'

test_expect_success 'its plan makes the snapshot once, with Terraform results' '
	TERRACE_LOG=debug terrace plan -detailed-exitcode >out 2>err &&
	test_equal 1 "$(snapshots err)" &&
	test_line err "[debug] snapshot of stack \"editions\" (terraform-2'"'"'s function results): 0 resources"
'

test_expect_success 'a state an earlier release wrote: plan makes it once, with the earlier results' '
	python3 - <<-PY &&
	import json
	d = json.load(open("terrace.state.json"))
	del d["functions"]
	d["outputs"]["city"]["value"] = "üBER"
	json.dump(d, open("terrace.state.json", "w"))
	PY
	TERRACE_LOG=debug terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration." &&
	test_equal 1 "$(snapshots err)" &&
	test_line err "[debug] snapshot of stack \"editions\" given earlier'"'"'s function results (its expansion evaluated nothing)"
'

test_expect_success 'console and plan -functions=terraform-2 make it once too' '
	echo "local.city" | TERRACE_LOG=debug terrace console >out 2>err &&
	test_line out "\"üBER\"" &&
	test_equal 1 "$(snapshots err)" &&
	export TERRACE_LOG=debug &&
	test_expect_code 2 terrace plan -functions=terraform-2 -detailed-exitcode >out 2>err &&
	test_match out "city *= \"üBER\" -> \"ÜBER\"" &&
	test_equal 1 "$(snapshots err)"
'

test_expect_success 'a stack whose for_each is evaluated gets its snapshot made again with the earlier results' '
	mkdir -p m &&
	cat >m/stack.yaml <<-\YAML &&
	stack: m
	variables:
	  v: {}
	outputs:
	  v: ${var.v}
	YAML
	cat >stack.yaml <<-\YAML &&
	stack: editions
	locals:
	  city: ${upper("über")}
	modules:
	  m:
	    source: ./m
	    for_each: ${toset([lower("ÅB")])}
	    v: ${each.key}
	outputs:
	  city: ${local.city}
	  key: ${module.m["Åb"].v}
	YAML
	TERRACE_LOG=debug test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_equal 2 "$(snapshots err)" &&
	test_line err "[debug] snapshot of stack \"editions\" (earlier'"'"'s function results): 0 resources" &&
	test_match out "key *= \"Åb\""
'

test_done
