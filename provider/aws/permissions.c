/*
 * permissions.c: from a plan's resources to the IAM permissions they need
 * (actions from permissions.gen.c, resources from the ARN formats below),
 * to a policy document, and the check of them with
 * iam:SimulatePrincipalPolicy. See permissions.h. Besides the traced
 * actions, a short written table (checked_for_caller) adds what a service
 * checks the caller may do when a request carries a setting; another
 * (sent_for_setting) keeps a traced action only when the setting that
 * sends it is there, and the account-wide IAM listings are kept only when
 * asked (aws_permissions.iam_listing).
 */
#include "provider/aws/permissions.h"
#include "provider/aws/cloudcontrol/api.h"
#include "provider/aws/iam/api.h"
#include "provider/aws/checks/kinds/api.h"
#include "provider/aws/checks/checks.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>

/*
 * Each type's ARNs, as its types.def line declares them (its ARNS: how the
 * formats are written there); a type whose line says ARNS_ANY, and a name no
 * line has, act on "*".
 */
#define ARNS(formats) formats
#define ARNS_ANY(why) NULL
#define RESOURCE_TYPE(symbol, type, twin, name_rule, arns) { type, arns },
static const struct {
	const char *type;
	const char *arns;
} arn_formats[] = {
#include "provider/aws/types.def"
};
#undef RESOURCE_TYPE
#undef ARNS_ANY
#undef ARNS

/*
 * Actions whose Resource is "*": those for which AWS's Service Authorization
 * Reference names no resource type (iam_actions.h: listings of a whole
 * account or region, the account's own settings, and some creates, as
 * glue:CreateCrawler, which a statement scoped to the crawler's ARN does not
 * allow), every EC2 action (its objects have ids the server assigns and its
 * actions touch several kinds at once), and the listings below, which the
 * reference scopes to a resource type but which terrace sends for the whole
 * account or region (its refresh by listing: no name in the request, so
 * IAM checks "*").
 */
static const char *const listed_whole[] = {
	"glue:GetConnections", "rds:DescribeDBInstances", "rds:DescribeDBSubnetGroups",
	"redshift:DescribeClusters", "athena:ListNamedQueries", NULL,
};

static bool unscoped(const char *action)
{
	if (!strncmp(action, "ec2:", 4) || iam_action_unscoped(action))
		return true;
	for (const char *const *a = listed_whole; *a; a++)
		if (!strcmp(*a, action))
			return true;
	return false;
}

void aws_permissions_release(struct aws_permissions *ps)
{
	for (size_t i = 0; i < ps->n; i++) {
		free(ps->items[i].address);
		free(ps->items[i].action);
		free(ps->items[i].resource);
		free(ps->items[i].cond_op);
		free(ps->items[i].cond_key);
		free(ps->items[i].cond_value);
	}
	free(ps->items);
	for (size_t i = 0; i < ps->n_handlers; i++)
		free(ps->handlers[i]);
	free(ps->handlers);
	ps->items = NULL;
	ps->n = ps->alloc = 0;
	ps->handlers = NULL;
	ps->n_handlers = 0;
}

/* An awscc type of the plan whose handlers' permissions are not known. */
static void add_unknown_handlers(struct aws_permissions *ps, const char *type)
{
	for (size_t i = 0; i < ps->n_handlers; i++)
		if (!strcmp(ps->handlers[i], type))
			return;
	ps->handlers = xrealloc(ps->handlers, (ps->n_handlers + 1) * sizeof(*ps->handlers));
	ps->handlers[ps->n_handlers++] = xstrdup(type);
}

char **aws_permissions_notes(const struct aws_permissions *ps)
{
	if (!ps->n_handlers)
		return NULL;
	char **notes = xcalloc(ps->n_handlers + 1, sizeof(*notes));
	for (size_t i = 0; i < ps->n_handlers; i++) {
		/* an awscc type's description is its CloudFormation type */
		const struct resource_type *rt = cc_type_find(ps->handlers[i]);
		const char *cfn = rt && rt->description ? rt->description : ps->handlers[i];
		notes[i] = xasprintf("%s: plus the permissions of %s's handlers (not in terrace's "
				     "copy of the registry's handlers: see the registry's schema, `aws "
				     "cloudformation describe-type --type RESOURCE --type-name %s`)",
				     ps->handlers[i], cfn, cfn);
	}
	return notes;
}

static bool same_text(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

void aws_permissions_add_one(struct aws_permissions *ps, const char *address, const char *action,
			     const char *resource, const char *cond_op, const char *cond_key,
			     const char *cond_value)
{
	if (!cond_op || !cond_key || !cond_value)
		cond_op = cond_key = cond_value = NULL;
	for (size_t i = 0; i < ps->n; i++)
		if (!strcmp(ps->items[i].address, address) && !strcmp(ps->items[i].action, action) &&
		    !strcmp(ps->items[i].resource, resource) &&
		    same_text(ps->items[i].cond_op, cond_op) &&
		    same_text(ps->items[i].cond_key, cond_key) &&
		    same_text(ps->items[i].cond_value, cond_value))
			return;
	if (ps->n == ps->alloc) {
		ps->alloc = ps->alloc ? 2 * ps->alloc : 32;
		ps->items = xrealloc(ps->items, ps->alloc * sizeof(*ps->items));
	}
	ps->items[ps->n++] = (struct aws_permission){
		xstrdup(address), xstrdup(action), xstrdup(resource),
		cond_op ? xstrdup(cond_op) : NULL, cond_key ? xstrdup(cond_key) : NULL,
		cond_value ? xstrdup(cond_value) : NULL,
	};
}

static void add_one(struct aws_permissions *ps, const char *address, const char *action,
		    const char *resource)
{
	aws_permissions_add_one(ps, address, action, resource, NULL, NULL, NULL);
}

/*
 * The service each type that passes a role passes it to (aws_role_passing's
 * rows, each named here: test_policy checks it): the service principal its
 * call names as iam:PassedToService (IAM User Guide, "Grant a user
 * permissions to pass a role to an AWS service"; each service's guide on
 * its execution role). An instance profile's AddRoleToInstanceProfile
 * checks iam:PassRole with no service (IAM API reference): no condition.
 */
static const struct {
	const char *type;
	const char *service;
} passed_to[] = {
	{ "aws.codebuild.project", "codebuild.amazonaws.com" },
	{ "aws.ec2.instance", "ec2.amazonaws.com" },
	{ "aws.ecs.task_definition", "ecs-tasks.amazonaws.com" },
	{ "aws.events.rule", "events.amazonaws.com" },
	{ "aws.glue.crawler", "glue.amazonaws.com" },
	{ "aws.glue.job", "glue.amazonaws.com" },
	{ "aws.iam.instance_profile", NULL },
	{ "aws.lambda.function", "lambda.amazonaws.com" },
	{ "aws.redshift.cluster", "redshift.amazonaws.com" },
	{ "aws.scheduler.schedule", "scheduler.amazonaws.com" },
	{ "aws.sfn.state_machine", "states.amazonaws.com" },
};

bool aws_passed_to_service(const char *type, const char **service)
{
	*service = NULL;
	for (size_t i = 0; i < sizeof(passed_to) / sizeof(passed_to[0]); i++)
		if (!strcmp(passed_to[i].type, type)) {
			*service = passed_to[i].service;
			return true;
		}
	return false;
}

/* The text of a known scalar attribute, or NULL. */
static const char *known_text(const json_t *attrs, const char *name, char *num, size_t size)
{
	const json_t *v = attrs ? json_object_get(attrs, name) : NULL;
	if (json_is_string(v) && !strstr(json_string_value(v), "${"))
		return json_string_value(v);
	if (json_is_integer(v)) {
		snprintf(num, size, "%lld", (long long)json_integer_value(v));
		return num;
	}
	return NULL;
}

/* An artifact's key (s3/artifact.c: PREFIX NAME "-" 16 hex digits of the
 * content's SHA-256, then the extension) with the digits a wildcard:
 * "glue/script/clean-d8b61954722a67d8.py" -> "glue/script/clean-*.py",
 * which every version of the file matches. Another text is kept. */
#define ARTIFACT_HASH_DIGITS 16
static void add_hash_wildcard(struct strbuf *sb, const char *key)
{
	const char *slash = strrchr(key, '/'), *dash = strrchr(slash ? slash : key, '-');

	for (size_t i = 0; dash && i < ARTIFACT_HASH_DIGITS; i++)
		if (!dash[1 + i] || !strchr("0123456789abcdef", dash[1 + i]))
			dash = NULL;
	if (!dash || (dash[1 + ARTIFACT_HASH_DIGITS] && dash[1 + ARTIFACT_HASH_DIGITS] != '.')) {
		strbuf_addstr(sb, key);
		return;
	}
	strbuf_add(sb, key, (size_t)(dash + 1 - key));
	strbuf_addch(sb, '*');
	strbuf_addstr(sb, dash + 1 + ARTIFACT_HASH_DIGITS);
}

/* One ARN format filled in (a new string). */
static char *fill(const char *format, size_t len, const json_t *attrs,
		  const struct aws_arn_place *at)
{
	struct strbuf sb = STRBUF_INIT;
	const char *p = format, *end = format + len;
	while (p < end) {
		const char *open = strstr(p, "${");
		if (!open || open >= end) {
			strbuf_add(&sb, p, end - p);
			break;
		}
		strbuf_add(&sb, p, open - p);
		const char *close = strchr(open, '}');
		const char *bar = memchr(open, '|', close - open);
		const char *tilde = memchr(open, '~', close - open);
		char name[64], num[32];
		snprintf(name, sizeof(name), "%.*s",
			 (int)((bar ? bar : tilde ? tilde : close) - open - 2), open + 2);
		const char *value;
		if (!strcmp(name, "partition"))
			value = at->partition;
		else if (!strcmp(name, "region"))
			value = at->region;
		else if (!strcmp(name, "account"))
			value = at->account;
		else {
			value = known_text(attrs, name, num, sizeof(num));
			const json_t *v = attrs ? json_object_get(attrs, name) : NULL;
			if (!value && bar && (!v || json_is_null(v))) {
				strbuf_add(&sb, bar + 1, close - bar - 1);
				p = close + 1;
				continue;
			}
		}
		if (tilde && value && !strncmp(tilde, "~unrooted}", 10))
			value += *value == '/';
		if (tilde && value && *value && !strncmp(tilde, "~hash}", 6))
			add_hash_wildcard(&sb, value);
		else
			strbuf_addstr(&sb, value && *value ? value : "*");
		p = close + 1;
	}
	return strbuf_detach(&sb);
}

/* Whether attribute `name` of attrs is a setting the resource has; an
 * unknown value counts only when config (NULL: not known) sets it. */
static bool setting_had(const json_t *attrs, const json_t *config, const char *name)
{
	const json_t *v = json_is_object(attrs) ? json_object_get(attrs, name) : NULL;
	if (value_is_unknown(v))
		return !config || (json_object_get(config, name) &&
				   !json_is_null(json_object_get(config, name)));
	return json_is_true(v) || json_array_size(v) ||
	       (json_is_object(v) && json_object_size(v)) ||
	       (json_is_string(v) && *json_string_value(v));
}

/*
 * Actions a service checks that the caller may do when a create or update
 * carries a setting, though the request is not theirs (the traced table
 * cannot see them: terrace never sends them): a type, the attribute that
 * carries the setting (an object whose `nonempty` member is a list with an
 * element or a string that is not empty; with
 * `nonempty` NULL, a string that is not empty; or not known yet), the
 * actions, on "*". A planned resource that has the
 * setting gets them for its create and update, also when the update leaves
 * the setting as it is (a policy a little wider than needed, never
 * narrower).
 */
static const struct {
	const char *type;
	const char *attr;
	const char *nonempty;
	const char *actions;
	bool on_key; /* on the KMS key the setting names (aws_kms_key_arn), not "*" */
} checked_for_caller[] = {
	/* Lambda Developer Guide, "Giving Lambda functions access to resources
	 * in an Amazon VPC" (docs.aws.amazon.com/lambda/latest/dg/
	 * configuration-vpc.html): creating or updating a function's VPC
	 * settings needs ec2:DescribeSecurityGroups, ec2:DescribeSubnets and
	 * ec2:DescribeVpcs of the user. */
	{ "aws.lambda.function", "vpc_config", "subnet_ids",
	  "ec2:DescribeSecurityGroups ec2:DescribeSubnets ec2:DescribeVpcs", false },
	/* Systems Manager User Guide, "How AWS Systems Manager Parameter Store
	 * uses AWS KMS": a SecureString with a customer managed key is
	 * encrypted and decrypted with the caller's permissions on that key:
	 * PutParameter needs kms:Encrypt (and kms:GenerateDataKey for an
	 * advanced parameter), GetParameter WithDecryption (terrace's read
	 * back) kms:Decrypt. */
	{ "aws.ssm.parameter", "key_id", NULL, "kms:Decrypt kms:Encrypt kms:GenerateDataKey", true },
	/* S3 User Guide, "Using server-side encryption with AWS KMS keys
	 * (SSE-KMS)", "Permissions": an object put into a bucket whose default
	 * encryption is a KMS key is encrypted with the caller's permissions on
	 * that key (kms:GenerateDataKey; kms:Decrypt for a multipart upload and
	 * a copy): the bucket's folders, and the objects and artifacts terrace
	 * puts there. */
	{ "aws.s3.bucket", "encryption", "kms_key_id", "kms:Decrypt kms:GenerateDataKey", true },
	/* Secrets Manager User Guide, "Secret encryption and decryption in AWS
	 * Secrets Manager" (security-encryption.html): with a customer managed
	 * key, Secrets Manager encrypts a new value (CreateSecret,
	 * PutSecretValue, UpdateSecret) with the caller's kms:GenerateDataKey
	 * and decrypts it for GetSecretValue (terrace's read back) with the
	 * caller's kms:Decrypt, through the service (kms:ViaService). */
	{ "aws.secretsmanager.secret", "kms_key_id", NULL, "kms:Decrypt kms:GenerateDataKey", true },
	/* CodeCommit User Guide, "AWS Key Management Service and encryption for
	 * AWS CodeCommit repositories" (encryption.html): CodeCommit performs
	 * kms:Encrypt, kms:Decrypt, kms:ReEncrypt, kms:GenerateDataKey,
	 * kms:GenerateDataKeyWithoutPlaintext and kms:DescribeKey against the
	 * key of the repository; the AWS managed key aws/codecommit needs no
	 * permission of the user, a customer managed key (kms_key_id:
	 * CreateRepository, UpdateRepositoryEncryptionKey) does. */
	{ "aws.codecommit.repository", "kms_key_id", NULL,
	  "kms:Decrypt kms:DescribeKey kms:Encrypt kms:GenerateDataKey "
	  "kms:GenerateDataKeyWithoutPlaintext kms:ReEncryptFrom kms:ReEncryptTo", true },
};

/*
 * The ARN of the KMS key a setting names (a new string; permissions.h), for
 * the actions KMS checks on the key itself: a key's ARN as it is; a key id in the
 * provider's account and region. An alias names no key a policy can scope
 * to (KMS authorizes the key behind it), and a key the stack makes has no
 * id before it exists: both become every key of the account and region
 * (key/\*), the alias's own when it is an ARN. `terrace policy` run once
 * the stack exists names a key of the stack by its ARN (docs/real-aws.md).
 */
char *aws_kms_key_arn(const char *s, const struct aws_arn_place *at)
{
	if (!s || !*s || strstr(s, "${") || !strncmp(s, "alias/", 6))
		return xasprintf("arn:%s:kms:%s:%s:key/*", at->partition, at->region, at->account);
	if (strncmp(s, "arn:", 4))
		return xasprintf("arn:%s:kms:%s:%s:key/%s", at->partition, at->region, at->account,
				 s);
	const char *alias = strstr(s, ":alias/");
	if (alias)
		return xasprintf("%.*s:key/*", (int)(alias - s), s);
	return xstrdup(s);
}

static void add_checked_for_caller(struct aws_permissions *ps, const char *address,
				   const char *type, const json_t *attrs, const json_t *config,
				   const struct aws_arn_place *at)
{
	for (size_t i = 0; i < sizeof(checked_for_caller) / sizeof(checked_for_caller[0]); i++) {
		const json_t *v = json_is_object(attrs)
				  ? json_object_get(attrs, checked_for_caller[i].attr) : NULL;
		const char *member = checked_for_caller[i].nonempty;
		const json_t *list = json_is_object(v) && member ? json_object_get(v, member) : NULL;

		bool has = (value_is_unknown(v) && setting_had(attrs, config,
							       checked_for_caller[i].attr)) ||
			   value_is_unknown(list) || json_array_size(list) ||
			   (json_is_string(list) && *json_string_value(list)) ||
			   (!member && json_is_string(v) && *json_string_value(v));

		if (strcmp(checked_for_caller[i].type, type) || !has)
			continue;
		char *key = checked_for_caller[i].on_key
			    ? aws_kms_key_arn(json_string_value(member ? list : v), at) : NULL;
		for (const char *p = checked_for_caller[i].actions; *p;) {
			size_t len = strcspn(p, " ");
			char action[128];

			snprintf(action, sizeof(action), "%.*s", (int)len, p);
			add_one(ps, address, action, key ? key : "*");
			p += len + (p[len] ? 1 : 0);
		}
		free(key);
	}
}

/* Whether `action` belongs in `phase`: a refresh and a listing change
 * nothing, so theirs are the actions whose access level AWS's Service
 * Authorization Reference gives as List or Read (iam_actions.h); the traced
 * table can reach writes through a shared helper (an IAM user's refresh
 * reads its credentials secret by the secret type's read, whose file also
 * writes). An action the reference does not have yet is kept. */
static bool reads_only(enum aws_phase phase, const char *action)
{
	char level = iam_action_level(action);
	return (phase != AWS_PHASE_READ && phase != AWS_PHASE_LIST) || !level || level == 'L' ||
	       level == 'R';
}

struct kind_reads {
	struct aws_permissions *ps;
	const char *address;
};

/* aws_kinds_walk's visit: the reads of checks/kinds/reads.c's aws_kind_reads that
 * plan makes of a literal: the call's action on the ARN, or on "*" for an
 * id or a name. */
static int add_kind_read(void *ctx, const json_t *v, const struct aws_kinds *ks, const char *where)
{
	struct kind_reads *k = ctx;
	const char *s = json_string_value(v);
	(void)where;
	if (strstr(s, "${"))
		return 0;
	for (size_t i = 0; i < ks->n; i++)
		for (const struct aws_kind_read *r = aws_kind_reads; r->kind; r++)
			if (!strcmp(r->kind, ks->k[i]->name) && aws_kind_literal_is(ks->k[i], s))
				add_one(k->ps, k->address, r->action, strncmp(s, "arn:", 4) ? "*" : s);
	return 0;
}

/* What plan reads before a create or an update (the READ rows of the
 * checks, checks/checks.h): each AWS managed policy a role, user or group
 * attaches, by IAM GetPolicy on its ARN (a row's attribute and action);
 * and what each literal of a kind of identifier names (aws_kind_reads). A
 * value not known at plan is not read. */
static void add_plan_reads(struct aws_permissions *ps, const char *address, const char *type,
			   const json_t *attrs)
{
	struct kind_reads kinds = { ps, address };
	aws_kinds_walk(type, attrs, add_kind_read, &kinds);
	for (const struct aws_check_row *r = aws_rows_next(NULL, AWS_SCOPE_READ); r;
	     r = aws_rows_next(r, AWS_SCOPE_READ)) {
		const json_t *list;
		size_t i;
		const json_t *v;

		if (!r->action || !r->attr || strcmp(r->type, type))
			continue; /* the kinds' reads: aws_kind_reads above */
		list = json_is_object(attrs) ? json_object_get(attrs, r->attr) : NULL;
		if (!json_is_array(list))
			continue;
		json_array_foreach(list, i, v) {
			const char *arn = json_string_value(v);
			if (arn && !strstr(arn, "${") && aws_arn_is_aws_managed_policy(arn))
				add_one(ps, address, r->action, arn);
		}
	}
}

static const char *arns_of(const char *type)
{
	for (size_t i = 0; i < sizeof(arn_formats) / sizeof(arn_formats[0]); i++)
		if (!strcmp(arn_formats[i].type, type))
			return arn_formats[i].arns;
	return NULL;
}

/* Every role the attribute at dotted `path` names (lists walked), as ARNs. */
static void roles_at(const json_t *v, const char *path, const struct aws_arn_place *at,
		     json_t *out)
{
	if (json_is_array(v)) {
		size_t i;
		const json_t *e;
		json_array_foreach(v, i, e)
			roles_at(e, path, at, out);
		return;
	}
	if (*path) {
		const char *dot = strchr(path, '.');
		size_t n = dot ? (size_t)(dot - path) : strlen(path);
		char key[64];
		snprintf(key, sizeof(key), "%.*s", (int)n, path);
		const json_t *child = json_is_object(v) ? json_object_get(v, key) : NULL;
		if (child)
			roles_at(child, dot ? dot + 1 : "", at, out);
		return;
	}
	if (json_is_string(v) && !strncmp(json_string_value(v), "arn:", 4) &&
	    !strstr(json_string_value(v), "${")) {
		json_array_append_new(out, json_string(json_string_value(v)));
		return;
	}
	/* A role's name, or what is not known yet: its ARN, or any role. */
	const char *name = json_is_string(v) && !strstr(json_string_value(v), "${") ?
		json_string_value(v) : NULL;
	json_array_append_new(out, json_sprintf("arn:%s:iam::%s:role/%s", at->partition,
						 at->account, name && *name ? name : "*"));
}

/* The handlers of an awscc type each phase runs through Cloud Control: a
 * create and an update read back what they wrote, a delete's find_made
 * reads what an interrupted create made; a create of a type found by its
 * properties (cc_create_lists) lists the type's objects too (add_handlers). */
static const struct {
	enum aws_phase phase;
	const char *handlers[3];
} handler_phases[] = {
	{ AWS_PHASE_READ, { "read" } },
	{ AWS_PHASE_CREATE, { "create", "read" } },
	{ AWS_PHASE_UPDATE, { "update", "read" } },
	{ AWS_PHASE_DELETE, { "delete", "read" } },
	{ AWS_PHASE_LIST, { "list" } },
};

/* What the handlers of awscc resource `address` act with in `phases`, on
 * "*": a handler's permissions name no resource, and which ARNs a handler
 * touches (a stream's key, a rule's targets) its schema does not say. */
static void add_handlers(struct aws_permissions *ps, const char *address, const char *type,
			 unsigned phases)
{
	if (!cc_handlers_known(type)) {
		add_unknown_handlers(ps, type);
		return;
	}
	for (size_t i = 0; i < sizeof(handler_phases) / sizeof(handler_phases[0]); i++) {
		if (!(phases & AWS_PHASE_BIT(handler_phases[i].phase)))
			continue;
		for (size_t h = 0; h < 3 && handler_phases[i].handlers[h]; h++) {
			const json_t *list = cc_handler_permissions(type, handler_phases[i].handlers[h]);
			size_t k;
			const json_t *a;

			json_array_foreach(list, k, a)
				if (json_is_string(a))
					add_one(ps, address, json_string_value(a), "*");
		}
	}
	if ((phases & AWS_PHASE_BIT(AWS_PHASE_CREATE)) && cc_create_lists(type)) {
		const json_t *list = cc_handler_permissions(type, "list");
		size_t k;
		const json_t *a;

		json_array_foreach(list, k, a)
			if (json_is_string(a))
				add_one(ps, address, json_string_value(a), "*");
	}
}

const char *const aws_account_wide_reads[] = {
	"iam:GetAccountAuthorizationDetails", "iam:ListRoles", NULL,
};

/*
 * Actions the traced table gives a type that its code sends only for a
 * setting: kept when the resource has it (setting_had: a list or map with
 * an element, true, a text that is not empty, or a value not known yet
 * that the stack sets), left out otherwise. An action of several rows is
 * kept when any of their settings is had. A bucket touches objects only
 * for these (s3/bucket.c): its folders' marker objects, read back
 * (HeadObject), put and deleted (also when the bucket is deleted); and
 * with force_destroy, every version of every object deleted before the
 * bucket is (s3_empty_bucket: ListObjectVersions, DeleteObjects).
 */
static const struct {
	const char *type;
	const char *attr;
	const char *actions[4];
} sent_for_setting[] = {
	{ "aws.s3.bucket", "folders", { "s3:DeleteObject", "s3:GetObject", "s3:PutObject" } },
	{ "aws.s3.bucket", "force_destroy",
	  { "s3:DeleteObject", "s3:DeleteObjectVersion", "s3:ListBucketVersions" } },
};

/* Whether `action` of `type` is one sent only for a setting (a row of
 * sent_for_setting names it), and if so whether the resource has one. */
static bool only_for_setting(const char *type, const char *action, const json_t *attrs,
			     const json_t *config, bool *had)
{
	bool listed = false;
	*had = false;
	for (size_t i = 0; i < sizeof(sent_for_setting) / sizeof(sent_for_setting[0]); i++) {
		if (strcmp(sent_for_setting[i].type, type) ||
		    !text_listed(sent_for_setting[i].actions, action))
			continue;
		listed = true;
		*had = *had || setting_had(attrs, config, sent_for_setting[i].attr);
	}
	return listed;
}

/* The traced actions of `type` in `phases` on their ARNs (from `attrs`):
 * all of them, or with `prior_only` those sent only for a setting that
 * attrs have (aws_permissions_add_prior). */
static void add_rows(struct aws_permissions *ps, const char *address, const char *type,
		     unsigned phases, const json_t *attrs, const json_t *config,
		     const struct aws_arn_place *at, bool prior_only)
{
	const char *formats = arns_of(type);
	/* every awscc type's calls are Cloud Control's: one row */
	const struct resource_type *rt = cc_type_find(type);
	bool from_data = rt && rt->family == TYPE_FAMILY_FROM_DATA;
	const char *row_type = from_data ? "awscc.*" : type;
	json_t *arns = json_array();
	if (formats) {
		for (const char *p = formats; *p;) {
			const char *nl = strchr(p, '\n');
			size_t len = nl ? (size_t)(nl - p) : strlen(p);
			char *arn = fill(p, len, attrs, at);
			json_array_append_new(arns, json_string(arn));
			free(arn);
			p += len + (nl ? 1 : 0);
		}
	}
	for (const struct aws_permission_row *r = aws_permission_rows; r->type; r++) {
		if (strcmp(r->type, row_type) || !(phases & AWS_PHASE_BIT(r->phase)))
			continue;
		for (const char *p = r->actions; *p;) {
			const char *sp = strchr(p, ' ');
			size_t len = sp ? (size_t)(sp - p) : strlen(p);
			char action[128];
			snprintf(action, sizeof(action), "%.*s", (int)len, p);
			size_t service = strcspn(action, ":"), i, scoped = 0;
			const json_t *a;
			p += len + (sp ? 1 : 0);
			bool had, gated = only_for_setting(type, action, attrs, config, &had);
			if (!reads_only(r->phase, action) || (gated && !had) || (prior_only && !gated) ||
			    (r->phase == AWS_PHASE_READ && !ps->iam_listing &&
			     text_listed(aws_account_wide_reads, action)))
				continue;
			json_array_foreach(arns, i, a) {
				/* arn:PARTITION:SERVICE:... */
				const char *arn = json_string_value(a), *svc = strchr(arn + 4, ':');
				if (unscoped(action) || !svc || strncmp(svc + 1, action, service) ||
				    svc[1 + service] != ':')
					continue;
				add_one(ps, address, action, arn);
				scoped++;
			}
			if (!scoped)
				add_one(ps, address, action, "*");
		}
	}
	json_decref(arns);
}

void aws_permissions_add_prior(struct aws_permissions *ps, const char *address, const char *type,
			       unsigned phases, const json_t *prior,
			       const struct aws_arn_place *at)
{
	add_rows(ps, address, type, phases, prior, NULL, at, true);
}

void aws_permissions_add(struct aws_permissions *ps, const char *address, const char *type,
			 unsigned phases, const json_t *attrs, const json_t *config,
			 const struct aws_arn_place *at)
{
	const struct resource_type *rt = cc_type_find(type);
	bool from_data = rt && rt->family == TYPE_FAMILY_FROM_DATA;
	add_rows(ps, address, type, phases, attrs, config, at, false);
	if (from_data && phases)
		add_handlers(ps, address, type, phases);
	if (!(phases & (AWS_PHASE_BIT(AWS_PHASE_CREATE) | AWS_PHASE_BIT(AWS_PHASE_UPDATE))))
		return;
	add_plan_reads(ps, address, type, attrs);
	add_checked_for_caller(ps, address, type, attrs, config, at);
	for (const struct aws_role_passing *r = aws_role_passing; r->type; r++) {
		if (strcmp(r->type, type))
			continue;
		json_t *roles = json_array();
		for (const char *p = r->attrs; *p;) {
			const char *comma = strchr(p, ',');
			size_t len = comma ? (size_t)(comma - p) : strlen(p);
			char path[128];
			snprintf(path, sizeof(path), "%.*s", (int)len, p);
			const json_t *v = attrs;
			if (strcmp(type, "aws.ec2.instance") == 0) {
				/* The instance names a profile; the role is the profile's. */
				const json_t *profile = json_object_get(attrs, path);
				if (profile && !json_is_null(profile))
					json_array_append_new(roles, json_sprintf("arn:%s:iam::%s:role/*",
										  at->partition, at->account));
			} else {
				roles_at(v, path, at, roles);
			}
			p += len + (comma ? 1 : 0);
			while (*p == ' ')
				p++;
		}
		size_t i;
		const json_t *role;
		const char *service = NULL;
		aws_passed_to_service(type, &service);
		json_array_foreach(roles, i, role)
			aws_permissions_add_one(ps, address, "iam:PassRole", json_string_value(role),
						"StringEquals", "iam:PassedToService", service);
		json_decref(roles);
	}
}

void aws_permissions_add_identity(struct aws_permissions *ps)
{
	add_one(ps, "(every aws provider)", "sts:GetCallerIdentity", "*");
}

/* Into set (resource -> condition), item it: JSON null (no condition) when
 * any item of the action on the resource has none, else {OP: {KEY:
 * [values, sorted]}}; items of another operator or key make it none. */
static void merge_condition(json_t *set, const struct aws_permission *it)
{
	json_t *now = json_object_get(set, it->resource);
	if (!it->cond_op) {
		json_object_set_new(set, it->resource, json_null());
		return;
	}
	if (json_is_null(now))
		return;
	if (!now) {
		json_object_set_new(set, it->resource, json_pack("{s:{s:[s]}}", it->cond_op,
								 it->cond_key, it->cond_value));
		return;
	}
	json_t *values = json_object_get(json_object_get(now, it->cond_op), it->cond_key);
	if (!values) {
		json_object_set_new(set, it->resource, json_null());
		return;
	}
	size_t at = 0;
	while (at < json_array_size(values)) {
		int cmp = strcmp(json_string_value(json_array_get(values, at)), it->cond_value);
		if (!cmp)
			return;
		if (cmp > 0)
			break;
		at++;
	}
	json_array_insert_new(values, at, json_string(it->cond_value));
}

/* A condition as the statement has it (a single value as a string), a new
 * reference; NULL for none. */
static json_t *statement_condition(const json_t *cond)
{
	if (!json_is_object(cond))
		return NULL;
	json_t *out = json_deep_copy(cond);
	const char *op, *key;
	json_t *keys, *values;
	json_object_foreach(out, op, keys)
		json_object_foreach(keys, key, values)
			if (json_array_size(values) == 1)
				json_object_set(keys, key, json_array_get(values, 0));
	return out;
}

json_t *aws_permissions_policy(const struct aws_permissions *ps)
{
	/* action -> resource -> condition, then one statement per set of
	 * resources and condition */
	json_t *by_action = json_object();
	for (size_t i = 0; i < ps->n; i++) {
		json_t *set = json_object_get(by_action, ps->items[i].action);
		if (!set) {
			set = json_object();
			json_object_set_new(by_action, ps->items[i].action, set);
		}
		merge_condition(set, &ps->items[i]);
	}
	size_t n;
	const char **actions = value_sorted_keys(by_action, &n);
	json_t *set;
	/* condition and resources joined (sorted) -> statement */
	json_t *statements = json_object(), *order = json_array();
	for (size_t i = 0; i < n; i++) {
		set = json_object_get(by_action, actions[i]);
		size_t m, j;
		const char **res = value_sorted_keys(set, &m);
		/* the resources of each condition, in the order of the first */
		json_t *groups = json_object(), *group_order = json_array();
		for (j = 0; j < m; j++) {
			json_t *cond = json_object_get(set, res[j]);
			char *ck = json_dumps(cond, JSON_COMPACT | JSON_SORT_KEYS | JSON_ENCODE_ANY);
			json_t *g = json_object_get(groups, ck);
			if (!g) {
				g = json_array();
				json_object_set_new(groups, ck, g);
				json_array_append_new(group_order, json_string(ck));
			}
			json_array_append_new(g, json_string(res[j]));
			free(ck);
		}
		size_t gi;
		json_t *gk;
		json_array_foreach(group_order, gi, gk) {
			const char *ck = json_string_value(gk);
			json_t *g = json_object_get(groups, ck);
			size_t gm = json_array_size(g);
			struct strbuf joined = STRBUF_INIT;
			json_t *list = json_array(), *cond = NULL;
			strbuf_addf(&joined, "%s\n", ck);
			for (j = 0; j < gm; j++) {
				const char *rj = json_string_value(json_array_get(g, j));
				if (!cond)
					cond = statement_condition(json_object_get(set, rj));
				/* left out when another of them covers it, as a
				 * bucket's objects do one key */
				bool covered = false;
				for (size_t l = 0; l < gm && !covered; l++) {
					const char *rl = json_string_value(json_array_get(g, l));
					covered = l != j && strcmp(rl, rj) &&
						  fnmatch(rl, rj, FNM_NOESCAPE) == 0;
				}
				if (covered)
					continue;
				strbuf_addf(&joined, "%s\n", rj);
				json_array_append_new(list, json_string(rj));
			}
			json_t *st = json_object_get(statements, joined.buf);
			if (!st) {
				st = json_pack("{s:s, s:[], s:O}", "Effect", "Allow", "Action", "Resource",
					       json_array_size(list) == 1 ? json_array_get(list, 0)
									  : list);
				if (cond)
					json_object_set(st, "Condition", cond);
				json_object_set_new(statements, joined.buf, st);
				json_array_append_new(order, json_string(joined.buf));
			}
			json_array_append_new(json_object_get(st, "Action"), json_string(actions[i]));
			json_decref(cond);
			json_decref(list);
			strbuf_release(&joined);
		}
		json_decref(groups);
		json_decref(group_order);
		free(res);
	}
	json_t *doc = json_pack("{s:s, s:[]}", "Version", "2012-10-17", "Statement");
	size_t i;
	json_t *o;
	json_array_foreach(order, i, o) {
		json_t *st = json_object_get(statements, json_string_value(o));
		json_t *acts = json_object_get(st, "Action");
		if (json_array_size(acts) == 1)
			json_object_set(st, "Action", json_array_get(acts, 0));
		json_array_append(json_object_get(doc, "Statement"), st);
	}
	json_decref(order);
	json_decref(statements);
	json_decref(by_action);
	free(actions);
	return doc;
}

/* ---- iam:SimulatePrincipalPolicy ---- */

char *aws_principal_of(const char *caller)
{
	const char *ar = strstr(caller, ":assumed-role/");
	if (strncmp(caller, "arn:", 4) || !strstr(caller, ":sts::") || !ar)
		return xstrdup(caller);
	const char *p = caller + 4, *colon = strchr(p, ':');
	const char *acct = strstr(caller, ":sts::") + 6, *acct_end = strchr(acct, ':');
	const char *role = ar + strlen(":assumed-role/"), *slash = strchr(role, '/');
	return xasprintf("arn:%.*s:iam::%.*s:role/%.*s", (int)(colon - p), p,
			 (int)(acct_end - acct), acct,
			 (int)(slash ? (size_t)(slash - role) : strlen(role)), role);
}

/* A condition the simulation can be given as its context: one exact value. */
static bool exact_condition(const struct aws_permission *p)
{
	return p->cond_op && !strcmp(p->cond_op, "StringEquals");
}

/* Whether a and b are simulated in one call: the same resource, and the same
 * context. */
static bool same_call(const struct aws_permission *a, const struct aws_permission *b)
{
	if (strcmp(a->resource, b->resource) || exact_condition(a) != exact_condition(b))
		return false;
	return !exact_condition(a) || (!strcmp(a->cond_key, b->cond_key) &&
				       !strcmp(a->cond_value, b->cond_value));
}

int aws_permissions_simulate(struct aws_client *c, const struct aws_permissions *ps,
			     json_t **denied, struct strbuf *why)
{
	static const char *const fields[] = { "EvalActionName", "EvalResourceName",
					      "EvalDecision", NULL };
	static const char *const skip_codes[] = { "AccessDenied", "AccessDeniedException",
						  "InvalidAction", "NoSuchEntity",
						  "InvalidInput", "UnknownOperationException",
						  "NotImplemented", NULL };
	struct aws_caller_identity id = { 0 };
	struct strbuf err = STRBUF_INIT;
	*denied = NULL;
	if (aws_client_caller_identity(c, &id, &err)) {
		strbuf_addf(why, "who the caller is is not known (%s)", err.buf);
		strbuf_release(&err);
		return 1;
	}
	if (!id.arn || !*id.arn) {
		strbuf_addstr(why, "sts GetCallerIdentity named no ARN for the caller");
		aws_caller_identity_release(&id);
		return 1;
	}
	char *principal = aws_principal_of(id.arn);
	aws_caller_identity_release(&id);
	json_t *out = json_array();
	int rc = 0;
	/* One call per resource (and context), with every action it needs there. */
	bool *done = xcalloc(ps->n ? ps->n : 1, sizeof(*done));
	for (size_t i = 0; i < ps->n && rc == 0; i++) {
		if (done[i])
			continue;
		json_t *params = json_pack("{s:s}", "PolicySourceArn", principal);
		int k = 0;
		for (size_t j = i; j < ps->n; j++) {
			if (done[j] || !same_call(&ps->items[j], &ps->items[i]))
				continue;
			bool dup = false;
			for (size_t l = i; l < j && !dup; l++)
				dup = same_call(&ps->items[l], &ps->items[i]) &&
				      !strcmp(ps->items[l].action, ps->items[j].action);
			done[j] = true;
			if (dup)
				continue;
			char name[48];
			snprintf(name, sizeof(name), "ActionNames.member.%d", ++k);
			json_object_set_new(params, name, json_string(ps->items[j].action));
		}
		json_object_set_new(params, "ResourceArns.member.1",
				    json_string(ps->items[i].resource));
		if (exact_condition(&ps->items[i])) {
			/* the context its calls have: iam:PassedToService */
			json_object_set_new(params, "ContextEntries.member.1.ContextKeyName",
					    json_string(ps->items[i].cond_key));
			json_object_set_new(params, "ContextEntries.member.1.ContextKeyValues.member.1",
					    json_string(ps->items[i].cond_value));
			json_object_set_new(params, "ContextEntries.member.1.ContextKeyType",
					    json_string("string"));
		}
		json_t *results = NULL;
		int r = aws_query_list(c, &aws_service_iam, "SimulatePrincipalPolicy", params,
				       skip_codes, NULL, fields,
				       &results, &err);
		json_decref(params);
		if (r) {
			if (r == 1)
				strbuf_addf(why, "%s may not call iam:SimulatePrincipalPolicy on itself, "
					    "or the endpoint does not serve it", principal);
			else
				strbuf_addf(why, "iam:SimulatePrincipalPolicy as %s failed: %s",
					    principal, err.buf);
			rc = 1;
			break;
		}
		size_t x;
		json_t *e;
		json_array_foreach(results, x, e) {
			const char *decision = json_string_value(json_object_get(e, "EvalDecision"));
			const char *action = json_string_value(json_object_get(e, "EvalActionName"));
			if (!decision || !action || !strcmp(decision, "allowed"))
				continue;
			/* every resource of the stack that needs it there */
			for (size_t j = 0; j < ps->n; j++)
				if (!strcmp(ps->items[j].action, action) &&
				    same_call(&ps->items[j], &ps->items[i]))
					json_array_append_new(out, json_pack(
						"{s:s, s:s, s:s, s:s}", "address", ps->items[j].address,
						"action", action, "resource", ps->items[j].resource,
						"decision", decision));
		}
		json_decref(results);
	}
	free(done);
	free(principal);
	strbuf_release(&err);
	if (rc) {
		json_decref(out);
		return 1;
	}
	*denied = out;
	return 0;
}
