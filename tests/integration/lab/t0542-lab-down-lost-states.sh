#!/usr/bin/env bash
# t0542-lab-down-lost-states: a class whose states were partly lost ends at
# zero objects, or lab down exits 1 naming each lab still up (issue 56 §1).
# Six attendees (one named max, a word the stack's names hold) get a
# bucket, a role and a Glue database (found by name: no tags); ann's and
# max's states are deleted (a laptop wiped), bob leaves the list with his
# lab, zoe leaves it and loses her state too. lab down -dry-run -json has a
# row for each lab without a state, with its objects; lab down sweeps ann's
# and max's, destroys name's and cid's, keeps the leavers' and exits 1
# naming bob and zoe with the command that removes each; lab down -leavers
# then leaves nothing on moto (read with botocore). Without an allow-list
# lab down cannot look and says so.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

# inventory: the objects of this test's prefix on moto, "KIND NAME", sorted.
inventory () {
	servers_py - "$TEST_ENDPOINT" "$TEST_ACCESS_KEY" "$TEST_SECRET_KEY" <<-'PY'
	import sys
	import botocore.session
	endpoint, key, secret = sys.argv[1:4]
	session = botocore.session.get_session()
	def client(service):
	    return session.create_client(service, region_name="us-east-1", endpoint_url=endpoint,
	                                 aws_access_key_id=key, aws_secret_access_key=secret)
	lines = ["bucket " + b["Name"] for b in client("s3").list_buckets()["Buckets"]]
	lines += ["role " + r["RoleName"] for r in client("iam").list_roles()["Roles"]]
	lines += ["database " + d["Name"] for d in client("glue").get_databases()["DatabaseList"]]
	print("\n".join(sorted(l for l in lines if "t0542" in l)))
	PY
}

# objects ID...: what inventory shows of these attendees' labs.
objects () {
	local id
	for id in "$@"; do
		printf '%s\n' "bucket t0542-$id-data" "database t0542_${id}_max" "role t0542-$id-max-runner"
	done | sort
}

mkdir lab
write_stack lab/stack.yaml '  attendee: {type: string}'
cat >>lab/stack.yaml <<EOF2
lab:
  parallel: 6
  allowed_endpoints: ["$TEST_ENDPOINT"]
  name_prefix: t0542
resources:
  store:
    type: aws.s3.bucket
    name: "t0542-\${var.attendee}-data"
  runner:
    type: aws.iam.role
    name: "t0542-\${var.attendee}-max-runner"
    assume_role_policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Principal: {Service: glue.amazonaws.com}, Action: "sts:AssumeRole"}]}
  db:
    type: aws.glue.database
    name: "t0542_\${var.attendee}_max"
EOF2
printf 'id\nann\nbob\nmax\nname\nzoe\ncid\n' >all.csv
printf 'id\nann\nmax\nname\ncid\n' >stayed.csv

test_expect_success 'setup: six labs up, two states lost, two attendees off the list (one lost too)' '
	terrace lab up lab -attendees all.csv >up.out 2>up.err &&
	test_contains up.out "Lab up: 6 ready, 0 failed." &&
	inventory >now && objects ann bob cid max name zoe >expect && test_cmp expect now &&
	rm -rf lab/terrace.state.d/ann lab/terrace.state.d/max lab/terrace.state.d/zoe &&
	(cd lab && test_expect_code 0 terrace workspace list) >ws.out 2>&1 &&
	grep -qw bob ws.out && ! grep -qw ann ws.out
'

test_expect_success 'lab down -dry-run -json: a row for each lab without a state, with its objects' '
	test_expect_code 0 terrace lab down lab -attendees stayed.csv -dry-run -json >dry.json 2>dry.err &&
	test_equal "ann:3:no_state max:3:no_state name:3 cid:3 bob:3:kept zoe:3:kept:no_state" \
		"$(json_get dry.json "\" \".join(\":\".join([e[\"attendee\"], str(e[\"resources\"])] + [k for k in (\"kept\", \"no_state\") if e.get(k)]) for e in d)")" &&
	test_equal "aws.glue.database t0542_max_max,aws.iam.role t0542-max-max-runner,aws.s3.bucket t0542-max-data" \
		"$(json_get dry.json "\",\".join(sorted(o[\"type\"] + \" \" + o[\"name\"] for e in d if e[\"attendee\"] == \"max\" for o in e[\"objects\"]))")" &&
	terrace lab down lab -attendees stayed.csv -dry-run >dry.out 2>dry.err &&
	test_match dry.out "^  ann +3 +no workspace: found by sweep$" &&
	test_match dry.out "^  zoe +3 +not on the attendee list, no workspace: kept" &&
	test_contains dry.out "12 resource(s) in 2 workspace(s) and 2 lab(s) without a state (found by terrace sweep); 0 attendee(s) have no workspace and nothing found." &&
	inventory >now && objects ann bob cid max name zoe >expect && test_cmp expect now
'

test_expect_success 'lab down: the lost labs swept, the others destroyed, exit 1 naming the leavers still up' '
	test_expect_code 1 terrace lab down lab -attendees stayed.csv -auto-approve >down.out 2>down.err &&
	test_match down.out "^  ann +destroyed +.*Sweep complete! 3 deleted\.$" &&
	test_contains down.out "Lab down: 4 destroyed, 0 failed, 0 had no workspace, 2 not on the list." &&
	test_contains down.err "Error: lab down: 2 lab(s) or object(s) still up:" &&
	test_contains down.err "  bob: not on the attendee list; 3 resource(s) kept: terrace lab down lab -attendees stayed.csv -leavers" &&
	test_contains down.err "  zoe: not on the attendee list; 3 object(s) left without a state (aws.s3.bucket t0542-zoe-data, aws.iam.role t0542-zoe-max-runner, aws.glue.database t0542_zoe_max): terrace lab down lab -attendees stayed.csv -leavers, or terrace sweep -stack lab -workspace zoe -force -name '"'"'t0542_zoe_max'"'"'" &&
	inventory >now && objects bob zoe >expect && test_cmp expect now
'

test_expect_success 'lab down -leavers: nothing of the class is left' '
	test_expect_code 0 terrace lab down lab -attendees stayed.csv -leavers -auto-approve >down2.out 2>down2.err &&
	test_contains down2.out "Lab down: 2 destroyed, 0 failed, 0 had no workspace." &&
	test_equal "" "$(inventory)" &&
	terrace lab down lab -attendees stayed.csv -auto-approve >down3.out 2>down3.err &&
	test_contains down3.out "Lab down: 0 destroyed, 0 failed, 4 had no workspace."
'

test_expect_success 'without an allow-list lab down cannot look, and says so' '
	sed -i "/allowed_endpoints/d" lab/stack.yaml &&
	terrace lab down lab -attendees stayed.csv -auto-approve >down4.out 2>down4.err &&
	test_contains down4.err "lab down cannot look for what the labs of 4 attendee(s) without a workspace left (ann, max, name, cid)" &&
	test_contains down4.out "Lab down: 0 destroyed, 0 failed, 4 had no workspace."
'

test_done
