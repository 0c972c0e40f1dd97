/*
 * personalize/rules.c: Amazon Personalize's rows of the one table of checks
 * (checks/row.h) on the awscc types of a service terrace's own code does
 * not call (its objects are made through Cloud Control alone): AWS's words
 * of the census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE).
 * Its ledger: checks/words/personalize.words.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "provider/aws/checks/rules.h"
#include "provider/provider.h"

#define PZ "personalize "
#define HPO_RESOURCES "solution_config.hpo_config.hpo_resource_config."

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_personalize[] = {
	/* a dataset group's role, for its KMS key */
	AWS_SAYS("personalize.role_needs_kms_key", "awscc.personalize.dataset_group", AWS_CALL_ANY,
		 WHEN(SET("role_arn")), THEN(SET("kms_key_arn")),
		 "Supplying an IAM role is only valid when also specifying a KMS key.",
		 PZ "CreateDatasetGroup roleArn"),

	/* a solution's recipe: one it names, or AutoML's (perform_auto_ml's
	 * default is false) */
	AWS_SAYS("personalize.recipe_without_auto_ml", "awscc.personalize.solution", AWS_CALL_ANY,
		 WHEN(ANY_OF(UNSET("perform_auto_ml"), IS("perform_auto_ml", "false"))),
		 THEN(SET("recipe_arn")), "This is required when performAutoML is false.",
		 PZ "CreateSolution recipeArn"),
	AWS_SAYS("personalize.auto_ml_omits_recipe", "awscc.personalize.solution", AWS_CALL_ANY,
		 WHEN(IS("perform_auto_ml", "true")), THEN(UNSET("recipe_arn")),
		 "In this case, you must omit recipeArn.", PZ "CreateSolution performAutoML"),
	/* hyperparameter optimization's training jobs (numbers the registry
	 * types as strings) */
	AWS_SAYS("personalize.hpo_training_jobs", "awscc.personalize.solution", AWS_CALL_ANY,
		 ALWAYS, THEN(IN(HPO_RESOURCES "max_number_of_training_jobs", 0, 40)),
		 "The maximum value for maxNumberOfTrainingJobs is 40.",
		 PZ "CreateSolution solutionConfig.hpoConfig.hpoResourceConfig."
		    "maxNumberOfTrainingJobs"),
	AWS_SAYS("personalize.hpo_parallel_training_jobs", "awscc.personalize.solution",
		 AWS_CALL_ANY, ALWAYS, THEN(IN(HPO_RESOURCES "max_parallel_training_jobs", 0, 10)),
		 "The maximum value for maxParallelTrainingJobs is 10.",
		 PZ "CreateSolution solutionConfig.hpoConfig.hpoResourceConfig."
		    "maxParallelTrainingJobs"),
	{ NULL },
};
