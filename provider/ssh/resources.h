/*
 * resources.h: the ssh provider's client — one session per provider
 * configuration, shared by every resource behind a mutex, reopened when it
 * dropped — and the declarations of its resource types (made from
 * types.def, which provider.c also turns into the provider's table).
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

#define RESOURCE_TYPE(name) extern const struct resource_type name;
#include "provider/ssh/types.def"
#undef RESOURCE_TYPE

#endif
