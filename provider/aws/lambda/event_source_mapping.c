/*
 * lambda/event_source_mapping.c: the resource type
 * aws.lambda.event_source_mapping, Lambda polling an SQS queue, a Kinesis
 * stream, a DynamoDB stream or an Amazon MQ broker's queue and invoking a
 * function with batches of what it reads (batch size and window, filters,
 * partial batch responses, SQS's maximum concurrency, a stream's starting
 * position and failure destination, a broker's queue and the secret it is
 * read with, the mapping's own metrics), over Lambda's rest-json protocol
 * (lambda/api.h). Its id is the mapping's UUID, which
 * CreateEventSourceMapping answers (Terraform's import id).
 *
 * A mapping is asynchronous: CreateEventSourceMapping answers while it is
 * Creating, UpdateEventSourceMapping while Updating (Enabling, Disabling),
 * DeleteEventSourceMapping while Deleting; each waits for Enabled or
 * Disabled, or for it to be gone, bounded by mapping_poll (below). A
 * Deleting mapping reads as gone.
 *
 * Exactly once: the create has no client token, but Lambda takes one
 * mapping per function and source (CreateEventSourceMapping refuses a
 * second with ResourceConflictException, "... provided mapping already
 * exists. Please update or delete the existing mapping with UUID ..."), so
 * a create that meets it looks the pair up (ListEventSourceMappings by
 * EventSourceArn and FunctionName) and adopts the mapping only when it
 * carries this stack's tags, which the create sets with it (the contract's
 * AWS_ADOPT_BY_NAME_AND_TAGS, provider/aws/adopt.h).
 *
 * What read() reports: function_name as the stack wrote it while it names
 * the mapped function (its name or its ARN; a hash of it in the state, when
 * made from a sensitive value, is matched), else the function's ARN;
 * starting_position_timestamp as the stack wrote it while it is the same
 * instant, else as RFC 3339 UTC; filter_criteria, scaling_config and
 * destination_config and metrics_config only when the mapping has them; function_response_types,
 * queues and source_access_configuration [] when none (their default: a
 * mapping made before the last two were written plans no change).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "provider/aws/adopt.h"
#include "provider/aws/lambda/api.h"
#include "provider/aws/listing.h"
#include "provider/aws/resources.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

#define TYPE_NAME "aws.lambda.event_source_mapping"
#define MAPPINGS_PATH "/2015-03-31/event-source-mappings"

static const char *const not_found[] = { "ResourceNotFoundException", NULL };
static const char *const settled[] = { "Enabled", "Disabled", NULL };

static const struct attr_schema filter_attrs[] = {
	{ .name = "pattern", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "an event pattern as JSON text, e.g. {\"body\": {\"kind\": [\"csv\"]}}; "
			 "records that match none of the filters are dropped" },
	{ .name = NULL },
};

static const struct attr_schema criteria_attrs[] = {
	{ .name = "filter", .type = ATTR_OBJECT_LIST, .flags = ATTR_REQUIRED,
	  .description = "up to 5 filters (pattern); a record is kept when one matches",
	  .nested = filter_attrs },
	{ .name = NULL },
};

static const struct attr_schema scaling_attrs[] = {
	{ .name = "maximum_concurrency", .type = ATTR_NUMBER, .flags = ATTR_REQUIRED,
	  .description = "the most concurrent invocations of the function for an SQS source, "
			 "2 to 1000" },
	{ .name = NULL },
};

static const struct attr_schema metrics_attrs[] = {
	{ .name = "metrics", .type = ATTR_LIST, .flags = ATTR_REQUIRED, .elem_type = ATTR_STRING,
	  .description = "the mapping's metrics CloudWatch gets, e.g. [EventCount]" },
	{ .name = NULL },
};

static const struct attr_schema on_failure_attrs[] = {
	{ .name = "destination_arn", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "an SQS queue, SNS topic or S3 bucket ARN that gets a record of each "
			 "discarded batch" },
	{ .name = NULL },
};

static const struct attr_schema destination_attrs[] = {
	{ .name = "on_failure", .type = ATTR_OBJECT, .flags = ATTR_REQUIRED,
	  .description = "where a discarded batch is recorded: destination_arn",
	  .nested = on_failure_attrs },
	{ .name = NULL },
};

static const struct attr_schema access_attrs[] = {
	{ .name = "type", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "BASIC_AUTH (a Secrets Manager secret's ARN holding the broker user's "
			 "username and password), VIRTUAL_HOST (a RabbitMQ virtual host, e.g. /), "
			 "or another of Lambda's SourceAccessConfiguration types" },
	{ .name = "uri", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the secret's ARN for BASIC_AUTH, the virtual host's name for "
			 "VIRTUAL_HOST" },
	{ .name = NULL },
};

static const struct attr_schema mapping_attrs[] = {
	{ .name = "event_source_arn", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "what Lambda reads: an SQS queue's ARN, a Kinesis stream's ARN, a "
			 "DynamoDB table's stream_arn or an Amazon MQ broker's ARN, e.g. "
			 "${landing_queue.arn}" },
	{ .name = "function_name", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the function invoked: its name or ARN, e.g. ${ingest.function_name}" },
	{ .name = "batch_size", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "most records in one invocation: SQS 1-10000 (10 by default; a FIFO "
			 "queue at most 10), Kinesis and DynamoDB 1-10000 (100 by default)" },
	{ .name = "maximum_batching_window_in_seconds", .type = ATTR_NUMBER,
	  .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "seconds Lambda gathers records before invoking, 0 to 300 (an SQS "
			 "batch_size above 10 needs at least 1)" },
	{ .name = "enabled", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL, .default_json = "true",
	  .description = "whether Lambda polls the source (false pauses the mapping)" },
	{ .name = "starting_position", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "where a stream is first read: TRIM_HORIZON, LATEST or AT_TIMESTAMP "
			 "(streams only, and required for them)" },
	{ .name = "starting_position_timestamp", .type = ATTR_STRING,
	  .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "the time AT_TIMESTAMP starts from, RFC 3339 (e.g. "
			 "2026-01-01T00:00:00Z)" },
	{ .name = "filter_criteria", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL,
	  .description = "the records invoked with: filter (pattern), up to 5",
	  .nested = criteria_attrs },
	{ .name = "function_response_types", .type = ATTR_LIST, .flags = ATTR_OPTIONAL,
	  .elem_type = ATTR_STRING, .default_json = "[]",
	  .description = "[ReportBatchItemFailures]: the function answers which records "
			 "failed, and only those are retried" },
	{ .name = "scaling_config", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL,
	  .description = "an SQS source's maximum_concurrency", .nested = scaling_attrs },
	{ .name = "destination_config", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL,
	  .description = "a stream's on_failure destination (Kinesis and DynamoDB only)",
	  .nested = destination_attrs },
	{ .name = "metrics_config", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL,
	  .description = "the mapping's own CloudWatch metrics: metrics, e.g. [EventCount]",
	  .nested = metrics_attrs },
	{ .name = "queues", .type = ATTR_LIST, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .elem_type = ATTR_STRING, .default_json = "[]",
	  .description = "an Amazon MQ source's queue to read, one name (MQ sources only)" },
	{ .name = "source_access_configuration", .type = ATTR_OBJECT_LIST, .flags = ATTR_OPTIONAL,
	  .default_json = "[]",
	  .description = "how Lambda reaches an Amazon MQ source: BASIC_AUTH with the "
			 "credentials' secret (required for MQ), VIRTUAL_HOST (type, uri)",
	  .nested = access_attrs },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "mapping tags", .default_json = "{}" },
	{ .name = "uuid", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the mapping's id, which Lambda gives it" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "arn:aws:lambda:REGION:ACCOUNT:event-source-mapping:UUID" },
	{ .name = "function_arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the ARN of the function invoked" },
	{ .name = "state", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the mapping's state as Lambda reports it (Enabled, Disabled, "
			 "Creating, Updating, ...)" },
	{ .name = "state_transition_reason", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "why the mapping is in its state, as Lambda says (\"User action\")" },
	{ .name = NULL },
};

static char *mapping_path(const char *uuid)
{
	return xasprintf(MAPPINGS_PATH "/%s", uuid);
}

/* Lambda API reference, CreateEventSourceMapping, Update... and Delete...:
 * each answers 202 Accepted with the mapping's State "Creating",
 * "Updating" (or "Enabling", "Disabling") or "Deleting"; it is "Enabled"
 * or "Disabled" when done, or gone after a delete. Terraform allows 10
 * minutes for each. */
static const struct aws_poll mapping_poll = { .timeout_s = 600.0, .interval_s = 1.0 };

/* A mapping Enabled or Disabled after its create or update; gone after its
 * delete. */
const struct aws_waiter mapping_settled = {
	.what = "event source mapping %s to be Enabled or Disabled", .service = &aws_service_lambda,
	.operation = "GetEventSourceMapping",
	.path = MAPPINGS_PATH "/%s", .status_path = "State", .reason_path = "StateTransitionReason",
	.done = settled, .gone = not_found, .poll = &mapping_poll,
};
const struct aws_waiter mapping_gone = {
	.what = "event source mapping %s to be deleted", .service = &aws_service_lambda,
	.operation = "GetEventSourceMapping",
	.path = MAPPINGS_PATH "/%s", .status_path = "State", .reason_path = "StateTransitionReason",
	.gone = not_found, .gone_is_done = true, .poll = &mapping_poll,
};

/* Whether `given` (a function_name as written) names the function of
 * function_arn, arn:aws:lambda:REGION:ACCOUNT:function:NAME[:QUALIFIER]:
 * the ARN itself, or what follows function: (NAME, or NAME:QUALIFIER for a
 * mapping of a version or alias). */
static bool names_function(const char *given, const char *function_arn)
{
	const char *p = function_arn ? strstr(function_arn, ":function:") : NULL;

	if (!given || !function_arn)
		return false;
	return !strcmp(given, function_arn) || (p && !strcmp(given, p + strlen(":function:")));
}

/* What read() reports as function_name: as written while it names the
 * mapped function (prior's, which the state keeps only as a hash when it was
 * made from a sensitive value: then the name or NAME:QUALIFIER it matches),
 * else the function's ARN. */
static const char *written_function(const json_t *prior_fn, const char *function_arn)
{
	const char *given = json_string_value(prior_fn);
	const char *tail = function_arn ? strstr(function_arn, ":function:") : NULL;
	json_t *t;
	bool match;

	if (given)
		return names_function(given, function_arn) ? given : function_arn;
	if (!tail || !value_is_hashed(prior_fn))
		return function_arn;
	tail += strlen(":function:");
	t = json_string(tail);
	match = value_matches_stored(t, prior_fn);
	json_decref(t);
	return match ? tail : function_arn;
}

/* A time as RFC 3339 UTC text. */

/* The answer's filters as filter_criteria, or NULL when it has none. */
static json_t *criteria_of(const json_t *fc)
{
	json_t *list = json_array(), *f;
	size_t i;

	json_array_foreach(value_get(fc, "Filters"), i, f)
		json_array_append_new(list, json_pack("{s:s}", "pattern",
						      value_get_string_or(f, "Pattern", "")));
	if (!json_array_size(list)) {
		json_decref(list);
		return NULL;
	}
	return json_pack("{s:o}", "filter", list);
}

/* The answer's SourceAccessConfigurations as source_access_configuration
 * ([] when it has none). */
static json_t *access_of(const json_t *list)
{
	json_t *out = json_array(), *a;
	size_t i;

	json_array_foreach(list, i, a)
		json_array_append_new(out, json_pack("{s:s,s:s}", "type",
						     value_get_string_or(a, "Type", ""), "uri",
						     value_get_string_or(a, "URI", "")));
	return out;
}

/* What GetEventSourceMapping answered, as the schema's attributes. */
static json_t *mapping_attrs_of(const json_t *m, const json_t *prior, json_t *tags)
{
	json_t *o = json_object(), *v;
	const char *fn_arn = value_get_string(m, "FunctionArn");
	const char *state = value_get_string_or(m, "State", "");
	const char *dest = value_get_string(value_get(value_get(m, "DestinationConfig"),
							 "OnFailure"), "Destination");

	json_object_set_new(o, "uuid", lambda_string_or_null(m, "UUID"));
	json_object_set_new(o, "arn", lambda_string_or_null(m, "EventSourceMappingArn"));
	json_object_set_new(o, "function_arn", lambda_string_or_null(m, "FunctionArn"));
	json_object_set_new(o, "state", lambda_string_or_null(m, "State"));
	json_object_set_new(o, "state_transition_reason",
			    lambda_string_or_null(m, "StateTransitionReason"));
	json_object_set_new(o, "event_source_arn", lambda_string_or_null(m, "EventSourceArn"));
	json_object_set_new(o, "function_name",
			    json_string(fn_arn ? written_function(value_get(prior, "function_name"),
								  fn_arn) : ""));
	json_object_set_new(o, "batch_size", lambda_number_or_null(m, "BatchSize"));
	json_object_set_new(o, "maximum_batching_window_in_seconds",
			    json_integer(value_get_integer(m, "MaximumBatchingWindowInSeconds", 0)));
	json_object_set_new(o, "enabled", json_boolean(strcmp(state, "Disabled") &&
						       strcmp(state, "Disabling")));
	if (value_get_string(m, "StartingPosition"))
		json_object_set_new(o, "starting_position",
				    lambda_string_or_null(m, "StartingPosition"));
	v = value_get(m, "StartingPositionTimestamp");
	if (value_is_set(v)) {
		time_t at = aws_time_of(v), had;
		const char *written = value_get_string(prior, "starting_position_timestamp");

		json_object_set_new(o, "starting_position_timestamp",
				    written && !aws_parse_timestamp(written, &had) && had == at
				    ? json_string(written) : value_utc_timestamp(at));
	}
	v = criteria_of(value_get(m, "FilterCriteria"));
	if (v)
		json_object_set_new(o, "filter_criteria", v);
	json_object_set_new(o, "function_response_types",
			    json_is_array(value_get(m, "FunctionResponseTypes"))
			    ? json_deep_copy(value_get(m, "FunctionResponseTypes")) : json_array());
	if (value_is_set(value_get(value_get(m, "ScalingConfig"), "MaximumConcurrency")))
		json_object_set_new(o, "scaling_config",
				    json_pack("{s:O}", "maximum_concurrency",
					      value_get(value_get(m, "ScalingConfig"),
							"MaximumConcurrency")));
	if (dest && *dest)
		json_object_set_new(o, "destination_config",
				    json_pack("{s:{s:s}}", "on_failure", "destination_arn", dest));
	v = value_get(value_get(m, "MetricsConfig"), "Metrics");
	if (json_array_size(v))
		json_object_set_new(o, "metrics_config", json_pack("{s:O}", "metrics", v));
	json_object_set_new(o, "queues", json_is_array(value_get(m, "Queues"))
					 ? json_deep_copy(value_get(m, "Queues")) : json_array());
	json_object_set_new(o, "source_access_configuration",
			    access_of(value_get(m, "SourceAccessConfigurations")));
	json_object_set_new(o, "tags", tags ? tags : json_object());
	return o;
}

/* GetEventSourceMapping: *doc the answer, NULL when the mapping is gone. */
static int get_mapping(struct aws_client *c, const char *uuid, json_t **doc,
		       struct strbuf *err)
{
	char *path = mapping_path(uuid);
	int rc = lambda_get_or_gone(c, "GetEventSourceMapping", path, doc, err);

	free(path);
	return rc;
}

static int mapping_read(void *client, const char *id, const json_t *prior, json_t **out,
			struct strbuf *err)
{
	struct aws_client *c = client;
	json_t *m = NULL, *tags = NULL;
	const char *state;

	*out = NULL;
	if (get_mapping(c, id, &m, err))
		return -1;
	state = value_get_string(m, "State");
	if (!m || (state && !strcmp(state, "Deleting"))) {
		json_decref(m);
		return 0;
	}
	if (lambda_get_tags(c, value_get_string_or(m, "EventSourceMappingArn", ""), &tags, err)) {
		json_decref(m);
		return -1;
	}
	*out = mapping_attrs_of(m, prior, tags);
	json_decref(m);
	return 0;
}

/* The settings CreateEventSourceMapping and UpdateEventSourceMapping share,
 * added to `in`. `have`: an update's mapping as read, whose FilterCriteria,
 * ScalingConfig or DestinationConfig the stack no longer has is sent empty
 * to take it away (NULL for a create). */
static void add_settings(json_t *in, const json_t *desired, const json_t *have)
{
	const json_t *fc = value_get(desired, "filter_criteria");
	const json_t *sc = value_get(desired, "scaling_config");
	const char *dest = value_get_string(value_get(value_get(desired, "destination_config"),
							 "on_failure"), "destination_arn");
	const json_t *access = value_get(desired, "source_access_configuration");
	const json_t *metrics = value_get(desired, "metrics_config");

	json_object_set_new(in, "FunctionName",
			    json_string(value_get_string_or(desired, "function_name", "")));
	json_object_set_new(in, "Enabled",
			    json_boolean(!json_is_false(value_get(desired, "enabled"))));
	if (value_is_set(value_get(desired, "batch_size")))
		json_object_set(in, "BatchSize", value_get(desired, "batch_size"));
	if (value_is_set(value_get(desired, "maximum_batching_window_in_seconds")))
		json_object_set(in, "MaximumBatchingWindowInSeconds",
				value_get(desired, "maximum_batching_window_in_seconds"));
	if (json_is_object(fc)) {
		json_t *filters = json_array(), *f;
		size_t i;

		json_array_foreach(value_get(fc, "filter"), i, f)
			json_array_append_new(filters,
					      json_pack("{s:s}", "Pattern",
							value_get_string_or(f, "pattern", "")));
		json_object_set_new(in, "FilterCriteria", json_pack("{s:o}", "Filters", filters));
	} else if (value_is_set(value_get(have, "filter_criteria"))) {
		json_object_set_new(in, "FilterCriteria", json_pack("{s:[]}", "Filters"));
	}
	/* none is not sent (as Terraform sends none), unless an update takes
	 * the mapping's away */
	if (json_array_size(value_get(desired, "function_response_types")) ||
	    json_array_size(value_get(have, "function_response_types")))
		json_object_set_new(in, "FunctionResponseTypes",
				    json_is_array(value_get(desired, "function_response_types"))
				    ? json_deep_copy(value_get(desired, "function_response_types"))
				    : json_array());
	if (json_is_object(sc))
		json_object_set_new(in, "ScalingConfig",
				    json_pack("{s:O}", "MaximumConcurrency",
					      value_get(sc, "maximum_concurrency")));
	else if (value_is_set(value_get(have, "scaling_config")))
		json_object_set_new(in, "ScalingConfig", json_object());
	if (dest)
		json_object_set_new(in, "DestinationConfig",
				    json_pack("{s:{s:s}}", "OnFailure", "Destination", dest));
	else if (value_is_set(value_get(have, "destination_config")))
		json_object_set_new(in, "DestinationConfig",
				    json_pack("{s:{s:s}}", "OnFailure", "Destination", ""));
	if (json_is_object(metrics))
		json_object_set_new(in, "MetricsConfig",
				    json_pack("{s:O}", "Metrics", value_get(metrics, "metrics")));
	else if (value_is_set(value_get(have, "metrics_config")))
		json_object_set_new(in, "MetricsConfig", json_pack("{s:[]}", "Metrics"));
	/* an update sends the list only when it changed (as hashicorp/aws):
	 * a RabbitMQ broker's VIRTUAL_HOST "cannot be specified in an
	 * UpdateEventSourceMapping API call", so resending it with every
	 * other change would be refused (lambda.update_virtual_host_unchanged) */
	const json_t *had = value_get(have, "source_access_configuration");
	if (have ? json_array_size(access) + json_array_size(had) &&
		   !json_equal((json_t *)access, (json_t *)had)
		 : json_array_size(access)) {
		json_t *list = json_array(), *a;
		size_t i;

		json_array_foreach(access, i, a)
			json_array_append_new(list, json_pack("{s:s,s:s}", "Type",
							      value_get_string_or(a, "type", ""),
							      "URI",
							      value_get_string_or(a, "uri", "")));
		json_object_set_new(in, "SourceAccessConfigurations", list);
	}
}

/* A mapping being created or changed takes no other change
 * (ResourceInUseException): wait until it is Enabled or Disabled. */
static int mapping_settle(struct aws_client *c, const char *uuid, struct strbuf *err)
{
	return aws_waiter_run(c, &mapping_settled, uuid, err);
}

/* From `have` (the mapping as mapping_read gives it), every setting of
 * mapping uuid to desired once it has settled, its tags too, each waited
 * settled, then read back (aws_converge_fn). */
static int mapping_converge(struct aws_client *c, const char *uuid, const json_t *have,
			    const json_t *desired, json_t **out, struct strbuf *err)
{
	json_t *in = json_object();
	const json_t *want_tags = value_get(desired, "tags");
	char *path = mapping_path(uuid);
	struct aws_response resp;
	int rc;

	*out = NULL;
	rc = mapping_settle(c, uuid, err);
	if (!rc) {
		add_settings(in, desired, have);
		rc = lambda_call(c, "UpdateEventSourceMapping", "PUT", path, NULL, in, NULL, &resp,
				 err);
		aws_response_free(&resp);
	}
	json_decref(in);
	free(path);
	if (!rc)
		rc = mapping_settle(c, uuid, err);
	if (!rc)
		rc = lambda_converge_tags(c, value_get_string_or(have, "arn", ""),
					  value_get(have, "tags"), want_tags, err);
	if (rc)
		return -1;
	return aws_read_written(mapping_read, c, uuid, desired, out, err,
				TYPE_NAME ": mapping %s was written but GetEventSourceMapping "
				"does not find it", uuid);
}

/* The UUID of the mapping of function and source: ListEventSourceMappings
 * filtered on both gives at most one (Lambda takes one a pair). */
static int find_pair(struct aws_client *c, const char *source, const char *function,
		     char **uuid, struct strbuf *err)
{
	struct strbuf query = STRBUF_INIT;
	struct aws_response resp;
	json_t *page = NULL;
	const char *found;
	int rc;

	*uuid = NULL;
	strbuf_addstr(&query, "EventSourceArn=");
	sigv4_uri_encode(&query, source, strlen(source), false);
	strbuf_addstr(&query, "&FunctionName=");
	sigv4_uri_encode(&query, function, strlen(function), false);
	rc = lambda_call(c, "ListEventSourceMappings", "GET", MAPPINGS_PATH, query.buf, NULL,
			 &page, &resp, err);
	aws_response_free(&resp);
	strbuf_release(&query);
	found = value_get_string(json_array_get(value_get(page, "EventSourceMappings"), 0),
				   "UUID");
	if (!rc && found)
		*uuid = xstrdup(found);
	json_decref(page);
	return rc ? -1 : 0;
}

/*
 * A create refused as a mapping of the pair already there: the adopt
 * policy takes it when a lost answer of this create made it (may_exist or
 * a resend: then, and only then, its UUID is looked up here) and it carries
 * this stack's tags. 0 with sent set, or -1.
 */
static int pair_found(struct aws_client *c, const json_t *desired,
		      const struct create_call *call, int attempts, struct aws_sent *sent,
		      struct strbuf *err)
{
	const char *source = value_get_string_or(desired, "event_source_arn", "");
	const char *function = value_get_string_or(desired, "function_name", "");
	char *uuid = NULL;

	sent->exists = true;
	sent->attempts = attempts;
	snprintf(sent->why, sizeof(sent->why),
		 "lambda CreateEventSourceMapping: ResourceConflictException");
	snprintf(sent->named, sizeof(sent->named), "of %s to %s", source, function);
	if (!(call && call->may_exist) && attempts <= 1)
		return 0; /* refused by the policy, nothing looked up */
	if (find_pair(c, source, function, &uuid, err))
		return -1;
	if (!uuid) {
		strbuf_addf(err, TYPE_NAME ": CreateEventSourceMapping says a mapping of %s to %s "
			    "exists but ListEventSourceMappings does not find it", source, function);
		return -1;
	}
	snprintf(sent->named, sizeof(sent->named), "%s of %s to %s", uuid, source, function);
	sent->id = uuid;
	return 0;
}

/* CreateEventSourceMapping, and the wait until the mapping it made has
 * settled. */
static int mapping_send(struct aws_client *c, const json_t *desired,
			const struct create_call *call, struct aws_sent *sent, struct strbuf *err)
{
	const char *source = value_get_string(desired, "event_source_arn");
	const char *position = value_get_string(desired, "starting_position");
	const char *at = value_get_string(desired, "starting_position_timestamp");
	const json_t *tags = value_get(desired, "tags");
	json_t *in = json_object(), *answer = NULL;
	struct aws_response resp;
	const char *uuid;
	int rc;

	if (!source || !value_get_string(desired, "function_name")) {
		json_decref(in);
		strbuf_addstr(err, TYPE_NAME ": event_source_arn and function_name have no value "
			      "to send");
		return -1;
	}
	json_object_set_new(in, "EventSourceArn", json_string(source));
	add_settings(in, desired, NULL);
	if (json_array_size(value_get(desired, "queues")))
		json_object_set(in, "Queues", (json_t *)value_get(desired, "queues"));
	if (position)
		json_object_set_new(in, "StartingPosition", json_string(position));
	if (at) {
		time_t t;

		if (aws_parse_timestamp(at, &t)) {
			json_decref(in);
			strbuf_addf(err, TYPE_NAME ": starting_position_timestamp \"%s\" is not an "
				    "RFC 3339 time", at);
			return -1;
		}
		json_object_set_new(in, "StartingPositionTimestamp", json_integer((json_int_t)t));
	}
	if (json_object_size(tags))
		json_object_set(in, "Tags", (json_t *)tags);
	rc = lambda_call(c, "CreateEventSourceMapping", "POST", MAPPINGS_PATH, NULL, in, &answer,
			 &resp, err);
	json_decref(in);
	if (rc && resp.status == 409 && lambda_error_is(&resp, "ResourceConflictException")) {
		int attempts = resp.attempts;

		aws_response_free(&resp);
		strbuf_reset(err);
		json_decref(answer);
		return pair_found(c, desired, call, attempts, sent, err);
	}
	aws_response_free(&resp);
	uuid = value_get_string(answer, "UUID");
	if (rc || !uuid) {
		if (!rc)
			strbuf_addstr(err, TYPE_NAME ": CreateEventSourceMapping answered no UUID");
		json_decref(answer);
		return -1;
	}
	sent->id = xstrdup(uuid);
	json_decref(answer);
	create_call_made(call, sent->id);
	return mapping_settle(c, sent->id, err);
}

/*
 * Create and update (the contract, provider/aws/adopt.h): an update
 * converges from a live read (GetEventSourceMapping and its tags), waiting
 * first until the mapping takes changes. `prior` is not used (neither
 * exception: the UUID addresses the mapping).
 */
static const struct aws_native_ops mapping_native = {
	.send_create = mapping_send,
	.adopt = { .by = AWS_ADOPT_BY_NAME_AND_TAGS, .noun = "function or source",
		   .object = "an event source mapping %s", .settle = mapping_settle },
	.converge = mapping_converge,
	.read = mapping_read,
	.created_shape = AWS_SHAPE_DESIRED,
	.update_shape = AWS_SHAPE_DESIRED,
	.made_missing = TYPE_NAME ": mapping %s was created but GetEventSourceMapping does not "
			"find it",
	.gone = TYPE_NAME ": mapping %s is in the state but GetEventSourceMapping does not "
		"find it",
};

AWS_NATIVE_FUNCTIONS(mapping, mapping_native)

static int mapping_delete(void *client, const char *id, const json_t *prior,
			  struct strbuf *err)
{
	char *path = mapping_path(id);
	struct aws_response resp;
	int rc;

	(void)prior;
	rc = lambda_call(client, "DeleteEventSourceMapping", "DELETE", path, NULL, NULL, NULL,
			 &resp, err);
	if (rc && resp.status == 404 && lambda_error_is(&resp, "ResourceNotFoundException")) {
		strbuf_reset(err);
		rc = 0;
	}
	aws_response_free(&resp);
	free(path);
	if (rc)
		return -1;
	return aws_waiter_run(client, &mapping_gone, id, err);
}

/* For sweep (listing.h): ListEventSourceMappings gives UUIDs; tags come
 * from read(). */
static const struct aws_rest_listing mapping_listing = {
	&aws_service_lambda, "ListEventSourceMappings", MAPPINGS_PATH, NULL, "UUID", NULL,
	"LastModified",
};

static int mapping_list(void *client, const struct resource_query *q,
			struct resource_items *out, struct strbuf *err)
{
	return aws_list_rest(client, &mapping_listing, q, out, err);
}

const struct resource_type aws_lambda_event_source_mapping_type = {
	.name = TYPE_NAME,
	.description = "Lambda reading an SQS queue, a Kinesis stream, a DynamoDB stream or an "
		       "Amazon MQ broker's queue and invoking a function with batches of it",
	.attrs = mapping_attrs,
	.terraform_type = "aws_lambda_event_source_mapping",
	.terraform_attrs = "event_source_arn function_name batch_size "
			   "maximum_batching_window_in_seconds enabled starting_position "
			   "starting_position_timestamp filter_criteria function_response_types "
			   "scaling_config destination_config metrics_config queues "
			   "source_access_configuration "
			   "tags uuid arn function_arn",
	.read = mapping_read,
	.create = mapping_create,
	.update = mapping_update,
	.native = &mapping_native,
	.delete = mapping_delete,
	.import_id = "its UUID",
	.list = mapping_list,
	.list_rank = 3,
};
