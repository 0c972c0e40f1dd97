#!/usr/bin/env bash
# t0534-lab-leavers: never forget an attendee (issue 50 §2). Someone taken
# off the list keeps their lab: lab up, status and down name the workspaces
# not on the list with what each holds; `lab down` removes a leaver's
# workspace that holds nothing (a failed or renamed id) and keeps one that
# holds something, and exits 1 naming it with the command that tears it
# down (issue 56 §1), counting the empty one apart (§6: not a lab
# destroyed); `lab down -leavers` tears those down (only those). The
# credentials file of each attendee torn down goes with their lab.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

mkdir lab
write_stack lab/stack.yaml '  attendee: {type: string}'
cat >>lab/stack.yaml <<-'EOF2'
lab:
  parallel: 3
resources:
  home:
    type: aws.s3.bucket
    name: "t0534-${var.attendee}"
outputs:
  bucket: "${home.name}"
  secret: {value: "t0534-${var.attendee}-secret", sensitive: true}
EOF2
# a class of four, one named like a word of the stack (home: its resource);
# bob leaves
printf 'id\nann\nbob\nhome\ncid\n' >people.csv
printf 'id\nann\nhome\ncid\n' >stayed.csv

test_expect_success 'lab up names the workspaces not on the list, with what each holds' '
	terrace lab up lab -attendees people.csv >out 2>err &&
	test_contains out "Lab up: 4 ready, 0 failed." &&
	test -e lab/.terrace/lab/bob.credentials.json &&
	(cd lab && terrace workspace new zed && terrace workspace select default) >out 2>err &&
	terrace lab up lab -attendees stayed.csv >out 2>err &&
	test_contains out "Lab up: 3 ready, 0 failed." &&
	test_contains out "2 workspace(s) not on the attendee list: bob (1 resource), zed (0 resources). \`terrace lab down -leavers\` tears them down"
'

test_expect_success 'lab status shows them as rows of their own' '
	test_expect_code 2 terrace lab status lab -attendees stayed.csv >out 2>err &&
	test_match out "^bob +not listed +not on the attendee list; 1 resource\(s\)" &&
	test_match out "^zed +not listed +not on the attendee list; 0 resource\(s\)" &&
	test_contains out "3 ok, 0 drifted, 0 with changes, 0 gone, 0 failed, 2 not on the list." &&
	test_expect_code 2 terrace lab status lab -attendees stayed.csv -json >st.json 2>err &&
	test_equal "ann=ok home=ok cid=ok bob=not listed zed=not listed" \
		"$(json_get st.json "\" \".join(e[\"attendee\"] + \"=\" + e[\"lab\"] for e in d)")"
'

test_expect_success 'lab down: the class and the empty leaver go, the leaver with a lab is kept and named' '
	test_expect_code 0 terrace lab down lab -attendees stayed.csv -dry-run >out 2>err &&
	test_match out "^  bob +1 +not on the attendee list: kept \(lab down -leavers tears it down\)$" &&
	test_match out "^  zed +0 +not on the attendee list$" &&
	test_contains out "Lab down destroys t0534-lab-leavers for 4 attendee(s):" &&
	test_expect_code 1 terrace lab down lab -attendees stayed.csv -auto-approve >out 2>err &&
	test_contains out "Lab down: 3 destroyed, 1 empty workspace deleted, 0 failed, 0 had no workspace, 1 not on the list." &&
	test_contains err "Error: lab down: 1 lab(s) or object(s) still up:" &&
	test_contains err "  bob: not on the attendee list; 1 resource(s) kept: terrace lab down lab -attendees stayed.csv -leavers" &&
	! bucket_exists t0534-ann && ! bucket_exists t0534-home && bucket_exists t0534-bob &&
	! test -e lab/terrace.state.d/zed && ! test -e lab/terrace.state.d/ann &&
	! test -e lab/terrace.state.d/home &&
	! test -e lab/.terrace/lab/ann.credentials.json &&
	test -e lab/.terrace/lab/bob.credentials.json
'

test_expect_success 'lab down -leavers tears down only the workspaces not on the list' '
	terrace lab up lab -attendees stayed.csv >out 2>err &&
	test_contains out "Lab up: 3 ready, 0 failed." &&
	test_expect_code 0 terrace lab down lab -attendees stayed.csv -leavers -auto-approve >out 2>err &&
	test_contains out "Lab down destroys t0534-lab-leavers for 1 attendee(s):" &&
	test_contains out "Lab down: 1 destroyed, 0 failed, 0 had no workspace." &&
	! bucket_exists t0534-bob && bucket_exists t0534-ann &&
	! test -e lab/terrace.state.d/bob &&
	! test -e lab/.terrace/lab/bob.credentials.json &&
	test_expect_code 0 terrace lab down lab -attendees stayed.csv -auto-approve >out 2>err &&
	test_contains out "Lab down: 3 destroyed, 0 failed, 0 had no workspace." &&
	! bucket_exists t0534-home
'

test_done
