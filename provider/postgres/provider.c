/*
 * provider.c: the `postgres` provider type: its configuration schema (the
 * server, the login, libpq's sslmode and timeouts, and an optional SSH
 * tunnel through a bastion host), the list of postgres resource types, and
 * configure/close, which turn an evaluated configuration into a connected
 * struct pg_client and release it. `engine` picks the SQL dialect
 * (dialect.c).
 */
#include <math.h>
#include <string.h>

#include "provider/postgres/postgres.h"
#include "provider/provider.h"
#include "provider/ssh/ssh.h"

static const struct attr_schema postgres_config_attrs[] = {
	{ .name = "host", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "server host name or address (through a tunnel: as the bastion "
			 "sees it)", .default_json = "\"127.0.0.1\"" },
	{ .name = "port", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "server port", .default_json = "5432" },
	{ .name = "database", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "database to connect to, and the default one of schemas, grants "
			 "and migrations", .default_json = "\"postgres\"" },
	{ .name = "username", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "user to log in as; default libpq's (PGUSER, else the OS user)" },
	{ .name = "password", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_SENSITIVE,
	  .description = "password; default libpq's (PGPASSWORD, ~/.pgpass)" },
	{ .name = "sslmode", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "libpq sslmode: disable, allow, prefer, require, verify-ca, verify-full",
	  .default_json = "\"prefer\"" },
	{ .name = "connect_timeout", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "seconds to wait for a connection", .default_json = "10" },
	{ .name = "application_name", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "application_name the server shows for terrace's sessions",
	  .default_json = "\"terrace\"" },
	{ .name = "engine", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "the server's SQL dialect: postgres, redshift (Amazon Redshift: users, "
			 "groups, md5 passwords, SVV_* catalog views, external schemas), or auto "
			 "(read from the server's version())", .default_json = "\"auto\"" },
	{ .name = "tunnel", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL,
	  .description = "reach the server through an SSH bastion: a local port forward to "
			 "host:port as the bastion sees them", .nested = ssh_connection_attrs },
	{ .name = NULL },
};

static const struct resource_type *const postgres_resources[] = {
#define RESOURCE_TYPE(name) &name,
#include "provider/postgres/types.def"
#undef RESOURCE_TYPE
	NULL,
};

static int config_int(const json_t *config, const char *name, int min, int max, int *out,
		      struct strbuf *err)
{
	const json_t *v = json_object_get(config, name);
	double n;

	if (!v || json_is_null(v))
		return 0;
	n = json_number_value(v);
	if (!json_is_number(v) || n < min || n > max || n != floor(n)) {
		strbuf_addf(err, "postgres provider: %s must be a whole number from %d to %d",
			    name, min, max);
		return -1;
	}
	*out = (int)n;
	return 0;
}

static int check_sslmode(const char *mode, struct strbuf *err)
{
	static const char *const modes[] = {
		"disable", "allow", "prefer", "require", "verify-ca", "verify-full", NULL };

	if (!mode)
		return 0;
	for (size_t i = 0; modes[i]; i++)
		if (!strcmp(mode, modes[i]))
			return 0;
	strbuf_addf(err, "postgres provider: sslmode \"%s\" is not one of disable, allow, "
		    "prefer, require, verify-ca, verify-full", mode);
	return -1;
}

static int postgres_configure(const json_t *config, void **client, struct strbuf *err)
{
	struct pg_settings s = { .port = 5432, .connect_timeout = 10 };
	struct pg_client *c = NULL;

	if (config && !json_is_object(config)) {
		strbuf_addstr(err, "postgres provider: the configuration must be an object");
		return -1;
	}
	if (value_config_string(config, "postgres", "host", &s.host, err) ||
	    value_config_string(config, "postgres", "database", &s.database, err) ||
	    value_config_string(config, "postgres", "username", &s.username, err) ||
	    value_config_string(config, "postgres", "password", &s.password, err) ||
	    value_config_string(config, "postgres", "sslmode", &s.sslmode, err) ||
	    value_config_string(config, "postgres", "application_name", &s.application_name, err) ||
	    value_config_string(config, "postgres", "engine", &s.engine, err) ||
	    config_int(config, "port", 1, 65535, &s.port, err) ||
	    config_int(config, "connect_timeout", 1, 3600, &s.connect_timeout, err) ||
	    check_sslmode(s.sslmode, err))
		return -1;
	s.tunnel = json_object_get(config, "tunnel");
	if (s.tunnel && !json_is_null(s.tunnel) && !json_is_object(s.tunnel)) {
		strbuf_addstr(err, "postgres provider: tunnel must be an SSH connection block");
		return -1;
	}
	if (pg_client_new(&s, &c, err))
		return -1;
	*client = c;
	return 0;
}

static void postgres_close(void *client)
{
	pg_client_free(client);
}

/* Names of roles and databases are identifiers: at most NAMEDATALEN - 1 =
 * 63 bytes (PostgreSQL documentation, "Identifiers and Key Words"); '_'
 * joins words, since an identifier with '-' needs quoting. */
static const struct provider_name_rule postgres_name_rules[] = {
	{ "postgres.role", "name", 63, '_' },
	{ "postgres.database", "name", 63, '_' },
	{ NULL },
};

const struct provider_type postgres_provider_type = {
	.name = "postgres",
	.config_attrs = postgres_config_attrs,
	.resources = postgres_resources,
	.configure = postgres_configure,
	.close = postgres_close,
	.name_rules = postgres_name_rules,
};
