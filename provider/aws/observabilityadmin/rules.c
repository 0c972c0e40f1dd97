/*
 * observabilityadmin/rules.c: CloudWatch Observability Admin's (telemetry
 * rules of an account and of an organization, centralization rules,
 * telemetry pipelines, S3 Tables integrations) rows of the one table of
 * checks (checks/row.h) on the awscc types of a service terrace's own code
 * does not call (its objects are made through Cloud Control alone): AWS's
 * words of the census's third scope (checks/words/gen_words.py,
 * sentences.py's THIRD_SCOPE). Its ledger:
 * checks/words/observabilityadmin.words.
 */
#include "provider/aws/checks/rules.h"

#define OA "observabilityadmin "

/* A telemetry rule's (TYPE's, ID its rows' prefix, OP the operation that
 * makes it) rows: AllRegions true with no Regions; the source types of its
 * resource type (an EKS cluster's control plane logs, a VPC's flow logs;
 * Route 53 Resolver's query logs AWS ties to no one resource type, and
 * the registry's enums take any pairing). */
#define TELEMETRY_RULE_ROWS(ID, TYPE, OP) \
	AWS_SAYS(ID "all_regions_or_regions", TYPE, AWS_CALL_ANY, \
		 WHEN(IS("rule.all_regions", "true")), THEN(UNSET("rule.regions")), \
		 "Mutually exclusive with Regions.", OA OP " Rule.AllRegions"), \
	AWS_SAYS(ID "source_types_of_resource_type", TYPE, AWS_CALL_ANY, ALWAYS, \
		 THEN(EACH("rule.telemetry_source_types", WHEN(MATCHES("", "^EKS_")), \
			   THEN(IS("/rule.resource_type", "AWS::EKS::Cluster"))), \
		      EACH("rule.telemetry_source_types", WHEN(IS("", "VPC_FLOW_LOGS")), \
			   THEN(IS("/rule.resource_type", "AWS::EC2::VPC")))), \
		 "TelemetrySourceTypes must be correlated with the specific resource type.", \
		 OA OP " Rule.TelemetrySourceTypes")

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_observabilityadmin[] = {
	/* the tags of each type, whose registry Tag.Key has no pattern against
	 * aws: */
	RULE("awscc.observabilityadmin.*", "tags", rule_tag_list_keys,
	     "CloudFormation registry: AWS::ObservabilityAdmin::TelemetryRule Tag.Key"),
	TELEMETRY_RULE_ROWS("observabilityadmin.", "awscc.observabilityadmin.telemetry_rule",
			    "CreateTelemetryRule"),
	TELEMETRY_RULE_ROWS("observabilityadmin.org_",
			    "awscc.observabilityadmin.organization_telemetry_rule",
			    "CreateTelemetryRuleForOrganization"),
	{ NULL },
};
#undef TELEMETRY_RULE_ROWS
