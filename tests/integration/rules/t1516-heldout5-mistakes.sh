#!/usr/bin/env bash
# t1516-heldout5-mistakes: issue 87's fifth held-out measure, the 68
# mistakes of tests/corpus/heldout5 (written on 2026-12-01 from AWS's models
# and schemas by someone who had not read terrace's checks; its README says
# how; values arriving by variable, local, reference, module input, list
# element and literal), each stack.yaml and its fixed.yaml (with the case's
# own module, handler or layer) through validate and plan on one moto by its
# measure.py: every case's verdict (refused for the reason, refused wrongly,
# missed) and whether its fixed stack was refused must be what results.txt
# says, so a check that comes in, one that goes and a valid stack refused
# (a terrace defect) all fail here until results.txt is written again
# (measure.py without -check).
. "$(dirname "$0")/../lib.sh"

start_moto MOTO_IAM_LOAD_MANAGED_POLICIES=true || test_fail_setup "moto did not start"
use_server moto

measure=$REPO_ROOT/tests/corpus/heldout5/measure.py

test_expect_success 'every case is refused, or missed, as results.txt says, and no fixed stack is refused' '
	python3 "$measure" -terrace "$TERRACE" -endpoint "$MOTO_ENDPOINT" -check >all.out 2>&1 ||
		{ grep "^measure:" all.out; false; } &&
	test_contains all.out "heldout5: 68 cases, " &&
	test_contains all.out " 0 fixed stacks refused" &&
	tail -n 1 all.out
'

test_expect_success 'a case the list says otherwise of fails the check (a module input case)' '
	sed "s/^sqs-receive-wait-30-mod: .*/sqs-receive-wait-30-mod: missed/" \
		"$REPO_ROOT/tests/corpus/heldout5/results.txt" >other.txt &&
	test_expect_code 1 python3 "$measure" -terrace "$TERRACE" -endpoint "$MOTO_ENDPOINT" \
		-only sqs-receive-wait-30-mod -results other.txt -check >one.out 2>&1 &&
	test_contains one.out "measure: sqs-receive-wait-30-mod: other.txt has (" &&
	python3 "$measure" -terrace "$TERRACE" -endpoint "$MOTO_ENDPOINT" \
		-only sqs-receive-wait-30-mod -check >same.out 2>&1
'

test -f "$TRASH/all.out" && grep "^heldout5: " "$TRASH/all.out" | sed "s/^/# figure: /"
test_done
