/*
 * databrew/rules.c: AWS Glue DataBrew's (datasets, jobs, projects, recipes,
 * rulesets, schedules) rows of the one table of checks (checks/row.h) on
 * the awscc types of a service terrace's own code does not call (its
 * objects are made through Cloud Control alone): AWS's words of the
 * census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE: botocore's databrew). Its ledger: checks/words/databrew.words.
 */
#include "provider/aws/checks/rules.h"

#define DATABREW "databrew "

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_databrew[] = {
	/* every type's name (the model bounds its length alone) */
	AWS_SAYS("databrew.name_chars", "awscc.databrew.*", AWS_CALL_CREATE, ALWAYS,
		 THEN(MATCHES("name", "^[A-Za-z0-9. -]*$")),
		 "Valid characters are alphanumeric (A-Z, a-z, 0-9), hyphen (-), period (.), and "
		 "space.", DATABREW "CreateDataset Name"),
	/* a dataset's datetime path parameters */
	AWS_SAYS("databrew.datetime_parameter_options", "awscc.databrew.dataset", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("path_options.parameters",
			   WHEN(IS("dataset_parameter.type", "Datetime")),
			   THEN(SET("dataset_parameter.datetime_options")))),
		 "Required for datetime parameters.",
		 DATABREW "CreateDataset PathOptions.Parameters.DatetimeOptions"),
	/* a recipe job's recipe: its project's, or its own with a dataset */
	AWS_SAYS("databrew.recipe_job_project_or_recipe", "awscc.databrew.job", AWS_CALL_CREATE,
		 WHEN(IS("job_type", "RECIPE"), UNSET("project_name")),
		 THEN(SET("recipe"), SET("dataset_name")),
		 "Either the name of an existing project, or a combination of a recipe and a "
		 "dataset to associate with the recipe.", DATABREW "CreateRecipeJob ProjectName"),
	/* a Data Catalog output's overwrite, not with database options */
	AWS_SAYS("databrew.catalog_overwrite_not_database", "awscc.databrew.job", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("data_catalog_outputs", WHEN(SET("database_options")),
			   THEN(IS_NOT("overwrite", "true")))),
		 "Not supported with DatabaseOptions.",
		 DATABREW "CreateRecipeJob DataCatalogOutputs.Overwrite"),
	/* a ruleset's column selectors: a name or a regular expression */
	AWS_SAYS("databrew.cfn_selector_name_or_regex", "awscc.databrew.ruleset", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("rules", ALWAYS,
			   THEN(EACH("column_selectors", ALWAYS,
				     THEN(ANY_OF(SET("name"), SET("regex"))))))),
		 "One selector includes either a column name or a regular expression",
		 "CloudFormation registry: AWS::DataBrew::Ruleset ColumnSelector"),
	{ NULL },
};
