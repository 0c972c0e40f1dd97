/*
 * convert_tf_awscc_shapes.c: where hashicorp/aws's shape of an argument is
 * not the shape of the awscc type an aws_* resource is written as (a row
 * of tf_written[] whose type is awscc's, or its twin).
 *
 * - Blocks: Terraform sends nothing for a block written no time, and a
 *   `dynamic` block over an empty collection is written no time; as a for
 *   expression it is an empty list, which Cloud Control would be sent
 *   (AWS::ECS::Service's checks take `capacity_provider_strategy: []`
 *   beside `launch_type` as both set, and `placement_constraints: []`
 *   beside FARGATE as constraints). tf_awscc_shapes() writes it null when
 *   empty, as Terraform leaves it out.
 * - aws_ecs_service's force_new_deployment is a bool; AWS::ECS::Service's
 *   ForceNewDeployment an object, {EnableForceNewDeployment, its nonce}:
 *   the bool is its enable_force_new_deployment.
 * - aws_subnet's enable_resource_name_dns_a_record_on_launch, _aaaa_ and
 *   private_dns_hostname_type_on_launch are three arguments;
 *   AWS::EC2::Subnet's PrivateDnsNameOptionsOnLaunch one object of them
 *   (tf_awscc_shape_reads() names them, so that they make the resource the
 *   twin and are not carried one by one).
 * - aws_sns_topic's policy: AWS::SNS::Topic has none (AWS::SNS::TopicPolicy
 *   holds it); a topic written as its twin has its policy as an
 *   aws.sns.topic_policy beside it, NAME_policy, made where the policy is
 *   not null (tf_awscc_twin_reads names it: it does not make the resource
 *   the twin). Its tracing_config is null where fifo_topic holds, warned:
 *   CreateTopic's reference says Active tracing "is only supported on
 *   standard topics" (terrace's sns.cfn_tracing_standard_only refuses it),
 *   and PassThrough is every topic's default (terraform-aws-sns's complete
 *   sets Active on its FIFO topic, which the written type left out).
 */
#include <string.h>

#include "provider/base/diag.h"
#include "stacks/convert_tf_internal.h"
#include "stacks/expr.h"

/* An aws_* resource written as an awscc type (its row's own, or its twin). */
static bool written_as_awscc(const struct decl *dc)
{
	return dc->written && dc->rt && dc->rt->family == TYPE_FAMILY_FROM_DATA;
}

/* Each dynamic block's list (the for expressions of them all, with the
 * blocks written beside) null when empty. */
static void blocks_none_unset(const struct decl *dc, json_t *res)
{
	for (size_t i = 0; i < dc->item->body->n; i++) {
		const struct hcl_item *it = &dc->item->body->items[i];
		const struct attr_schema *a = it->is_block && !strcmp(it->name, "dynamic") &&
					      it->n_labels == 1 ? tf_aws_attr(dc, it->labels[0])
								: NULL;
		const char *text = a ? json_string_value(json_object_get(res, a->name)) : NULL;
		int n;

		if (!a || a->type != ATTR_OBJECT_LIST || !text || !expr_is_one_expression(text) ||
		    !strncmp(text, "${length(", 9))
			continue; /* not a list of blocks, or done (two dynamic blocks) */
		n = (int)strlen(text) - 3;
		json_object_set_new(res, a->name, json_sprintf("${length(%.*s) == 0 ? null : %.*s}",
							       n, text + 2, n, text + 2));
	}
}

/* aws_ecs_service's force_new_deployment as ForceNewDeployment's member. */
static void ecs_force_new_deployment(json_t *res)
{
	json_t *force = json_object_get(res, "force_new_deployment");
	const char *text = json_string_value(force);

	if (json_is_boolean(force)) {
		json_object_set_new(res, "force_new_deployment",
				    json_pack("{s:O}", "enable_force_new_deployment", force));
	} else if (text && expr_is_one_expression(text)) {
		int n = (int)strlen(text) - 3;
		json_object_set_new(res, "force_new_deployment",
				    json_sprintf("${(%.*s) == null ? null : "
						 "{enable_force_new_deployment = (%.*s)}}",
						 n, text + 2, n, text + 2));
	}
}

/* Terraform's argument, the member of one awscc property it is. */
static const struct {
	const char *tf, *arg, *property, *member;
} members[] = {
	{ "aws_subnet", "private_dns_hostname_type_on_launch", "private_dns_name_options_on_launch",
	  "hostname_type" },
	{ "aws_subnet", "enable_resource_name_dns_a_record_on_launch",
	  "private_dns_name_options_on_launch", "enable_resource_name_dns_a_record" },
	{ "aws_subnet", "enable_resource_name_dns_aaaa_record_on_launch",
	  "private_dns_name_options_on_launch", "enable_resource_name_dns_aaaa_record" },
};

bool tf_awscc_shape_reads(const char *tf, const char *arg)
{
	for (size_t i = 0; i < sizeof(members) / sizeof(members[0]); i++)
		if (!strcmp(members[i].tf, tf) && !strcmp(members[i].arg, arg))
			return true;
	return false;
}

bool tf_awscc_twin_reads(const char *tf, const char *arg)
{
	return tf_awscc_shape_reads(tf, arg) ||
	       (!strcmp(tf, "aws_sns_topic") && !strcmp(arg, "policy"));
}

/* A twin topic's policy as an aws.sns.topic_policy of it, for each instance
 * of the topic's count (at most one) where the policy is not null. */
static void topic_policy_beside(struct conv *c, const struct decl *dc)
{
	const struct hcl_item *p = hcl_attr(dc->item->body, "policy");
	const struct resource_type *rt = resource_type_find("aws.sns.topic_policy", NULL);
	if (!p || !rt)
		return;
	const struct hcl_item *count = hcl_attr(dc->item->body, "count");
	if (hcl_attr(dc->item->body, "for_each") || (count && !tf_at_most_one(count))) {
		tf_left_out(c, &p->pos, "%s left out: %s", p->name, "AWS::SNS::Topic has no "
			    "policy, and a topic of several instances has no one policy beside it "
			    "(write an aws.sns.topic_policy)");
		return;
	}
	char *policy = tf_attr_text(c, p);
	char *n = count ? tf_attr_text(c, count) : NULL;
	if (!policy || (count && !n)) {
		free(policy);
		free(n);
		return;
	}
	json_t *res = json_pack("{s:s}", "type", rt->name);
	json_object_set_new(res, "count", n ? json_sprintf("${(%s) > 0 && (%s) != null ? 1 : 0}", n,
							   policy)
					 : json_sprintf("${(%s) != null ? 1 : 0}", policy));
	json_object_set_new(res, "topics", json_pack("[o]", json_sprintf("${%s%s.topic_arn}",
									  dc->name, n ? "[0]" : "")));
	json_object_set_new(res, "policy", json_sprintf("${%s}", policy));
	char *name = xasprintf("%s_policy", dc->name);
	json_object_set_new(tf_section(c, "resources"), name, res);
	free(name);
	free(policy);
	free(n);
}

/* A twin topic's tracing_config null where it is a FIFO topic. */
static void topic_tracing_standard_only(struct conv *c, const struct decl *dc, json_t *res)
{
	const json_t *fifo = json_object_get(res, "fifo_topic");
	const json_t *tracing = json_object_get(res, "tracing_config");
	if (!fifo || !tracing || json_is_false(fifo))
		return;
	const struct hcl_item *it = hcl_attr(dc->item->body, "tracing_config");
	tf_left_out(c, it ? &it->pos : &dc->item->pos, "%s left out where fifo_topic holds: %s",
		    "tracing_config", "CreateTopic's reference says Active tracing \"is only "
		    "supported on standard topics\" (a FIFO topic keeps PassThrough)");
	struct strbuf f = STRBUF_INIT, t = STRBUF_INIT;
	tf_add_expression(&f, fifo);
	tf_add_expression(&t, tracing);
	if (json_is_true(fifo))
		json_object_del(res, "tracing_config");
	else
		json_object_set_new(res, "tracing_config",
				    json_sprintf("${%s == true ? null : %s}", f.buf, t.buf));
	strbuf_release(&f);
	strbuf_release(&t);
}

/* Each such argument the block sets, as its member of the property. */
static void arguments_as_members(struct conv *c, const struct decl *dc, json_t *res)
{
	for (size_t i = 0; i < dc->item->body->n; i++) {
		const struct hcl_item *it = &dc->item->body->items[i];
		for (size_t k = 0; !it->is_block && k < sizeof(members) / sizeof(members[0]); k++) {
			if (strcmp(members[k].tf, dc->tf_type) || strcmp(members[k].arg, it->name))
				continue;
			json_t *o = json_object_get(res, members[k].property);
			if (!json_is_object(o)) {
				o = json_object();
				json_object_set_new(res, members[k].property, o);
			}
			json_object_set_new(o, members[k].member, tf_attr_value(c, it, NULL));
		}
	}
}

void tf_awscc_shapes(struct conv *c, const struct decl *dc, json_t *res)
{
	if (!written_as_awscc(dc))
		return;
	blocks_none_unset(dc, res);
	arguments_as_members(c, dc, res);
	if (!strcmp(dc->tf_type, "aws_ecs_service"))
		ecs_force_new_deployment(res);
	if (!strcmp(dc->tf_type, "aws_sns_topic")) {
		topic_policy_beside(c, dc);
		topic_tracing_standard_only(c, dc, res);
	}
}
