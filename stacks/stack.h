/*
 * stack.h: the stack language's loaded model.
 *
 * A stack is one YAML file or a folder of *.yaml / *.yml files merged (a key
 * defined twice across files is an error naming both places), its variable
 * files left out (stack_files.c: which files are a stack). Top-level keys:
 *
 *   stack: NAME
 *   variables:  NAME: {type: TYPE, default, description, sensitive, nullable,
 *                      validation: [{condition, error_message}, ..]}
 *               TYPE: string, number, bool, any, list(T), set(T), map(T),
 *               object({NAME = T, NAME = optional(T, DEFAULT)}), tuple([T, ..])
 *   providers:  NAME: {type: aws, ...provider attributes}   (type defaults to NAME)
 *   locals:     NAME: EXPR
 *   resources:  NAME: {type: aws.s3.bucket, provider: NAME, depends_on: [..],
 *                      for_each: LIST-OR-MAP | count: N,
 *                      lifecycle: {prevent_destroy: bool, ignore_changes: [attr, ..]},
 *                      ...resource attributes}
 *   data:       NAME: {type: aws.ec2.vpc, provider: NAME, for_each | count,
 *                      ...lookup arguments}
 *               lookups: read, never owned; ${data.NAME.ATTR} (in a module: one
 *               per instance of the module, module.NAME.data.NAME)
 *   modules:    NAME: {source: ./path, for_each | count, depends_on,
 *                      providers: {MODULE'S NAME: CALLER'S NAME}, ...inputs}
 *   outputs:    NAME: {value: EXPR, description, sensitive}   or   NAME: EXPR
 *   environments: NAME: {mode: development|production, variables: {NAME: VALUE},
 *                        providers: {NAME: {SETTING: VALUE}}, backend: {...},
 *                        git_branch: BRANCH, git_tag: PATTERN (production only)}
 *               selected with -env NAME (stack_use_environment)
 *
 * A module is a stack of its own (a file or folder, loaded and validated on
 * its own, so its errors name its files): its variables are the inputs, its
 * outputs are ${module.NAME.OUTPUT} to the caller, and it uses the caller's
 * provider configurations (by the call's providers: where it names one). Resources and modules with for_each or count
 * stand for several instances; stacks/expand.h turns all of this into the
 * flat list of resource instances with addresses such as bucket["alice"],
 * logs[0] and module.lake.raw.
 *
 * Attribute values stay as written (jansson trees whose strings may contain
 * ${...}); stacks/expr.h evaluates them. Every node keeps its source position
 * so any later error can name file:line:col.
 *
 * Ownership: stack_load() returns a stack the caller frees with stack_free();
 * every pointer inside (json_t included) is owned by the stack and borrowed by
 * everyone else.
 */
#ifndef TERRACE_STACK_H
#define TERRACE_STACK_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "provider/base/diag.h"
#include "provider/base/strbuf.h"
#include "stacks/expr.h"

/* The file at the root of a system of stacks that lists them for -all
 * (cmd/all.c); never read as a stack file. */
#define STACK_SYSTEM_LIST "terrace.stacks.yaml"

struct provider_type;
struct resource_type;
struct yaml_positions;

struct stack_variable {
	char *name;
	char *type;            /* as written: "string", "list(string)", "object({...})",
	                          "list", "map" (or the default's kind when not written) */
	json_t *type_tree;     /* the type parsed (stacks/var_type.h) */
	bool typed;            /* a constraint is written (not the old list/map spellings,
	                          nor the default's kind): a module's inputs take it */
	json_t *default_value; /* NULL: required; json null: `default: null`, optional */
	json_t *default_written; /* the default as written, where a type converted it
				    (stacks/vars.c converts it with the edition's text) */
	char *description;
	bool sensitive;
	bool nullable;         /* false: null is refused, or the default taken in its place */
	/* validation rules: [{"kind": "validation", "condition": EXPR,
	 * "error_message": EXPR, "at": "file:line:col"}], or NULL */
	json_t *validations;
	struct src_pos pos;
};

struct stack_provider {
	char *name;            /* configuration name: "aws", "minio" */
	char *type;            /* provider type: "aws" */
	const struct provider_type *ptype;
	json_t *config;        /* attributes (without "type"), may hold ${var.x} */
	struct src_pos pos;
};

struct stack_local {
	char *name;
	json_t *value;         /* expression tree */
	struct src_pos pos;
};

struct stack_resource {
	char *name;            /* logical name, the key under resources: */
	char *type;            /* "aws.s3.bucket" */
	const struct resource_type *rtype;
	const struct provider_type *ptype;
	char *provider;        /* configuration name; default: the provider type's name */
	json_t *config;        /* attributes only (type/provider/depends_on/lifecycle removed) */
	char **depends_on;
	size_t n_depends_on;
	bool prevent_destroy;
	char **ignore_changes;
	size_t n_ignore_changes;
	json_t *for_each;      /* expression of a list or map, or NULL */
	json_t *count;         /* expression of a number, or NULL */
	/* lifecycle precondition/postcondition: [{"kind": "precondition" or
	 * "postcondition", "condition": EXPR, "error_message": EXPR, "at":
	 * "file:line:col"}], or NULL */
	json_t *conditions;
	struct src_pos pos;    /* of the resource's key */
};

/* A lookup (`data:` entry): what exists, read at every plan, never owned. */
struct stack_lookup {
	char *name;            /* the key under data: */
	char *address;         /* "data.NAME": its root in references, its dependency name */
	char *type;            /* "aws.ec2.vpc" */
	const struct lookup_type *ltype;
	const struct provider_type *ptype;
	char *provider;        /* configuration name; default: the provider type's name */
	json_t *config;        /* arguments only (type/provider/for_each/count removed) */
	json_t *for_each;      /* expression of a list or map, or NULL */
	json_t *count;         /* expression of a number, or NULL */
	struct src_pos pos;    /* of the lookup's key */
};

struct stack_module {
	char *name;
	char *source;          /* as written */
	struct stack *stack;   /* the module, loaded from source (relative to the caller's folder) */
	json_t *inputs;        /* variable name -> expression, in the caller's scope */
	json_t *for_each;      /* or NULL */
	json_t *count;         /* or NULL */
	char **depends_on;     /* resources and modules (module.NAME) of the caller */
	size_t n_depends_on;
	json_t *providers;     /* module's configuration name -> the caller's, or NULL */
	struct src_pos pos;
};

struct stack_output {
	char *name;
	json_t *value;         /* expression tree */
	char *description;
	bool sensitive;
	struct src_pos pos;
};

struct stack {
	char *name;
	char *path;            /* as given: file or folder */
	char *dir;             /* folder holding the stack (default state location) */
	char *module_dir;      /* ${path.module}: "." for the root stack; a module's folder
				  from the root stack's as its source says ("modules/zone"),
				  absolute for one of terrace's catalog */
	struct stack_variable *vars;
	size_t n_vars;
	struct stack_provider *providers;
	size_t n_providers;
	struct stack_resource *resources;
	size_t n_resources;
	json_t *resource_index;  /* name -> position in resources (the first of a name) */
	struct stack_output *outputs;
	size_t n_outputs;
	struct stack_local *locals;
	size_t n_locals;
	struct stack_module *modules;
	size_t n_modules;
	struct stack_lookup *lookups;
	size_t n_lookups;
	struct yaml_positions *positions; /* node -> position map (stacks/yaml.h) */
	json_t *backend;       /* the `backend:` block (type, bucket, ...: scalars), or NULL */
	json_t *lab;           /* the `lab:` block (see stack_lab_keys), or NULL */
	json_t *environments;  /* the `environments:` block, checked (stack_environment_keys),
	                          or NULL */
	bool settings_only;    /* loaded by stack_load_settings: the sections are empty */
	json_t *moved;         /* `moved:` [{"from": ADDRESS, "to": ADDRESS}], or NULL */
	json_t *removed;       /* `removed:` [{"from": ADDRESS, "destroy": bool}], or NULL */
	json_t *imports;       /* `import:` [{"to": ADDRESS, "id": ID}], or NULL */
	json_t *checks;        /* `checks:` NAME -> [{"kind": "assert", "condition",
	                          "error_message", "at"}]; the root stack's only */
	int module_depth;      /* 0: the root stack; n: a module called n levels down */
	bool judged_as_created; /* loaded by stack_load_to_validate (a module: as
	                           its caller): its checks judge every resource as
	                           created, with no state to say which exist */
	json_t *variable_files;  /* variable name -> the first variable file of the folder
	                            that sets it, never read for values (only -var-file
	                            files are), or NULL: for the message of a variable
	                            without a value */
};

/*
 * Load and validate a stack: YAML syntax, top-level structure, resource types
 * (with "did you mean"), attributes against the schema (unknown or misspelled
 * names with a suggestion, wrong types where the value is a literal, missing
 * required attributes), references (unknown variable, resource or attribute),
 * depends_on names, and dependency cycles (printing the cycle as
 * "a -> b -> a"). Returns 0, or -1 with every problem found in d.
 */
int stack_load(const char *path, struct stack **out, struct diags *d);
/* Whether name may name a variable, provider, resource, lookup, module,
 * local value or output: a letter or "_", then letters, digits, "_" and
 * "-" (so ${name.attr} can refer to it), as Terraform's names (stack_find.c;
 * the converters refuse a source's name that is none). */
bool stack_name_valid(const char *name);
/* Whether name is a word ${...} reads as something else (var, local, data,
 * each, count, module, path, terrace): no resource may be named so. */
bool stack_reserved_name(const char *name);
/*
 * The same read for what finds the state (name and backend, lab, moved,
 * removed, import): YAML syntax and the top level are checked as above (a
 * name defined twice included); what the variables, providers, resources,
 * outputs, ... sections hold is not read (yaml_load_file_top), like
 * Terraform's backend configuration, read without the resources' schemas.
 * The stack's lists are empty.
 */
int stack_load_settings(const char *path, struct stack **out, struct diags *d);
/* Both, with `var_files` (NULL-terminated, may be NULL: the -var-file
 * files) never read as stack files when they lie in the stack's folder.
 * A read of the settings alone skips every file of the folder with none of
 * a stack file's top-level keys (it cannot name the state); the full read
 * skips those whose keys are all variables the stack declares, and reports
 * the others ("is this a variable file?"). */
int stack_load_except(const char *path, const char *const *var_files, struct stack **out,
		      struct diags *d);
int stack_load_settings_except(const char *path, const char *const *var_files,
			       struct stack **out, struct diags *d);
/* stack_load_except for `terrace validate`, which reads no state: what AWS
 * judges only when an object is created (checks/words.c's create rows,
 * RULE_MIN_ZONES) is judged of every resource, as a create. Loaded by the
 * other entries (for plan, apply, import, ...), the stack leaves that to
 * plan, which knows from the state which objects exist and stay (a warning
 * at most) and which are created or replaced (refused). */
int stack_load_to_validate(const char *path, const char *const *var_files, struct stack **out,
			   struct diags *d);
void stack_free(struct stack *s);

/* The settings a `backend:` block of this type may have ("type" included),
 * NULL-terminated, or NULL for a type other than "local" and "s3". The
 * language owns the list; plan/'s backends accept exactly these. */
const char *const *stack_backend_settings(const char *type);

const struct stack_resource *stack_find_resource(const struct stack *s, const char *name);
const struct stack_provider *stack_find_provider(const struct stack *s, const char *name);
const struct stack_variable *stack_find_variable(const struct stack *s, const char *name);
/*
 * The `lab:` block of a stack run as a workshop lab (cmd/lab.c, cmd/sweep.c),
 * read before variables like `backend:` (literal values only):
 *   allowed_accounts:  [ACCOUNT_ID, ...]  AWS accounts lab and sweep may act in
 *   allowed_endpoints: [URL, ...]         endpoints they may act on (MinIO, moto)
 *   parallel:          N                  attendees worked on at once (default 8)
 *   attendee_variable: NAME               the variable given each attendee's id
 *                                         (default "attendee")
 *   name_prefix:       TEXT               the first part of the lab's names, for
 *                                         sweep: the prefix itself or followed
 *                                         by -, _, . or / (provider/aws/listing.h)
 *   credentials_output: NAME              an output naming a Secrets Manager secret
 *                                         (ARN or name) with the attendee's
 *                                         credentials; lab up writes its value to
 *                                         the attendee's credentials file (0600)
 */
extern const char *const stack_lab_keys[];

/*
 * The environments: block: each entry's keys are these (mode required;
 * git_branch and git_tag with mode production only). Names: letters, digits, '-' and
 * '_', up to 32, starting with a letter.
 */
extern const char *const stack_environment_keys[];
bool stack_environment_name_valid(const char *name);
/* The environment `name` (borrowed), or NULL with a message naming the
 * environments the stack has in err. */
const json_t *stack_environment(const struct stack *s, const char *name, struct strbuf *err);
/*
 * Make the stack the one environment `name` describes: its backend in place
 * of the stack's, its variable values in place of the variables' defaults
 * (so -var-file, -var and TERRACE_VAR_<name> still come first), its provider
 * settings over the providers' (setting by setting). A variable, provider
 * or setting the stack does not have is an error at its file:line:col. On a
 * stack from stack_load_settings only the backend changes. -1 with the
 * problems in d.
 */
int stack_use_environment(struct stack *s, const char *name, struct diags *d);

const struct stack_module *stack_find_module(const struct stack *s, const char *name);
const struct stack_local *stack_find_local(const struct stack *s, const char *name);
/* A lookup by its name ("azs") or its address ("data.azs"), or by one of
 * its instances' ("data.azs[0]"); NULL if none. */
const struct stack_lookup *stack_find_lookup(const struct stack *s, const char *name);

/* The resource a reference's root names: "lake", or one instance of it,
 * "bucket[\"alice\"]" / "logs[0]" (the key is not checked here); NULL for
 * roots inside modules and unknown names. *key (may be NULL) gets the key
 * part ("[0]") or NULL. */
const struct stack_resource *stack_resource_of_root(const struct stack *s, const char *root,
						    const char **key);

/* The checks a loaded stack's references get (unknown variables, locals,
 * resources, attributes, modules, lookups), made of value (a ${...} string
 * or a tree of them, written where owner says: "console") as of an
 * output's: each problem added to d; -1 when there was one. terrace
 * console checks its expressions so, to answer as validate. */
int stack_check_refs(const struct stack *s, const json_t *value, const char *owner,
		     struct diags *d);

/* Position of a value node inside the stack's trees, or of an object's key;
 * NULL when unknown (nodes built after loading). */
const struct src_pos *stack_pos_of(const struct stack *s, const json_t *node);
const struct src_pos *stack_key_pos(const struct stack *s, const json_t *object, const char *key);

/* Variable inputs, applied in this order, later ones winning: defaults,
 * TERRACE_VAR_<name> environment variables, -var-file files (YAML map) in
 * order given, -var name=value in order given. */
struct var_inputs {
	const char **var_files;
	size_t n_var_files;
	const char **var_args;   /* "name=value" */
	size_t n_var_args;
	/* A variable with no value is unknown (value_unknown()) instead of an
	 * error: for commands that evaluate only part of the stack (sweep, which
	 * needs only the provider configurations). */
	bool missing_unknown;
};

/*
 * Resolve every variable to a value of its declared type (stacks/var_type.h:
 * each value converted where it is given, a refusal naming that place and
 * the path inside the value), null as `nullable` says; then judge every
 * validation rule of the variables whose values are known, each failing one
 * an error at its condition. A variable with no default and no value is an
 * error naming it. Unknown names given with -var or in a var file are
 * errors (with a suggestion). *values gets a new object name -> value.
 */
int stack_resolve_variables(const struct stack *s, const struct var_inputs *in,
			    json_t **values, struct diags *d);
/*
 * The two halves of stack_resolve_variables (which uses the newest
 * function results), for a command whose state says the deployment's
 * edition only once read, and whose workspace the variables may choose:
 * resolve with edition's text for a number given to a string variable
 * (1e+20, or 100000000000000000000 in "terraform-2"), *by_edition (may
 * be NULL) set when such a text is not the same in every edition, *sources
 * where each value came from ("-var x=...", "vars.yaml:3:7"); then judge
 * the validation rules with the deployment's edition's function results,
 * each failing one an error at its condition. Both -1 on an error.
 */
int stack_resolve_variables_as(const struct stack *s, const struct var_inputs *in,
			       enum func_edition edition, json_t **values, json_t **sources,
			       bool *by_edition, struct diags *d);
int stack_judge_variables(const struct stack *s, const json_t *values, const json_t *sources,
			  enum func_edition edition, struct diags *d);

/* Every resource name that resource r depends on, through references in its
 * attributes and through depends_on, and the addresses ("data.NAME") of
 * the lookups it uses; a new NULL-terminated array of borrowed names (free
 * the array only). */
const char **stack_resource_deps(const struct stack *s, const struct stack_resource *r, size_t *n);
/* The same for a lookup: the resources and lookups its arguments use. */
const char **stack_lookup_deps(const struct stack *s, const struct stack_lookup *l, size_t *n);

#endif
