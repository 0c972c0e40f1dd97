#!/usr/bin/env bash
# t0479-editions-everywhere: build, graph, lab and sweep evaluate the stack
# with the function results its deployment gets (plan/state.h "functions"),
# as plan does: Terraform's for a new deployment, the earlier releases' for
# a state an earlier release wrote (this build's state with its record
# taken out). Each shows a value that differs between the editions:
# graph a for_each key made by upper("über") ("ÜBER" / "üBER"), build the
# text its command writes, lab's outputs table a number (Terraform's
# 100000000000000000000 / the earlier 1e+20) and a string, a number of its
# attendee file passed as -var text in the same text, sweep the region
# its provider's configuration computes from length("👾🕹️") (2 / 3
# characters). Sweep lists against moto; the rest needs no server.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

# A state an earlier release wrote: an output, no "functions" record.
earlier_state () {
	printf '%s\n' '{"format_version": 1, "lineage": "t0479", "serial": 1, "resources": {},' \
		'"outputs": {"note": {"value": "made before the record"}}}' >"$1/terrace.state.json"
}

mkdir new old
for d in new old; do
	write_stack $d/stack.yaml
	sed -i 's/^stack: .*/stack: t0479-editions/' $d/stack.yaml
	cat >>$d/stack.yaml <<-'YAML'
	resources:
	  bucket:
	    type: aws.s3.bucket
	    name: t0479-editions
	  lake:
	    type: aws.s3.bucket
	    for_each: ${toset([upper("über")])}
	    name: t0479-lake
	  app:
	    type: aws.s3.artifact
	    bucket: ${bucket.name}
	    build:
	      command: [sh, -c, 'mkdir -p dist; echo ${upper("über")} >dist/city.txt']
	      inputs: [stack.yaml]
	      output: dist/city.txt
	YAML
done
earlier_state old

test_expect_success 'graph: the for_each key by the deployment'"'"'s results' '
	(cd new && terrace graph >graph.dot 2>err) &&
	test_contains new/graph.dot "lake[\\\"ÜBER\\\"]" &&
	test_not_contains new/graph.dot "üBER" &&
	(cd old && terrace graph >graph.dot 2>err) &&
	test_contains old/graph.dot "lake[\\\"üBER\\\"]" &&
	test_not_contains old/graph.dot "ÜBER"
'

test_expect_success 'build: the command the deployment'"'"'s plan runs' '
	(cd new && TERRACE_VAR_endpoint=http://127.0.0.1:1 terrace build app >out 2>err) &&
	test_equal "ÜBER" "$(cat new/dist/city.txt)" &&
	(cd old && TERRACE_VAR_endpoint=http://127.0.0.1:1 terrace build app >out 2>err) &&
	test_equal "üBER" "$(cat old/dist/city.txt)"
'

mkdir lab
cat >lab/stack.yaml <<-'YAML'
stack: t0479-lab
variables:
  attendee: {type: string}
lab:
  parallel: 1
outputs:
  big: ${1e20}
  city: ${upper("über")}
YAML
printf 'id\nann\n' >people.csv

test_expect_success 'lab: a new attendee'"'"'s outputs in Terraform'"'"'s text' '
	terrace lab up lab -attendees people.csv >out 2>err &&
	test_contains out "Lab up: 1 ready, 0 failed." &&
	test_match out "^ann +ready +100000000000000000000 +ÜBER *$"
'

test_expect_success 'lab: an attendee whose state an earlier release wrote, in its text' '
	python3 - lab/terrace.state.d/ann/terrace.state.json <<-PY &&
	import json, sys
	d = json.load(open(sys.argv[1]))
	del d["functions"]
	json.dump(d, open(sys.argv[1], "w"))
	PY
	terrace lab up lab -attendees people.csv >out 2>err &&
	test_match out "^ann +ready +1e\\+20 +üBER *$"
'

test_expect_success 'lab: a number of the attendee file as -var text in each deployment'"'"'s text' '
	sed -i -e "s/^  attendee: {type: string}/&\n  size: {type: string}/" \
		-e "s/^outputs:/&\n  size: \\\${var.size}/" lab/stack.yaml &&
	printf "%s\n" "- id: ann" "  size: 1.0e+20" "- id: bob" "  size: 1.0e+20" >people.yaml &&
	terrace lab up lab -attendees people.yaml >out 2>err &&
	test_contains out "Lab up: 2 ready, 0 failed." &&
	test_match out "^ann +ready +1e\\+20 +üBER +1e\\+20 *$" &&
	test_match out "^bob +ready +100000000000000000000 +ÜBER +100000000000000000000 *$"
'

mkdir sweep-new sweep-old
for d in sweep-new sweep-old; do
	cat >$d/stack.yaml <<-YAML
	stack: t0479-sweep
	variables:
	  endpoint: {type: string}
	  access_key: {type: string}
	  secret_key: {type: string, sensitive: true}
	providers:
	  aws:
	    region: '\${length("👾🕹️") == 2 ? "us-east-1" : "us-west-2"}'
	    endpoint: "\${var.endpoint}"
	    path_style: true
	    access_key: "\${var.access_key}"
	    secret_key: "\${var.secret_key}"
	lab:
	  allowed_endpoints: ["$TEST_ENDPOINT/"]
	resources:
	  home:
	    type: aws.s3.bucket
	    name: t0479-sweep
	YAML
done
earlier_state sweep-old

test_expect_success 'sweep: the region the deployment'"'"'s configuration computes' '
	terrace sweep -stack sweep-new >out 2>err &&
	test_match out "^Sweeping stack \"t0479-sweep\" .*region us-east-1\\)$" &&
	terrace sweep -stack sweep-old >out 2>err &&
	test_match out "^Sweeping stack \"t0479-sweep\" .*region us-west-2\\)$"
'

test_done
