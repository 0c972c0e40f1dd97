/*
 * appconfig/rules.c: AWS AppConfig's rows of the one table of checks
 * (checks/row.h) on the awscc types of a service terrace's own code does
 * not call (its objects are made through Cloud Control alone): AWS's words
 * of the census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE), and the written rule of an extension's parameters.
 * Its ledger: checks/words/appconfig.words.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "provider/aws/checks/rules.h"
#include "provider/provider.h"

#define AC "appconfig "

/* An extension's parameters (a JSON document, written as an object or as
 * its text, its members by awscc's keys or CloudFormation's): none both
 * dynamic and required. A document not known whole passes. */
int rule_appconfig_extension_parameters(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *params = json_object_get(v, "parameters"), *p;
	json_t *parsed = NULL;
	const char *name;
	int rc = 0;

	(void)r;
	if (json_is_string(params) && !value_not_known(params))
		params = parsed = json_loads(json_string_value(params), 0, NULL);
	if (!json_is_object(params) || value_holds_not_known(params)) {
		json_decref(parsed);
		return 0;
	}
	json_object_foreach((json_t *)params, name, p) {
		if (!json_is_true(aws_doc_member(p, "dynamic")) ||
		    !json_is_true(aws_doc_member(p, "required")))
			continue;
		strbuf_addf(err, "parameters.%s is dynamic and required: AWS says \"Dynamic "
			    "parameters can't be marked Required.\" (" AC "CreateExtension "
			    "Parameters.Dynamic)", name);
		rc = -1;
		break;
	}
	json_decref(parsed);
	return rc;
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_appconfig[] = {
	RULE("awscc.appconfig.extension", "", rule_appconfig_extension_parameters,
	     AC "CreateExtension Parameters.Dynamic"),
	/* a configuration profile's retrieval role for the sources that need
	 * one (not the hosted store, not CodePipeline) */
	AWS_SAYS("appconfig.retrieval_role_for_sources", "awscc.appconfig.configuration_profile",
		 AWS_CALL_ANY,
		 WHEN(MATCHES("location_uri",
			      "^((s3|ssm-parameter|ssm-document|secretsmanager)://|arn:)")),
		 THEN(SET("retrieval_role_arn")),
		 "It is required for all other sources that store your configuration.",
		 AC "CreateConfigurationProfile RetrievalRoleArn"),
	AWS_SAYS("appconfig.lambda_validator_arn", "awscc.appconfig.configuration_profile",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("validators", WHEN(IS("type", "LAMBDA")),
			   THEN(MATCHES("content", "^arn:[^:]+:lambda:")))),
		 "Either the JSON Schema content or the Amazon Resource Name (ARN) of an Lambda "
		 "function.", AC "CreateConfigurationProfile Validators.Content"),
	/* every type's tags */
	AWS_SAYS("appconfig.tag_keys_not_aws", "awscc.appconfig.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(LEN_IN("key", 1, 128), NOT_MATCHES("key", "^aws:")))),
		 "The tag key can be up to 128 characters and must not start with aws:.",
		 AC "TagResource Tags"),
	AWS_SAYS("appconfig.tags_at_most_50", "awscc.appconfig.*", AWS_CALL_ANY, ALWAYS,
		 THEN(LEN_IN("tags", 0, 50)), "You can specify a maximum of 50 tags for a resource.",
		 "CloudFormation registry: AWS::AppConfig::DeploymentStrategy Tags"),
	{ NULL },
};
