/*
 * build/zip.h: deterministic zip packages of a local file or folder, the
 * code of an aws.lambda.function. The same input gives the same bytes, so the
 * package's SHA-256 (what Lambda reports as CodeSha256) changes exactly when
 * a file's name, content or executable bit does:
 *
 *   - entries are the regular files under the folder (symbolic links are
 *     followed), named by their path relative to it with '/' separators and
 *     sorted bytewise; a single file is packaged under its base name;
 *     folders get no entries of their own;
 *   - every entry has the timestamp 1980-01-01 00:00:00 (the zip epoch),
 *     Unix permissions 0755 when the file has any execute bit, else 0644,
 *     no extra fields and no comment, and is deflated at level 6.
 *
 * Names avoid libzip's zip_ prefix.
 */
#ifndef TERRACE_AWS_ZIP_H
#define TERRACE_AWS_ZIP_H

#include <stddef.h>

#include "provider/base/strbuf.h"

/* A package in memory. */
struct package_zip {
	unsigned char *data;
	size_t len;
};

/*
 * Package `source` (a regular file or a folder). On success returns 0 and
 * fills out, which the caller frees with package_zip_release(). On failure
 * returns -1 with a message naming the path in err (a missing source, a
 * folder without files, a file that is neither regular nor a folder, a
 * symbolic link back to a folder it is inside).
 */
int package_zip_build(const char *source, struct package_zip *out, struct strbuf *err);
void package_zip_release(struct package_zip *z);

/* Base64 of the SHA-256 of data: the form of Lambda's CodeSha256 (44 chars + NUL). */
#define PACKAGE_SHA256_B64_SIZE 45
void package_sha256_base64(const void *data, size_t len, char out[PACKAGE_SHA256_B64_SIZE]);

#endif
