/*
 * test_constraints.c: the constraints generated from the AWS service models
 * (provider/aws/constraints.gen.c): enums, lengths, ranges and list sizes,
 * each element of a list, values not known yet, and the messages; and the
 * models' patterns, translated for libxml2, held against what Java's
 * java.util.regex said of the same probes (tests/unit/pattern_verdicts.json,
 * written by provider/aws/gen_constraints.py --verdicts).
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
/* Every pattern the table carries: libxml2 compiles its translation, and
 * it accepts exactly what Java accepts of every probe. */
static void test_patterns_agree_with_java(void **state)
{
	(void)state;
	json_error_t jerr;
	json_t *verdicts = json_load_file("tests/unit/pattern_verdicts.json", 0, &jerr);
	size_t carried = 0, probes = 0;

	if (!verdicts)
		fail_msg("tests/unit/pattern_verdicts.json: %s", jerr.text);
	for (const struct aws_constraint *c = aws_constraints; c->type; c++) {
		if (!c->xsd)
			continue;
		carried++;
		const json_t *found = NULL, *v;
		size_t i;
		json_array_foreach(verdicts, i, v)
			if (!strcmp(json_string_value(json_object_get(v, "pattern")), c->pattern))
				found = v;
		if (!found)
			fail_msg("%s %s: no verdicts for %s", c->type, c->attr, c->pattern);
		const json_t *probe;
		json_array_foreach(json_object_get(found, "accepts"), i, probe) {
			probes++;
			if (!aws_constraint_matches(c, json_string_value(probe)))
				fail_msg("%s %s: %s refuses \"%s\", which Java accepts",
					 c->type, c->attr, c->xsd, json_string_value(probe));
		}
		/* A value with a character XML lacks is left to AWS: passed. */
		json_array_foreach(json_object_get(found, "refuses"), i, probe) {
			const char *p = json_string_value(probe);
			probes++;
			if (aws_constraint_matches(c, p) == aws_constraint_xml_text(p))
				fail_msg("%s %s: %s accepts \"%s\", which Java refuses",
					 c->type, c->attr, c->xsd, p);
		}
	}
	assert_true(carried >= 30);
	assert_true(probes >= 30 * 80);
	json_decref(verdicts);
}

static void test_pattern_message(void **state)
{
	(void)state;
	struct strbuf err = STRBUF_INIT;
	const char *attr = NULL;

	assert_int_equal(check("aws.events.rule", "{\"name\": \"nightly-load\"}", &attr, &err), 0);
	assert_int_equal(check("aws.events.rule", "{\"name\": \"nightly load\"}", &attr, &err), -1);
	assert_string_equal(attr, "name");
	assert_string_equal(err.buf, "name: \"nightly load\" does not match the pattern AWS takes, "
			    "[\\.\\-_A-Za-z0-9]+ (e.g. \"dev-alice-orders\"; events PutRule Name)");
	assert_int_equal(check("aws.glue.database", "{\"name\": \"raw\\nzone\"}", &attr, &err), -1);
	assert_true(strstr(err.buf, "name: \"raw\\nzone\" does not match") == err.buf);
	strbuf_release(&err);
}

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
		cmocka_unit_test(test_patterns_agree_with_java),
		cmocka_unit_test(test_pattern_message),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
