/*
 * stack_internal.h: what stack.c (loading) and the files it calls
 * (stack_files.c, stack_blocks.c, stack_model.c), validate.c (checks against
 * the schema, references, cycles), vars.c (variable values) and stack_find.c
 * (finders, positions, messages: below them all) share. Not for use outside
 * stacks/. The files call each other one way, stack.c on top; the one call
 * back up, loading a module's stack, is passed down (struct stack_merged's
 * load_module).
 */
#ifndef TERRACE_STACK_INTERNAL_H
#define TERRACE_STACK_INTERNAL_H

#include <jansson.h>
#include <stdbool.h>

#include "stacks/stack.h"
#include "provider/base/strbuf.h"

/* validate.c: every check that needs the whole stack (schemas, provider
 * configurations, references, depends_on, cycles). Returns 0 or -1. */
int stack_validate(const struct stack *s, struct diags *d);

/* After an "unknown attribute" error: "did you mean" among the attributes
 * (only those the user may set when settable_only), else the list of them. */
struct attr_schema;
void stack_suggest_attr(struct diags *d, const char *name, const struct attr_schema *attrs,
			bool settable_only);

/* stack_find.c: the position of a value, falling back to the position of
 * the key that holds it (true, false and null have no position of their
 * own). */
const struct src_pos *stack_value_pos(const struct stack *s, const json_t *parent,
				      const char *key, const json_t *value);

/* A value's type with its article, for messages: "a list", "null". */

/* stack_find.c: "a" or "an", for "must be a bool" / "must be an object". */
const char *stack_article(const char *word);

/* ---- loading: stack.c, stack_files.c, stack_blocks.c, stack_model.c ------ */

/* stack.c: load the module at path, called by stack `caller` (one module
 * deeper, judged as created when it is). */
typedef int (*stack_load_module_fn)(const char *path, const struct stack *caller,
				    struct stack **out, struct diags *d);

/* The merged top level: the stack name and one object per section, in the
 * order of stack.c's sections[] (variables, providers, resources, outputs,
 * locals, modules, checks, data). */
#define STACK_N_SECTIONS 8
struct stack_merged {
	json_t *name;            /* the stack: value, borrowed from name_doc */
	json_t *name_doc;
	json_t *sections[STACK_N_SECTIONS];
	json_t *declared;        /* the variables the stack files declare: name -> true */
	/* stack.c's loader, which stack_model.c calls for each module: loading
	 * a module loads a stack (a real recursion), so it is passed down here
	 * rather than called by name, and stack_model.c does not call stack.c. */
	stack_load_module_fn load_module;
};

/* stack_find.c: "X \"name\" is defined twice", with where it first was. */
void stack_report_twice(struct diags *d, const struct src_pos *pos, const char *what,
			const char *name, const struct src_pos *first);

/* stack_find.c: "unknown key K in WHERE", with a "did you mean" among known or
 * the list of them. */
void stack_unknown_key(struct diags *d, const struct src_pos *pos, const char *key,
		       const char *where, const char *const *known, size_t n_known);

/* stack_files.c: the top-level keys of a stack file, in the order messages
 * list them. */
#define STACK_N_TOP_LEVEL_KEYS 15
extern const char *const stack_top_level_keys[STACK_N_TOP_LEVEL_KEYS];

/* stack_files.c: does a non-empty map have at least one key a stack file may
 * have? (An empty map is an empty stack file.) */
bool stack_has_top_level_key(json_t *doc);

/* stack_files.c: dir/name, with one "/" between. */
char *stack_join_path(const char *dir, const char *name);

/* stack_files.c: the stack files of a folder but the -var-file ones, sorted;
 * -1 when it cannot be read or has none. */
int stack_list_files(const char *dir, const char *const *var_files, char ***files,
		     size_t *n, struct diags *d);

/* stack_files.c: the variables the documents with a stack file's keys
 * declare, as name -> true. */
json_t *stack_declared_variables(json_t *const *docs, size_t n);

/* stack_files.c: is this document of a stack folder a variable file, never
 * read as a stack file? */
bool stack_is_variable_file(const json_t *doc, const json_t *declared, bool settings_only);

/* stack_files.c: is this document of a stack folder, at path, a state
 * machine's definition (*.asl.yaml holding StartAt and States, none of a
 * stack file's keys), never read as a stack file? */
bool stack_is_definition_file(const char *path, const json_t *doc);

/* stack_files.c: note which variables a variable file of the folder sets
 * (stack.h, variable_files). */
void stack_note_variable_file(struct stack *s, const char *path, const json_t *doc);

/* stack_blocks.c: merge top-level key `key` of doc when it is one of the
 * blocks backend, lab, environments, moved, removed or import (checking
 * it); false when it is none of them. */
bool stack_merge_block(struct stack *s, json_t *doc, const char *key, json_t *value,
		       struct diags *d);

/* stack_blocks.c: every environment's names checked against the whole stack. */
void stack_check_environment_names(struct stack *s, struct diags *d);

/* stack_model.c: build s's variables, providers, locals, resources, modules,
 * outputs, checks and lookups from m. */
void stack_build(struct stack *s, struct stack_merged *m, struct diags *d);

#endif
