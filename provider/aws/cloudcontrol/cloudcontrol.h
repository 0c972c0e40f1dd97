/*
 * cloudcontrol.h: the awscc types, every resource type CloudFormation's
 * registry publishes, declared as `awscc.<service>.<resource>` (named as
 * Terraform's awscc provider names them) and provisioned through AWS Cloud
 * Control API with the aws provider's configuration and client.
 *
 * Layers, top to bottom:
 *   types.c     an awscc type as a struct resource_type, built from its
 *               schema (schema.h) on first use and kept: attributes,
 *               createOnly -> replacement, readOnly -> computed, writeOnly ->
 *               kept from the stack; and the checks of what a stack writes
 *               (types, enums, patterns, lengths, ranges, required, unknown
 *               properties with did-you-mean, oneOf/anyOf, dependencies)
 *   convert.c   terrace's attributes (snake_case) to the schema's properties
 *               (the document Cloud Control takes) and back
 *   resource.c  create, read, update (an RFC 6902 patch), delete, find_made,
 *               list: CreateResource and its kin, each followed through
 *               GetResourceRequestStatus in the timing engine
 *   schema.c    the compressed table schemas.gen.c (gen_schemas.py)
 */
#ifndef TERRACE_AWS_CLOUDCONTROL_H
#define TERRACE_AWS_CLOUDCONTROL_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "provider/provider.h"
#include "provider/aws/cloudcontrol/schema.h"

/* What an awscc type's functions know it by (its resource_type's data). */
struct cc_type {
	const struct cc_schema_row *row;
	json_t *schema;               /* cc_schema_load's, kept for the process */
	struct attr_schema *attrs;    /* built from it, ends with {NULL} */
	struct resource_type rt;      /* what the registry hands out */
};

/* types.c: the type named `name` ("awscc.sqs.queue"), built on first use and
 * kept (safe from several threads), or NULL when the table has none; every
 * awscc type's name, sorted (static). The aws provider's find_type and
 * type_names. */
const struct resource_type *cc_type_find(const char *name);
const char *const *cc_type_names(size_t *n);
/* The awscc type of rt (rt->data). */
const struct cc_type *cc_type_of(const struct resource_type *rt);

/* convert.c: attributes and CloudFormation properties (new references).
 * The node a schema node stands for, its "ref"s followed into "defs"
 * (NULL: a ref that goes nowhere). */
const json_t *cc_node(const json_t *schema, const json_t *node);
/* attrs (snake_case, evaluated) as the properties document Cloud Control
 * takes (DesiredState); attributes the schema does not know are left out. */
json_t *cc_to_properties(const json_t *schema, const json_t *attrs);
/* One top-level attribute's value as its property's, or NULL when the
 * schema has no attribute `attr`; and that property's name ("QueueName"). */
json_t *cc_value_to_property(const json_t *schema, const char *attr, const json_t *v);
const char *cc_property_name(const json_t *schema, const char *attr);
/* Properties (GetResource's, parsed) as attributes; properties the schema
 * does not know are dropped, scalars given the schema's JSON type. */
json_t *cc_from_properties(const json_t *schema, const json_t *props);
/* Put into attrs the write-only values of `from` (the schema's writeOnly
 * paths, "a.b", "a[].b") that attrs lacks: Cloud Control never reads them
 * back. */
void cc_carry_write_only(const json_t *schema, json_t *attrs, const json_t *from);
/* The schema's list `list` ("writeOnly", "readOnly", "createOnly") has
 * top-level attribute `attr`, or a path inside it. */
bool cc_path_in(const json_t *schema, const char *list, const char *attr);

/* resource.c: the functions of every awscc type. */
extern const struct resource_type_typed cc_type_functions;
/* The RFC 6902 patch an update of rt sends (a new list): each top-level
 * property that changed between prior and desired (add, replace, remove;
 * read-only and create-only ones never), and every write-only one desired
 * sets, as "add". */
json_t *cc_patch(const struct resource_type *rt, const json_t *prior, const json_t *desired);

/* types.c (the cctypes branch): the checks of what a stack writes for an
 * awscc type, as resource_type.check_config with the type given. */
int cc_check_config(const struct resource_type *rt, const json_t *config, const char **attr,
		    struct strbuf *err);

#endif
