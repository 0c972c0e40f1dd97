/*
 * vpclattice/rules.c: Amazon VPC Lattice's (service networks, services,
 * listeners, rules, target groups, resource gateways and configurations)
 * rows of the one table of checks (checks/row.h) on the awscc types of a
 * service terrace's own code does not call (its objects are made through
 * Cloud Control alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE), and the check
 * across the stack of its rules' priorities. Its ledger:
 * checks/words/vpc-lattice.words.
 */
#include "provider/aws/checks/rules.h"

#define VL "vpc-lattice "
#define WEIGHTS "Only required if you specify multiple target groups for a forward action."

/* Two rules of the stack on one listener (its listener_identifier written
 * alike) with one priority (aws_check_one_per_parent); the listener's rules
 * made outside the stack are its own at the call. */
static void check_vpclattice_rule_priorities(const struct written_resource *rs, size_t n,
					     check_report_fn report, void *ctx)
{
	static const struct aws_one_per_parent u = {
		"AWS::VpcLattice::Rule", "listener_identifier", "priority", "rule", "listener",
		"Each rule for a specific listener must have a unique priority.",
		VL "CreateRule priority" };

	aws_check_one_per_parent(rs, n, &u, report, ctx);
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_vpclattice[] = {
	ACROSS_ROW("awscc.vpclattice.rule", check_vpclattice_rule_priorities,
		   VL "CreateRule priority (the stack's rules on one listener)"),
	/* a resource gateway's security groups the stack writes in its VPC (the
	 * VPC each names: one resource) */
	AWS_SAYS("vpclattice.gateway_groups_its_vpc", "awscc.vpclattice.resource_gateway",
		 AWS_CALL_ANY, ALWAYS, THEN(SAME("security_group_ids[]->vpc_id->", "vpc_identifier->")),
		 "The security groups must be in the same VPC.",
		 VL "CreateResourceGateway securityGroupIds"),
	/* a target group's configuration by its type */
	AWS_SAYS("vpclattice.lambda_no_network",
		 "awscc.vpclattice.target_group", AWS_CALL_ANY,
		 WHEN(IS("target_group_type", "LAMBDA")),
		 THEN(UNSET("config.port"), UNSET("config.protocol"), UNSET("config.protocol_version"),
		      UNSET("config.vpc_identifier")),
		 "Not supported if the target group type is LAMBDA.",
		 VL "CreateTargetGroup config.port"),
	AWS_SAYS("vpclattice.no_health_check",
		 "awscc.vpclattice.target_group", AWS_CALL_ANY,
		 WHEN(IS("target_group_type", "LAMBDA", "ALB")), THEN(UNSET("config.health_check")),
		 "Not supported if the target group type is LAMBDA or ALB.",
		 VL "CreateTargetGroup config.healthCheck"),
	AWS_SAYS("vpclattice.ip_address_type_ip",
		 "awscc.vpclattice.target_group", AWS_CALL_ANY, WHEN(SET("config.ip_address_type")),
		 THEN(IS("target_group_type", "IP")),
		 "Supported only if the target group type is IP.",
		 VL "CreateTargetGroup config.ipAddressType"),
	AWS_SAYS("vpclattice.lambda_event_version",
		 "awscc.vpclattice.target_group", AWS_CALL_ANY,
		 WHEN(SET("config.lambda_event_structure_version")),
		 THEN(IS("target_group_type", "LAMBDA")),
		 "Supported only if the target group type is LAMBDA.",
		 VL "CreateTargetGroup config.lambdaEventStructureVersion"),
	/* a forward action's weights */
	AWS_SAYS("vpclattice.rule_weights",
		 "awscc.vpclattice.rule", AWS_CALL_ANY,
		 WHEN(LEN_IN("action.forward.target_groups", 2, 1e9)),
		 THEN(EACH("action.forward.target_groups", ALWAYS, THEN(SET("weight")))),
		 WEIGHTS, VL "CreateRule action.forward.targetGroups.weight"),
	AWS_SAYS("vpclattice.listener_weights",
		 "awscc.vpclattice.listener", AWS_CALL_ANY,
		 WHEN(LEN_IN("default_action.forward.target_groups", 2, 1e9)),
		 THEN(EACH("default_action.forward.target_groups", ALWAYS, THEN(SET("weight")))),
		 WEIGHTS, VL "CreateListener defaultAction.forward.targetGroups.weight"),
	/* a VPC association's private DNS */
	AWS_SAYS("vpclattice.dns_preference_enabled",
		 "awscc.vpclattice.service_network_vpc_association", AWS_CALL_ANY,
		 WHEN(SET("dns_options.private_dns_preference")),
		 THEN(IS("private_dns_enabled", "true")),
		 "Only supported when private DNS is enabled and when the VPC endpoint type is "
		 "ServiceNetwork or Resource.",
		 VL "CreateServiceNetworkVpcAssociation dnsOptions.privateDnsPreference"),
	AWS_SAYS("vpclattice.specified_domains",
		 "awscc.vpclattice.service_network_vpc_association", AWS_CALL_ANY,
		 WHEN(SET("dns_options.private_dns_specified_domains")),
		 THEN(IS("private_dns_enabled", "true"),
		      IS("dns_options.private_dns_preference", "VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS",
			 "SPECIFIED_DOMAINS_ONLY")),
		 "Only supported when private DNS is enabled and the private DNS preference is "
		 "VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS or SPECIFIED_DOMAINS_ONLY.",
		 VL "CreateServiceNetworkVpcAssociation dnsOptions.privateDnsSpecifiedDomains"),
	/* a resource configuration's DNS resource (its definition written as an
	 * object; as text it is not read) */
	AWS_SAYS("vpclattice.dns_resource_not_dualstack",
		 "awscc.vpclattice.resource_configuration", AWS_CALL_ANY, ALWAYS,
		 THEN(IS_NOT("resource_configuration_definition.dns_resource.ip_address_type",
			     "DUALSTACK")),
		 "Dualstack is currently not supported.",
		 VL "CreateResourceConfiguration resourceConfigurationDefinition.dnsResource."
		 "ipAddressType"),
	{ NULL },
};
