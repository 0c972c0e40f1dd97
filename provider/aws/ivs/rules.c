/*
 * ivs/rules.c: Amazon IVS's (channels, stream and playback keys, recording,
 * ingest, encoder and storage configurations, stages) rows of the one table
 * of checks (checks/row.h) on the awscc types of a service terrace's own
 * code does not call (its objects are made through Cloud Control alone):
 * AWS's words of the census's third scope (checks/words/gen_words.py,
 * sentences.py's THIRD_SCOPE; botocore's ivs and ivs-realtime, each signed
 * ivs), the written rule of an encoder's pixels, and the check across the
 * stack of a storage configuration's bucket in another Region. Its ledger:
 * checks/words/ivs.words.
 */
#include <stdio.h>

#include "provider/aws/checks/rules.h"
#include "provider/provider.h"

#define IVS "ivs "
#define MULTITRACK "multitrack_input_configuration."
#define MULTITRACK_ON WHEN(IS(MULTITRACK "enabled", "true"))

/* An encoder configuration's video: width times height at most 2073600
 * pixels. */
int rule_ivs_video_pixels(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *w = json_object_get(v, "width"), *h = json_object_get(v, "height");

	(void)r;
	if (!json_is_integer(w) || !json_is_integer(h) ||
	    json_integer_value(w) * json_integer_value(h) <= 2073600)
		return 0;
	strbuf_addf(err, "video: %lld by %lld is %lld pixels: AWS says \"Note that the maximum value "
		    "is determined by width times height, such that the maximum total pixels is "
		    "2073600 (1920x1080 or 1080x1920).\" (" IVS "CreateEncoderConfiguration "
		    "video.width)", (long long)json_integer_value(w), (long long)json_integer_value(h),
		    (long long)(json_integer_value(w) * json_integer_value(h)));
	return -1;
}

/* A storage configuration's bucket of the stack made in another Region
 * (aws_check_bucket_region, at plan). */
static void check_ivs_bucket_region(const struct written_resource *rs, size_t n,
				    check_report_fn report, void *ctx)
{
	static const struct aws_bucket_use storage = {
		"AWS::IVS::StorageConfiguration", "s3.bucket_name",
		"Note that the StorageConfiguration and S3 bucket must be in the same region as the "
		"Composition.", IVS "CreateStorageConfiguration s3.bucketName"
	};

	aws_check_bucket_region(rs, n, &storage, 1, report, ctx);
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_ivs[] = {
	ACROSS_ROW("awscc.ivs.storage_configuration", check_ivs_bucket_region,
		   IVS "CreateStorageConfiguration s3.bucketName (a bucket of the stack in another "
		   "Region)"),
	/* a channel's multitrack input */
	AWS_SAYS("ivs.multitrack_standard", "awscc.ivs.channel", AWS_CALL_ANY, MULTITRACK_ON,
		 THEN(IS("channel_type", "STANDARD")),
		 "Can be set to true only if channel type is STANDARD.",
		 IVS "CreateChannel multitrackInputConfiguration.enabled"),
	AWS_SAYS("ivs.multitrack_required", "awscc.ivs.channel", AWS_CALL_ANY, MULTITRACK_ON,
		 THEN(SET(MULTITRACK "policy"), SET(MULTITRACK "maximum_resolution"),
		      SET("container_format"), IS("container_format", "FRAGMENTED_MP4")),
		 "If true, then policy, maximumResolution, and containerFormat are required, and "
		 "containerFormat must be set to FRAGMENTED_MP4.",
		 IVS "CreateChannel multitrackInputConfiguration.enabled"),
	/* an ingest configuration's RTMP */
	AWS_SAYS("ivs.rtmp_insecure", "awscc.ivs.ingest_configuration", AWS_CALL_CREATE,
		 WHEN(IS("ingest_protocol", "RTMP")),
		 THEN(SET("insecure_ingest"), IS("insecure_ingest", "true")),
		 "If this is set to RTMP, insecureIngest must be set to true.",
		 IVS "CreateIngestConfiguration ingestProtocol"),
	/* thumbnails' interval with INTERVAL alone; custom renditions listed */
	AWS_SAYS("ivs.thumbnail_interval_mode", "awscc.ivs.recording_configuration", AWS_CALL_ANY,
		 WHEN(SET("thumbnail_configuration.target_interval_seconds")),
		 THEN(IS("thumbnail_configuration.recording_mode", "INTERVAL")),
		 "This is configurable (and required) only if recordingMode is INTERVAL.",
		 IVS "CreateRecordingConfiguration thumbnailConfiguration.targetIntervalSeconds"),
	AWS_SAYS("ivs.participant_thumbnail_interval_mode", "awscc.ivs.stage", AWS_CALL_ANY,
		 WHEN(SET("auto_participant_recording_configuration.thumbnail_configuration."
			  "participant_thumbnail_configuration.target_interval_seconds")),
		 THEN(IS("auto_participant_recording_configuration.thumbnail_configuration."
			 "participant_thumbnail_configuration.recording_mode", "INTERVAL")),
		 "This is configurable only if recordingMode is INTERVAL.",
		 IVS "CreateStage autoParticipantRecordingConfiguration.thumbnailConfiguration."
		 "targetIntervalSeconds"),
	AWS_SAYS("ivs.custom_renditions", "awscc.ivs.recording_configuration", AWS_CALL_CREATE,
		 WHEN(IS("rendition_configuration.rendition_selection", "CUSTOM")),
		 THEN(SET("rendition_configuration.renditions")),
		 "If CUSTOM is specified, a set of renditions must be specified in the renditions "
		 "field.", IVS "CreateRecordingConfiguration renditionConfiguration.renditionSelection"),
	/* an encoder's video: even sides, at most 2073600 pixels */
	AWS_SAYS("ivs.video_even", "awscc.ivs.encoder_configuration", AWS_CALL_CREATE, ALWAYS,
		 THEN(MULTIPLE_OF("video.width", 2), MULTIPLE_OF("video.height", 2)),
		 "This must be an even number.", IVS "CreateEncoderConfiguration video.width"),
	RULE("awscc.ivs.encoder_configuration", "video", rule_ivs_video_pixels,
	     IVS "CreateEncoderConfiguration video.width"),
	/* a playback restriction's origins, as the Origin header writes them */
	AWS_SAYS("ivs.allowed_origins", "awscc.ivs.playback_restriction_policy", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("allowed_origins", ALWAYS,
			   THEN(MATCHES("", "^(\\*|null|[A-Za-z][A-Za-z0-9+.-]*://[^/ ]+)$")))),
		 "Allowed values are the same as valid values of the Origin header defined at "
		 "https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Origin.",
		 IVS "CreatePlaybackRestrictionPolicy allowedOrigins"),
	/* a key's material, to create it */
	AWS_SAYS("ivs.key_pair_material", "awscc.ivs.playback_key_pair", AWS_CALL_CREATE, ALWAYS,
		 THEN(SET("public_key_material")),
		 "This field is required to create the AWS::IVS::PlaybackKeyPair resource.",
		 "CloudFormation registry: AWS::IVS::PlaybackKeyPair PublicKeyMaterial"),
	AWS_SAYS("ivs.public_key_material", "awscc.ivs.public_key", AWS_CALL_CREATE, ALWAYS,
		 THEN(SET("public_key_material")),
		 "This field is required to create the AWS::IVS::PublicKey resource.",
		 "CloudFormation registry: AWS::IVS::PublicKey PublicKeyMaterial"),
#define TAG_KEYS(TYPE) RULE("awscc.ivs." TYPE, "tags", rule_tag_list_keys, \
			    "CloudFormation registry: AWS::IVS::Channel Tag.Key")
	TAG_KEYS("channel"), TAG_KEYS("encoder_configuration"), TAG_KEYS("ingest_configuration"),
	TAG_KEYS("playback_restriction_policy"), TAG_KEYS("recording_configuration"),
	TAG_KEYS("stage"), TAG_KEYS("storage_configuration"), TAG_KEYS("stream_key"),
#undef TAG_KEYS
	{ NULL },
};
