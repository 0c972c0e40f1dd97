/*
 * iam/rules.c: the IAM rules its models do not carry (checks/rules.h): policy
 * documents (managed, trust, inline, and an S3 bucket's resource policy); a
 * user's credentials; at plan (READ rows), the AWS managed policies a role,
 * a user or a group attaches, each asked of IAM (GetPolicy); and its rows
 * (the names' characters and lengths are rows, NAME_CHARS_IN); an awscc
 * role's, user's, group's and instance profile's path, and the awscc types'
 * tag lists (checks/words/iam.words).
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "provider/aws/checks/roles.h"
#include "provider/aws/checks/row.h"
#include "provider/aws/iam/api.h"
#include "provider/aws/iam/iam_actions.h"
#include "provider/aws/checks/rules.h"
#include "provider/aws/checks/shared.h"
#include "provider/base/log.h"
#include "provider/provider.h"

/* ---- IAM policy documents ------------------------------------------------ */

/* An inline policy's name, as the table's rows check the other IAM names. */
static const struct aws_check_row inline_policy_name = {
	.type = "aws.*", .attr = "", .kind = 'c', .noun = "IAM inline policy",
	.chars = "+=,.@_-", .has_min = true, .min = 1, .has_max = true, .max = 128,
	.example = "read-lake",
	.source = "IAM User Guide: IAM and AWS STS quotas, name requirements",
};

/* IAM JSON policy element reference and grammar:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html */
enum policy_kind { IDENTITY, TRUST, RESOURCE };

/* Characters of the document without whitespace, as IAM counts them. */
static size_t policy_size(const json_t *doc)
{
	char *text = json_dumps(doc, JSON_COMPACT);
	size_t n = 0;
	for (const char *p = text ? text : ""; *p; p++)
		if (!isspace((unsigned char)*p))
			n++;
	free(text);
	return n;
}

static bool condition_operator_ok(const char *op)
{
	static const char *const base[] = {
		"StringEquals", "StringNotEquals", "StringEqualsIgnoreCase",
		"StringNotEqualsIgnoreCase", "StringLike", "StringNotLike", "NumericEquals",
		"NumericNotEquals", "NumericLessThan", "NumericLessThanEquals",
		"NumericGreaterThan", "NumericGreaterThanEquals", "DateEquals", "DateNotEquals",
		"DateLessThan", "DateLessThanEquals", "DateGreaterThan", "DateGreaterThanEquals",
		"Bool", "BinaryEquals", "IpAddress", "NotIpAddress", "ArnEquals", "ArnLike",
		"ArnNotEquals", "ArnNotLike", "Null", NULL,
	};
	char buf[96];
	if (has_prefix(op, "ForAllValues:"))
		op += strlen("ForAllValues:");
	else if (has_prefix(op, "ForAnyValue:"))
		op += strlen("ForAnyValue:");
	if (strlen(op) >= sizeof(buf))
		return false;
	strcpy(buf, op);
	if (has_suffix(buf, "IfExists") && strcmp(buf, "NullIfExists"))
		buf[strlen(buf) - strlen("IfExists")] = '\0';
	for (size_t i = 0; base[i]; i++)
		if (!strcmp(buf, base[i]))
			return true;
	return false;
}

/*
 * An action: "*", or service:action with a service prefix. IAM keeps an
 * identity policy whose prefix no service has (see "names against AWS's
 * reference" below), but S3 refuses such a bucket policy: PutBucketPolicy
 * answers MalformedPolicy "Policy has invalid action", so in a resource
 * policy (`known_prefix`) an unknown prefix is an error here too.
 */
static int check_actions(const json_t *a, const char *where, const char *elem,
			 bool known_prefix, struct strbuf *err)
{
	size_t i;
	json_t *e;
	json_t *one = NULL;
	if (value_not_known(a))
		return 0;
	if (json_is_string(a)) {
		one = json_array();
		json_array_append((json_t *)one, (json_t *)a);
		a = one;
	}
	if (!json_is_array(a) || !json_array_size(a)) {
		strbuf_addf(err, "%s%s is a string or a non-empty list of strings "
			    "(e.g. \"s3:GetObject\")", where, elem);
		json_decref(one);
		return -1;
	}
	json_array_foreach(a, i, e) {
		const char *s = value_known_string(e);
		if (!s)
			continue;
		if (strcmp(s, "*") && !matches(s, "^[A-Za-z0-9-]+:[A-Za-z0-9*?]+$")) {
			strbuf_addf(err, "%s%s \"%s\" is not \"*\" or SERVICE:ACTION with a service "
				    "prefix (e.g. \"s3:GetObject\", \"glue:*\")", where, elem, s);
			json_decref(one);
			return -1;
		}
		size_t plen = strcspn(s, ":");
		const struct iam_service *svc = s[plen] ? iam_service_find(s, plen) : NULL;
		if (known_prefix && s[plen] && (!svc || !svc->actions)) {
			char *prefix = xstrndup(s, plen);
			const char *near = iam_service_nearest(prefix);
			free(prefix);
			strbuf_addf(err, "%s%s \"%s\": no AWS service has the prefix \"%.*s\" (AWS's "
				    "Service Authorization Reference of %s) and S3 refuses the "
				    "policy (MalformedPolicy: Policy has invalid action)%s%s%s", where,
				    elem, s, (int)plen, s, iam_data_date, near ? "; did you mean \"" : "",
				    near ? near : "", near ? ":...\"?" : "");
			json_decref(one);
			return -1;
		}
	}
	json_decref(one);
	return 0;
}

static int check_statement(const json_t *st, size_t index, enum policy_kind kind,
			   struct strbuf *err)
{
	static const char *const keys[] = { "Sid", "Effect", "Principal", "NotPrincipal",
					    "Action", "NotAction", "Resource", "NotResource",
					    "Condition", NULL };
	char where[40];
	const char *key;
	json_t *val;
	snprintf(where, sizeof(where), "Statement %zu: ", index + 1);

	if (value_not_known(st))
		return 0;
	if (!json_is_object(st)) {
		strbuf_addf(err, "%sa statement is an object with Effect, Action and %s", where,
			    kind == TRUST ? "Principal" : "Resource");
		return -1;
	}
	json_object_foreach((json_t *)st, key, val) {
		size_t i;
		if (value_key_not_known(key))
			continue;
		for (i = 0; keys[i] && strcmp(keys[i], key); i++)
			;
		if (!keys[i]) {
			strbuf_addf(err, "%sunknown element \"%s\": a statement has Sid, Effect, "
				    "Principal, NotPrincipal, Action, NotAction, Resource, "
				    "NotResource, Condition", where, key);
			return -1;
		}
	}
	const json_t *effect = json_object_get(st, "Effect");
	const char *e = value_known_string(effect);
	if (!effect || (e && strcmp(e, "Allow") && strcmp(e, "Deny"))) {
		strbuf_addf(err, "%sEffect is \"Allow\" or \"Deny\" (got %s)", where,
			    e ? e : "none");
		return -1;
	}
	const json_t *action = json_object_get(st, "Action");
	const json_t *not_action = json_object_get(st, "NotAction");
	if (!action == !not_action) {
		strbuf_addf(err, "%sa statement has exactly one of Action and NotAction "
			    "(e.g. \"Action\": \"s3:GetObject\")", where);
		return -1;
	}
	if (check_actions(action ? action : not_action, where,
			  action ? "Action" : "NotAction", kind == RESOURCE, err))
		return -1;
	bool principal = json_object_get(st, "Principal") || json_object_get(st, "NotPrincipal");
	bool resource = json_object_get(st, "Resource") || json_object_get(st, "NotResource");
	if (json_object_get(st, "Resource") && json_object_get(st, "NotResource")) {
		strbuf_addf(err, "%sa statement has Resource or NotResource, not both", where);
		return -1;
	}
	if (kind == IDENTITY && principal) {
		strbuf_addf(err, "%san identity policy names no Principal (the role, user or "
			    "group it is attached to is the principal): remove it", where);
		return -1;
	}
	if (kind == IDENTITY && !resource) {
		strbuf_addf(err, "%san identity policy's statement needs Resource or NotResource "
			    "(e.g. \"Resource\": \"arn:aws:s3:::acme-lake/*\")", where);
		return -1;
	}
	if (kind != IDENTITY && !principal) {
		strbuf_addf(err, "%sa %s policy's statement needs a Principal "
			    "(e.g. \"Principal\": {\"Service\": \"glue.amazonaws.com\"})", where,
			    kind == TRUST ? "trust" : "resource");
		return -1;
	}
	if (kind == TRUST && resource) {
		strbuf_addf(err, "%sa trust policy names no Resource (the role is the resource): "
			    "remove it", where);
		return -1;
	}
	const json_t *cond = json_object_get(st, "Condition");
	if (cond && !value_not_known(cond)) {
		if (!json_is_object(cond)) {
			strbuf_addf(err, "%sCondition is a map of operator to {key: values}", where);
			return -1;
		}
		json_object_foreach((json_t *)cond, key, val)
			if (!value_key_not_known(key) && !condition_operator_ok(key)) {
				strbuf_addf(err, "%sCondition operator \"%s\" is not one IAM knows "
					    "(e.g. \"StringEquals\", \"ArnLike\", \"Bool\", "
					    "\"ForAnyValue:StringLike\", \"StringEqualsIfExists\")",
					    where, key);
				return -1;
			}
	}
	const char *sid = value_known_member(st, "Sid");
	if (sid && kind == IDENTITY && !matches(sid, "^[A-Za-z0-9]*$")) {
		strbuf_addf(err, "%sSid \"%s\": an identity policy's Sid has only letters and "
			    "digits (e.g. \"ReadLake\")", where, sid);
		return -1;
	}
	return 0;
}

/* The grammar of one document; `limit` characters without whitespace (0:
 * none here). */
static int check_policy(const json_t *v, enum policy_kind kind, size_t limit,
			const char *limit_rule, struct strbuf *err)
{
	bool own;
	json_t *doc = policy_json(v, &own);
	int rc = -1;
	const char *key;
	json_t *val;
	if (!doc || value_not_known(doc)) {
		rc = 0; /* checked when known */
		goto out;
	}
	if (!json_is_object(doc)) {
		strbuf_addstr(err, "a policy document is a JSON object with Version and Statement");
		goto out;
	}
	json_object_foreach(doc, key, val)
		if (!value_key_not_known(key) && strcmp(key, "Version") && strcmp(key, "Id") &&
		    strcmp(key, "Statement")) {
			strbuf_addf(err, "unknown element \"%s\": a policy document has Version, Id "
				    "and Statement", key);
			goto out;
		}
	const char *version = value_get_string(doc, "Version");
	if (json_object_get(doc, "Version") && !value_not_known(json_object_get(doc, "Version")) &&
	    (!version || (strcmp(version, "2012-10-17") && strcmp(version, "2008-10-17")))) {
		strbuf_addf(err, "Version \"%s\" is not a policy language version: use "
			    "\"2012-10-17\"", version ? version : "(not a string)");
		goto out;
	}
	json_t *statements = json_object_get(doc, "Statement");
	if (!statements) {
		strbuf_addstr(err, "a policy document needs Statement, one statement or a list "
			      "(e.g. [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", "
			      "\"Resource\": \"*\"}])");
		goto out;
	}
	if (json_is_array(statements)) {
		size_t i;
		json_t *st;
		json_array_foreach(statements, i, st)
			if (check_statement(st, i, kind, err))
				goto out;
	} else if (check_statement(statements, 0, kind, err)) {
		goto out; /* one statement, or the list not known yet, which passes */
	}
	if (limit && !value_holds_not_known(doc)) {
		size_t n = policy_size(doc);
		if (n > limit) {
			strbuf_addf(err, "%zu characters without whitespace: %s is %zu at most "
				    "(split it into several policies)", n, limit_rule, limit);
			goto out;
		}
	}
	rc = 0;
out:
	if (own)
		json_decref(doc);
	return rc;
}

int rule_managed_policy(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	return check_policy(v, IDENTITY, 6144, "a managed policy", err);
}

int rule_trust_policy(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	return check_policy(v, TRUST, 0, NULL, err);
}

/* Its length against IAM's default quota (2,048 characters; an account may
 * have it raised to 4,096): a row of an AWS account's defaults. */
static int rule_trust_policy_size(const json_t *v, const json_t *r, struct strbuf *err)
{
	bool own;
	json_t *doc = policy_json(v, &own);
	size_t n = doc && !value_holds_not_known(doc) ? policy_size(doc) : 0;
	(void)r;
	if (own)
		json_decref(doc);
	if (n <= 2048)
		return 0;
	strbuf_addf(err, "%zu characters without whitespace: a role trust policy (the default "
		    "quota) is 2048 at most (split it into several policies)", n);
	return -1;
}

int aws_iam_resource_policy(const json_t *v, size_t limit, const char *limit_rule,
			    struct strbuf *err)
{
	return check_policy(v, RESOURCE, limit, limit_rule, err);
}

/* Inline policies: each document's grammar, and their sum against the
 * entity's quota (role 10,240, user 2,048, group 5,120). A map name:
 * document (a role's inline_policies), or one document (a user's or
 * group's policy). */
static int inline_policies(const json_t *v, size_t limit, const char *entity,
			   struct strbuf *err)
{
	const char *name;
	json_t *doc;
	size_t total = 0;
	bool known = true;
	if (value_not_known(v))
		return 0;
	if (!json_is_object(v) || json_object_get(v, "Statement") ||
	    json_object_get(v, "Version")) {
		if (check_policy(v, IDENTITY, 0, NULL, err))
			return -1;
		bool own;
		json_t *d = policy_json(v, &own);
		if (d && !value_holds_not_known(d))
			total = policy_size(d);
		else
			known = false;
		if (own)
			json_decref(d);
	} else {
		json_object_foreach((json_t *)v, name, doc) {
			if (value_not_known(doc)) {
				known = false;
				continue;
			}
			if (!value_key_not_known(name) &&
			    aws_constraint_check_name(&inline_policy_name, name, err))
				return -1;
			if (check_policy(doc, IDENTITY, 0, NULL, err)) {
				strbuf_prefixf(err, "\"%s\": ", name);
				return -1;
			}
			bool own;
			json_t *d = policy_json(doc, &own);
			if (d && !value_holds_not_known(d))
				total += policy_size(d);
			else
				known = false;
			if (own)
				json_decref(d);
		}
	}
	if (known && total > limit) {
		strbuf_addf(err, "%zu characters without whitespace: a %s's inline policies "
			    "together are %zu at most (use managed policies for the rest)", total,
			    entity, limit);
		return -1;
	}
	return 0;
}

int rule_role_inline_policies(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	return inline_policies(v, 10240, "role", err);
}

/* A group's inline policy (a map name: document). */
static int rule_group_inline_policy(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	return inline_policies(v, 5120, "group", err);
}

/* ---- names against AWS's reference: warnings ----------------------------- */

/*
 * The actions and condition keys of a document against AWS's Service
 * Authorization Reference (iam_actions.h). IAM takes a document whose
 * actions or keys no service has, and they allow nothing: a misspelled
 * action fails the job at run time. IAM compares them without regard to
 * case. None is refused here: AWS adds actions and services every week,
 * and IAM keeps a service it does not know (the policy summary lists it
 * under "Uncategorized services": IAM User Guide, "Policy summary (list of
 * services)"); `terrace validate -strict` makes these warnings errors.
 */
struct names_walk {
	check_report_fn report;
	void *ctx;
	struct strbuf path; /* of the value at fault, for its position */
	const char *where;  /* "Statement 2: " */
	bool prefix_refused; /* a bucket policy: check_actions refuses an unknown prefix */
};

static void names_say(struct names_walk *w, size_t at, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void names_say(struct names_walk *w, size_t at, const char *fmt, ...)
{
	struct strbuf msg = STRBUF_INIT;
	va_list ap;
	strbuf_addf(&msg, "%s", w->where);
	va_start(ap, fmt);
	strbuf_vaddf(&msg, fmt, ap);
	va_end(ap);
	w->report(w->ctx, &(struct check_finding){
		.warning = true, .attr = w->path.buf, .other = WRITTEN_NONE, .message = msg.buf });
	strbuf_setlen(&w->path, at);
	strbuf_release(&msg);
}

static void names_action(struct names_walk *w, const char *elem, const json_t *a, size_t at)
{
	const char *s = value_known_string(a);
	const char *colon = s ? strchr(s, ':') : NULL;
	if (!colon || strchr(colon + 1, ':'))
		return; /* "*", or what the grammar check refuses */
	const char *name = colon + 1;
	const struct iam_service *svc = iam_service_find(s, (size_t)(colon - s));
	bool wild = strpbrk(name, "*?") != NULL;
	if ((!svc || !svc->actions) && w->prefix_refused)
		return; /* an error already, not a warning too */
	if (!svc || !svc->actions) {
		char *prefix = xstrndup(s, (size_t)(colon - s));
		const char *near = iam_service_nearest(prefix);
		const struct iam_service *ns = near ? iam_service_find(near, strlen(near)) : NULL;
		const char *entry = ns && !wild ? iam_action_find(ns, name) : NULL;
		const char *guess = entry ? entry + 1 : ns && !wild ? iam_action_nearest(ns, name) : NULL;
		if (near)
			names_say(w, at, "%s \"%s\": no AWS service has the prefix \"%.*s\" (AWS's "
				  "Service Authorization Reference of %s), so it allows nothing; did "
				  "you mean \"%s:%s\"?", elem, s, (int)(colon - s), s, iam_data_date,
				  near, guess ? guess : name);
		else
			names_say(w, at, "%s \"%s\": no AWS service has the prefix \"%.*s\" (AWS's "
				  "Service Authorization Reference of %s), so it allows nothing "
				  "(a service launched since is left to AWS)", elem, s,
				  (int)(colon - s), s, iam_data_date);
		free(prefix);
		return;
	}
	if (wild) {
		if (!iam_actions_matching(svc, name))
			names_say(w, at, "%s \"%s\" matches no action of %s (AWS's Service "
				  "Authorization Reference of %s), so it allows nothing", elem, s,
				  svc->prefix, iam_data_date);
		return;
	}
	if (iam_action_find(svc, name))
		return;
	names_say(w, at, "%s \"%s\": %s has no action \"%s\" (AWS's Service Authorization "
		  "Reference of %s), so it allows nothing; did you mean \"%s:%s\"?", elem, s,
		  svc->prefix, name, iam_data_date, svc->prefix, iam_action_nearest(svc, name));
}

static void names_condition(struct names_walk *w, const json_t *cond)
{
	const char *op, *key;
	json_t *keys, *val;
	size_t at = w->path.len;
	if (!json_is_object(cond))
		return;
	json_object_foreach((json_t *)cond, op, keys) {
		if (!json_is_object(keys) || value_key_not_known(op))
			continue;
		json_object_foreach(keys, key, val) {
			const char *near;
			if (value_key_not_known(key) || iam_condition_key_known(key, &near))
				continue; /* known, or an identity provider's (saml:, ...) */
			strbuf_addf(&w->path, ".Condition.%s.%s", op, key);
			if (!strncasecmp(key, "aws:", 4))
				names_say(w, at, "Condition key \"%s\" is no global condition key (AWS's "
					  "Service Authorization Reference of %s), so the condition "
					  "never holds as meant; did you mean \"%s\"?", key,
					  iam_data_date, near);
			else if (near)
				names_say(w, at, "Condition key \"%s\": %.*s has no such condition key "
					  "(AWS's Service Authorization Reference of %s); did you "
					  "mean \"%s\"?", key, (int)strcspn(key, ":"), key,
					  iam_data_date, near);
			else
				names_say(w, at, "Condition key \"%s\": %.*s has no condition keys "
					  "(AWS's Service Authorization Reference of %s); the global "
					  "ones are aws:...", key, (int)strcspn(key, ":"), key,
					  iam_data_date);
		}
	}
}

static void names_statement(struct names_walk *w, const json_t *st)
{
	static const char *const elems[] = { "Action", "NotAction", NULL };
	size_t at = w->path.len;
	if (!json_is_object(st))
		return;
	for (const char *const *e = elems; *e; e++) {
		const json_t *a = json_object_get(st, *e);
		size_t i;
		const json_t *item;
		if (json_is_string(a)) {
			strbuf_addf(&w->path, ".%s", *e);
			names_action(w, *e, a, at);
			strbuf_setlen(&w->path, at);
		}
		json_array_foreach(json_is_array(a) ? a : NULL, i, item) {
			strbuf_addf(&w->path, ".%s[%zu]", *e, i);
			names_action(w, *e, item, at);
			strbuf_setlen(&w->path, at);
		}
	}
	names_condition(w, json_object_get(st, "Condition"));
}

/* One document: its statements, each by its path below `attr`. */
static void names_document(const json_t *v, const char *attr, bool prefix_refused,
			   check_report_fn report, void *ctx)
{
	bool own;
	json_t *doc = policy_json(v, &own);
	struct names_walk w = { report, ctx, STRBUF_INIT, "", prefix_refused };
	const json_t *sts = json_is_object(doc) ? json_object_get(doc, "Statement") : NULL;
	char where[40];
	size_t i;
	const json_t *st;
	strbuf_addstr(&w.path, attr);
	if (json_is_object(sts)) {
		strbuf_addstr(&w.path, ".Statement");
		snprintf(where, sizeof(where), "Statement 1: ");
		w.where = where;
		names_statement(&w, sts);
	}
	json_array_foreach(json_is_array(sts) ? sts : NULL, i, st) {
		strbuf_setlen(&w.path, strlen(attr));
		strbuf_addf(&w.path, ".Statement[%zu]", i);
		snprintf(where, sizeof(where), "Statement %zu: ", i + 1);
		w.where = where;
		names_statement(&w, st);
	}
	strbuf_release(&w.path);
	if (own)
		json_decref(doc);
}

void warn_policy_names(const json_t *v, const char *attr, check_report_fn report, void *ctx)
{
	names_document(v, attr, false, report, ctx);
}

void warn_bucket_policy_names(const json_t *v, const char *attr, check_report_fn report,
			      void *ctx)
{
	names_document(v, attr, true, report, ctx);
}

/* A prefix for each inline policy's messages: its name. */
struct inline_names {
	check_report_fn report;
	void *ctx;
	const char *name;
};

static void inline_say(void *ctx, const struct check_finding *found)
{
	struct inline_names *n = ctx;
	struct strbuf msg = STRBUF_INIT;
	struct check_finding f = *found;
	strbuf_addf(&msg, "\"%s\": %s", n->name, found->message);
	f.message = msg.buf;
	n->report(n->ctx, &f);
	strbuf_release(&msg);
}

void warn_inline_policy_names(const json_t *v, const char *attr, check_report_fn report,
			      void *ctx)
{
	const char *name;
	json_t *doc;
	if (!json_is_object(v) || json_object_get(v, "Statement") || json_object_get(v, "Version")) {
		names_document(v, attr, false, report, ctx);
		return;
	}
	json_object_foreach((json_t *)v, name, doc) {
		struct inline_names n = { report, ctx, name };
		char *path = xasprintf("%s.%s", attr, name);
		if (!value_key_not_known(name) && !value_not_known(doc))
			names_document(doc, path, false, inline_say, &n);
		free(path);
	}
}

/* ---- settings that go together (a row for the whole resource) ------------ */

/* An IAM user's password and secret key go to a Secrets Manager secret,
 * never into the state. */
static int rule_iam_user_credentials(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *secret = json_object_get(v, "credentials_secret");
	(void)r;
	if (!json_is_true(json_object_get(v, "login_profile")) &&
	    !json_is_true(json_object_get(v, "access_key")))
		return 0;
	if (value_not_known(secret) || (json_is_string(secret) && *json_string_value(secret)))
		return 0;
	strbuf_addstr(err, "login_profile and access_key make a password and a secret key that "
		      "the state cannot keep: set credentials_secret to the name of a Secrets "
		      "Manager secret for terrace to write them to");
	return -1;
}

/* aws.iam.inline_policy's document: an identity policy's grammar (the
 * size is its principals' quota together, which the service judges). */
static int rule_inline_policy_document(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	if (value_not_known(v))
		return 0;
	return check_policy(v, IDENTITY, 0, NULL, err);
}

/* aws.iam.inline_policy is put on at least one role, user or group, as
 * CloudFormation's AWS::IAM::Policy requires (a list not known yet may). */
static int rule_inline_policy_principals(const json_t *v, const json_t *r, struct strbuf *err)
{
	static const char *const sets[] = { "roles", "users", "groups" };

	(void)r;
	for (size_t i = 0; i < 3; i++) {
		const json_t *set = json_object_get(v, sets[i]);

		if (value_not_known(set) || value_holds_not_known(set) || json_array_size(set))
			return 0;
	}
	strbuf_addstr(err, "it names no principal: put it on at least one of roles, users and "
		      "groups (roles: [\"${etl.name}\"])");
	return -1;
}

/* ---- across the stack: one inline policy written two ways ---------------- */

/* The resource of the stack of `type` that an entry of a principal list
 * names: by a reference to one of its attributes ("${etl.name}"), or by
 * the literal name its `name_attr` has; else WRITTEN_NONE. */
static size_t principal_written(const struct written_resource *rs, size_t n, size_t from,
				const char *entry, const char *type, const char *name_attr)
{
	const char *const refs[] = { "name", "arn", "id", name_attr, NULL };
	size_t at = aws_written_named(rs, n, &rs[from], entry, type, refs);

	if (at != WRITTEN_NONE || strstr(entry, "${"))
		return at;
	for (size_t j = 0; j < n; j++) {
		const char *name = json_string_value(json_object_get(rs[j].config, name_attr));

		if (!strcmp(rs[j].type, type) && !rs[j].repeated && name &&
		    !strcmp(name, iam_role_name(entry)) && !strcmp(rs[j].provider, rs[from].provider))
			return j;
	}
	return WRITTEN_NONE;
}

/* The document an awscc principal's `policies` (CloudFormation's
 * Policies: a list of {policy_name, policy_document}) gives the policy
 * `name`, or NULL when it names none. */
static const json_t *awscc_policy_named(const json_t *config, const char *name)
{
	const json_t *p;
	size_t i;

	json_array_foreach(json_object_get(config, "policies"), i, p)
		if (json_is_string(json_object_get(p, "policy_name")) &&
		    !strcmp(json_string_value(json_object_get(p, "policy_name")), name))
			return json_object_get(p, "policy_document");
	return NULL;
}

bool iam_documents_differ(const json_t *a, const json_t *b)
{
	json_t *x = known_document(a), *y = known_document(b);
	bool differ = x && y && !value_equal(x, y);

	json_decref(x);
	json_decref(y);
	return differ;
}

/*
 * An inline policy of aws.iam.inline_policy on a principal the stack
 * writes, whose own attribute holds it with another document, would be put
 * by one and put back by the other on every apply, never settling:
 * refused. aws.iam.role's inline_policies holds every inline policy of its
 * role (one it does not name is removed), so a policy of this type on such
 * a role is refused unless the role names it with the same document;
 * aws.iam.group's `policy` is its inline policy "terrace"; an awscc role's,
 * user's or group's `policies` hold those they name (one not named is left
 * alone). Written both ways with one document, the two agree: no change.
 */
static void check_inline_policy_owners(const struct written_resource *rs, size_t n,
				       check_report_fn report, void *ctx)
{
	/* How each principal's own attribute holds the policy: a map of name
	 * to document (every inline policy of the role), the group's one
	 * "terrace" document, a list of {policy_name, policy_document}. */
	enum holds { EVERY_BY_NAME, THE_TERRACE_ONE, A_LIST_NAMING };
	static const struct {
		const char *attr, *type, *name_attr, *own_attr;
		enum holds holds;
	} owners[] = {
		{ "roles", "aws.iam.role", "name", "inline_policies", EVERY_BY_NAME },
		{ "roles", "awscc.iam.role", "role_name", "policies", A_LIST_NAMING },
		{ "users", "awscc.iam.user", "user_name", "policies", A_LIST_NAMING },
		{ "groups", "aws.iam.group", "name", "policy", THE_TERRACE_ONE },
		{ "groups", "awscc.iam.group", "group_name", "policies", A_LIST_NAMING },
	};
	char msg[640];

	for (size_t i = 0; i < n; i++) {
		const char *name = json_string_value(json_object_get(rs[i].config, "name"));
		const json_t *mine = json_object_get(rs[i].config, "policy");

		if (strcmp(rs[i].type, "aws.iam.inline_policy") || !name || strstr(name, "${"))
			continue;
		for (size_t k = 0; k < sizeof(owners) / sizeof(*owners); k++) {
			bool role = owners[k].holds == EVERY_BY_NAME;
			const json_t *entry;
			size_t e;

			json_array_foreach(json_object_get(rs[i].config, owners[k].attr), e, entry) {
				size_t j = json_is_string(entry)
					? principal_written(rs, n, i, json_string_value(entry),
							    owners[k].type, owners[k].name_attr)
					: WRITTEN_NONE;
				const json_t *own, *theirs;

				if (j == WRITTEN_NONE)
					continue;
				own = json_object_get(rs[j].config, owners[k].own_attr);
				theirs = role ? json_object_get(own, name)
					: owners[k].holds == A_LIST_NAMING
						? awscc_policy_named(rs[j].config, name)
					: !strcmp(name, "terrace") ? own : NULL;
				if ((!role && !theirs) || (theirs && !iam_documents_differ(mine, theirs)))
					continue;
				if (role && !theirs)
					snprintf(msg, sizeof(msg), "%s: role \"%s\" is this stack's aws.iam.role, "
						 "whose inline_policies holds every inline policy of the role "
						 "and removes any it does not name on each apply: write this "
						 "policy there (inline_policies: {\"%s\": ...}) and drop this "
						 "resource", owners[k].attr, rs[j].name, name);
				else
					snprintf(msg, sizeof(msg), "%s: %s \"%s\" of this stack writes the "
						 "inline policy \"%s\" too (its %s), with another document: one "
						 "policy written two ways, which each apply would put in turn; "
						 "write it in one place", owners[k].attr, owners[k].type,
						 rs[j].name, name, owners[k].own_attr);
				report(ctx, &(struct check_finding){
					.warning = false, .which = i, .attr = owners[k].attr,
					.other = j, .other_attr = owners[k].own_attr,
					.message = msg });
			}
		}
	}
}

/* ---- at plan, reading IAM: the AWS managed policies a resource attaches ---- */

bool aws_arn_is_aws_managed_policy(const char *arn)
{
	const char *p;

	if (!arn || strncmp(arn, "arn:", 4))
		return false;
	p = strchr(arn + 4, ':'); /* after the partition */
	return p && !strncmp(p, ":iam::aws:policy/", strlen(":iam::aws:policy/"));
}

/* GetPolicy of one AWS managed policy: 0 when IAM has it or cannot say (no
 * permission to read it, a server that does not know the call: AWS judges
 * at apply), -1 with the reason in err when IAM says there is none. */
static int managed_policy_exists(struct aws_client *c, const char *attr, const char *arn,
				 struct strbuf *err)
{
	json_t *params = json_pack("{s:s}", "PolicyArn", arn);
	struct aws_response resp;
	struct strbuf call_err = STRBUF_INIT;
	int rc = 0;

	memset(&resp, 0, sizeof(resp));
	if (aws_query_call(c, &aws_service_iam, "GetPolicy", params, &resp, &call_err)) {
		if (resp.error_code && !strcmp(resp.error_code, "NoSuchEntity")) {
			strbuf_addf(err, "%s: %s: IAM has no AWS managed policy of this ARN (%s)",
				    attr, arn, call_err.buf);
			rc = -1;
		} else {
			log_debugf("%s: %s not checked at plan: %s", attr, arn, call_err.buf);
		}
	}
	aws_response_free(&resp);
	strbuf_release(&call_err);
	json_decref(params);
	return rc;
}

/* A READ row's reader (aws_check_read_fn): each AWS managed policy
 * (arn:PARTITION:iam::aws:policy/...) the row's attribute attaches, asked
 * of IAM by GetPolicy before apply attaches it. A customer managed policy
 * is not asked (another stack may make it), nor one attached already (it
 * was checked when it was). */
static int read_managed_policies(void *client, const struct aws_check_row *row, const char *type,
				 const json_t *prior, const json_t *desired, const char **attr,
				 struct strbuf *err)
{
	const json_t *want = json_object_get(desired, row->attr);
	const json_t *had = json_object_get(prior, row->attr);
	size_t i;
	json_t *v;

	(void)type;
	if (!json_is_array(want))
		return 0;
	json_array_foreach(want, i, v) {
		const char *arn = json_string_value(v);

		if (!aws_arn_is_aws_managed_policy(arn) || value_list_has_string(had, arn))
			continue;
		if (managed_policy_exists(client, row->attr, arn, err)) {
			if (attr)
				*attr = row->attr;
			return -1;
		}
	}
	return 0;
}

/* An awscc type's path (checks/words/iam.words: "This parameter allows ...
 * a string of characters consisting of either a forward slash (/) by itself
 * or a string that must begin and end with forward slashes."): the
 * registry's pattern, ^(\u002F)|(\u002F[\u0021-\u007E]+\u002F)$, finds a
 * match in any path that begins with a slash (its ^ binds the first
 * alternative only), so the role's, user's, group's and instance profile's
 * need this rule; the managed policy's pattern holds it. */
static int rule_iam_path(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *path = json_string_value(v);
	size_t n = path ? strlen(path) : 0;

	(void)r;
	if (!path || value_not_known(v) || (n && path[0] == '/' && path[n - 1] == '/'))
		return 0;
	aws_constraint_quote(err, path);
	strbuf_addstr(err, " is neither a forward slash alone nor a string that begins and "
		      "ends with one: AWS says a path is \"either a forward slash (/) by itself "
		      "or a string that must begin and end with forward slashes\" (e.g. "
		      "\"/service/\")");
	return -1;
}

/*
 * The IAM rows of the one table of checks (checks/row.h), in the order
 * they run: a type's rows for single values before its rows for the whole
 * resource; aws_rules_tables (checks/tables.c) lists this table.
 */
#define IAM_QUOTAS "IAM User Guide: IAM and AWS STS quotas, name requirements"
#define GET_POLICY "IAM API reference: GetPolicy (NoSuchEntity when there is none)"

const struct aws_check_row aws_rules_iam[] = {
	NAME_CHARS_IN("aws.iam.group", "name", "IAM group", "+=,.@_-", 1, 128, "data-engineers",
		      IAM_QUOTAS),
	RULE_WARNS("aws.iam.group", "policy", rule_group_inline_policy, warn_inline_policy_names,
		   IAM_POLICY),
	NAME_CHARS_IN("aws.iam.instance_profile", "name", "IAM instance profile", "+=,.@_-", 1, 128,
		      "airflow-worker", IAM_QUOTAS),
	NAME_CHARS_IN("aws.iam.policy", "name", "IAM policy", "+=,.@_-", 1, 128, "lake-read-only",
		      IAM_QUOTAS),
	RULE_WARNS("aws.iam.policy", "policy", rule_managed_policy, warn_policy_names, IAM_POLICY),
	NAME_CHARS_IN("aws.iam.role", "name", "IAM role", "+=,.@_-", 1, 64, "etl-glue-runner",
		      IAM_QUOTAS),
	RULE_WARNS("aws.iam.role", "assume_role_policy", rule_trust_policy, warn_policy_names,
		   IAM_POLICY),
	ACCOUNT_RULE("aws.iam.role", "assume_role_policy", rule_trust_policy_size,
		     IAM_QUOTAS " (role trust policy length: 2,048 characters, a default quota)"),
	RULE_WARNS("aws.iam.role", "inline_policies", rule_role_inline_policies,
		   warn_inline_policy_names, IAM_POLICY),
	NAME_CHARS_IN("aws.iam.user", "name", "IAM user", "+=,.@_-", 1, 64, "airflow-deployer",
		      IAM_QUOTAS),
	RULE("aws.iam.user", "", rule_iam_user_credentials,
	     "terrace: passwords and secret keys are kept in Secrets Manager, never in the state"),
	NAME_CHARS_IN("aws.iam.inline_policy", "name", "IAM inline policy", "+=,.@_-", 1, 128,
		      "read-lake", IAM_QUOTAS),
	RULE_WARNS("aws.iam.inline_policy", "policy", rule_inline_policy_document, warn_policy_names,
		   IAM_POLICY),
	RULE("aws.iam.inline_policy", "", rule_inline_policy_principals,
	     "CloudFormation AWS::IAM::Policy: at least one of Roles, Users and Groups"),
	READ_ROW("aws.iam.role", "managed_policy_arns", read_managed_policies, "iam:GetPolicy",
		 GET_POLICY),
	READ_ROW("aws.iam.user", "policy_arns", read_managed_policies, "iam:GetPolicy", GET_POLICY),
	READ_ROW("aws.iam.group", "policy_arns", read_managed_policies, "iam:GetPolicy", GET_POLICY),
	ACROSS_ROW("aws.iam.inline_policy", check_inline_policy_owners,
		   "terrace: aws.iam.role's inline_policies and aws.iam.group's policy hold their "
		   "principal's inline policies"),
	RULE("awscc.iam.role", "path", rule_iam_path, "CloudFormation registry: AWS::IAM::Role Path"),
	RULE("awscc.iam.user", "path", rule_iam_path, "CloudFormation registry: AWS::IAM::User Path"),
	RULE("awscc.iam.group", "path", rule_iam_path,
	     "CloudFormation registry: AWS::IAM::Group Path"),
	RULE("awscc.iam.instance_profile", "path", rule_iam_path,
	     "CloudFormation registry: AWS::IAM::InstanceProfile Path"),
	RULE("awscc.iam.oidc_provider", "tags", rule_tag_list_keys,
	     "CloudFormation registry: AWS::IAM::OIDCProvider Tag.Key"),
	RULE("awscc.iam.saml_provider", "tags", rule_tag_list_keys,
	     "CloudFormation registry: AWS::IAM::SAMLProvider Tag.Key"),
	RULE("awscc.iam.server_certificate", "tags", rule_tag_list_keys,
	     "CloudFormation registry: AWS::IAM::ServerCertificate Tag.Key"),
	RULE("awscc.iam.virtual_mfa_device", "tags", rule_tag_list_keys,
	     "CloudFormation registry: AWS::IAM::VirtualMFADevice Tag.Key"),
	/* The roles its types give: each must trust the service (checks/roles.c
	 * runs these rows). */
	/* docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2.html:
	 * AddRoleToInstanceProfile takes any role; the instances get no
	 * credentials from it. */
	ROLE_TRUST("aws.iam.instance_profile", "role", NULL, "role", "ec2", false,
		   "IAM takes it, and the profile's instances get no credentials from it",
		   "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2.html"),
	AWS_SAYS("iam.cfn_group_policy_names_unique", "awscc.iam.group", AWS_CALL_ANY, ALWAYS,
		 THEN(UNIQUE("policies[].policy_name")),
		 "The name of each inline policy for a role, user, or group must be unique.",
		 "CloudFormation registry: AWS::IAM::Group Policies"),
	AWS_SAYS("iam.cfn_user_policy_names_unique", "awscc.iam.user", AWS_CALL_ANY, ALWAYS,
		 THEN(UNIQUE("policies[].policy_name")),
		 "The name of each policy for a role, user, or group must be unique.",
		 "CloudFormation registry: AWS::IAM::User Policies"),
	/* an OIDC provider's URL and client IDs (CreateOpenIDConnectProvider) */
	AWS_SAYS("iam.oidc_client_ids_100", "awscc.iam.oidc_provider", AWS_CALL_ANY, ALWAYS,
		 THEN(LEN_IN("client_id_list", 0, 100)),
		 "You cannot register more than 100 client IDs with a single IAM OIDC provider.",
		 "iam CreateOpenIDConnectProvider ClientIDList"),
	AWS_SAYS("iam.oidc_url_https", "awscc.iam.oidc_provider", AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("url", "^[Hh][Tt][Tt][Pp][Ss]://")),
		 "The URL must begin with https:// and should correspond to the iss claim in the "
		 "provider's OpenID Connect ID tokens.", "iam CreateOpenIDConnectProvider Url"),
	AWS_SAYS("iam.oidc_url_no_query", "awscc.iam.oidc_provider", AWS_CALL_ANY, ALWAYS,
		 THEN(NOT_MATCHES("url", "[?]")),
		 "Per the OIDC standard, path components are allowed but query parameters are not.",
		 "iam CreateOpenIDConnectProvider Url"),
	{ NULL },
};
