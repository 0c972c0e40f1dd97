#!/usr/bin/env bash
# t1513-heldout-mistakes: issue 87's measure, the mistakes of
# tests/corpus/heldout (67, written from AWS's documentation by someone who
# had not read terrace's checks; its README says how), each stack.yaml and
# its fixed.yaml through validate and plan on one moto by measure.py: every
# case's verdict (refused for the reason, refused for another, missed), the
# stage that refused it and whether its fixed stack passed must be what the
# reviewed results.txt says, so a check that comes in, one that goes and a
# fixed stack refused (a valid stack refused: a terrace defect) all fail
# here until the list is written again (measure.py without --check).
. "$(dirname "$0")/../lib.sh"

start_moto MOTO_IAM_LOAD_MANAGED_POLICIES=true || test_fail_setup "moto did not start"
use_server moto

measure=$REPO_ROOT/tests/corpus/heldout/measure.py
measure () {
	"$measure" --terrace "$TERRACE" --endpoint "$MOTO_ENDPOINT" "$@"
}

test_expect_success 'every case is refused, or missed, as results.txt says, and no fixed stack is refused' '
	measure --work "$TRASH/all" --check >all.out 2>&1 || { grep "^measure:" all.out; false; } &&
	test_contains all.out "heldout: 67 cases, " &&
	test_contains all.out " 0 fixed stacks refused" &&
	tail -n 1 all.out
'

test_expect_success 'a case the list says otherwise of fails the check, either way' '
	grep "^events-rule-target-input-not-json	" "$REPO_ROOT/tests/corpus/heldout/results.txt" >one.txt &&
	test "$(cut -f4-6 one.txt)" = "reason	validate	ok" &&
	measure --only events-rule-target-input-not-json --results one.txt --check >out 2>&1 &&
	sed "s/	reason	validate	ok	/	missed	ok	ok	/" one.txt >other.txt &&
	test_expect_code 1 measure --only events-rule-target-input-not-json --results other.txt --check >out 2>&1 &&
	test_contains out "measure: events-rule-target-input-not-json: other.txt has missed ok ok, this run reason validate ok"
'

test -f "$TRASH/all.out" && grep "^heldout: " "$TRASH/all.out" | sed "s/^/# figure: /"
test_done
