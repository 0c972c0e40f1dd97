#!/usr/bin/env bash
# t1045-instance-host-keys: an instance made in the stack and configured
# over SSH in the same apply, its host key verified. aws.ec2.instance with
# wait_for_host_keys reads the SSH host keys cloud-init prints on the
# console at first boot (GetConsoleOutput) into host_keys, and the ssh
# provider pins them (host_key: ${host.host_keys}) with no known_hosts
# file at all. moto stands in for AWS with two patches: every public
# address is the test sshd's (ec2_public_ip_stand_in.py) and every console
# shows the keys of the file MOTO_STAND_IN_HOST_KEYS names, from its second
# read on (ec2_console_output_host_keys.py), so the waiter polls at least
# twice. Checked: one apply creates the instance and runs an ssh.command on
# the sshd; host_keys in state are the sshd's key; a second plan is clean
# and a refresh (-refresh-only, recording a tag added by hand) keeps the keys; the host_keys_timeout bound fails clearly on
# a console that never shows keys; with another key in the stand-in file
# the same stack is refused as HOST KEY MISMATCH before anything runs on
# the host; destroy leaves no instance.
. "$(dirname "$0")/../../lib.sh"

start_sshd || test_fail_setup "sshd did not start"
STAND_IN_KEYS=$TRASH/stand-in-host-keys
cp "$SSHD_DIR/ssh_host_ed25519_key.pub" "$STAND_IN_KEYS" || test_fail_setup "no host key"
start_moto MOTO_STAND_IN_PUBLIC_IP=127.0.0.1 MOTO_STAND_IN_HOST_KEYS="$STAND_IN_KEYS" ||
	test_fail_setup "moto did not start"
use_server moto

ec2 () {
	s3 ec2 "$@"
}

AMI=ami-1e749f67
RAN=$TRASH/ran.log

state_attr () {
	json_get terrace.state.json "d[\"resources\"][\"$1\"][\"attributes\"][\"$2\"]"
}

live_instances () {
	ec2 describe-instances --output text \
		--query "Reservations[].Instances[?State.Name!=\`terminated\`].InstanceId" |
		tr "\t" "\n" | sed "/^$/d"
}

# keys_stack [TIMEOUT]: a subnet, an instance waiting for its host keys,
# and a command run on it over SSH with the keys pinned.
keys_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	  ssh:
	    host: "\${host.public_ip}"
	    port: $SSHD_PORT
	    user: $SSHD_USER
	    private_key_file: $SSHD_KEY
	    host_key: "\${host.host_keys}"
	    known_hosts_file: $TRASH/no-known-hosts
	    timeout: 20
	    connect_timeout: 60
	resources:
	  net:
	    type: aws.ec2.vpc
	    cidr_block: 10.45.0.0/16
	  public:
	    type: aws.ec2.subnet
	    vpc_id: "\${net.vpc_id}"
	    cidr_block: 10.45.1.0/24
	    availability_zone: us-east-1a
	  host:
	    type: aws.ec2.instance
	    ami: $AMI
	    instance_type: t3.micro
	    subnet_id: "\${public.subnet_id}"
	    associate_public_ip_address: true
	    wait_for_host_keys: true
	    host_keys_timeout: ${1:-120}
	  hello:
	    type: ssh.command
	    command: echo "first boot of \${host.instance_id}" >>$RAN
	YAML
}

# drop_command FILE: the stack without the ssh.command (the last resource).
# Destroy configures every provider the stack's resources use, so a stack
# whose host cannot be reached (refused key, no address) is destroyed
# without its ssh resources, which never got made.
drop_command () {
	sed -i "/^  hello:/,\$d" "$1"
}

test_expect_success 'one apply: the instance, its console host keys, a command over verified SSH' '
	keys_stack &&
	TERRACE_LOG=debug terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 4 added, 0 changed, 0 destroyed." &&
	id=$(state_attr host instance_id) &&
	test_equal "first boot of $id" "$(cat "$RAN")" &&
	test_equal "[\"$(cut -d" " -f1,2 "$SSHD_DIR/ssh_host_ed25519_key.pub")\"]" \
		"$(json_get terrace.state.json "d[\"resources\"][\"host\"][\"attributes\"][\"host_keys\"]")" &&
	test_contains err "waiting for the SSH host keys of instance $id on its console output: console output (" &&
	test_contains err "has no SSH host keys yet" &&
	test_contains err "is pinned key 1 of host_key" &&
	test ! -e "$TRASH/no-known-hosts"
'

test_expect_success 'a second plan is clean; refresh keeps the recorded keys' '
	terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration." &&
	cp terrace.state.json before.json &&
	ec2 create-tags --resources "$(state_attr host instance_id)" --tags Key=team,Value=ops &&
	terrace apply -refresh-only -auto-approve >out 2>err &&
	test_equal ops "$(json_get terrace.state.json "d[\"resources\"][\"host\"][\"attributes\"][\"tags\"][\"team\"]")" &&
	test_equal "$(json_get before.json "d[\"resources\"][\"host\"][\"attributes\"][\"host_keys\"]")" \
		"$(json_get terrace.state.json "d[\"resources\"][\"host\"][\"attributes\"][\"host_keys\"]")"
'

test_expect_success 'another key on the console: the same stack is refused as HOST KEY MISMATCH' '
	ssh-keygen -q -t ed25519 -N "" -C "someone else" -f other_host_key &&
	cp other_host_key.pub "$STAND_IN_KEYS" &&
	mkdir other && (cd other && keys_stack) &&
	: >"$RAN" &&
	test_expect_code 1 terrace apply -stack other -state other/state.json \
		-auto-approve >out 2>err &&
	test_contains err "ssh 127.0.0.1:$SSHD_PORT: HOST KEY MISMATCH: the host offers ED25519 key" &&
	test_contains err "which is not among the 1 key pinned in host_key; refusing to connect" &&
	test ! -s "$RAN" &&
	id=$(json_get other/state.json "d[\"resources\"][\"host\"][\"id\"]") &&
	test_equal "[\"$(cut -d" " -f1,2 other_host_key.pub)\"]" \
		"$(json_get other/state.json "d[\"resources\"][\"host\"][\"attributes\"][\"host_keys\"]")" &&
	drop_command other/stack.yaml &&
	terrace destroy -stack other -state other/state.json -auto-approve >out 2>err &&
	test_equal terminated "$(ec2 describe-instances --instance-ids "$id" --output text --query "Reservations[0].Instances[0].State.Name")"
'

test_expect_success 'a console that never shows keys fails after host_keys_timeout, naming it' '
	: >"$STAND_IN_KEYS" &&
	mkdir never && (cd never && keys_stack 3) &&
	test_expect_code 1 terrace apply -stack never -state never/state.json \
		-auto-approve >out 2>err &&
	test_contains err "timed out after 3 s waiting for the SSH host keys of instance" &&
	test_contains err "(aws.ec2.instance wait_for_host_keys: cloud-init prints them at first boot" &&
	drop_command never/stack.yaml &&
	terrace destroy -stack never -state never/state.json -auto-approve >out 2>err
'

test_expect_success 'destroy leaves no instance' '
	cp "$SSHD_DIR/ssh_host_ed25519_key.pub" "$STAND_IN_KEYS" &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 4 destroyed." &&
	test -z "$(live_instances)"
'

test_done
