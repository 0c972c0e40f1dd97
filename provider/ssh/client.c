/*
 * client.c: the ssh provider's client (resources.h), one session per provider
 * configuration shared by every resource: locked for one resource operation
 * and handed out (ssh_client_acquire), connecting again when it dropped, then
 * unlocked (ssh_client_release). provider.c makes and closes it.
 */
#include "provider/ssh/resources.h"

struct ssh_conn *ssh_client_acquire(struct ssh_client *c, struct strbuf *err)
{
	pthread_mutex_lock(&c->mu);
	if (c->conn && c->conn->broken && ssh_conn_reconnect(c->conn, err)) {
		pthread_mutex_unlock(&c->mu);
		return NULL;
	}
	if (!c->conn && ssh_conn_open(&c->target, &c->conn, err)) {
		pthread_mutex_unlock(&c->mu);
		return NULL;
	}
	return c->conn;
}

void ssh_client_release(struct ssh_client *c)
{
	pthread_mutex_unlock(&c->mu);
}
