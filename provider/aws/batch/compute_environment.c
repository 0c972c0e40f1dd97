/*
 * batch/compute_environment.c: the resource type
 * aws.batch.compute_environment, an AWS Batch compute environment (MANAGED
 * with its compute resources: Fargate, Fargate Spot, EC2 or Spot; or
 * UNMANAGED), its state, service role and tags, over Batch's rest-json
 * protocol (batch/api.h). Its id is its name.
 *
 * Batch changes a compute environment asynchronously: CreateComputeEnvironment
 * and UpdateComputeEnvironment answer while it is CREATING or UPDATING, and
 * each waits until it is VALID (INVALID fails with Batch's statusReason);
 * DeleteComputeEnvironment leaves it DELETING until it is gone. Batch
 * refuses to delete one that is ENABLED ("Before you can delete a compute
 * environment, you must set its state to DISABLED", API reference,
 * DeleteComputeEnvironment), so delete first disables it and waits for that
 * update, as AWS requires.
 *
 * compute_resources' subnets, security_group_ids and instance_type are sets:
 * plan_desired() and read() give them sorted. read() reports min_vcpus only
 * when it is not 0 or the stack set it (Fargate takes none; 0 is EC2's
 * default). A compute environment already there under the name is adopted
 * only when it is this create's own (batch_send_create, adopt.h).
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/batch/api.h"
#include "provider/aws/resources.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

#define CE_TYPE "aws.batch.compute_environment"

static const struct batch_kind ce_kind = {
	.noun = "compute environment", .describe = "DescribeComputeEnvironments",
	.list = "computeEnvironments", .name_key = "computeEnvironmentName",
	.arn_key = "computeEnvironmentArn",
};

static const struct attr_schema resources_attrs[] = {
	{ .name = "type", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "FARGATE, FARGATE_SPOT, EC2 or SPOT" },
	{ .name = "max_vcpus", .type = ATTR_NUMBER, .flags = ATTR_REQUIRED,
	  .description = "the most vCPUs the environment runs at once, e.g. 16" },
	{ .name = "min_vcpus", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "EC2 and SPOT: the vCPUs kept running when no job needs them; "
			 "unset: 0 (Fargate takes none)" },
	{ .name = "subnets", .type = ATTR_LIST, .flags = ATTR_REQUIRED, .elem_type = ATTR_STRING,
	  .description = "the VPC subnets jobs run in (a set), e.g. [\"${private_a.id}\"]" },
	{ .name = "security_group_ids", .type = ATTR_LIST, .flags = ATTR_OPTIONAL,
	  .elem_type = ATTR_STRING,
	  .description = "security groups of the jobs' network interfaces (a set); Fargate "
			 "needs at least one" },
	{ .name = "instance_role", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "EC2 and SPOT: the instance profile (name or ARN) of the instances" },
	{ .name = "instance_type", .type = ATTR_LIST, .flags = ATTR_OPTIONAL,
	  .elem_type = ATTR_STRING,
	  .description = "EC2 and SPOT: instance types or families (a set), e.g. "
			 "[\"optimal\"] or [\"c6i\", \"m6i.large\"]" },
	{ .name = "allocation_strategy", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "EC2 and SPOT: BEST_FIT, BEST_FIT_PROGRESSIVE, "
			 "SPOT_CAPACITY_OPTIMIZED or SPOT_PRICE_CAPACITY_OPTIMIZED" },
	{ .name = "bid_percentage", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "SPOT: the highest Spot price as a percentage of On-Demand, 0 to 100" },
	{ .name = "spot_iam_fleet_role", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "SPOT with BEST_FIT: the Spot Fleet role's ARN" },
	{ .name = "ec2_key_pair", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "EC2 and SPOT: the key pair for SSH to the instances" },
	{ .name = "image_id", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "EC2 and SPOT: the AMI of the instances; unset: Batch's ECS-optimized one" },
	{ .name = NULL },
};

static const struct attr_schema ce_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "compute environment name (letters, digits, - and _, up to 128), "
			 "e.g. nightly-fargate" },
	{ .name = "compute_environment_type", .type = ATTR_STRING,
	  .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "MANAGED (Batch runs compute_resources) or UNMANAGED (your own ECS "
			 "instances)" },
	{ .name = "state", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "ENABLED (jobs are placed) or DISABLED", .default_json = "\"ENABLED\"" },
	{ .name = "service_role", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "ARN of the role Batch assumes to call other services: ${role.arn}; "
			 "unset: the service-linked role AWSServiceRoleForBatch" },
	{ .name = "compute_resources", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL,
	  .description = "MANAGED: what Batch runs jobs on: type, max_vcpus, subnets, "
			 "security_group_ids, ...; UNMANAGED takes none",
	  .nested = resources_attrs },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "compute environment tags", .default_json = "{}" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "arn:aws:batch:REGION:ACCOUNT:compute-environment/NAME" },
	{ .name = "ecs_cluster_arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the ECS cluster Batch made for the environment" },
	{ .name = NULL },
};

/* The set-valued members of compute_resources, sorted (unknown values left). */
static void sort_sets(json_t *resources)
{
	static const char *const sets[] = { "subnets", "security_group_ids", "instance_type" };

	if (!json_is_object(resources))
		return;
	for (size_t i = 0; i < sizeof(sets) / sizeof(*sets); i++) {
		json_t *sorted = value_string_set(json_object_get(resources, sets[i]));

		if (sorted)
			json_object_set_new(resources, sets[i], sorted);
	}
}

static int ce_plan_desired(json_t *desired, const json_t *prior, struct strbuf *err)
{
	(void)prior;
	(void)err;
	sort_sets(json_object_get(desired, "compute_resources"));
	return 0;
}

static void copy_list(json_t *o, const char *key, const json_t *from, const char *api_key)
{
	const json_t *v = value_get(from, api_key);

	if (json_is_array(v) && json_array_size(v))
		json_object_set_new(o, key, json_deep_copy(v));
}

/* The attributes of a described compute environment. */
static json_t *ce_attributes(const json_t *ce, const json_t *prior)
{
	json_t *o = json_object(), *tags = value_get(ce, "tags");
	const json_t *cr = value_get(ce, "computeResources");

	value_copy_nonempty(o, "name", ce, "computeEnvironmentName");
	value_copy_nonempty(o, "compute_environment_type", ce, "type");
	value_copy_nonempty(o, "state", ce, "state");
	value_copy_nonempty(o, "service_role", ce, "serviceRole");
	value_copy_nonempty(o, "arn", ce, "computeEnvironmentArn");
	value_copy_nonempty(o, "ecs_cluster_arn", ce, "ecsClusterArn");
	if (json_is_object(cr)) {
		const json_t *had = value_get(prior, "compute_resources");
		json_t *r = json_object();
		json_int_t min = value_get_integer(cr, "minvCpus", 0);

		value_copy_nonempty(r, "type", cr, "type");
		json_object_set_new(r, "max_vcpus",
				    json_integer(value_get_integer(cr, "maxvCpus", 0)));
		if (min || value_is_set(value_get(had, "min_vcpus")))
			json_object_set_new(r, "min_vcpus", json_integer(min));
		copy_list(r, "subnets", cr, "subnets");
		copy_list(r, "security_group_ids", cr, "securityGroupIds");
		value_copy_nonempty(r, "instance_role", cr, "instanceRole");
		copy_list(r, "instance_type", cr, "instanceTypes");
		value_copy_nonempty(r, "allocation_strategy", cr, "allocationStrategy");
		if (json_is_number(value_get(cr, "bidPercentage")))
			json_object_set(r, "bid_percentage", value_get(cr, "bidPercentage"));
		value_copy_nonempty(r, "spot_iam_fleet_role", cr, "spotIamFleetRole");
		value_copy_nonempty(r, "ec2_key_pair", cr, "ec2KeyPair");
		value_copy_nonempty(r, "image_id", cr, "imageId");
		sort_sets(r);
		json_object_set_new(o, "compute_resources", r);
	}
	json_object_set_new(o, "tags", json_is_object(tags) ? json_deep_copy(tags) : json_object());
	return o;
}

static int ce_read(void *client, const char *id, const json_t *prior, json_t **out,
		   struct strbuf *err)
{
	return batch_read(client, &ce_kind, id, prior, ce_attributes, out, err);
}

static void put_list(json_t *o, const char *api_key, const json_t *from, const char *key)
{
	const json_t *v = value_get(from, key);

	if (json_is_array(v))
		json_object_set_new(o, api_key, json_deep_copy(v));
}

/* computeResources as CreateComputeEnvironment takes it; with `since` (an
 * update), only the members that differ from it (ComputeResourceUpdate). */
static json_t *compute_resources(const json_t *want, const json_t *since)
{
	static const struct { const char *key, *api; } strings[] = {
		{ "type", "type" }, { "instance_role", "instanceRole" },
		{ "allocation_strategy", "allocationStrategy" },
		{ "spot_iam_fleet_role", "spotIamFleetRole" }, { "ec2_key_pair", "ec2KeyPair" },
		{ "image_id", "imageId" },
	}, lists[] = {
		{ "subnets", "subnets" }, { "security_group_ids", "securityGroupIds" },
		{ "instance_type", "instanceTypes" },
	}, numbers[] = {
		{ "max_vcpus", "maxvCpus" }, { "min_vcpus", "minvCpus" },
		{ "bid_percentage", "bidPercentage" },
	};
	json_t *r = json_object();

	for (size_t i = 0; i < sizeof(strings) / sizeof(*strings); i++)
		if (!since || !value_equal(value_get(want, strings[i].key),
					   value_get(since, strings[i].key)))
			value_copy_nonempty(r, strings[i].api, want, strings[i].key);
	for (size_t i = 0; i < sizeof(lists) / sizeof(*lists); i++)
		if (!since || !value_equal(value_get(want, lists[i].key),
					   value_get(since, lists[i].key)))
			put_list(r, lists[i].api, want, lists[i].key);
	for (size_t i = 0; i < sizeof(numbers) / sizeof(*numbers); i++) {
		const json_t *v = value_get(want, numbers[i].key);

		if (json_is_number(v) && (!since || !value_equal(v, value_get(since,
									   numbers[i].key))))
			json_object_set_new(r, numbers[i].api,
					    json_integer((json_int_t)json_number_value(v)));
	}
	return r;
}

/* State, service role, compute resources and tags of `have` to desired,
 * waiting for each update, then read back. */
static int ce_converge(struct aws_client *c, const char *name, const json_t *have,
		       const json_t *desired, json_t **out, struct strbuf *err)
{
	json_t *req = json_pack("{s:s}", "computeEnvironment", name), *none = json_object();
	const json_t *want_cr = value_get(desired, "compute_resources");
	const char *role = value_get_string(desired, "service_role");
	int rc = 0;

	if (!value_equal(value_get(desired, "state"), value_get(have, "state")))
		value_copy_nonempty(req, "state", desired, "state");
	if (role && *role && !value_equal(value_get(desired, "service_role"),
					  value_get(have, "service_role")))
		json_object_set_new(req, "serviceRole", json_string(role));
	if (json_is_object(want_cr)) {
		json_t *r = compute_resources(want_cr, value_get(have, "compute_resources"));

		if (json_object_size(r))
			json_object_set(req, "computeResources", r);
		json_decref(r);
	}
	if (json_object_size(req) > 1) {
		rc = batch_call(c, "UpdateComputeEnvironment", req, NULL, NULL, NULL, err);
		if (!rc)
			rc = batch_wait(c, &ce_kind, name, false, err);
	}
	json_decref(req);
	if (!rc && value_get_string(have, "arn"))
		rc = batch_sync_tags(c, value_get_string(have, "arn"), value_get(have, "tags"),
				     json_is_object(value_get(desired, "tags"))
				     ? value_get(desired, "tags") : none, err);
	json_decref(none);
	if (rc)
		return -1;
	return aws_read_written(ce_read, c, name, desired, out, err,
				CE_TYPE ": compute environment %s was written but "
				"DescribeComputeEnvironments does not find it", name);
}

static int ce_send_create(struct aws_client *c, const json_t *desired,
			  const struct create_call *call, struct aws_sent *sent,
			  struct strbuf *err)
{
	const char *name = value_get_string(desired, "name");
	const char *type = value_get_string(desired, "compute_environment_type");
	const json_t *cr = value_get(desired, "compute_resources");
	const json_t *tags = value_get(desired, "tags");
	json_t *req;
	int rc;

	if (!name || !type) {
		strbuf_addstr(err, CE_TYPE ": name and compute_environment_type need values to send");
		return -1;
	}
	req = json_pack("{s:s, s:s}", "computeEnvironmentName", name, "type", type);
	value_copy_nonempty(req, "state", desired, "state");
	value_copy_nonempty(req, "serviceRole", desired, "service_role");
	if (json_is_object(cr))
		json_object_set_new(req, "computeResources", compute_resources(cr, NULL));
	if (json_object_size(tags))
		json_object_set(req, "tags", (json_t *)tags);
	rc = batch_send_create(c, &ce_kind, "CreateComputeEnvironment", req, name, sent, err);
	json_decref(req);
	if (rc || sent->exists)
		return rc;
	create_call_made(call, sent->id);
	/* VALID, then converged from what reads back */
	sent->left_out = true;
	return batch_wait(c, &ce_kind, name, false, err);
}

/* A compute environment found there takes changes once VALID. */
static int ce_settle(struct aws_client *c, const char *name, struct strbuf *err)
{
	return batch_wait(c, &ce_kind, name, false, err);
}

/*
 * Create and update (the contract, provider/aws/adopt.h): an update converges from a
 * live read (DescribeComputeEnvironments as the compute environment is
 * now, shaped by desired as read() shapes what it reports). `prior` is not
 * used (neither exception: nothing write-only, the name addresses it).
 */
static const struct aws_native_ops ce_native = {
	.send_create = ce_send_create,
	.adopt = { .by = AWS_ADOPT_BY_NAME_AND_TAGS, .noun = "name",
		   .object = "Batch compute environment %s", .settle = ce_settle },
	.converge = ce_converge,
	.read = ce_read,
	.created_shape = AWS_SHAPE_DESIRED,
	.update_shape = AWS_SHAPE_DESIRED,
	.made_missing = CE_TYPE ": compute environment %s was made but "
			"DescribeComputeEnvironments does not find it",
	.gone = CE_TYPE ": compute environment %s is in the state but "
		"DescribeComputeEnvironments does not find it",
};

AWS_NATIVE_FUNCTIONS(ce, ce_native)

static int ce_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	(void)prior;
	return batch_delete(client, &ce_kind, "UpdateComputeEnvironment", "DeleteComputeEnvironment",
			    "computeEnvironment", id, err);
}

static int ce_list(void *client, const struct resource_query *q, struct resource_items *out,
		   struct strbuf *err)
{
	(void)q;
	return batch_list(client, &ce_kind, out, err);
}

const struct resource_type aws_batch_compute_environment_type = {
	.name = CE_TYPE,
	.description = "an AWS Batch compute environment (Fargate, Fargate Spot, EC2 or Spot)",
	.attrs = ce_attrs,
	.terraform_type = "aws_batch_compute_environment",
	.terraform_attrs = "name=compute_environment_name compute_environment_type=type state "
			   "service_role "
			   "compute_resources tags arn ecs_cluster_arn",
	.read = ce_read,
	.create = ce_create,
	.update = ce_update,
	.native = &ce_native,
	.delete = ce_delete,
	.import_id = "its name",
	.id_attr = "name",
	.list = ce_list,
	.list_rank = 3,
	.plan_desired = ce_plan_desired,
};
