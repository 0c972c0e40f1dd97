#!/usr/bin/env bash
# t0530-lab: `terrace lab up|status|down` against moto with a small stack:
# one workspace per attendee (from CSV and from YAML, with per-attendee
# variables), one result line per attendee, the outputs table, sensitive
# outputs only in ID.credentials.json (0600); re-running up only adds what
# is missing; status tells ok, drifted (objects changed outside terrace),
# with changes (the stack's or the attendee's variables') and gone apart,
# in the same words on the live lines and in the table; down lists what it
# destroys, -dry-run stops there, it asks on a terminal (-auto-approve
# without one), then destroys every
# attendee's resources, tolerating ones deleted by hand, and deletes the
# workspaces; bad attendee files are refused with file:line, a column that
# names no variable once, before any attendee starts.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

mkdir lab
write_stack lab/stack.yaml '  attendee: {type: string}
  tier: {type: string, default: bronze}
  token: {type: string, default: t0530-secret-token, sensitive: true}'
cat >>lab/stack.yaml <<-'EOF'
lab:
  parallel: 2
resources:
  home:
    type: aws.s3.bucket
    name: "t0530-${var.attendee}"
    tags: {tier: "${var.tier}"}
  readme:
    type: aws.s3.object
    bucket: "${home.name}"
    key: README
    content: "welcome ${var.attendee}"
outputs:
  bucket: "${home.name}"
  token: {value: "${var.token}", sensitive: true}
EOF
printf 'id,tier\nann,gold\nbob,\ncid,silver\n' >people.csv

test_expect_success 'lab up applies one workspace per attendee' '
	{ terrace lab up lab -attendees people.csv >out 2>err; echo $? >up.rc; } &&
	test_equal 0 "$(cat up.rc)" &&
	test_contains out "Applying t0530-lab for 3 attendee(s), 2 at a time" &&
	test_match out "^  ann +ready .*Apply complete! Resources: 2 added" &&
	test_match out "^  cid +ready " &&
	test_contains out "Lab up: 3 ready, 0 failed." &&
	for a in ann bob cid; do bucket_exists t0530-$a || return 1; done &&
	bucket_tags t0530-ann >tags && test_contains tags "tier=gold" &&
	bucket_tags t0530-bob >tags && test_contains tags "tier=bronze" &&
	bucket_tags t0530-cid >tags && test_contains tags "terrace:workspace=cid" &&
	test -f lab/terrace.state.d/bob/terrace.state.json
'

test_expect_success 'the table shows outputs; secrets only in a 0600 file per attendee' '
	test_equal 0 "$(cat up.rc)" &&
	test_match out "^ATTENDEE +STATUS +bucket +credentials \(0600\)" &&
	test_match out "^bob +ready +t0530-bob +lab/.terrace/lab/bob.credentials.json" &&
	test_not_contains out t0530-secret-token && # negatives: no run of terrace (lab up of step 1, its exit code in up.rc and its table read above)
	test_equal 600 "$(stat -c %a lab/.terrace/lab/bob.credentials.json)" &&
	test_contains lab/.terrace/lab/bob.credentials.json t0530-secret-token
'

test_expect_success 'up again only fixes what is missing' '
	s3 s3 rm s3://t0530-bob/README >/dev/null &&
	terrace lab up lab -attendees people.csv >out 2>err &&
	test_match out "^  bob +ready .*Apply complete! Resources: 1 added, 0 changed" &&
	test_match out "^  ann +ready .*No changes|^  ann +ready .*Apply complete! Resources: 0 added, 0 changed, 0 destroyed"
'

test_expect_success 'status: ok, drifted (changed outside terrace), with changes (the stack'"'"'s own), gone' '
	s3 s3api put-bucket-tagging --bucket t0530-cid --tagging "TagSet=[{Key=tier,Value=x}]" &&
	printf -- "- id: ann\n  tier: platinum\n- bob\n- id: cid\n  tier: silver\n- dan\n" >people.yaml &&
	test_expect_code 2 terrace lab status lab -attendees people.yaml >out 2>err &&
	test_match out "^  ann +changes .*Plan: 0 to add, 1 to change, 0 to destroy." &&
	test_match out "^  cid +drifted .*Plan: 0 to add, 1 to change, 0 to destroy." &&
	test_match out "^ann +changes +Plan: 0 to add, 1 to change, 0 to destroy." &&
	test_match out "^bob +ok " &&
	test_match out "^cid +drifted +Plan: 0 to add, 1 to change, 0 to destroy." &&
	test_match out "^dan +gone +no workspace" &&
	test_contains out "1 ok, 1 drifted, 1 with changes, 1 gone, 0 failed." &&
	test_expect_code 2 terrace lab status lab -attendees people.yaml -json >status.json 2>err &&
	test_equal "ann=changes bob=ok cid=drifted dan=gone" \
		"$(json_get status.json "\" \".join(e[\"attendee\"] + \"=\" + e[\"lab\"] for e in d)")"
'

test_expect_success 'down first lists what goes; -dry-run stops there; it asks, and refuses without a terminal' '
	test_expect_code 0 terrace lab down lab -attendees people.csv -dry-run >out 2>err &&
	test_contains out "Lab down destroys t0530-lab for 3 attendee(s):" &&
	test_match out "^  ATTENDEE +RESOURCES$" &&
	test_match out "^  ann +2$" && test_match out "^  cid +2$" &&
	test_contains out "6 resource(s) in 3 workspace(s); 0 attendee(s) have no workspace." &&
	test_contains out "This was a dry run: nothing was destroyed." &&
	test_not_contains out "Destroying" &&
	test_expect_code 1 terrace lab down lab -attendees people.csv >out 2>err </dev/null &&
	test_contains err "lab down needs confirmation" &&
	test_contains err "pass -auto-approve" &&
	{ printf "no\n" | script -qec "\"$TERRACE\" lab down lab -attendees people.csv" /dev/null >out 2>&1; rc=$?; } &&
	test_equal 1 "$rc" &&
	test_contains out "Do you really want to destroy these attendees'"'"' labs?" &&
	test_contains out "lab down cancelled." &&
	test_not_contains out "Destroying" &&
	bucket_exists t0530-bob && test -e lab/terrace.state.d/bob &&
	test_expect_code 1 terrace lab up lab -attendees people.csv -auto-approve >out 2>err &&
	test_contains err "lab up: -auto-approve, -dry-run and -leavers are for lab down"
'

test_expect_success 'down destroys everything, even what was deleted by hand, and the workspaces' '
	s3 s3 rb --force s3://t0530-ann >/dev/null &&
	test_expect_code 0 terrace lab down lab -attendees people.csv -auto-approve >out 2>err &&
	test_contains out "Lab down: 3 destroyed, 0 failed, 0 had no workspace." &&
	for a in ann bob cid; do ! bucket_exists t0530-$a || return 1; done &&
	! test -e lab/terrace.state.d/bob &&
	test_expect_code 2 terrace lab status lab -attendees people.csv >out 2>err &&
	test_contains out "0 ok, 0 drifted, 0 with changes, 3 gone"
'

test_expect_success 'bad attendee files are refused with file:line' '
	printf "name\nann\n" >bad1.csv &&
	test_expect_code 1 terrace lab up lab -attendees bad1.csv >out 2>err &&
	test_contains err "bad1.csv:1: the header has no \"id\" column" &&
	printf "id\nann\nann@example.com\n" >bad2.csv &&
	test_expect_code 1 terrace lab up lab -attendees bad2.csv >out 2>err &&
	test_contains err "bad2.csv:3: attendee id \"ann@example.com\" cannot name a workspace: use letters, digits, \"-\" and \"_\" (a mail address is refused, not trimmed: write the part before the @ as the id)" &&
	printf -- "- ann\n- ann\n" >bad3.yaml &&
	test_expect_code 1 terrace lab up lab -attendees bad3.yaml >out 2>err &&
	test_contains err "bad3.yaml:2: attendee \"ann\" is listed twice" &&
	! bucket_exists t0530-ann
'

test_expect_success 'a column like a variable of the stack (a typo): refused once, before any attendee starts' '
	printf "id,tier,teir\nfay,gold,x\ngus,,y\n" >bad4.csv &&
	test_expect_code 1 terrace lab up lab -attendees bad4.csv >out 2>err &&
	test_line err "Error: bad4.csv:1: column \"teir\" is no variable of the stack lab (its variables: endpoint, access_key, secret_key, attendee, tier, token): each column but id sets the variable it names" &&
	test_equal 1 "$(grep -c "^Error" err)" &&
	test_empty out &&
	! test -e lab/.terrace/lab/fay.log &&
	printf -- "- fay\n- {id: gus, tier: gold, tokn: eu}\n" >bad5.yaml &&
	test_expect_code 1 terrace lab up lab -attendees bad5.yaml >out 2>err &&
	test_contains err "bad5.yaml:2: column \"tokn\" is no variable of the stack lab" &&
	! test -e lab/.terrace/lab/fay.log &&
	! bucket_exists t0530-fay && ! bucket_exists t0530-gus
'

test_done
