/*
 * build.h: building what a resource uploads (a Lambda package, a job's jar
 * or script) from its declared inputs, once per distinct set of inputs.
 *
 * A build is a command (an argument list, run without a shell) run in a
 * working folder, whose result is one output (a file or a folder) under
 * it. Its inputs are files and glob patterns relative to that folder (a
 * folder stands for every file under it; one beside the folder, "../x",
 * by that name: never an absolute path, nor a folder holding the build's);
 * the command, the environment entries it is
 * given, the `--version` answer of each tool it names and the digests of
 * what it reads outside the folder (a wheelhouse, by its content: its
 * path, which differs between machines, is no input) count as inputs
 * too. The SHA-256 of all of them (OpenSSL) is the build's key:
 *
 *   - the output of a key already built is taken from the cache
 *     (.terrace/build/KEY/ under the current folder, then the shared cache
 *     TERRACE_BUILD_CACHE names, if any: a folder, or a URI a registered
 *     struct build_cache_store serves, like s3://BUCKET/PREFIX): nothing
 *     runs;
 *   - otherwise the command runs (SOURCE_DATE_EPOCH=315532800 exported, its
 *     output and errors written to .terrace/build/logs/KEY.log, within the
 *     timeout, stopped on SIGINT/SIGTERM through progress_stop_requested),
 *     and its output is copied into a new folder that is renamed into the
 *     cache only when complete: a failed or interrupted build leaves
 *     nothing a later run would take for a result; then it is put in the
 *     shared cache too. Builds of one output path take turns (a lock in
 *     .terrace/build/locks/), and so do builds of one key with a shared
 *     folder (a lock per key in its locks/, for checkouts sharing it).
 *
 * Library code: it never prints. What a build does is reported through
 * progress_status() (provider/base/progress.h) and log_debugf().
 */
#ifndef TERRACE_BUILD_H
#define TERRACE_BUILD_H

#include <jansson.h>
#include <stdbool.h>

#include "provider/base/strbuf.h"

#define BUILD_SHA256_HEX 65             /* 64 hex digits and a NUL */
#define BUILD_SOURCE_DATE_EPOCH "315532800" /* 1980-01-01T00:00:00Z, the zip epoch */
#define BUILD_CACHE_DIR ".terrace/build"
#define BUILD_SHARED_CACHE_ENV "TERRACE_BUILD_CACHE"
#define BUILD_DEFAULT_TIMEOUT 1800.0

/* What a build is, as the stack's `build` block writes it. Borrowed strings. */
struct build_spec {
	const char **command;    /* argv, n_command >= 1 */
	size_t n_command;
	const char *dir;         /* working folder, relative to the current one ("." when NULL) */
	const char **inputs;     /* files, folders and glob(3) patterns, relative to dir */
	size_t n_inputs;
	const char *output;      /* file or folder the command makes, relative to dir */
	const char *include;     /* a folder under dir whose files are copied into a folder
				    output after the command (its files must be inputs), or NULL */
	const char **env;        /* "NAME=value" entries added to the command's environment */
	size_t n_env;
	const char **tools;      /* programs whose `NAME --version` answer counts as an input */
	size_t n_tools;
	const char **outside;    /* "NAME=HEX": the SHA-256 of what the command reads outside
				    dir (pip's wheelhouse), an input as "(NAME)" */
	size_t n_outside;
	double timeout;          /* seconds; <= 0: BUILD_DEFAULT_TIMEOUT */
};

/* What a build gave. Release with build_result_release(). */
struct build_result {
	char inputs_sha256[BUILD_SHA256_HEX];
	char output_sha256[BUILD_SHA256_HEX];
	json_t *input_digests;   /* {"src/a.py": "12 hex digits", "(command)": ..., ...} */
	char *output_path;       /* the output in the local cache (a file or a folder) */
	bool output_is_dir;
	bool built;              /* the command ran now (false: taken from a cache) */
	bool from_shared;        /* taken from the shared cache (TERRACE_BUILD_CACHE) now */
};

void build_result_release(struct build_result *r);

/*
 * A shared cache that is not a folder: TERRACE_BUILD_CACHE values starting
 * with `scheme` ("s3://") are served by it. An entry is what the local
 * cache holds under a key: a folder with the output (a file or a folder)
 * and output.sha256. The aws provider registers the s3:// store
 * (provider/aws/build/build_cache_s3.c); provider/build knows none itself.
 * Both calls may run on several threads at once.
 */
struct build_cache_store {
	const char *scheme;
	/* Copy the entry `key` of the cache `uri` into the new folder `into`:
	 * 1 copied, 0 the cache has no such entry, -1 with err. */
	int (*get)(const char *uri, const char *key, const char *into, struct strbuf *err);
	/* Store the complete entry folder `from` as `key` in the cache `uri`. */
	int (*put)(const char *uri, const char *key, const char *from, struct strbuf *err);
};

/* Add a store (once; a second registration of the same one is ignored). */
void build_cache_store_register(const struct build_cache_store *store);

/*
 * The members of a resource type's `build` block, as provider/provider.h's
 * attr_schema initializers: a type writes
 *   static const struct attr_schema my_build_attrs[] = { BUILD_SCHEMA_MEMBERS, { .name = NULL } };
 * so every type that builds describes the block with the same words.
 */
#define BUILD_SCHEMA_MEMBERS \
	{ .name = "command", .type = ATTR_LIST, .flags = ATTR_REQUIRED, .elem_type = ATTR_STRING, \
	  .description = "the program and its arguments, run without a shell (write [sh, -c, " \
			 "\"...\"] for one)" }, \
	{ .name = "dir", .type = ATTR_STRING, .flags = ATTR_OPTIONAL, \
	  .description = "folder the command runs in; inputs and output are relative to it " \
			 "(default: the folder terrace runs in, which -chdir=DIR sets, as for file() " \
			 "and an artifact's source)" }, \
	{ .name = "inputs", .type = ATTR_LIST, .flags = ATTR_REQUIRED, .elem_type = ATTR_STRING, \
	  .description = "files, folders (every file under them) and glob patterns the output " \
			 "is made from; a change in one rebuilds" }, \
	{ .name = "output", .type = ATTR_STRING, .flags = ATTR_REQUIRED, \
	  .description = "the file or folder the command makes; it is what is uploaded" }, \
	{ .name = "include", .type = ATTR_STRING, .flags = ATTR_OPTIONAL, \
	  .description = "a folder whose files are copied into the (folder) output after the " \
			 "command, like a function's code beside the libraries the command " \
			 "installed; name it in inputs too" }, \
	{ .name = "environment", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING, \
	  .description = "variables added to the command's environment (inputs too); " \
			 "SOURCE_DATE_EPOCH is 315532800 unless set here" }, \
	{ .name = "tools", .type = ATTR_LIST, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING, \
	  .description = "programs whose `NAME --version` answer is an input (a new compiler " \
			 "rebuilds)" }, \
	{ .name = "timeout", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL, \
	  .description = "seconds the command may run (default 1800)" }, \
	{ .name = "inputs_sha256", .type = ATTR_STRING, .flags = ATTR_COMPUTED, \
	  .description = "SHA-256 of the inputs: the build's key in the cache" }, \
	{ .name = "output_sha256", .type = ATTR_STRING, .flags = ATTR_COMPUTED, \
	  .description = "SHA-256 of the output (a folder: of its sorted files)" }, \
	{ .name = "input_digests", .type = ATTR_MAP, .flags = ATTR_COMPUTED, \
	  .elem_type = ATTR_STRING, \
	  .description = "each input and the first 12 hex digits of its SHA-256; the command, " \
			 "environment and tools as (command), (environment), (tool NAME)" }


/*
 * The inputs' key and digests only (r->output_path NULL): nothing runs but
 * the tools' --version. -1 with a message naming the input at fault.
 */
int build_hash_inputs(const struct build_spec *spec, struct build_result *r, struct strbuf *err);

/*
 * The inputs' key, then the output from the cache, building it when no
 * cache has it. -1 with a message: a failed command's exit status, its
 * last lines and the path of its log; an output the command did not make;
 * a timeout or an interrupt.
 */
int build_ensure(const struct build_spec *spec, struct build_result *r, struct strbuf *err);

/* The hex SHA-256 of a string. */
void build_text_sha256(const char *text, char out[BUILD_SHA256_HEX]);

/* The hex SHA-256 of a regular file's bytes, or of a folder's files (their
 * sorted relative paths, executable bits and contents). */
int build_path_sha256(const char *path, char out[BUILD_SHA256_HEX], struct strbuf *err);

/*
 * The step every type with a `build` attribute calls from plan_desired:
 * when desired["build"] is set (an object as build_schema_attrs describes),
 * build it (or find it in the cache) and set desired["source"] to the
 * output in the cache, and the build block's computed members
 * inputs_sha256, output_sha256 and input_digests. `type` names the
 * resource type in messages; want_file refuses a folder output (for types
 * that upload one file). `outside` (may be NULL) maps a name to the hex
 * SHA-256 of what the command reads outside its folder (build_spec's
 * outside): inputs of the key, not members of the block. Without `build`
 * it does nothing. A stack may not set both `build` and `source`. *built
 * (may be NULL) says whether the command ran now (false: the output came
 * from a cache).
 */
int build_plan_desired(json_t *desired, const char *type, bool want_file, const json_t *outside,
		       bool *built, struct strbuf *err);

/*
 * "2 of 31 inputs changed: src/a.py, requirements.txt" between two
 * input_digests maps (before may be NULL: "31 inputs, first build"); ""
 * when they are equal.
 */
void build_describe_changes(const json_t *before, const json_t *after, struct strbuf *out);

#endif
