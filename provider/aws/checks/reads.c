/*
 * checks/reads.c: the runner of the READ rows of the one table of checks
 * (checks/row.h), the checks that read AWS (never change it), run at plan
 * on what a resource names that no stack makes (the aws provider's check hook, CHECK_READS,
 * aws_check_reads; `plan -refresh=false` skips them, as every read): each
 * READ row whose type names the resource's, in aws_rules_tables' order (the
 * shared table's, checks/tables.c: what a literal of a kind names, read by
 * kinds/reads.c; then the services': IAM's AWS managed policies a role, a
 * user or a group attaches, in iam/rules.c); the first that refuses is the
 * message.
 */
#include "provider/aws/checks/checks.h"

int aws_check_reads(void *client, const char *type, const json_t *prior, const json_t *desired,
		    const char **attr, struct strbuf *err)
{
	for (const struct aws_check_row *c = aws_rows_next(NULL, AWS_SCOPE_READ); c;
	     c = aws_rows_next(c, AWS_SCOPE_READ))
		if (aws_row_type_names(c->type, type) &&
		    c->read(client, c, type, prior, desired, attr, err))
			return -1;
	return 0;
}
