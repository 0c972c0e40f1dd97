/*
 * appsync/rules.c: AWS AppSync's (GraphQL and Event APIs, data sources,
 * resolvers, functions, channel namespaces, domain names) rows of the one
 * table of checks (checks/row.h) on the awscc types of a service terrace's
 * own code does not call (its objects are made through Cloud Control
 * alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE), and the written
 * rule of a GraphQL API's environment variables' keys. Its ledger:
 * checks/words/appsync.words.
 */
#include <ctype.h>
#include <stdbool.h>
#include <string.h>

#include "provider/aws/checks/rules.h"
#include "provider/provider.h"

#define AS "appsync "
#define ONE_LAMBDA "Be aware that an AWS AppSync API may have only one Lambda authorizer " \
	"configured at a time."
#define NO_CODE UNSET("code"), UNSET("code_s3_location")

/* A GraphQL API's environment variables: each key begins with a letter, is
 * at least two characters long and holds letters, numbers and '_' alone.
 * A map not known yet passes. */
int rule_appsync_environment_keys(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *vars = json_object_get(v, "environment_variables");
	const char *key, *p;
	json_t *value;

	(void)r;
	if (!json_is_object(vars) || value_holds_not_known(vars))
		return 0;
	json_object_foreach((json_t *)vars, key, value) {
		(void)value;
		bool ok = isalpha((unsigned char)key[0]) && strlen(key) >= 2;
		for (p = key; ok && *p; p++)
			ok = isalnum((unsigned char)*p) || *p == '_';
		if (ok)
			continue;
		strbuf_addf(err, "environment_variables: the key \"%s\" is not a letter followed by "
			    "one or more letters, numbers or '_': AWS says \"Keys must begin with a "
			    "letter.\", \"Keys must be at least two characters long.\", \"Keys can only "
			    "contain letters, numbers, and the underscore character (_).\" (appsync "
			    "PutGraphqlApiEnvironmentVariables environmentVariables)", key);
		return -1;
	}
	return 0;
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_appsync[] = {
	RULE("awscc.appsync.graph_ql_api", "", rule_appsync_environment_keys,
	     AS "PutGraphqlApiEnvironmentVariables environmentVariables"),
	/* a GraphQL API's and an Event API's Lambda authorizer, one */
	AWS_SAYS("appsync.one_lambda_authorizer", "awscc.appsync.graph_ql_api", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(COUNT_WHERE("additional_authentication_providers", 0, 1,
				  IS("authentication_type", "AWS_LAMBDA")),
		      ANY_OF(IS_NOT("authentication_type", "AWS_LAMBDA"),
			     COUNT_WHERE("additional_authentication_providers", 0, 0,
					 IS("authentication_type", "AWS_LAMBDA")))),
		 ONE_LAMBDA, "CloudFormation registry: AWS::AppSync::GraphQLApi LambdaAuthorizerConfig"),
	AWS_SAYS("appsync.one_event_lambda_authorizer", "awscc.appsync.api", AWS_CALL_ANY, ALWAYS,
		 THEN(COUNT_WHERE("event_config.auth_providers", 0, 1,
				  IS("auth_type", "AWS_LAMBDA"))),
		 "Be aware that an AppSync API can have only one Lambda authorizer configured at a "
		 "time.", AS "CreateApi eventConfig.authProviders.lambdaAuthorizerConfig"),
	AWS_SAYS("appsync.visibility_kept", "awscc.appsync.graph_ql_api", AWS_CALL_UPDATE,
		 WHEN(WAS(SET("visibility"))), THEN(UNCHANGED("visibility")),
		 "This value cannot be changed once the API has been created.",
		 AS "CreateGraphqlApi visibility"),
	/* a resolver's or a function's code and runtime */
	AWS_SAYS("appsync.code_runtime", "awscc.appsync.*", AWS_CALL_ANY,
		 WHEN(ANY_OF(SET("code"), SET("code_s3_location"))), THEN(SET("runtime")),
		 "When code is used, the runtime is required.", AS "CreateFunction code"),
	AWS_SAYS("appsync.runtime_code", "awscc.appsync.*", AWS_CALL_ANY, WHEN(SET("runtime")),
		 THEN(ANY_OF(SET("code"), SET("code_s3_location"))),
		 "Note that if a runtime is specified, code must also be specified.",
		 AS "CreateFunction runtime"),
	AWS_SAYS("appsync.function_version_vtl", "awscc.appsync.function_configuration",
		 AWS_CALL_ANY, WHEN(UNSET("runtime"), NO_CODE), THEN(SET("function_version")),
		 "Note that when using VTL and mapping templates, the functionVersion is required.",
		 AS "CreateFunction functionVersion"),
	/* a unit resolver in VTL of a data source the stack makes, not Lambda
	 * (crossing the reference: the data source's type) */
	AWS_SAYS("appsync.resolver_templates", "awscc.appsync.resolver", AWS_CALL_ANY,
		 WHEN(NO_CODE, ANY_OF(UNSET("kind"), IS("kind", "UNIT")),
		      IS_NOT("data_source_name->data_source_type", "AWS_LAMBDA")),
		 THEN(ANY_OF(SET("request_mapping_template"),
			     SET("request_mapping_template_s3_location")),
		      ANY_OF(SET("response_mapping_template"),
			     SET("response_mapping_template_s3_location"))),
		 "For all other data sources, VTL request and response mapping templates are "
		 "required.", AS "CreateResolver requestMappingTemplate"),
	/* a resolver's cache */
	AWS_SAYS("appsync.cache_ttl", "awscc.appsync.resolver", AWS_CALL_ANY, ALWAYS,
		 THEN(IN("caching_config.ttl", 1, 3600)), "Valid values are 1–3,600 seconds.",
		 AS "CreateResolver cachingConfig.ttl"),
	AWS_SAYS("appsync.caching_keys_context", "awscc.appsync.resolver", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("caching_config.caching_keys", ALWAYS,
			   THEN(MATCHES("", "^\\$(context|ctx)\\.(arguments|args|source|identity)\\.")))),
		 "Valid values are entries from the $context.arguments, $context.source, and "
		 "$context.identity maps.", AS "CreateResolver cachingConfig.cachingKeys"),
	/* an HTTP data source's endpoint */
	AWS_SAYS("appsync.http_endpoint_scheme", "awscc.appsync.data_source", AWS_CALL_ANY,
		 ALWAYS, THEN(MATCHES("http_config.endpoint", "^[Hh][Tt][Tt][Pp][Ss]?://")),
		 "You can specify either the domain name or IP, and port combination, and the URL "
		 "scheme must be HTTP or HTTPS.", AS "CreateDataSource httpConfig.endpoint"),
	/* a custom domain's API, made by the stack, not private (crossing the
	 * reference) */
	AWS_SAYS("appsync.domain_api_not_private", "awscc.appsync.domain_name_api_association",
		 AWS_CALL_ANY, ALWAYS, THEN(IS_NOT("api_id->visibility", "PRIVATE")),
		 "Private APIs can not be associated with custom domains.", AS "AssociateApi apiId"),
	{ NULL },
};
