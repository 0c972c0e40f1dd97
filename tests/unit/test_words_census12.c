/*
 * test_words_census12.c: the words rows (AWS_SAYS, checks/words.c) of the
 * census's third scope as the twelfth census helper judged them
 * (qbusiness/rules.c, bedrockagentcore/rules.c, elasticbeanstalk/rules.c,
 * groundstation/rules.c, medialive/rules.c, mediapackagev2/rules.c,
 * networkfirewall/rules.c, route53resolver/rules.c, apprunner/rules.c; the
 * ledgers checks/words/qbusiness.words, bedrock-agentcore-control.words,
 * elasticbeanstalk.words, groundstation.words, medialive.words,
 * mediapackagev2.words, network-firewall.words, route53resolver.words,
 * apprunner.words), each
 * through aws_constraints_check: a resource it refuses, whose message names
 * the attribute, quotes AWS's sentence and names its document, and its
 * passing twin; every such row has a case here (a row crossing a reference
 * has its case in test_words_crossing.c: a Q Business web experience's
 * role by its application's identity type, an Elastic Beanstalk template's
 * solution stack by its source template's, a Network Firewall's subnets'
 * zones). And the written rules: a MediaPackage v2 endpoint's HLS manifest
 * names and start tags' time offsets, a Network Firewall stateless rule's
 * TCP flags among its masks.
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

/* Q Business: an application, a data source of CONFIG (its attributes
 * MORE), an inline enrichment TARGET. */
#define QB_APP(MORE) "{'display_name': 'helpdesk'" MORE "}"
#define QB_DS(CONFIG, MORE) "{'application_id': 'a1234567-89ab-cdef-0123-456789abcdef', " \
	"'index_id': 'b1234567-89ab-cdef-0123-456789abcdef', 'display_name': 'docs', " \
	"'configuration': " CONFIG MORE "}"
#define QB_S3 "{'type': 'S3', 'syncMode': 'FULL_CRAWL'}"
#define QB_CUSTOM "{'type': 'CUSTOM', 'version': '1.0.0'}"
#define QB_ROLE ", 'role_arn': 'arn:aws:iam::123456789012:role/qb'"
#define QB_TARGET(TARGET) QB_DS(QB_S3, QB_ROLE ", 'document_enrichment_configuration': " \
	"{'inline_configurations': [{'target': " TARGET "}]}")
/* Bedrock AgentCore: a gateway named NAME (its attributes MORE), a browser
 * or code interpreter of network configuration NET, a custom OAuth2
 * provider's token exchange EXCHANGE, a memory's indexed keys KEYS. */
#define AC_GW(NAME, MORE) "{'name': '" NAME "', 'protocol_type': 'MCP', 'role_arn': " \
	"'arn:aws:iam::123456789012:role/gw', 'authorizer_type': " MORE "}"
#define AC_JWT "{'custom_jwt_authorizer': {'discovery_url': " \
	"'https://idp.example.com/.well-known/openid-configuration'}}"
#define AC_NET(NET) "{'name': 'tools', 'network_configuration': " NET "}"
#define AC_VPC "{'network_mode': 'VPC', 'vpc_config': {'security_groups': " \
	"['sg-0123456789abcdef0'], 'subnets': ['subnet-0123456789abcdef0']}}"
#define AC_OAUTH(EXCHANGE) "{'name': 'idp', 'credential_provider_vendor': 'CustomOauth2', " \
	"'oauth_2_provider_config_input': {'custom_oauth_2_provider_config': {'oauth_discovery': " \
	"{'discovery_url': 'https://idp.example.com/.well-known/openid-configuration'}, " \
	"'on_behalf_of_token_exchange_config': {'grant_type': 'TOKEN_EXCHANGE', " \
	"'token_exchange_grant_type_config': " EXCHANGE "}}}}"
#define AC_MEMORY(KEYS) "{'name': 'chat', 'event_expiry_duration': 30, 'indexed_keys': [" KEYS "]}"
#define AC_KEY(K) "{'key': '" K "', 'type': 'STRING'}"
/* Elastic Beanstalk: an environment, a configuration template, an
 * application, each of attributes MORE. */
#define EB_ENV(MORE) "{'application_name': 'shop'" MORE "}"
#define EB_TPL(MORE) "{'application_name': 'shop'" MORE "}"
#define EB_STACK "'64bit Amazon Linux 2023 v4.3.0 running Python 3.11'"
#define EB_PLATFORM "'arn:aws:elasticbeanstalk:us-east-1::platform/Python 3.11 running on " \
	"64bit Amazon Linux 2023/4.3.0'"
#define EB_LIFECYCLE(MORE) "{'resource_lifecycle_config': {'version_lifecycle_config': " \
	"{'max_count_rule': {'enabled': true, 'max_count': 50}}" MORE "}}"
/* Ground Station: a config's data DATA; a frequency of VALUE in UNITS; a
 * dataflow endpoint group's endpoints. */
#define GS_CONFIG(DATA) "{'name': 'sband', 'config_data': {" DATA "}}"
#define GS_FREQ(VALUE, UNITS) "{'value': " VALUE ", 'units': '" UNITS "'}"
#define GS_DOWN(WHAT, FREQ) "'antenna_downlink_config': {'spectrum_config': {'" WHAT "': " \
	FREQ ", 'polarization': 'RIGHT_HAND'}}"
#define GS_DEMOD(WHAT, FREQ) "'antenna_downlink_demod_decode_config': {'spectrum_config': " \
	"{'" WHAT "': " FREQ "}, 'decode_config': {'unvalidated_json': '{}'}, " \
	"'demodulation_config': {'unvalidated_json': '{}'}}"
#define GS_UP(FREQ, EIRP) "'antenna_uplink_config': {'spectrum_config': {'center_frequency': " \
	FREQ ", 'polarization': 'RIGHT_HAND'}, 'target_eirp': {'value': " EIRP ", 'units': 'dBW'}}"
#define GS_AGENT "{'aws_ground_station_agent_endpoint': {'name': 'agent', 'egress_address': " \
	"{'socket_address': {'name': '10.0.0.2', 'port': 55000}}, 'ingress_address': " \
	"{'socket_address': {'name': '10.0.0.3', 'port_range': {'minimum': 42000, " \
	"'maximum': 43500}}}}}"
#define GS_DATAFLOW "{'endpoint': {'name': 'rx', 'address': {'name': '10.0.0.1', 'port': " \
	"55888}}, 'security_details': {'role_arn': 'arn:aws:iam::123456789012:role/gs', " \
	"'security_group_ids': ['sg-12345678'], 'subnet_ids': ['subnet-12345678']}}"
#define GS_GROUP(ENDPOINTS) "{'endpoint_details': [" ENDPOINTS "]}"
/* MediaLive: a multiplex in ZONES, a placement group of NODES, a rule
 * template's target TARGET. */
#define ML_MULTIPLEX(ZONES) "{'name': 'mux', 'availability_zones': [" ZONES "], " \
	"'multiplex_settings': {'transport_stream_bitrate': 1000000, 'transport_stream_id': 1}}"
#define ML_GROUP(NODES) "{'name': 'pg', 'cluster_id': '1234567', 'nodes': [" NODES "]}"
#define ML_RULES(TARGET) "{'name': 'alerts', 'event_type': 'MEDIALIVE_CHANNEL_ALERT', " \
	"'event_targets': [{'arn': '" TARGET "'}]}"
/* MediaPackage v2: a channel, an origin endpoint, each of attributes MORE;
 * an HLS manifest named NAME of attributes MORE. */
#define MP_CHANNEL(MORE) "{'channel_group_name': 'live', 'channel_name': 'news'" MORE "}"
#define MP_ENDPOINT(MORE) "{'channel_group_name': 'live', 'channel_name': 'news', " \
	"'origin_endpoint_name': 'out', 'container_type': 'CMAF'" MORE "}"
#define MP_HLS(NAME, MORE) "{'manifest_name': '" NAME "'" MORE "}"
/* Network Firewall: a firewall, a policy of FIREWALL_POLICY, a rule group of
 * TYPE and RULE_GROUP, a TLS inspection configuration of CONFIGS, a
 * stateless rule of DEFINITION. */
#define NF_FIREWALL(MORE) "{'firewall_name': 'edge', 'firewall_policy_arn': " \
	"'arn:aws:network-firewall:us-east-1:123456789012:firewall-policy/p'" MORE "}"
#define NF_POLICY(MORE) "{'firewall_policy_name': 'p', 'firewall_policy': " \
	"{'stateless_fragment_default_actions': ['aws:pass']" MORE "}}"
#define NF_GROUP(TYPE, GROUP) "{'rule_group_name': 'g', 'rule_group_type': '" TYPE "', " \
	"'capacity': 100, 'rule_group': " GROUP "}"
#define NF_STATELESS(RULES) NF_GROUP("STATELESS", "{'rules_source': " \
	"{'stateless_rules_and_custom_actions': {'stateless_rules': [" RULES "]}}}")
#define NF_RULE(PRIORITY, DEFINITION) "{'priority': " PRIORITY ", 'rule_definition': " \
	DEFINITION "}"
#define NF_PASS(MATCH) "{'actions': ['aws:pass'], 'match_attributes': {" MATCH "}}"
#define NF_STATEFUL(OPTIONS) NF_GROUP("STATEFUL", "{'rules_source': {'stateful_rules': " \
	"[{'action': 'PASS', 'header': {'destination': 'ANY', 'destination_port': 'ANY', " \
	"'direction': 'FORWARD', 'protocol': 'TCP', 'source': 'ANY', 'source_port': 'ANY'}, " \
	"'rule_options': [" OPTIONS "]}]}}")
#define NF_TLS(CONFIG) "{'tls_inspection_configuration_name': 't', " \
	"'tls_inspection_configuration': {'server_certificate_configurations': [" CONFIG "]}}"
#define NF_CA "'certificate_authority_arn': " \
	"'arn:aws:acm:us-east-1:123456789012:certificate/abc'"
/* Route 53 Resolver: a firewall rule group of one rule RULE, an endpoint, a
 * rule, each of attributes MORE. */
#define RR_GROUP(RULE) "{'name': 'dns', 'firewall_rules': [" RULE "]}"
#define RR_RULE(MORE) "{'priority': 1, 'action': 'BLOCK', 'block_response': 'NODATA', " \
	"'firewall_domain_list_id': 'rslvr-fdl-1'" MORE "}"
#define RR_ENDPOINT(DIRECTION, MORE) "{'direction': '" DIRECTION "', 'security_group_ids': " \
	"['sg-12345678'], 'ip_addresses': [{'subnet_id': 'subnet-1'}, {'subnet_id': " \
	"'subnet-2'}]" MORE "}"
#define RR_RESOLVER_RULE(TYPE, MORE) "{'domain_name': 'corp.example.com', 'rule_type': '" \
	TYPE "'" MORE "}"
/* App Runner: a service of source SOURCE and attributes MORE; an image or a
 * GitHub code repository. */
#define AR_SERVICE(SOURCE, MORE) "{'service_name': 'web-app', 'source_configuration': {" \
	SOURCE "}" MORE "}"
#define AR_IMAGE(TYPE) "'image_repository': {'image_identifier': " \
	"'public.ecr.aws/nginx/nginx:latest', 'image_repository_type': '" TYPE "'}"
#define AR_CODE(MORE) "'code_repository': {'repository_url': " \
	"'https://github.com/acme/web', 'source_code_version': {'type': 'BRANCH', 'value': " \
	"'main'}" MORE "}"
#define AR_CODE_CONFIG ", 'code_configuration': {'configuration_source': 'REPOSITORY'}"
#define AR_CONNECTION ", 'authentication_configuration': {'connection_arn': " \
	"'arn:aws:apprunner:us-east-1:123456789012:connection/gh/0123'}"

static const struct words_case cases[] = {
	{ "qbusiness.auto_subscribe_default_type", "awscc.qbusiness.application",
	  "auto_subscription_configuration.default_subscription_type",
	  QB_APP(", 'auto_subscription_configuration': {'auto_subscribe': 'ENABLED'}"), NULL,
	  QB_APP(", 'auto_subscription_configuration': {'auto_subscribe': 'ENABLED', "
		 "'default_subscription_type': 'Q_LITE'}"), NULL },
	{ "qbusiness.quick_sight_idp_configuration", "awscc.qbusiness.application",
	  "quick_sight_configuration", QB_APP(", 'identity_type': 'AWS_QUICKSIGHT_IDP'"), NULL,
	  QB_APP(", 'identity_type': 'AWS_QUICKSIGHT_IDP', 'quick_sight_configuration': "
		 "{'client_namespace': 'default'}"), NULL },
	{ "qbusiness.target_delete_no_value", "awscc.qbusiness.data_source",
	  "document_enrichment_configuration.inline_configurations[0].target.value",
	  QB_TARGET("{'key': 'dept', 'attribute_value_operator': 'DELETE', 'value': "
		    "{'string_value': 'x'}}"), NULL,
	  QB_TARGET("{'key': 'dept', 'attribute_value_operator': 'DELETE'}"), NULL },
	{ "qbusiness.data_source_role_unless_custom", "awscc.qbusiness.data_source", "role_arn",
	  QB_DS(QB_S3, ""), NULL, QB_DS(QB_CUSTOM, ""), NULL },
	{ "qbusiness.custom_no_sync_schedule", "awscc.qbusiness.data_source", "sync_schedule",
	  QB_DS(QB_CUSTOM, ", 'sync_schedule': 'cron(0 0 * * ? *)'"), NULL,
	  QB_DS(QB_CUSTOM, ", 'sync_schedule': ''"), NULL },
	{ "qbusiness.tag_keys_unique", "awscc.qbusiness.application", "tags[1].key",
	  QB_APP(", 'tags': [{'key': 'team', 'value': 'a'}, {'key': 'team', 'value': 'b'}]"),
	  NULL,
	  QB_APP(", 'tags': [{'key': 'team', 'value': 'a'}, {'key': 'owner', 'value': 'a'}]"),
	  NULL },
	{ "bedrockagentcore.gateway_jwt_authorizer", "awscc.bedrockagentcore.gateway",
	  "authorizer_configuration", AC_GW("tools", "'CUSTOM_JWT'"), NULL,
	  AC_GW("tools", "'CUSTOM_JWT', 'authorizer_configuration': " AC_JWT), NULL },
	{ "bedrockagentcore.gateway_name_kept", "awscc.bedrockagentcore.gateway", "name",
	  AC_GW("tools-2", "'AWS_IAM'"), AC_GW("tools", "'AWS_IAM'"),
	  AC_GW("tools", "'NONE'"), AC_GW("tools", "'AWS_IAM'") },
	{ "bedrockagentcore.browser_vpc_config", "awscc.bedrockagentcore.browser_custom",
	  "network_configuration.vpc_config", AC_NET("{'network_mode': 'VPC'}"), NULL,
	  AC_NET(AC_VPC), NULL },
	{ "bedrockagentcore.code_interpreter_vpc_config",
	  "awscc.bedrockagentcore.code_interpreter_custom", "network_configuration.vpc_config",
	  AC_NET("{'network_mode': 'VPC'}"), NULL, AC_NET("{'network_mode': 'SANDBOX'}"), NULL },
	{ "bedrockagentcore.actor_token_scopes_m2m",
	  "awscc.bedrockagentcore.o_auth_2_credential_provider",
	  "oauth_2_provider_config_input.custom_oauth_2_provider_config."
	  "on_behalf_of_token_exchange_config.token_exchange_grant_type_config."
	  "actor_token_content",
	  AC_OAUTH("{'actor_token_content': 'NONE', 'actor_token_scopes': ['read']}"), NULL,
	  AC_OAUTH("{'actor_token_content': 'M2M', 'actor_token_scopes': ['read']}"), NULL },
	{ "bedrockagentcore.memory_indexed_keys_kept", "awscc.bedrockagentcore.memory",
	  "indexed_keys[1].key", AC_MEMORY(AC_KEY("user")),
	  AC_MEMORY(AC_KEY("user") ", " AC_KEY("topic")),
	  AC_MEMORY(AC_KEY("user") ", " AC_KEY("topic") ", " AC_KEY("team")),
	  AC_MEMORY(AC_KEY("user") ", " AC_KEY("topic")) },
	{ "elasticbeanstalk.lifecycle_service_role", "awscc.elasticbeanstalk.application",
	  "resource_lifecycle_config.service_role", EB_LIFECYCLE(""), NULL,
	  EB_LIFECYCLE(", 'service_role': 'arn:aws:iam::123456789012:role/eb'"), NULL },
	{ "elasticbeanstalk.environment_name_hyphens", "awscc.elasticbeanstalk.environment",
	  "environment_name", EB_ENV(", 'environment_name': 'shop-prod-'"), NULL,
	  EB_ENV(", 'environment_name': 'shop-prod'"), NULL },
	{ "elasticbeanstalk.environment_platform_not_stack", "awscc.elasticbeanstalk.environment",
	  "solution_stack_name",
	  EB_ENV(", 'platform_arn': " EB_PLATFORM ", 'solution_stack_name': " EB_STACK), NULL,
	  EB_ENV(", 'platform_arn': " EB_PLATFORM), NULL },
	{ "elasticbeanstalk.environment_stack_alone", "awscc.elasticbeanstalk.environment",
	  "template_name", EB_ENV(", 'solution_stack_name': " EB_STACK ", 'template_name': 'base'"),
	  NULL, EB_ENV(", 'template_name': 'base'"), NULL },
	{ "elasticbeanstalk.environment_tier_name", "awscc.elasticbeanstalk.environment",
	  "tier.name", EB_ENV(", 'tier': {'name': 'Web', 'type': 'Standard'}"), NULL,
	  EB_ENV(", 'tier': {'name': 'WebServer', 'type': 'Standard'}"), NULL },
	{ "elasticbeanstalk.environment_tier_type", "awscc.elasticbeanstalk.environment",
	  "tier.type", EB_ENV(", 'tier': {'name': 'Worker', 'type': 'SQS'}"), NULL,
	  EB_ENV(", 'tier': {'name': 'Worker', 'type': 'SQS/HTTP'}"), NULL },
	{ "elasticbeanstalk.template_source", "awscc.elasticbeanstalk.configuration_template",
	  "environment_id", EB_TPL(", 'description': 'base'"), NULL,
	  EB_TPL(", 'environment_id': 'e-abcdef1234'"), NULL },
	{ "elasticbeanstalk.template_platform_not_stack",
	  "awscc.elasticbeanstalk.configuration_template", "solution_stack_name",
	  EB_TPL(", 'platform_arn': " EB_PLATFORM ", 'solution_stack_name': " EB_STACK), NULL,
	  EB_TPL(", 'solution_stack_name': " EB_STACK), NULL },
	{ "groundstation.downlink_center_frequency", "awscc.groundstation.config",
	  "config_data.antenna_downlink_config.spectrum_config.center_frequency.value",
	  GS_CONFIG(GS_DOWN("center_frequency", GS_FREQ("2500", "MHz"))), NULL,
	  GS_CONFIG(GS_DOWN("center_frequency", GS_FREQ("8.2", "GHz"))), NULL },
	{ "groundstation.demod_center_frequency", "awscc.groundstation.config",
	  "config_data.antenna_downlink_demod_decode_config.spectrum_config.center_frequency.value",
	  GS_CONFIG(GS_DEMOD("center_frequency", GS_FREQ("8500000", "kHz"))), NULL,
	  GS_CONFIG(GS_DEMOD("center_frequency", GS_FREQ("8212500", "kHz"))), NULL },
	{ "groundstation.uplink_center_frequency", "awscc.groundstation.config",
	  "config_data.antenna_uplink_config.spectrum_config.center_frequency.value",
	  GS_CONFIG(GS_UP(GS_FREQ("2.2", "GHz"), "20.0")), NULL,
	  GS_CONFIG(GS_UP(GS_FREQ("2.1", "GHz"), "20.0")), NULL },
	{ "groundstation.downlink_bandwidth", "awscc.groundstation.config",
	  "config_data.antenna_downlink_config.spectrum_config.bandwidth.value",
	  GS_CONFIG(GS_DOWN("bandwidth", GS_FREQ("60", "MHz"))), NULL,
	  GS_CONFIG(GS_DOWN("bandwidth", GS_FREQ("54", "MHz"))), NULL },
	{ "groundstation.demod_bandwidth", "awscc.groundstation.config",
	  "config_data.antenna_downlink_demod_decode_config.spectrum_config.bandwidth.value",
	  GS_CONFIG(GS_DEMOD("bandwidth", GS_FREQ("100", "kHz"))), NULL,
	  GS_CONFIG(GS_DEMOD("bandwidth", GS_FREQ("125", "kHz"))), NULL },
	{ "groundstation.uplink_eirp", "awscc.groundstation.config",
	  "config_data.antenna_uplink_config.target_eirp.value",
	  GS_CONFIG(GS_UP(GS_FREQ("2100", "MHz"), "51")), NULL,
	  GS_CONFIG(GS_UP(GS_FREQ("2100", "MHz"), "50.0")), NULL },
	{ "groundstation.endpoint_group_one_kind", "awscc.groundstation.dataflow_endpoint_group",
	  "endpoint_details[0].endpoint", GS_GROUP(GS_DATAFLOW ", " GS_AGENT), NULL,
	  GS_GROUP(GS_AGENT ", " GS_AGENT), NULL },
	{ "medialive.multiplex_two_zones", "awscc.medialive.multiplex", "availability_zones",
	  ML_MULTIPLEX("'us-east-1a'"), NULL, ML_MULTIPLEX("'us-east-1a', 'us-east-1b'"), NULL },
	{ "medialive.placement_group_one_node", "awscc.medialive.channel_placement_group", "nodes",
	  ML_GROUP("'7654321', '7654322'"), NULL, ML_GROUP("'7654321'"), NULL },
	{ "medialive.rule_template_targets", "awscc.medialive.event_bridge_rule_template",
	  "event_targets[0].arn", ML_RULES("arn:aws:sqs:us-east-1:123456789012:alerts"), NULL,
	  ML_RULES("arn:aws:sns:us-east-1:123456789012:alerts"), NULL },
	{ "mediapackagev2.container_type_kept", "awscc.mediapackagev2.origin_endpoint",
	  "container_type", MP_ENDPOINT(", 'description': 'x'"),
	  "{'channel_group_name': 'live', 'channel_name': 'news', 'origin_endpoint_name': 'out', "
	  "'container_type': 'TS'}",
	  MP_ENDPOINT(", 'description': 'x'"), MP_ENDPOINT("") },
	{ "mediapackagev2.daterange_date_time_interval", "awscc.mediapackagev2.origin_endpoint",
	  "low_latency_hls_manifests[0].program_date_time_interval_seconds",
	  MP_ENDPOINT(", 'low_latency_hls_manifests': [" MP_HLS("ll", ", 'scte_hls': "
		      "{'ad_marker_hls': 'DATERANGE'}, 'program_date_time_interval_seconds': 0") "]"),
	  NULL,
	  MP_ENDPOINT(", 'low_latency_hls_manifests': [" MP_HLS("ll", ", 'scte_hls': "
		      "{'ad_marker_hls': 'DATERANGE'}, 'program_date_time_interval_seconds': 1") "]"),
	  NULL },
	{ "mediapackagev2.mss_manifest_names_unique", "awscc.mediapackagev2.origin_endpoint",
	  "mss_manifests[1].manifest_name",
	  MP_ENDPOINT(", 'container_type': 'ISM', 'mss_manifests': [" MP_HLS("a", "") ", "
		      MP_HLS("a", "") "]"), NULL,
	  MP_ENDPOINT(", 'container_type': 'ISM', 'mss_manifests': [" MP_HLS("a", "") ", "
		      MP_HLS("b", "") "]"), NULL },
	{ "mediapackagev2.mss_window_at_least_30", "awscc.mediapackagev2.origin_endpoint",
	  "mss_manifests[0].manifest_window_seconds",
	  MP_ENDPOINT(", 'mss_manifests': [" MP_HLS("a", ", 'manifest_window_seconds': 20") "]"),
	  NULL,
	  MP_ENDPOINT(", 'mss_manifests': [" MP_HLS("a", ", 'manifest_window_seconds': 30") "]"),
	  NULL },
	{ "mediapackagev2.speke_url_https", "awscc.mediapackagev2.origin_endpoint",
	  "segment.encryption.speke_key_provider.url",
	  MP_ENDPOINT(", 'segment': {'encryption': {'speke_key_provider': {'url': "
		      "'http://keys.example.com/speke'}}}"), NULL,
	  MP_ENDPOINT(", 'segment': {'encryption': {'speke_key_provider': {'url': "
		      "'https://keys.example.com/speke'}}}"), NULL },
	{ "mediapackagev2.input_switch_cmaf", "awscc.mediapackagev2.channel", "input_type",
	  MP_CHANNEL(", 'input_switch_configuration': {'mqcs_input_switching': true}"), NULL,
	  MP_CHANNEL(", 'input_type': 'CMAF', 'input_switch_configuration': "
		     "{'mqcs_input_switching': true}"), NULL },
	{ "mediapackagev2.output_header_cmaf", "awscc.mediapackagev2.channel", "input_type",
	  MP_CHANNEL(", 'input_type': 'HLS', 'output_header_configuration': "
		     "{'publish_mqcs': true}"), NULL,
	  MP_CHANNEL(", 'input_type': 'CMAF', 'output_header_configuration': "
		     "{'publish_mqcs': true}"), NULL },
	{ "networkfirewall.zone_mappings_one", "awscc.networkfirewall.firewall",
	  "availability_zone_mappings", NF_FIREWALL(", 'transit_gateway_id': 'tgw-0123abcd', "
						   "'availability_zone_mappings': []"), NULL,
	  NF_FIREWALL(", 'transit_gateway_id': 'tgw-0123abcd', 'availability_zone_mappings': "
		      "[{'availability_zone': 'us-east-1a'}]"), NULL },
	{ "networkfirewall.zone_mappings_region", "awscc.networkfirewall.firewall",
	  "availability_zone_mappings[0].availability_zone",
	  NF_FIREWALL(", 'transit_gateway_id': 'tgw-0123abcd', 'availability_zone_mappings': "
		      "[{'availability_zone': 'eu-west-1a'}]"), NULL,
	  NF_FIREWALL(", 'transit_gateway_id': 'tgw-0123abcd', 'availability_zone_mappings': "
		      "[{'availability_zone': 'us-east-1b'}]"), NULL },
	{ "networkfirewall.zones_kept_with_protection", "awscc.networkfirewall.firewall",
	  "availability_zone_mappings",
	  NF_FIREWALL(", 'availability_zone_change_protection': true, "
		      "'availability_zone_mappings': [{'availability_zone': 'us-east-1b'}]"),
	  NF_FIREWALL(", 'availability_zone_change_protection': true, "
		      "'availability_zone_mappings': [{'availability_zone': 'us-east-1a'}]"),
	  NF_FIREWALL(", 'availability_zone_change_protection': false, "
		      "'availability_zone_mappings': [{'availability_zone': 'us-east-1b'}]"),
	  NF_FIREWALL(", 'availability_zone_change_protection': true, "
		      "'availability_zone_mappings': [{'availability_zone': 'us-east-1a'}]") },
	{ "networkfirewall.transit_gateway_kept", "awscc.networkfirewall.firewall",
	  "transit_gateway_id", NF_FIREWALL(", 'transit_gateway_id': 'tgw-0123abcd'"),
	  NF_FIREWALL(", 'transit_gateway_id': 'tgw-9999ffff'"),
	  NF_FIREWALL(", 'transit_gateway_id': 'tgw-0123abcd'"),
	  NF_FIREWALL(", 'transit_gateway_id': 'tgw-0123abcd'") },
	{ "networkfirewall.stateful_defaults_strict", "awscc.networkfirewall.firewall_policy",
	  "firewall_policy.stateful_engine_options.rule_order",
	  NF_POLICY(", 'stateless_default_actions': ['aws:pass'], 'stateful_default_actions': "
		    "['aws:drop_strict'], 'stateful_engine_options': {'rule_order': "
		    "'DEFAULT_ACTION_ORDER'}"), NULL,
	  NF_POLICY(", 'stateless_default_actions': ['aws:pass'], 'stateful_default_actions': "
		    "['aws:drop_strict'], 'stateful_engine_options': {'rule_order': "
		    "'STRICT_ORDER'}"), NULL },
	{ "networkfirewall.stateful_priorities_unique", "awscc.networkfirewall.firewall_policy",
	  "firewall_policy.stateful_rule_group_references[1].priority",
	  NF_POLICY(", 'stateless_default_actions': ['aws:pass'], "
		    "'stateful_rule_group_references': [{'resource_arn': 'arn:aws:a', 'priority': 1}, "
		    "{'resource_arn': 'arn:aws:b', 'priority': 1}]"), NULL,
	  NF_POLICY(", 'stateless_default_actions': ['aws:pass'], "
		    "'stateful_rule_group_references': [{'resource_arn': 'arn:aws:a', 'priority': 1}, "
		    "{'resource_arn': 'arn:aws:b', 'priority': 2}]"), NULL },
	{ "networkfirewall.stateless_priorities_unique", "awscc.networkfirewall.firewall_policy",
	  "firewall_policy.stateless_rule_group_references[1].priority",
	  NF_POLICY(", 'stateless_default_actions': ['aws:pass'], "
		    "'stateless_rule_group_references': [{'resource_arn': 'arn:aws:a', 'priority': 5}, "
		    "{'resource_arn': 'arn:aws:b', 'priority': 5}]"), NULL,
	  NF_POLICY(", 'stateless_default_actions': ['aws:pass'], "
		    "'stateless_rule_group_references': [{'resource_arn': 'arn:aws:a', 'priority': 5}, "
		    "{'resource_arn': 'arn:aws:b', 'priority': 6}]"), NULL },
	{ "networkfirewall.stateless_default_standard", "awscc.networkfirewall.firewall_policy",
	  "firewall_policy.stateless_default_actions",
	  NF_POLICY(", 'stateless_default_actions': ['aws:pass', 'aws:drop']"), NULL,
	  NF_POLICY(", 'stateless_default_actions': ['aws:pass', 'metrics']"), NULL },
	{ "networkfirewall.fragment_default_standard", "awscc.networkfirewall.firewall_policy",
	  "firewall_policy.stateless_fragment_default_actions",
	  "{'firewall_policy_name': 'p', 'firewall_policy': {'stateless_default_actions': "
	  "['aws:pass'], 'stateless_fragment_default_actions': ['metrics']}}", NULL,
	  "{'firewall_policy_name': 'p', 'firewall_policy': {'stateless_default_actions': "
	  "['aws:pass'], 'stateless_fragment_default_actions': ['aws:drop', 'metrics']}}", NULL },
	{ "networkfirewall.policy_tls_kept", "awscc.networkfirewall.firewall_policy",
	  "firewall_policy.tls_inspection_configuration_arn",
	  NF_POLICY(", 'stateless_default_actions': ['aws:pass']"),
	  NF_POLICY(", 'stateless_default_actions': ['aws:pass'], "
		    "'tls_inspection_configuration_arn': 'arn:aws:tls'"),
	  NF_POLICY(", 'stateless_default_actions': ['aws:drop'], "
		    "'tls_inspection_configuration_arn': 'arn:aws:tls'"),
	  NF_POLICY(", 'stateless_default_actions': ['aws:pass'], "
		    "'tls_inspection_configuration_arn': 'arn:aws:tls'") },
	{ "networkfirewall.policy_tls_not_added", "awscc.networkfirewall.firewall_policy",
	  "firewall_policy.tls_inspection_configuration_arn",
	  NF_POLICY(", 'stateless_default_actions': ['aws:pass'], "
		    "'tls_inspection_configuration_arn': 'arn:aws:tls'"),
	  NF_POLICY(", 'stateless_default_actions': ['aws:pass']"),
	  NF_POLICY(", 'stateless_default_actions': ['aws:drop']"),
	  NF_POLICY(", 'stateless_default_actions': ['aws:pass']") },
	{ "networkfirewall.rule_variables_stateful", "awscc.networkfirewall.rule_group",
	  "rule_group_type",
	  NF_GROUP("STATELESS", "{'rule_variables': {'ip_sets': {'HOME': {'definition': "
		   "['10.0.0.0/16']}}}, 'rules_source': {'rules_string': ''}}"), NULL,
	  NF_GROUP("STATEFUL", "{'rule_variables': {'ip_sets': {'HOME': {'definition': "
		   "['10.0.0.0/16']}}}, 'rules_source': {'rules_string': ''}}"), NULL },
	{ "networkfirewall.strict_no_priority_keyword", "awscc.networkfirewall.rule_group",
	  "rule_group.rules_source.rules_string",
	  NF_GROUP("STATEFUL", "{'stateful_rule_options': {'rule_order': 'STRICT_ORDER'}, "
		   "'rules_source': {'rules_string': 'pass tcp any any -> any any (sid:1; "
		   "priority:2;)'}}"), NULL,
	  NF_GROUP("STATEFUL", "{'stateful_rule_options': {'rule_order': 'STRICT_ORDER'}, "
		   "'rules_source': {'rules_string': 'pass tcp any any -> any any (sid:1;)'}}"),
	  NULL },
	{ "networkfirewall.stateful_rule_sid", "awscc.networkfirewall.rule_group",
	  "rule_group.rules_source.stateful_rules[0].rule_options",
	  NF_STATEFUL("{'keyword': 'msg', 'settings': ['\\\"x\\\"']}"), NULL,
	  NF_STATEFUL("{'keyword': 'sid', 'settings': ['1']}"), NULL },
	{ "networkfirewall.stateless_priorities_unique_in_group", "awscc.networkfirewall.rule_group",
	  "rule_group.rules_source.stateless_rules_and_custom_actions.stateless_rules[1].priority",
	  NF_STATELESS(NF_RULE("1", NF_PASS("")) ", " NF_RULE("1", NF_PASS(""))), NULL,
	  NF_STATELESS(NF_RULE("1", NF_PASS("")) ", " NF_RULE("2", NF_PASS(""))), NULL },
	{ "networkfirewall.stateless_rule_one_standard", "awscc.networkfirewall.rule_group",
	  "rule_group.rules_source.stateless_rules_and_custom_actions.stateless_rules[0]."
	  "rule_definition.actions",
	  NF_STATELESS(NF_RULE("1", "{'actions': ['metrics'], 'match_attributes': {}}")), NULL,
	  NF_STATELESS(NF_RULE("1", "{'actions': ['aws:drop', 'metrics'], 'match_attributes': "
			       "{}}")), NULL },
	{ "networkfirewall.rule_ports_ordered", "awscc.networkfirewall.rule_group",
	  "rule_group.rules_source.stateless_rules_and_custom_actions.stateless_rules[0]."
	  "rule_definition.match_attributes.source_ports[0].from_port",
	  NF_STATELESS(NF_RULE("1", NF_PASS("'source_ports': [{'from_port': 1024, 'to_port': "
					    "1000}]"))), NULL,
	  NF_STATELESS(NF_RULE("1", NF_PASS("'source_ports': [{'from_port': 1000, 'to_port': "
					    "1000}]"))), NULL },
	{ "networkfirewall.tls_scope_ports_ordered",
	  "awscc.networkfirewall.tls_inspection_configuration",
	  "tls_inspection_configuration.server_certificate_configurations[0].scopes[0]."
	  "destination_ports[0].from_port",
	  NF_TLS("{'scopes': [{'destination_ports': [{'from_port': 8443, 'to_port': 443}]}]}"),
	  NULL,
	  NF_TLS("{'scopes': [{'destination_ports': [{'from_port': 443, 'to_port': 8443}]}]}"),
	  NULL },
	{ "networkfirewall.tls_revocation_ca", "awscc.networkfirewall.tls_inspection_configuration",
	  "tls_inspection_configuration.server_certificate_configurations[0]."
	  "certificate_authority_arn",
	  NF_TLS("{'check_certificate_revocation_status': {'revoked_status_action': 'DROP', "
		 "'unknown_status_action': 'PASS'}}"), NULL,
	  NF_TLS("{" NF_CA ", 'check_certificate_revocation_status': {'revoked_status_action': "
		 "'DROP', 'unknown_status_action': 'PASS'}}"), NULL },
	{ "networkfirewall.tls_revocation_actions",
	  "awscc.networkfirewall.tls_inspection_configuration",
	  "tls_inspection_configuration.server_certificate_configurations[0]."
	  "check_certificate_revocation_status.unknown_status_action",
	  NF_TLS("{" NF_CA ", 'check_certificate_revocation_status': {'revoked_status_action': "
		 "'DROP'}}"), NULL,
	  NF_TLS("{" NF_CA ", 'check_certificate_revocation_status': {'revoked_status_action': "
		 "'DROP', 'unknown_status_action': 'PASS'}}"), NULL },
	{ "route53resolver.block_override", "awscc.route53resolver.firewall_rule_group",
	  "firewall_rules[0].block_override_ttl",
	  RR_GROUP("{'priority': 1, 'action': 'BLOCK', 'block_response': 'OVERRIDE', "
		   "'block_override_dns_type': 'CNAME', 'block_override_domain': 'x.example.com', "
		   "'firewall_domain_list_id': 'rslvr-fdl-1'}"), NULL,
	  RR_GROUP("{'priority': 1, 'action': 'BLOCK', 'block_response': 'OVERRIDE', "
		   "'block_override_dns_type': 'CNAME', 'block_override_domain': 'x.example.com', "
		   "'block_override_ttl': 60, 'firewall_domain_list_id': 'rslvr-fdl-1'}"), NULL },
	{ "route53resolver.block_response", "awscc.route53resolver.firewall_rule_group",
	  "firewall_rules[0].block_response",
	  RR_GROUP("{'priority': 1, 'action': 'BLOCK', 'firewall_domain_list_id': 'rslvr-fdl-1'}"),
	  NULL, RR_GROUP(RR_RULE("")), NULL },
	{ "route53resolver.advanced_confidence", "awscc.route53resolver.firewall_rule_group",
	  "firewall_rules[0].confidence_threshold",
	  RR_GROUP("{'priority': 1, 'action': 'ALERT', 'dns_threat_protection': 'DGA'}"), NULL,
	  RR_GROUP("{'priority': 1, 'action': 'ALERT', 'dns_threat_protection': 'DGA', "
		   "'confidence_threshold': 'HIGH'}"), NULL },
	{ "route53resolver.threat_protection_no_domain_list",
	  "awscc.route53resolver.firewall_rule_group", "firewall_rules[0].firewall_domain_list_id",
	  RR_GROUP("{'priority': 1, 'action': 'ALERT', 'dns_threat_protection': 'DGA', "
		   "'confidence_threshold': 'HIGH', 'firewall_domain_list_id': 'rslvr-fdl-1'}"),
	  NULL,
	  RR_GROUP("{'priority': 1, 'action': 'ALERT', 'dns_threat_protection': 'DGA', "
		   "'confidence_threshold': 'HIGH'}"), NULL },
	{ "route53resolver.cfn_rule_type_alone", "awscc.route53resolver.firewall_rule_group",
	  "firewall_rules[0].firewall_domain_list_id",
	  RR_GROUP(RR_RULE(", 'firewall_rule_type': {'firewall_advanced_threat_category': "
			   "{'category': 'MALWARE'}}")), NULL,
	  RR_GROUP("{'priority': 1, 'action': 'BLOCK', 'block_response': 'NODATA', "
		   "'firewall_rule_type': {'firewall_advanced_threat_category': {'category': "
		   "'MALWARE'}}}"), NULL },
	{ "route53resolver.rule_priorities_unique", "awscc.route53resolver.firewall_rule_group",
	  "firewall_rules[1].priority", RR_GROUP(RR_RULE("") ", " RR_RULE("")), NULL,
	  RR_GROUP(RR_RULE("") ", {'priority': 2, 'action': 'ALLOW', 'firewall_domain_list_id': "
		   "'rslvr-fdl-2'}"), NULL },
	{ "route53resolver.qtype_number", "awscc.route53resolver.firewall_rule_group",
	  "firewall_rules[0].qtype", RR_GROUP(RR_RULE(", 'qtype': 'TYPE70000'")), NULL,
	  RR_GROUP(RR_RULE(", 'qtype': 'TYPE28'")), NULL },
	{ "route53resolver.endpoint_outpost_instance_type",
	  "awscc.route53resolver.resolver_endpoint", "preferred_instance_type",
	  RR_ENDPOINT("OUTBOUND", ", 'outpost_arn': "
		      "'arn:aws:outposts:us-east-1:123456789012:outpost/op-0123456789abcdef0'"), NULL,
	  RR_ENDPOINT("OUTBOUND", ", 'outpost_arn': "
		      "'arn:aws:outposts:us-east-1:123456789012:outpost/op-0123456789abcdef0', "
		      "'preferred_instance_type': 'c5.xlarge'"), NULL },
	{ "route53resolver.endpoint_instance_type_outpost",
	  "awscc.route53resolver.resolver_endpoint", "outpost_arn",
	  RR_ENDPOINT("OUTBOUND", ", 'preferred_instance_type': 'c5.xlarge'"), NULL,
	  RR_ENDPOINT("OUTBOUND", ""), NULL },
	{ "route53resolver.inbound_keeps_do53", "awscc.route53resolver.resolver_endpoint",
	  "protocols", RR_ENDPOINT("INBOUND", ", 'protocols': ['DoH']"),
	  RR_ENDPOINT("INBOUND", ", 'protocols': ['Do53']"),
	  RR_ENDPOINT("INBOUND", ", 'protocols': ['Do53', 'DoH']"),
	  RR_ENDPOINT("INBOUND", ", 'protocols': ['Do53']") },
	{ "route53resolver.metrics_not_inbound", "awscc.route53resolver.resolver_endpoint",
	  "direction", RR_ENDPOINT("INBOUND", ", 'target_name_server_metrics_enabled': true"), NULL,
	  RR_ENDPOINT("OUTBOUND", ", 'target_name_server_metrics_enabled': true"), NULL },
	{ "route53resolver.target_ips_one_family", "awscc.route53resolver.resolver_rule",
	  "target_ips[1].ipv_6",
	  RR_RESOLVER_RULE("FORWARD", ", 'target_ips': [{'ip': '10.0.0.2'}, {'ipv_6': "
			   "'2001:db8::2'}]"), NULL,
	  RR_RESOLVER_RULE("FORWARD", ", 'target_ips': [{'ip': '10.0.0.2'}, {'ip': '10.0.0.3'}]"),
	  NULL },
	{ "route53resolver.target_ips_forward_only", "awscc.route53resolver.resolver_rule",
	  "rule_type", RR_RESOLVER_RULE("SYSTEM", ", 'target_ips': [{'ip': '10.0.0.2'}]"), NULL,
	  RR_RESOLVER_RULE("FORWARD", ", 'target_ips': [{'ip': '10.0.0.2'}]"), NULL },
	{ "route53resolver.association_name_not_digits",
	  "awscc.route53resolver.resolver_rule_association", "name",
	  "{'resolver_rule_id': 'rslvr-rr-1', 'vpc_id': 'vpc-12345678', 'name': '2024'}", NULL,
	  "{'resolver_rule_id': 'rslvr-rr-1', 'vpc_id': 'vpc-12345678', 'name': 'corp-2024'}",
	  NULL },
	{ "route53resolver.cfn_tag_keys_not_aws", "awscc.route53resolver.resolver_rule",
	  "tags[0].key", RR_RESOLVER_RULE("SYSTEM", ", 'tags': [{'key': 'aws:team', 'value': 'a'}]"),
	  NULL, RR_RESOLVER_RULE("SYSTEM", ", 'tags': [{'key': 'team', 'value': 'aws:a'}]"), NULL },
	{ "apprunner.vpc_connector_vpc_egress", "awscc.apprunner.service",
	  "network_configuration.egress_configuration.egress_type",
	  AR_SERVICE(AR_IMAGE("ECR_PUBLIC"), ", 'network_configuration': {'egress_configuration': "
		     "{'egress_type': 'DEFAULT', 'vpc_connector_arn': "
		     "'arn:aws:apprunner:us-east-1:123456789012:vpcconnector/v/1/0123'}}"), NULL,
	  AR_SERVICE(AR_IMAGE("ECR_PUBLIC"), ", 'network_configuration': {'egress_configuration': "
		     "{'egress_type': 'VPC', 'vpc_connector_arn': "
		     "'arn:aws:apprunner:us-east-1:123456789012:vpcconnector/v/1/0123'}}"), NULL },
	{ "apprunner.observability_arn_enabled", "awscc.apprunner.service",
	  "observability_configuration.observability_enabled",
	  AR_SERVICE(AR_IMAGE("ECR_PUBLIC"), ", 'observability_configuration': "
		     "{'observability_enabled': false, 'observability_configuration_arn': "
		     "'arn:aws:apprunner:us-east-1:123456789012:observabilityconfiguration/o/1/0123'}"),
	  NULL,
	  AR_SERVICE(AR_IMAGE("ECR_PUBLIC"), ", 'observability_configuration': "
		     "{'observability_enabled': true, 'observability_configuration_arn': "
		     "'arn:aws:apprunner:us-east-1:123456789012:observabilityconfiguration/o/1/0123'}"),
	  NULL },
	{ "apprunner.one_repository", "awscc.apprunner.service",
	  "source_configuration.code_repository",
	  AR_SERVICE(AR_IMAGE("ECR_PUBLIC") ", " AR_CODE(AR_CODE_CONFIG) AR_CONNECTION, ""), NULL,
	  AR_SERVICE(AR_IMAGE("ECR_PUBLIC"), ""), NULL },
	{ "apprunner.code_stays_code", "awscc.apprunner.service",
	  "source_configuration.code_repository",
	  AR_SERVICE(AR_IMAGE("ECR_PUBLIC"), ""),
	  AR_SERVICE(AR_CODE(AR_CODE_CONFIG) AR_CONNECTION, ""),
	  AR_SERVICE(AR_CODE("") AR_CONNECTION, ""),
	  AR_SERVICE(AR_CODE(AR_CODE_CONFIG) AR_CONNECTION, "") },
	{ "apprunner.image_stays_image", "awscc.apprunner.service",
	  "source_configuration.image_repository",
	  AR_SERVICE(AR_CODE("") AR_CONNECTION, ""), AR_SERVICE(AR_IMAGE("ECR_PUBLIC"), ""),
	  AR_SERVICE(AR_IMAGE("ECR_PUBLIC"), ", 'service_name': 'web-app'"),
	  AR_SERVICE(AR_IMAGE("ECR_PUBLIC"), "") },
	{ "apprunner.ecr_access_role", "awscc.apprunner.service",
	  "source_configuration.authentication_configuration.access_role_arn",
	  AR_SERVICE(AR_IMAGE("ECR"), ""), NULL,
	  AR_SERVICE(AR_IMAGE("ECR") ", 'authentication_configuration': {'access_role_arn': "
		     "'arn:aws:iam::123456789012:role/apprunner-ecr'}", ""), NULL },
	{ "apprunner.github_connection", "awscc.apprunner.service",
	  "source_configuration.authentication_configuration.connection_arn",
	  AR_SERVICE(AR_CODE(AR_CODE_CONFIG), ""), NULL,
	  AR_SERVICE(AR_CODE(AR_CODE_CONFIG) AR_CONNECTION, ""), NULL },
	{ "apprunner.code_configuration_at_create", "awscc.apprunner.service",
	  "source_configuration.code_repository.code_configuration",
	  AR_SERVICE(AR_CODE("") AR_CONNECTION, ""), NULL,
	  AR_SERVICE(AR_CODE(AR_CODE_CONFIG) AR_CONNECTION, ""), NULL },
	{ "apprunner.observability_name_not_default", "awscc.apprunner.observability_configuration",
	  "observability_configuration_name",
	  "{'observability_configuration_name': 'DefaultConfiguration'}", NULL,
	  "{'observability_configuration_name': 'tracing'}", NULL },
};

static const char *const services[] = { "qbusiness.", "bedrockagentcore.", "elasticbeanstalk.",
					"groundstation.", "medialive.", "mediapackagev2.",
					"networkfirewall.", "route53resolver.", "apprunner.", NULL };

/* A written rule's case (words_support.h's words_written_case): a resource
 * of TYPE it refuses (its message beginning with the attribute AT and
 * quoting AWS's WORDS), and its twin. */

static const struct words_written_case written[] = {
	{ "awscc.mediapackagev2.origin_endpoint",
	  MP_ENDPOINT(", 'hls_manifests': [" MP_HLS("index", "") "], "
		      "'low_latency_hls_manifests': [" MP_HLS("index", "") "]"),
	  "low_latency_hls_manifests[0].manifest_name",
	  "You can't use the same manifest name if you use HLS manifest and low-latency HLS "
	  "manifest.",
	  MP_ENDPOINT(", 'hls_manifests': [" MP_HLS("index", "") "], "
		      "'low_latency_hls_manifests': [" MP_HLS("index-ll", "") "]") },
	{ "awscc.mediapackagev2.origin_endpoint",
	  MP_ENDPOINT(", 'segment': {'segment_duration_seconds': 6}, 'hls_manifests': ["
		      MP_HLS("index", ", 'manifest_window_seconds': 60, 'start_tag': "
			     "{'time_offset': 45}") "]"),
	  "hls_manifests[0].start_tag.time_offset", "if positive, must be less than the "
	  "configured manifest duration minus three times the configured segment target "
	  "duration.",
	  MP_ENDPOINT(", 'segment': {'segment_duration_seconds': 6}, 'hls_manifests': ["
		      MP_HLS("index", ", 'manifest_window_seconds': 60, 'start_tag': "
			     "{'time_offset': 40}") "]") },
	{ "awscc.mediapackagev2.origin_endpoint",
	  MP_ENDPOINT(", 'segment': {'segment_duration_seconds': 6}, 'low_latency_hls_manifests': ["
		      MP_HLS("ll", ", 'manifest_window_seconds': 60, 'start_tag': "
			     "{'time_offset': -12}") "]"),
	  "low_latency_hls_manifests[0].start_tag.time_offset", "If negative, the absolute value "
	  "must be larger than three times the configured segment target duration",
	  MP_ENDPOINT(", 'segment': {'segment_duration_seconds': 6}, 'low_latency_hls_manifests': ["
		      MP_HLS("ll", ", 'manifest_window_seconds': 60, 'start_tag': "
			     "{'time_offset': -30}") "]") },
	{ "awscc.networkfirewall.rule_group",
	  NF_STATELESS(NF_RULE("1", NF_PASS("'tcp_flags': [{'flags': ['SYN', 'ACK'], 'masks': "
					    "['SYN']}]"))),
	  "rule_group.rules_source.stateless_rules_and_custom_actions.stateless_rules[0]."
	  "rule_definition.match_attributes.tcp_flags[0].flags[1]",
	  "This setting can only specify values that are also specified in the Masks setting.",
	  NF_STATELESS(NF_RULE("1", NF_PASS("'tcp_flags': [{'flags': ['SYN'], 'masks': "
					    "['SYN', 'ACK']}]"))) },
};

/* Each written rule refuses its case, naming the attribute and quoting
 * AWS; its twin passes. */
static void test_written_rules(void **state)
{
	(void)state;
	words_check_written(written, sizeof(written) / sizeof(*written));
}

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
					 "test_words_census12.c");
}

int main(void)
{
	setenv("AWS_REGION", "us-east-1", 1);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_row_and_its_twin),
		cmocka_unit_test(test_every_row_has_a_case),
		cmocka_unit_test(test_written_rules),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
