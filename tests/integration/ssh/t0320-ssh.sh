#!/usr/bin/env bash
# t0320-ssh: the ssh provider against a real OpenSSH server on loopback
# (tests/servers/sshd.sh), checked with the OpenSSH client. ssh.file: a file
# and a folder uploaded with mode and owner, no change on a second plan, a
# local change planned and uploaded, drift made on the host shown and
# undone, files added to and dropped from the folder, destroy removing
# exactly what terrace wrote. ssh.cron: a job made, planned again as no
# change, its schedule updated, a hand edit shown and undone, destroyed;
# the lines the test put in the crontab survive every step byte for byte.
# An unknown host key, a changed host key and a wrong user key are refused
# with clear messages before anything changes. A host key pinned in
# host_key (one line, several lines, a list, ssh-keyscan's form) is checked
# instead of known_hosts: the host's own key is accepted with an empty
# known_hosts, a key the host does not offer is refused as HOST KEY
# MISMATCH, and a host_key that holds no key line is refused before
# connecting. The private key comes from a
# sensitive variable and never reaches the output, the debug log or state.
#
# The jobs go to the crontab of `nobody` (crontab -u, as root) and, for the
# default user, of the login user; the file's crontabs are its own
# (own_crontabs: a private cron spool), so other files run meanwhile.
. "$(dirname "$0")/../lib.sh"

own_crontabs

start_sshd || test_fail_setup "sshd did not start"

# Both crontabs as they were, put back whatever happens.
keep_crontabs nobody "$SSHD_USER"

REMOTE=$TRASH/host     # where the "host" keeps the uploaded files
export TERRACE_VAR_port=$SSHD_PORT
export TERRACE_VAR_known_hosts=$SSHD_KNOWN_HOSTS
TERRACE_VAR_ssh_key=$(cat "$SSHD_KEY")
export TERRACE_VAR_ssh_key
KEY_BODY=$(sed -n 2p "$SSHD_KEY")   # a line of the key that must never show

# Lines of nobody's crontab that are not terrace's: tricky on purpose.
cat >foreign.crontab <<-'EOF'
# m h dom mon dow command (kept by hand)
MAILTO=ops@example.org
*/5 * * * * /usr/bin/printf '%s\n' "keep me"   
# BEGIN terrace
@reboot /bin/true
EOF

# ssh_stack: the stack, with knobs for the steps below.
ssh_stack () {
	cat >stack.yaml <<-YAML
	stack: t0320
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
	  conf:
	    type: ssh.file
	    source: files/app.conf
	    destination: $REMOTE/etc/app/app.conf
	    mode: "${CONF_MODE:-0640}"
	    owner: nobody
	    group: nogroup
	  confd:
	    type: ssh.file
	    source: files/conf.d
	    destination: $REMOTE/etc/app/conf.d
	    depends_on: [conf]      # conf makes the folders above; confd goes first on destroy
	  nightly:
	    type: ssh.cron
	    name: nightly-backup
	    user: nobody
	    schedule: "${NIGHTLY_SCHEDULE:-0 2 * * *}"
	    command: /usr/local/bin/backup --all
	    environment: {PATH: /usr/bin:/bin, BACKUP_DIR: /var/backups/app, GREETING: " hi there "}
	    comment: nightly backup of the app
	YAML
	if test -n "${ROOT_JOB:-}"; then
		cat >>stack.yaml <<-YAML
		  hourly:
		    type: ssh.cron
		    name: hourly-sync
		    schedule: "@hourly"
		    command: /bin/true
		YAML
	fi
}

# remote_stat PATH: "MODE OWNER:GROUP" of a file on the host, by ssh.
remote_stat () {
	ssh_test stat -c "'%a %U:%G'" "$1"
}

# nobody's crontab without terrace's block for nightly-backup.
foreign_lines () {
	ssh_test crontab -u nobody -l | sed '/^# BEGIN terrace nightly-backup$/,/^# END terrace nightly-backup$/d'
}

test_empty_dir_listing () {
	# No temporary file is left beside the uploads.
	test -z "$(ssh_test find "$REMOTE" -name "\".*.terrace-*\"")"
}

test_path_is_missing () {
	if test -e "$1"; then
		say_fail "expected $1 not to exist"
		return 1
	fi
}

no_key () {
	local f
	for f in "$@"; do
		test_not_contains "$f" "$KEY_BODY" || return 1
	done
}

mkdir -p files/conf.d/sub
echo "listen 8080" >files/app.conf
echo "a = 1" >files/conf.d/a.conf
echo "b = 2" >files/conf.d/sub/b.conf
crontab -u nobody foreign.crontab || test_fail_setup "cannot write nobody's crontab"

test_expect_success 'plan shows the files and the job; content hashes are known' '
	ssh_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "+ resource \"ssh.file\" \"conf\" {" &&
	test_line out "+ content_sha256 = \"$(sha256sum <files/app.conf | cut -c1-64)\"" &&
	test_line out "+ resource \"ssh.cron\" \"nightly\" {" &&
	test_line out "Plan: 3 to add, 0 to change, 0 to destroy." &&
	test_path_is_missing "$REMOTE" &&
	no_key out err
'

test_expect_success 'apply uploads the file and the folder with their modes and owner' '
	TERRACE_LOG=debug terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 3 added, 0 changed, 0 destroyed." &&
	test_equal "listen 8080" "$(ssh_test cat "$REMOTE/etc/app/app.conf")" &&
	test_equal "640 nobody:nogroup" "$(remote_stat "$REMOTE/etc/app/app.conf")" &&
	test_equal "a = 1" "$(ssh_test cat "$REMOTE/etc/app/conf.d/a.conf")" &&
	test_equal "b = 2" "$(ssh_test cat "$REMOTE/etc/app/conf.d/sub/b.conf")" &&
	test_equal "644 root:root" "$(remote_stat "$REMOTE/etc/app/conf.d/sub/b.conf")" &&
	test_equal "755 root:root" "$(remote_stat "$REMOTE/etc/app/conf.d/sub")" &&
	test_empty_dir_listing &&
	no_key out err terrace.state.json
'

test_expect_success 'the job is in nobody'"'"'s crontab; the foreign lines are untouched' '
	ssh_test crontab -u nobody -l >crontab &&
	test_line crontab "# BEGIN terrace nightly-backup" &&
	test_line crontab "# nightly backup of the app" &&
	test_line crontab "BACKUP_DIR=/var/backups/app" &&
	test_line crontab "PATH=/usr/bin:/bin" &&
	test_line crontab "GREETING=\" hi there \"" &&
	test_line crontab "0 2 * * * /usr/local/bin/backup --all" &&
	test_line crontab "# END terrace nightly-backup" &&
	foreign_lines >foreign.now &&
	test_cmp foreign.crontab foreign.now
'

test_expect_success 'a second plan changes nothing' '
	terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'a local change plans an update; apply uploads it' '
	echo "listen 9090" >files/app.conf &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "~ resource \"ssh.file\" \"conf\" {" &&
	test_match out "~ content_sha256 = \"[0-9a-f]{64}\" -> \"$(sha256sum <files/app.conf | cut -c1-64)\"" &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_equal "listen 9090" "$(ssh_test cat "$REMOTE/etc/app/app.conf")" &&
	test_equal "640 nobody:nogroup" "$(remote_stat "$REMOTE/etc/app/app.conf")"
'

test_expect_success 'a file changed on the host shows as drift; apply restores it' '
	ssh_test "echo tampered >>$REMOTE/etc/app/app.conf && chmod 600 $REMOTE/etc/app/app.conf && chown root $REMOTE/etc/app/app.conf" &&
	ssh_test "echo changed >$REMOTE/etc/app/conf.d/a.conf" &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# conf will be updated in-place (it changed outside terrace)" &&
	test_match out "~ mode += \"0600\" -> \"0640\"" &&
	test_match out "~ owner += \"root\" -> \"nobody\"" &&
	test_line out "# confd will be updated in-place (it changed outside terrace)" &&
	test_line out "Plan: 0 to add, 2 to change, 0 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_equal "listen 9090" "$(ssh_test cat "$REMOTE/etc/app/app.conf")" &&
	test_equal "640 nobody:nogroup" "$(remote_stat "$REMOTE/etc/app/app.conf")" &&
	test_equal "a = 1" "$(ssh_test cat "$REMOTE/etc/app/conf.d/a.conf")" &&
	terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'files added to and dropped from the folder follow it' '
	rm -r files/conf.d/sub && echo "c = 3" >files/conf.d/c.conf &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	test_equal "c = 3" "$(ssh_test cat "$REMOTE/etc/app/conf.d/c.conf")" &&
	test_equal "a.conf c.conf" "$(ssh_test ls "$REMOTE/etc/app/conf.d" | tr "\n" " " | sed "s/ $//")" &&
	terrace state show confd >state.out 2>err &&
	test_line state.out "\"c.conf\"," &&
	test_not_contains state.out "sub/b.conf"
'

test_expect_success 'the schedule is updated in place; the foreign lines stay' '
	NIGHTLY_SCHEDULE="30 3 * * 1-5" && ssh_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "~ schedule = \"0 2 * * *\" -> \"30 3 * * 1-5\"" &&
	terrace apply -auto-approve >out 2>err &&
	test_contains out "Apply complete!" &&
	ssh_test crontab -u nobody -l >crontab &&
	test_line crontab "30 3 * * 1-5 /usr/local/bin/backup --all" &&
	test_not_contains crontab "0 2 * * * /usr/local/bin/backup" &&
	foreign_lines >foreign.now &&
	test_cmp foreign.crontab foreign.now &&
	terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a hand edit of the job shows as drift; apply undoes it' '
	ssh_test "crontab -u nobody -l | sed \"s|^30 3 \\* \\* 1-5 /usr/local/bin/backup --all|15 4 * * * /usr/local/bin/backup --quick|\" | crontab -u nobody -" &&
	ssh_test crontab -u nobody -l >crontab &&
	test_line crontab "15 4 * * * /usr/local/bin/backup --quick" &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# nightly will be updated in-place (it changed outside terrace)" &&
	test_match out "~ schedule += \"15 4 \\* \\* \\*\" -> \"30 3 \\* \\* 1-5\"" &&
	test_match out "~ command += \"/usr/local/bin/backup --quick\" -> \"/usr/local/bin/backup --all\"" &&
	terrace apply -auto-approve >out 2>err &&
	ssh_test crontab -u nobody -l >crontab &&
	test_line crontab "30 3 * * 1-5 /usr/local/bin/backup --all" &&
	foreign_lines >foreign.now &&
	test_cmp foreign.crontab foreign.now
'

test_expect_success 'a job without user goes to the login user'"'"'s crontab' '
	ROOT_JOB=1 && ssh_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	ssh_test crontab -l >crontab &&
	test_line crontab "# BEGIN terrace hourly-sync" &&
	test_line crontab "@hourly /bin/true" &&
	terrace state show hourly >state.out 2>err &&
	test_line state.out "user        = \"$SSHD_USER\"" &&
	ROOT_JOB= && ssh_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 0 changed, 1 destroyed." &&
	ssh_test crontab -l >crontab.after &&
	test_not_contains crontab.after "terrace hourly-sync"
'

test_expect_success 'a schedule that is not one is refused at plan time' '
	NIGHTLY_SCHEDULE="0 2 * *" && ssh_stack &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "ssh.cron: schedule \"0 2 * *\" has 4 fields: write 5 (minute hour day-of-month month day-of-week)" &&
	NIGHTLY_SCHEDULE="61 2 * * *" && ssh_stack &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "minute \"61\" is not valid (0-59" &&
	NIGHTLY_SCHEDULE="30 3 * * 1-5" && ssh_stack
'

# fingerprint of the test server's host key, as OpenSSH prints it.
host_fingerprint () {
	ssh-keygen -lf "$SSHD_DIR/ssh_host_ed25519_key.pub" | cut -d" " -f2
}

test_expect_success 'an unknown host key is refused; nothing changes' '
	: >empty_known_hosts &&
	echo "listen 7070" >files/app.conf &&
	test_expect_code 1 env TERRACE_VAR_known_hosts=$TRASH/empty_known_hosts \
		"$TERRACE" apply -auto-approve >out 2>err &&
	test_contains err "ssh 127.0.0.1:$SSHD_PORT: host key is not known (ED25519 $(host_fingerprint)); add it to $TRASH/empty_known_hosts (ssh-keyscan -p $SSHD_PORT 127.0.0.1) or set host_key_check: false" &&
	test_equal "listen 9090" "$(ssh_test cat "$REMOTE/etc/app/app.conf")" &&
	test_not_contains out "Creating" && test_not_contains out "Modifying"
'

test_expect_success 'a changed host key is refused as HOST KEY CHANGED' '
	ssh-keygen -q -t ed25519 -N "" -f other_host_key &&
	echo "[127.0.0.1]:$SSHD_PORT $(cut -d" " -f1,2 other_host_key.pub)" >changed_known_hosts &&
	test_expect_code 1 env TERRACE_VAR_known_hosts=$TRASH/changed_known_hosts \
		"$TERRACE" plan >out 2>err &&
	test_contains err "ssh 127.0.0.1:$SSHD_PORT: HOST KEY CHANGED: the host offers ED25519 key $(host_fingerprint), but $TRASH/changed_known_hosts has another ED25519 key for [127.0.0.1]:$SSHD_PORT; refusing to connect"
'

# pin_stack: ssh_stack with pin.txt's lines (host_key: ...) added to the
# provider, and known_hosts_file pointing at an empty file.
pin_stack () {
	ssh_stack &&
	: >"$TRASH/empty_known_hosts" &&
	awk -v pin="$TRASH/pin.txt" '''
		/^    known_hosts_file:/ { print "    known_hosts_file: " ENVIRON["TRASH"] "/empty_known_hosts"; next }
		{ print }
		/^    timeout: 20$/ { while ((getline l < pin) > 0) print "    " l }
	''' stack.yaml >stack.pinned && mv stack.pinned stack.yaml
}

test_expect_success 'host_key pins the host key: the right one passes without known_hosts' '
	host_line=$(cut -d" " -f1,2 "$SSHD_DIR/ssh_host_ed25519_key.pub") &&
	other_line=$(cut -d" " -f1,2 other_host_key.pub) &&
	printf "host_key: [\"%s other\", \"%s\"]\n" "$other_line" "$host_line" >pin.txt &&
	pin_stack && test_contains stack.yaml "host_key: [" &&
	TERRACE_LOG=debug terrace plan >out 2>err &&
	test_contains out "conf will be updated in-place" &&
	test_contains err "ssh 127.0.0.1:$SSHD_PORT: host key ED25519 $(host_fingerprint) is pinned key 2 of host_key" &&
	{ printf "host_key: |\n  # from ssh-keyscan\n  [127.0.0.1]:%s %s\n" "$SSHD_PORT" "$host_line" &&
	  printf "  %s\n" "$other_line"; } >pin.txt &&
	pin_stack &&
	TERRACE_LOG=debug terrace plan >out 2>err &&
	test_contains err "is pinned key 1 of host_key" &&
	echo "host_key: \"$(cat "$SSHD_DIR/ssh_host_ed25519_key.pub")\"" >pin.txt &&
	pin_stack && terrace plan >out 2>err &&
	test_contains out "conf will be updated in-place"
'

test_expect_success 'a pinned key the host does not offer is refused; known_hosts is not read' '
	echo "host_key: \"$(cut -d" " -f1,2 other_host_key.pub)\"" >pin.txt &&
	pin_stack &&
	sed -i "s|^    known_hosts_file:.*|    known_hosts_file: $SSHD_KNOWN_HOSTS|" stack.yaml &&
	test_expect_code 1 terrace apply -auto-approve >out 2>err &&
	test_contains err "ssh 127.0.0.1:$SSHD_PORT: HOST KEY MISMATCH: the host offers ED25519 key $(host_fingerprint), which is not among the 1 key pinned in host_key; refusing to connect" &&
	test_not_contains out "Modifying" &&
	test_equal "listen 9090" "$(ssh_test cat "$REMOTE/etc/app/app.conf")"
'

test_expect_success 'a host_key that is not a public key line is refused before connecting' '
	echo "host_key: \"ssh-ed25519\"" >pin.txt && pin_stack &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "host_key item 1 line 1 is not a public key line" &&
	echo "host_key: \"ssh-ed25519 bm90IGEga2V5\"" >pin.txt && pin_stack &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "host_key item 1 line 1: the key after ssh-ed25519 is not base64 of an ssh-ed25519 public key" &&
	echo "host_key: [\"$(cut -d" " -f1,2 other_host_key.pub)\"]" >pin.txt && pin_stack &&
	sed -i "s|^    timeout: 20$|&\n    host_key_check: false|" stack.yaml &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "host_key pins the host'"'"'s key; it cannot go with host_key_check: false" &&
	ssh_stack
'

test_expect_success 'a key the server does not accept is refused clearly' '
	ssh-keygen -q -t ed25519 -N "" -f wrong_key &&
	test_expect_code 1 env TERRACE_VAR_ssh_key="$(cat wrong_key)" \
		"$TERRACE" apply -auto-approve >out 2>err &&
	test_contains err "ssh $SSHD_USER@127.0.0.1:$SSHD_PORT: public key authentication failed with private_key (sensitive value): the server did not accept the key for $SSHD_USER" &&
	test_not_contains err "$(sed -n 2p wrong_key)" &&
	test_equal "listen 9090" "$(ssh_test cat "$REMOTE/etc/app/app.conf")"
'

test_expect_success 'destroy removes exactly what terrace wrote' '
	echo "listen 9090" >files/app.conf &&
	ssh_test "echo mine >$REMOTE/etc/app/conf.d/not-terraces.txt" &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 3 destroyed." &&
	ssh_test "test ! -e $REMOTE/etc/app/app.conf && test ! -e $REMOTE/etc/app/conf.d/a.conf && test ! -e $REMOTE/etc/app/conf.d/c.conf" &&
	test_equal "not-terraces.txt" "$(ssh_test ls "$REMOTE/etc/app/conf.d")" &&
	ssh_test crontab -u nobody -l >crontab &&
	test_not_contains crontab "terrace nightly-backup" &&
	test_cmp foreign.crontab crontab &&
	no_key out err terrace.state.json
'

test_expect_success 'folders terrace made are removed once empty' '
	ssh_test rm -r "$REMOTE" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 3 added, 0 changed, 0 destroyed." &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 3 destroyed." &&
	ssh_test "test ! -e $REMOTE"
'

test_done
