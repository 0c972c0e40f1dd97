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
# ones were lost); login_profile switched off then on makes a new password;
# a secret of the same name that is not terrace's is refused; a user made
# outside terrace is imported; an interrupted create is adopted without a
# second key; destroy leaves no user, group, key, profile or secret. No
# password or secret key is in anything terrace wrote: state, plan files,
# output, debug log.
. "$(dirname "$0")/lib.sh"

start_moto_auth || test_fail_setup "moto with authentication did not start"
use_server moto_auth
ACCOUNT=123456789012
export TERRACE_LOG=debug

# The stack, from these settings (steps change some of them).
attendees='[alice, bob]'
group_path=/labs/
user_groups='["${attendees.name}"]'
user_policies='["${lab_read.arn}"]'
user_path=/attendees/
secret_prefix=lab
login=true
extra=

users_stack () {
	write_stack stack.yaml "  attendees: {type: list, default: $attendees}"
	cat >>stack.yaml <<-YAML
	resources:
	  lab_read:
	    type: aws.iam.policy
	    name: lab-read
	    policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Action: ["s3:ListAllMyBuckets"], Resource: "*"}]}
	  see_self:
	    type: aws.iam.policy
	    name: lab-see-self
	    policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Action: ["sts:GetCallerIdentity"], Resource: "*"}]}
	  attendees:
	    type: aws.iam.group
	    name: lab-attendees
	    path: $group_path
	    policy_arns: ["\${see_self.arn}"]
	    policy:
	      Version: "2012-10-17"
	      Statement:
	        - {Effect: Allow, Action: ["iam:GetUser"], Resource: "*"}
	  mentors:
	    type: aws.iam.group
	    name: lab-mentors
	  user:
	    type: aws.iam.user
	    for_each: \${var.attendees}
	    name: lab-\${each.key}
	    path: $user_path
	    groups: $user_groups
	    policy_arns: $user_policies
	    tags: {lab: pipelines, attendee: "\${each.key}"}
	    login_profile: $login
	    access_key: true
	    credentials_secret: $secret_prefix/\${each.key}
	$extra
	YAML
}

# snapshot: everything IAM and Secrets Manager hold about the lab, from one
# botocore process, into snap.json; every password and secret key seen goes
# to secrets.txt (for no_secret). as_user NAME: what the key in NAME's
# secret can do, into who.json.
botocore () {
	"$SERVERS_PYTHON" - "$TEST_ENDPOINT" "$TEST_ACCESS_KEY" "$TEST_SECRET_KEY" "$@" 3<&0 <<-'EOF'
	import json, os, sys
	import botocore.session
	endpoint, key, secret = sys.argv[1:4]
	args = sys.argv[4:]
	session = botocore.session.get_session()
	def c(service, key=key, secret=secret):
	    return session.create_client(service, region_name="us-east-1", endpoint_url=endpoint,
	                                 aws_access_key_id=key, aws_secret_access_key=secret)
	exec(os.fdopen(3).read())
	EOF
}

snapshot () {
	botocore <<-\EOF
	iam, sm = c("iam"), c("secretsmanager")
	snap = {"users": {}, "groups": {}, "secrets": {}}
	for u in iam.list_users()["Users"]:
	    n = u["UserName"]
	    if n == "terrace-test":
	        continue
	    try:
	        login = iam.get_login_profile(UserName=n)["LoginProfile"]["PasswordResetRequired"]
	    except iam.exceptions.NoSuchEntityException:
	        login = None
	    snap["users"][n] = {
	        "path": u["Path"], "arn": u["Arn"], "login": login,
	        "groups": sorted(g["GroupName"] for g in iam.list_groups_for_user(UserName=n)["Groups"]),
	        "policies": sorted(p["PolicyArn"] for p in iam.list_attached_user_policies(UserName=n)["AttachedPolicies"]),
	        "tags": {t["Key"]: t["Value"] for t in iam.list_user_tags(UserName=n)["Tags"]},
	        "keys": sorted(k["AccessKeyId"] for k in iam.list_access_keys(UserName=n)["AccessKeyMetadata"]),
	    }
	for g in iam.list_groups()["Groups"]:
	    n = g["GroupName"]
	    snap["groups"][n] = {
	        "path": g["Path"], "arn": g["Arn"],
	        "members": sorted(u["UserName"] for u in iam.get_group(GroupName=n)["Users"]),
	        "policies": sorted(p["PolicyArn"] for p in iam.list_attached_group_policies(GroupName=n)["AttachedPolicies"]),
	        "inline": sorted(iam.list_group_policies(GroupName=n)["PolicyNames"]),
	    }
	seen = open("secrets.txt", "a")
	for s in sm.list_secrets()["SecretList"]:
	    v = sm.get_secret_value(SecretId=s["ARN"])
	    value = json.loads(v["SecretString"])
	    snap["secrets"][s["Name"]] = {"arn": s["ARN"], "value": value, "version": v["VersionId"],
	                                  "tags": {t["Key"]: t["Value"] for t in s.get("Tags", [])}}
	    for k in ("password", "secret_access_key"):
	        if isinstance(value, dict) and value.get(k):
	            seen.write(value[k] + "\n")
	json.dump(snap, open("snap.json", "w"), indent=1, sort_keys=True)
	EOF
}

as_user () {
	botocore "$1" <<-\EOF
	from botocore.exceptions import ClientError
	creds = json.loads(c("secretsmanager").get_secret_value(SecretId=args[0])["SecretString"])
	mine = lambda service: c(service, creds["access_key_id"], creds["secret_access_key"])
	who = {"sts": mine("sts").get_caller_identity()["Arn"],
	       "iam": mine("iam").get_user()["User"]["Arn"]}
	try:
	    mine("s3").list_buckets()
	    who["s3"] = "allowed"
	except ClientError as e:
	    who["s3"] = e.response["Error"]["Code"]
	try:
	    mine("iam").list_users()
	    who["list_users"] = "allowed"
	except ClientError as e:
	    who["list_users"] = e.response["Error"]["Code"]
	json.dump(who, open("who.json", "w"), sort_keys=True)
	EOF
}

# q EXPR: EXPR over the last snapshot (d).
q () {
	json_get snap.json "$1"
}

# no_secret FILE...: none of the files holds a password or secret key seen.
no_secret () {
	local f
	test -s secrets.txt || return 1
	for f in "$@"; do
		test -f "$f" || continue
		if grep -qF -f secrets.txt "$f"; then
			say_fail "$f holds a generated password or secret key"
			return 1
		fi
	done
}

apply_clean () {
	terrace apply -auto-approve >out 2>err &&
	test_expect_code 0 terrace plan -detailed-exitcode >plan2 2>err2 &&
	no_secret out err plan2 err2 terrace.state.json
}

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
	test_contains err "resource nosecret: login_profile and access_key make a password and a secret key that the state cannot keep: set credentials_secret" &&
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
	"$SERVERS_PYTHON" - <<-\EOF &&
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
