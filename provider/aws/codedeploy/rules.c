/*
 * codedeploy/rules.c: AWS CodeDeploy's (applications, deployment configs,
 * deployment groups) rows of the one table of checks (checks/row.h) on the
 * awscc types of a service terrace's own code does not call (its objects
 * are made through Cloud Control alone): AWS's words of the census's third
 * scope (checks/words/gen_words.py, sentences.py's THIRD_SCOPE: botocore's
 * codedeploy). Its ledger: checks/words/codedeploy.words.
 */
#include "provider/aws/checks/rules.h"

#define CD "codedeploy CreateDeploymentGroup "
#define PAIRS "load_balancer_info.target_group_pair_info_list"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_codedeploy[] = {
	AWS_SAYS("codedeploy.alarms_at_most_10", "awscc.codedeploy.deployment_group", AWS_CALL_ANY,
		 ALWAYS, THEN(COUNT_IN("alarm_configuration.alarms", NULL, 0, 10)),
		 "A maximum of 10 alarms can be added.", CD "alarmConfiguration.alarms"),
	AWS_SAYS("codedeploy.alarm_name_255", "awscc.codedeploy.deployment_group", AWS_CALL_ANY,
		 ALWAYS, THEN(EACH("alarm_configuration.alarms", ALWAYS, THEN(LEN_IN("name", 0, 255)))),
		 "Maximum length is 255 characters.", CD "alarmConfiguration.alarms.name"),
	AWS_SAYS("codedeploy.termination_wait_2880", "awscc.codedeploy.deployment_group",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(IN("blue_green_deployment_configuration.terminate_blue_instances_on_deployment_"
			 "success.termination_wait_time_in_minutes", 0, 2880)),
		 "The maximum setting is 2880 minutes (2 days).",
		 CD "blueGreenDeploymentConfiguration.terminateBlueInstancesOnDeploymentSuccess."
		 "terminationWaitTimeInMinutes"),
	AWS_SAYS("codedeploy.ec2_tags_not_both", "awscc.codedeploy.deployment_group", AWS_CALL_ANY,
		 WHEN(SET("ec_2_tag_filters")), THEN(UNSET("ec_2_tag_set")),
		 "You can specify EC2TagFilters or Ec2TagSet, but not both.",
		 "CloudFormation registry: AWS::CodeDeploy::DeploymentGroup Ec2TagFilters"),
	AWS_SAYS("codedeploy.on_premises_tags_not_both", "awscc.codedeploy.deployment_group",
		 AWS_CALL_ANY, WHEN(SET("on_premises_instance_tag_filters")),
		 THEN(UNSET("on_premises_tag_set")),
		 "You can specify OnPremisesInstanceTagFilters or OnPremisesInstanceTagSet, but not "
		 "both.", "CloudFormation registry: AWS::CodeDeploy::DeploymentGroup "
		 "OnPremisesInstanceTagFilters"),
	AWS_SAYS("codedeploy.deployment_not_auto_rollback", "awscc.codedeploy.deployment_group",
		 AWS_CALL_ANY, WHEN(SET("deployment")), THEN(UNSET("auto_rollback_configuration")),
		 "If you specify this property, don't specify the AutoRollbackConfiguration "
		 "property.", "CloudFormation registry: AWS::CodeDeploy::DeploymentGroup Deployment"),
	AWS_SAYS("codedeploy.target_group_pair_one", "awscc.codedeploy.deployment_group",
		 AWS_CALL_ANY, ALWAYS, THEN(COUNT_IN(PAIRS, NULL, 0, 1)),
		 "This is an array of TargeGroupPairInfo objects with a maximum size of one.",
		 CD "loadBalancerInfo.targetGroupPairInfoList"),
	AWS_SAYS("codedeploy.listener_arns_one", "awscc.codedeploy.deployment_group", AWS_CALL_ANY,
		 ALWAYS, THEN(EACH(PAIRS, ALWAYS,
				   THEN(COUNT_IN("prod_traffic_route.listener_arns", NULL, 0, 1),
					COUNT_IN("test_traffic_route.listener_arns", NULL, 0, 1)))),
		 "This is an array of strings with a maximum size of one.",
		 CD "loadBalancerInfo.targetGroupPairInfoList.prodTrafficRoute.listenerArns"),
	AWS_SAYS("codedeploy.bundle_type", "awscc.codedeploy.deployment_group", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(IS("deployment.revision.s3_location.bundle_type", "tar", "tgz", "zip", "YAML",
			 "JSON")),
		 "Must be one of the following:", "codedeploy CreateDeployment "
		 "revision.s3Location.bundleType (tar, tgz, zip, YAML, JSON: the model's BundleType)"),
	{ NULL },
};
