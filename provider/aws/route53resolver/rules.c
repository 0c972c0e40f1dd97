/*
 * route53resolver/rules.c: Route 53 Resolver's (DNS Firewall rule groups,
 * resolver endpoints and rules, their associations) rows of the one table
 * of checks (checks/row.h) on the awscc types of a service terrace's own
 * code does not call (its objects are made through Cloud Control alone):
 * AWS's words of the census's third scope (checks/words/gen_words.py,
 * sentences.py's THIRD_SCOPE). Its ledger: checks/words/route53resolver.words.
 */
#include "provider/aws/checks/rules.h"

#define RR "route53resolver "
#define OVERRIDE_WORDS "This setting is required if the BlockResponse setting is OVERRIDE."
/* TYPE1 to TYPE65334 */
#define QTYPE_NUMBER "^TYPE([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-2][0-9]{2}|" \
	"653[0-2][0-9]|6533[0-4])$"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_route53resolver[] = {
	AWS_SAYS("route53resolver.block_override",
		 "awscc.route53resolver.firewall_rule_group", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("firewall_rules", WHEN(IS("block_response", "OVERRIDE")),
			   THEN(SET("block_override_dns_type"), SET("block_override_domain"),
				SET("block_override_ttl")))),
		 OVERRIDE_WORDS, RR "CreateFirewallRule BlockOverrideDomain"),
	AWS_SAYS("route53resolver.block_response",
		 "awscc.route53resolver.firewall_rule_group", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("firewall_rules", WHEN(IS("action", "BLOCK")),
			   THEN(SET("block_response")))),
		 "This setting is required if the rule action setting is BLOCK.",
		 RR "CreateFirewallRule BlockResponse"),
	AWS_SAYS("route53resolver.advanced_confidence",
		 "awscc.route53resolver.firewall_rule_group", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("firewall_rules", WHEN(SET("dns_threat_protection")),
			   THEN(SET("confidence_threshold")))),
		 "You must provide this value when you create a DNS Firewall Advanced rule.",
		 RR "CreateFirewallRule ConfidenceThreshold"),
	AWS_SAYS("route53resolver.threat_protection_no_domain_list",
		 "awscc.route53resolver.firewall_rule_group", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("firewall_rules", WHEN(SET("dns_threat_protection")),
			   THEN(UNSET("firewall_domain_list_id")))),
		 "Can't be used together with DnsThreatProtecton.",
		 RR "CreateFirewallRule FirewallDomainListId"),
	AWS_SAYS("route53resolver.cfn_rule_type_alone",
		 "awscc.route53resolver.firewall_rule_group", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("firewall_rules", WHEN(SET("firewall_rule_type")),
			   THEN(UNSET("firewall_domain_list_id"), UNSET("dns_threat_protection"),
				UNSET("confidence_threshold")))),
		 "Mutually exclusive with FirewallDomainListId and "
		 "DnsThreatProtection/ConfidenceThreshold.",
		 "CloudFormation registry: AWS::Route53Resolver::FirewallRuleGroup "
		 "FirewallRule.FirewallRuleType"),
	AWS_SAYS("route53resolver.rule_priorities_unique",
		 "awscc.route53resolver.firewall_rule_group", AWS_CALL_ANY, ALWAYS,
		 THEN(UNIQUE("firewall_rules[].priority")),
		 "You must specify a unique priority for each rule in a rule group.",
		 RR "CreateFirewallRule Priority"),
	AWS_SAYS("route53resolver.qtype_number",
		 "awscc.route53resolver.firewall_rule_group", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("firewall_rules", WHEN(MATCHES("qtype", "^TYPE[0-9]")),
			   THEN(MATCHES("qtype", QTYPE_NUMBER)))),
		 "The values must be defined as TYPENUMBER, where the NUMBER can be 1-65334, for "
		 "example, TYPE28.", RR "CreateFirewallRule Qtype"),
	AWS_SAYS("route53resolver.endpoint_outpost_instance_type",
		 "awscc.route53resolver.resolver_endpoint", AWS_CALL_ANY,
		 WHEN(SET("outpost_arn")), THEN(SET("preferred_instance_type")),
		 "If you specify this, you must also specify a value for the PreferredInstanceType.",
		 RR "CreateResolverEndpoint OutpostArn"),
	AWS_SAYS("route53resolver.endpoint_instance_type_outpost",
		 "awscc.route53resolver.resolver_endpoint", AWS_CALL_ANY,
		 WHEN(SET("preferred_instance_type")), THEN(SET("outpost_arn")),
		 "If you specify this, you must also specify a value for the OutpostArn.",
		 RR "CreateResolverEndpoint PreferredInstanceType"),
	AWS_SAYS("route53resolver.inbound_keeps_do53",
		 "awscc.route53resolver.resolver_endpoint", AWS_CALL_UPDATE,
		 WHEN(IS("direction", "INBOUND"), SET("protocols"),
		      WAS(LEN_IN("protocols", 1, 1), SOME("protocols", IS("", "Do53")))),
		 THEN(SOME("protocols", IS("", "Do53"))),
		 "You can't change the protocol of an inbound endpoint directly from only Do53 to "
		 "only DoH, or DoH-FIPS.", RR "UpdateResolverEndpoint Protocols"),
	AWS_SAYS("route53resolver.metrics_not_inbound",
		 "awscc.route53resolver.resolver_endpoint", AWS_CALL_ANY,
		 WHEN(IS("target_name_server_metrics_enabled", "true")),
		 THEN(IS_NOT("direction", "INBOUND")),
		 "This is not supported for inbound Resolver endpoints.",
		 RR "CreateResolverEndpoint TargetNameServerMetricsEnabled"),
	AWS_SAYS("route53resolver.target_ips_one_family",
		 "awscc.route53resolver.resolver_rule", AWS_CALL_ANY,
		 WHEN(SOME("target_ips", SET("ip"))),
		 THEN(EACH("target_ips", ALWAYS, THEN(UNSET("ipv_6")))),
		 "You can specify either Ipv4 or Ipv6 addresses but not both in the same rule.",
		 RR "CreateResolverRule TargetIps"),
	AWS_SAYS("route53resolver.target_ips_forward_only",
		 "awscc.route53resolver.resolver_rule", AWS_CALL_ANY,
		 WHEN(SET("target_ips")), THEN(IS("rule_type", "FORWARD")),
		 "TargetIps is available only when the value of Rule type is FORWARD.",
		 RR "CreateResolverRule TargetIps"),
	AWS_SAYS("route53resolver.association_name_not_digits",
		 "awscc.route53resolver.resolver_rule_association", AWS_CALL_CREATE, ALWAYS,
		 THEN(NOT_MATCHES("name", "^[0-9]+$")),
		 "The name cannot consist of only numbers.", RR "AssociateResolverRule Name"),
	/* a tag key's aws: (these types' registry Tag.Key has no pattern against it) */
	AWS_SAYS("route53resolver.cfn_tag_keys_not_aws",
		 "awscc.route53resolver.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", "^aws:")))),
		 "You can specify a value that is 1 to 128 Unicode characters in length and cannot "
		 "be prefixed with aws:.",
		 "CloudFormation registry: AWS::Route53Resolver::ResolverRule Tag.Key"),
	{ NULL },
};
