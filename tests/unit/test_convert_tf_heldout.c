/*
 * test_convert_tf_heldout.c: what the held-out Terraform sources
 * (tests/corpus/tfheldout) showed `terrace convert` lacked, each case the
 * smallest text of its shape: a value set by a condition on another,
 * nonsensitive(), an awscc twin's attributes, a string variable of a bool,
 * an output's heredoc and a left-out value.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "stacks/convert_tf_internal.h"
#include "tests/unit/convert_tf_support.h"

/* Held-out sources (tests/corpus/tfheldout). terraform-aws-ssm-parameter
 * sets aws_ssm_parameter's value or insecure_value by a condition on the
 * other: both are PutParameter's Value, so each is terrace's value, the one
 * not null (convert_tf_either.c; before, insecure_value was left out and a
 * String parameter had no value), and ignore_changes names value once.
 * Its outputs take nonsensitive(x), a function terrace's language lacks:
 * x is carried (before, the output's value was left out and validate
 * refused the output), a name inside quoted text kept. */
static void test_heldout_either_and_nonsensitive(void **state)
{
	(void)state;
	char *y;
	assert_int_equal(convert_text(
		"variable \"secure\" {\n"
		"  default = false\n"
		"}\n"
		"resource \"aws_ssm_parameter\" \"p\" {\n"
		"  name           = \"p\"\n"
		"  type           = \"String\"\n"
		"  value          = var.secure ? \"v\" : null\n"
		"  insecure_value = var.secure ? null : \"v\"\n"
		"  lifecycle {\n"
		"    ignore_changes = [insecure_value, value]\n"
		"  }\n"
		"}\n"
		"resource \"aws_ssm_parameter\" \"plain\" {\n"
		"  name           = \"plain\"\n"
		"  type           = \"String\"\n"
		"  insecure_value = \"shown\"\n"
		"}\n"
		"output \"v\" {\n"
		"  value = { for k, v in { a = aws_ssm_parameter.p.value } : k => nonsensitive(v) }\n"
		"}\n"
		"output \"said\" {\n"
		"  value = \"nonsensitive(${aws_ssm_parameter.plain.name})\"\n"
		"}\n", &y), 0);
	assert_has(y, "\n    value: \"${(var.secure ? \\\"v\\\" : null) != null ? (var.secure ? "
		   "\\\"v\\\" : null) : (var.secure ? null : \\\"v\\\")}\"\n"
		   "    lifecycle:\n      ignore_changes:\n      - value\n  plain:");
	assert_has(y, "\n    name: plain\n    parameter_type: String\n    value: shown\n");
	assert_has(y, "\n    value: \"${{ for k, v in { a = p.value } : k => (v) }}\"\n");
	assert_has(y, "\n    value: nonsensitive(${plain.name})\n");
	free(y);
}

/* Types of the held-out set that were left out as having no type of
 * terrace's though each has its awscc twin (AWS::Logs::QueryDefinition,
 * LogAnomalyDetector, AWS::ECR::RegistryPolicy, PullThroughCacheRule,
 * AWS::SecretsManager::ResourcePolicy): each is that twin, its arguments
 * by CloudFormation's names, Terraform's id and arn references too. */
static void test_heldout_awscc_twins(void **state)
{
	(void)state;
	char *y;
	assert_int_equal(convert_text(
		"resource \"aws_cloudwatch_query_definition\" \"q\" {\n"
		"  name            = \"errors\"\n"
		"  query_string    = \"fields @message\"\n"
		"  log_group_names = [\"/app\"]\n"
		"}\n"
		"resource \"aws_cloudwatch_log_anomaly_detector\" \"d\" {\n"
		"  log_group_arn_list   = [\"arn:aws:logs:us-east-1:123456789012:log-group:/app\"]\n"
		"  evaluation_frequency = \"TEN_MIN\"\n"
		"}\n"
		"resource \"aws_ecr_registry_policy\" \"r\" {\n"
		"  policy = \"{}\"\n"
		"}\n"
		"resource \"aws_ecr_pull_through_cache_rule\" \"p\" {\n"
		"  ecr_repository_prefix = \"ecr-public\"\n"
		"  upstream_registry_url = \"public.ecr.aws\"\n"
		"}\n"
		"resource \"aws_secretsmanager_secret\" \"s\" {\n"
		"  name = \"s\"\n"
		"}\n"
		"resource \"aws_secretsmanager_secret_version\" \"v\" {\n"
		"  secret_id     = aws_secretsmanager_secret.s.id\n"
		"  secret_string = \"x\"\n"
		"}\n"
		"resource \"aws_secretsmanager_secret_policy\" \"sp\" {\n"
		"  secret_arn = aws_secretsmanager_secret.s.arn\n"
		"  policy     = \"{}\"\n"
		"}\n"
		"output \"ids\" {\n"
		"  value = [aws_cloudwatch_query_definition.q.id, aws_cloudwatch_log_anomaly_detector.d.id,\n"
		"           aws_ecr_pull_through_cache_rule.p.id]\n"
		"}\n", &y), 0);
	assert_has(y, "\n    type: awscc.logs.query_definition\n    name: errors\n"
		   "    query_string: fields @message\n    log_group_names:\n    - /app\n");
	assert_has(y, "\n    type: awscc.logs.log_anomaly_detector\n    log_group_arn_list:\n");
	assert_has(y, "\n    type: awscc.ecr.registry_policy\n    policy_text: \"{}\"\n");
	assert_has(y, "\n    type: awscc.ecr.pull_through_cache_rule\n    ecr_repository_prefix: "
		   "ecr-public\n    upstream_registry_url: public.ecr.aws\n");
	assert_has(y, "\n    type: awscc.secretsmanager.resource_policy\n    secret_id: ${s.arn}\n"
		   "    resource_policy: \"{}\"\n");
	assert_has(y, "\n    - ${q.query_definition_id}\n    - ${d.anomaly_detector_arn}\n"
		   "    - ${p.ecr_repository_prefix}\n");
	free(y);
	/* and four with no standalone CloudFormation type say whose property
	 * they are, where the warning told to write an awscc twin that does
	 * not exist */
	static const char *const properties[] = { "aws_ecr_lifecycle_policy",
						  "aws_ecr_repository_policy",
						  "aws_ecrpublic_repository_policy",
						  "aws_cloudwatch_log_data_protection_policy" };
	for (size_t i = 0; i < sizeof(properties) / sizeof(properties[0]); i++) {
		const char *why = tf_left_out_why(properties[i]);
		assert_non_null(why);
		assert_non_null(strstr(why, "CloudFormation holds it as "));
	}
}

/* terraform-aws-batch declares its `*_use_name_prefix` variables `type =
 * string` with a default of true and reads them as conditions, which
 * Terraform converts; terrace's conditions take a bool, and the plan
 * stopped on "the condition must be true or false, got a string": such a
 * variable is a bool (a string default stays a string). */
static void test_heldout_string_bool_variable(void **state)
{
	(void)state;
	char *y;
	assert_int_equal(convert_text(
		"variable \"use_prefix\" {\n"
		"  type    = string\n"
		"  default = true\n"
		"}\n"
		"variable \"word\" {\n"
		"  type    = string\n"
		"  default = \"true\"\n"
		"}\n"
		"resource \"aws_sqs_queue\" \"q\" {\n"
		"  name = var.use_prefix ? null : var.word\n"
		"}\n", &y), 0);
	assert_has(y, "\n  use_prefix:\n    type: bool\n    default: true\n");
	assert_has(y, "\n  word:\n    type: string\n    default: \"true\"\n");
	free(y);
}

/* The iam-user module's outputs (terraform-aws-iam v5.60.0): a heredoc
 * that ends a conditional (x ? null : <<EOF ... EOF) is carried, its
 * marker on a line of its own before the expression's "}"; an output whose
 * value is left out (a function terrace lacks) stays, null, so that what
 * names it still validates. */
static void test_output_heredoc_and_left_out_value(void **state)
{
	(void)state;
	char *y;
	assert_int_equal(convert_text(
		"variable \"secret\" {\n"
		"  default = \"\"\n"
		"}\n"
		"output \"decrypt\" {\n"
		"  value = var.secret == \"\" ? null : <<EOF\n"
		"echo \"${try(var.secret, \"\")}\" | base64 --decode\n"
		"EOF\n"
		"\n"
		"}\n"
		"output \"password\" {\n"
		"  value     = lookup({}, \"password\", no_such_function(\"\"))\n"
		"  sensitive = true\n"
		"}\n", &y), 1);
	assert_has(y, "base64 --decode\n      EOF\n      }");
	assert_has(y, "\n  password:\n    value: null\n    sensitive: true\n");
	free(y);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_heldout_either_and_nonsensitive),
		cmocka_unit_test(test_heldout_awscc_twins),
		cmocka_unit_test(test_heldout_string_bool_variable),
		cmocka_unit_test(test_output_heredoc_and_left_out_value),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
