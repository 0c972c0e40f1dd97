/*
 * test_words_efs.c: the words rows (AWS_SAYS, checks/words.c) of Amazon EFS's
 * awscc types (efs/rules.c; the ledger checks/words/efs.words), the census's
 * third scope, each through aws_constraints_check: a resource it refuses,
 * whose message names the attribute, quotes AWS's sentence and names its
 * document, and its passing twin; every such row has a case here but those
 * that cross a reference (test_words_crossing.c's).
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

#define FS(MORE) "{'performance_mode': 'generalPurpose'" MORE "}"
#define LIFECYCLE(POLICIES) ", 'lifecycle_policies': [" POLICIES "]"
#define IA(V) "{'transition_to_ia': '" V "'}"
#define ARCHIVE(V) "{'transition_to_archive': '" V "'}"
#define DESTINATION(MORE) ", 'replication_configuration': {'destinations': [{" MORE "}]}"
#define AP(MORE) "{'file_system_id': 'fs-0123456789abcdef0'" MORE "}"

/* Each row's refused resource and its passing twin. */
static const struct words_case cases[] = {
	{ "efs.kms_key_encrypted", "awscc.efs.file_system", "encrypted",
	  FS(", 'kms_key_id': 'alias/efs'"), NULL,
	  FS(", 'kms_key_id': 'alias/efs', 'encrypted': true"), NULL },
	{ "efs.one_zone_not_max_io", "awscc.efs.file_system", "performance_mode",
	  "{'performance_mode': 'maxIO', 'availability_zone_name': 'us-east-1a'}", NULL,
	  "{'performance_mode': 'maxIO'}", NULL },
	{ "efs.provisioned_throughput", "awscc.efs.file_system", "provisioned_throughput_in_mibps",
	  FS(", 'throughput_mode': 'provisioned'"), NULL,
	  FS(", 'throughput_mode': 'provisioned', 'provisioned_throughput_in_mibps': 64"), NULL },
	{ "efs.one_transition_each", "awscc.efs.file_system",
	  "lifecycle_policies[0].transition_to_ia",
	  FS(LIFECYCLE("{'transition_to_ia': 'AFTER_30_DAYS', 'transition_to_archive': "
		       "'AFTER_90_DAYS'}")), NULL,
	  FS(LIFECYCLE(IA("AFTER_30_DAYS") ", " ARCHIVE("AFTER_90_DAYS"))), NULL },
	{ "efs.archive_after_ia", "awscc.efs.file_system", "lifecycle_policies",
	  FS(LIFECYCLE(IA("AFTER_90_DAYS") ", " ARCHIVE("AFTER_60_DAYS"))), NULL,
	  FS(LIFECYCLE(IA("AFTER_60_DAYS") ", " ARCHIVE("AFTER_90_DAYS"))), NULL },
	{ "efs.one_zone_destination_region", "awscc.efs.file_system",
	  "replication_configuration.destinations[0].region",
	  FS(DESTINATION("'availability_zone_name': 'us-west-2a'")), NULL,
	  FS(DESTINATION("'availability_zone_name': 'us-west-2a', 'region': 'us-west-2'")),
	  NULL },
	{ "efs.tag_keys_unique", "awscc.efs.access_point", "access_point_tags[1].key",
	  AP(", 'access_point_tags': [{'key': 'team', 'value': 'a'}, {'key': 'team', "
	     "'value': 'b'}]"), NULL,
	  AP(", 'access_point_tags': [{'key': 'team', 'value': 'a'}, {'key': 'owner', "
	     "'value': 'b'}]"), NULL },
	{ "efs.tag_keys_not_aws", "awscc.efs.file_system", "file_system_tags[0].key",
	  FS(", 'file_system_tags': [{'key': 'aws:team', 'value': 'a'}]"), NULL,
	  FS(", 'file_system_tags': [{'key': 'team', 'value': 'a'}]"), NULL },
};

static const char *const services[] = { "efs.", NULL };

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
					 "test_words_efs.c");
}

/* Archive after IA: the same day refused, each IA day's later Archive day
 * passing, and Archive without IA left alone. */
static void test_archive_after_ia_each_day(void **state)
{
	static const char *const days[] = { "AFTER_1_DAY", "AFTER_7_DAYS", "AFTER_14_DAYS",
					    "AFTER_30_DAYS", "AFTER_60_DAYS", "AFTER_90_DAYS",
					    "AFTER_180_DAYS", "AFTER_270_DAYS", "AFTER_365_DAYS" };
	size_t n = sizeof(days) / sizeof(*days);

	(void)state;
	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k < n; k++) {
			char *attrs = xasprintf("{'lifecycle_policies': [{'transition_to_ia': '%s'}, "
						"{'transition_to_archive': '%s'}]}", days[i],
						days[k]);
			struct strbuf err = STRBUF_INIT;
			int refused = words_judge("awscc.efs.file_system", attrs, NULL, NULL, &err) != 0;
			if (refused != (k <= i))
				fail_msg("IA %s, Archive %s: %s", days[i], days[k],
					 refused ? err.buf : "passed");
			strbuf_release(&err);
			free(attrs);
		}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_row_and_its_twin),
		cmocka_unit_test(test_every_row_has_a_case),
		cmocka_unit_test(test_archive_after_ia_each_day),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
