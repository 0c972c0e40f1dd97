/*
 * adopt.h: what the creates of every aws resource type share: the one rule
 * they follow when they find their object already there (adopt it when it
 * is ours, else refuse, naming the object and suggesting import), the
 * attributes they store when they do not read the object back, and the
 * plan-time check of a setting that takes one of a few values.
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

/* A copy of desired (new reference) in which every attribute of attrs that
 * is unset (absent or null) and has a schema default gets it. */
json_t *aws_with_defaults(const struct attr_schema *attrs, const json_t *desired);

/* 0 when the string member `name` of o is unset or one of `choices`
 * (NULL-terminated); otherwise -1 with "WHERENAME must be one of A, B; got
 * "V"" in err (where: a prefix such as "logging_configuration.", or ""). */
int aws_check_choice(const json_t *o, const char *name, const char *const *choices,
		     const char *where, struct strbuf *err);

#endif
