# tests/servers/postgres.sh: a throwaway PostgreSQL server for the tests,
# sourced by tests/servers/lib.sh.
#
#   start_postgres         initdb into $SERVERS_DIR/pg with a superuser
#                          `terrace` and a random password (scram-sha-256 over
#                          TCP), then postgres listening on PG_LISTEN_ADDR
#                          (default 127.0.0.1) at a free port, TCP only (no
#                          Unix socket); tuned to start fast (fsync off, small
#                          buffers), and terrace's SCRAM verifier is remade
#                          with 256 iterations instead of 4096, so that each
#                          login of a sanitizer build costs milliseconds, not
#                          a fifth of a second (same protocol and code path).
#                          Run as root (CI), it
#                          runs initdb and postgres as the unprivileged user
#                          PG_OS_USER (default nobody), which both require.
#                          Sets PG_HOST PG_PORT PG_USER PG_PASSWORD PG_PID
#                          PG_DATA; the server is stopped with the others.
#                          PG_EXEC_PREFIX (e.g. "ip netns exec NS") goes in
#                          front of the server and of psql_test, to run them
#                          inside a network namespace.
#   psql_test [-d DB] SQL  runs SQL with psql as terrace over TCP (-X -A -t
#                          -v ON_ERROR_STOP=1): one row per line, columns
#                          separated by |
#
# PostgreSQL's binaries come from PG_BIN (default: the newest
# /usr/lib/postgresql/*/bin).

PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}

# The words that run a command as the server's user (root may not run
# initdb or postgres): setpriv, which execs, so $! is the server's pid.
pg_user_prefix () {
	PG_AS_USER=()
	if test "$(id -u)" -eq 0; then
		PG_AS_USER=(setpriv --reuid="$(id -u "$PG_OS_USER")" --regid="$(id -g "$PG_OS_USER")"
			--clear-groups --)
	fi
}

pg_as_user () {
	"${PG_AS_USER[@]}" "$@"
}

# Make every folder above $1 traversable by the server's user (mktemp -d
# makes 0700 folders; o+x lets it pass, not list).
pg_open_path () {
	local dir=$1
	test "$(id -u)" -eq 0 || return 0
	while test "$dir" != / && test -n "$dir"; do
		if ! pg_as_user test -x "$dir"; then
			chmod o+x "$dir" || return 1
		fi
		dir=$(dirname "$dir")
	done
}

pg_init_cluster () {
	local data=$1 pwfile=$SERVERS_DIR/pg-pwfile
	mkdir -p "$data" || return 1
	printf '%s\n' "$PG_PASSWORD" >"$pwfile"
	if test "$(id -u)" -eq 0; then
		chown "$PG_OS_USER" "$data" "$pwfile" || return 1
	fi
	chmod 0700 "$data"
	chmod 0600 "$pwfile"
	pg_open_path "$SERVERS_DIR" || return 1
	if ! pg_as_user "$PG_BIN/initdb" -D "$data" -U terrace --pwfile="$pwfile" \
		--auth-host=scram-sha-256 --auth-local=trust -E UTF8 --locale=C --no-sync \
		>"$SERVERS_DIR/pg-initdb.log" 2>&1 </dev/null; then
		echo "initdb failed; log: $SERVERS_DIR/pg-initdb.log" >&2
		tail -n 20 "$SERVERS_DIR/pg-initdb.log" >&2
		rm -f "$pwfile"
		return 1
	fi
	rm -f "$pwfile"
}

# pg_start_on PORT: start the server, wait until it accepts connections.
# postmaster.pid's fourth line is the port and its eighth the server's
# status, "ready" once it accepts connections: reading it, rather than asking
# the port, cannot take another test's server, handed the same port number
# between servers_free_port and this bind, for ours.
pg_start_on () {
	local port=$1 i
	# shellcheck disable=SC2086 # the prefix is words
	${PG_EXEC_PREFIX:-} "${PG_AS_USER[@]}" "$PG_BIN/postgres" -D "$PG_DATA" -k "" \
		-p "$port" -c listen_addresses="$PG_LISTEN_ADDR" -c fsync=off \
		-c synchronous_commit=off -c full_page_writes=off -c shared_buffers=16MB \
		-c max_connections=40 \
		>>"$SERVERS_DIR/pg.log" 2>&1 </dev/null &
	PG_PID=$!
	servers_track "$PG_PID"
	for i in $(seq $((SERVERS_START_TIMEOUT * 10))); do
		if ! kill -0 "$PG_PID" 2>/dev/null; then
			echo "postgres exited while starting; log: $SERVERS_DIR/pg.log" >&2
			tail -n 5 "$SERVERS_DIR/pg.log" >&2
			return 1
		fi
		if test "$(sed -n 4p "$PG_DATA/postmaster.pid" 2>/dev/null)" = "$port" &&
			test "$(sed -n '8s/ *$//p' "$PG_DATA/postmaster.pid" 2>/dev/null)" = ready; then
			return 0
		fi
		sleep 0.1
	done
	echo "postgres did not accept connections within ${SERVERS_START_TIMEOUT}s" >&2
	return 1
}

# A SCRAM-SHA-256 verifier of $1 with few iterations (RFC 5802, 7677).
pg_fast_verifier () {
	"$SERVERS_PYTHON" - "$1" <<-'EOF'
	import base64, hashlib, hmac, os, sys
	iterations, salt = 256, os.urandom(16)
	salted = hashlib.pbkdf2_hmac("sha256", sys.argv[1].encode(), salt, iterations)
	client_key = hmac.new(salted, b"Client Key", "sha256").digest()
	server_key = hmac.new(salted, b"Server Key", "sha256").digest()
	b64 = lambda b: base64.b64encode(b).decode()
	print("SCRAM-SHA-256$%d:%s$%s:%s" % (iterations, b64(salt),
	      b64(hashlib.sha256(client_key).digest()), b64(server_key)))
	EOF
}

start_postgres () {
	servers_require_init || return 1
	local try port
	if ! test -x "$PG_BIN/postgres"; then
		echo "PostgreSQL server binaries not found (PG_BIN=$PG_BIN): run tests/servers/install-deps.sh" >&2
		return 1
	fi
	if test "$(id -u)" -ne 0; then
		PG_OS_USER=$(id -un)
	fi
	PG_OS_USER=${PG_OS_USER:-nobody}
	pg_user_prefix
	PG_LISTEN_ADDR=${PG_LISTEN_ADDR:-127.0.0.1}
	PG_DATA=$SERVERS_DIR/pg
	PG_USER=terrace
	# Upper and lower case and a digit: tests hand it to stacks as a
	# Redshift master password too (PostgreSQL stands in for the cluster),
	# and Redshift takes none without them.
	PG_PASSWORD=Pg1-$(od -An -tx1 -N8 /dev/urandom | tr -d ' \n')
	pg_init_cluster "$PG_DATA" || return 1
	# A port Redshift's RA3 clusters take (5431-5455, 8191-8215): the
	# server stands in for clusters of ra3 nodes, whose port the stacks
	# give as this one and terrace checks as AWS does.
	for try in 1 2 3 4 5; do
		port=$(servers_free_port_in 8191 8215 || servers_free_port_in 5431 5455) || return 1
		if pg_start_on "$port"; then
			PG_HOST=$PG_LISTEN_ADDR
			PG_PORT=$port
			psql_test "ALTER ROLE terrace PASSWORD '$(pg_fast_verifier "$PG_PASSWORD")'" ||
				return 1
			return 0
		fi
		servers_stop "$PG_PID"
	done
	return 1
}

psql_test () {
	local db=postgres
	if test "${1:-}" = -d; then
		db=$2
		shift 2
	fi
	# shellcheck disable=SC2086
	PGPASSWORD=$PG_PASSWORD PGCONNECT_TIMEOUT=10 ${PG_EXEC_PREFIX:-} psql -X -A -t -q \
		-v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$db" -c "$1"
}
