/*
 * checks/cfn.h: the rows of CloudFormation's rules that checks/cfn.c (the
 * one engine for both families, its entry aws_cfn_check in checks/checks.h)
 * judges: a rule on a CloudFormation type's properties judges
 * its awscc type and, through cfn.map, its written twin, each in its own
 * attributes' names, by cloudcontrol's evaluator. The rows of the rules
 * between a block's attributes (between/rows.gen.c, from gen_between.py);
 * cfn-lint's extension rules carried for the written twins are checks/row.h's
 * aws_cfn_rules (constraints.gen.c, from gen_constraints.py).
 */
#ifndef TERRACE_AWS_CHECKS_CFN_H
#define TERRACE_AWS_CHECKS_CFN_H

#include <jansson.h>
#include <stdbool.h>

#include "provider/base/strbuf.h"

/* One rule between the attributes of one block, as JSON of between.c's
 * keywords ({"excludes": {"a": ["b"]}, "requires": {...}, "requiredXor":
 * [["a", "b"]], "requiredOr": [[...]]}), in the names of `type`. */
struct aws_between_row {
	const char *type;   /* "awscc.sqs.queue"; a written type ("aws.x.y") for a
			     * rule its CloudFormation twin cannot say */
	bool own;           /* judged on `type` itself (false: its schema's own
			     * keyword, which checks/schema/validate.c's walk judges) */
	const char *twin;   /* the written type the same rule judges through
			     * cfn.map ("aws.sqs.queue"), or NULL */
	const char *names;  /* JSON {TYPE's name: twin's attribute} of the names the
			     * rule reads, for twin; NULL without one */
	const char *block;  /* "" the resource itself, or a block's dotted path */
	const char *rule;
	const char *source; /* where the row comes from, named in the message */
};
extern const struct aws_between_row aws_between_rows[];

#endif
