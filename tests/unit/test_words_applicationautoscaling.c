/*
 * test_words_applicationautoscaling.c: the words rows (AWS_SAYS,
 * checks/words.c) of Application Auto Scaling's awscc types
 * (applicationautoscaling/rules.c; the ledger
 * checks/words/application-autoscaling.words), the census's third scope,
 * each through aws_constraints_check: a resource it refuses, whose message
 * names the attribute, quotes AWS's sentence and names its document, and
 * its passing twin; every such row has a case here. And the written rule of
 * a scheduled action's time zone (rule_applicationautoscaling_time_zones).
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

#define TARGET_TYPE "awscc.applicationautoscaling.scalable_target"
#define POLICY_TYPE "awscc.applicationautoscaling.scaling_policy"
/* a scalable target of namespace NS with MORE */
#define TARGET(NS, MORE) "{'resource_id': 'service/c/s', 'scalable_dimension': " \
	"'ecs:service:DesiredCount', 'service_namespace': '" NS "', 'max_capacity': 4" MORE "}"
/* a policy of type TYPE on an ECS service, with MORE */
#define POLICY(TYPE, MORE) "{'policy_name': 'p', 'policy_type': '" TYPE "', 'resource_id': " \
	"'service/c/s', 'scalable_dimension': 'ecs:service:DesiredCount', 'service_namespace': " \
	"'ecs'" MORE "}"
/* a policy of type TYPE on namespace NS, its configuration MORE */
#define ON(TYPE, NS, MORE) "{'policy_name': 'p', 'policy_type': '" TYPE "', 'resource_id': " \
	"'t/x', 'scalable_dimension': 'dynamodb:table:ReadCapacityUnits', 'service_namespace': '" \
	NS "'" MORE "}"
#define STEP_CONFIG ", 'step_scaling_policy_configuration': {'adjustment_type': " \
	"'ChangeInCapacity', 'step_adjustments': [{'metric_interval_lower_bound': 0, " \
	"'scaling_adjustment': 1}]}"
#define TRACK_CONFIG ", 'target_tracking_scaling_policy_configuration': {'target_value': 50, " \
	"'predefined_metric_specification': {'predefined_metric_type': " \
	"'DynamoDBReadCapacityUtilization'}}"
/* a step scaling policy's configuration MORE */
#define STEP(MORE) POLICY("StepScaling", ", 'step_scaling_policy_configuration': {" MORE "}")
#define STEPS(LIST) STEP("'adjustment_type': 'ChangeInCapacity', 'step_adjustments': [" LIST "]")
#define BOUNDS(LOWER, UPPER) "{'metric_interval_lower_bound': " LOWER ", " \
	"'metric_interval_upper_bound': " UPPER ", 'scaling_adjustment': 1}"
/* a target tracking policy's configuration MORE */
#define TRACK(MORE) POLICY("TargetTrackingScaling", \
			   ", 'target_tracking_scaling_policy_configuration': {" MORE "}")
#define CPU "'predefined_metric_specification': {'predefined_metric_type': " \
	"'ECSServiceAverageCPUUtilization'}"
/* a target tracking policy naming its target by MORE */
#define BY(MORE) "{'policy_name': 'p', 'policy_type': 'TargetTrackingScaling', " \
	"'target_tracking_scaling_policy_configuration': {'target_value': 50, " CPU "}" MORE "}"
/* a customized target tracking metric of queries QUERIES */
#define METRICS(QUERIES) TRACK("'target_value': 50, 'customized_metric_specification': {" \
			       "'metrics': [" QUERIES "]}")
#define STAT "'metric_stat': {'metric': {'metric_name': 'm', 'namespace': 'n'}, 'stat': 'Sum'}"
/* a predictive policy of one metric specification SPEC, and MORE */
#define PREDICT(SPEC, MORE) POLICY("PredictiveScaling", \
	", 'predictive_scaling_policy_configuration': {'metric_specifications': [{" \
	"'target_value': 40, " SPEC "}]" MORE "}")
#define PAIR "'predefined_metric_pair_specification': {'predefined_metric_type': " \
	"'ECSServiceCPUUtilization'}"
#define LOAD_OF(QUERIES) "'customized_load_metric_specification': {'metric_data_queries': [" \
	QUERIES "]}, 'predefined_scaling_metric_specification': {'predefined_metric_type': " \
	"'ECSServiceAverageCPUUtilization'}"

/* Each row's refused resource and its passing twin. */
static const struct words_case cases[] = {
	{ "applicationautoscaling.min_capacity_zero", TARGET_TYPE, "min_capacity",
	  TARGET("ecs", ", 'min_capacity': -1"), NULL, TARGET("ecs", ", 'min_capacity': 0"), NULL },
	{ "applicationautoscaling.emr_role", TARGET_TYPE, "role_arn",
	  TARGET("elasticmapreduce", ", 'min_capacity': 1"), NULL,
	  TARGET("elasticmapreduce", ", 'min_capacity': 1, 'role_arn': "
		 "'arn:aws:iam::123456789012:role/emr'"), NULL },
	{ "applicationautoscaling.target_id_or_names", POLICY_TYPE, "resource_id",
	  BY(", 'service_namespace': 'ecs'"), NULL, BY(", 'scaling_target_id': 't'"), NULL },
	{ "applicationautoscaling.target_id_not_names", POLICY_TYPE, "resource_id",
	  BY(", 'scaling_target_id': 't', 'resource_id': 'service/c/s'"), NULL,
	  BY(", 'scaling_target_id': 't'"), NULL },
	{ "applicationautoscaling.step_scaling_services", POLICY_TYPE, "service_namespace",
	  ON("StepScaling", "dynamodb", STEP_CONFIG), NULL,
	  ON("TargetTrackingScaling", "dynamodb", TRACK_CONFIG), NULL },
	{ "applicationautoscaling.target_tracking_not_emr", POLICY_TYPE, "service_namespace",
	  ON("TargetTrackingScaling", "elasticmapreduce", TRACK_CONFIG), NULL,
	  ON("StepScaling", "elasticmapreduce", STEP_CONFIG), NULL },
	{ "applicationautoscaling.predictive_ecs_only", POLICY_TYPE, "service_namespace",
	  ON("PredictiveScaling", "dynamodb", ""), NULL, ON("PredictiveScaling", "ecs", ""), NULL },
	{ "applicationautoscaling.step_configuration", POLICY_TYPE,
	  "step_scaling_policy_configuration", POLICY("StepScaling", ""), NULL,
	  STEPS(BOUNDS("0", "10")), NULL },
	{ "applicationautoscaling.tracking_configuration", POLICY_TYPE,
	  "target_tracking_scaling_policy_configuration", POLICY("TargetTrackingScaling", ""),
	  NULL, TRACK("'target_value': 50, " CPU), NULL },
	{ "applicationautoscaling.adjustment_type", POLICY_TYPE,
	  "step_scaling_policy_configuration.adjustment_type",
	  STEP("'step_adjustments': [" BOUNDS("0", "10") "]"), NULL, STEPS(BOUNDS("0", "10")),
	  NULL },
	{ "applicationautoscaling.step_adjustments", POLICY_TYPE,
	  "step_scaling_policy_configuration.step_adjustments",
	  STEP("'adjustment_type': 'ChangeInCapacity'"), NULL, STEPS(BOUNDS("0", "10")), NULL },
	{ "applicationautoscaling.step_bounds_ordered", POLICY_TYPE,
	  "step_scaling_policy_configuration.step_adjustments[0].metric_interval_lower_bound",
	  STEPS(BOUNDS("10", "10")), NULL, STEPS(BOUNDS("0", "10")), NULL },
	{ "applicationautoscaling.step_a_bound", POLICY_TYPE,
	  "step_scaling_policy_configuration.step_adjustments[0].metric_interval_lower_bound",
	  STEPS("{'scaling_adjustment': 1}"), NULL,
	  STEPS("{'metric_interval_lower_bound': 0, 'scaling_adjustment': 1}"), NULL },
	{ "applicationautoscaling.exact_capacity_non_negative", POLICY_TYPE,
	  "step_scaling_policy_configuration.step_adjustments[0].scaling_adjustment",
	  STEP("'adjustment_type': 'ExactCapacity', 'step_adjustments': [{"
	       "'metric_interval_lower_bound': 0, 'scaling_adjustment': -1}]"), NULL,
	  STEP("'adjustment_type': 'ChangeInCapacity', 'step_adjustments': [{"
	       "'metric_interval_lower_bound': 0, 'scaling_adjustment': -1}]"), NULL },
	{ "applicationautoscaling.tracking_one_metric", POLICY_TYPE,
	  "target_tracking_scaling_policy_configuration.predefined_metric_specification",
	  TRACK("'target_value': 50"), NULL,
	  TRACK("'target_value': 50, " CPU), NULL },
	{ "applicationautoscaling.resource_label_alb", POLICY_TYPE,
	  "target_tracking_scaling_policy_configuration.predefined_metric_specification."
	  "predefined_metric_type",
	  TRACK("'target_value': 50, 'predefined_metric_specification': {"
		"'predefined_metric_type': 'ECSServiceAverageCPUUtilization', 'resource_label': "
		"'app/lb/1/targetgroup/tg/2'}"), NULL,
	  TRACK("'target_value': 50, 'predefined_metric_specification': {"
		"'predefined_metric_type': 'ALBRequestCountPerTarget', 'resource_label': "
		"'app/lb/1/targetgroup/tg/2'}"), NULL },
	{ "applicationautoscaling.target_value_range", POLICY_TYPE,
	  "target_tracking_scaling_policy_configuration.target_value",
	  TRACK("'target_value': 1e109, " CPU), NULL, TRACK("'target_value': 1e108, " CPU), NULL },
	{ "applicationautoscaling.pair_or_load_and_scaling", POLICY_TYPE,
	  "predictive_scaling_policy_configuration.metric_specifications[0]."
	  "predefined_scaling_metric_specification",
	  PREDICT("'predefined_load_metric_specification': {'predefined_metric_type': "
		  "'ECSServiceTotalCPUUtilization'}", ""), NULL, PREDICT(PAIR, ""), NULL },
	{ "applicationautoscaling.buffer_with_increase", POLICY_TYPE,
	  "predictive_scaling_policy_configuration.max_capacity_buffer",
	  PREDICT(PAIR, ", 'max_capacity_breach_behavior': 'IncreaseMaxCapacity'"), NULL,
	  PREDICT(PAIR, ", 'max_capacity_breach_behavior': 'IncreaseMaxCapacity', "
		  "'max_capacity_buffer': 10"), NULL },
	{ "applicationautoscaling.buffer_only_increase", POLICY_TYPE,
	  "predictive_scaling_policy_configuration.max_capacity_breach_behavior",
	  PREDICT(PAIR, ", 'max_capacity_breach_behavior': 'HonorMaxCapacity', "
		  "'max_capacity_buffer': 10"), NULL,
	  PREDICT(PAIR, ", 'max_capacity_breach_behavior': 'HonorMaxCapacity'"), NULL },
	{ "applicationautoscaling.query_expression_or_stat", POLICY_TYPE,
	  "target_tracking_scaling_policy_configuration.customized_metric_specification."
	  "metrics[0].expression",
	  METRICS("{'id': 'm1', 'expression': 'm2 * 2', " STAT "}"), NULL,
	  METRICS("{'id': 'm1', " STAT "}"), NULL },
	{ "applicationautoscaling.query_id_lowercase", POLICY_TYPE,
	  "predictive_scaling_policy_configuration.metric_specifications[0]."
	  "customized_load_metric_specification.metric_data_queries[0].id",
	  PREDICT(LOAD_OF("{'id': 'Load', " STAT "}"), ""), NULL,
	  PREDICT(LOAD_OF("{'id': 'load', " STAT "}"), ""), NULL },
	{ "applicationautoscaling.query_id_characters", POLICY_TYPE,
	  "target_tracking_scaling_policy_configuration.customized_metric_specification."
	  "metrics[0].id",
	  METRICS("{'id': 'm-1', " STAT "}"), NULL, METRICS("{'id': 'm_1', " STAT "}"), NULL },
	{ "applicationautoscaling.query_ids_unique", POLICY_TYPE,
	  "target_tracking_scaling_policy_configuration.customized_metric_specification."
	  "metrics[1].id",
	  METRICS("{'id': 'm1', " STAT ", 'return_data': false}, {'id': 'm1', 'expression': "
		  "'m1 * 2'}"), NULL,
	  METRICS("{'id': 'm1', " STAT ", 'return_data': false}, {'id': 'e1', 'expression': "
		  "'m1 * 2'}"), NULL },
	{ "applicationautoscaling.query_one_returns", POLICY_TYPE,
	  "target_tracking_scaling_policy_configuration.customized_metric_specification.metrics",
	  METRICS("{'id': 'm1', " STAT ", 'return_data': true}, {'id': 'e1', 'expression': "
		  "'m1 * 2', 'return_data': true}"), NULL,
	  METRICS("{'id': 'm1', " STAT ", 'return_data': false}, {'id': 'e1', 'expression': "
		  "'m1 * 2', 'return_data': true}"), NULL },
};

static const char *const services[] = { "applicationautoscaling.", NULL };

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
					 "test_words_applicationautoscaling.c");
}

/* What the rows leave alone: a minimum of -1 where AWS gives no minimum
 * (DynamoDB's, which its error names), a policy of a type on a target it
 * names by id (its namespace not written), a predictive buffer without a
 * behavior (AWS's default not known here), a single query's ReturnData
 * unset, a step adjustment's bounds one of them unset. */
static void test_applicationautoscaling_leaves(void **state)
{
	static const char *const passing[][2] = {
		{ TARGET_TYPE, "{'resource_id': 'table/t', 'scalable_dimension': "
			       "'dynamodb:table:ReadCapacityUnits', 'service_namespace': "
			       "'dynamodb', 'min_capacity': -1, 'max_capacity': 4}" },
		{ POLICY_TYPE, "{'policy_name': 'p', 'policy_type': 'PredictiveScaling', "
			       "'scaling_target_id': 't', 'predictive_scaling_policy_configuration': "
			       "{'metric_specifications': [{'target_value': 40, " PAIR "}]}}" },
		{ POLICY_TYPE, PREDICT(PAIR, ", 'max_capacity_buffer': 10") },
		{ POLICY_TYPE, METRICS("{'id': 'm1', " STAT "}") },
		{ POLICY_TYPE, STEPS(BOUNDS("0", "10") ", {'metric_interval_lower_bound': 10, "
			       "'scaling_adjustment': 2}") },
		{ POLICY_TYPE, TRACK("'target_value': '${var.target}', " CPU) },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(passing) / sizeof(*passing); i++) {
		struct strbuf err = STRBUF_INIT;
		if (words_judge(passing[i][0], passing[i][1], NULL, NULL, &err))
			fail_msg("refused %s: %s", passing[i][1], err.buf);
		strbuf_release(&err);
	}
}

/* A scheduled action's time zone (rule_applicationautoscaling_time_zones):
 * an IANA name, a zone or a link. */
static void test_applicationautoscaling_time_zones(void **state)
{
#define ACTION(ZONE) TARGET("ecs", ", 'min_capacity': 1, 'scheduled_actions': [{" \
			    "'scheduled_action_name': 'a', 'schedule': 'cron(0 9 * * ? *)', " \
			    "'timezone': '" ZONE "'}]")
	static const char *const passing[] = { ACTION("Pacific/Tahiti"), ACTION("Etc/GMT+9"),
					       ACTION("US/Eastern"), ACTION("${var.zone}") };
	struct strbuf err = STRBUF_INIT;

	(void)state;
	if (!words_judge(TARGET_TYPE, ACTION("Mars/Olympus"), NULL, NULL, &err))
		fail_msg("accepted a time zone no IANA name");
	if (!strstr(err.buf, "scheduled_actions[0].timezone") || !strstr(err.buf, "Joda-Time"))
		fail_msg("message \"%s\" lacks the action or AWS's words", err.buf);
	strbuf_release(&err);
	for (size_t i = 0; i < sizeof(passing) / sizeof(*passing); i++) {
		if (words_judge(TARGET_TYPE, passing[i], NULL, NULL, &err))
			fail_msg("refused %s: %s", passing[i], err.buf);
		strbuf_release(&err);
	}
#undef ACTION
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_row_and_its_twin),
		cmocka_unit_test(test_every_row_has_a_case),
		cmocka_unit_test(test_applicationautoscaling_leaves),
		cmocka_unit_test(test_applicationautoscaling_time_zones),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
