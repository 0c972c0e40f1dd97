/*
 * mediapackage/rules.c: AWS Elemental MediaPackage's (v1: channels, origin
 * endpoints, packaging configurations and groups) rows of the one table of
 * checks (checks/row.h) on the awscc types of a service terrace's own code
 * does not call (its objects are made through Cloud Control alone): AWS's
 * words of the census's third scope (checks/words/gen_words.py,
 * sentences.py's THIRD_SCOPE). Its ledger: checks/words/mediapackage.words.
 */
#include "provider/aws/checks/rules.h"

#define OE "mediapackage CreateOriginEndpoint "
#define CONTRACT_WORDS "You must disable key rotation for this endpoint by setting " \
	"keyRotationIntervalSeconds to 0."
/* An encryption (the block ENC) whose SPEKE key provider has an encryption
 * contract (SPEKE 2.0): its key rotation set to 0. */
#define NO_ROTATION(ENC) \
	EACH(ENC, WHEN(SET("speke_key_provider.encryption_contract_configuration")), \
	     THEN(SET("key_rotation_interval_seconds"), \
		  IN("key_rotation_interval_seconds", 0, 0)))
#define DATERANGE_WORDS "For this option, you must set a programDateTimeIntervalSeconds value " \
	"that is greater than 0."
/* An HLS output (each of LIST, or the block) using DATERANGE ad markers: a
 * date-time interval above 0. */
#define DATERANGE_INTERVAL(LIST) \
	EACH(LIST, WHEN(IS("ad_markers", "DATERANGE")), \
	     THEN(SET("program_date_time_interval_seconds"), \
		  IN("program_date_time_interval_seconds", 1, 2147483647)))

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_mediapackage[] = {
	AWS_SAYS("mediapackage.channel_id_kept",
		 "awscc.mediapackage.origin_endpoint", AWS_CALL_UPDATE, ALWAYS,
		 THEN(UNCHANGED("channel_id")),
		 "This cannot be changed after the OriginEndpoint is created.", OE "ChannelId"),
	AWS_SAYS("mediapackage.contract_no_key_rotation",
		 "awscc.mediapackage.origin_endpoint", AWS_CALL_ANY, ALWAYS,
		 THEN(NO_ROTATION("cmaf_package.encryption"),
		      NO_ROTATION("dash_package.encryption"),
		      NO_ROTATION("hls_package.encryption")),
		 CONTRACT_WORDS, OE "CmafPackage.Encryption.SpekeKeyProvider."
		 "EncryptionContractConfiguration"),
	AWS_SAYS("mediapackage.daterange_date_time_interval",
		 "awscc.mediapackage.origin_endpoint", AWS_CALL_ANY, ALWAYS,
		 THEN(DATERANGE_INTERVAL("hls_package"),
		      DATERANGE_INTERVAL("cmaf_package.hls_manifests")),
		 DATERANGE_WORDS, OE "HlsPackage.AdMarkers"),
	AWS_SAYS("mediapackage.hls_manifest_ids_unique",
		 "awscc.mediapackage.origin_endpoint", AWS_CALL_ANY, ALWAYS,
		 THEN(UNIQUE("cmaf_package.hls_manifests[].id")),
		 "The ID must be unique within the OriginEndpoint and it cannot be changed after it "
		 "is created.", OE "CmafPackage.HlsManifests.Id"),
	{ NULL },
};
