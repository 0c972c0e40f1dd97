/*
 * servicecatalog/rules.c: AWS Service Catalog's (products, portfolios,
 * constraints, shares, service actions) rows of the one table of checks
 * (checks/row.h) on the awscc types of a service terrace's own code does not
 * call (its objects are made through Cloud Control alone): AWS's words of
 * the census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE), and the check across the stack of the launch and stack set
 * constraints a product and portfolio take. Its ledger:
 * checks/words/servicecatalog.words.
 */
#include <stdio.h>
#include <string.h>

#include "provider/aws/checks/kinds/api.h"
#include "provider/aws/checks/rules.h"

#define SC "servicecatalog "
#define INFO_URL "info.load_template_from_url"
#define INFO_STACK "info.import_from_physical_id"

/* The kind of constraint resource k of rs is, "LAUNCH" or "STACKSET", as
 * CreateConstraint's Type names it; NULL: another resource. */
static const char *constraint_type(const struct written_resource *rs, size_t k)
{
	if (rs[k].repeated)
		return NULL;
	if (aws_awscc_type_is(rs[k].type, "AWS::ServiceCatalog::LaunchRoleConstraint"))
		return "LAUNCH";
	if (aws_awscc_type_is(rs[k].type, "AWS::ServiceCatalog::StackSetConstraint"))
		return "STACKSET";
	return NULL;
}

/* Whether attribute attr of resources a and b is written the same (one
 * literal, or one reference): the same object. */
static bool written_same(const struct written_resource *rs, size_t a, size_t b, const char *attr)
{
	const char *x = json_string_value(json_object_get(rs[a].config, attr));
	const char *y = json_string_value(json_object_get(rs[b].config, attr));

	return x && y && !strcmp(x, y);
}

/* Two constraints of the stack on one product and portfolio: no two
 * LAUNCH, no two STACKSET, not a LAUNCH and a STACKSET (each after the
 * first is refused). */
static void check_servicecatalog_constraints(const struct written_resource *rs, size_t n,
					     check_report_fn report, void *ctx)
{
	for (size_t at = 0; at < n; at++) {
		const char *type = constraint_type(rs, at), *other = NULL, *words;
		size_t k;
		char msg[512];

		for (k = 0; type && k < at; k++)
			if ((other = constraint_type(rs, k)) && written_same(rs, at, k, "product_id") &&
			    written_same(rs, at, k, "portfolio_id"))
				break;
		if (!type || k == at)
			continue;
		words = strcmp(type, other) ? "You cannot have both a LAUNCH and a STACKSET constraint."
			: !strcmp(type, "LAUNCH") ? "You also cannot have more than one LAUNCH "
						    "constraint on a product and portfolio."
						  : "You also cannot have more than one STACKSET "
						    "constraint on a product and portfolio.";
		snprintf(msg, sizeof(msg), "a %s constraint on the product and portfolio of %s, a %s "
			 "constraint: AWS says \"%s\" (" SC "CreateConstraint Parameters)", type,
			 rs[k].name, other, words);
		report(ctx, &(struct check_finding){ .warning = false, .which = at,
						     .attr = "product_id", .other = WRITTEN_NONE,
						     .message = msg });
	}
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_servicecatalog[] = {
	/* a product of a source connection takes its template from the
	 * connection: the one source is asked of the others */
	AWS_SAYS("servicecatalog.one_template_source",
		 "awscc.servicecatalog.cloudformation_product", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("provisioning_artifact_parameters", WHEN(SET(INFO_URL)),
			   THEN(UNSET(INFO_STACK))),
		      EACH("provisioning_artifact_parameters", WHEN(UNSET("/source_connection")),
			   THEN(ANY_OF(SET(INFO_URL), SET(INFO_STACK))))),
		 "Specify the template source with one of the following options, but not both.",
		 SC "CreateProduct ProvisioningArtifactParameters.Info"),
	AWS_SAYS("servicecatalog.source_connection_codestar",
		 "awscc.servicecatalog.cloudformation_product", AWS_CALL_ANY, ALWAYS,
		 THEN(IS("source_connection.type", "CODESTAR")),
		 "The only supported SourceConnection type is Codestar.",
		 SC "CreateProduct SourceConnection.Type"),
	/* the sentence's four and the marketplace's two that botocore's enum
	 * and the registry's own copy keep (cfn-lint's copy, terrace's, has no
	 * enum): whether CreateProduct refuses MARKETPLACE_AMI or
	 * MARKETPLACE_CAR is not said */
	AWS_SAYS("servicecatalog.artifact_type_values",
		 "awscc.servicecatalog.cloudformation_product", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("provisioning_artifact_parameters", ALWAYS,
			   THEN(IS("type", "CLOUD_FORMATION_TEMPLATE", "TERRAFORM_OPEN_SOURCE",
				   "TERRAFORM_CLOUD", "EXTERNAL", "MARKETPLACE_AMI",
				   "MARKETPLACE_CAR")))),
		 "Valid values are CLOUD_FORMATION_TEMPLATE, TERRAFORM_OPEN_SOURCE, TERRAFORM_CLOUD, "
		 "EXTERNAL",
		 "CloudFormation registry: AWS::ServiceCatalog::CloudFormationProduct "
		 "ProvisioningArtifactProperties.Type"),
	ACROSS_ROW("awscc.servicecatalog.*", check_servicecatalog_constraints,
		   SC "CreateConstraint Parameters (LAUNCH and STACKSET)"),
	{ NULL },
};
