/*
 * build_attrs.h: the `build` block of the AWS types that upload what a
 * command builds (aws.s3.artifact, aws.lambda.function,
 * aws.lambda.layer_version), and the one call their plan_desired makes.
 * The mechanism is provider/base/build.h's; this is its schema and the
 * step from evaluated attributes to it.
 */
#ifndef TERRACE_AWS_BUILD_ATTRS_H
#define TERRACE_AWS_BUILD_ATTRS_H

#include "provider/base/build.h"
#include "provider/provider.h"

static const struct attr_schema aws_build_block_attrs[] = {
	{ .name = "command", .type = ATTR_LIST, .flags = ATTR_REQUIRED, .elem_type = ATTR_STRING,
	  .description = "the program and its arguments, run without a shell (write [sh, -c, "
			 "\"...\"] for one)" },
	{ .name = "dir", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "folder the command runs in; inputs and output are relative to it "
			 "(default: the stack's folder)" },
	{ .name = "inputs", .type = ATTR_LIST, .flags = ATTR_REQUIRED, .elem_type = ATTR_STRING,
	  .description = "files, folders (every file under them) and glob patterns the output "
			 "is made from; a change in one rebuilds" },
	{ .name = "output", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the file or folder the command makes; it is what is uploaded" },
	{ .name = "environment", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "variables added to the command's environment (inputs too); "
			 "SOURCE_DATE_EPOCH is 315532800 unless set here" },
	{ .name = "tools", .type = ATTR_LIST, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "programs whose `NAME --version` answer is an input (a new compiler "
			 "rebuilds)" },
	{ .name = "timeout", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "seconds the command may run (default 1800)" },
	{ .name = "inputs_sha256", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "SHA-256 of the inputs: the build's key in the cache" },
	{ .name = "output_sha256", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "SHA-256 of the output (a folder: of its sorted files)" },
	{ .name = "input_digests", .type = ATTR_MAP, .flags = ATTR_COMPUTED,
	  .elem_type = ATTR_STRING,
	  .description = "each input and the first 12 hex digits of its SHA-256; the command, "
			 "environment and tools as (command), (environment), (tool NAME)" },
	{ .name = NULL },
};

#define AWS_BUILD_ATTR                                                                      \
	{ .name = "build", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL | ATTR_CONFIG_ONLY,      \
	  .nested = aws_build_block_attrs,                                                      \
	  .description = "build what is uploaded with a command, from declared inputs, when "   \
			 "they change (instead of source): see docs/run-and-develop.md#build" }

/* plan_desired's step: build (or find in the cache) and set source. A
 * block holding values known only after apply leaves source unknown. */
static inline int aws_build_plan_desired(json_t *desired, const char *type, bool want_file,
					 struct strbuf *err)
{
	json_t *block = value_get(desired, "build");

	if (value_is_set(block) && value_contains_unknown(block)) {
		json_object_set_new(desired, "source", value_unknown());
		return 0;
	}
	return build_plan_desired(desired, type, want_file, NULL, err);
}

#endif
