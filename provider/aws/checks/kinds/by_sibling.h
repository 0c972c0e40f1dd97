/*
 * kinds/by_sibling.h: kinds that depend on a sibling and rules that depend
 * on what a reference names (kinds/by_sibling.c; the rows, each citing its
 * AWS page or error, in kinds/by_sibling.def), for the aws provider's
 * checks across resources and the unit test of the rows.
 */
#ifndef TERRACE_AWS_KINDS_BY_SIBLING_H
#define TERRACE_AWS_KINDS_BY_SIBLING_H

#include <stdbool.h>
#include <stddef.h>

#include "provider/provider.h"

/* by_sibling.def's BY_SIBLING, ACROSS and REQUIRED_BY_KIND rows. */
struct aws_by_sibling {
	const char *type, *path, *sibling, *dflt, *values, *kinds, *said, *source;
};
struct aws_across {
	const char *type, *path, *self, *self_values, *other_types, *other, *other_values,
		*other_default, *why, *fix, *source;
};
struct aws_required_by_kind {
	const char *type, *path, *kinds, *required, *why, *fix, *source;
};
extern const struct aws_by_sibling aws_by_sibling_rows[];             /* ends with {NULL} */
extern const struct aws_across aws_across_rows[];                     /* ends with {NULL} */
extern const struct aws_required_by_kind aws_required_by_kind_rows[]; /* ends with {NULL} */

/* Whether a kind of that name (the first len bytes) is aws_kinds[]'s or
 * by_sibling.def's; its words for messages (NULL: none). */
bool aws_by_sibling_kind_known(const char *name, size_t len);
const char *aws_by_sibling_words(const char *name, size_t len);
/* An example of the kind, for "write one like": the pattern's own. */
const char *aws_by_sibling_example(const char *name, size_t len);
/* Whether literal s is of the kind: 1 yes, 0 no, -1 the kind has no
 * pattern (any literal passes). */
int aws_by_sibling_literal_is(const char *name, size_t len, const char *s);

/* The checks across resources' part: each string of a kind its sibling
 * asks for held to it, each reference held to the rows across resources,
 * each value of a kind that needs another attribute beside it. */
void aws_check_kinds_by_sibling(const struct written_resource *rs, size_t n,
				check_report_fn report, void *ctx);

#endif
