/*
 * test_words_census18.c: the words rows (AWS_SAYS, checks/words.c) of the
 * census's third scope as the eighteenth census helper judged them
 * (s3vectors/rules.c, smsvoice/rules.c; the ledgers checks/words/
 * s3vectors.words, pinpoint-sms-voice-v2.words), each
 * through aws_constraints_check: a resource it refuses, whose message names
 * the attribute, quotes AWS's sentence and names its document, and its
 * passing twin; every such row has a case here.
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

#define KMS_KEY "'kms_key_arn': 'arn:aws:kms:us-east-1:123456789012:key/1234abcd'"
/* A vector bucket whose encryption is ENCRYPTION. */
#define VECTOR_BUCKET(ENCRYPTION) "{'vector_bucket_name': 'vectors-1', " \
	"'encryption_configuration': {" ENCRYPTION "}}"
/* An index of a vector bucket with the rest of its attributes MORE. */
#define VECTOR_INDEX(MORE) "{'vector_bucket_name': 'vectors-1', 'index_name': 'idx', " \
	"'data_type': 'float32', 'dimension': 128, 'distance_metric': 'cosine'" MORE "}"
/* An SMS configuration set whose one event destination matches TYPES. */
#define SMS_CONFIGURATION_SET(TYPES) "{'configuration_set_name': 'alerts', " \
	"'event_destinations': [{'event_destination_name': 'logs', 'enabled': true, " \
	"'matching_event_types': [" TYPES "], 'sns_destination': {'topic_arn': " \
	"'arn:aws:sns:us-east-1:123456789012:sms'}}]}"
#define TAG(KEY, VALUE) ", 'tags': [{'key': '" KEY "', 'value': '" VALUE "'}]"

static const struct words_case cases[] = {
	{ "s3vectors.kms_key_only_with_kms", "awscc.s3vectors.vector_bucket",
	  "encryption_configuration.sse_type",
	  VECTOR_BUCKET("'sse_type': 'AES256', " KMS_KEY), NULL,
	  VECTOR_BUCKET("'sse_type': 'aws:kms', " KMS_KEY), NULL },
	{ "s3vectors.tag_key_not_aws", "awscc.s3vectors.index", "tags[0].key",
	  VECTOR_INDEX(TAG("aws:team", "a")), NULL,
	  VECTOR_INDEX(TAG("team", "a")), NULL },
	{ "s3vectors.tag_key_chars", "awscc.s3vectors.vector_bucket", "tags[0].key",
	  "{'vector_bucket_name': 'vectors-1'" TAG("team#1", "a") "}", NULL,
	  "{'vector_bucket_name': 'vectors-1'" TAG("team:1 @x_y.z/=+-", "a") "}", NULL },
	{ "s3vectors.tag_value_chars", "awscc.s3vectors.index", "tags[0].value",
	  VECTOR_INDEX(TAG("team", "a,b")), NULL,
	  VECTOR_INDEX(TAG("team", "a b_c.d/e=f+g-h@i")), NULL },
	{ "smsvoice.no_text_sent_event", "awscc.smsvoice.configuration_set",
	  "event_destinations[0].matching_event_types[1]",
	  SMS_CONFIGURATION_SET("'TEXT_DELIVERED', 'TEXT_SENT'"), NULL,
	  SMS_CONFIGURATION_SET("'TEXT_DELIVERED', 'TEXT_PENDING'"), NULL },
	{ "smsvoice.cfn_tag_keys_not_aws", "awscc.smsvoice.opt_out_list", "tags[0].key",
	  "{'opt_out_list_name': 'out'" TAG("aws:team", "a") "}", NULL,
	  "{'opt_out_list_name': 'out'" TAG("team", "aws:a") "}", NULL },
};

static const char *const services[] = { "s3vectors.", "smsvoice.", NULL };

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
					 "test_words_census18.c");
}

int main(void)
{
	setenv("AWS_REGION", "us-east-1", 1);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_row_and_its_twin),
		cmocka_unit_test(test_every_row_has_a_case),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
