#!/usr/bin/env bash
# t0555-build-ssh-file: an ssh.file whose file a command builds (`build`),
# against a real OpenSSH server on loopback: plan builds it once, apply
# uploads it; a second plan builds and plans nothing; a changed input is
# named in the plan and uploads the new file; a failing build fails the
# apply with its last lines and touches nothing on the host.
. "$(dirname "$0")/../lib.sh"

start_sshd || test_fail_setup "sshd did not start"

REMOTE=$TRASH/host
export TERRACE_VAR_port=$SSHD_PORT
export TERRACE_VAR_known_hosts=$SSHD_KNOWN_HOSTS
TERRACE_VAR_ssh_key=$(cat "$SSHD_KEY")
export TERRACE_VAR_ssh_key

# ssh_stack [COMMAND]
ssh_stack () {
	cat >stack.yaml <<-YAML
	stack: t0555
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
	    timeout: 20
	resources:
	  job:
	    type: ssh.file
	    destination: $REMOTE/opt/job.sh
	    mode: "0755"
	    build:
	      command: ${1:-[sh, -c, "echo run >>runs.log; mkdir -p dist; cat src/head.sh src/body.sh >dist/job.sh"]}
	      inputs: ["src/*.sh"]
	      output: dist/job.sh
	YAML
}

runs () {
	if test -f runs.log; then wc -l <runs.log; else echo 0; fi
}

test_expect_success 'setup' '
	mkdir -p src && printf "#!/bin/sh\n" >src/head.sh && printf "echo one\n" >src/body.sh &&
	ssh_stack
'

test_expect_success 'plan builds once; apply uploads the built file' '
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_line out "# build: 3 inputs, not built before" &&
	terrace apply -auto-approve >out 2>err &&
	test_equal 1 "$(runs)" &&
	printf "#!/bin/sh\necho one\n" >expected &&
	test_cmp expected "$REMOTE/opt/job.sh"
'

test_expect_success 'a second plan builds and plans nothing' '
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_equal 1 "$(runs)"
'

test_expect_success 'a changed input is named and uploaded' '
	printf "echo two\n" >src/body.sh &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_line out "# build: 1 of 3 inputs changed: src/body.sh" &&
	terrace apply -auto-approve >out 2>err &&
	test_equal 2 "$(runs)" &&
	printf "#!/bin/sh\necho two\n" >expected &&
	test_cmp expected "$REMOTE/opt/job.sh"
'

test_expect_success 'a failing build fails the apply and touches nothing on the host' '
	ssh_stack "[sh, -c, \"echo shellcheck: SC2086 >&2; exit 1\"]" &&
	test_expect_code 1 terrace apply -auto-approve -no-color >out 2>err &&
	test_contains err "ssh.file: build: the build failed (sh: exit status 1)" &&
	test_contains err "shellcheck: SC2086" &&
	test_cmp expected "$REMOTE/opt/job.sh"
'

test_expect_success 'destroy' '
	ssh_stack &&
	terrace destroy -auto-approve >out 2>err &&
	test_contains out "Destroy complete!" &&
	! test -e "$REMOTE/opt/job.sh"
'

test_done
