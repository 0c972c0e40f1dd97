/*
 * encrypt.c: sealing and opening states and plan files with AES-256-GCM
 * (OpenSSL EVP), the JSON envelope around the ciphertext, and where the
 * keys come from (environment variables, key files). The format and the
 * rules are in encrypt.h.
 */
#include "plan/encrypt.h"
#include "provider/base/encoding.h"

#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <limits.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define FORMAT_VERSION 1
#define ALG "AES-256-GCM"
#define AAD "terrace_encryption:1:AES-256-GCM"
#define NONCE_SIZE 12
#define TAG_SIZE 16
#define KEY_ID_HEX 16
#define CHUNK (1 << 30) /* EVP lengths are ints */

static const char key_help[] =
	"expected 32 bytes as 64 hex digits or as base64 (make one with `openssl rand -base64 32`)";

/* ---- keys ---- */

static bool is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static bool is_base64_char(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
	       c == '+' || c == '/';
}

/*
 * Decode standard base64 (padding optional) of exactly `want` bytes into
 * out; -1 for anything else. EVP_DecodeBlock counts padding as zero bytes
 * and wants whole quads, so both are dealt with here.
 */
static int base64_decode_exact(const char *s, size_t n, unsigned char *out, size_t want)
{
	size_t pad = 0;
	while (n > 0 && s[n - 1] == '=' && pad < 2) {
		n--;
		pad++;
	}
	for (size_t i = 0; i < n; i++)
		if (!is_base64_char(s[i]))
			return -1;
	size_t quads = (n + 3) / 4;
	if (n == 0 || n % 4 == 1 || (pad && (n + pad) % 4) || quads * 3 > (size_t)INT_MAX)
		return -1;
	size_t padded = quads * 4;
	char *in = xmalloc(padded + 1);
	memcpy(in, s, n);
	memset(in + n, '=', padded - n);
	in[padded] = '\0';
	unsigned char *buf = xmalloc(quads * 3 + 1);
	int got = EVP_DecodeBlock(buf, (unsigned char *)in, (int)padded);
	int rc = -1;
	if (got >= 0 && (size_t)got - (padded - n) == want) {
		memcpy(out, buf, want);
		rc = 0;
	}
	OPENSSL_cleanse(buf, quads * 3 + 1);
	OPENSSL_cleanse(in, padded + 1);
	free(buf);
	free(in);
	return rc;
}

int encrypt_key_parse(const char *text, size_t len, bool raw_ok,
		      unsigned char out[ENCRYPT_KEY_SIZE])
{
	if (raw_ok && len == ENCRYPT_KEY_SIZE) {
		memcpy(out, text, ENCRYPT_KEY_SIZE);
		return 0;
	}
	while (len > 0 && is_blank(*text)) {
		text++;
		len--;
	}
	while (len > 0 && is_blank(text[len - 1]))
		len--;
	if (len == 2 * ENCRYPT_KEY_SIZE) {
		size_t i;
		for (i = 0; i < ENCRYPT_KEY_SIZE; i++) {
			int hi = OPENSSL_hexchar2int((unsigned char)text[2 * i]);
			int lo = OPENSSL_hexchar2int((unsigned char)text[2 * i + 1]);
			if (hi < 0 || lo < 0)
				break;
			out[i] = (unsigned char)(hi << 4 | lo);
		}
		if (i == ENCRYPT_KEY_SIZE)
			return 0;
	}
	return base64_decode_exact(text, len, out, ENCRYPT_KEY_SIZE);
}

void encrypt_keys_add(struct encrypt_keys *k, const unsigned char key[ENCRYPT_KEY_SIZE],
		      bool seal, const char *source)
{
	if (k->n >= 2 || (seal && k->n > 0))
		return;
	memcpy(k->key[k->n], key, ENCRYPT_KEY_SIZE);
	snprintf(k->source[k->n], sizeof(k->source[k->n]), "%s", source);
	if (seal)
		k->seal = true;
	k->n++;
}

void encrypt_keys_clear(struct encrypt_keys *k)
{
	OPENSSL_cleanse(k, sizeof(*k));
}

/* Not input_file.h's reader: a state may be read through a pipe (a state on
 * a slow disk or far away, t0493), which that one refuses. */
int encrypt_read_raw(const char *path, struct strbuf *out, struct strbuf *err)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		if (errno == ENOENT)
			return 1;
		strbuf_addf(err, "%s: cannot read: %s", path, strerror(errno));
		return -1;
	}
	int rc = strbuf_read_fd(out, fd);
	if (rc < 0)
		strbuf_addf(err, "%s: cannot read: %s", path, strerror(errno));
	close(fd);
	return rc;
}

/* One key from a file; `what` names where the path came from. */
static int key_from_file(const char *path, const char *what, unsigned char key[ENCRYPT_KEY_SIZE],
			 struct strbuf *err)
{
	struct strbuf text = STRBUF_INIT;
	struct strbuf why = STRBUF_INIT;
	int rc = encrypt_read_raw(path, &text, &why);
	if (rc == 1)
		strbuf_addf(err, "%s: %s: no such file", what, path);
	else if (rc < 0)
		strbuf_addf(err, "%s: %s", what, why.buf);
	else if (encrypt_key_parse(text.buf, text.len, true, key)) {
		strbuf_addf(err, "%s: %s holds no key: %s", what, path, key_help);
		rc = -1;
	}
	OPENSSL_cleanse(text.buf, text.len);
	strbuf_release(&text);
	strbuf_release(&why);
	return rc == 0 ? 0 : -1;
}

static const char *env_value(const char *name)
{
	const char *v = getenv(name);
	return v && *v ? v : NULL;
}

/* The key from variable `value_env`, else the file `file_env` names, else
 * the file `setting` names (may be NULL). 0 also when none is set. */
static int load_one(struct encrypt_keys *k, bool seal, const char *value_env,
		    const char *file_env, const char *setting, struct strbuf *err)
{
	const char *value = env_value(value_env), *file = env_value(file_env);
	unsigned char key[ENCRYPT_KEY_SIZE];
	char source[160];
	int rc = 0;
	if (value && file) {
		strbuf_addf(err, "both %s and %s are set; set one of them", value_env, file_env);
		return -1;
	}
	if (value) {
		if (encrypt_key_parse(value, strlen(value), false, key)) {
			strbuf_addf(err, "%s is not a key: %s", value_env, key_help);
			return -1;
		}
		snprintf(source, sizeof(source), "%s", value_env);
	} else if (file || setting) {
		const char *what = file ? file_env : "backend setting " ENCRYPT_KEY_FILE_SETTING;
		rc = key_from_file(file ? file : setting, what, key, err);
		snprintf(source, sizeof(source), "%s (%s)", file ? file_env : ENCRYPT_KEY_FILE_SETTING,
			 file ? file : setting);
	} else {
		return 0;
	}
	if (!rc)
		encrypt_keys_add(k, key, seal, source);
	OPENSSL_cleanse(key, sizeof(key));
	return rc;
}

int encrypt_keys_load(struct encrypt_keys *k, const char *key_file, struct strbuf *err)
{
	memset(k, 0, sizeof(*k));
	if (load_one(k, true, ENCRYPT_KEY_ENV, ENCRYPT_KEY_FILE_ENV,
		     key_file && *key_file ? key_file : NULL, err) ||
	    load_one(k, false, ENCRYPT_FALLBACK_ENV, ENCRYPT_FALLBACK_FILE_ENV, NULL, err)) {
		encrypt_keys_clear(k);
		return -1;
	}
	return 0;
}

/* "1f2e3d4c5b6a7988": SHA-256("terrace key id" || key), first 8 bytes. */
static void key_id(const unsigned char key[ENCRYPT_KEY_SIZE], char out[KEY_ID_HEX + 1])
{
	static const char label[] = "terrace key id";
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int n = 0;
	EVP_MD_CTX *c = EVP_MD_CTX_new();
	if (!c || !EVP_DigestInit_ex(c, EVP_sha256(), NULL) ||
	    !EVP_DigestUpdate(c, label, sizeof(label) - 1) ||
	    !EVP_DigestUpdate(c, key, ENCRYPT_KEY_SIZE) || !EVP_DigestFinal_ex(c, md, &n))
		memset(md, 0, sizeof(md));
	EVP_MD_CTX_free(c);
	hex_text(md, KEY_ID_HEX / 2, out);
}

/* ---- the envelope ---- */

/*
 * AES-256-GCM over len bytes of in into out (as many bytes), the AAD bound
 * in. Sealing (enc) writes the tag; opening checks it: -1 when the key is
 * wrong or the data was changed. EVP lengths are ints: the data goes in
 * int-sized pieces.
 */
static int gcm(bool enc, const unsigned char *key, const unsigned char *nonce,
	       const unsigned char *in, size_t len, unsigned char *out, unsigned char *tag)
{
	EVP_CIPHER_CTX *c = EVP_CIPHER_CTX_new();
	int got = 0;
	int ok = c && EVP_CipherInit_ex(c, EVP_aes_256_gcm(), NULL, NULL, NULL, enc) &&
		 EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_GCM_SET_IVLEN, NONCE_SIZE, NULL) &&
		 EVP_CipherInit_ex(c, NULL, NULL, key, nonce, enc) &&
		 EVP_CipherUpdate(c, NULL, &got, (const unsigned char *)AAD, sizeof(AAD) - 1);
	size_t done = 0;
	while (ok && done < len) {
		int n = len - done > CHUNK ? CHUNK : (int)(len - done);
		ok = EVP_CipherUpdate(c, out + done, &got, in + done, n) && got == n;
		done += (size_t)n;
	}
	ok = ok && (enc || EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_GCM_SET_TAG, TAG_SIZE, tag)) &&
	     EVP_CipherFinal_ex(c, out + len, &got) > 0 &&
	     (!enc || EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_GCM_GET_TAG, TAG_SIZE, tag));
	EVP_CIPHER_CTX_free(c);
	return ok ? 0 : -1;
}

int encrypt_seal(const struct encrypt_keys *k, const void *plain, size_t len,
		 struct strbuf *out, struct strbuf *err)
{
	if (!k || !k->seal) {
		strbuf_addstr(err, "no encryption key to seal with");
		return -1;
	}
	unsigned char nonce[NONCE_SIZE], tag[TAG_SIZE];
	if (RAND_bytes(nonce, sizeof(nonce)) != 1) {
		strbuf_addstr(err, "cannot encrypt: no randomness available for a nonce");
		return -1;
	}
	unsigned char *ct = xmalloc(len + 1);
	if (gcm(true, k->key[0], nonce, plain, len, ct, tag)) {
		free(ct);
		strbuf_addstr(err, "cannot encrypt: OpenSSL's AES-256-GCM failed");
		return -1;
	}
	char id[KEY_ID_HEX + 1];
	key_id(k->key[0], id);
	char *b_nonce = base64_encode(nonce, sizeof(nonce));
	char *b_tag = base64_encode(tag, sizeof(tag));
	char *b_ct = base64_encode(ct, len);
	free(ct);
	/* Built by hand so the fields keep this order, the version first. */
	strbuf_addf(out, "{\"terrace_encryption\":%d,\"alg\":\"" ALG "\",\"key_id\":\"%s\","
		    "\"nonce\":\"%s\",\"tag\":\"%s\",\"ciphertext\":\"", FORMAT_VERSION, id,
		    b_nonce, b_tag);
	strbuf_addstr(out, b_ct);
	strbuf_addstr(out, "\"}\n");
	free(b_nonce);
	free(b_tag);
	free(b_ct);
	return 0;
}

int encrypt_maybe_seal(const struct encrypt_keys *k, const void *plain, size_t len,
		       struct strbuf *out, struct strbuf *err)
{
	if (k && k->seal)
		return encrypt_seal(k, plain, len, out, err);
	strbuf_add(out, plain, len);
	return 0;
}

static int dump_to_strbuf(const char *buffer, size_t size, void *data)
{
	strbuf_add(data, buffer, size);
	return 0;
}

int encrypt_maybe_seal_json(const struct encrypt_keys *k, const json_t *doc, size_t flags,
			    struct strbuf *out, struct strbuf *err)
{
	struct strbuf plain = STRBUF_INIT;
	int rc = json_dump_callback(doc, dump_to_strbuf, &plain, flags);
	if (rc)
		strbuf_addstr(err, "cannot serialise the document");
	else
		strbuf_addch(&plain, '\n');
	if (!rc)
		rc = encrypt_maybe_seal(k, plain.buf, plain.len, out, err);
	OPENSSL_cleanse(plain.buf, plain.len);
	strbuf_release(&plain);
	return rc ? -1 : 0;
}

/* The envelope in data, or NULL when data is not one. */
static json_t *envelope_of(const void *data, size_t len)
{
	static const char marker[] = "\"terrace_encryption\"";
	if (!memmem(data, len, marker, sizeof(marker) - 1))
		return NULL;
	json_t *doc = json_loadb(data, len, 0, NULL);
	if (json_is_object(doc) && json_object_get(doc, "terrace_encryption"))
		return doc;
	json_decref(doc);
	return NULL;
}

bool encrypt_is_sealed(const void *data, size_t len)
{
	json_t *env = envelope_of(data, len);
	json_decref(env);
	return env != NULL;
}

/* A base64 field of the envelope: exactly `want` bytes (want 0: any
 * length, *got set); a new buffer, or NULL. */
static unsigned char *field_bytes(const json_t *env, const char *name, size_t want, size_t *got)
{
	const char *s = json_string_value(json_object_get(env, name));
	if (!s)
		return NULL;
	size_t n = strlen(s);
	size_t cap = n / 4 * 3 + 3;
	unsigned char *buf = xmalloc(cap);
	if (want) {
		if (base64_decode_exact(s, n, buf, want)) {
			free(buf);
			return NULL;
		}
		*got = want;
		return buf;
	}
	if (n == 0) { /* the ciphertext of an empty plaintext */
		*got = 0;
		return buf;
	}
	/* Any length: the one n characters (less padding) hold. */
	size_t pad = n >= 1 && s[n - 1] == '=' ? (n >= 2 && s[n - 2] == '=' ? 2 : 1) : 0;
	size_t bytes = n % 4 == 0 ? n / 4 * 3 - pad : n / 4 * 3 + (n % 4 == 3 ? 2 : 1);
	if (base64_decode_exact(s, n, buf, bytes)) {
		free(buf);
		return NULL;
	}
	*got = bytes;
	return buf;
}

/* Decrypt with one key: 0 and the plaintext in *plain, -1 when
 * authentication fails. */
static int try_key(const unsigned char key[ENCRYPT_KEY_SIZE], const unsigned char *nonce,
		   unsigned char *tag, const unsigned char *ct, size_t ct_len, unsigned char **plain)
{
	unsigned char *out = xmalloc(ct_len + 1);
	if (gcm(false, key, nonce, ct, ct_len, out, tag)) {
		OPENSSL_cleanse(out, ct_len + 1);
		free(out);
		return -1;
	}
	*plain = out;
	return 0;
}

/* Why no key opened it: whether the key id names one of ours. */
static void explain_wrong_key(const struct encrypt_keys *k, const json_t *env, struct strbuf *err)
{
	const char *sealed_with = json_string_value(json_object_get(env, "key_id"));
	char id[KEY_ID_HEX + 1];
	for (int i = 0; sealed_with && i < k->n; i++) {
		key_id(k->key[i], id);
		if (!strcmp(id, sealed_with)) {
			strbuf_addf(err, " (%s has the key id it was sealed with, %s: the file was "
				    "changed or cut short)", k->source[i], id);
			return;
		}
	}
	key_id(k->key[0], id);
	strbuf_addf(err, " (it was sealed with key id %s; %s is key id %s", sealed_with ? sealed_with
		    : "(none recorded)", k->source[0], id);
	if (k->n > 1) {
		key_id(k->key[1], id);
		strbuf_addf(err, ", %s is key id %s", k->source[1], id);
	}
	strbuf_addch(err, ')');
}

int encrypt_open(const struct encrypt_keys *k, const char *what, const void *data, size_t len,
		 struct strbuf *out, struct strbuf *err)
{
	json_t *env = envelope_of(data, len);
	if (!env) {
		strbuf_add(out, data, len);
		return 0;
	}
	int rc = -1;
	unsigned char *nonce = NULL, *tag = NULL, *ct = NULL, *plain = NULL;
	size_t nonce_len = 0, tag_len = 0, ct_len = 0;
	json_t *version = json_object_get(env, "terrace_encryption");
	const char *alg = json_string_value(json_object_get(env, "alg"));
	if (!json_is_integer(version) || json_integer_value(version) != FORMAT_VERSION) {
		char *v = json_dumps(version, JSON_ENCODE_ANY);
		strbuf_addf(err, "%s: encrypted in format version %s, which this terrace does not "
			    "know (it knows %d)", what, v ? v : "?", FORMAT_VERSION);
		free(v);
		goto out;
	}
	if (!alg || strcmp(alg, ALG)) {
		strbuf_addf(err, "%s: encrypted with \"%s\", which this terrace does not know (it "
			    "knows " ALG ")", what, alg ? alg : "?");
		goto out;
	}
	if (!k || k->n == 0) {
		strbuf_addf(err, "%s is encrypted; set %s (or %s, or the backend setting %s) to "
			    "the key it was encrypted with", what, ENCRYPT_KEY_ENV,
			    ENCRYPT_KEY_FILE_ENV, ENCRYPT_KEY_FILE_SETTING);
		goto out;
	}
	const char *bad = !(nonce = field_bytes(env, "nonce", NONCE_SIZE, &nonce_len)) ? "nonce"
			  : !(tag = field_bytes(env, "tag", TAG_SIZE, &tag_len)) ? "tag"
			  : !(ct = field_bytes(env, "ciphertext", 0, &ct_len)) ? "ciphertext" : NULL;
	if (bad) {
		strbuf_addf(err, "%s: cannot decrypt: wrong key or damaged file (its \"%s\" is not "
			    "valid base64 of the right length)", what, bad);
		goto out;
	}
	for (int i = 0; i < k->n && !plain; i++)
		try_key(k->key[i], nonce, tag, ct, ct_len, &plain);
	if (!plain) {
		strbuf_addf(err, "%s: cannot decrypt: wrong key or damaged file", what);
		explain_wrong_key(k, env, err);
		goto out;
	}
	strbuf_add(out, plain, ct_len);
	OPENSSL_cleanse(plain, ct_len);
	rc = 1;
out:
	free(plain);
	free(nonce);
	free(tag);
	free(ct);
	json_decref(env);
	return rc;
}

int encrypt_read_file(const struct encrypt_keys *k, const char *path, struct strbuf *out,
		      struct strbuf *err)
{
	struct strbuf raw = STRBUF_INIT;
	int rc = encrypt_read_raw(path, &raw, err);
	if (rc == 0 && !out->len && !encrypt_is_sealed(raw.buf, raw.len)) {
		/* A plain file is its text: handed over, not copied (a state
		 * of 10,000 resources is 6 MB). */
		struct strbuf t = *out;
		*out = raw;
		raw = t;
	} else if (rc == 0) {
		rc = encrypt_open(k, path, raw.buf, raw.len, out, err) < 0 ? -1 : 0;
	}
	strbuf_release(&raw);
	return rc;
}
