#!/usr/bin/env bash
# t1410-safe-messages: every message that echoes a user's or AWS's text
# shows it, never lets it act on the terminal or the CI log (issue 77 point
# 2, docs/safety.md "Quoted text in messages"): a resource name holding a
# right-to-left override (U+202E) reads \u202e, in order; an ANSI escape in
# a value reads \x1b; a 1 MB value is cut with its length said, so
# validate prints a few hundred bytes, not the megabyte; the plan shows a
# hostile map key escaped; AWS's error answers that echo hostile input
# (moto's IAM refusing a tag key, in query XML whole and as a body that is
# no XML; a JSON-protocol message of 100 KB with controls in it) are
# escaped and cut. Each -json stays valid JSON and carries the message as
# the text shows it, escaped once. cmd/'s own errors (an unknown option,
# a resource or an output not found) name what was typed escaped. Run as a
# CI job runs it (CI=true, no terminal).
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
export CI=true

RLO=$(printf '\342\200\256')
ESC=$(printf '\033')

# printable_only FILE: FILE is UTF-8 with no character that acts instead
# of showing (a control but newline and tab, a format character, a line or
# paragraph separator); names each one found.
printable_only () {
	python3 - "$1" <<-\PY
	import sys, unicodedata
	raw = open(sys.argv[1], "rb").read()
	text = raw.decode("utf-8")  # fails on a byte that is not UTF-8
	bad = [(i, hex(ord(c))) for i, c in enumerate(text)
	       if c not in "\n\t" and unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp")]
	assert raw and not bad, (len(raw), bad[:10])
	PY
}

# json_summaries FILE WANT: FILE is one JSON document (validate -json) or
# JSON lines (the -json stream); its diagnostics' summaries and details,
# read back, hold WANT (a Python string) escaped once: the text the plain
# output shows, never the character itself nor its escape doubled.
json_summaries () {
	python3 - "$1" "$2" <<-\PY
	import json, sys
	text = open(sys.argv[1], encoding="utf-8").read()
	try:
	    docs = [json.loads(text)]
	except ValueError:
	    docs = [json.loads(line) for line in text.splitlines() if line.strip()]
	said = []
	for d in docs:
	    for dg in d.get("diagnostics", []) + ([d["diagnostic"]] if "diagnostic" in d else []):
	        said.append(dg.get("summary", "") + "\n" + (dg.get("detail") or ""))
	want = sys.argv[2].encode().decode("unicode_escape")
	assert any(want in s for s in said), (want, said)
	for s in said:
	    assert "\u202e" not in s and "\x1b" not in s, s
	    assert "\\\\u" not in s and "\\\\x" not in s, s
	PY
}

# role_stack KEY VALUE: stack.yaml of one IAM role tagged KEY: VALUE, both
# written in YAML's double quotes (its escapes: \e, \u202e).
role_stack () {
	write_stack stack.yaml &&
	cat >>stack.yaml <<-EOF
	resources:
	  r:
	    type: aws.iam.role
	    name: t1410-role
	    assume_role_policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: "sts:AssumeRole"}]}
	    tags: {"$1": "$2"}
	EOF
}

test_expect_success 'validate: a resource name holding U+202E reads \u202e, in order, text and -json' '
	write_stack stack.yaml &&
	printf "%s\n" "resources:" "  \"lake${RLO}gnp.exe\": {type: aws.s3.bucket, name: t1410-lake}" >>stack.yaml &&
	test_expect_code 1 terrace validate >out 2>&1 &&
	test_contains out "invalid resource name \"lake\\u202egnp.exe\"" &&
	printable_only out &&
	test_expect_code 1 terrace validate -json >doc.json 2>err &&
	json_summaries doc.json "invalid resource name \"lake\\\\u202egnp.exe\""
'

test_expect_success 'validate: an ANSI escape in a value reads \x1b; a 1 MB value is cut, its length said' '
	write_stack stack.yaml &&
	python3 -c "print(\"resources:\"); print(\"  q: {type: aws.sqs.queue, name: \\\"x\\\\e[2Jred\\\"}\"); print(\"  big: {type: aws.s3.bucket, name: \" + \"a\" * 1000000 + \"}\")" >>stack.yaml &&
	test_expect_code 1 terrace validate >out 2>&1 &&
	test_contains out "name: \"x\\x1b[2Jred\"" &&
	test_contains out "…\" (1000000 bytes) has 1000000 characters" &&
	test $(wc -c <out) -lt 1500 &&
	printable_only out &&
	test_expect_code 1 terrace validate -json >doc.json 2>err &&
	test $(wc -c <doc.json) -lt 3000 &&
	json_summaries doc.json "name: \"x\\\\x1b[2Jred\"" &&
	json_summaries doc.json "\" (1000000 bytes) has 1000000 characters"
'

test_expect_success 'validate: the helpers that quote a name or a value escape a quote inside it' '
	write_stack stack.yaml &&
	cat >>stack.yaml <<-\EOF &&
	resources:
	  '\''a"b'\'': {type: aws.s3.bucket, name: t1410-lake}
	  stream: {type: aws.kinesis.stream, name: t1410-s, shard_count: 1, encryption_type: KMS, kms_key_id: "my\"key\e[0m"}
	  fn: {type: aws.lambda.function, function_name: t1410-fn, runtime: "python3.99\"x", handler: a.b, role: "arn:aws:iam::123456789012:role/r", source: a.py}
	EOF
	echo "x = 1" >a.py &&
	test_expect_code 1 terrace validate >out 2>&1 &&
	test_contains out "error: invalid resource name \"a\\\"b\": use letters" &&
	test_contains out "kms_key_id: \"my\\\"key\\x1b[0m\" is not a KMS key" &&
	test_contains out "runtime: \"python3.99\\\"x\" is not one the installed AWS models know" &&
	printable_only out &&
	mkdir -p named &&
	printf "%s\n" "stack: \"s\\\"x\\e[1m\"" "resources: {}" >named/stack.yaml &&
	test_expect_code 1 terrace validate -stack named >out 2>&1 &&
	test_contains out "invalid stack name \"s\\\"x\\x1b[1m\"" &&
	printable_only out
'

test_expect_success 'plan: a variable'\''s control characters in an error, and a hostile map key in the plan, shown escaped' '
	write_stack stack.yaml "  qname: {type: string}" &&
	cat >>stack.yaml <<-\EOF &&
	resources:
	  q: {type: aws.sqs.queue, name: "${var.qname}"}
	EOF
	test_expect_code 1 terrace plan -var "qname=in${ESC}]0;owned${ESC}\\" >out 2>&1 &&
	test_contains out "\"in\\x1b]0;owned\\x1b\\\"" &&
	printable_only out &&
	test_expect_code 1 terrace plan -json -var "qname=in${ESC}]0;owned${ESC}\\" >plan.jsonl 2>err &&
	json_summaries plan.jsonl "in\\\\x1b]0;owned\\\\x1b" &&
	write_stack stack.yaml &&
	role_stack "team\\e[31m\\u202e" "v\\e[0m" &&
	terrace plan >plan.out 2>&1 &&
	test_contains plan.out "+ \"team\\x1b[31m\\u202e\"" &&
	test_contains plan.out "= \"v\\x1b[0m\"" &&
	printable_only plan.out
'

test_expect_success 'cmd/ errors: an option, a resource and an output named with controls, shown escaped' '
	test_expect_code 1 terrace plan "-x${ESC}[31m" >out 2>&1 &&
	test_contains out "unknown option -x\\x1b[31m" &&
	printable_only out &&
	test_expect_code 1 terrace state show "a${RLO}b" >out 2>&1 &&
	test_contains out "no resource named \"a\\u202eb\"" &&
	printable_only out &&
	test_expect_code 1 terrace output "o${ESC}p" >out 2>&1 &&
	test_contains out "no output named \"o\\x1bp\"" &&
	printable_only out
'

test_expect_success 'apply: AWS refusing a tag key it echoes (query XML) reads \u202e, text and -json' '
	role_stack "team\\u202ex" v &&
	test_expect_code 1 terrace apply -auto-approve >out 2>&1 &&
	test_contains out "iam CreateRole: HTTP 400 ValidationError: 1 validation error detected: Value '\''team\\u202ex'\'' at" &&
	printable_only out &&
	test_expect_code 1 terrace apply -auto-approve -json >apply.jsonl 2>err &&
	json_summaries apply.jsonl "Value '\''team\\\\u202ex'\''"
'

test_expect_success 'apply: an AWS answer that is no XML (an ESC inside) is shown escaped' '
	role_stack "team\\e[5mx" v &&
	test_expect_code 1 terrace apply -auto-approve >out 2>&1 &&
	test_contains out "iam CreateRole: HTTP 400: <ErrorResponse" &&
	test_contains out "Value '\''team\\x1b[5mx'\''" &&
	printable_only out
'

test_expect_success 'apply: a JSON-protocol AWS message of 100 KB carrying controls is escaped and cut' '
	long=$(python3 -c "print(\"b\" * 100000)") &&
	start_fault_proxy TERRACE_VAR_endpoint fault --match PutParameter \
		--fault "error:400:ValidationException:name \\u001b[2J\\u202e\\u0085 refused \\\"$long\\\"" &&
	write_stack stack.yaml &&
	cat >>stack.yaml <<-\EOF &&
	resources:
	  p: {type: aws.ssm.parameter, name: /t1410/p, parameter_type: String, value: v}
	EOF
	test_expect_code 1 terrace apply -auto-approve >out 2>&1 &&
	stop_fault_proxy TERRACE_VAR_endpoint &&
	test_contains out "ssm PutParameter: HTTP 400 ValidationException: name \\x1b[2J\\u202e\\u0085 refused \"bbbb" &&
	test_contains out "…\" (100000 bytes)" &&
	test $(wc -c <out) -lt 2000 &&
	printable_only out
'

test_done
