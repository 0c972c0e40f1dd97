/*
 * checks/tables.c: the written half of the one table of checks (checks/row.h):
 * what AWS documents about the attributes the aws types send that its
 * service models do not carry, one row per type and attribute, each citing
 * its source. A row is an enum, a range or a rule function (checks/rules.h's row
 * macros), or of another scope a check across resources (STACK) or a read
 * of AWS at plan (READ); each service's rows are in its <service>/rules.c
 * beside its functions, and here are the rows every type shares (the
 * room's own STACK and READ rows among them) and the one list of the
 * services' tables (aws_rules_tables), which each scope's runner runs in
 * order: checks/run_values.c at validate, at plan and at apply before the
 * request, after the models' rows (checks/constraints.gen.c);
 * checks/run_stack.c and checks/reads.c. An attribute the models already
 * constrain is not written again (test_constraints fails): a documented
 * value that differs from the model's goes into constraints.map instead.
 *
 * A type's rows for the whole resource (settings that go together) come
 * after its rows for single values, so a wrong value is named first; the
 * first row that fails is the message.
 *
 * A new type's checks are rows in its service's rules.c (and lines in
 * constraints.map), never code in the type's file; and its name's limit,
 * the NAME_RULE of its types.def line (aws_name_rules, checks/names.c).
 */
#include "provider/aws/checks/checks.h"
#include "provider/aws/checks/kinds/api.h"
#include "provider/aws/checks/kinds/associations.h"
#include "provider/aws/checks/kinds/by_sibling.h"
#include "provider/aws/checks/rules.h"

#define TAGGING "Tagging AWS resources: tag naming limits and requirements"

/* What the room's own checks across resources look at: the roles' uses
 * (checks/roles.c's role_uses), and every type. */
ACROSS_TYPES(role_use_types, "aws.iam.role", "aws.iam.policy", "aws.iam.instance_profile",
	     "aws.lambda.function", "aws.sfn.state_machine", "aws.scheduler.schedule",
	     "aws.events.rule", "aws.glue.job", "aws.glue.crawler", "aws.redshift.cluster",
	     "aws.batch.compute_environment", "aws.batch.job_definition",
	     "aws.firehose.delivery_stream", "aws.ecs.task_definition");
ACROSS_TYPES(every_type, "aws.*", "awscc.*");

/* The rows every aws type shares: the tags; then the room's own checks
 * across resources, which run before the services' (checks/run_stack.c),
 * in this order; and its reads of what a literal of a kind names
 * (checks/reads.c's reader, from kinds/reads.def's rows), of the written
 * types and the awscc types alike. */
static const struct aws_check_row aws_rules_shared[] = {
	RULE("aws.*", "tags", rule_tags, TAGGING),
	ACROSS_ROW("aws.*", role_use_types, aws_check_roles,
	       "IAM User Guide: creating a role to delegate permissions to an AWS service"),
	ACROSS_ROW("aws.*", every_type, aws_check_one_object,
	       "each service's API reference: a name is one object's (EntityAlreadyExists, "
	       "BucketAlreadyOwnedByYou, ...)"),
	ACROSS_ROW("aws.*", every_type, aws_check_kinds, "kinds/kinds.gen.c (from AWS's data)"),
	ACROSS_ROW("aws.*", every_type, aws_check_facts, "kinds/facts.def"),
	ACROSS_ROW("aws.*", every_type, aws_check_associations, "kinds/associations.def"),
	ACROSS_ROW("aws.*", every_type, aws_check_kinds_by_sibling, "kinds/by_sibling.def"),
	READ_ROW("aws.*", NULL, aws_read_kinds, NULL, "kinds/reads.def"),
	READ_ROW("awscc.*", NULL, aws_read_kinds, NULL, "kinds/reads.def"),
	{ NULL },
};

/*
 * The services' tables, each in its <service>/rules.c (RDS's holds Redshift's
 * rows, SNS's SQS's, beside their rule functions), in the order they run:
 * the one list of them. A new service's table is a name here
 * (provider/aws/gen/gen_services.py --check, in make unit, holds the list to
 * services.def's rows and to the aws_rules_NAME tables the rules.c define).
 */
#define AWS_RULE_SERVICES(X) \
	X(athena) X(batch) X(dynamodb) X(firehose) X(kinesis) X(emrserverless) X(ecs) X(ec2) \
	X(events) X(glue) X(iam) X(kms) X(lakeformation) X(lambda) X(logs) X(rds) X(s3) \
	X(scheduler) X(secretsmanager) X(sfn) X(ssm) X(sns) X(cloudwatch)

#define AWS_RULES_DECLARE(S) extern const struct aws_check_row aws_rules_##S[];
AWS_RULE_SERVICES(AWS_RULES_DECLARE)

#define AWS_RULES_LIST(S) aws_rules_##S,
const struct aws_check_row *const aws_rules_tables[] = {
	aws_rules_shared,
	AWS_RULE_SERVICES(AWS_RULES_LIST) NULL,
};
