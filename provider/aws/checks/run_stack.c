/*
 * checks/run_stack.c: the runner of the STACK rows of the one table of
 * checks (checks/row.h): the aws provider's checks across resources as
 * the stack writes them (provider_type.check_resources, run by `terrace
 * validate` and again by `terrace plan`): each STACK row's `across`, in
 * aws_rules_tables' order (the shared table's rows: the roles' trust, one
 * name one object, the kinds, facts, associations and siblings; then each
 * service's, its checks in its rules.c); and the types they look at
 * (provider_type.check_resources_types), the union of the rows' `types`.
 */
#include <stddef.h>

#include "provider/aws/checks/checks.h"

/* The union of the STACK rows' `types`, in the order the rows first name
 * them (test_rules_across holds it to the rows). */
const char *const aws_check_resources_types[] = {
	/* the shared table: checks/roles.c's role uses */
	"aws.iam.role", "aws.iam.policy", "aws.iam.instance_profile", "aws.lambda.function",
	"aws.sfn.state_machine", "aws.scheduler.schedule", "aws.events.rule", "aws.glue.job",
	"aws.glue.crawler", "aws.redshift.cluster", "aws.batch.compute_environment",
	"aws.batch.job_definition", "aws.firehose.delivery_stream", "aws.ecs.task_definition",
	/* checks/names.c, kinds/check.c, kinds/facts.c, kinds/associations.c,
	 * kinds/by_sibling.c: of every type */
	"aws.*", "awscc.*",
	/* firehose/rules.c */
	"aws.s3.bucket", "aws.kinesis.stream",
	/* ec2/rules.c */
	"aws.ec2.vpc", "aws.ec2.subnet",
	/* events/rules.c */
	"aws.sqs.queue", "aws.sns.topic",
	/* kms/rules.c */
	"aws.kms.key", "aws.kms.alias", "aws.logs.log_group", "aws.s3.bucket_notification",
	"aws.secretsmanager.secret", "aws.sns.subscription", "aws.cloudwatch.metric_alarm",
	/* lambda/rules.c */
	"aws.lambda.event_source_mapping", "aws.dynamodb.table",
	/* s3/rules.c */
	"aws.lambda.permission", NULL
};

void aws_check_resources(const struct written_resource *rs, size_t n,
			 written_report_fn report, void *ctx)
{
	for (const struct aws_check_row *c = aws_rows_next(NULL, AWS_SCOPE_STACK); c;
	     c = aws_rows_next(c, AWS_SCOPE_STACK))
		c->across(rs, n, report, ctx);
}
