/*
 * cache.c: the build cache: entries under .terrace/build/KEY/ (the output
 * and its output.sha256), complete or absent, copied in through a scratch
 * folder renamed into place; and the shared cache TERRACE_BUILD_CACHE names
 * (a folder, or a URI a registered struct build_cache_store serves), taken
 * from before a build runs and given what a build made; and releasing a
 * build's result, whose output fields a cache entry fills. Paths and
 * SHA-256s are files.c's.
 */
#include "provider/build/build.h"
#include "provider/base/input_file.h"
#include "provider/build/build_internal.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "provider/base/log.h"
#include "provider/base/progress.h"

/* ---- the cache ---- */

void build_result_release(struct build_result *r)
{
	json_decref(r->input_digests);
	free(r->output_path);
	memset(r, 0, sizeof(*r));
}

static const char *base_name(const char *path)
{
	size_t n = strlen(path);

	while (n > 1 && path[n - 1] == '/')
		n--;
	for (size_t i = n; i > 0; i--)
		if (path[i - 1] == '/')
			return path + i;
	return path;
}

/* The output's name in a cache entry: its base name, trailing '/' dropped. */
char *build_output_name(const char *output)
{
	const char *b = base_name(output);
	size_t n = strlen(b);

	while (n > 1 && b[n - 1] == '/')
		n--;
	return xstrndup(b, n);
}

/* Whether the folder `entry` is a complete entry; fills r's output fields. */
static bool entry_lookup(const char *entry, const char *name, struct build_result *r)
{
	char *sum_path = xasprintf("%s/output.sha256", entry);
	char *out = xasprintf("%s/%s", entry, name);
	struct strbuf sum = STRBUF_INIT;
	struct stat st;
	const char *why;
	bool found = input_file_read(sum_path, &sum, &why) >= 0 && sum.len >= 64 &&
		     stat(out, &st) == 0;

	if (found) {
		memcpy(r->output_sha256, sum.buf, 64);
		r->output_sha256[64] = '\0';
		r->output_is_dir = S_ISDIR(st.st_mode);
		free(r->output_path);
		r->output_path = out;
		out = NULL;
	}
	strbuf_release(&sum);
	free(out);
	free(sum_path);
	return found;
}

/* Whether cache/key holds a complete entry; fills r's output fields. */
bool build_cache_lookup(const char *cache, const char *name, struct build_result *r)
{
	char *entry = xasprintf("%s/%s", cache, r->inputs_sha256);
	bool found = entry_lookup(entry, name, r);

	free(entry);
	return found;
}

/* Put a complete entry under cache/key from a folder holding NAME and
 * output.sha256: a scratch copy renamed into place. */
static int cache_store(const char *cache, const char *key, const char *from_entry,
		       struct strbuf *err)
{
	static unsigned long serial;
	unsigned long n = __atomic_add_fetch(&serial, 1, __ATOMIC_RELAXED);
	char *scratch = xasprintf("%s/tmp-%s-%ld-%lu", cache, key, (long)getpid(), n);
	char *entry = xasprintf("%s/%s", cache, key);
	int rc = build_make_dirs(cache, err);

	if (rc == 0)
		rc = build_copy_tree(from_entry, scratch, err);
	if (rc == 0 && rename(scratch, entry) < 0 && errno != EEXIST && errno != ENOTEMPTY) {
		strbuf_addf(err, "cannot store the build in %s: %s", entry, strerror(errno));
		rc = -1;
	}
	build_remove_tree(scratch, 0); /* gone after a rename; what is left of a failed copy */
	free(scratch);
	free(entry);
	return rc;
}

const char *build_shared_cache(void)
{
	const char *s = getenv(BUILD_SHARED_CACHE_ENV);

	return s && *s ? s : NULL;
}

/* ---- the shared cache's stores (a folder, or a registered URI scheme) ---- */

#define MAX_STORES 8

static const struct build_cache_store *stores[MAX_STORES];
static size_t n_stores;
static pthread_mutex_t stores_mu = PTHREAD_MUTEX_INITIALIZER;

void build_cache_store_register(const struct build_cache_store *store)
{
	pthread_mutex_lock(&stores_mu);
	bool known = false;

	for (size_t i = 0; i < n_stores; i++)
		known = known || stores[i] == store;
	if (!known && n_stores < MAX_STORES)
		stores[n_stores++] = store;
	pthread_mutex_unlock(&stores_mu);
}

/*
 * The store of the shared cache `uri`: *store the registered one its
 * scheme names, NULL for a folder. -1 when it names a scheme no store
 * serves (a mistyped URI must not become a folder named "s3:").
 */
int build_store_of(const char *uri, const struct build_cache_store **store, struct strbuf *err)
{
	*store = NULL;
	pthread_mutex_lock(&stores_mu);
	for (size_t i = 0; i < n_stores && !*store; i++)
		if (!strncmp(uri, stores[i]->scheme, strlen(stores[i]->scheme)))
			*store = stores[i];
	pthread_mutex_unlock(&stores_mu);
	if (!*store && strstr(uri, "://")) {
		strbuf_addf(err, BUILD_SHARED_CACHE_ENV "=%s: no build cache serves \"%.*s://\" "
			    "(a folder, or s3://BUCKET/PREFIX)", uri,
			    (int)(strstr(uri, "://") - uri), uri);
		return -1;
	}
	return 0;
}

/* Put a complete local entry into the shared cache. A shared cache that
 * cannot take it only costs other runs a build: logged, not an error. */
void build_share_entry(const char *key, const char *entry)
{
	const char *shared = build_shared_cache();
	const struct build_cache_store *store;
	struct strbuf err = STRBUF_INIT;
	int rc;

	if (!shared || build_store_of(shared, &store, &err))
		goto out;
	if (store) {
		char *label = xasprintf("storing the build in %s", shared);

		progress_status(label);
		free(label);
		rc = store->put(shared, key, entry, &err);
		progress_status("");
	} else {
		rc = cache_store(shared, key, entry, &err);
	}
	if (rc)
		log_debugf("build: %s not stored in %s: %s", key, shared, err.buf);
out:
	strbuf_release(&err);
}

/*
 * Take the key's entry from the shared cache into the local one: 1 taken
 * (r's output fields filled), 0 the shared cache has none (or cannot be
 * read: logged, and the build runs), -1 with err when the local cache
 * cannot take it.
 */
int build_take_shared(const char *name, struct build_result *r, struct strbuf *err)
{
	const char *shared = build_shared_cache();
	const struct build_cache_store *store;
	struct build_result found = { 0 };
	struct strbuf why = STRBUF_INIT;
	char *scratch = NULL, *entry = NULL, sha[BUILD_SHA256_HEX];
	int got = 0;

	if (!shared)
		return 0;
	if (build_store_of(shared, &store, err))
		return -1;
	memcpy(found.inputs_sha256, r->inputs_sha256, BUILD_SHA256_HEX);
	if (!store) {
		if (!build_cache_lookup(shared, name, &found))
			goto out;
		entry = xasprintf("%s/%s", shared, r->inputs_sha256);
		got = cache_store(BUILD_CACHE_DIR, r->inputs_sha256, entry, err) ? -1 : 1;
		goto out;
	}
	{
		static unsigned long serial;
		unsigned long n = __atomic_add_fetch(&serial, 1, __ATOMIC_RELAXED);
		char *label = xasprintf("looking for the build in %s", shared);

		scratch = xasprintf(BUILD_CACHE_DIR "/tmp-fetch-%s-%ld-%lu", r->inputs_sha256,
				    (long)getpid(), n);
		progress_status(label);
		free(label);
		got = build_make_dirs(BUILD_CACHE_DIR, &why) ? -1 : store->get(shared, r->inputs_sha256,
									   scratch, &why);
		progress_status("");
	}
	/* What came must be whole: the output whose hash its entry gives. */
	if (got == 1 && !entry_lookup(scratch, name, &found)) {
		strbuf_addstr(&why, "the entry has no output or no output.sha256");
		got = -1;
	}
	if (got == 1 && (build_path_sha256(found.output_path, sha, &why) ||
			 strcmp(sha, found.output_sha256))) {
		if (!why.len)
			strbuf_addf(&why, "its output's SHA-256 is %s, not the %s it gives", sha,
				    found.output_sha256);
		got = -1;
	}
	if (got < 0) {
		log_debugf("build: %s not taken from %s: %s", r->inputs_sha256, shared, why.buf);
		got = 0;
	} else if (got == 1) {
		entry = xasprintf(BUILD_CACHE_DIR "/%s", r->inputs_sha256);
		if (rename(scratch, entry) < 0 && errno != EEXIST && errno != ENOTEMPTY) {
			strbuf_addf(err, "cannot store the build in %s: %s", entry, strerror(errno));
			got = -1;
		}
	}
	build_remove_tree(scratch, 0);
out:
	if (got == 1 && !build_cache_lookup(BUILD_CACHE_DIR, name, r)) {
		strbuf_addf(err, "the build %s is not in %s after copying it", r->inputs_sha256,
			    BUILD_CACHE_DIR);
		got = -1;
	}
	if (got == 1) {
		char *label = xasprintf("taken from %s", shared);

		r->from_shared = true;
		log_debugf("build: %s from %s", r->inputs_sha256, shared);
		progress_status(label);
		progress_status("");
		free(label);
	}
	build_result_release(&found);
	strbuf_release(&why);
	free(scratch);
	free(entry);
	return got;
}

