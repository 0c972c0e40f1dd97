#!/usr/bin/env bash
# t1121-matrix-apply-lit-var-loc: issue 39's matrix (see t1120) through the
# commands that change things, for the ways literal, variable and local:
# each way's stack (one resource of every type moto, PostgreSQL and OpenSSH
# can make, and the blocks build, python, lifecycle, depends_on) is applied,
# planned again (no change), read back (show -json, state show of every
# resource, output -json, console: the same value everywhere, the way's),
# and destroyed (nothing left in state); tests/integration/matrix_run.py's
# apply phase. Then the variable way's stack as a lab (terrace lab up with
# one attendee, terrace sweep listing what it made without state, lab down:
# sweep then finds nothing). Prints the cells tried as "# figure:" lines.
. "$(dirname "$0")/../lib.sh"
. "$TEST_DIR/matrix.sh"

own_crontabs
matrix_servers
export MATRIX_LAB_ENDPOINT=$TEST_ENDPOINT/
matrix_apply_ways lit var loc

test_expect_success 'var as a lab: lab up, sweep lists what it made, lab down, sweep finds nothing' '
	python3 "$TEST_DIR/matrix.py" schema.json lab var &&
	printf "id\nann\n" >lab/var/people.csv &&
	(cd lab/var &&
	 timeout 300 "$TERRACE" lab up . -attendees people.csv >up.out 2>up.err &&
	 test_match up.out "^  ann +ready " &&
	 timeout 120 "$TERRACE" sweep >sweep.out 2>sweep.err &&
	 for t in aws.s3.bucket aws.iam.role aws.ec2.vpc aws.glue.database aws.lambda.function; do
		test_contains sweep.out "$t" || return 1
	 done &&
	 timeout 300 "$TERRACE" lab down . -attendees people.csv -auto-approve >down.out 2>down.err &&
	 timeout 120 "$TERRACE" sweep >sweep2.out 2>sweep2.err &&
	 test_not_contains sweep2.out aws.s3.bucket) &&
	echo "# figure: lab up, sweep, lab down: $(wc -l <lab/var/cells) cells tried" >figures.lab
'

matrix_figures
test_done
