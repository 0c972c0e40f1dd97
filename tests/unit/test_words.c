/*
 * test_words.c: the words rows' runner (checks/words.c): each condition of
 * the row language holding, failing and not known yet; the message (the
 * attribute, its value, what AWS's words require and when, the sentence
 * and its document); the request a row is judged on (a create row only
 * without a prior object, an update row only on what an update sends
 * anew); and every words row of the table has an id, its words and its
 * source, once.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>

#include "provider/aws/checks/checks.h"
#include "provider/aws/checks/rules.h"
#include "provider/aws/checks/words.h"
#include "provider/base/strbuf.h"
#include "provider/provider.h"

static json_t *js(const char *text)
{
	json_error_t e;
	char *fixed = strdup(text);
	for (char *p = fixed; *p; p++)
		if (*p == '\'')
			*p = '"';
	json_t *v = json_loads(fixed, 0, &e);
	free(fixed);
	assert_non_null(v);
	return v;
}

static const struct aws_check_row rows[] = {
	AWS_SAYS("t.nodes_multi_node", "aws.t", AWS_CALL_CREATE,
		 WHEN(IS("cluster_type", "multi-node")), THEN(SET("number_of_nodes")),
		 "This parameter is required when the ClusterType parameter is specified as "
		 "multi-node.", "redshift CreateCluster NumberOfNodes"),
	AWS_SAYS("t.no_iops_on_gp2", "aws.t", AWS_CALL_ANY, WHEN(IS("storage.type", "gp2", "standard")),
		 THEN(UNSET("storage.iops")), "Iops isn't supported for gp2.", "rds CreateDBInstance Iops"),
	AWS_SAYS("t.not_default", "aws.t", AWS_CALL_ANY, ALWAYS, THEN(IS_NOT("name", "default")),
		 "Must not be default.", "rds CreateDBSubnetGroup DBSubnetGroupName"),
	AWS_SAYS("t.io1_storage", "aws.t", AWS_CALL_ANY, WHEN(IS("storage.type", "io1")),
		 THEN(IN("allocated", 100, 65536), MULTIPLE_OF("iops_step", 1000)),
		 "Provisioned IOPS storage (io1, io2): Must be an integer from 100 to 65536.",
		 "rds CreateDBInstance AllocatedStorage"),
	AWS_SAYS("t.short_names", "aws.t", AWS_CALL_ANY, WHEN(IS("fifo", "true")),
		 THEN(LEN_IN("subnets", 1, 2)), "At most two.", "x CreateX Subnets"),
	AWS_SAYS("t.min_le_max", "aws.t", AWS_CALL_UPDATE, ALWAYS, THEN(AT_MOST("min", "max")),
		 "MinvCpus must be at most MaxvCpus.", "batch UpdateComputeEnvironment MinvCpus"),
	AWS_SAYS("t.region", "aws.t", AWS_CALL_ANY, WHEN(SET("location")),
		 THEN(REGION_IS("us-east-1")), "Only in US East (N. Virginia).", "x CreateX Location"),
	AWS_SAYS("t.premises", "aws.t", AWS_CALL_ANY,
		 WHEN(IN("size", 1, 5), IS_NOT("engine", "postgres")), THEN(UNSET("port")),
		 "Small non-PostgreSQL instances take no port.", "x CreateX Port"),
	{ NULL }
};

static const struct aws_check_row *row(const char *id)
{
	for (const struct aws_check_row *r = rows; r->type; r++)
		if (!strcmp(r->id, id))
			return r;
	fail_msg("no row %s", id);
	return NULL;
}

/* The row on attrs (text), region given: 0, or -1 with *msg and *attr. */
static int judge(const char *id, const char *attrs, const char *region, struct strbuf *msg,
		 const char **attr)
{
	json_t *a = js(attrs);
	strbuf_reset(msg);
	*attr = NULL;
	int rc = aws_words_check(row(id), a, region, attr, msg);
	json_decref(a);
	return rc;
}

/* Each condition, holding and failing, and the message of each failure. */
static void test_conditions(void **state)
{
	(void)state;
	struct strbuf m = STRBUF_INIT;
	const char *attr;

	/* IS in when, SET in then */
	assert_int_equal(judge("t.nodes_multi_node", "{'cluster_type': 'multi-node'}", NULL, &m,
			       &attr), -1);
	assert_string_equal(attr, "number_of_nodes");
	assert_string_equal(m.buf, "number_of_nodes: it is not set, but it must be set when "
			    "cluster_type is \"multi-node\": AWS says \"This parameter is required when the "
			    "ClusterType parameter is specified as multi-node.\" (redshift CreateCluster "
			    "NumberOfNodes)");
	assert_int_equal(judge("t.nodes_multi_node", "{'cluster_type': 'multi-node', "
			       "'number_of_nodes': 2}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.nodes_multi_node", "{'cluster_type': 'single-node'}", NULL, &m,
			       &attr), 0);
	assert_int_equal(judge("t.nodes_multi_node", "{}", NULL, &m, &attr), 0);

	/* IS of several words, a dotted path, UNSET */
	assert_int_equal(judge("t.no_iops_on_gp2", "{'storage': {'type': 'standard', 'iops': 3000}}",
			       NULL, &m, &attr), -1);
	assert_string_equal(attr, "storage.iops");
	assert_string_equal(m.buf, "storage.iops: 3000, but it must not be set when storage.type is "
			    "one of \"gp2\", \"standard\": AWS says \"Iops isn't supported for gp2.\" "
			    "(rds CreateDBInstance Iops)");
	assert_int_equal(judge("t.no_iops_on_gp2", "{'storage': {'type': 'io1', 'iops': 3000}}",
			       NULL, &m, &attr), 0);
	assert_int_equal(judge("t.no_iops_on_gp2", "{'storage': {'type': 'gp2'}}", NULL, &m, &attr),
			 0);
	assert_int_equal(judge("t.no_iops_on_gp2", "{'storage': {'type': 'gp2', 'iops': null}}",
			       NULL, &m, &attr), 0);

	/* IS_NOT, always */
	assert_int_equal(judge("t.not_default", "{'name': 'default'}", NULL, &m, &attr), -1);
	assert_string_equal(m.buf, "name: \"default\", but it must not be \"default\": AWS says "
			    "\"Must not be default.\" (rds CreateDBSubnetGroup DBSubnetGroupName)");
	assert_int_equal(judge("t.not_default", "{'name': 'analytics'}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.not_default", "{}", NULL, &m, &attr), 0);

	/* IN, then MULTIPLE_OF: the first that fails is said; a number as text */
	assert_int_equal(judge("t.io1_storage", "{'storage': {'type': 'io1'}, 'allocated': 50}",
			       NULL, &m, &attr), -1);
	assert_string_equal(attr, "allocated");
	assert_string_equal(m.buf, "allocated: 50, but it must be 100 to 65536 when storage.type "
			    "is \"io1\": AWS says \"Provisioned IOPS storage (io1, io2): Must be an "
			    "integer from 100 to 65536.\" (rds CreateDBInstance AllocatedStorage)");
	assert_int_equal(judge("t.io1_storage", "{'storage': {'type': 'io1'}, 'allocated': '70000'}",
			       NULL, &m, &attr), -1);
	assert_int_equal(judge("t.io1_storage", "{'storage': {'type': 'io1'}, 'allocated': 100, "
			       "'iops_step': 2500}", NULL, &m, &attr), -1);
	assert_string_equal(attr, "iops_step");
	assert_non_null(strstr(m.buf, "iops_step: 2500, but it must be a multiple of 1000 when"));
	assert_int_equal(judge("t.io1_storage", "{'storage': {'type': 'io1'}, 'allocated': 65536, "
			       "'iops_step': 3000}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.io1_storage", "{'storage': {'type': 'gp3'}, 'allocated': 5}", NULL,
			       &m, &attr), 0);

	/* LEN_IN of a list; a boolean as its word */
	assert_int_equal(judge("t.short_names", "{'fifo': true, 'subnets': ['a', 'b', 'c']}", NULL,
			       &m, &attr), -1);
	assert_non_null(strstr(m.buf, "subnets: 3 items, but it must be 1 to 2 long when fifo is "
				      "\"true\""));
	assert_int_equal(judge("t.short_names", "{'fifo': false, 'subnets': ['a', 'b', 'c']}", NULL,
			       &m, &attr), 0);
	assert_int_equal(judge("t.short_names", "{'fifo': true, 'subnets': ['a']}", NULL, &m, &attr),
			 0);

	/* AT_MOST another attribute */
	assert_int_equal(judge("t.min_le_max", "{'min': 8, 'max': 4}", NULL, &m, &attr), -1);
	assert_string_equal(m.buf, "min: 8, but it must be at most max: AWS says \"MinvCpus must "
			    "be at most MaxvCpus.\" (batch UpdateComputeEnvironment MinvCpus)");
	assert_int_equal(judge("t.min_le_max", "{'min': 4, 'max': 4}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.min_le_max", "{'min': 4}", NULL, &m, &attr), 0);

	/* REGION_IS: the region at fault is the resource's as a whole */
	assert_int_equal(judge("t.region", "{'location': 'x'}", "eu-west-1", &m, &attr), -1);
	assert_string_equal(attr, "");
	assert_string_equal(m.buf, "the region is \"eu-west-1\", but it must be "
			    "\"us-east-1\" when location is set: AWS says \"Only in US East (N. "
			    "Virginia).\" (x CreateX Location)");
	assert_int_equal(judge("t.region", "{'location': 'x'}", "us-east-1", &m, &attr), 0);
	assert_int_equal(judge("t.region", "{'location': 'x'}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.region", "{}", "eu-west-1", &m, &attr), 0);
	/* a premise on a value does not hold of a value absent, or not of its
	 * kind: AWS's default is not known here */
	assert_int_equal(judge("t.premises", "{'size': 3, 'engine': 'mysql', 'port': 1}", NULL, &m,
			       &attr), -1);
	assert_int_equal(judge("t.premises", "{'engine': 'mysql', 'port': 1}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.premises", "{'size': 3, 'port': 1}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.premises", "{'size': 'big', 'engine': 'mysql', 'port': 1}", NULL,
			       &m, &attr), 0);
	assert_int_equal(judge("t.premises", "{'size': 3, 'engine': 'postgres', 'port': 1}", NULL,
			       &m, &attr), 0);
	assert_int_equal(judge("t.premises", "{'size': 9, 'engine': 'mysql', 'port': 1}", NULL, &m,
			       &attr), 0);
	strbuf_release(&m);
}

/* What is not known yet passes, in when and in then. */
static void test_unknown_passes(void **state)
{
	(void)state;
	struct strbuf m = STRBUF_INIT;
	const char *attr;
	assert_int_equal(judge("t.nodes_multi_node", "{'cluster_type': '${var.kind}'}", NULL, &m,
			       &attr), 0);
	assert_int_equal(judge("t.no_iops_on_gp2", "{'storage': {'type': 'gp2', 'iops': "
			       "'${var.iops}'}}", NULL, &m, &attr), 0);
	assert_int_equal(judge("t.io1_storage", "{'storage': '${local.storage}', 'allocated': 5}",
			       NULL, &m, &attr), 0);
	assert_int_equal(judge("t.min_le_max", "{'min': 8, 'max': '${var.max}'}", NULL, &m, &attr), 0);
	json_t *a = js("{'cluster_type': 'multi-node'}");
	json_object_set_new(a, "number_of_nodes", json_pack("{s:b}", "$unknown", 1));
	assert_int_equal(aws_words_check(row("t.nodes_multi_node"), a, NULL, &attr, &m), 0);
	json_decref(a);
	strbuf_release(&m);
}

/* The request a row is judged on. */
static void test_judged_on_its_call(void **state)
{
	(void)state;
	json_t *want = js("{'min': 8, 'max': 4, 'cluster_type': 'multi-node'}");
	json_t *same = js("{'min': 8, 'max': 4}");
	json_t *other = js("{'min': 2, 'max': 4}");
	/* a create row: only without an object */
	assert_true(aws_words_judged(row("t.nodes_multi_node"), want, NULL));
	assert_false(aws_words_judged(row("t.nodes_multi_node"), want, same));
	/* an update row: only on an update sending its attributes anew */
	assert_false(aws_words_judged(row("t.min_le_max"), want, NULL));
	assert_false(aws_words_judged(row("t.min_le_max"), want, same));
	assert_true(aws_words_judged(row("t.min_le_max"), want, other));
	/* any: always */
	assert_true(aws_words_judged(row("t.not_default"), want, NULL));
	assert_true(aws_words_judged(row("t.not_default"), want, same));
	json_decref(want);
	json_decref(same);
	json_decref(other);
}

/* Every words row of the table has an id (once), its words and a source
 * of three words (service, operation, member): what the ledger keys. */
static void test_table_rows_are_whole(void **state)
{
	(void)state;
	for (const struct aws_check_row *r = aws_rules_next(NULL); r; r = aws_rules_next(r)) {
		if (r->kind != 'w')
			continue;
		assert_non_null(r->id);
		assert_non_null(r->words);
		assert_true(r->then && r->then->op != AWS_COND_END);
		assert_int_equal(r->scope, AWS_SCOPE_RESOURCE);
		size_t spaces = 0;
		for (const char *p = r->source; *p; p++)
			spaces += *p == ' ';
		assert_true(spaces >= 2);
		for (const struct aws_check_row *o = aws_rules_next(NULL); o != r; o = aws_rules_next(o))
			if (o->kind == 'w')
				assert_string_not_equal(o->id, r->id);
	}
}

extern const struct provider_type aws_provider_type;

/* The provider's check of a type's values runs the words rows of either
 * family: an awscc type's (the written twin derives what the row asks) as
 * a written type's; a create row on an object that exists is only a
 * warning. */
static void test_both_families_run_their_rows(void **state)
{
	(void)state;
	struct strbuf err = STRBUF_INIT;
	const char *attr = NULL;
	json_t *multi = js("{'cluster_type': 'multi-node', 'node_type': 'ra3.large', 'db_name': 'dev', "
			   "'master_username': 'admin', 'master_user_password': 'Passw0rdPassw0rd'}");
	json_t *sized = json_deep_copy(multi);
	json_object_set_new(sized, "number_of_nodes", json_integer(2));
	assert_int_equal(aws_provider_type.check_constraints("awscc.redshift.cluster", multi, NULL,
							     NULL, &attr, &err), -1);
	assert_non_null(attr);
	assert_string_equal(attr, "number_of_nodes");
	assert_non_null(strstr(err.buf, "AWS says \"This parameter is required when the "
					"ClusterType parameter is specified as multi-node.\""));
	strbuf_reset(&err);
	assert_int_equal(aws_provider_type.check_constraints("awscc.redshift.cluster", sized, NULL,
							     NULL, &attr, &err), 0);
	/* a written type's create row (rds.custom_oracle_engine_version) refuses a create and
	 * leaves an object that exists alone */
	json_t *custom = js("{'identifier': 'db1', 'engine': 'custom-oracle-ee', "
			    "'instance_class': 'db.m5.large', 'allocated_storage': 40, "
			    "'master_username': 'admin', 'manage_master_user_password': true, "
			    "'backup_retention_period': 7, 'skip_final_snapshot': true}");
	strbuf_reset(&err);
	assert_int_equal(aws_provider_type.check_constraints("aws.rds.instance", custom, NULL, NULL,
							     &attr, &err), -1);
	assert_string_equal(attr, "engine_version");
	strbuf_reset(&err);
	assert_int_equal(aws_provider_type.check_constraints("aws.rds.instance", custom, NULL, custom,
							     &attr, &err), 0);
	json_decref(multi);
	json_decref(sized);
	json_decref(custom);
	strbuf_release(&err);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_conditions),
		cmocka_unit_test(test_unknown_passes),
		cmocka_unit_test(test_judged_on_its_call),
		cmocka_unit_test(test_table_rows_are_whole),
		cmocka_unit_test(test_both_families_run_their_rows),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
