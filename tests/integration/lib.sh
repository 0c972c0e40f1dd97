# tests/integration/lib.sh: the integration test library, in the style of
# git's t/test-lib.sh. Each tNNNN-name.sh sources it, starts the servers it
# needs, then runs steps:
#
#   test_expect_success 'what it shows' '
#           terrace plan >out &&
#           test_contains out "Plan: 1 to add, 0 to change, 0 to destroy."
#   '
#   test_done
#
# A step's commands run with eval in the test's shell (so variables set in one
# step are seen by the next), joined with && so the first failing command fails
# the step; `return 1` inside a loop fails it too. The step passes when they
# exit 0 and the terrace runs inside left no sanitizer report. Each step
# prints "ok N - what" or "not ok N - what"; a failed one is followed by its
# commands, the assertion messages, and the stderr files it wrote. test_done
# prints the file's count and exits non-zero if any step failed.
#
# Every test file runs in a fresh temporary folder (its cwd, $TRASH), removed
# afterwards unless a step failed or TEST_KEEP=1. TERRACE names the binary
# (default: build-san/terrace of this repository). Servers come from
# tests/servers/lib.sh and are stopped when the file exits.
#
# Assertions (each prints what it saw to the step's log when it fails):
#   test_expect_code N CMD...       CMD must exit with status N
#   test_contains FILE TEXT         FILE has TEXT (fixed string) somewhere
#   test_not_contains FILE TEXT     FILE does not have TEXT
#   test_line FILE LINE             FILE has LINE as a whole line (leading and
#                                   trailing blanks ignored)
#   test_match FILE REGEX           FILE has a line matching the extended REGEX
#   test_equal EXPECTED ACTUAL      two strings are equal
#   test_cmp EXPECTED_FILE ACTUAL_FILE
#   test_empty FILE                 FILE is empty
#
# Helpers:
#   terrace ARGS...                 runs $TERRACE (a sanitizer stop fails the step)
#   test_exclusive NAME             no other file saying NAME runs meanwhile
#   pg_provider [SETTING...]        prints the providers: block of a stack on
#                                   the test's PostgreSQL server
#   write_stack FILE [VARIABLE_LINES]  writes the stack header (name, the
#                                   endpoint/access_key/secret_key variables,
#                                   an aws provider that uses them) to FILE;
#                                   append resources: with a heredoc
#   use_server moto|moto_auth|s3rver   points TERRACE_VAR_endpoint/access_key/
#                                   secret_key at that server
#   aws_server ARGS... (or s3 ...)  the aws CLI against the server in use
#   stand_in_roles NAME...          IAM roles of those names on the server in
#                                   use, as another stack would make them, for
#                                   a stack that names a role by its ARN (plan
#                                   reads that it exists)
#   stack_tags [WORKSPACE]          the tags terrace adds to what it tags, as
#                                   "key=value" lines: terrace:stack=$TEST_NAME
#                                   (write_stack's name), terrace:workspace=
#                                   WORKSPACE (default: default)

# No set -u or -e: a step's failure is its exit status, never the end of the file.

TEST_NAME=$(basename "$0" .sh)
# TEST_DIR: tests/integration, where lib.sh and the shared helpers are;
# TEST_HERE: the test file's own folder (aws/s3/, plan/, ...: group.py),
# where its tNNNN/ helper folder is.
TEST_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
TEST_HERE=$(cd "$(dirname "$0")" && pwd)
REPO_ROOT=$(cd "$TEST_DIR/../.." && pwd)
TERRACE=${TERRACE:-$REPO_ROOT/build-san/terrace}

. "$REPO_ROOT/tests/servers/lib.sh"

# The folder has a parent of its own: destroy looks for the stacks that read
# a stack's outputs in the folder above it (cmd/all.c, four levels down),
# which would otherwise be /tmp with every other file's folder in it (and
# every folder a failed run kept): 100-270 s of a destroy step in a full run.
TRASH_PARENT=$(mktemp -d "${TMPDIR:-/tmp}/terrace-$TEST_NAME.XXXXXX") || exit 1
TRASH=$TRASH_PARENT/w
mkdir "$TRASH" || exit 1
test_count=0
test_passed=0
test_failed=0

test_cleanup () {
	local remove=0
	test "$test_failed" -eq 0 && test "${TEST_KEEP:-0}" != 1 && remove=1
	# A file that declared sensitive values, or gave terrace variables,
	# leaves its folder to run.sh, which scans it (and the file's output)
	# once the file has ended, then removes it as this would have.
	if test -n "${TEST_SCAN_DIR:-}" && { test -s "$TRASH_PARENT/sensitive.values" ||
		test -s "$TRASH_PARENT/sensitive.vars"; }; then
		printf '%s\n%s\n' "$TRASH_PARENT" "$remove" >"$TEST_SCAN_DIR/$TEST_NAME"
		test "$remove" = 1 && return
	elif test "$remove" = 1; then
		cd / && rm -rf "$TRASH_PARENT"
		return
	fi
	echo "# $TEST_NAME: files kept in $TRASH"
	test_show_server_logs
}

# A failed file shows how its servers' logs end, so that a CI run, whose
# kept files are gone with its machine, still tells whether a server died.
test_show_server_logs () {
	local log
	for log in "$SERVERS_DIR"/*.log; do
		test -s "$log" || continue
		echo "# the end of ${log#"$TRASH"/}:"
		tail -n 8 "$log" | sed 's/^/#   /'
	done
}

servers_init "$TRASH/.servers" || exit 1
servers_at_exit test_cleanup
mkdir -p "$TRASH/.log" "$TRASH/.sanitizer"
cd "$TRASH" || exit 1

# python3 is the interpreter behind it (SERVERS_PYTHON), not pyenv's shim,
# for the steps and for what terrace runs (its python builds' `python3 -m
# pip install`): a shim runs a chain of bash at every call, and after a pip
# install pyenv rehashes its shims, which fails ("pyenv: cannot rehash: ...
# isn't writable", exit 1) while another file's pip rehashes at the same time.
# In a whole run (run.sh) it is py_client.c, which runs the script in a
# child of the run's aws CLI server, forked with everything imported.
if test -n "${SERVERS_PY_CLIENT:-}" && test -x "$SERVERS_PY_CLIENT"; then
	mkdir -p "$TRASH/.bin" && ln -sf "$SERVERS_PY_CLIENT" "$TRASH/.bin/python3" &&
		PATH=$TRASH/.bin:$PATH
elif test -n "${SERVERS_PYTHON:-}" && test "$(command -v python3)" != "$SERVERS_PYTHON"; then
	mkdir -p "$TRASH/.bin" && ln -sf "$SERVERS_PYTHON" "$TRASH/.bin/python3" &&
		PATH=$TRASH/.bin:$PATH
fi

# Fd 5 carries assertion messages to the step's log even when a step
# redirects stderr.
exec 5>&2

# The terrace under test sees no terminal, no colour, no user AWS setup, and
# writes sanitizer reports to files that each step checks.
export NO_COLOR=1
# CI changes terrace's defaults (no prompts, no colour): every file sees the
# same terrace wherever it runs; t0431 sets CI itself where it tests that.
unset CI
export AWS_CONFIG_FILE=/nonexistent AWS_SHARED_CREDENTIALS_FILE=/nonexistent
export AWS_EC2_METADATA_DISABLED=true
# The aws CLI that steps run (s3, aws_at...) goes through one server per
# file that has imported awscli (tests/servers/aws_cli_server.py): a fresh
# `aws` spends about a second of CPU importing before it sends anything.
# SERVERS_AWS_CLI_SERVER=0 runs the plain aws command instead.
SERVERS_AWS_CLI_SERVER=${SERVERS_AWS_CLI_SERVER:-1}
# The helper scripts that read moto with botocore or boto3 (servers_py) go
# through that server too; SERVERS_PY_SERVER=0 runs them on a fresh python.
SERVERS_PY_SERVER=${SERVERS_PY_SERVER:-1}
unset AWS_PROFILE AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN
# The state's hashes of sensitive values at the lowest cost terrace takes
# (TERRACE_SECRET_HASH_COST=10, N=1024: provider/stored_secret.c), as
# Devise lowers bcrypt's under test: the suite makes and checks thousands,
# about 50 ms of CPU each at the default N=16384 (t0539, t1122 and the
# matrix a third of their CPU). t0100 runs with the default and checks both.
export TERRACE_SECRET_HASH_COST=10
# The day the checks that follow AWS's calendar judge on (Lambda's runtime
# lifecycle: provider/aws/lambda/rules.c, TERRACE_TODAY): one fixed day, so
# that a published stack the suite holds valid is not refused by the date
# alone; the tests of the dates themselves set their own.
export TERRACE_TODAY=${TERRACE_TODAY-2026-11-30}
# AddressSanitizer and LeakSanitizer write their reports to files (checked
# after each step); UndefinedBehaviorSanitizer writes to stderr whatever
# log_path says, so it exits with its own status instead, which terrace()
# turns into a report.
# Allocation stacks are taken with the fast frame-pointer unwinder (terrace
# is built with -fno-omit-frame-pointer): the slow DWARF unwinder on every
# malloc doubled the suite's time.
SANITIZER_EXIT=87
export ASAN_OPTIONS="detect_leaks=1:exitcode=$SANITIZER_EXIT:log_path=$TRASH/.sanitizer/asan"
export LSAN_OPTIONS="exitcode=$SANITIZER_EXIT:log_path=$TRASH/.sanitizer/lsan"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:exitcode=$SANITIZER_EXIT"
# The aws provider's consistency window (consistency_timeout, default 300 s):
# a refresh that finds nothing at the id of an object made less than that
# long ago reads again until it has passed. moto is consistent at once, and a
# test that deletes an object outside terrace right after making it must not
# wait for it; a test of the window sets its own (t0980).
export TERRACE_AWS_CONSISTENCY_TIMEOUT=${TERRACE_AWS_CONSISTENCY_TIMEOUT-0}
# Plan reads what a literal of a kind of identifier names (a role's ARN, a
# subnet's id: provider/aws/checks/kinds/reads.c), as users get it: a file's stacks
# make what they name, or name what the file made on moto first; the few
# that turn the reads off (TERRACE_AWS_READ_LITERALS=0) say why.
# The suite's stacks write an endpoint of their own (moto, s3rver), which
# makes a provider's server another than AWS (docs/providers/aws.md, "Other
# S3 servers"): moto stands in for AWS here, and what rests on an AWS
# account's defaults (Block Public Access, default quotas) is judged as AWS
# judges it. A stack that says `server: minio` is judged as MinIO (t0093).
export TERRACE_AWS_SERVER=aws

terrace () {
	local rc mark
	mark=$(test_scan_before_run)
	"$TERRACE" "$@"
	rc=$?
	test_scan_after_run "$mark" "$@"
	if test "$rc" -eq "$SANITIZER_EXIT"; then
		echo "terrace $* exited $rc: a sanitizer stopped it (see its stderr)" \
			>"$TRASH/.sanitizer/exit.$BASHPID.$RANDOM"
	fi
	return $rc
}

say_fail () {
	echo "$*" >&5
}

test_expect_code () {
	local want=$1 got
	shift
	"$@"
	got=$?
	if test "$got" != "$want"; then
		say_fail "expected exit code $want, got $got from: $*"
		return 1
	fi
	return 0
}

# show_file FILE: a failed step's file in the log, each value the file
# marks sensitive (as run.sh's scan knows them: declared, or found by the
# harness) masked, so that a failure does not put a secret in a CI log.
show_file () {
	echo "--- $1:" >&5
	if test -f "$1"; then
		python3 "$REPO_ROOT/tests/integration/scan_secrets.py" --mask "$TRASH_PARENT" "$1" |
			sed 's/^/| /' >&5
	else
		echo "(no such file)" >&5
	fi
}

test_contains () {
	if ! grep -qF -e "$2" "$1" 2>/dev/null; then
		say_fail "expected $1 to contain: $2"
		show_file "$1"
		return 1
	fi
}

test_not_contains () {
	if grep -qF -e "$2" "$1" 2>/dev/null; then
		say_fail "expected $1 not to contain: $2"
		show_file "$1"
		return 1
	fi
}

test_line () {
	if ! sed 's/^[[:space:]]*//; s/[[:space:]]*$//' "$1" 2>/dev/null | grep -qxF -e "$2"; then
		say_fail "expected $1 to have the line: $2"
		show_file "$1"
		return 1
	fi
}

test_match () {
	if ! grep -qE -e "$2" "$1" 2>/dev/null; then
		say_fail "expected $1 to have a line matching: $2"
		show_file "$1"
		return 1
	fi
}

test_equal () {
	if test "$1" != "$2"; then
		say_fail "expected: $1"
		say_fail "     got: $2"
		return 1
	fi
}

test_cmp () {
	if ! diff -u "$1" "$2" >&5; then
		say_fail "$1 and $2 differ"
		return 1
	fi
}

test_empty () {
	if test -s "$1"; then
		say_fail "expected $1 to be empty"
		show_file "$1"
		return 1
	fi
}

# Sanitizer reports written since the last step: print them, then clear.
test_sanitizer_reports () {
	local f found=1
	for f in "$TRASH"/.sanitizer/*; do
		test -e "$f" || continue
		echo "sanitizer report $f:"
		sed 's/^/| /' "$f"
		rm -f "$f"
		found=0
	done
	return $found
}

# The stderr files (names with "err") this step wrote, to show why it failed.
test_show_stderr_files () {
	local f
	find . -path ./.log -prune -o -path ./.servers -prune -o \
		-type f -name '*err*' -newer "$1" -print 2>/dev/null | sort |
	while read -r f; do
		test -s "$f" || continue
		echo "--- ${f#./} (stderr written by this step):"
		python3 "$REPO_ROOT/tests/integration/scan_secrets.py" --mask "$TRASH_PARENT" "$f" |
			head -n 40 | sed 's/^/| /'
	done
}

# A step's body runs inside this function, so `return` in it ends the step.
test_eval_ () {
	eval "$1"
}

test_expect_success () {
	local desc=$1 body=$2 log rc began=$EPOCHREALTIME
	test_count=$((test_count + 1))
	log=$TRASH/.log/$test_count
	: >"$log.start"
	test_eval_ "$body" >"$log" 2>&1 5>&1 </dev/null
	rc=$?
	# Where a run's time goes (run.sh sums it up): one line per step.
	if test -n "${TEST_STEP_TIMES:-}"; then
		printf '%s\t%s\t%s\n' "$TEST_NAME" \
			"$(awk -v a="$began" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')" \
			"$test_count $desc" >>"$TEST_STEP_TIMES"
	fi
	if test_sanitizer_reports >>"$log" 2>&1; then
		rc=99
	fi
	if test "$rc" -ne 0; then
		test_show_stderr_files "$log.start" >>"$log" 2>&1
	fi
	if test "$rc" -eq 0; then
		test_passed=$((test_passed + 1))
		echo "ok $test_count - $desc"
	else
		test_failed=$((test_failed + 1))
		echo "not ok $test_count - $desc"
		printf '%s\n' "$body" | sed 's/^/#\t/'
		echo "# output (exit $rc):"
		sed 's/^/#   /' "$log"
		# TEST_IMMEDIATE=1 (git's --immediate): the first failed step
		# ends the file, its servers stopped by the exit trap. make
		# mutants sets it: a mutant is caught by one failure, and the
		# steps after it (a wait the mutant made endless, up to its
		# own bound) need not run.
		if test "${TEST_IMMEDIATE:-0}" = 1; then
			echo "# TEST_IMMEDIATE: the steps after this one are not run"
			test_done
		fi
	fi
}

# wait_for_line FILE TEXT PID: until FILE has the line part TEXT, or PID
# exits, or 60 s pass (then it says which).
wait_for_line () {
	local i
	for i in $(seq 600); do
		grep -qF -e "$2" "$1" 2>/dev/null && return 0
		kill -0 "$3" 2>/dev/null || { echo "process $3 ended before printing: $2"; cat "$1"; return 1; }
		sleep 0.1
	done
	echo "no \"$2\" within 60s"
	return 1
}

# require_netns: start a network namespace (tests/servers/netns.sh), or
# report the file as one step named "skipped: ..." and end it. Making one
# needs root with CAP_NET_ADMIN, and iproute2.
require_netns () {
	start_netns && return 0
	echo "# skipped: cannot make a network namespace and veth pair: $NETNS_WHY"
	test_expect_success "skipped: no network namespace (needs root with CAP_NET_ADMIN): $NETNS_WHY" 'true'
	test_done
}

# test_exclusive NAME: for the rest of this file, no other test file that
# says the same NAME runs at once (they share something of the machine's,
# like the login user's crontab). The lock is an flock, released when the
# file's shell exits.
test_exclusive () {
	exec 7>"${TMPDIR:-/tmp}/terrace-test-$1.lock" && flock 7
}

# own_crontabs: for the rest of this file, every user's crontab is this
# file's own: the file runs again (exec) in a mount namespace of its own,
# where an empty tmpfs lies over cron's spool, so the real crontab command
# and the sshd this file starts (inside the namespace) read and write
# crontabs that no other file sees, and that vanish with the file. Call it
# first, before any server starts. Without unshare (no CAP_SYS_ADMIN), the
# file takes turns instead with every other file that writes crontabs
# (test_exclusive login-crontab), as they all did before: eleven files, over
# nine minutes of the suite, one after another.
own_crontabs () {
	local gid
	if test "${TEST_OWN_CRONTABS:-}" != "$TEST_NAME"; then
		if unshare --mount --propagation private true 2>/dev/null; then
			export TEST_OWN_CRONTABS=$TEST_NAME
			trap - EXIT
			cd / && rm -rf "$TRASH_PARENT"
			exec unshare --mount --propagation private -- bash "$TEST_HERE/$(basename "$0")"
		fi
		test_exclusive login-crontab
		return 0
	fi
	gid=$(getent group crontab | cut -d: -f3)
	mount -t tmpfs -o "mode=1730${gid:+,gid=$gid}" terrace-crontabs /var/spool/cron/crontabs ||
		test_fail_setup "cannot lay a tmpfs over /var/spool/cron/crontabs"
}

# A problem before any step (a server that does not start): counts as one
# failed step and ends the file.
test_fail_setup () {
	test_count=$((test_count + 1))
	test_failed=$((test_failed + 1))
	echo "not ok $test_count - setup: $*"
	test_done
}

test_done () {
	echo "# $TEST_NAME: $test_passed ok, $test_failed not ok"
	if test "$test_failed" -gt 0; then
		exit 1
	fi
	exit 0
}

# test_sensitive_values VALUE...: values this file marks sensitive (its
# sensitive TERRACE_VAR_*, a value it sets by hand on the server). When the
# file ends, run.sh (scan_secrets.py) fails it if one appears in its output
# or in any file of its work folder but the servers' side (.servers/: what
# moto and the aws CLI were sent) and those test_holds_secret names, naming
# where. Values shorter than 8 characters are refused: they would be found
# in anything.
test_sensitive_values () {
	local v
	for v in "$@"; do
		if test "${#v}" -lt 8; then
			test_fail_setup "test_sensitive_values: a value of ${#v} characters is too short to scan for"
		fi
	done
	# One JSON string a line: a value may hold a newline.
	python3 -c 'import json, sys; print("\n".join(json.dumps(v) for v in sys.argv[1:]))' "$@" \
		>>"$TRASH_PARENT/sensitive.values"
}

# What the harness knows without the file saying it (run.sh, so only when
# TEST_SCAN_DIR is set): before each `terrace` run, the TERRACE_VAR_*,
# TF_VAR_* and TERRACE_BACKEND_SECRET_KEY it is given (name and value,
# NUL-separated, in sensitive.vars; the scan keeps those of variables a stack
# of the work folder declares sensitive, write_stack's secret_key among
# them); after it, the files of the work folder the run wrote (newer than a
# mark made before it, and where its stdout and stderr went: in
# sensitive.touched), and a copy of what it printed to a file of the work
# folder as the run left it (printed/: a later step may write over it). The
# scan looks for those values only in what terrace wrote: what the test
# wrote itself (its stacks, a credentials file) is not terrace's output.
test_scan_before_run () {
	test -n "${TEST_SCAN_DIR:-}" || return 0
	local n mark=$TRASH_PARENT/.scan-mark.$BASHPID.$RANDOM
	for n in ${!TERRACE_VAR_*} ${!TF_VAR_*} TERRACE_BACKEND_SECRET_KEY; do
		test -n "${!n:-}" && printf '%s\0%s\0' "$n" "${!n}"
	done >>"$TRASH_PARENT/sensitive.vars"
	: >"$mark" && printf '%s' "$mark"
}

test_scan_after_run () {
	test -n "$1" || return 0
	local mark=$1 fd to self=$BASHPID outputs= rel asked=
	shift
	# `terrace output NAME` prints the value asked for, sensitive or not (as
	# Terraform's): no copy of it is kept (the file itself, if the last
	# step left that in it, is named by test_holds_secret).
	while test $# -gt 0 && case $1 in -*) true ;; *) false ;; esac; do shift; done
	if test "${1:-}" = output; then
		shift
		for to in "$@"; do case $to in -*) ;; *) asked=1 ;; esac; done
	fi
	for fd in 1 2; do
		to=$(readlink "/proc/$self/fd/$fd" 2>/dev/null) || continue
		case $to in "$TRASH"/*) ;; *) continue ;; esac
		test -f "$to" || continue
		case $outputs in *"$to"$'\n'*) continue ;; esac
		outputs+="$to"$'\n'
		# A later step often writes the same file (out, err): what this
		# run printed there is kept for the scan as it is now.
		rel=${to#"$TRASH"/}
		test -z "$asked" && mkdir -p "$TRASH_PARENT/printed" &&
			cp "$to" "$TRASH_PARENT/printed/${rel//\//%}.$EPOCHREALTIME"
	done
	{
		printf '%s' "$outputs"
		find "$TRASH" -path "$TRASH/.servers" -prune -o -type f -newer "$mark" -print 2>/dev/null
	} >>"$TRASH_PARENT/sensitive.touched"
	rm -f "$mark"
}

# test_holds_secret FILE...: files of the work folder that hold a sensitive
# value because the test asked for it (`terrace output NAME`, a plan file,
# which keeps the variables' values as `apply PLANFILE` needs them) or wrote
# it itself: the scan passes them over. Name each file, never a folder.
test_holds_secret () {
	local f
	for f in "$@"; do
		printf '%s\n' "${f#./}" >>"$TRASH_PARENT/sensitive.holds"
	done
}

# The stack header every test stack starts with. Extra variable declarations
# (YAML lines indented by two spaces) may be given as $2.
# start_fault_proxy VAR NAME ARGS...: tests/servers/fault_proxy.py in front
# of moto, or of $FAULT_UPSTREAM when set (ARGS choose the faults, NAME.log
# records them); VAR, the endpoint variable of what is tested, becomes the
# proxy. stop_fault_proxy VAR ends it and points VAR at that server again.
start_fault_proxy () {
	local var=$1 name=$2 i
	shift 2
	rm -f "$name.port"
	"$SERVERS_PYTHON" "$REPO_ROOT/tests/servers/fault_proxy.py" --upstream "${FAULT_UPSTREAM:-$MOTO_ENDPOINT}" \
		--port-file "$name.port" --log "$name.log" "$@" 2>"$name.proxy-err" &
	PROXY_PID=$!
	servers_track "$PROXY_PID"
	for i in $(seq 300); do
		test -s "$name.port" && break
		sleep 0.1
	done
	test -s "$name.port" || { cat "$name.proxy-err"; return 1; }
	export "$var=http://127.0.0.1:$(cat "$name.port")"
}

stop_fault_proxy () {
	kill "$PROXY_PID" 2>/dev/null
	wait "$PROXY_PID" 2>/dev/null
	export "$1=${FAULT_UPSTREAM:-$MOTO_ENDPOINT}"
	return 0
}

# start_reality VAR NAME ARGS...: tests/servers/aws_reality.py (AWS's timing:
# ids not yet visible, roles not yet usable, new buckets, lingering network
# interfaces, background deletes, throttling) in front of moto, or of
# $REALITY_UPSTREAM when set (e.g. $MOTO_AUTH_ENDPOINT, moto with its
# authentication). ARGS are its settings (--ec2-window 3 ...); NAME.log gets
# one line per answer it injected ("T KIND SERVICE:OPERATION ID"),
# NAME.requests one per request. VAR, the endpoint variable of what is
# tested, becomes the stand-in. stop_reality VAR ends it and points VAR at
# that server again. Behind the stand-in terrace waits as on AWS: the
# consistency window this file turns off for moto (above) is terrace's
# default again until stop_reality.
start_reality () {
	local var=$1 name=$2 i
	shift 2
	REALITY_SAVED_CONSISTENCY=$TERRACE_AWS_CONSISTENCY_TIMEOUT
	unset TERRACE_AWS_CONSISTENCY_TIMEOUT
	rm -f "$name.port"
	"$SERVERS_PYTHON" "$REPO_ROOT/tests/servers/aws_reality.py" --upstream "${REALITY_UPSTREAM:-$MOTO_ENDPOINT}" \
		--port-file "$name.port" --log "$name.log" --request-log "$name.requests" "$@" 2>"$name.reality-err" &
	REALITY_PID=$!
	servers_track "$REALITY_PID"
	for i in $(seq 300); do
		test -s "$name.port" && break
		kill -0 "$REALITY_PID" 2>/dev/null || break
		sleep 0.1
	done
	test -s "$name.port" || { cat "$name.reality-err"; return 1; }
	export "$var=http://127.0.0.1:$(cat "$name.port")"
}

stop_reality () {
	kill "$REALITY_PID" 2>/dev/null
	wait "$REALITY_PID" 2>/dev/null
	export TERRACE_AWS_CONSISTENCY_TIMEOUT=${REALITY_SAVED_CONSISTENCY-0}
	export "$1=${REALITY_UPSTREAM:-$MOTO_ENDPOINT}"
	return 0
}

# REALITY_TIMING: start_reality's settings for the files that put whole
# stacks through it (t0976-t0979, issue 30): every window counted in answers
# (--counted, 2 of each: a new id NotFound for the next 2 requests naming it,
# a role refused for each operation's first 2 uses of it, a deleted owner's interfaces holding
# what it sat in for the next 2 deletes, ...), so that every consumer meets
# the refusal however fast or slow the machine, and the run costs no wall
# time but terrace's own backoff; 2 % of the requests throttled at random;
# EC2's token buckets as AWS has them. The draws come from the seed one per
# request in arrival order, so the same requests by number are throttled
# every run (with seed 30 about the 93rd, 180th and 190th): each of these
# stacks sends over 250 and always meets throttling. Windows in seconds, as
# a real account shows them, are `make bench-reality`'s (bench/reality.sh).
REALITY_TIMING=(--counted --ec2-window 2 --iam-window 2 --s3-window 2 --eni-window 2
	--async-window 2 --throttle-rate 0.02 --seed 30)

# reality_injected LOG: "KIND COUNT" per kind of answer the stand-in injected
# (its NAME.log), one line each, sorted.
reality_injected () {
	awk '!/^#/ && NF >= 4 { n[$2]++ } END { for (k in n) print k, n[k] }' "$1" | sort
}

# reality_met LOG KIND...: the stand-in injected at least one answer of each
# KIND (so a run through it was not vacuous); names the kinds it did not.
reality_met () {
	local log=$1 kind missing=
	shift
	for kind in "$@"; do
		grep -q "^[0-9.]* $kind " "$log" || missing="$missing $kind"
	done
	test -z "$missing" && return 0
	say_fail "the stand-in injected no answer of kind$missing (it did: $(reality_injected "$log" | paste -sd, -))"
	return 1
}

# reality_waits_injected LOG DEBUG_LOG...: every wait terrace's debug logs
# (TERRACE_LOG=debug stderr) show ("SERVICE OPERATION: waiting for WHAT
# (CODE), ...") is for an operation the stand-in refused at least once with
# an injected answer (LOG) other than throttling (which terrace paces
# without such a line), and there is at least one. moto is consistent: a
# wait for one of its own answers is a wait for what will never change.
# Names each other operation waited for, how often, and the last line.
reality_waits_injected () {
	python3 - "$@" >spurious-waits <<-\PY || return 1
	import re, sys
	refused = set()
	for line in open(sys.argv[1]):
	    f = line.split()
	    if not line.startswith("#") and len(f) >= 4 and f[1] != "throttle":
	        refused.add(f[2].replace(":", " ", 1))
	bad, waits = {}, 0
	for name in sys.argv[2:]:
	    for line in open(name):
	        m = re.match(r"^\[debug\] ([a-z0-9-]+ [A-Za-z0-9]+): waiting for (.*)$", line.rstrip("\n"))
	        waits += bool(m)
	        if m and m.group(1) not in refused:
	            n = bad.get(m.group(1), (0,))[0]
	            bad[m.group(1)] = (n + 1, m.group(2))
	if not waits:
	    print("no wait at all in " + " ".join(sys.argv[2:]))
	for op, (n, text) in sorted(bad.items()):
	    print("%s: never refused by the stand-in, waited %d times: waiting for %s" % (op, n, text))
	PY
	test_empty spurious-waits
}

# pg_provider [SETTING...]: the providers: block of a stack on the test's
# PostgreSQL server (start_postgres: PG_HOST, PG_PORT; user terrace, its
# password the stack's pg_password variable, sslmode disable), each SETTING
# ("database: rsdev") added to the provider's; in a stack's heredoc as
# $(pg_provider).
pg_provider () {
	printf "providers:\n  postgres:\n    host: %s\n    port: %s\n    username: terrace\n" \
		"$PG_HOST" "$PG_PORT"
	printf "    password: \${var.pg_password}\n    sslmode: disable\n"
	local setting
	for setting in "$@"; do
		printf "    %s\n" "$setting"
	done
}

write_stack () {
	{
		echo "stack: $TEST_NAME"
		echo "variables:"
		echo "  endpoint: {type: string}"
		echo "  access_key: {type: string}"
		echo "  secret_key: {type: string, sensitive: true}"
		if test -n "${2:-}"; then
			printf '%s\n' "$2"
		fi
		cat <<-'EOF'
		providers:
		  aws:
		    region: us-east-1
		    endpoint: "${var.endpoint}"
		    path_style: true
		    access_key: "${var.access_key}"
		    secret_key: "${var.secret_key}"
		EOF
	} >"$1"
	test -n "${TEST_SCAN_DIR:-}" && echo secret_key >>"$TRASH_PARENT/sensitive.names"
	return 0
}

use_server () {
	case "$1" in
	moto)
		TEST_ENDPOINT=$MOTO_ENDPOINT TEST_ACCESS_KEY=$MOTO_ACCESS_KEY TEST_SECRET_KEY=$MOTO_SECRET_KEY ;;
	moto_auth)
		TEST_ENDPOINT=$MOTO_AUTH_ENDPOINT TEST_ACCESS_KEY=$MOTO_AUTH_ACCESS_KEY TEST_SECRET_KEY=$MOTO_AUTH_SECRET_KEY ;;
	s3rver)
		TEST_ENDPOINT=$S3RVER_ENDPOINT TEST_ACCESS_KEY=$S3RVER_ACCESS_KEY TEST_SECRET_KEY=$S3RVER_SECRET_KEY ;;
	*)
		echo "use_server: unknown server $1" >&2
		return 1 ;;
	esac
	export TERRACE_VAR_endpoint=$TEST_ENDPOINT
	export TERRACE_VAR_access_key=$TEST_ACCESS_KEY
	export TERRACE_VAR_secret_key=$TEST_SECRET_KEY
}

# aws_server ARGS...: the AWS CLI at the server use_server chose, with its
# keys (s3 ARGS...: the same, by its oldest name).
aws_server () {
	aws_at "$TEST_ENDPOINT" "$TEST_ACCESS_KEY" "$TEST_SECRET_KEY" "$@"
}

s3 () {
	aws_server "$@"
}

stand_in_roles () {
	local role
	for role in "$@"; do
		aws_server iam create-role --role-name "$role" --assume-role-policy-document \
			'{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}' \
			>/dev/null || return 1
	done
}

stack_tags () {
	printf 'terrace:stack=%s\nterrace:workspace=%s\n' "$TEST_NAME" "${1:-default}"
}

# sweep_rows FILE: the rows of `terrace sweep`'s table without the age
# (type, name, stack, workspace, found: "by tag", "by name", "not the lab's,
# left"), sorted.
sweep_rows () {
	awk '$1 ~ /^aws\./ && NF >= 7 {
		s = $1 " " $2 " " $3 " " $4
		for (i = 6; i <= NF; i++) s = s " " $i
		print s
	}' "$1" | sort
}

# Bucket helpers built on the aws CLI.
bucket_exists () {
	s3 s3api head-bucket --bucket "$1" >/dev/null 2>&1
}

# The bucket's tags as sorted "key=value" lines.
bucket_tags () {
	s3 s3api get-bucket-tagging --bucket "$1" --output text \
		--query 'TagSet[].[Key,Value]' | awk -F'\t' '{print $1 "=" $2}' | sort
}

# "Enabled", "Suspended", or "" when never set.
bucket_versioning () {
	s3 s3api get-bucket-versioning --bucket "$1" --output text --query 'Status' |
		sed 's/^None$//'
}

# Every key in the bucket, one per line, sorted.
bucket_keys () {
	s3 s3api list-objects-v2 --bucket "$1" --output json --query 'Contents[].Key' |
		python3 -c 'import json, sys
for k in sorted(json.load(sys.stdin) or []): print(k)'
}

# Every bucket on the server, one per line, sorted.
bucket_names () {
	s3 s3api list-buckets --output json --query 'Buckets[].Name' |
		python3 -c 'import json, sys
for k in sorted(json.load(sys.stdin) or []): print(k)'
}

# json_get FILE PYTHON_EXPR: prints the expression evaluated with d = the
# parsed JSON document in FILE (strings raw, others as JSON). Without site
# (-S): it needs the standard library only, and starts in half the time.
json_get () {
	python3 -S - "$1" "$2" <<-'EOF'
	import json, sys
	d = json.load(open(sys.argv[1]))
	v = eval(sys.argv[2], {"d": d})
	print(v if isinstance(v, str) else json.dumps(v, sort_keys=True))
	EOF
}

# keep_crontabs USER...: each USER's crontab as it is now, put back when
# the file exits, whatever happens (kept outside $TRASH, which the exit trap
# removes first); a USER who had none is left with none.
keep_crontabs () {
	local dir u
	dir=$(mktemp -d "${TMPDIR:-/tmp}/terrace-$TEST_NAME-crontabs.XXXXXX") ||
		test_fail_setup "mktemp"
	for u in "$@"; do
		crontab -u "$u" -l >"$dir/$u" 2>/dev/null || rm -f "$dir/$u"
	done
	servers_at_exit "restore_crontabs '$dir' $*"
}
restore_crontabs () { # DIR USER...
	local dir=$1 u
	shift
	for u in "$@"; do
		if test -f "$dir/$u"; then
			crontab -u "$u" "$dir/$u"
		else
			crontab -u "$u" -r 2>/dev/null
		fi
	done
	rm -rf "$dir"
}

# json_plan FILE [PLAN OPTIONS...]: the plan as Terraform's JSON plan in
# FILE: `terrace plan -out`, then `show -json` (`plan -json` prints the
# machine-readable UI stream, as Terraform's does). The plan's text goes to
# FILE.out; the plan file (which holds the plan's values) is removed.
json_plan () {
	local out=$1
	shift
	terrace plan -out "$out.tfplan" "$@" >"$out.out" && terrace show -json "$out.tfplan" >"$out" &&
	rm -f "$out.tfplan"
}

# check_json_plan FILE <<PY: FILE (terrace show -json) validates against
# tests/schemas/terraform-plan.schema.json, then the Python read from stdin
# (asserts) runs with d (the document) and rc (address -> resource change).
check_json_plan () {
	servers_py -c '
import json, sys, jsonschema
d = json.load(open(sys.argv[2]))
jsonschema.Draft202012Validator(json.load(open(sys.argv[1]))).validate(d)
rc = {c["address"]: c for c in d["resource_changes"]}
exec(sys.stdin.read())
' "$REPO_ROOT/tests/schemas/terraform-plan.schema.json" "$1"
}

# check_run_events FILE: every line of FILE (terrace run -json, logs -json)
# is an event tests/schemas/run-event.schema.json allows; FILE has one.
check_run_events () {
	servers_py - "$REPO_ROOT/tests/schemas/run-event.schema.json" "$1" <<-'EOF'
	import json, sys
	import jsonschema
	validator = jsonschema.Draft202012Validator(json.load(open(sys.argv[1])))
	n = 0
	for line in open(sys.argv[2]):
	    validator.validate(json.loads(line))
	    n += 1
	assert n > 0, "no events"
	EOF
}

# moto_transition MODEL JSON: how moto's state manager moves MODEL's objects
# on ("glue::job_run", {"progression": "manual", "times": 3}; moto's docs).
moto_transition () {
	curl -sf -X POST "$MOTO_ENDPOINT/moto-api/state-manager/set-transition" \
		-d "{\"model_name\": \"$1\", \"transition\": $2}" >/dev/null
}

# validate_each DIR...: one `terrace validate DIR...` over the stack folders
# given (names without blanks), each stack on its own (docs/convert.md, many
# at once), where a process each would start terrace as often: the output is
# split at the line closing each folder ("DIR: Success! ..." or "DIR: not
# valid ..."), its messages written to DIR/err and its verdict, valid or
# refused, to DIR/validated; a folder the run did not reach (a crash) gets
# neither. The whole output is in validate-each.out.
validate_each () {
	terrace validate -no-color "$@" >validate-each.out 2>&1
	awk -v names="$*" '
		BEGIN { n = split(names, name, " "); k = 1 }
		k <= n && (index($0, name[k] ": Success!") == 1 || index($0, name[k] ": not valid") == 1) {
			printf "%s", block >(name[k] "/err"); close(name[k] "/err")
			print (index($0, name[k] ": Success!") == 1 ? "valid" : "refused") >(name[k] "/validated")
			close(name[k] "/validated")
			block = ""; k++; next
		}
		{ block = block $0 "\n" }' validate-each.out
}
