/*
 * known_hosts.c: SSH host keys. The host_key attribute's lines (the keys
 * pinned for a host), and the check of the key a host shows in the
 * handshake: against the pinned keys when given, else against known_hosts
 * (read line by line: plain and hashed entries, [host]:port for other
 * ports than 22, @revoked keys refused), with the host key algorithms of
 * the kinds known offered first; the fingerprints messages show. Also
 * home_dir(), the user's home, where known_hosts is by default (conn.c
 * expands ~ and finds the default keys with it). Below conn.c: it calls
 * nothing there.
 */
#include <ctype.h>
#include <errno.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/evp.h>

#include "provider/provider.h"
#include "provider/ssh/known_hosts.h"
#include "provider/ssh/remote.h"
#include "provider/ssh/ssh.h"
#include "provider/base/log.h"
#include "provider/base/encoding.h"

const char *home_dir(void)
{
	const char *home = getenv("HOME");
	struct passwd *pw;

	if (home && *home)
		return home;
	pw = getpwuid(geteuid());
	return pw && pw->pw_dir ? pw->pw_dir : "/";
}

/* ---- host_key lines ---- */

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
static int base64_of_text(const char *b64, unsigned char **out, size_t *len)
{
	size_t n = strlen(b64);

	*out = NULL;
	return n ? base64_decode(b64, n, out, len) : -1;
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
	if (base64_of_text(b64, &blob, &len) || len < 4 + tlen ||
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
int target_host_keys(const json_t *cfg, struct ssh_target *t, struct strbuf *err)
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
int load_known_hosts(struct ssh_conn *c, struct known_hosts *kh, struct strbuf *err)
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

void known_hosts_release(struct known_hosts *kh)
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
void prefer_known_key_kinds(struct ssh_conn *c, struct known_hosts *kh)
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
	char b64[48];
	size_t n;

	if (!h) {
		snprintf(out, 64, "SHA256:(unavailable)");
		return;
	}
	base64_text(h, 32, b64);
	n = strlen(b64);
	while (n > 0 && b64[n - 1] == '=')
		n--;
	snprintf(out, 64, "SHA256:%.*s", (int)n, b64);
}

void ssh_conn_host_fingerprint(struct ssh_conn *c, char out[64])
{
	fingerprint(c->session, out);
}

static bool key_revoked(const struct known_hosts *kh, const char *key, size_t len)
{
	char *b64 = base64_encode(key, len);
	size_t n = strlen(b64);
	bool revoked = false;

	for (const char *p = kh->revoked.buf; *p && !revoked; p = strchr(p, '\n') + 1)
		revoked = !strncmp(p, b64, n) && p[n] == '\n';
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

int check_host_key(struct ssh_conn *c, struct known_hosts *kh, struct strbuf *err)
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
void prefer_pinned_key_kinds(struct ssh_conn *c)
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
int check_pinned_host_key(struct ssh_conn *c, struct strbuf *err)
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
		bool same = !base64_of_text(strchr(t->host_keys[i], ' ') + 1, &blob, &blen) &&
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
