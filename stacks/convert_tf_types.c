/*
 * convert_tf_types.c: which of the AWS provider's resource types `terrace
 * convert -from terraform` carries, and as what. tf_written[]: an aws_*
 * type as a written type of terrace's (aws.*) where one is the same
 * object, else as the awscc type of the same CloudFormation type; the
 * table covers the commonest types of public configurations
 * (stacks/tf_type_counts.txt, counted by stacks/tf_type_counts.py; docs/
 * convert.md says how). tf_folds[]: the resources Terraform splits off an
 * object that terrace's type holds whole (S3's versioning, encryption,
 * public access block, lifecycle, policy and ACL; a role's inline policies
 * and attachments; a secret's value; a queue's and a key's policy; a
 * queue's redrive policies; an EventBridge rule's targets), folded into the
 * owner's resource.
 * A split resource with count or for_each is folded per instance, into an
 * owner of at most one instance. tf_left_out_why(): why a type is left
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
	{ "aws_sns_topic", "aws.sns.topic", { "id", "arn", NULL }, "name", NULL, { NULL } },
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

/* ---- folds -------------------------------------------------------------------- */

static bool at_most_one(const struct hcl_item *count);

/* count and for_each of a split resource: its instances, which
 * fold_instances() folds each */
static bool fold_meta(const struct decl *dc, const struct hcl_item *it)
{
	return !it->is_block && (!strcmp(it->name, dc->fold->by) || !strcmp(it->name, "count") ||
				 !strcmp(it->name, "for_each"));
}

static void fold_left_out(struct conv *c, const struct decl *dc, const struct hcl_item *it)
{
	tf_left_out(c, &it->pos, "%s of %s left out: terrace's type of its owner has no "
		    "counterpart", it->name, dc->tf_type);
}

/* "Enabled" as true, another text as false, an expression as the
 * comparison. */
static json_t *enabled(struct conv *c, const struct hcl_item *status)
{
	json_t *v = tf_attr_value(c, status, NULL);
	if (json_is_string(v) && !strstr(json_string_value(v), "${")) {
		bool on = !strcmp(json_string_value(v), "Enabled");
		json_decref(v);
		return json_boolean(on);
	}
	json_decref(v);
	char *t = tf_attr_text(c, status);
	json_t *r = t ? json_sprintf("${%s == \"Enabled\"}", t) : NULL;
	free(t);
	return r;
}

/* Each attribute of body named in pairs (Terraform's, terrace's; "" when
 * the caller reads it) set on to; a block named in blocks is left to the
 * caller; anything else is left out, by (the owner's reference) aside. */
static void fold_attrs(struct conv *c, const struct decl *dc, const struct hcl_body *b,
		       const char *const *pairs, const char *const *blocks, json_t *to)
{
	for (size_t i = 0; i < b->n; i++) {
		const struct hcl_item *it = &b->items[i];
		if (b == dc->item->body && fold_meta(dc, it))
			continue;
		const char *as = NULL;
		for (size_t k = 0; pairs[k]; k += 2)
			if (!it->is_block && !strcmp(pairs[k], it->name))
				as = pairs[k + 1];
		bool block = false;
		for (size_t k = 0; blocks && blocks[k]; k++)
			block = block || (it->is_block && !strcmp(blocks[k], it->name));
		if (block)
			continue;
		if (!as) {
			fold_left_out(c, dc, it);
			continue;
		}
		if (!*as)
			continue;
		json_t *v = tf_attr_value(c, it, NULL);
		if (v)
			json_object_set_new(to, as, v);
	}
}

static const struct hcl_item *block_of(const struct hcl_body *b, const char *name)
{
	for (size_t i = 0; i < b->n; i++)
		if (b->items[i].is_block && !strcmp(b->items[i].name, name))
			return &b->items[i];
	return NULL;
}

static void fold_versioning(struct conv *c, const struct decl *dc, json_t *owner)
{
	static const char *const none[] = { NULL };
	static const char *const blocks[] = { "versioning_configuration", NULL };
	fold_attrs(c, dc, dc->item->body, none, blocks, owner);
	const struct hcl_item *vc = block_of(dc->item->body, "versioning_configuration");
	const struct hcl_item *status = vc ? hcl_attr(vc->body, "status") : NULL;
	json_t *on = status ? enabled(c, status) : NULL;
	if (on)
		json_object_set_new(owner, "versioning", on);
	for (size_t i = 0; vc && i < vc->body->n; i++)
		if (strcmp(vc->body->items[i].name, "status"))
			fold_left_out(c, dc, &vc->body->items[i]);
}

static void fold_encryption(struct conv *c, const struct decl *dc, json_t *owner)
{
	static const char *const none[] = { NULL };
	static const char *const blocks[] = { "rule", NULL };
	fold_attrs(c, dc, dc->item->body, none, blocks, owner);
	const struct hcl_item *rule = block_of(dc->item->body, "rule");
	const struct hcl_item *by = rule ? block_of(rule->body, "apply_server_side_encryption_by_default")
				    : NULL;
	static const char *const rule_blocks[] = { "apply_server_side_encryption_by_default", NULL };
	json_t *enc = json_object();
	if (rule)
		fold_attrs(c, dc, rule->body, none, rule_blocks, enc);
	static const char *const pairs[] = { "sse_algorithm", "sse_algorithm", "kms_master_key_id",
					     "kms_key_id", NULL };
	if (by)
		fold_attrs(c, dc, by->body, pairs, NULL, enc);
	json_object_set_new(owner, "encryption", enc);
}

static void fold_public_access(struct conv *c, const struct decl *dc, json_t *owner)
{
	static const char *const pairs[] = {
		"block_public_acls", "block_public_acls", "ignore_public_acls", "ignore_public_acls",
		"block_public_policy", "block_public_policy", "restrict_public_buckets",
		"restrict_public_buckets", NULL };
	json_t *pab = json_object();
	fold_attrs(c, dc, dc->item->body, pairs, NULL, pab);
	json_object_set_new(owner, "public_access_block", pab);
}

static void fold_lifecycle(struct conv *c, const struct decl *dc, json_t *owner)
{
	static const char *const none[] = { NULL };
	static const char *const rules[] = { "rule", NULL };
	fold_attrs(c, dc, dc->item->body, none, rules, owner);
	json_t *list = json_array();
	for (size_t i = 0; i < dc->item->body->n; i++) {
		const struct hcl_item *r = &dc->item->body->items[i];
		if (!r->is_block || strcmp(r->name, "rule"))
			continue;
		json_t *rule = json_object();
		static const char *const pairs[] = { "status", "", "id", "id", "prefix", "prefix",
						     NULL };
		static const char *const blocks[] = { "filter", "expiration",
						      "noncurrent_version_expiration", "transition",
						      NULL };
		fold_attrs(c, dc, r->body, pairs, blocks, rule);
		const struct hcl_item *status = hcl_attr(r->body, "status");
		json_t *on = status ? enabled(c, status) : NULL;
		if (on)
			json_object_set_new(rule, "enabled", on);
		const struct hcl_item *f = block_of(r->body, "filter");
		static const char *const filter[] = { "prefix", "prefix", NULL };
		if (f)
			fold_attrs(c, dc, f->body, filter, NULL, rule);
		const struct hcl_item *e = block_of(r->body, "expiration");
		static const char *const exp[] = { "days", "expiration_days", NULL };
		if (e)
			fold_attrs(c, dc, e->body, exp, NULL, rule);
		const struct hcl_item *n = block_of(r->body, "noncurrent_version_expiration");
		static const char *const nexp[] = { "noncurrent_days",
						    "noncurrent_version_expiration_days", NULL };
		if (n)
			fold_attrs(c, dc, n->body, nexp, NULL, rule);
		json_t *transitions = json_array();
		for (size_t k = 0; k < r->body->n; k++) {
			const struct hcl_item *t = &r->body->items[k];
			if (!t->is_block || strcmp(t->name, "transition"))
				continue;
			json_t *one = json_object();
			static const char *const tr[] = { "days", "days", "storage_class",
							  "storage_class", NULL };
			fold_attrs(c, dc, t->body, tr, NULL, one);
			json_array_append_new(transitions, one);
		}
		if (json_array_size(transitions))
			json_object_set_new(rule, "transitions", transitions);
		else
			json_decref(transitions);
		json_array_append_new(list, rule);
	}
	json_object_set_new(owner, "lifecycle_rules", list);
}

/* policy = data.aws_iam_policy_document.x.json: the document itself,
 * written again here so that its references to the owner (a bucket
 * policy's Resource, the bucket's ARN) are the owner's own values; NULL
 * when p is not such a reference (or the document has for_each or count). */
static json_t *document_inline(struct conv *c, const struct hcl_item *p)
{
	const struct expr_node *n = p->expr;
	if (!n || n->kind != EXPR_REF || !n->ref.path ||
	    strcmp(n->ref.root, "data.aws_iam_policy_document"))
		return NULL;
	size_t len = tf_first_step(n->ref.path);
	/* a document of at most one instance (a module's count = C ? 1 : 0)
	 * named through [0]: that instance */
	bool first = !strcmp(n->ref.path + len, "[0].json");
	if (!first && strcmp(n->ref.path + len, ".json"))
		return NULL;
	char *name = xstrndup(n->ref.path, len);
	const struct decl *doc = tf_find_decl(c, D_DATA, "aws_iam_policy_document", name);
	free(name);
	const struct hcl_item *count = doc ? hcl_attr(doc->item->body, "count") : NULL;
	if (!doc || hcl_attr(doc->item->body, "for_each") ||
	    (count ? !first || !at_most_one(count) : first))
		return NULL;
	/* what it leaves out was warned of, and counted, with its local; the
	 * instance names of a fold with count or for_each kept */
	struct diags *d = c->d, quiet = DIAGS_INIT;
	size_t left_out = c->left_out;
	bool each = c->each_bound, each_key = c->each_is_key, counted = c->count_bound;
	c->d = &quiet;
	json_t *v = tf_policy_document(c, doc);
	c->d = d;
	c->left_out = left_out;
	c->each_bound = each, c->each_is_key = each_key, c->count_bound = counted;
	diags_free(&quiet);
	const char *s = json_string_value(v);
	if (count && s && expr_is_one_expression(s)) {
		/* [for count_index in range(C) : {json = ...}]: its first */
		json_t *one = json_sprintf("${%.*s[0].json}", (int)strlen(s) - 3, s + 2);
		json_decref(v);
		v = one;
	} else if (count) {
		json_decref(v);
		v = NULL;
	}
	return v;
}

/* policy = ...: the owner's policy document (jsonencode(X) is X). */
static void fold_policy(struct conv *c, const struct decl *dc, json_t *owner)
{
	static const char *const pairs[] = { "policy", "", NULL };
	fold_attrs(c, dc, dc->item->body, pairs, NULL, owner);
	const struct hcl_item *p = hcl_attr(dc->item->body, "policy");
	const struct attr_schema *a = schema_find(dc->owner->rt->attrs, "policy");
	json_t *v = p ? document_inline(c, p) : NULL;
	if (p && !v)
		v = tf_attr_value(c, p, a);
	if (v)
		json_object_set_new(owner, "policy", v);
}

static void fold_acl(struct conv *c, const struct decl *dc, json_t *owner)
{
	(void)owner;
	const struct hcl_item *acl = hcl_attr(dc->item->body, "acl");
	for (size_t i = 0; i < dc->item->body->n; i++) {
		const struct hcl_item *it = &dc->item->body->items[i];
		if (fold_meta(dc, it))
			continue;
		if (it == acl && it->expr && it->expr->kind == EXPR_LITERAL &&
		    json_is_string(it->expr->literal) &&
		    !strcmp(json_string_value(it->expr->literal), "private"))
			continue; /* what terrace's buckets are: S3's default, ACLs disabled */
		tf_left_out(c, &it->pos, "%s of %s left out: terrace's buckets keep S3's default "
			    "(ACLs disabled, the bucket owner's): grant access in the bucket's policy",
			    it->name, dc->tf_type);
	}
}

/* aws_iam_role_policy: one of the role's inline policies, by its name. */
static void fold_role_policy(struct conv *c, const struct decl *dc, json_t *owner)
{
	const struct hcl_item *name = hcl_attr(dc->item->body, "name");
	const struct hcl_item *prefix = hcl_attr(dc->item->body, "name_prefix");
	const struct hcl_item *policy = hcl_attr(dc->item->body, "policy");
	/* its name, as text or a template ("${local.policy_name}-logs"); with
	 * name_prefix (a module's use_name_prefix: one of the two null), the
	 * name where it is not null, else the prefix and a suffix stable per
	 * stack, workspace, module instance and policy */
	json_t *kv = name ? tf_attr_value(c, name, NULL) : NULL;
	char *n_text = name && prefix ? tf_attr_text(c, name) : NULL;
	char *p_text = prefix ? tf_attr_text(c, prefix) : NULL;
	/* as a local the policy names (the fold may write the name inside a
	 * for expression's text, where a quoted string cannot go), unless it
	 * reads the instance (count.index, each) */
	if (p_text && !strstr(p_text, "count.") && !strstr(p_text, "each.") &&
	    (!n_text || (!strstr(n_text, "count.") && !strstr(n_text, "each.")))) {
		char *prefixed = xasprintf("${%s}${substr(sha1(\"${terrace.stack}/${terrace."
					   "workspace}/%s${terrace.module}\"), 0, 8)}", p_text, dc->name);
		char *local = xasprintf("%s_name", dc->name);
		json_object_set_new(tf_section(c, "locals"), local,
				    n_text ? json_sprintf("${(%s) != null ? (%s) : \"%s\"}", n_text,
							  n_text, prefixed)
					   : json_string(prefixed));
		json_decref(kv);
		kv = json_sprintf("${local.%s}", local);
		free(local);
		free(prefixed);
	}
	free(n_text);
	free(p_text);
	const char *key = json_string_value(kv);
	for (size_t i = 0; i < dc->item->body->n; i++) {
		const struct hcl_item *it = &dc->item->body->items[i];
		if (it != name && it != prefix && it != policy && !fold_meta(dc, it))
			fold_left_out(c, dc, it);
	}
	if (!key || !policy) {
		tf_left_out(c, &dc->item->pos, "%s left out: %s", dc->tf_type,
			    "an inline policy is kept by its name, with its policy");
		json_decref(kv);
		return;
	}
	bool twin = dc->owner->twin;
	const struct attr_schema *a = twin ? NULL
				      : schema_find(dc->owner->rt->attrs, "inline_policies");
	json_t *doc = tf_attr_value(c, policy, a);
	if (!doc) {
		json_decref(kv);
		return;
	}
	if (twin) {
		json_t *list = json_object_get(owner, "policies");
		if (!list)
			json_object_set_new(owner, "policies", list = json_array());
		json_array_append_new(list, json_pack("{s:s,s:o}", "policy_name", key,
						       "policy_document", doc));
		json_decref(kv);
		return;
	}
	json_t *map = json_object_get(owner, "inline_policies");
	const char *expr = json_string_value(map); /* the role's inline_policy blocks */
	char *doc_text = expr ? tf_attr_text(c, policy) : NULL;
	if (doc_text) {
		/* merged after them, its name and policy as expressions */
		char *k = expr_is_one_expression(key) ? xasprintf("%.*s", (int)strlen(key) - 3, key + 2)
			  : json_dumps(kv, JSON_ENCODE_ANY);
		json_object_set_new(owner, "inline_policies",
				    json_sprintf("${merge(%.*s, {(%s) = %s})}", (int)strlen(expr) - 3,
						 expr + 2, k, doc_text));
		free(k);
		free(doc_text);
		json_decref(doc);
		json_decref(kv);
		return;
	}
	if (!map)
		json_object_set_new(owner, "inline_policies", map = json_object());
	json_object_set_new(map, key, doc);
	json_decref(kv);
}

/* Append attribute attr of the fold's body to the owner's list key. */
static void fold_append(struct conv *c, const struct decl *dc, json_t *owner, const char *attr,
			const char *key)
{
	const struct hcl_item *it = hcl_attr(dc->item->body, attr);
	for (size_t i = 0; i < dc->item->body->n; i++) {
		const struct hcl_item *o = &dc->item->body->items[i];
		if (o != it && !fold_meta(dc, o))
			fold_left_out(c, dc, o);
	}
	json_t *list = json_object_get(owner, key);
	if (!list)
		json_object_set_new(owner, key, list = json_array());
	json_t *v = it ? tf_attr_value(c, it, NULL) : NULL;
	if (v && json_is_array(list))
		json_array_append_new(list, v);
	else if (v) {
		json_decref(v);
		tf_left_out(c, &dc->item->pos, "%s left out: %s", dc->tf_type,
			    "its owner's list is an expression, not a list to add to");
	}
}

static void fold_attachment(struct conv *c, const struct decl *dc, json_t *owner)
{
	fold_append(c, dc, owner, "policy_arn", "managed_policy_arns");
}

static void fold_secret_version(struct conv *c, const struct decl *dc, json_t *owner)
{
	static const char *const pairs[] = { "secret_string", "value", NULL };
	fold_attrs(c, dc, dc->item->body, pairs, NULL, owner);
}

/* aws_cloudwatch_event_target: one of the rule's targets. */
static void fold_event_target(struct conv *c, const struct decl *dc, json_t *owner)
{
	static const char *const pairs[] = { "target_id", "id", "arn", "arn", "role_arn", "role_arn",
					     "input", "input", "event_bus_name", "event_bus_name",
					     NULL };
	json_t *t = json_object();
	fold_attrs(c, dc, dc->item->body, pairs, NULL, t);
	json_object_del(t, "event_bus_name"); /* the rule's own */
	if (!json_object_get(t, "id"))
		json_object_set_new(t, "id", json_string(dc->tf_name));
	json_t *list = json_object_get(owner, "targets");
	if (!list)
		json_object_set_new(owner, "targets", list = json_array());
	json_array_append_new(list, t);
}

/* aws_sqs_queue_redrive_policy, aws_sqs_queue_redrive_allow_policy: the
 * queue's attribute of the same name (jsonencode(X) is X); left out,
 * warned, where terrace's type of the queue has no such attribute. */
static void fold_queue_attr(struct conv *c, const struct decl *dc, json_t *owner,
			    const char *attr)
{
	const char *pairs[] = { attr, "", NULL };
	fold_attrs(c, dc, dc->item->body, pairs, NULL, owner);
	const struct hcl_item *it = hcl_attr(dc->item->body, attr);
	const struct attr_schema *a = schema_find(dc->owner->rt->attrs, attr);
	if (it && !a) {
		char *why = xasprintf("terrace's %s has no %s (awscc.sqs.queue has: write the queue "
				      "as awscc_sqs_queue to keep it)", dc->owner->rt->name, attr);
		tf_left_out(c, &dc->item->pos, "resource \"%s\" left out: %s", dc->tf_type, why);
		free(why);
		return;
	}
	json_t *v = it ? tf_attr_value(c, it, a) : NULL;
	if (v)
		json_object_set_new(owner, attr, v);
}

static void fold_redrive(struct conv *c, const struct decl *dc, json_t *owner)
{
	fold_queue_attr(c, dc, owner, "redrive_policy");
}

static void fold_redrive_allow(struct conv *c, const struct decl *dc, json_t *owner)
{
	fold_queue_attr(c, dc, owner, "redrive_allow_policy");
}

const struct tf_fold tf_folds[] = {
	{ "aws_cloudwatch_event_target", "aws_cloudwatch_event_rule", "rule", fold_event_target },
	{ "aws_iam_role_policy", "aws_iam_role", "role", fold_role_policy },
	{ "aws_iam_role_policy_attachment", "aws_iam_role", "role", fold_attachment },
	{ "aws_kms_key_policy", "aws_kms_key", "key_id", fold_policy },
	{ "aws_s3_bucket_acl", "aws_s3_bucket", "bucket", fold_acl },
	{ "aws_s3_bucket_lifecycle_configuration", "aws_s3_bucket", "bucket", fold_lifecycle },
	{ "aws_s3_bucket_policy", "aws_s3_bucket", "bucket", fold_policy },
	{ "aws_s3_bucket_public_access_block", "aws_s3_bucket", "bucket", fold_public_access },
	{ "aws_s3_bucket_server_side_encryption_configuration", "aws_s3_bucket", "bucket",
	  fold_encryption },
	{ "aws_s3_bucket_versioning", "aws_s3_bucket", "bucket", fold_versioning },
	{ "aws_secretsmanager_secret_version", "aws_secretsmanager_secret", "secret_id",
	  fold_secret_version, "value" },
	{ "aws_sns_topic_policy", "aws_sns_topic", "arn", fold_policy },
	{ "aws_sqs_queue_policy", "aws_sqs_queue", "queue_url", fold_policy },
	/* the redrive policy first: of it and an allow policy naming its queue
	 * (a circle together), it is the one folded (tf_find_owners) */
	{ "aws_sqs_queue_redrive_policy", "aws_sqs_queue", "queue_url", fold_redrive },
	{ "aws_sqs_queue_redrive_allow_policy", "aws_sqs_queue", "queue_url", fold_redrive_allow },
};
const size_t n_tf_folds = sizeof(tf_folds) / sizeof(tf_folds[0]);

const struct tf_fold *tf_fold_find(const char *tf)
{
	for (size_t i = 0; i < n_tf_folds; i++)
		if (!strcmp(tf_folds[i].tf, tf))
			return &tf_folds[i];
	return NULL;
}

/* ---- owners ---- */

/* A split resource's owner: the carried resource its `by` attribute
 * names (aws_s3_bucket_versioning's bucket = aws_s3_bucket.logs.id). */
/* Whether body's text names decl x ("aws_lambda_function.fn", a data
 * source's with "data."), at any depth. */
static bool mentions(const struct hcl_body *body, const struct decl *x)
{
	char *name = xasprintf("%s%s.%s", x->kind == D_DATA ? "data." : "", x->tf_type,
			       x->tf_name);
	size_t len = strlen(name);
	bool found = false;
	for (size_t i = 0; i < body->n && !found; i++) {
		const struct hcl_item *it = &body->items[i];
		if (it->is_block) {
			found = mentions(it->body, x);
			continue;
		}
		for (const char *p = it->text; p && !found && (p = strstr(p, name)); p += len)
			found = (p == it->text || !(isalnum((unsigned char)p[-1]) || p[-1] == '_' ||
						   p[-1] == '.')) &&
				!(isalnum((unsigned char)p[len]) || p[len] == '_' || p[len] == '-');
	}
	free(name);
	return found;
}

/* Whether decl x names owner once folded: its own body, or that of a split
 * resource already folded into it (the queue whose split redrive policy
 * names a dead-letter queue). */
static bool names_once_folded(struct conv *c, const struct decl *x, const struct decl *owner)
{
	if (mentions(x->item->body, owner))
		return true;
	for (size_t i = 0; i < c->n_decls; i++)
		if (c->decls[i].owner == x && mentions(c->decls[i].item->body, owner))
			return true;
	return false;
}

/* Whether fold dc writes the queues' ARNs it names built of their names
 * (struct conv's queue_arns_by_name): a dead-letter queue's redrive allow
 * policy, which names its source queues, whose redrive policies name it. */
static bool queues_by_name(const struct decl *dc)
{
	return dc->fold && dc->fold->fold == fold_redrive_allow;
}

/* A queue whose ARN can be built of its name (tf_self_reference): one
 * Terraform gives a name or a name_prefix (converted to a name). */
static bool named_queue(const struct decl *x)
{
	return x->tf_type && !strcmp(x->tf_type, "aws_sqs_queue") &&
	       (hcl_attr(x->item->body, "name") || hcl_attr(x->item->body, "name_prefix"));
}

/* Whether folding dc into owner makes the owner depend on itself: what dc
 * names (through what that names, and so on) names the owner (a role's
 * inline policy naming a function whose role it is; a dead-letter queue's
 * allow policy naming the queue whose split redrive policy names it). */
static bool fold_cycle(struct conv *c, const struct decl *dc, const struct decl *owner,
		       bool indexed)
{
	bool *reached = xcalloc(c->n_decls, sizeof(*reached));
	bool cycle = false, grew = true;
	/* the owners whose ARN refs.c's tf_self_reference builds of their name
	 * (a topic's or a key's it cannot: written again, the document would
	 * name the owner) */
	bool self_arn = !strcmp(owner->tf_type, "aws_s3_bucket") ||
			!strcmp(owner->tf_type, "aws_sqs_queue");
	/* a dead-letter queue's allow policy names its source queues by an
	 * ARN built of their names (queue_arns_by_name): no edge to them */
	bool arns_by_name = queues_by_name(dc);
	if (indexed) {
		/* the owner named through [0] anywhere but in by: refs.c writes
		 * an owner's own values for a reference without an index only */
		struct hcl_body rest = { 0 };
		rest.items = xcalloc(dc->item->body->n + 1, sizeof(*rest.items));
		for (size_t i = 0; i < dc->item->body->n; i++)
			if (strcmp(dc->item->body->items[i].name, dc->fold->by))
				rest.items[rest.n++] = dc->item->body->items[i];
		cycle = mentions(&rest, owner);
		free(rest.items);
	}
	while (grew && !cycle) {
		grew = false;
		for (size_t i = 0; i < c->n_decls && !cycle; i++) {
			const struct decl *x = &c->decls[i];
			if (reached[i] || x == owner || x == dc || x->kind == D_MODULE ||
			    (arns_by_name && named_queue(x)))
				continue;
			bool named = mentions(dc->item->body, x);
			for (size_t k = 0; k < c->n_decls && !named; k++)
				named = reached[k] && mentions(c->decls[k].item->body, x);
			if (named) {
				/* a document the fold names is written again in it, its
				 * references to the owner the owner's own values */
				reached[i] = grew = true;
				const struct hcl_item *xc = hcl_attr(x->item->body, "count");
				cycle = names_once_folded(c, x, owner) &&
					!(x->policy_document && self_arn && (!xc || at_most_one(xc)) &&
					  !hcl_attr(x->item->body, "for_each") &&
					  mentions(dc->item->body, x));
			}
		}
	}
	free(reached);
	return cycle;
}

/* count = 1, 0, or C ? 1 : 0 (C ? 0 : 1): at most one instance. */
static bool at_most_one(const struct hcl_item *count)
{
	const struct expr_node *n = count->expr;
	if (!n)
		return false;
	if (n->kind == EXPR_LITERAL)
		return json_is_integer(n->literal) && json_integer_value(n->literal) <= 1;
	if (n->kind != EXPR_OP || strcmp(n->op, "?") || n->n_args != 3)
		return false;
	for (size_t i = 1; i < 3; i++)
		if (n->args[i]->kind != EXPR_LITERAL || !json_is_integer(n->args[i]->literal) ||
		    json_integer_value(n->args[i]->literal) > 1)
			return false;
	return true;
}

/* The owners, fold by fold in tf_folds[]'s order: of two folds that would
 * make a circle together, the first is folded (a queue's redrive policy,
 * before the dead-letter queue's allow policy naming that queue, which is
 * left out then). */
void tf_find_owners(struct conv *c)
{
	for (size_t f = 0; f < n_tf_folds * c->n_decls; f++) {
		struct decl *dc = &c->decls[f % c->n_decls];
		if (dc->fold != &tf_folds[f / c->n_decls])
			continue;
		const struct hcl_item *by = hcl_attr(dc->item->body, dc->fold->by);
		if (!by || !by->expr || by->expr->kind != EXPR_REF || !by->expr->ref.path ||
		    strcmp(by->expr->ref.root, dc->fold->owner_tf))
			continue;
		size_t n = tf_first_step(by->expr->ref.path);
		char *name = xstrndup(by->expr->ref.path, n);
		struct decl *owner = tf_find_decl(c, D_RESOURCE, dc->fold->owner_tf, name);
		free(name);
		/* an owner of one instance, or of at most one named [0] (a
		 * module's count = var.create ? 1 : 0) */
		const struct hcl_item *oc = owner ? hcl_attr(owner->item->body, "count") : NULL;
		bool one = owner && !hcl_attr(owner->item->body, "for_each") &&
			   (!oc ? by->expr->ref.path[n] != '['
			    : at_most_one(oc) && !strncmp(by->expr->ref.path + n, "[0]", 3));
		if (owner && owner->rt && one && !fold_cycle(c, dc, owner, oc != NULL))
			dc->owner = owner;
	}
}

/* A value of JSON as an expression's text (tf_add_expression): a string
 * "${X}" of one expression is (X), an object an object constructor. */
static char *expression_of(const json_t *v)
{
	struct strbuf out = STRBUF_INIT;
	tf_add_expression(&out, v);
	return strbuf_detach(&out);
}

/* A split resource with count or for_each folded per instance: each
 * attribute it gives the owner as a for expression over its instances
 * (count.index, each.key and each.value bound): a list the owner's and
 * theirs concatenated, a map merged, anything else the first instance's
 * (the owner's own, or unset, when there is none). */
static void fold_instances(struct conv *c, const struct decl *dc, json_t *owner)
{
	const struct hcl_item *count = hcl_attr(dc->item->body, "count");
	const struct hcl_item *fe = hcl_attr(dc->item->body, "for_each");
	char *over = tf_attr_text(c, count ? count : fe);
	if (!over)
		return;
	bool set = fe && tf_for_each_is_set(c, fe);
	c->count_bound = count != NULL;
	c->each_bound = fe != NULL;
	c->each_is_key = set;
	json_t *theirs = json_object();
	dc->fold->fold(c, dc, theirs);
	c->count_bound = c->each_bound = c->each_is_key = false;
	bool one = count && at_most_one(count);
	const char *k;
	json_t *v;
	json_object_foreach(theirs, k, v) {
		const struct attr_schema *a = schema_find(dc->owner->rt->attrs, k);
		if (!one && !json_is_array(v) && !(a && a->type == ATTR_MAP)) {
			char *why = xasprintf("its instances (for_each, or a count of more than one) "
					      "would each set the owner's one %s: give it on the owner",
					      k);
			tf_left_out(c, &dc->item->pos, "resource \"%s\" left out: %s", dc->tf_type,
				    why);
			free(why);
			free(over);
			json_decref(theirs);
			return;
		}
	}
	char *loop = count ? xasprintf("for count_index in range(%s)", over)
		     : set ? xasprintf("for each_key in %s", over)
		     : xasprintf("for each_key, each_value in %s", over);
	json_object_foreach(theirs, k, v) {
		const json_t *had = json_object_get(owner, k);
		const struct attr_schema *a = schema_find(dc->owner->rt->attrs, k);
		char *mine = had ? expression_of(had) : NULL;
		char *each = expression_of(v);
		json_t *w;
		if (json_is_array(v))
			w = json_sprintf("${concat(%s, flatten([%s : %s]))}", mine ? mine : "[]", loop,
					 each);
		else if (a && a->type == ATTR_MAP)
			w = json_sprintf("${merge(%s, [%s : %s]...)}", mine ? mine : "{}", loop, each);
		else
			w = json_sprintf("${try([%s : %s][0], %s)}", loop, each, mine ? mine : "null");
		json_object_set_new(owner, k, w);
		free(mine);
		free(each);
	}
	free(loop);
	free(over);
	json_decref(theirs);
}

/* A split resource whose owner the stack does not write (another
 * configuration's queue or role, named by a variable) as the written type
 * of its own that sets it on its owner: a queue's policy as
 * aws.sqs.queue_policy (queues), a role's inline policy as
 * aws.iam.inline_policy (roles), its count or for_each its own; false when
 * it has none, or when its owner is a resource the stack writes (which
 * holds every policy of its own, and would remove this one), unless the
 * owner leaves a policy it is not given alone (beside_owner: a topic's,
 * aws.sns.topic's policy unset being SNS's as it is; a topic policy that
 * cannot fold, its document naming what names the topic, as
 * terraform-aws-sns's `complete` names its queue, whose policy names the
 * topic). */
static const struct {
	const char *tf, *type, *list;
	const char *pairs[5];
	bool beside_owner;
} standalones[] = {
	{ "aws_sns_topic_policy", "aws.sns.topic_policy", "topics", { "policy", "policy", NULL },
	  true },
	{ "aws_sqs_queue_policy", "aws.sqs.queue_policy", "queues", { "policy", "policy", NULL },
	  false },
	{ "aws_iam_role_policy", "aws.iam.inline_policy", "roles",
	  { "name", "name", "policy", "policy", NULL }, false },
};

static bool standalone(struct conv *c, const struct decl *dc)
{
	size_t k = 0;
	while (k < sizeof(standalones) / sizeof(standalones[0]) && strcmp(standalones[k].tf,
									  dc->tf_type))
		k++;
	if (k == sizeof(standalones) / sizeof(standalones[0]))
		return false;
	const struct resource_type *rt = resource_type_find(standalones[k].type, NULL);
	if (!rt)
		return false;
	/* an owner the stack writes holds every policy of its own (a queue's
	 * policy, a role's inline_policies) and removes another's */
	const struct hcl_item *by = hcl_attr(dc->item->body, dc->fold->by);
	struct hcl_body just_by = { (struct hcl_item *)by, by ? 1 : 0, 0 };
	for (size_t i = 0; !standalones[k].beside_owner && i < c->n_decls; i++)
		if (c->decls[i].kind == D_RESOURCE && c->decls[i].rt &&
		    !strcmp(c->decls[i].tf_type, dc->fold->owner_tf) &&
		    mentions(&just_by, &c->decls[i]))
			return false;
	json_t *res = json_pack("{s:s}", "type", rt->name);
	for (size_t i = 0; i < dc->item->body->n; i++) {
		const struct hcl_item *it = &dc->item->body->items[i];
		const char *as = NULL;
		for (size_t p = 0; standalones[k].pairs[p]; p += 2)
			if (!it->is_block && !strcmp(it->name, standalones[k].pairs[p]))
				as = standalones[k].pairs[p + 1];
		json_t *v = NULL;
		if (!it->is_block && (!strcmp(it->name, "count") || !strcmp(it->name, "for_each"))) {
			as = it->name;
			v = tf_attr_value(c, it, NULL);
		} else if (!it->is_block && !strcmp(it->name, "depends_on")) {
			as = it->name;
			v = tf_depends_on(c, it);
		} else if (!it->is_block && !strcmp(it->name, dc->fold->by)) {
			as = standalones[k].list;
			json_t *one = tf_attr_value(c, it, NULL);
			v = one ? json_pack("[o]", one) : NULL;
		} else if (as) {
			v = tf_attr_value(c, it, schema_find(rt->attrs, as));
		} else {
			tf_left_out(c, &it->pos, "%s left out: %s", it->name,
				    "terrace's type has no such attribute");
		}
		if (v)
			json_object_set_new(res, as, v);
	}
	json_t *resources = tf_section(c, "resources");
	char *name = json_object_get(resources, dc->name)
		     ? xasprintf("%s_%s", dc->tf_type + 4, dc->tf_name) : xstrdup(dc->name);
	json_object_set_new(resources, name, res);
	free(name);
	return true;
}

/* Each split resource into its owner's converted resource; one whose
 * owner is not a resource of the configuration carried, or that has count
 * or for_each, is left out. */
void tf_fold_decls(struct conv *c)
{
	/* those of one instance first, then those of several, whose values
	 * are expressions over the owner's */
	for (size_t i = 0; i < 2 * c->n_decls; i++) {
		const struct decl *dc = &c->decls[i % c->n_decls];
		bool several = dc->fold && (hcl_attr(dc->item->body, "count") ||
					    hcl_attr(dc->item->body, "for_each"));
		if (!dc->fold || several != (i >= c->n_decls))
			continue;
		if ((!dc->owner || !dc->owner->rt) && standalone(c, dc))
			continue;
		if (!dc->owner || !dc->owner->rt) {
			tf_left_out(c, &dc->item->pos, "resource \"%s\" left out: %s", dc->tf_type,
				    "it is folded into its owner's resource, and its owner here is "
				    "not a resource the conversion carried, has for_each or a count "
				    "of more than one instance, or what it names depends on the "
				    "owner (write it on the owner)");
			continue;
		}
		json_t *owner = json_object_get(json_object_get(c->out, "resources"),
						dc->owner->name);
		if (owner) {
			c->folding_into = dc->owner;
			c->queue_arns_by_name = queues_by_name(dc);
			if (hcl_attr(dc->item->body, "count") || hcl_attr(dc->item->body, "for_each"))
				fold_instances(c, dc, owner);
			else
				dc->fold->fold(c, dc, owner);
			c->folding_into = NULL;
			c->queue_arns_by_name = false;
		}
	}
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
 * attribute alone. */
static const struct {
	const char *tf, *attr, *why;
	bool whole;
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

/*
 * An aws_route53_record's name as Route 53 takes it. Terraform completes a
 * name that does not end with its zone's ("www" in example.com is
 * www.example.com, "" the zone's apex); Route 53 and terrace take the whole
 * name. A literal name with no dot in a zone the stack names
 * (zone_id ${X.zone_id} or ${X.id} of a lookup or a hosted zone, not of a
 * variable, local, module or iterator) is written
 * NAME.${X.name}; one whose zone the stack cannot name is left as written,
 * with a warning.
 */
void tf_record_name(struct conv *c, const struct decl *dc, json_t *res)
{
	const char *name = json_string_value(json_object_get(res, "name"));
	const char *zone = json_string_value(json_object_get(res, "zone_id"));
	const struct hcl_item *at = hcl_attr(dc->item->body, "name");
	if (!name || strchr(name, '.') || strstr(name, "${"))
		return;
	size_t n = zone ? strlen(zone) : 0;
	const char *tail = NULL;
	if (n > 3 && !strncmp(zone, "${", 2) && zone[n - 1] == '}')
		for (const char *suffix[] = { ".zone_id}", ".id}" }, **s = suffix; s < suffix + 2; s++)
			if (!tail && n > strlen(*s) && !strcmp(zone + n - strlen(*s), *s))
				tail = zone + n - strlen(*s);
	static const char *const not_zones[] = { "var.", "local.", "each.", "count.", "module.",
						   NULL };
	for (size_t i = 0; tail && not_zones[i]; i++)
		if (!strncmp(zone + 2, not_zones[i], strlen(not_zones[i])))
			tail = NULL;
	if (!tail || memchr(zone + 2, '$', (size_t)(tail - zone - 2))) {
		tf_left_out(c, at ? &at->pos : &dc->item->pos, "name \"%s\" kept as written: %s", name,
			    "Terraform adds the zone's name to it, and the stack cannot name the zone "
			    "(write the whole name)");
		return;
	}
	json_object_set_new(res, "name", json_sprintf("%s%s${%.*s.name}", name, *name ? "." : "",
						      (int)(tail - zone - 2), zone + 2));
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
