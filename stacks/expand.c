/*
 * expand.c: modules, for_each and count turned into the flat list of
 * resource instances (see expand.h for the addresses and the local values
 * that carry what depends on where an expression was written).
 *
 * The walk: a scope is a stack (the root, or a module) with the prefix of
 * its addresses ("" or "module.lake."). In each scope: its locals, then its
 * modules (each instance: its each/count values, its inputs, the module's
 * own scope, its outputs), then its resources (each instance: renamed
 * configuration). Dependencies are worked out at the end, on the flat
 * result, from the renamed references (through local values) and from
 * depends_on (a resource name stands for all its instances, module.NAME for
 * every resource inside).
 */
#include "stacks/expand.h"
#include "stacks/expr.h"
#include "stacks/expr_path.h"
#include "stacks/module_order.h"
#include "stacks/stack.h"
#include "stacks/var_type.h"
#include "stacks/yaml.h"
#include "provider/provider.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct origin {
	char *address;
	const struct src_pos *pos; /* of the template, for messages */
	json_t *depends_on;        /* patterns: an address, or an address prefix */
};

/* A resource key written as each.key or count.index and the key it became,
 * so a key with no instance is reported where it was written. */
struct picked_key {
	char *address;  /* the instance whose attribute holds the reference */
	char *root;     /* what it became: bucket["a"] */
	char *written;  /* as written: bucket[each.key] */
	struct src_pos pos;
};

struct expander {
	expand_eval_fn eval;
	void *ctx;
	struct diags *d;
	struct expansion *x;
	struct origin *origins;
	size_t n_origins;
	struct picked_key *picked;
	size_t n_picked;
	/* In a module called with providers: its configuration names (a
	 * resource's provider, its type's name by default) -> the root
	 * stack's; NULL at the root, where names are the root's own. */
	json_t *provider_names;
};

/* What a reference means depends on where it was written. */
struct scope {
	const char *prefix; /* "" or "module.lake." */
	const char *inst;   /* the instance whose each/count are meant, or NULL */
	struct expander *e;
	const char *self;   /* what `self` names (a resource's conditions), or NULL */
};

/* path.module, path.root, path.cwd: the folder of the stack (module) an
 * expression is written in and of the root stack, both from the root
 * stack's folder ("." for the root: relative paths are read from there,
 * plan/run.c's plan_enter_dir), and the current one; literal local values
 * "PREFIXpath.module" and "path.root" / "path.cwd". */

/* ---- renaming ------------------------------------------------------------ */

/* key quoted for an expression, its "${" and "%{" kept as text */
static void add_literal_key(struct strbuf *out, const char *key)
{
	struct strbuf text = STRBUF_INIT;
	for (const char *c = key; *c; c++) {
		if ((*c == '$' || *c == '%') && c[1] == '{')
			strbuf_addch(&text, *c);
		strbuf_addch(&text, *c);
	}
	expr_quote_key(out, text.buf);
	strbuf_release(&text);
}

static void add_local_ref(struct strbuf *out, const char *name)
{
	strbuf_addstr(out, "local[");
	add_literal_key(out, name);
	strbuf_addch(out, ']');
}

/* The first step of a path, "NAME..." or "[\"NAME\"]...": a new string, and
 * in *rest the remainder ("", ".x", "[0]"). */
static char *first_step(const char *path, const char **rest)
{
	struct expr_path p;
	struct strbuf err = STRBUF_INIT;
	char *name = NULL;
	if (path[0] != '[') {
		size_t n = strcspn(path, ".[");
		*rest = path + n;
		strbuf_release(&err);
		return xstrndup(path, n);
	}
	/* A quoted key: its end is the first "]" after which the key parses. */
	for (const char *c = strchr(path, ']'); c; c = strchr(c + 1, ']')) {
		char *head = xstrndup(path, (size_t)(c + 1 - path));
		int rc = expr_path_parse(head, &p, &err);
		free(head);
		strbuf_reset(&err);
		if (rc == 0 && p.n == 1 && p.steps[0].name) {
			name = xstrdup(p.steps[0].name);
			expr_path_free(&p);
			*rest = c + 1;
			break;
		}
		if (rc == 0)
			expr_path_free(&p);
	}
	strbuf_release(&err);
	if (!name) {
		*rest = "";
		name = xstrdup(path);
	}
	return name;
}

static int rename_ref(void *ctx, const struct expr_ref *ref, struct strbuf *out,
		      struct strbuf *err);

/* The value of the local "INST.each.key" or "INST.count.index" as the key
 * of an address (["a"], [0]), appended to out; -1 with err set when the
 * instance has none. */
static int instance_key(const struct scope *sc, const char *which, struct strbuf *out,
			struct strbuf *err)
{
	char *name = sc->inst ? xasprintf("%s.%s", sc->inst, which) : NULL;
	const json_t *l = name ? json_object_get(sc->e->x->locals, name) : NULL;
	const json_t *v = json_object_get(l, "value");
	free(name);
	if (json_is_integer(v)) {
		strbuf_addf(out, "[%lld]", (long long)json_integer_value(v));
		return 0;
	}
	if (!json_is_string(v)) {
		strbuf_addf(err, "%s is not known here", which);
		return -1;
	}
	/* literal() escaped "${" as "$${" */
	struct strbuf key = STRBUF_INIT;
	const char *s = json_string_value(v);
	for (size_t i = 0; s[i]; i++)
		if (!(s[i] == '$' && s[i + 1] == '$' && s[i + 2] == '{'))
			strbuf_addch(&key, s[i]);
	strbuf_addch(out, '[');
	expr_quote_key(out, key.buf);
	strbuf_addch(out, ']');
	strbuf_release(&key);
	return 0;
}

/* bucket[each.key] and module.m[count.index].out with the instance's own
 * key put in: 1 and the renamed reference in out, 0 when ref has no such
 * key, -1 with err set. */
static int rename_picked(const struct scope *sc, const struct expr_ref *ref, struct strbuf *out,
			 struct strbuf *err)
{
	static const char *const forms[] = { "[each.key]", "[count.index]" };
	struct strbuf root = STRBUF_INIT;
	const char *s = ref->root;
	size_t prefix_len = ref->prefix_len;
	bool any = false;
	while (*s) {
		size_t k;
		for (k = 0; k < 2; k++)
			if (!strncmp(s, forms[k], strlen(forms[k])))
				break;
		if (k == 2) {
			strbuf_addch(&root, *s++);
			continue;
		}
		size_t before = root.len;
		char *which = xstrndup(forms[k] + 1, strlen(forms[k]) - 2);
		int rc = instance_key(sc, which, &root, err);
		free(which);
		if (rc < 0) {
			strbuf_release(&root);
			return -1;
		}
		size_t at = (size_t)(s - ref->root);
		s += strlen(forms[k]);
		if (at < ref->prefix_len)
			prefix_len += (root.len - before) - strlen(forms[k]);
		any = true;
	}
	if (!any) {
		strbuf_release(&root);
		return 0;
	}
	struct expr_ref concrete = *ref;
	concrete.root = root.buf;
	concrete.prefix_len = prefix_len;
	int rc = rename_ref((void *)sc, &concrete, out, err);
	if (rc == 0) { /* kept as it is: write the concrete reference */
		strbuf_addstr(out, root.buf);
		if (ref->path)
			strbuf_addf(out, "%s%s", ref->path[0] == '[' ? "" : ".", ref->path);
	}
	if (rc >= 0 && !ref->prefix_len) {
		struct expander *e = sc->e;
		e->picked = xrealloc(e->picked, (e->n_picked + 1) * sizeof(*e->picked));
		struct picked_key *p = &e->picked[e->n_picked++];
		p->address = xstrdup(sc->inst);
		p->root = xasprintf("%s%s", sc->prefix, root.buf);
		p->written = xstrdup(ref->root);
		p->pos = ref->pos;
	}
	strbuf_release(&root);
	return rc < 0 ? -1 : 1;
}

static int rename_ref(void *ctx, const struct expr_ref *ref, struct strbuf *out,
		      struct strbuf *err)
{
	const struct scope *sc = ctx;
	int picked = rename_picked(sc, ref, out, err);
	if (picked)
		return picked;
	const char *path = ref->path ? ref->path : "";
	bool scoped = !strcmp(ref->root, "var") || !strcmp(ref->root, "local");
	bool repeat = !strcmp(ref->root, "each") || !strcmp(ref->root, "count");
	if (!strcmp(ref->root, "self")) {
		if (!sc->self) {
			strbuf_addstr(err, "self is known only in a resource's postcondition");
			return -1;
		}
		strbuf_addf(out, "%s%s", sc->prefix, sc->self);
		if (ref->path)
			strbuf_addf(out, "%s%s", ref->path[0] == '[' ? "" : ".", ref->path);
		return 1;
	}
	if (!strcmp(ref->root, "path")) {
		char *local = !strcmp(path, "module") ? xasprintf("%spath.module", sc->prefix)
						      : xasprintf("path.%s", path);
		add_local_ref(out, local);
		free(local);
		return 1;
	}
	if (!strcmp(ref->root, "terrace") && !strcmp(path, "module")) {
		/* the module instance's address, "" at the root: a text */
		size_t n = strlen(sc->prefix);
		if (n && sc->prefix[n - 1] == '.')
			n--;
		strbuf_addch(out, '"');
		for (size_t i = 0; i < n; i++) {
			char ch = sc->prefix[i];
			if (ch == '"' || ch == '\\')
				strbuf_addch(out, '\\');
			else if ((ch == '$' || ch == '%') && sc->prefix[i + 1] == '{')
				strbuf_addch(out, ch);
			strbuf_addch(out, ch);
		}
		strbuf_addch(out, '"');
		return 1;
	}
	if (!strcmp(ref->root, "terrace") || (scoped && !*sc->prefix))
		return 0;
	if (scoped || repeat) {
		if (repeat && !sc->inst) {
			strbuf_addf(err, "%s.%s is not known here", ref->root, path);
			return -1;
		}
		const char *rest;
		char *name = first_step(path, &rest);
		char *local = repeat ? xasprintf("%s.%s.%s", sc->inst, ref->root, name)
				     : xasprintf("%s%s.%s", sc->prefix, ref->root, name);
		add_local_ref(out, local);
		strbuf_addstr(out, rest);
		free(local);
		free(name);
		return 1;
	}
	if (!ref->prefix_len && !strncmp(ref->root, "module.", 7)) {
		/* module.M, module.M["k"]: the module as a value, a local
		 * expand_module makes of its outputs (module_value) */
		char *local = xasprintf("%s%s", sc->prefix, ref->root);
		add_local_ref(out, local);
		free(local);
	} else if (ref->prefix_len) {
		/* module.M[K].OUT[K2].path -> local "PREFIX module.M[K]. output.OUT"
		 * (module.M.data.x, as written in the caller, is output "data") */
		const char *final = ref->root + ref->prefix_len;
		size_t n = strcspn(final, ".[");
		char *local = xasprintf("%s%.*soutput.%.*s", sc->prefix, (int)ref->prefix_len,
					ref->root, (int)n, final);
		add_local_ref(out, local);
		strbuf_addstr(out, final + n);
		free(local);
	} else if (*sc->prefix) {
		strbuf_addf(out, "%s%s", sc->prefix, ref->root);
	} else {
		return 0;
	}
	if (ref->path)
		strbuf_addf(out, "%s%s", ref->path[0] == '[' ? "" : ".", ref->path);
	return 1;
}

static const struct src_pos *pos_in_stack(void *ctx, const json_t *node)
{
	return ctx ? stack_pos_of(ctx, node) : NULL;
}

/* value with its references renamed for the scope; s, when given, is the
 * stack value was written in (for the positions of messages); self what
 * `self` names (a postcondition's resource instance), or NULL. */
static json_t *renamed_in_self(struct expander *e, const struct stack *s, const json_t *value,
			       const char *prefix, const char *inst, const char *self,
			       const struct src_pos *pos)
{
	struct scope sc = { prefix, inst, e, self };
	struct strbuf err = STRBUF_INIT;
	json_t *v = expr_rename_refs_at(value ? value : json_null(), s ? pos_in_stack : NULL,
					(void *)s, rename_ref, &sc, &err);
	if (!v) {
		diag_errorf(e->d, pos, "%s", err.buf);
		v = json_null();
	}
	strbuf_release(&err);
	return v;
}

static json_t *renamed(struct expander *e, const json_t *value, const char *prefix,
		       const char *inst, const struct src_pos *pos)
{
	return renamed_in_self(e, NULL, value, prefix, inst, NULL, pos);
}

static json_t *renamed_in(struct expander *e, const struct stack *s, const json_t *value,
			  const char *prefix, const char *inst, const struct src_pos *pos)
{
	return renamed_in_self(e, s, value, prefix, inst, NULL, pos);
}

/* A resource's conditions in the scope of one of its instances: self is
 * the instance in postconditions (nowhere else). */
static json_t *renamed_conditions(struct expander *e, const struct stack_resource *r,
				  const char *prefix, const char *inst, const char *self)
{
	json_t *out = json_array();
	size_t i;
	json_t *c;
	json_array_foreach(r->conditions, i, c) {
		bool post = !strcmp(json_string_value(json_object_get(c, "kind")), "postcondition");
		json_t *copy = json_deep_copy(c);
		json_object_set_new(copy, "condition", renamed_in_self(e, NULL,
				    json_object_get(c, "condition"), prefix, inst, post ? self : NULL,
				    &r->pos));
		json_object_set_new(copy, "error_message", renamed_in_self(e, NULL,
				    json_object_get(c, "error_message"), prefix, inst,
				    post ? self : NULL, &r->pos));
		json_array_append_new(out, copy);
	}
	return out;
}

/* A value as an expression that evaluates to itself: "${" in strings is
 * escaped. */
static json_t *literal(const json_t *v)
{
	if (json_is_string(v)) {
		struct strbuf out = STRBUF_INIT;
		const char *s = json_string_value(v);
		for (size_t i = 0; i < json_string_length(v); i++) {
			if (s[i] == '$' && s[i + 1] == '{')
				strbuf_addch(&out, '$');
			strbuf_addch(&out, s[i]);
		}
		json_t *copy = json_stringn(out.buf, out.len);
		strbuf_release(&out);
		return copy;
	}
	if (json_is_array(v)) {
		json_t *copy = json_array();
		size_t i;
		json_t *item;
		json_array_foreach(v, i, item)
			json_array_append_new(copy, literal(item));
		return copy;
	}
	if (json_is_object(v)) {
		json_t *copy = json_object();
		const char *key;
		json_t *item;
		json_object_foreach((json_t *)v, key, item)
			json_object_set_new(copy, key, literal(item));
		return copy;
	}
	return v ? json_deep_copy(v) : json_null();
}

/* A local's entry: {"value": ..., "sensitive": true} or, as most are,
 * {"value": ...} (readers take an absent "sensitive" as false; a for_each
 * of 10,000 has 20,000 of these). */
static void set_local(struct expander *e, const char *name, json_t *value, bool sensitive)
{
	json_t *entry = json_pack("{s:o}", "value", value);
	if (sensitive)
		json_object_set_new(entry, "sensitive", json_true());
	json_object_set_new(e->x->locals, name, entry);
}

/* ---- instances ----------------------------------------------------------- */

struct instance {
	char *key;        /* "[\"alice\"]", "[0]", or "" for a single one */
	json_t *each_key; /* for_each: the key (a list's item is its value too) */
	char *map_local;  /* for_each over a map: the local holding it, so each.value
			   * is read from it when used (it may be known only then) */
	long long index;  /* count */
	bool counted;
};

static void instances_free(struct instance *in, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(in[i].key);
		free(in[i].map_local);
		json_decref(in[i].each_key);
	}
	free(in);
}

static struct instance *instance_push(struct instance **in, size_t *n)
{
	*in = xrealloc(*in, (*n + 1) * sizeof(**in));
	struct instance *it = &(*in)[(*n)++];
	memset(it, 0, sizeof(*it));
	return it;
}

static struct instance *for_each_key(struct instance **in, size_t *n, const char *key)
{
	struct strbuf text = STRBUF_INIT;
	strbuf_addch(&text, '[');
	expr_quote_key(&text, key);
	strbuf_addch(&text, ']');
	struct instance *it = instance_push(in, n);
	it->key = strbuf_detach(&text);
	it->each_key = json_string(key);
	return it;
}

bool stack_too_many_instances(struct diags *d, const struct src_pos *pos, const char *what,
			      bool for_each, double n)
{
	if (!(n > STACK_MAX_INSTANCES))
		return false;
	diag_errorf(d, pos, for_each ? "for_each of %s has %.15g keys; one resource or module has "
				       "at most %d instances"
				     : "count of %s is %.15g; one resource or module has at most %d "
				       "instances", what, n, STACK_MAX_INSTANCES);
	return true;
}

static const char *name_start(const char *address, const char **key);

/* The lookups value uses (their addresses without a key: "data.zones",
 * "module.net.data.ids"), through local values too (module inputs,
 * locals, each.value), added to lookups once each (seen: the locals
 * already followed). */
static void lookups_used(const struct expander *e, const json_t *value, json_t *lookups,
			 json_t *seen)
{
	struct expr_refs refs = { NULL, 0, 0 };
	struct diags ignored = DIAGS_INIT;
	expr_collect_refs(value, NULL, NULL, &refs, &ignored);
	diags_free(&ignored);
	for (size_t i = 0; i < refs.n; i++) {
		const struct expr_ref *ref = &refs.items[i];
		if (!strcmp(ref->root, "local")) {
			const char *rest;
			char *name = first_step(ref->path ? ref->path : "", &rest);
			const json_t *l = json_object_get(e->x->locals, name);
			if (l && !json_object_get(seen, name)) {
				json_object_set_new(seen, name, json_true());
				lookups_used(e, json_object_get(l, "value"), lookups, seen);
			}
			free(name);
			continue;
		}
		if (!address_is_lookup(ref->root))
			continue;
		const char *key;
		name_start(ref->root, &key);
		char *base = key ? xstrndup(ref->root, (size_t)(key - ref->root))
				 : xstrdup(ref->root);
		bool listed = false;
		size_t k;
		json_t *v;
		json_array_foreach(lookups, k, v)
			listed = listed || !strcmp(json_string_value(v), base);
		if (!listed)
			json_array_append_new(lookups, json_string(base));
		free(base);
	}
	expr_refs_free(&refs);
}

/* A count or for_each (expr, renamed) whose value is not known now: when
 * it uses a lookup, the template awaits it (expand.h) and true is
 * returned; else false (an error of the caller's to say). */
static bool awaits_lookups(struct expander *e, const char *template, const json_t *expr,
			   const char *meta, const char *what, const struct src_pos *pos)
{
	json_t *lookups = json_array(), *seen = json_object();
	lookups_used(e, expr, lookups, seen);
	json_decref(seen);
	if (!json_array_size(lookups)) {
		json_decref(lookups);
		return false;
	}
	json_t *entry = json_pack("{s:s, s:s, s:o}", "meta", meta, "what", what, "lookups",
				  lookups);
	if (pos && pos->file)
		json_object_set_new(entry, "at", json_sprintf("%s:%d:%d", pos->file, pos->line,
							      pos->col));
	json_object_set_new(e->x->awaiting, template, entry);
	return true;
}

/* Whether root (a reference: web[0], module.net.web) is an instance of a
 * template that awaits lookups: it has none yet, and what refers to it
 * is judged once it has. */
static bool of_awaiting(const struct expander *e, const char *root)
{
	const char *key;
	name_start(root, &key);
	char *base = key ? xstrndup(root, (size_t)(key - root)) : xstrdup(root);
	bool yes = json_object_get(e->x->awaiting, base) != NULL;
	const char *k;
	json_t *v;
	/* inside a module instance that awaits: module.net[0].web */
	json_object_foreach(yes ? NULL : e->x->awaiting, k, v)
		yes = yes || address_within(root, k);
	free(base);
	return yes;
}

/*
 * The instances of a template: one with key "" when it has neither for_each
 * nor count. what names the template in messages ("resource \"bucket\"");
 * s is the stack it is written in (for positions). -1 after an error.
 */
static int instances_of(struct expander *e, const struct stack *s, const char *prefix,
			const char *template, const json_t *for_each, const json_t *count,
			const char *what, const struct src_pos *fallback, struct instance **out,
			size_t *n)
{
	*out = NULL;
	*n = 0;
	if (!for_each && !count) {
		instance_push(out, n)->key = xstrdup("");
		return 0;
	}
	const json_t *expr = for_each ? for_each : count;
	const char *meta = for_each ? "for_each" : "count";
	const struct src_pos *pos = stack_pos_of(s, expr);
	if (!pos)
		pos = fallback;
	json_t *ren = renamed(e, expr, prefix, NULL, pos);
	struct strbuf err = STRBUF_INIT;
	json_t *v = e->eval(e->ctx, ren, e->x->locals, e->x->resources, NULL, &err);
	int rc = -1;
	/* each.value of a map reads it; either tells a reference to the whole
	 * template that it has instances, none maybe (plan/eval.c) */
	char *map_local = xasprintf("%s.%s", template, meta);
	set_local(e, map_local, ren, false);
	if (!v) {
		diag_errorf(e->d, pos, "%s of %s: %s", meta, what, err.buf);
		goto out;
	}
	/* The instances must be known; a map's values may come later. */
	if (value_is_unknown(v) || (!json_is_object(v) && value_contains_unknown(v))) {
		if (awaits_lookups(e, template, ren, meta, what, pos)) {
			rc = 0; /* no instance until the lookups are read */
			goto out;
		}
		diag_errorf(e->d, pos, "%s of %s is not known until apply; its %s must come from "
			    "variables and locals", meta, what, for_each ? "keys" : "number");
		goto out;
	}
	if (count) {
		double c = json_is_number(v) ? json_number_value(v) : -1;
		if (json_is_string(v)) {
			char *end;
			c = strtod(json_string_value(v), &end);
			if (*end || end == json_string_value(v))
				c = -1;
		}
		/* Checked before any conversion: 1e308 does not fit a long long. */
		if (stack_too_many_instances(e->d, pos, what, false, c))
			goto out;
		if (!(c >= 0) || c != (double)(long long)c) {
			char *text = json_is_number(v) || json_is_string(v)
				     ? json_dumps(v, JSON_ENCODE_ANY) : NULL;
			diag_errorf(e->d, pos, "count of %s must be a whole number of at least 0, got %s",
				    what, text ? text : value_kind(v));
			free(text);
			goto out;
		}
		for (long long i = 0; i < (long long)c; i++) {
			struct instance *it = instance_push(out, n);
			it->key = xasprintf("[%lld]", i);
			it->index = i;
			it->counted = true;
		}
		rc = 0;
		goto out;
	}
	size_t size = json_is_object(v) ? json_object_size(v) : json_array_size(v);
	if (stack_too_many_instances(e->d, pos, what, true, (double)size))
		goto out;
	if (json_is_object(v)) {
		const char *key;
		json_t *item;
		json_object_foreach(v, key, item)
			for_each_key(out, n, key)->map_local = xstrdup(map_local);
		rc = 0;
		goto out;
	}
	if (!json_is_array(v)) {
		diag_errorf(e->d, pos, "for_each of %s must be a list of strings or a map, got %s",
			    what, value_kind(v));
		goto out;
	}
	size_t i;
	json_t *item;
	rc = 0;
	json_array_foreach(v, i, item) {
		if (!json_is_string(item)) {
			diag_errorf(e->d, pos, "for_each of %s: item %zu is %s; a list must hold "
				    "strings (the keys)", what, i, value_kind(item));
			rc = -1;
			break;
		}
		for (size_t k = 0; k < *n; k++)
			if (json_equal((*out)[k].each_key, item)) {
				diag_errorf(e->d, pos, "for_each of %s lists \"%s\" twice; the keys must "
					    "differ", what, json_string_value(item));
				rc = -1;
			}
		if (rc)
			break;
		for_each_key(out, n, json_string_value(item));
	}
out:
	json_decref(v);
	free(map_local);
	strbuf_release(&err);
	if (rc) {
		instances_free(*out, *n);
		*out = NULL;
		*n = 0;
	}
	return rc;
}

/* each.key, each.value or count.index of instance address addr. */
static void instance_locals(struct expander *e, const char *addr, const struct instance *it)
{
	char *name;
	if (it->each_key) {
		char *key_name = xasprintf("%s.each.key", addr);
		set_local(e, key_name, literal(it->each_key), false);
		name = xasprintf("%s.each.value", addr);
		if (it->map_local) {
			struct strbuf ref = STRBUF_INIT;
			strbuf_addstr(&ref, "${");
			add_local_ref(&ref, it->map_local);
			strbuf_addch(&ref, '[');
			expr_quote_key(&ref, json_string_value(it->each_key));
			strbuf_addstr(&ref, "]}");
			set_local(e, name, json_stringn(ref.buf, ref.len), false);
			strbuf_release(&ref);
		} else {
			/* A list's item is its key and its value: one entry for
			 * both (a for_each of 10,000 makes 10,000 fewer). */
			json_object_set(e->x->locals, name, json_object_get(e->x->locals, key_name));
		}
		free(key_name);
		free(name);
	} else if (it->counted) {
		name = xasprintf("%s.count.index", addr);
		set_local(e, name, json_integer(it->index), false);
		free(name);
	}
}

/* ---- scopes -------------------------------------------------------------- */

static struct origin *origin_add(struct expander *e, const char *address,
				 const struct src_pos *pos)
{
	e->origins = xrealloc(e->origins, (e->n_origins + 1) * sizeof(*e->origins));
	struct origin *o = &e->origins[e->n_origins++];
	o->address = xstrdup(address);
	o->pos = pos;
	o->depends_on = json_array();
	return o;
}

static void add_patterns(json_t *patterns, const char *prefix, char *const *names, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char *p = xasprintf("%s%s", prefix, names[i]);
		json_array_append_new(patterns, json_string(p));
		free(p);
	}
}

static void expand_scope(struct expander *e, const struct stack *s, const char *prefix);

/* A module's input, when its value is known here (made of variables, locals
 * and literals): converted to the variable's type and judged by its
 * validation rules, with errors at the call's file:line:col. What is known
 * only at apply is converted when read. */
static void check_module_input(struct expander *e, const struct stack *s,
			       const struct stack_module *m, const char *addr,
			       const struct stack_variable *v)
{
	const json_t *input = json_object_get(m->inputs, v->name);
	bool convert = input && v->typed;
	/* The rules judge the input, or the default when there is none. */
	bool judge = v->validations && (input || v->default_value);
	if (!convert && !judge)
		return;
	const struct src_pos *pos = input ? stack_pos_of(s, input) : NULL;
	if (!pos && input)
		pos = stack_key_pos(s, m->inputs, v->name);
	if (!pos)
		pos = &m->pos;
	const char *what = input ? "input" : "the default of variable";
	struct strbuf err = STRBUF_INIT;
	char *name = xasprintf("%s.var.%s", addr, v->name);
	const json_t *entry = json_object_get(e->x->locals, name);
	bool secret = v->sensitive;
	json_t *raw = e->eval(e->ctx, json_object_get(entry, "value"), e->x->locals, NULL, &secret,
			      &err);
	json_t *value = NULL;
	char *child = NULL;
	if (!raw || value_contains_unknown(raw))
		goto out; /* an error is reported where the value is used */
	if (convert) {
		strbuf_reset(&err);
		value = var_type_convert(v->type_tree, raw, name, secret, false, NULL, &err);
		if (!value) {
			diag_errorf(e->d, pos, "input \"%s\" of module \"%s\": %s", v->name,
				    m->name, err.buf);
			goto out;
		}
	}
	child = xasprintf("%s.", addr);
	size_t i;
	json_t *rule;
	json_array_foreach(v->validations, i, rule) {
		const json_t *cond = json_object_get(rule, "condition");
		const char *at = json_string_value(json_object_get(rule, "at"));
		json_t *ren = renamed(e, cond, child, NULL, pos);
		strbuf_reset(&err);
		json_t *ok = ren ? e->eval(e->ctx, ren, e->x->locals, NULL, NULL, &err) : NULL;
		json_decref(ren);
		if (!ok || (!value_contains_unknown(ok) && !json_is_boolean(ok))) {
			diag_errorf(e->d, pos, "%s \"%s\" of module \"%s\": the validation rule at "
				    "%s %s", what, v->name, m->name, at,
				    ok ? "must be true or false" : "cannot be evaluated");
			if (!ok)
				diag_set_detail(e->d, "%s", err.buf);
		} else if (json_is_false(ok)) {
			json_t *msg_expr = renamed(e, json_object_get(rule, "error_message"), child,
						   NULL, pos);
			strbuf_reset(&err);
			bool msg_secret = false;
			json_t *msg = msg_expr ? e->eval(e->ctx, msg_expr, e->x->locals, NULL, &msg_secret,
							 &err) : NULL;
			diag_errorf(e->d, pos, "%s \"%s\" of module \"%s\": %s", what, v->name,
				    m->name, msg_secret ? "(its error_message uses a sensitive value: "
							  "not shown)"
				    : json_is_string(msg) ? json_string_value(msg)
				    : json_string_value(json_object_get(rule, "error_message")));
			diag_set_detail(e->d, "the validation rule at %s fails for %s", at, name);
			json_decref(msg);
			json_decref(msg_expr);
		}
		json_decref(ok);
	}
out:
	free(child);
	json_decref(raw);
	json_decref(value);
	free(name);
	strbuf_release(&err);
}

/* module.M as a value, as Terraform gives it: each instance an object of
 * its outputs (local "ADDR": {"OUT" = local["ADDR.output.OUT"], ...}),
 * and with for_each a map of them by key, with count a list (local
 * "PREFIXmodule.M"). */
static void module_value(struct expander *e, const struct stack_module *m, const char *template,
			 const struct instance *in, size_t n)
{
	struct strbuf whole = STRBUF_INIT;
	strbuf_addstr(&whole, m->count ? "${[" : "${{");
	for (size_t i = 0; i < n; i++) {
		char *addr = xasprintf("%s%s", template, in[i].key);
		struct strbuf one = STRBUF_INIT;
		strbuf_addstr(&one, "${{");
		for (size_t k = 0; k < m->stack->n_outputs; k++) {
			char *out = xasprintf("%s.output.%s", addr, m->stack->outputs[k].name);
			strbuf_addstr(&one, k ? ", " : "");
			add_literal_key(&one, m->stack->outputs[k].name);
			strbuf_addstr(&one, " = ");
			add_local_ref(&one, out);
			free(out);
		}
		strbuf_addstr(&one, "}}");
		set_local(e, addr, json_stringn(one.buf, one.len), false);
		strbuf_release(&one);
		strbuf_addstr(&whole, i ? ", " : "");
		if (in[i].each_key) {
			add_literal_key(&whole, json_string_value(in[i].each_key));
			strbuf_addstr(&whole, " = ");
		}
		add_local_ref(&whole, addr);
		free(addr);
	}
	strbuf_addstr(&whole, m->count ? "]}" : "}}");
	if (m->for_each || m->count)
		set_local(e, template, json_stringn(whole.buf, whole.len), false);
	strbuf_release(&whole);
}

/* The provider names of a module called with providers (NULL: none given,
 * the caller's names hold): each name the module uses -> the root stack's
 * configuration, through the caller's own names. */
static json_t *module_provider_names(const json_t *callers, const json_t *given)
{
	const char *name;
	json_t *caller_name;
	json_t *names;

	if (!json_object_size(given))
		return json_incref((json_t *)callers);
	names = callers ? json_deep_copy(callers) : json_object();
	json_object_foreach((json_t *)given, name, caller_name) {
		const json_t *root = json_object_get(callers, json_string_value(caller_name));
		json_object_set_new(names, name, json_copy((json_t *)(root ? root : caller_name)));
	}
	return names;
}

/* The root stack's configuration that provider (a name of the scope being
 * expanded) is. */
static const char *root_provider(const struct expander *e, const char *provider)
{
	const char *root = json_string_value(json_object_get(e->provider_names, provider));
	return root ? root : provider;
}

static void expand_module(struct expander *e, const struct stack *s, const char *prefix,
			  const struct stack_module *m)
{
	char *what = xasprintf("module \"%s\"", m->name);
	char *template = xasprintf("%smodule.%s", prefix, m->name);
	struct instance *in;
	size_t n;
	int rc = m->stack ? instances_of(e, s, prefix, template, m->for_each, m->count, what,
					 &m->pos, &in, &n) : -1;
	if (rc < 0) {
		free(template);
		free(what);
		return;
	}
	module_value(e, m, template, in, n);
	free(template);
	for (size_t i = 0; i < n; i++) {
		char *addr = xasprintf("%smodule.%s%s", prefix, m->name, in[i].key);
		char *child = xasprintf("%s.", addr);
		instance_locals(e, addr, &in[i]);
		const struct stack *ms = m->stack;
		for (size_t k = 0; k < ms->n_vars; k++) {
			const struct stack_variable *v = &ms->vars[k];
			const json_t *input = json_object_get(m->inputs, v->name);
			json_t *value = input ? renamed_in(e, s, input, prefix, addr, &m->pos)
					      : literal(v->default_value);
			char *name = xasprintf("%svar.%s", child, v->name);
			set_local(e, name, value, v->sensitive);
			/* An input takes the variable's written type when read
			 * (plan/eval.c); without one it is taken as given, as it
			 * always was. */
			if (input && v->typed)
				json_object_set(json_object_get(e->x->locals, name), "type",
						v->type_tree);
			/* nullable: false, as in Terraform: a null input takes the
			 * default (plan/eval.c), as a root variable's does. */
			if (input && !v->nullable && v->default_value && !json_is_null(v->default_value))
				json_object_set_new(json_object_get(e->x->locals, name), "if_null",
						    literal(v->default_value));
			free(name);
		}
		for (size_t k = 0; k < ms->n_vars; k++)
			check_module_input(e, s, m, addr, &ms->vars[k]);
		size_t first = e->n_origins;
		json_t *callers = e->provider_names;
		e->provider_names = module_provider_names(callers, m->providers);
		expand_scope(e, ms, child);
		json_decref(e->provider_names);
		e->provider_names = callers;
		for (size_t k = first; k < e->n_origins; k++)
			add_patterns(e->origins[k].depends_on, prefix, m->depends_on, m->n_depends_on);
		for (size_t k = 0; k < ms->n_outputs; k++) {
			const struct stack_output *o = &ms->outputs[k];
			char *name = xasprintf("%soutput.%s", child, o->name);
			set_local(e, name, renamed(e, o->value, child, NULL, &o->pos), o->sensitive);
			free(name);
		}
		free(child);
		free(addr);
	}
	instances_free(in, n);
	free(what);
}

/* The provider configuration a resource or lookup (what, at pos) of a
 * module uses is the calling (root) stack's, or the implicit empty one of
 * its type. */
static void check_provider(struct expander *e, const char *provider,
			   const struct provider_type *ptype, const char *what,
			   const struct src_pos *pos)
{
	json_t *providers = e->x->providers;
	if (json_object_get(providers, provider))
		return;
	if (ptype && !strcmp(provider, ptype->name)) {
		json_object_set_new(providers, provider,
				    json_pack("{s:s, s:{}}", "type", ptype->name, "config"));
		return;
	}
	diag_errorf(e->d, pos, "%s uses provider \"%s\", which the root stack does not define "
		    "under providers:", what, provider);
}

static void expand_resource(struct expander *e, const struct stack *s, const char *prefix,
			    const struct stack_resource *r)
{
	char *what = xasprintf("resource \"%s\"", r->name);
	char *template = xasprintf("%s%s", prefix, r->name);
	struct instance *in;
	size_t n;
	int rc = instances_of(e, s, prefix, template, r->for_each, r->count, what, &r->pos, &in, &n);
	free(template);
	if (rc < 0) {
		free(what);
		return;
	}
	/* What every instance has alike is one value they all refer to; only
	 * the config (renamed per instance) and the dependencies (filled in
	 * per instance later) are their own. */
	json_t *type = json_string(r->type);
	const char *provider_name = root_provider(e, r->provider);
	json_t *provider = json_string(provider_name);
	json_t *ignore = json_array();
	for (size_t k = 0; k < r->n_ignore_changes; k++)
		json_array_append_new(ignore, json_string(r->ignore_changes[k]));
	/* Where each attribute is written ("FILE:LINE:COL"), for what plan
	 * refuses or warns of in a value known only then (a variable's). */
	json_t *attrs_at = json_object();
	const char *key;
	json_t *value;
	json_object_foreach(r->config, key, value) {
		const struct src_pos *kpos = yaml_key_pos(s->positions, r->config, key);
		if (kpos && kpos->file)
			json_object_set_new(attrs_at, key, json_sprintf("%s:%d:%d", kpos->file,
									 kpos->line, kpos->col));
	}
	for (size_t i = 0; i < n; i++) {
		char *addr = xasprintf("%s%s%s", prefix, r->name, in[i].key);
		instance_locals(e, addr, &in[i]);
		char *user = xasprintf("resource %s", addr);
		check_provider(e, provider_name, r->ptype, user, &r->pos);
		free(user);
		/* prevent_destroy and ignore_changes only when set: readers take
		 * an absent one as false or empty. */
		json_t *entry = json_pack("{s:O, s:O, s:o, s:[]}", "type", type, "provider", provider,
					  "config", renamed_in(e, s, r->config, prefix, addr, &r->pos),
					  "dependencies");
		if (r->prevent_destroy)
			json_object_set_new(entry, "prevent_destroy", json_true());
		if (json_array_size(ignore))
			json_object_set(entry, "ignore_changes", ignore);
		if (json_object_size(attrs_at))
			json_object_set(entry, "attrs_at", attrs_at);
		json_object_set_new(e->x->resources, addr, entry);
		if (r->conditions) {
			char *self = xasprintf("%s%s", r->name, in[i].key);
			json_object_set_new(json_object_get(e->x->resources, addr), "conditions",
					    renamed_conditions(e, r, prefix, addr, self));
			free(self);
		}
		struct origin *o = origin_add(e, addr, &r->pos);
		add_patterns(o->depends_on, prefix, r->depends_on, r->n_depends_on);
		free(addr);
	}
	json_decref(type);
	json_decref(provider);
	json_decref(ignore);
	json_decref(attrs_at);
	instances_free(in, n);
	free(what);
}

/* A lookup of the scope: one per instance of its for_each or count
 * (data.vpc[0]), and one per instance of the module it is written in
 * (module.lake["a"].data.me), read with that instance's variables. */
static void expand_lookup(struct expander *e, const struct stack *s, const char *prefix,
			  const struct stack_lookup *l)
{
	char *what = xasprintf("lookup \"%s\"", l->address);
	char *template = xasprintf("%s%s", prefix, l->address);
	struct instance *in;
	size_t n;
	int rc = instances_of(e, s, prefix, template, l->for_each, l->count, what, &l->pos, &in,
			      &n);
	json_t *at = l->pos.file ? json_sprintf("%s:%d:%d", l->pos.file, l->pos.line, l->pos.col)
				 : json_string(template);
	for (size_t i = 0; rc == 0 && i < n; i++) {
		char *addr = xasprintf("%s%s", template, in[i].key);
		instance_locals(e, addr, &in[i]);
		if (l->ptype) { /* terrace.stack reads with no provider */
			char *user = xasprintf("lookup %s", addr);
			check_provider(e, root_provider(e, l->provider), l->ptype, user, &l->pos);
			free(user);
		}
		json_object_set_new(e->x->data, addr,
			json_pack("{s:s, s:s, s:o, s:[], s:O}", "type", l->type, "provider",
				  root_provider(e, l->provider), "config", renamed_in(e, s, l->config, prefix, addr,
								    &l->pos),
				  "dependencies", "at", at));
		origin_add(e, addr, &l->pos);
		free(addr);
	}
	if (rc == 0)
		instances_free(in, n);
	json_decref(at);
	free(template);
	free(what);
}

/* Before s's modules expand: each output of a module with no count or
 * for_each (and the module as a value) unknown, so a module expanded
 * before another that it reads (modules that refer to each other) sees
 * unknown values where Terraform, reading output by output, would see them
 * after apply; expand_module replaces them with the outputs themselves.
 * Only a count or for_each is evaluated meanwhile: its keys must not rest
 * on them ("not known until apply"), a map's values may. */
static void module_placeholders(struct expander *e, const struct stack *s, const char *prefix)
{
	for (size_t i = 0; i < s->n_modules; i++) {
		const struct stack_module *m = &s->modules[i];
		if (!m->stack || m->for_each || m->count)
			continue;
		char *addr = xasprintf("%smodule.%s", prefix, m->name);
		set_local(e, addr, value_unknown(), false);
		for (size_t k = 0; k < m->stack->n_outputs; k++) {
			char *name = xasprintf("%s.output.%s", addr, m->stack->outputs[k].name);
			set_local(e, name, value_unknown(), false);
			free(name);
		}
		free(addr);
	}
}

static void expand_scope(struct expander *e, const struct stack *s, const char *prefix)
{
	char *module_path = xasprintf("%spath.module", prefix);
	json_t *dir = json_string(s->module_dir);
	set_local(e, module_path, literal(dir), false);
	json_decref(dir);
	free(module_path);
	for (size_t i = 0; i < s->n_locals; i++) {
		const struct stack_local *l = &s->locals[i];
		char *name = *prefix ? xasprintf("%slocal.%s", prefix, l->name) : xstrdup(l->name);
		set_local(e, name, renamed(e, l->value, prefix, NULL, &l->pos), false);
		free(name);
	}
	size_t *order = stack_module_order(s);
	module_placeholders(e, s, prefix);
	for (size_t i = 0; i < s->n_modules; i++)
		expand_module(e, s, prefix, &s->modules[order[i]]);
	free(order);
	for (size_t i = 0; i < s->n_resources; i++)
		expand_resource(e, s, prefix, &s->resources[i]);
	for (size_t i = 0; i < s->n_lookups; i++)
		expand_lookup(e, s, prefix, &s->lookups[i]);
}

json_t *expand_root_expression(const json_t *value, struct strbuf *err)
{
	/* At the root, with no instance, renaming needs no expander: an
	 * instance key (each.key) fails before one is used. */
	struct scope sc = { "", NULL, NULL, NULL };
	return expr_rename_refs(value, rename_ref, &sc, err);
}

/* ---- dependencies -------------------------------------------------------- */

bool address_within(const char *address, const char *pattern)
{
	size_t n = strlen(pattern);
	return !strncmp(address, pattern, n) &&
	       (!address[n] || address[n] == '[' || address[n] == '.');
}

static void add_dependency(json_t *deps, const char *address)
{
	size_t i;
	json_t *v;
	json_array_foreach(deps, i, v)
		if (!strcmp(json_string_value(v), address))
			return;
	json_array_append_new(deps, json_string(address));
}

/* Whether base (a resource or lookup of the expansion, without a key) has
 * count or for_each: instances_of keeps its expression as a local. */
static bool repeated(const struct expander *e, const char *base)
{
	char *count = xasprintf("%s.count", base), *for_each = xasprintf("%s.for_each", base);
	bool yes = json_object_get(e->x->locals, count) || json_object_get(e->x->locals, for_each);
	free(count);
	free(for_each);
	return yes;
}

/* The resources value refers to, through local values too (seen: the
 * locals already followed). */
static void deps_of(struct expander *e, const struct origin *o, const json_t *value,
		    json_t *deps, json_t *seen)
{
	struct expr_refs refs = { NULL, 0, 0 };
	struct diags ignored = DIAGS_INIT;
	expr_collect_refs(value, NULL, NULL, &refs, &ignored);
	diags_free(&ignored);
	for (size_t i = 0; i < refs.n; i++) {
		const struct expr_ref *ref = &refs.items[i];
		const char *root = ref->root;
		if (!strcmp(root, "var") || !strcmp(root, "terrace") || !strcmp(root, "each") ||
		    !strcmp(root, "count"))
			continue;
		if (!strcmp(root, "local")) {
			const char *rest;
			char *name = first_step(ref->path ? ref->path : "", &rest);
			const char *star = strstr(name, "[*]");
			const char *lname;
			json_t *l = star ? NULL : json_object_get(e->x->locals, name);
			if (l && !json_object_get(seen, name)) {
				json_object_set_new(seen, name, json_true());
				deps_of(e, o, json_object_get(l, "value"), deps, seen);
			}
			/* module.m[*].output.out: the output of every instance */
			size_t head = star ? (size_t)(star - name) : 0, tail = star ? strlen(star + 3) : 0;
			json_object_foreach(star ? e->x->locals : NULL, lname, l) {
				size_t len = strlen(lname);
				if (strncmp(lname, name, head) || len < head + tail ||
				    strcmp(lname + len - tail, star + 3) ||
				    (len != head + tail && lname[head] != '[') ||
				    json_object_get(seen, lname))
					continue;
				json_object_set_new(seen, lname, json_true());
				deps_of(e, o, json_object_get(l, "value"), deps, seen);
			}
			free(name);
			continue;
		}
		if (json_object_get(e->x->resources, root) || json_object_get(e->x->data, root)) {
			if (strcmp(root, o->address))
				add_dependency(deps, root);
			continue;
		}
		/* home[*] (a splat) or home alone: every instance of home */
		size_t len = strlen(root);
		bool splat = len > 3 && !strcmp(root + len - 3, "[*]");
		if (splat || !ref->path) {
			char *base = xstrndup(root, splat ? len - 3 : len);
			bool any = false;
			for (size_t k = 0; k < e->n_origins; k++)
				if (address_within(e->origins[k].address, base) &&
				    e->origins[k].address[strlen(base)] != '.') {
					any = true;
					if (strcmp(e->origins[k].address, o->address))
						add_dependency(deps, e->origins[k].address);
				}
			/* A resource or lookup whose count or for_each made no
			 * instance: its splat is [], as Terraform's (a CloudFormation
			 * template's Fn::If around a resource its condition leaves
			 * out), and itself [] or {}. */
			bool none = !any && repeated(e, base);
			free(base);
			if (any || none)
				continue;
		}
		/* try(home[0].arn, ""), c ? home[0].arn : "": evaluation says
		 * whether the instance's absence is an error; an instance of
		 * what awaits lookups is judged once it has its instances */
		if (ref->guarded || of_awaiting(e, root))
			continue;
		const struct picked_key *p = NULL;
		for (size_t k = 0; k < e->n_picked && !p; k++)
			if (!strcmp(e->picked[k].address, o->address) &&
			    !strcmp(e->picked[k].root, root))
				p = &e->picked[k];
		if (p) {
			diag_errorf(e->d, p->pos.file ? &p->pos : o->pos, "%s refers to %s (written "
				    "%s), which is not a resource instance of the stack", o->address,
				    root, p->written);
			diag_set_detail(e->d, "the resources a key like this names must have the "
					"same for_each keys (or count) as %s", o->address);
			continue;
		}
		diag_errorf(e->d, o->pos, "%s refers to %s, which is not a resource instance of "
			    "the stack", o->address, root);
		const char *key = strchr(root, '[');
		if (key)
			diag_set_detail(e->d, "check the for_each or count of %.*s", (int)(key - root),
					root);
	}
	expr_refs_free(&refs);
}

/* Whether two dependency lists share a resource. */
static bool share_dependency(const json_t *a, const json_t *b)
{
	size_t i, j;
	json_t *x, *y;
	json_array_foreach(a, i, x)
		json_array_foreach(b, j, y)
			if (json_equal(x, y))
				return true;
	return false;
}

/* A resource whose type waits_for another type (provider.h) depends on
 * each resource of that type that names one of the resources it names and
 * does not depend on it: a bucket notification on the Lambda permission
 * for its bucket, which S3 tests when the notification is put. */
static void wait_for_grants(struct expander *e)
{
	for (size_t i = 0; i < e->n_origins; i++) {
		json_t *res = json_object_get(e->x->resources, e->origins[i].address);
		const char *type = json_string_value(json_object_get(res, "type"));
		const struct resource_type *rt = type ? resource_type_find(type, NULL) : NULL;
		if (!rt || !rt->waits_for)
			continue;
		json_t *deps = json_object_get(res, "dependencies");
		for (size_t j = 0; j < e->n_origins; j++) {
			json_t *other = json_object_get(e->x->resources, e->origins[j].address);
			const char *other_type = json_string_value(json_object_get(other, "type"));
			json_t *other_deps = json_object_get(other, "dependencies");
			json_t *me = json_string(e->origins[i].address);
			bool mutual = false;
			size_t k;
			json_t *v;
			json_array_foreach(other_deps, k, v)
				mutual = mutual || json_equal(v, me);
			json_decref(me);
			if (j != i && other_type && !strcmp(other_type, rt->waits_for) && !mutual &&
			    share_dependency(deps, other_deps))
				add_dependency(deps, e->origins[j].address);
		}
	}
}

static void work_out_dependencies(struct expander *e)
{
	for (size_t i = 0; i < e->n_origins; i++) {
		const struct origin *o = &e->origins[i];
		json_t *res = json_object_get(e->x->resources, o->address);
		if (!res)
			res = json_object_get(e->x->data, o->address);
		json_t *deps = json_object_get(res, "dependencies");
		json_t *seen = json_object();
		deps_of(e, o, json_object_get(res, "config"), deps, seen);
		deps_of(e, o, json_object_get(res, "conditions"), deps, seen);
		const char *provider = json_string_value(json_object_get(res, "provider"));
		json_t *p = json_object_get(e->x->providers, provider ? provider : "");
		deps_of(e, o, json_object_get(p, "config"), deps, seen);
		json_decref(seen);
		size_t k;
		json_t *pat;
		json_array_foreach(o->depends_on, k, pat)
			for (size_t j = 0; j < e->n_origins; j++)
				if (j != i && address_within(e->origins[j].address, json_string_value(pat)))
					add_dependency(deps, e->origins[j].address);
	}
	wait_for_grants(e);
	/* What a lookup uses, its users use too: a subnet in the VPC a lookup
	 * finds by the id of a VPC this stack makes is destroyed before that
	 * VPC, as state dependencies say. Lookups come last among the origins
	 * and may use each other, so this runs once they all have theirs. */
	for (size_t i = 0; i < e->n_origins; i++) {
		json_t *res = json_object_get(e->x->resources, e->origins[i].address);
		if (!res)
			res = json_object_get(e->x->data, e->origins[i].address);
		json_t *deps = json_object_get(res, "dependencies");
		for (size_t k = 0; k < json_array_size(deps); k++) {
			const char *dep = json_string_value(json_array_get(deps, k));
			json_t *l = json_object_get(e->x->data, dep);
			size_t m;
			json_t *via;
			json_array_foreach(json_object_get(l, "dependencies"), m, via)
				if (strcmp(json_string_value(via), e->origins[i].address))
					add_dependency(deps, json_string_value(via));
		}
	}
}

/* ---- the whole stack ----------------------------------------------------- */

int stack_expand(const struct stack *s, expand_eval_fn eval, void *ctx, struct expansion *out,
		 struct diags *d)
{
	struct diags local = DIAGS_INIT;
	struct expander e = { eval, ctx, &local, out, NULL, 0 };
	out->resources = json_object();
	out->locals = json_object();
	out->outputs = json_object();
	out->providers = json_object();
	out->data = json_object();
	out->awaiting = json_object();
	for (size_t i = 0; i < s->n_providers; i++) {
		const struct stack_provider *p = &s->providers[i];
		json_t *config = p->config ? renamed(&e, p->config, "", NULL, &p->pos) : json_object();
		json_object_set_new(out->providers, p->name,
				    json_pack("{s:s, s:o}", "type", p->type, "config", config));
	}
	char cwd[4096];
	json_t *root = json_string(s->module_dir), *here = json_string(getcwd(cwd, sizeof(cwd)) ? cwd : ".");
	set_local(&e, "path.root", literal(root), false);
	set_local(&e, "path.cwd", literal(here), false);
	json_decref(root);
	json_decref(here);
	expand_scope(&e, s, "");
	for (size_t i = 0; i < s->n_outputs; i++) {
		const struct stack_output *o = &s->outputs[i];
		json_t *entry = json_pack("{s:o, s:b}", "value", renamed(&e, o->value, "", NULL, &o->pos),
					  "sensitive", o->sensitive);
		if (o->pos.file) /* where a failure is reported */
			json_object_set_new(entry, "at", json_sprintf("%s:%d:%d", o->pos.file,
								      o->pos.line, o->pos.col));
		json_object_set_new(out->outputs, o->name, entry);
	}
	if (!diags_has_errors(&local))
		work_out_dependencies(&e);
	for (size_t i = 0; i < e.n_origins; i++) {
		free(e.origins[i].address);
		json_decref(e.origins[i].depends_on);
	}
	free(e.origins);
	for (size_t i = 0; i < e.n_picked; i++) {
		free(e.picked[i].address);
		free(e.picked[i].root);
		free(e.picked[i].written);
	}
	free(e.picked);
	bool failed = diags_has_errors(&local);
	diags_append(d, &local);
	if (failed) {
		expansion_release(out);
		return -1;
	}
	return 0;
}

void expansion_release(struct expansion *x)
{
	json_decref(x->resources);
	json_decref(x->locals);
	json_decref(x->outputs);
	json_decref(x->providers);
	json_decref(x->data);
	json_decref(x->awaiting);
	memset(x, 0, sizeof(*x));
}

/* Where the resource's own name starts in address, and where its key starts
 * (NULL without one). Keys are skipped whole: they may hold dots. */
static const char *name_start(const char *address, const char **key)
{
	const char *start = address, *end = NULL;
	bool quoted = false;
	for (const char *c = address; *c; c++) {
		if (quoted) {
			if (*c == '\\' && c[1])
				c++;
			else if (*c == '"')
				quoted = false;
		} else if (*c == '"') {
			quoted = true;
		} else if (*c == '.') {
			start = c + 1;
			end = NULL;
		} else if (*c == '[' && !end) {
			end = c;
		}
	}
	*key = end;
	return start;
}

/* Whether start (name_start's) is a lookup's name: "data." before it, at
 * the start or after a module's instance (not module.data.NAME, a
 * resource of a module named data). */
static bool names_lookup(const char *address, const char *start)
{
	const char *d = start - 5; /* where "data." would be */
	if (start - address < 5 || strncmp(d, "data.", 5))
		return false;
	if (d == address)
		return true;
	bool module_named_data = d - address >= 7 && !strncmp(d - 7, "module.", 7) &&
				 (d - 7 == address || d[-8] == '.');
	return d[-1] == '.' && !module_named_data;
}

bool address_is_lookup(const char *address)
{
	const char *key;
	return names_lookup(address, name_start(address, &key));
}

char *address_name(const char *address)
{
	const char *key;
	const char *start = name_start(address, &key);
	return key ? xstrndup(start, (size_t)(key - start)) : xstrdup(start);
}

void address_parts(const char *address, char **module_address, json_t **index)
{
	const char *key;
	const char *start = name_start(address, &key);
	if (names_lookup(address, start))
		start -= 5; /* module.lake.data.me: module.lake's */
	*module_address = start > address ? xstrndup(address, (size_t)(start - 1 - address)) : NULL;
	*index = NULL;
	if (!key)
		return;
	struct expr_path p;
	struct strbuf err = STRBUF_INIT;
	if (expr_path_parse(key, &p, &err) == 0 && p.n == 1)
		*index = p.steps[0].name ? json_string(p.steps[0].name)
					 : json_integer((json_int_t)p.steps[0].index);
	if (!err.len)
		expr_path_free(&p);
	strbuf_release(&err);
}
