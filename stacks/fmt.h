/*
 * fmt.h: the canonical layout of a stack file, for `terrace fmt`.
 *
 * The layout: two spaces per level of nesting, "- " before a sequence
 * entry, one space after a key's colon, in a flow collection written on one
 * line one space after each comma and colon, none inside braces or
 * brackets ({a: 1, b: [x, y]}, YAML's usual flow style), no
 * trailing whitespace, at most one blank line in a row, none at the start,
 * exactly one newline at the end; a comment line takes the indentation of
 * the line after it. Block scalars (| and >) keep their text: their lines
 * move with their key. Nothing else changes: keys, values, quoting and
 * comments stay as written.
 */
#ifndef TERRACE_STACKS_FMT_H
#define TERRACE_STACKS_FMT_H

#include <stddef.h>

#include "provider/base/diag.h"
#include "provider/base/strbuf.h"

/*
 * Lay out text (the file `name`) canonically into out. 0 done (out may
 * equal the input); -1 with problems in d: the text is not valid YAML
 * (file:line:col), or the layout would change what the file means (then
 * nothing should be written; it names the file).
 */
int stack_fmt(const char *name, const char *text, size_t len, struct strbuf *out,
	      struct diags *d);

#endif
