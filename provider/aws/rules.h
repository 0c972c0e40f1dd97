/*
 * rules.h: the rules AWS enforces that its service models do not carry
 * (bucket naming and lifecycle rules, IAM names and paths, tags, CIDR
 * blocks, security group ports, key pair and secret names, schedule
 * expressions per service, log retention, IAM policy documents, Step
 * Functions definitions, Glue workers and capacity, Lambda settings and
 * environment variables, database passwords, user names and storage, S3
 * key lengths, time zones),
 * each written once as a pure function (aws_rule_fn, constraints.h), which
 * rows of the one table of checks name (rules_table.c); and the test of what
 * is not known yet that every check uses.
 *
 * A rule gets a known value: a string holding ${...} (not evaluated yet) or
 * an unknown value passes, and is checked when it is known. Every rule
 * returns 0, or -1 with one line in err: what is wrong, the rule, and a
 * valid example. A rule never refuses what AWS accepts.
 */
#ifndef TERRACE_AWS_RULES_H
#define TERRACE_AWS_RULES_H

#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>

#include "provider/aws/constraints.h"
#include "provider/base/strbuf.h"
#include "provider/provider.h"

/*
 * The rows of the written half of the table (constraints.h), each service's
 * in its <service>/rules.c as aws_rules_<service>[], ending with { NULL },
 * listed once by aws_rules_tables (rules_table.c).
 *
 * A row marked warn (WARN_RULE) is what AWS takes and the run then fails
 * on, or never runs: a warning (aws_constraints_warn), never a refusal.
 *
 * A row marked account_default (ACCOUNT_RULE, ACCOUNT_WARN_RULE) rests on
 * what an AWS account has by default, not on the API: Block Public Access
 * on every new bucket, a quota an account may have raised. It holds where
 * the provider's server is AWS; against another server (MinIO, Ceph: the
 * provider's `server`, aws_provider_server) it is a warning. Every such
 * rule is one of these rows, never a test of the server in its function.
 */
/* A row that names a rule function; one that takes one of a list of words;
 * one that takes a whole number of at least MIN. */
#define RULE(TYPE, ATTR, FN, SOURCE) \
	{ .type = (TYPE), .attr = (ATTR), .source = (SOURCE), .kind = 'r', .rule = (FN) }
/* A rule row that also warns (aws_constraints_warn runs WARN). */
#define RULE_WARNS(TYPE, ATTR, FN, WARN, SOURCE)                                             \
	{ .type = (TYPE), .attr = (ATTR), .source = (SOURCE), .kind = 'r', .rule = (FN),        \
	  .warn = (WARN) }
#define ONE_OF(TYPE, ATTR, WORDS, SOURCE) \
	{ .type = (TYPE), .attr = (ATTR), .source = (SOURCE), .kind = 's', .enums = (WORDS) }
#define WHOLE_FROM(TYPE, ATTR, MIN, SOURCE)                                                   \
	{ .type = (TYPE), .attr = (ATTR), .source = (SOURCE), .kind = 'n', .has_min = true,    \
	  .min = (MIN), .whole = true }

#define WHOLE_IN(TYPE, ATTR, MIN, MAX, SOURCE)                                                \
	{ .type = (TYPE), .attr = (ATTR), .source = (SOURCE), .kind = 'n', .has_min = true,    \
	  .min = (MIN), .has_max = true, .max = (MAX), .whole = true }

/* A name of ASCII letters, digits and CHARS (NAME_CHARS_IN: MIN to MAX of
 * them); NOUN names whose ("IAM role"), EXAMPLE is a valid one. */
#define NAME_CHARS(TYPE, ATTR, NOUN, CHARS, EXAMPLE, SOURCE)                                  \
	{ .type = (TYPE), .attr = (ATTR), .source = (SOURCE), .kind = 'c', .noun = (NOUN),      \
	  .chars = (CHARS), .example = (EXAMPLE) }
#define NAME_CHARS_IN(TYPE, ATTR, NOUN, CHARS, MIN, MAX, EXAMPLE, SOURCE)                     \
	{ .type = (TYPE), .attr = (ATTR), .source = (SOURCE), .kind = 'c', .noun = (NOUN),      \
	  .chars = (CHARS), .has_min = true, .min = (MIN), .has_max = true, .max = (MAX),        \
	  .example = (EXAMPLE) }
/* A number that is one of a list (written as words: WORDS). */
#define NUMBER_ONE_OF(TYPE, ATTR, NUMBERS, EXAMPLE, SOURCE)                                   \
	{ .type = (TYPE), .attr = (ATTR), .source = (SOURCE), .kind = 'n', .enums = (NUMBERS),  \
	  .example = (EXAMPLE) }

/* A rule whose breach AWS takes and the run fails on: a warning. */
#define WARN_RULE(TYPE, ATTR, FN, SOURCE) \
	{ .type = (TYPE), .attr = (ATTR), .source = (SOURCE), .kind = 'r', .rule = (FN), \
	  .warn_only = true }

/* Rules that rest on an AWS account's defaults (above): an error where the
 * server is AWS, a warning elsewhere; and one that is a warning anywhere. */
#define ACCOUNT_RULE(TYPE, ATTR, FN, SOURCE) \
	{ .type = (TYPE), .attr = (ATTR), .source = (SOURCE), .kind = 'r', .rule = (FN), \
	  .account_default = true }
#define ACCOUNT_WARN_RULE(TYPE, ATTR, FN, SOURCE) \
	{ .type = (TYPE), .attr = (ATTR), .source = (SOURCE), .kind = 'r', .rule = (FN), \
	  .warn_only = true, .account_default = true }

#define WORDS(NAME, ...) static const char *const NAME[] = { __VA_ARGS__, NULL }

/* The sources the rows of several services cite. */
#define IAM_POLICY "IAM User Guide: IAM JSON policy elements reference"
#define S3_KEYS "Amazon S3 User Guide: naming objects (a key is at most 1,024 bytes of UTF-8)"
#define SCHEDULES "EventBridge User Guide: schedule expressions; Scheduler: schedule types"

/*
 * What is not known yet, the one test every check here uses, at every depth
 * (a policy's statements, a state machine's states, a tag's key): a string
 * holding ${...} (validate reads the template, not its value) or an unknown
 * value ({"$unknown": true}: plan, for what only apply knows). A check
 * passes what is not known yet and runs again when plan or apply knows it.
 */
bool aws_rule_unknown(const json_t *v);
/* A map key holding ${...}. */
bool aws_rule_key_unknown(const char *key);
/* Anything inside v not known yet (elements, members, keys). */
bool aws_rule_contains_unknown(const json_t *v);
/* v's text when it is a known string, else NULL. */
const char *aws_known_string(const json_t *v);
/* Member `name` of o as a known string, else NULL. */
const char *aws_known_member(const json_t *o, const char *name);
/* An object that is not the unknown value. */
bool aws_known_object(const json_t *v);

/* An IPv4 CIDR block "A.B.C.D/N": 1 with the address (host order) and the
 * prefix length, 0 when s is not one. */
int aws_parse_cidr(const char *s, uint32_t *addr, int *len);

/* provider_type.check_resources of aws (rules_network.c): a subnet's block
 * inside its VPC's, and apart from the blocks of the other subnets of that
 * VPC, when the stack writes them (Amazon VPC User Guide, "Subnet CIDR
 * blocks"). */
void aws_check_resources(const struct written_resource *rs, size_t n,
			 written_report_fn report, void *ctx);
/* The aws provider's provider_type.name_rules (rules_table.c): each type's
 * name attribute, the most bytes AWS takes in it, and its separator. */
extern const struct provider_name_rule aws_name_rules[];

/* The types aws_check_resources looks at. */
extern const char *const aws_check_resources_types[];

/* ---- the rules (aws_rule_fn) ---- */

/* A required value that the request cannot send empty (rules.c). */
int rule_not_empty(const json_t *v, const json_t *r, struct strbuf *err);

/* S3 general purpose bucket names. */
int rule_s3_bucket_name(const json_t *v, const json_t *r, struct strbuf *err);
/* S3 lifecycle rules: expiration days of 1 or more, a transition's
 * storage class one S3 transitions to, IA classes from 30 days, expiration
 * after every transition of its rule, an action in every rule and an ID
 * no other rule has. */
int rule_s3_lifecycle(const json_t *v, const json_t *r, struct strbuf *err);
/* EC2 key pair names: 1 to 255 ASCII characters. */
int rule_key_pair_name(const json_t *v, const json_t *r, struct strbuf *err);
/* Tags: at most 50 (terrace's own two included), keys of 1-128 and values
 * of 0-256 characters, no key starting with aws:. */
int rule_tags(const json_t *v, const json_t *r, struct strbuf *err);
/* CIDR blocks: a VPC's and a subnet's (an IPv4 network address, /16 to
 * /28), and a list of IPv4 ranges (security group rules). */
int rule_vpc_cidr(const json_t *v, const json_t *r, struct strbuf *err);
int rule_cidr_list(const json_t *v, const json_t *r, struct strbuf *err);
int rule_cidr(const json_t *v, const json_t *r, struct strbuf *err);
/* Security group rules: a list of rules (ingress, egress) and the one rule
 * that `r` itself is (aws.ec2.security_group_rule: v is its protocol). */
int rule_sg_rule_list(const json_t *v, const json_t *r, struct strbuf *err);
int rule_sg_one_rule(const json_t *v, const json_t *r, struct strbuf *err);
/* A security group rule resource's one source (a row for the whole
 * resource). */
int rule_sg_rule_source(const json_t *v, const json_t *r, struct strbuf *err);
/* A security group's name: 1-255 characters, not starting with sg-. */
int rule_sg_name(const json_t *v, const json_t *r, struct strbuf *err);
/* Schedule expressions: EventBridge rules (rate, cron), EventBridge
 * Scheduler (also at), Glue triggers and crawlers (cron). */
int rule_events_schedule(const json_t *v, const json_t *r, struct strbuf *err);
int rule_scheduler_schedule(const json_t *v, const json_t *r, struct strbuf *err);
/* A time as an API's timestamp member takes it: ISO 8601 (a schedule's
 * start_date and end_date). */
int rule_iso_time(const json_t *v, const json_t *r, struct strbuf *err);
int rule_glue_schedule(const json_t *v, const json_t *r, struct strbuf *err);
/* SNS and SQS (sns/rules.c): topic and queue names, what only a FIFO
 * topic or queue takes, raw message delivery's protocols, a queue's
 * redrive policy. */
int rule_sns_topic_name(const json_t *v, const json_t *r, struct strbuf *err);
int rule_sns_fifo_only(const json_t *v, const json_t *r, struct strbuf *err);
int rule_sns_raw_delivery(const json_t *v, const json_t *r, struct strbuf *err);
int rule_sqs_queue_name(const json_t *v, const json_t *r, struct strbuf *err);
int rule_sqs_fifo_only(const json_t *v, const json_t *r, struct strbuf *err);
int rule_sqs_redrive_policy(const json_t *v, const json_t *r, struct strbuf *err);
/* CloudWatch alarms (cloudwatch/rules.c): a period of 10, 20, 30 or a
 * multiple of 60; statistic or extended_statistic, one of them; periods
 * times evaluation periods within a day (a week from an hour's period);
 * datapoints_to_alarm at most evaluation_periods. */
int rule_cloudwatch_period(const json_t *v, const json_t *r, struct strbuf *err);
int rule_cloudwatch_statistic(const json_t *v, const json_t *r, struct strbuf *err);
int rule_cloudwatch_evaluation(const json_t *v, const json_t *r, struct strbuf *err);
int rule_cloudwatch_datapoints(const json_t *v, const json_t *r, struct strbuf *err);
/* Each action an ARN of a service alarms notify (SNS, Lambda, EC2, Auto
 * Scaling, Systems Manager). */
int rule_cloudwatch_actions(const json_t *v, const json_t *r, struct strbuf *err);
/* Across resources (cloudwatch/rules.c): an alarm's action given as
 * ${NAME.ATTR} names an SNS topic or Lambda function of the stack by ARN. */
void aws_check_alarms(const struct written_resource *rs, size_t n, written_report_fn report,
		      void *ctx);
/* Across resources (s3/rules.c): a bucket notification's queue, topic or
 * function of the stack lets S3 deliver from its bucket (a policy
 * statement, an aws.lambda.permission), as S3 tests when it is put. */
void aws_check_notifications(const struct written_resource *rs, size_t n,
			     written_report_fn report, void *ctx);
/* A bucket's region against the client's (s3/rules.c): where the client
 * talks to AWS itself (no endpoint of its own), a region other than its
 * own is refused, as requests are signed for the provider's region; -1
 * with one line in err. aws_check_bucket_regions holds it at plan on each
 * bucket the plan creates or replaces (written_resource.client), the
 * bucket's create again for a client only apply makes. */
struct aws_client;
int aws_s3_region_refused(struct aws_client *c, const char *region, struct strbuf *err);
void aws_check_bucket_regions(const struct written_resource *rs, size_t n,
			      written_report_fn report, void *ctx);
/* At most 30 dimensions, names of 1 to 255 characters, values of 1 to 1,024. */
int rule_cloudwatch_dimensions(const json_t *v, const json_t *r, struct strbuf *err);
/* IAM policy documents: a managed (identity) policy, a role's trust policy,
 * inline policies of a role, a user, a group (a map name: document). */
int rule_managed_policy(const json_t *v, const json_t *r, struct strbuf *err);
int rule_trust_policy(const json_t *v, const json_t *r, struct strbuf *err);
/* A trust policy's length, IAM's default quota (a row of an AWS account's
 * defaults, rules_table.c). */
int rule_trust_policy_size(const json_t *v, const json_t *r, struct strbuf *err);
int rule_role_inline_policies(const json_t *v, const json_t *r, struct strbuf *err);
int rule_user_inline_policy(const json_t *v, const json_t *r, struct strbuf *err);
int rule_group_inline_policy(const json_t *v, const json_t *r, struct strbuf *err);
/* A resource policy (an S3 bucket's): Principal required. */
int rule_bucket_policy(const json_t *v, const json_t *r, struct strbuf *err);
/* An SNS topic's or SQS queue's policy (iam/rules.c): the same, its size
 * the service's. */
int rule_messaging_policy(const json_t *v, const json_t *r, struct strbuf *err);
/* The warnings of those documents (aws_warn_fn): an action no service of
 * AWS's Service Authorization Reference has (with the nearest one), a
 * service prefix none has, a wildcard that matches no action of its
 * service, a condition key of a service, or a global one (aws:...), that
 * the reference does not list (iam_actions.h); one document, or a map of
 * name: document (inline policies) as well. */
void warn_policy_names(const json_t *v, const char *attr, aws_warn_report_fn report, void *ctx);
void warn_bucket_policy_names(const json_t *v, const char *attr, aws_warn_report_fn report,
			      void *ctx);
void warn_inline_policy_names(const json_t *v, const char *attr, aws_warn_report_fn report,
			      void *ctx);
/* Step Functions definitions (Amazon States Language). */
int rule_sfn_definition(const json_t *v, const json_t *r, struct strbuf *err);
/* Glue job: worker_type against glue_version, command and number_of_workers. */
int rule_glue_worker_type(const json_t *v, const json_t *r, struct strbuf *err);
/* Lambda: a runtime identifier (memory_size, timeout and handler are the
 * models', with the documented maxima in constraints.map). */
int rule_lambda_runtime(const json_t *v, const json_t *r, struct strbuf *err);
/* A list of runtime identifiers (a layer's compatible runtimes). */
int rule_lambda_runtimes(const json_t *v, const json_t *r, struct strbuf *err);
/* Lambda function names: at most 64 characters (an ARN may be longer). */
#define AWS_LAMBDA_FUNCTION_NAME_MAX 64
int rule_lambda_function_name(const json_t *v, const json_t *r, struct strbuf *err);
/* Where a service reads or writes S3 objects: an s3:// URI. */
int rule_s3_uri(const json_t *v, const json_t *r, struct strbuf *err);
/* S3 object keys: at most 1024 bytes of UTF-8 (bytes, not characters);
 * an aws.s3.artifact's prefix, which leaves room for the file's name. */
int rule_s3_key(const json_t *v, const json_t *r, struct strbuf *err);
int rule_s3_key_prefix(const json_t *v, const json_t *r, struct strbuf *err);
/* An aws.s3.object's metadata: lower-case word keys, one-line values, not
 * the content-sha256 terrace keeps. */
int rule_s3_metadata(const json_t *v, const json_t *r, struct strbuf *err);
/* An aws.s3.object's tags: at most 10 written (S3's limit per object);
 * terrace's own two are added only while they fit (s3/object.c's
 * max_tags). A row for the whole resource: rule_tags has the attribute. */
int rule_s3_object_tags(const json_t *v, const json_t *r, struct strbuf *err);
/* A bucket's folder: a prefix with something besides slashes. */
int rule_s3_folder(const json_t *v, const json_t *r, struct strbuf *err);
/* An object's bytes: exactly one of source and content (a row for the
 * whole resource). */
int rule_s3_object_body(const json_t *v, const json_t *r, struct strbuf *err);
/* Lambda environment variables: names of [a-zA-Z][a-zA-Z0-9_]+, none of
 * the keys Lambda reserves, 4 KB for all of them. */
int rule_lambda_environment(const json_t *v, const json_t *r, struct strbuf *err);
/* Glue job max_capacity by job kind: pythonshell 0.0625 or 1, Spark 2 or more. */
int rule_glue_max_capacity(const json_t *v, const json_t *r, struct strbuf *err);
/* RDS instances, by engine (r's engine; postgres when unset): the master
 * password's characters and length, the master user name's characters,
 * length and reserved names, allocated storage's range. Redshift clusters:
 * the master password's length, characters and mix, the master user
 * name's characters, length and reserved words. A password never appears
 * in a message. */
int rule_rds_master_password(const json_t *v, const json_t *r, struct strbuf *err);
int rule_rds_master_username(const json_t *v, const json_t *r, struct strbuf *err);
int rule_rds_allocated_storage(const json_t *v, const json_t *r, struct strbuf *err);
/* A Redshift cluster's database name. */
int rule_redshift_database_name(const json_t *v, const json_t *r, struct strbuf *err);
/* A security group rule's description. */
int rule_sg_rule_description(const json_t *v, const json_t *r, struct strbuf *err);
/* A PostgreSQL instance's database name. */
int rule_rds_db_name(const json_t *v, const json_t *r, struct strbuf *err);
int rule_redshift_master_password(const json_t *v, const json_t *r, struct strbuf *err);
int rule_redshift_master_username(const json_t *v, const json_t *r, struct strbuf *err);
/* An IANA time zone name, from the system's zoneinfo ($TZDIR/tzdata.zi);
 * passes when the system has none. */
int rule_time_zone(const json_t *v, const json_t *r, struct strbuf *err);
/* Settings that go together, over the whole resource (a row whose
 * attribute is ""): a Glue job's capacity and script, a Glue trigger's
 * type, conditions and actions, a crawler's targets, an Athena workgroup's
 * key, a public NAT gateway's address; and over one block: a Scheduler
 * schedule's flexible_time_window, a state machine's logging_configuration. */
int rule_events_rule(const json_t *v, const json_t *r, struct strbuf *err);
int rule_glue_job(const json_t *v, const json_t *r, struct strbuf *err);
int rule_glue_trigger(const json_t *v, const json_t *r, struct strbuf *err);
int rule_glue_crawler(const json_t *v, const json_t *r, struct strbuf *err);
int rule_athena_workgroup(const json_t *v, const json_t *r, struct strbuf *err);
int rule_nat_gateway(const json_t *v, const json_t *r, struct strbuf *err);
int rule_scheduler_window(const json_t *v, const json_t *r, struct strbuf *err);
int rule_sfn_logging(const json_t *v, const json_t *r, struct strbuf *err);
/* And: a Glue table's view, a Glue connection's properties (no PASSWORD),
 * an RDS instance's password, a VPC endpoint's settings by kind, a route
 * table's routes, a secret's recovery window, a Lambda function's one
 * architecture, an IAM user's credentials secret. */
int rule_glue_table_view(const json_t *v, const json_t *r, struct strbuf *err);
/* A Glue table's database: no ':', which terrace's id of a table
 * (DATABASE:TABLE) uses. */
int rule_glue_table_database(const json_t *v, const json_t *r, struct strbuf *err);
int rule_glue_connection_properties(const json_t *v, const json_t *r, struct strbuf *err);
int rule_rds_password(const json_t *v, const json_t *r, struct strbuf *err);
int rule_vpc_endpoint_kind(const json_t *v, const json_t *r, struct strbuf *err);
int rule_route_table_routes(const json_t *v, const json_t *r, struct strbuf *err);
int rule_secret_recovery_window(const json_t *v, const json_t *r, struct strbuf *err);
/* KMS alias names (kms/rules.c); SSM parameter names, and a parameter's key
 * and value by type and tier (ssm/rules.c); a DynamoDB table's keys among its
 * attribute definitions, and its capacities by billing mode
 * (dynamodb/rules.c). */
int rule_kms_alias_name(const json_t *v, const json_t *r, struct strbuf *err);
int rule_ssm_parameter_name(const json_t *v, const json_t *r, struct strbuf *err);
int rule_ssm_parameter(const json_t *v, const json_t *r, struct strbuf *err);
int rule_dynamodb_keys(const json_t *v, const json_t *r, struct strbuf *err);
int rule_dynamodb_billing(const json_t *v, const json_t *r, struct strbuf *err);
/* A Batch compute environment's compute resources by its type and theirs, a
 * job queue's compute environment order, a Fargate job definition's vCPU and
 * memory (batch/rules.c; the names are rows, NAME_CHARS_IN). */
int rule_batch_compute_resources(const json_t *v, const json_t *r, struct strbuf *err);
int rule_batch_queue_order(const json_t *v, const json_t *r, struct strbuf *err);
int rule_batch_job_definition(const json_t *v, const json_t *r, struct strbuf *err);
/* A Lake Formation grant's one resource, its table or columns by name or
 * wildcard, its grant option within its permissions (lakeformation/rules.c). */
int rule_lakeformation_grant(const json_t *v, const json_t *r, struct strbuf *err);
int rule_dynamodb_stream(const json_t *v, const json_t *r, struct strbuf *err);
/* A DynamoDB table's secondary indexes: counts, names, projections and
 * capacities by billing mode (dynamodb/rules.c). */
int rule_dynamodb_indexes(const json_t *v, const json_t *r, struct strbuf *err);
int rule_dynamodb_index_count(const json_t *v, const json_t *r, struct strbuf *err);
/* A Kinesis stream's shard count by capacity mode, and its KMS key
 * (kinesis/rules.c). */
int rule_kinesis_stream(const json_t *v, const json_t *r, struct strbuf *err);
/* A Firehose stream's server-side encryption: its key, and none with a
 * Kinesis source (kinesis/rules.c). */
int rule_firehose_encryption(const json_t *v, const json_t *r, struct strbuf *err);
/* A Fargate task definition's network mode and task size (ecs/rules.c; the
 * cluster names and families are rows, NAME_CHARS_IN). */
int rule_ecs_fargate(const json_t *v, const json_t *r, struct strbuf *err);
/* A container definition's members the ECS model types as strings (an
 * environment variable's value, a secret's name, a log option) written as
 * text, not a number or a boolean. */
int rule_ecs_container_strings(const json_t *v, const json_t *r, struct strbuf *err);
int rule_lambda_architectures(const json_t *v, const json_t *r, struct strbuf *err);
int rule_iam_user_credentials(const json_t *v, const json_t *r, struct strbuf *err);
/* Runtimes Lambda no longer lets a function be created with (CreateFunction
 * refuses them; existing functions keep running): run before CreateFunction. */
int rule_lambda_runtime_for_create(const json_t *v, const json_t *r, struct strbuf *err);
/* RDS and Redshift: identifiers (RDS's in any case, Redshift's in lower
 * case), a final snapshot's name unless skipped, subnet group names and
 * their subnets. */
int rule_rds_identifier(const json_t *v, const json_t *r, struct strbuf *err);
int rule_rds_snapshot_identifier(const json_t *v, const json_t *r, struct strbuf *err);
int rule_redshift_identifier(const json_t *v, const json_t *r, struct strbuf *err);
int rule_redshift_snapshot_identifier(const json_t *v, const json_t *r, struct strbuf *err);
int rule_db_final_snapshot(const json_t *v, const json_t *r, struct strbuf *err);
int rule_rds_subnet_group_name(const json_t *v, const json_t *r, struct strbuf *err);
int rule_redshift_subnet_group_name(const json_t *v, const json_t *r, struct strbuf *err);
int rule_subnet_group_subnets(const json_t *v, const json_t *r, struct strbuf *err);
/* Glue connections: a NETWORK one has a placement, and a placement names
 * subnet, security groups and zone together. Lambda: one form of code. */
int rule_glue_connection_network(const json_t *v, const json_t *r, struct strbuf *err);
int rule_glue_connection_placement(const json_t *v, const json_t *r, struct strbuf *err);
int rule_lambda_code_form(const json_t *v, const json_t *r, struct strbuf *err);
/* An event source mapping: its source is one terrace maps, and what that
 * source takes (starting position, batch size and window, scaling,
 * destination) (lambda/rules.c). */
int rule_lambda_event_source_mapping(const json_t *v, const json_t *r, struct strbuf *err);
/* An artifact's file: source or build. */
int rule_artifact_source(const json_t *v, const json_t *r, struct strbuf *err);

/* The rows of the table that read AWS (rules_reads.c), the aws provider's
 * provider_type.check_reads: the AWS managed policies a role, user or
 * group is about to attach, each asked of IAM (GetPolicy) at plan; one IAM
 * says it does not have is refused there, naming the attribute and ARN. */
int aws_check_reads(void *client, const char *type, const json_t *prior, const json_t *desired,
		    const char **attr, struct strbuf *err);
/* arn is an AWS managed policy's, arn:PARTITION:iam::aws:policy/... */
bool aws_arn_is_aws_managed_policy(const char *arn);
/* What aws_check_reads reads, for the permissions of a plan
 * (permissions.c): per type, the attribute listing the AWS managed
 * policies it asks of IAM, and the action that reading one takes (on the
 * policy's ARN). Ends with a NULL type. */
struct aws_read_row {
	const char *type;
	const char *attr;
	const char *action;
};
extern const struct aws_read_row aws_read_rows[];

/* The checks across resources that join a service to the IAM role the
 * stack gives it, run by aws_check_resources in this order: the role
 * trusts the service (rules_roles.c, an error); then each service's, in
 * its rules.c (which use rules_roles.c, so it does not call them): a
 * state machine's role may start the Glue jobs and Lambda functions of the
 * stack its Tasks name (sfn, a warning); a Lambda function's role may
 * manage the network interfaces of its VPC (lambda, a warning); a Firehose
 * stream's roles may write its bucket and read its stream (firehose, a
 * warning); an ECS task definition's execution role may pull from ECR and
 * write to awslogs (ecs, a warning); an event source mapping's function's
 * role may read its source (lambda, an error). */
void aws_check_roles(const struct written_resource *rs, size_t n,
		     written_report_fn report, void *ctx);
void aws_check_sfn_tasks(const struct written_resource *rs, size_t n,
			 written_report_fn report, void *ctx);
void aws_check_lambda_vpcs(const struct written_resource *rs, size_t n,
			   written_report_fn report, void *ctx);
void aws_check_firehose_deliveries(const struct written_resource *rs, size_t n,
				   written_report_fn report, void *ctx);
void aws_check_ecs_executions(const struct written_resource *rs, size_t n,
			      written_report_fn report, void *ctx);
void aws_check_lambda_mappings(const struct written_resource *rs, size_t n,
			       written_report_fn report, void *ctx);
/* The resource that value "${NAME.ATTR}" names (ATTR one of attrs, a
 * NULL-terminated list), when it is of `type`, one object (no count or
 * for_each), under from's provider configuration; else WRITTEN_NONE. */
size_t aws_written_named(const struct written_resource *rs, size_t n,
			 const struct written_resource *from, const char *value,
			 const char *type, const char *const *attrs);
/* Across resources (events/rules.c): an EventBridge rule's or a schedule's
 * target that is a queue or topic: a FIFO queue's message group (an error
 * for a rule, as PutTargets refuses it; a warning for a schedule) and
 * content-based deduplication (a warning); a rule's queue or topic policy
 * lets events.amazonaws.com send (a warning); a schedule's role may send or
 * publish to it (a warning). */
/* rules_names.c: two resources naming one object (one CloudFormation
 * type, written or awscc, and one name), refused naming both. */
void aws_check_one_object(const struct written_resource *rs, size_t n,
			  written_report_fn report, void *ctx);
void aws_check_message_targets(const struct written_resource *rs, size_t n,
			       written_report_fn report, void *ctx);
/* Whether policy document doc (a trust or key policy) has an Allow
 * statement of `action` for service `svc`'s principal (svc.amazonaws.com,
 * svc.REGION.amazonaws.com); what is not known yet counts as allowing
 * (rules_roles.c). */
bool aws_policy_lets_service(const json_t *doc, const char *svc, const char *action);
/* The same for the principals `who` accepts (given a statement's
 * Principal, "*" or an object of AWS, Service, ...). */
bool aws_policy_lets(const json_t *doc, bool (*who)(const json_t *principal, const void *arg),
		     const void *arg, const char *action);
/* Whether a string-or-list element of a policy statement holds a value
 * match(value, arg) is true of. */
bool aws_policy_any_of(const json_t *v, bool (*match)(const char *, const void *), const void *arg);
/* Whether the policies the stack writes for role `role` (its inline
 * policies, the aws.iam.policy resources in its managed_policy_arns) allow
 * `action` on any resource, or an AWS managed policy of granted_by (names)
 * does; what is not known yet allows. *outside gets a managed policy ARN
 * of the role not in the stack, which may still allow it (rules_roles.c). */
bool aws_role_allows_action(const struct written_resource *rs, size_t n, size_t role,
			    const char *action, const char *const *granted_by, const char **outside);
/* Whether text holds a reference to resource `name` (${NAME.ATTR}, inside a
 * longer string too). */
bool aws_text_refers_to(const char *text, const char *name);
/* Whether a policy the stack writes for role `role` has an Allow statement
 * of `action` whose Resource names resource `at` of the stack: "*", by
 * reference (${NAME.arn}/...) or by an ARN holding in_arn (":::raw-data",
 * NULL: none). Only what is written and known counts (rules_roles.c). */
bool aws_role_acts_on(const struct written_resource *rs, size_t n, size_t role,
		      const char *action, size_t at, const char *in_arn);
/* A resource encrypted with a key of the stack: the key's policy (or the
 * policies of the roles it lets use it) lets the services and roles that
 * use what the key encrypts (kms/rules.c): CloudWatch Logs for a log
 * group (an error); the roles that read or write a bucket, Secrets Manager
 * and the readers of a secret, the services that publish to a topic or
 * queue (S3's notifications an error, the others warnings) and a Scheduler
 * schedule's role sending to one. */
void aws_check_key_uses(const struct written_resource *rs, size_t n,
			written_report_fn report, void *ctx);

/* Settings of one resource that AWS checks against each other (issue 39
 * §4): a public bucket policy against the bucket's Block Public Access
 * (on for every new bucket since April 2023); a Redshift cluster's node
 * count by node type; an EXPRESS state machine's Tasks (no .sync or
 * .waitForTaskToken); a scheduled EventBridge rule's bus; a VPC's DNS
 * hostnames against its DNS support. And values whose limit depends on
 * another attribute: an RDS instance's port by engine, a Redshift
 * cluster's port by node family. */
int rule_s3_public_policy(const json_t *v, const json_t *r, struct strbuf *err);
int rule_redshift_nodes(const json_t *v, const json_t *r, struct strbuf *err);
int rule_sfn_express(const json_t *v, const json_t *r, struct strbuf *err);
int rule_events_schedule_bus(const json_t *v, const json_t *r, struct strbuf *err);
int rule_vpc_dns(const json_t *v, const json_t *r, struct strbuf *err);
int rule_rds_port(const json_t *v, const json_t *r, struct strbuf *err);
int rule_redshift_port(const json_t *v, const json_t *r, struct strbuf *err);
/* And what AWS takes but the run fails on, or never runs (rows marked
 * `warn`: warnings): an EXPRESS machine that waits or times out past five
 * minutes; a recurring schedule whose end_date is not after its
 * start_date. */
int rule_sfn_express_duration(const json_t *v, const json_t *r, struct strbuf *err);
int rule_scheduler_dates(const json_t *v, const json_t *r, struct strbuf *err);

#endif
