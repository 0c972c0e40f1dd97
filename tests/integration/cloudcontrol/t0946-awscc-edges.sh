#!/usr/bin/env bash
# t0946-awscc-edges: what issue 49 asks of the awscc types beyond their
# cycle (t0942), against moto's Cloud Control patch (moto_patches/
# cloudcontrol_api.py, which like AWS never reads a write-only property
# back):
# - a write-only property (awscc.iam.user's login_profile.password) kept
#   through an update: GetResource never shows it, the state keeps it only as
#   a hash (that leaf of its block: t0704 has the plans of such a block),
#   the next plan has nothing to do, and the update's RFC 6902 patch sends it
#   again as "add" (this file's own request log, TERRACE_REQUEST_LOG);
# - what Cloud Control cannot do, as terrace says it (the messages
#   docs/providers/awscc.md quotes): a type without a handler
#   (TypeNotFoundException), a create-only property inside a block, which
#   the plan updates in place (NotUpdatableException), a type without a
#   delete handler (UnsupportedActionException);
# - `plan -policy` and `terrace policy` of a stack with awscc types: Cloud
#   Control's own actions per phase (IAM's prefix: cloudformation), and the
#   permissions of each type's handlers the phase runs (t0947 has the rest);
# - docs/providers/awscc.md's lists of the written types' awscc
#   counterparts: every written type, each awscc name in the table.
. "$(dirname "$0")/../lib.sh"

# This file's own request log, so that its requests are told apart from
# other files'; they join the run's log afterwards, for the contract check.
REQUESTS=$TRASH/requests
mkdir -p "$REQUESTS"
start_moto MOTO_CLOUDCONTROL_IN_PROGRESS_POLLS=1 TERRACE_REQUEST_LOG="$REQUESTS" ||
	test_fail_setup "moto did not start"
use_server moto

cc () {
	s3 --output json cloudcontrol "$@"
}

resources () {
	write_stack stack.yaml
	{ echo "resources:"; cat; } >>stack.yaml
}

# requests OPERATION: the bodies of this file's Cloud Control requests of
# OPERATION, one JSON document a line.
requests () {
	cat "$REQUESTS"/*.jsonl | python3 -c '
import json, sys
for line in sys.stdin:
    r = json.loads(line)
    if r.get("target") == "CloudApiService." + sys.argv[1]:
        print(r.get("body", ""))
' "$1"
}

# The user has no user_name: moto's IAM model replaces a user on every
# update whose properties name it (User.is_replacement_update).
test_expect_success 'a write-only property is sent, never read back, in state only as a hash' '
	resources <<-YAML &&
	  user:
	    type: awscc.iam.user
	    path: /edges/
	    login_profile: {password: "S3cret-only-sent", password_reset_required: false}
	YAML
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	test_not_contains out "S3cret-only-sent" &&
	requests CreateResource >creates &&
	test_contains creates "S3cret-only-sent" &&
	user=$(json_get terrace.state.json "d[\"resources\"][\"user\"][\"id\"]") &&
	echo "$user" >user.id &&
	cc get-resource --type-name AWS::IAM::User --identifier "$user" \
		--query ResourceDescription.Properties --output text >props &&
	test_contains props "\"PasswordResetRequired\": false" &&
	test_not_contains props "Password\"" &&
	test_not_contains terrace.state.json "S3cret-only-sent" &&
	json_get terrace.state.json "d[\"resources\"][\"user\"][\"attributes\"][\"login_profile\"]" >kept &&
	test_contains kept "\$scrypt" &&
	json_get terrace.state.json "d[\"resources\"][\"user\"][\"sensitive_attributes\"]" >sensitive &&
	test_equal "[\"login_profile.password\"]" "$(tr -d " \n" <sensitive)"
'

test_expect_success 'the next plan has nothing to do: what is never read back is not drift' '
	terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'an update sends the write-only property again, as "add"' '
	sed -i "s|path: /edges/|path: /edges/loaders/|" stack.yaml &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "^ *# user will be updated in-place" &&
	test_not_contains out "S3cret-only-sent" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	requests UpdateResource >updates &&
	test_equal 1 "$(wc -l <updates)" &&
	python3 -c "
import json, sys
patch = json.loads(json.loads(open(\"updates\").read())[\"PatchDocument\"])
ops = {(o[\"op\"], o[\"path\"]): o.get(\"value\") for o in patch}
assert ops[(\"replace\", \"/Path\")] == \"/edges/loaders/\", ops
assert ops[(\"add\", \"/LoginProfile\")] == {\"Password\": \"S3cret-only-sent\",
                                              \"PasswordResetRequired\": False}, ops
" &&
	s3 iam get-user --user-name "$(cat user.id)" --query User.Path --output text >path &&
	test_equal /edges/loaders/ "$(cat path)" &&
	test_not_contains terrace.state.json "S3cret-only-sent" &&
	terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a changed write-only value is planned as a change, and sent' '
	sed -i "s|S3cret-only-sent|S3cret-rotated|" stack.yaml &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "^ *# user will be updated in-place" &&
	test_contains out "(sensitive value)" &&
	test_not_contains out "S3cret-rotated" &&
	terrace apply -auto-approve >out 2>err &&
	requests UpdateResource >updates &&
	test_equal 2 "$(wc -l <updates)" &&
	tail -n 1 updates >last &&
	test_contains last "S3cret-rotated" &&
	terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a type Cloud Control cannot provision: its answer, naming the resource' '
	cp stack.yaml good.stack &&
	cat >>stack.yaml <<-YAML &&
	  blocked:
	    type: awscc.route53resolver.firewall_domain_list
	    name: edges-blocked
	    domains: [bad.example.com]
	YAML
	terrace validate >out 2>err &&
	test_expect_code 1 terrace apply -auto-approve >out 2>err;
	rc=$?; cp good.stack stack.yaml; test $rc = 0 &&
	test_contains err "Error: blocked: awscc.route53resolver.firewall_domain_list: cloudcontrolapi CreateResource: HTTP 400 TypeNotFoundException: The type AWS::Route53Resolver::FirewallDomainList cannot be found." &&
	test_not_contains terrace.state.json "\"blocked\""
'

test_expect_success 'a create-only property inside a block: Cloud Control answers NotUpdatable' '
	cat >>stack.yaml <<-YAML &&
	  check:
	    type: awscc.route53.health_check
	    health_check_config:
	      type: HTTP
	      ip_address: 192.0.2.10
	      port: 80
	      resource_path: /health
	      request_interval: 30
	YAML
	terrace apply -auto-approve >out 2>err &&
	sed -i "s/request_interval: 30/request_interval: 10/" stack.yaml &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "^ *# check will be updated in-place" &&
	test_expect_code 1 terrace apply -auto-approve >out 2>err &&
	test_contains err "Error: check: awscc.route53.health_check " &&
	test_contains err ": cloudcontrolapi UpdateResource: HTTP 400 NotUpdatableException: Invalid patch update: createOnlyProperties [/properties/HealthCheckConfig/" &&
	test_contains err "] cannot be updated" &&
	sed -i "s/request_interval: 10/request_interval: 30/" stack.yaml &&
	terrace plan -detailed-exitcode >out 2>err
'

# moto's VPN gateway model has no delete: Cloud Control answers as it does
# for a type whose schema lists no delete handler.
test_expect_success 'a type without a delete handler: UnsupportedActionException, kept in state' '
	cp good.stack stack.yaml &&
	cat >>stack.yaml <<-YAML &&
	  gateway: {type: awscc.ec2.vpn_gateway, vpn_gateway_type: ipsec.1}
	YAML
	terrace apply -auto-approve >out 2>err &&
	cp good.stack stack.yaml &&
	test_expect_code 1 terrace apply -auto-approve >out 2>err &&
	test_contains err "Error: gateway: awscc.ec2.vpn_gateway " &&
	test_contains err ": cloudcontrolapi DeleteResource: HTTP 400 UnsupportedActionException: Resource type AWS::EC2::VPNGateway does not support DELETE action" &&
	test_match terrace.state.json "\"type\": \"awscc.ec2.vpn_gateway\"" &&
	terrace state rm gateway >out 2>err &&
	terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'plan -policy: Cloud Control'"'"'s own actions per phase, and its handlers'"'"' per type' '
	cat >>stack.yaml <<-YAML &&
	  queue: {type: awscc.sqs.queue, queue_name: edges-policy}
	YAML
	terrace plan -policy >out 2>err &&
	sed -n "/^{/,/^}/p" out >policy.json &&
	python3 -c "
import json
doc = json.load(open(\"policy.json\"))
acts = {}
for st in doc[\"Statement\"]:
    for a in [st[\"Action\"]] if isinstance(st[\"Action\"], str) else st[\"Action\"]:
        acts[a] = st[\"Resource\"]
cc = sorted(a for a in acts if a.startswith(\"cloudformation:\"))
print(cc)
assert cc == [\"cloudformation:CreateResource\", \"cloudformation:GetResource\",
              \"cloudformation:GetResourceRequestStatus\", \"cloudformation:ListResourceRequests\",
              \"cloudformation:ListResources\", \"cloudformation:UpdateResource\"], cc
assert all(acts[a] == \"*\" for a in cc), acts
# the queue'"'"'s create and read handlers (the registry'"'"'s schema), not its delete
assert acts.get(\"sqs:CreateQueue\") == \"*\" and acts.get(\"sqs:GetQueueAttributes\") == \"*\", acts
assert \"sqs:DeleteQueue\" not in acts, acts
" &&
	test_not_contains err "Warning:"
'

test_expect_success 'terrace policy: every phase'"'"'s Cloud Control actions and handlers; stdout the document alone' '
	terrace policy >whole.json 2>whole.err &&
	python3 -c "
import json
doc = json.load(open(\"whole.json\"))
acts = set()
for st in doc[\"Statement\"]:
    acts |= {st[\"Action\"]} if isinstance(st[\"Action\"], str) else set(st[\"Action\"])
cc = sorted(a for a in acts if a.startswith(\"cloudformation:\"))
assert cc == [\"cloudformation:CreateResource\", \"cloudformation:DeleteResource\",
              \"cloudformation:GetResource\", \"cloudformation:GetResourceRequestStatus\",
              \"cloudformation:ListResourceRequests\", \"cloudformation:ListResources\",
              \"cloudformation:UpdateResource\"], cc
assert {\"sqs:DeleteQueue\", \"iam:CreateUser\", \"iam:DeleteUser\"} <= acts, acts
" &&
	test_not_contains whole.err "Warning:"
'

test_expect_success 'destroy: nothing of the stack is left' '
	terrace apply -auto-approve >out 2>err &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 2 destroyed." &&
	test_equal 0 "$(cc list-resources --type-name AWS::SQS::Queue --query "length(ResourceDescriptions)" --output text)" &&
	test_equal 0 "$(cc list-resources --type-name AWS::IAM::User --query "length(ResourceDescriptions)" --output text)"
'

test_expect_success 'docs/providers/awscc.md names every written type'"'"'s awscc counterpart, each one known' '
	terrace providers schema -json -written >schema.json &&
	python3 - "$REPO_ROOT" <<-\EOF
	import json, re, sys
	root = sys.argv[1]
	doc = open(root + "/docs/providers/awscc.md").read()
	table = open(root + "/provider/aws/cloudcontrol/schemas.gen.c").read()
	known = set(re.findall(r"\"(awscc\.[a-z0-9_]+\.[a-z0-9_]+)\"", table))
	def block(name):
	    return doc.split("<!-- native-counterparts: %s -->" % name)[1].split("<!-- end native-counterparts -->")[0]
	written = set(json.load(open("schema.json"))["provider_schemas"]["aws"]["resource_schemas"])
	same = re.findall(r"`(aws\.[a-z0-9_.]+)`", block("same name"))
	rows = [l for l in block("other name").splitlines() if l.startswith("| `")]
	other = [re.findall(r"`([a-z0-9_.]+)`", l) for l in rows]
	listed = same + [r[0] for r in other]
	assert len(listed) == len(set(listed)), "a written type twice"
	assert set(listed) == written, (sorted(written - set(listed)), sorted(set(listed) - written))
	missing = [("awscc." + n[4:]) for n in same if "awscc." + n[4:] not in known]
	missing += [c for r in other for c in r[1:] if c.startswith("awscc.") and c.count(".") == 2
	            and c not in known]
	assert not missing, missing
	# a same-name counterpart left in the table of others, or one missed
	assert all("awscc." + r[0][4:] not in known for r in other), other
	print(len(same), "same name,", len(other), "other")
	EOF
'

# This file's requests join the run's log, for the contract check.
if test -n "${TERRACE_REQUEST_LOG:-}" && mkdir -p "$TERRACE_REQUEST_LOG"; then
	cat "$REQUESTS"/*.jsonl >"$TERRACE_REQUEST_LOG/$TEST_NAME-$$.jsonl" 2>/dev/null
fi

test_done
