/*
 * test_convert_tf_lambda.c: an aws_lambda_function's arguments that
 * terrace's aws.lambda.function lacks but carries the function without
 * while they have the value AWS takes when they are not sent (tf_lacks[]'s
 * only): package_type "Zip" and no code_signing_config_arn. Any other value
 * makes another function (an image's; one that takes only signed code), so
 * a value the conversion cannot judge (a module's variable: terraform-aws-
 * lambda's container-image and code-signing examples, issue 86) becomes a
 * precondition that fails the plan saying so, where the function's code
 * rule said only that it had no code.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "stacks/convert_tf_internal.h"
#include "tests/unit/convert_tf_support.h"

#define FUNCTION(NAME, ARGS)                                                   \
	"resource \"aws_lambda_function\" \"" NAME "\" {\n"                    \
	"  function_name = \"" NAME "\"\n"                                     \
	"  role          = \"arn:aws:iam::123456789012:role/r\"\n"             \
	"  handler       = \"index.handler\"\n"                                \
	"  runtime       = \"python3.12\"\n"                                   \
	"  filename      = \"f.zip\"\n" ARGS "}\n"

/* A variable's value is judged at plan: a precondition each, naming the
 * argument, its value and why. */
static void test_judged_at_plan(void **state)
{
	(void)state;
	char *y;
	convert_text("variable \"package_type\" {\n  default = \"Zip\"\n}\n"
		     "variable \"csc\" {\n  default = null\n}\n"
		     FUNCTION("f", "  package_type = var.package_type\n"
				   "  code_signing_config_arn = var.csc\n"), &y);
	assert_has(y, "    lifecycle:\n      precondition:\n"
		      "      - condition: ${(var.package_type) == null || (var.package_type) == "
		      "\"Zip\"}\n        error_message: \"package_type ${(var.package_type)} is not "
		      "carried: terrace's aws.lambda.function takes a zip package (source, or an S3 "
		      "object), not a container image: ");
	assert_has(y, "      - condition: ${(var.csc) == null}\n        error_message: "
		      "\"code_signing_config_arn ${(var.csc)} is not carried: terrace's "
		      "aws.lambda.function has no code signing configuration");
	assert_null(strstr(y, "    package_type:"));
	assert_null(strstr(y, "    code_signing_config_arn:"));
	free(y);
}

/* The value AWS takes when nothing is sent, written: no precondition; a
 * literal image is refused by its precondition as a variable's is. */
static void test_literal_values(void **state)
{
	(void)state;
	char *y;
	convert_text(FUNCTION("g", "  package_type = \"Zip\"\n"
				   "  code_signing_config_arn = null\n"), &y);
	assert_null(strstr(y, "precondition"));
	free(y);
	convert_text(FUNCTION("h", "  package_type = \"Image\"\n"
				   "  image_uri    = \"123456789012.dkr.ecr.us-east-1.amazonaws.com/r:1\"\n"),
		     &y);
	assert_has(y, "      - condition: ${(\"Image\") == null || (\"Image\") == \"Zip\"}\n");
	assert_null(strstr(y, "    image_uri:"));
	free(y);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_judged_at_plan),
		cmocka_unit_test(test_literal_values),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
