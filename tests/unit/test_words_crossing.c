/*
 * test_words_crossing.c: the words rows whose conditions cross a reference
 * ("task_definition->network_mode": what the resource of the stack that
 * attribute names writes, checks/words.c), each through aws_words_check_across as the checks across the stack run it (checks/run_stack.c)
 * on a small stack: the resource refused, its message naming the attribute
 * and quoting AWS's sentence, and its passing twin; every such row of every
 * service has its case here (the files per service leave them out: a
 * resource alone cannot judge them). And the crossing itself: by a
 * reference, by a made object's ARN, from each element of a list and on
 * through what the named resource writes ("subnets[]->vpc_id->": the VPC
 * a subnet's vpc_id names), nothing when the reference names no resource
 * of the stack, and a resource's own judgement (which has no stack)
 * leaving the row; and a row whose premise reads an update's object now
 * (its prior). The other checks across the stack AWS's words gave are
 * test_checks_across.c's.
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
#include "provider/aws/checks/rules.h"
#include "provider/aws/checks/words.h"
#include "provider/provider.h"
#include "tests/unit/aws_client_support.h"
#include "tests/unit/json_support.h"
#include "tests/unit/stack_support.h"
#include "tests/unit/words_support.h"

/* The crossing rows on each resource of the stack, as the checks across
 * the stack run them (checks/run_stack.c: a row of an update left out, a
 * create's on what is created), each finding through report: what those
 * rows alone say, apart from the stack's other checks. */
static void words_across(const struct written_resource *rs, size_t n, check_report_fn report,
			 void *ctx)
{
	for (size_t i = 0; i < n; i++)
		for (const struct aws_check_row *c = aws_rules_next(NULL); c; c = aws_rules_next(c)) {
			struct strbuf err = STRBUF_INIT;
			const char *attr = NULL;
			if (!aws_words_crosses(c) || !aws_row_type_names(c->type, rs[i].type) ||
			    c->call == AWS_CALL_UPDATE)
				continue;
			if (aws_words_check_across(c, rs, n, i, &attr, &err))
				report(ctx, &(struct check_finding){ .which = i, .attr = attr,
								     .other = WRITTEN_NONE,
								     .message = err.buf });
			strbuf_release(&err);
		}
}

/* What the crossing rows say of the stack: a new list of findings. */
static json_t *across(const char *text)
{
	struct stack s;
	struct findings fs = { json_array(), &s };

	stack_load(&s, text);
	words_across(s.rs, s.n, collect, &fs);
	json_decref(s.doc);
	return fs.messages;
}

/* A row's refused stack (its finding begins "RESOURCE ATTR: ") and its
 * passing twin. */
struct crossing_case {
	const char *id, *resource, *attr;
	const char *refused, *passing;
};

#define TD(MODE) "'td': {'type': 'awscc.ecs.task_definition', 'family': 'reports', " \
		 "'network_mode': '" MODE "'}"
#define SERVICE(MORE) "'svc': {'type': 'awscc.ecs.service', 'task_definition': " \
		      "'${td.task_definition_arn}'" MORE "}"
#define TASK_SET(MORE) "'set': {'type': 'awscc.ecs.task_set', 'cluster': 'c', 'service': 's', " \
		       "'task_definition': '${td.task_definition_arn}'" MORE "}"
#define NETWORK ", 'network_configuration': {'awsvpc_configuration': {'subnets': ['subnet-1']}}"
#define REGISTRY(MORE) ", 'service_registries': [{'registry_arn': " \
		       "'arn:aws:servicediscovery:us-east-1:123456789012:service/srv-1'" MORE "}]"
/* An awscc read replica of SOURCE. */
#define REPLICA(SOURCE) "'replica': {'type': 'awscc.rds.db_instance', 'db_instance_class': " \
			"'db.m5.large', 'source_db_instance_identifier': '" SOURCE "'}"
#define AURORA(MORE) "'c': {'type': 'awscc.rds.db_cluster', 'engine': 'aurora-postgresql'" \
	MORE "}"
#define SERVERLESS(CLUSTER) "'inst': {'type': 'awscc.rds.db_instance', 'engine': " \
	"'aurora-postgresql', 'db_instance_class': 'db.serverless', 'db_cluster_identifier': '" \
	CLUSTER "'}"
#define FIFO "'q': {'type': 'aws.sqs.queue', 'name': 'jobs.fifo', 'fifo_queue': true}"
#define NOTIFYING "'b': {'type': 'awscc.s3.bucket', 'notification_configuration': " \
		  "{'queue_configurations': [{'event': 's3:ObjectCreated:*', 'queue': '${q.arn}'}]}}"
#define MAPPING(TYPE, BATCH) "'m': {'type': '" TYPE "', 'function_name': 'fn', " \
			     "'event_source_arn': '${q.arn}', 'batch_size': " BATCH "}"

#define DESTINATION(ARN) "'dd': {'type': 'awscc.logs.delivery_destination', 'name': 'sink', " \
	"'destination_resource_arn': '" ARN "'}"
#define DELIVERY "'d': {'type': 'awscc.logs.delivery', 'delivery_source_name': 'src', " \
	"'delivery_destination_arn': '${dd.arn}', 's3_suffix_path': 'logs/{yyyy}'}"
static const struct crossing_case cases[] = {
	/* a delivery's S3 settings, to a bucket of the stack's destination */
	{ "logs.delivery_s3_settings_to_bucket", "d",
	  "delivery_destination_arn",
	  "{" DESTINATION("arn:aws:logs:us-east-1:123456789012:log-group:sink") ", " DELIVERY "}",
	  "{" DESTINATION("arn:aws:s3:::sink-bucket") ", " DELIVERY "}" },
	{ "ecs.cfn_service_awsvpc_network_configuration", "svc", "network_configuration",
	  "{" TD("awsvpc") ", " SERVICE("") "}", "{" TD("awsvpc") ", " SERVICE(NETWORK) "}" },
	/* cue "permitted": no role of an awsvpc task definition's service. */
	{ "ecs.cfn_role_not_awsvpc", "svc", "role",
	  "{" TD("awsvpc") ", " SERVICE(NETWORK ", 'role': 'ecsServiceRole'") "}",
	  "{" TD("bridge") ", " SERVICE(", 'role': 'ecsServiceRole'") "}" },
	{ "ecs.cfn_task_set_awsvpc_network_configuration", "set", "network_configuration",
	  "{" TD("awsvpc") ", " TASK_SET("") "}", "{" TD("awsvpc") ", " TASK_SET(NETWORK) "}" },
	{ "ecs.cfn_service_registry_bridge_host_container", "svc",
	  "service_registries[0].container_name",
	  "{" TD("host") ", " SERVICE(REGISTRY("")) "}",
	  "{" TD("host") ", " SERVICE(REGISTRY(", 'container_name': 'app', 'container_port': 80"))
	  "}" },
	{ "ecs.cfn_task_set_registry_bridge_host_container", "set",
	  "service_registries[0].container_name",
	  "{" TD("bridge") ", " TASK_SET(REGISTRY("")) "}",
	  "{" TD("awsvpc") ", " TASK_SET(NETWORK REGISTRY("")) "}" },
	/* cue "allowed": no FIFO queue of the stack a bucket's destination. */
	{ "s3.cfn_notification_queue_of_stack_not_fifo", "b",
	  "notification_configuration.queue_configurations[0].queue",
	  "{" FIFO ", " NOTIFYING "}",
	  "{'q': {'type': 'aws.sqs.queue', 'name': 'jobs'}, " NOTIFYING "}" },
	{ "lambda.fifo_batch_up_to_10", "m", "batch_size",
	  "{" FIFO ", " MAPPING("aws.lambda.event_source_mapping", "11") "}",
	  "{" FIFO ", " MAPPING("aws.lambda.event_source_mapping", "10") "}" },
	{ "lambda.cfn_fifo_batch_up_to_10", "m", "batch_size",
	  "{" FIFO ", " MAPPING("awscc.lambda.event_source_mapping", "11") "}",
	  "{" FIFO ", " MAPPING("awscc.lambda.event_source_mapping", "10") "}" },
	/* audit: a db.serverless instance's cluster scales (Serverless v2). */
	{ "rds.cfn_serverless_instance_cluster_scaling", "inst",
	  "the serverless_v2_scaling_configuration of what db_cluster_identifier names",
	  "{" AURORA("") ", " SERVERLESS("${c.db_cluster_identifier}") "}",
	  "{" AURORA(", 'serverless_v2_scaling_configuration': {'min_capacity': 0.5, "
		     "'max_capacity': 4}") ", " SERVERLESS("${c.db_cluster_identifier}") "}" },
	/* helper wordsv: a read replica's source keeps automated backups. */
	{ "rds.cfn_replica_source_keeps_backups", "replica", "source_db_instance_identifier",
	  "{'src': {'type': 'awscc.rds.db_instance', 'db_instance_identifier': 'orders', "
	  "'backup_retention_period': 0}, " REPLICA("${src.db_instance_identifier}") "}",
	  "{'src': {'type': 'awscc.rds.db_instance', 'db_instance_identifier': 'orders', "
	  "'backup_retention_period': 1}, " REPLICA("${src.db_instance_identifier}") "}" },
	/* wordsx: ECS services and task sets against their task definition's
	 * ports, port names, volumes, the registry's DNS records, the target
	 * groups' types, the subnets' and groups' VPC (through each element of
	 * a list, and through what a subnet's vpc_id names); EC2's endpoint
	 * against its VPC's DNS, an instance against its subnet and volumes, a
	 * pool against its source pool */
#define W_TD(MODE, MAPPINGS, MORE) "'td': {'type': 'awscc.ecs.task_definition', " \
	"'family': 'web', 'network_mode': '" MODE "', 'container_definitions': [{'name': 'app', " \
	"'image': 'nginx', 'port_mappings': [" MAPPINGS "]}]" MORE "}"
#define W_SVC(MORE) "'svc': {'type': 'awscc.ecs.service', " \
	"'task_definition': '${td.task_definition_arn}'" MORE "}"
#define W_SET(MORE) "'set': {'type': 'awscc.ecs.task_set', 'cluster': 'c', 'service': 's', " \
	"'task_definition': '${td.task_definition_arn}'" MORE "}"
#define W_NET ", 'network_configuration': {'awsvpc_configuration': {'subnets': ['subnet-1']}}"
#define W_SET_NET ", 'network_configuration': {'aws_vpc_configuration': {'subnets': ['subnet-1']}}"
#define W_SD "'sd': {'type': 'awscc.servicediscovery.service', 'name': 'web', " \
	"'dns_config': {'dns_records': [{'type': 'A', 'ttl': 60}, {'type': 'SRV', 'ttl': 60}]}}"
#define W_REG(MORE) ", 'service_registries': [{'registry_arn': '${sd.arn}'" MORE "}]"
#define W_LB(PORT, TG) ", 'load_balancers': [{'container_name': 'app', 'container_port': " PORT \
	", 'target_group_arn': '" TG "'}]"
#define W_TG_ARN "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/1"
#define W_TG(TYPE) "'tg': {'type': 'awscc.elasticloadbalancingv2.target_group', 'port': 80, " \
	"'protocol': 'HTTP', 'vpc_id': 'vpc-1', 'target_type': '" TYPE "'}"
#define W_CONNECT(SERVICE) ", 'service_connect_configuration': {'enabled': true, " \
	"'services': [{" SERVICE "}]}"
#define W_VPCS "'a': {'type': 'aws.ec2.vpc', 'cidr_block': '10.0.0.0/16'}, " \
	"'b': {'type': 'aws.ec2.vpc', 'cidr_block': '10.1.0.0/16'}, " \
	"'sub': {'type': 'aws.ec2.subnet', 'vpc_id': '${a.vpc_id}', 'cidr_block': '10.0.1.0/24'}"
#define W_GROUP(VPC) "'sg': {'type': 'aws.ec2.security_group', 'name': 'web', " \
	"'description': 'web', 'vpc_id': '${" VPC ".vpc_id}'}"
#define W_AWSVPC(KEY) ", 'network_configuration': {'" KEY "': {'subnets': ['${sub.subnet_id}'], " \
	"'security_groups': ['${sg.group_id}']}}"
#define W_ENDPOINT(TYPE) "'e': {'type': '" TYPE "', 'vpc_id': '${v.vpc_id}', " \
	"'service_name': 'com.amazonaws.us-east-1.ssm', 'vpc_endpoint_type': 'Interface', " \
	"'private_dns_enabled': true}"
#define W_VOLUME "'vol': {'type': 'awscc.ec2.volume', 'availability_zone': 'us-east-1a', 'size': 10}"
#define W_INSTANCE(MORE) "'i': {'type': 'awscc.ec2.instance', 'image_id': 'ami-1'" MORE "}"
#define W_SUBNET(MORE) "'s': {'type': 'awscc.ec2.subnet', 'vpc_id': 'vpc-1'" MORE "}"
#define W_POOL(LOCALE) "'src': {'type': 'awscc.ec2.ipam_pool', 'address_family': 'ipv4', " \
	"'ipam_scope_id': 'scope-1', 'locale': 'us-east-1'}, 'p': {'type': 'awscc.ec2.ipam_pool', " \
	"'address_family': 'ipv4', 'ipam_scope_id': 'scope-1', " \
	"'source_ipam_pool_id': '${src.ipam_pool_id}', 'locale': '" LOCALE "'}"
	{ "ecs.cfn_service_registry_awsvpc_srv", "svc", "service_registries[0].port",
	  "{" W_TD("awsvpc", "{'container_port': 80}", "") ", " W_SD ", " W_SVC(W_NET W_REG("")) "}",
	  "{" W_TD("awsvpc", "{'container_port': 80}", "") ", " W_SD ", "
	  W_SVC(W_NET W_REG(", 'port': 80")) "}" },
	{ "ecs.cfn_task_set_registry_awsvpc_srv", "set", "service_registries[0].port",
	  "{" W_TD("awsvpc", "{'container_port': 80}", "") ", " W_SD ", "
	  W_SET(W_SET_NET W_REG(", 'port': 80, 'container_name': 'app', 'container_port': 80")) "}",
	  "{" W_TD("awsvpc", "{'container_port': 80}", "") ", " W_SD ", "
	  W_SET(W_SET_NET W_REG(", 'container_name': 'app', 'container_port': 80")) "}" },
	{ "ecs.cfn_service_lb_port_in_task_definition", "svc", "load_balancers[0].container_port",
	  "{" W_TD("awsvpc", "{'container_port': 80}, {'container_port': 443}", "") ", "
	  W_SVC(W_NET W_LB("8080", W_TG_ARN)) "}",
	  "{" W_TD("awsvpc", "{'container_port': 80}, {'container_port': 443}", "") ", "
	  W_SVC(W_NET W_LB("443", W_TG_ARN)) "}" },
	{ "ecs.cfn_task_set_lb_port_in_task_definition", "set", "load_balancers[0].container_port",
	  "{" W_TD("awsvpc", "{'container_port': 80}", "") ", " W_SET(W_SET_NET W_LB("81", W_TG_ARN))
	  "}",
	  "{" W_TD("awsvpc", "{'container_port': 80}", "") ", " W_SET(W_SET_NET W_LB("80", W_TG_ARN))
	  "}" },
	{ "ecs.cfn_service_connect_port_name_in_task_definition", "svc",
	  "service_connect_configuration.services[0].port_name",
	  "{" W_TD("awsvpc", "{'container_port': 80, 'name': 'http'}", "") ", "
	  W_SVC(W_NET W_CONNECT("'port_name': 'web'")) "}",
	  "{" W_TD("awsvpc", "{'container_port': 80, 'name': 'http'}", "") ", "
	  W_SVC(W_NET W_CONNECT("'port_name': 'http'")) "}" },
	{ "ecs.cfn_service_connect_timeout_not_tcp", "svc",
	  "service_connect_configuration.services[0].timeout.per_request_timeout_seconds",
	  "{" W_TD("awsvpc", "{'container_port': 80, 'name': 'http'}", "") ", "
	  W_SVC(W_NET W_CONNECT("'port_name': 'http', 'timeout': {'per_request_timeout_seconds': 30}"))
	  "}",
	  "{" W_TD("awsvpc", "{'container_port': 80, 'name': 'http', 'app_protocol': 'http'}", "")
	  ", " W_SVC(W_NET W_CONNECT("'port_name': 'http', 'timeout': "
				     "{'per_request_timeout_seconds': 30}")) "}" },
	{ "ecs.cfn_service_volume_name_in_task_definition", "svc", "volume_configurations[0].name",
	  "{" W_TD("awsvpc", "{'container_port': 80}", ", 'volumes': [{'name': 'data', "
		   "'configured_at_launch': true}]") ", "
	  W_SVC(W_NET ", 'volume_configurations': [{'name': 'logs', 'managed_ebs_volume': "
		"{'role_arn': 'r'}}]") "}",
	  "{" W_TD("awsvpc", "{'container_port': 80}", ", 'volumes': [{'name': 'data', "
		   "'configured_at_launch': true}]") ", "
	  W_SVC(W_NET ", 'volume_configurations': [{'name': 'data', 'managed_ebs_volume': "
		"{'role_arn': 'r'}}]") "}" },
	{ "ecs.cfn_service_subnets_groups_one_vpc", "svc",
	  "network_configuration.awsvpc_configuration.security_groups[0]",
	  "{" W_VPCS ", " W_GROUP("b") ", 'svc': {'type': 'awscc.ecs.service'"
	  W_AWSVPC("awsvpc_configuration") "}}",
	  "{" W_VPCS ", " W_GROUP("a") ", 'svc': {'type': 'awscc.ecs.service'"
	  W_AWSVPC("awsvpc_configuration") "}}" },
	{ "vpclattice.gateway_groups_its_vpc", "gw", "vpc_identifier",
	  "{" W_VPCS ", " W_GROUP("b") ", 'gw': {'type': 'awscc.vpclattice.resource_gateway', "
	  "'name': 'gw', 'vpc_identifier': '${a.vpc_id}', 'subnet_ids': ['${sub.subnet_id}'], "
	  "'security_group_ids': ['${sg.group_id}']}}",
	  "{" W_VPCS ", " W_GROUP("a") ", 'gw': {'type': 'awscc.vpclattice.resource_gateway', "
	  "'name': 'gw', 'vpc_identifier': '${a.vpc_id}', 'subnet_ids': ['${sub.subnet_id}'], "
	  "'security_group_ids': ['${sg.group_id}']}}" },
	{ "ecs.cfn_task_set_subnets_groups_one_vpc", "set",
	  "network_configuration.aws_vpc_configuration.security_groups[0]",
	  "{" W_VPCS ", " W_GROUP("b") ", 'set': {'type': 'awscc.ecs.task_set', 'cluster': 'c', "
	  "'service': 's', 'task_definition': 'td'" W_AWSVPC("aws_vpc_configuration") "}}",
	  "{" W_VPCS ", " W_GROUP("a") ", 'set': {'type': 'awscc.ecs.task_set', 'cluster': 'c', "
	  "'service': 's', 'task_definition': 'td'" W_AWSVPC("aws_vpc_configuration") "}}" },
	/* a Transfer Family web app's subnets, of the VPC it names */
	{ "transfer.web_app_subnets_vpc", "app", "endpoint_details.vpc.vpc_id",
	  "{" W_VPCS ", 'app': {'type': 'awscc.transfer.web_app', 'endpoint_details': {'vpc': {"
	  "'subnet_ids': ['${sub.subnet_id}'], 'vpc_id': '${b.vpc_id}'}}}}",
	  "{" W_VPCS ", 'app': {'type': 'awscc.transfer.web_app', 'endpoint_details': {'vpc': {"
	  "'subnet_ids': ['${sub.subnet_id}'], 'vpc_id': '${a.vpc_id}'}}}}" },
	/* a DataSync agent's VPC endpoint of the stack, DataSync's */
	{ "datasync.agent_endpoint_is_datasync", "ag", "vpc_endpoint_id",
	  "{'ep': {'type': 'awscc.ec2.vpc_endpoint', 'vpc_id': 'vpc-1', 'service_name': "
	  "'com.amazonaws.us-east-1.s3'}, 'ag': {'type': 'awscc.datasync.agent', "
	  "'activation_key': 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE', 'vpc_endpoint_id': '${ep.id}'}}",
	  "{'ep': {'type': 'aws.ec2.vpc_endpoint', 'vpc_id': 'vpc-1', 'service_name': "
	  "'com.amazonaws.us-east-1.datasync'}, 'ag': {'type': 'awscc.datasync.agent', "
	  "'activation_key': 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE', 'vpc_endpoint_id': '${ep.id}'}}" },
	{ "ecs.cfn_task_set_awsvpc_target_type_ip", "set", "load_balancers[0].target_group_arn",
	  "{" W_TD("awsvpc", "{'container_port': 80}", "") ", " W_TG("instance") ", "
	  W_SET(W_SET_NET W_LB("80", "${tg.target_group_arn}")) "}",
	  "{" W_TD("bridge", "{'container_port': 80}", "") ", " W_TG("instance") ", "
	  W_SET(W_LB("80", "${tg.target_group_arn}")) "}" },
	{ "ec2.private_dns_needs_vpc_dns", "e", "vpc_id",
	  "{'v': {'type': 'aws.ec2.vpc', 'cidr_block': '10.0.0.0/16', 'enable_dns_hostnames': "
	  "false}, " W_ENDPOINT("aws.ec2.vpc_endpoint") "}",
	  "{'v': {'type': 'aws.ec2.vpc', 'cidr_block': '10.0.0.0/16', 'enable_dns_hostnames': "
	  "true}, " W_ENDPOINT("aws.ec2.vpc_endpoint") "}" },
	{ "ec2.cfn_private_dns_needs_vpc_dns", "e", "vpc_id",
	  "{'v': {'type': 'awscc.ec2.vpc', 'cidr_block': '10.0.0.0/16', 'enable_dns_hostnames': "
	  "true, 'enable_dns_support': false}, " W_ENDPOINT("awscc.ec2.vpc_endpoint") "}",
	  "{'v': {'type': 'awscc.ec2.vpc', 'cidr_block': '10.0.0.0/16', 'enable_dns_hostnames': "
	  "true, 'enable_dns_support': true}, " W_ENDPOINT("awscc.ec2.vpc_endpoint") "}" },
	{ "ec2.cfn_attachment_one_zone", "att", "instance_id",
	  "{" W_VOLUME ", " W_INSTANCE(", 'availability_zone': 'us-east-1b'") ", 'att': {'type': "
	  "'awscc.ec2.volume_attachment', 'volume_id': '${vol.volume_id}', 'instance_id': "
	  "'${i.instance_id}', 'device': '/dev/sdf'}}",
	  "{" W_VOLUME ", " W_INSTANCE(", 'availability_zone': 'us-east-1a'") ", 'att': {'type': "
	  "'awscc.ec2.volume_attachment', 'volume_id': '${vol.volume_id}', 'instance_id': "
	  "'${i.instance_id}', 'device': '/dev/sdf'}}" },
	{ "ec2.cfn_instance_volumes_one_zone", "i", "availability_zone",
	  "{" W_VOLUME ", " W_INSTANCE(", 'availability_zone': 'us-east-1b', 'volumes': "
				       "[{'device': '/dev/sdf', 'volume_id': '${vol.volume_id}'}]") "}",
	  "{" W_VOLUME ", " W_INSTANCE(", 'availability_zone': 'us-east-1a', 'volumes': "
				       "[{'device': '/dev/sdf', 'volume_id': '${vol.volume_id}'}]") "}" },
	{ "ec2.cfn_instance_ip_in_subnet", "i", "private_ip_address",
	  "{" W_SUBNET(", 'cidr_block': '10.0.1.0/24'") ", "
	  W_INSTANCE(", 'subnet_id': '${s.subnet_id}', 'private_ip_address': '10.0.2.5'") "}",
	  "{" W_SUBNET(", 'cidr_block': '10.0.1.0/24'") ", "
	  W_INSTANCE(", 'subnet_id': '${s.subnet_id}', 'private_ip_address': '10.0.1.5'") "}" },
	{ "ec2.cfn_instance_ipv6_only_resource_name", "i", "private_dns_name_options.hostname_type",
	  "{" W_SUBNET(", 'ipv_6_native': true, 'ipv_6_cidr_block': '2600:1f18::/64'") ", "
	  W_INSTANCE(", 'subnet_id': '${s.subnet_id}', 'private_dns_name_options': "
		     "{'hostname_type': 'ip-name'}") "}",
	  "{" W_SUBNET(", 'ipv_6_native': true, 'ipv_6_cidr_block': '2600:1f18::/64'") ", "
	  W_INSTANCE(", 'subnet_id': '${s.subnet_id}', 'private_dns_name_options': "
		     "{'hostname_type': 'resource-name'}") "}" },
	{ "ec2.cfn_pool_locale_of_source", "p", "locale", "{" W_POOL("us-west-2") "}",
	  "{" W_POOL("us-east-1") "}" },
	/* a queue's dead-letter queue by reference, FIFO or standard as the
	 * queue is */
#define Q(TYPE, NAME, FIFO_, MORE) "'" NAME "': {'type': '" TYPE "', 'fifo_queue': " FIFO_ MORE "}"
#define DLQ_OF(D) ", 'redrive_policy': {'deadLetterTargetArn': '${" D ".arn}', " \
		  "'maxReceiveCount': 3}"
	{ "sqs.fifo_dead_letter_fifo_by_reference", "q", "redrive_policy.deadLetterTargetArn",
	  "{" Q("aws.sqs.queue", "d", "false", ", 'name': 'd'") ", "
	  Q("aws.sqs.queue", "q", "true", ", 'name': 'q.fifo'" DLQ_OF("d")) "}",
	  "{" Q("aws.sqs.queue", "d", "true", ", 'name': 'd.fifo'") ", "
	  Q("aws.sqs.queue", "q", "true", ", 'name': 'q.fifo'" DLQ_OF("d")) "}" },
	{ "sqs.standard_dead_letter_standard_by_reference", "q",
	  "redrive_policy.deadLetterTargetArn",
	  "{" Q("aws.sqs.queue", "d", "true", ", 'name': 'd.fifo'") ", "
	  Q("aws.sqs.queue", "q", "false", ", 'name': 'q'" DLQ_OF("d")) "}",
	  "{" Q("aws.sqs.queue", "d", "false", ", 'name': 'd'") ", "
	  Q("aws.sqs.queue", "q", "false", ", 'name': 'q'" DLQ_OF("d")) "}" },
	{ "sqs.cfn_fifo_dead_letter_fifo_by_reference", "q", "redrive_policy.deadLetterTargetArn",
	  "{" Q("awscc.sqs.queue", "d", "false", "") ", " Q("awscc.sqs.queue", "q", "true", DLQ_OF("d"))
	  "}",
	  "{" Q("awscc.sqs.queue", "d", "true", "") ", " Q("awscc.sqs.queue", "q", "true", DLQ_OF("d"))
	  "}" },
	{ "sqs.cfn_standard_dead_letter_standard_by_reference", "q",
	  "redrive_policy.deadLetterTargetArn",
	  "{" Q("awscc.sqs.queue", "d", "true", "") ", " Q("awscc.sqs.queue", "q", "false", DLQ_OF("d"))
	  "}",
	  "{" Q("aws.sqs.queue", "d", "false", ", 'name': 'd'") ", "
	  Q("awscc.sqs.queue", "q", "false", DLQ_OF("d")) "}" },
#undef Q
#undef DLQ_OF
	/* helper census: an Amazon Connect user against its instance's identity
	 * management (the third scope's connect/rules.c) */
#define C_INSTANCE(MODE) "'inst': {'type': 'awscc.connect.instance', " \
	"'identity_management_type': '" MODE "', 'instance_alias': 'desk', 'attributes': " \
	"{'inbound_calls': true, 'outbound_calls': true}}"
#define C_USER(MORE) "'ana': {'type': 'awscc.connect.user', 'instance_arn': '${inst.arn}', " \
	"'username': 'ana', 'routing_profile_arn': 'arn:aws:connect:us-east-1:123456789012:" \
	"instance/0a1b/routing-profile/1a2b', 'security_profile_arns': ['arn:aws:connect:" \
	"us-east-1:123456789012:instance/0a1b/security-profile/2b3c']" MORE "}"
#define C_NAMES ", 'identity_info': {'first_name': 'Ana', 'last_name': 'Silva'}"
	{ "connect.user_password_connect_managed", "ana", "password",
	  "{" C_INSTANCE("CONNECT_MANAGED") ", " C_USER(C_NAMES) "}",
	  "{" C_INSTANCE("CONNECT_MANAGED") ", " C_USER(C_NAMES ", 'password': 'Secret123'") "}" },
	{ "connect.user_names_connect_or_saml", "ana", "identity_info.first_name",
	  "{" C_INSTANCE("SAML") ", " C_USER(", 'identity_info': {'last_name': 'Silva'}") "}",
	  "{" C_INSTANCE("EXISTING_DIRECTORY") ", " C_USER(", 'directory_user_id': 'u-1'") "}" },
#undef C_INSTANCE
#undef C_USER
#undef C_NAMES
	/* an IoT role alias against its role's maximum session */
#define I_ROLE(TYPE, MAX) "'role': {'type': '" TYPE "', 'name': 'devices', " \
	"'assume_role_policy': '{}', 'max_session_duration': " MAX "}"
#define I_ALIAS(SECONDS) "'alias': {'type': 'awscc.iot.role_alias', 'role_arn': " \
	"'${role.arn}', 'credential_duration_seconds': " SECONDS "}"
	{ "iot.role_alias_duration_within_role", "alias", "credential_duration_seconds",
	  "{" I_ROLE("aws.iam.role", "3600") ", " I_ALIAS("7200") "}",
	  "{" I_ROLE("aws.iam.role", "7200") ", " I_ALIAS("7200") "}" },
#undef I_ROLE
#undef I_ALIAS
	/* helper census2: API Gateway V2's authorizers, integrations and routes
	 * against their API's protocol, a domain name's certificate of a
	 * private CA */
#define A2_API(PROTOCOL) "'api': {'type': 'awscc.apigatewayv2.api', 'name': 'orders', " \
	"'protocol_type': '" PROTOCOL "', 'route_selection_expression': '$request.body.action'}"
#define A2_AUTH(MORE) "'auth': {'type': 'awscc.apigatewayv2.authorizer', 'api_id': " \
	"'${api.api_id}', 'name': 'auth', 'authorizer_type': 'REQUEST', 'authorizer_uri': " \
	"'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:" \
	"us-east-1:123456789012:function:auth/invocations'" MORE "}"
#define A2_INTEGRATION(MORE) "'int': {'type': 'awscc.apigatewayv2.integration', 'api_id': " \
	"'${api.api_id}', 'integration_type': 'HTTP_PROXY', 'integration_method': 'ANY', " \
	"'integration_uri': 'https://example.com'" MORE "}"
#define A2_ROUTE(KEY, MORE) "'route': {'type': 'awscc.apigatewayv2.route', 'api_id': " \
	"'${api.api_id}', 'route_key': '" KEY "'" MORE "}"
#define A2_CERT "'cert': {'type': 'awscc.certificatemanager.certificate', 'domain_name': " \
	"'api.example.com', 'certificate_authority_arn': 'arn:aws:acm-pca:us-east-1:" \
	"123456789012:certificate-authority/1a2b'}"
#define A2_DOMAIN(MORE) "'dom': {'type': 'awscc.apigatewayv2.domain_name', 'domain_name': " \
	"'api.example.com', 'domain_name_configurations': [{'certificate_arn': '${cert.id}'" \
	MORE "}], 'mutual_tls_authentication': {'truststore_uri': 's3://trust/ca.pem'}}"
	{ "apigatewayv2.cfn_http_lambda_authorizer_payload_version", "auth",
	  "authorizer_payload_format_version", "{" A2_API("HTTP") ", " A2_AUTH("") "}",
	  "{" A2_API("HTTP") ", " A2_AUTH(", 'authorizer_payload_format_version': '2.0'") "}" },
	{ "apigatewayv2.cfn_http_integration_payload_version", "int", "payload_format_version",
	  "{" A2_API("HTTP") ", " A2_INTEGRATION("") "}",
	  "{" A2_API("WEBSOCKET") ", " A2_INTEGRATION("") "}" },
	{ "apigatewayv2.cfn_http_route_key", "route", "route_key",
	  "{" A2_API("HTTP") ", " A2_ROUTE("/orders", "") "}",
	  "{" A2_API("HTTP") ", " A2_ROUTE("GET /orders", "") "}" },
	{ "apigatewayv2.cfn_websocket_route_authorization_type", "route", "authorization_type",
	  "{" A2_API("WEBSOCKET") ", " A2_ROUTE("$connect", ", 'authorization_type': 'JWT'") "}",
	  "{" A2_API("HTTP") ", " A2_ROUTE("GET /orders", ", 'authorization_type': 'JWT'") "}" },
	{ "apigatewayv2.cfn_domain_ownership_verification", "dom",
	  "domain_name_configurations[0].ownership_verification_certificate_arn",
	  "{" A2_CERT ", " A2_DOMAIN("") "}",
	  "{" A2_CERT ", " A2_DOMAIN(", 'ownership_verification_certificate_arn': "
				     "'arn:aws:acm:us-east-1:123456789012:certificate/9z8y'") "}" },
#undef A2_API
#undef A2_AUTH
#undef A2_INTEGRATION
#undef A2_ROUTE
#undef A2_CERT
#undef A2_DOMAIN
	/* helper census2: ElastiCache's clusters against their parameter group
	 * and subnet group, a serverless cache's subnets */
#define E_SUBNET(NAME, VPC, ZONE) "'" NAME "': {'type': 'aws.ec2.subnet', 'vpc_id': '" VPC "', " \
	"'cidr_block': '10.0.1.0/24', 'availability_zone': '" ZONE "'}"
#define E_SUBNETS E_SUBNET("a", "vpc-1", "us-east-1a") ", " E_SUBNET("b", "vpc-1", "us-east-1b")
#define E_GROUP "'sg': {'type': 'awscc.elasticache.subnet_group', 'description': 'cache', " \
	"'subnet_ids': ['${a.id}', '${b.id}']}"
#define E_CLUSTER(MORE) "'cc': {'type': 'awscc.elasticache.cache_cluster', 'cache_node_type': " \
	"'cache.t3.micro', 'engine': 'memcached', 'num_cache_nodes': 2" MORE "}"
#define E_REPLICATION(ZONES) "'rg': {'type': 'awscc.elasticache.replication_group', " \
	"'replication_group_description': 'orders', 'num_cache_clusters': 2, " \
	"'cache_subnet_group_name': '${sg.cache_subnet_group_name}', " \
	"'preferred_cache_cluster_a_zs': [" ZONES "]}"
#define E_PARAMETERS(ENABLED) "'pg': {'type': 'awscc.elasticache.parameter_group', " \
	"'cache_parameter_group_family': 'redis7', 'description': 'cache', 'properties': " \
	"{'cluster-enabled': '" ENABLED "'}}"
#define E_SERVERLESS "'sc': {'type': 'awscc.elasticache.serverless_cache', 'engine': " \
	"'valkey', 'serverless_cache_name': 'orders', 'subnet_ids': ['${a.id}', '${b.id}']}"
	{ "elasticache.cache_cluster_cluster_enabled_group", "cc",
	  "cache_parameter_group_name",
	  "{" E_PARAMETERS("yes") ", " E_CLUSTER(", 'cache_parameter_group_name': "
						 "'${pg.cache_parameter_group_name}'") "}",
	  "{" E_PARAMETERS("no") ", " E_CLUSTER(", 'cache_parameter_group_name': "
						"'${pg.cache_parameter_group_name}'") "}" },
	{ "elasticache.cache_cluster_zones_of_subnet_group", "cc", "preferred_availability_zones[1]",
	  "{" E_SUBNETS ", " E_GROUP ", " E_CLUSTER(", 'cache_subnet_group_name': "
			"'${sg.cache_subnet_group_name}', 'preferred_availability_zones': "
			"['us-east-1a', 'us-east-1c']") "}",
	  "{" E_SUBNETS ", " E_GROUP ", " E_CLUSTER(", 'cache_subnet_group_name': "
			"'${sg.cache_subnet_group_name}', 'preferred_availability_zones': "
			"['us-east-1a', 'us-east-1b']") "}" },
	{ "elasticache.replication_group_zones_of_subnet_group", "rg",
	  "preferred_cache_cluster_a_zs[1]",
	  "{" E_SUBNETS ", " E_GROUP ", " E_REPLICATION("'us-east-1b', 'us-east-1d'") "}",
	  "{" E_SUBNETS ", " E_GROUP ", " E_REPLICATION("'us-east-1b', 'us-east-1a'") "}" },
	{ "elasticache.serverless_subnets_one_vpc", "sc", "subnet_ids[1]",
	  "{" E_SUBNET("a", "vpc-1", "us-east-1a") ", " E_SUBNET("b", "vpc-2", "us-east-1b") ", "
	  E_SERVERLESS "}", "{" E_SUBNETS ", " E_SERVERLESS "}" },
#undef E_SUBNET
#undef E_SUBNETS
#undef E_GROUP
#undef E_CLUSTER
#undef E_REPLICATION
#undef E_PARAMETERS
#undef E_SERVERLESS
	/* a SageMaker user profile's IAM Identity Center user, by its domain's
	 * authentication */
#define SM_DOMAIN(AUTH) "'dom': {'type': 'awscc.sagemaker.domain', 'domain_name': 'studio', " \
	"'auth_mode': '" AUTH "', 'vpc_id': 'vpc-1', 'subnet_ids': ['subnet-1'], " \
	"'default_user_settings': {'execution_role': 'arn:aws:iam::123456789012:role/sm'}}"
#define SM_USER(MORE) "'ana': {'type': 'awscc.sagemaker.user_profile', 'domain_id': " \
	"'${dom.domain_id}', 'user_profile_name': 'ana'" MORE "}"
#define SM_SSO ", 'single_sign_on_user_identifier': 'UserName', " \
	"'single_sign_on_user_value': 'ana'"
	{ "sagemaker.user_sso_identifier", "ana", "single_sign_on_user_identifier",
	  "{" SM_DOMAIN("SSO") ", " SM_USER(", 'single_sign_on_user_value': 'ana'") "}",
	  "{" SM_DOMAIN("SSO") ", " SM_USER(SM_SSO) "}" },
	{ "sagemaker.user_sso_value", "ana", "single_sign_on_user_value",
	  "{" SM_DOMAIN("SSO") ", " SM_USER(", 'single_sign_on_user_identifier': 'UserName'") "}",
	  "{" SM_DOMAIN("SSO") ", " SM_USER(SM_SSO) "}" },
	{ "sagemaker.user_sso_only_with_sso", "ana", "single_sign_on_user_identifier",
	  "{" SM_DOMAIN("IAM") ", " SM_USER(SM_SSO) "}", "{" SM_DOMAIN("IAM") ", " SM_USER("") "}" },
#undef SM_DOMAIN
#undef SM_USER
#undef SM_SSO
	/* a private CA's certificates, by the CA's key */
#define PCA(TYPE, KEY) "'ca': {'type': 'awscc.acmpca.certificate_authority', " \
	"'certificate_authority_type': '" TYPE "', 'key_algorithm': '" KEY "', " \
	"'signing_algorithm': 'SHA256WITHRSA', 'subject': {'common_name': 'corp'}}"
#define PCA_CERT(SIGNING) "'crt': {'type': 'awscc.acmpca.certificate', " \
	"'certificate_authority_arn': '${ca.arn}', 'certificate_signing_request': 'CSR', " \
	"'signing_algorithm': '" SIGNING "', 'validity': {'type': 'DAYS', 'value': 30}}"
	{ "acmpca.signing_family_rsa", "crt", "signing_algorithm",
	  "{" PCA("ROOT", "RSA_2048") ", " PCA_CERT("SHA256WITHECDSA") "}",
	  "{" PCA("ROOT", "RSA_2048") ", " PCA_CERT("SHA256WITHRSA") "}" },
	{ "acmpca.signing_family_ecdsa", "crt", "signing_algorithm",
	  "{" PCA("ROOT", "EC_prime256v1") ", " PCA_CERT("SHA384WITHRSA") "}",
	  "{" PCA("ROOT", "EC_prime256v1") ", " PCA_CERT("SHA384WITHECDSA") "}" },
#undef PCA
#undef PCA_CERT
	/* helper census5: Elastic Load Balancing's listeners by their load
	 * balancer and target groups, a rule by its listener, a load balancer by
	 * its subnets' zones and Outposts */
#define EL_SUBNET(NAME, ZONE, MORE) "'" NAME "': {'type': 'aws.ec2.subnet', 'vpc_id': 'vpc-1', " \
	"'cidr_block': '10.0.1.0/24', 'availability_zone': '" ZONE "'" MORE "}"
#define EL_LB(TYPE, MORE) "'lb': {'type': 'awscc.elasticloadbalancingv2.load_balancer', " \
	"'load_balancer_type': '" TYPE "'" MORE "}"
#define EL_TG(PROTO) "'tg': {'type': 'awscc.elasticloadbalancingv2.target_group', 'name': " \
	"'g', 'protocol': '" PROTO "', 'port': 53, 'vpc_id': 'vpc-1'}"
#define EL_LISTENER(MORE) "'l': {'type': 'awscc.elasticloadbalancingv2.listener', " \
	"'load_balancer_arn': '${lb.load_balancer_arn}', 'default_actions': [{'type': 'forward', " \
	"'target_group_arn': '${tg.target_group_arn}'}]" MORE "}"
#define EL_RULE(PROTO) "'r': {'type': 'awscc.elasticloadbalancingv2.listener_rule', " \
	"'listener_arn': '${l.listener_arn}', 'priority': 1, 'conditions': [{'field': " \
	"'path-pattern', 'values': ['/a']}], 'actions': [{'type': 'redirect', 'redirect_config': " \
	"{'status_code': 'HTTP_301', 'protocol': '" PROTO "'}}]}"
#define EL_TWO EL_SUBNET("a", "us-east-1a", "") ", " EL_SUBNET("b", "us-east-1b", "")
	{ "elbv2.gwlb_listener_no_port_protocol", "l", "port",
	  "{" EL_LB("gateway", "") ", " EL_TG("GENEVE") ", " EL_LISTENER(", 'port': 6081") "}",
	  "{" EL_LB("gateway", "") ", " EL_TG("GENEVE") ", " EL_LISTENER("") "}" },
	{ "elbv2.tcp_udp_listener_group", "l", "default_actions[0].target_group_arn",
	  "{" EL_LB("network", "") ", " EL_TG("UDP") ", " EL_LISTENER(", 'protocol': 'TCP_UDP', "
							   "'port': 53") "}",
	  "{" EL_LB("network", "") ", " EL_TG("TCP_UDP") ", " EL_LISTENER(", 'protocol': "
							       "'TCP_UDP', 'port': 53") "}" },
	{ "elbv2.tcp_quic_listener_group", "l", "default_actions[0].target_group_arn",
	  "{" EL_LB("network", "") ", " EL_TG("QUIC") ", " EL_LISTENER(", 'protocol': 'TCP_QUIC', "
							    "'port': 443") "}",
	  "{" EL_LB("network", "") ", " EL_TG("TCP_QUIC") ", " EL_LISTENER(", 'protocol': "
								"'TCP_QUIC', 'port': 443") "}" },
	{ "elbv2.rule_redirect_not_to_http", "r", "actions[0].redirect_config.protocol",
	  "{" EL_LB("application", "") ", " EL_TG("HTTP") ", " EL_LISTENER(", 'protocol': 'HTTPS'")
	  ", " EL_RULE("HTTP") "}",
	  "{" EL_LB("application", "") ", " EL_TG("HTTP") ", " EL_LISTENER(", 'protocol': 'HTTP'")
	  ", " EL_RULE("HTTP") "}" },
	{ "elbv2.alb_two_zones", "lb", "the outpost_arn of what subnets[0] names",
	  "{" EL_TWO ", " EL_LB("application", ", 'subnets': ['${a.id}']") "}",
	  "{" EL_SUBNET("a", "us-west-2-lax-1a", "") ", "
	  EL_LB("application", ", 'subnets': ['${a.id}']") "}" },
	{ "elbv2.alb_two_zones_mappings", "lb",
	  "the outpost_arn of what subnet_mappings[0].subnet_id names",
	  "{" EL_TWO ", " EL_LB("application", ", 'subnet_mappings': [{'subnet_id': '${a.id}'}]") "}",
	  "{" EL_TWO ", " EL_LB("application", ", 'subnet_mappings': [{'subnet_id': '${a.id}'}, "
				"{'subnet_id': '${b.id}'}]") "}" },
	{ "elbv2.alb_outpost_one_subnet", "lb", "subnets",
	  "{" EL_SUBNET("a", "us-east-1a", ", 'outpost_arn': 'arn:aws:outposts:us-east-1:"
			"123456789012:outpost/op-1'") ", " EL_SUBNET("b", "us-east-1b", "") ", "
	  EL_LB("application", ", 'subnets': ['${a.id}', '${b.id}']") "}",
	  "{" EL_SUBNET("a", "us-east-1a", ", 'outpost_arn': 'arn:aws:outposts:us-east-1:"
			"123456789012:outpost/op-1'") ", "
	  EL_LB("application", ", 'subnets': ['${a.id}']") "}" },
#undef EL_SUBNET
#undef EL_LB
#undef EL_TG
#undef EL_LISTENER
#undef EL_RULE
#undef EL_TWO
	/* helper audit6: Amazon Cognito's tiers and terms through the user pool
	 * and the app client named */
#define CG_POOL(TIER) "'pool': {'type': 'awscc.cognito.user_pool', 'user_pool_name': 'users', " \
	"'user_pool_tier': '" TIER "'}"
#define CG_CLIENT(FLOW) "'web': {'type': 'awscc.cognito.user_pool_client', 'user_pool_id': " \
	"'${pool.user_pool_id}', 'explicit_auth_flows': ['" FLOW "', 'ALLOW_REFRESH_TOKEN_AUTH']}"
#define CG_LOGS(DEST) "'logs': {'type': 'awscc.cognito.log_delivery_configuration', " \
	"'user_pool_id': '${pool.user_pool_id}', 'log_configurations': [{'event_source': " \
	"'userAuthEvents', 'log_level': 'INFO', " DEST "}]}"
#define CG_TERMS(POOL) "'terms': {'type': 'awscc.cognito.terms', 'user_pool_id': '" POOL "', " \
	"'client_id': '${app.client_id}', 'terms_name': 'terms-of-use', 'terms_source': " \
	"'LINK', 'enforcement': 'NONE', 'links': {'cognito:default': 'https://example.com/t'}}, " \
	"'app': {'type': 'awscc.cognito.user_pool_client', 'user_pool_id': 'us-east-1_abc'}"
	{ "cognito.user_auth_tier", "web", "user_pool_id",
	  "{" CG_POOL("LITE") ", " CG_CLIENT("ALLOW_USER_AUTH") "}",
	  "{" CG_POOL("ESSENTIALS") ", " CG_CLIENT("ALLOW_USER_AUTH") "}" },
	{ "cognito.log_export_plus_tier", "logs", "user_pool_id",
	  "{" CG_POOL("ESSENTIALS") ", " CG_LOGS("'firehose_configuration': {'stream_arn': "
		"'arn:aws:firehose:us-east-1:123456789012:deliverystream/auth'}") "}",
	  "{" CG_POOL("PLUS") ", " CG_LOGS("'s3_configuration': {'bucket_arn': "
		"'arn:aws:s3:::auth-logs'}") "}" },
	{ "cognito.terms_client_of_pool", "terms", "user_pool_id",
	  "{" CG_TERMS("us-east-1_xyz") "}", "{" CG_TERMS("us-east-1_abc") "}" },
#undef CG_POOL
#undef CG_CLIENT
#undef CG_LOGS
#undef CG_TERMS
	/* a GameLift container fleet's game server group, by its definition's
	 * type */
#define GL_CGD(TYPE, CONTAINERS) "'cgd': {'type': " \
	"'awscc.gamelift.container_group_definition', 'name': 'game', 'operating_system': " \
	"'AMAZON_LINUX_2023', 'total_memory_limit_mebibytes': 4096, 'total_vcpu_limit': 2, " \
	"'container_group_type': '" TYPE "', " CONTAINERS "}"
#define GL_FLEET "'fleet': {'type': 'awscc.gamelift.container_fleet', 'fleet_role_arn': " \
	"'arn:aws:iam::123456789012:role/gl', 'game_server_container_group_definition_name': " \
	"'${cgd.name}'}"
	{ "gamelift.game_server_group_type", "fleet", "game_server_container_group_definition_name",
	  "{" GL_CGD("PER_INSTANCE", "'support_container_definitions': [{'container_name': 't', "
		     "'image_uri': 't:1', 'essential': true}]") ", " GL_FLEET "}",
	  "{" GL_CGD("GAME_SERVER", "'game_server_container_definition': {'container_name': "
		     "'g', 'image_uri': 'g:1', 'server_sdk_version': '5.0.0'}") ", " GL_FLEET "}" },
#undef GL_CGD
#undef GL_FLEET
	/* an EFS mount target's security groups in its subnet's VPC; a
	 * replication's destination the stack makes, not protected */
#define EFS_VPCS "'a': {'type': 'aws.ec2.vpc', 'cidr_block': '10.0.0.0/16'}, " \
	"'b': {'type': 'aws.ec2.vpc', 'cidr_block': '10.1.0.0/16'}, " \
	"'sub': {'type': 'aws.ec2.subnet', 'vpc_id': '${a.vpc_id}', 'cidr_block': '10.0.1.0/24'}"
#define EFS_GROUP(VPC) "'sg': {'type': 'aws.ec2.security_group', 'name': 'nfs', " \
	"'description': 'nfs', 'vpc_id': '${" VPC ".vpc_id}'}"
#define EFS_TARGET "'mt': {'type': 'awscc.efs.mount_target', 'file_system_id': " \
	"'fs-0123456789abcdef0', 'subnet_id': '${sub.subnet_id}', 'security_groups': " \
	"['${sg.group_id}']}"
#define EFS_DEST(PROTECTION) "'dst': {'type': 'awscc.efs.file_system', " \
	"'file_system_protection': {'replication_overwrite_protection': '" PROTECTION "'}}"
#define EFS_SOURCE "'src': {'type': 'awscc.efs.file_system', 'replication_configuration': " \
	"{'destinations': [{'file_system_id': '${dst.file_system_id}', 'region': 'us-east-1'}]}}"
	{ "efs.groups_vpc_of_subnet", "mt", "security_groups[0]",
	  "{" EFS_VPCS ", " EFS_GROUP("b") ", " EFS_TARGET "}",
	  "{" EFS_VPCS ", " EFS_GROUP("a") ", " EFS_TARGET "}" },
	{ "efs.destination_unprotected", "src",
	  "replication_configuration.destinations[0].file_system_id",
	  "{" EFS_DEST("ENABLED") ", " EFS_SOURCE "}", "{" EFS_DEST("DISABLED") ", " EFS_SOURCE "}" },
#undef EFS_VPCS
#undef EFS_GROUP
#undef EFS_TARGET
#undef EFS_DEST
#undef EFS_SOURCE
	/* a DataSync task's options by the locations the stack makes */
#define DS_EFS "'efs': {'type': 'awscc.datasync.location_efs', 'ec_2_config': " \
	"{'security_group_arns': ['arn:aws:ec2:us-east-1:123456789012:security-group/sg-1'], " \
	"'subnet_arn': 'arn:aws:ec2:us-east-1:123456789012:subnet/subnet-1'}, " \
	"'efs_filesystem_arn': 'arn:aws:elasticfilesystem:us-east-1:123456789012:" \
	"file-system/fs-1'}"
#define DS_S3(CLASS) "'s3': {'type': 'awscc.datasync.location_s3', 's3_config': " \
	"{'bucket_access_role_arn': 'arn:aws:iam::123456789012:role/ds'}, 's3_bucket_arn': " \
	"'arn:aws:s3:::archive', 's3_storage_class': '" CLASS "'}"
#define DS_TASK(OPTIONS) "'task': {'type': 'awscc.datasync.task', 'source_location_arn': " \
	"'${efs.location_arn}', 'destination_location_arn': '${s3.location_arn}', " \
	"'options': {" OPTIONS "}}"
	{ "datasync.devices_not_efs", "task", "options.preserve_devices",
	  "{" DS_EFS ", " DS_S3("STANDARD") ", " DS_TASK("'preserve_devices': 'PRESERVE'") "}",
	  "{" DS_EFS ", " DS_S3("STANDARD") ", " DS_TASK("'preserve_devices': 'NONE'") "}" },
	{ "datasync.verify_not_glacier", "task", "options.verify_mode",
	  "{" DS_EFS ", " DS_S3("DEEP_ARCHIVE") ", "
	  DS_TASK("'verify_mode': 'POINT_IN_TIME_CONSISTENT'") "}",
	  "{" DS_EFS ", " DS_S3("DEEP_ARCHIVE") ", "
	  DS_TASK("'verify_mode': 'ONLY_FILES_TRANSFERRED'") "}" },
#undef DS_EFS
#undef DS_S3
#undef DS_TASK
	/* an AppSync unit resolver of a data source the stack makes, its
	 * templates; a custom domain's API, the stack's, not private */
#define AS_DS(TYPE) "'ds': {'type': 'awscc.appsync.data_source', 'api_id': 'abc', 'name': " \
	"'orders', 'data_source_type': '" TYPE "'}"
#define AS_RESOLVER "'r': {'type': 'awscc.appsync.resolver', 'api_id': 'abc', 'type_name': " \
	"'Query', 'field_name': 'get', 'kind': 'UNIT', 'data_source_name': '${ds.name}'}"
#define AS_API(VISIBILITY) "'api': {'type': 'awscc.appsync.graph_ql_api', 'name': 'api', " \
	"'authentication_type': 'API_KEY', 'visibility': '" VISIBILITY "'}"
#define AS_DOMAIN "'d': {'type': 'awscc.appsync.domain_name_api_association', 'domain_name': " \
	"'api.example.com', 'api_id': '${api.api_id}'}"
	{ "appsync.resolver_templates", "r", "request_mapping_template",
	  "{" AS_DS("AMAZON_DYNAMODB") ", " AS_RESOLVER "}",
	  "{" AS_DS("AWS_LAMBDA") ", " AS_RESOLVER "}" },
	{ "appsync.domain_api_not_private", "d", "api_id",
	  "{" AS_API("PRIVATE") ", " AS_DOMAIN "}", "{" AS_API("GLOBAL") ", " AS_DOMAIN "}" },
#undef AS_DS
#undef AS_RESOLVER
#undef AS_API
#undef AS_DOMAIN
	/* helper census9: an AWS Signer profile permission's action by its
	 * profile's platform (its workflow) */
#define SIGNING_PROFILE(PLATFORM) "'sp': {'type': 'awscc.signer.signing_profile', " \
	"'platform_id': '" PLATFORM "'}"
#define PROFILE_PERMISSION(ACTION) "'perm': {'type': 'awscc.signer.profile_permission', " \
	"'profile_name': '${sp.profile_name}', 'action': '" ACTION "', 'principal': " \
	"'123456789012', 'statement_id': 'ci'}"
	{ "signer.container_no_start_signing_job", "perm", "action",
	  "{" SIGNING_PROFILE("Notation-OCI-SHA384-ECDSA") ", "
	  PROFILE_PERMISSION("signer:StartSigningJob") "}",
	  "{" SIGNING_PROFILE("Notation-OCI-SHA384-ECDSA") ", "
	  PROFILE_PERMISSION("signer:SignPayload") "}" },
	{ "signer.lambda_no_sign_payload", "perm", "action",
	  "{" SIGNING_PROFILE("AWSLambda-SHA384-ECDSA") ", "
	  PROFILE_PERMISSION("signer:SignPayload") "}",
	  "{" SIGNING_PROFILE("AWSLambda-SHA384-ECDSA") ", "
	  PROFILE_PERMISSION("signer:StartSigningJob") "}" },
#undef SIGNING_PROFILE
#undef PROFILE_PERMISSION
	/* an Auto Scaling group's subnets, placement group and launch
	 * configuration (autoscaling/rules.c) */
#define AS_SUBNET(ZONE) "'s': {'type': 'awscc.ec2.subnet', 'vpc_id': 'vpc-1', 'cidr_block': " \
	"'10.0.1.0/24', 'availability_zone': '" ZONE "'}"
#define AS_GROUP(MORE) "'g': {'type': 'awscc.autoscaling.auto_scaling_group', 'min_size': " \
	"'1', 'max_size': '3'" MORE "}"
#define AS_LT ", 'launch_template': {'launch_template_id': 'lt-0abc', 'version': '1'}"
#define AS_PG "'pg': {'type': 'awscc.ec2.placement_group', 'strategy': 'cluster'}"
#define AS_LC(MORE) "'lc': {'type': 'awscc.autoscaling.launch_configuration', 'image_id': " \
	"'ami-0abc', 'instance_type': 't3.micro'" MORE "}"
#define AS_BY_LC(MORE) AS_GROUP(", 'launch_configuration_name': '${lc.launch_configuration_name}'" \
	MORE)
	{ "autoscaling.subnets_in_zones", "g", "vpc_zone_identifier[0]->availability_zone",
	  "{" AS_SUBNET("us-east-1b") ", " AS_GROUP(AS_LT ", 'availability_zones': ['us-east-1a'], "
	  "'vpc_zone_identifier': ['${s.subnet_id}']") "}",
	  "{" AS_SUBNET("us-east-1a") ", " AS_GROUP(AS_LT ", 'availability_zones': ['us-east-1a'], "
	  "'vpc_zone_identifier': ['${s.subnet_id}']") "}" },
	{ "autoscaling.cluster_one_zone", "g", "availability_zones",
	  "{" AS_PG ", " AS_GROUP(AS_LT ", 'placement_group': '${pg.group_name}', "
	  "'availability_zones': ['us-east-1a', 'us-east-1b']") "}",
	  "{" AS_PG ", " AS_GROUP(AS_LT ", 'placement_group': '${pg.group_name}', "
	  "'availability_zones': ['us-east-1a']") "}" },
	{ "autoscaling.public_ip_needs_subnets", "g", "vpc_zone_identifier",
	  "{" AS_LC(", 'associate_public_ip_address': true") ", "
	  AS_BY_LC(", 'availability_zones': ['us-east-1a']") "}",
	  "{" AS_LC(", 'associate_public_ip_address': true") ", "
	  AS_BY_LC(", 'vpc_zone_identifier': ['subnet-0abc']") "}" },
	{ "autoscaling.tenancy_needs_subnets", "g", "vpc_zone_identifier",
	  "{" AS_LC(", 'placement_tenancy': 'dedicated'") ", "
	  AS_BY_LC(", 'availability_zones': ['us-east-1a']") "}",
	  "{" AS_LC(", 'placement_tenancy': 'dedicated'") ", "
	  AS_BY_LC(", 'vpc_zone_identifier': ['subnet-0abc']") "}" },
#undef AS_SUBNET
#undef AS_GROUP
#undef AS_LT
#undef AS_PG
#undef AS_LC
#undef AS_BY_LC
	/* an IoT SiteWise asset's and composite model's model (iotsitewise/rules.c) */
#define SW_MODEL(NAME, TYPE) "'" NAME "': {'type': 'awscc.iotsitewise.asset_model', " \
	"'asset_model_name': '" NAME "', 'asset_model_type': '" TYPE "'}"
	{ "iotsitewise.asset_not_of_component_model", "a", "asset_model_id",
	  "{" SW_MODEL("m", "COMPONENT_MODEL") ", 'a': {'type': 'awscc.iotsitewise.asset', "
	  "'asset_name': 'pump', 'asset_model_id': '${m.asset_model_id}'}}",
	  "{" SW_MODEL("m", "ASSET_MODEL") ", 'a': {'type': 'awscc.iotsitewise.asset', "
	  "'asset_name': 'pump', 'asset_model_id': '${m.asset_model_id}'}}" },
	{ "iotsitewise.composed_of_component_model", "p",
	  "asset_model_composite_models[0].composed_asset_model_id",
	  "{" SW_MODEL("m", "ASSET_MODEL") ", 'p': {'type': 'awscc.iotsitewise.asset_model', "
	  "'asset_model_name': 'plant', 'asset_model_composite_models': [{'name': 'c', 'type': "
	  "'CUSTOM', 'composed_asset_model_id': '${m.asset_model_id}'}]}}",
	  "{" SW_MODEL("m", "COMPONENT_MODEL") ", 'p': {'type': 'awscc.iotsitewise.asset_model', "
	  "'asset_model_name': 'plant', 'asset_model_composite_models': [{'name': 'c', 'type': "
	  "'CUSTOM', 'composed_asset_model_id': '${m.asset_model_id}'}]}}" },
#undef SW_MODEL
	/* a MediaConnect flow's subnets, an output's and a VPC interface's flow
	 * (mediaconnect/rules.c) */
#define MC_SUBNET(ZONE) "'s': {'type': 'awscc.ec2.subnet', 'vpc_id': 'vpc-1', 'cidr_block': " \
	"'10.0.1.0/24', 'availability_zone': '" ZONE "'}"
#define MC_FLOW(MORE) "'f': {'type': 'awscc.mediaconnect.flow', 'name': 'live', 'source': " \
	"{'name': 'cam'}" MORE "}"
#define MC_VPC ", 'vpc_interfaces': [{'name': 'a', 'role_arn': " \
	"'arn:aws:iam::123456789012:role/mc', 'security_group_ids': ['sg-1'], 'subnet_id': " \
	"'${s.subnet_id}'}]"
#define MC_NDI_OUTPUT "'o': {'type': 'awscc.mediaconnect.flow_output', 'flow_arn': " \
	"'${f.flow_arn}', 'protocol': 'ndi-speed-hq'}"
	{ "mediaconnect.flow_subnets_in_zone", "f", "availability_zone",
	  "{" MC_SUBNET("us-east-1b") ", " MC_FLOW(", 'availability_zone': 'us-east-1a'" MC_VPC) "}",
	  "{" MC_SUBNET("us-east-1a") ", " MC_FLOW(", 'availability_zone': 'us-east-1a'" MC_VPC) "}" },
	{ "mediaconnect.ndi_output_flow_config", "o", "the ndi_config of what flow_arn names",
	  "{" MC_FLOW("") ", " MC_NDI_OUTPUT "}",
	  "{" MC_FLOW(", 'ndi_config': {'ndi_state': 'ENABLED'}") ", " MC_NDI_OUTPUT "}" },
	{ "mediaconnect.ndi_output_flow_enabled", "o", "flow_arn",
	  "{" MC_FLOW(", 'ndi_config': {'ndi_state': 'DISABLED'}") ", " MC_NDI_OUTPUT "}",
	  "{" MC_FLOW(", 'ndi_config': {'ndi_state': 'ENABLED'}") ", " MC_NDI_OUTPUT "}" },
	{ "mediaconnect.vpc_interface_subnet_zone", "v", "flow_arn",
	  "{" MC_SUBNET("us-east-1b") ", " MC_FLOW(", 'availability_zone': 'us-east-1a'") ", "
	  "'v': {'type': 'awscc.mediaconnect.flow_vpc_interface', 'flow_arn': '${f.flow_arn}', "
	  "'name': 'a', 'role_arn': 'arn:aws:iam::123456789012:role/mc', 'security_group_ids': "
	  "['sg-1'], 'subnet_id': '${s.subnet_id}'}}",
	  "{" MC_SUBNET("us-east-1a") ", " MC_FLOW(", 'availability_zone': 'us-east-1a'") ", "
	  "'v': {'type': 'awscc.mediaconnect.flow_vpc_interface', 'flow_arn': '${f.flow_arn}', "
	  "'name': 'a', 'role_arn': 'arn:aws:iam::123456789012:role/mc', 'security_group_ids': "
	  "['sg-1'], 'subnet_id': '${s.subnet_id}'}}" },
#undef MC_SUBNET
#undef MC_FLOW
#undef MC_VPC
#undef MC_NDI_OUTPUT
	/* helper census11: an EMR Studio's security groups and subnets in its
	 * VPC (W_VPCS: VPCs a and b, subnet sub in a) */
#define EMR_GROUP(NAME, VPC) "'" NAME "': {'type': 'aws.ec2.security_group', 'name': '" NAME \
	"', 'description': 'studio', 'vpc_id': '${" VPC ".vpc_id}'}"
#define EMR_STUDIO(SUBNET, ENGINE, WORKSPACE) "'studio': {'type': 'awscc.emr.studio', " \
	"'name': 'lab', 'auth_mode': 'IAM', 'vpc_id': '${a.vpc_id}', 'subnet_ids': ['" SUBNET \
	"'], 'engine_security_group_id': '${" ENGINE ".group_id}', " \
	"'workspace_security_group_id': '${" WORKSPACE ".group_id}', 'service_role': " \
	"'arn:aws:iam::123456789012:role/studio', 'default_s3_location': 's3://lab/studio'}"
#define EMR_OTHER_SUBNET "'sub_b': {'type': 'aws.ec2.subnet', 'vpc_id': '${b.vpc_id}', " \
	"'cidr_block': '10.1.1.0/24'}"
	{ "emr.studio_engine_group_vpc", "studio", "vpc_id",
	  "{" W_VPCS ", " EMR_GROUP("ga", "a") ", " EMR_GROUP("gb", "b") ", "
	  EMR_STUDIO("${sub.subnet_id}", "gb", "ga") "}",
	  "{" W_VPCS ", " EMR_GROUP("ga", "a") ", " EMR_STUDIO("${sub.subnet_id}", "ga", "ga") "}" },
	{ "emr.studio_workspace_group_vpc", "studio", "vpc_id",
	  "{" W_VPCS ", " EMR_GROUP("ga", "a") ", " EMR_GROUP("gb", "b") ", "
	  EMR_STUDIO("${sub.subnet_id}", "ga", "gb") "}",
	  "{" W_VPCS ", " EMR_GROUP("ga", "a") ", " EMR_GROUP("gb", "b") ", "
	  EMR_STUDIO("${sub.subnet_id}", "ga", "ga") "}" },
	{ "emr.studio_subnets_vpc", "studio", "vpc_id",
	  "{" W_VPCS ", " EMR_OTHER_SUBNET ", " EMR_GROUP("ga", "a") ", "
	  EMR_STUDIO("${sub_b.subnet_id}", "ga", "ga") "}",
	  "{" W_VPCS ", " EMR_OTHER_SUBNET ", " EMR_GROUP("ga", "a") ", "
	  EMR_STUDIO("${sub.subnet_id}", "ga", "ga") "}" },
#undef EMR_GROUP
#undef EMR_STUDIO
#undef EMR_OTHER_SUBNET
	/* helper census11: an MSK cluster's client subnet's zone ID (W_SUBNET:
	 * an awscc subnet, whose zone ID the stack writes) */
#define MSK_CLUSTER "'kc': {'type': 'awscc.msk.cluster', 'cluster_name': 'events', " \
	"'kafka_version': '3.6.0', 'number_of_broker_nodes': 3, 'broker_node_group_info': {" \
	"'instance_type': 'kafka.m5.large', 'client_subnets': ['${s.subnet_id}']}}"
	{ "msk.client_subnets_not_use1_az3", "kc", "broker_node_group_info.client_subnets[0]",
	  "{" W_SUBNET(", 'availability_zone_id': 'use1-az3'") ", " MSK_CLUSTER "}",
	  "{" W_SUBNET(", 'availability_zone_id': 'use1-az1'") ", " MSK_CLUSTER "}" },
#undef MSK_CLUSTER
	/* an EventBridge pipe's REQUEST_RESPONSE state machine target: EXPRESS */
#define SFN_PIPE_SM(TYPE) "'sm': {'type': 'awscc.stepfunctions.state_machine', " \
	"'role_arn': 'arn:aws:iam::123456789012:role/sm', 'definition_string': '{}'" TYPE "}"
#define SFN_PIPE "'p': {'type': 'awscc.pipes.pipe', 'role_arn': " \
	"'arn:aws:iam::123456789012:role/pipe', 'source': " \
	"'arn:aws:sqs:us-east-1:123456789012:in', 'target': '${sm.arn}', 'target_parameters': {" \
	"'step_function_state_machine_parameters': {'invocation_type': 'REQUEST_RESPONSE'}}}"
	{ "pipes.request_response_express", "p", "the state_machine_type of what target names",
	  "{" SFN_PIPE_SM("") ", " SFN_PIPE "}",
	  "{" SFN_PIPE_SM(", 'state_machine_type': 'EXPRESS'") ", " SFN_PIPE "}" },
#undef SFN_PIPE_SM
#undef SFN_PIPE
	/* helper census12: a Q Business web experience's role, by its
	 * application's identity type */
#define QB_APP(IDENTITY) "'app': {'type': 'awscc.qbusiness.application', " \
	"'display_name': 'helpdesk', 'identity_type': '" IDENTITY "'}"
#define QB_WEB "'web': {'type': 'awscc.qbusiness.web_experience', " \
	"'application_id': '${app.application_id}'}"
	{ "qbusiness.web_experience_role_with_idc", "web", "role_arn",
	  "{" QB_APP("AWS_IAM_IDC") ", " QB_WEB "}",
	  "{" QB_APP("AWS_IAM_IDP_SAML") ", " QB_WEB "}" },
#undef QB_APP
#undef QB_WEB
	/* helper census12: an Elastic Beanstalk configuration template's solution
	 * stack, by its source template's */
#define EB_SRC(STACK) "'src': {'type': 'awscc.elasticbeanstalk.configuration_template', " \
	"'application_name': 'shop', 'solution_stack_name': '" STACK "'}"
#define EB_TPL "'tpl': {'type': 'awscc.elasticbeanstalk.configuration_template', " \
	"'application_name': 'shop', 'solution_stack_name': 'Python 3.12', " \
	"'source_configuration': {'application_name': 'shop', 'template_name': " \
	"'${src.template_name}'}}"
	{ "elasticbeanstalk.template_source_stack", "tpl", "source_configuration.template_name",
	  "{" EB_SRC("Python 3.11") ", " EB_TPL "}", "{" EB_SRC("Python 3.12") ", " EB_TPL "}" },
#undef EB_SRC
#undef EB_TPL
	/* helper census12: a Network Firewall's subnets, each of its own zone */
#define NF_SUBNET(NAME, CIDR, ZONE) "'" NAME "': {'type': 'awscc.ec2.subnet', 'vpc_id': " \
	"'vpc-0123456789abcdef0', 'cidr_block': '" CIDR "', 'availability_zone': '" ZONE "'}"
#define NF_FIREWALL "'fw': {'type': 'awscc.networkfirewall.firewall', 'firewall_name': " \
	"'edge', 'firewall_policy_arn': 'arn:aws:network-firewall:us-east-1:123456789012:" \
	"firewall-policy/p', 'vpc_id': 'vpc-0123456789abcdef0', 'subnet_mappings': " \
	"[{'subnet_id': '${a.subnet_id}'}, {'subnet_id': '${b.subnet_id}'}]}"
	{ "networkfirewall.subnets_own_zones", "fw",
	  "subnet_mappings[1].subnet_id->availability_zone",
	  "{" NF_SUBNET("a", "10.0.1.0/24", "us-east-1a") ", "
	  NF_SUBNET("b", "10.0.2.0/24", "us-east-1a") ", " NF_FIREWALL "}",
	  "{" NF_SUBNET("a", "10.0.1.0/24", "us-east-1a") ", "
	  NF_SUBNET("b", "10.0.2.0/24", "us-east-1b") ", " NF_FIREWALL "}" },
#undef NF_SUBNET
#undef NF_FIREWALL
	/* helper census12: a Verified Permissions policy or template, by its
	 * store's validation and schema */
#define VP_STORE(MORE) "'ps': {'type': 'awscc.verifiedpermissions.policy_store', " \
	"'validation_settings': {'mode': 'STRICT'}" MORE "}"
#define VP_SCHEMA ", 'schema': {'cedar_json': '{}'}"
#define VP_POLICY "'p': {'type': 'awscc.verifiedpermissions.policy', 'policy_store_id': " \
	"'${ps.policy_store_id}', 'definition': {'static': {'statement': " \
	"'permit(principal, action, resource);'}}}"
#define VP_TEMPLATE "'t': {'type': 'awscc.verifiedpermissions.policy_template', " \
	"'policy_store_id': '${ps.policy_store_id}', 'statement': " \
	"'permit(principal == ?principal, action, resource);'}"
	{ "verifiedpermissions.static_policy_needs_schema", "p",
	  "the schema of what policy_store_id names",
	  "{" VP_STORE("") ", " VP_POLICY "}", "{" VP_STORE(VP_SCHEMA) ", " VP_POLICY "}" },
	{ "verifiedpermissions.template_needs_schema", "t",
	  "the schema of what policy_store_id names",
	  "{" VP_STORE("") ", " VP_TEMPLATE "}", "{" VP_STORE(VP_SCHEMA) ", " VP_TEMPLATE "}" },
#undef VP_STORE
#undef VP_SCHEMA
#undef VP_POLICY
#undef VP_TEMPLATE
	/* helper census13: a Route 53 health check's alarm (written or awscc)
	 * and a key-signing key's KMS key */
#define R53_ALARM(TYPE, MORE) "'al': {'type': '" TYPE "', 'alarm_name': 'high-5xx', " \
	"'comparison_operator': 'GreaterThanThreshold', 'evaluation_periods': 1, " \
	"'metric_name': '5XXError', 'namespace': 'AWS/ApiGateway', 'threshold': 5" MORE "}"
#define R53_METRIC_CHECK "'hc': {'type': 'awscc.route53.health_check', 'health_check_config': " \
	"{'type': 'CLOUDWATCH_METRIC', 'alarm_identifier': {'name': '${al.alarm_name}', " \
	"'region': 'us-east-1'}, 'insufficient_data_health_status': 'Unhealthy'}}"
	{ "route53.cfn_alarm_no_extended_statistic", "hc",
	  "health_check_config.alarm_identifier.name",
	  "{" R53_ALARM("awscc.cloudwatch.alarm", ", 'period': 60, 'extended_statistic': 'p99'")
	  ", " R53_METRIC_CHECK "}",
	  "{" R53_ALARM("awscc.cloudwatch.alarm", ", 'period': 60, 'statistic': 'Sum'") ", "
	  R53_METRIC_CHECK "}" },
	{ "route53.cfn_alarm_not_high_resolution", "hc",
	  "health_check_config.alarm_identifier.name",
	  "{" R53_ALARM("aws.cloudwatch.metric_alarm", ", 'period': 10, 'statistic': 'Sum'") ", "
	  R53_METRIC_CHECK "}",
	  "{" R53_ALARM("aws.cloudwatch.metric_alarm", ", 'period': 60, 'statistic': 'Sum'") ", "
	  R53_METRIC_CHECK "}" },
#define R53_KEY(TYPE, MORE) "'k': {'type': '" TYPE "'" MORE "}"
#define R53_KSK "'ksk': {'type': 'awscc.route53.key_signing_key', 'hosted_zone_id': " \
	"'Z0123456789ABCDEFGHIJ', 'name': 'ksk1', 'status': 'ACTIVE', " \
	"'key_management_service_arn': '${k.arn}'}"
	{ "route53.cfn_ksk_key_sign_verify", "ksk", "key_management_service_arn",
	  "{" R53_KEY("awscc.kms.key", ", 'key_spec': 'RSA_2048', 'key_usage': 'SIGN_VERIFY'") ", "
	  R53_KSK "}",
	  "{" R53_KEY("awscc.kms.key", ", 'key_spec': 'ECC_NIST_P256', 'key_usage': 'SIGN_VERIFY'")
	  ", " R53_KSK "}" },
#undef R53_ALARM
#undef R53_METRIC_CHECK
#undef R53_KEY
#undef R53_KSK
	/* helper census16: an Amazon Kendra data source's field mapping names a
	 * field its index has (kendra/rules.c) */
#define KENDRA_INDEX(FIELDS) "'idx': {'type': 'awscc.kendra.index', 'name': 'docs', " \
	"'edition': 'ENTERPRISE_EDITION', 'role_arn': 'arn:aws:iam::123456789012:role/k'" FIELDS "}"
#define KENDRA_SOURCE(FIELD) "'ds': {'type': 'awscc.kendra.data_source', 'name': 'sp', " \
	"'index_id': '${idx.id}', 'data_source_type': 'SHAREPOINT', 'role_arn': " \
	"'arn:aws:iam::123456789012:role/k', 'data_source_configuration': " \
	"{'share_point_configuration': {'urls': ['https://corp.sharepoint.com'], 'secret_arn': " \
	"'arn:aws:secretsmanager:us-east-1:123456789012:secret:sp', 'share_point_version': " \
	"'SHAREPOINT_ONLINE', 'field_mappings': [{'data_source_field_name': 'Created', " \
	"'index_field_name': '_created_at'}, {'data_source_field_name': 'Team', " \
	"'index_field_name': '" FIELD "'}]}}}"
	{ "kendra.index_field_exists", "ds",
	  "data_source_configuration.share_point_configuration.field_mappings[1].index_field_name",
	  "{" KENDRA_INDEX(", 'document_metadata_configurations': [{'name': 'team', 'type': "
			   "'STRING_VALUE'}]") ", " KENDRA_SOURCE("owner") "}",
	  "{" KENDRA_INDEX(", 'document_metadata_configurations': [{'name': 'team', 'type': "
			   "'STRING_VALUE'}]") ", " KENDRA_SOURCE("team") "}" },
#undef KENDRA_INDEX
#undef KENDRA_SOURCE
	/* helper census15: a Neptune parameter group's family by the engine
	 * version of the cluster that uses it (an instance's: its cluster's) */
#define NP_PG(TYPE, FAMILY) "'pg': {'type': 'awscc.neptune." TYPE "', 'family': '" FAMILY \
	"', 'description': 'd', 'parameters': {'neptune_query_timeout': '120000'}}"
#define NP_CLUSTER(VERSION, GROUP) "'c': {'type': 'awscc.neptune.db_cluster', " \
	"'engine_version': '" VERSION "'" GROUP "}"
#define NP_CLUSTER_GROUP ", 'db_cluster_parameter_group_name': '${pg.name}'"
#define NP_INSTANCE "'i': {'type': 'awscc.neptune.db_instance', 'db_instance_class': " \
	"'db.r6g.large', 'db_cluster_identifier': '${c.db_cluster_identifier}', " \
	"'db_parameter_group_name': '${pg.name}'}"
	{ "neptune.cluster_family_before_1_2", "c", "db_cluster_parameter_group_name",
	  "{" NP_PG("db_cluster_parameter_group", "neptune1.2") ", "
	  NP_CLUSTER("1.1.1.0", NP_CLUSTER_GROUP) "}",
	  "{" NP_PG("db_cluster_parameter_group", "neptune1") ", "
	  NP_CLUSTER("1.1.1.0", NP_CLUSTER_GROUP) "}" },
	{ "neptune.cluster_family_from_1_2", "c", "db_cluster_parameter_group_name",
	  "{" NP_PG("db_cluster_parameter_group", "neptune1") ", "
	  NP_CLUSTER("1.3.2.1", NP_CLUSTER_GROUP) "}",
	  "{" NP_PG("db_cluster_parameter_group", "neptune1.3") ", "
	  NP_CLUSTER("1.3.2.1", NP_CLUSTER_GROUP) "}" },
	{ "neptune.instance_family_before_1_2", "i", "db_parameter_group_name",
	  "{" NP_PG("db_parameter_group", "neptune1.2") ", " NP_CLUSTER("1.0.5.1", "") ", "
	  NP_INSTANCE "}",
	  "{" NP_PG("db_parameter_group", "neptune1") ", " NP_CLUSTER("1.0.5.1", "") ", "
	  NP_INSTANCE "}" },
	{ "neptune.instance_family_from_1_2", "i", "db_parameter_group_name",
	  "{" NP_PG("db_parameter_group", "neptune1") ", " NP_CLUSTER("1.2.1.0", "") ", "
	  NP_INSTANCE "}",
	  "{" NP_PG("db_parameter_group", "neptune1.2") ", " NP_CLUSTER("1.2.1.0", "") ", "
	  NP_INSTANCE "}" },
#undef NP_PG
#undef NP_CLUSTER
#undef NP_CLUSTER_GROUP
#undef NP_INSTANCE
	/* a CodePipeline webhook's target action, of its pipeline's first stage */
#define CP_PIPELINE "'p': {'type': 'awscc.codepipeline.pipeline', 'name': 'ship', 'stages': " \
	"[{'name': 'Source', 'actions': [{'name': 'Src'}]}, {'name': 'Build', 'actions': " \
	"[{'name': 'Build'}]}]}"
#define CP_WEBHOOK(ACTION) "'w': {'type': 'awscc.codepipeline.webhook', 'target_pipeline': " \
	"'${p.name}', 'target_action': '" ACTION "'}"
	{ "codepipeline.webhook_target_first_stage", "w", "target_action",
	  "{" CP_PIPELINE ", " CP_WEBHOOK("Build") "}", "{" CP_PIPELINE ", " CP_WEBHOOK("Src") "}" },
#undef CP_PIPELINE
#undef CP_WEBHOOK
	/* helper census18: a WorkSpaces Secure Browser network settings'
	 * subnets, never all in one zone */
#define WSW_SUBNET(NAME, ZONE) "'" NAME "': {'type': 'aws.ec2.subnet', 'vpc_id': 'vpc-1', " \
	"'cidr_block': '10.0.1.0/24', 'availability_zone': '" ZONE "'}"
#define WSW_NETWORK(MORE) "'net': {'type': 'awscc.workspacesweb.network_settings', " \
	"'vpc_id': 'vpc-1', 'security_group_ids': ['sg-1'], 'subnet_ids': ['${a.id}', " \
	"'${b.id}'" MORE "]}"
	{ "workspacesweb.two_subnets_two_zones", "net", "subnet_ids",
	  "{" WSW_SUBNET("a", "us-east-1a") ", " WSW_SUBNET("b", "us-east-1a") ", " WSW_NETWORK("") "}",
	  "{" WSW_SUBNET("a", "us-east-1a") ", " WSW_SUBNET("b", "us-east-1b") ", " WSW_NETWORK("") "}" },
	{ "workspacesweb.three_subnets_two_zones", "net", "subnet_ids",
	  "{" WSW_SUBNET("a", "us-east-1a") ", " WSW_SUBNET("b", "us-east-1a") ", "
	  WSW_SUBNET("c", "us-east-1a") ", " WSW_NETWORK(", '${c.id}'") "}",
	  "{" WSW_SUBNET("a", "us-east-1a") ", " WSW_SUBNET("b", "us-east-1a") ", "
	  WSW_SUBNET("c", "us-east-1b") ", " WSW_NETWORK(", '${c.id}'") "}" },
#undef WSW_SUBNET
#undef WSW_NETWORK
	/* helper census21: a PCS cluster's subnet, a node group's role and subnets */
#define PCS(S1Z, S2V, ROLE) "{'v1': {'type': 'aws.ec2.vpc', 'cidr_block': '10.0.0.0/16'}, 'v2': " \
	"{'type': 'aws.ec2.vpc', 'cidr_block': '10.1.0.0/16'}, 's1': {'type': 'aws.ec2.subnet', " \
	"'vpc_id': '${v1.id}', 'cidr_block': '10.0.1.0/24', 'availability_zone': '" S1Z "'}, " \
	"'s2': {'type': 'aws.ec2.subnet', 'vpc_id': '${" S2V ".id}', 'cidr_block': '10.0.2.0/24'}, " \
	"'r': {'type': 'aws.iam.role', 'name': '" ROLE "', 'assume_role_policy': {}}, 'p': " \
	"{'type': 'aws.iam.instance_profile', 'name': 'pcs', 'role': '${r.name}'}, 'c': {'type': " \
	"'awscc.pcs.cluster', 'networking': {'subnet_ids': ['${s1.id}']}}, 'g': {'type': " \
	"'awscc.pcs.compute_node_group', 'cluster_id': '${c.cluster_id}', 'subnet_ids': " \
	"['${s2.id}'], 'iam_instance_profile_arn': '${p.arn}'}}"
	{ "pcs.cluster_subnets_not_edge", "c", "networking.subnet_ids[0]",
	  PCS("us-west-2-lax-1a", "v1", "AWSPCS-a"), PCS("us-west-2a", "v1", "AWSPCS-a") },
	{ "pcs.node_group_profile_role_name", "g",
	  "the role->path of what iam_instance_profile_arn names",
	  PCS("us-west-2a", "v1", "nodes"), PCS("us-west-2a", "v1", "AWSPCS-a") },
	{ "pcs.node_group_subnets_cluster_vpc", "g", "cluster_id",
	  PCS("us-west-2a", "v2", "AWSPCS-a"), PCS("us-west-2a", "v1", "AWSPCS-a") },
#undef PCS
	/* helper census20: a CodeStar repository link updated to a connection of
	 * its provider type alone (the link's now, as AWS read it: "(was)") */
#define CSC_CASE(ID, WAS, OTHER, SAME) { "codestarconnections.link_same_provider_" ID, "link", \
	"connection_arn", "{" CSC_CONN(OTHER) ", " CSC_LINK(WAS) "}", \
	"{" CSC_CONN(SAME) ", " CSC_LINK(WAS) "}" }
#define CSC_CONN(P) "'conn': {'type': 'awscc.codestarconnections.connection', " \
	"'connection_name': 'code', 'provider_type': '" P "'}"
#define CSC_LINK(WAS) "'link': {'type': 'awscc.codestarconnections.repository_link', " \
	"'connection_arn': '${conn.connection_arn}', '(was)': {'provider_type': '" WAS "'}}"
	CSC_CASE("github", "GitHub", "GitLab", "GitHub"),
	CSC_CASE("bitbucket", "Bitbucket", "GitHub", "Bitbucket"),
	CSC_CASE("github_enterprise", "GitHubEnterprise", "GitHub", "GitHubEnterpriseServer"),
	CSC_CASE("gitlab", "GitLab", "GitLabSelfManaged", "GitLab"),
	CSC_CASE("gitlab_self_managed", "GitLabSelfManaged", "Bitbucket", "GitLabSelfManaged"),
#undef CSC_CASE
#undef CSC_CONN
#undef CSC_LINK
	/* helper census20: what an Entity Resolution workflow's and ID
	 * namespace's rules and outputs name, among what its input sources'
	 * schema mappings define */
#define ER_SCHEMA "'sm': {'type': 'awscc.entityresolution.schema_mapping', 'schema_name': " \
	"'people', 'mapped_input_fields': [{'field_name': 'id', 'type': 'UNIQUE_ID', " \
	"'match_key': 'key_id'}, {'field_name': 'mail', 'type': 'EMAIL_ADDRESS', 'match_key': " \
	"'key_mail'}]}"
#define ER_SOURCE "'input_source_config': [{'input_source_arn': " \
	"'arn:aws:glue:us-east-1:123456789012:table/db/people', 'schema_arn': '${sm.schema_arn}'}]"
#define ER_RULES(KEY) "'rule_based_properties': {'attribute_matching_model': 'ONE_TO_ONE', " \
	"'rules': [{'rule_name': 'r', 'matching_keys': ['key_id', '" KEY "']}]"
#define ER_FLOW(KEY, OUTPUT) "{" ER_SCHEMA ", 'flow': {'type': " \
	"'awscc.entityresolution.matching_workflow', 'workflow_name': 'people', " ER_SOURCE ", " \
	"'output_source_config': [{'output_s3_path': 's3://out-1/er', 'output': [{'name': '" \
	OUTPUT "'}]}], 'resolution_techniques': {'resolution_type': 'RULE_MATCHING', " \
	ER_RULES(KEY) "}}}}"
#define ER_ID_MAPPING(KEY) "{" ER_SCHEMA ", 'map': {'type': " \
	"'awscc.entityresolution.id_mapping_workflow', 'workflow_name': 'ids', " ER_SOURCE ", " \
	"'id_mapping_techniques': {'id_mapping_type': 'RULE_BASED', " ER_RULES(KEY) \
	", 'record_matching_model': 'ONE_SOURCE_TO_ONE_TARGET'}}}}"
#define ER_NAMESPACE(KEY) "{" ER_SCHEMA ", 'ns': {'type': 'awscc.entityresolution.id_namespace', " \
	"'id_namespace_name': 'ids', 'input_source_config': [{" \
	"'input_source_arn': 'arn:aws:glue:us-east-1:123456789012:table/db/people', " \
	"'schema_name': '${sm.schema_name}'}], 'id_mapping_workflow_properties': [{" \
	"'id_mapping_type': 'RULE_BASED', " ER_RULES(KEY) "}}]}}"
	{ "entityresolution.matching_keys_in_schema", "flow",
	  "resolution_techniques.rule_based_properties.rules[0].matching_keys[1]",
	  ER_FLOW("key_phone", "mail"), ER_FLOW("key_mail", "mail") },
	{ "entityresolution.output_names_in_schema", "flow", "output_source_config[0].output[0].name",
	  ER_FLOW("key_mail", "phone"), ER_FLOW("key_mail", "mail") },
	{ "entityresolution.id_mapping_keys_in_schema", "map",
	  "id_mapping_techniques.rule_based_properties.rules[0].matching_keys[1]",
	  ER_ID_MAPPING("mail"), ER_ID_MAPPING("key_mail") },
	{ "entityresolution.namespace_keys_in_schema", "ns",
	  "id_mapping_workflow_properties[0].rule_based_properties.rules[0].matching_keys[1]",
	  ER_NAMESPACE("mail"), ER_NAMESPACE("key_mail") },
#undef ER_SCHEMA
#undef ER_SOURCE
#undef ER_RULES
#undef ER_FLOW
#undef ER_ID_MAPPING
#undef ER_NAMESPACE
	/* helper census19: a Clean Rooms membership's single-file output by its
	 * collaboration's analytics engine */
#define CR_MEMBERSHIP(ENGINE) "{'c': {'type': 'awscc.cleanrooms.collaboration', 'name': 'c', " \
	"'analytics_engine': '" ENGINE "'}, 'm': {'type': 'awscc.cleanrooms.membership', " \
	"'collaboration_identifier': '${c.collaboration_identifier}', 'default_result_configuration'" \
	": {'output_configuration': {'s3': {'bucket': 'out', 'single_file_output': true}}}}}"
	{ "cleanrooms.single_file_output_spark", "m",
	  "default_result_configuration.output_configuration.s3.single_file_output",
	  CR_MEMBERSHIP("CLEAN_ROOMS_SQL"), CR_MEMBERSHIP("SPARK") },
#undef CR_MEMBERSHIP
	/* helper census22: an S3 on Outposts endpoint's subnet on an Outpost */
#define SO_SUBNET(MORE) "'sub': {'type': 'aws.ec2.subnet', 'vpc_id': 'vpc-1', 'cidr_block': " \
	"'10.0.1.0/24'" MORE "}"
#define SO_ENDPOINT "'ep': {'type': 'awscc.s3outposts.endpoint', 'outpost_id': " \
	"'op-0123456789abcdef0', 'security_group_id': 'sg-0123456789abcdef0', 'subnet_id': " \
	"'${sub.id}'}"
	{ "s3outposts.endpoint_subnet_on_outpost", "ep",
	  "the outpost_arn of what subnet_id names",
	  "{" SO_SUBNET("") ", " SO_ENDPOINT "}",
	  "{" SO_SUBNET(", 'outpost_arn': 'arn:aws:outposts:us-east-1:123456789012:outpost/"
			"op-0123456789abcdef0'") ", " SO_ENDPOINT "}" },
#undef SO_SUBNET
#undef SO_ENDPOINT
	/* helper census23: an Amazon MQ broker's subnets in different zones (and an
	 * AppStream app block builder's, below) */
#define MQ_SUBNET(NAME, ZONE) "'" NAME "': {'type': 'aws.ec2.subnet', 'vpc_id': 'vpc-1', " \
	"'cidr_block': '10.0.1.0/24', 'availability_zone': '" ZONE "'}"
#define MQ_BROKER "'mq': {'type': 'awscc.amazonmq.broker', 'broker_name': 'orders', " \
	"'engine_type': 'ACTIVEMQ', 'deployment_mode': 'ACTIVE_STANDBY_MULTI_AZ', " \
	"'host_instance_type': 'mq.m5.large', 'publicly_accessible': false, " \
	"'subnet_ids': ['${a.id}', '${b.id}']}"
	{ "mq.subnets_distinct_zones", "mq",
	  "subnet_ids[1]->availability_zone",
	  "{" MQ_SUBNET("a", "us-east-1a") ", " MQ_SUBNET("b", "us-east-1a") ", " MQ_BROKER "}",
	  "{" MQ_SUBNET("a", "us-east-1a") ", " MQ_SUBNET("b", "us-east-1b") ", " MQ_BROKER "}" },
	/* an AppStream app block builder's subnets in different zones */
#define AS_BUILDER "'bb': {'type': 'awscc.appstream.app_block_builder', 'name': 'builder', " \
	"'platform': 'WINDOWS_SERVER_2019', 'instance_type': 'stream.standard.small', " \
	"'vpc_config': {'subnet_ids': ['${a.id}', '${b.id}']}}"
	{ "appstream.app_block_builder_subnet_zones", "bb",
	  "vpc_config.subnet_ids[1]->availability_zone",
	  "{" MQ_SUBNET("a", "us-east-1a") ", " MQ_SUBNET("b", "us-east-1a") ", " AS_BUILDER "}",
	  "{" MQ_SUBNET("a", "us-east-1a") ", " MQ_SUBNET("b", "us-east-1b") ", " AS_BUILDER "}" },
#undef AS_BUILDER
	/* helper census30: a Simple AD directory's two subnets in different zones */
#define DS_AD "'ad': {'type': 'awscc.directoryservice.simple_ad', 'name': 'corp.example.com', " \
	"'size': 'Small', 'vpc_settings': {'vpc_id': 'vpc-1', 'subnet_ids': ['${a.id}', " \
	"'${b.id}']}}"
	{ "ds.subnets_distinct_zones", "ad",
	  "vpc_settings.subnet_ids[1]->availability_zone",
	  "{" MQ_SUBNET("a", "us-east-1a") ", " MQ_SUBNET("b", "us-east-1a") ", " DS_AD "}",
	  "{" MQ_SUBNET("a", "us-east-1a") ", " MQ_SUBNET("b", "us-east-1b") ", " DS_AD "}" },
#undef DS_AD
#undef MQ_SUBNET
#undef MQ_BROKER
	/* helper census25: a Forecast dataset group's datasets, by their domain */
#define FC_DATASET(DOMAIN) "'ds': {'type': 'awscc.forecast.dataset', 'dataset_name': 'sales', " \
	"'dataset_type': 'TARGET_TIME_SERIES', 'domain': '" DOMAIN "', 'schema': {'attributes': " \
	"[{'attribute_name': 'item_id', 'attribute_type': 'string'}]}}"
#define FC_GROUP "'g': {'type': 'awscc.forecast.dataset_group', 'dataset_group_name': 'sales', " \
	"'domain': 'RETAIL', 'dataset_arns': ['${ds.arn}']}"
	{ "forecast.group_dataset_domains", "g", "domain",
	  "{" FC_DATASET("CUSTOM") ", " FC_GROUP "}", "{" FC_DATASET("RETAIL") ", " FC_GROUP "}" },
#undef FC_DATASET
#undef FC_GROUP
	/* helper h-handlers3: an SSM task on a window that takes registered
	 * targets only; an association of the stack's Automation runbook on
	 * targets at a rate */
#define MW_WINDOW(ALLOW) "'mw': {'type': 'awscc.ssm.maintenance_window', 'name': 'nightly', " \
	"'allow_unassociated_targets': " ALLOW ", 'cutoff': 1, 'duration': 3, 'schedule': " \
	"'cron(0 2 ? * SUN *)'}"
#define MW_TASK "'task': {'type': 'awscc.ssm.maintenance_window_task', 'window_id': " \
	"'${mw.window_id}', 'task_arn': 'AWS-RunShellScript', 'task_type': 'RUN_COMMAND', " \
	"'priority': 1, 'max_concurrency': '2', 'max_errors': '1', 'targets': [{'key': " \
	"'InstanceIds', 'values': ['i-0123456789abcdef0']}]}"
	{ "ssm.cfn_task_registered_targets", "task", "targets[0].key",
	  "{" MW_WINDOW("false") ", " MW_TASK "}", "{" MW_WINDOW("true") ", " MW_TASK "}" },
#undef MW_WINDOW
#undef MW_TASK
#define SSM_DOC(TYPE) "'doc': {'type': 'awscc.ssm.document', 'name': 'lake-restart', " \
	"'document_type': '" TYPE "', 'content': {'schemaVersion': '0.3'}}"
#define SSM_ASSOC "'assoc': {'type': 'awscc.ssm.association', 'name': '${doc.name}', " \
	"'max_concurrency': '10%', 'max_errors': '1', 'targets': [{'key': 'tag:team', " \
	"'values': ['lake']}]}"
	{ "ssm.cfn_automation_target_parameter", "assoc", "automation_target_parameter_name",
	  "{" SSM_DOC("Automation") ", " SSM_ASSOC "}", "{" SSM_DOC("Command") ", " SSM_ASSOC "}" },
#undef SSM_DOC
#undef SSM_ASSOC
	/* helper h-misses6: a key of the stack a bucket, a log group, a file
	 * system or a cluster encrypts with is a symmetric encryption key
	 * (checks/rules.h's KEY_SYMMETRIC): a written key's spec, an awscc
	 * key's spec, a written key's usage */
#define KEY_RSA "'k': {'type': 'aws.kms.key', 'key_usage': 'SIGN_VERIFY', " \
	"'customer_master_key_spec': 'RSA_2048'}"
#define KEY_PLAIN "'k': {'type': 'aws.kms.key', 'description': 'lake'}"
#define CC_KEY(SPEC) "'k': {'type': 'awscc.kms.key', 'key_spec': '" SPEC "'}"
#define KEY_HMAC "'k': {'type': 'aws.kms.key', 'key_usage': 'GENERATE_VERIFY_MAC'}"
#define BUCKET(KEY) "'b': {'type': 'aws.s3.bucket', 'name': 'exports', 'encryption': " \
	"{'sse_algorithm': 'aws:kms', 'kms_key_id': '" KEY "'}}"
#define CC_BUCKET(KEY) "'b': {'type': 'awscc.s3.bucket', 'bucket_encryption': " \
	"{'server_side_encryption_configuration': [{'server_side_encryption_by_default': " \
	"{'sse_algorithm': 'aws:kms', 'kms_master_key_id': '" KEY "'}}]}}"
#define CC_REPLICATING(KEY) "'b': {'type': 'awscc.s3.bucket', 'replication_configuration': " \
	"{'role': 'arn:aws:iam::123456789012:role/r', 'rules': [{'status': 'Enabled', " \
	"'destination': {'bucket': 'arn:aws:s3:::copy', 'encryption_configuration': " \
	"{'replica_kms_key_id': '" KEY "'}}}]}}"
	{ "s3.default_key_symmetric", "b", "encryption.kms_key_id",
	  "{" KEY_RSA ", " BUCKET("${k.arn}") "}", "{" KEY_PLAIN ", " BUCKET("${k.arn}") "}" },
	{ "s3.cfn_default_key_symmetric", "b", "bucket_encryption."
	  "server_side_encryption_configuration[0].server_side_encryption_by_default."
	  "kms_master_key_id",
	  "{" CC_KEY("ECC_NIST_P256") ", " CC_BUCKET("${k.arn}") "}",
	  "{" CC_KEY("SYMMETRIC_DEFAULT") ", " CC_BUCKET("${k.arn}") "}" },
	{ "s3.cfn_replica_key_symmetric", "b", "replication_configuration.rules[0].destination."
	  "encryption_configuration.replica_kms_key_id",
	  "{" KEY_HMAC ", " CC_REPLICATING("${k.arn}") "}",
	  "{" KEY_PLAIN ", " CC_REPLICATING("${k.arn}") "}" },
	{ "logs.key_symmetric", "g", "kms_key_id",
	  "{" KEY_RSA ", 'g': {'type': 'aws.logs.log_group', 'name': 'app', 'kms_key_id': "
	  "'${k.arn}'}}",
	  "{" KEY_PLAIN ", 'g': {'type': 'aws.logs.log_group', 'name': 'app', 'kms_key_id': "
	  "'${k.arn}'}}" },
	{ "logs.cfn_key_symmetric", "g", "kms_key_id",
	  "{" CC_KEY("RSA_4096") ", 'g': {'type': 'awscc.logs.log_group', 'kms_key_id': "
	  "'${k.arn}'}}",
	  "{" CC_KEY("SYMMETRIC_DEFAULT") ", 'g': {'type': 'awscc.logs.log_group', "
	  "'kms_key_id': '${k.arn}'}}" },
	{ "efs.kms_key_symmetric", "fs", "kms_key_id",
	  "{" KEY_RSA ", 'fs': {'type': 'awscc.efs.file_system', 'encrypted': true, "
	  "'kms_key_id': '${k.key_id}'}}",
	  "{" KEY_PLAIN ", 'fs': {'type': 'awscc.efs.file_system', 'encrypted': true, "
	  "'kms_key_id': '${k.key_id}'}}" },
	{ "eks.key_symmetric", "c", "encryption_config[0].provider.key_arn",
	  "{" CC_KEY("RSA_2048") ", 'c': {'type': 'awscc.eks.cluster', 'encryption_config': "
	  "[{'provider': {'key_arn': '${k.arn}'}, 'resources': ['secrets']}]}}",
	  "{" CC_KEY("SYMMETRIC_DEFAULT") ", 'c': {'type': 'awscc.eks.cluster', "
	  "'encryption_config': [{'provider': {'key_arn': '${k.arn}'}, 'resources': "
	  "['secrets']}]}}" },
#undef KEY_RSA
#undef KEY_PLAIN
#undef CC_KEY
#undef KEY_HMAC
#undef BUCKET
#undef CC_BUCKET
#undef CC_REPLICATING
	/* helper census27: an Incident Manager rotation's contacts, personal
	 * ones */
#define SC_CONTACT(NAME, TYPE) "'" NAME "': {'type': 'awscc.ssmcontacts.contact', 'alias': '" \
	NAME "', 'display_name': '" NAME "', 'contact_type': '" TYPE "'}"
#define SC_ROTATION "'r': {'type': 'awscc.ssmcontacts.rotation', 'name': 'weekly', " \
	"'contact_ids': ['${ann.arn}', '${bob.arn}'], 'start_time': '2026-12-07T09:00:00', " \
	"'time_zone_id': 'Europe/Paris', 'recurrence': {'number_of_on_calls': 1, " \
	"'recurrence_multiplier': 1, 'daily_settings': ['09:00']}}"
	{ "ssmcontacts.rotation_personal_contacts", "r", "contact_ids[1]",
	  "{" SC_CONTACT("ann", "PERSONAL") ", " SC_CONTACT("bob", "ESCALATION") ", " SC_ROTATION "}",
	  "{" SC_CONTACT("ann", "PERSONAL") ", " SC_CONTACT("bob", "PERSONAL") ", " SC_ROTATION "}" },
#undef SC_CONTACT
#undef SC_ROTATION
	/* helper census28: an ACM private certificate's key family by its
	 * private CA's, read across certificate_authority_arn */
#define ACM_CA(KEY) "'ca': {'type': 'awscc.acmpca.certificate_authority', 'certificate_authority_type': 'ROOT', " \
	"'key_algorithm': '" KEY "', 'signing_algorithm': 'SHA256WITHRSA', 'subject': " \
	"{'common_name': 'corp'}}"
#define ACM_CERT(KEY) "'cert': {'type': 'awscc.certificatemanager.certificate', " \
	"'domain_name': 'app.corp.internal', 'certificate_authority_arn': '${ca.arn}', " \
	"'key_algorithm': '" KEY "'}"
	{ "acm.private_key_family_rsa", "cert", "key_algorithm",
	  "{" ACM_CA("RSA_2048") ", " ACM_CERT("EC_prime256v1") "}",
	  "{" ACM_CA("RSA_2048") ", " ACM_CERT("RSA_2048") "}" },
	{ "acm.private_key_family_ec", "cert", "key_algorithm",
	  "{" ACM_CA("EC_prime256v1") ", " ACM_CERT("RSA_2048") "}",
	  "{" ACM_CA("EC_prime256v1") ", " ACM_CERT("EC_secp384r1") "}" },
#undef ACM_CA
#undef ACM_CERT
};

static void test_each_row_refuses_and_its_twin_passes(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct crossing_case *k = &cases[i];
		const struct aws_check_row *row = words_row_named(k->id);
		char *start = xasprintf("%s %s: ", k->resource, k->attr);
		json_t *refused = across(k->refused), *passing = across(k->passing);
		const char *first = json_string_value(json_array_get(refused, 0));

		if (!row)
			fail_msg("no words row %s", k->id);
		if (json_array_size(refused) != 1 || strncmp(first, start, strlen(start)) ||
		    !strstr(first, row->words) || !strstr(first, row->source))
			fail_msg("%s: refused says %s, not one finding beginning \"%s\" with AWS's "
				 "words", k->id, json_dumps(refused, 0), start);
		if (json_array_size(passing))
			fail_msg("%s: its twin refused: %s", k->id, json_dumps(passing, 0));
		json_decref(refused);
		json_decref(passing);
		free(start);
	}
}

static void test_every_crossing_row_has_a_case(void **state)
{
	(void)state;
	size_t rows = 0;
	for (const struct aws_check_row *c = aws_rules_next(NULL); c; c = aws_rules_next(c)) {
		bool tested = false;
		if (c->kind != 'w' || !(words_crosses(c->when) || words_crosses(c->then)))
			continue;
		rows++;
		for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
			tested |= !strcmp(cases[i].id, c->id);
		if (!tested)
			fail_msg("words row %s crosses a reference and has no case here", c->id);
	}
	assert_int_equal(rows, sizeof(cases) / sizeof(cases[0]));
}

/* The crossing: by an ARN plan knows (the object made already) as by the
 * reference; a reference to no resource of the stack, or to a resource
 * that writes nothing there, leaves the row. */
static void test_what_a_crossing_finds(void **state)
{
	(void)state;
	json_t *by_arn = json_array(), *m;
	struct stack s;
	struct findings fs = { by_arn, &s };
	json_t *known = js("{'arn': 'arn:aws:sqs:us-east-1:123456789012:jobs.fifo'}");

	stack_load(&s, "{" FIFO ", 'm': {'type': 'aws.lambda.event_source_mapping', "
		       "'function_name': 'fn', 'event_source_arn': "
		       "'arn:aws:sqs:us-east-1:123456789012:jobs.fifo', 'batch_size': 50}}");
	s.rs[0].known = known;
	words_across(s.rs, s.n, collect, &fs);
	assert_int_equal(json_array_size(by_arn), 1);
	assert_non_null(strstr(json_string_value(json_array_get(by_arn, 0)),
			       "m batch_size: batch_size: 50, but"));
	json_decref(by_arn);
	json_decref(known);
	json_decref(s.doc);

	m = across("{" FIFO ", 'm': {'type': 'aws.lambda.event_source_mapping', "
		   "'function_name': 'fn', 'event_source_arn': '${other.arn}', 'batch_size': 50}}");
	assert_int_equal(json_array_size(m), 0); /* no resource "other" in the stack */
	json_decref(m);
	m = across("{'td': {'type': 'awscc.ecs.task_definition', 'family': 'reports'}, "
		   SERVICE("") "}");
	assert_int_equal(json_array_size(m), 0); /* the mode the server gives: not judged */
	json_decref(m);
	m = across("{" TD("${var.mode}") ", " SERVICE("") "}");
	assert_int_equal(json_array_size(m), 0); /* not known yet */
	json_decref(m);
}

/* From each element of a list, and on through an attribute the named
 * resource writes itself (a subnet's vpc_id: the VPC it names); a literal
 * on the way (a subnet of no resource of the stack, a vpc_id written as an
 * id) tells nothing, and the row is left to AWS. */
static void test_crossing_through_elements(void **state)
{
	(void)state;
	static const char *const left[] = {
		/* a subnet the stack does not make */
		"{" W_VPCS ", " W_GROUP("b") ", 'svc': {'type': 'awscc.ecs.service', "
		"'network_configuration': {'awsvpc_configuration': {'subnets': ['subnet-1'], "
		"'security_groups': ['${sg.group_id}']}}}}",
		/* a group whose VPC is an id: not known to be b */
		"{" W_VPCS ", 'sg': {'type': 'aws.ec2.security_group', 'name': 'web', "
		"'description': 'web', 'vpc_id': 'vpc-0123'}, 'svc': {'type': 'awscc.ecs.service'"
		W_AWSVPC("awsvpc_configuration") "}}",
		/* the group's VPC through a reference to the subnet's vpc_id: a */
		"{" W_VPCS ", 'sg': {'type': 'aws.ec2.security_group', 'name': 'web', "
		"'description': 'web', 'vpc_id': '${sub.vpc_id}'}, 'svc': {'type': "
		"'awscc.ecs.service'" W_AWSVPC("awsvpc_configuration") "}}",
	};
	for (size_t i = 0; i < sizeof(left) / sizeof(*left); i++) {
		json_t *m = across(left[i]);
		if (json_array_size(m))
			fail_msg("stack %zu refused: %s", i, json_dumps(m, 0));
		json_decref(m);
	}
	/* the group's VPC through the subnet of another VPC: b's subnet */
	json_t *m = across("{" W_VPCS ", 'sub2': {'type': 'aws.ec2.subnet', 'vpc_id': "
			   "'${b.vpc_id}', 'cidr_block': '10.1.1.0/24'}, 'sg': {'type': "
			   "'aws.ec2.security_group', 'name': 'web', 'description': 'web', "
			   "'vpc_id': '${sub2.vpc_id}'}, 'svc': {'type': 'awscc.ecs.service'"
			   W_AWSVPC("awsvpc_configuration") "}}");
	assert_int_equal(json_array_size(m), 1);
	assert_non_null(strstr(json_string_value(json_array_get(m, 0)),
			       "svc network_configuration.awsvpc_configuration.security_groups[0]: "));
	json_decref(m);
}

/* A resource's own judgement has no stack: the row is not known there and
 * passes, so only the checks across the stack say it (once). */
static void test_own_judgement_leaves_it(void **state)
{
	(void)state;
	struct strbuf err = STRBUF_INIT;
	json_t *svc = js("{'task_definition': 'arn:aws:ecs:us-east-1:123456789012:"
			 "task-definition/reports:1'}");
	assert_int_equal(aws_constraints_check("awscc.ecs.service", svc, NULL, NULL, NULL, &err), 0);
	json_decref(svc);
	strbuf_release(&err);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_row_refuses_and_its_twin_passes),
		cmocka_unit_test(test_every_crossing_row_has_a_case),
		cmocka_unit_test(test_what_a_crossing_finds),
		cmocka_unit_test(test_own_judgement_leaves_it),
		cmocka_unit_test(test_crossing_through_elements),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
