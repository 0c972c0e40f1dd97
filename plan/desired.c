/*
 * desired.c: a resource's desired attributes as a plan and an import compute
 * them (plan_desired_attrs): its configuration evaluated, the provider's
 * constraints checked, terrace's own tags and the environment's rules
 * added (plan_add_stack_tags), then the type's plan_desired hook; what the
 * provider's checks refuse or warn of in evaluated values, said where the
 * stack writes the attribute (plan_warn_values), also for `terrace
 * validate` with variables given (plan_check_values), through the one entry
 * to the checks (provider/checks.h); and what
 * a refresh carries over from the prior attributes (plan_carry_config_only);
 * and which of the desired values plan may read as literals
 * (plan_literal_attrs): none that comes from a resource of the stack.
 */
#include "plan/plan.h"
#include "plan/eval.h"
#include "provider/checks.h"
#include "provider/base/log.h"
#include "stacks/expand.h"

#include <stdlib.h>
#include <string.h>

void plan_carry_config_only(const struct resource_type *rt, const json_t *prior, json_t *now)
{
	for (const struct attr_schema *a = rt->attrs; a->name; a++) {
		json_t *p = json_object_get(prior, a->name);
		if (!p)
			continue;
		if ((a->flags & ATTR_CONFIG_ONLY) || (value_is_hashed(p) && !json_object_get(now, a->name)))
			json_object_set(now, a->name, p);
	}
}

char *plan_attr_pos(const json_t *res, const char *attr, struct src_pos *pos)
{
	size_t n = attr ? strcspn(attr, ".[") : 0;
	char *top = xstrndup(attr ? attr : "", n);
	const char *at = json_string_value(json_object_get(json_object_get(res, "attrs_at"), top));
	free(top);
	return n ? plan_pos_parse(at, pos) : NULL;
}

char *plan_pos_parse(const char *at, struct src_pos *pos)
{
	char *file = at ? xstrdup(at) : NULL;
	char *c2 = file ? strrchr(file, ':') : NULL, *c1 = NULL;
	if (c2) {
		*c2 = '\0';
		c1 = strrchr(file, ':');
	}
	if (!c1) {
		free(file);
		return NULL;
	}
	*c1 = '\0';
	pos->file = file;
	pos->line = atoi(c1 + 1);
	pos->col = atoi(c2 + 1);
	return file;
}

/* Where plan says what the checks found in a resource's evaluated values:
 * at the attribute's file:line:col, as validate says it of a value written
 * there; with written_said, only what the checks do not find in the
 * resource as the stack writes it (validate has said that): a finding that
 * needs a variable's value, wherever the attribute at fault is written
 * (a literal one whose row's condition reads a variable's is one). */
struct values_found {
	const char *name;
	const struct resource_type *rt;
	const json_t *res;
	const json_t *written_said; /* "E:message"/"W:message" -> true */
	struct diags *d;
	bool refused; /* an error was reported */
};

static char *finding_key(const struct check_finding *found)
{
	return xasprintf("%c:%s", found->warning ? 'W' : 'E', found->message);
}

static void keep_written_finding(void *ctx, const struct check_finding *found)
{
	char *key = finding_key(found);
	json_object_set_new(ctx, key, json_true());
	free(key);
}

static void report_value(void *ctx, const struct check_finding *found)
{
	struct values_found *v = ctx;
	struct src_pos pos = { NULL, 0, 0 };
	char *file;
	if (v->written_said) {
		char *key = finding_key(found);
		bool said = json_object_get(v->written_said, key) != NULL;
		free(key);
		if (said)
			return;
	}
	if (found->warning && diags_warned(v->d, found->message))
		return;
	file = plan_attr_pos(v->res, found->attr, &pos);
	if (found->warning)
		diag_warnf(v->d, file ? &pos : NULL, "resource \"%s\" (%s): %s", v->name,
			   v->rt->name, found->message);
	else if (file)
		diag_errorf(v->d, &pos, "resource \"%s\" (%s): %s", v->name, v->rt->name,
			    found->message);
	else
		diag_subject_errorf(v->d, NULL, "resource %s: %s: %s", v->name, v->rt->name,
				    found->message);
	v->refused |= !found->warning;
	free(file);
}

const json_t *plan_provider_config(const json_t *snapshot, const json_t *res)
{
	const char *name = json_string_value(json_object_get(res, "provider"));
	const json_t *p = name ? json_object_get(json_object_get(snapshot, "providers"), name)
			       : NULL;
	return json_object_get(p, "config");
}

/* The checks of scopes (CHECK_OWN, CHECK_WARNINGS) on resource name's
 * evaluated attributes, reported where the stack writes them. -1 when
 * one refused them. */
static int check_values(const char *name, const struct resource_type *rt, const json_t *res,
			const json_t *provider, const json_t *prior, bool may_exist,
			const json_t *desired, bool only_expressions, unsigned scopes,
			struct diags *d)
{
	json_t *written_said = only_expressions ? json_object() : NULL;
	struct values_found v = { name, rt, res, written_said, d, false };
	struct check_subject one = { .resource = { .name = name, .type = rt->name, .rtype = rt },
				     .attrs = desired, .provider_config = provider, .prior = prior,
				     .may_exist = may_exist };
	struct check_request req = { CHECK_AS_KNOWN, scopes, &one, 1, report_value, &v };
	if (written_said) {
		struct check_subject as_written = one;
		as_written.attrs = json_object_get(res, "config");
		as_written.prior = NULL; /* as validate judges it */
		as_written.may_exist = true;
		struct check_request written = { CHECK_AS_WRITTEN, scopes, &as_written, 1,
						 keep_written_finding, written_said };
		provider_checks_run(&written);
	}
	provider_checks_run(&req);
	json_decref(written_said);
	return v.refused ? -1 : 0;
}

void plan_warn_values(const char *name, const struct resource_type *rt, const json_t *res,
		      const json_t *provider, const json_t *prior, const json_t *desired,
		      bool only_expressions, struct diags *d)
{
	check_values(name, rt, res, provider, prior, false, desired, only_expressions,
		     CHECK_WARNINGS, d);
}

/* What is known of another resource when no plan is made (validate with
 * the variables given): it exists, its attributes are not known. */
static const json_t *nothing_known(void *ctx, const char *name, const json_t **sens,
				   bool *exists)
{
	const json_t *snapshot = ctx;
	(void)sens;
	*exists = json_object_get(json_object_get(snapshot, address_is_lookup(name)
						  ? "data" : "resources"), name) != NULL;
	return NULL;
}

int plan_check_values(const json_t *snapshot, struct diags *d)
{
	struct eval_scope sc = { snapshot, nothing_known, (void *)snapshot, NULL };
	const char *name;
	json_t *res;
	int rc = 0;
	json_object_foreach(json_object_get(snapshot, "resources"), name, res) {
		const char *type = json_string_value(json_object_get(res, "type"));
		const struct resource_type *rt = type ? resource_type_find(type, NULL) : NULL;
		struct strbuf err = STRBUF_INIT;
		json_t *sensitive = NULL, *desired;
		const char *failed = NULL;
		struct src_pos pos;
		char *file = NULL;
		if (!rt) /* validate said so */
			continue;
		desired = eval_resource_at(&sc, name, rt->attrs, json_object_get(res, "config"),
					   &sensitive, &failed, &err);
		/* Other resources' attributes are unknown here, so what fails
		 * fails on the values given (a function refusing one), as plan
		 * would say it: at the attribute, with the value. */
		if (!desired && failed && (file = plan_attr_pos(res, failed, &pos))) {
			diag_errorf(d, &pos, "%s", err.buf);
			rc = -1;
		}
		free(file);
		if (desired && check_values(name, rt, res, plan_provider_config(snapshot, res),
					    NULL, true, desired, true, CHECK_OWN | CHECK_WARNINGS,
					    d))
			rc = -1;
		json_decref(desired);
		json_decref(sensitive);
		strbuf_release(&err);
	}
	return rc;
}

/* What the constraints say of evaluated values, for a message of plan's
 * or of apply's audit: the first refusal's words and attribute. */
struct refusal {
	struct strbuf *err;
	const char *attr;
	bool refused;
};

static void keep_refusal(void *ctx, const struct check_finding *found)
{
	struct refusal *r = ctx;
	if (found->warning || r->refused)
		return;
	strbuf_addstr(r->err, found->message);
	r->attr = found->attr;
	r->refused = true;
}

/* The constraints on desired at moment: -1 with err the message (without
 * the type) and *attr the attribute at fault (NULL: none named). */
static int refused_values(enum check_moment moment, const struct resource_type *rt,
			  const json_t *provider, const json_t *prior, const json_t *desired,
			  const char **attr, struct strbuf *err)
{
	struct refusal r = { err, NULL, false };
	struct check_subject one = { .resource = { .type = rt->name, .rtype = rt },
				     .attrs = desired, .provider_config = provider, .prior = prior };
	struct check_request req = { moment, CHECK_OWN, &one, 1, keep_refusal, &r };
	provider_checks_run(&req);
	*attr = r.attr;
	return r.refused ? -1 : 0;
}

/* The constraints on desired: with attr (plan), err without the type and
 * *attr the attribute at fault ("" for the whole resource); without
 * (apply's audit, import, build), as plan_check_constraints. */
static int constraints_refuse(const struct resource_type *rt, const json_t *provider,
			      const json_t *prior, const json_t *desired, const char **attr,
			      struct strbuf *err)
{
	if (!attr)
		return plan_check_constraints(rt, provider, prior, desired, err);
	if (!refused_values(CHECK_AS_KNOWN, rt, provider, prior, desired, attr, err))
		return 0;
	if (!*attr)
		*attr = "";
	return -1;
}

json_t *plan_desired_attrs(const struct eval_scope *sc, const char *name,
			   const struct resource_type *rt, const json_t *res, const json_t *prior,
			   pthread_mutex_t *mu, json_t **sensitive, bool *evaluated,
			   const char **attr, struct strbuf *err)
{
	const json_t *config = json_object_get(res, "config");
	if (mu)
		pthread_mutex_lock(mu);
	const char *failed = NULL;
	json_t *desired = eval_resource_at(sc, name, rt->attrs, config, sensitive, &failed, err);
	if (mu)
		pthread_mutex_unlock(mu);
	if (evaluated)
		*evaluated = desired != NULL;
	/* The provider's checks see the values as the stack gives them, before
	 * the type derives anything from them (plan_desired), as validate
	 * sees them written; but with what terrace itself adds to the request
	 * (its tags, and a development environment's two more and its names),
	 * which count against AWS's limits as the stack's own do. */
	if (attr)
		*attr = failed; /* the attribute evaluation failed at, if it did */
	if (desired && (plan_add_stack_tags(sc->snapshot, rt, config, desired, err) ||
			constraints_refuse(rt, plan_provider_config(sc->snapshot, res), prior, desired,
					   attr, err) ||
			(rt->plan_desired && rt->plan_desired(desired, prior, err)))) {
		json_decref(desired);
		desired = NULL;
	}
	return desired;
}

int plan_check_constraints(const struct resource_type *rt, const json_t *provider,
			   const json_t *prior, const json_t *desired, struct strbuf *err)
{
	const char *attr = NULL;
	if (!refused_values(CHECK_AS_SENT, rt, provider, prior, desired, &attr, err))
		return 0;
	strbuf_prefixf(err, "%s: ", rt->name);
	return -1;
}

/* ---- what plan may read as a literal ---- */

/* A scope that answers every resource of the stack as not known yet (its
 * attributes and its id), and everything else (variables, locals, module
 * inputs and outputs, each.value, lookups) as the scope it wraps does. */
static const json_t *withheld_attrs(void *ctx, const char *name, const json_t **sensitive,
				    bool *exists)
{
	const struct eval_scope *in = ctx;
	const json_t *attrs = in->resource_attrs(in->ctx, name, sensitive, exists);
	return address_is_lookup(name) ? attrs : NULL;
}

/* desired with each value that lit (desired's evaluation with the stack's
 * resources withheld) has unknown made unknown: a new value. Where lit
 * says nothing (a key terrace adds, a list the type reshaped), desired's
 * value stays. */
static json_t *masked(const json_t *desired, const json_t *lit)
{
	if (lit && value_is_unknown(lit))
		return value_unknown();
	if (json_is_object(desired) && json_is_object(lit) && !value_is_unknown(desired)) {
		json_t *out = json_object();
		const char *k;
		json_t *v;
		json_object_foreach((json_t *)desired, k, v)
			json_object_set_new(out, k, masked(v, json_object_get(lit, k)));
		return out;
	}
	if (json_is_array(desired) && json_is_array(lit)) {
		if (json_array_size(desired) != json_array_size(lit))
			return value_contains_unknown(lit) ? value_unknown() : json_deep_copy(desired);
		json_t *out = json_array();
		size_t i;
		json_t *v;
		json_array_foreach(desired, i, v)
			json_array_append_new(out, masked(v, json_array_get(lit, i)));
		return out;
	}
	return json_deep_copy(desired);
}

/* Whether res depends on a resource of the stack (not only on lookups):
 * its "dependencies", which follow locals, modules and for_each. */
static bool uses_a_resource(const json_t *res)
{
	size_t i;
	json_t *dep;
	json_array_foreach(json_object_get(res, "dependencies"), i, dep)
		if (json_is_string(dep) && !address_is_lookup(json_string_value(dep)))
			return true;
	return false;
}

json_t *plan_stack_names(const json_t *snap_res)
{
	json_t *names = json_object(), *res;
	const char *address;
	json_object_foreach((json_t *)snap_res, address, res) {
		const char *type = json_string_value(json_object_get(res, "type"));
		const char *attr = type ? plan_name_attr(type) : NULL;
		const char *made = attr ? json_string_value(json_object_get(
						  json_object_get(res, "config"), attr))
					: NULL;
		if (made && *made && !strstr(made, "${"))
			json_object_set_new(names, made, json_true());
	}
	return names;
}

/* Whether s is one of names, or an ARN whose last part (after its last '/',
 * else its last ':') is. */
static bool names_one_of(const char *s, const json_t *names)
{
	const char *last;
	if (json_object_get(names, s))
		return true;
	if (strncmp(s, "arn:", 4))
		return false;
	last = strrchr(s, '/');
	last = last ? last : strrchr(s, ':');
	return last && json_object_get(names, last + 1);
}

json_t *plan_without_stack_names(const json_t *lit, const json_t *names)
{
	const char *k;
	json_t *v, *out;
	size_t i;
	if (json_is_string(lit))
		return names_one_of(json_string_value(lit), names) ? value_unknown()
								   : json_incref((json_t *)lit);
	if (json_is_object(lit) && !value_is_unknown(lit)) {
		out = json_object();
		json_object_foreach((json_t *)lit, k, v)
			json_object_set_new(out, k, plan_without_stack_names(v, names));
		return out;
	}
	if (json_is_array(lit)) {
		out = json_array();
		json_array_foreach(lit, i, v)
			json_array_append_new(out, plan_without_stack_names(v, names));
		return out;
	}
	return json_incref((json_t *)lit);
}

json_t *plan_literal_attrs(const struct eval_scope *sc, const char *name,
			   const struct resource_type *rt, const json_t *res, const json_t *desired)
{
	struct eval_scope withheld = { sc->snapshot, withheld_attrs, (void *)sc, NULL };
	const json_t *config = json_object_get(res, "config");
	if (!uses_a_resource(res))
		return json_incref((json_t *)desired); /* every value is its own */
	json_t *sensitive = NULL;
	const char *failed = NULL;
	struct strbuf err = STRBUF_INIT;
	json_t *lit = eval_resource_at(&withheld, name, rt->attrs, config, &sensitive, &failed,
				       &err);
	json_decref(sensitive);
	if (!lit) {
		/* what cannot be told apart is not read (the message is not
		 * logged: it may quote a value) */
		log_debugf("%s: nothing read as a literal at plan: %s does not evaluate without "
			   "the stack's resources", name, failed ? failed : "its configuration");
		strbuf_release(&err);
		return value_unknown();
	}
	/* in desired's shape: terrace's tags, the type's own derivations (a
	 * failure of either on what is withheld leaves the evaluation's) */
	json_t *shaped = json_deep_copy(lit);
	if (!plan_add_stack_tags(sc->snapshot, rt, config, shaped, &err) &&
	    (!rt->plan_desired || !rt->plan_desired(shaped, NULL, &err))) {
		json_decref(lit);
		lit = shaped;
	} else {
		json_decref(shaped);
	}
	strbuf_release(&err);
	json_t *out = masked(desired, lit);
	json_decref(lit);
	return out;
}
