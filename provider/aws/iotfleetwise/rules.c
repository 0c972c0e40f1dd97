/*
 * iotfleetwise/rules.c: AWS IoT FleetWise's (campaigns, decoder and model
 * manifests, vehicles) rows of the one table of checks (checks/row.h) on
 * the awscc types of a service terrace's own code does not call (its
 * objects are made through Cloud Control alone): AWS's words of the
 * census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE). Its ledger: checks/words/iotfleetwise.words.
 */
#include "provider/aws/checks/rules.h"

#define FW "iotfleetwise "

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. A vehicle's update strategy is JSON, keyed as
 * CloudFormation's (Periodic, OnChange). */
const struct aws_check_row aws_rules_iotfleetwise[] = {
	/* a campaign */
	AWS_SAYS("iotfleetwise.partition_ids_unique", "awscc.iotfleetwise.campaign",
		 AWS_CALL_ANY, ALWAYS, THEN(UNIQUE("data_partitions[].id")),
		 "The data partition ID must be unique within a campaign.",
		 FW "CreateCampaign dataPartitions.id"),
	AWS_SAYS("iotfleetwise.signal_partition_among", "awscc.iotfleetwise.campaign",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("signals_to_collect", WHEN(SET("data_partition_id")),
			   THEN(ANY_OF(IS("data_partition_id", "default"),
				       AMONG("data_partition_id", "data_partitions[].id"))))),
		 "The ID must match one of the IDs provided in dataPartitions.",
		 FW "CreateCampaign signalsToCollect.dataPartitionId"),
	/* a vehicle */
	AWS_SAYS("iotfleetwise.update_strategy_one", "awscc.iotfleetwise.vehicle", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("state_templates", ALWAYS,
			   THEN(EXACTLY_ONE_OF(SET("state_template_update_strategy.Periodic"),
					       SET("state_template_update_strategy.OnChange"))))),
		 "Vehicles associated with the state template can stream telemetry data with "
		 "either an onChange or periodic update strategy.",
		 FW "CreateVehicle stateTemplates.stateTemplateUpdateStrategy"),
	/* an active manifest */
	AWS_SAYS("iotfleetwise.active_model_kept", "awscc.iotfleetwise.model_manifest",
		 AWS_CALL_UPDATE, WHEN(WAS(IS("status", "ACTIVE"))), THEN(UNCHANGED("nodes")),
		 "If the status is ACTIVE, the vehicle model can't be edited.",
		 FW "UpdateModelManifest status"),
	AWS_SAYS("iotfleetwise.active_decoder_kept", "awscc.iotfleetwise.decoder_manifest",
		 AWS_CALL_UPDATE, WHEN(WAS(IS("status", "ACTIVE"))),
		 THEN(UNCHANGED("signal_decoders"), UNCHANGED("network_interfaces")),
		 "If the status is ACTIVE, the decoder manifest can't be edited.",
		 FW "UpdateDecoderManifest status"),
	{ NULL },
};
