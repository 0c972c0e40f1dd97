/*
 * constraints.h: the constraints the AWS service models put on the request
 * members aws attributes go into (lengths, enums, patterns, ranges, list sizes),
 * generated into constraints.gen.c from constraints.map, and their check
 * of values as the stack writes them (validate) or as they are evaluated
 * (plan, apply).
 */
#ifndef TERRACE_AWS_CONSTRAINTS_H
#define TERRACE_AWS_CONSTRAINTS_H

#include <jansson.h>
#include <stdbool.h>

#include "provider/base/strbuf.h"

struct aws_constraint {
	const char *type;   /* "aws.glue.job" */
	const char *attr;   /* "worker_type" */
	bool each;          /* of each element of the list, not the list */
	const char *source; /* "glue CreateJob WorkerType": service, operation, member */
	char kind;          /* 's' string length, 'n' number, 'l' list size */
	bool has_min;
	double min;
	bool has_max;
	double max;
	const char *const *enums; /* NULL-terminated, or NULL */
	const char *pattern;      /* the model's (Java) pattern, for messages, or NULL */
	const char *xsd;          /* the same as an XML Schema regular expression */
	const char *example;      /* a value that matches it, or NULL */
};

/* The table, ending with { NULL }. */
extern const struct aws_constraint aws_constraints[];

/*
 * The constraints of resource type `type` on the attributes in `attrs`
 * (written or evaluated; a value not known yet passes). -1 with err
 * "ATTR: VALUE ...: RULE (e.g. EXAMPLE; SOURCE)" and *attr set to the
 * attribute's name (static storage) when attr is not NULL.
 */
int aws_constraints_check(const char *type, const json_t *attrs, const char **attr,
			  struct strbuf *err);

/* Whether value matches c's pattern as AWS matches it (the whole value);
 * true when c has none, and for a value libxml2 cannot judge (one holding
 * a character XML does not have: controls other than tab, newline and
 * return; U+FFFE, U+FFFF), which is left to AWS. */
bool aws_constraint_matches(const struct aws_constraint *c, const char *value);

/* Whether value has only characters XML has, which libxml2's regular
 * expressions judge. */
bool aws_constraint_xml_text(const char *value);

#endif
