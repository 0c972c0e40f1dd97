/*
 * yaml.h: YAML files to jansson trees, remembering where every node came
 * from.
 *
 * Scalars follow the YAML 1.2 core schema: a plain (unquoted) scalar that
 * reads as null (~, null, empty), a bool (true/false), an integer (decimal,
 * 0x.., 0o..) or a float becomes that JSON type; quoted and block scalars,
 * and anything tagged !!str, stay strings. Infinite and NaN floats, anchors
 * and aliases, duplicate keys, non-scalar keys and a second document in one
 * file are errors. Syntax errors are reported as libyaml describes them, at
 * libyaml's problem position.
 *
 * struct yaml_positions maps every node (by json_t pointer) to its position,
 * and every object key (by object pointer and key) to the key's position.
 * jansson's true, false and null are shared singletons, so they have no
 * position of their own: yaml_pos_of() returns NULL for them and callers fall
 * back to the position of the key that holds them.
 *
 * Ownership: the positions map keeps a reference to every document it loaded,
 * so the recorded pointers stay valid (and unique) until yaml_positions_free().
 * File names in positions are interned in the map and live as long as it, and
 * so do the struct src_pos that yaml_pos_of() / yaml_key_pos() return.
 */
#ifndef TERRACE_YAML_H
#define TERRACE_YAML_H

#include <jansson.h>
#include <stddef.h>

#include "provider/base/diag.h"

struct yaml_positions;

struct yaml_positions *yaml_positions_new(void);
void yaml_positions_free(struct yaml_positions *p);

/*
 * Load one YAML file. *out gets a new reference to the document (json null
 * for an empty file). Returns 0, or -1 with every problem found added to d
 * as "FILE:LINE:COL: error: ...". p may be NULL when positions are not
 * needed (errors still carry file:line:col).
 */
int yaml_load_file(const char *path, struct yaml_positions *p, json_t **out,
		   struct diags *d);

/*
 * The same for a reader that needs the top level alone: the values of the
 * top-level map under keys other than deep_keys (NULL-terminated) are read
 * for their names only (a map becomes its keys, each holding null; a list
 * becomes empty); what they hold is checked for YAML syntax, nothing more.
 */
int yaml_load_file_top(const char *path, const char *const *deep_keys,
		       struct yaml_positions *p, json_t **out, struct diags *d);

/* The same for text in memory; name is used as the file in positions. */
int yaml_load_string(const char *name, const char *text, size_t len,
		     struct yaml_positions *p, json_t **out, struct diags *d);

/* The same, keeping local tags as CloudFormation's short forms need them
 * (stacks/convert_cfn.c): a node tagged !NAME (not !!NAME) becomes the map
 * {"!NAME": node}, a scalar under it a string. */
int yaml_load_string_tagged(const char *name, const char *text, size_t len,
			    struct yaml_positions *p, json_t **out, struct diags *d);
/* The same for a valid JSON text (jansson has read it): JSON is YAML, but
 * for what libyaml reads otherwise (a surrogate pair's escape, refused; a
 * raw U+0085, U+2028 or U+2029 in a string, YAML 1.1's line breaks; a tab
 * between tokens), which is given to it as YAML's escape of the same
 * character: the values are JSON's. */
int yaml_load_json_string(const char *name, const char *text, size_t len,
			  struct yaml_positions *p, json_t **out, struct diags *d);
const struct src_pos *yaml_pos_of(const struct yaml_positions *p, const json_t *node);
const struct src_pos *yaml_key_pos(const struct yaml_positions *p, const json_t *object,
				   const char *key);

/* Record a position by hand (for nodes built from loaded ones). */
void yaml_set_pos(struct yaml_positions *p, const json_t *node, const struct src_pos *pos);
void yaml_set_key_pos(struct yaml_positions *p, const json_t *object, const char *key,
		      const struct src_pos *pos);

/* Keep a reference to node for as long as p lives (so its pointer, and the
 * pointers of everything inside it, stay valid). */
void yaml_positions_hold(struct yaml_positions *p, json_t *node);

/* A copy of file that lives as long as p, for struct src_pos.file. */
const char *yaml_intern_file(struct yaml_positions *p, const char *file);

/* "string", "number", "bool", "null", "list" or "map": the YAML-facing name
 * of a value's type, for messages. */
const char *yaml_type_name(const json_t *v);

#endif
