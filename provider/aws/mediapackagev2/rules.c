/*
 * mediapackagev2/rules.c: AWS Elemental MediaPackage v2's (channels, origin
 * endpoints) rows of the one table of checks (checks/row.h) on the awscc
 * types of a service terrace's own code does not call (its objects are made
 * through Cloud Control alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE), and the written
 * rules of an origin endpoint's HLS manifests (their names, their start
 * tags' time offsets). Its ledger: checks/words/mediapackagev2.words.
 */
#include <stdio.h>
#include <string.h>

#include "provider/aws/checks/rules.h"
#include "provider/base/text.h"

#define MP "mediapackagev2 "
#define OE "mediapackagev2 CreateOriginEndpoint "
#define CMAF_WORDS "This setting is valid only when InputType is CMAF."
/* An HLS manifest using DATERANGE ad markers, a date-time interval of 1 or more. */
#define DATERANGE_INTERVAL(LIST) \
	EACH(LIST, WHEN(IS("scte_hls.ad_marker_hls", "DATERANGE")), \
	     THEN(SET("program_date_time_interval_seconds"), \
		  IN("program_date_time_interval_seconds", 1, 1209600)))

/* The name of element i of list `list` when known (a string holding no
 * reference): NULL otherwise. */
static const char *manifest_name(const json_t *list, size_t i)
{
	const json_t *e = json_array_get(list, i);
	const char *name = json_string_value(json_object_get(e, "manifest_name"));

	return name && !strstr(name, "${") ? name : NULL;
}

/* An HLS manifest and a low-latency HLS manifest of one endpoint never
 * share a name. */
static int rule_mediapackagev2_hls_manifest_names(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *hls = json_object_get(v, "hls_manifests");
	const json_t *low = json_object_get(v, "low_latency_hls_manifests");

	(void)r;
	for (size_t i = 0; i < json_array_size(low); i++)
		for (size_t k = 0; manifest_name(low, i) && k < json_array_size(hls); k++) {
			const char *name = manifest_name(hls, k);
			if (!name || strcmp(name, manifest_name(low, i)))
				continue;
			strbuf_addf(err, "low_latency_hls_manifests[%zu].manifest_name: ", i);
			strbuf_add_safe(err, name, strlen(name), TEXT_VALUE);
			strbuf_addf(err, " is hls_manifests[%zu]'s too: AWS says \"You can't use the "
				    "same manifest name if you use HLS manifest and low-latency HLS "
				    "manifest.\" (" OE "HlsManifests.ManifestName)", k);
			return -1;
		}
	return 0;
}

/* A known number at key of object o into *n. */
static bool known_number(const json_t *o, const char *key, double *n)
{
	const json_t *x = json_object_get(o, key);

	if (!json_is_number(x))
		return false;
	*n = json_number_value(x);
	return true;
}

/* Each HLS and low-latency HLS manifest's start tag time offset, where its
 * manifest window and the endpoint's segment duration are written: if
 * positive, less than the window less three segments; if negative, its
 * size more than three segments and less than the window. */
static int rule_mediapackagev2_start_tag_offset(const json_t *v, const json_t *r, struct strbuf *err)
{
	static const char *const lists[] = { "hls_manifests", "low_latency_hls_manifests" };
	const json_t *segment = json_object_get(v, "segment");
	double seg, window, offset;

	(void)r;
	if (!known_number(segment, "segment_duration_seconds", &seg))
		return 0;
	for (size_t l = 0; l < 2; l++) {
		const json_t *list = json_object_get(v, lists[l]);
		for (size_t i = 0; i < json_array_size(list); i++) {
			const json_t *e = json_array_get(list, i);
			const char *says;
			if (!known_number(e, "manifest_window_seconds", &window) ||
			    !known_number(json_object_get(e, "start_tag"), "time_offset", &offset))
				continue;
			if (offset >= 0 && offset >= window - 3 * seg)
				says = "Enter a signed floating point value which, if positive, must be "
				       "less than the configured manifest duration minus three times "
				       "the configured segment target duration.";
			else if (offset < 0 && (-offset <= 3 * seg || -offset >= window))
				says = "If negative, the absolute value must be larger than three times "
				       "the configured segment target duration, and the absolute value "
				       "must be smaller than the configured manifest duration.";
			else
				continue;
			strbuf_addf(err, "%s[%zu].start_tag.time_offset: %g with a manifest window of "
				    "%g seconds and segments of %g: AWS says \"%s\" (" OE
				    "HlsManifests.StartTag.TimeOffset)", lists[l], i, offset, window,
				    seg, says);
			return -1;
		}
	}
	return 0;
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_mediapackagev2[] = {
	AWS_SAYS("mediapackagev2.container_type_kept",
		 "awscc.mediapackagev2.origin_endpoint", AWS_CALL_UPDATE, ALWAYS,
		 THEN(UNCHANGED("container_type")),
		 "You can't change the container type after you create the endpoint.",
		 OE "ContainerType"),
	AWS_SAYS("mediapackagev2.daterange_date_time_interval",
		 "awscc.mediapackagev2.origin_endpoint", AWS_CALL_ANY, ALWAYS,
		 THEN(DATERANGE_INTERVAL("hls_manifests"),
		      DATERANGE_INTERVAL("low_latency_hls_manifests")),
		 "If you use DATERANGE, you must set a programDateTimeIntervalSeconds value of 1 or "
		 "higher.", OE "HlsManifests.ScteHls.AdMarkerHls"),
	AWS_SAYS("mediapackagev2.mss_manifest_names_unique",
		 "awscc.mediapackagev2.origin_endpoint", AWS_CALL_ANY, ALWAYS,
		 THEN(UNIQUE("mss_manifests[].manifest_name")),
		 "The manifest name must be unique within the origin endpoint and can contain "
		 "letters, numbers, hyphens, and underscores.", OE "MssManifests.ManifestName"),
	AWS_SAYS("mediapackagev2.mss_window_at_least_30",
		 "awscc.mediapackagev2.origin_endpoint", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("mss_manifests", WHEN(SET("manifest_window_seconds")),
			   THEN(IN("manifest_window_seconds", 30, 2147483647)))),
		 "The minimum value is 30 seconds.", OE "MssManifests.ManifestWindowSeconds"),
	AWS_SAYS("mediapackagev2.speke_url_https",
		 "awscc.mediapackagev2.origin_endpoint", AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("segment.encryption.speke_key_provider.url", "^https://")),
		 "The API Gateway proxy must reside in the same AWS Region as MediaPackage and must "
		 "start with https://.", OE "Segment.Encryption.SpekeKeyProvider.Url"),
	RULE("awscc.mediapackagev2.origin_endpoint", "", rule_mediapackagev2_hls_manifest_names,
	     OE "HlsManifests.ManifestName"),
	RULE("awscc.mediapackagev2.origin_endpoint", "", rule_mediapackagev2_start_tag_offset,
	     OE "HlsManifests.StartTag.TimeOffset"),
	AWS_SAYS("mediapackagev2.input_switch_cmaf",
		 "awscc.mediapackagev2.channel", AWS_CALL_ANY,
		 WHEN(SET("input_switch_configuration")),
		 THEN(SET("input_type"), IS("input_type", "CMAF")),
		 CMAF_WORDS, MP "CreateChannel InputSwitchConfiguration"),
	AWS_SAYS("mediapackagev2.output_header_cmaf",
		 "awscc.mediapackagev2.channel", AWS_CALL_ANY,
		 WHEN(SET("output_header_configuration")),
		 THEN(SET("input_type"), IS("input_type", "CMAF")),
		 CMAF_WORDS, MP "CreateChannel OutputHeaderConfiguration"),
	{ NULL },
};
