/*
 * scheduler/schedule.c: the aws.scheduler.schedule resource type — an EventBridge
 * Scheduler schedule (cron, rate or one-time at()) with its flexible time
 * window and its target (ARN, execution role, input, retry policy). The id
 * is "GROUP/NAME".
 *
 * EventBridge Scheduler speaks rest-json (signing name "scheduler"):
 *   CreateSchedule  POST   /schedules/{Name}             JSON body with GroupName
 *   GetSchedule     GET    /schedules/{Name}?groupName=G
 *   UpdateSchedule  PUT    /schedules/{Name}             the full definition
 *   DeleteSchedule  DELETE /schedules/{Name}?groupName=G
 * Timestamps in the bodies are epoch seconds; terrace writes them as ISO 8601
 * UTC text, "2030-01-01T00:00:00Z".
 *
 * Shapes (what read() returns and create()/update() store):
 *   name, group_name, schedule_expression, schedule_expression_timezone,
 *   state, arn                     strings
 *   description, start_date, end_date   strings, left out when unset
 *   flexible_time_window           {mode[, maximum_window_in_minutes]}
 *   target                         {arn, role_arn[, input],
 *                                   retry_policy: {maximum_event_age_in_seconds,
 *                                                  maximum_retry_attempts}
 *                                   [, ecs_parameters (ecs/api.h)]
 *                                   [, sqs_parameters: {message_group_id}]}
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>


#include "provider/aws/adopt.h"
#include "provider/aws/ecs/api.h"
#include "provider/aws/events/api.h"
#include "provider/aws/iam/api.h"
#include "provider/aws/listing.h"
#include "provider/aws/run/api.h"
#include "provider/aws/resources.h"
#include "provider/aws/transport/transport.h"
#include "provider/base/progress.h"
#include "provider/provider.h"
#include "provider/base/encoding.h"


static const struct attr_schema flexible_time_window_attrs[] = {
	{ .name = "mode", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "OFF (run at the exact time) or FLEXIBLE", .default_json = "\"OFF\"" },
	{ .name = "maximum_window_in_minutes", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "with FLEXIBLE: the window the run may start in, 1 to 1440" },
	{ .name = NULL },
};

static const struct attr_schema retry_policy_attrs[] = {
	{ .name = "maximum_event_age_in_seconds", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "keep retrying an event this long, 60 to 86400",
	  .default_json = "86400" },
	{ .name = "maximum_retry_attempts", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "retries after a failed delivery, 0 to 185", .default_json = "185" },
	{ .name = NULL },
};

/* SqsParameters of a target that is an SQS queue (added after the type
 * shipped: optional and computed, read only when the target has it). */
static const struct attr_schema sqs_parameters_attrs[] = {
	{ .name = "message_group_id", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the message group of the messages the schedule sends (a FIFO queue "
			 "needs it)" },
	{ .name = NULL },
};

static const struct attr_schema target_attrs[] = {
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "ARN of what the schedule invokes (a state machine, a Lambda function, ...)" },
	{ .name = "role_arn", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "IAM role EventBridge Scheduler assumes to invoke the target: ${role.arn} (a role name works too)" },
	{ .name = "input", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "text passed to the target, usually a JSON document" },
	{ .name = "retry_policy", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL,
	  .description = "how failed deliveries are retried", .nested = retry_policy_attrs,
	  .default_json = "{\"maximum_event_age_in_seconds\": 86400, "
			  "\"maximum_retry_attempts\": 185}" },
	EVENTS_TARGET_ECS_PARAMETERS_ATTR,
	EVENTS_TARGET_SQS_PARAMETERS_ATTR(sqs_parameters_attrs),
	{ .name = NULL },
};

static const struct attr_schema schedule_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "schedule name, unique in its group" },
	{ .name = "group_name", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "schedule group", .default_json = "\"default\"" },
	{ .name = "schedule_expression", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "cron(...), rate(...) or at(yyyy-mm-ddThh:mm:ss)" },
	{ .name = "schedule_expression_timezone", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "time zone of the expression, like Europe/Paris",
	  .default_json = "\"UTC\"" },
	{ .name = "flexible_time_window", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL,
	  .description = "window within which each run may start", .nested = flexible_time_window_attrs,
	  .default_json = "{\"mode\": \"OFF\"}" },
	{ .name = "target", .type = ATTR_OBJECT, .flags = ATTR_REQUIRED,
	  .description = "what the schedule invokes", .nested = target_attrs },
	{ .name = "state", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "ENABLED or DISABLED", .default_json = "\"ENABLED\"" },
	{ .name = "description", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "what the schedule is for" },
	{ .name = "start_date", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "first time a recurring schedule may run, ISO 8601 (2030-01-01T00:00:00Z)" },
	{ .name = "end_date", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "last time a recurring schedule may run, ISO 8601" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "schedule ARN" },
	{ .name = NULL },
};

static const char *const not_found[] = { "ResourceNotFoundException", NULL };

/* ---- timestamps ---- */

/* A timestamp from the API (epoch seconds, or text) as ISO 8601 UTC; NULL when unset. */
static json_t *timestamp_from_api(const json_t *v)
{
	time_t t;

	if (json_is_number(v))
		return value_utc_timestamp((time_t)json_number_value(v));
	if (json_is_string(v) && !aws_parse_timestamp(json_string_value(v), &t))
		return value_utc_timestamp(t);
	return NULL;
}

/* ---- calls ---- */

/* A random version 4 UUID for ClientToken, so that a create or update retried
 * after a lost answer is applied once; NULL if no random bytes are available
 * (the token is optional). */
static char *client_token(void)
{
	char uuid[37];

	return random_uuid(uuid) ? NULL : xstrdup(uuid);
}

/*
 * Send one Scheduler operation on /schedules/{name}, with the group in the
 * query (GET, DELETE) or in the body: aws_rest_json_call_codes's outcomes
 * (0, 1 for one of `codes`, -1 with err).
 */
static int schedule_call(struct aws_client *c, const char *operation, const char *method,
			 const char *name, const char *group, const json_t *body,
			 const char *const *codes, json_t **out, int *attempts,
			 struct strbuf *err)
{
	struct strbuf path = STRBUF_INIT, query = STRBUF_INIT;
	int rc;

	strbuf_addf(&path, "/schedules/%s", name);
	if (!body) {
		strbuf_addstr(&query, "groupName=");
		sigv4_uri_encode(&query, group, strlen(group), false);
	}
	rc = aws_rest_json_call_codes(c, &aws_service_scheduler, operation, method, path.buf,
				      body ? NULL : query.buf, body, codes, out, NULL, attempts,
				      err);
	strbuf_release(&path);
	strbuf_release(&query);
	return rc;
}

/* ---- shapes ---- */

static void set_string(json_t *o, const char *key, const char *value)
{
	if (value && *value)
		json_object_set_new(o, key, json_string(value));
}

static void set_number(json_t *o, const char *key, const json_t *v, json_int_t fallback)
{
	json_object_set_new(o, key, json_integer(json_is_number(v) ? (json_int_t)json_number_value(v)
								 : fallback));
}

/* The request body of CreateSchedule and UpdateSchedule: the full
 * definition, the target's role as an ARN (iam/api.h); NULL with err set. */
static json_t *schedule_body(struct aws_client *c, const json_t *desired, const char *group,
			     struct strbuf *err)
{
	static const char *const dates[][2] = { { "start_date", "StartDate" },
						{ "end_date", "EndDate" } };
	const json_t *window = value_get(desired, "flexible_time_window");
	const json_t *target = value_get(desired, "target");
	const json_t *retry = value_get(target, "retry_policy");
	const char *tz = value_get_string(desired, "schedule_expression_timezone");
	const char *state = value_get_string(desired, "state");
	const char *mode = value_get_string(window, "mode");
	json_t *body = json_object(), *api_window = json_object();
	json_t *api_target = json_object(), *api_retry = json_object();
	char *token = client_token();

	if (token)
		json_object_set_new(body, "ClientToken", json_string(token));
	free(token);
	json_object_set_new(body, "GroupName", json_string(group));
	set_string(body, "ScheduleExpression", value_get_string(desired, "schedule_expression"));
	set_string(body, "ScheduleExpressionTimezone", tz && *tz ? tz : "UTC");
	set_string(body, "State", state && *state ? state : "ENABLED");
	set_string(body, "Description", value_get_string(desired, "description"));
	for (size_t i = 0; i < sizeof(dates) / sizeof(dates[0]); i++) {
		const char *text = value_get_string(desired, dates[i][0]);
		time_t t;

		if (text && !aws_parse_timestamp(text, &t))
			json_object_set_new(body, dates[i][1], json_integer((json_int_t)t));
	}
	set_string(api_window, "Mode", mode && *mode ? mode : "OFF");
	if (json_is_number(value_get(window, "maximum_window_in_minutes")))
		set_number(api_window, "MaximumWindowInMinutes",
			   value_get(window, "maximum_window_in_minutes"), 0);
	json_object_set_new(body, "FlexibleTimeWindow", api_window);
	set_string(api_target, "Arn", value_get_string(target, "arn"));
	char *role = NULL;
	if (iam_role_arn(c, value_get_string(target, "role_arn"), &role, err)) {
		json_decref(body);
		json_decref(api_window);
		json_decref(api_target);
		json_decref(api_retry);
		return NULL;
	}
	set_string(api_target, "RoleArn", role);
	free(role);
	set_string(api_target, "Input", value_get_string(target, "input"));
	events_target_parameters_to_api(api_target, target);
	set_number(api_retry, "MaximumEventAgeInSeconds",
		   value_get(retry, "maximum_event_age_in_seconds"), 86400);
	set_number(api_retry, "MaximumRetryAttempts", value_get(retry, "maximum_retry_attempts"), 185);
	json_object_set_new(api_target, "RetryPolicy", api_retry);
	json_object_set_new(body, "Target", api_target);
	return body;
}

/* GetSchedule's answer in the shape read() returns. */
static json_t *schedule_from_api(const json_t *d, const char *group, const char *name)
{
	const json_t *window = value_get(d, "FlexibleTimeWindow");
	const json_t *target = value_get(d, "Target");
	const json_t *retry = value_get(target, "RetryPolicy");
	const char *tz = value_get_string(d, "ScheduleExpressionTimezone");
	const char *state = value_get_string(d, "State");
	const char *mode = value_get_string(window, "Mode");
	json_t *o = json_object(), *w = json_object(), *t = json_object(), *r = json_object();
	json_t *start = timestamp_from_api(value_get(d, "StartDate"));
	json_t *end = timestamp_from_api(value_get(d, "EndDate"));

	json_object_set_new(o, "name", json_string(value_get_string_or(d, "Name", name)));
	json_object_set_new(o, "group_name", json_string(value_get_string_or(d, "GroupName", group)));
	json_object_set(o, "schedule_expression", value_get(d, "ScheduleExpression"));
	json_object_set_new(o, "schedule_expression_timezone", json_string(tz && *tz ? tz : "UTC"));
	json_object_set_new(o, "state", json_string(state && *state ? state : "ENABLED"));
	set_string(o, "description", value_get_string(d, "Description"));
	if (start)
		json_object_set_new(o, "start_date", start);
	if (end)
		json_object_set_new(o, "end_date", end);
	json_object_set_new(w, "mode", json_string(mode && *mode ? mode : "OFF"));
	if (json_is_number(value_get(window, "MaximumWindowInMinutes")))
		set_number(w, "maximum_window_in_minutes", value_get(window, "MaximumWindowInMinutes"), 0);
	json_object_set_new(o, "flexible_time_window", w);
	set_string(t, "arn", value_get_string(target, "Arn"));
	set_string(t, "role_arn", value_get_string(target, "RoleArn"));
	set_string(t, "input", value_get_string(target, "Input"));
	set_number(r, "maximum_event_age_in_seconds", value_get(retry, "MaximumEventAgeInSeconds"), 86400);
	set_number(r, "maximum_retry_attempts", value_get(retry, "MaximumRetryAttempts"), 185);
	json_object_set_new(t, "retry_policy", r);
	events_target_parameters_from_api(t, target);
	json_object_set_new(o, "target", t);
	set_string(o, "arn", value_get_string(d, "Arn"));
	return o;
}

/* "GROUP/NAME" to its parts (a bare name is in the default group). */
static void split_id(const char *id, char **group, char **name)
{
	const char *slash = strchr(id, '/');

	*group = slash ? xstrndup(id, (size_t)(slash - id)) : xstrdup("default");
	*name = xstrdup(slash ? slash + 1 : id);
}

/* ---- read, create, update, delete ---- */

static int schedule_read(void *client, const char *id, const json_t *prior, json_t **out,
			 struct strbuf *err)
{
	char *group, *name;
	json_t *d = NULL;
	int rc;

	*out = NULL;
	split_id(id, &group, &name);
	rc = schedule_call(client, "GetSchedule", "GET", name, group, NULL, not_found,
			   &d, NULL, err);
	if (rc == 0) {
		*out = schedule_from_api(d, group, name);
		iam_role_keep_written(json_object_get(*out, "target"), "role_arn",
				      value_get(prior, "target"));
	}
	json_decref(d);
	free(group);
	free(name);
	return rc < 0 ? -1 : 0;
}

/* UpdateSchedule with the full desired definition; *arn gets the schedule's ARN. */
static int put_schedule(struct aws_client *c, const char *group, const char *name,
			const json_t *desired, char **arn, struct strbuf *err)
{
	json_t *body = schedule_body(c, desired, group, err), *out = NULL;
	int rc = !body ? -1 : schedule_call(c, "UpdateSchedule", "PUT", name, group, body, NULL,
					    &out, NULL, err);

	if (rc == 0)
		*arn = xstrdup(value_get_string_or(out, "ScheduleArn", ""));
	json_decref(out);
	json_decref(body);
	return rc ? -1 : 0;
}

/*
 * The evidence that the schedule `id` (GROUP/NAME) CreateSchedule found
 * already there is the one an attempt of this create made (schedules take no
 * tags): the body the create sends (its ClientToken aside) as *sent, what
 * GetSchedule reads back as *got, its CreationDate as *created; the driver
 * weighs them (aws_adopt_read_back). 1 when GetSchedule finds none.
 */
static int schedule_evidence(struct aws_client *c, const char *id, const json_t *desired,
			     const json_t *have, json_t **sent, json_t **got, time_t *created,
			     struct strbuf *err)
{
	char *group, *name;
	json_t *body;
	int rc;

	(void)have;
	split_id(id, &group, &name);
	body = schedule_body(c, desired, group, err);
	rc = !body ? -1 : schedule_call(c, "GetSchedule", "GET", name, group, NULL, not_found,
					got, NULL, err);
	free(group);
	free(name);
	if (rc) {
		json_decref(body);
		return rc;
	}
	json_object_del(body, "ClientToken");
	*sent = body;
	*created = aws_time_of(value_get(*got, "CreationDate"));
	return 0;
}

/* Whether a settable attribute of want differs from have (read shapes);
 * an unset OPTIONAL|COMPUTED one is the server's and never differs. */
static bool schedule_differs(const json_t *have, const json_t *want)
{
	for (const struct attr_schema *a = schedule_attrs; a->name; a++) {
		const json_t *d = value_get(want, a->name);

		if (!(a->flags & (ATTR_REQUIRED | ATTR_OPTIONAL)) ||
		    (!value_is_set(d) && (a->flags & ATTR_COMPUTED)))
			continue;
		if (!value_equal(d, value_get(have, a->name)))
			return true;
	}
	return false;
}

/*
 * Converge from a live read (docs/design.md): from `have`, GetSchedule as
 * the schedule is now (the target's role as the stack writes it),
 * UpdateSchedule (the full definition, as the API takes it) when it differs
 * from desired, then read back. `prior` is not used (neither exception:
 * nothing write-only, the id GROUP/NAME addresses the schedule).
 */
static int schedule_converge(struct aws_client *c, const char *id, const json_t *have,
			     const json_t *desired, json_t **out, struct strbuf *err)
{
	json_t *want = aws_with_defaults(schedule_attrs, desired);
	char *group, *name, *arn = NULL;
	int rc = 0;

	*out = NULL;
	split_id(id, &group, &name);
	if (schedule_differs(have, want))
		rc = put_schedule(c, group, name, desired, &arn, err);
	if (!rc)
		rc = aws_read_written(schedule_read, c, id, desired, out, err,
				      "aws.scheduler.schedule: schedule %s was written but "
				      "GetSchedule does not find it", id);
	json_decref(want);
	free(arn);
	free(group);
	free(name);
	return rc ? -1 : 0;
}

/*
 * CreateSchedule with the full definition and the create's own token, the
 * same for every attempt of it (also an earlier run's): AWS answers a
 * resent one with what the first made. A schedule there already
 * (ConflictException) is the driver's to weigh by read back.
 */
static int schedule_send_create(struct aws_client *c, const json_t *desired,
				const struct create_call *call, struct aws_sent *sent,
				struct strbuf *err)
{
	static const char *const exists[] = { "ConflictException", NULL };
	const char *name = value_get_string(desired, "name");
	const char *group = value_get_string(desired, "group_name");
	const char *token = call ? call->token : NULL;
	json_t *body;
	int rc;

	if (!name) {
		strbuf_addstr(err, "aws.scheduler.schedule: name has no value to send");
		return -1;
	}
	if (!group || !*group)
		group = "default";
	body = schedule_body(c, desired, group, err);
	if (!body)
		return -1;
	if (token)
		json_object_set_new(body, "ClientToken", json_string(token));
	rc = schedule_call(c, "CreateSchedule", "POST", name, group, body, exists, NULL,
			   &sent->attempts, err);
	json_decref(body);
	if (rc < 0)
		return -1;
	sent->id = xasprintf("%s/%s", group, name);
	sent->exists = rc == 1;
	return 0;
}

/* Create and update (the contract, provider/aws/adopt.h): schedules take no
 * tags, so one found is adopted by read back; reads take desired as their
 * prior (the target's role as the stack writes it). */
static const struct aws_native_ops schedule_native = {
	.send_create = schedule_send_create,
	.adopt = { .by = AWS_ADOPT_BY_READ_BACK, .noun = "name", .object = "schedule %s",
		   .evidence = schedule_evidence },
	.converge = schedule_converge,
	.read = schedule_read,
	.created_shape = AWS_SHAPE_DESIRED,
	.update_shape = AWS_SHAPE_DESIRED,
	.made_missing = "aws.scheduler.schedule: schedule %s was written but GetSchedule does "
			"not find it",
	.gone = "aws.scheduler.schedule: schedule %s is in the state but GetSchedule does not "
		"find it",
};

AWS_NATIVE_FUNCTIONS(schedule, schedule_native)

static int schedule_delete(void *client, const char *id, const json_t *prior,
			   struct strbuf *err)
{
	char *group, *name;
	int rc;

	(void)prior;
	split_id(id, &group, &name);
	rc = schedule_call(client, "DeleteSchedule", "DELETE", name, group, NULL, not_found,
			   NULL, NULL, err);
	free(group);
	free(name);
	return rc < 0 ? -1 : 0;
}

/* ---- plan-time checks ---- */

/* Write a date the way read() reports it, so equal times compare equal
 * (the table holds it to an ISO 8601 time: rule_iso_time). */
static int normalize_date(json_t *desired, const char *key, struct strbuf *err)
{
	const char *text = value_get_string(desired, key);
	time_t t;

	if (!text || value_not_known(value_get(desired, key)))
		return 0;
	if (aws_parse_timestamp(text, &t)) {
		strbuf_addf(err, "%s: \"%s\" is no time to send", key, text);
		return -1;
	}
	json_object_set_new(desired, key, value_utc_timestamp(t));
	return 0;
}


static int schedule_plan_desired(json_t *desired, const json_t *prior, struct strbuf *err)
{
	json_t *target = value_get(desired, "target");

	(void)prior;
	if (normalize_date(desired, "start_date", err) || normalize_date(desired, "end_date", err))
		return -1;
	/* AWS keeps no empty text: unset is what an empty one reads back as. */
	if (value_get_string(desired, "description") && !*value_get_string(desired, "description"))
		json_object_del(desired, "description");
	if (json_is_object(target) && value_get_string(target, "input") &&
	    !*value_get_string(target, "input"))
		json_object_del(target, "input");
	return 0;
}

/* For sweep (listing.h). */
static const struct aws_rest_listing schedule_listing = {
	&aws_service_scheduler, "ListSchedules", "/schedules", "NamePrefix", "Name", "GroupName",
	"CreationDate",
};

static int schedule_list(void *client, const struct resource_query *q,
			 struct resource_items *out, struct strbuf *err)
{
	return aws_list_rest(client, &schedule_listing, q, out, err);
}


const struct resource_type aws_scheduler_schedule_type = {
	.name = "aws.scheduler.schedule",
	.description = "an EventBridge Scheduler schedule that invokes a target (a state machine, "
		       "a function, ...) on a cron, rate or one-time expression",
	.attrs = schedule_attrs,
	.terraform_type = "aws_scheduler_schedule",
	.terraform_attrs = "name group_name description schedule_expression "
			   "schedule_expression_timezone start_date end_date state "
			   "flexible_time_window target arn",
	.read = schedule_read,
	.create = schedule_create,
	.update = schedule_update,
	.native = &schedule_native,
	.delete = schedule_delete,
	.plan_desired = schedule_plan_desired,
	.import_id = "GROUP/NAME, or NAME for the default group",
	.list = schedule_list,
	.list_rank = 0,
	.run = &aws_scheduler_schedule_runner,
};
