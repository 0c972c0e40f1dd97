#!/usr/bin/env bash
# t0553-build-python: `python: { requirements: FILE }` on a Lambda layer and
# function, against moto, offline: the test builds a wheelhouse from small
# local packages (Debian's python3-pip, python3-setuptools, python3-wheel)
# and pip installs from it (PIP_NO_INDEX, PIP_FIND_LINKS). The layer's
# packages land under python/, the function's beside its code; the
# platform follows the architecture (a wheel only for aarch64 installs for
# arm64 and is refused, by name, for x86_64) and the Python version the
# runtime (the wheel is cp312). A second plan installs nothing; from an
# empty cache pip gives the same package bytes.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

state_attr () {
	json_get terrace.state.json "d[\"resources\"][\"$1\"][\"attributes\"][\"$2\"]"
}

logs () {
	ls .terrace/build/logs 2>/dev/null | wc -l
}

# python_stack [FUNCTION_ARCH]
python_stack () {
	write_stack stack.yaml '  role_arn: {type: string}'
	cat >>stack.yaml <<-YAML
	resources:
	  deps:
	    type: aws.lambda.layer_version
	    layer_name: t0553-deps
	    compatible_runtimes: [python3.12]
	    compatible_architectures: [arm64]
	    python: { requirements: layer-requirements.txt }
	  fn:
	    type: aws.lambda.function
	    function_name: t0553-fn
	    runtime: python3.12
	    handler: main.handler
	    role: \${var.role_arn}
	    architectures: [${1:-x86_64}]
	    source: fn
	    python: { requirements: fn/requirements.txt }
	    layers: ["\${deps.arn}"]
	YAML
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

test_expect_success 'setup: a wheelhouse of local packages, requirements, a role' '
	make_wheel tinyclient wheelhouse &&
	make_wheel tinyarm built-arm &&
	cp built-arm/tinyarm-0.1-py3-none-any.whl wheelhouse/tinyarm-0.1-cp312-cp312-manylinux2014_aarch64.whl &&
	ls wheelhouse >wheels &&
	test_line wheels tinyclient-0.1-py3-none-any.whl &&
	export PIP_NO_INDEX=1 PIP_FIND_LINKS=$PWD/wheelhouse &&
	printf "tinyarm==0.1\n" >layer-requirements.txt &&
	mkdir fn && printf "tinyclient==0.1\n" >fn/requirements.txt &&
	printf "import tinyclient\n\ndef handler(event, context):\n    return tinyclient.NAME\n" >fn/main.py &&
	s3 iam create-role --role-name t0553-exec --output text --query Role.Arn \
		--assume-role-policy-document "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}" \
		>role_arn &&
	export TERRACE_VAR_role_arn=$(cat role_arn) &&
	python_stack
'

test_expect_success 'plan installs the layer under python/ and the function beside its code' '
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_equal 2 "$(logs)" &&
	layer=$(find .terrace/build/[0-9a-f]* -maxdepth 1 -name "python-*" -exec test -d "{}/python" ";" -print) &&
	test -f "$layer/python/tinyarm/__init__.py" &&
	test -d "$layer/python/tinyarm-0.1.dist-info" &&
	fn=$(find .terrace/build/[0-9a-f]* -maxdepth 1 -name "python-*" -exec test -f "{}/main.py" ";" -print) &&
	test -f "$fn/tinyclient/__init__.py" &&
	test_cmp fn/main.py "$fn/main.py" &&
	test -z "$(find .terrace/build -name "*.pyc")"
'

test_expect_success 'apply publishes them; a second plan installs nothing' '
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." &&
	s3 lambda get-function --function-name t0553-fn --output json >fn.json &&
	test_equal "$(state_attr fn code_sha256)" "$(json_get fn.json "d[\"Configuration\"][\"CodeSha256\"]")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_equal 2 "$(logs)" &&
	terrace build fn -no-color >out 2>err &&
	test_line out "fn: up to date (in the cache)"
'

test_expect_success 'from an empty cache pip gives the same packages: no change' '
	rm -rf .terrace/build &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_equal 2 "$(logs)"
'

test_expect_success 'the same wheels in another folder: no change, and no path in the state' '
	cp -r wheelhouse other-wheels &&
	export PIP_FIND_LINKS=$PWD/other-wheels &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration." &&
	export PIP_FIND_LINKS=$PWD/wheelhouse &&
	test_equal 2 "$(logs)" &&
	! grep -F "$PWD/" terrace.state.json &&
	! grep PIP_FIND_LINKS terrace.state.json &&
	test_equal 12 "$(json_get terrace.state.json "len(d[\"resources\"][\"fn\"][\"attributes\"][\"build\"][\"input_digests\"][\"(find-links)\"])")"
'

# Which wheels pip takes is known only once it has run: a changed wheel
# changes the key of every python block that reads the wheelhouse.
test_expect_success 'a changed wheel in the wheelhouse: a change, of (find-links)' '
	printf "NAME = \"changed\"\n" >pkg-tinyclient/tinyclient/__init__.py &&
	rm other-wheels/tinyclient-0.1-py3-none-any.whl &&
	env -i PATH=/usr/bin:/bin HOME="$PWD" /usr/bin/python3 -m pip wheel -q --no-deps \
		--no-build-isolation --no-index -w other-wheels ./pkg-tinyclient &&
	! cmp -s wheelhouse/tinyclient-0.1-py3-none-any.whl other-wheels/tinyclient-0.1-py3-none-any.whl &&
	export PIP_FIND_LINKS=$PWD/other-wheels &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	export PIP_FIND_LINKS=$PWD/wheelhouse &&
	test_line out "# fn will be updated in-place" &&
	test_match out "~ \"\(find-links\)\" " &&
	test_line out "# deps will be updated in-place" &&
	test_line out "Plan: 0 to add, 2 to change, 0 to destroy."
'

# The state as the release before this one wrote it (186eb26, seen with its
# binary): its python build blocks held PIP_FIND_LINKS in their
# environment, an input of their key (inputs_sha256, "(environment)" in
# input_digests), which the source's path in the cache holds too.
as_written_before () {
	python3 - "$PWD/wheelhouse" "$1" <<-\PY
	import json, sys
	st = json.load(open("terrace.state.json"))
	for name in ("fn", "deps"):
	    a = st["resources"][name]["attributes"]
	    b = a["build"]
	    b["environment"]["PIP_FIND_LINKS"] = sys.argv[1]
	    a["source"] = a["source"].replace(b["inputs_sha256"], "%064x" % 7)
	    b["inputs_sha256"] = "%064x" % 7
	    del b["input_digests"]["(find-links)"]
	    b["input_digests"]["(environment)"] = "3d4c6ba0a1e5"
	    if sys.argv[2] == "other-output" and name == "fn":
	        b["output_sha256"] = "%064x" % 9
	json.dump(st, open("terrace.state.json", "w"), indent=2)
	PY
}

test_expect_success 'a state whose build blocks the release before wrote: no change' '
	cp terrace.state.json state.now &&
	as_written_before same-output &&
	grep PIP_FIND_LINKS terrace.state.json &&
	test_expect_code 0 terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration." &&
	cp state.now terrace.state.json &&
	as_written_before other-output &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_line out "# fn will be updated in-place" &&
	cp state.now terrace.state.json
'

test_expect_success 'a package without a wheel for the platform is refused by name' '
	printf "tinyclient==0.1\ntinyarm==0.1\n" >fn/requirements.txt &&
	test_expect_code 1 terrace plan -no-color >out 2>err &&
	test_contains err "aws.lambda.function: build: the build failed (python3: exit status 1)" &&
	test_contains err "No matching distribution found for tinyarm==0.1" &&
	python_stack arm64 &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_line out "# fn will be updated in-place" &&
	test_match out "~ \"\(command\)\" " &&
	printf "tinyclient==0.1\n" >fn/requirements.txt &&
	python_stack
'

test_expect_success 'python with build, or a runtime that is not Python, is refused' '
	sed -i "s/runtime: python3.12/runtime: nodejs24.x/" stack.yaml &&
	test_expect_code 1 terrace plan -no-color >out 2>err &&
	test_contains err "aws.lambda.function: python: runtime is not a Python runtime" &&
	python_stack &&
	printf "    build: { command: [\"true\"], inputs: [fn], output: x }\n" >>stack.yaml &&
	test_expect_code 1 terrace plan -no-color >out 2>err &&
	test_contains err "(aws.lambda.function): set build or python, not both"
'

test_expect_success 'destroy' '
	python_stack &&
	terrace destroy -auto-approve >out 2>err
'

test_done
