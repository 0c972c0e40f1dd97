/*
 * api.h: what the rest of the aws provider sees of the awscc types
 * (cloudcontrol.h has the rest): finding one by its name, built on first
 * use, and every name, for "did you mean". The aws provider's find_type and
 * type_names hooks. The checks of their values, against their schemas, are
 * the checks room's (provider/aws/checks/schema/api.h).
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
