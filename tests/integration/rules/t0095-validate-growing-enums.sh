#!/usr/bin/env bash
# t0095-validate-growing-enums: a value of an enum AWS grows every few weeks
# (Lambda runtimes, EC2 instance types, Glue worker types, a layer's
# compatible runtimes) that the installed AWS models do not list is a
# warning naming FILE:LINE:COL and the nearest values the models know, not a
# refusal (AWS may have launched it since); `validate -strict` makes it an
# error. A value outside a fixed enum is still refused. A value given by a
# variable is checked with the variables given (validate -var, and plan,
# against moto), warned of or refused in the same words, at the
# FILE:LINE:COL where the expression is written.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"

growing_stack () {
	write_stack stack.yaml &&
	cat >>stack.yaml <<-YAML
	resources:
	  fn:
	    type: aws.lambda.function
	    function_name: f
	    runtime: ${RUNTIME:-python3.12}
	    handler: main.handler
	    role: arn:aws:iam::123456789012:role/r
	    source: .
	  job:
	    type: aws.glue.job
	    name: j
	    role: r
	    worker_type: ${WORKER:-G.1X}
	    number_of_workers: 2
	    command: {script_location: "s3://b/k.py"}
	  host:
	    type: aws.ec2.instance
	    ami: ami-12345678
	    instance_type: ${INSTANCE:-t3.micro}
	    subnet_id: subnet-12345678
	  layer:
	    type: aws.lambda.layer_version
	    layer_name: l
	    source: .
	    compatible_runtimes: [python3.12, ${LAYER_RUNTIME:-python3.13}]
	YAML
}

test_expect_success 'values the models list: no warning' '
	growing_stack &&
	terrace validate >out 2>err &&
	test_contains out "Success!" &&
	test_empty err &&
	terrace validate -strict >out 2>err
'

test_expect_success 'a runtime, worker type, instance type and layer runtime launched since: warnings at their lines, validate passes' '
	RUNTIME=python3.99 WORKER=G.64X INSTANCE=x9z.metal LAYER_RUNTIME=python3.99 growing_stack &&
	terrace validate >out 2>err &&
	test_contains out "Success!" &&
	test_equal "$(wc -l <err)" 4 &&
	test_match err "^\./stack\.yaml:[0-9]+:5: warning: resource \"fn\" \(aws\.lambda\.function\): runtime: \"python3\.99\" is not one the installed AWS models know \(lambda CreateFunction Runtime\); AWS adds new ones, so it is left to AWS; nearest known: python3\.9, " &&
	test_match err "resource \"job\" \(aws\.glue\.job\): worker_type: \"G\.64X\" is not one the installed AWS models know .*nearest known: G\.4X" &&
	test_match err "resource \"host\" \(aws\.ec2\.instance\): instance_type: \"x9z\.metal\" is not one" &&
	test_match err "resource \"layer\" \(aws\.lambda\.layer_version\): compatible_runtimes: \"python3\.99\" is not one" &&
	line=$(grep -n "runtime: python3.99" stack.yaml | cut -d: -f1) &&
	test_contains err "./stack.yaml:$line:5: warning: resource \"fn\"" &&
	{ terrace plan -refresh=false >/dev/null 2>err2 || true; } &&
	test_contains err2 "warning: resource \"fn\" (aws.lambda.function): runtime: \"python3.99\""
'

test_expect_success 'validate -strict: the warnings are errors' '
	RUNTIME=python3.99 growing_stack &&
	test_expect_code 1 terrace validate -strict >out 2>err &&
	test_contains err "runtime: \"python3.99\" is not one the installed AWS models know" &&
	test_contains err "terrace validate -strict: 1 warning (above)" &&
	! grep -q "Success!" out
'

test_expect_success 'a runtime of the wrong shape is still refused, and a fixed enum is too' '
	RUNTIME=Python3.99 growing_stack &&
	test_expect_code 1 terrace validate >out 2>err &&
	test_contains err "\"Python3.99\" is not a Lambda runtime identifier" &&
	RUNTIME=Python3.12 growing_stack &&
	test_expect_code 1 terrace validate >out 2>err &&
	test_contains err "runtime: \"Python3.12\" is not one of" &&
	test_contains err "(did you mean \"python3.12\"? lambda CreateFunction Runtime)" &&
	growing_stack &&
	sed -i "s|command: {script_location|command: {name: gluebatch, script_location|" stack.yaml &&
	test_expect_code 1 terrace validate >out 2>err &&
	test_contains err "command.name: \"gluebatch\" is not one of glueetl, pythonshell, gluestreaming, glueray"
'

# A runtime and names made from variables; plan against moto from here on.
use_server moto
stand_in_roles r || test_fail_setup "the roles the stacks name could not be made"
var_stack () {
	write_stack stack.yaml "  runtime: {type: string, default: python3.12}
  env: {type: string, default: dev}" &&
	mkdir -p fn && echo "def handler(event, context): return event" >fn/main.py &&
	cat >>stack.yaml <<-\YAML
	resources:
	  fn:
	    type: aws.lambda.function
	    function_name: "${var.env}-f"
	    runtime: "${var.runtime}"
	    handler: main.handler
	    role: arn:aws:iam::123456789012:role/r
	    source: fn
	  lake:
	    type: aws.s3.bucket
	    name: "${var.env}-lake"
	YAML
}

test_expect_success 'a runtime given by a variable: validate -var and plan warn at the line of its expression' '
	var_stack &&
	line=$(grep -n "runtime: \"\${var.runtime}\"" stack.yaml | cut -d: -f1) &&
	terrace validate >out 2>err &&
	test_empty err &&
	terrace validate -var runtime=python3.99 >out 2>err &&
	test_contains out "Success!" &&
	test_equal "$(wc -l <err)" 1 &&
	test_match err "^\./stack\.yaml:$line:5: warning: resource \"fn\" \(aws\.lambda\.function\): runtime: \"python3\.99\" is not one the installed AWS models know" &&
	terrace validate -strict -var runtime=python3.12 >out 2>err &&
	test_expect_code 1 terrace validate -strict -var runtime=python3.99 >out 2>err &&
	terrace plan -no-color -var runtime=python3.99 >out 2>err &&
	test_contains out "Plan: 2 to add" &&
	test_match err "^\./stack\.yaml:$line:5: warning: resource \"fn\" \(aws\.lambda\.function\): runtime: \"python3\.99\" is not one the installed AWS models know"
'

test_expect_success 'a name made from a variable: validate -var and plan refuse it at the line of its expression' '
	var_stack &&
	line=$(grep -n "name: \"\${var.env}-lake\"" stack.yaml | cut -d: -f1) &&
	terrace validate >out 2>err &&
	test_empty err &&
	test_expect_code 1 terrace validate -var env=DEV_X >out 2>err &&
	test_contains err "./stack.yaml:$line:5: error: resource \"lake\" (aws.s3.bucket): name: \"DEV_X-lake\" has" &&
	! grep -q "Success!" out &&
	test_expect_code 1 terrace plan -no-color -var env=DEV_X >out 2>err &&
	test_contains err "./stack.yaml:$line:5: error: resource \"lake\" (aws.s3.bucket): name: \"DEV_X-lake\" has" &&
	terrace validate -var env=dev >out 2>err &&
	test_contains out "Success!"
'

test_done
