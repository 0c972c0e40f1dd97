/*
 * test_policy.c: the IAM permissions a plan's resources need
 * (provider/aws/permissions.h): the generated table's phases (a create needs
 * no delete, a destroy no create), every aws type with actions for reading,
 * creating and deleting and with ARNs of its own (EC2 aside), the ARNs
 * filled from known attributes and wildcards where they are not known,
 * Resource "*" where AWS's reference names no resource type, the plan-time
 * reads of AWS managed policies (iam:GetPolicy),
 * iam:PassRole on the roles a type passes, the awscc types' Cloud Control
 * actions and the note on their handlers, and the policy document's
 * statements (grouped by resources, sorted, a covered ARN left out).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "provider/aws/iam/iam_actions.h"
#include "provider/aws/permissions.h"
#include "provider/provider.h"

static const struct aws_arn_place here = { "aws", "eu-west-1", "111122223333" };

/* Whether ps holds action on resource for address. */
static bool holds(const struct aws_permissions *ps, const char *address, const char *action,
		  const char *resource)
{
	for (size_t i = 0; i < ps->n; i++)
		if (!strcmp(ps->items[i].address, address) && !strcmp(ps->items[i].action, action) &&
		    !strcmp(ps->items[i].resource, resource))
			return true;
	return false;
}

static bool any_action(const struct aws_permissions *ps, const char *action)
{
	for (size_t i = 0; i < ps->n; i++)
		if (!strcmp(ps->items[i].action, action))
			return true;
	return false;
}

static void add(struct aws_permissions *ps, const char *address, const char *type,
		unsigned phases, const char *attrs_json)
{
	json_t *attrs = json_loads(attrs_json, 0, NULL);
	assert_non_null(attrs);
	aws_permissions_add(ps, address, type, phases, attrs, NULL, &here);
	json_decref(attrs);
}

#define READ AWS_PHASE_BIT(AWS_PHASE_READ)
#define CREATE AWS_PHASE_BIT(AWS_PHASE_CREATE)
#define UPDATE AWS_PHASE_BIT(AWS_PHASE_UPDATE)
#define DELETE AWS_PHASE_BIT(AWS_PHASE_DELETE)
#define LIST AWS_PHASE_BIT(AWS_PHASE_LIST)

static void test_phases(void **state)
{
	(void)state;
	struct aws_permissions create = AWS_PERMISSIONS_INIT, destroy = AWS_PERMISSIONS_INIT;

	add(&create, "lake", "aws.s3.bucket", CREATE | READ, "{\"name\": \"acme-lake\"}");
	assert_true(holds(&create, "lake", "s3:CreateBucket", "arn:aws:s3:::acme-lake"));
	assert_true(holds(&create, "lake", "s3:GetBucketTagging", "arn:aws:s3:::acme-lake"));
	assert_false(any_action(&create, "s3:DeleteBucket"));

	add(&destroy, "lake", "aws.s3.bucket", DELETE | READ, "{\"name\": \"acme-lake\"}");
	assert_true(holds(&destroy, "lake", "s3:DeleteBucket", "arn:aws:s3:::acme-lake"));
	assert_false(any_action(&destroy, "s3:CreateBucket"));
	assert_false(any_action(&destroy, "s3:PutBucketTagging"));
	aws_permissions_release(&create);
	aws_permissions_release(&destroy);
}

/* A bucket touches objects only for its folders and force_destroy
 * (sent_for_setting): a bucket that holds nothing of the stack's gets no
 * object action; each setting brings its own, also when not known yet but
 * set by the stack, and a setting of the state (a folder dropped) its
 * delete. */
static void test_bucket_objects(void **state)
{
	(void)state;
	static const char *const objects[] = { "s3:GetObject", "s3:PutObject", "s3:DeleteObject",
					       "s3:DeleteObjectVersion", "s3:ListBucketVersions" };
	struct aws_permissions plain = AWS_PERMISSIONS_INIT, folders = AWS_PERMISSIONS_INIT;
	struct aws_permissions force = AWS_PERMISSIONS_INIT, dropped = AWS_PERMISSIONS_INIT;
	unsigned all = READ | CREATE | UPDATE | DELETE;

	/* its encryption read back after the create, which the stack does not set */
	json_t *raw = json_loads("{\"name\": \"raw\", \"folders\": [], \"force_destroy\": false, "
				 "\"encryption\": {\"$unknown\": true}}", 0, NULL);
	json_t *raw_config = json_loads("{\"name\": \"raw\"}", 0, NULL);
	aws_permissions_add(&plain, "raw", "aws.s3.bucket", all, raw, raw_config, &here);
	json_decref(raw);
	json_decref(raw_config);
	for (size_t i = 0; i < 5; i++)
		assert_false(any_action(&plain, objects[i]));
	assert_false(any_action(&plain, "kms:GenerateDataKey"));

	add(&folders, "lake", "aws.s3.bucket", all, "{\"name\": \"lake\", \"folders\": [\"in/\"]}");
	for (size_t i = 0; i < 3; i++)
		assert_true(holds(&folders, "lake", objects[i], "arn:aws:s3:::lake/*"));
	assert_false(any_action(&folders, "s3:DeleteObjectVersion"));
	assert_false(any_action(&folders, "s3:ListBucketVersions"));

	add(&force, "tmp", "aws.s3.bucket", DELETE, "{\"name\": \"tmp\", \"force_destroy\": true}");
	assert_true(holds(&force, "tmp", "s3:DeleteObjectVersion", "arn:aws:s3:::tmp/*"));
	assert_true(holds(&force, "tmp", "s3:DeleteObject", "arn:aws:s3:::tmp/*"));
	assert_true(holds(&force, "tmp", "s3:ListBucketVersions", "arn:aws:s3:::tmp"));
	assert_false(any_action(&force, "s3:PutObject"));

	/* unknown folders: had only when the stack sets them */
	json_t *unknown = json_loads("{\"name\": \"u\", \"folders\": {\"$unknown\": true}}", 0, NULL);
	json_t *unset = json_loads("{\"name\": \"u\"}", 0, NULL);
	json_t *set = json_loads("{\"name\": \"u\", \"folders\": \"${var.f}\"}", 0, NULL);
	aws_permissions_add(&dropped, "u", "aws.s3.bucket", CREATE, unknown, unset, &here);
	assert_false(any_action(&dropped, "s3:PutObject"));
	aws_permissions_add(&dropped, "u", "aws.s3.bucket", CREATE, unknown, set, &here);
	assert_true(holds(&dropped, "u", "s3:PutObject", "arn:aws:s3:::u/*"));
	aws_permissions_release(&dropped);
	dropped = (struct aws_permissions)AWS_PERMISSIONS_INIT;
	/* an update whose state has a folder the stack dropped deletes it */
	json_t *prior = json_loads("{\"name\": \"u\", \"folders\": [\"old/\"]}", 0, NULL);
	aws_permissions_add_prior(&dropped, "u", "aws.s3.bucket", UPDATE, prior, &here);
	assert_true(holds(&dropped, "u", "s3:DeleteObject", "arn:aws:s3:::u/*"));
	assert_false(any_action(&dropped, "s3:PutBucketTagging"));
	json_decref(prior);
	json_decref(unknown);
	json_decref(unset);
	json_decref(set);
	aws_permissions_release(&dropped);
	aws_permissions_release(&force);
	aws_permissions_release(&folders);
	aws_permissions_release(&plain);
}

/* Every aws type reads, creates and deletes with actions of the table, and
 * (EC2's aside) scopes them to ARNs of its own, unless AWS names no resource
 * type for any of its actions (Lake Formation's grants: "*"). */
static void test_every_type(void **state)
{
	(void)state;
	const struct provider_type *aws = provider_type_find("aws");
	assert_non_null(aws);
	size_t n = 0;
	for (const struct resource_type *const *t = aws->resources; *t; t++, n++) {
		const char *name = (*t)->name;
		for (enum aws_phase ph = AWS_PHASE_READ; ph <= AWS_PHASE_DELETE; ph++) {
			if (ph == AWS_PHASE_UPDATE)
				continue; /* types whose every attribute forces replacement */
			bool found = false;
			for (const struct aws_permission_row *r = aws_permission_rows; r->type; r++)
				found = found || (!strcmp(r->type, name) && r->phase == ph && *r->actions);
			if (!found)
				fail_msg("%s: no actions for phase %d in permissions.gen.c", name, ph);
		}
		struct aws_permissions ps = AWS_PERMISSIONS_INIT;
		add(&ps, "x", name, CREATE | READ | UPDATE | DELETE, "{}");
		assert_true(ps.n > 0);
		bool scoped = false, scopable = false;
		for (size_t i = 0; i < ps.n; i++) {
			scoped = scoped || strcmp(ps.items[i].resource, "*");
			scopable = scopable || !iam_action_unscoped(ps.items[i].action);
		}
		if (strncmp(name, "aws.ec2.", 8) && scopable && !scoped)
			fail_msg("%s: no ARNS on its provider/aws/types.def line", name);
		aws_permissions_release(&ps);
	}
	assert_true(n > 30);
}

/* An awscc type: Cloud Control's actions of the phases asked for (the one
 * "awscc.*" row), on "*" (the reference scopes none of them), and the
 * permissions of the handlers each phase runs, from the registry's schema
 * (provider/aws/cloudcontrol/registry/handlers.json), on "*"; a note only for a type whose
 * handlers that copy lacks; a written type gets no note. */
static void test_awscc(void **state)
{
	(void)state;
	struct aws_permissions ps = AWS_PERMISSIONS_INIT;
	add(&ps, "zone", "awscc.route53.hosted_zone", CREATE | READ, "{\"name\": \"a.example\"}");
	assert_true(holds(&ps, "zone", "cloudformation:CreateResource", "*"));
	assert_true(holds(&ps, "zone", "cloudformation:GetResourceRequestStatus", "*"));
	assert_true(holds(&ps, "zone", "cloudformation:GetResource", "*"));
	assert_false(any_action(&ps, "cloudformation:DeleteResource"));
	/* a create finishes what a failed request's handler made by an update */
	assert_true(holds(&ps, "zone", "cloudformation:UpdateResource", "*"));
	/* the create handler's and the read handler's, not the delete's */
	assert_true(holds(&ps, "zone", "route53:CreateHostedZone", "*"));
	assert_true(holds(&ps, "zone", "route53:GetHostedZone", "*"));
	assert_false(any_action(&ps, "route53:DeleteHostedZone"));
	add(&ps, "zone2", "awscc.route53.hosted_zone", DELETE, "{}");
	assert_true(holds(&ps, "zone2", "cloudformation:DeleteResource", "*"));
	assert_true(holds(&ps, "zone2", "route53:DeleteHostedZone", "*"));
	/* sweep: the list handler's */
	add(&ps, "zone3", "awscc.route53.hosted_zone", LIST, "{}");
	assert_true(holds(&ps, "zone3", "route53:ListHostedZones", "*"));
	/* a type with tags is found by its token's tag: no list handler's at create */
	assert_false(holds(&ps, "zone", "route53:ListHostedZones", "*"));
	/* a type without tags whose identifier the server gives (match.c's
	 * cc_found_by_match): a create lists the type's objects, to find what
	 * a failed one made, with its list handler's permissions */
	add(&ps, "resolver", "awscc.appsync.resolver", CREATE, "{}");
	assert_true(holds(&ps, "resolver", "cloudformation:ListResources", "*"));
	assert_true(holds(&ps, "resolver", "appsync:ListResolvers", "*"));
	add(&ps, "resolver2", "awscc.appsync.resolver", DELETE, "{}");
	assert_false(holds(&ps, "resolver2", "appsync:ListResolvers", "*"));
	add(&ps, "bucket", "aws.s3.bucket", CREATE, "{\"name\": \"b\"}");
	assert_null(aws_permissions_notes(&ps));
	aws_permissions_release(&ps);
	/* a type the copy of the handlers lacks: Cloud Control's actions and a note */
	add(&ps, "assoc", "awscc.amazonmq.configuration_association", CREATE, "{}");
	assert_true(holds(&ps, "assoc", "cloudformation:CreateResource", "*"));
	char **notes = aws_permissions_notes(&ps);
	assert_non_null(notes);
	assert_string_equal(notes[0], "awscc.amazonmq.configuration_association: plus the "
			    "permissions of AWS::AmazonMQ::ConfigurationAssociation's handlers (not "
			    "in terrace's copy of the registry's handlers: see the registry's "
			    "schema, `aws cloudformation describe-type --type RESOURCE --type-name "
			    "AWS::AmazonMQ::ConfigurationAssociation`)");
	assert_null(notes[1]);
	free(notes[0]);
	free(notes);
	aws_permissions_release(&ps);
}

static void test_arns(void **state)
{
	(void)state;
	struct aws_permissions ps = AWS_PERMISSIONS_INIT;

	add(&ps, "job", "aws.glue.job", CREATE, "{\"name\": \"etl\"}");
	assert_true(holds(&ps, "job", "glue:CreateJob",
			  "arn:aws:glue:eu-west-1:111122223333:job/etl"));
	/* a name not known before apply: any job */
	add(&ps, "later", "aws.glue.job", CREATE, "{\"name\": {\"$unknown\": true}}");
	assert_true(holds(&ps, "later", "glue:CreateJob", "arn:aws:glue:eu-west-1:111122223333:job/*"));
	/* the account-wide IAM listing only when asked, on no resource */
	add(&ps, "role", "aws.iam.role", READ, "{\"name\": \"r\"}");
	assert_true(holds(&ps, "role", "iam:GetRole", "arn:aws:iam::111122223333:role/r"));
	for (const char *const *a = aws_account_wide_reads; *a; a++)
		assert_false(any_action(&ps, *a));
	ps.iam_listing = true;
	add(&ps, "listed", "aws.iam.role", READ, "{\"name\": \"r\"}");
	assert_true(holds(&ps, "listed", "iam:ListRoles", "*"));
	assert_true(holds(&ps, "listed", "iam:GetAccountAuthorizationDetails", "*"));
	ps.iam_listing = false;
	add(&ps, "deep", "aws.iam.role", READ, "{\"name\": \"r\", \"path\": \"/svc/\"}");
	assert_true(holds(&ps, "deep", "iam:GetRole", "arn:aws:iam::111122223333:role/svc/r"));
	add(&ps, "secret", "aws.secretsmanager.secret", READ, "{\"name\": \"db\"}");
	assert_true(holds(&ps, "secret", "secretsmanager:DescribeSecret",
			  "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-??????"));
	/* each service's actions on its own ARNs: an IAM user's credentials secret */
	add(&ps, "user", "aws.iam.user", CREATE, "{\"name\": \"ann\", \"credentials_secret\": \"ann/creds\"}");
	assert_true(holds(&ps, "user", "iam:CreateUser", "arn:aws:iam::111122223333:user/ann"));
	assert_true(holds(&ps, "user", "secretsmanager:CreateSecret",
			  "arn:aws:secretsmanager:eu-west-1:111122223333:secret:ann/creds-??????"));
	assert_false(holds(&ps, "user", "iam:CreateUser",
			   "arn:aws:secretsmanager:eu-west-1:111122223333:secret:ann/creds-??????"));
	assert_false(holds(&ps, "user", "secretsmanager:CreateSecret", "arn:aws:iam::111122223333:user/ann"));
	add(&ps, "net", "aws.ec2.vpc", CREATE, "{\"cidr_block\": \"10.0.0.0/16\"}");
	assert_true(holds(&ps, "net", "ec2:CreateVpc", "*"));
	/* an artifact's content-addressed key: any version of the file, so a
	 * deploy role made from the policy uploads the next edit too */
	add(&ps, "script", "aws.s3.artifact", CREATE | DELETE,
	    "{\"bucket\": \"lake\", \"key\": \"glue/script/clean-d8b61954722a67d8.py\"}");
	assert_true(holds(&ps, "script", "s3:PutObject", "arn:aws:s3:::lake/glue/script/clean-*.py"));
	assert_true(holds(&ps, "script", "s3:DeleteObject",
			  "arn:aws:s3:::lake/glue/script/clean-*.py"));
	assert_false(holds(&ps, "script", "s3:PutObject",
			   "arn:aws:s3:::lake/glue/script/clean-d8b61954722a67d8.py"));
	add(&ps, "tar", "aws.s3.artifact", CREATE,
	    "{\"bucket\": \"lake\", \"key\": \"libs/deps-0123456789abcdef.tar.gz\"}");
	assert_true(holds(&ps, "tar", "s3:PutObject", "arn:aws:s3:::lake/libs/deps-*.tar.gz"));
	add(&ps, "bare", "aws.s3.artifact", CREATE,
	    "{\"bucket\": \"lake\", \"key\": \"bin/tool-0123456789abcdef\"}");
	assert_true(holds(&ps, "bare", "s3:PutObject", "arn:aws:s3:::lake/bin/tool-*"));
	/* a key of another form is kept as it is */
	add(&ps, "odd", "aws.s3.artifact", CREATE, "{\"bucket\": \"lake\", \"key\": \"a-b/k.py\"}");
	assert_true(holds(&ps, "odd", "s3:PutObject", "arn:aws:s3:::lake/a-b/k.py"));
	/* an SSM parameter's ARN as AWS gives it: parameter/x for x, and
	 * parameter/acme/feeds/clicks (one slash) for /acme/feeds/clicks */
	add(&ps, "flat", "aws.ssm.parameter", CREATE, "{\"name\": \"x\"}");
	add(&ps, "deep", "aws.ssm.parameter", CREATE, "{\"name\": \"/acme/feeds/clicks\"}");
	add(&ps, "unknown", "aws.ssm.parameter", CREATE, "{\"name\": {\"$unknown\": true}}");
	assert_true(holds(&ps, "flat", "ssm:PutParameter",
			  "arn:aws:ssm:eu-west-1:111122223333:parameter/x"));
	assert_true(holds(&ps, "deep", "ssm:PutParameter",
			  "arn:aws:ssm:eu-west-1:111122223333:parameter/acme/feeds/clicks"));
	assert_true(holds(&ps, "unknown", "ssm:PutParameter",
			  "arn:aws:ssm:eu-west-1:111122223333:parameter/*"));
	for (size_t i = 0; i < ps.n; i++)
		if (strstr(ps.items[i].resource, "parameter//") ||
		    strstr(ps.items[i].resource, ":parameterx"))
			fail_msg("%s: %s names no parameter", ps.items[i].action, ps.items[i].resource);
	aws_permissions_release(&ps);
}

/* Resource "*" where AWS's Service Authorization Reference names no
 * resource type for the action (iam_actions.h): a statement scoped to an
 * ARN does not allow glue:CreateCrawler; and a listing terrace sends for
 * the whole region though the reference scopes it. */
static void test_scope_from_reference(void **state)
{
	(void)state;
	struct aws_permissions ps = AWS_PERMISSIONS_INIT;

	add(&ps, "crawl", "aws.glue.crawler", CREATE, "{\"name\": \"c\"}");
	assert_true(holds(&ps, "crawl", "glue:CreateCrawler", "*"));
	assert_false(holds(&ps, "crawl", "glue:CreateCrawler",
			   "arn:aws:glue:eu-west-1:111122223333:crawler/c"));
	assert_true(holds(&ps, "crawl", "glue:GetCrawler",
			  "arn:aws:glue:eu-west-1:111122223333:crawler/c"));
	add(&ps, "db", "aws.rds.instance", READ, "{\"identifier\": \"d\"}");
	assert_true(holds(&ps, "db", "rds:DescribeDBInstances", "*"));
	aws_permissions_release(&ps);
}

/* Every action of ps is a List or Read one (or one the reference lacks). */
static void reads_only(const struct aws_permissions *ps, const char *type)
{
	for (size_t i = 0; i < ps->n; i++) {
		char level = iam_action_level(ps->items[i].action);
		if (level && level != 'L' && level != 'R')
			fail_msg("%s: a refresh or a listing needs %s, a %s action", type,
				 ps->items[i].action, iam_level_name(level));
	}
}

/* A refresh and a listing change nothing: their actions are the reference's
 * List and Read ones, though the traced table reaches an IAM user's
 * credentials secret's writes through the secret type's read; a create
 * keeps them. */
static void test_reads_by_access_level(void **state)
{
	(void)state;
	struct aws_permissions ps = AWS_PERMISSIONS_INIT;

	add(&ps, "user", "aws.iam.user", READ, "{\"name\": \"ann\", \"credentials_secret\": \"s\"}");
	assert_true(any_action(&ps, "iam:GetUser"));
	assert_true(any_action(&ps, "secretsmanager:GetSecretValue"));
	assert_false(any_action(&ps, "secretsmanager:CreateSecret"));
	assert_false(any_action(&ps, "secretsmanager:PutSecretValue"));
	reads_only(&ps, "aws.iam.user");
	aws_permissions_release(&ps);
	add(&ps, "user", "aws.iam.user", CREATE, "{\"name\": \"ann\", \"credentials_secret\": \"s\"}");
	assert_true(any_action(&ps, "secretsmanager:CreateSecret"));
	aws_permissions_release(&ps);
	/* every type's refresh and listing: reads only */
	for (const struct aws_permission_row *r = aws_permission_rows; r->type; r++) {
		if (r->phase != AWS_PHASE_READ && r->phase != AWS_PHASE_LIST)
			continue;
		add(&ps, "x", r->type, AWS_PHASE_BIT(r->phase), "{}");
		reads_only(&ps, r->type);
		aws_permissions_release(&ps);
	}
}

/* What plan reads before a create or an update: the AWS managed policies a
 * role, user or group attaches (IAM GetPolicy), on their ARNs; not a
 * customer managed one, nor one not known yet; nothing for a destroy. */
static void test_plan_reads(void **state)
{
	(void)state;
	struct aws_permissions ps = AWS_PERMISSIONS_INIT;

	add(&ps, "role", "aws.iam.role", CREATE | READ,
	    "{\"name\": \"r\", \"managed_policy_arns\": [\"arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess\","
	    " \"arn:aws:iam::111122223333:policy/mine\", \"${pol.arn}\"]}");
	assert_true(holds(&ps, "role", "iam:GetPolicy", "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"));
	assert_false(holds(&ps, "role", "iam:GetPolicy", "arn:aws:iam::111122223333:policy/mine"));
	add(&ps, "user", "aws.iam.user", UPDATE,
	    "{\"name\": \"u\", \"policy_arns\": [\"arn:aws-cn:iam::aws:policy/ReadOnlyAccess\"]}");
	assert_true(holds(&ps, "user", "iam:GetPolicy", "arn:aws-cn:iam::aws:policy/ReadOnlyAccess"));
	aws_permissions_release(&ps);
	add(&ps, "gone", "aws.iam.group", DELETE | READ,
	    "{\"name\": \"g\", \"policy_arns\": [\"arn:aws:iam::aws:policy/ReadOnlyAccess\"]}");
	assert_false(any_action(&ps, "iam:GetPolicy"));
	aws_permissions_release(&ps);
}

static void test_pass_role(void **state)
{
	(void)state;
	struct aws_permissions ps = AWS_PERMISSIONS_INIT;

	add(&ps, "a", "aws.glue.job", CREATE, "{\"name\": \"a\", \"role\": \"arn:aws:iam::111122223333:role/glue\"}");
	assert_true(holds(&ps, "a", "iam:PassRole", "arn:aws:iam::111122223333:role/glue"));
	add(&ps, "b", "aws.glue.job", UPDATE, "{\"name\": \"b\", \"role\": \"by-name\"}");
	assert_true(holds(&ps, "b", "iam:PassRole", "arn:aws:iam::111122223333:role/by-name"));
	add(&ps, "c", "aws.glue.job", CREATE, "{\"name\": \"c\", \"role\": {\"$unknown\": true}}");
	assert_true(holds(&ps, "c", "iam:PassRole", "arn:aws:iam::111122223333:role/*"));
	/* nested and listed: an EventBridge rule's targets */
	add(&ps, "d", "aws.events.rule", CREATE,
	    "{\"name\": \"d\", \"targets\": [{\"id\": \"1\", \"role_arn\": \"arn:aws:iam::1:role/t1\"},"
	    " {\"id\": \"2\", \"role_arn\": \"arn:aws:iam::1:role/t2\"}]}");
	assert_true(holds(&ps, "d", "iam:PassRole", "arn:aws:iam::1:role/t1"));
	assert_true(holds(&ps, "d", "iam:PassRole", "arn:aws:iam::1:role/t2"));
	/* a delete passes nothing */
	struct aws_permissions del = AWS_PERMISSIONS_INIT;
	add(&del, "a", "aws.glue.job", DELETE | READ, "{\"name\": \"a\", \"role\": \"glue\"}");
	assert_false(any_action(&del, "iam:PassRole"));
	aws_permissions_release(&del);
	aws_permissions_release(&ps);
}

/* The PassRole statement of doc for role (its Condition or NULL through
 * *cond); fails when there is none. */
static json_t *pass_role_statement(json_t *doc, const char *role)
{
	size_t i;
	json_t *st;
	json_array_foreach(json_object_get(doc, "Statement"), i, st) {
		json_t *acts = json_object_get(st, "Action");
		bool passes = json_is_string(acts) && !strcmp(json_string_value(acts), "iam:PassRole");
		size_t j;
		json_t *a;
		json_array_foreach(acts, j, a)
			passes = passes || !strcmp(json_string_value(a), "iam:PassRole");
		char *res = json_dumps(json_object_get(st, "Resource"), JSON_ENCODE_ANY);
		bool names = strstr(res, role) != NULL;
		free(res);
		if (passes && names)
			return st;
	}
	fail_msg("no iam:PassRole statement for %s", role);
	return NULL;
}

/* iam:PassRole is allowed only to the services the roles are passed to
 * (iam:PassedToService): one value, or every service a role goes to. */
static void test_pass_role_condition(void **state)
{
	(void)state;
	struct aws_permissions ps = AWS_PERMISSIONS_INIT;
	add(&ps, "job", "aws.glue.job", CREATE, "{\"name\": \"j\", \"role\": \"shared\"}");
	add(&ps, "fn", "aws.lambda.function", CREATE,
	    "{\"function_name\": \"f\", \"role\": \"shared\"}");
	add(&ps, "sm", "aws.sfn.state_machine", CREATE, "{\"name\": \"s\", \"role_arn\": \"alone\"}");
	json_t *doc = aws_permissions_policy(&ps);
	char *cond = json_dumps(json_object_get(pass_role_statement(doc, "role/shared"), "Condition"),
				JSON_COMPACT);
	assert_string_equal(cond, "{\"StringEquals\":{\"iam:PassedToService\":"
			    "[\"glue.amazonaws.com\",\"lambda.amazonaws.com\"]}}");
	free(cond);
	cond = json_dumps(json_object_get(pass_role_statement(doc, "role/alone"), "Condition"),
			  JSON_COMPACT);
	assert_string_equal(cond, "{\"StringEquals\":{\"iam:PassedToService\":"
			    "\"states.amazonaws.com\"}}");
	free(cond);
	json_decref(doc);
	/* a role an instance profile also takes (no service named): no condition */
	add(&ps, "profile", "aws.iam.instance_profile", CREATE,
	    "{\"name\": \"p\", \"role\": \"shared\"}");
	doc = aws_permissions_policy(&ps);
	assert_null(json_object_get(pass_role_statement(doc, "role/shared"), "Condition"));
	assert_non_null(json_object_get(pass_role_statement(doc, "role/alone"), "Condition"));
	json_decref(doc);
	aws_permissions_release(&ps);
}

/* Every type that passes a role names the service it passes it to. */
static void test_passed_to_every_type(void **state)
{
	(void)state;
	const char *service;
	for (const struct aws_role_passing *r = aws_role_passing; r->type; r++)
		if (!aws_passed_to_service(r->type, &service))
			fail_msg("%s passes a role (aws_role_passing) but permissions.c's passed_to "
				 "does not name the service", r->type);
	assert_false(aws_passed_to_service("aws.s3.bucket", &service));
	assert_true(aws_passed_to_service("aws.glue.job", &service));
	assert_string_equal(service, "glue.amazonaws.com");
}

/* A condition's values merge per action and resource; an item without one
 * makes the statement unconditioned. */
static void test_conditions_merge(void **state)
{
	(void)state;
	struct aws_permissions ps = AWS_PERMISSIONS_INIT;
	aws_permissions_add_one(&ps, "b", "s3:ListBucket", "arn:aws:s3:::st", "StringLike",
				"s3:prefix", "x/*");
	aws_permissions_add_one(&ps, "b", "s3:ListBucket", "arn:aws:s3:::st", "StringLike",
				"s3:prefix", "a/*");
	aws_permissions_add_one(&ps, "b", "s3:ListBucket", "arn:aws:s3:::st", "StringLike",
				"s3:prefix", "a/*");
	aws_permissions_add_one(&ps, "b", "s3:GetObject", "arn:aws:s3:::st/k", NULL, NULL, NULL);
	assert_int_equal(ps.n, 3);
	json_t *doc = aws_permissions_policy(&ps);
	char *text = json_dumps(json_object_get(doc, "Statement"), JSON_COMPACT);
	assert_string_equal(text, "[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
			    "\"Resource\":\"arn:aws:s3:::st/k\"},{\"Effect\":\"Allow\","
			    "\"Action\":\"s3:ListBucket\",\"Resource\":\"arn:aws:s3:::st\","
			    "\"Condition\":{\"StringLike\":{\"s3:prefix\":[\"a/*\",\"x/*\"]}}}]");
	free(text);
	json_decref(doc);
	aws_permissions_add_one(&ps, "other", "s3:ListBucket", "arn:aws:s3:::st", NULL, NULL, NULL);
	doc = aws_permissions_policy(&ps);
	text = json_dumps(json_array_get(json_object_get(doc, "Statement"), 1), JSON_COMPACT);
	assert_string_equal(text, "{\"Effect\":\"Allow\",\"Action\":\"s3:ListBucket\","
			    "\"Resource\":\"arn:aws:s3:::st\"}");
	free(text);
	json_decref(doc);
	aws_permissions_release(&ps);
}

/* What Lambda checks the caller may do for a function in a VPC
 * (permissions.c's checked_for_caller). */
static void test_checked_for_caller(void **state)
{
	(void)state;
	struct aws_permissions ps = AWS_PERMISSIONS_INIT, none = AWS_PERMISSIONS_INIT;
	static const char *const describe[] = { "ec2:DescribeSecurityGroups", "ec2:DescribeSubnets",
						"ec2:DescribeVpcs" };

	add(&ps, "a", "aws.lambda.function", CREATE,
	    "{\"function_name\": \"a\", \"vpc_config\": {\"subnet_ids\": [\"subnet-1\"], "
	    "\"security_group_ids\": []}}");
	add(&ps, "b", "aws.lambda.function", UPDATE,
	    "{\"function_name\": \"b\", \"vpc_config\": {\"subnet_ids\": {\"$unknown\": true}}}");
	add(&ps, "c", "aws.lambda.function", CREATE,
	    "{\"function_name\": \"c\", \"vpc_config\": {\"$unknown\": true}}");
	for (size_t i = 0; i < 3; i++) {
		assert_true(holds(&ps, "a", describe[i], "*"));
		assert_true(holds(&ps, "b", describe[i], "*"));
		assert_true(holds(&ps, "c", describe[i], "*"));
	}
	/* No VPC (no vpc_config, empty lists), or a read or a delete: none. */
	add(&none, "d", "aws.lambda.function", CREATE, "{\"function_name\": \"d\"}");
	add(&none, "e", "aws.lambda.function", UPDATE,
	    "{\"function_name\": \"e\", \"vpc_config\": {\"subnet_ids\": [], "
	    "\"security_group_ids\": []}}");
	add(&none, "f", "aws.lambda.function", READ | DELETE,
	    "{\"function_name\": \"f\", \"vpc_config\": {\"subnet_ids\": [\"subnet-1\"]}}");
	for (size_t i = 0; i < 3; i++)
		assert_false(any_action(&none, describe[i]));
	aws_permissions_release(&none);
	aws_permissions_release(&ps);

	/* A SecureString with a customer managed key: the caller's KMS
	 * permissions on that key (kms_key_arn): an alias and a key not made
	 * yet name every key of the account and region; without key_id (AWS's
	 * aws/ssm key), none. */
	struct aws_permissions kms = AWS_PERMISSIONS_INIT, plain = AWS_PERMISSIONS_INIT;
	static const char *const key_actions[] = { "kms:Decrypt", "kms:Encrypt",
						   "kms:GenerateDataKey" };

	add(&kms, "p", "aws.ssm.parameter", CREATE,
	    "{\"name\": \"/p\", \"parameter_type\": \"SecureString\", \"key_id\": \"alias/lake\"}");
	add(&kms, "q", "aws.ssm.parameter", UPDATE,
	    "{\"name\": \"/q\", \"parameter_type\": \"SecureString\", \"key_id\": {\"$unknown\": true}}");
	add(&plain, "r", "aws.ssm.parameter", CREATE | UPDATE,
	    "{\"name\": \"/r\", \"parameter_type\": \"SecureString\"}");
	add(&plain, "s", "aws.ssm.parameter", CREATE, "{\"name\": \"/s\", \"key_id\": \"\"}");
	add(&kms, "t", "aws.ssm.parameter", CREATE, "{\"name\": \"/t\", \"key_id\": \"1234abcd\"}");
	add(&kms, "u", "aws.ssm.parameter", CREATE,
	    "{\"name\": \"/u\", \"key_id\": \"arn:aws:kms:us-east-2:444455556666:alias/x\"}");
	/* a key_id read back after the create but not set by the stack: none */
	json_t *unset = json_loads("{\"name\": \"/v\", \"key_id\": {\"$unknown\": true}}", 0, NULL);
	json_t *config = json_loads("{\"name\": \"/v\"}", 0, NULL);
	aws_permissions_add(&plain, "v", "aws.ssm.parameter", CREATE, unset, config, &here);
	json_decref(unset);
	json_decref(config);
	for (size_t i = 0; i < 3; i++) {
		assert_true(holds(&kms, "p", key_actions[i], "arn:aws:kms:eu-west-1:111122223333:key/*"));
		assert_true(holds(&kms, "q", key_actions[i], "arn:aws:kms:eu-west-1:111122223333:key/*"));
		assert_true(holds(&kms, "t", key_actions[i],
				  "arn:aws:kms:eu-west-1:111122223333:key/1234abcd"));
		assert_true(holds(&kms, "u", key_actions[i], "arn:aws:kms:us-east-2:444455556666:key/*"));
		assert_false(any_action(&plain, key_actions[i]));
	}
	aws_permissions_release(&plain);
	aws_permissions_release(&kms);

	/* A CodeCommit repository with a customer managed key: the caller's
	 * KMS permissions on that key; with AWS's aws/codecommit key, none. */
	struct aws_permissions repo = AWS_PERMISSIONS_INIT, aws_key = AWS_PERMISSIONS_INIT;
	static const char *const repo_actions[] = {
		"kms:Decrypt", "kms:DescribeKey", "kms:Encrypt", "kms:GenerateDataKey",
		"kms:GenerateDataKeyWithoutPlaintext", "kms:ReEncryptFrom", "kms:ReEncryptTo" };

	add(&repo, "w", "aws.codecommit.repository", CREATE | UPDATE,
	    "{\"repository_name\": \"w\", \"kms_key_id\": \"1234abcd\"}");
	add(&aws_key, "x", "aws.codecommit.repository", CREATE, "{\"repository_name\": \"x\"}");
	for (size_t i = 0; i < sizeof(repo_actions) / sizeof(*repo_actions); i++) {
		assert_true(holds(&repo, "w", repo_actions[i],
				  "arn:aws:kms:eu-west-1:111122223333:key/1234abcd"));
		assert_false(any_action(&aws_key, repo_actions[i]));
	}
	aws_permissions_release(&aws_key);
	aws_permissions_release(&repo);

	/* A bucket whose default encryption is a KMS key: the caller's
	 * kms:GenerateDataKey and kms:Decrypt for what terrace puts in it;
	 * SSE-S3 (no key) or no encryption, none. */
	struct aws_permissions sse = AWS_PERMISSIONS_INIT, s3 = AWS_PERMISSIONS_INIT;
	static const char *const object_key_actions[] = { "kms:Decrypt", "kms:GenerateDataKey" };

	add(&sse, "lake", "aws.s3.bucket", CREATE,
	    "{\"name\": \"lake\", \"encryption\": {\"sse_algorithm\": \"aws:kms\", "
	    "\"kms_key_id\": \"arn:aws:kms:us-east-1:1:key/k\"}}");
	add(&sse, "raw", "aws.s3.bucket", UPDATE,
	    "{\"name\": \"raw\", \"encryption\": {\"sse_algorithm\": \"aws:kms\", "
	    "\"kms_key_id\": {\"$unknown\": true}}}");
	add(&s3, "gold", "aws.s3.bucket", CREATE,
	    "{\"name\": \"gold\", \"encryption\": {\"sse_algorithm\": \"AES256\"}}");
	add(&s3, "silver", "aws.s3.bucket", CREATE | UPDATE, "{\"name\": \"silver\"}");
	for (size_t i = 0; i < 2; i++) {
		assert_true(holds(&sse, "lake", object_key_actions[i], "arn:aws:kms:us-east-1:1:key/k"));
		assert_true(holds(&sse, "raw", object_key_actions[i],
				  "arn:aws:kms:eu-west-1:111122223333:key/*"));
		assert_false(any_action(&s3, object_key_actions[i]));
	}
	aws_permissions_release(&s3);
	aws_permissions_release(&sse);

	/* A secret on a customer managed key: Secrets Manager encrypts and
	 * decrypts its value with the caller's permissions on the key; on
	 * AWS's aws/secretsmanager key (no kms_key_id), none. */
	struct aws_permissions sm = AWS_PERMISSIONS_INIT, sm_default = AWS_PERMISSIONS_INIT;

	add(&sm, "bi", "aws.secretsmanager.secret", CREATE,
	    "{\"name\": \"w/bi\", \"kms_key_id\": \"arn:aws:kms:us-east-1:1:key/k\"}");
	add(&sm, "tr", "aws.secretsmanager.secret", UPDATE,
	    "{\"name\": \"w/tr\", \"kms_key_id\": {\"$unknown\": true}}");
	add(&sm_default, "db", "aws.secretsmanager.secret", CREATE | UPDATE, "{\"name\": \"w/db\"}");
	for (size_t i = 0; i < 2; i++) {
		assert_true(holds(&sm, "bi", object_key_actions[i], "arn:aws:kms:us-east-1:1:key/k"));
		assert_true(holds(&sm, "tr", object_key_actions[i],
				  "arn:aws:kms:eu-west-1:111122223333:key/*"));
		assert_false(any_action(&sm_default, object_key_actions[i]));
	}
	aws_permissions_release(&sm_default);
	aws_permissions_release(&sm);
}

static void test_document(void **state)
{
	(void)state;
	struct aws_permissions ps = AWS_PERMISSIONS_INIT;
	add(&ps, "script", "aws.s3.artifact", CREATE, "{\"bucket\": \"b\", \"key\": \"k.py\"}");
	add(&ps, "lake", "aws.s3.bucket", CREATE, "{\"name\": \"b\"}");
	aws_permissions_add_identity(&ps);
	json_t *doc = aws_permissions_policy(&ps);
	assert_string_equal(json_string_value(json_object_get(doc, "Version")), "2012-10-17");
	json_t *sts = NULL, *put = NULL;
	size_t i;
	json_t *st;
	json_array_foreach(json_object_get(doc, "Statement"), i, st) {
		assert_string_equal(json_string_value(json_object_get(st, "Effect")), "Allow");
		json_t *acts = json_object_get(st, "Action");
		if (json_is_string(acts) && !strcmp(json_string_value(acts), "sts:GetCallerIdentity"))
			sts = st;
		size_t j;
		json_t *a;
		json_array_foreach(acts, j, a) {
			if (j && strcmp(json_string_value(json_array_get(acts, j - 1)),
					json_string_value(a)) >= 0)
				fail_msg("actions not sorted");
			if (!strcmp(json_string_value(a), "s3:PutObject"))
				put = st;
			if (!strcmp(json_string_value(a), "sts:GetCallerIdentity"))
				sts = st;
		}
	}
	assert_non_null(sts);
	assert_string_equal(json_string_value(json_object_get(sts, "Resource")), "*");
	/* the artifact's object only: the bucket manages none */
	assert_non_null(put);
	char *res = json_dumps(json_object_get(put, "Resource"), JSON_COMPACT);
	assert_string_equal(res, "[\"arn:aws:s3:::b\",\"arn:aws:s3:::b/k.py\"]");
	free(res);
	json_decref(doc);
	aws_permissions_release(&ps);
}

static void test_principal(void **state)
{
	(void)state;
	char *p = aws_principal_of("arn:aws:sts::111122223333:assumed-role/deploy/ci-run-42");
	assert_string_equal(p, "arn:aws:iam::111122223333:role/deploy");
	free(p);
	p = aws_principal_of("arn:aws-cn:sts::111122223333:assumed-role/deploy/s");
	assert_string_equal(p, "arn:aws-cn:iam::111122223333:role/deploy");
	free(p);
	p = aws_principal_of("arn:aws:iam::111122223333:user/ci");
	assert_string_equal(p, "arn:aws:iam::111122223333:user/ci");
	free(p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_phases),
		cmocka_unit_test(test_bucket_objects),
		cmocka_unit_test(test_every_type),
		cmocka_unit_test(test_awscc),
		cmocka_unit_test(test_arns),
		cmocka_unit_test(test_scope_from_reference),
		cmocka_unit_test(test_plan_reads),
		cmocka_unit_test(test_reads_by_access_level),
		cmocka_unit_test(test_pass_role),
		cmocka_unit_test(test_pass_role_condition),
		cmocka_unit_test(test_passed_to_every_type),
		cmocka_unit_test(test_conditions_merge),
		cmocka_unit_test(test_checked_for_caller),
		cmocka_unit_test(test_document),
		cmocka_unit_test(test_principal),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
