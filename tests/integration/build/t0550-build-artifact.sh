#!/usr/bin/env bash
# t0550-build-artifact: an aws.s3.artifact whose file is built by a command
# (`build`), against moto. Plan runs the command once for a set of inputs
# and keeps the output in .terrace/build/ under the inputs' SHA-256; the
# key follows from the output's bytes as for `source`. A second plan runs
# nothing and plans nothing, also after touching the inputs; a changed
# input shows in the plan by name and uploads a new key; inputs set back
# find their earlier build in the cache; the plan says "# build: 1 of 5
# inputs changed: src/a.py". A build started from an empty
# cache gives the same bytes. A failing command fails the plan with its
# last lines and its log's path, before anything is touched; so does a
# saved plan whose build, run again at apply because the cache lost it,
# fails there: no key uploaded, the object naming it and the state as they
# were, no entry left in the cache; the same plan applies once the build
# works; one whose build, run again at apply, makes other bytes than the
# plan recorded (a build that is not reproducible) is refused the same way.
# A shared cache folder (TERRACE_BUILD_CACHE) spares a second stack
# folder the build; two checkouts sharing one (CI runners) reuse each
# other's builds both ways: `terrace build` in one fills it for the other,
# and a new input set built by the second's plan is taken by the first's.
# source and build together, or neither, are refused.
. "$(dirname "$0")/../lib.sh"
. "$TEST_DIR/builds.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
export TERRACE_VAR_bucket=t0550-builds

# artifact_stack [COMMAND]: the artifact built from src/ and an object
# naming its URI.
artifact_stack () {
	build_bucket_stack &&
	cat >>stack.yaml <<-YAML
	  app:
	    type: aws.s3.artifact
	    bucket: \${bucket.name}
	    prefix: jobs/
	    build:
	      command: ${1:-[sh, build.sh]}
	      inputs: [build.sh, "src/*.py"]
	      output: dist/app.py
	      environment: { FLAVOUR: plain }
	  job:
	    type: aws.s3.object
	    bucket: \${bucket.name}
	    key: jobs/app.yaml
	    content: "script: \${app.uri}\n"
	YAML
}

# The command counts its runs in runs.log, which is no input.
runs () {
	if test -f runs.log; then wc -l <runs.log; else echo 0; fi
}

keys () {
	bucket_keys "$TERRACE_VAR_bucket" | grep '^jobs/app-' || true
}

state_build () {
	json_get terrace.state.json "d[\"resources\"][\"app\"][\"attributes\"][\"build\"][\"$1\"]"
}

test_expect_success 'setup: sources and a build script' '
	mkdir -p src &&
	printf "A = 1\n" >src/a.py &&
	printf "B = 2\n" >src/b.py &&
	cat >build.sh <<-\SH &&
	echo run >>runs.log
	if test -n "${T0550_BREAK:-}"; then echo "cannot reach $T0550_BREAK" >&2; exit 4; fi
	echo "concatenating $(ls src | wc -l) files ($FLAVOUR, epoch $SOURCE_DATE_EPOCH)"
	mkdir -p dist
	cat src/*.py >dist/app.py
	if test -n "${T0550_NOISE:-}"; then echo "# $T0550_NOISE" >>dist/app.py; fi
	SH
	artifact_stack
'

test_expect_success 'plan builds once and shows the key of the built file' '
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_equal 1 "$(runs)" &&
	cat src/a.py src/b.py >expected.py &&
	test_cmp expected.py dist/app.py &&
	key=jobs/app-$(sha256sum expected.py | cut -c1-16).py &&
	test_contains out "+ key            = \"$key\"" &&
	test_contains out "\"src/a.py\"" &&
	test_line out "# build: 5 inputs, not built before" &&
	inputs=$(ls .terrace/build | grep -E "^[0-9a-f]{64}$") &&
	test_cmp expected.py .terrace/build/$inputs/app.py &&
	test_contains .terrace/build/logs/$inputs.log "concatenating 2 files (plain, epoch 315532800)"
'

test_expect_success 'apply uploads the built file from the cache, without building again' '
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 3 added, 0 changed, 0 destroyed." &&
	test_equal 1 "$(runs)" &&
	test_equal "$(keys)" "jobs/app-$(sha256sum expected.py | cut -c1-16).py" &&
	test_equal "$(sha256sum expected.py | cut -c1-64)" "$(state_build output_sha256)" &&
	test_match terrace.state.json "\"inputs_sha256\": \"[0-9a-f]{64}\""
'

test_expect_success 'a second plan builds nothing and plans nothing, also after touching the inputs' '
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	touch -d "2001-02-03 04:05:06" src/*.py build.sh &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration." &&
	test_equal 1 "$(runs)"
'

test_expect_success 'a changed input is named in the plan, built, and uploaded under a new key' '
	old=$(keys) &&
	printf "A = 10\n" >src/a.py &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_equal 2 "$(runs)" &&
	test_match out "~ \"src/a.py\" += \"[0-9a-f]{12}\" -> \"[0-9a-f]{12}\"" &&
	test_line out "# build: 1 of 5 inputs changed: src/a.py" &&
	test_not_contains out "\"src/b.py\"" &&
	cp out plan-changed.txt &&
	test_line out "# app must be replaced" &&
	test_line out "# job will be updated in-place" &&
	terrace apply -auto-approve >out 2>err &&
	test_equal 2 "$(runs)" &&
	cat src/a.py src/b.py >expected.py &&
	test_equal "$(keys)" "jobs/app-$(sha256sum expected.py | cut -c1-16).py"
'

test_expect_success 'inputs set back find their build in the cache' '
	printf "A = 1\n" >src/a.py &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_equal 2 "$(runs)" &&
	terrace apply -auto-approve >out 2>err &&
	test_equal 2 "$(runs)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'built again from an empty cache: the same bytes, no change planned' '
	cp -R .terrace/build cache-before &&
	rm -rf .terrace/build dist &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_equal 3 "$(runs)" &&
	inputs=$(state_build inputs_sha256) &&
	cmp cache-before/$inputs/app.py .terrace/build/$inputs/app.py
'

test_expect_success 'the environment is an input: a new value rebuilds' '
	sed -i "s/FLAVOUR: plain/FLAVOUR: spicy/" stack.yaml &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_equal 4 "$(runs)" &&
	test_match out "~ \"\(environment\)\" += " &&
	test_line out "# build: 1 of 5 inputs changed: (environment)" &&
	sed -i "s/FLAVOUR: spicy/FLAVOUR: plain/" stack.yaml
'

test_expect_success 'a failing build fails apply with its last lines and its log, touching nothing' '
	before=$(keys) &&
	cat >fail.sh <<-\SH &&
	echo "compiling a.py"
	echo "a.py:3: syntax error near ~" >&2
	exit 3
	SH
	artifact_stack "[sh, fail.sh]" &&
	printf "A = 11\n" >src/a.py &&
	test_expect_code 1 terrace apply -auto-approve -no-color >out 2>err &&
	test_contains err "the build failed (sh: exit status 3)" &&
	test_contains err "compiling a.py" &&
	test_contains err "a.py:3: syntax error near ~" &&
	log=$(sed -n "s/.*build log: \(\.terrace\/build\/logs\/[0-9a-f]*\.log\).*/\1/p" err) &&
	test -n "$log" && test_contains "$log" "syntax error" &&
	test_equal "$before" "$(keys)" &&
	test_equal "" "$(ls .terrace/build | grep -v -E "^([0-9a-f]{64}|logs|locks)$")" &&
	artifact_stack &&
	printf "A = 1\n" >src/a.py &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a saved plan whose build fails at apply touches nothing and uploads nothing' '
	before=$(keys) && cp terrace.state.json state-before.json &&
	s3 s3 cp --only-show-errors "s3://$TERRACE_VAR_bucket/jobs/app.yaml" job-before.txt &&
	printf "A = 12\n" >src/a.py &&
	test_expect_code 2 terrace plan -detailed-exitcode -out changed.plan >out 2>err &&
	n=$(runs) &&
	rm -rf .terrace/build dist &&
	T0550_BREAK=the-mirror test_expect_code 1 terrace apply -no-color changed.plan >out 2>err &&
	test_equal $((n + 1)) "$(runs)" &&
	test_contains err "the build failed (sh: exit status 4)" &&
	test_contains err "cannot reach the-mirror" &&
	test_match err "build log: \.terrace/build/logs/[0-9a-f]{64}\.log" &&
	test_equal "$before" "$(keys)" &&
	s3 s3 cp --only-show-errors "s3://$TERRACE_VAR_bucket/jobs/app.yaml" job-after.txt &&
	test_cmp job-before.txt job-after.txt &&
	test_equal "$(json_get state-before.json "d[\"resources\"][\"app\"][\"attributes\"][\"key\"]")" \
		"$(json_get terrace.state.json "d[\"resources\"][\"app\"][\"attributes\"][\"key\"]")" &&
	test_equal "" "$(ls .terrace/build | grep -v -E "^(logs|locks)$")" &&
	terrace apply -no-color changed.plan >out 2>err &&
	test_equal $((n + 2)) "$(runs)" &&
	cat src/a.py src/b.py >expected.py &&
	test_equal "$(keys)" "jobs/app-$(sha256sum expected.py | cut -c1-16).py" &&
	printf "A = 1\n" >src/a.py &&
	terrace apply -auto-approve >out 2>err &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a saved plan whose build makes other bytes at apply is refused, touching nothing' '
	before=$(keys) && cp terrace.state.json state-before.json &&
	printf "A = 13\n" >src/a.py &&
	test_expect_code 2 terrace plan -detailed-exitcode -out noisy.plan >out 2>err &&
	rm -rf .terrace/build dist &&
	T0550_NOISE=not-reproducible test_expect_code 1 terrace apply -no-color noisy.plan >out 2>err &&
	test_contains err "resource app: the build made other bytes than when the plan was made" &&
	test_contains err "it is not reproducible; plan again" &&
	test_equal "$before" "$(keys)" &&
	test_equal "$(json_get state-before.json "d[\"resources\"][\"app\"][\"attributes\"][\"key\"]")" \
		"$(json_get terrace.state.json "d[\"resources\"][\"app\"][\"attributes\"][\"key\"]")" &&
	printf "A = 1\n" >src/a.py &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a command that makes no output fails, naming it' '
	artifact_stack "[\"true\"]" &&
	rm -rf dist &&
	test_expect_code 1 terrace plan -no-color >out 2>err &&
	test_contains err "the build succeeded but made no dist/app.py" &&
	artifact_stack
'

test_expect_success 'a shared cache spares another folder the build' '
	export TERRACE_BUILD_CACHE=$PWD/shared &&
	rm -rf .terrace/build && rm -f runs.log &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_equal 1 "$(runs)" &&
	mkdir other && cp -R stack.yaml build.sh src other/ &&
	(cd other && test_expect_code 2 terrace plan -detailed-exitcode >out 2>err) &&
	test_match other/out "^Plan: [0-9]+ to add, 0 to change, 0 to destroy\.$" &&
	! test -e other/runs.log &&
	unset TERRACE_BUILD_CACHE
'

test_expect_success 'two checkouts sharing a cache folder reuse each other'"'"'s builds' '
	export TERRACE_BUILD_CACHE=$TRASH/ci-cache &&
	for r in ci-a ci-b; do
		mkdir $r && cp -R stack.yaml build.sh src $r/ || return 1
	done &&
	(cd ci-a && terrace build -no-color >out 2>err) &&
	test_match ci-a/out "^app: built in " &&
	(cd ci-b && terrace build -no-color >out 2>err) &&
	test_match ci-b/out "^app: taken from the shared cache $TRASH/ci-cache in " &&
	! test -e ci-b/runs.log &&
	key=$(ls ci-a/.terrace/build | grep -E "^[0-9a-f]{64}$") &&
	test_cmp ci-a/.terrace/build/$key/app.py ci-b/.terrace/build/$key/app.py &&
	printf "C = 3\n" >ci-b/src/c.py && cp ci-b/src/c.py ci-a/src/ &&
	(cd ci-b && test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err) &&
	test_line ci-b/out "# build: 6 inputs, not built before" &&
	test_equal 1 "$(wc -l <ci-b/runs.log)" &&
	(cd ci-a && test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err) &&
	test_equal 1 "$(wc -l <ci-a/runs.log)" &&
	cat src/a.py src/b.py ci-a/src/c.py >expected.py &&
	key=jobs/app-$(sha256sum expected.py | cut -c1-16).py &&
	test_line ci-a/out "+ key            = \"$key\"" &&
	test_line ci-b/out "+ key            = \"$key\"" &&
	unset TERRACE_BUILD_CACHE
'

test_expect_success 'source and build together, or neither, are refused' '
	artifact_stack &&
	sed -i "s|^    prefix: jobs/|    prefix: jobs/\n    source: src/a.py|" stack.yaml &&
	test_expect_code 1 terrace plan -no-color >out 2>err &&
	test_contains err "aws.s3.artifact: set source or build, not both" &&
	artifact_stack &&
	sed -i "/^    build:/,/^      environment/d" stack.yaml &&
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "set source (the local file to upload) or build"
'

test_expect_success 'destroy' '
	artifact_stack &&
	terrace destroy -auto-approve >out 2>err &&
	test_contains out "Destroy complete!" &&
	test_equal "" "$(keys)"
'

test_done
