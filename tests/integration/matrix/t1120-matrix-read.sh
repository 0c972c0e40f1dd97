#!/usr/bin/env bash
# time-limit: 1200 (48 s of CPU; 494 s seen under a full suite at load 10-12)
# t1120-matrix-read: issue 39's matrix, where features meet, through the
# commands that change nothing. tests/integration/matrix.py writes one
# stack per way a value reaches an attribute (a literal, a variable, a
# local, a data: lookup of the account, another stack's output, a module's
# output, for_each, count, a value known only after apply, a sensitive
# variable), each holding one resource of every registered type (t0435's
# bodies of every aws type made appliable against moto; postgres and ssh
# types as t0310 and t0320 apply them) and the blocks build, python,
# lifecycle and depends_on, the way's value in one attribute of each.
# tests/integration/matrix_run.py runs validate, validate -json, plan, show
# -json of the saved plan, graph, policy, build and console on each way's
# stack, and plan -all over all of them (the way `stack` after the stack it
# reads),
# every command under timeout: no crash, no hang; the plan's values are the
# way's (unknown for a value known after apply, sensitive for a secret,
# which no command prints); the policy names the same ARNs as the literal
# way's; a refused cell (found by running each resource alone) must exit 1
# naming file:line:col or the resource (a way whose value no bucket or
# role name takes proves that judging). Against moto, PostgreSQL and
# OpenSSH on loopback. Prints the matrix's size as "# figure:" lines.
. "$(dirname "$0")/../lib.sh"
. "$TEST_DIR/matrix.sh"

matrix_servers
WAYS="lit var loc data stack mod each count after secret"

matrix_setup
for way in $WAYS; do
	matrix_step read $way "validate, validate -json, plan, show -json, graph, policy, build, console"
done

test_expect_success 'a way whose value no name takes ("Bad_Name!"): the cells refused are found one by one, each with its file:line:col' '
	python3 "$TEST_DIR/matrix.py" schema.json refused bad aws_s3_bucket aws_iam_role aws_glue_database &&
	python3 "$TEST_DIR/matrix_run.py" schema.json refused read bad >result.bad 2>&1;
	rc=$?; cat result.bad; test $rc = 0 &&
	test_match result.bad "^REFUSED bad validate aws_s3_bucket: \./stack\.yaml:[0-9]+:[0-9]+: error: resource \"aws_s3_bucket\" \(aws\.s3\.bucket\): name: \"Bad_Name!-name\"" &&
	test_match result.bad "^REFUSED bad validate aws_iam_role: \./stack\.yaml:[0-9]+:[0-9]+: error: resource \"aws_iam_role\"" &&
	# negatives: no run of terrace (matrix_run.py runs it for each cell: its result lines, read above)
	test_not_contains result.bad "aws_glue_database" &&
	test_line result.bad "# figure: validate: 3 cells tried, 2 refused with a message, 0 failures"
'

test_expect_success 'plan -all over every way'"'"'s stack: each planned, the reader after the stack it reads' '
	(cd m && timeout 300 "$TERRACE" plan -all -detailed-exitcode -no-color >../all.out 2>../all.err);
	rc=$? && test $rc = 2 &&
	test_line all.out "base: No changes. Your infrastructure matches the configuration." &&
	for w in $WAYS; do
		n=$(wc -l <m/$w/cells) &&
		test_line all.out "$w: Plan: $((n + $(test $w = after && echo 1 || echo 0))) to add, 0 to change, 0 to destroy." || return 1
	done &&
	test "$(grep -n "^== base " all.out | cut -d: -f1)" -lt "$(grep -n "^== stack " all.out | cut -d: -f1)" &&
	echo "# figure: plan -all: $(cat m/*/cells | wc -l) cells tried" >figures.all
'

matrix_figures
test_done
