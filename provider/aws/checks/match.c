/*
 * checks/match.c: what the rows' patterns and the rows' functions share
 * below the runners: whether a value matches a model's row's pattern as
 * AWS matches it (by libxml2, each compiled once for the process). A
 * CloudFormation schema's pattern is the awscc type's walk's
 * (checks/schema/validate.c), for both families.
 */
#include <libxml/xmlregexp.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/checks/row.h"

/* The patterns, compiled once, on first use, for the whole process (the
 * executor's threads check at apply): an XML Schema regular expression
 * matches the whole value, as AWS matches the model's. */
static xmlRegexpPtr *compiled;
static pthread_once_t compile_once = PTHREAD_ONCE_INIT;

static void compile_patterns(void)
{
	size_t n = 0;

	while (aws_constraints[n].type)
		n++;
	compiled = calloc(n + 1, sizeof(*compiled));
	for (size_t i = 0; compiled && i < n; i++)
		if (aws_constraints[i].xsd)
			compiled[i] = xmlRegexpCompile((const xmlChar *)aws_constraints[i].xsd);
}

bool aws_constraint_xml_text(const char *value)
{
	for (const unsigned char *p = (const unsigned char *)value; *p; p++) {
		if (*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
			return false;
		if (p[0] == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF))
			return false; /* U+FFFE, U+FFFF */
	}
	return true;
}

bool aws_constraint_matches(const struct aws_check_row *c, const char *value)
{
	if (!c->xsd || !aws_constraint_xml_text(value))
		return true;
	pthread_once(&compile_once, compile_patterns);
	/* Not compiled (out of memory, or libxml2 refused what the generator
	 * wrote, which test_constraints catches): not refused here. */
	xmlRegexpPtr re = compiled ? compiled[c - aws_constraints] : NULL;
	return !re || xmlRegexpExec(re, (const xmlChar *)value) == 1;
}
