/*
 * checks/match.c: what the rows' patterns and the rows' functions share
 * below the runners: whether a value matches a row's pattern as AWS
 * matches it (the models' by libxml2, the CloudFormation schemas' by
 * PCRE2, each compiled once for the process).
 */
#include <libxml/xmlregexp.h>
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/checks/row.h"

/* The patterns, compiled once, on first use, for the whole process (the
 * executor's threads check at apply): the models' by libxml2 (an XML Schema
 * regular expression matches the whole value, as AWS matches the model's),
 * the CloudFormation schemas' by PCRE2 (searching, as JSON Schema's
 * pattern). */
static xmlRegexpPtr *compiled;
static pcre2_code **compiled_ecma;
static pthread_once_t compile_once = PTHREAD_ONCE_INIT;

static void compile_patterns(void)
{
	size_t n = 0;

	while (aws_constraints[n].type)
		n++;
	compiled = calloc(n + 1, sizeof(*compiled));
	compiled_ecma = calloc(n + 1, sizeof(*compiled_ecma));
	for (size_t i = 0; compiled && compiled_ecma && i < n; i++) {
		const struct aws_check_row *c = &aws_constraints[i];
		int rc;
		PCRE2_SIZE off;
		if (c->xsd)
			compiled[i] = xmlRegexpCompile((const xmlChar *)c->xsd);
		else if (c->ecma && c->pattern)
			compiled_ecma[i] = pcre2_compile((PCRE2_SPTR)c->pattern, PCRE2_ZERO_TERMINATED,
							 AWS_ECMA_PCRE2_OPTIONS, &rc, &off, NULL);
	}
}

/* A CloudFormation schema's pattern on value: false only for PCRE2's clear
 * "no match". */
static bool ecma_matches(const pcre2_code *re, const char *value)
{
	pcre2_match_data *md = pcre2_match_data_create(1, NULL);
	int rc = md ? pcre2_match(re, (PCRE2_SPTR)value, strlen(value), 0, 0, md, NULL) : 0;

	pcre2_match_data_free(md);
	return rc != PCRE2_ERROR_NOMATCH;
}

bool aws_constraint_compiled(const struct aws_check_row *c)
{
	if (c < aws_constraints || !c->type || !(c->xsd || (c->ecma && c->pattern)))
		return false;
	pthread_once(&compile_once, compile_patterns);
	size_t i = (size_t)(c - aws_constraints);
	return c->xsd ? compiled && compiled[i] : compiled_ecma && compiled_ecma[i];
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
	if (c->ecma && c->pattern && !c->xsd) {
		pthread_once(&compile_once, compile_patterns);
		/* Not compiled: not refused here (test_constraints holds that
		 * every one compiles). */
		const pcre2_code *re = compiled_ecma ? compiled_ecma[c - aws_constraints] : NULL;
		return !re || ecma_matches(re, value);
	}
	if (!c->xsd || !aws_constraint_xml_text(value))
		return true;
	pthread_once(&compile_once, compile_patterns);
	/* Not compiled (out of memory, or libxml2 refused what the generator
	 * wrote, which test_constraints catches): not refused here. */
	xmlRegexpPtr re = compiled ? compiled[c - aws_constraints] : NULL;
	return !re || xmlRegexpExec(re, (const xmlChar *)value) == 1;
}
