/*
 * state.c: the state document itself: creating an empty one with a fresh
 * lineage, checking that a loaded one has the shape format version 1
 * promises, the bytes a backend stores for it, and the lock holder record.
 * Storage lives in the backends (backend_local.c, backend_s3.c).
 */
#include "plan/state.h"
#include "stacks/expand.h"

#include <openssl/rand.h>
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
	snprintf(out, 37,
		 "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
		 b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7],
		 b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
	return 0;
}

json_t *state_new(void)
{
	char lineage[37];
	if (state_uuid(lineage) < 0)
		return NULL;
	return json_pack("{s:i, s:s, s:i, s:s, s:{}, s:{}}",
			 "format_version", STATE_FORMAT_VERSION,
			 "terrace_version", TERRACE_VERSION,
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
	    string_array(res, "sensitive_attributes", where.buf, err) ||
	    string_array(res, "dependencies", where.buf, err))
		goto out;
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

int state_serialize(const json_t *st, const struct encrypt_keys *keys, struct strbuf *out,
		    struct strbuf *err)
{
	return encrypt_maybe_seal_json(keys, st, JSON_INDENT(2) | JSON_SORT_KEYS, out, err);
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

double state_seconds_since(const struct timespec *start)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - start->tv_sec) +
	       (double)(now.tv_nsec - start->tv_nsec) / 1e9;
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
	const char *section = !strncmp(address, "data.", 5) ? "data" : "resources";
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

static void free_names(char **names, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
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
	free_names(from, n);
	free_names(to, n);
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
	free_names(names, n);
	return n;
}

/* ---- why a lock is held ---- */

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
	if (h->host && !strcmp(h->host, here) && h->pid > 0) {
		if (kill((pid_t)h->pid, 0) && errno == ESRCH)
			strbuf_addf(err, "\n  pid %ld is no longer running on this host: the lock was left "
				    "by a run that ended without releasing it. If no other terrace uses "
				    "this state, remove it with: terrace force-unlock %s", h->pid, h->id);
		else
			strbuf_addf(err, "\n  pid %ld is still running on this host: wait for it to "
				    "finish (-lock-timeout=5m waits up to five minutes)", h->pid);
	} else {
		strbuf_addf(err, "\n  if that run has ended (check on %s), remove the lock with: "
			    "terrace force-unlock %s", h->host ? h->host : "its host", h->id);
	}
}

/* ---- one copy of each string ---- */

static void share_in(json_t *v, json_t *seen);

static json_t *shared(json_t *v, json_t *seen)
{
	if (!json_is_string(v)) {
		share_in(v, seen);
		return NULL;
	}
	const char *text = json_string_value(v);
	size_t len = json_string_length(v);
	if (len > 255 || strlen(text) != len)
		return NULL;
	json_t *first = json_object_get(seen, text);
	if (!first) {
		json_object_set(seen, text, v);
		return NULL;
	}
	return first == v ? NULL : first;
}

static void share_in(json_t *v, json_t *seen)
{
	const char *k;
	size_t i;
	json_t *x, *same;
	if (json_is_object(v)) {
		json_object_foreach(v, k, x)
			if ((same = shared(x, seen)))
				json_object_set(v, k, same);
	} else if (json_is_array(v)) {
		json_array_foreach(v, i, x)
			if ((same = shared(x, seen)))
				json_array_set(v, i, same);
	}
}

void state_share_strings(json_t *st)
{
	json_t *seen = json_object();
	share_in(json_object_get(st, "resources"), seen);
	json_decref(seen);
}
