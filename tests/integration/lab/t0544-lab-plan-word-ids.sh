#!/usr/bin/env bash
# t0544-lab-plan-word-ids: lab plan masks an attendee's id only where it
# stands as the attendee's value (issue 56 §5). Attendees named max and
# name, words of the stack's plan (max_message_size, name = ..., a tag
# "max"), beside ann and cid: the plans are the same for the class and
# shown once with ATTENDEE where each id stands, the words kept; a plan
# that differs in a value is still told apart. A plan that only moves says
# so beside "changes" (§6: "changes" beside "Plan: 0 to add, 0 to change, 0
# to destroy" said nothing).
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

mkdir lab
write_stack lab/stack.yaml '  attendee: {type: string}
  size: {type: number, default: 2048}'
cat >>lab/stack.yaml <<-'EOF2'
lab:
  parallel: 4
resources:
  jobs:
    type: aws.sqs.queue
    name: "t0544-${var.attendee}-jobs"
    max_message_size: ${var.size}
    tags: {limit: max, owner: "${var.attendee}"}
EOF2
printf 'id\nann\nmax\nname\ncid\n' >class.csv
printf 'id,size\nann,\nmax,\nname,4096\ncid,\n' >sizes.csv

test_expect_success 'attendees named max and name: one plan for the class, the words kept' '
	test_expect_code 0 terrace lab plan lab -attendees class.csv >out 2>err &&
	test_match out "^max +changes +Plan: 1 to add, 0 to change, 0 to destroy.$" &&
	test_contains out "The same plan for every attendee with changes (ATTENDEE stands for each id):" &&
	test_match out "^ +[+] name += \"t0544-ATTENDEE-jobs\"$" &&
	test_match out "^ +[+] max_message_size += 2048$" &&
	test_match out "\"limit\" += \"max\"" &&
	test_match out "\"owner\" += \"ATTENDEE\"" &&
	test_not_contains out "ATTENDEE_message_size" &&
	test_equal 1 "$(grep -c "will be created" out)" &&
	test_contains out "Lab plan: 0 up to date, 4 with changes, 0 drifted, 0 failed."
'

test_expect_success 'one attendee with another value: the plans differ' '
	test_expect_code 0 terrace lab plan lab -attendees sizes.csv >out 2>err &&
	test_contains out "The plans differ between attendees: each is in its log, lab/.terrace/lab/ID.log." &&
	test_not_contains out "The same plan for every attendee"
'

test_expect_success 'a move only: the detail says what changes beside "changes" (issue 56 §6)' '
	terrace lab up lab -attendees class.csv >up.out 2>up.err &&
	test_contains up.out "Lab up: 4 ready, 0 failed." &&
	sed -i -e "s/^  jobs:$/  queue:/" lab/stack.yaml &&
	printf "moved:\n  - from: jobs\n    to: queue\n" >>lab/stack.yaml &&
	terrace lab plan lab -attendees class.csv >mv.out 2>mv.err &&
	test_match mv.out "^max +changes +Plan: 0 to add, 0 to change, 0 to destroy; in the state only: 1 moved \(moved:\)\.$" &&
	test_expect_code 2 terrace lab status lab -attendees class.csv >st.out 2>st.err &&
	test_match st.out "^name +changes +Plan: 0 to add, 0 to change, 0 to destroy; in the state only: 1 moved \(moved:\)\.$" &&
	terrace lab down lab -attendees class.csv -auto-approve >down.out 2>down.err &&
	test_contains down.out "Lab down: 4 destroyed"
'

test_done
