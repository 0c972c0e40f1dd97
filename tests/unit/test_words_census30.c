/*
 * test_words_census30.c: the words rows (AWS_SAYS, checks/words.c) of the
 * census's third scope as the thirtieth census helper judged them
 * (directoryservice/rules.c, docdb/rules.c, evs/rules.c, finspace/rules.c;
 * the ledgers checks/words/datapipeline.words, ds.words, docdb.words,
 * evs.words, finspace.words), each through
 * aws_constraints_check: a resource it refuses, whose message names the
 * attribute, quotes AWS's sentence and names its document, and its passing
 * twin; every such row has a case here (a row crossing a reference has its
 * case in test_words_crossing.c: ds.subnets_distinct_zones). And the
 * written rules the ledgers name, each case with its twin: an EVS
 * environment's VLAN subnets that overlap, its and a FinSpace
 * environment's tags' aws: keys.
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

/* A tag of key K. */
#define TAG_OF(K) "{'key': '" K "', 'value': 'v'}"
/* A Simple AD directory in subnets SUBNETS, the rest MORE. */
#define DS_AD(SUBNETS, MORE) "{'name': 'corp.example.com', 'size': 'Small', " \
	"'vpc_settings': {'vpc_id': 'vpc-0123456789abcdef0', 'subnet_ids': [" SUBNETS "]}" \
	MORE "}"
#define DS_A "'subnet-0123456789abcdef0'"
#define DS_B "'subnet-0123456789abcdef1'"
#define DS_C "'subnet-0123456789abcdef2'"
/* A DocumentDB event subscription, its MORE. */
#define DOC_SUB(MORE) "{'sns_topic_arn': 'arn:aws:sns:us-east-1:123456789012:events'" MORE "}"
/* A DocumentDB global cluster, its MORE. */
#define DOC_GLOBAL(MORE) "{'global_cluster_identifier': 'orders'" MORE "}"
#define DOC_SOURCE ", 'source_db_cluster_identifier': " \
	"'arn:aws:rds:us-east-1:123456789012:cluster:orders'"
/* An EVS environment's VLAN subnet of block CIDR. */
#define EVS_VLAN(NAME, CIDR) "'" NAME "': {'cidr': '" CIDR "'}"
/* Its VLAN subnets, the HCX one's block HCX, the expansion VLAN 2's LAST,
 * the rest MORE. */
#define EVS_VLANS(HCX, LAST, MORE) "'initial_vlans': {" EVS_VLAN("vmk_management", \
	"10.0.1.0/24") ", " EVS_VLAN("vm_management", "10.0.2.0/24") ", " \
	EVS_VLAN("v_motion", "10.0.3.0/24") ", " EVS_VLAN("v_san", "10.0.4.0/24") ", " \
	EVS_VLAN("v_tep", "10.0.5.0/24") ", " EVS_VLAN("edge_v_tep", "10.0.6.0/24") ", " \
	EVS_VLAN("nsx_up_link", "10.0.7.0/24") ", " EVS_VLAN("hcx", HCX) ", " \
	EVS_VLAN("expansion_vlan_1", "10.0.9.0/24") ", " EVS_VLAN("expansion_vlan_2", LAST) \
	MORE "}"
#define EVS_HOST(NAME) "{'host_name': '" NAME "', 'key_name': 'ops', 'instance_type': " \
	"'i4i.metal'}"
/* An EVS environment named NAME of hosts HOSTS, its VLAN subnets VLANS, the
 * rest MORE. */
#define EVS_ENV(NAME, HOSTS, VLANS, MORE) "{'environment_name': '" NAME "', 'vpc_id': " \
	"'vpc-0123456789abcdef0', 'site_id': 'site-1', 'terms_accepted': true, " \
	"'vcf_version': 'VCF-5.2.1', 'service_access_subnet_id': 'subnet-0123456789abcdef0', " \
	"'connectivity_info': {'private_route_server_peerings': ['rsp-0123456789abcdef0', " \
	"'rsp-0123456789abcdef1']}, 'license_info': {'solution_key': 'AAAAA-BBBBB-CCCCC-DDDDD-" \
	"EEEEE', 'vsan_key': 'AAAAA-BBBBB-CCCCC-DDDDD-FFFFF'}, 'vcf_hostnames': {" \
	"'cloud_builder': 'cb', 'nsx': 'nsx', 'nsx_edge_1': 'edge1', 'nsx_edge_2': 'edge2', " \
	"'nsx_manager_1': 'nsxm1', 'nsx_manager_2': 'nsxm2', 'nsx_manager_3': 'nsxm3', " \
	"'sddc_manager': 'sddc', 'v_center': 'vc'}, 'hosts': [" HOSTS "], " VLANS MORE "}"
#define EVS_HOSTS EVS_HOST("esx1") ", " EVS_HOST("esx2") ", " EVS_HOST("esx3") ", " \
	EVS_HOST("esx4")
#define EVS_OK_VLANS EVS_VLANS("10.0.8.0/24", "10.0.10.0/24", "")
/* A FinSpace environment federated by SAML, its attribute map of NAME, the
 * rest MORE. */
#define FS_ENV(NAME, MORE) "{'name': 'research', 'federation_mode': 'FEDERATED', " \
	"'federation_parameters': {'saml_metadata_url': 'https://idp.example.com/metadata', " \
	"'attribute_map': [{'key': '" NAME "', 'value': " \
	"'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress'}]}" MORE "}"

static const struct words_case cases[] = {
	{ "ds.two_subnets", "awscc.directoryservice.simple_ad", "vpc_settings.subnet_ids",
	  DS_AD(DS_A ", " DS_B ", " DS_C, ""), NULL, DS_AD(DS_A ", " DS_B, ""), NULL },
	{ "ds.two_subnets", "awscc.directoryservice.simple_ad", "vpc_settings.subnet_ids",
	  DS_AD(DS_A, ""), NULL, DS_AD(DS_A ", " DS_B, ""), NULL },
	{ "ds.tag_keys_not_aws", "awscc.directoryservice.simple_ad", "tags[1].key",
	  DS_AD(DS_A ", " DS_B, ", 'tags': [" TAG_OF("team") ", " TAG_OF("aws:team") "]"), NULL,
	  DS_AD(DS_A ", " DS_B, ", 'tags': [" TAG_OF("team") ", " TAG_OF("team:aws:") "]"),
	  NULL },
	{ "docdb.source_ids_need_type", "awscc.docdb.event_subscription", "source_type",
	  DOC_SUB(", 'source_ids': ['orders-1']"), NULL,
	  DOC_SUB(", 'source_ids': ['orders-1'], 'source_type': 'db-instance'"), NULL },
	{ "docdb.source_type_values", "awscc.docdb.event_subscription", "source_type",
	  DOC_SUB(", 'source_type': 'db-snapshot'"), NULL,
	  DOC_SUB(", 'source_type': 'db-cluster-snapshot'"), NULL },
	{ "docdb.source_id_form", "awscc.docdb.event_subscription", "source_ids[1]",
	  DOC_SUB(", 'source_type': 'db-cluster', 'source_ids': ['orders', 'orders--2']"), NULL,
	  DOC_SUB(", 'source_type': 'db-cluster', 'source_ids': ['orders', 'orders-2']"), NULL },
	{ "docdb.subscription_name_under_255", "awscc.docdb.event_subscription",
	  "subscription_name", DOC_SUB(", 'subscription_name': '" X100 X100 "x" X10 X10 X10 X10
				       X10 "xxxx'"), NULL,
	  DOC_SUB(", 'subscription_name': '" X100 X100 X10 X10 X10 X10 X10 "xxxx'"), NULL },
	{ "docdb.global_from_source_cluster", "awscc.docdb.global_cluster", "engine_version",
	  DOC_GLOBAL(DOC_SOURCE ", 'engine_version': '5.0.0'"), NULL,
	  DOC_GLOBAL(", 'engine': 'docdb', 'engine_version': '5.0.0'"), NULL },
	{ "docdb.global_from_source_cluster", "awscc.docdb.global_cluster", "storage_encrypted",
	  DOC_GLOBAL(DOC_SOURCE ", 'storage_encrypted': true"), NULL,
	  DOC_GLOBAL(DOC_SOURCE ", 'deletion_protection': true"), NULL },
	{ "docdb.tag_key_prefixes", "awscc.docdb.global_cluster", "tags[0].key",
	  DOC_GLOBAL(", 'engine': 'docdb', 'tags': [" TAG_OF("rds:team") "]"), NULL,
	  DOC_GLOBAL(", 'engine': 'docdb', 'tags': [" TAG_OF("team:rds:") "]"), NULL },
	{ "evs.environment_name_first", "awscc.evs.environment", "environment_name",
	  EVS_ENV("_lab", EVS_HOSTS, EVS_OK_VLANS, ""), NULL,
	  EVS_ENV("lab_1", EVS_HOSTS, EVS_OK_VLANS, ""), NULL },
	{ "evs.host_names_unique", "awscc.evs.environment", "hosts[3].host_name",
	  EVS_ENV("lab", EVS_HOST("esx1") ", " EVS_HOST("esx2") ", " EVS_HOST("esx3") ", "
		  EVS_HOST("esx1"), EVS_OK_VLANS, ""), NULL,
	  EVS_ENV("lab", EVS_HOSTS, EVS_OK_VLANS, ""), NULL },
	{ "evs.vlan_cidr_24_to_28", "awscc.evs.environment",
	  "initial_vlans.expansion_vlan_2.cidr",
	  EVS_ENV("lab", EVS_HOSTS, EVS_VLANS("10.0.8.0/24", "10.0.10.0/29", ""), ""), NULL,
	  EVS_ENV("lab", EVS_HOSTS, EVS_VLANS("10.0.8.0/24", "10.0.10.0/28", ""), ""), NULL },
	{ "evs.vlan_cidr_24_to_28", "awscc.evs.environment", "initial_vlans.hcx.cidr",
	  EVS_ENV("lab", EVS_HOSTS, EVS_VLANS("10.0.8.0/23", "10.0.10.0/24", ""), ""), NULL,
	  EVS_ENV("lab", EVS_HOSTS, EVS_OK_VLANS, ""), NULL },
	{ "evs.public_hcx_cidr_28", "awscc.evs.environment", "initial_vlans.hcx.cidr",
	  EVS_ENV("lab", EVS_HOSTS, EVS_VLANS("10.0.8.0/24", "10.0.10.0/24",
		  ", 'is_hcx_public': true, 'hcx_network_acl_id': 'acl-0123456789abcdef0'"), ""),
	  NULL,
	  EVS_ENV("lab", EVS_HOSTS, EVS_VLANS("10.0.8.0/28", "10.0.10.0/24",
		  ", 'is_hcx_public': true, 'hcx_network_acl_id': 'acl-0123456789abcdef0'"), ""),
	  NULL },
	{ "evs.public_hcx_network_acl", "awscc.evs.environment", "initial_vlans.hcx_network_acl_id",
	  EVS_ENV("lab", EVS_HOSTS, EVS_VLANS("10.0.8.0/28", "10.0.10.0/24",
		  ", 'is_hcx_public': true"), ""), NULL,
	  EVS_ENV("lab", EVS_HOSTS, EVS_VLANS("10.0.8.0/24", "10.0.10.0/24",
		  ", 'is_hcx_public': false"), ""), NULL },
	{ "finspace.attribute_map_email", "awscc.finspace.environment",
	  "federation_parameters.attribute_map[0].key", FS_ENV("email", ""), NULL,
	  FS_ENV("Email", ""), NULL },
};

/* The written rules' refused resources and their passing twins. */
static const struct words_written_case written[] = {
	{ "awscc.evs.environment",
	  EVS_ENV("lab", EVS_HOSTS, EVS_VLANS("10.0.8.0/24", "10.0.1.128/25", ""), ""),
	  "initial_vlans.expansion_vlan_2.cidr: 10.0.1.128/25 overlaps initial_vlans.vmk_management",
	  "For each Amazon EVS VLAN subnet, you must specify a non-overlapping CIDR block.",
	  EVS_ENV("lab", EVS_HOSTS, EVS_OK_VLANS, "") },
	{ "awscc.evs.environment",
	  EVS_ENV("lab", EVS_HOSTS, EVS_OK_VLANS, ", 'tags': [" TAG_OF("aws:team") "]"), "tags",
	  "cannot be prefixed with aws:",
	  EVS_ENV("lab", EVS_HOSTS, EVS_OK_VLANS, ", 'tags': [" TAG_OF("team") "]") },
	{ "awscc.finspace.environment",
	  FS_ENV("Email", ", 'tags': [" TAG_OF("aws:team") "]"), "tags",
	  "cannot be prefixed with aws:", FS_ENV("Email", ", 'tags': [" TAG_OF("team") "]") },
};

static const char *const services[] = { "ds.", "docdb.", "evs.", "finspace.", NULL };

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
					 "test_words_census30.c");
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
