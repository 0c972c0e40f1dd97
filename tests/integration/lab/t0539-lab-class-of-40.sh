#!/usr/bin/env bash
# time-limit: 1200 (148 s of CPU; 420 s seen under a full suite at load 10-13)
# t0539-lab-class-of-40: issue 50's "Done when", end to end on moto, one
# class through a whole workshop. Each of 40 attendees (s01..s40) gets a
# small lab of the issue's shape: a bucket, the job's script in it (an
# aws.s3.object from clean.py), a Glue role, database and job, a state
# machine, and a credentials file (a sensitive output). The lab's name_prefix
# is ws; beside it, from the start, sit what others made with the AWS CLI: a
# Glue database wsprod_sales (the prefix without a boundary) and a bucket
# ws-handmade (named like the lab's, without terrace's tags). In order:
#   1. lab up: 40 ready
#   2. a late joiner (s41) added to the list: lab up makes only theirs, the
#      40 others apply nothing (-json details)
#   3-4. a leaver (s17) taken off the list and a script roll-out (clean.py
#      changed): lab up updates every attendee's script object and nothing
#      else (each one's plan in its log, the counts in -json, the objects),
#      leaves the leaver's lab as it was and names it, as a row "not listed"
#      with -json (it said nothing of it before: fixed with this file); lab
#      status names it; lab down -leavers tears down theirs only, their
#      credentials file gone
#   5. an interrupted up of a changed stack: SIGINT to the group after the
#      first attendee is ready; the counts (ready, interrupted, not started)
#      are what happened, attendee by attendee, against moto; lab up again:
#      all ready, every attendee changed
#   6. lab run of the state machine: all succeeded
#   7. lab output -csv: the hand-out, one row per attendee, the credentials
#      file named
#   8. lab down: all destroyed, nothing of the lab left
#   9. three attendees up again, the local state deleted, sweep: the dry run
#      lists their objects and the hand-made bucket as "not the lab's, left",
#      never wsprod_sales; sweep -force leaves nothing of the lab, and the
#      database and the bucket made by hand are still there.
# What is on moto is read with botocore (inventory) after each step that
# changes it. The wall time of step 1's up, step 8's down and step 9's sweep (3
# attendees) is printed as "# figure: ...".
. "$(dirname "$0")/../lib.sh"
. "$TEST_DIR/examples.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

N=40
ids=()
for i in $(seq -w 1 $N); do ids+=("s$i"); done

# inventory: every object of the kinds the lab makes, and the database and
# bucket made by hand, one line each, sorted: "KIND NAME" (a bucket with its
# terrace:workspace tag, or "untagged"; the script object with its text).
inventory () {
	servers_py - "$TEST_ENDPOINT" "$TEST_ACCESS_KEY" "$TEST_SECRET_KEY" <<-'PY'
	import sys
	import botocore.session
	endpoint, key, secret = sys.argv[1:4]
	session = botocore.session.get_session()
	def client(service):
	    return session.create_client(service, region_name="us-east-1", endpoint_url=endpoint,
	                                 aws_access_key_id=key, aws_secret_access_key=secret)
	lines = []
	s3 = client("s3")
	for b in s3.list_buckets()["Buckets"]:
	    try:
	        tags = {t["Key"]: t["Value"] for t in s3.get_bucket_tagging(Bucket=b["Name"])["TagSet"]}
	    except Exception:
	        tags = {}
	    lines.append("bucket %s %s" % (b["Name"], tags.get("terrace:workspace", "untagged")))
	    for o in s3.list_objects_v2(Bucket=b["Name"]).get("Contents", []):
	        body = s3.get_object(Bucket=b["Name"], Key=o["Key"])["Body"].read().decode()
	        lines.append("object %s/%s %s" % (b["Name"], o["Key"], body.strip().replace("\n", "|")))
	iam = client("iam")
	for r in iam.list_roles()["Roles"]:
	    lines.append("role " + r["RoleName"])
	glue = client("glue")
	for d in glue.get_databases()["DatabaseList"]:
	    lines.append("database " + d["Name"])
	for j in glue.get_jobs()["Jobs"]:
	    lines.append("job %s %s" % (j["Name"], j.get("Description", "-")))
	sfn = client("stepfunctions")
	for m in sfn.list_state_machines()["stateMachines"]:
	    lines.append("state-machine " + m["name"])
	print("\n".join(sorted(lines)))
	PY
}

# lab_objects ID...: what inventory shows of these attendees' labs, with
# the script's text $SCRIPT and the job's description $RELEASE.
lab_objects () {
	local id
	for id in "$@"; do
		printf '%s\n' "bucket ws-$id $id" "object ws-$id/scripts/clean.py $SCRIPT" \
			"role ws-$id-glue" "database ws_$id" "job ws-$id-clean $RELEASE" \
			"state-machine ws-$id-pipeline"
	done
}

# by_hand: what inventory shows of what others made (always there).
by_hand () {
	printf '%s\n' "bucket ws-handmade untagged" "database wsprod_sales"
}

# attendees FILE ID...: an attendee list.
attendees () {
	local f=$1
	shift
	{ echo id; printf '%s\n' "$@"; } >"$f"
}

# json_labs FILE: the -json list as "ATTENDEE=WORD" words.
json_labs () {
	json_get "$1" "\" \".join(e[\"attendee\"] + \"=\" + e[\"lab\"] for e in d)"
}

test_expect_success 'setup: the lab stack, the class list, what others made by hand' '
	mkdir lab &&
	write_stack lab/stack.yaml "  attendee: {type: string}
  release: {type: string, default: r1}" &&
	cat >>lab/stack.yaml <<-YAML &&
	lab:
	  parallel: 20
	  allowed_endpoints: ["$TEST_ENDPOINT"]
	  name_prefix: ws
	resources:
	  bucket:
	    type: aws.s3.bucket
	    name: ws-\${var.attendee}
	  script:
	    type: aws.s3.object
	    bucket: \${bucket.name}
	    key: scripts/clean.py
	    source: clean.py
	    content_type: text/x-python
	  role:
	    type: aws.iam.role
	    name: ws-\${var.attendee}-glue
	    assume_role_policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Principal: {Service: [glue.amazonaws.com, states.amazonaws.com]}, Action: "sts:AssumeRole"}]}
	  database:
	    type: aws.glue.database
	    name: ws_\${var.attendee}
	  job:
	    type: aws.glue.job
	    name: ws-\${var.attendee}-clean
	    description: release r1
	    role: \${role.arn}
	    command: {script_location: "s3://\${bucket.name}/\${script.key}"}
	    default_arguments: {"--database": "\${database.name}"}
	  pipeline:
	    type: aws.sfn.state_machine
	    name: ws-\${var.attendee}-pipeline
	    role_arn: \${role.arn}
	    definition:
	      StartAt: Clean
	      States:
	        Clean: {Type: Pass, Result: {rows: 3}, Next: Done}
	        Done: {Type: Succeed}
	outputs:
	  bucket: \${bucket.name}
	  database: \${database.name}
	  pipeline: \${pipeline.arn}
	  access_code: {value: "code-\${var.attendee}", sensitive: true}
	YAML
	echo "print(\"clean v1\")" >lab/clean.py &&
	attendees class.csv "${ids[@]}" &&
	curl -sf -X POST "$MOTO_ENDPOINT/moto-api/config" \
		-d "{\"stepfunctions\": {\"execute_state_machine\": true}}" >/dev/null &&
	s3 glue create-database --database-input Name=wsprod_sales &&
	s3 s3api create-bucket --bucket ws-handmade >/dev/null &&
	inventory >now &&
	by_hand >expect &&
	test_cmp expect now
'

SCRIPT='print("clean v1")' RELEASE='release r1'

test_expect_success "1. lab up: a class of $N, each ready" '
	(cd lab && timed "lab up" terrace lab up . -attendees ../class.csv >../up.out 2>../up.err) &&
	test_contains up.out "Lab up: $N ready, 0 failed." &&
	test_equal "$N" "$(grep -c "^s[0-9][0-9] *ready " up.out)" &&
	inventory >now &&
	{ by_hand; lab_objects "${ids[@]}"; } | sort >expect &&
	test_cmp expect now
'

test_expect_success '2. a late joiner: lab up makes only theirs, the others apply nothing' '
	attendees joined.csv "${ids[@]}" s41 &&
	(cd lab && terrace lab up . -attendees ../joined.csv -json >../up2.json 2>../up2.err) &&
	json_get up2.json "sorted(set(\"%s %s\" % (e[\"lab\"], e[\"detail\"]) for e in d if e[\"attendee\"] != \"s41\"))" >details &&
	test_equal "[\"ready Apply complete! Resources: 0 added, 0 changed, 0 destroyed.\"]" "$(cat details)" &&
	test_equal "$((N + 1)) ready Apply complete! Resources: 6 added, 0 changed, 0 destroyed." \
		"$(json_get up2.json "\"%d %s %s\" % (len(d), d[-1][\"lab\"], d[-1][\"detail\"]) if d[-1][\"attendee\"] == \"s41\" else d[-1]")" &&
	test -e lab/.terrace/lab/s41.credentials.json &&
	inventory >now &&
	{ by_hand; lab_objects "${ids[@]}" s41; } | sort >expect &&
	test_cmp expect now
'

# The class from here on: s17 has left, s41 has joined.
class=("${ids[@]/s17}" s41)
class=(${class[@]})
attendees class.csv "${class[@]}"

test_expect_success '3-4. a leaver and a script roll-out: lab up updates every attendee'\''s script and nothing else, names the leaver (-json too), leaves their lab' '
	echo "print(\"clean v2\")" >lab/clean.py &&
	(cd lab && terrace lab up . -attendees ../class.csv -json >../up3_4.json 2>../up3_4.err) &&
	for id in "${class[@]}"; do
		grep "will be" lab/.terrace/lab/$id.log >changes &&
		test_equal "  # script will be updated in-place" "$(cat changes)" || return 1
	done &&
	json_get up3_4.json "sorted(set(\"%s %s\" % (e[\"lab\"], e[\"detail\"]) for e in d[:-1]))" >details &&
	test_equal "[\"ready Apply complete! Resources: 0 added, 1 changed, 0 destroyed.\"]" "$(cat details)" &&
	test_equal "$((N + 1)) s17=not listed" "$(json_get up3_4.json "\"%d %s=%s\" % (len(d), d[-1][\"attendee\"], d[-1][\"lab\"])")" &&
	test_equal "not on the attendee list; 6 resource(s) (lab down -leavers tears it down)" \
		"$(json_get up3_4.json "d[-1][\"detail\"]")" &&
	test_equal false "$(json_get up3_4.json "\"outputs\" in d[-1]")" &&
	inventory >now &&
	{ by_hand; SCRIPT="print(\"clean v2\")" lab_objects "${class[@]}"; lab_objects s17; } | sort >expect &&
	test_cmp expect now
'

test_expect_success '3. lab status names the leaver; lab down -leavers tears down only theirs' '
	(cd lab && test_expect_code 2 terrace lab status . -attendees ../class.csv >../status3.out 2>../status3.err) &&
	test_match status3.out "^s17 +not listed +not on the attendee list; 6 resource\(s\)" &&
	test_contains status3.out "$N ok, 0 drifted, 0 with changes, 0 gone, 0 failed, 1 not on the list." &&
	(cd lab && test_expect_code 0 terrace lab down . -attendees ../class.csv -leavers -auto-approve >../down3.out 2>../down3.err) &&
	test_contains down3.out "Lab down destroys t0539-lab-class-of-40 for 1 attendee(s):" &&
	test_contains down3.out "Lab down: 1 destroyed, 0 failed, 0 had no workspace." &&
	! test -e lab/terrace.state.d/s17 &&
	! test -e lab/.terrace/lab/s17.credentials.json &&
	test -e lab/.terrace/lab/s16.credentials.json &&
	inventory >now &&
	{ by_hand; SCRIPT="print(\"clean v2\")" lab_objects "${class[@]}"; } | sort >expect &&
	test_cmp expect now
'

SCRIPT='print("clean v2")'

# lab_rows FILE WORD: the attendees with that word in lab up's table (its
# rows begin with the id; the progress lines above it are indented).
lab_rows () {
	awk -v word="$2" '/^s[0-9][0-9] / && ($2 == word || $2 " " $3 == word) {print $1}' "$1"
}

test_expect_success '5. an interrupted up: ready, interrupted and not started counted as they happened' '
	sed -i "s/description: release r1/description: release r2/" lab/stack.yaml &&
	rm -f lab/.terrace/lab/*.log &&
	{ (cd lab && exec setsid "$TERRACE" lab up . -attendees ../class.csv >../up5.out 2>../up5.err </dev/null) & } &&
	lab=$! &&
	wait_for_line up5.out " ready " $lab &&
	kill -INT -- -$lab &&
	{ wait $lab; rc=$?; } &&
	test_equal 1 "$rc" &&
	lab_rows up5.out ready >ready &&
	lab_rows up5.out interrupted >interrupted &&
	lab_rows up5.out "not started" >not-started &&
	R=$(wc -l <ready) I=$(wc -l <interrupted) S=$(wc -l <not-started) &&
	{ { test "$I" = 0 && was=; } || was=", $I interrupted"; } &&
	test_contains up5.out "Lab up: $R ready, 0 failed$was, $S not started." &&
	test_equal "$N" "$((R + I + S))" &&
	test "$R" -ge 1 && test "$S" -ge 1 &&
	test_contains up5.err "$S attendee(s) not started: interrupted (Ctrl-C) before it started" &&
	for id in $(cat interrupted); do
		test_match up5.err "^$id interrupted: (Error: .*interrupted.*|killed by signal 2 \(Interrupt\).*) \(log: " || return 1
	done &&
	inventory >now &&
	for id in $(cat ready); do
		test_line now "job ws-$id-clean release r2" || return 1
	done &&
	for id in $(cat not-started); do
		test_line now "job ws-$id-clean release r1" &&
		! test -e lab/.terrace/lab/$id.log || return 1 # negatives: no run of terrace (the interrupted lab up above, its exit code and lines read)
	done
'

RELEASE='release r2'

test_expect_success '5. its resume: lab up again, every attendee ready with the change' '
	(cd lab && terrace lab up . -attendees ../class.csv -json >../resume5.json 2>../resume5.err) &&
	test_equal "$N" "$(json_get resume5.json "len([e for e in d if e[\"lab\"] == \"ready\"])")" &&
	for id in $(cat not-started); do
		test_equal "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." \
			"$(json_get resume5.json "[e[\"detail\"] for e in d if e[\"attendee\"] == \"$id\"][0]")" || return 1
	done &&
	inventory >now &&
	{ by_hand; lab_objects "${class[@]}"; } | sort >expect &&
	test_cmp expect now
'

test_expect_success '6. lab run: the state machine of every attendee succeeds' '
	(cd lab && terrace lab run . pipeline -attendees ../class.csv >../run6.out 2>../run6.err) &&
	test_contains run6.out "Running pipeline in t0539-lab-class-of-40 for $N attendee(s), 20 at a time" &&
	test_contains run6.out "$N succeeded, 0 failed." &&
	test_equal "$N" "$(grep -cE "^s[0-9]{2} +succeeded +[0-9]+:[0-9]{2}$" run6.out)"
'

test_expect_success '7. lab output -csv: the hand-out, one row per attendee, each with its credentials file' '
	(cd lab && test_expect_code 0 terrace lab output . -attendees ../class.csv -csv >../handout.csv 2>../output7.err) &&
	test_equal "id,bucket,database,pipeline,credentials" "$(head -n 1 handout.csv)" &&
	for id in "${class[@]}"; do echo "$id,ws-$id,ws_$id,arn:aws:states:us-east-1:123456789012:stateMachine:ws-$id-pipeline,./.terrace/lab/$id.credentials.json"; done >expect &&
	tail -n +2 handout.csv >rows &&
	test_cmp expect rows &&
	for id in "${class[@]}"; do
		f=lab/.terrace/lab/$id.credentials.json &&
		test_equal 600 "$(stat -c %a "$f")" &&
		echo "$id $f" || return 1
	done >files &&
	python3 -S -c "import json, sys
for line in open(sys.argv[1]):
    id, f = line.split()
    assert json.load(open(f)) == {\"access_code\": \"code-\" + id}, f" files &&
	test_not_contains handout.csv code-s
'

test_expect_success '8. lab down: every attendee destroyed, nothing of the lab left' '
	(cd lab && test_expect_code 0 timed "lab down" terrace lab down . -attendees ../class.csv -auto-approve >../down8.out 2>../down8.err) &&
	test_contains down8.out "Lab down: $N destroyed, 0 failed, 0 had no workspace." &&
	! ls lab/terrace.state.d/ 2>/dev/null | grep . && # negatives: no run of terrace (lab down run through timed above, its exit code and its counts read)
	! ls lab/.terrace/lab/*.credentials.json 2>/dev/null && # negatives: no run of terrace (lab down run through timed above, its exit code and its counts read)
	inventory >now &&
	by_hand >expect &&
	test_cmp expect now
'

test_expect_success '9. three attendees up again, their state lost: sweep lists the lab'\''s, names the hand-made bucket, never wsprod_sales' '
	attendees three.csv s01 s02 s03 &&
	(cd lab && terrace lab up . -attendees ../three.csv >../up9.out 2>../up9.err) &&
	test_contains up9.out "Lab up: 3 ready, 0 failed." &&
	rm -rf lab/terrace.state.d lab/terrace.state.json* &&
	(cd lab && N=3 test_expect_code 0 timed sweep terrace sweep >../sweep9.out 2>../sweep9.err) &&
	sweep_rows sweep9.out >rows &&
	for id in s01 s02 s03; do
		printf "%s\n" "aws.glue.database ws_$id - - by name" \
			"aws.glue.job ws-$id-clean t0539-lab-class-of-40 $id by tag" \
			"aws.iam.role ws-$id-glue t0539-lab-class-of-40 $id by tag" \
			"aws.s3.bucket ws-$id t0539-lab-class-of-40 $id by tag" \
			"aws.sfn.state_machine ws-$id-pipeline t0539-lab-class-of-40 $id by tag"
	done >expect &&
	echo "aws.s3.bucket ws-handmade - - not the lab'\''s, left" >>expect &&
	sort -o expect expect &&
	test_cmp expect rows &&
	test_not_contains sweep9.out wsprod &&
	test_line sweep9.out "Note: 1 object not the lab'\''s, left: named by the lab'\''s name_prefix, but without a terrace:stack tag (made by hand?). sweep never deletes it; delete it yourself if it should go." &&
	test_line sweep9.out "15 to delete (12 found by tag, 3 by name). This was a dry run: nothing was deleted. Run \`terrace sweep -force\` with the same options to delete them."
'

test_expect_success '9. sweep -force: nothing of the lab left; what others made is still there' '
	(cd lab && N=3 timed "sweep -force" terrace sweep -force >../force9.out 2>../force9.err) &&
	test_line force9.out "Sweep complete! 15 deleted." &&
	test_match force9.out "^aws.s3.bucket +ws-handmade .* not the lab.s, left$" &&
	inventory >now &&
	by_hand >expect &&
	test_cmp expect now
'

test -f "$TRASH/figures" && sed 's/^/# figure: /' "$TRASH/figures"
test_done
