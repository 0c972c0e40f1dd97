#!/usr/bin/env bash
# t1050-ssh-command: ssh.command against the real OpenSSH server on
# loopback (tests/servers/sshd.sh). The commands append a line to a log
# file on the host, so the test counts the runs: one at create, none when
# nothing changed, one more when a trigger or the environment changes, none
# when only destroy_command changes, destroy_command at destroy. A failing
# command fails the apply with its exit status and the last lines of its
# output, with the value of a sensitive_environment variable blanked out,
# and stays out of state (the next apply runs it again). connect_timeout:
# a host that refuses connections is tried again until the SSH server
# answers there (a forwarder to sshd started once terrace says it waits),
# and a host that never answers fails with the attempts named. Trust on
# first use: host_key records the host key's fingerprint, and a server
# with another key behind the same address is refused.
. "$(dirname "$0")/../lib.sh"

# A second server with another host key, for the changed-key step; the
# first stays the one ssh_test and the stacks use.
SSHD_NAME=other start_sshd || test_fail_setup "the second sshd did not start"
OTHER_PORT=$SSHD_PORT OTHER_KEY=$SSHD_KEY OTHER_DIR=$SSHD_DIR
start_sshd || test_fail_setup "sshd did not start"

LOG=$TRASH/host/runs.log
export TERRACE_VAR_port=$SSHD_PORT
export TERRACE_VAR_known_hosts=$SSHD_KNOWN_HOSTS
TERRACE_VAR_ssh_key=$(cat "$SSHD_KEY")
export TERRACE_VAR_ssh_key
export TERRACE_VAR_token=s3cr3t-t0ken-1050

# cmd_stack: one command with knobs; FAILING=1 adds one that fails.
cmd_stack () {
	cat >stack.yaml <<-YAML
	stack: t1050
	variables:
	  port: {type: number}
	  known_hosts: {type: string}
	  ssh_key: {type: string, sensitive: true}
	  token: {type: string, sensitive: true}
	providers:
	  ssh:
	    host: 127.0.0.1
	    port: \${var.port}
	    private_key: \${var.ssh_key}
	    known_hosts_file: \${var.known_hosts}
	    timeout: 60
	resources:
	  setup:
	    type: ssh.command
	    command: mkdir -p $TRASH/host && echo "run \$RELEASE" >>$LOG
	    environment: {RELEASE: "${RELEASE:-r1}"}
	    triggers: {config: "${CONFIG:-c1}"}
	    destroy_command: echo "${UNDO:-undo}" >>$LOG
	YAML
	if test -n "${FAILING:-}"; then
		cat >>stack.yaml <<-YAML
		  broken:
		    type: ssh.command
		    command: for i in \$(seq 1 30); do echo "line \$i"; done; echo "token is \$TOKEN" >&2; exit 3
		    sensitive_environment: {TOKEN: "\${var.token}"}
		YAML
	fi
}

runs () {
	ssh_test cat "$LOG" >runs.now
}

test_expect_success 'plan shows the command; apply runs it once' '
	cmd_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "+ resource \"ssh.command\" \"setup\" {" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	runs && printf "run r1\n" >expect && test_cmp expect runs.now
'

test_expect_success 'nothing changed: no change planned, nothing run again' '
	terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration." &&
	terrace apply -auto-approve >out 2>err &&
	runs && test_cmp expect runs.now
'

test_expect_success 'a changed trigger runs the command again' '
	CONFIG=c2 cmd_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "~ resource \"ssh.command\" \"setup\" {" &&
	test_contains out "~ \"config\" = \"c1\" -> \"c2\"" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	runs && printf "run r1\nrun r1\n" >expect && test_cmp expect runs.now
'

test_expect_success 'a changed environment runs it again with the new value' '
	CONFIG=c2 RELEASE=r2 cmd_stack &&
	terrace apply -auto-approve >out 2>err &&
	runs && printf "run r1\nrun r1\nrun r2\n" >expect && test_cmp expect runs.now
'

test_expect_success 'a changed destroy_command alone runs nothing' '
	CONFIG=c2 RELEASE=r2 UNDO=undone cmd_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	runs && test_cmp expect runs.now
'

test_expect_success 'a failing command names its exit status and shows its output, never the secret' '
	CONFIG=c2 RELEASE=r2 UNDO=undone FAILING=1 cmd_stack &&
	test_expect_code 1 terrace apply -auto-approve >out 2>err &&
	test_contains err "command exited with status 3" &&
	test_contains err "| line 30" &&
	test_contains err "| line 11" &&
	test_not_contains err "| line 10" &&
	test_contains err "| token is (sensitive value)" &&
	test_not_contains out "$TERRACE_VAR_token" &&
	test_not_contains err "$TERRACE_VAR_token" &&
	test_not_contains terrace.state.json "$TERRACE_VAR_token" &&
	terrace state list >list &&
	test_not_contains list broken
'

test_expect_success 'the failed command is planned again; destroy runs destroy_command' '
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "+ resource \"ssh.command\" \"broken\" {" &&
	CONFIG=c2 RELEASE=r2 UNDO=undone cmd_stack &&
	terrace destroy -auto-approve >out 2>err &&
	runs && printf "run r1\nrun r1\nrun r2\nundone\n" >expect && test_cmp expect runs.now
'

# wait_stack PORT KNOWN_HOSTS CONNECT_TIMEOUT: one command through PORT.
wait_stack () {
	cat >stack.yaml <<-YAML
	stack: t1050-wait
	variables:
	  ssh_key: {type: string, sensitive: true}
	providers:
	  ssh:
	    host: 127.0.0.1
	    port: $1
	    private_key: \${var.ssh_key}
	    known_hosts_file: $2
	    connect_timeout: $3
	    host_key_check: ${4:-true}
	resources:
	  hello:
	    type: ssh.command
	    command: echo "waited" >>$LOG
	YAML
}

free_port () {
	python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# forward PORT [TO]: listen on 127.0.0.1:PORT and pass every connection to
# port TO (default sshd's).
forward () {
	exec python3 - "$1" "${2:-$SSHD_PORT}" <<-'PY'
	import socket, sys, threading
	ls = socket.socket(); ls.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
	ls.bind(("127.0.0.1", int(sys.argv[1]))); ls.listen(8)
	def pipe(a, b):
	    try:
	        while True:
	            d = a.recv(65536)
	            if not d:
	                break
	            b.sendall(d)
	    except OSError:
	        pass
	    for s in (a, b):
	        try:
	            s.shutdown(socket.SHUT_RDWR)
	        except OSError:
	            pass
	while True:
	    c, _ = ls.accept()
	    u = socket.create_connection(("127.0.0.1", int(sys.argv[2])))
	    threading.Thread(target=pipe, args=(c, u), daemon=True).start()
	    threading.Thread(target=pipe, args=(u, c), daemon=True).start()
	PY
}

test_expect_success 'connect_timeout: a host that refuses SSH at first is waited for' '
	mkdir -p wait && (
		cd wait &&
		port=$(free_port) &&
		sed "s/^\[127.0.0.1\]:$SSHD_PORT /[127.0.0.1]:$port /" "$SSHD_KNOWN_HOSTS" >kh &&
		wait_stack "$port" "$TRASH/wait/kh" 300 &&
		{ TERRACE_LOG=debug terrace apply -auto-approve >out 2>err & pid=$!; } &&
		wait_for_line err "not answering SSH yet" $pid &&
		{ forward "$port" & fwd=$!; } &&
		wait $pid; rc=$?; kill $fwd; test "$rc" = 0 &&
		test_contains err "ssh 127.0.0.1:$port: not answering SSH yet (ssh 127.0.0.1:$port: cannot connect: Connection refused); trying again in 2 s" &&
		test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
		runs && test_contains runs.now waited &&
		test_not_contains err "$(sed -n 2p "$SSHD_KEY")"
	)
'

test_expect_success 'connect_timeout: a host that never answers fails naming the attempts' '
	mkdir -p never && (
		cd never &&
		port=$(free_port) &&
		wait_stack "$port" "$SSHD_KNOWN_HOSTS" 3 &&
		test_expect_code 1 terrace plan >out 2>err &&
		test_match err "ssh 127.0.0.1:$port: cannot connect: Connection refused \(still after [0-9]+ attempts in connect_timeout 3 s\)"
	)
'

# listening PORT: wait until something accepts connections there.
listening () {
	local i
	for i in $(seq 600); do
		(exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
		sleep 0.1
	done
	return 1
}

test_expect_success 'trust on first use: the host key is recorded, a changed one refused' '
	mkdir -p tofu && (
		cd tofu &&
		port=$(free_port) &&
		wait_stack "$port" /nonexistent 0 false &&
		{ forward "$port" & fwd=$!; } && listening "$port" &&
		terrace apply -auto-approve >out 2>err &&
		fp=$(ssh-keygen -lf "$SSHD_DIR/ssh_host_ed25519_key.pub" | cut -d" " -f2) &&
		test_contains terrace.state.json "\"host_key\": \"$fp\"" &&
		terrace plan -detailed-exitcode >out 2>err &&
		kill $fwd && wait $fwd;
		{ forward "$port" "$OTHER_PORT" & fwd=$!; } && listening "$port" &&
		other=$(ssh-keygen -lf "$OTHER_DIR/ssh_host_ed25519_key.pub" | cut -d" " -f2) &&
		TERRACE_VAR_ssh_key=$(cat "$OTHER_KEY") test_expect_code 1 terrace plan >out 2>err;
		rc=$?; kill $fwd; test $rc = 0 &&
		test_contains err "ssh 127.0.0.1:$port: HOST KEY CHANGED since terrace first ran this command: state records $fp, the host now offers $other; refusing" &&
		test_contains terrace.state.json "\"host_key\": \"$fp\""
	)
'

test_expect_success 'a variable name that is not one is refused at plan time' '
	sed -i "s/RELEASE: /RE-LEASE: /" stack.yaml &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "\"RE-LEASE\" is not a variable name"
'

test_done
