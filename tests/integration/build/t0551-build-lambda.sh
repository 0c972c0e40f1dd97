#!/usr/bin/env bash
# t0551-build-lambda: an aws.lambda.layer_version and an aws.lambda.function
# whose code a command builds (`build`, output a folder), against moto. The
# plan knows each package's code_sha256 (Lambda reports the same); a
# second plan builds nothing and plans nothing; a changed input of the
# layer publishes a new version and updates the function, whose own build
# does not run again; a rebuild whose output is the same bytes records the
# new inputs and sends no code; a build that fails leaves the layer and the
# function as they were.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

state_attr () {
	json_get terrace.state.json "d[\"resources\"][\"$1\"][\"attributes\"][\"$2\"]"
}

layer_versions () {
	s3 lambda list-layer-versions --layer-name t0551-lib --output json \
		--query 'LayerVersions[].Version' |
		python3 -c 'import json, sys
for v in sorted(json.load(sys.stdin) or []): print(v)'
}

runs () {
	if test -f "$1"; then wc -l <"$1"; else echo 0; fi
}

# lambda_stack [LAYER_COMMAND]
lambda_stack () {
	write_stack stack.yaml '  role_arn: {type: string}'
	cat >>stack.yaml <<-YAML
	resources:
	  lib:
	    type: aws.lambda.layer_version
	    layer_name: t0551-lib
	    compatible_runtimes: [python3.12]
	    build:
	      dir: layer
	      command: ${1:-[sh, make-layer.sh]}
	      inputs: [make-layer.sh, helpers]
	      output: build/layer
	  fn:
	    type: aws.lambda.function
	    function_name: t0551-fn
	    runtime: python3.12
	    handler: main.handler
	    role: \${var.role_arn}
	    layers: ["\${lib.arn}"]
	    build:
	      dir: fn
	      command: [sh, -c, "echo run >>runs.log; rm -rf out; mkdir out; cp main.py out/"]
	      inputs: [main.py]
	      output: out
	YAML
}

test_expect_success 'setup: a role, a layer folder and a function folder' '
	s3 iam create-role --role-name t0551-exec --output text --query Role.Arn \
		--assume-role-policy-document "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}" \
		>role_arn &&
	export TERRACE_VAR_role_arn=$(cat role_arn) &&
	mkdir -p layer/helpers fn &&
	printf "X = 1\n" >layer/helpers/__init__.py &&
	printf "Y = 1\n" >layer/helpers/text.py &&
	cat >layer/make-layer.sh <<-\SH &&
	echo run >>runs.log
	rm -rf build && mkdir -p build/layer/python
	cp -R helpers build/layer/python/
	SH
	printf "import helpers\n\ndef handler(event, context):\n    return helpers.X\n" >fn/main.py &&
	lambda_stack
'

test_expect_success 'plan builds both and knows their code_sha256; apply sends those packages' '
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_equal 1 "$(runs layer/runs.log)" && test_equal 1 "$(runs fn/runs.log)" &&
	test_match out "^ *\+ code_sha256 *= \"[A-Za-z0-9+/]{43}=\"$" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." &&
	test_equal 1 "$(runs layer/runs.log)" && test_equal 1 "$(runs fn/runs.log)" &&
	s3 lambda get-layer-version --layer-name t0551-lib --version-number 1 --output json >layer.json &&
	test_equal "$(state_attr lib code_sha256)" "$(json_get layer.json "d[\"Content\"][\"CodeSha256\"]")" &&
	s3 lambda get-function --function-name t0551-fn --output json >fn.json &&
	test_equal "$(state_attr fn code_sha256)" "$(json_get fn.json "d[\"Configuration\"][\"CodeSha256\"]")"
'

test_expect_success 'a second plan builds nothing and plans nothing' '
	touch -d "2001-02-03 04:05:06" layer/helpers/*.py fn/main.py &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_equal 1 "$(runs layer/runs.log)" && test_equal 1 "$(runs fn/runs.log)"
'

test_expect_success 'a changed layer input: a new version, the function updated, not rebuilt' '
	printf "Y = 2\n" >layer/helpers/text.py &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_match out "~ \"helpers/text.py\" += " &&
	test_line out "# lib must be replaced" &&
	test_line out "# fn will be updated in-place" &&
	terrace apply -auto-approve >out 2>err &&
	test_equal 2 "$(runs layer/runs.log)" && test_equal 1 "$(runs fn/runs.log)" &&
	test_equal 2 "$(layer_versions)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'new inputs with the same output: recorded, no code sent' '
	code=$(state_attr fn code_sha256) &&
	sed -i "s/inputs: \[main.py\]/inputs: [main.py, README]/" stack.yaml &&
	echo "notes" >fn/README &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_match out "\+ \"README\" += " &&
	test_line out "# fn will be updated in-place" &&
	test_not_contains out "code_sha256" &&
	terrace apply -auto-approve >out 2>err &&
	test_equal 2 "$(runs fn/runs.log)" &&
	test_equal "$code" "$(state_attr fn code_sha256)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a failing layer build touches neither the layer nor the function' '
	arn=$(state_attr lib arn) &&
	lambda_stack "[sh, -c, \"echo pip: no matching distribution >&2; exit 1\"]" &&
	sed -i "s/inputs: \[main.py\]/inputs: [main.py, README]/" stack.yaml &&
	test_expect_code 1 terrace apply -auto-approve -no-color >out 2>err &&
	test_contains err "aws.lambda.layer_version: build: the build failed (sh: exit status 1)" &&
	test_contains err "pip: no matching distribution" &&
	test_equal 2 "$(layer_versions)" &&
	test_equal "$arn" "$(s3 lambda get-function --function-name t0551-fn --output text --query "Configuration.Layers[0].Arn")"
'

test_expect_success 'destroy' '
	lambda_stack &&
	sed -i "s/inputs: \[main.py\]/inputs: [main.py, README]/" stack.yaml &&
	terrace destroy -auto-approve >out 2>err &&
	test_contains out "Destroy complete!" &&
	test_equal "" "$(layer_versions)"
'

test_done
