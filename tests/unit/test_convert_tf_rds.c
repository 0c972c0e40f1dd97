/*
 * test_convert_tf_rds.c: what the twins of terraform-aws-rds's examples
 * (tests/twins, issue 86) showed `terrace convert` lacked for RDS, each case
 * the smallest text of its shape: an option group as AWS::RDS::OptionGroup,
 * a reference to a block of one that the awscc type holds as an object, a
 * parameter group's parameter blocks as one map, an instance's
 * identifier_prefix (and a bucket's bucket_prefix) as its identifier.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "stacks/convert_tf_internal.h"
#include "tests/unit/convert_tf_support.h"

/* An RDS option group (terraform-aws-rds's db_option_group module) is
 * AWS::RDS::OptionGroup: its name, its option blocks as
 * OptionConfigurations (an option's version its OptionVersion), its ARN
 * built of its name. */
static void test_rds_option_group(void **state)
{
	(void)state;
	char *y;
	assert_int_equal(convert_text(
		"resource \"aws_db_option_group\" \"this\" {\n"
		"  name                     = \"mysql-options\"\n"
		"  option_group_description = \"mysql options\"\n"
		"  engine_name              = \"mysql\"\n"
		"  major_engine_version     = \"8.0\"\n"
		"  option {\n"
		"    option_name = \"MARIADB_AUDIT_PLUGIN\"\n"
		"    version     = \"1.0\"\n"
		"    option_settings {\n"
		"      name  = \"SERVER_AUDIT_EVENTS\"\n"
		"      value = \"CONNECT\"\n"
		"    }\n"
		"  }\n"
		"}\n"
		"output \"arn\" {\n"
		"  value = aws_db_option_group.this.arn\n"
		"}\n", &y), 0);
	assert_has(y, "    type: awscc.rds.option_group\n    option_group_name: mysql-options\n");
	assert_has(y, "    option_configurations:\n    - option_name: MARIADB_AUDIT_PLUGIN\n"
		      "      option_settings:\n      - name: SERVER_AUDIT_EVENTS\n"
		      "        value: CONNECT\n      option_version: \"1.0\"\n");
	assert_has(y, ":og:${this.option_group_name}");
	assert_null(strstr(y, "left out"));
	free(y);
	/* Terraform's block of one is the awscc type's object: an RDS
	 * instance's master_user_secret[0].secret_arn (the rds module's
	 * rotation) is master_user_secret.secret_arn */
	assert_int_equal(convert_text(
		"resource \"aws_db_instance\" \"db\" {\n"
		"  identifier                  = \"db\"\n"
		"  instance_class              = \"db.t4g.large\"\n"
		"  engine                      = \"postgres\"\n"
		"  allocated_storage           = 20\n"
		"  username                    = \"twins\"\n"
		"  manage_master_user_password = true\n"
		"  parameter_group_name        = \"pg\"\n"
		"}\n"
		"output \"secret\" {\n"
		"  value = aws_db_instance.db.master_user_secret[0].secret_arn\n"
		"}\n", &y), 0);
	assert_has(y, "value: ${db.master_user_secret.secret_arn}");
	free(y);
}

/* An RDS parameter group's parameter blocks (terraform-aws-rds's
 * db_parameter_group module writes them dynamic) are AWS::RDS::
 * DBParameterGroup's Parameters, one map of name to value, static and
 * dynamic blocks merged; the apply method, which the type has no place
 * for, left out with a warning. */
static void test_rds_parameter_group_parameters(void **state)
{
	(void)state;
	char *y;
	assert_int_equal(convert_text(
		"variable \"parameters\" {\n"
		"  default = [{ name = \"rds.logical_replication\", value = 1, "
		"apply_method = \"pending-reboot\" }]\n"
		"}\n"
		"resource \"aws_db_parameter_group\" \"this\" {\n"
		"  name        = \"pg\"\n"
		"  description = \"pg\"\n"
		"  family      = \"postgres14\"\n"
		"  parameter {\n"
		"    name  = \"client_encoding\"\n"
		"    value = \"utf8\"\n"
		"  }\n"
		"  dynamic \"parameter\" {\n"
		"    for_each = var.parameters\n"
		"    content {\n"
		"      name         = parameter.value.name\n"
		"      value        = parameter.value.value\n"
		"      apply_method = lookup(parameter.value, \"apply_method\", null)\n"
		"    }\n"
		"  }\n"
		"}\n", &y), 1); /* the apply method */
	assert_has(y, "    parameters: \"${merge({for p in [{name = \\\"client_encoding\\\", "
		      "value = \\\"utf8\\\"}] : p.name => tostring(p.value)}, {for p in "
		      "[for parameter_key, parameter_value in var.parameters : "
		      "{name = parameter_value.name, value = parameter_value.value}] : "
		      "p.name => tostring(p.value)})}\"\n");
	free(y);
}

/* terraform-aws-rds's use_identifier_prefix: identifier_prefix, beside an
 * identifier that is null, is the identifier built of the prefix and a
 * suffix stable per stack, as name_prefix is a name (it was left out, so
 * Cloud Control named the instance); the s3-bucket module's bucket_prefix
 * likewise the bucket's name. */
static void test_identifier_and_bucket_prefix(void **state)
{
	(void)state;
	char *y;
	assert_int_equal(convert_text(
		"variable \"use_identifier_prefix\" {\n"
		"  default = true\n"
		"}\n"
		"resource \"aws_db_instance\" \"db\" {\n"
		"  identifier           = var.use_identifier_prefix ? null : \"db\"\n"
		"  identifier_prefix    = var.use_identifier_prefix ? \"db-\" : null\n"
		"  instance_class       = \"db.t4g.large\"\n"
		"  engine               = \"postgres\"\n"
		"  allocated_storage    = 20\n"
		"  username             = \"twins\"\n"
		"  parameter_group_name = \"pg\"\n"
		"}\n"
		"resource \"aws_s3_bucket\" \"b\" {\n"
		"  bucket_prefix = \"logs-\"\n"
		"}\n", &y), 0);
	assert_has(y, "    db_instance_identifier: \"${(var.use_identifier_prefix ? null "
		      ": \\\"db\\\") != null ? (var.use_identifier_prefix ? null : \\\"db"
		      "\\\") : (var.use_identifier_prefix ? \\\"db-\\\" : null) != null ?"
		      " \\\"${var.use_identifier_prefix ? \\\"db-\\\" : null}${substr(sha"
		      "1(\\\"${terrace.stack}/${terrace.workspace}/db${terrace.module}\\\""
		      "), 0, 8)}\\\" : null}\"\n");
	assert_has(y, "    name: logs-${substr(sha1(\"${terrace.stack}/${terrace.workspac"
		      "e}/b${terrace.module}\"), 0, 8)}\n");
	assert_null(strstr(y, "    identifier_prefix:"));
	assert_null(strstr(y, "    bucket_prefix:"));
	assert_null(strstr(y, "left out"));
	free(y);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rds_option_group),
		cmocka_unit_test(test_rds_parameter_group_parameters),
		cmocka_unit_test(test_identifier_and_bucket_prefix),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
