/*
 * checks/roles.c: the aws provider's checks across resources that join a
 * service to the IAM role the stack gives it (part of
 * the aws check hook's CHECK_ACROSS, run by `terrace validate` on what the
 * stack writes and by `terrace plan` again with the values known then):
 * - a role of the stack given to a service trusts that service: its
 *   assume_role_policy has an Allow statement for sts:AssumeRole whose
 *   Principal is the service (global, regional or .com.cn form), "*" or
 *   {"AWS": "*"} (IAM User Guide, "Creating a role to delegate permissions
 *   to an AWS service", docs.aws.amazon.com/IAM/latest/UserGuide/
 *   id_roles_create_for-service.html). An error where the service's create
 *   call refuses such a role (Lambda, Step Functions, Scheduler, an
 *   EventBridge rule's own role, Glue crawlers), a warning where it takes
 *   it and fails each time it uses it (EventBridge targets, Glue jobs,
 *   instance profiles, Redshift clusters) and for Firehose streams: each
 *   service's ROLE_TRUST rows (checks/rules.h), in its rules.c, say where
 *   its types give a role and which.
 * And the checks of one service's resources against the role it is given,
 * in that service's rules.c, which aws_check_resources (checks/run_stack.c)
 * runs after the trust (checks/roles.h: the role matching they share): sfn/rules.c (a state
 * machine's Tasks), lambda/rules.c (a function in a VPC, an event source
 * mapping's source), firehose/rules.c (a delivery stream's bucket and
 * stream), ecs/rules.c (a task definition's execution role) and
 * events/rules.c (a rule's or a schedule's queue or topic target, run by
 * aws_check_resources).
 * A role is "of the stack" when the consumer names it by reference
 * (${NAME.arn}, ${NAME.name}, ${NAME.id}) to an aws.iam.role of one object
 * under the same provider configuration; a role given by ARN or name is
 * not looked at. Whatever is not known yet (${...} inside a statement, a
 * document given by a variable at validate) passes: a check never refuses
 * what AWS would accept.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/checks/rules.h"
#include "provider/aws/checks/checks.h"
#include "provider/aws/checks/roles.h"
#include "provider/aws/checks/shared.h"

/* The resource "${NAME.ATTR}" names (ATTR one of attrs), when it is of
 * `type`, one object, under from's provider configuration; else
 * WRITTEN_NONE. */
size_t aws_written_named(const struct written_resource *rs, size_t n,
			 const struct written_resource *from, const char *value,
			 const char *type, const char *const *attrs)
{
	char name[256], attr[32], rest;
	size_t i, len = value ? strlen(value) : 0;
	bool attr_ok = false;

	if (len < 4 || strncmp(value, "${", 2) || value[len - 1] != '}' ||
	    sscanf(value, " ${ %255[A-Za-z0-9_-].%31[a-z_] } %c", name, attr, &rest) != 2)
		return WRITTEN_NONE;
	for (const char *const *a = attrs; *a && !attr_ok; a++)
		attr_ok = !strcmp(*a, attr);
	if (!attr_ok)
		return WRITTEN_NONE;
	for (i = 0; i < n; i++)
		if (!strcmp(rs[i].name, name))
			break;
	if (i == n || strcmp(rs[i].type, type) || rs[i].repeated ||
	    strcmp(rs[i].provider, from->provider))
		return WRITTEN_NONE;
	return i;
}

/* A document as written (an object, or JSON text, which may hold ${...}
 * inside its strings): a new reference, or NULL when it is not known yet
 * (all of it ${...}) or not a document (its own rule says so). */
json_t *known_document(const json_t *v)
{
	const char *text = json_string_value(v);

	if (value_known_object(v))
		return json_incref((json_t *)v);
	if (!text)
		return NULL;
	v = json_loads(text, JSON_DECODE_ANY, NULL);
	if (value_known_object(v))
		return (json_t *)v;
	json_decref((json_t *)v);
	return NULL;
}

/* IAM's wildcard match, * and ?, case-insensitive (actions) or not. */
static bool wild_match(const char *pat, const char *s, bool nocase)
{
	for (; *pat; pat++, s++) {
		if (*pat == '*') {
			for (const char *t = s;; t++) {
				if (wild_match(pat + 1, t, nocase))
					return true;
				if (!*t)
					return false;
			}
		}
		if (!*s)
			return false;
		if (*pat != '?' && (nocase ? tolower((unsigned char)*pat) != tolower((unsigned char)*s)
					   : *pat != *s))
			return false;
	}
	return !*s;
}

/* Whether a string-or-list element of a statement holds a value for which
 * match(value, arg) is true. */
static bool any_of(const json_t *v, bool (*match)(const char *, const void *), const void *arg)
{
	size_t i;
	const json_t *e;

	if (json_is_string(v))
		return match(json_string_value(v), arg);
	json_array_foreach(v, i, e)
		if (json_is_string(e) && match(json_string_value(e), arg))
			return true;
	return false;
}

static bool action_matches(const char *pattern, const void *action)
{
	return wild_match(pattern, action, true);
}

/* A service principal of service `svc` ("lambda"): svc.amazonaws.com,
 * svc.REGION.amazonaws.com, either with .cn (AWS China); a pattern with
 * wildcards matched against the global form. */
static bool service_matches(const char *principal, const void *svc)
{
	const char *s = svc;
	size_t n = strlen(s);
	char global[96];
	const char *rest;

	snprintf(global, sizeof(global), "%s.amazonaws.com", s);
	if (strpbrk(principal, "*?"))
		return wild_match(principal, global, true);
	if (strncasecmp(principal, s, n) || principal[n] != '.')
		return false;
	rest = principal + n + 1;
	if (!strcasecmp(rest, "amazonaws.com") || !strcasecmp(rest, "amazonaws.com.cn"))
		return true;
	/* REGION.amazonaws.com[.cn]: a region of letters, digits and '-'. */
	n = strspn(rest, "abcdefghijklmnopqrstuvwxyz0123456789-");
	return n && rest[n] == '.' &&
	       (!strcasecmp(rest + n + 1, "amazonaws.com") ||
		!strcasecmp(rest + n + 1, "amazonaws.com.cn"));
}

/* An IAM principal's ARN (arn:PARTITION:iam::ACCOUNT:...), whose account
 * or name may hold ${...}: never a service, whatever it turns out to be. */
static bool iam_shaped(const char *v)
{
	return !strncmp(v, "arn:", 4) && strstr(v, ":iam::");
}

/* "*", or a value not known yet that may be any principal. */
static bool star_or_unknown(const char *v, const void *unused)
{
	(void)unused;
	return !strcmp(v, "*") || (strstr(v, "${") && !iam_shaped(v));
}

static bool service_or_unknown(const char *v, const void *svc)
{
	return strstr(v, "${") || service_matches(v, svc);
}

static bool lets_service(const json_t *principal, const void *svc)
{
	return (json_is_string(principal) && star_or_unknown(json_string_value(principal), NULL)) ||
	       any_of(json_object_get(principal, "AWS"), star_or_unknown, NULL) ||
	       any_of(json_object_get(principal, "Service"), service_or_unknown, svc);
}

bool aws_policy_lets_service(const json_t *doc, const char *svc, const char *wanted)
{
	return aws_policy_lets(doc, lets_service, svc, wanted);
}

/* Whether the statements of `doc` (a trust policy, a key policy) allow
 * `wanted` to a principal `who` accepts (given a statement's Principal). A
 * statement whose Effect, Action or whole Principal is not known yet counts
 * as allowing, and so does NotPrincipal; a Principal's values not known yet
 * are who's to judge (an IAM ARN of ${...} parts is still no service); a
 * Deny allows nothing; a Condition or Resource does not take it away (it
 * narrows who, not which principal). */
bool aws_policy_lets(const json_t *doc, bool (*who)(const json_t *principal, const void *arg),
		     const void *arg, const char *wanted)
{
	const json_t *sts = json_object_get(doc, "Statement"), *st;
	size_t i, n = json_is_array(sts) ? json_array_size(sts) : 1;

	if (!sts || value_not_known(sts))
		return true;
	for (i = 0; i < n; i++) {
		const json_t *principal, *action;

		st = json_is_array(sts) ? json_array_get(sts, i) : sts;
		if (!json_is_object(st) || value_holds_not_known(json_object_get(st, "Effect")) ||
		    value_holds_not_known(json_object_get(st, "Action")) ||
		    value_holds_not_known(json_object_get(st, "NotAction")) ||
		    value_not_known(json_object_get(st, "Principal")))
			return true;
		if (!json_is_string(json_object_get(st, "Effect")) ||
		    strcmp(json_string_value(json_object_get(st, "Effect")), "Allow"))
			continue;
		action = json_object_get(st, "Action");
		if (!json_object_get(st, "NotAction") &&
		    !any_of(action, action_matches, wanted))
			continue;
		if (json_object_get(st, "NotPrincipal"))
			return true;
		principal = json_object_get(st, "Principal");
		if (who(principal, arg))
			return true;
	}
	return false;
}

/* ---- a role given to a service trusts it ---- */

const char *const role_attrs[] = { "arn", "name", "id", NULL };

/* Each role value the use `u` finds in a resource's config, through fn. */
static void each_role_value(const json_t *config, const struct aws_role_use *u,
			    void (*fn)(const char *value, void *arg), void *arg)
{
	const json_t *v = json_object_get(config, u->attr), *e;
	size_t i;

	if (json_is_array(v)) {
		json_array_foreach(v, i, e) {
			const json_t *one = u->member ? json_object_get(e, u->member) : e;

			if (json_is_string(one))
				fn(json_string_value(one), arg);
		}
		return;
	}
	if (u->member)
		v = json_object_get(v, u->member);
	if (json_is_string(v))
		fn(json_string_value(v), arg);
}

struct role_check {
	const struct written_resource *rs;
	size_t n, at;
	const struct aws_role_use *u;
	check_report_fn report;
	void *ctx;
};

static void check_role_value(const char *value, void *arg)
{
	struct role_check *c = arg;
	size_t role = aws_written_named(c->rs, c->n, &c->rs[c->at], value, "aws.iam.role",
					role_attrs);
	json_t *doc;
	char msg[768];

	if (role == WRITTEN_NONE)
		return;
	doc = known_document(json_object_get(c->rs[role].config, "assume_role_policy"));
	if (doc && !aws_policy_lets_service(doc, c->u->service, "sts:AssumeRole")) {
		snprintf(msg, sizeof(msg),
			 "%s: role \"%s\" does not trust %s.amazonaws.com: its assume_role_policy "
			 "has no Allow statement for sts:AssumeRole naming that service, and %s "
			 "(add {\"Effect\": \"Allow\", \"Principal\": {\"Service\": "
			 "\"%s.amazonaws.com\"}, \"Action\": \"sts:AssumeRole\"})",
			 c->u->path, c->rs[role].name, c->u->service, c->u->then, c->u->service);
		c->report(c->ctx, &(struct check_finding){
			.warning = !c->u->refused, .which = c->at, .attr = c->u->path,
			.other = role, .other_attr = "assume_role_policy", .message = msg });
	}
	json_decref(doc);
}

/* ---- a state machine's Task its role may start ---- */

static const char *const job_attrs[] = { "name", "arn", "id", NULL };
const char *const function_attrs[] = { "arn", "function_name", "id", "invoke_arn",
				       "qualified_arn", NULL };

/* The resource of `type` that `value` names: by reference, or by the name
 * it is given (attribute name_attr) when value is that name or an ARN
 * ending in marker+name. */
size_t named_or_referenced(const struct written_resource *rs, size_t n,
			   const struct written_resource *from, const char *value,
			   const char *type, const char *const *attrs,
			   const char *name_attr, const char *marker)
{
	size_t at = aws_written_named(rs, n, from, value, type, attrs);
	const char *tail;

	if (at != WRITTEN_NONE || !value || strstr(value, "${"))
		return at;
	tail = strstr(value, marker);
	tail = tail ? tail + strlen(marker) : value;
	for (size_t i = 0; i < n; i++) {
		const char *name = value_known_member(rs[i].config, name_attr);
		size_t len = name ? strlen(name) : 0;

		if (!strcmp(rs[i].type, type) && !rs[i].repeated && name &&
		    !strcmp(rs[i].provider, from->provider) && !strncmp(tail, name, len) &&
		    (!tail[len] || tail[len] == ':'))
			return i;
	}
	return WRITTEN_NONE;
}

/* What the Task state `st` starts, 1 with *out. */
int task_starts(const struct written_resource *rs, size_t n,
		const struct written_resource *sm, const json_t *st, struct started *out)
{
	const char *resource = json_string_value(json_object_get(st, "Resource"));
	const json_t *params = json_object_get(st, "Parameters");
	const char *type = value_known_member(st, "Type");

	if (!resource || !type || strcmp(type, "Task"))
		return 0;
	if (strstr(resource, ":states:::glue:startJobRun")) {
		*out = (struct started){ WRITTEN_NONE, "glue:StartJobRun", "job/", NULL, "Glue job" };
		out->at = named_or_referenced(rs, n, sm,
					      json_string_value(json_object_get(params, "JobName")),
					      "aws.glue.job", job_attrs, "name", "job/");
		if (out->at != WRITTEN_NONE)
			out->name = value_known_member(rs[out->at].config, "name");
	} else {
		const char *fn = strstr(resource, ":states:::lambda:invoke")
				 ? json_string_value(json_object_get(params, "FunctionName")) : resource;

		*out = (struct started){ WRITTEN_NONE, "lambda:InvokeFunction", "function:", NULL,
					 "Lambda function" };
		out->at = named_or_referenced(rs, n, sm, fn, "aws.lambda.function", function_attrs,
					      "function_name", "function:");
		if (out->at != WRITTEN_NONE)
			out->name = value_known_member(rs[out->at].config, "function_name");
	}
	return out->at != WRITTEN_NONE;
}

/* A policy's Resource entry `pattern` may cover what s starts. */
static bool resource_matches(const char *pattern, const void *arg)
{
	const struct started *s = arg;
	const char *tail;
	char name[256];

	if (strstr(pattern, "${") || !strcmp(pattern, "*") || !s->marker)
		return true;
	tail = strstr(pattern, s->marker);
	if (!tail)
		return strchr(pattern, '*') != NULL;
	if (!s->name)
		return true;
	snprintf(name, sizeof(name), "%.*s", (int)strcspn(tail + strlen(s->marker), ":"),
		 tail + strlen(s->marker));
	return wild_match(name, s->name, false);
}

/* Whether a policy document allows what s starts (what is not known yet
 * allows it). */
static bool policy_allows(const json_t *doc, const struct started *s)
{
	const json_t *sts = json_object_get(doc, "Statement"), *st;
	size_t n = json_is_array(sts) ? json_array_size(sts) : 1;

	if (!doc || !sts || value_not_known(sts))
		return true;
	for (size_t i = 0; i < n; i++) {
		const char *effect;

		st = json_is_array(sts) ? json_array_get(sts, i) : sts;
		if (!json_is_object(st))
			return true;
		effect = value_known_member(st, "Effect");
		if (effect && strcmp(effect, "Allow"))
			continue;
		if ((json_object_get(st, "NotAction") ||
		     value_holds_not_known(json_object_get(st, "Action")) ||
		     any_of(json_object_get(st, "Action"), action_matches, s->action)) &&
		    (json_object_get(st, "NotResource") ||
		     value_holds_not_known(json_object_get(st, "Resource")) ||
		     any_of(json_object_get(st, "Resource"), resource_matches, s)))
			return true;
	}
	return false;
}

/* An AWS managed policy ARN (arn:PARTITION:iam::aws:policy/[PATH/]NAME)
 * whose NAME is one of names. */
static bool aws_managed_named(const char *arn, const char *const *names)
{
	const char *p = arn && !strncmp(arn, "arn:", 4) ? strchr(arn + 4, ':') : NULL;
	const char *name;

	if (!p || strncmp(p, ":iam::aws:policy/", 17))
		return false;
	name = strrchr(p, '/') + 1;
	for (; names && *names; names++)
		if (!strcmp(name, *names))
			return true;
	return false;
}

/* Whether the policies the stack writes for `role` allow what s starts;
 * *outside gets a managed policy ARN of the role that is not in the stack. */
bool role_allows(const struct written_resource *rs, size_t n, size_t role,
		 const struct started *s, const char **outside)
{
	const json_t *inline_ = json_object_get(rs[role].config, "inline_policies");
	const json_t *managed = json_object_get(rs[role].config, "managed_policy_arns"), *v;
	static const char *const policy_attrs[] = { "arn", "id", NULL };
	const char *key;
	size_t i;

	if (value_not_known(inline_) || value_not_known(managed))
		return true;
	json_object_foreach((json_t *)inline_, key, v) {
		json_t *doc = known_document(v);
		bool ok = !doc || policy_allows(doc, s);

		json_decref(doc);
		if (ok)
			return true;
	}
	json_array_foreach(managed, i, v) {
		size_t p = aws_written_named(rs, n, &rs[role], json_string_value(v), "aws.iam.policy",
					     policy_attrs);
		json_t *doc;
		bool ok;

		if (p == WRITTEN_NONE) {
			if (value_not_known(v) || aws_managed_named(json_string_value(v), s->granted_by))
				return true;
			*outside = json_string_value(v);
			continue;
		}
		doc = known_document(json_object_get(rs[p].config, "policy"));
		ok = !doc || policy_allows(doc, s);
		json_decref(doc);
		if (ok)
			return true;
	}
	return false;
}

bool aws_role_allows_action(const struct written_resource *rs, size_t n, size_t role,
			    const char *action, const char *const *granted_by, const char **outside)
{
	struct started s = { WRITTEN_NONE, action, NULL, NULL, "", granted_by };

	return role_allows(rs, n, role, &s, outside);
}

/* ---- what a role's policies name: the resources it reads or writes ---- */

struct named_target {
	const char *name;     /* the resource's name in the stack */
	const char *in_arn;   /* marker+name as in its ARNs (":::raw-data"), or NULL */
};

/* A Resource entry that names the target: "*" (every resource, this one
 * too), a reference to it (${NAME.ATTR}, inside a longer string too,
 * "${raw.arn}/..."), or an ARN holding in_arn followed by its end, '/',
 * '*', or a secret's suffix (-XXXXXX, -??????, -*). */
bool aws_text_refers_to(const char *text, const char *name)
{
	size_t len = strlen(name);

	for (const char *p = text ? strstr(text, "${") : NULL; p; p = strstr(p + 2, "${")) {
		const char *q = p + 2 + strspn(p + 2, " ");

		if (!strncmp(q, name, len) && q[len] == '.')
			return true;
	}
	return false;
}

static bool names_target(const char *pattern, const void *arg)
{
	const struct named_target *t = arg;

	if (!strcmp(pattern, "*") || aws_text_refers_to(pattern, t->name))
		return true;
	for (const char *hit = t->in_arn ? strstr(pattern, t->in_arn) : NULL; hit;
	     hit = strstr(hit + 1, t->in_arn)) {
		const char *after = hit + strlen(t->in_arn);

		if (!*after || *after == '/' || *after == '*' ||
		    (*after == '-' && (!strcmp(after + 1, "*") || !strcmp(after + 1, "??????") ||
				       (strlen(after + 1) == 6 &&
					strspn(after + 1, "abcdefghijklmnopqrstuvwxyz"
						   "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") == 6))))
			return true;
	}
	return false;
}

/* Whether document doc has an Allow statement of `action` (wildcards as
 * IAM) whose Resource names the target. Only what is written counts. */
static bool document_acts_on(const json_t *doc, const char *action, const struct named_target *t)
{
	const json_t *sts = json_object_get(doc, "Statement"), *st;
	size_t n = json_is_array(sts) ? json_array_size(sts) : 1;

	for (size_t i = 0; sts && i < n; i++) {
		const char *effect;

		st = json_is_array(sts) ? json_array_get(sts, i) : sts;
		effect = value_known_member(st, "Effect");
		if (!effect || strcmp(effect, "Allow"))
			continue;
		if (any_of(json_object_get(st, "Action"), action_matches, action) &&
		    any_of(json_object_get(st, "Resource"), names_target, t))
			return true;
	}
	return false;
}

bool aws_role_acts_on(const struct written_resource *rs, size_t n, size_t role,
		      const char *action, size_t at, const char *in_arn)
{
	const json_t *inline_ = json_object_get(rs[role].config, "inline_policies");
	const json_t *managed = json_object_get(rs[role].config, "managed_policy_arns"), *v;
	static const char *const policy_attrs[] = { "arn", "id", NULL };
	struct named_target t = { rs[at].name, in_arn };
	const char *key;
	size_t i;
	bool found = false;

	if (value_known_object(inline_))
		json_object_foreach((json_t *)inline_, key, v) {
			json_t *doc = known_document(v);

			found = found || (doc && document_acts_on(doc, action, &t));
			json_decref(doc);
		}
	json_array_foreach(managed, i, v) {
		size_t p = aws_written_named(rs, n, &rs[role], json_string_value(v), "aws.iam.policy",
					     policy_attrs);
		json_t *doc = p == WRITTEN_NONE ? NULL
				: known_document(json_object_get(rs[p].config, "policy"));

		found = found || (doc && document_acts_on(doc, action, &t));
		json_decref(doc);
	}
	return found;
}

bool aws_policy_any_of(const json_t *v, bool (*match)(const char *, const void *), const void *arg)
{
	return any_of(v, match, arg);
}

/*
 * The one reporter of a role that lacks actions: which of `actions` no
 * policy the stack writes for `role` allows (each granted whole by one of
 * the AWS managed policies `managed`; `why` for messages), listed "a, b and
 * c" into list, and into also " (unless ARN, not in the stack, does)" when
 * the role has a managed policy from outside the stack. Returns how many
 * are missing (0: nothing to report); *first the first of them.
 */
size_t role_lacks(const struct written_resource *rs, size_t n, size_t role,
		  const char *const *actions, const char *const *managed, const char *why,
		  char *list, size_t list_size, char *also, size_t also_size,
		  const char **first)
{
	const char *missing[16], *outside = NULL;
	size_t m = 0;

	list[0] = also[0] = 0;
	for (const char *const *a = actions; *a && m < 16; a++) {
		struct started s = { WRITTEN_NONE, *a, NULL, NULL, why, managed };

		if (!role_allows(rs, n, role, &s, &outside))
			missing[m++] = *a;
	}
	*first = m ? missing[0] : NULL;
	for (size_t k = 0; k < m; k++)
		snprintf(list + strlen(list), list_size - strlen(list), "%s%s",
			 k ? (k + 1 == m ? " and " : ", ") : "", missing[k]);
	if (m && outside)
		snprintf(also, also_size, " (unless %s, not in the stack, does)", outside);
	return m;
}

void aws_check_roles(const struct written_resource *rs, size_t n,
		     const struct aws_check_row *const *trust, check_report_fn report, void *ctx)
{
	for (size_t i = 0; i < n; i++)
		for (const struct aws_check_row *const *t = trust; *t; t++) {
			struct role_check c = { rs, n, i, (*t)->trust, report, ctx };

			if (!strcmp(rs[i].type, (*t)->type) && !rs[i].repeated)
				each_role_value(rs[i].config, (*t)->trust, check_role_value, &c);
		}
}
