/*
 * state.c: the state document itself: creating an empty one with a fresh
 * lineage, checking that a loaded one has the shape format version 1
 * promises, the bytes a backend stores for it (stamped with the terrace
 * version that wrote them), and the lock holder record.
 * Storage lives in the backends (backend_local.c, backend_s3.c).
 */
#include "plan/state.h"
#include "stacks/expand.h"
#include "stacks/expr.h"
#include "provider/base/encoding.h"
#include "provider/base/text.h"

#include <openssl/rand.h>
#include <stdbool.h>
#include <errno.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#ifndef TERRACE_VERSION
#define TERRACE_VERSION "0.1.0"
#endif

int state_uuid(char out[37])
{
	unsigned char b[16];
	if (RAND_bytes(b, sizeof(b)) != 1 &&
	    getrandom(b, sizeof(b), 0) != (ssize_t)sizeof(b))
		return -1;
	b[6] = (b[6] & 0x0f) | 0x40; /* version 4 */
	b[8] = (b[8] & 0x3f) | 0x80; /* RFC 4122 variant */
	uuid_text(b, out);
	return 0;
}

json_t *state_new(void)
{
	char lineage[37];
	if (state_uuid(lineage) < 0)
		return NULL;
	return json_pack("{s:i, s:s, s:s, s:i, s:s, s:{}, s:{}}",
			 "format_version", STATE_FORMAT_VERSION,
			 "terrace_version", TERRACE_VERSION,
			 "functions", func_edition_name(FUNC_NEWEST),
			 "serial", 0,
			 "lineage", lineage,
			 "resources",
			 "outputs");
}

static int require(const json_t *obj, const char *key, json_type type,
		   const char *type_name, const char *where, struct strbuf *err)
{
	const json_t *v = json_object_get(obj, key);
	if (v && json_typeof(v) == type)
		return 0;
	strbuf_addf(err, "%s%s\"%s\" %s %s", where, *where ? ": " : "", key,
		    v ? "must be" : "is missing; expected", type_name);
	return -1;
}

/* An optional key that, when present, must have the given type. */
static int optional(const json_t *obj, const char *key, json_type type,
		    const char *type_name, const char *where, struct strbuf *err)
{
	if (!json_object_get(obj, key))
		return 0;
	return require(obj, key, type, type_name, where, err);
}

static int string_array(const json_t *obj, const char *key, const char *where,
			struct strbuf *err)
{
	const json_t *arr = json_object_get(obj, key);
	size_t k;
	const json_t *v;
	if (!arr)
		return 0;
	if (!json_is_array(arr)) {
		strbuf_addf(err, "%s: \"%s\" must be an array of strings", where, key);
		return -1;
	}
	json_array_foreach(arr, k, v) {
		if (!json_is_string(v)) {
			strbuf_addf(err, "%s: \"%s\" item %zu must be a string", where, key, k);
			return -1;
		}
	}
	return 0;
}

static int validate_resource(const char *name, const json_t *res, struct strbuf *err)
{
	struct strbuf where = STRBUF_INIT;
	int rc = -1;
	strbuf_addf(&where, "resource \"%s\"", name);
	if (!json_is_object(res)) {
		strbuf_addf(err, "%s must be an object", where.buf);
		goto out;
	}
	if (require(res, "type", JSON_STRING, "a string", where.buf, err) ||
	    require(res, "provider", JSON_STRING, "a string", where.buf, err) ||
	    require(res, "status", JSON_STRING, "a string", where.buf, err) ||
	    require(res, "attributes", JSON_OBJECT, "an object", where.buf, err) ||
	    optional(res, "id", JSON_STRING, "a string", where.buf, err) ||
	    optional(res, "created_at", JSON_STRING, "a string", where.buf, err) ||
	    string_array(res, "sensitive_attributes", where.buf, err) ||
	    string_array(res, "dependencies", where.buf, err))
		goto out;
	const json_t *unconfirmed = json_object_get(res, "unconfirmed");
	if (unconfirmed && !json_is_boolean(unconfirmed)) {
		strbuf_addf(err, "%s: \"unconfirmed\" must be true or false", where.buf);
		goto out;
	}
	const char *status = json_string_value(json_object_get(res, "status"));
	if (strcmp(status, "created") && strcmp(status, "pending")) {
		strbuf_addf(err, "%s: status \"%s\" is not \"created\" or \"pending\"",
			    where.buf, status);
		goto out;
	}
	rc = 0;
out:
	strbuf_release(&where);
	return rc;
}

int state_validate(const json_t *st, struct strbuf *err)
{
	if (!json_is_object(st)) {
		strbuf_addstr(err, "state must be a JSON object");
		return -1;
	}
	const json_t *fv = json_object_get(st, "format_version");
	if (!json_is_integer(fv)) {
		strbuf_addstr(err, fv ? "\"format_version\" must be an integer"
				      : "\"format_version\" is missing; expected an integer");
		return -1;
	}
	json_int_t version = json_integer_value(fv);
	if (version > STATE_FORMAT_VERSION) {
		strbuf_addf(err, "state format version %" JSON_INTEGER_FORMAT
			    " is newer than this terrace understands (%d)",
			    version, STATE_FORMAT_VERSION);
		return -1;
	}
	/* Version 1 is the first format: nothing older exists to upgrade. */
	if (version < 1) {
		strbuf_addf(err, "state format version %" JSON_INTEGER_FORMAT " is not valid",
			    version);
		return -1;
	}
	if (require(st, "serial", JSON_INTEGER, "an integer", "", err) ||
	    require(st, "lineage", JSON_STRING, "a string", "", err) ||
	    require(st, "resources", JSON_OBJECT, "an object", "", err) ||
	    optional(st, "terrace_version", JSON_STRING, "a string", "", err) ||
	    optional(st, "outputs", JSON_OBJECT, "an object", "", err) ||
	    optional(st, "data", JSON_OBJECT, "an object", "", err))
		return -1;
	const json_t *functions = json_object_get(st, "functions");
	enum func_edition edition;
	if (functions && func_edition_parse(json_string_value(functions), &edition)) {
		strbuf_addstr(err, "\"functions\" must be \"terraform-2\", \"terraform\" or \"earlier\"");
		return -1;
	}
	if (json_integer_value(json_object_get(st, "serial")) < 0) {
		strbuf_addstr(err, "\"serial\" must not be negative");
		return -1;
	}
	if (!*json_string_value(json_object_get(st, "lineage"))) {
		strbuf_addstr(err, "\"lineage\" must not be empty");
		return -1;
	}

	const char *name;
	const json_t *v;
	json_object_foreach((json_t *)json_object_get(st, "resources"), name, v)
		if (validate_resource(name, v, err))
			return -1;

	const json_t *outputs = json_object_get(st, "outputs");
	if (outputs) {
		json_object_foreach((json_t *)outputs, name, v) {
			if (!json_is_object(v) || !json_object_get(v, "value")) {
				strbuf_addf(err, "output \"%s\" must be an object with a \"value\"",
					    name);
				return -1;
			}
			const json_t *sens = json_object_get(v, "sensitive");
			if (sens && !json_is_boolean(sens)) {
				strbuf_addf(err, "output \"%s\": \"sensitive\" must be a boolean",
					    name);
				return -1;
			}
		}
	}
	return 0;
}

enum func_edition state_functions(const json_t *st)
{
	/* With nothing in it yet, a new deployment, whatever release wrote
	 * it: nothing made can change. */
	if (!json_object_size(json_object_get(st, "resources")) &&
	    !json_object_size(json_object_get(st, "outputs")) &&
	    !json_object_size(json_object_get(st, "data")))
		return FUNC_NEWEST;
	/* No marker: written by a release before the record, which gave
	 * its own results. */
	enum func_edition e;
	if (!func_edition_parse(json_string_value(json_object_get(st, "functions")), &e))
		return e;
	return FUNC_EARLIER;
}

int state_serialize(const json_t *st, const struct encrypt_keys *keys, struct strbuf *out,
		    struct strbuf *err)
{
	/* Every write names the terrace that made it; st itself is shared
	 * and never changed in place, so the stamp goes on a shallow copy. */
	json_t *stamped = json_copy((json_t *)st);
	int rc;

	if (!stamped) {
		strbuf_addstr(err, "out of memory");
		return -1;
	}
	json_object_set_new(stamped, "terrace_version", json_string(TERRACE_VERSION));
	rc = encrypt_maybe_seal_json(keys, stamped, JSON_INDENT(2) | JSON_SORT_KEYS, out, err);
	json_decref(stamped);
	return rc;
}

void state_lock_info_free(struct state_lock_info *li)
{
	if (!li)
		return;
	free(li->id);
	free(li->who);
	free(li->host);
	free(li->operation);
	free(li->created);
	memset(li, 0, sizeof(*li));
}

/* ---- lock records, shared by the backends ---- */

char *state_utc_now(const char *format)
{
	time_t t = time(NULL);
	struct tm tm;
	char buf[64];
	gmtime_r(&t, &tm);
	strftime(buf, sizeof(buf), format, &tm);
	return xstrdup(buf);
}

static char *user_name(void)
{
	struct passwd pw, *found = NULL;
	char buf[4096];
	if (getpwuid_r(geteuid(), &pw, buf, sizeof(buf), &found) == 0 && found)
		return xstrdup(found->pw_name);
	const char *env = getenv("USER");
	return env && *env ? xstrdup(env) : xasprintf("uid%ld", (long)geteuid());
}

static char *host_name(void)
{
	char buf[256];
	if (gethostname(buf, sizeof(buf)) < 0)
		return xstrdup("unknown-host");
	buf[sizeof(buf) - 1] = '\0';
	return xstrdup(buf);
}

char *state_lock_record(const char *id, const char *operation)
{
	char *user = user_name(), *host = host_name();
	char *created = state_utc_now("%Y-%m-%dT%H:%M:%SZ");
	char *who = xasprintf("%s@%s", user, host);
	json_t *info = json_pack("{s:s, s:s, s:s, s:I, s:s, s:s}", "id", id, "who", who,
				 "host", host, "pid", (json_int_t)getpid(),
				 "operation", operation, "created", created);
	char *text = json_dumps(info, JSON_COMPACT | JSON_SORT_KEYS);
	json_decref(info);
	free(user);
	free(host);
	free(created);
	free(who);
	return text;
}

int state_lock_parse(const char *text, size_t len, struct state_lock_info *li)
{
	json_t *info = json_loadb(text, len, 0, NULL);
	const char *id, *who, *host, *operation, *created;
	json_int_t pid;
	if (!info || json_unpack(info, "{s:s, s:s, s:s, s:I, s:s, s:s}", "id", &id, "who", &who,
				 "host", &host, "pid", &pid, "operation", &operation,
				 "created", &created)) {
		json_decref(info);
		return -1;
	}
	li->id = xstrdup(id);
	li->who = xstrdup(who);
	li->host = xstrdup(host);
	li->pid = (long)pid;
	li->operation = xstrdup(operation);
	li->created = xstrdup(created);
	json_decref(info);
	return 0;
}

const json_t *state_entry_attrs(const json_t *entry, const json_t **sensitive)
{
	if (!entry)
		return NULL;
	*sensitive = json_object_get(entry, "sensitive_attributes");
	const char *status = json_string_value(json_object_get(entry, "status"));
	if (status && !strcmp(status, "pending"))
		return NULL;
	return json_object_get(entry, "attributes");
}

const json_t *state_entry(const json_t *state, const char *address)
{
	const char *section = address_is_lookup(address) ? "data" : "resources";
	return json_object_get(json_object_get(state, section), address);
}

/* ---- entries by address: moves and removals ---- */

/* Every entry within address, sorted; NULL-terminated copies. */
static char **entries_within(const json_t *res, const char *address, size_t *n)
{
	char **names = xcalloc(json_object_size(res) + 1, sizeof(*names));
	const char *name;
	json_t *e;
	*n = 0;
	json_object_foreach((json_t *)res, name, e)
		if (address_within(name, address))
			names[(*n)++] = xstrdup(name);
	return names;
}

/* Rename or drop `from` in every entry's dependencies (to NULL: drop). */
static void rename_dependency(json_t *res, const char *from, const char *to)
{
	const char *name;
	json_t *e;
	json_object_foreach(res, name, e) {
		json_t *deps = json_object_get(e, "dependencies");
		for (size_t i = json_array_size(deps); i-- > 0;) {
			if (strcmp(json_string_value(json_array_get(deps, i)), from))
				continue;
			/* Equal arrays are one (state_share_values): change a copy. */
			if (json_object_set_new(e, "dependencies", deps = json_copy(deps)))
				return;
			if (to)
				json_array_set_new(deps, i, json_string(to));
			else
				json_array_remove(deps, i);
		}
	}
}

int state_move(json_t *state, const char *src, const char *dst, json_t *log, struct strbuf *err)
{
	json_t *res = json_object_get(state, "resources");
	size_t n;
	char **from = entries_within(res, src, &n);
	char **to = xcalloc(n + 1, sizeof(*to));
	int rc = (int)n;
	for (size_t i = 0; i < n; i++)
		to[i] = xasprintf("%s%s", dst, from[i] + strlen(src));
	/* Every new address first: a move is all or nothing. */
	for (size_t i = 0; i < n && rc >= 0; i++)
		if (json_object_get(res, to[i]) && !address_within(to[i], src)) {
			strbuf_addf(err, "\"%s\" is already in the state; move or remove it first",
				    to[i]);
			rc = -1;
		}
	if (rc > 0) {
		json_t *moved = json_object();
		for (size_t i = 0; i < n; i++) {
			json_object_set(moved, to[i], json_object_get(res, from[i]));
			if (log)
				json_array_append_new(log, json_pack("[s, s]", from[i], to[i]));
		}
		for (size_t i = 0; i < n; i++)
			json_object_del(res, from[i]);
		json_object_update(res, moved);
		json_decref(moved);
		for (size_t i = 0; i < n; i++)
			rename_dependency(res, from[i], to[i]);
	}
	text_list_free(from, n);
	text_list_free(to, n);
	return rc;
}

size_t state_forget(json_t *state, const char *address, json_t *removed)
{
	json_t *res = json_object_get(state, "resources");
	size_t n;
	char **names = entries_within(res, address, &n);
	for (size_t i = 0; i < n; i++) {
		json_object_del(res, names[i]);
		rename_dependency(res, names[i], NULL);
		if (removed)
			json_array_append_new(removed, json_string(names[i]));
	}
	text_list_free(names, n);
	return n;
}

/* ---- why a lock is held ---- */

static bool unlock_unattended;

void state_lock_set_unattended(bool unattended)
{
	unlock_unattended = unattended;
}

void state_unlock_command(struct strbuf *out, const char *id)
{
	strbuf_addf(out, "terrace force-unlock %s%s", unlock_unattended ? "-force " : "", id);
}

void state_lock_describe(struct strbuf *err, const struct state_lock_info *h,
			 double timeout_seconds, const char *where)
{
	if (timeout_seconds > 0)
		strbuf_addf(err, "timed out after %gs waiting for the state lock: ", timeout_seconds);
	if (!h->who) {
		strbuf_addf(err, "state is locked by another process (%s names no holder)", where);
		return;
	}
	strbuf_addf(err, "state is locked by %s (pid %ld) for %s since %s (lock id %s)", h->who,
		    h->pid, h->operation, h->created, h->id);
	char here[256] = "";
	gethostname(here, sizeof(here) - 1);
	bool on_this_host = h->host && !strcmp(h->host, here) && h->pid > 0;
	if (on_this_host && !(kill((pid_t)h->pid, 0) && errno == ESRCH)) {
		strbuf_addf(err, "\n  pid %ld is still running on this host: wait for it to "
			    "finish (-lock-timeout=5m waits up to five minutes)", h->pid);
		return;
	}
	if (on_this_host)
		strbuf_addf(err, "\n  pid %ld is no longer running on this host: the lock was left "
			    "by a run that ended without releasing it. If no other terrace uses "
			    "this state, remove it with: ", h->pid);
	else
		strbuf_addf(err, "\n  if that run has ended (check on %s), remove the lock with: ",
			    h->host ? h->host : "its host");
	state_unlock_command(err, h->id);
}

/* ---- one copy of each value ---- */

/*
 * The values met so far: an open-addressing set of json_t pointers (8 bytes
 * a slot, where a jansson object would copy every key into a pair of its
 * own). Strings and numbers are equal by value; arrays and objects by their
 * members, which are already the set's own, so comparing their pointers
 * (and for objects their keys, in order) compares them whole.
 */
struct value_set {
	json_t **slot;
	size_t cap, n; /* cap a power of two */
};

/* Arrays and objects with more members than this are left alone: they are
 * seldom repeated, and comparing them costs. */
#define SHARE_MAX_MEMBERS 16

static size_t mix(size_t h, size_t x)
{
	return (h ^ x) * 1099511628211ULL;
}

static size_t bytes_hash(size_t h, const void *p, size_t len)
{
	const unsigned char *b = p;
	for (size_t i = 0; i < len; i++)
		h = mix(h, b[i]);
	return h;
}

static size_t value_hash(json_t *v)
{
	size_t h = mix(1469598103934665603ULL, (size_t)json_typeof(v)); /* FNV-1a */
	if (json_is_string(v))
		return bytes_hash(h, json_string_value(v), json_string_length(v));
	if (json_is_integer(v)) {
		json_int_t i = json_integer_value(v);
		return bytes_hash(h, &i, sizeof(i));
	}
	if (json_is_real(v)) {
		double d = json_real_value(v);
		return bytes_hash(h, &d, sizeof(d));
	}
	const char *k;
	size_t i;
	json_t *x;
	if (json_is_object(v))
		json_object_foreach(v, k, x)
			h = mix(bytes_hash(h, k, strlen(k)), (size_t)x);
	else
		json_array_foreach(v, i, x)
			h = mix(h, (size_t)x);
	return h;
}

static bool same_value(json_t *a, json_t *b)
{
	if (a == b)
		return true;
	if (json_typeof(a) != json_typeof(b))
		return false;
	if (json_is_string(a))
		return json_string_length(a) == json_string_length(b) &&
		       !memcmp(json_string_value(a), json_string_value(b), json_string_length(a));
	if (json_is_integer(a))
		return json_integer_value(a) == json_integer_value(b);
	if (json_is_real(a)) {
		double x = json_real_value(a), y = json_real_value(b);
		return !memcmp(&x, &y, sizeof(x));
	}
	if (json_is_array(a)) {
		if (json_array_size(a) != json_array_size(b))
			return false;
		for (size_t i = 0; i < json_array_size(a); i++)
			if (json_array_get(a, i) != json_array_get(b, i))
				return false;
		return true;
	}
	if (json_object_size(a) != json_object_size(b))
		return false;
	void *ia = json_object_iter(a), *ib = json_object_iter(b);
	for (; ia && ib; ia = json_object_iter_next(a, ia), ib = json_object_iter_next(b, ib))
		if (strcmp(json_object_iter_key(ia), json_object_iter_key(ib)) ||
		    json_object_iter_value(ia) != json_object_iter_value(ib))
			return false;
	return !ia && !ib;
}

static json_t **set_find(struct value_set *set, json_t *v, size_t h)
{
	for (size_t i = h & (set->cap - 1);; i = (i + 1) & (set->cap - 1))
		if (!set->slot[i] || same_value(set->slot[i], v))
			return &set->slot[i];
}

/* The value equal to v met first; v itself (remembered) when it is new. */
static json_t *set_intern(struct value_set *set, json_t *v)
{
	if ((set->n + 1) * 2 > set->cap) {
		struct value_set big = { xcalloc(set->cap * 2, sizeof(json_t *)), set->cap * 2, 0 };
		for (size_t i = 0; i < set->cap; i++)
			if (set->slot[i]) {
				*set_find(&big, set->slot[i], value_hash(set->slot[i])) = set->slot[i];
				big.n++;
			}
		free(set->slot);
		*set = big;
	}
	json_t **at = set_find(set, v, value_hash(v));
	if (!*at) {
		*at = v;
		set->n++;
	}
	return *at;
}

static void share_members(json_t *v, struct value_set *seen);

/* The value to put where v is (v itself when it is the first of its kind):
 * its members shared first, then v, unless it is a long string, a big
 * container, or true, false or null (jansson has one of each already). */
static json_t *shared(json_t *v, struct value_set *seen)
{
	share_members(v, seen);
	if (json_is_string(v) ? json_string_length(v) > 255
	    : json_is_object(v) ? json_object_size(v) > SHARE_MAX_MEMBERS
	    : json_is_array(v) ? json_array_size(v) > SHARE_MAX_MEMBERS
	    : !json_is_number(v))
		return v;
	return set_intern(seen, v);
}

static void share_members(json_t *v, struct value_set *seen)
{
	const char *k;
	size_t i;
	json_t *x, *same;
	if (json_is_object(v)) {
		json_object_foreach(v, k, x)
			if ((same = shared(x, seen)) != x)
				json_object_set(v, k, same);
	} else if (json_is_array(v)) {
		json_array_foreach(v, i, x)
			if ((same = shared(x, seen)) != x)
				json_array_set(v, i, same);
	}
}

/* Share what entry holds; the entry and its member `own` stay its own
 * objects (their members are shared). */
static void share_entry(json_t *entry, const char *own, struct value_set *seen)
{
	const char *k;
	json_t *x, *same;
	json_object_foreach(entry, k, x) {
		if (!strcmp(k, own))
			share_members(x, seen);
		else if ((same = shared(x, seen)) != x)
			json_object_set(entry, k, same);
	}
}

void state_share_entries(json_t *entries, const char *own)
{
	struct value_set seen = { xcalloc(1024, sizeof(json_t *)), 1024, 0 };
	const char *name;
	json_t *entry;
	json_object_foreach(entries, name, entry)
		if (json_is_object(entry))
			share_entry(entry, own, &seen);
	free(seen.slot);
}

struct value_sharing {
	struct value_set seen;
};

struct value_sharing *value_sharing_new(void)
{
	struct value_sharing *s = xcalloc(1, sizeof(*s));
	s->seen = (struct value_set){ xcalloc(1024, sizeof(json_t *)), 1024, 0 };
	return s;
}

void value_sharing_members(struct value_sharing *s, json_t *object)
{
	share_members(object, &s->seen);
}

void value_sharing_free(struct value_sharing *s)
{
	if (!s)
		return;
	free(s->seen.slot);
	free(s);
}

void state_share_values(json_t *st)
{
	/* The attributes object is the entry's own: apply replaces it whole. */
	state_share_entries(json_object_get(st, "resources"), "attributes");
}

/* ---- a state parsed one resource at a time ---- */

struct scan {
	const char *p, *end;
};

static void skip_ws(struct scan *sc)
{
	while (sc->p < sc->end && (*sc->p == ' ' || *sc->p == '\n' || *sc->p == '\r' ||
				   *sc->p == '\t'))
		sc->p++;
}

/* Past a string starting at sc->p ('"'); false when it does not end. */
static bool skip_string(struct scan *sc)
{
	for (sc->p++; sc->p < sc->end; sc->p++) {
		if (*sc->p == '\\')
			sc->p++;
		else if (*sc->p == '"')
			return ++sc->p <= sc->end;
	}
	return false;
}

/* Past one value starting at sc->p: strings skipped whole, brackets
 * matched, a scalar up to what ends it; the value is checked by jansson
 * afterwards, not here. */
static bool skip_value(struct scan *sc)
{
	if (sc->p >= sc->end)
		return false;
	if (*sc->p != '{' && *sc->p != '[' && *sc->p != '"') {
		while (sc->p < sc->end && !strchr(",:{}[]\" \n\r\t", *sc->p))
			sc->p++;
		return true;
	}
	size_t depth = 0;
	do {
		if (sc->p >= sc->end)
			return false;
		char c = *sc->p;
		if (c == '"') {
			if (!skip_string(sc))
				return false;
			continue;
		}
		if (c == '{' || c == '[')
			depth++;
		else if (c == '}' || c == ']')
			depth--;
		sc->p++;
	} while (depth);
	return true;
}

/* A key: the string at sc->p decoded, a new reference, or NULL. */
static json_t *scan_key(struct scan *sc)
{
	const char *start = sc->p;
	if (sc->p >= sc->end || *sc->p != '"' || !skip_string(sc))
		return NULL;
	json_t *k = json_loadb(start, (size_t)(sc->p - start), JSON_DECODE_ANY, NULL);
	if (!json_is_string(k) || strlen(json_string_value(k)) != json_string_length(k)) {
		json_decref(k);
		return NULL;
	}
	return k;
}

static bool expect(struct scan *sc, char c)
{
	skip_ws(sc);
	if (sc->p >= sc->end || *sc->p != c)
		return false;
	sc->p++;
	skip_ws(sc);
	return true;
}

/* The "resources" object of the text at sc->p, each entry parsed alone and
 * its values shared as it comes, so the state is never held unshared. */
static json_t *parse_resources(struct scan *sc, struct value_set *seen,
			       void (*consumed)(void *ctx, size_t upto), void *ctx,
			       const char *text)
{
	json_t *res = json_object();
	if (!expect(sc, '{'))
		goto bad;
	if (sc->p < sc->end && *sc->p == '}') {
		sc->p++;
		return res;
	}
	for (;;) {
		json_t *name = scan_key(sc);
		if (!name)
			goto bad;
		const char *start;
		bool ok = expect(sc, ':') && (start = sc->p, skip_value(sc));
		json_t *entry = ok ? json_loadb(start, (size_t)(sc->p - start),
						JSON_REJECT_DUPLICATES, NULL) : NULL;
		if (!json_is_object(entry) || json_object_get(res, json_string_value(name))) {
			json_decref(entry);
			json_decref(name);
			goto bad;
		}
		share_entry(entry, "attributes", seen);
		json_object_set_new(res, json_string_value(name), entry);
		json_decref(name);
		if (consumed)
			consumed(ctx, (size_t)(sc->p - text));
		skip_ws(sc);
		if (sc->p < sc->end && *sc->p == '}') {
			sc->p++;
			return res;
		}
		if (!expect(sc, ','))
			goto bad;
	}
bad:
	json_decref(res);
	return NULL;
}

json_t *state_parse(const char *text, size_t len, void (*consumed)(void *ctx, size_t upto),
		    void *ctx)
{
	struct scan sc = { text, text + len };
	const char *res_start = NULL, *res_end = NULL;
	/* Where the top level's "resources" value is. */
	if (!expect(&sc, '{'))
		return NULL;
	while (sc.p < sc.end && *sc.p != '}') {
		const char *key = sc.p;
		if (*sc.p != '"' || !skip_string(&sc))
			return NULL;
		bool is_res = sc.p - key == 11 && !memcmp(key, "\"resources\"", 11);
		if (!expect(&sc, ':'))
			return NULL;
		const char *v = sc.p;
		if (!skip_value(&sc))
			return NULL;
		if (is_res && !res_start) {
			res_start = v;
			res_end = sc.p;
		}
		skip_ws(&sc);
		if (sc.p < sc.end && *sc.p == ',')
			expect(&sc, ',');
		else
			break;
	}
	if (!res_start)
		return NULL;
	/* The rest of the document, with {} for the resources, parsed as a
	 * whole: every other key, and every error, is jansson's own. */
	size_t head = (size_t)(res_start - text), tail = len - (size_t)(res_end - text);
	char *rest = xmalloc(head + 2 + tail);
	memcpy(rest, text, head);
	memcpy(rest + head, "{}", 2);
	memcpy(rest + head + 2, res_end, tail);
	json_t *st = json_loadb(rest, head + 2 + tail, JSON_REJECT_DUPLICATES, NULL);
	free(rest);
	if (!json_is_object(st) || !json_is_object(json_object_get(st, "resources"))) {
		json_decref(st);
		return NULL;
	}
	struct value_set seen = { xcalloc(1024, sizeof(json_t *)), 1024, 0 };
	struct scan rs = { res_start, res_end };
	json_t *res = parse_resources(&rs, &seen, consumed, ctx, text);
	free(seen.slot);
	skip_ws(&rs);
	if (!res || rs.p != rs.end) {
		json_decref(res);
		json_decref(st);
		return NULL;
	}
	json_object_set_new(st, "resources", res);
	return st;
}
