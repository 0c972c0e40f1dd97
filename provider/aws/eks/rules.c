/*
 * eks/rules.c: Amazon EKS's (clusters, node groups, add-ons, access
 * entries, capabilities, Fargate profiles, identity provider configs, pod
 * identity associations) rows of the one table of checks (checks/row.h)
 * on the awscc types of a service terrace's own code does not call (its
 * objects are made through Cloud Control alone): AWS's words of the
 * census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE), and the written rule of the remote networks against the
 * service range. Its ledger: checks/words/eks.words.
 */
#include <arpa/inet.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "provider/aws/checks/rules.h"
#include "provider/provider.h"

#define NG "awscc.eks.nodegroup"
#define REPAIR "node_repair_config."
#define UPDATE_CONFIG "update_config."
#define LT "launch_template"
#define NETWORK "kubernetes_network_config."
#define REMOTE "remote_network_config."
#define ENTRY_TYPE "access_entry_type"
#define RFC1918 "^(10\\.|172\\.(1[6-9]|2[0-9]|3[01])\\.|192\\.168\\.)"
/* each CIDR block of the remote node and pod networks */
#define EACH_REMOTE(...) \
	EACH(REMOTE "remote_node_networks", ALWAYS, THEN(EACH("cidrs", ALWAYS, THEN(__VA_ARGS__)))), \
	EACH(REMOTE "remote_pod_networks", ALWAYS, THEN(EACH("cidrs", ALWAYS, THEN(__VA_ARGS__))))

/* An IPv4 CIDR block's first and last addresses; false when text is none. */
static bool cidr_range(const char *text, uint32_t *first, uint32_t *last)
{
	char addr[32];
	const char *slash = text ? strchr(text, '/') : NULL;
	struct in_addr in;
	int bits;

	if (!slash || (size_t)(slash - text) >= sizeof(addr) ||
	    sscanf(slash + 1, "%d", &bits) != 1 || bits < 0 || bits > 32)
		return false;
	memcpy(addr, text, (size_t)(slash - text));
	addr[slash - text] = '\0';
	if (inet_pton(AF_INET, addr, &in) != 1)
		return false;
	uint32_t mask = bits ? ~(uint32_t)0 << (32 - bits) : 0;
	*first = ntohl(in.s_addr) & mask;
	*last = *first | ~mask;
	return true;
}

/* A cluster's remote node and pod networks: no block overlapping the
 * Kubernetes service range it writes (the VPC's blocks are EC2's). */
int rule_eks_remote_networks(const json_t *v, const json_t *r, struct strbuf *err)
{
	static const char *const lists[] = { "remote_node_networks", "remote_pod_networks" };
	const json_t *remote = json_object_get(v, "remote_network_config"), *net, *cidr;
	const char *service = value_known_string(json_object_get(
		json_object_get(v, "kubernetes_network_config"), "service_ipv_4_cidr"));
	uint32_t sf, sl, f, l;
	size_t i, j;

	(void)r;
	if (!cidr_range(service, &sf, &sl))
		return 0;
	for (size_t k = 0; k < 2; k++)
		json_array_foreach(json_object_get(remote, lists[k]), i, net)
			json_array_foreach(json_object_get(net, "cidrs"), j, cidr) {
				if (!cidr_range(value_known_string(cidr), &f, &l) || f > sl || sf > l)
					continue;
				strbuf_addf(err, "remote_network_config.%s[%zu].cidrs[%zu]: %s overlaps "
					    "the service range %s: AWS says \"Each block cannot overlap "
					    "with the range of the VPC CIDR blocks for your EKS resources, or "
					    "the block of the Kubernetes service IP range.\" (eks "
					    "CreateCluster remoteNetworkConfig.remoteNodeNetworks)",
					    lists[k], i, j, json_string_value(cidr), service);
				return -1;
			}
	return 0;
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_eks[] = {
	RULE("awscc.eks.cluster", "", rule_eks_remote_networks,
	     "eks CreateCluster remoteNetworkConfig.remoteNodeNetworks"),
	/* a node group */
	AWS_SAYS("eks.repair_parallel_one",
		 "awscc.eks.nodegroup", AWS_CALL_ANY, ALWAYS,
		 THEN(ANY_OF(UNSET(REPAIR "max_parallel_nodes_repaired_count"),
			     UNSET(REPAIR "max_parallel_nodes_repaired_percentage"))),
		 "When using this, you cannot also set maxParallelNodesRepairedPercentage at the "
		 "same time.", "eks CreateNodegroup nodeRepairConfig.maxParallelNodesRepairedCount"),
	AWS_SAYS("eks.repair_threshold_one",
		 "awscc.eks.nodegroup", AWS_CALL_ANY, ALWAYS,
		 THEN(ANY_OF(UNSET(REPAIR "max_unhealthy_node_threshold_count"),
			     UNSET(REPAIR "max_unhealthy_node_threshold_percentage"))),
		 "When using this, you cannot also set maxUnhealthyNodeThresholdPercentage at the "
		 "same time.", "eks CreateNodegroup nodeRepairConfig.maxUnhealthyNodeThresholdCount"),
	AWS_SAYS("eks.repair_overrides_whole",
		 "awscc.eks.nodegroup", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(REPAIR "node_repair_config_overrides", ALWAYS,
			   THEN(SET("min_repair_wait_time_mins"), SET("node_monitoring_condition"),
				SET("node_unhealthy_reason"), SET("repair_action")))),
		 "If you use this, you must specify all the values.",
		 "eks CreateNodegroup nodeRepairConfig.nodeRepairConfigOverrides"),
	AWS_SAYS("eks.max_unavailable",
		 "awscc.eks.nodegroup", AWS_CALL_ANY, WHEN(SET("update_config")),
		 THEN(ANY_OF(SET(UPDATE_CONFIG "max_unavailable"),
			     SET(UPDATE_CONFIG "max_unavailable_percentage")),
		      IN(UPDATE_CONFIG "max_unavailable", 1, 100)),
		 "This value or maxUnavailablePercentage is required to have a value.The maximum "
		 "number is 100.", "eks CreateNodegroup updateConfig.maxUnavailable"),
	AWS_SAYS("eks.launch_template_id_or_name",
		 "awscc.eks.nodegroup", AWS_CALL_ANY, WHEN(SET(LT)),
		 THEN(EXACTLY_ONE_OF(SET(LT ".id"), SET(LT ".name"))),
		 "You must specify either the launch template ID or the launch template name in the "
		 "request, but not both.", "eks CreateNodegroup launchTemplate.id"),
	AWS_SAYS("eks.launch_template_no_disk_size",
		 "awscc.eks.nodegroup", AWS_CALL_CREATE, WHEN(SET(LT)), THEN(UNSET("disk_size")),
		 "If you specify launchTemplate, then don't specify diskSize, or the node group "
		 "deployment will fail.", "eks CreateNodegroup diskSize"),
	AWS_SAYS("eks.launch_template_no_remote_access",
		 "awscc.eks.nodegroup", AWS_CALL_CREATE, WHEN(SET(LT)), THEN(UNSET("remote_access")),
		 "If you specify launchTemplate, then don't specify remoteAccess, or the node group "
		 "deployment will fail.", "eks CreateNodegroup remoteAccess"),
	AWS_SAYS("eks.launch_template_same_id",
		 "awscc.eks.nodegroup", AWS_CALL_UPDATE,
		 WHEN(SET(LT ".id"), WAS(SET(LT ".id"))), THEN(UNCHANGED(LT ".id")),
		 "After node group creation, you cannot use a different ID.",
		 "eks CreateNodegroup launchTemplate.id"),
	AWS_SAYS("eks.launch_template_same_name",
		 "awscc.eks.nodegroup", AWS_CALL_UPDATE,
		 WHEN(SET(LT ".name"), WAS(SET(LT ".name"))), THEN(UNCHANGED(LT ".name")),
		 "After node group creation, you cannot use a different name.",
		 "eks CreateNodegroup launchTemplate.name"),
	AWS_SAYS("eks.launch_template_from_creation",
		 "awscc.eks.nodegroup", AWS_CALL_UPDATE, WHEN(SET(LT)), THEN(WAS(SET(LT))),
		 "You can only update a node group using a launch template if the node group was "
		 "originally deployed with a launch template.",
		 "eks UpdateNodegroupVersion launchTemplate"),
	AWS_SAYS("eks.hibernated_not_bottlerocket",
		 "awscc.eks.nodegroup", AWS_CALL_ANY,
		 WHEN(IS("warm_pool_config.pool_state", "HIBERNATED")),
		 THEN(NOT_MATCHES("ami_type", "^BOTTLEROCKET")),
		 "Warm pool instances in the Hibernated state are not supported with Bottlerocket "
		 "AMIs.", "eks CreateNodegroup warmPoolConfig.poolState"),
	AWS_SAYS("eks.reuse_not_bottlerocket",
		 "awscc.eks.nodegroup", AWS_CALL_ANY,
		 WHEN(IS("warm_pool_config.reuse_on_scale_in", "true")),
		 THEN(NOT_MATCHES("ami_type", "^BOTTLEROCKET")),
		 "This feature is not supported for Bottlerocket AMIs.",
		 "eks CreateNodegroup warmPoolConfig.reuseOnScaleIn"),
	/* a cluster */
	AWS_SAYS("eks.encryption_secrets",
		 "awscc.eks.cluster", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("encryption_config", ALWAYS,
			   THEN(EACH("resources", ALWAYS, THEN(IS("", "secrets")))))),
		 "The only supported value is secrets.", "eks CreateCluster encryptionConfig.resources"),
	AWS_SAYS("eks.key_region",
		 "awscc.eks.cluster", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("encryption_config", ALWAYS, THEN(IN_REGION("provider.key_arn")))),
		 "The KMS key must be symmetric and created in the same Amazon Web Services Region as "
		 "the cluster.", "eks CreateCluster encryptionConfig.provider.keyArn"),
	/* its key, when the stack makes it, symmetric (checks/rules.h) */
	AWS_SAYS("eks.key_symmetric",
		 "awscc.eks.cluster", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("encryption_config", ALWAYS, THEN(KEY_SYMMETRIC("provider.key_arn")))),
		 "The KMS key must be symmetric and created in the same Amazon Web Services Region as "
		 "the cluster.", "eks CreateCluster encryptionConfig.provider.keyArn"),
	AWS_SAYS("eks.ipv6_no_service_cidr",
		 "awscc.eks.cluster", AWS_CALL_ANY, WHEN(IS(NETWORK "ip_family", "ipv6")),
		 THEN(UNSET(NETWORK "service_ipv_4_cidr")),
		 "Don't specify a value if you select ipv6 for ipFamily.",
		 "eks CreateCluster kubernetesNetworkConfig.serviceIpv4Cidr"),
	AWS_SAYS("eks.ipv6_not_china",
		 "awscc.eks.cluster", AWS_CALL_ANY, WHEN(REGION_IS("cn-north-1", "cn-northwest-1")),
		 THEN(IS_NOT(NETWORK "ip_family", "ipv6")),
		 "You can't specify ipv6 for clusters in China Regions.",
		 "eks CreateCluster kubernetesNetworkConfig.ipFamily"),
	AWS_SAYS("eks.remote_cidr_size",
		 "awscc.eks.cluster", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH_REMOTE(MATCHES("", "/([89]|[12][0-9]|3[0-2])$"))),
		 "Minimum allowed size is /32, maximum allowed size is /8.",
		 "eks CreateCluster remoteNetworkConfig.remoteNodeNetworks.cidrs"),
	AWS_SAYS("eks.remote_rfc1918",
		 "awscc.eks.cluster", AWS_CALL_ANY, ALWAYS, THEN(EACH_REMOTE(MATCHES("", RFC1918))),
		 "Each block must be within an IPv4 RFC-1918 network range.",
		 "eks CreateCluster remoteNetworkConfig.remoteNodeNetworks.cidrs"),
	AWS_SAYS("eks.two_subnets",
		 "awscc.eks.cluster", AWS_CALL_CREATE, WHEN(UNSET("outpost_config")),
		 THEN(LEN_IN("resources_vpc_config.subnet_ids", 2, 1e9)),
		 "You must specify at least two subnets.", "eks CreateCluster resourcesVpcConfig"),
	AWS_SAYS("eks.public_cidrs_ipv4",
		 "awscc.eks.cluster", AWS_CALL_ANY, WHEN(IS(NETWORK "ip_family", "ipv4")),
		 THEN(EACH("resources_vpc_config.public_access_cidrs", ALWAYS,
			   THEN(NOT_MATCHES("", ":")))),
		 "You can't add IPv6 CIDR blocks to IPv4 clusters or IPv6 clusters that were made "
		 "before October 2024.", "eks CreateCluster resourcesVpcConfig.publicAccessCidrs"),
	AWS_SAYS("eks.auto_mode_node_role_kept",
		 "awscc.eks.cluster", AWS_CALL_UPDATE,
		 WHEN(WAS(IS("compute_config.enabled", "true")), SET("compute_config.node_role_arn"),
		      WAS(SET("compute_config.node_role_arn"))),
		 THEN(UNCHANGED("compute_config.node_role_arn")),
		 "This value cannot be changed after the compute capability of EKS Auto Mode is "
		 "enabled.", "eks UpdateClusterConfig computeConfig.nodeRoleArn"),
	/* an access entry */
	AWS_SAYS("eks.entry_types",
		 "awscc.eks.access_entry", AWS_CALL_ANY, ALWAYS,
		 THEN(IS(ENTRY_TYPE, "STANDARD", "FARGATE_LINUX", "EC2_LINUX", "EC2_WINDOWS", "EC2",
			 "HYBRID_LINUX", "HYPERPOD_LINUX")),
		 "Valid values are STANDARD, FARGATE_LINUX, EC2_LINUX, EC2_WINDOWS, EC2 (for EKS "
		 "Auto Mode), HYBRID_LINUX, and HYPERPOD_LINUX.", "eks CreateAccessEntry type"),
	AWS_SAYS("eks.ec2_entry_no_groups",
		 "awscc.eks.access_entry", AWS_CALL_ANY, WHEN(IS(ENTRY_TYPE, "EC2_LINUX", "EC2_WINDOWS")),
		 THEN(UNSET("kubernetes_groups"), UNSET("access_policies")),
		 "If you set the value to EC2_LINUX or EC2_WINDOWS, you can't specify values for "
		 "kubernetesGroups, or associate an AccessPolicy to the access entry.",
		 "eks CreateAccessEntry type"),
	AWS_SAYS("eks.node_entry_role",
		 "awscc.eks.access_entry", AWS_CALL_ANY,
		 WHEN(IS(ENTRY_TYPE, "EC2", "EC2_LINUX", "EC2_WINDOWS", "FARGATE_LINUX", "HYBRID_LINUX")),
		 THEN(MATCHES("principal_arn", ":role/")),
		 "For nodes (EC2 (for EKS Auto Mode), EC2_LINUX, EC2_WINDOWS, FARGATE_LINUX, and "
		 "HYBRID_LINUX), the only valid ARN is IAM roles.", "eks CreateAccessEntry principalArn"),
	AWS_SAYS("eks.principal_not_session",
		 "awscc.eks.access_entry", AWS_CALL_ANY, ALWAYS,
		 THEN(NOT_MATCHES("principal_arn", "^arn:[^:]+:sts::[0-9]*:assumed-role/")),
		 "You can't use the STS session principal type with access entries because this is a "
		 "temporary principal for each session and not a permanent identity that can be "
		 "assigned permissions.", "eks CreateAccessEntry principalArn"),
	AWS_SAYS("eks.namespace_scope",
		 "awscc.eks.access_entry", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("access_policies", WHEN(IS("access_scope.type", "namespace")),
			   THEN(SET("access_scope.namespaces"),
				LEN_IN("access_scope.namespaces", 1, 1e9)))),
		 "A value is required if you specified namespace for Type.",
		 "eks AssociateAccessPolicy accessScope.namespaces"),
	/* an add-on, a capability, an identity provider, a pod identity */
	AWS_SAYS("eks.addon_namespace_label",
		 "awscc.eks.addon", AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("namespace_config.namespace", "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")),
		 "Must be a valid RFC 1123 DNS label.", "eks CreateAddon namespaceConfig.namespace"),
	AWS_SAYS("eks.capability_name_chars",
		 "awscc.eks.capability", AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("capability_name", "^[A-Za-z0-9_-]+$")),
		 "The name must be unique within your cluster and can contain alphanumeric "
		 "characters, hyphens, and underscores.", "eks CreateCapability capabilityName"),
	AWS_SAYS("eks.issuer_https",
		 "awscc.eks.identity_provider_config", AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("oidc.issuer_url", "^https://")),
		 "The URL must begin with https:// and should correspond to the iss claim in the "
		 "provider's OIDC ID tokens.", "eks AssociateIdentityProviderConfig oidc.issuerUrl"),
	AWS_SAYS("eks.policy_no_session_tags",
		 "awscc.eks.pod_identity_association", AWS_CALL_ANY, WHEN(SET("policy")),
		 THEN(IS("disable_session_tags", "true")),
		 "Session tags: When using this policy, disableSessionTags must be set to true.",
		 "eks CreatePodIdentityAssociation policy"),
	/* tags of every type written as a list */
	AWS_SAYS("eks.tags_at_most_50",
		 "awscc.eks.*", AWS_CALL_ANY, ALWAYS, THEN(LEN_IN("tags", 0, 50)),
		 "Maximum number of tags per resource – 50", "eks CreateCapability tags"),
	AWS_SAYS("eks.tag_keys_not_aws",
		 "awscc.eks.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", "^[aA][wW][sS]:")))),
		 "Do not use aws:, AWS:, or any upper or lowercase combination of such as a prefix "
		 "for either keys or values as it is reserved for Amazon Web Services use.",
		 "eks CreateCapability tags"),
	AWS_SAYS("eks.tag_keys_unique",
		 "awscc.eks.*", AWS_CALL_ANY, ALWAYS, THEN(UNIQUE("tags[].key")),
		 "For each resource, each tag key must be unique, and each tag key can have only one "
		 "value.", "eks CreateCapability tags"),
	{ NULL },
};
