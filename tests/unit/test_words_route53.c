/*
 * test_words_route53.c: the words rows (AWS_SAYS, checks/words.c) of Route
 * 53 (route53/rules.c, the ledger checks/words/route53.words), each through
 * aws_constraints_check: a resource it refuses, whose message names the
 * attribute, quotes AWS's sentence and names its document, and its passing
 * twin; every such row has a case here. On aws.route53.record and on each
 * record set of aws.route53.record_group: an alias to a CloudFront
 * distribution evaluates no target health, an NS record set's name is no
 * wildcard, a weighted record set (a set identifier, no failover) has a
 * weight. A row is judged on an update as on a create; a value not known
 * yet, and what a row leaves to Route 53's default, pass.
 *
 * JSON is written with single quotes (json_support.h).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/checks/checks.h"
#include "provider/aws/checks/rules.h"
#include "provider/aws/checks/words.h"
#include "provider/provider.h"
#include "tests/unit/json_support.h"

/* A row's refused resource and its passing twin (each with the object it
 * updates: NULL, a create). */
struct words_case {
	const char *id, *type, *attr;
	const char *refused, *refused_prior;
	const char *passing, *passing_prior;
};

#define RECORD(MORE) "{'zone_id': 'Z0123456789ABCDEFGHIJ', " MORE "}"
#define GROUP(MORE) "{'zone_id': 'Z0123456789ABCDEFGHIJ', 'records': [" MORE "]}"
#define WWW "'name': 'www.example.com', 'record_type': 'A', "
#define WWW_TTL WWW "'ttl': 60, 'records': ['192.0.2.10']"
#define CLOUDFRONT(ZONE, HEALTH) \
	WWW "'alias': {'name': 'd111111abcdef8.cloudfront.net', 'zone_id': '" ZONE "', " \
	"'evaluate_target_health': " HEALTH "}"
#define NS(NAME) "'name': '" NAME "', 'record_type': 'NS', 'ttl': 172800, " \
	"'records': ['ns-1.awsdns-01.org']"

static const struct words_case cases[] = {
	{ "route53.cloudfront_alias_no_target_health", "aws.route53.record",
	  "alias.evaluate_target_health", RECORD(CLOUDFRONT("Z2FDTNDATAQYW2", "true")), NULL,
	  RECORD(CLOUDFRONT("Z2FDTNDATAQYW2", "false")), NULL },
	{ "route53.group_cloudfront_alias_no_target_health", "aws.route53.record_group",
	  "records[1].alias.evaluate_target_health",
	  GROUP("{" WWW_TTL "}, {" CLOUDFRONT("/hostedzone/Z2FDTNDATAQYW2", "true") "}"), NULL,
	  GROUP("{" WWW_TTL "}, {" CLOUDFRONT("Z35SXDOTRQ7X7K", "true") "}"), NULL },
	{ "route53.ns_no_wildcard", "aws.route53.record", "name",
	  RECORD(NS("*.example.com")), NULL, RECORD(NS("sub.example.com")), NULL },
	{ "route53.group_ns_no_wildcard", "aws.route53.record_group", "records[0].name",
	  GROUP("{" NS("\\\\052.example.com") "}"), NULL,
	  GROUP("{" NS("sub.example.com") "}, {'name': '*.example.com', 'record_type': 'TXT', "
		"'ttl': 60, 'records': ['v=spf1']}"), NULL },
	{ "route53.weighted_has_weight", "aws.route53.record", "weight",
	  RECORD(WWW_TTL ", 'set_identifier': 'blue'"), NULL,
	  RECORD(WWW_TTL ", 'set_identifier': 'blue', 'weight': 0"), NULL },
	{ "route53.group_weighted_has_weight", "aws.route53.record_group", "records[1].weight",
	  GROUP("{" WWW_TTL ", 'set_identifier': 'blue', 'weight': 70}, "
		"{" WWW_TTL ", 'set_identifier': 'green'}"), NULL,
	  GROUP("{" WWW_TTL ", 'set_identifier': 'blue', 'failover': 'PRIMARY'}, "
		"{" WWW_TTL ", 'set_identifier': 'green', 'failover': 'SECONDARY'}"), NULL },
};

static const char *const services[] = { "route53.", NULL };

static const struct aws_check_row *row_named(const char *id)
{
	for (const struct aws_check_row *c = aws_rules_next(NULL); c; c = aws_rules_next(c))
		if (c->kind == 'w' && !strcmp(c->id, id))
			return c;
	return NULL;
}

/* aws_constraints_check of `type` on `attrs` updating `prior` (NULL: a create). */
static int judge(const char *type, const char *attrs, const char *prior, const char **attr,
		 struct strbuf *err)
{
	json_t *a = js(attrs), *p = prior ? js(prior) : NULL;
	int rc = aws_constraints_check(type, a, NULL, p, attr, err);

	json_decref(a);
	json_decref(p);
	return rc;
}

/* Each row refuses its case naming the attribute, AWS's words and the
 * document; its twin passes. */
static void test_each_row_and_its_twin(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		const struct words_case *k = &cases[i];
		const struct aws_check_row *row = row_named(k->id);
		struct strbuf err = STRBUF_INIT, want = STRBUF_INIT;
		const char *attr = NULL;

		if (!row)
			fail_msg("%s: no words row has this id", k->id);
		if (!judge(k->type, k->refused, k->refused_prior, &attr, &err))
			fail_msg("%s: accepted %s", k->id, k->refused);
		strbuf_addf(&want, "%s: ", k->attr);
		if (strncmp(err.buf, want.buf, want.len))
			fail_msg("%s: message \"%s\" does not begin with \"%s\"", k->id, err.buf,
				 want.buf);
		strbuf_reset(&want);
		strbuf_addf(&want, "AWS says \"%s\" (%s)", row->words, row->source);
		if (!strstr(err.buf, want.buf))
			fail_msg("%s: message \"%s\" lacks \"%s\"", k->id, err.buf, want.buf);
		if (!attr || strcmp(attr, k->attr))
			fail_msg("%s: the attribute at fault is %s, not %s", k->id,
				 attr ? attr : "(none)", k->attr);
		strbuf_reset(&err);
		if (judge(k->type, k->passing, k->passing_prior, NULL, &err))
			fail_msg("%s: refused its twin %s: %s", k->id, k->passing, err.buf);
		strbuf_release(&err);
		strbuf_release(&want);
	}
}

/* Every words row of Route 53 has its case above. */
static void test_every_row_has_a_case(void **state)
{
	(void)state;
	for (const struct aws_check_row *c = aws_rules_next(NULL); c; c = aws_rules_next(c)) {
		bool ours = false, tested = false;

		if (c->kind != 'w')
			continue;
		for (size_t s = 0; services[s]; s++)
			ours |= !strncmp(c->id, services[s], strlen(services[s]));
		for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++)
			tested |= !strcmp(cases[i].id, c->id);
		if (ours && !tested)
			fail_msg("words row %s has no case in test_words_route53.c", c->id);
	}
}

/* A row of any call is judged on an update as on a create: a CloudFront
 * alias given target health by an update is refused. */
static void test_judged_on_update(void **state)
{
	struct strbuf err = STRBUF_INIT;

	(void)state;
	assert_int_equal(judge("aws.route53.record", RECORD(CLOUDFRONT("Z2FDTNDATAQYW2", "true")),
			       RECORD(CLOUDFRONT("Z2FDTNDATAQYW2", "false")), NULL, &err), -1);
	if (!strstr(err.buf, "alias.evaluate_target_health: "))
		fail_msg("message \"%s\"", err.buf);
	strbuf_release(&err);
}

/* A value not known yet passes; so does what a row leaves to Route 53's
 * default (target health left out: false) and a name whose * is not a
 * whole leftmost label (Route 53 takes it as the character). */
static void test_unknown_and_left_out_pass(void **state)
{
	struct strbuf err = STRBUF_INIT;

	(void)state;
	assert_int_equal(judge("aws.route53.record",
			       RECORD(WWW "'alias': {'name': 'd111111abcdef8.cloudfront.net', "
				      "'zone_id': 'Z2FDTNDATAQYW2'}"),
			       NULL, NULL, &err), 0);
	assert_int_equal(judge("aws.route53.record",
			       RECORD(CLOUDFRONT("${var.alias_zone}", "true")), NULL, NULL, &err), 0);
	assert_int_equal(judge("aws.route53.record", RECORD(NS("${var.delegated}")), NULL, NULL,
			       &err), 0);
	assert_int_equal(judge("aws.route53.record", RECORD(NS("prod*.example.com")), NULL, NULL,
			       &err), 0);
	assert_int_equal(judge("aws.route53.record",
			       RECORD(WWW_TTL ", 'set_identifier': 'blue', 'weight': '${var.w}'"),
			       NULL, NULL, &err), 0);
	assert_int_equal(judge("aws.route53.record", RECORD(WWW_TTL), NULL, NULL, &err), 0);
	if (err.len)
		fail_msg("%s", err.buf);
	strbuf_release(&err);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_row_and_its_twin),
		cmocka_unit_test(test_every_row_has_a_case),
		cmocka_unit_test(test_judged_on_update),
		cmocka_unit_test(test_unknown_and_left_out_pass),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
