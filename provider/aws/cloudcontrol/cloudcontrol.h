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
#include <stddef.h>

#include "provider/provider.h"
#include "provider/aws/cloudcontrol/schema.h"

/* What an awscc type's functions know it by (its resource_type's data). */
struct cc_type {
	const struct cc_schema_row *row;
	json_t *schema;               /* cc_schema_load's, kept for the process */
	struct attr_schema *attrs;    /* built from it, ends with {NULL} */
	struct resource_type rt;      /* what the registry hands out */
	struct cc_checks *checks;     /* validate.c's compiled patterns of this type */
};

/* types.c: the type named `name` ("awscc.sqs.queue"), built on first use and
 * kept (safe from several threads), or NULL when the table has none; every
 * awscc type's name, sorted (static). The aws provider's find_type and
 * type_names. */
const struct resource_type *cc_type_find(const char *name);
const char *const *cc_type_names(size_t *n);
/* The awscc type of rt (rt->data). */
const struct cc_type *cc_type_of(const struct resource_type *rt);
/* How many definitions deep a property is still made into blocks; deeper
 * (a rule's statement inside a statement ...) it is a JSON document, as
 * awscc makes such recursion. */
#define CC_MAX_REF_DEPTH 6
/* Schema node `node` with its "ref"s followed into defs, counting them in
 * *refs; NULL past CC_MAX_REF_DEPTH or when it names no definition. */
const json_t *cc_schema_resolve(const json_t *defs, const json_t *node, int *refs);

/* validate.c: the check of what a stack writes for an awscc type (its typed
 * check_config): each value against its property's type, enum, pattern,
 * lengths, range and list sizes, required properties, unknown properties
 * (with did-you-mean), oneOf/anyOf and dependencies; a value holding ${...}
 * passes. -1 with one line in err and *attr the dotted path of the value at
 * fault ("vpc_configuration.subnet_ids[1]"; the calling thread's, valid
 * until its next check). And the patterns a type keeps compiled. */
int cc_check_config(const struct resource_type *rt, const json_t *config, const char **attr,
		    struct strbuf *err);
struct cc_checks;
struct cc_checks *cc_checks_new(void);
/* Whether value matches `pattern` (a string of rt's schema: compiled once and
 * kept, by its address) as validate runs it: 1 yes, 0 no, -1 it does not compile in PCRE2
 * (or the match hit PCRE2's limits): not checked. */
int cc_pattern_matches(const struct resource_type *rt, const json_t *pattern, const char *value);

/* resource.c: the functions of every awscc type. */
extern const struct resource_type_typed cc_type_functions;

#endif
