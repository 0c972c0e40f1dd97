/*
 * mediaconnect/rules.c: AWS Elemental MediaConnect's (bridges, flows and
 * their sources, outputs, entitlements and VPC interfaces, gateways,
 * routers) rows of the one table of checks (checks/row.h) on the awscc
 * types of a service terrace's own code does not call (its objects are
 * made through Cloud Control alone): AWS's words of the census's third
 * scope (checks/words/gen_words.py, sentences.py's THIRD_SCOPE), and the
 * checks across the stack of a flow's output and entitlement names. Its
 * ledger: checks/words/mediaconnect.words.
 */
#include "provider/aws/checks/rules.h"

#define MC "mediaconnect "
/* each encryption block of a type: a flow's source's decryption, a
 * source's decryption, an entitlement's or an output's encryption */
#define EACH_KEY(WHEN_, THEN_) \
	EACH("source.decryption", WHEN_, THEN_), EACH("decryption", WHEN_, THEN_), \
	EACH("encryption", WHEN_, THEN_)
#define SPEKE_FIELDS(C) C("device_id"), C("region"), C("resource_id"), C("url")
#define STATIC_KEY ANY_OF(UNSET("key_type"), IS("key_type", "static-key"))
/* a list of protocol configurations whose each protocol is every
 * element's or none's */
#define ALL_OR_NONE(LIST, P) \
	ANY_OF(COUNT_WHERE(LIST, 0, 0, SET(P)), COUNT_WHERE(LIST, 0, 0, UNSET(P)))
#define ONE_PROTOCOL(LIST) \
	ALL_OR_NONE(LIST, "Rtp"), ALL_OR_NONE(LIST, "Rist"), ALL_OR_NONE(LIST, "SrtListener"), \
	ALL_OR_NONE(LIST, "SrtCaller")
/* a router's configuration (JSON, keyed as CloudFormation's) of kind K
 * now: of kind K still */
#define KIND_KEPT(K) ANY_OF(WAS(UNSET("configuration." K)), SET("configuration." K))
#define NDI "ndi-speed-hq"

/* Two outputs (entitlements) of the stack on one flow with one name; the
 * flow's outputs made outside the stack are its own at the call. */
static void check_mediaconnect_output_names(const struct written_resource *rs, size_t n,
					    check_report_fn report, void *ctx)
{
	static const struct aws_one_per_parent u = {
		"AWS::MediaConnect::FlowOutput", "flow_arn", "name", "flow output", "flow",
		"This value must be unique within the current flow.",
		MC "AddFlowOutputs Outputs.Name" };

	aws_check_one_per_parent(rs, n, &u, report, ctx);
}

static void check_mediaconnect_entitlement_names(const struct written_resource *rs, size_t n,
						 check_report_fn report, void *ctx)
{
	static const struct aws_one_per_parent u = {
		"AWS::MediaConnect::FlowEntitlement", "flow_arn", "name", "flow entitlement",
		"flow",
		"This value must be unique within the current flow.",
		MC "GrantFlowEntitlements Entitlements.Name" };

	aws_check_one_per_parent(rs, n, &u, report, ctx);
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. "flow_arn->ndi_config" reads what the flow an output names
 * writes, "subnet_id->availability_zone" a subnet's zone. */
const struct aws_check_row aws_rules_mediaconnect[] = {
	/* encryption */
	AWS_SAYS("mediaconnect.speke_fields", "awscc.mediaconnect.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH_KEY(WHEN(IS("key_type", "speke")), THEN(SPEKE_FIELDS(SET))),
		      EACH_KEY(WHEN(STATIC_KEY), THEN(SPEKE_FIELDS(UNSET)))),
		 "This parameter is required for SPEKE encryption and is not valid for static key "
		 "encryption.",
		 MC "CreateFlow Source.Decryption.DeviceId, Region, ResourceId, Url"),
	AWS_SAYS("mediaconnect.static_key_secret", "awscc.mediaconnect.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH_KEY(WHEN(STATIC_KEY), THEN(SET("secret_arn"))),
		      EACH_KEY(WHEN(IS("key_type", "speke")), THEN(UNSET("secret_arn")))),
		 "This parameter is required for static key encryption and is not valid for SPEKE "
		 "encryption.", MC "CreateFlow Source.Decryption.SecretArn"),
	AWS_SAYS("mediaconnect.tag_lengths", "awscc.mediaconnect.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(LEN_IN("key", 1, 128), LEN_IN("value", 0, 256)))),
		 "Tag keys can have a maximum character length of 128 characters, and tag values "
		 "can have a maximum length of 256 characters.", MC "TagResource Tags"),
	/* a flow */
	AWS_SAYS("mediaconnect.flow_zixi_ingest_port", "awscc.mediaconnect.flow", AWS_CALL_ANY,
		 WHEN(IS("source.protocol", "zixi-push")), THEN(IS("source.ingest_port", "2088")),
		 "If the protocol of the source is Zixi, the port must be set to 2088.",
		 MC "UpdateFlowSource IngestPort"),
	AWS_SAYS("mediaconnect.maintenance_on_the_hour", "awscc.mediaconnect.flow",
		 AWS_CALL_ANY, ALWAYS, THEN(MATCHES("maintenance.maintenance_start_hour", ":00$")),
		 "Minutes must be 00.", MC "CreateFlow Maintenance.MaintenanceStartHour"),
	AWS_SAYS("mediaconnect.audio_clock_rate", "awscc.mediaconnect.flow", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("media_streams", WHEN(IS("media_stream_type", "audio")),
			   THEN(IS("clock_rate", "48000", "96000")))),
		 "If the media stream type is audio, set this value to either 48000 or 96000.",
		 MC "CreateFlow MediaStreams.ClockRate"),
	AWS_SAYS("mediaconnect.ndi_config_required", "awscc.mediaconnect.flow", AWS_CALL_ANY,
		 WHEN(IS("source.protocol", NDI)), THEN(SET("ndi_config")),
		 "Required when the flow includes an NDI source or output.",
		 MC "CreateFlow NdiConfig"),
	AWS_SAYS("mediaconnect.ndi_enabled", "awscc.mediaconnect.flow", AWS_CALL_ANY,
		 WHEN(IS("source.protocol", NDI)), THEN(IS("ndi_config.ndi_state", "ENABLED")),
		 "This value must be set as ENABLED for your flow to support NDI sources or "
		 "outputs.", MC "CreateFlow NdiConfig.NdiState"),
	AWS_SAYS("mediaconnect.ndi_source_name", "awscc.mediaconnect.flow", AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("source.ndi_source_settings.source_name", "^.+ \\(.+\\)$")),
		 "If included, the format of this name must be MACHINENAME (ProgramName).",
		 MC "CreateFlow Source.NdiSourceSettings.SourceName"),
	AWS_SAYS("mediaconnect.flow_vpc_interface_names_unique", "awscc.mediaconnect.flow",
		 AWS_CALL_ANY, ALWAYS, THEN(UNIQUE("vpc_interfaces[].name")),
		 "This name must be unique within the flow.", MC "CreateFlow VpcInterfaces.Name"),
	AWS_SAYS("mediaconnect.flow_subnets_in_zone", "awscc.mediaconnect.flow", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(SAME("vpc_interfaces[].subnet_id->availability_zone", NULL),
		      ANY_OF(UNSET("availability_zone"),
			     AMONG("vpc_interfaces[].subnet_id->availability_zone",
				   "availability_zone"))),
		 "The subnets that you use across all VPC interfaces on the flow must be in the "
		 "same Availability Zone as the flow.", MC "CreateFlow VpcInterfaces.SubnetId"),
	/* a flow's source, output and VPC interface */
	AWS_SAYS("mediaconnect.zixi_ingest_port", "awscc.mediaconnect.flow_source", AWS_CALL_ANY,
		 WHEN(IS("protocol", "zixi-push")), THEN(IS("ingest_port", "2088")),
		 "If the protocol of the source is Zixi, the port must be set to 2088.",
		 MC "UpdateFlowSource IngestPort"),
	AWS_SAYS("mediaconnect.compression_factor_range", "awscc.mediaconnect.flow_output",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("media_stream_output_configurations", ALWAYS,
			   THEN(IN("encoding_parameters.compression_factor", 3, 10)))),
		 "Valid values are floating point numbers in the range of 3.0 to 10.0, inclusive.",
		 MC "AddFlowOutputs Outputs.MediaStreamOutputConfigurations.EncodingParameters."
		 "CompressionFactor"),
	AWS_SAYS("mediaconnect.ndi_output_flow_config", "awscc.mediaconnect.flow_output",
		 AWS_CALL_ANY, WHEN(IS("protocol", NDI)), THEN(SET("flow_arn->ndi_config")),
		 "Required when the flow includes an NDI source or output.",
		 MC "CreateFlow NdiConfig"),
	AWS_SAYS("mediaconnect.ndi_output_flow_enabled", "awscc.mediaconnect.flow_output",
		 AWS_CALL_ANY, WHEN(IS("protocol", NDI)),
		 THEN(IS("flow_arn->ndi_config.ndi_state", "ENABLED")),
		 "This value must be set as ENABLED for your flow to support NDI sources or "
		 "outputs.", MC "CreateFlow NdiConfig.NdiState"),
	ACROSS_ROW("awscc.mediaconnect.flow_output", check_mediaconnect_output_names,
		   MC "AddFlowOutputs Outputs.Name"),
	ACROSS_ROW("awscc.mediaconnect.flow_entitlement", check_mediaconnect_entitlement_names,
		   MC "GrantFlowEntitlements Entitlements.Name"),
	AWS_SAYS("mediaconnect.vpc_interface_subnet_zone", "awscc.mediaconnect.flow_vpc_interface",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(SAME("subnet_id->availability_zone", "flow_arn->availability_zone")),
		 "Subnet must be in the AZ of the Flow",
		 "CloudFormation registry: AWS::MediaConnect::FlowVpcInterface SubnetId"),
	/* a bridge */
	AWS_SAYS("mediaconnect.bridge_name_kept", "awscc.mediaconnect.bridge", AWS_CALL_UPDATE,
		 ALWAYS, THEN(UNCHANGED("name")),
		 "This name can not be modified after the bridge is created.",
		 MC "CreateBridge Name"),
	AWS_SAYS("mediaconnect.bridge_output_names_unique", "awscc.mediaconnect.bridge",
		 AWS_CALL_ANY, ALWAYS, THEN(UNIQUE("outputs[].network_output.name")),
		 "This name is used to reference the output and must be unique among outputs in "
		 "this bridge.", MC "CreateBridge Outputs.NetworkOutput.Name"),
	AWS_SAYS("mediaconnect.bridge_source_names_unique", "awscc.mediaconnect.bridge",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(UNIQUE("sources[].flow_source.name"),
		      UNIQUE("sources[].network_source.name")),
		 "This name is used to reference the source and must be unique among sources in "
		 "this bridge.", MC "CreateBridge Sources.NetworkSource.Name"),
	AWS_SAYS("mediaconnect.bridge_one_source_without_failover", "awscc.mediaconnect.bridge",
		 AWS_CALL_ANY, WHEN(IS("source_failover_config.state", "DISABLED")),
		 THEN(LEN_IN("sources", 0, 1)),
		 "If the state is inactive, the flow can have only one source.",
		 MC "CreateBridge SourceFailoverConfig.State"),
	/* a gateway */
	AWS_SAYS("mediaconnect.gateway_network_names_unique", "awscc.mediaconnect.gateway",
		 AWS_CALL_ANY, ALWAYS, THEN(UNIQUE("networks[].name")),
		 "This name is used to reference the network and must be unique among networks in "
		 "this gateway.", MC "CreateGateway Networks.Name"),
	/* routers: their zone, their configuration's kind, a failover or merge
	 * input's protocols */
	AWS_SAYS("mediaconnect.router_zone_in_region", "awscc.mediaconnect.router_*", AWS_CALL_ANY,
		 WHEN(UNSET("region_name")), THEN(IN_REGION("availability_zone")),
		 "This must be a valid Availability Zone for the region specified by regionName, "
		 "or the current region if no regionName is provided.",
		 MC "CreateRouterInput AvailabilityZone"),
	AWS_SAYS("mediaconnect.configuration_type_kept", "awscc.mediaconnect.router_*",
		 AWS_CALL_UPDATE, ALWAYS,
		 THEN(KIND_KEPT("Standard"), KIND_KEPT("Failover"), KIND_KEPT("Merge"),
		      KIND_KEPT("MediaConnectFlow"), KIND_KEPT("MediaLiveChannel"),
		      KIND_KEPT("MediaLiveInput"), KIND_KEPT("Public"), KIND_KEPT("Vpc")),
		 "Changing the type of the configuration is not supported.",
		 MC "UpdateRouterInput Configuration"),
	AWS_SAYS("mediaconnect.failover_same_protocol", "awscc.mediaconnect.router_input",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(ONE_PROTOCOL("configuration.Failover.ProtocolConfigurations"),
		      ONE_PROTOCOL("configuration.Merge.ProtocolConfigurations")),
		 "Both must use the same protocol type.",
		 MC "CreateRouterInput Configuration.Failover.ProtocolConfigurations"),
	{ NULL },
};
