/*
 * test_words_ec2.c: the words rows (AWS_SAYS, checks/words.c) of EC2
 * (ec2/rules.c, the ledger checks/words/ec2.words), each through
 * aws_constraints_check: a resource it refuses, whose message names the
 * attribute, quotes AWS's sentence and names its document, and its passing
 * twin; every such row has a case here. A private NAT gateway's address and
 * an ICMPv6 network ACL entry's type and code on the written types; on
 * the awscc types the registry's sentences their schemas' keywords do not
 * hold: network interfaces' addresses and prefixes, volumes, VPC
 * endpoints' private DNS, flow logs, VPN
 * connections and their tunnels, customer gateways, IPAM pools and prefix
 * list resolvers' rules, placement groups, security group ingress rules,
 * subnets and VPCs' blocks, gateway attachments, instances' block devices,
 * launch templates' data and tags, peering connections' tag keys.
 * A create row is judged on a create only (on an object that exists and
 * stays, a warning); a value not known yet passes.
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

#define ACL_ENTRY(MORE) \
	"{'network_acl_id': 'acl-1', 'rule_number': 100, 'rule_action': 'allow', " MORE "}"
#define ENI(MORE) "{'subnet_id': 'subnet-1'" MORE "}"
#define VOLUME(MORE) "{'availability_zone': 'us-east-1a', 'size': 100" MORE "}"
#define ENDPOINT(MORE) "{'vpc_id': 'vpc-1', 'service_name': 'com.amazonaws.us-east-1.s3'" MORE "}"
#define VPN(MORE) "{'type': 'ipsec.1', 'customer_gateway_id': 'cgw-1'" MORE "}"
#define INGRESS(MORE) "{'ip_protocol': 'tcp', 'from_port': 443, 'to_port': 443" MORE "}"
#define TEMPLATE(DATA) "{'launch_template_name': 'web', 'launch_template_data': {" DATA "}}"
#define REQUIREMENTS(MORE) TEMPLATE("'instance_requirements': {" MORE "}")

static const struct words_case cases[] = {
	{ "ec2.private_nat_gateway_no_eip", "aws.ec2.nat_gateway", "allocation_id",
	  "{'subnet_id': 'subnet-1', 'connectivity_type': 'private', 'allocation_id': 'eipalloc-1'}",
	  NULL, "{'subnet_id': 'subnet-1', 'connectivity_type': 'private'}", NULL },
	{ "ec2.acl_icmpv6_type_code", "aws.ec2.network_acl_entry", "icmp",
	  ACL_ENTRY("'protocol': 58, 'ipv6_cidr_block': '::/0'"), NULL,
	  ACL_ENTRY("'protocol': 58, 'ipv6_cidr_block': '::/0', 'icmp': {'type': -1, 'code': -1}"),
	  NULL },
	{ "ec2.cfn_ipam_pool_address_family", "awscc.ec2.ipam_pool", "address_family",
	  "{'ipam_scope_id': 'ipam-scope-1', 'address_family': 'IPv4'}", NULL,
	  "{'ipam_scope_id': 'ipam-scope-1', 'address_family': 'ipv4'}", NULL },
	{ "ec2.cfn_publicly_advertisable_ipv6", "awscc.ec2.ipam_pool", "address_family",
	  "{'ipam_scope_id': 'ipam-scope-1', 'address_family': 'ipv4', "
	  "'publicly_advertisable': false}", NULL,
	  "{'ipam_scope_id': 'ipam-scope-1', 'address_family': 'ipv6', "
	  "'publicly_advertisable': false}", NULL },
	{ "ec2.cfn_private_dns_preference_scope", "awscc.ec2.vpc_endpoint", "vpc_endpoint_type",
	  ENDPOINT(", 'vpc_endpoint_type': 'Interface', 'private_dns_enabled': true, "
		   "'dns_options': {'private_dns_preference': 'ALL_DOMAINS'}"), NULL,
	  ENDPOINT(", 'vpc_endpoint_type': 'ServiceNetwork', 'private_dns_enabled': true, "
		   "'dns_options': {'private_dns_preference': 'ALL_DOMAINS'}"), NULL },
	{ "ec2.cfn_specified_domains_scope", "awscc.ec2.vpc_endpoint",
	  "dns_options.private_dns_preference",
	  ENDPOINT(", 'vpc_endpoint_type': 'Resource', 'dns_options': {'private_dns_preference': "
		   "'ALL_DOMAINS', 'private_dns_specified_domains': ['example.com']}"), NULL,
	  ENDPOINT(", 'vpc_endpoint_type': 'Resource', 'dns_options': {'private_dns_preference': "
		   "'SPECIFIED_DOMAINS_ONLY', 'private_dns_specified_domains': ['example.com']}"),
	  NULL },
	{ "ec2.cfn_gateway_endpoint_no_subnets", "awscc.ec2.vpc_endpoint", "subnet_ids",
	  ENDPOINT(", 'vpc_endpoint_type': 'Gateway', 'subnet_ids': ['subnet-1']"), NULL,
	  ENDPOINT(", 'vpc_endpoint_type': 'Gateway', 'route_table_ids': ['rtb-1']"), NULL },
	{ "ec2.cfn_gwlb_endpoint_subnet", "awscc.ec2.vpc_endpoint", "subnet_ids",
	  ENDPOINT(", 'vpc_endpoint_type': 'GatewayLoadBalancer'"), NULL,
	  ENDPOINT(", 'vpc_endpoint_type': 'GatewayLoadBalancer', 'subnet_ids': ['subnet-1']"),
	  NULL },
	{ "ec2.cfn_flow_log_s3_no_role_or_group", "awscc.ec2.flow_log",
	  "deliver_logs_permission_arn",
	  "{'resource_id': 'vpc-1', 'resource_type': 'VPC', 'log_destination_type': 's3', "
	  "'log_destination': 'arn:aws:s3:::flows', "
	  "'deliver_logs_permission_arn': 'arn:aws:iam::123456789012:role/flows'}", NULL,
	  "{'resource_id': 'vpc-1', 'resource_type': 'VPC', 'log_destination_type': 's3', "
	  "'log_destination': 'arn:aws:s3:::flows'}", NULL },
	{ "ec2.cfn_eni_secondary_count_one_address", "awscc.ec2.network_interface",
	  "private_ip_addresses",
	  ENI(", 'secondary_private_ip_address_count': 2, 'private_ip_addresses': "
	      "[{'private_ip_address': '10.0.0.5', 'primary': true}, "
	      "{'private_ip_address': '10.0.0.6', 'primary': false}]"), NULL,
	  ENI(", 'secondary_private_ip_address_count': 2, 'private_ip_addresses': "
	      "[{'private_ip_address': '10.0.0.5', 'primary': true}]"), NULL },
	{ "ec2.cfn_eni_ipv4_prefix_count_alone", "awscc.ec2.network_interface",
	  "secondary_private_ip_address_count",
	  ENI(", 'ipv_4_prefix_count': 1, 'secondary_private_ip_address_count': 1"), NULL,
	  ENI(", 'ipv_4_prefix_count': 1"), NULL },
	{ "ec2.cfn_eni_ipv4_prefixes_alone", "awscc.ec2.network_interface",
	  "secondary_private_ip_address_count",
	  ENI(", 'ipv_4_prefixes': [{'ipv_4_prefix': '10.0.0.16/28'}], "
	      "'secondary_private_ip_address_count': 1"), NULL,
	  ENI(", 'ipv_4_prefixes': [{'ipv_4_prefix': '10.0.0.16/28'}]"), NULL },
	{ "ec2.cfn_eni_ipv6_prefix_count_alone", "awscc.ec2.network_interface",
	  "ipv_6_address_count", ENI(", 'ipv_6_prefix_count': 1, 'ipv_6_address_count': 1"), NULL,
	  ENI(", 'ipv_6_prefix_count': 1"), NULL },
	{ "ec2.cfn_eni_ipv6_prefixes_alone", "awscc.ec2.network_interface", "ipv_6_address_count",
	  ENI(", 'ipv_6_prefixes': [{'ipv_6_prefix': '2001:db8::/80'}], 'ipv_6_address_count': 2"),
	  NULL, ENI(", 'ipv_6_prefixes': [{'ipv_6_prefix': '2001:db8::/80'}]"), NULL },
	{ "ec2.cfn_eip_association_allocation_id", "awscc.ec2.eip_association", "allocation_id",
	  "{'instance_id': 'i-1'}", NULL, "{'instance_id': 'i-1', 'allocation_id': 'eipalloc-1'}",
	  NULL },
	{ "ec2.cfn_eip_association_instance_or_eni", "awscc.ec2.eip_association",
	  "network_interface_id",
	  "{'allocation_id': 'eipalloc-1', 'instance_id': 'i-1', 'network_interface_id': 'eni-1'}",
	  NULL, "{'allocation_id': 'eipalloc-1', 'network_interface_id': 'eni-1'}", NULL },
	{ "ec2.cfn_ingress_group_id_or_name", "awscc.ec2.security_group_ingress", "group_name",
	  INGRESS(", 'cidr_ip': '10.0.0.0/8'"), NULL,
	  INGRESS(", 'cidr_ip': '10.0.0.0/8', 'group_id': 'sg-1'"), NULL },
	{ "ec2.cfn_owner_id_not_with_cidr", "awscc.ec2.security_group_ingress", "cidr_ipv_6",
	  INGRESS(", 'group_id': 'sg-1', 'cidr_ipv_6': '::/0', "
		  "'source_security_group_owner_id': '123456789012'"), NULL,
	  INGRESS(", 'group_id': 'sg-1', 'source_security_group_id': 'sg-2', "
		  "'source_security_group_owner_id': '123456789012'"), NULL },
	{ "ec2.cfn_subnet_ipv6_slash_64", "awscc.ec2.subnet_cidr_block", "ipv_6_cidr_block",
	  "{'subnet_id': 'subnet-1', 'ipv_6_cidr_block': '2001:db8:1234:1a00::/56'}", NULL,
	  "{'subnet_id': 'subnet-1', 'ipv_6_cidr_block': '2001:db8:1234:1a00::/64'}", NULL },
	{ "ec2.cfn_subnet_ipv6_on_creation_needs_block", "awscc.ec2.subnet", "ipv_6_cidr_block",
	  "{'vpc_id': 'vpc-1', 'cidr_block': '10.0.0.0/24', "
	  "'assign_ipv_6_address_on_creation': true}", NULL,
	  "{'vpc_id': 'vpc-1', 'cidr_block': '10.0.0.0/24', "
	  "'assign_ipv_6_address_on_creation': true, "
	  "'ipv_6_cidr_block': '2001:db8:1234:1a00::/64'}", NULL },
	{ "ec2.cfn_vpc_cidr_or_ipam_pool", "awscc.ec2.vpc", "ipv_4_ipam_pool_id",
	  "{'enable_dns_support': true}", NULL,
	  "{'ipv_4_ipam_pool_id': 'ipam-pool-1', 'ipv_4_netmask_length': 16}", NULL },
	{ "ec2.cfn_dns_hostnames_need_support", "awscc.ec2.vpc", "enable_dns_support",
	  "{'cidr_block': '10.0.0.0/16', 'enable_dns_hostnames': true, 'enable_dns_support': false}",
	  NULL, "{'cidr_block': '10.0.0.0/16', 'enable_dns_hostnames': true}", NULL },
	{ "ec2.cfn_amazon_ipv6_no_range", "awscc.ec2.vpc_cidr_block", "ipv_6_netmask_length",
	  "{'vpc_id': 'vpc-1', 'amazon_provided_ipv_6_cidr_block': true, "
	  "'ipv_6_netmask_length': 56}", NULL,
	  "{'vpc_id': 'vpc-1', 'amazon_provided_ipv_6_cidr_block': true}", NULL },
	{ "ec2.cfn_gateway_attachment_one_gateway", "awscc.ec2.vpc_gateway_attachment",
	  "internet_gateway_id",
	  "{'vpc_id': 'vpc-1', 'internet_gateway_id': 'igw-1', 'vpn_gateway_id': 'vgw-1'}", NULL,
	  "{'vpc_id': 'vpc-1', 'vpn_gateway_id': 'vgw-1'}", NULL },
	{ "ec2.cfn_private_nat_gateway_no_eip", "awscc.ec2.nat_gateway", "allocation_id",
	  "{'subnet_id': 'subnet-1', 'connectivity_type': 'private', 'allocation_id': 'eipalloc-1'}",
	  NULL, "{'subnet_id': 'subnet-1', 'connectivity_type': 'public', "
	  "'allocation_id': 'eipalloc-1'}", NULL },
	{ "ec2.cfn_spread_level_with_spread", "awscc.ec2.placement_group", "strategy",
	  "{'strategy': 'cluster', 'spread_level': 'rack'}", NULL,
	  "{'strategy': 'spread', 'spread_level': 'rack'}", NULL },
	{ "ec2.cfn_partition_count_with_partition", "awscc.ec2.placement_group", "strategy",
	  "{'strategy': 'spread', 'partition_count': 3}", NULL,
	  "{'strategy': 'partition', 'partition_count': 3}", NULL },
	{ "ec2.cfn_volume_zone_or_zone_id", "awscc.ec2.volume", "availability_zone_id",
	  VOLUME(", 'availability_zone_id': 'use1-az1'"), NULL, VOLUME(""), NULL },
	{ "ec2.cfn_volume_iops_io1_io2", "awscc.ec2.volume", "iops",
	  VOLUME(", 'volume_type': 'io2'"), NULL, VOLUME(", 'volume_type': 'io2', 'iops': 3000"),
	  NULL },
	{ "ec2.cfn_volume_kms_key_encrypted", "awscc.ec2.volume", "encrypted",
	  VOLUME(", 'encrypted': false, 'kms_key_id': 'alias/ebs'"), NULL,
	  VOLUME(", 'encrypted': true, 'kms_key_id': 'alias/ebs'"), NULL },
	{ "ec2.cfn_volume_throughput_at_most_2000", "awscc.ec2.volume", "throughput",
	  VOLUME(", 'volume_type': 'gp3', 'iops': 16000, 'throughput': 2001"), NULL,
	  VOLUME(", 'volume_type': 'gp3', 'iops': 16000, 'throughput': 2000"), NULL },
	{ "ec2.cfn_launch_template_throughput_from_125", "awscc.ec2.launch_template",
	  "launch_template_data.block_device_mappings[0].ebs.throughput",
	  "{'launch_template_data': {'block_device_mappings': [{'device_name': '/dev/xvda', "
	  "'ebs': {'volume_type': 'gp3', 'throughput': 100}}]}}", NULL,
	  "{'launch_template_data': {'block_device_mappings': [{'device_name': '/dev/xvda', "
	  "'ebs': {'volume_type': 'gp3', 'throughput': 125}}]}}", NULL },
	{ "ec2.cfn_volume_throughput_from_125", "awscc.ec2.volume", "throughput",
	  VOLUME(", 'volume_type': 'gp3', 'throughput': 124"), NULL,
	  VOLUME(", 'volume_type': 'gp3', 'throughput': 125"), NULL },
	{ "ec2.cfn_bgp_asn_range", "awscc.ec2.customer_gateway", "bgp_asn",
	  "{'type': 'ipsec.1', 'ip_address': '203.0.113.7', 'bgp_asn': 2147483648}", NULL,
	  "{'type': 'ipsec.1', 'ip_address': '203.0.113.7', 'bgp_asn': 2147483647}", NULL },
	{ "ec2.cfn_vpn_transit_or_vpn_gateway", "awscc.ec2.vpn_connection", "vpn_gateway_id",
	  VPN(", 'transit_gateway_id': 'tgw-1', 'vpn_gateway_id': 'vgw-1'"), NULL,
	  VPN(", 'transit_gateway_id': 'tgw-1'"), NULL },
	{ "ec2.cfn_outside_ip_address_type", "awscc.ec2.vpn_connection", "outside_ip_address_type",
	  VPN(", 'vpn_gateway_id': 'vgw-1', 'outside_ip_address_type': 'PublicIpv6'"), NULL,
	  VPN(", 'vpn_gateway_id': 'vgw-1', 'outside_ip_address_type': 'Ipv6'"), NULL },
	{ "ec2.cfn_private_ipv4_needs_transport", "awscc.ec2.vpn_connection",
	  "transport_transit_gateway_attachment_id",
	  VPN(", 'transit_gateway_id': 'tgw-1', 'outside_ip_address_type': 'PrivateIpv4'"), NULL,
	  VPN(", 'transit_gateway_id': 'tgw-1', 'outside_ip_address_type': 'PrivateIpv4', "
	      "'transport_transit_gateway_attachment_id': 'tgw-attach-1'"), NULL },
	/* over a list's elements: one primary address of an interface; no
	 * reserved tunnel range */
	{ "ec2.cfn_instance_one_primary_ip", "awscc.ec2.instance",
	  "network_interfaces[0].private_ip_addresses",
	  "{'image_id': 'ami-1', 'network_interfaces': [{'device_index': '0', "
	  "'private_ip_addresses': [{'primary': true, 'private_ip_address': '10.0.0.5'}, "
	  "{'primary': true, 'private_ip_address': '10.0.0.6'}]}]}", NULL,
	  "{'image_id': 'ami-1', 'network_interfaces': [{'device_index': '0', "
	  "'private_ip_addresses': [{'primary': true, 'private_ip_address': '10.0.0.5'}, "
	  "{'primary': false, 'private_ip_address': '10.0.0.6'}]}]}", NULL },
	{ "ec2.cfn_vpn_tunnel_cidr_not_reserved", "awscc.ec2.vpn_connection",
	  "vpn_tunnel_options_specifications[1].tunnel_inside_cidr",
	  VPN(", 'vpn_gateway_id': 'vgw-1', 'vpn_tunnel_options_specifications': "
	      "[{'tunnel_inside_cidr': '169.254.10.0/30'}, "
	      "{'tunnel_inside_cidr': '169.254.169.252/30'}]"), NULL,
	  VPN(", 'vpn_gateway_id': 'vgw-1', 'vpn_tunnel_options_specifications': "
	      "[{'tunnel_inside_cidr': '169.254.10.0/30'}, "
	      "{'tunnel_inside_cidr': '169.254.169.248/30'}]"), NULL },
	{ "ec2.cfn_instance_cpu_credits", "awscc.ec2.instance", "credit_specification.cpu_credits",
	  "{'image_id': 'ami-1', 'instance_type': 't3.micro', "
	  "'credit_specification': {'cpu_credits': 'Unlimited'}}", NULL,
	  "{'image_id': 'ami-1', 'instance_type': 't3.micro', "
	  "'credit_specification': {'cpu_credits': 'unlimited'}}", NULL },
	{ "ec2.cfn_instance_requirements_vcpu_memory", "awscc.ec2.launch_template",
	  "launch_template_data.instance_requirements.memory_mi_b",
	  REQUIREMENTS("'v_cpu_count': {'min': 2}"), NULL,
	  REQUIREMENTS("'v_cpu_count': {'min': 2}, 'memory_mi_b': {'min': 4096}"), NULL },
	{ "ec2.cfn_launch_template_user_data_base64", "awscc.ec2.launch_template",
	  "launch_template_data.user_data",
	  TEMPLATE("'user_data': '#!/bin/sh\\necho hello'"), NULL,
	  TEMPLATE("'user_data': 'IyEvYmluL3NoCmVjaG8gaGVsbG8K'"), NULL },
	{ "ec2.cfn_launch_template_own_tags", "awscc.ec2.launch_template",
	  "tag_specifications[1].resource_type",
	  "{'launch_template_name': 'web', 'launch_template_data': {'image_id': 'ami-1'}, "
	  "'tag_specifications': [{'resource_type': 'launch-template', 'tags': [{'key': 'a', "
	  "'value': 'b'}]}, {'resource_type': 'instance', 'tags': [{'key': 'a', 'value': 'b'}]}]}",
	  NULL,
	  "{'launch_template_name': 'web', 'launch_template_data': {'image_id': 'ami-1', "
	  "'tag_specifications': [{'resource_type': 'instance', 'tags': [{'key': 'a', "
	  "'value': 'b'}]}]}, 'tag_specifications': [{'resource_type': 'launch-template', "
	  "'tags': [{'key': 'a', 'value': 'b'}]}]}", NULL },
	{ "ec2.cfn_instance_ebs_kms_key_encrypted", "awscc.ec2.instance",
	  "block_device_mappings[0].ebs.encrypted",
	  "{'image_id': 'ami-1', 'block_device_mappings': [{'device_name': '/dev/xvdb', "
	  "'ebs': {'volume_size': 50, 'encrypted': false, 'kms_key_id': 'alias/ebs'}}]}", NULL,
	  "{'image_id': 'ami-1', 'block_device_mappings': [{'device_name': '/dev/xvdb', "
	  "'ebs': {'volume_size': 50, 'encrypted': true, 'kms_key_id': 'alias/ebs'}}, "
	  "{'device_name': '/dev/xvdc', 'ebs': {'volume_size': 50, 'encrypted': false}}]}", NULL },
	{ "ec2.cfn_vpn_pre_shared_key", "awscc.ec2.vpn_connection",
	  "vpn_tunnel_options_specifications[1].pre_shared_key",
	  VPN(", 'vpn_gateway_id': 'vgw-1', 'vpn_tunnel_options_specifications': "
	      "[{'pre_shared_key': 'tunnel_one_key'}, {'pre_shared_key': '0tunnel_two'}]"), NULL,
	  VPN(", 'vpn_gateway_id': 'vgw-1', 'vpn_tunnel_options_specifications': "
	      "[{'pre_shared_key': 'tunnel_one_key'}, {'pre_shared_key': 'tunnel_two_0'}]"), NULL },
	/* cue "allowed": letters, digits, . and _ alone. */
	{ "ec2.cfn_vpn_pre_shared_key_chars", "awscc.ec2.vpn_connection",
	  "vpn_tunnel_options_specifications[1].pre_shared_key",
	  VPN(", 'vpn_gateway_id': 'vgw-1', 'vpn_tunnel_options_specifications': "
	      "[{'pre_shared_key': 'tunnel_one.key'}, {'pre_shared_key': 'tunnel-two-key'}]"), NULL,
	  VPN(", 'vpn_gateway_id': 'vgw-1', 'vpn_tunnel_options_specifications': "
	      "[{'pre_shared_key': 'tunnel_one.key'}, {'pre_shared_key': 'Tunnel_two_9'}]"), NULL },
	{ "ec2.cfn_vpn_phase_2_lifetime_below_phase_1", "awscc.ec2.vpn_connection",
	  "vpn_tunnel_options_specifications[0].phase_2_lifetime_seconds",
	  VPN(", 'vpn_gateway_id': 'vgw-1', 'vpn_tunnel_options_specifications': "
	      "[{'phase_1_lifetime_seconds': 900, 'phase_2_lifetime_seconds': 1800}]"), NULL,
	  VPN(", 'vpn_gateway_id': 'vgw-1', 'vpn_tunnel_options_specifications': "
	      "[{'phase_1_lifetime_seconds': 28800, 'phase_2_lifetime_seconds': 1800}, "
	      "{'phase_2_lifetime_seconds': 3600}]"), NULL },
	{ "ec2.cfn_resolver_subnet_of_cidr", "awscc.ec2.ipam_prefix_list_resolver",
	  "rules[0].conditions[1].cidr",
	  "{'address_family': 'ipv4', 'rules': [{'rule_type': 'ipam-resource-cidr', "
	  "'resource_type': 'vpc', 'conditions': [{'operation': 'subnet-of', 'cidr': '10.0.0.0/8'}, "
	  "{'operation': 'subnet-of', 'resource_region': 'us-east-1'}]}]}", NULL,
	  "{'address_family': 'ipv4', 'rules': [{'rule_type': 'ipam-resource-cidr', "
	  "'resource_type': 'vpc', 'conditions': [{'operation': 'subnet-of', 'cidr': '10.0.0.0/8'}, "
	  "{'operation': 'equals', 'resource_region': 'us-east-1'}]}]}", NULL },
	{ "ec2.cfn_resolver_resource_type_rules", "awscc.ec2.ipam_prefix_list_resolver",
	  "rules[0].rule_type",
	  "{'address_family': 'ipv4', 'rules': [{'rule_type': 'static-cidr', 'static_cidr': "
	  "'10.0.0.0/8', 'resource_type': 'vpc'}]}", NULL,
	  "{'address_family': 'ipv4', 'rules': [{'rule_type': 'static-cidr', 'static_cidr': "
	  "'10.0.0.0/8'}, {'rule_type': 'ipam-resource-cidr', 'resource_type': 'vpc'}]}", NULL },
	{ "ec2.cfn_volume_throughput_per_iops", "awscc.ec2.volume", "throughput",
	  VOLUME(", 'volume_type': 'gp3', 'iops': 3000, 'throughput': 751"), NULL,
	  VOLUME(", 'volume_type': 'gp3', 'iops': 3000, 'throughput': 750"), NULL },
	{ "ec2.cfn_primary_ipv6_stays", "awscc.ec2.network_interface", "enable_primary_ipv_6",
	  ENI(", 'enable_primary_ipv_6': false"), ENI(", 'enable_primary_ipv_6': true"),
	  ENI(", 'enable_primary_ipv_6': true, 'description': 'web'"),
	  ENI(", 'enable_primary_ipv_6': true") },
	{ "ec2.cfn_local_gateway_tags_unique", "awscc.ec2.local_gateway_virtual_interface_group",
	  "tags[1]", "{'local_gateway_id': 'lgw-1', 'tags': [{'key': 'team', 'value': 'data'}, "
	  "{'key': 'team', 'value': 'data'}]}", NULL,
	  "{'local_gateway_id': 'lgw-1', 'tags': [{'key': 'team', 'value': 'data'}, "
	  "{'key': 'env', 'value': 'data'}]}", NULL },
	/* the EC2 types' tags alike: an IPAM's */
	{ "ec2.cfn_peering_tag_keys", "awscc.ec2.ipam", "tags[0].key",
	  "{'tags': [{'key': 'aws:team', 'value': 'data'}]}", NULL,
	  "{'tags': [{'key': 'team', 'value': 'data'}]}", NULL },
	{ "ec2.cfn_peering_tag_keys", "awscc.ec2.vpc_peering_connection", "tags[1].key",
	  "{'vpc_id': 'vpc-1', 'peer_vpc_id': 'vpc-2', 'tags': [{'key': 'team', 'value': 'data'}, "
	  "{'key': 'aws:team', 'value': 'data'}]}", NULL,
	  "{'vpc_id': 'vpc-1', 'peer_vpc_id': 'vpc-2', 'tags': [{'key': 'team', 'value': 'aws:data'}, "
	  "{'key': 'team:aws', 'value': 'data'}]}", NULL },
};

static const char *const services[] = { "ec2.", NULL };

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
					 "test_words_ec2.c");
}

static void collect(void *ctx, const struct check_finding *found)
{
	strbuf_addf(ctx, "%s: %s\n", found->attr, found->message);
}

/* A create row on an object that exists and stays refuses nothing (its
 * breach is a warning); a row of any call is judged on an update too. */
/* A tunnel's pre-shared key is a secret (the registry's write-only
 * property): the message of its characters
 * names the attribute, never the key. */
static void test_pre_shared_key_kept(void **state)
{
	struct strbuf err = STRBUF_INIT;
	const char *attr = NULL;
	json_t *vpn = js(VPN(", 'vpn_gateway_id': 'vgw-1', 'vpn_tunnel_options_specifications': "
			     "[{'pre_shared_key': 'tunnel-two-key'}]"));

	(void)state;
	/* judged with the type's schema, as checks/hook.c sets it */
	aws_words_judging(resource_type_find("awscc.ec2.vpn_connection", NULL)->attrs);
	assert_int_equal(aws_constraints_check("awscc.ec2.vpn_connection", vpn, NULL, NULL, &attr,
					       &err), -1);
	aws_words_judging(NULL);
	assert_non_null(strstr(err.buf, "pre_shared_key: (sensitive value)"));
	assert_non_null(strstr(err.buf, "alphanumeric characters"));
	if (strstr(err.buf, "tunnel-two-key"))
		fail_msg("the message shows the pre-shared key: %s", err.buf);
	json_decref(vpn);
	strbuf_release(&err);
}

static void test_judged_on_its_call(void **state)
{
	struct strbuf err = STRBUF_INIT;
	const char *spread = "{'strategy': 'cluster', 'spread_level': 'rack'}";
	const char *volume = VOLUME(", 'volume_type': 'io1'");
	json_t *group = js(spread);

	(void)state;
	assert_int_equal(words_judge("awscc.ec2.placement_group", spread, spread, NULL, &err), 0);
	aws_constraints_warn("awscc.ec2.placement_group", group, NULL, group, collect, &err);
	if (!strstr(err.buf, "strategy: \"cluster\", but it must be \"spread\" when spread_level "
			     "is set") ||
	    !strstr(err.buf, "AWS judges it when the object is created, and this one exists"))
		fail_msg("warning \"%s\"", err.buf);
	strbuf_reset(&err);
	assert_int_equal(words_judge("awscc.ec2.volume", volume, VOLUME(", 'volume_type': 'gp3'"), NULL,
			       &err), -1);
	if (!strstr(err.buf, "iops: it is not set, but it must be set when volume_type is one of "
			     "\"io1\", \"io2\""))
		fail_msg("message \"%s\"", err.buf);
	json_decref(group);
	strbuf_release(&err);
}

/* A value not known yet passes; so does what a row leaves to AWS's
 * default (a strategy, an encryption state, a type left out). */
static void test_unknown_and_left_out_pass(void **state)
{
	struct strbuf err = STRBUF_INIT;

	(void)state;
	assert_int_equal(words_judge("awscc.ec2.volume", VOLUME(", 'volume_type': '${var.kind}'"), NULL,
			       NULL, &err), 0);
	assert_int_equal(words_judge("awscc.ec2.volume", VOLUME(", 'kms_key_id': 'alias/ebs'"), NULL,
			       NULL, &err), 0);
	assert_int_equal(words_judge("awscc.ec2.placement_group", "{'spread_level': 'host'}", NULL, NULL,
			       &err), 0);
	assert_int_equal(words_judge("awscc.ec2.network_interface",
			       ENI(", 'ipv_6_prefix_count': '${var.n}', 'ipv_6_address_count': 1"),
			       NULL, NULL, &err), 0);
	assert_int_equal(words_judge("awscc.ec2.network_interface",
			       ENI(", 'ipv_6_prefix_count': 1, 'ipv_6_address_count': '${var.n}'"),
			       NULL, NULL, &err), 0);
	assert_int_equal(words_judge("awscc.ec2.launch_template",
			       TEMPLATE("'user_data': '${base64encode(local.script)}'"), NULL, NULL,
			       &err), 0);
	assert_int_equal(words_judge("awscc.ec2.vpn_connection", VPN(""), NULL, NULL, &err), 0);
	if (err.len)
		fail_msg("%s", err.buf);
	strbuf_release(&err);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_row_and_its_twin),
		cmocka_unit_test(test_every_row_has_a_case),
		cmocka_unit_test(test_pre_shared_key_kept),
		cmocka_unit_test(test_judged_on_its_call),
		cmocka_unit_test(test_unknown_and_left_out_pass),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
