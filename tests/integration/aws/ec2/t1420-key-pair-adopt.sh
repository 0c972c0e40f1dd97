#!/usr/bin/env bash
# t1420-key-pair-adopt: aws.ec2.key_pair's one adopt policy (by name and
# tags, with a refusal of another public key), driven end to end. Each
# import's answer is lost once (tests/servers/fault_proxy.py drops the
# connection after moto made it), so the resend meets
# InvalidKeyPair.Duplicate and an attempt of this create may have made the
# key pair found: it is adopted only when it carries this stack's tags and
# this public key. A key pair of that name with this stack's tags and
# another public key is refused, naming why; one with another stack's tags
# is refused as that stack's; this create's own is adopted, its tags made
# the stack's, and a second plan has no change.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

ec2 () { s3 ec2 "$@"; }
ssh-keygen -q -t ed25519 -N "" -C ours -f ours || test_fail_setup "ssh-keygen failed"
ssh-keygen -q -t ed25519 -N "" -C other -f other || test_fail_setup "ssh-keygen failed"

key_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  key:
	    type: aws.ec2.key_pair
	    key_name: $1
	    public_key: \${file("ours.pub")}
	    tags: {case: $1}
	YAML
}

# apply_losing_import NAME: the stack's apply, the first answer to its
# ImportKeyPair lost.
apply_losing_import () {
	start_fault_proxy TERRACE_VAR_endpoint "$1" --match "ImportKeyPair\$" --fault drop_after \
		--count 1 &&
	terrace apply -auto-approve >"$1.out" 2>"$1.err"
	local rc=$?
	stop_fault_proxy TERRACE_VAR_endpoint
	return $rc
}

test_expect_success 'a lost ImportKeyPair answer: the key pair the first attempt made is adopted' '
	key_stack lost-key &&
	apply_losing_import lost-key &&
	test_match lost-key.log "drop_after" &&
	test_line lost-key.out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	test "$(ec2 describe-key-pairs --key-names lost-key --query "KeyPairs[0].Tags[?Key==\`case\`].Value | [0]" --output text)" = lost-key &&
	terrace plan -detailed-exitcode >lost-key.plan 2>&1 &&
	terrace destroy -auto-approve >lost-key.destroy 2>&1
'

test_expect_success 'a key pair of that name with this stack'"'"'s tags and another public key is refused' '
	rm -f terrace.state.json* &&
	ec2 import-key-pair --key-name other-key --public-key-material fileb://other.pub \
		--tag-specifications "ResourceType=key-pair,Tags=[{Key=terrace:stack,Value=$TEST_NAME},{Key=terrace:workspace,Value=default}]" >/dev/null &&
	key_stack other-key &&
	test_expect_code 1 apply_losing_import other-key &&
	test_match other-key.log "drop_after" &&
	test_contains other-key.err "key pair other-key already exists and no attempt of this create made it (it holds another public key): import it or choose another key_name" &&
	test "$(terrace state list | wc -l)" = 0 &&
	test "$(ec2 describe-key-pairs --key-names other-key --query "length(KeyPairs[0].Tags[?Key==\`case\`])" --output text)" = 0
'

test_expect_success 'a key pair of that name with another stack'"'"'s tags and this public key is refused' '
	rm -f terrace.state.json* &&
	ec2 import-key-pair --key-name their-key --public-key-material fileb://ours.pub \
		--tag-specifications "ResourceType=key-pair,Tags=[{Key=terrace:stack,Value=other},{Key=terrace:workspace,Value=default}]" >/dev/null &&
	key_stack their-key &&
	test_expect_code 1 apply_losing_import their-key &&
	test_contains their-key.err "key pair their-key already exists and is stack \"other\"" &&
	test "$(terrace state list | wc -l)" = 0
'

test_done
