/*
 * remote.c: work done over a connected session (see remote.h): remote
 * commands (stdin in, stdout/stderr/exit status out, pumped without
 * blocking so neither side can stall the other), SFTP file operations, and
 * shell quoting.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <openssl/evp.h>

#include "provider/ssh/remote.h"
#include "provider/base/clock.h"
#include "provider/base/log.h"
#include "provider/base/encoding.h"

void ssh_shell_quote(struct strbuf *sb, const char *s)
{
	strbuf_addch(sb, '\'');
	for (; *s; s++) {
		if (*s == '\'')
			strbuf_addstr(sb, "'\\''");
		else
			strbuf_addch(sb, *s);
	}
	strbuf_addch(sb, '\'');
}

/* ---- commands ---- */

void ssh_exec_result_init(struct ssh_exec_result *r)
{
	strbuf_init(&r->out);
	strbuf_init(&r->err);
	r->exit_status = -1;
}

void ssh_exec_result_release(struct ssh_exec_result *r)
{
	strbuf_release(&r->out);
	strbuf_release(&r->err);
}

void ssh_exec_describe(const struct ssh_exec_result *r, struct strbuf *sb)
{
	const char *nl = strchr(r->err.buf, '\n');
	size_t len = nl ? (size_t)(nl - r->err.buf) : r->err.len;

	if (r->exit_status < 0)
		strbuf_addstr(sb, "killed by a signal");
	else
		strbuf_addf(sb, "exit %d", r->exit_status);
	if (len)
		strbuf_addf(sb, ": %.*s", (int)len, r->err.buf);
}

/* A session channel; a connection that dropped while idle is reopened once. */
static LIBSSH2_CHANNEL *open_channel(struct ssh_conn *c, struct strbuf *err)
{
	for (int attempt = 0;; attempt++) {
		LIBSSH2_CHANNEL *ch;
		const char *why;

		if (c->broken && ssh_conn_reconnect(c, err))
			return NULL;
		ch = libssh2_channel_open_session(c->session);
		if (ch)
			return ch;
		why = ssh_conn_last_error(c);
		if (!c->broken || attempt > 0) {
			strbuf_addf(err, "ssh %s: cannot open a channel: %s", c->where, why);
			return NULL;
		}
		log_debugf("ssh %s: the connection dropped (%s)", c->where, why);
	}
}

/* Read what the channel has on one stream into sb: bytes read, 0 at the
 * end, LIBSSH2_ERROR_EAGAIN when nothing waits, or another error. */
static ssize_t drain(LIBSSH2_SESSION *s, LIBSSH2_CHANNEL *ch, int stream, struct strbuf *sb,
		     int *blocked)
{
	char buf[16384];
	ssize_t n, total = 0;

	while ((n = libssh2_channel_read_ex(ch, stream, buf, sizeof(buf))) > 0) {
		strbuf_add(sb, buf, (size_t)n);
		total += n;
	}
	if (n == LIBSSH2_ERROR_EAGAIN)
		ssh_note_blocked(s, blocked);
	if (total > 0 && (n == 0 || n == LIBSSH2_ERROR_EAGAIN))
		return total;
	return n;
}

struct pump {
	const char *in;
	size_t in_len, in_off;
	bool eof_sent;
	int blocked; /* LIBSSH2_SESSION_BLOCK_* of this round's EAGAINs */
};

/* Stop sending stdin: the command ended or closed it without reading all. */
static void stdin_done(struct pump *p)
{
	p->in_off = p->in_len;
	p->eof_sent = true;
}

/* One round: stdin out, stdout and stderr in. 1 progress, 0 none, -1 error. */
static int pump_once(LIBSSH2_SESSION *s, LIBSSH2_CHANNEL *ch, struct pump *p,
		     struct ssh_exec_result *r)
{
	int progress = 0;
	ssize_t n;

	p->blocked = 0;
	if (p->in_off < p->in_len) {
		n = libssh2_channel_write(ch, p->in + p->in_off, p->in_len - p->in_off);
		if (n == LIBSSH2_ERROR_EAGAIN)
			ssh_note_blocked(s, &p->blocked);
		else if (n < 0)
			stdin_done(p);
		if (n > 0) {
			p->in_off += (size_t)n;
			progress = 1;
		}
	}
	if (p->in_off == p->in_len && !p->eof_sent) {
		n = libssh2_channel_send_eof(ch);
		if (n == LIBSSH2_ERROR_EAGAIN) {
			ssh_note_blocked(s, &p->blocked);
		} else {
			p->eof_sent = true;
			progress = 1;
		}
	}
	n = drain(s, ch, 0, &r->out, &p->blocked);
	if (n < 0 && n != LIBSSH2_ERROR_EAGAIN)
		return -1;
	progress |= n > 0;
	n = drain(s, ch, SSH_EXTENDED_DATA_STDERR, &r->err, &p->blocked);
	if (n < 0 && n != LIBSSH2_ERROR_EAGAIN)
		return -1;
	progress |= n > 0;
	return progress;
}

/* Pump until the command's output ends; an idle timeout bounds each wait. */
static int pump(struct ssh_conn *c, LIBSSH2_CHANNEL *ch, struct pump *p,
		struct ssh_exec_result *r, struct strbuf *err)
{
	double idle = c->target.timeout_seconds;
	double deadline = monotonic_seconds() + idle;

	for (;;) {
		int rc = pump_once(c->session, ch, p, r);
		double left;

		if (rc < 0) {
			strbuf_addf(err, "ssh %s: the command failed: %s", c->where,
				    ssh_conn_last_error(c));
			return -1;
		}
		/* Done when the output ended, unless a packet of ours is still
		 * partly sent: closing the channel now would wait for it forever. */
		if (libssh2_channel_eof(ch) && !(libssh2_session_block_directions(c->session) &
						 LIBSSH2_SESSION_BLOCK_OUTBOUND))
			return 0;
		if (rc > 0) {
			deadline = monotonic_seconds() + idle;
			continue;
		}
		left = deadline - monotonic_seconds();
		if (left <= 0) {
			strbuf_addf(err, "ssh %s: the command gave no sign of life for %d s",
				    c->where, c->target.timeout_seconds);
			c->broken = true;
			return -1;
		}
		ssh_conn_wait(c, p->blocked, (int)(left * 1000) + 1);
	}
}

static void collect_exit(struct ssh_conn *c, LIBSSH2_CHANNEL *ch, struct ssh_exec_result *r)
{
	char *signal = NULL;

	libssh2_channel_close(ch);
	libssh2_channel_wait_closed(ch);
	r->exit_status = libssh2_channel_get_exit_status(ch);
	libssh2_channel_get_exit_signal(ch, &signal, NULL, NULL, NULL, NULL, NULL);
	if (signal) {
		r->exit_status = -1;
		libssh2_free(c->session, signal);
	}
}

bool ssh_env_name_ok(const char *k)
{
	if (!*k || (*k >= '0' && *k <= '9'))
		return false;
	for (; *k; k++)
		if (!((*k >= 'a' && *k <= 'z') || (*k >= 'A' && *k <= 'Z') ||
		      (*k >= '0' && *k <= '9') || *k == '_'))
			return false;
	return true;
}

void ssh_add_exports(struct strbuf *sb, const json_t *env)
{
	const char *k;
	json_t *v;

	if (!json_is_object(env))
		return;
	json_object_foreach((json_t *)env, k, v) {
		if (!json_is_string(v) || !ssh_env_name_ok(k))
			continue;
		strbuf_addf(sb, "export %s=", k);
		ssh_shell_quote(sb, json_string_value(v));
		strbuf_addstr(sb, "; ");
	}
}

LIBSSH2_CHANNEL *ssh_channel_start(struct ssh_conn *c, const char *command, struct strbuf *err)
{
	LIBSSH2_CHANNEL *ch = open_channel(c, err);

	if (ch && libssh2_channel_exec(ch, command)) {
		strbuf_addf(err, "ssh %s: cannot start a command: %s", c->where,
			    ssh_conn_last_error(c));
		libssh2_channel_free(ch);
		return NULL;
	}
	return ch;
}

int ssh_exec(struct ssh_conn *c, const char *command, const void *in, size_t in_len,
	     struct ssh_exec_result *r, struct strbuf *err)
{
	struct pump p = { .in = in, .in_len = in ? in_len : 0 };
	LIBSSH2_CHANNEL *ch = open_channel(c, err);
	int rc;

	if (!ch)
		return -1;
	if (libssh2_channel_exec(ch, command)) {
		strbuf_addf(err, "ssh %s: cannot start a command: %s", c->where,
			    ssh_conn_last_error(c));
		libssh2_channel_free(ch);
		return -1;
	}
	libssh2_session_set_blocking(c->session, 0);
	rc = pump(c, ch, &p, r, err);
	libssh2_session_set_blocking(c->session, 1);
	if (rc == 0)
		collect_exit(c, ch, r);
	else if (c->broken)
		libssh2_session_set_timeout(c->session, 2000); /* the free below */
	libssh2_channel_free(ch);
	return rc;
}

/* ---- SFTP ---- */

static LIBSSH2_SFTP *sftp_of(struct ssh_conn *c, struct strbuf *err)
{
	for (int attempt = 0; !c->sftp; attempt++) {
		const char *why;

		if (c->broken && ssh_conn_reconnect(c, err))
			return NULL;
		c->sftp = libssh2_sftp_init(c->session);
		if (c->sftp)
			break;
		why = ssh_conn_last_error(c);
		if (!c->broken || attempt > 0) {
			strbuf_addf(err, "ssh %s: cannot start SFTP: %s", c->where, why);
			return NULL;
		}
	}
	return c->sftp;
}

static const char *sftp_status_text(unsigned long status)
{
	switch (status) {
	case LIBSSH2_FX_NO_SUCH_FILE: return "no such file or folder";
	case LIBSSH2_FX_PERMISSION_DENIED: return "permission denied";
	case LIBSSH2_FX_FAILURE: return "the server refused (e.g. the folder is not empty)";
	case LIBSSH2_FX_NO_SUCH_PATH: return "no such path";
	case LIBSSH2_FX_FILE_ALREADY_EXISTS: return "it already exists";
	case LIBSSH2_FX_NO_SPACE_ON_FILESYSTEM: return "no space left on the file system";
	case LIBSSH2_FX_QUOTA_EXCEEDED: return "quota exceeded";
	case LIBSSH2_FX_NOT_A_DIRECTORY: return "not a folder";
	case LIBSSH2_FX_WRITE_PROTECT: return "read-only file system";
	}
	return "the server refused";
}

/* The SFTP status of a failed call, or -1 when it failed below SFTP. */
static long sftp_status(struct ssh_conn *c, int rc)
{
	if (rc == LIBSSH2_ERROR_SFTP_PROTOCOL && c->sftp)
		return (long)libssh2_sftp_last_error(c->sftp);
	return -1;
}

static void sftp_fail(struct ssh_conn *c, int rc, struct strbuf *err, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static void sftp_fail(struct ssh_conn *c, int rc, struct strbuf *err, const char *fmt, ...)
{
	long status = sftp_status(c, rc);
	va_list ap;

	strbuf_addf(err, "ssh %s: sftp ", c->where);
	va_start(ap, fmt);
	strbuf_vaddf(err, fmt, ap);
	va_end(ap);
	strbuf_addf(err, ": %s", status >= 0 ? sftp_status_text((unsigned long)status)
					   : ssh_conn_last_error(c));
}

/* The last error code of a call that returned a NULL handle. */
static int sftp_handle_error(struct ssh_conn *c)
{
	return libssh2_session_last_errno(c->session);
}

int ssh_sftp_stat(struct ssh_conn *c, const char *path, struct ssh_file_stat *st,
		  struct strbuf *err)
{
	LIBSSH2_SFTP *sftp = sftp_of(c, err);
	LIBSSH2_SFTP_ATTRIBUTES a;
	int rc;

	memset(st, 0, sizeof(*st));
	if (!sftp)
		return -1;
	rc = libssh2_sftp_stat_ex(sftp, path, (unsigned)strlen(path), LIBSSH2_SFTP_STAT, &a);
	if (rc) {
		if (sftp_status(c, rc) == LIBSSH2_FX_NO_SUCH_FILE)
			return 1;
		sftp_fail(c, rc, err, "stat %s", path);
		return -1;
	}
	st->is_dir = LIBSSH2_SFTP_S_ISDIR(a.permissions);
	st->is_regular = LIBSSH2_SFTP_S_ISREG(a.permissions);
	st->mode = (unsigned)(a.permissions & 07777);
	st->uid = a.uid;
	st->gid = a.gid;
	st->size = a.filesize;
	return 0;
}

int ssh_sftp_read(struct ssh_conn *c, const char *path, struct strbuf *content,
		  struct strbuf *err)
{
	LIBSSH2_SFTP *sftp = sftp_of(c, err);
	LIBSSH2_SFTP_HANDLE *h;
	char buf[32768];
	ssize_t n;

	if (!sftp)
		return -1;
	h = libssh2_sftp_open_ex(sftp, path, (unsigned)strlen(path), LIBSSH2_FXF_READ, 0,
				 LIBSSH2_SFTP_OPENFILE);
	if (!h) {
		int rc = sftp_handle_error(c);

		if (sftp_status(c, rc) == LIBSSH2_FX_NO_SUCH_FILE)
			return 1;
		sftp_fail(c, rc, err, "open %s", path);
		return -1;
	}
	while ((n = libssh2_sftp_read(h, buf, sizeof(buf))) > 0)
		strbuf_add(content, buf, (size_t)n);
	if (n < 0)
		sftp_fail(c, (int)n, err, "read %s", path);
	libssh2_sftp_close_handle(h);
	return n < 0 ? -1 : 0;
}

int ssh_sftp_read_at(struct ssh_conn *c, const char *path, uint64_t offset, size_t max,
		     struct strbuf *out, uint64_t *size, struct strbuf *err)
{
	LIBSSH2_SFTP *sftp = sftp_of(c, err);
	LIBSSH2_SFTP_HANDLE *h;
	LIBSSH2_SFTP_ATTRIBUTES a;
	char buf[32768];
	size_t got = 0;
	ssize_t n = 0;
	int rc;

	*size = 0;
	if (!sftp)
		return -1;
	h = libssh2_sftp_open_ex(sftp, path, (unsigned)strlen(path), LIBSSH2_FXF_READ, 0,
				 LIBSSH2_SFTP_OPENFILE);
	if (!h) {
		rc = sftp_handle_error(c);
		if (sftp_status(c, rc) == LIBSSH2_FX_NO_SUCH_FILE)
			return 1;
		sftp_fail(c, rc, err, "open %s", path);
		return -1;
	}
	rc = libssh2_sftp_fstat_ex(h, &a, 0);
	if (rc) {
		sftp_fail(c, rc, err, "stat %s", path);
		libssh2_sftp_close_handle(h);
		return -1;
	}
	*size = a.filesize;
	if (offset < *size) {
		libssh2_sftp_seek64(h, offset);
		while (got < max &&
		       (n = libssh2_sftp_read(h, buf, max - got < sizeof(buf) ? max - got
									   : sizeof(buf))) > 0) {
			strbuf_add(out, buf, (size_t)n);
			got += (size_t)n;
		}
		if (n < 0)
			sftp_fail(c, (int)n, err, "read %s", path);
	}
	libssh2_sftp_close_handle(h);
	return n < 0 ? -1 : 0;
}

/* "dir/.name.terrace-<random>" beside path. */
static char *temp_name_beside(const char *path)
{
	const char *slash = strrchr(path, '/');
	const char *base = slash ? slash + 1 : path;
	char r[13];

	if (random_hex(6, r))
		strcpy(r, "000000000000");
	return xasprintf("%.*s.%s.terrace-%s", (int)(slash ? slash - path + 1 : 0), path, base, r);
}

static void hex_digest(EVP_MD_CTX *md, char out[65])
{
	unsigned char d[EVP_MAX_MD_SIZE];
	unsigned len = 0;

	EVP_DigestFinal_ex(md, d, &len);
	hex_text(d, len < 32 ? len : 32, out);
}

/* Copy the local file into the open remote handle, hashing what is sent. */
static int send_file(struct ssh_conn *c, int fd, const char *local_path,
		     LIBSSH2_SFTP_HANDLE *h, const char *tmp, char sha256_hex[65],
		     struct strbuf *err)
{
	EVP_MD_CTX *md = EVP_MD_CTX_new();
	char buf[65536];
	ssize_t n;
	int rc = 0;

	EVP_DigestInit_ex(md, EVP_sha256(), NULL);
	while (rc == 0 && (n = read(fd, buf, sizeof(buf))) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			strbuf_addf(err, "cannot read %s: %s", local_path, strerror(errno));
			rc = -1;
			break;
		}
		EVP_DigestUpdate(md, buf, (size_t)n);
		for (ssize_t off = 0; off < n;) {
			ssize_t w = libssh2_sftp_write(h, buf + off, (size_t)(n - off));

			if (w < 0) {
				sftp_fail(c, (int)w, err, "write %s", tmp);
				rc = -1;
				break;
			}
			off += w;
		}
	}
	hex_digest(md, sha256_hex);
	EVP_MD_CTX_free(md);
	return rc;
}

/* Write the temporary file with its final mode. */
static int write_temp(struct ssh_conn *c, LIBSSH2_SFTP *sftp, const char *local_path,
		      const char *tmp, unsigned mode, char sha256_hex[65], struct strbuf *err)
{
	LIBSSH2_SFTP_ATTRIBUTES a = { .flags = LIBSSH2_SFTP_ATTR_PERMISSIONS, .permissions = mode };
	LIBSSH2_SFTP_HANDLE *h;
	int fd = open(local_path, O_RDONLY | O_CLOEXEC), rc;

	if (fd < 0) {
		strbuf_addf(err, "cannot read %s: %s", local_path, strerror(errno));
		return -1;
	}
	h = libssh2_sftp_open_ex(sftp, tmp, (unsigned)strlen(tmp),
				 LIBSSH2_FXF_WRITE | LIBSSH2_FXF_CREAT | LIBSSH2_FXF_EXCL, 0600,
				 LIBSSH2_SFTP_OPENFILE);
	if (!h) {
		sftp_fail(c, sftp_handle_error(c), err, "create %s", tmp);
		close(fd);
		return -1;
	}
	rc = send_file(c, fd, local_path, h, tmp, sha256_hex, err);
	close(fd);
	/* The server's umask applied at open: set the mode exactly. */
	if (rc == 0 && (rc = libssh2_sftp_fsetstat(h, &a)) != 0) {
		sftp_fail(c, rc, err, "chmod %s", tmp);
		rc = -1;
	}
	/* Close reports a failed write (a full disk) too. */
	if (libssh2_sftp_close_handle(h) && rc == 0) {
		sftp_fail(c, LIBSSH2_ERROR_SFTP_PROTOCOL, err, "close %s", tmp);
		rc = -1;
	}
	return rc;
}

int ssh_run(struct ssh_conn *c, const char *command, const char *what, struct strbuf *err)
{
	struct ssh_exec_result r;
	int rc;

	ssh_exec_result_init(&r);
	rc = ssh_exec(c, command, NULL, 0, &r, err);
	if (rc == 0 && r.exit_status != 0) {
		strbuf_addf(err, "ssh %s: %s: ", c->where, what);
		ssh_exec_describe(&r, err);
		rc = -1;
	}
	ssh_exec_result_release(&r);
	return rc;
}

int ssh_sftp_put_temp(struct ssh_conn *c, const char *local_path, const char *remote_path,
		      unsigned mode, char **tmp, char sha256_hex[65], struct strbuf *err)
{
	LIBSSH2_SFTP *sftp = sftp_of(c, err);
	struct ssh_file_stat st;
	int rc;

	*tmp = NULL;
	if (!sftp)
		return -1;
	rc = ssh_sftp_stat(c, remote_path, &st, err);
	if (rc < 0)
		return -1;
	if (rc == 0 && st.is_dir) {
		strbuf_addf(err, "ssh %s: %s is a folder; refusing to replace it with a file",
			    c->where, remote_path);
		return -1;
	}
	*tmp = temp_name_beside(remote_path);
	if (write_temp(c, sftp, local_path, *tmp, mode, sha256_hex, err)) {
		struct strbuf ignored = STRBUF_INIT;

		if (!c->broken)
			ssh_sftp_unlink(c, *tmp, &ignored);
		strbuf_release(&ignored);
		free(*tmp);
		*tmp = NULL;
		return -1;
	}
	return 0;
}

void ssh_add_install(struct strbuf *cmd, const char *tmp, const char *path,
		     const char *chown_spec)
{
	if (cmd->len)
		strbuf_addstr(cmd, " && ");
	if (chown_spec) {
		strbuf_addstr(cmd, "chown -- ");
		ssh_shell_quote(cmd, chown_spec);
		strbuf_addch(cmd, ' ');
		ssh_shell_quote(cmd, tmp);
		strbuf_addstr(cmd, " && ");
	}
	strbuf_addstr(cmd, "mv -f -- ");
	ssh_shell_quote(cmd, tmp);
	strbuf_addch(cmd, ' ');
	ssh_shell_quote(cmd, path);
}

int ssh_sftp_upload(struct ssh_conn *c, const char *local_path, const char *remote_path,
		    unsigned mode, const char *chown_spec, char sha256_hex[65],
		    struct strbuf *err)
{
	struct strbuf cmd = STRBUF_INIT;
	char *tmp = NULL;
	int rc = ssh_sftp_put_temp(c, local_path, remote_path, mode, &tmp, sha256_hex, err);

	if (rc == 0) {
		ssh_add_install(&cmd, tmp, remote_path, chown_spec);
		rc = ssh_run(c, cmd.buf, chown_spec ? "chown and rename into place"
						    : "rename into place", err);
		if (rc && !c->broken) {
			struct strbuf ignored = STRBUF_INIT;

			ssh_sftp_unlink(c, tmp, &ignored);
			strbuf_release(&ignored);
		}
	}
	if (rc == 0)
		log_debugf("ssh %s: uploaded %s to %s (mode %04o)", c->where, local_path,
			   remote_path, mode);
	strbuf_release(&cmd);
	free(tmp);
	return rc;
}

int ssh_sftp_chmod(struct ssh_conn *c, const char *path, unsigned mode, struct strbuf *err)
{
	LIBSSH2_SFTP *sftp = sftp_of(c, err);
	LIBSSH2_SFTP_ATTRIBUTES a = { .flags = LIBSSH2_SFTP_ATTR_PERMISSIONS, .permissions = mode };
	int rc;

	if (!sftp)
		return -1;
	rc = libssh2_sftp_setstat(sftp, path, &a);
	if (rc) {
		sftp_fail(c, rc, err, "chmod %s", path);
		return -1;
	}
	return 0;
}

int ssh_sftp_unlink(struct ssh_conn *c, const char *path, struct strbuf *err)
{
	LIBSSH2_SFTP *sftp = sftp_of(c, err);
	int rc;

	if (!sftp)
		return -1;
	rc = libssh2_sftp_unlink_ex(sftp, path, (unsigned)strlen(path));
	if (rc && sftp_status(c, rc) != LIBSSH2_FX_NO_SUCH_FILE) {
		sftp_fail(c, rc, err, "remove %s", path);
		return -1;
	}
	if (rc == 0)
		log_debugf("ssh %s: removed %s", c->where, path);
	return 0;
}

static int mkdir_one(struct ssh_conn *c, LIBSSH2_SFTP *sftp, const char *dir, unsigned mode,
		     json_t *created, struct strbuf *err)
{
	struct ssh_file_stat st;
	int rc = ssh_sftp_stat(c, dir, &st, err);

	if (rc < 0)
		return -1;
	if (rc == 0) {
		if (st.is_dir)
			return 0;
		strbuf_addf(err, "ssh %s: %s exists and is not a folder", c->where, dir);
		return -1;
	}
	rc = libssh2_sftp_mkdir_ex(sftp, dir, (unsigned)strlen(dir), (long)mode);
	if (rc) {
		sftp_fail(c, rc, err, "mkdir %s", dir);
		return -1;
	}
	if (created)
		json_array_append_new(created, json_string(dir));
	log_debugf("ssh %s: made folder %s", c->where, dir);
	/* The server's umask applied: set the mode exactly. */
	return ssh_sftp_chmod(c, dir, mode, err);
}

int ssh_sftp_mkdir_p(struct ssh_conn *c, const char *path, unsigned mode, json_t *created,
		     struct strbuf *err)
{
	LIBSSH2_SFTP *sftp = sftp_of(c, err);
	struct strbuf probe = STRBUF_INIT;
	struct ssh_file_stat st;
	char *dir;
	size_t len;
	int rc = 0;

	if (!sftp)
		return -1;
	dir = xstrdup(path);
	len = strlen(dir);
	while (len > 1 && dir[len - 1] == '/')
		dir[--len] = '\0';
	if (ssh_sftp_stat(c, dir, &st, &probe) == 0 && st.is_dir) {
		strbuf_release(&probe);
		free(dir);
		return 0;
	}
	strbuf_release(&probe);
	for (size_t i = 1; i <= len && rc == 0; i++) {
		if (dir[i] != '/' && dir[i] != '\0')
			continue;
		dir[i] = '\0';
		rc = mkdir_one(c, sftp, dir, mode, created, err);
		if (i < len)
			dir[i] = '/';
	}
	free(dir);
	return rc;
}

int ssh_sftp_rmdir(struct ssh_conn *c, const char *path, struct strbuf *err)
{
	LIBSSH2_SFTP *sftp = sftp_of(c, err);
	long status;
	int rc;

	if (!sftp)
		return -1;
	rc = libssh2_sftp_rmdir_ex(sftp, path, (unsigned)strlen(path));
	if (rc == 0) {
		log_debugf("ssh %s: removed folder %s", c->where, path);
		return 0;
	}
	status = sftp_status(c, rc);
	if (status == LIBSSH2_FX_NO_SUCH_FILE)
		return 0;
	if (status == LIBSSH2_FX_FAILURE || status == LIBSSH2_FX_DIR_NOT_EMPTY)
		return 1;
	sftp_fail(c, rc, err, "rmdir %s", path);
	return -1;
}
