/*
 * autoscaling/rules.c: Amazon EC2 Auto Scaling's (groups, launch
 * configurations, lifecycle hooks, scaling policies, scheduled actions)
 * rows of the one table of checks (checks/row.h) on the awscc types of a
 * service terrace's own code does not call (its objects are made through
 * Cloud Control alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE), and the written
 * rule of a maintenance policy's healthy percentages. Its ledger:
 * checks/words/autoscaling.words.
 */
#include <stdio.h>

#include "provider/aws/checks/metric_queries.h"
#include "provider/aws/checks/rules.h"
#include "provider/aws/scheduler/api.h"
#include "provider/provider.h"

#define AS "autoscaling "
#define CFN "CloudFormation registry: AWS::AutoScaling::AutoScalingGroup "
#define MIXED "mixed_instances_policy."
#define DISTRIBUTION MIXED "instances_distribution."
#define OVERRIDES MIXED "launch_template.overrides"
#define REQUIREMENTS "instance_requirements."
#define TRACKING "target_tracking_configuration."
#define PREDICTIVE "predictive_scaling_configuration."
#define STEP_OR_SIMPLE_POLICY \
	ANY_OF(UNSET("policy_type"), IS("policy_type", "StepScaling", "SimpleScaling"))
#define SIMPLE_POLICY ANY_OF(UNSET("policy_type"), IS("policy_type", "SimpleScaling"))
/* an SNS topic's or an SQS queue's ARN */
#define TOPIC_OR_QUEUE "^arn:aws[a-z-]*:(sns|sqs):"
/* every metric data query of a policy, and every list of them
 * (checks/metric_queries.h) */
#define EACH_QUERY(...) EACH_METRIC_QUERY(PREDICTIVE, TRACKING, __VA_ARGS__)
#define EACH_QUERY_LIST(COND) EACH_METRIC_QUERY_LIST(PREDICTIVE, TRACKING, COND)
/* each launch template specification of a group: its own, its mixed
 * instances policy's, each override's */
#define EACH_TEMPLATE(...) \
	EACH("launch_template", ALWAYS, THEN(__VA_ARGS__)), \
	EACH(MIXED "launch_template.launch_template_specification", ALWAYS, THEN(__VA_ARGS__)), \
	EACH(OVERRIDES, ALWAYS, \
	     THEN(EACH("launch_template_specification", ALWAYS, THEN(__VA_ARGS__))))

/* A group's instance maintenance policy: both healthy percentages, at most
 * 100 apart (-1 each: the policy cleared). */
int rule_autoscaling_healthy_percentages(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *min = json_object_get(v, "min_healthy_percentage");
	const json_t *max = json_object_get(v, "max_healthy_percentage");
	(void)r;

	if (!json_is_object(v))
		return 0;
	if (min && !json_is_null(min) && max && !json_is_null(max)) {
		if (!json_is_number(min) || !json_is_number(max) ||
		    json_number_value(max) - json_number_value(min) <= 100)
			return 0;
		strbuf_addf(err, "max_healthy_percentage %g is %g above min_healthy_percentage %g",
			    json_number_value(max), json_number_value(max) - json_number_value(min),
			    json_number_value(min));
	} else {
		strbuf_addstr(err, (min && !json_is_null(min)) ? "max_healthy_percentage is not set"
							     : "min_healthy_percentage is not set");
	}
	strbuf_addstr(err, ": AWS says \"Both MinHealthyPercentage and MaxHealthyPercentage must "
		      "be specified, and the difference between them cannot be greater than "
		      "100.\" (" AS "CreateAutoScalingGroup InstanceMaintenancePolicy."
		      "MaxHealthyPercentage; e.g. 90 and 120)");
	return -1;
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. A path "launch_configuration_name->placement_tenancy" reads
 * what the launch configuration the group names writes,
 * "vpc_zone_identifier[]->availability_zone" each subnet's zone,
 * "placement_group->strategy" the placement group's. */
const struct aws_check_row aws_rules_autoscaling[] = {
	/* a group: its name, zones and sizes */
	AWS_SAYS("autoscaling.group_name_no_colon", "awscc.autoscaling.auto_scaling_group",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(NOT_MATCHES("auto_scaling_group_name", ":")),
		 "You cannot use a colon (:) in the name.",
		 AS "CreateAutoScalingGroup AutoScalingGroupName"),
	AWS_SAYS("autoscaling.zones_or_zone_ids", "awscc.autoscaling.auto_scaling_group",
		 AWS_CALL_ANY,
		 WHEN(SET("availability_zones")), THEN(UNSET("availability_zone_ids")),
		 "You cannot specify both AvailabilityZones and AvailabilityZoneIds in the same "
		 "request.", AS "CreateAutoScalingGroup AvailabilityZoneIds"),
	AWS_SAYS("autoscaling.subnets_in_zones", "awscc.autoscaling.auto_scaling_group",
		 AWS_CALL_ANY,
		 WHEN(SET("availability_zones")),
		 THEN(AMONG("vpc_zone_identifier[]->availability_zone", "availability_zones[]")),
		 "If you specify VPCZoneIdentifier with AvailabilityZones, the subnets that you "
		 "specify must reside in those Availability Zones.",
		 AS "CreateAutoScalingGroup VPCZoneIdentifier"),
	AWS_SAYS("autoscaling.cluster_one_zone", "awscc.autoscaling.auto_scaling_group",
		 AWS_CALL_ANY,
		 WHEN(IS("placement_group->strategy", "cluster")),
		 THEN(LEN_IN("availability_zones", 0, 1), LEN_IN("availability_zone_ids", 0, 1),
		      SAME("vpc_zone_identifier[]->availability_zone", NULL)),
		 "You cannot specify multiple Availability Zones and a cluster placement group.",
		 AS "CreateAutoScalingGroup PlacementGroup"),
	AWS_SAYS("autoscaling.public_ip_needs_subnets", "awscc.autoscaling.auto_scaling_group",
		 AWS_CALL_CREATE,
		 WHEN(SET("launch_configuration_name->associate_public_ip_address")),
		 THEN(SET("vpc_zone_identifier")),
		 "If you specify this property, you must specify at least one subnet for "
		 "VPCZoneIdentifier when you create your group.",
		 AS "CreateLaunchConfiguration AssociatePublicIpAddress"),
	AWS_SAYS("autoscaling.tenancy_needs_subnets", "awscc.autoscaling.auto_scaling_group",
		 AWS_CALL_CREATE,
		 WHEN(SET("launch_configuration_name->placement_tenancy")),
		 THEN(SET("vpc_zone_identifier")),
		 "If you specify PlacementTenancy, you must specify at least one subnet for "
		 "VPCZoneIdentifier when you create your group.",
		 AS "CreateLaunchConfiguration PlacementTenancy"),
	AWS_SAYS("autoscaling.desired_within_sizes", "awscc.autoscaling.auto_scaling_group",
		 AWS_CALL_ANY,
		 WHEN(SET("desired_capacity")),
		 THEN(AT_MOST("min_size", "desired_capacity"),
		      AT_MOST("desired_capacity", "max_size")),
		 "This number must be greater than or equal to the minimum size of the group and "
		 "less than or equal to the maximum size of the group.",
		 AS "CreateAutoScalingGroup DesiredCapacity"),
	AWS_SAYS("autoscaling.desired_capacity_type", "awscc.autoscaling.auto_scaling_group",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(IS("desired_capacity_type", "units", "vcpu", "memory-mib")),
		 "Valid values: units | vcpu | memory-mib",
		 AS "CreateAutoScalingGroup DesiredCapacityType"),
	AWS_SAYS("autoscaling.max_instance_lifetime", "awscc.autoscaling.auto_scaling_group",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(ANY_OF(IS("max_instance_lifetime", "0"),
			     IN("max_instance_lifetime", 86400, 1e300))),
		 "If specified, the value must be either 0 or a number equal to or greater than "
		 "86,400 seconds (1 day).", AS "CreateAutoScalingGroup MaxInstanceLifetime"),
	AWS_SAYS("autoscaling.metrics_granularity", "awscc.autoscaling.auto_scaling_group",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("metrics_collection", ALWAYS, THEN(IS("granularity", "1Minute")))),
		 "The only valid value is 1Minute.", AS "EnableMetricsCollection Granularity"),
	AWS_SAYS("autoscaling.termination_policies", "awscc.autoscaling.auto_scaling_group",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("termination_policies", ALWAYS,
			   THEN(MATCHES("", "^(Default|AllocationStrategy|"
					"ClosestToNextInstanceHour|NewestInstance|OldestInstance|"
					"OldestLaunchConfiguration|OldestLaunchTemplate|"
					"arn:aws[a-z-]*:lambda:.+)$")))),
		 "Valid values: Default | AllocationStrategy | ClosestToNextInstanceHour | "
		 "NewestInstance | OldestInstance | OldestLaunchConfiguration | "
		 "OldestLaunchTemplate | arn:aws:lambda:region:account-id:function:my-function:"
		 "my-alias", AS "CreateAutoScalingGroup TerminationPolicies"),
	AWS_SAYS("autoscaling.traffic_source_type", "awscc.autoscaling.auto_scaling_group",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("traffic_sources", ALWAYS,
			   THEN(IS("type", "elb", "elbv2", "vpc-lattice")))),
		 "The following lists the valid values: elb, elbv2, vpc-lattice",
		 AS "CreateAutoScalingGroup TrafficSources.Type"),
	AWS_SAYS("autoscaling.reservation_none_no_target", "awscc.autoscaling.auto_scaling_group",
		 AWS_CALL_ANY,
		 WHEN(IS("capacity_reservation_specification.capacity_reservation_preference",
			 "none")),
		 THEN(UNSET("capacity_reservation_specification.capacity_reservation_target")),
		 "If you specify open or none for CapacityReservationPreference, do not specify a "
		 "CapacityReservationTarget.", CFN "CapacityReservationSpecification"),
	RULE("awscc.autoscaling.auto_scaling_group",
		 "instance_maintenance_policy", rule_autoscaling_healthy_percentages,
	     AS "CreateAutoScalingGroup InstanceMaintenancePolicy.MaxHealthyPercentage"),
	/* a group's launch template or configuration */
	AWS_SAYS("autoscaling.template_or_configuration", "awscc.autoscaling.auto_scaling_group",
		 AWS_CALL_CREATE, ALWAYS,
		 THEN(ANY_OF(SET("launch_template"), SET("mixed_instances_policy"),
			     SET("launch_configuration_name"), SET("instance_id"))),
		 "Conditional: You must specify either a launch template (LaunchTemplate or "
		 "MixedInstancesPolicy) or a launch configuration (LaunchConfigurationName or "
		 "InstanceId).", AS "CreateAutoScalingGroup LaunchTemplate"),
	AWS_SAYS("autoscaling.configuration_excludes_templates",
		 "awscc.autoscaling.auto_scaling_group",
		 AWS_CALL_ANY,
		 WHEN(SET("launch_configuration_name")),
		 THEN(UNSET("launch_template"), UNSET("mixed_instances_policy")),
		 "If you specify LaunchConfigurationName in your update request, you can't specify "
		 "LaunchTemplate or MixedInstancesPolicy.",
		 AS "UpdateAutoScalingGroup LaunchConfigurationName"),
	AWS_SAYS("autoscaling.template_excludes_others", "awscc.autoscaling.auto_scaling_group",
		 AWS_CALL_ANY,
		 WHEN(SET("launch_template")),
		 THEN(UNSET("launch_configuration_name"), UNSET("mixed_instances_policy")),
		 "If you specify LaunchTemplate in your update request, you can't specify "
		 "LaunchConfigurationName or MixedInstancesPolicy.",
		 AS "UpdateAutoScalingGroup LaunchTemplate"),
	AWS_SAYS("autoscaling.instance_id_alone", "awscc.autoscaling.auto_scaling_group",
		 AWS_CALL_ANY, WHEN(SET("instance_id")),
		 THEN(UNSET("launch_template"), UNSET("mixed_instances_policy"),
		      UNSET("launch_configuration_name")),
		 "If you specify LaunchTemplate, MixedInstancesPolicy, or LaunchConfigurationName, "
		 "don't specify InstanceId.", CFN "InstanceId"),
	AWS_SAYS("autoscaling.template_id_or_name", "awscc.autoscaling.auto_scaling_group",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH_TEMPLATE(EXACTLY_ONE_OF(SET("launch_template_id"),
						   SET("launch_template_name")))),
		 "Conditional: You must specify either a LaunchTemplateId or a LaunchTemplateName.",
		 AS "CreateAutoScalingGroup LaunchTemplate.LaunchTemplateId"),
	AWS_SAYS("autoscaling.template_version_number", "awscc.autoscaling.auto_scaling_group",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH_TEMPLATE(IS_NOT("version", "$Latest", "$Default"))),
		 "Specifying $Latest or $Default for the template version number is not "
		 "supported.", CFN "LaunchTemplateSpecification.Version"),
	/* a group's mixed instances policy */
	AWS_SAYS("autoscaling.on_demand_strategy", "awscc.autoscaling.auto_scaling_group",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(IS(DISTRIBUTION "on_demand_allocation_strategy", "lowest-price",
			 "prioritized")),
		 "The following lists the valid values: lowest-price, prioritized",
		 AS "CreateAutoScalingGroup MixedInstancesPolicy.InstancesDistribution."
		 "OnDemandAllocationStrategy"),
	AWS_SAYS("autoscaling.prioritized_not_with_requirements",
		 "awscc.autoscaling.auto_scaling_group",
		 AWS_CALL_ANY,
		 WHEN(SOME(OVERRIDES, SET("instance_requirements"))),
		 THEN(IS_NOT(DISTRIBUTION "on_demand_allocation_strategy", "prioritized")),
		 "This is the default value for Auto Scaling groups that don't specify "
		 "InstanceRequirements and cannot be used for groups that do.",
		 AS "CreateAutoScalingGroup MixedInstancesPolicy.InstancesDistribution."
		 "OnDemandAllocationStrategy"),
	AWS_SAYS("autoscaling.spot_strategy", "awscc.autoscaling.auto_scaling_group",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(IS(DISTRIBUTION "spot_allocation_strategy", "capacity-optimized",
			 "capacity-optimized-prioritized", "lowest-price",
			 "price-capacity-optimized")),
		 "The following lists the valid values: capacity-optimized, "
		 "capacity-optimized-prioritized, lowest-price, price-capacity-optimized",
		 AS "CreateAutoScalingGroup MixedInstancesPolicy.InstancesDistribution."
		 "SpotAllocationStrategy"),
	AWS_SAYS("autoscaling.spot_pools_range", "awscc.autoscaling.auto_scaling_group",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(IN(DISTRIBUTION "spot_instance_pools", 1, 20)),
		 "Value must be in the range of 1–20.",
		 AS "CreateAutoScalingGroup MixedInstancesPolicy.InstancesDistribution."
		 "SpotInstancePools"),
	AWS_SAYS("autoscaling.spot_pools_lowest_price", "awscc.autoscaling.auto_scaling_group",
		 AWS_CALL_ANY,
		 WHEN(SET(DISTRIBUTION "spot_instance_pools")),
		 THEN(IS(DISTRIBUTION "spot_allocation_strategy", "lowest-price")),
		 "Valid only when the SpotAllocationStrategy is lowest-price.",
		 AS "CreateAutoScalingGroup MixedInstancesPolicy.InstancesDistribution."
		 "SpotInstancePools"),
	AWS_SAYS("autoscaling.spot_max_price_min", "awscc.autoscaling.auto_scaling_group",
		 AWS_CALL_ANY,
		 WHEN(LEN_IN(DISTRIBUTION "spot_max_price", 1, 255)),
		 THEN(IN(DISTRIBUTION "spot_max_price", 0.001, 1e300)),
		 "Valid Range: Minimum value of 0.001",
		 AS "CreateAutoScalingGroup MixedInstancesPolicy.InstancesDistribution."
		 "SpotMaxPrice"),
	AWS_SAYS("autoscaling.requirements_not_type", "awscc.autoscaling.auto_scaling_group",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(OVERRIDES, WHEN(SET("instance_requirements")),
			   THEN(UNSET("instance_type")))),
		 "If you specify InstanceRequirements, you can't specify InstanceType.",
		 AS "CreateAutoScalingGroup MixedInstancesPolicy.LaunchTemplate.Overrides."
		 "InstanceRequirements"),
	AWS_SAYS("autoscaling.allowed_or_excluded", "awscc.autoscaling.auto_scaling_group",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(OVERRIDES, WHEN(SET(REQUIREMENTS "allowed_instance_types")),
			   THEN(UNSET(REQUIREMENTS "excluded_instance_types")))),
		 "If you specify AllowedInstanceTypes, you can't specify ExcludedInstanceTypes.",
		 AS "CreateAutoScalingGroup MixedInstancesPolicy.LaunchTemplate.Overrides."
		 "InstanceRequirements.AllowedInstanceTypes"),
	AWS_SAYS("autoscaling.price_protection_one", "awscc.autoscaling.auto_scaling_group",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(OVERRIDES,
			   WHEN(SET(REQUIREMENTS "spot_max_price_percentage_over_lowest_price")),
			   THEN(UNSET(REQUIREMENTS
				      "max_spot_price_as_percentage_of_optimal_on_demand_price")))),
		 "Only one of SpotMaxPricePercentageOverLowestPrice or "
		 "MaxSpotPriceAsPercentageOfOptimalOnDemandPrice can be specified.",
		 AS "CreateAutoScalingGroup MixedInstancesPolicy.LaunchTemplate.Overrides."
		 "InstanceRequirements.SpotMaxPricePercentageOverLowestPrice"),
	AWS_SAYS("autoscaling.one_reference_family", "awscc.autoscaling.auto_scaling_group",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(OVERRIDES, ALWAYS,
			   THEN(LEN_IN(REQUIREMENTS "baseline_performance_factors.cpu.references",
				       0, 1)))),
		 "Currently only one instance family can be specified in the list.",
		 AS "CreateAutoScalingGroup MixedInstancesPolicy.LaunchTemplate.Overrides."
		 "InstanceRequirements.BaselinePerformanceFactors.Cpu.References"),
	AWS_SAYS("autoscaling.weights_all_or_none", "awscc.autoscaling.auto_scaling_group",
		 AWS_CALL_ANY,
		 WHEN(SOME(OVERRIDES, SET("weighted_capacity"))),
		 THEN(COUNT_WHERE(OVERRIDES, 0, 0, UNSET("weighted_capacity"))),
		 "If you specify a value for WeightedCapacity for one instance type, you must "
		 "specify a value for WeightedCapacity for all of them.",
		 AS "CreateAutoScalingGroup MixedInstancesPolicy.LaunchTemplate.Overrides."
		 "WeightedCapacity"),
	AWS_SAYS("autoscaling.weight_range", "awscc.autoscaling.auto_scaling_group",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(OVERRIDES, ALWAYS, THEN(IN("weighted_capacity", 1, 999)))),
		 "Value must be in the range of 1–999.",
		 AS "CreateAutoScalingGroup MixedInstancesPolicy.LaunchTemplate.Overrides."
		 "WeightedCapacity"),
	/* a group's lifecycle hooks, and a hook's */
	AWS_SAYS("autoscaling.group_hook_default_result", "awscc.autoscaling.auto_scaling_group",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("lifecycle_hook_specification_list", ALWAYS,
			   THEN(IS("default_result", "CONTINUE", "ABANDON")))),
		 "Valid values: CONTINUE | ABANDON",
		 AS "CreateAutoScalingGroup LifecycleHookSpecificationList.DefaultResult"),
	AWS_SAYS("autoscaling.group_hook_role_target", "awscc.autoscaling.auto_scaling_group",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("lifecycle_hook_specification_list", WHEN(SET("role_arn")),
			   THEN(SET("notification_target_arn"),
				MATCHES("notification_target_arn", TOPIC_OR_QUEUE)))),
		 "Valid only if the notification target is an Amazon SNS topic or an Amazon SQS "
		 "queue.", AS "CreateAutoScalingGroup LifecycleHookSpecificationList.RoleARN"),
	AWS_SAYS("autoscaling.hook_role_target", "awscc.autoscaling.lifecycle_hook",
		 AWS_CALL_ANY, WHEN(SET("role_arn")),
		 THEN(SET("notification_target_arn"),
		      MATCHES("notification_target_arn", TOPIC_OR_QUEUE)),
		 "Valid only if the notification target is an Amazon SNS topic or an Amazon SQS "
		 "queue.", AS "PutLifecycleHook RoleARN"),
	AWS_SAYS("autoscaling.hook_target_sns_sqs", "awscc.autoscaling.lifecycle_hook",
		 AWS_CALL_ANY,
		 WHEN(LEN_IN("notification_target_arn", 1, 255)),
		 THEN(MATCHES("notification_target_arn", TOPIC_OR_QUEUE)),
		 "You can specify either an Amazon SNS topic or an Amazon SQS queue.",
		 AS "PutLifecycleHook NotificationTargetARN"),
	/* a launch configuration */
	AWS_SAYS("autoscaling.lc_iops_volume_type", "awscc.autoscaling.launch_configuration",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("block_device_mappings", WHEN(IS("ebs.volume_type", "io1")),
			   THEN(SET("ebs.iops"))),
		      EACH("block_device_mappings", WHEN(SET("ebs.iops")),
			   THEN(IS("ebs.volume_type", "gp3", "io1")))),
		 "Iops is supported when the volume type is gp3 or io1 and required only when the "
		 "volume type is io1.",
		 AS "CreateLaunchConfiguration BlockDeviceMappings.Ebs.Iops"),
	AWS_SAYS("autoscaling.lc_size_or_snapshot", "awscc.autoscaling.launch_configuration",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("block_device_mappings", WHEN(SET("ebs")),
			   THEN(ANY_OF(SET("ebs.volume_size"), SET("ebs.snapshot_id"))))),
		 "You must specify either a VolumeSize or a SnapshotId.",
		 AS "CreateLaunchConfiguration BlockDeviceMappings.Ebs.SnapshotId"),
	AWS_SAYS("autoscaling.lc_volume_type", "awscc.autoscaling.launch_configuration",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("block_device_mappings", ALWAYS,
			   THEN(IS("ebs.volume_type", "standard", "io1", "gp2", "st1", "sc1",
				   "gp3")))),
		 "Valid values: standard | io1 | gp2 | st1 | sc1 | gp3",
		 AS "CreateLaunchConfiguration BlockDeviceMappings.Ebs.VolumeType"),
	AWS_SAYS("autoscaling.lc_virtual_name", "awscc.autoscaling.launch_configuration",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("block_device_mappings", ALWAYS,
			   THEN(MATCHES("virtual_name", "^ephemeral[0-9]+$")))),
		 "The name must be in the form ephemeralX where X is a number starting from zero "
		 "(0), for example, ephemeral0.",
		 AS "CreateLaunchConfiguration BlockDeviceMappings.VirtualName"),
	AWS_SAYS("autoscaling.lc_tenancy", "awscc.autoscaling.launch_configuration",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(IS("placement_tenancy", "default", "dedicated")),
		 "Valid values: default | dedicated",
		 AS "CreateLaunchConfiguration PlacementTenancy"),
	AWS_SAYS("autoscaling.lc_spot_price_min", "awscc.autoscaling.launch_configuration",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(IN("spot_price", 0.001, 1e300)), "Valid Range: Minimum value of 0.001",
		 AS "CreateLaunchConfiguration SpotPrice"),
	/* base64's characters, its padding not asked */
	AWS_SAYS("autoscaling.lc_user_data_base64", "awscc.autoscaling.launch_configuration",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("user_data", "^[A-Za-z0-9+/]*={0,2}$")),
		 "Otherwise, you must provide base64-encoded text.",
		 AS "CreateLaunchConfiguration UserData"),
	/* a scheduled action */
	AWS_SAYS("autoscaling.scheduled_one_size", "awscc.autoscaling.scheduled_action",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(ANY_OF(SET("max_size"), SET("min_size"), SET("desired_capacity"))),
		 "You must specify at least one of the following properties: MaxSize, MinSize, or "
		 "DesiredCapacity.", AS "PutScheduledUpdateGroupAction DesiredCapacity"),
	RULE("awscc.autoscaling.scheduled_action",
		 "time_zone", rule_time_zone, AS "PutScheduledUpdateGroupAction TimeZone"),
	/* a scaling policy: what its type asks and takes */
	AWS_SAYS("autoscaling.adjustment_type_required", "awscc.autoscaling.scaling_policy",
		 AWS_CALL_ANY,
		 WHEN(STEP_OR_SIMPLE_POLICY), THEN(SET("adjustment_type")),
		 "Required if the policy type is StepScaling or SimpleScaling.",
		 AS "PutScalingPolicy AdjustmentType"),
	AWS_SAYS("autoscaling.simple_scaling_adjustment", "awscc.autoscaling.scaling_policy",
		 AWS_CALL_ANY,
		 WHEN(SIMPLE_POLICY), THEN(SET("scaling_adjustment")),
		 "Required if the policy type is SimpleScaling.",
		 AS "PutScalingPolicy ScalingAdjustment"),
	AWS_SAYS("autoscaling.step_adjustments_required", "awscc.autoscaling.scaling_policy",
		 AWS_CALL_ANY,
		 WHEN(IS("policy_type", "StepScaling")),
		 THEN(SET("step_adjustments"), LEN_IN("step_adjustments", 1, 1e9)),
		 "Required if the policy type is StepScaling.",
		 AS "PutScalingPolicy StepAdjustments"),
	AWS_SAYS("autoscaling.tracking_configuration", "awscc.autoscaling.scaling_policy",
		 AWS_CALL_ANY,
		 WHEN(IS("policy_type", "TargetTrackingScaling")),
		 THEN(SET("target_tracking_configuration")),
		 "Required if the policy type is TargetTrackingScaling.",
		 AS "PutScalingPolicy TargetTrackingConfiguration"),
	AWS_SAYS("autoscaling.predictive_configuration", "awscc.autoscaling.scaling_policy",
		 AWS_CALL_ANY,
		 WHEN(IS("policy_type", "PredictiveScaling")),
		 THEN(SET("predictive_scaling_configuration")),
		 "Required if the policy type is PredictiveScaling.",
		 AS "PutScalingPolicy PredictiveScalingConfiguration"),
	AWS_SAYS("autoscaling.cooldown_simple_only", "awscc.autoscaling.scaling_policy",
		 AWS_CALL_ANY, WHEN(SET("cooldown")),
		 THEN(SIMPLE_POLICY), "Valid only if the policy type is SimpleScaling.",
		 AS "PutScalingPolicy Cooldown"),
	AWS_SAYS("autoscaling.min_adjustment_step_or_simple", "awscc.autoscaling.scaling_policy",
		 AWS_CALL_ANY,
		 WHEN(SET("min_adjustment_magnitude")), THEN(STEP_OR_SIMPLE_POLICY),
		 "Valid only if the policy type is StepScaling or SimpleScaling.",
		 AS "PutScalingPolicy MinAdjustmentMagnitude"),
	AWS_SAYS("autoscaling.warmup_tracking_or_step", "awscc.autoscaling.scaling_policy",
		 AWS_CALL_ANY,
		 WHEN(SET("estimated_instance_warmup")),
		 THEN(SET("policy_type"),
		      IS("policy_type", "TargetTrackingScaling", "StepScaling")),
		 "Valid only if the policy type is TargetTrackingScaling or StepScaling.",
		 AS "PutScalingPolicy EstimatedInstanceWarmup"),
	AWS_SAYS("autoscaling.aggregation_step_only", "awscc.autoscaling.scaling_policy",
		 AWS_CALL_ANY,
		 WHEN(SET("metric_aggregation_type")),
		 THEN(SET("policy_type"), IS("policy_type", "StepScaling")),
		 "Valid only if the policy type is StepScaling.",
		 AS "PutScalingPolicy MetricAggregationType"),
	/* step and simple scaling */
	AWS_SAYS("autoscaling.exact_capacity_non_negative", "awscc.autoscaling.scaling_policy",
		 AWS_CALL_ANY,
		 WHEN(IS("adjustment_type", "ExactCapacity")),
		 THEN(IN("scaling_adjustment", 0, 1e300),
		      EACH("step_adjustments", ALWAYS, THEN(IN("scaling_adjustment", 0, 1e300)))),
		 "For exact capacity, you must specify a non-negative value.",
		 AS "PutScalingPolicy ScalingAdjustment"),
	AWS_SAYS("autoscaling.step_bounds_ordered", "awscc.autoscaling.scaling_policy",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("step_adjustments", ALWAYS,
			   THEN(BELOW("metric_interval_lower_bound",
				      "metric_interval_upper_bound")))),
		 "The upper bound must be greater than the lower bound.",
		 AS "PutScalingPolicy StepAdjustments.MetricIntervalUpperBound"),
	/* target tracking */
	AWS_SAYS("autoscaling.tracking_one_metric", "awscc.autoscaling.scaling_policy",
		 AWS_CALL_ANY,
		 WHEN(SET("target_tracking_configuration")),
		 THEN(EXACTLY_ONE_OF(SET(TRACKING "predefined_metric_specification"),
				     SET(TRACKING "customized_metric_specification"))),
		 "You must specify either a predefined metric or a customized metric.",
		 AS "PutScalingPolicy TargetTrackingConfiguration.PredefinedMetricSpecification"),
	AWS_SAYS("autoscaling.alb_resource_label", "awscc.autoscaling.scaling_policy", AWS_CALL_ANY,
		 WHEN(IS(TRACKING "predefined_metric_specification.predefined_metric_type",
			 "ALBRequestCountPerTarget")),
		 THEN(SET(TRACKING "predefined_metric_specification.resource_label")),
		 "If you specify ALBRequestCountPerTarget for the metric, you must specify the "
		 "ResourceLabel property with the PredefinedMetricSpecification.",
		 AS "PutScalingPolicy TargetTrackingConfiguration"),
	/* predictive scaling */
	AWS_SAYS("autoscaling.buffer_with_increase", "awscc.autoscaling.scaling_policy",
		 AWS_CALL_ANY,
		 WHEN(IS(PREDICTIVE "max_capacity_breach_behavior", "IncreaseMaxCapacity")),
		 THEN(SET(PREDICTIVE "max_capacity_buffer")),
		 "Required if the MaxCapacityBreachBehavior property is set to "
		 "IncreaseMaxCapacity, and cannot be used otherwise.",
		 AS "PutScalingPolicy PredictiveScalingConfiguration.MaxCapacityBuffer"),
	AWS_SAYS("autoscaling.buffer_only_increase", "awscc.autoscaling.scaling_policy",
		 AWS_CALL_ANY,
		 WHEN(SET(PREDICTIVE "max_capacity_buffer")),
		 THEN(IS(PREDICTIVE "max_capacity_breach_behavior", "IncreaseMaxCapacity")),
		 "Required if the MaxCapacityBreachBehavior property is set to "
		 "IncreaseMaxCapacity, and cannot be used otherwise.",
		 AS "PutScalingPolicy PredictiveScalingConfiguration.MaxCapacityBuffer"),
	AWS_SAYS("autoscaling.buffer_time_under_hour", "awscc.autoscaling.scaling_policy",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(IN(PREDICTIVE "scheduling_buffer_time", -1e300, 3599)),
		 "The value must be less than the forecast interval duration of 3600 seconds (60 "
		 "minutes).",
		 AS "PutScalingPolicy PredictiveScalingConfiguration.SchedulingBufferTime"),
	/* metric data queries */
	AWS_SAYS("autoscaling.query_expression_or_stat", "awscc.autoscaling.scaling_policy",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH_QUERY(EXACTLY_ONE_OF(SET("expression"), SET("metric_stat")))),
		 "Conditional: Within each MetricDataQuery object, you must specify either "
		 "Expression or MetricStat, but not both.",
		 AS "PutScalingPolicy PredictiveScalingConfiguration.MetricSpecifications."
		 "CustomizedLoadMetricSpecification.MetricDataQueries.Expression"),
	AWS_SAYS("autoscaling.query_id_lowercase", "awscc.autoscaling.scaling_policy",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH_QUERY(MATCHES("id", "^[a-z]"))),
		 "The first character must be a lowercase letter.",
		 AS "PutScalingPolicy TargetTrackingConfiguration.CustomizedMetricSpecification."
		 "Metrics.Id"),
	AWS_SAYS("autoscaling.query_id_characters", "awscc.autoscaling.scaling_policy",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH_QUERY(MATCHES("id", "^[A-Za-z0-9_]*$"))),
		 "The valid characters are letters, numbers, and underscores.",
		 AS "PutScalingPolicy TargetTrackingConfiguration.CustomizedMetricSpecification."
		 "Metrics.Id"),
	AWS_SAYS("autoscaling.query_ids_unique", "awscc.autoscaling.scaling_policy",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH_QUERY_LIST(METRIC_QUERY_IDS_UNIQUE)),
		 "This name must be unique among all MetricDataQuery objects specified for a "
		 "single scaling policy.",
		 AS "PutScalingPolicy PredictiveScalingConfiguration.MetricSpecifications."
		 "CustomizedLoadMetricSpecification.MetricDataQueries.Id"),
	AWS_SAYS("autoscaling.query_one_returns", "awscc.autoscaling.scaling_policy",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH_QUERY_LIST(METRIC_QUERY_ONE_RETURNS)),
		 "You must specify false for ReturnData for all the other metrics and expressions "
		 "used in the metric specification.",
		 AS "PutScalingPolicy TargetTrackingConfiguration.CustomizedMetricSpecification."
		 "Metrics.ReturnData"),
	{ NULL },
};
