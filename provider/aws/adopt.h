/*
 * adopt.h: helpers every aws resource type may call in its create and
 * update: the one rule for an object a create finds already there (adopt it
 * when it is ours, else refuse, naming the object and suggesting import),
 * reading an object back after writing it, the attributes a create stores
 * when it does not read the object back, and the plan-time check of a
 * setting that takes one of a few values. Waiting until a state is
 * aws_wait (transport/wait.h); tags are tags.h and each service's helper
 * file. A type calls these from its own create/read/update/delete: nothing
 * here calls the type back.
 */
#ifndef TERRACE_AWS_ADOPT_H
#define TERRACE_AWS_ADOPT_H

#include <jansson.h>
#include <stdbool.h>

#include "provider/provider.h"
#include "provider/base/strbuf.h"

/*
 * An object a create found already there is ours when an earlier attempt
 * may have made it (may_exist: the core retries a create whose answer an
 * interrupted apply lost) or when the transport retried this very call
 * (attempts > 1: its first, unanswered attempt made it); pass 0 attempts
 * where the object was looked up before creating. Returns 0 when it is
 * ours; otherwise -1 with err set to "OBJECT already exists but is not in
 * this state: import it or choose another NOUN", then " (WHY)" when why is
 * not NULL, OBJECT formatted from object_fmt.
 */
int aws_adopt_check(bool may_exist, int attempts, const char *noun, const char *why,
		    struct strbuf *err, const char *object_fmt, ...)
	__attribute__((format(printf, 6, 7)));

/*
 * The object a create found and may adopt by aws_adopt_check (`found`, its
 * attributes as read() gives them) is still not ours when it carries
 * terrace's ownership tags of another stack or workspace: its tags
 * "terrace:stack" or "terrace:workspace" differ from desired's. Then -1
 * with err set to "OBJECT already exists and is stack S's (workspace W),
 * not this one's: import it or choose another NOUN"; 0 otherwise, also when
 * it has no such tag (a type without tags, or tags set after the create).
 */
int aws_adopt_owned(const json_t *found, const json_t *desired, const char *noun,
		    struct strbuf *err, const char *object_fmt, ...)
	__attribute__((format(printf, 5, 6)));

/* A resource type's read() (provider.h). */
typedef int (*aws_read_fn)(void *client, const char *id, const json_t *prior, json_t **out,
			   struct strbuf *err);

/*
 * Read back the object `id` that a create or update just wrote (or that a
 * create found and adopts): 0 with *out; -1 with err set when read fails,
 * or with the message formatted from missing_fmt ("TYPE: job NAME was
 * written but GetJob does not find it") when read finds nothing.
 */
int aws_read_written(aws_read_fn read, void *client, const char *id, const json_t *prior,
		     json_t **out, struct strbuf *err, const char *missing_fmt, ...)
	__attribute__((format(printf, 7, 8)));

/* A copy of desired (new reference) in which every attribute of attrs that
 * is unset (absent or null) and has a schema default gets it. */
json_t *aws_with_defaults(const struct attr_schema *attrs, const json_t *desired);

/* 0 when the string member `name` of o is unset or one of `choices`
 * (NULL-terminated); otherwise -1 with "WHERENAME must be one of A, B; got
 * "V"" in err (where: a prefix such as "logging_configuration.", or ""). */
int aws_check_choice(const json_t *o, const char *name, const char *const *choices,
		     const char *where, struct strbuf *err);

#endif
