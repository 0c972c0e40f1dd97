/*
 * convert_tf_types.c: which of the AWS provider's resource types `terrace
 * convert -from terraform` carries, and as what. tf_written[]: an aws_*
 * type as a written type of terrace's (aws.*) where one is the same
 * object, else as the awscc type of the same CloudFormation type; the
 * table covers the commonest types of public configurations
 * (stacks/tf_type_counts.txt, counted by stacks/tf_type_counts.py; docs/
 * convert.md says how). The resources Terraform splits off an object
 * terrace's type holds whole are folded into it by convert_tf_folds.c.
 * tf_left_out_why(): why a type is left
 * out, with what to write instead (the utility providers: random, time,
 * null, terraform_data, local, tls). A type's own conversion where
 * Terraform's shape is not terrace's (tf_type_finish) is
 * convert_tf_finish.c's, a resource's dynamic blocks convert_tf_dynamic.c's,
 * the references to attributes a type names otherwise or builds of what it
 * has (tf_derived[], tf_attrs_by_type) convert_tf_refs.c's.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "provider/base/diag.h"
#include "stacks/convert_tf_internal.h"
#include "stacks/expr_internal.h"

const struct tf_written tf_written[] = {
	/* written types */
	{ "aws_cloudwatch_event_rule", "aws.events.rule", { NULL }, "id", NULL, { NULL } },
	{ "aws_cloudwatch_log_group", "aws.logs.log_group", { NULL }, "name", NULL, { NULL } },
	{ "aws_cloudwatch_log_metric_filter", "aws.logs.metric_filter", { NULL }, NULL, NULL,
	  { NULL } },
	{ "aws_cloudwatch_log_stream", "aws.logs.log_stream", { NULL }, NULL, NULL, { NULL } },
	{ "aws_cloudwatch_metric_alarm", "aws.cloudwatch.metric_alarm", { NULL }, "alarm_name",
	  NULL, { NULL } },
	{ "aws_codebuild_project", "aws.codebuild.project", { NULL }, "name", NULL, { NULL } },
	{ "aws_codecommit_repository", "aws.codecommit.repository", { "id", "repository_name", NULL },
	  "repository_name", NULL, { NULL } },
	/* username and password are CloudFormation's MasterUsername and
	 * MasterUserPassword; a database set as the module sets it (storage
	 * type, parameter group, monitoring, a replica's source) is the awscc
	 * twin, AWS::RDS::DBInstance, by CloudFormation's names */
	{ "aws_db_instance", "aws.rds.instance", { "username", "master_username", "password",
						   "master_password", NULL }, "identifier",
	  "awscc.rds.db_instance",
	  { "identifier", "db_instance_identifier", "instance_class", "db_instance_class",
	    "username", "master_username", "password", "master_user_password",
	    "parameter_group_name", "db_parameter_group_name", "vpc_security_group_ids",
	    "vpc_security_groups", "iam_database_authentication_enabled",
	    "enable_iam_database_authentication", "performance_insights_enabled",
	    "enable_performance_insights", "enabled_cloudwatch_logs_exports",
	    "enable_cloudwatch_logs_exports", "ca_cert_identifier", "ca_certificate_identifier",
	    "backup_window", "preferred_backup_window", "maintenance_window",
	    "preferred_maintenance_window", "replicate_source_db", "source_db_instance_identifier",
	    "snapshot_identifier", "db_snapshot_identifier", "arn", "db_instance_arn",
	    "resource_id", "dbi_resource_id", "status", "db_instance_status", NULL } },
	{ "aws_db_subnet_group", "aws.rds.subnet_group", { NULL }, "name", NULL, { NULL } },
	{ "aws_dynamodb_table", "aws.dynamodb.table", { NULL }, "name", NULL, { NULL } },
	{ "aws_ecr_repository", "aws.ecr.repository", { NULL }, "name", NULL, { NULL } },
	{ "aws_ecs_cluster", "aws.ecs.cluster", { NULL }, "name", NULL, { NULL } },
	{ "aws_ecs_task_definition", "aws.ecs.task_definition", { NULL }, "arn", NULL, { NULL } },
	{ "aws_eip", "aws.ec2.eip", { NULL }, "allocation_id", NULL, { NULL } },
	{ "aws_glue_catalog_database", "aws.glue.database", { "id", "name", NULL }, "name", NULL,
	  { NULL } },
	{ "aws_iam_group", "aws.iam.group", { "unique_id", "group_id", NULL }, "name", NULL,
	  { NULL } },
	{ "aws_iam_instance_profile", "aws.iam.instance_profile", { "unique_id",
								    "instance_profile_id", NULL },
	  "name", NULL, { NULL } },
	{ "aws_iam_policy", "aws.iam.policy", { NULL }, "arn", NULL, { NULL } },
	{ "aws_iam_role", "aws.iam.role", { NULL }, "name", "awscc.iam.role",
	  { "name", "role_name", "assume_role_policy", "assume_role_policy_document", "unique_id",
	    "role_id", NULL } },
	{ "aws_iam_user", "aws.iam.user", { NULL }, "name", NULL, { NULL } },
	{ "aws_instance", "aws.ec2.instance", { NULL }, "id", NULL, { NULL } },
	{ "aws_internet_gateway", "aws.ec2.internet_gateway", { NULL }, "id", NULL, { NULL } },
	{ "aws_key_pair", "aws.ec2.key_pair", { NULL }, "key_name", NULL, { NULL } },
	{ "aws_kinesis_firehose_delivery_stream", "aws.firehose.delivery_stream", { NULL }, "name",
	  NULL, { NULL } },
	{ "aws_kinesis_stream", "aws.kinesis.stream", { "id", "arn", NULL }, "name", NULL, { NULL } },
	{ "aws_kms_alias", "aws.kms.alias", { NULL }, "name", NULL, { NULL } },
	{ "aws_kms_key", "aws.kms.key", { NULL }, "key_id", NULL, { NULL } },
	{ "aws_lambda_event_source_mapping", "aws.lambda.event_source_mapping", { NULL }, "id",
	  NULL, { NULL } },
	{ "aws_lambda_function", "aws.lambda.function", { "filename", "source", NULL },
	  "function_name", NULL, { NULL } },
	{ "aws_lambda_layer_version", "aws.lambda.layer_version", { "filename", "source",
								    "source_code_size", "code_size",
								    NULL },
	  "arn", NULL, { NULL } },
	{ "aws_lambda_permission", "aws.lambda.permission", { NULL }, NULL, NULL, { NULL } },
	{ "aws_nat_gateway", "aws.ec2.nat_gateway", { NULL }, "id", NULL, { NULL } },
	/* its protocol, ports and ICMP: convert_tf_network_acl.c */
	{ "aws_network_acl_rule", "aws.ec2.network_acl_entry", { NULL }, NULL, NULL, { NULL } },
	{ "aws_route_table", "aws.ec2.route_table", { "route", "routes", NULL }, "id", NULL,
	  { NULL } },
	{ "aws_route53_record", "aws.route53.record", { "type", "record_type", "fqdn", "name", NULL },
	  "id", NULL, { NULL } },
	{ "aws_s3_bucket", "aws.s3.bucket", { "bucket", "name", "id", "name", NULL }, "bucket", NULL,
	  { NULL } },
	{ "aws_s3_bucket_notification", "aws.s3.bucket_notification", { NULL }, "bucket", NULL,
	  { NULL } },
	{ "aws_s3_object", "aws.s3.object", { NULL }, NULL, NULL, { NULL } },
	{ "aws_scheduler_schedule", "aws.scheduler.schedule", { NULL }, "id", NULL, { NULL } },
	{ "aws_secretsmanager_secret", "aws.secretsmanager.secret", { "id", "arn", NULL }, "arn", NULL,
	  { NULL } },
	{ "aws_default_network_acl", "aws.ec2.default_network_acl", { NULL }, "id", NULL,
	  { NULL } },
	{ "aws_default_route_table", "aws.ec2.default_route_table", { "route", "routes", NULL },
	  "id", NULL, { NULL } },
	{ "aws_default_security_group", "aws.ec2.default_security_group", { NULL }, "id", NULL,
	  { NULL } },
	{ "aws_security_group", "aws.ec2.security_group", { NULL }, "id", NULL, { NULL } },
	{ "aws_security_group_rule", "aws.ec2.security_group_rule", { "type", "direction", NULL },
	  NULL, NULL, { NULL } },
	{ "aws_sfn_state_machine", "aws.sfn.state_machine", { "type", "state_machine_type", NULL },
	  "arn", NULL, { NULL } },
	/* a topic set as the module sets it (signature version, tracing, a
	 * FIFO topic's throughput scope, an archive or data protection
	 * policy) is the awscc twin, AWS::SNS::Topic */
	{ "aws_sns_topic", "aws.sns.topic", { "id", "arn", NULL }, "name", "awscc.sns.topic",
	  { "id", "topic_arn", "arn", "topic_arn", "name", "topic_name", NULL } },
	{ "aws_sns_topic_subscription", "aws.sns.subscription", { NULL }, "arn", NULL, { NULL } },
	{ "aws_sqs_queue", "aws.sqs.queue", { "id", "url", NULL }, "name", NULL, { NULL } },
	{ "aws_ssm_parameter", "aws.ssm.parameter", { "type", "parameter_type", NULL }, "name",
	  NULL, { NULL } },
	/* a subnet with an IPv6 block, IPv6 alone, DNS64 or its hosts' DNS
	 * names set (terraform-aws-vpc's, which sets them all) is the awscc
	 * twin, AWS::EC2::Subnet; its three private DNS name arguments are
	 * one PrivateDnsNameOptionsOnLaunch (convert_tf_awscc_shapes.c) */
	{ "aws_subnet", "aws.ec2.subnet", { NULL }, "id", "awscc.ec2.subnet", { "id", "subnet_id",
										  NULL } },
	{ "aws_vpc", "aws.ec2.vpc", { NULL }, "id", NULL, { NULL } },
	{ "aws_vpc_endpoint", "aws.ec2.vpc_endpoint", { NULL }, "id", NULL, { NULL } },
	/* the awscc type of the same CloudFormation type */
	{ "aws_appautoscaling_policy", "awscc.applicationautoscaling.scaling_policy",
	  { "name", "policy_name", NULL }, "arn", NULL, { NULL } },
	{ "aws_appautoscaling_target", "awscc.applicationautoscaling.scalable_target", { NULL },
	  NULL, NULL, { NULL } },
	{ "aws_cloudfront_distribution", "awscc.cloudfront.distribution", { NULL }, "id", NULL,
	  { NULL } },
	{ "aws_cloudwatch_event_archive", "awscc.events.archive", { "name", "archive_name",
								    "event_source_arn", "source_arn",
								    NULL }, "name", NULL, { NULL } },
	{ "aws_cloudwatch_event_bus", "awscc.events.event_bus", { NULL }, "name", NULL, { NULL } },
	{ "aws_cloudwatch_event_api_destination", "awscc.events.api_destination", { NULL }, "name",
	  NULL, { NULL } },
	{ "aws_cloudwatch_event_connection", "awscc.events.connection", { NULL }, "name", NULL,
	  { NULL } },
	/* a statement of an event bus's policy (its action defaulted as
	 * hashicorp/aws's schema does, convert_tf_finish.c) */
	{ "aws_cloudwatch_event_permission", "awscc.events.event_bus_policy", { NULL }, NULL, NULL,
	  { NULL } },
	/* the held-out set's (tests/corpus/tfheldout): its id is its ARN */
	{ "aws_cloudwatch_log_anomaly_detector", "awscc.logs.log_anomaly_detector",
	  { "arn", "anomaly_detector_arn", "id", "anomaly_detector_arn", NULL },
	  "anomaly_detector_arn", NULL, { NULL } },
	{ "aws_cloudwatch_log_delivery", "awscc.logs.delivery", { NULL }, "id", NULL, { NULL } },
	{ "aws_cloudwatch_log_delivery_destination", "awscc.logs.delivery_destination", { NULL },
	  "name", NULL, { NULL } },
	{ "aws_cloudwatch_log_delivery_source", "awscc.logs.delivery_source", { NULL }, "name",
	  NULL, { NULL } },
	{ "aws_cloudwatch_query_definition", "awscc.logs.query_definition",
	  { "id", "query_definition_id", NULL }, "query_definition_id", NULL, { NULL } },
	{ "aws_cognito_user", "awscc.cognito.user_pool_user", { NULL }, NULL, NULL, { NULL } },
	{ "aws_cognito_user_pool", "awscc.cognito.user_pool", { "name", "user_pool_name", NULL },
	  "id", NULL, { NULL } },
	{ "aws_cognito_user_pool_client", "awscc.cognito.user_pool_client",
	  { "name", "client_name", NULL }, NULL, NULL, { NULL } },
	{ "aws_customer_gateway", "awscc.ec2.customer_gateway", { NULL }, "id", NULL, { NULL } },
	{ "aws_db_parameter_group", "awscc.rds.db_parameter_group",
	  { "name", "db_parameter_group_name", NULL }, "name", NULL, { NULL } },
	/* its option blocks are AWS::RDS::OptionGroup's OptionConfigurations */
	{ "aws_db_option_group", "awscc.rds.option_group",
	  { "name", "option_group_name", "option", "option_configurations", NULL }, "name", NULL,
	  { NULL } },
	{ "aws_ec2_managed_prefix_list", "awscc.ec2.prefix_list",
	  { "name", "prefix_list_name", "entry", "entries", NULL }, "id", NULL, { NULL } },
	{ "aws_ec2_transit_gateway", "awscc.ec2.transit_gateway", { NULL }, "id", NULL, { NULL } },
	{ "aws_ec2_transit_gateway_vpc_attachment", "awscc.ec2.transit_gateway_vpc_attachment",
	  { NULL }, "id", NULL, { NULL } },
	{ "aws_ecr_pull_through_cache_rule", "awscc.ecr.pull_through_cache_rule",
	  { "id", "ecr_repository_prefix", NULL }, "ecr_repository_prefix", NULL, { NULL } },
	{ "aws_ecr_registry_policy", "awscc.ecr.registry_policy",
	  { "policy", "policy_text", "id", "registry_id", NULL }, "registry_id", NULL, { NULL } },
	{ "aws_ecs_service", "awscc.ecs.service", { "name", "service_name", NULL }, NULL, NULL,
	  { NULL } },
	{ "aws_egress_only_internet_gateway", "awscc.ec2.egress_only_internet_gateway", { NULL },
	  "id", NULL, { NULL } },
	/* its id is its ARN, as AWS::IAM::SAMLProvider's primary identifier */
	{ "aws_iam_saml_provider", "awscc.iam.saml_provider", { "id", "arn", NULL }, "arn", NULL,
	  { NULL } },
	{ "aws_launch_template", "awscc.ec2.launch_template", { "name", "launch_template_name",
								NULL }, "id", NULL, { NULL } },
	{ "aws_lb", "awscc.elasticloadbalancingv2.load_balancer", { NULL }, "arn", NULL,
	  { NULL } },
	{ "aws_lb_listener", "awscc.elasticloadbalancingv2.listener",
	  { "default_action", "default_actions", NULL }, "arn", NULL, { NULL } },
	{ "aws_lb_listener_rule", "awscc.elasticloadbalancingv2.listener_rule",
	  { "action", "actions", "condition", "conditions", NULL }, "arn", NULL, { NULL } },
	{ "aws_lb_target_group", "awscc.elasticloadbalancingv2.target_group", { NULL }, "arn",
	  NULL, { NULL } },
	/* an Amazon MQ broker: its user blocks AWS::AmazonMQ::Broker's Users */
	{ "aws_mq_broker", "awscc.amazonmq.broker", { "user", "users", NULL }, "id", NULL,
	  { NULL } },
	/* its subnet_ids: associations (convert_tf_network_acl.c) */
	{ "aws_network_acl", "awscc.ec2.network_acl", { NULL }, "id", NULL, { NULL } },
	/* egress_only_gateway_id is AWS::EC2::Route's EgressOnlyInternetGatewayId */
	{ "aws_route", "awscc.ec2.route", { "egress_only_gateway_id", "egress_only_internet_gateway_id",
					    NULL }, NULL, NULL, { NULL } },
	{ "aws_route53_zone", "awscc.route53.hosted_zone", { "zone_id", "id", NULL }, "zone_id", NULL,
	  { NULL } },
	{ "aws_route_table_association", "awscc.ec2.subnet_route_table_association", { NULL },
	  "id", NULL, { NULL } },
	/* a secret's resource policy (PutResourcePolicy), its secret by ARN */
	{ "aws_secretsmanager_secret_policy", "awscc.secretsmanager.resource_policy",
	  { "secret_arn", "secret_id", "policy", "resource_policy", NULL }, "resource_policy_id",
	  NULL, { NULL } },
	{ "aws_secretsmanager_secret_rotation", "awscc.secretsmanager.rotation_schedule",
	  { NULL }, NULL, NULL, { NULL } },
	/* a VPC's secondary CIDR block: the subnets in it name the VPC through
	 * it (terraform-aws-vpc's local.vpc_id), so they wait for it */
	{ "aws_vpc_ipv4_cidr_block_association", "awscc.ec2.vpc_cidr_block", { NULL }, "id", NULL,
	  { NULL } },
	{ "aws_vpc_security_group_egress_rule", "awscc.ec2.security_group_egress",
	  { "security_group_id", "group_id", "cidr_ipv4", "cidr_ip", "cidr_ipv6", "cidr_ipv_6",
	    "referenced_security_group_id", "destination_security_group_id", NULL }, "id", NULL,
	  { NULL } },
	{ "aws_vpc_security_group_ingress_rule", "awscc.ec2.security_group_ingress",
	  { "security_group_id", "group_id", "cidr_ipv4", "cidr_ip", "cidr_ipv6", "cidr_ipv_6",
	    "referenced_security_group_id", "source_security_group_id", NULL }, "id", NULL,
	  { NULL } },
	{ "aws_wafv2_web_acl_association", "awscc.wafv2.web_acl_association", { NULL }, NULL,
	  NULL, { NULL } },
};
const size_t n_tf_written = sizeof(tf_written) / sizeof(tf_written[0]);

const struct tf_written *tf_written_find(const char *tf)
{
	for (size_t i = 0; i < n_tf_written; i++)
		if (!strcmp(tf_written[i].tf, tf))
			return &tf_written[i];
	return NULL;
}

/* Members of a block Terraform names otherwise than terrace's type: the
 * type, the block, Terraform's name, terrace's. */
static const char *const nested_renames[][4] = {
	{ "aws.ec2.route_table", "routes", "cidr_block", "destination_cidr_block" },
	{ "aws.ec2.default_route_table", "routes", "cidr_block", "destination_cidr_block" },
	{ "aws.ec2.security_group", "ingress", "security_groups", "security_group_ids" },
	{ "aws.ec2.security_group", "egress", "security_groups", "security_group_ids" },
	{ "aws.ec2.default_security_group", "ingress", "security_groups", "security_group_ids" },
	{ "aws.ec2.default_security_group", "egress", "security_groups", "security_group_ids" },
	{ "aws.sfn.state_machine", "logging_configuration", "log_destination", "log_group_arn" },
	{ "awscc.rds.option_group", "option_configurations", "version", "option_version" },
	/* an EventBridge connection's blocks: AWS::Events::Connection's names */
	{ "awscc.events.connection", "auth_parameters", "api_key", "api_key_auth_parameters" },
	{ "awscc.events.connection", "api_key_auth_parameters", "key", "api_key_name" },
	{ "awscc.events.connection", "api_key_auth_parameters", "value", "api_key_value" },
	{ "awscc.events.connection", "auth_parameters", "basic", "basic_auth_parameters" },
	{ "awscc.events.connection", "auth_parameters", "oauth", "o_auth_parameters" },
	{ "awscc.events.connection", "o_auth_parameters", "oauth_http_parameters",
	  "o_auth_http_parameters" },
	{ "awscc.events.connection", "invocation_http_parameters", "body", "body_parameters" },
	{ "awscc.events.connection", "invocation_http_parameters", "header", "header_parameters" },
	{ "awscc.events.connection", "invocation_http_parameters", "query_string",
	  "query_string_parameters" },
	{ "awscc.events.connection", "o_auth_http_parameters", "body", "body_parameters" },
	{ "awscc.events.connection", "o_auth_http_parameters", "header", "header_parameters" },
	{ "awscc.events.connection", "o_auth_http_parameters", "query_string",
	  "query_string_parameters" },
};

const char *tf_nested_renamed(const char *type, const char *block, const char *name)
{
	for (size_t i = 0; i < sizeof(nested_renames) / sizeof(nested_renames[0]); i++)
		if (!strcmp(type, nested_renames[i][0]) && !strcmp(block, nested_renames[i][1]) &&
		    !strcmp(name, nested_renames[i][2]))
			return nested_renames[i][3];
	return name;
}

static bool prune(struct conv *c, const struct decl *dc, const struct hcl_item *it, json_t *v,
		  const struct attr_schema *a)
{
	if (!a || !a->nested || (a->type != ATTR_OBJECT && a->type != ATTR_OBJECT_LIST))
		return true;
	if (json_is_array(v)) {
		size_t i;
		json_t *e;
		bool whole = true;
		json_array_foreach(v, i, e)
			whole = prune(c, dc, it, e, a) && whole;
		return whole;
	}
	if (!json_is_object(v))
		return true;
	for (size_t i = 0; i < sizeof(nested_renames) / sizeof(nested_renames[0]); i++) {
		json_t *e = json_object_get(v, nested_renames[i][2]);
		if (e && !strcmp(dc->rt->name, nested_renames[i][0]) &&
		    !strcmp(a->name, nested_renames[i][1])) {
			json_object_set(v, nested_renames[i][3], e);
			json_object_del(v, nested_renames[i][2]);
		}
	}
	const char *k;
	json_t *e;
	void *tmp;
	bool whole = true;
	json_object_foreach_safe(v, tmp, k, e) {
		const struct attr_schema *n = schema_find(a->nested, k);
		if (n && n->type == ATTR_OBJECT_LIST && json_is_object(e)) {
			/* a nested block of a list written once: a list of one */
			e = json_pack("[O]", e);
			json_object_set_new(v, k, e);
		}
		if (n) {
			whole = prune(c, dc, it, e, n) && whole;
			continue;
		}
		tf_left_out(c, &it->pos, "%s's %s left out: terrace's type has no such attribute "
			    "there", a->name, k);
		json_object_del(v, k);
	}
	for (const struct attr_schema *n = a->nested; n->name; n++)
		whole = whole && (!(n->flags & ATTR_REQUIRED) || json_object_get(v, n->name));
	return whole;
}

bool tf_prune_nested(struct conv *c, const struct decl *dc, const struct hcl_item *it,
		     json_t *v, const struct attr_schema *a)
{
	return prune(c, dc, it, v, a);
}

/* ---- left out ------------------------------------------------------------------- */

static const struct {
	const char *tf, *why;
} tf_why[] = {
	{ "aws_autoscaling_group", "its Terraform shape (launch_template's id, the tag blocks) is "
	  "not CloudFormation's: write it as awscc_autoscaling_auto_scaling_group" },
	/* no standalone CloudFormation type: a property of the owner's (the
	 * held-out set, tests/corpus/tfheldout) */
	{ "aws_cloudwatch_log_data_protection_policy", "CloudFormation holds it as the log "
	  "group's DataProtectionPolicy: write the group as awscc_logs_log_group with "
	  "data_protection_policy" },
	{ "aws_dynamodb_table_item", "no CloudFormation type holds a table's items: put them "
	  "with the aws CLI (aws dynamodb put-item) after apply" },
	{ "aws_ecr_lifecycle_policy", "CloudFormation holds it as the repository's "
	  "LifecyclePolicy: write the repository as awscc_ecr_repository with lifecycle_policy" },
	{ "aws_ecr_repository_policy", "CloudFormation holds it as the repository's "
	  "RepositoryPolicyText: write the repository as awscc_ecr_repository with "
	  "repository_policy_text" },
	{ "aws_ecrpublic_repository_policy", "CloudFormation holds it as the public repository's "
	  "RepositoryPolicyText: write the repository as awscc_ecr_public_repository with "
	  "repository_policy_text" },
	{ "aws_ec2_tag", "it tags an object another tool made: tag it where it is made" },
	/* no awscc twin either: the registry's AWS::KMS types are Key, Alias
	 * and ReplicaKey, its AWS::DirectoryService type SimpleAD alone
	 * (provider/aws/cloudcontrol/registry/awscc_types.txt) */
	{ "aws_kms_external_key", "CloudFormation has no key of imported material "
	  "(AWS::KMS::Key makes AWS_KMS keys): make it with KMS's CreateKey (Origin EXTERNAL) "
	  "and ImportKeyMaterial, and give its ARN as a variable" },
	{ "aws_kms_replica_external_key", "CloudFormation has no key of imported material "
	  "(AWS::KMS::ReplicaKey replicates AWS_KMS keys): make it with KMS's ReplicateKey and "
	  "ImportKeyMaterial, and give its ARN as a variable" },
	{ "aws_kms_grant", "CloudFormation has no grant: give the access in the key's policy "
	  "(policy), or make the grant with KMS's CreateGrant" },
	{ "aws_directory_service_directory", "CloudFormation's Cloud Control makes a SimpleAD "
	  "directory alone (awscc_directoryservice_simple_ad, for type SimpleAD): a MicrosoftAD "
	  "or ADConnector directory has no type of terrace; give its id and security group as "
	  "variables" },
	{ "aws_iam_policy_attachment", "an exclusive attachment to every role, user and group: "
	  "give the policy's ARN in each role's managed_policy_arns (aws.iam.role) or user's "
	  "policy_arns" },
	{ "null_resource", "terrace runs commands as ssh.command resources on a host, not on the "
	  "machine that applies: write the command there, or run it before apply" },
	{ "terraform_data", "terrace runs commands as ssh.command resources on a host; a value "
	  "to keep is a local or an output" },
	{ "time_sleep", "terrace waits for what each type's API says is ready; order the rest "
	  "with depends_on" },
	{ "time_static", "terrace keeps no timestamps in state: give the time as a variable" },
	{ "random_id", "terrace keeps no random values in state: write the name, or build it "
	  "from ${terrace.stack} and ${terrace.workspace}, unique per stack and workspace" },
	{ "random_pet", "terrace keeps no random values in state: write the name, or build it "
	  "from ${terrace.stack} and ${terrace.workspace}, unique per stack and workspace" },
	{ "random_string", "terrace keeps no random values in state: write the name, or build "
	  "it from ${terrace.stack} and ${terrace.workspace}, unique per stack and workspace" },
	{ "random_password", "terrace keeps no random values in state: give the password as a "
	  "sensitive variable, or keep it in an aws.secretsmanager.secret" },
	{ "random_uuid", "terrace keeps no random values in state: give it as a variable" },
	{ "local_file", "terrace writes no files on the machine that applies: make the content "
	  "an output (terrace output -raw NAME > FILE)" },
	{ "tls_private_key", "terrace keeps no private keys in state: make the key with "
	  "ssh-keygen and give its public half to aws.ec2.key_pair (public_key)" },
	{ "tls_self_signed_cert", "terrace makes no certificates: make it with openssl and "
	  "give it as a variable" },
};

const char *tf_left_out_why(const char *tf)
{
	for (size_t i = 0; i < sizeof(tf_why) / sizeof(tf_why[0]); i++)
		if (!strcmp(tf_why[i].tf, tf))
			return tf_why[i].why;
	return NULL;
}

/* ---- attributes a written type holds otherwise, or lacks ------------------------ */

/* Blocks of Terraform's holding one member that the written type has at its
 * top level: a record's routing (weighted_routing_policy { weight } is
 * weight, failover_routing_policy { type } failover). */
static const struct {
	const char *tf, *block, *member, *attr;
} tf_lifted[] = {
	{ "aws_route53_record", "weighted_routing_policy", "weight", "weight" },
	{ "aws_route53_record", "failover_routing_policy", "type", "failover" },
};

const char *tf_lifted_attr(const char *tf, const char *block, const char *member)
{
	for (size_t i = 0; i < sizeof(tf_lifted) / sizeof(tf_lifted[0]); i++)
		if (!strcmp(tf_lifted[i].tf, tf) && !strcmp(tf_lifted[i].block, block) &&
		    (!member || !strcmp(tf_lifted[i].member, member)))
			return tf_lifted[i].attr;
	return NULL;
}

#define ROUTE53_ROUTING "terrace's aws.route53.record routes by weight and failover only: the " \
	"record set without its routing would be another one (make it with the AWS CLI)"

/* What a written type lacks, with why: whole (the resource without it would
 * be another object, so it is left out whole: tf_check_required), or the
 * attribute alone; only, where the resource without it is the same object
 * while the argument has the value AWS takes when it is not sent (that
 * value's text, "null" for none) and another object else: the argument is
 * left out and a precondition fails the plan while its value is another
 * (tf_lacks_guard: a module passes it on from a variable). */
static const struct {
	const char *tf, *attr, *why;
	bool whole;
	const char *only;
} tf_lacks[] = {
	/* hashicorp/aws 6's region of each resource (modules set it, null by
	 * default: the provider's) */
	{ "*", "region", "terrace makes each resource in its provider's region (one in another "
	  "region belongs to a stack whose aws provider names that region)", false },
	{ "aws_route53_record", "allow_overwrite", "terrace never overwrites a record set it did "
	  "not make: bring one that exists in with terrace import (Terraform's id)", false },
	{ "aws_route53_record", "latency_routing_policy", ROUTE53_ROUTING, true },
	{ "aws_route53_record", "geolocation_routing_policy", ROUTE53_ROUTING, true },
	{ "aws_route53_record", "geoproximity_routing_policy", ROUTE53_ROUTING, true },
	{ "aws_route53_record", "cidr_routing_policy", ROUTE53_ROUTING, true },
	{ "aws_route53_record", "multivalue_answer_routing_policy", ROUTE53_ROUTING, true },
	/* Lambda's PackageType, Zip unless sent; an image's function is
	 * Code.ImageUri's (terraform-aws-lambda's container-image), which
	 * needs PackageType Image: package_type's precondition holds both */
	{ "aws_lambda_function", "package_type", "terrace's aws.lambda.function takes a zip "
	  "package (source, or an S3 object), not a container image: a function of an image is "
	  "awscc.lambda.function's (package_type, code.image_uri: write the resource as its "
	  "awscc_* twin)", false, "\"Zip\"" },
	{ "aws_lambda_function", "image_uri", "terrace's aws.lambda.function takes a zip package "
	  "(source, or an S3 object), not a container image: a function of an image is "
	  "awscc.lambda.function's (package_type, code.image_uri: write the resource as its "
	  "awscc_* twin)", false, NULL },
	/* PutFunctionCodeSigningConfig: without it the function takes code
	 * nobody signed (terraform-aws-lambda's code-signing) */
	{ "aws_lambda_function", "code_signing_config_arn", "terrace's aws.lambda.function has no "
	  "code signing configuration (Lambda's PutFunctionCodeSigningConfig): made without it, "
	  "the function would take code nobody signed; awscc.lambda.function has "
	  "code_signing_config_arn (write the resource as its awscc_* twin)", false, "null" },
};

const char *tf_lacks_why(const char *tf, const char *attr, bool *whole)
{
	for (size_t i = 0; i < sizeof(tf_lacks) / sizeof(tf_lacks[0]); i++)
		if ((!strcmp(tf_lacks[i].tf, tf) || !strcmp(tf_lacks[i].tf, "*")) &&
		    !strcmp(tf_lacks[i].attr, attr)) {
			if (whole)
				*whole = tf_lacks[i].whole;
			return tf_lacks[i].why;
		}
	return NULL;
}

void tf_lacks_guard(struct conv *c, const struct decl *dc, const struct hcl_item *it,
		    json_t *res)
{
	const char *only = NULL, *why = NULL;
	for (size_t i = 0; !only && i < sizeof(tf_lacks) / sizeof(tf_lacks[0]); i++)
		if (!strcmp(tf_lacks[i].tf, dc->tf_type) && !strcmp(tf_lacks[i].attr, it->name)) {
			only = tf_lacks[i].only;
			why = tf_lacks[i].why;
		}
	char *v = only && !it->is_block ? tf_attr_text(c, it) : NULL;
	if (!v || !strcmp(v, only) || !strcmp(v, "null")) {
		free(v);
		return;
	}
	char *cond = !strcmp(only, "null") ? xasprintf("${(%s) == null}", v)
			 : xasprintf("${(%s) == null || (%s) == %s}", v, v, only);
	char *msg = xasprintf("%s ${(%s)} is not carried: %s", it->name, v, why);
	tf_add_precondition(res, cond, msg);
	free(cond);
	free(msg);
	free(v);
}

/* ---- the awscc type an attribute the written type lacks is kept by ------------- */

const char *tf_twin_with(const struct decl *dc, const char *attr)
{
	const char *dot = strchr(dc->rt->name, '.');
	if (!dc->written || dc->rt->family == TYPE_FAMILY_FROM_DATA || !dot)
		return NULL;
	char *name = dc->written->twin ? xstrdup(dc->written->twin)
		     : xasprintf("awscc%s", dot);
	const struct resource_type *twin = resource_type_find(name, NULL);
	free(name);
	const char *const *renames = dc->written->twin ? dc->written->twin_renames : NULL;
	return twin && tf_schema_attr(twin->attrs, renames ? tf_renamed(renames, attr) : attr,
				      twin->name) ? twin->name : NULL;
}
