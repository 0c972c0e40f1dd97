/*
 * stored_secret.c: how the state keeps a sensitive value: never the value,
 * a salted and deliberately slow hash of it, enough to tell whether the
 * configuration changed it.
 *
 *   {"$scrypt": "16384$8$1$SALT$HASH"}
 *
 * scrypt (OpenSSL's EVP_PBE_scrypt) of the value's canonical JSON with
 * N=16384, r=8, p=1 (16 MiB and tens of milliseconds a guess, the
 * parameters of the scrypt paper for interactive logins), a 16-byte random
 * salt of its own, a 32-byte result; the parameters travel with the hash,
 * so they can be raised later. TERRACE_SECRET_HASH_COST (log2 of N, 10 to
 * 17) sets N for the hashes made from then on: up to OWASP's 2^17, or down
 * for a test suite that hashes thousands (as Devise lowers bcrypt's cost
 * under test); a hash already stored is checked with its own parameters.
 * States written before hold
 * {"$sha256": HEX} (unsalted): still recognised, and replaced by the
 * salted form the next time terrace writes the resource (plan/apply.c).
 *
 * Checking a value against its hash costs a scrypt; the answers are kept
 * for the run (keyed by the stored text and the value's SHA-256, in memory
 * only), so a plan checks each secret once. A hash the run made is an
 * answer too (it matches the value it was made from), so what an apply
 * hashed and then reads again (a pending entry recorded again, an output
 * or reference re-derived from the stack) costs no second scrypt, and
 * value_hashed_again keeps a stored hash the run knows still matches.
 */
#include "provider/provider.h"
#include "provider/base/encoding.h"
#include "provider/base/redact.h"

#include <errno.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SCRYPT_KEY "$scrypt"
#define LEGACY_KEY "$sha256"
/* N = 2^cost; TERRACE_SECRET_HASH_COST sets the cost of the hashes made
 * from then on (secret_hash_cost_check). */
#define SCRYPT_COST_DEFAULT 14
#define SCRYPT_COST_MIN 10
#define SCRYPT_COST_MAX 17
#define SCRYPT_R 8
#define SCRYPT_P 1
#define SALT_LEN 16
#define HASH_LEN 32

static char *canonical(const json_t *v)
{
	return json_dumps(v, JSON_COMPACT | JSON_SORT_KEYS | JSON_ENCODE_ANY);
}

static void sha256(const char *text, unsigned char md[32])
{
	unsigned int len = 0;
	EVP_Digest(text ? text : "", text ? strlen(text) : 0, md, &len, EVP_sha256(), NULL);
}

static int scrypt(const char *text, const unsigned char *salt, size_t salt_len,
		  uint64_t n, uint64_t r, uint64_t p, unsigned char out[HASH_LEN])
{
	/* maxmem: what these parameters need, with room. */
	uint64_t maxmem = 128 * r * n * 2 + (1u << 20);
	return EVP_PBE_scrypt(text ? text : "", text ? strlen(text) : 0, salt, salt_len, n, r,
			      p, maxmem, out, HASH_LEN) == 1 ? 0 : -1;
}

/* Decode base64 into out (at most cap bytes); its length, or -1. */
static int unb64(const char *in, unsigned char *out, int cap)
{
	size_t n = strlen(in), len;
	unsigned char *buf;
	if (!n || (int)(n / 4 * 3) > cap + 2 || base64_decode(in, n, &buf, &len))
		return -1;
	int rc = len > (size_t)cap ? -1 : (int)len;
	if (rc >= 0)
		memcpy(out, buf, len);
	free(buf);
	return rc;
}

/* ---- the run's answers ---- */

/* "STORED SHA256-HEX" -> true or false: whether the value of that SHA-256
 * matches the stored scrypt text. */
static json_t *answers;
static pthread_mutex_t answers_mu = PTHREAD_MUTEX_INITIALIZER;

static char *answer_key(const char *stored, const unsigned char sha[32])
{
	char hex[65];
	hex_text(sha, 32, hex);
	return xasprintf("%s %s", stored, hex);
}

static int cache_find(const char *stored, const unsigned char sha[32])
{
	char *key = answer_key(stored, sha);
	pthread_mutex_lock(&answers_mu);
	json_t *a = answers ? json_object_get(answers, key) : NULL;
	int found = a ? json_is_true(a) : -1;
	pthread_mutex_unlock(&answers_mu);
	free(key);
	return found;
}

static void cache_put(const char *stored, const unsigned char sha[32], bool matches)
{
	char *key = answer_key(stored, sha);
	pthread_mutex_lock(&answers_mu);
	if (!answers)
		answers = json_object();
	json_object_set_new(answers, key, json_boolean(matches));
	pthread_mutex_unlock(&answers_mu);
	free(key);
}

/* log2 of N for the hashes this run makes: TERRACE_SECRET_HASH_COST, else
 * the default; -1 for a value that is not a whole number in range. */
static int secret_hash_cost(void)
{
	const char *env = getenv("TERRACE_SECRET_HASH_COST");
	if (!env || !*env)
		return SCRYPT_COST_DEFAULT;
	char *end;
	errno = 0;
	long cost = strtol(env, &end, 10);
	if (errno || *end || env[0] < '0' || env[0] > '9' || cost < SCRYPT_COST_MIN ||
	    cost > SCRYPT_COST_MAX)
		return -1;
	return (int)cost;
}

int secret_hash_cost_check(struct strbuf *err)
{
	if (secret_hash_cost() >= 0)
		return 0;
	strbuf_addf(err, "TERRACE_SECRET_HASH_COST=\"%s\": give a whole number from %d to %d, "
		    "log2 of scrypt's N for the hashes of sensitive values (default %d: N=%d)",
		    getenv("TERRACE_SECRET_HASH_COST"), SCRYPT_COST_MIN, SCRYPT_COST_MAX,
		    SCRYPT_COST_DEFAULT, 1 << SCRYPT_COST_DEFAULT);
	return -1;
}

json_t *value_hashed(const json_t *v)
{
	int cost = secret_hash_cost();
	uint64_t n = (uint64_t)1 << (cost < 0 ? SCRYPT_COST_DEFAULT : cost);
	unsigned char salt[SALT_LEN], hash[HASH_LEN];
	char *text = canonical(v);
	if (RAND_bytes(salt, sizeof(salt)) != 1 ||
	    scrypt(text, salt, sizeof(salt), n, SCRYPT_R, SCRYPT_P, hash)) {
		/* No randomness or no memory: abort rather than store the value. */
		free(text);
		fprintf(stderr, "terrace: cannot hash a sensitive value (scrypt failed)\n");
		abort();
	}
	unsigned char sha[32];
	sha256(text, sha);
	OPENSSL_cleanse(text, strlen(text));
	free(text);
	char *s = base64_encode(salt, sizeof(salt)), *h = base64_encode(hash, sizeof(hash));
	json_t *out = json_pack("{s:o}", SCRYPT_KEY, json_sprintf("%llu$%d$%d$%s$%s",
								 (unsigned long long)n,
								 SCRYPT_R, SCRYPT_P, s, h));
	free(s);
	free(h);
	cache_put(json_string_value(json_object_get(out, SCRYPT_KEY)), sha, true);
	return out;
}

json_t *value_hashed_again(const json_t *v, const json_t *prior)
{
	const char *spec = json_string_value(json_object_get(prior, SCRYPT_KEY));
	char *text = spec && json_object_size(prior) == 1 ? canonical(v) : NULL;
	if (text) {
		unsigned char sha[32];
		sha256(text, sha);
		OPENSSL_cleanse(text, strlen(text));
		free(text);
		if (cache_find(spec, sha) == 1)
			return json_incref((json_t *)prior);
	}
	return value_hashed(v);
}

bool value_is_hashed(const json_t *v)
{
	return json_is_object(v) && json_object_size(v) == 1 &&
	       (json_is_string(json_object_get(v, SCRYPT_KEY)) ||
		json_is_string(json_object_get(v, LEGACY_KEY)));
}

bool value_is_legacy_hash(const json_t *v)
{
	return json_is_object(v) && json_object_size(v) == 1 &&
	       json_is_string(json_object_get(v, LEGACY_KEY));
}

/* Whether text hashes to the scrypt form spec ("N$r$p$SALT$HASH"). */
static bool scrypt_matches(const char *spec, const char *text)
{
	unsigned long long n, r, p;
	char salt64[64], hash64[64];
	if (sscanf(spec, "%llu$%llu$%llu$%63[^$]$%63s", &n, &r, &p, salt64, hash64) != 5 ||
	    n < 2 || n > (1u << 22) || (n & (n - 1)) || r < 1 || r > 32 || p < 1 || p > 16)
		return false;
	unsigned char salt[48], want[48], got[HASH_LEN];
	int salt_len = unb64(salt64, salt, sizeof(salt));
	int want_len = unb64(hash64, want, sizeof(want));
	if (salt_len <= 0 || want_len != HASH_LEN || scrypt(text, salt, (size_t)salt_len, n, r, p, got))
		return false;
	return CRYPTO_memcmp(got, want, HASH_LEN) == 0;
}

static bool hash_matches(const json_t *stored, const json_t *v)
{
	char *text = v ? canonical(v) : NULL;
	if (!text)
		return false; /* no value (removed) never matches a stored one */
	unsigned char sha[32];
	sha256(text, sha);
	bool matches;
	const char *legacy = json_string_value(json_object_get(stored, LEGACY_KEY));
	if (legacy) {
		char hex[65];
		hex_text(sha, 32, hex);
		matches = !strcmp(hex, legacy);
	} else {
		const char *spec = json_string_value(json_object_get(stored, SCRYPT_KEY));
		int known = cache_find(spec, sha);
		matches = known >= 0 ? known : scrypt_matches(spec, text);
		if (known < 0)
			cache_put(spec, sha, matches);
	}
	OPENSSL_cleanse(text, strlen(text));
	free(text);
	return matches;
}

bool value_holds_hash(const json_t *v)
{
	const char *k;
	size_t i;
	json_t *e;

	if (value_is_hashed(v))
		return true;
	if (json_is_object(v))
		json_object_foreach((json_t *)v, k, e)
			if (value_holds_hash(e))
				return true;
	if (json_is_array(v))
		json_array_foreach(v, i, e)
			if (value_holds_hash(e))
				return true;
	return false;
}

bool value_matches_stored(const json_t *v, const json_t *stored)
{
	const char *k;
	json_t *e;

	if (value_is_hashed(stored))
		return value_is_hashed(v) ? value_equal(v, stored) : hash_matches(stored, v);
	if (!value_holds_hash(stored))
		return value_equal(v, stored);
	/* A block kept with its sensitive leaves hashed: compared member by
	 * member, as value_equal compares (a null member is an absent one). */
	if (json_is_object(stored) && json_is_object(v)) {
		json_object_foreach((json_t *)stored, k, e)
			if (!value_matches_stored(json_object_get(v, k), e) &&
			    !(json_is_null(e) && !json_object_get(v, k)))
				return false;
		json_object_foreach((json_t *)v, k, e)
			if (!json_object_get(stored, k) && !json_is_null(e))
				return false;
		return true;
	}
	if (json_is_array(stored) && json_is_array(v) &&
	    json_array_size(stored) == json_array_size(v)) {
		for (size_t i = 0; i < json_array_size(v); i++)
			if (!value_matches_stored(json_array_get(v, i), json_array_get(stored, i)))
				return false;
		return true;
	}
	return false;
}

/* ---- sensitive leaves inside a block ---- */

/* v with the leaf at `rest` (".field", "[].field", ... after the
 * attribute's name; "" the value itself) hashed, or for a display replaced
 * by like's hash at the same place when it matches it, else by a hash that
 * matches nothing; like: the value as stored, or NULL. */
static json_t *redact_at(const json_t *v, const char *rest, const json_t *like, bool hash)
{
	if (!v || json_is_null(v) || value_is_unknown(v) || value_is_hashed(v))
		return json_incref((json_t *)v);
	if (!*rest) {
		if (hash)
			return value_hashed_again(v, like);
		/* A display masks a whole secret holding unknowns by its name
		 * (each known leaf, each unknown one marked). */
		if (value_contains_unknown(v))
			return json_incref((json_t *)v);
		if (value_is_hashed(like) && value_matches_stored(v, like))
			return json_incref((json_t *)like);
		return json_pack("{s:s}", SCRYPT_KEY, "");
	}
	if (!strncmp(rest, "[]", 2) && json_is_array(v)) {
		json_t *out = json_array();
		for (size_t i = 0; i < json_array_size(v); i++)
			json_array_append_new(out, redact_at(json_array_get(v, i), rest + 2,
							     json_array_get(like, i), hash));
		return out;
	}
	if (rest[0] == '.' && json_is_object(v)) {
		size_t n = strcspn(rest + 1, ".[");
		char *key = xstrndup(rest + 1, n);
		json_t *out = json_copy((json_t *)v), *sub = json_object_get(v, key);
		if (sub)
			json_object_set_new(out, key, redact_at(sub, rest + 1 + n,
								json_object_get(like, key), hash));
		free(key);
		return out;
	}
	return json_incref((json_t *)v);
}

json_t *value_redacted(const json_t *attrs, const json_t *paths, const json_t *like, bool hash)
{
	/* A deep copy: what the state keeps shares nothing with the values it
	 * was made from, as before there were paths. */
	json_t *out = json_deep_copy(attrs);
	size_t i;
	json_t *p;

	json_array_foreach(paths, i, p) {
		const char *path = json_string_value(p);
		size_t n = path ? strcspn(path, ".[") : 0;
		char *name = xstrndup(path ? path : "", n);
		json_t *v = json_object_get(out, name);
		if (v)
			json_object_set_new(out, name, redact_at(v, path + n,
								 json_object_get(like, name), hash));
		free(name);
	}
	return out;
}

/* Register what v holds where shown (value_redacted's display of it) holds
 * a hash v does not: the secrets at c's sensitive paths. */
static void register_where_masked(const json_t *v, const json_t *shown)
{
	size_t i;
	const char *k;
	json_t *e;

	if (json_equal(v, shown))
		return;
	if (value_is_hashed(shown))
		redact_add_value_whole(v);
	else if (json_is_array(v) && json_is_array(shown))
		json_array_foreach(v, i, e)
			register_where_masked(e, json_array_get(shown, i));
	else if (json_is_object(v) && json_is_object(shown))
		json_object_foreach((json_t *)v, k, e)
			register_where_masked(e, json_object_get(shown, k));
}

void value_register_secrets(const json_t *attrs, const json_t *paths)
{
	if (!attrs || !json_array_size(paths))
		return;
	json_t *shown = value_redacted(attrs, paths, NULL, false);
	register_where_masked(attrs, shown);
	json_decref(shown);
}
