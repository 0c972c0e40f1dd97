/*
 * generate.c: `terrace plan -generate-config-out=FILE` (Terraform 1.5's
 * habit): the stack YAML of the objects that import: blocks name but the
 * stack does not define yet. Each is read from its API by its id, as an
 * import reads it, and written with the attributes the stack can set that
 * differ from the schema's defaults (terrace's own terrace:* tags left out:
 * the stack adds them); a value that is the id or ARN of another resource
 * being generated, or of one the state manages, becomes a reference to it.
 * Nothing is written to the state: the next plan, with the file in the
 * stack, imports them.
 */
#include "plan/plan.h"
#include "plan/state.h"
#include "stacks/yaml_write.h"

#include <stdlib.h>
#include <string.h>

/* One object to write: the import block's address, type and id, and what
 * its read() answered. */
struct generated {
	const char *name;
	const char *type;
	const char *id;
	const struct resource_type *rtype;
	json_t *read;
};

/* value -> "${name.attr}" for the ids and ARNs of the generated resources
 * and of those in state. */
static void index_references(json_t *refs, const char *name, const char *id,
			     const json_t *attrs)
{
	const char *arn = json_string_value(json_object_get(attrs, "arn"));

	if (arn && *arn && !json_object_get(refs, arn))
		json_object_set_new(refs, arn, json_sprintf("${%s.arn}", name));
	if (id && *id && !json_object_get(refs, id))
		json_object_set_new(refs, id, json_sprintf("${%s.id}", name));
}

/* Every string in v that another resource's id or ARN is, as a reference;
 * "${" written literally as "$${". A new value. */
static json_t *with_references(const json_t *v, const json_t *refs, const char *self)
{
	if (json_is_string(v)) {
		const char *s = json_string_value(v);
		const json_t *ref = json_object_get(refs, s);
		const char *r = json_string_value(ref);
		size_t n = self ? strlen(self) : 0;

		/* ${self.id}: a resource does not refer to itself. */
		if (r && !(self && !strncmp(r + 2, self, n) && r[2 + n] == '.'))
			return json_incref((json_t *)ref);
		if (strstr(s, "${")) {
			struct strbuf sb = STRBUF_INIT;
			for (const char *p = s; *p; p++) {
				if (p[0] == '$' && p[1] == '{')
					strbuf_addch(&sb, '$');
				strbuf_addch(&sb, *p);
			}
			json_t *out = json_stringn(sb.buf, sb.len);
			strbuf_release(&sb);
			return out;
		}
		return json_incref((json_t *)v);
	}
	if (json_is_array(v)) {
		json_t *out = json_array(), *e;
		size_t i;
		json_array_foreach(v, i, e)
			json_array_append_new(out, with_references(e, refs, self));
		return out;
	}
	if (json_is_object(v)) {
		json_t *out = json_object(), *e;
		const char *k;
		json_object_foreach((json_t *)v, k, e)
			json_object_set_new(out, k, with_references(e, refs, self));
		return out;
	}
	return json_incref((json_t *)v);
}

static bool empty_value(const json_t *v)
{
	return json_is_null(v) || (json_is_string(v) && !*json_string_value(v)) ||
	       (json_is_array(v) && !json_array_size(v)) ||
	       (json_is_object(v) && !json_object_size(v));
}

/* The attributes the stack writes for one object: settable, not secret,
 * set, and not the default. */
static json_t *settable_attributes(const struct generated *g)
{
	json_t *config = json_object();

	for (const struct attr_schema *a = g->rtype->attrs; a->name; a++) {
		json_t *v = json_object_get(g->read, a->name);
		if (!(a->flags & (ATTR_REQUIRED | ATTR_OPTIONAL)) || schema_is_sensitive(a) || !v)
			continue;
		json_t *value = json_deep_copy(v);
		json_t *tags = a == rtype_tags_schema(g->rtype) ? rtype_tags(g->rtype, g->read) : NULL;
		if (tags) {
			const char *k;
			json_t *t;
			void *tmp;
			json_object_foreach_safe(tags, tmp, k, t)
				if (!strncmp(k, "terrace:", 8))
					json_object_del(tags, k);
			json_t *only = json_object();
			rtype_tags_put(g->rtype, only, tags);
			json_decref(value);
			value = json_incref(json_object_get(only, a->name));
			json_decref(only);
			json_decref(tags);
		}
		json_t *def = schema_default(a);
		bool is_default = def ? json_equal(def, value) : false;
		json_decref(def);
		if (is_default || (!(a->flags & ATTR_REQUIRED) && empty_value(value))) {
			json_decref(value);
			continue;
		}
		json_object_set_new(config, a->name, value);
	}
	return config;
}

/* "    key: VALUE\n": a string by the one rule of stacks/yaml_write.h
 * (plain when it reads back), any other value as its JSON (JSON is YAML)
 * where that reads back, else in libyaml's flow style. */
static void write_attribute(struct strbuf *yaml, const char *key, const json_t *v)
{
	strbuf_addf(yaml, "    %s: ", key);
	if (json_is_string(v))
		yaml_add_string(yaml, json_string_value(v), json_string_length(v), false, 6);
	else
		yaml_add_json(yaml, v);
	strbuf_addch(yaml, '\n');
}

int plan_generate_config(struct run *r, struct strbuf *yaml, size_t *written, struct diags *d)
{
	const json_t *stack_res = json_object_get(r->snapshot, "resources");
	struct generated *gen = NULL;
	size_t n = 0, i;
	json_t *im, *refs = json_object();
	int rc = 0;

	*written = 0;
	json_array_foreach(json_object_get(r->snapshot, "import"), i, im) {
		const char *to = json_string_value(json_object_get(im, "to"));
		const char *id = json_string_value(json_object_get(im, "id"));
		const char *type = json_string_value(json_object_get(im, "type"));
		const struct resource_type *rt;
		const struct provider_type *pt = NULL;
		struct strbuf err = STRBUF_INIT;
		bool not_yet = false;

		if (json_object_get(stack_res, to))
			continue;
		if (!type) {
			rc = diag_subject_errorf(d, NULL, "import: %s is not in the stack: give its "
						 "block a type (e.g. type: aws.s3.bucket) so "
						 "-generate-config-out can write it", to);
			continue;
		}
		rt = resource_type_find(type, &pt);
		if (!rt || !pt) {
			rc = diag_subject_errorf(d, NULL, "import: %s: unknown resource type \"%s\"",
						 to, type);
			continue;
		}
		if (rt->not_importable) {
			rc = diag_subject_errorf(d, NULL, "import: %s: %s cannot be imported: %s", to,
						 type, rt->not_importable);
			continue;
		}
		struct provider_conn *conn = run_conn(r, pt->name, pt->name, &not_yet, &err);
		json_t *prior = json_object(), *now = NULL;
		if (conn && rtype_read(rt, conn->client, id, prior, &now, &err) == 0 && !now)
			strbuf_addf(&err, "no %s with id \"%s\" exists (%s is imported by %s)", type,
				    id, type, rt->import_id ? rt->import_id : "its id");
		json_decref(prior);
		if (!now) {
			rc = diag_subject_errorf(d, NULL, "import: %s: %s", to, err.buf);
			strbuf_release(&err);
			continue;
		}
		strbuf_release(&err);
		gen = xrealloc(gen, (n + 1) * sizeof(*gen));
		gen[n++] = (struct generated){ to, type, id, rt, now };
		index_references(refs, to, id, now);
	}
	if (!rc) {
		const char *name;
		json_t *e;
		json_object_foreach(json_object_get(r->state, "resources"), name, e)
			index_references(refs, name, json_string_value(json_object_get(e, "id")),
					 json_object_get(e, "attributes"));
		strbuf_addstr(yaml, "# Written by terrace plan -generate-config-out from the objects the\n"
			      "# import: blocks name. Review it; the next plan imports them.\n"
			      "resources:\n");
		for (i = 0; i < n; i++) {
			json_t *config = settable_attributes(&gen[i]), *v;
			json_t *linked = with_references(config, refs, gen[i].name);
			const char *k;

			strbuf_addf(yaml, "  %s:\n    type: %s\n", gen[i].name, gen[i].type);
			json_object_foreach(linked, k, v)
				write_attribute(yaml, k, v);
			/* What the API cannot show (a secret, an object's content). */
			for (const struct attr_schema *a = gen[i].rtype->attrs; a->name; a++)
				if ((a->flags & ATTR_REQUIRED) && !json_object_get(linked, a->name))
					strbuf_addf(yaml, "    # %s: required, and the API does not "
						    "show it: set it\n", a->name);
			json_decref(linked);
			json_decref(config);
		}
		*written = n;
	}
	for (i = 0; i < n; i++)
		json_decref(gen[i].read);
	free(gen);
	json_decref(refs);
	return rc;
}
