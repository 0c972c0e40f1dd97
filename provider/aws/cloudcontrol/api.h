/*
 * api.h: what the rest of the aws provider sees of the awscc types
 * (cloudcontrol.h has the rest): finding one by its name, built on first
 * use, and every name, for "did you mean". The aws provider's find_type and
 * type_names hooks.
 */
#ifndef TERRACE_AWS_CLOUDCONTROL_API_H
#define TERRACE_AWS_CLOUDCONTROL_API_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "provider/provider.h"

/* The type named `name` ("awscc.sqs.queue"), built on first use and kept
 * (safe from several threads), or NULL when the table has none. */
const struct resource_type *cc_type_find(const char *name);
/* Every awscc type's name, sorted (static). */
const char *const *cc_type_names(size_t *n);
/* The checks validate runs on what a stack writes for awscc type `type`
 * (its schema's types, enums, patterns, lengths, ranges, required, ...),
 * on attributes as evaluated at plan: the aws provider's check hook (CHECK_OWN)
 * for the awscc types, so what was not known at validate is judged once it
 * is. 0, or -1 with one line in err and *attr (when not NULL) the path at
 * fault; a type the table lacks: 0. */
int cc_check_values(const char *type, const json_t *attrs, const char **attr,
		    struct strbuf *err);

/* The IAM actions handler `handler` ("create", "read", "update", "delete",
 * "list") of awscc type `type` acts with (a borrowed array of strings, kept
 * for the process), as the registry's schema lists them; NULL when the type
 * has no such handler or its handlers are unknown (cc_handlers_known). */
const json_t *cc_handler_permissions(const char *type, const char *handler);
/* The CloudFormation type of awscc type `type` ("AWS::SQS::Queue", static),
 * or NULL when the table has none. */
const char *cc_cfn_type(const char *type);
/* Whether terrace's copy of the registry's handlers has awscc type `type`. */
bool cc_handlers_known(const char *type);
/* Whether Cloud Control can make awscc type `type`: terrace's copy of the
 * registry's handlers has it, with create, read and delete handlers (a type
 * it cannot make, `terrace convert` leaves out). */
bool cc_can_make(const char *type);
/* Whether a create of awscc type `type` lists the type's objects (its list
 * handler) before it is sent, to find what a failed create made by the
 * properties the stack set (match.c's cc_found_by_match). */
bool cc_create_lists(const char *type);

/* The object a resource of awscc type `type` written as `config` names: its
 * CloudFormation type in *cfn_type (static), the attribute of its primary
 * identifier's first property in *attr (kept for the process), and the
 * identifier's values joined with '|' (a new string), when every one of
 * them is a property the stack writes as a literal string; NULL otherwise
 * (an identifier the server assigns, a value not known yet). */
char *cc_written_identity(const char *type, const json_t *config, const char **cfn_type,
			  const char **attr);

/* The lists AWS grows that awscc type rt's values are held to (gen_schemas.py's
 * growingEnums): cfn-lint's per-region lists (instance types, node types),
 * and the enums cfn-lint adds from AWS's API models where constraints.map
 * says the API's enum grows (Lambda's runtimes). Each value of config
 * outside its list (a per-region one: `region`'s; with region NULL, every
 * region's), a warning through report (at its attribute), with a
 * did-you-mean, since AWS adds values every few weeks. A value not known yet, a
 * region cfn-lint has no list for: nothing. */
void cc_warn_growing(const struct resource_type *rt, const json_t *config, const char *region,
		     check_report_fn report, void *ctx);

/* cfn-lint's extension rules of awscc type rt named by `files` (their
 * "file": "aws_sqs_queue/properties.json"; NULL-terminated) on config
 * (snake_case attributes, as cc_check_config takes them): the one evaluator
 * of those rules, for the written types held to their CloudFormation type's
 * (checks/cfn.c's aws_cfn_check_rules). 0, or -1 with one line in err and
 * *attr the attribute at fault (as cc_check_config); a value not known yet
 * decides nothing. */
int cc_check_rules(const struct resource_type *rt, const json_t *config, const char *const *files,
		   const char **attr, struct strbuf *err);

/* The one judgement of a CloudFormation schema's keywords (enum, pattern,
 * minLength/maxLength, minimum/maximum, minItems/maxItems) for both
 * families, validate.c's walk: here on written twin row r's value v as
 * written (checks/row.h's aws_cfn_values: a string for 's', a number for
 * 'n', the list itself for 'l'; a value of another JSON kind is not the
 * row's to judge), against `node`, r's property's in its awscc type rt's
 * schema (cc_twin_node), the keywords r carries, in the written family's
 * words ("where AWS takes ... (e.g. EXAMPLE; SOURCE)"). 0, or -1 with the
 * message in why (no attribute before it). */
struct aws_cfn_value;
int cc_check_twin(const struct resource_type *rt, const json_t *node,
		  const struct aws_cfn_value *r, const json_t *v, struct strbuf *why);
/* describe.c: the node of row r's property in its awscc type's schema: a
 * list's own for 'l', its elements' otherwise; borrowed, or NULL. */
const json_t *cc_twin_node(const struct aws_cfn_value *r);

/* between.c: the rules between the properties of block `obj` that schema
 * node `node` (or a written type's row, in its attributes' names) carries:
 * "excludes" ({"a": ["b"]}: a set, b not), "requiredXor" (exactly one of
 * the list set), "requiredOr" (at least one). 0, or -1 with why ("a and b
 * exclude each other: ...; drop b or a") and *at the property to point at
 * (NULL: the block). A value not known yet decides nothing. */
int cc_between_check(const json_t *node, const json_t *obj, struct strbuf *why, const char **at);

/* What is worth a warning in a stack's use of awscc type `type`, written
 * as attrs, in `region` (NULL: not known): a value outside a list AWS grows
 * (its region's instance types, Lambda's runtimes: cc_warn_growing), and a
 * type whose handlers terrace's copy of the registry does not have
 * ("handlers unknown", on the resource as a whole), each a warning through
 * report; the aws provider's check hook's warnings (CHECK_WARNINGS) for the
 * awscc types. */
void cc_warn_values(const char *type, const json_t *attrs, const char *region,
		    check_report_fn report, void *ctx);

/* The kinds of identifier (cfn-lint's formats, "AWS::KMS::Key.Arn") the
 * attribute at `path` of awscc type `type` takes or gives: `path` is dotted
 * attribute names ("stream_encryption.key_id"), a list's elements the
 * list's; a borrowed array of strings (kept with the type), or NULL when it
 * has none (describe.c). */
const json_t *cc_kinds_at(const char *type, const char *path);
/* The schema node (its "pattern", "kinds", ...) of the attribute at `path`
 * of awscc type `type`, as cc_kinds_at finds it; borrowed, or NULL. */
const json_t *cc_node_at(const char *type, const char *path);

/* What awscc type rt's schema says of it beyond its attributes (describe.c):
 * {"cloudformation_type", "documentation" (its page's address),
 * "attributes": {NAME: {"cloudformation_name", "read_only", "create_only",
 * "write_only", "constraints", "nested": {...}}}}, each key only when it
 * applies; a new reference, or NULL for a type that is not awscc. */
json_t *cc_type_describe(const struct resource_type *rt);

#endif
