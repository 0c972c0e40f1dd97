#!/usr/bin/env bash
# t1101-run-lambda-ssh: `terrace run` on a Lambda function (moto, which
# answers Invoke without Docker by moto_patches/lambda_invoke_without_docker.py:
# the event echoed back, a log tail, a FunctionError when the event asks for
# one) and on an ssh.command and an ssh.cron against the test sshd: the
# payload (inline and @FILE) and the decoded log tail; a FunctionError exits 1
# with its message; a host command's stdout and stderr arrive line by line
# while it runs, its exit status is the run's; an interrupt kills the command
# on the host (its session's process group) and exits 1; an ssh.cron runs as
# its user with its environment and cron's "%" rule; a host that offers
# another key than the command first ran on is refused; -json events validate
# against tests/schemas/run-event.schema.json.
#
# The cron job goes to nobody's crontab, this file's own (own_crontabs: a
# private cron spool).
. "$(dirname "$0")/../lib.sh"

own_crontabs

start_moto || test_fail_setup "moto did not start"
use_server moto
start_sshd || test_fail_setup "sshd did not start"

keep_crontabs nobody

export TERRACE_VAR_port=$SSHD_PORT
export TERRACE_VAR_known_hosts=$SSHD_KNOWN_HOSTS
TERRACE_VAR_ssh_key=$(cat "$SSHD_KEY")
export TERRACE_VAR_ssh_key
MARK=t1101-sleeper-$$

test_expect_success 'setup: a role, a function, host commands and a cron job' '
	s3 iam create-role --role-name lambda-exec --output text --query Role.Arn \
		--assume-role-policy-document "{\"Version\":\"2012-10-17\",\"Statement\":[]}" \
		>role_arn &&
	mkdir fn &&
	printf "def handler(event, context):\n    return event\n" >fn/main.py &&
	write_stack stack.yaml "  port: {type: number}
  known_hosts: {type: string}
  ssh_key: {type: string, sensitive: true}" &&
	cat >>stack.yaml <<-YAML &&
	  ssh:
	    host: 127.0.0.1
	    port: \${var.port}
	    private_key: \${var.ssh_key}
	    known_hosts_file: \${var.known_hosts}
	resources:
	  ingest:
	    type: aws.lambda.function
	    function_name: ingest-orders
	    runtime: python3.12
	    handler: main.handler
	    role: $(cat role_arn)
	    source: fn
	  ticker:
	    type: ssh.command
	    command: "echo tick 1; echo tock 1 >&2; for n in \$(seq 600); do test -e $PWD/go && break; sleep 0.1; done; for i in 2 3; do echo tick \$i; echo tock \$i >&2; done"
	    environment: {UNUSED: x}
	  broken:
	    type: ssh.command
	    command: "true"
	  sleeper:
	    type: ssh.command
	    command: "true"
	  backup:
	    type: ssh.cron
	    name: t1101-backup
	    user: nobody
	    schedule: "0 2 * * *"
	    command: "id -un; echo \"\$GREETING 50\\\\%\"; cat%line one%line two"
	    environment: {GREETING: hello}
	YAML
	touch go &&
	terrace apply -auto-approve >out 2>err &&
	test_contains out "Apply complete! Resources: 5 added"
'

# The host commands that run (and the stack's own, applied above, which did
# nothing): run uses the state, so the state is what changes here.
set_command () {
	python3 - "$1" "$2" <<-'PY'
	import json, sys
	st = json.load(open("terrace.state.json"))
	st["resources"][sys.argv[1]]["attributes"]["command"] = sys.argv[2]
	json.dump(st, open("terrace.state.json", "w"))
	PY
}

test_expect_success 'a function runs: its payload on stdout, the log tail on stderr' '
	terrace run ingest -payload "{\"day\": \"2024-01-31\"}" >out 2>err &&
	python3 -c "import json; d = json.load(open(\"out\")); assert d == {\"echo\": {\"day\": \"2024-01-31\"}, \"function\": \"ingest-orders\"}, d" &&
	test_match err "^START RequestId: [0-9a-f-]* Version: \\\$LATEST$" &&
	test_line err "event day=\"2024-01-31\"" &&
	test_match err "^REPORT RequestId: " &&
	test_match err "^ingest: [A-Za-z0-9-]* succeeded in [0-9]* s$"
'

test_expect_success '-payload @FILE' '
	printf "{\"from\": \"file\"}\n" >event.json &&
	terrace run ingest -payload @event.json >out 2>err &&
	test_contains out "\"from\": \"file\"" &&
	test_expect_code 2 terrace run ingest -payload @missing.json >out 2>err &&
	test_contains err "-payload @missing.json: cannot read missing.json"
'

test_expect_success 'a FunctionError is a failure: exit 1 with its message' '
	test_expect_code 1 terrace run ingest -payload "{\"moto_function_error\": \"no orders for 2024-01-31\"}" >out 2>err &&
	test_match err "^Error: ingest: .* failed in [0-9]* s: lambda Invoke: FunctionError Unhandled: Exception: no orders for 2024-01-31$" &&
	test_contains err "[ERROR] Exception: no orders for 2024-01-31"
'

test_expect_success 'a host command: stdout and stderr line by line while it runs, exit 0' '
	rm -f out err go &&
	{ "$TERRACE" run ticker >out 2>err </dev/null & } &&
	pid=$! &&
	wait_for_line out "tick 1" $pid &&
	wait_for_line err "tock 1" $pid &&
	kill -0 $pid &&
	! grep -q "tick 2" out &&
	touch go &&
	wait $pid &&
	printf "tick 1\ntick 2\ntick 3\n" >expect &&
	test_cmp expect out &&
	test_line err "tock 1" &&
	test_line err "tock 3" &&
	test_not_contains err "terrace-run-pid" &&
	test_match err "^ticker: [0-9a-f]*@127.0.0.1:[0-9]* succeeded in [0-9]* s$"
'

test_expect_success 'a failing host command: exit 1 with its exit status' '
	set_command broken "echo cannot reach the warehouse >&2; exit 3" &&
	test_expect_code 1 terrace run broken >out 2>err &&
	test_line err "cannot reach the warehouse" &&
	test_match err "^Error: broken: .* failed in [0-9]* s: the command on 127.0.0.1:[0-9]* exited with status 3$"
'

test_expect_success 'an interrupt kills the command on the host and exits 1' '
	set_command sleeper "echo started; sleep 300 && echo $MARK" &&
	rm -f out err &&
	{ "$TERRACE" run sleeper >out 2>err </dev/null & } &&
	pid=$! &&
	wait_for_line out "started" $pid &&
	pgrep -f "sleep 300 && echo $MARK" >/dev/null &&
	kill -INT $pid &&
	test_expect_code 1 wait $pid &&
	test_contains err "Interrupt received: stopping the run" &&
	test_match err "^Error: sleeper: .* stopped in [0-9]* s: the command on 127.0.0.1:[0-9]* was stopped$" &&
	for i in $(seq 50); do pgrep -f "sleep 300 && echo $MARK" >/dev/null || break; sleep 0.1; done &&
	! pgrep -f "sleep 300 && echo $MARK"
'

test_expect_success 'an ssh.cron runs as its user, with its environment and cron'"'"'s % rule' '
	terrace run backup >out 2>err &&
	printf "nobody\nhello 50%%\nline one\nline two\n" >expect &&
	test_cmp expect out
'

test_expect_success 'a host command whose host offers another key than it first ran on is refused; -no-wait too' '
	cp terrace.state.json state.saved &&
	python3 -c "import json; st = json.load(open(\"terrace.state.json\")); st[\"resources\"][\"ticker\"][\"attributes\"][\"host_key\"] = \"SHA256:not-the-hosts-key\"; json.dump(st, open(\"terrace.state.json\", \"w\"))" &&
	test_expect_code 1 terrace run ticker >out 2>err &&
	test_match err "^Error: ticker: ssh 127.0.0.1:[0-9]*: HOST KEY CHANGED since terrace first ran this command: state records SHA256:not-the-hosts-key, the host now offers SHA256:.*; refusing to run it$" &&
	test_empty out &&
	test_expect_code 1 terrace run ticker -no-wait >out 2>err &&
	test_contains err "HOST KEY CHANGED since terrace first ran this command" &&
	test_empty out &&
	cp state.saved terrace.state.json
'

test_expect_success '-json: every event valid against the schema' '
	terrace run ticker -json >ticker.jsonl 2>err &&
	check_run_events ticker.jsonl &&
	test_contains ticker.jsonl "\"stream\":\"stdout\"" &&
	test_contains ticker.jsonl "\"stream\":\"stderr\"" &&
	test_contains ticker.jsonl "\"name\":\"exit_status\"" &&
	terrace run ingest -json -payload "{\"a\": 1}" >fn.jsonl 2>err &&
	check_run_events fn.jsonl &&
	test_contains fn.jsonl "\"output\":{\"echo\":{\"a\":1},\"function\":\"ingest-orders\"}" &&
	test_expect_code 1 terrace run broken -json >broken.jsonl 2>err &&
	check_run_events broken.jsonl &&
	test_contains broken.jsonl "\"outcome\":\"failed\""
'

test_done
