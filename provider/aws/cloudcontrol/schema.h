/*
 * schema.h: the resource schemas of the awscc types (every type
 * CloudFormation's registry publishes, provisioned through AWS Cloud Control
 * API), as schemas.gen.c keeps them: one row per type, sorted by terrace's
 * name ("awscc.route53.hosted_zone"), its schema compressed until a stack
 * uses the type. What a schema holds is gen_schemas.py's docstring.
 */
#ifndef TERRACE_AWS_CLOUDCONTROL_SCHEMA_H
#define TERRACE_AWS_CLOUDCONTROL_SCHEMA_H

#include <jansson.h>
#include <stddef.h>

#include "provider/base/strbuf.h"

struct cc_schema_row {
	const char *name;      /* "awscc.route53.hosted_zone" */
	const char *cfn_type;  /* "AWS::Route53::HostedZone" */
	unsigned offset;       /* where its compressed schema starts in cc_schema_blob */
	unsigned zsize;        /* its compressed size */
	unsigned size;         /* the JSON text's size */
	unsigned handlers;     /* CC_HANDLER_* bits: the handlers the type has */
};

/* The handlers a type's schema lists (provider/aws/cloudcontrol/registry/handlers.json, the
 * registry's schemas at a pinned commit); CC_HANDLERS_KNOWN is set when that
 * copy has the type at all: without it, which handlers it has is unknown. */
enum {
	CC_HANDLER_CREATE = 1 << 0,
	CC_HANDLER_READ = 1 << 1,
	CC_HANDLER_UPDATE = 1 << 2,
	CC_HANDLER_DELETE = 1 << 3,
	CC_HANDLER_LIST = 1 << 4,
	CC_HANDLERS_KNOWN = 1 << 5,
	/* Not a handler: the row is an old name of the type (its state may
	 * name it), kept as an alias of the row of its cfn_type's name now. */
	CC_ROW_ALIAS = 1 << 6,
};
/* Cloud Control provisions the type: create, read and delete (or the
 * handlers are not known, and Cloud Control's answer will say). */
static inline int cc_row_provisionable(const struct cc_schema_row *row)
{
	const unsigned need = CC_HANDLER_CREATE | CC_HANDLER_READ | CC_HANDLER_DELETE;
	return !(row->handlers & CC_HANDLERS_KNOWN) || (row->handlers & need) == need;
}

extern const unsigned char cc_schema_blob[];
extern const struct cc_schema_row cc_schema_rows[];
extern const size_t cc_schema_count;
/* The version of cfn-lint whose copy the table is generated from ("1.51.0"). */
extern const char cc_cfn_lint_version[];

/* The row of the type named `name` (terrace's name), or NULL. */
const struct cc_schema_row *cc_schema_find(const char *name);
/* The row of CloudFormation type `cfn_type` ("AWS::SQS::Queue"), or NULL. */
const struct cc_schema_row *cc_schema_find_cfn(const char *cfn_type);
/* The type's schema (a new reference), or NULL with err set when its row
 * does not decompress or parse (a defect of the table). */
json_t *cc_schema_load(const struct cc_schema_row *row, struct strbuf *err);

/* How many definitions deep a property is still made into blocks; deeper
 * (a rule's statement inside a statement ...) it is a JSON document, as
 * awscc makes such recursion. */
#define CC_MAX_REF_DEPTH 6
/* Schema node `node` with its "ref"s followed into defs, counting them in
 * *refs; NULL past CC_MAX_REF_DEPTH or when it names no definition. */
const json_t *cc_schema_resolve(const json_t *defs, const json_t *node, int *refs);

#endif
