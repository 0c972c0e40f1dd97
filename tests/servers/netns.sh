# tests/servers/netns.sh: a private network for servers that the host must
# not reach directly (a database behind a bastion). Sourced by
# tests/servers/lib.sh (call servers_init first), then:
#
#   start_netns        makes a network namespace joined to the host by a veth
#                      pair with a /30 of 10.213.0.0/16 picked from the pid,
#                      its loopback up. Sets NETNS (its name, for
#                      "ip netns exec $NETNS ..."), NETNS_HOST_IP (the host's
#                      end) and NETNS_IP (the namespace's end). Removed, with
#                      the pair and its hosts file, when the servers stop.
#                      Needs root (CAP_NET_ADMIN) and iproute2; on failure
#                      returns 1 with the reason in NETNS_WHY.
#   netns_hosts LINE...  the namespace's /etc/hosts (ip netns exec mounts
#                      /etc/netns/$NETNS/hosts over it): how names resolve for
#                      servers inside, e.g. "127.0.0.1 db.internal"
#
# Servers go inside with PG_EXEC_PREFIX / SSHD_EXEC_PREFIX="ip netns exec $NETNS".

start_netns () {
	servers_require_init || return 1
	NETNS_WHY=
	if ! command -v ip >/dev/null 2>&1; then
		NETNS_WHY="iproute2 (ip) is not installed"
		return 1
	fi
	local slot=$(($$ % 16384)) err=$SERVERS_DIR/netns.err
	NETNS=terrace-$$
	NETNS_VETH=trc$$h
	NETNS_HOST_IP=10.213.$((slot / 64)).$((slot % 64 * 4 + 1))
	NETNS_IP=10.213.$((slot / 64)).$((slot % 64 * 4 + 2))
	if ! ip netns add "$NETNS" 2>"$err"; then
		NETNS_WHY=$(head -n 1 "$err")
		return 1
	fi
	servers_at_exit "ip netns del '$NETNS' 2>/dev/null; ip link del '$NETNS_VETH' 2>/dev/null; rm -rf '/etc/netns/$NETNS'"
	if ! { ip link add "$NETNS_VETH" type veth peer name "trc$$n" &&
		ip link set "trc$$n" netns "$NETNS" &&
		ip addr add "$NETNS_HOST_IP/30" dev "$NETNS_VETH" &&
		ip link set "$NETNS_VETH" up &&
		ip netns exec "$NETNS" ip addr add "$NETNS_IP/30" dev "trc$$n" &&
		ip netns exec "$NETNS" ip link set "trc$$n" up &&
		ip netns exec "$NETNS" ip link set lo up; } 2>"$err"; then
		NETNS_WHY=$(head -n 1 "$err")
		return 1
	fi
}

netns_hosts () {
	mkdir -p "/etc/netns/$NETNS" || return 1
	{
		echo "127.0.0.1 localhost"
		printf '%s\n' "$@"
	} >"/etc/netns/$NETNS/hosts"
}
