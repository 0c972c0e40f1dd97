/*
 * cfn_ref.h: what CloudFormation's Ref of a resource returns, per type
 * (cfn_ref.gen.c, written by stacks/gen_cfn_ref.py from the CloudFormation
 * user guide's "Return values" and the registry's schemas), for `terrace
 * convert` (convert_cfn_expr.c).
 */
#ifndef TERRACE_STACKS_CFN_REF_H
#define TERRACE_STACKS_CFN_REF_H

#include <stddef.h>

struct cfn_ref_row {
	const char *type;      /* AWS::Events::Rule */
	const char *property;  /* the top-level property Ref gives (Name), or NULL: no answer */
	const char *said;      /* the user guide's sentence */
};

extern const struct cfn_ref_row cfn_ref_rows[];
extern const size_t cfn_ref_n_rows;

/* The row of CloudFormation type cfn_type, or NULL when the user guide
 * says nothing of it. */
const struct cfn_ref_row *cfn_ref_find(const char *cfn_type);

#endif
