/*
 * test_dbinstance.c: what aws.rds.instance and aws.redshift.cluster share
 * (provider/aws/rds/dbinstance.h) that needs no server: the identifier rules
 * and the checks of the one table on them (rds/rules.c), names
 * planned in lower case, the wait limit from TERRACE_DB_WAIT_SECONDS, pending fields, the master
 * password compared with state, and tags and fields to and from XML.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "provider/aws/checks/checks.h"
#include "provider/aws/rds/api.h"
#include "provider/aws/redshift/api.h"
#include "provider/aws/rds/dbinstance.h"
#include "provider/aws/transport/xml.h"
#include "provider/provider.h"

/* The identifier rule (rds/rules.c): RDS's in any case, Redshift's in lower
 * case; both a letter first, no hyphen last or twice in a row. */
static void test_identifier_rule(void **state)
{
	static const struct {
		const char *id;
		bool any_case, lower_only;
	} cases[] = {
		{ "mydb", true, true },
		{ "my-db-2", true, true },
		{ "a", true, true },
		{ "MyDb", true, false },      /* upper case: only where allowed */
		{ "", false, false },
		{ "2db", false, false },      /* a letter first */
		{ "-db", false, false },
		{ "db-", false, false },      /* no hyphen last */
		{ "my--db", false, false },   /* nor two in a row */
		{ "my_db", false, false },
		{ "my.db", false, false },
		{ "d\xc3\xa9", false, false },
		{ "${var.name}", true, true }, /* not known yet: checked later */
	};
	struct strbuf err = STRBUF_INIT;

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		json_t *v = json_string(cases[i].id);

		if ((rule_rds_identifier(v, NULL, &err) == 0) != cases[i].any_case)
			fail_msg("rule_rds_identifier(\"%s\"): expected %d", cases[i].id,
				 cases[i].any_case);
		if ((rule_redshift_identifier(v, NULL, &err) == 0) != cases[i].lower_only)
			fail_msg("rule_redshift_identifier(\"%s\"): expected %d", cases[i].id,
				 cases[i].lower_only);
		json_decref(v);
	}
	strbuf_reset(&err);
	json_t *v = json_string("a123456789b123456789c123456789d123456789e123456789f123456789g12");
	assert_int_equal(rule_rds_identifier(v, NULL, &err), 0); /* 63 */
	json_decref(v);
	v = json_string("a123456789b123456789c123456789d123456789e123456789f123456789g123");
	assert_int_equal(rule_rds_identifier(v, NULL, &err), -1); /* 64 */
	json_decref(v);
	strbuf_release(&err);
}

/* The checks of the one table on an instance and a cluster, as plan runs
 * them: the message names the attribute and the rule. */
static void test_plan_time_checks(void **state)
{
	static const struct {
		const char *type, *desired;
		const char *attr, *message; /* NULL: passes */
	} cases[] = {
		{ "aws.rds.instance", "{\"skip_final_snapshot\": true, \"master_password\": \"correct-horse-battery-1\"}",
		  NULL, NULL },
		{ "aws.rds.instance", "{\"final_snapshot_identifier\": \"Final-1\", "
		  "\"master_password\": \"correct-horse-battery-1\", \"identifier\": \"Db-One\"}", NULL, NULL },
		{ "aws.rds.instance", "{\"skip_final_snapshot\": {\"$unknown\": true}, "
		  "\"master_password\": \"correct-horse-battery-1\"}", NULL, NULL },
		{ "aws.rds.instance", "{\"skip_final_snapshot\": false, \"master_password\": \"correct-horse-battery-1\"}", "",
		  "final_snapshot_identifier must be set when skip_final_snapshot "
		  "is false (the default): destroy takes a final snapshot under that name; or set "
		  "skip_final_snapshot: true" },
		{ "aws.redshift.cluster", "{\"final_snapshot_identifier\": \"Final-1\"}",
		  "final_snapshot_identifier",
		  "final_snapshot_identifier: \"Final-1\" is not valid: use 1 to 255 "
		  "lower-case letters, digits and hyphens, starting with a letter, without a hyphen "
		  "at the end or two in a row (e.g. \"orders-db\"; Redshift DeleteCluster "
		  "FinalClusterSnapshotIdentifier)" },
		{ "aws.rds.instance", "{\"final_snapshot_identifier\": \"final--1\", "
		  "\"master_password\": \"correct-horse-battery-1\"}", "final_snapshot_identifier",
		  "final_snapshot_identifier: \"final--1\" is not valid: use 1 to 255 "
		  "letters, digits and hyphens, starting with a letter, without a hyphen at the end "
		  "or two in a row (e.g. \"orders-db\"; RDS DeleteDBInstance "
		  "FinalDBSnapshotIdentifier)" },
		{ "aws.redshift.cluster", "{\"cluster_identifier\": \"Wh-One\", "
		  "\"skip_final_snapshot\": true}", "cluster_identifier",
		  "cluster_identifier: \"Wh-One\" is not valid: use 1 to 63 lower-case letters, "
		  "digits and hyphens, starting with a letter, without a hyphen at the end or two in "
		  "a row (e.g. \"orders-db\"; Redshift CreateCluster ClusterIdentifier)" },
		{ "aws.rds.subnet_group", "{\"name\": \"Orders_DB 2.a\", \"subnet_ids\": [\"s\"]}",
		  NULL, NULL },
		{ "aws.rds.subnet_group", "{\"name\": \"Default\", \"subnet_ids\": [\"s\"]}", "name",
		  "name: \"Default\" is not valid: use 1 to 255 letters, digits, periods, "
		  "underscores, spaces and hyphens, not \"default\" (e.g. \"orders-db\"; RDS "
		  "CreateDBSubnetGroup DBSubnetGroupName)" },
		{ "aws.redshift.subnet_group", "{\"name\": \"wh_one\", \"subnet_ids\": [\"s\"]}",
		  "name", "name: \"wh_one\" is not valid: use 1 to 255 letters, digits and hyphens, "
		  "not \"default\" (e.g. \"orders-db\"; Redshift CreateClusterSubnetGroup "
		  "ClusterSubnetGroupName)" },
		{ "aws.redshift.subnet_group", "{\"name\": \"wh\", \"subnet_ids\": []}",
		  "subnet_ids", "subnet_ids: an empty list: a subnet group needs subnets (for RDS, in at "
		  "least two availability zones)" },
	};
	struct strbuf err = STRBUF_INIT;

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		json_t *desired = json_loads(cases[i].desired, 0, NULL);
		const char *attr = NULL;
		int rc = aws_constraints_check(cases[i].type, desired, NULL, NULL, &attr, &err);

		if (rc != (cases[i].message ? -1 : 0))
			fail_msg("case %zu: rc %d: %s", i, rc, err.buf);
		assert_string_equal(err.buf, cases[i].message ? cases[i].message : "");
		if (cases[i].attr)
			assert_string_equal(attr, cases[i].attr);
		strbuf_reset(&err);
		json_decref(desired);
	}
	strbuf_release(&err);
}

/* Names RDS and Redshift keep in lower case are planned in lower case, so
 * what is sent, kept and read back agree; a template is left alone. */
static void test_lower_name(void **state)
{
	json_t *d = json_pack("{s:s, s:s, s:i}", "identifier", "Db-One", "name", "${var.n}",
			      "port", 5432);

	(void)state;
	db_lower_name(d, "identifier");
	db_lower_name(d, "name");
	db_lower_name(d, "port");
	db_lower_name(d, "missing");
	assert_string_equal(json_string_value(json_object_get(d, "identifier")), "db-one");
	assert_string_equal(json_string_value(json_object_get(d, "name")), "${var.n}");
	assert_int_equal(json_integer_value(json_object_get(d, "port")), 5432);
	assert_null(json_object_get(d, "missing"));
	json_decref(d);
}

static void test_wait_limit_from_environment(void **state)
{
	(void)state;
	unsetenv("TERRACE_DB_WAIT_SECONDS");
	assert_true(db_wait_limit(2400) == 2400);
	setenv("TERRACE_DB_WAIT_SECONDS", "90", 1);
	assert_true(db_wait_limit(2400) == 90);
	setenv("TERRACE_DB_WAIT_SECONDS", "0.5", 1);
	assert_true(db_wait_limit(2400) == 0.5);
	/* Anything but a positive number leaves the default. */
	setenv("TERRACE_DB_WAIT_SECONDS", "", 1);
	assert_true(db_wait_limit(2400) == 2400);
	setenv("TERRACE_DB_WAIT_SECONDS", "soon", 1);
	assert_true(db_wait_limit(2400) == 2400);
	setenv("TERRACE_DB_WAIT_SECONDS", "90s", 1);
	assert_true(db_wait_limit(2400) == 2400);
	setenv("TERRACE_DB_WAIT_SECONDS", "-5", 1);
	assert_true(db_wait_limit(2400) == 2400);
	unsetenv("TERRACE_DB_WAIT_SECONDS");
}

static void test_state_in(void **state)
{
	static const char *const stuck[] = { "failed", "stopped", NULL };

	(void)state;
	assert_true(db_state_in("stopped", stuck));
	assert_false(db_state_in("available", stuck));
	assert_false(db_state_in(NULL, stuck));
	assert_false(db_state_in("failed", NULL));
}

static void test_stored_secret(void **state)
{
	json_t *pw = json_string("s3cret-pass");
	json_t *stored = value_hashed(pw);

	(void)state;
	assert_true(db_stored_secret_is(stored, "s3cret-pass"));
	assert_false(db_stored_secret_is(stored, "other"));
	assert_false(db_stored_secret_is(stored, NULL));
	assert_true(db_stored_secret_is(pw, "s3cret-pass")); /* stored in clear */
	assert_false(db_stored_secret_is(NULL, "s3cret-pass"));
	json_decref(stored);
	json_decref(pw);
}

static xmlDocPtr parse(const char *text)
{
	struct strbuf err = STRBUF_INIT;
	xmlDocPtr doc = xml_parse(text, strlen(text), &err);

	if (!doc)
		fail_msg("test XML does not parse: %s", err.buf);
	strbuf_release(&err);
	return doc;
}

static void test_fields_tags_and_pending_from_xml(void **state)
{
	static const char *const watched[] = { "DBInstanceClass", "MasterUserPassword", NULL };
	static const char *const others[] = { "Port", NULL };
	xmlDocPtr doc = parse(
		"<DBInstance xmlns=\"http://rds.amazonaws.com/doc/2014-10-31/\">"
		"<DBInstanceIdentifier>mydb</DBInstanceIdentifier>"
		"<AllocatedStorage>20</AllocatedStorage><Empty></Empty>"
		"<PendingModifiedValues><MasterUserPassword>****</MasterUserPassword>"
		"</PendingModifiedValues>"
		"<TagList><Tag><Key>env</Key><Value>prod</Value></Tag>"
		"<Tag><Key>blank</Key></Tag><Tag><Value>no key</Value></Tag></TagList>"
		"</DBInstance>");
	xmlNodePtr db = xmlDocGetRootElement(doc);
	json_t *o = json_object(), *tags;
	char *text;

	(void)state;
	xml_set_child_text(o, "identifier", db, "DBInstanceIdentifier");
	xml_set_child_text(o, "missing", db, "Nothing");
	db_set_integer(o, "allocated_storage", db, "AllocatedStorage");
	db_set_integer(o, "empty", db, "Empty");
	text = json_dumps(o, JSON_COMPACT | JSON_SORT_KEYS);
	assert_string_equal(text, "{\"allocated_storage\":20,\"identifier\":\"mydb\"}");
	free(text);

	tags = db_tags_from_xml(xml_child(db, "TagList"));
	text = json_dumps(tags, JSON_COMPACT | JSON_SORT_KEYS);
	assert_string_equal(text, "{\"blank\":\"\",\"env\":\"prod\"}");
	free(text);

	assert_string_equal(db_pending_field(db, watched), "MasterUserPassword");
	assert_null(db_pending_field(db, others));
	assert_null(db_pending_field(db, NULL));
	json_decref(tags);
	json_decref(o);
	xmlFreeDoc(doc);
}

static void test_tag_params(void **state)
{
	json_t *tags = json_pack("{s:s, s:i}", "env", "prod", "n", 1);
	json_t *params = json_object();
	char *text;

	(void)state;
	db_add_tag_params(params, tags);
	text = json_dumps(params, JSON_COMPACT | JSON_SORT_KEYS);
	/* jansson keeps insertion order: env is tag 1; a non-string value is "". */
	assert_string_equal(text, "{\"Tags.Tag.1.Key\":\"env\",\"Tags.Tag.1.Value\":\"prod\","
			    "\"Tags.Tag.2.Key\":\"n\",\"Tags.Tag.2.Value\":\"\"}");
	free(text);
	json_decref(params);
	json_decref(tags);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_identifier_rule),
		cmocka_unit_test(test_plan_time_checks),
		cmocka_unit_test(test_lower_name),
		cmocka_unit_test(test_wait_limit_from_environment),
		cmocka_unit_test(test_state_in),
		cmocka_unit_test(test_stored_secret),
		cmocka_unit_test(test_fields_tags_and_pending_from_xml),
		cmocka_unit_test(test_tag_params),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
