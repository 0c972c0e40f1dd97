/*
 * build_internal.h: what build.c (the inputs' key, running a build) and
 * cache.c (the local and shared caches) share. Not for use outside
 * provider/build/.
 */
#ifndef TERRACE_BUILD_INTERNAL_H
#define TERRACE_BUILD_INTERNAL_H

#include <stdbool.h>

#include "provider/base/strbuf.h"
#include "provider/build/build.h"

#define BUILD_MAX_DEPTH 64 /* a folder nested deeper: a symbolic link loop */

/* build.c: dir/name ("." or no dir: name alone). */
char *build_join(const char *dir, const char *name);

/* build.c: mkdir -p. */
int build_make_dirs(const char *path, struct strbuf *err);

/* build.c: rm -rf; a missing path is fine. */
int build_remove_tree(const char *path, int depth);

/* cache.c: the output's name in a cache entry: its base name, trailing '/'
 * dropped. */
char *build_output_name(const char *output);

/* cache.c: whether cache/key holds a complete entry; fills r's output fields. */
bool build_cache_lookup(const char *cache, const char *name, struct build_result *r);

/* cache.c: copy a file (its executable bit kept) or a folder's files. */
int build_copy_tree(const char *from, const char *to, int depth, struct strbuf *err);

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
