/*
 * vars.c: variable values: the variable types, conversion of given values to
 * them, and stack_resolve_variables() (defaults, then TERRACE_VAR_<name> or,
 * when it is not set, TF_VAR_<name>, then -var-file files, then -var
 * arguments, later ones winning).
 *
 * Messages never contain a variable's value (it may be secret); they name
 * the variable and where the value came from.
 */
#include "stacks/stack.h"
#include "stacks/stack_internal.h"
#include "provider/provider.h"
#include "stacks/expr_path.h"
#include "stacks/yaml.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

const char *const stack_var_types[STACK_N_VAR_TYPES] = {
	"string", "number", "bool", "list", "map",
};

bool stack_var_type_known(const char *type)
{
	for (size_t i = 0; i < STACK_N_VAR_TYPES; i++)
		if (!strcmp(type, stack_var_types[i]))
			return true;
	return false;
}

static json_t *parse_number(const char *s)
{
	char *end;
	/* Decimal only: strtod would also take hex, "inf" and leading blanks. */
	if (!*s || strchr(" \t\n", *s) || strpbrk(s, "xXiInN"))
		return NULL;
	long long i = strtoll(s, &end, 10);
	if (!*end)
		return json_integer(i);
	double d = strtod(s, &end);
	if (*end || !isfinite(d))
		return NULL;
	return json_real(d);
}

/* A list or map written as YAML (or JSON, which is YAML) in a string. */
static json_t *parse_collection(const char *text, bool want_list)
{
	struct diags ignored = DIAGS_INIT;
	json_t *v = NULL;
	if (yaml_load_string("value", text, strlen(text), NULL, &v, &ignored) < 0)
		v = NULL;
	diags_free(&ignored);
	if (v && (want_list ? json_is_array(v) : json_is_object(v)))
		return v;
	json_decref(v);
	return NULL;
}

int stack_var_convert(const char *type, const json_t *v, json_t **out, struct strbuf *why)
{
	*out = NULL;
	const char *s = json_is_string(v) ? json_string_value(v) : NULL;
	if (!strcmp(type, "string")) {
		if (s) {
			*out = json_incref((json_t *)v);
		} else {
			struct strbuf text = STRBUF_INIT;
			if (expr_stringify(v, &text) == 0)
				*out = json_stringn(text.buf, text.len);
			strbuf_release(&text);
		}
	} else if (!strcmp(type, "number")) {
		if (json_is_number(v))
			*out = json_incref((json_t *)v);
		else if (s)
			*out = parse_number(s);
	} else if (!strcmp(type, "bool")) {
		if (json_is_boolean(v))
			*out = json_incref((json_t *)v);
		else if (s && !strcmp(s, "true"))
			*out = json_true();
		else if (s && !strcmp(s, "false"))
			*out = json_false();
	} else if (!strcmp(type, "list") || !strcmp(type, "map")) {
		bool want_list = !strcmp(type, "list");
		if (want_list ? json_is_array(v) : json_is_object(v))
			*out = json_deep_copy(v);
		else if (s)
			*out = parse_collection(s, want_list);
	}
	if (*out)
		return 0;
	strbuf_addf(why, "must be %s %s, got %s", stack_article(type), type, yaml_type_name(v));
	if (s && (!strcmp(type, "list") || !strcmp(type, "map")))
		strbuf_addf(why, " (write it as YAML or JSON, e.g. %s)",
			    !strcmp(type, "list") ? "[a, b]" : "{key: value}");
	return -1;
}

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

/* Convert v to the variable's type and store it; errors name the source
 * (NULL when the position already says it: a var file). */
static void set_value(json_t *values, const struct stack_variable *var, const json_t *v,
		      const char *source, const struct src_pos *pos, struct diags *d)
{
	json_t *converted;
	struct strbuf why = STRBUF_INIT;
	if (stack_var_convert(var->type, v, &converted, &why) < 0)
		diag_errorf(d, pos, "%s%svariable \"%s\" %s", source ? source : "",
			    source ? ": " : "", var->name, why.buf);
	else
		json_object_set_new(values, var->name, converted);
	strbuf_release(&why);
}

static void apply_var_file(const struct stack *s, const char *path, json_t *values,
			   struct diags *d)
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
		set_value(values, var, v, NULL, vpos ? vpos : kpos, d);
	}
done:
	json_decref(doc);
	yaml_positions_free(positions);
}

static void apply_var_arg(const struct stack *s, const char *arg, json_t *values,
			  struct diags *d)
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
			set_value(values, var, v, source, NULL, d);
		json_decref(v);
	}
	free(source);
	free(name);
}

int stack_resolve_variables(const struct stack *s, const struct var_inputs *in,
			    json_t **values, struct diags *d)
{
	struct diags local = DIAGS_INIT;
	json_t *vals = json_object();
	*values = NULL;

	for (size_t i = 0; i < s->n_vars; i++)
		if (s->vars[i].default_value)
			json_object_set(vals, s->vars[i].name, s->vars[i].default_value);

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
				set_value(vals, &s->vars[i], v, env_name, NULL, &local);
			json_decref(v);
		}
		free(env_name);
	}

	for (size_t i = 0; in && i < in->n_var_files; i++)
		apply_var_file(s, in->var_files[i], vals, &local);
	for (size_t i = 0; in && i < in->n_var_args; i++)
		apply_var_arg(s, in->var_args[i], vals, &local);

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

	bool failed = diags_has_errors(&local);
	diags_append(d, &local);
	if (failed) {
		json_decref(vals);
		return -1;
	}
	*values = vals;
	return 0;
}
