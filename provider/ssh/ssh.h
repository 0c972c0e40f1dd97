/*
 * ssh.h: SSH connections (libssh2) for the ssh provider and for any provider
 * that reaches its server through a bastion host (postgres's `tunnel`).
 *
 * A connection block in a stack is the same everywhere:
 *
 *   host, port (22), user, private_key_file | private_key (sensitive PEM
 *   text) | agent (true: ask ssh-agent through SSH_AUTH_SOCK),
 *   private_key_passphrase (sensitive), host_key (pinned public key lines),
 *   known_hosts_file (~/.ssh/known_hosts), host_key_check (true), timeout (seconds, 30), connect_timeout (seconds
 *   to keep trying while the host does not answer SSH yet, 0)
 *
 * Host keys are verified against the keys pinned in host_key when it is set
 * (known_hosts is then not read), else against known_hosts unless
 * host_key_check is false:
 * an unknown or changed key is refused with a message that names the host,
 * the key's SHA-256 fingerprint and the file, never silently accepted.
 */
#ifndef TERRACE_SSH_H
#define TERRACE_SSH_H

#include <jansson.h>
#include <stdbool.h>

#include "provider/provider.h"
#include "provider/base/strbuf.h"

struct ssh_target {
	char *host;
	int port;
	char *user;
	char *private_key_file;       /* NULL when private_key or agent is used */
	char *private_key;            /* PEM text; sensitive */
	char *private_key_passphrase; /* sensitive; may be NULL */
	bool agent;
	char **host_keys;             /* pinned "TYPE BASE64" lines; NULL: none */
	size_t n_host_keys;
	char *known_hosts_file;       /* NULL: ~/.ssh/known_hosts */
	bool host_key_check;
	int timeout_seconds;
	int connect_timeout_seconds; /* keep trying while SSH does not answer; 0: once */
};

/* The attributes of a connection block, shared by every schema that embeds
 * one (the ssh provider's configuration, postgres's tunnel). */
extern const struct attr_schema ssh_connection_attrs[];

/* Fill t from an evaluated connection block (borrowed); defaults applied.
 * Returns -1 with a message naming the attribute when it is unusable. */
int ssh_target_from_json(const json_t *cfg, struct ssh_target *t, struct strbuf *err);
void ssh_target_release(struct ssh_target *t);
/* A deep copy of src in dst (dst's old contents are not freed). */
void ssh_target_copy(struct ssh_target *dst, const struct ssh_target *src);

/*
 * A connected, authenticated session. One thread at a time. ssh_conn_open
 * keeps its own copy of t. Its errors start "ssh HOST:PORT: " (connection,
 * host key) or "ssh USER@HOST:PORT: " (authentication) and never contain a
 * key or passphrase. Without private_key_file, private_key or agent, the
 * agent (when SSH_AUTH_SOCK is set) and then ~/.ssh/id_ed25519, id_ecdsa and
 * id_rsa are tried, as OpenSSH does.
 */
struct ssh_conn;
int ssh_conn_open(const struct ssh_target *t, struct ssh_conn **out, struct strbuf *err);
void ssh_conn_close(struct ssh_conn *c);

/*
 * A local port forward through a bastion: listens on 127.0.0.1 at a free
 * port, and forwards every connection accepted there through a direct-tcpip
 * channel to remote_host:remote_port as the bastion sees it. A thread of its
 * own serves it until ssh_tunnel_close, over a session of its own (opened,
 * host key checked and authenticated before ssh_tunnel_open returns, so a
 * bad bastion fails here with ssh_conn_open's message). A forward the
 * bastion refuses (nothing listens there, or its policy forbids it) closes
 * that one client connection and says why in the debug log; a dropped
 * bastion session is reopened for the next client connection.
 */
struct ssh_tunnel;
int ssh_tunnel_open(const struct ssh_target *bastion, const char *remote_host,
		    int remote_port, struct ssh_tunnel **out, struct strbuf *err);
int ssh_tunnel_local_port(const struct ssh_tunnel *t);
void ssh_tunnel_close(struct ssh_tunnel *t);

#endif
