#!/usr/bin/env bash
# t0007-time-limit-grows-with-load: run.sh's time limit of a file grows
# with the machine's load past what the suite makes itself (load_factor:
# the 1-minute load over four runnable processes a core), so that no file
# fails because the machine is busy, and a file that runs past its limit on
# an idle machine still ends, "timed out". A file that takes 3 s under a
# limit of 1 s: timed out at load 0, passes at a load thirty times the
# suite's own (a limit of 30 s). /proc/loadavg's place is taken by a file
# ($TEST_LOADAVG_FILE). Before load_factor, the second step failed.
. "$(dirname "$0")/../lib.sh"

# The runner within this one starts no servers of its own (its file needs
# none): no moto zygote, no AWS CLI server (a minute of the fresh clone's
# 22 with them).
QUIET_RUNNER="TEST_MOTO_ZYGOTE=0 SERVERS_AWS_CLI_RUN=0"

test_expect_success 'setup: a file that takes 3 s, and two loads' '
	mkdir files &&
	printf "%s\n" "#!/usr/bin/env bash" "echo \"ok 1 - slept\"" "sleep 3" >files/t9990-sleeper.sh &&
	echo "0.00 0.00 0.00 1/1 1" >idle &&
	echo "$((4 * $(nproc) * 30)).00 0.00 0.00 1/1 1" >busy
'

test_expect_success 'at load 0 the file runs past its limit of 1 s: timed out' '
	test_expect_code 1 env $QUIET_RUNNER TEST_LOADAVG_FILE="$PWD/idle" TEST_TIMEOUT=1 TEST_JOBS=1 \
		"$REPO_ROOT/tests/integration/run.sh" "$PWD/files/t9990-sleeper.sh" >idle.out 2>&1 &&
	test_contains idle.out "not ok - t9990-sleeper timed out after 1s"
'

test_expect_success 'at a load thirty times the suite'"'"'s own the limit is 30 s: the file passes' '
	env $QUIET_RUNNER TEST_LOADAVG_FILE="$PWD/busy" TEST_TIMEOUT=1 TEST_JOBS=1 \
		"$REPO_ROOT/tests/integration/run.sh" "$PWD/files/t9990-sleeper.sh" >busy.out 2>&1 &&
	test_contains busy.out "ok 1 - slept" &&
	# negatives: no run of terrace (the runner run.sh, its output read above)
	test_not_contains busy.out "timed out"
'

test_done
