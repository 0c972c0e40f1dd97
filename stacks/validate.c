/*
 * validate.c: the checks of a loaded stack that need its schemas or the whole
 * stack: attributes against provider and resource schemas (unknown names,
 * computed-only attributes, literal values of the wrong type, missing
 * required attributes, recursively through nested blocks), provider
 * configurations named by resources, ${...} references (unknown variables,
 * resources and attributes), dependency cycles, the providers' checks of
 * each resource and across its resources as written (through the one
 * entry, provider/checks.h), and the locals and outputs evaluated as far
 * as they are known before plan.
 *
 * Every problem is added to the diagnostics with the position of the value
 * or key at fault; nothing stops at the first one.
 */
#include "stacks/stack.h"
#include "stacks/stack_internal.h"
#include "stacks/expr.h"
#include "stacks/expr_path.h"
#include "stacks/expand.h"
#include "stacks/yaml.h"
#include "provider/checks.h"

#include <stdlib.h>
#include <string.h>

struct vctx {
	const struct stack *s;
	struct diags *d;
	const char *owner; /* "resource \"lake\"" or "provider \"aws\"" */
	bool has_for_each, has_count; /* the owner's: each.* and count.* are known */
	bool in_repeat;    /* checking a for_each or count: no resources, no each/count */
};

static bool settable(const struct attr_schema *a)
{
	return a->flags & (ATTR_REQUIRED | ATTR_OPTIONAL);
}

void stack_suggest_attr(struct diags *d, const char *name, const struct attr_schema *attrs,
			 bool settable_only)
{
	size_t n = schema_count(attrs), k = 0;
	const char **names = xcalloc(n + 1, sizeof(*names));
	for (size_t i = 0; i < n; i++)
		if (!settable_only || settable(&attrs[i]))
			names[k++] = attrs[i].name;
	/* MaxRecordSizeInKiB is max_record_size_in_ki_b */
	const char *hint = schema_name_like(name, names, k);
	if (!hint)
		hint = diag_suggest(name, names, k);
	if (hint) {
		diag_set_detail(d, "did you mean \"%s\"?", hint);
	} else if (k) {
		struct strbuf list = STRBUF_INIT;
		for (size_t i = 0; i < k; i++)
			strbuf_addf(&list, "%s%s", i ? ", " : "", names[i]);
		diag_set_detail(d, "the attributes are %s", list.buf);
		strbuf_release(&list);
	}
	free(names);
}

/* ---- attributes against the schema -------------------------------------- */

static void validate_object(struct vctx *v, const struct attr_schema *attrs, const json_t *obj,
			    const char *prefix, const struct src_pos *obj_pos);

static void type_error(struct vctx *v, const struct src_pos *pos, const char *path,
		       enum attr_type want, const json_t *got)
{
	const char *tn = attr_type_name(want);
	diag_errorf(v->d, pos, "attribute \"%s\" of %s must be %s %s, got %s", path, v->owner,
		    stack_article(tn), tn, yaml_type_name(got));
}

/* A literal scalar (or JSON document) checked by the same coercion that
 * evaluation applies later. */
static void check_literal(struct vctx *v, const struct attr_schema *a, const json_t *value,
			  const char *path, const struct src_pos *pos)
{
	if (expr_has_refs(value))
		return;
	struct strbuf why = STRBUF_INIT;
	json_t *c = schema_coerce(a, value, &why);
	if (c)
		json_decref(c);
	else if (a->type == ATTR_JSON)
		diag_errorf(v->d, pos, "attribute \"%s\" of %s %s", path, v->owner, why.buf);
	else
		type_error(v, pos, path, a->type, value);
	strbuf_release(&why);
}

static void validate_value(struct vctx *v, const struct attr_schema *a, const json_t *parent,
			   const char *key, const json_t *value, const char *path);

/* Every reference is unknown to validate: what is computed from literals
 * alone is known now. */
static int nothing_known(void *ctx, const struct expr_ref *ref, json_t **out, json_t **sensitive,
			 struct strbuf *err)
{
	(void)ctx, (void)ref, (void)sensitive, (void)err;
	*out = value_unknown();
	return 0;
}

/*
 * A list, map or block made by an expression (a for over a literal list:
 * Terraform's dynamic block) is checked as if written out, at the
 * attribute's position, as far as it is known without variables or
 * resources; the rest, and evaluation errors, are plan's to say.
 */
static void validate_computed(struct vctx *v, const struct attr_schema *a, const json_t *parent,
			      const char *key, const json_t *value, const char *path)
{
	if (a->type != ATTR_OBJECT_LIST && a->type != ATTR_OBJECT && a->type != ATTR_LIST &&
	    a->type != ATTR_MAP)
		return;
	struct strbuf err = STRBUF_INIT;
	json_t *known = expr_eval(value, nothing_known, NULL, NULL, &err);
	if (known && !value_is_unknown(known) && !json_is_string(known))
		validate_value(v, a, parent, key, known, path);
	json_decref(known);
	strbuf_release(&err);
}

static void validate_value(struct vctx *v, const struct attr_schema *a, const json_t *parent,
			   const char *key, const json_t *value, const char *path)
{
	const struct src_pos *pos = stack_value_pos(v->s, parent, key, value);

	/* A string with ${...} is known at plan time (a whole-string
	 * reference keeps its value's type), but for what literals make. */
	if (json_is_string(value) && expr_has_refs(value)) {
		validate_computed(v, a, parent, key, value, path);
		return;
	}
	if (value_is_unknown(value))
		return;
	switch (a->type) {
	case ATTR_STRING:
	case ATTR_NUMBER:
	case ATTR_BOOL:
	case ATTR_JSON:
		check_literal(v, a, value, path, pos);
		return;
	case ATTR_OBJECT:
		if (!json_is_object(value)) {
			type_error(v, pos, path, a->type, value);
			return;
		}
		validate_object(v, a->nested, value, path, pos);
		return;
	case ATTR_OBJECT_LIST:
	case ATTR_LIST: {
		if (!json_is_array(value) && a->type == ATTR_LIST && (a->flags & ATTR_ONE_OR_LIST)) {
			struct attr_schema elem = { .name = a->name, .type = a->elem_type };
			check_literal(v, &elem, value, path, pos);
			return;
		}
		if (!json_is_array(value)) {
			type_error(v, pos, path, a->type, value);
			return;
		}
		struct attr_schema elem = { .name = a->name, .type = a->elem_type };
		size_t i;
		json_t *item;
		json_array_foreach(value, i, item) {
			char *item_path = xasprintf("%s[%zu]", path, i);
			const struct src_pos *ipos = stack_value_pos(v->s, NULL, NULL, item);
			if (!ipos)
				ipos = pos;
			if ((json_is_string(item) && expr_has_refs(item)) || value_is_unknown(item)) {
				/* known at plan time */
			} else if (a->type == ATTR_LIST) {
				check_literal(v, &elem, item, item_path, ipos);
			} else if (!json_is_object(item)) {
				type_error(v, ipos, item_path, ATTR_OBJECT, item);
			} else {
				validate_object(v, a->nested, item, item_path, ipos);
			}
			free(item_path);
		}
		return;
	}
	case ATTR_MAP: {
		if (!json_is_object(value)) {
			type_error(v, pos, path, a->type, value);
			return;
		}
		const json_t *nested = a->api_wrapper ? json_object_get(value, a->api_wrapper) : NULL;
		if (nested && json_is_object(nested)) {
			const struct src_pos *kpos = yaml_key_pos(v->s->positions, value, a->api_wrapper);
			diag_errorf(v->d, kpos ? kpos : pos,
				    "attribute \"%s\" of %s is a flat map: write its entries directly "
				    "under \"%s:\", not nested under \"%s:\" as in the API",
				    path, v->owner, a->name, a->api_wrapper);
			const char *first = NULL;
			json_t *ignored;
			json_object_foreach((json_t *)nested, first, ignored)
				break;
			diag_set_detail(v->d, "for example  %s: { %s: ... }", a->name,
					first ? first : "NAME");
			return;
		}
		struct attr_schema elem = { .name = a->name, .type = a->elem_type };
		const char *k;
		json_t *item;
		json_object_foreach((json_t *)value, k, item) {
			char *item_path = xasprintf("%s.%s", path, k);
			check_literal(v, &elem, item, item_path,
				      stack_value_pos(v->s, value, k, item));
			free(item_path);
		}
		return;
	}
	}
}

static void validate_object(struct vctx *v, const struct attr_schema *attrs, const json_t *obj,
			    const char *prefix, const struct src_pos *obj_pos)
{
	const char *key;
	json_t *value;
	json_object_foreach((json_t *)obj, key, value) {
		char *path = prefix ? xasprintf("%s.%s", prefix, key) : xstrdup(key);
		const struct src_pos *kpos = yaml_key_pos(v->s->positions, obj, key);
		const struct attr_schema *a = schema_find(attrs, key);
		if (!a) {
			diag_errorf(v->d, kpos ? kpos : obj_pos, "unknown attribute \"%s\" of %s", path,
				    v->owner);
			stack_suggest_attr(v->d, key, attrs, true);
		} else if (!settable(a)) {
			diag_errorf(v->d, kpos ? kpos : obj_pos,
				    "attribute \"%s\" of %s is computed by the provider and cannot be set",
				    path, v->owner);
		} else if (!json_is_null(value)) {
			validate_value(v, a, obj, key, value, path);
		}
		free(path);
	}
	for (const struct attr_schema *a = attrs; a && a->name; a++) {
		if (!(a->flags & ATTR_REQUIRED))
			continue;
		json_t *value = json_object_get(obj, a->name);
		if (value && !json_is_null(value))
			continue;
		if (prefix)
			diag_errorf(v->d, obj_pos, "%s is missing required attribute \"%s.%s\"",
				    v->owner, prefix, a->name);
		else
			diag_errorf(v->d, obj_pos, "%s is missing required attribute \"%s\"",
				    v->owner, a->name);
	}
}

/* The position of a finding of the checks (provider_checks_run) on what
 * the stack writes: its message at the attribute it names, or at the
 * nearest parent block the stack writes. */
static void report_written_config(struct vctx *v, const char *type, const json_t *config,
				  const struct src_pos *at, const char *attr, const char *why,
				  bool warning);

/* What the checks find in one resource or provider configuration as
 * written: reported under owner, at its attributes' positions. */
struct written_one {
	struct vctx *v;
	const char *type;
	const json_t *config;
	const struct src_pos *at;
};

static void report_written_one(void *ctx, const struct check_finding *found)
{
	struct written_one *w = ctx;
	report_written_config(w->v, w->type, w->config, w->at, found->attr, found->message,
			      found->warning);
}

/* A provider configuration's own check as written (its type's
 * check_config). */
static void check_written_provider(struct vctx *v, const struct stack_provider *p)
{
	struct check_subject one = { .resource = { .name = p->name }, .ptype = p->ptype,
				     .attrs = p->config };
	struct written_one w = { v, p->ptype->name, p->config, &p->pos };
	struct check_request req = { CHECK_AS_WRITTEN, CHECK_OWN, &one, 1, report_written_one, &w };
	provider_checks_run(&req);
}

/* A resource's own checks and warnings as written: its type's check of
 * the attributes, the constraints the provider's API puts on what it
 * sends, what is worth a warning. Judged as a create (no prior) for
 * `terrace validate`, of an object that may exist (no state is read:
 * may_exist); loaded for the other commands, whether the object
 * exists is not known yet (prior unknown): what AWS judges only on a
 * create waits for plan. */
static void check_written_resource(struct vctx *v, const struct stack_resource *r)
{
	/* Its provider's configuration as written; a module's resources name
	 * the calling stack's, not at hand here: plan has them. */
	const struct stack_provider *p = v->s->module_depth ? NULL
							    : stack_find_provider(v->s, r->provider);
	json_t *provider = v->s->module_depth ? value_unknown() : NULL;
	json_t *not_known = v->s->judged_as_created ? NULL : value_unknown();
	struct check_subject one = {
		.resource = { .name = r->name, .type = r->rtype->name, .rtype = r->rtype },
		.attrs = r->config, .provider_config = p ? p->config : provider,
		.prior = not_known, .may_exist = v->s->judged_as_created,
	};
	struct written_one w = { v, r->rtype->name, r->config, &r->pos };
	struct check_request req = { CHECK_AS_WRITTEN, CHECK_OWN | CHECK_WARNINGS, &one, 1,
				     report_written_one, &w };
	provider_checks_run(&req);
	json_decref(provider);
	json_decref(not_known);
}

/* The position of attribute path attr ("a.b", "a[].b", "a[2].b") in config,
 * or its nearest written parent's, or the resource's (at): a key's, or a
 * list element's own ("a[2]": where the stack writes that element). */
static const struct src_pos *written_attr_pos(struct vctx *v, const json_t *config,
					      const struct src_pos *at, const char *attr)
{
	const struct src_pos *pos = at;
	const json_t *obj = config;
	char *path = xstrdup(attr ? attr : "");
	char *save = NULL;
	for (char *key = strtok_r(path, ".", &save); key && json_is_object(obj);
	     key = strtok_r(NULL, ".", &save)) {
		char *bracket = strchr(key, '[');
		bool each = bracket && bracket[1] == ']';
		if (bracket)
			*bracket = '\0'; /* a list's elements: the list's position */
		const struct src_pos *kpos = yaml_key_pos(v->s->positions, obj, key);
		if (!kpos)
			break;
		pos = kpos;
		obj = each ? NULL : json_object_get(obj, key);
		/* an element by its index, while the list is written in the stack */
		for (char *b = bracket; b && !each && json_is_array(obj); b = strchr(b + 1, '[')) {
			const json_t *item = json_array_get(obj, strtoul(b + 1, NULL, 10));
			const struct src_pos *ipos = item ? yaml_pos_of(v->s->positions, item) : NULL;
			if (!ipos)
				break;
			pos = ipos;
			obj = item;
		}
	}
	free(path);
	return pos;
}

static void report_written_config(struct vctx *v, const char *type, const json_t *config,
				  const struct src_pos *at, const char *attr, const char *why,
				  bool warning)
{
	const struct src_pos *pos = written_attr_pos(v, config, at, attr);
	if (warning)
		diag_warnf(v->d, pos, "%s (%s): %s", v->owner, type, why);
	else
		diag_errorf(v->d, pos, "%s (%s): %s", v->owner, type, why);
}

/* ---- references ---------------------------------------------------------- */

static const struct src_pos *ref_pos(void *ctx, const json_t *node)
{
	return yaml_pos_of(((const struct stack *)ctx)->positions, node);
}

static char *ref_text(const struct expr_ref *ref)
{
	const char *dot = ref->path && ref->path[0] != '[' ? "." : "";
	return xasprintf("${%s%s%s}", ref->root, dot, ref->path ? ref->path : "");
}

/* Attribute names inside a resource reference, as far as the schema says
 * what they must be. */
static void check_ref_path(struct vctx *v, const struct expr_ref *ref,
			   const struct attr_schema *schema, const char *what, const char *name,
			   const char *type, const char *text)
{
	struct expr_path path;
	struct strbuf err = STRBUF_INIT;
	if (expr_path_parse(ref->path, &path, &err) < 0) {
		diag_errorf(v->d, &ref->pos, "%s in \"%s\"", err.buf, text);
		strbuf_release(&err);
		return;
	}
	strbuf_release(&err);
	const struct attr_schema *attrs = schema;
	const struct attr_schema *a = NULL;
	for (size_t i = 0; i < path.n && attrs; i++) {
		const struct expr_step *st = &path.steps[i];
		if (!st->name) {
			/* An index into a list of blocks stays on its schema. */
			if (a && a->type == ATTR_OBJECT_LIST)
				continue;
			break;
		}
		a = schema_find(attrs, st->name);
		if (!a && i == 0 && path.n == 1 && !strcmp(st->name, "id"))
			break;  /* every resource's id (plan/eval.c) */
		if (!a) {
			if (i == 0)
				diag_errorf(v->d, &ref->pos,
					    "unknown attribute \"%s\" of %s \"%s\" (%s) in \"%s\"",
					    st->name, what, name, type, text);
			else
				diag_errorf(v->d, &ref->pos, "unknown attribute \"%s\" in \"%s\"",
					    st->name, text);
			stack_suggest_attr(v->d, st->name, attrs, false);
			break;
		}
		attrs = (a->type == ATTR_OBJECT || a->type == ATTR_OBJECT_LIST) ? a->nested : NULL;
	}
	expr_path_free(&path);
}

static void suggest_among(struct diags *d, const char *name, const char **names, size_t n)
{
	const char *hint = diag_suggest(name, names, n);
	if (hint)
		diag_set_detail(d, "did you mean \"%s\"?", hint);
}

/* each.key, each.value..., count.index: only where for_each / count is set. */
static void check_repeat_ref(struct vctx *v, const struct expr_ref *ref, const char *text)
{
	bool each = !strcmp(ref->root, "each");
	const char *path = ref->path ? ref->path : "";
	size_t n = strcspn(path, ".[");
	if (v->in_repeat) {
		diag_errorf(v->d, &ref->pos, "\"%s\" cannot be used in the for_each or count that "
			    "makes the instances", text);
	} else if (each && !v->has_for_each) {
		diag_errorf(v->d, &ref->pos, "\"%s\" is only known in a resource or module with "
			    "for_each (%s has none)", text, v->owner);
	} else if (!each && !v->has_count) {
		diag_errorf(v->d, &ref->pos, "\"%s\" is only known in a resource or module with "
			    "count (%s has none)", text, v->owner);
	} else if (each && !((n == 3 && !strncmp(path, "key", 3) && !path[3]) ||
			     (n == 5 && !strncmp(path, "value", 5)))) {
		diag_errorf(v->d, &ref->pos, "unknown reference \"%s\": each.key and each.value "
			    "are the known ones", text);
	} else if (!each && strcmp(path, "index")) {
		diag_errorf(v->d, &ref->pos, "unknown reference \"%s\": count.index is the known one",
			    text);
	}
}

/* A key written [each.key] or [count.index] (what, name: the resource or
 * module it names an instance of): the referring resource or module has
 * for_each (count) and so has the one named. 1 when key is such a key and
 * right, -1 when it is wrong (reported), 0 for a literal key. */
static int check_picked_key(struct vctx *v, const struct src_pos *pos, const char *key,
			    const char *text, const char *what, const char *name, bool for_each,
			    bool count)
{
	bool each = !strncmp(key, "[each.key]", 10);
	if (!each && strncmp(key, "[count.index]", 13))
		return 0;
	if (v->in_repeat) {
		diag_errorf(v->d, pos, "\"%s\" cannot be used in the for_each or count that makes "
			    "the instances", text);
		return -1;
	}
	if (each ? !v->has_for_each : !v->has_count) {
		diag_errorf(v->d, pos, "\"%s\": %s is only known in a resource or module with "
			    "%s (%s has none)", text, each ? "each.key" : "count.index",
			    each ? "for_each" : "count", v->owner);
		return -1;
	}
	if (each ? !for_each : !count) {
		diag_errorf(v->d, pos, "\"%s\": %s \"%s\" has %s, so %s does not name one of "
			    "its instances", text, what, name,
			    for_each ? "for_each" : count ? "count" : "no for_each or count",
			    each ? "each.key" : "count.index");
		return -1;
	}
	return 1;
}

/* module.NAME[KEY].OUTPUT...: the module exists, the key matches its
 * for_each / count, the output exists in the module; module.NAME and
 * module.NAME[KEY] alone, the module (one instance) as a value. */
static void check_module_ref(struct vctx *v, const struct expr_ref *ref, const char *text)
{
	const struct stack *s = v->s;
	const char *root = ref->root;
	size_t prefix = ref->prefix_len;
	const char *name_start = root + strlen("module.");
	size_t name_len = strcspn(name_start, ".[");
	char *name = xstrndup(name_start, name_len);
	bool keyed = name_start[name_len] == '[';
	/* module.NAME[*].OUTPUT: the output of every instance, a list */
	bool splat = keyed && !strncmp(name_start + name_len, "[*]", 3);
	const struct stack_module *m = stack_find_module(s, name);
	if (!m) {
		diag_errorf(v->d, &ref->pos, "unknown module \"%s\" in \"%s\"", name, text);
		const char **names = xcalloc(s->n_modules + 1, sizeof(*names));
		for (size_t i = 0; i < s->n_modules; i++)
			names[i] = s->modules[i].name;
		suggest_among(v->d, name, names, s->n_modules);
		free(names);
		goto done;
	}
	if (keyed && check_picked_key(v, &ref->pos, name_start + name_len, text, "module", name,
				      m->for_each != NULL, m->count != NULL) < 0)
		goto done;
	if (keyed && !splat && !m->for_each && !m->count) {
		diag_errorf(v->d, &ref->pos, "module \"%s\" has no for_each or count; refer to it "
			    "without a key: \"module.%s.OUTPUT\"", name, name);
		goto done;
	}
	if (!keyed && prefix && (m->for_each || m->count)) {
		diag_errorf(v->d, &ref->pos, "module \"%s\" has %s; refer to one instance, as in "
			    "\"module.%s[%s].OUTPUT\"", name, m->for_each ? "for_each" : "count", name,
			    m->for_each ? "\"KEY\"" : "0");
		goto done;
	}
	if (!m->stack || !prefix)
		goto done;
	const char *out_start = root + prefix;
	char *out = xstrndup(out_start, strcspn(out_start, ".["));
	size_t i;
	for (i = 0; i < m->stack->n_outputs; i++)
		if (!strcmp(m->stack->outputs[i].name, out))
			break;
	if (i == m->stack->n_outputs) {
		diag_errorf(v->d, &ref->pos, "module \"%s\" has no output \"%s\" (in \"%s\")", name,
			    out, text);
		const char **names = xcalloc(m->stack->n_outputs + 1, sizeof(*names));
		for (size_t k = 0; k < m->stack->n_outputs; k++)
			names[k] = m->stack->outputs[k].name;
		suggest_among(v->d, out, names, m->stack->n_outputs);
		free(names);
	}
	free(out);
done:
	free(name);
}

/* A reference to a resource or lookup (what, name: "bucket" or "data.vpc";
 * its for_each, count, attributes and type) by its key as written (NULL
 * without one): the key fits how the instances are made, the path names an
 * attribute. */
static void check_instance_ref(struct vctx *v, const struct expr_ref *ref, const char *text,
			       const char *key, const char *what, const char *name,
			       const json_t *for_each, const json_t *count,
			       const struct attr_schema *attrs, const char *type)
{
	const struct src_pos *pos = &ref->pos;
	int picked = key ? check_picked_key(v, pos, key, text, what, name, for_each != NULL,
					    count != NULL) : 0;
	if (picked < 0)
		return;
	/* home[*] (a splat): all the instances, a list; home alone: all of them
	 * as Terraform gives them (a list for count, a map for for_each). */
	if (!picked && ((key && !strcmp(key, "[*]")) || (!key && !ref->path)))
		return;
	if (!picked && key && !for_each && !count) {
		diag_errorf(v->d, pos, "%s \"%s\" has no for_each or count; refer to it without "
			    "a key, as in \"${%s.ATTR}\"", what, name, name);
		return;
	}
	if (!picked && key && count && key[1] == '"') {
		diag_errorf(v->d, pos, "%s \"%s\" has count: its instances are %s[0], %s[1], "
			    "...; \"%s\" names a key", what, name, name, name, text);
		return;
	}
	if (!picked && key && for_each && key[1] != '"') {
		diag_errorf(v->d, pos, "%s \"%s\" has for_each: its instances are named by "
			    "their keys, as in %s[\"KEY\"], not by a number", what, name, name);
		return;
	}
	if (!key && (for_each || count)) {
		diag_errorf(v->d, pos, "%s \"%s\" has %s; refer to one instance, as in "
			    "\"${%s[%s].ATTR}\"", what, name, for_each ? "for_each" : "count", name,
			    for_each ? "\"KEY\"" : "0");
		return;
	}
	if (attrs && ref->path)
		check_ref_path(v, ref, attrs, what, name, type, text);
}

/* data.NAME.ATTR: the lookup exists and has the attribute. */
static void check_lookup_ref(struct vctx *v, const struct expr_ref *ref, const char *text)
{
	const struct stack *s = v->s;
	const struct stack_lookup *l = stack_find_lookup(s, ref->root);
	if (!l) {
		char *name = xstrndup(ref->root + 5, strcspn(ref->root + 5, "["));
		diag_errorf(v->d, &ref->pos, "unknown lookup \"%s\" in \"%s\"", name, text);
		const char **names = xcalloc(s->n_lookups + 1, sizeof(*names));
		for (size_t i = 0; i < s->n_lookups; i++)
			names[i] = s->lookups[i].name;
		const char *hint = diag_suggest(name, names, s->n_lookups);
		if (hint)
			diag_set_detail(v->d, "did you mean \"%s\"?", hint);
		else
			diag_set_detail(v->d, "declare it under data:");
		free(names);
		free(name);
		return;
	}
	const char *key = strchr(ref->root, '[');
	check_instance_ref(v, ref, text, key, "lookup", l->address, l->for_each, l->count,
			   l->ltype ? l->ltype->attrs : NULL, l->type);
}

/* An unknown resource with no close spelling. Terraform's TYPE.NAME habit
 * (${aws_s3_bucket.raw.arn}, ${aws.s3.bucket.raw.arn}): when a later part
 * of the path names a resource, suggest the reference from there; else a
 * resource whose name the unknown one starts with or contains
 * (${raw_bucket.arn}: "raw"); else, in a small stack, the names there are. */
static void suggest_resource(struct vctx *v, const struct expr_ref *ref, const char **names,
			     size_t n)
{
	const char *part = NULL;
	for (size_t i = 0; i < n; i++)
		if (strlen(names[i]) >= 3 && strstr(ref->root, names[i]) &&
		    (!part || strlen(names[i]) > strlen(part)))
			part = names[i];
	if (!part)
		for (size_t i = 0; i < n; i++)
			if (strlen(ref->root) >= 3 && !strncmp(names[i], ref->root, strlen(ref->root)))
				part = names[i];

	for (const char *p = ref->path; p && *p; p += strcspn(p, ".") + (p[strcspn(p, ".")] != 0)) {
		char *name = xstrndup(p, strcspn(p, ".["));
		const char *key = NULL;
		bool found = stack_resource_of_root(v->s, name, &key) != NULL;
		free(name);
		if (found) {
			diag_set_detail(v->d, "did you mean \"${%s}\"? a resource is named by its "
					"name alone, without its type", p);
			return;
		}
	}
	if (part) {
		diag_set_detail(v->d, "did you mean \"%s\"?", part);
	} else if (n && n <= 10) {
		struct strbuf list = STRBUF_INIT;
		for (size_t i = 0; i < n; i++)
			strbuf_addf(&list, "%s%s", i ? ", " : "", names[i]);
		diag_set_detail(v->d, "the resources are %s", list.buf);
		strbuf_release(&list);
	}
}

static void check_ref(struct vctx *v, const struct expr_ref *ref)
{
	const struct stack *s = v->s;
	char *text = ref_text(ref);
	const struct src_pos *pos = &ref->pos;

	if (!strcmp(ref->root, "var")) {
		size_t n = ref->path ? strcspn(ref->path, ".[") : 0;
		if (!n) {
			diag_errorf(v->d, pos, "\"%s\" needs a variable name: ${var.NAME}", text);
			goto done;
		}
		char *name = xstrndup(ref->path, n);
		if (!stack_find_variable(s, name)) {
			diag_errorf(v->d, pos, "unknown variable \"%s\" in \"%s\"", name, text);
			const char **names = xcalloc(s->n_vars + 1, sizeof(*names));
			for (size_t i = 0; i < s->n_vars; i++)
				names[i] = s->vars[i].name;
			const char *hint = diag_suggest(name, names, s->n_vars);
			if (hint)
				diag_set_detail(v->d, "did you mean \"%s\"?", hint);
			else
				diag_set_detail(v->d, "declare it under variables:");
			free(names);
		}
		free(name);
		goto done;
	}
	if (!strcmp(ref->root, "path")) {
		if (!ref->path || (strcmp(ref->path, "module") && strcmp(ref->path, "root") &&
				   strcmp(ref->path, "cwd")))
			diag_errorf(v->d, pos, "unknown reference \"%s\": path.module, path.root and "
				    "path.cwd are the known ones", text);
		goto done;
	}
	if (!strcmp(ref->root, "terrace")) {
		if (!ref->path || (strcmp(ref->path, "workspace") && strcmp(ref->path, "stack") &&
				   strcmp(ref->path, "module")))
			diag_errorf(v->d, pos,
				    "unknown reference \"%s\": terrace.workspace, terrace.stack and "
				    "terrace.module are the known ones", text);
		goto done;
	}
	if (!strcmp(ref->root, "each") || !strcmp(ref->root, "count")) {
		check_repeat_ref(v, ref, text);
		goto done;
	}
	if (!strcmp(ref->root, "local")) {
		struct expr_path path;
		struct strbuf err = STRBUF_INIT;
		if (expr_path_parse(ref->path, &path, &err) < 0 || !path.n || !path.steps[0].name) {
			diag_errorf(v->d, pos, "\"%s\" needs a local value's name: ${local.NAME}", text);
		} else if (!stack_find_local(s, path.steps[0].name)) {
			diag_errorf(v->d, pos, "unknown local value \"%s\" in \"%s\"",
				    path.steps[0].name, text);
			const char **names = xcalloc(s->n_locals + 1, sizeof(*names));
			for (size_t i = 0; i < s->n_locals; i++)
				names[i] = s->locals[i].name;
			suggest_among(v->d, path.steps[0].name, names, s->n_locals);
			free(names);
		}
		expr_path_free(&path);
		strbuf_release(&err);
		goto done;
	}
	/* A lookup may: a for_each map's values come later, as Terraform's
	 * data sources in them (keys and counts it makes unknown are refused
	 * at plan, which names them). */
	if (v->in_repeat && strncmp(ref->root, "data.", 5)) {
		diag_errorf(v->d, pos, "\"%s\": for_each and count cannot use resources or modules; "
			    "the instances must be known when planning (use variables and locals)",
			    text);
		goto done;
	}
	if (ref->prefix_len || !strncmp(ref->root, "module.", 7)) {
		check_module_ref(v, ref, text);
		goto done;
	}
	if (!strncmp(ref->root, "data.", 5)) {
		check_lookup_ref(v, ref, text);
		goto done;
	}
	const char *key = NULL;
	const struct stack_resource *r = stack_resource_of_root(s, ref->root, &key);
	if (!r) {
		diag_errorf(v->d, pos, "unknown resource \"%s\" in \"%s\"", ref->root, text);
		const char **names = xcalloc(s->n_resources + 1, sizeof(*names));
		for (size_t i = 0; i < s->n_resources; i++)
			names[i] = s->resources[i].name;
		const char *hint = diag_suggest(ref->root, names, s->n_resources);
		if (hint)
			diag_set_detail(v->d, "did you mean \"%s\"?", hint);
		else
			suggest_resource(v, ref, names, s->n_resources);
		free(names);
		goto done;
	}
	check_instance_ref(v, ref, text, key, "resource", r->name, r->for_each, r->count,
			   r->rtype ? r->rtype->attrs : NULL, r->type);
done:
	free(text);
}

static void check_refs(struct vctx *v, const json_t *value)
{
	struct expr_refs refs = { NULL, 0, 0 };
	expr_collect_refs(value, ref_pos, (void *)v->s, &refs, v->d);
	for (size_t i = 0; i < refs.n; i++)
		check_ref(v, &refs.items[i]);
	expr_refs_free(&refs);
}

int stack_check_refs(const struct stack *s, const json_t *value, const char *owner,
		     struct diags *d)
{
	size_t before = d->n;
	struct vctx v = { s, d, owner, false, false, false };
	check_refs(&v, value);
	return d->n > before ? -1 : 0;
}

/* ---- provider configurations named by resources -------------------------- */

static void check_resource_provider(struct vctx *v, const struct stack_resource *r)
{
	const struct stack *s = v->s;
	if (!r->ptype)
		return;
	const struct stack_provider *p = stack_find_provider(s, r->provider);
	if (!p) {
		diag_errorf(v->d, &r->pos,
			    "resource \"%s\" uses provider \"%s\", which is not defined under providers:",
			    r->name, r->provider);
		const char **names = xcalloc(s->n_providers + 1, sizeof(*names));
		for (size_t i = 0; i < s->n_providers; i++)
			names[i] = s->providers[i].name;
		const char *hint = diag_suggest(r->provider, names, s->n_providers);
		if (hint)
			diag_set_detail(v->d, "did you mean \"%s\"?", hint);
		free(names);
		return;
	}
	if (p->ptype && p->ptype != r->ptype)
		diag_errorf(v->d, &r->pos,
			    "resource \"%s\" (%s) needs a provider of type \"%s\", but provider \"%s\" "
			    "is of type \"%s\"", r->name, r->type, r->ptype->name, p->name, p->type);
}

static void check_lookup_provider(struct vctx *v, const struct stack_lookup *l)
{
	const struct stack_provider *p = stack_find_provider(v->s, l->provider);
	if (!l->ptype)
		return;
	if (!p)
		diag_errorf(v->d, &l->pos,
			    "lookup \"%s\" uses provider \"%s\", which is not defined under providers:",
			    l->address, l->provider);
	else if (p->ptype && p->ptype != l->ptype)
		diag_errorf(v->d, &l->pos,
			    "lookup \"%s\" (%s) needs a provider of type \"%s\", but provider \"%s\" "
			    "is of type \"%s\"", l->address, l->type, l->ptype->name, p->name, p->type);
}

/* A root module call's providers: each names a configuration of the stack
 * (or a provider type's implicit one); in a module, the names are those
 * of its caller, judged where they are used. */
static void check_module_providers(struct vctx *v, const struct stack_module *m)
{
	const char *name;
	json_t *caller_name;

	json_object_foreach(m->providers, name, caller_name) {
		const char *given = json_string_value(caller_name);
		if (!given || stack_find_provider(v->s, given) || provider_type_find(given))
			continue;
		diag_errorf(v->d, &m->pos,
			    "module \"%s\": providers.%s names provider \"%s\", which is not "
			    "defined under providers:", m->name, name, given);
	}
}

/* ---- cycles -------------------------------------------------------------- */

struct dep_graph {
	size_t n;
	size_t **adj;   /* adj[i]: indices i depends on */
	size_t *n_adj;
	/* Tarjan's strongly connected components */
	size_t *index, *low, *stack, *scc;
	bool *on_stack;
	size_t next_index, sp, n_scc;
};

static void strongconnect(struct dep_graph *g, size_t i)
{
	g->index[i] = g->low[i] = ++g->next_index;
	g->stack[g->sp++] = i;
	g->on_stack[i] = true;
	for (size_t k = 0; k < g->n_adj[i]; k++) {
		size_t j = g->adj[i][k];
		if (!g->index[j]) {
			strongconnect(g, j);
			if (g->low[j] < g->low[i])
				g->low[i] = g->low[j];
		} else if (g->on_stack[j] && g->index[j] < g->low[i]) {
			g->low[i] = g->index[j];
		}
	}
	if (g->low[i] != g->index[i])
		return;
	size_t id = g->n_scc++;
	size_t j;
	do {
		j = g->stack[--g->sp];
		g->on_stack[j] = false;
		g->scc[j] = id;
	} while (j != i);
}

static bool depends_on_itself(const struct dep_graph *g, size_t i)
{
	for (size_t k = 0; k < g->n_adj[i]; k++)
		if (g->adj[i][k] == i)
			return true;
	return false;
}

/* Graph nodes: the resources, then the lookups. */
static const char *node_name(const struct stack *s, size_t i)
{
	return i < s->n_resources ? s->resources[i].name : s->lookups[i - s->n_resources].address;
}

static const struct src_pos *node_pos(const struct stack *s, size_t i)
{
	return i < s->n_resources ? &s->resources[i].pos : &s->lookups[i - s->n_resources].pos;
}

static size_t node_of(const struct stack *s, const char *name)
{
	const struct stack_lookup *l = !strncmp(name, "data.", 5) ? stack_find_lookup(s, name) : NULL;
	if (l)
		return s->n_resources + (size_t)(l - s->lookups);
	return (size_t)(stack_find_resource(s, name) - s->resources);
}

/* The shortest cycle from start back to itself inside start's component,
 * printed as "a -> b -> a". */
static char *describe_cycle(const struct stack *s, const struct dep_graph *g, size_t start)
{
	size_t *prev = xcalloc(g->n, sizeof(*prev));
	bool *seen = xcalloc(g->n, sizeof(*seen));
	size_t *queue = xcalloc(g->n, sizeof(*queue));
	size_t head = 0, tail = 0, last = start;
	bool found = depends_on_itself(g, start);
	queue[tail++] = start;
	seen[start] = true;
	while (!found && head < tail) {
		size_t u = queue[head++];
		for (size_t k = 0; k < g->n_adj[u] && !found; k++) {
			size_t w = g->adj[u][k];
			if (g->scc[w] != g->scc[start])
				continue;
			if (w == start) {
				found = true;
				last = u;
			} else if (!seen[w]) {
				seen[w] = true;
				prev[w] = u;
				queue[tail++] = w;
			}
		}
	}
	/* Walk back from last to start, then print forwards. */
	size_t len = 0;
	for (size_t u = last; u != start; u = prev[u])
		queue[len++] = u;
	struct strbuf out = STRBUF_INIT;
	strbuf_addstr(&out, node_name(s, start));
	while (len)
		strbuf_addf(&out, " -> %s", node_name(s, queue[--len]));
	strbuf_addf(&out, " -> %s", node_name(s, start));
	free(prev);
	free(seen);
	free(queue);
	return strbuf_detach(&out);
}

static void check_cycles(struct vctx *v)
{
	const struct stack *s = v->s;
	struct dep_graph g;
	memset(&g, 0, sizeof(g));
	g.n = s->n_resources + s->n_lookups;
	g.adj = xcalloc(g.n + 1, sizeof(*g.adj));
	g.n_adj = xcalloc(g.n + 1, sizeof(*g.n_adj));
	g.index = xcalloc(g.n + 1, sizeof(*g.index));
	g.low = xcalloc(g.n + 1, sizeof(*g.low));
	g.stack = xcalloc(g.n + 1, sizeof(*g.stack));
	g.scc = xcalloc(g.n + 1, sizeof(*g.scc));
	g.on_stack = xcalloc(g.n + 1, sizeof(*g.on_stack));

	for (size_t i = 0; i < g.n; i++) {
		size_t n_deps;
		const char **deps = i < s->n_resources
			? stack_resource_deps(s, &s->resources[i], &n_deps)
			: stack_lookup_deps(s, &s->lookups[i - s->n_resources], &n_deps);
		g.adj[i] = xcalloc(n_deps + 1, sizeof(**g.adj));
		for (size_t k = 0; k < n_deps; k++)
			g.adj[i][g.n_adj[i]++] = node_of(s, deps[k]);
		free(deps);
	}
	for (size_t i = 0; i < g.n; i++)
		if (!g.index[i])
			strongconnect(&g, i);

	/* One error per cycle group, at its first resource in stack order. A
	 * group is a cycle when it has two members or one that depends on
	 * itself; members are counted once, not looked for per resource. */
	bool *reported = xcalloc(g.n_scc + 1, sizeof(*reported));
	size_t *members = xcalloc(g.n_scc + 1, sizeof(*members));
	for (size_t i = 0; i < g.n; i++)
		members[g.scc[i]]++;
	for (size_t i = 0; i < g.n; i++) {
		size_t id = g.scc[i];
		if (reported[id])
			continue;
		if (members[id] < 2 && !depends_on_itself(&g, i))
			continue;
		reported[id] = true;
		char *cycle = describe_cycle(s, &g, i);
		diag_errorf(v->d, node_pos(s, i), "dependency cycle: %s", cycle);
		free(cycle);
	}
	free(reported);
	free(members);
	for (size_t i = 0; i < g.n; i++)
		free(g.adj[i]);
	free(g.adj);
	free(g.n_adj);
	free(g.index);
	free(g.low);
	free(g.stack);
	free(g.scc);
	free(g.on_stack);
}

/* ---- values known before plan ------------------------------------------- */

/*
 * Locals and outputs evaluated with what is known when the stack is loaded:
 * literals, functions and other locals. Variables (their values come with
 * plan), resources, lookups, modules, each, count, path, terrace and files
 * are unknown, and what uses them too, judged at plan as before. One whose
 * evaluation fails all the same is reported at its own position, with the
 * message plan would give; a local that uses a failing one is unknown, not
 * blamed again.
 */
struct known {
	const struct stack *s;
	enum func_edition edition;
	/* By the local's index: its value as far as known (unknown when it
	 * failed), why it failed, whether it is being evaluated (a local that
	 * uses itself reads unknown: plan says so). */
	json_t **values;
	char **errors;
	bool *busy;
	int depth;      /* locals being evaluated inside each other */
};

/* Deeper than plan's resolver goes (plan/eval.c): unknown here. */
#define KNOWN_MAX_DEPTH 64

static const json_t *known_local(struct known *k, const char *name);

/* local.NAME[.PATH] as far as known; anything else is unknown. */
static int known_ref(void *ctx, const struct expr_ref *ref, json_t **out, json_t **sensitive,
		     struct strbuf *err)
{
	(void)sensitive, (void)err;
	struct expr_path p;
	struct strbuf why = STRBUF_INIT;
	const json_t *whole = NULL;
	if (!strcmp(ref->root, "local") && expr_path_parse(ref->path, &p, &why) == 0) {
		if (p.n && p.steps[0].name && (whole = known_local(ctx, p.steps[0].name))) {
			/* A step that is not there reads as null, as plan reads it. */
			const json_t *v = expr_path_walk(whole, &p, 1);
			*out = v ? json_deep_copy(v) : json_null();
		}
		expr_path_free(&p);
	}
	strbuf_release(&why);
	if (!whole)
		*out = value_unknown();
	return 0;
}

/* The value of the local called name as far as known; NULL when there is
 * none, it is being evaluated or it is too deep in a chain of locals. */
static const json_t *known_local(struct known *k, const char *name)
{
	const struct stack_local *l = stack_find_local(k->s, name);
	size_t i = l ? (size_t)(l - k->s->locals) : 0;
	if (!l || k->values[i] || k->busy[i] || k->depth >= KNOWN_MAX_DEPTH)
		return l ? k->values[i] : NULL;
	struct strbuf err = STRBUF_INIT;
	k->busy[i] = true;
	k->depth++;
	k->values[i] = expr_eval_before_plan(l->value, known_ref, k, k->edition, &err);
	k->depth--;
	k->busy[i] = false;
	if (!k->values[i]) {
		k->errors[i] = strbuf_detach(&err);
		k->values[i] = value_unknown();
	}
	strbuf_release(&err);
	return k->values[i];
}

static void known_init(struct known *k, const struct stack *s, enum func_edition edition)
{
	k->s = s;
	k->edition = edition;
	k->values = xcalloc(s->n_locals + 1, sizeof(*k->values));
	k->errors = xcalloc(s->n_locals + 1, sizeof(*k->errors));
	k->busy = xcalloc(s->n_locals + 1, sizeof(*k->busy));
	k->depth = 0;
}

static void known_release(struct known *k)
{
	for (size_t i = 0; i < k->s->n_locals; i++) {
		json_decref(k->values[i]);
		free(k->errors[i]);
	}
	free(k->values);
	free(k->errors);
	free(k->busy);
}

/* Whether value, failing with the newest edition's results, fails with
 * every other's too (a deployment may have an earlier one: its replace
 * reads "/[/" as text, where the others refuse the regular expression). */
static bool fails_in_every_edition(const struct stack *s, const json_t *value)
{
	bool fails = true;
	for (enum func_edition e = 0; fails && e <= FUNC_EARLIER; e++) {
		if (e == FUNC_NEWEST)
			continue;
		struct known k;
		struct strbuf err = STRBUF_INIT;
		known_init(&k, s, e);
		json_t *v = expr_eval_before_plan(value, known_ref, &k, e, &err);
		fails = !v;
		json_decref(v);
		strbuf_release(&err);
		known_release(&k);
	}
	return fails;
}

/* The string inside value (value itself, or an element of a list or map
 * at any depth) whose evaluation fails first; NULL for none. */
static const json_t *failing_string(struct known *k, const json_t *value)
{
	const json_t *bad = NULL;
	if (json_is_string(value)) {
		struct strbuf err = STRBUF_INIT;
		json_t *v = expr_eval_before_plan(value, known_ref, k, k->edition, &err);
		bad = v ? NULL : value;
		json_decref(v);
		strbuf_release(&err);
	} else if (json_is_array(value)) {
		for (size_t i = 0; !bad && i < json_array_size(value); i++)
			bad = failing_string(k, json_array_get(value, i));
	} else if (json_is_object(value)) {
		const char *key;
		json_t *item;
		json_object_foreach((json_t *)value, key, item)
			if (!bad)
				bad = failing_string(k, item);
	}
	return bad;
}

/* "local NAME: why" or "output NAME: why" at the string that fails (else
 * at the value, else at the name), when every edition fails it. */
static void report_known(struct vctx *v, struct known *k, const char *what, const char *name,
			 const json_t *value, const struct src_pos *at, const char *why)
{
	if (!fails_in_every_edition(v->s, value))
		return;
	const json_t *bad = failing_string(k, value);
	const struct src_pos *pos = bad ? stack_pos_of(v->s, bad) : NULL;
	if (!pos)
		pos = stack_pos_of(v->s, value);
	diag_errorf(v->d, pos ? pos : at, "%s %s: %s", what, name, why);
}

/* The number of instances a for_each or count known before plan makes
 * (a map's keys, a list's items, count's number); -1 when not known. */
static double known_instances(const json_t *value, bool for_each)
{
	if (!value || value_is_unknown(value))
		return -1;
	if (for_each && json_is_object(value))
		return (double)json_object_size(value);
	if (for_each)
		return json_is_array(value) && !value_contains_unknown(value)
		       ? (double)json_array_size(value) : -1;
	char *end = NULL;
	double n = json_is_number(value) ? json_number_value(value)
		   : json_is_string(value) ? strtod(json_string_value(value), &end) : -1;
	return end && (*end || end == json_string_value(value)) ? -1 : n;
}

/* The instances expr (a for_each, else a count) makes as far as known
 * before plan with edition's functions, k's locals; -1 when not known. */
static double instances_before_plan(struct known *k, const json_t *expr, bool for_each,
				    enum func_edition edition)
{
	struct strbuf err = STRBUF_INIT;
	json_t *value = expr_eval_before_plan(expr, known_ref, k, edition, &err);
	double n = known_instances(value, for_each);
	json_decref(value);
	strbuf_release(&err);
	return n;
}

/* A for_each or count written as an expression whose value is known before
 * plan (a local, a function of literals) is held to the limit plan holds it
 * to, in plan's words (stack_too_many_instances), when every edition of the
 * functions makes more (a deployment may have an earlier one); a literal
 * one is repeat_keys' (stack_model.c), one made from variables plan's. */
static void check_known_instances(struct vctx *v, struct known *k, const char *what,
				  const char *name, const json_t *for_each, const json_t *count)
{
	const json_t *expr = for_each ? for_each : count;
	double n = json_is_string(expr) ? instances_before_plan(k, expr, for_each, FUNC_NEWEST) : -1;
	for (enum func_edition e = 0; n > STACK_MAX_INSTANCES && e <= FUNC_EARLIER; e++) {
		struct known other;
		known_init(&other, v->s, e);
		double in_e = e == FUNC_NEWEST ? n : instances_before_plan(&other, expr, for_each, e);
		n = in_e < n ? in_e : n;
		known_release(&other);
	}
	char *where = xasprintf("%s \"%s\"", what, name);
	if (n >= 0)
		stack_too_many_instances(v->d, stack_pos_of(v->s, expr), where, for_each != NULL, n);
	free(where);
}

static void check_known_values(struct vctx *v)
{
	const struct stack *s = v->s;
	struct known k;
	known_init(&k, s, FUNC_NEWEST);
	for (size_t i = 0; i < s->n_resources; i++)
		check_known_instances(v, &k, "resource", s->resources[i].name,
				      s->resources[i].for_each, s->resources[i].count);
	for (size_t i = 0; i < s->n_modules; i++)
		check_known_instances(v, &k, "module", s->modules[i].name, s->modules[i].for_each,
				      s->modules[i].count);
	for (size_t i = 0; i < s->n_locals; i++) {
		const struct stack_local *l = &s->locals[i];
		known_local(&k, l->name);
		if (k.errors[i])
			report_known(v, &k, "local", l->name, l->value, &l->pos, k.errors[i]);
	}
	for (size_t i = 0; i < s->n_outputs; i++) {
		const struct stack_output *o = &s->outputs[i];
		struct strbuf err = STRBUF_INIT;
		json_t *value = expr_eval_before_plan(o->value, known_ref, &k, FUNC_NEWEST, &err);
		if (!value)
			report_known(v, &k, "output", o->name, o->value, &o->pos, err.buf);
		json_decref(value);
		strbuf_release(&err);
	}
	known_release(&k);
}

/* ---- the whole stack ----------------------------------------------------- */

/* A module call's inputs are the module's variables; the required ones are
 * given. */
static void check_module_inputs(struct vctx *v, const struct stack_module *m)
{
	const struct stack *child = m->stack;
	const char *key;
	json_t *value;
	if (!child)
		return;
	json_object_foreach(m->inputs, key, value) {
		if (stack_find_variable(child, key))
			continue;
		diag_errorf(v->d, stack_key_pos(v->s, m->inputs, key),
			    "module \"%s\" has no variable \"%s\" to set", m->name, key);
		const char **names = xcalloc(child->n_vars + 1, sizeof(*names));
		for (size_t i = 0; i < child->n_vars; i++)
			names[i] = child->vars[i].name;
		suggest_among(v->d, key, names, child->n_vars);
		free(names);
	}
	for (size_t i = 0; i < child->n_vars; i++)
		if (!child->vars[i].default_value && !json_object_get(m->inputs, child->vars[i].name))
			diag_errorf(v->d, &m->pos, "module \"%s\" needs input \"%s\" (variable %s of "
				    "%s:%d has no default)", m->name, child->vars[i].name,
				    child->vars[i].name, child->vars[i].pos.file ? child->vars[i].pos.file : "",
				    child->vars[i].pos.line);
}

/* The for_each or count of a resource or module: variables and locals only. */
static void check_repeat(struct vctx *v, const json_t *for_each, const json_t *count)
{
	v->in_repeat = true;
	if (for_each)
		check_refs(v, for_each);
	if (count)
		check_refs(v, count);
	v->in_repeat = false;
}

/* ---- checks across resources -------------------------------------------- */

struct across {
	struct vctx *v;
	const struct stack_resource **rs; /* the resources handed to the checks */
};

static void report_across(void *ctx, const struct check_finding *found)
{
	struct across *a = ctx;
	const struct stack_resource *r = a->rs[found->which];
	char *owner = xasprintf("resource \"%s\"", r->name);

	a->v->owner = owner;
	report_written_config(a->v, r->rtype->name, r->config, &r->pos, found->attr,
			      found->message, found->warning);
	if (found->other != WRITTEN_NONE) {
		const struct stack_resource *o = a->rs[found->other];
		const struct src_pos *pos = yaml_key_pos(a->v->s->positions, o->config,
							 found->other_attr);

		if (!pos)
			pos = &o->pos;
		diag_set_detail(a->v->d, "resource \"%s\" %s is at %s:%d:%d", o->name,
				found->other_attr, pos->file ? pos->file : "?", pos->line, pos->col);
	}
	a->v->owner = NULL;
	free(owner);
}

/* The checks across the resources whose own checks passed (clean[i]):
 * each as created for `terrace validate` (judged_as_created), else with
 * neither `creating` nor `known`: whether it is created is plan's to say. */
static void check_across(struct vctx *v, const bool *clean)
{
	const struct stack *s = v->s;
	struct check_subject *subjects = xcalloc(s->n_resources + 1, sizeof(*subjects));
	const struct stack_resource **rs = xcalloc(s->n_resources + 1, sizeof(*rs));
	struct across a = { v, rs };
	size_t n = 0;

	for (size_t i = 0; i < s->n_resources; i++) {
		const struct stack_resource *r = &s->resources[i];

		if (!clean[i] || !r->rtype || !r->ptype)
			continue;
		rs[n] = r;
		subjects[n++].resource = (struct written_resource){
			.name = r->name, .type = r->rtype->name, .rtype = r->rtype,
			.provider = r->provider ? r->provider : r->ptype->name,
			.config = r->config, .repeated = r->for_each || r->count,
			.creating = s->judged_as_created,
		};
	}
	struct check_request req = { CHECK_AS_WRITTEN, CHECK_ACROSS, subjects, n, report_across, &a };
	provider_checks_run(&req);
	free(rs);
	free(subjects);
}

int stack_validate(const struct stack *s, struct diags *d)
{
	size_t before = d->n;
	struct vctx v = { s, d, NULL, false, false, false };
	bool *clean = xcalloc(s->n_resources + 1, sizeof(*clean));

	for (size_t i = 0; i < s->n_providers; i++) {
		const struct stack_provider *p = &s->providers[i];
		char *owner = xasprintf("provider \"%s\"", p->name);
		v.owner = owner;
		if (p->ptype) {
			size_t errors = d->n;
			validate_object(&v, p->ptype->config_attrs, p->config, NULL, &p->pos);
			if (d->n == errors)
				check_written_provider(&v, p);
		}
		check_refs(&v, p->config);
		free(owner);
	}
	for (size_t i = 0; i < s->n_vars; i++) {
		if (!s->vars[i].validations)
			continue;
		char *owner = xasprintf("variable \"%s\"", s->vars[i].name);
		v.owner = owner;
		check_refs(&v, s->vars[i].validations);
		free(owner);
	}
	for (size_t i = 0; i < s->n_locals; i++) {
		char *owner = xasprintf("local value \"%s\"", s->locals[i].name);
		v.owner = owner;
		check_refs(&v, s->locals[i].value);
		free(owner);
	}
	for (size_t i = 0; i < s->n_resources; i++) {
		const struct stack_resource *r = &s->resources[i];
		char *owner = xasprintf("resource \"%s\"", r->name);
		v.owner = owner;
		if (r->rtype) {
			size_t errors = d->n;
			validate_object(&v, r->rtype->attrs, r->config, NULL, &r->pos);
			if (d->n == errors)
				check_written_resource(&v, r);
			clean[i] = d->n == errors;
		}
		/* In a module, provider names are those of the calling stack. */
		if (!s->module_depth)
			check_resource_provider(&v, r);
		check_repeat(&v, r->for_each, r->count);
		v.has_for_each = r->for_each != NULL;
		v.has_count = r->count != NULL;
		check_refs(&v, r->config);
		v.has_for_each = v.has_count = false;
		free(owner);
	}
	for (size_t i = 0; i < s->n_modules; i++) {
		const struct stack_module *m = &s->modules[i];
		char *owner = xasprintf("module \"%s\"", m->name);
		v.owner = owner;
		check_module_inputs(&v, m);
		if (!s->module_depth)
			check_module_providers(&v, m);
		check_repeat(&v, m->for_each, m->count);
		v.has_for_each = m->for_each != NULL;
		v.has_count = m->count != NULL;
		check_refs(&v, m->inputs);
		v.has_for_each = v.has_count = false;
		free(owner);
	}
	for (size_t i = 0; i < s->n_lookups; i++) {
		const struct stack_lookup *l = &s->lookups[i];
		char *owner = xasprintf("lookup \"%s\"", l->address);
		v.owner = owner;
		if (l->ltype)
			validate_object(&v, l->ltype->attrs, l->config, NULL, &l->pos);
		if (!s->module_depth)
			check_lookup_provider(&v, l);
		check_repeat(&v, l->for_each, l->count);
		v.has_for_each = l->for_each != NULL;
		v.has_count = l->count != NULL;
		check_refs(&v, l->config);
		v.has_for_each = v.has_count = false;
		free(owner);
	}
	for (size_t i = 0; i < s->n_outputs; i++) {
		char *owner = xasprintf("output \"%s\"", s->outputs[i].name);
		v.owner = owner;
		check_refs(&v, s->outputs[i].value);
		free(owner);
	}
	check_across(&v, clean);
	free(clean);
	check_cycles(&v);
	/* With every reference right, what is known already is judged now. */
	if (!diags_has_errors(d))
		check_known_values(&v);
	return diags_has_errors(d) && d->n > before ? -1 : 0;
}
