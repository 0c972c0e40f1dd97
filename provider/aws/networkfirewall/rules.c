/*
 * networkfirewall/rules.c: AWS Network Firewall's (firewalls, firewall
 * policies, rule groups, TLS inspection configurations) rows of the one
 * table of checks (checks/row.h) on the awscc types of a service terrace's
 * own code does not call (its objects are made through Cloud Control
 * alone): AWS's words of the census's third scope (checks/words/
 * gen_words.py, sentences.py's THIRD_SCOPE: botocore's network-firewall),
 * and the written rule of a stateless rule's TCP flags. Its ledger:
 * checks/words/network-firewall.words.
 */
#include <string.h>

#include "provider/aws/checks/rules.h"

#define NF "network-firewall "
#define RG "network-firewall CreateRuleGroup RuleGroup.RulesSource."
#define STATELESS "rule_group.rules_source.stateless_rules_and_custom_actions.stateless_rules"
#define STANDARD "aws:pass", "aws:drop", "aws:forward_to_sfe"
#define STANDARD_WORDS "You must specify one of the standard actions: aws:pass, aws:drop, or " \
	"aws:forward_to_sfe."
#define FROM_WORDS "This must be less than or equal to the ToPort specification."
#define PORTS_ORDERED(LIST) EACH(LIST, ALWAYS, THEN(AT_MOST("from_port", "to_port")))
#define TLS_CONFIGS "tls_inspection_configuration.server_certificate_configurations"
#define TLS_SOURCE NF "CreateTLSInspectionConfiguration TLSInspectionConfiguration." \
	"ServerCertificateConfigurations."

/* A stateless rule's TCP flags among its masks: each flag of
 * rule_definition.match_attributes.tcp_flags[].flags is one of that
 * element's masks (an element with no masks inspects every flag). */
static int rule_networkfirewall_tcp_flags(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *src = json_object_get(json_object_get(v, "rule_group"), "rules_source");
	const json_t *rules = json_object_get(json_object_get(src,
			"stateless_rules_and_custom_actions"), "stateless_rules");
	size_t i, t, f, m;
	const json_t *rule, *tcp, *flag, *mask;

	(void)r;
	json_array_foreach(rules, i, rule) {
		const json_t *attrs = json_object_get(json_object_get(rule, "rule_definition"),
						      "match_attributes");
		json_array_foreach(json_object_get(attrs, "tcp_flags"), t, tcp) {
			const json_t *masks = json_object_get(tcp, "masks");
			if (!json_is_array(masks))
				continue;
			json_array_foreach(json_object_get(tcp, "flags"), f, flag) {
				bool among = !json_is_string(flag) ||
					     strstr(json_string_value(flag), "${");
				json_array_foreach(masks, m, mask)
					among |= !json_is_string(mask) ||
						 strstr(json_string_value(mask), "${") ||
						 !strcmp(json_string_value(mask),
							 json_string_value(flag));
				if (among)
					continue;
				strbuf_addf(err, STATELESS "[%zu].rule_definition.match_attributes."
					    "tcp_flags[%zu].flags[%zu]: %s is none of its masks: AWS says "
					    "\"This setting can only specify values that are also "
					    "specified in the Masks setting.\" (" RG "StatelessRulesAnd"
					    "CustomActions.StatelessRules.RuleDefinition.MatchAttributes."
					    "TCPFlags.Flags)", i, t, f, json_string_value(flag));
				return -1;
			}
		}
	}
	return 0;
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_networkfirewall[] = {
	AWS_SAYS("networkfirewall.zone_mappings_one",
		 "awscc.networkfirewall.firewall", AWS_CALL_ANY,
		 WHEN(SET("availability_zone_mappings")),
		 THEN(LEN_IN("availability_zone_mappings", 1, 1000)),
		 "You must specify at least one Availability Zone.",
		 NF "CreateFirewall AvailabilityZoneMappings"),
	AWS_SAYS("networkfirewall.zone_mappings_region",
		 "awscc.networkfirewall.firewall", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("availability_zone_mappings", ALWAYS,
			   THEN(IN_REGION("availability_zone")))),
		 "The Availability Zone must be in the same Region as the transit gateway.",
		 NF "CreateFirewall AvailabilityZoneMappings.AvailabilityZone"),
	AWS_SAYS("networkfirewall.zones_kept_with_protection",
		 "awscc.networkfirewall.firewall", AWS_CALL_UPDATE,
		 WHEN(WAS(IS("availability_zone_change_protection", "true")),
		      IS("availability_zone_change_protection", "true")),
		 THEN(UNCHANGED("availability_zone_mappings")),
		 "When set to TRUE, you cannot add or remove Availability Zones without first "
		 "disabling this protection using UpdateAvailabilityZoneChangeProtection.",
		 NF "CreateFirewall AvailabilityZoneChangeProtection"),
	AWS_SAYS("networkfirewall.transit_gateway_kept",
		 "awscc.networkfirewall.firewall", AWS_CALL_UPDATE, ALWAYS,
		 THEN(UNCHANGED("transit_gateway_id")),
		 "After creating the firewall, you cannot change the transit gateway association.",
		 NF "CreateFirewall TransitGatewayId"),
	AWS_SAYS("networkfirewall.subnets_own_zones",
		 "awscc.networkfirewall.firewall", AWS_CALL_ANY, ALWAYS,
		 THEN(UNIQUE("subnet_mappings[].subnet_id->availability_zone")),
		 "Each subnet must belong to a different Availability Zone in the VPC.",
		 NF "CreateFirewall SubnetMappings"),
	AWS_SAYS("networkfirewall.stateful_defaults_strict",
		 "awscc.networkfirewall.firewall_policy", AWS_CALL_ANY,
		 WHEN(SET("firewall_policy.stateful_default_actions")),
		 THEN(IS("firewall_policy.stateful_engine_options.rule_order", "STRICT_ORDER")),
		 "The stateful default action is optional, and is only valid when using the strict "
		 "rule order.", NF "CreateFirewallPolicy FirewallPolicy.StatefulDefaultActions"),
	AWS_SAYS("networkfirewall.stateful_priorities_unique",
		 "awscc.networkfirewall.firewall_policy", AWS_CALL_ANY, ALWAYS,
		 THEN(UNIQUE("firewall_policy.stateful_rule_group_references[].priority")),
		 "You must ensure that the priority settings are unique within each policy.",
		 NF "CreateFirewallPolicy FirewallPolicy.StatefulRuleGroupReferences.Priority"),
	AWS_SAYS("networkfirewall.stateless_priorities_unique",
		 "awscc.networkfirewall.firewall_policy", AWS_CALL_ANY, ALWAYS,
		 THEN(UNIQUE("firewall_policy.stateless_rule_group_references[].priority")),
		 "You must ensure that the priority settings are unique within each policy.",
		 NF "CreateFirewallPolicy FirewallPolicy.StatelessRuleGroupReferences.Priority"),
	AWS_SAYS("networkfirewall.stateless_default_standard",
		 "awscc.networkfirewall.firewall_policy", AWS_CALL_ANY, ALWAYS,
		 THEN(COUNT_WHERE("firewall_policy.stateless_default_actions", 1, 1,
				  IS("", STANDARD))),
		 STANDARD_WORDS, NF "CreateFirewallPolicy FirewallPolicy.StatelessDefaultActions"),
	AWS_SAYS("networkfirewall.fragment_default_standard",
		 "awscc.networkfirewall.firewall_policy", AWS_CALL_ANY, ALWAYS,
		 THEN(COUNT_WHERE("firewall_policy.stateless_fragment_default_actions", 1, 1,
				  IS("", STANDARD))),
		 STANDARD_WORDS,
		 NF "CreateFirewallPolicy FirewallPolicy.StatelessFragmentDefaultActions"),
	AWS_SAYS("networkfirewall.policy_tls_kept",
		 "awscc.networkfirewall.firewall_policy", AWS_CALL_UPDATE,
		 WHEN(WAS(SET("firewall_policy.tls_inspection_configuration_arn"))),
		 THEN(SET("firewall_policy.tls_inspection_configuration_arn")),
		 "You can't add or remove a TLSInspectionConfiguration after you create a firewall "
		 "policy.", NF "UpdateFirewallPolicy FirewallPolicy"),
	AWS_SAYS("networkfirewall.policy_tls_not_added",
		 "awscc.networkfirewall.firewall_policy", AWS_CALL_UPDATE,
		 WHEN(WAS(UNSET("firewall_policy.tls_inspection_configuration_arn"))),
		 THEN(UNSET("firewall_policy.tls_inspection_configuration_arn")),
		 "You can't add or remove a TLSInspectionConfiguration after you create a firewall "
		 "policy.", NF "UpdateFirewallPolicy FirewallPolicy"),
	AWS_SAYS("networkfirewall.rule_variables_stateful",
		 "awscc.networkfirewall.rule_group", AWS_CALL_ANY,
		 WHEN(SET("rule_group.rule_variables")), THEN(IS("rule_group_type", "STATEFUL")),
		 "You can only use these for stateful rule groups.",
		 NF "CreateRuleGroup RuleGroup.RuleVariables"),
	AWS_SAYS("networkfirewall.strict_no_priority_keyword",
		 "awscc.networkfirewall.rule_group", AWS_CALL_ANY,
		 WHEN(IS("rule_group.stateful_rule_options.rule_order", "STRICT_ORDER")),
		 THEN(NOT_MATCHES("rule_group.rules_source.rules_string", "(^|[;( ])priority *:")),
		 "You can't use the priority keyword if the RuleOrder option in StatefulRuleOptions "
		 "is set to STRICT_ORDER.", RG "RulesString"),
	AWS_SAYS("networkfirewall.stateful_rule_sid",
		 "awscc.networkfirewall.rule_group", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("rule_group.rules_source.stateful_rules", ALWAYS,
			   THEN(SOME("rule_options", MATCHES("keyword", "^sid"))))),
		 "You must include a sid (signature ID), and can optionally include other keywords.",
		 RG "StatefulRules.RuleOptions.Keyword"),
	AWS_SAYS("networkfirewall.stateless_priorities_unique_in_group",
		 "awscc.networkfirewall.rule_group", AWS_CALL_ANY, ALWAYS,
		 THEN(UNIQUE(STATELESS "[].priority")),
		 "You must ensure that the priority settings are unique for the rule group.",
		 RG "StatelessRulesAndCustomActions.StatelessRules.Priority"),
	AWS_SAYS("networkfirewall.stateless_rule_one_standard",
		 "awscc.networkfirewall.rule_group", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(STATELESS, ALWAYS,
			   THEN(COUNT_WHERE("rule_definition.actions", 1, 1, IS("", STANDARD))))),
		 "For every rule, you must specify exactly one of the following standard actions.",
		 RG "StatelessRulesAndCustomActions.StatelessRules.RuleDefinition.Actions"),
	AWS_SAYS("networkfirewall.rule_ports_ordered",
		 "awscc.networkfirewall.rule_group", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(STATELESS, ALWAYS,
			   THEN(PORTS_ORDERED("rule_definition.match_attributes.destination_ports"),
				PORTS_ORDERED("rule_definition.match_attributes.source_ports")))),
		 FROM_WORDS, RG "StatelessRulesAndCustomActions.StatelessRules.RuleDefinition."
		 "MatchAttributes.DestinationPorts.FromPort"),
	RULE("awscc.networkfirewall.rule_group", "", rule_networkfirewall_tcp_flags,
	     RG "StatelessRulesAndCustomActions.StatelessRules.RuleDefinition.MatchAttributes."
	     "TCPFlags.Flags"),
	AWS_SAYS("networkfirewall.tls_scope_ports_ordered",
		 "awscc.networkfirewall.tls_inspection_configuration", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(TLS_CONFIGS, ALWAYS,
			   THEN(EACH("scopes", ALWAYS, THEN(PORTS_ORDERED("destination_ports"),
							    PORTS_ORDERED("source_ports")))))),
		 FROM_WORDS, TLS_SOURCE "Scopes.DestinationPorts.FromPort"),
	AWS_SAYS("networkfirewall.tls_revocation_ca",
		 "awscc.networkfirewall.tls_inspection_configuration", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(TLS_CONFIGS, WHEN(SET("check_certificate_revocation_status")),
			   THEN(SET("certificate_authority_arn")))),
		 "To check the certificate revocation status, you must also specify a "
		 "CertificateAuthorityArn in ServerCertificateConfiguration.",
		 TLS_SOURCE "CheckCertificateRevocationStatus"),
	AWS_SAYS("networkfirewall.tls_revocation_actions",
		 "awscc.networkfirewall.tls_inspection_configuration", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(TLS_CONFIGS, WHEN(SET("check_certificate_revocation_status")),
			   THEN(SET("check_certificate_revocation_status.revoked_status_action"),
				SET("check_certificate_revocation_status.unknown_status_action")))),
		 "If the certificate has an unknown or revoked status, you must specify the actions "
		 "that Network Firewall takes on outbound traffic.",
		 TLS_SOURCE "CheckCertificateRevocationStatus"),
	{ NULL },
};
