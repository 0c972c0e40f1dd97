# tests/servers/lib.sh: start and stop the S3 servers that terrace's
# integration tests, the demo and the benchmark talk to, all on 127.0.0.1.
#
# Source it from bash, then:
#
#   servers_init [DIR]     data and logs go under DIR (default: a new temp
#                          folder); installs an EXIT trap that stops every
#                          server started here (and INT/TERM traps that exit)
#   servers_at_exit CMD    run CMD from that trap after the servers stopped
#   start_moto [ENV=VALUE...]  moto, no authentication: any key is accepted;
#                          ENV for moto_run.py (MOTO_STAND_IN_PUBLIC_IP: see
#                          moto_patches/ec2_public_ip_stand_in.py).
#                          Sets MOTO_PORT MOTO_ENDPOINT MOTO_ACCESS_KEY
#                          MOTO_SECRET_KEY MOTO_PID
#   start_tls_proxy URL    an HTTPS front for URL with a private CA of its own:
#                          sets TLS_PROXY_ENDPOINT TLS_PROXY_CA
#   start_moto_auth [ENV=VALUE...]  moto with request authentication on: only the
#                          access key it made in its IAM is accepted, and
#                          signatures are verified. Sets MOTO_AUTH_PORT
#                          MOTO_AUTH_ENDPOINT MOTO_AUTH_ACCESS_KEY
#                          MOTO_AUTH_SECRET_KEY MOTO_AUTH_PID
#   start_s3rver           s3rver.js (path-style S3, signatures verified,
#                          key pair S3RVER/S3RVER). Sets S3RVER_PORT
#                          S3RVER_ENDPOINT S3RVER_ACCESS_KEY S3RVER_SECRET_KEY
#                          S3RVER_PID
#   aws_at ENDPOINT ACCESS SECRET ARGS...   the aws CLI against one server
#   moto_aws / moto_auth_aws / s3rver_aws ARGS...  the same, per server
#   servers_start_static NAME DIR  python's http.server serving DIR on a
#                          port of its choosing. Sets SERVERS_STARTED_PID and
#                          SERVERS_STARTED_PORT
#   servers_free_port      print a free loopback TCP port (for servers that
#                          cannot pick their own; the caller must make sure
#                          the server that then answers there is its own)
#   servers_stop_all       stop every server started here (the trap does it)
#
# Functions return non-zero with a message on stderr when a server does not
# come up; its log is then in $SERVERS_DIR/NAME.log. Callers may use set -e.

SERVERS_LIB_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SERVERS_PIDS=()
# Each tracked server's start time (servers_track), by PID.
declare -gA SERVERS_STARTS=()
SERVERS_EXIT_CMDS=()
SERVERS_DIR=
SERVERS_START_TIMEOUT=${SERVERS_START_TIMEOUT:-60}

# The interpreter behind python3 (pyenv's shim costs a fork chain per call);
# tests/integration/run.sh finds it once for all its files.
if test -z "${SERVERS_PYTHON:-}"; then
	SERVERS_PYTHON=$(python3 -c 'import sys; print(sys.executable)' 2>/dev/null || command -v python3)
fi
# The short scripts here (a free port, moto_auth's user) run through the
# run's py_client.c when there is one (run.sh: SERVERS_PY_CLIENT), which
# forks them from a python that started long ago; servers run on
# SERVERS_PYTHON itself.
SERVERS_SCRIPT_PYTHON=$SERVERS_PYTHON
if test -n "${SERVERS_PY_CLIENT:-}" && test -x "$SERVERS_PY_CLIENT"; then
	SERVERS_SCRIPT_PYTHON=$SERVERS_PY_CLIENT
fi

servers_init () {
	if test -n "${1:-}"; then
		SERVERS_DIR=$1
		mkdir -p "$SERVERS_DIR" || return 1
	else
		SERVERS_DIR=$(mktemp -d "${TMPDIR:-/tmp}/terrace-servers.XXXXXX") || return 1
		servers_at_exit "rm -rf '$SERVERS_DIR'"
	fi
	trap servers_exit_trap EXIT
	trap 'exit 130' INT
	trap 'exit 143' TERM
}

servers_at_exit () {
	SERVERS_EXIT_CMDS+=("$1")
}

servers_exit_trap () {
	local rc=$? cmd
	servers_stop_all
	for cmd in "${SERVERS_EXIT_CMDS[@]}"; do
		eval "$cmd"
	done
	return $rc
}

servers_free_port () {
	"$SERVERS_SCRIPT_PYTHON" -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])'
}

# servers_free_port_in LO HI: a port from LO to HI nothing listens on now,
# tried in a random order (files running side by side pick apart); fails
# when every one is taken.
servers_free_port_in () {
	"$SERVERS_SCRIPT_PYTHON" -c 'import random, socket, sys
ports = list(range(int(sys.argv[1]), int(sys.argv[2]) + 1))
random.shuffle(ports)
for p in ports:
    s = socket.socket()
    try:
        s.bind(("127.0.0.1", p))
    except OSError:
        continue
    finally:
        s.close()
    print(p)
    sys.exit(0)
sys.exit(1)' "$1" "$2"
}

# servers_stop PID: SIGTERM, up to 5 s to exit, then SIGKILL (only if it
# has not exited: its PID may be another process's by then).
servers_stop () {
	local pid=$1 i
	kill -TERM "$pid" 2>/dev/null || return 0
	for i in $(seq 50); do
		if ! kill -0 "$pid" 2>/dev/null; then
			wait "$pid" 2>/dev/null || true
			return 0
		fi
		sleep 0.1
	done
	kill -KILL "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
	return 0
}

# servers_start_time PID: the process's start time (/proc/PID/stat's 22nd
# field, in clock ticks since boot); fails when there is no such process.
servers_start_time () {
	local stat
	stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
	stat=${stat##*) }
	# shellcheck disable=SC2086
	set -- $stat
	echo "${20}"
}

# servers_track PID: a server started here, stopped by servers_stop_all
# while it is still the process of that PID and start time. A server that
# exited early leaves its PID free, and the suite (pid_max 32,768 on the
# CI's machines) hands it to another process within minutes: another
# file's server, or a unit test's moto.
servers_track () {
	SERVERS_PIDS+=("$1")
	SERVERS_STARTS[$1]=$(servers_start_time "$1" || true)
}

servers_stop_all () {
	local pid
	for pid in "${SERVERS_PIDS[@]}"; do
		if test -n "${SERVERS_STARTS[$pid]:-}" &&
		   test "$(servers_start_time "$pid" || true)" != "${SERVERS_STARTS[$pid]}"; then
			continue # exited: the PID is not this server's any more
		fi
		servers_stop "$pid"
	done
	SERVERS_PIDS=()
	SERVERS_STARTS=()
	if test -n "$SERVERS_DIR" && test -s "$SERVERS_DIR/aws-cli.pid"; then
		servers_stop "$(cat "$SERVERS_DIR/aws-cli.pid")"
		rm -f "$SERVERS_DIR/aws-cli.pid"
	fi
}

servers_require_init () {
	if test -z "$SERVERS_DIR"; then
		echo "tests/servers/lib.sh: call servers_init first" >&2
		return 1
	fi
}

# servers_start_moto NAME [ENV=VALUE...]: start moto with ENV (through the
# zygote SERVERS_MOTO_ZYGOTE names, a socket, when set: see moto_zygote.py). It binds a
# port of the kernel's choosing and writes it to $SERVERS_DIR/NAME.port once
# it listens, so the port read here is always this server's (a port chosen
# before the bind could be handed to another test's server meanwhile). Sets
# SERVERS_STARTED_PID and SERVERS_STARTED_PORT.
servers_start_moto () {
	local name=$1 port_file=$SERVERS_DIR/$1.port i
	shift
	rm -f "$port_file"
	if test -n "${SERVERS_MOTO_ZYGOTE:-}" && test -S "$SERVERS_MOTO_ZYGOTE"; then
		# A fork of run.sh's zygote (moto_zygote.py), or moto_run.py when
		# the zygote cannot serve this environment.
		env "$@" "$SERVERS_PYTHON" -I -S "$SERVERS_LIB_DIR/moto_zygote.py" start "$SERVERS_MOTO_ZYGOTE" \
			-H 127.0.0.1 --port-file "$port_file" >"$SERVERS_DIR/$name.log" 2>&1 </dev/null &
	else
		env "$@" "$SERVERS_PYTHON" "$SERVERS_LIB_DIR/moto_run.py" -H 127.0.0.1 \
			--port-file "$port_file" >"$SERVERS_DIR/$name.log" 2>&1 </dev/null &
	fi
	SERVERS_STARTED_PID=$!
	servers_track "$SERVERS_STARTED_PID"
	for i in $(seq $((SERVERS_START_TIMEOUT * 10))); do
		if test -s "$port_file"; then
			SERVERS_STARTED_PORT=$(cat "$port_file")
			return 0
		fi
		if ! kill -0 "$SERVERS_STARTED_PID" 2>/dev/null; then
			echo "$name exited while starting; log: $SERVERS_DIR/$name.log" >&2
			tail -n 20 "$SERVERS_DIR/$name.log" >&2
			return 1
		fi
		sleep 0.1
	done
	echo "$name did not listen within ${SERVERS_START_TIMEOUT}s; log: $SERVERS_DIR/$name.log" >&2
	return 1
}

start_moto () {
	servers_require_init || return 1
	servers_start_moto moto "$@" || return 1
	MOTO_PORT=$SERVERS_STARTED_PORT
	MOTO_ENDPOINT=http://127.0.0.1:$MOTO_PORT
	MOTO_ACCESS_KEY=AKIAMOTOUNCHECKED000
	MOTO_SECRET_KEY=moto-accepts-any-secret
	MOTO_PID=$SERVERS_STARTED_PID
}

servers_start_static () {
	local name=$1 dir=$2 log=$SERVERS_DIR/$1.log i
	servers_require_init || return 1
	"$SERVERS_PYTHON" -u -m http.server --bind 127.0.0.1 --directory "$dir" 0 \
		>"$log" 2>&1 </dev/null &
	SERVERS_STARTED_PID=$!
	servers_track "$SERVERS_STARTED_PID"
	for i in $(seq $((SERVERS_START_TIMEOUT * 10))); do
		SERVERS_STARTED_PORT=$(sed -n 's/^Serving HTTP on .* port \([0-9]*\) .*/\1/p' "$log")
		test -n "$SERVERS_STARTED_PORT" && return 0
		if ! kill -0 "$SERVERS_STARTED_PID" 2>/dev/null; then
			echo "$name exited while starting; log: $log" >&2
			tail -n 20 "$log" >&2
			return 1
		fi
		sleep 0.1
	done
	echo "$name did not listen within ${SERVERS_START_TIMEOUT}s; log: $log" >&2
	return 1
}

# start_tls_proxy UPSTREAM_URL: an HTTPS front (tests/servers/tls_proxy.py)
# with a private CA of its own: TLS_PROXY_ENDPOINT=https://127.0.0.1:PORT and
# TLS_PROXY_CA (the CA's PEM file) are set.
start_tls_proxy () {
	local log=$SERVERS_DIR/tls-proxy.log dir=$SERVERS_DIR/tls-proxy i
	servers_require_init || return 1
	mkdir -p "$dir"
	"$SERVERS_PYTHON" -u "$SERVERS_LIB_DIR/tls_proxy.py" "$1" "$dir" >"$log" 2>&1 </dev/null &
	SERVERS_STARTED_PID=$!
	servers_track "$SERVERS_STARTED_PID"
	for i in $(seq $((SERVERS_START_TIMEOUT * 10))); do
		TLS_PROXY_PORT=$(sed -n 's/^tls-proxy on port \([0-9]*\), CA .*/\1/p' "$log")
		if test -n "$TLS_PROXY_PORT"; then
			TLS_PROXY_ENDPOINT=https://127.0.0.1:$TLS_PROXY_PORT
			TLS_PROXY_CA=$(sed -n 's/^tls-proxy on port [0-9]*, CA //p' "$log")
			return 0
		fi
		if ! kill -0 "$SERVERS_STARTED_PID" 2>/dev/null; then
			echo "tls-proxy exited while starting; log: $log" >&2
			tail -n 20 "$log" >&2
			return 1
		fi
		sleep 0.1
	done
	echo "tls-proxy did not listen within ${SERVERS_START_TIMEOUT}s; log: $log" >&2
	return 1
}

# moto checks requests once INITIAL_NO_AUTH_ACTION_COUNT actions have been
# served unauthenticated. The first three make an IAM user with an inline
# allow-everything policy and an access key; every later request must be
# signed with that key.
start_moto_auth () {
	servers_require_init || return 1
	local port keys
	servers_start_moto moto-auth INITIAL_NO_AUTH_ACTION_COUNT=3 "$@" || return 1
	port=$SERVERS_STARTED_PORT
	MOTO_AUTH_PID=$SERVERS_STARTED_PID
	keys=$("$SERVERS_SCRIPT_PYTHON" - "http://127.0.0.1:$port" <<-'EOF'
	import sys, json
	import botocore.session
	session = botocore.session.get_session()
	iam = session.create_client("iam", region_name="us-east-1", endpoint_url=sys.argv[1],
	                            aws_access_key_id="setup", aws_secret_access_key="setup")
	iam.create_user(UserName="terrace-test")
	iam.put_user_policy(UserName="terrace-test", PolicyName="everything", PolicyDocument=json.dumps(
	    {"Version": "2012-10-17",
	     "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}))
	key = iam.create_access_key(UserName="terrace-test")["AccessKey"]
	print(key["AccessKeyId"], key["SecretAccessKey"])
	EOF
	) || {
		echo "moto-auth: could not create the test user's access key" >&2
		return 1
	}
	MOTO_AUTH_PORT=$port
	MOTO_AUTH_ENDPOINT=http://127.0.0.1:$port
	MOTO_AUTH_ACCESS_KEY=${keys% *}
	MOTO_AUTH_SECRET_KEY=${keys#* }
}

start_s3rver () {
	servers_require_init || return 1
	local dir=$SERVERS_DIR/s3rver-data log=$SERVERS_DIR/s3rver.log out=$SERVERS_DIR/s3rver.out i
	if ! test -d "$SERVERS_LIB_DIR/node_modules/@20minutes/s3rver"; then
		echo "s3rver is not installed: run tests/servers/install-deps.sh" >&2
		return 1
	fi
	: >"$out"
	node --openssl-legacy-provider "$SERVERS_LIB_DIR/s3rver.js" --port 0 --directory "$dir" \
		>"$out" 2>"$log" </dev/null &
	S3RVER_PID=$!
	servers_track "$S3RVER_PID"
	for i in $(seq $((SERVERS_START_TIMEOUT * 10))); do
		if grep -q '^READY ' "$out"; then
			S3RVER_PORT=$(sed -n 's/^READY \([0-9]*\)$/\1/p' "$out")
			S3RVER_ENDPOINT=http://127.0.0.1:$S3RVER_PORT
			S3RVER_ACCESS_KEY=S3RVER
			S3RVER_SECRET_KEY=S3RVER
			return 0
		fi
		if ! kill -0 "$S3RVER_PID" 2>/dev/null; then
			echo "s3rver exited while starting; log: $log" >&2
			tail -n 20 "$log" >&2
			return 1
		fi
		sleep 0.1
	done
	echo "s3rver did not print READY within ${SERVERS_START_TIMEOUT}s" >&2
	return 1
}

# The aws CLI with only the given credentials: no profile, no config file,
# no metadata service.
aws_at () {
	local endpoint=$1 access=$2 secret=$3
	shift 3
	(
		unset AWS_PROFILE AWS_SESSION_TOKEN AWS_SECURITY_TOKEN
		export AWS_ACCESS_KEY_ID="$access" AWS_SECRET_ACCESS_KEY="$secret" \
			AWS_DEFAULT_REGION=us-east-1 AWS_EC2_METADATA_DISABLED=true \
			AWS_CONFIG_FILE=/nonexistent AWS_SHARED_CREDENTIALS_FILE=/nonexistent
		servers_aws --endpoint-url "$endpoint" "$@"
	)
}

# servers_aws ARGS...: `aws ARGS...`. With SERVERS_AWS_CLI_SERVER=1 (the
# integration tests set it) and servers_init called, through
# aws_cli_server.py: one process that has imported awscli forks a child for
# each command, which then costs a tenth of the CPU time of a fresh `aws`
# (whose imports and model reads are most of its cost). That process is the
# run's (SERVERS_AWS_CLI_RUN_SOCKET, SERVERS_AWS_PYTHON: run.sh starts it),
# else the file's own, started by the first call; if it cannot start (awscli
# not importable by the interpreter the aws command runs on), every call is
# a plain `aws`.
servers_aws () {
	if test "${SERVERS_AWS_CLI_SERVER:-0}" = 1 && test -n "${SERVERS_AWS_CLIENT:-}" &&
		test -x "$SERVERS_AWS_CLIENT"; then
		# The run's server through py_client.c (tests/integration/run.sh).
		"$SERVERS_AWS_CLIENT" "$@"
	elif test "${SERVERS_AWS_CLI_SERVER:-0}" = 1 && test -n "${SERVERS_AWS_CLI_RUN_SOCKET:-}" &&
		test -S "$SERVERS_AWS_CLI_RUN_SOCKET" && test -n "${SERVERS_AWS_PYTHON:-}"; then
		# The server of the whole run (tests/integration/run.sh).
		"$SERVERS_AWS_PYTHON" -I -S "$SERVERS_LIB_DIR/aws_cli_server.py" run \
			"$SERVERS_AWS_CLI_RUN_SOCKET" "$@"
	elif test "${SERVERS_AWS_CLI_SERVER:-0}" = 1 && test -n "$SERVERS_DIR" &&
		servers_aws_cli_server; then
		"$SERVERS_AWS_PYTHON" -I -S "$SERVERS_LIB_DIR/aws_cli_server.py" run \
			"$SERVERS_DIR/aws-cli.sock" "$@"
	else
		aws "$@"
	fi
}

# servers_py SCRIPT ARGS...: `"$SERVERS_PYTHON" SCRIPT ARGS...` (SCRIPT a
# file, - for a program on stdin, or -c CODE), for the helper scripts that
# read moto with botocore or boto3. With SERVERS_PY_SERVER=1 (the
# integration tests set it) it runs in a child forked by the aws CLI server
# (the run's, else the file's own, as servers_aws finds it), which has
# imported them and read the services' models. Plainly when
# SERVERS_PY_SERVER=0, or when that server runs on another python. Only
# stdin, stdout and stderr reach the script (not fd 3 and up), but through
# the run's py_client.c (SERVERS_PY_CLIENT, tests/integration/run.sh), which
# passes every descriptor.
servers_py () {
	if test "${SERVERS_PY_SERVER:-0}" = 1 && test -n "${SERVERS_PY_CLIENT:-}" &&
		test -x "$SERVERS_PY_CLIENT"; then
		"$SERVERS_PY_CLIENT" "$@"  # tests/servers/py_client.c: the run's server
		return
	fi
	local sock=
	if test "${SERVERS_PY_SERVER:-0}" = 1; then
		if test -n "${SERVERS_AWS_CLI_RUN_SOCKET:-}" && test -S "$SERVERS_AWS_CLI_RUN_SOCKET" &&
			test -n "${SERVERS_AWS_PYTHON:-}"; then
			sock=$SERVERS_AWS_CLI_RUN_SOCKET
		elif test -n "$SERVERS_DIR" && servers_aws_cli_server; then
			sock=$SERVERS_DIR/aws-cli.sock
		fi
	fi
	if test -n "$sock" && test "$SERVERS_AWS_PYTHON" = "$SERVERS_PYTHON"; then
		"$SERVERS_AWS_PYTHON" -I -S "$SERVERS_LIB_DIR/aws_cli_server.py" py "$sock" "$@"
	else
		"$SERVERS_PYTHON" "$@"
	fi
}

# The python the aws command runs on: its script's interpreter, or, when
# `aws` is not a python script itself (pyenv's shim is a bash script),
# SERVERS_PYTHON.
servers_aws_python () {
	local aws_path line
	aws_path=$(command -v aws) || return 1
	IFS= read -r line <"$aws_path"
	case "$line" in
	'#!'*python*) line=${line#'#!'}; echo "${line%% *}" ;;
	*) echo "$SERVERS_PYTHON" ;;
	esac
}

# Start the file's aws CLI server unless it runs (or failed to start): one
# at a time under a lock, since commands run from subshells. It ends with
# the file's shell ($$), or with servers_stop_all.
servers_aws_cli_server () {
	local sock=$SERVERS_DIR/aws-cli.sock log=$SERVERS_DIR/aws-cli.log i
	if test -S "$sock"; then
		test -n "${SERVERS_AWS_PYTHON:-}" || read -r SERVERS_AWS_PYTHON <"$SERVERS_DIR/aws-cli.python"
		return 0
	fi
	test -e "$SERVERS_DIR/aws-cli.failed" && return 1
	(
		flock 8
		test -S "$sock" && exit 0
		test -e "$SERVERS_DIR/aws-cli.failed" && exit 1
		py=$(servers_aws_python) || { : >"$SERVERS_DIR/aws-cli.failed"; exit 1; }
		echo "$py" >"$SERVERS_DIR/aws-cli.python"
		# It outlives the step that starts it: none of the step's files
		# (fd 5, the step's log; fd 7, test_exclusive's lock) stay open in it.
		"$py" "$SERVERS_LIB_DIR/aws_cli_server.py" serve "$sock" "$$" \
			>"$log" 2>&1 </dev/null 5>&- 7>&- 8>&- &
		echo $! >"$SERVERS_DIR/aws-cli.pid"
		for i in $(seq $((SERVERS_START_TIMEOUT * 10))); do
			test -S "$sock" && exit 0
			kill -0 "$(cat "$SERVERS_DIR/aws-cli.pid")" 2>/dev/null || break
			sleep 0.1
		done
		echo "aws_cli_server.py did not start (plain aws from now on); log: $log" >&2
		: >"$SERVERS_DIR/aws-cli.failed"
		exit 1
	) 8>>"$SERVERS_DIR/aws-cli.lock" || return 1
	read -r SERVERS_AWS_PYTHON <"$SERVERS_DIR/aws-cli.python"
}

moto_aws () {
	aws_at "$MOTO_ENDPOINT" "$MOTO_ACCESS_KEY" "$MOTO_SECRET_KEY" "$@"
}

moto_auth_aws () {
	aws_at "$MOTO_AUTH_ENDPOINT" "$MOTO_AUTH_ACCESS_KEY" "$MOTO_AUTH_SECRET_KEY" "$@"
}

s3rver_aws () {
	aws_at "$S3RVER_ENDPOINT" "$S3RVER_ACCESS_KEY" "$S3RVER_SECRET_KEY" "$@"
}

# terraform_from_mirror DIR: Terraform with hashicorp/aws from the
# machine's local mirror only (TF_PROVIDER_MIRROR, default /opt/tf-plugins),
# the peer of the comparisons in tests and bench: writes DIR/cli.tfrc, a CLI
# configuration whose provider_installation names that mirror, and exports
# TF_CLI_CONFIG_FILE and TF_MIRROR. Returns 1 when terraform or the
# provider is missing. Go's collector runs less often (GOGC=300, unless set):
# most of a command's CPU is the aws provider building its schema, and a
# plan took 12.1 s of CPU with the default, 10.3 s so (the provider's peak
# 406 MB).
terraform_from_mirror () {
	TF_MIRROR=${TF_PROVIDER_MIRROR:-/opt/tf-plugins}
	command -v terraform >/dev/null 2>&1 &&
	test -d "$TF_MIRROR/registry.terraform.io/hashicorp/aws" || return 1
	cat >"$1/cli.tfrc" <<-EOF
	provider_installation {
	  filesystem_mirror {
	    path    = "$TF_MIRROR"
	    include = ["registry.terraform.io/hashicorp/aws"]
	  }
	  direct { exclude = ["registry.terraform.io/hashicorp/aws"] }
	}
	EOF
	export TF_CLI_CONFIG_FILE=$1/cli.tfrc TF_MIRROR GOGC=${GOGC:-300}
}

. "$SERVERS_LIB_DIR/postgres.sh"
. "$SERVERS_LIB_DIR/sshd.sh"
. "$SERVERS_LIB_DIR/netns.sh"
