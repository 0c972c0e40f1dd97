/*
 * resources.h: every resource type of the aws provider (the list that
 * provider/aws/provider.c registers), and the plan-time hooks some of them
 * offer to the core.
 */
#ifndef TERRACE_AWS_RESOURCES_H
#define TERRACE_AWS_RESOURCES_H

#include <jansson.h>

#include "provider/provider.h"
#include "provider/base/strbuf.h"

extern const struct resource_type aws_s3_bucket_type; /* s3_bucket.c */
extern const struct resource_type aws_s3_object_type; /* s3_object.c */
extern const struct resource_type aws_s3_artifact_type; /* s3_artifact.c */
extern const struct resource_type aws_glue_database_type; /* glue_catalog.c */
extern const struct resource_type aws_glue_table_type; /* glue_catalog.c */
extern const struct resource_type aws_glue_connection_type; /* glue_catalog.c */
extern const struct resource_type aws_secretsmanager_secret_type; /* secretsmanager.c */
extern const struct resource_type aws_glue_job_type; /* glue_job.c */
extern const struct resource_type aws_glue_trigger_type; /* glue_job.c */
extern const struct resource_type aws_glue_crawler_type; /* glue_job.c */
extern const struct resource_type aws_sfn_state_machine_type; /* sfn.c */
extern const struct resource_type aws_scheduler_schedule_type; /* scheduler.c */
extern const struct resource_type aws_events_rule_type; /* events.c */
extern const struct resource_type aws_lambda_function_type; /* lambda.c */
extern const struct resource_type aws_lambda_layer_version_type; /* lambda.c */
extern const struct resource_type aws_iam_role_type; /* iam.c */
extern const struct resource_type aws_iam_policy_type; /* iam.c */
extern const struct resource_type aws_iam_group_type; /* iam_user.c */
extern const struct resource_type aws_iam_user_type; /* iam_user.c */
extern const struct resource_type aws_rds_instance_type; /* rds.c */
extern const struct resource_type aws_redshift_cluster_type; /* redshift.c */

/*
 * The content_sha256 an aws.s3.object will have, computed at plan time from
 * its desired attributes: the hex SHA-256 of `content`, or of the bytes of
 * the file named by `source`. Exactly one of the two must be set.
 * Returns 0 with out filled; 1 when the one that is set is not known yet
 * (value_unknown(): the hash is then known only after apply); -1 with a
 * message in err when both or neither are set or the file cannot be read.
 */
int aws_s3_object_plan_hash(const json_t *desired, char out[65], struct strbuf *err);

#endif
