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

/* A telemetry rule's rows (of an account's and of an organization's):
 * AllRegions true with no Regions; the source types of its resource type
 * (an EKS cluster's control plane logs, a VPC's flow logs; Route 53
 * Resolver's query logs AWS ties to no one resource type, and the
 * registry's enums take any pairing). Each row's id and type written out,
 * as gen_words.py reads them. */
#define ALL_REGIONS WHEN(IS("rule.all_regions", "true"))
#define NO_REGIONS THEN(UNSET("rule.regions"))
#define REGIONS_WORDS "Mutually exclusive with Regions."
#define SOURCE_TYPES_OF_RESOURCE_TYPE \
	THEN(EACH("rule.telemetry_source_types", WHEN(MATCHES("", "^EKS_")), \
		  THEN(IS("/rule.resource_type", "AWS::EKS::Cluster"))), \
	     EACH("rule.telemetry_source_types", WHEN(IS("", "VPC_FLOW_LOGS")), \
		  THEN(IS("/rule.resource_type", "AWS::EC2::VPC"))))
#define SOURCE_TYPES_WORDS "TelemetrySourceTypes must be correlated with the specific " \
	"resource type."

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_observabilityadmin[] = {
	/* the tags of each type, whose registry Tag.Key has no pattern against
	 * aws: */
	RULE("awscc.observabilityadmin.*", "tags", rule_tag_list_keys,
	     "CloudFormation registry: AWS::ObservabilityAdmin::TelemetryRule Tag.Key"),
	AWS_SAYS("observabilityadmin.all_regions_or_regions",
		 "awscc.observabilityadmin.telemetry_rule", AWS_CALL_ANY, ALL_REGIONS, NO_REGIONS,
		 REGIONS_WORDS, OA "CreateTelemetryRule Rule.AllRegions"),
	AWS_SAYS("observabilityadmin.source_types_of_resource_type",
		 "awscc.observabilityadmin.telemetry_rule", AWS_CALL_ANY, ALWAYS,
		 SOURCE_TYPES_OF_RESOURCE_TYPE, SOURCE_TYPES_WORDS,
		 OA "CreateTelemetryRule Rule.TelemetrySourceTypes"),
	AWS_SAYS("observabilityadmin.org_all_regions_or_regions",
		 "awscc.observabilityadmin.organization_telemetry_rule", AWS_CALL_ANY, ALL_REGIONS,
		 NO_REGIONS, REGIONS_WORDS, OA "CreateTelemetryRuleForOrganization Rule.AllRegions"),
	AWS_SAYS("observabilityadmin.org_source_types_of_resource_type",
		 "awscc.observabilityadmin.organization_telemetry_rule", AWS_CALL_ANY, ALWAYS,
		 SOURCE_TYPES_OF_RESOURCE_TYPE, SOURCE_TYPES_WORDS,
		 OA "CreateTelemetryRuleForOrganization Rule.TelemetrySourceTypes"),
	{ NULL },
};
