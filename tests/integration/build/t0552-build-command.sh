#!/usr/bin/env bash
# t0552-build-command: where builds show. `terrace build [ADDRESS]` builds
# into the cache without state or server (a second run finds the cache;
# a failing build exits 1 with its log); plan then builds nothing.
# `terrace show` gives a built resource's inputs' and output's hashes; the
# JSON plan's "builds" says per resource whether its inputs and output
# change and which inputs did. SIGINT stops a running build's processes.
. "$(dirname "$0")/../lib.sh"
. "$TEST_DIR/builds.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
export TERRACE_VAR_bucket=t0552-builds

build_stack () {
	build_bucket_stack &&
	cat >>stack.yaml <<-YAML
	  app:
	    type: aws.s3.artifact
	    bucket: \${bucket.name}
	    build:
	      command: [sh, -c, "echo run >>runs.log; mkdir -p dist; cat src/*.py >dist/app.py"]
	      inputs: ["src/*.py"]
	      output: dist/app.py
	  tool:
	    type: aws.s3.artifact
	    bucket: \${bucket.name}
	    build:
	      command: ${1:-[sh, -c, "mkdir -p bin; echo tool >bin/tool.sh"]}
	      inputs: [src/a.py]
	      output: bin/tool.sh
	YAML
}

runs () {
	if test -f runs.log; then wc -l <runs.log; else echo 0; fi
}

test_expect_success 'setup' '
	mkdir src && printf "A = 1\n" >src/a.py && printf "B = 2\n" >src/b.py && build_stack
'

test_expect_success 'terrace build builds every build block, with no server' '
	TERRACE_VAR_endpoint=http://127.0.0.1:1 terrace build -no-color >out 2>err &&
	test_match out "^app: built in [0-9.]+ s$" &&
	test_match out "^tool: built in [0-9.]+ s$" &&
	test_match out "^  inputs  [0-9a-f]{64} \(2\)$" &&
	test_equal 1 "$(runs)" &&
	! test -e terrace.state.json
'

test_expect_success 'a second build and the plan find the cache' '
	terrace build app -no-color >out 2>err &&
	test_line out "app: up to date (in the cache)" &&
	test_not_contains out "tool:" &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_equal 1 "$(runs)"
'

test_expect_success 'an address without a build block, or none at all, is an error' '
	test_expect_code 1 terrace build bucket -no-color >out 2>err &&
	test_contains err "bucket has no build block" &&
	test_expect_code 1 terrace build nothing -no-color >out 2>err &&
	test_contains err "no resource nothing in the stack"
'

test_expect_success 'the JSON plan says each build is new' '
	json_plan plan.json &&
	check_json_plan plan.json <<-\PY
	b = {x["address"]: x for x in d["builds"]}
	assert sorted(b) == ["app", "tool"], b
	assert b["app"]["inputs_changed"] and b["app"]["output_changed"], b
	assert b["app"]["reason"] == "3 inputs, not built before", b["app"]
	assert len(b["app"]["inputs_sha256"]) == 64
	PY
'

test_expect_success 'show gives the inputs hash and the output hash' '
	terrace apply -auto-approve >out 2>err &&
	terrace show -no-color >show.out 2>err &&
	inputs=$(json_get terrace.state.json "d[\"resources\"][\"app\"][\"attributes\"][\"build\"][\"inputs_sha256\"]") &&
	test_contains show.out "inputs_sha256" &&
	test_contains show.out "$inputs" &&
	test_contains show.out "\"output_sha256\" = \"$(cat src/a.py src/b.py | sha256sum | cut -c1-64)\""
'

test_expect_success 'the JSON plan names the changed input, and an unchanged build' '
	printf "B = 3\n" >src/b.py &&
	json_plan plan.json &&
	check_json_plan plan.json <<-\PY
	b = {x["address"]: x for x in d["builds"]}
	assert b["app"]["reason"] == "1 of 3 inputs changed: src/b.py", b["app"]
	assert b["app"]["inputs_changed"] and b["app"]["output_changed"], b["app"]
	assert b["tool"]["reason"] == "inputs unchanged", b["tool"]
	assert not b["tool"]["inputs_changed"] and not b["tool"]["output_changed"], b["tool"]
	PY
'

test_expect_success 'a failing build exits 1 with its last lines and log' '
	build_stack "[sh, -c, \"echo cannot link >&2; exit 2\"]" &&
	test_expect_code 1 terrace build tool -no-color >out 2>err &&
	test_contains err "tool: aws.s3.artifact: build: the build failed (sh: exit status 2)" &&
	test_contains err "cannot link" &&
	test_contains err "build log: .terrace/build/logs/"
'

test_expect_success 'SIGINT stops a running build and its processes; nothing is cached' '
	build_stack "[sh, -c, \"echo started >started.log; exec sleep 7357\"]" &&
	rm -f started.log &&
	{ "$TERRACE" build tool -no-color >out 2>err & } &&
	pid=$! &&
	wait_for_line started.log started $pid &&
	kill -INT $pid &&
	{ wait $pid; rc=$?; } &&
	test_equal 1 "$rc" &&
	test_contains err "the build was interrupted and stopped" &&
	! pgrep -f "sleep 7357" >/dev/null &&
	test_equal "" "$(ls .terrace/build | grep -v -E "^([0-9a-f]{64}|logs|locks)$")"
'

test_expect_success 'destroy' '
	build_stack &&
	terrace destroy -auto-approve >out 2>err
'

test_done
