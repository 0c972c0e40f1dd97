/*
 * hcl.h: a Terraform configuration file's body (HCL's native syntax) as
 * `terrace convert` reads it (stacks/convert_tf.c): blocks with their labels,
 * attributes whose values are expressions of terrace's own ${...} language
 * (stacks/expr_parse.c: HCL's expression syntax), comments (#, //, / * * /)
 * skipped. Why not a library: docs/design.md, "Reading HCL".
 */
#ifndef TERRACE_STACKS_HCL_H
#define TERRACE_STACKS_HCL_H

#include <stdbool.h>
#include <stddef.h>

#include "provider/base/diag.h"

struct expr_node;
struct hcl_body;

/* One attribute (name = EXPR) or one block (type "label" ... { body }). */
struct hcl_item {
	char *name;            /* the attribute's name, or the block's type */
	struct src_pos pos;    /* where the name starts */
	/* An attribute: */
	struct expr_node *expr;  /* its value parsed, or NULL (see expr_error) */
	char *text;            /* the buffer expr was parsed from: the value's
			        * source with comments blanked, then "\n}";
			        * spans of expr point into it */
	size_t text_len;       /* the value's length in text (without the "}") */
	char *expr_error;      /* why the value did not parse (a function
			        * terrace lacks, ...); NULL when expr is set */
	/* A block: */
	bool is_block;
	char **labels;
	size_t n_labels;
	struct hcl_body *body;
};

struct hcl_body {
	struct hcl_item *items;
	size_t n, alloc;
};

/*
 * Parse the HCL text of file (len bytes) into a new body. A syntax error of
 * the body (a block not closed, a token where an attribute or a block
 * belongs) is an error in d at file:line:col and NULL. A value that is not
 * an expression terrace reads is kept with expr_error set, for the caller to
 * name; a value whose brackets or quotes do not close is a syntax error.
 * file must outlive the body (positions point to it).
 */
struct hcl_body *hcl_parse(const char *file, const char *text, size_t len, struct diags *d);
void hcl_body_free(struct hcl_body *b);

/* The first attribute of b named name, or NULL. */
const struct hcl_item *hcl_attr(const struct hcl_body *b, const char *name);

#endif
