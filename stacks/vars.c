/*
 * vars.c: variable values: stack_resolve_variables_as() (defaults, then
 * TERRACE_VAR_<name> or, when it is not set, TF_VAR_<name>, then -var-file
 * files, then -var arguments, later ones winning), each converted to the
 * variable's type (stacks/var_type.h) where it is given, a number given
 * for a string written in an edition's text, null handled as nullable
 * says; then stack_judge_variables(): the variables' validation rules,
 * with an edition's function results.
 *
 * Messages name the variable and where the value came from; they show a
 * value that does not convert only when the variable is not sensitive.
 */
#include "stacks/stack.h"
#include "stacks/stack_internal.h"
#include "provider/provider.h"
#include "provider/base/redact.h"
#include "stacks/expr_path.h"
#include "stacks/yaml.h"
#include "stacks/var_type.h"
#include "stacks/expr.h"

#include <stdlib.h>
#include <string.h>

static void unknown_variable(const struct stack *s, struct diags *d, const struct src_pos *pos,
			     const char *source, const char *name)
{
	diag_errorf(d, pos, "%s%sunknown variable \"%s\"", source ? source : "", source ? ": " : "",
		    name);
	const char **names = xcalloc(s->n_vars + 1, sizeof(*names));
	for (size_t i = 0; i < s->n_vars; i++)
		names[i] = s->vars[i].name;
	const char *hint = diag_suggest(name, names, s->n_vars);
	if (hint)
		diag_set_detail(d, "did you mean \"%s\"?", hint);
	free(names);
}

/* What the values are resolved with: the edition whose text a number
 * given for a string gets; the variables whose value (the one that wins)
 * has such a text that depends on it: name -> true. */
struct resolving {
	enum func_edition edition;
	json_t *by_edition;
};

/* The default as written (a type converted it when loaded: again here,
 * with the edition's text; an environment's value takes its place). */
static const json_t *default_given(const struct stack_variable *var)
{
	return var->default_written ? var->default_written : var->default_value;
}

/* Convert v to the variable's type and store it, noting where it came from
 * (sources: name -> "-var x=...", "vars.yaml:3:7", ...); errors name the
 * source (NULL when the position already says it: a var file), at the
 * node refused when positions (those of v's file, or NULL) know it. */
static void set_value(const struct resolving *r, json_t *values, json_t *sources,
		      const struct stack_variable *var, const json_t *v, const char *source,
		      bool text, const struct src_pos *pos, const struct yaml_positions *positions,
		      struct diags *d)
{
	struct strbuf why = STRBUF_INIT;
	char *path = xasprintf("var.%s", var->name);
	const json_t *at = NULL;
	bool by_edition = false;
	/* A secret from here on, in every message of the run: validate's
	 * too, and one saying why the value is refused. */
	if (var->sensitive)
		redact_add_value(v);
	json_t *converted = var_type_convert_as(var->type_tree, v, path, var->sensitive, text,
						&at, r->edition, &by_edition, &why);
	const char *prefix = source ? source : "";
	const char *sep = source ? ": " : "";
	if (converted && json_is_null(converted) && !var->nullable) {
		/* nullable: false, as in Terraform: null takes the default. */
		json_decref(converted);
		const json_t *dflt = default_given(var);
		converted = dflt && !json_is_null(dflt)
			    ? var_type_convert_as(var->type_tree, dflt, path, var->sensitive, false,
						  NULL, r->edition, &by_edition, &why) : NULL;
		if (!converted)
			strbuf_addf(&why, "variable \"%s\" must not be null (nullable: false) and "
				    "has no default to take its place", var->name);
	}
	free(path);
	const struct src_pos *inner = at && positions ? yaml_pos_of(positions, at) : NULL;
	if (!converted) {
		diag_errorf(d, inner && inner->line ? inner : pos, "%s%s%s", prefix, sep, why.buf);
		/* Refused, not missing: no "has no value" after this. */
		json_object_set_new(values, var->name, value_unknown());
	} else {
		json_object_set_new(values, var->name, converted);
		if (by_edition)
			json_object_set_new(r->by_edition, var->name, json_true());
		else
			json_object_del(r->by_edition, var->name);
		if (source)
			json_object_set_new(sources, var->name, json_string(source));
		else if (pos && pos->line)
			json_object_set_new(sources, var->name,
					    json_sprintf("%s:%d:%d", pos->file, pos->line, pos->col));
	}
	strbuf_release(&why);
}

static void apply_var_file(const struct resolving *r, const struct stack *s, const char *path,
			   json_t *values, json_t *sources, struct diags *d)
{
	struct yaml_positions *positions = yaml_positions_new();
	json_t *doc = NULL;
	if (yaml_load_file(path, positions, &doc, d) < 0)
		goto done;
	if (json_is_null(doc))
		goto done;
	if (!json_is_object(doc)) {
		diag_errorf(d, yaml_pos_of(positions, doc),
			    "a variable file must be a map of NAME: value, got %s",
			    yaml_type_name(doc));
		goto done;
	}
	const char *name;
	json_t *v;
	json_object_foreach(doc, name, v) {
		const struct src_pos *kpos = yaml_key_pos(positions, doc, name);
		const struct stack_variable *var = stack_find_variable(s, name);
		if (!var) {
			unknown_variable(s, d, kpos, NULL, name);
			continue;
		}
		const struct src_pos *vpos = yaml_pos_of(positions, v);
		set_value(r, values, sources, var, v, NULL, false, vpos ? vpos : kpos, positions,
			  d);
	}
done:
	json_decref(doc);
	yaml_positions_free(positions);
}

static void apply_var_arg(const struct resolving *r, const struct stack *s, const char *arg,
			  json_t *values, json_t *sources, struct diags *d)
{
	const char *eq = strchr(arg, '=');
	if (!eq || eq == arg) {
		diag_errorf(d, NULL, "invalid -var \"%s\": expected NAME=VALUE", eq ? "=..." : arg);
		return;
	}
	char *name = xstrndup(arg, (size_t)(eq - arg));
	char *source = xasprintf("-var %s=...", name);
	const struct stack_variable *var = stack_find_variable(s, name);
	if (!var) {
		unknown_variable(s, d, NULL, "-var", name);
	} else {
		json_t *v = json_string(eq + 1);
		if (!v)
			diag_errorf(d, NULL, "%s: the value is not valid UTF-8", source);
		else
			set_value(r, values, sources, var, v, source, true, NULL, NULL, d);
		json_decref(v);
	}
	free(source);
	free(name);
}

/* What a validation condition is judged with: the stack and the values. */
struct judging {
	const struct stack *s;
	const json_t *values;
};

/* var.NAME... inside a validation condition: the values resolved. */
static int resolve_var(void *ctx, const struct expr_ref *ref, json_t **out, json_t **sensitive,
		       struct strbuf *err)
{
	const struct stack *s = ((const struct judging *)ctx)->s;
	const json_t *values = ((const struct judging *)ctx)->values;
	if (strcmp(ref->root, "var") || !ref->path) {
		strbuf_addstr(err, "a validation condition may use variables only (var.NAME)");
		return -1;
	}
	size_t n = strcspn(ref->path, ".[");
	char *name = xstrndup(ref->path, n);
	const struct stack_variable *var = stack_find_variable(s, name);
	free(name);
	if (!var) {
		strbuf_addf(err, "unknown variable \"%.*s\"", (int)n, ref->path);
		return -1;
	}
	if (var->sensitive)
		*sensitive = json_true();
	if (!json_object_get(values, var->name)) {
		/* No value (an error said so): the rule waits, as for an unknown. */
		*out = value_unknown();
		return 0;
	}
	const json_t *v = expr_path_get(values, ref->path, err);
	if (!v)
		return -1;
	*out = json_deep_copy(v);
	return 0;
}

/* "; var.workers is 3, var.pin is (sensitive)": the variables a condition
 * uses and their values, as Terraform shows them. */
static void describe_refs(const struct stack *s, const json_t *values, const json_t *cond,
			  struct strbuf *out)
{
	struct expr_refs refs = { 0 };
	struct diags ignored = DIAGS_INIT;
	expr_collect_refs(cond, NULL, NULL, &refs, &ignored);
	json_t *seen = json_object();
	for (size_t i = 0; i < refs.n; i++) {
		if (strcmp(refs.items[i].root, "var") || !refs.items[i].path)
			continue;
		const char *path = refs.items[i].path;
		char *name = xstrndup(path, strcspn(path, ".["));
		const struct stack_variable *var = stack_find_variable(s, name);
		const json_t *v = json_object_get(values, name);
		if (var && v && !json_object_get(seen, name)) {
			json_object_set_new(seen, name, json_true());
			strbuf_addf(out, "%svar.%s is ", json_object_size(seen) == 1 ? "; " : ", ",
				    name);
			char *text = var->sensitive ? NULL
				   : json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT);
			if (!text)
				strbuf_addstr(out, "(sensitive)");
			else if (strlen(text) > 60)
				strbuf_addf(out, "%.57s...", text);
			else
				strbuf_addstr(out, text);
			free(text);
		}
		free(name);
	}
	json_decref(seen);
	expr_refs_free(&refs);
	diags_free(&ignored);
}

int stack_judge_variables(const struct stack *s, const json_t *values, const json_t *sources,
			  enum func_edition edition, struct diags *d)
{
	struct diags local = DIAGS_INIT;
	struct judging judging = { s, values };
	void *ctx = &judging;
	for (size_t i = 0; i < s->n_vars; i++) {
		const struct stack_variable *var = &s->vars[i];
		const json_t *value = json_object_get(values, var->name);
		if (!value || value_contains_unknown(value))
			continue;
		const char *source = json_string_value(json_object_get(sources, var->name));
		size_t k;
		json_t *rule;
		json_array_foreach(var->validations, k, rule) {
			const json_t *cond = json_object_get(rule, "condition");
			const struct src_pos *at = stack_pos_of(s, cond);
			if (!at)
				at = &var->pos;
			struct strbuf err = STRBUF_INIT;
			bool secret = false;
			json_t *ok = expr_eval_as(cond, resolve_var, ctx, edition, &secret, &err);
			if (!ok) {
				diag_errorf(&local, at, "variable \"%s\": the validation condition cannot be "
					    "evaluated: %s", var->name, err.buf);
			} else if (value_contains_unknown(ok)) {
				/* judged once the value is known */
			} else if (!json_is_boolean(ok)) {
				diag_errorf(&local, at, "variable \"%s\": a validation condition must be true "
					    "or false, got %s", var->name, yaml_type_name(ok));
			} else if (json_is_false(ok)) {
				strbuf_reset(&err);
				secret = false;
				json_t *msg = expr_eval_as(json_object_get(rule, "error_message"),
							   resolve_var, ctx, edition, &secret, &err);
				const char *text = secret ? "(its error_message uses a sensitive value: "
							   "not shown)"
					: json_is_string(msg) ? json_string_value(msg)
					: json_string_value(json_object_get(rule, "error_message"));
				diag_errorf(&local, at, "variable \"%s\": %s", var->name, text);
				struct strbuf detail = STRBUF_INIT;
				describe_refs(s, values, cond, &detail);
				diag_set_detail(&local, "the value %s fails this validation rule%s",
						source ? source : "of its default", detail.buf);
				strbuf_release(&detail);
				json_decref(msg);
			}
			json_decref(ok);
			strbuf_release(&err);
		}
	}
	bool failed = diags_has_errors(&local);
	diags_append(d, &local);
	return failed ? -1 : 0;
}

/* Every variable's value (into vals) and where it came from (sources);
 * the problems into d. */
static void resolve(const struct stack *s, const struct var_inputs *in,
		    const struct resolving *r, json_t *vals, json_t *sources, struct diags *d)
{
	struct diags local = DIAGS_INIT;

	for (size_t i = 0; i < s->n_vars; i++) {
		const struct stack_variable *var = &s->vars[i];
		if (!var->default_value)
			continue;
		/* As written (a type converted it when loaded, with the text
		 * every edition but the newest writes), converted here with
		 * the edition's; an environment's value takes its place. */
		const struct src_pos *pos = stack_pos_of(s, default_given(var));
		char *source = xasprintf("default of variable \"%s\"", var->name);
		set_value(r, vals, sources, var, default_given(var), source, false,
			  pos ? pos : &var->pos, s->positions, &local);
		free(source);
		json_object_del(sources, var->name);
	}

	for (size_t i = 0; i < s->n_vars; i++) {
		/* TERRACE_VAR_<name>, else Terraform's TF_VAR_<name>. */
		char *env_name = xasprintf("TERRACE_VAR_%s", s->vars[i].name);
		const char *text = getenv(env_name);
		if (!text) {
			free(env_name);
			env_name = xasprintf("TF_VAR_%s", s->vars[i].name);
			text = getenv(env_name);
		}
		if (text) {
			json_t *v = json_string(text);
			if (!v)
				diag_errorf(&local, NULL, "%s: the value is not valid UTF-8", env_name);
			else
				set_value(r, vals, sources, &s->vars[i], v, env_name, true, NULL,
					  NULL, &local);
			json_decref(v);
		}
		free(env_name);
	}

	for (size_t i = 0; in && i < in->n_var_files; i++)
		apply_var_file(r, s, in->var_files[i], vals, sources, &local);
	for (size_t i = 0; in && i < in->n_var_args; i++)
		apply_var_arg(r, s, in->var_args[i], vals, sources, &local);

	for (size_t i = 0; i < s->n_vars; i++) {
		const struct stack_variable *var = &s->vars[i];
		if (json_object_get(vals, var->name))
			continue;
		if (in && in->missing_unknown) {
			json_object_set_new(vals, var->name, value_unknown());
			continue;
		}
		diag_errorf(&local, &var->pos,
			    "variable \"%s\" has no value: set it with -var %s=..., a -var-file, "
			    "or TERRACE_VAR_%s", var->name, var->name, var->name);
		const char *file = json_string_value(json_object_get(s->variable_files, var->name));
		if (file)
			diag_set_detail(&local, "%s sets it, but a variable file is read only when "
					"given: -var-file=%s", file, file);
	}

	diags_append(d, &local);
}

int stack_resolve_variables_as(const struct stack *s, const struct var_inputs *in,
			       enum func_edition edition, json_t **values, json_t **sources,
			       bool *by_edition, struct diags *d)
{
	struct diags local = DIAGS_INIT;
	struct resolving r = { edition, json_object() };
	*values = json_object();
	*sources = json_object();
	resolve(s, in, &r, *values, *sources, &local);
	if (by_edition)
		*by_edition = json_object_size(r.by_edition) > 0;
	json_decref(r.by_edition);
	bool failed = diags_has_errors(&local);
	diags_append(d, &local);
	if (failed) {
		json_decref(*values);
		json_decref(*sources);
		*values = *sources = NULL;
		return -1;
	}
	return 0;
}

int stack_resolve_variables(const struct stack *s, const struct var_inputs *in,
			    json_t **values, struct diags *d)
{
	/* Where no state says the deployment's edition: the newest. Both at
	 * once, so every problem is said in one run. */
	struct diags local = DIAGS_INIT;
	struct resolving r = { FUNC_NEWEST, json_object() };
	json_t *vals = json_object();
	json_t *sources = json_object();
	resolve(s, in, &r, vals, sources, &local);
	json_decref(r.by_edition);
	stack_judge_variables(s, vals, sources, FUNC_NEWEST, &local);
	json_decref(sources);
	bool failed = diags_has_errors(&local);
	diags_append(d, &local);
	*values = failed ? NULL : vals;
	if (failed)
		json_decref(vals);
	return failed ? -1 : 0;
}
