#!/usr/bin/env bash
# t0492-stacks-all-json: plan, apply, output and destroy -all -json: every
# line is one JSON object with Terraform's common keys; each stack's own
# -json events come with "@stack" (its folder), a line that is no JSON (a
# message before its stream started) becomes a "log" event, a stack whose
# -json output is one document (output -json) a "stack_document" event; then
# one "stack_summary" per stack (state, exit, the text summary) and one
# "all_summary". -detailed-exitcode holds for the whole run.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

mkdir -p network pipe
write_stack network/stack.yaml && sed -i "1s/.*/stack: network/" network/stack.yaml
cat >>network/stack.yaml <<'YAML'
resources:
  shared: {type: aws.s3.bucket, name: t0492-net, force_destroy: true}
outputs:
  bucket: ${shared.name}
YAML
write_stack pipe/stack.yaml && sed -i "1s/.*/stack: pipe/" pipe/stack.yaml
cat >>pipe/stack.yaml <<'YAML'
data:
  net: {type: terrace.stack, path: ../network}
resources:
  own: {type: aws.s3.bucket, name: "${data.net.outputs.bucket}-pipe", force_destroy: true}
YAML

# events FILE PYTHON: FILE's lines as the list ev (each must be a JSON
# object with @level, @message, @module, @timestamp and type), then PYTHON.
events () {
	python3 -c '
import json, sys
ev = []
for n, line in enumerate(open(sys.argv[1]), 1):
    e = json.loads(line)
    assert isinstance(e, dict), f"line {n} is no object"
    for k in ("@level", "@message", "@module", "@timestamp", "type"):
        assert k in e, f"line {n} lacks {k}: {line}"
    ev.append(e)
of = lambda t, s=None: [e for e in ev if e["type"] == t and (s is None or e.get("@stack") == s)]
exec(sys.argv[2])
' "$1" "$2" >&5 2>&5
}

test_expect_success 'plan -all -json from empty: each stack events with @stack, then the summaries (exit 2)' '
	test_expect_code 2 terrace plan -all -json -detailed-exitcode >out 2>err &&
	events out "
assert [e[\"change\"][\"resource\"][\"addr\"] for e in of(\"planned_change\", \"network\")] == [\"shared\"], of(\"planned_change\")
assert [e[\"change\"][\"resource\"][\"addr\"] for e in of(\"planned_change\", \"pipe\")] == [\"own\", \"data.net\"]
assert of(\"change_summary\", \"pipe\")[0][\"changes\"][\"add\"] == 1
s = {e[\"@stack\"]: e for e in of(\"stack_summary\")}
assert s[\"network\"][\"@message\"] == \"Plan: 1 to add, 0 to change, 0 to destroy.\", s
assert s[\"pipe\"][\"exit\"] == 2 and s[\"pipe\"][\"state\"] == \"done\"
assert ev[-1][\"type\"] == \"all_summary\" and ev[-1][\"@message\"] == \"plan -all: 2 stacks\"
assert all(\"@stack\" in e for e in ev[:-1])
"
'

test_expect_success 'apply -all -json: the network first; Applied in the last event' '
	terrace apply -all -json -auto-approve -parallel-stacks=1 >out 2>err &&
	events out "
stacks = [e[\"@stack\"] for e in ev if e[\"type\"] == \"apply_complete\"]
assert stacks == [\"network\", \"pipe\"], stacks
assert ev[-1] == {**ev[-1], \"type\": \"all_summary\", \"@message\": \"Applied: network, pipe. Failed: none. Not applied: none.\"}
" &&
	bucket_exists t0492-net-pipe
'

test_expect_success 'output -all -json: one stack_document per stack, holding its output -json' '
	terrace output -all -json >out 2>err &&
	events out "
d = {e[\"@stack\"]: e[\"document\"] for e in of(\"stack_document\")}
assert d[\"network\"][\"bucket\"][\"value\"] == \"t0492-net\", d
assert d[\"pipe\"] == {}, d
"
'

test_expect_success 'a failing stack: its error as events, state failed, exit 1' '
	cp pipe/stack.yaml pipe.good &&
	printf "  broken: {type: aws.s3.bucket}\n" >>pipe/stack.yaml &&
	test_expect_code 1 terrace plan -all -json >out 2>err &&
	events out "
s = {e[\"@stack\"]: e for e in of(\"stack_summary\")}
assert s[\"pipe\"][\"state\"] == \"failed\" and s[\"pipe\"][\"@level\"] == \"error\", s
assert [e for e in ev if e.get(\"@stack\") == \"pipe\" and e[\"@level\"] == \"error\" and e[\"type\"] != \"stack_summary\"], ev
assert ev[-1][\"@message\"] == \"plan -all: 2 stacks, failed\"
" &&
	cp pipe.good pipe/stack.yaml
'

test_expect_success 'destroy -all -json: the reader first' '
	terrace destroy -all -json -auto-approve -parallel-stacks=1 >out 2>err &&
	events out "
order = []
for e in ev:
    if e.get(\"@stack\") and e[\"@stack\"] not in order:
        order.append(e[\"@stack\"])
assert order == [\"pipe\", \"network\"], order
assert ev[-1][\"@message\"] == \"Destroyed: network, pipe. Failed: none. Not destroyed: none.\", ev[-1]
" &&
	! bucket_exists t0492-net && ! bucket_exists t0492-net-pipe
'

test_done
