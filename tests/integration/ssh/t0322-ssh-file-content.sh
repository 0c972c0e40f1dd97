#!/usr/bin/env bash
# t0322-ssh-file-content: ssh.file with `content` (a rendered template)
# instead of `source`, against a real OpenSSH server on loopback, checked
# with the OpenSSH client. The template takes a port and a sensitive
# password: the file on the host holds them, while plan and apply output,
# the JSON plan and state never show the password (state keeps the
# content's hash). A changed input plans exactly the files whose content
# uses it; a hand edit on the host is drift and is undone; setting both
# source and content, or neither, is refused naming the resource; destroy
# removes the files.
. "$(dirname "$0")/../lib.sh"

start_sshd || test_fail_setup "sshd did not start"

REMOTE=$TRASH/host
export TERRACE_VAR_port=$SSHD_PORT
export TERRACE_VAR_known_hosts=$SSHD_KNOWN_HOSTS
TERRACE_VAR_ssh_key=$(cat "$SSHD_KEY")
export TERRACE_VAR_ssh_key
export TERRACE_VAR_db_password='s3cr3t-Pa55-one'

mkdir -p templates files
cat >templates/app.conf.tftpl <<-'EOF'
listen ${port}
database_password = ${password}
EOF
echo "static file" >files/static.txt

# content_stack LISTEN [EXTRA]: conf (template with the sensitive password),
# motd (plain interpolation), static (a source file), then EXTRA.
content_stack () {
	cat >stack.yaml <<-YAML
	stack: t0322
	variables:
	  port: {type: number}
	  known_hosts: {type: string}
	  ssh_key: {type: string, sensitive: true}
	  db_password: {type: string, sensitive: true}
	  listen: {type: number, default: $1}
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
	    content: \${templatefile("templates/app.conf.tftpl", {port = var.listen, password = var.db_password})}
	    destination: $REMOTE/etc/app/app.conf
	    mode: "0600"
	  motd:
	    type: ssh.file
	    content: "app listens on \${var.listen}"
	    destination: $REMOTE/etc/motd
	  static:
	    type: ssh.file
	    source: files/static.txt
	    destination: $REMOTE/etc/static.txt
	YAML
	if test -n "${2:-}"; then
		printf '%s\n' "$2" >>stack.yaml
	fi
}

no_password () {
	local f
	for f in "$@"; do
		test_not_contains "$f" "s3cr3t-Pa55" || return 1
	done
}

test_expect_success 'content is rendered onto the host and never shown' '
	content_stack 8080 &&
	terrace plan -no-color -out=tfplan >plan.out 2>err &&
	test_contains plan.out "+ content        = (sensitive value)" &&
	test_contains plan.out "Plan: 3 to add, 0 to change, 0 to destroy." &&
	terrace show -json tfplan >plan.json &&
	terrace apply -no-color tfplan >out 2>err &&
	test_contains out "Apply complete! Resources: 3 added" &&
	ssh_test cat "$REMOTE/etc/app/app.conf" >conf &&
	printf "listen 8080\ndatabase_password = s3cr3t-Pa55-one\n" >expect &&
	test_cmp expect conf &&
	test_equal "app listens on 8080" "$(ssh_test cat "$REMOTE/etc/motd")" &&
	test_equal 600 "$(ssh_test stat -c %a "$REMOTE/etc/app/app.conf")" &&
	no_password plan.out plan.json out err terrace.state.json &&
	test_not_contains terrace.state.json "$(sha256sum <expect | cut -c1-64)" &&
	test_equal "[\"\$scrypt\"]" "$(json_get terrace.state.json "list(d[\"resources\"][\"conf\"][\"attributes\"][\"content_sha256\"])")"
'

test_expect_success 'a second plan has no changes' '
	test_expect_code 0 terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_contains out "No changes."
'

test_expect_success 'a changed template input plans exactly the files using it' '
	content_stack 9090 &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_contains out "# conf will be updated in-place" &&
	test_contains out "# motd will be updated in-place" &&
	test_not_contains out "# static" &&
	test_contains out "Plan: 0 to add, 2 to change, 0 to destroy." &&
	no_password out err &&
	terrace apply -auto-approve >out 2>err &&
	test_equal "listen 9090" "$(ssh_test head -n1 "$REMOTE/etc/app/app.conf")" &&
	test_equal "app listens on 9090" "$(ssh_test cat "$REMOTE/etc/motd")"
'

test_expect_success 'a changed sensitive input plans only its file, still unseen' '
	TERRACE_VAR_db_password=s3cr3t-Pa55-two &&
	export TERRACE_VAR_db_password &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_contains out "# conf will be updated in-place" &&
	test_contains out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	terrace apply -auto-approve -no-color >apply.out 2>err &&
	test_equal "database_password = s3cr3t-Pa55-two" \
		"$(ssh_test tail -n1 "$REMOTE/etc/app/app.conf")" &&
	no_password out apply.out err terrace.state.json
'

test_expect_success 'a hand edit on the host is drift, and apply writes the content again' '
	ssh_test "echo edited >$REMOTE/etc/motd" &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_contains out "# motd will be updated in-place" &&
	test_contains out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_equal "app listens on 9090" "$(ssh_test cat "$REMOTE/etc/motd")"
'

test_expect_success 'both source and content, or neither, is refused naming the resource' '
	content_stack 9090 "  both:
    type: ssh.file
    source: files/static.txt
    content: hello
    destination: $REMOTE/etc/both" &&
	test_expect_code 1 terrace plan -no-color >out 2>err &&
	test_contains err "both" &&
	test_contains err "ssh.file: set exactly one of source and content" &&
	content_stack 9090 "  neither:
    type: ssh.file
    destination: $REMOTE/etc/neither" &&
	test_expect_code 1 terrace plan -no-color >out 2>err &&
	test_contains err "neither" &&
	test_contains err "ssh.file: set exactly one of source and content" &&
	! ssh_test test -e "$REMOTE/etc/both"
'

test_expect_success 'destroy removes the files' '
	content_stack 9090 &&
	terrace destroy -auto-approve >out 2>err &&
	test_contains out "Destroy complete! Resources: 3 destroyed." &&
	! ssh_test test -e "$REMOTE/etc/app/app.conf" &&
	! ssh_test test -e "$REMOTE/etc/motd"
'

test_done
