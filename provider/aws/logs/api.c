/*
 * logs/api.c: the one call of CloudWatch Logs, and the id and delete of
 * what lives inside a log group (api.h).
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/logs/api.h"
#include "provider/provider.h"

int logs_call(struct aws_client *c, const char *op, const json_t *in,
	      const char *const *codes, json_t **out, int *attempts, struct strbuf *err)
{
	return aws_json_call_codes(c, &aws_service_logs, op, in,
				   codes, out, NULL, attempts, err);
}

char *logs_in_group_id(const json_t *desired)
{
	const char *group = value_get_string(desired, "log_group_name");
	const char *name = value_get_string(desired, "name");

	return group && name ? xasprintf("%s:%s", group, name) : NULL;
}

int logs_in_group_split(const char *type, const char *id, char **group, const char **name,
			struct strbuf *err)
{
	const char *colon = strchr(id, ':');

	if (!colon || colon == id || !colon[1] || strchr(colon + 1, ':')) {
		strbuf_addf(err, "%s: %s is not LOG_GROUP:NAME", type, id);
		return -1;
	}
	*group = xstrndup(id, (size_t)(colon - id));
	*name = colon + 1;
	return 0;
}

int logs_in_group_delete(struct aws_client *c, const char *type, const char *op,
			 const char *member, const char *id, struct strbuf *err)
{
	static const char *const gone[] = { "ResourceNotFoundException", NULL };
	char *group = NULL;
	const char *name;
	json_t *req;
	int rc;

	if (logs_in_group_split(type, id, &group, &name, err))
		return -1;
	req = json_pack("{s:s, s:s}", "logGroupName", group, member, name);
	rc = logs_call(c, op, req, gone, NULL, NULL, err);
	json_decref(req);
	free(group);
	return rc < 0 ? -1 : 0;
}
