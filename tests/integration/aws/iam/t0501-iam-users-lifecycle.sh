#!/usr/bin/env bash
# t0501-iam-users-lifecycle: the attendee accounts of t0500 (aws.iam.group
# and aws.iam.user against moto with request authentication on), applied as
# t0500's steps leave them (paths /labs/2025/ and /attendees/2025/, the
# users in both groups, no policy of their own): login_profile switched off
# then on makes a new password; a login profile without credentials_secret
# is refused at plan time; a secret of the same name that is not terrace's
# is refused; an interrupted create is adopted without a second key; a user
# made outside terrace is imported; a renamed credentials_secret moves the
# credentials; destroy leaves no user, group, key, profile or secret. No
# password or secret key is in anything terrace wrote: state, plan files,
# output, debug log. The stack and the botocore helpers:
# tests/integration/iam_users.sh.
. "$(dirname "$0")/../../lib.sh"
. "$TEST_DIR/iam_users.sh"

# The stack as t0500's steps leave it, applied from a plan file, snapshot
# and show -json taken (the last step looks for secrets in these files too).
user_groups='["${mentors.name}", "${attendees.name}"]'
user_policies='[]'
group_path=/labs/2025/
user_path=/attendees/2025/
users_stack || test_fail_setup "cannot write the stack"
{ terrace plan -out lab.plan >plan.out 2>plan.err && terrace apply lab.plan >out 2>err; } ||
	{ tail -n 20 err plan.err | sed 's/^/# /'; test_fail_setup "the users did not apply"; }
snapshot || test_fail_setup "no snapshot of IAM and Secrets Manager"
terrace show -json >show.json 2>err || test_fail_setup "terrace show -json failed"

test_expect_success 'login_profile off removes the profile; on again makes a new password' '
	old=$(q "d[\"secrets\"][\"lab/bob\"][\"value\"][\"password\"]") &&
	login=false &&
	users_stack &&
	apply_clean &&
	snapshot &&
	test_equal null "$(q "d[\"users\"][\"lab-bob\"][\"login\"]")" &&
	test_equal null "$(q "d[\"secrets\"][\"lab/bob\"][\"value\"][\"password\"]")" &&
	login=true &&
	users_stack &&
	apply_clean &&
	snapshot &&
	test_equal true "$(q "d[\"users\"][\"lab-bob\"][\"login\"]")" &&
	new=$(q "d[\"secrets\"][\"lab/bob\"][\"value\"][\"password\"]") &&
	test -n "$new" && test "$new" != null && test "$new" != "$old"
'

test_expect_success 'a login profile without credentials_secret is refused at plan time' '
	extra="  nosecret:
    type: aws.iam.user
    name: lab-nosecret
    login_profile: true" &&
	users_stack &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "resource \"nosecret\" (aws.iam.user): login_profile and access_key make a password and a secret key that the state cannot keep: set credentials_secret" &&
	extra=
'

test_expect_success 'a secret of that name that is not terrace'"'"'s is refused, not overwritten' '
	s3 secretsmanager create-secret --name lab/carol --secret-string keep-me >/dev/null &&
	attendees="[alice, bob, carol]" &&
	users_stack &&
	test_expect_code 1 terrace apply -auto-approve >out 2>err &&
	test_contains err "secret lab/carol already exists and is not the credentials secret of user lab-carol (it lacks the tag terrace:iam-user=lab-carol)" &&
	test_equal keep-me "$(s3 secretsmanager get-secret-value --secret-id lab/carol --query SecretString --output text)" &&
	s3 secretsmanager delete-secret --secret-id lab/carol --force-delete-without-recovery >/dev/null &&
	apply_clean &&
	snapshot &&
	test_equal lab-carol "$(q "d[\"secrets\"][\"lab/carol\"][\"value\"][\"user\"]")"
'

test_expect_success 'an interrupted create is adopted: one key, a working secret' '
	python3 - <<-\EOF &&
	import json
	state = json.load(open("terrace.state.json"))
	r = state["resources"]["user[\"carol\"]"]
	r["status"] = "pending"
	del r["id"]
	json.dump(state, open("terrace.state.json", "w"), indent=2)
	EOF
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_contains out "an earlier apply was interrupted while creating it" &&
	apply_clean &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	snapshot &&
	test_equal 1 "$(q "len(d[\"users\"][\"lab-carol\"][\"keys\"])")" &&
	as_user lab/carol &&
	test_equal "arn:aws:iam::$ACCOUNT:user/attendees/2025/lab-carol" "$(json_get who.json "d[\"sts\"]")"
'

test_expect_success 'a user made outside terrace is imported; apply gives it credentials' '
	s3 iam create-user --user-name lab-dave --path /attendees/ >/dev/null &&
	s3 iam add-user-to-group --user-name lab-dave --group-name lab-attendees &&
	attendees="[alice, bob, carol, dave]" &&
	users_stack &&
	terrace import "user[\"dave\"]" lab-dave >out 2>err &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "^ *# user\[\"dave\"\] will be updated in-place" &&
	test_line out "\"lab-mentors\"," &&
	test_match out "~ login_profile *= false -> true" &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	apply_clean &&
	snapshot &&
	test_equal true "$(q "d[\"users\"][\"lab-dave\"][\"login\"]")" &&
	test_equal lab-dave "$(q "d[\"secrets\"][\"lab/dave\"][\"value\"][\"user\"]")"
'

test_expect_success 'a renamed credentials_secret: the credentials move, the old secret goes' '
	cp snap.json before.json &&
	secret_prefix=lab2025 &&
	users_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "~ credentials_secret *= \"lab/alice\" -> \"lab2025/alice\"" &&
	test_line out "Plan: 0 to add, 4 to change, 0 to destroy." &&
	apply_clean &&
	snapshot &&
	test_equal "[\"lab2025/alice\", \"lab2025/bob\", \"lab2025/carol\", \"lab2025/dave\"]" \
		"$(q "sorted(d[\"secrets\"])")" &&
	test_equal "$(json_get before.json "d[\"secrets\"][\"lab/alice\"][\"value\"]")" \
		"$(q "d[\"secrets\"][\"lab2025/alice\"][\"value\"]")" &&
	test_equal "$(json_get before.json "d[\"users\"]")" "$(q "d[\"users\"]")"
'

test_expect_success 'destroy leaves no user, group, key, profile or secret' '
	terrace destroy -auto-approve >out 2>err &&
	test_match out "^Destroy complete! Resources: 8 destroyed\.$" &&
	snapshot &&
	test_equal "{\"groups\": {}, \"secrets\": {}, \"users\": {}}" "$(q "d")" &&
	test_equal "" "$(s3 iam list-policies --scope Local --output text --query "Policies[].Arn")" &&
	no_secret out err terrace.state.json
'

test_expect_success 'no password or secret key is in any file terrace wrote' '
	test "$(sort -u secrets.txt | wc -l)" -ge 8 &&
	no_secret terrace.state.json terrace.state.json.backup lab.plan plan.out plan.err \
		show.json out err plan2 err2
'

test_done
