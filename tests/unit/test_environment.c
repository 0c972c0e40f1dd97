/*
 * test_environment.c: the names a development environment gives
 * (plan/environment.c, plan_dev_name): the prefix dev-USER-, its separator
 * per type, after a leading '/', a name that has it kept, and a name too
 * long for its type cut to the limit with a hash that keeps two cut names
 * apart; plan_apply_environment's tags and paused schedules; the branch or
 * tag a CI job runs for, from its variables (cmd/environment.c,
 * env_ci_ref), and the default branch where the CI says it
 * (env_ci_default_branch), row by row of a table of CI environments; and
 * which refs a production environment admits (env_ref_admitted: git_branch,
 * git_tag, the default branch standing in for a git_branch not written).
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

/* Every variable env_ci_ref and env_ci_default_branch read, cleared before
 * each row. */
static const char *const ci_variables[] = {
	"GITHUB_ACTIONS", "GITHUB_HEAD_REF", "GITHUB_REF_NAME", "GITHUB_REF_TYPE", "GITLAB_CI",
	"CI_MERGE_REQUEST_SOURCE_BRANCH_NAME", "CI_COMMIT_BRANCH", "CI_COMMIT_REF_NAME",
	"CI_COMMIT_TAG", "CI_DEFAULT_BRANCH", "BITBUCKET_BUILD_NUMBER", "BITBUCKET_BRANCH",
	"BITBUCKET_TAG", "TF_BUILD", "SYSTEM_PULLREQUEST_SOURCEBRANCH", "BUILD_SOURCEBRANCH",
	"CIRCLECI", "CIRCLE_BRANCH", "CIRCLE_TAG", "JENKINS_URL", "CHANGE_BRANCH", "BRANCH_NAME",
	"TAG_NAME", "BUILDKITE", "BUILDKITE_BRANCH", "BUILDKITE_TAG",
	"BUILDKITE_PIPELINE_DEFAULT_BRANCH", "TRAVIS", "TRAVIS_PULL_REQUEST_BRANCH", "TRAVIS_BRANCH",
	"TRAVIS_TAG", "CODEBUILD_BUILD_ID", "CODEBUILD_WEBHOOK_HEAD_REF",
	"CODEBUILD_WEBHOOK_TRIGGER", NULL,
};

/* One CI job's environment ("NAME=VALUE" each), the ref and variable
 * env_ci_ref gives (NULL: none) and whether it is a tag, and the default
 * branch env_ci_default_branch gives (NULL: none). */
static const struct {
	const char *what;
	const char *env[6];
	const char *ref, *variable;
	bool tag;
	const char *default_branch;
} ci_rows[] = {
	{ "GitHub push", { "GITHUB_ACTIONS=true", "GITHUB_REF_NAME=main", "GITHUB_HEAD_REF=",
			   "GITHUB_REF_TYPE=branch" }, "main", "GITHUB_REF_NAME", false, NULL },
	{ "GitHub pull request", { "GITHUB_ACTIONS=true", "GITHUB_REF_NAME=12/merge",
				   "GITHUB_HEAD_REF=feature/x" }, "feature/x", "GITHUB_HEAD_REF",
	  false, NULL },
	{ "GitHub tag push", { "GITHUB_ACTIONS=true", "GITHUB_REF_NAME=v1.2", "GITHUB_HEAD_REF=",
			       "GITHUB_REF_TYPE=tag" }, "v1.2", "GITHUB_REF_NAME", true, NULL },
	{ "GitHub's variables without GitHub Actions", { "GITHUB_REF_NAME=main",
							 "GITHUB_REF_TYPE=tag" }, NULL, NULL,
	  false, NULL },
	{ "GitLab branch pipeline", { "GITLAB_CI=true", "CI_COMMIT_BRANCH=main",
				      "CI_COMMIT_REF_NAME=main", "CI_DEFAULT_BRANCH=main" }, "main",
	  "CI_COMMIT_BRANCH", false, "main" },
	{ "GitLab merge request", { "GITLAB_CI=true", "CI_MERGE_REQUEST_SOURCE_BRANCH_NAME=fix",
				    "CI_COMMIT_REF_NAME=refs/merge-requests/3/head",
				    "CI_DEFAULT_BRANCH=trunk" },
	  "fix", "CI_MERGE_REQUEST_SOURCE_BRANCH_NAME", false, "trunk" },
	{ "GitLab, only CI_COMMIT_REF_NAME", { "GITLAB_CI=true", "CI_COMMIT_REF_NAME=release" },
	  "release", "CI_COMMIT_REF_NAME", false, NULL },
	{ "GitLab tag pipeline", { "GITLAB_CI=true", "CI_COMMIT_TAG=v2", "CI_COMMIT_REF_NAME=v2",
				   "CI_DEFAULT_BRANCH=main" }, "v2", "CI_COMMIT_TAG", true, "main" },
	{ "GitLab's variables without GitLab CI", { "CI_COMMIT_TAG=v2", "CI_DEFAULT_BRANCH=main" },
	  NULL, NULL, false, NULL },
	{ "Bitbucket", { "BITBUCKET_BUILD_NUMBER=7", "BITBUCKET_BRANCH=main" }, "main",
	  "BITBUCKET_BRANCH", false, NULL },
	{ "Bitbucket tag", { "BITBUCKET_BUILD_NUMBER=7", "BITBUCKET_TAG=v3" }, "v3", "BITBUCKET_TAG",
	  true, NULL },
	{ "Azure Pipelines branch", { "TF_BUILD=True", "BUILD_SOURCEBRANCH=refs/heads/team/main" },
	  "team/main", "BUILD_SOURCEBRANCH", false, NULL },
	{ "Azure Pipelines pull request", { "TF_BUILD=True", "BUILD_SOURCEBRANCH=refs/pull/4/merge",
					    "SYSTEM_PULLREQUEST_SOURCEBRANCH=refs/heads/fix" },
	  "fix", "SYSTEM_PULLREQUEST_SOURCEBRANCH", false, NULL },
	{ "Azure Pipelines tag", { "TF_BUILD=True", "BUILD_SOURCEBRANCH=refs/tags/v1" }, "v1",
	  "BUILD_SOURCEBRANCH", true, NULL },
	{ "CircleCI", { "CIRCLECI=true", "CIRCLE_BRANCH=main" }, "main", "CIRCLE_BRANCH", false,
	  NULL },
	{ "CircleCI tag", { "CIRCLECI=true", "CIRCLE_TAG=v4" }, "v4", "CIRCLE_TAG", true, NULL },
	{ "Jenkins multibranch pull request", { "JENKINS_URL=http://ci/", "BRANCH_NAME=PR-5",
						"CHANGE_BRANCH=fix" }, "fix", "CHANGE_BRANCH", false,
	  NULL },
	{ "Jenkins branch", { "JENKINS_URL=http://ci/", "BRANCH_NAME=main" }, "main", "BRANCH_NAME",
	  false, NULL },
	{ "Jenkins tag", { "JENKINS_URL=http://ci/", "BRANCH_NAME=v5", "TAG_NAME=v5" }, "v5",
	  "TAG_NAME", true, NULL },
	{ "Buildkite", { "BUILDKITE=true", "BUILDKITE_BRANCH=main",
			 "BUILDKITE_PIPELINE_DEFAULT_BRANCH=main" }, "main", "BUILDKITE_BRANCH",
	  false, "main" },
	{ "Buildkite tag", { "BUILDKITE=true", "BUILDKITE_BRANCH=v6", "BUILDKITE_TAG=v6" }, "v6",
	  "BUILDKITE_TAG", true, NULL },
	{ "Travis pull request", { "TRAVIS=true", "TRAVIS_BRANCH=main",
				   "TRAVIS_PULL_REQUEST_BRANCH=fix" }, "fix",
	  "TRAVIS_PULL_REQUEST_BRANCH", false, NULL },
	{ "Travis push", { "TRAVIS=true", "TRAVIS_BRANCH=main", "TRAVIS_PULL_REQUEST_BRANCH=" },
	  "main", "TRAVIS_BRANCH", false, NULL },
	{ "Travis tag", { "TRAVIS=true", "TRAVIS_BRANCH=v7", "TRAVIS_TAG=v7" }, "v7", "TRAVIS_TAG",
	  true, NULL },
	{ "CodeBuild", { "CODEBUILD_BUILD_ID=b:1", "CODEBUILD_WEBHOOK_HEAD_REF=refs/heads/main",
			 "CODEBUILD_WEBHOOK_TRIGGER=branch/main" }, "main",
	  "CODEBUILD_WEBHOOK_HEAD_REF", false, NULL },
	{ "CodeBuild tag", { "CODEBUILD_BUILD_ID=b:1", "CODEBUILD_WEBHOOK_HEAD_REF=refs/tags/v8",
			     "CODEBUILD_WEBHOOK_TRIGGER=tag/v8" }, "v8",
	  "CODEBUILD_WEBHOOK_TRIGGER", true, NULL },
	{ "no CI", { NULL }, NULL, NULL, false, NULL },
};

static void set_row_env(const char *const *env)
{
	for (const char *const *v = ci_variables; *v; v++)
		unsetenv(*v);
	for (size_t k = 0; k < 6 && env[k]; k++) {
		const char *eq = strchr(env[k], '=');
		char *name = strndup(env[k], (size_t)(eq - env[k]));
		setenv(name, eq + 1, 1);
		free(name);
	}
}

static void test_ci_ref(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(ci_rows) / sizeof(ci_rows[0]); i++) {
		set_row_env(ci_rows[i].env);
		const char *variable = "unset";
		bool tag = !ci_rows[i].tag;
		char *ref = env_ci_ref(&variable, &tag);
		if (!ci_rows[i].ref) {
			if (ref || variable)
				fail_msg("%s: got \"%s\" from %s, want none", ci_rows[i].what, ref,
					 variable);
		} else if (!ref || strcmp(ref, ci_rows[i].ref) || !variable ||
			   strcmp(variable, ci_rows[i].variable) || tag != ci_rows[i].tag) {
			fail_msg("%s: got %s\"%s\" from %s, want %s\"%s\" from %s", ci_rows[i].what,
				 tag ? "tag " : "", ref ? ref : "(none)", variable ? variable : "(none)",
				 ci_rows[i].tag ? "tag " : "", ci_rows[i].ref, ci_rows[i].variable);
		}
		free(ref);
		char *branch = env_ci_default_branch(&variable);
		const char *want = ci_rows[i].default_branch;
		if (want ? !branch || strcmp(branch, want) : branch != NULL)
			fail_msg("%s: default branch \"%s\", want \"%s\"", ci_rows[i].what,
				 branch ? branch : "(none)", want ? want : "(none)");
		free(branch);
	}
	for (const char *const *v = ci_variables; *v; v++)
		unsetenv(*v);
}

/* An environment (its git lines as JSON), a ref, whether it is a tag, the
 * CI's default branch, and whether env_ref_admitted admits it. */
static const struct {
	const char *env_json;
	const char *ref;
	bool tag;
	const char *default_branch;
	bool admitted;
} ref_rows[] = {
	{ "{}", "anything", false, NULL, true },
	{ "{}", "v1", true, NULL, true },
	{ "{\"git_branch\": \"main\"}", "main", false, "trunk", true },
	{ "{\"git_branch\": \"main\"}", "fix", false, "fix", false },
	{ "{\"git_branch\": \"main\"}", "main", true, NULL, false },
	{ "{\"git_branch\": \"main\", \"git_tag\": \"v*\"}", "v1.2", true, NULL, true },
	{ "{\"git_branch\": \"main\", \"git_tag\": \"v*\"}", "release/v1", true, NULL, false },
	{ "{\"git_branch\": \"main\", \"git_tag\": \"v*\"}", "v1.2", false, NULL, false },
	{ "{\"git_branch\": \"main\", \"git_tag\": \"v*\"}", "main", false, NULL, true },
	{ "{\"git_tag\": \"release/*\"}", "release/2026/1", true, NULL, true },
	{ "{\"git_tag\": \"v[0-9]*\"}", "vx", true, NULL, false },
	{ "{\"git_tag\": \"v*\"}", "main", false, "main", true },
	{ "{\"git_tag\": \"v*\"}", "fix", false, "main", false },
	{ "{\"git_tag\": \"v*\"}", "main", false, NULL, false },
};

static void test_ref_admitted(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(ref_rows) / sizeof(ref_rows[0]); i++) {
		json_t *env = json_loads(ref_rows[i].env_json, 0, NULL);
		assert_non_null(env);
		bool got = env_ref_admitted(env, ref_rows[i].ref, ref_rows[i].tag,
					    ref_rows[i].default_branch);
		if (got != ref_rows[i].admitted)
			fail_msg("%s, %s \"%s\", default branch %s: %s, want %s", ref_rows[i].env_json,
				 ref_rows[i].tag ? "tag" : "branch", ref_rows[i].ref,
				 ref_rows[i].default_branch ? ref_rows[i].default_branch : "(none)",
				 got ? "admitted" : "refused", ref_rows[i].admitted ? "admitted"
										  : "refused");
		json_decref(env);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_prefix),
		cmocka_unit_test(test_cut),
		cmocka_unit_test(test_apply),
		cmocka_unit_test(test_ci_ref),
		cmocka_unit_test(test_ref_admitted),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
