/*
 * kinds/associations.c: at most N of an association. Where AWS lets an
 * object be associated with at most N others (a subnet with one route
 * table, a VPC with one internet gateway attached, an Elastic IP with one
 * NAT gateway), the rows of associations.def say which attribute of which
 * type, written or awscc, names such an object, and every resource of the
 * stack is counted by them: the object a value names is a literal id, or a
 * resource of the stack (its id attribute, "${pub.subnet_id}"; or another
 * resource's attribute echoing what it names, "${nat.subnet_id}", followed
 * through its own). An object named more than N times across the stack is
 * refused at the value past the Nth, naming the first, at validate and
 * again at plan with the values known then (at plan each instance of a
 * count or for_each is its own resource; at validate such a resource is
 * left alone). At plan, a resource of the stack made already is its id, so
 * that a literal id and a reference to it count as one object. A value not
 * known yet is not counted. What exists outside the stack is not read.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/cloudcontrol/api.h"
#include "provider/aws/checks/row.h"
#include "provider/aws/checks/kinds/api.h"
#include "provider/aws/checks/kinds/associations.h"
#include "provider/aws/checks/rules.h"

struct association {
	const char *rule;     /* what AWS allows, with its source, for messages */
	int max;
	const char *object;   /* "AWS::EC2::Subnet" */
	const char *words;    /* "subnet" */
	const char *id_attrs; /* "subnet_id id": what gives the object's id */
	const char *type;     /* "aws.ec2.route_table" */
	const char *attr;     /* "subnet_ids"; "" the resource itself */
	const char *when;     /* counted only where this attribute is written */
};

static const struct association associations[] = {
#define ASSOCIATION(rule, max, object, words, ids, type, attr, when) \
	{ rule, max, object, words, ids, type, attr, when },
#include "provider/aws/checks/kinds/associations.def"
#undef ASSOCIATION
	{ NULL, 0, NULL, NULL, NULL, NULL, NULL, NULL }
};


static bool in_words(const char *list, const char *word)
{
	size_t len = strlen(word);

	for (const char *p = list; *p;) {
		size_t n = strcspn(p, " ");
		if (n == len && !strncmp(p, word, len))
			return true;
		p += n + (p[n] == ' ');
	}
	return false;
}

/* A literal id names one object within an account and region. */
static void literal_key(const struct written_resource *from, const char *id, char *key,
			size_t size)
{
	snprintf(key, size, "%s (%s)", id, from->provider ? from->provider : "");
}

/* The object resource r is (one of the object's own type): its id at plan
 * when made already (attribute attr), else "\"NAME\"". */
static void object_itself(const struct written_resource *r, const char *attr, char *key,
			  size_t size)
{
	const char *id = value_known_member(r->known, attr);

	if (id && *id && !strstr(id, "${"))
		literal_key(r, id, key, size);
	else
		snprintf(key, size, "\"%s\"", r->name);
}

/* The object of row a that value names, into key (a literal id, or a
 * resource of the stack); false when not known. */
static bool object_of(const struct written_resource *rs, size_t n, const struct association *a,
		      const struct written_resource *from, const char *value, char *key,
		      size_t size, int depth)
{
	char attr[64];
	size_t at = aws_kind_reference(rs, n, value, attr, sizeof(attr));
	const char *cfn;
	const json_t *echoed;

	if (at == WRITTEN_NONE) {
		if (!*value || strstr(value, "${"))
			return false;
		literal_key(from, value, key, size);
		return true;
	}
	if (depth > 4 || rs[at].repeated)
		return false;
	cfn = aws_cfn_type_of_any(rs[at].type);
	if (cfn && !strcmp(cfn, a->object)) {
		if (!in_words(a->id_attrs, attr))
			return false;
		object_itself(&rs[at], attr, key, size);
		return true;
	}
	/* another resource's attribute naming the object as it was written
	 * there (${nat.subnet_id}): what it names */
	echoed = json_object_get(rs[at].config, attr);
	return json_is_string(echoed) &&
	       object_of(rs, n, a, &rs[at], json_string_value(echoed), key, size, depth + 1);
}

/* One association counted: which resource, where, and of what. */
struct counted {
	const struct association *a;
	size_t at;
	char where[96];
	char key[160];
	const char *value;
};

struct counting {
	struct counted *c;
	size_t n, cap;
};

static const json_t *value_at(const json_t *config, const char *path)
{
	char key[96];
	const char *dot;

	while ((dot = strchr(path, '.'))) {
		snprintf(key, sizeof(key), "%.*s", (int)(dot - path), path);
		config = json_object_get(config, key);
		path = dot + 1;
	}
	return json_object_get(config, path);
}

static void count_one(const struct written_resource *rs, size_t n, size_t at,
		      const struct association *a, const char *where, const char *value,
		      struct counting *cs)
{
	struct counted c = { .a = a, .at = at, .value = value };

	snprintf(c.where, sizeof(c.where), "%s", where);
	if (!*a->attr) {
		char id[64];
		snprintf(id, sizeof(id), "%.*s", (int)strcspn(a->id_attrs, " "), a->id_attrs);
		object_itself(&rs[at], id, c.key, sizeof(c.key));
	} else if (!object_of(rs, n, a, &rs[at], value, c.key, sizeof(c.key), 0))
		return;
	for (size_t i = 0; i < cs->n; i++)
		if (cs->c[i].at == at && cs->c[i].a->rule == a->rule &&
		    !strcmp(cs->c[i].key, c.key))
			return; /* one resource naming one object twice counts once */
	if (cs->n == cs->cap) {
		cs->cap = cs->cap ? 2 * cs->cap : 16;
		cs->c = xrealloc(cs->c, cs->cap * sizeof(*cs->c));
	}
	cs->c[cs->n++] = c;
}

static void count_resource(const struct written_resource *rs, size_t n, size_t at,
			   struct counting *cs)
{
	const struct written_resource *r = &rs[at];

	if (r->repeated || !json_is_object(r->config))
		return;
	for (const struct association *a = associations; a->rule; a++) {
		const json_t *v;
		char where[96];

		if (strcmp(a->type, r->type) || (a->when && !value_is_set(json_object_get(r->config,
											   a->when))))
			continue;
		if (!*a->attr) {
			count_one(rs, n, at, a, a->when, NULL, cs);
			continue;
		}
		v = value_at(r->config, a->attr);
		if (json_is_string(v)) {
			count_one(rs, n, at, a, a->attr, json_string_value(v), cs);
		} else if (json_is_array(v)) {
			size_t i;
			json_t *x;
			/* at plan, an element a variable gives is its value here
			 * already (plan/plan.c's known_value) */
			json_array_foreach(v, i, x) {
				snprintf(where, sizeof(where), "%s[%zu]", a->attr, i);
				if (json_is_string(x))
					count_one(rs, n, at, a, where, json_string_value(x), cs);
			}
		}
	}
}

static void refuse(const struct written_resource *rs, const struct counted *c,
		   const struct counted *first, check_report_fn report, void *ctx)
{
	char msg[1280], what[512];

	if (!c->value)
		snprintf(what, sizeof(what), "%s: this %s", c->where, c->a->words);
	else if (!strstr(c->value, "${"))
		snprintf(what, sizeof(what), "%s: %s \"%s\"", c->where, c->a->words, c->value);
	else if (c->key[0] == '"')
		snprintf(what, sizeof(what), "%s: \"%s\" is %s %s", c->where, c->value,
			 c->a->words, c->key);
	else /* at plan, a resource made already: its id */
		snprintf(what, sizeof(what), "%s: \"%s\" is %s %.*s", c->where, c->value,
			 c->a->words, (int)strcspn(c->key, " "), c->key);
	snprintf(msg, sizeof(msg),
		 "%s, which resource \"%s\" names already (its %s): %s; name it in one of "
		 "them only",
		 what, rs[first->at].name, first->where, c->a->rule);
	/* the first's position: its attribute (an element's index aside) */
	report(ctx, &(struct check_finding){
		.warning = false, .which = c->at, .attr = c->where, .other = first->at,
		.other_attr = *first->a->attr ? first->a->attr : first->a->when, .message = msg });
}

void aws_check_associations(const struct written_resource *rs, size_t n,
			    check_report_fn report, void *ctx)
{
	struct counting cs = { NULL, 0, 0 };

	for (size_t i = 0; i < n; i++)
		count_resource(rs, n, i, &cs);
	for (size_t i = 0; i < cs.n; i++) {
		int seen = 0;
		size_t first = i;
		for (size_t j = 0; j < i; j++) {
			if (strcmp(cs.c[j].a->rule, cs.c[i].a->rule) ||
			    strcmp(cs.c[j].key, cs.c[i].key))
				continue;
			if (!seen++)
				first = j;
		}
		if (seen >= cs.c[i].a->max)
			refuse(rs, &cs.c[i], &cs.c[first], report, ctx);
	}
	free(cs.c);
}
