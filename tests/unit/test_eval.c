/*
 * test_eval.c: references to resources as plan/eval.c resolves them against
 * a state: plain attributes, and sensitive ones that state keeps only as a
 * hash, which come back from the configuration they were set from when
 * that still gives the stored value, are unknown when the configuration
 * changed (known again once the resource is updated), and are an error
 * when the provider generated them; and what of a resource's desired
 * attributes plan may read as literals (plan_literal_attrs): none that
 * comes from another resource of the stack.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "plan/eval.h"
#include "plan/plan.h"
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

/* A queue whose key comes from the stack's alias through a local, and
 * whose tags mix a variable's value, the alias's name inside a string,
 * and a list with a literal beside the alias's name. */
static json_t *queue_snapshot(void)
{
	json_t *queue = json_pack(
		"{s:s, s:s, s:{s:s, s:s, s:s}}", "name", "q", "kms_master_key_id", "${local.k}",
		"tags", "team", "${var.team}", "alias", "key-${alias.name}", "pair",
		"${join(\",\", [\"x\", alias.name])}");
	return json_pack("{s:s, s:{s:s}, s:[], s:{}, s:{s:{s:s}},"
			 " s:{s:{s:s, s:s, s:{s:s, s:s}, s:[]}, s:{s:s, s:s, s:o, s:[s]},"
			 " s:{s:s, s:s, s:{s:s, s:s}, s:[]}}}",
			 "stack", "t", "variables", "team", "data", "sensitive_variables",
			 "providers", "locals", "k", "value", "${alias.name}",
			 "resources",
			 "alias", "type", "aws.kms.alias", "provider", "aws", "config", "name",
			 "alias/own", "target_key_id", "k-1", "dependencies",
			 "queue", "type", "aws.sqs.queue", "provider", "aws", "config", queue,
			 "dependencies", "alias",
			 "plain", "type", "aws.sqs.queue", "provider", "aws", "config", "name", "p",
			 "kms_master_key_id", "alias/theirs", "dependencies");
}

static void test_literal_view_withholds_the_stacks_resources(void **state)
{
	(void)state;
	json_t *snap = queue_snapshot();
	json_t *st = json_pack("{s:{s:{s:s, s:{s:s, s:s}}}}", "resources", "alias", "type",
			       "aws.kms.alias", "attributes", "name", "alias/own", "target_key_id",
			       "k-1");
	struct fixture f = { snap, st };
	struct eval_scope sc = { f.snapshot, from_state, (void *)&f, NULL };
	const struct resource_type *rt = resource_type_find("aws.sqs.queue", NULL);
	const json_t *res = json_object_get(json_object_get(snap, "resources"), "queue");
	json_t *sens = NULL;
	struct strbuf err = STRBUF_INIT;
	assert_non_null(rt);
	json_t *desired = eval_resource(&sc, "queue", rt->attrs, json_object_get(res, "config"),
					&sens, &err);
	assert_non_null(desired);
	/* plan knows the alias's name */
	assert_string_equal(json_string_value(json_object_get(desired, "kms_master_key_id")),
			    "alias/own");
	json_t *lit = plan_literal_attrs(&sc, "queue", rt, res, desired);
	/* through the local: not a literal */
	assert_true(value_is_unknown(json_object_get(lit, "kms_master_key_id")));
	const json_t *tags = json_object_get(lit, "tags");
	/* a variable's value is; a string or a function of the alias is not */
	assert_string_equal(json_string_value(json_object_get(tags, "team")), "data");
	assert_true(value_is_unknown(json_object_get(tags, "alias")));
	assert_true(value_is_unknown(json_object_get(tags, "pair")));
	assert_string_equal(json_string_value(json_object_get(lit, "name")), "q");
	json_decref(lit);
	json_decref(desired);
	json_decref(sens);
	/* a resource that uses none is its own view */
	res = json_object_get(json_object_get(snap, "resources"), "plain");
	sens = NULL;
	desired = eval_resource(&sc, "plain", rt->attrs, json_object_get(res, "config"), &sens,
				&err);
	assert_non_null(desired);
	lit = plan_literal_attrs(&sc, "plain", rt, res, desired);
	assert_ptr_equal(lit, desired);
	assert_string_equal(json_string_value(json_object_get(lit, "kms_master_key_id")),
			    "alias/theirs");
	json_decref(lit);
	json_decref(desired);
	json_decref(sens);
	strbuf_release(&err);
	json_decref(f.snapshot);
	json_decref(f.state);
}

/* A splat or a for over instances whose state holds no value of an
 * attribute their type's schema has (an awscc resource's optional property
 * AWS does not answer: an IPv6-only subnet's CidrBlock) gives null for each,
 * as db[0].ATTR does; an attribute not in the schema stays an error. */
static void test_splat_of_an_attribute_state_lacks(void **state)
{
	(void)state;
	struct fixture f = { snapshot_with("s3cret-pw", "${var.password}"), state_with("s3cret-pw") };
	struct strbuf err = STRBUF_INIT;
	bool sensitive = false;
	/* two instances of db (count = 2), neither with a kms_key_id */
	json_t *all = json_object_get(f.state, "resources");
	json_object_set(all, "db[0]", json_object_get(all, "db"));
	json_object_set_new(all, "db[1]", json_deep_copy(json_object_get(all, "db")));
	json_object_del(all, "db");
	all = json_object_get(f.snapshot, "resources");
	json_object_set(all, "db[0]", json_object_get(all, "db"));
	json_object_set_new(all, "db[1]", json_deep_copy(json_object_get(all, "db")));
	json_object_del(all, "db");
	json_t *v = eval_in(&f, "${db[*].kms_key_id}", &sensitive, &err);
	if (!v)
		print_error("%s\n", err.buf);
	assert_non_null(v);
	char *text = json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT);
	assert_string_equal(text, "[null,null]");
	free(text);
	json_decref(v);
	v = eval_in(&f, "${db[0].kms_key_id}", &sensitive, &err);
	assert_true(json_is_null(v));
	json_decref(v);
	assert_null(eval_in(&f, "${db[*].nosuch}", &sensitive, &err));
	assert_non_null(strstr(err.buf, "no attribute \"nosuch\""));
	/* each instance whole holds the schema's attributes, null where unset */
	v = eval_in(&f, "${[for d in db : d.kms_key_id]}", &sensitive, &err);
	assert_non_null(v);
	text = json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT);
	assert_string_equal(text, "[null,null]");
	free(text);
	json_decref(v);
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
		cmocka_unit_test(test_literal_view_withholds_the_stacks_resources),
		cmocka_unit_test(test_splat_of_an_attribute_state_lacks),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
