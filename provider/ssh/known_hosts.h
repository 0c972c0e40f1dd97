/*
 * known_hosts.h: host keys (provider/ssh/known_hosts.c), for provider/ssh/conn.c
 * only: the host_key attribute's lines, and the check the handshake makes
 * against them or known_hosts.
 */
#ifndef TERRACE_SSH_KNOWN_HOSTS_H
#define TERRACE_SSH_KNOWN_HOSTS_H

#include <jansson.h>

#include "provider/ssh/remote.h"
#include "provider/base/strbuf.h"

struct known_hosts {
	char *path;
	LIBSSH2_KNOWNHOSTS *hosts;
	struct strbuf revoked; /* base64 keys of @revoked lines, each followed by '\n' */
};

/* The user's home folder: $HOME, else the password entry's, else "/". */
const char *home_dir(void);
/* host_key (a string of one or more "TYPE BASE64" lines, or a list of
 * them) into t's pinned keys; -1 with err set on a bad line. */
int target_host_keys(const json_t *cfg, struct ssh_target *t, struct strbuf *err);

/* Read the target's known_hosts file (a missing one is empty); -1 with err
 * set when it cannot be read. known_hosts_release() frees kh either way. */
int load_known_hosts(struct ssh_conn *c, struct known_hosts *kh, struct strbuf *err);
void known_hosts_release(struct known_hosts *kh);
/* Before the handshake: offer the host key algorithms of the kinds kh has
 * for the host (or of the pinned keys) first. */
void prefer_known_key_kinds(struct ssh_conn *c, struct known_hosts *kh);
void prefer_pinned_key_kinds(struct ssh_conn *c);
/* After it: 0 when the host's key is in kh (or is one of the pinned keys),
 * else -1 with err saying what to do. */
int check_host_key(struct ssh_conn *c, struct known_hosts *kh, struct strbuf *err);
int check_pinned_host_key(struct ssh_conn *c, struct strbuf *err);

#endif
