/*
 * conn.c: SSH connections. The connection block every schema embeds
 * (ssh_connection_attrs) and its parsing into a struct ssh_target, and
 * opening a session: TCP connect with a timeout, the libssh2 handshake, the
 * host key check (against the keys pinned in host_key when given, else
 * against known_hosts: plain and hashed entries, [host]:port for other
 * ports than 22), and public key authentication from a file, from
 * memory or through ssh-agent. Reconnecting and error classification for the
 * rest of provider/ssh live here too.
 */
#include <ctype.h>
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

#include <openssl/evp.h>

#include "provider/provider.h"
#include "provider/ssh/remote.h"
#include "provider/ssh/ssh.h"
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

static const char *home_dir(void)
{
	const char *home = getenv("HOME");
	struct passwd *pw;

	if (home && *home)
		return home;
	pw = getpwuid(geteuid());
	return pw && pw->pw_dir ? pw->pw_dir : "/";
}

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

static const char *const key_type_names[] = {
	"ssh-ed25519", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521",
	"ssh-rsa", "ssh-dss",
};

static bool is_key_type_name(const char *s)
{
	for (size_t i = 0; i < sizeof(key_type_names) / sizeof(*key_type_names); i++)
		if (!strcmp(s, key_type_names[i]))
			return true;
	return false;
}

/* Decode standard base64 (with padding) into a new buffer; -1 when it is not. */
static int base64_decode(const char *b64, unsigned char **out, size_t *len)
{
	size_t n = strlen(b64);
	unsigned char *buf;
	int m;

	*out = NULL;
	if (!n || n % 4)
		return -1;
	buf = xmalloc(n / 4 * 3 + 1);
	m = EVP_DecodeBlock(buf, (const unsigned char *)b64, (int)n);
	if (m < 0) {
		free(buf);
		return -1;
	}
	if (b64[n - 1] == '=')
		m--;
	if (b64[n - 2] == '=')
		m--;
	*out = buf;
	*len = (size_t)m;
	return 0;
}

/*
 * One host_key line: "TYPE BASE64 [comment]" (a .pub file, cloud-init's
 * console block) or "HOSTS TYPE BASE64" (ssh-keyscan, known_hosts). Kept as
 * "TYPE BASE64". Blank lines and # comments are skipped.
 */
static int add_host_key_line(struct ssh_target *t, char *line, size_t item, size_t lineno,
			     struct strbuf *err)
{
	char *f[3] = { NULL }, *save = NULL, *type, *b64;
	unsigned char *blob;
	size_t n = 0, len, tlen;

	while (isspace((unsigned char)*line))
		line++;
	if (!*line || *line == '#')
		return 0;
	for (char *w = strtok_r(line, " \t\r", &save); w && n < 3; w = strtok_r(NULL, " \t\r", &save))
		f[n++] = w;
	type = f[0];
	b64 = f[1];
	if (n >= 3 && !is_key_type_name(f[0]) && is_key_type_name(f[1])) {
		type = f[1];
		b64 = f[2];
	}
	if (!type || !is_key_type_name(type) || !b64) {
		strbuf_addf(err, "ssh connection: host_key item %zu line %zu is not a public key line "
			    "(\"ssh-ed25519 AAAA...\", one of ssh-ed25519, ecdsa-sha2-nistp256/384/521, "
			    "ssh-rsa, ssh-dss)", item + 1, lineno);
		return -1;
	}
	tlen = strlen(type);
	if (base64_decode(b64, &blob, &len) || len < 4 + tlen ||
	    ((size_t)blob[0] << 24 | (size_t)blob[1] << 16 | (size_t)blob[2] << 8 | blob[3]) != tlen ||
	    memcmp(blob + 4, type, tlen)) {
		free(blob);
		strbuf_addf(err, "ssh connection: host_key item %zu line %zu: the key after %s is not "
			    "base64 of an %s public key", item + 1, lineno, type, type);
		return -1;
	}
	free(blob);
	t->host_keys = xrealloc(t->host_keys, (t->n_host_keys + 1) * sizeof(*t->host_keys));
	t->host_keys[t->n_host_keys++] = xasprintf("%s %s", type, b64);
	return 0;
}

/* host_key: a string of one or more lines, or a list of them. */
static int target_host_keys(const json_t *cfg, struct ssh_target *t, struct strbuf *err)
{
	const json_t *v = json_object_get(cfg, "host_key");
	json_t *list;
	size_t i;
	json_t *e;
	int rc = 0;

	if (!v || json_is_null(v))
		return 0;
	list = json_is_array(v) ? json_incref((json_t *)v) : json_pack("[O]", v);
	json_array_foreach(list, i, e) {
		char *text, *save = NULL;
		size_t lineno = 0;

		if (!json_is_string(e)) {
			strbuf_addf(err, "ssh connection: host_key item %zu must be a string, not %s",
				    i + 1, value_kind(e));
			rc = -1;
			break;
		}
		text = xstrdup(json_string_value(e));
		for (char *l = strtok_r(text, "\n", &save); l && !rc; l = strtok_r(NULL, "\n", &save))
			rc = add_host_key_line(t, l, i, ++lineno, err);
		free(text);
		if (rc)
			break;
	}
	json_decref(list);
	if (!rc && !t->n_host_keys) {
		strbuf_addstr(err, "ssh connection: host_key is set but holds no public key line");
		rc = -1;
	}
	return rc;
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

static char *dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

void ssh_target_copy(struct ssh_target *dst, const struct ssh_target *src)
{
	*dst = *src;
	dst->host = dup_or_null(src->host);
	dst->user = dup_or_null(src->user);
	dst->private_key_file = dup_or_null(src->private_key_file);
	dst->private_key = dup_or_null(src->private_key);
	dst->private_key_passphrase = dup_or_null(src->private_key_passphrase);
	dst->known_hosts_file = dup_or_null(src->known_hosts_file);
	dst->host_keys = NULL;
	if (src->n_host_keys) {
		dst->host_keys = xmalloc(src->n_host_keys * sizeof(*dst->host_keys));
		for (size_t i = 0; i < src->n_host_keys; i++)
			dst->host_keys[i] = xstrdup(src->host_keys[i]);
	}
}

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

/* ---- host keys ---- */

struct key_kind {
	int hostkey_type;   /* LIBSSH2_HOSTKEY_TYPE_* */
	int known_type;     /* LIBSSH2_KNOWNHOST_KEY_* */
	const char *label;  /* as OpenSSH prints it */
	const char *methods; /* host key algorithms for it */
};

static const struct key_kind key_kinds[] = {
	{ LIBSSH2_HOSTKEY_TYPE_ED25519, LIBSSH2_KNOWNHOST_KEY_ED25519, "ED25519", "ssh-ed25519" },
	{ LIBSSH2_HOSTKEY_TYPE_ECDSA_256, LIBSSH2_KNOWNHOST_KEY_ECDSA_256, "ECDSA",
	  "ecdsa-sha2-nistp256" },
	{ LIBSSH2_HOSTKEY_TYPE_ECDSA_384, LIBSSH2_KNOWNHOST_KEY_ECDSA_384, "ECDSA",
	  "ecdsa-sha2-nistp384" },
	{ LIBSSH2_HOSTKEY_TYPE_ECDSA_521, LIBSSH2_KNOWNHOST_KEY_ECDSA_521, "ECDSA",
	  "ecdsa-sha2-nistp521" },
	{ LIBSSH2_HOSTKEY_TYPE_RSA, LIBSSH2_KNOWNHOST_KEY_SSHRSA, "RSA",
	  "rsa-sha2-512,rsa-sha2-256,ssh-rsa" },
	{ LIBSSH2_HOSTKEY_TYPE_DSS, LIBSSH2_KNOWNHOST_KEY_SSHDSS, "DSA", "ssh-dss" },
};

#define N_KEY_KINDS (sizeof(key_kinds) / sizeof(key_kinds[0]))

static const struct key_kind *key_kind_of(int hostkey_type)
{
	for (size_t i = 0; i < N_KEY_KINDS; i++)
		if (key_kinds[i].hostkey_type == hostkey_type)
			return &key_kinds[i];
	return NULL;
}

/* The name known_hosts files use: "host", or "[host]:port" off port 22. */
static char *known_hosts_name(const struct ssh_target *t)
{
	return t->port == 22 ? xstrdup(t->host) : xasprintf("[%s]:%d", t->host, t->port);
}

static char *known_hosts_path(const struct ssh_target *t)
{
	return t->known_hosts_file ? xstrdup(t->known_hosts_file)
				   : xasprintf("%s/.ssh/known_hosts", home_dir());
}

struct known_hosts {
	char *path;
	LIBSSH2_KNOWNHOSTS *hosts;
	struct strbuf revoked; /* base64 keys of @revoked lines, each followed by '\n' */
};

static void note_revoked(struct known_hosts *kh, char *rest)
{
	char *fields[3];
	char *save = NULL;
	int n = 0;

	for (char *f = strtok_r(rest, " \t\r\n", &save); f && n < 3;
	     f = strtok_r(NULL, " \t\r\n", &save))
		fields[n++] = f;
	if (n == 3) {
		strbuf_addstr(&kh->revoked, fields[2]);
		strbuf_addch(&kh->revoked, '\n');
	}
}

/*
 * Read known_hosts line by line rather than with libssh2_knownhost_readfile,
 * which stops at the first line it cannot parse (a key type it does not
 * know, an @cert-authority line): those are skipped here. @revoked keys are
 * kept aside and refused whatever host they are given for. A missing file is
 * an empty one.
 */
static int load_known_hosts(struct ssh_conn *c, struct known_hosts *kh, struct strbuf *err)
{
	FILE *f;
	char *line = NULL;
	size_t cap = 0;
	int lineno = 0;

	kh->path = known_hosts_path(&c->target);
	kh->hosts = libssh2_knownhost_init(c->session);
	strbuf_init(&kh->revoked);
	if (!kh->hosts) {
		strbuf_addf(err, "ssh %s: cannot set up the known hosts check", c->where);
		return -1;
	}
	f = fopen(kh->path, "r");
	if (!f && errno == ENOENT)
		return 0;
	if (!f) {
		strbuf_addf(err, "ssh %s: cannot read known_hosts_file %s: %s", c->where, kh->path,
			    strerror(errno));
		return -1;
	}
	while (getline(&line, &cap, f) >= 0) {
		char *p = line;

		lineno++;
		while (isspace((unsigned char)*p))
			p++;
		if (!*p || *p == '#')
			continue;
		if (!strncmp(p, "@revoked", 8) && isspace((unsigned char)p[8])) {
			note_revoked(kh, p + 8);
			continue;
		}
		if (*p == '@' || libssh2_knownhost_readline(kh->hosts, p, strlen(p),
							     LIBSSH2_KNOWNHOST_FILE_OPENSSH))
			log_debugf("ssh: %s line %d skipped: not a host key line libssh2 reads",
				   kh->path, lineno);
	}
	free(line);
	fclose(f);
	return 0;
}

static void known_hosts_release(struct known_hosts *kh)
{
	if (kh->hosts)
		libssh2_knownhost_free(kh->hosts);
	free(kh->path);
	strbuf_release(&kh->revoked);
}

/* Append to list the algorithms of `methods` (comma-separated) that this
 * libssh2 supports: libssh2 1.10's method_pref strips unsupported names
 * with an overlapping memcpy, so it must never see one. */
static void add_supported(struct strbuf *list, const char *methods, const char **algs,
			  int n_algs)
{
	char *copy = xstrdup(methods), *save = NULL;

	for (char *m = strtok_r(copy, ",", &save); m; m = strtok_r(NULL, ",", &save))
		for (int i = 0; i < n_algs; i++)
			if (!strcmp(algs[i], m)) {
				strbuf_addf(list, "%s%s", list->len ? "," : "", m);
				break;
			}
	free(copy);
}

/*
 * Offer the host key algorithms of the key kinds known_hosts has for this
 * host first, so a host with several keys shows the one we can check (as
 * OpenSSH does). A probe key that cannot match tells which kinds are there.
 */
static void prefer_known_key_kinds(struct ssh_conn *c, struct known_hosts *kh)
{
	char *name = known_hosts_name(&c->target);
	struct strbuf known = STRBUF_INIT, rest = STRBUF_INIT;
	const char **algs = NULL;
	int n_algs = libssh2_session_supported_algs(c->session, LIBSSH2_METHOD_HOSTKEY, &algs);

	for (size_t i = 0; i < N_KEY_KINDS && n_algs > 0; i++) {
		int r = libssh2_knownhost_checkp(kh->hosts, name, -1, "probe", 5,
						 LIBSSH2_KNOWNHOST_TYPE_PLAIN |
						 LIBSSH2_KNOWNHOST_KEYENC_RAW |
						 key_kinds[i].known_type, NULL);

		add_supported(r == LIBSSH2_KNOWNHOST_CHECK_MISMATCH ? &known : &rest,
			      key_kinds[i].methods, algs, n_algs);
	}
	if (known.len) {
		if (rest.len)
			strbuf_addf(&known, ",%s", rest.buf);
		if (libssh2_session_method_pref(c->session, LIBSSH2_METHOD_HOSTKEY, known.buf))
			log_debugf("ssh %s: could not prefer the known host key kinds", c->where);
	}
	if (n_algs > 0)
		libssh2_free(c->session, (void *)algs);
	strbuf_release(&known);
	strbuf_release(&rest);
	free(name);
}

/* "SHA256:<base64 without padding>", as OpenSSH prints fingerprints. */
static void fingerprint(LIBSSH2_SESSION *s, char out[64])
{
	const unsigned char *h =
		(const unsigned char *)libssh2_hostkey_hash(s, LIBSSH2_HOSTKEY_HASH_SHA256);
	unsigned char b64[48];
	int n;

	if (!h) {
		snprintf(out, 64, "SHA256:(unavailable)");
		return;
	}
	n = EVP_EncodeBlock(b64, h, 32);
	while (n > 0 && b64[n - 1] == '=')
		n--;
	snprintf(out, 64, "SHA256:%.*s", n, (const char *)b64);
}

void ssh_conn_host_fingerprint(struct ssh_conn *c, char out[64])
{
	fingerprint(c->session, out);
}

static bool key_revoked(const struct known_hosts *kh, const char *key, size_t len)
{
	unsigned char *b64 = xmalloc(4 * ((len + 2) / 3) + 2);
	bool revoked = false;
	int n = EVP_EncodeBlock(b64, (const unsigned char *)key, (int)len);

	b64[n] = '\n';
	b64[n + 1] = '\0';
	for (const char *p = kh->revoked.buf; *p && !revoked; p = strchr(p, '\n') + 1)
		revoked = !strncmp(p, (const char *)b64, (size_t)n + 1);
	free(b64);
	return revoked;
}

static void add_key_scan_hint(struct strbuf *err, const struct ssh_target *t)
{
	if (t->port == 22)
		strbuf_addf(err, "ssh-keyscan %s", t->host);
	else
		strbuf_addf(err, "ssh-keyscan -p %d %s", t->port, t->host);
}

static int check_host_key(struct ssh_conn *c, struct known_hosts *kh, struct strbuf *err)
{
	size_t len = 0;
	int type = 0, r;
	const char *key = libssh2_session_hostkey(c->session, &len, &type);
	const struct key_kind *kind = key_kind_of(type);
	char fp[64], *name;

	if (!key || !kind) {
		strbuf_addf(err, "ssh %s: the host offers a host key of a kind terrace cannot check",
			    c->where);
		return -1;
	}
	fingerprint(c->session, fp);
	if (key_revoked(kh, key, len)) {
		strbuf_addf(err, "ssh %s: the host's %s key %s is marked @revoked in %s; refusing "
			    "to connect", c->where, kind->label, fp, kh->path);
		return -1;
	}
	name = known_hosts_name(&c->target);
	r = libssh2_knownhost_checkp(kh->hosts, name, -1, key, len,
				     LIBSSH2_KNOWNHOST_TYPE_PLAIN | LIBSSH2_KNOWNHOST_KEYENC_RAW |
				     kind->known_type, NULL);
	if (r == LIBSSH2_KNOWNHOST_CHECK_MATCH) {
		log_debugf("ssh %s: host key %s %s matches %s", c->where, kind->label, fp, kh->path);
	} else if (r == LIBSSH2_KNOWNHOST_CHECK_MISMATCH) {
		strbuf_addf(err, "ssh %s: HOST KEY CHANGED: the host offers %s key %s, but %s has "
			    "another %s key for %s; refusing to connect (someone may be "
			    "intercepting the connection; if the host was reinstalled, remove the "
			    "old key with ssh-keygen -R '%s' -f %s)", c->where, kind->label, fp,
			    kh->path, kind->label, name, name, kh->path);
	} else if (r == LIBSSH2_KNOWNHOST_CHECK_NOTFOUND) {
		strbuf_addf(err, "ssh %s: host key is not known (%s %s); add it to %s (",
			    c->where, kind->label, fp, kh->path);
		add_key_scan_hint(err, &c->target);
		strbuf_addstr(err, ") or set host_key_check: false");
	} else {
		strbuf_addf(err, "ssh %s: cannot check the host key against %s: %s", c->where,
			    kh->path, ssh_conn_last_error(c));
	}
	free(name);
	return r == LIBSSH2_KNOWNHOST_CHECK_MATCH ? 0 : -1;
}

/* The kind of a pinned "TYPE BASE64" line, by its type name. */
static const struct key_kind *key_kind_named(const char *line)
{
	size_t n = strcspn(line, " ");

	for (size_t i = 0; i < N_KEY_KINDS; i++) {
		const char *m = key_kinds[i].methods;
		/* the type name is the last of the kind's algorithms ("ssh-rsa") or its only one */
		const char *last = strrchr(m, ',') ? strrchr(m, ',') + 1 : m;

		if (strlen(last) == n && !strncmp(last, line, n))
			return &key_kinds[i];
	}
	return NULL;
}

/* Offer the host key algorithms of the pinned keys first, so a host with
 * several keys shows one that can match. */
static void prefer_pinned_key_kinds(struct ssh_conn *c)
{
	const struct ssh_target *t = &c->target;
	struct strbuf pinned = STRBUF_INIT, rest = STRBUF_INIT;
	const char **algs = NULL;
	int n_algs = libssh2_session_supported_algs(c->session, LIBSSH2_METHOD_HOSTKEY, &algs);

	for (size_t i = 0; i < N_KEY_KINDS && n_algs > 0; i++) {
		bool is_pinned = false;

		for (size_t k = 0; k < t->n_host_keys && !is_pinned; k++)
			is_pinned = key_kind_named(t->host_keys[k]) == &key_kinds[i];
		add_supported(is_pinned ? &pinned : &rest, key_kinds[i].methods, algs, n_algs);
	}
	if (pinned.len) {
		if (rest.len)
			strbuf_addf(&pinned, ",%s", rest.buf);
		if (libssh2_session_method_pref(c->session, LIBSSH2_METHOD_HOSTKEY, pinned.buf))
			log_debugf("ssh %s: could not prefer the pinned host key kinds", c->where);
	}
	if (n_algs > 0)
		libssh2_free(c->session, (void *)algs);
	strbuf_release(&pinned);
	strbuf_release(&rest);
}

/*
 * The host's key must be one of the keys pinned in host_key (byte for byte,
 * the key blob the handshake signed with). known_hosts is not consulted.
 */
static int check_pinned_host_key(struct ssh_conn *c, struct strbuf *err)
{
	const struct ssh_target *t = &c->target;
	size_t len = 0;
	int type = 0;
	const char *key = libssh2_session_hostkey(c->session, &len, &type);
	const struct key_kind *kind = key_kind_of(type);
	char fp[64];

	if (!key || !kind) {
		strbuf_addf(err, "ssh %s: the host offers a host key of a kind terrace cannot check",
			    c->where);
		return -1;
	}
	fingerprint(c->session, fp);
	for (size_t i = 0; i < t->n_host_keys; i++) {
		unsigned char *blob = NULL;
		size_t blen = 0;
		bool same = !base64_decode(strchr(t->host_keys[i], ' ') + 1, &blob, &blen) &&
			    blen == len && !memcmp(blob, key, len);

		free(blob);
		if (same) {
			log_debugf("ssh %s: host key %s %s is pinned key %zu of host_key", c->where,
				   kind->label, fp, i + 1);
			return 0;
		}
	}
	strbuf_addf(err, "ssh %s: HOST KEY MISMATCH: the host offers %s key %s, which is not "
		    "among the %zu key%s pinned in host_key; refusing to connect (someone may be "
		    "intercepting the connection, or host_key holds another host's keys)",
		    c->where, kind->label, fp, t->n_host_keys, t->n_host_keys == 1 ? "" : "s");
	return -1;
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

static double since(const struct timespec *t0)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - t0->tv_sec) + (now.tv_nsec - t0->tv_nsec) / 1e9;
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
		clock_gettime(CLOCK_MONOTONIC, &c->wait_start);
	if (limit <= 0)
		return false;
	if (since(&c->wait_start) + 2 > limit || progress_stop_requested()) {
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
