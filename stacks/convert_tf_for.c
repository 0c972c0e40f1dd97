/*
 * convert_tf_for.c: a for expression over a resource's instances in
 * `terrace convert -from terraform` ({for k, v in aws_cloudwatch_event_rule.this :
 * k => v.id}, [for v in aws_iam_role.r : v.name]). The collection is renamed
 * as any reference is (convert_tf_refs.c), but v.ATTR is a for variable's,
 * which the renaming of references does not see: here, once the stack is
 * converted (after tf_attrs_by_type), v.ATTR is what the reference to one
 * instance's ATTR is (tf_instance_attr: the attribute renamed, or what AWS
 * builds of what the type keeps), and v.id terrace's id of the instance,
 * which every resource has when named directly (NAME["k"].id) but no
 * instance object holds as an attribute (tf_for_ids[]).
 */
#include <stdlib.h>
#include <string.h>

#include "stacks/convert_tf_internal.h"
#include "stacks/expr_internal.h"

/*
 * A written type without an "id" attribute: terrace's id of the instance
 * (its provider's, what NAME["k"].id gives), of the attributes the
 * instance holds, {R} the for variable. aws.events.rule's is BUS/NAME, the
 * bus "default" when unset (provider/aws/events/rule.c), the id it is
 * imported by; aws.scheduler.schedule's GROUP/NAME, the group "default"
 * when unset (provider/aws/scheduler/schedule.c); an awscc twin's its
 * primary identifier.
 */
static const struct {
	const char *tf, *expr;
} tf_for_ids[] = {
	{ "aws_cloudwatch_event_rule",
	  "\"${coalesce(try({R}.event_bus_name, null), \"default\")}/${{R}.name}\"" },
	{ "aws_scheduler_schedule",
	  "\"${coalesce(try({R}.group_name, null), \"default\")}/${{R}.name}\"" },
	/* written as awscc.ec2.customer_gateway, whose id is its primary
	 * identifier (terraform-aws-vpc's cgw_ids) */
	{ "aws_customer_gateway", "{R}.customer_gateway_id" },
	/* awscc.events.connection and api_destination: Terraform's id and
	 * the primary identifier are the name (terraform-aws-eventbridge's
	 * eventbridge_connection_ids) */
	{ "aws_cloudwatch_event_api_destination", "{R}.name" },
	{ "aws_cloudwatch_event_connection", "{R}.name" },
	/* awscc.events.event_bus_policy: hashicorp/aws's id, the statement id
	 * on the default bus, else BUS/STATEMENT_ID (terraform-aws-eventbridge's
	 * eventbridge_permission_ids) */
	{ "aws_cloudwatch_event_permission",
	  "coalesce(try({R}.event_bus_name, null), \"default\") == \"default\" ? {R}.statement_id "
	  ": \"${{R}.event_bus_name}/${{R}.statement_id}\"" },
};

/* The resource of the stack named name, converted as a written type, of
 * several instances (count or for_each); NULL for any other. */
static const struct decl *instances_of(struct conv *c, const char *name)
{
	for (size_t i = 0; i < c->n_decls; i++) {
		const struct decl *dc = &c->decls[i];
		if (dc->kind != D_RESOURCE || !dc->rt || !dc->written || !dc->name ||
		    strcmp(dc->name, name))
			continue;
		const struct hcl_body *b = dc->item->body;
		return hcl_attr(b, "count") || hcl_attr(b, "for_each") ? dc : NULL;
	}
	return NULL;
}

struct edit {
	size_t start, end;
	char *text;
};

struct edits {
	struct edit *items;
	size_t n;
};

/* v.PATH, v an instance of dc: what it is written as, or NULL to keep it. */
static char *instance_text(struct conv *c, const struct decl *dc, const struct expr_ref *ref)
{
	struct strbuf out = STRBUF_INIT;
	size_t an = tf_first_step(ref->path);
	if (an == 2 && !strncmp(ref->path, "id", 2) && !schema_find(dc->rt->attrs, "id")) {
		for (size_t i = 0; i < sizeof(tf_for_ids) / sizeof(tf_for_ids[0]); i++) {
			if (strcmp(tf_for_ids[i].tf, dc->tf_type))
				continue;
			strbuf_addch(&out, '(');
			tf_derived_write(c, tf_for_ids[i].expr, ref->root, &out);
			strbuf_addf(&out, ")%s", ref->path + an);
			return strbuf_detach(&out);
		}
		strbuf_release(&out);
		return NULL;
	}
	if (tf_instance_attr(c, dc, ref->root, ref->path, &out) > 0)
		return strbuf_detach(&out);
	strbuf_release(&out);
	return NULL;
}

/* In n (a part of a for over dc's instances), each reference to the for
 * variable name. */
static void edit_uses(struct conv *c, const struct decl *dc, const char *name,
		      const struct expr_node *n, struct edits *ed)
{
	if (!n)
		return;
	if (n->kind == EXPR_REF) {
		if (!n->bound || strcmp(n->ref.root, name) || !n->ref.path)
			return;
		char *text = instance_text(c, dc, &n->ref);
		if (!text)
			return;
		ed->items = xrealloc(ed->items, (ed->n + 1) * sizeof(*ed->items));
		ed->items[ed->n++] = (struct edit){ n->span_start, n->span_end, text };
		return;
	}
	bool rebinds = n->kind == EXPR_FOR && ((n->for_key && !strcmp(n->for_key, name)) ||
					       (n->for_value && !strcmp(n->for_value, name)));
	for (size_t i = 0; i < n->n_args; i++)
		if (!rebinds || i == 0) /* a nested for binding the same name hides it */
			edit_uses(c, dc, name, n->args[i], ed);
}

/* A splat over a counted resource's instances, NAME[*].ATTR..., where
 * ATTR is one terrace's type names otherwise or AWS builds of what it
 * keeps (terraform-aws-vpc's aws_subnet.private[*].arn): the for
 * expression it stands for, [for instance in NAME : (v.ATTR as
 * instance_text writes it)], the edit of its whole text; nothing for an
 * attribute the type has (the splat stays as written). */
static void splat_over_instances(struct conv *c, const struct expr_node *n, struct edits *ed)
{
	const struct expr_node *coll = n->n_args == 2 ? n->args[0] : NULL;
	const struct expr_node *each = n->n_args == 2 ? n->args[1] : NULL;
	if (!coll || coll->kind != EXPR_REF || coll->bound || coll->ref.path || !each ||
	    each->kind != EXPR_REF || !each->bound || !each->ref.path ||
	    strcmp(each->ref.root, "*"))
		return;
	size_t len = strlen(coll->ref.root);
	if (len < 4 || strcmp(coll->ref.root + len - 3, "[*]"))
		return;
	char *name = xstrndup(coll->ref.root, len - 3);
	const struct decl *dc = instances_of(c, name);
	if (dc && hcl_attr(dc->item->body, "count")) {
		struct expr_ref ref = { .root = (char *)"instance", .path = each->ref.path };
		char *text = instance_text(c, dc, &ref);
		if (text) {
			ed->items = xrealloc(ed->items, (ed->n + 1) * sizeof(*ed->items));
			ed->items[ed->n++] = (struct edit){
				coll->span_start, each->span_end,
				xasprintf("[for instance in %s : (%s)]", name, text) };
			free(text);
		}
	}
	free(name);
}

/* Every for expression of n over a resource's instances (and every splat
 * over them: splat_over_instances). */
static void find_fors(struct conv *c, const struct expr_node *n, struct edits *ed)
{
	if (!n)
		return;
	if (n->kind == EXPR_SPLAT)
		splat_over_instances(c, n, ed);
	const struct expr_node *coll = n->kind == EXPR_FOR ? n->args[0] : NULL;
	const struct decl *dc = coll && coll->kind == EXPR_REF && !coll->bound && !coll->ref.path
				? instances_of(c, coll->ref.root) : NULL;
	if (dc)
		for (size_t i = 1; i < n->n_args; i++)
			edit_uses(c, dc, n->for_value, n->args[i], ed);
	for (size_t i = 0; i < n->n_args; i++)
		find_fors(c, n->args[i], ed);
}

static int by_start(const void *a, const void *b)
{
	const struct edit *x = a, *y = b;
	return x->start < y->start ? -1 : x->start > y->start;
}

/* String v with its edits made; v itself when none. */
static json_t *rewrite_string(struct conv *c, json_t *v)
{
	const char *s = json_string_value(v);
	size_t len = json_string_length(v);
	struct edits ed = { NULL, 0 };
	struct expr_node *whole = directive_template(s, len);
	if (whole) {
		find_fors(c, whole, &ed);
		node_free(whole);
	}
	for (size_t i = 0; !whole && i < len;) {
		if (s[i] == '$' && i + 2 < len && s[i + 1] == '$' && s[i + 2] == '{') {
			i += 3;
			continue;
		}
		if (s[i] != '$' || i + 1 >= len || s[i + 1] != '{') {
			i++;
			continue;
		}
		struct strbuf why = STRBUF_INIT;
		size_t end = 0;
		struct expr_node *n = parse_expression(s, len, i + 2, &end, &why, NULL);
		strbuf_release(&why);
		if (!n)
			break; /* validate names it */
		find_fors(c, n, &ed);
		node_free(n);
		i = end;
	}
	if (!ed.n)
		return json_incref(v);
	qsort(ed.items, ed.n, sizeof(*ed.items), by_start);
	struct strbuf out = STRBUF_INIT;
	size_t copied = 0;
	for (size_t i = 0; i < ed.n; i++) {
		if (ed.items[i].start >= copied) {
			strbuf_add(&out, s + copied, ed.items[i].start - copied);
			strbuf_addstr(&out, ed.items[i].text);
			copied = ed.items[i].end;
		}
		free(ed.items[i].text);
	}
	free(ed.items);
	strbuf_add(&out, s + copied, len - copied);
	json_t *r = json_stringn(out.buf, out.len);
	strbuf_release(&out);
	return r;
}

static json_t *rewrite(struct conv *c, json_t *v)
{
	if (json_is_string(v))
		return rewrite_string(c, v);
	if (json_is_array(v)) {
		for (size_t i = 0; i < json_array_size(v); i++)
			json_array_set_new(v, i, rewrite(c, json_array_get(v, i)));
	} else if (json_is_object(v)) {
		const char *k;
		json_t *item;
		json_object_foreach(v, k, item)
			json_object_set_new(v, k, rewrite(c, item));
	}
	return json_incref(v);
}

void tf_for_attrs_by_type(struct conv *c)
{
	static const char *const sections[] = { "locals", "resources", "modules", "outputs" };
	for (size_t i = 0; i < sizeof(sections) / sizeof(sections[0]); i++) {
		json_t *s = json_object_get(c->out, sections[i]);
		if (s)
			json_decref(rewrite(c, s));
	}
}
