/*
 * kinds/associations.h: at most N of an association (associations.c, its
 * rows in associations.def): an object named by more of the stack's
 * resources than AWS lets it be associated with is refused.
 */
#ifndef TERRACE_AWS_KINDS_ASSOCIATIONS_H
#define TERRACE_AWS_KINDS_ASSOCIATIONS_H

#include "provider/provider.h"

void aws_check_associations(const struct written_resource *rs, size_t n,
			    check_report_fn report, void *ctx);

#endif
