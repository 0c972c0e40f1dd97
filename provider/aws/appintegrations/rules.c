/*
 * appintegrations/rules.c: Amazon AppIntegrations' (applications, data and
 * event integrations) rows of the one table of checks (checks/row.h) on the
 * awscc types of a service terrace's own code does not call (its objects
 * are made through Cloud Control alone): AWS's words of the census's third
 * scope (checks/words/gen_words.py, sentences.py's THIRD_SCOPE). Its
 * ledger: checks/words/appintegrations.words.
 */
#include "provider/aws/checks/rules.h"

#define AI "CloudFormation registry: AWS::AppIntegrations::Application "

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_appintegrations[] = {
	/* an application that is a service: its timeout, no configuration */
	AWS_SAYS("appintegrations.service_initialization_timeout",
		 "awscc.appintegrations.application", AWS_CALL_ANY,
		 WHEN(IS("is_service", "true")), THEN(SET("initialization_timeout")),
		 "Required when IsService is true.", AI "InitializationTimeout"),
	AWS_SAYS("appintegrations.service_no_application_config",
		 "awscc.appintegrations.application", AWS_CALL_ANY,
		 WHEN(IS("is_service", "true")), THEN(UNSET("application_config")),
		 "Cannot be used when IsService is true.", AI "ApplicationConfig"),
	{ NULL },
};
