/*
 * checks/run_stack.c: the aws provider's checks across resources as the stack
 * writes them (provider_type.check_resources, run by `terrace validate`
 * and again by `terrace plan`; the role checks are in checks/roles.c and the
 * services' rules.c, which aws_check_resources, at its end, runs too):
 * a subnet's cidr_block lies inside the block of its VPC, and apart from
 * the blocks of the other subnets of that VPC (Amazon VPC User Guide,
 * "Subnet CIDR blocks", docs.aws.amazon.com/vpc/latest/userguide/
 * subnet-sizing.html: "The CIDR blocks of the subnets cannot overlap";
 * EC2 refuses them at CreateSubnet with InvalidSubnet.Range and
 * InvalidSubnet.Conflict). Only what the stack writes is compared, never
 * the state: a VPC whose new block replaces it is held against its
 * subnets' new blocks. A block or a VPC not known yet (${...}, a resource
 * with count or for_each) passes, and EC2's refusal at apply names it.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/cloudwatch/api.h"
#include "provider/aws/ec2/api.h"
#include "provider/aws/ecs/api.h"
#include "provider/aws/events/api.h"
#include "provider/aws/firehose/api.h"
#include "provider/aws/checks/kinds/api.h"
#include "provider/aws/kms/api.h"
#include "provider/aws/lambda/api.h"
#include "provider/aws/checks/rules.h"
#include "provider/aws/s3/api.h"
#include "provider/aws/sfn/api.h"

struct block {
	uint32_t addr;
	int len;
};

/* A subnet whose block the stack writes. */
struct subnet {
	size_t at;          /* its index among the resources */
	struct block b;
	size_t vpc;         /* the aws.ec2.vpc resource vpc_id refers to, or WRITTEN_NONE */
	const char *vpc_id; /* vpc_id as written: siblings when no VPC resource is named */
	bool refused;       /* already reported */
};

static uint32_t mask_of(int len)
{
	return len ? 0xFFFFFFFFu << (32 - len) : 0;
}

static bool overlap(struct block a, struct block b)
{
	uint32_t m = mask_of(a.len < b.len ? a.len : b.len);

	return (a.addr & m) == (b.addr & m);
}

static bool inside(struct block in, struct block outer)
{
	return in.len >= outer.len && (in.addr & mask_of(outer.len)) == outer.addr;
}

static void format_block(char *buf, size_t size, struct block b)
{
	snprintf(buf, size, "%u.%u.%u.%u/%d", b.addr >> 24, (b.addr >> 16) & 255,
		 (b.addr >> 8) & 255, b.addr & 255, b.len);
}

/* A known block written as attribute attr of r: 1 with *b. */
static int written_block(const struct written_resource *r, const char *attr, struct block *b)
{
	const json_t *v = json_object_get(r->config, attr);

	return json_is_string(v) && !aws_rule_unknown(v) &&
	       aws_parse_cidr(json_string_value(v), &b->addr, &b->len);
}

/* The resource that vpc_id "${NAME.vpc_id}" (or "${NAME.id}") names, when
 * it is an aws.ec2.vpc of one object with the same provider configuration. */
static size_t vpc_named(const struct written_resource *rs, size_t n,
			const struct written_resource *subnet, const char *vpc_id)
{
	static const char *const attrs[] = { "vpc_id", "id", NULL };

	return aws_written_named(rs, n, subnet, vpc_id, "aws.ec2.vpc", attrs);
}

/* Subnets of one VPC: the same VPC resource, or the same vpc_id written
 * (with the same provider configuration). */
static bool siblings(const struct written_resource *rs, const struct subnet *a,
		     const struct subnet *b)
{
	if (strcmp(rs[a->at].provider, rs[b->at].provider))
		return false;
	if (a->vpc != WRITTEN_NONE || b->vpc != WRITTEN_NONE)
		return a->vpc == b->vpc;
	return !strcmp(a->vpc_id, b->vpc_id);
}

/* A free block of prefix length len for subnet s: inside its VPC's block,
 * overlapping none of its siblings. 1 with *out. */
static int free_block(const struct written_resource *rs, const struct subnet *subs, size_t ns,
		      const struct subnet *s, const struct block *vpc, int len, struct block *out)
{
	uint64_t step = (uint64_t)1 << (32 - len);
	uint64_t to = (uint64_t)vpc->addr + ((uint64_t)1 << (32 - vpc->len));

	for (uint64_t a = vpc->addr; a + step <= to; a += step) {
		struct block c = { (uint32_t)a, len };
		bool taken = false;

		for (size_t j = 0; j < ns && !taken; j++)
			taken = &subs[j] != s && siblings(rs, s, &subs[j]) && overlap(c, subs[j].b);
		if (!taken) {
			*out = c;
			return 1;
		}
	}
	return 0;
}

/* " (e.g. \"10.0.2.0/24\")" when the VPC's block is known (vpc), else or
 * when the VPC has no free block a hint. */
static void add_example(char *buf, size_t size, const struct written_resource *rs,
			const struct subnet *subs, size_t ns, const struct subnet *s,
			const struct block *vpc, int len)
{
	struct block ex;
	char text[32];

	if (!vpc) {
		snprintf(buf, size, " (each subnet of a VPC takes a block of its own)");
	} else if (free_block(rs, subs, ns, s, vpc, len, &ex)) {
		format_block(text, sizeof(text), ex);
		snprintf(buf, size, " (e.g. \"%s\")", text);
	} else {
		snprintf(buf, size, " (no /%d of the VPC is free: use a longer prefix)", len);
	}
}

static void report_outside(const struct written_resource *rs, const struct subnet *subs,
			   size_t ns, const struct subnet *s, struct block vpc,
			   written_report_fn report, void *ctx)
{
	char msg[512], mine[32], theirs[32], ex[160];

	format_block(mine, sizeof(mine), s->b);
	format_block(theirs, sizeof(theirs), vpc);
	add_example(ex, sizeof(ex), rs, subs, ns, s, &vpc, s->b.len > vpc.len ? s->b.len : vpc.len);
	snprintf(msg, sizeof(msg), "cidr_block: \"%s\" is not inside %s, the block of VPC \"%s\": "
		 "a subnet's block lies within its VPC's%s", mine, theirs, rs[s->vpc].name, ex);
	report(ctx, s->at, "cidr_block", s->vpc, "cidr_block", msg, false);
}

static void report_overlap(const struct written_resource *rs, const struct subnet *subs,
			   size_t ns, const struct subnet *s, const struct subnet *other,
			   const struct block *vpc, written_report_fn report, void *ctx)
{
	char msg[512], mine[32], theirs[32], ex[160];

	format_block(mine, sizeof(mine), s->b);
	format_block(theirs, sizeof(theirs), other->b);
	add_example(ex, sizeof(ex), rs, subs, ns, s, vpc, s->b.len);
	snprintf(msg, sizeof(msg), "cidr_block: \"%s\" overlaps \"%s\" of subnet \"%s\" in the same "
		 "VPC: the subnets of a VPC do not overlap%s", mine, theirs, rs[other->at].name, ex);
	report(ctx, s->at, "cidr_block", other->at, "cidr_block", msg, false);
}

const char *const aws_check_resources_types[] = {
	"aws.ec2.vpc", "aws.ec2.subnet",
	/* checks/roles.c */
	"aws.iam.role", "aws.iam.policy", "aws.iam.instance_profile", "aws.lambda.function",
	"aws.sfn.state_machine", "aws.scheduler.schedule", "aws.events.rule", "aws.glue.job",
	"aws.glue.crawler", "aws.redshift.cluster", "aws.batch.compute_environment",
	"aws.batch.job_definition",
	/* cloudwatch/rules.c: an alarm's actions */
	"aws.cloudwatch.metric_alarm", "aws.sns.topic", "aws.sqs.queue",
	/* kms/rules.c */
	"aws.logs.log_group", "aws.kms.key",
	/* checks/roles.c: a Firehose stream's roles */
	"aws.firehose.delivery_stream",
	/* checks/roles.c: a task definition's execution role */
	"aws.ecs.task_definition",
	/* s3/rules.c: a notification's destinations allow S3 */
	"aws.s3.bucket_notification", "aws.s3.bucket", "aws.lambda.permission",
	/* kms/rules.c: what a key encrypts, and who uses it */
	"aws.kms.alias", "aws.secretsmanager.secret", "aws.sns.subscription",
	/* checks/roles.c: an event source mapping's function role reads its source */
	"aws.lambda.event_source_mapping", "aws.kinesis.stream", "aws.dynamodb.table",
	/* checks/names.c: one name, one object; kinds/check.c: kinds of
	 * identifiers; kinds/facts.c: the facts of the graph; kinds/associations.c:
	 * at most N of an association; kinds/by_sibling.c: kinds a sibling asks
	 * for; of every type */
	"aws.*", "awscc.*", NULL
};

static void check_subnets(const struct written_resource *rs, size_t n,
			  written_report_fn report, void *ctx)
{
	struct subnet *subs = calloc(n + 1, sizeof(*subs));
	size_t ns = 0;

	for (size_t i = 0; i < n; i++) {
		const json_t *vpc_id = json_object_get(rs[i].config, "vpc_id");
		struct subnet *s = &subs[ns];

		if (strcmp(rs[i].type, "aws.ec2.subnet") || rs[i].repeated ||
		    !json_is_string(vpc_id) || !written_block(&rs[i], "cidr_block", &s->b))
			continue;
		s->at = i;
		s->vpc_id = json_string_value(vpc_id);
		s->vpc = vpc_named(rs, n, &rs[i], s->vpc_id);
		ns++;
	}
	for (size_t k = 0; k < ns; k++) {
		struct subnet *s = &subs[k];
		struct block vpc;
		bool vpc_known = s->vpc != WRITTEN_NONE &&
				 written_block(&rs[s->vpc], "cidr_block", &vpc);

		if (vpc_known && !inside(s->b, vpc)) {
			report_outside(rs, subs, ns, s, vpc, report, ctx);
			s->refused = true;
			continue;
		}
		for (size_t j = 0; j < k && !s->refused; j++) {
			if (subs[j].refused || !siblings(rs, s, &subs[j]) || !overlap(s->b, subs[j].b))
				continue;
			report_overlap(rs, subs, ns, s, &subs[j], vpc_known ? &vpc : NULL, report, ctx);
			s->refused = true;
		}
	}
	free(subs);
}

void aws_check_resources(const struct written_resource *rs, size_t n,
			 written_report_fn report, void *ctx)
{
	check_subnets(rs, n, report, ctx);
	aws_check_roles(rs, n, report, ctx);
	aws_check_sfn_tasks(rs, n, report, ctx);
	aws_check_lambda_vpcs(rs, n, report, ctx);
	aws_check_firehose_deliveries(rs, n, report, ctx);
	aws_check_ecs_executions(rs, n, report, ctx);
	aws_check_lambda_mappings(rs, n, report, ctx);
	aws_check_alarms(rs, n, report, ctx);
	aws_check_key_uses(rs, n, report, ctx);
	aws_check_notifications(rs, n, report, ctx);
	aws_check_bucket_regions(rs, n, report, ctx);
	aws_check_message_targets(rs, n, report, ctx);
	aws_check_one_object(rs, n, report, ctx);
	aws_check_kinds(rs, n, report, ctx);
	aws_check_facts(rs, n, report, ctx);
	aws_check_associations(rs, n, report, ctx);
	aws_check_kinds_by_sibling(rs, n, report, ctx);
}
