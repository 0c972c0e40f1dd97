/*
 * batch/rules.c: the AWS Batch rules its models do not carry (checks/rules.h): what
 * a compute environment's type and its compute resources' type take, and a
 * job queue's compute environments, and across resources that they are of
 * one kind, EC2 or Fargate (the names' characters and length are rows,
 * NAME_CHARS_IN, at the end of this file). AWS's words as rows (AWS_SAYS,
 * checks/words/batch.words): a Spot environment's fleet role, what an update
 * cannot send, and the awscc quota share's borrow limit.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/batch/api.h"
#include "provider/aws/checks/rules.h"
#include "provider/provider.h"

/* A row for the whole resource. CreateComputeEnvironment: computeResources
 * is "required for managed compute environments" and an unmanaged one takes
 * none ("If the compute environment is unmanaged, ... don't specify
 * computeResources"); ComputeResource's minvCpus, instanceTypes,
 * instanceRole, allocationStrategy, bidPercentage, spotIamFleetRole,
 * ec2KeyPair and imageId each say "This parameter isn't applicable to jobs
 * that are running on Fargate resources. Don't specify it.", and
 * securityGroupIds "is required for jobs that are running on Fargate
 * resources"; bidPercentage and spotIamFleetRole are for SPOT;
 * instanceRole is "required for Amazon EC2 instances" and instanceTypes
 * must name at least one for EC2 and SPOT (AWS Batch API reference:
 * CreateComputeEnvironment, ComputeResource). */
int rule_batch_compute_resources(const json_t *v, const json_t *r, struct strbuf *err)
{
	static const char *const not_fargate[] = {
		"min_vcpus", "instance_role", "instance_type", "allocation_strategy",
		"bid_percentage", "spot_iam_fleet_role", "ec2_key_pair", "image_id", NULL,
	};
	const char *type = value_known_member(v, "compute_environment_type");
	const json_t *cr = json_object_get(v, "compute_resources");
	const char *crtype;

	(void)r;
	if (!type)
		return 0;
	if (!strcmp(type, "UNMANAGED")) {
		if (value_is_set(cr)) {
			strbuf_addstr(err, "an UNMANAGED compute environment takes no "
				      "compute_resources (its instances are your own)");
			return -1;
		}
		return 0;
	}
	if (strcmp(type, "MANAGED"))
		return 0;
	if (!value_is_set(cr)) {
		strbuf_addstr(err, "a MANAGED compute environment needs compute_resources "
			      "(type, max_vcpus, subnets, ...)");
		return -1;
	}
	if (value_not_known(cr) || !(crtype = value_known_member(cr, "type")))
		return 0;
	if (!strcmp(crtype, "FARGATE") || !strcmp(crtype, "FARGATE_SPOT")) {
		for (size_t i = 0; not_fargate[i]; i++)
			if (value_is_set(json_object_get(cr, not_fargate[i]))) {
				strbuf_addf(err, "compute_resources.%s is not for %s (it is for EC2 "
					    "and SPOT): leave it out", not_fargate[i], crtype);
				return -1;
			}
		if (!value_is_set(json_object_get(cr, "security_group_ids")) ||
		    (json_is_array(json_object_get(cr, "security_group_ids")) &&
		     !json_array_size(json_object_get(cr, "security_group_ids")))) {
			strbuf_addf(err, "compute_resources.security_group_ids: %s needs at least "
				    "one security group", crtype);
			return -1;
		}
		return 0;
	}
	if (!value_is_set(json_object_get(cr, "instance_role"))) {
		strbuf_addf(err, "compute_resources.instance_role: %s needs the instance profile "
			    "its instances run with", crtype);
		return -1;
	}
	if (!json_array_size(json_object_get(cr, "instance_type")) &&
	    !value_not_known(json_object_get(cr, "instance_type"))) {
		strbuf_addf(err, "compute_resources.instance_type: %s needs at least one instance "
			    "type or family, e.g. [optimal]", crtype);
		return -1;
	}
	if (!strcmp(crtype, "EC2") &&
	    (value_is_set(json_object_get(cr, "bid_percentage")) ||
	     value_is_set(json_object_get(cr, "spot_iam_fleet_role")))) {
		strbuf_addf(err, "compute_resources.%s is for SPOT, not EC2",
			    value_is_set(json_object_get(cr, "bid_percentage"))
			    ? "bid_percentage" : "spot_iam_fleet_role");
		return -1;
	}
	return 0;
}

/* CreateJobQueue computeEnvironmentOrder: "You can associate up to three
 * compute environments with a job queue. All of the compute environments
 * must be either EC2 (EC2 or SPOT) or Fargate (FARGATE or FARGATE_SPOT);
 * EC2 and Fargate compute environments can't be mixed." (AWS Batch API
 * reference); the orders are told apart, each once. The kinds are checked
 * across resources where the stack has them; here the count and orders. */
int rule_batch_queue_order(const json_t *v, const json_t *r, struct strbuf *err)
{
	json_t *e, *f;
	size_t i, j;

	(void)r;
	if (!json_is_array(v) || value_not_known(v))
		return 0;
	if (json_array_size(v) < 1 || json_array_size(v) > 3) {
		strbuf_addf(err, "a job queue has 1 to 3 compute environments, not %zu",
			    json_array_size(v));
		return -1;
	}
	json_array_foreach(v, i, e) {
		const json_t *o = json_object_get(e, "order");

		if (!json_is_number(o))
			continue;
		json_array_foreach(v, j, f)
			if (j > i && json_is_number(json_object_get(f, "order")) &&
			    json_number_value(json_object_get(f, "order")) == json_number_value(o)) {
				strbuf_addf(err, "order %g is given twice: each compute environment "
					    "has its own", json_number_value(o));
				return -1;
			}
	}
	return 0;
}

/* A VCPU value of Fargate and the MEMORY values (MiB) it takes: ResourceRequirement,
 * "value ... For jobs that are running on Fargate resources" (AWS Batch API
 * reference): 0.25 vCPU 512, 1024 or 2048; 0.5 1024-4096; 1 2048-8192;
 * 2 4096-16384 (in steps of 1024); 4 8192-30720 (1024); 8 16384-61440
 * (4096); 16 32768-122880 (8192). */
static const struct {
	const char *vcpu;
	long min, max, step;
} fargate_sizes[] = {
	{ "0.25", 512, 2048, 0 }, { "0.5", 1024, 4096, 1024 }, { "1", 2048, 8192, 1024 },
	{ "2", 4096, 16384, 1024 }, { "4", 8192, 30720, 1024 }, { "8", 16384, 61440, 4096 },
	{ "16", 32768, 122880, 8192 },
};

static bool fargate_memory_fits(size_t i, long mib)
{
	if (mib < fargate_sizes[i].min || mib > fargate_sizes[i].max)
		return false;
	if (!fargate_sizes[i].step) /* 0.25 vCPU: 512, 1024 or 2048 */
		return mib == 512 || mib == 1024 || mib == 2048;
	return (mib - fargate_sizes[i].min) % fargate_sizes[i].step == 0;
}

/* The key of container_properties' requirements: the written type's ECS
 * JSON writes resourceRequirements, its awscc twin resource_requirements. */
static const char *requirements_key(const json_t *cp)
{
	return json_object_get(cp, "resource_requirements") ? "resource_requirements"
							     : "resourceRequirements";
}

/* The value of container_properties' requirement of `type`, or NULL. */
static const char *requirement(const json_t *cp, const char *type)
{
	json_t *e;
	size_t i;

	json_array_foreach(json_object_get(cp, requirements_key(cp)), i, e) {
		const char *t = value_known_member(e, "type");

		if (t && !strcmp(t, type))
			return value_known_member(e, "value");
	}
	return NULL;
}

/* A row for the whole resource: a job's memory is at least 4 MiB ("You
 * must specify at least 4 MiB of memory for a job") and, on EC2, its VCPU
 * at least 1 ("For Amazon EC2 resources, you must specify at least one
 * vCPU"); a Fargate job definition's vCPU and memory are one of Fargate's
 * combinations (above), and both are given ("resourceRequirements ... For
 * jobs that run on Fargate resources, you must specify a VCPU and MEMORY
 * value"; AWS Batch API reference: ContainerProperties,
 * ResourceRequirement). */
int rule_batch_job_definition(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *caps = json_object_get(v, "platform_capabilities");
	const json_t *cp = json_object_get(v, "container_properties");
	const char *vcpu, *memory, *key;
	char *end;
	long mib;
	double n;

	(void)r;
	if (!json_is_object(cp) || value_not_known(caps))
		return 0;
	key = requirements_key(cp);
	memory = requirement(cp, "MEMORY");
	vcpu = requirement(cp, "VCPU");
	if (memory && (n = strtod(memory, &end), !*end && end != memory) && n < 4) {
		strbuf_addf(err, "container_properties.%s: MEMORY %s: a job takes "
			    "at least 4 MiB (\"You must specify at least 4 MiB of memory for a job\")",
			    key, memory);
		return -1;
	}
	if (vcpu && !value_list_has_string(caps, "FARGATE") &&
	    (n = strtod(vcpu, &end), !*end && end != vcpu) && n < 1) {
		strbuf_addf(err, "container_properties.%s: VCPU %s: a job on EC2 "
			    "takes at least 1 (\"For Amazon EC2 resources, you must specify at least "
			    "one vCPU\"; fractions are Fargate's)", key, vcpu);
		return -1;
	}
	/* the requirements alone decide: a role's ARN not known yet beside
	 * them leaves them judged */
	if (!value_list_has_string(caps, "FARGATE") ||
	    value_holds_not_known(json_object_get(cp, key)))
		return 0;
	if (!vcpu || !memory) {
		strbuf_addf(err, "container_properties.%s: a FARGATE job "
			      "definition needs a VCPU and a MEMORY value, e.g. [{type: VCPU, "
			      "value: \"0.25\"}, {type: MEMORY, value: \"512\"}]", key);
		return -1;
	}
	for (size_t i = 0; i < sizeof(fargate_sizes) / sizeof(*fargate_sizes); i++) {
		if (strcmp(vcpu, fargate_sizes[i].vcpu))
			continue;
		mib = strtol(memory, &end, 10);
		if (*end || end == memory || !fargate_memory_fits(i, mib)) {
			strbuf_addf(err, "container_properties.%s: Fargate takes "
				    "MEMORY %s with VCPU %s only from %ld to %ld MiB%s", key, memory, vcpu,
				    fargate_sizes[i].min, fargate_sizes[i].max,
				    fargate_sizes[i].step ? " in its steps" : " (512, 1024 or 2048)");
			return -1;
		}
		return 0;
	}
	strbuf_addf(err, "container_properties.%s: Fargate takes VCPU 0.25, "
		    "0.5, 1, 2, 4, 8 or 16, not %s", key, vcpu);
	return -1;
}

/* A compute environment's family as the stack writes it: "EC2" (EC2,
 * SPOT), "Fargate" (FARGATE, FARGATE_SPOT), or NULL (not known yet). */
static const char *environment_family(const struct written_resource *ce)
{
	const char *t = value_known_member(json_object_get(ce->config, "compute_resources"), "type");

	if (t && (!strcmp(t, "EC2") || !strcmp(t, "SPOT")))
		return "EC2";
	if (t && (!strcmp(t, "FARGATE") || !strcmp(t, "FARGATE_SPOT")))
		return "Fargate";
	return NULL;
}

/* Across resources: the compute environments of a job queue that the stack
 * makes are all EC2 or all Fargate (CreateJobQueue, UpdateJobQueue
 * priority: "All of the compute environments must be either EC2 (EC2 or
 * SPOT) or Fargate (FARGATE or FARGATE_SPOT); EC2 and Fargate compute
 * environments can't be mixed"). */

static void check_batch_queue_kinds(const struct written_resource *rs, size_t n,
				    check_report_fn report, void *ctx)
{
	static const char *const ce_attrs[] = { "arn", "name", NULL };

	for (size_t i = 0; i < n; i++) {
		const json_t *e;
		const char *first = NULL;
		size_t k, first_at = 0;

		if (strcmp(rs[i].type, "aws.batch.job_queue") || rs[i].repeated)
			continue;
		json_array_foreach(json_object_get(rs[i].config, "compute_environment_order"), k, e) {
			const char *ref = json_string_value(json_object_get(e, "compute_environment"));
			size_t ce = aws_written_named(rs, n, &rs[i], ref,
						      "aws.batch.compute_environment", ce_attrs);
			const char *family = ce == WRITTEN_NONE ? NULL : environment_family(&rs[ce]);
			char msg[700];

			if (!family)
				continue;
			if (!first) {
				first = family;
				first_at = k;
				continue;
			}
			if (!strcmp(family, first))
				continue;
			snprintf(msg, sizeof(msg),
				 "compute_environment_order[%zu] is %s compute environment \"%s\", and "
				 "compute_environment_order[%zu] is %s: AWS Batch says \"All of the "
				 "compute environments must be either EC2 (EC2 or SPOT) or Fargate "
				 "(FARGATE or FARGATE_SPOT); EC2 and Fargate compute environments can't "
				 "be mixed\" (batch CreateJobQueue priority): give the queue one kind",
				 k, !strcmp(family, "EC2") ? "an EC2" : "a Fargate", rs[ce].name,
				 first_at, first);
			report(ctx, &(struct check_finding){
				.warning = false, .which = i, .attr = "compute_environment_order",
				.other = ce, .other_attr = "compute_resources.type",
				.message = msg });
			break;
		}
	}
}

/*
 * The AWS Batch rows of the one table of checks (checks/row.h), in the order
 * they run: a type's rows for single values before its rows for the whole
 * resource; aws_rules_tables (checks/tables.c) lists this table.
 */
WORDS(batch_job_definition_types, "container");

#define BATCH "AWS Batch API reference: "

const struct aws_check_row aws_rules_batch[] = {
	NAME_CHARS_IN("aws.batch.compute_environment", "name", "Batch", "-_", 1, 128, "etl-spot",
		      BATCH "CreateComputeEnvironment computeEnvironmentName"),
	RULE("aws.batch.compute_environment", "", rule_batch_compute_resources,
	     BATCH "CreateComputeEnvironment computeResources, ComputeResource"),
	/* AWS's words (checks/words/batch.words): a Spot compute environment's
	 * fleet role, and the strategy an update cannot send. */
	AWS_SAYS("batch.spot_fleet_role_best_fit", "aws.batch.compute_environment",
		 AWS_CALL_CREATE,
		 WHEN(IS("compute_resources.type", "SPOT"),
		      IS("compute_resources.allocation_strategy", "BEST_FIT")),
		 THEN(SET("compute_resources.spot_iam_fleet_role")),
		 "If you're using Spot Fleets with BEST_FIT, the Spot Fleet IAM Role must be "
		 "specified.", "batch CreateComputeEnvironment computeResources.allocationStrategy"),
	AWS_SAYS("batch.spot_fleet_role_default_strategy", "aws.batch.compute_environment",
		 AWS_CALL_CREATE,
		 WHEN(IS("compute_resources.type", "SPOT"),
		      UNSET("compute_resources.allocation_strategy")),
		 THEN(SET("compute_resources.spot_iam_fleet_role")),
		 "This role is required if the allocation strategy set to BEST_FIT or if the "
		 "allocation strategy isn't specified.",
		 "batch CreateComputeEnvironment computeResources.spotIamFleetRole"),
	AWS_SAYS("batch.best_fit_not_on_update", "aws.batch.compute_environment",
		 AWS_CALL_UPDATE, WHEN(SET("compute_resources.allocation_strategy")),
		 THEN(IS_NOT("compute_resources.allocation_strategy", "BEST_FIT")),
		 "BEST_FIT isn't supported when updating a compute environment.",
		 "batch UpdateComputeEnvironment computeResources.allocationStrategy"),
	AWS_SAYS("batch.fargate_security_groups_up_to_5", "aws.batch.compute_environment",
		 AWS_CALL_UPDATE,
		 WHEN(IS("compute_resources.type", "FARGATE", "FARGATE_SPOT")),
		 THEN(LEN_IN("compute_resources.security_group_ids", 1, 5)),
		 "This parameter is required for Fargate compute resources, where it can contain "
		 "up to 5 security groups.",
		 "batch UpdateComputeEnvironment computeResources.securityGroupIds"),
	/* On the awscc types: what the registry's schemas describe but their
	 * keywords do not hold. */
	AWS_SAYS("batch.cfn_borrow_limit_lend_and_borrow", "awscc.batch.quota_share", AWS_CALL_ANY,
		 WHEN(SET("resource_sharing_configuration.borrow_limit")),
		 THEN(IS("resource_sharing_configuration.strategy", "LEND_AND_BORROW")),
		 "BorrowLimit can only be applied to quota shares with a strategy of "
		 "LEND_AND_BORROW.",
		 "CloudFormation registry: AWS::Batch::QuotaShare ResourceSharingConfiguration."
		 "BorrowLimit"),
	NAME_CHARS_IN("aws.batch.job_queue", "name", "Batch", "-_", 1, 128, "etl-queue",
		      BATCH "CreateJobQueue jobQueueName"),
	RULE("aws.batch.job_queue", "compute_environment_order", rule_batch_queue_order,
	     BATCH "CreateJobQueue computeEnvironmentOrder"),
	ACROSS_ROW("aws.batch.job_queue", check_batch_queue_kinds,
		   BATCH "CreateJobQueue priority (EC2 and Fargate compute environments can't be "
		   "mixed)"),
	NAME_CHARS_IN("aws.batch.job_definition", "name", "Batch", "-_", 1, 128, "nightly-load",
		      BATCH "RegisterJobDefinition jobDefinitionName"),
	ONE_OF("aws.batch.job_definition", "job_definition_type", batch_job_definition_types,
	       BATCH "RegisterJobDefinition type (terrace registers container jobs)"),
	RULE("aws.batch.job_definition", "", rule_batch_job_definition,
	     BATCH "ContainerProperties resourceRequirements, ResourceRequirement"),
	/* its awscc twin registers the same (its create handler calls
	 * RegisterJobDefinition), its requirements as resource_requirements */
	RULE("awscc.batch.job_definition", "", rule_batch_job_definition,
	     BATCH "ContainerProperties resourceRequirements, ResourceRequirement"),
	WHOLE_IN("aws.batch.job_definition", "retry_strategy.attempts", 1, 10,
		 BATCH "RetryStrategy attempts"),
	WHOLE_FROM("aws.batch.job_definition", "timeout.attempt_duration_seconds", 60,
		   BATCH "JobTimeout attemptDurationSeconds"),
	/* The roles its types give: each must trust the service (checks/roles.c
	 * runs these rows). */
	/* docs.aws.amazon.com/batch/latest/userguide/service_IAM_role.html: a
	 * compute environment's service role is assumed by batch.amazonaws.com;
	 * .../execution-IAM-role.html and .../job-iam-roles.html: a job's
	 * execution role and job role by ecs-tasks.amazonaws.com.
	 * CreateComputeEnvironment and RegisterJobDefinition take them; the
	 * environment goes INVALID, the jobs fail. */
	ROLE_TRUST("aws.batch.compute_environment", "service_role", NULL, "service_role", "batch", false,
		   "Batch takes it, and the compute environment goes INVALID",
		   "https://docs.aws.amazon.com/batch/latest/userguide/service_IAM_role.html"),
	ROLE_TRUST("aws.batch.job_definition", "container_properties", "executionRoleArn", "container_properties.executionRoleArn", "ecs-tasks", false,
		   "Batch takes it, and its jobs cannot pull their image or write their logs",
		   "https://docs.aws.amazon.com/batch/latest/userguide/service_IAM_role.html"),
	ROLE_TRUST("aws.batch.job_definition", "container_properties", "jobRoleArn", "container_properties.jobRoleArn", "ecs-tasks", false,
		   "Batch takes it, and its jobs' containers get no credentials from it",
		   "https://docs.aws.amazon.com/batch/latest/userguide/service_IAM_role.html"),
	/* What cfn-lint's schemas and terraform-provider-aws's rules say between
	 * the attributes (gen_between.py --check holds these rows to them). */
	BETWEEN("awscc.batch.job_definition",
		"{\"excludes\":{\"container_properties\":[\"ecs_properties\",\"eks_properties\",\"node_properties\"],\"ecs_properties\":[\"container_properties\",\"eks_properties\",\"node_properties\"],\"eks_properties\":[\"ecs_properties\",\"container_properties\",\"node_properties\"],\"node_properties\":[\"container_properties\",\"ecs_properties\",\"eks_properties\"]}}",
		"Batch RegisterJobDefinition: \"you must specify either containerProperties or nodeProperties\", ecsProperties and containerProperties \"must not be specified for Amazon EKS-based job definitions\"; terraform-provider-aws's aws_batch_job_definition"),
	{ NULL },
};
