/*
 * groundstation/rules.c: AWS Ground Station's (configs, dataflow endpoint
 * groups) rows of the one table of checks (checks/row.h) on the awscc types
 * of a service terrace's own code does not call (its objects are made
 * through Cloud Control alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE). Its ledger:
 * checks/words/groundstation.words.
 */
#include "provider/aws/checks/rules.h"

#define GS "groundstation CreateConfig configData."
#define DOWNLINK "config_data.antenna_downlink_config.spectrum_config."
#define DEMOD "config_data.antenna_downlink_demod_decode_config.spectrum_config."
#define UPLINK "config_data.antenna_uplink_config."

/* A frequency (a block of a value and its units: GHz, MHz or kHz) within
 * MIN to MAX megahertz. */
#define MHZ_IN(AT, MIN, MAX) \
	EACH(AT, WHEN(IS("units", "MHz")), THEN(IN("value", (MIN), (MAX)))), \
	EACH(AT, WHEN(IS("units", "GHz")), THEN(IN("value", (MIN) / 1000.0, (MAX) / 1000.0))), \
	EACH(AT, WHEN(IS("units", "kHz")), THEN(IN("value", (MIN) * 1000.0, (MAX) * 1000.0)))
/* A downlink's center frequency: 2200 to 2300 MHz or 7750 to 8400 MHz. */
#define DOWNLINK_BANDS(AT) \
	EACH(AT, WHEN(IS("units", "MHz")), \
	     THEN(ANY_OF(IN("value", 2200, 2300), IN("value", 7750, 8400)))), \
	EACH(AT, WHEN(IS("units", "GHz")), \
	     THEN(ANY_OF(IN("value", 2.2, 2.3), IN("value", 7.75, 8.4)))), \
	EACH(AT, WHEN(IS("units", "kHz")), \
	     THEN(ANY_OF(IN("value", 2200000, 2300000), IN("value", 7750000, 8400000))))
#define CENTER_WORDS "Valid values are between 2200 to 2300 MHz and 7750 to 8400 MHz for " \
	"downlink and 2025 to 2120 MHz for uplink."

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_groundstation[] = {
	AWS_SAYS("groundstation.downlink_center_frequency",
		 "awscc.groundstation.config", AWS_CALL_ANY, ALWAYS,
		 THEN(DOWNLINK_BANDS(DOWNLINK "center_frequency")), CENTER_WORDS,
		 GS "antennaDownlinkConfig.spectrumConfig.centerFrequency"),
	AWS_SAYS("groundstation.demod_center_frequency",
		 "awscc.groundstation.config", AWS_CALL_ANY, ALWAYS,
		 THEN(DOWNLINK_BANDS(DEMOD "center_frequency")), CENTER_WORDS,
		 GS "antennaDownlinkDemodDecodeConfig.spectrumConfig.centerFrequency"),
	AWS_SAYS("groundstation.uplink_center_frequency",
		 "awscc.groundstation.config", AWS_CALL_ANY, ALWAYS,
		 THEN(MHZ_IN(UPLINK "spectrum_config.center_frequency", 2025, 2120)),
		 "Valid values are between 2025 to 2120 MHz.",
		 GS "antennaUplinkConfig.spectrumConfig.centerFrequency"),
	AWS_SAYS("groundstation.downlink_bandwidth",
		 "awscc.groundstation.config", AWS_CALL_ANY, ALWAYS,
		 THEN(MHZ_IN(DOWNLINK "bandwidth", 0.01, 54)),
		 "For AntennaDownlinkconfig valid values are between 10 kHz to 54 MHz.",
		 GS "antennaDownlinkConfig.spectrumConfig.bandwidth"),
	AWS_SAYS("groundstation.demod_bandwidth",
		 "awscc.groundstation.config", AWS_CALL_ANY, ALWAYS,
		 THEN(MHZ_IN(DEMOD "bandwidth", 0.125, 650)),
		 "For AntennaDownlinkDemodDecodeconfig, valid values are between 125 kHz to 650 MHz.",
		 GS "antennaDownlinkDemodDecodeConfig.spectrumConfig.bandwidth"),
	AWS_SAYS("groundstation.uplink_eirp",
		 "awscc.groundstation.config", AWS_CALL_ANY, ALWAYS,
		 THEN(IN(UPLINK "target_eirp.value", 20, 50)),
		 "Valid values are between 20.0 to 50.0 dBW.",
		 GS "antennaUplinkConfig.targetEirp.value"),
	/* a group's endpoints all agent endpoints or all dataflow endpoints */
	AWS_SAYS("groundstation.endpoint_group_one_kind",
		 "awscc.groundstation.dataflow_endpoint_group", AWS_CALL_CREATE,
		 WHEN(SOME("endpoint_details", SET("aws_ground_station_agent_endpoint"))),
		 THEN(EACH("endpoint_details", ALWAYS, THEN(UNSET("endpoint")))),
		 "You cannot mix AWS Ground Station Agent endpoints with Dataflow endpoints in the "
		 "same group.", "groundstation CreateDataflowEndpointGroup endpointDetails"),
	{ NULL },
};
