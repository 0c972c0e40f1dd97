#!/usr/bin/env bash
# t1221-ci-and-names: the smaller points of issue 68's point 6.
# - apply without approval where no one can give it (CI set, -input=false,
#   no terminal) fails at once, before it locks, refreshes or prints a
#   plan: the documented message and nothing else.
# - ${var.evn} for a variable env gets "did you mean"; so do a local and a
#   resource with two neighbouring letters swapped (one slip, not two).
# - outputs come in the order of their names, as Terraform's, whatever
#   order the stack writes them in and whichever way the plan was made:
#   apply's Outputs:, a saved plan's apply, `terrace output` and the -json
#   stream's outputs message.
# - Glue's worker types are a list AWS grows (G.12X, R.1X since the models
#   were taken): an unknown one stays a warning, printed once; a known one
#   written in another case (g.1x) is an error with the name meant.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

ci_stack () {
	write_stack stack.yaml "  env: {type: string, default: dev}"
	cat >>stack.yaml <<-YAML
	resources:
	  lake:
	    type: aws.s3.bucket
	    name: t1221-\${$1}
	locals:
	  stage: raw
	outputs:
	  zeta: {value: "\${lake.name}"}
	  alpha: {value: "a"}
	  mid: {value: "m"}
	YAML
}

test_expect_success 'CI: apply without -auto-approve fails at once, before the refresh and the plan' '
	ci_stack var.env &&
	test_expect_code 1 env CI=true "$TERRACE" apply >out 2>err </dev/null &&
	test_line err "Error: apply needs confirmation, but input is off (-input=false, or CI is set): pass -auto-approve, or apply a saved plan file" &&
	test_empty out &&
	test_not_contains err "Refreshing" &&
	test_expect_code 1 "$TERRACE" destroy -input=false >out 2>err </dev/null &&
	test_line err "Error: destroy needs confirmation, but input is off (-input=false, or CI is set): pass -auto-approve, or apply a saved plan file" &&
	test_empty out &&
	test_expect_code 1 "$TERRACE" apply >out 2>err </dev/null &&
	test_line err "Error: apply needs confirmation: run it on a terminal or pass -auto-approve" &&
	test_empty out &&
	! bucket_exists t1221-dev
'

test_expect_success '${var.evn} gets did you mean "env"' '
	ci_stack var.evn &&
	test_expect_code 1 terrace validate >out 2>err &&
	test_contains err "error: unknown variable \"evn\" in \"\${var.evn}\"" &&
	test_line err "did you mean \"env\"?"
'

test_expect_success 'a local and a resource with two letters swapped get did you mean' '
	ci_stack local.satge &&
	test_expect_code 1 terrace validate >out 2>err &&
	test_contains err "unknown local value \"satge\"" &&
	test_line err "did you mean \"stage\"?" &&
	ci_stack var.env &&
	sed -i "s/value: \"\\\${lake.name}\"/value: \"\${alke.name}\"/" stack.yaml &&
	test_expect_code 1 terrace validate >out 2>err &&
	test_contains err "unknown resource \"alke\"" &&
	test_line err "did you mean \"lake\"?"
'

glue_job_stack () {
	mkdir -p glue &&
	write_stack glue/stack.yaml &&
	cat >>glue/stack.yaml <<-YAML
	resources:
	  job:
	    type: aws.glue.job
	    name: t1221-clean
	    role: arn:aws:iam::123456789012:role/glue
	    glue_version: "4.0"
	    worker_type: $1
	    number_of_workers: 2
	    command: {name: glueetl, script_location: "s3://t1221-scripts/clean.py"}
	YAML
}

test_expect_success 'Glue worker_type: a known one misspelt is an error, a new one a warning' '
	glue_job_stack g.1x &&
	test_expect_code 1 terrace validate -stack glue >out 2>err &&
	test_contains err "error: resource \"job\" (aws.glue.job): worker_type: \"g.1x\" is not one of Standard, G.1X, G.2X, G.025X, G.4X, G.8X, Z.2X (did you mean \"G.1X\"?" &&
	test_not_contains err "warning" &&
	glue_job_stack G.12X &&
	terrace validate -stack glue >out 2>err &&
	test_equal 1 "$(grep -c "warning: resource \"job\" (aws.glue.job): worker_type: \"G.12X\" is not one the installed AWS models know" err)" &&
	test_expect_code 1 terrace validate -strict -stack glue >out 2>err
'

test_expect_success 'outputs in the order of their names: apply, a saved plan, output, -json' '
	ci_stack var.env &&
	terrace apply -auto-approve >out 2>err &&
	sed -n "/^Outputs:/,\$p" out | grep " = " | cut -d" " -f1 >order &&
	printf "alpha\nmid\nzeta\n" >expect &&
	test_cmp expect order &&
	terrace output >out 2>err &&
	cut -d" " -f1 out >order &&
	test_cmp expect order &&
	sed -i "s/  alpha: {value: \"a\"}/  alpha: {value: \"b\"}/" stack.yaml &&
	terrace plan -out p.plan >out 2>err &&
	terrace apply p.plan >out 2>err &&
	sed -n "/^Outputs:/,\$p" out | grep " = " | cut -d" " -f1 >order &&
	test_cmp expect order &&
	terrace apply -auto-approve -json >stream 2>err &&
	grep "\"type\": *\"outputs\"" stream | tail -n 1 >last &&
	python3 -c "import json,sys; print(\"\\n\".join(json.loads(open(\"last\").read())[\"outputs\"]))" >order &&
	test_cmp expect order
'

test_done
