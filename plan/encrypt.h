/*
 * encrypt.h: client-side encryption of states and plan files at rest
 * (AES-256-GCM through OpenSSL's EVP API), shared by the local and S3
 * backends and the plan-file code through one pair: encrypt_seal() and
 * encrypt_open().
 *
 * A sealed file is a JSON envelope on one line:
 *
 *   {"terrace_encryption": 1, "alg": "AES-256-GCM", "key_id": "1f2e3d4c5b6a7988",
 *    "nonce": BASE64 (12 bytes), "tag": BASE64 (16 bytes), "ciphertext": BASE64}
 *
 * A fresh random 96-bit nonce is drawn for every seal. The additional
 * authenticated data is "terrace_encryption:1:AES-256-GCM", so the version
 * and algorithm cannot be swapped. key_id is the first 8 bytes (hex) of
 * SHA-256("terrace key id" || key): it names the key without revealing it,
 * and lets an error say whether the configured key is the one that sealed.
 *
 * Keys are 32 bytes, written as 64 hex digits or as base64 (`openssl rand
 * -base64 32`); a key file may also hold the 32 raw bytes. They come from
 * the environment (ENCRYPT_KEY_ENV, else ENCRYPT_KEY_FILE_ENV) or from a
 * backend's encryption_key_file setting; a second, fallback key
 * (ENCRYPT_FALLBACK_ENV / ENCRYPT_FALLBACK_FILE_ENV) still opens what the
 * previous key sealed, for rotation. Without any key nothing is sealed and
 * plain files pass through encrypt_open() unchanged; with one, plain files
 * are still read (the migration path) and every write is sealed. With only
 * a fallback key, sealed files are read and written back plain: that is
 * how encryption is turned off.
 *
 * Key material never appears in an error message; encrypt_keys_clear()
 * wipes it.
 */
#ifndef TERRACE_ENCRYPT_H
#define TERRACE_ENCRYPT_H

#include <stdbool.h>
#include <stddef.h>

#include "provider/base/strbuf.h"

#define ENCRYPT_KEY_SIZE 32
#define ENCRYPT_KEY_ENV "TERRACE_ENCRYPTION_KEY"
#define ENCRYPT_KEY_FILE_ENV "TERRACE_ENCRYPTION_KEY_FILE"
#define ENCRYPT_FALLBACK_ENV "TERRACE_ENCRYPTION_FALLBACK_KEY"
#define ENCRYPT_FALLBACK_FILE_ENV "TERRACE_ENCRYPTION_FALLBACK_KEY_FILE"
/* The backend setting naming a key file (local and s3). */
#define ENCRYPT_KEY_FILE_SETTING "encryption_key_file"

/* Zero-initialised: no keys, nothing sealed. */
struct encrypt_keys {
	bool seal;                                   /* key[0] is the key writes are sealed with */
	int n;                                       /* keys that open (key[0..n-1]) */
	unsigned char key[2][ENCRYPT_KEY_SIZE];
	char source[2][160];                         /* where each came from, for messages */
};

/*
 * Fill k from the environment: ENCRYPT_KEY_ENV or ENCRYPT_KEY_FILE_ENV (both
 * set is an error), else key_file (a backend's setting; may be NULL); then
 * the fallback key from ENCRYPT_FALLBACK_ENV or ENCRYPT_FALLBACK_FILE_ENV.
 * No key anywhere leaves k->n == 0. -1 with err naming the variable or file
 * (never the key) when a key is malformed or a file unreadable.
 */
int encrypt_keys_load(struct encrypt_keys *k, const char *key_file, struct strbuf *err);
/* Decode one key: 64 hex digits or base64 of 32 bytes, blanks around it
 * ignored; with raw_ok, exactly 32 bytes are taken as they are. */
int encrypt_key_parse(const char *text, size_t len, bool raw_ok,
		      unsigned char out[ENCRYPT_KEY_SIZE]);
/* Add a key that opens (at most two); with seal, it is the one writes are
 * sealed with (only the first key added may seal). */
void encrypt_keys_add(struct encrypt_keys *k, const unsigned char key[ENCRYPT_KEY_SIZE],
		      bool seal, const char *source);
/* Wipe the keys (OPENSSL_cleanse); k is then empty. */
void encrypt_keys_clear(struct encrypt_keys *k);

/* Whether data is an envelope (a JSON object with "terrace_encryption"). */
bool encrypt_is_sealed(const void *data, size_t len);

/* Append the envelope of plain, sealed with k->key[0], to out. -1 with err
 * set when k has no key or OpenSSL fails (no randomness). */
int encrypt_seal(const struct encrypt_keys *k, const void *plain, size_t len,
		 struct strbuf *out, struct strbuf *err);

/*
 * Append the plaintext of data to out: data itself when it is not an
 * envelope (returns 0), its decryption when it is (returns 1), trying every
 * key of k. -1 with err starting with `what` (a path or s3:// URL) when it
 * is sealed and: no key is configured ("WHAT is encrypted; set
 * TERRACE_ENCRYPTION_KEY ..."), no key opens it ("WHAT: cannot decrypt:
 * wrong key or damaged file ..."), or the envelope is malformed or of an
 * unknown version. out is left as it was on error.
 */
int encrypt_open(const struct encrypt_keys *k, const char *what, const void *data, size_t len,
		 struct strbuf *out, struct strbuf *err);

/*
 * Read the whole file at path and open it (encrypt_open; k may be NULL for
 * "no keys"), appending the plaintext to out: 0 done, 1 when the file does
 * not exist (nothing appended, err untouched), -1 with err set otherwise.
 */
int encrypt_read_file(const struct encrypt_keys *k, const char *path, struct strbuf *out,
		      struct strbuf *err);

/* Read the whole file at path as it is (sealed or not) into out: 0, 1
 * when it does not exist, -1 with err set. */
int encrypt_read_raw(const char *path, struct strbuf *out, struct strbuf *err);

/* What a writer stores: plain appended to out as is without a key, sealed
 * with one (k may be NULL: no key). */
int encrypt_maybe_seal(const struct encrypt_keys *k, const void *plain, size_t len,
		       struct strbuf *out, struct strbuf *err);
/* The same for a JSON document dumped with jansson's flags and a final
 * newline (no intermediate string from jansson's allocator). */
struct json_t;
int encrypt_maybe_seal_json(const struct encrypt_keys *k, const struct json_t *doc, size_t flags,
			    struct strbuf *out, struct strbuf *err);

#endif
