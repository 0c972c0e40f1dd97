/*
 * appconfig/rules.c: AWS AppConfig's rows of the one table of checks
 * (checks/row.h) on the awscc types of a service terrace's own code does
 * not call (its objects are made through Cloud Control alone): AWS's words
 * of the census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE), the written rules of an extension's parameters and of a
 * configuration profile's location URI's forms, and the
 * check across the stack of an extension association's values for the
 * parameters its extension (the stack's) requires.
 * Its ledger: checks/words/appconfig.words.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "provider/aws/checks/kinds/api.h"
#include "provider/aws/checks/rules.h"
#include "provider/provider.h"

#define AC "appconfig "

/* The parameters of extension config `ext` (a JSON document written as an
 * object or as its text, its members by awscc's keys or CloudFormation's);
 * NULL: none, or not known whole. *parsed: the new reference to release. */
static const json_t *extension_parameters(const json_t *ext, json_t **parsed)
{
	const json_t *params = aws_doc_json(json_object_get(ext, "parameters"), parsed);

	return json_is_object(params) && !value_holds_not_known(params) ? params : NULL;
}

/* An extension's parameters: none both dynamic and required. A document
 * not known whole passes. */
int rule_appconfig_extension_parameters(const json_t *v, const json_t *r, struct strbuf *err)
{
	json_t *parsed;
	const json_t *params = extension_parameters(v, &parsed), *p;
	const char *name;
	int rc = 0;

	(void)r;
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

/* Each extension association of the stack naming the stack's extension
 * (${NAME.arn}, .extension_id, .id or .name; no version number of its own,
 * whose parameters the written extension may not hold): every parameter
 * the extension marks Required (and not Dynamic, given at its action point
 * instead) among the association's parameters, when they are known. */
static void check_appconfig_required_parameters(const struct written_resource *rs, size_t n,
						check_report_fn report, void *ctx)
{
	static const char *const ext_attrs[] = { "arn", "extension_id", "id", "name", NULL };

	for (size_t i = 0; i < n; i++) {
		const json_t *given, *params, *p;
		const char *ref, *name;
		json_t *parsed;
		size_t e;

		if (!aws_awscc_type_is(rs[i].type, "AWS::AppConfig::ExtensionAssociation") || rs[i].repeated ||
		    json_object_get(rs[i].config, "extension_version_number"))
			continue;
		ref = json_string_value(json_object_get(rs[i].config, "extension_identifier"));
		e = aws_written_named(rs, n, &rs[i], ref, "awscc.appconfig.extension", ext_attrs);
		given = json_object_get(rs[i].config, "parameters");
		if (e == WRITTEN_NONE || (given && (!json_is_object(given) || value_not_known(given))))
			continue;
		params = extension_parameters(rs[e].config, &parsed);
		json_object_foreach((json_t *)params, name, p) {
			char msg[640];
			if (!json_is_true(aws_doc_member(p, "required")) ||
			    json_is_true(aws_doc_member(p, "dynamic")) || json_object_get(given, name))
				continue;
			snprintf(msg, sizeof(msg),
				 "parameters: it gives no \"%s\", which extension \"%s\" marks "
				 "Required: AWS says \"Extension parameters marked Required must be "
				 "entered for this field.\" (" AC "CreateExtensionAssociation Parameters)",
				 name, rs[e].name);
			report(ctx, &(struct check_finding){
				.warning = false, .which = i, .attr = "parameters", .other = e,
				.other_attr = "parameters", .message = msg });
			break;
		}
		json_decref(parsed);
	}
}

/* appconfig CreateConfigurationProfile LocationUri: "A URI to locate the
 * configuration. You can specify the following:" hosted; an SSM parameter
 * as ssm-parameter://NAME "or the ARN"; codepipeline://NAME;
 * secretsmanager://NAME; an S3 object as "s3://<bucket>/<objectKey>"; an
 * SSM document as ssm-document://NAME "or the Amazon Resource Name (ARN)".
 * So an ARN is a form for an SSM parameter or document alone (another
 * service's, a bucket's above all, is none of the forms), and an S3 URI
 * names an object's key. An ARN is told by its text or, for a reference
 * not known yet, by the kind of what it names (${bucket.arn}: an S3
 * bucket's ARN); text of no form at all is left (AWS does not say it is
 * refused), as is a value not known. */
#define AC_LOCATION_S3 "For an Amazon S3 object, specify the URI in the following format: " \
	"s3://<bucket>/<objectKey>."
static int rule_appconfig_location_uri(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *loc = json_object_get(v, "location_uri");
	const char *s = value_known_string(loc), *resource = NULL;
	char service[64];

	(void)r;
	if (s && !strncmp(s, "s3://", 5)) {
		const char *key = strchr(s + 5, '/');
		if (key && key > s + 5 && key[1])
			return 0;
		strbuf_addstr(err, "location_uri: ");
		aws_constraint_quote(err, s);
		strbuf_addstr(err, " names no object's key: AWS says \"" AC_LOCATION_S3 "\" (appconfig "
			      "CreateConfigurationProfile LocationUri) (e.g. "
			      "s3://amzn-s3-demo-bucket/my-app/config.json)");
		return -1;
	}
	if (!aws_arn_service_of(loc, service, sizeof(service)))
		return 0;
	if (s) /* the ARN's resource: after its fifth ':' */
		for (int i = 0; i < 5 && (resource = strchr(resource ? resource : s, ':')); i++)
			resource++;
	if (!strcmp(service, "ssm") &&
	    (!s || (resource && (!strncmp(resource, "parameter/", 10) ||
				 !strncmp(resource, "document/", 9)))))
		return 0;
	strbuf_addstr(err, "location_uri: ");
	if (s)
		aws_constraint_quote(err, s);
	else
		strbuf_addstr(err, "what the reference gives");
	strbuf_addf(err, " is an ARN of %s, where AWS takes an ARN for an SSM parameter or document "
		    "alone: AWS says \"A URI to locate the configuration. You can specify the "
		    "following:\" hosted, ssm-parameter://, codepipeline://, secretsmanager://, "
		    "ssm-document:// or an SSM ARN, and \"" AC_LOCATION_S3 "\" (appconfig "
		    "CreateConfigurationProfile LocationUri)%s", service,
		    !strcmp(service, "s3") ? " (e.g. location_uri: s3://BUCKET/KEY, the object "
					     "holding the configuration)" : "");
	return -1;
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_appconfig[] = {
	RULE("awscc.appconfig.extension", "", rule_appconfig_extension_parameters,
	     AC "CreateExtension Parameters.Dynamic"),
	ACROSS_ROW("awscc.appconfig.extension_association", check_appconfig_required_parameters,
		   AC "CreateExtensionAssociation Parameters (those its extension marks Required)"),
	RULE("awscc.appconfig.configuration_profile", "", rule_appconfig_location_uri,
	     AC "CreateConfigurationProfile LocationUri"),
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
