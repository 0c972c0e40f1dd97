/*
 * test_words_census17.c: the words rows (AWS_SAYS, checks/words.c) of the
 * census's third scope as the seventeenth census helper judged them
 * (mediapackage/rules.c, mediatailor/rules.c, paymentcryptography/rules.c,
 * resourceexplorer2/rules.c; the ledgers checks/words/mediapackage.words,
 * mediatailor.words, payment-cryptography.words, resource-explorer-2.words),
 * each through aws_constraints_check: a resource it refuses, whose message
 * names the attribute, quotes AWS's sentence and names its document, and
 * its passing twin; every such row has a case here.
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
/* A MediaTailor playback configuration with the rest MORE. */
#define MT_PLAYBACK(ADS, CONTENT, MORE) "{'name': 'pb', 'ad_decision_server_url': '" ADS "', " \
	"'video_content_source_url': '" CONTENT "'" MORE "}"
#define MT_ADS "https://ads.example.com/vast"
/* 25,000 characters (words_support.h's X1000, 1,000). */
#define X25000 X1000 X1000 X1000 X1000 X1000 X1000 X1000 X1000 X1000 X1000 X1000 X1000 \
	X1000 X1000 X1000 X1000 X1000 X1000 X1000 X1000 X1000 X1000 X1000 X1000 X1000
/* A URL of 562 characters and one of 25,061: more than AWS's maximum. */
#define X100000 X25000 X25000 X25000 X25000
#define MT_URL_562 "https://origin.example.com/" X100 X100 X100 X100 X100 \
	"abcdefghijklmnopqrstuvwxyzabcdefghi"
#define MT_URL_25061 "https://ads.example.com/vast?q=" X25000 X10 X10 X10
#define MT_CONTENT "https://origin.example.com/live"
/* A MediaTailor channel in MODE whose one output has SETTINGS, the rest MORE. */
#define MT_CHANNEL(MODE, SETTINGS, MORE) "{'channel_name': 'ch', 'playback_mode': '" MODE "', " \
	"'outputs': [{'manifest_name': 'index', 'source_group': 'hls'" SETTINGS "}]" MORE "}"
#define MT_DASH(A, B, C) ", 'dash_playlist_settings': {'min_buffer_time_seconds': " A ", " \
	"'min_update_period_seconds': " B ", 'suggested_presentation_delay_seconds': " C "}"
#define MT_SLATE ", 'filler_slate': {'source_location_name': 'sl', 'vod_source_name': 'slate'}"
/* A MediaTailor source location at URL with the rest MORE. */
#define MT_LOCATION(URL, MORE) "{'source_location_name': 'sl', 'http_configuration': " \
	"{'base_url': '" URL "'}" MORE "}"
#define MT_S3_SIGV4 ", 'access_configuration': {'access_type': 'S3_SIGV4'}"
/* A Payment Cryptography key deriving USAGE with the rest MORE. */
#define PC_KEY(USAGE, MORE) "{'exportable': true, 'key_attributes': {'key_algorithm': " \
	"'ECC_NIST_P256', 'key_class': 'ASYMMETRIC_KEY_PAIR', 'key_usage': " \
	"'TR31_K3_ASYMMETRIC_KEY_FOR_KEY_AGREEMENT', 'key_modes_of_use': {'derive_key': true}}, " \
	"'derive_key_usage': '" USAGE "'" MORE "}"
/* A Resource Explorer view's ARN in REGION. */
#define RE_VIEW(REGION) "arn:aws:resource-explorer-2:" REGION ":123456789012:view/" \
	"all/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d"

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
	{ "mediatailor.ads_url_max_25000", "awscc.mediatailor.playback_configuration",
	  "live_pre_roll_configuration.ad_decision_server_url",
	  MT_PLAYBACK(MT_ADS, MT_CONTENT, ", 'live_pre_roll_configuration': "
		      "{'ad_decision_server_url': '" MT_URL_25061 "'}"), NULL,
	  MT_PLAYBACK(MT_ADS, MT_CONTENT, ", 'live_pre_roll_configuration': "
		      "{'ad_decision_server_url': '" MT_ADS "?pre=1'}"), NULL },
	{ "mediatailor.content_url_max_512", "awscc.mediatailor.playback_configuration",
	  "video_content_source_url", MT_PLAYBACK(MT_ADS, MT_URL_562, ""), NULL,
	  MT_PLAYBACK(MT_ADS, MT_CONTENT, ""), NULL },
	{ "mediatailor.cfn_ads_body_max_100000", "awscc.mediatailor.playback_configuration",
	  "ad_decision_server_configuration.http_request.body",
	  MT_PLAYBACK(MT_ADS, MT_CONTENT, ", 'ad_decision_server_configuration': "
		      "{'http_request': {'http_method': 'POST', 'body': '" X100000 "b'}}"),
	  NULL,
	  MT_PLAYBACK(MT_ADS, MT_CONTENT, ", 'ad_decision_server_configuration': "
		      "{'http_request': {'http_method': 'POST', 'body': '{}'}}"), NULL },
	{ "mediatailor.mpd_location_values", "awscc.mediatailor.playback_configuration",
	  "dash_configuration.mpd_location",
	  MT_PLAYBACK(MT_ADS, MT_CONTENT, ", 'dash_configuration': {'mpd_location': 'ENABLED'}"),
	  NULL,
	  MT_PLAYBACK(MT_ADS, MT_CONTENT, ", 'dash_configuration': {'mpd_location': 'DISABLED'}"),
	  NULL },
	{ "mediatailor.manifest_window_min_30", "awscc.mediatailor.channel",
	  "outputs[0].hls_playlist_settings.manifest_window_seconds",
	  MT_CHANNEL("LOOP", ", 'hls_playlist_settings': {'manifest_window_seconds': 20}", ""), NULL,
	  MT_CHANNEL("LOOP", ", 'hls_playlist_settings': {'manifest_window_seconds': 30}", ""),
	  NULL },
	{ "mediatailor.manifest_window_max_3600", "awscc.mediatailor.channel",
	  "outputs[0].dash_playlist_settings.manifest_window_seconds",
	  MT_CHANNEL("LOOP", ", 'dash_playlist_settings': {'manifest_window_seconds': 7200}", ""),
	  NULL,
	  MT_CHANNEL("LOOP", ", 'dash_playlist_settings': {'manifest_window_seconds': 3600}", ""),
	  NULL },
	{ "mediatailor.dash_seconds_min_2", "awscc.mediatailor.channel",
	  "outputs[0].dash_playlist_settings.suggested_presentation_delay_seconds",
	  MT_CHANNEL("LOOP", MT_DASH("2", "2", "1"), ""), NULL,
	  MT_CHANNEL("LOOP", MT_DASH("2", "2", "2"), ""), NULL },
	{ "mediatailor.dash_seconds_max_60", "awscc.mediatailor.channel",
	  "outputs[0].dash_playlist_settings.min_buffer_time_seconds",
	  MT_CHANNEL("LOOP", MT_DASH("61", "2", "2"), ""), NULL,
	  MT_CHANNEL("LOOP", MT_DASH("60", "60", "60"), ""), NULL },
	{ "mediatailor.time_delay_in_range", "awscc.mediatailor.channel",
	  "time_shift_configuration.max_time_delay_seconds",
	  MT_CHANNEL("LOOP", "", ", 'time_shift_configuration': {'max_time_delay_seconds': 25000}"),
	  NULL,
	  MT_CHANNEL("LOOP", "", ", 'time_shift_configuration': {'max_time_delay_seconds': 21600}"),
	  NULL },
	{ "mediatailor.linear_filler_slate", "awscc.mediatailor.channel", "filler_slate",
	  MT_CHANNEL("LINEAR", "", ""), NULL, MT_CHANNEL("LINEAR", "", MT_SLATE), NULL },
	{ "mediatailor.base_url_protocol", "awscc.mediatailor.source_location",
	  "http_configuration.base_url", MT_LOCATION("origin.example.com", ""), NULL,
	  MT_LOCATION("https://origin.example.com", ""), NULL },
	{ "mediatailor.base_url_protocol", "awscc.mediatailor.source_location",
	  "default_segment_delivery_configuration.base_url",
	  MT_LOCATION("https://origin.example.com", ", 'default_segment_delivery_configuration': "
		      "{'base_url': 'cdn.example.com'}"), NULL,
	  MT_LOCATION("https://origin.example.com", ", 'default_segment_delivery_configuration': "
		      "{'base_url': 'https://cdn.example.com'}"), NULL },
	{ "mediatailor.s3_sigv4_virtual_hosted", "awscc.mediatailor.source_location",
	  "http_configuration.base_url",
	  MT_LOCATION("https://s3.us-east-1.amazonaws.com/media-1", MT_S3_SIGV4), NULL,
	  MT_LOCATION("https://media-1.s3.us-east-1.amazonaws.com", MT_S3_SIGV4), NULL },
	{ "paymentcryptography.derive_key_usage_kept", "awscc.paymentcryptography.key",
	  "derive_key_usage", PC_KEY("TR31_K1_KEY_BLOCK_PROTECTION_KEY", ""),
	  PC_KEY("TR31_K0_KEY_ENCRYPTION_KEY", ""),
	  PC_KEY("TR31_K0_KEY_ENCRYPTION_KEY", ", 'enabled': false"),
	  PC_KEY("TR31_K0_KEY_ENCRYPTION_KEY", "") },
	{ "paymentcryptography.tag_keys_unique", "awscc.paymentcryptography.key", "tags[1].key",
	  PC_KEY("TR31_K0_KEY_ENCRYPTION_KEY", ", 'tags': [{'key': 'team', 'value': 'a'}, "
		 "{'key': 'team', 'value': 'b'}]"), NULL,
	  PC_KEY("TR31_K0_KEY_ENCRYPTION_KEY", ", 'tags': [{'key': 'team', 'value': 'a'}, "
		 "{'key': 'owner', 'value': 'a'}]"), NULL },
	{ "resourceexplorer2.default_view_in_region",
	  "awscc.resourceexplorer2.default_view_association", "view_arn",
	  "{'view_arn': '" RE_VIEW("eu-west-1") "'}", NULL,
	  "{'view_arn': '" RE_VIEW("us-east-1") "'}", NULL },
};

static const char *const services[] = { "mediapackage.", "mediatailor.", "paymentcryptography.",
					"resourceexplorer2.", NULL };

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
