/*
 * test_eval.c: references to resources as plan/eval.c resolves them against
 * a state: plain attributes, and sensitive ones that state keeps only as a
 * hash, which come back from the configuration they were set from when
 * that still gives the stored value, are unknown when the configuration
 * changed (known again once the resource is updated), and are an error
 * when the provider generated them.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "plan/eval.h"
#include "provider/provider.h"

/* The secret "db" (aws.secretsmanager.secret) set from var.password. */
static json_t *snapshot_with(const char *password, const char *value_expr)
{
	json_t *config = json_pack("{s:s}", "name", "lake/db");
	if (value_expr)
		json_object_set_new(config, "value", json_string(value_expr));
	return json_pack("{s:s, s:{s:s}, s:[s], s:{}, s:{s:{s:s, s:s, s:o, s:[]}}}",
			 "stack", "t",
			 "variables", "password", password,
			 "sensitive_variables", "password",
			 "providers",
			 "resources", "db", "type", "aws.secretsmanager.secret",
			 "provider", "aws", "config", config, "dependencies");
}

/* State as apply leaves it: the value hashed, the ARN in clear. */
static json_t *state_with(const char *stored_password)
{
	json_t *attrs = json_pack("{s:s, s:s}", "name", "lake/db",
				  "arn", "arn:aws:secretsmanager:us-east-1:123456789012:secret:lake/db-AbCdEf");
	json_t *plain = json_string(stored_password);
	json_object_set_new(attrs, "value", value_hashed(plain));
	json_decref(plain);
	return json_pack("{s:{s:{s:s, s:s, s:o, s:[s]}}}", "resources", "db",
			 "type", "aws.secretsmanager.secret", "id", "lake/db",
			 "attributes", attrs, "sensitive_attributes", "value");
}

struct fixture {
	json_t *snapshot, *state;
};

static const json_t *from_state(void *ctx, const char *name, const json_t **sens, bool *exists)
{
	const struct fixture *f = ctx;
	json_t *e = json_object_get(json_object_get(f->state, "resources"), name);
	*exists = e != NULL;
	if (!e)
		return NULL;
	*sens = json_object_get(e, "sensitive_attributes");
	return json_object_get(e, "attributes");
}

/* Evaluate one expression against the fixture; NULL on error (in err). */
static json_t *eval_in(const struct fixture *f, const char *text, bool *sensitive,
		       struct strbuf *err)
{
	struct eval_scope sc = { f->snapshot, from_state, (void *)f };
	json_t *expr = json_string(text);
	json_t *v = eval_value(&sc, expr, sensitive, err);
	json_decref(expr);
	return v;
}

static void test_plain_attribute(void **state)
{
	(void)state;
	struct fixture f = { snapshot_with("s3cret-pw", "${var.password}"), state_with("s3cret-pw") };
	struct strbuf err = STRBUF_INIT;
	bool sensitive = false;
	json_t *v = eval_in(&f, "${db.arn}", &sensitive, &err);
	assert_non_null(v);
	assert_string_equal(json_string_value(v),
			    "arn:aws:secretsmanager:us-east-1:123456789012:secret:lake/db-AbCdEf");
	assert_false(sensitive);
	json_decref(v);
	strbuf_release(&err);
	json_decref(f.snapshot);
	json_decref(f.state);
}

static void test_hashed_secret_comes_from_its_configuration(void **state)
{
	(void)state;
	struct fixture f = { snapshot_with("s3cret-pw", "${var.password}"), state_with("s3cret-pw") };
	struct strbuf err = STRBUF_INIT;
	bool sensitive = false;
	json_t *v = eval_in(&f, "${db.value}", &sensitive, &err);
	assert_non_null(v);
	assert_string_equal(json_string_value(v), "s3cret-pw");
	assert_true(sensitive);
	json_decref(v);
	/* Inside a larger string, still sensitive. */
	sensitive = false;
	v = eval_in(&f, "postgres://app:${db.value}@host/db", &sensitive, &err);
	assert_non_null(v);
	assert_string_equal(json_string_value(v), "postgres://app:s3cret-pw@host/db");
	assert_true(sensitive);
	json_decref(v);
	strbuf_release(&err);
	json_decref(f.snapshot);
	json_decref(f.state);
}

static void test_changed_configuration_is_unknown_until_applied(void **state)
{
	(void)state;
	/* The variable now says something else than what was applied. */
	struct fixture f = { snapshot_with("new-pw-2", "${var.password}"), state_with("s3cret-pw") };
	struct strbuf err = STRBUF_INIT;
	bool sensitive = false;
	json_t *v = eval_in(&f, "${db.value}", &sensitive, &err);
	assert_non_null(v);
	assert_true(value_is_unknown(v));
	json_decref(v);
	strbuf_release(&err);
	json_decref(f.snapshot);
	json_decref(f.state);
}

static void test_generated_secret_cannot_be_referenced(void **state)
{
	(void)state;
	/* No "value" in the configuration: state's hash is all there is. */
	struct fixture f = { snapshot_with("s3cret-pw", NULL), state_with("s3cret-pw") };
	struct strbuf err = STRBUF_INIT;
	json_t *v = eval_in(&f, "${db.value}", NULL, &err);
	assert_null(v);
	assert_non_null(strstr(err.buf, "db.value is sensitive and state keeps only its hash"));
	assert_null(strstr(err.buf, "s3cret-pw"));
	strbuf_release(&err);
	json_decref(f.snapshot);
	json_decref(f.state);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plain_attribute),
		cmocka_unit_test(test_hashed_secret_comes_from_its_configuration),
		cmocka_unit_test(test_changed_configuration_is_unknown_until_applied),
		cmocka_unit_test(test_generated_secret_cannot_be_referenced),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
