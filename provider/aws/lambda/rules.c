/*
 * lambda/rules.c: the Lambda rules its models do not carry (rules.h):
 * runtimes, function names, environment variables, architectures and the
 * form of a function's code; what an event source mapping's source takes.
 */
#include <string.h>
#include <sys/stat.h>

#include "provider/aws/rules.h"
#include "provider/aws/rules_shared.h"
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

int rule_lambda_runtimes(const json_t *v, const json_t *r, struct strbuf *err)
{
	size_t i;
	const json_t *e;
	if (!json_is_array(v))
		return rule_lambda_runtime(v, r, err);
	json_array_foreach(v, i, e) {
		if (aws_rule_unknown(e))
			continue;
		if (rule_lambda_runtime(e, r, err)) {
			strbuf_prefixf(err, "item %zu: ", i);
			return -1;
		}
	}
	return 0;
}

/* Deprecated runtimes whose "block function create" date has passed
 * (Lambda runtimes page, "Deprecated runtimes"). */
int rule_lambda_runtime_for_create(const json_t *v, const json_t *r, struct strbuf *err)
{
	static const char *const blocked[] = {
		"python2.7", "python3.6", "python3.7", "nodejs", "nodejs4.3", "nodejs4.3-edge",
		"nodejs6.10", "nodejs8.10", "nodejs10.x", "nodejs12.x", "nodejs14.x",
		"dotnetcore1.0", "dotnetcore2.0", "dotnetcore2.1", "dotnetcore3.1", "dotnet5.0",
		"ruby2.5", "ruby2.7", "java8", "go1.x", "provided", NULL,
	};
	const char *s = json_string_value(v);
	(void)r;
	if (!s)
		return 0;
	for (size_t i = 0; blocked[i]; i++)
		if (!strcmp(s, blocked[i])) {
			strbuf_addf(err, "\"%s\" is deprecated: Lambda no longer creates functions "
				    "with it (e.g. \"python3.12\", \"nodejs20.x\", \"java21\", "
				    "\"provided.al2023\")", s);
			return -1;
		}
	return 0;
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
	if (!aws_known_object(v))
		return 0;
	json_object_foreach((json_t *)v, key, value) {
		size += utf8_length(key) + 6; /* "K":"V", */
		if (json_is_string(value) && !aws_rule_unknown(value))
			size += utf8_length(json_string_value(value));
		if (aws_rule_key_unknown(key))
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

/* Lambda CreateFunction Architectures: exactly one (an empty list reads back
 * as x86_64 and would plan a change for ever). */
int rule_lambda_architectures(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	if (json_is_array(v) && json_array_size(v) != 1) {
		strbuf_addstr(err, "must hold exactly one of \"x86_64\" and \"arm64\"");
		return -1;
	}
	return 0;
}

/* Lambda CreateFunction Code and PublishLayerVersion Content: a package
 * (terrace's source, build or python, sent as ZipFile) or an S3 object
 * (S3Bucket with S3Key, S3ObjectVersion with them only); a package is built
 * by build or by python, not both; with python, source is a folder (its
 * files go beside what pip installs: build_python.c). */
int rule_lambda_code_form(const json_t *v, const json_t *r, struct strbuf *err)
{
	bool source = is_set(v, "source") || is_set(v, "build") || is_set(v, "python");
	bool bucket = is_set(v, "s3_bucket");
	struct stat st;
	(void)r;
	if (is_set(v, "build") && is_set(v, "python")) {
		strbuf_addstr(err, "set build or python, not both");
		return -1;
	}
	if (is_set(v, "python") && aws_known_member(v, "source") &&
	    (stat(aws_known_member(v, "source"), &st) || !S_ISDIR(st.st_mode))) {
		strbuf_addf(err, "with python, source must be a folder (its files are copied beside "
			    "the packages pip installs), not %s", aws_known_member(v, "source"));
		return -1;
	}
	if (source == bucket) {
		strbuf_addstr(err, "set exactly one of source (or build, or python) and s3_bucket "
			      "(with s3_key)");
		return -1;
	}
	if (bucket != is_set(v, "s3_key")) {
		strbuf_addstr(err, "s3_bucket and s3_key go together");
		return -1;
	}
	if (source && is_set(v, "s3_object_version")) {
		strbuf_addstr(err, "s3_object_version goes with s3_bucket and s3_key, not source");
		return -1;
	}
	return 0;
}

/* ---- Event source mappings -------------------------------------------------- */

/* The kind of source an event source mapping's ARN names: 'q' an SQS queue
 * ('f' a FIFO one), 'k' a Kinesis stream, 'd' a DynamoDB stream, 't' a
 * DynamoDB table that is not its stream, '?' another service, 0 unknown. */
static char mapping_source(const json_t *arn)
{
	const char *s = aws_known_string(arn);
	size_t n;

	if (!s)
		return 0;
	n = strlen(s);
	if (!strncmp(s, "arn:", 4) && strstr(s, ":sqs:"))
		return n > 5 && !strcmp(s + n - 5, ".fifo") ? 'f' : 'q';
	if (!strncmp(s, "arn:", 4) && strstr(s, ":kinesis:") && strstr(s, ":stream/"))
		return 'k';
	if (!strncmp(s, "arn:", 4) && strstr(s, ":dynamodb:"))
		return strstr(s, "/stream/") ? 'd' : 't';
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
 * ScalingConfig "(Amazon SQS only)". The sources terrace maps: SQS,
 * Kinesis and DynamoDB streams (the others need settings it does not
 * send: Topics, Queues, DocumentDBEventSourceConfig). */
int rule_lambda_event_source_mapping(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *arn = json_object_get(v, "event_source_arn");
	const json_t *pos = json_object_get(v, "starting_position");
	const json_t *at = json_object_get(v, "starting_position_timestamp");
	const json_t *batch = json_object_get(v, "batch_size");
	const json_t *window = json_object_get(v, "maximum_batching_window_in_seconds");
	const char *p = aws_known_string(pos);
	char kind = mapping_source(arn);
	bool sqs = kind == 'q' || kind == 'f';

	(void)r;
	if (p && !strcmp(p, "AT_TIMESTAMP") && !value_is_set(at)) {
		strbuf_addstr(err, "starting_position AT_TIMESTAMP needs "
			      "starting_position_timestamp (RFC 3339, e.g. 2026-01-01T00:00:00Z)");
		return -1;
	}
	if (!kind)
		return 0;
	if (kind == '?' || kind == 't') {
		strbuf_addf(err, "event_source_arn \"%s\" is %s: terrace maps an SQS queue, a "
			    "Kinesis stream or a DynamoDB stream (a table's stream_arn)",
			    aws_known_string(arn),
			    kind == 't' ? "a DynamoDB table, not its stream" : "no such source");
		return -1;
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
	if (kind == 'q' && json_is_number(batch) && json_number_value(batch) > 10 &&
	    !aws_rule_unknown(window) &&
	    (!json_is_number(window) || json_number_value(window) < 1)) {
		strbuf_addf(err, "batch_size %g over 10 for an SQS queue needs "
			    "maximum_batching_window_in_seconds of at least 1",
			    json_number_value(batch));
		return -1;
	}
	return 0;
}
