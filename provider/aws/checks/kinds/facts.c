/*
 * kinds/facts.c: facts of the stack's graph, and the rules over them. For
 * each value that names a piece of a network (a VPC, a subnet, a security
 * group, a DB subnet group: found by the kinds its attribute takes, api.h,
 * and facts.def's FACT_KIND rows where the schemas carry none), the place it
 * stands in: its VPC and, for a subnet, its Availability Zone, followed
 * through references to what the stack makes (a subnet's vpc_id and
 * availability_zone, a group's vpc_id, a subnet group's subnets' VPC) and,
 * at plan, read for a literal id the stack does not make (EC2
 * DescribeSubnets, DescribeSecurityGroups: reads.c's
 * aws_kind_read_place, with the client of the resource naming it, for each
 * resource the plan creates, replaces or updates; not with -refresh=false
 * or TERRACE_AWS_READ_LITERALS=0). A VPC of the stack made already is its
 * id too. The rules are facts.def's rows, each judging every type, written
 * or awscc, that has the facts it speaks of:
 *   - RULE_ONE_VPC: what one block names (one object of a resource's
 *     attributes, and its lists' elements) is of one VPC; a block with two
 *     single values of one kind (a peering's two VPCs, an ingress rule's
 *     group and its source) is a pair across networks and is left alone;
 *   - RULE_ONE_PER_ZONE: the subnets a resource of a type names are of
 *     distinct zones;
 *   - RULE_MIN_ZONES: the subnets a resource of a type names cover at
 *     least N zones (a DB subnet group, an Application Load Balancer),
 *     judged on the create AWS judges it on: at validate, and at plan for
 *     what the plan creates or replaces; a warning on an object that
 *     exists (one applied before the rule, which the plan leaves alone);
 *   - RULE_OWN_REGION: an ARN an attribute names is of the region of the
 *     resource's provider configuration (at plan: the client's region; a
 *     referenced resource's known ARN, else its client's region);
 *   - RULE_PAIR_VPC: a rule's source group is of its group's VPC, unless
 *     the stack joins the two (a peering, a transit gateway attachment);
 *     judged at plan and only for a VPC the plan is about to make, which no
 *     peering outside the stack can join yet: AWS judges the rest.
 * What is not known yet, or not read, passes: AWS judges it at apply.
 * Refused at validate where the stack says it all, and again at plan.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "provider/aws/cloudcontrol/api.h"
#include "provider/aws/checks/row.h"
#include "provider/aws/checks/kinds/api.h"
#include "provider/aws/checks/rules.h"
#include "provider/aws/transport/transport.h"

#define VPC_KIND "AWS::EC2::VPC.Id"
#define SUBNET_KIND "AWS::EC2::Subnet.Id"
#define GROUP_KIND "AWS::EC2::SecurityGroup.Id"

enum row_what {
	ROW_KIND, ROW_ZONE, ROW_ZONE_ID, ROW_OF_SUBNETS, ROW_JOINS, ROW_INTO_VPC,
	ROW_ONE_VPC, ROW_ONE_PER_ZONE, ROW_MIN_ZONES, ROW_OWN_REGION, ROW_PAIR_VPC,
};

struct fact_row {
	enum row_what what;
	const char *type;   /* a terrace type, or a CloudFormation type */
	const char *path;   /* an attribute, dotted */
	const char *kind;   /* a kind's name */
	const char *source; /* the AWS page it comes from */
	const char *error;  /* AWS's words, for the message */
	int min;            /* RULE_MIN_ZONES: the zones its subnets cover at least */
	const char *when;   /* RULE_MIN_ZONES: "attr=value": judged only where attr
			     * is value (or left out: value is AWS's default) */
};

static const struct fact_row rows[] = {
#define FACT_KIND(t, p, k, s) { ROW_KIND, t, p, k, s, NULL },
#define FACT_ZONE(t, p, s) { ROW_ZONE, t, p, NULL, s, NULL },
#define FACT_ZONE_ID(t, p, s) { ROW_ZONE_ID, t, p, NULL, s, NULL },
#define FACT_OF_SUBNETS(t, k, s) { ROW_OF_SUBNETS, t, NULL, k, s, NULL },
#define FACT_JOINS(t, s) { ROW_JOINS, t, NULL, NULL, s, NULL },
#define FACT_INTO_VPC(t, s) { ROW_INTO_VPC, t, NULL, NULL, s, NULL },
#define RULE_ONE_VPC(s) { ROW_ONE_VPC, "*", NULL, NULL, s, NULL },
#define RULE_ONE_PER_ZONE(t, s, e) { ROW_ONE_PER_ZONE, t, NULL, NULL, s, e },
#define RULE_MIN_ZONES(t, p, m, w, s, e) { ROW_MIN_ZONES, t, p, NULL, s, e, m, w },
#define RULE_OWN_REGION(t, p, s, e) { ROW_OWN_REGION, t, p, NULL, s, e },
#define RULE_PAIR_VPC(t, s) { ROW_PAIR_VPC, t, NULL, NULL, s, NULL },
#include "provider/aws/checks/kinds/facts.def"
	{ ROW_KIND, NULL, NULL, NULL, NULL, NULL },
};

/* The kinds of a network's pieces, as bits. */
enum { M_VPC = 1, M_SUBNET = 2, M_GROUP = 4, M_SUBNET_GROUP = 8, M_ALL = 15 };
static const char *const member_kinds[] = { VPC_KIND, SUBNET_KIND, GROUP_KIND };


/* Whether row r speaks of `type`: by its name or its CloudFormation
 * twin's, `cfn` (aws_cfn_type_of_any(type), found once by the caller
 * before its walk of the rows, not again for each row). */
static bool row_is(const struct fact_row *r, const char *type, const char *cfn)
{
	return !strcmp(r->type, "*") || !strcmp(r->type, type) || (cfn && !strcmp(r->type, cfn));
}

static const struct fact_row *row_for(enum row_what what, const char *type)
{
	const char *cfn = aws_cfn_type_of_any(type);
	for (const struct fact_row *r = rows; r->type; r++)
		if (r->what == what && row_is(r, type, cfn))
			return r;
	return NULL;
}

/* The member kind (a bit) of kind `name`: a VPC's, a subnet's, a group's
 * id, or what a FACT_OF_SUBNETS row names (a DB subnet group's name). */
static unsigned member_kind(const char *name)
{
	for (size_t k = 0; k < 3; k++)
		if (!strcmp(name, member_kinds[k]))
			return 1u << k;
	for (const struct fact_row *r = rows; r->type; r++)
		if (r->what == ROW_OF_SUBNETS && !strcmp(r->kind, name))
			return M_SUBNET_GROUP;
	return 0;
}

/* The member kinds attribute `path` of `type` takes, as bits. */
static unsigned kinds_at(const char *type, const char *path)
{
	struct aws_kinds ks = aws_kinds_of(type, path, false);
	const struct resource_type *rt = cc_type_find(type);
	unsigned m = 0;

	for (size_t k = 0; k < ks.n; k++)
		m |= member_kind(ks.k[k]->name);
	/* an awscc type's kinds as its schema says them, its own too: a
	 * security group's rule names other groups (aws_kinds_of takes a
	 * type's own kind for its identity) */
	if (rt && rt->family == TYPE_FAMILY_FROM_DATA) {
		const json_t *names = cc_kinds_at(type, path), *name;
		size_t i;
		json_array_foreach(names, i, name)
			if (json_is_string(name))
				m |= member_kind(json_string_value(name));
	}
	const char *cfn = aws_cfn_type_of_any(type);
	for (const struct fact_row *r = rows; r->type; r++)
		if (r->what == ROW_KIND && !strcmp(r->path, path) && row_is(r, type, cfn))
			m |= member_kind(r->kind);
	return m;
}

/* Where a value stands: its VPC (a VPC resource's "\"NAME\"", "vpc-ID
 * (\"NAME\")" once made, or a literal id) and a subnet's zone (a name, or
 * "id " and a zone id); "" when not known. */
struct place {
	char vpc[128];
	char zone[72];
};

static bool place_of_value(const struct written_resource *rs, size_t n, size_t from, unsigned kind,
			   const char *value, struct place *p, int depth);

/* The resource of rs that value "${NAME.ATTR}", written in resource
 * `from`, names: NAME as plan writes it ("module.net.one"), or as a
 * module's stack does, in from's module ("one" from "module.net.rule");
 * else WRITTEN_NONE. */
static size_t reference(const struct written_resource *rs, size_t n, size_t from,
			const char *value, char *attr, size_t attr_size)
{
	const char *own = rs[from].name, *dot = strrchr(own, '.');
	size_t prefix = !strncmp(own, "module.", 7) && dot ? (size_t)(dot - own) + 1 : 0;
	size_t len = strlen(value);
	const char *last = len > 4 ? memrchr(value, '.', len) : NULL;
	char full[512];

	/* "${" NAME "." ATTR "}", NAME holding dots inside a module */
	if (!last || strncmp(value, "${", 2) || value[len - 1] != '}' ||
	    strcspn(value + 2, "${}[]()\" ,+*/") != len - 3)
		return WRITTEN_NONE;
	size_t name_len = (size_t)(last - value) - 2, attr_len = len - (size_t)(last - value) - 2;
	if (!name_len || !attr_len || attr_len >= attr_size)
		return WRITTEN_NONE;
	for (int scoped = prefix ? 1 : 0; scoped >= 0; scoped--) {
		snprintf(full, sizeof(full), "%.*s%.*s", scoped ? (int)prefix : 0, own,
			 (int)name_len, value + 2);
		for (size_t i = 0; i < n; i++)
			if (!strcmp(rs[i].name, full)) {
				snprintf(attr, attr_size, "%.*s", (int)attr_len, last + 1);
				return i;
			}
	}
	return WRITTEN_NONE;
}

/* A string member's text when known (as written, or at plan as known). */
static const char *known_text(const struct written_resource *r, const char *key)
{
	const char *s = value_known_member(r->config, key);
	return s ? s : r->known ? value_known_member(r->known, key) : NULL;
}

/* The place of resource r (a subnet, a security group, a subnet group):
 * what its top-level VPC attribute names, or its subnets' VPC; its zone. */
static void place_of_resource(const struct written_resource *rs, size_t n, size_t at,
			      struct place *p, int depth)
{
	const struct written_resource *r = &rs[at];
	const struct fact_row *row;
	const char *key;
	json_t *v;

	if (depth > 4 || r->repeated || !json_is_object(r->config))
		return;
	json_object_foreach((json_t *)r->config, key, v) {
		struct place q = { "", "" };
		if (json_is_string(v) && (kinds_at(r->type, key) & M_VPC) &&
		    place_of_value(rs, n, at, M_VPC, json_string_value(v), &q, depth + 1)) {
			snprintf(p->vpc, sizeof(p->vpc), "%s", q.vpc);
			break;
		}
	}
	if (!*p->vpc && row_for(ROW_OF_SUBNETS, r->type)) {
		json_object_foreach((json_t *)r->config, key, v) {
			size_t i;
			json_t *x;
			if (!json_is_array(v) || !(kinds_at(r->type, key) & M_SUBNET))
				continue;
			json_array_foreach(v, i, x) {
				struct place q = { "", "" };
				if (json_is_string(x) &&
				    place_of_value(rs, n, at, M_SUBNET, json_string_value(x), &q,
						   depth + 1) && *q.vpc) {
					snprintf(p->vpc, sizeof(p->vpc), "%s", q.vpc);
					break;
				}
			}
		}
	}
	const char *cfn = aws_cfn_type_of_any(r->type);
	for (row = rows; row->type; row++) {
		const char *zone;
		if ((row->what != ROW_ZONE && row->what != ROW_ZONE_ID) || !row_is(row, r->type, cfn) ||
		    !(zone = known_text(r, row->path)) || !*zone)
			continue;
		snprintf(p->zone, sizeof(p->zone), "%s%s", row->what == ROW_ZONE_ID ? "id " : "",
			 zone);
		break;
	}
}

/* At plan, the place of a literal subnet or security group id the stack
 * does not make, read with the client of resource `from` (the one naming
 * it). */
static bool place_read(const struct written_resource *from, unsigned kind, const char *value,
		       struct place *p)
{
	const char *name = kind == M_SUBNET ? SUBNET_KIND : kind == M_GROUP ? GROUP_KIND : NULL;
	const struct aws_kind *k = NULL;

	if (!name || !from->client || !from->may_read || strstr(value, "${") ||
	    !aws_kind_reads_on())
		return false;
	for (size_t i = 0; aws_kinds[i].name; i++)
		if (!strcmp(aws_kinds[i].name, name))
			k = &aws_kinds[i];
	return k && aws_kind_literal_is(k, value) &&
	       aws_kind_read_place(from->client, name, value, p->vpc, sizeof(p->vpc), p->zone,
				   sizeof(p->zone));
}

static bool place_of_value(const struct written_resource *rs, size_t n, size_t from, unsigned kind,
			   const char *value, struct place *p, int depth)
{
	char attr[64];
	size_t at = reference(rs, n, from, value, attr, sizeof(attr));

	if (at == WRITTEN_NONE) {
		if (kind == M_VPC && !strstr(value, "${") && !strncmp(value, "vpc-", 4)) {
			snprintf(p->vpc, sizeof(p->vpc), "%s", value);
			return true;
		}
		return place_read(&rs[from], kind, value, p);
	}
	const char *cfn = aws_cfn_type_of_any(rs[at].type);
	struct aws_kinds gives = aws_kinds_of(rs[at].type, attr, true);
	if (!cfn || depth > 4)
		return false;
	if (kind == M_VPC) {
		if (!strcmp(cfn, "AWS::EC2::VPC") && aws_kinds_has(&gives, VPC_KIND)) {
			/* at plan, a VPC made already is its id: what a read of
			 * a subnet of it says */
			const char *id = value_known_member(rs[at].known, attr);
			if (id && !strncmp(id, "vpc-", 4))
				snprintf(p->vpc, sizeof(p->vpc), "%s (\"%s\")", id, rs[at].name);
			else
				snprintf(p->vpc, sizeof(p->vpc), "\"%s\"", rs[at].name);
			return true;
		}
		/* another resource's VPC (${sg.vpc_id}) */
		if (!aws_kinds_has(&gives, VPC_KIND))
			return false;
		place_of_resource(rs, n, at, p, depth + 1);
		*p->zone = '\0';
		return *p->vpc;
	}
	if ((kind == M_SUBNET && !strcmp(cfn, "AWS::EC2::Subnet") &&
	     aws_kinds_has(&gives, SUBNET_KIND)) ||
	    (kind == M_GROUP && !strcmp(cfn, "AWS::EC2::SecurityGroup") &&
	     aws_kinds_has(&gives, GROUP_KIND))) {
		place_of_resource(rs, n, at, p, depth);
		return *p->vpc || *p->zone;
	}
	if (kind == M_SUBNET_GROUP) {
		if (!row_for(ROW_OF_SUBNETS, rs[at].type))
			return false;
		place_of_resource(rs, n, at, p, depth);
		*p->zone = '\0';
		return *p->vpc;
	}
	return false;
}

/* One value of a resource that stands in a network. */
struct member {
	unsigned kind;
	size_t block;
	char where[160]; /* "vpc_config.subnet_ids[1]" */
	const char *value;
	struct place at;
};

struct members {
	struct member m[64];
	size_t n;
	size_t blocks;
	int scalars[64][4]; /* per block, single values of each kind */
};

/* v as a member of the first of kinds (bits) whose place it has; that
 * kind, or the first of kinds when it has none. */
static unsigned add_member(const struct written_resource *rs, size_t n, size_t at,
			   struct members *ms, unsigned kinds, size_t block, const char *where,
			   const json_t *v)
{
	struct member *m = &ms->m[ms->n];
	unsigned first = kinds & -kinds;

	if (ms->n == sizeof(ms->m) / sizeof(*ms->m) || !json_is_string(v))
		return first;
	for (unsigned k = 1; k <= M_ALL; k <<= 1) {
		if (!(kinds & k))
			continue;
		memset(m, 0, sizeof(*m));
		m->kind = k;
		m->block = block;
		snprintf(m->where, sizeof(m->where), "%s", where);
		m->value = json_string_value(v);
		if (place_of_value(rs, n, at, k, m->value, &m->at, 0)) {
			ms->n++;
			return k;
		}
	}
	return first;
}

static void collect_block(const struct written_resource *rs, size_t n, size_t at,
			  const json_t *obj, const char *path, const char *where,
			  struct members *ms);

/* Each object below v (a block, a list's elements). */
static void collect_below(const struct written_resource *rs, size_t n, size_t at, const json_t *v,
			  const char *path, const char *where, struct members *ms)
{
	char w[160];
	size_t i;
	json_t *x;

	if (json_is_object(v) && !value_not_known(v)) {
		collect_block(rs, n, at, v, path, where, ms);
	} else if (json_is_array(v)) {
		json_array_foreach(v, i, x) {
			snprintf(w, sizeof(w), "%s[%zu]", where, i);
			collect_below(rs, n, at, x, path, w, ms);
		}
	}
}

static void collect_block(const struct written_resource *rs, size_t n, size_t at,
			  const json_t *obj, const char *path, const char *where,
			  struct members *ms)
{
	size_t block = ms->blocks;
	const char *key;
	json_t *v;
	char p[160], w[160];

	if (block == sizeof(ms->scalars) / sizeof(*ms->scalars))
		return;
	ms->blocks++;
	json_object_foreach((json_t *)obj, key, v) {
		if (value_key_not_known(key))
			continue;
		snprintf(p, sizeof(p), "%s%s%s", path, *path ? "." : "", key);
		snprintf(w, sizeof(w), "%s%s%s", where, *where ? "." : "", key);
		unsigned ks = kinds_at(rs[at].type, p);
		if (ks && json_is_string(v)) {
			unsigned k = add_member(rs, n, at, ms, ks, block, w, v);
			for (size_t b = 0; b < 4; b++)
				if (k == 1u << b)
					ms->scalars[block][b]++;
		} else if (ks && json_is_array(v)) {
			size_t i;
			json_t *x;
			json_array_foreach(v, i, x) {
				char e[200];
				snprintf(e, sizeof(e), "%s[%zu]", w, i);
				add_member(rs, n, at, ms, ks, block, e, x);
			}
		}
		if (json_is_object(v) || json_is_array(v))
			collect_below(rs, n, at, v, p, w, ms);
	}
}

/* Two VPCs are one: the same text, or the same id before a VPC of the
 * stack's name ("vpc-1 (\"net\")"). */
static bool same_vpc(const char *a, const char *b)
{
	size_t la = strcspn(a, " "), lb = strcspn(b, " ");
	if (!strcmp(a, b))
		return true;
	return la == lb && !strncmp(a, "vpc-", 4) && !strncmp(a, b, la);
}

static const char *what(unsigned kind)
{
	return kind == M_VPC ? "names" : kind == M_SUBNET ? "is a subnet of"
		: kind == M_GROUP ? "is a security group of" : "is a subnet group of";
}

/* RULE_ONE_VPC: each block's members, but a block holding a pair. */
static void rule_one_vpc(const struct written_resource *rs, size_t at, const struct members *ms,
			 check_report_fn report, void *ctx)
{
	/* a rule's sources may be of peered VPCs: RULE_PAIR_VPC's; what
	 * FACT_INTO_VPC's types name is put into another VPC */
	if (!row_for(ROW_ONE_VPC, rs[at].type) || row_for(ROW_PAIR_VPC, rs[at].type) ||
	    row_for(ROW_INTO_VPC, rs[at].type))
		return;
	for (size_t b = 0; b < ms->blocks; b++) {
		const struct member *first = NULL;
		bool pair = false;
		for (size_t k = 0; k < 4; k++)
			pair |= ms->scalars[b][k] > 1;
		for (size_t i = 0; i < ms->n && !pair; i++) {
			const struct member *m = &ms->m[i];
			if (m->block != b || !*m->at.vpc)
				continue;
			if (!first) {
				first = m;
				continue;
			}
			if (same_vpc(m->at.vpc, first->at.vpc))
				continue;
			char msg[1024];
			snprintf(msg, sizeof(msg),
				 "%s: \"%s\" %s VPC %s, and %s (\"%s\") %s VPC %s: AWS takes a "
				 "resource's subnets, security groups and VPC of one VPC only; make "
				 "them one VPC's",
				 m->where, m->value, what(m->kind), m->at.vpc, first->where,
				 first->value, what(first->kind), first->at.vpc);
			report(ctx, &(struct check_finding){
				.warning = false, .which = at, .attr = m->where,
				.other = WRITTEN_NONE, .message = msg });
			return;
		}
	}
}

/* RULE_ONE_PER_ZONE: two subnets of one zone. */
static void rule_one_per_zone(const struct written_resource *rs, size_t at,
			      const struct members *ms, check_report_fn report, void *ctx)
{
	const struct fact_row *row = row_for(ROW_ONE_PER_ZONE, rs[at].type);

	for (size_t i = 0; row && i < ms->n; i++) {
		const struct member *m = &ms->m[i];
		if (m->kind != M_SUBNET || !*m->at.zone)
			continue;
		for (size_t j = 0; j < i; j++) {
			const struct member *o = &ms->m[j];
			if (o->kind != M_SUBNET || strcmp(o->at.zone, m->at.zone) ||
			    !strcmp(o->value, m->value))
				continue;
			char msg[1024];
			snprintf(msg, sizeof(msg),
				 "%s: \"%s\" is a subnet of Availability Zone %s, as %s (\"%s\") is: "
				 "%s takes one subnet per zone (\"%s\"); name subnets of distinct zones",
				 m->where, m->value, m->at.zone, o->where, o->value, row->type,
				 row->error);
			report(ctx, &(struct check_finding){
				.warning = false, .which = at, .attr = m->where,
				.other = WRITTEN_NONE, .message = msg });
			return;
		}
	}
}

/* Whether RULE_MIN_ZONES row applies to resource r: its `when` attribute
 * is the value the row names, or left out (the row's value is AWS's
 * default); an attribute not known yet does not apply. */
static bool min_zones_applies(const struct fact_row *row, const struct written_resource *r)
{
	if (!row->when)
		return true;
	const char *eq = strchr(row->when, '=');
	char attr[64];
	snprintf(attr, sizeof(attr), "%.*s", (int)(eq - row->when), row->when);
	const json_t *v = json_object_get(r->config, attr);
	const char *text = json_string_value(v);
	if (!v || json_is_null(v))
		return true;
	if (text && value_not_known(v) && r->known)
		text = json_string_value(json_object_get(r->known, attr));
	return text && !strstr(text, "${") && !strcasecmp(text, eq + 1);
}

/* RULE_MIN_ZONES: the subnets of the row's list (row->path) cover at least
 * row->min zones, judged when every one of them is a subnet whose zone is
 * known; two of one zone are left to RULE_ONE_PER_ZONE where a row of it
 * applies, so a mistake is said once. AWS judges it when the object is
 * made: refused by `terrace validate` and at plan when the plan creates or
 * replaces it (`creating`); of an object that exists and stays (`known`,
 * not creating), a warning (an update that sends new subnets is AWS's to
 * judge); neither (the stack as loaded for plan, before the state is
 * read): nothing yet. */
static void rule_min_zones(const struct written_resource *rs, size_t at,
			   const struct members *ms, check_report_fn report, void *ctx)
{
	const struct fact_row *row = row_for(ROW_MIN_ZONES, rs[at].type);
	const char *zones[64];
	size_t nz = 0, subnets = 0;
	const struct member *first = NULL;

	if (!row || !min_zones_applies(row, &rs[at]))
		return;
	const json_t *list = json_object_get(rs[at].config, row->path);
	size_t written = json_array_size(list);
	size_t plen = strlen(row->path);
	for (size_t i = 0; written && i < ms->n; i++) {
		const struct member *m = &ms->m[i];
		if (m->kind != M_SUBNET || strncmp(m->where, row->path, plen) || m->where[plen] != '[')
			continue;
		if (!*m->at.zone)
			return; /* a zone not known: AWS judges */
		first = first ? first : m;
		subnets++;
		bool seen = false;
		for (size_t z = 0; z < nz && !seen; z++)
			seen = !strcmp(zones[z], m->at.zone);
		if (!seen && nz < 64)
			zones[nz++] = m->at.zone;
	}
	if (!subnets || subnets != written || (int)nz >= row->min ||
	    (nz < subnets && row_for(ROW_ONE_PER_ZONE, rs[at].type)))
		return;
	if (!rs[at].creating && !rs[at].known)
		return; /* the stack loaded for plan: plan knows whether it is created */
	bool created = rs[at].creating;
	char msg[1024];
	snprintf(msg, sizeof(msg),
		 "%s: its %zu subnet(s) are of %zu Availability Zone(s) (%s): %s takes subnets of "
		 "at least %d zones (\"%s\"); add a subnet of another zone%s",
		 row->path, subnets, nz, first->at.zone, row->type, row->min, row->error,
		 created ? "" : "; AWS judges it when the object is created, and this one exists, "
				"so it is not refused");
	report(ctx, &(struct check_finding){
		.warning = !created, .which = at, .attr = row->path, .other = WRITTEN_NONE,
		.message = msg });
}

/* Whether a string in v, written in resource `from`, references the
 * resource named `name` (a VPC of the stack). */
static bool names_resource(const struct written_resource *rs, size_t n, size_t from,
			   const json_t *v, const char *name)
{
	const char *key;
	char attr[64];
	size_t i;
	json_t *x;

	if (json_is_string(v)) {
		size_t at = reference(rs, n, from, json_string_value(v), attr, sizeof(attr));
		return at != WRITTEN_NONE && !strcmp(rs[at].name, name);
	}
	if (json_is_array(v)) {
		json_array_foreach(v, i, x)
			if (names_resource(rs, n, from, x, name))
				return true;
	} else if (json_is_object(v)) {
		json_object_foreach((json_t *)v, key, x)
			if (names_resource(rs, n, from, x, name))
				return true;
	}
	return false;
}

/* Whether a resource of the stack joins VPC `vpc` (a VPC of the stack,
 * "\"NAME\"") to others: a peering or an attachment naming it. */
static bool joined(const struct written_resource *rs, size_t n, const char *vpc)
{
	char name[256];
	snprintf(name, sizeof(name), "%.*s", (int)strcspn(vpc + 1, "\""), vpc + 1);
	for (size_t i = 0; i < n; i++)
		if (row_for(ROW_JOINS, rs[i].type) && names_resource(rs, n, i, rs[i].config, name))
			return true;
	return false;
}

/* RULE_PAIR_VPC: at plan, a source group of another VPC than the rule's,
 * where one of the two is a VPC the plan makes and the stack joins to
 * nothing. */
static void rule_pair_vpc(const struct written_resource *rs, size_t n, size_t at,
			  const struct members *ms, check_report_fn report, void *ctx)
{
	if (!rs[at].known || !row_for(ROW_PAIR_VPC, rs[at].type))
		return;
	for (size_t i = 0; i < ms->n; i++) {
		const struct member *m = &ms->m[i];
		if (!(m->kind & (M_GROUP | M_VPC)) || !*m->at.vpc)
			continue;
		for (size_t j = 0; j < i; j++) {
			const struct member *o = &ms->m[j];
			if (!(o->kind & (M_GROUP | M_VPC)) || !*o->at.vpc ||
			    same_vpc(o->at.vpc, m->at.vpc))
				continue;
			const char *fresh = *m->at.vpc == '"' ? m->at.vpc
					    : *o->at.vpc == '"' ? o->at.vpc : NULL;
			if (!fresh || joined(rs, n, m->at.vpc) || joined(rs, n, o->at.vpc))
				continue;
			char msg[1024];
			snprintf(msg, sizeof(msg),
				 "%s: \"%s\" %s VPC %s, and %s (\"%s\") %s VPC %s, which the plan "
				 "makes and the stack joins to no other by a peering or a transit "
				 "gateway: AWS refuses a rule between two networks (\"You have "
				 "specified two resources that belong to different networks\"); name a "
				 "group of VPC %s, or peer the two VPCs in the stack",
				 m->where, m->value, what(m->kind), m->at.vpc, o->where, o->value,
				 what(o->kind), o->at.vpc, o->at.vpc);
			report(ctx, &(struct check_finding){
				.warning = false, .which = at, .attr = m->where,
				.other = WRITTEN_NONE, .message = msg });
			return;
		}
	}
}

/* The region an ARN names ("" for a global one): false when v is no ARN. */
static bool arn_region(const char *v, char *region, size_t size)
{
	char r[64] = "";
	if (strncmp(v, "arn:", 4) || strstr(v, "${") ||
	    sscanf(v, "arn:%*[^:]:%*[^:]:%63[^:]:", r) != 1)
		return false;
	snprintf(region, size, "%s", r);
	return true;
}

/* The region of what value names: a literal ARN's, a referenced resource's
 * known ARN's, else its client's. */
static bool region_of_value(const struct written_resource *rs, size_t n, size_t from,
			    const char *value, char *region, size_t size)
{
	char attr[64];
	size_t at = reference(rs, n, from, value, attr, sizeof(attr));
	const char *known, *r;

	if (at == WRITTEN_NONE)
		return arn_region(value, region, size) && *region;
	known = value_known_member(rs[at].known, attr);
	if (known && arn_region(known, region, size))
		return *region;
	r = rs[at].client ? aws_client_region(rs[at].client) : NULL;
	if (!r || !*r)
		return false;
	snprintf(region, size, "%s", r);
	return true;
}

/* RULE_OWN_REGION: at plan, an ARN of another region than the client's. */
static void rule_own_region(const struct written_resource *rs, size_t n, size_t at,
			    check_report_fn report, void *ctx)
{
	const char *mine = rs[at].client ? aws_client_region(rs[at].client) : NULL;
	const char *cfn = aws_cfn_type_of_any(rs[at].type);

	for (const struct fact_row *row = rows; mine && *mine && row->type; row++) {
		const json_t *list = json_object_get(rs[at].config, row->path ? row->path : ""), *e;
		size_t i;

		if (row->what != ROW_OWN_REGION || !row_is(row, rs[at].type, cfn) || !json_is_array(list))
			continue;
		json_array_foreach((json_t *)list, i, e) {
			char region[64] = "", msg[1024];
			const char *s = json_string_value(e);
			if (!s || !region_of_value(rs, n, at, s, region, sizeof(region)) ||
			    !strcmp(region, mine))
				continue;
			snprintf(msg, sizeof(msg),
				 "%s[%zu]: \"%s\" is of region %s, and the resource is made in %s: "
				 "%s takes what is of its own region only (\"%s\"); name one of %s (a "
				 "resource of this provider configuration's region)",
				 row->path, i, s, region, mine, row->type, row->error, mine);
			report(ctx, &(struct check_finding){
				.warning = false, .which = at, .attr = row->path,
				.other = WRITTEN_NONE, .message = msg });
			return;
		}
	}
}

void aws_check_facts(const struct written_resource *rs, size_t n, check_report_fn report,
		     void *ctx)
{
	struct members *ms = malloc(sizeof(*ms));

	for (size_t i = 0; ms && i < n; i++) {
		if (!json_is_object(rs[i].config))
			continue;
		ms->n = 0;
		ms->blocks = 0;
		memset(ms->scalars, 0, sizeof(ms->scalars));
		collect_block(rs, n, i, rs[i].config, "", "", ms);
		rule_one_vpc(rs, i, ms, report, ctx);
		rule_one_per_zone(rs, i, ms, report, ctx);
		rule_min_zones(rs, i, ms, report, ctx);
		rule_pair_vpc(rs, n, i, ms, report, ctx);
		rule_own_region(rs, n, i, report, ctx);
	}
	free(ms);
}
