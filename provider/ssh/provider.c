/*
 * provider.c: the `ssh` provider type: its configuration (a connection
 * block, ssh_connection_attrs), its resource types, and making and closing
 * the client every resource of one configuration shares (client.c lends it
 * out). configure() connects at once, so a refused host key or login fails
 * the plan before anything is changed.
 */
#include <stdlib.h>

#include "provider/provider.h"
#include "provider/ssh/resources.h"
#include "provider/ssh/ssh.h"

static const struct resource_type *const ssh_resources[] = {
#define RESOURCE_TYPE(name) &name,
#include "provider/ssh/types.def"
#undef RESOURCE_TYPE
	NULL,
};

static void ssh_close(void *client)
{
	struct ssh_client *c = client;

	if (!c)
		return;
	ssh_conn_close(c->conn);
	ssh_target_release(&c->target);
	pthread_mutex_destroy(&c->mu);
	free(c);
}

static int ssh_configure(const json_t *config, void **client, struct strbuf *err)
{
	struct ssh_client *c = xcalloc(1, sizeof(*c));

	*client = NULL;
	if (ssh_target_from_json(config, &c->target, err)) {
		free(c);
		return -1;
	}
	pthread_mutex_init(&c->mu, NULL);
	if (ssh_conn_open(&c->target, &c->conn, err)) {
		ssh_close(c);
		return -1;
	}
	*client = c;
	return 0;
}

const struct provider_type ssh_provider_type = {
	.name = "ssh",
	.config_attrs = ssh_connection_attrs,
	.resources = ssh_resources,
	.configure = ssh_configure,
	.close = ssh_close,
};
