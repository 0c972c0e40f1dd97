#!/usr/bin/env bash
# t0556-build-cache-s3: the shared build cache in S3
# (TERRACE_BUILD_CACHE=s3://BUCKET/PREFIX), against moto. Runner A builds
# (`terrace build`, as CI warms the cache) and puts the entry under
# PREFIX/KEY.zip; runner B, another folder with an empty .terrace/, gets the
# output from S3 without running the command (every run of it appends a line
# to a file both share: it stays at one line) with its files and executable
# bit, and plans from it. An entry whose bytes are not those it was stored
# with is not taken: the command runs. A URI of a scheme no store serves is
# refused.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

# The cache's client takes the environment's chain, as the aws CLI does.
export AWS_ACCESS_KEY_ID=$MOTO_ACCESS_KEY AWS_SECRET_ACCESS_KEY=$MOTO_SECRET_KEY \
	AWS_REGION=us-east-1 AWS_ENDPOINT_URL_S3=$MOTO_ENDPOINT
export TERRACE_BUILD_CACHE=s3://t0556-cache/builds/

# A layer whose content a command makes from src/ (one executable file);
# each run appends to ../runs.log, outside the runner's folder.
layer_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  lib:
	    type: aws.lambda.layer_version
	    layer_name: t0556-lib
	    compatible_runtimes: [python3.12]
	    build:
	      command: [sh, -c, "echo run >>../runs.log; mkdir -p layer/python layer/bin && cp src/*.py layer/python/ && printf '#!/bin/sh\\necho hi\\n' >layer/bin/hi && chmod 755 layer/bin/hi"]
	      inputs: [src]
	      output: layer
	YAML
}

runs () {
	if test -f "$TRASH/runs.log"; then wc -l <"$TRASH/runs.log"; else echo 0; fi
}

# The key and output hash terrace build printed (out).
key_of () { sed -n 's/^  inputs  \([0-9a-f]*\) .*/\1/p' "$1"; }
sum_of () { sed -n 's/^  output  //p' "$1"; }

test_expect_success 'setup: the cache bucket, runner A'"'"'s folder' '
	s3 s3 mb s3://t0556-cache >/dev/null &&
	mkdir -p a/src && (cd a && layer_stack) &&
	printf "X = 1\n" >a/src/mod.py && printf "Y = 2\n" >a/src/util.py
'

test_expect_success 'runner A builds and puts the entry under the prefix' '
	(cd a && terrace build -no-color >out 2>err) &&
	test_match a/out "^lib: built in " &&
	test_equal 1 "$(runs)" &&
	key=$(key_of a/out) && test -n "$key" &&
	s3 s3 ls s3://t0556-cache/builds/ >listing &&
	test_contains listing "$key.zip" &&
	s3 s3api head-object --bucket t0556-cache --key "builds/$key.zip" >head.json &&
	test_contains head.json "content-sha256"
'

test_expect_success 'runner B, an empty .terrace/, takes it without running the command' '
	mkdir -p b && cp -R a/stack.yaml a/src b/ &&
	(cd b && terrace build -no-color >out 2>err) &&
	test_match b/out "^lib: taken from the shared cache s3://t0556-cache/builds/ in " &&
	test_equal 1 "$(runs)" &&
	test_equal "$(key_of a/out)" "$(key_of b/out)" &&
	test_equal "$(sum_of a/out)" "$(sum_of b/out)" &&
	entry=$(echo b/.terrace/build/$(key_of b/out)/layer) &&
	test_cmp a/src/mod.py "$entry/python/mod.py" &&
	test -x "$entry/bin/hi" && ! test -x "$entry/python/util.py" &&
	(cd b && test_expect_code 2 terrace plan -detailed-exitcode -no-color >plan.out 2>plan.err) &&
	test_line b/plan.out "# lib will be created" &&
	test_equal 1 "$(runs)"
'

test_expect_success 'runner B plans from the cache alone: a plan in a third empty folder runs nothing' '
	mkdir -p c && cp -R a/stack.yaml a/src c/ &&
	(cd c && terrace apply -auto-approve -no-color >out 2>err) &&
	test_line c/out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	test_equal 1 "$(runs)"
'

test_expect_success 'an entry whose bytes changed in S3 is not taken: the command runs' '
	key=$(key_of a/out) &&
	s3 s3 cp --quiet s3://t0556-cache/builds/$key.zip entry.zip &&
	printf "tampered" >>entry.zip &&
	s3 s3api put-object --bucket t0556-cache --key "builds/$key.zip" --body entry.zip \
		--metadata "content-sha256=$(s3 s3api head-object --bucket t0556-cache \
			--key "builds/$key.zip" --query Metadata --output text)" >/dev/null &&
	mkdir -p d && cp -R a/stack.yaml a/src d/ &&
	(cd d && terrace build -no-color >out 2>err) &&
	test_match d/out "^lib: built in " &&
	test_equal 2 "$(runs)" &&
	test_equal "$(sum_of a/out)" "$(sum_of d/out)"
'

test_expect_success 'a cache URI of a scheme no store serves is refused' '
	mkdir -p e && cp -R a/stack.yaml a/src e/ &&
	(cd e && TERRACE_BUILD_CACHE=gs://t0556/builds test_expect_code 1 terrace build -no-color \
		>out 2>err) &&
	test_contains e/err "TERRACE_BUILD_CACHE=gs://t0556/builds: no build cache serves \"gs://\"" &&
	test_equal 2 "$(runs)"
'

test_done
