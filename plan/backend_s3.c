/*
 * backend_s3.c: the state kept as one object in an S3 bucket (AWS S3 or an
 * S3-compatible server), with a lock object beside it.
 *
 * - State: s3://BUCKET/KEY, written only with a conditional PUT: If-Match:
 *   the ETag terrace loaded (If-None-Match: * when there was none), so a
 *   state that moved behind terrace's back is refused (412), never
 *   overwritten.
 * - History: before each overwrite the previous state is stored as
 *   KEY.history/<serial>-<UTC time>.json (a history prefix rather than
 *   bucket versioning, so it works the same on servers without versioning).
 * - Journal: apply makes each group of changes durable as one object
 *   KEY.journal/SERIAL-LINEAGE/MD5/N.json (N = 1, 2, ... in 10 digits)
 *   rather than a PUT of the whole state, which cost O(resources) bytes per
 *   change. The folder names the stored state object the records extend:
 *   its lineage, serial and the MD5 of its bytes, so a record never
 *   replays onto another state, not even one of the same serial (a state
 *   replaced, pushed or migrated). Load lists KEY.journal/ (remembering
 *   every key) and replays the live folder's records 1, 2, ... up to the
 *   first missing (plan/journal.c, shared with the local backend), then
 *   counts the state one serial later and writes nothing on top of it
 *   until a save. A save writes the state first, then deletes every record
 *   it knows (DeleteObjects): a kill in between leaves records of an
 *   older state, ignored by load and deleted by the next save. Records are
 *   written one at a time (apply's save_mu), each with If-None-Match: *;
 *   after one fails, none follows it (the caller saves whole).
 * - Lock: KEY.lock created with If-None-Match: *, holding the holder record
 *   {id, who, host, pid, operation, created}; unlock deletes it only while it
 *   still holds our id. A holder killed with SIGKILL leaves it behind:
 *   `terrace force-unlock ID` removes it.
 *
 * Encryption: with a key (b->keys, plan/encrypt.h) the state object, its
 * history copies and journal records are sealed; a plain state stored before the key was
 * set is read, and its history copy sealed on the next write. The lock
 * object stays plain: it holds no secrets.
 *
 * Retried requests: a conditional PUT whose first response was lost can be
 * answered 412 by its own earlier success; both writes check for that by
 * reading the object back before reporting a lost race. A state write
 * whose every attempt lost its answer is checked the same way: the stored
 * object holding exactly the bytes sent means the write happened.
 */
#include "plan/state.h"
#include "plan/journal.h"
#include "provider/aws/transport/transport.h"
#include "stacks/stack.h"
#include "provider/base/clock.h"
#include "provider/base/encoding.h"

#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

struct s3_backend {
	struct aws_client *client;
	char *bucket;
	char *key;
	char *lock_key;
	char *where;         /* "s3://bucket/key", for messages */
	bool loaded;         /* load() ran: etag tells what is stored */
	char *etag;          /* ETag of the stored state we know; NULL: none stored */
	char *stored_body;   /* that state's bytes, kept for the history copy */
	size_t stored_len;
	json_int_t stored_serial;
	char *lock_id;       /* set while we hold the lock */
	char *ws_prefix;     /* other workspaces' keys are ws_prefix WS "/" ws_suffix */
	char *ws_suffix;
	char *journal_prefix; /* KEY ".journal/" */
	/* The state stored at KEY as this process last loaded or saved it,
	 * with no journal record against it yet (base_lineage NULL: none
	 * stored, or loaded with records): journal records extend only it. */
	char *base_lineage;
	json_int_t base_serial;
	char base_digest[33];   /* hex MD5 of its stored bytes */
	unsigned long journal_seq; /* records written against it so far */
	/* Keys under journal_prefix that may exist (listed at load, written
	 * since): all of them are stale once a save lands, which deletes them. */
	json_t *journal_keys;
};

static struct s3_backend *impl(struct backend *b)
{
	return b->impl;
}

/* An object that is not there: NoSuchKey, or a 404 without a body (a
 * HEAD). Never NoSuchBucket: a state bucket that is gone is an error, not
 * an empty state (bucket_gone). */
static const char *const absent_codes[] = { "NoSuchKey", "404", NULL };

/* ---- helpers ---- */

/* The hex MD5 of these bytes. */
static void md5_hex(const char *body, size_t len, char out[33])
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int n = 0;
	EVP_Digest(body, len, md, &n, EVP_md5(), NULL);
	hex_text(md, n < 16 ? n : 16, out);
}

/* The ETag S3 gives a single-part PUT of these bytes: the quoted hex MD5. */
static char *md5_etag(const char *body, size_t len)
{
	char hex[33];
	md5_hex(body, len, hex);
	return xasprintf("\"%s\"", hex);
}

static void remember_stored(struct s3_backend *s, const char *etag, char *body, size_t len,
			    json_int_t serial)
{
	free(s->etag);
	free(s->stored_body);
	s->etag = etag ? xstrdup(etag) : NULL;
	s->stored_body = body;
	s->stored_len = len;
	s->stored_serial = serial;
	s->loaded = true;
}

/* An error of a call to the state's bucket says it comes from the backend. */
static int backend_failed(const struct s3_backend *s, const char *key, struct strbuf *err)
{
	strbuf_prefixf(err, "backend s3, s3://%s/%s: ", s->bucket, key);
	return -1;
}

/* Whether a call answered as absent was answered that the bucket itself
 * is gone (err then says so): an error like any other refusal. */
static bool bucket_gone(const struct aws_request *req, const struct aws_response *resp,
			struct strbuf *err)
{
	if (!resp->error_code || strcmp(resp->error_code, "NoSuchBucket"))
		return false;
	strbuf_addf(err, "s3 %s: HTTP %ld NoSuchBucket%s%s", req->operation, resp->status,
		    resp->error_message ? ": " : "",
		    resp->error_message ? resp->error_message : "");
	return true;
}

/* GET an object: 0 with *resp filled, 1 when absent, -1 on error. */
static int get_object(struct s3_backend *s, const char *operation, const char *key,
		      struct aws_response *resp, struct strbuf *err)
{
	struct aws_request req = {
		.operation = operation, .method = "GET", .bucket = s->bucket, .path = key,
	};
	char *path = xasprintf("/%s", key);
	req.path = path;
	int rc = s3_call(s->client, &req, absent_codes, resp, err);
	if (rc == 1 && bucket_gone(&req, resp, err))
		rc = -1;
	free(path);
	return rc < 0 ? backend_failed(s, key, err) : rc;
}

/* PUT body to key with one optional condition header; 0 ok, 1 on 412
 * PreconditionFailed (or 404 for If-Match on a missing object), -1 error. */
static int put_object(struct s3_backend *s, const char *key, const char *body, size_t len,
		      const char *cond_name, const char *cond_value,
		      struct aws_response *resp, struct strbuf *err)
{
	static const char *const precondition[] = { "PreconditionFailed", "NoSuchKey", "412",
						    NULL };
	char md5[S3_MD5_B64_SIZE];
	s3_md5_base64(body, len, md5);
	struct aws_header headers[3] = {
		{ .name = "Content-Type", .value = "application/json" },
		{ .name = "Content-MD5", .value = md5 },
		{ .name = (char *)cond_name, .value = (char *)cond_value },
	};
	char *path = xasprintf("/%s", key);
	struct aws_request req = {
		.operation = "PutObject", .method = "PUT", .bucket = s->bucket, .path = path,
		.headers = headers, .n_headers = cond_name ? 3 : 2, .body = body, .body_len = len,
	};
	int rc = s3_call(s->client, &req, cond_name ? precondition : NULL, resp, err);
	if (rc < 0)
		backend_failed(s, key, err);
	if (rc == 1 && resp->status != 412 && resp->status != 404) {
		strbuf_addf(err, "s3://%s/%s: PutObject: HTTP %ld %s", s->bucket, key,
			    resp->status, resp->error_code ? resp->error_code : "");
		rc = -1;
	}
	free(path);
	return rc;
}

static int delete_object(struct s3_backend *s, const char *key, struct strbuf *err)
{
	char *path = xasprintf("/%s", key);
	struct aws_request req = {
		.operation = "DeleteObject", .method = "DELETE", .bucket = s->bucket, .path = path,
	};
	struct aws_response resp;
	int rc = s3_call(s->client, &req, absent_codes, &resp, err);
	if (rc == 1 && bucket_gone(&req, &resp, err))
		rc = -1;
	aws_response_free(&resp);
	free(path);
	return rc < 0 ? backend_failed(s, key, err) : 0;
}

/* What a page of list_keys appends to, and names in its error. */
struct key_listing {
	struct s3_backend *s;
	const char *prefix;
	json_t *keys;
};

/* One page of ListObjectsV2 under prefix: its keys appended to keys. */
static int list_page(void *ctx, xmlNodePtr root, xmlNodePtr first, struct strbuf *err)
{
	struct key_listing *kl = ctx;

	for (xmlNodePtr n = first; n; n = xml_next_same(n)) {
		char *key = s3_xml_url_text(n, "Key");
		if (key)
			json_array_append_new(kl->keys, json_string(key));
		free(key);
	}
	if (s3_xml_bool(root, "IsTruncated") && !xml_child(root, "NextContinuationToken")) {
		strbuf_addf(err, "s3://%s/%s: ListObjectsV2: a truncated answer without "
			    "NextContinuationToken", kl->s->bucket, kl->prefix);
		return -1;
	}
	return 0;
}

/* Every key under prefix, appended to keys (ListObjectsV2, paged by the
 * transport's engine). */
static int list_keys(struct s3_backend *s, const char *prefix, json_t *keys, struct strbuf *err)
{
	struct key_listing kl = { s, prefix, keys };
	struct strbuf q = STRBUF_INIT;
	/* encoding-type=url, as every S3 list call terrace makes: a key under
	 * the prefix with a control character (legal in S3, not in XML 1.0)
	 * would otherwise make the answer unreadable; s3_xml_url_text decodes. */
	strbuf_addstr(&q, "encoding-type=url&list-type=2&max-keys=1000&prefix=");
	sigv4_uri_encode(&q, prefix, strlen(prefix), false);
	int rc = s3_list_paged(s->client, "ListObjectsV2", s->bucket, q.buf, NULL, 0, list_page,
			       &kl, err);
	strbuf_release(&q);
	return rc ? -1 : 0;
}

/* Whether the object at key now holds exactly these bytes (a retried
 * conditional PUT answered 412 by its own first attempt). */
static bool object_holds(struct s3_backend *s, const char *key, const char *body, size_t len)
{
	struct aws_response resp;
	struct strbuf ignored = STRBUF_INIT;
	bool same = get_object(s, "GetObject", key, &resp, &ignored) == 0 &&
		    resp.body_len == len && !memcmp(resp.body, body, len);
	aws_response_free(&resp);
	strbuf_release(&ignored);
	return same;
}

/* ---- the journal ---- */

/* What KEY holds as this process knows it, when no journal record extends
 * it yet: st stored as the bytes body (st NULL: unknown). */
static void set_base(struct s3_backend *s, const json_t *st, const char *body, size_t len)
{
	free(s->base_lineage);
	s->base_lineage = NULL;
	s->journal_seq = 0;
	const char *lineage = json_string_value(json_object_get(st, "lineage"));
	if (!lineage || !body)
		return;
	s->base_lineage = xstrdup(lineage);
	s->base_serial = json_integer_value(json_object_get(st, "serial"));
	md5_hex(body, len, s->base_digest);
}

/* The folder of the records extending the state (lineage, serial) stored
 * as the bytes whose hex MD5 is digest: KEY.journal/SERIAL-LINEAGE/DIGEST/,
 * the serial in 20 digits so that a listing sorts the folders by it. */
static char *journal_folder(const struct s3_backend *s, const char *lineage, json_int_t serial,
			    const char *digest)
{
	return xasprintf("%s%020lld-%s/%s/", s->journal_prefix, (long long)serial, lineage,
			 digest);
}

/* Record number seq of that folder: SEQ.json in 10 digits, so that the
 * records of a folder sort in the order they were written. */
static char *journal_key(const char *folder, unsigned long seq)
{
	return xasprintf("%s%010lu.json", folder, seq);
}

/* The record number of key in folder; 0 when key is not a record of it. */
static unsigned long record_number(const char *folder, const char *key)
{
	size_t n = strlen(folder);
	if (strncmp(key, folder, n))
		return 0;
	key += n;
	if (strspn(key, "0123456789") != 10 || strcmp(key + 10, ".json"))
		return 0;
	return strtoul(key, NULL, 10);
}

struct record_ref {
	unsigned long seq;
	const char *key;
};

static int by_seq(const void *a, const void *b)
{
	unsigned long x = ((const struct record_ref *)a)->seq;
	unsigned long y = ((const struct record_ref *)b)->seq;
	return x < y ? -1 : x > y;
}

/* Read record key (number seq) and merge it into st, which it must
 * extend: 0, or -1 with err naming the object. */
static int replay_record(struct backend *b, json_t *st, const char *digest, const char *key,
			 unsigned long seq, struct strbuf *err)
{
	struct s3_backend *s = impl(b);
	struct aws_response resp;
	int rc = get_object(s, "GetObject", key, &resp, err);
	if (rc) {
		if (rc == 1)
			strbuf_addf(err, "s3://%s/%s: the journal record was removed while it was "
				    "read (another writer?)", s->bucket, key);
		aws_response_free(&resp);
		return -1;
	}
	char *where = xasprintf("s3://%s/%s", s->bucket, key);
	struct strbuf plain = STRBUF_INIT;
	json_t *rec = NULL;
	rc = encrypt_open(&b->keys, where, resp.body, resp.body_len, &plain, err) < 0 ? -1 : 0;
	aws_response_free(&resp);
	if (!rc)
		rec = json_loadb(plain.buf, plain.len, JSON_REJECT_DUPLICATES, NULL);
	strbuf_release(&plain);
	const char *base = json_string_value(json_object_get(rec, "base"));
	if (!rc && (!journal_extends(rec, st) || !base || strcmp(base, digest) ||
		    json_integer_value(json_object_get(rec, "seq")) != (json_int_t)seq)) {
		strbuf_addf(err, "%s: not a journal record of the state stored at %s (serial %lld); "
			    "remove it to load the state without it", where, s->where,
			    (long long)json_integer_value(json_object_get(st, "serial")));
		rc = -1;
	}
	if (!rc)
		journal_merge(st, rec);
	json_decref(rec);
	free(where);
	return rc;
}

/*
 * List KEY.journal/ (every key is remembered: the next save deletes them)
 * and merge into st, the state just loaded from the bytes body, the
 * records that extend it, in the order they were written, up to the first
 * one missing. Returns the number merged (*live: whether any record of st
 * was listed), -1 on failure.
 */
static int replay_journal(struct backend *b, json_t *st, const char *body, size_t len,
			  bool *live, struct strbuf *err)
{
	struct s3_backend *s = impl(b);
	json_array_clear(s->journal_keys);
	*live = false;
	if (list_keys(s, s->journal_prefix, s->journal_keys, err)) {
		backend_failed(s, s->journal_prefix, err);
		strbuf_addstr(err, " (listing the journal of the state)");
		return -1;
	}
	size_t n = json_array_size(s->journal_keys);
	if (!n)
		return 0;
	char digest[33];
	md5_hex(body, len, digest);
	char *folder = journal_folder(s, json_string_value(json_object_get(st, "lineage")),
				      json_integer_value(json_object_get(st, "serial")), digest);
	struct record_ref *refs = xcalloc(n, sizeof(*refs));
	size_t nrefs = 0, i;
	json_t *k;
	json_array_foreach(s->journal_keys, i, k) {
		unsigned long seq = record_number(folder, json_string_value(k));
		if (seq)
			refs[nrefs++] = (struct record_ref){ seq, json_string_value(k) };
	}
	qsort(refs, nrefs, sizeof(*refs), by_seq);
	*live = nrefs > 0;
	int merged = 0;
	/* Records are written one at a time, each only after the one before
	 * it landed: a gap means the rest was never reported durable. */
	for (i = 0; i < nrefs && refs[i].seq == i + 1; i++) {
		if (replay_record(b, st, digest, refs[i].key, refs[i].seq, err)) {
			merged = -1;
			break;
		}
		merged++;
	}
	free(refs);
	free(folder);
	return merged;
}

/*
 * One group of changes to the state (lineage, serial), as one object
 * KEY.journal/SERIAL-LINEAGE/DIGEST/SEQ.json holding the journal header,
 * the stored state's digest ("base"), its number ("seq") and the changes:
 * sealed as the state is, written with If-None-Match: * and Content-MD5
 * (a record is never overwritten).
 */
static int s3_journal(struct backend *b, const char *lineage, json_int_t serial,
		      const json_t *changes, struct strbuf *err)
{
	struct s3_backend *s = impl(b);
	if (!s->base_lineage || !lineage || strcmp(lineage, s->base_lineage) ||
	    serial != s->base_serial)
		return 1;
	unsigned long seq = s->journal_seq + 1;
	json_t *rec = journal_header(lineage, serial);
	json_object_set_new(rec, "base", json_string(s->base_digest));
	json_object_set_new(rec, "seq", json_integer((json_int_t)seq));
	static const char *const sections[] = { "resources", "data" };
	for (size_t i = 0; i < 2; i++)
		if (json_is_object(json_object_get(changes, sections[i])))
			json_object_set(rec, sections[i], json_object_get(changes, sections[i]));
	struct strbuf body = STRBUF_INIT;
	char *folder = journal_folder(s, lineage, serial, s->base_digest);
	char *key = journal_key(folder, seq);
	free(folder);
	struct aws_response resp = { 0 };
	int rc = encrypt_maybe_seal_json(&b->keys, rec, JSON_COMPACT | JSON_SORT_KEYS, &body, err);
	json_decref(rec);
	if (rc)
		strbuf_prefixf(err, "s3://%s/%s: ", s->bucket, key);
	else {
		/* It may land even when its answer is lost: the next save
		 * deletes it either way. */
		json_array_append_new(s->journal_keys, json_string(key));
		rc = put_object(s, key, body.buf, body.len, "If-None-Match", "*", &resp, err);
		if (rc == 1 && resp.attempts > 1 && object_holds(s, key, body.buf, body.len))
			rc = 0;
		if (rc < 0 && object_holds(s, key, body.buf, body.len)) {
			strbuf_reset(err);
			rc = 0;
		}
		if (rc == 1) {
			strbuf_addf(err, "s3://%s/%s: a journal record of that name exists already "
				    "(another writer?)", s->bucket, key);
			rc = -1;
		}
	}
	aws_response_free(&resp);
	strbuf_release(&body);
	free(key);
	if (rc) {
		/* Nothing more goes on top of a record that may be missing:
		 * the caller saves the whole state instead, from now on. */
		set_base(s, NULL, NULL, 0);
		return -1;
	}
	s->journal_seq = seq;
	return 0;
}

/* Delete the journal records known to exist: stale once a save landed. A
 * failure is no failure of the save (load ignores stale records); they are
 * kept to be deleted by the next save. */
static void drop_journal(struct s3_backend *s)
{
	if (!json_array_size(s->journal_keys))
		return;
	struct strbuf ignored = STRBUF_INIT;
	if (!s3_delete_keys(s->client, s->bucket, s->journal_keys, &ignored))
		json_array_clear(s->journal_keys);
	strbuf_release(&ignored);
}

/* ---- load ---- */

static int s3_load(struct backend *b, json_t **out, struct strbuf *err)
{
	struct s3_backend *s = impl(b);
	struct aws_response resp;
	*out = NULL;
	int rc = get_object(s, "GetObject", s->key, &resp, err);
	if (rc < 0) {
		aws_response_free(&resp);
		return -1;
	}
	set_base(s, NULL, NULL, 0);
	if (rc == 1) {
		/* No state, no journal: the first write is a whole state. */
		aws_response_free(&resp);
		remember_stored(s, NULL, NULL, 0, 0);
		*out = state_new();
		if (!*out) {
			strbuf_addf(err, "%s: cannot create a state: no random lineage available",
				    s->where);
			return -1;
		}
		return 0;
	}
	struct strbuf plain = STRBUF_INIT;
	if (encrypt_open(&b->keys, s->where, resp.body, resp.body_len, &plain, err) < 0) {
		strbuf_release(&plain);
		aws_response_free(&resp);
		return -1;
	}
	json_error_t jerr;
	/* One entry at a time, shared as it comes (state.h); whole for
	 * anything irregular, whose message is jansson's. */
	json_t *st = state_parse(plain.buf, plain.len, NULL, NULL);
	bool shared = st != NULL;
	if (!st)
		st = json_loadb(plain.buf, plain.len, JSON_REJECT_DUPLICATES, &jerr);
	strbuf_release(&plain);
	struct strbuf why = STRBUF_INIT;
	if (!st)
		strbuf_addf(err, "%s:%d:%d: state object is not valid JSON: %s "
			    "(earlier versions are kept under %s.history/)", s->where,
			    jerr.line > 0 ? jerr.line : 1, jerr.column > 0 ? jerr.column : 1,
			    jerr.text, s->where);
	else if (state_validate(st, &why))
		strbuf_addf(err, "%s: %s", s->where, why.buf);
	strbuf_release(&why);
	if (!st || err->len) {
		json_decref(st);
		aws_response_free(&resp);
		return -1;
	}
	const char *etag = aws_response_header(&resp, "etag");
	char *computed = etag ? NULL : md5_etag(resp.body, resp.body_len);
	remember_stored(s, etag ? etag : computed, resp.body, resp.body_len,
			json_integer_value(json_object_get(st, "serial")));
	resp.body = NULL;
	free(computed);
	aws_response_free(&resp);
	bool live;
	int replayed = replay_journal(b, st, s->stored_body, s->stored_len, &live, err);
	if (replayed > 0) {
		journal_replayed(st);
		if (state_validate(st, &why))
			strbuf_addf(err, "%s: %s (after replaying the journal of an interrupted "
				    "apply under %s.journal/)", s->where, why.buf, s->where);
		strbuf_release(&why);
	}
	if (replayed < 0 || err->len) {
		s->loaded = false;
		json_decref(st);
		return -1;
	}
	/* Journal records go on top of the stored state only while none is
	 * there yet: after a replay the next write is a whole state. */
	if (!live)
		set_base(s, st, s->stored_body, s->stored_len);
	if (!shared || replayed)
		state_share_values(st);
	*out = st;
	return 0;
}

/* ---- save ---- */

/* Copy the stored state to KEY.history/; sealed when it is plain and b
 * has a sealing key (a state stored before the key was set). */
static int keep_history(struct backend *b, struct strbuf *err)
{
	struct s3_backend *s = impl(b);
	if (!s->stored_body)
		return 0;
	struct strbuf sealed = STRBUF_INIT;
	if (b->keys.seal && !encrypt_is_sealed(s->stored_body, s->stored_len) &&
	    encrypt_seal(&b->keys, s->stored_body, s->stored_len, &sealed, err)) {
		strbuf_prefixf(err, "%s: ", s->where);
		return -1;
	}
	const char *body = sealed.len ? sealed.buf : s->stored_body;
	size_t len = sealed.len ? sealed.len : s->stored_len;
	char *when = state_utc_now("%Y%m%dT%H%M%SZ");
	char *key = xasprintf("%s.history/%lld-%s.json", s->key, (long long)s->stored_serial,
			      when);
	struct aws_response resp;
	int rc = put_object(s, key, body, len, NULL, NULL, &resp, err);
	strbuf_release(&sealed);
	/* The copy is what failed: the state was not written either. */
	if (rc)
		strbuf_addf(err, " (copying the stored state, serial %lld, there before "
			    "overwriting it; nothing was written)", (long long)s->stored_serial);
	aws_response_free(&resp);
	free(key);
	free(when);
	return rc ? -1 : 0;
}

static int s3_save(struct backend *b, json_t *st, struct strbuf *err)
{
	struct s3_backend *s = impl(b);
	struct strbuf why = STRBUF_INIT;
	if (state_validate(st, &why)) {
		strbuf_addf(err, "%s: refusing to save an invalid state: %s", s->where, why.buf);
		strbuf_release(&why);
		return -1;
	}
	if (!s->loaded) {
		strbuf_addf(err, "%s: refusing to save a state that was not loaded first", s->where);
		return -1;
	}
	json_t *serial = json_object_get(st, "serial");
	json_int_t old_serial = json_integer_value(serial);
	json_integer_set(serial, old_serial + 1);
	struct strbuf body = STRBUF_INIT;
	struct aws_response resp = { 0 };
	int rc = state_serialize(st, &b->keys, &body, err);
	if (rc)
		strbuf_prefixf(err, "%s: ", s->where);
	if (!rc)
		rc = keep_history(b, err);
	if (!rc)
		rc = s->etag ? put_object(s, s->key, body.buf, body.len, "If-Match", s->etag,
					  &resp, err)
			     : put_object(s, s->key, body.buf, body.len, "If-None-Match", "*",
					  &resp, err);
	bool recognised = false;
	if (rc == 1 && resp.attempts > 1 && object_holds(s, s->key, body.buf, body.len))
		rc = 0;
	/* Every attempt failed without an answer (connection cut after the
	 * request went out): when the stored object is byte for byte what we
	 * sent, the write happened and only its answer was lost. */
	if (rc < 0 && object_holds(s, s->key, body.buf, body.len)) {
		strbuf_reset(err);
		recognised = true;
		rc = 0;
	}
	if (rc == 1)
		strbuf_addf(err, "%s: the stored state changed since terrace read it (another "
			    "writer?); refusing to overwrite it. Nothing was written; run the "
			    "command again to work from the current state", s->where);
	if (rc) {
		json_integer_set(serial, old_serial); /* nothing was written */
		aws_response_free(&resp);
		strbuf_release(&body);
		return -1;
	}
	const char *etag = recognised ? NULL : aws_response_header(&resp, "etag");
	char *computed = md5_etag(body.buf, body.len);
	size_t len = body.len;
	remember_stored(s, etag ? etag : computed, strbuf_detach(&body), len,
			old_serial + 1);
	free(computed);
	aws_response_free(&resp);
	/* The new state holds everything the journal did: its records are
	 * stale (they name an older serial) and go now. */
	set_base(s, st, s->stored_body, s->stored_len);
	drop_journal(s);
	return 0;
}

/* ---- lock ---- */

/* Read the lock object: 0 with *li filled, 1 when there is none, -1 on a
 * request error or a record that is not one of ours. */
static int read_holder(struct s3_backend *s, struct state_lock_info *li, struct strbuf *err)
{
	struct aws_response resp;
	int rc = get_object(s, "GetObject", s->lock_key, &resp, err);
	if (rc) {
		aws_response_free(&resp);
		return rc;
	}
	rc = state_lock_parse(resp.body, resp.body_len, li);
	aws_response_free(&resp);
	if (rc) {
		strbuf_addf(err, "s3://%s/%s: the lock object holds no lock record", s->bucket,
			    s->lock_key);
		return -1;
	}
	return 0;
}

/* One attempt: 0 taken, 1 held by someone (holder filled when readable),
 * -1 error. */
static int try_lock(struct s3_backend *s, const char *id, const char *record,
		    struct state_lock_info *holder, struct strbuf *err)
{
	struct aws_response resp;
	int rc = put_object(s, s->lock_key, record, strlen(record), "If-None-Match", "*", &resp,
			    err);
	int attempts = resp.attempts;
	aws_response_free(&resp);
	if (rc <= 0)
		return rc;
	struct state_lock_info now = { 0 };
	int read = read_holder(s, &now, err);
	if (read < 0)
		return -1;
	if (read == 1) /* released between our PUT and GET: try again */
		return 1;
	if (attempts > 1 && !strcmp(now.id, id)) { /* our own retried PUT */
		state_lock_info_free(&now);
		return 0;
	}
	state_lock_info_free(holder);
	*holder = now;
	return 1;
}

/*
 * The lock's PUT is the backend's first request: refused with a 403, it
 * is asked whether the keys themselves are refused (STS GetCallerIdentity,
 * as every provider's are before their first request), and then err is
 * the message every provider gives (docs/real-aws.md: "the AWS credentials
 * from SOURCE do not work: ..."), not the raw "PutObject: HTTP 403
 * SignatureDoesNotMatch". Keys that work (a bucket policy refusing them),
 * or an STS that cannot be reached or is not served: err stays the PUT's.
 */
static void credentials_refused(struct s3_backend *s, struct strbuf *err)
{
	struct strbuf why = STRBUF_INIT;
	static const char refused[] = "the AWS credentials from ";
	if (strstr(err->buf, "HTTP 403") && aws_client_verify(s->client, &why) &&
	    !strncmp(why.buf, refused, strlen(refused))) {
		strbuf_reset(err);
		strbuf_addf(err, "backend \"s3\" (s3://%s/%s): %s", s->bucket, s->key, why.buf);
	}
	strbuf_release(&why);
}

static int s3_lock(struct backend *b, const char *operation, double timeout_seconds,
		   struct strbuf *err)
{
	struct s3_backend *s = impl(b);
	if (s->lock_id) {
		strbuf_addf(err, "s3://%s/%s: this terrace already holds the state lock", s->bucket,
			    s->lock_key);
		return -1;
	}
	char id[37];
	if (state_uuid(id) < 0) {
		strbuf_addf(err, "s3://%s/%s: no randomness available for a lock id", s->bucket,
			    s->lock_key);
		return -1;
	}
	char *record = state_lock_record(id, operation);
	double start = monotonic_seconds();
	struct state_lock_info holder = { 0 };
	long delay_ms = 250;
	int rc;
	while ((rc = try_lock(s, id, record, &holder, err)) == 1) {
		double left = timeout_seconds - (monotonic_seconds() - start);
		if (left <= 0)
			break;
		long sleep_ms = delay_ms < (long)(left * 1000) + 1 ? delay_ms
								   : (long)(left * 1000) + 1;
		struct timespec ts = { sleep_ms / 1000, (sleep_ms % 1000) * 1000000L };
		nanosleep(&ts, NULL);
		if (delay_ms < 2000)
			delay_ms *= 2;
	}
	free(record);
	if (rc == 0)
		s->lock_id = xstrdup(id);
	else if (rc < 0)
		credentials_refused(s, err);
	else if (rc == 1) {
		char *where = xasprintf("s3://%s/%s", s->bucket, s->lock_key);
		state_lock_describe(err, &holder, timeout_seconds, where);
		free(where);
	}
	state_lock_info_free(&holder);
	return rc ? -1 : 0;
}

static int s3_unlock(struct backend *b, struct strbuf *err)
{
	struct s3_backend *s = impl(b);
	if (!s->lock_id) {
		strbuf_addf(err, "s3://%s/%s: the state lock is not held", s->bucket, s->lock_key);
		return -1;
	}
	struct state_lock_info now = { 0 };
	int rc = read_holder(s, &now, err);
	bool refused = rc < 0;    /* the bucket refused: gone, denied, unreachable */
	if (rc == 1) {
		strbuf_addf(err, "s3://%s/%s: our lock (id %s) was removed by someone else",
			    s->bucket, s->lock_key, s->lock_id);
		rc = -1;
	} else if (rc == 0 && strcmp(now.id, s->lock_id)) {
		strbuf_addf(err, "s3://%s/%s: the lock is now held by %s (lock id %s), not by us; "
			    "left alone", s->bucket, s->lock_key, now.who, now.id);
		rc = -1;
	} else if (rc == 0) {
		rc = delete_object(s, s->lock_key, err);
		refused = rc < 0;
	}
	/* Our lock may still be there. */
	if (refused) {
		strbuf_addstr(err, "; if the lock is still there, `");
		state_unlock_command(err, s->lock_id);
		strbuf_addstr(err, "` removes it once the bucket answers");
	}
	state_lock_info_free(&now);
	free(s->lock_id);
	s->lock_id = NULL;
	return rc;
}

static int s3_force_unlock(struct backend *b, const char *id, struct state_lock_info *was,
			   struct strbuf *err)
{
	struct s3_backend *s = impl(b);
	int rc = read_holder(s, was, err);
	if (rc == 1) {
		strbuf_addf(err, "s3://%s/%s: the state is not locked", s->bucket, s->lock_key);
		return -1;
	}
	if (rc < 0)
		return -1;
	if (strcmp(was->id, id)) {
		strbuf_addf(err, "s3://%s/%s: the lock's id is %s, not %s; nothing removed",
			    s->bucket, s->lock_key, was->id, id);
		return -1;
	}
	return delete_object(s, s->lock_key, err);
}

static void s3_free(struct backend *b)
{
	if (!b)
		return;
	struct s3_backend *s = impl(b);
	if (s->lock_id) {
		struct strbuf ignored = STRBUF_INIT;
		s3_unlock(b, &ignored);
		strbuf_release(&ignored);
	}
	aws_client_free(s->client);
	free(s->bucket);
	free(s->key);
	free(s->lock_key);
	free(s->where);
	free(s->ws_prefix);
	free(s->ws_suffix);
	free(s->etag);
	free(s->stored_body);
	free(s->journal_prefix);
	free(s->base_lineage);
	json_decref(s->journal_keys);
	free(s);
	encrypt_keys_clear(&b->keys);
	free(b);
}

static const struct backend_ops s3_ops = {
	.name = "s3",
	.load = s3_load,
	.save = s3_save,
	.journal = s3_journal,
	.lock = s3_lock,
	.unlock = s3_unlock,
	.force_unlock = s3_force_unlock,
	.free = s3_free,
};

/* ---- configuration ---- */

/* Where other workspaces' states live: a derived key puts them under the
 * stack's folder, a configured key under env:/ (Terraform's
 * workspace_key_prefix), each in a folder named after the workspace. */
static void workspace_layout(const char *key, const char *stack_name, char **prefix,
			     char **suffix)
{
	*prefix = key ? xstrdup("env:/") : xasprintf("%s/env:/", stack_name);
	*suffix = xstrdup(key ? key : "terrace.state.json");
}

char *backend_s3_default_key(const char *key, const char *stack_name, const char *workspace)
{
	if (!workspace || !strcmp(workspace, "default"))
		return key ? xstrdup(key) : xasprintf("%s/terrace.state.json", stack_name);
	char *prefix, *suffix;
	workspace_layout(key, stack_name, &prefix, &suffix);
	char *full = xasprintf("%s%s/%s", prefix, workspace, suffix);
	free(prefix);
	free(suffix);
	return full;
}

/* The workspace a listed key holds the state of, or NULL. */
static char *workspace_of_key(const struct s3_backend *s, const char *key)
{
	size_t np = strlen(s->ws_prefix), ns = strlen(s->ws_suffix), n = strlen(key);
	if (n <= np + ns + 1 || strncmp(key, s->ws_prefix, np) ||
	    strcmp(key + n - ns, s->ws_suffix) || key[n - ns - 1] != '/')
		return NULL;
	char *ws = xstrndup(key + np, n - ns - 1 - np);
	if (strchr(ws, '/')) {
		free(ws);
		return NULL;
	}
	return ws;
}

int backend_s3_workspaces(struct backend *b, json_t *names, struct strbuf *err)
{
	struct s3_backend *s = impl(b);
	json_t *keys = json_array();
	if (list_keys(s, s->ws_prefix, keys, err)) {
		strbuf_addf(err, " (listing workspaces under s3://%s/%s)", s->bucket, s->ws_prefix);
		json_decref(keys);
		return -1;
	}
	size_t i;
	json_t *key;
	json_array_foreach(keys, i, key) {
		char *ws = workspace_of_key(s, json_string_value(key));
		if (ws)
			json_array_append_new(names, json_string(ws));
		free(ws);
	}
	json_decref(keys);
	return 0;
}

int backend_s3_kms_key(struct backend *b, char **key, struct strbuf *err)
{
	static const char *const none[] = {
		"ServerSideEncryptionConfigurationNotFoundError", "NotImplemented", NULL };
	struct s3_backend *s = impl(b);
	xmlDocPtr doc = NULL;
	*key = NULL;
	if (s3_get_xml(s->client, "GetBucketEncryption", s->bucket, "/", "encryption", none, &doc,
		       err) < 0) {
		strbuf_prefixf(err, "backend s3, s3://%s: ", s->bucket);
		return -1;
	}
	if (!doc)
		return 0;
	xmlNodePtr sse = xml_child(xmlDocGetRootElement(doc),
				   "Rule/ApplyServerSideEncryptionByDefault");
	char *algorithm = sse ? xml_child_text(sse, "SSEAlgorithm") : NULL;
	/* aws:kms and aws:kms:dsse; without a key id, AWS's aws/s3 key, which
	 * S3 uses for the caller without a permission of the caller's */
	if (algorithm && !strncmp(algorithm, "aws:kms", 7))
		*key = xml_child_text(sse, "KMSMasterKeyID");
	if (*key && !**key) {
		free(*key);
		*key = NULL;
	}
	free(algorithm);
	xmlFreeDoc(doc);
	return 0;
}

int backend_s3_delete_state(struct backend *b, struct strbuf *err)
{
	struct s3_backend *s = impl(b);
	if (delete_object(s, s->key, err)) {
		strbuf_addf(err, " (deleting %s)", s->where);
		return -1;
	}
	/* Its journal, stale now, goes with it. */
	json_array_clear(s->journal_keys);
	if (list_keys(s, s->journal_prefix, s->journal_keys, err) ||
	    s3_delete_keys(s->client, s->bucket, s->journal_keys, err)) {
		strbuf_prefixf(err, "backend s3, s3://%s/%s: ", s->bucket, s->journal_prefix);
		strbuf_addf(err, " (deleting the journal of %s)", s->where);
		return -1;
	}
	json_array_clear(s->journal_keys);
	return 0;
}

static const char *config_string(const json_t *config, const char *name)
{
	const char *v = json_string_value(json_object_get(config, name));
	return v && *v ? v : NULL;
}

static int parse_bool(const char *v, bool *out)
{
	if (!v || !strcmp(v, "false") || !strcmp(v, "0")) {
		*out = false;
		return 0;
	}
	if (!strcmp(v, "true") || !strcmp(v, "1")) {
		*out = true;
		return 0;
	}
	return -1;
}

struct backend *backend_s3_new(const json_t *config, const char *stack_name,
			       const char *workspace, struct strbuf *err)
{
	const char *const *settings = stack_backend_settings("s3");
	const char *k;
	json_t *v;
	json_object_foreach((json_t *)config, k, v) {
		size_t i;
		for (i = 0; settings[i] && strcmp(settings[i], k); i++)
			;
		if (!settings[i]) {
			strbuf_addf(err, "backend s3: unknown setting \"%s\" (settings: bucket, key, "
				    "region, endpoint, path_style, access_key, secret_key, profile, "
				    "ca_bundle, insecure, skip_region_validation, "
				    ENCRYPT_KEY_FILE_SETTING ")", k);
			return NULL;
		}
	}
	const char *bucket = config_string(config, "bucket");
	if (!bucket) {
		strbuf_addstr(err, "backend s3: the setting \"bucket\" is required");
		return NULL;
	}
	struct aws_config cfg = {
		.region = config_string(config, "region"),
		.endpoint = config_string(config, "endpoint"),
		.access_key_id = config_string(config, "access_key"),
		.secret_access_key = config_string(config, "secret_key"),
		.profile = config_string(config, "profile"),
		.ca_bundle = config_string(config, "ca_bundle"),
		/* A state write that cannot land gives up after its 8 attempts,
		 * throttled or not (the apply then stops: plan/record.c). */
		.throttling_counts = true,
	};
	static const char *const flags[] = { "path_style", "insecure", "skip_region_validation" };
	bool *places[] = { &cfg.path_style, &cfg.insecure, &cfg.skip_region_validation };
	for (size_t f = 0; f < sizeof(flags) / sizeof(*flags); f++)
		if (parse_bool(config_string(config, flags[f]), places[f])) {
			strbuf_addf(err, "backend s3: %s must be true or false, not \"%s\"", flags[f],
				    config_string(config, flags[f]));
			return NULL;
		}
	struct aws_client *client = NULL;
	struct strbuf why = STRBUF_INIT;
	if (aws_client_new(&cfg, &client, &why) < 0) {
		strbuf_addf(err, "backend s3: %s", why.buf);
		strbuf_release(&why);
		return NULL;
	}
	strbuf_release(&why);
	struct s3_backend *s = xcalloc(1, sizeof(*s));
	s->client = client;
	s->bucket = xstrdup(bucket);
	const char *key = config_string(config, "key");
	s->key = backend_s3_default_key(key, stack_name, workspace);
	workspace_layout(key, stack_name, &s->ws_prefix, &s->ws_suffix);
	s->lock_key = xasprintf("%s.lock", s->key);
	s->journal_prefix = xasprintf("%s.journal/", s->key);
	s->journal_keys = json_array();
	s->where = xasprintf("s3://%s/%s", s->bucket, s->key);
	struct backend *b = xcalloc(1, sizeof(*b));
	b->ops = &s3_ops;
	b->impl = s;
	return b;
}
