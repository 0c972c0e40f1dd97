/*
 * test_words_codebuild.c: the words rows (AWS_SAYS, checks/words.c) of
 * CodeBuild (codebuild/rules.c, the ledger checks/words/codebuild.words),
 * each through aws_constraints_check: a project it refuses, whose message
 * names the attribute, quotes AWS's sentence and names its document, and
 * its passing twin; every such row has a case here. A source other than
 * CodePipeline's or none has a location; the build status is reported only
 * to GitHub, GitLab and Bitbucket; CodeBuild's own images are pulled with
 * CodeBuild's credentials; no attribute-based compute, whose configuration
 * the type cannot send. And the awscc fleet's (the census's third scope):
 * an attribute-based or custom instance type fleet's compute
 * configuration, its tag keys of at most 127 characters. A row is judged
 * on an update as on a create; a value not known yet passes.
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
#include "provider/aws/checks/words.h"
#include "provider/provider.h"
#include "tests/unit/json_support.h"
#include "tests/unit/words_support.h"

#define ENV(IMAGE, CREDENTIALS) \
	"'environment': {'type': 'LINUX_CONTAINER', 'image': '" IMAGE "', " \
	"'compute_type': 'BUILD_GENERAL1_SMALL', 'image_pull_credentials_type': '" CREDENTIALS "'}"
#define PROJECT(SOURCE, IMAGE, CREDENTIALS) \
	"{'name': 'ci', 'service_role': 'arn:aws:iam::123456789012:role/ci', " \
	"'source': {" SOURCE "}, 'artifacts': {'type': 'NO_ARTIFACTS'}, " \
	ENV(IMAGE, CREDENTIALS) "}"
#define CURATED "aws/codebuild/standard:7.0"
#define GITHUB "'type': 'GITHUB', 'location': 'https://github.com/example/ci.git'"
/* An awscc fleet of compute type TYPE, with MORE. */
#define FLEET(TYPE, MORE) "{'name': 'ci-fleet', 'base_capacity': 1, 'environment_type': " \
	"'LINUX_EC2', 'compute_type': '" TYPE "'" MORE "}"
#define FLEET_TAG(KEY) ", 'tags': [{'key': '" KEY "', 'value': 'ci'}]"

static const struct words_case cases[] = {
	{ "codebuild.source_location_required", "aws.codebuild.project", "source.location",
	  PROJECT("'type': 'GITHUB'", CURATED, "CODEBUILD"), NULL,
	  PROJECT("'type': 'CODEPIPELINE'", CURATED, "CODEBUILD"), NULL },
	{ "codebuild.report_build_status_providers", "aws.codebuild.project", "source.type",
	  PROJECT("'type': 'S3', 'location': 'ci-src/app.zip', 'report_build_status': true",
		  CURATED, "CODEBUILD"), NULL,
	  PROJECT(GITHUB ", 'report_build_status': true", CURATED, "CODEBUILD"), NULL },
	{ "codebuild.curated_image_codebuild_credentials", "aws.codebuild.project",
	  "environment.image_pull_credentials_type",
	  PROJECT(GITHUB, CURATED, "SERVICE_ROLE"), NULL,
	  PROJECT(GITHUB, "123456789012.dkr.ecr.us-east-1.amazonaws.com/ci:1", "SERVICE_ROLE"),
	  NULL },
	{ "codebuild.attribute_based_compute_configuration", "aws.codebuild.project",
	  "environment.compute_type",
	  "{'name': 'ci', 'service_role': 'r', 'source': {" GITHUB "}, "
	  "'artifacts': {'type': 'NO_ARTIFACTS'}, 'environment': {'type': 'LINUX_CONTAINER', "
	  "'image': '" CURATED "', 'compute_type': 'ATTRIBUTE_BASED_COMPUTE'}}", NULL,
	  PROJECT(GITHUB, CURATED, "CODEBUILD"), NULL },
	{ "codebuild.fleet_compute_configuration", "awscc.codebuild.fleet", "compute_configuration",
	  FLEET("CUSTOM_INSTANCE_TYPE", ""), NULL,
	  FLEET("CUSTOM_INSTANCE_TYPE", ", 'compute_configuration': {'instance_type': "
		"'c5.xlarge'}"), NULL },
	{ "codebuild.cfn_fleet_tag_key", "awscc.codebuild.fleet", "tags[0].key",
	  FLEET("BUILD_GENERAL1_SMALL", FLEET_TAG(X100 "x234567890123456789012345678")), NULL,
	  FLEET("BUILD_GENERAL1_SMALL", FLEET_TAG(X100 "x23456789012345678901234567")), NULL },
};

static const char *const services[] = { "codebuild.", NULL };

/* Each row refuses its case naming the attribute, AWS's words and the
 * document; its twin passes. */
static void test_each_row_and_its_twin(void **state)
{
	(void)state;
	words_check_cases(cases, sizeof(cases) / sizeof(*cases));
}

static void test_every_row_has_a_case(void **state)
{
	(void)state;
	words_check_every_row_has_a_case(cases, sizeof(cases) / sizeof(*cases), services,
					 "test_words_codebuild.c");
}

/* A row is judged on an update as on a create: a location taken out by an
 * update is refused. */
static void test_judged_on_update(void **state)
{
	struct strbuf err = STRBUF_INIT;

	(void)state;
	assert_int_equal(words_judge("aws.codebuild.project",
				     PROJECT("'type': 'GITHUB'", CURATED, "CODEBUILD"),
				     PROJECT(GITHUB, CURATED, "CODEBUILD"), NULL, &err), -1);
	if (!strstr(err.buf, "source.location: "))
		fail_msg("message \"%s\"", err.buf);
	strbuf_release(&err);
}

/* A value not known yet passes: a source type or image of a variable. */
static void test_unknown_passes(void **state)
{
	struct strbuf err = STRBUF_INIT;

	(void)state;
	assert_int_equal(words_judge("aws.codebuild.project",
				     PROJECT("'type': '${var.kind}'", CURATED, "CODEBUILD"), NULL,
				     NULL, &err), 0);
	assert_int_equal(words_judge("aws.codebuild.project",
				     PROJECT(GITHUB, "${var.image}", "SERVICE_ROLE"), NULL, NULL,
				     &err), 0);
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
		cmocka_unit_test(test_unknown_passes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
