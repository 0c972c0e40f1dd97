/*
 * kinds/one_network.c: one network. What names subnets and security groups
 * together (a Lambda function's vpc_config, an instance, a cluster's
 * subnets and security groups, a Glue connection's requirements, ...) must
 * have them in one VPC, and in the VPC it names beside them: EC2, RDS,
 * EFS, ELB, Lambda, ECS, Batch, EMR, MWAA, Redshift and Glue refuse
 * subnets and security groups of two VPCs. Generic over every type: the
 * attributes are found by the kinds they take (api.h: AWS::EC2::Subnet.Id,
 * AWS::EC2::SecurityGroup.Id, AWS::EC2::VPC.Id), block by block (one
 * object of a resource's attributes, and its lists' elements); a block
 * with two single values of one kind (a peering's two VPCs, an ingress
 * rule's group and its source) is a pair across networks and is left
 * alone. The VPC of a subnet or security group the stack makes is the one
 * its own VPC-id attribute names (a VPC of the stack, or a literal id),
 * followed through references. At plan, the VPC of a literal subnet or
 * security group id is read (EC2 DescribeSubnets, DescribeSecurityGroups,
 * with the client of the resource naming it, rules_reads.c's
 * aws_kind_read_vpc) for each resource the plan creates, replaces or
 * updates, and a VPC of the stack made already is its id too; not with
 * -refresh=false or TERRACE_AWS_READ_LITERALS=0. What is not known yet,
 * or not read, passes (AWS judges it at apply). Refused at validate and
 * again at plan, naming both VPCs.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/cloudcontrol/api.h"
#include "provider/aws/constraints.h"
#include "provider/aws/kinds/api.h"
#include "provider/aws/rules.h"

#define VPC_KIND "AWS::EC2::VPC.Id"
#define SUBNET_KIND "AWS::EC2::Subnet.Id"
#define GROUP_KIND "AWS::EC2::SecurityGroup.Id"

static const char *cfn_of(const char *type)
{
	return strncmp(type, "awscc.", 6) ? aws_cfn_type_of(type) : cc_cfn_type(type);
}

/* The VPC a value of kind `kind` stands in: into vpc (a VPC resource's
 * "\"NAME\"", or a literal id); false when not known. */
static bool vpc_of_value(const struct written_resource *rs, size_t n, const char *kind,
			 const char *value, char *vpc, size_t size, int depth);

/* The VPC of resource r (a subnet or security group): what its top-level
 * attribute taking a VPC's id names. */
static bool vpc_of_resource(const struct written_resource *rs, size_t n,
			    const struct written_resource *r, char *vpc, size_t size, int depth)
{
	const char *key;
	json_t *v;

	if (depth > 4 || r->repeated || !json_is_object(r->config))
		return false;
	json_object_foreach((json_t *)r->config, key, v) {
		struct aws_kinds ks = aws_kinds_of(r->type, key, false);
		if (json_is_string(v) && aws_kinds_has(&ks, VPC_KIND))
			return vpc_of_value(rs, n, VPC_KIND, json_string_value(v), vpc, size, depth + 1);
	}
	return false;
}

static bool vpc_of_value(const struct written_resource *rs, size_t n, const char *kind,
			 const char *value, char *vpc, size_t size, int depth)
{
	char attr[64];
	size_t at = aws_kind_reference(rs, n, value, attr, sizeof(attr));

	if (at == WRITTEN_NONE) {
		if (strcmp(kind, VPC_KIND) || strstr(value, "${") || strncmp(value, "vpc-", 4))
			return false;
		snprintf(vpc, size, "%s", value);
		return true;
	}
	const char *cfn = cfn_of(rs[at].type);
	struct aws_kinds gives = aws_kinds_of(rs[at].type, attr, true);
	if (!cfn || depth > 4)
		return false;
	if (!strcmp(kind, VPC_KIND)) {
		if (!strcmp(cfn, "AWS::EC2::VPC") && aws_kinds_has(&gives, VPC_KIND)) {
			/* at plan, a VPC made already is its id: what a read of
			 * a subnet of it says */
			const char *id = aws_known_member(rs[at].known, attr);
			if (id && !strncmp(id, "vpc-", 4))
				snprintf(vpc, size, "%s (\"%s\")", id, rs[at].name);
			else
				snprintf(vpc, size, "\"%s\"", rs[at].name);
			return true;
		}
		/* another resource's VPC (${sg.vpc_id}) */
		return aws_kinds_has(&gives, VPC_KIND) &&
		       vpc_of_resource(rs, n, &rs[at], vpc, size, depth + 1);
	}
	if ((!strcmp(kind, SUBNET_KIND) && !strcmp(cfn, "AWS::EC2::Subnet")) ||
	    (!strcmp(kind, GROUP_KIND) && !strcmp(cfn, "AWS::EC2::SecurityGroup")))
		return aws_kinds_has(&gives, kind) && vpc_of_resource(rs, n, &rs[at], vpc, size, depth);
	return false;
}

/* One value of a block that stands in a VPC. */
struct member {
	const char *kind;
	char where[160]; /* "vpc_config.subnet_ids[1]" */
	const char *value;
	char vpc[128];
};

struct block {
	struct member m[16];
	size_t n;
	int scalars[3]; /* single values of each kind */
};

/* At plan, the VPC of a literal subnet or security group id the stack does
 * not make, read with the client of resource `from` (the one naming it). */
static bool vpc_read(const struct written_resource *from, const char *kind, const char *value,
		     char *vpc, size_t size)
{
	const struct aws_kind *k = NULL;
	char id[64];

	if (!from->client || !from->may_read || !strcmp(kind, VPC_KIND) || strstr(value, "${") ||
	    !aws_kind_reads_on())
		return false;
	for (size_t i = 0; aws_kinds[i].name; i++)
		if (!strcmp(aws_kinds[i].name, kind))
			k = &aws_kinds[i];
	if (!k || !aws_kind_literal_is(k, value) ||
	    !aws_kind_read_vpc(from->client, kind, value, id, sizeof(id)))
		return false;
	snprintf(vpc, size, "%s", id);
	return true;
}

static void add_member(const struct written_resource *rs, size_t n, size_t at, struct block *b,
		       const char *kind, const char *where, const json_t *v)
{
	struct member *m = &b->m[b->n];

	if (b->n == sizeof(b->m) / sizeof(*b->m) || !json_is_string(v))
		return;
	m->kind = kind;
	snprintf(m->where, sizeof(m->where), "%s", where);
	m->value = json_string_value(v);
	if (vpc_of_value(rs, n, kind, m->value, m->vpc, sizeof(m->vpc), 0) ||
	    vpc_read(&rs[at], kind, m->value, m->vpc, sizeof(m->vpc)))
		b->n++;
}

/* Two members' VPCs are one: the same text, or the same id before a
 * VPC of the stack's name ("vpc-1 (\"net\")"). */
static bool same_vpc(const char *a, const char *b)
{
	size_t la = strcspn(a, " "), lb = strcspn(b, " ");
	if (!strcmp(a, b))
		return true;
	return la == lb && !strncmp(a, "vpc-", 4) && !strncmp(a, b, la);
}

static const char *what(const char *kind)
{
	return !strcmp(kind, VPC_KIND) ? "names" : !strcmp(kind, SUBNET_KIND) ? "is a subnet of"
										 : "is a security group of";
}

static void check_block(const struct written_resource *rs, size_t n, size_t at,
			const json_t *obj, const char *path, const char *where,
			written_report_fn report, void *ctx);

/* Each object below v (a block, a list's elements). */
static void walk_blocks(const struct written_resource *rs, size_t n, size_t at, const json_t *v,
			const char *path, const char *where, written_report_fn report, void *ctx)
{
	char w[160];
	size_t i;
	json_t *x;

	if (json_is_object(v) && !aws_rule_unknown(v)) {
		check_block(rs, n, at, v, path, where, report, ctx);
	} else if (json_is_array(v)) {
		json_array_foreach(v, i, x) {
			snprintf(w, sizeof(w), "%s[%zu]", where, i);
			walk_blocks(rs, n, at, x, path, w, report, ctx);
		}
	}
}

static void check_block(const struct written_resource *rs, size_t n, size_t at,
			const json_t *obj, const char *path, const char *where,
			written_report_fn report, void *ctx)
{
	static const char *const kinds[] = { VPC_KIND, SUBNET_KIND, GROUP_KIND };
	struct block b = { .n = 0 };
	const char *key;
	json_t *v;
	char p[160], w[160];

	json_object_foreach((json_t *)obj, key, v) {
		if (aws_rule_key_unknown(key))
			continue;
		snprintf(p, sizeof(p), "%s%s%s", path, *path ? "." : "", key);
		snprintf(w, sizeof(w), "%s%s%s", where, *where ? "." : "", key);
		struct aws_kinds ks = aws_kinds_of(rs[at].type, p, false);
		for (size_t k = 0; k < 3; k++) {
			if (!aws_kinds_has(&ks, kinds[k]))
				continue;
			if (json_is_string(v)) {
				b.scalars[k]++;
				add_member(rs, n, at, &b, kinds[k], w, v);
			} else if (json_is_array(v)) {
				size_t i;
				json_t *x;
				json_array_foreach(v, i, x) {
					char e[200];
					snprintf(e, sizeof(e), "%s[%zu]", w, i);
					add_member(rs, n, at, &b, kinds[k], e, x);
				}
			}
			break;
		}
		if (json_is_object(v) || json_is_array(v))
			walk_blocks(rs, n, at, v, p, w, report, ctx);
	}
	for (size_t k = 0; k < 3; k++)
		if (b.scalars[k] > 1)
			return; /* a pair across networks */
	for (size_t i = 1; i < b.n; i++) {
		if (same_vpc(b.m[i].vpc, b.m[0].vpc))
			continue;
		char msg[1024];
		snprintf(msg, sizeof(msg),
			 "%s: \"%s\" %s VPC %s, and %s (\"%s\") %s VPC %s: AWS takes a "
			 "resource's subnets, security groups and VPC of one VPC only; make them "
			 "one VPC's",
			 b.m[i].where, b.m[i].value, what(b.m[i].kind), b.m[i].vpc, b.m[0].where,
			 b.m[0].value, what(b.m[0].kind), b.m[0].vpc);
		report(ctx, at, b.m[i].where, WRITTEN_NONE, NULL, msg, false);
		return;
	}
}

void aws_check_one_network(const struct written_resource *rs, size_t n,
			   written_report_fn report, void *ctx)
{
	for (size_t i = 0; i < n; i++)
		if (json_is_object(rs[i].config))
			check_block(rs, n, i, rs[i].config, "", "", report, ctx);
}
