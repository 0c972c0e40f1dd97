/*
 * rules_reads.c: the rows of the table of checks that read AWS (never
 * change it), run at plan on what a resource names that no stack makes
 * (provider_type.check_reads, aws_check_reads; `plan -refresh=false` skips
 * them, as every read):
 *   - the AWS managed policies (arn:PARTITION:iam::aws:policy/...) that a
 *     role, a user or a group attaches, each asked of IAM by GetPolicy
 *     before apply attaches it. A customer managed policy is not asked:
 *     another stack may make it;
 *   - what a literal of a kind of identifier names (kinds/api.h): a subnet, a
 *     security group, a VPC, a role, a KMS key or alias, a log group, a
 *     topic, a queue, each read by the call its service answers "none" to
 *     (kind_reads below), when it is in the client's region and account
 *     (an ARN of another is another account's to say). A value the
 *     resource sent already, or one not known yet, is not read; an answer
 *     that cannot tell (no permission to read, a call the server does not
 *     know) passes, and AWS judges it at apply. TERRACE_AWS_READ_LITERALS=0
 *     turns these reads off (the suite's stacks name what moto lacks);
 *   - the VPC of a literal subnet or security group id, and a subnet's zone
 *     (aws_kind_read_place), which kinds/facts.c holds to facts.def's rules
 *     (one VPC a block, one subnet a zone), by the same calls.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/ec2/api.h"
#include "provider/aws/iam/api.h"
#include "provider/aws/kinds/api.h"
#include "provider/aws/kms/api.h"
#include "provider/aws/logs/api.h"
#include "provider/aws/sns/api.h"
#include "provider/aws/rules.h"
#include "provider/aws/transport/transport.h"
#include "provider/base/log.h"
#include "provider/provider.h"

/* The attributes that attach managed policies, one row a type. Source: IAM
 * API Reference, GetPolicy ("Retrieves information about the specified
 * managed policy"; NoSuchEntity when there is none). */
const struct aws_read_row aws_read_rows[] = {
	{ "aws.iam.role", "managed_policy_arns", "iam:GetPolicy" },
	{ "aws.iam.user", "policy_arns", "iam:GetPolicy" },
	{ "aws.iam.group", "policy_arns", "iam:GetPolicy" },
	{ NULL, NULL, NULL },
};

bool aws_arn_is_aws_managed_policy(const char *arn)
{
	const char *p;

	if (!arn || strncmp(arn, "arn:", 4))
		return false;
	p = strchr(arn + 4, ':'); /* after the partition */
	return p && !strncmp(p, ":iam::aws:policy/", strlen(":iam::aws:policy/"));
}

/* GetPolicy of one AWS managed policy: 0 when IAM has it or cannot say (no
 * permission to read it, a server that does not know the call: AWS judges
 * at apply), -1 with the reason in err when IAM says there is none. */
static int managed_policy_exists(struct aws_client *c, const char *attr, const char *arn,
				 struct strbuf *err)
{
	json_t *params = json_pack("{s:s}", "PolicyArn", arn);
	struct aws_response resp;
	struct strbuf call_err = STRBUF_INIT;
	int rc = 0;

	memset(&resp, 0, sizeof(resp));
	if (aws_query_call(c, IAM_SERVICE, IAM_API_VERSION, "GetPolicy", params, &resp, &call_err)) {
		if (resp.error_code && !strcmp(resp.error_code, "NoSuchEntity")) {
			strbuf_addf(err, "%s: %s: IAM has no AWS managed policy of this ARN (%s)",
				    attr, arn, call_err.buf);
			rc = -1;
		} else {
			log_debugf("%s: %s not checked at plan: %s", attr, arn, call_err.buf);
		}
	}
	aws_response_free(&resp);
	strbuf_release(&call_err);
	json_decref(params);
	return rc;
}

/* ---- what a literal of a kind names ---- */

/* 1: rc 0 (it is there); 0: AWS said none (rc 1, a tolerated code); -1: it
 * cannot tell. */
static int said(int rc, const char *what, const struct strbuf *why)
{
	if (rc < 0)
		log_debugf("%s not checked at plan: %s", what, why->buf);
	return rc == 0 ? 1 : rc == 1 ? 0 : -1;
}

static int ec2_has(struct aws_client *c, const char *action, const char *param,
		   const char *code, const char *value)
{
	const char *const codes[] = { code, NULL };
	json_t *p = json_pack("{s:s}", param, value);
	struct strbuf why = STRBUF_INIT;
	int r = said(ec2_call(c, action, p, codes, NULL, &why), value, &why);
	strbuf_release(&why);
	json_decref(p);
	return r;
}

static int subnet_exists(struct aws_client *c, const char *v)
{
	return ec2_has(c, "DescribeSubnets", "SubnetId.1", "InvalidSubnetID.NotFound", v);
}

static int group_exists(struct aws_client *c, const char *v)
{
	return ec2_has(c, "DescribeSecurityGroups", "GroupId.1", "InvalidGroup.NotFound", v);
}

static int vpc_exists(struct aws_client *c, const char *v)
{
	return ec2_has(c, "DescribeVpcs", "VpcId.1", "InvalidVpcID.NotFound", v);
}

static int role_exists(struct aws_client *c, const char *arn)
{
	static const char *const codes[] = { "NoSuchEntity", NULL };
	const char *name = strrchr(arn, '/');
	json_t *p = json_pack("{s:s}", "RoleName", name ? name + 1 : arn);
	struct strbuf why = STRBUF_INIT;
	int r = said(iam_call(c, "GetRole", p, codes, NULL, NULL, &why), arn, &why);
	strbuf_release(&why);
	json_decref(p);
	return r;
}

static int key_exists(struct aws_client *c, const char *v)
{
	static const char *const codes[] = { "NotFoundException", NULL };
	json_t *p = json_pack("{s:s}", "KeyId", v);
	struct strbuf why = STRBUF_INIT;
	int r;
	/* an AWS managed key's alias (alias/aws/s3) stands before its key is
	 * made, on first use */
	if (!strncmp(v, "alias/aws/", 10) || strstr(v, ":alias/aws/")) {
		json_decref(p);
		return 1;
	}
	r = said(kms_call(c, "DescribeKey", p, codes, NULL, NULL, &why), v, &why);
	strbuf_release(&why);
	json_decref(p);
	return r;
}

static int log_group_exists(struct aws_client *c, const char *name)
{
	json_t *p = json_pack("{s:s, s:i}", "logGroupNamePrefix", name, "limit", 50), *out = NULL;
	struct strbuf why = STRBUF_INIT;
	int r = logs_call(c, "DescribeLogGroups", p, NULL, &out, NULL, &why);
	size_t i;
	json_t *g;

	if (r == 0) {
		r = json_is_string(json_object_get(out, "nextToken")) ? -1 : 0;
		json_array_foreach(json_object_get(out, "logGroups"), i, g) {
			const char *have = json_string_value(json_object_get(g, "logGroupName"));
			if (have && !strcmp(have, name))
				r = 1;
		}
	} else {
		r = said(r, name, &why);
	}
	json_decref(out);
	strbuf_release(&why);
	json_decref(p);
	return r;
}

static int topic_exists(struct aws_client *c, const char *arn)
{
	static const char *const codes[] = { "NotFound", NULL };
	json_t *p = json_pack("{s:s}", "TopicArn", arn);
	struct strbuf why = STRBUF_INIT;
	int r = said(sns_call(c, "GetTopicAttributes", p, codes, NULL, NULL, &why), arn, &why);
	strbuf_release(&why);
	json_decref(p);
	return r;
}

static int queue_exists(struct aws_client *c, const char *arn)
{
	static const char *const codes[] = { "AWS.SimpleQueueService.NonExistentQueue",
					     "QueueDoesNotExist", NULL };
	char account[16] = "";
	const char *name = strrchr(arn, ':');
	if (sscanf(arn, "arn:%*[^:]:sqs:%*[^:]:%15[0-9]:", account) != 1 || !name)
		return -1;
	json_t *p = json_pack("{s:s, s:s}", "QueueName", name + 1, "QueueOwnerAWSAccountId", account);
	struct strbuf why = STRBUF_INIT;
	int r = said(aws_json_call_codes(c, "sqs", "AmazonSQS", "1.0", "GetQueueUrl", p, codes, NULL,
					 NULL, NULL, &why), arn, &why);
	strbuf_release(&why);
	json_decref(p);
	return r;
}

/* The VPC a subnet or security group is of, and a subnet's zone, by the
 * call that says it exists: 1 with the ids, 0 when the answer cannot tell. */
int aws_kind_read_place(struct aws_client *c, const char *kind, const char *value, char *vpc,
			size_t vpc_size, char *zone, size_t zone_size)
{
	bool subnet = !strcmp(kind, "AWS::EC2::Subnet.Id");
	json_t *p = json_pack("{s:s}", subnet ? "SubnetId.1" : "GroupId.1", value);
	struct strbuf why = STRBUF_INIT;
	xmlDocPtr doc = NULL;
	char *id = NULL, *az = NULL;

	if (!ec2_call(c, subnet ? "DescribeSubnets" : "DescribeSecurityGroups", p, NULL, &doc,
		      &why)) {
		xmlNodePtr root = xmlDocGetRootElement(doc);
		id = xml_child_text(root, subnet ? "subnetSet/item/vpcId"
						 : "securityGroupInfo/item/vpcId");
		if (subnet)
			az = xml_child_text(root, "subnetSet/item/availabilityZone");
	} else {
		log_debugf("the VPC of %s not read at plan: %s", value, why.buf);
	}
	snprintf(vpc, vpc_size, "%s", id ? id : "");
	snprintf(zone, zone_size, "%s", az ? az : "");
	int found = (id && *id) || (az && *az);
	free(id);
	free(az);
	xmlFreeDoc(doc);
	strbuf_release(&why);
	json_decref(p);
	return found;
}

bool aws_kind_reads_on(void)
{
	const char *on = getenv("TERRACE_AWS_READ_LITERALS");
	return !on || (strcmp(on, "0") && strcmp(on, "false"));
}

/* Each kind read at plan: the call and its IAM action (permissions.c adds
 * it to the plan's), and whether its values are ARNs (read only in the
 * client's region and account). Sources: each call's API reference, for
 * the error it answers when there is no such object. */
const struct aws_kind_read aws_kind_reads[] = {
	{ "AWS::EC2::Subnet.Id", "ec2:DescribeSubnets", "EC2 DescribeSubnets", subnet_exists },
	{ "AWS::EC2::SecurityGroup.Id", "ec2:DescribeSecurityGroups", "EC2 DescribeSecurityGroups",
	  group_exists },
	{ "AWS::EC2::VPC.Id", "ec2:DescribeVpcs", "EC2 DescribeVpcs", vpc_exists },
	{ "AWS::IAM::Role.Arn", "iam:GetRole", "IAM GetRole", role_exists },
	{ "AWS::KMS::Key.Arn", "kms:DescribeKey", "KMS DescribeKey", key_exists },
	{ "AWS::KMS::Key.Id", "kms:DescribeKey", "KMS DescribeKey", key_exists },
	{ "AWS::KMS::Alias.AliasName", "kms:DescribeKey", "KMS DescribeKey", key_exists },
	{ "AWS::Logs::LogGroup.Name", "logs:DescribeLogGroups", "CloudWatch Logs DescribeLogGroups",
	  log_group_exists },
	{ "AWS::SNS::Topic.Arn", "sns:GetTopicAttributes", "SNS GetTopicAttributes", topic_exists },
	{ "AWS::SQS::Queue.Arn", "sqs:GetQueueUrl", "SQS GetQueueUrl", queue_exists },
	{ NULL, NULL, NULL, NULL },
};

/* Whether an ARN is of another region or account than the client's (then
 * it is not read): a value that is no ARN is of the client's. */
static bool elsewhere(struct aws_client *c, const char *value)
{
	char region[64] = "", account[16] = "";
	if (strncmp(value, "arn:", 4))
		return false;
	if (sscanf(value, "arn:%*[^:]:%*[^:]:%63[^:]:%15[^:]:", region, account) != 2 &&
	    sscanf(value, "arn:%*[^:]:%*[^:]::%15[^:]:", account) != 1)
		return true;
	const char *mine = aws_client_region(c);
	if (*region && mine && strcmp(region, mine))
		return true;
	char *own = NULL;
	struct strbuf err = STRBUF_INIT;
	bool other = !aws_client_account_id(c, &own, &err) && strcmp(own, account);
	free(own);
	strbuf_release(&err);
	return other;
}

/* Whether string s is anywhere in v. */
static bool holds(const json_t *v, const char *s)
{
	const char *k;
	size_t i;
	json_t *x;
	if (json_is_string(v))
		return !strcmp(json_string_value(v), s);
	if (json_is_array(v)) {
		json_array_foreach(v, i, x)
			if (holds(x, s))
				return true;
	} else if (json_is_object(v)) {
		json_object_foreach((json_t *)v, k, x)
			if (holds(x, s))
				return true;
	}
	return false;
}

struct reading {
	struct aws_client *c;
	const json_t *prior;
	struct strbuf *err;
};

/* aws_kinds_walk's visit: 0, or -1 with err when the value names what AWS
 * says it does not have. */
static int read_kind(void *ctx, const json_t *v, const struct aws_kinds *ks, const char *where)
{
	struct reading *r = ctx;
	const char *s = json_string_value(v);

	if (aws_rule_unknown(v) || holds(r->prior, s) || elsewhere(r->c, s))
		return 0;
	for (size_t k = 0; k < ks->n; k++) {
		if (!aws_kind_literal_is(ks->k[k], s))
			continue;
		for (const struct aws_kind_read *kr = aws_kind_reads; kr->kind; kr++) {
			if (strcmp(kr->kind, ks->k[k]->name))
				continue;
			if (kr->exists(r->c, s) != 0)
				return 0;
			strbuf_addf(r->err, "%s: \"%s\" is %s that AWS does not have (%s says "
				    "none): name one that exists, or make it in the stack", where, s,
				    ks->k[k]->words, kr->call);
			return -1;
		}
	}
	return 0;
}

int aws_check_reads(void *client, const char *type, const json_t *prior, const json_t *desired,
		    const char **attr, struct strbuf *err)
{
	struct reading reading = { client, prior, err };
	int rc = aws_kind_reads_on() ? aws_kinds_walk(type, desired, read_kind, &reading) : 0;
	if (rc) {
		if (attr)
			*attr = NULL;
		return -1;
	}
	for (const struct aws_read_row *r = aws_read_rows; r->type; r++) {
		const json_t *want = json_object_get(desired, r->attr);
		const json_t *had = json_object_get(prior, r->attr);
		size_t i;
		json_t *v;

		if (strcmp(type, r->type) || !json_is_array(want))
			continue;
		json_array_foreach(want, i, v) {
			const char *arn = json_string_value(v);

			/* What is attached already was checked when it was. */
			if (!aws_arn_is_aws_managed_policy(arn) || value_list_has_string(had, arn))
				continue;
			if (managed_policy_exists(client, r->attr, arn, err)) {
				if (attr)
					*attr = r->attr;
				return -1;
			}
		}
	}
	return 0;
}
