/*
 * state.h: the state document and the backends that store and lock it.
 *
 * The state is a jansson object, format version 1:
 *
 *   {
 *     "format_version": 1,
 *     "terrace_version": "0.1.0",
 *     "functions": "terraform-2",        whose results the stack's functions give
 *                                        (stacks/expr.h, enum func_edition):
 *                                        written by state_new, so every deployment
 *                                        this release starts gets the newest;
 *                                        "terraform" in a state 85f6d4a's releases
 *                                        wrote; absent in one a release before
 *                                        wrote: its results ("earlier"); each
 *                                        kept until `apply -functions=terraform-2`
 *                                        records the newest. The releases before
 *                                        85f6d4a ignore the key (and keep it), so
 *                                        format_version stays 1; 85f6d4a's refuse
 *                                        "terraform-2" (a state from a newer
 *                                        release, as Terraform refuses one).
 *     "serial": 7,                       incremented on every write
 *     "lineage": "8c1f...-uuid",         fixed at creation; a different lineage
 *                                        means a different state, never merged
 *     "resources": {
 *       "lake": {
 *         "type": "aws.s3.bucket",
 *         "provider": "aws",             configuration name
 *         "id": "acme-lake",
 *         "status": "created",           or "pending" while a create is in flight:
 *                                        written before the API call so an apply
 *                                        killed midway knows what it may have made
 *         "create_token": "uuid",        with "pending": the token the create sends
 *                                        (a tag, a client token), kept for its retry
 *         "created_at": "2026-11-25T06:15:43Z",  when the create that made it was
 *                                        sent (UTC); absent: before this was kept,
 *                                        or imported (taken as made long ago)
 *         "unconfirmed": true,           the create said what it made (its id) but
 *                                        has not returned success: killed or failed
 *                                        after; the next plan reads it by its id and
 *                                        finishes it (absent: confirmed)
 *         "tainted": true,               with "unconfirmed": its create failed for good
 *                                        after making it (the service said it
 *                                        cannot finish it): the next plan replaces it
 *         "attributes": { ... },         sensitive ones stored as {"$scrypt": "N$r$p$SALT$HASH"}
 *         "sensitive_attributes": ["x"], 
 *         "dependencies": ["other"]
 *       }
 *     },
 *     "outputs": { "name": {"value": ..., "sensitive": false} },
 *     "outputs_changed_at": "2026-11-25T09:34:19Z",   when an apply last changed
 *                                        the outputs (optional; what stacks reading
 *                                        them show: plan/stack_read.c)
 *     "lab": {"variables": {"attendee": "ann", "tier": "gold"}},   in a workspace
 *                                        `terrace lab` made: the attendee's variables
 *                                        as -var text, none sensitive (cmd/lab.c);
 *                                        commands in the workspace take them before
 *                                        the command line's -var (cmd/context.c)
 *     "data": {                          what the stack's lookups read at the last
 *       "data.azs": {                    apply (optional; rewritten by every apply,
 *         "type": "aws.availability_zones",  emptied by destroy)
 *         "provider": "aws",
 *         "attributes": { ... },
 *         "sensitive_attributes": []
 *       }
 *     }
 *   }
 *
 * Ownership: state_* functions that return json_t ** give a new reference.
 * A backend is used from one thread at a time; the executor serialises writes.
 */
#ifndef TERRACE_STATE_H
#define TERRACE_STATE_H

#include <jansson.h>
#include <stdbool.h>

#include "plan/encrypt.h"
#include "provider/base/strbuf.h"
#include "stacks/expr.h"

#define STATE_FORMAT_VERSION 1

/* A new empty state: serial 0, a fresh random lineage (UUID v4 from OpenSSL
 * RAND), "functions": the newest edition ("terraform-2"). */
json_t *state_new(void);
/* Whose function results the deployment in st gets: FUNC_NEWEST when it
 * holds nothing (a new deployment, even in an empty state an earlier
 * release wrote); else its "functions", FUNC_EARLIER with none (a release
 * before the record wrote it). */
enum func_edition state_functions(const json_t *st);
/* Check a loaded document: format version known (upgrade older ones here),
 * required keys present with the right types. */
int state_validate(const json_t *st, struct strbuf *err);
/* Make equal values of st's resources one shared value: strings (a loaded
 * state repeats types, providers, statuses, names and tags in every
 * entry), numbers, and small arrays and objects (tags, empty lists,
 * dependencies). Each entry and its "attributes" object stay its own.
 * Shared values must never be changed in place: a change replaces the
 * value in its parent (attributes, an entry's "dependencies") with a new
 * one, as apply does and state_move copies before renaming. */
void state_share_values(json_t *st);
/* The same for any object of entries (objects): each entry and its member
 * named own stay their own; the rest is shared (the plan's snapshot shares
 * its resources' types, providers, lists and configuration values so). */
void state_share_entries(json_t *entries, const char *own);
/* The same for values made one at a time (a plan's creates, as each is
 * diffed): the members of each object given to value_sharing_members are
 * made one value with their equals met before (that object stays its
 * own). Every object given must outlive the sharing. */
struct value_sharing;
struct value_sharing *value_sharing_new(void);
void value_sharing_members(struct value_sharing *s, json_t *object);
void value_sharing_free(struct value_sharing *s);
/* The state document in text, as json_loadb(text, len, JSON_REJECT_DUPLICATES)
 * gives it but with its values shared (state_share_values) and never whole
 * before that: the "resources" object is read one entry at a time, and
 * consumed (may be NULL) is told how far the text has been read after
 * each, so a caller may drop what is behind. NULL for anything irregular
 * (not valid JSON, duplicate keys, an entry that is not an object, ...):
 * the caller then parses the text whole, for jansson's own message. */
json_t *state_parse(const char *text, size_t len, void (*consumed)(void *ctx, size_t upto),
		    void *ctx);
/* The bytes a backend stores for st: JSON, indented, keys sorted, a final
 * newline; sealed (plan/encrypt.h) when keys has a sealing key (keys may be
 * NULL). Appended to out; -1 with err set when sealing fails. */
int state_serialize(const json_t *st, const struct encrypt_keys *keys, struct strbuf *out,
		    struct strbuf *err);
/* A random UUID v4 ("xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx") from OpenSSL RAND
 * into out; -1 only when no randomness is available. */
int state_uuid(char out[37]);

struct state_lock_info {
	char *id;        /* random lock id */
	char *who;       /* user@host */
	char *host;
	long pid;
	char *operation; /* "plan", "apply", "destroy" */
	char *created;   /* RFC 3339 UTC */
};
/* A resource entry's attributes as references see them: NULL while it is
 * pending (an interrupted create) or absent; *sensitive gets its
 * sensitive_attributes. */
const json_t *state_entry_attrs(const json_t *entry, const json_t **sensitive);
/* The entry at address: a lookup's ("data.NAME", in "data") or a
 * resource's; NULL when there is none. Borrowed. */
const json_t *state_entry(const json_t *state, const char *address);

/*
 * Entries by address, for `state mv`/`state rm` and the stack's moved: and
 * removed: blocks. An address covers itself, its instances (bucket covers
 * bucket["a"]) and, for module.NAME, every entry of the module.
 *
 * state_move renames every entry at src to dst, dependencies included:
 * all or nothing. Returns the number moved (0: nothing at src) and appends
 * [from, to] pairs to log when it is not NULL; -1 with err set when an
 * entry's new address is taken already.
 * state_forget removes every entry at address and drops it from the others'
 * dependencies; returns the number removed and appends their names to
 * removed when it is not NULL.
 */
int state_move(json_t *state, const char *src, const char *dst, json_t *log, struct strbuf *err);
size_t state_forget(json_t *state, const char *address, json_t *removed);

/*
 * Why a lock could not be taken, for both backends: "state is locked by
 * WHO (pid N) for OP since T (lock id ID)", after "timed out after Ns
 * waiting for the state lock: " when timeout_seconds > 0, then what to do:
 * for a holder on this host whose pid is gone, that it is no longer running
 * and the command state_unlock_command writes removes the lock; on this
 * host and running, to wait (-lock-timeout); on another host, to check
 * there first, then that command. where names the lock when the holder
 * left no record.
 */
void state_lock_describe(struct strbuf *err, const struct state_lock_info *holder,
			 double timeout_seconds, const char *where);
/* The command that removes lock id, as a lock message names it: `terrace
 * force-unlock ID`, or where no one can answer its question (CI, no
 * terminal, -input=false: state_lock_set_unattended) `terrace force-unlock
 * -force ID`, the form that runs there; appended to out. */
void state_unlock_command(struct strbuf *out, const char *id);
void state_lock_set_unattended(bool unattended);

/* Frees the strings li holds (not li itself) and clears them. */
void state_lock_info_free(struct state_lock_info *li);

/* The lock holder record both backends write (compact JSON: id, who
 * (user@host), host, pid, operation, created), a new string. */
char *state_lock_record(const char *id, const char *operation);
/* Parse such a record into li; -1 when it is not one (empty, garbled, a
 * holder between taking the lock and writing it). */
int state_lock_parse(const char *text, size_t len, struct state_lock_info *li);
/* The current UTC time in strftime format, a new string. */
char *state_utc_now(const char *format);
struct backend;
struct backend_ops {
	const char *name;
	/* Load the state; a missing state gives state_new(). */
	int (*load)(struct backend *b, json_t **out, struct strbuf *err);
	/* Persist st: bump its serial, keep the previous copy as a backup,
	 * write atomically (temp file, fsync, rename, fsync of the folder),
	 * mode 0600. */
	int (*save)(struct backend *b, json_t *st, struct strbuf *err);
	/*
	 * Optional (NULL: every change is a save). Make one group of changes
	 * durable by appending it to a journal kept beside the state last
	 * loaded or saved, instead of writing the whole state: `changes` is
	 * {"resources": {NAME: ENTRY or null (removed)}, "data": {NAME: ENTRY}},
	 * made to the state (lineage, serial). Returns 1, writing nothing, when
	 * that is not the state on disk (the caller saves in full instead),
	 * 0 once the record is durable, -1 on failure. The next save supersedes
	 * the journal; load replays it. The local backend appends a line to
	 * PATH.journal (not under a sealing key), the S3 one writes an object
	 * under KEY.journal/ (sealed under a key); both share plan/journal.c.
	 */
	int (*journal)(struct backend *b, const char *lineage, json_int_t serial,
		       const json_t *changes, struct strbuf *err);
	/*
	 * Take the lock for `operation`, waiting up to timeout_seconds
	 * (0: try once). When held by another process, err names the holder:
	 * "state is locked by root@ci-7 (pid 4242) for apply since
	 *  2026-11-22T08:01:02Z (lock id ...)".
	 */
	int (*lock)(struct backend *b, const char *operation, double timeout_seconds,
		    struct strbuf *err);
	int (*unlock)(struct backend *b, struct strbuf *err);
	/* Remove a lock left by a holder that died, only when its id is `id`;
	 * *was gets the holder's record. NULL for backends whose lock cannot
	 * outlive its holder (local: the kernel drops the flock). */
	int (*force_unlock)(struct backend *b, const char *id, struct state_lock_info *was,
			    struct strbuf *err);
	void (*free)(struct backend *b);
};

struct backend {
	const struct backend_ops *ops;
	void *impl;
	/* Zero (no key) from the constructors; the caller sets it before
	 * load/save: a sealing key encrypts every write, any key opens
	 * encrypted states (plan/encrypt.h). The backend's free wipes it. */
	struct encrypt_keys keys;
};

/* The local backend: state in `path` (default <stack dir>/terrace.tfstate.json),
 * backup in path + ".backup", lock in path + ".lock" (flock on an open file
 * descriptor, so it is released by the kernel even on SIGKILL; the holder's
 * details are written into the lock file). */
struct backend *backend_local_new(const char *path);

/*
 * The S3 backend (backend_s3.c): the state as the object KEY in BUCKET,
 * written with conditional PUTs (If-Match: the loaded ETag, or
 * If-None-Match: * for the first write) so a state that moved is refused,
 * never overwritten; the previous state kept as KEY.history/SERIAL-TIME.json;
 * the lock as KEY.lock created with If-None-Match: *; apply's changes as
 * journal objects KEY.journal/SERIAL-LINEAGE/MD5/N.json, replayed at load
 * onto the stored state they name, deleted after the next save of the
 * whole state. `config` is an object
 * of strings with the keys stack_backend_settings("s3") lists (bucket
 * required); the state key is backend_s3_default_key(config's key,
 * stack_name, workspace). NULL with err set on a bad setting or missing
 * credentials.
 */
/* The state's key for a workspace (NULL or "default": the default one):
 * default: `key`, or "<stack>/terrace.state.json" without one; others:
 * "<stack>/env:/<ws>/terrace.state.json", or "env:/<ws>/<key>" with one. */
char *backend_s3_default_key(const char *key, const char *stack_name, const char *workspace);
struct backend *backend_s3_new(const json_t *config, const char *stack_name,
			       const char *workspace, struct strbuf *err);
/* Append to names the workspaces other than "default" that have a state
 * object beside b's (b opened for any workspace of the stack). */
int backend_s3_workspaces(struct backend *b, json_t *names, struct strbuf *err);
/* The KMS key the state's bucket encrypts new objects with by default
 * (GetBucketEncryption: aws:kms with a key id), which S3 uses with the
 * writer's and reader's own kms:GenerateDataKey and kms:Decrypt; *key NULL
 * when there is none (SSE-S3, AWS's aws/s3 key, no default). 0, or -1 with
 * err (the caller may not read the bucket's encryption). */
int backend_s3_kms_key(struct backend *b, char **key, struct strbuf *err);
/* Delete b's state object (a workspace being deleted); history is kept. */
int backend_s3_delete_state(struct backend *b, struct strbuf *err);

#endif
