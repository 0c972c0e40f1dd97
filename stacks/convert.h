/*
 * convert.h: turning what a team already has into a stack, for `terrace
 * convert`: a CloudFormation template (stacks/convert_cfn.c) or a Terraform
 * configuration (stacks/convert_tf.c).
 *
 * A converter reads its source and writes one stack file's YAML into
 * result->stack (cmd/convert.c lays it out with stack_fmt, as `terrace fmt`
 * writes it). Nothing is dropped silently: each construct it cannot carry (a
 * custom resource, a macro, another provider's resource, a function with no
 * counterpart) is one warning in d at the source's file:line with why, and
 * counted in result->left_out; the command's exit code says so. A source it
 * cannot read at all is an error in d and -1.
 *
 * What the source already made (source->existing) becomes the stack's
 * `import:` blocks, so that the converted stack plans no change against it.
 */
#ifndef TERRACE_STACKS_CONVERT_H
#define TERRACE_STACKS_CONVERT_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "provider/base/diag.h"
#include "provider/base/strbuf.h"

struct convert_source {
	const char *path;  /* the template file; the configuration's file or folder */
	/* What the source made, or NULL: for CloudFormation the answer of
	 * DescribeStackResources (its "StackResources": logical and physical
	 * ids); for Terraform a state file (format version 4). Borrowed. */
	json_t *existing;
	/* The type convert writes for CloudFormation type cfn_type
	 * ("AWS::EC2::VPC"): its awscc type, or the written type of one Cloud
	 * Control cannot make (AWS::Route53::RecordSet: aws.route53.record):
	 * its terrace name in *name (static) and what its schema says of its
	 * attributes, as `terrace providers schema -json` gives it ({NAME:
	 * {"cloudformation_name", "read_only", "nested": {...}}}; a written
	 * type's map "map": true, made from a list of Key and Value; its name
	 * "generated_name": true, ${terrace.stack}-LOGICALID when unset), a new
	 * reference; NULL when terrace has none. A twin's may also say which
	 * attribute Ref gives ("cloudformation_ref": true), which one is both
	 * CloudFormation's physical id and its import id
	 * ("cloudformation_physical_id": true) and how a value is rewritten
	 * ("value_from", "value_to": cfn_attr_value). Set by cmd/convert.c, since
	 * stacks/ does not reach the aws provider's table (docs/design.md). */
	json_t *(*awscc_type)(const char *cfn_type, const char **name);
	/* Whether Cloud Control can make awscc type `type` (its registry schema
	 * has create, read and delete handlers); a template's resource of an
	 * awscc type it cannot make is left out, with why. NULL: every one. Set
	 * by cmd/convert.c, as awscc_type is. */
	bool (*cloud_control_makes)(const char *type);
	/* A template converted with others (`terrace convert FOLDER`): the
	 * stack's folder in the set ("network/vpc"), also its name, and what
	 * the set's templates export (convert_cloudformation_exports); NULL
	 * for a template alone. */
	const char *stack_name;
	const json_t *exports;
	/* The folder the stack is written in (a relative path the stack holds,
	 * a function's `source:`, is taken from there), or NULL: the current
	 * folder (the stack goes to stdout). A CDK file asset's folder beside
	 * the template is named from it (convert_cfn_cdk.c). */
	const char *stack_dir;
};

struct convert_result {
	struct strbuf stack; /* the stack's YAML, before stack_fmt; strbuf_init'd by the caller */
	size_t left_out;     /* constructs not carried, each a warning in d */
};

int convert_cloudformation(const struct convert_source *source,
			   struct convert_result *result, struct diags *d);
/* Add what the template at path exports to exports: {NAME: [{"stack":
 * stack, "output": OUTPUT}]}, NAME the export's name as cfn_name_text
 * writes it (AWS::StackName as a mark), and again with stack for it. */
int convert_cloudformation_exports(const char *path, const char *stack, json_t *exports,
				   struct diags *d);
/* A CloudFormation template: YAML with a top-level Resources or
 * AWSTemplateFormatVersion (a stack's keys are lower-case), or a JSON
 * object with one. */
bool convert_is_template(const char *path);
int convert_terraform(const struct convert_source *source,
		      struct convert_result *result, struct diags *d);

#endif
