#!/usr/bin/env bash
# t0200-iam: aws.iam.role and aws.iam.policy against moto. A role with an
# inline policy, managed policies (one by ${pol.arn}) and tags is created
# after its policy; a second plan has nothing to do; each family of role
# attributes updates in place; path and name force replacement; changes made
# with the aws CLI show in the plan; six successive policy documents leave at
# most five versions with the newest as default; a role or policy that exists
# outside the state is refused; destroy leaves nothing behind, and refuses a
# policy that something outside the stack still uses. A create interrupted
# after IAM made the role or policy adopts it on the next apply. An update
# converges from what IAM holds, not from the state: apply -refresh=false
# removes an inline policy and puts back a default policy version the CLI
# changed.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

ACCOUNT=123456789012
POL_ARN=arn:aws:iam::$ACCOUNT:policy/lake-read
EXTRA_ARN=arn:aws:iam::$ACCOUNT:policy/data/lake-write

iam () {
	s3 iam "$@"
}

# Everything IAM holds about roles and customer managed policies, from one
# aws CLI call (it URL-decodes the documents), saved in iam.json for iam_q.
iam_snapshot () {
	iam get-account-authorization-details --filter Role LocalManagedPolicy \
		--output json >iam.json
}

# iam_q EXPR: EXPR evaluated over the last snapshot; a list of strings prints
# one item a line. role(NAME) and policy(ARN) are the raw records; roles(),
# policies() every name / ARN; inline(ROLE), managed(ROLE), tags(ROLE) the
# role's inline policy names, attached ARNs and "key=value" tags, sorted;
# inline_doc(ROLE, NAME), trust(ROLE) documents; versions(ARN) version ids
# oldest first, default(ARN) the default version id, default_doc(ARN).
iam_q () {
	python3 - "$1" <<-'EOF'
	import json, sys
	d = json.load(open("iam.json"))
	def role(n): return next(r for r in d["RoleDetailList"] if r["RoleName"] == n)
	def policy(a): return next(p for p in d["Policies"] if p["Arn"] == a)
	def roles(): return sorted(r["RoleName"] for r in d["RoleDetailList"])
	def policies(): return sorted(p["Arn"] for p in d["Policies"])
	def inline(n): return sorted(p["PolicyName"] for p in role(n)["RolePolicyList"])
	def inline_doc(n, name):
	    return next(p["PolicyDocument"] for p in role(n)["RolePolicyList"] if p["PolicyName"] == name)
	def trust(n): return role(n)["AssumeRolePolicyDocument"]
	def managed(n): return sorted(p["PolicyArn"] for p in role(n)["AttachedManagedPolicies"])
	def tags(n): return sorted(t["Key"] + "=" + t["Value"] for t in role(n).get("Tags", []))
	def versions(a):
	    return sorted((v["VersionId"] for v in policy(a)["PolicyVersionList"]), key=lambda v: int(v[1:]))
	def default(a): return policy(a)["DefaultVersionId"]
	def default_doc(a):
	    return next(v["Document"] for v in policy(a)["PolicyVersionList"] if v["IsDefaultVersion"])
	v = eval(sys.argv[1])
	if isinstance(v, list) and all(isinstance(x, str) for x in v):
	    print("\n".join(v))
	elif isinstance(v, str):
	    print(v)
	else:
	    print(json.dumps(v, sort_keys=True))
	EOF
}

# policy_tags ARN: the policy's tags as sorted "key=value" lines.
policy_tags () {
	iam list-policy-tags --policy-arn "$1" --output text --query "Tags[].[Key,Value]" |
		awk -F'\t' '{print $1 "=" $2}' | sort
}

# The stack, from these settings (each step changes some of them).
role_name=etl-runner
role_path=/
role_description="runs the nightly etl"
max_session=3600
trust_service=glue.amazonaws.com
inline_policies='      logs:
        Version: "2012-10-17"
        Statement:
          - {Effect: Allow, Action: "logs:*", Resource: "*"}'
managed_arns='      - "${pol.arn}"'
role_tags='      env: dev
      owner: lake-team'
pol_action=s3:GetObject
pol_description="read the lake"
pol_tags='      team: data'

iam_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  pol:
	    type: aws.iam.policy
	    name: lake-read
	    description: $pol_description
	    policy:
	      Version: "2012-10-17"
	      Statement:
	        - Effect: Allow
	          Action: ["$pol_action"]
	          Resource: "*"
	    tags:
	$pol_tags
	  extra:
	    type: aws.iam.policy
	    name: lake-write
	    path: /data/
	    policy: '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:PutObject", "Resource": "*"}]}'
	  etl:
	    type: aws.iam.role
	    name: $role_name
	    path: $role_path
	    description: $role_description
	    max_session_duration: $max_session
	    assume_role_policy:
	      Version: "2012-10-17"
	      Statement:
	        - Effect: Allow
	          Principal: {Service: $trust_service}
	          Action: sts:AssumeRole
	    inline_policies:
	$inline_policies
	    managed_policy_arns:
	$managed_arns
	    tags:
	$role_tags
	YAML
}

# apply, then check that a second plan has nothing to do.
apply_clean () {
	terrace apply -auto-approve >out 2>err &&
	test_expect_code 0 terrace plan -detailed-exitcode >plan2 2>err2
}

test_expect_success 'create: the policies come before the role that uses one' '
	iam_stack &&
	TERRACE_LOG=debug terrace apply -auto-approve >out 2>create.err &&
	test_line out "Apply complete! Resources: 3 added, 0 changed, 0 destroyed." &&
	test_match out "^pol: Creation complete after [0-9]+s \[id=$POL_ARN\]$" &&
	test_match out "^etl: Creation complete after [0-9]+s \[id=etl-runner\]$" &&
	pol_done=$(grep -n "^pol: Creation complete" out | cut -d: -f1) &&
	etl_start=$(grep -n "^etl: Creating" out | cut -d: -f1) &&
	test "$pol_done" -lt "$etl_start"
'

test_expect_success 'create: the role has its trust policy, policies and tags' '
	iam_snapshot &&
	test_equal glue.amazonaws.com \
		"$(iam_q "trust(\"etl-runner\")[\"Statement\"][0][\"Principal\"][\"Service\"]")" &&
	test_equal logs "$(iam_q "inline(\"etl-runner\")")" &&
	test_equal "$POL_ARN" "$(iam_q "managed(\"etl-runner\")")" &&
	iam_q "tags(\"etl-runner\")" >tags &&
	{ printf "%s\n" env=dev owner=lake-team && stack_tags; } >expect &&
	test_cmp expect tags &&
	test_equal "read the lake" "$(iam_q "policy(\"$POL_ARN\")[\"Description\"]")" &&
	test_equal v1 "$(iam_q "default(\"$POL_ARN\")")" &&
	iam get-role --role-name etl-runner --output text \
		--query "Role.[Description,MaxSessionDuration]" >role.txt &&
	printf "runs the nightly etl\t3600\n" >expect &&
	test_cmp expect role.txt &&
	policy_tags "$POL_ARN" >tags &&
	{ echo team=data && stack_tags; } >expect &&
	test_cmp expect tags
'

# What a create stores is the object read back, as an update's is (the
# converge both end in): the create step's debug log shows the role read
# (GetRole, its inline and attached policies) and the policy read (GetPolicy,
# its default version) after their creates, and nothing else read them
# (the plan of a stack with no state reads nothing).
test_expect_success 'a create ends in its read back: the role and the policy are read after they are made' '
	for call in CreateRole GetRole ListRolePolicies ListAttachedRolePolicies CreatePolicy GetPolicy GetPolicyVersion
	do
		test_match create.err "^\[debug\] iam $call POST: HTTP 200 in [0-9]+ ms" || return 1
	done &&
	made=$(grep -n "^\[debug\] iam CreateRole POST: HTTP 200" create.err | head -1 | cut -d: -f1) &&
	read=$(grep -n "^\[debug\] iam GetRole POST: HTTP 200" create.err | head -1 | cut -d: -f1) &&
	test "$made" -lt "$read" &&
	made=$(grep -n "^\[debug\] iam CreatePolicy POST: HTTP 200" create.err | head -1 | cut -d: -f1) &&
	read=$(grep -n "^\[debug\] iam GetPolicy POST: HTTP 200" create.err | head -1 | cut -d: -f1) &&
	test "$made" -lt "$read"
'

test_expect_success 'the state has the computed attributes' '
	terrace show -json >show.json 2>err &&
	test_contains show.json "\"arn\": \"arn:aws:iam::$ACCOUNT:role/etl-runner\"" &&
	test_contains show.json "\"unique_id\": \"$(iam_q "role(\"etl-runner\")[\"RoleId\"]")\"" &&
	test_match show.json "\"policy_id\": \"[A-Z0-9]{16,}\"" &&
	test_contains show.json "\"default_version_id\": \"v1\""
'

test_expect_success 'a second plan has nothing to do' '
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_contains out "No changes."
'

test_expect_success 'a new trust policy is an in-place update' '
	trust_service=lambda.amazonaws.com &&
	iam_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# etl will be updated in-place" &&
	test_match out "~ assume_role_policy = \\{" &&
	test_line out "\"Service\" = \"lambda.amazonaws.com\"" &&
	test_not_contains out "forces replacement" &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	apply_clean &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	iam_snapshot &&
	test_equal lambda.amazonaws.com \
		"$(iam_q "trust(\"etl-runner\")[\"Statement\"][0][\"Principal\"][\"Service\"]")"
'

test_expect_success 'an inline policy added' '
	inline_policies="$inline_policies
      s3-scratch:
        Version: \"2012-10-17\"
        Statement:
          - {Effect: Allow, Action: \"s3:*\", Resource: \"arn:aws:s3:::scratch/*\"}" &&
	iam_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "\\+ \"s3-scratch\" *= \\{" &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	apply_clean &&
	iam_snapshot &&
	iam_q "inline(\"etl-runner\")" >names &&
	printf "%s\n" logs s3-scratch >expect &&
	test_cmp expect names
'

test_expect_success 'an inline policy removed' '
	inline_policies="      s3-scratch:
        Version: \"2012-10-17\"
        Statement:
          - {Effect: Allow, Action: \"s3:*\", Resource: \"arn:aws:s3:::scratch/*\"}" &&
	iam_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "- \"logs\" *= \\{" &&
	apply_clean &&
	iam_snapshot &&
	test_equal s3-scratch "$(iam_q "inline(\"etl-runner\")")"
'

test_expect_success 'a managed policy attached; the list is a set, in any order' '
	managed_arns="      - \"\${pol.arn}\"
      - \"\${extra.arn}\"" &&
	iam_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "~ managed_policy_arns" &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	apply_clean &&
	iam_snapshot &&
	iam_q "managed(\"etl-runner\")" >arns &&
	printf "%s\n" "$EXTRA_ARN" "$POL_ARN" >expect &&
	test_cmp expect arns
'

test_expect_success 'a managed policy detached' '
	managed_arns="      - \"\${extra.arn}\"" &&
	iam_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	apply_clean &&
	iam_snapshot &&
	test_equal "$EXTRA_ARN" "$(iam_q "managed(\"etl-runner\")")"
'

test_expect_success 'tags changed, added and removed' '
	role_tags="      env: prod
      cost-center: \"42\"" &&
	iam_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "\"env\" *= \"dev\" -> \"prod\"" &&
	test_match out "- \"owner\" *= \"lake-team\"" &&
	test_match out "\\+ \"cost-center\" *= \"42\"" &&
	apply_clean &&
	iam_snapshot &&
	iam_q "tags(\"etl-runner\")" >tags &&
	{ printf "%s\n" cost-center=42 env=prod && stack_tags; } >expect &&
	test_cmp expect tags
'

test_expect_success 'description and max session duration update in place' '
	role_description="runs the hourly etl" &&
	max_session=7200 &&
	iam_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "~ description *= \"runs the nightly etl\" -> \"runs the hourly etl\"" &&
	test_match out "~ max_session_duration *= 3600 -> 7200" &&
	test_not_contains out "forces replacement" &&
	apply_clean &&
	iam get-role --role-name etl-runner --output text \
		--query "Role.[Description,MaxSessionDuration]" >role.txt &&
	printf "runs the hourly etl\t7200\n" >expect &&
	test_cmp expect role.txt
'

test_expect_success 'drift: tags and inline policies changed with the aws CLI show in the plan' '
	iam tag-role --role-name etl-runner --tags Key=env,Value=test Key=intruder,Value=x &&
	iam put-role-policy --role-name etl-runner --policy-name rogue --policy-document \
		"{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}" &&
	iam put-role-policy --role-name etl-runner --policy-name s3-scratch --policy-document \
		"{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}" &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "^ *# etl will be updated in-place( \(.*\))?$" &&
	test_match out "\"env\" *= \"test\" -> \"prod\"" &&
	test_match out "- \"intruder\" *= \"x\"" &&
	test_match out "- \"rogue\" *= \\{" &&
	test_match out "~ \"s3-scratch\" *= \\{" &&
	test_line out "\"Resource\" = \"arn:aws:s3:::scratch/*\"" &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy."
'

test_expect_success 'drift: apply puts the role back' '
	apply_clean &&
	iam_snapshot &&
	test_equal s3-scratch "$(iam_q "inline(\"etl-runner\")")" &&
	test_equal "arn:aws:s3:::scratch/*" \
		"$(iam_q "inline_doc(\"etl-runner\", \"s3-scratch\")[\"Statement\"][0][\"Resource\"]")" &&
	iam_q "tags(\"etl-runner\")" >tags &&
	{ printf "%s\n" cost-center=42 env=prod && stack_tags; } >expect &&
	test_cmp expect tags
'

test_expect_success 'a new path replaces the role' '
	old_id=$(iam_q "role(\"etl-runner\")[\"RoleId\"]") &&
	role_path=/etl/ &&
	iam_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# etl must be replaced" &&
	test_match out "~ path *= \"/\" -> \"/etl/\" # forces replacement" &&
	test_line out "Plan: 1 to add, 0 to change, 1 to destroy." &&
	apply_clean &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 1 destroyed." &&
	iam_snapshot &&
	test_equal /etl/ "$(iam_q "role(\"etl-runner\")[\"Path\"]")" &&
	test "$old_id" != "$(iam_q "role(\"etl-runner\")[\"RoleId\"]")" &&
	test_equal s3-scratch "$(iam_q "inline(\"etl-runner\")")" &&
	test_equal "$EXTRA_ARN" "$(iam_q "managed(\"etl-runner\")")"
'

test_expect_success 'a new name replaces the role; the old one is gone' '
	role_name=etl-runner-2 &&
	iam_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "~ name *= \"etl-runner\" -> \"etl-runner-2\" # forces replacement" &&
	apply_clean &&
	iam_snapshot &&
	test_equal etl-runner-2 "$(iam_q "roles()")"
'

test_expect_success 'six successive policy documents keep at most five versions' '
	managed_arns="      - \"\${extra.arn}\"
      - \"\${pol.arn}\"" &&
	for action in s3:ListBucket s3:GetObjectTagging s3:GetObjectAcl s3:GetObjectVersion \
		      s3:GetBucketLocation s3:GetObjectAttributes
	do
		pol_action=$action &&
		iam_stack &&
		terrace apply -auto-approve >out 2>err &&
		test_contains out "pol: Modifications complete" || return 1
	done &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	iam_snapshot &&
	iam_q "versions(\"$POL_ARN\")" >versions &&
	printf "%s\n" v3 v4 v5 v6 v7 >expect &&
	test_cmp expect versions &&
	test_equal v7 "$(iam_q "default(\"$POL_ARN\")")" &&
	test_equal s3:GetObjectAttributes \
		"$(iam_q "default_doc(\"$POL_ARN\")[\"Statement\"][0][\"Action\"]")" &&
	terrace show -json >show.json 2>err &&
	test_contains show.json "\"default_version_id\": \"v7\""
'

test_expect_success 'policy tags update in place; a new description forces replacement' '
	pol_tags="      team: platform" &&
	iam_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "\"team\" *= \"data\" -> \"platform\"" &&
	test_not_contains out "forces replacement" &&
	apply_clean &&
	policy_tags "$POL_ARN" >tags &&
	{ echo team=platform && stack_tags; } >expect &&
	test_cmp expect tags &&
	pol_description="read the whole lake" &&
	iam_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# pol must be replaced" &&
	test_match out "~ description *= \"read the lake\" -> \"read the whole lake\" # forces replacement" &&
	pol_description="read the lake" &&
	iam_stack
'

test_expect_success 'drift: a policy version made with the aws CLI shows in the plan' '
	iam delete-policy-version --policy-arn "$POL_ARN" --version-id v3 &&
	iam create-policy-version --policy-arn "$POL_ARN" --set-as-default --policy-document \
		"{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}" \
		>/dev/null &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# pol will be updated in-place (it changed outside terrace)" &&
	test_line out "\"Action\"   = \"s3:*\"" &&
	test_line out "\"s3:GetObjectAttributes\"," &&
	apply_clean &&
	iam_snapshot &&
	test_equal v9 "$(iam_q "default(\"$POL_ARN\")")" &&
	iam_q "versions(\"$POL_ARN\")" >versions &&
	printf "%s\n" v5 v6 v7 v8 v9 >expect &&
	test_cmp expect versions
'

test_expect_success 'an interrupted create: the role and policy it made are adopted' '
	python3 - <<-\EOF &&
	import json
	state = json.load(open("terrace.state.json"))
	for name in ("etl", "pol"):
	    state["resources"][name]["status"] = "pending"
	    del state["resources"][name]["id"]
	json.dump(state, open("terrace.state.json", "w"), indent=2)
	EOF
	iam untag-role --role-name etl-runner-2 --tag-keys env &&
	iam delete-role-policy --role-name etl-runner-2 --policy-name s3-scratch &&
	iam untag-policy --policy-arn "$POL_ARN" --tag-keys team &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." &&
	test_expect_code 0 terrace plan -detailed-exitcode >plan2 2>err2 &&
	iam_snapshot &&
	iam_q "tags(\"etl-runner-2\")" >tags &&
	{ printf "%s\n" cost-center=42 env=prod && stack_tags; } >expect &&
	test_cmp expect tags &&
	test_equal s3-scratch "$(iam_q "inline(\"etl-runner-2\")")" &&
	test_equal etl-runner-2 "$(iam_q "roles()")" &&
	iam_q "policies()" >arns &&
	printf "%s\n" "$EXTRA_ARN" "$POL_ARN" >expect &&
	test_cmp expect arns &&
	policy_tags "$POL_ARN" >tags &&
	{ echo team=platform && stack_tags; } >expect &&
	test_cmp expect tags
'

test_expect_success 'an update converges from what IAM holds, not from the state: apply -refresh=false puts back what the CLI changed' '
	iam put-role-policy --role-name etl-runner-2 --policy-name rogue --policy-document \
		"{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}" &&
	iam delete-policy-version --policy-arn "$POL_ARN" --version-id v5 &&
	iam create-policy-version --policy-arn "$POL_ARN" --set-as-default --policy-document \
		"{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}" \
		>/dev/null &&
	role_description="runs the etl every hour" &&
	pol_tags="      team: lake" &&
	iam_stack &&
	terrace apply -refresh=false -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 2 changed, 0 destroyed." &&
	iam_snapshot &&
	test_equal s3-scratch "$(iam_q "inline(\"etl-runner-2\")")" &&
	test_equal "runs the etl every hour" \
		"$(iam get-role --role-name etl-runner-2 --output text --query Role.Description)" &&
	test_equal s3:GetObjectAttributes \
		"$(iam_q "default_doc(\"$POL_ARN\")[\"Statement\"][0][\"Action\"]")" &&
	test_equal 5 "$(iam_q "len(versions(\"$POL_ARN\"))")" &&
	policy_tags "$POL_ARN" >tags &&
	{ echo team=lake && stack_tags; } >expect &&
	test_cmp expect tags &&
	test_expect_code 0 terrace plan -refresh=false -detailed-exitcode >out 2>err &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a role that exists outside the state is refused, not taken over' '
	iam create-role --role-name squatter --assume-role-policy-document \
		"{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"glue.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}" \
		>/dev/null &&
	iam_stack &&
	cat >>stack.yaml <<-\YAML &&
	  squat:
	    type: aws.iam.role
	    name: squatter
	    assume_role_policy: {Version: "2012-10-17", Statement: []}
	    tags: {mine: "yes"}
	YAML
	test_expect_code 1 terrace apply -auto-approve >out 2>err &&
	test_contains err "role squatter already exists but is not in this state: import it or choose another name" &&
	iam_snapshot &&
	test_equal "" "$(iam_q "tags(\"squatter\")")" &&
	iam delete-role --role-name squatter
'

test_expect_success 'a policy that exists outside the state is refused too' '
	iam create-policy --policy-name squatted --policy-document \
		"{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}" \
		>/dev/null &&
	iam_stack &&
	cat >>stack.yaml <<-\YAML &&
	  squat:
	    type: aws.iam.policy
	    name: squatted
	    policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Action: "s3:*", Resource: "*"}]}
	YAML
	test_expect_code 1 terrace apply -auto-approve >out 2>err &&
	test_contains err "policy squatted already exists but is not in this state: import it or choose another name" &&
	iam delete-policy --policy-arn arn:aws:iam::$ACCOUNT:policy/squatted
'

test_expect_success 'destroy refuses a policy still attached outside the stack' '
	iam_stack &&
	iam create-role --role-name outsider --assume-role-policy-document \
		"{\"Version\":\"2012-10-17\",\"Statement\":[]}" >/dev/null &&
	iam attach-role-policy --role-name outsider --policy-arn "$POL_ARN" &&
	test_expect_code 1 terrace destroy -auto-approve >out 2>err &&
	test_contains err "policy $POL_ARN is still attached to role outsider: detach it" &&
	iam_snapshot &&
	test_equal 5 "$(iam_q "len(versions(\"$POL_ARN\"))")"
'

test_expect_success 'destroy, once it is detached, leaves nothing behind' '
	iam detach-role-policy --role-name outsider --policy-arn "$POL_ARN" &&
	iam delete-role --role-name outsider &&
	terrace destroy -auto-approve >out 2>err &&
	test_match out "^Destroy complete! Resources: [0-9]+ destroyed\.$" &&
	test_equal "" "$(iam list-roles --output text --query "Roles[].RoleName")" &&
	test_equal "" "$(iam list-policies --scope Local --output text --query "Policies[].Arn")" &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "Plan: 3 to add, 0 to change, 0 to destroy."
'

test_expect_success 'removing a policy and the reference to it in one apply: the role lets go first' '
	mkdir order && cd order &&
	write_stack stack.yaml &&
	cat >>stack.yaml <<-\YAML &&
	resources:
	  pol:
	    type: aws.iam.policy
	    name: order-pol
	    policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Action: "s3:*", Resource: "*"}]}
	  role:
	    type: aws.iam.role
	    name: order-role
	    assume_role_policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Principal: {Service: glue.amazonaws.com}, Action: "sts:AssumeRole"}]}
	    managed_policy_arns: ["${pol.arn}"]
	YAML
	terrace apply -auto-approve >out 2>err &&
	python3 - <<-\PY &&
	s = open("stack.yaml").read()
	s = s[:s.index("  pol:")] + s[s.index("  role:"):]
	open("stack.yaml", "w").write(s.replace("    managed_policy_arns: [\"${pol.arn}\"]\n", ""))
	PY
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 1 destroyed." &&
	role_done=$(grep -n "^role: Modifications complete" out | cut -d: -f1) &&
	pol_start=$(grep -n "^pol: Destroying" out | cut -d: -f1) &&
	test "$role_done" -lt "$pol_start" &&
	terrace destroy -auto-approve >out 2>err &&
	cd ..
'

test_done
