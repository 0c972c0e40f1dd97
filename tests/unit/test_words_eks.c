/*
 * test_words_eks.c: the words rows (AWS_SAYS, checks/words.c) of Amazon
 * EKS's awscc types (eks/rules.c; the ledger checks/words/eks.words), the
 * census's third scope, each through aws_constraints_check: a resource it
 * refuses, whose message names the attribute, quotes AWS's sentence and
 * names its document, and its passing twin; every such row has a case here
 * (the China Regions' in Beijing). And the written rule of a cluster's
 * remote networks against its service range (rule_eks_remote_networks).
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

#define ROLE "arn:aws:iam::123456789012:role/"
#define NG(MORE) "{'cluster_name': 'c', 'node_role': '" ROLE "n', 'subnets': ['subnet-1']" \
	MORE "}"
#define CL(MORE) "{'role_arn': '" ROLE "c', 'resources_vpc_config': {'subnet_ids': " \
	"['subnet-1', 'subnet-2']}" MORE "}"
#define CL_PUBLIC(CIDR) "{'role_arn': '" ROLE "c', 'resources_vpc_config': {'subnet_ids': " \
	"['subnet-1', 'subnet-2'], 'public_access_cidrs': ['" CIDR "']}, " \
	"'kubernetes_network_config': {'ip_family': 'ipv4'}}"
#define AE(PRINCIPAL, MORE) "{'cluster_name': 'c', 'principal_arn': '" PRINCIPAL "'" MORE "}"
#define REPAIR(MORE) ", 'node_repair_config': {'enabled': true, " MORE "}"
#define LT_ID(ID) ", 'launch_template': {'id': '" ID "'}"
#define LT_NAME(NAME) ", 'launch_template': {'name': '" NAME "'}"
#define WARM(POOL, AMI) ", 'ami_type': '" AMI "', 'warm_pool_config': {" POOL "}"
#define KEY(REGION) ", 'encryption_config': [{'resources': ['secrets'], 'provider': {'key_arn': " \
	"'arn:aws:kms:" REGION ":123456789012:key/1'}}]"
#define REMOTE(CIDR) ", 'remote_network_config': {'remote_node_networks': [{'cidrs': ['" CIDR \
	"']}]}"
#define AUTO(ROLE_NAME) ", 'compute_config': {'enabled': true, 'node_role_arn': '" ROLE \
	ROLE_NAME "'}"
#define POLICY(SCOPE) ", 'access_policies': [{'policy_arn': " \
	"'arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy', 'access_scope': {" SCOPE \
	"}}]"
#define TAG(K) "{'key': '" K "', 'value': 'v'}"
#define TAGS10 TAG("a") ", " TAG("b") ", " TAG("c") ", " TAG("d") ", " TAG("e") ", " TAG("f") \
	", " TAG("g") ", " TAG("h") ", " TAG("i") ", " TAG("j")
#define PODS(MORE) "{'cluster_name': 'c', 'namespace': 'n', 'service_account': 's', " \
	"'role_arn': '" ROLE "p', 'policy': '{}'" MORE "}"
#define CAPABILITY(NAME) "{'capability_name': '" NAME "', 'capability_type': 'ARGOCD', " \
	"'cluster_name': 'c', 'role_arn': '" ROLE "a', 'delete_propagation_policy': 'RETAIN'}"
#define OIDC(URL) "{'cluster_name': 'c', 'identity_provider_config_type': 'oidc', 'oidc': {" \
	"'client_id': 'x', 'issuer_url': '" URL "'}}"

/* Each row's refused resource and its passing twin. */
static const struct words_case cases[] = {
	{ "eks.repair_parallel_one", "awscc.eks.nodegroup",
	  "node_repair_config.max_parallel_nodes_repaired_count",
	  NG(REPAIR("'max_parallel_nodes_repaired_count': 1, "
		    "'max_parallel_nodes_repaired_percentage': 10")), NULL,
	  NG(REPAIR("'max_parallel_nodes_repaired_count': 1")), NULL },
	{ "eks.repair_threshold_one", "awscc.eks.nodegroup",
	  "node_repair_config.max_unhealthy_node_threshold_count",
	  NG(REPAIR("'max_unhealthy_node_threshold_count': 1, "
		    "'max_unhealthy_node_threshold_percentage': 10")), NULL,
	  NG(REPAIR("'max_unhealthy_node_threshold_percentage': 10")), NULL },
	{ "eks.repair_overrides_whole", "awscc.eks.nodegroup",
	  "node_repair_config.node_repair_config_overrides[0].node_monitoring_condition",
	  NG(REPAIR("'node_repair_config_overrides': [{'min_repair_wait_time_mins': 5}]")), NULL,
	  NG(REPAIR("'node_repair_config_overrides': [{'min_repair_wait_time_mins': 5, "
		    "'node_monitoring_condition': 'AcceleratedInstanceNotReady', "
		    "'node_unhealthy_reason': 'NvidiaXID13Error', 'repair_action': 'Reboot'}]")),
	  NULL },
	{ "eks.max_unavailable", "awscc.eks.nodegroup", "update_config.max_unavailable",
	  NG(", 'update_config': {'max_unavailable': 101}"), NULL,
	  NG(", 'update_config': {'max_unavailable': 100}"), NULL },
	{ "eks.launch_template_id_or_name", "awscc.eks.nodegroup", "launch_template.id",
	  NG(", 'launch_template': {'version': '1'}"), NULL, NG(LT_ID("lt-1")), NULL },
	{ "eks.launch_template_no_disk_size", "awscc.eks.nodegroup", "disk_size",
	  NG(LT_ID("lt-1") ", 'disk_size': 20"), NULL, NG(LT_ID("lt-1")), NULL },
	{ "eks.launch_template_no_remote_access", "awscc.eks.nodegroup", "remote_access",
	  NG(LT_ID("lt-1") ", 'remote_access': {'ec2_ssh_key': 'k'}"), NULL, NG(LT_ID("lt-1")),
	  NULL },
	{ "eks.launch_template_same_id", "awscc.eks.nodegroup", "launch_template.id",
	  NG(LT_ID("lt-2")), NG(LT_ID("lt-1")), NG(LT_ID("lt-1")), NG(LT_ID("lt-1")) },
	{ "eks.launch_template_same_name", "awscc.eks.nodegroup", "launch_template.name",
	  NG(LT_NAME("b")), NG(LT_NAME("a")), NG(LT_NAME("a")), NG(LT_NAME("a")) },
	{ "eks.launch_template_from_creation", "awscc.eks.nodegroup", "launch_template",
	  NG(LT_ID("lt-1")), NG(""), NG(LT_ID("lt-1")), NG(LT_ID("lt-1")) },
	{ "eks.hibernated_not_bottlerocket", "awscc.eks.nodegroup", "ami_type",
	  NG(WARM("'pool_state': 'HIBERNATED'", "BOTTLEROCKET_x86_64")), NULL,
	  NG(WARM("'pool_state': 'HIBERNATED'", "AL2023_x86_64_STANDARD")), NULL },
	{ "eks.reuse_not_bottlerocket", "awscc.eks.nodegroup", "ami_type",
	  NG(WARM("'reuse_on_scale_in': true", "BOTTLEROCKET_ARM_64")), NULL,
	  NG(WARM("'reuse_on_scale_in': false", "BOTTLEROCKET_ARM_64")), NULL },
	{ "eks.encryption_secrets", "awscc.eks.cluster", "encryption_config[0].resources[0]",
	  CL(", 'encryption_config': [{'resources': ['configmaps']}]"), NULL,
	  CL(", 'encryption_config': [{'resources': ['secrets']}]"), NULL },
	{ "eks.key_region", "awscc.eks.cluster", "encryption_config[0].provider.key_arn",
	  CL(KEY("eu-west-1")), NULL, CL(KEY("us-east-1")), NULL },
	{ "eks.ipv6_no_service_cidr", "awscc.eks.cluster",
	  "kubernetes_network_config.service_ipv_4_cidr",
	  CL(", 'kubernetes_network_config': {'ip_family': 'ipv6', 'service_ipv_4_cidr': "
	     "'10.100.0.0/16'}"), NULL,
	  CL(", 'kubernetes_network_config': {'ip_family': 'ipv6'}"), NULL },
	{ "eks.remote_cidr_size", "awscc.eks.cluster",
	  "remote_network_config.remote_node_networks[0].cidrs[0]", CL(REMOTE("10.0.0.0/7")), NULL,
	  CL(REMOTE("10.0.0.0/8")), NULL },
	{ "eks.remote_rfc1918", "awscc.eks.cluster",
	  "remote_network_config.remote_node_networks[0].cidrs[0]",
	  CL(REMOTE("100.64.0.0/16")), NULL, CL(REMOTE("172.16.0.0/16")), NULL },
	{ "eks.two_subnets", "awscc.eks.cluster", "resources_vpc_config.subnet_ids",
	  "{'role_arn': '" ROLE "c', 'resources_vpc_config': {'subnet_ids': ['subnet-1']}}", NULL,
	  CL(""), NULL },
	{ "eks.public_cidrs_ipv4", "awscc.eks.cluster", "resources_vpc_config.public_access_cidrs[0]",
	  CL_PUBLIC("2001:db8::/32"), NULL, CL_PUBLIC("203.0.113.0/24"), NULL },
	{ "eks.auto_mode_node_role_kept", "awscc.eks.cluster", "compute_config.node_role_arn",
	  CL(AUTO("b")), CL(AUTO("a")), CL(AUTO("a")), CL(AUTO("a")) },
	{ "eks.entry_types", "awscc.eks.access_entry", "access_entry_type",
	  AE(ROLE "r", ", 'access_entry_type': 'ROBOT'"), NULL,
	  AE(ROLE "r", ", 'access_entry_type': 'STANDARD'"), NULL },
	{ "eks.ec2_entry_no_groups", "awscc.eks.access_entry", "kubernetes_groups",
	  AE(ROLE "r", ", 'access_entry_type': 'EC2_LINUX', 'kubernetes_groups': ['g']"), NULL,
	  AE(ROLE "r", ", 'access_entry_type': 'STANDARD', 'kubernetes_groups': ['g']"), NULL },
	{ "eks.node_entry_role", "awscc.eks.access_entry", "principal_arn",
	  AE("arn:aws:iam::123456789012:user/ana", ", 'access_entry_type': 'FARGATE_LINUX'"), NULL,
	  AE(ROLE "pods", ", 'access_entry_type': 'FARGATE_LINUX'"), NULL },
	{ "eks.principal_not_session", "awscc.eks.access_entry", "principal_arn",
	  AE("arn:aws:sts::123456789012:assumed-role/admin/ana", ""), NULL, AE(ROLE "admin", ""),
	  NULL },
	{ "eks.namespace_scope", "awscc.eks.access_entry",
	  "access_policies[0].access_scope.namespaces",
	  AE(ROLE "r", POLICY("'type': 'namespace'")), NULL,
	  AE(ROLE "r", POLICY("'type': 'namespace', 'namespaces': ['team']")), NULL },
	{ "eks.addon_namespace_label", "awscc.eks.addon", "namespace_config.namespace",
	  "{'cluster_name': 'c', 'addon_name': 'vpc-cni', 'namespace_config': {'namespace': "
	  "'Kube_System'}}", NULL,
	  "{'cluster_name': 'c', 'addon_name': 'vpc-cni', 'namespace_config': {'namespace': "
	  "'kube-system'}}", NULL },
	{ "eks.capability_name_chars", "awscc.eks.capability", "capability_name",
	  CAPABILITY("argo cd"), NULL, CAPABILITY("argo_cd-1"), NULL },
	{ "eks.issuer_https", "awscc.eks.identity_provider_config", "oidc.issuer_url",
	  OIDC("http://idp.example.com"), NULL, OIDC("https://idp.example.com"), NULL },
	{ "eks.policy_no_session_tags", "awscc.eks.pod_identity_association",
	  "disable_session_tags", PODS(", 'disable_session_tags': false"), NULL,
	  PODS(", 'disable_session_tags': true"), NULL },
	{ "eks.tags_at_most_50", "awscc.eks.access_entry", "tags",
	  AE(ROLE "r", ", 'tags': [" TAGS10 ", " TAGS10 ", " TAGS10 ", " TAGS10 ", " TAGS10 ", "
	     TAG("z") "]"), NULL, AE(ROLE "r", ", 'tags': [" TAGS10 "]"), NULL },
	{ "eks.tag_keys_not_aws", "awscc.eks.access_entry", "tags[0].key",
	  AE(ROLE "r", ", 'tags': [" TAG("AWS:team") "]"), NULL,
	  AE(ROLE "r", ", 'tags': [" TAG("team") "]"), NULL },
	{ "eks.tag_keys_unique", "awscc.eks.access_entry", "tags[1].key",
	  AE(ROLE "r", ", 'tags': [" TAG("team") ", " TAG("team") "]"), NULL,
	  AE(ROLE "r", ", 'tags': [" TAG("team") ", " TAG("owner") "]"), NULL },
};

/* The rows of the China Regions, judged in Beijing. */
static const struct words_case china[] = {
	{ "eks.ipv6_not_china", "awscc.eks.cluster", "kubernetes_network_config.ip_family",
	  CL(", 'kubernetes_network_config': {'ip_family': 'ipv6'}"), NULL,
	  CL(", 'kubernetes_network_config': {'ip_family': 'ipv4'}"), NULL },
};

static const char *const services[] = { "eks.", NULL };

/* Each row refuses its case naming the attribute, AWS's words and the
 * document; its twin passes. */
static void test_each_row_and_its_twin(void **state)
{
	(void)state;
	words_check_cases(cases, sizeof(cases) / sizeof(*cases));
	setenv("AWS_REGION", "cn-north-1", 1);
	words_check_cases(china, sizeof(china) / sizeof(*china));
	setenv("AWS_REGION", "us-east-1", 1);
}

static void test_every_row_has_a_case(void **state)
{
	size_t n = sizeof(cases) / sizeof(*cases), m = sizeof(china) / sizeof(*china);
	struct words_case all[sizeof(cases) / sizeof(*cases) + sizeof(china) / sizeof(*china)];

	(void)state;
	memcpy(all, cases, sizeof(cases));
	memcpy(all + n, china, sizeof(china));
	words_check_every_row_has_a_case(all, n + m, services, "test_words_eks.c");
}

/* A cluster's remote networks against its service range
 * (rule_eks_remote_networks). */
static void test_eks_remote_networks(void **state)
{
#define SERVICE(CIDR, REMOTE_CIDR) CL(", 'kubernetes_network_config': {'service_ipv_4_cidr': '" \
	CIDR "'}" REMOTE(REMOTE_CIDR))
	static const char *const refused[] = { SERVICE("10.100.0.0/16", "10.0.0.0/8"),
						SERVICE("172.20.0.0/16", "172.20.5.0/24") };
	static const char *const passing[] = { SERVICE("10.100.0.0/16", "192.168.0.0/16"),
					       SERVICE("${var.range}", "10.0.0.0/8"),
					       CL(REMOTE("10.0.0.0/8")) };
#undef SERVICE

	(void)state;
	for (size_t i = 0; i < sizeof(refused) / sizeof(*refused); i++) {
		struct strbuf err = STRBUF_INIT;
		if (!words_judge("awscc.eks.cluster", refused[i], NULL, NULL, &err))
			fail_msg("accepted %s", refused[i]);
		if (!strstr(err.buf, "overlaps the service range") || !strstr(err.buf, "AWS says"))
			fail_msg("message \"%s\" lacks the overlap", err.buf);
		strbuf_release(&err);
	}
	for (size_t i = 0; i < sizeof(passing) / sizeof(*passing); i++) {
		struct strbuf err = STRBUF_INIT;
		if (words_judge("awscc.eks.cluster", passing[i], NULL, NULL, &err))
			fail_msg("refused %s: %s", passing[i], err.buf);
		strbuf_release(&err);
	}
}

int main(void)
{
	/* the Region eks.key_region is about */
	setenv("AWS_REGION", "us-east-1", 1);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_row_and_its_twin),
		cmocka_unit_test(test_every_row_has_a_case),
		cmocka_unit_test(test_eks_remote_networks),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
