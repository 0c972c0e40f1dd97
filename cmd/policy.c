/*
 * policy.c: `terrace policy` (the IAM policy a deploy role needs for the
 * whole stack: create, read, update and delete of every aws resource), and
 * what `terrace plan` shares with it: the policy of one plan's changes
 * (-policy) and their check against the caller's own permissions
 * (-check-permissions, iam:SimulatePrincipalPolicy). The actions and ARNs
 * come from provider/aws/permissions.h.
 */
#include "cmd/cli.h"
#include "cmd/json_ui.h"
#include "cmd/policy.h"
#include "plan/state.h"
#include "provider/aws/transport/transport.h"

#include <stdlib.h>
#include <string.h>

static const struct cli_command policy_cmd = {
	"policy", "terrace policy [options]",
	"Print the IAM policy a deploy role needs to create, read, update and destroy every\n"
	"AWS resource of the stack, and to read, write and lock its state in the S3 backend,\n"
	"its resources scoped to the ARNs the plan knows; for several workspaces or\n"
	"environments at once with -workspace (repeated), -all-workspaces or -env (repeated).\n"
	"iam:PassRole is allowed only to the services the roles are passed to\n"
	"(iam:PassedToService); S3 object actions only where the stack manages objects, KMS\n"
	"only on the keys it names, no account-wide IAM read unless -with-iam-listing.\n"
	"`terrace plan -policy` prints what one plan's changes need.",
	0,
};

/* Whether type is the aws provider's, by the registry: a resource type,
 * written (aws.s3.bucket) or through Cloud Control
 * (awscc.route53.hosted_zone), or a lookup kind (aws.availability_zones). */
static bool aws_type(const char *type)
{
	const struct provider_type *pt = NULL;
	if (!resource_type_find(type, &pt))
		lookup_type_find(type, &pt);
	return pt && !strcmp(pt->name, "aws");
}

/* The phases a change's action sends. */
static unsigned phases_of(const struct planned_change *c, bool whole_stack)
{
	unsigned read = AWS_PHASE_BIT(AWS_PHASE_READ);
	if (whole_stack)
		return read | AWS_PHASE_BIT(AWS_PHASE_CREATE) | AWS_PHASE_BIT(AWS_PHASE_UPDATE) |
		       AWS_PHASE_BIT(AWS_PHASE_DELETE);
	if (c->forget)
		return 0;
	switch (c->action) {
	case ACTION_CREATE:
		/* a pending create is finished, or what it made found and deleted */
		return read | AWS_PHASE_BIT(AWS_PHASE_CREATE) |
		       (c->pending ? AWS_PHASE_BIT(AWS_PHASE_DELETE) : 0);
	case ACTION_UPDATE:
		return read | AWS_PHASE_BIT(AWS_PHASE_UPDATE);
	case ACTION_REPLACE:
		return read | AWS_PHASE_BIT(AWS_PHASE_CREATE) | AWS_PHASE_BIT(AWS_PHASE_DELETE);
	case ACTION_DELETE:
		return read | AWS_PHASE_BIT(AWS_PHASE_DELETE);
	case ACTION_NOOP:
		/* nothing in state (a destroy plan's resource never made) reads nothing */
		return c->id ? read : 0;
	}
	return read;
}

/* Where the ARNs of provider configuration `name` are. 0, or -1 with err. */
static int place_of(struct run *run, const char *name, struct aws_arn_place *at,
		    char **account, struct aws_client **client, struct strbuf *err)
{
	bool not_yet = false;
	struct provider_conn *pc = run_conn(run, name, "aws", &not_yet, err);
	*account = NULL;
	*client = NULL;
	if (!pc) {
		if (!not_yet)
			return -1;
		/* configured from what apply makes: nothing is known of it */
		strbuf_reset(err);
		*at = (struct aws_arn_place){ "*", "*", "*" };
		return 0;
	}
	*client = pc->client;
	const char *region = aws_client_region(pc->client);
	at->partition = aws_partition(region);
	at->region = region && *region ? region : "*";
	struct strbuf why = STRBUF_INIT;
	if (aws_client_account_id(pc->client, account, &why))
		*account = NULL;
	strbuf_release(&why);
	at->account = *account ? *account : "*";
	return 0;
}

/* The planned change at `address`, or NULL. */
static const struct planned_change *change_at(const struct plan *p, const char *address)
{
	for (size_t i = 0; i < p->n_changes; i++)
		if (!strcmp(p->changes[i].name, address))
			return &p->changes[i];
	return NULL;
}

/* The ARN of the role a stack's value `raw` names when the plan does not
 * know it yet: "${ROLE.arn}" or "${ROLE.name}" of an aws.iam.role of the
 * plan whose name is known (a new string), else NULL. `prefix` is the
 * module path of the resource that holds it ("module.net[0]." or ""). */
static char *role_of_reference(const struct plan *p, const char *prefix, const json_t *raw,
			       const struct aws_arn_place *at)
{
	const char *s = json_string_value(raw);
	size_t n = s ? strlen(s) : 0;
	if (n < 8 || strncmp(s, "${", 2) || s[n - 1] != '}')
		return NULL;
	const char *dot = NULL;
	for (const char *q = s + 2; q < s + n - 1; q++) {
		if (*q == '$' || *q == '{' || *q == '(' || *q == ' ')
			return NULL;
		if (*q == '.')
			dot = q;
	}
	if (!dot || (strncmp(dot, ".arn}", 5) && strncmp(dot, ".name}", 6)))
		return NULL;
	char *address = xasprintf("%s%.*s", prefix, (int)(dot - s - 2), s + 2);
	const struct planned_change *role = change_at(p, address);
	free(address);
	if (!role || strcmp(role->type, "aws.iam.role") || !role->after)
		return NULL;
	const char *name = json_string_value(json_object_get(role->after, "name"));
	const char *path = json_string_value(json_object_get(role->after, "path"));
	if (!name || strstr(name, "${"))
		return NULL;
	return xasprintf("arn:%s:iam::%s:role%s%s", at->partition, at->account,
			 path && *path ? path : "/", name);
}

/* In `now` (the planned value at dotted `path`, lists walked beside the
 * stack's `raw`), a role not known yet that `raw` names by a reference to a
 * role of the plan becomes that role's ARN. Returns the value to keep (now,
 * or a new string). */
static json_t *fill_role(const struct plan *p, const char *prefix, const json_t *raw, json_t *now,
			 const char *path, const struct aws_arn_place *at)
{
	if (!now || !raw)
		return now;
	if (json_is_array(now)) {
		if (!json_is_array(raw))
			return now;
		for (size_t i = 0; i < json_array_size(now); i++) {
			json_t *e = json_array_get(now, i);
			json_t *v = fill_role(p, prefix, json_array_get(raw, i), e, path, at);
			if (v != e)
				json_array_set_new(now, i, v);
		}
		return now;
	}
	if (*path) {
		size_t n = strcspn(path, ".");
		char key[64];
		snprintf(key, sizeof(key), "%.*s", (int)n, path);
		const char *rest = path + n + (path[n] == '.');
		json_t *child = json_is_object(now) ? json_object_get(now, key) : NULL;
		json_t *v = fill_role(p, prefix, json_is_object(raw) ? json_object_get(raw, key) : NULL,
				      child, rest, at);
		if (v != child)
			json_object_set_new(now, key, v);
		return now;
	}
	if (!value_is_unknown(now))
		return now;
	char *arn = role_of_reference(p, prefix, raw, at);
	if (!arn)
		return now;
	json_t *v = json_string(arn);
	free(arn);
	return v;
}

/* The stack's configuration of c's resource (borrowed), or NULL. */
static json_t *config_of(const struct plan *p, const struct planned_change *c)
{
	return json_object_get(json_object_get(json_object_get(p->snapshot, "resources"),
					       c->name), "config");
}

/* attrs (a new reference) with the roles that c passes filled in where the
 * plan knows them only through a reference to a role of the plan. */
static json_t *with_known_roles(const struct plan *p, const struct planned_change *c,
				const json_t *attrs, const struct aws_arn_place *at)
{
	json_t *config = config_of(p, c);
	json_t *out = json_deep_copy(attrs);
	if (!config || !out)
		return out;
	const char *last = strrchr(c->name, '.');
	char *prefix = xasprintf("%.*s", last ? (int)(last - c->name + 1) : 0, c->name);
	for (const struct aws_role_passing *r = aws_role_passing; r->type; r++) {
		if (strcmp(r->type, c->type))
			continue;
		for (const char *q = r->attrs; *q;) {
			size_t len = strcspn(q, ",");
			char path[128];
			snprintf(path, sizeof(path), "%.*s", (int)len, q);
			q += len + (q[len] == ',');
			while (*q == ' ')
				q++;
			fill_role(p, prefix, config, out, path, at);
		}
	}
	free(prefix);
	return out;
}

/* Add change c (for the aws provider configuration `only`, or any when
 * NULL) to ps. */
static int add_change(struct run *run, const struct plan *p, const struct planned_change *c,
		      bool whole_stack, const char *only, struct aws_permissions *ps,
		      struct strbuf *err)
{
	bool prior = c->prior_type && c->action == ACTION_REPLACE;
	/* The object now in state, deleted with its own type and provider. */
	for (int pass = 0; pass < (prior ? 2 : 1); pass++) {
		const char *type = pass ? c->type : prior ? c->prior_type : c->type;
		const char *provider = pass ? c->provider : prior ? c->prior_provider : c->provider;
		unsigned phases = phases_of(c, whole_stack);
		if (prior)
			phases = pass ? AWS_PHASE_BIT(AWS_PHASE_CREATE) | AWS_PHASE_BIT(AWS_PHASE_READ)
				      : AWS_PHASE_BIT(AWS_PHASE_DELETE) | AWS_PHASE_BIT(AWS_PHASE_READ);
		if (!phases || !aws_type(type) || (only && strcmp(only, provider)))
			continue;
		struct aws_arn_place at;
		struct aws_client *client;
		char *account;
		if (place_of(run, provider, &at, &account, &client, err))
			return -1;
		const json_t *attrs = c->after && (!prior || pass) ? c->after : c->before;
		/* a replacement's old object has the old names */
		if (c->action == ACTION_REPLACE && !prior && c->before)
			aws_permissions_add(ps, c->name, type, AWS_PHASE_BIT(AWS_PHASE_DELETE) |
					    AWS_PHASE_BIT(AWS_PHASE_READ), c->before, NULL, &at);
		json_t *known = attrs && (!prior || pass) ? with_known_roles(p, c, attrs, &at) : NULL;
		aws_permissions_add(ps, c->name, type, phases, known ? known : attrs,
				    attrs == c->after ? config_of(p, c) : NULL, &at);
		json_decref(known);
		/* what the state's settings still ask (a folder dropped: deleted) */
		if (c->before && attrs != c->before && (!prior || pass))
			aws_permissions_add_prior(ps, c->name, type, phases, c->before, &at);
		free(account);
	}
	return 0;
}

/* What the snapshot's aws lookups (data: entries) read, for the provider
 * configuration `only` (or any: NULL). */
static int add_lookups(struct run *run, const json_t *snapshot, const char *only,
		       struct aws_permissions *ps, struct strbuf *err)
{
	const char *name;
	json_t *d;
	json_object_foreach(json_object_get(snapshot, "data"), name, d) {
		const char *type = json_string_value(json_object_get(d, "type"));
		const char *provider = json_string_value(json_object_get(d, "provider"));
		if (!type || !provider || strncmp(type, "aws.", 4) || (only && strcmp(only, provider)))
			continue;
		struct aws_arn_place at;
		struct aws_client *client;
		char *account, *kind = xasprintf("data:%s", type);
		int rc = place_of(run, provider, &at, &account, &client, err);
		if (!rc)
			aws_permissions_add(ps, name, kind, AWS_PHASE_BIT(AWS_PHASE_READ), NULL, NULL,
					    &at);
		free(kind);
		free(account);
		if (rc)
			return -1;
	}
	return 0;
}

int policy_of_plan(struct run *run, const struct plan *p, bool whole_stack,
		   struct aws_permissions *ps, struct strbuf *err)
{
	for (size_t i = 0; i < p->n_changes; i++)
		if (add_change(run, p, &p->changes[i], whole_stack, NULL, ps, err))
			return -1;
	if (add_lookups(run, p->snapshot, NULL, ps, err))
		return -1;
	if (ps->n)
		aws_permissions_add_identity(ps);
	return 0;
}

void policy_print(const struct aws_permissions *ps)
{
	json_t *doc = aws_permissions_policy(ps);
	if (json_ui_on()) {
		json_ui_message("policy", "info", "The IAM policy this plan needs",
				json_pack("{s:O}", "policy", doc));
	} else {
		ui_print_json(stdout, doc);
	}
	json_decref(doc);
	/* what it cannot say (an awscc type's handlers): warnings, so that
	 * stdout stays the document alone */
	char **notes = aws_permissions_notes(ps);
	for (size_t i = 0; notes && notes[i]; i++) {
		ui_warn("%s", notes[i]);
		free(notes[i]);
	}
	free(notes);
}

/* A check of provider's permissions that cannot be made (why): an error
 * when `strict` (1), else one line saying it was skipped (0). */
static int not_checked(const char *provider, const char *why, bool strict)
{
	if (strict)
		return ui_error("Permissions check could not be made for provider %s: %s. Give the "
				"caller iam:SimulatePrincipalPolicy on itself, or -allow-unchecked to "
				"plan without the check", provider, why);
	ui_printf(stdout, "Permissions check skipped for provider %s: %s\n", provider, why);
	return 0;
}

/* Check ps (what provider configuration `provider` must be allowed) as its
 * caller: print each denial as an error (1), or, when every action is allowed
 * and `say_allowed`, one line saying so (0); when the check cannot be made,
 * *skipped set and not_checked's error (1) or line (0). */
static int check_provider(struct run *run, const char *provider, const struct aws_permissions *ps,
			  bool say_allowed, bool strict, bool *skipped)
{
	struct strbuf err = STRBUF_INIT, why = STRBUF_INIT;
	struct aws_arn_place at;
	struct aws_client *client = NULL;
	char *account = NULL;
	json_t *denied = NULL;
	int code = 0;
	if (place_of(run, provider, &at, &account, &client, &err) || !client) {
		code = not_checked(provider, client ? err.buf :
				   "it is configured from what the apply makes", strict);
		*skipped = true;
	} else if (ps->n && aws_permissions_simulate(client, ps, &denied, &why)) {
		code = not_checked(provider, why.buf, strict);
		*skipped = true;
	} else if (denied && json_array_size(denied)) {
		/* one line per resource and action, naming each ARN refused */
		json_t *lines = json_object(), *order = json_array();
		size_t x;
		json_t *d;
		json_array_foreach(denied, x, d) {
			char *key = xasprintf("%s: %s on ",
					      json_string_value(json_object_get(d, "address")),
					      json_string_value(json_object_get(d, "action")));
			json_t *arns = json_object_get(lines, key);
			if (!arns) {
				arns = json_array();
				json_object_set_new(lines, key, arns);
				json_array_append_new(order, json_pack("[s,s]", key,
					json_string_value(json_object_get(d, "decision"))));
			}
			json_array_append(arns, json_object_get(d, "resource"));
			free(key);
		}
		json_array_foreach(order, x, d) {
			const char *key = json_string_value(json_array_get(d, 0));
			struct strbuf arns = STRBUF_INIT;
			size_t y;
			json_t *arn;
			json_array_foreach(json_object_get(lines, key), y, arn)
				strbuf_addf(&arns, "%s%s", y ? ", " : "", json_string_value(arn));
			ui_error("%s%s is denied (%s)", key, arns.buf,
				 json_string_value(json_array_get(d, 1)));
			strbuf_release(&arns);
		}
		json_decref(lines);
		json_decref(order);
		code = 1;
	} else if (say_allowed) {
		ui_printf(stdout, "Permissions check: the caller may make every call this plan needs "
			  "of provider %s (%zu actions on resources simulated)\n", provider, ps->n);
	}
	free(account);
	json_decref(denied);
	strbuf_release(&err);
	strbuf_release(&why);
	return code;
}

int policy_check_refresh(struct run *run, bool strict, bool *skipped)
{
	json_t *resources = json_object_get(run->state, "resources"), *seen = json_object();
	json_t *sources[2] = { resources, json_object_get(run->snapshot, "data") };
	const char *address;
	json_t *r;
	int code = 0;
	*skipped = false;
	/* the aws provider configurations of the state's resources and the lookups */
	json_t *providers = json_array();
	for (int src = 0; src < 2; src++) {
		json_object_foreach(sources[src], address, r) {
			const char *type = json_string_value(json_object_get(r, "type"));
			const char *provider = json_string_value(json_object_get(r, "provider"));
			if (!type || !provider || !aws_type(type) || json_object_get(seen, provider))
				continue;
			json_object_set_new(seen, provider, json_true());
			json_array_append_new(providers, json_string(provider));
		}
	}
	size_t pi;
	json_t *pv;
	json_array_foreach(providers, pi, pv) {
		const char *provider = json_string_value(pv);
		struct aws_permissions ps = AWS_PERMISSIONS_INIT;
		struct strbuf err = STRBUF_INIT;
		const char *a2;
		json_t *r2;
		json_object_foreach(resources, a2, r2) {
			const char *t2 = json_string_value(json_object_get(r2, "type"));
			const char *p2 = json_string_value(json_object_get(r2, "provider"));
			struct aws_arn_place at;
			struct aws_client *client;
			char *account;
			if (!t2 || !p2 || strcmp(p2, provider) || !aws_type(t2))
				continue;
			if (place_of(run, provider, &at, &account, &client, &err))
				break;
			aws_permissions_add(&ps, a2, t2, AWS_PHASE_BIT(AWS_PHASE_READ),
					    json_object_get(r2, "attributes"), NULL, &at);
			free(account);
		}
		if (!err.len)
			add_lookups(run, run->snapshot, provider, &ps, &err);
		strbuf_release(&err);
		bool skip = false;
		if (check_provider(run, provider, &ps, false, strict, &skip))
			code = 1;
		*skipped = *skipped || skip;
		aws_permissions_release(&ps);
	}
	json_decref(providers);
	json_decref(seen);
	return code;
}

int policy_check(struct run *run, const struct plan *p, bool strict)
{
	int code = 0;
	/* One check per aws provider configuration the plan uses. */
	json_t *seen = json_object();
	for (size_t i = 0; i < p->n_changes; i++) {
		const struct planned_change *c = &p->changes[i];
		const char *names[2] = { c->provider, c->prior_provider };
		const char *types[2] = { c->type, c->prior_type };
		for (int k = 0; k < 2; k++) {
			if (!names[k] || !types[k] || !aws_type(types[k]) ||
			    json_object_get(seen, names[k]))
				continue;
			json_object_set_new(seen, names[k], json_true());
			struct aws_permissions ps = AWS_PERMISSIONS_INIT;
			struct strbuf err = STRBUF_INIT;
			int bad = 0;
			for (size_t j = 0; !bad && j < p->n_changes; j++)
				bad = add_change(run, p, &p->changes[j], false, names[k], &ps, &err);
			if (!bad)
				bad = add_lookups(run, p->snapshot, names[k], &ps, &err);
			bool skipped = false;
			if (bad) {
				if (not_checked(names[k], err.buf, strict))
					code = 1;
			} else if (check_provider(run, names[k], &ps, true, strict, &skipped)) {
				code = 1;
			}
			aws_permissions_release(&ps);
			strbuf_release(&err);
		}
	}
	json_decref(seen);
	return code;
}

/*
 * The state bucket's default KMS key (backend_s3_kms_key): S3 encrypts the
 * state, its lock, journal and history with it using the caller's
 * kms:GenerateDataKey, and decrypts them with its kms:Decrypt. A bucket
 * whose encryption cannot be read is said (a warning: the policy is still
 * printed, without them).
 */
static void add_backend_key(const struct cli_context *cx, const char *partition,
			    const char *region, struct aws_permissions *ps)
{
	struct strbuf err = STRBUF_INIT;
	char *key = NULL;
	if (backend_s3_kms_key(cx->backend, &key, &err)) {
		ui_warn("the state bucket's default encryption could not be read (%s): if it is a "
			"KMS key, the deploy role needs kms:GenerateDataKey and kms:Decrypt on it",
			err.buf);
	} else if (key) {
		/* a key id or alias is the bucket's region's, of the account the
		 * backend's ARN names ("*": the policy does not know it) */
		struct aws_arn_place at = { partition, region && *region ? region : "*", "*" };
		char *arn = aws_kms_key_arn(key, &at);
		aws_permissions_add_one(ps, "(state backend)", "kms:Decrypt", arn, NULL, NULL, NULL);
		aws_permissions_add_one(ps, "(state backend)", "kms:GenerateDataKey", arn, NULL, NULL,
					NULL);
		free(arn);
	}
	free(key);
	strbuf_release(&err);
}

/*
 * What the S3 backend the state of cx is in sends (plan/backend_s3.c): the
 * state object read and written (GetObject, PutObject), its lock created,
 * read and deleted, its journal records written, read and deleted
 * (DeleteObjects is s3:DeleteObject on each key), the previous state kept
 * under KEY.history/ (PutObject), and two listings of the bucket: the
 * journal's (KEY.journal/) and the workspaces' (env:/ beside the key, as
 * `workspace select` and a workspace's check that it exists list them):
 * s3:ListBucket with their prefixes as its s3:prefix condition; and the
 * bucket's default KMS key, if it has one (add_backend_key). Nothing for
 * the local backend. terrace's own sealing of the state uses a key terrace
 * holds (plan/encrypt.h), never KMS.
 */
static void add_backend(const struct cli_context *cx, struct aws_permissions *ps)
{
	const json_t *settings = cx->backend_settings;
	const char *type = json_string_value(json_object_get(settings, "type"));
	const char *bucket = json_string_value(json_object_get(settings, "bucket"));
	const char *key = json_string_value(json_object_get(settings, "key"));
	if (!type || strcmp(type, "s3") || !bucket || !key)
		return;
	const char *who = "(state backend)";
	const char *partition = aws_partition(json_string_value(json_object_get(settings,
									       "region")));
	char *state = xasprintf("arn:%s:s3:::%s/%s", partition, bucket, key);
	char *lock = xasprintf("%s.lock", state), *journal = xasprintf("%s.journal/*", state);
	char *history = xasprintf("%s.history/*", state);
	char *bucket_arn = xasprintf("arn:%s:s3:::%s", partition, bucket);
	const char *const objects[] = { state, lock, journal };
	for (size_t i = 0; i < 3; i++) {
		aws_permissions_add_one(ps, who, "s3:GetObject", objects[i], NULL, NULL, NULL);
		aws_permissions_add_one(ps, who, "s3:PutObject", objects[i], NULL, NULL, NULL);
		if (i)
			aws_permissions_add_one(ps, who, "s3:DeleteObject", objects[i], NULL, NULL,
						NULL);
	}
	aws_permissions_add_one(ps, who, "s3:PutObject", history, NULL, NULL, NULL);
	/* The workspaces' folder: under the stack's folder for a derived key,
	 * env:/ for a configured one (plan/state.h, backend_s3_default_key). */
	bool configured = json_string_value(json_object_get(cx->workspaces_settings, "key"));
	char *journal_prefix = xasprintf("%s.journal/*", key);
	char *ws_prefix = configured ? xstrdup("env:/*")
				     : xasprintf("%s/env:/*", cx->stack_name ? cx->stack_name
									      : "default");
	aws_permissions_add_one(ps, who, "s3:ListBucket", bucket_arn, "StringLike", "s3:prefix",
				journal_prefix);
	aws_permissions_add_one(ps, who, "s3:ListBucket", bucket_arn, "StringLike", "s3:prefix",
				ws_prefix);
	add_backend_key(cx, partition, json_string_value(json_object_get(settings, "region")), ps);
	free(journal_prefix);
	free(ws_prefix);
	free(state);
	free(lock);
	free(journal);
	free(history);
	free(bucket_arn);
}

/*
 * -with-check: iam:SimulatePrincipalPolicy for `plan -check-permissions`,
 * on the principal it simulates (aws_permissions_simulate): `principal`
 * (-principal ARN) when given, else the caller of each aws provider
 * configuration of plan p, as sts GetCallerIdentity names it (an assumed
 * role's session as its role). IAM authorizes the call on that ARN, so a
 * policy generated by another principal than the deploy one needs
 * -principal. 0, or -1 after printing why.
 */
static int add_check(struct run *run, const struct plan *p, const char *principal,
		     struct aws_permissions *ps)
{
	const char *who = "(plan -check-permissions)";
	if (principal) {
		char *arn = aws_principal_of(principal);
		aws_permissions_add_one(ps, who, "iam:SimulatePrincipalPolicy", arn, NULL, NULL, NULL);
		free(arn);
		return 0;
	}
	json_t *seen = json_object();
	int rc = 0;
	for (size_t i = 0; i < p->n_changes && !rc; i++) {
		const struct planned_change *c = &p->changes[i];
		if (!aws_type(c->type) || json_object_get(seen, c->provider))
			continue;
		json_object_set_new(seen, c->provider, json_true());
		struct strbuf err = STRBUF_INIT;
		struct aws_arn_place at;
		struct aws_client *client = NULL;
		struct aws_caller_identity id = { 0 };
		char *account = NULL;
		if (place_of(run, c->provider, &at, &account, &client, &err) || !client ||
		    aws_client_caller_identity(client, &id, &err) || !id.arn || !*id.arn) {
			ui_error("-with-check: the caller of provider %s is not known (%s): name the "
				 "deploy principal with -principal ARN", c->provider,
				 err.len ? err.buf : "it is configured from what the apply makes");
			rc = -1;
		} else {
			char *arn = aws_principal_of(id.arn);
			aws_permissions_add_one(ps, who, "iam:SimulatePrincipalPolicy", arn, NULL, NULL,
						NULL);
			free(arn);
		}
		aws_caller_identity_release(&id);
		free(account);
		strbuf_release(&err);
	}
	json_decref(seen);
	return rc;
}

/* What `terrace policy` adds beyond the stack's own: -with-check's
 * principal (NULL: no check), or "" for the caller's own. */
struct policy_asks {
	const char *check;
};

/* Add what workspace `ws` (NULL: the selected one) needs to ps: the whole
 * stack as it plans there, and its state's backend. 0, or -1 after
 * printing why. */
static int add_workspace(const struct cli_setup *o, const char *ws, const struct policy_asks *asks,
			 struct aws_permissions *ps)
{
	struct cli_context cx = { 0 };
	struct diags d = DIAGS_INIT;
	struct plan *p = NULL;
	struct strbuf err = STRBUF_INIT;
	int rc = -1;
	if (ctx_open_in(&cx, o, "policy", ws, &d))
		goto done;
	struct plan_options po = { false, o->refresh, o->targets.items, false, NULL };
	if (plan_make(&cx.run, &po, &p, &d))
		goto done;
	if (policy_of_plan(&cx.run, p, true, ps, &err)) {
		ui_error("%s", err.buf);
		goto done;
	}
	add_backend(&cx, ps);
	if (asks->check && add_check(&cx.run, p, *asks->check ? asks->check : NULL, ps))
		goto done;
	rc = 0;
done:
	if (ui_diags(&d))
		rc = -1;
	strbuf_release(&err);
	plan_free(p);
	diags_free(&d);
	ctx_release(&cx);
	return rc;
}

/*
 * The workspaces -all-workspaces names: every one the backend holds a state
 * of, in the order it lists them, after "default" when its state holds a
 * resource or there is no other (a stack deployed to dev and prod only has
 * an empty default, whose names no deploy role needs). -1 after printing
 * why.
 */
static int all_workspaces(const struct cli_setup *o, json_t *names)
{
	struct cli_context cx = { 0 };
	struct diags d = DIAGS_INIT;
	struct cli_setup unlocked = *o;
	unlocked.lock = false;
	json_t *others = json_array();
	int rc = -1;
	if (ctx_open_in(&cx, &unlocked, "policy", "default", &d) ||
	    ws_list(cx.backend, cx.state_path, others))
		goto done;
	if (json_object_size(json_object_get(cx.run.state, "resources")) ||
	    !json_array_size(others))
		json_array_append_new(names, json_string("default"));
	json_array_extend(names, others);
	rc = 0;
done:
	if (ui_diags(&d))
		rc = -1;
	json_decref(others);
	diags_free(&d);
	ctx_release(&cx);
	return rc;
}

int cmd_policy(int argc, char **argv)
{
	struct cli_setup o;
	struct cli_list workspaces = { 0 }, envs = { 0 };
	bool every = false, with_check = false, iam_listing = false;
	const char *principal = NULL;
	const struct cli_option options[] = {
		OPT_SETUP(SETUP_STACK | SETUP_STATE | SETUP_VARS | SETUP_TARGET | SETUP_PARALLELISM |
			  SETUP_LOCK | SETUP_BACKEND_CONFIG | SETUP_REFRESH | SETUP_INPUT |
			  SETUP_NO_COLOR),
		OPT_LIST("env", "NAME", "the policy of the stack's environment NAME (repeatable: one "
			 "policy for every environment named; also TERRACE_ENV)", &envs),
		OPT_LIST("workspace", "NAME", "the policy of workspace NAME (repeatable: one policy "
			 "for every workspace named, their ARNs merged); default: the selected one",
			 &workspaces),
		OPT_BOOL("all-workspaces", "the policy of every workspace the backend holds a state "
			 "of (default only when its state has resources)", &every),
		OPT_BOOL("with-check", "add iam:SimulatePrincipalPolicy on the deploy principal, "
			 "for `plan -check-permissions`", &with_check),
		OPT_STRING("principal", "ARN", "with -with-check: the deploy principal (a user's or "
			   "role's ARN); default: the caller's own (sts GetCallerIdentity)",
			   &principal),
		OPT_BOOL("with-iam-listing", "add the account-wide IAM reads of a refresh by "
			 "listing (iam:GetAccountAuthorizationDetails, iam:ListRoles on *); without "
			 "them a refresh reads each IAM resource by name", &iam_listing),
		OPT_END(),
	};
	enum cli_parsed parsed = cli_parse(&policy_cmd, options, argc, argv, &o);
	if (parsed != CLI_RUN)
		return CLI_EXIT_CODE(parsed);
	/* stdout is the policy document alone: `terrace policy > deploy.json` */
	ui_progress_to_stderr();
	struct aws_permissions ps = AWS_PERMISSIONS_INIT;
	struct policy_asks asks = { with_check ? principal ? principal : "" : NULL };
	json_t *names = json_array();
	int code = 1;
	ps.iam_listing = iam_listing;
	if (principal && !with_check) {
		ui_error("-principal is an option of -with-check: add it");
		goto done;
	}
	if (envs.n)
		o.env = envs.items[envs.n - 1];
	if ((workspaces.n || every) && env_requested(&o)) {
		ui_error("-workspace and -all-workspaces name workspaces, -env (or TERRACE_ENV) "
			 "environments: give one of them");
		goto done;
	}
	if (workspaces.n && every) {
		ui_error("-workspace and -all-workspaces: give one of them");
		goto done;
	}
	for (size_t i = 0; i < workspaces.n; i++) {
		if (!ws_name_valid(workspaces.items[i])) {
			ws_invalid_name(workspaces.items[i], " (-workspace)");
			goto done;
		}
		json_array_append_new(names, json_string(workspaces.items[i]));
	}
	if (every && all_workspaces(&o, names))
		goto done;
	/* each environment in turn: its own workspace, perhaps its own backend */
	for (size_t e = 0; e < envs.n; e++) {
		struct cli_setup in_env = o;
		in_env.env = envs.items[e];
		if (add_workspace(&in_env, NULL, &asks, &ps))
			goto done;
	}
	if (!envs.n && !json_array_size(names) && add_workspace(&o, NULL, &asks, &ps))
		goto done;
	size_t i;
	json_t *name;
	json_array_foreach(names, i, name) {
		if (add_workspace(&o, json_string_value(name), &asks, &ps))
			goto done;
	}
	policy_print(&ps);
	code = 0;
done:
	json_decref(names);
	aws_permissions_release(&ps);
	cli_list_release(&workspaces);
	cli_list_release(&envs);
	o.env = NULL;
	cli_setup_release(&o);
	return code;
}
