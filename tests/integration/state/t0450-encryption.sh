#!/usr/bin/env bash
# t0450-encryption: client-side encryption of states and plan files
# (TERRACE_ENCRYPTION_KEY, TERRACE_ENCRYPTION_KEY_FILE, the backend setting
# encryption_key_file, TERRACE_ENCRYPTION_FALLBACK_KEY). Locally: a plain
# state is read with a key set and its next write seals the state and the
# backup; the bytes on disk hold no resource name or output value; no key
# fails naming the variable, a wrong or damaged one fails with "cannot
# decrypt: wrong key or damaged file", the state untouched and nothing
# changed; saved plans are sealed; keys rotate with a fallback key. On S3
# (moto and s3rver, which checks signatures): the state object, a
# workspace's, every .history/ copy and every .journal/ record (caught
# during an apply) seen with the aws CLI are ciphertext, the lock object
# stays plain, a plain remote state is read and re-written sealed, and a
# wrong key leaves the object as it was.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
start_s3rver || test_fail_setup "s3rver did not start"

KEY1=$(openssl rand -base64 32)
KEY2=$(openssl rand -hex 32)
CANARY=t0450-canary-output-value

# enc_stack PREFIX REV [BACKEND_LINES]: two buckets whose names are easy to
# look for in the stored bytes, and an output with a known value.
enc_stack () {
	write_stack stack.yaml
	printf '%s' "${3:-}" >>stack.yaml
	cat >>stack.yaml <<-EOF
	resources:
	  vault_bucket: {type: aws.s3.bucket, name: "$1-\${terrace.workspace}-vault", tags: {rev: "$2"}}
	  audit_bucket: {type: aws.s3.bucket, name: "$1-\${terrace.workspace}-audit"}
	outputs:
	  canary: "$CANARY"
	EOF
}

# rev BUCKET: the bucket's rev tag ("rev=N").
rev () {
	bucket_tags "$1" | grep "^rev="
}

# no_plaintext FILE...: none of the files holds a resource name, a bucket
# name or the output's value, and each is a sealed envelope.
no_plaintext () {
	local f
	for f in "$@"; do
		for word in vault_bucket audit_bucket t0450- "$CANARY" '"resources"'; do
			test_not_contains "$f" "$word" || return 1
		done
		test_equal AES-256-GCM "$(json_get "$f" 'd["alg"]')" || return 1
		test_equal 1 "$(json_get "$f" 'd["terrace_encryption"]')" || return 1
	done
}

# ---- local ----
use_server moto
mkdir local && cd local || exit 1

test_expect_success 'local: a plain state is written without a key' '
	enc_stack t0450-loc 1 &&
	terrace apply -auto-approve >out 2>err &&
	test_contains out "Apply complete! Resources: 2 added" &&
	test_contains terrace.state.json "$CANARY" &&
	test_contains terrace.state.json vault_bucket
'

test_expect_success 'local: with a key set, the plain state is read and the next write seals state and backup' '
	export TERRACE_ENCRYPTION_KEY=$KEY1 &&
	terrace plan -detailed-exitcode >out 2>err &&
	test_contains out "No changes" &&
	test_contains terrace.state.json "$CANARY" &&
	enc_stack t0450-loc 2 &&
	terrace apply -auto-approve >out 2>err &&
	test_contains out "Apply complete! Resources: 0 added, 1 changed" &&
	no_plaintext terrace.state.json terrace.state.json.backup &&
	test_equal 600 "$(stat -c %a terrace.state.json)" &&
	test_equal 600 "$(stat -c %a terrace.state.json.backup)" &&
	terrace state list >out 2>err &&
	printf "audit_bucket\nvault_bucket\n" >expect &&
	test_cmp expect out &&
	test_equal "$CANARY" "$(terrace output canary)" &&
	terrace state pull >pulled.json &&
	test_equal 2 "$(json_get pulled.json "d[\"resources\"][\"vault_bucket\"][\"attributes\"][\"tags\"][\"rev\"]")"
'

test_expect_success 'local: without the key every command fails naming the variable; nothing changes' '
	cp terrace.state.json before &&
	enc_stack t0450-loc 3 &&
	for cmd in "plan" "apply -auto-approve" "show" "output" "state list"; do
		test_expect_code 1 env -u TERRACE_ENCRYPTION_KEY "$TERRACE" $cmd >out 2>err &&
		test_contains err "terrace.state.json is encrypted; set TERRACE_ENCRYPTION_KEY" || return 1
	done &&
	test_cmp before terrace.state.json &&
	test_equal rev=2 "$(rev t0450-loc-default-vault)"
'

test_expect_success 'local: a wrong key fails with "wrong key or damaged file"; state untouched, nothing applied' '
	test_expect_code 1 env TERRACE_ENCRYPTION_KEY=$KEY2 "$TERRACE" apply -auto-approve >out 2>err &&
	test_contains err "terrace.state.json: cannot decrypt: wrong key or damaged file" &&
	test_not_contains out "Modifying" &&
	test_not_contains err "$KEY2" &&
	test_cmp before terrace.state.json &&
	test_equal rev=2 "$(rev t0450-loc-default-vault)" &&
	test_expect_code 1 env TERRACE_ENCRYPTION_KEY=not-a-key "$TERRACE" plan >out 2>err &&
	test_contains err "TERRACE_ENCRYPTION_KEY is not a key: expected 32 bytes as 64 hex digits or as base64" &&
	test_not_contains err not-a-key
'

test_expect_success 'local: a damaged state fails cleanly and is left as it is' '
	python3 -c "import json; d = json.load(open(\"before\")); c = d[\"ciphertext\"]; d[\"ciphertext\"] = (\"B\" if c[0] == \"A\" else \"A\") + c[1:]; open(\"terrace.state.json\", \"w\").write(json.dumps(d))" &&
	cp terrace.state.json damaged &&
	test_expect_code 1 terrace apply -auto-approve >out 2>err &&
	test_contains err "cannot decrypt: wrong key or damaged file (TERRACE_ENCRYPTION_KEY has the key id it was sealed with" &&
	test_cmp damaged terrace.state.json &&
	cp before terrace.state.json
'

test_expect_success 'local: a saved plan is sealed; apply PLANFILE needs the key' '
	terrace plan -out=tfplan >out 2>err &&
	test_contains out "1 to change" &&
	no_plaintext tfplan &&
	test_equal 600 "$(stat -c %a tfplan)" &&
	test_expect_code 1 env -u TERRACE_ENCRYPTION_KEY "$TERRACE" show tfplan >out 2>err &&
	test_contains err "plan file tfplan is encrypted; set TERRACE_ENCRYPTION_KEY" &&
	test_expect_code 1 env TERRACE_ENCRYPTION_KEY=$KEY2 "$TERRACE" apply tfplan >out 2>err &&
	test_contains err "plan file tfplan: cannot decrypt: wrong key or damaged file" &&
	terrace show -json tfplan >plan.json &&
	test_equal "[\"update\"]" "$(json_get plan.json "[c[\"change\"][\"actions\"] for c in d[\"resource_changes\"] if c[\"name\"] == \"vault_bucket\"][0]")" &&
	terrace apply tfplan >out 2>err &&
	test_contains out "Apply complete! Resources: 0 added, 1 changed" &&
	test_equal rev=3 "$(rev t0450-loc-default-vault)" &&
	no_plaintext terrace.state.json terrace.state.json.backup
'

test_expect_success 'local: a key file, and rotation with a fallback key' '
	printf "%s\n" "$KEY2" >new.key && chmod 600 new.key &&
	enc_stack t0450-loc 4 &&
	test_expect_code 1 env -u TERRACE_ENCRYPTION_KEY TERRACE_ENCRYPTION_KEY_FILE=new.key "$TERRACE" plan >out 2>err &&
	test_contains err "wrong key or damaged file" &&
	env -u TERRACE_ENCRYPTION_KEY TERRACE_ENCRYPTION_KEY_FILE=new.key TERRACE_ENCRYPTION_FALLBACK_KEY=$KEY1 \
		"$TERRACE" apply -auto-approve >out 2>err &&
	test_contains out "1 changed" &&
	no_plaintext terrace.state.json &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "wrong key or damaged file" &&
	env -u TERRACE_ENCRYPTION_KEY TERRACE_ENCRYPTION_KEY_FILE=new.key "$TERRACE" plan -detailed-exitcode >out 2>err &&
	test_expect_code 1 env TERRACE_ENCRYPTION_KEY_FILE=new.key "$TERRACE" plan >out 2>err &&
	test_contains err "both TERRACE_ENCRYPTION_KEY and TERRACE_ENCRYPTION_KEY_FILE are set"
'

test_expect_success 'local: only a fallback key turns encryption off: read sealed, written plain' '
	enc_stack t0450-loc 5 &&
	env -u TERRACE_ENCRYPTION_KEY TERRACE_ENCRYPTION_FALLBACK_KEY=$KEY2 "$TERRACE" apply -auto-approve >out 2>err &&
	test_contains out "1 changed" &&
	test_contains terrace.state.json "$CANARY" &&
	env -u TERRACE_ENCRYPTION_KEY "$TERRACE" destroy -auto-approve >out 2>err &&
	test_contains out "Destroy complete! Resources: 2 destroyed."
'
unset TERRACE_ENCRYPTION_KEY
cd "$TRASH" || exit 1

# ---- S3 ----

s3_steps () {
	server=$1
	use_server "$server"
	mkdir -p "$TRASH/$server" && cd "$TRASH/$server" || return 1
	export TERRACE_BACKEND_ENDPOINT=$TEST_ENDPOINT
	export TERRACE_BACKEND_ACCESS_KEY=$TEST_ACCESS_KEY
	export TERRACE_BACKEND_SECRET_KEY=$TEST_SECRET_KEY
	printf "%s\n" "$KEY1" >state.key
	backend="backend:
  type: s3
  bucket: tfstate-enc
  region: us-east-1
  path_style: true
  encryption_key_file: state.key
"
	state_key=$TEST_NAME/terrace.state.json

	test_expect_success "$server: the state object is ciphertext (aws s3 cp), with the key from the backend setting" '
		s3 s3api create-bucket --bucket tfstate-enc >/dev/null &&
		enc_stack t0450-$server 1 "$backend" &&
		terrace apply -auto-approve >out 2>err &&
		test_contains out "Apply complete! Resources: 2 added" &&
		! test -e terrace.state.json &&
		s3 s3 cp "s3://tfstate-enc/$state_key" remote.json >/dev/null &&
		no_plaintext remote.json &&
		terrace state pull >pulled.json &&
		test_equal "audit_bucket vault_bucket" "$(json_get pulled.json "\" \".join(sorted(d[\"resources\"]))")"
	'

	# The apply is stopped after its first create: that create's records
	# are in the journal, each object sealed as the state is.
	test_expect_success "$server: every .history/ copy and .journal/ record is sealed; the lock object stays plain" '
		enc_stack t0450-$server 2 "$backend" &&
		for i in $(seq -w 1 10); do
			echo "  extra$i: {type: aws.s3.bucket, name: t0450-$server-extra-$i}"
		done | sed -i "/^resources:/r /dev/stdin" stack.yaml
		"$TERRACE" apply -auto-approve -parallelism 1 >held.out 2>held.err </dev/null &
		holder=$! &&
		wait_for_line held.out ": Creation complete" $holder &&
		kill -STOP $holder &&
		{ s3 s3 cp "s3://tfstate-enc/$state_key.lock" lock.json >/dev/null; rc=$?
		  s3 s3 cp --recursive "s3://tfstate-enc/$state_key.journal/" journal >/dev/null || rc=1
		  kill -CONT $holder; test $rc = 0; } &&
		find journal -type f >records &&
		test "$(wc -l <records)" -ge 2 &&
		no_plaintext $(cat records) &&
		test_equal "$holder apply" "$(json_get lock.json "str(d[\"pid\"]) + \" \" + d[\"operation\"]")" &&
		wait $holder &&
		test_contains held.out "10 added, 1 changed" &&
		enc_stack t0450-$server 2 "$backend" &&
		terrace apply -auto-approve >out 2>err &&
		test_contains out "10 destroyed" &&
		! bucket_keys tfstate-enc | grep "^$state_key.journal/" &&
		s3 s3 cp --recursive "s3://tfstate-enc/$state_key.history/" history >/dev/null &&
		test "$(ls history | wc -l)" -ge 3 &&
		no_plaintext history/*
	'

	test_expect_success "$server: a workspace's state is sealed too" '
		terrace workspace new dev >out 2>err &&
		terrace apply -auto-approve >out 2>err &&
		test_contains out "2 added" &&
		s3 s3 cp "s3://tfstate-enc/$TEST_NAME/env:/dev/terrace.state.json" dev.json >/dev/null &&
		no_plaintext dev.json &&
		terrace destroy -auto-approve >out 2>err &&
		terrace workspace select default >out 2>err &&
		terrace workspace delete dev >out 2>err
	'

	test_expect_success "$server: no key or a wrong key fails cleanly; the object stays as it was" '
		etag=$(s3 s3api head-object --bucket tfstate-enc --key "$state_key" --query ETag --output text) &&
		enc_stack t0450-$server 3 "$backend" &&
		test_expect_code 1 terrace apply -auto-approve -backend-config encryption_key_file= >out 2>err &&
		test_contains err "s3://tfstate-enc/$state_key is encrypted; set TERRACE_ENCRYPTION_KEY" &&
		test_expect_code 1 env TERRACE_ENCRYPTION_KEY=$KEY2 "$TERRACE" apply -auto-approve >out 2>err &&
		test_contains err "s3://tfstate-enc/$state_key: cannot decrypt: wrong key or damaged file" &&
		test_equal "$etag" "$(s3 s3api head-object --bucket tfstate-enc --key "$state_key" --query ETag --output text)" &&
		test_equal rev=2 "$(rev t0450-$server-default-vault)" &&
		test_expect_code 255 s3 s3api head-object --bucket tfstate-enc --key "$state_key.lock" 2>/dev/null
	'

	test_expect_success "$server: a plain remote state is read with a key and re-written sealed, its history copy too" '
		enc_stack t0450-${server}p 1 "$backend" &&
		terrace apply -auto-approve -backend-config key=plain/state.json -backend-config encryption_key_file= >out 2>err &&
		s3 s3 cp s3://tfstate-enc/plain/state.json plain.json >/dev/null &&
		test_contains plain.json "$CANARY" &&
		bucket_keys tfstate-enc | grep "^plain/state.json.history/" >plain-history &&
		enc_stack t0450-${server}p 2 "$backend" &&
		terrace apply -auto-approve -backend-config key=plain/state.json >out 2>err &&
		test_contains out "1 changed" &&
		s3 s3 cp s3://tfstate-enc/plain/state.json sealed.json >/dev/null &&
		no_plaintext sealed.json &&
		bucket_keys tfstate-enc | grep "^plain/state.json.history/" | grep -vxF -f plain-history >new-history &&
		test "$(wc -l <new-history)" -ge 1 &&
		for k in $(cat new-history); do
			s3 s3 cp "s3://tfstate-enc/$k" h.json >/dev/null && no_plaintext h.json || return 1
		done &&
		terrace destroy -auto-approve -backend-config key=plain/state.json >out 2>err &&
		test_contains out "Destroy complete!" &&
		terrace destroy -auto-approve >out 2>err
	'
	unset TERRACE_BACKEND_ENDPOINT TERRACE_BACKEND_ACCESS_KEY TERRACE_BACKEND_SECRET_KEY
	cd "$TRASH" || return 1
}

s3_steps moto
s3_steps s3rver
test_done
