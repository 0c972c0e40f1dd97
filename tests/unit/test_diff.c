/*
 * test_diff.c: the generic per-resource diff (plan/diff.c), written as a
 * specification. Each test gives what refresh found (NULL: the resource does
 * not exist) and the resource's attributes as the stack writes them (NULL:
 * removed from the stack); the configuration goes through eval_resource()
 * exactly as in `terrace plan` (references resolved, values coerced,
 * defaults filled), then diff_resource() classifies the change. Out come the
 * action, the changed and force-new attribute names, and the planned
 * attributes.
 *
 * JSON in these tests is written with single quotes for readability; js()
 * turns them into double quotes before parsing.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd/cli.h"
#include "plan/diff.h"
#include "plan/eval.h"
#include "plan/plan.h"
#include "provider/provider.h"
#include "tests/unit/json_support.h"

/* ---- the test resource type: a bucket-like schema ---- */

static const struct attr_schema encryption_attrs[] = {
	{ .name = "sse_algorithm", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "server-side encryption algorithm" },
	{ .name = "kms_master_key_id", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "KMS key for aws:kms encryption" },
	{ NULL },
};

/* A block AWS adds to (a DynamoDB replica's arn). */
static const struct attr_schema copy_attrs[] = {
	{ .name = "region", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the copy's Region" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the copy's ARN" },
	{ NULL },
};

static const struct attr_schema bucket_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "bucket name" },
	{ .name = "region", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "region; the provider's when unset" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL,
	  .description = "tags", .elem_type = ATTR_STRING, .default_json = "{}" },
	{ .name = "versioning", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "object versioning", .default_json = "false" },
	{ .name = "policy", .type = ATTR_JSON, .flags = ATTR_OPTIONAL,
	  .description = "bucket policy document" },
	{ .name = "secret", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_SENSITIVE,
	  .description = "a secret value" },
	{ .name = "force_destroy", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL | ATTR_CONFIG_ONLY,
	  .description = "empty the bucket before deleting it", .default_json = "false" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the bucket's ARN" },
	{ .name = "encryption", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL,
	  .description = "default encryption", .nested = encryption_attrs },
	{ .name = "copies", .type = ATTR_OBJECT_LIST, .flags = ATTR_OPTIONAL,
	  .description = "copies in other Regions", .nested = copy_attrs },
	{ NULL },
};

/* The diff only reads the schema: no functions. */
static const struct resource_type test_bucket = {
	.name = "test.bucket",
	.description = "a bucket-like resource for diff tests",
	.attrs = bucket_attrs,
};

/* What refresh finds for an existing bucket that matches {'name': 'logs'}. */
#define LOGS_AS_CREATED \
	"{'name': 'logs', 'region': 'eu-west-1', 'tags': {}, 'versioning': false," \
	" 'force_destroy': false, 'arn': 'arn:aws:s3:::logs'}"

#define UNKNOWN "{'$unknown': true}"
/* What every made object has (an ARN): not known, surely set. */
#define UNKNOWN_SET "{'$unknown': 'set'}"

/* ---- helpers ---- */

/* Variables of the test stack, and one resource, "upstream", that is planned
 * but whose attributes are only known after apply. */
static json_t *snapshot;

static const json_t *test_resources(void *ctx, const char *name,
				    const json_t **sensitive_names, bool *exists)
{
	(void)ctx;
	(void)sensitive_names;
	*exists = !strcmp(name, "upstream");
	return NULL;
}

static int group_setup(void **state)
{
	(void)state;
	snapshot = js("{'stack': 'test',"
		      " 'variables': {'secret': 's3cr3t', 'new_secret': 'hunter2', 'env': 'prod'},"
		      " 'sensitive_variables': ['secret', 'new_secret']}");
	return 0;
}

static int group_teardown(void **state)
{
	(void)state;
	json_decref(snapshot);
	return 0;
}

/*
 * Plan the resource "logs": `before` is what refresh found (borrowed; NULL:
 * it does not exist), `config` its attributes as written in the stack (NULL:
 * no longer in the stack), `ignore_changes` its lifecycle.ignore_changes.
 */
static void plan_change(struct planned_change *c, const json_t *before, const char *config,
			const char *ignore_changes)
{
	memset(c, 0, sizeof(*c));
	json_t *desired = NULL;
	if (config) {
		struct eval_scope sc = { snapshot, test_resources, NULL };
		struct strbuf err = STRBUF_INIT;
		json_t *raw = js(config);
		desired = eval_resource(&sc, "logs", test_bucket.attrs, raw, &c->sensitive, &err);
		json_decref(raw);
		if (!desired) {
			print_error("eval_resource: %s\n", err.buf);
			strbuf_release(&err);
			fail();
		}
		strbuf_release(&err);
	}
	json_t *ignore = ignore_changes ? js(ignore_changes) : NULL;
	diff_resource(&test_bucket, before, desired, ignore, c);
	json_decref(ignore);
	json_decref(desired);
}

/* The same with `before` written as JSON text (or NULL). */
static void plan_text(struct planned_change *c, const char *before, const char *config,
		      const char *ignore_changes)
{
	json_t *b = before ? js(before) : NULL;
	plan_change(c, b, config, ignore_changes);
	json_decref(b);
}

static void change_release(struct planned_change *c)
{
	json_decref(c->after);
	json_decref(c->changed);
	json_decref(c->forces_new);
	json_decref(c->sensitive);
	memset(c, 0, sizeof(*c));
}

/* The names in a change's changed or forces_new list: NULL when there
 * are none (diff.h), which reads as []. */
#define assert_names(list, expected) \
	assert_json_at((list) ? (list) : empty_names ? empty_names : (empty_names = json_array()), \
		       (expected), __FILE__, __LINE__)
static json_t *empty_names;

#define assert_action(c, want) assert_string_equal(plan_action_name((c)->action), plan_action_name(want))

/* ---- create and delete ---- */

static void test_create_plans_desired_values_and_computed_as_unknown(void **state)
{
	(void)state;
	struct planned_change c;
	plan_text(&c, NULL, "{'name': 'logs'}", NULL);
	assert_action(&c, ACTION_CREATE);
	/* Defaults are planned as set; computed attributes are unknown; nothing
	 * else (no policy, secret or encryption). */
	assert_json(c.after, "{'name': 'logs', 'region': " UNKNOWN ", 'tags': {},"
			     " 'versioning': false, 'force_destroy': false, 'arn': " UNKNOWN_SET "}");
	assert_names(c.changed, "[]");
	assert_names(c.forces_new, "[]");
	change_release(&c);
}

static void test_create_keeps_a_computed_attribute_the_user_sets(void **state)
{
	(void)state;
	struct planned_change c;
	plan_text(&c, NULL, "{'name': 'logs', 'region': 'eu-west-1', 'tags': {'env': '${var.env}'}}", NULL);
	assert_action(&c, ACTION_CREATE);
	assert_json(c.after, "{'name': 'logs', 'region': 'eu-west-1', 'tags': {'env': 'prod'},"
			     " 'versioning': false, 'force_destroy': false, 'arn': " UNKNOWN_SET "}");
	change_release(&c);
}

static void test_create_with_unknown_value_plans_it_unknown(void **state)
{
	(void)state;
	struct planned_change c;
	plan_text(&c, NULL, "{'name': '${upstream.name}'}", NULL);
	assert_action(&c, ACTION_CREATE);
	assert_json(json_object_get(c.after, "name"), UNKNOWN);
	change_release(&c);
}

/* A block's member only AWS gives (computed, not settable) is not known for
 * an entry the stack adds, so a reference to it waits for the apply; an
 * entry that has it (plan_desired copied it from prior) keeps it. */
static void test_new_block_entries_plan_their_computed_members_unknown(void **state)
{
	(void)state;
	struct planned_change c;
	plan_text(&c, NULL, "{'name': 'logs', 'copies': [{'region': 'eu-west-2'}]}", NULL);
	assert_action(&c, ACTION_CREATE);
	assert_json(json_object_get(c.after, "copies"),
		    "[{'region': 'eu-west-2', 'arn': " UNKNOWN "}]");
	change_release(&c);
	plan_text(&c, "{'name': 'logs', 'region': 'eu-west-1', 'tags': {}, 'versioning': false,"
		      " 'force_destroy': false, 'arn': 'arn:aws:s3:::logs',"
		      " 'copies': [{'region': 'eu-west-2', 'arn': 'a2'}]}",
		  "{'name': 'logs', 'copies': [{'region': 'eu-west-2', 'arn': 'a2'},"
		  " {'region': 'eu-west-3'}]}", NULL);
	assert_action(&c, ACTION_UPDATE);
	assert_json(json_object_get(c.after, "copies"),
		    "[{'region': 'eu-west-2', 'arn': 'a2'}, {'region': 'eu-west-3', 'arn': " UNKNOWN "}]");
	change_release(&c);
}

static void test_removed_from_stack_plans_delete(void **state)
{
	(void)state;
	struct planned_change c;
	plan_text(&c, LOGS_AS_CREATED, NULL, NULL);
	assert_action(&c, ACTION_DELETE);
	assert_null(c.after);
	assert_names(c.changed, "[]");
	assert_names(c.forces_new, "[]");
	change_release(&c);
}

static void test_neither_wanted_nor_existing_is_noop(void **state)
{
	(void)state;
	struct planned_change c;
	plan_text(&c, NULL, NULL, NULL);
	assert_action(&c, ACTION_NOOP);
	assert_null(c.after);
	assert_names(c.changed, "[]");
	change_release(&c);
}

/* ---- no-op, update, replace ---- */

static void test_reality_matching_the_stack_is_noop(void **state)
{
	(void)state;
	struct planned_change c;
	plan_text(&c, LOGS_AS_CREATED, "{'name': 'logs'}", NULL);
	assert_action(&c, ACTION_NOOP);
	assert_names(c.changed, "[]");
	assert_names(c.forces_new, "[]");
	/* The plan carries the real computed values. */
	assert_json(c.after, LOGS_AS_CREATED);
	change_release(&c);
}

/* A no-op whose plan equals what exists holds no copy of its own. */
static void test_noop_shares_the_current_attributes(void **state)
{
	(void)state;
	struct planned_change c;
	json_t *before = js(LOGS_AS_CREATED);
	plan_change(&c, before, "{'name': 'logs'}", NULL);
	assert_action(&c, ACTION_NOOP);
	assert_ptr_equal(c.after, before);
	change_release(&c);
	/* Not when they differ: an update plans its own. */
	plan_change(&c, before, "{'name': 'logs', 'versioning': true}", NULL);
	assert_action(&c, ACTION_UPDATE);
	assert_ptr_not_equal(c.after, before);
	change_release(&c);
	json_decref(before);
}

static void test_explicit_defaults_are_noop(void **state)
{
	(void)state;
	struct planned_change c;
	/* "false" as a string is how a quoted YAML value arrives. */
	plan_text(&c, LOGS_AS_CREATED,
		  "{'name': 'logs', 'tags': {}, 'versioning': 'false', 'force_destroy': false}", NULL);
	assert_action(&c, ACTION_NOOP);
	change_release(&c);
}

static void test_versioning_change_updates_in_place(void **state)
{
	(void)state;
	struct planned_change c;
	plan_text(&c, LOGS_AS_CREATED, "{'name': 'logs', 'versioning': true}", NULL);
	assert_action(&c, ACTION_UPDATE);
	assert_names(c.changed, "['versioning']");
	assert_names(c.forces_new, "[]");
	assert_json(c.after, "{'name': 'logs', 'region': 'eu-west-1', 'tags': {}, 'versioning': true,"
			     " 'force_destroy': false, 'arn': 'arn:aws:s3:::logs'}");
	change_release(&c);
}

static void test_config_only_change_updates_in_place(void **state)
{
	(void)state;
	struct planned_change c;
	plan_text(&c, LOGS_AS_CREATED, "{'name': 'logs', 'force_destroy': true}", NULL);
	assert_action(&c, ACTION_UPDATE);
	assert_names(c.changed, "['force_destroy']");
	assert_names(c.forces_new, "[]");
	change_release(&c);
}

static void test_name_change_replaces(void **state)
{
	(void)state;
	struct planned_change c;
	plan_text(&c, LOGS_AS_CREATED, "{'name': 'logs-v2'}", NULL);
	assert_action(&c, ACTION_REPLACE);
	assert_names(c.changed, "['name']");
	assert_names(c.forces_new, "['name']");
	/* A new bucket: what the provider computes is not known yet. */
	assert_json(c.after, "{'name': 'logs-v2', 'region': " UNKNOWN ", 'tags': {},"
			     " 'versioning': false, 'force_destroy': false, 'arn': " UNKNOWN_SET "}");
	change_release(&c);
}

static void test_replace_lists_every_changed_attribute(void **state)
{
	(void)state;
	struct planned_change c;
	plan_text(&c, LOGS_AS_CREATED, "{'name': 'logs-v2', 'versioning': true, 'region': 'eu-west-1'}",
		  NULL);
	assert_action(&c, ACTION_REPLACE);
	/* In schema order; only name forces the replacement. */
	assert_names(c.changed, "['name', 'versioning']");
	assert_names(c.forces_new, "['name']");
	/* A computed attribute the user sets is planned with the user's value. */
	assert_json(json_object_get(c.after, "region"), "'eu-west-1'");
	assert_json(json_object_get(c.after, "arn"), UNKNOWN_SET);
	change_release(&c);
}

/* ---- computed attributes ---- */

static void test_unset_optional_computed_keeps_the_real_value(void **state)
{
	(void)state;
	struct planned_change c;
	plan_text(&c, "{'name': 'logs', 'region': 'us-east-2', 'tags': {}, 'versioning': false,"
		      " 'force_destroy': false, 'arn': 'arn:aws:s3:::logs'}",
		  "{'name': 'logs'}", NULL);
	assert_action(&c, ACTION_NOOP);
	assert_json(json_object_get(c.after, "region"), "'us-east-2'");
	change_release(&c);
}

static void test_set_optional_computed_is_compared(void **state)
{
	(void)state;
	struct planned_change c;
	plan_text(&c, LOGS_AS_CREATED, "{'name': 'logs', 'region': 'us-east-2'}", NULL);
	assert_action(&c, ACTION_UPDATE);
	assert_names(c.changed, "['region']");
	assert_json(json_object_get(c.after, "region"), "'us-east-2'");
	change_release(&c);
}

/* ---- drift ---- */

static void test_tag_added_outside_terrace_plans_update(void **state)
{
	(void)state;
	struct planned_change c;
	plan_text(&c, "{'name': 'logs', 'region': 'eu-west-1', 'tags': {'env': 'prod', 'owner': 'bob'},"
		      " 'versioning': false, 'force_destroy': false, 'arn': 'arn:aws:s3:::logs'}",
		  "{'name': 'logs', 'tags': {'env': 'prod'}}", NULL);
	assert_action(&c, ACTION_UPDATE);
	assert_names(c.changed, "['tags']");
	assert_json(json_object_get(c.after, "tags"), "{'env': 'prod'}");
	change_release(&c);
}

static void test_tag_added_to_an_untagged_bucket_plans_update(void **state)
{
	(void)state;
	struct planned_change c;
	/* tags unset means its default, {}: the extra tag is removed. */
	plan_text(&c, "{'name': 'logs', 'region': 'eu-west-1', 'tags': {'owner': 'bob'},"
		      " 'versioning': false, 'force_destroy': false, 'arn': 'arn:aws:s3:::logs'}",
		  "{'name': 'logs'}", NULL);
	assert_action(&c, ACTION_UPDATE);
	assert_names(c.changed, "['tags']");
	assert_json(json_object_get(c.after, "tags"), "{}");
	change_release(&c);
}

static void test_unset_optional_present_in_reality_plans_update(void **state)
{
	(void)state;
	struct planned_change c;
	plan_text(&c, "{'name': 'logs', 'region': 'eu-west-1', 'tags': {}, 'versioning': false,"
		      " 'force_destroy': false, 'arn': 'arn:aws:s3:::logs',"
		      " 'policy': {'Version': '2012-10-17', 'Statement': []}}",
		  "{'name': 'logs'}", NULL);
	assert_action(&c, ACTION_UPDATE);
	assert_names(c.changed, "['policy']");
	/* The update removes it. */
	assert_null(json_object_get(c.after, "policy"));
	change_release(&c);
}

static void test_ignore_changes_hides_tag_drift(void **state)
{
	(void)state;
	struct planned_change c;
	plan_text(&c, "{'name': 'logs', 'region': 'eu-west-1', 'tags': {'env': 'prod', 'owner': 'bob'},"
		      " 'versioning': false, 'force_destroy': false, 'arn': 'arn:aws:s3:::logs'}",
		  "{'name': 'logs', 'tags': {'env': 'prod'}}", "['tags']");
	assert_action(&c, ACTION_NOOP);
	assert_names(c.changed, "[]");
	/* The real tags are kept. */
	assert_json(json_object_get(c.after, "tags"), "{'env': 'prod', 'owner': 'bob'}");
	change_release(&c);
}

static void test_ignore_changes_on_force_new_attribute_avoids_replace(void **state)
{
	(void)state;
	struct planned_change c;
	plan_text(&c, LOGS_AS_CREATED, "{'name': 'logs-v2'}", "['name']");
	assert_action(&c, ACTION_NOOP);
	assert_names(c.forces_new, "[]");
	assert_json(json_object_get(c.after, "name"), "'logs'");
	change_release(&c);
}

/* ---- comparison by meaning ---- */

static void test_policy_compared_by_meaning(void **state)
{
	(void)state;
	struct planned_change c;
	/* Reality: parsed from the API. Stack: JSON text, other key order, 1.0. */
	plan_text(&c, "{'name': 'logs', 'region': 'eu-west-1', 'tags': {}, 'versioning': false,"
		      " 'force_destroy': false, 'arn': 'arn:aws:s3:::logs',"
		      " 'policy': {'Version': '2012-10-17',"
		      "            'Statement': [{'Effect': 'Allow', 'Resource': '*', 'Priority': 1}]}}",
		  "{'name': 'logs', 'policy': '{\\'Statement\\': [{\\'Priority\\': 1.0, \\'Resource\\': \\'*\\',"
		  " \\'Effect\\': \\'Allow\\'}], \\'Version\\': \\'2012-10-17\\'}'}",
		  NULL);
	assert_action(&c, ACTION_NOOP);
	assert_names(c.changed, "[]");
	change_release(&c);
}

static void test_policy_written_as_yaml_compared_by_meaning(void **state)
{
	(void)state;
	struct planned_change c;
	plan_text(&c, "{'name': 'logs', 'region': 'eu-west-1', 'tags': {}, 'versioning': false,"
		      " 'force_destroy': false, 'arn': 'arn:aws:s3:::logs',"
		      " 'policy': {'Version': '2012-10-17', 'Statement': [{'Effect': 'Allow', 'Priority': 1}]}}",
		  "{'name': 'logs', 'policy': {'Statement': [{'Priority': 1.0, 'Effect': 'Allow'}],"
		  " 'Version': '2012-10-17'}}",
		  NULL);
	assert_action(&c, ACTION_NOOP);
	change_release(&c);
}

static void test_policy_with_different_meaning_plans_update(void **state)
{
	(void)state;
	struct planned_change c;
	plan_text(&c, "{'name': 'logs', 'region': 'eu-west-1', 'tags': {}, 'versioning': false,"
		      " 'force_destroy': false, 'arn': 'arn:aws:s3:::logs',"
		      " 'policy': {'Statement': [{'Effect': 'Allow'}]}}",
		  "{'name': 'logs', 'policy': {'Statement': [{'Effect': 'Deny'}]}}", NULL);
	assert_action(&c, ACTION_UPDATE);
	assert_names(c.changed, "['policy']");
	change_release(&c);
}

static void test_null_members_in_nested_objects_compare_as_absent(void **state)
{
	(void)state;
	struct planned_change c;
	/* Reality reports the unset key as null; the stack leaves it out. */
	plan_text(&c, "{'name': 'logs', 'region': 'eu-west-1', 'tags': {}, 'versioning': false,"
		      " 'force_destroy': false, 'arn': 'arn:aws:s3:::logs', 'policy': null,"
		      " 'encryption': {'sse_algorithm': 'AES256', 'kms_master_key_id': null}}",
		  "{'name': 'logs', 'encryption': {'sse_algorithm': 'AES256'}}", NULL);
	assert_action(&c, ACTION_NOOP);
	change_release(&c);

	/* The stack writes the null; reality leaves it out. */
	plan_text(&c, "{'name': 'logs', 'region': 'eu-west-1', 'tags': {}, 'versioning': false,"
		      " 'force_destroy': false, 'arn': 'arn:aws:s3:::logs',"
		      " 'encryption': {'sse_algorithm': 'AES256'}}",
		  "{'name': 'logs', 'encryption': {'sse_algorithm': 'AES256', 'kms_master_key_id': null}}",
		  NULL);
	assert_action(&c, ACTION_NOOP);
	change_release(&c);
}

static void test_nested_member_change_plans_update(void **state)
{
	(void)state;
	struct planned_change c;
	plan_text(&c, "{'name': 'logs', 'region': 'eu-west-1', 'tags': {}, 'versioning': false,"
		      " 'force_destroy': false, 'arn': 'arn:aws:s3:::logs',"
		      " 'encryption': {'sse_algorithm': 'AES256'}}",
		  "{'name': 'logs', 'encryption': {'sse_algorithm': 'aws:kms', 'kms_master_key_id': 'k1'}}",
		  NULL);
	assert_action(&c, ACTION_UPDATE);
	assert_names(c.changed, "['encryption']");
	assert_json(json_object_get(c.after, "encryption"),
		    "{'sse_algorithm': 'aws:kms', 'kms_master_key_id': 'k1'}");
	change_release(&c);
}

/* ---- unknown values ---- */

static void test_unknown_versioning_plans_update(void **state)
{
	(void)state;
	struct planned_change c;
	plan_text(&c, LOGS_AS_CREATED, "{'name': 'logs', 'versioning': '${upstream.versioning}'}", NULL);
	assert_action(&c, ACTION_UPDATE);
	assert_names(c.changed, "['versioning']");
	assert_names(c.forces_new, "[]");
	assert_json(json_object_get(c.after, "versioning"), UNKNOWN);
	change_release(&c);
}

static void test_unknown_name_plans_replace(void **state)
{
	(void)state;
	struct planned_change c;
	plan_text(&c, LOGS_AS_CREATED, "{'name': 'logs-${upstream.suffix}'}", NULL);
	assert_action(&c, ACTION_REPLACE);
	assert_names(c.changed, "['name']");
	assert_names(c.forces_new, "['name']");
	/* text around it: surely set, its known text kept */
	assert_json(json_object_get(c.after, "name"), "{'$unknown': 'set', 'prefix': 'logs-'}");
	assert_json(json_object_get(c.after, "arn"), UNKNOWN_SET);
	change_release(&c);
}

static void test_unknown_inside_a_map_plans_update(void **state)
{
	(void)state;
	struct planned_change c;
	plan_text(&c, LOGS_AS_CREATED, "{'name': 'logs', 'tags': {'source': '${upstream.arn}'}}", NULL);
	assert_action(&c, ACTION_UPDATE);
	assert_names(c.changed, "['tags']");
	assert_json(json_object_get(c.after, "tags"), "{'source': " UNKNOWN "}");
	change_release(&c);
}

/* ---- sensitive values stored hashed ---- */

static json_t *logs_with_stored_secret(const char *secret)
{
	json_t *before = js(LOGS_AS_CREATED);
	json_t *plain = json_string(secret);
	json_object_set_new(before, "secret", value_hashed(plain));
	json_decref(plain);
	return before;
}

static void test_hashed_secret_matches_the_same_secret(void **state)
{
	(void)state;
	struct planned_change c;
	json_t *before = logs_with_stored_secret("s3cr3t");
	plan_change(&c, before, "{'name': 'logs', 'secret': '${var.secret}'}", NULL);
	assert_action(&c, ACTION_NOOP);
	assert_names(c.changed, "[]");
	assert_json(c.sensitive, "['secret']");
	change_release(&c);
	json_decref(before);
}

static void test_hashed_secret_differs_from_a_new_secret(void **state)
{
	(void)state;
	struct planned_change c;
	json_t *before = logs_with_stored_secret("s3cr3t");
	plan_change(&c, before, "{'name': 'logs', 'secret': '${var.new_secret}'}", NULL);
	assert_action(&c, ACTION_UPDATE);
	assert_names(c.changed, "['secret']");
	/* The plan holds the new value to apply; rendering redacts it. */
	assert_json(json_object_get(c.after, "secret"), "'hunter2'");
	change_release(&c);
	json_decref(before);
}

static void test_removed_secret_plans_update(void **state)
{
	(void)state;
	struct planned_change c;
	json_t *before = logs_with_stored_secret("s3cr3t");
	plan_change(&c, before, "{'name': 'logs'}", NULL);
	assert_action(&c, ACTION_UPDATE);
	assert_names(c.changed, "['secret']");
	assert_null(json_object_get(c.after, "secret"));
	change_release(&c);
	json_decref(before);
}

/* A number in plan and console as Terraform shows it (terraform console
 * 1.11.4), whatever the deployment's edition: display only. */
static void test_render_numbers(void **state)
{
	(void)state;
	static const struct {
		double d;
		const char *want;
	} cases[] = {
		{ 1e20, "100000000000000000000" }, { 0.000001, "0.000001" }, { 1e-7, "0.0000001" },
		{ 0.1 + 0.2, "0.30000000000000004" }, { 0.3, "0.3" }, { -2.5e-7, "-0.00000025" },
		{ 123456789012345.6, "123456789012345.6" }, { 1e16, "10000000000000000" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		json_t *v = json_real(cases[i].d);
		struct strbuf sb = STRBUF_INIT;
		render_value(&sb, v, 0);
		if (strcmp(sb.buf, cases[i].want))
			fail_msg("%.17g: %s, want %s", cases[i].d, sb.buf, cases[i].want);
		strbuf_release(&sb);
		json_decref(v);
	}
	json_t *n = json_integer(12345678901234567);
	struct strbuf sb = STRBUF_INIT;
	render_value(&sb, n, 0);
	assert_string_equal(sb.buf, "12345678901234567");
	strbuf_release(&sb);
	json_decref(n);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_create_plans_desired_values_and_computed_as_unknown),
		cmocka_unit_test(test_noop_shares_the_current_attributes),
		cmocka_unit_test(test_create_keeps_a_computed_attribute_the_user_sets),
		cmocka_unit_test(test_create_with_unknown_value_plans_it_unknown),
		cmocka_unit_test(test_removed_from_stack_plans_delete),
		cmocka_unit_test(test_neither_wanted_nor_existing_is_noop),
		cmocka_unit_test(test_reality_matching_the_stack_is_noop),
		cmocka_unit_test(test_explicit_defaults_are_noop),
		cmocka_unit_test(test_versioning_change_updates_in_place),
		cmocka_unit_test(test_config_only_change_updates_in_place),
		cmocka_unit_test(test_name_change_replaces),
		cmocka_unit_test(test_replace_lists_every_changed_attribute),
		cmocka_unit_test(test_unset_optional_computed_keeps_the_real_value),
		cmocka_unit_test(test_set_optional_computed_is_compared),
		cmocka_unit_test(test_tag_added_outside_terrace_plans_update),
		cmocka_unit_test(test_tag_added_to_an_untagged_bucket_plans_update),
		cmocka_unit_test(test_unset_optional_present_in_reality_plans_update),
		cmocka_unit_test(test_ignore_changes_hides_tag_drift),
		cmocka_unit_test(test_ignore_changes_on_force_new_attribute_avoids_replace),
		cmocka_unit_test(test_policy_compared_by_meaning),
		cmocka_unit_test(test_policy_written_as_yaml_compared_by_meaning),
		cmocka_unit_test(test_policy_with_different_meaning_plans_update),
		cmocka_unit_test(test_null_members_in_nested_objects_compare_as_absent),
		cmocka_unit_test(test_nested_member_change_plans_update),
		cmocka_unit_test(test_new_block_entries_plan_their_computed_members_unknown),
		cmocka_unit_test(test_unknown_versioning_plans_update),
		cmocka_unit_test(test_unknown_name_plans_replace),
		cmocka_unit_test(test_unknown_inside_a_map_plans_update),
		cmocka_unit_test(test_hashed_secret_matches_the_same_secret),
		cmocka_unit_test(test_hashed_secret_differs_from_a_new_secret),
		cmocka_unit_test(test_removed_secret_plans_update),
		cmocka_unit_test(test_render_numbers),
	};
	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
