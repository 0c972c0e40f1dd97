#!/usr/bin/env bash
# t1600-secret-canaries: no message prints a secret, however it arrives
# (issue 88 point 4, docs/safety.md "Secrets"), run as a CI job runs it
# (CI=true, no terminal). Three canaries of 20, 300 and 5,000 bytes, each
# holding a quote and a newline, go into every sensitive place: a sensitive
# variable given by -var, -var-file and TERRACE_VAR_ (validate and plan
# refuse the queue name made from it: a value longer than a message's cut
# of 200 bytes, and one AWS's rule cuts at 40); a Lambda function's
# environment that AWS quotes back in its refusal (fault_proxy.py's
# error:400, the message JSON-escaped as AWS writes it: text, apply -json
# and the debug log); a secret's value written literally in the stack (a
# sensitive attribute) that AWS quotes back; a sensitive output; a saved
# plan and its renderings. Every command runs with TERRACE_LOG=debug too.
# Each step checks its own outputs for any 16 bytes of a canary (as it is,
# JSON-escaped once or twice, URL-encoded: scan_secrets.py --pieces), and
# the harness's scan of the file's output and work folder does the same
# for the declared canaries when the file ends.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
export CI=true

# canary N TAG: N bytes, TAG first, a newline at the half and a quote at
# three quarters (so a quoted message's cut at 200 bytes falls before the
# quote in the longer ones), the rest letters and digits drawn by a
# generator seeded with N (no 16 bytes of it stand in ordinary text).
canary () {
	python3 -c 'import random, sys
n, tag = int(sys.argv[1]), sys.argv[2]
r = random.Random(n)
s = list(tag + "".join(r.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n - len(tag))))
s[n // 2], s[3 * n // 4] = "\n", "\""
sys.stdout.write("".join(s))' "$1" "$2"
}
C20=$(canary 20 c20-)
C300=$(canary 300 c300-)
C5000=$(canary 5000 c5000-)
test_sensitive_values "$C20" "$C300" "$C5000"
# What the test wrote holding a canary itself (a variable file, the stack
# with a literal secret, the fault proxy's record of its own answer).
test_holds_secret pw.vars lit/stack.yaml fault.log

# no_canary FILE...: no file holds 16 bytes of a canary in any form.
no_canary () {
	python3 "$REPO_ROOT/tests/integration/scan_secrets.py" --pieces "$C20" "$C300" "$C5000" -- "$@"
}

# escaped VALUE: VALUE as it stands inside a JSON string.
escaped () {
	python3 -c 'import json, sys; sys.stdout.write(json.dumps(sys.argv[1])[1:-1])' "$1"
}

queue_stack () {
	write_stack stack.yaml '  pw: {type: string, sensitive: true}' &&
	cat >>stack.yaml <<-\EOF
	resources:
	  q: {type: aws.sqs.queue, name: "svc-${var.pw}"}
	EOF
}

test_expect_success 'validate: a sensitive variable by -var and -var-file, text and -json' '
	queue_stack &&
	for c in "$C20" "$C300" "$C5000"; do
		printf "{\"pw\": \"%s\"}\n" "$(escaped "$c")" >pw.vars &&
		test_expect_code 1 terrace validate -var "pw=$c" >arg.out 2>&1 &&
		test_contains arg.out "name: \"svc-(sensitive value)\"" &&
		test_expect_code 1 terrace validate -json -var "pw=$c" >arg.json 2>&1 &&
		test_contains arg.json "name: \\\"svc-(sensitive value)\\\"" &&
		test_expect_code 1 terrace validate -var-file pw.vars >file.out 2>&1 &&
		test_contains file.out "name: \"svc-(sensitive value)\"" &&
		test_expect_code 1 terrace validate -json -var-file pw.vars >file.json 2>&1 &&
		test_contains file.json "(sensitive value)" &&
		no_canary arg.out arg.json file.out file.json || return 1
	done
'

test_expect_success 'plan: the same values refused at plan (-var, -var-file, TERRACE_VAR_), text, -json and the debug log' '
	queue_stack &&
	for c in "$C20" "$C300" "$C5000"; do
		printf "{\"pw\": \"%s\"}\n" "$(escaped "$c")" >pw.vars &&
		TERRACE_LOG=debug test_expect_code 1 terrace plan -var "pw=$c" >plan.out 2>plan.log &&
		test_contains plan.log "name: \"svc-(sensitive value)\"" &&
		test_contains plan.log "[debug] " &&
		TERRACE_LOG=debug test_expect_code 1 terrace plan -json -var-file pw.vars >plan.jsonl 2>plan.json.log &&
		test_contains plan.jsonl "(sensitive value)" &&
		TERRACE_VAR_pw=$c TERRACE_LOG=debug test_expect_code 1 terrace plan >env.out 2>env.log &&
		test_contains env.log "name: \"svc-(sensitive value)\"" &&
		no_canary plan.out plan.log plan.jsonl plan.json.log env.out env.log || return 1
	done
'

# fn_stack: a function whose environment holds the sensitive variable.
fn_stack () {
	write_stack stack.yaml '  pw: {type: string, sensitive: true}
  role_arn: {type: string}' &&
	cat >>stack.yaml <<-\EOF
	resources:
	  fn:
	    type: aws.lambda.function
	    function_name: t1600-fn
	    runtime: python3.12
	    handler: main.handler
	    role: "${var.role_arn}"
	    source: fn
	    environment: {DB_PASSWORD: "${var.pw}", STAGE: dev}
	EOF
}

# refusal VALUE: what AWS's refusal says of VALUE, escaped for
# fault_proxy.py's JSON message: the value quoted as it is, then inside the
# JSON document AWS quotes (so the message holds its JSON escape, which
# -json escapes again).
refusal () {
	local q='\"'
	printf "%s" "value $q$(escaped "$1")$q is not valid; Value '{${q}DB_PASSWORD$q:$q$(escaped "$(escaped "$1")")$q}' at environment failed"
}

test_expect_success 'apply: AWS quoting back the environment value it refuses, text, -json, debug log' '
	s3 iam create-role --role-name t1600-exec --output text --query Role.Arn \
		--assume-role-policy-document "{\"Version\":\"2012-10-17\",\"Statement\":[]}" >role_arn &&
	export TERRACE_VAR_role_arn=$(cat role_arn) &&
	mkdir -p fn && printf "def handler(event, context):\n    return 1\n" >fn/main.py &&
	fn_stack &&
	for c in "$C20" "$C300"; do
		start_fault_proxy TERRACE_VAR_endpoint fault --match "^POST /2015-03-31/functions" \
			--fault "error:400:InvalidParameterValueException:$(refusal "$c")" &&
		TERRACE_LOG=debug test_expect_code 1 terrace apply -auto-approve -var "pw=$c" >apply.out 2>apply.err &&
		test_contains apply.err "InvalidParameterValueException: value \"(sensitive value)\" is not valid; Value '\''{\"DB_PASSWORD\":\"(sensitive value)\"}'\'' at environment failed" &&
		TERRACE_LOG=debug test_expect_code 1 terrace apply -auto-approve -json -var "pw=$c" >apply.jsonl 2>apply.json.err &&
		test_contains apply.jsonl "value \\\"(sensitive value)\\\" is not valid" &&
		stop_fault_proxy TERRACE_VAR_endpoint &&
		no_canary apply.out apply.err apply.jsonl apply.json.err || return 1
	done
'

test_expect_success 'apply: a secret written literally (a sensitive attribute) AWS quotes back' '
	mkdir -p lit &&
	(cd lit && write_stack stack.yaml) &&
	printf "resources:\n  vault: {type: aws.secretsmanager.secret, name: t1600/vault, recovery_window_in_days: 0, value: \"%s\"}\n" \
		"$(escaped "$C5000")" >>lit/stack.yaml &&
	start_fault_proxy TERRACE_VAR_endpoint fault --match "secretsmanager.CreateSecret" \
		--fault "error:400:InvalidRequestException:$(refusal "$C5000")" &&
	TERRACE_LOG=debug test_expect_code 1 terrace apply -stack lit -auto-approve >lit.out 2>lit.err &&
	test_contains lit.err "InvalidRequestException: value \"(sensitive value)\" is not valid" &&
	TERRACE_LOG=debug test_expect_code 1 terrace apply -stack lit -auto-approve -json >lit.jsonl 2>lit.json.err &&
	test_contains lit.jsonl "value \\\"(sensitive value)\\\" is not valid" &&
	stop_fault_proxy TERRACE_VAR_endpoint &&
	no_canary lit.out lit.err lit.jsonl lit.json.err
'

test_expect_success 'a sensitive output, a saved plan and its renderings, the state: no canary' '
	write_stack stack.yaml '\''  pw: {type: string, sensitive: true}'\'' &&
	cat >>stack.yaml <<-\EOF &&
	resources:
	  vault: {type: aws.secretsmanager.secret, name: t1600/out, recovery_window_in_days: 0, value: "${var.pw}"}
	outputs:
	  token: {value: "${var.pw}", sensitive: true}
	EOF
	export TERRACE_VAR_pw=$C5000 &&
	TERRACE_LOG=debug terrace plan -out saved.plan >saved.out 2>saved.log &&
	terrace show saved.plan >saved.txt 2>>saved.log &&
	terrace show -json saved.plan >saved.json 2>>saved.log &&
	TERRACE_LOG=debug terrace apply -json saved.plan >applied.jsonl 2>applied.log &&
	test_contains applied.jsonl "Apply complete! Resources: 1 added" &&
	terrace output >outputs.txt 2>>applied.log &&
	test_line outputs.txt "token = (sensitive value)" &&
	terrace output -json >outputs.json 2>>applied.log &&
	terrace show -json >state.json 2>>applied.log &&
	no_canary saved.out saved.log saved.txt saved.json applied.jsonl applied.log outputs.txt \
		outputs.json state.json terrace.state.json
'

test_done
