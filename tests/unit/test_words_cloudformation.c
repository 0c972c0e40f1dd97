/*
 * test_words_cloudformation.c: the words rows (AWS_SAYS, checks/words.c) of
 * AWS CloudFormation's awscc types (cloudformation/rules.c; the ledger
 * checks/words/cloudformation.words), the census's third scope, each
 * through aws_constraints_check: a resource it refuses, whose message names
 * the attribute, quotes AWS's sentence and names its document, and its
 * passing twin; every such row has a case here. And its written rules: a
 * template's capabilities and size (rule_cloudformation_template), a stack
 * set's concurrency (rule_cloudformation_stack_set_concurrency), a Guard
 * hook's inputs (rule_cloudformation_guard_inputs).
 *
 * JSON is written with single quotes (json_support.h).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/checks/checks.h"
#include "provider/aws/checks/words.h"
#include "provider/provider.h"
#include "tests/unit/json_support.h"
#include "tests/unit/words_support.h"

/* a stack set of permission model MODEL, and MORE */
#define STACK_SET(MODEL, MORE) "{'stack_set_name': 'ss', 'permission_model': '" MODEL "', " \
	"'template_url': 'https://b.s3.amazonaws.com/t.json'" MORE "}"
#define STACK(MORE) "{'stack_name': 'app', 'template_url': 'https://b.s3.amazonaws.com/t.json'" \
	MORE "}"

/* Each row's refused resource and its passing twin. */
static const struct words_case cases[] = {
	{ "cloudformation.stack_name", "awscc.cloudformation.stack", "stack_name",
	  "{'stack_name': '1app', 'template_url': 'https://b.s3.amazonaws.com/t.json'}", NULL,
	  STACK(""), NULL },
	{ "cloudformation.template_body_or_url", "awscc.cloudformation.stack", "template_url",
	  STACK(", 'template_body': {'Resources': {}}"), NULL,
	  "{'stack_name': 'app', 'template_body': {'Resources': {}}}", NULL },
	{ "cloudformation.stack_policy_one", "awscc.cloudformation.stack", "stack_policy_url",
	  STACK(", 'stack_policy_body': {'Statement': []}, 'stack_policy_url': "
		"'https://b.s3.amazonaws.com/p.json'"), NULL,
	  STACK(", 'stack_policy_url': 'https://b.s3.amazonaws.com/p.json'"), NULL },
	{ "cloudformation.urls_not_website", "awscc.cloudformation.stack", "template_url",
	  "{'stack_name': 'app', 'template_url': 'https://b.s3-website-us-east-1.amazonaws.com/t'}",
	  NULL, STACK(""), NULL },
	{ "cloudformation.urls_https", "awscc.cloudformation.stack", "template_url",
	  "{'stack_name': 'app', 'template_url': 'http://b.s3.amazonaws.com/t.json'}", NULL,
	  STACK(""), NULL },
	{ "cloudformation.tag_lengths", "awscc.cloudformation.stack", "tags[0].key",
	  STACK(", 'tags': [{'key': '" X100 X10 X10 X10 "', 'value': 'v'}]"), NULL,
	  STACK(", 'tags': [{'key': '" X100 X10 X10 "', 'value': 'v'}]"), NULL },
	{ "cloudformation.self_managed_roles", "awscc.cloudformation.stack_set",
	  "administration_role_arn",
	  STACK_SET("SERVICE_MANAGED", ", 'auto_deployment': {'enabled': true}, "
		    "'administration_role_arn': 'arn:aws:iam::123456789012:role/admin'"), NULL,
	  STACK_SET("SELF_MANAGED", ", 'administration_role_arn': "
		    "'arn:aws:iam::123456789012:role/admin'"), NULL },
	{ "cloudformation.service_managed_auto_deployment", "awscc.cloudformation.stack_set",
	  "auto_deployment", STACK_SET("SERVICE_MANAGED", ""), NULL,
	  STACK_SET("SERVICE_MANAGED", ", 'auto_deployment': {'enabled': false}"), NULL },
	{ "cloudformation.auto_deployment_service_managed", "awscc.cloudformation.stack_set",
	  "permission_model", STACK_SET("SELF_MANAGED", ", 'auto_deployment': {'enabled': true}"),
	  NULL, STACK_SET("SERVICE_MANAGED", ", 'auto_deployment': {'enabled': true}"), NULL },
	{ "cloudformation.retain_stacks_when_enabled", "awscc.cloudformation.stack_set",
	  "auto_deployment.enabled",
	  STACK_SET("SERVICE_MANAGED", ", 'auto_deployment': {'enabled': false, "
		    "'retain_stacks_on_account_removal': true}"), NULL,
	  STACK_SET("SERVICE_MANAGED", ", 'auto_deployment': {'enabled': true, "
		    "'retain_stacks_on_account_removal': true}"), NULL },
	{ "cloudformation.call_as_service_managed", "awscc.cloudformation.stack_set",
	  "permission_model", STACK_SET("SELF_MANAGED", ", 'call_as': 'DELEGATED_ADMIN'"), NULL,
	  STACK_SET("SELF_MANAGED", ", 'call_as': 'SELF'"), NULL },
	{ "cloudformation.tolerance_count_or_percentage", "awscc.cloudformation.stack_set",
	  "operation_preferences.failure_tolerance_percentage",
	  STACK_SET("SELF_MANAGED", ", 'operation_preferences': {'failure_tolerance_count': 1, "
		    "'failure_tolerance_percentage': 10}"), NULL,
	  STACK_SET("SELF_MANAGED", ", 'operation_preferences': {'failure_tolerance_count': 1}"),
	  NULL },
	{ "cloudformation.concurrency_count_or_percentage", "awscc.cloudformation.stack_set",
	  "operation_preferences.max_concurrent_percentage",
	  STACK_SET("SELF_MANAGED", ", 'operation_preferences': {'max_concurrent_count': 2, "
		    "'max_concurrent_percentage': 10}"), NULL,
	  STACK_SET("SELF_MANAGED", ", 'operation_preferences': {'max_concurrent_count': 2}"),
	  NULL },
	{ "cloudformation.no_union_filter", "awscc.cloudformation.stack_set",
	  "stack_instances_group[0].deployment_targets.account_filter_type",
	  STACK_SET("SERVICE_MANAGED", ", 'auto_deployment': {'enabled': true}, "
		    "'stack_instances_group': [{'regions': ['us-east-1'], 'deployment_targets': {"
		    "'organizational_unit_ids': ['ou-abcd-12345678'], 'account_filter_type': "
		    "'UNION', 'accounts': ['123456789012']}}]"), NULL,
	  STACK_SET("SERVICE_MANAGED", ", 'auto_deployment': {'enabled': true}, "
		    "'stack_instances_group': [{'regions': ['us-east-1'], 'deployment_targets': {"
		    "'organizational_unit_ids': ['ou-abcd-12345678'], 'account_filter_type': "
		    "'INTERSECTION', 'accounts': ['123456789012']}}]"), NULL },
	{ "cloudformation.public_version_named", "awscc.cloudformation.public_type_version",
	  "arn", "{'public_type_version_type': 'RESOURCE'}", NULL,
	  "{'type_name': 'Acme::Queue::Jobs', 'public_type_version_type': 'RESOURCE'}", NULL },
	{ "cloudformation.hook_default_named", "awscc.cloudformation.hook_default_version",
	  "type_version_arn", "{'version_id': '00000001'}", NULL,
	  "{'type_name': 'Acme::Check::Tags', 'version_id': '00000001'}", NULL },
	{ "cloudformation.resource_default_named", "awscc.cloudformation.resource_default_version",
	  "type_version_arn", "{'version_id': '00000001'}", NULL,
	  "{'type_name': 'Acme::Queue::Jobs', 'version_id': '00000001'}", NULL },
	{ "cloudformation.module_default_named", "awscc.cloudformation.module_default_version",
	  "arn", "{'version_id': '00000001'}", NULL,
	  "{'module_name': 'Acme::Net::Vpc::MODULE', 'version_id': '00000001'}", NULL },
	{ "cloudformation.hook_config_named", "awscc.cloudformation.hook_type_config", "type_arn",
	  "{'configuration': '{}'}", NULL,
	  "{'type_name': 'Acme::Check::Tags', 'configuration': '{}'}", NULL },
	{ "cloudformation.activation_named", "awscc.cloudformation.type_activation",
	  "public_type_arn", "{'type_name': 'AWSQS::EKS::Cluster', 'type_activation_type': "
	  "'RESOURCE'}", NULL,
	  "{'type_name': 'AWSQS::EKS::Cluster', 'type_activation_type': 'RESOURCE', "
	  "'publisher_id': '408988dff9e863704bcc72e7e13f8d645cee8311'}", NULL },
	{ "cloudformation.major_or_bump", "awscc.cloudformation.type_activation", "version_bump",
	  "{'public_type_arn': 'arn:aws:cloudformation:us-east-1::type/resource/x/AWSQS-EKS-Cluster', "
	  "'major_version': '2', 'version_bump': 'MINOR'}", NULL,
	  "{'public_type_arn': 'arn:aws:cloudformation:us-east-1::type/resource/x/AWSQS-EKS-Cluster', "
	  "'version_bump': 'MINOR'}", NULL },
	{ "cloudformation.reserved_resource_names", "awscc.cloudformation.resource_version",
	  "type_name", "{'type_name': 'AWS::Queue::Jobs', 'schema_handler_package': 's3://b/p.zip'}",
	  NULL, "{'type_name': 'Acme::Queue::Jobs', 'schema_handler_package': 's3://b/p.zip'}", NULL },
	{ "cloudformation.reserved_hook_names", "awscc.cloudformation.hook_version", "type_name",
	  "{'type_name': 'Custom::Check::Tags', 'schema_handler_package': 's3://b/p.zip'}", NULL,
	  "{'type_name': 'Acme::Check::Tags', 'schema_handler_package': 's3://b/p.zip'}", NULL },
	{ "cloudformation.reserved_module_names", "awscc.cloudformation.module_version",
	  "module_name", "{'module_name': 'Dev::Net::Vpc::MODULE', 'module_package': 's3://b/m.zip'}",
	  NULL, "{'module_name': 'Acme::Net::Vpc::MODULE', 'module_package': 's3://b/m.zip'}", NULL },
	{ "cloudformation.publisher_terms", "awscc.cloudformation.publisher",
	  "accept_terms_and_conditions", "{'accept_terms_and_conditions': false}", NULL,
	  "{'accept_terms_and_conditions': true}", NULL },
};

static const char *const services[] = { "cloudformation.", NULL };

/* Each row refuses its case naming the attribute, AWS's words and the
 * document; its twin passes. */
static void test_each_row_and_its_twin(void **state)
{
	(void)state;
	words_check_cases(cases, sizeof(cases) / sizeof(*cases));
}

static void test_every_row_has_a_case(void **state)
{
	(void)state;
	words_check_every_row_has_a_case(cases, sizeof(cases) / sizeof(*cases), services,
					 "test_words_cloudformation.c");
}

/* CloudFormation's written rules: a template written inline (its IAM
 * resources' capabilities, named ones CAPABILITY_NAMED_IAM, macros
 * CAPABILITY_AUTO_EXPAND; a stack's body of 51,200 bytes), a stack set's
 * concurrency under STRICT_FAILURE_TOLERANCE, a Guard hook's 10 inputs. */
static void test_cloudformation_written(void **state)
{
#define ROLE "'Role': {'Type': 'AWS::IAM::Role', 'Properties': {'AssumeRolePolicyDocument': {}}}"
#define NAMED_ROLE "'Role': {'Type': 'AWS::IAM::Role', 'Properties': {'RoleName': 'r'}}"
#define BODY(RESOURCES, MORE) "{'stack_name': 'app', 'template_body': {'Resources': {" \
	RESOURCES "}" MORE "}"
#define GUARD(N) "{'alias': 'Acme::Guard::Hook', 'rule_location': {'uri': 's3://b/r.guard'}, " \
	"'options': {'input_params': [" N "]}}"
#define IN1 "{'uri': 's3://b/i.json'}"
#define IN5 IN1 ", " IN1 ", " IN1 ", " IN1 ", " IN1
	static const char *const refused[][3] = {
		{ "awscc.cloudformation.stack", BODY(ROLE, "}"), "lacks CAPABILITY_IAM or" },
		{ "awscc.cloudformation.stack", BODY(NAMED_ROLE, "}, 'capabilities': "
			"['CAPABILITY_IAM']"), "with a name and capabilities lacks CAPABILITY_NAMED_IAM" },
		{ "awscc.cloudformation.stack", BODY("", ", 'Transform': 'AWS::Serverless-2016-10-31'}"),
		  "lacks CAPABILITY_AUTO_EXPAND" },
		{ "awscc.cloudformation.stack_set", "{'stack_set_name': 's', 'permission_model': "
		  "'SELF_MANAGED', 'template_body': '{\\\"Resources\\\": {\\\"U\\\": "
		  "{\\\"Type\\\": \\\"AWS::IAM::User\\\"}}}'}", "lacks CAPABILITY_IAM or" },
		{ "awscc.cloudformation.stack", BODY("'Q': {'Type': 'AWS::SQS::Queue', 'Metadata': "
			"'" X1000 X1000 X1000 X1000 X1000 X1000 X1000 X1000 X1000 X1000 X1000 X1000 X1000
			X1000 X1000 X1000 X1000 X1000 X1000 X1000 X1000 X1000 X1000 X1000 X1000 X1000
			X1000 X1000 X1000 X1000 X1000 X1000 X1000 X1000 X1000 X1000 X1000 X1000 X1000
			X1000 X1000 X1000 X1000 X1000 X1000 X1000 X1000 X1000 X1000 X1000 X1000 X1000
			"'}", "}"), "bytes: AWS says" },
		{ "awscc.cloudformation.stack_set", "{'stack_set_name': 's', 'permission_model': "
		  "'SELF_MANAGED', 'operation_preferences': {'concurrency_mode': "
		  "'STRICT_FAILURE_TOLERANCE', 'failure_tolerance_count': 1, 'max_concurrent_count': "
		  "3}}", "more than one above failure_tolerance_count" },
		{ "awscc.cloudformation.guard_hook", GUARD(IN5 ", " IN5 ", " IN1), "has 11 locations" },
	};
	static const char *const passing[][2] = {
		{ "awscc.cloudformation.stack", BODY(ROLE, "}, 'capabilities': ['CAPABILITY_IAM']") },
		{ "awscc.cloudformation.stack", BODY(NAMED_ROLE, "}, 'capabilities': "
			"['CAPABILITY_NAMED_IAM']") },
		{ "awscc.cloudformation.stack", BODY("", ", 'Transform': 'AWS::Serverless-2016-10-31'}, "
			"'capabilities': ['CAPABILITY_AUTO_EXPAND']") },
		{ "awscc.cloudformation.stack", STACK("") },
		{ "awscc.cloudformation.stack_set", "{'stack_set_name': 's', 'permission_model': "
		  "'SELF_MANAGED', 'template_body': 'Resources:\\n  U:\\n    Type: AWS::IAM::User'}" },
		{ "awscc.cloudformation.stack_set", "{'stack_set_name': 's', 'permission_model': "
		  "'SELF_MANAGED', 'operation_preferences': {'concurrency_mode': "
		  "'STRICT_FAILURE_TOLERANCE', 'failure_tolerance_count': 1, 'max_concurrent_count': "
		  "2}}" },
		{ "awscc.cloudformation.guard_hook", GUARD(IN5 ", " IN5) },
	};
#undef IN5
#undef IN1
#undef GUARD
#undef BODY
#undef NAMED_ROLE
#undef ROLE

	(void)state;
	for (size_t i = 0; i < sizeof(refused) / sizeof(*refused); i++) {
		struct strbuf err = STRBUF_INIT;
		if (!words_judge(refused[i][0], refused[i][1], NULL, NULL, &err))
			fail_msg("accepted %s", refused[i][1]);
		if (!strstr(err.buf, refused[i][2]))
			fail_msg("message \"%s\" lacks \"%s\"", err.buf, refused[i][2]);
		strbuf_release(&err);
	}
	for (size_t i = 0; i < sizeof(passing) / sizeof(*passing); i++) {
		struct strbuf err = STRBUF_INIT;
		if (words_judge(passing[i][0], passing[i][1], NULL, NULL, &err))
			fail_msg("refused %s: %s", passing[i][1], err.buf);
		strbuf_release(&err);
	}
}

int main(void)
{
	setenv("AWS_REGION", "us-east-1", 1);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_row_and_its_twin),
		cmocka_unit_test(test_every_row_has_a_case),
		cmocka_unit_test(test_cloudformation_written),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
