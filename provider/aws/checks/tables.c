/*
 * checks/tables.c: the written half of the one table of checks (checks/row.h):
 * what AWS documents about the attributes the aws types send that its
 * service models do not carry, one row per type and attribute, each citing
 * its source. A row is an enum, a range or a rule function (checks/rules.h's row
 * macros); each service's rows are in its <service>/rules.c beside its rule
 * functions, and here are the rows every type shares and the one list of
 * the services' tables (aws_rules_tables), which checks/run_values.c runs in
 * order at validate, at plan and at apply before the request, after the
 * models' rows (checks/constraints.gen.c). An attribute the models already
 * constrain is not written again (test_constraints fails): a documented
 * value that differs from the model's goes into constraints.map instead.
 *
 * A type's rows for the whole resource (settings that go together) come
 * after its rows for single values, so a wrong value is named first; the
 * first row that fails is the message.
 *
 * A new type's checks are rows in its service's rules.c (and lines in
 * constraints.map), never code in the type's file; and its name's limit,
 * the NAME_RULE of its types.def line (aws_name_rules, at the end).
 */
#include "provider/aws/checks/row.h"
#include "provider/aws/checks/rules.h"

#define TAGGING "Tagging AWS resources: tag naming limits and requirements"

/* The rows every aws type shares. */
static const struct aws_constraint aws_rules_shared[] = {
	RULE("aws.*", "tags", rule_tags, TAGGING),
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

#define AWS_RULES_DECLARE(S) extern const struct aws_constraint aws_rules_##S[];
AWS_RULE_SERVICES(AWS_RULES_DECLARE)

#define AWS_RULES_LIST(S) aws_rules_##S,
const struct aws_constraint *const aws_rules_tables[] = {
	aws_rules_shared,
	AWS_RULE_SERVICES(AWS_RULES_LIST) NULL,
};

/*
 * The names of the aws types and the most bytes each takes, for a
 * development environment's prefix (provider_type.name_rules,
 * plan/environment.c fits dev-USER-NAME into them): the same limits the
 * rows above and the models' rows check (a Lambda function's from
 * rule_lambda_function_name's), one row per type of types.def, where each
 * type declares its own (UNNAMED: attr NULL, no rule).
 */
#define NAMED(attr, max_len, separator) attr, max_len, separator
#define UNNAMED NULL, 0, 0
#define RESOURCE_TYPE(symbol, type, twin, name_rule, arns) { type, name_rule },
const struct provider_name_rule aws_name_rules[] = {
#include "provider/aws/types.def"
	{ NULL },
};
#undef RESOURCE_TYPE
#undef UNNAMED
#undef NAMED
