/*
 * builtin_lookups.h: the lookup kinds that belong to terrace itself, not
 * to a provider (today one: terrace.stack, another stack's outputs), and
 * finding any lookup kind by name, built-in or a provider's. See
 * builtin_lookups.c for why they live here.
 */
#ifndef TERRACE_BUILTIN_LOOKUPS_H
#define TERRACE_BUILTIN_LOOKUPS_H

#include "provider/provider.h"

/* terrace.stack: its schema. Its read is plan/stack_read.c's (read is NULL
 * here: reading a state takes a backend, which only plan/ has). */
extern const struct lookup_type terrace_stack_lookup;

/* The lookup kind `name`: a built-in one (*pt set to NULL) or a
 * provider's (lookup_type_find); NULL when there is none. */
const struct lookup_type *lookup_kind_find(const char *name, const struct provider_type **pt);

#endif
