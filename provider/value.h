/*
 * value.h: the value conventions shared by every provider (provider/value.c):
 * unknown values and what is not known yet, reading attribute objects,
 * comparison by meaning, sets of strings, maps' differences, the hashes the
 * state keeps of sensitive values and their redaction. provider/provider.h
 * includes it: a provider reaches it through the provider interface.
 */
#ifndef TERRACE_PROVIDER_VALUE_H
#define TERRACE_PROVIDER_VALUE_H

#include <jansson.h>
#include <stdbool.h>
#include <time.h>

#include "provider/base/strbuf.h"

json_t *value_unknown(void);                 /* new reference */
/* A value not known yet that is surely there ({"$unknown": "set"}): what
 * every object has once made (its id, its ARN: attr_always_made), text
 * around a ${...}. A check may judge that it is set (a premise "X is set"
 * holds, "X must be left out" fails); value_is_unknown holds of it too. */
json_t *value_unknown_set(void);             /* new reference */
bool value_is_unknown(const json_t *v);
/* v is an unknown value surely there (value_unknown_set's). */
bool value_unknown_surely_set(const json_t *v);
bool value_contains_unknown(const json_t *v); /* anywhere inside */
/* A value not known yet that is an identifier of kind `kind` (static
 * storage: "AWS::SQS::Queue.Arn", a queue's ARN) when it is there, and
 * surely there when `set`: {"$unknown": true or "set", "kind": KIND}, what
 * plan knows of an attribute of an object not made yet that gives that
 * kind (provider_type.gives_kind), so that a check judges a reference by
 * what it names; with the text every identifier of the kind begins with
 * (`prefix`: "arn:", or NULL) as "prefix" beside it (value_known_affixes).
 * One value per kind, prefix and set-ness, shared; NULL or "" kind:
 * value_unknown() or value_unknown_set(). */
json_t *value_unknown_of_kind(const char *kind, const char *prefix, bool set); /* new reference */
/* The kind an unknown value carries, or NULL (a known value, an unknown of
 * no kind). */
const char *value_unknown_kind(const json_t *v);
/* A value not known yet made of a template whose text is known around it
 * ("alias/aws/${k.key_id}": the text before its first value not known yet
 * and after its last), surely there: {"$unknown": "set", "prefix": P,
 * "suffix": S}; value_unknown_set() when both are empty. One value per
 * text, shared. */
json_t *value_unknown_text(const char *prefix, size_t prefix_len, const char *suffix,
			   size_t suffix_len);                 /* new reference */
/* The text known of a string not known whole: before its first ${...} and
 * after its last, as validate reads the template ("$${" is "${") or plan
 * keeps it (value_unknown_text's); false, both empty, when none is known
 * (a known value, a ${...} alone, an unknown of no text). A check judges
 * what the known text decides (a prefix AWS keeps, a length over the most,
 * a list of names none of which begins so) and leaves the rest unknown. */
bool value_known_affixes(const json_t *v, struct strbuf *prefix, struct strbuf *suffix);
/* Whether a text beginning `prefix` and ending `suffix` (the two apart)
 * may be `text`: what a list of names is judged by. */
bool value_text_may_be(const struct strbuf *prefix, const struct strbuf *suffix, const char *text);

/*
 * What is not known yet, the one test every check uses, at every depth (a
 * policy's statements, a state machine's states, a tag's key): a string
 * holding ${...} (validate reads the template, not its value) or the
 * unknown value ({"$unknown": true}: plan, for what only apply knows). A
 * check passes what is not known yet and runs again when plan or apply
 * knows it; it reads nested values only through these, so a template
 * inside a document passes and is judged when it is known.
 */
bool value_not_known(const json_t *v);
/* Whether v will be there once known, for a check that asks if an
 * attribute is set: 1 set (a value, a block or list whatever it holds, an
 * unknown surely set, text around a ${...}), 0 not (absent or JSON null),
 * -1 not known yet (a ${...} written alone, which a variable or a module's
 * `C ? x : null` may make null; plan's unknown of what a made object may
 * leave out). */
int value_set_ness(const json_t *v);
/* A map key holding ${...}. */
bool value_key_not_known(const char *key);
/* Anything inside v not known yet (elements, members, keys). */
bool value_holds_not_known(const json_t *v);
/* v's text when it is a known string, else NULL. */
const char *value_known_string(const json_t *v);
/* Member `name` of o as a known string, else NULL. */
const char *value_known_member(const json_t *o, const char *name);
/* An object that is not the unknown value. */
bool value_known_object(const json_t *v);

/* Reading attribute objects in provider code: the member `name` of o, or the
 * JSON null when o is not an object or lacks it (borrowed, never NULL). */
json_t *value_get(const json_t *o, const char *name);
/* The member as a string, or NULL when it is absent or not a string
 * (value_get_string_or: `fallback` then, as value_get_integer's). */
const char *value_get_string(const json_t *o, const char *name);
const char *value_get_string_or(const json_t *o, const char *name, const char *fallback);
/* Copying a string member between attribute objects (an API's answer into
 * attributes, attributes into a request): to[to_key] = from[from_key] when
 * that is a string (even ""); else `fallback` when it is not NULL; else
 * to is left without to_key. value_copy_nonempty: only a non-empty string,
 * an empty one is left out as an absent one is. */
void value_copy_string(json_t *to, const char *to_key, const json_t *from, const char *from_key,
		       const char *fallback);
void value_copy_nonempty(json_t *to, const char *to_key, const json_t *from, const char *from_key);
/* Time t as a string value, as AWS writes a time: "2026-11-28T13:05:00Z". */
json_t *value_utc_timestamp(time_t t);
/* The member as a whole number (a fraction is cut off), or `fallback` when
 * it is absent or not a number. */
json_int_t value_get_integer(const json_t *o, const char *name, json_int_t fallback);
/* v is present and not JSON null. */
bool value_is_set(const json_t *v);
/* A provider configuration's string member `name`, read as every provider
 * reads one: 0 with *out its text (the config's own), or NULL when it is
 * unset or null; -1 with err ("PROVIDER provider: NAME must be a string")
 * when it holds another kind of value. */
int value_config_string(const json_t *config, const char *provider, const char *name,
			const char **out, struct strbuf *err);
/* What turns map `have` into map `want` (tags, mostly): *removed gets the
 * keys to delete (an array), *set the keys to add or change with their new
 * values (an object). Both are new references; either map may be NULL or
 * anything but a map, which holds no keys (a sync to no tags passes it as
 * it is). */
void value_map_diff(const json_t *have, const json_t *want, json_t **removed, json_t **set);
/* Attributes that are sets of strings (role ARNs, privileges, member_of):
 * a sorted copy of list without duplicates (new reference), or NULL when
 * list is not a list or holds anything but strings (an unknown value at
 * plan time). */
json_t *value_string_set(const json_t *list);
/* The keys of object obj in byte order (strcmp), in a new NULL-terminated
 * array of obj's own strings (valid while obj is unchanged; free() the
 * array), *n (when n is not NULL) their number: the one way terrace goes
 * over an object's keys in order. */
const char **value_sorted_keys(const json_t *obj, size_t *n);
/* "a map", "a list", "a string", "a number", "a bool", "null": for messages. */
const char *value_kind(const json_t *v);
/* Deep comparison by meaning: objects ignore key order, 1 == 1.0. */
bool value_equal(const json_t *a, const json_t *b);
/* The member `name` differs between two attribute objects, by value_equal
 * (what an update compares when it diffs prior against desired). */
bool attr_changed(const json_t *prior, const json_t *desired, const char *name);
/* qsort's order for an array of json_t * strings, by strcmp (anything but a
 * string sorts as ""). */
int by_text(const void *a, const void *b);
/* State keeps sensitive values only as a salted, slow hash of their
 * canonical JSON text, {"$scrypt": "N$r$p$SALT$HASH"} (provider/stored_secret.c;
 * older states: {"$sha256": HEX}): the hash of v (new reference, a new salt
 * each time), whether v is one, whether it is the older unsalted kind, and
 * whether v equals a stored value that may be one (a provider deciding
 * whether to send a password again compares the desired value with prior's
 * this way). value_hashed_again: prior itself (a new reference) when it is
 * a hash the run already knows v matches (it made it, or checked it), so a
 * value written again keeps its hash and salt and costs no scrypt; else
 * value_hashed(v). */
json_t *value_hashed(const json_t *v);
/* TERRACE_SECRET_HASH_COST, when set, is a whole number from 10 to 17 (log2
 * of scrypt's N for the hashes made); -1 with the message in err if not. */
int secret_hash_cost_check(struct strbuf *err);
json_t *value_hashed_again(const json_t *v, const json_t *prior);
bool value_is_hashed(const json_t *v);
bool value_is_legacy_hash(const json_t *v);
bool value_matches_stored(const json_t *v, const json_t *stored);
/* Whether v is a hash or holds one at any depth. */
bool value_holds_hash(const json_t *v);
/* A resource's sensitive paths (its planned change's and its state entry's
 * list) name an attribute ("password": the whole value) or a leaf inside
 * its blocks ("login_profile.password", "security_group_ingress[].
 * source_security_group_name": a write-only property in a block the rest of
 * which is shown and compared). value_redacted: attrs (a new object) with
 * the value at each path hashed (hash: as the state keeps it, like the
 * prior attributes, value_hashed_again) or, for a display, replaced by
 * like's hash at the same place when it still matches it, else by a hash
 * that matches nothing: either way what render_value shows as (sensitive
 * value), and what a display compares with the stored side. A value
 * already hashed, null or unknown is left as it is, and so is, for a
 * display, one holding unknowns (the display masks it by its name). */
json_t *value_redacted(const json_t *attrs, const json_t *paths, const json_t *like, bool hash);
/* Each value at a sensitive path of attrs (a planned change's, as
 * value_redacted masks it) a secret of the run from here on (provider/base/
 * redact.h) when REDACT_PIECE bytes long or more, looked for whole
 * (redact_add_value_whole):
 * an attribute the schema marks sensitive holds one even when the stack
 * writes it literally, and AWS may quote it back in an error. */
void value_register_secrets(const json_t *attrs, const json_t *paths);

#endif
