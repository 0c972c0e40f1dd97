/*
 * build_internal.h: what build.c (the inputs' key, running a build),
 * cache.c (the local and shared caches) and files.c (paths, the files under
 * a path, SHA-256s: below both) share. Not for use outside provider/build/.
 */
#ifndef TERRACE_BUILD_INTERNAL_H
#define TERRACE_BUILD_INTERNAL_H

#include <openssl/evp.h>
#include <stdbool.h>
#include <stddef.h>

#include "provider/base/strbuf.h"
#include "provider/build/build.h"

#define BUILD_MAX_DEPTH 64 /* rm -rf goes no deeper (it follows no link) */

/* ---- files.c: paths, the files under a path, SHA-256s ---- */

/* files.c: dir/name ("." or no dir: name alone; name ".": dir alone). */
char *build_join(const char *dir, const char *name);

/* files.c: mkdir -p. */
int build_make_dirs(const char *path, struct strbuf *err);

/* files.c: rm -rf; a missing path is fine. */
int build_remove_tree(const char *path, int depth);

/* files.c: copy a file (its executable bit kept) or a folder's files; a
 * symbolic link back to a folder the copy is inside is an error. */
int build_copy_tree(const char *from, const char *to, struct strbuf *err);

/* files.c: a list of files, relative to a folder. */
struct file_list {
	char **v;
	size_t n, alloc;
};

void build_file_list_release(struct file_list *l);

/* files.c: sorted, without repeats. */
void build_file_list_settle(struct file_list *l);

/* files.c: the files an input names (a file, a folder, or a glob(3)
 * pattern under dir), added to l; what skip names left out. */
int build_expand_input(const char *dir, const char *pattern, const char *skip,
		       struct file_list *l, struct strbuf *err);

/* files.c: a SHA-256 being made, and its hex digits (aborts when OpenSSL
 * cannot make one). */
EVP_MD_CTX *build_digest_new(void);

/* files.c: add a string and its terminating NUL, so that ("ab","c") !=
 * ("a","bc"). */
void build_digest_str(EVP_MD_CTX *ctx, const char *s);

void build_digest_final_hex(EVP_MD_CTX *ctx, char out[BUILD_SHA256_HEX]);

/* files.c: the SHA-256 of a file's bytes. */
int build_file_sha256(const char *path, char out[BUILD_SHA256_HEX], struct strbuf *err);

/* files.c: the SHA-256 of one part of the inputs' key (the command, the
 * environment): its strings, sorted first when sort. */
void build_part_digest(const char **v, size_t n, bool sort, char out[BUILD_SHA256_HEX]);

/* ---- cache.c: the local and shared caches ---- */

/* cache.c: the output's name in a cache entry: its base name, trailing '/'
 * dropped. */
char *build_output_name(const char *output);

/* cache.c: whether cache/key holds a complete entry; fills r's output fields. */
bool build_cache_lookup(const char *cache, const char *name, struct build_result *r);

/* cache.c: the shared cache TERRACE_BUILD_CACHE names, or NULL. */
const char *build_shared_cache(void);

/* cache.c: the store of the shared cache `uri`: *store the registered one
 * its scheme names, NULL for a folder; -1 for a scheme no store serves. */
int build_store_of(const char *uri, const struct build_cache_store **store, struct strbuf *err);

/* cache.c: put a complete local entry into the shared cache (a failure is
 * logged, not an error). */
void build_share_entry(const char *key, const char *entry);

/* cache.c: take the key's entry from the shared cache into the local one:
 * 1 taken, 0 none there, -1 with err when the local cache cannot take it. */
int build_take_shared(const char *name, struct build_result *r, struct strbuf *err);

#endif
