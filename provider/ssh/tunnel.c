/*
 * tunnel.c: local port forwards through a bastion (ssh_tunnel_*, see
 * ssh.h). Each tunnel has a session and a thread of its own: the thread
 * accepts connections on 127.0.0.1:<port>, opens a direct-tcpip channel for
 * each (one open at a time: libssh2 keeps one channel-open in progress per
 * session), and pumps bytes both ways with poll() while the session is in
 * non-blocking mode. Only that thread touches the session until
 * ssh_tunnel_close has joined it.
 *
 * libssh2's one rule that shapes this file: a session holds at most one
 * partly sent packet, and only a repeat of the call that started it (same
 * channel, same operation, for EOF even the same call site) can finish it;
 * every other send answers EAGAIN meanwhile. So the forward whose call left
 * such a packet is its owner (t->owner): its operation is repeated on every
 * pass, from the one place that does it, and it is never freed before the
 * packet is out. libssh2_keepalive_send ignores its own EAGAIN and would
 * leave an orphan packet, so the tunnel relies on TCP keepalives instead.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "provider/ssh/remote.h"
#include "provider/ssh/ssh.h"
#include "provider/base/clock.h"
#include "provider/base/log.h"

#define FORWARD_BUF 32768
#define CLOSE_GRACE_S 2.0

enum forward_state {
	FORWARD_OPENING,  /* accepted; its channel is not open yet */
	FORWARD_OPEN,     /* pumping both ways */
	FORWARD_DRAINING, /* the client is gone: finishing a partly sent packet */
	FORWARD_CLOSING,  /* freeing the channel */
};

/* The channel operations that may leave a partly sent packet. */
enum forward_op { OP_NONE, OP_WRITE, OP_EOF, OP_READ, OP_FREE };

/* One accepted connection and its channel. */
struct forward {
	struct forward *next;
	enum forward_state state;
	int fd;
	int client_port;
	LIBSSH2_CHANNEL *channel;
	char up[FORWARD_BUF];   /* from the client, for the channel */
	size_t up_off, up_len;
	char down[FORWARD_BUF]; /* from the channel, for the client */
	size_t down_off, down_len;
	bool client_eof;  /* the client will send nothing more */
	bool eof_sent;    /* ... and the channel was told */
	bool remote_eof;  /* the far end will send nothing more */
	bool client_shut; /* ... and the client was told */
	unsigned long long bytes_up, bytes_down;
};

struct ssh_tunnel {
	struct ssh_target bastion;
	struct ssh_conn *conn; /* NULL after the session was lost */
	char *remote_host;
	int remote_port;
	int listen_fd;
	int port;
	int wake[2];           /* a byte here stops the thread */
	pthread_t thread;
	struct forward *forwards;
	bool stopping;
	int blocked;           /* LIBSSH2_SESSION_BLOCK_* of this pass's EAGAINs */
	bool progress;         /* this pass moved bytes: look again at once */
	struct forward *owner; /* whose call left a partly sent packet */
	enum forward_op owner_op;
};

static const char *bastion_name(const struct ssh_tunnel *t)
{
	return t->conn ? t->conn->who : t->bastion.host;
}

/* ---- the session ---- */

static bool sending_blocked(const struct ssh_tunnel *t)
{
	return libssh2_session_block_directions(t->conn->session) & LIBSSH2_SESSION_BLOCK_OUTBOUND;
}

/*
 * After f's operation op returned rc: remember what to poll for, and who
 * owns a partly sent packet. A call that found nothing pending and left
 * the session blocked on sending started one; the owner's repeat that
 * leaves sending unblocked finished it.
 */
static void track(struct ssh_tunnel *t, struct forward *f, enum forward_op op,
		  bool was_blocked, long rc)
{
	bool blocked = sending_blocked(t);

	if (rc == LIBSSH2_ERROR_EAGAIN)
		ssh_note_blocked(t->conn->session, &t->blocked);
	if (!was_blocked && blocked && rc == LIBSSH2_ERROR_EAGAIN) {
		t->owner = f;
		t->owner_op = op;
	} else if (t->owner == f && t->owner_op == op && (!blocked || rc != LIBSSH2_ERROR_EAGAIN)) {
		t->owner = NULL;
	}
}

/* After a socket-level failure every channel is gone: close the clients
 * and drop the session; the next client connection reconnects. why NULL:
 * the tunnel is closing and cuts the session itself. */
static void session_lost(struct ssh_tunnel *t, const char *why)
{
	if (why)
		log_debugf("ssh tunnel via %s: the bastion session was lost (%s); every "
			   "forwarded connection is closed", bastion_name(t), why);
	t->conn->broken = true;
	shutdown(t->conn->fd, SHUT_RDWR); /* every pending libssh2 call fails at once */
	for (struct forward *f = t->forwards; f; f = f->next) {
		if (f->channel)
			libssh2_channel_free(f->channel);
		f->channel = NULL;
		f->state = FORWARD_CLOSING;
	}
	t->owner = NULL;
	ssh_conn_close(t->conn);
	t->conn = NULL;
}

static bool session_reopen(struct ssh_tunnel *t)
{
	struct strbuf err = STRBUF_INIT;

	if (t->conn)
		return true;
	if (ssh_conn_open(&t->bastion, &t->conn, &err)) {
		log_debugf("ssh tunnel: cannot reconnect to the bastion: %s", err.buf);
		strbuf_release(&err);
		return false;
	}
	strbuf_release(&err);
	libssh2_session_set_blocking(t->conn->session, 0);
	return true;
}

/* A libssh2 call on f's channel failed with code (not EAGAIN). */
static void channel_failed(struct ssh_tunnel *t, struct forward *f, long code)
{
	const char *why = ssh_conn_last_error(t->conn);

	if (ssh_error_is_socket((int)code)) {
		session_lost(t, why);
		return;
	}
	log_debugf("ssh tunnel via %s: forwarded connection from port %d ended: %s",
		   bastion_name(t), f->client_port, why);
	f->state = t->owner == f ? FORWARD_DRAINING : FORWARD_CLOSING;
}

/* ---- forwards ---- */

static void accept_clients(struct ssh_tunnel *t)
{
	for (;;) {
		struct sockaddr_in peer;
		socklen_t len = sizeof(peer);
		int fd = accept4(t->listen_fd, (struct sockaddr *)&peer, &len,
				 SOCK_NONBLOCK | SOCK_CLOEXEC);
		struct forward *f, **tail;

		if (fd < 0)
			return;
		f = xcalloc(1, sizeof(*f));
		f->fd = fd;
		f->client_port = ntohs(peer.sin_port);
		f->state = FORWARD_OPENING;
		for (tail = &t->forwards; *tail; tail = &(*tail)->next)
			;
		*tail = f;
	}
}

/* Try to open f's channel: 0 done (open or refused), 1 still in progress. */
static int forward_open(struct ssh_tunnel *t, struct forward *f)
{
	int code;

	if (!session_reopen(t)) {
		f->state = FORWARD_CLOSING;
		return 0;
	}
	f->channel = libssh2_channel_direct_tcpip_ex(t->conn->session, t->remote_host,
						     t->remote_port, "127.0.0.1", f->client_port);
	if (f->channel) {
		f->state = FORWARD_OPEN;
		log_debugf("ssh tunnel via %s: connection from port %d forwarded to %s:%d",
			   bastion_name(t), f->client_port, t->remote_host, t->remote_port);
		return 0;
	}
	code = libssh2_session_last_errno(t->conn->session);
	if (code == LIBSSH2_ERROR_EAGAIN) {
		ssh_note_blocked(t->conn->session, &t->blocked);
		return 1;
	}
	if (ssh_error_is_socket(code)) {
		session_lost(t, ssh_conn_last_error(t->conn));
		return 0;
	}
	log_debugf("ssh tunnel via %s: the bastion refused the forward to %s:%d: %s",
		   bastion_name(t), t->remote_host, t->remote_port, ssh_conn_last_error(t->conn));
	f->state = FORWARD_CLOSING;
	return 0;
}

/* The client went away: nothing more to or from it. */
static void client_gone(struct ssh_tunnel *t, struct forward *f)
{
	close(f->fd);
	f->fd = -1;
	f->up_off = f->up_len = 0;
	f->down_off = f->down_len = 0;
	f->state = t->owner == f ? FORWARD_DRAINING : FORWARD_CLOSING;
}

static int channel_write(struct ssh_tunnel *t, struct forward *f)
{
	bool was = sending_blocked(t);
	ssize_t n = libssh2_channel_write(f->channel, f->up + f->up_off, f->up_len - f->up_off);

	track(t, f, OP_WRITE, was, n);
	if (n > 0) {
		t->progress = true;
		f->up_off += (size_t)n;
		f->bytes_up += (unsigned long long)n;
	}
	if (f->up_off == f->up_len)
		f->up_off = f->up_len = 0;
	return n < 0 && n != LIBSSH2_ERROR_EAGAIN ? (channel_failed(t, f, n), -1) : (int)(n > 0);
}

static int channel_eof(struct ssh_tunnel *t, struct forward *f)
{
	bool was = sending_blocked(t);
	int rc = libssh2_channel_send_eof(f->channel);

	track(t, f, OP_EOF, was, rc);
	if (rc == 0)
		f->eof_sent = true;
	return rc < 0 && rc != LIBSSH2_ERROR_EAGAIN ? (channel_failed(t, f, rc), -1) : 0;
}

/* Read into the down buffer (len 0: only finish a window adjustment).
 * Bytes read, 0 none, -1 failed. */
static ssize_t channel_read(struct ssh_tunnel *t, struct forward *f, size_t len)
{
	bool was = sending_blocked(t);
	ssize_t n = libssh2_channel_read(f->channel, f->down + f->down_len, len);

	track(t, f, OP_READ, was, n);
	if (n > 0) {
		t->progress = true;
		f->down_len += (size_t)n;
	}
	if (n < 0 && n != LIBSSH2_ERROR_EAGAIN) {
		channel_failed(t, f, n);
		return -1;
	}
	return n > 0 ? n : 0;
}

/* Client -> channel. */
static int pump_up(struct ssh_tunnel *t, struct forward *f)
{
	ssize_t n;

	if (!f->client_eof && f->up_len < FORWARD_BUF) {
		n = recv(f->fd, f->up + f->up_len, FORWARD_BUF - f->up_len, 0);
		if (n > 0) {
			f->up_len += (size_t)n;
			t->progress = true;
		}
		else if (n == 0 || (errno != EAGAIN && errno != EINTR))
			f->client_eof = true;
	}
	while (f->up_off < f->up_len) {
		int rc = channel_write(t, f);

		if (rc < 0)
			return -1;
		if (rc == 0)
			break;
	}
	if (f->client_eof && !f->up_len && !f->eof_sent)
		return channel_eof(t, f);
	return 0;
}

/* Channel -> client. */
static int pump_down(struct ssh_tunnel *t, struct forward *f)
{
	ssize_t n;

	while (f->down_len < FORWARD_BUF) {
		n = channel_read(t, f, FORWARD_BUF - f->down_len);
		if (n < 0)
			return -1;
		if (n == 0)
			break;
	}
	/* A full buffer must still let a window adjustment of ours finish. */
	if (f->down_len == FORWARD_BUF && t->owner == f && t->owner_op == OP_READ &&
	    channel_read(t, f, 0) < 0)
		return -1;
	if (libssh2_channel_eof(f->channel))
		f->remote_eof = true;
	while (f->down_off < f->down_len) {
		n = send(f->fd, f->down + f->down_off, f->down_len - f->down_off, MSG_NOSIGNAL);
		if (n > 0) {
			f->down_off += (size_t)n;
			f->bytes_down += (unsigned long long)n;
			t->progress = true;
			continue;
		}
		if (n < 0 && (errno == EAGAIN || errno == EINTR))
			break;
		client_gone(t, f);
		return -1;
	}
	if (f->down_off == f->down_len)
		f->down_off = f->down_len = 0;
	if (f->remote_eof && !f->down_len && !f->client_shut) {
		shutdown(f->fd, SHUT_WR);
		f->client_shut = true;
	}
	return 0;
}

/* Repeat the operation that left a partly sent packet, and nothing else. */
static void drain_owned(struct ssh_tunnel *t, struct forward *f)
{
	char scratch[512];

	switch (t->owner == f ? t->owner_op : OP_NONE) {
	case OP_WRITE: {
		bool was = sending_blocked(t);

		track(t, f, OP_WRITE, was, libssh2_channel_write(f->channel, "", 1));
		break;
	}
	case OP_EOF:
		channel_eof(t, f);
		break;
	case OP_READ: {
		bool was = sending_blocked(t);

		track(t, f, OP_READ, was, libssh2_channel_read(f->channel, scratch,
							       sizeof(scratch)));
		break;
	}
	default:
		break;
	}
	if (t->conn && t->owner != f && f->state == FORWARD_DRAINING)
		f->state = FORWARD_CLOSING;
}

/* Every channel operation of one forward happens here, so a repeated one
 * comes from the same call site. */
static void forward_pump(struct ssh_tunnel *t, struct forward *f)
{
	if (f->state == FORWARD_DRAINING) {
		drain_owned(t, f);
		return;
	}
	if (pump_up(t, f) || pump_down(t, f))
		return;
	if (f->eof_sent && f->client_shut)
		f->state = FORWARD_CLOSING;
}

/* Close f's socket and free its channel: true when it is all gone. */
static bool forward_finish(struct ssh_tunnel *t, struct forward *f)
{
	if (f->fd >= 0) {
		close(f->fd);
		f->fd = -1;
	}
	if (f->channel) {
		bool was = sending_blocked(t);
		int rc = libssh2_channel_free(f->channel);

		track(t, f, OP_FREE, was, rc);
		if (rc == LIBSSH2_ERROR_EAGAIN)
			return false;
		f->channel = NULL;
	}
	log_debugf("ssh tunnel via %s: forwarded connection from port %d closed (%llu bytes "
		   "sent, %llu received)", bastion_name(t), f->client_port, f->bytes_up,
		   f->bytes_down);
	return true;
}

/* The forward is to end now (the tunnel is stopping). */
static void forward_stop(struct ssh_tunnel *t, struct forward *f)
{
	if (f->state == FORWARD_OPEN)
		client_gone(t, f);
	else if (f->state == FORWARD_OPENING)
		f->state = FORWARD_CLOSING;
}

/* One pass over every forward; finished ones are unlinked and freed. The
 * owner of a partly sent packet goes first: until its packet is out, every
 * other send would answer EAGAIN. */
static void service(struct ssh_tunnel *t)
{
	bool opening = false; /* a channel-open is in progress */
	struct forward **link = &t->forwards;

	t->blocked = 0;
	t->progress = false;
	if (t->owner && (t->owner->state == FORWARD_OPEN || t->owner->state == FORWARD_DRAINING))
		forward_pump(t, t->owner);
	while (*link) {
		struct forward *f = *link;

		if (t->stopping)
			forward_stop(t, f);
		if (f->state == FORWARD_OPENING && !opening)
			opening = forward_open(t, f) == 1;
		if (f->state == FORWARD_OPEN || f->state == FORWARD_DRAINING)
			forward_pump(t, f);
		if (f->state == FORWARD_CLOSING && forward_finish(t, f)) {
			t->progress = true;
			if (t->owner == f)
				t->owner = NULL;
			*link = f->next;
			free(f);
			continue;
		}
		link = &f->next;
	}
}

/* ---- the thread ---- */

static short client_events(const struct forward *f)
{
	short ev = 0;

	if (f->state != FORWARD_OPEN)
		return 0;
	if (!f->client_eof && f->up_len < FORWARD_BUF)
		ev |= POLLIN;
	if (f->down_off < f->down_len)
		ev |= POLLOUT;
	return ev;
}

/* Wait for the wake pipe, new clients, the session or a client; true when
 * the wake pipe had a byte. */
static bool wait_events(struct ssh_tunnel *t, int timeout_ms)
{
	size_t n = 3, i = 3;
	struct pollfd *p;
	bool woken = false;
	char byte;

	for (struct forward *f = t->forwards; f; f = f->next)
		n++;
	p = xcalloc(n, sizeof(*p));
	p[0] = (struct pollfd){ .fd = t->wake[0], .events = POLLIN };
	p[1] = (struct pollfd){ .fd = t->stopping ? -1 : t->listen_fd, .events = POLLIN };
	p[2] = (struct pollfd){ .fd = -1 };
	if (t->conn) {
		p[2].fd = t->conn->fd;
		/* libssh2 may forget it is blocked on sending (a write to a full
		 * window resets the flags) while a packet is still partly out. */
		p[2].events = POLLIN;
		if ((t->blocked & LIBSSH2_SESSION_BLOCK_OUTBOUND) || t->owner)
			p[2].events |= POLLOUT;
	}
	for (struct forward *f = t->forwards; f; f = f->next, i++)
		p[i] = (struct pollfd){ .fd = client_events(f) ? f->fd : -1,
					.events = client_events(f) };
	if (poll(p, n, timeout_ms) < 0 && errno != EINTR)
		log_debugf("ssh tunnel: poll: %s", strerror(errno));
	if (p[0].revents && read(t->wake[0], &byte, 1) == 1)
		woken = true;
	free(p);
	return woken;
}

/*
 * Serve until woken; then close every forward, waiting a little for the
 * bastion to confirm, and cut the session if it does not. The loop is the
 * same in both phases, so a repeated EOF comes from the same call site.
 */
static void *tunnel_main(void *arg)
{
	struct ssh_tunnel *t = arg;
	double deadline = 0;

	for (;;) {
		if (wait_events(t, t->progress ? 0 : t->stopping ? 50 : 1000) && !t->stopping) {
			t->stopping = true;
			deadline = monotonic_seconds() + CLOSE_GRACE_S;
		}
		if (!t->stopping)
			accept_clients(t);
		service(t);
		if (t->stopping && (!t->forwards || !t->conn || monotonic_seconds() >= deadline))
			break;
	}
	if (t->forwards && t->conn)
		session_lost(t, NULL);
	service(t);
	return NULL;
}

/* ---- open and close ---- */

static int listen_loopback(struct ssh_tunnel *t, struct strbuf *err)
{
	struct sockaddr_in addr = { .sin_family = AF_INET };
	socklen_t len = sizeof(addr);

	addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	t->listen_fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
	if (t->listen_fd < 0 || bind(t->listen_fd, (struct sockaddr *)&addr, sizeof(addr)) ||
	    listen(t->listen_fd, 16) ||
	    getsockname(t->listen_fd, (struct sockaddr *)&addr, &len)) {
		strbuf_addf(err, "ssh tunnel: cannot listen on 127.0.0.1: %s", strerror(errno));
		return -1;
	}
	t->port = ntohs(addr.sin_port);
	return 0;
}

/* Close what an open tunnel holds (its thread has ended or never started). */
static void tunnel_free(struct ssh_tunnel *t)
{
	if (t->listen_fd >= 0)
		close(t->listen_fd);
	if (t->wake[0] >= 0) {
		close(t->wake[0]);
		close(t->wake[1]);
	}
	ssh_conn_close(t->conn);
	ssh_target_release(&t->bastion);
	free(t->remote_host);
	free(t);
}

int ssh_tunnel_open(const struct ssh_target *bastion, const char *remote_host,
		    int remote_port, struct ssh_tunnel **out, struct strbuf *err)
{
	struct ssh_tunnel *t = xcalloc(1, sizeof(*t));
	int rc;

	*out = NULL;
	t->listen_fd = t->wake[0] = t->wake[1] = -1;
	ssh_target_copy(&t->bastion, bastion);
	t->remote_host = xstrdup(remote_host);
	t->remote_port = remote_port;
	if (ssh_conn_open(bastion, &t->conn, err) || listen_loopback(t, err))
		goto fail;
	if (pipe2(t->wake, O_CLOEXEC)) {
		strbuf_addf(err, "ssh tunnel: pipe: %s", strerror(errno));
		goto fail;
	}
	libssh2_session_set_blocking(t->conn->session, 0);
	rc = pthread_create(&t->thread, NULL, tunnel_main, t);
	if (rc) {
		strbuf_addf(err, "ssh tunnel: cannot start its thread: %s", strerror(rc));
		goto fail;
	}
	log_debugf("ssh tunnel via %s: 127.0.0.1:%d forwards to %s:%d", t->conn->who, t->port,
		   remote_host, remote_port);
	*out = t;
	return 0;
fail:
	tunnel_free(t);
	return -1;
}

int ssh_tunnel_local_port(const struct ssh_tunnel *t)
{
	return t->port;
}

void ssh_tunnel_close(struct ssh_tunnel *t)
{
	ssize_t n;

	if (!t)
		return;
	do
		n = write(t->wake[1], "x", 1);
	while (n < 0 && errno == EINTR);
	pthread_join(t->thread, NULL);
	tunnel_free(t);
}
