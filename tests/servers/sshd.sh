# tests/servers/sshd.sh: an OpenSSH server for the ssh provider's tests and
# for tunnels through a bastion. Sourced by tests/servers/lib.sh (call
# servers_init first), then:
#
#   start_sshd      starts /usr/sbin/sshd -D -e -f CONFIG on a free high port
#                   with a new ed25519 host key, a new ed25519 user key (no
#                   passphrase) authorized for the current user, and a
#                   known_hosts file holding the host key as [ADDR]:PORT.
#                   Sets SSHD_PORT SSHD_HOST SSHD_USER SSHD_KEY (private key
#                   path) SSHD_KNOWN_HOSTS SSHD_PID SSHD_DIR (its files).
#                   Logs to $SERVERS_DIR/$SSHD_NAME.log.
#   ssh_test CMD... runs CMD on the last server started, with the OpenSSH
#                   client (BatchMode, the test key, its known_hosts only)
#
# Optional environment, read by start_sshd:
#   SSHD_NAME         default sshd: files go to $SERVERS_DIR/$SSHD_NAME/, so
#                     two servers can run at once under different names
#   SSHD_LISTEN_ADDR  default 127.0.0.1
#   SSHD_EXEC_PREFIX  words put in front of the sshd command, e.g.
#                     "ip netns exec NS" to run it in a network namespace
#                     (ssh_test uses it too)
#
# As root, logins as root are allowed with a key only (PermitRootLogin
# prohibit-password). StrictModes is off: the files live under /tmp.
# SetEnv SHLVL=1 keeps bash from reading ~/.bashrc for every remote command
# (it does for sshd's non-interactive shells at level 1), which costs most
# of a second per command on hosts whose rc files start pyenv and the like.

sshd_write_config () {
	local dir=$1 addr=$2 port=$3
	cat >"$dir/sshd_config" <<-EOF
	Port $port
	ListenAddress $addr
	HostKey $dir/ssh_host_ed25519_key
	PidFile none
	AuthorizedKeysFile $dir/authorized_keys
	AuthenticationMethods publickey
	PubkeyAuthentication yes
	PasswordAuthentication no
	KbdInteractiveAuthentication no
	PermitRootLogin prohibit-password
	StrictModes no
	UsePAM no
	AllowTcpForwarding yes
	PermitOpen any
	Subsystem sftp internal-sftp
	MaxStartups 100:30:200
	MaxSessions 100
	PrintMotd no
	SetEnv SHLVL=1
	LogLevel VERBOSE
	EOF
}

# sshd_wait NAME PID ADDR PORT: until the log says it listens, or it dies.
sshd_wait () {
	local name=$1 pid=$2 addr=$3 port=$4 i
	for i in $(seq $((SERVERS_START_TIMEOUT * 10))); do
		if ! kill -0 "$pid" 2>/dev/null; then
			echo "$name exited while starting; log: $SERVERS_DIR/$name.log" >&2
			tail -n 20 "$SERVERS_DIR/$name.log" >&2
			return 1
		fi
		if grep -q "Server listening on $addr port $port" "$SERVERS_DIR/$name.log"; then
			return 0
		fi
		sleep 0.1
	done
	echo "$name did not listen on $addr:$port within ${SERVERS_START_TIMEOUT}s" >&2
	return 1
}

start_sshd () {
	servers_require_init || return 1
	local name=${SSHD_NAME:-sshd} addr=${SSHD_LISTEN_ADDR:-127.0.0.1}
	local dir=$SERVERS_DIR/${SSHD_NAME:-sshd} try port pid
	mkdir -p "$dir" && chmod 700 "$dir" || return 1
	mkdir -p /run/sshd 2>/dev/null
	rm -f "$dir/ssh_host_ed25519_key" "$dir/id_ed25519"
	ssh-keygen -q -t ed25519 -N '' -C "$name host" -f "$dir/ssh_host_ed25519_key" &&
	ssh-keygen -q -t ed25519 -N '' -C "$name user" -f "$dir/id_ed25519" &&
	cp "$dir/id_ed25519.pub" "$dir/authorized_keys" || return 1
	for try in 1 2 3; do
		port=$(servers_free_port) || return 1
		sshd_write_config "$dir" "$addr" "$port"
		: >"$SERVERS_DIR/$name.log"
		# shellcheck disable=SC2086 # the prefix is words on purpose
		${SSHD_EXEC_PREFIX:-} /usr/sbin/sshd -D -e -f "$dir/sshd_config" \
			>>"$SERVERS_DIR/$name.log" 2>&1 </dev/null &
		pid=$!
		servers_track "$pid"
		if sshd_wait "$name" "$pid" "$addr" "$port"; then
			echo "[$addr]:$port $(cut -d' ' -f1,2 "$dir/ssh_host_ed25519_key.pub")" \
				>"$dir/known_hosts"
			SSHD_DIR=$dir
			SSHD_PORT=$port
			SSHD_HOST=$addr
			SSHD_USER=$(id -un)
			SSHD_KEY=$dir/id_ed25519
			SSHD_KNOWN_HOSTS=$dir/known_hosts
			SSHD_PID=$pid
			return 0
		fi
		servers_stop "$pid"
	done
	return 1
}

ssh_test () {
	# shellcheck disable=SC2086
	${SSHD_EXEC_PREFIX:-} ssh -F /dev/null -o BatchMode=yes -o IdentitiesOnly=yes \
		-o IdentityAgent=none -o StrictHostKeyChecking=yes \
		-o UserKnownHostsFile="$SSHD_KNOWN_HOSTS" -o GlobalKnownHostsFile=/dev/null \
		-o LogLevel=ERROR -i "$SSHD_KEY" -p "$SSHD_PORT" "$SSHD_USER@$SSHD_HOST" "$@"
}
