#!/usr/bin/env bash
# t0006-harness-stops-its-own: servers_stop_all (tests/servers/lib.sh)
# stops the servers a file started and nothing else. A server that exited
# early leaves its PID free, and with pid_max 32,768 the suite hands it to
# another process within minutes (another file's server, a unit test's
# moto): signalled by PID alone, that process died. Each tracked server's
# start time (servers_track) tells it apart. Before the check, the second
# step's process was killed.
. "$(dirname "$0")/../lib.sh"

test_expect_success 'servers_stop_all stops a server it tracks' '
	(
		# the servers of this file and of the run are none of the subshell
		SERVERS_PIDS=() && SERVERS_STARTS=() &&
		SERVERS_DIR=$TRASH/own && mkdir -p "$SERVERS_DIR" &&
		sleep 300 & pid=$! &&
		servers_track "$pid" &&
		servers_stop_all &&
		! kill -0 "$pid" 2>/dev/null
	)
'

test_expect_success 'a tracked PID whose start time is another process'"'"'s is left alone' '
	sleep 300 & other=$! &&
	(
		# the servers of this file and of the run are none of the subshell
		SERVERS_PIDS=() && SERVERS_STARTS=() &&
		SERVERS_DIR=$TRASH/other && mkdir -p "$SERVERS_DIR" &&
		servers_track "$other" &&
		# as when the server exited and its PID went to another process
		SERVERS_STARTS[$other]=$(( $(servers_start_time "$other") + 1 )) &&
		servers_stop_all
	) &&
	kill -0 "$other" &&
	kill "$other"
'

test_expect_success 'servers_start_time reads a process'"'"'s start time and fails for none' '
	test -n "$(servers_start_time $$)" &&
	! servers_start_time 0
'

test_done
