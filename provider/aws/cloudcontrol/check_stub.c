/*
 * check_stub.c: TEMPORARY, for the ccapi branch alone: the definitions
 * types.c (the cctypes branch) gives, so that resource.c links before it
 * lands. The coordinator deletes this file when merging the two.
 */
#include "provider/aws/cloudcontrol/cloudcontrol.h"

int cc_check_config(const struct resource_type *rt, const json_t *config, const char **attr,
		    struct strbuf *err)
{
	(void)rt;
	(void)config;
	(void)attr;
	(void)err;
	return 0;
}

const struct cc_type *cc_type_of(const struct resource_type *rt)
{
	return rt->data;
}
