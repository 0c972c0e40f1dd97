#!/usr/bin/env bash
# t0559-build-lookups: builds in a stack that reads lookups, the two-stack
# pattern (issue 39), against moto. A base stack makes the functions' role
# and outputs its ARN; the pipeline stack reads it (terrace.stack) and the
# account (aws.caller_identity): a layer with a build block whose
# description is the account id, a function with a python block that runs
# as the base's role. terrace build, plan, apply, plan -all and apply of a
# saved plan whose cache was lost all build them (they failed with
# 'unknown resource "data.base"': the builds' scope had no lookups). A
# build block that names a lookup's result is skipped by terrace build,
# which reads no lookup, and built by plan once it has read it.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

state_attr () {
	json_get terrace.state.json "d[\"resources\"][\"$1\"][\"attributes\"][\"$2\"]"
}

# make_wheel NAME DIR: a wheel of a one-module package NAME 0.1 in DIR.
make_wheel () {
	mkdir -p "pkg-$1/$1" &&
	printf "NAME = \"%s\"\n" "$1" >"pkg-$1/$1/__init__.py" &&
	printf "from setuptools import setup\nsetup(name=\"%s\", version=\"0.1\", packages=[\"%s\"])\n" \
		"$1" "$1" >"pkg-$1/setup.py" &&
	env -i PATH=/usr/bin:/bin HOME="$PWD" /usr/bin/python3 -m pip wheel -q --no-deps \
		--no-build-isolation --no-index -w "$2" "./pkg-$1"
}

# pipe_stack [LAYER_ENVIRONMENT]: the pipeline; the layer's build block
# has LAYER_ENVIRONMENT as its environment (default none: {}).
pipe_stack () {
	local env=${1:-"{}"}
	write_stack pipe/stack.yaml &&
	sed -i "1s/.*/stack: pipe/" pipe/stack.yaml &&
	cat >>pipe/stack.yaml <<-YAML
	data:
	  base: {type: terrace.stack, path: ../base}
	  me: {type: aws.caller_identity}
	resources:
	  lib:
	    type: aws.lambda.layer_version
	    layer_name: t0559-lib
	    description: "for \${data.me.account_id}"
	    compatible_runtimes: [python3.12]
	    build:
	      dir: layer
	      command: [sh, -c, "echo run >>runs.log; rm -rf out; mkdir -p out/python; cp helpers.py out/python/"]
	      inputs: [helpers.py]
	      output: out
	      environment: $env
	  notify:
	    type: aws.lambda.function
	    function_name: t0559-notify
	    runtime: python3.12
	    handler: main.handler
	    role: \${data.base.outputs.role_arn}
	    source: fn
	    python: { requirements: fn/requirements.txt }
	    layers: ["\${lib.arn}"]
	YAML
}

test_expect_success 'setup: a wheelhouse, the base stack applied, the pipeline' '
	make_wheel tinyclient wheelhouse &&
	export PIP_NO_INDEX=1 PIP_FIND_LINKS=$PWD/wheelhouse &&
	mkdir -p base pipe/layer pipe/fn &&
	write_stack base/stack.yaml &&
	sed -i "1s/.*/stack: base/" base/stack.yaml &&
	cat >>base/stack.yaml <<-\YAML &&
	resources:
	  exec:
	    type: aws.iam.role
	    name: t0559-exec
	    assume_role_policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: "sts:AssumeRole"}]}
	outputs:
	  role_arn: ${exec.arn}
	YAML
	(cd base && terrace apply -auto-approve >out 2>err) &&
	json_get base/terrace.state.json "d[\"outputs\"][\"role_arn\"][\"value\"]" >role_arn &&
	test_match role_arn "^arn:aws:iam::[0-9]{12}:role/t0559-exec$" &&
	s3 sts get-caller-identity --output text --query Account >account &&
	printf "X = 1\n" >pipe/layer/helpers.py &&
	printf "tinyclient==0.1\n" >pipe/fn/requirements.txt &&
	printf "import tinyclient\n\ndef handler(event, context):\n    return tinyclient.NAME\n" >pipe/fn/main.py &&
	pipe_stack
'

test_expect_success 'terrace build builds both, their other attributes using the lookups' '
	(cd pipe && terrace build -no-color >out 2>err) &&
	test_match pipe/out "^lib: built in [0-9.]+ s$" &&
	test_match pipe/out "^notify: built in [0-9.]+ s$" &&
	test_equal 1 "$(wc -l <pipe/layer/runs.log)"
'

test_expect_success 'plan and apply: the function runs as the base stack'"'"'s role, the layer names the account' '
	(cd pipe &&
	 test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	 test_contains out "Plan: 2 to add, 0 to change, 0 to destroy." &&
	 terrace apply -auto-approve >out 2>err &&
	 test_line out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." &&
	 test_expect_code 0 terrace plan -detailed-exitcode >out 2>err) &&
	test_equal 1 "$(wc -l <pipe/layer/runs.log)" &&
	test_equal "$(cat role_arn)" "$(s3 lambda get-function --function-name t0559-notify --output text --query Configuration.Role)" &&
	test_equal "for $(cat account)" "$(s3 lambda get-layer-version --layer-name t0559-lib --version-number 1 --output text --query Description)"
'

test_expect_success 'plan -all: both stacks clean; a changed function source plans its update' '
	terrace plan -all -detailed-exitcode -no-color >out 2>err &&
	test_line out "base: No changes. Your infrastructure matches the configuration." &&
	test_line out "pipe: No changes. Your infrastructure matches the configuration." &&
	printf "import tinyclient\n\ndef handler(event, context):\n    return 2\n" >pipe/fn/main.py &&
	test_expect_code 2 terrace plan -all -detailed-exitcode -no-color >out 2>err &&
	test_line out "base: No changes. Your infrastructure matches the configuration." &&
	test_line out "pipe: Plan: 0 to add, 1 to change, 0 to destroy."
'

test_expect_success 'apply of a saved plan builds again what the cache lost' '
	(cd pipe &&
	 terrace plan -out=tfplan >out 2>err &&
	 rm -rf .terrace/build &&
	 terrace apply tfplan >out 2>err &&
	 test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	 state_attr notify code_sha256 >sha &&
	 test_equal "$(cat sha)" "$(s3 lambda get-function --function-name t0559-notify --output text --query Configuration.CodeSha256)" &&
	 test_expect_code 0 terrace plan -detailed-exitcode >out 2>err)
'

test_expect_success 'a build block naming a lookup: terrace build skips it, plan reads the lookup and builds' '
	pipe_stack "{ACCOUNT: \"\${data.me.account_id}\"}" &&
	(cd pipe &&
	 runs=$(wc -l <layer/runs.log) &&
	 terrace build -no-color >out 2>err &&
	 test_match out "^lib: skipped: its build names a value terrace build does not know" &&
	 test_line out "notify: up to date (in the cache)" &&
	 test_equal $runs "$(wc -l <layer/runs.log)" &&
	 test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	 test_contains out "(environment)" &&
	 test_equal $((runs + 1)) "$(wc -l <layer/runs.log)" &&
	 terrace apply -auto-approve >out 2>err &&
	 test_equal $((runs + 1)) "$(wc -l <layer/runs.log)" &&
	 test_expect_code 0 terrace plan -detailed-exitcode >out 2>err)
'

test_expect_success 'cleanup: destroy both' '
	(cd pipe && terrace destroy -auto-approve >out 2>err) &&
	(cd base && terrace destroy -auto-approve >out 2>err) &&
	test_contains base/out "Destroy complete!" &&
	! s3 lambda get-function --function-name t0559-notify >/dev/null 2>&1
'

test_done
