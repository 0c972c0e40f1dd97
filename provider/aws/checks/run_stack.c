/*
 * checks/run_stack.c: the runner of the STACK rows of the one table of
 * checks (checks/row.h): the aws provider's checks across resources as
 * the stack writes them (the aws provider's check hook, CHECK_ACROSS, run by `terrace
 * validate` and again by `terrace plan`): first the roles' trust (every
 * service's ROLE_TRUST rows, checks/roles.c), the words rows that cross a
 * reference (checks/words.c's, which a resource alone cannot judge), then each STACK row's
 * `across`, in aws_rules_tables' order (the shared table's rows: one name
 * one object, the kinds, facts, associations and siblings; then each
 * service's, its checks in its rules.c); and the types they are handed
 * (provider_type.check_resources_types).
 */
#include <pthread.h>
#include <stddef.h>

#include "provider/aws/checks/checks.h"
#include "provider/aws/checks/kinds/api.h"
#include "provider/aws/checks/words.h"

/* The types the STACK rows are handed (provider_type.check_resources_types):
 * the shared table's rows (one name one object, the kinds, facts,
 * associations and siblings) look at every type of both families, so every
 * resource is handed over and each row picks its own by their types
 * (test_rules_across holds that these name every type). */
const char *const aws_check_resources_types[] = { "aws.*", "awscc.*", NULL };

/* The ROLE_TRUST rows of every table (row.h's `trust`), in the tables'
 * order, gathered once. */
static const struct aws_check_row **trust_rows;
static pthread_once_t trust_once = PTHREAD_ONCE_INIT;

static void gather_trust_rows(void)
{
	size_t n = 0;
	for (const struct aws_check_row *c = aws_rows_next(NULL, AWS_SCOPE_STACK); c;
	     c = aws_rows_next(c, AWS_SCOPE_STACK))
		n += c->trust != NULL;
	trust_rows = xcalloc(n + 1, sizeof(*trust_rows));
	n = 0;
	for (const struct aws_check_row *c = aws_rows_next(NULL, AWS_SCOPE_STACK); c;
	     c = aws_rows_next(c, AWS_SCOPE_STACK))
		if (c->trust)
			trust_rows[n++] = c;
}

/* The words rows that cross a reference (aws_words_crosses), gathered
 * once: each judged here on every resource of its type, a create's row on
 * what is created (and at validate), an update's not (the object it goes
 * to is not at hand); a row of any call reads, in a premise on the object
 * now (WAS), an update's prior (written_resource's). */
static const struct aws_check_row **crossing_rows;
static pthread_once_t crossing_once = PTHREAD_ONCE_INIT;

static void gather_crossing_rows(void)
{
	size_t n = 0;
	for (const struct aws_check_row *c = aws_rows_next(NULL, AWS_SCOPE_RESOURCE); c;
	     c = aws_rows_next(c, AWS_SCOPE_RESOURCE))
		n += aws_words_crosses(c);
	crossing_rows = xcalloc(n + 1, sizeof(*crossing_rows));
	n = 0;
	for (const struct aws_check_row *c = aws_rows_next(NULL, AWS_SCOPE_RESOURCE); c;
	     c = aws_rows_next(c, AWS_SCOPE_RESOURCE))
		if (aws_words_crosses(c))
			crossing_rows[n++] = c;
}

static void check_words_across(const struct written_resource *rs, size_t n,
			       check_report_fn report, void *ctx)
{
	pthread_once(&crossing_once, gather_crossing_rows);
	for (size_t i = 0; i < n; i++)
		for (const struct aws_check_row **c = crossing_rows; *c; c++) {
			struct strbuf err = STRBUF_INIT;
			const char *attr = NULL;

			if (!aws_row_type_names((*c)->type, rs[i].type) ||
			    (*c)->call == AWS_CALL_UPDATE ||
			    ((*c)->call == AWS_CALL_CREATE && !rs[i].creating))
				continue;
			if (aws_words_check_across(*c, rs, n, i, &attr, &err))
				report(ctx, &(struct check_finding){
					.warning = false, .which = i, .attr = attr,
					.other = WRITTEN_NONE, .message = err.buf });
			strbuf_release(&err);
		}
}

void aws_check_resources(const struct written_resource *rs, size_t n,
			 check_report_fn report, void *ctx)
{
	pthread_once(&trust_once, gather_trust_rows);
	aws_kind_names_index(rs, n);
	aws_check_roles(rs, n, trust_rows, report, ctx);
	check_words_across(rs, n, report, ctx);
	for (const struct aws_check_row *c = aws_rows_next(NULL, AWS_SCOPE_STACK); c;
	     c = aws_rows_next(c, AWS_SCOPE_STACK))
		if (c->across) /* a ROLE_TRUST row: aws_check_roles', above */
			c->across(rs, n, report, ctx);
	aws_kind_names_forget();
}
