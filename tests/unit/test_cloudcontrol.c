/*
 * test_cloudcontrol.c: the awscc types (provider/aws/cloudcontrol): every
 * row of the schema table builds a type (and how long that takes, printed);
 * how many of the schemas' patterns PCRE2 does not compile (printed, held
 * under a bound); the names and flags a type's attributes get; and the
 * checks of what a stack writes (cc_check_config), each of which refuses
 * what the schema refuses and passes what is not known yet.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "provider/aws/cloudcontrol/cloudcontrol.h"
#include "provider/aws/checks/schema/api.h"
#include "provider/provider.h"

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static const struct resource_type *type(const char *name)
{
	const struct resource_type *rt = resource_type_find(name, NULL);
	if (!rt)
		fail_msg("no type %s", name);
	return rt;
}

static const struct attr_schema *attr(const struct resource_type *rt, const char *path)
{
	const struct attr_schema *attrs = rt->attrs, *a = NULL;
	char *copy = xstrdup(path), *save = NULL;
	for (char *p = strtok_r(copy, ".", &save); p; p = strtok_r(NULL, ".", &save)) {
		a = attrs ? schema_find(attrs, p) : NULL;
		if (!a)
			fail_msg("%s: no attribute %s", rt->name, path);
		attrs = a->nested;
	}
	free(copy);
	return a;
}

/* ---- every row ------------------------------------------------------------ */

static const char *const meta_keys[] = { "type", "provider", "depends_on", "lifecycle",
					 "for_each", "count", NULL };

static size_t check_attrs(const char *where, const struct attr_schema *attrs, bool top)
{
	size_t n = 0;
	for (const struct attr_schema *a = attrs; a->name; a++, n++) {
		for (size_t i = 0; top && meta_keys[i]; i++)
			if (!strcmp(a->name, meta_keys[i]))
				fail_msg("%s: attribute %s is a key the stack writes beside them", where,
					 a->name);
		if (!(a->flags & (ATTR_REQUIRED | ATTR_OPTIONAL | ATTR_COMPUTED)))
			fail_msg("%s.%s: neither required, optional nor computed", where, a->name);
		if ((a->flags & ATTR_REQUIRED) && (a->flags & (ATTR_OPTIONAL | ATTR_COMPUTED)))
			fail_msg("%s.%s: required and optional or computed", where, a->name);
		if ((a->type == ATTR_OBJECT || a->type == ATTR_OBJECT_LIST) != (a->nested != NULL))
			fail_msg("%s.%s: a block without its attributes", where, a->name);
		if (a->nested)
			n += check_attrs(where, a->nested, false);
	}
	return n;
}

static void test_every_row_builds_a_type(void **state)
{
	(void)state;
	size_t n = 0, attrs = 0;
	const char *const *names = cc_type_names(&n);
	size_t aliases = 0;
	for (size_t i = 0; i < cc_schema_count; i++)
		aliases += !!(cc_schema_rows[i].handlers & CC_ROW_ALIAS);
	assert_int_equal(n + aliases, cc_schema_count); /* old names are not offered */
	assert_true(aliases >= 1);
	assert_true(n >= 900);
	double t0 = now_s();
	for (size_t i = 0; i < n; i++) {
		const struct provider_type *pt = NULL;
		const struct resource_type *rt = resource_type_find(names[i], &pt);
		if (!rt)
			fail_msg("%s does not build", names[i]);
		assert_string_equal(pt->name, "aws");
		assert_string_equal(rt->name, names[i]);
		assert_non_null(cc_type_of(rt));
		assert_ptr_equal(cc_type_find(names[i]), rt); /* kept, not built again */
		assert_non_null(pt->check); /* its schema: the aws check hook (checks/schema/) */
		assert_non_null(strstr(rt->import_id, "its primary identifier ("));
		if (i)
			assert_true(strcmp(names[i - 1], names[i]) < 0);
		attrs += check_attrs(names[i], rt->attrs, true);
	}
	print_message("%zu awscc types built in %.2f s, %zu attributes (sanitizer build)\n", n,
		      now_s() - t0, attrs);
	assert_null(cc_type_find("awscc.sqs.nothing"));
	assert_null(cc_type_find("aws.sqs.queue"));
	/* the written types' list stays the written types' */
	size_t k;
	const char *const *written = resource_type_names(&k);
	for (size_t i = 0; i < k; i++)
		assert_int_not_equal(strncmp(written[i], "awscc.", 6), 0);
}

static void *find_queue(void *arg)
{
	(void)arg;
	return (void *)cc_type_find("awscc.sqs.queue");
}

static void test_one_type_from_several_threads(void **state)
{
	(void)state;
	pthread_t th[4];
	void *got[4];
	for (int i = 0; i < 4; i++)
		pthread_create(&th[i], NULL, find_queue, NULL);
	for (int i = 0; i < 4; i++)
		pthread_join(th[i], &got[i]);
	for (int i = 1; i < 4; i++)
		assert_ptr_equal(got[i], got[0]);
}

/* Every string "pattern" of a schema node, through its definitions too. */
static void count_patterns(const struct resource_type *rt, const json_t *node, size_t *all,
			   size_t *failed, struct strbuf *which)
{
	const char *key;
	json_t *v;
	if (json_is_array(node)) {
		size_t i;
		json_array_foreach(node, i, v)
			count_patterns(rt, v, all, failed, which);
		return;
	}
	json_object_foreach((json_t *)node, key, v) {
		if (!strcmp(key, "pattern") && json_is_string(v)) {
			++*all;
			if (cc_pattern_matches(v, "") < 0) {
				++*failed;
				strbuf_addf(which, "%s: %s\n", rt->name, json_string_value(v));
			}
		} else if (json_is_object(v) || json_is_array(v)) {
			count_patterns(rt, v, all, failed, which);
		}
	}
}

static void test_patterns_pcre2_does_not_compile(void **state)
{
	(void)state;
	size_t n, all = 0, failed = 0;
	struct strbuf which = STRBUF_INIT;
	const char *const *names = cc_type_names(&n);
	for (size_t i = 0; i < n; i++) {
		const struct resource_type *rt = type(names[i]);
		count_patterns(rt, cc_type_of(rt)->schema, &all, &failed, &which);
	}
	print_message("%zu of %zu patterns do not compile in PCRE2 (not checked):\n", failed, all);
	for (char *line = which.buf, *end; *line; line = end + 1) {
		end = strchr(line, '\n');
		print_message("  %.*s\n", (int)(end - line), line);
	}
	strbuf_release(&which);
	assert_true(all > 6000);
	/* measured with cfn-lint 1.51.0's schemas: 32 of 6,534 (surrogates in a
	 * character class, which UTF mode refuses; Java's \p{Print} and
	 * \p{Graph}, which PCRE2 does not name; a range from \w, [\w-.]); a
	 * change that breaks more fails here */
	assert_true(failed <= 32);
	/* \uHHHH as in JavaScript; a search, not anchored; $ is the very end */
	json_t *p[] = { json_string("^\\u0041+$"), json_string("[0-9]+"), json_string("^a$"),
			json_string("(") };
	assert_int_equal(cc_pattern_matches(p[0], "AAA"), 1);
	assert_int_equal(cc_pattern_matches(p[0], "AAB"), 0);
	assert_int_equal(cc_pattern_matches(p[1], "ab12"), 1);
	assert_int_equal(cc_pattern_matches(p[2], "a\n"), 0);
	assert_int_equal(cc_pattern_matches(p[3], "a"), -1);
	/* p stays: the cache holds the patterns by their addresses */
}

/* ---- names and flags -------------------------------------------------------- */

static void test_hosted_zone_names(void **state)
{
	(void)state;
	const struct resource_type *rt = type("awscc.route53.hosted_zone");
	assert_string_equal(rt->description, "AWS::Route53::HostedZone");
	/* a top-level Id is <resource>_id, as awscc names it; id stays, an
	 * alias with the same flags */
	assert_string_equal(rt->import_id, "its primary identifier (hosted_zone_id)");
	/* the identifier the server assigns: every made zone has it */
	assert_int_equal(attr(rt, "hosted_zone_id")->flags, ATTR_COMPUTED | ATTR_MADE);
	assert_int_equal(attr(rt, "id")->flags, ATTR_COMPUTED);
	assert_int_equal(attr(rt, "name")->type, ATTR_STRING);
	assert_int_equal(attr(rt, "hosted_zone_config")->type, ATTR_OBJECT);
	assert_int_equal(attr(rt, "hosted_zone_config.comment")->type, ATTR_STRING);
	assert_int_equal(attr(rt, "hosted_zone_config.comment")->flags, ATTR_OPTIONAL);
	/* awscc's name for VPCs, case changes split as it splits them */
	assert_int_equal(attr(rt, "vp_cs")->type, ATTR_OBJECT_LIST);
	assert_int_equal(attr(rt, "vp_cs.vpc_id")->flags, ATTR_REQUIRED);
	assert_int_equal(attr(rt, "vp_cs.vpc_region")->flags, ATTR_REQUIRED);
	assert_int_equal(attr(rt, "hosted_zone_tags")->type, ATTR_OBJECT_LIST);
	assert_int_equal(attr(rt, "name_servers")->type, ATTR_LIST);
	assert_int_equal(attr(rt, "name_servers")->elem_type, ATTR_STRING);
	assert_int_equal(attr(rt, "name_servers")->flags, ATTR_COMPUTED);
	assert_int_equal(attr(rt, "id")->flags, ATTR_COMPUTED);
	assert_int_equal(attr(rt, "name")->flags, ATTR_OPTIONAL | ATTR_COMPUTED | ATTR_FORCE_NEW);
	/* a key terrace writes beside the attributes is <resource>_<key> */
	rt = type("awscc.ec2.customer_gateway");
	assert_null(schema_find(rt->attrs, "type"));
	assert_int_equal(attr(rt, "customer_gateway_type")->flags, ATTR_REQUIRED | ATTR_FORCE_NEW);
}

static void test_flags(void **state)
{
	(void)state;
	const struct resource_type *rt = type("awscc.sqs.queue");
	assert_string_equal(rt->import_id, "its primary identifier (queue_url)");
	assert_int_equal(attr(rt, "queue_name")->flags,
			 ATTR_OPTIONAL | ATTR_COMPUTED | ATTR_FORCE_NEW);
	assert_int_equal(attr(rt, "fifo_queue")->flags,
			 ATTR_OPTIONAL | ATTR_COMPUTED | ATTR_FORCE_NEW);
	assert_int_equal(attr(rt, "fifo_queue")->type, ATTR_BOOL);
	assert_int_equal(attr(rt, "delay_seconds")->flags, ATTR_OPTIONAL | ATTR_COMPUTED);
	assert_int_equal(attr(rt, "delay_seconds")->type, ATTR_NUMBER);
	assert_int_equal(attr(rt, "arn")->flags, ATTR_COMPUTED);
	assert_int_equal(attr(rt, "queue_url")->flags, ATTR_COMPUTED | ATTR_MADE);
	assert_int_equal(attr(rt, "redrive_policy")->type, ATTR_JSON);

	rt = type("awscc.efs.file_system");
	assert_int_equal(attr(rt, "performance_mode")->flags,
			 ATTR_OPTIONAL | ATTR_COMPUTED | ATTR_FORCE_NEW);
	assert_int_equal(attr(rt, "file_system_id")->flags, ATTR_COMPUTED | ATTR_MADE);
	/* write-only: kept from the stack, never read back, never shown */
	assert_int_equal(attr(rt, "bypass_policy_lockout_safety_check")->flags,
			 ATTR_OPTIONAL | ATTR_SENSITIVE | ATTR_CONFIG_ONLY);
	/* inside a list of blocks: read-only computed, write-only sensitive,
	 * create-only and config-only are the top's (the core's diff is) */
	assert_int_equal(attr(rt, "replication_configuration.destinations")->type,
			 ATTR_OBJECT_LIST);
	assert_int_equal(attr(rt, "replication_configuration.destinations.status")->flags,
			 ATTR_COMPUTED);
	assert_int_equal(attr(rt, "replication_configuration.destinations.kms_key_id")->flags,
			 ATTR_OPTIONAL | ATTR_SENSITIVE);
	/* the block holding it is never read back as a whole (the core keeps
	 * what is not read back per top-level attribute), but only the leaf
	 * is sensitive: a plan shows the rest (schema_sensitive_leaves) */
	assert_int_equal(attr(rt, "replication_configuration")->flags,
			 ATTR_OPTIONAL | ATTR_CONFIG_ONLY);
	assert_int_equal(attr(rt, "file_system_policy")->type, ATTR_JSON);
	assert_int_equal(attr(rt, "file_system_tags")->type, ATTR_OBJECT_LIST);
	rt = type("awscc.iam.user");
	assert_int_equal(attr(rt, "login_profile")->flags, ATTR_OPTIONAL | ATTR_CONFIG_ONLY);
	assert_int_equal(attr(rt, "login_profile.password")->flags,
			 ATTR_REQUIRED | ATTR_SENSITIVE);
	assert_int_equal(attr(rt, "path")->flags, ATTR_OPTIONAL | ATTR_COMPUTED);

	/* write-only but of values its schema lists (an enum): no secret,
	 * shown and stored as written; a free text beside it stays secret */
	rt = type("awscc.ssm.parameter");
	assert_int_equal(attr(rt, "tier")->flags, ATTR_OPTIONAL | ATTR_CONFIG_ONLY);
	assert_int_equal(attr(rt, "policies")->flags,
			 ATTR_OPTIONAL | ATTR_SENSITIVE | ATTR_CONFIG_ONLY);
	rt = type("awscc.rds.db_instance");
	assert_int_equal(attr(rt, "master_user_password")->flags,
			 ATTR_OPTIONAL | ATTR_SENSITIVE | ATTR_CONFIG_ONLY);
	assert_int_equal(attr(rt, "master_user_secret.secret_arn")->flags, ATTR_COMPUTED);
	/* a definition inside itself: blocks for 6 definitions, then JSON */
	rt = type("awscc.wafv2.rule_group");
	assert_int_equal(attr(rt, "rules.statement.and_statement.statements.and_statement")->type,
			 ATTR_OBJECT);
	assert_int_equal(attr(rt, "rules.statement.and_statement.statements.and_statement."
			      "statements")->type, ATTR_OBJECT_LIST);
	assert_int_equal(attr(rt, "rules.statement.and_statement.statements.and_statement."
			      "statements.and_statement")->type, ATTR_JSON);
	/* past the depth a scalar's definition stays a scalar: it recurses
	 * into nothing (a Kendra Salesforce field's name, seven definitions
	 * deep, was a JSON document, and "Owner" was refused as no JSON) */
	rt = type("awscc.kendra.data_source");
	assert_int_equal(attr(rt, "data_source_configuration.salesforce_configuration."
			      "standard_object_configurations.field_mappings."
			      "data_source_field_name")->type, ATTR_STRING);
	rt = type("awscc.wafv2.web_acl");
	assert_int_equal(attr(rt, "rules.statement.or_statement.statements."
			      "size_constraint_statement.text_transformations.priority")->type,
			 ATTR_NUMBER);
	assert_string_equal(type("awscc.amplifyuibuilder.theme")->import_id,
			    "its primary identifier (app_id|environment_name|theme_id)");
}

/* ---- awscc's names, and the old ones kept ------------------------------------ */

static void test_awscc_names_and_aliases(void **state)
{
	(void)state;
	/* awscc's acronyms (internal/naming: OTel is one word) */
	const struct resource_type *now = type("awscc.cloudwatch.otel_enrichment");
	const struct resource_type *old = type("awscc.cloudwatch.o_tel_enrichment");
	assert_string_equal(now->description, "AWS::CloudWatch::OTelEnrichment");
	assert_string_equal(old->description, "AWS::CloudWatch::OTelEnrichment");
	assert_string_equal(cc_schema_find_cfn("AWS::CloudWatch::OTelEnrichment")->name,
			    "awscc.cloudwatch.otel_enrichment");
	size_t n = 0;
	const char *const *names = cc_type_names(&n);
	for (size_t i = 0; i < n; i++)
		assert_string_not_equal(names[i], "awscc.cloudwatch.o_tel_enrichment");
	/* a required Id: fleet_id or id, one of them, not both */
	const struct resource_type *rt = type("awscc.iotfleetwise.fleet");
	assert_int_equal(attr(rt, "fleet_id")->flags, ATTR_OPTIONAL | ATTR_COMPUTED | ATTR_FORCE_NEW);
	assert_int_equal(attr(rt, "id")->flags, ATTR_OPTIONAL | ATTR_COMPUTED | ATTR_FORCE_NEW);
	const json_t *schema = cc_type_of(rt)->schema;
	json_t *old_doc = json_pack("{s:s, s:s}", "id", "f1", "signal_catalog_arn", "arn:x");
	json_t *new_doc = json_pack("{s:s, s:s}", "fleet_id", "f1", "signal_catalog_arn", "arn:x");
	json_t *a = cc_to_properties(schema, old_doc), *b = cc_to_properties(schema, new_doc);
	assert_true(json_equal(a, b));
	assert_string_equal(json_string_value(json_object_get(a, "Id")), "f1");
	/* read back: both names */
	json_t *back = cc_from_properties(schema, a);
	assert_string_equal(json_string_value(json_object_get(back, "id")), "f1");
	assert_string_equal(json_string_value(json_object_get(back, "fleet_id")), "f1");
	json_decref(back);
	json_decref(a);
	json_decref(b);
	json_decref(old_doc);
	json_decref(new_doc);
	/* inside a block (CloudFront's CNAMEs: cnames, cnam_es before): read
	 * back under the new name, spelled as the stack or the state spelled it */
	rt = type("awscc.cloudfront.distribution");
	schema = cc_type_of(rt)->schema;
	json_t *wrote = json_loads("{\"distribution_config\": {\"cnam_es\": [\"a.example\"]}}",
				   0, NULL);
	json_t *sent = cc_to_properties(schema, wrote);
	json_t *cnames = json_object_get(json_object_get(sent, "DistributionConfig"), "CNAMEs");
	assert_string_equal(json_string_value(json_array_get(cnames, 0)), "a.example");
	back = cc_from_properties(schema, sent);
	assert_non_null(json_object_get(json_object_get(back, "distribution_config"), "cnames"));
	assert_null(json_object_get(json_object_get(back, "distribution_config"), "cnam_es"));
	cc_follow_order(schema, back, wrote);
	assert_true(json_equal(back, wrote));
	json_decref(back);
	json_decref(sent);
	json_decref(wrote);
	/* the Provider property is provider_name; its old name stays */
	rt = type("awscc.networkmanager.link");
	assert_non_null(attr(rt, "provider_name"));
	assert_string_equal(cc_alias_of(json_object_get(cc_type_of(rt)->schema, "properties"),
					"link_provider"), "provider_name");
}

/* A document of a oneOf node (DynamoDB's KeySchema) written in snake_case
 * is sent in CloudFormation's names; read back, spelled as it was written. */
static void test_documents_in_snake_case(void **state)
{
	(void)state;
	const struct resource_type *rt = type("awscc.dynamodb.table");
	const json_t *schema = cc_type_of(rt)->schema;
	assert_int_equal(attr(rt, "key_schema")->type, ATTR_JSON);
	json_t *written = json_loads("{\"key_schema\": [{\"attribute_name\": \"pk\", "
				     "\"key_type\": \"HASH\"}, {\"AttributeName\": \"sk\", "
				     "\"KeyType\": \"RANGE\", \"other\": 1}]}", 0, NULL);
	json_t *props = cc_to_properties(schema, written);
	json_t *want = json_loads("[{\"AttributeName\": \"pk\", \"KeyType\": \"HASH\"}, "
				  "{\"AttributeName\": \"sk\", \"KeyType\": \"RANGE\", "
				  "\"other\": 1}]", 0, NULL);
	assert_true(json_equal(json_object_get(props, "KeySchema"), want));
	json_t *back = cc_from_properties(schema, props);
	cc_follow_order(schema, back, written);
	assert_true(json_equal(json_object_get(back, "key_schema"),
			       json_object_get(written, "key_schema")));
	json_decref(back);
	json_decref(want);
	json_decref(props);
	json_decref(written);
}

/* ---- the checks of what a stack writes --------------------------------------- */

static const char *attr_at;

/* The check's message for `yaml` (JSON text here) on type `name`, or NULL
 * when it passes; attr_at the attribute it names. */
static char *check(const char *name, const char *text)
{
	static char msg[1024];
	json_error_t jerr;
	json_t *config = json_loads(text, 0, &jerr);
	if (!config)
		fail_msg("bad JSON in the test: %s", jerr.text);
	struct strbuf err = STRBUF_INIT;
	attr_at = NULL;
	int rc = cc_check_config(type(name), config, &attr_at, &err);
	json_decref(config);
	if (!rc) {
		assert_int_equal(err.len, 0);
		strbuf_release(&err);
		return NULL;
	}
	snprintf(msg, sizeof(msg), "%s", err.buf);
	strbuf_release(&err);
	return msg;
}

static void expect(const char *name, const char *text, const char *message, const char *at)
{
	const char *got = check(name, text);
	if (!got)
		fail_msg("%s %s passed; expected %s", name, text, message);
	if (!strstr(got, message))
		fail_msg("%s %s: got \"%s\", expected \"%s\"", name, text, got, message);
	if (at)
		assert_string_equal(attr_at ? attr_at : "(none)", at);
	else
		assert_null(attr_at);
}

static void passes(const char *name, const char *text)
{
	const char *got = check(name, text);
	if (got)
		fail_msg("%s %s: refused: %s", name, text, got);
}

static void test_check_enum(void **state)
{
	(void)state;
	passes("awscc.logs.log_group", "{\"log_group_class\": \"STANDARD\", \"retention_in_days\": 7}");
	expect("awscc.logs.log_group", "{\"log_group_class\": \"STANDRD\"}",
	       "log_group_class: \"STANDRD\" is not one of \"STANDARD\", \"INFREQUENT_ACCESS\", "
	       "\"DELIVERY\" (did you mean \"STANDARD\"?) (AWS::Logs::LogGroup's schema)",
	       "log_group_class");
	/* an integer enum, and a number written as text */
	expect("awscc.logs.log_group", "{\"retention_in_days\": 8}", "8 is not one of 1, 3, 5",
	       "retention_in_days");
	passes("awscc.logs.log_group", "{\"retention_in_days\": \"14\"}");
	expect("awscc.logs.log_group", "{\"retention_in_days\": \"15\"}", "15 is not one of",
	       "retention_in_days");
}

/* The attribute a refusal names is no buffer the next check writes over:
 * it still names its own after another check of the same thread refuses
 * another attribute. */
static void test_check_attr_outlives_the_next_check(void **state)
{
	(void)state;
	assert_non_null(check("awscc.logs.log_group", "{\"log_group_class\": \"STANDRD\"}"));
	const char *first = attr_at;
	assert_non_null(check("awscc.logs.log_group", "{\"retention_in_days\": 8}"));
	assert_string_equal(attr_at, "retention_in_days");
	assert_string_equal(first, "log_group_class");
}

static void test_check_pattern_and_length(void **state)
{
	(void)state;
	passes("awscc.events.event_bus", "{\"name\": \"orders\"}");
	expect("awscc.events.event_bus", "{\"name\": \"or ders\"}",
	       "name: \"or ders\" does not match the pattern it takes, ^[/\\.\\-_A-Za-z0-9]+$", "name");
	expect("awscc.events.archive", "{\"source_arn\": \"a\", \"archive_name\": \"\"}",
	       "archive_name: 0 characters, where it takes 1 to 48 characters", "archive_name");
	/* characters, not bytes: 48 two-byte characters fit, 49 do not (the
	 * pattern refuses them after, so the length is checked on its own) */
	char text[512], name[200] = "";
	for (int i = 0; i < 49; i++)
		strcat(name, "\xc3\xa9");
	snprintf(text, sizeof(text), "{\"source_arn\": \"a\", \"archive_name\": \"%s\"}", name);
	expect("awscc.events.archive", text, "49 characters, where it takes 1 to 48", "archive_name");
	/* a write-only value is not shown */
	expect("awscc.events.event_bus", "{\"name\": \"b\", \"event_source_name\": \"x y\"}",
	       "event_source_name: (sensitive value) does not match", "event_source_name");
	/* but a write-only value of a listed set is: it keeps no secret */
	expect("awscc.ssm.parameter", "{\"parameter_type\": \"String\", \"value\": \"v\", "
	       "\"tier\": \"Bogus\"}", "tier: \"Bogus\" is not one of", "tier");
}

static void test_check_range_and_whole_numbers(void **state)
{
	(void)state;
	passes("awscc.sqs.queue", "{\"delay_seconds\": 900, \"maximum_message_size\": \"2048\"}");
	expect("awscc.sqs.queue", "{\"delay_seconds\": 901}",
	       "delay_seconds: 901, where it takes 0 to 900 (AWS::SQS::Queue's schema)",
	       "delay_seconds");
	expect("awscc.sqs.queue", "{\"delay_seconds\": -1}",
	       "delay_seconds: -1, where it takes 0 to 900 (AWS::SQS::Queue's schema)",
	       "delay_seconds");
	passes("awscc.sqs.queue", "{\"delay_seconds\": 0}");
	expect("awscc.sqs.queue", "{\"delay_seconds\": 1.5}", "1.5 is not a whole number",
	       "delay_seconds");
	expect("awscc.sqs.queue", "{\"delay_seconds\": \"soon\"}", "must be a number",
	       "delay_seconds");
}

/* minItems/maxItems, on a real type's schema: AWS::Logs::MetricFilter's
 * MetricTransformations takes exactly 1 item, a transformation's
 * Dimensions 1 to 3. */
static void test_check_items(void **state)
{
	(void)state;
	const char *filter = "{\"filter_pattern\": \"ERROR\", \"log_group_name\": \"g\", ";
	const char *one = "{\"metric_name\": \"m\", \"metric_namespace\": \"n\", "
			  "\"metric_value\": \"1\"";
	char text[1024];
	snprintf(text, sizeof(text), "%s\"metric_transformations\": [%s}]}", filter, one);
	passes("awscc.logs.metric_filter", text);
	snprintf(text, sizeof(text), "%s\"metric_transformations\": [%s}, %s}]}", filter, one, one);
	expect("awscc.logs.metric_filter", text,
	       "metric_transformations: 2 items, where it takes 1 to 1 items", "metric_transformations");
	snprintf(text, sizeof(text), "%s\"metric_transformations\": []}", filter);
	expect("awscc.logs.metric_filter", text,
	       "metric_transformations: 0 items, where it takes 1 to 1 items", "metric_transformations");
	const char *dim = "{\"key\": \"k\", \"value\": \"$.v\"}";
	snprintf(text, sizeof(text), "%s\"metric_transformations\": [%s, \"dimensions\": "
		 "[%s, %s, %s]}]}", filter, one, dim, dim, dim);
	passes("awscc.logs.metric_filter", text);
	snprintf(text, sizeof(text), "%s\"metric_transformations\": [%s, \"dimensions\": "
		 "[%s, %s, %s, %s]}]}", filter, one, dim, dim, dim, dim);
	expect("awscc.logs.metric_filter", text,
	       "metric_transformations[0].dimensions: 4 items, where it takes 1 to 3 items",
	       "metric_transformations[0].dimensions");
	snprintf(text, sizeof(text), "%s\"metric_transformations\": [%s, \"dimensions\": []}]}",
		 filter, one);
	expect("awscc.logs.metric_filter", text,
	       "metric_transformations[0].dimensions: 0 items, where it takes 1 to 3 items",
	       "metric_transformations[0].dimensions");
}

static void test_check_required_and_unknown(void **state)
{
	(void)state;
	expect("awscc.events.archive", "{\"archive_name\": \"a\"}",
	       "the required property source_arn is not set", NULL);
	expect("awscc.route53.hosted_zone", "{\"vp_cs\": [{\"vpc_id\": \"vpc-1\"}]}",
	       "vp_cs[0]: the required property vpc_region is not set", "vp_cs[0]");
	expect("awscc.route53.hosted_zone",
	       "{\"hosted_zone_config\": {\"coment\": \"x\"}}",
	       "hosted_zone_config.coment: no such property (did you mean \"comment\"?)",
	       "hosted_zone_config.coment");
	expect("awscc.route53.hosted_zone", "{\"name_servers\": [\"a\"]}",
	       "name_servers: is read-only", "name_servers");
	expect("awscc.route53.hosted_zone", "{\"vp_cs\": {\"vpc_id\": \"v\"}}", "must be a list",
	       "vp_cs");
}

static void test_check_one_of_and_dependencies(void **state)
{
	(void)state;
	const char *queue = "{\"priority\": 1, \"job_queue_name\": \"q\", ";
	char text[512];
	snprintf(text, sizeof(text), "%s\"compute_environment_order\": "
		 "[{\"order\": 1, \"compute_environment\": \"ce\"}]}", queue);
	passes("awscc.batch.job_queue", text);
	snprintf(text, sizeof(text), "%s\"compute_environment_order\": "
		 "[{\"order\": 1, \"compute_environment\": \"ce\"}], \"service_environment_order\": "
		 "[{\"order\": 1, \"service_environment\": \"se\"}]}", queue);
	expect("awscc.batch.job_queue", text,
	       "sets more than one where it takes exactly one of: compute_environment_order; "
	       "service_environment_order", NULL);
	snprintf(text, sizeof(text), "{\"priority\": 1}");
	expect("awscc.batch.job_queue", text, "sets none where it takes exactly one of", NULL);
	expect("awscc.iam.policy", "{\"policy_name\": \"p\", \"policy_document\": {}}",
	       "sets none where it takes at least one of: users; groups; roles", NULL);
	passes("awscc.iam.policy",
	       "{\"policy_name\": \"p\", \"policy_document\": {}, \"roles\": [\"a\"], \"users\": [\"u\"]}");
	/* a needs b */
	expect("awscc.dynamodb.table",
	       "{\"key_schema\": [], \"point_in_time_recovery_specification\": "
	       "{\"recovery_period_in_days\": 7}}",
	       "point_in_time_recovery_specification: sets recovery_period_in_days, which needs "
	       "point_in_time_recovery_enabled set too", "point_in_time_recovery_specification");
}

static void test_check_unknown_values_pass(void **state)
{
	(void)state;
	/* ${...} in a value, a block, a list, a list's element; the unknown value */
	passes("awscc.sqs.queue", "{\"delay_seconds\": \"${var.delay}\", \"queue_name\": \"a ${x}\"}");
	passes("awscc.logs.log_group", "{\"log_group_class\": \"${var.class}\"}");
	passes("awscc.route53.hosted_zone", "{\"hosted_zone_config\": \"${local.config}\", "
	       "\"vp_cs\": \"${local.vpcs}\"}");
	passes("awscc.route53.hosted_zone", "{\"vp_cs\": [\"${local.vpc}\"]}");
	passes("awscc.events.archive", "{\"source_arn\": {\"$unknown\": true}}");
	/* a required property given by a reference is set */
	passes("awscc.events.archive", "{\"source_arn\": \"${aws_sqs_queue.q.arn}\"}");
	/* oneOf counts what is set, known or not */
	passes("awscc.batch.job_queue", "{\"priority\": 1, \"compute_environment_order\": "
	       "\"${local.order}\"}");
	/* a JSON property holds anything */
	passes("awscc.sqs.queue", "{\"redrive_policy\": {\"deadLetterTargetArn\": \"a\", "
	       "\"maxReceiveCount\": 3}}");
}

/* The registry's handlers (provider/aws/cloudcontrol/registry/handlers.json) as every row
 * keeps them: the row's bits and the schema's "handlers" say the same; a
 * type without an update handler replaces on every change; a request is
 * followed for its handler's timeout where the schema gives one. */
static void test_handlers(void **state)
{
	static const struct { unsigned bit; const char *name; } ops[] = {
		{ CC_HANDLER_CREATE, "create" }, { CC_HANDLER_READ, "read" },
		{ CC_HANDLER_UPDATE, "update" }, { CC_HANDLER_DELETE, "delete" },
		{ CC_HANDLER_LIST, "list" },
	};
	size_t known = 0, provisionable = 0;
	(void)state;
	for (size_t i = 0; i < cc_schema_count; i++) {
		const struct cc_schema_row *row = &cc_schema_rows[i];
		struct strbuf err = STRBUF_INIT;
		json_t *schema = cc_schema_load(row, &err);
		const json_t *h = json_object_get(schema, "handlers");
		assert_non_null(schema);
		known += (row->handlers & CC_HANDLERS_KNOWN) != 0;
		provisionable += (row->handlers & CC_HANDLERS_KNOWN) && cc_row_provisionable(row);
		for (size_t k = 0; k < sizeof(ops) / sizeof(ops[0]); k++)
			if (((row->handlers & ops[k].bit) != 0) != (json_object_get(h, ops[k].name) != NULL))
				fail_msg("%s: the row's %s bit and its schema's handlers differ", row->name,
					 ops[k].name);
		if (!(row->handlers & CC_HANDLERS_KNOWN) && (row->handlers || h))
			fail_msg("%s: handlers without the known bit", row->name);
		json_decref(schema);
		strbuf_release(&err);
	}
	/* provider/aws/cloudcontrol/registry/README.md: 1,479 of its 1,489 types can be provisioned;
	 * cfn-lint's list holds most of them */
	assert_true(known > 1400 && known <= 1489);
	assert_true(provisionable > 1390 && provisionable <= 1479);
	assert_false(cc_row_provisionable(cc_schema_find("awscc.route53.record_set")));
	assert_true(cc_row_provisionable(cc_schema_find("awscc.route53.hosted_zone")));

	/* no update handler: every attribute the stack writes forces a replacement */
	const struct resource_type *rt = cc_type_find("awscc.emr.security_configuration");
	assert_non_null(rt);
	for (const struct attr_schema *a = rt->attrs; a->name; a++)
		if (a->flags & (ATTR_REQUIRED | ATTR_OPTIONAL))
			assert_true(a->flags & ATTR_FORCE_NEW);
	rt = cc_type_find("awscc.events.archive");
	assert_false(schema_find(rt->attrs, "retention_days")->flags & ATTR_FORCE_NEW);

	/* the handler's timeout, else the engine's two hours */
	assert_true(cc_follow_timeout_s(cc_type_find("awscc.rds.db_cluster"), "CREATE") ==
		    2160 * 60.0 + 60.0);
	assert_true(cc_follow_timeout_s(rt, "CREATE") == 7200.0);
	assert_true(cc_follow_timeout_s(rt, NULL) == 7200.0);
}

/* cc_match_candidates (match.c) on AWS::EC2::Route (create-only RouteTableId
 * and the destinations; GatewayId updatable; CidrBlock read-only): what a
 * failed create made is the one new object equal in the create-only
 * properties the stack set; one differing in any of them is not it; a
 * read-only property decides nothing; two alike are refused, naming both. */
static json_t *route(const char *table, const char *dest, const char *gw, const char *cidr)
{
	json_t *r = json_pack("{s:s, s:s, s:s}", "RouteTableId", table, "DestinationCidrBlock",
			      dest, "GatewayId", gw);
	if (cidr)
		json_object_set_new(r, "CidrBlock", json_string(cidr));
	return r;
}

static int match(const json_t *want, json_t *candidates, char **id, struct strbuf *err)
{
	const struct cc_type *t = cc_type_of(cc_type_find("awscc.ec2.route"));
	int rc;

	assert_non_null(t);
	assert_true(cc_found_by_match(t->schema));
	rc = cc_match_candidates(t->schema, want, candidates, "awscc.ec2.route", "AWS::EC2::Route",
				 id, err);
	json_decref(candidates);
	return rc;
}

static void test_match_candidates(void **state)
{
	struct strbuf err = STRBUF_INIT;
	json_t *want = route("rtb-1", "0.0.0.0/0", "igw-1", NULL);
	char *id = NULL;
	(void)state;

	/* the create-only properties set: one equal, one per property differing */
	assert_int_equal(match(want, json_pack("{s:o, s:o, s:o}",
		"rtb-1|10.0.0.0/8", route("rtb-1", "10.0.0.0/8", "igw-1", NULL),
		"rtb-1|0.0.0.0/0", route("rtb-1", "0.0.0.0/0", "igw-1", "0.0.0.0/0"),
		"rtb-2|0.0.0.0/0", route("rtb-2", "0.0.0.0/0", "igw-1", NULL)), &id, &err), 0);
	assert_string_equal(id, "rtb-1|0.0.0.0/0");
	free(id);
	/* a create-only property differs: none */
	assert_int_equal(match(want, json_pack("{s:o}", "rtb-1|10.0.0.0/8",
		route("rtb-1", "10.0.0.0/8", "igw-1", NULL)), &id, &err), 0);
	assert_null(id);
	assert_int_equal(match(want, json_pack("{s:o}", "rtb-2|0.0.0.0/0",
		route("rtb-2", "0.0.0.0/0", "igw-1", NULL)), &id, &err), 0);
	assert_null(id);
	/* an updatable property (GatewayId) alone differs: it is still the one */
	assert_int_equal(match(want, json_pack("{s:o}", "rtb-1|0.0.0.0/0",
		route("rtb-1", "0.0.0.0/0", "igw-9", NULL)), &id, &err), 0);
	assert_string_equal(id, "rtb-1|0.0.0.0/0");
	free(id);
	/* a read-only property the stack's properties carry decides nothing:
	 * alone, or in telling the one equal in all from one alike */
	json_t *with_ro = route("rtb-1", "0.0.0.0/0", "igw-1", "192.0.2.0/24");
	assert_int_equal(match(with_ro, json_pack("{s:o}", "rtb-1|0.0.0.0/0",
		route("rtb-1", "0.0.0.0/0", "igw-1", "0.0.0.0/0")), &id, &err), 0);
	assert_string_equal(id, "rtb-1|0.0.0.0/0");
	free(id);
	assert_int_equal(match(with_ro, json_pack("{s:o, s:o}",
		"a", route("rtb-1", "0.0.0.0/0", "igw-9", "0.0.0.0/0"),
		"b", route("rtb-1", "0.0.0.0/0", "igw-1", "0.0.0.0/0")), &id, &err), 0);
	assert_string_equal(id, "b");
	free(id);
	json_decref(with_ro);
	/* two alike in the create-only ones, one equal in all: that one */
	assert_int_equal(match(want, json_pack("{s:o, s:o}",
		"a", route("rtb-1", "0.0.0.0/0", "igw-9", NULL),
		"b", route("rtb-1", "0.0.0.0/0", "igw-1", NULL)), &id, &err), 0);
	assert_string_equal(id, "b");
	free(id);
	assert_int_equal(err.len, 0);
	/* two alike in all: refused, naming both */
	assert_int_equal(match(want, json_pack("{s:o, s:o, s:o}",
		"rtb-1|0.0.0.0/0", route("rtb-1", "0.0.0.0/0", "igw-1", NULL),
		"rtb-3|0.0.0.0/0", route("rtb-3", "0.0.0.0/0", "igw-1", NULL),
		"rtb-1|0.0.0.0/0~2", route("rtb-1", "0.0.0.0/0", "igw-1", NULL)), &id, &err), -1);
	assert_null(id);
	assert_string_equal(err.buf, "awscc.ec2.route: its create FAILED after making an object "
			    "without naming it, and 2 objects of AWS::EC2::Route have the properties "
			    "the stack sets (rtb-1|0.0.0.0/0, rtb-1|0.0.0.0/0~2): import the one the "
			    "stack means (`terrace import`) and delete the other");
	strbuf_release(&err);
	/* two alike in the create-only ones, neither equal in all: refused too */
	assert_int_equal(match(want, json_pack("{s:o, s:o}",
		"a", route("rtb-1", "0.0.0.0/0", "igw-8", NULL),
		"b", route("rtb-1", "0.0.0.0/0", "igw-9", NULL)), &id, &err), -1);
	assert_non_null(strstr(err.buf, "(a, b)"));
	strbuf_release(&err);
	/* nothing new: none */
	assert_int_equal(match(want, json_object(), &id, &err), 0);
	assert_null(id);
	json_decref(want);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_row_builds_a_type),
		cmocka_unit_test(test_one_type_from_several_threads),
		cmocka_unit_test(test_patterns_pcre2_does_not_compile),
		cmocka_unit_test(test_hosted_zone_names),
		cmocka_unit_test(test_flags),
		cmocka_unit_test(test_awscc_names_and_aliases),
		cmocka_unit_test(test_documents_in_snake_case),
		cmocka_unit_test(test_check_enum),
		cmocka_unit_test(test_check_attr_outlives_the_next_check),
		cmocka_unit_test(test_check_pattern_and_length),
		cmocka_unit_test(test_check_items),
		cmocka_unit_test(test_check_range_and_whole_numbers),
		cmocka_unit_test(test_check_required_and_unknown),
		cmocka_unit_test(test_check_one_of_and_dependencies),
		cmocka_unit_test(test_check_unknown_values_pass),
		cmocka_unit_test(test_handlers),
		cmocka_unit_test(test_match_candidates),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
