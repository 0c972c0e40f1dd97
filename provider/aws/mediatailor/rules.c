/*
 * mediatailor/rules.c: AWS Elemental MediaTailor's (channels, playback
 * configurations, source locations) rows of the one table of checks
 * (checks/row.h) on the awscc types of a service terrace's own code does not
 * call (its objects are made through Cloud Control alone): AWS's words of
 * the census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE). Its ledger: checks/words/mediatailor.words.
 */
#include "provider/aws/checks/rules.h"

#define PUT "mediatailor PutPlaybackConfiguration "
#define CREATE_CHANNEL "mediatailor CreateChannel "
/* A channel's outputs' playlist settings of kind KIND ("dash" or "hls"):
 * ATTR MIN to MAX. */
#define OUTPUTS_IN(KIND, ATTR, MIN, MAX) \
	EACH("outputs", ALWAYS, THEN(IN(KIND "_playlist_settings." ATTR, MIN, MAX)))
#define DASH_IN(MIN, MAX) \
	OUTPUTS_IN("dash", "min_buffer_time_seconds", MIN, MAX), \
	OUTPUTS_IN("dash", "min_update_period_seconds", MIN, MAX), \
	OUTPUTS_IN("dash", "suggested_presentation_delay_seconds", MIN, MAX)
/* S3's path-style endpoints (s3.REGION.amazonaws.com/BUCKET, s3-REGION...,
 * s3.amazonaws.com): no virtual hosted-style URL. */
#define S3_PATH_STYLE "^[A-Za-z][A-Za-z0-9+.-]*://s3[.-][^/]*amazonaws\\.com(\\.cn)?(:[0-9]+)?(/|$)"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_mediatailor[] = {
	AWS_SAYS("mediatailor.ads_url_max_25000",
		 "awscc.mediatailor.playback_configuration", AWS_CALL_ANY, ALWAYS,
		 THEN(LEN_IN("ad_decision_server_url", 0, 25000),
		      LEN_IN("live_pre_roll_configuration.ad_decision_server_url", 0, 25000)),
		 "The maximum length is 25,000 characters.", PUT "AdDecisionServerUrl"),
	AWS_SAYS("mediatailor.content_url_max_512",
		 "awscc.mediatailor.playback_configuration", AWS_CALL_ANY, ALWAYS,
		 THEN(LEN_IN("video_content_source_url", 0, 512)),
		 "The maximum length is 512 characters.", PUT "VideoContentSourceUrl"),
	AWS_SAYS("mediatailor.cfn_ads_body_max_100000",
		 "awscc.mediatailor.playback_configuration", AWS_CALL_ANY, ALWAYS,
		 THEN(LEN_IN("ad_decision_server_configuration.http_request.body", 0, 100000)),
		 "The maximum length is 100,000 characters.",
		 "CloudFormation registry: AWS::MediaTailor::PlaybackConfiguration HttpRequest.Body"),
	AWS_SAYS("mediatailor.mpd_location_values",
		 "awscc.mediatailor.playback_configuration", AWS_CALL_ANY, ALWAYS,
		 THEN(IS("dash_configuration.mpd_location", "DISABLED", "EMT_DEFAULT")),
		 "Valid values are DISABLED and EMT_DEFAULT.", PUT "DashConfiguration.MpdLocation"),
	AWS_SAYS("mediatailor.manifest_window_min_30",
		 "awscc.mediatailor.channel", AWS_CALL_ANY, ALWAYS,
		 THEN(OUTPUTS_IN("dash", "manifest_window_seconds", 30, 1e300),
		      OUTPUTS_IN("hls", "manifest_window_seconds", 30, 1e300)),
		 "Minimum value: 30 seconds.",
		 CREATE_CHANNEL "Outputs.DashPlaylistSettings.ManifestWindowSeconds"),
	AWS_SAYS("mediatailor.manifest_window_max_3600",
		 "awscc.mediatailor.channel", AWS_CALL_ANY, ALWAYS,
		 THEN(OUTPUTS_IN("dash", "manifest_window_seconds", -1e300, 3600),
		      OUTPUTS_IN("hls", "manifest_window_seconds", -1e300, 3600)),
		 "Maximum value: 3600 seconds.",
		 CREATE_CHANNEL "Outputs.DashPlaylistSettings.ManifestWindowSeconds"),
	AWS_SAYS("mediatailor.dash_seconds_min_2",
		 "awscc.mediatailor.channel", AWS_CALL_ANY, ALWAYS,
		 THEN(DASH_IN(2, 1e300)), "Minimum value: 2 seconds.",
		 CREATE_CHANNEL "Outputs.DashPlaylistSettings.MinBufferTimeSeconds"),
	AWS_SAYS("mediatailor.dash_seconds_max_60",
		 "awscc.mediatailor.channel", AWS_CALL_ANY, ALWAYS,
		 THEN(DASH_IN(-1e300, 60)), "Maximum value: 60 seconds.",
		 CREATE_CHANNEL "Outputs.DashPlaylistSettings.MinBufferTimeSeconds"),
	AWS_SAYS("mediatailor.time_delay_in_range",
		 "awscc.mediatailor.channel", AWS_CALL_ANY, ALWAYS,
		 THEN(IN("time_shift_configuration.max_time_delay_seconds", 0, 21600)),
		 "The minimum allowed maximum time delay is 0 seconds, and the maximum allowed "
		 "maximum time delay is 21600 seconds (6 hours).",
		 CREATE_CHANNEL "TimeShiftConfiguration.MaxTimeDelaySeconds"),
	AWS_SAYS("mediatailor.linear_filler_slate",
		 "awscc.mediatailor.channel", AWS_CALL_ANY,
		 WHEN(IS("playback_mode", "LINEAR")), THEN(SET("filler_slate")),
		 "You must configure filler slate if your channel uses the LINEAR PlaybackMode.",
		 CREATE_CHANNEL "FillerSlate"),
	AWS_SAYS("mediatailor.base_url_protocol",
		 "awscc.mediatailor.source_location", AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("http_configuration.base_url", "^[A-Za-z][A-Za-z0-9+.-]*://"),
		      MATCHES("default_segment_delivery_configuration.base_url",
			      "^[A-Za-z][A-Za-z0-9+.-]*://")),
		 "This string must include the protocol, such as https://.",
		 "mediatailor CreateSourceLocation HttpConfiguration.BaseUrl"),
	AWS_SAYS("mediatailor.s3_sigv4_virtual_hosted",
		 "awscc.mediatailor.source_location", AWS_CALL_ANY,
		 WHEN(IS("access_configuration.access_type", "S3_SIGV4")),
		 THEN(NOT_MATCHES("http_configuration.base_url", S3_PATH_STYLE)),
		 "Your MediaTailor source location baseURL must follow the S3 virtual hosted-style "
		 "request URL format.", "mediatailor CreateSourceLocation AccessConfiguration.AccessType"),
	{ NULL },
};
