/*
 * resources.h: the declarations of every resource type and lookup kind of
 * the aws provider (made from types.def and lookups.def, the one lists of
 * them, which provider.c also turns into the provider's tables), and the plan-time hooks some of them offer to
 * the core.
 */
#ifndef TERRACE_AWS_RESOURCES_H
#define TERRACE_AWS_RESOURCES_H

#include <jansson.h>

#include "provider/provider.h"
#include "provider/base/strbuf.h"

#define RESOURCE_TYPE(name, ...) extern const struct resource_type name;
#include "provider/aws/types.def"
#undef RESOURCE_TYPE
#define LOOKUP_TYPE(name) extern const struct lookup_type name;
#include "provider/aws/lookups.def"
#undef LOOKUP_TYPE

/*
 * The content_sha256 an aws.s3.object will have, computed at plan time from
 * its desired attributes: the hex SHA-256 of `content`, or of the bytes of
 * the file named by `source`. Exactly one of the two must be set.
 * Returns 0 with out filled; 1 when the one that is set is not known yet
 * (value_unknown(): the hash is then known only after apply); -1 with a
 * message in err when both or neither are set or the file cannot be read.
 */
int aws_s3_object_plan_hash(const json_t *desired, char out[65], struct strbuf *err);

#endif
