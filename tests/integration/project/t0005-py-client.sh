#!/usr/bin/env bash
# t0005-py-client: the steps' python3 in a whole run is
# tests/servers/py_client.c, which has the run's aws CLI server fork the
# script (run.sh). Every check the files write in python rests on it acting
# as python does: an assertion that fails must fail the step. Here: exit
# statuses and tracebacks, stdin, arguments, environment, directory and
# descriptors past 2, a file left open, signals passed on and ignored ones
# kept, PYTHONPATH and -m on a python of their own, a local module beside
# the script, and the aws command by the same client.
. "$(dirname "$0")/../lib.sh"

if test -z "${SERVERS_PY_CLIENT:-}" || ! test -x "${SERVERS_PY_CLIENT:-}"; then
	test_expect_success "skipped: no py_client.c in this run (run.sh builds it; TEST_PY_CLIENT=0 turns it off)" 'true'
	test_done
fi
# The run's server may still be importing awscli (its client runs the real
# python until it listens).
for i in $(seq 600); do test -S "$SERVERS_AWS_CLI_RUN_SOCKET" && break; sleep 0.1; done

test_expect_success 'python3 on the steps'"'"' PATH is the client, and a script runs in the server'"'"'s child' '
	test "$(readlink "$(command -v python3)")" = "$SERVERS_PY_CLIENT" &&
	test_equal True "$(python3 -c "import sys; print(\"awscli\" in sys.modules)")"
'

test_expect_success 'exit statuses and tracebacks as python gives them' '
	test_expect_code 3 python3 -c "import sys; sys.exit(3)" &&
	test_expect_code 1 python3 -c "assert 1 == 2, \"differs\"" 2>err &&
	test_contains err "AssertionError: differs" &&
	test_contains err "File \"<string>\", line 1, in <module>" &&
	# negatives: no run of terrace (the test client itself, its traceback just read)
	test_not_contains err aws_cli_server &&
	test_expect_code 1 python3 - 2>err <<-\PY &&
	raise SystemExit("the message")
	PY
	test_line err "the message" &&
	python3 -c "pass"
'

test_expect_success 'stdin, arguments, environment, directory and descriptor 3' '
	mkdir -p sub &&
	(cd sub && echo "from stdin" | T0005=env python3 -c "import os, sys; print(\"|\".join(sys.argv[1:]), os.environ[\"T0005\"], os.getcwd(), sys.stdin.read().strip())" a "b c") >out &&
	test_line out "a|b c env $PWD/sub from stdin" &&
	python3 -c "import os; os.write(3, b\"to fd 3\n\")" 3>fd3 &&
	test_line fd3 "to fd 3" &&
	python3 -c "import sys; print(open(sys.argv[1]).read().strip())" <(echo substituted) >out &&
	test_line out substituted
'

test_expect_success 'a file the script leaves open is flushed at its end' '
	python3 -c "f = open(\"left-open\", \"w\"); f.write(\"kept\\n\")" &&
	test_line left-open kept
'

test_expect_success 'signals: TERM ends the script, an INT the caller ignores is ignored, a handler runs' '
	{ python3 -c "import time; time.sleep(30)" & } &&
	pid=$! && sleep 0.5 && kill -TERM $pid &&
	{ wait $pid; rc=$?; } &&
	test_equal 143 $rc &&
	{ python3 -c "import time; time.sleep(1); print(\"slept\")" >bg & } &&
	pid=$! && sleep 0.3 && kill -INT $pid &&
	wait $pid &&
	test_line bg slept &&
	{ python3 -c "import signal, sys, time
signal.signal(signal.SIGTERM, lambda *a: sys.exit(7))
print(\"ready\", flush=True)
time.sleep(30)" >ready & } &&
	pid=$! &&
	for i in $(seq 100); do test -s ready && break; sleep 0.1; done &&
	kill -TERM $pid &&
	{ wait $pid; rc=$?; } &&
	test_equal 7 $rc
'

test_expect_success 'PYTHONPATH and -m: a python of their own' '
	mkdir -p lib &&
	echo "NAME = \"from lib\"" >lib/t0005mod.py &&
	PYTHONPATH=lib python3 -c "import sys, t0005mod; print(t0005mod.NAME, \"awscli\" in sys.modules)" >out &&
	test_line out "from lib False" &&
	echo "{\"a\": 1}" | python3 -m json.tool >out &&
	test_contains out "\"a\": 1"
'

test_expect_success 'a module beside the script: its own, but for the standard library' '
	mkdir -p own &&
	echo "WHO = \"own yaml\"" >own/yaml.py &&
	echo "import yaml; print(yaml.WHO)" >own/script.py &&
	test_equal "own yaml" "$(python3 own/script.py)" &&
	echo "raise SystemExit(\"the standard types was shadowed\")" >own/types.py &&
	echo "import unittest, types; print(types.SimpleNamespace.__module__)" >own/std.py &&
	test_equal types "$(python3 own/std.py)"
'

test_expect_success 'aws through the same client: status and output' '
	"$SERVERS_AWS_CLIENT" --version >out 2>&1 &&
	test_contains out aws-cli/ &&
	{ aws no-such-service >/dev/null 2>&1; plain=$?; } &&
	test_expect_code $plain "$SERVERS_AWS_CLIENT" no-such-service 2>err &&
	test $plain != 0 &&
	test_contains err "Invalid choice"
'

test_done
