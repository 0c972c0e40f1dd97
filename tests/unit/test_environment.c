/*
 * test_environment.c: the names a development environment gives
 * (plan/environment.c, plan_dev_name): the prefix dev-USER-, its separator
 * per type, after a leading '/', a name that has it kept, and a name too
 * long for its type cut to the limit with a hash that keeps two cut names
 * apart; plan_apply_environment's tags and paused schedules; and the branch
 * a CI job runs for, from its variables (cmd/environment.c, env_ci_branch),
 * row by row of a table of CI environments.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "cmd/cli.h"
#include "plan/plan.h"
#include "provider/provider.h"

#define HASH_HEX_LEN 6 /* plan/environment.c: hex digits of the cut name's hash */

static void expect_name(const char *type, const char *name, const char *want)
{
	char *got = plan_dev_name(type, "alice", name);
	assert_non_null(got);
	assert_string_equal(got, want);
	free(got);
}

static void test_prefix(void **state)
{
	(void)state;
	expect_name("aws.s3.bucket", "acme-raw", "dev-alice-acme-raw");
	expect_name("aws.glue.database", "acme_lake", "dev_alice_acme_lake");
	expect_name("postgres.role", "etl", "dev_alice_etl");
	expect_name("aws.logs.log_group", "/aws-glue/jobs/x", "/dev-alice-aws-glue/jobs/x");
	/* Made from a prefixed name: kept. */
	expect_name("aws.logs.log_group", "/aws/lambda/dev-alice-fn", "/aws/lambda/dev-alice-fn");
	expect_name("aws.s3.bucket", "dev-alice-acme-raw-logs", "dev-alice-acme-raw-logs");
	assert_null(plan_dev_name("aws.s3.object", "alice", "key"));
	assert_string_equal(plan_name_attr("aws.lambda.function"), "function_name");
	assert_null(plan_name_attr("ssh.file"));
}

static void test_cut(void **state)
{
	(void)state;
	const char *a = "a-bucket-name-that-is-long-enough-to-need-cutting-when-prefixed-one";
	const char *b = "a-bucket-name-that-is-long-enough-to-need-cutting-when-prefixed-two";
	char *x = plan_dev_name("aws.s3.bucket", "alice", a);
	char *y = plan_dev_name("aws.s3.bucket", "alice", b);
	assert_int_equal(strlen(x), 63);
	assert_int_equal(strlen(y), 63);
	assert_memory_equal(x, "dev-alice-a-bucket", 18);
	assert_string_not_equal(x, y);
	/* The same name always gives the same cut name. */
	char *again = plan_dev_name("aws.s3.bucket", "alice", a);
	assert_string_equal(x, again);
	/* No separator before the hash's own. */
	assert_true(x[63 - 7] == '-' && x[63 - 8] != '-');
	free(x);
	free(y);
	free(again);
	char *role = plan_dev_name("aws.rds.instance", "a-very-long-user-name-x",
				   "warehouse-primary-instance-with-a-long-name");
	assert_int_equal(strlen(role), 63);
	free(role);
	/* Bytes 55 and 56 of the prefixed name are an "é": a cut at 56
	 * bytes would keep half of it; the cut ends before it. */
	const char *accented = "t1111_donnees_abcdefghijklmnopqrstuvwxyz01234\xc3\xa9\xc3\xa9_tail";
	char *pg = plan_dev_name("postgres.role", "alice", accented);
	assert_true(strlen(pg) <= 63);
	size_t cut = strlen(pg) - 1 - HASH_HEX_LEN;
	assert_int_equal(pg[cut], '_');
	assert_int_equal(cut, 55);
	assert_memory_equal(pg, "dev_alice_t1111_donnees_abcdefghijklmnopqrstuvwxyz01234_", 56);
	free(pg);
}

static void test_apply(void **state)
{
	(void)state;
	const struct resource_type *rule = resource_type_find("aws.events.rule", NULL);
	const struct resource_type *trig = resource_type_find("aws.glue.trigger", NULL);
	assert_non_null(rule);
	assert_non_null(trig);
	json_t *snap = json_pack("{s:{s:s, s:s, s:s}}", "environment", "name", "dev", "mode",
				 "development", "user", "bob");
	json_t *config = json_pack("{s:s}", "name", "tick");
	json_t *desired = json_pack("{s:s, s:s, s:{s:s}}", "name", "tick", "state", "ENABLED",
				    "tags", "team", "lake");
	struct strbuf err = STRBUF_INIT;
	assert_int_equal(plan_apply_environment(snap, rule, config, desired, &err), 0);
	assert_string_equal(json_string_value(json_object_get(desired, "name")), "dev-bob-tick");
	assert_string_equal(json_string_value(json_object_get(desired, "state")), "DISABLED");
	json_t *tags = json_object_get(desired, "tags");
	assert_string_equal(json_string_value(json_object_get(tags, "terrace:user")), "bob");
	assert_string_equal(json_string_value(json_object_get(tags, "terrace:environment")), "dev");
	assert_string_equal(json_string_value(json_object_get(tags, "team")), "lake");
	json_decref(desired);
	/* A state the stack sets is kept. */
	json_object_set_new(config, "state", json_string("ENABLED"));
	desired = json_pack("{s:s, s:s}", "name", "tick", "state", "ENABLED");
	assert_int_equal(plan_apply_environment(snap, rule, config, desired, &err), 0);
	assert_string_equal(json_string_value(json_object_get(desired, "state")), "ENABLED");
	json_decref(desired);
	json_decref(config);
	/* An ON_DEMAND trigger has no enabled state. */
	config = json_pack("{s:s}", "name", "go");
	desired = json_pack("{s:s, s:s}", "name", "go", "trigger_type", "ON_DEMAND");
	assert_int_equal(plan_apply_environment(snap, trig, config, desired, &err), 0);
	assert_null(json_object_get(desired, "enabled"));
	json_decref(desired);
	desired = json_pack("{s:s, s:s}", "name", "go", "trigger_type", "SCHEDULED");
	assert_int_equal(plan_apply_environment(snap, trig, config, desired, &err), 0);
	assert_true(json_is_false(json_object_get(desired, "enabled")));
	json_decref(desired);
	/* Production, or no environment: nothing changes. */
	json_t *prod = json_pack("{s:{s:s, s:s}}", "environment", "name", "prod", "mode",
				 "production");
	desired = json_pack("{s:s}", "name", "go");
	assert_int_equal(plan_apply_environment(prod, trig, config, desired, &err), 0);
	assert_int_equal(json_object_size(desired), 1);
	assert_string_equal(json_string_value(json_object_get(desired, "name")), "go");
	json_decref(desired);
	json_decref(prod);
	json_decref(config);
	json_decref(snap);
	strbuf_release(&err);
}

/* Every variable env_ci_branch reads, cleared before each row. */
static const char *const ci_variables[] = {
	"GITHUB_ACTIONS", "GITHUB_HEAD_REF", "GITHUB_REF_NAME", "GITLAB_CI",
	"CI_MERGE_REQUEST_SOURCE_BRANCH_NAME", "CI_COMMIT_BRANCH", "CI_COMMIT_REF_NAME",
	"BITBUCKET_BUILD_NUMBER", "BITBUCKET_BRANCH", "TF_BUILD", "SYSTEM_PULLREQUEST_SOURCEBRANCH",
	"BUILD_SOURCEBRANCH", "CIRCLECI", "CIRCLE_BRANCH", "JENKINS_URL", "CHANGE_BRANCH",
	"BRANCH_NAME", "BUILDKITE", "BUILDKITE_BRANCH", "TRAVIS", "TRAVIS_PULL_REQUEST_BRANCH",
	"TRAVIS_BRANCH", "CODEBUILD_BUILD_ID", "CODEBUILD_WEBHOOK_HEAD_REF", NULL,
};

/* One CI job's environment ("NAME=VALUE" each) and the branch and variable
 * env_ci_branch gives (NULL: none). */
static const struct {
	const char *what;
	const char *env[6];
	const char *branch, *variable;
} ci_rows[] = {
	{ "GitHub push", { "GITHUB_ACTIONS=true", "GITHUB_REF_NAME=main", "GITHUB_HEAD_REF=" },
	  "main", "GITHUB_REF_NAME" },
	{ "GitHub pull request", { "GITHUB_ACTIONS=true", "GITHUB_REF_NAME=12/merge",
				   "GITHUB_HEAD_REF=feature/x" }, "feature/x", "GITHUB_HEAD_REF" },
	{ "GitHub's variables without GitHub Actions", { "GITHUB_REF_NAME=main" }, NULL, NULL },
	{ "GitLab branch pipeline", { "GITLAB_CI=true", "CI_COMMIT_BRANCH=main",
				      "CI_COMMIT_REF_NAME=main" }, "main", "CI_COMMIT_BRANCH" },
	{ "GitLab merge request", { "GITLAB_CI=true", "CI_MERGE_REQUEST_SOURCE_BRANCH_NAME=fix",
				    "CI_COMMIT_REF_NAME=refs/merge-requests/3/head" },
	  "fix", "CI_MERGE_REQUEST_SOURCE_BRANCH_NAME" },
	{ "GitLab, only CI_COMMIT_REF_NAME", { "GITLAB_CI=true", "CI_COMMIT_REF_NAME=release" },
	  "release", "CI_COMMIT_REF_NAME" },
	{ "Bitbucket", { "BITBUCKET_BUILD_NUMBER=7", "BITBUCKET_BRANCH=main" }, "main",
	  "BITBUCKET_BRANCH" },
	{ "Azure Pipelines branch", { "TF_BUILD=True", "BUILD_SOURCEBRANCH=refs/heads/team/main" },
	  "team/main", "BUILD_SOURCEBRANCH" },
	{ "Azure Pipelines pull request", { "TF_BUILD=True", "BUILD_SOURCEBRANCH=refs/pull/4/merge",
					    "SYSTEM_PULLREQUEST_SOURCEBRANCH=refs/heads/fix" },
	  "fix", "SYSTEM_PULLREQUEST_SOURCEBRANCH" },
	{ "Azure Pipelines tag", { "TF_BUILD=True", "BUILD_SOURCEBRANCH=refs/tags/v1" }, NULL, NULL },
	{ "CircleCI", { "CIRCLECI=true", "CIRCLE_BRANCH=main" }, "main", "CIRCLE_BRANCH" },
	{ "Jenkins multibranch pull request", { "JENKINS_URL=http://ci/", "BRANCH_NAME=PR-5",
						"CHANGE_BRANCH=fix" }, "fix", "CHANGE_BRANCH" },
	{ "Jenkins branch", { "JENKINS_URL=http://ci/", "BRANCH_NAME=main" }, "main", "BRANCH_NAME" },
	{ "Buildkite", { "BUILDKITE=true", "BUILDKITE_BRANCH=main" }, "main", "BUILDKITE_BRANCH" },
	{ "Travis pull request", { "TRAVIS=true", "TRAVIS_BRANCH=main",
				   "TRAVIS_PULL_REQUEST_BRANCH=fix" }, "fix",
	  "TRAVIS_PULL_REQUEST_BRANCH" },
	{ "Travis push", { "TRAVIS=true", "TRAVIS_BRANCH=main", "TRAVIS_PULL_REQUEST_BRANCH=" },
	  "main", "TRAVIS_BRANCH" },
	{ "CodeBuild", { "CODEBUILD_BUILD_ID=b:1", "CODEBUILD_WEBHOOK_HEAD_REF=refs/heads/main" },
	  "main", "CODEBUILD_WEBHOOK_HEAD_REF" },
	{ "no CI", { NULL }, NULL, NULL },
};

static void test_ci_branch(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(ci_rows) / sizeof(ci_rows[0]); i++) {
		for (const char *const *v = ci_variables; *v; v++)
			unsetenv(*v);
		for (size_t k = 0; k < 6 && ci_rows[i].env[k]; k++) {
			const char *eq = strchr(ci_rows[i].env[k], '=');
			char *name = strndup(ci_rows[i].env[k], (size_t)(eq - ci_rows[i].env[k]));
			setenv(name, eq + 1, 1);
			free(name);
		}
		const char *variable = "unset";
		char *branch = env_ci_branch(&variable);
		if (!ci_rows[i].branch) {
			if (branch || variable)
				fail_msg("%s: got \"%s\" from %s, want none", ci_rows[i].what, branch,
					 variable);
			continue;
		}
		if (!branch || strcmp(branch, ci_rows[i].branch) || !variable ||
		    strcmp(variable, ci_rows[i].variable))
			fail_msg("%s: got \"%s\" from %s, want \"%s\" from %s", ci_rows[i].what,
				 branch ? branch : "(none)", variable ? variable : "(none)",
				 ci_rows[i].branch, ci_rows[i].variable);
		free(branch);
	}
	for (const char *const *v = ci_variables; *v; v++)
		unsetenv(*v);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_prefix),
		cmocka_unit_test(test_cut),
		cmocka_unit_test(test_apply),
		cmocka_unit_test(test_ci_branch),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
