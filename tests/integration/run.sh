#!/usr/bin/env bash
# tests/integration/run.sh: run terrace's integration tests.
#
#   TERRACE=build-san/terrace tests/integration/run.sh [-j JOBS] [--list] [FILE|FOLDER ...]
#
# Runs every integration file, tests/integration/FOLDER/.../tNNNN-name.sh
# (folders by what they test: group.py), or those named: a file by its bare
# name (t0010-bucket-create.sh) or its path, a folder by its name under
# tests/integration (aws/s3, plan) or its path, every file below it. JOBS at a time
# (default 8, or $TEST_JOBS: a file spends most of its time waiting on its
# servers, so eight keep two cores busy), longest first, each in its own
# process group with a time limit of $TEST_TIMEOUT seconds (default 600; a
# file that needs more says so in a "# time-limit: SECONDS" line near its
# top; times the load past four runnable processes a core, load_factor) and
# stdin from /dev/null. Prints each file's steps as the file
# finishes, then exactly one closing line "N passed, N failed" counting
# steps. Exits 1 if any step failed, a file ended without reporting, or a
# file timed out.
#
# When a file ends, whatever it left running in its process group is killed,
# so no server or terrace outlives its test.
#
# Every request terrace sends to moto is recorded (TERRACE_REQUEST_LOG, see
# tests/servers/moto_run.py); after the files, tests/contract/check.py holds
# them against the AWS API models, and its steps count like a file's.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
jobs=${TEST_JOBS:-8}
timeout_s=${TEST_TIMEOUT:-600}
# make test's unit stage beside this run and the stages before it
# (TEST_UNIT_STAGE, TEST_STAGES) are this run's, not its files': a run.sh a
# file starts (t0007, t0730) waits for no unit stage (t0008).
unit_stage_path=${TEST_UNIT_STAGE:-}
stages_before=${TEST_STAGES:-}
unset TEST_UNIT_STAGE TEST_STAGES

while test $# -gt 0; do
	case "$1" in
	-j) jobs=$2; shift 2 ;;
	-j*) jobs=${1#-j}; shift ;;
	--list) list_only=1; shift ;;
	-h|--help) sed -n '2,20s/^# \{0,1\}//p' "$0"; exit 0 ;;
	-*) echo "run.sh: unknown option $1" >&2; exit 2 ;;
	*) break ;;
	esac
done

# Every integration file under DIR, by path: its tNNNN/ helper folders and
# every_type/ hold none.
files_under () {
	find "$1" \( -type d \( -name 't[0-9][0-9][0-9][0-9]' -o -name every_type \) -prune \) -o \
		-type f -name 't[0-9][0-9][0-9][0-9]-*.sh' -print | sort
}

files=()
if test $# -gt 0; then
	for f in "$@"; do
		if test -d "$here/$f" || test -d "$f"; then
			# a folder of tests/integration first: plan is plan/'s tests, not the source
			test -d "$here/$f" && f=$here/$f
			mapfile -t -O "${#files[@]}" files < <(files_under "$f")
		elif case "$f" in */*) test -f "$f" ;; *) false ;; esac; then
			files+=("$f")
		elif test -f "$here/$f"; then
			files+=("$here/$f")
		else
			if test -z "${by_name_made:-}"; then
				declare -A by_name
				while read -r p; do
					b=${p##*/}
					by_name[$b]=${by_name[$b]:+${by_name[$b]} }$p
				done < <(files_under "$here")
				by_name_made=1
			fi
			found=${by_name[${f%.sh}.sh]:-}
			case "$found" in
			""|*" "*)
				echo "run.sh: no integration file or folder $f under $here${found:+ (more than one: $found)}" >&2
				exit 2 ;;
			esac
			files+=("$found")
		fi
	done
else
	mapfile -t files < <(files_under "$here")
fi
if test "${list_only:-0}" = 1; then
	printf '%s\n' "${files[@]}"
	exit 0
fi

# Longest first: durations.txt holds each file's seconds in a full run
# ("SECONDS NAME" lines; TEST_RECORD_DURATIONS=1 rewrites it after a full
# run). Files it does not know start first, since a new file may be long;
# then the others by falling seconds, so that the longest do not begin last
# and drag out the end. Files named on the command line keep their order.
if test $# -eq 0 && test -f "$here/durations.txt"; then
	mapfile -t files < <(
		printf '%s\n' "${files[@]}" |
		awk -v known="$here/durations.txt" '
			BEGIN { while ((getline line < known) > 0) { split(line, f, " "); secs[f[2]] = f[1] } }
			{ name = $0; sub(/.*\//, "", name); sub(/\.sh$/, "", name)
			  print ((name in secs) ? secs[name] : 999999) "\t" $0 }' |
		sort -t "$(printf '\t')" -k1,1rn -k2,2 | cut -f2-
	)
fi

if test -z "${TERRACE:-}"; then
	TERRACE=$(cd "$here/../.." && pwd)/build-san/terrace
fi
export TERRACE
if ! test -x "$TERRACE"; then
	echo "run.sh: TERRACE=$TERRACE is not an executable file"
	echo "0 passed, 1 failed"
	exit 1
fi

outdir=$(mktemp -d "${TMPDIR:-/tmp}/terrace-integration.XXXXXX")
zygote_pid=
aws_cli_pid=
trap 'for p in $zygote_pid $aws_cli_pid; do kill "$p" 2>/dev/null; done; rm -rf "$outdir"' EXIT

export TERRACE_REQUEST_LOG=$outdir/requests
export TEST_STEP_TIMES=$outdir/steps
# Where a file leaves the path of its work folder for the scan of its
# sensitive values when it ends (report; lib.sh test_sensitive_values).
export TEST_SCAN_DIR=$outdir/scan
mkdir -p "$TEST_SCAN_DIR"
# What the files of one run share (the previous release, built once:
# tests/integration/previous_release.sh).
export TEST_RUN_DIR=$outdir
: >"$TEST_STEP_TIMES"
: >"$outdir/durations"

# The interpreter behind python3 (tests/servers/lib.sh), found once.
SERVERS_PYTHON=$(python3 -c 'import sys; print(sys.executable)' 2>/dev/null || command -v python3)
export SERVERS_PYTHON

# One moto zygote for the run (tests/servers/moto_zygote.py): each moto a
# file starts is a fork of a process that imported moto once, instead of a
# new python importing it (three seconds of CPU each). The first files wait
# for it (the import costs what one of them would spend starting its own);
# if it does not listen within a minute, and with TEST_MOTO_ZYGOTE=0, files
# start moto the plain way.
if test "${TEST_MOTO_ZYGOTE:-1}" = 1; then
	# Started from a subshell, so that it is no job of this shell's `wait -n`.
	zygote_pid=$(
		"$SERVERS_PYTHON" "$here/../servers/moto_zygote.py" serve "$outdir/moto-zygote.sock" \
			>"$outdir/moto-zygote.log" 2>&1 </dev/null &
		echo $!
	)
	export SERVERS_MOTO_ZYGOTE=$outdir/moto-zygote.sock
	for _ in $(seq 600); do
		test -S "$SERVERS_MOTO_ZYGOTE" && break
		kill -0 "$zygote_pid" 2>/dev/null || break
		sleep 0.1
	done
fi

# One aws CLI server for the run (tests/servers/aws_cli_server.py): the
# files' aws commands are forks of a process that imported awscli and read
# each service's models once, instead of one such process per file (a
# second or more of CPU each). It is started with the environment lib.sh
# gives the files' commands (no config file, no profile), so that their
# commands find its session ready. SERVERS_AWS_CLI_RUN=0: a server per file.
aws_cli_pid=
if test "${SERVERS_AWS_CLI_RUN:-1}" = 1; then
	SERVERS_AWS_PYTHON=$(. "$here/../servers/lib.sh" && servers_aws_python) && {
		aws_cli_pid=$(
			env -u AWS_PROFILE -u AWS_DATA_PATH AWS_CONFIG_FILE=/nonexistent \
				AWS_SHARED_CREDENTIALS_FILE=/nonexistent AWS_EC2_METADATA_DISABLED=true \
				"$SERVERS_AWS_PYTHON" "$here/../servers/aws_cli_server.py" serve \
				"$outdir/aws-cli.sock" "$$" >"$outdir/aws-cli.log" 2>&1 </dev/null &
			echo $!
		)
		export SERVERS_AWS_PYTHON SERVERS_AWS_CLI_RUN_SOCKET=$outdir/aws-cli.sock
	}
fi

# The steps' python3 and servers_aws's aws command (tests/servers/py_client.c):
# each script or command a child of that server, which has imported what
# they use, asked for by a small C program instead of a new python (about
# 45 ms of CPU before a script's first line, 20 ms for aws_cli_server.py's
# own client, several thousand times a run). Where the server runs another
# interpreter than python3's, or with TEST_PY_CLIENT=0, the steps' python3
# is the interpreter itself and aws goes through aws_cli_server.py's client.
if test -n "$aws_cli_pid" && test "$SERVERS_AWS_PYTHON" = "$SERVERS_PYTHON" &&
	test "${TEST_PY_CLIENT:-1}" = 1; then
	mkdir -p "$outdir/py-client" &&
		{ env | grep '^PYTHON' >"$outdir/py-client/python-env" || true; } &&
		"${CC:-cc}" -std=c11 -O2 -Wall -Wextra -Werror \
			-DPY_SOCKET="\"$SERVERS_AWS_CLI_RUN_SOCKET\"" -DPY_REAL="\"$SERVERS_PYTHON\"" \
			-DPY_ENV_FILE="\"$outdir/py-client/python-env\"" \
			-o "$outdir/py-client/python3" "$here/../servers/py_client.c" &&
		ln -s python3 "$outdir/py-client/aws" &&
		export SERVERS_PY_CLIENT=$outdir/py-client/python3 SERVERS_AWS_CLIENT=$outdir/py-client/aws
fi

passed=0
failed=0
run_start=$(date +%s)
declare -A file_of start_of limit_of
next=0
running=0

# scan_secrets NAME OUT: none of the values a file marks sensitive (those it
# declared, and its sensitive variables' values lib.sh noted at each terrace
# run) in its output (OUT) nor in its work folder (scan_secrets.py); prints a
# "not ok" naming each place (never the value) and keeps the folder, or
# removes the folder as the file would have.
scan_secrets () {
	local name=$1 out=$2 trash remove found
	test -f "$TEST_SCAN_DIR/$name" || return 0
	{ read -r trash; read -r remove; } <"$TEST_SCAN_DIR/$name"
	rm -f "$TEST_SCAN_DIR/$name"
	if ! found=$(python3 "$here/scan_secrets.py" "$trash" "$out"); then
		echo "not ok - $name printed a value it marks sensitive (scan_secrets.py):"
		printf '%s\n' "$found" | sed 's/^/#   /'
		echo "# $name: files kept in $trash/w"
		return 1
	fi
	test "$remove" = 1 && rm -rf "$trash"
	return 0
}

report () {
	local pid=$1 rc=$2 f name out ok notok cpu
	f=${file_of[$pid]}
	name=$(basename "$f" .sh)
	out=$outdir/$name.out
	# Anything the file left behind in its process group goes now.
	kill -KILL -- "-$pid" 2>/dev/null
	ok=$(grep -c '^ok [0-9]* - ' "$out")
	notok=$(grep -c '^not ok [0-9]* - ' "$out")
	cpu=$(awk 'NR == 2 { n = 0; for (i = 1; i <= 2; i++) { split($i, t, /[ms]/); n += t[1] * 60 + t[2] }
		printf "%.0f", n }' "$outdir/$name.times" 2>/dev/null)
	# and its commands and scripts that the aws CLI server's children ran
	# (their lines in its log name the file: TEST_RUN_FILE, in start).
	if test -n "$cpu" && test -f "$outdir/aws-cli.log"; then
		cpu=$(awk -v f="$name:" -v n="$cpu" '$1 == f && $NF == "CPU" { n += $(NF - 2) }
			END { printf "%.0f", n }' "$outdir/aws-cli.log")
	fi
	echo "$(( $(date +%s) - ${start_of[$pid]} )) $name ${cpu:-?}" >>"$outdir/durations"
	echo "=== $name ($(( $(date +%s) - ${start_of[$pid]} ))s)"
	cat "$out"
	if test "$rc" -eq 124 || test "$rc" -eq 137; then
		echo "not ok - $name timed out after ${limit_of[$pid]}s"
		notok=$((notok + 1))
	elif test "$rc" -ne 0 && test "$notok" -eq 0; then
		echo "not ok - $name exited with status $rc"
		notok=$((notok + 1))
	elif test "$ok" -eq 0 && test "$notok" -eq 0; then
		echo "not ok - $name ran no step"
		notok=1
	fi
	scan_secrets "$name" "$out" || notok=$((notok + 1))
	# what failed, named again at the end (a CI log's tail is what is read)
	if test "$notok" -gt 0; then
		{ grep '^not ok' "$out" | sed "s/^/$name: /"
		  if test "$rc" -eq 124 || test "$rc" -eq 137; then
			echo "$name: timed out after ${limit_of[$pid]}s"
		  elif test "$rc" -ne 0; then
			echo "$name: exited with status $rc"
		  fi; } >>"$outdir/failures"
	fi
	passed=$((passed + ok))
	failed=$((failed + notok))
	unset "file_of[$pid]" "limit_of[$pid]"
}

# Interrupted: end the files still running (each is its own process group;
# their EXIT traps stop their servers).
stop_running () {
	local pid
	for pid in "${!file_of[@]}"; do
		kill -TERM -- "-$pid" 2>/dev/null
	done
	sleep 2
	for pid in "${!file_of[@]}"; do
		kill -KILL -- "-$pid" 2>/dev/null
	done
	exit 130
}
trap stop_running INT TERM

# The factor a file's time limit grows by on a machine loaded past what the
# suite makes itself (its JOBS files keep about four processes runnable a
# core): the 1-minute load over four a core, rounded up, at least 1. Other
# work slows every file alike, so a file does not fail because the machine is
# busy (the fresh clone of 85bc1bf0 beside eight helpers, load 30-45: four
# files past 600 s), and a file that hangs still ends. ($TEST_LOADAVG_FILE:
# another file in /proc/loadavg's form, for t0007.)
load_factor () {
	local load rest
	read -r load rest <"${TEST_LOADAVG_FILE:-/proc/loadavg}"
	awk -v l="$load" -v c="$(nproc)" 'BEGIN { f = l / (4 * c); n = int(f); if (n < f) n++
		printf "%d", (n > 1 ? n : 1) }'
}

start () {
	local f=$1 name pid limit own
	name=$(basename "$f" .sh)
	limit=$timeout_s
	own=$(head -n 20 "$f" | sed -n 's/^# time-limit: *\([0-9][0-9]*\).*/\1/p' | head -n 1)
	if test -n "$own" && test "$own" -gt "$limit"; then limit=$own; fi
	limit=$((limit * $(load_factor)))
	# The file's CPU seconds (its processes and theirs, moto's forks from
	# the zygote aside) from bash's `times`, for the durations.
	TEST_RUN_FILE=$name timeout -k 10 "$limit" bash -c 'bash "$1"; rc=$?; times >"$2"; exit $rc' file "$f" \
		"$outdir/$name.times" >"$outdir/$name.out" 2>&1 </dev/null &
	pid=$!
	limit_of[$pid]=$limit
	file_of[$pid]=$f
	start_of[$pid]=$(date +%s)
	running=$((running + 1))
}

while test "$next" -lt "${#files[@]}" || test "$running" -gt 0; do
	while test "$running" -lt "$jobs" && test "$next" -lt "${#files[@]}"; do
		start "${files[$next]}"
		next=$((next + 1))
	done
	done_pid=
	wait -n -p done_pid
	rc=$?
	test -n "$done_pid" || continue
	running=$((running - 1))
	report "$done_pid" "$rc"
done

# The contract: its self-test (requests AWS refuses must be found), then the
# requests this run recorded.
contract=$outdir/contract.out
contract_start=$(date +%s)
{
	python3 "$here/../contract/check.py" --self-test
	python3 "$here/../contract/check.py" "$TERRACE_REQUEST_LOG" "$here/../../provider"
} >"$contract" 2>&1
ok=$(grep -c '^ok [0-9]* - ' "$contract")
notok=$(grep -c '^not ok [0-9]* - ' "$contract")
echo "=== contract ($(( $(date +%s) - contract_start ))s)"
cat "$contract"
if test "$ok" -eq 0 && test "$notok" -eq 0; then
	echo "not ok - contract ran no step"
	notok=1
fi
passed=$((passed + ok))
failed=$((failed + notok))
test "$notok" -gt 0 && grep '^not ok' "$contract" | sed 's/^/contract: /' >>"$outdir/failures"

# The unit stage, when make test ran it beside this one (TEST_UNIT_STAGE:
# the path its log and exit status are written to, PATH.log and PATH.rc,
# "STATUS SECONDS", once it ends): its whole output, after the files', and
# a failure of it counted as one.
unit_stage=
if test -n "$unit_stage_path"; then
	waited=0
	while ! test -s "$unit_stage_path.rc" && test "$waited" -lt 1800; do
		sleep 1
		waited=$((waited + 1))
	done
	echo "=== unit stage (make unit, beside the integration stage)"
	cat "$unit_stage_path.log" 2>/dev/null
	read -r unit_rc unit_secs <"$unit_stage_path.rc" 2>/dev/null || unit_rc=
	if test "$unit_rc" = 0; then
		echo "ok - the unit stage"
		passed=$((passed + 1))
	else
		echo "not ok - the unit stage (make unit) failed: its output is above"
		echo "unit stage: make unit failed" >>"$outdir/failures"
		failed=$((failed + 1))
	fi
	unit_stage="unit and the release build ${unit_secs:-?} s beside it, "
fi

# Where the time went (also when one file ran, to time it alone): the
# slowest files (the time before a file's first step is its servers'
# start) and the slowest steps.
echo "# slowest files (total s, s before the first step, CPU s):"
sort -rn "$outdir/durations" | head -n 10 | while read -r secs name cpu; do
	steps=$(awk -F '\t' -v n="$name" '$1 == n { s += $2 } END { printf "%.0f", s }' "$TEST_STEP_TIMES")
	echo "#   $secs $name (setup and between steps: $((secs - steps)), CPU: $cpu)"
done
echo "# files: $(awk '{ s += $1; c += $3 } END { printf "%d s in all, %d s of CPU (moto aside)", s, c }' "$outdir/durations"), $jobs at a time, $(($(date +%s) - run_start)) s"
echo "# slowest steps (s):"
sort -t "$(printf '\t')" -k2,2 -rn "$TEST_STEP_TIMES" | head -n 10 |
	awk -F '\t' '{ printf "#   %s %s: %s\n", $2, $1, $3 }'

# The stages before this one (make test's TEST_STAGES) and this one's time.
echo "# stages: ${stages_before:+$stages_before, }${unit_stage}integration $(($(date +%s) - run_start)) s"

# The durations the next run orders its files by (above), from a whole run.
if test "${TEST_RECORD_DURATIONS:-0}" = 1 && test $# -eq 0; then
	sort -k2,2 "$outdir/durations" >"$here/durations.txt"
	echo "# wrote $here/durations.txt"
fi

# Each failure once more, last: a CI log is read from its end.
if test -s "$outdir/failures"; then
	echo "# what failed:"
	sed 's/^/#   /' "$outdir/failures"
fi
echo "$passed passed, $failed failed"
test "$failed" -eq 0
