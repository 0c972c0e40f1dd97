/*
 * yaml_hint.h: what a libyaml syntax error means in a stack, as a hint
 * naming the line and the fix (stacks/yaml_hint.c): libyaml's message
 * says where its parser stopped ("did not find expected key"), the hint
 * says why (a quote inside a double-quoted string ended it at 5:27) and how
 * to write it instead. Used by stacks/yaml.c for every syntax error.
 */
#ifndef TERRACE_YAML_HINT_H
#define TERRACE_YAML_HINT_H

#include <stddef.h>

#include "provider/base/diag.h"

/* libyaml's error: its problem and where (line and column 1-based, the
 * column in characters), the context it was in ("while parsing a flow
 * mapping"; NULL for none) and where that started. */
struct yaml_problem {
	const char *problem;
	struct src_pos at;
	const char *context;
	struct src_pos context_at;
};

/* The hint for p in text (the file's len bytes), to free; NULL when the
 * problem is not one the table knows or its cause is not recognised. */
char *yaml_hint(const char *text, size_t len, const struct yaml_problem *p);

#endif
