/*
 * errors.c: libssh2's errors for all of provider/ssh: which are failures
 * of the socket (the connection is broken and must be made again), a
 * session's last error as text, and waiting for the socket of a session
 * that would block.
 */
#include <errno.h>
#include <poll.h>

#include "provider/ssh/remote.h"

/* ---- errors ---- */

bool ssh_error_is_socket(int code)
{
	switch (code) {
	case LIBSSH2_ERROR_SOCKET_NONE:
	case LIBSSH2_ERROR_BANNER_RECV:
	case LIBSSH2_ERROR_BANNER_SEND:
	case LIBSSH2_ERROR_INVALID_MAC:
	case LIBSSH2_ERROR_SOCKET_SEND:
	case LIBSSH2_ERROR_TIMEOUT:
	case LIBSSH2_ERROR_DECRYPT:
	case LIBSSH2_ERROR_SOCKET_DISCONNECT:
	case LIBSSH2_ERROR_PROTO:
	case LIBSSH2_ERROR_SOCKET_TIMEOUT:
	case LIBSSH2_ERROR_SOCKET_RECV:
	case LIBSSH2_ERROR_BAD_SOCKET:
		return true;
	}
	return false;
}

const char *ssh_conn_last_error(struct ssh_conn *c)
{
	char *msg = NULL;
	int code;

	if (!c->session)
		return "not connected";
	code = libssh2_session_last_error(c->session, &msg, NULL, 0);
	if (ssh_error_is_socket(code))
		c->broken = true;
	if (code == LIBSSH2_ERROR_TIMEOUT || code == LIBSSH2_ERROR_SOCKET_TIMEOUT)
		return "timed out";
	return msg && *msg ? msg : "unknown error";
}

void ssh_note_blocked(LIBSSH2_SESSION *s, int *directions)
{
	*directions |= libssh2_session_block_directions(s);
}

int ssh_conn_wait(struct ssh_conn *c, int directions, int timeout_ms)
{
	struct pollfd p = { .fd = c->fd, .events = POLLIN };
	int n;

	if (directions & LIBSSH2_SESSION_BLOCK_OUTBOUND)
		p.events |= POLLOUT;
	do
		n = poll(&p, 1, timeout_ms);
	while (n < 0 && errno == EINTR);
	return n > 0 ? 0 : 1;
}
