/*
 * globalaccelerator/rules.c: AWS Global Accelerator's (accelerators,
 * listeners, endpoint groups, cross-account attachments) rows of the one
 * table of checks (checks/row.h) on the awscc types of a service terrace's
 * own code does not call (its objects are made through Cloud Control
 * alone): AWS's words of the census's third scope (checks/words/
 * gen_words.py, sentences.py's THIRD_SCOPE: botocore's globalaccelerator),
 * and the check across the stack of its endpoint groups' Regions. Its
 * ledger: checks/words/globalaccelerator.words.
 */
#include "provider/aws/checks/rules.h"

#define GA "globalaccelerator "

/* Two endpoint groups of the stack on one listener (its listener_arn
 * written alike) in one Region (aws_check_one_per_parent); the listener's
 * endpoint groups made outside the stack are its own at the call. */
static void check_globalaccelerator_endpoint_group_regions(const struct written_resource *rs,
							   size_t n, check_report_fn report,
							   void *ctx)
{
	static const struct aws_one_per_parent u = {
		"AWS::GlobalAccelerator::EndpointGroup", "listener_arn", "endpoint_group_region",
		"endpoint group", "listener",
		"A listener can have only one endpoint group in a specific Region.",
		GA "CreateEndpointGroup EndpointGroupRegion" };

	aws_check_one_per_parent(rs, n, &u, report, ctx);
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_globalaccelerator[] = {
	ACROSS_ROW("awscc.globalaccelerator.endpoint_group",
		   check_globalaccelerator_endpoint_group_regions,
		   GA "CreateEndpointGroup EndpointGroupRegion (the stack's groups on one listener)"),
	/* an accelerator's name's ends (its characters: the registry's pattern,
	 * ^[a-zA-Z0-9_-]{0,64}$, which takes an underscore the sentence leaves
	 * out) */
	AWS_SAYS("globalaccelerator.name_ends", "awscc.globalaccelerator.accelerator",
		 AWS_CALL_ANY, ALWAYS, THEN(NOT_MATCHES("name", "^[-.]|[-.]$")),
		 "The name can have a maximum of 64 characters, must contain only alphanumeric "
		 "characters, periods (.), or hyphens (-), and must not begin or end with a hyphen "
		 "or period.", GA "CreateAccelerator Name"),
	/* the registry bounds it 10 to 30 */
	AWS_SAYS("globalaccelerator.health_check_interval_10_or_30",
		 "awscc.globalaccelerator.endpoint_group", AWS_CALL_ANY,
		 WHEN(SET("health_check_interval_seconds")),
		 THEN(IS("health_check_interval_seconds", "10", "30")), "Must be a value of 10 or 30",
		 "CloudFormation registry: AWS::GlobalAccelerator::EndpointGroup "
		 "HealthCheckIntervalSeconds"),
	{ NULL },
};
