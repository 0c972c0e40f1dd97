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
 *               kept from the stack (the checks of what a stack writes, against
 *               the schema, are provider/aws/checks/schema/'s)
 *   convert.c   terrace's attributes (snake_case) to the schema's properties
 *               (the document Cloud Control takes) and back
 *   resource.c  create, read, update (an RFC 6902 patch), delete, find_made,
 *               list: CreateResource and its kin, each followed through
 *               GetResourceRequestStatus in the timing engine
 *   match.c     what a failed create made, for a type found by its
 *               properties (listed before and after, matched)
 *   call.c      Cloud Control's calls as resource.c and match.c send them
 *   schema.c    the compressed table schemas.gen.c (gen_schemas.py)
 *   describe.c  what a type's schema says beyond its attributes, for
 *               `terrace providers schema -json -awscc`
 */
#ifndef TERRACE_AWS_CLOUDCONTROL_H
#define TERRACE_AWS_CLOUDCONTROL_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "provider/provider.h"
#include "provider/aws/cloudcontrol/api.h"
#include "provider/aws/cloudcontrol/schema.h"

/* What an awscc type's functions know it by (its resource_type's data). */
struct cc_type {
	const struct cc_schema_row *row;
	json_t *schema;               /* cc_schema_load's, kept for the process */
	struct attr_schema *attrs;    /* built from it, ends with {NULL} */
	struct resource_type rt;      /* what the registry hands out */
};

/* types.c: cc_type_find and cc_type_names (api.h), each type's functions
 * the table cc_type_functions of resource.c's and validate.c's. The awscc
 * type of rt, an awscc type (rt->data). */
static inline const struct cc_type *cc_type_of(const struct resource_type *rt)
{
	return rt ? rt->data : NULL;
}
extern const struct resource_type_typed cc_type_functions;

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
/* Value v of schema node `node` (reached through `refs` definitions) as
 * Cloud Control is sent it: CloudFormation's names (validate's alternatives
 * are matched against it). */
json_t *cc_node_to_cfn(const json_t *schema, const json_t *node, const json_t *v, int refs);
const char *cc_property_name(const json_t *schema, const char *attr);
/* Document v, written for schema node `node` (types.c's ATTR_JSON: a
 * oneOf/anyOf node, a definition past CC_MAX_REF_DEPTH), with the keys that
 * name the node's properties or its forms' in snake_case given their
 * CloudFormation names, at every depth (a new reference). */
json_t *cc_doc_to_cfn(const json_t *schema, const json_t *node, const json_t *v);
/* Old names (gen_schemas.py's add_aliases: "aliasOf"): the new name of
 * member `key` of a "properties" map when it is an old one, or NULL;
 * whether it has an old name or is one; and whether `values` (a block)
 * sets it where another name of its property says what is sent (an old
 * name beside the new one set, or the new one unset and an old one set). */
const char *cc_alias_of(const json_t *props, const char *key);
bool cc_has_alias(const json_t *props, const char *key);
bool cc_alias_shadowed(const json_t *props, const char *key, const json_t *values);
/* The value `values` gives attribute `key`: its own, or an old name's. */
const json_t *cc_attr_value(const json_t *props, const json_t *values, const char *key);
/* Properties (GetResource's, parsed) as attributes; properties the schema
 * does not know are dropped, scalars given the schema's JSON type. */
json_t *cc_from_properties(const json_t *schema, const json_t *props);
/* Put into attrs the write-only values of `from` (the schema's writeOnly
 * paths, "a.b", "a[].b") that attrs lacks: Cloud Control never reads them
 * back. */
void cc_carry_write_only(const json_t *schema, json_t *attrs, const json_t *from);
/* Put the lists of attrs (read back) that the schema calls unordered, and
 * its tag list, in the order of the same lists in `like` (what the read was
 * given: the stack's values, or the state's), at every depth. */
void cc_follow_order(const json_t *schema, json_t *attrs, const json_t *like);
/* The schema's list `list` ("writeOnly", "readOnly", "createOnly") has
 * top-level attribute `attr`, or a path inside it. */
bool cc_path_in(const json_t *schema, const char *list, const char *attr);

/* resource.c: the functions of every awscc type but its check: read,
 * create, update, delete, find_made and list, as struct
 * resource_type_typed's. */
int cc_read(const struct resource_type *rt, void *client, const char *id, const json_t *prior,
	    json_t **out, struct strbuf *err);
int cc_create(const struct resource_type *rt, void *client, const json_t *desired,
	      const struct create_call *call, char **id, json_t **out, struct strbuf *err);
int cc_update(const struct resource_type *rt, void *client, const char *id,
	      const json_t *prior, const json_t *desired, json_t **out, struct strbuf *err);
int cc_delete(const struct resource_type *rt, void *client, const char *id,
	      const json_t *prior, struct strbuf *err);
/* call.c: Cloud Control's call op (answers whose error code is in codes:
 * 1, *code set); GetResource's properties of
 * id (NULL when it is not found); the type's tags property (NULL: none). */
struct aws_client;
int cc_call(struct aws_client *c, const char *op, const json_t *in, const char *const *codes,
	    json_t **out, const char **code, int *attempts, struct strbuf *err);
int cc_get_properties(struct aws_client *c, const struct resource_type *rt, const char *id,
		      json_t **props, struct strbuf *err);
const char *cc_tag_property(const json_t *schema, bool *is_list);
/* match.c: what a failed create made, for a type found by its properties:
 * whether the type is one (no tags, a read-only part of its primary
 * identifier); its objects before a create (a new array, or NULL when they
 * could not be listed); the one object not among `before` whose properties
 * equal desired's (0 with *id or NULL; -1 with err: several, or the
 * listing failed). */
bool cc_found_by_match(const json_t *schema);
json_t *cc_objects_before(struct aws_client *c, const struct resource_type *rt,
			  const json_t *desired);
int cc_made_by_match(struct aws_client *c, const struct resource_type *rt, const json_t *desired,
		     const json_t *before, char **id, struct strbuf *err);
/* Of `candidates` (identifier -> its properties, the objects a failed
 * create's listing found new), the one whose create-only properties equal
 * what want (the create's properties) sets, read-only ones aside: 0 with
 * *id (a new string) or NULL when none does; -1 with err naming two when
 * more than one does (those equal in every property want sets, when any
 * is, counted alone). `name` and `cfn_type` name the type in err. */
int cc_match_candidates(const json_t *schema, const json_t *want, const json_t *candidates,
			const char *name, const char *cfn_type, char **id, struct strbuf *err);
int cc_find_made(const struct resource_type *rt, void *client, const char *token,
		 json_t **ids, struct strbuf *err);
int cc_list(const struct resource_type *rt, void *client, const struct resource_query *q,
	    struct resource_items *out, struct strbuf *err);
/* How long a request of `operation` ("CREATE", "UPDATE", "DELETE") of rt is
 * followed: its handler's timeoutInMinutes and a minute where the
 * registry's schema gives one, else resource.c's bound for a request
 * (the CloudFormation CLI's default handler timeout, 120 minutes). */
double cc_follow_timeout_s(const struct resource_type *rt, const char *operation);
/* The RFC 6902 patch an update of rt sends (a new list): each top-level
 * property that changed between prior and desired (add, replace, remove;
 * read-only and create-only ones never), and every write-only one desired
 * sets, as "add". */
json_t *cc_patch(const struct resource_type *rt, const json_t *prior, const json_t *desired);

#endif
