/*
 * build/api.h: what is built before an upload, as the AWS types that
 * upload what a command builds (aws.s3.artifact, aws.lambda.function,
 * aws.lambda.layer_version) see it: the `build` block, and the one call
 * their plan_desired makes (build_python.c); the deterministic zip packages
 * a folder is sent as (zip.h); the shared build cache in S3
 * (build_cache_s3.c). The mechanism is provider/build/build.h's; this is
 * its schema and the step from evaluated attributes to it.
 */
#ifndef TERRACE_AWS_BUILD_API_H
#define TERRACE_AWS_BUILD_API_H

#include "provider/aws/build/zip.h"
#include "provider/build/build.h"
#include "provider/provider.h"

static const struct attr_schema aws_build_block_attrs[] = {
	BUILD_SCHEMA_MEMBERS,
	{ .name = NULL },
};

#define AWS_BUILD_ATTR                                                                      \
	{ .name = "build", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL | ATTR_CONFIG_ONLY,      \
	  .nested = aws_build_block_attrs,                                                      \
	  .description = "build what is uploaded with a command, from declared inputs, when "   \
			 "they change (instead of source): see docs/run-and-develop.md#build" }

static const struct attr_schema aws_python_block_attrs[] = {
	{ .name = "requirements", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "a pip requirements file, installed for the runtime's Python version and "
			 "the architecture (binary wheels only)" },
	{ .name = NULL },
};

#define AWS_PYTHON_ATTR                                                                     \
	{ .name = "python", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL | ATTR_CONFIG_ONLY,     \
	  .nested = aws_python_block_attrs,                                                     \
	  .description = "install a requirements file with pip for the runtime and "            \
			 "architecture into the package (a layer: under python/), built and cached " \
			 "as a build block is: see docs/run-and-develop.md#python" }

/* What is uploaded: one file (aws.s3.artifact), a function's code, a layer's content. */
enum aws_build_kind { AWS_BUILD_FILE, AWS_BUILD_FUNCTION, AWS_BUILD_LAYER };

/*
 * plan_desired's step, the one call each type makes: a `python` block
 * (functions and layers) becomes the build block that runs pip; then the
 * build runs or is found in the cache (provider/build/build.h) and `source`
 * names its output. A block holding values known only after apply leaves
 * source unknown. Without build or python: nothing.
 */
int aws_build_plan_desired(json_t *desired, const char *type, enum aws_build_kind kind,
			   struct strbuf *err);

/*
 * resource_type.upgrade_stored of the types with a python block: the build
 * block (and the source in the cache it names) a release before wrote,
 * whose key held the wheelhouse's path (PIP_FIND_LINKS in its
 * environment), taken for the one built now when nothing else in it
 * differs and the output has the same bytes (build_python.c).
 */
json_t *aws_build_upgrade_stored(const json_t *stored, const json_t *desired);

/* The shared build cache in S3, TERRACE_BUILD_CACHE=s3://BUCKET/PREFIX
 * (build_cache_s3.c); provider.c registers it. */
extern const struct build_cache_store aws_build_cache_s3;

#endif
