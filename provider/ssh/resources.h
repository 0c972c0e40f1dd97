/*
 * resources.h: the ssh provider's client — one session per provider
 * configuration, shared by every resource behind a mutex, reopened when it
 * dropped — and the list of its resource types (provider/ssh/provider.c
 * registers them).
 */
#ifndef TERRACE_SSH_RESOURCES_H
#define TERRACE_SSH_RESOURCES_H

#include <pthread.h>

#include "provider/provider.h"
#include "provider/ssh/remote.h"
#include "provider/ssh/ssh.h"

struct ssh_client {
	struct ssh_target target;
	pthread_mutex_t mu;
	struct ssh_conn *conn; /* NULL until connected */
};

/*
 * Lock the client and hand out its session, connecting again when it
 * dropped. Hold it for a whole resource operation (a crontab is read,
 * changed and written back under one lock), then ssh_client_release. NULL
 * with err filled, and the lock released, when it cannot connect.
 */
struct ssh_conn *ssh_client_acquire(struct ssh_client *c, struct strbuf *err);
void ssh_client_release(struct ssh_client *c);

extern const struct resource_type ssh_file_type; /* file.c */
extern const struct resource_type ssh_cron_type; /* cron.c */

#endif
