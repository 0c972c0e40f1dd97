/*
 * test_words_census10.c: the words rows (AWS_SAYS, checks/words.c) of the
 * census's third scope as the tenth census helper judged them
 * (autoscaling/, iotsitewise/, mediaconnect/ and iotfleetwise/rules.c; the
 * ledgers checks/words/autoscaling.words, iotsitewise.words,
 * mediaconnect.words, iotfleetwise.words), each
 * through aws_constraints_check: a resource it refuses, whose message names
 * the attribute, quotes AWS's sentence and names its document, and its
 * passing twin; every such row has a case here (a row that crosses a
 * reference: test_words_crossing.c's). And the written rules: a group's
 * maintenance policy's healthy percentages
 * (rule_autoscaling_healthy_percentages), a scheduled action's time zone
 * (rule_time_zone); and the checks across the stack of a MediaConnect
 * flow's output and entitlement names.
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

#define GROUP "awscc.autoscaling.auto_scaling_group"
#define CONFIG "awscc.autoscaling.launch_configuration"
#define HOOK "awscc.autoscaling.lifecycle_hook"
#define POLICY "awscc.autoscaling.scaling_policy"
#define ACTION "awscc.autoscaling.scheduled_action"
#define LT "'launch_template': {'launch_template_id': 'lt-0abc', 'version': '1'}"
/* a group of sizes 1 to 3 (MORE: ", ..."), without and with a launch template */
#define BARE(MORE) "{'min_size': '1', 'max_size': '3'" MORE "}"
#define G(MORE) BARE(", " LT MORE)
/* a group of a mixed instances policy: its distribution (DIST: ", ...") and
 * overrides (OVR) */
#define MIXED(DIST, OVR) ALSO_MIXED("", DIST, OVR)
/* the same besides the group's own MORE (", ...") */
#define ALSO_MIXED(MORE, DIST, OVR) BARE(MORE ", 'mixed_instances_policy': {'launch_template': " \
	"{'launch_template_specification': {'launch_template_id': 'lt-0abc', 'version': '1'}, " \
	"'overrides': [" OVR "]}" DIST "}")
#define DIST(MORE) ", 'instances_distribution': {" MORE "}"
#define REQ(MORE) "{'instance_requirements': {'v_cpu_count': {'min': 2}, " \
	"'memory_mi_b': {'min': 4096}" MORE "}}"
#define HOOKS(MORE) G(", 'lifecycle_hook_specification_list': [{'lifecycle_hook_name': 'h', " \
	"'lifecycle_transition': 'autoscaling:EC2_INSTANCE_LAUNCHING'" MORE "}]")
#define QUEUE "arn:aws:sqs:us-east-1:123456789012:hooks"
#define FUNCTION "arn:aws:lambda:us-east-1:123456789012:function:f"
#define ROLE "arn:aws:iam::123456789012:role/hooks"
#define A_HOOK(MORE) "{'auto_scaling_group_name': 'web', 'lifecycle_transition': " \
	"'autoscaling:EC2_INSTANCE_TERMINATING'" MORE "}"
#define LC(MORE) "{'image_id': 'ami-0abc', 'instance_type': 't3.micro'" MORE "}"
#define DEVICE(MORE) LC(", 'block_device_mappings': [{'device_name': '/dev/xvda'" MORE "}]")
#define POL(MORE) "{'auto_scaling_group_name': 'web'" MORE "}"
#define SIMPLE(MORE) POL(", 'policy_type': 'SimpleScaling', 'adjustment_type': " \
	"'ChangeInCapacity', 'scaling_adjustment': 1" MORE)
#define CPU "'predefined_metric_specification': {'predefined_metric_type': " \
	"'ASGAverageCPUUtilization'}"
#define TRACKING(CONF, MORE) POL(", 'policy_type': 'TargetTrackingScaling', " \
	"'target_tracking_configuration': {'target_value': 50, " CONF "}" MORE)
#define STAT "'metric_stat': {'metric': {'metric_name': 'CPUUtilization', 'namespace': " \
	"'AWS/EC2'}, 'stat': 'Average'}"
#define METRICS(M) TRACKING("'customized_metric_specification': {'metrics': [" M "]}", "")
#define PREDICTIVE(MORE) POL(", 'policy_type': 'PredictiveScaling', " \
	"'predictive_scaling_configuration': {'metric_specifications': [{'target_value': 50, " \
	"'predefined_metric_pair_specification': {'predefined_metric_type': " \
	"'ASGCPUUtilization'}}]" MORE "}")
#define STEP(MORE) POL(", 'policy_type': 'StepScaling', 'adjustment_type': " \
	"'ChangeInCapacity'" MORE)
#define OVERRIDE "mixed_instances_policy.launch_template.overrides[0]."
#define DISTRIBUTION "mixed_instances_policy.instances_distribution."
/* IoT SiteWise's */
#define SW_POLICY "awscc.iotsitewise.access_policy"
#define SW_ASSET "awscc.iotsitewise.asset"
#define SW_MODEL "awscc.iotsitewise.asset_model"
#define SW_GATEWAY "awscc.iotsitewise.gateway"
#define UUID "0d8e7a2c-1b3f-4c5d-8e9f-0a1b2c3d4e5f"
#define ACCESS(WHO, WHAT) "{'access_policy_identity': {" WHO "}, 'access_policy_permission': " \
	"'VIEWER', 'access_policy_resource': {" WHAT "}}"
#define ASSET(MORE) "{'asset_name': 'pump', 'asset_model_id': '" UUID "'" MORE "}"
#define MODEL(MORE) "{'asset_model_name': 'pumps'" MORE "}"
#define PROP(MORE) "{'name': 'p', 'logical_id': 'p', 'type': {'type_name': 'Measurement'}, " \
	MORE "}"
#define TRANSFORM "'transform': {'expression': 'a * 2', 'variables': [{'name': 'a', " \
	"'value': {'property_logical_id': 'q'}}]}"
#define COMPOSITE(MORE) "{'name': 'c', 'type': 'CUSTOM', " MORE "}"
#define HIERARCHY(ID) "{'name': 'h', 'logical_id': '" ID "x', 'child_asset_model_id': '" UUID \
	"', 'external_id': '" ID "'}"
#define GATEWAY(PLATFORM, MORE) "{'gateway_name': 'edge', 'gateway_platform': {" PLATFORM "}" \
	MORE "}"
/* MediaConnect's */
#define MC_FLOW "awscc.mediaconnect.flow"
#define MC_SOURCE "awscc.mediaconnect.flow_source"
#define MC_OUTPUT "awscc.mediaconnect.flow_output"
#define MC_ENTITLEMENT "awscc.mediaconnect.flow_entitlement"
#define MC_BRIDGE "awscc.mediaconnect.bridge"
#define MC_GATEWAY "awscc.mediaconnect.gateway"
#define MC_INPUT "awscc.mediaconnect.router_input"
#define FLOW_ARN "arn:aws:mediaconnect:us-east-1:123456789012:flow:1-abc:live"
#define SECRET "arn:aws:secretsmanager:us-east-1:123456789012:secret:key-1"
#define SPEKE "'resource_id': 'r-1', 'region': 'us-east-1', 'url': 'https://keys.example.com'"
#define MC_SRC(MORE) "{'name': 'cam', 'description': 'camera', 'flow_arn': '" FLOW_ARN "'" \
	MORE "}"
#define MC_GRANT(MORE) "{'name': 'partner', 'description': 'd', 'flow_arn': '" FLOW_ARN "', " \
	"'subscribers': ['123456789012']" MORE "}"
/* a flow: its source's SRC (", ..."), its own MORE */
#define MC_FLOWS(SRC, MORE) "{'name': 'live', 'source': {'name': 'cam'" SRC "}" MORE "}"
#define MC_VPC(NAME) "{'name': '" NAME "', 'role_arn': '" ROLE "', 'security_group_ids': " \
	"['sg-1'], 'subnet_id': 'subnet-1'}"
#define MC_JXS(FACTOR) "{'flow_arn': '" FLOW_ARN "', 'protocol': 'st2110-jpegxs', " \
	"'media_stream_output_configurations': [{'encoding_name': 'jxsv', 'media_stream_name': " \
	"'v', 'encoding_parameters': {'compression_factor': " FACTOR "}}]}"
#define MC_NET(NAME) "{'network_source': {'name': '" NAME "', 'multicast_ip': '224.0.0.1', " \
	"'network_name': 'n', 'port': 5000, 'protocol': 'rtp'}}"
#define MC_OUT(NAME) "{'network_output': {'name': '" NAME "', 'ip_address': '10.0.0.9', " \
	"'network_name': 'n', 'port': 5000, 'protocol': 'rtp', 'ttl': 32}}"
#define MC_FAILOVER(STATE) ", 'source_failover_config': {'failover_mode': 'FAILOVER', " \
	"'state': '" STATE "'}"
#define MC_BRIDGES(NAME, SOURCES, MORE) "{'name': '" NAME "', 'placement_arn': " \
	"'arn:aws:mediaconnect:us-east-1:123456789012:gateway:1-abc:gw', 'sources': [" SOURCES \
	"]" MORE "}"
#define MC_GATEWAYS(SECOND) "{'name': 'gw', 'egress_cidr_blocks': ['10.0.0.0/16'], " \
	"'networks': [{'name': 'n', 'cidr_block': '10.0.1.0/24'}, {'name': '" SECOND "', " \
	"'cidr_block': '10.0.2.0/24'}]}"
#define MC_NI "arn:aws:mediaconnect:us-east-1:123456789012:routerNetworkInterface:abcdef123456"
#define MC_STANDARD "{'Standard': {'NetworkInterfaceArn': '" MC_NI "', " \
	"'ProtocolConfiguration': {'Rtp': {'Port': 5000}}}}"
#define MC_MERGE(A, B) "{'Merge': {'NetworkInterfaceArn': '" MC_NI "', " \
	"'ProtocolConfigurations': [{'" A "': {'Port': 5000}}, {'" B "': {'Port': 5002}}]}}"
#define MC_IN(CONFIG, MORE) "{'name': 'in', 'maximum_bitrate': 10000000, 'routing_scope': " \
	"'REGIONAL', 'tier': 'INPUT_20', 'configuration': " CONFIG MORE "}"
/* IoT FleetWise's */
#define FW_CAMPAIGN "awscc.iotfleetwise.campaign"
#define FW_VEHICLE "awscc.iotfleetwise.vehicle"
#define FW_MODEL "awscc.iotfleetwise.model_manifest"
#define FW_DECODER "awscc.iotfleetwise.decoder_manifest"
#define FW_ARN "arn:aws:iotfleetwise:us-east-1:123456789012:"
#define CAMPAIGN(MORE) "{'name': 'speeds', 'signal_catalog_arn': '" FW_ARN "signal-catalog/c', " \
	"'target_arn': '" FW_ARN "fleet/f', 'collection_scheme': {'TimeBasedCollectionScheme': " \
	"{'PeriodMs': 10000}}" MORE "}"
#define PARTITION(ID) "{'id': '" ID "', 'storage_options': {'maximum_size': {'unit': 'MB', " \
	"'value': 100}, 'minimum_time_to_live': {'unit': 'DAYS', 'value': 7}, " \
	"'storage_location': 'speeds'}}"
#define VEHICLE(STRATEGY) "{'name': 'car1', 'decoder_manifest_arn': '" FW_ARN \
	"decoder-manifest/d', 'model_manifest_arn': '" FW_ARN "model-manifest/m', " \
	"'state_templates': [{'identifier': 't1', 'state_template_update_strategy': " STRATEGY "}]}"
#define MANIFEST(STATUS, NODES) "{'name': 'model', 'signal_catalog_arn': '" FW_ARN \
	"signal-catalog/c', 'status': " STATUS ", 'nodes': " NODES "}"
#define DECODER(STATUS, BIT) "{'name': 'dec', 'model_manifest_arn': '" FW_ARN \
	"model-manifest/m', 'status': " STATUS ", 'signal_decoders': [{'FullyQualifiedName': " \
	"'Vehicle.Speed', 'InterfaceId': 'can0', 'Type': 'CAN_SIGNAL', 'CanSignal': " \
	"{'MessageId': 1, 'IsBigEndian': false, 'IsSigned': false, 'StartBit': " BIT ", " \
	"'Offset': 0, 'Factor': 1, 'Length': 8}}]}"

static const struct words_case cases[] = {
	/* a group */
	{ "autoscaling.group_name_no_colon", GROUP, "auto_scaling_group_name",
	  G(", 'auto_scaling_group_name': 'web:1'"), NULL,
	  G(", 'auto_scaling_group_name': 'web-1'"), NULL },
	{ "autoscaling.zones_or_zone_ids", GROUP, "availability_zone_ids",
	  G(", 'availability_zones': ['us-east-1a'], 'availability_zone_ids': ['use1-az1']"), NULL,
	  G(", 'availability_zones': ['us-east-1a']"), NULL },
	{ "autoscaling.desired_within_sizes", GROUP, "desired_capacity",
	  G(", 'desired_capacity': '5'"), NULL, G(", 'desired_capacity': '2'"), NULL },
	{ "autoscaling.desired_capacity_type", GROUP, "desired_capacity_type",
	  G(", 'desired_capacity_type': 'instances'"), NULL,
	  G(", 'desired_capacity_type': 'vcpu'"), NULL },
	{ "autoscaling.max_instance_lifetime", GROUP, "max_instance_lifetime",
	  G(", 'max_instance_lifetime': 3600"), NULL, G(", 'max_instance_lifetime': 86400"), NULL },
	{ "autoscaling.metrics_granularity", GROUP, "metrics_collection[0].granularity",
	  G(", 'metrics_collection': [{'granularity': '5Minute'}]"), NULL,
	  G(", 'metrics_collection': [{'granularity': '1Minute'}]"), NULL },
	{ "autoscaling.termination_policies", GROUP, "termination_policies[1]",
	  G(", 'termination_policies': ['Default', 'Oldest']"), NULL,
	  G(", 'termination_policies': ['OldestInstance', '" FUNCTION ":live']"), NULL },
	{ "autoscaling.traffic_source_type", GROUP, "traffic_sources[0].type",
	  G(", 'traffic_sources': [{'identifier': 'web', 'type': 'alb'}]"), NULL,
	  G(", 'traffic_sources': [{'identifier': 'web', 'type': 'elb'}]"), NULL },
	{ "autoscaling.reservation_none_no_target", GROUP,
	  "capacity_reservation_specification.capacity_reservation_target",
	  G(", 'capacity_reservation_specification': {'capacity_reservation_preference': 'none', "
	    "'capacity_reservation_target': {'capacity_reservation_ids': ['cr-1']}}"), NULL,
	  G(", 'capacity_reservation_specification': {'capacity_reservation_preference': "
	    "'capacity-reservations-only', 'capacity_reservation_target': "
	    "{'capacity_reservation_ids': ['cr-1']}}"), NULL },
	/* its launch template or configuration */
	{ "autoscaling.template_or_configuration", GROUP, "launch_template",
	  BARE(""), NULL, BARE(", 'launch_configuration_name': 'web'"), NULL },
	{ "autoscaling.configuration_excludes_templates", GROUP, "mixed_instances_policy",
	  ALSO_MIXED(", 'launch_configuration_name': 'web'", "", "{'instance_type': 'm5.large'}"),
	  NULL,
	  BARE(", 'launch_configuration_name': 'web'"), NULL },
	{ "autoscaling.template_excludes_others", GROUP, "mixed_instances_policy",
	  ALSO_MIXED(", " LT, "", "{'instance_type': 'm5.large'}"), NULL,
	  MIXED("", "{'instance_type': 'm5.large'}"), NULL },
	{ "autoscaling.instance_id_alone", GROUP, "launch_template",
	  G(", 'instance_id': 'i-0abc'"), NULL, BARE(", 'instance_id': 'i-0abc'"), NULL },
	{ "autoscaling.template_id_or_name", GROUP, "launch_template.launch_template_id",
	  BARE(", 'launch_template': {'launch_template_id': 'lt-0abc', 'launch_template_name': "
	       "'web', 'version': '1'}"), NULL,
	  BARE(", 'launch_template': {'launch_template_name': 'web', 'version': '1'}"), NULL },
	{ "autoscaling.template_version_number", GROUP, "launch_template.version",
	  BARE(", 'launch_template': {'launch_template_id': 'lt-0abc', 'version': '$Latest'}"),
	  NULL, BARE(", 'launch_template': {'launch_template_id': 'lt-0abc', 'version': '12'}"),
	  NULL },
	/* its mixed instances policy */
	{ "autoscaling.on_demand_strategy", GROUP, DISTRIBUTION "on_demand_allocation_strategy",
	  MIXED(DIST("'on_demand_allocation_strategy': 'cheapest'"),
		"{'instance_type': 'm5.large'}"), NULL,
	  MIXED(DIST("'on_demand_allocation_strategy': 'prioritized'"),
		"{'instance_type': 'm5.large'}"), NULL },
	{ "autoscaling.prioritized_not_with_requirements", GROUP,
	  DISTRIBUTION "on_demand_allocation_strategy",
	  MIXED(DIST("'on_demand_allocation_strategy': 'prioritized'"), REQ("")), NULL,
	  MIXED(DIST("'on_demand_allocation_strategy': 'lowest-price'"), REQ("")), NULL },
	{ "autoscaling.spot_strategy", GROUP, DISTRIBUTION "spot_allocation_strategy",
	  MIXED(DIST("'spot_allocation_strategy': 'cheapest'"), "{'instance_type': 'm5.large'}"),
	  NULL, MIXED(DIST("'spot_allocation_strategy': 'price-capacity-optimized'"),
		      "{'instance_type': 'm5.large'}"), NULL },
	{ "autoscaling.spot_pools_range", GROUP, DISTRIBUTION "spot_instance_pools",
	  MIXED(DIST("'spot_instance_pools': 25"), "{'instance_type': 'm5.large'}"), NULL,
	  MIXED(DIST("'spot_instance_pools': 20"), "{'instance_type': 'm5.large'}"), NULL },
	{ "autoscaling.spot_pools_lowest_price", GROUP, DISTRIBUTION "spot_allocation_strategy",
	  MIXED(DIST("'spot_instance_pools': 2, 'spot_allocation_strategy': 'capacity-optimized'"),
		"{'instance_type': 'm5.large'}"), NULL,
	  MIXED(DIST("'spot_instance_pools': 2, 'spot_allocation_strategy': 'lowest-price'"),
		"{'instance_type': 'm5.large'}"), NULL },
	{ "autoscaling.spot_max_price_min", GROUP, DISTRIBUTION "spot_max_price",
	  MIXED(DIST("'spot_max_price': '0.0001'"), "{'instance_type': 'm5.large'}"), NULL,
	  MIXED(DIST("'spot_max_price': ''"), "{'instance_type': 'm5.large'}"), NULL },
	{ "autoscaling.requirements_not_type", GROUP, OVERRIDE "instance_type",
	  MIXED("", "{'instance_type': 'm5.large', 'instance_requirements': {'v_cpu_count': "
		"{'min': 2}, 'memory_mi_b': {'min': 4096}}}"), NULL, MIXED("", REQ("")), NULL },
	{ "autoscaling.allowed_or_excluded", GROUP,
	  OVERRIDE "instance_requirements.excluded_instance_types",
	  MIXED("", REQ(", 'allowed_instance_types': ['m5.*'], 'excluded_instance_types': "
		    "['m5.24xlarge']")), NULL,
	  MIXED("", REQ(", 'excluded_instance_types': ['m5.24xlarge']")), NULL },
	{ "autoscaling.price_protection_one", GROUP,
	  OVERRIDE "instance_requirements.max_spot_price_as_percentage_of_optimal_on_demand_price",
	  MIXED("", REQ(", 'spot_max_price_percentage_over_lowest_price': 50, "
		    "'max_spot_price_as_percentage_of_optimal_on_demand_price': 60")), NULL,
	  MIXED("", REQ(", 'max_spot_price_as_percentage_of_optimal_on_demand_price': 60")),
	  NULL },
	{ "autoscaling.one_reference_family", GROUP,
	  OVERRIDE "instance_requirements.baseline_performance_factors.cpu.references",
	  MIXED("", REQ(", 'baseline_performance_factors': {'cpu': {'references': "
		    "[{'instance_family': 'c6i'}, {'instance_family': 'm6i'}]}}")), NULL,
	  MIXED("", REQ(", 'baseline_performance_factors': {'cpu': {'references': "
		    "[{'instance_family': 'c6i'}]}}")), NULL },
	{ "autoscaling.weights_all_or_none", GROUP,
	  "mixed_instances_policy.launch_template.overrides",
	  MIXED("", "{'instance_type': 'm5.large', 'weighted_capacity': '2'}, "
		"{'instance_type': 'm5.xlarge'}"), NULL,
	  MIXED("", "{'instance_type': 'm5.large', 'weighted_capacity': '2'}, "
		"{'instance_type': 'm5.xlarge', 'weighted_capacity': '4'}"), NULL },
	{ "autoscaling.weight_range", GROUP, OVERRIDE "weighted_capacity",
	  MIXED("", "{'instance_type': 'm5.large', 'weighted_capacity': '1000'}"), NULL,
	  MIXED("", "{'instance_type': 'm5.large', 'weighted_capacity': '999'}"), NULL },
	/* lifecycle hooks */
	{ "autoscaling.group_hook_default_result", GROUP,
	  "lifecycle_hook_specification_list[0].default_result",
	  HOOKS(", 'default_result': 'RETRY'"), NULL, HOOKS(", 'default_result': 'ABANDON'"),
	  NULL },
	{ "autoscaling.group_hook_role_target", GROUP,
	  "lifecycle_hook_specification_list[0].notification_target_arn",
	  HOOKS(", 'role_arn': '" ROLE "', 'notification_target_arn': '" FUNCTION "'"), NULL,
	  HOOKS(", 'role_arn': '" ROLE "', 'notification_target_arn': '" QUEUE "'"), NULL },
	{ "autoscaling.hook_role_target", HOOK, "notification_target_arn",
	  A_HOOK(", 'role_arn': '" ROLE "'"), NULL,
	  A_HOOK(", 'role_arn': '" ROLE "', 'notification_target_arn': "
		 "'arn:aws:sns:us-east-1:123456789012:hooks'"), NULL },
	{ "autoscaling.hook_target_sns_sqs", HOOK, "notification_target_arn",
	  A_HOOK(", 'notification_target_arn': '" FUNCTION "'"), NULL,
	  A_HOOK(", 'notification_target_arn': '" QUEUE "'"), NULL },
	/* a launch configuration */
	{ "autoscaling.lc_iops_volume_type", CONFIG, "block_device_mappings[0].ebs.volume_type",
	  DEVICE(", 'ebs': {'volume_type': 'gp2', 'volume_size': 20, 'iops': 3000}"), NULL,
	  DEVICE(", 'ebs': {'volume_type': 'gp3', 'volume_size': 20, 'iops': 3000}"), NULL },
	{ "autoscaling.lc_size_or_snapshot", CONFIG, "block_device_mappings[0].ebs.volume_size",
	  DEVICE(", 'ebs': {'volume_type': 'gp3'}"), NULL,
	  DEVICE(", 'ebs': {'volume_type': 'gp3', 'snapshot_id': 'snap-0abc'}"), NULL },
	{ "autoscaling.lc_volume_type", CONFIG, "block_device_mappings[0].ebs.volume_type",
	  DEVICE(", 'ebs': {'volume_type': 'io2', 'volume_size': 20}"), NULL,
	  DEVICE(", 'ebs': {'volume_type': 'st1', 'volume_size': 200}"), NULL },
	{ "autoscaling.lc_virtual_name", CONFIG, "block_device_mappings[0].virtual_name",
	  DEVICE(", 'virtual_name': 'eph0'"), NULL,
	  DEVICE(", 'virtual_name': 'ephemeral0'"), NULL },
	{ "autoscaling.lc_tenancy", CONFIG, "placement_tenancy",
	  LC(", 'placement_tenancy': 'host'"), NULL,
	  LC(", 'placement_tenancy': 'dedicated'"), NULL },
	{ "autoscaling.lc_spot_price_min", CONFIG, "spot_price",
	  LC(", 'spot_price': '0.0005'"), NULL, LC(", 'spot_price': '0.01'"), NULL },
	{ "autoscaling.lc_user_data_base64", CONFIG, "user_data",
	  LC(", 'user_data': '#!/bin/bash'"), NULL, LC(", 'user_data': 'IyEvYmluL2Jhc2gK'"), NULL },
	/* a scheduled action */
	{ "autoscaling.scheduled_one_size", ACTION, "max_size",
	  "{'auto_scaling_group_name': 'web', 'recurrence': '0 9 * * *'}", NULL,
	  "{'auto_scaling_group_name': 'web', 'recurrence': '0 9 * * *', 'min_size': 2}", NULL },
	/* a scaling policy */
	{ "autoscaling.adjustment_type_required", POLICY, "adjustment_type",
	  POL(", 'policy_type': 'SimpleScaling', 'scaling_adjustment': 1"), NULL,
	  SIMPLE(""), NULL },
	{ "autoscaling.simple_scaling_adjustment", POLICY, "scaling_adjustment",
	  POL(", 'adjustment_type': 'ChangeInCapacity'"), NULL,
	  POL(", 'adjustment_type': 'ChangeInCapacity', 'scaling_adjustment': -1"), NULL },
	{ "autoscaling.step_adjustments_required", POLICY, "step_adjustments",
	  STEP(""), NULL,
	  STEP(", 'step_adjustments': [{'metric_interval_lower_bound': 0, "
	       "'scaling_adjustment': 1}]"), NULL },
	{ "autoscaling.tracking_configuration", POLICY, "target_tracking_configuration",
	  POL(", 'policy_type': 'TargetTrackingScaling'"), NULL, TRACKING(CPU, ""), NULL },
	{ "autoscaling.predictive_configuration", POLICY, "predictive_scaling_configuration",
	  POL(", 'policy_type': 'PredictiveScaling'"), NULL, PREDICTIVE(""), NULL },
	{ "autoscaling.cooldown_simple_only", POLICY, "policy_type",
	  TRACKING(CPU, ", 'cooldown': '60'"), NULL, SIMPLE(", 'cooldown': '60'"), NULL },
	{ "autoscaling.min_adjustment_step_or_simple", POLICY, "policy_type",
	  TRACKING(CPU, ", 'min_adjustment_magnitude': 2"), NULL,
	  SIMPLE(", 'min_adjustment_magnitude': 2"), NULL },
	{ "autoscaling.warmup_tracking_or_step", POLICY, "policy_type",
	  SIMPLE(", 'estimated_instance_warmup': 60"), NULL,
	  TRACKING(CPU, ", 'estimated_instance_warmup': 60"), NULL },
	{ "autoscaling.aggregation_step_only", POLICY, "policy_type",
	  SIMPLE(", 'metric_aggregation_type': 'Average'"), NULL,
	  STEP(", 'metric_aggregation_type': 'Average', 'step_adjustments': "
	       "[{'metric_interval_lower_bound': 0, 'scaling_adjustment': 1}]"), NULL },
	{ "autoscaling.exact_capacity_non_negative", POLICY, "scaling_adjustment",
	  POL(", 'adjustment_type': 'ExactCapacity', 'scaling_adjustment': -1"), NULL,
	  POL(", 'adjustment_type': 'ExactCapacity', 'scaling_adjustment': 0"), NULL },
	{ "autoscaling.step_bounds_ordered", POLICY,
	  "step_adjustments[0].metric_interval_lower_bound",
	  STEP(", 'step_adjustments': [{'metric_interval_lower_bound': 10, "
	       "'metric_interval_upper_bound': 5, 'scaling_adjustment': 1}]"), NULL,
	  STEP(", 'step_adjustments': [{'metric_interval_lower_bound': 10, "
	       "'metric_interval_upper_bound': 20, 'scaling_adjustment': 1}]"), NULL },
	{ "autoscaling.tracking_one_metric", POLICY,
	  "target_tracking_configuration.predefined_metric_specification",
	  TRACKING(CPU ", 'customized_metric_specification': {'metrics': [{'id': 'm1', " STAT "}]}",
		   ""), NULL, TRACKING(CPU, ""), NULL },
	{ "autoscaling.alb_resource_label", POLICY,
	  "target_tracking_configuration.predefined_metric_specification.resource_label",
	  TRACKING("'predefined_metric_specification': {'predefined_metric_type': "
		   "'ALBRequestCountPerTarget'}", ""), NULL,
	  TRACKING("'predefined_metric_specification': {'predefined_metric_type': "
		   "'ALBRequestCountPerTarget', 'resource_label': "
		   "'app/web/1/targetgroup/web/2'}", ""), NULL },
	{ "autoscaling.buffer_with_increase", POLICY,
	  "predictive_scaling_configuration.max_capacity_buffer",
	  PREDICTIVE(", 'max_capacity_breach_behavior': 'IncreaseMaxCapacity'"), NULL,
	  PREDICTIVE(", 'max_capacity_breach_behavior': 'IncreaseMaxCapacity', "
		     "'max_capacity_buffer': 10"), NULL },
	{ "autoscaling.buffer_only_increase", POLICY,
	  "predictive_scaling_configuration.max_capacity_breach_behavior",
	  PREDICTIVE(", 'max_capacity_breach_behavior': 'HonorMaxCapacity', "
		     "'max_capacity_buffer': 10"), NULL,
	  PREDICTIVE(", 'max_capacity_breach_behavior': 'HonorMaxCapacity'"), NULL },
	{ "autoscaling.buffer_time_under_hour", POLICY,
	  "predictive_scaling_configuration.scheduling_buffer_time",
	  PREDICTIVE(", 'scheduling_buffer_time': 3600"), NULL,
	  PREDICTIVE(", 'scheduling_buffer_time': 300"), NULL },
	/* metric data queries */
	{ "autoscaling.query_expression_or_stat", POLICY,
	  "target_tracking_configuration.customized_metric_specification.metrics[0].expression",
	  METRICS("{'id': 'm1', 'expression': 'm2 * 2', " STAT "}"), NULL,
	  METRICS("{'id': 'm1', " STAT "}"), NULL },
	{ "autoscaling.query_id_lowercase", POLICY,
	  "target_tracking_configuration.customized_metric_specification.metrics[0].id",
	  METRICS("{'id': 'M1', " STAT "}"), NULL, METRICS("{'id': 'm1', " STAT "}"), NULL },
	{ "autoscaling.query_id_characters", POLICY,
	  "target_tracking_configuration.customized_metric_specification.metrics[0].id",
	  METRICS("{'id': 'm-1', " STAT "}"), NULL, METRICS("{'id': 'm_1', " STAT "}"), NULL },
	{ "autoscaling.query_ids_unique", POLICY,
	  "target_tracking_configuration.customized_metric_specification.metrics[1].id",
	  METRICS("{'id': 'm1', 'return_data': false, " STAT "}, {'id': 'm1', 'expression': "
		  "'m1 * 2'}"), NULL,
	  METRICS("{'id': 'm1', 'return_data': false, " STAT "}, {'id': 'e1', 'expression': "
		  "'m1 * 2'}"), NULL },
	{ "autoscaling.query_one_returns", POLICY,
	  "target_tracking_configuration.customized_metric_specification.metrics",
	  METRICS("{'id': 'm1', 'return_data': true, " STAT "}, {'id': 'e1', 'expression': "
		  "'m1 * 2', 'return_data': true}"), NULL,
	  METRICS("{'id': 'm1', 'return_data': false, " STAT "}, {'id': 'e1', 'expression': "
		  "'m1 * 2', 'return_data': true}"), NULL },
	/* IoT SiteWise: an access policy */
	{ "iotsitewise.policy_portal_or_project", SW_POLICY, "access_policy_resource.portal",
	  ACCESS("'user': {'id': 'u-1'}", "'portal': {'id': '" UUID "'}, 'project': {'id': '" UUID
		 "'}"), NULL,
	  ACCESS("'user': {'id': 'u-1'}", "'project': {'id': '" UUID "'}"), NULL },
	{ "iotsitewise.policy_one_identity", SW_POLICY, "access_policy_identity.user",
	  ACCESS("'user': {'id': 'u-1'}, 'iam_role': {'arn': '" ROLE "'}", "'project': {'id': '"
		 UUID "'}"), NULL,
	  ACCESS("'iam_role': {'arn': '" ROLE "'}", "'project': {'id': '" UUID "'}"), NULL },
	/* an asset */
	{ "iotsitewise.asset_external_id_kept", SW_ASSET, "asset_external_id",
	  ASSET(", 'asset_external_id': 'pump-2'"), ASSET(", 'asset_external_id': 'pump-1'"),
	  ASSET(", 'asset_external_id': 'pump-1'"), ASSET(", 'asset_external_id': 'pump-1'") },
	{ "iotsitewise.child_asset_id_form", SW_ASSET, "asset_hierarchies[0].child_asset_id",
	  ASSET(", 'asset_hierarchies': [{'logical_id': 'h', 'child_asset_id': 'pump-1'}]"), NULL,
	  ASSET(", 'asset_hierarchies': [{'logical_id': 'h', 'child_asset_id': "
		"'externalId:pump-1'}]"), NULL },
	/* an asset model */
	{ "iotsitewise.model_external_id_kept", SW_MODEL, "asset_model_external_id",
	  MODEL(", 'asset_model_external_id': 'pumps-2'"),
	  MODEL(", 'asset_model_external_id': 'pumps-1'"), MODEL(""),
	  MODEL(", 'asset_model_external_id': 'pumps-1'") },
	{ "iotsitewise.struct_needs_spec", SW_MODEL, "asset_model_properties[0].data_type_spec",
	  MODEL(", 'asset_model_properties': [" PROP("'data_type': 'STRUCT'") "]"), NULL,
	  MODEL(", 'asset_model_properties': [" PROP("'data_type': 'STRUCT', 'data_type_spec': "
						  "'AWS/ALARM_STATE'") "]"), NULL },
	{ "iotsitewise.property_one_type", SW_MODEL, "asset_model_properties[0].type.attribute",
	  MODEL(", 'asset_model_properties': [{'name': 'p', 'logical_id': 'p', 'data_type': "
		"'DOUBLE', 'type': {'type_name': 'Transform', 'attribute': {'default_value': '1'}, "
		TRANSFORM "}}]"), NULL,
	  MODEL(", 'asset_model_properties': [{'name': 'p', 'logical_id': 'p', 'data_type': "
		"'DOUBLE', 'type': {'type_name': 'Transform', " TRANSFORM "}}]"), NULL },
	{ "iotsitewise.property_external_ids_unique", SW_MODEL,
	  "asset_model_properties[1].external_id",
	  MODEL(", 'asset_model_properties': [" PROP("'data_type': 'DOUBLE', 'external_id': 'p1'")
		", " PROP("'data_type': 'DOUBLE', 'external_id': 'p1'") "]"), NULL,
	  MODEL(", 'asset_model_properties': [" PROP("'data_type': 'DOUBLE', 'external_id': 'p1'")
		", " PROP("'data_type': 'DOUBLE', 'external_id': 'p2'") "]"), NULL },
	{ "iotsitewise.composite_external_ids_unique", SW_MODEL,
	  "asset_model_composite_models[1].external_id",
	  MODEL(", 'asset_model_composite_models': [" COMPOSITE("'external_id': 'c1'") ", "
		COMPOSITE("'external_id': 'c1'") "]"), NULL,
	  MODEL(", 'asset_model_composite_models': [" COMPOSITE("'external_id': 'c1'") ", "
		COMPOSITE("'external_id': 'c2'") "]"), NULL },
	{ "iotsitewise.hierarchy_external_ids_unique", SW_MODEL,
	  "asset_model_hierarchies[1].external_id",
	  MODEL(", 'asset_model_hierarchies': [" HIERARCHY("h1") ", " HIERARCHY("h1") "]"), NULL,
	  MODEL(", 'asset_model_hierarchies': [" HIERARCHY("h1") ", " HIERARCHY("h2") "]"), NULL },
	{ "iotsitewise.composite_model_type", SW_MODEL, "asset_model_composite_models[0].type",
	  MODEL(", 'asset_model_composite_models': [{'name': 'c', 'type': 'AWS/ALARMS'}]"), NULL,
	  MODEL(", 'asset_model_composite_models': [{'name': 'c', 'type': 'AWS/ALARM'}]"), NULL },
	{ "iotsitewise.interface_id_form", SW_MODEL,
	  "enforced_asset_model_interface_relationships[0].interface_asset_model_id",
	  MODEL(", 'enforced_asset_model_interface_relationships': [{'interface_asset_model_id': "
		"'pumps'}]"), NULL,
	  MODEL(", 'enforced_asset_model_interface_relationships': [{'interface_asset_model_id': "
		"'" UUID "'}]"), NULL },
	/* a gateway */
	{ "iotsitewise.gateway_one_platform", SW_GATEWAY, "gateway_platform.greengrass_v2",
	  GATEWAY("'greengrass_v2': {'core_device_thing_name': 'core'}, 'siemens_ie': "
		  "{'iot_core_thing_name': 'edge'}", ""), NULL,
	  GATEWAY("'siemens_ie': {'iot_core_thing_name': 'edge'}", ""), NULL },
	{ "iotsitewise.v3_gateway_operating_system", SW_GATEWAY,
	  "gateway_platform.greengrass_v2.core_device_operating_system",
	  GATEWAY("'greengrass_v2': {'core_device_thing_name': 'core'}",
		  ", 'gateway_version': '3'"), NULL,
	  GATEWAY("'greengrass_v2': {'core_device_thing_name': 'core', "
		  "'core_device_operating_system': 'LINUX_AMD64'}", ", 'gateway_version': '3'"),
	  NULL },
	/* MediaConnect: encryption, tags */
	{ "mediaconnect.speke_fields", MC_SOURCE, "decryption.device_id",
	  MC_SRC(", 'decryption': {'key_type': 'speke', 'role_arn': '" ROLE "', " SPEKE "}"), NULL,
	  MC_SRC(", 'decryption': {'key_type': 'speke', 'role_arn': '" ROLE "', " SPEKE
		 ", 'device_id': 'd-1'}"), NULL },
	{ "mediaconnect.static_key_secret", MC_ENTITLEMENT, "encryption.secret_arn",
	  MC_GRANT(", 'encryption': {'algorithm': 'aes256', 'role_arn': '" ROLE "'}"), NULL,
	  MC_GRANT(", 'encryption': {'algorithm': 'aes256', 'role_arn': '" ROLE "', "
		   "'secret_arn': '" SECRET "'}"), NULL },
	{ "mediaconnect.tag_lengths", MC_SOURCE, "tags[0].key",
	  MC_SRC(", 'tags': [{'key': '" X100 X10 X10 X10 "', 'value': 'a'}]"), NULL,
	  MC_SRC(", 'tags': [{'key': 'team', 'value': 'a'}]"), NULL },
	/* a flow */
	{ "mediaconnect.flow_zixi_ingest_port", MC_FLOW, "source.ingest_port",
	  MC_FLOWS(", 'protocol': 'zixi-push', 'ingest_port': 2077", ""), NULL,
	  MC_FLOWS(", 'protocol': 'zixi-push', 'ingest_port': 2088", ""), NULL },
	{ "mediaconnect.maintenance_on_the_hour", MC_FLOW, "maintenance.maintenance_start_hour",
	  MC_FLOWS("", ", 'maintenance': {'maintenance_day': 'Monday', 'maintenance_start_hour': "
		   "'02:30'}"), NULL,
	  MC_FLOWS("", ", 'maintenance': {'maintenance_day': 'Monday', 'maintenance_start_hour': "
		   "'02:00'}"), NULL },
	{ "mediaconnect.audio_clock_rate", MC_FLOW, "media_streams[0].clock_rate",
	  MC_FLOWS("", ", 'media_streams': [{'media_stream_id': 1, 'media_stream_name': 'a', "
		   "'media_stream_type': 'audio', 'clock_rate': 44100}]"), NULL,
	  MC_FLOWS("", ", 'media_streams': [{'media_stream_id': 1, 'media_stream_name': 'a', "
		   "'media_stream_type': 'audio', 'clock_rate': 48000}]"), NULL },
	{ "mediaconnect.ndi_config_required", MC_FLOW, "ndi_config",
	  MC_FLOWS(", 'protocol': 'ndi-speed-hq'", ""), NULL,
	  MC_FLOWS(", 'protocol': 'ndi-speed-hq'", ", 'ndi_config': {'ndi_state': 'ENABLED'}"),
	  NULL },
	{ "mediaconnect.ndi_enabled", MC_FLOW, "ndi_config.ndi_state",
	  MC_FLOWS(", 'protocol': 'ndi-speed-hq'", ", 'ndi_config': {'ndi_state': 'DISABLED'}"),
	  NULL,
	  MC_FLOWS(", 'protocol': 'ndi-speed-hq'", ", 'ndi_config': {'ndi_state': 'ENABLED'}"),
	  NULL },
	{ "mediaconnect.ndi_source_name", MC_FLOW, "source.ndi_source_settings.source_name",
	  MC_FLOWS(", 'ndi_source_settings': {'source_name': 'CAM1'}", ""), NULL,
	  MC_FLOWS(", 'ndi_source_settings': {'source_name': 'STUDIO-PC (Camera 1)'}", ""), NULL },
	{ "mediaconnect.flow_vpc_interface_names_unique", MC_FLOW, "vpc_interfaces[1].name",
	  MC_FLOWS("", ", 'vpc_interfaces': [" MC_VPC("a") ", " MC_VPC("a") "]"), NULL,
	  MC_FLOWS("", ", 'vpc_interfaces': [" MC_VPC("a") ", " MC_VPC("b") "]"), NULL },
	/* a flow's source and output */
	{ "mediaconnect.zixi_ingest_port", MC_SOURCE, "ingest_port",
	  MC_SRC(", 'protocol': 'zixi-push', 'ingest_port': 2077"), NULL,
	  MC_SRC(", 'protocol': 'zixi-push', 'ingest_port': 2088"), NULL },
	{ "mediaconnect.compression_factor_range", MC_OUTPUT,
	  "media_stream_output_configurations[0].encoding_parameters.compression_factor",
	  MC_JXS("12"), NULL, MC_JXS("10"), NULL },
	/* a bridge, a gateway */
	{ "mediaconnect.bridge_name_kept", MC_BRIDGE, "name",
	  MC_BRIDGES("b", MC_NET("s1"), ""), MC_BRIDGES("a", MC_NET("s1"), ""),
	  MC_BRIDGES("a", MC_NET("s1"), ", 'egress_gateway_bridge': {'max_bitrate': 1000000}"),
	  MC_BRIDGES("a", MC_NET("s1"), "") },
	{ "mediaconnect.bridge_output_names_unique", MC_BRIDGE, "outputs[1].network_output.name",
	  MC_BRIDGES("a", MC_NET("s1"), ", 'outputs': [" MC_OUT("o") ", " MC_OUT("o") "]"), NULL,
	  MC_BRIDGES("a", MC_NET("s1"), ", 'outputs': [" MC_OUT("o") ", " MC_OUT("p") "]"),
	  NULL },
	{ "mediaconnect.bridge_source_names_unique", MC_BRIDGE, "sources[1].network_source.name",
	  MC_BRIDGES("a", MC_NET("s1") ", " MC_NET("s1"), ""), NULL,
	  MC_BRIDGES("a", MC_NET("s1") ", " MC_NET("s2"), ""), NULL },
	{ "mediaconnect.bridge_one_source_without_failover", MC_BRIDGE, "sources",
	  MC_BRIDGES("a", MC_NET("s1") ", " MC_NET("s2"), MC_FAILOVER("DISABLED")), NULL,
	  MC_BRIDGES("a", MC_NET("s1") ", " MC_NET("s2"), MC_FAILOVER("ENABLED")), NULL },
	{ "mediaconnect.gateway_network_names_unique", MC_GATEWAY, "networks[1].name",
	  MC_GATEWAYS("n"), NULL, MC_GATEWAYS("m"), NULL },
	/* routers */
	{ "mediaconnect.router_zone_in_region", MC_INPUT, "availability_zone",
	  MC_IN(MC_STANDARD, ", 'availability_zone': 'eu-west-1a'"), NULL,
	  MC_IN(MC_STANDARD, ", 'availability_zone': 'us-east-1a'"), NULL },
	{ "mediaconnect.configuration_type_kept", MC_INPUT, "configuration.Standard",
	  MC_IN(MC_MERGE("Rtp", "Rtp"), ""), MC_IN(MC_STANDARD, ""),
	  MC_IN("{'Standard': {'NetworkInterfaceArn': '" MC_NI "', 'ProtocolConfiguration': "
		"{'Rist': {'Port': 5001}}}}", ""), MC_IN(MC_STANDARD, "") },
	{ "mediaconnect.failover_same_protocol", MC_INPUT,
	  "configuration.Merge.ProtocolConfigurations",
	  MC_IN(MC_MERGE("Rtp", "Rist"), ""), NULL, MC_IN(MC_MERGE("Rist", "Rist"), ""), NULL },
	/* IoT FleetWise */
	{ "iotfleetwise.partition_ids_unique", FW_CAMPAIGN, "data_partitions[1].id",
	  CAMPAIGN(", 'data_partitions': [" PARTITION("p1") ", " PARTITION("p1") "]"), NULL,
	  CAMPAIGN(", 'data_partitions': [" PARTITION("p1") ", " PARTITION("p2") "]"), NULL },
	{ "iotfleetwise.signal_partition_among", FW_CAMPAIGN,
	  "signals_to_collect[0].data_partition_id",
	  CAMPAIGN(", 'data_partitions': [" PARTITION("p1") "], 'signals_to_collect': [{'name': "
		   "'Vehicle.Speed', 'data_partition_id': 'p2'}]"), NULL,
	  CAMPAIGN(", 'data_partitions': [" PARTITION("p1") "], 'signals_to_collect': [{'name': "
		   "'Vehicle.Speed', 'data_partition_id': 'p1'}, {'name': 'Vehicle.Rpm', "
		   "'data_partition_id': 'default'}]"), NULL },
	{ "iotfleetwise.update_strategy_one", FW_VEHICLE,
	  "state_templates[0].state_template_update_strategy.Periodic",
	  VEHICLE("{'Periodic': {'StateTemplateUpdateRate': {'Unit': 'SECOND', 'Value': 10}}, "
		  "'OnChange': {}}"), NULL,
	  VEHICLE("{'OnChange': {}}"), NULL },
	{ "iotfleetwise.active_model_kept", FW_MODEL, "nodes",
	  MANIFEST("'ACTIVE'", "['Vehicle.Speed', 'Vehicle.Rpm']"),
	  MANIFEST("'ACTIVE'", "['Vehicle.Speed']"),
	  MANIFEST("'ACTIVE'", "['Vehicle.Speed', 'Vehicle.Rpm']"),
	  MANIFEST("'DRAFT'", "['Vehicle.Speed']") },
	{ "iotfleetwise.active_decoder_kept", FW_DECODER, "signal_decoders",
	  DECODER("'ACTIVE'", "0"), DECODER("'ACTIVE'", "8"),
	  DECODER("'ACTIVE'", "0"), DECODER("'DRAFT'", "8") },
};

static const char *const services[] = { "autoscaling.", "iotsitewise.", "mediaconnect.",
					"iotfleetwise.", NULL };

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
					 "test_words_census10.c");
}

/* A written rule refuses each of refused (its message holding `says`) on
 * type, and passes each of passing. */
static void written_judges(const char *type, const char *const *refused, size_t nr,
			   const char *const *passing, size_t np, const char *says)
{
	for (size_t i = 0; i < nr; i++) {
		struct strbuf err = STRBUF_INIT;
		if (!words_judge(type, refused[i], NULL, NULL, &err))
			fail_msg("accepted %s", refused[i]);
		if (!strstr(err.buf, says))
			fail_msg("message \"%s\" lacks \"%s\"", err.buf, says);
		strbuf_release(&err);
	}
	for (size_t i = 0; i < np; i++) {
		struct strbuf err = STRBUF_INIT;
		if (words_judge(type, passing[i], NULL, NULL, &err))
			fail_msg("refused %s: %s", passing[i], err.buf);
		strbuf_release(&err);
	}
}

/* A group's maintenance policy: both healthy percentages, at most 100
 * apart (rule_autoscaling_healthy_percentages); a scheduled action's time
 * zone an IANA name (rule_time_zone). */
static void test_autoscaling_written(void **state)
{
#define POLICY_OF(MORE) G(", 'instance_maintenance_policy': {" MORE "}")
	static const char *const healthy_refused[] = {
		POLICY_OF("'min_healthy_percentage': 50, 'max_healthy_percentage': 160"),
		POLICY_OF("'min_healthy_percentage': 90"),
		POLICY_OF("'max_healthy_percentage': 120"),
	};
	static const char *const healthy_passing[] = {
		POLICY_OF("'min_healthy_percentage': 90, 'max_healthy_percentage': 120"),
		POLICY_OF("'min_healthy_percentage': -1, 'max_healthy_percentage': -1"),
		POLICY_OF("'min_healthy_percentage': 100, 'max_healthy_percentage': 200"),
		POLICY_OF("'min_healthy_percentage': '${var.min}', 'max_healthy_percentage': 180"),
		G(""),
	};
#undef POLICY_OF
#define AT(ZONE) "{'auto_scaling_group_name': 'web', 'recurrence': '0 9 * * *', 'min_size': 2, " \
	"'time_zone': '" ZONE "'}"
	static const char *const zone_refused[] = { AT("Mars/Olympus_Mons") };
	static const char *const zone_passing[] = { AT("Pacific/Tahiti"), AT("Etc/GMT+9") };
#undef AT

	(void)state;
	written_judges(GROUP, healthy_refused, 3, healthy_passing, 5,
		       "the difference between them cannot be greater than 100");
	written_judges(ACTION, zone_refused, 1, zone_passing, 2, "IANA time zone");
}

/* What the checks across the stack say of the resources of `text` (an object of resources, each with its "type"): one
 * line "NAME ATTR: MESSAGE" each. */
static void collect_across(void *ctx, const struct check_finding *f)
{
	json_t **out = ctx;
	char line[1024];

	snprintf(line, sizeof(line), "%zu %s: %s", f->which, f->attr ? f->attr : "", f->message);
	json_array_append_new(*out, json_string(line));
}

static json_t *mediaconnect_across(const char *text)
{
	json_t *doc = js(text), *out = json_array(), *r;
	struct written_resource rs[8];
	const char *name;
	size_t n = 0;

	json_object_foreach(doc, name, r) {
		assert_true(n < sizeof(rs) / sizeof(*rs));
		const char *type = json_string_value(json_object_get(r, "type"));
		rs[n++] = (struct written_resource){
			.name = name, .provider = "aws", .config = r, .creating = true,
			.type = type, .rtype = resource_type_find(type, NULL) };
	}
	aws_check_resources(rs, n, collect_across, &out);
	json_decref(doc);
	return out;
}

/* Two outputs (entitlements) of the stack on one flow with one name
 * (check_mediaconnect_output_names, _entitlement_names); on two flows, or
 * named apart, they pass. */
static void test_mediaconnect_across(void **state)
{
#define OUT(NAME, FLOW) "{'type': 'awscc.mediaconnect.flow_output', 'flow_arn': '${" FLOW \
	".flow_arn}', 'name': '" NAME "', 'protocol': 'srt-listener'}"
#define GRANT(NAME, FLOW) "{'type': 'awscc.mediaconnect.flow_entitlement', 'flow_arn': '${" \
	FLOW ".flow_arn}', 'name': '" NAME "', 'description': 'd', 'subscribers': " \
	"['123456789012']}"
	json_t *same = mediaconnect_across("{'a': " OUT("hd", "f") ", 'b': " OUT("hd", "f") ", "
					   "'c': " GRANT("partner", "f") ", 'd': "
					   GRANT("partner", "f") "}");
	json_t *apart = mediaconnect_across("{'a': " OUT("hd", "f") ", 'b': " OUT("sd", "f") ", "
					    "'c': " OUT("hd", "g") ", 'd': " GRANT("partner", "f")
					    ", 'e': " GRANT("partner", "g") "}");
#undef OUT
#undef GRANT
	(void)state;
	assert_int_equal(json_array_size(same), 2);
	assert_non_null(strstr(json_string_value(json_array_get(same, 0)),
			       "1 name: name: \"hd\" is also flow output \"a\"'s on the same flow"));
	assert_non_null(strstr(json_string_value(json_array_get(same, 1)),
			       "3 name: name: \"partner\" is also flow entitlement \"c\"'s"));
	assert_non_null(strstr(json_string_value(json_array_get(same, 1)),
			       "AWS says \"This value must be unique within the current flow.\""));
	assert_int_equal(json_array_size(apart), 0);
	json_decref(same);
	json_decref(apart);
}

int main(void)
{
	setenv("AWS_REGION", "us-east-1", 1);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_row_and_its_twin),
		cmocka_unit_test(test_every_row_has_a_case),
		cmocka_unit_test(test_autoscaling_written),
		cmocka_unit_test(test_mediaconnect_across),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
