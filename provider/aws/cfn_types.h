/*
 * cfn_types.h: which CloudFormation type each written aws type is, and back
 * (cfn.map's "type" lines and types.def's twins, the table aws_cfn_types of
 * checks/row.h, defined in checks/cfn.c): the aws provider's public face of
 * that one table, for convert (cmd/convert.c: a CloudFormation type a
 * written type makes is written as that type). The checks declare the same
 * two in row.h, beside the table (cfn.c includes both, so the compiler
 * holds them equal).
 */
#ifndef TERRACE_AWS_CFN_TYPES_H
#define TERRACE_AWS_CFN_TYPES_H

/* The CloudFormation type of native type `type`, or NULL (cfn.map's
 * "none" types, and the awscc types, whose rows say their own). */
const char *aws_cfn_type_of(const char *type);
/* The native type whose CloudFormation type is cfn_type (the same table read
 * the other way: types.def's twins), or NULL. */
const char *aws_written_type_of(const char *cfn_type);

#endif
