/*
 * remote.h: what the ssh provider does over a connected session (inside
 * provider/ssh only; other providers use ssh.h): the session itself, remote
 * commands with stdin and collected output, SFTP file operations, and shell
 * quoting for command text.
 *
 * Every function takes a connection that one thread holds. Errors go to err
 * as one line naming the operation and the remote path or command, never a
 * file's content. A failure at the socket level (the connection dropped)
 * marks the connection broken; ssh_conn_reconnect() makes it usable again.
 */
#ifndef TERRACE_SSH_REMOTE_H
#define TERRACE_SSH_REMOTE_H

#include <libssh2.h>
#include <libssh2_sftp.h>
#include <stdbool.h>
#include <stdint.h>
#include <time.h>

#include "provider/ssh/ssh.h"
#include "provider/base/strbuf.h"

struct ssh_conn {
	struct ssh_target target; /* own copy */
	char *where;              /* "HOST:PORT", for messages */
	char *who;                /* "USER@HOST:PORT", for messages */
	int fd;
	LIBSSH2_SESSION *session;
	LIBSSH2_SFTP *sftp;       /* opened on first use */
	bool broken;              /* the socket failed: reconnect before use */
	double wait_start;        /* monotonic_seconds() of the first failed attempt of a
	                             connect_timeout wait */
};

/* The host key's "SHA256:..." fingerprint of a connected session. */
void ssh_conn_host_fingerprint(struct ssh_conn *c, char out[64]);
/* Close the session and open a new one to the same target. */
int ssh_conn_reconnect(struct ssh_conn *c, struct strbuf *err);
/* The session's last error as text ("" when none); marks c broken when it
 * is a socket-level failure. */
const char *ssh_conn_last_error(struct ssh_conn *c);
/* True when the libssh2 error code means the connection itself failed. */
bool ssh_error_is_socket(int code);
/*
 * libssh2_session_block_directions() tells only what the last call was
 * blocked on; a non-blocking loop makes several calls per round, so it ORs
 * them together after each call that answered EAGAIN: ssh_note_blocked().
 * ssh_conn_wait then waits until the socket is readable, or writable when
 * some call was blocked on sending, at most timeout_ms: 0 ready, 1 timed out.
 */
void ssh_note_blocked(LIBSSH2_SESSION *s, int *directions);
int ssh_conn_wait(struct ssh_conn *c, int directions, int timeout_ms);

/* Append s to sb quoted for a POSIX shell: 'it'\''s'. */
void ssh_shell_quote(struct strbuf *sb, const char *s);

struct ssh_exec_result {
	struct strbuf out;
	struct strbuf err;
	int exit_status; /* -1 when the command ended by a signal */
};

void ssh_exec_result_init(struct ssh_exec_result *r);
void ssh_exec_result_release(struct ssh_exec_result *r);
/*
 * Run command on the host, feeding it `in` (in_len bytes, may be 0) on
 * stdin and collecting stdout and stderr. Returns 0 when the command ran,
 * whatever its exit status (in r), -1 when it could not be run or gave no
 * sign of life for the connection's timeout. A connection that dropped
 * while idle is reopened once before the command starts.
 */
int ssh_exec(struct ssh_conn *c, const char *command, const void *in, size_t in_len,
	     struct ssh_exec_result *r, struct strbuf *err);
/* A shell variable name: letters, digits and _, not starting with a digit. */
bool ssh_env_name_ok(const char *k);
/* "export K='V'; " for each string of env (a map; anything else: nothing)
 * whose key is a variable name. */
void ssh_add_exports(struct strbuf *sb, const json_t *env);
/* Start command on a channel of its own (blocking session) for a caller
 * that reads its output as it comes (provider/ssh/run.c); NULL with err. */
LIBSSH2_CHANNEL *ssh_channel_start(struct ssh_conn *c, const char *command, struct strbuf *err);
/* The first line of a command's stderr (or "exit N"), for messages. */
void ssh_exec_describe(const struct ssh_exec_result *r, struct strbuf *sb);

struct ssh_file_stat {
	bool is_dir;
	bool is_regular;
	unsigned mode; /* permission bits, e.g. 0644 */
	unsigned long uid, gid;
	uint64_t size;
};

/* 0 with st filled, 1 when path does not exist, -1 on error. */
int ssh_sftp_stat(struct ssh_conn *c, const char *path, struct ssh_file_stat *st,
		  struct strbuf *err);
/* The whole remote file in content: 0, 1 when it does not exist, -1. */
int ssh_sftp_read(struct ssh_conn *c, const char *path, struct strbuf *content,
		  struct strbuf *err);
/* At most max bytes of the remote file from byte offset on, appended to
 * out; *size gets the file's size when it was opened (nothing is read when
 * offset is not below it). 0, 1 when the file does not exist, -1. */
int ssh_sftp_read_at(struct ssh_conn *c, const char *path, uint64_t offset, size_t max,
		     struct strbuf *out, uint64_t *size, struct strbuf *err);
/*
 * Upload a local file to remote_path: written to a temporary name in the
 * same folder, given `mode` and (when chown_spec is not NULL, "owner",
 * "owner:group" or ":group") its owner through the remote chown, then
 * renamed over remote_path, so the path never holds a partial file.
 * sha256_hex (65 bytes) gets the hash of the bytes sent. A folder at
 * remote_path is refused.
 */
int ssh_sftp_upload(struct ssh_conn *c, const char *local_path, const char *remote_path,
		    unsigned mode, const char *chown_spec, char sha256_hex[65],
		    struct strbuf *err);
/* The first half of ssh_sftp_upload, for installing many files with one
 * command: the temporary file with its mode; *tmp gets its name (free it). */
int ssh_sftp_put_temp(struct ssh_conn *c, const char *local_path, const char *remote_path,
		      unsigned mode, char **tmp, char sha256_hex[65], struct strbuf *err);
/* Append to cmd (joined with " && ") the shell text that chowns tmp when
 * chown_spec is set and renames it over path. */
void ssh_add_install(struct strbuf *cmd, const char *tmp, const char *path,
		     const char *chown_spec);
/* Run a command that must succeed: a non-zero exit is an error naming
 * `what` with the first line of stderr. */
int ssh_run(struct ssh_conn *c, const char *command, const char *what, struct strbuf *err);
int ssh_sftp_chmod(struct ssh_conn *c, const char *path, unsigned mode, struct strbuf *err);
/* Remove a file; one that does not exist is success. */
int ssh_sftp_unlink(struct ssh_conn *c, const char *path, struct strbuf *err);
/* Make path and its missing parents with `mode`; each folder made is
 * appended to created (a JSON array of strings; may be NULL). */
int ssh_sftp_mkdir_p(struct ssh_conn *c, const char *path, unsigned mode, json_t *created,
		     struct strbuf *err);
/* Remove an empty folder: 0 removed or already gone, 1 not empty, -1. */
int ssh_sftp_rmdir(struct ssh_conn *c, const char *path, struct strbuf *err);


#endif
