/*
 * test_words_db.c: AWS's words as rows (issue 79) for the database and key
 * services: RDS, Redshift, DynamoDB, Secrets Manager and KMS. Each words row
 * of theirs (AWS_SAYS, checks/rules.h) refuses a resource that breaks its
 * sentence, naming the attribute and quoting AWS's words and their
 * document, and lets its twin pass; a create row is not judged for an
 * object that exists; every such row has a case here. The written rules
 * their ledgers' sentences asked for (an RDS tag's characters, a key
 * policy's principals, an RDS Custom for Oracle database name) the same
 * way. The ledgers are provider/aws/checks/words/{rds,redshift,dynamodb,
 * secretsmanager,kms}.words; every row of DynamoDB, Secrets Manager and KMS
 * has its case in test_words_data.c.
 *
 * JSON is written with single quotes (json_support.h).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/checks/checks.h"
#include "provider/aws/checks/rules.h"
#include "provider/provider.h"
#include "tests/unit/json_support.h"

/* An RDS Custom for Oracle instance every other row takes. */
#define CUSTOM_ORACLE \
	"'identifier': 'orders', 'engine': 'custom-oracle-ee', 'instance_class': " \
	"'db.m5.large', 'allocated_storage': 40, 'master_username': 'admin1', " \
	"'master_password': 'Passw0rdPassw0rd', 'engine_version': '19.my_cev1'"
#define SKIPS ", 'skip_final_snapshot': true"
#define SUBNETS_20 "'s1','s2','s3','s4','s5','s6','s7','s8','s9','s10','s11','s12','s13'," \
	"'s14','s15','s16','s17','s18','s19','s20'"

/* A words row's case: its id; the type; a resource it refuses at `attr`
 * and its twin, which passes. */
struct words_case {
	const char *id, *type, *refused, *attr, *passes;
};

static const struct words_case words_cases[] = {
	{ "rds.custom_oracle_backups", "aws.rds.instance",
	  "{" CUSTOM_ORACLE SKIPS ", 'backup_retention_period': 0}", "backup_retention_period",
	  "{" CUSTOM_ORACLE SKIPS ", 'backup_retention_period': 1}" },
	{ "rds.custom_oracle_engine_version", "aws.rds.instance",
	  "{'identifier': 'orders', 'engine': 'custom-oracle-se2-cdb', 'instance_class': "
	  "'db.m5.large', 'allocated_storage': 40, 'master_username': 'admin1', "
	  "'master_password': 'Passw0rdPassw0rd'" SKIPS "}", "engine_version",
	  "{" CUSTOM_ORACLE SKIPS "}" },
	{ "rds.custom_skips_final_snapshot", "aws.rds.instance",
	  "{" CUSTOM_ORACLE ", 'skip_final_snapshot': false, 'final_snapshot_identifier': "
	  "'orders-last'}", "skip_final_snapshot",
	  "{" CUSTOM_ORACLE SKIPS "}" },
	{ "rds.custom_skips_final_snapshot", "aws.rds.instance",
	  "{'identifier': 'orders', 'engine': 'custom-sqlserver-web', 'instance_class': "
	  "'db.m5.large', 'allocated_storage': 40, 'master_username': 'admin1', "
	  "'master_password': 'Passw0rdPassw0rd', 'final_snapshot_identifier': 'orders-last'}",
	  "skip_final_snapshot",
	  "{'identifier': 'orders', 'engine': 'sqlserver-web', 'instance_class': "
	  "'db.m5.large', 'allocated_storage': 40, 'master_username': 'admin1', "
	  "'master_password': 'Passw0rdPassw0rd', 'final_snapshot_identifier': 'orders-last'}" },
	{ "redshift.subnets_at_most_20", "aws.redshift.subnet_group",
	  "{'name': 'warehouse', 'subnet_ids': [" SUBNETS_20 ", 's21']}", "subnet_ids",
	  "{'name': 'warehouse', 'subnet_ids': [" SUBNETS_20 "]}" },
	{ "redshift.awscc_multi_node_needs_nodes", "awscc.redshift.cluster",
	  "{'cluster_type': 'multi-node', 'node_type': 'ra3.large', 'db_name': 'dev'}",
	  "number_of_nodes",
	  "{'cluster_type': 'multi-node', 'node_type': 'ra3.large', 'db_name': 'dev', "
	  "'number_of_nodes': 2}" },
	{ "kms.rotation_symmetric_only", "aws.kms.key",
	  "{'customer_master_key_spec': 'RSA_2048', 'key_usage': 'SIGN_VERIFY', "
	  "'enable_key_rotation': true}", "customer_master_key_spec",
	  "{'customer_master_key_spec': 'RSA_2048', 'key_usage': 'SIGN_VERIFY', "
	  "'enable_key_rotation': false}" },
	{ "kms.rotation_symmetric_only", "aws.kms.key",
	  "{'customer_master_key_spec': 'HMAC_256', 'key_usage': 'GENERATE_VERIFY_MAC', "
	  "'enable_key_rotation': true}", "customer_master_key_spec",
	  "{'enable_key_rotation': true}" },
};

static const struct aws_check_row *words_row(const char *id)
{
	for (const struct aws_check_row *c = aws_rules_next(NULL); c; c = aws_rules_next(c))
		if (c->kind == 'w' && !strcmp(c->id, id))
			return c;
	return NULL;
}

/* aws_constraints_check of type on attrs (JSON), the object being `prior`
 * (NULL: none yet): its return, with *attr and err. */
static int check(const char *type, const char *attrs, const char *prior, const char **attr,
		 struct strbuf *err)
{
	json_t *a = js(attrs), *p = prior ? js(prior) : NULL;
	int rc;
	strbuf_reset(err);
	*attr = "unset";
	rc = aws_constraints_check(type, a, NULL, p, attr, err);
	json_decref(a);
	json_decref(p);
	return rc;
}

/* Each case: refused at its attribute, the message quoting AWS's words and
 * their document; its twin passes. */
static void test_rows_refuse_and_twins_pass(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(words_cases) / sizeof(words_cases[0]); i++) {
		const struct words_case *w = &words_cases[i];
		const struct aws_check_row *row = words_row(w->id);
		struct strbuf err = STRBUF_INIT, said = STRBUF_INIT;
		const char *attr;

		if (!row)
			fail_msg("no words row %s", w->id);
		assert_string_equal(row->type, w->type);
		if (check(w->type, w->refused, NULL, &attr, &err) != -1)
			fail_msg("%s: accepted %s", w->id, w->refused);
		if (strcmp(attr, w->attr))
			fail_msg("%s: refused at %s, not %s: %s", w->id, attr, w->attr, err.buf);
		strbuf_addf(&said, "%s: ", w->attr);
		if (strncmp(err.buf, said.buf, said.len))
			fail_msg("%s: the message does not start with the attribute: %s", w->id,
				 err.buf);
		strbuf_reset(&said);
		strbuf_addf(&said, "AWS says \"%s\" (%s)", row->words, row->source);
		if (!strstr(err.buf, said.buf))
			fail_msg("%s: the message lacks %s: %s", w->id, said.buf, err.buf);
		if (check(w->type, w->passes, NULL, &attr, &err))
			fail_msg("%s: refused its twin %s: %s", w->id, w->passes, err.buf);
		strbuf_release(&err);
		strbuf_release(&said);
	}
}

/* Every words row of these services has a case above, and its sentence is
 * the source's member's: "rds CreateDBInstance ..." for an rds. row. */
static void test_every_row_has_a_case(void **state)
{
	/* DynamoDB's, Secrets Manager's and KMS's rows: test_words_data.c */
	static const char *const services[] = { "rds.", "redshift.", NULL };
	(void)state;
	for (const struct aws_check_row *c = aws_rules_next(NULL); c; c = aws_rules_next(c)) {
		size_t i, n;
		bool ours = false, found = false;
		if (c->kind != 'w')
			continue;
		for (i = 0; services[i]; i++)
			ours |= !strncmp(c->id, services[i], strlen(services[i]));
		if (!ours)
			continue;
		for (i = 0; i < sizeof(words_cases) / sizeof(words_cases[0]); i++)
			found |= !strcmp(words_cases[i].id, c->id);
		if (!found)
			fail_msg("words row %s has no case in test_words_db.c", c->id);
		n = strcspn(c->id, ".");
		if (strncmp(c->source, c->id, n) || c->source[n] != ' ')
			fail_msg("words row %s cites %s, another service's member", c->id, c->source);
	}
}

/* A create row is about CreateDBInstance: an instance that exists is not
 * refused for it (a warning at most), while a row of any call still is. */
static void test_create_row_spares_what_exists(void **state)
{
	const char *lacks_version = "{'identifier': 'orders', 'engine': 'custom-oracle-ee', "
				    "'instance_class': 'db.m5.large', 'allocated_storage': 40, "
				    "'master_username': 'admin1', 'master_password': "
				    "'Passw0rdPassw0rd'" SKIPS "}";
	struct strbuf err = STRBUF_INIT;
	const char *attr;
	(void)state;
	assert_int_equal(check("aws.rds.instance", lacks_version, lacks_version, &attr, &err), 0);
	assert_int_equal(check("aws.rds.instance", "{" CUSTOM_ORACLE SKIPS
			       ", 'backup_retention_period': 0}", "{" CUSTOM_ORACLE SKIPS "}",
			       &attr, &err), -1);
	assert_string_equal(attr, "backup_retention_period");
	strbuf_release(&err);
}

/* What is not known yet passes: an engine or a spec from a variable. */
static void test_not_known_yet_passes(void **state)
{
	struct strbuf err = STRBUF_INIT;
	const char *attr;
	(void)state;
	assert_int_equal(check("aws.rds.instance", "{'identifier': 'orders', 'engine': "
			       "'${var.engine}', 'instance_class': 'db.m5.large', "
			       "'allocated_storage': 40, 'master_username': 'admin1', "
			       "'master_password': 'Passw0rdPassw0rd', 'backup_retention_period': 0"
			       SKIPS "}", NULL, &attr, &err), 0);
	assert_int_equal(check("aws.kms.key", "{'customer_master_key_spec': '${var.spec}', "
			       "'enable_key_rotation': true}", NULL, &attr, &err), 0);
	strbuf_release(&err);
}

/* A written rule's case: a resource it refuses at `attr`, with `why` in
 * the message, and its twin. */
struct written_case {
	const char *type, *refused, *attr, *why, *passes;
};

#define POSTGRES "'identifier': 'orders', 'instance_class': 'db.t3.micro', " \
	"'allocated_storage': 20, 'master_username': 'etl_admin', 'master_password': " \
	"'Passw0rdPassw0rd'" SKIPS
#define ORACLE "'identifier': 'orders', 'engine': 'oracle-se2', 'instance_class': " \
	"'db.m5.large', 'allocated_storage': 20, 'master_username': 'etl_admin', " \
	"'master_password': 'Passw0rdPassw0rd'" SKIPS

static const struct written_case written_cases[] = {
	/* RDS Tag: "can't be prefixed with aws: or rds:"; its characters */
	{ "aws.rds.instance", "{" POSTGRES ", 'tags': {'rds:owner': 'data'}}", "tags",
	  "RDS reserves the rds: prefix", "{" POSTGRES ", 'tags': {'owner': 'rds:data'}}" },
	{ "aws.rds.instance", "{" POSTGRES ", 'tags': {'cost#center': 'x'}}", "tags",
	  "key \"cost#center\" has '#'", "{" POSTGRES ", 'tags': {'cost-center': 'x'}}" },
	{ "aws.rds.subnet_group", "{'name': 'orders', 'subnet_ids': ['s1', 's2'], 'tags': "
	  "{'team': 'data, ops'}}", "tags", "the value \"data, ops\" has ','",
	  "{'name': 'orders', 'subnet_ids': ['s1', 's2'], 'tags': {'team': "
	  "'data ops/\u00e9quipe @x=y+z_1.2:3'}}" },
	/* KMS Policy: "Each statement in the key policy must contain one or
	 * more principals." */
	{ "aws.kms.key", "{'policy': {'Version': '2012-10-17', 'Statement': [{'Effect': 'Allow', "
	  "'Principal': {'AWS': 'arn:aws:iam::111122223333:root'}, 'Action': 'kms:*', "
	  "'Resource': '*'}, {'Effect': 'Allow', 'Action': 'kms:Decrypt', 'Resource': '*'}]}}",
	  "policy", "Statement 2 names no Principal",
	  "{'policy': {'Version': '2012-10-17', 'Statement': [{'Effect': 'Allow', "
	  "'NotPrincipal': {'AWS': 'arn:aws:iam::111122223333:user/ops'}, 'Action': "
	  "'kms:Decrypt', 'Resource': '*'}]}}" },
	{ "aws.kms.key", "{'policy': '{\\'Statement\\': {\\'Effect\\': \\'Allow\\', "
	  "\\'Action\\': \\'kms:*\\', \\'Resource\\': \\'*\\'}}'}", "policy",
	  "Statement 1 names no Principal", "{'policy': '${var.policy}'}" },
	/* DBName: RDS Custom for Oracle "Must contain 1 to 8 alphanumeric
	 * characters. Must contain a letter."; Oracle: not the string null */
	{ "aws.rds.instance", "{" CUSTOM_ORACLE SKIPS ", 'db_name': '20260101'}", "db_name",
	  "1 to 8 letters and digits, a letter among them",
	  "{" CUSTOM_ORACLE SKIPS ", 'db_name': 'ORCL2026'}" },
	{ "aws.rds.instance", "{" CUSTOM_ORACLE SKIPS ", 'db_name': 'ORCL_26'}", "db_name",
	  "1 to 8 letters and digits", "{" CUSTOM_ORACLE SKIPS ", 'db_name': 'O'}" },
	{ "aws.rds.instance", "{" ORACLE ", 'db_name': 'NULL'}", "db_name",
	  "Oracle reserves the word null", "{" ORACLE ", 'db_name': 'NULLS'}" },
};

static void test_written_rules(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(written_cases) / sizeof(written_cases[0]); i++) {
		const struct written_case *w = &written_cases[i];
		struct strbuf err = STRBUF_INIT;
		const char *attr;

		if (check(w->type, w->refused, NULL, &attr, &err) != -1)
			fail_msg("accepted %s", w->refused);
		if (strcmp(attr, w->attr) || !strstr(err.buf, w->why))
			fail_msg("%s: refused at %s with \"%s\", not at %s with \"%s\"", w->refused,
				 attr, err.buf, w->attr, w->why);
		if (check(w->type, w->passes, NULL, &attr, &err))
			fail_msg("refused its twin %s: %s", w->passes, err.buf);
		strbuf_release(&err);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rows_refuse_and_twins_pass),
		cmocka_unit_test(test_every_row_has_a_case),
		cmocka_unit_test(test_create_row_spares_what_exists),
		cmocka_unit_test(test_not_known_yet_passes),
		cmocka_unit_test(test_written_rules),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
