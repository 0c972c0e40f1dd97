/*
 * conn.c: SSH connections. The connection block every schema embeds
 * (ssh_connection_attrs) and its parsing into a struct ssh_target, and
 * opening a session: TCP connect with a timeout, the libssh2 handshake
 * (the host key check it makes is provider/ssh/known_hosts.c's), and
 * public key authentication from a file, from memory or through
 * ssh-agent. Reconnecting for the rest of provider/ssh lives here too;
 * libssh2's errors are provider/ssh/errors.c's.
 */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <pthread.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "provider/provider.h"
#include "provider/ssh/known_hosts.h"
#include "provider/ssh/remote.h"
#include "provider/ssh/ssh.h"
#include "provider/base/clock.h"
#include "provider/base/log.h"
#include "provider/base/progress.h"

const struct attr_schema ssh_connection_attrs[] = {
	{ .name = "host", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "host name or address to connect to" },
	{ .name = "port", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "TCP port of the SSH server", .default_json = "22" },
	{ .name = "user", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "user to log in as; default the local user" },
	{ .name = "private_key_file", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "private key file (OpenSSH or PEM format); ~/ is the home folder" },
	{ .name = "private_key", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_SENSITIVE,
	  .description = "private key text (OpenSSH or PEM format), e.g. from a variable" },
	{ .name = "private_key_passphrase", .type = ATTR_STRING,
	  .flags = ATTR_OPTIONAL | ATTR_SENSITIVE,
	  .description = "passphrase of an encrypted private key" },
	{ .name = "agent", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "log in with the keys of ssh-agent (SSH_AUTH_SOCK)" },
	{ .name = "host_key", .type = ATTR_LIST, .elem_type = ATTR_STRING,
	  .flags = ATTR_OPTIONAL | ATTR_ONE_OR_LIST,
	  .description = "the host's public key(s) as in a .pub file or ssh-keyscan output "
			 "(\"ssh-ed25519 AAAA...\"): one line, several lines or a list (e.g. "
			 "${host.host_keys}); when set, the host must offer one of them and "
			 "known_hosts_file is not read" },
	{ .name = "known_hosts_file", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "known_hosts file the host key is checked against; "
			 "default ~/.ssh/known_hosts" },
	{ .name = "host_key_check", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "refuse a host whose key is not in known_hosts_file "
			 "(false accepts any key: throwaway hosts only)", .default_json = "true" },
	{ .name = "timeout", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "seconds to wait for the connection, for each answer, and for a "
			 "remote command that prints nothing", .default_json = "30" },
	{ .name = "connect_timeout", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "seconds to keep trying while the host refuses or does not answer "
			 "SSH yet (a host made in the same stack), every 2 s; 0: one attempt",
	  .default_json = "0" },
	{ .name = NULL },
};

/* ---- the connection block ---- */

/* "~/x" -> "$HOME/x"; other paths as they are. */
static char *expand_home(const char *path)
{
	if (!strcmp(path, "~"))
		return xstrdup(home_dir());
	if (!strncmp(path, "~/", 2))
		return xasprintf("%s/%s", home_dir(), path + 2);
	return xstrdup(path);
}

static char *local_user(void)
{
	struct passwd *pw = getpwuid(geteuid());
	const char *user = getenv("USER");

	if (pw && pw->pw_name)
		return xstrdup(pw->pw_name);
	return xstrdup(user && *user ? user : "root");
}

static int target_string(const json_t *cfg, const char *name, char **out, struct strbuf *err)
{
	const json_t *v = json_object_get(cfg, name);

	*out = NULL;
	if (!v || json_is_null(v))
		return 0;
	if (!json_is_string(v)) {
		strbuf_addf(err, "ssh connection: %s must be a string, not %s", name, value_kind(v));
		return -1;
	}
	if (*json_string_value(v))
		*out = xstrdup(json_string_value(v));
	return 0;
}

/* A whole number from min to max; numeric strings are accepted too. */
static int target_int(const json_t *cfg, const char *name, int def, int min, int max,
		      int *out, struct strbuf *err)
{
	const json_t *v = json_object_get(cfg, name);
	double n = def;
	char *end = NULL;

	if (json_is_number(v)) {
		n = json_number_value(v);
	} else if (json_is_string(v)) {
		n = strtod(json_string_value(v), &end);
		if (end == json_string_value(v) || *end)
			n = NAN;
	} else if (v && !json_is_null(v)) {
		n = NAN;
	}
	if (!(n >= min && n <= max) || n != floor(n)) {
		strbuf_addf(err, "ssh connection: %s must be a whole number from %d to %d", name,
			    min, max);
		return -1;
	}
	*out = (int)n;
	return 0;
}

static int target_bool(const json_t *cfg, const char *name, bool def, bool *out,
		       struct strbuf *err)
{
	const json_t *v = json_object_get(cfg, name);
	const char *s = json_string_value(v);

	*out = def;
	if (!v || json_is_null(v))
		return 0;
	if (json_is_boolean(v))
		*out = json_is_true(v);
	else if (s && (!strcmp(s, "true") || !strcmp(s, "false")))
		*out = !strcmp(s, "true");
	else {
		strbuf_addf(err, "ssh connection: %s must be a bool", name);
		return -1;
	}
	return 0;
}

int ssh_target_from_json(const json_t *cfg, struct ssh_target *t, struct strbuf *err)
{
	char *key_file = NULL, *known_hosts = NULL;
	int methods;

	memset(t, 0, sizeof(*t));
	if (!json_is_object(cfg)) {
		strbuf_addstr(err, "ssh connection: the connection block must be an object");
		return -1;
	}
	if (target_string(cfg, "host", &t->host, err) ||
	    target_int(cfg, "port", 22, 1, 65535, &t->port, err) ||
	    target_string(cfg, "user", &t->user, err) ||
	    target_string(cfg, "private_key_file", &key_file, err) ||
	    target_string(cfg, "private_key", &t->private_key, err) ||
	    target_string(cfg, "private_key_passphrase", &t->private_key_passphrase, err) ||
	    target_bool(cfg, "agent", false, &t->agent, err) ||
	    target_host_keys(cfg, t, err) ||
	    target_string(cfg, "known_hosts_file", &known_hosts, err) ||
	    target_bool(cfg, "host_key_check", true, &t->host_key_check, err) ||
	    target_int(cfg, "timeout", 30, 1, 3600, &t->timeout_seconds, err) ||
	    target_int(cfg, "connect_timeout", 0, 0, 3600, &t->connect_timeout_seconds, err))
		goto fail;
	if (!t->host) {
		strbuf_addstr(err, "ssh connection: host must be set");
		goto fail;
	}
	if (t->n_host_keys && !t->host_key_check) {
		strbuf_addstr(err, "ssh connection: host_key pins the host's key; it cannot go with "
			      "host_key_check: false");
		goto fail;
	}
	methods = !!key_file + !!t->private_key + !!t->agent;
	if (methods > 1) {
		strbuf_addstr(err, "ssh connection: set only one of private_key_file, private_key "
			      "and agent");
		goto fail;
	}
	if (!t->user)
		t->user = local_user();
	t->private_key_file = key_file ? expand_home(key_file) : NULL;
	t->known_hosts_file = known_hosts ? expand_home(known_hosts) : NULL;
	free(key_file);
	free(known_hosts);
	return 0;
fail:
	free(key_file);
	free(known_hosts);
	ssh_target_release(t);
	return -1;
}

static void free_secret(char *s)
{
	if (s) {
		memset(s, 0, strlen(s));
		free(s);
	}
}

void ssh_target_release(struct ssh_target *t)
{
	free(t->host);
	free(t->user);
	free(t->private_key_file);
	free_secret(t->private_key);
	free_secret(t->private_key_passphrase);
	free(t->known_hosts_file);
	for (size_t i = 0; i < t->n_host_keys; i++)
		free(t->host_keys[i]);
	free(t->host_keys);
	memset(t, 0, sizeof(*t));
}

void ssh_target_copy(struct ssh_target *dst, const struct ssh_target *src)
{
	*dst = *src;
	dst->host = xstrdup_or_null(src->host);
	dst->user = xstrdup_or_null(src->user);
	dst->private_key_file = xstrdup_or_null(src->private_key_file);
	dst->private_key = xstrdup_or_null(src->private_key);
	dst->private_key_passphrase = xstrdup_or_null(src->private_key_passphrase);
	dst->known_hosts_file = xstrdup_or_null(src->known_hosts_file);
	dst->host_keys = NULL;
	if (src->n_host_keys) {
		dst->host_keys = xmalloc(src->n_host_keys * sizeof(*dst->host_keys));
		for (size_t i = 0; i < src->n_host_keys; i++)
			dst->host_keys[i] = xstrdup(src->host_keys[i]);
	}
}

/* ---- TCP ---- */

/* Wait for a non-blocking connect; 0, or -1 with *error set. */
static int wait_connected(int fd, int timeout_ms, int *error)
{
	struct pollfd p = { .fd = fd, .events = POLLOUT };
	socklen_t len = sizeof(*error);
	int n;

	do
		n = poll(&p, 1, timeout_ms);
	while (n < 0 && errno == EINTR);
	if (n == 0) {
		*error = ETIMEDOUT;
		return -1;
	}
	if (n < 0 || getsockopt(fd, SOL_SOCKET, SO_ERROR, error, &len) < 0) {
		*error = errno;
		return -1;
	}
	return *error ? -1 : 0;
}

/* TCP keepalives keep an idle session (a tunnel between queries) alive
 * through NAT and notice a dead peer; libssh2's own keepalive cannot be
 * used on non-blocking sessions (see tunnel.c). */
static void set_keepalive(int fd)
{
	int one = 1, idle = 60, interval = 20, count = 3;

	setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &one, sizeof(one));
	setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof(idle));
	setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &interval, sizeof(interval));
	setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &count, sizeof(count));
}

static int connect_one(const struct addrinfo *ai, int timeout_ms, int *error)
{
	int fd = socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK,
			ai->ai_protocol);
	int one = 1;

	if (fd < 0) {
		*error = errno;
		return -1;
	}
	if (connect(fd, ai->ai_addr, ai->ai_addrlen) < 0 &&
	    (errno != EINPROGRESS || wait_connected(fd, timeout_ms, error) < 0)) {
		if (errno != EINPROGRESS)
			*error = errno;
		close(fd);
		return -1;
	}
	/* libssh2 in blocking mode waits with its own timeout. */
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
	setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	set_keepalive(fd);
	return fd;
}

static int tcp_connect(struct ssh_conn *c, struct strbuf *err)
{
	const struct ssh_target *t = &c->target;
	struct addrinfo hints = { .ai_family = AF_UNSPEC, .ai_socktype = SOCK_STREAM };
	struct addrinfo *res = NULL, *ai;
	char port[16];
	int rc, error = 0;

	snprintf(port, sizeof(port), "%d", t->port);
	rc = getaddrinfo(t->host, port, &hints, &res);
	if (rc) {
		strbuf_addf(err, "ssh %s: cannot resolve %s: %s", c->where, t->host,
			    gai_strerror(rc));
		return -1;
	}
	for (ai = res; ai && c->fd < 0; ai = ai->ai_next)
		c->fd = connect_one(ai, t->timeout_seconds * 1000, &error);
	freeaddrinfo(res);
	if (c->fd < 0) {
		if (error == ETIMEDOUT)
			strbuf_addf(err, "ssh %s: cannot connect: no answer within %d s", c->where,
				    t->timeout_seconds);
		else
			strbuf_addf(err, "ssh %s: cannot connect: %s", c->where, strerror(error));
		return -1;
	}
	return 0;
}

/* ---- authentication ---- */

static bool method_offered(const char *methods, const char *name)
{
	size_t n = strlen(name);

	for (const char *p = methods; p && *p; p = strchr(p, ',') ? strchr(p, ',') + 1 : NULL)
		if (!strncmp(p, name, n) && (p[n] == ',' || !p[n]))
			return true;
	return false;
}

static bool key_refused(int rc)
{
	return rc == LIBSSH2_ERROR_AUTHENTICATION_FAILED ||
	       rc == LIBSSH2_ERROR_PUBLICKEY_UNVERIFIED;
}

/* Why a key attempt failed, after "... with WHAT: ". */
static void add_key_failure(struct ssh_conn *c, int rc, struct strbuf *err)
{
	if (key_refused(rc))
		strbuf_addf(err, "the server did not accept the key for %s", c->target.user);
	else if (rc == LIBSSH2_ERROR_FILE || rc == LIBSSH2_ERROR_KEYFILE_AUTH_FAILED)
		strbuf_addstr(err, "cannot load the private key (a wrong or missing "
			      "private_key_passphrase, or a format libssh2 cannot read)");
	else
		strbuf_addstr(err, ssh_conn_last_error(c));
}

static int auth_key_file(struct ssh_conn *c, const char *path, struct strbuf *err)
{
	const struct ssh_target *t = &c->target;
	int rc;

	if (access(path, R_OK) < 0) {
		strbuf_addf(err, "ssh %s: cannot read private_key_file %s: %s", c->who, path,
			    strerror(errno));
		return -1;
	}
	rc = libssh2_userauth_publickey_fromfile_ex(c->session, t->user,
						    (unsigned)strlen(t->user), NULL, path,
						    t->private_key_passphrase);
	if (rc == 0)
		return 0;
	strbuf_addf(err, "ssh %s: public key authentication failed with private_key_file %s: ",
		    c->who, path);
	add_key_failure(c, rc, err);
	return -1;
}

static int auth_key_memory(struct ssh_conn *c, struct strbuf *err)
{
	const struct ssh_target *t = &c->target;
	int rc = libssh2_userauth_publickey_frommemory(c->session, t->user, strlen(t->user),
						       NULL, 0, t->private_key,
						       strlen(t->private_key),
						       t->private_key_passphrase);

	if (rc == 0)
		return 0;
	strbuf_addf(err, "ssh %s: public key authentication failed with private_key "
		    "(sensitive value): ", c->who);
	add_key_failure(c, rc, err);
	return -1;
}

/* 0 logged in; -1 with the reason in err (*tried counts the keys offered). */
static int auth_agent(struct ssh_conn *c, int *tried, struct strbuf *err)
{
	LIBSSH2_AGENT *agent = libssh2_agent_init(c->session);
	struct libssh2_agent_publickey *id = NULL, *prev = NULL;
	int rc = -1;

	*tried = 0;
	if (!agent || libssh2_agent_connect(agent)) {
		strbuf_addf(err, "cannot reach ssh-agent at SSH_AUTH_SOCK (%s)",
			    getenv("SSH_AUTH_SOCK") ? getenv("SSH_AUTH_SOCK") : "not set");
		goto out;
	}
	if (libssh2_agent_list_identities(agent)) {
		strbuf_addf(err, "cannot list the keys of ssh-agent: %s", ssh_conn_last_error(c));
		goto out;
	}
	while (rc && libssh2_agent_get_identity(agent, &id, prev) == 0) {
		(*tried)++;
		rc = libssh2_agent_userauth(agent, c->target.user, id);
		prev = id;
	}
	if (rc)
		strbuf_addf(err, "the server accepted none of the %d key(s) of ssh-agent for %s",
			    *tried, c->target.user);
out:
	if (agent) {
		libssh2_agent_disconnect(agent);
		libssh2_agent_free(agent);
	}
	return rc ? -1 : 0;
}

/* No key named: the agent, then the default key files, as OpenSSH does. */
static int auth_defaults(struct ssh_conn *c, struct strbuf *err)
{
	static const char *const files[] = { "id_ed25519", "id_ecdsa", "id_rsa", NULL };
	struct strbuf tried = STRBUF_INIT, why = STRBUF_INIT;
	int n = 0;

	if (getenv("SSH_AUTH_SOCK")) {
		if (auth_agent(c, &n, &why) == 0)
			goto ok;
		strbuf_addf(&tried, "ssh-agent (%s)", why.buf);
	}
	for (size_t i = 0; files[i]; i++) {
		char *path = xasprintf("%s/.ssh/%s", home_dir(), files[i]);

		if (access(path, R_OK) == 0) {
			strbuf_reset(&why);
			if (auth_key_file(c, path, &why) == 0) {
				free(path);
				goto ok;
			}
			strbuf_addf(&tried, "%s%s", tried.len ? ", " : "", path);
		}
		free(path);
	}
	if (tried.len)
		strbuf_addf(err, "ssh %s: public key authentication failed: the server accepted "
			    "none of the keys tried (%s)", c->who, tried.buf);
	else
		strbuf_addf(err, "ssh %s: no key to log in with: set private_key_file, "
			    "private_key or agent: true", c->who);
	strbuf_release(&tried);
	strbuf_release(&why);
	return -1;
ok:
	strbuf_release(&tried);
	strbuf_release(&why);
	return 0;
}

static int authenticate(struct ssh_conn *c, struct strbuf *err)
{
	const struct ssh_target *t = &c->target;
	char *methods = libssh2_userauth_list(c->session, t->user, (unsigned)strlen(t->user));
	int tried = 0;

	if (!methods) {
		if (libssh2_userauth_authenticated(c->session))
			return 0;
		strbuf_addf(err, "ssh %s: cannot ask for the authentication methods: %s", c->who,
			    ssh_conn_last_error(c));
		return -1;
	}
	if (!method_offered(methods, "publickey")) {
		strbuf_addf(err, "ssh %s: the server does not offer public key authentication "
			    "(it offers: %s)", c->who, methods);
		return -1;
	}
	if (t->private_key_file)
		return auth_key_file(c, t->private_key_file, err);
	if (t->private_key)
		return auth_key_memory(c, err);
	if (t->agent) {
		struct strbuf why = STRBUF_INIT;
		int rc = auth_agent(c, &tried, &why);

		if (rc)
			strbuf_addf(err, "ssh %s: public key authentication with agent failed: %s",
				    c->who, why.buf);
		strbuf_release(&why);
		return rc;
	}
	return auth_defaults(c, err);
}

/* ---- sessions ---- */

static pthread_once_t libssh2_once = PTHREAD_ONCE_INIT;
static int libssh2_init_rc;

static void init_libssh2(void)
{
	libssh2_init_rc = libssh2_init(0);
}

static int handshake(struct ssh_conn *c, struct strbuf *err)
{
	const struct ssh_target *t = &c->target;
	struct known_hosts kh = { 0 };
	int rc = -1;

	c->session = libssh2_session_init();
	if (!c->session) {
		strbuf_addf(err, "ssh %s: cannot make an SSH session", c->where);
		return -1;
	}
	libssh2_session_set_blocking(c->session, 1);
	libssh2_session_set_timeout(c->session, (long)t->timeout_seconds * 1000);
	if (t->n_host_keys) {
		prefer_pinned_key_kinds(c);
	} else if (t->host_key_check) {
		if (load_known_hosts(c, &kh, err))
			goto out;
		prefer_known_key_kinds(c, &kh);
	}
	if (libssh2_session_handshake(c->session, c->fd)) {
		strbuf_addf(err, "ssh %s: SSH handshake failed: %s", c->where,
			    ssh_conn_last_error(c));
		rc = -2; /* the server is not ready yet: worth another attempt */
		goto out;
	}
	if (t->n_host_keys)
		rc = check_pinned_host_key(c, err);
	else if (t->host_key_check)
		rc = check_host_key(c, &kh, err);
	else {
		log_debugf("ssh %s: host key not checked (host_key_check: false)", c->where);
		rc = 0;
	}
out:
	known_hosts_release(&kh);
	return rc;
}

static void conn_stop(struct ssh_conn *c);

/*
 * After a failed attempt (`why`, the message so far): true when
 * connect_timeout leaves time for another one, after a 2 s pause; the
 * wait is reported to the operation's "Still ..." lines and the debug
 * log. False with a note of the wait appended to the message otherwise.
 */
static bool wait_for_ssh(struct ssh_conn *c, int attempt, const char *why)
{
	int limit = c->target.connect_timeout_seconds;
	char status[512];

	if (attempt == 1)
		c->wait_start = monotonic_seconds();
	if (limit <= 0)
		return false;
	if (monotonic_seconds() - c->wait_start + 2 > limit || progress_stop_requested()) {
		progress_status("");
		log_debugf("ssh %s: gave up waiting for SSH after %d attempts", c->where, attempt);
		return false;
	}
	snprintf(status, sizeof(status), "waiting for SSH at %s, attempt %d, up to %d s", c->where,
		 attempt, limit);
	progress_status(status);
	log_debugf("ssh %s: not answering SSH yet (%s); trying again in 2 s, attempt %d, "
		   "connect_timeout %d s", c->where, why, attempt + 1, limit);
	sleep(2);
	return !progress_stop_requested();
}

/* Connect, check and log in; c->target and the messages' names are set.
 * While the host refuses or does not answer SSH (connect or handshake
 * failing), try again until connect_timeout has passed. */
static int conn_start(struct ssh_conn *c, struct strbuf *err)
{
	pthread_once(&libssh2_once, init_libssh2);
	if (libssh2_init_rc) {
		strbuf_addf(err, "ssh %s: libssh2 cannot start (libssh2_init failed)", c->where);
		return -1;
	}
	for (int attempt = 1;; attempt++) {
		size_t mark = err->len;
		int rc = tcp_connect(c, err) ? -2 : handshake(c, err);

		if (rc == 0 && authenticate(c, err) == 0)
			break;
		if (rc != -2)
			return -1; /* a host key or login refused: waiting will not help */
		if (!wait_for_ssh(c, attempt, err->buf + mark)) {
			if (c->target.connect_timeout_seconds > 0)
				strbuf_addf(err, " (still after %d attempts in connect_timeout %d s)",
					    attempt, c->target.connect_timeout_seconds);
			return -1;
		}
		c->broken = true; /* no disconnect message on a session that never started */
		conn_stop(c);
		strbuf_setlen(err, mark);
	}
	c->broken = false;
	log_debugf("ssh %s: logged in", c->who);
	return 0;
}

/* Close the session; a dead peer costs at most a second or two. */
static void conn_stop(struct ssh_conn *c)
{
	if (c->session) {
		libssh2_session_set_blocking(c->session, 1);
		libssh2_session_set_timeout(c->session, 2000);
		if (c->sftp)
			libssh2_sftp_shutdown(c->sftp);
		if (!c->broken)
			libssh2_session_disconnect(c->session, "terrace is done");
		libssh2_session_free(c->session);
	}
	c->sftp = NULL;
	c->session = NULL;
	if (c->fd >= 0)
		close(c->fd);
	c->fd = -1;
}

int ssh_conn_open(const struct ssh_target *t, struct ssh_conn **out, struct strbuf *err)
{
	struct ssh_conn *c = xcalloc(1, sizeof(*c));

	*out = NULL;
	ssh_target_copy(&c->target, t);
	c->fd = -1;
	c->where = xasprintf("%s:%d", t->host ? t->host : "?", t->port);
	c->who = xasprintf("%s@%s:%d", t->user ? t->user : "?", t->host ? t->host : "?",
			   t->port);
	if (!t->host || !t->user) {
		strbuf_addf(err, "ssh %s: host and user must be set", c->where);
		ssh_conn_close(c);
		return -1;
	}
	if (conn_start(c, err)) {
		ssh_conn_close(c);
		return -1;
	}
	*out = c;
	return 0;
}

int ssh_conn_reconnect(struct ssh_conn *c, struct strbuf *err)
{
	log_debugf("ssh %s: reconnecting", c->where);
	c->broken = true;
	conn_stop(c);
	return conn_start(c, err);
}

void ssh_conn_close(struct ssh_conn *c)
{
	if (!c)
		return;
	conn_stop(c);
	ssh_target_release(&c->target);
	free(c->where);
	free(c->who);
	free(c);
}
