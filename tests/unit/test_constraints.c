/*
 * test_constraints.c: the constraints generated from the AWS service models
 * (provider/aws/constraints.gen.c): enums, lengths, ranges and list sizes,
 * each element of a list, values not known yet, and the messages.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "provider/aws/constraints.h"

static int check(const char *type, const char *json, const char **attr, struct strbuf *err)
{
	json_t *v = json_loads(json, 0, NULL);
	assert_non_null(v);
	strbuf_reset(err);
	int rc = aws_constraints_check(type, v, attr, err);
	json_decref(v);
	return rc;
}

static void test_enum(void **state)
{
	(void)state;
	struct strbuf err = STRBUF_INIT;
	const char *attr = NULL;

	assert_int_equal(check("aws.sfn.state_machine", "{\"state_machine_type\": \"EXPRESS\"}",
			       &attr, &err), 0);
	assert_int_equal(check("aws.sfn.state_machine", "{\"state_machine_type\": \"standard\"}",
			       &attr, &err), -1);
	assert_string_equal(attr, "state_machine_type");
	assert_string_equal(err.buf, "state_machine_type: \"standard\" is not one of STANDARD, "
			    "EXPRESS (e.g. \"STANDARD\"; stepfunctions CreateStateMachine type)");
	strbuf_release(&err);
}

static void test_length_and_lists(void **state)
{
	(void)state;
	struct strbuf err = STRBUF_INIT;
	const char *attr = NULL;
	char name[128], json[256];

	memset(name, 'a', 81);
	name[81] = 0;
	snprintf(json, sizeof(json), "{\"name\": \"%s\"}", name);
	assert_int_equal(check("aws.sfn.state_machine", json, &attr, &err), -1);
	assert_non_null(strstr(err.buf, "81 characters, where AWS takes 1 to 80 characters"));
	name[80] = 0;
	snprintf(json, sizeof(json), "{\"name\": \"%s\"}", name);
	assert_int_equal(check("aws.sfn.state_machine", json, &attr, &err), 0);
	/* A list's size, then each element. */
	assert_int_equal(check("aws.lambda.layer_version",
			       "{\"compatible_architectures\": [\"x86_64\", \"arm64\", \"x86_64\"]}",
			       &attr, &err), -1);
	assert_non_null(strstr(err.buf, "3 items, where AWS takes 0 to 2 items"));
	assert_int_equal(check("aws.lambda.layer_version",
			       "{\"compatible_architectures\": [\"arm65\"]}", &attr, &err), -1);
	assert_non_null(strstr(err.buf, "compatible_architectures[0]: \"arm65\" is not one of "
				"x86_64, arm64"));
	assert_int_equal(check("aws.lambda.layer_version",
			       "{\"compatible_architectures\": [\"arm64\"]}", &attr, &err), 0);
	strbuf_release(&err);
}

/* What is not known yet passes; so does a type or attribute without constraints. */
static void test_unknown_passes(void **state)
{
	(void)state;
	struct strbuf err = STRBUF_INIT;

	assert_int_equal(check("aws.sfn.state_machine", "{\"state_machine_type\": \"${var.kind}\"}",
			       NULL, &err), 0);
	assert_int_equal(check("aws.sfn.state_machine",
			       "{\"state_machine_type\": {\"$unknown\": true}}", NULL, &err), 0);
	assert_int_equal(check("ssh.file", "{\"mode\": \"whatever\"}", NULL, &err), 0);
	assert_int_equal(err.len, 0);
	strbuf_release(&err);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_enum),
		cmocka_unit_test(test_length_and_lists),
		cmocka_unit_test(test_unknown_passes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
