/*
 * omics/rules.c: AWS HealthOmics' (workflows and their versions) rows of the
 * one table of checks (checks/row.h) on the awscc types of a service
 * terrace's own code does not call (its objects are made through Cloud
 * Control alone): the check across the stack of a workflow's definition in
 * a bucket of the stack made in another Region (AWS's words of the census,
 * checks/words/gen_words.py). Its ledger: checks/words/omics.words.
 */
#include "provider/aws/checks/rules.h"

#define OMICS "omics "

/* A workflow's and a workflow version's definition (an s3:// URI) in a
 * bucket of the stack made in another Region (aws_check_bucket_region, at
 * plan). */
static void check_omics_bucket_region(const struct written_resource *rs, size_t n,
				      check_report_fn report, void *ctx)
{
	static const struct aws_bucket_use uses[] = {
		{ "AWS::Omics::Workflow", "definition_uri",
		  "The S3 bucket must be in the same region as the workflow.",
		  OMICS "CreateWorkflow definitionUri" },
		{ "AWS::Omics::WorkflowVersion", "definition_uri",
		  "The S3 bucket must be in the same region as this workflow version.",
		  OMICS "CreateWorkflowVersion definitionUri" },
	};

	aws_check_bucket_region(rs, n, uses, sizeof(uses) / sizeof(*uses), report, ctx);
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_omics[] = {
	ACROSS_ROW("awscc.omics.workflow", check_omics_bucket_region,
		   OMICS "CreateWorkflow, CreateWorkflowVersion definitionUri (a bucket of the stack "
		   "in another Region)"),
	{ NULL },
};
