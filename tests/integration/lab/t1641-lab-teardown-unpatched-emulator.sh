#!/usr/bin/env bash
# t1641-lab-teardown-unpatched-emulator: the lab and sweep on moto as released,
# without the harness's patches (tests/servers/moto_patches/, which add the
# calls moto lacks: issue 88 §3). There a call moto lacks answers HTTP 500
# (an HTML page), exactly the failing listing a workshop account meets
# where a service is closed or failing. Whatever types moto cannot list
# (sweep -json names them; CodeCommit's ListRepositories is one in moto
# 5.2.1) are named by sweep, which exits 1, and by lab down, which still
# destroys the lab with a state, sweeps the lab whose state is lost, and
# leaves nothing of either on moto; lab status and a plain destroy work.
. "$(dirname "$0")/../lib.sh"

# Two attempts a call: a listing moto answers 500 gives up after one retry.
export AWS_MAX_ATTEMPTS=2
start_moto MOTO_UNPATCHED=1 || test_fail_setup "moto did not start"
use_server moto

# inventory: the objects of this test's prefix on moto, "KIND NAME", sorted.
inventory () {
	servers_py "$TEST_HERE/inventory.py" "$TEST_ENDPOINT" "$TEST_ACCESS_KEY" "$TEST_SECRET_KEY" t1641 \
		aws.s3.bucket aws.iam.role aws.glue.database aws.sqs.queue
}

mkdir lab
write_stack lab/stack.yaml '  attendee: {type: string}'
cat >>lab/stack.yaml <<EOF2
lab:
  allowed_endpoints: ["$TEST_ENDPOINT"]
  name_prefix: t1641
resources:
  store:
    type: aws.s3.bucket
    name: "t1641-\${var.attendee}-data"
  runner:
    type: aws.iam.role
    name: "t1641-\${var.attendee}-runner"
    assume_role_policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Principal: {Service: glue.amazonaws.com}, Action: "sts:AssumeRole"}]}
  db:
    type: aws.glue.database
    name: "t1641_\${var.attendee}_db"
  jobs:
    type: aws.sqs.queue
    name: "t1641-\${var.attendee}-jobs"
EOF2
printf 'id\nann\nbob\n' >class.csv

test_expect_success 'setup: two labs up on moto as released' '
	grep -q "moto listening" "$SERVERS_DIR/moto.log" &&
	terrace lab up lab -attendees class.csv >up.out 2>up.err &&
	test_contains up.out "Lab up: 2 ready, 0 failed." &&
	test_equal 8 "$(inventory | wc -l)"
'

test_expect_success 'sweep -json: what moto cannot list is data, each a 500 to try again; exit 1' '
	test_expect_code 1 terrace sweep -stack lab -json >sweep.json 2>sweep.jerr &&
	json_get sweep.json "\"\\n\".join(sorted(g[\"type\"] for g in d[\"not_listed\"]))" >gaps &&
	grep -qx aws.codecommit.repository gaps &&
	test_equal "failed" "$(json_get sweep.json "\" \".join(sorted(set(g[\"kind\"] for g in d[\"not_listed\"])))")" &&
	test_equal "true" "$(json_get sweep.json "all(\"HTTP 500\" in g[\"message\"] and not g[\"final\"] for g in d[\"not_listed\"])")" &&
	test_equal 8 "$(json_get sweep.json "len([o for o in d[\"objects\"] if o[\"found\"] != \"not the lab'"'"'s, left\"])")"
'

test_expect_success 'sweep: lists what it can, names each type it could not list, exits 1' '
	test_expect_code 1 terrace sweep -stack lab >sweep.out 2>sweep.err &&
	test_contains sweep.out "8 to delete" &&
	while read -r type; do
		test_contains sweep.err "Error: sweep could not list $type (provider \"aws\"): failed, try again: " || return 1
	done <gaps &&
	test_contains sweep.err "sweep could not look for $(wc -l <gaps) type"
'

test_expect_success 'lab status checks both labs' '
	test_expect_code 0 terrace lab status lab -attendees class.csv >status.out 2>status.err &&
	test_match status.out "^  ann +ok" && test_match status.out "^  bob +ok"
'

test_expect_success 'lab down: the lab with a state destroyed, the lost one swept, the gaps named, exit 1' '
	rm -rf lab/terrace.state.d/ann &&
	test_expect_code 1 terrace lab down lab -attendees class.csv -auto-approve >down.out 2>down.err &&
	test_match down.out "^  bob +destroyed" &&
	test_match down.out "^  ann +destroyed +.*Sweep incomplete: 4 deleted" &&
	while read -r type; do
		test_contains down.err "Error: lab down could not look for $type (provider \"aws\"): failed: " || return 1
	done <gaps &&
	test_contains down.err "every lab with a state was destroyed from it. To look again: terrace sweep -stack lab" &&
	test_equal "" "$(inventory)"
'

test_expect_success 'a plain destroy works where listings fail' '
	mkdir solo && write_stack solo/stack.yaml &&
	cat >>solo/stack.yaml <<-EOF &&
	resources:
	  store: {type: aws.s3.bucket, name: t1641-solo-data}
	EOF
	(cd solo && terrace apply -auto-approve >../solo-apply.out 2>&1 &&
	 test_expect_code 0 terrace destroy -auto-approve >../solo-destroy.out 2>&1) &&
	test_line solo-destroy.out "Destroy complete! Resources: 1 destroyed." &&
	test_equal "" "$(inventory)"
'

test_done
