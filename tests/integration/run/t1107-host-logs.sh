#!/usr/bin/env bash
# t1107-host-logs: `terrace logs` and `terrace run -no-wait` on ssh.command
# and ssh.cron against the test sshd. logs reads the file log_file names on
# the host over SFTP: a file that is not there yet is a note, a last line
# without its newline is printed when no read follows; -follow prints 500
# lines written before it started and 2,000 appended while it runs (one of
# them split across two writes with reads in between), each exactly once and
# in order, then, after the file is truncated, reads it again from its start
# with a note; -json events are valid. A resource without log_file is refused
# naming the attribute (exit 2), as are -since and -run, and a relative
# log_file at validate. -no-wait prints the remote process id at once and the
# command runs on in a session of its own, its output appended to log_file
# (an ssh.cron's as its user, with its environment and cron's "%" rule), or,
# without log_file, nowhere. Setting log_file on a deployed command runs
# nothing and an unchanged stack plans no change.
#
# The cron job goes to nobody's crontab, this file's own (own_crontabs: a
# private cron spool).
. "$(dirname "$0")/../lib.sh"

own_crontabs

start_sshd || test_fail_setup "sshd did not start"

keep_crontabs nobody

export TERRACE_VAR_port=$SSHD_PORT
export TERRACE_VAR_known_hosts=$SSHD_KNOWN_HOSTS
TERRACE_VAR_ssh_key=$(cat "$SSHD_KEY")
export TERRACE_VAR_ssh_key

# The stack; JOB_LOG is job's log_file line (none when empty).
host_stack () {
	cat >stack.yaml <<-YAML
	stack: t1107
	variables:
	  port: {type: number}
	  known_hosts: {type: string}
	  ssh_key: {type: string, sensitive: true}
	providers:
	  ssh:
	    host: 127.0.0.1
	    port: \${var.port}
	    private_key: \${var.ssh_key}
	    known_hosts_file: \${var.known_hosts}
	resources:
	  job:
	    type: ssh.command
	    command: "echo ran >>$PWD/job.runs"
	    ${JOB_LOG:-}
	  worker:
	    type: ssh.command
	    command: "echo worker started; sleep 3; echo worker done; echo ok >$PWD/worker.done"
	    log_file: $PWD/worker.log
	  plain:
	    type: ssh.command
	    command: "true"
	  backup:
	    type: ssh.cron
	    name: t1107-backup
	    user: nobody
	    schedule: "0 3 * * *"
	    command: "id -un; echo \"\$GREETING 10\\\\%\"; cat%from stdin"
	    environment: {GREETING: hello}
	    log_file: $PWD/backup.log
	YAML
}

# set_command ADDRESS TEXT: the command the state says is deployed.
set_command () {
	python3 - "$1" "$2" <<-'PY'
	import json, sys
	st = json.load(open("terrace.state.json"))
	st["resources"][sys.argv[1]]["attributes"]["command"] = sys.argv[2]
	json.dump(st, open("terrace.state.json", "w"))
	PY
}

# wait_for_file FILE TEXT: FILE holds the line TEXT within 20 s.
wait_for_file () {
	local i
	for i in $(seq 200); do
		grep -qxF -e "$2" "$1" 2>/dev/null && return 0
		sleep 0.1
	done
	echo "no line \"$2\" in $1 within 20 s"
	cat "$1" 2>/dev/null
	return 1
}

test_expect_success 'setup: host commands, one without log_file, and a cron job' '
	host_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_contains out "Apply complete! Resources: 4 added" &&
	rm -f worker.done worker.log backup.log &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'setting log_file on a deployed command runs nothing; then no change' '
	JOB_LOG="log_file: $PWD/job.log" && export JOB_LOG && host_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_contains out "log_file" &&
	terrace apply -auto-approve >out 2>err &&
	test_contains out "1 changed" &&
	printf "ran\n" >expect &&
	test_cmp expect job.runs &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a log_file not there yet: a note, nothing printed, exit 0' '
	terrace logs job >out 2>err &&
	test_empty out &&
	test_contains err "$PWD/job.log does not exist on 127.0.0.1:$SSHD_PORT (yet): nothing to read"
'

test_expect_success 'logs prints the file; a last line without its newline too' '
	printf "one\ntwo\r\n\nlast without newline" >job.log &&
	terrace logs job >out 2>err &&
	printf "one\ntwo\n\nlast without newline\n" >expect &&
	test_cmp expect out
'

test_expect_success 'logs -follow: 500 lines before, 2,000 while it runs, each once, in order' '
	seq -f "before %g" 500 >job.log &&
	{ "$TERRACE" logs job -follow >out 2>err </dev/null & } &&
	pid=$! &&
	wait_for_line out "before 500" $pid &&
	python3 - "$PWD/job.log" <<-"PY" &&
	import sys, time
	with open(sys.argv[1], "a") as f:
	    for i in range(1, 2001):
	        if i == 700:
	            # Split across two writes, reads between them.
	            f.write("line 7"); f.flush(); time.sleep(2.5)
	            f.write("00\n")
	        else:
	            f.write("line %d\n" % i)
	        if i % 50 == 0:
	            f.flush(); time.sleep(0.05)
	PY
	wait_for_line out "line 2000" $pid &&
	: >job.log &&
	printf "after truncate\n" >>job.log &&
	wait_for_line out "after truncate" $pid &&
	kill -INT $pid &&
	wait $pid &&
	{ seq -f "before %g" 500 && seq -f "line %g" 2000 && echo "after truncate"; } >expect &&
	test_cmp expect out &&
	test_contains err "$PWD/job.log on 127.0.0.1:$SSHD_PORT got shorter (rotated or truncated): reading it from its start"
'

test_expect_success 'logs -json: each line a valid log event of stream file' '
	printf "alpha\nbeta\n" >job.log &&
	terrace logs job -json >logs.jsonl 2>err &&
	check_run_events logs.jsonl &&
	test_contains logs.jsonl "\"message\":\"alpha\",\"stream\":\"file\"" &&
	test_contains logs.jsonl "\"message\":\"beta\",\"stream\":\"file\""
'

test_expect_success 'a command without log_file, -since and -run are refused (exit 2)' '
	test_expect_code 2 terrace logs plain >out 2>err &&
	test_contains err "Error: plain: it has no log_file: set log_file to the absolute path of the file its command writes on the host and apply" &&
	test_expect_code 2 terrace logs job -since 1h >out 2>err &&
	test_contains err "-since is not offered for a host" &&
	test_expect_code 2 terrace logs job -run 42 >out 2>err &&
	test_contains err "-run is not offered for a host"
'

test_expect_success 'a relative log_file is refused at validate' '
	mkdir bad &&
	sed "s|log_file: $PWD/worker.log|log_file: worker.log|" stack.yaml >bad/stack.yaml &&
	(cd bad && test_expect_code 1 terrace validate >../out 2>../err) &&
	test_contains err "attribute log_file: \"worker.log\" is not an absolute path"
'

test_expect_success 'run -no-wait: the pid at once; the command runs on, in its own session, into log_file' '
	rm -f worker.done worker.log &&
	terrace run worker -no-wait >out 2>err &&
	test_match out "^[0-9][0-9]*$" &&
	pid=$(cat out) &&
	test ! -e worker.done &&
	test "$(ps -o sid= -p $pid | tr -d " ")" = "$pid" &&
	wait_for_file worker.done ok &&
	printf "worker started\nworker done\n" >expect &&
	test_cmp expect worker.log &&
	terrace logs worker >out 2>err &&
	test_cmp expect out
'

test_expect_success 'run -no-wait of an ssh.cron: as its user, its environment, cron'"'"'s % rule' '
	terrace run backup -no-wait >out 2>err &&
	test_match out "^[0-9][0-9]*$" &&
	wait_for_file backup.log "from stdin" &&
	printf "nobody\nhello 10%%\nfrom stdin\n" >expect &&
	test_cmp expect backup.log
'

test_expect_success 'run -no-wait without log_file: the command runs, its output goes nowhere' '
	set_command plain "echo to nowhere; echo ok >$PWD/plain.done" &&
	terrace run plain -no-wait -json >started.jsonl 2>err &&
	check_run_events started.jsonl &&
	test_match started.jsonl "\"run_id\":\"[0-9][0-9]*\"" &&
	wait_for_file plain.done ok
'

test_done
