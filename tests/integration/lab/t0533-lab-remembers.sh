#!/usr/bin/env bash
# t0533-lab-remembers: a workspace made by `terrace lab` remembers its
# attendee's variables (issue 50 §4): its state's "lab": {"variables"}
# holds the id and the list's columns, so `terrace plan`, `output` and
# `run` in that workspace need no -var attendee=ID again; the command
# line's -var still wins; a sensitive variable is not remembered (never in
# the state in clear); a changed list is remembered at the next lab up.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

mkdir lab
write_stack lab/stack.yaml '  attendee: {type: string}
  tier: {type: string, default: bronze}
  pin: {type: string, default: "0000", sensitive: true}'
cat >>lab/stack.yaml <<-'EOF2'
lab:
  parallel: 2
resources:
  home:
    type: aws.s3.bucket
    name: "t0533-${var.attendee}"
    tags: {tier: "${var.tier}"}
outputs:
  bucket: "${home.name}"
  tier: "${var.tier}"
EOF2
printf 'id,tier,pin\nann,gold,t0533-pin-1234\nbob,,\n' >people.csv

test_expect_success 'lab up remembers each attendee'"'"'s variables in its state, no secret' '
	test_expect_code 0 terrace lab up lab -attendees people.csv >out 2>err &&
	test_contains out "Lab up: 2 ready, 0 failed." &&
	test_equal "{\"attendee\": \"ann\", \"tier\": \"gold\"}" \
		"$(json_get lab/terrace.state.d/ann/terrace.state.json "d[\"lab\"][\"variables\"]")" &&
	test_equal "{\"attendee\": \"bob\"}" \
		"$(json_get lab/terrace.state.d/bob/terrace.state.json "d[\"lab\"][\"variables\"]")" &&
	test_not_contains lab/terrace.state.d/ann/terrace.state.json t0533-pin-1234
'

test_expect_success 'plan and output in an attendee'"'"'s workspace need no -var attendee=ID' '
	(cd lab && TERRACE_WORKSPACE=ann terrace plan -detailed-exitcode >../out 2>../err) &&
	test_contains out "No changes." &&
	(cd lab && TERRACE_WORKSPACE=ann terrace output -raw tier >../out 2>../err) &&
	test_equal gold "$(cat out)" &&
	(cd lab && TERRACE_WORKSPACE=ann test_expect_code 2 terrace plan -detailed-exitcode \
		-var tier=platinum >../out 2>../err) &&
	test_contains out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	(cd lab && test_expect_code 1 terrace plan >../out 2>../err) &&
	test_contains err "variable \"attendee\" has no value"
'

test_expect_success 'a changed list is remembered at the next lab up' '
	printf "id,tier\nann,silver\nbob,\n" >people.csv &&
	terrace lab up lab -attendees people.csv >out 2>err &&
	test_equal silver \
		"$(json_get lab/terrace.state.d/ann/terrace.state.json "d[\"lab\"][\"variables\"][\"tier\"]")" &&
	(cd lab && TERRACE_WORKSPACE=ann terrace plan -detailed-exitcode >../out 2>../err) &&
	terrace lab down lab -attendees people.csv -auto-approve >out 2>err
'

test_done
