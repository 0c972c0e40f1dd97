/*
 * api.h: what the rest of the aws provider sees of the awscc types
 * (cloudcontrol.h has the rest): finding one by its name, built on first
 * use, and every name, for "did you mean". The aws provider's find_type and
 * type_names hooks.
 */
#ifndef TERRACE_AWS_CLOUDCONTROL_API_H
#define TERRACE_AWS_CLOUDCONTROL_API_H

#include <stddef.h>

#include "provider/provider.h"

/* The type named `name` ("awscc.sqs.queue"), built on first use and kept
 * (safe from several threads), or NULL when the table has none. */
const struct resource_type *cc_type_find(const char *name);
/* Every awscc type's name, sorted (static). */
const char *const *cc_type_names(size_t *n);

#endif
