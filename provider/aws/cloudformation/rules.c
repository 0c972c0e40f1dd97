/*
 * cloudformation/rules.c: AWS CloudFormation's rows of the one table of
 * checks (checks/row.h) on the awscc types of a service terrace's own code
 * does not call (stacks, stack sets and registry extensions made through
 * Cloud Control alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE), and the written
 * rules of a template's capabilities and size, a stack set's concurrency
 * and a Guard hook's inputs, and at plan a stack policy URL's Region (its
 * S3 host's) against the provider's. Its ledger:
 * checks/words/cloudformation.words.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "provider/aws/checks/kinds/api.h"
#include "provider/aws/checks/rules.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

#define CFN "cloudformation "
#define PREFS "operation_preferences."
/* a type named by its ARN, else by its name */
#define NAMED(ARN, NAME) THEN(ANY_OF(SET(ARN), SET(NAME)))
#define RESERVED "^(Alexa|AMZN|Amazon|AWS|Custom|Dev)::"

/* A JSON document written as an object, or as its JSON text (a template in
 * YAML, or not known yet: NULL). *parsed: the new reference to release. */
static const json_t *document(const json_t *v, json_t **parsed)
{
	v = aws_doc_json(v, parsed);
	return v && !value_holds_not_known(v) ? v : NULL;
}

static bool has_capability(const json_t *r, const char *name)
{
	const json_t *caps = json_object_get(r, "capabilities"), *c;
	size_t i;

	json_array_foreach(caps, i, c)
		if (json_is_string(c) && !strcmp(json_string_value(c), name))
			return true;
	return false;
}

/* The IAM resource types that need CAPABILITY_IAM or CAPABILITY_NAMED_IAM,
 * and the property that names each (needing CAPABILITY_NAMED_IAM). */
static const char *const iam_types[][2] = {
	{ "AWS::IAM::AccessKey", NULL }, { "AWS::IAM::Group", "GroupName" },
	{ "AWS::IAM::InstanceProfile", "InstanceProfileName" },
	{ "AWS::IAM::ManagedPolicy", "ManagedPolicyName" }, { "AWS::IAM::Policy", NULL },
	{ "AWS::IAM::Role", "RoleName" }, { "AWS::IAM::User", "UserName" },
	{ "AWS::IAM::UserToGroupAddition", NULL },
};

/* A stack's or stack set's template written inline (template_body, a JSON
 * document or its text; YAML, a URL or a value not known pass): an IAM
 * resource with CAPABILITY_IAM or CAPABILITY_NAMED_IAM, a named one with
 * CAPABILITY_NAMED_IAM, a template with macros (Transform) with
 * CAPABILITY_AUTO_EXPAND, a stack's body of at most 51,200 bytes. */
int rule_cloudformation_template(const json_t *v, const json_t *r, struct strbuf *err)
{
	json_t *parsed;
	const json_t *tpl = document(json_object_get(v, "template_body"), &parsed);
	const json_t *resources, *res;
	const char *name;
	int rc = 0;

	(void)r;
	if (!json_is_object(tpl))
		goto out;
	if (json_is_object(json_object_get(v, "template_body"))) {
		char *text = json_dumps(tpl, JSON_COMPACT);
		size_t n = text ? strlen(text) : 0;
		free(text);
		if (n > 51200) {
			strbuf_addf(err, "template_body is %zu bytes: AWS says \"Structure that contains "
				    "the template body with a minimum length of 1 byte and a maximum "
				    "length of 51,200 bytes.\" (" CFN "CreateStack TemplateBody)", n);
			rc = -1;
			goto out;
		}
	}
	if (json_object_get(tpl, "Transform") && !has_capability(v, "CAPABILITY_AUTO_EXPAND")) {
		strbuf_addstr(err, "template_body has a Transform (macros) and capabilities lacks "
			      "CAPABILITY_AUTO_EXPAND: AWS says \"If your stack template contains one or "
			      "more macros, and you choose to create a stack directly from the "
			      "processed template, without first reviewing the resulting changes in a "
			      "change set, you must acknowledge this capability.\" (" CFN "CreateStack "
			      "Capabilities)");
		rc = -1;
		goto out;
	}
	resources = json_object_get(tpl, "Resources");
	json_object_foreach((json_t *)resources, name, res) {
		const json_t *type = json_object_get(res, "Type");
		for (size_t i = 0; json_is_string(type) && i < sizeof(iam_types) / sizeof(*iam_types);
		     i++) {
			const char *prop = iam_types[i][1];
			bool named;
			if (strcmp(json_string_value(type), iam_types[i][0]))
				continue;
			named = prop && json_object_get(json_object_get(res, "Properties"), prop);
			if (has_capability(v, "CAPABILITY_NAMED_IAM") ||
			    (!named && has_capability(v, "CAPABILITY_IAM")))
				break;
			strbuf_addf(err, "template_body's %s is %s%s and capabilities lacks %s: AWS says "
				    "\"%s\" (" CFN "CreateStack Capabilities)", name,
				    json_string_value(type), named ? " with a name" : "",
				    named ? "CAPABILITY_NAMED_IAM" : "CAPABILITY_IAM or "
				    "CAPABILITY_NAMED_IAM",
				    named ? "If you have IAM resources with custom names, you must "
					    "specify CAPABILITY_NAMED_IAM."
					  : "The following IAM resources require you to specify either "
					    "the CAPABILITY_IAM or CAPABILITY_NAMED_IAM capability.");
			rc = -1;
			goto out;
		}
	}
out:
	json_decref(parsed);
	return rc;
}

/* A stack set's operation preferences: with STRICT_FAILURE_TOLERANCE, at
 * most one more concurrent account than the failures tolerated. */
int rule_cloudformation_stack_set_concurrency(const json_t *v, const json_t *r,
					       struct strbuf *err)
{
	const json_t *prefs = json_object_get(v, "operation_preferences");
	const json_t *mode = json_object_get(prefs, "concurrency_mode");
	const json_t *most = json_object_get(prefs, "max_concurrent_count");
	const json_t *tolerated = json_object_get(prefs, "failure_tolerance_count");

	(void)r;
	if (!json_is_string(mode) || strcmp(json_string_value(mode), "STRICT_FAILURE_TOLERANCE") ||
	    !json_is_number(most) || !json_is_number(tolerated) ||
	    json_number_value(most) <= json_number_value(tolerated) + 1)
		return 0;
	strbuf_addf(err, "operation_preferences.max_concurrent_count %g is more than one above "
		    "failure_tolerance_count %g: AWS says \"MaxConcurrentCount is at most one more "
		    "than the FailureToleranceCount if you're using STRICT_FAILURE_TOLERANCE.\" ("
		    CFN "CreateStackInstances OperationPreferences.MaxConcurrentCount)",
		    json_number_value(most), json_number_value(tolerated));
	return -1;
}

/* A Guard hook's input parameters: one S3 location, or a list of at most 10. */
int rule_cloudformation_guard_inputs(const json_t *v, const json_t *r, struct strbuf *err)
{
	json_t *parsed;
	const json_t *inputs = document(json_object_get(json_object_get(v, "options"),
							 "input_params"), &parsed);
	int rc = 0;

	(void)r;
	if (json_is_array(inputs) && json_array_size(inputs) > 10) {
		strbuf_addf(err, "options.input_params has %zu locations: AWS says \"You can specify "
			    "either a single S3 location or an array of up to 10 S3 locations.\" "
			    "(CloudFormation registry: AWS::CloudFormation::GuardHook "
			    "Options.InputParams)", json_array_size(inputs));
		rc = -1;
	}
	json_decref(parsed);
	return rc;
}

/* The Region an S3 URL's host names (https://BUCKET.s3.REGION.amazonaws.com/...,
 * s3-REGION, s3.dualstack.REGION, path style alike) into region (of size
 * n); false when it names none (s3.amazonaws.com, s3-external-1, an
 * s3:// URL, another host). */
static bool url_s3_region(const char *url, char *region, size_t n)
{
	const char *host = strstr(url, "://"), *at, *stop, *end, *dot;
	size_t len;

	if (!host || strncmp(url, "http", 4))
		return false;
	host += 3;
	stop = host + strcspn(host, "/?#:");
	for (at = host; at < stop; at = dot + 1) {
		if (!strncmp(at, "s3.", 3) || !strncmp(at, "s3-", 3))
			break;
		if (!(dot = memchr(at, '.', (size_t)(stop - at))))
			return false;
	}
	if (at >= stop)
		return false;
	at += 3;
	if (!strncmp(at, "dualstack.", 10))
		at += 10;
	if (!(end = memchr(at, '.', (size_t)(stop - at))) ||
	    strncmp(end, ".amazonaws.com", 14) ||
	    (end + 14 != stop && (strncmp(end + 14, ".cn", 3) || end + 17 != stop)))
		return false;
	len = (size_t)(end - at);
	/* a Region's name: two letters, -word parts, ending in -DIGITS */
	if (len < 6 || len >= n || strspn(at, "abcdefghijklmnopqrstuvwxyz-0123456789") < len ||
	    at[2] != '-' || at[len - 1] < '0' || at[len - 1] > '9' || !strncmp(at, "external-", 9))
		return false;
	memcpy(region, at, len);
	region[len] = '\0';
	return true;
}

/* At plan, each stack (created or changed) whose stack_policy_url names an
 * S3 host of another Region than its provider's client sends to. */
static void check_cloudformation_policy_region(const struct written_resource *rs, size_t n,
					       check_report_fn report, void *ctx)
{
	for (size_t i = 0; i < n; i++) {
		const json_t *attrs = rs[i].known ? rs[i].known : rs[i].config;
		const char *url = value_known_string(json_object_get(attrs, "stack_policy_url"));
		const char *mine;
		char region[32], msg[800];

		if (!rs[i].client || !aws_awscc_type_is(rs[i].type, "AWS::CloudFormation::Stack") || !url ||
		    !url_s3_region(url, region, sizeof(region)) ||
		    !(mine = aws_client_region(rs[i].client)) || !strcmp(region, mine))
			continue;
		snprintf(msg, sizeof(msg),
			 "stack_policy_url: \"%s\" is in %s, and the stack is made in %s: AWS says "
			 "\"The URL must point to a policy (maximum size: 16 KB) located in an S3 "
			 "bucket in the same Region as the stack.\" (" CFN "CreateStack StackPolicyURL)",
			 url, region, mine);
		report(ctx, &(struct check_finding){ .warning = false, .which = i,
						     .attr = "stack_policy_url",
						     .other = WRITTEN_NONE, .message = msg });
	}
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_cloudformation[] = {
	/* stacks: a template's capabilities and size, names, URLs, policies */
	RULE("awscc.cloudformation.stack", "", rule_cloudformation_template,
	     CFN "CreateStack Capabilities"),
	RULE("awscc.cloudformation.stack_set", "", rule_cloudformation_template,
	     CFN "CreateStackSet Capabilities"),
	ACROSS_ROW("awscc.cloudformation.stack", check_cloudformation_policy_region,
		   CFN "CreateStack StackPolicyURL (a bucket in the same Region as the stack)"),
	AWS_SAYS("cloudformation.stack_name", "awscc.cloudformation.stack", AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("stack_name", "^[A-Za-z]"), LEN_IN("stack_name", 1, 128)),
		 "It must start with an alphabetical character and can't be longer than 128 "
		 "characters.", CFN "CreateStack StackName"),
	AWS_SAYS("cloudformation.template_body_or_url", "awscc.cloudformation.*", AWS_CALL_ANY,
		 WHEN(SET("template_body")), THEN(UNSET("template_url")),
		 "Conditional: You must specify either TemplateBody or TemplateURL, but not both.",
		 CFN "CreateStack TemplateBody"),
	AWS_SAYS("cloudformation.stack_policy_one", "awscc.cloudformation.stack", AWS_CALL_ANY,
		 WHEN(SET("stack_policy_body")), THEN(UNSET("stack_policy_url")),
		 "You can specify either the StackPolicyBody or the StackPolicyURL parameter, but "
		 "not both.", CFN "CreateStack StackPolicyBody"),
	AWS_SAYS("cloudformation.urls_not_website", "awscc.cloudformation.*", AWS_CALL_ANY, ALWAYS,
		 THEN(NOT_MATCHES("template_url", "s3-website"),
		      NOT_MATCHES("stack_policy_url", "s3-website")),
		 "URLs from S3 static websites are not supported.", CFN "CreateStack TemplateURL"),
	AWS_SAYS("cloudformation.urls_https", "awscc.cloudformation.*", AWS_CALL_ANY, ALWAYS,
		 THEN(NOT_MATCHES("template_url", "^([Hh][Tt][Tt][Pp]|[Ss]3)://"),
		      NOT_MATCHES("stack_policy_url", "^([Hh][Tt][Tt][Pp]|[Ss]3)://")),
		 "The location for an Amazon S3 bucket must start with https://.",
		 CFN "CreateStack TemplateURL"),
	AWS_SAYS("cloudformation.tag_lengths", "awscc.cloudformation.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(LEN_IN("key", 1, 128), LEN_IN("value", 0, 256)))),
		 "You can specify a maximum of 128 characters for a tag key.",
		 CFN "CreateStack Tags.Key"),

	/* stack sets: the permission model's roles and auto-deployment,
	 * operation preferences, deployment targets */
	AWS_SAYS("cloudformation.self_managed_roles", "awscc.cloudformation.stack_set", AWS_CALL_ANY,
		 WHEN(IS("permission_model", "SERVICE_MANAGED")),
		 THEN(UNSET("administration_role_arn"), UNSET("execution_role_name")),
		 "Valid only if the permissions model is SELF_MANAGED.",
		 CFN "CreateStackSet AdministrationRoleARN"),
	AWS_SAYS("cloudformation.service_managed_auto_deployment", "awscc.cloudformation.stack_set",
		 AWS_CALL_CREATE, WHEN(IS("permission_model", "SERVICE_MANAGED")),
		 THEN(SET("auto_deployment")), "Required if the permissions model is SERVICE_MANAGED.",
		 CFN "CreateStackSet AutoDeployment"),
	AWS_SAYS("cloudformation.auto_deployment_service_managed", "awscc.cloudformation.stack_set",
		 AWS_CALL_ANY, WHEN(SET("auto_deployment")),
		 THEN(SET("permission_model"), IS("permission_model", "SERVICE_MANAGED")),
		 "Specify only if PermissionModel is SERVICE_MANAGED.",
		 "CloudFormation registry: AWS::CloudFormation::StackSet AutoDeployment"),
	AWS_SAYS("cloudformation.retain_stacks_when_enabled", "awscc.cloudformation.stack_set",
		 AWS_CALL_ANY, WHEN(SET("auto_deployment.retain_stacks_on_account_removal")),
		 THEN(SET("auto_deployment.enabled"), IS("auto_deployment.enabled", "true")),
		 "Specify only if Enabled is set to True.",
		 "CloudFormation registry: AWS::CloudFormation::StackSet AutoDeployment."
		 "RetainStacksOnAccountRemoval"),
	AWS_SAYS("cloudformation.call_as_service_managed", "awscc.cloudformation.stack_set",
		 AWS_CALL_ANY, WHEN(IS("call_as", "DELEGATED_ADMIN")),
		 THEN(SET("permission_model"), IS("permission_model", "SERVICE_MANAGED")),
		 "Valid only if the permissions model is SERVICE_MANAGED.", CFN "CreateStackSet CallAs"),
	AWS_SAYS("cloudformation.tolerance_count_or_percentage", "awscc.cloudformation.stack_set",
		 AWS_CALL_ANY,
		 WHEN(SET(PREFS "failure_tolerance_count")), THEN(UNSET(PREFS "failure_tolerance_percentage")),
		 "You can specify either FailureToleranceCount or FailureTolerancePercentage, but "
		 "not both.", CFN "CreateStackInstances OperationPreferences.FailureToleranceCount"),
	AWS_SAYS("cloudformation.concurrency_count_or_percentage", "awscc.cloudformation.stack_set",
		 AWS_CALL_ANY, WHEN(SET(PREFS "max_concurrent_count")),
		 THEN(UNSET(PREFS "max_concurrent_percentage")),
		 "You can specify either MaxConcurrentCount or MaxConcurrentPercentage, but not both.",
		 CFN "CreateStackInstances OperationPreferences.MaxConcurrentCount"),
	RULE("awscc.cloudformation.stack_set", "", rule_cloudformation_stack_set_concurrency,
	     CFN "CreateStackInstances OperationPreferences.MaxConcurrentCount"),
	AWS_SAYS("cloudformation.no_union_filter", "awscc.cloudformation.stack_set", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("stack_instances_group", ALWAYS,
			   THEN(IS_NOT("deployment_targets.account_filter_type", "UNION")))),
		 "Note that UNION is not supported for CreateStackInstances operations.",
		 CFN "CreateStackInstances DeploymentTargets.AccountFilterType"),

	/* registry extensions: named by ARN or by name, reserved namespaces,
	 * versions, publishers, hooks */
	AWS_SAYS("cloudformation.public_version_named", "awscc.cloudformation.public_type_version",
		 AWS_CALL_CREATE, ALWAYS,
		 THEN(ANY_OF(SET("arn"), SET("type_name")),
		      ANY_OF(SET("arn"), SET("public_type_version_type"))),
		 "Conditional: You must specify Arn, or TypeName and Type.", CFN "PublishType Arn"),
	AWS_SAYS("cloudformation.hook_default_named", "awscc.cloudformation.hook_default_version",
		 AWS_CALL_CREATE, ALWAYS, NAMED("type_version_arn", "type_name"),
		 "Conditional: You must specify either TypeName and Type, or Arn.",
		 CFN "SetTypeDefaultVersion Arn"),
	AWS_SAYS("cloudformation.resource_default_named",
		 "awscc.cloudformation.resource_default_version", AWS_CALL_CREATE, ALWAYS,
		 NAMED("type_version_arn", "type_name"),
		 "Conditional: You must specify either TypeName and Type, or Arn.",
		 CFN "SetTypeDefaultVersion Arn"),
	AWS_SAYS("cloudformation.module_default_named", "awscc.cloudformation.module_default_version",
		 AWS_CALL_CREATE, ALWAYS, NAMED("arn", "module_name"),
		 "Conditional: You must specify either TypeName and Type, or Arn.",
		 CFN "SetTypeDefaultVersion Arn"),
	AWS_SAYS("cloudformation.hook_config_named", "awscc.cloudformation.hook_type_config",
		 AWS_CALL_CREATE, ALWAYS, NAMED("type_arn", "type_name"),
		 "Conditional: You must specify ConfigurationArn, or Type and TypeName.",
		 CFN "SetTypeConfiguration TypeName"),
	AWS_SAYS("cloudformation.activation_named", "awscc.cloudformation.type_activation",
		 AWS_CALL_CREATE, ALWAYS,
		 THEN(ANY_OF(SET("public_type_arn"), SET("type_name")),
		      ANY_OF(SET("public_type_arn"), SET("type_activation_type")),
		      ANY_OF(SET("public_type_arn"), SET("publisher_id"))),
		 "Conditional: You must specify PublicTypeArn, or TypeName, Type, and PublisherId.",
		 CFN "ActivateType PublicTypeArn"),
	AWS_SAYS("cloudformation.major_or_bump", "awscc.cloudformation.type_activation",
		 AWS_CALL_ANY, WHEN(SET("major_version")), THEN(UNSET("version_bump")),
		 "You can specify MajorVersion or VersionBump, but not both.",
		 CFN "ActivateType MajorVersion"),
	AWS_SAYS("cloudformation.reserved_resource_names", "awscc.cloudformation.resource_version",
		 AWS_CALL_ANY, ALWAYS, THEN(NOT_MATCHES("type_name", RESERVED)),
		 "The following organization namespaces are reserved and can't be used in your "
		 "extension names: Alexa, AMZN, Amazon, AWS, Custom, Dev",
		 CFN "RegisterType TypeName"),
	AWS_SAYS("cloudformation.reserved_hook_names", "awscc.cloudformation.hook_version",
		 AWS_CALL_ANY, ALWAYS, THEN(NOT_MATCHES("type_name", RESERVED)),
		 "The following organization namespaces are reserved and can't be used in your "
		 "extension names: Alexa, AMZN, Amazon, AWS, Custom, Dev",
		 CFN "RegisterType TypeName"),
	AWS_SAYS("cloudformation.reserved_module_names", "awscc.cloudformation.module_version",
		 AWS_CALL_ANY, ALWAYS, THEN(NOT_MATCHES("module_name", RESERVED)),
		 "The following organization namespaces are reserved and can't be used in your "
		 "extension names: Alexa, AMZN, Amazon, AWS, Custom, Dev",
		 CFN "RegisterType TypeName"),
	AWS_SAYS("cloudformation.publisher_terms", "awscc.cloudformation.publisher", AWS_CALL_ANY,
		 ALWAYS, THEN(IS("accept_terms_and_conditions", "true")),
		 "You must accept the terms and conditions in order to register to publish public "
		 "extensions to the CloudFormation registry.",
		 CFN "RegisterPublisher AcceptTermsAndConditions"),
	RULE("awscc.cloudformation.guard_hook", "", rule_cloudformation_guard_inputs,
	     "CloudFormation registry: AWS::CloudFormation::GuardHook Options.InputParams"),
	{ NULL },
};
