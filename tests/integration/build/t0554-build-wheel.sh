#!/usr/bin/env bash
# t0554-build-wheel: a Glue job's shared code as a wheel, built by pip from a
# local package (`build` on an aws.s3.artifact) and passed to the job by
# reference (--extra-py-files ${lib.uri}), against moto. The wheel built
# again from an empty cache has the same bytes (pip wheel honours the
# SOURCE_DATE_EPOCH terrace exports), so nothing changes; an edited module
# uploads a new wheel under a new key and updates the job.
. "$(dirname "$0")/../lib.sh"
. "$TEST_DIR/builds.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
export TERRACE_VAR_bucket=t0554-libs

wheel_stack () {
	build_bucket_stack &&
	cat >>stack.yaml <<-YAML
	  lib:
	    type: aws.s3.artifact
	    bucket: \${bucket.name}
	    prefix: glue/libs/
	    build:
	      dir: pkg
	      command: [/usr/bin/python3, -m, pip, wheel, -q, --no-deps, --no-build-isolation,
	                --no-index, -w, dist, .]
	      inputs: [setup.py, "movies/*.py"]
	      output: dist/movies-0.1-py3-none-any.whl
	  job:
	    type: aws.glue.job
	    name: t0554-job
	    role: arn:aws:iam::123456789012:role/glue
	    command: {script_location: "s3://\${bucket.name}/glue/jobs/main.py"}
	    default_arguments:
	      "--extra-py-files": \${lib.uri}
	YAML
}

test_expect_success 'setup: a local package' '
	mkdir -p pkg/movies &&
	printf "def parse(line):\n    return line.split(\",\")\n" >pkg/movies/__init__.py &&
	printf "from setuptools import setup\nsetup(name=\"movies\", version=\"0.1\", packages=[\"movies\"])\n" >pkg/setup.py &&
	wheel_stack
'

test_expect_success 'plan builds the wheel; apply uploads it and names it in the job' '
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_line out "# build: 3 inputs, not built before" &&
	terrace apply -auto-approve >out 2>err &&
	uri=$(json_get terrace.state.json "d[\"resources\"][\"lib\"][\"attributes\"][\"uri\"]") &&
	test_match terrace.state.json "glue/libs/movies-0.1-py3-none-any-[0-9a-f]{16}.whl" &&
	s3 glue get-job --job-name t0554-job --output json >job.json &&
	test_equal "$uri" "$(json_get job.json "d[\"Job\"][\"DefaultArguments\"][\"--extra-py-files\"]")"
'

test_expect_success 'built again from an empty cache, the wheel has the same bytes: no change' '
	cp .terrace/build/*/movies-0.1-py3-none-any.whl first.whl &&
	rm -rf .terrace/build pkg/dist pkg/build pkg/*.egg-info &&
	touch pkg/movies/__init__.py &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	cmp first.whl .terrace/build/*/movies-0.1-py3-none-any.whl
'

test_expect_success 'an edited module: a new wheel under a new key, the job updated' '
	printf "def parse(line):\n    return line.split(\";\")\n" >pkg/movies/__init__.py &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_line out "# build: 1 of 3 inputs changed: movies/__init__.py" &&
	test_line out "# lib must be replaced" &&
	test_line out "# job will be updated in-place" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 1 changed, 1 destroyed."
'

test_expect_success 'destroy' '
	terrace destroy -auto-approve >out 2>err
'

test_done
