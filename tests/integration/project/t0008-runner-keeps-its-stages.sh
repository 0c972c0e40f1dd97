#!/usr/bin/env bash
# t0008-runner-keeps-its-stages: make test's unit stage beside the
# integration run (TEST_UNIT_STAGE) and the stages before it (TEST_STAGES)
# are run.sh's own: it reports them, and the files it runs do not see them.
# A run.sh a file starts (t0007's, t0730's) used to inherit the stage and
# wait for make unit to end before its closing line: t0007's 1.6 s step took
# about four minutes of every fresh clone (4ea16017: 241 s).
# What failed is named again just before the closing line ("# what
# failed:"): a CI log is read from its end, and the slowest-files summary
# after the files' output used to push the failing step out of the tail
# the CI record keeps.
. "$(dirname "$0")/../lib.sh"

QUIET_RUNNER="TEST_MOTO_ZYGOTE=0 SERVERS_AWS_CLI_RUN=0"

test_expect_success 'setup: a file that says which stage it sees, and a stage that ended' '
	mkdir files &&
	printf "%s\n" "#!/usr/bin/env bash" \
		"echo \"ok 1 - stage \${TEST_UNIT_STAGE:-none}, stages \${TEST_STAGES:-none}\"" \
		>files/t9991-stage-seen.sh &&
	echo "the unit stage ran" >stage.log &&
	echo "0 7" >stage.rc
'

test_expect_success 'run.sh reports the stage it was given, and its file sees none' '
	env $QUIET_RUNNER TEST_UNIT_STAGE="$PWD/stage" TEST_STAGES="deps 1 s" TEST_JOBS=1 \
		"$REPO_ROOT/tests/integration/run.sh" "$PWD/files/t9991-stage-seen.sh" >run.out 2>&1 &&
	test_contains run.out "ok 1 - stage none, stages none" &&
	test_contains run.out "the unit stage ran" &&
	test_contains run.out "ok - the unit stage" &&
	test_contains run.out "# stages: deps 1 s, unit and the release build 7 s beside it, integration" &&
	test_contains run.out " passed, 0 failed"
'

test_expect_success 'a stage that failed is counted as one failure' '
	echo "2 9" >stage.rc &&
	test_expect_code 1 env $QUIET_RUNNER TEST_UNIT_STAGE="$PWD/stage" TEST_JOBS=1 \
		"$REPO_ROOT/tests/integration/run.sh" "$PWD/files/t9991-stage-seen.sh" >failed.out 2>&1 &&
	test_contains failed.out "not ok - the unit stage (make unit) failed" &&
	test_contains failed.out " passed, 1 failed" &&
	tail -n 3 failed.out >tail.out &&
	test_contains tail.out "# what failed:" &&
	test_contains tail.out "#   unit stage: make unit failed"
'

test_expect_success 'a failing step is named again at the end, with its file' '
	printf "%s\n" "#!/usr/bin/env bash" "echo \"ok 1 - first\"" \
		"echo \"not ok 2 - the second breaks\"" "exit 1" >files/t9992-one-fails.sh &&
	chmod +x files/t9992-one-fails.sh &&
	test_expect_code 1 env $QUIET_RUNNER TEST_JOBS=1 \
		"$REPO_ROOT/tests/integration/run.sh" "$PWD/files/t9992-one-fails.sh" >one.out 2>&1 &&
	tail -n 4 one.out >tail.out &&
	test_contains tail.out "# what failed:" &&
	test_contains tail.out "#   t9992-one-fails: not ok 2 - the second breaks" &&
	test_contains tail.out "#   t9992-one-fails: exited with status 1" &&
	test_contains tail.out " passed, 1 failed"
'

test_done
