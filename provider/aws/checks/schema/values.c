/*
 * checks/schema/values.c: what the rest of the checks call the schema's
 * walk through: an awscc type's values as evaluated (cc_check_values, the
 * aws check hook's own checks of an awscc type), and the node a written
 * twin's row of checks/row.h judges its value against (cc_twin_node).
 */
#include "provider/aws/checks/schema/api.h"

#include <stdio.h>
#include <string.h>

#include "provider/aws/checks/row.h"
#include "provider/aws/cloudcontrol/cloudcontrol.h"

int cc_check_values(const char *type, const json_t *attrs, const char **attr,
		    struct strbuf *err)
{
	const struct resource_type *rt = cc_type_find(type);
	const char *at = NULL;

	if (!rt || !json_is_object(attrs) || !cc_check_config(rt, attrs, &at, err))
		return 0;
	if (attr)
		*attr = at;
	return -1;
}

const json_t *cc_twin_node(const struct aws_cfn_value *r)
{
	const struct cc_type *t = cc_type_of(cc_type_find(r->awscc));
	const char *last = strrchr(r->awscc_path, '.');
	char up[256];
	int refs = 0, n = last ? (int)(last - r->awscc_path) : 0;

	if (r->kind != 'l' || !t)
		return t ? cc_node_at(r->awscc, r->awscc_path) : NULL;
	/* a list's own node (cc_node_at's is its elements'): a property of
	 * the block above it */
	snprintf(up, sizeof(up), "%.*s", n, r->awscc_path);
	return cc_schema_resolve(json_object_get(t->schema, "defs"),
				 json_object_get(json_object_get(cc_node_at(r->awscc, up), "properties"),
						 last ? last + 1 : r->awscc_path), &refs);
}
