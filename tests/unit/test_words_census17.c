/*
 * test_words_census17.c: the words rows (AWS_SAYS, checks/words.c) of the
 * census's third scope as the seventeenth census helper judged them
 * (mediapackage/rules.c; the ledger checks/words/mediapackage.words), each
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

/* A MediaPackage origin endpoint of channel CHANNEL with the rest MORE. */
#define MP_ENDPOINT(CHANNEL, MORE) "{'id': 'live-hls', 'channel_id': '" CHANNEL "'" MORE "}"
#define MP_SPEKE(CONTRACT) "'speke_key_provider': {'resource_id': 'r1', 'system_ids': " \
	"['edef8ba9-79d6-4ace-a3c8-27dcd51d21ed'], 'url': 'https://keys.example.com/speke', " \
	"'role_arn': 'arn:aws:iam::123456789012:role/speke'" CONTRACT "}"
#define MP_CONTRACT ", 'encryption_contract_configuration': {'preset_speke_20_audio': " \
	"'PRESET-AUDIO-1', 'preset_speke_20_video': 'PRESET-VIDEO-1'}"
/* A package PACKAGE encrypted through SPEKE with CONTRACT, the rest of the
 * encryption ROTATION. */
#define MP_ENCRYPTED(PACKAGE, CONTRACT, ROTATION) MP_ENDPOINT("live", ", '" PACKAGE "': " \
	"{'encryption': {" MP_SPEKE(CONTRACT) ROTATION "}}")
#define MP_HLS(MORE) MP_ENDPOINT("live", ", 'hls_package': {'ad_markers': 'DATERANGE'" MORE "}")
#define MP_CMAF_MANIFESTS(LIST) MP_ENDPOINT("live", ", 'cmaf_package': {'hls_manifests': [" \
	LIST "]}")
static const struct words_case cases[] = {
	{ "mediapackage.channel_id_kept", "awscc.mediapackage.origin_endpoint", "channel_id",
	  MP_ENDPOINT("live-2", ""), MP_ENDPOINT("live", ""),
	  MP_ENDPOINT("live", ", 'description': 'd'"), MP_ENDPOINT("live", "") },
	{ "mediapackage.contract_no_key_rotation", "awscc.mediapackage.origin_endpoint",
	  "dash_package.encryption.key_rotation_interval_seconds",
	  MP_ENCRYPTED("dash_package", MP_CONTRACT, ", 'key_rotation_interval_seconds': 60"), NULL,
	  MP_ENCRYPTED("dash_package", MP_CONTRACT, ", 'key_rotation_interval_seconds': 0"), NULL },
	{ "mediapackage.contract_no_key_rotation", "awscc.mediapackage.origin_endpoint",
	  "cmaf_package.encryption.key_rotation_interval_seconds",
	  MP_ENCRYPTED("cmaf_package", MP_CONTRACT, ""), NULL,
	  MP_ENCRYPTED("cmaf_package", "", ", 'key_rotation_interval_seconds': 60"), NULL },
	{ "mediapackage.contract_no_key_rotation", "awscc.mediapackage.origin_endpoint",
	  "hls_package.encryption.key_rotation_interval_seconds",
	  MP_ENCRYPTED("hls_package", MP_CONTRACT, ", 'key_rotation_interval_seconds': 300"), NULL,
	  MP_ENCRYPTED("hls_package", MP_CONTRACT, ", 'key_rotation_interval_seconds': 0"), NULL },
	{ "mediapackage.daterange_date_time_interval", "awscc.mediapackage.origin_endpoint",
	  "hls_package.program_date_time_interval_seconds",
	  MP_HLS(", 'program_date_time_interval_seconds': 0"), NULL,
	  MP_HLS(", 'program_date_time_interval_seconds': 60"), NULL },
	{ "mediapackage.daterange_date_time_interval", "awscc.mediapackage.origin_endpoint",
	  "cmaf_package.hls_manifests[1].program_date_time_interval_seconds",
	  MP_CMAF_MANIFESTS("{'id': 'a', 'ad_markers': 'NONE'}, {'id': 'b', 'ad_markers': "
			    "'DATERANGE'}"), NULL,
	  MP_CMAF_MANIFESTS("{'id': 'a', 'ad_markers': 'NONE'}, {'id': 'b', 'ad_markers': "
			    "'DATERANGE', 'program_date_time_interval_seconds': 10}"), NULL },
	{ "mediapackage.hls_manifest_ids_unique", "awscc.mediapackage.origin_endpoint",
	  "cmaf_package.hls_manifests[1].id",
	  MP_CMAF_MANIFESTS("{'id': 'a'}, {'id': 'a', 'manifest_name': 'other'}"), NULL,
	  MP_CMAF_MANIFESTS("{'id': 'a'}, {'id': 'b', 'manifest_name': 'other'}"), NULL },
};

static const char *const services[] = { "mediapackage.", NULL };

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
					 "test_words_census17.c");
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
