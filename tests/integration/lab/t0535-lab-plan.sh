#!/usr/bin/env bash
# t0535-lab-plan: `terrace lab plan`, the class-wide preview before lab up
# (issue 50 §3): each attendee's plan summary in a table, the plan itself
# once when it is the same for every attendee with changes (the id as
# ATTENDEE), else where each one is; an attendee without a workspace is
# planned against no state, and no workspace is made; the class's totals
# per type and its attendees new, changed and unchanged apart (issue 56 §5).
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

mkdir lab
write_stack lab/stack.yaml '  attendee: {type: string}
  tier: {type: string, default: bronze}'
cat >>lab/stack.yaml <<-'EOF2'
lab:
  parallel: 2
resources:
  home:
    type: aws.s3.bucket
    name: "t0535-${var.attendee}"
    tags: {tier: "${var.tier}"}
EOF2
# four attendees, one named like a word of the stack (tier: a variable and
# a tag's key), which the same plan shown once must not take for the id
printf 'id\nann\nbob\ntier\ndan\n' >people.csv

test_expect_success 'lab plan before lab up: the summaries, the same plan once, no workspace made' '
	test_expect_code 0 terrace lab plan lab -attendees people.csv >out 2>err &&
	test_match out "^ATTENDEE +PLAN +DETAIL$" &&
	test_match out "^ann +changes +Plan: 1 to add, 0 to change, 0 to destroy.$" &&
	test_match out "^bob +changes +Plan: 1 to add, 0 to change, 0 to destroy.$" &&
	test_match out "^tier +changes +Plan: 1 to add, 0 to change, 0 to destroy.$" &&
	test_match out "^dan +changes +Plan: 1 to add, 0 to change, 0 to destroy.$" &&
	test_contains out "The same plan for every attendee with changes (ATTENDEE stands for each id):" &&
	test_match out "name += \"t0535-ATTENDEE\"" &&
	test_match out "\"tier\" += \"bronze\"" &&
	test_equal 1 "$(grep -c "will be created" out)" &&
	test_contains out "Lab plan: 0 up to date, 4 with changes, 0 drifted, 0 failed." &&
	test_contains out "The class (4 attendees) makes: aws.s3.bucket 4: 4 resources." &&
	test_contains out "Attendees: 4 new (ann, bob, tier, dan), 0 changed, 0 unchanged." &&
	! test -e lab/terrace.state.d/ann && ! bucket_exists t0535-ann
'

test_expect_success 'lab plan -json: the class in a row of its own after the attendees'"'"', as the summary gives it' '
	test_expect_code 0 terrace lab plan lab -attendees people.csv -json >plan.json 2>err &&
	test_equal "ann=changes bob=changes tier=changes dan=changes" \
		"$(json_get plan.json "\" \".join(e[\"attendee\"] + \"=\" + e[\"lab\"] for e in d[:-1])")" &&
	test_equal class "$(json_get plan.json "d[-1][\"lab\"]")" &&
	test_equal "The class (4 attendees) makes: aws.s3.bucket 4: 4 resources." \
		"$(json_get plan.json "d[-1][\"detail\"]")" &&
	test_equal "{\"aws.s3.bucket\": 4}" "$(json_get plan.json "d[-1][\"totals\"]")" &&
	test_equal "4 4 []" "$(json_get plan.json "\"%d %d %s\" % (d[-1][\"attendees\"], d[-1][\"resources\"], d[-1][\"at_least\"])")" &&
	test_equal "[[\"ann\", \"bob\", \"tier\", \"dan\"], [], [], []]" \
		"$(json_get plan.json "[d[-1][k] for k in (\"new\", \"changed\", \"unchanged\", \"quotas\")]")" &&
	! test -e lab/terrace.state.d/ann
'

test_expect_success 'after lab up: up to date; plans that differ are not shown as one' '
	test_expect_code 0 terrace lab up lab -attendees people.csv >out 2>err &&
	test_expect_code 0 terrace lab plan lab -attendees people.csv >out 2>err &&
	test_contains out "Lab plan: 4 up to date, 0 with changes, 0 drifted, 0 failed." &&
	test_not_contains out "The same plan" &&
	printf "id,tier\nann,gold\nbob,\ntier,\ndan,\ncid,\n" >more.csv &&
	test_expect_code 0 terrace lab plan lab -attendees more.csv >out 2>err &&
	test_match out "^ann +changes +Plan: 0 to add, 1 to change, 0 to destroy.$" &&
	test_match out "^bob +up to date " &&
	test_match out "^cid +changes +Plan: 1 to add" &&
	test_contains out "The plans differ between attendees: each is in its log, lab/.terrace/lab/ID.log." &&
	test_contains out "Attendees: 1 new (cid), 1 changed (ann), 3 unchanged (bob, tier, dan)." &&
	test_expect_code 0 terrace lab plan lab -attendees more.csv -json >plan.json 2>err &&
	test_equal "ann=changes bob=up to date tier=up to date dan=up to date cid=changes" \
		"$(json_get plan.json "\" \".join(e[\"attendee\"] + \"=\" + e[\"lab\"] for e in d[:-1])")" &&
	test_equal "ann=changed bob=unchanged tier=unchanged dan=unchanged cid=new" \
		"$(json_get plan.json "\" \".join(e[\"attendee\"] + \"=\" + e[\"change\"] for e in d[:-1])")" &&
	test_equal "[[\"cid\"], [\"ann\"], [\"bob\", \"tier\", \"dan\"], 5]" \
		"$(json_get plan.json "[d[-1][k] for k in (\"new\", \"changed\", \"unchanged\", \"resources\")]")" &&
	test_expect_code 0 terrace lab down lab -attendees people.csv -auto-approve >out 2>err
'

test_done
