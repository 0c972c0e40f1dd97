/*
 * lambda/rules.c: the Lambda rules its models do not carry (checks/rules.h):
 * runtimes (and, of either family's function, a create on a runtime past
 * its block-create date: lambda_runtime_dates, runtimes.gen.c), function
 * names, environment variables, architectures and the form of a function's
 * code; what an event source mapping's source takes.
 * AWS's words as rows (AWS_SAYS, checks/words/lambda.words), on the awscc
 * types: an event source mapping's pollers and record age, a function's
 * runtime version, a code signing configuration's tag keys.
 *
 * Across resources (aws_check_resources, checks/run_stack.c), against the role the
 * stack gives it:
 * - a Lambda function of the stack in a VPC (a vpc_config with subnets)
 *   whose role may not manage the function's network interfaces
 *   (ec2:CreateNetworkInterface, ec2:DescribeNetworkInterfaces,
 *   ec2:DeleteNetworkInterface; Lambda Developer Guide, "Giving Lambda
 *   functions access to resources in an Amazon VPC", docs.aws.amazon.com/
 *   lambda/latest/dg/configuration-vpc.html, "Required IAM permissions"):
 *   granted by the managed policies AWSLambdaVPCAccessExecutionRole and
 *   AWSLambdaENIManagementAccess (or AdministratorAccess, PowerUserAccess,
 *   AmazonEC2FullAccess) or by a policy the stack writes for the role. A
 *   warning, though CreateFunction refuses such a role ("The provided
 *   execution role does not have permissions to call
 *   CreateNetworkInterface on EC2"), since a policy may come from outside
 *   the stack;
 * - an event source mapping whose function's role may not read its SQS
 *   queue (sqs:ReceiveMessage, DeleteMessage, GetQueueAttributes), Kinesis
 *   stream (kinesis:GetRecords, GetShardIterator, DescribeStream,
 *   ListShards; DescribeStreamSummary, which the guide lists and the
 *   refusal does not name, a warning) or DynamoDB stream
 *   (dynamodb:GetRecords, GetShardIterator, DescribeStream, ListStreams):
 *   the Lambda Developer Guide's execution role permissions of each
 *   source. An error: CreateEventSourceMapping refuses such a role. And a
 *   queue encrypted with a key of the stack, whose kms:Decrypt the role
 *   lacks: a warning, each poll fails.
 */
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "provider/aws/lambda/api.h"
#include "provider/aws/checks/kinds/api.h"
#include "provider/aws/checks/rules.h"
#include "provider/aws/checks/roles.h"
#include "provider/aws/checks/schedule.h"
#include "provider/aws/checks/shared.h"
#include "provider/aws/s3/api.h"
#include "provider/base/text.h"
#include "provider/provider.h"

/* ---- Lambda --------------------------------------------------------------- */

/* Runtime identifiers (Lambda runtimes page): a family and its version, as
 * Lambda spells them. A version this list does not know yet is accepted
 * when it has the family's shape, a new major version too (ruby4.0, in
 * botocore's Runtime enum, was refused when the shape said ruby[23]). */
int rule_lambda_runtime(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = json_string_value(v);
	(void)r;
	if (!s)
		return 0;
	if (matches(s, "^(python[0-9]+\\.[0-9]+|nodejs([0-9]+\\.(x|[0-9]+)(-edge)?)?|"
		       "java[0-9]+(\\.al2)?|dotnet(core)?[0-9]+(\\.[0-9]+)?|ruby[0-9]+\\.[0-9]+|go1\\.x|"
		       "provided(\\.al2|\\.al20[0-9]{2})?|nodejs[0-9]+\\.x|dotnet[0-9]+)$"))
		return 0;
	strbuf_addf(err, "\"%s\" is not a Lambda runtime identifier (e.g. \"python3.12\", "
		    "\"nodejs20.x\", \"java21\", \"provided.al2023\")", s);
	return -1;
}

/* A list of runtime identifiers (a layer's compatible runtimes). */
static int rule_lambda_runtimes(const json_t *v, const json_t *r, struct strbuf *err)
{
	size_t i;
	const json_t *e;
	if (!json_is_array(v))
		return rule_lambda_runtime(v, r, err);
	json_array_foreach(v, i, e) {
		if (value_not_known(e))
			continue;
		if (rule_lambda_runtime(e, r, err)) {
			strbuf_prefixf(err, "item %zu: ", i);
			return -1;
		}
	}
	return 0;
}

/* botocore's lambda model, CreateFunction Runtime (AWS's words, quoted by
 * the messages below). */
#define LAMBDA_DEPRECATED_SAYS "The following list includes deprecated runtimes. Lambda blocks " \
	"creating new functions and updating existing functions shortly after each runtime is " \
	"deprecated."
#define LAMBDA_DEPRECATED_SOURCE "lambda CreateFunction Runtime; Lambda Developer Guide: " \
	"deprecated runtimes (cfn-lint's dated table, lambda/runtimes.gen.c)"

enum lambda_runtime_stage lambda_runtime_stage(const char *runtime, const char *today,
					       const struct lambda_runtime_dates **dates)
{
	*dates = NULL;
	for (const struct lambda_runtime_dates *d = lambda_runtime_dates; runtime && d->name; d++) {
		if (strcmp(d->name, runtime))
			continue;
		*dates = d;
		if (strncmp(d->update_block, today, 10) <= 0)
			return LAMBDA_RUNTIME_UPDATE_BLOCKED;
		if (strncmp(d->create_block, today, 10) <= 0)
			return LAMBDA_RUNTIME_CREATE_BLOCKED;
		if (strncmp(d->deprecated, today, 10) <= 0)
			return LAMBDA_RUNTIME_DEPRECATED;
		return LAMBDA_RUNTIME_SUPPORTED;
	}
	return LAMBDA_RUNTIME_SUPPORTED;
}

/* Today's date in UTC, YYYY-MM-DD (the day AWS judges a create on), or
 * TERRACE_TODAY's when it holds one: a run judged as of a fixed day (the
 * suite's, tests/integration/lib.sh, so that a published stack is not
 * refused by the calendar alone; a deploy stage reproducing an old run). */
static const char *lambda_today(char buf[32])
{
	const char *fixed = getenv("TERRACE_TODAY");
	int y, m, d;
	char rest;

	if (fixed && sscanf(fixed, "%4d-%2d-%2d%c", &y, &m, &d, &rest) == 3 && strlen(fixed) == 10 &&
	    m >= 1 && m <= 12 && d >= 1 && d <= 31) {
		snprintf(buf, 32, "%s", fixed);
		return buf;
	}
	return utc_timestamp(time(NULL), buf);
}

/* What a deprecated runtime's row says: its dates and its successor. */
static void runtime_dates_said(const struct lambda_runtime_dates *d, struct strbuf *err)
{
	strbuf_addf(err, "deprecated on %s, creates blocked from %s, updates from %s", d->deprecated,
		    d->create_block, d->update_block);
	if (d->successor)
		strbuf_addf(err, "; e.g. \"%s\"", d->successor);
}

/* Deprecated runtimes whose "block function create" date has passed
 * (lambda_runtime_dates): CreateFunction refuses them. */
int rule_lambda_runtime_for_create(const json_t *v, const json_t *r, struct strbuf *err)
{
	const struct lambda_runtime_dates *d;
	const char *s = value_known_string(v);
	char today[32];

	(void)r;
	if (!s || lambda_runtime_stage(s, lambda_today(today), &d) < LAMBDA_RUNTIME_CREATE_BLOCKED)
		return 0;
	strbuf_addf(err, "\"%s\" is deprecated: Lambda no longer creates functions with it "
		    "(AWS says \"" LAMBDA_DEPRECATED_SAYS "\"; %s: ", s, d->name);
	runtime_dates_said(d, err);
	strbuf_addch(err, ')');
	return -1;
}

/* The create of a function (either family's) on a runtime Lambda blocks
 * creates with: its runtime judged, the message naming it (a row of the
 * create AWS holds to from the block date on, RULE_ON_CREATE_SINCE: an
 * existing function keeps its runtime, a warning). */
static int rule_lambda_function_runtime_created(const json_t *v, const json_t *r,
						 struct strbuf *err)
{
	(void)r;
	if (!rule_lambda_runtime_for_create(json_object_get(v, "runtime"), v, err))
		return 0;
	strbuf_prefixf(err, "runtime: ");
	return -1;
}

/* A runtime deprecated and not yet blocked: AWS takes the create, and
 * then neither patches nor supports it (a warning). */
static int rule_lambda_function_runtime_deprecated(const json_t *v, const json_t *r,
						   struct strbuf *err)
{
	const struct lambda_runtime_dates *d;
	const char *s = value_known_member(v, "runtime");
	char today[32];

	(void)r;
	if (!s || lambda_runtime_stage(s, lambda_today(today), &d) != LAMBDA_RUNTIME_DEPRECATED)
		return 0;
	strbuf_addf(err, "runtime: \"%s\" is deprecated (AWS says \"" LAMBDA_DEPRECATED_SAYS
		    "\"; ", s);
	runtime_dates_said(d, err);
	strbuf_addch(err, ')');
	return -1;
}

/* CreateFunction FunctionName: "If you specify only the function name, it
 * is limited to 64 characters in length" (the model's 140 is an ARN's);
 * a name is letters, digits, - and _. An ARN or a partial ARN (with ':')
 * is left to the model's constraint. */
int rule_lambda_function_name(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = json_string_value(v);
	(void)r;
	if (!s || strchr(s, ':'))
		return 0;
	if (strlen(s) > AWS_LAMBDA_FUNCTION_NAME_MAX) {
		strbuf_addf(err, "\"%.40s...\" has %zu characters: a Lambda function name has 1 "
			    "to %d (only an ARN may be longer) (e.g. \"load-orders\")", s, strlen(s),
			    AWS_LAMBDA_FUNCTION_NAME_MAX);
		return -1;
	}
	return 0;
}

/* Lambda environment variables (Lambda API reference, Environment: "Key
 * Pattern: [a-zA-Z]([a-zA-Z0-9_])+"; Lambda Developer Guide, "Defined
 * runtime environment variables": the reserved keys, which a function's
 * configuration cannot set; "Lambda quotas": 4 KB for all of a function's
 * variables together). TZ is in the guide's table of reserved keys but
 * Lambda takes it, so it is not refused here. */
static const char *const lambda_reserved_keys[] = {
	"_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION", "AWS_REGION", "AWS_EXECUTION_ENV",
	"AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE",
	"AWS_LAMBDA_FUNCTION_VERSION", "AWS_LAMBDA_INITIALIZATION_TYPE",
	"AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME", "AWS_ACCESS_KEY",
	"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
	"AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR", NULL,
};
#define LAMBDA_ENVIRONMENT_MAX 4096

int rule_lambda_environment(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *key;
	const json_t *value;
	size_t size = 1; /* what Lambda measures, the variables as JSON: {"K":"V",...} */
	(void)r;
	if (!value_known_object(v))
		return 0;
	json_object_foreach((json_t *)v, key, value) {
		size += utf8_length(key) + 6; /* "K":"V", */
		if (json_is_string(value) && !value_not_known(value))
			size += utf8_length(json_string_value(value));
		if (value_key_not_known(key))
			continue;
		if (!matches(key, "^[a-zA-Z][a-zA-Z0-9_]+$")) {
			strbuf_addf(err, "key \"%s\": an environment variable's name is a letter, then "
				    "one or more letters, digits and _ (e.g. \"LOG_LEVEL\")", key);
			return -1;
		}
		for (size_t i = 0; lambda_reserved_keys[i]; i++)
			if (!strcmp(key, lambda_reserved_keys[i])) {
				strbuf_addf(err, "key \"%s\" is reserved: Lambda sets it for the "
					    "function and refuses it in the configuration", key);
				return -1;
			}
	}
	/* A value not known yet only adds to the size: what is known already
	 * over the quota is over it. */
	if (size > LAMBDA_ENVIRONMENT_MAX) {
		strbuf_addf(err, "the variables take at least %zu bytes as Lambda measures them "
			    "(as JSON): Lambda takes 4 KB (%d) for all of a function's variables",
			    size, LAMBDA_ENVIRONMENT_MAX);
		return -1;
	}
	return 0;
}

/* ---- settings that go together (a row for the whole resource) ------------ */

/* Lambda CreateFunction Code and PublishLayerVersion Content: a package
 * (terrace's source, build or python, sent as ZipFile) or an S3 object
 * (S3Bucket with S3Key, S3ObjectVersion with them only); a package is built
 * by build or by python, not both; with python, source is a folder (its
 * files go beside what pip installs: build_python.c). */
int rule_lambda_code_form(const json_t *v, const json_t *r, struct strbuf *err)
{
	bool source = is_set(v, "source") || is_set(v, "build") || is_set(v, "python");
	bool bucket = is_set(v, "s3_bucket");
	/* a module writes both, each by a condition that leaves one null
	 * (terraform-aws-lambda's filename and s3_bucket): only two set for
	 * certain are two */
	bool surely_source = surely_set(v, "source") || surely_set(v, "build") ||
			     surely_set(v, "python");
	bool surely_bucket = surely_set(v, "s3_bucket");
	struct stat st;
	(void)r;
	if (surely_set(v, "build") && surely_set(v, "python")) {
		strbuf_addstr(err, "set build or python, not both");
		return -1;
	}
	if (is_set(v, "python") && value_known_member(v, "source") &&
	    (stat(value_known_member(v, "source"), &st) || !S_ISDIR(st.st_mode))) {
		strbuf_addf(err, "with python, source must be a folder (its files are copied beside "
			    "the packages pip installs), not %s", value_known_member(v, "source"));
		return -1;
	}
	if ((!source && !bucket) || (surely_source && surely_bucket)) {
		strbuf_addstr(err, "set exactly one of source (or build, or python) and s3_bucket "
			      "(with s3_key)");
		return -1;
	}
	if ((surely_bucket && !is_set(v, "s3_key")) || (surely_set(v, "s3_key") && !bucket)) {
		strbuf_addstr(err, "s3_bucket and s3_key go together");
		return -1;
	}
	if (surely_source && surely_set(v, "s3_object_version")) {
		strbuf_addstr(err, "s3_object_version goes with s3_bucket and s3_key, not source");
		return -1;
	}
	return 0;
}

/* ---- Event source mappings -------------------------------------------------- */

/* The kind of source an event source mapping's ARN names: 'q' an SQS queue
 * ('f' a FIFO one, 'Q' one not known yet to be either), 'k' a Kinesis
 * stream, 'd' a DynamoDB stream, 't' a DynamoDB table that is not its
 * stream, 'm' an Amazon MQ broker, '?' another service, 0 unknown. A reference to an object not
 * made yet names what its kind says (plan's unknown value of ${queue.arn}
 * is a queue's ARN, FIFO or not: only what holds of both is judged here;
 * the FIFO queue's batch is lambda.fifo_batch_up_to_10's, which reads the
 * queue the reference names). */
static char mapping_source(const json_t *arn)
{
	const char *s = value_known_string(arn), *kind = value_unknown_kind(arn);
	size_t n;

	if (kind)
		return !strcmp(kind, "AWS::SQS::Queue.Arn")	   ? 'Q'
		       : !strcmp(kind, "AWS::Kinesis::Stream.Arn") ? 'k'
								   : '?';
	if (!s)
		return 0;
	n = strlen(s);
	if (!strncmp(s, "arn:", 4) && strstr(s, ":sqs:"))
		return n > 5 && !strcmp(s + n - 5, ".fifo") ? 'f' : 'q';
	if (!strncmp(s, "arn:", 4) && strstr(s, ":kinesis:") && strstr(s, ":stream/"))
		return 'k';
	if (!strncmp(s, "arn:", 4) && strstr(s, ":dynamodb:"))
		return strstr(s, "/stream/") ? 'd' : 't';
	if (!strncmp(s, "arn:", 4) && strstr(s, ":mq:") && strstr(s, ":broker:"))
		return 'm';
	return '?';
}

/* A row for the whole resource. Lambda API reference,
 * CreateEventSourceMapping: StartingPosition "Required for Amazon Kinesis
 * and Amazon DynamoDB Stream event sources. AT_TIMESTAMP is supported only
 * for Amazon Kinesis streams" (and with StartingPositionTimestamp), and
 * not taken for SQS; BatchSize "Amazon SQS – Default 10. For standard
 * queues the max is 10,000. For FIFO queues the max is 10"; "For Amazon SQS
 * event sources, when you set BatchSize to a value greater than 10, you
 * must set MaximumBatchingWindowInSeconds to at least 1"; DestinationConfig
 * "(Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Kafka only)";
 * ScalingConfig "(Amazon SQS only)"; Queues "(MQ) The name of the Amazon
 * MQ broker destination queue to consume" (one). The sources terrace maps:
 * SQS, Kinesis and DynamoDB streams and Amazon MQ brokers (the others need
 * settings it does not send: Topics, DocumentDBEventSourceConfig). */
int rule_lambda_event_source_mapping(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *arn = json_object_get(v, "event_source_arn");
	const json_t *pos = json_object_get(v, "starting_position");
	const json_t *at = json_object_get(v, "starting_position_timestamp");
	const json_t *batch = json_object_get(v, "batch_size");
	const json_t *window = json_object_get(v, "maximum_batching_window_in_seconds");
	const char *p = value_known_string(pos);
	char kind = mapping_source(arn);
	bool sqs = kind == 'q' || kind == 'f' || kind == 'Q';

	(void)r;
	if (p && !strcmp(p, "AT_TIMESTAMP") && !value_is_set(at)) {
		strbuf_addstr(err, "starting_position AT_TIMESTAMP needs "
			      "starting_position_timestamp (RFC 3339, e.g. 2026-01-01T00:00:00Z)");
		return -1;
	}
	if (!kind)
		return 0;
	if (kind == '?' || kind == 't') {
		const char *ref = value_unknown_kind(arn);
		const struct aws_kind *k = ref ? aws_kind_named(ref, strlen(ref)) : NULL;
		if (k)
			strbuf_addf(err, "event_source_arn is %s", k->words);
		else
			strbuf_addf(err, "event_source_arn \"%s\" is %s", value_known_string(arn),
				    kind == 't' ? "a DynamoDB table, not its stream" : "no such source");
		strbuf_addstr(err, ": terrace maps an SQS queue, a Kinesis stream, a DynamoDB "
			      "stream (a table's stream_arn) or an Amazon MQ broker");
		return -1;
	}
	if (kind == 'm') {
		const json_t *queues = json_object_get(v, "queues");

		if (!value_not_known(queues) && json_array_size(queues) != 1) {
			strbuf_addstr(err, "an Amazon MQ source needs queues: the one queue of the "
				      "broker Lambda reads");
			return -1;
		}
		return 0;
	}
	if (sqs && value_is_set(pos)) {
		strbuf_addstr(err, "starting_position is for streams: an SQS queue takes none "
			      "(Lambda reads what is in the queue)");
		return -1;
	}
	if (!sqs && !value_is_set(pos)) {
		strbuf_addf(err, "a %s stream needs starting_position (TRIM_HORIZON, LATEST%s)",
			    kind == 'k' ? "Kinesis" : "DynamoDB",
			    kind == 'k' ? " or AT_TIMESTAMP" : "");
		return -1;
	}
	if (kind == 'd' && p && !strcmp(p, "AT_TIMESTAMP")) {
		strbuf_addstr(err, "starting_position AT_TIMESTAMP is for Kinesis streams: a "
			      "DynamoDB stream starts at TRIM_HORIZON or LATEST");
		return -1;
	}
	if (!sqs && value_is_set(json_object_get(v, "scaling_config"))) {
		strbuf_addstr(err, "scaling_config (maximum_concurrency) is for SQS sources only");
		return -1;
	}
	if (sqs && value_is_set(json_object_get(v, "destination_config"))) {
		strbuf_addstr(err, "destination_config is for stream sources only: an SQS queue "
			      "sends what fails to its own dead-letter queue (redrive_policy)");
		return -1;
	}
	if (kind == 'f' && json_is_number(batch) && json_number_value(batch) > 10) {
		strbuf_addf(err, "batch_size %g is over 10, the most for a FIFO queue",
			    json_number_value(batch));
		return -1;
	}
	/* A queue by reference ('Q') may be FIFO, which takes no window but no
	 * batch over 10 either: AWS refuses such a batch without a window
	 * whichever it is, and the message says both. */
	if ((kind == 'q' || kind == 'Q') && json_is_number(batch) &&
	    json_number_value(batch) > 10 && !value_not_known(window) &&
	    (!json_is_number(window) || json_number_value(window) < 1)) {
		strbuf_addf(err, "batch_size %g over 10 for an SQS queue needs "
			    "maximum_batching_window_in_seconds of at least 1%s",
			    json_number_value(batch),
			    kind == 'Q' ? " (a standard queue's rule; a FIFO queue takes a batch of "
					  "at most 10)" : "");
		return -1;
	}
	return 0;
}

/* ---- a Lambda function in a VPC: its role manages network interfaces ---- */

static const char *const eni_actions[] = {
	"ec2:CreateNetworkInterface", "ec2:DescribeNetworkInterfaces",
	"ec2:DeleteNetworkInterface", NULL,
};
/* AWS managed policies that allow all three: the two the Lambda Developer
 * Guide names, and those that allow ec2:* or every action. */
static const char *const eni_managed[] = {
	"AWSLambdaVPCAccessExecutionRole", "AWSLambdaENIManagementAccess",
	"AdministratorAccess", "PowerUserAccess", "AmazonEC2FullAccess", NULL,
};

/* A vpc_config that places the function in a VPC: subnet_ids a list with an
 * element (known or not). One given whole by ${...} is not known yet. */
static bool in_a_vpc(const json_t *config)
{
	const json_t *vpc = json_object_get(config, "vpc_config");

	return value_known_object(vpc) &&
	       json_array_size(json_object_get(vpc, "subnet_ids")) > 0;
}

/* Across resources, against the role the stack gives a function
 * (checks/roles.h): it may manage the network interfaces of its VPC (a
 * warning). */

static void check_lambda_vpcs(const struct written_resource *rs, size_t n,
			      check_report_fn report, void *ctx)
{
	for (size_t i = 0; i < n; i++) {
		const char *first;
		size_t role;
		char msg[1024], also[400], list[300];

		if (strcmp(rs[i].type, "aws.lambda.function") || rs[i].repeated ||
		    !in_a_vpc(rs[i].config))
			continue;
		role = aws_written_named(rs, n, &rs[i],
					 json_string_value(json_object_get(rs[i].config, "role")),
					 "aws.iam.role", role_attrs);
		if (role == WRITTEN_NONE ||
		    !role_lacks(rs, n, role, eni_actions, eni_managed, "network interfaces", list,
				sizeof(list), also, sizeof(also), &first))
			continue;
		snprintf(msg, sizeof(msg),
			 "vpc_config: the function is in a VPC, but no policy the stack writes for "
			 "role \"%s\" allows %s%s: Lambda refuses to create or update a function "
			 "whose role cannot manage its network interfaces (attach "
			 "arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole "
			 "in managed_policy_arns)",
			 rs[role].name, list, also);
		report(ctx, &(struct check_finding){
			.warning = true, .which = i, .attr = "vpc_config", .other = role,
			.other_attr = "managed_policy_arns", .message = msg });
	}
}

/* ---- an event source mapping: its function's role reads the source ---- */

/* Lambda Developer Guide, "Using Lambda with Amazon SQS", "... Kinesis
 * Data Streams", "... DynamoDB" (Execution role permissions): what the
 * function's execution role must be allowed for Lambda to poll each kind
 * of source, and the AWS managed policies that allow all of it.
 * CreateEventSourceMapping refuses a role without them ("The provided
 * execution role does not have permissions to call ReceiveMessage on
 * SQS"; a stream: "Cannot access stream ARN. Please ensure the role can
 * perform the GetRecords, GetShardIterator, DescribeStream, ListShards,
 * and ListStreams Actions on your stream in IAM"): an error. */
static const char *const sqs_poll_actions[] = {
	"sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes", NULL,
};
static const char *const sqs_poll_managed[] = {
	"AWSLambdaSQSQueueExecutionRole", "AmazonSQSFullAccess", "AdministratorAccess",
	"PowerUserAccess", NULL,
};
static const char *const kinesis_poll_actions[] = {
	"kinesis:GetRecords", "kinesis:GetShardIterator", "kinesis:DescribeStream",
	"kinesis:ListShards", NULL,
};
/* Listed by the guide, not named by CreateEventSourceMapping's refusal:
 * a warning (Lambda may fail to read the stream at run time). */
static const char *const kinesis_poll_also[] = { "kinesis:DescribeStreamSummary", NULL };
static const char *const kinesis_poll_managed[] = {
	"AWSLambdaKinesisExecutionRole", "AmazonKinesisReadOnlyAccess", "AmazonKinesisFullAccess",
	"AdministratorAccess", "PowerUserAccess", NULL,
};
static const char *const dynamodb_poll_actions[] = {
	"dynamodb:GetRecords", "dynamodb:GetShardIterator", "dynamodb:DescribeStream",
	"dynamodb:ListStreams", NULL,
};
static const char *const dynamodb_poll_managed[] = {
	"AWSLambdaDynamoDBExecutionRole", "AmazonDynamoDBFullAccess",
	"AmazonDynamoDBReadOnlyAccess", "AdministratorAccess", "PowerUserAccess", NULL,
};
/* A queue encrypted with a key: Lambda decrypts what it receives with the
 * role (SQS Developer Guide, "Key management": a consumer needs
 * kms:Decrypt). Not checked at create: each poll fails, a warning. */
static const char *const decrypt_actions[] = { "kms:Decrypt", NULL };
static const char *const decrypt_managed[] = { "AdministratorAccess", "PowerUserAccess", NULL };

struct mapping_source {
	const char *what;      /* "SQS queue" */
	const char *type, *attr; /* the stack's resource the ARN names: aws.sqs.queue arn */
	const char *marker;    /* in an ARN as written: ":sqs:" */
	const char *const *actions, *const *managed;
	const char *policy;    /* the managed policy to suggest */
	const char *const *also; /* documented too, a warning when missing, or NULL */
};

static const struct mapping_source mapping_sources[] = {
	{ "SQS queue", "aws.sqs.queue", "arn", ":sqs:", sqs_poll_actions, sqs_poll_managed,
	  "AWSLambdaSQSQueueExecutionRole" },
	{ "Kinesis stream", "aws.kinesis.stream", "arn", ":kinesis:", kinesis_poll_actions,
	  kinesis_poll_managed, "AWSLambdaKinesisExecutionRole", kinesis_poll_also },
	{ "DynamoDB stream", "aws.dynamodb.table", "stream_arn", ":dynamodb:",
	  dynamodb_poll_actions, dynamodb_poll_managed, "AWSLambdaDynamoDBExecutionRole" },
};

static void check_mapping(const struct written_resource *rs, size_t n, size_t i,
			  check_report_fn report, void *ctx)
{
	const char *arn = json_string_value(json_object_get(rs[i].config, "event_source_arn"));
	const char *fn = json_string_value(json_object_get(rs[i].config, "function_name"));
	const struct mapping_source *src = NULL;
	size_t f, role, at = WRITTEN_NONE;
	char msg[1200], also[400], list[300];
	const char *first, *key;

	f = named_or_referenced(rs, n, &rs[i], fn, "aws.lambda.function", function_attrs,
				"function_name", "function:");
	if (!arn || f == WRITTEN_NONE)
		return;
	role = aws_written_named(rs, n, &rs[f],
				 json_string_value(json_object_get(rs[f].config, "role")),
				 "aws.iam.role", role_attrs);
	if (role == WRITTEN_NONE)
		return;
	for (size_t k = 0; k < sizeof(mapping_sources) / sizeof(mapping_sources[0]); k++) {
		const char *const attrs[] = { mapping_sources[k].attr, NULL };

		at = aws_written_named(rs, n, &rs[i], arn, mapping_sources[k].type, attrs);
		if (at != WRITTEN_NONE ||
		    (!strstr(arn, "${") && !strncmp(arn, "arn:", 4) &&
		     strstr(arn, mapping_sources[k].marker))) {
			src = &mapping_sources[k];
			break;
		}
	}
	if (!src)
		return;
	if (role_lacks(rs, n, role, src->actions, src->managed, src->what, list, sizeof(list),
		       also, sizeof(also), &first)) {
		snprintf(msg, sizeof(msg),
			 "event_source_arn: Lambda polls the %s%s%s as function \"%s\"'s role "
			 "\"%s\", but no policy the stack writes for it allows %s%s: "
			 "CreateEventSourceMapping refuses a role that cannot read its source "
			 "(attach arn:aws:iam::aws:policy/service-role/%s in managed_policy_arns, "
			 "or an inline policy {\"Effect\": \"Allow\", \"Action\": [\"%s\", ...], "
			 "\"Resource\": ...})",
			 src->what, at != WRITTEN_NONE ? " " : "",
			 at != WRITTEN_NONE ? rs[at].name : "", rs[f].name, rs[role].name, list,
			 also, src->policy, first);
		report(ctx, &(struct check_finding){
			.warning = false, .which = i, .attr = "event_source_arn", .other = role,
			.other_attr = "inline_policies", .message = msg });
	} else if (src->also &&
		   role_lacks(rs, n, role, src->also, src->managed, src->what, list, sizeof(list),
			      also, sizeof(also), &first)) {
		snprintf(msg, sizeof(msg),
			 "event_source_arn: Lambda polls the %s%s%s as function \"%s\"'s role "
			 "\"%s\", but no policy the stack writes for it allows %s%s, which the "
			 "Lambda Developer Guide lists: Lambda may fail to read it (attach "
			 "arn:aws:iam::aws:policy/service-role/%s in managed_policy_arns)",
			 src->what, at != WRITTEN_NONE ? " " : "",
			 at != WRITTEN_NONE ? rs[at].name : "", rs[f].name, rs[role].name, list,
			 also, src->policy);
		report(ctx, &(struct check_finding){
			.warning = true, .which = i, .attr = "event_source_arn", .other = role,
			.other_attr = "inline_policies", .message = msg });
	}
	/* An SQS queue of the stack whose visibility timeout is shorter than
	 * the function's timeout: CreateEventSourceMapping refuses it ("Queue
	 * visibility timeout: 30 seconds is less than Function timeout: 60
	 * seconds"; Lambda Developer Guide, "Using Lambda with Amazon SQS":
	 * the visibility timeout at least the function's timeout). Each as
	 * written, or its default (30 s, 3 s); not known yet: passes. */
	if (at != WRITTEN_NONE && !strcmp(src->type, "aws.sqs.queue")) {
		const json_t *vis = json_object_get(rs[at].config, "visibility_timeout_seconds");
		const json_t *tmo = json_object_get(rs[f].config, "timeout");
		double v = json_is_number(vis) ? json_number_value(vis) : 30;
		double t = json_is_number(tmo) ? json_number_value(tmo) : 3;

		if ((!vis || json_is_number(vis)) && (!tmo || json_is_number(tmo)) && v < t) {
			snprintf(msg, sizeof(msg),
				 "event_source_arn: queue \"%s\"'s visibility_timeout_seconds (%g%s) is "
				 "less than function \"%s\"'s timeout (%g%s): CreateEventSourceMapping "
				 "refuses it, as a message could be received again while the function "
				 "still works on it (make the visibility timeout at least %g)",
				 rs[at].name, v, vis ? "" : ", the default", rs[f].name, t,
				 tmo ? "" : ", the default", t);
			report(ctx, &(struct check_finding){
				.warning = false, .which = i, .attr = "event_source_arn",
				.other = at, .other_attr = "visibility_timeout_seconds",
				.message = msg });
		}
	}
	/* An SQS queue of the stack encrypted with a key of the stack. */
	key = at != WRITTEN_NONE && !strcmp(src->type, "aws.sqs.queue")
	      ? json_string_value(json_object_get(rs[at].config, "kms_master_key_id")) : NULL;
	if (key) {
		static const char *const key_attrs[] = { "arn", "key_id", "id", NULL };

		if (aws_written_named(rs, n, &rs[at], key, "aws.kms.key", key_attrs) ==
			    WRITTEN_NONE ||
		    !role_lacks(rs, n, role, decrypt_actions, decrypt_managed, "the queue's key",
				list, sizeof(list), also, sizeof(also), &first))
			return;
		snprintf(msg, sizeof(msg),
			 "event_source_arn: queue \"%s\" is encrypted with the stack's key (%s), "
			 "but no policy the stack writes for function \"%s\"'s role \"%s\" "
			 "allows kms:Decrypt%s: Lambda takes the mapping and every poll of the "
			 "queue fails (an inline policy {\"Effect\": \"Allow\", \"Action\": "
			 "\"kms:Decrypt\", \"Resource\": \"%s\"})",
			 rs[at].name, key, rs[f].name, rs[role].name, also, key);
		report(ctx, &(struct check_finding){
			.warning = true, .which = i, .attr = "event_source_arn", .other = role,
			.other_attr = "inline_policies", .message = msg });
	}
}

/* Across resources: an event source mapping's function's role may read its
 * source (an error). */

static void check_lambda_mappings(const struct written_resource *rs, size_t n,
				  check_report_fn report, void *ctx)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(rs[i].type, "aws.lambda.event_source_mapping") && !rs[i].repeated)
			check_mapping(rs, n, i, report, ctx);
}

/*
 * The Lambda rows of the one table of checks (checks/row.h), in the order
 * they run: a type's rows for single values before its rows for the whole
 * resource; aws_rules_tables (checks/tables.c) lists this table.
 */
#define LAMBDA "Lambda Developer Guide: Lambda runtimes; CreateFunction"
#define LAMBDA_ENV "Lambda API reference: Environment; Developer Guide: defined runtime " \
	"environment variables, Lambda quotas (4 KB)"

const struct aws_check_row aws_rules_lambda[] = {
	RULE("aws.lambda.function", "function_name", rule_lambda_function_name,
	     "Lambda CreateFunction FunctionName: a name is at most 64 characters"),
	RULE("aws.lambda.function", "runtime", rule_lambda_runtime, LAMBDA),
	RULE("aws.lambda.function", "environment", rule_lambda_environment, LAMBDA_ENV),
	RULE("aws.lambda.function", "s3_key", rule_s3_key, S3_KEYS),
	RULE("aws.lambda.function", "", rule_lambda_code_form,
	     "Lambda API reference: CreateFunction Code (FunctionCode)"),
	/* Deprecated runtimes, both families: a create past the block date is
	 * refused (an existing function's, a warning); one deprecated before
	 * it, a warning. */
	RULE_ON_CREATE_SINCE("aws.lambda.function", "", rule_lambda_function_runtime_created,
			     LAMBDA_DEPRECATED_SOURCE),
	RULE_ON_CREATE_SINCE("awscc.lambda.function", "", rule_lambda_function_runtime_created,
			     LAMBDA_DEPRECATED_SOURCE),
	WARN_RULE("aws.lambda.function", "", rule_lambda_function_runtime_deprecated,
		  LAMBDA_DEPRECATED_SOURCE),
	WARN_RULE("awscc.lambda.function", "", rule_lambda_function_runtime_deprecated,
		  LAMBDA_DEPRECATED_SOURCE),
	RULE("aws.lambda.layer_version", "compatible_runtimes", rule_lambda_runtimes, LAMBDA),
	RULE("aws.lambda.layer_version", "", rule_lambda_code_form,
	     "Lambda API reference: PublishLayerVersion Content (LayerVersionContentInput)"),
	RULE("aws.lambda.event_source_mapping", "starting_position_timestamp", rule_iso_time,
	     "Lambda API reference: CreateEventSourceMapping StartingPositionTimestamp (a time)"),
	RULE("aws.lambda.event_source_mapping", "", rule_lambda_event_source_mapping,
	     "Lambda API reference: CreateEventSourceMapping (StartingPosition, BatchSize, "
	     "MaximumBatchingWindowInSeconds, DestinationConfig, ScalingConfig)"),
	/* a RabbitMQ broker's virtual host: a list holding one is not sent
	 * changed by an update (terrace's sends the list only when it changed) */
	AWS_SAYS("lambda.update_virtual_host_unchanged", "aws.lambda.event_source_mapping",
		 AWS_CALL_UPDATE,
		 WHEN(COUNT_WHERE("source_access_configuration", 1, 1e300,
				  IS("type", "VIRTUAL_HOST"))),
		 THEN(UNCHANGED("source_access_configuration")),
		 "This property cannot be specified in an UpdateEventSourceMapping API call.",
		 "lambda UpdateEventSourceMapping SourceAccessConfigurations.Type"),
	AWS_SAYS("lambda.cfn_update_virtual_host_unchanged", "awscc.lambda.event_source_mapping",
		 AWS_CALL_UPDATE,
		 WHEN(COUNT_WHERE("source_access_configurations", 1, 1e300,
				  IS("type", "VIRTUAL_HOST"))),
		 THEN(UNCHANGED("source_access_configurations")),
		 "This property cannot be specified in an UpdateEventSourceMapping API call.",
		 "CloudFormation registry: AWS::Lambda::EventSourceMapping "
		 "SourceAccessConfiguration.Type"),
	/* AWS's words (checks/words/lambda.words), on the awscc types: what
	 * the registry's schemas describe but their keywords do not hold. */
	AWS_SAYS("lambda.cfn_pollers_not_with_scaling", "awscc.lambda.event_source_mapping",
		 AWS_CALL_ANY, WHEN(SET("scaling_config")), THEN(UNSET("provisioned_poller_config")),
		 "You cannot use ProvisionedPollerConfig while using ScalingConfig.",
		 "CloudFormation registry: AWS::Lambda::EventSourceMapping ScalingConfig"),
	AWS_SAYS("lambda.cfn_record_age_from_60", "awscc.lambda.event_source_mapping",
		 AWS_CALL_ANY,
		 WHEN(SET("maximum_record_age_in_seconds"),
		      IS_NOT("maximum_record_age_in_seconds", "-1")),
		 THEN(IN("maximum_record_age_in_seconds", 60, 604800)),
		 "The minimum valid value for maximum record age is 60s.",
		 "CloudFormation registry: AWS::Lambda::EventSourceMapping MaximumRecordAgeInSeconds"),
	AWS_SAYS("lambda.cfn_manual_runtime_version", "awscc.lambda.function", AWS_CALL_ANY,
		 WHEN(IS("runtime_management_config.update_runtime_on", "Manual")),
		 THEN(SET("runtime_management_config.runtime_version_arn")),
		 "This is only required if you're using the Manual runtime update mode.",
		 "CloudFormation registry: AWS::Lambda::Function RuntimeManagementConfig."
		 "RuntimeVersionArn"),
	/* A version's runtime policy is PutRuntimeManagementConfig's too (its
	 * create handler calls it). */
	AWS_SAYS("lambda.version_manual_runtime_version", "awscc.lambda.version",
		 AWS_CALL_ANY, WHEN(IS("runtime_policy.update_runtime_on", "Manual")),
		 THEN(SET("runtime_policy.runtime_version_arn")),
		 "This is only required if you're using the Manual runtime update mode.",
		 "lambda PutRuntimeManagementConfig RuntimeVersionArn"),
	/* A .zip package: Zip, or no package type (its default) with no image. */
	AWS_SAYS("lambda.cfn_zip_needs_runtime", "awscc.lambda.function", AWS_CALL_CREATE,
		 WHEN(ANY_OF(UNSET("package_type"), IS("package_type", "Zip")),
		      UNSET("code.image_uri")),
		 THEN(SET("runtime")),
		 "Runtime is required if the deployment package is a .zip file archive.",
		 "lambda CreateFunction Runtime"),
	AWS_SAYS("lambda.cfn_zip_needs_handler", "awscc.lambda.function", AWS_CALL_CREATE,
		 WHEN(ANY_OF(UNSET("package_type"), IS("package_type", "Zip")),
		      UNSET("code.image_uri")),
		 THEN(SET("handler")),
		 "Handler is required if the deployment package is a .zip file archive.",
		 "lambda CreateFunction Handler"),
	AWS_SAYS("lambda.cfn_sqs_minimum_pollers_from_2", "awscc.lambda.event_source_mapping",
		 AWS_CALL_ANY, WHEN(MATCHES("event_source_arn", "^arn:[a-z-]+:sqs:")),
		 THEN(IN("provisioned_poller_config.minimum_pollers", 2, 200)),
		 "For Amazon SQS events source mappings, default is 2, and minimum 2 required.",
		 "CloudFormation registry: AWS::Lambda::EventSourceMapping ProvisionedPollerConfig."
		 "MinimumPollers"),
	AWS_SAYS("lambda.cfn_sqs_maximum_pollers_from_2", "awscc.lambda.event_source_mapping",
		 AWS_CALL_ANY, WHEN(MATCHES("event_source_arn", "^arn:[a-z-]+:sqs:")),
		 THEN(IN("provisioned_poller_config.maximum_pollers", 2, 2000)),
		 "For Amazon SQS events source mappings, default is 200, and minimum value allowed "
		 "is 2.",
		 "CloudFormation registry: AWS::Lambda::EventSourceMapping ProvisionedPollerConfig."
		 "MaximumPollers"),
	/* Through the queue the mapping names ("->": what that resource of the
	 * stack writes, checks/words.c): its FIFO-ness, which neither a
	 * reference's value nor its kind tells (mapping_source). */
	AWS_SAYS("lambda.fifo_batch_up_to_10", "aws.lambda.event_source_mapping", AWS_CALL_ANY,
		 WHEN(IS("event_source_arn->fifo_queue", "true")), THEN(IN("batch_size", 1, 10)),
		 "Amazon Simple Queue Service - Default 10. For standard queues the max is 10,000. "
		 "For FIFO queues the max is 10.", "lambda CreateEventSourceMapping BatchSize"),
	AWS_SAYS("lambda.cfn_fifo_batch_up_to_10", "awscc.lambda.event_source_mapping",
		 AWS_CALL_ANY,
		 WHEN(IS("event_source_arn->fifo_queue", "true")), THEN(IN("batch_size", 1, 10)),
		 "Amazon Simple Queue Service - Default 10. For standard queues the max is 10,000. "
		 "For FIFO queues the max is 10.", "lambda CreateEventSourceMapping BatchSize"),
	AWS_SAYS("lambda.cfn_sqs_batch_over_10_needs_window", "awscc.lambda.event_source_mapping",
		 AWS_CALL_ANY,
		 WHEN(MATCHES("event_source_arn", "^arn:[a-z-]+:sqs:"), ABOVE("batch_size", 10)),
		 THEN(SET("maximum_batching_window_in_seconds"),
		      IN("maximum_batching_window_in_seconds", 1, 300)),
		 "For SQS event sources, when you set BatchSize to a value greater than 10, you must "
		 "set MaximumBatchingWindowInSeconds to at least 1.",
		 "CloudFormation registry: AWS::Lambda::EventSourceMapping "
		 "MaximumBatchingWindowInSeconds"),
	AWS_SAYS("lambda.cfn_signing_tag_keys_not_aws", "awscc.lambda.code_signing_config",
		 AWS_CALL_ANY, ALWAYS, THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", "^aws:")))),
		 "You can specify a value that is 1 to 128 Unicode characters in length and cannot "
		 "be prefixed with aws:.",
		 "CloudFormation registry: AWS::Lambda::CodeSigningConfig Tag.Key"),
	ACROSS_ROW("aws.lambda.function", check_lambda_vpcs,
		   "Lambda Developer Guide: giving functions access to a VPC (execution role permissions)"),
	ACROSS_ROW("aws.lambda.event_source_mapping", check_lambda_mappings,
		   "Lambda Developer Guide: event source mappings (execution role permissions)"),
	/* The roles its types give: each must trust the service (checks/roles.c
	 * runs these rows). */
	/* docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html;
	 * CreateFunction: InvalidParameterValueException "The role defined for
	 * the function cannot be assumed by Lambda". */
	ROLE_TRUST("aws.lambda.function", "role", NULL, "role", "lambda", true,
		   "Lambda refuses to create a function whose role it cannot assume",
		   "https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html"),
	{ NULL },
};
