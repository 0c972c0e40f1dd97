#!/usr/bin/env bash
# t0500-iam-users: aws.iam.group and aws.iam.user (attendee accounts) against
# moto with request authentication on, so the generated access keys are
# checked like AWS would: signature and permissions. A group with a managed
# and an inline policy and two users in it (for_each) with login profiles
# and access keys are created; the users' credentials secrets hold the five
# documented keys, a password that meets IAM's default policy and must be
# changed at first sign-in, and a key that signs requests as the user and
# gets exactly the group's permissions. A second plan has nothing to do;
# groups, policies and paths update in place without new credentials;
# memberships, attachments, tags, keys and secrets changed outside terrace
# show in the plan and are put back (new credentials only where the old
# ones were lost); an update converges from what IAM holds, not from the
# state (apply -refresh=false detaches a group's policy and adds a user back
# to a group the CLI changed). No password or secret key is in what terrace
# wrote.
# t0501 goes on from the stack as these steps leave it. The stack and the
# botocore helpers: tests/integration/iam_users.sh.
. "$(dirname "$0")/../../lib.sh"
. "$TEST_DIR/iam_users.sh"

test_expect_success 'create: policies, groups, then two users with logins and keys' '
	users_stack &&
	terrace plan -out lab.plan >plan.out 2>plan.err &&
	test_match plan.out "^ *# user\[\"alice\"\] will be created$" &&
	test_match plan.out "\+ access_key_id *= \(known after apply\)" &&
	test_line plan.out "Plan: 6 to add, 0 to change, 0 to destroy." &&
	terrace apply lab.plan >out 2>err &&
	test_line out "Apply complete! Resources: 6 added, 0 changed, 0 destroyed." &&
	test_match out "^user\[\"bob\"\]: Creation complete after [0-9]+s \[id=lab-bob\]$" &&
	test_contains err "iam CreateAccessKey" &&
	snapshot &&
	no_secret plan.out plan.err out err lab.plan terrace.state.json
'

test_expect_success 'the users are in the group, with the policy, tags, login profile and one key' '
	test_equal "[\"lab-attendees\"]" "$(q "d[\"users\"][\"lab-alice\"][\"groups\"]")" &&
	test_equal "[\"arn:aws:iam::$ACCOUNT:policy/lab-read\"]" \
		"$(q "d[\"users\"][\"lab-bob\"][\"policies\"]")" &&
	test_equal /attendees/ "$(q "d[\"users\"][\"lab-bob\"][\"path\"]")" &&
	test_equal "{\"attendee\": \"bob\", \"lab\": \"pipelines\", \"terrace:stack\": \"$TEST_NAME\", \"terrace:workspace\": \"default\"}" \
		"$(q "d[\"users\"][\"lab-bob\"][\"tags\"]")" &&
	test_equal true "$(q "d[\"users\"][\"lab-alice\"][\"login\"]")" &&
	test_equal 1 "$(q "len(d[\"users\"][\"lab-alice\"][\"keys\"])")" &&
	test_equal "[\"lab-alice\", \"lab-bob\"]" "$(q "d[\"groups\"][\"lab-attendees\"][\"members\"]")" &&
	test_equal "[\"terrace\"]" "$(q "d[\"groups\"][\"lab-attendees\"][\"inline\"]")" &&
	test_equal "[\"arn:aws:iam::$ACCOUNT:policy/lab-see-self\"]" \
		"$(q "d[\"groups\"][\"lab-attendees\"][\"policies\"]")" &&
	test_equal "arn:aws:iam::$ACCOUNT:group/labs/lab-attendees" \
		"$(q "d[\"groups\"][\"lab-attendees\"][\"arn\"]")"
'

test_expect_success 'each credentials secret holds the five keys; the password meets the policy' '
	test_equal "[\"access_key_id\", \"password\", \"secret_access_key\", \"sign_in_url\", \"user\"]" \
		"$(q "sorted(d[\"secrets\"][\"lab/alice\"][\"value\"])")" &&
	test_equal lab-alice "$(q "d[\"secrets\"][\"lab/alice\"][\"value\"][\"user\"]")" &&
	test_equal "https://$ACCOUNT.signin.aws.amazon.com/console" \
		"$(q "d[\"secrets\"][\"lab/bob\"][\"value\"][\"sign_in_url\"]")" &&
	test_equal "$(q "d[\"users\"][\"lab-bob\"][\"keys\"][0]")" \
		"$(q "d[\"secrets\"][\"lab/bob\"][\"value\"][\"access_key_id\"]")" &&
	test_equal true "$(q "all(len(p) >= 20 and any(c.isupper() for c in p) and any(c.islower() for c in p)
		and any(c.isdigit() for c in p) and any(not c.isalnum() for c in p)
		for p in [d[\"secrets\"][s][\"value\"][\"password\"] for s in (\"lab/alice\", \"lab/bob\")])")" &&
	test_equal false "$(q "d[\"secrets\"][\"lab/alice\"][\"value\"][\"password\"] == d[\"secrets\"][\"lab/bob\"][\"value\"][\"password\"]")" &&
	test_equal lab-alice "$(q "d[\"secrets\"][\"lab/alice\"][\"tags\"][\"terrace:iam-user\"]")" &&
	test_equal "$TEST_NAME" "$(q "d[\"secrets\"][\"lab/alice\"][\"tags\"][\"terrace:stack\"]")" &&
	terrace show -json >show.json 2>err &&
	test_contains show.json "\"access_key_id\": \"$(q "d[\"users\"][\"lab-alice\"][\"keys\"][0]")\"" &&
	test_contains show.json "\"credentials_secret_arn\": \"$(q "d[\"secrets\"][\"lab/alice\"][\"arn\"]")\"" &&
	test_contains show.json "\"sign_in_url\": \"https://$ACCOUNT.signin.aws.amazon.com/console\"" &&
	no_secret show.json
'

test_expect_success 'the key in the secret signs as the user and has the group'"'"'s permissions' '
	as_user lab/alice &&
	test_equal "arn:aws:iam::$ACCOUNT:user/attendees/lab-alice" "$(json_get who.json "d[\"sts\"]")" &&
	test_equal "arn:aws:iam::$ACCOUNT:user/attendees/lab-alice" "$(json_get who.json "d[\"iam\"]")" &&
	test_equal allowed "$(json_get who.json "d[\"s3\"]")" &&
	test_equal AccessDenied "$(json_get who.json "d[\"list_users\"]")"
'

test_expect_success 'a second plan has nothing to do' '
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_contains out "No changes." &&
	no_secret out err
'

test_expect_success 'groups, policies and paths update in place; the credentials stay' '
	cp snap.json before.json &&
	user_groups="[\"\${mentors.name}\", \"\${attendees.name}\"]" &&
	user_policies="[]" &&
	group_path=/labs/2025/ &&
	user_path=/attendees/2025/ &&
	users_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "~ groups *= \[" &&
	test_line out "\"lab-mentors\"," &&
	test_match out "~ path *= \"/labs/\" -> \"/labs/2025/\"" &&
	test_match out "~ path *= \"/attendees/\" -> \"/attendees/2025/\"" &&
	test_not_contains out "forces replacement" &&
	test_line out "Plan: 0 to add, 3 to change, 0 to destroy." &&
	apply_clean &&
	snapshot &&
	test_equal "[\"lab-attendees\", \"lab-mentors\"]" "$(q "d[\"users\"][\"lab-bob\"][\"groups\"]")" &&
	test_equal "[]" "$(q "d[\"users\"][\"lab-bob\"][\"policies\"]")" &&
	test_equal /labs/2025/ "$(q "d[\"groups\"][\"lab-attendees\"][\"path\"]")" &&
	test_equal /attendees/2025/ "$(q "d[\"users\"][\"lab-bob\"][\"path\"]")" &&
	terrace show -json >show.json 2>err &&
	test_contains show.json "\"arn\": \"arn:aws:iam::$ACCOUNT:user/attendees/2025/lab-bob\"" &&
	test_contains show.json "\"arn\": \"arn:aws:iam::$ACCOUNT:group/labs/2025/lab-attendees\"" &&
	test_equal "$(json_get before.json "d[\"secrets\"]")" "$(q "d[\"secrets\"]")" &&
	test_equal "$(json_get before.json "d[\"users\"][\"lab-alice\"][\"keys\"]")" \
		"$(q "d[\"users\"][\"lab-alice\"][\"keys\"]")"
'

test_expect_success 'drift: membership, attachment and tags changed with the aws CLI show in the plan' '
	s3 iam remove-user-from-group --user-name lab-alice --group-name lab-mentors &&
	s3 iam attach-user-policy --user-name lab-alice --policy-arn arn:aws:iam::$ACCOUNT:policy/lab-read &&
	s3 iam tag-user --user-name lab-alice --tags Key=lab,Value=other &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "^ *# user\[\"alice\"\] will be updated in-place( \(.*\))?$" &&
	test_line out "\"lab-mentors\"," &&
	test_match out "~ policy_arns *= \[" &&
	test_match out "\"lab\" *= \"other\" -> \"pipelines\"" &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	apply_clean &&
	snapshot &&
	test_equal "[\"lab-attendees\", \"lab-mentors\"]" "$(q "d[\"users\"][\"lab-alice\"][\"groups\"]")" &&
	test_equal "[]" "$(q "d[\"users\"][\"lab-alice\"][\"policies\"]")" &&
	test_equal pipelines "$(q "d[\"users\"][\"lab-alice\"][\"tags\"][\"lab\"]")"
'

test_expect_success 'drift: a key deleted outside terrace is made again; the password stays' '
	cp snap.json before.json &&
	s3 iam delete-access-key --user-name lab-bob \
		--access-key-id "$(q "d[\"users\"][\"lab-bob\"][\"keys\"][0]")" &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "~ access_key *= false -> true" &&
	apply_clean &&
	snapshot &&
	test_equal 1 "$(q "len(d[\"users\"][\"lab-bob\"][\"keys\"])")" &&
	test_equal "$(q "d[\"users\"][\"lab-bob\"][\"keys\"][0]")" \
		"$(q "d[\"secrets\"][\"lab/bob\"][\"value\"][\"access_key_id\"]")" &&
	test "$(json_get before.json "d[\"users\"][\"lab-bob\"][\"keys\"][0]")" != \
		"$(q "d[\"users\"][\"lab-bob\"][\"keys\"][0]")" &&
	test_equal "$(json_get before.json "d[\"secrets\"][\"lab/bob\"][\"value\"][\"password\"]")" \
		"$(q "d[\"secrets\"][\"lab/bob\"][\"value\"][\"password\"]")" &&
	as_user lab/bob &&
	test_equal "arn:aws:iam::$ACCOUNT:user/attendees/2025/lab-bob" "$(json_get who.json "d[\"sts\"]")"
'

test_expect_success 'drift: a credentials secret deleted outside terrace plans new credentials' '
	s3 secretsmanager delete-secret --secret-id lab/alice --force-delete-without-recovery >/dev/null &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "credentials_secret *= .*\"lab/alice\"" &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	apply_clean &&
	snapshot &&
	test_equal "$(q "d[\"users\"][\"lab-alice\"][\"keys\"][0]")" \
		"$(q "d[\"secrets\"][\"lab/alice\"][\"value\"][\"access_key_id\"]")" &&
	test_equal 1 "$(q "len(d[\"users\"][\"lab-alice\"][\"keys\"])")" &&
	test_equal true "$(q "d[\"users\"][\"lab-alice\"][\"login\"]")" &&
	as_user lab/alice &&
	test_equal "arn:aws:iam::$ACCOUNT:user/attendees/2025/lab-alice" "$(json_get who.json "d[\"sts\"]")"
'

test_expect_success 'an update converges from what IAM holds, not from the state: apply -refresh=false puts back what the CLI changed' '
	s3 iam attach-group-policy --group-name lab-attendees --policy-arn arn:aws:iam::$ACCOUNT:policy/lab-read &&
	s3 iam remove-user-from-group --user-name lab-alice --group-name lab-mentors &&
	group_path=/labs/2026/ &&
	users_stack &&
	sed -i "s/tags: {lab: pipelines,/tags: {lab: workshops,/" stack.yaml &&
	terrace apply -refresh=false -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 3 changed, 0 destroyed." &&
	snapshot &&
	test_equal "[\"arn:aws:iam::$ACCOUNT:policy/lab-see-self\"]" "$(q "d[\"groups\"][\"lab-attendees\"][\"policies\"]")" &&
	test_equal /labs/2026/ "$(q "d[\"groups\"][\"lab-attendees\"][\"path\"]")" &&
	test_equal "[\"lab-attendees\", \"lab-mentors\"]" "$(q "d[\"users\"][\"lab-alice\"][\"groups\"]")" &&
	test_equal workshops "$(q "d[\"users\"][\"lab-alice\"][\"tags\"][\"lab\"]")" &&
	test_equal 1 "$(q "len(d[\"users\"][\"lab-alice\"][\"keys\"])")" &&
	test_equal "$(q "d[\"users\"][\"lab-alice\"][\"keys\"][0]")" \
		"$(q "d[\"secrets\"][\"lab/alice\"][\"value\"][\"access_key_id\"]")" &&
	test_expect_code 0 terrace plan -refresh=false -detailed-exitcode >out 2>err &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	no_secret out err terrace.state.json
'

test_done
