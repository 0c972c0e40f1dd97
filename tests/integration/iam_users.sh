# tests/integration/iam_users.sh: the lab stack of aws.iam.group and
# aws.iam.user that t0500 and t0501 apply against moto with authentication
# on, and what they read back with botocore. Sourced after lib.sh; starts
# that moto (a failed start ends the file) and sets ACCOUNT and
# TERRACE_LOG=debug.

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
	python3 - "$TEST_ENDPOINT" "$TEST_ACCESS_KEY" "$TEST_SECRET_KEY" "$@" 3<&0 <<-'EOF'
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
