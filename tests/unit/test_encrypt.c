/*
 * test_encrypt.c: plan/encrypt.c: seal/open round trips, tampering (a byte
 * of the ciphertext, tag or nonce changed), wrong and missing keys with
 * their exact messages, fallback keys for rotation, key parsing and the
 * environment variables, and the local backend and plan files sealing what
 * they write (backups included) and refusing a wrong key with the state
 * untouched.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "plan/encrypt.h"
#include "plan/plan.h"
#include "plan/state.h"
#include "tests/unit/tmpdir_support.h"

static const char hex_key[] =
	"000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
/* The same 32 bytes in base64. */
static const char b64_key[] = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
static const char other_hex_key[] =
	"ff0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
static const char secret_text[] = "{\"password\": \"correct horse battery staple\"}\n";

static void add_key(struct encrypt_keys *k, const char *text, bool seal, const char *source)
{
	unsigned char key[ENCRYPT_KEY_SIZE];
	assert_int_equal(encrypt_key_parse(text, strlen(text), false, key), 0);
	encrypt_keys_add(k, key, seal, source);
}

static void clear_env(void)
{
	unsetenv(ENCRYPT_KEY_ENV);
	unsetenv(ENCRYPT_KEY_FILE_ENV);
	unsetenv(ENCRYPT_FALLBACK_ENV);
	unsetenv(ENCRYPT_FALLBACK_FILE_ENV);
}

static char *seal_secret(const char *key_text)
{
	struct encrypt_keys k = { 0 };
	struct strbuf out = STRBUF_INIT, err = STRBUF_INIT;
	add_key(&k, key_text, true, ENCRYPT_KEY_ENV);
	assert_int_equal(encrypt_seal(&k, secret_text, strlen(secret_text), &out, &err), 0);
	assert_string_equal(err.buf, "");
	encrypt_keys_clear(&k);
	strbuf_release(&err);
	return strbuf_detach(&out);
}

/* The envelope with the first character of a base64 field changed, so
 * the bytes it decodes to differ (still valid base64). */
static char *tampered(const char *envelope, const char *field)
{
	json_t *doc = json_loads(envelope, 0, NULL);
	assert_non_null(doc);
	char *v = strdup(json_string_value(json_object_get(doc, field)));
	v[0] = v[0] == 'A' ? 'B' : 'A';
	json_object_set_new(doc, field, json_string(v));
	free(v);
	char *out = json_dumps(doc, JSON_COMPACT);
	json_decref(doc);
	return out;
}

static char *with_field(const char *envelope, const char *field, json_t *value)
{
	json_t *doc = json_loads(envelope, 0, NULL);
	json_object_set_new(doc, field, value);
	char *out = json_dumps(doc, JSON_COMPACT);
	json_decref(doc);
	return out;
}

/* encrypt_open's result and message for data under keys (NULL: none). */
static int open_with(const struct encrypt_keys *k, const char *data, struct strbuf *out,
		     struct strbuf *err)
{
	strbuf_reset(out);
	strbuf_reset(err);
	return encrypt_open(k, "s3://b/state.json", data, strlen(data), out, err);
}

static void test_round_trip(void **state)
{
	(void)state;
	char *a = seal_secret(hex_key);
	char *b = seal_secret(hex_key);
	/* The envelope: versioned, self-describing, no plaintext in it. */
	json_t *doc = json_loads(a, 0, NULL);
	assert_non_null(doc);
	assert_int_equal(json_integer_value(json_object_get(doc, "terrace_encryption")), 1);
	assert_string_equal(json_string_value(json_object_get(doc, "alg")), "AES-256-GCM");
	assert_int_equal(strlen(json_string_value(json_object_get(doc, "nonce"))), 16);
	assert_int_equal(strlen(json_string_value(json_object_get(doc, "tag"))), 24);
	assert_int_equal(strlen(json_string_value(json_object_get(doc, "key_id"))), 16);
	json_decref(doc);
	assert_null(strstr(a, "horse"));
	assert_true(encrypt_is_sealed(a, strlen(a)));
	assert_false(encrypt_is_sealed(secret_text, strlen(secret_text)));
	/* A fresh nonce each time: two seals of the same text differ. */
	assert_string_not_equal(a, b);

	struct encrypt_keys k = { 0 };
	add_key(&k, b64_key, true, ENCRYPT_KEY_ENV); /* the same key written in base64 */
	struct strbuf out = STRBUF_INIT, err = STRBUF_INIT;
	assert_int_equal(open_with(&k, a, &out, &err), 1);
	assert_string_equal(out.buf, secret_text);
	assert_int_equal(open_with(&k, b, &out, &err), 1);
	assert_string_equal(out.buf, secret_text);

	/* Plain text passes through unchanged, with or without keys. */
	assert_int_equal(open_with(&k, secret_text, &out, &err), 0);
	assert_string_equal(out.buf, secret_text);
	assert_int_equal(open_with(NULL, secret_text, &out, &err), 0);
	assert_string_equal(out.buf, secret_text);

	/* Nothing at all round-trips too. */
	struct strbuf sealed = STRBUF_INIT;
	assert_int_equal(encrypt_seal(&k, "", 0, &sealed, &err), 0);
	assert_int_equal(open_with(&k, sealed.buf, &out, &err), 1);
	assert_int_equal(out.len, 0);

	/* Writers: plain without a sealing key, sealed with one. */
	struct encrypt_keys none = { 0 };
	strbuf_reset(&out);
	assert_int_equal(encrypt_maybe_seal(&none, "abc", 3, &out, &err), 0);
	assert_string_equal(out.buf, "abc");
	strbuf_reset(&out);
	assert_int_equal(encrypt_maybe_seal(&k, "abc", 3, &out, &err), 0);
	assert_true(encrypt_is_sealed(out.buf, out.len));

	encrypt_keys_clear(&k);
	strbuf_release(&sealed);
	strbuf_release(&out);
	strbuf_release(&err);
	free(a);
	free(b);
}

static void test_tampering_detected(void **state)
{
	(void)state;
	char *env = seal_secret(hex_key);
	struct encrypt_keys k = { 0 };
	add_key(&k, hex_key, true, ENCRYPT_KEY_ENV);
	struct strbuf out = STRBUF_INIT, err = STRBUF_INIT;
	const char *fields[] = { "ciphertext", "tag", "nonce" };
	for (size_t i = 0; i < 3; i++) {
		char *bad = tampered(env, fields[i]);
		assert_int_equal(open_with(&k, bad, &out, &err), -1);
		assert_string_equal(err.buf, "s3://b/state.json: cannot decrypt: wrong key or damaged "
			"file (TERRACE_ENCRYPTION_KEY has the key id it was sealed with, "
			"f70b65e409afebc4: the file was changed or cut short)");
		assert_int_equal(out.len, 0);
		free(bad);
	}
	/* Cut short: the ciphertext loses its last 4 characters. */
	json_t *doc = json_loads(env, 0, NULL);
	char *ct = strdup(json_string_value(json_object_get(doc, "ciphertext")));
	ct[strlen(ct) - 4] = '\0';
	char *cut = with_field(env, "ciphertext", json_string(ct));
	assert_int_equal(open_with(&k, cut, &out, &err), -1);
	assert_non_null(strstr(err.buf, "cannot decrypt: wrong key or damaged file"));
	/* Not base64, or a nonce of the wrong size. */
	char *garbled = with_field(env, "tag", json_string("!!!"));
	assert_int_equal(open_with(&k, garbled, &out, &err), -1);
	assert_string_equal(err.buf, "s3://b/state.json: cannot decrypt: wrong key or damaged file "
			    "(its \"tag\" is not valid base64 of the right length)");
	char *short_nonce = with_field(env, "nonce", json_string("AAAA"));
	assert_int_equal(open_with(&k, short_nonce, &out, &err), -1);
	assert_non_null(strstr(err.buf, "its \"nonce\" is not valid base64"));
	/* Versions and algorithms this build does not know. */
	char *v2 = with_field(env, "terrace_encryption", json_integer(2));
	assert_int_equal(open_with(&k, v2, &out, &err), -1);
	assert_string_equal(err.buf, "s3://b/state.json: encrypted in format version 2, which "
			    "this terrace does not know (it knows 1)");
	char *alg = with_field(env, "alg", json_string("ChaCha20-Poly1305"));
	assert_int_equal(open_with(&k, alg, &out, &err), -1);
	assert_string_equal(err.buf, "s3://b/state.json: encrypted with \"ChaCha20-Poly1305\", "
			    "which this terrace does not know (it knows AES-256-GCM)");
	json_decref(doc);
	free(ct);
	free(cut);
	free(garbled);
	free(short_nonce);
	free(v2);
	free(alg);
	encrypt_keys_clear(&k);
	strbuf_release(&out);
	strbuf_release(&err);
	free(env);
}

static void test_wrong_and_missing_key(void **state)
{
	(void)state;
	char *env = seal_secret(hex_key);
	struct strbuf out = STRBUF_INIT, err = STRBUF_INIT;
	struct encrypt_keys wrong = { 0 };
	add_key(&wrong, other_hex_key, true, ENCRYPT_KEY_ENV);
	assert_int_equal(open_with(&wrong, env, &out, &err), -1);
	assert_string_equal(err.buf, "s3://b/state.json: cannot decrypt: wrong key or damaged file "
			    "(it was sealed with key id f70b65e409afebc4; TERRACE_ENCRYPTION_KEY "
			    "is key id 64886f34496ab0b7)");
	assert_int_equal(out.len, 0);
	/* No key at all: the message names the variable. */
	struct encrypt_keys none = { 0 };
	assert_int_equal(open_with(&none, env, &out, &err), -1);
	assert_string_equal(err.buf, "s3://b/state.json is encrypted; set TERRACE_ENCRYPTION_KEY "
			    "(or TERRACE_ENCRYPTION_KEY_FILE, or the backend setting "
			    "encryption_key_file) to the key it was encrypted with");
	assert_int_equal(open_with(NULL, env, &out, &err), -1);
	/* Sealing needs a sealing key. */
	strbuf_reset(&err);
	assert_int_equal(encrypt_seal(&none, "x", 1, &out, &err), -1);
	assert_string_equal(err.buf, "no encryption key to seal with");
	encrypt_keys_clear(&wrong);
	strbuf_release(&out);
	strbuf_release(&err);
	free(env);
}

static void test_fallback_key_rotation(void **state)
{
	(void)state;
	char *old = seal_secret(hex_key);
	struct strbuf out = STRBUF_INIT, err = STRBUF_INIT;
	/* New key first, old one as the fallback: old files open, new ones are
	 * sealed with the new key. */
	struct encrypt_keys k = { 0 };
	add_key(&k, other_hex_key, true, ENCRYPT_KEY_ENV);
	add_key(&k, hex_key, false, ENCRYPT_FALLBACK_ENV);
	assert_int_equal(k.n, 2);
	assert_int_equal(open_with(&k, old, &out, &err), 1);
	assert_string_equal(out.buf, secret_text);
	struct strbuf resealed = STRBUF_INIT;
	assert_int_equal(encrypt_seal(&k, out.buf, out.len, &resealed, &err), 0);
	struct encrypt_keys new_only = { 0 };
	add_key(&new_only, other_hex_key, true, ENCRYPT_KEY_ENV);
	assert_int_equal(open_with(&new_only, resealed.buf, &out, &err), 1);
	/* Only a fallback: opens, never seals (how encryption is turned off). */
	struct encrypt_keys off = { 0 };
	add_key(&off, hex_key, false, ENCRYPT_FALLBACK_ENV);
	assert_false(off.seal);
	assert_int_equal(open_with(&off, old, &out, &err), 1);
	strbuf_reset(&out);
	assert_int_equal(encrypt_maybe_seal(&off, "plain", 5, &out, &err), 0);
	assert_string_equal(out.buf, "plain");
	/* A sealing key cannot be added after another key. */
	add_key(&off, other_hex_key, true, ENCRYPT_KEY_ENV);
	assert_int_equal(off.n, 1);
	assert_false(off.seal);
	encrypt_keys_clear(&k);
	assert_int_equal(k.n, 0);
	encrypt_keys_clear(&new_only);
	encrypt_keys_clear(&off);
	strbuf_release(&resealed);
	strbuf_release(&out);
	strbuf_release(&err);
	free(old);
}

static void test_key_parsing(void **state)
{
	(void)state;
	unsigned char a[ENCRYPT_KEY_SIZE], b[ENCRYPT_KEY_SIZE];
	assert_int_equal(encrypt_key_parse(hex_key, 64, false, a), 0);
	assert_int_equal(a[0], 0);
	assert_int_equal(a[31], 0x1f);
	assert_int_equal(encrypt_key_parse(b64_key, strlen(b64_key), false, b), 0);
	assert_memory_equal(a, b, ENCRYPT_KEY_SIZE);
	/* Without padding, with blanks and a newline around it. */
	const char *unpadded = "  AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8\n";
	assert_int_equal(encrypt_key_parse(unpadded, strlen(unpadded), false, b), 0);
	assert_memory_equal(a, b, ENCRYPT_KEY_SIZE);
	/* Upper-case hex. */
	const char *upper = "000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F";
	assert_int_equal(encrypt_key_parse(upper, 64, false, b), 0);
	assert_memory_equal(a, b, ENCRYPT_KEY_SIZE);
	/* 32 raw bytes only where allowed (key files). */
	const char raw[32] = "0123456789abcdef0123456789abcdef";
	assert_int_equal(encrypt_key_parse(raw, 32, false, b), -1);
	assert_int_equal(encrypt_key_parse(raw, 32, true, b), 0);
	assert_memory_equal(raw, b, 32);
	/* Wrong sizes and alphabets. */
	const char *bad[] = { "", "abc", "000102", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwd",
			      "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8fHw==",
			      "zz0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
			      "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwd*h8=", "hunter2" };
	for (size_t i = 0; i < sizeof(bad) / sizeof(*bad); i++)
		assert_int_equal(encrypt_key_parse(bad[i], strlen(bad[i]), false, b), -1);
}

static void test_keys_from_environment(void **state)
{
	(void)state;
	struct encrypt_keys k;
	struct strbuf err = STRBUF_INIT;
	clear_env();
	assert_int_equal(encrypt_keys_load(&k, NULL, &err), 0);
	assert_int_equal(k.n, 0);
	assert_false(k.seal);

	setenv(ENCRYPT_KEY_ENV, b64_key, 1);
	assert_int_equal(encrypt_keys_load(&k, NULL, &err), 0);
	assert_true(k.seal);
	assert_int_equal(k.n, 1);
	assert_string_equal(k.source[0], "TERRACE_ENCRYPTION_KEY");

	/* A malformed key is refused without echoing it. */
	setenv(ENCRYPT_KEY_ENV, "hunter2-is-not-a-key", 1);
	assert_int_equal(encrypt_keys_load(&k, NULL, &err), -1);
	assert_string_equal(err.buf, "TERRACE_ENCRYPTION_KEY is not a key: expected 32 bytes as 64 "
			    "hex digits or as base64 (make one with `openssl rand -base64 32`)");
	assert_int_equal(k.n, 0);

	/* A key file, from the variable or the backend setting; both the
	 * variable and the file variable set is an error. */
	char dir[] = "/tmp/terrace-test-encrypt-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char *file = xasprintf("%s/key", dir);
	FILE *f = fopen(file, "w");
	fprintf(f, "%s\n", hex_key);
	fclose(f);
	setenv(ENCRYPT_KEY_FILE_ENV, file, 1);
	strbuf_reset(&err);
	assert_int_equal(encrypt_keys_load(&k, NULL, &err), -1);
	assert_string_equal(err.buf, "both TERRACE_ENCRYPTION_KEY and TERRACE_ENCRYPTION_KEY_FILE "
			    "are set; set one of them");
	unsetenv(ENCRYPT_KEY_ENV);
	assert_int_equal(encrypt_keys_load(&k, NULL, &err), 0);
	assert_true(k.seal);
	char *want = xasprintf("TERRACE_ENCRYPTION_KEY_FILE (%s)", file);
	assert_string_equal(k.source[0], want);
	free(want);
	unsetenv(ENCRYPT_KEY_FILE_ENV);
	assert_int_equal(encrypt_keys_load(&k, file, &err), 0);
	assert_true(k.seal);
	/* The variables win over the setting. */
	setenv(ENCRYPT_KEY_ENV, other_hex_key, 1);
	assert_int_equal(encrypt_keys_load(&k, file, &err), 0);
	assert_string_equal(k.source[0], "TERRACE_ENCRYPTION_KEY");
	unsetenv(ENCRYPT_KEY_ENV);

	/* A missing file and a file without a key. */
	char *missing = xasprintf("%s/nope", dir);
	strbuf_reset(&err);
	assert_int_equal(encrypt_keys_load(&k, missing, &err), -1);
	want = xasprintf("backend setting encryption_key_file: %s: no such file", missing);
	assert_string_equal(err.buf, want);
	free(want);
	f = fopen(file, "w");
	fputs("not a key\n", f);
	fclose(f);
	strbuf_reset(&err);
	assert_int_equal(encrypt_keys_load(&k, file, &err), -1);
	want = xasprintf("backend setting encryption_key_file: %s holds no key: expected 32 bytes "
			 "as 64 hex digits or as base64 (make one with `openssl rand -base64 32`)",
			 file);
	assert_string_equal(err.buf, want);
	free(want);

	/* Only a fallback: opens, does not seal. */
	setenv(ENCRYPT_FALLBACK_ENV, hex_key, 1);
	assert_int_equal(encrypt_keys_load(&k, NULL, &err), 0);
	assert_int_equal(k.n, 1);
	assert_false(k.seal);
	clear_env();
	remove_tree(dir);
	free(file);
	free(missing);
	strbuf_release(&err);
}

/* ---- the local backend and plan files ---- */

struct dir_fixture {
	char dir[64];
	char *path;
	char *backup;
};

static int dir_setup(void **state)
{
	struct dir_fixture *fx = calloc(1, sizeof(*fx));
	strcpy(fx->dir, "/tmp/terrace-test-encrypt-XXXXXX");
	if (!mkdtemp(fx->dir))
		return -1;
	fx->path = xasprintf("%s/terrace.state.json", fx->dir);
	fx->backup = xasprintf("%s/terrace.state.json.backup", fx->dir);
	*state = fx;
	return 0;
}

static int dir_teardown(void **state)
{
	struct dir_fixture *fx = *state;
	remove_tree(fx->dir);
	free(fx->path);
	free(fx->backup);
	free(fx);
	return 0;
}

static char *slurp(const char *path)
{
	struct strbuf sb = STRBUF_INIT, err = STRBUF_INIT;
	assert_int_equal(encrypt_read_raw(path, &sb, &err), 0);
	strbuf_release(&err);
	return strbuf_detach(&sb);
}

static json_t *state_with_secret(void)
{
	json_t *st = state_new();
	json_object_set_new(json_object_get(st, "outputs"), "pw",
			    json_pack("{s:s, s:b}", "value", "correct horse battery staple",
				      "sensitive", 1));
	return st;
}

static void test_local_backend_seals(void **state)
{
	struct dir_fixture *fx = *state;
	struct strbuf err = STRBUF_INIT;
	/* A plain state written before any key. */
	struct backend *b = backend_local_new(fx->path);
	json_t *st = state_with_secret();
	assert_int_equal(b->ops->save(b, st, &err), 0);
	assert_int_equal(b->ops->save(b, st, &err), 0);
	b->ops->free(b);
	char *text = slurp(fx->path);
	assert_non_null(strstr(text, "horse"));
	free(text);

	/* With a key: the plain state is read, the next write seals both the
	 * state and the backup it takes of the plain one. */
	b = backend_local_new(fx->path);
	add_key(&b->keys, hex_key, true, ENCRYPT_KEY_ENV);
	json_t *loaded = NULL;
	assert_int_equal(b->ops->load(b, &loaded, &err), 0);
	assert_int_equal(json_integer_value(json_object_get(loaded, "serial")), 2);
	assert_int_equal(b->ops->save(b, loaded, &err), 0);
	b->ops->free(b);
	char *sealed = slurp(fx->path), *backup = slurp(fx->backup);
	assert_null(strstr(sealed, "horse"));
	assert_null(strstr(backup, "horse"));
	assert_true(encrypt_is_sealed(sealed, strlen(sealed)));
	assert_true(encrypt_is_sealed(backup, strlen(backup)));
	struct stat sb;
	assert_int_equal(stat(fx->path, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0600);
	assert_int_equal(stat(fx->backup, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0600);

	/* A wrong key: a clear error, and nothing written. */
	b = backend_local_new(fx->path);
	add_key(&b->keys, other_hex_key, true, ENCRYPT_KEY_ENV);
	json_t *none = NULL;
	strbuf_reset(&err);
	assert_int_equal(b->ops->load(b, &none, &err), -1);
	assert_null(none);
	char *want = xasprintf("%s: cannot decrypt: wrong key or damaged file", fx->path);
	assert_int_equal(strncmp(err.buf, want, strlen(want)), 0);
	free(want);
	b->ops->free(b);
	char *after = slurp(fx->path);
	assert_string_equal(after, sealed);
	free(after);

	/* No key: the message names the variable. */
	b = backend_local_new(fx->path);
	strbuf_reset(&err);
	assert_int_equal(b->ops->load(b, &none, &err), -1);
	assert_non_null(strstr(err.buf, "is encrypted; set TERRACE_ENCRYPTION_KEY"));
	b->ops->free(b);

	/* The right key reads it back whole. */
	b = backend_local_new(fx->path);
	add_key(&b->keys, hex_key, true, ENCRYPT_KEY_ENV);
	assert_int_equal(b->ops->load(b, &none, &err), 0);
	assert_true(json_equal(none, loaded));
	assert_int_equal(json_integer_value(json_object_get(none, "serial")), 3);
	b->ops->free(b);

	json_decref(none);
	json_decref(loaded);
	json_decref(st);
	free(sealed);
	free(backup);
	strbuf_release(&err);
}

static void test_plan_file_sealed(void **state)
{
	struct dir_fixture *fx = *state;
	struct strbuf err = STRBUF_INIT;
	char *path = xasprintf("%s/p.plan", fx->dir);
	struct plan *p = xcalloc(1, sizeof(*p));
	p->snapshot = json_pack("{s:s, s:s, s:{s:s}}", "stack", "lake", "functions", "terraform",
				"variables", "db_password", "correct horse battery staple");
	p->lineage = xstrdup("lineage-1");
	p->serial = 4;
	p->changes = xcalloc(1, sizeof(*p->changes));
	struct encrypt_keys k = { 0 };
	add_key(&k, hex_key, true, ENCRYPT_KEY_ENV);
	assert_int_equal(plan_write_file_sealed(p, path, &k, &err), 0);
	char *text = slurp(path);
	assert_null(strstr(text, "horse"));
	assert_true(encrypt_is_sealed(text, strlen(text)));
	free(text);
	struct stat sb;
	assert_int_equal(stat(path, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0600);

	struct plan *q = NULL;
	assert_int_equal(plan_read_file_sealed(path, &k, &q, &err), 0);
	assert_true(json_equal(q->snapshot, p->snapshot));
	assert_string_equal(q->lineage, "lineage-1");
	assert_int_equal(q->serial, 4);
	plan_free(q);
	q = NULL;

	/* Without the key: the message names the variable. */
	assert_int_equal(plan_read_file(path, &q, &err), -1);
	char *want = xasprintf("plan file %s is encrypted; set TERRACE_ENCRYPTION_KEY (or "
			       "TERRACE_ENCRYPTION_KEY_FILE, or the backend setting "
			       "encryption_key_file) to the key it was encrypted with", path);
	assert_string_equal(err.buf, want);
	free(want);
	assert_null(q);
	/* A wrong key. */
	struct encrypt_keys wrong = { 0 };
	add_key(&wrong, other_hex_key, true, ENCRYPT_KEY_ENV);
	strbuf_reset(&err);
	assert_int_equal(plan_read_file_sealed(path, &wrong, &q, &err), -1);
	want = xasprintf("plan file %s: cannot decrypt: wrong key or damaged file", path);
	assert_int_equal(strncmp(err.buf, want, strlen(want)), 0);
	free(want);
	/* A plain plan still reads with a key configured. */
	assert_int_equal(plan_write_file(p, path, &err), 0);
	assert_int_equal(plan_read_file_sealed(path, &wrong, &q, &err), 0);
	plan_free(q);

	encrypt_keys_clear(&k);
	encrypt_keys_clear(&wrong);
	plan_free(p);
	unlink(path);
	free(path);
	strbuf_release(&err);
}

int main(void)
{
	clear_env();
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_tampering_detected),
		cmocka_unit_test(test_wrong_and_missing_key),
		cmocka_unit_test(test_fallback_key_rotation),
		cmocka_unit_test(test_key_parsing),
		cmocka_unit_test(test_keys_from_environment),
		cmocka_unit_test_setup_teardown(test_local_backend_seals, dir_setup, dir_teardown),
		cmocka_unit_test_setup_teardown(test_plan_file_sealed, dir_setup, dir_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
