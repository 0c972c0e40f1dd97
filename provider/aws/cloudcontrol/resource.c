/*
 * resource.c: TEMPORARY on branch cctypes, until the ccapi branch's
 * resource.c (create, read, update, delete, find_made and list through
 * Cloud Control) replaces this file: the table of every awscc type's
 * functions, whose check_config is validate.c's cc_check_config; the
 * others say Cloud Control is not wired yet.
 */
#include "provider/aws/cloudcontrol/cloudcontrol.h"

static int not_yet(const struct resource_type *rt, struct strbuf *err)
{
	strbuf_addf(err, "%s: provisioning through Cloud Control is not in this build yet",
		    rt->name);
	return -1;
}

static int cc_read(const struct resource_type *rt, void *client, const char *id,
		   const json_t *prior, json_t **out, struct strbuf *err)
{
	(void)client, (void)id, (void)prior, (void)out;
	return not_yet(rt, err);
}

static int cc_create(const struct resource_type *rt, void *client, const json_t *desired,
		     bool may_exist, char **id, json_t **out, struct strbuf *err)
{
	(void)client, (void)desired, (void)may_exist, (void)id, (void)out;
	return not_yet(rt, err);
}

static int cc_update(const struct resource_type *rt, void *client, const char *id,
		     const json_t *prior, const json_t *desired, json_t **out, struct strbuf *err)
{
	(void)client, (void)id, (void)prior, (void)desired, (void)out;
	return not_yet(rt, err);
}

static int cc_delete(const struct resource_type *rt, void *client, const char *id,
		     const json_t *prior, struct strbuf *err)
{
	(void)client, (void)id, (void)prior;
	return not_yet(rt, err);
}

const struct resource_type_typed cc_type_functions = {
	.read = cc_read,
	.create = cc_create,
	.update = cc_update,
	.delete = cc_delete,
	.check_config = cc_check_config,
};
