# tests/integration/permissions.sh: helpers of the tests of the IAM policy
# terrace plans (t0850-t0854), against moto with request authentication on
# (start_moto_auth): a restricted user whose only policy is a generated one.
#
#   deployer POLICY_FILE [ACTION]  the user "deployer" (made on first use, its
#                          key in deployer.key) has POLICY_FILE less ACTION as
#                          its only policy, plus iam:SimulatePrincipalPolicy on
#                          itself unless NO_SIMULATE is set
#   as_deployer ARGS...    terrace with the deployer's key
#   has_action POLICY_FILE ACTION RESOURCE   a statement allows ACTION on RESOURCE
#   lacks_action POLICY_FILE ACTION          no statement allows ACTION
#   lacks_action_on POLICY_FILE ACTION RESOURCE   none allows ACTION on RESOURCE
#   denied_where_planned ADDRESS ACTION ARN  without ACTION, the check and the apply
#                          fail at ADDRESS, and nowhere else
#   whole_policy_applies   with whole.json, the check passes, the apply completes
#                          and a refresh plans nothing
#   destroy_policy_destroys CREATE_ACTION    the destroy plan's policy (without
#                          CREATE_ACTION) destroys everything

# deployer POLICY_FILE [ACTION_TO_TAKE_OUT]: the user "deployer" (made on
# first use, with an access key in deployer.key) has POLICY_FILE as its only
# policy, less ACTION_TO_TAKE_OUT, plus iam:SimulatePrincipalPolicy on itself
# unless NO_SIMULATE is set. Sent with the test user's (allow-everything) key.
deployer () {
	servers_py - "$MOTO_AUTH_ENDPOINT" "$MOTO_AUTH_ACCESS_KEY" "$MOTO_AUTH_SECRET_KEY" \
		"$1" "${2:-}" "${NO_SIMULATE:-}" <<-'EOF'
	import json, os, sys
	import botocore.session
	endpoint, access, secret, path, out, no_simulate = sys.argv[1:]
	iam = botocore.session.get_session().create_client(
	    "iam", region_name="us-east-1", endpoint_url=endpoint,
	    aws_access_key_id=access, aws_secret_access_key=secret)
	policy = json.load(open(path))
	kept = []
	for st in policy["Statement"]:
	    acts = [a for a in ([st["Action"]] if isinstance(st["Action"], str) else st["Action"]) if a != out]
	    if acts:
	        kept.append(dict(st, Action=acts))
	if out and len(kept) == len(policy["Statement"]) and sum(len(s["Action"]) for s in kept) == \
	        sum(1 if isinstance(s["Action"], str) else len(s["Action"]) for s in policy["Statement"]):
	    sys.exit("the policy has no action " + out)
	if not no_simulate:
	    kept.append({"Effect": "Allow", "Action": "iam:SimulatePrincipalPolicy",
	                 "Resource": "arn:aws:iam::123456789012:user/deployer"})
	if not os.path.exists("deployer.key"):
	    iam.create_user(UserName="deployer")
	    key = iam.create_access_key(UserName="deployer")["AccessKey"]
	    open("deployer.key", "w").write(key["AccessKeyId"] + " " + key["SecretAccessKey"] + "\n")
	iam.put_user_policy(UserName="deployer", PolicyName="deploy",
	                    PolicyDocument=json.dumps(dict(policy, Statement=kept)))
	EOF
}

# as_deployer ARGS...: terrace with the deployer's key.
as_deployer () {
	local key
	key=$(cat deployer.key) &&
	TERRACE_VAR_access_key=${key% *} TERRACE_VAR_secret_key=${key#* } terrace "$@"
}

# has_action POLICY_FILE ACTION [RESOURCE]: a statement allows ACTION on
# RESOURCE; lacks_action POLICY_FILE ACTION: none allows ACTION.
lacks_action () {
	python3 - "$@" <<-'EOF'
	import json, sys
	path, action = sys.argv[1:]
	for st in json.load(open(path))["Statement"]:
	    if action in ([st["Action"]] if isinstance(st["Action"], str) else st["Action"]):
	        sys.exit("%s allows %s" % (path, action))
	EOF
}

# has_action exits 3 when no statement allows ACTION on RESOURCE (the
# resource written so, not one it matches), 1 when the file cannot be read.
has_action () {
	python3 - "$@" <<-'EOF'
	import json, sys
	path, action, resource = sys.argv[1:]
	for st in json.load(open(path))["Statement"]:
	    acts = [st["Action"]] if isinstance(st["Action"], str) else st["Action"]
	    res = [st["Resource"]] if isinstance(st["Resource"], str) else st["Resource"]
	    if action in acts and resource in res:
	        sys.exit(0)
	print("%s: no statement allows %s on %s" % (path, action, resource), file=sys.stderr)
	sys.exit(3)
	EOF
}

# lacks_action_on POLICY_FILE ACTION RESOURCE: no statement allows ACTION on
# RESOURCE.
lacks_action_on () {
	local rc
	has_action "$@" 2>/dev/null
	rc=$?
	test "$rc" = 3 || {
		echo "$1 allows $2 on $3 (or cannot be read: exit $rc)" >&2
		return 1
	}
}

# denied_where_planned ADDRESS ACTION ARN: with whole.json less ACTION,
# `plan -check-permissions` names ADDRESS, ACTION and ARN in one denial, and
# the apply fails there and nowhere else.
denied_where_planned () {
	deployer whole.json "$2" &&
	test_expect_code 1 as_deployer plan -check-permissions >out 2>err &&
	test_line err "Error: $1: $2 on $3 is denied (implicitDeny)" &&
	test_equal 1 "$(grep -c "is denied" err)" &&
	test_expect_code 1 as_deployer apply -auto-approve >apply.out 2>apply.err &&
	test_contains apply.err "Error: $1: " &&
	test_contains apply.err "is not authorized to perform: $2" &&
	test_equal 1 "$(grep -c "^Error:" apply.err)"
}

# whole_policy_applies: with whole.json as the deployer's only policy the
# permissions check passes, the apply completes and a refresh plans nothing.
whole_policy_applies () {
	deployer whole.json &&
	as_deployer plan -check-permissions >out 2>err &&
	test_contains out "Permissions check: the caller may make every call this plan needs of provider aws" &&
	as_deployer apply -auto-approve >apply.out 2>apply.err &&
	test_contains apply.out "Apply complete!" &&
	test_expect_code 0 as_deployer plan -detailed-exitcode >plan.out 2>plan.err &&
	test_line plan.out "No changes. Your infrastructure matches the configuration."
}

# destroy_policy_destroys CREATE_ACTION: the destroy plan's policy, which
# lacks CREATE_ACTION, is enough to destroy everything the state holds.
destroy_policy_destroys () {
	terrace plan -destroy -policy >destroy.out 2>destroy.err &&
	sed -n "/^{/,/^}/p" destroy.out >destroy.json &&
	lacks_action destroy.json "$1" &&
	deployer destroy.json &&
	as_deployer destroy -auto-approve >d.out 2>d.err &&
	test_contains d.out "Destroy complete!" &&
	test_equal "{}" "$(python3 -c "import json; print(json.dumps(json.load(open(\"terrace.state.json\"))[\"resources\"]))")"
}
