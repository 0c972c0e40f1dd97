/*
 * kms/rules.c: the KMS rules its models do not carry (checks/rules.h): alias
 * names, a key policy's principals; and across resources, what a key of the
 * stack encrypts against who uses it (check_key_uses): the service that keeps
 * it (CloudWatch Logs, Secrets Manager), the services that publish to it (S3,
 * EventBridge, CloudWatch alarms and SNS to a topic or queue) and the roles
 * of the stack that read, write or send to it (a bucket's, a secret's, on "*"
 * too; a Scheduler schedule's role sending to a queue or topic), each a row
 * of one table; and AWS's own words (AWS_SAYS) on which keys rotate, and on
 * the awscc types: what an update of a key cannot change, an ML-DSA key's
 * origin, a key policy statement's principals, tag keys, a replica's
 * primary key by ARN, the alias prefix AWS keeps.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "provider/aws/kms/api.h"
#include "provider/aws/checks/rules.h"
#include "provider/aws/checks/shared.h"
#include "provider/base/text.h"
#include "provider/provider.h"

/* KMS CreateAlias AliasName: "The alias must be string of 1-256 characters.
 * It can contain only alphanumeric characters, forward slashes (/),
 * underscores (_), and dashes (-). The alias name cannot begin with
 * alias/aws/. The alias/aws/ prefix is reserved for AWS managed keys."
 * and "must begin with alias/ followed by a name"
 * (https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateAlias.html);
 * the characters and the length are the model's. */
int rule_kms_alias_name(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = value_known_string(v);
	struct strbuf prefix = STRBUF_INIT, suffix = STRBUF_INIT;

	(void)r;
	if (!s) { /* "alias/aws/${...}": the text known before its ${...} */
		int rc = 0;
		if (value_known_affixes(v, &prefix, &suffix) &&
		    (strncmp(prefix.buf, "alias/", prefix.len < 6 ? prefix.len : 6) ||
		     !strncmp(prefix.buf, "alias/aws/", 10))) {
			strbuf_addstr(err, "a name beginning ");
			strbuf_add_safe(err, prefix.buf, prefix.len, TEXT_VALUE);
			strbuf_addf(err, " %s whatever ${...} gives: a KMS alias is alias/NAME, and "
				    "alias/aws/ AWS keeps for its own keys (e.g. \"alias/retail-lake\")",
				    strncmp(prefix.buf, "alias/", 6) ? "does not start with alias/"
								     : "starts with alias/aws/");
			rc = -1;
		}
		strbuf_release(&prefix);
		strbuf_release(&suffix);
		return rc;
	}
	if (strncmp(s, "alias/", 6) || !s[6]) {
		strbuf_addf(err, "\"%s\" does not start with alias/ and a name: a KMS alias is "
			    "alias/NAME (e.g. \"alias/retail-lake\")", s);
		return -1;
	}
	if (!strncmp(s, "alias/aws/", 10)) {
		strbuf_addf(err, "\"%s\" starts with alias/aws/, which AWS keeps for its own keys: "
			    "choose another name (e.g. \"alias/retail-lake\")", s);
		return -1;
	}
	return 0;
}

/* KMS CreateKey and PutKeyPolicy Policy: "Each statement in the key policy
 * must contain one or more principals" (Principal, or NotPrincipal, IAM's
 * other way of naming them). A statement, or the policy's Statement, not
 * known yet passes. */
static int rule_kms_key_policy(const json_t *v, const json_t *r, struct strbuf *err)
{
	bool own;
	json_t *doc = policy_json(v, &own);
	const json_t *sts = doc ? json_object_get(doc, "Statement") : NULL, *st;
	size_t i;
	int rc = 0;
	(void)r;
	if (json_is_object(sts) && !value_not_known(sts)) {
		rc = value_known_object(sts) && !json_object_get(sts, "Principal") &&
		     !json_object_get(sts, "NotPrincipal");
		i = 0;
	} else if (json_is_array(sts))
		json_array_foreach(sts, i, st)
			if (value_known_object(st) && !json_object_get(st, "Principal") &&
			    !json_object_get(st, "NotPrincipal")) {
				rc = 1;
				break;
			}
	if (rc)
		strbuf_addf(err, "Statement %zu names no Principal: AWS says \"Each statement in "
			    "the key policy must contain one or more principals.\" (e.g. "
			    "\"Principal\": {\"AWS\": \"arn:aws:iam::111122223333:root\"})", i + 1);
	if (own)
		json_decref(doc);
	return rc ? -1 : 0;
}

/*
 * A key of the stack: a resource encrypted with ${KEY.arn} (or key_id, id)
 * of an aws.kms.key, or with an aws.kms.alias of the stack whose
 * target_key_id names one. Who must be able to use it, and how AWS lets
 * them (the KMS Developer Guide, "Key policies in AWS KMS", docs.aws.amazon.
 * com/kms/latest/developerguide/key-policies.html):
 * - a service principal (logs, s3, events, ...): only by the key's policy;
 *   a key without a written policy has AWS's default one, which lets only
 *   the account's principals (its "Enable IAM User Permissions" statement);
 * - a role of the stack: by the key's policy naming it, or, when the key's
 *   policy lets the account (that statement, or a key without a written
 *   policy), by the role's own policies;
 * - the account's principals through a service (Secrets Manager uses a
 *   secret's key for whoever calls it, kms:ViaService): the key's policy
 *   lets the account.
 * A policy, or a statement's Effect, Action or whole Principal, not known
 * yet (${...}) lets everyone: a check never refuses what AWS would accept.
 * A principal's ARN of ${...} parts still says what it is: the account's
 * root (arn:aws:iam::${...}:root) or a role, never a service.
 */
enum key_user { KEY_SERVICE, KEY_ROLE, KEY_ACCOUNT };

/* What a key encrypts: a resource of `type` whose attribute `attr` (or its
 * member `member`) names the key; `what` in messages; `in_arn` the marker
 * before its name in its ARNs, to find the roles that name it. */
struct encrypted {
	const char *type;
	const char *attr;
	const char *member;
	const char *what;
	const char *name_attr;
	const char *in_arn;
};

static const struct encrypted encrypteds[] = {
	{ "aws.logs.log_group", "kms_key_id", NULL, "log group", "name", NULL },
	{ "aws.s3.bucket", "encryption", "kms_key_id", "bucket", "name", ":::" },
	{ "aws.secretsmanager.secret", "kms_key_id", NULL, "secret", "name", ":secret:" },
	{ "aws.sns.topic", "kms_master_key_id", NULL, "topic", "name", NULL },
	{ "aws.sqs.queue", "kms_master_key_id", NULL, "queue", "name", NULL },
	{ NULL },
};

/* One use of a key: who (`user`, and `service` or `role`), which actions,
 * where it is reported (resource `at`, attribute `attr`), an error when AWS
 * refuses the stack (`refused`), else a warning; `does` says what the user
 * does with what the key encrypts, `then` what AWS then does. */
struct key_need {
	size_t at;
	char attr[96];
	size_t key;
	enum key_user user;
	const char *service;
	size_t role;
	const char *actions[3];
	bool refused;
	char does[160];
	const char *then;
};

static const char *const key_attrs[] = { "arn", "key_id", "id", NULL };
static const char *const alias_attrs[] = { "arn", "name", "id", NULL };
/* AWS managed policies that allow kms:Decrypt and kms:GenerateDataKey on
 * any key (the key's policy still has to let the account). */
static const char *const kms_managed[] = { "AdministratorAccess", "PowerUserAccess", NULL };

/* The key of the stack that `value` names (directly or through an alias of
 * the stack), else WRITTEN_NONE. */
static size_t key_named(const struct written_resource *rs, size_t n,
			const struct written_resource *from, const char *value)
{
	size_t key = aws_written_named(rs, n, from, value, "aws.kms.key", key_attrs);
	size_t alias;

	if (key != WRITTEN_NONE)
		return key;
	alias = aws_written_named(rs, n, from, value, "aws.kms.alias", alias_attrs);
	if (alias == WRITTEN_NONE)
		return WRITTEN_NONE;
	return aws_written_named(rs, n, &rs[alias],
				 json_string_value(json_object_get(rs[alias].config, "target_key_id")),
				 "aws.kms.key", key_attrs);
}

/* The key of the stack resource i is encrypted with, for row e. */
static size_t key_of(const struct written_resource *rs, size_t n, size_t i,
		     const struct encrypted *e)
{
	const json_t *v = json_object_get(rs[i].config, e->attr);

	if (e->member)
		v = value_known_object(v) ? json_object_get(v, e->member) : NULL;
	if (!json_is_string(v) || rs[i].repeated)
		return WRITTEN_NONE;
	return key_named(rs, n, &rs[i], json_string_value(v));
}

static bool is_star(const json_t *principal)
{
	return json_is_string(principal) && !strcmp(json_string_value(principal), "*");
}

/* The account (ACCOUNT, arn:PARTITION:iam::ACCOUNT:root, the account's
 * part maybe ${...}), everyone, or a value not known yet that may be
 * either (a whole ${...}). */
static bool star_or_root(const char *v, const void *unused)
{
	const char *colons = strstr(v, ":iam::");
	size_t digits = strspn(v, "0123456789"), len = strlen(v);

	(void)unused;
	if (!strcmp(v, "*") || (digits == 12 && !v[12]))
		return true;
	if (strncmp(v, "arn:", 4) || !colons)
		return strstr(v, "${") != NULL;
	colons += 6;
	digits = strspn(colons, "0123456789");
	return (digits == 12 && !strcmp(colons + 12, ":root")) ||
	       (strstr(colons, "${") && len > 5 && !strcmp(v + len - 5, ":root"));
}

/* A principal that is the account or everyone. */
static bool lets_account(const json_t *principal, const void *unused)
{
	(void)unused;
	return is_star(principal) ||
	       aws_policy_any_of(json_object_get(principal, "AWS"), star_or_root, NULL);
}

struct role_principal {
	const char *name;       /* the role's name in the stack */
	const char *role_name;  /* its name in IAM, when known */
};

static bool names_role(const char *v, const void *arg)
{
	const struct role_principal *r = arg;
	const char *slash;

	if (!strcmp(v, "*"))
		return true;
	if (!strncmp(v, "${", 2)) {
		const char *q = v + 2 + strspn(v + 2, " ");

		/* the role, or a value not known yet (a variable's, ...) */
		return aws_text_refers_to(v, r->name) || !strncmp(q, "var.", 4) ||
		       !strncmp(q, "local.", 6) || !strncmp(q, "data.", 5) ||
		       !strncmp(q, "module.", 7);
	}
	if (strstr(v, "${"))
		return !(strstr(v, ":iam::") && !strstr(v, ":role/")); /* may be the role */
	slash = strstr(v, ":role/") ? strrchr(v, '/') : NULL;
	return slash && r->role_name && !strcmp(slash + 1, r->role_name);
}

/* A principal that is the role (by reference or by its ARN) or everyone. */
static bool lets_role(const json_t *principal, const void *arg)
{
	return is_star(principal) ||
	       aws_policy_any_of(json_object_get(principal, "AWS"), names_role, arg);
}

/* Whether `need`'s user may use the key for `action`, the key's policy
 * being doc (NULL: AWS's default). *outside as aws_role_allows_action. */
static bool key_lets(const struct written_resource *rs, size_t n, const struct key_need *need,
		     const json_t *doc, const char *action, const char **outside)
{
	struct role_principal r;

	switch (need->user) {
	case KEY_SERVICE:
		return doc && aws_policy_lets_service(doc, need->service, action);
	case KEY_ACCOUNT:
		return !doc || aws_policy_lets(doc, lets_account, NULL, action);
	case KEY_ROLE:
		r = (struct role_principal){ rs[need->role].name,
					     value_known_member(rs[need->role].config, "name") };
		if (doc && aws_policy_lets(doc, lets_role, &r, action))
			return true;
		if (doc && !aws_policy_lets(doc, lets_account, NULL, action))
			return false;
		return aws_role_allows_action(rs, n, need->role, action, kms_managed, outside);
	}
	return true;
}

/* Checks one need against the key's policy and reports what it lacks. */
static void check_need(const struct written_resource *rs, size_t n, const struct key_need *need,
		       check_report_fn report, void *ctx)
{
	const json_t *written = json_object_get(rs[need->key].config, "policy");
	const char *missing[3], *outside = NULL;
	char msg[2048], list[120] = "", fix[1024], also[300] = "";
	size_t m = 0;
	bool own = false, delegates;
	json_t *doc = policy_json(written, &own);

	if (value_is_set(written) && !doc)
		return; /* not known yet, or not JSON: its own checks say so */
	for (const char *const *a = need->actions; *a; a++)
		if (!key_lets(rs, n, need, doc, *a, &outside))
			missing[m++] = *a;
	delegates = !doc || aws_policy_lets(doc, lets_account, NULL, need->actions[0]);
	if (own)
		json_decref(doc);
	if (!m)
		return;
	for (size_t k = 0; k < m; k++)
		snprintf(list + strlen(list), sizeof(list) - strlen(list), "%s%s",
			 k ? (k + 1 == m ? " and " : ", ") : "", missing[k]);
	switch (need->user) {
	case KEY_SERVICE:
		snprintf(fix, sizeof(fix), "key \"%s\"'s policy%s has no Allow statement of %s for "
			 "%s.REGION.amazonaws.com (add a statement allowing Service "
			 "%s.amazonaws.com kms:GenerateDataKey* and kms:Decrypt)",
			 rs[need->key].name, written && value_is_set(written) ? ""
			 : " (AWS's default, none written)", list, need->service, need->service);
		break;
	case KEY_ACCOUNT:
		snprintf(fix, sizeof(fix), "key \"%s\"'s policy does not let the account's principals "
			 "use it for %s (add the statement AWS's default policy has: Principal "
			 "{\"AWS\": \"arn:aws:iam::ACCOUNT:root\"}, Action \"kms:*\")",
			 rs[need->key].name, list);
		break;
	case KEY_ROLE:
		if (outside)
			snprintf(also, sizeof(also), " (unless %s, not in the stack, does)", outside);
		if (delegates)
			snprintf(fix, sizeof(fix), "no policy the stack writes for role \"%s\" allows %s "
				 "on key \"%s\"%s, nor does the key's policy name the role (e.g. an "
				 "inline policy {\"Effect\": \"Allow\", \"Action\": \"%s\", "
				 "\"Resource\": \"${%s.arn}\"})",
				 rs[need->role].name, list, rs[need->key].name, also, missing[0],
				 rs[need->key].name);
		else
			snprintf(fix, sizeof(fix), "key \"%s\"'s policy lets neither role \"%s\" nor the "
				 "account use it for %s (add a statement allowing Principal "
				 "{\"AWS\": \"${%s.arn}\"} %s)",
				 rs[need->key].name, rs[need->role].name, list, rs[need->role].name,
				 list);
		break;
	}
	snprintf(msg, sizeof(msg), "%s: %s, which is encrypted with key \"%s\", but %s: %s",
		 need->attr, need->does, rs[need->key].name, fix, need->then);
	report(ctx, &(struct check_finding){
		.warning = !need->refused, .which = need->at, .attr = need->attr,
		.other = need->user == KEY_ROLE && delegates ? need->role : need->key,
		.other_attr = need->user == KEY_ROLE && delegates ? "inline_policies" : "policy",
		.message = msg });
}

/* ---- the rows: who uses what a key encrypts ---- */

/* The service that keeps it. CloudWatch Logs: "Allow CloudWatch Logs to
 * use the key ... kms:Encrypt*, kms:Decrypt*, kms:ReEncrypt*,
 * kms:GenerateDataKey*, kms:Describe*" for logs.REGION.amazonaws.com;
 * without it CreateLogGroup with kmsKeyId and AssociateKmsKey fail
 * (CloudWatch Logs User Guide, "Encrypt log data in CloudWatch Logs using
 * AWS KMS", step 2): an error. Secrets Manager uses a secret's key for
 * whoever calls it (kms:ViaService secretsmanager.REGION.amazonaws.com),
 * so the key's policy lets the account's principals, as AWS's default
 * policy does ("Secret encryption and decryption in AWS Secrets Manager",
 * docs.aws.amazon.com/secretsmanager/latest/userguide/security-
 * encryption.html): a warning, as the caller may be named instead. */
static void keeper_needs(const struct written_resource *rs, size_t n, size_t i, size_t key,
			 const struct encrypted *e, check_report_fn report, void *ctx)
{
	struct key_need need = { .at = i, .key = key,
				 .actions = { "kms:GenerateDataKey", "kms:Decrypt", NULL } };

	snprintf(need.attr, sizeof(need.attr), "%s%s%s", e->attr, e->member ? "." : "",
		 e->member ? e->member : "");
	if (!strcmp(e->type, "aws.logs.log_group")) {
		need.user = KEY_SERVICE;
		need.service = "logs";
		need.refused = true;
		snprintf(need.does, sizeof(need.does), "CloudWatch Logs keeps log group \"%s\"",
			 rs[i].name);
		need.then = "CloudWatch Logs refuses a key it may not use";
		check_need(rs, n, &need, report, ctx);
	} else if (!strcmp(e->type, "aws.secretsmanager.secret")) {
		need.user = KEY_ACCOUNT;
		snprintf(need.does, sizeof(need.does), "Secrets Manager keeps secret \"%s\" for "
			 "the account's principals", rs[i].name);
		need.then = "Secrets Manager fails to store or read the secret's value "
			    "(AccessDenied from KMS) unless the key's policy names each caller";
		check_need(rs, n, &need, report, ctx);
	}
}

/* The roles of the stack that read or write it, found by what their
 * policies allow on it (its reference or ARN in Resource, or "*", which
 * covers it too). S3: "To upload
 * an object encrypted with an AWS KMS key ... you need kms:GenerateDataKey
 * ... To download ... kms:Decrypt" (S3 User Guide, "Using server-side
 * encryption with AWS KMS keys (SSE-KMS)", docs.aws.amazon.com/AmazonS3/
 * latest/userguide/UsingKMSEncryption.html, "Permissions"); Secrets Manager:
 * reading a secret's value takes kms:Decrypt on its key (security-
 * encryption.html). A warning: the reads and writes fail with
 * AccessDenied, and a policy may come from outside the stack. */
struct role_access {
	const char *type;
	const char *action;     /* what the role's policy allows on it */
	const char *kms;        /* what that takes of the key */
	const char *verb;       /* "reads", "writes" */
};

static const struct role_access role_accesses[] = {
	{ "aws.s3.bucket", "s3:GetObject", "kms:Decrypt", "reads" },
	{ "aws.s3.bucket", "s3:PutObject", "kms:GenerateDataKey", "writes" },
	{ "aws.secretsmanager.secret", "secretsmanager:GetSecretValue", "kms:Decrypt", "reads" },
	{ NULL },
};

/* Where a service of the stack is given a role to reach what a key
 * encrypts by its own attributes (not a policy): Firehose writes
 * extended_s3_configuration.bucket_arn with extended_s3_configuration
 * .role_arn ("Grant Firehose access to an Amazon S3 destination":
 * kms:GenerateDataKey and kms:Decrypt with SSE-KMS), a Glue job reads its
 * command.script_location with its role; an EventBridge Scheduler schedule
 * sends to its target.arn as its target.role_arn (its execution role), and
 * a producer of an encrypted queue or topic needs kms:GenerateDataKey and
 * kms:Decrypt on its key (SQS Developer Guide, "Amazon SQS key management",
 * sqs-key-management.html#send-to-encrypted-queue; SNS Developer Guide,
 * "Setting up AWS KMS permissions", sns-key-management.html#sns-what-
 * permissions-for-sse): Scheduler takes the schedule, and each invocation
 * fails with KMS.AccessDeniedException. */
struct service_access {
	const char *type;
	const char *reaches;    /* the type of what it reaches */
	const char *block;      /* the object holding both, or NULL: the resource */
	const char *role_attr;
	const char *where;      /* the member naming what it reaches */
	const char *kms[3];
	const char *verb;
	const char *then;
};

#define READS_WRITES_FAIL "AWS takes it, and each of those reads or writes fails with AccessDenied"
#define SENDS_FAIL "EventBridge Scheduler takes the schedule, and each invocation of the target " \
	"fails (KMS.AccessDeniedException)"

static const struct service_access service_accesses[] = {
	{ "aws.firehose.delivery_stream", "aws.s3.bucket", "extended_s3_configuration", "role_arn",
	  "bucket_arn", { "kms:GenerateDataKey", "kms:Decrypt", NULL }, "writes", READS_WRITES_FAIL },
	{ "aws.glue.job", "aws.s3.bucket", NULL, "role", "command", { "kms:Decrypt", NULL },
	  "reads its script from", READS_WRITES_FAIL },
	{ "aws.scheduler.schedule", "aws.sqs.queue", "target", "role_arn", "arn",
	  { "kms:GenerateDataKey", "kms:Decrypt", NULL }, "sends to", SENDS_FAIL },
	{ "aws.scheduler.schedule", "aws.sns.topic", "target", "role_arn", "arn",
	  { "kms:GenerateDataKey", "kms:Decrypt", NULL }, "sends to", SENDS_FAIL },
	{ NULL },
};

static const char *const destination_attrs[] = { "arn", NULL };

static const char *const role_attrs[] = { "arn", "name", "id", NULL };

/* Whether text names bucket b: a reference to it or s3://NAME, :::NAME. */
static bool names_bucket(const char *text, const struct written_resource *b)
{
	const char *name = value_known_member(b->config, "name");

	if (aws_text_refers_to(text, b->name))
		return true;
	if (text && name) {
		size_t nl = strlen(name);

		for (const char *p = strstr(text, name); p; p = strstr(p + 1, name))
			if ((p - text >= 5 && !strncmp(p - 5, "s3://", 5)) ||
			    (p - text >= 3 && !strncmp(p - 3, ":::", 3)))
				if (!p[nl] || p[nl] == '/')
					return true;
	}
	return false;
}

static void reader_needs(const struct written_resource *rs, size_t n, size_t i, size_t key,
			 const struct encrypted *e, check_report_fn report, void *ctx)
{
	const char *name = value_known_member(rs[i].config, e->name_attr);
	char in_arn[300];

	snprintf(in_arn, sizeof(in_arn), "%s%s", e->in_arn ? e->in_arn : "", name ? name : "");
	for (size_t r = 0; r < n; r++) {
		struct key_need need = { .at = i, .key = key, .user = KEY_ROLE, .role = r };
		const char *verbs[3];
		size_t a = 0, v = 0;

		if (strcmp(rs[r].type, "aws.iam.role") || rs[r].repeated ||
		    strcmp(rs[r].provider, rs[i].provider))
			continue;
		for (const struct role_access *ra = role_accesses; ra->type; ra++)
			if (!strcmp(ra->type, e->type) &&
			    aws_role_acts_on(rs, n, r, ra->action, i, name && e->in_arn ? in_arn : NULL)) {
				need.actions[a++] = ra->kms;
				verbs[v++] = ra->verb;
			}
		if (!a)
			continue;
		snprintf(need.attr, sizeof(need.attr), "%s%s%s", e->attr, e->member ? "." : "",
			 e->member ? e->member : "");
		snprintf(need.does, sizeof(need.does), "role \"%s\" %s%s%s %s \"%s\" (its policy "
			 "allows it)", rs[r].name, verbs[0], v > 1 ? " and " : "", v > 1 ? verbs[1] : "",
			 e->what, rs[i].name);
		need.then = READS_WRITES_FAIL;
		check_need(rs, n, &need, report, ctx);
	}
	for (size_t s = 0; s < n; s++)
		for (const struct service_access *sa = service_accesses; sa->type; sa++) {
			const json_t *block = sa->block ? json_object_get(rs[s].config, sa->block)
							: rs[s].config;
			const json_t *where = json_object_get(block, sa->where);
			struct key_need need = { .at = i, .key = key, .user = KEY_ROLE };

			if (strcmp(rs[s].type, sa->type) || strcmp(sa->reaches, e->type) ||
			    rs[s].repeated || !value_known_object(block))
				continue;
			if (json_is_object(where))
				where = json_object_get(where, "script_location");
			if (strcmp(e->type, "aws.s3.bucket")
			    ? aws_written_named(rs, n, &rs[s], json_string_value(where), e->type,
						destination_attrs) != i
			    : !names_bucket(json_string_value(where), &rs[i]))
				continue;
			need.role = aws_written_named(rs, n, &rs[s],
						      json_string_value(json_object_get(block,
											sa->role_attr)),
						      "aws.iam.role", role_attrs);
			if (need.role == WRITTEN_NONE)
				continue;
			memcpy(need.actions, sa->kms, sizeof(need.actions));
			snprintf(need.attr, sizeof(need.attr), "%s%s%s", e->attr, e->member ? "." : "",
				 e->member ? e->member : "");
			snprintf(need.does, sizeof(need.does), "%s \"%s\" %s %s \"%s\" as role "
				 "\"%s\"", sa->type, rs[s].name, sa->verb, e->what, rs[i].name,
				 rs[need.role].name);
			need.then = sa->then;
			check_need(rs, n, &need, report, ctx);
		}
}

/* The services that publish to it: where a resource of `type` names a
 * topic or queue (attribute `attr`, each element's `member`), the
 * service's principal must be let use the key: "kms:GenerateDataKey*" and
 * "kms:Decrypt" (SNS Developer Guide, "Enable compatibility between event
 * sources from AWS services and encrypted topics", docs.aws.amazon.com/sns/
 * latest/dg/sns-key-management.html#compatibility-with-aws-services; SQS
 * Developer Guide, the same for encrypted queues, docs.aws.amazon.com/
 * AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-key-management.html
 * #compatibility-with-aws-services). S3 tests each destination with a test
 * message when the notification configuration is put, and refuses it
 * ("Unable to validate the following destination configurations"; S3 User
 * Guide, grant-destinations-permissions-to-s3.html, "AWS KMS key policy"):
 * an error. EventBridge, CloudWatch alarms and SNS take the target, action
 * or subscription, and each message they send fails (KMS.AccessDenied in
 * the delivery logs): warnings. */
struct publisher {
	const char *type;
	const char *attr;
	const char *member;
	const char *service;
	bool refused;
	const char *does;
	const char *then;
};

static const struct publisher publishers[] = {
	{ "aws.s3.bucket_notification", "queue", "queue_arn", "s3", true,
	  "S3 sends the bucket's notifications to", "S3 tests the destination when the "
	  "configuration is put, and refuses it (\"Unable to validate the following destination "
	  "configurations\")" },
	{ "aws.s3.bucket_notification", "topic", "topic_arn", "s3", true,
	  "S3 sends the bucket's notifications to", "S3 tests the destination when the "
	  "configuration is put, and refuses it (\"Unable to validate the following destination "
	  "configurations\")" },
	{ "aws.events.rule", "targets", "arn", "events", false, "EventBridge sends the rule's "
	  "events to", "EventBridge takes the target, and each event sent to it fails" },
	{ "aws.cloudwatch.metric_alarm", "alarm_actions", NULL, "cloudwatch", false,
	  "CloudWatch sends the alarm's notifications to", "CloudWatch takes the action, and "
	  "each notification fails" },
	{ "aws.cloudwatch.metric_alarm", "ok_actions", NULL, "cloudwatch", false,
	  "CloudWatch sends the alarm's notifications to", "CloudWatch takes the action, and "
	  "each notification fails" },
	{ "aws.cloudwatch.metric_alarm", "insufficient_data_actions", NULL, "cloudwatch", false,
	  "CloudWatch sends the alarm's notifications to", "CloudWatch takes the action, and "
	  "each notification fails" },
	{ "aws.sns.subscription", "endpoint", NULL, "sns", false, "SNS delivers the topic's "
	  "messages to", "SNS takes the subscription, and each delivery fails" },
	{ NULL },
};

static void publisher_needs(const struct written_resource *rs, size_t n, size_t i, size_t key,
			    const struct encrypted *e, check_report_fn report, void *ctx)
{
	for (size_t s = 0; s < n; s++)
		for (const struct publisher *p = publishers; p->type; p++) {
			const json_t *v = json_object_get(rs[s].config, p->attr), *el;
			size_t k, count = json_is_array(v) ? json_array_size(v) : 1;

			if (strcmp(rs[s].type, p->type) || rs[s].repeated)
				continue;
			for (k = 0; k < count; k++) {
				struct key_need need = { .key = key, .user = KEY_SERVICE,
							 .service = p->service, .refused = p->refused,
							 .actions = { "kms:GenerateDataKey",
								      "kms:Decrypt", NULL },
							 .then = p->then, .at = s };

				el = json_is_array(v) ? json_array_get(v, k) : v;
				if (p->member)
					el = json_is_object(el) ? json_object_get(el, p->member) : NULL;
				if (aws_written_named(rs, n, &rs[s], json_string_value(el), e->type,
						      destination_attrs) != i)
					continue;
				if (json_is_array(v))
					snprintf(need.attr, sizeof(need.attr), "%s[%zu]%s%s", p->attr, k,
						 p->member ? "." : "", p->member ? p->member : "");
				else
					snprintf(need.attr, sizeof(need.attr), "%s", p->attr);
				snprintf(need.does, sizeof(need.does), "%s %s \"%s\"", p->does, e->what,
					 rs[i].name);
				check_need(rs, n, &need, report, ctx);
			}
		}
}

/* Across resources, a resource encrypted with a key of the stack: the key's
 * policy (or the policies of the roles it lets use it) lets the services
 * and roles that use what the key encrypts: CloudWatch Logs for a log
 * group (an error); the roles that read or write a bucket, Secrets Manager
 * and the readers of a secret, the services that publish to a topic or
 * queue (S3's notifications an error, the others warnings) and a Scheduler
 * schedule's role sending to one. */

static void check_key_uses(const struct written_resource *rs, size_t n,
			   check_report_fn report, void *ctx)
{
	for (size_t i = 0; i < n; i++)
		for (const struct encrypted *e = encrypteds; e->type; e++) {
			size_t key;

			if (strcmp(rs[i].type, e->type))
				continue;
			key = key_of(rs, n, i, e);
			if (key == WRITTEN_NONE)
				continue;
			keeper_needs(rs, n, i, key, e, report, ctx);
			reader_needs(rs, n, i, key, e, report, ctx);
			publisher_needs(rs, n, i, key, e, report, ctx);
		}
}

/* KMS CreateKey KeyUsage: which usages each key spec takes, AWS's own
 * list (the API reference's KeyUsage; CreateKey refuses another,
 * ValidationException). Its list items say "specify", which the census's
 * cues do not pick (checks/words/sentences.py), so the list is written
 * here, each spec with AWS's sentence. The NIST curves are ECC_NIST_P*:
 * ECC_NIST_EDWARDS25519, newer than the list, is left to the call. */
struct usage_of_spec {
	const char *spec;
	bool prefix;                  /* spec is a prefix: "RSA_" */
	const char *usages[4];        /* the usages it takes */
	const char *says;
};

static const struct usage_of_spec usages_of_specs[] = {
	{ "SYMMETRIC_DEFAULT", false, { "ENCRYPT_DECRYPT" },
	  "For symmetric encryption KMS keys, omit the parameter or specify ENCRYPT_DECRYPT." },
	{ "HMAC_", true, { "GENERATE_VERIFY_MAC" },
	  "For HMAC KMS keys (symmetric), specify GENERATE_VERIFY_MAC." },
	{ "RSA_", true, { "ENCRYPT_DECRYPT", "SIGN_VERIFY" },
	  "For asymmetric KMS keys with RSA key pairs, specify ENCRYPT_DECRYPT or SIGN_VERIFY." },
	{ "ECC_NIST_P", true, { "SIGN_VERIFY", "KEY_AGREEMENT" },
	  "For asymmetric KMS keys with NIST-standard elliptic curve key pairs, specify SIGN_VERIFY "
	  "or KEY_AGREEMENT." },
	{ "ECC_SECG_P256K1", false, { "SIGN_VERIFY" },
	  "For asymmetric KMS keys with ECC_SECG_P256K1 key pairs, specify SIGN_VERIFY." },
	{ "ML_DSA_", true, { "SIGN_VERIFY" },
	  "For asymmetric KMS keys with ML-DSA key pairs, specify SIGN_VERIFY." },
	{ "SM2", false, { "ENCRYPT_DECRYPT", "SIGN_VERIFY", "KEY_AGREEMENT" },
	  "For asymmetric KMS keys with SM2 key pairs (China Regions only), specify ENCRYPT_DECRYPT, "
	  "SIGN_VERIFY, or KEY_AGREEMENT." },
	{ NULL, false, { NULL }, NULL },
};

/* The key's usage of its spec: spec_attr names the spec; spec_sent and
 * usage_sent, what the create sends when the spec or key_usage is left out
 * (the written key's SYMMETRIC_DEFAULT and ENCRYPT_DECRYPT), or NULL (the
 * awscc key's handler's own). */
static int key_usage_of_spec(const json_t *v, const char *spec_attr, const char *spec_sent,
			     const char *usage_sent, struct strbuf *err)
{
	const char *spec = json_object_get(v, spec_attr) ? value_known_member(v, spec_attr)
							  : spec_sent;
	const json_t *u = json_object_get(v, "key_usage");
	const char *usage = u ? value_known_string(u) : usage_sent;
	const struct usage_of_spec *k;

	if (!spec || !usage)
		return 0;
	for (k = usages_of_specs; k->spec; k++)
		if (k->prefix ? !strncmp(spec, k->spec, strlen(k->spec)) : !strcmp(spec, k->spec))
			break;
	if (!k->spec || text_listed(k->usages, usage))
		return 0;
	strbuf_addf(err, "key_usage %s%s does not go with %s %s: AWS says \"%s\" (kms CreateKey "
		    "KeyUsage)", usage, u ? "" : " (terrace's default, as sent)", spec_attr, spec,
		    k->says);
	return -1;
}

/* The written key's usage as written (the row on key_usage: r its
 * resource), and as sent when it is left out (the row on the resource). */
static int rule_kms_key_usage(const json_t *v, const json_t *r, struct strbuf *err)
{
	json_t *key = json_is_object(r) ? json_deep_copy(r) : json_object();
	int rc;

	json_object_set(key, "key_usage", (json_t *)v);
	rc = key_usage_of_spec(key, "customer_master_key_spec", "SYMMETRIC_DEFAULT", NULL, err);
	json_decref(key);
	return rc;
}

static int rule_kms_key_usage_of_spec(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	if (json_object_get(v, "key_usage"))
		return 0; /* the row on key_usage judges it */
	return key_usage_of_spec(v, "customer_master_key_spec", "SYMMETRIC_DEFAULT", "ENCRYPT_DECRYPT",
				 err);
}

static int rule_kms_cfn_key_usage_of_spec(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	return key_usage_of_spec(v, "key_spec", NULL, NULL, err);
}

/*
 * The KMS rows of the one table of checks (checks/row.h), in the order
 * they run: a type's rows for single values before its rows for the whole
 * resource; aws_rules_tables (checks/tables.c) lists this table.
 */
const struct aws_check_row aws_rules_kms[] = {
	RULE_TEXT("aws.kms.alias", "name", rule_kms_alias_name,
		  "KMS API reference: CreateAlias AliasName"),
	RULE("aws.kms.key", "policy", rule_kms_key_policy,
	     "KMS API reference: CreateKey Policy, PutKeyPolicy Policy"),
	RULE("aws.kms.key", "key_usage", rule_kms_key_usage, "kms CreateKey KeyUsage"),
	RULE("aws.kms.key", "", rule_kms_key_usage_of_spec, "kms CreateKey KeyUsage"),
	RULE("awscc.kms.key", "", rule_kms_cfn_key_usage_of_spec, "kms CreateKey KeyUsage"),
	WHOLE_IN("aws.kms.key", "deletion_window_in_days", 7, 30,
		 "KMS API reference: ScheduleKeyDeletion PendingWindowInDays (7 to 30 days)"),
	ACROSS_ROW("aws.*", check_key_uses,
		   "KMS Developer Guide: key policies (allowing AWS services to use a key)"),
	/* AWS's words (checks/words/kms.words): terrace calls EnableKeyRotation
	 * when enable_key_rotation is true, DisableKeyRotation when it turns
	 * false; a key whose spec is left out is SYMMETRIC_DEFAULT (the
	 * default terrace sends), which a requirement on an absent value
	 * lets pass. */
	AWS_SAYS("kms.rotation_symmetric_only", "aws.kms.key", AWS_CALL_ANY,
		 WHEN(IS("enable_key_rotation", "true")),
		 THEN(IS("customer_master_key_spec", "SYMMETRIC_DEFAULT")),
		 "You cannot enable automatic rotation of asymmetric KMS keys, HMAC KMS keys, KMS "
		 "keys with imported key material, or KMS keys in a custom key store.",
		 "kms EnableKeyRotation KeyId"),
	/* On the awscc types (the registry's words its schemas' keywords do not
	 * hold): what an update cannot change (the schema does not make them
	 * create-only, so an update is planned and the handler refuses it),
	 * tag keys, the alias prefix AWS keeps, a replica's primary key by ARN,
	 * each key policy statement's principals. */
	/* The awscc key's handlers call the same EnableKeyRotation: its spec
	 * left out is SYMMETRIC_DEFAULT, its origin AWS_KMS; imported key
	 * material (EXTERNAL) and a custom key store (AWS_CLOUDHSM,
	 * EXTERNAL_KEY_STORE) take no automatic rotation either. */
	AWS_SAYS("kms.cfn_rotation_symmetric_only", "awscc.kms.key", AWS_CALL_ANY,
		 WHEN(IS("enable_key_rotation", "true")),
		 THEN(IS("key_spec", "SYMMETRIC_DEFAULT"), IS("origin", "AWS_KMS")),
		 "You cannot enable automatic rotation of asymmetric KMS keys, HMAC KMS keys, KMS "
		 "keys with imported key material, or KMS keys in a custom key store.",
		 "kms EnableKeyRotation KeyId"),
	AWS_SAYS("kms.cfn_key_usage_unchanged", "awscc.kms.key", AWS_CALL_UPDATE, ALWAYS,
		 THEN(UNCHANGED("key_usage")),
		 "You can't change the KeyUsage value after the KMS key is created.",
		 "CloudFormation registry: AWS::KMS::Key KeyUsage"),
	AWS_SAYS("kms.cfn_multi_region_unchanged", "awscc.kms.key", AWS_CALL_UPDATE, ALWAYS,
		 THEN(UNCHANGED("multi_region")),
		 "You can't change the MultiRegion value after the KMS key is created.",
		 "CloudFormation registry: AWS::KMS::Key MultiRegion"),
	/* the awscc key's and replica's tags, a list (the written key's is a
	 * map, its keys unique) */
	AWS_SAYS("kms.tag_keys_unique", "awscc.kms.*", AWS_CALL_ANY, ALWAYS,
		 THEN(UNIQUE("tags[].key")),
		 "You cannot have more than one tag on a KMS key with the same tag key.",
		 "kms CreateKey Tags"),
	/* A replica is made in the provider's region (ReplicateKey's
	 * ReplicaRegion): not its primary's, when the primary is named by an
	 * ARN of KMS (a key id tells no region). */
	AWS_SAYS("kms.replica_other_region", "awscc.kms.replica_key", AWS_CALL_ANY,
		 WHEN(MATCHES("primary_key_arn", "^arn:[^:]+:kms:[a-z]"),
		      IN_REGION("primary_key_arn")),
		 THEN(UNSET("primary_key_arn")),
		 "The replica must be in a different Amazon Web Services Region than its primary key "
		 "and other replicas of that primary key, but in the same Amazon Web Services "
		 "partition.", "kms ReplicateKey ReplicaRegion"),
	AWS_SAYS("kms.cfn_origin_unchanged", "awscc.kms.key", AWS_CALL_UPDATE, ALWAYS,
		 THEN(UNCHANGED("origin")), "You cannot change the origin after you create the KMS key.",
		 "CloudFormation registry: AWS::KMS::Key Origin"),
	AWS_SAYS("kms.cfn_key_spec_unchanged", "awscc.kms.key", AWS_CALL_UPDATE, ALWAYS,
		 THEN(UNCHANGED("key_spec")),
		 "You can't change the KeySpec value after the KMS key is created.",
		 "CloudFormation registry: AWS::KMS::Key KeySpec"),
	/* an ML-DSA key spec is named ML_DSA_* (the schema's enum) */
	AWS_SAYS("kms.cfn_ml_dsa_not_external", "awscc.kms.key", AWS_CALL_ANY,
		 WHEN(MATCHES("key_spec", "^ML_DSA_")), THEN(IS_NOT("origin", "EXTERNAL")),
		 "EXTERNAL is not supported for ML-DSA keys.",
		 "CloudFormation registry: AWS::KMS::Key Origin"),
	AWS_SAYS("kms.cfn_key_policy_principals", "awscc.kms.key", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("key_policy.Statement", ALWAYS,
			   THEN(ANY_OF(SET("Principal"), SET("NotPrincipal"))))),
		 "Each statement in the key policy must contain one or more principals.",
		 "CloudFormation registry: AWS::KMS::Key KeyPolicy"),
	AWS_SAYS("kms.cfn_key_tag_keys_not_aws", "awscc.kms.key", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", "^aws:")))),
		 "You can specify a value that's 1 to 128 Unicode characters in length and can't be "
		 "prefixed with aws:.", "CloudFormation registry: AWS::KMS::Key Tag.Key"),
	AWS_SAYS("kms.cfn_replica_tag_keys_not_aws", "awscc.kms.replica_key", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", "^aws:")))),
		 "You can specify a value that is 1 to 128 Unicode characters in length and cannot be "
		 "prefixed with aws:.", "CloudFormation registry: AWS::KMS::ReplicaKey Tag.Key"),
	/* an alias or a key id is no ARN, which begins "arn:" */
	AWS_SAYS("kms.cfn_replica_primary_by_arn", "awscc.kms.replica_key", AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("primary_key_arn", "^arn:")), "You cannot specify an alias or key ID.",
		 "CloudFormation registry: AWS::KMS::ReplicaKey PrimaryKeyArn"),
	AWS_SAYS("kms.cfn_alias_not_aws", "awscc.kms.alias", AWS_CALL_ANY, ALWAYS,
		 THEN(NOT_MATCHES("alias_name", "^alias/aws/")),
		 "The alias name cannot begin with alias/aws/.",
		 "CloudFormation registry: AWS::KMS::Alias AliasName"),
	/* An alias's key, by its ARN (or an alias ARN), of the provider's
	 * region; one named by id or alias is looked up there. */
	AWS_SAYS("kms.alias_key_in_region", "aws.kms.alias", AWS_CALL_ANY, ALWAYS,
		 THEN(IN_REGION("target_key_id")),
		 "The KMS key must be in the same Amazon Web Services Region.",
		 "kms CreateAlias TargetKeyId"),
	AWS_SAYS("kms.cfn_alias_key_in_region", "awscc.kms.alias", AWS_CALL_ANY, ALWAYS,
		 THEN(IN_REGION("target_key_id")),
		 "The KMS key must be in the same AWS-account and Region.",
		 "CloudFormation registry: AWS::KMS::Alias TargetKeyId"),
	/* A repository's key, by its ARN, of the provider's region (ECR has no
	 * rules of its own: a KMS key's region, as an alias's above). */
	AWS_SAYS("ecr.kms_key_in_region", "aws.ecr.repository", AWS_CALL_CREATE, ALWAYS,
		 THEN(IN_REGION("encryption_configuration.kms_key")),
		 "The key must exist in the same Region as the repository.",
		 "ecr CreateRepository encryptionConfiguration.kmsKey"),
	AWS_SAYS("ecr.cfn_kms_key_in_region", "awscc.ecr.repository", AWS_CALL_CREATE, ALWAYS,
		 THEN(IN_REGION("encryption_configuration.kms_key")),
		 "The key must exist in the same Region as the repository.",
		 "CloudFormation registry: AWS::ECR::Repository EncryptionConfiguration.KmsKey"),
	/* A repository creation template's key: by its ARN alone. */
	AWS_SAYS("ecr.template_kms_key_arn", "awscc.ecr.repository_creation_template",
		 AWS_CALL_ANY, ALWAYS, THEN(MATCHES("encryption_configuration.kms_key", "^arn:")),
		 "The full ARN of the KMS key must be specified.",
		 "ecr CreateRepositoryCreationTemplate encryptionConfiguration.kmsKey"),
	{ NULL },
};
