/*
 * applicationautoscaling/rules.c: Application Auto Scaling's (scalable
 * targets, scaling policies) rows of the one table of checks (checks/row.h)
 * on the awscc types of a service terrace's own code does not call (its
 * objects are made through Cloud Control alone): AWS's words of the
 * census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE), and the written rule of a scheduled action's time zone.
 * Its ledger: checks/words/application-autoscaling.words.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "provider/aws/checks/metric_queries.h"
#include "provider/aws/checks/rules.h"
#include "provider/aws/scheduler/api.h"
#include "provider/provider.h"

#define AAS "application-autoscaling "
#define TARGET "awscc.applicationautoscaling.scalable_target"
#define STEP "step_scaling_policy_configuration."
#define TRACKING "target_tracking_scaling_policy_configuration."
#define PREDICTIVE "predictive_scaling_policy_configuration."
/* every metric data query of a policy, and every list of them
 * (checks/metric_queries.h) */
#define EACH_QUERY(...) EACH_METRIC_QUERY(PREDICTIVE, TRACKING, __VA_ARGS__)
#define EACH_QUERY_LIST(COND) EACH_METRIC_QUERY_LIST(PREDICTIVE, TRACKING, COND)
/* 2^360, a target value's bound */
#define TARGET_BOUND 0x1p360

/* A scalable target's scheduled actions' time zones: IANA names, held
 * against the system's zoneinfo as EventBridge Scheduler's
 * (rule_time_zone: zones and links, which Joda-Time takes too). */
int rule_applicationautoscaling_time_zones(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *actions = json_object_get(v, "scheduled_actions"), *a;
	size_t i;

	json_array_foreach(actions, i, a) {
		const json_t *zone = json_object_get(a, "timezone");
		if (!zone || rule_time_zone(zone, r, err) == 0)
			continue;
		strbuf_addf(err, ": scheduled_actions[%zu].timezone, AWS says \"Valid values are the "
			    "canonical names of the IANA time zones supported by Joda-Time (such as "
			    "Etc/GMT+9 or Pacific/Tahiti).\" (" AAS "PutScheduledAction Timezone)", i);
		return -1;
	}
	return 0;
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_applicationautoscaling[] = {
	/* a scalable target */
	RULE(TARGET, "", rule_applicationautoscaling_time_zones, AAS "PutScheduledAction Timezone"),
	AWS_SAYS("applicationautoscaling.min_capacity_zero",
		 "awscc.applicationautoscaling.scalable_target", AWS_CALL_ANY,
		 WHEN(IS("service_namespace", "appstream", "rds", "ecs", "elasticmapreduce",
			 "lambda", "sagemaker", "ec2", "custom-resource")),
		 THEN(IN("min_capacity", 0, 1e300)),
		 "For the following resources, the minimum value allowed is 0.",
		 AAS "RegisterScalableTarget MinCapacity"),
	AWS_SAYS("applicationautoscaling.emr_role",
		 "awscc.applicationautoscaling.scalable_target", AWS_CALL_CREATE,
		 WHEN(IS("service_namespace", "elasticmapreduce")), THEN(SET("role_arn")),
		 "This parameter is required for services that do not support service-linked "
		 "roles (such as Amazon EMR), and it must specify the ARN of an IAM role that "
		 "allows Application Auto Scaling to modify the scalable target on your behalf.",
		 AAS "RegisterScalableTarget RoleARN"),
	/* a scaling policy's target: its id or its three names, not both */
	AWS_SAYS("applicationautoscaling.target_id_or_names",
		 "awscc.applicationautoscaling.scaling_policy", AWS_CALL_CREATE,
		 WHEN(UNSET("scaling_target_id")),
		 THEN(SET("resource_id"), SET("scalable_dimension"), SET("service_namespace")),
		 "You must specify either the ScalingTargetId property, or the ResourceId, "
		 "ScalableDimension, and ServiceNamespace properties, but not both.",
		 "CloudFormation registry: AWS::ApplicationAutoScaling::ScalingPolicy "
		 "ScalingTargetId"),
	AWS_SAYS("applicationautoscaling.target_id_not_names",
		 "awscc.applicationautoscaling.scaling_policy", AWS_CALL_CREATE,
		 WHEN(SET("scaling_target_id")),
		 THEN(UNSET("resource_id"), UNSET("scalable_dimension"), UNSET("service_namespace")),
		 "You must specify either the ScalingTargetId property, or the ResourceId, "
		 "ScalableDimension, and ServiceNamespace properties, but not both.",
		 "CloudFormation registry: AWS::ApplicationAutoScaling::ScalingPolicy "
		 "ScalingTargetId"),
	/* a policy's type by the service */
	AWS_SAYS("applicationautoscaling.step_scaling_services",
		 "awscc.applicationautoscaling.scaling_policy", AWS_CALL_ANY,
		 WHEN(IS("policy_type", "StepScaling")),
		 THEN(IS_NOT("service_namespace", "dynamodb", "comprehend", "lambda", "cassandra",
			     "kafka", "elasticache", "neptune")),
		 "StepScaling—Not supported for DynamoDB, Amazon Comprehend, Lambda, Amazon "
		 "Keyspaces, Amazon MSK, Amazon ElastiCache, or Neptune.",
		 AAS "PutScalingPolicy PolicyType"),
	AWS_SAYS("applicationautoscaling.target_tracking_not_emr",
		 "awscc.applicationautoscaling.scaling_policy", AWS_CALL_ANY,
		 WHEN(IS("policy_type", "TargetTrackingScaling")),
		 THEN(IS_NOT("service_namespace", "elasticmapreduce")),
		 "TargetTrackingScaling—Not supported for Amazon EMR.",
		 AAS "PutScalingPolicy PolicyType"),
	AWS_SAYS("applicationautoscaling.predictive_ecs_only",
		 "awscc.applicationautoscaling.scaling_policy", AWS_CALL_ANY,
		 WHEN(IS("policy_type", "PredictiveScaling")), THEN(IS("service_namespace", "ecs")),
		 "PredictiveScaling—Only supported for Amazon ECS.",
		 AAS "PutScalingPolicy PolicyType"),
	/* a policy's configuration by its type */
	AWS_SAYS("applicationautoscaling.step_configuration",
		 "awscc.applicationautoscaling.scaling_policy", AWS_CALL_CREATE,
		 WHEN(IS("policy_type", "StepScaling")),
		 THEN(SET("step_scaling_policy_configuration")),
		 "This parameter is required if you are creating a policy and the policy type is "
		 "StepScaling.", AAS "PutScalingPolicy StepScalingPolicyConfiguration"),
	AWS_SAYS("applicationautoscaling.tracking_configuration",
		 "awscc.applicationautoscaling.scaling_policy", AWS_CALL_CREATE,
		 WHEN(IS("policy_type", "TargetTrackingScaling")),
		 THEN(SET("target_tracking_scaling_policy_configuration")),
		 "This parameter is required if you are creating a policy and the policy type is "
		 "TargetTrackingScaling.",
		 AAS "PutScalingPolicy TargetTrackingScalingPolicyConfiguration"),
	/* step scaling */
	AWS_SAYS("applicationautoscaling.adjustment_type",
		 "awscc.applicationautoscaling.scaling_policy", AWS_CALL_CREATE,
		 WHEN(SET("step_scaling_policy_configuration")), THEN(SET(STEP "adjustment_type")),
		 "AdjustmentType is required if you are adding a new step scaling policy "
		 "configuration.",
		 AAS "PutScalingPolicy StepScalingPolicyConfiguration.AdjustmentType"),
	AWS_SAYS("applicationautoscaling.step_adjustments",
		 "awscc.applicationautoscaling.scaling_policy", AWS_CALL_CREATE,
		 WHEN(SET("step_scaling_policy_configuration")),
		 THEN(SET(STEP "step_adjustments"), LEN_IN(STEP "step_adjustments", 1, 1e9)),
		 "At least one step adjustment is required if you are adding a new step scaling "
		 "policy configuration.",
		 AAS "PutScalingPolicy StepScalingPolicyConfiguration.StepAdjustments"),
	AWS_SAYS("applicationautoscaling.step_bounds_ordered",
		 "awscc.applicationautoscaling.scaling_policy", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(STEP "step_adjustments", ALWAYS,
			   THEN(BELOW("metric_interval_lower_bound",
				      "metric_interval_upper_bound")))),
		 "The upper bound must be greater than the lower bound.",
		 AAS "PutScalingPolicy StepScalingPolicyConfiguration.StepAdjustments."
		 "MetricIntervalUpperBound"),
	AWS_SAYS("applicationautoscaling.step_a_bound",
		 "awscc.applicationautoscaling.scaling_policy", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(STEP "step_adjustments", ALWAYS,
			   THEN(ANY_OF(SET("metric_interval_lower_bound"),
				       SET("metric_interval_upper_bound"))))),
		 "You must specify at least one upper or lower bound.",
		 "CloudFormation registry: AWS::ApplicationAutoScaling::ScalingPolicy "
		 "StepAdjustment.MetricIntervalLowerBound"),
	AWS_SAYS("applicationautoscaling.exact_capacity_non_negative",
		 "awscc.applicationautoscaling.scaling_policy", AWS_CALL_ANY,
		 WHEN(IS(STEP "adjustment_type", "ExactCapacity")),
		 THEN(EACH(STEP "step_adjustments", ALWAYS,
			   THEN(IN("scaling_adjustment", 0, 1e300)))),
		 "For exact capacity, you must specify a non-negative value.",
		 AAS "PutScalingPolicy StepScalingPolicyConfiguration.StepAdjustments."
		 "ScalingAdjustment"),
	/* target tracking */
	AWS_SAYS("applicationautoscaling.tracking_one_metric",
		 "awscc.applicationautoscaling.scaling_policy", AWS_CALL_ANY,
		 WHEN(SET("target_tracking_scaling_policy_configuration")),
		 THEN(EXACTLY_ONE_OF(SET(TRACKING "predefined_metric_specification"),
				     SET(TRACKING "customized_metric_specification"))),
		 "You can specify either a predefined metric or a customized metric.",
		 AAS "PutScalingPolicy TargetTrackingScalingPolicyConfiguration."
		 "PredefinedMetricSpecification"),
	AWS_SAYS("applicationautoscaling.resource_label_alb",
		 "awscc.applicationautoscaling.scaling_policy", AWS_CALL_ANY,
		 WHEN(SET(TRACKING "predefined_metric_specification.resource_label")),
		 THEN(IS(TRACKING "predefined_metric_specification.predefined_metric_type",
			 "ALBRequestCountPerTarget")),
		 "You can't specify a resource label unless the metric type is "
		 "ALBRequestCountPerTarget and there is a target group attached to the Spot Fleet "
		 "or ECS service.",
		 AAS "PutScalingPolicy TargetTrackingScalingPolicyConfiguration."
		 "PredefinedMetricSpecification.ResourceLabel"),
	AWS_SAYS("applicationautoscaling.target_value_range",
		 "awscc.applicationautoscaling.scaling_policy", AWS_CALL_ANY, ALWAYS,
		 THEN(IN(TRACKING "target_value", -TARGET_BOUND, TARGET_BOUND)),
		 "Values must be in the range of -2^360 to 2^360.",
		 AAS "PutScalingPolicy TargetTrackingScalingPolicyConfiguration.TargetValue"),
	/* predictive scaling */
	AWS_SAYS("applicationautoscaling.pair_or_load_and_scaling",
		 "awscc.applicationautoscaling.scaling_policy", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH(PREDICTIVE "metric_specifications",
			   WHEN(UNSET("predefined_metric_pair_specification")),
			   THEN(ANY_OF(SET("predefined_load_metric_specification"),
				       SET("customized_load_metric_specification")),
				ANY_OF(SET("predefined_scaling_metric_specification"),
				       SET("customized_scaling_metric_specification"))))),
		 "You must specify either a metric pair, or a load metric and a scaling metric "
		 "individually.",
		 "CloudFormation registry: AWS::ApplicationAutoScaling::ScalingPolicy "
		 "PredictiveScalingMetricSpecification"),
	AWS_SAYS("applicationautoscaling.buffer_with_increase",
		 "awscc.applicationautoscaling.scaling_policy", AWS_CALL_ANY,
		 WHEN(IS(PREDICTIVE "max_capacity_breach_behavior", "IncreaseMaxCapacity")),
		 THEN(SET(PREDICTIVE "max_capacity_buffer")),
		 "Required if the MaxCapacityBreachBehavior property is set to "
		 "IncreaseMaxCapacity, and cannot be used otherwise.",
		 AAS "PutScalingPolicy PredictiveScalingPolicyConfiguration.MaxCapacityBuffer"),
	AWS_SAYS("applicationautoscaling.buffer_only_increase",
		 "awscc.applicationautoscaling.scaling_policy", AWS_CALL_ANY,
		 WHEN(SET(PREDICTIVE "max_capacity_buffer")),
		 THEN(IS(PREDICTIVE "max_capacity_breach_behavior", "IncreaseMaxCapacity")),
		 "Required if the MaxCapacityBreachBehavior property is set to "
		 "IncreaseMaxCapacity, and cannot be used otherwise.",
		 AAS "PutScalingPolicy PredictiveScalingPolicyConfiguration.MaxCapacityBuffer"),
	/* metric data queries */
	AWS_SAYS("applicationautoscaling.query_expression_or_stat",
		 "awscc.applicationautoscaling.scaling_policy", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH_QUERY(EXACTLY_ONE_OF(SET("expression"), SET("metric_stat")))),
		 "Conditional: Within each MetricDataQuery object, you must specify either "
		 "Expression or MetricStat, but not both.",
		 AAS "PutScalingPolicy TargetTrackingScalingPolicyConfiguration."
		 "CustomizedMetricSpecification.Metrics.MetricStat"),
	AWS_SAYS("applicationautoscaling.query_id_lowercase",
		 "awscc.applicationautoscaling.scaling_policy", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH_QUERY(MATCHES("id", "^[a-z]"))),
		 "The first character must be a lowercase letter.",
		 AAS "PutScalingPolicy TargetTrackingScalingPolicyConfiguration."
		 "CustomizedMetricSpecification.Metrics.Id"),
	AWS_SAYS("applicationautoscaling.query_id_characters",
		 "awscc.applicationautoscaling.scaling_policy", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH_QUERY(MATCHES("id", "^[A-Za-z0-9_]*$"))),
		 "The valid characters are letters, numbers, and underscores.",
		 AAS "PutScalingPolicy TargetTrackingScalingPolicyConfiguration."
		 "CustomizedMetricSpecification.Metrics.Id"),
	AWS_SAYS("applicationautoscaling.query_ids_unique",
		 "awscc.applicationautoscaling.scaling_policy", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH_QUERY_LIST(METRIC_QUERY_IDS_UNIQUE)),
		 "This name must be unique among all MetricDataQuery objects specified for a "
		 "single scaling policy.",
		 AAS "PutScalingPolicy TargetTrackingScalingPolicyConfiguration."
		 "CustomizedMetricSpecification.Metrics.Id"),
	AWS_SAYS("applicationautoscaling.query_one_returns",
		 "awscc.applicationautoscaling.scaling_policy", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH_QUERY_LIST(METRIC_QUERY_ONE_RETURNS)),
		 "You must specify false for ReturnData for all the other metrics and expressions "
		 "used in the metric specification.",
		 AAS "PutScalingPolicy TargetTrackingScalingPolicyConfiguration."
		 "CustomizedMetricSpecification.Metrics.ReturnData"),
	{ NULL },
};
